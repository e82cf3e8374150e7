//! # honorific-medium (error)
//!
//! ## What it checks
//! 貴社 is the written word for "your company" and 御社 the spoken one. It fires on 御社 in an
//! email, on 貴社 in a phone script, and says so when one text mixes both.
//!
//! ## Why it matters
//! Recruiters read hundreds of letters and notice at once; 御社 in an email looks careless in the
//! one letter that must look careful. On the phone 貴社 sounds like 記者, 帰社 or 汽車.
//!
//! ## Example
//! ```text
//! （メール）御社の製品に強く惹かれております。
//! （電話）貴社で働きたいと考えております。
//! ```
//!
//! ## Instead
//! ```text
//! （メール）貴社の製品に強く惹かれております。
//! （電話）御社で働きたいと考えております。
//! ```

use super::{Rule, Scope};
use crate::check::document::Role;
use crate::check::{Document, Facts, Severity, Sink};
use crate::render::Kind;

pub const RULE: Rule = Rule {
    id: "honorific-medium",
    severity: Severity::Error,
    summary: "貴社 in writing, 御社 on the phone, never mixed",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("honorific_medium.rs"),
    patterns: &[],
};

const PAIRS: &[(&str, &str)] = &[
    ("貴社", "御社"),
    ("貴行", "御行"),
    ("貴院", "御院"),
    ("貴校", "御校"),
];

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    // Written and spoken forms of each pair; the wrong one for this medium is reported.
    let mut written = 0;
    let mut spoken = 0;
    let mut hits: Vec<(std::ops::Range<usize>, &str, &str)> = Vec::new();
    // Every form is 貴 or 御 and one more character: both are found in the whole text at once
    // (vectorised substring search), then kept where their line is checked.
    let text = doc.text;
    let mut starts: Vec<usize> = memchr::memmem::find_iter(text.as_bytes(), "貴")
        .chain(memchr::memmem::find_iter(text.as_bytes(), "御"))
        .collect();
    starts.sort_unstable();
    let mut line = 0;
    for at in starts {
        while doc.lines[line].range.end < at {
            line += 1;
        }
        let l = &doc.lines[line];
        let checked = match doc.kind {
            Kind::Email => {
                matches!(l.role, Role::Body | Role::Addressee)
                    || doc
                        .subject
                        .as_ref()
                        .is_some_and(|s| l.range.contains(&s.start))
            }
            Kind::Phone => matches!(l.role, Role::Body | Role::Reception | Role::Branch),
        };
        if !checked {
            continue;
        }
        let rest = &text[at..l.range.end];
        let Some(&(w, s)) = PAIRS
            .iter()
            .find(|(w, s)| rest.starts_with(w) || rest.starts_with(s))
        else {
            continue;
        };
        let is_written = rest.starts_with('貴');
        if is_written {
            written += 1;
        } else {
            spoken += 1;
        }
        let (wrong, right) = match doc.kind {
            Kind::Email => (s, w),
            Kind::Phone => (w, s),
        };
        if is_written == (wrong == w) {
            hits.push((at..at + wrong.len(), wrong, right));
        }
    }
    let mixed = written > 0 && spoken > 0;
    for (span, wrong, right) in hits {
        let (ja, en) = match (doc.kind, mixed) {
            (Kind::Email, false) => (
                format!("メールでは「{wrong}」ではなく「{right}」と書きます"),
                format!("in an email, write {right}, not {wrong}"),
            ),
            (Kind::Phone, false) => (
                format!("電話では「{wrong}」ではなく「{right}」と言います（{wrong}は記者・帰社と聞き違えられます）"),
                format!("on the phone, say {right}, not {wrong}"),
            ),
            (_, true) => (
                format!("「貴社」と「御社」が混在しています。この{}では「{right}」に統一します", if doc.kind == Kind::Email { "メール" } else { "電話" }),
                format!("貴社 and 御社 are mixed; use {right} throughout"),
            ),
        };
        sink.at(span, ja, en, Some(format!("「{wrong}」→「{right}」")));
    }
}
