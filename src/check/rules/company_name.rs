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
use crate::check::document::Role;
use crate::check::{Document, Facts, Severity, Sink};
use crate::render::Kind;

pub const RULE: Rule = Rule {
    id: "company-name",
    severity: Severity::Error,
    summary: "the company named in the draft is the profile's company",
    scope: Scope::All,
    needs_profile: true,
    run,
    source: include_str!("company_name.rs"),
    patterns: &[],
};

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

fn run(doc: &Document, facts: &Facts, sink: &mut Sink) {
    let Some(case) = facts.case else { return };
    let expected: String = case.company.name.split_whitespace().collect();
    for (i, line) in doc.lines.iter().enumerate() {
        if matches!(line.role, Role::Blank | Role::Signature | Role::Direction) {
            continue;
        }
        let text = doc.line_text(i);
        for r in legal_names(text) {
            let found = &text[r.clone()];
            if expected.contains(found) || found.contains(expected.as_str()) {
                continue;
            }
            let start = line.range.start + r.start;
            sink.at(
                start..start + found.len(),
                format!(
                    "「{found}」はプロフィールの会社名（{}）と違います",
                    case.company.name
                ),
                format!(
                    "\"{found}\" is not the profile's company ({})",
                    case.company.name
                ),
                Some(format!("「{found}」→「{}」", case.company.name)),
            );
        }
    }
    if doc.kind == Kind::Email {
        let addressed = doc.lines_with(Role::Addressee).any(|i| {
            doc.line_text(i)
                .split_whitespace()
                .collect::<String>()
                .contains(&expected)
        });
        let has_block = doc.lines_with(Role::Addressee).next().is_some();
        if has_block && !addressed && case.lang == crate::model::Lang::Ja {
            let i = doc.lines_with(Role::Addressee).next().unwrap_or(0);
            sink.at(
                doc.lines[i].range.clone(),
                format!("宛名に会社名（{}）がありません", case.company.name),
                format!("the addressee block does not name {}", case.company.name),
                Some(case.company.name.clone()),
            );
        }
    }
}
