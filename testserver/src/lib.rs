#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

mod error;
mod http;
mod npm;
mod process;

use std::ffi::OsString;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};
use std::{fmt, io};

use serde_json::{Value, json};

pub use error::Error;
pub use http::Response;
use process::{Output, Waited};

/// The path under which the server answers the auth API, as on a Neon Auth instance whose
/// database is `neondb`.
pub const BASE_PATH: &str = "/neondb/auth";

/// How long a server may take to print its `ready:` line before it is stopped.
pub const DEFAULT_READY_TIMEOUT: Duration = Duration::from_secs(60);

/// The variable that points every server at a real PostgreSQL database.
pub const DATABASE_URL_VAR: &str = "NEON_AUTH_TEST_DATABASE_URL";

/// Variables `server.mjs` reads. They are cleared from the inherited environment so that a
/// setting meant for something else cannot change the server.
const SERVER_VARS: [&str; 5] = [
    "PORT",
    "DATABASE_URL",
    "PLUGINS",
    "RATE_LIMIT",
    "JWKS_ROTATION_SECONDS",
];

/// A running test server. Dropping it stops the server.
pub struct TestServer {
    config: Config,
    port: u16,
    origin: String,
    base_url: String,
    running: Mutex<Option<Running>>,
}

/// What a server is started with, kept so that [`TestServer::restart`] can start it again.
#[derive(Clone)]
struct Config {
    dir: PathBuf,
    node: PathBuf,
    env: Vec<(String, String)>,
    ready_timeout: Duration,
}

impl Config {
    fn uses_postgres(&self) -> bool {
        self.env.iter().any(|(name, _)| name == "DATABASE_URL")
    }
}

struct Running {
    child: Child,
    output: Output,
}

impl TestServer {
    /// Starts a server with Neon Auth's plugin set on a free port.
    ///
    /// # Errors
    ///
    /// See [`Builder::start`].
    pub fn start() -> Result<TestServer, Error> {
        Self::builder().start()
    }

    /// Settings for a server other than the default one.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// The one default server of this test binary, started by the first call.
    ///
    /// It keeps running when the thread that started it ends and stops when the process ends.
    /// A failed start is remembered, so that every test reports it at once instead of each
    /// waiting for its own failure.
    ///
    /// # Errors
    ///
    /// See [`Builder::start`].
    pub fn shared() -> Result<&'static TestServer, Error> {
        static SHARED: OnceLock<Result<TestServer, Error>> = OnceLock::new();
        SHARED
            .get_or_init(TestServer::start)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The auth URL, e.g. `http://127.0.0.1:PORT/neondb/auth`: what a Neon Auth user would
    /// configure as their instance's URL.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Scheme, host and port, e.g. `http://127.0.0.1:PORT`: the trusted origin for requests
    /// authenticated by cookie.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// True when the server keeps its data in its own embedded database, which a
    /// [`restart`](Self::restart) empties; false when it uses a PostgreSQL server (see
    /// [`Builder::database_url`]), whose data outlives it.
    pub fn has_embedded_database(&self) -> bool {
        !self.config.uses_postgres()
    }

    /// The port on 127.0.0.1. It stays the same across [`restart`](Self::restart).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The server's process id, or `None` while it is stopped.
    pub fn pid(&self) -> Option<u32> {
        self.running().as_ref().map(|running| running.child.id())
    }

    /// The last lines (up to 200) the server printed on stdout and stderr.
    pub fn output(&self) -> String {
        self.running()
            .as_ref()
            .map(|running| running.output.text())
            .unwrap_or_default()
    }

