//! Fetching a JWK set over HTTP.

use std::time::Duration;

use super::error::JwtError;
use super::jwk::KeySet;

/// Key sets are a few hundred bytes; this bounds what a broken or hostile endpoint can make a
/// verifier buffer.
const MAX_KEY_SET_BYTES: usize = 256 * 1024;

/// Fetches and parses the key set at `url`, within `timeout` for the whole exchange.
pub(crate) async fn fetch_key_set(
    client: &reqwest::Client,
    url: &url::Url,
    timeout: Duration,
) -> Result<KeySet, JwtError> {
    let mut response = client
        .get(url.clone())
        .header(reqwest::header::ACCEPT, "application/json")
        .timeout(timeout)
        .send()
        .await
        .map_err(http_error)?;
    let status = response.status();
    if !status.is_success() {
        return Err(JwtError::KeySetStatus {
            status: status.as_u16(),
        });
    }

    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(http_error)? {
        if body.len() + chunk.len() > MAX_KEY_SET_BYTES {
            return Err(JwtError::KeySetInvalid {
                reason: "larger than 256 KiB",
            });
        }
        body.extend_from_slice(&chunk);
    }
    KeySet::parse(&body)
}

fn http_error(source: reqwest::Error) -> JwtError {
    if source.is_timeout() {
        JwtError::KeySetTimeout { source }
    } else {
        JwtError::KeySetFetch { source }
    }
}

/// The crate's own HTTP client, for a verifier that was given none.
pub(crate) fn default_client() -> Result<reqwest::Client, JwtError> {
    crate::config::http_client(
        crate::config::USER_AGENT,
        std::time::Duration::from_secs(10),
        None,
    )
    .map_err(|reason| JwtError::Config { reason })
}
