//! Making sure Node.js is usable and the server's packages are installed.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::Error;

/// The oldest Node.js major version Better Auth 1.7 supports.
const MIN_NODE_MAJOR: u32 = 20;

/// Checks that `node` runs and is new enough; answers its version.
pub(crate) fn check_node(node: &Path) -> Result<String, Error> {
    let output = Command::new(node)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|source| Error::NodeNotFound {
            node: node.to_owned(),
            source: source.into(),
        })?;
    let version = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    let major = version
        .strip_prefix('v')
        .and_then(|v| v.split('.').next()?.parse::<u32>().ok());
    match major {
        Some(major) if output.status.success() && major >= MIN_NODE_MAJOR => Ok(version),
        _ => Err(Error::NodeTooOld {
            node: node.to_owned(),
            version,
        }),
    }
}

/// Runs `npm ci` in `dir` unless `node_modules` already holds exactly what
/// `package-lock.json` pins.
///
/// Test binaries run in parallel (cargo runs several, and so do users), so the check and the
/// install happen under an exclusive lock; whoever waited finds the work done.
pub(crate) fn ensure_installed(dir: &Path, node: &Path) -> Result<(), Error> {
    if is_installed(dir) {
        return Ok(());
    }
    let _lock = lock(dir)?;
    if is_installed(dir) {
        return Ok(());
    }
    eprintln!(
        "installing the local test server's packages (npm ci) in {}...",
        dir.display()
    );
    let output = npm_command(node)
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|source| Error::NpmCiFailed {
            dir: dir.to_owned(),
            status: format!("cannot run npm: {source}"),
            output: String::new(),
        })?;
    if !output.status.success() {
        let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&output.stderr));
        return Err(Error::NpmCiFailed {
            dir: dir.to_owned(),
            status: crate::process::describe(output.status),
            output: excerpt(&text),
        });
    }
    eprintln!("installed the local test server's packages");
    Ok(())
}

/// `npm` next to the chosen `node` if there is one, so that both come from one installation.
fn npm_command(node: &Path) -> Command {
    let beside = node.parent().map(|dir| dir.join("npm"));
    match beside {
        Some(npm) if npm.is_file() => Command::new(npm),
        _ => Command::new("npm"),
    }
}

/// True when npm's own record of what it installed (`node_modules/.package-lock.json`) lists
/// the same packages as the lock file. That record is what npm itself trusts, and it is right
/// whether the install came from us, from CI's `npm ci` or from a developer's `npm install`.
fn is_installed(dir: &Path) -> bool {
    let wanted = packages(&dir.join("package-lock.json"));
    let installed = packages(&dir.join("node_modules/.package-lock.json"));
    matches!((wanted, installed), (Some(w), Some(i)) if w == i)
}

/// The `packages` map of a lock file, without the root project's own entry.
fn packages(file: &Path) -> Option<Value> {
    let text = fs::read(file).ok()?;
    let mut lock: Value = serde_json::from_slice(&text).ok()?;
    let mut packages = lock.get_mut("packages")?.take();
    packages.as_object_mut()?.remove("");
    Some(packages)
}

/// The start and the end of npm's output: npm names the cause first and may follow it with a
/// long usage text, while a failed download is reported last.
fn excerpt(text: &str) -> String {
    const EACH: usize = 20;
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    if lines.len() <= 2 * EACH {
        return lines.join("\n");
    }
    let (first, last) = (&lines[..EACH], &lines[lines.len() - EACH..]);
    format!("{}\n...\n{}", first.join("\n"), last.join("\n"))
}

/// An exclusive lock on a file beside `package-lock.json`, held until the file is dropped. The
/// kernel releases it when the process dies, which a lock file made with `create_new` would
/// not survive.
fn lock(dir: &Path) -> Result<File, Error> {
    let path: PathBuf = dir.join(".npm-ci.lock");
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| Error::io(format!("cannot open {}", path.display()), e))?;
    flock(&file).map_err(|e| Error::io(format!("cannot lock {}", path.display()), e))?;
    Ok(file)
}

#[cfg(unix)]
fn flock(file: &File) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    loop {
        // SAFETY: the descriptor belongs to `file`, which outlives this call.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } == 0 {
            return Ok(());
        }
        let err = std::io::Error::last_os_error();
        if err.kind() != std::io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}

#[cfg(not(unix))]
fn flock(_file: &File) -> std::io::Result<()> {
    Ok(())
}
