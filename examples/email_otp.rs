//! Email OTP: send a one-time sign-in code by email, then sign in with it.
//!
//! ```text
//! cargo run --example email_otp
//! ```
//!
//! Without `NEON_AUTH_URL` it starts the local test server (Node.js 20+), sends the code to a
//! fresh `otp-...@example.com` address, and reads it from the server's outbox. With
//! `NEON_AUTH_URL=<your instance's auth URL>` it sends the code to `NEON_AUTH_EMAIL` (a mailbox
//! you can read) and asks you to type it in. Signing in by code creates the user when the
//! instance allows sign-up.
//!
//! The code and the session token are never printed.

#[path = "common/mod.rs"]
mod common;

use std::io::BufRead;
use std::process::ExitCode;

use common::{Instance, step};
use neon_auth::api::types::EmailOtpSendVerificationOtpBodyType;
use neon_auth::prelude::*;
use neon_auth::{ErrorCode, NeonAuth};

#[tokio::main]
async fn main() -> ExitCode {
    common::finish(run().await)
}

async fn run() -> common::Result {
    let instance = Instance::from_env_or_local()?;
    let auth = &instance.auth;
    let email = match instance.server {
        Some(_) => common::fresh_email("otp"),
        None => common::required_var("NEON_AUTH_EMAIL", "the mailbox that receives the code")?,
    };

    step(&format!("send a sign-in code to {email}"));
    send_code(auth, &email).await?;

    step("read the code");
    let code = match &instance.server {
        Some(server) => {
            let code = server
                .last_email_otp(&email)
                .map_err(|e| format!("outbox: {e}"))?;
            println!(
                "    found a {}-digit code in the local server's outbox",
                code.len()
            );
            code
        }
        None => read_code_from_stdin(&email)?,
    };

    step("a wrong code is refused");
    match auth.sign_in_email_otp(&email, &wrong(&code)).await {
        Err(e) if e.code() == Some(&ErrorCode::InvalidOtp) => println!("    refused: {e}"),
        Err(e) => return Err(e.into()),
        Ok(_) => return Err("a wrong code signed in".into()),
    }

    step("sign in with the code");
    let session = auth.sign_in_email_otp(&email, &code).await?;
    let user = session.user();
    println!(
        "    signed in as {} (email verified: {})",
        user.email, user.email_verified
    );

    step("sign out");
    session.sign_out().await?;
    Ok(())
}

async fn send_code(auth: &NeonAuth, email: &str) -> neon_auth::Result<()> {
    auth.api()
        .email_otp_send_verification_otp()
        .body_map(|b| {
            b.email(email)
                .type_(EmailOtpSendVerificationOtpBodyType::SignIn)
        })
        .send()
        .await?;
    Ok(())
}

/// Asks for the code on the terminal. It is read, not echoed back by this program.
fn read_code_from_stdin(email: &str) -> common::Result<String> {
    println!("    type the code sent to {email} and press Enter:");
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let code = line.trim().to_owned();
    if code.is_empty() {
        return Err("no code was typed".into());
    }
    Ok(code)
}

/// A code that differs from `code` in its last digit, to show how a mistyped code fails.
/// Better Auth allows a few wrong attempts per code, so one does not spend it.
fn wrong(code: &str) -> String {
    let mut digits: Vec<char> = code.chars().collect();
    if let Some(last) = digits.last_mut() {
        *last = if *last == '0' { '1' } else { '0' };
    }
    digits.into_iter().collect()
}
