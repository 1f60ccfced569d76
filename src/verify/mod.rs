//! Local verification of the JWTs Neon Auth issues.
//!
//! Neon Auth (Better Auth's JWT plugin) signs short-lived JWTs, by default with Ed25519, and
//! publishes its public keys at `<auth URL>/jwks`. A [`JwtVerifier`] fetches that key set once,
//! keeps it, and checks tokens locally: no round trip to the service per request.
//!
//! ```no_run
//! # async fn demo(token: &str) -> Result<(), neon_auth::Error> {
//! use neon_auth::JwtVerifier;
//!
//! let verifier = JwtVerifier::builder("https://ep-example.neonauth.us-east-2.aws.neon.tech/neondb/auth")
//!     .build()?;
//! let claims = verifier.verify(token).await?;
//! println!("user {} ({:?})", claims.sub, claims.email);
//! # Ok(())
//! # }
//! ```

mod error;
mod fetch;
mod jwk;
mod token;

use std::fmt;
use std::net::IpAddr;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub use error::{JwtError, TokenPart};
pub use token::Claims;

use jwk::KeySet;
use token::{Expected, Parsed};

/// Clock skew tolerated on `exp`, `nbf` and `iat` unless [`JwtVerifierBuilder::leeway`] says
/// otherwise.
pub const DEFAULT_LEEWAY: Duration = Duration::from_secs(30);

/// Shortest time between two key set fetches caused by unknown key ids, unless
/// [`JwtVerifierBuilder::refetch_interval`] says otherwise. Short enough that a key rotated in
/// right after a fetch is picked up within half a minute; long enough that a flood of made-up
/// key ids costs the key set endpoint two requests a minute.
pub const DEFAULT_REFETCH_INTERVAL: Duration = Duration::from_secs(30);

/// Time allowed for one key set fetch unless [`JwtVerifierBuilder::fetch_timeout`] says
/// otherwise.
pub const DEFAULT_FETCH_TIMEOUT: Duration = Duration::from_secs(5);

/// Age after which the key set is fetched again before the next verification, unless
/// [`JwtVerifierBuilder::max_key_age`] says otherwise, so that a key the instance has withdrawn
/// stops being trusted.
pub const DEFAULT_MAX_KEY_AGE: Duration = Duration::from_secs(10 * 60);

/// After a failed fetch, the next one waits at most this long (or the refetch interval, if it
/// is shorter): without any keys every token fails, so a transient outage should not last.
const FAILED_FETCH_BACKOFF: Duration = Duration::from_secs(2);

/// Checks Neon Auth JWTs against the instance's public keys.
///
/// Cheap to clone: clones share one key cache. The key set is fetched on first use, and again
/// when a token names a key id the cache does not have, at most once per refetch interval;
/// concurrent misses wait for one shared fetch.
///
/// A token passes when it is at most 8 KiB, its `alg` is `EdDSA`/`Ed25519`, `ES256`, `ES384`,
/// `RS256`/`384`/`512` or `PS256`/`384`/`512` and fits its key's type, curve and declared `alg`,
/// its signature verifies, `exp` has not passed, `nbf` and `iat` are not in the future (each
/// within the leeway), `iss` is an expected issuer and one value of `aud` an expected
/// audience. `none` and `HS*` are always refused; `ES512` too, as `ring` has no P-521.
///
/// `EdDSA` and `Ed25519` name one algorithm (Better Auth writes the former, RFC 9864 the latter), so
/// a key that declares either accepts tokens that name either.
#[derive(Clone)]
pub struct JwtVerifier {
    inner: Arc<Inner>,
}

struct Inner {
    expected: Expected,
    keys: RwLock<Arc<KeySet>>,
    remote: Option<Remote>,
}

struct Remote {
    client: reqwest::Client,
    url: url::Url,
    timeout: Duration,
    refetch_interval: Duration,
    max_age: Duration,
    last_fetch: tokio::sync::Mutex<Option<LastFetch>>,
}

