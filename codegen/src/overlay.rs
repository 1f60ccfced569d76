//! Corrections as an OpenAPI Overlay 1.0 document: facts about real answers that the served
//! document gets wrong, kept as data beside it.
//!
//! Targets are JSONPath expressions of the subset overlays use in practice: `$`, `.name`,
//! `['name']` or `["name"]`, and the wildcards `.*` and `[*]`. An `update` merges objects key by
//! key (replacing other values, appending to arrays); `remove: true` deletes the target. An action
//! whose target is absent is reported, never fatal: the user's document may be newer than ours.

use serde_json::Value;

use crate::report::{Correction, Report};
use crate::{Fault, Step};

/// Applies every action of `overlay` to `document` in order.
pub fn apply(document: &mut Value, overlay: &Value, report: &mut Report) -> Result<(), Fault> {
    if overlay.get("overlay").and_then(Value::as_str).is_none() {
        return Err(Fault::at(
            Step::Correct,
            "#/overlay",
            "not an OpenAPI Overlay document",
        )
        .hint("start the corrections file with `\"overlay\": \"1.0.0\"`"));
    }
    let Some(actions) = overlay.get("actions").and_then(Value::as_array) else {
        return Err(Fault::at(
            Step::Correct,
            "#/actions",
            "an overlay needs an `actions` array",
        ));
    };
    for (i, action) in actions.iter().enumerate() {
        let at = format!("#/actions/{i}");
        let Some(target) = action.get("target").and_then(Value::as_str) else {
            return Err(Fault::at(Step::Correct, &at, "the action has no `target`"));
        };
        let path = parse(target).map_err(|message| {
            Fault::at(
                Step::Correct,
                &format!("{at}/target"),
                format!("`{target}`: {message}"),
            )
        })?;
        let remove = action.get("remove") == Some(&Value::Bool(true));
        let update = action.get("update");
        if !remove && update.is_none() {
            return Err(Fault::at(
                Step::Correct,
                &at,
                "the action has neither `update` nor `remove: true`",
            ));
        }
        let applied = if remove {
            remove_at(document, &path)
        } else {
            let mut n = 0;
            for node in select(document, &path) {
                if let Some(update) = update {
                    merge(node, update);
                    n += 1;
                }
            }
            n
        };
        let description = action
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or(target)
            .to_owned();
        report.corrections.push(Correction {
            description,
            target: target.to_owned(),
            applied,
        });
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Key(String),
    Any,
}

fn parse(target: &str) -> Result<Vec<Segment>, String> {
    let rest = target.strip_prefix('$').ok_or("a target starts with `$`")?;
    let mut segments = Vec::new();
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '.' => {
                let start = i + 1;
                let mut end = rest.len();
                while let Some(&(j, d)) = chars.peek() {
                    if d == '.' || d == '[' {
                        end = j;
                        break;
                    }
                    chars.next();
                }
                let name = &rest[start..end];
                match name {
                    "" => {
                        return Err(
                            "empty name after `.` (recursive descent is not supported)".into()
                        );
                    }
                    "*" => segments.push(Segment::Any),
                    _ => segments.push(Segment::Key(name.to_owned())),
                }
            }
            '[' => {
                let close = rest[i..].find(']').ok_or("unclosed `[`")? + i;
                let inner = rest[i + 1..close].trim();
                let segment = if inner == "*" {
                    Segment::Any
                } else if let Some(quoted) = unquote(inner) {
                    Segment::Key(quoted)
                } else if inner.chars().all(|c| c.is_ascii_digit()) && !inner.is_empty() {
                    Segment::Key(inner.to_owned())
                } else {
                    return Err(format!("`[{inner}]` is not a name, an index or `*`"));
                };
                segments.push(segment);
                while chars.peek().is_some_and(|&(j, _)| j <= close) {
                    chars.next();
                }
            }
            _ => return Err(format!("unexpected `{c}`")),
        }
    }
    Ok(segments)
}

fn unquote(s: &str) -> Option<String> {
    let quote = s.chars().next().filter(|q| *q == '\'' || *q == '"')?;
    let body = s.strip_prefix(quote)?.strip_suffix(quote)?;
    Some(body.replace(&format!("\\{quote}"), &quote.to_string()))
}

