//! Local JWT verification: crafted tokens against a static key set, fetch faults against stub
//! key set endpoints, and real tokens from the Better Auth test server.

use std::error::Error as StdError;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use neon_auth::verify::TokenPart;
use neon_auth::{JwtError, JwtVerifier};
use neon_auth_testserver::TestServer;
use ring::rand::SystemRandom;
use ring::signature::{self, EcdsaKeyPair, Ed25519KeyPair, KeyPair as _};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpListener;

type TestResult = Result<(), Box<dyn StdError>>;

const ISS: &str = "https://auth.example.test/neondb/auth";
const AUD: &str = "https://auth.example.test";
const KID: &str = "test-key";

fn b64(bytes: impl AsRef<[u8]>) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// An Ed25519 key of our own, published in a static key set.
struct Signer {
    pair: Ed25519KeyPair,
}

impl Signer {
    fn new() -> Self {
        let rng = SystemRandom::new();
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).expect("generate key");
        let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).expect("parse key");
        Self { pair }
    }

    fn public_x(&self) -> String {
        b64(self.pair.public_key().as_ref())
    }

    fn jwks(&self) -> String {
        json!({"keys": [{"kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "kid": KID, "x": self.public_x()}]})
            .to_string()
    }

    fn verifier(&self) -> JwtVerifier {
        JwtVerifier::from_jwks(&self.jwks(), ISS, AUD).expect("verifier")
    }

    /// Signs already encoded parts, so tests can put anything into them.
    fn sign_parts(&self, header: &str, payload: &str) -> String {
        let input = format!("{header}.{payload}");
        let sig = self.pair.sign(input.as_bytes());
        format!("{input}.{}", b64(sig.as_ref()))
    }

    fn sign_with(&self, header: Value, claims: Value) -> String {
        self.sign_parts(&b64(header.to_string()), &b64(claims.to_string()))
    }

    fn sign(&self, claims: Value) -> String {
        self.sign_with(json!({"alg": "EdDSA", "kid": KID}), claims)
    }
}

fn claims() -> Value {
    json!({
        "sub": "user-1", "email": "ada@example.test", "name": "Ada", "role": "user",
        "emailVerified": true, "image": null,
        "iat": now(), "exp": now() + 900, "iss": ISS, "aud": AUD,
    })
}

fn with(mut base: Value, changes: Value) -> Value {
    if let (Some(map), Some(changes)) = (base.as_object_mut(), changes.as_object()) {
        for (name, value) in changes {
            map.insert(name.clone(), value.clone());
        }
    }
    base
}

async fn refused(verifier: &JwtVerifier, token: &str) -> JwtError {
    match verifier.verify(token).await {
        Ok(claims) => panic!("token accepted: {claims:?}"),
        Err(neon_auth::Error::Jwt(err)) => {
            let shown = format!("{err} / {err:?} / {:?}", err.source());
            for part in token.split('.').filter(|part| part.len() > 8) {
                assert!(!shown.contains(part), "error shows the token: {shown}");
            }
            err
        }
        Err(other) => panic!("not a jwt error: {other:?}"),
    }
}

#[tokio::test]
async fn crafted_token_verifies_with_typed_claims() -> TestResult {
    let signer = Signer::new();
    let claims = signer.verifier().verify(&signer.sign(claims())).await?;
    assert_eq!(claims.sub, "user-1");
    assert_eq!(claims.email.as_deref(), Some("ada@example.test"));
    assert_eq!(claims.name.as_deref(), Some("Ada"));
    assert_eq!(claims.role.as_deref(), Some("user"));
    assert_eq!(claims.email_verified, Some(true));
    assert_eq!(claims.image, None);
    assert_eq!(claims.iss, ISS);
    assert_eq!(claims.aud, vec![AUD.to_owned()]);
    assert_eq!(claims.raw.get("emailVerified"), Some(&json!(true)));
    Ok(())
}

#[tokio::test]
async fn ed25519_alg_name_and_audience_array_are_accepted() -> TestResult {
    let signer = Signer::new();
    let token = signer.sign_with(
        json!({"alg": "Ed25519", "kid": KID, "typ": "JWT"}),
        with(claims(), json!({"aud": ["other", AUD]})),
    );
    let claims = signer.verifier().verify(&token).await?;
    assert_eq!(claims.aud, vec!["other".to_owned(), AUD.to_owned()]);
    Ok(())
}

#[tokio::test]
async fn alg_none_is_refused() {
    let signer = Signer::new();
    let token = format!(
        "{}.{}.",
        b64(json!({"alg": "none", "kid": KID}).to_string()),
        b64(claims().to_string())
    );
    let err = refused(&signer.verifier(), &token).await;
    assert!(
        matches!(err, JwtError::UnsupportedAlgorithm { ref alg } if alg == "none"),
        "{err:?}"
    );
}

#[tokio::test]
async fn hs256_signed_with_the_public_key_is_refused() {
    let signer = Signer::new();
    for secret in [signer.public_x().into_bytes(), signer.jwks().into_bytes()] {
        let header = b64(json!({"alg": "HS256", "kid": KID}).to_string());
        let input = format!("{header}.{}", b64(claims().to_string()));
        let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &secret);
        let tag = ring::hmac::sign(&key, input.as_bytes());
        let token = format!("{input}.{}", b64(tag.as_ref()));
        let err = refused(&signer.verifier(), &token).await;
        assert!(
            matches!(err, JwtError::UnsupportedAlgorithm { ref alg } if alg == "HS256"),
            "{err:?}"
        );
    }
}

#[tokio::test]
async fn es512_is_refused_as_unsupported() {
    let signer = Signer::new();
    let token = signer.sign_with(json!({"alg": "ES512", "kid": KID}), claims());
    let err = refused(&signer.verifier(), &token).await;
    assert!(
        matches!(err, JwtError::UnsupportedAlgorithm { ref alg } if alg == "ES512"),
        "{err:?}"
    );
}

#[tokio::test]
async fn alg_that_does_not_fit_the_key_is_refused() {
    let signer = Signer::new();
    for alg in ["ES256", "RS256", "PS256"] {
        let token = signer.sign_with(json!({"alg": alg, "kid": KID}), claims());
        let err = refused(&signer.verifier(), &token).await;
        assert!(
            matches!(err, JwtError::AlgorithmMismatch { .. }),
            "{alg}: {err:?}"
        );
    }
}

#[tokio::test]
async fn es256_and_es384_keys_verify_and_stay_pinned_to_their_curve() -> TestResult {
    let rng = SystemRandom::new();
    let curves = [
        (
            "ES256",
            "P-256",
            &signature::ECDSA_P256_SHA256_FIXED_SIGNING,
            32,
        ),
        (
            "ES384",
            "P-384",
            &signature::ECDSA_P384_SHA384_FIXED_SIGNING,
            48,
        ),
    ];
    for (alg, crv, signing, len) in curves {
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(signing, &rng).expect("generate");
        let pair = EcdsaKeyPair::from_pkcs8(signing, pkcs8.as_ref(), &rng).expect("parse");
        let point = pair.public_key().as_ref();
        let (x, y) = (&point[1..=len], &point[len + 1..]);
        let jwks =
            json!({"keys": [{"kty": "EC", "crv": crv, "kid": "ec", "x": b64(x), "y": b64(y)}]});
        let verifier = JwtVerifier::from_jwks(&jwks.to_string(), ISS, AUD)?;
        let sign = |alg: &str| -> Result<String, Box<dyn StdError>> {
            let header = b64(json!({"alg": alg, "kid": "ec"}).to_string());
            let input = format!("{header}.{}", b64(claims().to_string()));
            let sig = pair.sign(&rng, input.as_bytes()).expect("sign");
            Ok(format!("{input}.{}", b64(sig.as_ref())))
        };
        assert_eq!(verifier.verify(&sign(alg)?).await?.sub, "user-1");
        let other = if alg == "ES256" { "ES384" } else { "ES256" };
        let err = refused(&verifier, &sign(other)?).await;
        assert!(matches!(err, JwtError::AlgorithmMismatch { .. }), "{err:?}");
    }
    Ok(())
}

/// A 2048-bit RSA key (PKCS#8, base64) made with `openssl genpkey` for this test only: ring
/// verifies RSA but cannot generate keys.
const RSA_TEST_KEY: &str = concat!(
    "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQD8hTr7Je2cR+JfSQhkXqzRJeignMpIE2sJwOeb",
    "5EiF3SeBMDlIiLfhm1vvV/hWd+oJI1RlkBB8WUJbcrijrzMAkM4JlbIaem1nDjCkz/gJMn4EXG3vQr86ZFbjtQC3",
    "dLx9TWbX/CFf+LqLuzFcUluyMvn8SKOerLZbiaN2G6SK7zPvPnE6gARWyO7utwR/ecxddTTUfHFrK30BzbYRcuar",
    "l4tA/ChUVOjMvZCwU0bQHmC8A8Si5jo5O3AKFLlAgnRsmn6Vv1XwvqSUHfX0QRkCVu0Mdnd4P7CmqkCUgqPOeS9r",
    "pZz3sHuZ+Q2R34FwBej7+UgI+7VAaHUzaCcYNvN7AgMBAAECggEAX8dC10aMCNZFGOIREkzMnKmVwfGmUc83rqPh",
    "1UGxdkCrPrdlSss8f5BXPwFtWpKyDJQ/ayRI9HlAj4IEYWVO4XyLAZyrSJq+CzQZJDITgJ2LqajLM9BrysCLKmQZ",
    "aPwYkCg/BVYG7KlhTCWMs9kzGXR3WAbPNJyKsE6U1vPmJaGS/x+IPR41hJBnhcMIegVNPcyLF1Qp24pvxj1j40KM",
    "8ETs74UGDERmlhyrYQCWHHo14HGn/6MyDQBoq5Hx5ZAIiGVAquk9Hf/J1OTprgnK5rz1n60fOiMeY8XZYOSI+Sjg",
    "8587OjBi6gnOehCA+nzhPGi9I5hI9rd5n4vKOwqOBQKBgQD/j0maqQuUGijousqB65a1ID9l06uYa0dNAx3abB69",
    "5Bf++ex0jV+oa7ekLZ1hyvBJbsXNhw9TMDKjK+b2/9a7SZ5Zm0Zrnb+JLRWOOKE5M+ukRxcqDziV2PDa3XKQN7vD",
    "eUBMowelj3DP3tAH4BcIkwd6xCp+op/c4OWJI3abrwKBgQD89Jo4psdh/auAUWdAsPEmpRm+6v2AO6LhUj5n+sMk",
    "JuGNrxV0EQBFySKfDWIGpRRceKvdAkFnkkUowMzuROoh4V50iMFItZjmOSZL4r6R9UcLZ57jN7lr2wMhG5gvgF9n",
    "VpMSjgRYGq71deWLEfNWuo/gSX5ett3fr9vKZt+b9QKBgCpHMCwP70RvF3l4/WuE6AfK7/IOlILArKkG7Pdnj6Zm",
    "h7m86utVQBAC0fytNy4ofpwHYV3hDB39CUOJTcprBMEzKqk0UPAYxskQ1lIS+EkYV9FzmVdx8TCJFT+AByXosn1i",
    "H8sN5YP0OPuKpuvGnMjkWgZrUYRlrwDBi/emEEctAoGAcVJjhN2ylQO/wUy2pRSf9GAimJVN3BTbc3YU3yBIK/n/",
    "MiotwkGbjaf+CqNENxXdeU/WLrzD8FJnCUrWhCf7fBIq7qoVbS1twjX4IicCmQD5QvK5C7H7L4Z+cGacVyt7kiAG",
    "41kcORw7JVwb6aGxEjmiGyjRpDzoST3PiW1s38ECgYABml2Ho+GA3x6KuVh75QycocgvT2QDqWu45PDdbCGqG6j9",
    "6Wl73iW/rJTwlM/IGk84rWt8Cq+c1ZIL1Ldsy2bOJdCN8oN60I5NsJweM1W74h4CQjMT9xyoja2JAMdT2Krew3t0",
    "Br3oRWuNWjS+rQBe+9zMT6fehth7LG+w9Gs9mw==",
);

#[tokio::test]
async fn rs256_and_ps256_verify_and_honour_the_key_alg() -> TestResult {
    use base64::engine::general_purpose::STANDARD;
    let der = STANDARD.decode(RSA_TEST_KEY)?;
    let pair = signature::RsaKeyPair::from_pkcs8(&der).expect("rsa key");
    let public = signature::RsaPublicKeyComponents::<Vec<u8>>::from(pair.public());
    let rng = SystemRandom::new();
    let sign = |alg: &str, padding: &'static dyn signature::RsaEncoding| {
        let header = b64(json!({"alg": alg, "kid": "rsa"}).to_string());
        let input = format!("{header}.{}", b64(claims().to_string()));
        let mut sig = vec![0; pair.public().modulus_len()];
        pair.sign(padding, &rng, input.as_bytes(), &mut sig)
            .expect("sign");
        format!("{input}.{}", b64(sig))
    };
    let rs256 = sign("RS256", &signature::RSA_PKCS1_SHA256);
    let ps256 = sign("PS256", &signature::RSA_PSS_SHA256);
    let jwk = json!({"kty": "RSA", "kid": "rsa", "n": b64(&public.n), "e": b64(&public.e)});

    let any_rsa = JwtVerifier::from_jwks(&json!({"keys": [jwk]}).to_string(), ISS, AUD)?;
    any_rsa.verify(&rs256).await?;
    any_rsa.verify(&ps256).await?;

    let pinned = with(jwk, json!({"alg": "RS256"}));
    let only_rs256 = JwtVerifier::from_jwks(&json!({"keys": [pinned]}).to_string(), ISS, AUD)?;
    only_rs256.verify(&rs256).await?;
    let err = refused(&only_rs256, &ps256).await;
    assert!(matches!(err, JwtError::AlgorithmMismatch { .. }), "{err:?}");
    Ok(())
}

#[tokio::test]
async fn unknown_kid_is_refused() {
    let signer = Signer::new();
    let token = signer.sign_with(json!({"alg": "EdDSA", "kid": "not-in-set"}), claims());
    let err = refused(&signer.verifier(), &token).await;
    assert!(
        matches!(err, JwtError::UnknownKey { kid: Some(ref kid) } if kid == "not-in-set"),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_key_that_says_it_is_not_for_verifying_is_refused() -> TestResult {
    let signer = Signer::new();
    let token = signer.sign(claims());
    let set_with = |extra: Value| {
        let mut jwk = json!({"kty": "OKP", "crv": "Ed25519", "kid": KID, "x": signer.public_x()});
        if let (Some(jwk), Some(extra)) = (jwk.as_object_mut(), extra.as_object()) {
            jwk.extend(extra.clone());
        }
        JwtVerifier::from_jwks(&json!({"keys": [jwk]}).to_string(), ISS, AUD)
    };
    for allowed in [
        json!({"use": "sig"}),
        json!({"key_ops": ["sign", "verify"]}),
    ] {
        let verifier = set_with(allowed.clone())?;
        assert!(verifier.verify(&token).await.is_ok(), "{allowed} refused");
    }
    for ruled_out in [json!({"use": "enc"}), json!({"key_ops": ["encrypt"]})] {
        let err = refused(&set_with(ruled_out.clone())?, &token).await;
        assert!(
            matches!(err, JwtError::UnsupportedAlgorithm { ref alg } if alg.contains("not for verifying")),
            "{ruled_out}: {err:?}"
        );
    }
    Ok(())
}

#[tokio::test]
async fn tampered_payload_is_refused() {
    let signer = Signer::new();
    let token = signer.sign(claims());
    let forged = b64(with(claims(), json!({"role": "admin"})).to_string());
    let parts: Vec<&str> = token.split('.').collect();
    let tampered = format!("{}.{forged}.{}", parts[0], parts[2]);
    let err = refused(&signer.verifier(), &tampered).await;
    assert!(matches!(err, JwtError::BadSignature), "{err:?}");
}

#[tokio::test]
async fn tampered_signature_is_refused() {
    let signer = Signer::new();
    let token = signer.sign(claims());
    let (input, sig) = token.rsplit_once('.').expect("three parts");
    let mut sig = URL_SAFE_NO_PAD.decode(sig).expect("signature");
    sig[10] ^= 0x01;
    let err = refused(&signer.verifier(), &format!("{input}.{}", b64(sig))).await;
    assert!(matches!(err, JwtError::BadSignature), "{err:?}");
}

#[tokio::test]
async fn expired_token_is_refused_beyond_the_leeway() -> TestResult {
    let signer = Signer::new();
    let verifier = signer.verifier();
    let token = signer.sign(with(
        claims(),
        json!({"iat": now() - 1000, "exp": now() - 60}),
    ));
    let err = refused(&verifier, &token).await;
    assert!(matches!(err, JwtError::Expired), "{err:?}");

    let within = signer.sign(with(claims(), json!({"exp": now() - 5})));
    verifier.verify(&within).await?;
    Ok(())
}

#[tokio::test]
async fn token_without_exp_is_refused() {
    let signer = Signer::new();
    let mut no_exp = claims();
    no_exp.as_object_mut().map(|map| map.remove("exp"));
    let err = refused(&signer.verifier(), &signer.sign(no_exp)).await;
    assert!(
        matches!(err, JwtError::InvalidClaim { claim: "exp" }),
        "{err:?}"
    );
}

#[tokio::test]
async fn not_yet_valid_token_is_refused() {
    let signer = Signer::new();
    for early in [json!({"nbf": now() + 600}), json!({"iat": now() + 600})] {
        let err = refused(&signer.verifier(), &signer.sign(with(claims(), early))).await;
        assert!(matches!(err, JwtError::NotYetValid), "{err:?}");
    }
}

#[tokio::test]
async fn wrong_issuer_is_refused() {
    let signer = Signer::new();
    let token = signer.sign(with(claims(), json!({"iss": "https://evil.example.test"})));
    let err = refused(&signer.verifier(), &token).await;
    assert!(matches!(err, JwtError::WrongIssuer), "{err:?}");
}

#[tokio::test]
async fn wrong_audience_is_refused() {
    let signer = Signer::new();
    let token = signer.sign(with(
        claims(),
        json!({"aud": ["https://other.example.test"]}),
    ));
    let err = refused(&signer.verifier(), &token).await;
    assert!(matches!(err, JwtError::WrongAudience), "{err:?}");
}

#[tokio::test]
async fn token_that_is_not_three_parts_is_refused() {
    let signer = Signer::new();
    let token = signer.sign(claims());
    for bad in [
        token.rsplit_once('.').expect("dot").0.to_owned(),
        format!("{token}.x"),
    ] {
        let err = refused(&signer.verifier(), &bad).await;
        assert!(matches!(err, JwtError::NotThreeParts), "{err:?}");
    }
}

#[tokio::test]
async fn bad_base64_is_refused() {
    let signer = Signer::new();
    let header = b64(json!({"alg": "EdDSA", "kid": KID}).to_string());
    let payload = b64(claims().to_string());
    let cases = [
        (signer.sign_parts("eyJ!!!", &payload), TokenPart::Header),
        (
            signer.sign_parts(&format!("{header}="), &payload),
            TokenPart::Header,
        ),
        (signer.sign_parts(&header, "e+/="), TokenPart::Payload),
        (format!("{header}.{payload}.a+b/"), TokenPart::Signature),
    ];
    for (token, which) in cases {
        let err = refused(&signer.verifier(), &token).await;
        assert!(
            matches!(err, JwtError::Base64 { part } if part == which),
            "{which}: {err:?}"
        );
    }
}

#[tokio::test]
async fn json_that_is_not_an_object_is_refused() {
    let signer = Signer::new();
    let header = b64(json!({"alg": "EdDSA", "kid": KID}).to_string());
    let array = signer.sign_parts(&header, &b64("[1,2,3]"));
    let err = refused(&signer.verifier(), &array).await;
    assert!(
        matches!(
            err,
            JwtError::NotAnObject {
                part: TokenPart::Payload
            }
        ),
        "{err:?}"
    );

    let string_header = signer.sign_parts(&b64("\"EdDSA\""), &b64(claims().to_string()));
    let err = refused(&signer.verifier(), &string_header).await;
    assert!(
        matches!(
            err,
            JwtError::NotAnObject {
                part: TokenPart::Header
            }
        ),
        "{err:?}"
    );

    let broken = signer.sign_parts(&header, &b64("{\"sub\":"));
    let err = refused(&signer.verifier(), &broken).await;
    assert!(
        matches!(
            err,
            JwtError::Json {
                part: TokenPart::Payload,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn token_over_8_kib_is_refused_before_decoding() {
    let signer = Signer::new();
    let padding = "x".repeat(8 * 1024);
    let token = signer.sign(with(claims(), json!({"padding": padding})));
    let err = refused(&signer.verifier(), &token).await;
    assert!(matches!(err, JwtError::TooLarge { max: 8192 }), "{err:?}");

    let garbage = "!".repeat(8 * 1024 + 1);
    let err = refused(&signer.verifier(), &garbage).await;
    assert!(matches!(err, JwtError::TooLarge { .. }), "{err:?}");
}

#[tokio::test]
async fn static_key_set_that_is_not_json_is_refused_at_build() {
    let err = JwtVerifier::from_jwks("<html>keys</html>", ISS, AUD).expect_err("not json");
    assert!(matches!(err, JwtError::KeySetJson { .. }), "{err:?}");
    let err = JwtVerifier::from_jwks("[]", ISS, AUD).expect_err("not a set");
    assert!(matches!(err, JwtError::KeySetInvalid { .. }), "{err:?}");
}

#[test]
fn plain_http_to_a_remote_host_needs_opting_in() {
    let err = JwtVerifier::builder("http://auth.example.test/neondb/auth")
        .build()
        .expect_err("plain http");
    assert!(matches!(err, JwtError::Config { .. }), "{err:?}");
    let opted_in =
        JwtVerifier::builder("http://auth.example.test/neondb/auth").allow_insecure_http();
    assert!(opted_in.build().is_ok());
}

/// What a stub key set endpoint does with each request.
#[derive(Clone)]
enum Stub {
    Answer(u16, &'static str, String),
    /// This key set to the first request, 500 to every later one.
    FirstOnly(String),
    Hang,
}

/// A key set endpoint on loopback for faults the real server cannot produce; counts requests.
async fn stub_endpoint(behaviour: Stub) -> Result<(String, Arc<AtomicUsize>), Box<dyn StdError>> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/jwks", listener.local_addr()?);
    let count = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&count);
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let behaviour = behaviour.clone();
            let counter = Arc::clone(&counter);
            tokio::spawn(async move {
                let mut buf = vec![0u8; 4096];
                let mut seen = Vec::new();
                while !seen.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => seen.extend_from_slice(&buf[..n]),
                    }
                }
                let earlier = counter.fetch_add(1, Ordering::SeqCst);
                let answer = match behaviour {
                    Stub::Hang => None,
                    Stub::Answer(status, content_type, body) => Some((status, content_type, body)),
                    Stub::FirstOnly(jwks) if earlier == 0 => Some((200, "application/json", jwks)),
                    Stub::FirstOnly(_) => Some((500, "text/plain", "gone".to_owned())),
                };
                match answer {
                    None => tokio::time::sleep(Duration::from_secs(3600)).await,
                    Some((status, content_type, body)) => {
                        let head = format!(
                            "HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                            body.len()
                        );
                        let _ = stream.write_all(head.as_bytes()).await;
                        let _ = stream.write_all(body.as_bytes()).await;
                    }
                }
            });
        }
    });
    Ok((url, count))
}

fn remote_verifier(jwks_url: &str) -> JwtVerifier {
    JwtVerifier::builder(ISS)
        .jwks_url(jwks_url)
        .fetch_timeout(Duration::from_millis(300))
        .refetch_interval(Duration::from_secs(60))
        .build()
        .expect("verifier")
}

#[tokio::test]
async fn key_set_that_is_not_json_is_refused() -> TestResult {
    let (url, _) = stub_endpoint(Stub::Answer(200, "text/html", "<html>hi</html>".into())).await?;
    let signer = Signer::new();
    let err = refused(&remote_verifier(&url), &signer.sign(claims())).await;
    assert!(matches!(err, JwtError::KeySetJson { .. }), "{err:?}");
    assert!(err.is_key_set_error());
    Ok(())
}

#[tokio::test]
async fn key_set_error_status_is_reported() -> TestResult {
    let (url, _) = stub_endpoint(Stub::Answer(503, "text/plain", "down".into())).await?;
    let signer = Signer::new();
    let err = refused(&remote_verifier(&url), &signer.sign(claims())).await;
    assert!(
        matches!(err, JwtError::KeySetStatus { status: 503 }),
        "{err:?}"
    );
    Ok(())
}

#[tokio::test]
async fn key_set_fetch_that_hangs_times_out() -> TestResult {
    let (url, _) = stub_endpoint(Stub::Hang).await?;
    let signer = Signer::new();
    let started = std::time::Instant::now();
    let err = refused(&remote_verifier(&url), &signer.sign(claims())).await;
    assert!(matches!(err, JwtError::KeySetTimeout { .. }), "{err:?}");
    assert!(err.source().is_some());
    assert!(started.elapsed() < Duration::from_secs(3));
    Ok(())
}

#[tokio::test]
async fn failed_fetch_is_not_repeated_at_once() -> TestResult {
    let (url, count) = stub_endpoint(Stub::Answer(500, "text/plain", "boom".into())).await?;
    let signer = Signer::new();
    let verifier = remote_verifier(&url);
    let token = signer.sign(claims());
    assert!(matches!(
        refused(&verifier, &token).await,
        JwtError::KeySetStatus { status: 500 }
    ));
    for _ in 0..20 {
        assert!(matches!(
            refused(&verifier, &token).await,
            JwtError::KeySetUnavailable
        ));
    }
    assert_eq!(count.load(Ordering::SeqCst), 1);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flood_of_unknown_kids_costs_one_fetch() -> TestResult {
    let signer = Signer::new();
    let (url, count) = stub_endpoint(Stub::Answer(200, "application/json", signer.jwks())).await?;
    let verifier = remote_verifier(&url);

    let mut tasks = Vec::new();
    for i in 0..200 {
        let verifier = verifier.clone();
        let kid = format!("made-up-{i}");
        let token = signer.sign_with(json!({"alg": "EdDSA", "kid": kid}), claims());
        tasks.push(tokio::spawn(async move { verifier.verify(&token).await }));
    }
    for task in tasks {
        let result = task.await?;
        assert!(matches!(
            result,
            Err(neon_auth::Error::Jwt(JwtError::UnknownKey { .. }))
        ));
    }
    verifier.verify(&signer.sign(claims())).await?;
    assert_eq!(count.load(Ordering::SeqCst), 1, "key set fetches");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_use_shares_one_fetch() -> TestResult {
    let signer = Signer::new();
    let (url, count) = stub_endpoint(Stub::Answer(200, "application/json", signer.jwks())).await?;
    let verifier = remote_verifier(&url);
    let token = signer.sign(claims());
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let (verifier, token) = (verifier.clone(), token.clone());
        tasks.push(tokio::spawn(async move { verifier.verify(&token).await }));
    }
    for task in tasks {
        task.await??;
    }
    assert_eq!(count.load(Ordering::SeqCst), 1, "key set fetches");
    Ok(())
}

#[tokio::test]
async fn old_key_set_is_fetched_again_and_kept_when_that_fails() -> TestResult {
    let signer = Signer::new();
    let (url, count) = stub_endpoint(Stub::FirstOnly(signer.jwks())).await?;
    let verifier = JwtVerifier::builder(ISS)
        .jwks_url(&url)
        .max_key_age(Duration::from_millis(100))
        .refetch_interval(Duration::ZERO)
        .build()?;
    let token = signer.sign(claims());
    verifier.verify(&token).await?;
    verifier.verify(&token).await?;
    assert_eq!(
        count.load(Ordering::SeqCst),
        1,
        "fresh keys are not fetched again"
    );

    tokio::time::sleep(Duration::from_millis(150)).await;
    verifier.verify(&token).await?;
    assert_eq!(
        count.load(Ordering::SeqCst),
        2,
        "old keys are fetched again"
    );
    Ok(())
}

// End to end: real tokens from the real Better Auth server.

fn http() -> reqwest::Client {
    // reqwest is built without a TLS provider of its own; tests only speak plain loopback HTTP.
    #[cfg(feature = "rustls")]
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// Signs up a fresh user and returns (user id, email, session token).
async fn sign_up(base: &str) -> Result<(String, String, String), Box<dyn StdError>> {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let email = format!(
        "jwt-{}-{}-{}@example.test",
        std::process::id(),
        now(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    );
    let body = json!({"email": email, "password": "correct-horse-battery", "name": "Jay Dub"});
    let response = http()
        .post(format!("{base}/sign-up/email"))
        .json(&body)
        .send()
        .await?;
    let session = response
        .headers()
        .get("set-auth-token")
        .ok_or("no set-auth-token")?
        .to_str()?
        .to_owned();
    let answer: Value = response.error_for_status()?.json().await?;
    let id = answer["user"]["id"]
        .as_str()
        .ok_or("no user id")?
        .to_owned();
    Ok((id, email, session))
}

async fn jwt_for(base: &str, session: &str) -> Result<String, Box<dyn StdError>> {
    let answer: Value = http()
        .get(format!("{base}/token"))
        .bearer_auth(session)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(answer["token"].as_str().ok_or("no token")?.to_owned())
}

fn kid_of(token: &str) -> Result<String, Box<dyn StdError>> {
    let header = token.split('.').next().ok_or("no header")?;
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header)?)?;
    Ok(header["kid"].as_str().ok_or("no kid")?.to_owned())
}

#[tokio::test]
async fn real_token_verifies_with_its_claims() -> TestResult {
    let server = TestServer::shared()?;
    let base = server.base_url();
    let (id, email, session) = sign_up(base).await?;
    let token = jwt_for(base, &session).await?;

    let verifier = JwtVerifier::builder(base).build()?;
    let claims = verifier.verify(&token).await?;
    assert_eq!(claims.sub, id);
    assert_eq!(claims.email.as_deref(), Some(email.as_str()));
    assert_eq!(claims.name.as_deref(), Some("Jay Dub"));
    assert_eq!(claims.role.as_deref(), Some("user"));
    assert_eq!(claims.email_verified, Some(false));
    assert!(claims.exp > now() && claims.exp <= now() + 15 * 60 + 5);
    assert!(
        claims.iss == base || claims.iss == server.origin(),
        "iss {}",
        claims.iss
    );

    let elsewhere = JwtVerifier::builder(base)
        .issuer("https://other.example.test")
        .build()?;
    assert!(matches!(
        refused(&elsewhere, &token).await,
        JwtError::WrongIssuer
    ));
    Ok(())
}

#[tokio::test]
async fn token_signed_after_rotation_verifies_without_a_new_verifier() -> TestResult {
    let server = TestServer::shared()?;
    let base = server.base_url();
    let (_, _, session) = sign_up(base).await?;
    let verifier = JwtVerifier::builder(base)
        .refetch_interval(Duration::from_millis(200))
        .build()?;
    let before = jwt_for(base, &session).await?;
    verifier.verify(&before).await?;

    let new_kid = server.rotate_jwks()?;
    let after = jwt_for(base, &session).await?;
    assert_eq!(kid_of(&after)?, new_kid);
    assert_ne!(kid_of(&before)?, new_kid);
    tokio::time::sleep(Duration::from_millis(250)).await;

    verifier.verify(&after).await?;
    verifier.verify(&before).await?;
    Ok(())
}

#[cfg(feature = "axum")]
mod axum_extractor {
    use super::*;
    use axum::Router;
    use axum::routing::get;
    use neon_auth::axum::VerifiedUser;

    async fn me(VerifiedUser(claims): VerifiedUser) -> String {
        claims.sub
    }

    async fn maybe(user: Option<VerifiedUser>) -> String {
        user.map_or_else(|| "stranger".to_owned(), |user| user.sub.clone())
    }

    /// Serves `/me` and `/maybe` on loopback with `verifier`; answers the service's base URL.
    async fn serve(verifier: JwtVerifier) -> Result<String, Box<dyn StdError>> {
        let app = Router::new()
            .route("/me", get(me))
            .route("/maybe", get(maybe))
            .with_state(verifier);
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        tokio::spawn(async move { axum::serve(listener, app).await });
        Ok(url)
    }

    async fn get_with(
        url: &str,
        auth: Option<&str>,
    ) -> Result<(u16, String, Value), Box<dyn StdError>> {
        let mut request = http().get(url);
        if let Some(auth) = auth {
            request = request.header("authorization", auth);
        }
        let response = request.send().await?;
        let status = response.status().as_u16();
        let challenge = response
            .headers()
            .get("www-authenticate")
            .map(|value| value.to_str().unwrap_or("?").to_owned())
            .unwrap_or_default();
        let body = response.text().await?;
        let body = serde_json::from_str(&body).unwrap_or(Value::String(body));
        Ok((status, challenge, body))
    }

    #[tokio::test]
    async fn valid_bearer_token_reaches_the_handler() -> TestResult {
        let signer = Signer::new();
        let url = serve(signer.verifier()).await?;
        let token = signer.sign(claims());
        let bearer = format!("Bearer {token}");
        assert_eq!(
            get_with(&format!("{url}/me"), Some(&bearer)).await?.2,
            json!("user-1")
        );
        assert_eq!(
            get_with(&format!("{url}/maybe"), Some(&bearer)).await?.2,
            json!("user-1")
        );
        Ok(())
    }

    #[tokio::test]
    async fn missing_token_gets_a_bare_bearer_challenge() -> TestResult {
        let signer = Signer::new();
        let url = serve(signer.verifier()).await?;
        for auth in [None, Some("Basic dXNlcjpwYXNz"), Some("Bearer ")] {
            let (status, challenge, body) = get_with(&format!("{url}/me"), auth).await?;
            assert_eq!((status, challenge.as_str()), (401, "Bearer"), "{auth:?}");
            assert_eq!(body["error"], "unauthorized");
        }
        assert_eq!(
            get_with(&format!("{url}/maybe"), None).await?.2,
            json!("stranger")
        );
        Ok(())
    }

    #[tokio::test]
    async fn invalid_token_gets_invalid_token_without_echo() -> TestResult {
        let signer = Signer::new();
        let url = serve(signer.verifier()).await?;
        let expired = signer.sign(with(claims(), json!({"exp": now() - 3600})));
        for path in ["me", "maybe"] {
            let auth = format!("Bearer {expired}");
            let (status, challenge, body) = get_with(&format!("{url}/{path}"), Some(&auth)).await?;
            assert_eq!(status, 401);
            assert_eq!(
                challenge,
                "Bearer error=\"invalid_token\", error_description=\"token expired\""
            );
            assert_eq!(
                body,
                json!({"error": "invalid_token", "error_description": "token expired"})
            );
        }

        let odd_kid = signer.sign_with(json!({"alg": "EdDSA", "kid": "a\"b"}), claims());
        let auth = format!("Bearer {odd_kid}");
        let (status, challenge, _) = get_with(&format!("{url}/me"), Some(&auth)).await?;
        assert_eq!(status, 401);
        assert!(challenge.ends_with("error_description=\"token signed by an unknown key\""));
        Ok(())
    }

    #[tokio::test]
    async fn unavailable_key_set_answers_503() -> TestResult {
        let (jwks, _) = stub_endpoint(Stub::Answer(500, "text/plain", "down".into())).await?;
        let url = serve(remote_verifier(&jwks)).await?;
        let auth = format!("Bearer {}", Signer::new().sign(claims()));
        let (status, _, body) = get_with(&format!("{url}/me"), Some(&auth)).await?;
        assert_eq!(status, 503);
        assert_eq!(body["error"], "temporarily_unavailable");
        Ok(())
    }
}