    /// Sends one request to the server and answers whatever it answered, any status.
    ///
    /// `path` starts at the origin, so auth endpoints start with [`BASE_PATH`]. A body is sent
    /// as JSON. This is for tests that check the server itself; tests of the SDK use the SDK.
    ///
    /// # Errors
    ///
    /// [`Error::Stopped`], [`Error::Exited`] when the server has died, [`Error::Http`] when
    /// the answer is not HTTP, [`Error::Io`] when the connection failed otherwise.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Result<Response, Error> {
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        match http::request(addr, method, path, headers, body) {
            Ok(Ok(response)) => Ok(response),
            Ok(Err(detail)) => Err(Error::Http {
                request: format!("{method} {path}"),
                detail,
            }),
            Err(err) => Err(self.explain(format!("{method} {path}"), err)),
        }
    }

    /// A failed connection usually means the server is gone; say so if it is. A dying
    /// process may reset connections a moment before it can be reaped, hence the short wait.
    fn explain(&self, request: String, err: io::Error) -> Error {
        let mut running = self.running();
        let Some(running) = running.as_mut() else {
            return Error::Stopped;
        };
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            match running.child.try_wait() {
                Ok(Some(status)) => {
                    return Error::Exited {
                        when: "running",
                        status: process::describe(status),
                        output: running.output.text(),
                    };
                }
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                _ => return Error::io(format!("{request} to the test server failed"), err),
            }
        }
    }

    /// A hook call that must answer 200 with JSON.
    fn hook(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, Error> {
        let response = self.request(method, path, &[], body)?;
        if response.status != 200 {
            return Err(Error::Http {
                request: format!("{method} {path}"),
                detail: format!("answered {}: {}", response.status, response.body),
            });
        }
        response.json()
    }

    /// Every email and SMS the server "sent" to `to` (an email address or phone number),
    /// oldest first.
    ///
    /// Messages live in the server's memory, so a restart forgets them.
    ///
    /// # Errors
    ///
    /// See [`request`](Self::request); [`Error::Http`] when the answer is not a list of
    /// messages.
    pub fn messages(&self, to: &str) -> Result<Vec<Message>, Error> {
        let path = format!("/__test/messages?to={}", encode_query(to));
        let answer = self.hook("GET", &path, None)?;
        let list = answer.as_array().ok_or_else(|| Error::Http {
            request: format!("GET {path}"),
            detail: format!("expected a list, got {answer}"),
        })?;
        Ok(list.iter().map(Message::from_json).collect())
    }

    /// The last message of `kind` sent to `to`, and the field of it that the test wants.
    fn last(
        &self,
        to: &str,
        kind: &'static str,
        field: fn(&Message) -> Option<&String>,
    ) -> Result<String, Error> {
        let messages = self.messages(to)?;
        let found = messages
            .iter()
            .rev()
            .find(|m| m.kind == kind)
            .and_then(field);
        found.cloned().ok_or_else(|| Error::NoMessage {
            kind,
            to: to.to_owned(),
        })
    }

    /// The last email OTP (sign-in, email verification or password reset) sent to `email`.
    ///
    /// # Errors
    ///
    /// [`Error::NoMessage`] when none was sent; see [`messages`](Self::messages).
    pub fn last_email_otp(&self, email: &str) -> Result<String, Error> {
        self.last(email, "email-otp", |m| m.otp.as_ref())
    }

    /// The token of the last magic link sent to `email`.
    ///
    /// # Errors
    ///
    /// [`Error::NoMessage`] when none was sent; see [`messages`](Self::messages).
    pub fn last_magic_link_token(&self, email: &str) -> Result<String, Error> {
        self.last(email, "magic-link", |m| m.token.as_ref())
    }

    /// The last verification code sent by SMS to `phone`.
    ///
    /// # Errors
    ///
    /// [`Error::NoMessage`] when none was sent; see [`messages`](Self::messages).
    pub fn last_phone_otp(&self, phone: &str) -> Result<String, Error> {
        self.last(phone, "phone-otp", |m| m.otp.as_ref())
    }

    /// The last password-reset code sent by SMS to `phone`.
    ///
    /// # Errors
    ///
    /// [`Error::NoMessage`] when none was sent; see [`messages`](Self::messages).
    pub fn last_phone_reset_otp(&self, phone: &str) -> Result<String, Error> {
        self.last(phone, "phone-reset-otp", |m| m.otp.as_ref())
    }

    /// The token of the last password-reset link sent to `email`.
    ///
    /// # Errors
    ///
    /// [`Error::NoMessage`] when none was sent; see [`messages`](Self::messages).
    pub fn last_reset_password_token(&self, email: &str) -> Result<String, Error> {
        self.last(email, "reset-password", |m| m.token.as_ref())
    }

    /// The token of the last email-verification link sent to `email`.
    ///
    /// # Errors
    ///
    /// [`Error::NoMessage`] when none was sent; see [`messages`](Self::messages).
    pub fn last_verify_email_token(&self, email: &str) -> Result<String, Error> {
        self.last(email, "verify-email", |m| m.token.as_ref())
    }

    /// The id of the last organization invitation sent to `email`.
    ///
    /// # Errors
    ///
    /// [`Error::NoMessage`] when none was sent; see [`messages`](Self::messages).
    pub fn last_invitation_id(&self, email: &str) -> Result<String, Error> {
        self.last(email, "invitation", |m| m.invitation_id.as_ref())
    }

    /// Gives the user with `email` the admin role, as a Neon Auth project owner would in the
    /// console. Sessions created before keep their old role until refreshed.
    ///
    /// # Errors
    ///
    /// [`Error::Http`] when no user has that email; see [`request`](Self::request).
    pub fn make_admin(&self, email: &str) -> Result<(), Error> {
        self.hook(
            "POST",
            "/__test/make-admin",
            Some(&json!({ "email": email })),
        )
        .map(drop)
    }

    /// Adds a new JWT signing key and answers its `kid`; JWTs issued from now on use it.
    ///
    /// # Errors
    ///
    /// See [`request`](Self::request); [`Error::Http`] when the answer has no `kid`.
    pub fn rotate_jwks(&self) -> Result<String, Error> {
        let answer = self.hook("POST", "/__test/rotate-jwks", Some(&json!({})))?;
        match answer.get("kid").and_then(Value::as_str) {
            Some(kid) => Ok(kid.to_owned()),
            None => Err(Error::Http {
                request: "POST /__test/rotate-jwks".into(),
                detail: format!("no kid in {answer}"),
            }),
        }
    }

    /// Stops the server: SIGTERM to its process group, SIGKILL if it has not exited within
    /// five seconds. Requests fail with [`Error::Stopped`] until [`restart`](Self::restart).
    ///
    /// # Errors
    ///
    /// [`Error::Io`] when waiting for the process failed.
    pub fn stop(&mut self) -> Result<(), Error> {
        let running = self
            .running
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        match running {
            Some(mut running) => process::stop(&mut running.child)
                .map(drop)
                .map_err(|e| Error::io("cannot wait for the test server to stop", e)),
            None => Ok(()),
        }
    }

    /// Stops the server if it runs and starts it again on the same port, so that tests can
    /// see a server go away and come back. With the embedded database the new server starts
    /// empty: users, sessions, keys and messages are gone.
    ///
    /// # Errors
    ///
    /// See [`stop`](Self::stop) and [`Builder::start`]; [`Error::PortTaken`] when another
    /// process took the port meanwhile.
    pub fn restart(&mut self) -> Result<(), Error> {
        self.stop()?;
        let (running, _) = launch(&self.config, self.port)?;
        *self.running.get_mut().unwrap_or_else(|e| e.into_inner()) = Some(running);
        Ok(())
    }

    fn running(&self) -> MutexGuard<'_, Option<Running>> {
        self.running.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.stop();
    }
}

