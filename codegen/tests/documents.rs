//! Every document a Better Auth instance may serve generates a client with all its operations:
//! ours, one with core endpoints only, Better Auth 1.6.23 (the version Neon's TypeScript SDK
//! pins), and one with many plugins beyond Neon's. The fixtures were produced by the test
//! server (`testserver/fixtures.sh`); `.ci/run` also compiles the crate against each.

use std::path::{Path, PathBuf};

use neon_auth_codegen::{Options, generate_file, naming, pointer};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn check(document: &Path, corrections: Option<&Path>) {
    let generated = generate_file(document, corrections, &Options::for_neon_auth())
        .unwrap_or_else(|e| panic!("{e}"));
    let report = &generated.report;
    assert_eq!(report.generated, report.operations, "{report}");
    assert!(report.problems.is_empty(), "{report}");
    assert!(report.missing_corrections().next().is_none(), "{report}");
    syn::parse_file(&generated.code).unwrap_or_else(|e| panic!("generated code: {e}"));

    let source: Value = serde_json::from_slice(&std::fs::read(document).unwrap()).unwrap();
    let paths = source["paths"].as_object().unwrap();
    let mut expected = 0;
    for (path, item) in paths {
        let methods: Vec<&String> = item
            .as_object()
            .unwrap()
            .keys()
            .filter(|m| ["get", "post", "put", "patch", "delete"].contains(&m.as_str()))
            .collect();
        for method in &methods {
            expected += 1;
            let name = naming::method_name(path, method, methods.len() > 1);
            assert!(
                generated.code.contains(&format!("fn {name}(")),
                "{method} {path} ({}) has no method `{name}`",
                pointer::escape(path)
            );
        }
    }
    assert_eq!(report.operations, expected);
    let untyped = report.generated - report.typed_answers;
    assert!(
        untyped <= 1,
        "only an HTML answer (`/error`) may stay untyped: {report}"
    );
}

#[test]
fn the_vendored_document_with_its_corrections() {
    let corrections = root().join("schema/corrections.overlay.json");
    let corrections = corrections.exists().then_some(corrections);
    check(
        &root().join("schema/neon-auth.openapi.json"),
        corrections.as_deref(),
    );
}

#[test]
fn core_endpoints_only() {
    check(
        &root().join("codegen/tests/fixtures/documents/core.json"),
        None,
    );
}

#[test]
fn better_auth_1_6_23() {
    check(
        &root().join("codegen/tests/fixtures/documents/better-auth-1.6.23.json"),
        None,
    );
}

#[test]
fn many_plugins_beyond_neons() {
    check(
        &root().join("codegen/tests/fixtures/documents/extended.json"),
        None,
    );
}

#[test]
fn our_corrections_on_another_document_report_absent_targets() {
    let corrections = root().join("schema/corrections.overlay.json");
    let generated = generate_file(
        &root().join("codegen/tests/fixtures/documents/core.json"),
        Some(&corrections),
        &Options::for_neon_auth(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(generated.report.generated, generated.report.operations);
    assert!(
        generated.report.missing_corrections().count() > 0,
        "the core document lacks the organization endpoints our corrections target"
    );
}

#[test]
fn excluded_groups_are_left_out() {
    let mut options = Options::for_neon_auth();
    options.excluded_groups.insert("admin".into());
    options.excluded_groups.insert("organization".into());
    let generated = generate_file(
        &root().join("schema/neon-auth.openapi.json"),
        None,
        &options,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(generated.report.operations, 87);
    assert_eq!(generated.report.generated, 87 - 15 - 22);
    assert!(!generated.code.contains("fn admin_list_users("));
    assert!(!generated.code.contains("fn organization_create("));
    assert!(generated.code.contains("fn sign_in_email("));
}