#[derive(Clone, Copy)]
struct LastFetch {
    at: Instant,
    ok: bool,
}

impl JwtVerifier {
    /// Starts a verifier for the instance at `base_url`, its auth URL (e.g.
    /// `https://ep-....neonauth.<region>.aws.neon.tech/neondb/auth`).
    pub fn builder(base_url: &str) -> JwtVerifierBuilder {
        JwtVerifierBuilder::new(base_url)
    }

    /// A verifier that never fetches: it checks tokens against the keys in `jwks` (a JWK set,
    /// `{"keys": [...]}`), for services that cannot reach the instance.
    ///
    /// # Errors
    ///
    /// [`JwtError::KeySetJson`] or [`JwtError::KeySetInvalid`] when `jwks` is not a JWK set.
    pub fn from_jwks(jwks: &str, issuer: &str, audience: &str) -> Result<Self, JwtError> {
        Self::builder(issuer)
            .static_jwks(jwks)
            .issuer(issuer)
            .audience(audience)
            .build()
    }

    /// Verifies `token` (the compact JWT, without `Bearer `) and returns its claims.
    ///
    /// Awaits only when the key set must be fetched: on first use, when the token names a key
    /// id the cache does not have, and when the cached set is older than the maximum key age.
    ///
    /// # Errors
    ///
    /// [`crate::Error::Jwt`] with the [`JwtError`] that says why the token was refused, or why
    /// the key set could not be loaded ([`JwtError::is_key_set_error`]).
    pub async fn verify(&self, token: &str) -> crate::Result<Claims> {
        Ok(self.check(token).await?)
    }

    async fn check(&self, token: &str) -> Result<Claims, JwtError> {
        let parsed = Parsed::new(token)?;
        let kid = parsed.kid.as_deref();
        let mut keys = self.inner.current_keys();
        if keys.find(kid).is_none() {
            keys = self.refresh(&keys, true).await?;
        } else if self.inner.is_stale(&keys) {
            // During an outage of the key set endpoint, keys a few minutes too old beat none.
            if let Ok(fresh) = self.refresh(&keys, false).await {
                keys = fresh;
            }
        }
        let key = keys.find(kid).ok_or_else(|| JwtError::UnknownKey {
            kid: kid.map(error::shorten),
        })?;
        key.verify(parsed.alg, parsed.signing_input, &parsed.signature)?;
        self.inner.expected.check(parsed.claims()?, unix_now())
    }

    /// Fetches the key set again unless another caller just did, or the last fetch is too
    /// recent. `seen` is the set the caller looked in. With `wait` false, a fetch already under
    /// way is not waited for: the caller goes on with `seen`.
    async fn refresh(&self, seen: &Arc<KeySet>, wait: bool) -> Result<Arc<KeySet>, JwtError> {
        let Some(remote) = &self.inner.remote else {
            return Ok(Arc::clone(seen));
        };
        let mut last_fetch = if wait {
            remote.last_fetch.lock().await
        } else {
            match remote.last_fetch.try_lock() {
                Ok(guard) => guard,
                Err(_) => return Ok(Arc::clone(seen)),
            }
        };
        let current = self.inner.current_keys();
        if !Arc::ptr_eq(&current, seen) {
            return Ok(current);
        }
        if let Some(last) = *last_fetch {
            let pause = if last.ok {
                remote.refetch_interval
            } else {
                remote.refetch_interval.min(FAILED_FETCH_BACKOFF)
            };
            if last.at.elapsed() < pause {
                return if last.ok {
                    Ok(current)
                } else {
                    Err(JwtError::KeySetUnavailable)
                };
            }
        }

        let started = Instant::now();
        let fetched = fetch::fetch_key_set(&remote.client, &remote.url, remote.timeout).await;
        *last_fetch = Some(LastFetch {
            at: Instant::now(),
            ok: fetched.is_ok(),
        });
        match fetched {
            Ok(mut set) => {
                set.fetched_at = Some(Instant::now());
                tracing::debug!(url = %remote.url, keys = set.len(), elapsed = ?started.elapsed(), "fetched key set");
                let set = Arc::new(set);
                *self
                    .inner
                    .keys
                    .write()
                    .unwrap_or_else(|poison| poison.into_inner()) = Arc::clone(&set);
                Ok(set)
            }
            Err(error) => {
                tracing::warn!(url = %remote.url, %error, "key set fetch failed");
                Err(error)
            }
        }
    }
}

