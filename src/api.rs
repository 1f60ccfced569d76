//! The client generated from the Better Auth OpenAPI document, one method per operation.
//!
//! Method names follow the endpoint's path (`/organization/create` is `organization_create`,
//! `/admin/list-users` is `admin_list_users`); the builder each returns takes the parameters and
//! body, and `send()` makes the call. Methods live in one extension trait per plugin group, so
//! bring them into scope with `use neon_auth::prelude::*;`.
//!
//! Get a client from [`NeonAuth::api`](crate::NeonAuth::api) (unauthenticated) or
//! [`Session::api`](crate::Session::api) (authenticated as that session).

#[allow(
    missing_docs,
    unused_imports,
    unused_qualifications,
    clippy::all,
    clippy::pedantic,
    rustdoc::all,
    unreachable_pub,
    dead_code,
    unreachable_patterns
)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/neon_auth_api.rs"));
}

pub use generated::{Client, ResponseValue, builder, prelude, types};
