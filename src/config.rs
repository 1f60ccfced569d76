//! Configuration of a [`NeonAuth`](crate::NeonAuth): base URL, timeouts, retries, credentials.

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderValue;
use url::Url;

use crate::error::Error;
use crate::reuse::Gate;

/// The environment variable [`NeonAuth::from_env`](crate::NeonAuth::from_env) reads.
pub const URL_VAR: &str = "NEON_AUTH_URL";

/// The default `User-Agent`: the crate's name and version.
pub(crate) const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// How a session proves itself to the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Credentials {
    /// `Authorization: Bearer <token>`: what a server-side client should use.
    Bearer,
    /// The session cookie, as a browser would send it; needs a trusted origin.
    Cookie { name: String },
}

/// When and how often idempotent requests are retried.
#[derive(Debug, Clone)]
pub(crate) struct RetryPolicy {
    pub(crate) max_retries: u32,
    pub(crate) base_delay: Duration,
    /// The longest `X-Retry-After` a rate-limited request waits for before it fails instead.
    pub(crate) max_wait: Duration,
}

impl RetryPolicy {
    /// Exponential backoff with full jitter: a random delay up to `base * 2^(attempt-1)`.
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let ceiling = self
            .base_delay
            .saturating_mul(1 << attempt.saturating_sub(1).min(6));
        ceiling.mul_f64(fastrand::f64())
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub(crate) timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) credentials: Credentials,
    pub(crate) origin: Option<HeaderValue>,
    pub(crate) allow_insecure_http: bool,
}

/// Builds a [`NeonAuth`](crate::NeonAuth) with settings other than the defaults.
///
/// ```no_run
/// # fn main() -> Result<(), neon_auth::Error> {
/// use std::time::Duration;
///
/// let auth = neon_auth::NeonAuth::builder("https://ep-example.neonauth.us-east-2.aws.neon.tech/neondb/auth")
///     .timeout(Duration::from_secs(5))
///     .max_retries(3)
///     .build()?;
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct NeonAuthBuilder {
    url: String,
    timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    cookie_origin: Option<String>,
    cookie_name: Option<String>,
    allow_insecure_http: bool,
    user_agent: String,
    http: Option<reqwest::Client>,
}

impl NeonAuthBuilder {
    pub(crate) fn new(url: impl Into<String>) -> Self {
        NeonAuthBuilder {
            url: url.into(),
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy {
                max_retries: 2,
                base_delay: Duration::from_millis(200),
                max_wait: Duration::from_secs(10),
            },
            cookie_origin: None,
            cookie_name: None,
            allow_insecure_http: false,
            user_agent: USER_AGENT.into(),
            http: None,
        }
    }

    /// The longest a whole request may take, per attempt (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The longest connecting may take (default 10 s). Ignored with [`Self::http_client`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How often an idempotent request is retried after a connection failure or a 502, 503 or
    /// 504 answer (default 2; 0 turns retries off).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.retry.max_retries = retries;
        self
    }

    /// The longest a rate-limited (429) request waits for its `X-Retry-After` before it is
    /// tried once more (default 10 s). A longer wait fails at once with
    /// [`Error::retry_after`](crate::Error::retry_after) set.
    pub fn max_rate_limit_wait(mut self, wait: Duration) -> Self {
        self.retry.max_wait = wait;
        self
    }

    /// Sends the session as a cookie instead of a bearer token, with `origin` as the `Origin`
    /// header: Better Auth refuses cookie-authenticated POSTs without a trusted origin.
    pub fn cookie_mode(mut self, origin: impl Into<String>) -> Self {
        self.cookie_origin = Some(origin.into());
        self
    }

    /// The session cookie's name in cookie mode. The default is Neon Auth's:
    /// `__Secure-neon-auth.session_token` over https, `neon-auth.session_token` over http.
    pub fn cookie_name(mut self, name: impl Into<String>) -> Self {
        self.cookie_name = Some(name.into());
        self
    }

    /// Allows a plain `http://` URL to a host that is not loopback. Tokens then cross the
    /// network in clear text; only for networks you trust.
    pub fn allow_insecure_http(mut self) -> Self {
        self.allow_insecure_http = true;
        self
    }

    /// The `User-Agent` header (default `neon-auth/<version>`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Uses this HTTP client (its proxy, TLS and pool settings) instead of building one. The
    /// per-request timeout still applies. Turn off its redirects: the service's redirects lead to
    /// your application's pages, not to answers.
    ///
    /// The crate's own client reuses connections more tightly than a plain `reqwest::Client`:
    /// under steady concurrent load it opens no more connections than calls in flight, where a
    /// plain client's pool settles near twice that. A client handed in here keeps its own pool
    /// behaviour.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Builds the client.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the URL is not an absolute `https://` URL (or `http://` to a
    /// loopback host, or any `http://` after [`Self::allow_insecure_http`]), when the cookie
    /// origin is not a valid header value, or when the TLS backend cannot be set up.
    pub fn build(self) -> Result<crate::NeonAuth, Error> {
        let base_url = check_url(&self.url, self.allow_insecure_http)?;
        let credentials = match (&self.cookie_origin, self.cookie_name) {
            (None, _) => Credentials::Bearer,
            (Some(_), Some(name)) => Credentials::Cookie { name },
            (Some(_), None) => Credentials::Cookie {
                name: if base_url.starts_with("https://") {
                    "__Secure-neon-auth.session_token".into()
                } else {
                    "neon-auth.session_token".into()
                },
            },
        };
        let origin = self
            .cookie_origin
            .map(|o| {
                HeaderValue::from_str(o.trim_end_matches('/')).map_err(|_| {
                    Error::Config(format!("cookie origin `{o}` is not a valid header value"))
                })
            })
            .transpose()?;
        // The gate only works inside a connector it was installed in, so a client handed in
        // goes without it.
        let (http, gate) = match self.http {
            Some(http) => (http, None),
            None => {
                let gate = Gate::new();
                let http = http_client(&self.user_agent, self.connect_timeout, Some(&gate))
                    .map_err(Error::Config)?;
                (http, Some(gate))
            }
        };
        let shared = crate::transport::Shared {
            base_url,
            http,
            gate,
            config: Config {
                timeout: self.timeout,
                retry: self.retry,
                credentials,
                origin,
                allow_insecure_http: self.allow_insecure_http,
            },
        };
        Ok(crate::NeonAuth::from_shared(Arc::new(shared)))
    }
}