impl Inner {
    fn is_stale(&self, keys: &KeySet) -> bool {
        match (&self.remote, keys.fetched_at) {
            (Some(remote), Some(fetched_at)) => fetched_at.elapsed() > remote.max_age,
            _ => false,
        }
    }

    fn current_keys(&self) -> Arc<KeySet> {
        // A panic elsewhere while holding the lock cannot leave a half-written Arc behind.
        Arc::clone(
            &self
                .keys
                .read()
                .unwrap_or_else(|poison| poison.into_inner()),
        )
    }
}

impl fmt::Debug for JwtVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JwtVerifier")
            .field(
                "jwks_url",
                &self.inner.remote.as_ref().map(|r| r.url.as_str()),
            )
            .field("issuers", &self.inner.expected.issuers)
            .field("audiences", &self.inner.expected.audiences)
            .field("keys", &self.inner.current_keys().len())
            .finish_non_exhaustive()
    }
}

/// Configures a [`JwtVerifier`]; made by [`JwtVerifier::builder`].
#[derive(Debug, Clone)]
#[must_use]
pub struct JwtVerifierBuilder {
    base_url: String,
    jwks_url: Option<String>,
    issuer: Option<String>,
    audience: Option<String>,
    leeway: Duration,
    refetch_interval: Duration,
    max_key_age: Duration,
    fetch_timeout: Duration,
    client: Option<reqwest::Client>,
    static_jwks: Option<String>,
    allow_http: bool,
}

impl JwtVerifierBuilder {
    fn new(base_url: &str) -> Self {
        Self {
            base_url: base_url.trim_end_matches('/').to_owned(),
            jwks_url: None,
            issuer: None,
            audience: None,
            leeway: DEFAULT_LEEWAY,
            refetch_interval: DEFAULT_REFETCH_INTERVAL,
            max_key_age: DEFAULT_MAX_KEY_AGE,
            fetch_timeout: DEFAULT_FETCH_TIMEOUT,
            client: None,
            static_jwks: None,
            allow_http: false,
        }
    }

    /// Where the key set is fetched from; default `<base URL>/jwks`.
    pub fn jwks_url(mut self, url: impl Into<String>) -> Self {
        self.jwks_url = Some(url.into());
        self
    }

