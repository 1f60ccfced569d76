//! The admin plugin: create, list, update, ban, impersonate and remove users.

use neon_auth::Session;
use neon_auth::api::types::{
    AdminListUsersFilterOperator, AdminListUsersFilterValue, AdminListUsersSearchField,
    AdminListUsersSearchOperator, AdminListUsersSortDirection, AdminSetRoleBodyRole,
};
use neon_auth::prelude::*;
use serde_json::json;

use super::same_shape;
use super::{
    Ctx, Flow, PASSWORD, covered, describe, ensure, expect_error, expect_refusal, nothing_lost, ok,
    refusal, refused, stored_token,
};

pub async fn run(ctx: &Ctx) -> Flow {
    let (admin_email, _) = ctx.user("admin").await?;
    // A plain user is refused before being made admin: the admin endpoints check the role.
    let (_, plain) = ctx.user("not-admin").await?;
    refusal!(
        "admin_list_users",
        plain.api().admin_list_users(),
        403,
        Some("YOU_ARE_NOT_ALLOWED_TO_LIST_USERS")
    )?;

    ctx.server.make_admin(&admin_email)?;
    // The role is read from the user at each call, but sign in again to hold a session that
    // was created as an admin, as a console user would.
    let admin = ctx
        .auth
        .sign_in_email(&admin_email, PASSWORD)
        .await
        .map_err(|e| describe(&e))?;
    ensure!(
        admin.user().role.as_deref() == Some("admin"),
        "make_admin: role {:?}",
        admin.user().role
    );

    let (alice_id, alice_email) = create_users(ctx, &admin).await?;
    list_users(ctx, &admin).await?;
    update_user(ctx, &admin, &alice_id).await?;
    ban(ctx, &admin, &alice_id, &alice_email).await?;
    impersonate(ctx, &admin, &alice_id).await?;
    // Impersonation hands out another session; the admin's own stays the admin's.
    let still = admin.refresh().await.map_err(|e| describe(&e))?;
    ensure!(
        still.email == admin_email,
        "admin_impersonate_user: the admin's session now acts as {}",
        still.email
    );
    user_sessions(ctx, &admin, &alice_id, &alice_email).await?;
    set_password_and_remove(ctx, &admin, &alice_id, &alice_email).await?;

    let answer = ok!(
        "admin_has_permission",
        admin
            .api()
            .admin_has_permission()
            .body_map(|b| b.permissions(
                json!({"user": ["create", "ban"]})
                    .as_object()
                    .cloned()
                    .unwrap_or_default()
            ))
    );
    ensure!(answer.success, "admin_has_permission: {answer:?}");
    let answer = ok!(
        "admin_has_permission",
        plain
            .api()
            .admin_has_permission()
            .body_map(|b| b.permissions(
                json!({"user": ["ban"]})
                    .as_object()
                    .cloned()
                    .unwrap_or_default()
            ))
    );
    ensure!(
        !answer.success,
        "admin_has_permission: a plain user may ban"
    );
    covered("admin_has_permission");
    Ok(())
}

/// Three users with a shared marker in their names, so that search and paging have a known
/// result even when the server keeps earlier runs' users.
async fn create_users(ctx: &Ctx, admin: &Session) -> Flow<(String, String)> {
    let mut first = None;
    for who in ["alice", "bob", "carol"] {
        let email = ctx.email(&format!("listed-{who}"));
        let answer = ok!(
            "admin_create_user",
            admin.api().admin_create_user().body_map(|b| b
                .email(email.clone())
                .name(format!("{who} {}", ctx.run))
                .password(Some(PASSWORD.into()))
                .data(serde_json::Map::new()))
        );
        let user = answer
            .user
            .ok_or("admin_create_user: no user in the answer")?;
        ensure!(
            user.email == email && user.role.as_deref() == Some("user"),
            "admin_create_user: {user:?}"
        );
        if first.is_none() {
            let other =
                json!({"email": ctx.email("shape-created"), "name": "Shape", "password": PASSWORD});
            let typed = json!({"user": &user});
            same_shape(
                ctx,
                Some(admin),
                "admin_create_user",
                "POST",
                "/admin/create-user",
                Some(&other),
                &typed,
            )?;
        }
        first.get_or_insert((user.id, email));
    }
    covered("admin_create_user");
    first.ok_or_else(|| "admin_create_user: no user".into())
}

