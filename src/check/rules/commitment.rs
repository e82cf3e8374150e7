//! # commitment (info)
//!
//! ## What it checks
//! Whether any sentence plays the *commitment* role: it answers the company's worry that you will
//! decline a second time (他社の内定はすべて辞退いたしました, "I have withdrawn from the other
//! offer", 大学院への進学は取りやめました).
//!
//! ## Why it matters
//! A company that takes you back fears a second decline or a mismatch. Saying, if it is true,
//! that you have already declined your other offers removes that fear.
//!
//! ## Example
//! ```text
//! (no sentence about the other offers or your resolve)
//! ```
//!
//! ## Instead
//! ```text
//! 他社からいただいた内定は、すでにすべて辞退いたしました。
//! I have already withdrawn from the other offer.
//! ```

use super::{Rule, Scope};
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::roles::{Reading, Role};
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "commitment",
    severities: &[Severity::Info],
    summary: "answer the worry of a second decline (e.g. other offers already declined)",
    scope: Scope::Request,
    needs_profile: false,
    run,
    source: include_str!("commitment.rs"),
    reads: "commitment",
};

#[derive(Debug)]
struct Finding;

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => "再び辞退するのでは、という先方の不安に答える一文がありません".into(),
            Lang::En => "nothing answers their worry that you might decline again".into(),
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(match lang {
            Lang::Ja => "事実であれば「他社の内定はすべて辞退いたしました」と書く".into(),
            Lang::En => "if true, add: \"I have already withdrawn from the other offer.\"".into(),
        })
    }
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    if r.with_role(Role::Commitment).next().is_none() {
        sink.missing(Severity::Info, Finding);
    }
}
