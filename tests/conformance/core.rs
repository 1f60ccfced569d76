//! Better Auth's core: sign-up, sign-in, email verification by link, password change and
//! reset, email change, sessions, accounts, and the social endpoints that need a provider.

use neon_auth::api::types::{GetAccessTokenBody, RefreshTokenBody};
use neon_auth::prelude::*;
use neon_auth::{Error, Session};

use serde_json::json;

use super::same_shape;
use super::{
    Ctx, Flow, PASSWORD, covered, describe, ensure, expect_refusal, nothing_lost, ok, refusal,
    refused, stored_token,
};

/// The user of the core flow, signed in, for [`delete_user`] at the very end.
static LAST: std::sync::Mutex<Option<(String, String, Session)>> = std::sync::Mutex::new(None);

pub async fn run(ctx: &Ctx) -> Flow {
    health(ctx).await?;
    let (email, session) = sign_up_and_in(ctx).await?;
    verify_email_by_link(ctx, &email, &session).await?;
    profile(&session).await?;
    let password = change_password(ctx, &email, &session).await?;
    let password = reset_password(ctx, &email, &password).await?;
    // The sessions flow ends by revoking every session of the user, so sign in after it.
    sessions(ctx, &email, &password).await?;
    let session = ctx
        .auth
        .sign_in_email(&email, &password)
        .await
        .map_err(|e| describe(&e))?;
    accounts(ctx, &session).await?;
    social(ctx, &session).await?;
    let (email, password, session) = change_email(ctx).await?;
    *LAST
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some((email, password, session));
    Ok(())
}

async fn health(ctx: &Ctx) -> Flow {
    let answer = ok!("ok", ctx.auth.api().ok());
    ensure!(answer.ok, "ok: answered ok=false");
    covered("ok");

    // `/error` is the HTML page Better Auth redirects browsers to; it has no JSON to decode, so
    // what is checked is that it is served, and that it is a page about the error asked for.
    let answer = ctx
        .auth
        .api()
        .error_get()
        .send()
        .await
        .map_err(|e| format!("error_get: {}", describe(&Error::from(e))))?;
    ensure!(
        answer.status() == 200,
        "error_get: status {}",
        answer.status()
    );
    let content_type = answer
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    ensure!(
        content_type.starts_with("text/html"),
        "error_get: content-type {content_type}"
    );
    covered("error_get");
    Ok(())
}

async fn sign_up_and_in(ctx: &Ctx) -> Flow<(String, Session)> {
    let email = ctx.email("core");
    let api = ctx.auth.api();
    let answer = ok!(
        "sign_up_email",
        api.sign_up_email()
            .body_map(|b| b.email(email.clone()).password(PASSWORD).name("Core User"))
    );
    ensure!(
        answer.user.email == email
            && answer.user.name == "Core User"
            && !answer.user.email_verified,
        "sign_up_email: user {:?}",
        answer.user
    );
    ensure!(
        answer.token.as_ref().is_some_and(|t| !t.is_empty()),
        "sign_up_email: no session token"
    );
    let other = json!({"email": ctx.email("core-shape"), "password": PASSWORD, "name": "Shape"});
    same_shape(
        ctx,
        None,
        "sign_up_email",
        "POST",
        "/sign-up/email",
        Some(&other),
        &answer,
    )?;
    covered("sign_up_email");

    refusal!(
        "sign_up_email",
        api.sign_up_email()
            .body_map(|b| b.email(email.clone()).password(PASSWORD).name("Again")),
        422,
        Some("USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL")
    )?;

    let answer = ok!(
        "sign_in_email",
        api.sign_in_email()
            .body_map(|b| b.email(email.clone()).password(PASSWORD))
    );
    ensure!(
        answer.user.email == email && !answer.redirect && !answer.token.is_empty(),
        "sign_in_email: {:?}",
        answer.user
    );
    let again = json!({"email": email, "password": PASSWORD});
    same_shape(
        ctx,
        None,
        "sign_in_email",
        "POST",
        "/sign-in/email",
        Some(&again),
        &answer,
    )?;
    covered("sign_in_email");

    refusal!(
        "sign_in_email",
        api.sign_in_email()
            .body_map(|b| b.email(email.clone()).password("not-the-password")),
        401,
        Some("INVALID_EMAIL_OR_PASSWORD")
    )?;

    let session = ctx
        .auth
        .session_from_token(answer.token.expose())
        .await
        .map_err(|e| describe(&e))?;

    let current = ok!("get_session", session.api().get_session());
    let current = current.ok_or("get_session: answered null for a live session")?;
    ensure!(
        current.user.email == email && current.session.user_id == current.user.id,
        "get_session: {:?}",
        current.user
    );
    nothing_lost(ctx, &session, "get_session", "/get-session", &current)?;
    // Without a token the service answers `null`, which the generated type must accept.
    let nobody = ok!("get_session", api.get_session());
    ensure!(nobody.is_none(), "get_session: a session without a token");
    covered("get_session");

    // POST is only for instances that defer session refreshes; Neon Auth's configuration,
    // like the test server's, does not, and the service says so with its own code.
    refusal!(
        "get_session_post",
        session.api().get_session_post(),
        405,
        Some("METHOD_NOT_ALLOWED_DEFER_SESSION_REQUIRED")
    )?;
    Ok((email, session))
}

