//! What the integration tests share: the test server, unique users, a client.

#![allow(dead_code)]

use std::sync::atomic::{AtomicU32, Ordering};

use neon_auth::NeonAuth;
use neon_auth_testserver::TestServer;

pub const PASSWORD: &str = "correct-horse-battery-staple";

pub fn server() -> &'static TestServer {
    match TestServer::shared() {
        Ok(server) => server,
        Err(e) => panic!("the test server did not start: {e}"),
    }
}

pub fn auth() -> NeonAuth {
    NeonAuth::new(server().base_url()).expect("a loopback URL is accepted")
}

/// An email no other test, run or test binary uses.
pub fn email(tag: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!(
        "{tag}-{}-{n}-{}@example.com",
        std::process::id(),
        fastrand::u32(..)
    )
}

/// Asks the service to email a sign-in code to `address`, and reads it from the test server.
pub async fn sign_in_otp(auth: &NeonAuth, address: &str) -> String {
    use neon_auth::api::types::EmailOtpSendVerificationOtpBodyType;
    use neon_auth::prelude::*;

    auth.api()
        .email_otp_send_verification_otp()
        .body_map(|b| {
            b.email(address)
                .type_(EmailOtpSendVerificationOtpBodyType::SignIn)
        })
        .send()
        .await
        .unwrap();
    server().last_email_otp(address).unwrap()
}
