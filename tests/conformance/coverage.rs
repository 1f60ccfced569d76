//! The operations of the vendored document, named by the generator's own rule, against the
//! operations the flows covered.

use std::collections::BTreeSet;
use std::path::Path;

use neon_auth_codegen::naming::method_name;
use serde_json::Value;

/// HTTP methods of an OpenAPI path item, as the normaliser counts them.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// The method name of every operation in the document at `path`.
pub fn operations(path: &Path) -> Result<BTreeSet<String>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let document: Value =
        serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", path.display()))?;
    let paths = document
        .get("paths")
        .and_then(Value::as_object)
        .ok_or_else(|| format!("{} has no `paths`", path.display()))?;
    let mut names = BTreeSet::new();
    for (route, item) in paths {
        let methods: Vec<&str> = METHODS
            .into_iter()
            .filter(|m| item.get(*m).is_some())
            .collect();
        let shared = methods.len() > 1;
        for method in methods {
            names.insert(method_name(route, method, shared));
        }
    }
    Ok(names)
}

/// Fails naming every operation of the document that no flow covered, and every covered name
/// that is not an operation (a typo in a `covered` call would otherwise count for nothing).
pub fn check(manifest: &Path) -> Result<(), String> {
    let all = operations(&manifest.join("schema/neon-auth.openapi.json"))?;
    let done = super::covered_operations();
    let missing: Vec<&String> = all.difference(&done).collect();
    let unknown: Vec<&String> = done.difference(&all).collect();
    // Written to the process' stderr directly, past the test harness' capture, so that the
    // figure shows in every run's log and not only when the test fails.
    let line = format!(
        "operations covered: {}/{}\n",
        all.len() - missing.len(),
        all.len()
    );
    let _ = std::io::Write::write_all(&mut std::io::stderr(), line.as_bytes());
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(format!(
            "{} operations of the document are not covered: {}",
            missing.len(),
            join(&missing)
        ));
    }
    if !unknown.is_empty() {
        problems.push(format!(
            "covered names that are no operation of the document: {}",
            join(&unknown)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn join(names: &[&String]) -> String {
    names
        .iter()
        .map(|n| n.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
