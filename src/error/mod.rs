//! The one error type of the crate, with Better Auth's error codes.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;

use crate::Secret;
use crate::api::types::BetterAuthError;
use crate::verify::JwtError;

mod path;

/// Everything that can go wrong when talking to Neon Auth or verifying its tokens.
///
/// Match on the variant for what happened, or ask: [`Error::status`], [`Error::code`],
/// [`Error::is_retryable`]. No variant ever holds a token, password or one-time code.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error status.
    #[error("{0}")]
    Api(ApiError),
    /// The request did not complete: connection refused or dropped, timeout, TLS failure.
    #[error("request to the auth service failed")]
    Transport(#[source] reqwest::Error),
    /// The service answered with a success status, but not with what the document says.
    #[error("{operation}: answer does not match the document at {path} (answer begins: {excerpt})")]
    Decode {
        /// The operation that was called, or `unknown` when called through the raw API.
        operation: String,
        /// Where in the answer decoding failed, as a JSONPath (`$.user.createdAt`).
        path: String,
        /// The start of the answer, with credentials blanked out.
        excerpt: String,
        /// What serde found.
        #[source]
        source: serde_json::Error,
    },
    /// The service answered with a success status but left out something the call needs from
    /// it: a session token, or the cookie that ends an impersonation.
    #[error("{operation}: the answer carried no {missing}")]
    Incomplete {
        /// The operation that was called.
        operation: String,
        /// What the answer lacked.
        missing: &'static str,
    },
    /// The request could not be built from the values given.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The session is gone: signed out, revoked or expired.
    #[error("no session: the token is unknown, expired or revoked")]
    NoSession,
    /// The client's configuration is not usable.
    #[error("configuration: {0}")]
    Config(String),
    /// A JWT did not verify, or the key set could not be loaded.
    #[error(transparent)]
    Jwt(#[from] JwtError),
}

/// An error answer of the service: status, Better Auth's code and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// Better Auth's error code; `None` when the answer had none (some 401s, every 404).
    pub code: Option<ErrorCode>,
    /// The service's message, or the status' reason when it sent none.
    pub message: String,
    /// How long the service asked to wait before trying again (429 answers).
    pub retry_after: Option<Duration>,
    /// Where a redirect answer (3xx) points. The client never follows redirects: Better Auth's
    /// lead to your application's pages or to a social provider, and an application that
    /// serves those links passes this on to the browser. A `Secret`, because some carry a
    /// one-time token (a password-reset link redirects to `callbackURL?token=...`).
    pub location: Option<Secret>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "auth service answered {}", self.status.as_u16())?;
        if let Some(code) = &self.code {
            write!(f, " {code}")?;
        }
        write!(f, ": {}", self.message)
    }
}

macro_rules! error_codes {
    ($($variant:ident = $code:literal,)*) => {
        /// An error code of Better Auth, as sent in the `code` field of an error answer.
        ///
        /// Every code that Better Auth's core and bundled plugins define has a variant; a code
        /// this crate does not know (a newer version, a custom plugin) is [`ErrorCode::Other`].
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        #[allow(missing_docs)]
        pub enum ErrorCode {
            $($variant,)*
            /// A code not listed here.
            Other(String),
        }

        impl ErrorCode {
            /// The code as the service sends it (`INVALID_EMAIL_OR_PASSWORD`).
            pub fn as_str(&self) -> &str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                    ErrorCode::Other(code) => code,
                }
            }
        }

        impl From<&str> for ErrorCode {
            fn from(code: &str) -> Self {
                match code {
                    $($code => ErrorCode::$variant,)*
                    other => ErrorCode::Other(other.to_owned()),
                }
            }
        }
    };
}
mod codes;

pub use codes::*;

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Error {
    /// The HTTP status of an error answer.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(api) => Some(api.status),
            Error::Transport(e) => e.status(),
            _ => None,
        }
    }

    /// Better Auth's error code, when the service sent one.
    pub fn code(&self) -> Option<&ErrorCode> {
        match self {
            Error::Api(api) => api.code.as_ref(),
            _ => None,
        }
    }

    /// How long the service asked to wait before trying again (rate limiting).
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Api(api) => api.retry_after,
            _ => None,
        }
    }

    /// Where a redirect answer points (see [`ApiError::location`]).
    pub fn location(&self) -> Option<&Secret> {
        match self {
            Error::Api(api) => api.location.as_ref(),
            _ => None,
        }
    }

    /// Whether the same call may succeed if made again later: transport failures, timeouts,
    /// rate limiting and 502/503/504 answers. Retries of idempotent requests have already been
    /// made by the time you see this.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => e.is_timeout() || e.is_connect() || e.is_request(),
            Error::Api(api) => matches!(api.status.as_u16(), 429 | 502 | 503 | 504),
            Error::Jwt(e) => e.is_retryable(),
            _ => false,
        }
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.is_timeout())
    }

    pub(crate) fn in_operation(mut self, name: &str) -> Self {
        if let Error::Decode { operation, .. } = &mut self {
            name.clone_into(operation);
        }
        self
    }
}

