//! One authenticated `get-session`, three ways, side by side against one local test server:
//! through this SDK, with raw `reqwest` + `serde_json`, and with Better Auth's TypeScript client.
//!
//!   cargo bench --bench get_session              (BENCH_CALLS=2000 by default)
//!
//! For each client it reports wall time per call at concurrency 1, calls per second at
//! concurrency 1 and 32, and the client process' CPU time per call. The Rust clients run on one
//! thread, like Node, and alternate in rounds so that drift on a shared machine hits both.
//!
//! `BENCH_ONLY=sdk` or `BENCH_ONLY=sdk-own-client` makes only `BENCH_CALLS` SDK calls at
//! `BENCH_CONCURRENCY`, through the crate's own HTTP client or through a plain `reqwest::Client`
//! handed in, and prints nothing: a run to count instructions or system calls in
//! (`scripts/gate-cost.sh`).

use std::time::{Duration, Instant};

use neon_auth::NeonAuth;
use neon_auth::prelude::*;
use neon_auth_testserver::TestServer;

const ROUNDS: usize = 5;

#[derive(Default, Clone, Copy)]
struct Sample {
    wall: Duration,
    cpu: Duration,
    calls: usize,
}

impl Sample {
    fn add(&mut self, other: Sample) {
        self.wall += other.wall;
        self.cpu += other.cpu;
        self.calls += other.calls;
    }

    fn wall_us(&self) -> f64 {
        self.wall.as_secs_f64() * 1e6 / self.calls as f64
    }

    fn cpu_us(&self) -> f64 {
        self.cpu.as_secs_f64() * 1e6 / self.calls as f64
    }

    fn per_second(&self) -> f64 {
        self.calls as f64 / self.wall.as_secs_f64()
    }
}

fn process_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant the kernel knows.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

async fn measure<F, Fut>(calls: usize, concurrency: usize, call: F) -> Sample
where
    F: Fn() -> Fut + Clone + 'static,
    Fut: std::future::Future<Output = ()> + 'static,
{
    let cpu = process_cpu();
    let started = Instant::now();
    let per_worker = calls / concurrency;
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..concurrency {
        let call = call.clone();
        workers.spawn_local(async move {
            for _ in 0..per_worker {
                call().await;
            }
        });
    }
    while workers.join_next().await.is_some() {}
    Sample {
        wall: started.elapsed(),
        cpu: process_cpu() - cpu,
        calls: per_worker * concurrency,
    }
}

/// Runs the TypeScript client in Node. Awaited, not blocking: the runtime must keep serving the
/// Rust clients' pooled connections meanwhile, or they go stale unnoticed.
async fn typescript(
    server: &TestServer,
    token: &str,
    calls: usize,
    concurrency: usize,
) -> Option<Sample> {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/testserver/bench-get-session.mjs"
    );
    let output = tokio::process::Command::new("node")
        .arg(script)
        .arg(server.base_url())
        .arg(token)
        .arg(calls.to_string())
        .arg(concurrency.to_string())
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/testserver"))
        .output()
        .await
        .ok()?;
    if !output.status.success() {
        eprintln!(
            "TypeScript client failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        return None;
    }
    let result: serde_json::Value = serde_json::from_slice(&output.stdout).ok()?;
    let calls = result["calls"].as_u64()? as usize;
    Some(Sample {
        wall: Duration::from_secs_f64(result["wall_seconds"].as_f64()?),
        cpu: Duration::from_secs_f64(result["cpu_us_per_call"].as_f64()? * calls as f64 / 1e6),
        calls,
    })
}

/// `BENCH_ONLY`: `calls` `get-session` calls through one SDK client at `BENCH_CONCURRENCY`
/// (default 1), nothing else.
async fn sdk_alone(only: &str, base_url: &str, plain: reqwest::Client, token: &str, calls: usize) {
    let concurrency = std::env::var("BENCH_CONCURRENCY")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let builder = NeonAuth::builder(base_url);
    let auth = match only {
        "sdk" => builder,
        "sdk-own-client" => builder.http_client(plain),
        other => panic!("BENCH_ONLY={other}: expected sdk or sdk-own-client"),
    }
    .build()
    .expect("a loopback URL");
    let session = auth
        .session_from_token(token.to_owned())
        .await
        .expect("the session resumes");
    let call = move || {
        let session = session.clone();
        async move {
            let answer = session.api().get_session().send().await.expect("sdk call");
            assert!(answer.into_inner().is_some());
        }
    };
    measure(calls, concurrency, call).await;
}

