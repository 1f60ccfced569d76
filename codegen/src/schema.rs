//! Rules that rewrite one JSON Schema from OpenAPI 3.1 into the 3.0 subset progenitor reads.
//!
//! Each rule is small, counted under its own name in the [`Report`], and safe to apply twice.

use serde_json::{Map, Value, json};

use crate::report::Report;

/// The `format` that marks a string holding a secret; the generator maps it to `Secret`.
pub const SECRET_FORMAT: &str = "neon-auth-secret";

/// Property and parameter names whose string values are credentials in Better Auth's API.
const SECRET_NAMES: &[&str] = &[
    "password",
    "newPassword",
    "currentPassword",
    "token",
    "sessionToken",
    "accessToken",
    "refreshToken",
    "idToken",
    "otp",
    "code",
    "secret",
    "backupCodes",
    "totpURI",
];

/// Keywords of JSON Schema 2020-12 that OpenAPI 3.0 lacks and that carry no type information the
/// generator could use.
const DROPPED_KEYWORDS: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "$anchor",
    "$dynamicRef",
    "$dynamicAnchor",
    "propertyNames",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
    "unevaluatedProperties",
    "unevaluatedItems",
    "dependentRequired",
    "dependentSchemas",
    "if",
    "then",
    "else",
    "prefixItems",
    "contains",
    "minContains",
    "maxContains",
    "patternProperties",
];

/// Whether a property or parameter of this name holds a credential.
pub fn is_secret_name(name: &str) -> bool {
    SECRET_NAMES.contains(&name)
}

/// Rewrites the schema at `pointer` in place, and every schema nested in it.
pub fn normalise(schema: &mut Value, pointer: &str, report: &mut Report) {
    let Value::Object(map) = schema else {
        if schema.is_boolean() {
            // `true` and `false` are 3.1 schemas; 3.0 only has objects. Both become "any value",
            // which loses the refusal of `false` but never rejects a real answer.
            *schema = json!({});
            report.rewrite("boolean-schema", pointer);
        }
        return;
    };

    ref_siblings(map, pointer, report);
    if map.contains_key("$ref") {
        return;
    }
    type_arrays(map, pointer, report);
    const_to_enum(map, pointer, report);
    untyped_enum(map, pointer, report);
    exclusive_bounds(map, pointer, report);
    examples(map, pointer, report);
    tuple_items(map, pointer, report);
    drop_keywords(map, pointer, report);
    client_side_checks(map, pointer, report);
    open_objects(map, pointer, report);
    flatten_any_of(map, pointer, report);
    nested(map, pointer, report);
}

/// A 3.0 `$ref` ignores its siblings, and progenitor refuses them. Keep what changes the type
/// (nullability) by wrapping the reference in `allOf`; drop the rest (descriptions, a stray `type`).
fn ref_siblings(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    if !map.contains_key("$ref") || map.len() == 1 {
        return;
    }
    let nullable = map.get("nullable") == Some(&Value::Bool(true))
        || matches!(map.get("type"), Some(Value::Array(types)) if types.contains(&json!("null")));
    let reference = map.remove("$ref").unwrap_or(Value::Null);
    let description = map.remove("description");
    map.clear();
    if nullable {
        map.insert("allOf".into(), json!([{ "$ref": reference }]));
        map.insert("nullable".into(), Value::Bool(true));
        if let Some(description) = description {
            map.insert("description".into(), description);
        }
    } else {
        map.insert("$ref".into(), reference);
    }
    report.rewrite("ref-siblings", pointer);
}

/// `type: ["string", "null"]` becomes `type: string, nullable: true`; several non-null types
/// become an `anyOf` of each.
fn type_arrays(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    let types = match map.get("type") {
        Some(Value::Array(types)) => types.clone(),
        Some(Value::String(t)) if t == "null" => {
            map.remove("type");
            map.insert("nullable".into(), Value::Bool(true));
            report.rewrite("type-null", pointer);
            return;
        }
        _ => return,
    };
    let mut others: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
    let had_null = others.len()
        < map
            .get("type")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
    map.remove("type");
    if had_null {
        map.insert("nullable".into(), Value::Bool(true));
    }
    match others.len() {
        0 => {}
        1 => {
            map.insert("type".into(), others.remove(0));
        }
        _ => {
            let variants: Vec<Value> = others.into_iter().map(|t| json!({ "type": t })).collect();
            map.insert("anyOf".into(), Value::Array(variants));
        }
    }
    report.rewrite("type-array", pointer);
}

