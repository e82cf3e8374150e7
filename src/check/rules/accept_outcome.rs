//! # accept-outcome (error)
//!
//! ## What it checks
//! That the letter says you will accept the company's decision, whatever it is
//! (どのようなご判断でも真摯に受け止めます / "I will respect your decision").
//!
//! ## Why it matters
//! The decision is theirs. Saying so plainly makes it easier for a recruiter to take your request
//! to their manager, and shows you will not make things awkward if the answer is no.
//!
//! ## Example
//! ```text
//! 何卒、内定辞退の撤回をお認めくださいますよう、お願い申し上げます。
//! Please let me join your team.
//! ```
//!
//! ## Instead
//! ```text
//! 貴社のご判断がいかなるものであっても、真摯に受け止めます。
//! I understand the position may already be filled, and I will respect your decision.
//! ```

use super::{Rule, Scope};
use crate::check::signals::{by_lang, company_word, ACCEPT_EN, ACCEPT_JA};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "accept-outcome",
    severity: Severity::Error,
    summary: "say you will accept their decision, whatever it is",
    scope: Scope::Request,
    needs_profile: false,
    run,
    source: include_str!("accept_outcome.rs"),
    patterns: &[],
};

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    let lang = doc.lang;
    if !doc
        .body_hits(by_lang(lang, &ACCEPT_JA, &ACCEPT_EN))
        .is_empty()
    {
        return;
    }
    sink.missing(
        "どのような判断でも受け入れる、という一文がありません".into(),
        "the letter never says you will respect their decision".into(),
        Some(match lang {
            Lang::Ja => format!(
                "「{}のご判断がいかなるものであっても、真摯に受け止めます。」のように書く",
                company_word(doc)
            ),
            Lang::En => "add: \"Whatever you decide, I will respect your decision.\"".into(),
        }),
    );
}
