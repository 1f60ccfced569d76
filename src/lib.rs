#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod error;
pub mod verify;
#[cfg(feature = "axum")]
pub mod axum;

pub use error::Error;
pub use verify::{Claims, JwtError, JwtVerifier};

/// The result type of every fallible call in this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
