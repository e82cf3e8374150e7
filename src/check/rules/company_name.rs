//! # company-name (error, needs --profile)
//!
//! ## What it checks
//! With a profile, that every company name in the draft (株式会社…, …株式会社, "… Inc.") is the
//! profile's company, and that an email is addressed to it.
//!
//! ## Why it matters
//! Students reuse letters. A letter to 北斗精機 that mentions another company's name, or is
//! addressed to the wrong one, ends the request on the first line.
//!
//! ## Example
//! ```text
//! 株式会社南星工業
//! 人事部 佐藤 美咲 様        (profile: company.name = 株式会社北斗精機)
//! ```
//!
//! ## Instead
//! ```text
//! 株式会社北斗精機
//! 人事部 佐藤 美咲 様
//! ```

use super::{Rule, Scope};
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::letter::Part;
use crate::check::roles::Reading;
use crate::text::{Lang, Medium};

pub const RULE: Rule = Rule {
    id: "company-name",
    severities: &[Severity::Error],
    summary: "the company named in the draft is the profile's company",
    scope: Scope::All,
    needs_profile: true,
    run,
    source: include_str!("company_name.rs"),
    reads: "legal company names (株式会社…) anywhere but the signature, and the address block",
};

#[derive(Debug)]
enum Finding {
    Other { found: String, expected: String },
    NotAddressed { expected: String },
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Finding::Other { found, expected }, Lang::Ja) => {
                format!("「{found}」はプロフィールの会社名（{expected}）と違います")
            }
            (Finding::Other { found, expected }, Lang::En) => {
                format!("\"{found}\" is not the profile's company ({expected})")
            }
            (Finding::NotAddressed { expected }, Lang::Ja) => {
                format!("宛名に会社名（{expected}）がありません")
            }
            (Finding::NotAddressed { expected }, Lang::En) => {
                format!("the addressee block does not name {expected}")
            }
        }
    }

    fn help(&self, _: Lang) -> Option<String> {
        match self {
            Finding::Other { found, expected } => Some(format!("「{found}」→「{expected}」")),
            Finding::NotAddressed { expected } => Some(expected.clone()),
        }
    }
}

/// Characters that can be part of a company name next to 株式会社.
fn name_char(c: char) -> bool {
    c.is_alphanumeric() && !matches!(c, '、' | '。') && !('ぁ'..='ゖ').contains(&c)
        || matches!(c, '・' | '&' | '＆' | 'ー')
}

/// 株式会社北斗精機 / 北斗精機株式会社 as byte ranges of `line`.
fn legal_names(line: &str) -> Vec<std::ops::Range<usize>> {
    let form = "株式会社";
    let mut out = Vec::new();
    for (at, _) in line.match_indices(form) {
        let after: usize = line[at + form.len()..]
            .chars()
            .take_while(|&c| name_char(c))
            .map(char::len_utf8)
            .sum();
        if after > 0 {
            out.push(at..at + form.len() + after);
            continue;
        }
        let before: usize = line[..at]
            .chars()
            .rev()
            .take_while(|&c| name_char(c))
            .map(char::len_utf8)
            .sum();
        if before > 0 {
            out.push(at - before..at + form.len());
        }
    }
    out
}

fn run(r: &Reading, facts: &Facts, sink: &mut Sink) {
    let Some(case) = facts.case else { return };
    let letter = &r.letter;
    let expected: String = case.company.name.split_whitespace().collect();
    for (i, line) in letter.lines.iter().enumerate() {
        if matches!(line.part, Part::Blank | Part::Signature | Part::Note) {
            continue;
        }
        let text = letter.line_text(i);
        for found in legal_names(text) {
            let name = &text[found.clone()];
            if expected.contains(name) || name.contains(expected.as_str()) {
                continue;
            }
            let start = line.range.start + found.start;
            sink.fix(
                Severity::Error,
                start..start + name.len(),
                Finding::Other {
                    found: name.to_owned(),
                    expected: case.company.name.clone(),
                },
                case.company.name.clone(),
            );
        }
    }
    let block: Vec<usize> = letter.lines_of(Part::Address).collect();
    let addressed = block.iter().any(|&i| {
        letter
            .line_text(i)
            .split_whitespace()
            .collect::<String>()
            .contains(&expected)
    });
    if letter.medium == Medium::Email && !block.is_empty() && !addressed && case.lang == Lang::Ja {
        sink.at(
            Severity::Error,
            letter.lines[block[0]].range.clone(),
            Finding::NotAddressed {
                expected: case.company.name.clone(),
            },
        );
    }
}