/// Checks the base URL and returns it without a trailing slash, as the generated paths expect.
fn check_url(url: &str, allow_insecure_http: bool) -> Result<String, Error> {
    let parsed = Url::parse(url)
        .map_err(|e| Error::Config(format!("`{url}` is not an absolute URL: {e}")))?;
    let loopback = match parsed.host() {
        Some(url::Host::Domain(host)) => host == "localhost" || host.ends_with(".localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match parsed.scheme() {
        "https" => {}
        "http" if loopback || allow_insecure_http => {}
        "http" => {
            return Err(Error::Config(format!(
                "`{url}` is plain http to a host that is not loopback; use https, or call \
                 `allow_insecure_http()` on the builder if this network is trusted"
            )));
        }
        other => {
            return Err(Error::Config(format!(
                "`{url}` has scheme `{other}`; use https"
            )));
        }
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::Config(
            "the auth URL must not carry credentials".into(),
        ));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(Error::Config(format!(
            "`{url}` must not have a query or fragment"
        )));
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

/// The HTTP client the crate builds when it is given none: TLS set up for whichever TLS feature
/// is on, no redirects. Shared by [`NeonAuth`](crate::NeonAuth) and the JWT verifier.
pub(crate) fn http_client(
    user_agent: &str,
    connect_timeout: Duration,
    gate: Option<&Arc<Gate>>,
) -> Result<reqwest::Client, String> {
    let mut builder = reqwest::Client::builder()
        .user_agent(user_agent)
        .connect_timeout(connect_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(Duration::from_secs(50));
    if let Some(gate) = gate {
        builder = builder.connector_layer(gate.layer());
    }
    with_tls(builder)?
        .build()
        .map_err(|e| format!("cannot build the HTTP client: {e}"))
}

#[cfg(feature = "rustls")]
fn with_tls(builder: reqwest::ClientBuilder) -> Result<reqwest::ClientBuilder, String> {
    use rustls_platform_verifier::BuilderVerifierExt;

    // reqwest's `rustls-no-provider` leaves every other `reqwest::Client` in the process without
    // a crypto provider, and building one then panics. Make ring the process default unless the
    // application chose one already; `install_default` refuses to replace an existing choice.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|b| b.with_platform_verifier())
        .map_err(|e| format!("cannot set up TLS: {e}"))?
        .with_no_client_auth();
    Ok(builder.tls_backend_preconfigured(tls))
}

#[cfg(not(feature = "rustls"))]
fn with_tls(builder: reqwest::ClientBuilder) -> Result<reqwest::ClientBuilder, String> {
    Ok(builder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked() {
        assert_eq!(
            check_url("https://ep-x.neonauth.aws.neon.tech/neondb/auth/", false).unwrap(),
            "https://ep-x.neonauth.aws.neon.tech/neondb/auth"
        );
        assert!(check_url("http://127.0.0.1:3000/api/auth", false).is_ok());
        assert!(check_url("http://[::1]:3000/api/auth", false).is_ok());
        assert!(check_url("http://localhost:3000", false).is_ok());
        let refused = check_url("http://auth.example.com/api/auth", false).unwrap_err();
        assert!(
            refused.to_string().contains("allow_insecure_http"),
            "{refused}"
        );
        assert!(check_url("http://auth.example.com/api/auth", true).is_ok());
        assert!(check_url("ftp://example.com", true).is_err());
        assert!(check_url("not a url", false).is_err());
        assert!(check_url("https://user:pw@example.com", false).is_err());
    }

    #[test]
    fn backoff_stays_under_its_ceiling() {
        let policy = RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(100),
            max_wait: Duration::from_secs(1),
        };
        for attempt in 1..10 {
            let ceiling = Duration::from_millis(100) * (1 << (attempt - 1).min(6));
            assert!(policy.backoff(attempt) <= ceiling);
        }
    }
}
