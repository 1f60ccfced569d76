//! What every request goes through: credentials, timeout, retries, tracing, and the capture of
//! rotated tokens. It hooks into the generated client, so raw API calls get all of it too.

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{AUTHORIZATION, COOKIE, HeaderMap, HeaderName, HeaderValue, ORIGIN};
use reqwest::{Method, Request, Response, StatusCode};
use tracing::Instrument;

use crate::api::Client;
use crate::config::{Config, Credentials};
use crate::reuse::Gate;
use crate::secret::Secret;
use crate::session::SessionState;

/// The header Better Auth's bearer plugin answers a new or rotated session token in.
pub(crate) const SET_AUTH_TOKEN: &str = "set-auth-token";
/// The header the JWT plugin answers a fresh JWT in, on `get-session`.
pub(crate) const SET_AUTH_JWT: &str = "set-auth-jwt";
/// progenitor sends `api-version: <info.version>` on every request; the service ignores it.
const API_VERSION: &str = "api-version";
/// Error bodies longer than this are cut before they are kept in an error.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// What one NeonAuth value shares with every client it hands out.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) base_url: String,
    pub(crate) http: reqwest::Client,
    /// Set when `http` is the crate's own client, whose connector holds this gate.
    pub(crate) gate: Option<Arc<Gate>>,
    pub(crate) config: Config,
}

/// The per-client state the generated `Client` carries: the shared configuration, the session
/// whose credentials it sends, if any, and a cookie it sends besides them, if any.
#[derive(Debug, Clone)]
pub struct Context {
    pub(crate) shared: Arc<Shared>,
    pub(crate) session: Option<Arc<SessionState>>,
    pub(crate) cookie: Option<Arc<ExtraCookie>>,
}

/// A cookie sent besides a session's credentials (the admin's parked session, to end an
/// impersonation), and the origin to send it from: the service refuses a cookie-carrying POST
/// from an origin it does not trust.
#[derive(Debug)]
pub(crate) struct ExtraCookie {
    /// `name=value`, as the service set it.
    pub(crate) pair: Secret,
    /// Sent unless the client is configured with an origin of its own.
    pub(crate) origin: HeaderValue,
}

impl Context {
    pub(crate) fn client(shared: &Arc<Shared>, session: Option<Arc<SessionState>>) -> Client {
        Self::client_sending(shared, session, None)
    }

    pub(crate) fn client_sending(
        shared: &Arc<Shared>,
        session: Option<Arc<SessionState>>,
        cookie: Option<Arc<ExtraCookie>>,
    ) -> Client {
        let context = Context {
            shared: Arc::clone(shared),
            session,
            cookie,
        };
        Client::new_with_client(&shared.base_url, shared.http.clone(), context)
    }
}

impl ClientHooks<Context> for Client {
    async fn pre<E>(
        &self,
        request: &mut Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let context = self.inner();
        let headers = request.headers_mut();
        headers.remove(API_VERSION);
        if let Some(session) = &context.session {
            let token = session.token();
            match &context.shared.config.credentials {
                Credentials::Bearer => {
                    let value = sensitive(&format!("Bearer {}", token.expose()))
                        .ok_or_else(unsendable_token)?;
                    headers.insert(AUTHORIZATION, value);
                }
                Credentials::Cookie { name } => {
                    let value = sensitive(&format!("{name}={}", token.expose()))
                        .ok_or_else(unsendable_token)?;
                    headers.insert(COOKIE, value);
                }
            }
        }
        if let Some(extra) = &context.cookie {
            let value = match headers.get(COOKIE).and_then(|v| v.to_str().ok()) {
                Some(session_cookie) => format!("{session_cookie}; {}", extra.pair.expose()),
                None => extra.pair.expose().to_owned(),
            };
            headers.insert(COOKIE, sensitive(&value).ok_or_else(unsendable_token)?);
        }
        let origin = (context.shared.config.origin.as_ref())
            .or_else(|| context.cookie.as_ref().map(|extra| &extra.origin));
        if let Some(origin) = origin {
            headers.insert(ORIGIN, origin.clone());
        }
        if request.timeout().is_none() {
            *request.timeout_mut() = Some(context.shared.config.timeout);
        }
        Ok(())
    }

    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        let span = tracing::debug_span!(
            "neon_auth.request",
            operation = info.operation_id,
            method = %request.method(),
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let result = send(&self.inner().shared, request)
            .instrument(span.clone())
            .await;
        span.record("duration_ms", started.elapsed().as_millis() as u64);
        if let Ok((response, attempts)) = &result {
            span.record("status", response.status().as_u16());
            span.record("attempts", *attempts);
        }
        match result {
            Ok((response, _)) => Ok(response),
            Err(e) => {
                let e = without_query(e);
                tracing::debug!(parent: &span, error = %e, "request failed");
                Err(e)
            }
        }
    }

