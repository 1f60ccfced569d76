//! The phone number plugin: verify a number by SMS code, sign in with it, reset the password.

use neon_auth::prelude::*;

use serde_json::json;

use super::same_shape;
use super::{Ctx, Flow, PASSWORD, covered, describe, ensure, ok, refusal, refused};

pub async fn run(ctx: &Ctx) -> Flow {
    let (email, session) = ctx.user("phone").await?;
    // A number unique to this run, so that a server that keeps its data does not see it taken.
    let digits: String = ctx.run.chars().filter(char::is_ascii_hexdigit).collect();
    let number = u64::from_str_radix(&digits, 16).unwrap_or(0) % 10_000_000;
    let phone = format!("+1555{number:07}");
    let api = ctx.auth.api();

    let sent = ok!(
        "phone_number_send_otp",
        api.phone_number_send_otp()
            .body_map(|b| b.phone_number(phone.clone()))
    );
    let _ = sent;
    let code = ctx.server.last_phone_otp(&phone)?;
    covered("phone_number_send_otp");

    // Verified by the signed-in user, the number becomes theirs.
    let verified = ok!(
        "phone_number_verify",
        session.api().phone_number_verify().body_map(|b| b
            .phone_number(phone.clone())
            .code(code.as_str())
            .update_phone_number(Some(true)))
    );
    ensure!(verified.status, "phone_number_verify: {verified:?}");
    let user = session.refresh().await.map_err(|e| describe(&e))?;
    ensure!(
        user.phone_number.as_deref() == Some(phone.as_str())
            && user.phone_number_verified == Some(true),
        "phone_number_verify: user has {:?}",
        user.phone_number
    );
    covered("phone_number_verify");

    let signed_in = ok!(
        "sign_in_phone_number",
        api.sign_in_phone_number()
            .body_map(|b| b.phone_number(phone.clone()).password(PASSWORD))
    );
    ensure!(
        signed_in.user.email == email && !signed_in.token.is_empty(),
        "sign_in_phone_number: {:?}",
        signed_in.user
    );
    let again = json!({"phoneNumber": phone, "password": PASSWORD});
    same_shape(
        ctx,
        None,
        "sign_in_phone_number",
        "POST",
        "/sign-in/phone-number",
        Some(&again),
        &signed_in,
    )?;
    refusal!(
        "sign_in_phone_number",
        api.sign_in_phone_number()
            .body_map(|b| b.phone_number(phone.clone()).password("wrong-password-0")),
        401,
        Some("INVALID_PHONE_NUMBER_OR_PASSWORD")
    )?;
    covered("sign_in_phone_number");

    let asked = ok!(
        "phone_number_request_password_reset",
        api.phone_number_request_password_reset()
            .body_map(|b| b.phone_number(phone.clone()))
    );
    ensure!(
        asked.status,
        "phone_number_request_password_reset: {asked:?}"
    );
    let otp = ctx.server.last_phone_reset_otp(&phone)?;
    covered("phone_number_request_password_reset");

    let new_password = "phone-reset-password-1";
    let reset = ok!(
        "phone_number_reset_password",
        api.phone_number_reset_password().body_map(|b| b
            .phone_number(phone.clone())
            .otp(otp.as_str())
            .new_password(new_password))
    );
    ensure!(reset.status, "phone_number_reset_password: {reset:?}");
    ctx.auth
        .sign_in_phone_number(&phone, new_password)
        .await
        .map_err(|e| {
            format!(
                "phone_number_reset_password: new password refused: {}",
                describe(&e)
            )
        })?;
    covered("phone_number_reset_password");
    Ok(())
}
