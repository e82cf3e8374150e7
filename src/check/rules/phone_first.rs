//! # phone-first (warning, needs --profile)
//!
//! ## What it checks
//! That an email asking to withdraw the decline follows a call: it fires when the profile has
//! no `timeline.called_on` and the email does not say that a call went unanswered (the
//! recruiter was absent, in a meeting).
//!
//! ## Why it matters
//! Advisors say to call the recruiter first: a voice carries sincerity that an email cannot, and
//! an email alone is easy to put aside. The email is the follow-up after the call, or the
//! fallback when the recruiter is repeatedly absent (`retract followup --outcome absent`).
//!
//! ## Example
//! ```text
//! timeline:
//!   declined_on: 2026-11-22
//!   # no called_on: the email would be the first contact
//! ```
//!
//! ## Instead
//! ```text
//! timeline:
//!   declined_on: 2026-11-22
//!   called_on: 2026-11-24
//! ```

use super::{Rule, Scope};
use crate::check::cues::Cue;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::roles::Reading;
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "phone-first",
    severities: &[Severity::Warning],
    summary: "call before you email; the email follows the call",
    scope: Scope::RequestEmail,
    needs_profile: true,
    run,
    source: include_str!("phone_first.rs"),
    reads: "the profile's timeline (called_on)",
};

#[derive(Debug)]
struct Finding;

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        lang.pick(
            "まだ電話していません。メールより先に、採用担当者へ電話しましょう",
            "you have not called yet; phone the recruiter before sending this email",
        )
        .into()
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(
            lang.pick(
                "retract phone-script で台本を作り、電話の後にタイムラインへ `called_on:` を書き足す",
                "retract phone-script; after the call, add `called_on:` to the timeline",
            )
            .into(),
        )
    }
}

fn run(r: &Reading, facts: &Facts, sink: &mut Sink) {
    let Some(case) = facts.case else { return };
    if case.timeline.called_on.is_some() {
        return;
    }
    // An email that says the call did not get through (ご不在のため…) follows a call.
    if r.hits.iter().any(|h| h.cue == Cue::Reaching) {
        return;
    }
    sink.at_profile(&["timeline", "declined_on"], Severity::Warning, Finding);
}
