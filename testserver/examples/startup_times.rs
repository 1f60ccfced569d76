//! Measures how long the test server takes to start, cold and warm, and to sign a user up.
//!
//! ```sh
//! cargo run -p neon-auth-testserver --example startup_times            # warm starts, sign-ups
//! cargo run -p neon-auth-testserver --example startup_times -- --cold  # also a start with npm ci
//! ```
//!
//! `--cold` copies the server into a temporary directory without `node_modules`, so the measured
//! start includes `npm ci` without disturbing other users of the checked-out server. npm's
//! download cache still helps; point `npm_config_cache` at an empty directory to measure a
//! first install on a fresh machine.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use neon_auth_testserver::{BASE_PATH, Error, TestServer};
use serde_json::json;

const WARM_STARTS: usize = 5;
const SIGN_UPS: usize = 20;

fn main() -> Result<(), Error> {
    if std::env::args().any(|arg| arg == "--cold") {
        let dir = copy_without_node_modules()?;
        let started = Instant::now();
        let server = TestServer::builder().dir(&dir).start();
        let cold = started.elapsed();
        drop(server?);
        let _ = std::fs::remove_dir_all(&dir);
        println!("cold start (npm ci + start): {}", seconds(cold));
    }

    let mut warm = Vec::new();
    for _ in 0..WARM_STARTS {
        let started = Instant::now();
        let server = TestServer::start()?;
        warm.push(started.elapsed());
        drop(server);
    }
    println!("warm start, {WARM_STARTS} runs: {}", summary(&mut warm));

    let server = TestServer::start()?;
    let mut sign_ups = Vec::new();
    for n in 0..SIGN_UPS {
        let body = json!({
            "email": format!("timing-{}-{n}@example.test", std::process::id()),
            "password": "correct horse battery",
            "name": "Timing",
        });
        let started = Instant::now();
        let response = server.request(
            "POST",
            &format!("{BASE_PATH}/sign-up/email"),
            &[],
            Some(&body),
        )?;
        sign_ups.push(started.elapsed());
        if response.status != 200 {
            return Err(Error::Http {
                request: "sign-up".into(),
                detail: response.body,
            });
        }
    }
    println!("first sign-up: {}", seconds(sign_ups[0]));
    println!("sign-up, {SIGN_UPS} runs: {}", summary(&mut sign_ups));
    Ok(())
}

/// A temporary copy of the files `npm ci` and the server need.
fn copy_without_node_modules() -> Result<PathBuf, Error> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir =
        std::env::temp_dir().join(format!("neon-auth-testserver-cold-{}", std::process::id()));
    let copy = |name: &str| {
        std::fs::copy(source.join(name), dir.join(name)).map_err(|e| Error::Io {
            action: format!("cannot copy {name}"),
            source: e.into(),
        })
    };
    std::fs::create_dir_all(&dir).map_err(|e| Error::Io {
        action: format!("cannot create {}", dir.display()),
        source: e.into(),
    })?;
    for name in ["server.mjs", "package.json", "package-lock.json"] {
        copy(name)?;
    }
    Ok(dir)
}

fn seconds(duration: Duration) -> String {
    format!("{:.3} s", duration.as_secs_f64())
}

fn summary(times: &mut [Duration]) -> String {
    times.sort();
    let median = times[times.len() / 2];
    format!(
        "min {}, median {}, max {}",
        seconds(times[0]),
        seconds(median),
        seconds(times[times.len() - 1])
    )
}
