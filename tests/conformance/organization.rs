//! The organization plugin: organizations, invitations, members and roles.

use neon_auth::Session;
use neon_auth::api::types::{
    OrganizationInviteMemberBodyRole, OrganizationUpdateBodyData, OrganizationUpdateBodyDataName,
    OrganizationUpdateMemberRoleBodyRole,
};
use neon_auth::prelude::*;
use serde_json::{Value, json};

use super::same_shape;
use super::{Ctx, Flow, covered, ensure, nothing_lost, ok, refusal, refused};

pub async fn run(ctx: &Ctx) -> Flow {
    let (_, owner) = ctx.user("org-owner").await?;
    let slug = format!("conformance-{}", ctx.run);
    let org_id = create(ctx, &owner, &slug).await?;
    read(ctx, &owner, &org_id, &slug).await?;
    let member_id = invitations(ctx, &owner, &org_id).await?;
    members(ctx, &owner, &org_id, &member_id).await?;
    delete(&owner, &org_id).await
}

fn object(value: Value) -> serde_json::Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

async fn create(ctx: &Ctx, owner: &Session, slug: &str) -> Flow<String> {
    let api = owner.api();
    let answer = ok!(
        "organization_check_slug",
        api.organization_check_slug()
            .body_map(|b| b.slug(slug.to_owned()))
    );
    ensure!(answer.status, "organization_check_slug: {answer:?}");

    let created = ok!(
        "organization_create",
        api.organization_create().body_map(|b| b
            .name("Conformance Org")
            .slug(slug.to_owned())
            .metadata(object(json!({"plan": "free"}))))
    );
    ensure!(
        created.slug == slug
            && created.name == "Conformance Org"
            && created.metadata == Some(json!({"plan": "free"}))
            && created.members.len() == 1
            && created.members[0].role == "owner"
            && created.members[0].user_id == owner.user().id,
        "organization_create: {created:?}"
    );
    // A second organization, asked for raw; the creator's active organization stays as it is.
    let other = json!({"name": "Shape Org", "slug": format!("{slug}-shape"), "metadata": {"plan": "free"}, "keepCurrentActiveOrganization": true});
    same_shape(
        ctx,
        Some(owner),
        "organization_create",
        "POST",
        "/organization/create",
        Some(&other),
        &created,
    )?;
    covered("organization_create");

    refusal!(
        "organization_check_slug",
        api.organization_check_slug()
            .body_map(|b| b.slug(slug.to_owned())),
        400,
        Some("ORGANIZATION_SLUG_ALREADY_TAKEN")
    )?;

    let name = OrganizationUpdateBodyDataName::try_from("Renamed Org")?;
    let updated = ok!(
        "organization_update",
        api.organization_update()
            .body_map(|b| b.organization_id(Some(created.id.clone())).data(
                OrganizationUpdateBodyData {
                    name: Some(name.clone()),
                    logo: None,
                    metadata: serde_json::Map::new(),
                    slug: None,
                }
            ))
    );
    ensure!(
        updated.name == "Renamed Org" && updated.id == created.id,
        "organization_update: {updated:?}"
    );
    let again = json!({"organizationId": created.id, "data": {"name": "Renamed Org"}});
    same_shape(
        ctx,
        Some(owner),
        "organization_update",
        "POST",
        "/organization/update",
        Some(&again),
        &updated,
    )?;
    covered("organization_update");
    Ok(created.id)
}