fn const_to_enum(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    if let Some(value) = map.remove("const") {
        map.insert("enum".into(), json!([value]));
        report.rewrite("const", pointer);
    }
}

/// An `enum` without `type` gets the type its values share; `null` among them means nullable.
fn untyped_enum(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    if map.contains_key("type") {
        return;
    }
    let Some(Value::Array(values)) = map.get("enum") else {
        return;
    };
    let has_null = values.iter().any(Value::is_null);
    let kinds: Vec<&str> = values
        .iter()
        .filter(|v| !v.is_null())
        .map(|v| match v {
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            _ => "object",
        })
        .collect();
    let Some(first) = kinds.first().copied() else {
        return;
    };
    if kinds.iter().all(|k| *k == first) {
        map.insert("type".into(), json!(first));
        if has_null {
            map.insert("nullable".into(), Value::Bool(true));
            if let Some(Value::Array(values)) = map.get_mut("enum") {
                values.retain(|v| !v.is_null());
            }
        }
        report.rewrite("enum-without-type", pointer);
    }
}

/// 3.1's numeric `exclusiveMinimum: 5` is 3.0's `minimum: 5, exclusiveMinimum: true`.
fn exclusive_bounds(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(value @ Value::Number(_)) = map.get(exclusive).cloned() {
            map.insert(bound.into(), value);
            map.insert(exclusive.into(), Value::Bool(true));
            report.rewrite("exclusive-bound", pointer);
        }
    }
}

fn examples(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    if let Some(Value::Array(mut values)) = map.remove("examples") {
        if !map.contains_key("example") && !values.is_empty() {
            map.insert("example".into(), values.swap_remove(0));
        }
        report.rewrite("examples", pointer);
    }
}

/// A tuple (`items` as an array) has no 3.0 form: the array keeps any items.
fn tuple_items(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    if matches!(map.get("items"), Some(Value::Array(_))) {
        map.insert("items".into(), json!({}));
        report.rewrite("tuple-items", pointer);
    }
    if map.get("type") == Some(&json!("array")) && !map.contains_key("items") {
        map.insert("items".into(), json!({}));
        report.rewrite("array-without-items", pointer);
    }
}

fn drop_keywords(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    for keyword in DROPPED_KEYWORDS {
        if map.remove(*keyword).is_some() {
            report.rewrite(keyword_rule(keyword), pointer);
        }
    }
}

fn keyword_rule(keyword: &str) -> &'static str {
    match keyword {
        "propertyNames" => "property-names",
        _ => "json-schema-2020-keyword",
    }
}

/// A `pattern` would make the generated code check strings with a regex engine (one more
/// dependency to compile), and `format: uuid` would bring in the uuid crate. The service checks
/// both anyway; the client sends and receives plain strings.
fn client_side_checks(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    if map.remove("pattern").is_some() {
        report.rewrite("pattern", pointer);
    }
    if map.get("format") == Some(&json!("uuid")) {
        map.remove("format");
        report.rewrite("uuid-format", pointer);
    }
}

/// An object with named properties that also allows any other (`additionalProperties: {}`)
/// becomes a struct with a flattened map that the generated builders then demand a value for.
/// Better Auth marks nearly every body this way; decoding ignores unknown fields anyway, so the
/// named properties alone are kept.
fn open_objects(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    let has_properties = map
        .get("properties")
        .and_then(Value::as_object)
        .is_some_and(|p| !p.is_empty());
    let open = match map.get("additionalProperties") {
        Some(Value::Bool(true)) => true,
        Some(Value::Object(any)) => any.is_empty(),
        _ => false,
    };
    if has_properties && open {
        map.remove("additionalProperties");
        report.rewrite("open-object", pointer);
    }
}

