//! # no-pressure (error/warning)
//!
//! ## What it checks
//! Sentences that play the *pressure* role: a deadline or hurry for their answer (…までに
//! ご回答ください, "by Friday"), a condition that forces their hand ("if I do not hear from you,
//! I will accept the other offer"), a comparison with other candidates, a demand (必ず…ください,
//! "you must"), or announcing a visit to get the answer: each an **error**. Emotional leverage
//! (後がない, "I'm counting on you"), someone inside the company enlisted (人事部の○○様も
//! 気にかけてくださっていると伺いました, "she may put in a word") and a promise the request is
//! made on the strength of (必ずご期待に応えます。ですから、どうか…) are each a **warning**.
//!
//! Where no cue finds pressure but the learned reading scores a sentence 0.4 or more as
//! pressure (`(learned: pressure …)` under `--explain`), that sentence is a **warning**: polite
//! pressure is said in many more words than the cues hold ("please weigh that a new person
//! would need months to learn what I already know"), unless the same sentence says outright
//! that there is no hurry.
//!
//! ## Why it matters
//! You are asking a favour of a company you turned down. Any pressure, deadline or comparison with
//! other candidates ends the conversation; advisors are unanimous that the decision must be left
//! entirely to them.
//!
//! ## Example
//! ```text
//! 11月30日までに必ずご回答ください。他の候補者よりも私のほうが貴社に貢献できます。
//! I expect an answer by Friday.
//! ```
//!
//! ## Instead
//! ```text
//! ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。
//! Thank you for considering my request; I will respect whatever you decide.
//! ```

use super::{quote, Rule, Scope};
use crate::check::cues::Cue;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::learned::Label;
use crate::check::roles::{Reading, Role};
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "no-pressure",
    severities: &[Severity::Error, Severity::Warning],
    summary: "no demands, deadlines or comparisons with other candidates",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("no_pressure.rs"),
    reads: "pressure (deadline, condition, comparison, demand, emotional leverage, someone inside enlisted, a promise traded for a yes); the learned pressure score",
};

#[derive(Debug)]
struct Finding {
    phrase: String,
    /// The cue that found it; none when the learned reading did.
    cue: Option<Cue>,
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        let phrase = &self.phrase;
        match (self.cue, lang) {
            (None, Lang::Ja) => {
                format!("「{phrase}」は、遠回しでも先方への圧力に聞こえます（期限・比較・催促）")
            }
            (None, Lang::En) => {
                format!("\"{phrase}\" reads as pressure on them, however politely put (a deadline, a comparison or chasing)")
            }
            (Some(Cue::Leverage), Lang::Ja) => {
                format!("「{phrase}」は相手の同情に訴え、断りにくくさせます")
            }
            (Some(Cue::Leverage), Lang::En) => {
                format!("\"{phrase}\" leans on their sympathy, which makes a no harder to say")
            }
            (Some(Cue::Lobbying), Lang::Ja) => {
                format!("「{phrase}」は社内の方を頼る根回しに聞こえ、先方の判断に圧力をかけます")
            }
            (Some(Cue::Lobbying), Lang::En) => {
                format!("\"{phrase}\" enlists someone inside the company, which presses on their decision")
            }
            (Some(Cue::Promise), Lang::Ja) => {
                format!("「{phrase}」と約束してお願いにつなげると、見返りを差し出す取引のように聞こえ、先方に圧力をかけます")
            }
            (Some(Cue::Promise), Lang::En) => {
                format!("\"{phrase}\" offers a promise in exchange for a yes, which presses them")
            }
            (Some(Cue::Compare), Lang::Ja) => {
                format!("「{phrase}」は他の候補者との比較で、先方への圧力になります")
            }
            (Some(Cue::Compare), Lang::En) => {
                format!(
                    "\"{phrase}\" compares you with other candidates, which puts pressure on them"
                )
            }
            (_, Lang::Ja) => {
                format!("「{phrase}」は先方への圧力になります（期限・要求・条件）")
            }
            (_, Lang::En) => {
                format!("\"{phrase}\" puts pressure on them (a deadline, a demand or a condition)")
            }
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(match lang {
            Lang::Ja => "判断も時期も先方に委ね、「ご検討いただけますと幸いです」と結ぶ".into(),
            Lang::En => "leave the decision and its timing to them: \"Thank you for considering my request.\"".into(),
        })
    }
}

fn run(r: &Reading, facts: &Facts, sink: &mut Sink) {
    let text = &r.letter.prose.text;
    if r.with_role(Role::Pressure).next().is_none() {
        // A draft just rendered says in its own words what the profile gives: the cues read
        // it, and the learned tables are not paged in for it.
        if !facts.drafted {
            learned(r, sink);
        }
        return;
    }
    for i in r.with_role(Role::Pressure) {
        let Some(tag) = r.tag(i, Role::Pressure) else {
            continue;
        };
        for &k in &tag.cues {
            let hit = &r.hits[k];
            // A deadline keeps its number: 「30日までに」, not 「日までに」.
            let digits: usize = text[..hit.range.start]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
                .map(char::len_utf8)
                .sum();
            let range = hit.range.start - digits..hit.range.end;
            let severity = if matches!(hit.cue, Cue::Leverage | Cue::Lobbying | Cue::Promise) {
                Severity::Warning
            } else {
                Severity::Error
            };
            sink.at(
                severity,
                r.letter.prose.span(range.clone()),
                Finding {
                    phrase: text[range].to_owned(),
                    cue: Some(hit.cue),
                },
            );
        }
    }
}

/// Whether sentence `i` ends by leaving the decision to them: a wish told first is set aside
/// (…それまでに進路を決めておきたいという思いもございますが、ご判断はあくまで貴社にお任せ
/// いたします; "…, but the decision is entirely yours to make").
fn ends_accepting(r: &Reading, i: usize) -> bool {
    let sentence = r.letter.sentences[i].range.clone();
    let text = &r.letter.prose.text[sentence.clone()];
    let last_clause = text
        .rfind(['、', ','])
        .map_or(sentence.start, |at| sentence.start + at);
    r.hits_of(i)
        .iter()
        .any(|h| h.cue == Cue::AcceptVerb && h.range.start > last_clause)
}

/// The sentence the learned reading takes for pressure where no cue found any: a polite
/// deadline, a comparison or a chase in words the cues do not hold. A warning, since the
/// reading may be wrong where the cues are not.
fn learned(r: &Reading, sink: &mut Sink) {
    // "Graduation is in March, but please do not mind my timetable": a time named only to
    // set it aside. "The other company needed my answer by that Friday": a deadline that
    // was, told as what happened, asks nothing of them.
    // 良いお返事をいただけましたら、うれしく思います, …思いもございますが、ご判断は貴社に
    // お任せいたします: a hope for a yes or an acceptance, which the reading doubts as pressure
    // without taking it for more likely than not, is the hope or the acceptance.
    let Some(i) = r
        .surely(Label::Pressure)
        .filter(|&i| !r.leaves_them_time(i) && !r.told_in_past(i))
        .filter(|&i| {
            let accepts = r.plays(i, Role::Acceptance);
            let asks = r.plays(i, Role::HopeForYes) || r.plays(i, Role::Request);
            let doubted = r.learned()[i].of(Label::Pressure) < 0.5;
            !((asks || accepts) && doubted || accepts && ends_accepting(r, i))
        })
    else {
        return;
    };
    sink.at(
        Severity::Warning,
        r.span_of(i),
        Finding {
            phrase: quote(r.text_of(i)),
            cue: None,
        },
    );
}
