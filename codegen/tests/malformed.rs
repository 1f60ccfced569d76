//! Broken documents fail with a message that names the document, the place and what to do;
//! valid constructs the generator can't take are rewritten or dropped and reported. None panics.

use std::path::Path;

use neon_auth_codegen::{Error, Generated, Options, Step, generate_bytes, generate_file};
use serde_json::{Value, json};

const NAME: &str = "their-instance.json";

fn fail(bytes: &[u8]) -> Error {
    match generate_bytes(Path::new(NAME), bytes, None, &Options::for_neon_auth()) {
        Ok(generated) => panic!("expected a failure, got {}", generated.report),
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.starts_with(NAME),
                "the message names the document: {message}"
            );
            e
        }
    }
}

fn fail_json(document: Value) -> Error {
    fail(document.to_string().as_bytes())
}

fn generate_ok(document: Value) -> Generated {
    generate_bytes(
        Path::new(NAME),
        document.to_string().as_bytes(),
        None,
        &Options::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn at(e: &Error) -> &str {
    e.fault.pointer.as_deref().unwrap_or_default()
}

fn doc(paths: Value) -> Value {
    json!({"openapi": "3.1.1", "info": {"title": "t", "version": "1.0.0"}, "paths": paths})
}

fn ok_answer() -> Value {
    json!({"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}})
}

#[test]
fn not_json() {
    let e = fail(b"<!doctype html><html>502 Bad Gateway</html>");
    assert_eq!(e.fault.step, Step::Parse);
    assert_eq!(at(&e), "line 1, column 1");
    assert!(
        e.fault
            .hint
            .as_deref()
            .unwrap_or("")
            .contains("generate-schema")
    );
}

#[test]
fn truncated_json() {
    let full = doc(json!({"/ok": {"get": {"responses": ok_answer()}}})).to_string();
    let e = fail(&full.as_bytes()[..full.len() / 2]);
    assert_eq!(e.fault.step, Step::Parse);
    assert!(at(&e).starts_with("line 1, column"), "{e}");
}

#[test]
fn empty_file() {
    let e = fail(b"");
    assert_eq!(e.fault.step, Step::Parse);
}

#[test]
fn swagger_2() {
    let e =
        fail_json(json!({"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}));
    assert_eq!(at(&e), "#/swagger");
    assert!(e.to_string().contains("Swagger"), "{e}");
}

#[test]
fn unknown_openapi_version() {
    let mut d = doc(json!({}));
    d["openapi"] = json!("4.0.0");
    assert_eq!(at(&fail_json(d)), "#/openapi");
}

#[test]
fn not_an_object_at_the_root() {
    let e = fail_json(json!([1, 2, 3]));
    assert_eq!(e.fault.step, Step::Check);
}

#[test]
fn no_paths() {
    let e = fail_json(json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}));
    assert_eq!(at(&e), "#/paths");
}

#[test]
fn ref_to_nowhere() {
    let e = fail_json(doc(
        json!({"/a": {"get": {"responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Missing"}}}}}}}}),
    ));
    assert_eq!(
        at(&e),
        "#/paths/~1a/get/responses/200/content/application~1json/schema"
    );
    assert!(
        e.to_string().contains("#/components/schemas/Missing"),
        "{e}"
    );
}

