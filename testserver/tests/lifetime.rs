//! Servers live exactly as long as they should: the shared one outlives the thread that started
//! it, none outlives the test process, and stop and restart do what they say.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use neon_auth_testserver::{BASE_PATH, Error, TestServer};
use serde_json::json;

/// Set in the child process that [`no_server_outlives_the_test_process`] starts.
const HELPER_VAR: &str = "NEON_AUTH_TESTSERVER_LIFETIME_HELPER";

fn is_alive(pid: u32) -> bool {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // A zombie has exited; only its parent (or init) has yet to collect it.
    !stat.is_empty() && !stat.contains(") Z ")
}

fn wait_until_gone(pid: u32) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if !is_alive(pid) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

fn status_of_ok(server: &TestServer) -> Result<u16, Error> {
    Ok(server
        .request("GET", &format!("{BASE_PATH}/ok"), &[], None)?
        .status)
}

#[test]
fn the_shared_server_outlives_the_thread_that_started_it() {
    let pid = std::thread::spawn(|| TestServer::shared().unwrap().pid().unwrap())
        .join()
        .unwrap();
    // Linux sends the parent-death signal when the spawning thread ends; give it time to act.
    std::thread::sleep(Duration::from_millis(500));
    let server = TestServer::shared().unwrap();
    assert_eq!(server.pid(), Some(pid));
    assert!(is_alive(pid));
    assert_eq!(status_of_ok(server).unwrap(), 200);
}

/// Starts the shared server and one that is never dropped, prints their pids, then either
/// returns when told to (the harness exits the process without running destructors of
/// statics) or hangs until killed. Run only by the test below, in a child process.
#[test]
#[ignore = "a helper that no_server_outlives_the_test_process runs in a child process"]
fn lifetime_helper() {
    let mode = std::env::var(HELPER_VAR).expect("run by no_server_outlives_the_test_process");
    let shared = TestServer::shared().unwrap();
    let leaked = Box::leak(Box::new(TestServer::start().unwrap()));
    println!("pids: {} {}", shared.pid().unwrap(), leaked.pid().unwrap());
    if mode == "hang" {
        std::thread::sleep(Duration::from_secs(600));
    } else {
        // Return only once the parent has seen the servers alive.
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).unwrap();
    }
}

fn run_helper(mode: &str) -> Vec<u32> {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "lifetime_helper",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HELPER_VAR, mode)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let mut pids = Vec::new();
    // Read to the end: a helper that finds its stdout closed fails in its own way.
    for line in stdout.lines() {
        let line = line.unwrap();
        // libtest prints the test's name on the same line before the test's own output.
        let Some((_, rest)) = line.split_once("pids: ") else {
            continue;
        };
        pids = rest
            .split_whitespace()
            .map(|pid| pid.parse().unwrap())
            .collect();
        assert!(
            pids.iter().all(|&pid| is_alive(pid)),
            "the servers run while the helper does"
        );
        if mode == "hang" {
            child.kill().unwrap();
        } else {
            child
                .stdin
                .take()
                .unwrap()
                .write_all(b"exit now\n")
                .unwrap();
        }
    }
    assert_eq!(pids.len(), 2, "the helper did not report its servers");
    child.wait().unwrap();
    pids
}

#[test]
fn no_server_outlives_the_test_process() {
    for mode in ["exit", "hang"] {
        for pid in run_helper(mode) {
            assert!(
                wait_until_gone(pid),
                "node {pid} survived a test process that ended by {mode}"
            );
        }
    }
}

#[test]
fn stop_and_restart_keep_the_port() {
    let mut server = TestServer::start().unwrap();
    let (port, base_url, first_pid) = (server.port(), server.base_url().to_owned(), server.pid());
    assert_eq!(status_of_ok(&server).unwrap(), 200);

    server.stop().unwrap();
    assert_eq!(server.pid(), None);
    assert!(!is_alive(first_pid.unwrap()));
    assert!(matches!(status_of_ok(&server), Err(Error::Stopped)));
    assert!(
        server
            .rotate_jwks()
            .unwrap_err()
            .to_string()
            .contains("restart()")
    );
    server.stop().unwrap();

    server.restart().unwrap();
    assert_eq!(
        (server.port(), server.base_url()),
        (port, base_url.as_str())
    );
    assert_ne!(server.pid(), first_pid);
    assert_eq!(status_of_ok(&server).unwrap(), 200);
    assert!(server.output().contains(&format!("ready: {base_url}")));

    let pid = server.pid().unwrap();
    drop(server);
    assert!(!is_alive(pid), "drop stops the server");
}

