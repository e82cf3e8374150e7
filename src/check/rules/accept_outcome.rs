//! # accept-outcome (error/warning)
//!
//! ## What it checks
//! That the letter says you will accept the company's decision, whatever it is. It reads the
//! sentences that play the *acceptance* role: accepting (受け止めます, お受けいたします, "I will
//! respect") with any outcome in view (どのような, であっても, "whatever", "even if the answer is
//! no", "if the position has been filled"). In a phone script, accepting under a "if they say
//! no" branch counts too, unless the branch asks again after it ("I understand. … please give
//! me one more chance").
//!
//! It reports an **error** when nothing of the kind is there, and a **warning**, quoting it,
//! when the letter only hopes for a yes (良いお返事をお待ちしております, "I look forward to a
//! positive reply").
//!
//! Nothing is reported when the learned reading is all but sure that some sentence is an acceptance
//! (`(learned: acceptance …)` under `--explain`): the cues missed a paraphrase. Where nothing of
//! the kind is found but the learned reading scores some sentence 0.5 or more, the finding is a
//! warning, not an error: a sentence may play the role in words the cues do not hold.
//!
//! ## Why it matters
//! The decision is theirs. Saying so plainly makes it easier for a recruiter to take your request
//! to their manager, and shows you will not make things awkward if the answer is no.
//!
//! ## Example
//! ```text
//! 何卒、内定辞退の撤回をお認めくださいますよう、お願い申し上げます。良いお返事をお待ちしております。
//! Please let me join your team. I look forward to your positive reply.
//! ```
//!
//! ## Instead
//! ```text
//! 貴社のご判断がいかなるものであっても、真摯に受け止めます。
//! I understand the position may already be filled, and I will respect your decision.
//! ```

use super::{missing_severity, quote, Rule, Scope};
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::learned::Label;
use crate::check::roles::{Reading, Role};
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "accept-outcome",
    severities: &[Severity::Error, Severity::Warning],
    summary: "say you will accept their decision, whatever it is",
    scope: Scope::Request,
    needs_profile: false,
    run,
    source: include_str!("accept_outcome.rs"),
    reads: "acceptance, hope-for-yes; the learned acceptance score",
};

#[derive(Debug)]
enum Finding {
    Missing { medium: crate::text::Medium },
    HopeOnly { sentence: String },
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Finding::Missing { .. }, Lang::Ja) => {
                "どのような判断でも受け入れる、という一文がありません".into()
            }
            (Finding::Missing { .. }, Lang::En) => {
                "the letter never says you will respect their decision".into()
            }
            (Finding::HopeOnly { sentence }, Lang::Ja) => format!(
                "「{sentence}」は良い返事を望むだけで、断られても受け入れるとは言っていません"
            ),
            (Finding::HopeOnly { sentence }, Lang::En) => format!(
                "\"{sentence}\" only hopes for a yes; the letter never says you would accept a no"
            ),
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(match lang {
            Lang::Ja => {
                let word = match self {
                    Finding::Missing { medium } => medium.company_word(),
                    Finding::HopeOnly { .. } => "貴社",
                };
                format!(
                    "「{word}のご判断がいかなるものであっても、真摯に受け止めます。」のように書く"
                )
            }
            Lang::En => "add: \"Whatever you decide, I will respect your decision.\"".into(),
        })
    }
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    if r.with_role(Role::Acceptance).any(|i| !r.taken_back(i)) || r.surely_has(Label::Acceptance) {
        return;
    }
    match r.with_role(Role::HopeForYes).next() {
        Some(i) => sink.at(
            Severity::Warning,
            r.span_of(i),
            Finding::HopeOnly {
                sentence: quote(r.text_of(i)),
            },
        ),
        None => sink.missing(
            missing_severity(r, Label::Acceptance),
            Finding::Missing {
                medium: r.letter.medium,
            },
        ),
    }
}
