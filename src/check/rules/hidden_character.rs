//! # hidden-character (warning)
//!
//! ## What it checks
//! Characters that show nothing: zero-width spaces and joiners, the soft hyphen, the byte-order
//! mark, and a space that splits 貴社 or 御社 (貴　社). The checker reads the text without them,
//! so no rule is slipped past; this rule says where they were.
//!
//! ## Why it matters
//! They come from copying text out of web pages and chat apps. A recruiter's mail program may
//! show them as boxes or break a word at them, and a split 御 社 reads as a typo.
//!
//! ## Example
//! ```text
//! 御\u200B社の製品に惹かれております。   (a zero-width space inside 御社)
//! ```
//!
//! ## Instead
//! ```text
//! 貴社の製品に惹かれております。
//! ```

use super::{Rule, Scope};
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::roles::Reading;
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "hidden-character",
    severities: &[Severity::Warning],
    summary: "no invisible characters (zero-width spaces, soft hyphens) or spaces inside 貴社/御社",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("hidden_character.rs"),
    reads: "the characters taken out of the text before it is read",
};

#[derive(Debug)]
struct Finding {
    c: char,
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        let code = format!("U+{:04X}", u32::from(self.c));
        match lang {
            Lang::Ja => format!("見えない文字（{code}）がここにあります"),
            Lang::En => format!("an invisible character ({code}) stands here"),
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(
            lang.pick(
                "文字を打ち直すか、前後を消して書き直す",
                "retype the word around it, or delete it",
            )
            .into(),
        )
    }
}

fn run(_: &Reading, facts: &Facts, sink: &mut Sink) {
    for &(at, c) in facts.hidden {
        sink.at(Severity::Warning, at..at, Finding { c });
    }
}
