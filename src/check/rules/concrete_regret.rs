//! # concrete-regret (error)
//!
//! ## What it checks
//! That the letter says specifically what changed after the decline and why you regret it:
//! an event, a conversation, a fact. It fires when no sentence speaks of the regret, or when the
//! regret is only vague phrases (いろいろ考えた結果, やはり, なんとなく, "after careful
//! consideration", "I realized I made a mistake") with nothing a recruiter could picture.
//!
//! ## Why it matters
//! Career advisors agree: a vague change of heart reads as a whim, and raises the company's fear
//! that you will change your mind again. A concrete reason is the one thing that can make them
//! reconsider.
//!
//! ## Example
//! ```text
//! いろいろ考えた結果、やはり貴社で働きたいと思い直しました。
//! After careful consideration, I realized I made a mistake.
//! ```
//!
//! ## Instead
//! ```text
//! 辞退のご連絡をした翌日、研究室で試作に立ち会い、選考で伺った「一年目から量産設計の
//! 図面に関わる」というお話こそ自分が求めていたものだと気づきました。
//! The day after I declined, I spent the afternoon calibrating the lidar rig for my thesis and
//! saw that this is the work your perception team does every day.
//! ```

use super::{Rule, Scope};
use crate::check::signals::{self, by_lang, Excerpt, REGRET_EN, REGRET_JA, VAGUE_EN, VAGUE_JA};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "concrete-regret",
    severity: Severity::Error,
    summary: "say concretely what changed and why you regret the decline",
    scope: Scope::Request,
    needs_profile: false,
    run,
    source: include_str!("concrete_regret.rs"),
    patterns: &[],
};

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    let lang = doc.lang;
    let regret = by_lang(lang, &REGRET_JA, &REGRET_EN);
    let vague = by_lang(lang, &VAGUE_JA, &VAGUE_EN);
    let sentences = signals::sentences(doc);
    let first_vague = doc.body_hits(vague).first().cloned();

    let mut first_regret = None;
    // The whole paragraph of each regret sentence: the fact behind the feeling is usually told
    // just before or after it.
    let paragraph_of = |r: &std::ops::Range<usize>| {
        let text = &doc.body.text;
        let start = text[..r.start].rfind('\n').map_or(0, |i| i + 1);
        let end = text[r.end..].find('\n').map_or(text.len(), |i| r.end + i);
        start..end
    };
    let mut taken = vec![false; sentences.len()];
    for s in &sentences {
        if doc.body_has(regret, &s.range) || doc.body_has(vague, &s.range) {
            first_regret.get_or_insert(s.range.clone());
            let para = paragraph_of(&s.range);
            for (j, t) in sentences.iter().enumerate() {
                if t.range.start >= para.start && t.range.end <= para.end {
                    taken[j] = true;
                }
            }
        }
    }
    let window: Vec<_> = sentences
        .iter()
        .zip(&taken)
        .filter(|(_, t)| **t)
        .map(|(s, _)| s.range.clone())
        .collect();
    let Some(first) = first_regret else {
        sink.missing(
            "後悔している理由（辞退後に何があり、何に気づいたか）が書かれていません".into(),
            "the letter never says what changed after you declined".into(),
            Some(match lang {
                Lang::Ja => "辞退した後の具体的な出来事と、それで何に気づいたかを一、二文で書く".into(),
                Lang::En => "add one or two sentences on what happened after you declined and what it made you see".into(),
            }),
        );
        return;
    };
    let facts = Excerpt::new(doc, window, vague);
    let score = facts.concreteness();
    let long_enough = || {
        signals::size(&facts.text, lang)
            >= match lang {
                Lang::Ja => 80,
                Lang::En => 35,
            }
    };
    if score >= 2 || (score == 1 && long_enough()) {
        return;
    }
    let span = first_vague.unwrap_or(first);
    let vague_text = doc.body.text[span.clone()].to_owned();
    sink.at(
        doc.body.span(span),
        format!("後悔の理由が漠然としています（「{vague_text}」だけでは、気まぐれに見えます）"),
        format!("the regret is vague (\"{vague_text}\" reads as a whim)"),
        Some(match lang {
            Lang::Ja => "いつ、何があって、何に気づいたのかを具体的に書く（例：辞退した翌日の研究室での出来事）".into(),
            Lang::En => "name the event, the day and what you saw, e.g. \"The day after I declined, …\"".into(),
        }),
    );
}
