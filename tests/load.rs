//! Load: 2,000 authenticated `get-session` calls at concurrency 32 through one `NeonAuth` and
//! one `Session`, against the real test server. Every call must succeed, and connections must
//! be reused: no more of them, in all, than calls in flight.
//!
//! Connections are counted from the kernel's socket table (`/proc/net/tcp`, `/proc/net/tcp6`):
//! every socket whose either end is the server's port names a client port, and a connection
//! opened and closed between two samples still shows as `TIME_WAIT` for a minute, so none is
//! missed. Nothing here is timed; the rate is printed for the record only.

use std::collections::BTreeSet;
use std::error::Error as StdError;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use neon_auth::NeonAuth;
use neon_auth::prelude::*;
use neon_auth_testserver::TestServer;

type TestResult = Result<(), Box<dyn StdError + Send + Sync>>;

const CALLS: usize = 2_000;
const CONCURRENCY: usize = 32;

/// The client ports of every TCP socket connected to `port` on this machine, in any state, and
/// how many client sockets are established right now.
fn client_ports(port: u16) -> (BTreeSet<u16>, usize) {
    let mut ports = BTreeSet::new();
    let mut established = 0;
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let Ok(text) = std::fs::read_to_string(table) else {
            continue;
        };
        for line in text.lines().skip(1) {
            let mut fields = line.split_whitespace().skip(1);
            let (Some(local), Some(remote), Some(state)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let (Some(local), Some(remote)) = (port_of(local), port_of(remote)) else {
                continue;
            };
            // The client's socket has the server's port as its remote end; the server's
            // accepted socket has it as its local end (a listening socket's remote port is 0).
            if remote == port && local != port {
                ports.insert(local);
                // State 01 is ESTABLISHED.
                established += usize::from(state == "01");
            } else if local == port && remote != 0 {
                ports.insert(remote);
            }
        }
    }
    (ports, established)
}

/// The port of an address field such as `0100007F:1F90`.
fn port_of(address: &str) -> Option<u16> {
    let (_, port) = address.rsplit_once(':')?;
    u16::from_str_radix(port, 16).ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_thousand_sessions_calls_over_a_bounded_pool() -> TestResult {
    let server = TestServer::shared()?;
    let auth = NeonAuth::new(server.base_url())?;
    let email = format!(
        "load-{}@conformance.test",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_nanos()
    );
    let session = auth
        .sign_up_email(&email, "load-test-password-1", "Load")
        .await?;
    let user_id = session.user().id;

    let port = server.port();
    let (before, open_before) = client_ports(port);
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let done = Arc::clone(&done);
        tokio::spawn(async move {
            let mut seen = BTreeSet::new();
            let mut peak = 0;
            loop {
                let finished = done.load(Ordering::Relaxed);
                let (ports, established) = client_ports(port);
                seen.extend(ports);
                peak = peak.max(established);
                if finished {
                    return (seen, peak);
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        })
    };

    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..CONCURRENCY {
        let session = session.clone();
        let next = Arc::clone(&next);
        let user_id = user_id.clone();
        tasks.spawn(async move {
            let mut failures = Vec::new();
            let mut calls = 0;
            while next.fetch_add(1, Ordering::Relaxed) < CALLS {
                calls += 1;
                match session.api().get_session().send().await {
                    Ok(answer) => match answer.into_inner() {
                        Some(current) if current.user.id == user_id => {}
                        Some(_) => failures.push("a session of another user".to_owned()),
                        None => failures.push("answered null".to_owned()),
                    },
                    Err(e) => failures.push(neon_auth::Error::from(e).to_string()),
                }
            }
            (calls, failures)
        });
    }
    let mut calls = 0;
    let mut failures = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        let (n, mut f) = joined?;
        calls += n;
        failures.append(&mut f);
    }
    let elapsed = started.elapsed();
    done.store(true, Ordering::Relaxed);
    let (seen, peak) = sampler.await?;
    let opened: BTreeSet<u16> = seen.difference(&before).copied().collect();
    let used = opened.len() + open_before;

    println!(
        "load: {calls} get_session calls at concurrency {CONCURRENCY} in {:.2}s: {:.0} calls/s, \
         {} connections opened ({} already open before), at most {peak} open at once",
        elapsed.as_secs_f64(),
        calls as f64 / elapsed.as_secs_f64(),
        opened.len(),
        open_before
    );
    assert_eq!(calls, CALLS, "every call was made");
    assert!(
        failures.is_empty(),
        "{} of {CALLS} calls failed, first: {:?}",
        failures.len(),
        failures.first()
    );
    assert!(
        !opened.is_empty() || open_before > 0,
        "no connection to port {port} was seen, so the count would prove nothing"
    );
    // The connection the sign-up left in the pool counts too. Without the crate's connection
    // gate (`src/reuse.rs`) this was 53 to 58.
    assert!(
        used <= CONCURRENCY,
        "{used} connections used ({} opened during the run) for {CALLS} calls at concurrency \
         {CONCURRENCY}; at most {peak} open at once",
        opened.len()
    );
    Ok(())
}
