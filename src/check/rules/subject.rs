//! # subject (warning)
//!
//! ## What it checks
//! The email's subject line: that there is one, and that it names the matter (内定辞退の撤回,
//! "declined offer", or the call it follows: "Following up on my call today") and the sender (university and name), like
//! `内定辞退撤回のお願い（東都大学 山田太郎）`. A bare お願い or an empty subject is reported.
//! A body pasted with no header lines at all is not checked for a subject, and a reply
//! (`Re: …`) keeps its thread's subject, so it need not name the sender. An English subject
//! need only name the matter: English mail shows the sender in its From line, and a subject
//! like "Request to Reconsider My Application" is how English business mail is written.
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
use crate::check::cues::Cue;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::letter::Part;
use crate::check::roles::Reading;
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "subject",
    severities: &[Severity::Warning],
    summary: "email subject names the matter and the sender",
    scope: Scope::Email,
    needs_profile: false,
    run,
    source: include_str!("subject.rs"),
    reads:
        "the subject line: the matter (the offer, the decline, a request or thanks) and the sender",
};

#[derive(Debug)]
enum Finding {
    NoSubject,
    Empty,
    Lacks { matter: bool, sender: bool },
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        lang.pick(
            match self {
                Finding::NoSubject => "件名がありません",
                Finding::Empty => "件名が空です",
                Finding::Lacks {
                    matter: false,
                    sender: false,
                } => "件名に用件も差出人もありません",
                Finding::Lacks { matter: false, .. } => {
                    "件名に用件（内定辞退の撤回など）がありません"
                }
                Finding::Lacks { .. } => "件名に差出人（大学名と氏名）がありません",
            },
            match self {
                Finding::NoSubject => "the email has no subject",
                Finding::Empty => "the subject is empty",
                Finding::Lacks {
                    matter: false,
                    sender: false,
                } => "the subject names neither the matter nor the sender",
                Finding::Lacks { matter: false, .. } => {
                    "the subject does not say what the email is about"
                }
                Finding::Lacks { .. } => "the subject does not name the sender",
            },
        )
        .to_owned()
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(
            lang.pick(
                "件名：内定辞退撤回のお願い（〇〇大学 氏名）",
                "Subject: Request to reconsider the offer I declined – Full Name, University",
            )
            .to_owned(),
        )
    }
}

fn run(r: &Reading, facts: &Facts, sink: &mut Sink) {
    let letter = &r.letter;
    let Some(range) = letter.subject.clone() else {
        if letter.has_header {
            let at = letter
                .lines_of(Part::Header)
                .next()
                .map_or(0, |i| letter.lines[i].range.start);
            sink.at(Severity::Warning, at..at, Finding::NoSubject);
        }
        return;
    };
    let subject = &letter.text[range.clone()];
    let span = if range.is_empty() {
        letter
            .lines
            .iter()
            .find(|l| l.full.contains(&range.start) || l.full.end == range.start)
            .map_or(range.clone(), |l| l.full.clone())
    } else {
        range.clone()
    };
    if subject.trim().is_empty() {
        sink.at(Severity::Warning, span, Finding::Empty);
        return;
    }
    let matter = r.headline.iter().any(|h| {
        range.contains(&h.range.start)
            && matches!(
                h.cue,
                Cue::Offer | Cue::Decline | Cue::Request | Cue::Thanks | Cue::Regret | Cue::Call
            )
    });
    let lower = subject.to_lowercase();
    let compact: String = lower.split_whitespace().collect();
    let name = facts
        .case
        .map(|c| c.applicant.name.clone())
        .or_else(|| letter.sender_name());
    // Re: Offer of employment: a reply keeps the thread's subject, and the thread shows who
    // writes.
    let reply = ["re:", "re：", "ｒｅ：", "返信："]
        .iter()
        .any(|p| lower.trim_start().starts_with(p));
    let sender = reply
        || letter.lang == Lang::En
        || match name {
            // ファム・トゥイ・リン（Pham Thuy Linh）: either way of writing the name will do.
            Some(name) => {
                let name = name.to_lowercase();
                let (written, inner) = match name.split_once(['（', '(']) {
                    Some((a, b)) => (a.trim(), b.trim_end_matches(['）', ')']).trim()),
                    None => (name.as_str(), ""),
                };
                [written, inner].iter().filter(|n| !n.is_empty()).any(|n| {
                    let family = n.split_whitespace().next().unwrap_or(n);
                    let full: String = n.split_whitespace().collect();
                    compact.contains(&full) || lower.contains(family)
                })
            }
            None => letter::names_a_school(subject),
        };
    if !matter || !sender {
        sink.at(Severity::Warning, span, Finding::Lacks { matter, sender });
    }
}

use crate::check::letter;