fn select<'a>(node: &'a mut Value, path: &[Segment]) -> Vec<&'a mut Value> {
    let Some((first, rest)) = path.split_first() else {
        return vec![node];
    };
    match (first, node) {
        (Segment::Key(key), Value::Object(map)) => map
            .get_mut(key)
            .map(|child| select(child, rest))
            .unwrap_or_default(),
        (Segment::Key(key), Value::Array(items)) => key
            .parse::<usize>()
            .ok()
            .and_then(|i| items.get_mut(i))
            .map(|child| select(child, rest))
            .unwrap_or_default(),
        (Segment::Any, Value::Object(map)) => map
            .values_mut()
            .flat_map(|child| select(child, rest))
            .collect(),
        (Segment::Any, Value::Array(items)) => items
            .iter_mut()
            .flat_map(|child| select(child, rest))
            .collect(),
        _ => Vec::new(),
    }
}

fn remove_at(document: &mut Value, path: &[Segment]) -> usize {
    let Some((last, parent_path)) = path.split_last() else {
        return 0;
    };
    let mut removed = 0;
    for parent in select(document, parent_path) {
        match (last, parent) {
            (Segment::Key(key), Value::Object(map)) => {
                removed += usize::from(map.remove(key).is_some());
            }
            (Segment::Key(key), Value::Array(items)) => {
                if let Some(i) = key.parse::<usize>().ok().filter(|i| *i < items.len()) {
                    items.remove(i);
                    removed += 1;
                }
            }
            (Segment::Any, Value::Object(map)) => {
                removed += map.len();
                map.clear();
            }
            (Segment::Any, Value::Array(items)) => {
                removed += items.len();
                items.clear();
            }
            _ => {}
        }
    }
    removed
}

fn merge(target: &mut Value, update: &Value) {
    match (target, update) {
        (Value::Object(target), Value::Object(update)) => {
            for (key, value) in update {
                match target.get_mut(key) {
                    Some(existing)
                        if (existing.is_object() && value.is_object())
                            || (existing.is_array() && value.is_array()) =>
                    {
                        merge(existing, value);
                    }
                    _ => {
                        target.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (Value::Array(items), Value::Array(more)) => items.extend(more.iter().cloned()),
        (Value::Array(items), value) => items.push(value.clone()),
        (target, value) => *target = value.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn overlay(actions: Value) -> Value {
        json!({"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": actions})
    }

    #[test]
    fn parses_the_subset() {
        assert_eq!(
            parse("$.paths['/a/b'].get[\"x\"].*[0]").unwrap(),
            vec![
                Segment::Key("paths".into()),
                Segment::Key("/a/b".into()),
                Segment::Key("get".into()),
                Segment::Key("x".into()),
                Segment::Any,
                Segment::Key("0".into()),
            ]
        );
        assert!(parse("paths").is_err());
        assert!(parse("$..x").is_err());
        assert!(parse("$[?(@.a)]").is_err());
    }

    #[test]
    fn update_merges_and_remove_deletes() {
        let mut doc = json!({"a": {"b": {"c": 1, "d": [1]}}, "e": 2});
        let mut report = Report::default();
        let o = overlay(json!([
            {"target": "$.a.b", "update": {"c": 3, "d": [2], "f": {"g": true}}},
            {"target": "$.e", "remove": true},
        ]));
        apply(&mut doc, &o, &mut report).unwrap();
        assert_eq!(
            doc,
            json!({"a": {"b": {"c": 3, "d": [1, 2], "f": {"g": true}}}})
        );
        assert!(report.corrections.iter().all(|c| c.applied == 1));
    }

    #[test]
    fn absent_target_is_reported_not_fatal() {
        let mut doc = json!({"paths": {}});
        let mut report = Report::default();
        let o = overlay(
            json!([{"target": "$.paths['/gone'].get", "update": {"x": 1},
            "description": "gone endpoint"}]),
        );
        apply(&mut doc, &o, &mut report).unwrap();
        assert_eq!(doc, json!({"paths": {}}));
        let missing: Vec<_> = report.missing_corrections().collect();
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].description, "gone endpoint");
    }

    #[test]
    fn malformed_overlays_fail_with_a_pointer() {
        let mut doc = json!({});
        let fault = apply(&mut doc, &json!({"actions": []}), &mut Report::default()).unwrap_err();
        assert_eq!(fault.pointer.as_deref(), Some("#/overlay"));
        let fault = apply(
            &mut doc,
            &overlay(json!([{"target": "$.a"}])),
            &mut Report::default(),
        )
        .unwrap_err();
        assert_eq!(fault.pointer.as_deref(), Some("#/actions/0"));
        let fault = apply(
            &mut doc,
            &overlay(json!([{"target": "a", "remove": true}])),
            &mut Report::default(),
        )
        .unwrap_err();
        assert_eq!(fault.pointer.as_deref(), Some("#/actions/0/target"));
    }
}
