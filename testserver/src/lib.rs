//! Starts and stops the local Better Auth test server.