async fn verify_email_by_link(ctx: &Ctx, email: &str, session: &Session) -> Flow {
    let api = ctx.auth.api();
    let answer = ok!(
        "send_verification_email",
        api.send_verification_email()
            .body_map(|b| b.email(email.to_owned()))
    );
    ensure!(
        answer.status == Some(true),
        "send_verification_email: {answer:?}"
    );
    covered("send_verification_email");

    let token = ctx.server.last_verify_email_token(email)?;
    let answer = ok!("verify_email", api.verify_email().token(token));
    ensure!(answer.status, "verify_email: status false");
    let user = session.refresh().await.map_err(|e| describe(&e))?;
    ensure!(
        user.email_verified,
        "verify_email: the email is still unverified"
    );
    covered("verify_email");

    refusal!(
        "verify_email",
        api.verify_email().token("not-a-token"),
        401,
        Some("INVALID_TOKEN")
    )?;
    Ok(())
}

async fn profile(session: &Session) -> Flow {
    let api = session.api();
    let answer = ok!(
        "update_user",
        api.update_user()
            .body_map(|b| b.name(Some("Renamed User".to_owned())))
    );
    ensure!(answer.status, "update_user: status false");
    let user = session.refresh().await.map_err(|e| describe(&e))?;
    ensure!(
        user.name == "Renamed User",
        "update_user: name {}",
        user.name
    );
    covered("update_user");

    // The session has no fields a client may set unless the instance adds some (Neon Auth's
    // configuration adds none), so the service refuses any update.
    let e = refused!(
        "update_session",
        api.update_session().body(serde_json::Map::from_iter([(
            "note".to_owned(),
            "x".into()
        )]))
    );
    expect_refusal("update_session", &e, 400, "No fields to update")?;

    let answer = ok!(
        "verify_password",
        api.verify_password().body_map(|b| b.password(PASSWORD))
    );
    ensure!(answer.status == Some(true), "verify_password: {answer:?}");
    refusal!(
        "verify_password",
        api.verify_password()
            .body_map(|b| b.password("wrong-password-0")),
        400,
        Some("INVALID_PASSWORD")
    )?;
    Ok(())
}

async fn change_password(ctx: &Ctx, email: &str, session: &Session) -> Flow<String> {
    let new_password = "conformance-password-2";
    let answer = ok!(
        "change_password",
        session.api().change_password().body_map(|b| b
            .current_password(PASSWORD)
            .new_password(new_password)
            .revoke_other_sessions(false))
    );
    ensure!(
        answer.user.email == email,
        "change_password: user {:?}",
        answer.user
    );
    refusal!(
        "sign_in_email",
        ctx.auth
            .api()
            .sign_in_email()
            .body_map(|b| b.email(email.to_owned()).password(PASSWORD)),
        401,
        Some("INVALID_EMAIL_OR_PASSWORD")
    )?;
    ctx.auth
        .sign_in_email(email, new_password)
        .await
        .map_err(|e| format!("change_password: new password refused: {}", describe(&e)))?;
    covered("change_password");
    Ok(new_password.to_owned())
}

