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
use crate::check::cues::Cue;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::roles::Reading;
use crate::text::{Lang, Medium};

pub const RULE: Rule = Rule {
    id: "honorific-medium",
    severities: &[Severity::Error],
    summary: "貴社 in writing, 御社 on the phone, never mixed",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("honorific_medium.rs"),
    reads: "the company's name for itself (貴社, 御社, 貴行…) in the prose, the subject and the address block",
};

#[derive(Debug)]
struct Finding {
    wrong: String,
    right: String,
    medium: Medium,
    mixed: bool,
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        let (wrong, right) = (&self.wrong, &self.right);
        match (self.medium, self.mixed, lang) {
            (m, true, Lang::Ja) => format!(
                "「貴社」と「御社」が混在しています。この{}では「{right}」に統一します",
                if m == Medium::Email { "メール" } else { "電話" }
            ),
            (_, true, Lang::En) => format!("貴社 and 御社 are mixed; use {right} throughout"),
            (Medium::Email, false, Lang::Ja) => {
                format!("メールでは「{wrong}」ではなく「{right}」と書きます")
            }
            (Medium::Email, false, Lang::En) => {
                format!("in an email, write {right}, not {wrong}")
            }
            (Medium::Phone, false, Lang::Ja) => format!(
                "電話では「{wrong}」ではなく「{right}」と言います（{wrong}は記者・帰社と聞き違えられます）"
            ),
            (Medium::Phone, false, Lang::En) => format!("on the phone, say {right}, not {wrong}"),
        }
    }

    fn help(&self, _: Lang) -> Option<String> {
        Some(format!("「{}」→「{}」", self.wrong, self.right))
    }
}

/// 貴社 → 御社 and back: the same word in the other medium.
fn swap(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some('貴') => format!("御{}", chars.as_str()),
        Some('御') => format!("貴{}", chars.as_str()),
        _ => word.to_owned(),
    }
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    let medium = r.letter.medium;
    // Every 貴… or 御… word: in the prose, and (in an email) in the subject and address block.
    let mut words: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    for k in r.own_hits(Cue::CompanyWord) {
        words.push((r.hit_span(k), r.hit_text(k).to_owned()));
    }
    if medium == Medium::Email {
        for h in r.headline.iter().filter(|h| h.cue == Cue::CompanyWord) {
            words.push((h.range.clone(), r.letter.text[h.range.clone()].to_owned()));
        }
    }
    words.retain(|(_, w)| w.starts_with('貴') || w.starts_with('御'));
    words.sort_by_key(|(s, _)| s.start);
    let written = words.iter().filter(|(_, w)| w.starts_with('貴')).count();
    let mixed = written > 0 && written < words.len();
    let wrong_mark = match medium {
        Medium::Email => '御',
        Medium::Phone => '貴',
    };
    for (span, word) in words {
        if word.starts_with(wrong_mark) {
            let right = swap(&word);
            sink.fix(
                Severity::Error,
                span,
                Finding {
                    wrong: word,
                    right: right.clone(),
                    medium,
                    mixed,
                },
                right,
            );
        }
    }
}
