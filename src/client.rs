//! [`NeonAuth`], the value a service creates once and shares across tasks.

use std::sync::{Arc, OnceLock};

use serde::Serialize;

use crate::api::prelude::*;
use crate::api::types::BetterAuthError;
use crate::api::{Client, ResponseValue};
use crate::config::{NeonAuthBuilder, URL_VAR};
use crate::error::Error;
use crate::secret::Secret;
use crate::session::Session;
use crate::transport::{Context, Shared};
use crate::verify::JwtVerifier;

/// A Neon Auth instance: signs users in, resumes sessions, and reaches every endpoint.
///
/// Create it once and share it: cloning is cheap, and every clone and every [`Session`] made
/// from it share one connection pool.
///
/// ```no_run
/// # async fn demo() -> Result<(), neon_auth::Error> {
/// let auth = neon_auth::NeonAuth::from_env()?;
/// let session = auth.sign_in_email("ada@example.com", "correct horse battery").await?;
/// println!("signed in as {}", session.user().email);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
pub struct NeonAuth {
    shared: Arc<Shared>,
    api: Client,
    verifier: Arc<OnceLock<JwtVerifier>>,
}

impl NeonAuth {
    /// A client for the instance at `url`, the auth URL shown in the Neon console
    /// (`https://ep-....neonauth.<region>.aws.neon.tech/<database>/auth`).
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the URL is not usable; see [`NeonAuthBuilder::build`].
    pub fn new(url: impl Into<String>) -> Result<Self, Error> {
        Self::builder(url).build()
    }

    /// A client for the instance named by the `NEON_AUTH_URL` environment variable.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the variable is unset or its URL is not usable.
    pub fn from_env() -> Result<Self, Error> {
        let url = std::env::var(URL_VAR).map_err(|_| {
            Error::Config(format!("{URL_VAR} is not set to the instance's auth URL"))
        })?;
        Self::new(url)
    }

    /// Starts configuring a client for the instance at `url`.
    pub fn builder(url: impl Into<String>) -> NeonAuthBuilder {
        NeonAuthBuilder::new(url)
    }

    pub(crate) fn from_shared(shared: Arc<Shared>) -> Self {
        let api = Context::client(&shared, None);
        NeonAuth {
            shared,
            api,
            verifier: Arc::new(OnceLock::new()),
        }
    }

