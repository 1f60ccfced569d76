//! Reading a document from a file or, with the `download` feature, from a running instance.

use std::path::Path;

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::{Fault, Step};

/// The largest document accepted: Better Auth's with every plugin is well under 2 MiB.
const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// Reads a file, refusing one too large to be an OpenAPI document.
pub fn read(path: &Path) -> Result<Vec<u8>, Fault> {
    let size = std::fs::metadata(path)
        .map_err(|e| Fault::new(Step::Read, format!("cannot read the file: {e}")))?
        .len();
    if size > MAX_BYTES {
        return Err(Fault::new(
            Step::Read,
            format!("{size} bytes is too large for a document"),
        ));
    }
    std::fs::read(path).map_err(|e| Fault::new(Step::Read, format!("cannot read the file: {e}")))
}

/// Parses JSON; a syntax error names its line and column.
pub fn parse(bytes: &[u8]) -> Result<Value, Fault> {
    serde_json::from_slice(bytes).map_err(|e| Fault {
        step: Step::Parse,
        pointer: Some(format!("line {}, column {}", e.line(), e.column())),
        message: format!("not valid JSON ({e})"),
        hint: Some("the document must be the JSON that `/open-api/generate-schema` serves".into()),
    })
}

/// The SHA-256 of `bytes`, in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Downloads the document from `url`, typically `<auth url>/open-api/generate-schema`.
#[cfg(feature = "download")]
pub fn download(url: &str) -> Result<Vec<u8>, Fault> {
    use std::io::Read;
    use std::time::Duration;

    let agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .new_agent();
    let response = agent
        .get(url)
        .call()
        .map_err(|e| Fault::new(Step::Read, format!("cannot download {url}: {e}")))?;
    let mut bytes = Vec::new();
    response
        .into_body()
        .into_reader()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Fault::new(Step::Read, format!("cannot download {url}: {e}")))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Fault::new(
            Step::Read,
            format!("{url} is too large for a document"),
        ));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_name_line_and_column() {
        let fault = parse(b"{\n  \"openapi\": \"3.1.0\",\n  oops\n}").unwrap_err();
        assert_eq!(fault.step, Step::Parse);
        assert_eq!(fault.pointer.as_deref(), Some("line 3, column 3"));
    }

    #[test]
    fn missing_file_is_a_read_fault() {
        let fault = read(Path::new("/nonexistent/neon-auth.json")).unwrap_err();
        assert_eq!(fault.step, Step::Read);
    }
}
