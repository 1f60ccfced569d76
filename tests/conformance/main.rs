//! Conformance: every operation of the vendored document, called through the generated client
//! against the real Better Auth test server, its answer decoded into the generated type.
//!
//! The flows share one server and depend on each other's users, so they run in sequence inside
//! one test; a flow that fails is reported and the others still run, so that one broken endpoint
//! does not hide the state of the rest. Each assertion on an operation's answer records the
//! operation in a registry, and the last step compares that registry with the operations of
//! `schema/neon-auth.openapi.json` itself, so that an operation added to the document fails here
//! until a flow exercises it.
//!
//! A call that returns `Ok` has decoded its answer into the generated type, but generated types
//! ignore fields they do not know, so an answer shaped otherwise than the document says can
//! decode into empty options. GET answers are therefore also fetched raw and compared field by
//! field ([`nothing_lost`]). What the document gets wrong is corrected in
//! `schema/corrections.overlay.json`, never here.

use std::collections::BTreeSet;
use std::error::Error as StdError;
use std::path::Path;
use std::sync::{Mutex, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use neon_auth::{NeonAuth, Session};
use neon_auth_testserver::TestServer;

mod admin;
mod core;
mod coverage;
mod email_otp;
mod jwt;
mod magic_link;
mod organization;
mod phone_number;

/// What a flow answers; any failure ends that flow with a message naming the operation.
type Flow<T = ()> = Result<T, Box<dyn StdError + Send + Sync>>;

/// Operations whose answer (or typed error) a flow has asserted on.
static COVERED: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// Records that `operation` was called and its answer checked.
fn covered(operation: &str) {
    COVERED
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(operation.to_owned());
}

fn covered_operations() -> BTreeSet<String> {
    COVERED
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone()
}

/// Fails the flow with a message unless `cond` holds.
macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+).into());
        }
    };
}
pub(crate) use ensure;

/// Sends a request and answers its decoded body; an error answer or a body that does not match
/// the generated type fails the flow, naming the operation (and, for a mismatch, the JSON path).
macro_rules! ok {
    ($op:literal, $request:expr) => {
        match $request.send().await {
            Ok(answer) => answer.into_inner(),
            Err(e) => {
                return Err(
                    format!("{}: {}", $op, crate::describe(&neon_auth::Error::from(e))).into(),
                );
            }
        }
    };
}
pub(crate) use ok;

/// Sends a request that must fail, and answers the error; a success fails the flow.
macro_rules! refused {
    ($op:literal, $request:expr) => {
        match $request.send().await {
            Ok(_) => return Err(format!("{}: succeeded, but was expected to fail", $op).into()),
            Err(e) => neon_auth::Error::from(e),
        }
    };
}
pub(crate) use refused;

/// Sends a request that must be refused with `status` and Better Auth's `code`, and records the
/// operation as covered (see [`expect_error`]); answers the flow's result rather than returning,
/// so that a caller may go on after a mismatch.
macro_rules! refusal {
    ($op:literal, $request:expr, $status:literal, $code:expr) => {
        async {
            let e = refused!($op, $request);
            crate::expect_error($op, &e, $status, $code)
        }
        .await
    };
}
pub(crate) use refusal;

/// Checks that `error` is the service's answer with `status` and Better Auth's `code`, then
/// records `operation` as covered: an operation that needs something outside this machine (a
/// social provider, its tokens) counts only with the exact typed error.
fn expect_error(
    operation: &str,
    error: &neon_auth::Error,
    status: u16,
    code: Option<&str>,
) -> Flow {
    let got_status = error.status().map(|s| s.as_u16());
    let got_code = error.code().map(|c| c.as_str().to_owned());
    ensure!(
        got_status == Some(status) && got_code.as_deref() == code,
        "{operation}: expected {status} {code:?}, got {got_status:?} {got_code:?} ({})",
        describe(error)
    );
    if (300..400).contains(&status) {
        let has_location =
            matches!(error, neon_auth::Error::Api(answer) if answer.location.is_some());
        ensure!(has_location, "{operation}: a redirect without its location");
    }
    covered(operation);
    Ok(())
}

/// Checks a refusal that carries no Better Auth code, so that only its status and message
/// identify it, then records `operation` as covered.
fn expect_refusal(operation: &str, error: &neon_auth::Error, status: u16, message: &str) -> Flow {
    ensure!(
        error.to_string().ends_with(message),
        "{operation}: expected the message {message:?}, got {error}"
    );
    expect_error(operation, error, status, None)
}

/// Fetches `path` (below the auth base path) raw, authenticated as `session`, and fails naming
/// every field of that answer which `typed`, the same answer as the generated type decoded it,
/// lost. Generated types ignore fields they do not know, so an answer that nests or names its
/// fields otherwise than the document says decodes without error into empty options; this is
/// what catches it. A field that is `null` in the answer may be missing from the typed value.
fn nothing_lost<T: serde::Serialize>(
    ctx: &Ctx,
    session: &Session,
    operation: &str,
    path: &str,
    typed: &T,
) -> Flow {
    same_shape(ctx, Some(session), operation, "GET", path, None, typed)
}

