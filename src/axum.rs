//! An axum extractor that verifies the bearer JWT of incoming requests.
//!
//! Put a [`JwtVerifier`] into the router's state (directly, or as a field with
//! [`FromRef`]), and take [`VerifiedUser`] as a handler argument:
//!
//! ```no_run
//! use axum::{Router, routing::get};
//! use neon_auth::JwtVerifier;
//! use neon_auth::axum::VerifiedUser;
//!
//! async fn me(VerifiedUser(claims): VerifiedUser) -> String {
//!     format!("hello {}", claims.sub)
//! }
//!
//! # fn demo() -> Result<(), neon_auth::JwtError> {
//! let verifier = JwtVerifier::builder("https://ep-example.neonauth.us-east-2.aws.neon.tech/neondb/auth")
//!     .build()?;
//! let app: Router = Router::new().route("/me", get(me)).with_state(verifier);
//! # Ok(())
//! # }
//! ```
//!
//! A request without a bearer token gets 401 with `WWW-Authenticate: Bearer`; one with a token
//! that does not verify gets 401 with `WWW-Authenticate: Bearer error="invalid_token"` and a
//! short description; when the key set cannot be loaded the answer is 503, since the token may
//! well be fine. Bodies are small JSON objects (`error`, `error_description`). No answer ever
//! repeats the token.

use std::fmt;
use std::ops::Deref;

use axum::extract::{FromRef, FromRequestParts, OptionalFromRequestParts};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::verify::{Claims, JwtError, JwtVerifier};

/// The claims of the request's verified bearer JWT.
///
/// As `Option<VerifiedUser>`, a request without an `Authorization: Bearer` header gives `None`
/// instead of a rejection; a token that does not verify is still rejected.
#[derive(Debug, Clone)]
pub struct VerifiedUser(pub Claims);

impl Deref for VerifiedUser {
    type Target = Claims;

    fn deref(&self) -> &Claims {
        &self.0
    }
}

impl<S> FromRequestParts<S> for VerifiedUser
where
    JwtVerifier: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AuthRejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AuthRejection> {
        match verify_bearer(parts, state).await {
            Ok(Some(user)) => Ok(user),
            Ok(None) => Err(AuthRejection(Kind::Missing)),
            Err(rejection) => Err(rejection),
        }
    }
}

impl<S> OptionalFromRequestParts<S> for VerifiedUser
where
    JwtVerifier: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AuthRejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &S,
    ) -> Result<Option<Self>, AuthRejection> {
        verify_bearer(parts, state).await
    }
}

async fn verify_bearer<S>(parts: &Parts, state: &S) -> Result<Option<VerifiedUser>, AuthRejection>
where
    JwtVerifier: FromRef<S>,
{
    let Some(header) = parts.headers.get(AUTHORIZATION) else {
        return Ok(None);
    };
    let Ok(header) = header.to_str() else {
        return Err(AuthRejection(Kind::Unreadable));
    };
    let token = match header.trim().split_once(' ') {
        Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
        _ => return Ok(None),
    };
    if token.is_empty() {
        return Ok(None);
    }
    match JwtVerifier::from_ref(state).verify(token).await {
        Ok(claims) => Ok(Some(VerifiedUser(claims))),
        Err(crate::Error::Jwt(error)) => {
            tracing::debug!(%error, "bearer token refused");
            Err(AuthRejection(Kind::Refused(error)))
        }
        Err(other) => {
            tracing::warn!(error = %other, "bearer token could not be checked");
            Err(AuthRejection(Kind::Unreadable))
        }
    }
}

/// Why [`VerifiedUser`] refused a request; answers 401 (or 503) as described in the
/// [module documentation](self).
pub struct AuthRejection(Kind);

enum Kind {
    Missing,
    Unreadable,
    Refused(JwtError),
}

impl AuthRejection {
    /// The verifier's error, when there was a token to verify.
    pub fn jwt_error(&self) -> Option<&JwtError> {
        match &self.0 {
            Kind::Refused(error) => Some(error),
            Kind::Missing | Kind::Unreadable => None,
        }
    }

    /// The HTTP status this rejection answers with.
    pub fn status(&self) -> StatusCode {
        match &self.0 {
            Kind::Refused(error) if error.is_key_set_error() => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::UNAUTHORIZED,
        }
    }

    /// A fixed phrase per cause: error messages may quote a token's `kid` or `alg`, which
    /// must not be echoed into a response header.
    fn description(&self) -> &'static str {
        let error = match &self.0 {
            Kind::Missing => return "bearer token required",
            Kind::Unreadable => return "authorization header is not readable",
            Kind::Refused(error) => error,
        };
        match error {
            JwtError::TooLarge { .. } => "token too large",
            JwtError::UnsupportedAlgorithm { .. } | JwtError::AlgorithmMismatch { .. } => {
                "token algorithm not accepted"
            }
            JwtError::UnknownKey { .. } => "token signed by an unknown key",
            JwtError::BadSignature => "signature does not verify",
            JwtError::Expired => "token expired",
            JwtError::NotYetValid => "token not yet valid",
            JwtError::WrongIssuer => "wrong issuer",
            JwtError::WrongAudience => "wrong audience",
            JwtError::InvalidClaim { .. } => "token claims are invalid",
            error if error.is_key_set_error() => "signing keys unavailable",
            _ => "malformed token",
        }
    }
}

impl IntoResponse for AuthRejection {
    fn into_response(self) -> Response {
        let description = self.description();
        let status = self.status();
        let (code, challenge) = match &self.0 {
            Kind::Missing => ("unauthorized", "Bearer".to_owned()),
            _ if status == StatusCode::SERVICE_UNAVAILABLE => {
                ("temporarily_unavailable", "Bearer".to_owned())
            }
            _ => (
                "invalid_token",
                format!("Bearer error=\"invalid_token\", error_description=\"{description}\""),
            ),
        };
        let body = serde_json::json!({"error": code, "error_description": description});
        let mut response = (status, body.to_string()).into_response();
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Ok(challenge) = HeaderValue::from_str(&challenge) {
            headers.insert(WWW_AUTHENTICATE, challenge);
        }
        response
    }
}

impl fmt::Debug for AuthRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthRejection")
            .field("status", &self.status().as_u16())
            .field("error", &self.jwt_error())
            .finish()
    }
}

impl fmt::Display for AuthRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match &self.0 {
            Kind::Refused(_) => "bearer token refused",
            _ => self.description(),
        })
    }
}

impl std::error::Error for AuthRejection {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.jwt_error().map(|error| error as _)
    }
}
