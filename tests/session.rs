//! Sessions against the real Better Auth server: every sign-in flow, the typed errors of the
//! common failures, many sessions at once, and the server going away.

mod common;

use std::time::Duration;

use common::{PASSWORD, auth, email, server};
use neon_auth::prelude::*;
use neon_auth::{Error, ErrorCode, NeonAuth};

#[tokio::test]
async fn sign_up_sign_in_refresh_and_sign_out() {
    let auth = auth();
    let address = email("flow");
    let signed_up = auth.sign_up_email(&address, PASSWORD, "Ada").await.unwrap();
    assert_eq!(signed_up.user().email, address);
    assert_eq!(signed_up.user().name, "Ada");

    let session = auth.sign_in_email(&address, PASSWORD).await.unwrap();
    assert_eq!(session.user().id, signed_up.user().id);
    assert_ne!(session.token().expose(), signed_up.token().expose());

    let refreshed = session.refresh().await.unwrap();
    assert_eq!(refreshed.email, address);
    let current = session
        .api()
        .get_session()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(current.map(|c| c.user.email), Some(address.clone()));
    let anonymous = auth.api().get_session().send().await.unwrap().into_inner();
    assert!(
        anonymous.is_none(),
        "the unauthenticated client carries no session"
    );

    session.sign_out().await.unwrap();
    assert!(matches!(session.refresh().await, Err(Error::NoSession)));
    assert!(signed_up.refresh().await.is_ok(), "other sessions stay");
}

#[tokio::test]
async fn a_stored_token_resumes_the_session() {
    let auth = auth();
    let address = email("resume");
    let first = auth
        .sign_up_email(&address, PASSWORD, "Resume")
        .await
        .unwrap();
    let resumed = auth.session_from_token(first.token()).await.unwrap();
    assert_eq!(resumed.user().email, address);

    first.sign_out().await.unwrap();
    let gone = auth.session_from_token(first.token()).await.unwrap_err();
    assert!(matches!(gone, Error::NoSession), "{gone:?}");
    let made_up = auth.session_from_token("not-a-token").await.unwrap_err();
    assert!(matches!(made_up, Error::NoSession), "{made_up:?}");
}

#[tokio::test]
async fn wrong_password_and_unknown_user_have_their_code() {
    let auth = auth();
    let address = email("wrong");
    auth.sign_up_email(&address, PASSWORD, "Wrong")
        .await
        .unwrap();

    for (who, password) in [
        (address.as_str(), "not-the-password"),
        ("nobody@example.com", PASSWORD),
    ] {
        let e = auth.sign_in_email(who, password).await.unwrap_err();
        assert_eq!(e.code(), Some(&ErrorCode::InvalidEmailOrPassword), "{e:?}");
        assert_eq!(e.status().map(|s| s.as_u16()), Some(401));
        assert!(!e.is_retryable());
        assert!(!e.to_string().contains(password), "{e}");
    }
}

#[tokio::test]
async fn duplicate_sign_up_is_refused() {
    let auth = auth();
    let address = email("dup");
    auth.sign_up_email(&address, PASSWORD, "Dup").await.unwrap();
    let e = auth
        .sign_up_email(&address, PASSWORD, "Dup")
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some(&ErrorCode::UserAlreadyExistsUseAnotherEmail),
        "{e:?}"
    );
    assert_eq!(e.status().map(|s| s.as_u16()), Some(422));
}

#[tokio::test]
async fn a_banned_user_cannot_sign_in() {
    let auth = auth();
    let admin_email = email("admin");
    auth.sign_up_email(&admin_email, PASSWORD, "Admin")
        .await
        .unwrap();
    server().make_admin(&admin_email).unwrap();
    let admin = auth.sign_in_email(&admin_email, PASSWORD).await.unwrap();

    let victim_email = email("banned");
    let victim = auth
        .sign_up_email(&victim_email, PASSWORD, "Victim")
        .await
        .unwrap();
    let victim_id = victim.user().id;
    admin
        .api()
        .admin_ban_user()
        .body_map(|b| b.user_id(victim_id.clone()).ban_reason(Some("test".into())))
        .send()
        .await
        .unwrap();

    let e = auth
        .sign_in_email(&victim_email, PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some(&ErrorCode::BannedUser), "{e:?}");
    assert!(
        matches!(victim.refresh().await, Err(Error::NoSession)),
        "banning revokes sessions"
    );
}

