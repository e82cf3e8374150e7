//! # signature (warning)
//!
//! ## What it checks
//! That the email ends with a signature holding your full name, university, phone number and
//! email address (faculty, department and year are welcome too).
//!
//! ## Why it matters
//! The recruiter may want to call you back the same day. A signature with every way to reach
//! you, and your university, saves them a search through old application files.
//!
//! ## Example
//! ```text
//! 山田
//! ```
//!
//! ## Instead
//! ```text
//! 東都大学 経済学部 経済学科 4年
//! 山田 太郎
//! 電話：090-1234-5678
//! メール：taro.yamada@toto-u.ac.jp
//! ```

use super::{Rule, Scope};
use crate::check::document::Role;
use crate::check::{Document, Facts, Severity, Sink};

pub const RULE: Rule = Rule {
    id: "signature",
    severity: Severity::Warning,
    summary: "signature has full name, university, phone and email",
    scope: Scope::Email,
    needs_profile: false,
    run,
    source: include_str!("signature.rs"),
    patterns: &[],
};

fn run(doc: &Document, facts: &Facts, sink: &mut Sink) {
    let lines: Vec<usize> = doc.lines_with(Role::Signature).collect();
    let text: String = lines
        .iter()
        .map(|&i| doc.line_text(i))
        .collect::<Vec<_>>()
        .join("\n");
    // The keywords are Japanese or ASCII: ASCII case folding is all they need.
    let lower = text.to_ascii_lowercase();
    let mut missing_ja = Vec::new();
    let mut missing_en = Vec::new();
    let name_ok = match facts.case {
        Some(c) => {
            let full: String = c.applicant.name.split_whitespace().collect();
            text.split_whitespace().collect::<String>().contains(&full)
        }
        None => lines.iter().any(|&i| {
            let t = doc.line_text(i).trim();
            let n = t.chars().count();
            (2..=30).contains(&n)
                && !t.chars().any(|c| c.is_ascii_digit() || c == '@')
                && !t.chars().all(|c| "-‐―─━=＝_＿*＊~〜～・".contains(c))
        }),
    };
    if !name_ok {
        missing_ja.push("氏名（フルネーム）");
        missing_en.push("full name");
    }
    if ![
        "大学",
        "university",
        "college",
        "学院",
        "高専",
        "専門学校",
        "institute",
    ]
    .iter()
    .any(|k| lower.contains(k))
    {
        missing_ja.push("大学名");
        missing_en.push("university");
    }
    if text.chars().filter(char::is_ascii_digit).count() < 9 {
        missing_ja.push("電話番号");
        missing_en.push("phone");
    }
    if !text.contains('@') {
        missing_ja.push("メールアドレス");
        missing_en.push("email");
    }
    if missing_ja.is_empty() {
        return;
    }
    let span = match (lines.first(), lines.last()) {
        (Some(&a), Some(_)) => doc.lines[a].range.clone(),
        _ => {
            // No signature block: point at the last line, where it should follow.
            let last = doc.lines.iter().rev().find(|l| l.role != Role::Blank);
            last.map_or(0..0, |l| l.range.clone())
        }
    };
    let (ja, en) = if lines.is_empty() {
        (
            "署名がありません".to_owned(),
            "the email has no signature".to_owned(),
        )
    } else {
        (
            format!("署名に{}がありません", missing_ja.join("・")),
            format!("the signature lacks: {}", missing_en.join(", ")),
        )
    };
    sink.at(
        span,
        ja,
        en,
        Some(match doc.lang {
            crate::model::Lang::Ja => {
                "大学・学部・学年／氏名／電話／メールの4行を末尾に置く".into()
            }
            crate::model::Lang::En => "end with your full name, university, phone and email".into(),
        }),
    );
}
