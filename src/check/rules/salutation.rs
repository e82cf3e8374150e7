//! # salutation (warning)
//!
//! ## What it checks
//! The addressee block of an email. Japanese: the company name written in full (never (株)), the
//! person with 様 (or 採用ご担当者様), and 御中 only without a person, never with 様. English: a
//! formal `Dear …,` line, not "Hey", "Hi guys" or no greeting at all.
//!
//! ## Why it matters
//! The addressee block is the first thing the recruiter reads. (株) and 御中 with 様 are classic
//! mistakes that make a careful letter look careless.
//!
//! ## Example
//! ```text
//! (株)北斗精機 人事部御中
//! 佐藤様
//! Hi guys,
//! ```
//!
//! ## Instead
//! ```text
//! 株式会社北斗精機
//! 人事部
//! 佐藤 美咲 様
//! Dear Ms. Chen,
//! ```

use super::{Rule, Scope};
use crate::check::document::Role;
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "salutation",
    severity: Severity::Warning,
    summary: "addressee block: no (株), no 御中 with 様, 様 on the person; English \"Dear …,\"",
    scope: Scope::Email,
    needs_profile: false,
    run,
    source: include_str!("salutation.rs"),
    patterns: &[],
};

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    match doc.lang {
        Lang::Ja => japanese(doc, sink),
        Lang::En => english(doc, sink),
    }
}

fn japanese(doc: &Document, sink: &mut Sink) {
    let block: Vec<usize> = doc.lines_with(Role::Addressee).collect();
    if block.is_empty() {
        sink.missing(
            "宛名（会社名・部署・担当者名 様）がありません".into(),
            "the addressee block (company, department, person) is missing".into(),
            Some("本文の前に「株式会社〇〇／人事部／〇〇 様」を書く".into()),
        );
        return;
    }
    let mut has_sama = false;
    let mut onchu = None;
    for &i in &block {
        let text = doc.line_text(i);
        let start = doc.lines[i].range.start;
        for abbr in ["(株)", "（株）", "㈱", "(有)", "（有）"] {
            if let Some(at) = text.find(abbr) {
                let full = if abbr.contains('有') {
                    "有限会社"
                } else {
                    "株式会社"
                };
                sink.at(
                    start + at..start + at + abbr.len(),
                    format!("宛名で「{abbr}」と略さず、正式名称で書きます"),
                    format!("write the legal form in full, not {abbr}"),
                    Some(format!("「{abbr}」→「{full}」")),
                );
            }
        }
        if text.contains('様') || text.contains("殿") {
            has_sama = true;
        }
        if let Some(at) = text.find("御中") {
            onchu = Some(start + at..start + at + "御中".len());
        }
    }
    match (onchu, has_sama) {
        (Some(span), true) => sink.at(
            span,
            "「御中」と「様」は併用しません。担当者の名前があれば「様」だけにします".into(),
            "御中 and 様 are never combined; with a person named, use 様 only".into(),
            Some("「御中」を削る".into()),
        ),
        (None, false) => {
            let last = *block.last().unwrap_or(&0);
            sink.at(
                doc.lines[last].range.clone(),
                "宛名に「様」がありません".into(),
                "the addressee has no 様".into(),
                Some("担当者名の後に「様」、名前が分からなければ「採用ご担当者様」".into()),
            );
        }
        _ => {}
    }
}

fn english(doc: &Document, sink: &mut Sink) {
    let first = doc
        .lines
        .iter()
        .position(|l| matches!(l.role, Role::Addressee | Role::Body));
    let Some(i) = first else { return };
    let text = doc.line_text(i).trim();
    let lower = text.to_ascii_lowercase();
    let span = doc.lines[i].range.clone();
    let suggestion = Some("Dear Ms. Chen, (or Dear Hiring Team,)".to_owned());
    if lower.starts_with("hey")
        || lower.starts_with("hi guys")
        || lower.starts_with("hi all")
        || lower.starts_with("yo ")
    {
        sink.at(
            span,
            "宛名がくだけすぎています".into(),
            format!("\"{text}\" is too casual for this letter"),
            suggestion,
        );
    } else if !lower.starts_with("dear ") {
        sink.at(
            span,
            "「Dear …,」の宛名がありません".into(),
            "the email does not open with \"Dear …,\"".into(),
            suggestion,
        );
    } else if !text.ends_with(',') && !text.ends_with(':') {
        sink.at(
            span,
            "宛名の後にコンマがありません".into(),
            "put a comma after the salutation".into(),
            Some(format!("{text},")),
        );
    }
}