#[tokio::test]
async fn an_empty_error_body_is_still_a_typed_error() {
    let auth = auth();
    let session = auth
        .sign_up_email(&email("plain"), PASSWORD, "Plain")
        .await
        .unwrap();
    let e: Error = session
        .api()
        .admin_list_users()
        .send()
        .await
        .unwrap_err()
        .into();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(403), "{e:?}");
    assert!(e.code().is_some(), "{e:?}");

    let unauthenticated: Error = auth
        .api()
        .admin_list_users()
        .send()
        .await
        .unwrap_err()
        .into();
    assert_eq!(
        unauthenticated.status().map(|s| s.as_u16()),
        Some(401),
        "{unauthenticated:?}"
    );
}

#[tokio::test]
async fn sign_in_with_an_email_otp() {
    let auth = auth();
    let address = email("otp");
    auth.sign_up_email(&address, PASSWORD, "Otp").await.unwrap();
    let otp = common::sign_in_otp(&auth, &address).await;

    let wrong = auth
        .sign_in_email_otp(&address, "000000")
        .await
        .unwrap_err();
    assert_eq!(wrong.code(), Some(&ErrorCode::InvalidOtp), "{wrong:?}");
    let session = auth.sign_in_email_otp(&address, &otp).await.unwrap();
    assert_eq!(session.refresh().await.unwrap().email, address);
}

#[tokio::test]
async fn sign_in_with_a_magic_link() {
    let auth = auth();
    let address = email("magic");
    auth.api()
        .sign_in_magic_link()
        .body_map(|b| b.email(address.clone()))
        .send()
        .await
        .unwrap();
    let token = server().last_magic_link_token(&address).unwrap();
    let session = auth.sign_in_magic_link(&token).await.unwrap();
    assert_eq!(session.user().email, address);
    assert!(
        auth.sign_in_magic_link(&token).await.is_err(),
        "a link works once"
    );
}

#[tokio::test]
async fn sign_in_with_a_phone_number() {
    let auth = auth();
    let phone = format!("+1555{:07}", fastrand::u32(..10_000_000));
    auth.api()
        .phone_number_send_otp()
        .body_map(|b| b.phone_number(phone.clone()))
        .send()
        .await
        .unwrap();
    let code = server().last_phone_otp(&phone).unwrap();
    let session = auth.sign_in_phone_otp(&phone, &code).await.unwrap();
    assert_eq!(session.user().phone_number.as_deref(), Some(phone.as_str()));

    let e = auth
        .sign_in_phone_number(&phone, "no-password-set")
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(401), "{e:?}");
}

#[tokio::test]
async fn many_sessions_share_one_client_without_crosstalk() {
    // 200 sign-ups queue on the test server's one database connection; on a loaded machine the
    // last of them waits longer than the default timeout allows.
    let auth = NeonAuth::builder(server().base_url())
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap();
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..200 {
        let auth = auth.clone();
        tasks.spawn(async move {
            let address = email(&format!("many{i}"));
            let session = auth.sign_up_email(&address, PASSWORD, "Many").await?;
            let seen = session.refresh().await?;
            Ok::<_, Error>((address, seen.email, session.user().email))
        });
    }
    let mut checked = 0;
    while let Some(joined) = tasks.join_next().await {
        let (address, seen, kept) = joined.unwrap().unwrap();
        assert_eq!(seen, address);
        assert_eq!(kept, address);
        checked += 1;
    }
    assert_eq!(checked, 200);
}

#[tokio::test]
async fn the_server_going_away_is_a_transport_error_and_coming_back_works() {
    // Its own embedded database, even when the suite runs against PostgreSQL: the restart must
    // lose every session.
    let mut own = neon_auth_testserver::TestServer::builder()
        .embedded_database()
        .start()
        .unwrap();
    let auth = NeonAuth::builder(own.base_url())
        .timeout(Duration::from_secs(5))
        .max_retries(1)
        .build()
        .unwrap();
    let session = auth
        .sign_up_email(&email("away"), PASSWORD, "Away")
        .await
        .unwrap();

    own.stop().unwrap();
    let gone = tokio::time::timeout(Duration::from_secs(60), session.refresh())
        .await
        .expect("a stopped server must not hang the client");
    let e = gone.unwrap_err();
    assert!(matches!(e, Error::Transport(_)), "{e:?}");
    assert!(e.is_retryable());

    own.restart().unwrap();
    let back = tokio::time::timeout(Duration::from_secs(60), session.refresh())
        .await
        .expect("no hang after the restart");
    assert!(
        matches!(back, Err(Error::NoSession)),
        "the restarted server starts with an empty database: {back:?}"
    );
    auth.sign_up_email(&email("back"), PASSWORD, "Back")
        .await
        .unwrap();
}

