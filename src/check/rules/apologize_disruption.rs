//! # apologize-disruption (error)
//!
//! ## What it checks
//! That the letter apologizes for the trouble the decline caused the company's hiring: an apology
//! (お詫び, 申し訳, "I apologize", "I am sorry") together with the disruption (ご迷惑, 採用計画,
//! ご調整, "trouble", "your hiring plans") in the same or the next sentence.
//!
//! ## Why it matters
//! Your decline already cost them work: they may have re-opened recruiting or made an offer to
//! someone else. Advisors say to acknowledge that before asking for anything.
//!
//! ## Example
//! ```text
//! 先日は内定を辞退いたしましたが、やはり貴社で働きたく、ご連絡いたしました。
//! I declined your offer last week, but I would now like to accept it.
//! ```
//!
//! ## Instead
//! ```text
//! 私の辞退により、貴社の採用活動に多大なご迷惑をおかけしましたことを、心よりお詫び申し上げます。
//! I apologize for the trouble my decline caused your hiring team.
//! ```

use super::{Rule, Scope};
use crate::check::signals::{self, by_lang, APOLOGY_EN, APOLOGY_JA, DISRUPTION_EN, DISRUPTION_JA};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "apologize-disruption",
    severity: Severity::Error,
    summary: "apologize for the disruption your decline caused their hiring",
    scope: Scope::Request,
    needs_profile: false,
    run,
    source: include_str!("apologize_disruption.rs"),
    patterns: &[],
};

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    let lang = doc.lang;
    let apology = by_lang(lang, &APOLOGY_JA, &APOLOGY_EN);
    let disruption = by_lang(lang, &DISRUPTION_JA, &DISRUPTION_EN);
    let sentences = signals::sentences(doc);
    let found = sentences.iter().enumerate().any(|(i, s)| {
        doc.body_has(apology, &s.range)
            && (doc.body_has(disruption, &s.range)
                || i.checked_sub(1)
                    .and_then(|p| sentences.get(p))
                    .is_some_and(|p| doc.body_has(disruption, &p.range)))
    });
    if !found {
        sink.missing(
            "辞退によって採用活動にご迷惑をおかけしたことへのお詫びがありません".into(),
            "there is no apology for the disruption your decline caused their hiring".into(),
            Some(match lang {
                Lang::Ja => format!("「私の辞退により、{}の採用活動に多大なご迷惑をおかけしましたことを、心よりお詫び申し上げます。」のように書く", signals::company_word(doc)),
                Lang::En => "add: \"I apologize for the trouble my decline caused your hiring team.\"".into(),
            }),
        );
    }
}
