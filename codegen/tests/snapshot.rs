//! The code generated from the vendored document, kept as a fixture, so that a change of
//! document, corrections, rules or progenitor shows up as a reviewable diff.
//!
//! After an intended change: `UPDATE_SNAPSHOTS=1 cargo test -p neon-auth-codegen --test snapshot`.

use std::path::Path;

use neon_auth_codegen::{Options, generate_file};

#[test]
fn generated_code_matches_the_snapshot() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let generated = generate_file(
        &root.join("schema/neon-auth.openapi.json"),
        Some(&root.join("schema/corrections.overlay.json")),
        &Options::for_neon_auth(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let snapshot = root.join("codegen/tests/snapshots/neon_auth_api.rs");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snapshot, &generated.code).unwrap();
    }
    let expected = std::fs::read_to_string(&snapshot).unwrap_or_default();
    if expected != generated.code {
        let first = expected
            .lines()
            .zip(generated.code.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected.lines().count().min(generated.code.lines().count()));
        panic!(
            "generated code differs from {} from line {}; review the change and rerun with \
             UPDATE_SNAPSHOTS=1 to accept it",
            snapshot.display(),
            first + 1
        );
    }
}
