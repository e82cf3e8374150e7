//! Turns diagnostics into text: rustc-style snippets for people, a JSON array for programs.
//! Only this module and `main` decide what reaches the terminal.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::app::Report;
use crate::check::document::line_col;
use crate::check::{Diagnostic, Origin, Severity};
use crate::model::Lang;

/// One diagnostic as JSON (field names are a contract).
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic<'a> {
    pub path: &'a str,
    pub rule: &'a str,
    pub severity: Severity,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<&'a str>,
    pub kind: crate::render::Kind,
    pub lang: Lang,
}

/// All diagnostics of all reports as one JSON array.
pub fn json(reports: &[Report]) -> String {
    let mut out = Vec::new();
    write_json(&mut out, reports).expect("writing to memory does not fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// [`json`], written straight to `w`: ten thousand letters' findings need not sit in memory
/// twice.
pub fn write_json(w: &mut impl std::io::Write, reports: &[Report]) -> std::io::Result<()> {
    let mut items = Vec::new();
    for r in reports {
        for d in &r.checked.diagnostics {
            let (path, text) = source_of(r, d);
            let (line, column) = line_col(text, d.span.start);
            let (end_line, end_column) = line_col(text, d.span.end);
            items.push(JsonDiagnostic {
                path,
                rule: d.rule,
                severity: d.severity,
                line,
                column,
                end_line,
                end_column,
                message: &d.message,
                suggestion: d.suggestion.as_deref(),
                kind: r.checked.kind,
                lang: r.checked.lang,
            });
        }
    }
    serde_json::to_writer_pretty(&mut *w, &items)?;
    w.write_all(b"\n")
}

fn source_of<'r>(r: &'r Report, d: &Diagnostic) -> (&'r str, &'r str) {
    match (&d.origin, &r.profile) {
        (Origin::Profile, Some((path, src))) => (path.as_str(), src.as_str()),
        _ => (r.path.as_str(), r.text.as_str()),
    }
}

/// The line holding `span.start`, the 1-based line number, and the span relative to the line
/// (never empty, never past the line end, so there is always a caret to see).
fn snippet_line(text: &str, span: &Range<usize>) -> (String, usize, Range<usize>) {
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let line = text[line_start..line_end].trim_end_matches('\r').to_owned();
    let number = text[..line_start].matches('\n').count() + 1;
    let rel_start = (start - line_start).min(line.len());
    let mut rel_end = span
        .end
        .saturating_sub(line_start)
        .min(line.len())
        .max(rel_start);
    if rel_end == rel_start {
        // A "missing" diagnostic: underline the first character of the line it points at.
        rel_end = line[rel_start..]
            .chars()
            .next()
            .map_or(rel_start, |c| rel_start + c.len_utf8());
    }
    (line, number, rel_start..rel_end)
}

/// rustc-style text for every diagnostic, then a one-line summary per report.
pub fn human(reports: &[Report], color: bool, show_summary: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for r in reports {
        for d in &r.checked.diagnostics {
            let (path, text) = source_of(r, d);
            let (line, number, span) = snippet_line(text, &d.span);
            let level = match d.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
                Severity::Info => Level::INFO,
            };
            let title = level.primary_title(d.message.as_str()).id(d.rule);
            let group = title.element(
                Snippet::source(line.as_str())
                    .line_start(number)
                    .path(path)
                    .annotation(AnnotationKind::Primary.span(span)),
            );
            let mut groups = vec![group];
            if let Some(s) = &d.suggestion {
                groups.push(Group::with_title(Level::HELP.secondary_title(s.as_str())));
            }
            out.push_str(&renderer.render(&groups));
            out.push_str("\n\n");
        }
        if show_summary {
            out.push_str(&summary(r));
            out.push('\n');
        }
    }
    out
}

fn summary(r: &Report) -> String {
    let count = |s| {
        r.checked
            .diagnostics
            .iter()
            .filter(|d| d.severity == s)
            .count()
    };
    let (e, w, i) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if e + w + i == 0 {
        format!("{}: no problems found", r.path)
    } else {
        let mut parts = Vec::new();
        if e > 0 {
            parts.push(plural(e, "error"));
        }
        if w > 0 {
            parts.push(plural(w, "warning"));
        }
        if i > 0 {
            parts.push(format!("{i} info"));
        }
        format!("{}: {}", r.path, parts.join(", "))
    }
}

/// Keeps only what `--quiet` still shows: errors.
pub fn only_errors(reports: &mut [Report]) {
    for r in reports {
        r.checked
            .diagnostics
            .retain(|d| d.severity == Severity::Error);
    }
}
