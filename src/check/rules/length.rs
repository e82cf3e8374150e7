//! # length (warning)
//!
//! ## What it checks
//! Email body over 1,000 characters (Japanese) or 350 words (English), header, addressee and
//! signature not counted. For a phone script, the talk with the recruiter over about two
//! minutes at a brisk pace: 600 Japanese characters (300 a minute) or 300 English words.
//!
//! ## Why it matters
//! A recruiter reads about 600 characters with attention; beyond 1,000 the important part is
//! skimmed. On the phone, a long speech gives them no room to answer.
//!
//! ## Example
//! ```text
//! (a 1,400-character email that retells the whole job hunt)
//! ```
//!
//! ## Instead
//! ```text
//! (one paragraph each: apology, request, what changed, why this company, acceptance)
//! ```

use super::{Rule, Scope};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;
use crate::render::Kind;

pub const RULE: Rule = Rule {
    id: "length",
    severity: Severity::Warning,
    summary: "email body ≤ 1,000 characters / 350 words; phone talk ≤ about two minutes",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("length.rs"),
    patterns: &[],
};

/// (Japanese characters, English words) for each kind.
pub fn limit(kind: Kind, lang: Lang) -> usize {
    match (kind, lang) {
        (Kind::Email, Lang::Ja) => 1000,
        (Kind::Email, Lang::En) => 350,
        (Kind::Phone, Lang::Ja) => 600,
        (Kind::Phone, Lang::En) => 300,
    }
}

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    let max = limit(doc.kind, doc.lang);
    // Spaces only lower the count, and counting characters alone is far cheaper than telling
    // which are spaces: most letters are decided here.
    if doc.body.text.chars().count() <= max {
        return;
    }
    let n = doc.body_size();
    if n <= max {
        return;
    }
    let (ja, en) = match doc.kind {
        Kind::Email => (
            format!("本文が{n}字あります（目安は600字、多くても1,000字まで）"),
            format!("the body has {n} words (aim for about 250, at most 350)"),
        ),
        Kind::Phone => (
            format!("担当者に話す部分が{n}字あり、2分を超えます（1分間に約300字）"),
            format!("the talk with the recruiter has {n} words, over two minutes"),
        ),
    };
    sink.missing(ja, en, Some(match doc.lang {
        Lang::Ja => "経緯の説明を削り、後悔の理由と志望理由を一、二文ずつに絞る".into(),
        Lang::En => "cut the background; keep one or two sentences each for what changed and why this company".into(),
    }));
}