fn main() {
    let calls: usize = std::env::var("BENCH_CALLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let server = TestServer::start().expect("the test server starts");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, async {
        let auth = NeonAuth::new(server.base_url()).expect("a loopback URL");
        let session = auth
            .sign_up_email("bench@example.com", "bench-password-123", "Bench")
            .await
            .expect("sign-up");
        let token = session.token().expose().to_owned();
        let raw = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a reqwest client");
        let url = format!("{}/get-session", server.base_url());
        if let Ok(only) = std::env::var("BENCH_ONLY") {
            sdk_alone(&only, server.base_url(), raw.clone(), &token, calls).await;
            return;
        }

        let sdk_call = {
            let session = session.clone();
            move || {
                let session = session.clone();
                async move {
                    let answer = session.api().get_session().send().await.expect("sdk call");
                    assert!(answer.into_inner().is_some());
                }
            }
        };
        let raw_call = {
            let (raw, url, token) = (raw.clone(), url.clone(), token.clone());
            move || {
                let (raw, url, token) = (raw.clone(), url.clone(), token.clone());
                async move {
                    let body = raw
                        .get(&url)
                        .bearer_auth(&token)
                        .send()
                        .await
                        .and_then(|r| r.error_for_status())
                        .expect("raw call")
                        .bytes()
                        .await
                        .expect("raw body");
                    let value: serde_json::Value = serde_json::from_slice(&body).expect("json");
                    assert!(value.get("user").is_some());
                }
            }
        };

        println!("get-session on {} ({calls} calls per client and concurrency)", server.base_url());
        println!("| client | concurrency | wall us/call | calls/s | client CPU us/call |");
        println!("|---|---|---|---|---|");
        let mut ratios = Vec::new();
        for concurrency in [1, 32] {
            measure(200, concurrency, sdk_call.clone()).await;
            measure(200, concurrency, raw_call.clone()).await;
            let (mut sdk, mut bare) = (Sample::default(), Sample::default());
            for round in 0..ROUNDS {
                let n = calls / ROUNDS;
                if round % 2 == 0 {
                    sdk.add(measure(n, concurrency, sdk_call.clone()).await);
                    bare.add(measure(n, concurrency, raw_call.clone()).await);
                } else {
                    bare.add(measure(n, concurrency, raw_call.clone()).await);
                    sdk.add(measure(n, concurrency, sdk_call.clone()).await);
                }
            }
            let ts = typescript(&server, &token, calls, concurrency).await;
            for (name, sample) in [("neon-auth", Some(sdk)), ("reqwest + serde_json", Some(bare)), ("better-auth/client (Node)", ts)] {
                match sample {
                    Some(s) => println!(
                        "| {name} | {concurrency} | {:.0} | {:.0} | {:.0} |",
                        s.wall_us(),
                        s.per_second(),
                        s.cpu_us()
                    ),
                    None => println!("| {name} | {concurrency} | n/a | n/a | n/a |"),
                }
            }
            ratios.push((concurrency, sdk, bare, ts));
        }
        println!();
        for (concurrency, sdk, bare, ts) in ratios {
            println!(
                "concurrency {concurrency}: SDK/raw wall time {:.3}, SDK/raw CPU {:.3}",
                sdk.wall_us() / bare.wall_us(),
                sdk.cpu_us() / bare.cpu_us()
            );
            if let Some(ts) = ts {
                println!(
                    "concurrency {concurrency}: TypeScript/SDK CPU per call {:.1}x, SDK/TypeScript calls per second {:.2}x",
                    ts.cpu_us() / sdk.cpu_us(),
                    sdk.per_second() / ts.per_second()
                );
            }
        }
    });
}