impl fmt::Debug for TestServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TestServer")
            .field("base_url", &self.base_url)
            .field("pid", &self.pid())
            .finish()
    }
}

/// Settings for a server, from [`TestServer::builder`].
#[derive(Clone)]
pub struct Builder {
    dir: PathBuf,
    node: PathBuf,
    env: Vec<(String, String)>,
    port: u16,
    ready_timeout: Duration,
}

impl Default for Builder {
    fn default() -> Self {
        let mut env = Vec::new();
        if let Some(url) = std::env::var_os(DATABASE_URL_VAR).filter(|url| !url.is_empty()) {
            env.push((
                "DATABASE_URL".to_owned(),
                url.to_string_lossy().into_owned(),
            ));
        }
        Builder {
            dir: Path::new(env!("CARGO_MANIFEST_DIR")).to_owned(),
            node: PathBuf::from("node"),
            env,
            port: 0,
            ready_timeout: DEFAULT_READY_TIMEOUT,
        }
    }
}

/// Shows the names of the variables but not their values: a database URL may hold a password.
impl fmt::Debug for Builder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.env.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("Builder")
            .field("dir", &self.dir)
            .field("node", &self.node)
            .field("env", &names)
            .field("port", &self.port)
            .field("ready_timeout", &self.ready_timeout)
            .finish()
    }
}

impl Builder {
    /// The plugin set: `neon` (the default, Neon Auth's), `core` (only `openAPI` and
    /// `bearer`) or `extended` (Neon's and several more, organization with teams).
    pub fn plugins(self, set: &str) -> Self {
        self.env("PLUGINS", set)
    }

