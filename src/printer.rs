//! Turns checked texts into output: rustc-style snippets for people, JSON for programs, and the
//! sentence-by-sentence reading that `--explain` shows. Reports are printed as they arrive, one
//! text at a time; only this module and `main` decide what reaches the terminal.

use std::collections::HashMap;
use std::io::{self, Write};
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::check::learned::{self, Label};
use crate::check::{Checked, Diagnostic, Origin, Role, Severity};
use crate::render::Source;
use crate::text::{Lang, Medium};

/// One checked text with what the printer needs to show it.
pub struct Report<'a> {
    /// The text as named by the user (`<stdin>` for standard input, `<draft>` for a rendered
    /// draft).
    pub path: &'a str,
    pub checked: &'a Checked<'a>,
    /// The profile's path and text, when diagnostics point into it.
    pub profile: Option<(&'a str, &'a str)>,
    /// For a rendered draft: which sentences came from which profile field.
    pub sources: &'a [Source],
}

/// What the printer shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
}

/// Settings for one run of the printer.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub format: Format,
    pub color: bool,
    /// Only errors: no warnings or notes.
    pub quiet: bool,
    /// A summary line after each text (`check`; a draft's diagnostics have none).
    pub summary: bool,
    /// Each sentence with its roles before the diagnostics.
    pub explain: bool,
}

/// How many findings of one rule a text shows before one line says how many more there are.
pub const MAX_PER_RULE: usize = 50;

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
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    pub kind: Medium,
    pub lang: Lang,
    /// The replacement for the span, when the rule has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replacement: Option<&'a str>,
    /// The profile field the sentence came from, for a rendered draft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'a str>,
}

/// One sentence as `--explain` shows it.
#[derive(Debug, Serialize)]
pub struct JsonSentence<'a> {
    pub line: usize,
    pub column: usize,
    pub part: crate::check::letter::Part,
    pub text: &'a str,
    pub roles: Vec<JsonRole<'a>>,
    /// What the learned reading finds the sentence likely to carry (a score of 0.5 or more).
    pub learned: Vec<JsonLearned>,
}

#[derive(Debug, Serialize)]
pub struct JsonLearned {
    pub label: &'static str,
    /// From 0 to 1, to two places.
    pub score: f64,
}

#[derive(Debug, Serialize)]
pub struct JsonRole<'a> {
    pub role: Role,
    /// The words that gave the role, with what each is evidence of.
    pub cues: Vec<JsonCue<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonCue<'a> {
    pub text: &'a str,
    pub cue: &'static str,
}

/// One text under `--format json --explain`.
#[derive(Debug, Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    kind: Medium,
    lang: Lang,
    sentences: Vec<JsonSentence<'a>>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

/// Prints reports as they come.
pub struct Printer<W: Write> {
    out: W,
    style: Style,
    /// JSON items written so far (the array is opened by the first).
    items: usize,
}

impl<W: Write> Printer<W> {
    pub fn new(out: W, style: Style) -> Self {
        Printer {
            out,
            style,
            items: 0,
        }
    }

    /// The writer, once printing is done.
    pub fn into_inner(self) -> W {
        self.out
    }

    /// Prints one report.
    pub fn report(&mut self, r: &Report) -> io::Result<()> {
        match self.style.format {
            Format::Human => {
                let text = self.human(r);
                self.out.write_all(text.as_bytes())
            }
            Format::Json => self.json(r),
        }
    }

    /// Closes what the reports opened (the JSON array) and flushes.
    pub fn finish(&mut self) -> io::Result<()> {
        if self.style.format == Format::Json {
            let (open, close) = if self.style.explain {
                ("{\n  \"files\": [", "\n  ]\n}\n")
            } else {
                ("[", "\n]\n")
            };
            if self.items == 0 {
                let empty = if self.style.explain {
                    "{\n  \"files\": []\n}\n"
                } else {
                    "[]\n"
                };
                self.out.write_all(empty.as_bytes())?;
            } else {
                let _ = open;
                self.out.write_all(close.as_bytes())?;
            }
        }
        self.out.flush()
    }

