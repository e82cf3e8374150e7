//! # no-blame (warning)
//!
//! ## What it checks
//! Sentences that play the *blame* role: the decline put on someone else (両親の反対で,
//! 大学に勧められ, 他社に急かされ, "my parents pushed me", "the decision was not really mine",
//! "the recruiter's explanation was unclear"). A sentence in which you own the decision
//! (私自身の判断の甘さ, "the mistake was mine") is not blame.
//!
//! Where no cue finds blame but the learned reading scores a sentence 0.6 or more as putting
//! the decline on someone else (`(learned: blame …)` under `--explain`), that sentence is reported:
//! blame is said in more ways than any list of words holds. Not when it, or one of the two
//! sentences after it in its paragraph, owns the decision, and not on a draft `retract` has
//! just rendered.
//!
//! ## Why it matters
//! Advisors say to take responsibility. Blaming parents, the university or the other company
//! suggests the next decision will not be yours either, which is exactly what a company fears.
//!
//! ## Example
//! ```text
//! 両親に強く反対され、やむを得ず辞退いたしました。
//! My parents pushed me to accept a bigger company.
//! ```
//!
//! ## Instead
//! ```text
//! 辞退は私自身の判断の甘さによるもので、弁解の余地もございません。
//! Declining was my own decision, and my own mistake.
//! ```

use super::{quote, Rule, Scope};
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::learned::Label;
use crate::check::roles::{Reading, Role};
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "no-blame",
    severities: &[Severity::Warning],
    summary: "take responsibility; do not blame parents, the university or the other company",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("no_blame.rs"),
    reads: "blame; the learned blame score",
};

#[derive(Debug)]
struct Finding {
    phrase: String,
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        let phrase = &self.phrase;
        match lang {
            Lang::Ja => format!("「{phrase}」は辞退を他人のせいにしているように聞こえます"),
            Lang::En => format!("\"{phrase}\" sounds like blaming someone else for the decline"),
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(match lang {
            Lang::Ja => {
                "辞退は自分の判断だったと認める（例：「私自身の判断の甘さによるものです」）".into()
            }
            Lang::En => {
                "own the decision: \"Declining was my own decision, and my own mistake.\"".into()
            }
        })
    }
}

fn run(r: &Reading, facts: &Facts, sink: &mut Sink) {
    if r.with_role(Role::Blame).next().is_none() {
        // A draft just rendered says in its own words what the profile gives: the cues read
        // it, and the learned tables are not paged in for it.
        if !facts.drafted {
            learned(r, sink);
        }
        return;
    }
    for i in r.with_role(Role::Blame) {
        let Some(&k) = r.tag(i, Role::Blame).and_then(|t| t.cues.first()) else {
            continue;
        };
        sink.at(
            Severity::Warning,
            r.hit_span(k),
            Finding {
                phrase: r.hit_text(k).to_owned(),
            },
        );
    }
}

/// The sentence the learned reading is sure enough blames someone, unless it or one of the two
/// sentences on either side of it in its paragraph owns the decision: with no cue to say whom it
/// blames, a paragraph that opens by owning the decline (辞退は…私自身が決めたことでした。
/// …時間が経てば気持ちも落ち着くものと考えておりましたが…) tells feelings, not blame.
fn learned(r: &Reading, sink: &mut Sink) {
    let owned = |i: usize| {
        let para = r.letter.sentences[i].para;
        let first = (i.saturating_sub(2)..i)
            .find(|&j| r.letter.sentences[j].para == para)
            .unwrap_or(i);
        r.owns_decision(first) || r.owns_decision(i)
    };
    let Some(i) = r.surely(Label::Blame).filter(|&i| !owned(i)) else {
        return;
    };
    sink.at(
        Severity::Warning,
        r.span_of(i),
        Finding {
            phrase: quote(r.text_of(i)),
        },
    );
}
