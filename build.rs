//! Generates the typed client from the Better Auth OpenAPI document; see `codegen/`.
//!
//! The document is `schema/neon-auth.openapi.json`, or the file named by `NEON_AUTH_OPENAPI`, or,
//! with the `download-schema` feature, the one served at `NEON_AUTH_OPENAPI_URL`. Corrections come
//! from `schema/corrections.overlay.json`, or the file named by `NEON_AUTH_CORRECTIONS`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use neon_auth_codegen::{Generated, Options};

const DOCUMENT_VAR: &str = "NEON_AUTH_OPENAPI";
const URL_VAR: &str = "NEON_AUTH_OPENAPI_URL";
const CORRECTIONS_VAR: &str = "NEON_AUTH_CORRECTIONS";

/// Plugin groups a cargo feature of the same name can leave out (all on by default), so that a
/// service compiles only the endpoints it calls. Groups without a feature are always generated.
const OPTIONAL_GROUPS: &[&str] = &[
    "admin",
    "organization",
    "email-otp",
    "magic-link",
    "phone-number",
    "jwt",
];

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: neon-auth could not generate its client\n  {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let manifest = PathBuf::from(env("CARGO_MANIFEST_DIR")?);
    let out = PathBuf::from(env("OUT_DIR")?);
    for var in [DOCUMENT_VAR, URL_VAR, CORRECTIONS_VAR] {
        println!("cargo:rerun-if-env-changed={var}");
    }

    let corrections = match std::env::var_os(CORRECTIONS_VAR) {
        Some(path) => PathBuf::from(path),
        None => manifest.join("schema/corrections.overlay.json"),
    };
    println!("cargo:rerun-if-changed={}", corrections.display());
    let corrections = corrections.exists().then_some(corrections);

    let mut options = Options::for_neon_auth();
    for group in OPTIONAL_GROUPS {
        let feature = format!("CARGO_FEATURE_{}", group.to_uppercase().replace('-', "_"));
        if std::env::var_os(feature).is_none() {
            options.excluded_groups.insert((*group).to_owned());
        }
    }
    let (name, generated) = generate(&manifest, corrections.as_deref(), &options)?;
    check_core(&name, &generated)?;

    // The hand-written layer offers a sign-in only where the document has its endpoint, so that
    // any instance's document compiles: `#[cfg(neon_auth_op = "sign_in_email_otp")]`.
    println!("cargo::rustc-check-cfg=cfg(neon_auth_op, values(any()))");
    for operation in &generated.report.operation_names {
        println!("cargo::rustc-cfg=neon_auth_op=\"{operation}\"");
    }

    let target = out.join("neon_auth_api.rs");
    std::fs::write(&target, &generated.code)
        .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    build_print::info!(
        "neon-auth: {name} (sha256 {}): {}",
        &generated.sha256[..12],
        generated.report.summary()
    );
    Ok(())
}

fn generate(
    manifest: &Path,
    corrections: Option<&Path>,
    options: &Options,
) -> Result<(String, Generated), String> {
    if let Some(url) = std::env::var_os(URL_VAR) {
        return download(&url.to_string_lossy(), corrections, options);
    }
    let document = match std::env::var_os(DOCUMENT_VAR) {
        Some(path) => PathBuf::from(path),
        None => manifest.join("schema/neon-auth.openapi.json"),
    };
    println!("cargo:rerun-if-changed={}", document.display());
    let generated = neon_auth_codegen::generate_file(&document, corrections, options)
        .map_err(|e| e.to_string())?;
    Ok((document.display().to_string(), generated))
}

#[cfg(feature = "download-schema")]
fn download(
    url: &str,
    corrections: Option<&Path>,
    options: &Options,
) -> Result<(String, Generated), String> {
    let bytes = neon_auth_codegen::load::download(url).map_err(|f| format!("{url}: {f}"))?;
    let generated = neon_auth_codegen::generate_bytes(Path::new(url), &bytes, corrections, options)
        .map_err(|e| e.to_string())?;
    Ok((url.to_owned(), generated))
}

#[cfg(not(feature = "download-schema"))]
fn download(
    url: &str,
    _corrections: Option<&Path>,
    _options: &Options,
) -> Result<(String, Generated), String> {
    Err(format!(
        "{URL_VAR}={url} is set, but downloading needs the `download-schema` feature; \
         enable it, or save the document and point {DOCUMENT_VAR} at the file"
    ))
}

/// The hand-written layer (sessions, sign-in) stands on Better Auth's core endpoints and its
/// `User` schema, which every Better Auth instance serves. A document without them would fail
/// later with compiler errors about missing methods; say what is wrong instead.
fn check_core(name: &str, generated: &Generated) -> Result<(), String> {
    const CORE: &[&str] = &["sign_up_email", "sign_in_email", "get_session", "sign_out"];
    let names = &generated.report.operation_names;
    let missing: Vec<&str> = CORE
        .iter()
        .copied()
        .filter(|core| !names.iter().any(|n| n == core))
        .collect();
    let has_user = generated.code.contains("pub struct User {");
    if missing.is_empty() && has_user {
        return Ok(());
    }
    let mut lacks: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
    if !has_user {
        lacks.push("the `User` schema".into());
    }
    Err(format!(
        "{name}: the document lacks Better Auth's core ({}); point {DOCUMENT_VAR} at the \
         document a Better Auth instance serves at `/open-api/generate-schema`",
        lacks.join(", ")
    ))
}

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("cargo did not set {name}"))
}
