//! # commitment (info)
//!
//! ## What it checks
//! Whether anything answers the company's worry that you will decline a second time, such as
//! 他社の内定はすべて辞退いたしました or "I have withdrawn from the other offer".
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
use crate::check::signals::{by_lang, pattern, Pattern, COMMITMENT_EN, COMMITMENT_JA};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "commitment",
    severity: Severity::Info,
    summary: "answer the worry of a second decline (e.g. other offers already declined)",
    scope: Scope::Request,
    needs_profile: false,
    run,
    source: include_str!("commitment.rs"),
    patterns: &[&OTHER_OFFER_JA],
};

/// 「商社の内定は、すでに辞退いたしました」: another offer declined. The topic marker は (or
/// につきましては) tells it from 「貴社の内定を辞退いたしました」, the decline being undone.
static OTHER_OFFER_JA: Pattern = pattern!(
    "内定(は|につきましては|については|も)、?[^。\n]{0,30}(辞退|お断り|断り|取り下げ)",
    "(には|へは|に対して)、?[^。\n]{0,30}(辞退|お断り)"
);

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    if !doc
        .body_hits(by_lang(doc.lang, &COMMITMENT_JA, &COMMITMENT_EN))
        .is_empty()
    {
        return;
    }
    let text = &doc.body.text;
    let other_offer = doc.body_hits(&OTHER_OFFER_JA).iter().any(|m| {
        let before = &text[..m.start];
        let sentence_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| matches!(c, '。' | '\n'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let lead = &before[sentence_start..];
        !["貴社", "御社", "貴行", "御行"]
            .iter()
            .any(|w| lead.contains(w))
    });
    if doc.lang == Lang::Ja && other_offer {
        return;
    }
    sink.missing(
        "再び辞退するのでは、という先方の不安に答える一文がありません".into(),
        "nothing answers their worry that you might decline again".into(),
        Some(match doc.lang {
            Lang::Ja => "事実であれば「他社の内定はすべて辞退いたしました」と書く".into(),
            Lang::En => "if true, add: \"I have already withdrawn from the other offer.\"".into(),
        }),
    );
}
