//! Admin: create a user, find it, ban and unban it, remove it.
//!
//! ```text
//! cargo run --example admin
//! ```
//!
//! Without `NEON_AUTH_URL` it starts the local test server (Node.js 20+), signs up a fresh user
//! and gives it the admin role the way a project owner would in the Neon console. With
//! `NEON_AUTH_URL=<your instance's auth URL>` it signs in as `NEON_AUTH_EMAIL` /
//! `NEON_AUTH_PASSWORD`, which must name a user with the admin role; the user it creates is
//! removed again at the end.
//!
//! Passwords and tokens are never printed.

#[path = "common/mod.rs"]
mod common;

use std::process::ExitCode;

use common::{Instance, step};
use neon_auth::api::types::{AdminListUsersSearchField, AdminListUsersSearchOperator, User};
use neon_auth::prelude::*;
use neon_auth::{ErrorCode, NeonAuth, Secret, Session};

#[tokio::main]
async fn main() -> ExitCode {
    common::finish(run().await)
}

async fn run() -> common::Result {
    let instance = Instance::from_env_or_local()?;
    let auth = &instance.auth;

    let (admin_email, admin_password) = admin_credentials(&instance).await?;
    step(&format!("sign in as the admin {admin_email}"));
    // A fresh session: one made before the role was granted keeps the old role until refreshed.
    let admin = auth.sign_in_email(&admin_email, &admin_password).await?;
    let role = admin.user().role.unwrap_or_default();
    println!("    role: {role}");
    // Better Auth keeps several roles comma-separated; any call below needs `admin` among them.
    if !role.split(',').any(|r| r.trim() == "admin") {
        return Err(format!(
            "{admin_email} does not have the admin role; grant it in the Neon console first"
        )
        .into());
    }

    let email = common::fresh_email("admin-example");
    let password = common::fresh_password();
    step(&format!("create the user {email}"));
    let user = create_user(&admin, &email, &password).await?;
    println!(
        "    created {} with role {}",
        user.id,
        user.role.as_deref().unwrap_or("(none)")
    );

    step("list users whose email starts with admin-example-, at most 5");
    let (total, shown) = list_users(&admin, "admin-example-", 5).await?;
    println!(
        "    {total} match; first {}: {}",
        shown.len(),
        shown.join(", ")
    );

    step("ban the user");
    let ban = admin.api().admin_ban_user().body_map(|b| {
        b.user_id(user.id.clone())
            .ban_reason(Some("shown by the admin example".into()))
    });
    // `neon_auth::Error` says what the service answered; `?` alone would box the generated
    // client's error, whose message is meant for debugging.
    ban.send().await.map_err(neon_auth::Error::from)?;
    expect_banned(auth, &email, &password).await?;

    step("unban the user");
    let unban = admin
        .api()
        .admin_unban_user()
        .body_map(|b| b.user_id(user.id.clone()));
    unban.send().await.map_err(neon_auth::Error::from)?;
    let session = auth.sign_in_email(&email, &password).await?;
    println!("    the user can sign in again as {}", session.user().email);

    step("remove the user");
    let remove = admin
        .api()
        .admin_remove_user()
        .body_map(|b| b.user_id(user.id.clone()));
    remove.send().await.map_err(neon_auth::Error::from)?;
    let (total, _) = list_users(&admin, &email, 5).await?;
    println!("    users with that email now: {total}");
    if total != 0 {
        return Err("the removed user is still listed".into());
    }
    Ok(())
}

/// Locally: a fresh user made admin through the test server. Remotely: the user named by
/// `NEON_AUTH_EMAIL` / `NEON_AUTH_PASSWORD`, who must already be an admin.
async fn admin_credentials(instance: &Instance) -> common::Result<(String, String)> {
    let Some(server) = &instance.server else {
        let why = "an admin of the instance at NEON_AUTH_URL";
        return Ok((
            common::required_var("NEON_AUTH_EMAIL", why)?,
            common::required_var("NEON_AUTH_PASSWORD", why)?,
        ));
    };
    let email = common::fresh_email("admin");
    let password = common::fresh_password();
    step(&format!(
        "sign up {email} and make it an admin (local server only)"
    ));
    instance
        .auth
        .sign_up_email(&email, &password, "Example Admin")
        .await?;
    server
        .make_admin(&email)
        .map_err(|e| format!("make_admin: {e}"))?;
    Ok((email, password))
}

async fn create_user(admin: &Session, email: &str, password: &str) -> neon_auth::Result<User> {
    let answer = admin
        .api()
        .admin_create_user()
        .body_map(|b| {
            b.email(email)
                .password(Some(Secret::new(password)))
                .name("Created By Admin")
        })
        .send()
        .await?;
    answer
        .into_inner()
        .user
        .ok_or_else(|| neon_auth::Error::Incomplete {
            operation: "admin_create_user".into(),
            missing: "user",
        })
}

/// The number of users whose email starts with `prefix`, and the emails of the first `limit`.
async fn list_users(
    admin: &Session,
    prefix: &str,
    limit: u32,
) -> neon_auth::Result<(u64, Vec<String>)> {
    let answer = admin
        .api()
        .admin_list_users()
        .search_field(AdminListUsersSearchField::Email)
        .search_operator(AdminListUsersSearchOperator::StartsWith)
        .search_value(prefix)
        .limit(f64::from(limit))
        .send()
        .await?
        .into_inner();
    let emails = answer.users.into_iter().map(|u| u.email).collect();
    // The document types counts as JSON numbers; they are whole and small.
    Ok((answer.total as u64, emails))
}

/// Signing in as a banned user fails with Better Auth's `BANNED_USER` code.
async fn expect_banned(auth: &NeonAuth, email: &str, password: &str) -> common::Result {
    match auth.sign_in_email(email, password).await {
        Err(e) if e.code() == Some(&ErrorCode::BannedUser) => {
            println!("    signing in is refused: {e}");
            Ok(())
        }
        Err(e) => Err(e.into()),
        Ok(_) => Err("a banned user could sign in".into()),
    }
}
