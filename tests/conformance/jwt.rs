//! The JWT plugin: a session's JWT and the key set that verifies it.

use neon_auth::prelude::*;

use super::{Ctx, Flow, covered, describe, ensure, nothing_lost, ok, refusal, refused};

pub async fn run(ctx: &Ctx) -> Flow {
    let (_, session) = ctx.user("jwt").await?;
    let answer = ok!("token", session.api().token());
    nothing_lost(ctx, &session, "token", "/token", &answer)?;
    let token = answer.token.ok_or("token: no token in the answer")?;
    ensure!(
        token.expose().split('.').count() == 3,
        "token: not a compact JWT"
    );
    refusal!("token", ctx.auth.api().token(), 401, Some("UNAUTHORIZED"))?;

    let keys = ok!("jwks", ctx.auth.api().jwks());
    ensure!(
        !keys.keys.is_empty()
            && keys.keys.iter().all(|k| k.kty == "OKP"
                && k.crv.as_deref() == Some("Ed25519")
                && !k.kid.is_empty()),
        "jwks: {:?}",
        keys.keys
    );

    // The JWT verifies against the served key set, which proves that both answers decoded into
    // something the verifier can use.
    let verifier = ctx.auth.jwt_verifier().map_err(|e| describe(&e))?;
    let claims = verifier
        .verify(token.expose())
        .await
        .map_err(|e| format!("token: does not verify against jwks: {e}"))?;
    ensure!(
        claims.sub == session.user().id,
        "token: subject {}",
        claims.sub
    );
    covered("token");
    nothing_lost(ctx, &session, "jwks", "/jwks", &keys)?;
    covered("jwks");
    Ok(())
}
