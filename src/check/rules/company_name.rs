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
use crate::check::signals::{pattern, Pattern};
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
};

static LEGAL_NAME: Pattern = pattern!(
    "株式会社[一-龯ぁ-んァ-ヴーA-Za-zＡ-Ｚａ-ｚ0-9・&＆]+",
    "[一-龯ァ-ヴーA-Za-zＡ-Ｚａ-ｚ0-9・&＆]+株式会社"
);

fn run(doc: &Document, facts: &Facts, sink: &mut Sink) {
    let Some(case) = facts.case else { return };
    let expected: String = case.company.name.split_whitespace().collect();
    for (i, line) in doc.lines.iter().enumerate() {
        if matches!(line.role, Role::Blank | Role::Signature | Role::Direction) {
            continue;
        }
        let text = doc.line_text(i);
        for m in LEGAL_NAME.find_iter(text) {
            let found = m.as_str();
            if expected.contains(found) || found.contains(expected.as_str()) {
                continue;
            }
            let start = line.range.start + m.start();
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
