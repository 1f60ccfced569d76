//! What the examples share: where the instance comes from, and fresh users.
//!
//! With `NEON_AUTH_URL` set, an example talks to that instance. Without it, it starts the local
//! Better Auth test server (`testserver/`), which needs Node.js 20+ and installs its npm packages
//! on first use; the server stops when the example ends.

// Each example uses a different part of this module.
#![allow(dead_code)]

use std::error::Error;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU32, Ordering};

use neon_auth::NeonAuth;
use neon_auth_testserver::TestServer;

/// What the examples return: any error; [`finish`] prints it.
pub type Result<T = ()> = std::result::Result<T, Box<dyn Error>>;

/// Prints the outcome of an example, with the whole chain of causes on failure, and turns it
/// into the exit code: `Debug` of an error (what `main` returning `Result` prints) is not meant
/// for people.
pub fn finish(outcome: Result) -> ExitCode {
    match outcome {
        Ok(()) => {
            println!("done");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            let mut cause = error.source();
            while let Some(inner) = cause {
                eprintln!("  caused by: {inner}");
                cause = inner.source();
            }
            ExitCode::FAILURE
        }
    }
}

/// The instance an example runs against, and the local server when there is one.
pub struct Instance {
    pub auth: NeonAuth,
    /// `None` when `NEON_AUTH_URL` named a real instance.
    pub server: Option<TestServer>,
}

impl Instance {
    /// `NEON_AUTH_URL` when it is set, else a freshly started local test server.
    pub fn from_env_or_local() -> Result<Instance> {
        if let Ok(url) = std::env::var(neon_auth::URL_VAR) {
            println!("using the Neon Auth instance at {url}");
            return Ok(Instance {
                auth: NeonAuth::new(url)?,
                server: None,
            });
        }
        println!(
            "{} is not set: starting the local test server (the first run installs its npm packages)",
            neon_auth::URL_VAR
        );
        let server = TestServer::start().map_err(|e| format!("local test server: {e}"))?;
        println!("local test server is up at {}", server.base_url());
        Ok(Instance {
            auth: NeonAuth::new(server.base_url())?,
            server: Some(server),
        })
    }
}

/// An email address no other run has used, so that examples can run again and again against one
/// database. `example.com` is reserved, so nothing is ever delivered to it.
pub fn fresh_email(role: &str) -> String {
    format!("{role}-{:08x}@example.com", fastrand::u32(..))
}

/// A password that passes Better Auth's length rule; random so that no example ships a shared one.
pub fn fresh_password() -> String {
    let mut password = String::from("pw-");
    password.extend(std::iter::repeat_with(fastrand::alphanumeric).take(20));
    password
}

/// The value of `name`, or an error that says which variable to set and why.
pub fn required_var(name: &str, why: &str) -> Result<String> {
    std::env::var(name).map_err(|_| format!("set {name}: {why}").into())
}

/// Email and password from `NEON_AUTH_EMAIL` and `NEON_AUTH_PASSWORD`, when both are set.
pub fn credentials_from_env() -> Option<(String, String)> {
    let email = std::env::var("NEON_AUTH_EMAIL").ok()?;
    let password = std::env::var("NEON_AUTH_PASSWORD").ok()?;
    Some((email, password))
}

/// Prints the next numbered step, so that a failure shows which step it stopped at.
pub fn step(what: &str) {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    println!("[{}] {what}", NEXT.fetch_add(1, Ordering::Relaxed));
}
