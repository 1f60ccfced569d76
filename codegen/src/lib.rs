//! Turns a Better Auth OpenAPI document into the typed client that `neon-auth` compiles.
//!
//! The steps, each its own module: [`load`] the document, [`normalise`] it from Better Auth's
//! OpenAPI 3.1 into the 3.0 subset progenitor reads, apply the [`overlay`] of corrections, and
//! [`generate`] Rust code. Every failure is an [`Error`] that names the document, the step, a
//! JSON pointer where there is one, and what to do about it; nothing here panics on any input.

use std::fmt;
use std::path::{Path, PathBuf};

pub mod generate;
pub mod load;
pub mod naming;
pub mod normalise;
pub mod overlay;
pub mod pointer;
pub mod report;
pub mod schema;

pub use generate::Options;
pub use report::Report;

/// The step of the pipeline that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Reading the file or downloading the document.
    Read,
    /// Parsing JSON.
    Parse,
    /// Checking that it is an OpenAPI document the generator can take.
    Check,
    /// Rewriting it into the subset the generator reads.
    Normalise,
    /// Applying the corrections overlay.
    Correct,
    /// Generating and formatting Rust code.
    Generate,
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Step::Read => "read",
            Step::Parse => "parse",
            Step::Check => "check",
            Step::Normalise => "normalise",
            Step::Correct => "apply corrections",
            Step::Generate => "generate",
        })
    }
}

/// A failure inside one document, before it is tied to the document's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    /// The step that failed.
    pub step: Step,
    /// Where in the document, as a JSON pointer (`#/paths/~1a/get`), or a line and column.
    pub pointer: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
}

impl Fault {
    /// A fault at `pointer`.
    pub fn at(step: Step, pointer: &str, message: impl Into<String>) -> Self {
        Fault {
            step,
            pointer: Some(pointer.to_owned()),
            message: message.into(),
            hint: None,
        }
    }

    /// A fault with no place in the document.
    pub fn new(step: Step, message: impl Into<String>) -> Self {
        Fault {
            step,
            pointer: None,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds what the user can do about it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    fn in_file(self, file: &Path) -> Error {
        Error {
            document: file.to_path_buf(),
            fault: self,
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed", self.step)?;
        if let Some(pointer) = &self.pointer {
            write!(f, " at {pointer}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "; {hint}")?;
        }
        Ok(())
    }
}

/// A document that could not be turned into a client, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The document (or corrections file) that failed.
    pub document: PathBuf,
    /// What failed, and where.
    pub fault: Fault,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.document.display(), self.fault)
    }
}

impl std::error::Error for Error {}

/// The generated code and what was done to get it.
#[derive(Debug, Clone)]
pub struct Generated {
    /// Formatted Rust source.
    pub code: String,
    /// What the pipeline did to the document.
    pub report: Report,
    /// SHA-256 of the document's bytes, in hex.
    pub sha256: String,
}

/// Runs the whole pipeline on the document at `document`, with the corrections overlay at
/// `corrections` when given.
///
/// # Errors
///
/// An [`Error`] naming the file, the step and the place in it when the document or the overlay
/// cannot be read, parsed, normalised or generated.
pub fn generate_file(
    document: &Path,
    corrections: Option<&Path>,
    options: &Options,
) -> Result<Generated, Error> {
    let bytes = load::read(document).map_err(|f| f.in_file(document))?;
    generate_bytes(document, &bytes, corrections, options)
}

/// Runs the pipeline on a document already in memory; `name` is how errors refer to it.
///
/// # Errors
///
/// As [`generate_file`].
pub fn generate_bytes(
    name: &Path,
    bytes: &[u8],
    corrections: Option<&Path>,
    options: &Options,
) -> Result<Generated, Error> {
    let sha256 = load::sha256_hex(bytes);
    let mut document = load::parse(bytes).map_err(|f| f.in_file(name))?;
    let mut report = Report::default();
    normalise::normalise(&mut document, &mut report).map_err(|f| f.in_file(name))?;
    if let Some(path) = corrections {
        let overlay_bytes = load::read(path).map_err(|f| f.in_file(path))?;
        let overlay = load::parse(&overlay_bytes).map_err(|f| f.in_file(path))?;
        overlay::apply(&mut document, &overlay, &mut report).map_err(|f| f.in_file(path))?;
    }
    let code = generate::generate(&document, options, &mut report).map_err(|f| f.in_file(name))?;
    Ok(Generated {
        code,
        report,
        sha256,
    })
}
