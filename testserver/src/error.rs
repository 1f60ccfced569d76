//! What can go wrong while starting, using or stopping the test server.

use std::fmt;
use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Everything that can go wrong with the test server.
///
/// Each message says what happened and what to do about it. Where the server printed
/// something, the last lines of its output are part of the message, because a test log is
/// usually all there is to go on.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Error {
    /// The `node` executable could not be run.
    NodeNotFound {
        /// The program that was tried.
        node: PathBuf,
        /// Why running it failed.
        source: Arc<io::Error>,
    },
    /// `node` runs but is older than the server needs.
    NodeTooOld {
        /// The program that was tried.
        node: PathBuf,
        /// What `node --version` printed.
        version: String,
    },
    /// `npm ci` could not install the server's packages.
    NpmCiFailed {
        /// The directory `npm ci` ran in.
        dir: PathBuf,
        /// How `npm` ended.
        status: String,
        /// The last lines `npm` printed.
        output: String,
    },
    /// Another process listens on the port the server was asked to use.
    PortTaken {
        /// The port.
        port: u16,
    },
    /// The server process ended, while starting or after it was ready.
    Exited {
        /// `"starting"` or `"running"`.
        when: &'static str,
        /// How the process ended.
        status: String,
        /// The last lines the server printed.
        output: String,
    },
    /// The server did not print its `ready:` line in time.
    NotReady {
        /// How long we waited.
        waited: Duration,
        /// The last lines the server printed.
        output: String,
    },
    /// The server was stopped with [`TestServer::stop`](crate::TestServer::stop) and not restarted.
    Stopped,
    /// A test hook or request answered something we could not use.
    Http {
        /// The method and path that was requested.
        request: String,
        /// What was wrong with the answer.
        detail: String,
    },
    /// No message of the wanted kind was sent to the address.
    NoMessage {
        /// The kind of message looked for, e.g. `email-otp`.
        kind: &'static str,
        /// The address looked for.
        to: String,
    },
    /// An operating system call failed.
    Io {
        /// What we were doing.
        action: String,
        /// The failure.
        source: Arc<io::Error>,
    },
}

impl Error {
    pub(crate) fn io(action: impl Into<String>, source: io::Error) -> Self {
        Error::Io {
            action: action.into(),
            source: Arc::new(source),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NodeNotFound { node, .. } => write!(
                f,
                "cannot run `{}`: the test server needs Node.js 20 or newer; install it \
                 (https://nodejs.org or your package manager) and put `node` on PATH",
                node.display()
            ),
            Error::NodeTooOld { node, version } => write!(
                f,
                "`{}` is Node.js {version}, but the test server needs 20 or newer; \
                 upgrade Node.js or put a newer `node` first on PATH",
                node.display()
            ),
            Error::NpmCiFailed {
                dir,
                status,
                output,
            } => write!(
                f,
                "`npm ci` in {} failed ({status}); check that the npm registry is reachable \
                 and run `npm ci --prefix {}` by hand to see why{}",
                dir.display(),
                dir.display(),
                tail(output)
            ),
            Error::PortTaken { port } => write!(
                f,
                "port {port} on 127.0.0.1 is already in use; stop whatever listens there or \
                 let the server pick a free port (port 0, the default)"
            ),
            Error::Exited {
                when,
                status,
                output,
            } => write!(
                f,
                "the test server exited while {when} ({status}); its output below says why{}",
                tail(output)
            ),
            Error::NotReady { waited, output } => write!(
                f,
                "the test server was not ready after {} s and was stopped; a loaded machine \
                 may need a longer `ready_timeout`{}",
                waited.as_secs(),
                tail(output)
            ),
            Error::Stopped => {
                write!(
                    f,
                    "the test server is stopped; call `restart()` before using it"
                )
            }
            Error::Http { request, detail } => write!(f, "{request}: {detail}"),
            Error::NoMessage { kind, to } => write!(
                f,
                "no {kind} message was sent to {to}; trigger the endpoint that sends it first"
            ),
            Error::Io { action, .. } => write!(f, "{action}"),
        }
    }
}

/// The server's output, set off so that it reads as a quote rather than as our message.
fn tail(output: &str) -> String {
    if output.trim().is_empty() {
        return " (it printed nothing)".to_owned();
    }
    let mut text = String::from("\n--- last lines of output ---\n");
    text.push_str(output.trim_end());
    text.push_str("\n---");
    text
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::NodeNotFound { source, .. } | Error::Io { source, .. } => Some(&**source),
            _ => None,
        }
    }
}
