//! The hooks against a real server: each one is driven by the endpoint that sends its message.

use neon_auth_testserver::{BASE_PATH, TestServer};
use serde_json::{Value, json};

fn server() -> &'static TestServer {
    TestServer::shared().unwrap_or_else(|e| panic!("{e}"))
}

/// A fresh address per test, so tests also pass against a database that outlives the run.
fn unique_email(tag: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    format!(
        "{tag}-{}-{}@example.test",
        std::process::id(),
        nanos.as_nanos()
    )
}

fn post(path: &str, bearer: Option<&str>, body: Value) -> (u16, Value, Option<String>) {
    let auth = bearer.map(|token| format!("Bearer {token}"));
    let headers: Vec<(&str, &str)> = auth.iter().map(|v| ("Authorization", v.as_str())).collect();
    let response = server()
        .request("POST", &format!("{BASE_PATH}{path}"), &headers, Some(&body))
        .unwrap_or_else(|e| panic!("{e}"));
    let token = response.header("set-auth-token").map(str::to_owned);
    let json = response.json().unwrap_or(Value::Null);
    (response.status, json, token)
}

/// Signs a user up and answers its bearer token.
fn sign_up(email: &str) -> String {
    let body = json!({"email": email, "password": "correct horse battery", "name": "Test"});
    let (status, answer, token) = post("/sign-up/email", None, body);
    assert_eq!(status, 200, "{answer}");
    token.expect("sign-up answers set-auth-token")
}

#[test]
fn base_url_and_origin_describe_the_listening_server() {
    let server = server();
    assert_eq!(
        server.origin(),
        format!("http://127.0.0.1:{}", server.port())
    );
    assert_eq!(server.base_url(), format!("{}{BASE_PATH}", server.origin()));
    let response = server
        .request("GET", &format!("{BASE_PATH}/ok"), &[], None)
        .unwrap();
    assert_eq!(response.status, 200, "{}", response.body);
}

#[test]
fn email_otp_is_readable() {
    let email = unique_email("otp");
    let body = json!({"email": email, "type": "sign-in"});
    let (status, answer, _) = post("/email-otp/send-verification-otp", None, body);
    assert_eq!(status, 200, "{answer}");
    let otp = server().last_email_otp(&email).unwrap();
    assert_eq!(otp.len(), 6, "an OTP of six digits");
    assert!(otp.bytes().all(|b| b.is_ascii_digit()));

    let messages = server().messages(&email).unwrap();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].otp_type.as_deref(), Some("sign-in"));
    assert!(!messages[0].at.is_empty());
}

#[test]
fn magic_link_token_is_readable() {
    let email = unique_email("magic");
    let (status, answer, _) = post("/sign-in/magic-link", None, json!({"email": email}));
    assert_eq!(status, 200, "{answer}");
    let token = server().last_magic_link_token(&email).unwrap();
    let url = server()
        .messages(&email)
        .unwrap()
        .pop()
        .unwrap()
        .url
        .unwrap();
    assert!(url.contains(&token), "the link carries the token");
}

#[test]
fn phone_otp_is_readable_with_a_plus_in_the_number() {
    let phone = format!("+1555{:07}", std::process::id() % 10_000_000);
    let (status, answer, _) = post(
        "/phone-number/send-otp",
        None,
        json!({"phoneNumber": phone}),
    );
    assert_eq!(status, 200, "{answer}");
    assert_eq!(server().last_phone_otp(&phone).unwrap().len(), 6);
}

#[test]
fn reset_password_token_is_readable() {
    let email = unique_email("reset");
    sign_up(&email);
    let body = json!({"email": email, "redirectTo": "/reset"});
    let (status, answer, _) = post("/request-password-reset", None, body);
    assert_eq!(status, 200, "{answer}");
    assert!(
        !server()
            .last_reset_password_token(&email)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn invitation_id_is_readable() {
    let owner = unique_email("owner");
    let token = sign_up(&owner);
    let slug = format!("org-{}", owner.split('@').next().unwrap());
    let (status, org, _) = post(
        "/organization/create",
        Some(&token),
        json!({"name": "Org", "slug": slug}),
    );
    assert_eq!(status, 200, "{org}");

    let invitee = unique_email("invitee");
    let body = json!({"email": invitee, "role": "member", "organizationId": org["id"]});
    let (status, invitation, _) = post("/organization/invite-member", Some(&token), body);
    assert_eq!(status, 200, "{invitation}");
    assert_eq!(
        server().last_invitation_id(&invitee).unwrap(),
        invitation["id"].as_str().unwrap()
    );
}

#[test]
fn a_missing_message_is_a_clear_error() {
    let email = unique_email("nobody");
    let err = server().last_email_otp(&email).unwrap_err();
    assert!(
        err.to_string().contains("no email-otp message was sent to"),
        "{err}"
    );
    assert!(server().messages(&email).unwrap().is_empty());
}

#[test]
fn make_admin_lets_the_user_list_users() {
    let email = unique_email("admin");
    let token = sign_up(&email);
    let list = |token: &str| {
        let path = format!("{BASE_PATH}/admin/list-users");
        let auth = format!("Bearer {token}");
        server()
            .request("GET", &path, &[("Authorization", &auth)], None)
            .unwrap()
            .status
    };
    assert_eq!(list(&token), 403, "a new user is not an admin");

    server().make_admin(&email).unwrap();
    assert_eq!(list(&token), 200);
    let err = server().make_admin(&unique_email("ghost")).unwrap_err();
    assert!(err.to_string().contains("404"), "{err}");
}

#[test]
fn rotate_jwks_publishes_a_new_key() {
    let kid = server().rotate_jwks().unwrap();
    let jwks = server()
        .request("GET", &format!("{BASE_PATH}/jwks"), &[], None)
        .unwrap();
    let keys = jwks.json().unwrap()["keys"].as_array().cloned().unwrap();
    assert!(
        keys.iter().any(|key| key["kid"] == kid.as_str()),
        "{kid} not in {keys:?}"
    );
}