#[tokio::test]
async fn rate_limiting_waits_within_its_bound_or_fails_with_the_wait() {
    let own = neon_auth_testserver::TestServer::builder()
        .env("RATE_LIMIT", "2/3")
        .start()
        .unwrap();
    let impatient = NeonAuth::builder(own.base_url())
        .max_rate_limit_wait(Duration::ZERO)
        .build()
        .unwrap();
    let mut limited = None;
    for _ in 0..5 {
        if let Err(e) = impatient.api().get_session().send().await {
            limited = Some(Error::from(e));
            break;
        }
    }
    let e = limited.expect("the third call within the window is limited");
    assert_eq!(e.status().map(|s| s.as_u16()), Some(429), "{e:?}");
    assert!(e.retry_after().is_some(), "{e:?}");
    assert!(e.is_retryable());

    let patient = NeonAuth::builder(own.base_url())
        .max_rate_limit_wait(Duration::from_secs(10))
        .build()
        .unwrap();
    for _ in 0..4 {
        patient.api().get_session().send().await.unwrap();
    }
}

#[tokio::test]
async fn cookie_mode_sends_the_session_cookie_and_the_trusted_origin() {
    let address = email("cookie");
    auth()
        .sign_up_email(&address, PASSWORD, "Cookie")
        .await
        .unwrap();

    let trusted = NeonAuth::builder(server().base_url())
        .cookie_mode(server().origin())
        .build()
        .unwrap();
    let session = trusted.sign_in_email(&address, PASSWORD).await.unwrap();
    assert_eq!(session.refresh().await.unwrap().email, address);
    let listed = session
        .api()
        .list_sessions()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert!(!listed.is_empty());
    session.api().revoke_other_sessions().send().await.unwrap();

    let foreign = NeonAuth::builder(server().base_url())
        .cookie_mode("https://attacker.example")
        .build()
        .unwrap();
    let e = foreign.sign_in_email(&address, PASSWORD).await.unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(403), "{e:?}");
    assert_eq!(e.code(), Some(&ErrorCode::InvalidOrigin), "{e:?}");
}

/// Impersonation in both credential modes: the parked `admin_session` cookie goes next to the
/// bearer token, or after the session cookie, and ending it twice is an error, not a panic.
#[tokio::test]
async fn an_admin_impersonates_a_user_and_comes_back() {
    let admin_email = email("impersonator");
    auth()
        .sign_up_email(&admin_email, PASSWORD, "Impersonator")
        .await
        .unwrap();
    server().make_admin(&admin_email).unwrap();
    let target_email = email("impersonated");
    let target_id = auth()
        .sign_up_email(&target_email, PASSWORD, "Impersonated")
        .await
        .unwrap()
        .user()
        .id;

    let bearer = auth();
    let cookies = NeonAuth::builder(server().base_url())
        .cookie_mode(server().origin())
        .build()
        .unwrap();
    for client in [bearer, cookies] {
        let admin = client.sign_in_email(&admin_email, PASSWORD).await.unwrap();
        let impersonation = admin.impersonate(&target_id).await.unwrap();
        let shown = format!("{impersonation:?}");
        assert!(
            !shown.contains(impersonation.session().token().expose()),
            "Debug shows the impersonation's token: {shown}"
        );
        assert!(!shown.contains("admin_session="), "Debug shows the cookie");
        assert_eq!(
            impersonation.session().refresh().await.unwrap().email,
            target_email
        );
        assert_eq!(admin.refresh().await.unwrap().email, admin_email);

        let back = impersonation.stop().await.unwrap();
        assert_eq!(back.user().email, admin_email);
        assert_eq!(back.refresh().await.unwrap().email, admin_email);
        assert!(
            matches!(
                impersonation.session().refresh().await,
                Err(Error::NoSession)
            ),
            "the impersonation session outlived its end"
        );
        let again = impersonation.stop().await.unwrap_err();
        assert!(matches!(again, Error::Api(_)), "{again:?}");
    }

    let plain = auth().sign_in_email(&target_email, PASSWORD).await.unwrap();
    let e = plain.impersonate(&target_id).await.unwrap_err();
    assert_eq!(
        e.code(),
        Some(&ErrorCode::YouAreNotAllowedToImpersonateUsers),
        "{e:?}"
    );
}