async fn read(ctx: &Ctx, owner: &Session, org_id: &str, slug: &str) -> Flow {
    let api = owner.api();
    let listed = ok!("organization_list", api.organization_list());
    ensure!(
        listed.iter().any(|o| o.id == org_id),
        "organization_list: the new organization is missing"
    );
    nothing_lost(
        ctx,
        owner,
        "organization_list",
        "/organization/list",
        &listed,
    )?;
    covered("organization_list");

    let active = ok!(
        "organization_set_active",
        api.organization_set_active()
            .body_map(|b| b.organization_id(Some(org_id.to_owned())))
    );
    ensure!(
        active.as_ref().is_some_and(|o| o.id == org_id),
        "organization_set_active: {active:?}"
    );
    let session = ok!("get_session", api.get_session()).ok_or("get_session: null")?;
    ensure!(
        session.session.active_organization_id.as_deref() == Some(org_id),
        "organization_set_active: active organization {:?}",
        session.session.active_organization_id
    );
    let again = json!({"organizationId": org_id});
    same_shape(
        ctx,
        Some(owner),
        "organization_set_active",
        "POST",
        "/organization/set-active",
        Some(&again),
        &active,
    )?;
    covered("organization_set_active");

    let got = ok!(
        "organization_get_organization",
        api.organization_get_organization()
            .organization_slug(slug.to_owned())
    );
    ensure!(
        // Here `metadata` comes as a JSON string, where create answered an object.
        got.as_ref().is_some_and(|o| o.id == org_id
            && o.metadata
                .as_ref()
                .and_then(Value::as_str)
                .is_some_and(|m| m.contains("plan"))),
        "organization_get_organization: {got:?}"
    );
    nothing_lost(
        ctx,
        owner,
        "organization_get_organization",
        &format!("/organization/get-organization?organizationSlug={slug}"),
        &got,
    )?;
    // A user in no organization gets `null` from both, which the generated types must accept.
    let (_, outsider) = ctx.user("org-outsider").await?;
    let none = ok!(
        "organization_set_active",
        outsider.api().organization_set_active().body_map(|b| b)
    );
    ensure!(none.is_none(), "organization_set_active: {none:?}");
    let none = ok!(
        "organization_get_organization",
        outsider.api().organization_get_organization()
    );
    ensure!(none.is_none(), "organization_get_organization: {none:?}");
    let none = ok!(
        "organization_get_full_organization",
        outsider.api().organization_get_full_organization()
    );
    ensure!(
        none.is_none(),
        "organization_get_full_organization: {none:?}"
    );
    covered("organization_get_organization");

    let full = ok!(
        "organization_get_full_organization",
        api.organization_get_full_organization()
            .organization_id(org_id.to_owned())
    );
    let full = full.ok_or("organization_get_full_organization: null")?;
    ensure!(
        full.id == org_id && full.members.len() == 1 && full.members[0].role == "owner",
        "organization_get_full_organization: {full:?}"
    );
    nothing_lost(
        ctx,
        owner,
        "organization_get_full_organization",
        &format!("/organization/get-full-organization?organizationId={org_id}"),
        &full,
    )?;
    covered("organization_get_full_organization");

    let member = ok!(
        "organization_get_active_member",
        api.organization_get_active_member()
    );
    ensure!(
        member.organization_id == org_id && member.role == "owner",
        "organization_get_active_member: {member:?}"
    );
    nothing_lost(
        ctx,
        owner,
        "organization_get_active_member",
        "/organization/get-active-member",
        &member,
    )?;
    covered("organization_get_active_member");

    let role = ok!(
        "organization_get_active_member_role",
        api.organization_get_active_member_role()
            .organization_id(org_id.to_owned())
    );
    ensure!(
        role.role == "owner",
        "organization_get_active_member_role: {role:?}"
    );
    nothing_lost(
        ctx,
        owner,
        "organization_get_active_member_role",
        &format!("/organization/get-active-member-role?organizationId={org_id}"),
        &role,
    )?;
    covered("organization_get_active_member_role");

    let allowed = ok!(
        "organization_has_permission",
        api.organization_has_permission()
            .body_map(|b| b.permissions(object(json!({"organization": ["update", "delete"]}))))
    );
    ensure!(
        allowed.success,
        "organization_has_permission: the owner may not update: {allowed:?}"
    );
    covered("organization_has_permission");
    Ok(())
}