/// Reset by link: the email carries a token; `GET /reset-password/{token}` is the link itself,
/// which redirects the browser to the application with the token, and `POST /reset-password`
/// sets the new password.
async fn reset_password(ctx: &Ctx, email: &str, old_password: &str) -> Flow<String> {
    let api = ctx.auth.api();
    let callback = format!("{}/reset-done", ctx.server.origin());
    let answer = ok!(
        "request_password_reset",
        api.request_password_reset()
            .body_map(|b| b.email(email.to_owned()).redirect_to(callback.clone()))
    );
    ensure!(
        answer.status == Some(true),
        "request_password_reset: {answer:?}"
    );
    let token = ctx.server.last_reset_password_token(email)?;
    covered("request_password_reset");

    // The link answers a redirect, which the SDK does not follow (it leads to the
    // application's page): an error answer whose location is the page, with the token.
    let error = match api
        .reset_password_by_token()
        .token(token.clone())
        .callback_url(callback.clone())
        .send()
        .await
    {
        Ok(answer) => {
            return Err(format!(
                "reset_password_by_token: answered {} instead of redirecting",
                answer.status()
            )
            .into());
        }
        Err(e) => Error::from(e),
    };
    let status = error.status().map(|s| s.as_u16());
    let location = error.location().map(|l| l.expose()).unwrap_or_default();
    ensure!(
        status == Some(302) && location.starts_with(&callback) && location.contains(&token),
        "reset_password_by_token: {status:?} to {:?} ({})",
        location.split('?').next(),
        describe(&error)
    );
    ensure!(
        !format!("{error} {error:?}").contains(&token),
        "reset_password_by_token: the token shows in the error"
    );
    covered("reset_password_by_token");

    let new_password = "conformance-password-3";
    let answer = ok!(
        "reset_password",
        api.reset_password().body_map(|b| b
            .token(Some(token.clone().into()))
            .new_password(new_password))
    );
    ensure!(answer.status == Some(true), "reset_password: {answer:?}");
    refusal!(
        "sign_in_email",
        api.sign_in_email()
            .body_map(|b| b.email(email.to_owned()).password(old_password.to_owned())),
        401,
        Some("INVALID_EMAIL_OR_PASSWORD")
    )?;
    covered("reset_password");

    refusal!(
        "reset_password",
        api.reset_password().body_map(|b| b
            .token(Some(token.into()))
            .new_password("conformance-password-4")),
        400,
        Some("INVALID_TOKEN")
    )?;
    Ok(new_password.to_owned())
}

/// Four sessions of one user: revoke one by its token, then every other, then all.
async fn sessions(ctx: &Ctx, email: &str, password: &str) -> Flow {
    let mut signed_in = Vec::new();
    for _ in 0..4 {
        signed_in.push(
            ctx.auth
                .sign_in_email(email, password)
                .await
                .map_err(|e| describe(&e))?,
        );
    }
    let [first, second, third, fourth] =
        <[Session; 4]>::try_from(signed_in).map_err(|_| "four sessions were asked for")?;

    let listed = ok!("list_sessions", first.api().list_sessions());
    let user_id = first.user().id;
    ensure!(
        listed.len() >= 4 && listed.iter().all(|s| s.user_id == user_id),
        "list_sessions: {} sessions",
        listed.len()
    );
    let second_token = stored_token(&second);
    ensure!(
        listed.iter().any(|s| s.token.expose() == second_token),
        "list_sessions: a live session is missing"
    );
    nothing_lost(ctx, &first, "list_sessions", "/list-sessions", &listed)?;
    covered("list_sessions");

    let answer = ok!(
        "revoke_session",
        first
            .api()
            .revoke_session()
            .body_map(|b| b.token(second_token.as_str()))
    );
    ensure!(answer.status, "revoke_session: status false");
    ensure!(
        gone(&second).await?,
        "revoke_session: the revoked session still works"
    );
    ensure!(
        !gone(&third).await?,
        "revoke_session: another session went too"
    );
    covered("revoke_session");

    let answer = ok!("revoke_other_sessions", first.api().revoke_other_sessions());
    ensure!(answer.status, "revoke_other_sessions: status false");
    ensure!(
        gone(&third).await? && gone(&fourth).await?,
        "revoke_other_sessions: other sessions still work"
    );
    ensure!(
        !gone(&first).await?,
        "revoke_other_sessions: the calling session went too"
    );
    covered("revoke_other_sessions");

    let fifth = ctx
        .auth
        .sign_in_email(email, password)
        .await
        .map_err(|e| describe(&e))?;
    let answer = ok!("revoke_sessions", first.api().revoke_sessions());
    ensure!(answer.status, "revoke_sessions: status false");
    ensure!(
        gone(&first).await? && gone(&fifth).await?,
        "revoke_sessions: a session still works"
    );
    covered("revoke_sessions");

    let last = ctx
        .auth
        .sign_in_email(email, password)
        .await
        .map_err(|e| describe(&e))?;
    let answer = ok!("sign_out", last.api().sign_out().body_map(|b| b));
    ensure!(answer.success == Some(true), "sign_out: {answer:?}");
    ensure!(gone(&last).await?, "sign_out: the session still works");
    covered("sign_out");
    Ok(())
}

/// Whether the session's token no longer authenticates (`get-session` answers `null`).
async fn gone(session: &Session) -> Flow<bool> {
    Ok(ok!("get_session", session.api().get_session()).is_none())
}

async fn accounts(ctx: &Ctx, session: &Session) -> Flow {
    let listed = ok!("list_accounts", session.api().list_accounts());
    let user_id = session.user().id;
    ensure!(
        listed.len() == 1 && listed[0].provider_id == "credential" && listed[0].user_id == user_id,
        "list_accounts: {listed:?}"
    );
    nothing_lost(ctx, session, "list_accounts", "/list-accounts", &listed)?;
    covered("list_accounts");
    Ok(())
}