/// As [`nothing_lost`] for an operation that changes something, so that it cannot be asked
/// twice for the same answer: `body` is POSTed raw to ask for an answer of the same kind (a
/// second user, a second organization), and its fields are compared with `typed`'s. Values
/// differ; which fields there are must not.
fn same_shape<T: serde::Serialize>(
    ctx: &Ctx,
    session: Option<&Session>,
    operation: &str,
    method: &str,
    path: &str,
    body: Option<&serde_json::Value>,
    typed: &T,
) -> Flow {
    let bearer = session.map(|s| format!("Bearer {}", s.token().expose()));
    let headers: Vec<(&str, &str)> = bearer
        .iter()
        .map(|b| ("authorization", b.as_str()))
        .collect();
    let path = format!("{}{path}", neon_auth_testserver::BASE_PATH);
    let response =
        tokio::task::block_in_place(|| ctx.server.request(method, &path, &headers, body))?;
    ensure!(
        response.status == 200,
        "{operation}: {method} {path} answered {}",
        response.status
    );
    let raw = response.json()?;
    let typed = serde_json::to_value(typed)?;
    let mut lost = Vec::new();
    lost_fields(&raw, &typed, "$", &mut lost);
    ensure!(
        lost.is_empty(),
        "{operation}: the generated type drops {}",
        lost.join(", ")
    );
    Ok(())
}

fn lost_fields(
    raw: &serde_json::Value,
    typed: &serde_json::Value,
    at: &str,
    lost: &mut Vec<String>,
) {
    use serde_json::Value;
    match (raw, typed) {
        (Value::Object(raw), Value::Object(typed)) => {
            for (key, value) in raw.iter().filter(|(_, v)| !v.is_null()) {
                let here = format!("{at}.{key}");
                match typed.get(key) {
                    Some(kept) => lost_fields(value, kept, &here, lost),
                    None => lost.push(here),
                }
            }
        }
        (Value::Array(raw), Value::Array(typed)) => {
            for (i, (value, kept)) in raw.iter().zip(typed).enumerate() {
                lost_fields(value, kept, &format!("{at}[{i}]"), lost);
            }
        }
        _ => {}
    }
}

/// An error for a failure message; a decode error gets its JSON path up front, since that is
/// what a correction in `schema/corrections.overlay.json` has to target.
fn describe(error: &neon_auth::Error) -> String {
    match error {
        neon_auth::Error::Decode { path, source, .. } => {
            format!("answer does not decode at {path}: {source} ({error})")
        }
        other => other.to_string(),
    }
}

/// What every flow gets: the server, an unauthenticated client, and a prefix that keeps this
/// run's addresses apart from earlier runs' when the server keeps its data
/// (`NEON_AUTH_TEST_DATABASE_URL`).
struct Ctx {
    server: &'static TestServer,
    auth: NeonAuth,
    run: String,
}

impl Ctx {
    fn email(&self, who: &str) -> String {
        format!("{who}-{}@conformance.test", self.run)
    }

    /// A fresh user whose email is verified (by the link the service sends), signed in.
    async fn verified_user(&self, who: &str) -> Flow<(String, Session)> {
        use neon_auth::prelude::*;
        let (email, session) = self.user(who).await?;
        ok!(
            "send_verification_email",
            self.auth
                .api()
                .send_verification_email()
                .body_map(|b| b.email(email.clone()))
        );
        let token = self.server.last_verify_email_token(&email)?;
        ok!("verify_email", self.auth.api().verify_email().token(token));
        Ok((email, session))
    }

    /// A fresh user, signed in.
    async fn user(&self, who: &str) -> Flow<(String, Session)> {
        let email = self.email(who);
        let session = self
            .auth
            .sign_up_email(&email, PASSWORD, who)
            .await
            .map_err(|e| format!("sign_up_email {who}: {}", describe(&e)))?;
        Ok((email, session))
    }
}

/// The session token as the service stores it: a session's token is the bearer plugin's signed
/// form `<token>.<signature>`, while list and revoke endpoints speak of the bare token.
fn stored_token(session: &Session) -> String {
    let token = session.token();
    token
        .expose()
        .split('.')
        .next()
        .unwrap_or_default()
        .to_owned()
}

const PASSWORD: &str = "conformance-password-1";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_of_the_document_against_the_real_server() -> Flow {
    let server = TestServer::shared()?;
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH)?.as_nanos();
    let ctx = Ctx {
        server,
        auth: NeonAuth::new(server.base_url())?,
        run: format!("{:x}", nanos % (1 << 40)),
    };

    let mut failures = Vec::new();
    macro_rules! run {
        ($($flow:path),* $(,)?) => {
            $(
                if let Err(e) = $flow(&ctx).await {
                    failures.push(format!("{}: {e}", stringify!($flow)));
                }
            )*
        };
    }
    run!(
        core::run,
        email_otp::run,
        magic_link::run,
        phone_number::run,
        jwt::run,
        admin::run,
        organization::run,
        core::delete_user,
    );

    let coverage = coverage::check(Path::new(env!("CARGO_MANIFEST_DIR")));
    if let Err(e) = &coverage {
        failures.push(e.clone());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    Ok(())
}
