//! `npm ci` runs when a server directory has no packages, once even when several servers start
//! at the same time, and not again once they are installed.

use std::path::{Path, PathBuf};
use std::time::Instant;

use neon_auth_testserver::{BASE_PATH, TestServer};

/// A copy of the server's files without `node_modules`, removed when dropped.
struct Copy(PathBuf);

impl Copy {
    fn new() -> Copy {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap();
        let name = format!(
            "neon-auth-testserver-install-{}-{}",
            std::process::id(),
            nanos.as_nanos()
        );
        let dir = std::env::temp_dir().join(name);
        std::fs::create_dir_all(&dir).unwrap();
        let source = Path::new(env!("CARGO_MANIFEST_DIR"));
        for file in ["server.mjs", "package.json", "package-lock.json"] {
            std::fs::copy(source.join(file), dir.join(file)).unwrap();
        }
        Copy(dir)
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn servers_starting_together_install_the_packages_once() {
    let copy = Copy::new();
    let start = || {
        let dir = copy.0.clone();
        std::thread::spawn(move || TestServer::builder().dir(dir).start())
    };
    // Without the lock the two `npm ci` runs would delete each other's files.
    let (first, second) = (start(), start());
    let first = first.join().unwrap().unwrap_or_else(|e| panic!("{e}"));
    let second = second.join().unwrap().unwrap_or_else(|e| panic!("{e}"));
    assert_ne!(first.port(), second.port());
    let path = format!("{BASE_PATH}/ok");
    assert_eq!(first.request("GET", &path, &[], None).unwrap().status, 200);
    assert_eq!(second.request("GET", &path, &[], None).unwrap().status, 200);

    // Installed now: npm would take seconds and rewrite its record of the install.
    let record = copy.0.join("node_modules/.package-lock.json");
    let before = std::fs::metadata(&record).unwrap().modified().unwrap();
    let started = Instant::now();
    let third = TestServer::builder().dir(&copy.0).start().unwrap();
    assert!(third.pid().is_some(), "started in {:?}", started.elapsed());
    assert_eq!(
        std::fs::metadata(&record).unwrap().modified().unwrap(),
        before
    );
}