    /// Sets an environment variable of the server, e.g. `RATE_LIMIT` to `"3/60"` (3 requests
    /// per 60 seconds) or `JWKS_ROTATION_SECONDS`. Later settings win.
    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.to_owned(), value.to_owned()));
        self
    }

    /// A PostgreSQL connection URL to use instead of the embedded database. The default is
    /// the value of `NEON_AUTH_TEST_DATABASE_URL`, if set.
    pub fn database_url(self, url: &str) -> Self {
        self.env("DATABASE_URL", url)
    }

    /// A fresh embedded database even when `NEON_AUTH_TEST_DATABASE_URL` is set, for a test
    /// that needs a restart to empty it. Undoes an earlier [`database_url`](Self::database_url).
    pub fn embedded_database(mut self) -> Self {
        self.env.retain(|(name, _)| name != "DATABASE_URL");
        self
    }

    /// The port on 127.0.0.1; 0 (the default) picks a free one.
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The `node` executable; by default `node` from `PATH`. `npm` is taken from the same
    /// directory if it is there.
    pub fn node(mut self, node: impl Into<PathBuf>) -> Self {
        self.node = node.into();
        self
    }

    /// The directory with `server.mjs` and `package-lock.json`; by default this crate's.
    pub fn dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.dir = dir.into();
        self
    }

    /// How long the server may take to become ready; [`DEFAULT_READY_TIMEOUT`] by default.
    pub fn ready_timeout(mut self, timeout: Duration) -> Self {
        self.ready_timeout = timeout;
        self
    }

    /// Checks Node.js, installs the server's packages if needed, starts the server and waits
    /// until it is ready.
    ///
    /// # Errors
    ///
    /// [`Error::NodeNotFound`] or [`Error::NodeTooOld`], [`Error::NpmCiFailed`],
    /// [`Error::PortTaken`], [`Error::Exited`] when the server crashed while starting,
    /// [`Error::NotReady`] when it did not become ready in time, [`Error::Io`].
    pub fn start(self) -> Result<TestServer, Error> {
        npm::check_node(&self.node)?;
        npm::ensure_installed(&self.dir, &self.node)?;
        if self.port != 0 {
            check_port_free(self.port)?;
        }
        let config = Config {
            dir: self.dir,
            node: self.node,
            env: self.env,
            ready_timeout: self.ready_timeout,
        };
        let (running, base_url) = launch(&config, self.port)?;
        let mut server = TestServer {
            config,
            port: 0,
            origin: String::new(),
            base_url: String::new(),
            running: Mutex::new(Some(running)),
        };
        let Some((origin, port)) = split_base_url(&base_url) else {
            let output = server.output();
            return Err(Error::Exited {
                when: "starting",
                status: format!("it announced an unexpected URL {base_url:?}"),
                output,
            });
        };
        server.port = port;
        server.origin = origin.to_owned();
        server.base_url = base_url;
        Ok(server)
    }
}

/// Binding first gives a clear error; the server would only report `EADDRINUSE`.
fn check_port_free(port: u16) -> Result<(), Error> {
    match TcpListener::bind(("127.0.0.1", port)) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AddrInUse => Err(Error::PortTaken { port }),
        Err(e) => Err(Error::io(format!("cannot bind 127.0.0.1:{port}"), e)),
    }
}

/// `http://127.0.0.1:PORT/neondb/auth` -> (`http://127.0.0.1:PORT`, PORT)
fn split_base_url(url: &str) -> Option<(&str, u16)> {
    let origin = url.strip_suffix(BASE_PATH)?;
    let port = origin.rsplit_once(':')?.1.parse().ok()?;
    Some((origin, port))
}