    /// The only `iss` accepted.
    ///
    /// By default two values are: the base URL as given (without a trailing slash), and its
    /// origin. Better Auth writes its `baseURL` setting into `iss`, which is the full auth URL
    /// on some deployments and only the origin (`https://host`) on others.
    pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuer = Some(issuer.into());
        self
    }

    /// The only `aud` accepted; by default the same two values as for the issuer.
    pub fn audience(mut self, audience: impl Into<String>) -> Self {
        self.audience = Some(audience.into());
        self
    }

    /// Clock skew tolerated on `exp`, `nbf` and `iat`; default [`DEFAULT_LEEWAY`] (30 s).
    /// Whole seconds count, as the claims have no finer resolution.
    pub fn leeway(mut self, leeway: Duration) -> Self {
        self.leeway = leeway;
        self
    }

    /// Shortest time between two key set fetches caused by unknown key ids; default
    /// [`DEFAULT_REFETCH_INTERVAL`] (30 s). A failed fetch is retried after at most 2 s.
    pub fn refetch_interval(mut self, interval: Duration) -> Self {
        self.refetch_interval = interval;
        self
    }

    /// Age after which the key set is fetched again before the next verification; default
    /// [`DEFAULT_MAX_KEY_AGE`] (10 min). When that fetch fails, the old keys stay in use.
    pub fn max_key_age(mut self, age: Duration) -> Self {
        self.max_key_age = age;
        self
    }

    /// Time allowed for one key set fetch, from connecting to the last byte; default
    /// [`DEFAULT_FETCH_TIMEOUT`] (5 s).
    pub fn fetch_timeout(mut self, timeout: Duration) -> Self {
        self.fetch_timeout = timeout;
        self
    }

    /// The HTTP client for key set fetches; by default one of the verifier's own.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.client = Some(client);
        self
    }

    /// Uses this JWK set (`{"keys": [...]}`) and never fetches one.
    pub fn static_jwks(mut self, jwks: impl Into<String>) -> Self {
        self.static_jwks = Some(jwks.into());
        self
    }

    /// Accepts a plain `http://` key set URL on a host that is not loopback. Anyone on the path
    /// could then swap the keys; loopback URLs are always accepted.
    pub fn allow_insecure_http(mut self) -> Self {
        self.allow_http = true;
        self
    }

    /// Makes the verifier. Nothing is fetched yet.
    ///
    /// # Errors
    ///
    /// [`JwtError::Config`] when the key set URL does not parse, is not `http(s)`, or is plain
    /// `http://` to a host other than loopback without [`allow_insecure_http`](Self::allow_insecure_http), or when
    /// the HTTP client cannot be made; [`JwtError::KeySetJson`] or [`JwtError::KeySetInvalid`]
    /// when a static key set is not a JWK set.
    pub fn build(self) -> Result<JwtVerifier, JwtError> {
        let defaults = self.default_claim_values();
        let expected = Expected {
            issuers: self
                .issuer
                .clone()
                .map_or_else(|| defaults.clone(), |one| vec![one]),
            audiences: self.audience.clone().map_or(defaults, |one| vec![one]),
            leeway_secs: i64::try_from(self.leeway.as_secs()).unwrap_or(i64::MAX),
        };
        let (keys, remote) = match &self.static_jwks {
            Some(jwks) => (KeySet::parse(jwks.as_bytes())?, None),
            None => (KeySet::default(), Some(self.remote()?)),
        };
        Ok(JwtVerifier {
            inner: Arc::new(Inner {
                expected,
                keys: RwLock::new(Arc::new(keys)),
                remote,
            }),
        })
    }

    fn default_claim_values(&self) -> Vec<String> {
        let mut values = vec![self.base_url.clone()];
        if let Ok(url) = url::Url::parse(&self.base_url) {
            let origin = url.origin().ascii_serialization();
            if origin != self.base_url && url.origin().is_tuple() {
                values.push(origin);
            }
        }
        values
    }

    fn remote(self) -> Result<Remote, JwtError> {
        let text = self
            .jwks_url
            .unwrap_or_else(|| format!("{}/jwks", self.base_url));
        let url = url::Url::parse(&text).map_err(|source| JwtError::Config {
            reason: format!("key set url: {source}"),
        })?;
        check_scheme(&url, self.allow_http)?;
        let client = match self.client {
            Some(client) => client,
            None => fetch::default_client()?,
        };
        Ok(Remote {
            client,
            url,
            timeout: self.fetch_timeout,
            refetch_interval: self.refetch_interval,
            max_age: self.max_key_age,
            last_fetch: tokio::sync::Mutex::new(None),
        })
    }
}

fn check_scheme(url: &url::Url, allow_http: bool) -> Result<(), JwtError> {
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match url.scheme() {
        "https" => Ok(()),
        "http" if loopback || allow_http => Ok(()),
        "http" => Err(JwtError::Config {
            reason: "plain http key set url to a host that is not loopback".to_owned(),
        }),
        _ => Err(JwtError::Config {
            reason: "key set url is not http(s)".to_owned(),
        }),
    }
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| {
            i64::try_from(since.as_secs()).unwrap_or(i64::MAX)
        })
}