async fn list_users(ctx: &Ctx, admin: &Session) -> Flow {
    let search = ctx.run.clone();
    let answer = ok!(
        "admin_list_users",
        admin
            .api()
            .admin_list_users()
            .search_field(AdminListUsersSearchField::Email)
            .search_operator(AdminListUsersSearchOperator::Contains)
            .search_value("listed-")
            .filter_field("role")
            .filter_operator(AdminListUsersFilterOperator::Eq)
            .filter_value(AdminListUsersFilterValue::Variant0("user".into()))
            .sort_by("email")
            .sort_direction(AdminListUsersSortDirection::Desc)
            .limit(2.0)
            .offset(0.0)
    );
    let mine: Vec<&str> = answer
        .users
        .iter()
        .map(|u| u.email.as_str())
        .filter(|e| e.contains(&search))
        .collect();
    ensure!(
        answer.users.len() == 2 && answer.total >= 3.0 && answer.limit == Some(2.0),
        "admin_list_users: {} users of {} (limit {:?})",
        answer.users.len(),
        answer.total,
        answer.limit
    );
    let mut sorted = answer
        .users
        .iter()
        .map(|u| u.email.clone())
        .collect::<Vec<_>>();
    sorted.sort_by(|a, b| b.cmp(a));
    ensure!(
        answer.users.iter().map(|u| &u.email).eq(sorted.iter()),
        "admin_list_users: not sorted by email, descending: {sorted:?}"
    );
    ensure!(
        answer
            .users
            .iter()
            .all(|u| u.email.contains("listed-") && u.role.as_deref() == Some("user")),
        "admin_list_users: search or filter ignored: {mine:?}"
    );

    // The second page starts where the first ended.
    let next = ok!(
        "admin_list_users",
        admin
            .api()
            .admin_list_users()
            .search_field(AdminListUsersSearchField::Email)
            .search_operator(AdminListUsersSearchOperator::Contains)
            .search_value(search.clone())
            .sort_by("email")
            .sort_direction(AdminListUsersSortDirection::Asc)
            .limit(2.0)
            .offset(2.0)
    );
    let query = format!(
        "/admin/list-users?searchField=email&searchOperator=contains&searchValue={search}\
         &sortBy=email&sortDirection=asc&limit=2&offset=2"
    );
    nothing_lost(ctx, admin, "admin_list_users", &query, &next)?;
    ensure!(
        next.offset == Some(2.0) && next.total >= 3.0 && !next.users.is_empty(),
        "admin_list_users: page 2 has {} users of {}",
        next.users.len(),
        next.total
    );
    covered("admin_list_users");
    Ok(())
}

