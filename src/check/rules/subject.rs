//! # subject (warning)
//!
//! ## What it checks
//! The email's subject line: that there is one, and that it names the matter (内定辞退の撤回,
//! "declined offer") and the sender (university and name), like
//! `内定辞退撤回のお願い（東都大学 山田太郎）`. A bare お願い or an empty subject is reported.
//! A body pasted with no header lines at all is not checked for a subject.
//!
//! ## Why it matters
//! Recruiters sort mail by subject. Without the matter and your name, the one email that matters
//! can wait in the inbox behind a hundred applications.
//!
//! ## Example
//! ```text
//! Subject: お願い
//! Subject: Hello
//! ```
//!
//! ## Instead
//! ```text
//! Subject: 内定辞退撤回のお願い（東都大学 山田太郎）
//! Subject: Request to reconsider the offer I declined – Taro Yamada, Toto University
//! ```

use super::{Rule, Scope};
use crate::check::document::Role;
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "subject",
    severity: Severity::Warning,
    summary: "email subject names the matter and the sender",
    scope: Scope::Email,
    needs_profile: false,
    run,
    source: include_str!("subject.rs"),
    patterns: &[],
};

const MATTER: &[&str] = &[
    "内定",
    "辞退",
    "撤回",
    "お礼",
    "御礼",
    "お電話",
    "offer",
    "declin",
    "reconsider",
    "withdraw",
    "thank",
    "call",
];

fn run(doc: &Document, facts: &Facts, sink: &mut Sink) {
    let example = match doc.lang {
        Lang::Ja => "件名：内定辞退撤回のお願い（〇〇大学 氏名）",
        Lang::En => "Subject: Request to reconsider the offer I declined – Full Name, University",
    };
    let Some(range) = doc.subject.clone() else {
        if doc.has_header {
            let at = doc
                .lines_with(Role::Header)
                .next()
                .map_or(0, |i| doc.lines[i].range.start);
            sink.at(
                at..at,
                "件名がありません".into(),
                "the email has no subject".into(),
                Some(example.into()),
            );
        }
        return;
    };
    let subject = doc.text[range.clone()].trim();
    let lower = subject.to_lowercase();
    let compact: String = subject.split_whitespace().collect();
    let has_matter = MATTER.iter().any(|k| lower.contains(k));
    let has_sender = match sender_name(doc, facts) {
        Some(name) => {
            let family = name
                .split_whitespace()
                .next()
                .unwrap_or(&name)
                .to_lowercase();
            let full: String = name.split_whitespace().collect::<String>().to_lowercase();
            compact.to_lowercase().contains(&full) || lower.contains(&family)
        }
        None => ["大学", "university", "college"]
            .iter()
            .any(|k| lower.contains(k)),
    };
    let span = if range.is_empty() {
        let line = doc
            .lines
            .iter()
            .find(|l| l.range.contains(&range.start) || l.range.end == range.start);
        line.map_or(range.clone(), |l| l.range.clone())
    } else {
        range
    };
    if subject.is_empty() {
        sink.at(
            span,
            "件名が空です".into(),
            "the subject is empty".into(),
            Some(example.into()),
        );
    } else if !has_matter || !has_sender {
        let (ja, en) = match (has_matter, has_sender) {
            (false, false) => (
                "件名に用件も差出人もありません",
                "the subject names neither the matter nor the sender",
            ),
            (false, true) => (
                "件名に用件（内定辞退の撤回など）がありません",
                "the subject does not say what the email is about",
            ),
            _ => (
                "件名に差出人（大学名と氏名）がありません",
                "the subject does not name the sender",
            ),
        };
        sink.at(span, ja.into(), en.into(), Some(example.into()));
    }
}

/// The sender's name: from the profile, else a short line of the signature without digits.
fn sender_name(doc: &Document, facts: &Facts) -> Option<String> {
    if let Some(case) = facts.case {
        return Some(case.applicant.name.clone());
    }
    doc.lines_with(Role::Signature)
        .map(|i| doc.line_text(i).trim())
        .find(|t| {
            !t.is_empty()
                && t.chars().count() <= 24
                && !t.chars().any(|c| c.is_ascii_digit() || c == '@')
                && t.chars().any(char::is_alphabetic)
                && {
                    // Japanese or ASCII keywords: ASCII case folding is all they need.
                    let lower = t.to_ascii_lowercase();
                    ![
                        "大学",
                        "学部",
                        "学科",
                        "university",
                        "college",
                        "faculty",
                        "sincerely",
                        "regards",
                        "電話",
                        "メール",
                    ]
                    .iter()
                    .any(|k| lower.contains(k))
                }
        })
        .map(|t| t.trim_end_matches(',').to_owned())
}
