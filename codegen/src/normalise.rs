//! Document-level rules: operations, names, parameters, bodies and answers.
//!
//! Better Auth serves OpenAPI 3.1 with quirks that progenitor 0.15 refuses or mishandles. These
//! rules turn any such document into the 3.0 subset the generator takes, and count each rewrite.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::pointer::{escape, resolve};
use crate::report::Report;
use crate::schema;
use crate::{Fault, Step};

/// The schema every error answer is decoded into: Better Auth's `{code, message}`.
pub const ERROR_SCHEMA: &str = "BetterAuthError";

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Request body media types the generator can send.
const BODY_TYPES: &[&str] = &[
    "application/json",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
];

/// Rewrites `document` in place. Fails only on what cannot be safely rewritten.
pub fn normalise(document: &mut Value, report: &mut Report) -> Result<(), Fault> {
    check_version(document)?;
    check_references(document)?;
    let Some(root) = document.as_object_mut() else {
        return Err(Fault::at(
            Step::Check,
            "#",
            "the document is not a JSON object",
        ));
    };
    if root.remove("webhooks").is_some() {
        report.rewrite("webhooks", "#/webhooks");
    }
    sanitise_version(root, report);

    let components = root.get("components").cloned().unwrap_or_else(|| json!({}));
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let paths = match root.get_mut("paths") {
        Some(Value::Object(paths)) => paths,
        _ => {
            return Err(
                Fault::at(Step::Check, "#/paths", "the document has no `paths` object")
                    .hint("serve the document from `<auth url>/open-api/generate-schema`"),
            );
        }
    };
    for (path, item) in paths.iter_mut() {
        let at = format!("#/paths/{}", escape(path));
        let Value::Object(item) = item else {
            return Err(Fault::at(Step::Check, &at, "a path item must be an object"));
        };
        if item.contains_key("$ref") {
            return Err(Fault::at(
                Step::Check,
                &at,
                "a path item given by `$ref` is not supported",
            )
            .hint("inline the path item in the document"));
        }
        let methods: Vec<&str> = METHODS
            .iter()
            .copied()
            .filter(|m| item.contains_key(*m))
            .collect();
        let shared = methods.len() > 1;
        let path_parameters = item.remove("parameters");
        for method in methods {
            let op_at = format!("{at}/{method}");
            report.operations += 1;
            let Some(Value::Object(op)) = item.get_mut(method) else {
                return Err(Fault::at(
                    Step::Check,
                    &op_at,
                    "an operation must be an object",
                ));
            };
            let name = crate::naming::method_name(path, method, shared);
            if let Some(other) = names.insert(name.clone(), op_at.clone()) {
                return Err(Fault::at(
                    Step::Normalise,
                    &op_at,
                    format!("this operation and {other} would both be named `{name}`"),
                )
                .hint("rename one of the two paths, or drop one with a `remove` action in the corrections overlay"));
            }
            let keep = operation(
                op,
                &name,
                path,
                path_parameters.as_ref(),
                &components,
                &op_at,
                report,
            )?;
            if !keep {
                item.remove(method);
                names.remove(&name);
            }
        }
    }

    for (name, schema) in components_schemas(root)?.iter_mut() {
        schema::normalise(
            schema,
            &format!("#/components/schemas/{}", escape(name)),
            report,
        );
    }
    check_types(root)?;
    let schemas = components_schemas(root)?;
    schemas.insert(ERROR_SCHEMA.into(), error_schema());
    Ok(())
}

fn components_schemas(root: &mut Map<String, Value>) -> Result<&mut Map<String, Value>, Fault> {
    let components = root
        .entry("components")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .ok_or_else(|| {
            Fault::at(
                Step::Check,
                "#/components",
                "`components` must be an object",
            )
        })?;
    components
        .entry("schemas")
        .or_insert_with(|| json!({}))
        .as_object_mut()
        .ok_or_else(|| Fault::at(Step::Check, "#/components/schemas", "must be an object"))
}