async fn update_user(ctx: &Ctx, admin: &Session, user_id: &str) -> Flow {
    let answer = ok!(
        "admin_get_user",
        admin.api().admin_get_user().id(user_id.to_owned())
    );
    ensure!(answer.id == user_id, "admin_get_user: {answer:?}");
    nothing_lost(
        ctx,
        admin,
        "admin_get_user",
        &format!("/admin/get-user?id={user_id}"),
        &answer,
    )?;
    covered("admin_get_user");

    let answer = ok!(
        "admin_update_user",
        admin
            .api()
            .admin_update_user()
            .body_map(|b| b.user_id(user_id.to_owned()).data(
                json!({"name": "Alice Updated"})
                    .as_object()
                    .cloned()
                    .unwrap_or_default()
            ))
    );
    ensure!(
        answer.name == "Alice Updated" && answer.id == user_id,
        "admin_update_user: {answer:?}"
    );
    covered("admin_update_user");

    let answer = ok!(
        "admin_set_role",
        admin.api().admin_set_role().body_map(|b| b
            .user_id(user_id.to_owned())
            .role(AdminSetRoleBodyRole::String("admin".into())))
    );
    let user = answer.user.ok_or("admin_set_role: no user in the answer")?;
    ensure!(
        user.role.as_deref() == Some("admin"),
        "admin_set_role: {user:?}"
    );
    let answer = ok!(
        "admin_set_role",
        admin.api().admin_set_role().body_map(|b| b
            .user_id(user_id.to_owned())
            .role(AdminSetRoleBodyRole::String("user".into())))
    );
    let again = json!({"userId": user_id, "role": "user"});
    same_shape(
        ctx,
        Some(admin),
        "admin_set_role",
        "POST",
        "/admin/set-role",
        Some(&again),
        &answer,
    )?;
    ensure!(
        answer.user.and_then(|u| u.role).as_deref() == Some("user"),
        "admin_set_role: role not set back"
    );
    covered("admin_set_role");
    Ok(())
}

async fn ban(ctx: &Ctx, admin: &Session, user_id: &str, email: &str) -> Flow {
    let answer = ok!(
        "admin_ban_user",
        admin.api().admin_ban_user().body_map(|b| b
            .user_id(user_id.to_owned())
            .ban_reason(Some("conformance".to_owned())))
    );
    let user = answer.user.ok_or("admin_ban_user: no user in the answer")?;
    ensure!(
        user.banned && user.ban_reason.as_deref() == Some("conformance"),
        "admin_ban_user: {user:?}"
    );
    let e = ctx
        .auth
        .sign_in_email(email, PASSWORD)
        .await
        .err()
        .ok_or("admin_ban_user: a banned user signed in")?;
    expect_error("admin_ban_user", &e, 403, Some("BANNED_USER"))?;

    let answer = ok!(
        "admin_unban_user",
        admin
            .api()
            .admin_unban_user()
            .body_map(|b| b.user_id(user_id.to_owned()))
    );
    let user = answer
        .user
        .ok_or("admin_unban_user: no user in the answer")?;
    ensure!(!user.banned, "admin_unban_user: {user:?}");
    ctx.auth
        .sign_in_email(email, PASSWORD)
        .await
        .map_err(|e| format!("admin_unban_user: still refused: {}", describe(&e)))?;
    covered("admin_unban_user");
    Ok(())
}

async fn impersonate(ctx: &Ctx, admin: &Session, user_id: &str) -> Flow {
    // `Session::impersonate` decodes the answer into its generated type, takes the user's
    // session token from the bearer plugin's header and keeps the signed `admin_session`
    // cookie the admin's own session is parked in, which is the only way back.
    let impersonation = admin
        .impersonate(user_id)
        .await
        .map_err(|e| format!("admin_impersonate_user: {}", describe(&e)))?;
    let as_user = impersonation.session();
    let current = ok!("admin_impersonate_user", as_user.api().get_session())
        .ok_or("admin_impersonate_user: get-session answered null")?;
    ensure!(
        current.session.user_id == user_id
            && current.session.impersonated_by.as_deref() == Some(&admin.user().id),
        "admin_impersonate_user: session of {} by {:?}",
        current.session.user_id,
        current.session.impersonated_by
    );
    ensure!(
        as_user.user().id == user_id,
        "admin_impersonate_user: acting as {}",
        as_user.user().id
    );
    covered("admin_impersonate_user");

    // With the bearer token alone the service cannot find the admin's session and refuses.
    let e = refused!(
        "admin_stop_impersonating",
        as_user.api().admin_stop_impersonating()
    );
    expect_refusal(
        "admin_stop_impersonating",
        &e,
        500,
        "Failed to find admin session",
    )?;

    let impersonation_token = as_user.token();
    let back = impersonation
        .stop()
        .await
        .map_err(|e| format!("admin_stop_impersonating: {}", describe(&e)))?;
    ensure!(
        back.user().id == admin.user().id,
        "admin_stop_impersonating: back as {}",
        back.user().id
    );
    // The answer carries the admin's session: a session to resume, not a rotation of the
    // impersonation session, which is revoked.
    let resumed = back.refresh().await.map_err(|e| describe(&e))?;
    ensure!(
        resumed.id == admin.user().id,
        "admin_stop_impersonating: the session acts as {}",
        resumed.id
    );
    ensure!(
        ctx.auth
            .session_from_token(impersonation_token)
            .await
            .is_err(),
        "admin_stop_impersonating: the impersonation session still works"
    );
    covered("admin_stop_impersonating");
    Ok(())
}

