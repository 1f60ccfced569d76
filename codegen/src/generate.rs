//! From the normalised document to formatted Rust code, through progenitor.

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};

use progenitor_impl::{GenerationSettings, Generator, InterfaceStyle, TagStyle};
use schemars::schema::{InstanceType, SchemaObject};
use serde_json::Value;

use crate::report::Report;
use crate::schema::SECRET_FORMAT;
use crate::{Fault, Step};

/// How the generated code fits into the crate that includes it.
#[derive(Debug, Clone)]
pub struct Options {
    /// The path of the per-client state type progenitor stores in `Client` (`with_inner_type`).
    pub inner_type: String,
    /// The path of the type that holds secrets (strings marked by the secret-field rule).
    pub secret_type: String,
    /// Groups (tags, compared lowercase) whose operations are left out.
    pub excluded_groups: BTreeSet<String>,
}

impl Options {
    /// The options `neon-auth`'s build script uses: its own state and secret types.
    pub fn for_neon_auth() -> Self {
        Options {
            inner_type: "crate::transport::Context".into(),
            secret_type: "crate::Secret".into(),
            excluded_groups: BTreeSet::new(),
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            inner_type: "()".into(),
            secret_type: "::std::string::String".into(),
            excluded_groups: BTreeSet::new(),
        }
    }
}

/// Generates the client for a normalised document, and fills in the report's counts.
pub fn generate(document: &Value, options: &Options, report: &mut Report) -> Result<String, Fault> {
    let mut document = document.clone();
    select_groups(&mut document, options, report);
    count(&document, report);

    let spec: openapiv3::OpenAPI = serde_path_to_error::deserialize(&document).map_err(|e| {
        Fault::at(Step::Generate, &format!("#/{}", e.path().to_string().replace('.', "/")), e.inner().to_string())
            .hint("this construct is not valid OpenAPI 3.0 after normalisation; correct it in the overlay")
    })?;

    let settings = settings(options)?;
    let tokens = quietly(|| Generator::new(&settings).generate_tokens(&spec))
        .map_err(|panic| {
            let what = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "unknown cause".into());
            Fault::new(Step::Generate, format!("progenitor stopped: {what}"))
                .hint("run `cargo run -p neon-auth-codegen -- check <document>` to see the rewrites; correct the construct in the overlay")
        })?
        .map_err(|e| {
            Fault::new(Step::Generate, format!("progenitor refused the document: {e}"))
                .hint("correct the construct it names in the corrections overlay")
        })?;
    let file: syn::File = syn::parse2(tokens).map_err(|e| {
        Fault::new(
            Step::Generate,
            format!("generated code does not parse: {e}"),
        )
    })?;
    let code = prettyplease::unparse(&file);
    report.lines = code.lines().count();
    Ok(code)
}

/// Runs `f`, turning a panic into an error without the panic hook printing a backtrace into
/// the build's output: the error that follows says what happened and what to do.
fn quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = catch_unwind(AssertUnwindSafe(f));
    std::panic::set_hook(hook);
    result
}

fn settings(options: &Options) -> Result<GenerationSettings, Fault> {
    let inner: proc_macro2::TokenStream = options.inner_type.parse().map_err(|e| {
        Fault::new(
            Step::Generate,
            format!("inner type `{}`: {e}", options.inner_type),
        )
    })?;
    let secret = SchemaObject {
        instance_type: Some(InstanceType::String.into()),
        format: Some(SECRET_FORMAT.into()),
        ..SchemaObject::default()
    };
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Separate)
        .with_inner_type(inner)
        .with_conversion(secret, &options.secret_type, std::iter::empty());
    Ok(settings)
}

fn operations(
    document: &mut Value,
) -> impl Iterator<Item = (&String, &mut serde_json::Map<String, Value>)> {
    document
        .get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flat_map(|paths| paths.iter_mut())
        .filter_map(|(path, item)| item.as_object_mut().map(|item| (path, item)))
}

fn group_of(op: &Value) -> String {
    op.pointer("/tags/0")
        .and_then(Value::as_str)
        .unwrap_or("Default")
        .to_owned()
}

fn select_groups(document: &mut Value, options: &Options, report: &mut Report) {
    let groups = &options.excluded_groups;
    if groups.is_empty() {
        return;
    }
    for (path, item) in operations(document) {
        let dropped: Vec<String> = item
            .iter()
            .filter(|(_, op)| op.get("operationId").is_some())
            .filter(|(_, op)| groups.contains(&group_of(op).to_lowercase()))
            .map(|(method, _)| method.clone())
            .collect();
        for method in dropped {
            item.remove(&method);
            report.rewrite(
                "group-not-selected",
                &format!("#/paths/{}/{method}", crate::pointer::escape(path)),
            );
        }
    }
}

fn count(document: &Value, report: &mut Report) {
    report.generated = 0;
    report.typed_answers = 0;
    report.groups.clear();
    report.operation_names.clear();
    let paths = document.get("paths").and_then(Value::as_object);
    for item in paths.into_iter().flat_map(|p| p.values()) {
        for op in item.as_object().into_iter().flat_map(|i| i.values()) {
            if op.get("operationId").is_none() {
                continue;
            }
            report.generated += 1;
            if let Some(name) = op.get("operationId").and_then(Value::as_str) {
                report.operation_names.push(name.to_owned());
            }
            *report.groups.entry(group_of(op)).or_default() += 1;
            if op
                .pointer("/responses/2XX/content/application~1json")
                .is_some()
            {
                report.typed_answers += 1;
            }
        }
    }
}
