//! The one error type of the crate.

use crate::verify::JwtError;

/// Everything that can go wrong when talking to Neon Auth or verifying its tokens.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A JWT could not be verified, or the key set could not be loaded.
    #[error("jwt verification failed")]
    Jwt(#[from] JwtError),
}
