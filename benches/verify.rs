//! Time to accept one real Neon Auth JWT, side by side with what it replaces and what it adds.
//!
//! - `verify`: `JwtVerifier::verify` on a token from the local Better Auth server (keys cached).
//! - `ring`: a bare `ring` Ed25519 check of the same signature over the same input, the floor.
//! - `get-session`: asking the server instead (`GET <base>/get-session` with the bearer
//!   session token) over loopback, what a service would do without local verification.
//!
//! `cargo bench --bench verify` (set `BENCH_ITERATIONS` to change the count of local runs).

use std::error::Error;
use std::hint::black_box;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use neon_auth::JwtVerifier;
use neon_auth_testserver::TestServer;
use ring::signature::{ED25519, UnparsedPublicKey};
use serde_json::{Value, json};

const ROUND_TRIPS: usize = 300;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort_unstable();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

fn time<F: FnMut()>(iterations: usize, mut run: F) -> Duration {
    let samples = (0..iterations)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed()
        })
        .collect();
    median(samples)
}

struct Fixture {
    base: String,
    session: String,
    jwt: String,
    jwks: Value,
}

async fn fixture(http: &reqwest::Client, base: &str) -> Result<Fixture, Box<dyn Error>> {
    let body = json!({"email": "bench@example.test", "password": "correct-horse-battery", "name": "Bench"});
    let response = http
        .post(format!("{base}/sign-up/email"))
        .json(&body)
        .send()
        .await?;
    let session = response
        .headers()
        .get("set-auth-token")
        .ok_or("sign-up answered no set-auth-token")?
        .to_str()?
        .to_owned();
    let token: Value = http
        .get(format!("{base}/token"))
        .bearer_auth(&session)
        .send()
        .await?
        .json()
        .await?;
    let jwt = token["token"].as_str().ok_or("no token")?.to_owned();
    let jwks = http
        .get(format!("{base}/jwks"))
        .send()
        .await?
        .json()
        .await?;
    Ok(Fixture {
        base: base.to_owned(),
        session,
        jwt,
        jwks,
    })
}

/// What a bare signature check needs, decoded once up front.
struct Bare {
    input: Vec<u8>,
    signature: Vec<u8>,
    public: Vec<u8>,
}

fn bare_parts(fixture: &Fixture) -> Result<Bare, Box<dyn Error>> {
    let (input, signature) = fixture.jwt.rsplit_once('.').ok_or("not a jwt")?;
    let x = fixture.jwks["keys"][0]["x"].as_str().ok_or("no x")?;
    Ok(Bare {
        input: input.as_bytes().to_vec(),
        signature: URL_SAFE_NO_PAD.decode(signature)?,
        public: URL_SAFE_NO_PAD.decode(x)?,
    })
}

fn main() -> Result<(), Box<dyn Error>> {
    let iterations = std::env::var("BENCH_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000);
    let server = TestServer::start()?;
    #[cfg(feature = "rustls")]
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let fixture = runtime.block_on(fixture(&http, server.base_url()))?;

    let verifier = JwtVerifier::builder(&fixture.base).build()?;
    runtime.block_on(verifier.verify(&fixture.jwt))?;
    let verify = runtime.block_on(async {
        let mut samples = Vec::with_capacity(iterations);
        for _ in 0..iterations {
            let started = Instant::now();
            let claims = verifier.verify(black_box(&fixture.jwt)).await;
            samples.push(started.elapsed());
            black_box(claims.is_ok());
        }
        median(samples)
    });

    let parts = bare_parts(&fixture)?;
    let bare = time(iterations, || {
        let key = UnparsedPublicKey::new(&ED25519, black_box(&parts.public));
        black_box(
            key.verify(black_box(&parts.input), black_box(&parts.signature))
                .is_ok(),
        );
    });

    let url = format!("{}/get-session", fixture.base);
    let round_trip = runtime.block_on(async {
        let mut samples = Vec::with_capacity(ROUND_TRIPS);
        for _ in 0..ROUND_TRIPS {
            let started = Instant::now();
            let answer = http.get(&url).bearer_auth(&fixture.session).send().await;
            let body = match answer {
                Ok(answer) => answer.bytes().await.map(|body| body.len()).unwrap_or(0),
                Err(_) => 0,
            };
            samples.push(started.elapsed());
            black_box(body);
        }
        median(samples)
    });

    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!("median of {iterations} runs (get-session: {ROUND_TRIPS}), one real Ed25519 JWT");
    println!("  JwtVerifier::verify   {verify:>12.2?}");
    println!(
        "  bare ring Ed25519     {bare:>12.2?}   verify / ring        = {:.2}x (goal <= 1.5x)",
        ratio(verify, bare)
    );
    println!(
        "  get-session loopback  {round_trip:>12.2?}   get-session / verify = {:.0}x (goal >= 100x)",
        ratio(round_trip, verify)
    );
    Ok(())
}
