//! # apologize-disruption (error/warning)
//!
//! ## What it checks
//! That the letter apologizes for the trouble the decline caused the company's hiring. It reads
//! the sentences that play the *apology-for-disruption* role: an apology that names what the
//! decline cost them (ご迷惑, 採用計画, paperwork, "extra work for your team"), in the same
//! sentence or the one it refers back to.
//!
//! It reports an **error** when there is no apology at all, and a **warning**, quoting it, when
//! the only apology is for something else: the sudden contact, the time taken, the request.
//!
//! Nothing is reported when the learned reading is all but sure that some sentence is an apology
//! for the disruption (`(learned: apology-for-disruption …)` under `--explain`): the cues missed a
//! paraphrase. Where nothing of the kind is found but the learned reading scores some sentence 0.5
//! or more, the finding is a warning, not an error: a sentence may play the role in words the cues
//! do not hold.
//!
//! ## Why it matters
//! Your decline already cost them work: they may have re-opened recruiting or made an offer to
//! someone else. Advisors say to acknowledge that before asking for anything.
//!
//! ## Example
//! ```text
//! 突然のご連絡、大変失礼いたします。先日辞退いたしましたが、やはり貴社で働きたく存じます。
//! I'm sorry for contacting you out of the blue like this.
//! ```
//!
//! ## Instead
//! ```text
//! 私の辞退により、貴社の採用活動に多大なご迷惑をおかけしましたことを、心よりお詫び申し上げます。
//! I apologize for the trouble my decline caused your hiring team.
//! ```

use super::{missing_severity, quote, Rule, Scope};
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::learned::Label;
use crate::check::roles::{Reading, Role};
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "apologize-disruption",
    severities: &[Severity::Error, Severity::Warning],
    summary: "apologize for the disruption your decline caused their hiring",
    scope: Scope::Request,
    needs_profile: false,
    run,
    source: include_str!("apologize_disruption.rs"),
    reads: "apology-for-disruption, other-apology; the learned apology-for-disruption score",
};

#[derive(Debug)]
enum Finding {
    Missing,
    OtherOnly { sentence: String },
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Finding::Missing, Lang::Ja) => {
                "辞退によって採用活動にご迷惑をおかけしたことへのお詫びがありません".into()
            }
            (Finding::Missing, Lang::En) => {
                "there is no apology for the disruption your decline caused their hiring".into()
            }
            (Finding::OtherOnly { sentence }, Lang::Ja) => format!(
                "お詫びは「{sentence}」だけで、辞退が採用活動にかけた迷惑へのお詫びになっていません"
            ),
            (Finding::OtherOnly { sentence }, Lang::En) => format!(
                "the only apology is \"{sentence}\", which is not for the trouble your decline caused"
            ),
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(match lang {
            Lang::Ja => "「私の辞退により、採用活動に多大なご迷惑をおかけしましたことを、心よりお詫び申し上げます。」のように、何に迷惑をかけたかを書く".into(),
            Lang::En => "add: \"I apologize for the trouble my decline caused your hiring team.\"".into(),
        })
    }
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    if r.with_role(Role::ApologyForDisruption).next().is_some()
        || r.surely_has(Label::ApologyForDisruption)
    {
        return;
    }
    match r.with_role(Role::OtherApology).next() {
        Some(i) => sink.at(
            Severity::Warning,
            r.span_of(i),
            Finding::OtherOnly {
                sentence: quote(r.text_of(i)),
            },
        ),
        None => sink.missing(
            missing_severity(r, Label::ApologyForDisruption),
            Finding::Missing,
        ),
    }
}
