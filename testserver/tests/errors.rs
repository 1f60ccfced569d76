//! Each way a start can fail gives an error that says what happened and what to do.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use neon_auth_testserver::{Error, TestServer};

/// A fresh directory under the system's temporary one, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap();
        let name = format!(
            "neon-auth-testserver-{tag}-{}-{}",
            std::process::id(),
            nanos.as_nanos()
        );
        let dir = std::env::temp_dir().join(name);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// Writes an executable shell script named `name` and answers its path.
    fn script(&self, name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = self.0.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn is_alive(pid: u32) -> bool {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // A zombie has exited; only its parent (or init) has yet to collect it.
    !stat.is_empty() && !stat.contains(") Z ")
}

#[test]
fn a_missing_node_says_to_install_it() {
    let err = TestServer::builder()
        .node("/nonexistent/node")
        .start()
        .unwrap_err();
    assert!(matches!(err, Error::NodeNotFound { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("/nonexistent/node") && text.contains("Node.js 20"),
        "{text}"
    );
    assert!(
        std::error::Error::source(&err).is_some(),
        "the OS error is kept as the source"
    );
}

#[test]
fn an_old_node_says_to_upgrade() {
    let dir = TempDir::new("old-node");
    let node = dir.script("node", "echo v18.0.0");
    let err = TestServer::builder().node(&node).start().unwrap_err();
    assert!(matches!(err, Error::NodeTooOld { .. }), "{err:?}");
    assert!(err.to_string().contains("Node.js v18.0.0, but"), "{err}");
    assert!(err.to_string().contains("20 or newer"), "{err}");
}

#[test]
fn a_failing_npm_ci_shows_npm_output() {
    let dir = TempDir::new("npm-ci");
    // package.json and package-lock.json disagree, which npm ci refuses before any download.
    std::fs::write(
        dir.0.join("package.json"),
        r#"{"name":"x","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}"#,
    )
    .unwrap();
    std::fs::write(
        dir.0.join("package-lock.json"),
        r#"{"name":"x","version":"1.0.0","lockfileVersion":3,"requires":true,"packages":{"":{"name":"x","version":"1.0.0"}}}"#,
    )
    .unwrap();
    let err = TestServer::builder().dir(&dir.0).start().unwrap_err();
    assert!(matches!(err, Error::NpmCiFailed { .. }), "{err:?}");
    let text = err.to_string();
    assert!(
        text.contains("npm ci") && text.contains("in sync"),
        "{text}"
    );
}

#[test]
fn a_taken_port_is_named() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let err = TestServer::builder().port(port).start().unwrap_err();
    assert!(
        matches!(err, Error::PortTaken { port: p } if p == port),
        "{err:?}"
    );
    assert!(err.to_string().contains(&format!("port {port}")), "{err}");
}

fn assert_exited_while_starting(err: &Error, says: &str) {
    assert!(
        matches!(
            err,
            Error::Exited {
                when: "starting",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains(says), "{err}");
}

#[test]
fn a_crash_at_start_shows_the_server_output() {
    let err = TestServer::builder().plugins("bogus").start().unwrap_err();
    assert_exited_while_starting(&err, "unknown PLUGINS=bogus");
    assert!(err.to_string().contains("exit code 1"), "{err}");
}

#[test]
fn an_unreachable_database_fails_the_start() {
    // Port 1 on loopback has no PostgreSQL; the connection is refused at once.
    let unreachable = "postgres://nobody@127.0.0.1:1/none";
    let err = TestServer::builder()
        .database_url(unreachable)
        .start()
        .unwrap_err();
    assert_exited_while_starting(&err, "ECONNREFUSED");
}

#[test]
fn a_crash_later_is_reported_by_the_next_request() {
    let server = TestServer::start().unwrap();
    let pid = server.pid().unwrap();
    let killed = std::process::Command::new("kill")
        .args(["-9", &pid.to_string()])
        .status();
    assert!(killed.unwrap().success());

    let err = server.messages("a@example.test").unwrap_err();
    assert!(
        matches!(
            err,
            Error::Exited {
                when: "running",
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.to_string().contains("killed by signal 9"), "{err}");
    assert!(err.to_string().contains("ready: http://127.0.0.1"), "{err}");
}

#[test]
fn a_server_that_never_gets_ready_is_stopped_in_time() {
    let dir = TempDir::new("slow-node");
    let pid_file = dir.0.join("pid");
    let body = format!(
        "if [ \"$1\" = --version ]; then echo v20.0.0; exit 0; fi\n\
         echo starting up slowly\necho $$ > {}\nexec sleep 600",
        pid_file.display()
    );
    let node = dir.script("node", &body);

    let started = Instant::now();
    let err = TestServer::builder()
        .node(&node)
        .ready_timeout(Duration::from_secs(2))
        .start()
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "took {:?}",
        started.elapsed()
    );
    assert!(matches!(err, Error::NotReady { .. }), "{err:?}");
    assert!(err.to_string().contains("starting up slowly"), "{err}");

    let pid: u32 = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(
        !is_alive(pid),
        "the process that never got ready was left running"
    );
}

#[test]
fn node_from_a_path_that_is_a_directory_is_not_found() {
    let dir = TempDir::new("dir-node");
    let err = TestServer::builder()
        .node(Path::new(&dir.0))
        .start()
        .unwrap_err();
    assert!(matches!(err, Error::NodeNotFound { .. }), "{err:?}");
}