    fn shown<'d>(&self, r: &'d Report) -> impl Iterator<Item = &'d Diagnostic> {
        let quiet = self.style.quiet;
        r.checked
            .diagnostics
            .iter()
            .filter(move |d| !quiet || d.severity == Severity::Error)
    }

    fn json(&mut self, r: &Report) -> io::Result<()> {
        let lines = Lines::new(r.checked.reading.letter.text);
        let profile_lines = r.profile.map(|(_, src)| Lines::new(src));
        let lang = r.checked.lang();
        let diagnostics: Vec<JsonDiagnostic> = self
            .shown(r)
            .map(|d| {
                let (path, index) = match (&d.origin, r.profile, &profile_lines) {
                    (Origin::Profile, Some((path, _)), Some(l)) => (path, l),
                    _ => (r.path, &lines),
                };
                let (line, column) = index.line_col(d.span.start);
                let (end_line, end_column) = index.line_col(d.span.end);
                JsonDiagnostic {
                    path,
                    rule: d.rule,
                    severity: d.severity,
                    line,
                    column,
                    end_line,
                    end_column,
                    message: d.message(lang),
                    suggestion: d.suggestion(lang),
                    kind: r.checked.medium(),
                    lang,
                    replacement: d.fix.as_ref().map(|f| f.replacement.as_str()),
                    field: field_of(r, d),
                }
            })
            .collect();
        if self.style.explain {
            let file = JsonFile {
                path: r.path,
                kind: r.checked.medium(),
                lang,
                sentences: sentences(r, &lines),
                diagnostics,
            };
            self.item(&file, 4, "{\n  \"files\": [")
        } else {
            for d in diagnostics {
                self.item(&d, 2, "[")?;
            }
            Ok(())
        }
    }

    /// Writes one item of the open array, pretty-printed at `indent` spaces.
    fn item(&mut self, value: &impl Serialize, indent: usize, open: &str) -> io::Result<()> {
        let body = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
        let pad = " ".repeat(indent);
        let body = body
            .lines()
            .map(|l| format!("{pad}{l}"))
            .collect::<Vec<_>>()
            .join("\n");
        let lead = if self.items == 0 {
            format!("{open}\n")
        } else {
            ",\n".to_owned()
        };
        self.items += 1;
        self.out.write_all(lead.as_bytes())?;
        self.out.write_all(body.as_bytes())
    }

    fn human(&self, r: &Report) -> String {
        let renderer = if self.style.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let lang = r.checked.lang();
        let text = r.checked.reading.letter.text;
        let lines = Lines::new(text);
        let profile_lines = r.profile.map(|(_, src)| Lines::new(src));
        let mut out = String::new();
        if self.style.explain {
            out.push_str(&explain(r, &lines));
        }
        let mut per_rule: HashMap<&str, usize> = HashMap::new();
        let mut hidden: Vec<(&str, usize)> = Vec::new();
        for d in self.shown(r) {
            let n = per_rule.entry(d.rule).or_default();
            *n += 1;
            if *n > MAX_PER_RULE {
                match hidden.iter_mut().find(|(rule, _)| *rule == d.rule) {
                    Some((_, k)) => *k += 1,
                    None => hidden.push((d.rule, 1)),
                }
                continue;
            }
            let (path, index) = match (&d.origin, r.profile, &profile_lines) {
                (Origin::Profile, Some((path, _)), Some(l)) => (path, l),
                _ => (r.path, &lines),
            };
            let (line, number, span) = index.snippet(&d.span);
            let level = match d.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
                Severity::Info => Level::INFO,
            };
            let message = d.message(lang);
            let title = level.primary_title(message.as_str()).id(d.rule);
            let shown_path = escape(path);
            let group = title.element(
                Snippet::source(line)
                    .line_start(number)
                    .path(shown_path.as_str())
                    .annotation(AnnotationKind::Primary.span(span)),
            );
            let mut groups = vec![group];
            let help = d.suggestion(lang);
            if let Some(s) = &help {
                groups.push(Group::with_title(Level::HELP.secondary_title(s.as_str())));
            }
            let note = field_of(r, d).map(|f| match lang {
                Lang::Ja => format!("この文はプロフィールの `{f}` から来ています"),
                Lang::En => format!("this sentence comes from `{f}` in the profile"),
            });
            if let Some(n) = &note {
                groups.push(Group::with_title(Level::NOTE.secondary_title(n.as_str())));
            }
            out.push_str(&renderer.render(&groups));
            out.push_str("\n\n");
        }
        for (rule, n) in hidden {
            out.push_str(&match lang {
                Lang::Ja => format!("…ほかに {rule} が{n}件あります（1ファイル{MAX_PER_RULE}件まで表示）\n\n"),
                Lang::En => format!("… and {n} more `{rule}` findings (the first {MAX_PER_RULE} of a file are shown)\n\n"),
            });
        }
        if self.style.summary {
            out.push_str(&summary(r, self.style.quiet));
            out.push('\n');
        }
        out
    }
}

/// The profile field the diagnostic's sentence came from, for a draft's own diagnostics.
fn field_of(r: &Report, d: &Diagnostic) -> Option<&'static str> {
    if d.origin != Origin::Draft {
        return None;
    }
    r.sources
        .iter()
        .find(|s| s.range.contains(&d.span.start))
        .map(|s| s.field)
}

fn sentences<'a>(r: &'a Report, lines: &Lines) -> Vec<JsonSentence<'a>> {
    let reading = &r.checked.reading;
    (0..reading.sentences.len())
        .map(|i| {
            let (line, column) = lines.line_col(reading.span_of(i).start);
            JsonSentence {
                line,
                column,
                part: reading.letter.sentences[i].part,
                text: reading.text_of(i),
                roles: reading.sentences[i]
                    .tags
                    .iter()
                    .map(|t| JsonRole {
                        role: t.role,
                        cues: t
                            .cues
                            .iter()
                            .map(|&k| JsonCue {
                                text: reading.hit_text(k),
                                cue: reading.hits[k].cue.name(),
                            })
                            .collect(),
                    })
                    .collect(),
                learned: Label::ALL
                    .into_iter()
                    .map(|l| (l, reading.learned()[i].of(l)))
                    .filter(|&(_, p)| p >= learned::LIKELY)
                    .map(|(l, p)| JsonLearned {
                        label: l.name(),
                        score: (f64::from(p) * 100.0).round() / 100.0,
                    })
                    .collect(),
            }
        })
        .collect()
}