#[test]
fn ref_to_another_file() {
    let e = fail_json(doc(
        json!({"/a": {"get": {"responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"$ref": "other.json#/User"}}}}}}}}),
    ));
    assert!(e.to_string().contains("outside the document"), "{e}");
    assert!(e.fault.hint.is_some());
}

#[test]
fn circular_ref() {
    let mut d = doc(
        json!({"/a": {"get": {"responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}}),
    );
    d["components"] = json!({"schemas": {
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/A"}
    }});
    let e = fail_json(d);
    assert!(e.to_string().contains("circular"), "{e}");
}

#[test]
fn a_recursive_type_is_not_circular() {
    let mut d = doc(
        json!({"/a": {"get": {"responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}}}}}),
    );
    d["components"] = json!({"schemas": {"Node": {"type": "object", "properties": {
        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
    }}}});
    let generated = generate_ok(d);
    assert!(generated.code.contains("pub struct Node"));
}

#[test]
fn two_operations_with_one_method_name() {
    let file =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/malformed/duplicate-names.json");
    let e = generate_file(&file, None, &Options::for_neon_auth()).unwrap_err();
    assert!(e.to_string().contains("duplicate-names.json"), "{e}");
    assert!(e.to_string().contains("`sign_in_email`"), "{e}");
    assert!(e.fault.hint.is_some());
}

#[test]
fn a_type_the_generator_cannot_express() {
    let e = fail_json(doc(
        json!({"/a": {"get": {"responses": {"200": {"description": "ok",
        "content": {"application/json": {"schema": {"type": "object", "properties": {
            "when": {"type": "datetime"}
        }}}}}}}}}),
    ));
    assert_eq!(
        at(&e),
        "#/paths/~1a/get/responses/2XX/content/application~1json/schema/properties/when"
    );
}

#[test]
fn an_enum_of_the_wrong_type() {
    let e = fail_json(doc(
        json!({"/a": {"post": {"requestBody": {"content": {"application/json":
        {"schema": {"type": "object", "properties": {"role": {"type": "string", "enum": ["admin", 2]}}}}}},
        "responses": ok_answer()}}}),
    ));
    assert!(e.to_string().contains("enum value 2"), "{e}");
}

#[test]
fn a_required_parameter_in_a_cookie() {
    let e = fail_json(doc(json!({"/a": {"get": {"parameters": [
        {"name": "session", "in": "cookie", "required": true, "schema": {"type": "string"}}
    ], "responses": ok_answer()}}})));
    assert_eq!(at(&e), "#/paths/~1a/get/parameters/0");
    assert!(e.to_string().contains("cookie"), "{e}");
}

#[test]
fn an_optional_parameter_in_a_cookie_is_dropped_and_reported() {
    let d = doc(json!({"/a": {"get": {"parameters": [
        {"name": "theme", "in": "cookie", "schema": {"type": "string"}}
    ], "responses": ok_answer()}}}));
    let generated = generate_ok(d);
    assert_eq!(generated.report.generated, 1);
    assert_eq!(generated.report.problems.len(), 1, "{}", generated.report);
}

#[test]
fn a_non_json_request_body_drops_the_operation_and_reports_it() {
    let d = doc(json!({
        "/upload": {"post": {"requestBody": {"content": {"multipart/form-data": {"schema": {}}}},
            "responses": ok_answer()}},
        "/ok": {"get": {"responses": ok_answer()}}
    }));
    let generated = generate_ok(d);
    assert_eq!(generated.report.operations, 2);
    assert_eq!(generated.report.generated, 1);
    assert!(generated.report.problems[0].message.contains("multipart"));
}

#[test]
fn an_undeclared_path_parameter_is_added() {
    let d = doc(json!({"/users/{id}": {"get": {"responses": ok_answer()}}}));
    let generated = generate_ok(d);
    assert_eq!(generated.report.count("undeclared-path-parameter"), 1);
    assert!(generated.code.contains("fn users_by_id("));
}

#[test]
fn an_object_in_a_query_parameter() {
    let e = fail_json(doc(json!({"/a": {"get": {"parameters": [
        {"name": "filter", "in": "query", "required": true, "schema": {"type": "object"}}
    ], "responses": ok_answer()}}})));
    assert_eq!(at(&e), "#/paths/~1a/get/parameters/0");
}

#[test]
fn a_path_item_by_reference() {
    let e = fail_json(doc(json!({"/a": {"$ref": "#/components/pathItems/A"}})));
    assert_eq!(at(&e), "#/paths/~1a");
}

#[test]
fn an_operation_that_is_not_an_object() {
    let e = fail_json(doc(json!({"/a": {"get": "nope"}})));
    assert_eq!(at(&e), "#/paths/~1a/get");
}

#[test]
fn a_broken_overlay_names_the_overlay() {
    let dir = std::env::temp_dir().join(format!("neon-auth-codegen-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let overlay = dir.join("corrections.json");
    std::fs::write(
        &overlay,
        r#"{"overlay": "1.0.0", "actions": [{"target": "$..x", "remove": true}]}"#,
    )
    .unwrap();
    let d = doc(json!({"/ok": {"get": {"responses": ok_answer()}}}));
    let e = generate_bytes(
        Path::new(NAME),
        d.to_string().as_bytes(),
        Some(&overlay),
        &Options::default(),
    )
    .unwrap_err();
    assert_eq!(e.document, overlay);
    assert_eq!(at(&e), "#/actions/0/target");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn arbitrary_json_values_never_panic() {
    let samples = [
        json!(null),
        json!("openapi"),
        json!({"openapi": 3}),
        json!({"openapi": "3.1.0", "paths": []}),
        json!({"openapi": "3.1.0", "paths": {"/a": []}}),
        json!({"openapi": "3.1.0", "paths": {"/a": {"get": {"parameters": "x", "responses": []}}}}),
        json!({"openapi": "3.1.0", "paths": {"/a": {"get": {"requestBody": 5, "responses": {"200": 1}}}}}),
        json!({"openapi": "3.1.0", "info": [], "paths": {}, "components": []}),
        json!({"openapi": "3.1.0", "paths": {"/a": {"get": {"responses": {"200": {"description": "x",
            "content": {"application/json": {"schema": {"type": ["null"]}}}}}}}}}),
    ];
    for sample in samples {
        let outcome = generate_bytes(
            Path::new(NAME),
            sample.to_string().as_bytes(),
            None,
            &Options::default(),
        );
        if let Err(e) = outcome {
            assert!(e.to_string().starts_with(NAME), "{e}");
        }
    }
}