/// Invites three users: one accepts, one rejects, and the owner cancels the third's invitation.
/// Answers the member id of the one who accepted.
async fn invitations(ctx: &Ctx, owner: &Session, org_id: &str) -> Flow<String> {
    let api = owner.api();
    let (accept_email, accepting) = ctx.verified_user("invitee-accepts").await?;
    let (reject_email, rejecting) = ctx.verified_user("invitee-rejects").await?;
    let cancelled_email = ctx.email("invitee-cancelled");

    let mut ids = Vec::new();
    for email in [&accept_email, &reject_email, &cancelled_email] {
        let invited = ok!(
            "organization_invite_member",
            api.organization_invite_member().body_map(|b| b
                .email(email.clone())
                .role(OrganizationInviteMemberBodyRole::String("member".into()))
                .organization_id(Some(org_id.to_owned())))
        );
        ensure!(
            &invited.email == email
                && invited.status == "pending"
                && invited.organization_id == org_id,
            "organization_invite_member: {invited:?}"
        );
        let sent = ctx.server.last_invitation_id(email)?;
        ensure!(
            sent == invited.id,
            "organization_invite_member: the email carries another invitation"
        );
        if ids.is_empty() {
            // This adds a fourth invitation, which list-invitations shows too.
            let other = json!({"email": ctx.email("invitee-shape"), "role": "member", "organizationId": org_id});
            same_shape(
                ctx,
                Some(owner),
                "organization_invite_member",
                "POST",
                "/organization/invite-member",
                Some(&other),
                &invited,
            )?;
        }
        ids.push(invited.id);
    }
    covered("organization_invite_member");
    let [accept_id, reject_id, cancel_id] =
        <[String; 3]>::try_from(ids).map_err(|_| "three invitations were made")?;

    let listed = ok!(
        "organization_list_invitations",
        api.organization_list_invitations()
            .organization_id(org_id.to_owned())
    );
    // Three invitations, and the fourth asked for raw above.
    ensure!(
        listed.len() == 4
            && listed
                .iter()
                .all(|i| i.status == "pending" && i.organization_id == org_id),
        "organization_list_invitations: {} invitations",
        listed.len()
    );
    nothing_lost(
        ctx,
        owner,
        "organization_list_invitations",
        &format!("/organization/list-invitations?organizationId={org_id}"),
        &listed,
    )?;
    covered("organization_list_invitations");

    let shown = ok!(
        "organization_get_invitation",
        accepting
            .api()
            .organization_get_invitation()
            .id(accept_id.clone())
    );
    ensure!(
        shown.organization_id == org_id
            && shown.organization_name == "Renamed Org"
            && shown.email == accept_email,
        "organization_get_invitation: {shown:?}"
    );
    nothing_lost(
        ctx,
        &accepting,
        "organization_get_invitation",
        &format!("/organization/get-invitation?id={accept_id}"),
        &shown,
    )?;
    covered("organization_get_invitation");

    let mine = ok!(
        "organization_list_user_invitations",
        accepting.api().organization_list_user_invitations()
    );
    ensure!(
        mine.len() == 1 && mine[0].id == accept_id && mine[0].organization_name == "Renamed Org",
        "organization_list_user_invitations: {mine:?}"
    );
    nothing_lost(
        ctx,
        &accepting,
        "organization_list_user_invitations",
        "/organization/list-user-invitations",
        &mine,
    )?;
    covered("organization_list_user_invitations");

    let accepted = ok!(
        "organization_accept_invitation",
        accepting
            .api()
            .organization_accept_invitation()
            .body_map(|b| b.invitation_id(accept_id.clone()))
    );
    let member_id = accepted
        .member
        .get("id")
        .and_then(Value::as_str)
        .ok_or("organization_accept_invitation: no member id")?
        .to_owned();
    ensure!(
        accepted.invitation.get("status") == Some(&json!("accepted")),
        "organization_accept_invitation: {:?}",
        accepted.invitation
    );
    covered("organization_accept_invitation");

    let rejected = ok!(
        "organization_reject_invitation",
        rejecting
            .api()
            .organization_reject_invitation()
            .body_map(|b| b.invitation_id(reject_id.clone()))
    );
    ensure!(
        rejected.invitation.get("status") == Some(&json!("rejected")),
        "organization_reject_invitation: {:?}",
        rejected.invitation
    );
    covered("organization_reject_invitation");

    let cancelled = ok!(
        "organization_cancel_invitation",
        api.organization_cancel_invitation()
            .body_map(|b| b.invitation_id(cancel_id.clone()))
    );
    ensure!(
        cancelled.status == "canceled" && cancelled.id == cancel_id,
        "organization_cancel_invitation: {cancelled:?}"
    );
    covered("organization_cancel_invitation");
    Ok(member_id)
}

