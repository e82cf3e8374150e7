//! # casual-wording (warning)
//!
//! ## What it checks
//! Words too casual for a formal apology: すみません, ごめんなさい, 了解しました, exclamation
//! marks (！ !) in an email, and English slang ("kinda", "gonna", "my bad", "lol", "guys"). A
//! phone script's exclamation marks say how a line is spoken, and nobody reads them; on the
//! phone, お忙しいところすみません is the everyday courtesy for calling in on someone's work,
//! not the apology (本当にすみません still is).
//!
//! ## Why it matters
//! The letter asks a company to undo a decision you caused. Casual words make the apology sound
//! light; 了解しました is also heard as talking down to a superior.
//!
//! ## Example
//! ```text
//! ご迷惑をおかけしてすみません！了解しました。
//! Sorry guys, my bad!
//! ```
//!
//! ## Instead
//! ```text
//! ご迷惑をおかけし、申し訳ございません。承知いたしました。
//! I am sorry for the trouble I caused.
//! ```

use super::{Rule, Scope};
use crate::check::cues::Cue;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::roles::{Reading, Role};
use crate::text::{Lang, Medium};

pub const RULE: Rule = Rule {
    id: "casual-wording",
    severities: &[Severity::Warning],
    summary: "no すみません, ごめんなさい, 了解しました, ! or slang in a formal apology",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("casual_wording.rs"),
    reads: "casual words in what the student writes or says (not the other side's lines)",
};

#[derive(Debug)]
struct Finding {
    phrase: String,
}

/// The formal word for a casual one, when there is one.
fn formal(phrase: &str) -> Option<&'static str> {
    Some(match phrase {
        "すみません" | "すいません" | "ごめんなさい" | "ごめん" => {
            "申し訳ございません"
        }
        p if p.starts_with("了解") => "承知いたしました",
        p if p.starts_with('！') || p.starts_with('!') => "。",
        "ですよね" => "です",
        "ちゃいました" => "てしまいました",
        "じゃいました" => "でしまいました",
        "ちゃいます" => "てしまいます",
        "じゃいます" => "でしまいます",
        "ちゃった" => "てしまった",
        "じゃった" => "でしまった",
        "ちゃって" => "てしまって",
        "じゃって" => "でしまって",
        _ => return None,
    })
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        let phrase = &self.phrase;
        match lang {
            Lang::Ja => format!("「{phrase}」はお詫びの場面にはくだけすぎています"),
            Lang::En => format!("\"{phrase}\" is too casual for a formal apology"),
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        let phrase = &self.phrase;
        match (lang, formal(phrase)) {
            (Lang::En, _) if phrase.starts_with('!') => {
                Some("end the sentence with a full stop".into())
            }
            (Lang::En, _) => Some("use plain formal English".into()),
            (Lang::Ja, Some(f)) => Some(format!("「{phrase}」→「{f}」")),
            (Lang::Ja, None) => Some("改まった言い方にする".into()),
        }
    }
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    let phone = r.letter.medium == Medium::Phone;
    for k in r.own_hits(Cue::Casual) {
        // An exclamation mark in a script is how a line is said ("Thank you so much!" after
        // a yes), not something the recruiter reads.
        let unheard = phone && r.hit_text(k).starts_with(['!', '！']);
        // お忙しいところすみません, お仕事中すみません: on the phone, the everyday courtesy for
        // calling in on their work, not the apology for the decline (本当にすみません).
        let courtesy = phone
            && r.hit_text(k).ends_with("ません")
            && r.sentences
                .iter()
                .position(|s| s.hits.contains(&k))
                .is_some_and(|i| !r.plays(i, Role::ApologyForDisruption) && !r.names_decline(i));
        // "(If he asks why I declined:)": a colon that ends a bracketed direction, not a smile.
        let closes_bracket = r.hit_text(k) == ":)" && {
            let at = r.hit_span(k).start;
            let line = &r.letter.text[r.letter.text[..at].rfind('\n').map_or(0, |p| p + 1)..at];
            line.matches(['(', '（']).count() > line.matches([')', '）']).count()
        };
        if !unheard && !courtesy && !closes_bracket {
            sink.at(
                Severity::Warning,
                r.hit_span(k),
                Finding {
                    phrase: r.hit_text(k).to_owned(),
                },
            );
        }
    }
}