fn error_schema() -> Value {
    json!({
        "description": "The body of an error answer: Better Auth's error code and message.",
        "type": "object",
        "properties": {
            "code": {"type": "string", "description": "Better Auth's error code, e.g. `INVALID_EMAIL_OR_PASSWORD`."},
            "message": {"type": "string", "description": "A human-readable message."}
        }
    })
}

const TYPES: &[&str] = &["string", "number", "integer", "boolean", "array", "object"];

/// After the rewrites every schema's `type` must be one OpenAPI 3.0 knows, and its `enum` values
/// must be of that type; the generator's own error for either names no place.
fn check_types(root: &Map<String, Value>) -> Result<(), Fault> {
    if let Some(paths) = root.get("paths") {
        check_types_in(paths, "#/paths", false)?;
    }
    if let Some(schemas) = root.get("components").and_then(|c| c.get("schemas")) {
        check_types_in(schemas, "#/components/schemas", true)?;
    }
    Ok(())
}

/// `names` is true for a map of names to schemas (`properties`), whose `type` key is a name.
fn check_types_in(value: &Value, at: &str, names: bool) -> Result<(), Fault> {
    match value {
        Value::Object(map) => {
            if let Some(kind) = map.get("type").filter(|_| !names) {
                let Some(kind) = kind.as_str().filter(|k| TYPES.contains(k)) else {
                    return Err(Fault::at(
                        Step::Check,
                        at,
                        format!("schema type {kind} is not an OpenAPI type"),
                    )
                    .hint("correct the schema in the corrections overlay"));
                };
                let values = map.get("enum").and_then(Value::as_array);
                if let Some(bad) = values.into_iter().flatten().find(|v| !fits(kind, v)) {
                    return Err(Fault::at(
                        Step::Check,
                        at,
                        format!("enum value {bad} is not of the schema's type `{kind}`"),
                    )
                    .hint("correct the enum or the type in the corrections overlay"));
                }
            }
            for (key, child) in map {
                let child_names = !names && key == "properties";
                check_types_in(child, &format!("{at}/{}", escape(key)), child_names)?;
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                check_types_in(child, &format!("{at}/{i}"), false)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn fits(kind: &str, value: &Value) -> bool {
    match (kind, value) {
        (_, Value::Null) => true,
        ("string", Value::String(_))
        | ("boolean", Value::Bool(_))
        | ("number", Value::Number(_)) => true,
        ("integer", Value::Number(n)) => n.is_i64() || n.is_u64(),
        ("array", Value::Array(_)) | ("object", Value::Object(_)) => true,
        _ => false,
    }
}

fn check_version(document: &Value) -> Result<(), Fault> {
    if let Some(swagger) = document.get("swagger") {
        return Err(Fault::at(
            Step::Check,
            "#/swagger",
            format!("this is a Swagger {swagger} document; only OpenAPI 3.0 and 3.1 are supported"),
        )
        .hint(
            "serve the document from Better Auth's openAPI plugin (`/open-api/generate-schema`)",
        ));
    }
    match document.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0.") || v.starts_with("3.1.") => Ok(()),
        Some(v) => Err(Fault::at(
            Step::Check,
            "#/openapi",
            format!("OpenAPI version {v} is not supported; 3.0 and 3.1 are"),
        )),
        None => Err(Fault::at(
            Step::Check,
            "#/openapi",
            "the document has no `openapi` version: is it an OpenAPI document?",
        )),
    }
}

/// The generator puts `info.version` into a header value; keep it a valid one.
fn sanitise_version(root: &mut Map<String, Value>, report: &mut Report) {
    root.insert("openapi".into(), json!("3.0.3"));
    let info = root.entry("info").or_insert_with(|| json!({}));
    let Some(info) = info.as_object_mut() else {
        return;
    };
    let version = info.get("version").and_then(Value::as_str).unwrap_or("");
    let clean: String = version
        .chars()
        .filter(|c| c.is_ascii_graphic())
        .take(64)
        .collect();
    if clean != version || clean.is_empty() {
        info.insert(
            "version".into(),
            json!(if clean.is_empty() { "0" } else { &clean }),
        );
        report.rewrite("info-version", "#/info/version");
    }
    if !info.get("title").is_some_and(Value::is_string) {
        info.insert("title".into(), json!("Better Auth"));
    }
}

/// Every `$ref` must point into this document and resolve; a reference that only leads to
/// another reference in a loop names no type at all.
fn check_references(document: &Value) -> Result<(), Fault> {
    let mut refs = Vec::new();
    collect_refs(document, "#", &mut refs);
    for (at, reference) in refs {
        if !reference.starts_with("#/") {
            return Err(Fault::at(
                Step::Check,
                &at,
                format!("`$ref: {reference}` points outside the document"),
            )
            .hint("bundle the document so that every reference is local (`#/components/...`)"));
        }
        let mut seen = vec![reference.clone()];
        let mut current = reference.clone();
        loop {
            let Some(target) = resolve(document, &current) else {
                return Err(Fault::at(
                    Step::Check,
                    &at,
                    format!("`$ref: {current}` points to nothing in the document"),
                )
                .hint("add the missing component, or correct the reference in the corrections overlay"));
            };
            match target.get("$ref").and_then(Value::as_str) {
                Some(next) if seen.iter().any(|s| s == next) => {
                    return Err(Fault::at(
                        Step::Check,
                        &at,
                        format!(
                            "`$ref` chain {} -> {next} is circular and names no schema",
                            seen.join(" -> ")
                        ),
                    ));
                }
                Some(next) => {
                    seen.push(next.to_owned());
                    current = next.to_owned();
                }
                None => break,
            }
        }
    }
    Ok(())
}

fn collect_refs(value: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                out.push((at.to_owned(), reference.clone()));
            }
            for (key, child) in map {
                collect_refs(child, &format!("{at}/{}", escape(key)), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_refs(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Follows `$ref`s into `components` so that the operation carries its parts inline.
fn inline<'a>(value: &'a Value, components: &'a Value) -> &'a Value {
    let mut current = value;
    for _ in 0..16 {
        match current.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let path = reference.trim_start_matches("#/components/");
                match components.pointer(&format!("/{path}")) {
                    Some(target) => current = target,
                    None => return current,
                }
            }
            None => return current,
        }
    }
    current
}

/// Normalises one operation; returns false when it must be dropped (reported).
fn operation(
    op: &mut Map<String, Value>,
    name: &str,
    path: &str,
    path_parameters: Option<&Value>,
    components: &Value,
    at: &str,
    report: &mut Report,
) -> Result<bool, Fault> {
    let given = op
        .get("operationId")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if given.as_deref() != Some(name) {
        report.rewrite("operation-id", at);
        if let Some(given) = given {
            op.insert("x-better-auth-operation-id".into(), json!(given));
        }
    }
    op.insert("operationId".into(), json!(name));
    tags(op, at, report);
    parameters(op, path_parameters, components, at, report)?;
    template_parameters(op, path, at, report);
    if !request_body(op, components, at, report) {
        return Ok(false);
    }
    responses(op, components, at, report);
    op.remove("callbacks");
    op.remove("security");
    op.remove("servers");
    Ok(true)
}

/// progenitor puts an operation with several tags into several traits, which makes its method
/// ambiguous once both are imported: the first tag is the group.
fn tags(op: &mut Map<String, Value>, at: &str, report: &mut Report) {
    let first = match op.get("tags") {
        Some(Value::Array(tags)) => tags.iter().find_map(Value::as_str).map(str::to_owned),
        _ => None,
    };
    let group = first.unwrap_or_else(|| {
        report.rewrite("untagged-operation", at);
        "Default".to_owned()
    });
    if op
        .get("tags")
        .and_then(Value::as_array)
        .is_some_and(|t| t.len() > 1)
    {
        report.rewrite("extra-tags", at);
    }
    op.insert("tags".into(), json!([group]));
}

fn parameters(
    op: &mut Map<String, Value>,
    path_parameters: Option<&Value>,
    components: &Value,
    at: &str,
    report: &mut Report,
) -> Result<(), Fault> {
    let mut merged: Vec<Value> = Vec::new();
    let own = op.remove("parameters");
    let all = path_parameters
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .chain(own.as_ref().and_then(Value::as_array).into_iter().flatten());
    for (i, parameter) in all.enumerate() {
        let p_at = format!("{at}/parameters/{i}");
        let mut parameter = inline(parameter, components).clone();
        let Some(p) = parameter.as_object_mut() else {
            return Err(Fault::at(
                Step::Check,
                &p_at,
                "a parameter must be an object",
            ));
        };
        let name = p
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned();
        let place = p.get("in").and_then(Value::as_str).unwrap_or("").to_owned();
        let required = p.get("required") == Some(&json!(true));
        if !matches!(place.as_str(), "query" | "path" | "header") {
            if required {
                return Err(Fault::at(
                    Step::Normalise,
                    &p_at,
                    format!("required parameter `{name}` in `{place}` cannot be sent by the generated client"),
                )
                .hint("remove the operation, or make the parameter optional, in the corrections overlay"));
            }
            report.problem(
                &p_at,
                format!("optional `{place}` parameter `{name}` dropped: the client cannot send it"),
            );
            continue;
        }
        if !p.contains_key("schema") {
            report.problem(
                &p_at,
                format!("parameter `{name}` has no `schema`; sent as a string"),
            );
            p.remove("content");
            p.insert("schema".into(), json!({"type": "string"}));
        }
        let resolved_type = p
            .get("schema")
            .map(|schema| inline(schema, components))
            .and_then(|schema| schema.get("type"))
            .cloned();
        if place == "query" && resolved_type == Some(json!("object")) {
            if required {
                return Err(Fault::at(
                    Step::Normalise,
                    &p_at,
                    format!("required query parameter `{name}` is an object, which the client cannot encode"),
                )
                .hint("make it a string in the corrections overlay"));
            }
            report.problem(
                &p_at,
                format!(
                    "optional object query parameter `{name}` dropped: the client cannot encode it"
                ),
            );
            continue;
        }
        if let Some(schema) = p.get_mut("schema") {
            schema::normalise(schema, &format!("{p_at}/schema"), report);
            // A path parameter is formatted into the URL, which needs `Display`; a secret has none.
            if place != "path" {
                schema::mark_secret(&name, schema, &format!("{p_at}/schema"), report);
            }
        }
        merged.retain(|m: &Value| !(m["name"] == p["name"] && m["in"] == p["in"]));
        merged.push(parameter);
    }
    if !merged.is_empty() {
        op.insert("parameters".into(), Value::Array(merged));
    }
    Ok(())
}

/// Every `{name}` of the path template must be a declared path parameter; an undeclared one
/// becomes a required string.
fn template_parameters(op: &mut Map<String, Value>, path: &str, at: &str, report: &mut Report) {
    let names: Vec<&str> = path
        .split('/')
        .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .collect();
    let parameters = op.entry("parameters").or_insert_with(|| json!([]));
    let Some(parameters) = parameters.as_array_mut() else {
        return;
    };
    for name in names {
        let declared = parameters
            .iter()
            .any(|p| p["in"] == "path" && p["name"] == name);
        if !declared {
            parameters.push(
                json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}}),
            );
            report.rewrite("undeclared-path-parameter", at);
        }
    }
    if parameters.is_empty() {
        op.remove("parameters");
    }
}

/// Keeps one request body media type the client can send; returns false when there is none.
fn request_body(
    op: &mut Map<String, Value>,
    components: &Value,
    at: &str,
    report: &mut Report,
) -> bool {
    let Some(body) = op.get("requestBody") else {
        return true;
    };
    let mut body = inline(body, components).clone();
    let b_at = format!("{at}/requestBody");
    let Some(content) = body.get_mut("content").and_then(Value::as_object_mut) else {
        op.remove("requestBody");
        report.problem(&b_at, "request body without `content` dropped");
        return true;
    };
    let chosen = BODY_TYPES
        .iter()
        .find(|t| content.contains_key(**t))
        .map(|t| (*t).to_owned())
        .or_else(|| content.keys().find(|k| k.ends_with("+json")).cloned());
    let Some(chosen) = chosen else {
        let types: Vec<&String> = content.keys().collect();
        report.problem(
            at,
            format!("operation dropped: its request body ({types:?}) is not JSON, a form or bytes"),
        );
        return false;
    };
    let mut media = content.remove(&chosen).unwrap_or_else(|| json!({}));
    if !content.is_empty() {
        report.rewrite("extra-body-types", &b_at);
    }
    let media_type = if chosen.ends_with("+json") {
        "application/json".to_owned()
    } else {
        chosen
    };
    let schema = media
        .as_object_mut()
        .map(|m| m.entry("schema").or_insert_with(|| json!({})));
    let mut has_required = false;
    if let Some(schema) = schema {
        let s_at = format!("{b_at}/content/{}/schema", escape(&media_type));
        schema::normalise(schema, &s_at, report);
        empty_body(schema, &s_at, report);
        let resolved = inline(schema, components);
        has_required = resolved
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|r| !r.is_empty());
    }
    let Some(body) = body.as_object_mut() else {
        return true;
    };
    body.insert("content".into(), json!({ media_type: media }));
    if has_required && body.get("required") != Some(&json!(true)) {
        body.insert("required".into(), json!(true));
        report.rewrite("request-body-required", &b_at);
    }
    op.insert("requestBody".into(), Value::Object(body.clone()));
    true
}

