//! A signed-in session: its token, its user, its JWT.
use std::sync::{Arc, RwLock};

use reqwest::header::HeaderMap;

use crate::secret::Secret;

/// The user of a session, as the service describes it.
pub type User = crate::api::types::User;

/// Session state shared by every clone of a [`Session`] and by its API client.
#[derive(Debug)]
pub(crate) struct SessionState {
    token: RwLock<Secret>,
}

impl SessionState {
    pub(crate) fn token(&self) -> Secret {
        self.token
            .read()
            .map(|t| t.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    pub(crate) fn observe(&self, _headers: &HeaderMap) {}
}

/// A signed-in session.
#[derive(Debug, Clone)]
pub struct Session {
    state: Arc<SessionState>,
}
