//! # double-keigo (warning)
//!
//! ## What it checks
//! 二重敬語: two honorific forms stacked on one verb. おっしゃられる, ご覧になられる,
//! お越しになられる, お見えになられる, 拝見させていただく, 伺わせていただく, and the pattern
//! お/ご〜になられる. Forms accepted by convention (お伺いする, お召し上がりになる) are not
//! reported.
//!
//! ## Why it matters
//! More keigo is not more polite: recruiters read stacked honorifics as a student trying too hard,
//! and some count them as mistakes.
//!
//! ## Example
//! ```text
//! 佐藤様がおっしゃられたとおり、資料を拝見させていただきました。
//! ```
//!
//! ## Instead
//! ```text
//! 佐藤様がおっしゃったとおり、資料を拝見しました。
//! ```

use super::{Rule, Scope};
use crate::check::cues::Cue;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::roles::Reading;
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "double-keigo",
    severities: &[Severity::Warning],
    summary: "二重敬語 (おっしゃられる, 拝見させていただく, お〜になられる…)",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("double_keigo.rs"),
    reads: "二重敬語 in what the student writes or says",
};

#[derive(Debug)]
struct Finding {
    phrase: String,
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        let phrase = &self.phrase;
        match lang {
            Lang::Ja => format!("二重敬語です（「{phrase}」）"),
            Lang::En => format!("double honorific ({phrase})"),
        }
    }

    fn help(&self, _: Lang) -> Option<String> {
        Some(format!("「{}」→「{}」", self.phrase, single(&self.phrase)))
    }
}

/// The form with one honorific: 拝見させていただ → 拝見し, お越しになられ → お越しにな.
fn single(phrase: &str) -> String {
    let table: &[(&str, &str)] = &[
        ("おっしゃられ", "おっしゃっ／おっしゃる"),
        ("仰られ", "おっしゃっ／おっしゃる"),
        ("拝見させていただ", "拝見し"),
        ("拝見させて頂", "拝見し"),
        ("伺わせていただ", "伺い"),
        ("伺わせて頂", "伺い"),
        ("お伺いさせていただ", "伺い"),
        ("お伺いさせて頂", "伺い"),
        ("拝読させていただ", "拝読し"),
        ("拝聴させていただ", "拝聴し"),
        ("申し上げさせていただ", "申し上げ"),
    ];
    for (bad, good) in table {
        if phrase.starts_with(bad) {
            return (*good).to_owned();
        }
    }
    phrase.replace("になられ", "にな")
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    for k in r.own_hits(Cue::DoubleKeigo) {
        sink.at(
            Severity::Warning,
            r.hit_span(k),
            Finding {
                phrase: r.hit_text(k).to_owned(),
            },
        );
    }
}