fn paths_of(server: &TestServer) -> Vec<String> {
    let path = format!("{BASE_PATH}/open-api/generate-schema");
    let schema = server
        .request("GET", &path, &[], None)
        .unwrap()
        .json()
        .unwrap();
    schema["paths"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect()
}

#[test]
fn plugin_sets_change_the_served_paths() {
    let extended = TestServer::builder().plugins("extended").start().unwrap();
    let core = TestServer::builder().plugins("core").start().unwrap();
    let (extended, core) = (paths_of(&extended), paths_of(&core));
    assert!(
        extended.iter().any(|p| p == "/two-factor/enable"),
        "{extended:?}"
    );
    assert!(
        extended.iter().any(|p| p == "/organization/create-team"),
        "{extended:?}"
    );
    assert!(!core.iter().any(|p| p.starts_with("/admin/")), "{core:?}");
    assert!(core.iter().any(|p| p == "/sign-up/email"), "{core:?}");
}

#[test]
fn a_rate_limit_answers_429() {
    let server = TestServer::builder()
        .env("RATE_LIMIT", "2/60")
        .start()
        .unwrap();
    let path = format!("{BASE_PATH}/sign-in/email");
    let body = json!({"email": "nobody@example.test", "password": "wrong password"});
    let statuses: Vec<u16> = (0..4)
        .map(|_| {
            server
                .request("POST", &path, &[], Some(&body))
                .unwrap()
                .status
        })
        .collect();
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
}

fn sign_up_and_in(first: &TestServer, second: &TestServer) -> (u16, u16) {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    let email = format!(
        "db-{}-{}@example.test",
        std::process::id(),
        nanos.as_nanos()
    );
    let credentials = json!({"email": email, "password": "correct horse battery", "name": "T"});
    let send = |server: &TestServer, path: &str| {
        let path = format!("{BASE_PATH}{path}");
        server
            .request("POST", &path, &[], Some(&credentials))
            .unwrap()
            .status
    };
    (
        send(first, "/sign-up/email"),
        send(second, "/sign-in/email"),
    )
}

/// With `NEON_AUTH_TEST_DATABASE_URL` two servers share one database; without it each has its
/// own. CI runs the suite both ways, so both branches run.
#[test]
fn the_database_follows_neon_auth_test_database_url() {
    let first = TestServer::start().unwrap();
    let second = TestServer::start().unwrap();
    let (signed_up, signed_in) = sign_up_and_in(&first, &second);
    assert_eq!(signed_up, 200);
    if std::env::var_os(neon_auth_testserver::DATABASE_URL_VAR).is_some_and(|v| !v.is_empty()) {
        assert_eq!(
            signed_in, 200,
            "the second server sees the user in the shared database"
        );
    } else {
        assert_eq!(signed_in, 401, "each embedded database is separate");
    }
}

#[test]
fn embedded_database_overrides_a_database_url() {
    // Port 1 on loopback has no PostgreSQL: without the override the start would fail.
    let unreachable = "postgres://nobody@127.0.0.1:1/none";
    let server = TestServer::builder()
        .database_url(unreachable)
        .embedded_database()
        .start()
        .unwrap();
    assert!(server.has_embedded_database());
    assert_eq!(status_of_ok(&server).unwrap(), 200);
    let shared_url = std::env::var_os(neon_auth_testserver::DATABASE_URL_VAR);
    assert_eq!(
        TestServer::shared().unwrap().has_embedded_database(),
        shared_url.is_none_or(|url| url.is_empty())
    );
}
