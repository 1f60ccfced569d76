//! What the generator did to a document: counts, rewrites, corrections and problems.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Value, json};

/// Everything the normaliser and the generator report about one document.
#[derive(Debug, Default, Clone)]
pub struct Report {
    /// Operations found in the document.
    pub operations: usize,
    /// Operations that made it into the generated client.
    pub generated: usize,
    /// The method name of every generated operation.
    pub operation_names: Vec<String>,
    /// Generated operations per group (the operation's tag).
    pub groups: BTreeMap<String, usize>,
    /// Operations that answer JSON on success and so get a typed answer.
    pub typed_answers: usize,
    /// For each rewrite rule, the JSON pointers it rewrote.
    pub rewrites: BTreeMap<&'static str, Vec<String>>,
    /// Corrections from the overlay: description, target, whether the target was found.
    pub corrections: Vec<Correction>,
    /// What was dropped or could not be expressed, each at a JSON pointer.
    pub problems: Vec<Problem>,
    /// Lines of generated code, once generated.
    pub lines: usize,
}

/// One action of the corrections overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The action's own description, or its target when it has none.
    pub description: String,
    /// The JSONPath the action targets.
    pub target: String,
    /// How many nodes it changed; zero means its target is absent from this document.
    pub applied: usize,
}

/// Something in the document the generated client cannot offer as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON pointer into the document (`#/paths/~1a/get`).
    pub pointer: String,
    /// What happened to it.
    pub message: String,
}

impl Report {
    /// Counts one application of `rule` at `pointer`.
    pub fn rewrite(&mut self, rule: &'static str, pointer: &str) {
        self.rewrites
            .entry(rule)
            .or_default()
            .push(pointer.to_owned());
    }

    /// Records a problem that did not stop generation.
    pub fn problem(&mut self, pointer: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            pointer: pointer.to_owned(),
            message: message.into(),
        });
    }

    /// How often `rule` was applied.
    pub fn count(&self, rule: &str) -> usize {
        self.rewrites.get(rule).map_or(0, Vec::len)
    }

    /// How many rewrites were applied in all.
    pub fn total(&self) -> usize {
        self.rewrites.values().map(Vec::len).sum()
    }

    /// Corrections whose target the document does not have.
    pub fn missing_corrections(&self) -> impl Iterator<Item = &Correction> {
        self.corrections.iter().filter(|c| c.applied == 0)
    }

    /// The report as one JSON object.
    pub fn to_json(&self) -> Value {
        let rewrites: BTreeMap<&str, usize> = self
            .rewrites
            .iter()
            .map(|(rule, at)| (*rule, at.len()))
            .collect();
        json!({
            "operations": self.operations,
            "generated": self.generated,
            "typed_answers": self.typed_answers,
            "groups": self.groups,
            "rewrites": rewrites,
            "rewrite_locations": self.rewrites,
            "corrections": self.corrections.iter().map(|c| json!({
                "description": c.description,
                "target": c.target,
                "applied": c.applied,
            })).collect::<Vec<_>>(),
            "problems": self.problems.iter().map(|p| json!({
                "pointer": p.pointer,
                "message": p.message,
            })).collect::<Vec<_>>(),
            "lines": self.lines,
        })
    }

    /// One line: operations per group and rewrites, for the build's summary.
    pub fn summary(&self) -> String {
        let groups: Vec<String> = self
            .groups
            .iter()
            .map(|(group, n)| format!("{group} {n}"))
            .collect();
        format!(
            "{}/{} operations ({}), {} typed answers, {} rewrites, {} of {} corrections applied, {} problems",
            self.generated,
            self.operations,
            groups.join(", "),
            self.typed_answers,
            self.total(),
            self.corrections.iter().filter(|c| c.applied > 0).count(),
            self.corrections.len(),
            self.problems.len(),
        )
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "operations found:     {}", self.operations)?;
        writeln!(f, "operations generated: {}", self.generated)?;
        writeln!(f, "typed answers:        {}", self.typed_answers)?;
        for (group, n) in &self.groups {
            writeln!(f, "  {group:<24} {n}")?;
        }
        writeln!(f, "rewrites: {}", self.total())?;
        for (rule, at) in &self.rewrites {
            writeln!(f, "  {rule:<24} {}", at.len())?;
        }
        writeln!(f, "corrections: {}", self.corrections.len())?;
        for c in &self.corrections {
            let state = if c.applied > 0 {
                "applied"
            } else {
                "target absent"
            };
            writeln!(f, "  {state:<14} {} ({})", c.description, c.target)?;
        }
        writeln!(f, "problems: {}", self.problems.len())?;
        for p in &self.problems {
            writeln!(f, "  {}: {}", p.pointer, p.message)?;
        }
        Ok(())
    }
}