async fn members(ctx: &Ctx, owner: &Session, org_id: &str, member_id: &str) -> Flow {
    let api = owner.api();
    let listed = ok!(
        "organization_list_members",
        api.organization_list_members()
            .organization_id(org_id.to_owned())
    );
    ensure!(
        listed.total == 2.0
            && listed.members.len() == 2
            && listed
                .members
                .iter()
                .any(|m| m.id == member_id && m.role == "member"),
        "organization_list_members: {listed:?}"
    );
    nothing_lost(
        ctx,
        owner,
        "organization_list_members",
        &format!("/organization/list-members?organizationId={org_id}"),
        &listed,
    )?;
    covered("organization_list_members");

    let changed = ok!(
        "organization_update_member_role",
        api.organization_update_member_role().body_map(|b| b
            .member_id(member_id.to_owned())
            .role(OrganizationUpdateMemberRoleBodyRole::String("admin".into()))
            .organization_id(Some(org_id.to_owned())))
    );
    ensure!(
        changed.id == member_id && changed.role == "admin",
        "organization_update_member_role: {changed:?}"
    );
    let again = json!({"memberId": member_id, "role": "admin", "organizationId": org_id});
    same_shape(
        ctx,
        Some(owner),
        "organization_update_member_role",
        "POST",
        "/organization/update-member-role",
        Some(&again),
        &changed,
    )?;
    covered("organization_update_member_role");

    // The member who accepted leaves; a second one is added and then removed by the owner.
    let accepting = ctx
        .auth
        .sign_in_email(&ctx.email("invitee-accepts"), super::PASSWORD)
        .await
        .map_err(|e| super::describe(&e))?;
    let left = ok!(
        "organization_leave",
        accepting
            .api()
            .organization_leave()
            .body_map(|b| b.organization_id(org_id.to_owned()))
    );
    ensure!(
        left.id == member_id && left.organization_id == org_id,
        "organization_leave: {left:?}"
    );
    covered("organization_leave");

    let (removed_email, removed) = ctx.verified_user("member-removed").await?;
    let invited = ok!(
        "organization_invite_member",
        api.organization_invite_member().body_map(|b| b
            .email(removed_email.clone())
            .role(OrganizationInviteMemberBodyRole::String("member".into()))
            .organization_id(Some(org_id.to_owned())))
    );
    ok!(
        "organization_accept_invitation",
        removed
            .api()
            .organization_accept_invitation()
            .body_map(|b| b.invitation_id(invited.id.clone()))
    );
    let gone = ok!(
        "organization_remove_member",
        api.organization_remove_member().body_map(|b| b
            .member_id_or_email(removed_email.clone())
            .organization_id(Some(org_id.to_owned())))
    );
    ensure!(
        gone.member.user_id == removed.user().id,
        "organization_remove_member: removed {:?}",
        gone.member
    );
    let after = ok!(
        "organization_list_members",
        api.organization_list_members()
            .organization_id(org_id.to_owned())
    );
    ensure!(
        after.total == 1.0,
        "organization_remove_member: members left {after:?}"
    );
    covered("organization_remove_member");
    Ok(())
}

async fn delete(owner: &Session, org_id: &str) -> Flow {
    let api = owner.api();
    let answer = ok!(
        "organization_delete",
        api.organization_delete()
            .body_map(|b| b.organization_id(org_id.to_owned()))
    );
    ensure!(answer.id == org_id, "organization_delete: {answer:?}");
    let listed = ok!("organization_list", api.organization_list());
    ensure!(
        listed.iter().all(|o| o.id != org_id),
        "organization_delete: the organization is still listed"
    );
    covered("organization_delete");
    Ok(())
}
