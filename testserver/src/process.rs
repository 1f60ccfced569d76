//! Spawning the server so that it never outlives the test process, capturing its output, and
//! stopping its whole process group.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};
use std::process::{Child, Command, ExitStatus};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

/// How many lines of the server's output are kept for error messages.
const KEPT_LINES: usize = 200;

/// How long a stopped server may take to exit after SIGTERM before it gets SIGKILL.
const STOP_GRACE: Duration = Duration::from_secs(5);

type SpawnRequest = (Command, Sender<io::Result<Child>>);

/// Spawns `command` from a thread that lives as long as the process.
///
/// Linux delivers the parent-death signal when the *thread* that forked the child ends, not
/// the process. A server started from a test thread would die with that test, which breaks the
/// shared server; one started from this thread dies exactly when the test process does.
pub(crate) fn spawn(mut command: Command) -> io::Result<Child> {
    static SPAWNER: OnceLock<Sender<SpawnRequest>> = OnceLock::new();
    let spawner = SPAWNER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<SpawnRequest>();
        thread::Builder::new()
            .name("neon-auth-testserver-spawner".into())
            .spawn(move || {
                for (mut command, reply) in rx {
                    let _ = reply.send(command.spawn());
                }
            })
            .expect("the OS refused to start a thread");
        tx
    });

    configure(&mut command);
    let (reply, answer) = mpsc::channel();
    if spawner.send((command, reply)).is_err() {
        return Err(io::Error::other("the spawner thread is gone"));
    }
    answer
        .recv()
        .unwrap_or_else(|_| Err(io::Error::other("the spawner thread is gone")))
}

/// Puts the child in its own process group, so that stopping it reaches anything it starts,
/// and asks Linux to kill it when its parent goes away.
#[cfg(unix)]
fn configure(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    command.process_group(0);
    #[cfg(target_os = "linux")]
    {
        // SAFETY: this runs between fork and exec and calls only async-signal-safe functions.
        let parent = unsafe { libc::getpid() };
        unsafe {
            command.pre_exec(move || {
                if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                    return Err(io::Error::last_os_error());
                }
                // The parent may have died before prctl took effect; then no signal will come.
                if libc::getppid() != parent {
                    libc::_exit(1);
                }
                Ok(())
            });
        }
    }
}

#[cfg(not(unix))]
fn configure(_command: &mut Command) {}

/// The last lines a child printed on stdout and stderr, interleaved as they arrived.
#[derive(Clone, Default)]
pub(crate) struct Output(Arc<Mutex<VecDeque<String>>>);

impl Output {
    fn push(&self, line: String) {
        let mut lines = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if lines.len() == KEPT_LINES {
            lines.pop_front();
        }
        lines.push_back(line);
    }

    /// The kept lines, joined.
    pub(crate) fn text(&self) -> String {
        let lines = self.0.lock().unwrap_or_else(|e| e.into_inner());
        lines.iter().map(|line| format!("{line}\n")).collect()
    }

    /// Reads `stream` to its end on a thread of its own, keeping its lines and sending those
    /// that start with `marker` (without it) to `found`.
    ///
    /// Reading to the end matters even after the marker: a child whose pipe fills up blocks.
    pub(crate) fn collect(
        &self,
        stream: impl Read + Send + 'static,
        marker: &'static str,
        found: Sender<String>,
    ) {
        let output = self.clone();
        let spawned = thread::Builder::new()
            .name("neon-auth-testserver-output".into())
            .spawn(move || {
                let mut reader = BufReader::new(stream);
                let mut raw = Vec::new();
                while matches!(reader.read_until(b'\n', &mut raw), Ok(n) if n > 0) {
                    let line = String::from_utf8_lossy(&raw).trim_end().to_owned();
                    if let Some(rest) = line.strip_prefix(marker) {
                        let _ = found.send(rest.trim().to_owned());
                    }
                    output.push(line);
                    raw.clear();
                }
            });
        if let Err(err) = spawned {
            self.push(format!("(cannot read the server's output: {err})"));
        }
    }
}

/// Waits for the first line `collect` found, polling `child` so that an early exit is seen at
/// once instead of after the whole timeout.
pub(crate) fn wait_for_line(
    child: &mut Child,
    found: &Receiver<String>,
    timeout: Duration,
) -> Result<String, Waited> {
    let deadline = Instant::now() + timeout;
    loop {
        match found.recv_timeout(Duration::from_millis(50)) {
            Ok(line) => return Ok(line),
            Err(mpsc::RecvTimeoutError::Disconnected) => {}
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(Waited::Exited(status));
        }
        if Instant::now() >= deadline {
            return Err(Waited::TimedOut);
        }
    }
}

/// Why [`wait_for_line`] gave up.
pub(crate) enum Waited {
    Exited(ExitStatus),
    TimedOut,
}

/// Stops the child's process group: SIGTERM, then SIGKILL if it has not exited in time.
pub(crate) fn stop(child: &mut Child) -> io::Result<ExitStatus> {
    if let Some(status) = child.try_wait()? {
        signal_group(child, Signal::Kill);
        return Ok(status);
    }
    signal_group(child, Signal::Term);
    let deadline = Instant::now() + STOP_GRACE;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait()? {
            // Anything the server left behind in its group goes too.
            signal_group(child, Signal::Kill);
            return Ok(status);
        }
        thread::sleep(Duration::from_millis(20));
    }
    signal_group(child, Signal::Kill);
    child.wait()
}

enum Signal {
    Term,
    Kill,
}

#[cfg(unix)]
fn signal_group(child: &mut Child, signal: Signal) {
    let signal = match signal {
        Signal::Term => libc::SIGTERM,
        Signal::Kill => libc::SIGKILL,
    };
    let Ok(pgid) = libc::pid_t::try_from(child.id()) else {
        return;
    };
    // SAFETY: kill has no memory-safety preconditions; the group id is the child's own pid
    // because it was spawned with process_group(0). An error means the group is already gone.
    unsafe {
        libc::kill(-pgid, signal);
    }
}

#[cfg(not(unix))]
fn signal_group(child: &mut Child, _signal: Signal) {
    let _ = child.kill();
}

/// Describes how a process ended, for messages.
pub(crate) fn describe(status: ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("killed by signal {signal}");
        }
    }
    match status.code() {
        Some(code) => format!("exit code {code}"),
        None => status.to_string(),
    }
}
