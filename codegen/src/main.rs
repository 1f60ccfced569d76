//! `neon-auth-codegen check <document> [--corrections <overlay>] [--json]`: what the generator
//! would do to a document, without building anything.

use std::path::PathBuf;
use std::process::ExitCode;

use neon_auth_codegen::{Options, generate_file};

const USAGE: &str =
    "usage: neon-auth-codegen check <document> [--corrections <overlay.json>] [--json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut document = None;
    let mut corrections = None;
    let mut json = false;
    let mut rest = args.iter();
    match rest.next().map(String::as_str) {
        Some("check") => {}
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--corrections" => corrections = rest.next().map(PathBuf::from),
            other if document.is_none() && !other.starts_with("--") => {
                document = Some(PathBuf::from(other))
            }
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(document) = document else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match generate_file(&document, corrections.as_deref(), &Options::default()) {
        Ok(generated) => {
            if json {
                let mut value = generated.report.to_json();
                value["document"] = document.display().to_string().into();
                value["sha256"] = generated.sha256.into();
                println!("{value}");
            } else {
                println!(
                    "document: {} (sha256 {})",
                    document.display(),
                    &generated.sha256[..12]
                );
                print!("{}", generated.report);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            if json {
                println!("{}", serde_json::json!({"error": e.to_string()}));
            } else {
                eprintln!("error: {e}");
            }
            ExitCode::FAILURE
        }
    }
}
