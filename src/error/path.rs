//! The JSONPath of the place a serde error points at, so that a decoding error says which field
//! of the answer did not match (`$.members[2].createdAt`), not only a line and column.

enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// The JSONPath of the value at `line` and `column` (both 1-based, as serde reports them).
pub(super) fn at(body: &[u8], line: usize, column: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let offset = offset_of(&text, line, column);
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text[..offset].chars().peekable();
    let mut expect_key = false;
    while let Some(c) = chars.next() {
        match c {
            '{' => {
                stack.push(Frame::Object(None));
                expect_key = true;
            }
            '[' => {
                stack.push(Frame::Array(0));
                expect_key = false;
            }
            '}' | ']' => {
                stack.pop();
                expect_key = false;
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array(i)) => *i += 1,
                Some(Frame::Object(key)) => {
                    *key = None;
                    expect_key = true;
                }
                None => {}
            },
            ':' => expect_key = false,
            '"' => {
                let mut s = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => s.push(c),
                    }
                }
                if let (true, Some(Frame::Object(key))) = (expect_key, stack.last_mut()) {
                    *key = Some(s);
                }
            }
            _ => {}
        }
    }
    let mut path = String::from("$");
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(i) => path.push_str(&format!("[{i}]")),
        }
    }
    path
}

fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (n, l) in text.split_inclusive('\n').enumerate() {
        if n + 1 == line {
            let col = l
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(l.len(), |(i, _)| i);
            return (offset + col).min(text.len());
        }
        offset += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(body: &str) -> String {
        let e = serde_json::from_str::<T>(body).unwrap_err();
        at(body.as_bytes(), e.line(), e.column())
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Member {
        role: String,
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Members {
        members: Vec<Member>,
        total: u32,
    }

    #[test]
    fn names_the_field_that_failed() {
        let body = r#"{"members": [{"role": "owner"}, {"role": 7}], "total": 2}"#;
        assert_eq!(path_of::<Members>(body), "$.members[1].role");
        let body = "{\n  \"members\": [],\n  \"total\": \"two\"\n}";
        assert_eq!(path_of::<Members>(body), "$.total");
    }
}
