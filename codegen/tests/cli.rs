//! `neon-auth-codegen check` reports without building: text by default, one JSON object with
//! `--json`, a clear error and a failing exit code for a broken document.

use std::process::Command;

fn check(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_neon-auth-codegen"))
        .arg("check")
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .unwrap()
}

#[test]
fn json_report_of_the_vendored_document() {
    let out = check(&["schema/neon-auth.openapi.json", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["operations"], 87);
    assert_eq!(report["generated"], 87);
    let groups = report["groups"].as_object().unwrap();
    let total: u64 = groups.values().map(|n| n.as_u64().unwrap()).sum();
    assert_eq!(total, 87);
    assert_eq!(groups["Organization"], 22);
    assert_eq!(groups["Admin"], 15);
    assert!(report["rewrites"]["operation-id"].as_u64().unwrap() > 0);
}

#[test]
fn text_report_lists_groups_and_rewrites() {
    let out = check(&["codegen/tests/fixtures/documents/core.json"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("operations generated: 32"), "{text}");
    assert!(text.contains("property-names"), "{text}");
}

#[test]
fn a_broken_document_fails_with_its_name() {
    let out = check(&["codegen/tests/fixtures/malformed/duplicate-names.json"]);
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("duplicate-names.json") && text.contains("sign_in_email"),
        "{text}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_neon-auth-codegen"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
