//! A tiny axum service that knows its users by their Neon Auth JWT, checked locally.
//!
//! ```text
//! NEON_AUTH_URL=https://ep-....neonauth.<region>.aws.neon.tech/neondb/auth \
//!     cargo run --example axum_service --features axum
//! ```
//!
//! Without `NEON_AUTH_URL` it starts the local Better Auth test server and uses that. Then:
//!
//! ```text
//! curl -H "Authorization: Bearer $JWT" http://127.0.0.1:3000/me
//! ```
//!
//! `PORT` picks the service's port (default 3000).

use std::error::Error;

use axum::Router;
use axum::routing::get;
use neon_auth::JwtVerifier;
use neon_auth::axum::VerifiedUser;
use neon_auth_testserver::TestServer;

/// Answers only requests with a valid token.
async fn me(VerifiedUser(claims): VerifiedUser) -> String {
    let email = claims.email.as_deref().unwrap_or("no email");
    format!(
        "user {} ({email}), token valid until {}\n",
        claims.sub, claims.exp
    )
}

/// Answers everyone, and says whom it recognised.
async fn hello(user: Option<VerifiedUser>) -> String {
    match user {
        Some(user) => format!("hello, {}\n", user.name.as_deref().unwrap_or(&user.sub)),
        None => "hello, stranger\n".to_owned(),
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    // Kept alive until main returns: dropping the test server stops it.
    let mut local = None;
    let base_url = match std::env::var("NEON_AUTH_URL") {
        Ok(url) => url,
        Err(_) => {
            let server = local.insert(TestServer::start()?);
            println!("NEON_AUTH_URL not set; using the local test server");
            server.base_url().to_owned()
        }
    };

    let verifier = JwtVerifier::builder(&base_url).build()?;
    let app = Router::new()
        .route("/me", get(me))
        .route("/", get(hello))
        .with_state(verifier);

    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".to_owned());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
    println!("verifying tokens of {base_url}");
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app).await?;
    Ok(())
}