/// Nested `anyOf`s flatten into one; a `{type: null}` member makes the whole nullable; a single
/// remaining member merges into its parent.
fn flatten_any_of(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(members)) = map.remove(key) else {
            continue;
        };
        let before = members.len();
        let mut flat = Vec::with_capacity(members.len());
        let mut nullable = false;
        flatten_into(key, members, &mut flat, &mut nullable);
        let changed = nullable || flat.len() != before;
        if nullable {
            map.insert("nullable".into(), Value::Bool(true));
        }
        let changed = changed || merge_strings(&mut flat);
        if flat.len() == 1 && !map.contains_key("type") && !map.contains_key("properties") {
            if let Value::Object(only) = flat.remove(0) {
                for (k, v) in only {
                    map.entry(k).or_insert(v);
                }
            }
        } else if !flat.is_empty() {
            map.insert(key.into(), Value::Array(flat));
        }
        if changed {
            report.rewrite("nested-any-of", pointer);
        }
    }
}

/// Members that are all strings (`anyOf: [{enum: [google, github]}, {type: string}]`, Better
/// Auth's provider ids) make one string: any string when one member takes any, else the union of
/// the enums. The generator would otherwise make a struct with a field per member, which does
/// not serialise as a string at all.
fn merge_strings(members: &mut Vec<Value>) -> bool {
    let all_strings = members.len() > 1
        && members.iter().all(|m| {
            m.get("type") == Some(&json!("string"))
                && m.as_object().is_some_and(|o| {
                    o.keys()
                        .all(|k| matches!(k.as_str(), "type" | "enum" | "description"))
                })
        });
    if !all_strings {
        return false;
    }
    let open = members.iter().any(|m| m.get("enum").is_none());
    let mut merged = json!({"type": "string"});
    if !open {
        let mut values: Vec<Value> = Vec::new();
        for value in members
            .iter()
            .filter_map(|m| m.get("enum"))
            .filter_map(Value::as_array)
            .flatten()
        {
            if !values.contains(value) {
                values.push(value.clone());
            }
        }
        merged["enum"] = Value::Array(values);
    }
    if let Some(description) = members.iter().find_map(|m| m.get("description")) {
        merged["description"] = description.clone();
    }
    *members = vec![merged];
    true
}

fn flatten_into(key: &str, members: Vec<Value>, out: &mut Vec<Value>, nullable: &mut bool) {
    for member in members {
        match member {
            Value::Object(mut inner) if inner.len() <= 2 && inner.contains_key(key) => {
                let description = inner.remove("description");
                if let Some(Value::Array(nested)) = inner.remove(key) {
                    if inner.is_empty() {
                        flatten_into(key, nested, out, nullable);
                        continue;
                    }
                    inner.insert(key.into(), Value::Array(nested));
                }
                if let Some(description) = description {
                    inner.insert("description".into(), description);
                }
                out.push(Value::Object(inner));
            }
            Value::Object(inner)
                if inner.get("type") == Some(&json!("null")) && inner.len() == 1 =>
            {
                *nullable = true;
            }
            other => out.push(other),
        }
    }
}

fn nested(map: &mut Map<String, Value>, pointer: &str, report: &mut Report) {
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        for (name, property) in properties.iter_mut() {
            let at = format!("{pointer}/properties/{}", crate::pointer::escape(name));
            normalise(property, &at, report);
            mark_secret(name, property, &at, report);
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get_mut(key).filter(|c| c.is_object()) {
            normalise(child, &format!("{pointer}/{key}"), report);
        }
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(Value::Array(members)) = map.get_mut(key) {
            for (i, member) in members.iter_mut().enumerate() {
                normalise(member, &format!("{pointer}/{key}/{i}"), report);
            }
        }
    }
}