async fn user_sessions(ctx: &Ctx, admin: &Session, user_id: &str, email: &str) -> Flow {
    let first = ctx
        .auth
        .sign_in_email(email, PASSWORD)
        .await
        .map_err(|e| describe(&e))?;
    let second = ctx
        .auth
        .sign_in_email(email, PASSWORD)
        .await
        .map_err(|e| describe(&e))?;
    let answer = ok!(
        "admin_list_user_sessions",
        admin
            .api()
            .admin_list_user_sessions()
            .body_map(|b| b.user_id(user_id.to_owned()))
    );
    ensure!(
        answer.sessions.len() >= 2 && answer.sessions.iter().all(|s| s.user_id == user_id),
        "admin_list_user_sessions: {} sessions",
        answer.sessions.len()
    );
    let again = json!({"userId": user_id});
    same_shape(
        ctx,
        Some(admin),
        "admin_list_user_sessions",
        "POST",
        "/admin/list-user-sessions",
        Some(&again),
        &answer,
    )?;
    covered("admin_list_user_sessions");

    let answer = ok!(
        "admin_revoke_user_session",
        admin
            .api()
            .admin_revoke_user_session()
            .body_map(|b| b.session_token(stored_token(&first)))
    );
    ensure!(
        answer.success == Some(true),
        "admin_revoke_user_session: {answer:?}"
    );
    ensure!(
        first.refresh().await.is_err() && second.refresh().await.is_ok(),
        "admin_revoke_user_session: revoked the wrong session"
    );
    covered("admin_revoke_user_session");

    let answer = ok!(
        "admin_revoke_user_sessions",
        admin
            .api()
            .admin_revoke_user_sessions()
            .body_map(|b| b.user_id(user_id.to_owned()))
    );
    ensure!(
        answer.success == Some(true),
        "admin_revoke_user_sessions: {answer:?}"
    );
    ensure!(
        second.refresh().await.is_err(),
        "admin_revoke_user_sessions: a session survived"
    );
    covered("admin_revoke_user_sessions");
    Ok(())
}

async fn set_password_and_remove(ctx: &Ctx, admin: &Session, user_id: &str, email: &str) -> Flow {
    let new_password = "set-by-admin-password-1";
    let answer = ok!(
        "admin_set_user_password",
        admin
            .api()
            .admin_set_user_password()
            .body_map(|b| b.user_id(user_id).new_password(new_password))
    );
    ensure!(
        answer.status == Some(true),
        "admin_set_user_password: {answer:?}"
    );
    ctx.auth
        .sign_in_email(email, new_password)
        .await
        .map_err(|e| format!("admin_set_user_password: refused: {}", describe(&e)))?;
    covered("admin_set_user_password");

    let answer = ok!(
        "admin_remove_user",
        admin
            .api()
            .admin_remove_user()
            .body_map(|b| b.user_id(user_id.to_owned()))
    );
    ensure!(
        answer.success == Some(true),
        "admin_remove_user: {answer:?}"
    );
    let e = ctx
        .auth
        .sign_in_email(email, new_password)
        .await
        .err()
        .ok_or("admin_remove_user: the removed user signed in")?;
    expect_error(
        "admin_remove_user",
        &e,
        401,
        Some("INVALID_EMAIL_OR_PASSWORD"),
    )?;
    Ok(())
}