    /// The instance's auth URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.shared.base_url
    }

    /// Every endpoint, unauthenticated. Bring the methods into scope with
    /// `use neon_auth::prelude::*;`.
    pub fn api(&self) -> &Client {
        &self.api
    }

    /// A verifier for this instance's JWTs, sharing one key-set cache across all calls.
    ///
    /// # Errors
    ///
    /// [`Error::Jwt`] when the verifier cannot be configured from the base URL.
    pub fn jwt_verifier(&self) -> Result<JwtVerifier, Error> {
        if let Some(verifier) = self.verifier.get() {
            return Ok(verifier.clone());
        }
        let mut builder =
            JwtVerifier::builder(&self.shared.base_url).http_client(self.shared.http.clone());
        if self.shared.config.allow_insecure_http {
            builder = builder.allow_insecure_http();
        }
        let verifier = builder.build()?;
        Ok(self.verifier.get_or_init(|| verifier).clone())
    }

    /// Creates a user with email and password, and signs them in.
    ///
    /// # Errors
    ///
    /// [`Error::Api`] with [`ErrorCode::UserAlreadyExistsUseAnotherEmail`](crate::ErrorCode)
    /// when the email is taken, or another code for a weak password or invalid email.
    pub async fn sign_up_email(
        &self,
        email: &str,
        password: &str,
        name: &str,
    ) -> Result<Session, Error> {
        let answer = self
            .api
            .sign_up_email()
            .body_map(|b| b.email(email).password(password).name(name))
            .send()
            .await;
        self.session("sign_up_email", answer).await
    }

    /// Signs in with email and password.
    ///
    /// # Errors
    ///
    /// [`Error::Api`] with `INVALID_EMAIL_OR_PASSWORD` for a wrong password or unknown user,
    /// `BANNED_USER` for a banned one.
    pub async fn sign_in_email(&self, email: &str, password: &str) -> Result<Session, Error> {
        let answer = self
            .api
            .sign_in_email()
            .body_map(|b| b.email(email).password(password))
            .send()
            .await;
        self.session("sign_in_email", answer).await
    }

    /// Signs in with a one-time code sent by email (send it first with
    /// `api().email_otp_send_verification_otp()` and type `sign-in`).
    ///
    /// # Errors
    ///
    /// [`Error::Api`] with `INVALID_OTP` or `OTP_EXPIRED` for a wrong or stale code.
    #[cfg(neon_auth_op = "sign_in_email_otp")]
    #[cfg_attr(docsrs, doc(cfg(feature = "email-otp")))]
    pub async fn sign_in_email_otp(&self, email: &str, otp: &str) -> Result<Session, Error> {
        let answer = self
            .api
            .sign_in_email_otp()
            .body_map(|b| b.email(email).otp(otp))
            .send()
            .await;
        self.session("sign_in_email_otp", answer).await
    }

    /// Signs in with the token of a magic link (the `token` query parameter of the link sent by
    /// `api().sign_in_magic_link()`).
    ///
    /// # Errors
    ///
    /// [`Error::Api`] when the token is unknown, used or expired.
    #[cfg(neon_auth_op = "magic_link_verify")]
    #[cfg_attr(docsrs, doc(cfg(feature = "magic-link")))]
    pub async fn sign_in_magic_link(&self, token: &str) -> Result<Session, Error> {
        let answer = self.api.magic_link_verify().token(token).send().await;
        self.session("sign_in_magic_link", answer).await
    }

    /// Signs in with a phone number and password.
    ///
    /// # Errors
    ///
    /// [`Error::Api`] with `INVALID_PHONE_NUMBER_OR_PASSWORD` for wrong credentials.
    #[cfg(neon_auth_op = "sign_in_phone_number")]
    #[cfg_attr(docsrs, doc(cfg(feature = "phone-number")))]
    pub async fn sign_in_phone_number(
        &self,
        phone_number: &str,
        password: &str,
    ) -> Result<Session, Error> {
        let answer = self
            .api
            .sign_in_phone_number()
            .body_map(|b| b.phone_number(phone_number).password(password))
            .send()
            .await;
        self.session("sign_in_phone_number", answer).await
    }

    /// Signs in with the one-time code sent by SMS (send it first with
    /// `api().phone_number_send_otp()`); creates the user on first sign-in when the instance
    /// allows it.
    ///
    /// # Errors
    ///
    /// [`Error::Api`] with `INVALID_OTP` or `OTP_EXPIRED` for a wrong or stale code.
    #[cfg(neon_auth_op = "phone_number_verify")]
    #[cfg_attr(docsrs, doc(cfg(feature = "phone-number")))]
    pub async fn sign_in_phone_otp(
        &self,
        phone_number: &str,
        code: &str,
    ) -> Result<Session, Error> {
        let answer = self
            .api
            .phone_number_verify()
            .body_map(|b| b.phone_number(phone_number).code(code))
            .send()
            .await;
        self.session("sign_in_phone_otp", answer).await
    }

    /// Resumes a session from a stored token (see [`Session::token`]).
    ///
    /// # Errors
    ///
    /// [`Error::NoSession`] when the token is unknown, expired or revoked.
    pub async fn session_from_token(&self, token: impl Into<Secret>) -> Result<Session, Error> {
        self.session_with_token(token.into()).await
    }

    async fn session<B: Serialize>(
        &self,
        operation: &str,
        answer: Result<ResponseValue<B>, progenitor_client::Error<BetterAuthError>>,
    ) -> Result<Session, Error> {
        let answer = answer.map_err(|e| Error::from(e).in_operation(operation))?;
        crate::session::handed_out(&self.shared, operation, answer).await
    }

    async fn session_with_token(&self, token: Secret) -> Result<Session, Error> {
        Session::resume(&self.shared, token).await
    }
}