    async fn post<E>(
        &self,
        result: &reqwest::Result<Response>,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        // Impersonating (and stopping it) answers with another user's session token: that is a
        // new session for the caller to resume, not a rotation of this one.
        let hands_out_another_session = info.operation_id.contains("impersonat");
        if let (Some(session), Ok(response)) = (&self.inner().session, result)
            && !hands_out_another_session
        {
            session.observe(response.headers());
        }
        Ok(())
    }
}

/// An `Authorization` or `Cookie` value, marked sensitive so that no `Debug` of the request
/// shows it. A token with bytes a header can't hold is a bad token, not a reason to panic.
fn sensitive(value: &str) -> Option<HeaderValue> {
    let mut value = HeaderValue::from_str(value).ok()?;
    value.set_sensitive(true);
    Some(value)
}

fn unsendable_token<E>() -> progenitor_client::Error<E> {
    progenitor_client::Error::InvalidRequest(
        "the session token holds characters an HTTP header cannot carry".into(),
    )
}

/// Sends `request`, retrying what is safe to retry; returns the answer and the attempts made.
async fn send(shared: &Shared, request: Request) -> reqwest::Result<(Response, u32)> {
    let retry = &shared.config.retry;
    let idempotent = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE
    );
    let mut current = request;
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        let spare = (attempt <= retry.max_retries)
            .then(|| current.try_clone())
            .flatten();
        let outcome = match &shared.gate {
            Some(gate) => gate.execute(&shared.http, current).await,
            None => shared.http.execute(current).await,
        };
        let wait = match &outcome {
            Ok(response) if response.status() == StatusCode::TOO_MANY_REQUESTS => {
                retry_after(response.headers()).filter(|w| *w <= retry.max_wait)
            }
            Ok(response) if idempotent && is_transient(response.status()) => {
                Some(retry.backoff(attempt))
            }
            // A refused connection, or a pooled one the server closed as the request went out:
            // either way the request was not processed.
            Err(e) if idempotent && (e.is_connect() || (e.is_request() && !e.is_timeout())) => {
                Some(retry.backoff(attempt))
            }
            _ => None,
        };
        match (wait, spare) {
            (Some(wait), Some(spare)) => {
                match &outcome {
                    Ok(response) => {
                        tracing::debug!(status = response.status().as_u16(), "retrying")
                    }
                    Err(e) => tracing::debug!(error = %e, "retrying"),
                }
                tokio::time::sleep(wait).await;
                current = spare;
            }
            _ => return Ok((normalise_error_body(outcome?).await, attempt)),
        }
    }
}

/// A query may carry a credential (`/magic-link/verify?token=...`), and reqwest's errors print
/// their URL: keep the path, drop the query.
pub(crate) fn without_query(mut error: reqwest::Error) -> reqwest::Error {
    if let Some(url) = error.url_mut() {
        url.set_query(None);
    }
    error
}

fn is_transient(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::BAD_GATEWAY | StatusCode::SERVICE_UNAVAILABLE | StatusCode::GATEWAY_TIMEOUT
    )
}

/// Better Auth's rate limiter answers `X-Retry-After: <seconds>`; proxies send `Retry-After`.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    ["x-retry-after", "retry-after"]
        .iter()
        .filter_map(|name| headers.get(*name))
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(Duration::from_secs_f64)
}

/// Some error answers have an empty body (many 401s, every 404) and a proxy may answer with an
/// HTML page. The generated code decodes every error body as `{code, message}`, so give it one:
/// `{}` for an empty body, the text as `message` for anything that is not a JSON object.
async fn normalise_error_body(response: Response) -> Response {
    let status = response.status();
    if status.is_success() || status.is_informational() {
        return response;
    }
    let headers = response.headers().clone();
    let version = response.version();
    let body = match response.bytes().await {
        Ok(body) => body,
        Err(_) => Bytes::new(),
    };
    let is_object = serde_json::from_slice::<serde_json::Value>(&body).is_ok_and(|v| v.is_object());
    let body = if is_object {
        body
    } else if body.iter().all(u8::is_ascii_whitespace) {
        Bytes::from_static(b"{}")
    } else {
        let text = String::from_utf8_lossy(&body[..body.len().min(MAX_ERROR_BODY)]);
        let message = crate::error::excerpt(text.trim(), 200);
        Bytes::from(serde_json::json!({ "message": message }).to_string())
    };
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    rebuilt.headers_mut().insert(
        HeaderName::from_static("content-type"),
        HeaderValue::from_static("application/json"),
    );
    rebuilt.headers_mut().remove("content-length");
    Response::from(rebuilt)
}
