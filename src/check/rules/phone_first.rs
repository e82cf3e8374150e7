//! # phone-first (warning, needs --profile)
//!
//! ## What it checks
//! That an email asking to withdraw the decline follows a call: it fires when the profile has
//! no `timeline.called_on`.
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
use crate::check::{Document, Facts, Severity, Sink};

pub const RULE: Rule = Rule {
    id: "phone-first",
    severity: Severity::Warning,
    summary: "call before you email; the email follows the call",
    scope: Scope::RequestEmail,
    needs_profile: true,
    run,
    source: include_str!("phone_first.rs"),
    patterns: &[],
};

fn run(_: &Document, facts: &Facts, sink: &mut Sink) {
    let Some(case) = facts.case else { return };
    if case.timeline.called_on.is_some() {
        return;
    }
    sink.at_profile(
        &["timeline", "declined_on"],
        Severity::Warning,
        "まだ電話していません。メールより先に、採用担当者へ電話しましょう".into(),
        "you have not called yet; phone the recruiter before sending this email".into(),
        Some("retract phone-script; after the call, add `called_on:` to the timeline".into()),
    );
}