impl From<progenitor_client::Error<BetterAuthError>> for Error {
    fn from(error: progenitor_client::Error<BetterAuthError>) -> Self {
        use progenitor_client::Error as E;
        match error {
            E::ErrorResponse(answer) => {
                let status = answer.status();
                let retry_after = crate::transport::retry_after(answer.headers());
                let location = location(status, answer.headers());
                let body = answer.into_inner();
                let message = body
                    .message
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| status.canonical_reason().unwrap_or("error").to_owned());
                Error::Api(ApiError {
                    status,
                    code: body.code.as_deref().map(ErrorCode::from),
                    message,
                    retry_after,
                    location,
                })
            }
            E::CommunicationError(e) | E::ResponseBodyError(e) | E::InvalidUpgrade(e) => {
                Error::Transport(crate::transport::without_query(e))
            }
            E::InvalidResponsePayload(body, source) => Error::Decode {
                operation: "unknown".into(),
                path: path::at(&body, source.line(), source.column()),
                excerpt: redacted_excerpt(&body),
                source,
            },
            E::UnexpectedResponse(response) => Error::Api(ApiError {
                status: response.status(),
                code: None,
                message: "the document does not describe this answer".into(),
                retry_after: crate::transport::retry_after(response.headers()),
                location: location(response.status(), response.headers()),
            }),
            E::InvalidRequest(message) | E::Custom(message) => Error::InvalidRequest(message),
        }
    }
}

/// The target of a redirect answer.
fn location(status: StatusCode, headers: &reqwest::header::HeaderMap) -> Option<Secret> {
    if !status.is_redirection() {
        return None;
    }
    let value = headers.get(reqwest::header::LOCATION)?.to_str().ok()?;
    Some(Secret::from(value))
}

/// Keys whose values are credentials; blanked wherever an answer is shown.
const SECRET_KEYS: &[&str] = &[
    "token",
    "password",
    "accessToken",
    "refreshToken",
    "idToken",
    "otp",
    "code",
    "secret",
    "sessionToken",
    "jwt",
];

/// The start of an answer for an error message, with every credential blanked out.
fn redacted_excerpt(body: &[u8]) -> String {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(mut value) => {
            redact(&mut value);
            excerpt(&value.to_string(), 200)
        }
        Err(_) if body.is_empty() => "<empty>".into(),
        Err(_) => excerpt(&String::from_utf8_lossy(body), 200),
    }
}

fn redact(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if SECRET_KEYS.contains(&key.as_str()) && child.is_string() {
                    *child = "<redacted>".into();
                } else {
                    redact(child);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

/// At most `max` characters of `text`, marked when cut.
pub(crate) fn excerpt(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_redirect_has_a_location() {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::LOCATION,
            reqwest::header::HeaderValue::from_static("https://app.example/done?token=abc"),
        );
        let found = location(StatusCode::FOUND, &headers).expect("a location");
        assert_eq!(found.expose(), "https://app.example/done?token=abc");
        assert!(!format!("{found:?}").contains("abc"));
        assert!(location(StatusCode::BAD_REQUEST, &headers).is_none());
        assert!(location(StatusCode::FOUND, &reqwest::header::HeaderMap::new()).is_none());
    }

    #[test]
    fn codes_round_trip_and_unknown_ones_are_kept() {
        let code = ErrorCode::from("INVALID_EMAIL_OR_PASSWORD");
        assert_eq!(code, ErrorCode::InvalidEmailOrPassword);
        assert_eq!(code.as_str(), "INVALID_EMAIL_OR_PASSWORD");
        assert_eq!(
            ErrorCode::from("SOMETHING_NEW"),
            ErrorCode::Other("SOMETHING_NEW".into())
        );
    }

    #[test]
    fn only_transient_key_set_failures_are_retryable() {
        assert!(Error::Jwt(JwtError::KeySetUnavailable).is_retryable());
        assert!(!Error::Jwt(JwtError::KeySetStatus { status: 404 }).is_retryable());
        assert!(!Error::Jwt(JwtError::NotThreeParts).is_retryable());
    }

    #[test]
    fn excerpts_blank_credentials() {
        let body = br#"{"token":"abc.def","user":{"email":"a@b.c"},"sessions":[{"token":"xyz"}]}"#;
        let shown = redacted_excerpt(body);
        assert!(
            !shown.contains("abc.def") && !shown.contains("xyz"),
            "{shown}"
        );
        assert!(shown.contains("a@b.c"));
        assert_eq!(excerpt("abcdef", 3), "abc...");
    }
}
