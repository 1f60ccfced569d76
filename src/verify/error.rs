//! What can go wrong while verifying a JWT or loading the key set.

use std::fmt;

/// Why a JWT was refused, or why the key set to check it against could not be loaded.
///
/// Messages never contain the token. Values taken from a token's header (`alg`, `kid`) are
/// shortened to a few dozen characters before they are kept.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum JwtError {
    /// The token is longer than the verifier accepts; nothing of it was decoded.
    #[error("token is larger than {max} bytes")]
    TooLarge {
        /// The limit in bytes.
        max: usize,
    },

    /// The token is not three parts separated by dots.
    #[error("token is not three dot-separated parts")]
    NotThreeParts,

    /// A part of the token is not unpadded base64url.
    #[error("token {part} is not unpadded base64url")]
    Base64 {
        /// The part that failed to decode.
        part: TokenPart,
    },

    /// The header or payload is not valid JSON.
    #[error("token {part} is not valid json")]
    Json {
        /// The part that failed to parse.
        part: TokenPart,
        /// What the JSON parser said.
        #[source]
        source: serde_json::Error,
    },

    /// The header or payload is JSON, but not an object.
    #[error("token {part} is not a json object")]
    NotAnObject {
        /// The part that is not an object.
        part: TokenPart,
    },

    /// The header lists critical extensions (`crit`), which this verifier does not implement.
    #[error("token header has critical extensions")]
    CriticalHeader,

    /// A registered claim is missing or has the wrong type (`exp` is required; `sub`, `iss` and
    /// `aud` are required because they are checked).
    #[error("claim {claim} is missing or invalid")]
    InvalidClaim {
        /// The claim's name.
        claim: &'static str,
    },

    /// The token's `alg` is not one this verifier accepts: `none`, every `HS*` (a shared
    /// secret is never a Neon Auth key), `ES512` (P-521 is not implemented by `ring`), or a name
    /// it does not know. Also returned for a key of a type it cannot use.
    #[error("unsupported algorithm {alg}")]
    UnsupportedAlgorithm {
        /// The algorithm or key type, shortened.
        alg: String,
    },

    /// The token's `alg` does not fit the key its `kid` names: another key type or curve, or
    /// another `alg` than the key declares.
    #[error("algorithm {alg} does not match the {key} key")]
    AlgorithmMismatch {
        /// The token's algorithm.
        alg: String,
        /// The key's type, curve or declared algorithm.
        key: String,
    },

    /// No key in the key set has the token's `kid`, even after fetching the set again (or the
    /// set was fetched too recently to fetch it again).
    #[error("no key with id {}", DisplayKid(.kid))]
    UnknownKey {
        /// The token's key id, shortened; `None` when the token has none and the set has more
        /// than one key.
        kid: Option<String>,
    },

    /// The signature does not verify with the key.
    #[error("signature does not verify")]
    BadSignature,

    /// `exp` is in the past, beyond the leeway.
    #[error("token expired")]
    Expired,

    /// `nbf` or `iat` is in the future, beyond the leeway.
    #[error("token not yet valid")]
    NotYetValid,

    /// `iss` is not the expected issuer.
    #[error("wrong issuer")]
    WrongIssuer,

    /// No value of `aud` is an expected audience.
    #[error("wrong audience")]
    WrongAudience,

    /// The verifier's configuration is unusable (a URL that does not parse, or plain `http://`
    /// to a host that is not loopback without opting in).
    #[error("invalid verifier configuration: {reason}")]
    Config {
        /// What is wrong.
        reason: String,
    },

    /// Fetching the key set took longer than the fetch timeout.
    #[error("key set fetch timed out")]
    KeySetTimeout {
        /// The HTTP client's error.
        #[source]
        source: reqwest::Error,
    },

    /// The key set endpoint could not be reached or its answer could not be read.
    #[error("key set fetch failed")]
    KeySetFetch {
        /// The HTTP client's error.
        #[source]
        source: reqwest::Error,
    },

    /// The key set endpoint answered with a status other than 2xx.
    #[error("key set endpoint answered http {status}")]
    KeySetStatus {
        /// The HTTP status code.
        status: u16,
    },

    /// The key set is not JSON.
    #[error("key set is not json")]
    KeySetJson {
        /// What the JSON parser said.
        #[source]
        source: serde_json::Error,
    },

    /// The key set is JSON, but not a JWK set (`{"keys": [...]}`), or it is too large.
    #[error("invalid key set: {reason}")]
    KeySetInvalid {
        /// What is wrong.
        reason: &'static str,
    },

    /// The last key set fetch failed moments ago; the verifier waits before it tries again so
    /// that a flood of requests does not become a flood of fetches.
    #[error("key set unavailable after a failed fetch")]
    KeySetUnavailable,
}

impl JwtError {
    /// Whether trying again later may succeed: the key set could not be fetched for a
    /// transient reason (timeout, connection failure, 429 or 5xx, the pause after a failure).
    /// A refused token is never retryable.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::KeySetTimeout { .. } | Self::KeySetFetch { .. } | Self::KeySetUnavailable => true,
            Self::KeySetStatus { status } => *status == 429 || *status >= 500,
            _ => false,
        }
    }

    /// Whether the key set could not be loaded, as opposed to the token being bad.
    ///
    /// A service answers the former with 503 (the caller's token may be fine) and the latter
    /// with 401.
    pub fn is_key_set_error(&self) -> bool {
        matches!(
            self,
            Self::KeySetTimeout { .. }
                | Self::KeySetFetch { .. }
                | Self::KeySetStatus { .. }
                | Self::KeySetJson { .. }
                | Self::KeySetInvalid { .. }
                | Self::KeySetUnavailable
                | Self::Config { .. }
        )
    }
}

/// One of the three parts of a compact JWT.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TokenPart {
    /// The protected header.
    Header,
    /// The claims.
    Payload,
    /// The signature.
    Signature,
}

impl fmt::Display for TokenPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Header => "header",
            Self::Payload => "payload",
            Self::Signature => "signature",
        })
    }
}

struct DisplayKid<'a>(&'a Option<String>);

impl fmt::Display for DisplayKid<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(kid) => write!(f, "{kid:?}"),
            None => f.write_str("(none in token)"),
        }
    }
}

/// Keeps a value copied out of an untrusted token short and printable.
pub(crate) fn shorten(value: &str) -> String {
    const MAX_CHARS: usize = 40;
    let mut out: String = value
        .chars()
        .take(MAX_CHARS)
        .map(|c| if c.is_ascii_graphic() { c } else { '?' })
        .collect();
    if value.chars().count() > MAX_CHARS {
        out.push_str("...");
    }
    out
}
