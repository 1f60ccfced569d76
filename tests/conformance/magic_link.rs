//! The magic link plugin: a link by email signs the user in.

use neon_auth::prelude::*;

use super::{Ctx, Flow, covered, describe, ensure, ok, refusal, refused};

pub async fn run(ctx: &Ctx) -> Flow {
    let (email, _) = ctx.user("magic").await?;
    let api = ctx.auth.api();
    let sent = ok!(
        "sign_in_magic_link",
        api.sign_in_magic_link()
            .body_map(|b| b.email(email.clone()))
    );
    ensure!(sent.status == Some(true), "sign_in_magic_link: {sent:?}");
    let token = ctx.server.last_magic_link_token(&email)?;
    covered("sign_in_magic_link");

    // Without a callback URL the link answers JSON, as an API client wants it.
    let answer = api
        .magic_link_verify()
        .token(token.clone())
        .send()
        .await
        .map_err(|e| {
            format!(
                "magic_link_verify: {}",
                describe(&neon_auth::Error::from(e))
            )
        })?;
    let signed = answer
        .headers()
        .get("set-auth-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .ok_or("magic_link_verify: no set-auth-token header")?;
    let body = answer.into_inner();
    ensure!(
        body.user.email == email
            && body.session.user_id == body.user.id
            && signed.starts_with(body.token.expose()),
        "magic_link_verify: {:?}",
        body.user
    );
    let resumed = ctx.auth.session_from_token(signed).await.map_err(|e| {
        format!(
            "magic_link_verify: the session does not work: {}",
            describe(&e)
        )
    })?;
    ensure!(
        resumed.user().email == email,
        "magic_link_verify: signed in as someone else"
    );

    // A used token sends the browser to the error page, which the SDK does not follow.
    refusal!(
        "magic_link_verify",
        api.magic_link_verify().token(token),
        302,
        None
    )?;
    Ok(())
}
