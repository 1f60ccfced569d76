//! The value a service shares across tasks.
use std::sync::Arc;

use crate::transport::Shared;

/// A Neon Auth instance.
#[derive(Debug, Clone)]
pub struct NeonAuth {
    shared: Arc<Shared>,
}

impl NeonAuth {
    pub(crate) fn from_shared(shared: Arc<Shared>) -> Self {
        NeonAuth { shared }
    }
}