/// Social sign-in and provider tokens need a provider on the internet; the test server (like
/// an instance without social providers) has none, so each answers its typed refusal.
async fn social(ctx: &Ctx, session: &Session) -> Flow {
    let api = session.api();
    // The user's only account is the password one: an account id that exists, but with no
    // provider behind it to ask for tokens or profile data.
    let accounts = ok!("list_accounts", api.list_accounts());
    let account_id = accounts
        .first()
        .map(|a| a.id.clone())
        .ok_or("list_accounts: no account")?;
    // Each refusal is checked on its own, so that one unexpected answer does not hide the rest.
    let mut mismatches = Vec::new();
    let mut check = |result: Flow| {
        if let Err(e) = result {
            mismatches.push(e.to_string());
        }
    };

    check(refusal!(
        "sign_in_social",
        ctx.auth
            .api()
            .sign_in_social()
            .body_map(|b| b.provider("google")),
        404,
        Some("PROVIDER_NOT_FOUND")
    ));
    check(refusal!(
        "link_social",
        api.link_social().body_map(|b| b.provider("google")),
        404,
        Some("PROVIDER_NOT_FOUND")
    ));
    check(refusal!(
        "unlink_account",
        api.unlink_account()
            .body_map(|b| b.account_id(account_id.clone())),
        400,
        Some("FAILED_TO_UNLINK_LAST_ACCOUNT")
    ));
    check(refusal!(
        "refresh_token",
        api.refresh_token().body(RefreshTokenBody::Variant0 {
            account_id: account_id.clone(),
            user_id: None,
        }),
        400,
        Some("PROVIDER_NOT_SUPPORTED")
    ));
    check(refusal!(
        "get_access_token",
        api.get_access_token().body(GetAccessTokenBody::Variant0 {
            account_id: account_id.clone(),
            user_id: None,
        }),
        400,
        Some("PROVIDER_NOT_SUPPORTED")
    ));
    check(refusal!(
        "account_info",
        api.account_info().account_id(account_id.clone()),
        400,
        Some("PROVIDER_NOT_CONFIGURED")
    ));
    check(refusal!(
        "delete_user_callback",
        api.delete_user_callback().token("not-a-token"),
        404,
        Some("INVALID_TOKEN")
    ));
    check(callback(ctx).await);
    ensure!(mismatches.is_empty(), "{}", mismatches.join("; "));
    Ok(())
}

/// The OAuth callback is where a provider sends the browser back; without a state it started,
/// the service redirects to its error page with `state_not_found`, which the SDK reports as an
/// answer the document does not describe, with the redirect's status.
async fn callback(ctx: &Ctx) -> Flow {
    let api = ctx.auth.api();
    refusal!(
        "callback_by_id",
        api.callback_by_id().id("google"),
        302,
        None
    )?;
    refusal!(
        "callback_by_id_post",
        api.callback_by_id_post().id("google").body_map(|b| b),
        302,
        None
    )?;
    Ok(())
}

/// Changing the email of a user whose email is not verified: confirmed by a link to the new one.
async fn change_email(ctx: &Ctx) -> Flow<(String, String, Session)> {
    let (email, session) = ctx.user("change-email").await?;
    let new_email = ctx.email("changed-email");
    let answer = ok!(
        "change_email",
        session
            .api()
            .change_email()
            .body_map(|b| b.new_email(new_email.clone()))
    );
    ensure!(answer.status, "change_email: status false");
    // The change waits for the new address to be confirmed: the service sends a verification
    // link there, and following it makes the change.
    let token = ctx.server.last_verify_email_token(&new_email)?;
    let user = session.refresh().await.map_err(|e| describe(&e))?;
    ensure!(
        user.email == email,
        "change_email: changed before confirmation"
    );
    ok!("verify_email", session.api().verify_email().token(token));
    let user = session.refresh().await.map_err(|e| describe(&e))?;
    ensure!(
        user.email == new_email,
        "change_email: still {} (was {email})",
        user.email
    );
    covered("change_email");
    Ok((new_email, PASSWORD.to_owned(), session))
}

/// Deletes the core flow's user last, so that every other flow ran while it existed.
pub async fn delete_user(ctx: &Ctx) -> Flow {
    let last = LAST
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take();
    let (email, password, session) = match last {
        Some(last) => last,
        None => {
            let (email, session) = ctx.user("delete-me").await?;
            (email, PASSWORD.to_owned(), session)
        }
    };
    let answer = ok!(
        "delete_user",
        session
            .api()
            .delete_user()
            .body_map(|b| b.password(Some(password.clone().into())))
    );
    ensure!(answer.success, "delete_user: success false");
    refusal!(
        "sign_in_email",
        ctx.auth
            .api()
            .sign_in_email()
            .body_map(|b| b.email(email.clone()).password(password.clone())),
        401,
        Some("INVALID_EMAIL_OR_PASSWORD")
    )?;
    covered("delete_user");
    Ok(())
}
