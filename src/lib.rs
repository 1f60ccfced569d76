#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod api;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
mod client;
mod config;
mod error;
mod reuse;
mod secret;
mod session;
mod transport;
pub mod verify;

pub use api::prelude;
pub use client::NeonAuth;
pub use config::{NeonAuthBuilder, URL_VAR};
pub use error::{ApiError, Error, ErrorCode};
pub use secret::Secret;
#[cfg(all(
    neon_auth_op = "admin_impersonate_user",
    neon_auth_op = "admin_stop_impersonating"
))]
#[cfg_attr(docsrs, doc(cfg(feature = "admin")))]
pub use session::Impersonation;
pub use session::{Session, User};
pub use transport::Context;
pub use verify::{Claims, JwtError, JwtVerifier};

/// The result type of every fallible call in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
