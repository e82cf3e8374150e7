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
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::letter::{self, Part};
use crate::check::roles::Reading;
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "signature",
    severities: &[Severity::Warning],
    summary: "signature has full name, university, phone and email",
    scope: Scope::Email,
    needs_profile: false,
    run,
    source: include_str!("signature.rs"),
    reads: "the signature: the sender's name, school, phone number and email address",
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Name,
    School,
    Phone,
    Email,
}

#[derive(Debug)]
struct Finding {
    /// No signature at all, or these items missing from it.
    missing: Vec<Item>,
    none: bool,
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        if self.none {
            return lang
                .pick("署名がありません", "the email has no signature")
                .into();
        }
        let names: Vec<&str> = self
            .missing
            .iter()
            .map(|i| match (i, lang) {
                (Item::Name, Lang::Ja) => "氏名（フルネーム）",
                (Item::School, Lang::Ja) => "大学名",
                (Item::Phone, Lang::Ja) => "電話番号",
                (Item::Email, Lang::Ja) => "メールアドレス",
                (Item::Name, Lang::En) => "full name",
                (Item::School, Lang::En) => "university",
                (Item::Phone, Lang::En) => "phone",
                (Item::Email, Lang::En) => "email",
            })
            .collect();
        match lang {
            Lang::Ja => format!("署名に{}がありません", names.join("・")),
            Lang::En => format!("the signature lacks: {}", names.join(", ")),
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(
            lang.pick(
                "大学・学部・学年／氏名／電話／メールの4行を末尾に置く",
                "end with your full name, university, phone and email",
            )
            .into(),
        )
    }
}

fn run(r: &Reading, facts: &Facts, sink: &mut Sink) {
    let letter = &r.letter;
    let lines: Vec<usize> = letter.lines_of(Part::Signature).collect();
    let text = letter.signature();
    let mut missing = Vec::new();
    let name_ok = match facts.case {
        Some(c) => {
            let full: String = c.applicant.name.split_whitespace().collect();
            text.split_whitespace().collect::<String>().contains(&full)
        }
        None => lines
            .iter()
            .any(|&i| letter::name_in_line(letter.line_text(i)).is_some()),
    };
    if !name_ok {
        missing.push(Item::Name);
    }
    let school_named = facts.case.is_some_and(|c| {
        let school: String = c.applicant.university.split_whitespace().collect();
        !school.is_empty()
            && text
                .split_whitespace()
                .collect::<String>()
                .contains(&school)
    });
    // A business letter in English gives the sender's school, phone and address in the block
    // above the date.
    let head: Vec<&str> = if r.lang() == Lang::En {
        letter
            .lines_of(Part::Address)
            .map(|i| letter.line_text(i))
            .collect()
    } else {
        Vec::new()
    };
    let in_head = head.iter().any(|t| letter::names_a_school(t));
    if !school_named && !in_head && !letter::names_a_school(&text) {
        missing.push(Item::School);
    }
    let dialled = |t: &str| {
        t.chars().filter(char::is_ascii_digit).count() >= 9
            || t.chars().filter(|c| ('０'..='９').contains(c)).count() >= 9
    };
    if !dialled(&text) && !head.iter().any(|t| dialled(t)) {
        missing.push(Item::Phone);
    }
    let mailed = |t: &str| t.contains('@') || t.contains('＠');
    if !mailed(&text) && !head.iter().any(|t| mailed(t)) {
        missing.push(Item::Email);
    }
    if missing.is_empty() {
        return;
    }
    let span = match lines.first() {
        Some(&a) => letter.lines[a].range.clone(),
        // No signature block: point at the last line, where it should follow.
        None => letter
            .lines
            .iter()
            .rev()
            .find(|l| l.part != Part::Blank)
            .map_or(0..0, |l| l.range.clone()),
    };
    sink.at(
        Severity::Warning,
        span,
        Finding {
            none: lines.is_empty(),
            missing,
        },
    );
}
