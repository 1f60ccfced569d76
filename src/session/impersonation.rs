//! An admin acting as another user, and the way back.
//!
//! Better Auth's admin plugin answers an impersonation with a session of the user and parks the
//! admin's own session in a signed `admin_session` cookie. Ending the impersonation needs that
//! cookie back: with the bearer token alone the service cannot find the admin's session and
//! refuses (a 500 on the versions measured). A browser keeps the cookie in its jar; here the
//! [`Impersonation`] keeps it.

use std::sync::Arc;

use progenitor_client::ClientInfo;
use reqwest::header::{HeaderMap, HeaderValue, SET_COOKIE};

use super::{Session, handed_out};
use crate::api::prelude::*;
use crate::error::Error;
use crate::secret::Secret;
use crate::transport::{Context, ExtraCookie};

const IMPERSONATE: &str = "admin_impersonate_user";
const STOP: &str = "admin_stop_impersonating";

/// The cookie the admin plugin parks the admin's session in is `<prefix>.admin_session`, with
/// the prefix an instance chooses (`neon-auth` on Neon Auth, `better-auth` by default) and
/// `__Secure-` in front over https.
const PARKED_COOKIE: &str = "admin_session";

/// An admin's session acting as another user, from [`Session::impersonate`].
///
/// [`Impersonation::session`] acts as the user; [`Impersonation::stop`] ends it and hands the
/// admin's session back. The admin's own [`Session`] stays valid all along. An impersonation
/// that is never stopped ends when its session expires, as the instance's admin plugin is
/// configured (an hour by default).
///
/// Cloning is cheap; its `Debug` shows neither token nor cookie.
#[derive(Debug, Clone)]
pub struct Impersonation {
    session: Session,
    parked: Arc<ExtraCookie>,
}

impl Session {
    /// Starts acting as the user with id `user_id`. This session's user needs the admin role
    /// (or a role with the `impersonate` permission).
    ///
    /// # Errors
    ///
    /// [`Error::Api`] when the service refuses: not an admin (`YOU_ARE_NOT_ALLOWED_TO_IMPERSONATE_USERS`),
    /// an unknown user, or an admin as the target where the instance forbids it.
    /// [`Error::Incomplete`] when the answer lacks the impersonation's session token or the
    /// cookie that ends it.
    #[cfg_attr(docsrs, doc(cfg(feature = "admin")))]
    pub async fn impersonate(&self, user_id: &str) -> Result<Impersonation, Error> {
        let answer = self
            .api
            .admin_impersonate_user()
            .body_map(|b| b.user_id(user_id.to_owned()))
            .send()
            .await
            .map_err(|e| Error::from(e).in_operation(IMPERSONATE))?;
        let pair = parked_cookie(answer.headers()).ok_or_else(|| Error::Incomplete {
            operation: IMPERSONATE.to_owned(),
            missing: "admin_session cookie",
        })?;
        let shared = &self.api.inner().shared;
        let origin = url::Url::parse(&shared.base_url)
            .ok()
            .and_then(|url| HeaderValue::from_str(&url.origin().ascii_serialization()).ok())
            .ok_or_else(|| Error::Config(format!("`{}` has no origin to send", shared.base_url)))?;
        let session = handed_out(shared, IMPERSONATE, answer).await?;
        Ok(Impersonation {
            session,
            parked: Arc::new(ExtraCookie { pair, origin }),
        })
    }
}

impl Impersonation {
    /// The impersonated user's session: every call through its [`Session::api`] acts as them.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Ends the impersonation: the service revokes the user's session made for it and hands
    /// back the admin's. A failed call leaves this value as it was, so it can be tried again.
    ///
    /// # Errors
    ///
    /// As any call; [`Error::Api`] when the impersonation has ended already (stopped, or its
    /// session expired or was revoked).
    #[cfg_attr(docsrs, doc(cfg(feature = "admin")))]
    pub async fn stop(&self) -> Result<Session, Error> {
        let state = Arc::clone(&self.session.state);
        let shared = &self.session.api.inner().shared;
        let api = Context::client_sending(shared, Some(state), Some(Arc::clone(&self.parked)));
        let answer = api
            .admin_stop_impersonating()
            .send()
            .await
            .map_err(|e| Error::from(e).in_operation(STOP))?;
        handed_out(shared, STOP, answer).await
    }
}

/// The `name=value` of the cookie an impersonation answer parks the admin's session in.
fn parked_cookie(headers: &HeaderMap) -> Option<Secret> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|cookie| cookie.split(';').next())
        .map(str::trim)
        .find(|pair| {
            pair.split_once('=').is_some_and(|(name, value)| {
                let name = name.trim();
                let named = name == PARKED_COOKIE
                    || name
                        .strip_suffix(PARKED_COOKIE)
                        .is_some_and(|prefix| prefix.ends_with('.'));
                named && !value.trim().is_empty()
            })
        })
        .map(Secret::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_cookies(values: &[&'static str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(SET_COOKIE, HeaderValue::from_static(value));
        }
        headers
    }

    #[test]
    fn the_parked_cookie_is_found_under_any_prefix() {
        let headers = set_cookies(&[
            "__Secure-neon-auth.session_token=abc.sig; Path=/; HttpOnly; Secure",
            "__Secure-neon-auth.admin_session=admintoken.sig; Path=/; HttpOnly; Secure",
        ]);
        assert_eq!(
            parked_cookie(&headers).unwrap().expose(),
            "__Secure-neon-auth.admin_session=admintoken.sig"
        );
        let headers = set_cookies(&["admin_session=x.y"]);
        assert_eq!(
            parked_cookie(&headers).unwrap().expose(),
            "admin_session=x.y"
        );
    }

    #[test]
    fn lookalikes_and_cleared_cookies_are_not_the_parked_one() {
        let headers = set_cookies(&[
            "better-auth.not_admin_session=x.y; Path=/",
            "better-auth.admin_session_data=x.y; Path=/",
            "better-auth.admin_session=; Max-Age=0",
        ]);
        assert!(parked_cookie(&headers).is_none());
    }
}