/// Starts `server.mjs` and waits for its `ready:` line; answers the base URL it announced.
fn launch(config: &Config, port: u16) -> Result<(Running, String), Error> {
    // Servers sharing one PostgreSQL database would race to create its tables.
    static MIGRATIONS: Mutex<()> = Mutex::new(());
    let _migrating = config
        .uses_postgres()
        .then(|| MIGRATIONS.lock().unwrap_or_else(|e| e.into_inner()));

    let mut command = Command::new(&config.node);
    command.arg("server.mjs").current_dir(&config.dir);
    for name in SERVER_VARS {
        command.env_remove(name);
    }
    command.envs(
        config
            .env
            .iter()
            .map(|(k, v)| (OsString::from(k), OsString::from(v))),
    );
    command.env("PORT", port.to_string());
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());

    let mut child = process::spawn(command).map_err(|source| Error::NodeNotFound {
        node: config.node.clone(),
        source: source.into(),
    })?;
    let output = Output::default();
    let (ready, announced) = mpsc::channel();
    if let Some(stdout) = child.stdout.take() {
        output.collect(stdout, "ready: ", ready.clone());
    }
    if let Some(stderr) = child.stderr.take() {
        // No line of stderr announces readiness; the marker only keeps the lines.
        output.collect(stderr, "\0", ready);
    }

    match process::wait_for_line(&mut child, &announced, config.ready_timeout) {
        Ok(base_url) => Ok((Running { child, output }, base_url)),
        Err(Waited::Exited(status)) => {
            // The reader threads may still hold the last lines; they end with the pipes.
            std::thread::sleep(Duration::from_millis(100));
            let output = output.text();
            if port != 0 && output.contains("EADDRINUSE") {
                return Err(Error::PortTaken { port });
            }
            Err(Error::Exited {
                when: "starting",
                status: process::describe(status),
                output,
            })
        }
        Err(Waited::TimedOut) => {
            let _ = process::stop(&mut child);
            Err(Error::NotReady {
                waited: config.ready_timeout,
                output: output.text(),
            })
        }
    }
}

/// Percent-encodes a query value (`+` in a phone number would otherwise read as a space).
fn encode_query(value: &str) -> String {
    let mut encoded = String::new();
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~@".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// One email or SMS the server "sent".
///
/// `Debug` leaves out the codes, tokens and links, so that a test that prints a message does
/// not leak a credential into a log.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Message {
    /// `email-otp`, `magic-link`, `phone-otp`, `phone-reset-otp`, `reset-password`,
    /// `verify-email` or `invitation`.
    pub kind: String,
    /// The one-time code of an OTP message.
    pub otp: Option<String>,
    /// The token of a link (magic link, password reset, email verification).
    pub token: Option<String>,
    /// The whole link, where there is one.
    pub url: Option<String>,
    /// The invitation's id, for an invitation.
    pub invitation_id: Option<String>,
    /// The inviting organization's id, for an invitation.
    pub organization_id: Option<String>,
    /// What an email OTP is for: `sign-in`, `email-verification`, `forget-password`, ...
    pub otp_type: Option<String>,
    /// When it was sent, as an RFC 3339 timestamp.
    pub at: String,
}

impl Message {
    fn from_json(value: &Value) -> Message {
        let field = |name: &str| value.get(name).and_then(Value::as_str).map(str::to_owned);
        Message {
            kind: field("kind").unwrap_or_default(),
            otp: field("otp"),
            token: field("token"),
            url: field("url"),
            invitation_id: field("invitationId"),
            organization_id: field("organizationId"),
            otp_type: field("type"),
            at: field("at").unwrap_or_default(),
        }
    }
}

impl fmt::Debug for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hidden = |value: &Option<String>| value.as_ref().map(|_| "<hidden>");
        f.debug_struct("Message")
            .field("kind", &self.kind)
            .field("otp", &hidden(&self.otp))
            .field("token", &hidden(&self.token))
            .field("url", &hidden(&self.url))
            .field("invitation_id", &self.invitation_id)
            .field("organization_id", &self.organization_id)
            .field("otp_type", &self.otp_type)
            .field("at", &self.at)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_the_announced_url() {
        let url = "http://127.0.0.1:4321/neondb/auth";
        assert_eq!(split_base_url(url), Some(("http://127.0.0.1:4321", 4321)));
        assert_eq!(split_base_url("http://127.0.0.1:4321/api/auth"), None);
    }

    #[test]
    fn encodes_phone_numbers_and_emails() {
        assert_eq!(encode_query("+1 555"), "%2B1%20555");
        assert_eq!(encode_query("a.b@x.test"), "a.b@x.test");
    }

    #[test]
    fn builder_debug_hides_the_database_url() {
        let builder = Builder::default().database_url("postgres://u:hunter2@db/x");
        let printed = format!("{builder:?}");
        assert!(
            printed.contains("DATABASE_URL") && !printed.contains("hunter2"),
            "{printed}"
        );
    }

    #[test]
    fn message_debug_hides_credentials() {
        let value = json!({"kind": "email-otp", "otp": "123456", "type": "sign-in", "at": "t"});
        let message = Message::from_json(&value);
        assert_eq!(message.otp.as_deref(), Some("123456"));
        let printed = format!("{message:?}");
        assert!(!printed.contains("123456"), "{printed}");
        assert!(printed.contains("sign-in"), "{printed}");
    }
}
