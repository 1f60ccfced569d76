//! A signed-in session: its token, its user, its JWT.

use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use reqwest::header::HeaderMap;
use serde::Serialize;

use crate::api::prelude::*;
use crate::api::{Client, ResponseValue};
use crate::error::Error;
use crate::secret::Secret;
use crate::transport::{Context, SET_AUTH_JWT, SET_AUTH_TOKEN, Shared};

#[cfg(all(
    neon_auth_op = "admin_impersonate_user",
    neon_auth_op = "admin_stop_impersonating"
))]
mod impersonation;
#[cfg(all(
    neon_auth_op = "admin_impersonate_user",
    neon_auth_op = "admin_stop_impersonating"
))]
pub use impersonation::Impersonation;

/// The session a successful sign-in (or impersonation) answer hands out: the token from
/// `set-auth-token` (signed, as the bearer plugin expects it back), else the body's `token` or
/// `session.token`; the user from the body's `user` when it decodes as one, else from
/// `get-session`. It reads the answer as JSON rather than through its generated fields, so that
/// it holds for any Better Auth version's shape.
pub(crate) async fn handed_out<B: Serialize>(
    shared: &Arc<Shared>,
    operation: &str,
    answer: ResponseValue<B>,
) -> Result<Session, Error> {
    let from_header = header(answer.headers(), SET_AUTH_TOKEN);
    let body = serde_json::to_value(answer.into_inner()).unwrap_or_default();
    let token = from_header
        .or_else(|| {
            ["/token", "/session/token"]
                .iter()
                .find_map(|at| body.pointer(at)?.as_str())
                .filter(|t| !t.is_empty())
                .map(Secret::new)
        })
        .ok_or_else(|| Error::Incomplete {
            operation: operation.to_owned(),
            missing: "session token",
        })?;
    let user = body
        .get("user")
        .cloned()
        .and_then(|u| serde_json::from_value::<User>(u).ok());
    match user {
        Some(user) => Ok(Session::new(shared, token, user)),
        None => Session::resume(shared, token).await,
    }
}

/// The user of a session, as the service describes it.
pub type User = crate::api::types::User;

/// A cached JWT is handed out until this long before it expires, so that it is still valid
/// when the receiving service checks it.
const JWT_MARGIN: Duration = Duration::from_secs(30);

/// What every clone of a [`Session`] and its API client share.
#[derive(Debug)]
pub(crate) struct SessionState {
    token: RwLock<Secret>,
    jwt: RwLock<Option<Jwt>>,
    #[cfg_attr(not(neon_auth_op = "token"), allow(dead_code))]
    /// Held while `/token` is asked, so that many tasks wanting a JWT at once cause one request.
    jwt_fetch: tokio::sync::Mutex<()>,
}

#[derive(Debug, Clone)]
struct Jwt {
    token: Secret,
    /// Read from the payload on first use: most answers that bring a JWT (every get-session)
    /// are never followed by a request for one, so decoding each would be wasted work.
    expires_at: Option<SystemTime>,
}

impl SessionState {
    pub(crate) fn token(&self) -> Secret {
        read(&self.token).clone()
    }

    /// Picks up a rotated session token and a fresh JWT from an answer's headers.
    pub(crate) fn observe(&self, headers: &HeaderMap) {
        if let Some(token) = header(headers, SET_AUTH_TOKEN) {
            *self.token.write().unwrap_or_else(PoisonError::into_inner) = token;
        }
        if let Some(token) = header(headers, SET_AUTH_JWT) {
            let jwt = Jwt {
                token,
                expires_at: None,
            };
            *self.jwt.write().unwrap_or_else(PoisonError::into_inner) = Some(jwt);
        }
    }

    #[cfg_attr(not(neon_auth_op = "token"), allow(dead_code))]
    fn fresh_jwt(&self) -> Option<Secret> {
        let cached = read(&self.jwt).clone()?;
        let expires_at = match cached.expires_at {
            Some(at) => at,
            None => {
                let at = expiry(&cached.token)?;
                let mut slot = self.jwt.write().unwrap_or_else(PoisonError::into_inner);
                if let Some(jwt) = slot.as_mut().filter(|jwt| jwt.token == cached.token) {
                    jwt.expires_at = Some(at);
                }
                at
            }
        };
        (SystemTime::now() + JWT_MARGIN < expires_at).then_some(cached.token)
    }

    #[cfg_attr(not(neon_auth_op = "token"), allow(dead_code))]
    fn store_jwt(&self, token: Secret) -> bool {
        let Some(expires_at) = expiry(&token) else {
            return false;
        };
        let jwt = Jwt {
            token,
            expires_at: Some(expires_at),
        };
        *self.jwt.write().unwrap_or_else(PoisonError::into_inner) = Some(jwt);
        true
    }
}

/// Reads `exp` from a JWT's payload. The JWT is only cached here, not trusted: checking its
/// signature is the job of whoever receives it.
#[cfg_attr(not(neon_auth_op = "token"), allow(dead_code))]
fn expiry(token: &Secret) -> Option<SystemTime> {
    #[derive(serde::Deserialize)]
    struct Expiry {
        exp: u64,
    }
    let payload = token.expose().split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    let claims: Expiry = serde_json::from_slice(&bytes).ok()?;
    Some(UNIX_EPOCH + Duration::from_secs(claims.exp))
}

