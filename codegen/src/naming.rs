//! The one rule that names every generated method after its path.
//!
//! Users know an endpoint by its path (`/organization/create`) or by the TypeScript client's call
//! (`organization.create`), never by Better Auth's operation ids, which are missing on many
//! operations and inconsistent on the rest. So the name is built from the path alone:
//!
//! 1. each literal segment is lowercased and every run of characters that is not a letter or a
//!    digit becomes one `_` (`sign-in` -> `sign_in`, `.well-known` -> `well_known`);
//! 2. a parameter segment `{id}` becomes `by_id`;
//! 3. the segments are joined with `_` (`/reset-password/{token}` -> `reset_password_by_token`);
//!    the root path is `root`, and a name that starts with a digit gets the prefix `op_`;
//! 4. when one path has several methods, GET keeps the plain name and every other method gets its
//!    own suffix (`get_session` and `get_session_post`);
//! 5. a name that is a Rust keyword, or whose builder would clash with an item the generator emits
//!    itself (`Error`, `ResponseValue`, ...), or a method of the generated `Client` (`new`, ...),
//!    gets the method as a suffix too (`GET /error` -> `error_get`).

/// Items that progenitor puts next to the builder structs it names after each operation.
const GENERATED_ITEMS: &[&str] = &[
    "ByteStream",
    "Client",
    "ClientHooks",
    "ClientInfo",
    "Error",
    "OperationInfo",
    "RequestBuilderExt",
    "ResponseValue",
    "Result",
    "Option",
    "Vec",
    "String",
    "Box",
];

/// Methods the generated `Client` already has.
const CLIENT_METHODS: &[&str] = &[
    "new",
    "new_with_client",
    "baseurl",
    "client",
    "inner",
    "api_version",
];

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe",
    "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
    "priv", "try", "typeof", "unsized", "virtual", "yield", "types", "builder", "prelude",
];

/// The method name for `method` (lowercase) on `path`; `shared_path` is true when the path has
/// more than one method.
pub fn method_name(path: &str, method: &str, shared_path: bool) -> String {
    let mut name = path_name(path);
    let needs_suffix = (shared_path && method != "get") || is_reserved(&name);
    if needs_suffix {
        name.push('_');
        name.push_str(method);
    }
    name
}

fn path_name(path: &str) -> String {
    let parts: Vec<String> = path
        .split('/')
        .filter(|segment| !segment.is_empty())
        .map(
            |segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(param) => format!("by_{}", snake(param)),
                None => snake(segment),
            },
        )
        .filter(|part| !part.is_empty() && part != "by_")
        .collect();
    let name = if parts.is_empty() {
        "root".to_owned()
    } else {
        parts.join("_")
    };
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("op_{name}")
    } else {
        name
    }
}

/// Lowercase snake case: camelCase humps and every non-alphanumeric run become one `_`.
fn snake(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len() + 4);
    let mut previous_lower = false;
    for c in segment.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && previous_lower {
                out.push('_');
            }
            previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            out.push(c.to_ascii_lowercase());
        } else {
            if !out.ends_with('_') {
                out.push('_');
            }
            previous_lower = false;
        }
    }
    out.trim_matches('_').to_owned()
}

/// The builder struct name progenitor derives from a method name.
pub fn pascal(name: &str) -> String {
    name.split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

fn is_reserved(name: &str) -> bool {
    KEYWORDS.contains(&name)
        || CLIENT_METHODS.contains(&name)
        || GENERATED_ITEMS.contains(&pascal(name).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_path() {
        assert_eq!(
            method_name("/sign-up/email", "post", false),
            "sign_up_email"
        );
        assert_eq!(
            method_name("/admin/list-users", "get", false),
            "admin_list_users"
        );
        assert_eq!(
            method_name("/organization/create", "post", false),
            "organization_create"
        );
        assert_eq!(method_name("/jwks", "get", false), "jwks");
    }

    #[test]
    fn parameters_read_as_by() {
        assert_eq!(
            method_name("/reset-password/{token}", "get", false),
            "reset_password_by_token"
        );
        assert_eq!(
            method_name("/callback/{providerId}", "get", true),
            "callback_by_provider_id"
        );
    }

    #[test]
    fn get_keeps_the_plain_name_on_a_shared_path() {
        assert_eq!(method_name("/get-session", "get", true), "get_session");
        assert_eq!(
            method_name("/get-session", "post", true),
            "get_session_post"
        );
        assert_eq!(
            method_name("/callback/{id}", "post", true),
            "callback_by_id_post"
        );
    }

    #[test]
    fn reserved_names_get_a_suffix() {
        assert_eq!(method_name("/error", "get", false), "error_get");
        assert_eq!(method_name("/client", "post", false), "client_post");
        assert_eq!(method_name("/type", "get", false), "type_get");
        assert_eq!(
            method_name("/response-value", "get", false),
            "response_value_get"
        );
        assert_eq!(method_name("/ok", "get", false), "ok");
    }

    #[test]
    fn odd_paths_still_give_identifiers() {
        assert_eq!(method_name("/", "get", false), "root");
        assert_eq!(
            method_name("/.well-known/openid-configuration", "get", false),
            "well_known_openid_configuration"
        );
        assert_eq!(method_name("/2fa/enable", "post", false), "op_2fa_enable");
        assert_eq!(
            method_name("/two-factor/verifyTOTP", "post", false),
            "two_factor_verify_totp"
        );
        assert_eq!(method_name("/a//b/", "get", false), "a_b");
    }

    #[test]
    fn pascal_matches_progenitor() {
        assert_eq!(pascal("sign_up_email"), "SignUpEmail");
        assert_eq!(pascal("op_2fa_enable"), "Op2faEnable");
    }
}