/// Each sentence with its roles and the cue behind each, as a person reads it.
fn explain(r: &Report, lines: &Lines) -> String {
    let mut out = String::new();
    let path = escape(r.path);
    let c = r.checked;
    out.push_str(&format!(
        "{path}: read as {} ({}), {}\n",
        match c.medium() {
            Medium::Email => "an email",
            Medium::Phone => "a phone script",
        },
        c.lang(),
        match c.purpose {
            crate::check::Purpose::Request => "the request",
            crate::check::Purpose::Followup => "a follow-up",
        }
    ));
    for s in sentences(r, lines) {
        let part = serde_json::to_value(s.part)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        out.push_str(&format!(
            "{:>4}:{:<3} {:<9} {}\n",
            s.line,
            s.column,
            part,
            escape(s.text)
        ));
        if s.roles.is_empty() {
            out.push_str("              —\n");
        }
        for role in &s.roles {
            let cues: Vec<String> = role
                .cues
                .iter()
                .map(|c| format!("「{}」 {}", escape(c.text), c.cue))
                .collect();
            out.push_str(&format!(
                "              {:<24} {}\n",
                role.role.name(),
                cues.join(", ")
            ));
        }
        if !s.learned.is_empty() {
            let seen: Vec<String> = s
                .learned
                .iter()
                .map(|l| format!("{} {:.2}", l.label, l.score))
                .collect();
            out.push_str(&format!("              (learned: {})\n", seen.join(", ")));
        }
    }
    out.push('\n');
    out
}

fn summary(r: &Report, quiet: bool) -> String {
    let count = |s| {
        r.checked
            .diagnostics
            .iter()
            .filter(|d| d.severity == s)
            .count()
    };
    let (e, w, i) = if quiet {
        (count(Severity::Error), 0, 0)
    } else {
        (
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info),
        )
    };
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let path = escape(r.path);
    if e + w + i == 0 {
        format!("{path}: no problems found")
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
        format!("{path}: {}", parts.join(", "))
    }
}

/// A file name or text shown on the terminal: control characters (escape sequences, line
/// breaks) are written as escapes, so no input can move the cursor or fake a line.
pub fn escape(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_owned();
    }
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The start of every line of a text, to turn offsets into lines and columns without
/// rescanning: diagnostics come in order, so each column is counted on from the last one.
struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The last offset asked for, its line index and its column.
    last: std::cell::Cell<(usize, usize, usize)>,
}

/// Lines longer than this are shown as a window around the caret.
const SHOWN_LINE: usize = 160;

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines {
            text,
            starts,
            last: std::cell::Cell::new((0, 0, 1)),
        }
    }

    /// 0-based line index of a byte offset.
    fn index(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// 1-based line and character column.
    fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let i = self.index(offset);
        let (last, last_line, last_col) = self.last.get();
        let col = if last_line == i && last <= offset {
            last_col + self.text[last..offset].chars().count()
        } else {
            self.text[self.starts[i]..offset].chars().count() + 1
        };
        self.last.set((offset, i, col));
        (i + 1, col)
    }

    /// The line holding `span.start` (without its line break, cut to a window around the span
    /// when it is long), its 1-based number, and the span relative to what is shown (never
    /// empty, never past the end, so there is a caret to see).
    fn snippet(&self, span: &Range<usize>) -> (&'t str, usize, Range<usize>) {
        let text = self.text;
        let mut start = span.start.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let i = self.index(start);
        let mut line_start = self.starts[i];
        let mut line_end = self.starts.get(i + 1).map_or(text.len(), |&next| next - 1);
        if line_end - line_start > SHOWN_LINE * 4 {
            // A window of about SHOWN_LINE characters on either side of the caret.
            let back: usize = text[line_start..start]
                .chars()
                .rev()
                .take(SHOWN_LINE)
                .map(char::len_utf8)
                .sum();
            let ahead: usize = text[start..line_end]
                .chars()
                .take(SHOWN_LINE)
                .map(char::len_utf8)
                .sum();
            line_start = start - back;
            line_end = start + ahead;
        }
        let line = text[line_start..line_end].trim_end_matches('\r');
        let rel_start = (start - line_start).min(line.len());
        let mut rel_end = span
            .end
            .saturating_sub(line_start)
            .min(line.len())
            .max(rel_start);
        while !line.is_char_boundary(rel_end) {
            rel_end -= 1;
        }
        if rel_end == rel_start {
            // A "missing" diagnostic: underline the first character of the line it points at.
            rel_end = line[rel_start..]
                .chars()
                .next()
                .map_or(rel_start, |c| rel_start + c.len_utf8());
        }
        (line, i + 1, rel_start..rel_end)
    }
}

/// Every line of a message with its control characters escaped, line breaks kept.
pub fn escape_lines(s: &str) -> String {
    s.lines().map(escape).collect::<Vec<_>>().join("\n")
}