/// A body declared as an object with no properties (`revoke-sessions`, `get-session` by POST)
/// would be generated as a free-form map that the builder demands be set before every call.
/// As an empty struct it has a default, so `send()` works without a body being given.
fn empty_body(schema: &mut Value, at: &str, report: &mut Report) {
    let Some(map) = schema.as_object_mut() else {
        return;
    };
    let empty = map.get("type") == Some(&json!("object"))
        && map
            .get("properties")
            .and_then(Value::as_object)
            .is_none_or(Map::is_empty)
        && !map.contains_key("additionalProperties");
    if empty {
        map.insert("properties".into(), json!({}));
        map.insert("additionalProperties".into(), json!(false));
        report.rewrite("empty-body", at);
    }
}

/// One success answer (any 2xx) and one shared error answer (`default`): progenitor allows one
/// type for each, and Better Auth's errors all share `{code, message}` whatever the document says.
fn responses(op: &mut Map<String, Value>, components: &Value, at: &str, report: &mut Report) {
    let r_at = format!("{at}/responses");
    let given = op.remove("responses");
    let given = given.as_ref().and_then(Value::as_object);
    let mut success: Vec<(&String, &Value)> = given
        .into_iter()
        .flatten()
        .filter(|(code, _)| code.starts_with('2'))
        .collect();
    success.sort_by(|a, b| a.0.cmp(b.0));
    if success.len() > 1 {
        report.problem(
            &r_at,
            format!(
                "only the first of {} success answers is typed",
                success.len()
            ),
        );
    }
    let mut answer = match success.first() {
        Some((_, response)) => inline(response, components).clone(),
        None => {
            report.rewrite("missing-success-answer", &r_at);
            json!({"description": "Success (not declared by the document)",
                   "content": {"application/json": {"schema": {}}}})
        }
    };
    if let Some(content) = answer.get_mut("content").and_then(Value::as_object_mut) {
        let json_type = content
            .keys()
            .find(|k| *k == "application/json" || k.ends_with("+json"))
            .cloned();
        if let Some(json_type) = json_type {
            let media = content.remove(&json_type).unwrap_or_else(|| json!({}));
            content.clear();
            content.insert("application/json".into(), media);
            if let Some(schema) = content["application/json"].get_mut("schema") {
                schema::normalise(
                    schema,
                    &format!("{r_at}/2XX/content/application~1json/schema"),
                    report,
                );
            } else if let Some(media) = content["application/json"].as_object_mut() {
                media.insert("schema".into(), json!({}));
            }
        }
    }
    let description = answer
        .get("description")
        .cloned()
        .unwrap_or(json!("Success"));
    if let Some(answer) = answer.as_object_mut() {
        answer.insert("description".into(), description);
    }
    let replaced_errors = given
        .into_iter()
        .flatten()
        .any(|(code, _)| !code.starts_with('2'));
    if replaced_errors {
        report.rewrite("error-answers", &r_at);
    }
    op.insert(
        "responses".into(),
        json!({
            "2XX": answer,
            "default": {
                "description": "An error answer: Better Auth's error code and message",
                "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{ERROR_SCHEMA}")}}}
            }
        }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(paths: Value) -> Value {
        json!({"openapi": "3.1.1", "info": {"title": "t", "version": "1.1.0"}, "paths": paths})
    }

    fn run(mut d: Value) -> (Value, Report) {
        let mut report = Report::default();
        normalise(&mut d, &mut report).unwrap();
        (d, report)
    }

    #[test]
    fn names_every_operation_from_its_path() {
        let (d, r) = run(doc(json!({
            "/sign-up/email": {"post": {"operationId": "signUpWithEmailAndPassword", "responses": {}}},
            "/organization/create": {"post": {"responses": {}}}
        })));
        assert_eq!(
            d["paths"]["/sign-up/email"]["post"]["operationId"],
            "sign_up_email"
        );
        assert_eq!(
            d["paths"]["/sign-up/email"]["post"]["x-better-auth-operation-id"],
            "signUpWithEmailAndPassword"
        );
        assert_eq!(
            d["paths"]["/organization/create"]["post"]["operationId"],
            "organization_create"
        );
        assert_eq!(r.count("operation-id"), 2);
        assert_eq!(d["openapi"], "3.0.3");
    }

    #[test]
    fn errors_share_one_schema_and_success_becomes_2xx() {
        let (d, r) = run(doc(json!({"/ok": {"get": {"responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}},
            "400": {"description": "bad", "content": {"application/json": {"schema": {"type": "object", "properties": {"message": {"type": "string"}}}}}},
            "401": {"description": "no", "content": {"application/json": {"schema": {"type": "object"}}}}
        }}}})));
        let responses = &d["paths"]["/ok"]["get"]["responses"];
        assert_eq!(
            responses["2XX"]["content"]["application/json"]["schema"],
            json!({"type": "object"})
        );
        assert_eq!(
            responses["default"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/BetterAuthError"
        );
        assert_eq!(responses.as_object().unwrap().len(), 2);
        assert!(d["components"]["schemas"]["BetterAuthError"]["properties"]["code"].is_object());
        assert_eq!(r.count("error-answers"), 1);
    }

    #[test]
    fn missing_success_answer_is_any_json() {
        let (d, r) = run(doc(json!({"/organization/leave": {"post": {"responses": {
            "400": {"description": "bad"}
        }}}})));
        assert_eq!(
            d["paths"]["/organization/leave"]["post"]["responses"]["2XX"]["content"]["application/json"]
                ["schema"],
            json!({})
        );
        assert_eq!(r.count("missing-success-answer"), 1);
    }

    #[test]
    fn request_body_with_required_fields_is_required() {
        let (d, r) = run(doc(json!({"/sign-up/email": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {"type": "object", "required": ["email"], "properties": {"email": {"type": "string"}}}}}},
            "responses": {}
        }}})));
        assert_eq!(
            d["paths"]["/sign-up/email"]["post"]["requestBody"]["required"],
            true
        );
        assert_eq!(r.count("request-body-required"), 1);
    }

    #[test]
    fn an_empty_object_body_becomes_an_empty_struct() {
        let (d, r) = run(doc(json!({"/revoke-sessions": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {}}}}},
            "responses": {}
        }}})));
        assert_eq!(
            d["paths"]["/revoke-sessions"]["post"]["requestBody"]["content"]["application/json"]["schema"],
            json!({"type": "object", "properties": {}, "additionalProperties": false})
        );
        assert_eq!(r.count("empty-body"), 1);
    }

    #[test]
    fn non_json_request_body_drops_the_operation_with_a_problem() {
        let (d, r) = run(doc(json!({
            "/upload": {"post": {"requestBody": {"content": {"multipart/form-data": {"schema": {}}}}, "responses": {}}},
            "/ok": {"get": {"responses": {}}}
        })));
        assert!(d["paths"]["/upload"].get("post").is_none());
        assert_eq!(r.problems.len(), 1);
        assert!(
            r.problems[0].message.contains("multipart/form-data"),
            "{:?}",
            r.problems
        );
        assert_eq!(r.operations, 2);
    }

    #[test]
    fn optional_cookie_parameter_is_dropped_and_required_one_fails() {
        let (d, r) = run(doc(json!({"/a": {"get": {"parameters": [
            {"name": "s", "in": "cookie", "schema": {"type": "string"}},
            {"name": "q", "in": "query", "schema": {"type": "string"}}
        ], "responses": {}}}})));
        assert_eq!(
            d["paths"]["/a"]["get"]["parameters"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
        assert_eq!(r.problems.len(), 1);

        let mut bad = doc(json!({"/a": {"get": {"parameters": [
            {"name": "s", "in": "cookie", "required": true, "schema": {"type": "string"}}
        ], "responses": {}}}}));
        let fault = normalise(&mut bad, &mut Report::default()).unwrap_err();
        assert_eq!(
            fault.pointer.as_deref(),
            Some("#/paths/~1a/get/parameters/0")
        );
    }

    #[test]
    fn two_paths_with_one_name_fail_naming_both() {
        let mut d =
            doc(json!({"/a/b": {"get": {"responses": {}}}, "/a-b": {"get": {"responses": {}}}}));
        let fault = normalise(&mut d, &mut Report::default()).unwrap_err();
        assert!(fault.message.contains("`a_b`"), "{fault}");
        assert!(fault.message.contains("#/paths/~1a~1b/get"), "{fault}");
    }

    #[test]
    fn references_must_resolve_and_not_loop() {
        let mut d = doc(
            json!({"/a": {"get": {"responses": {"200": {"description": "x",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Nope"}}}}}}}}),
        );
        let fault = normalise(&mut d, &mut Report::default()).unwrap_err();
        assert!(fault.message.contains("points to nothing"), "{fault}");

        let mut d = doc(json!({"/a": {"get": {"responses": {}}}}));
        d["components"] = json!({"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}});
        let fault = normalise(&mut d, &mut Report::default()).unwrap_err();
        assert!(fault.message.contains("circular"), "{fault}");
    }

    #[test]
    fn a_path_parameter_on_the_item_reaches_each_operation() {
        let (d, _) = run(doc(json!({"/callback/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "get": {"responses": {}}, "post": {"responses": {}}
        }})));
        assert_eq!(
            d["paths"]["/callback/{id}"]["get"]["operationId"],
            "callback_by_id"
        );
        assert_eq!(
            d["paths"]["/callback/{id}"]["post"]["operationId"],
            "callback_by_id_post"
        );
        assert_eq!(
            d["paths"]["/callback/{id}"]["post"]["parameters"][0]["name"],
            "id"
        );
    }

    #[test]
    fn wrong_versions_are_refused() {
        let mut d = json!({"swagger": "2.0", "paths": {}});
        let fault = normalise(&mut d, &mut Report::default()).unwrap_err();
        assert!(fault.message.contains("Swagger"), "{fault}");
        let mut d = json!({"openapi": "4.0.0", "paths": {}});
        assert!(normalise(&mut d, &mut Report::default()).is_err());
    }

    #[test]
    fn an_unsafe_info_version_is_cleaned() {
        let mut d = doc(json!({}));
        d["info"]["version"] = json!("1.0\n\u{7f}");
        let (d, r) = run(d);
        assert_eq!(d["info"]["version"], "1.0");
        assert_eq!(r.count("info-version"), 1);
    }
}