/// A string named like a credential becomes the `Secret` type, so that no generated `Debug`
/// prints it. Its description goes too: the generator matches the marked schema exactly.
pub fn mark_secret(name: &str, schema: &mut Value, pointer: &str, report: &mut Report) {
    if !is_secret_name(name) {
        return;
    }
    let Value::Object(map) = schema else { return };
    if map.get("type") != Some(&json!("string")) || map.contains_key("enum") {
        return;
    }
    if map.get("format") == Some(&json!(SECRET_FORMAT)) && map.len() <= 3 {
        return;
    }
    let nullable = map.get("nullable") == Some(&Value::Bool(true));
    map.clear();
    map.insert("type".into(), json!("string"));
    map.insert("format".into(), json!(SECRET_FORMAT));
    if nullable {
        map.insert("nullable".into(), Value::Bool(true));
    }
    report.rewrite("secret-field", pointer);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(mut schema: Value) -> (Value, Report) {
        let mut report = Report::default();
        normalise(&mut schema, "#", &mut report);
        (schema, report)
    }

    #[test]
    fn type_array_with_null_becomes_nullable() {
        let (s, r) = run(json!({"type": ["object", "null"], "properties": {}}));
        assert_eq!(
            s,
            json!({"type": "object", "nullable": true, "properties": {}})
        );
        assert_eq!(r.count("type-array"), 1);
    }

    #[test]
    fn type_array_with_two_types_becomes_any_of() {
        let (s, _) = run(json!({"type": ["string", "number", "null"]}));
        assert_eq!(
            s,
            json!({"nullable": true, "anyOf": [{"type": "string"}, {"type": "number"}]})
        );
    }

    #[test]
    fn nullable_and_type_arrays_mix_in_one_document() {
        let (s, r) = run(json!({"type": "object", "properties": {
            "a": {"type": "string", "nullable": true},
            "b": {"type": ["string", "null"]}
        }}));
        assert_eq!(s["properties"]["a"], s["properties"]["b"]);
        assert_eq!(r.count("type-array"), 1);
    }

    #[test]
    fn property_names_is_dropped() {
        let (s, r) = run(
            json!({"type": "object", "propertyNames": {"type": "string"},
            "additionalProperties": {}}),
        );
        assert_eq!(s, json!({"type": "object", "additionalProperties": {}}));
        assert_eq!(r.count("property-names"), 1);
    }

    #[test]
    fn ref_siblings_are_dropped_but_nullability_kept() {
        let (s, r) =
            run(json!({"type": "object", "description": "d", "$ref": "#/components/schemas/User"}));
        assert_eq!(s, json!({"$ref": "#/components/schemas/User"}));
        let (s, _) = run(json!({"type": ["object", "null"], "$ref": "#/components/schemas/User"}));
        assert_eq!(
            s,
            json!({"allOf": [{"$ref": "#/components/schemas/User"}], "nullable": true})
        );
        assert_eq!(r.count("ref-siblings"), 1);
    }

    #[test]
    fn enum_without_type_gets_the_values_type() {
        let (s, _) = run(json!({"enum": [true]}));
        assert_eq!(s, json!({"enum": [true], "type": "boolean"}));
        let (s, _) = run(json!({"enum": ["a", null]}));
        assert_eq!(
            s,
            json!({"enum": ["a"], "type": "string", "nullable": true})
        );
        let (s, _) = run(json!({"enum": ["a", 1]}));
        assert_eq!(s, json!({"enum": ["a", 1]}), "mixed values stay untyped");
    }

    #[test]
    fn nested_any_of_flattens() {
        let (s, r) = run(json!({"anyOf": [
            {"anyOf": [{"anyOf": [{"type": "string"}, {"type": "number"}]}, {"type": "boolean"}]},
            {"type": "array", "items": {"type": "string"}}
        ]}));
        assert_eq!(
            s,
            json!({"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"},
                {"type": "array", "items": {"type": "string"}}]})
        );
        assert_eq!(r.count("nested-any-of"), 1);
    }

    #[test]
    fn any_of_strings_becomes_one_string() {
        let (s, r) = run(json!({"description": "provider", "anyOf": [
            {"type": "string", "enum": ["google", "github"]},
            {"type": "string", "description": "any provider id"}
        ]}));
        assert_eq!(s, json!({"description": "provider", "type": "string"}));
        let (s, _) =
            run(json!({"anyOf": [{"type": "string", "description": "an id"}, {"type": "string"}]}));
        assert_eq!(s, json!({"type": "string", "description": "an id"}));
        assert_eq!(r.count("nested-any-of"), 1);
        let (s, _) = run(json!({"anyOf": [
            {"type": "string", "enum": ["a"]},
            {"type": "string", "enum": ["b", "a"]}
        ]}));
        assert_eq!(s, json!({"type": "string", "enum": ["a", "b"]}));
        let (s, _) = run(json!({"anyOf": [{"type": "string"}, {"type": "number"}]}));
        assert_eq!(
            s,
            json!({"anyOf": [{"type": "string"}, {"type": "number"}]})
        );
    }

    #[test]
    fn any_of_with_null_becomes_nullable() {
        let (s, _) = run(json!({"anyOf": [{"type": "string"}, {"type": "null"}]}));
        assert_eq!(s, json!({"type": "string", "nullable": true}));
    }

    #[test]
    fn const_and_examples_and_bounds() {
        let (s, _) = run(json!({"const": "x", "examples": ["x", "y"]}));
        assert_eq!(s, json!({"enum": ["x"], "type": "string", "example": "x"}));
        let (s, _) = run(json!({"type": "integer", "exclusiveMinimum": 0}));
        assert_eq!(
            s,
            json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true})
        );
    }

    #[test]
    fn secrets_are_marked_by_name() {
        let (s, r) = run(json!({"type": "object", "properties": {
            "token": {"type": "string", "description": "the session token"},
            "name": {"type": "string"},
            "password": {"type": ["string", "null"]}
        }}));
        assert_eq!(
            s["properties"]["token"],
            json!({"type": "string", "format": SECRET_FORMAT})
        );
        assert_eq!(s["properties"]["name"], json!({"type": "string"}));
        assert_eq!(
            s["properties"]["password"],
            json!({"type": "string", "format": SECRET_FORMAT, "nullable": true})
        );
        assert_eq!(r.count("secret-field"), 2);
    }

    #[test]
    fn rules_are_idempotent() {
        let input = json!({"type": ["object", "null"], "properties": {
            "a": {"anyOf": [{"anyOf": [{"type": "string"}]}, {"type": "null"}]},
            "token": {"type": "string"}
        }});
        let (once, _) = run(input);
        let (twice, r) = run(once.clone());
        assert_eq!(once, twice);
        assert_eq!(r.total(), 0);
    }

    #[test]
    fn patterns_and_uuid_formats_become_plain_strings() {
        let (s, r) = run(json!({"type": "string", "pattern": "^[a-z]+$"}));
        assert_eq!(s, json!({"type": "string"}));
        let (s, _) = run(json!({"type": "string", "format": "uuid"}));
        assert_eq!(s, json!({"type": "string"}));
        let (s, _) = run(json!({"type": "string", "format": "date-time"}));
        assert_eq!(s, json!({"type": "string", "format": "date-time"}));
        assert_eq!(r.count("pattern"), 1);
    }

    #[test]
    fn open_objects_with_properties_close() {
        let (s, r) = run(
            json!({"type": "object", "properties": {"a": {"type": "string"}},
            "additionalProperties": {}}),
        );
        assert_eq!(
            s,
            json!({"type": "object", "properties": {"a": {"type": "string"}}})
        );
        assert_eq!(r.count("open-object"), 1);
        let (s, _) = run(json!({"type": "object", "additionalProperties": {}}));
        assert_eq!(
            s,
            json!({"type": "object", "additionalProperties": {}}),
            "a map stays a map"
        );
    }

    #[test]
    fn boolean_schemas_become_any() {
        let (s, _) = run(json!({"type": "object", "properties": {"x": true}}));
        assert_eq!(s["properties"]["x"], json!({}));
    }
}