/// The user of the session `api` authenticates as; `get-session` answers `null` for none.
async fn current_user(api: &Client) -> Result<User, Error> {
    let answer = api.get_session().send().await?;
    let current = answer.into_inner().ok_or(Error::NoSession)?;
    let value = serde_json::to_value(current).unwrap_or_default();
    value
        .get("user")
        .cloned()
        .and_then(|u| serde_json::from_value(u).ok())
        .ok_or(Error::NoSession)
}

fn header(headers: &HeaderMap, name: &str) -> Option<Secret> {
    let value = headers.get(name)?.to_str().ok()?.trim();
    (!value.is_empty()).then(|| Secret::new(value))
}

fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(PoisonError::into_inner)
}

/// A signed-in session: it sends its token on every call of [`Session::api`], picks up rotated
/// tokens, and hands out JWTs for other services.
///
/// Cloning is cheap, and clones share the token, the user and the JWT cache: give one to every
/// task that acts for this user.
#[derive(Debug, Clone)]
pub struct Session {
    state: Arc<SessionState>,
    user: Arc<RwLock<User>>,
    api: Client,
}

impl Session {
    pub(crate) fn new(shared: &Arc<Shared>, token: Secret, user: User) -> Session {
        let (state, api) = Self::parts(shared, token);
        Session {
            state,
            user: Arc::new(RwLock::new(user)),
            api,
        }
    }

    /// A session for a token whose user is not known yet: `get-session` tells.
    pub(crate) async fn resume(shared: &Arc<Shared>, token: Secret) -> Result<Session, Error> {
        let (state, api) = Self::parts(shared, token);
        let user = current_user(&api).await?;
        Ok(Session {
            state,
            user: Arc::new(RwLock::new(user)),
            api,
        })
    }

    fn parts(shared: &Arc<Shared>, token: Secret) -> (Arc<SessionState>, Client) {
        let state = Arc::new(SessionState {
            token: RwLock::new(token),
            jwt: RwLock::new(None),
            jwt_fetch: tokio::sync::Mutex::new(()),
        });
        let api = Context::client(shared, Some(Arc::clone(&state)));
        (state, api)
    }

    /// The signed-in user, as of sign-in or the last [`Session::refresh`].
    pub fn user(&self) -> User {
        read(&self.user).clone()
    }

    /// The session token, to store and later resume with
    /// [`NeonAuth::session_from_token`](crate::NeonAuth::session_from_token). It changes when
    /// the service rotates it; read it again before storing.
    pub fn token(&self) -> Secret {
        self.state.token()
    }

    /// Every endpoint, authenticated as this session. Bring the methods into scope with
    /// `use neon_auth::prelude::*;`.
    ///
    /// ```no_run
    /// # async fn demo(session: neon_auth::Session) -> Result<(), neon_auth::Error> {
    /// use neon_auth::prelude::*;
    ///
    /// let organizations = session.api().organization_list().send().await?;
    /// # Ok(()) }
    /// ```
    pub fn api(&self) -> &Client {
        &self.api
    }

    /// Asks the service for the session again and updates [`Session::user`].
    ///
    /// # Errors
    ///
    /// [`Error::NoSession`] when the session was signed out, revoked or has expired; otherwise
    /// as any call.
    pub async fn refresh(&self) -> Result<User, Error> {
        let user = current_user(&self.api).await?;
        *self.user.write().unwrap_or_else(PoisonError::into_inner) = user.clone();
        Ok(user)
    }

    /// Signs out: the service revokes the token, and this session is of no further use.
    ///
    /// # Errors
    ///
    /// As any call; signing out a session that is already gone is not an error.
    pub async fn sign_out(&self) -> Result<(), Error> {
        match self.api.sign_out().send().await {
            Ok(_) => Ok(()),
            Err(e) => match Error::from(e) {
                Error::Api(api) if api.status.as_u16() == 401 => Ok(()),
                other => Err(other),
            },
        }
    }

    /// A JWT for this session, to present to other services (which verify it with
    /// [`JwtVerifier`](crate::JwtVerifier)). Cached until shortly before it expires, refreshed
    /// for free whenever an answer carries a new one, and fetched once when many tasks ask at
    /// the same time.
    ///
    /// # Errors
    ///
    /// As any call; [`Error::NoSession`] when the service answers without a token.
    #[cfg(neon_auth_op = "token")]
    pub async fn jwt(&self) -> Result<Secret, Error> {
        if let Some(jwt) = self.state.fresh_jwt() {
            return Ok(jwt);
        }
        let _only_one = self.state.jwt_fetch.lock().await;
        if let Some(jwt) = self.state.fresh_jwt() {
            return Ok(jwt);
        }
        let answer = self.api.token().send().await?;
        let token = answer.into_inner().token.ok_or(Error::NoSession)?;
        if !self.state.store_jwt(token.clone()) {
            tracing::debug!("the service's JWT has no readable `exp`; not cached");
        }
        Ok(token)
    }
}
