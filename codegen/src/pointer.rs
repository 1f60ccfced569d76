//! JSON Pointers (RFC 6901), the way every message of the generator says where a problem is.

use serde_json::Value;

/// Escapes one reference token: `~` as `~0`, `/` as `~1`.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Resolves a local reference such as `#/components/schemas/User` in `document`.
pub fn resolve<'a>(document: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix('#')?;
    document.pointer(pointer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn escapes_and_resolves() {
        let doc = json!({"paths": {"/a/b": {"get": 1}}});
        let at = format!("#/paths/{}/get", escape("/a/b"));
        assert_eq!(at, "#/paths/~1a~1b/get");
        assert_eq!(resolve(&doc, &at), Some(&json!(1)));
        assert_eq!(resolve(&doc, "other.json#/x"), None);
    }
}
