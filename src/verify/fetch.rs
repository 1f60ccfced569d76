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

/// An HTTP client that works whichever TLS feature is on: with `rustls` (no provider chosen in
/// reqwest) it is given ring and the platform's verifier, as reqwest would otherwise panic.
pub(crate) fn default_client() -> Result<reqwest::Client, JwtError> {
    let builder = reqwest::Client::builder().user_agent(concat!(
        env!("CARGO_PKG_NAME"),
        "/",
        env!("CARGO_PKG_VERSION")
    ));
    #[cfg(feature = "rustls")]
    let builder = builder.tls_backend_preconfigured(rustls_config()?);
    builder.build().map_err(|source| JwtError::Config {
        reason: format!("http client: {source}"),
    })
}

#[cfg(feature = "rustls")]
fn rustls_config() -> Result<rustls::ClientConfig, JwtError> {
    use rustls_platform_verifier::BuilderVerifierExt as _;

    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|builder| builder.with_platform_verifier())
        .map_err(|source| JwtError::Config {
            reason: format!("tls: {source}"),
        })?;
    Ok(config.with_no_client_auth())
}
