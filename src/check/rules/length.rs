//! # length (warning)
//!
//! ## What it checks
//! Email body over 1,000 characters (Japanese) or 350 words (English), header, addressee and
//! signature not counted. For a phone script, the talk with the recruiter clearly over two
//! minutes at a brisk pace (300 Japanese characters or 150 English words a minute): over 750
//! characters or 375 words.
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
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::letter::Part;
use crate::check::roles::Reading;
use crate::text::{self, Lang, Medium};

pub use crate::text::length_limit as limit;

pub const RULE: Rule = Rule {
    id: "length",
    severities: &[Severity::Warning],
    summary: "email body ≤ 1,000 characters / 350 words; phone talk ≤ about two minutes",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("length.rs"),
    reads: "the size of an email's body, or of what is said to the recruiter on the phone (not the receptionist, the branches or the other side's lines)",
};

#[derive(Debug)]
struct Finding {
    size: usize,
    medium: Medium,
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        let n = self.size;
        match (self.medium, lang) {
            (Medium::Email, Lang::Ja) => {
                format!("本文が{n}字あります（目安は600字、多くても1,000字まで）")
            }
            (Medium::Email, Lang::En) => {
                format!("the body has {n} words (aim for about 250, at most 350)")
            }
            (Medium::Phone, Lang::Ja) => {
                format!("担当者に話す部分が{n}字あり、2分を超えます（1分間に約300字）")
            }
            (Medium::Phone, Lang::En) => {
                format!("the talk with the recruiter has {n} words, over two minutes")
            }
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(lang.pick(
            "経緯の説明を削り、後悔の理由と志望理由を一、二文ずつに絞る",
            "cut the background; keep one or two sentences each for what changed and why this company",
        ).into())
    }
}

/// The size the limit counts: an email's body, or the talk with the recruiter.
pub fn size(r: &Reading) -> usize {
    let l = &r.letter;
    match l.medium {
        Medium::Email => text::size(&l.prose.text, l.lang),
        Medium::Phone => l
            .sentences
            .iter()
            .filter(|s| s.part == Part::Talk)
            .map(|s| text::size(l.sentence_text(s), l.lang))
            .sum(),
    }
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    let medium = r.letter.medium;
    let n = size(r);
    // "At most" 1,000 characters: a tenth over is within a reader's patience. "About" two
    // minutes: what a script gives to say still holds asides and words for when they ask, so
    // only a quarter over (two and a half minutes at a brisk pace) is clearly too long.
    let allowed = match medium {
        Medium::Email => limit(medium, r.lang()) * 11 / 10,
        Medium::Phone => limit(medium, r.lang()) * 5 / 4,
    };
    if n > allowed {
        sink.missing(Severity::Warning, Finding { size: n, medium });
    }
}
