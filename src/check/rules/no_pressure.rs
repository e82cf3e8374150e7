//! # no-pressure (error)
//!
//! ## What it checks
//! Demands, deadlines and comparisons: 必ず…ください, …までにご回答ください, 至急, 他の候補者より,
//! "I expect", "by Friday", "other candidates", "you must".
//!
//! ## Why it matters
//! You are asking a favour of a company you turned down. Any pressure, deadline or comparison with
//! other candidates ends the conversation; advisors are unanimous that the decision must be left
//! entirely to them.
//!
//! ## Example
//! ```text
//! 11月30日までに必ずご回答ください。他の候補者よりも私のほうが貴社に貢献できます。
//! I expect an answer by Friday.
//! ```
//!
//! ## Instead
//! ```text
//! ご多忙のところ恐縮ですが、ご検討いただけますと幸いです。
//! Thank you for considering my request; I will respect whatever you decide.
//! ```

use super::{Rule, Scope};
use crate::check::signals::{by_lang, pattern, Pattern};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "no-pressure",
    severity: Severity::Error,
    summary: "no demands, deadlines or comparisons with other candidates",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("no_pressure.rs"),
    patterns: &[&PRESSURE_JA, &PRESSURE_EN],
};

static PRESSURE_JA: Pattern = pattern!(
    "必ず[^。\n]{0,20}(ください|下さい|いただきたく|いただきたい|お願い)",
    "までに[^。\n]{0,20}(ご回答|ご返答|お返事|ご返信|ご連絡|回答|返事|返信|ご判断)",
    "(ご回答|ご返答|お返事|ご返信)(を)?(ください|下さい)",
    "至急", "早急に", "大至急", "期限",
    "他の(候補者|応募者|内定者|学生|方)(より|よりも|に比べ|と比べ)", "私の(方|ほう)が[^。\n]{0,20}(貢献|優秀|ふさわしい|適任|長い|上|優れ|向いて)",
    "(方|人|候補者|応募者|内定者)(より|よりも)[^。\n]{0,20}(私|自分)",
    "(今週中|来週中|明日まで|本日中|今日中|週明けまで|月末まで|日まで)に?[^。\n]{0,10}(お返事|ご回答|ご返答|ご連絡|ご返信|ご判断)",
    "(採用|撤回)(す|して)べき", "当然[^。\n]{0,10}(いただけ|認め)"
);
static PRESSURE_EN: Pattern = pattern!(
    r"(?i)\bI expect\b",
    r"(?i)\bI need (an answer|a response|to hear|your answer)",
    r"(?i)\bby (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the end of)",
    r"(?i)\bdeadline\b",
    r"(?i)as soon as possible",
    r"(?i)\basap\b",
    r"(?i)than (the )?other (candidates|applicants)",
    r"(?i)(better|stronger|more qualified|more suitable)( fit| candidate| choice)? than",
    r"(?i)compared (to|with) (the )?other (candidates|applicants)",
    r"(?i)\byou (should|must|have to)\b",
    r"(?i)\bI insist\b",
    r"(?i)\bI deserve\b",
    r"(?i)\bno later than\b"
);

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    let p = by_lang(doc.lang, &PRESSURE_JA, &PRESSURE_EN);
    let text = &doc.prose().text;
    for r in doc.prose_hits(p).iter() {
        // A deadline keeps its number: 「30日までに」, not 「日までに」.
        let digits: usize = text[..r.start]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            .map(char::len_utf8)
            .sum();
        let range = r.start - digits..r.end;
        let phrase = &text[range.clone()];
        sink.at(
            doc.prose().span(range),
            format!("「{phrase}」は先方への圧力になります（期限・要求・他の候補者との比較）"),
            format!("\"{phrase}\" puts pressure on them (a demand, a deadline or a comparison)"),
            Some(match doc.lang {
                Lang::Ja => "判断も時期も先方に委ね、「ご検討いただけますと幸いです」と結ぶ".into(),
                Lang::En => "leave the decision and its timing to them: \"Thank you for considering my request.\"".into(),
            }),
        );
    }
}
