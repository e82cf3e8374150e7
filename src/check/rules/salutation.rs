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
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::letter::Part;
use crate::check::roles::Reading;
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "salutation",
    severities: &[Severity::Warning],
    summary: "addressee block: no (株), no 御中 with 様, 様 on the person; English \"Dear …,\"",
    scope: Scope::Email,
    needs_profile: false,
    run,
    source: include_str!("salutation.rs"),
    reads: "the address block and the salutation line",
};

#[derive(Debug)]
enum Finding {
    NoBlock,
    Abbreviated { abbr: String, full: &'static str },
    OnchuWithSama,
    NoSama,
    TooCasual { line: String },
    NoDear,
    NoComma,
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Finding::NoBlock, Lang::Ja) => "宛名（会社名・部署・担当者名 様）がありません".into(),
            (Finding::NoBlock, Lang::En) => {
                "the addressee block (company, department, person) is missing".into()
            }
            (Finding::Abbreviated { abbr, .. }, Lang::Ja) => {
                format!("宛名で「{abbr}」と略さず、正式名称で書きます")
            }
            (Finding::Abbreviated { abbr, .. }, Lang::En) => {
                format!("write the legal form in full, not {abbr}")
            }
            (Finding::OnchuWithSama, Lang::Ja) => {
                "「御中」と「様」は併用しません。担当者の名前があれば「様」だけにします".into()
            }
            (Finding::OnchuWithSama, Lang::En) => {
                "御中 and 様 are never combined; with a person named, use 様 only".into()
            }
            (Finding::NoSama, Lang::Ja) => "宛名に「様」がありません".into(),
            (Finding::NoSama, Lang::En) => "the addressee has no 様".into(),
            (Finding::TooCasual { .. }, Lang::Ja) => "宛名がくだけすぎています".into(),
            (Finding::TooCasual { line }, Lang::En) => {
                format!("\"{line}\" is too casual for this letter")
            }
            (Finding::NoDear, Lang::Ja) => "「Dear …,」の宛名がありません".into(),
            (Finding::NoDear, Lang::En) => "the email does not open with \"Dear …,\"".into(),
            (Finding::NoComma, Lang::Ja) => "宛名の後にコンマがありません".into(),
            (Finding::NoComma, Lang::En) => "put a comma after the salutation".into(),
        }
    }

    fn help(&self, _: Lang) -> Option<String> {
        Some(match self {
            Finding::NoBlock => "本文の前に「株式会社〇〇／人事部／〇〇 様」を書く".into(),
            Finding::Abbreviated { abbr, full } => format!("「{abbr}」→「{full}」"),
            Finding::OnchuWithSama => "「御中」を削る".into(),
            Finding::NoSama => {
                "担当者名の後に「様」、名前が分からなければ「採用ご担当者様」".into()
            }
            Finding::TooCasual { .. } | Finding::NoDear => {
                "Dear Ms. Chen, (or Dear Hiring Team,)".into()
            }
            Finding::NoComma => "Dear Ms. Chen,".into(),
        })
    }
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    match r.lang() {
        Lang::Ja => japanese(r, sink),
        Lang::En => english(r, sink),
    }
}

fn japanese(r: &Reading, sink: &mut Sink) {
    let letter = &r.letter;
    let block: Vec<usize> = letter.lines_of(Part::Address).collect();
    if block.is_empty() {
        // A body pasted into a web mail form has its addressee in the form; only a whole
        // message without one is missing it.
        if letter.has_header {
            sink.missing(Severity::Warning, Finding::NoBlock);
        }
        return;
    }
    let mut has_sama = false;
    let mut onchu = None;
    for &i in &block {
        let text = letter.line_text(i);
        let start = letter.lines[i].range.start;
        for abbr in ["(株)", "（株）", "㈱", "(有)", "（有）"] {
            if let Some(at) = text.find(abbr) {
                let full = if abbr.contains('有') {
                    "有限会社"
                } else {
                    "株式会社"
                };
                sink.fix(
                    Severity::Warning,
                    start + at..start + at + abbr.len(),
                    Finding::Abbreviated {
                        abbr: abbr.to_owned(),
                        full,
                    },
                    full.to_owned(),
                );
            }
        }
        has_sama |= text.contains('様') || text.contains('殿');
        if let Some(at) = text.find("御中") {
            onchu = Some(start + at..start + at + "御中".len());
        }
    }
    match (onchu, has_sama) {
        (Some(span), true) => sink.at(Severity::Warning, span, Finding::OnchuWithSama),
        (None, false) => {
            let last = *block.last().unwrap_or(&0);
            sink.at(
                Severity::Warning,
                letter.lines[last].range.clone(),
                Finding::NoSama,
            );
        }
        _ => {}
    }
}

fn english(r: &Reading, sink: &mut Sink) {
    let letter = &r.letter;
    let Some(i) = letter
        .lines
        .iter()
        .position(|l| matches!(l.part, Part::Salutation | Part::Body))
    else {
        return;
    };
    let text = letter.line_text(i);
    let lower = text.to_ascii_lowercase();
    let span = letter.lines[i].range.clone();
    if ["hey", "hi guys", "hi all", "yo ", "sup"]
        .iter()
        .any(|c| lower.starts_with(c))
    {
        sink.at(
            Severity::Warning,
            span,
            Finding::TooCasual {
                line: text.to_owned(),
            },
        );
    } else if letter.lines[i].part != Part::Salutation {
        sink.at(Severity::Warning, span, Finding::NoDear);
    } else if !text.ends_with([',', ':']) {
        sink.at(Severity::Warning, span, Finding::NoComma);
    }
}
