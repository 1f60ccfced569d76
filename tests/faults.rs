//! Faults a real Better Auth server cannot be made to produce, from a stub HTTP server on
//! loopback: a truncated body, a success answer that is not JSON, a proxy's HTML error page, a
//! connection dropped mid-answer, a server that never answers, a server that closes every
//! connection without saying so, an impersonation answer without the cookie that ends it.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use neon_auth::prelude::*;
use neon_auth::{Error, NeonAuth};

/// Answers every connection with `answer`, counting the requests; `None` never answers.
fn stub(answer: Option<&'static str>) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/neondb/auth", listener.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&count);
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().take(16) {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 8192];
            let _ = stream.read(&mut buf);
            seen.fetch_add(1, Ordering::SeqCst);
            match answer {
                Some(answer) => {
                    let _ = stream.write_all(answer.as_bytes());
                }
                None => held.push(stream),
            }
        }
    });
    (url, count)
}

/// A 200 answer with a JSON `body`, `headers` (each `name: value`) and `connection: close`.
fn json_answer(headers: &[&str], body: &str) -> &'static str {
    let mut answer = String::from("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n");
    for header in headers {
        answer.push_str(header);
        answer.push_str("\r\n");
    }
    answer.push_str(&format!(
        "content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    ));
    Box::leak(answer.into_boxed_str())
}

fn client(url: &str) -> NeonAuth {
    NeonAuth::builder(url)
        .timeout(Duration::from_millis(500))
        .max_retries(2)
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_truncated_body_is_a_transport_error() {
    let (url, _) = stub(Some(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 200\r\nconnection: close\r\n\r\n{\"token\": \"abc",
    ));
    let e: Error = client(&url).api().jwks().send().await.unwrap_err().into();
    assert!(matches!(e, Error::Transport(_)), "{e:?}");
}

#[tokio::test]
async fn a_success_answer_that_is_not_json_is_a_decode_error() {
    let (url, _) = stub(Some(
        "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 15\r\nconnection: close\r\n\r\n<html>hi</html>",
    ));
    let e: Error = client(&url).api().jwks().send().await.unwrap_err().into();
    match &e {
        Error::Decode { path, excerpt, .. } => {
            assert_eq!(path, "$");
            assert!(excerpt.contains("<html>"), "{excerpt}");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_wrong_field_names_its_json_path_and_hides_tokens() {
    let body = r#"{"keys": [{"kid": "a", "kty": "OKP", "x": 7}], "token": "sekrit-value"}"#;
    let (url, _) = stub(Some(json_answer(&[], body)));
    let e: Error = client(&url).api().jwks().send().await.unwrap_err().into();
    match &e {
        Error::Decode { path, .. } => assert!(path.starts_with("$.keys[0]"), "{path}"),
        other => panic!("expected a decode error, got {other:?}"),
    }
    assert!(!format!("{e} {e:?}").contains("sekrit-value"));
}

#[tokio::test]
async fn an_html_error_page_becomes_the_message_and_is_retried() {
    let (url, count) = stub(Some(
        "HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/html\r\ncontent-length: 33\r\nconnection: close\r\n\r\n<html><h1>Bad Gateway</h1></html>",
    ));
    let e: Error = client(&url).api().jwks().send().await.unwrap_err().into();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(502), "{e:?}");
    assert!(e.to_string().contains("Bad Gateway"), "{e}");
    assert!(e.is_retryable());
    assert_eq!(
        count.load(Ordering::SeqCst),
        3,
        "a GET is tried three times in all"
    );
}

#[tokio::test]
async fn a_post_is_not_retried() {
    let (url, count) = stub(Some(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
    ));
    let e = client(&url)
        .sign_in_email("a@example.com", "pw-123456")
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(503), "{e:?}");
    assert_eq!(count.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    let (url, _) = stub(None);
    let auth = NeonAuth::builder(&url)
        .timeout(Duration::from_millis(300))
        .max_retries(0)
        .build()
        .unwrap();
    let e: Error = auth.api().jwks().send().await.unwrap_err().into();
    assert!(e.is_timeout(), "{e:?}");
}

#[tokio::test]
async fn a_dropped_connection_is_a_transport_error() {
    let (url, _) = stub(Some(""));
    let e: Error = client(&url).api().jwks().send().await.unwrap_err().into();
    assert!(matches!(e, Error::Transport(_)), "{e:?}");
}

#[tokio::test]
async fn a_token_in_the_query_never_shows_in_a_transport_error() {
    let (url, _) = stub(Some(""));
    let e = client(&url)
        .sign_in_magic_link("magic-token-123456")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Transport(_)), "{e:?}");
    let mut printed = format!("{e} {e:?}");
    let mut source = std::error::Error::source(&e);
    while let Some(cause) = source {
        printed.push_str(&cause.to_string());
        source = cause.source();
    }
    assert!(printed.contains("magic-link/verify"), "{printed}");
    assert!(!printed.contains("magic-token-123456"), "{printed}");
}

/// The crate's client holds a new connect back briefly while a connection whose answer was just
/// read is on its way back to the pool. A server that closes every connection after answering,
/// without `connection: close`, never hands one back: each call must still go out once and be
/// answered well within its timeout.
#[tokio::test]
async fn a_server_that_closes_without_saying_so_answers_every_call() {
    let (url, count) = stub(Some(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\n\r\n{\"keys\":[]}",
    ));
    let auth = client(&url);
    for call in 1..=5 {
        let keys = auth.api().jwks().send().await;
        let keys = keys
            .unwrap_or_else(|e| panic!("call {call}: {e}"))
            .into_inner();
        assert!(keys.keys.is_empty());
    }
    assert_eq!(
        count.load(Ordering::SeqCst),
        5,
        "a call went out more than once"
    );
}

/// The admin plugin parks the admin's session in a cookie that is the only way back from an
/// impersonation; an answer without it must fail the call rather than hand out an
/// impersonation that cannot be ended.
#[tokio::test]
async fn an_impersonation_answer_without_its_cookie_is_refused() {
    // `get-session` and `admin/impersonate-user` answer the same shape: a session and its user.
    let body = r#"{"session": {"id": "s1", "token": "impersonation-token", "userId": "u1",
        "expiresAt": "2030-01-01T00:00:00.000Z", "createdAt": "2026-01-01T00:00:00.000Z",
        "updatedAt": "2026-01-01T00:00:00.000Z"},
        "user": {"id": "u1", "name": "A", "email": "a@example.com", "emailVerified": true,
        "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z"}}"#;
    let (url, count) = stub(Some(json_answer(
        &[
            "set-auth-token: impersonation-token.sig",
            "set-cookie: neon-auth.session_token=impersonation-token.sig; Path=/",
        ],
        body,
    )));
    let admin = client(&url)
        .session_from_token("admin-token")
        .await
        .unwrap();
    let e = admin.impersonate("u1").await.unwrap_err();
    match &e {
        Error::Incomplete { operation, missing } => {
            assert_eq!(operation, "admin_impersonate_user");
            assert!(missing.contains("admin_session"), "{missing}");
        }
        other => panic!("expected an incomplete answer, got {other:?}"),
    }
    assert!(
        !format!("{e} {e:?}").contains("impersonation-token"),
        "{e:?}"
    );
    assert_eq!(
        count.load(Ordering::SeqCst),
        2,
        "get-session, then one impersonation"
    );
}
