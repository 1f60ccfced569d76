//! No credential in any log line or `Debug` output, and one `/token` request for many tasks.
//!
//! Each test installs its own tracing subscriber for its thread; `#[tokio::test]` runs every task
//! of the test on that thread, so the capture sees all the crate logs.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::{PASSWORD, auth, email};
use neon_auth::prelude::*;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Capture {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Capture {
    type Writer = Capture;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

fn capture() -> (Capture, tracing::subscriber::DefaultGuard) {
    let capture = Capture::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(capture.clone())
        .finish();
    (capture, tracing::subscriber::set_default(subscriber))
}

#[tokio::test]
async fn no_secret_reaches_a_log_or_a_debug_output() {
    let (logs, _guard) = capture();
    let auth = auth();
    let address = email("secrets");
    let first = auth
        .sign_up_email(&address, PASSWORD, "Secret")
        .await
        .unwrap();
    let session = auth.sign_in_email(&address, PASSWORD).await.unwrap();
    let jwt = session.jwt().await.unwrap();
    let sessions = session
        .api()
        .list_sessions()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(sessions.len(), 2);
    let otp = common::sign_in_otp(&auth, &address).await;
    let by_otp = auth.sign_in_email_otp(&address, &otp).await.unwrap();
    let wrong = auth
        .sign_in_email(&address, "wrong-password-123")
        .await
        .unwrap_err();
    let request = session.api().change_password().body_map(|b| {
        b.current_password(PASSWORD)
            .new_password("new-password-456")
    });

    let printed = [
        format!("{auth:?}"),
        format!("{first:?}"),
        format!("{session:?}"),
        format!("{by_otp:?}"),
        format!("{:?}", session.user()),
        format!("{jwt:?}"),
        format!("{sessions:?}"),
        format!("{wrong:?} {wrong}"),
        format!("{request:?}"),
        logs.text(),
    ]
    .join("\n");
    assert!(
        logs.text().contains("neon_auth.request"),
        "the capture saw the request spans"
    );

    let mut secrets = vec![
        PASSWORD.to_owned(),
        "wrong-password-123".to_owned(),
        "new-password-456".to_owned(),
        otp,
        jwt.expose().to_owned(),
        first.token().expose().to_owned(),
        session.token().expose().to_owned(),
        by_otp.token().expose().to_owned(),
    ];
    secrets.extend(sessions.iter().map(|s| s.token.expose().to_owned()));
    for secret in secrets {
        let head = secret.split('.').next().unwrap_or(&secret).to_owned();
        assert!(!head.is_empty());
        assert!(
            !printed.contains(&head),
            "a credential of {} bytes was printed",
            secret.len()
        );
    }
}

#[tokio::test]
async fn a_hundred_tasks_asking_for_a_jwt_cause_one_request() {
    let (logs, _guard) = capture();
    let auth = auth();
    let session = auth
        .sign_up_email(&email("jwt"), PASSWORD, "Jwt")
        .await
        .unwrap();
    let before = token_requests(&logs.text());

    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..100 {
        let session = session.clone();
        tasks.spawn(async move { session.jwt().await });
    }
    let mut jwts = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        jwts.push(joined.unwrap().unwrap());
    }
    let requests = token_requests(&logs.text()) - before;
    println!("/token requests for 100 concurrent jwt() calls: {requests}");
    assert_eq!(requests, 1);
    assert!(jwts.windows(2).all(|w| w[0] == w[1]));

    let verified = auth
        .jwt_verifier()
        .unwrap()
        .verify(jwts[0].expose())
        .await
        .unwrap();
    assert_eq!(verified.sub, session.user().id);
}

#[tokio::test]
async fn get_session_refreshes_the_cached_jwt_for_free() {
    let (logs, _guard) = capture();
    let auth = auth();
    let session = auth
        .sign_up_email(&email("free"), PASSWORD, "Free")
        .await
        .unwrap();
    session.refresh().await.unwrap();
    session.jwt().await.unwrap();
    assert_eq!(
        token_requests(&logs.text()),
        0,
        "get-session's set-auth-jwt header filled the cache"
    );
}

/// `/token` requests seen in the captured spans (one close event per request).
fn token_requests(logs: &str) -> usize {
    logs.lines()
        .filter(|l| {
            l.contains("neon_auth.request")
                && l.contains("operation=\"token\"")
                && l.contains("close")
        })
        .count()
}
