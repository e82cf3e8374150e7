//! # casual-wording (warning)
//!
//! ## What it checks
//! Words too casual for a formal apology: すみません, ごめんなさい, 了解しました, exclamation
//! marks (！ !), and English slang ("kinda", "gonna", "my bad", "lol", "guys").
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
use crate::check::signals::{by_lang, pattern, Pattern};
use crate::check::{Document, Facts, Severity, Sink};

pub const RULE: Rule = Rule {
    id: "casual-wording",
    severity: Severity::Warning,
    summary: "no すみません, ごめんなさい, 了解しました, ! or slang in a formal apology",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("casual_wording.rs"),
    patterns: &[&CASUAL_JA, &CASUAL_EN],
};

static CASUAL_JA: Pattern = pattern!(
    "すみません",
    "すいません",
    "ごめんなさい",
    "ごめん",
    "了解しました",
    "了解です",
    "了解いたしました",
    "！+",
    "!+",
    "ですよね",
    "っす"
);
static CASUAL_EN: Pattern = pattern!(
    r"(?i)\b(kinda|gonna|wanna|gotta|lol|guys|thx|pls|btw|tbh|yeah|yep|nope|cool|awesome)\b",
    r"(?i)\bmy bad\b",
    r"(?i)\bno worries\b",
    r"!+"
);

fn fix(phrase: &str) -> &'static str {
    match phrase {
        "すみません" | "すいません" | "ごめんなさい" | "ごめん" => {
            "申し訳ございません"
        }
        "了解しました" | "了解です" | "了解いたしました" => "承知いたしました",
        p if p.starts_with('！') || p.starts_with('!') => "。",
        "ですよね" => "です",
        _ => "",
    }
}

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    let p = by_lang(doc.lang, &CASUAL_JA, &CASUAL_EN);
    for r in doc.prose_hits(p).iter() {
        let phrase = &doc.prose().text[r.clone()];
        let fixed = fix(phrase);
        let suggestion = if fixed.is_empty() {
            match phrase.to_ascii_lowercase().as_str() {
                "!" | "!!" => Some("end the sentence with a full stop".to_owned()),
                _ => Some("use plain formal English".to_owned()),
            }
        } else {
            Some(format!("「{phrase}」→「{fixed}」"))
        };
        let en_fix = if phrase.starts_with('!') {
            Some("end the sentence with a full stop".to_owned())
        } else {
            suggestion.clone()
        };
        sink.at(
            doc.prose().span(r.clone()),
            format!("「{phrase}」はお詫びの場面にはくだけすぎています"),
            format!("\"{phrase}\" is too casual for a formal apology"),
            if doc.lang == crate::model::Lang::En {
                en_fix
            } else {
                suggestion
            },
        );
    }
}
