//! Quickstart: sign up, sign in, read the session, get a JWT, verify it locally, sign out.
//!
//! ```text
//! cargo run --example quickstart
//! ```
//!
//! Without `NEON_AUTH_URL` it starts the local test server (Node.js 20+). With
//! `NEON_AUTH_URL=<your instance's auth URL>` it talks to that instance: it signs in as
//! `NEON_AUTH_EMAIL` / `NEON_AUTH_PASSWORD` when both are set, and otherwise signs up a fresh
//! `quickstart-...@example.com` user (which stays in your instance; delete it from the console).
//!
//! Tokens, JWTs and passwords are never printed, only their length.

#[path = "common/mod.rs"]
mod common;

use std::process::ExitCode;

use common::{Instance, step};
use neon_auth::Error;

#[tokio::main]
async fn main() -> ExitCode {
    common::finish(run().await)
}

async fn run() -> common::Result {
    // `_server` keeps the local server (if any) running until `run` returns.
    let Instance {
        auth,
        server: _server,
    } = Instance::from_env_or_local()?;

    let (email, password) = match common::credentials_from_env() {
        Some(credentials) => {
            step("using the user from NEON_AUTH_EMAIL / NEON_AUTH_PASSWORD");
            credentials
        }
        None => {
            let email = common::fresh_email("quickstart");
            let password = common::fresh_password();
            step(&format!("sign up {email}"));
            let session = auth
                .sign_up_email(&email, &password, "Quickstart User")
                .await?;
            println!("    created user {}", session.user().id);
            (email, password)
        }
    };

    step(&format!("sign in as {email}"));
    let session = auth.sign_in_email(&email, &password).await?;
    println!(
        "    signed in; session token has {} characters",
        session.token().expose().len()
    );

    step("read the session back from the service");
    let user = session.refresh().await?;
    println!("    user {} <{}>, id {}", user.name, user.email, user.id);

    step("get a JWT for this session, to send to another service");
    let jwt = session.jwt().await?;
    println!("    JWT has {} characters", jwt.expose().len());

    step("verify the JWT locally against the instance's JWKS");
    let claims = auth.jwt_verifier()?.verify(jwt.expose()).await?;
    println!(
        "    verified: subject {}, email {}, expires at unix time {}",
        claims.sub,
        claims.email.as_deref().unwrap_or("(none)"),
        claims.exp
    );
    if claims.sub != user.id {
        return Err(format!(
            "the JWT's subject {} is not the user {}",
            claims.sub, user.id
        )
        .into());
    }

    step("sign out");
    session.sign_out().await?;
    match session.refresh().await {
        Err(Error::NoSession) => println!("    the token no longer works, as expected"),
        Ok(_) => return Err("the session still works after signing out".into()),
        Err(other) => return Err(other.into()),
    }
    Ok(())
}
