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
use crate::check::signals::{pattern, Pattern};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "double-keigo",
    severity: Severity::Warning,
    summary: "二重敬語 (おっしゃられる, 拝見させていただく, お〜になられる…)",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("double_keigo.rs"),
    patterns: &[&DOUBLE],
};

static DOUBLE: Pattern = pattern!(
    "おっしゃられ",
    "仰られ",
    "ご覧になられ",
    "拝見させていただ",
    "拝見させて頂",
    "伺わせていただ",
    "伺わせて頂",
    "お伺いさせていただ",
    "拝読させていただ",
    "拝聴させていただ",
    "申し上げさせていただ",
    "お(越し|見え|帰り|戻り|会い|聞き|読み|書き|待ち|話し|考え|出かけ|持ち|使い|知り)になられ",
    "ご(覧|覧じ|出席|利用|来社|確認|検討|判断|連絡|説明|心配|存知|在籍)になられ",
    "お召し上がりになられ"
);

fn fix(phrase: &str) -> String {
    let table: &[(&str, &str)] = &[
        ("おっしゃられ", "おっしゃっ／おっしゃる"),
        ("仰られ", "おっしゃっ／おっしゃる"),
        ("拝見させていただ", "拝見し"),
        ("拝見させて頂", "拝見し"),
        ("伺わせていただ", "伺い"),
        ("伺わせて頂", "伺い"),
        ("お伺いさせていただ", "伺い"),
        ("拝読させていただ", "拝読し"),
        ("拝聴させていただ", "拝聴し"),
        ("申し上げさせていただ", "申し上げ"),
    ];
    for (bad, good) in table {
        if phrase.starts_with(bad) {
            return format!("「{phrase}」→「{good}」");
        }
    }
    format!("「{phrase}」→「{}」", phrase.replace("になられ", "にな"))
}

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    if doc.lang != Lang::Ja {
        return;
    }
    for r in doc.prose_hits(&DOUBLE).iter() {
        let phrase = &doc.prose().text[r.clone()];
        sink.at(
            doc.prose().span(r.clone()),
            format!("二重敬語です（「{phrase}」）"),
            format!("double honorific ({phrase})"),
            Some(fix(phrase)),
        );
    }
}
