//! Compact JWTs: splitting, decoding and checking the claims.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

use super::error::{JwtError, TokenPart, shorten};
use super::jwk::Alg;

/// Larger tokens are refused before any decoding; Better Auth's are well under 2 KiB.
pub(crate) const MAX_TOKEN_BYTES: usize = 8 * 1024;

/// A token split and decoded, with its signature not yet checked.
pub(crate) struct Parsed<'a> {
    pub(crate) alg: Alg,
    pub(crate) kid: Option<String>,
    /// `header.payload`, the bytes the signature covers.
    pub(crate) signing_input: &'a [u8],
    pub(crate) signature: Vec<u8>,
    payload: &'a str,
}

impl<'a> Parsed<'a> {
    /// Reads the header and the signature; the payload is decoded only after the signature
    /// verifies, so that unauthenticated input reaches as little code as possible.
    pub(crate) fn new(token: &'a str) -> Result<Self, JwtError> {
        if token.len() > MAX_TOKEN_BYTES {
            return Err(JwtError::TooLarge {
                max: MAX_TOKEN_BYTES,
            });
        }
        let mut parts = token.split('.');
        let (Some(header), Some(payload), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(JwtError::NotThreeParts);
        };

        let header = object(header, TokenPart::Header)?;
        if header.contains_key("crit") {
            return Err(JwtError::CriticalHeader);
        }
        let alg = match header.get("alg") {
            Some(Value::String(name)) => Alg::parse(name)?,
            Some(other) => {
                return Err(JwtError::UnsupportedAlgorithm {
                    alg: shorten(&other.to_string()),
                });
            }
            None => {
                return Err(JwtError::UnsupportedAlgorithm {
                    alg: "(missing)".to_owned(),
                });
            }
        };
        let kid = header.get("kid").and_then(Value::as_str).map(str::to_owned);

        let signature = decode(signature, TokenPart::Signature)?;
        let signed_len = token.len() - signature_len(token);
        Ok(Self {
            alg,
            kid,
            signing_input: token.as_bytes().get(..signed_len).unwrap_or_default(),
            signature,
            payload,
        })
    }

    /// Decodes the payload into a JSON object.
    pub(crate) fn claims(&self) -> Result<Map<String, Value>, JwtError> {
        object(self.payload, TokenPart::Payload)
    }
}

/// Length of the last part plus its dot.
fn signature_len(token: &str) -> usize {
    token.rfind('.').map_or(0, |dot| token.len() - dot)
}

fn decode(part: &str, which: TokenPart) -> Result<Vec<u8>, JwtError> {
    URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| JwtError::Base64 { part: which })
}

fn object(part: &str, which: TokenPart) -> Result<Map<String, Value>, JwtError> {
    let bytes = decode(part, which)?;
    match serde_json::from_slice(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(JwtError::NotAnObject { part: which }),
        Err(source) => Err(JwtError::Json {
            part: which,
            source,
        }),
    }
}

/// What a verified token says about its user.
///
/// The fields are the claims Better Auth's JWT plugin puts into its tokens by default (the
/// session's user, with `sub` set to the user id). A profile field that is absent, `null` or
/// of another type is `None`; every claim, as sent, is in [`raw`](Self::raw).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Claims {
    /// The user id.
    pub sub: String,
    /// The user's email address.
    pub email: Option<String>,
    /// The user's display name.
    pub name: Option<String>,
    /// The user's role (admin plugin), e.g. `user` or `admin`.
    pub role: Option<String>,
    /// Whether the email address has been verified (`emailVerified`).
    pub email_verified: Option<bool>,
    /// The URL of the user's picture.
    pub image: Option<String>,
    /// Issued at, in seconds since the Unix epoch.
    pub iat: Option<i64>,
    /// Expires at, in seconds since the Unix epoch.
    pub exp: i64,
    /// The issuer, already checked against the verifier's.
    pub iss: String,
    /// The audiences (a single `aud` string becomes one element), already checked.
    pub aud: Vec<String>,
    /// Every claim of the token, including the ones above.
    pub raw: Map<String, Value>,
}

/// The expectations a token's claims are checked against.
#[derive(Debug, Clone)]
pub(crate) struct Expected {
    pub(crate) issuers: Vec<String>,
    pub(crate) audiences: Vec<String>,
    pub(crate) leeway_secs: i64,
}

impl Expected {
    /// Checks time, issuer and audience, in that order, and types the claims.
    pub(crate) fn check(&self, raw: Map<String, Value>, now: i64) -> Result<Claims, JwtError> {
        let exp = numeric_date(&raw, "exp")?.ok_or(JwtError::InvalidClaim { claim: "exp" })?;
        if now > exp.saturating_add(self.leeway_secs) {
            return Err(JwtError::Expired);
        }
        let not_before = numeric_date(&raw, "nbf")?;
        let iat = numeric_date(&raw, "iat")?;
        let latest_start = now.saturating_add(self.leeway_secs);
        if not_before
            .into_iter()
            .chain(iat)
            .any(|start| start > latest_start)
        {
            return Err(JwtError::NotYetValid);
        }

        let iss = string(&raw, "iss").ok_or(JwtError::InvalidClaim { claim: "iss" })?;
        if !self.issuers.contains(&iss) {
            return Err(JwtError::WrongIssuer);
        }
        let aud = audiences(&raw)?;
        if !aud.iter().any(|value| self.audiences.contains(value)) {
            return Err(JwtError::WrongAudience);
        }

        let sub = string(&raw, "sub").ok_or(JwtError::InvalidClaim { claim: "sub" })?;
        Ok(Claims {
            sub,
            email: string(&raw, "email"),
            name: string(&raw, "name"),
            role: string(&raw, "role"),
            email_verified: raw.get("emailVerified").and_then(Value::as_bool),
            image: string(&raw, "image"),
            iat,
            exp,
            iss,
            aud,
            raw,
        })
    }
}

fn string(raw: &Map<String, Value>, name: &str) -> Option<String> {
    raw.get(name).and_then(Value::as_str).map(str::to_owned)
}

/// RFC 7519 allows fractional seconds; they are cut off.
fn numeric_date(raw: &Map<String, Value>, claim: &'static str) -> Result<Option<i64>, JwtError> {
    match raw.get(claim) {
        None => Ok(None),
        Some(Value::Number(n)) => match (n.as_i64(), n.as_f64()) {
            (Some(whole), _) => Ok(Some(whole)),
            (None, Some(real)) if real.is_finite() => Ok(Some(real.floor() as i64)),
            _ => Err(JwtError::InvalidClaim { claim }),
        },
        Some(_) => Err(JwtError::InvalidClaim { claim }),
    }
}

fn audiences(raw: &Map<String, Value>) -> Result<Vec<String>, JwtError> {
    let invalid = JwtError::InvalidClaim { claim: "aud" };
    match raw.get("aud") {
        Some(Value::String(one)) => Ok(vec![one.clone()]),
        Some(Value::Array(many)) => many
            .iter()
            .map(|value| value.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .ok_or(invalid),
        _ => Err(invalid),
    }
}
