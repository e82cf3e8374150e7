//! # no-blame (warning)
//!
//! ## What it checks
//! Sentences that put the decline on someone else: parents (親に反対され…), the university or a
//! professor (大学に言われ…), the other company (他社に急かされ…), "my parents made me".
//!
//! ## Why it matters
//! Advisors say to take full responsibility. Blaming others sounds like an excuse, and makes the
//! company wonder whether the same people will change your mind again.
//!
//! ## Example
//! ```text
//! 両親に強く反対され、やむを得ず辞退してしまいました。
//! My parents pushed me to accept the other offer.
//! ```
//!
//! ## Instead
//! ```text
//! 辞退は、私自身の判断の甘さによるものです。
//! Declining was my own decision, and my own mistake.
//! ```

use super::{Rule, Scope};
use crate::check::signals::{by_lang, pattern, Pattern};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "no-blame",
    severity: Severity::Warning,
    summary: "take responsibility; do not blame parents, the university or the other company",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("no_blame.rs"),
    patterns: &[&BLAME_JA, &BLAME_EN],
};

static BLAME_JA: Pattern = pattern!(
    "(親|両親|父|母|家族|祖父|祖母)(に|が|から)[^。\n]{0,20}(反対|言われ|勧められ|すすめられ|止められ|押し切られ|説得され|強く)",
    "(親|両親|家族)の(反対|意向|希望)(で|により|によって|もあり)",
    "(大学|学校|先生|教授|キャリアセンター|就職課|指導教員)(に|が|から)[^。\n]{0,20}(言われ|勧められ|すすめられ|指示され|指導され|急かされ)",
    "他社(に|から)[^。\n]{0,20}(急かされ|迫られ|言われ|強要され|せかされ|圧力)",
    "他社の[^。\n]{0,10}(に|から)[^。\n]{0,20}(急かされ|迫られ|言われ|強要され|せかされ|圧力)",
    "オワハラ", "の?せいで"
);
static BLAME_EN: Pattern = pattern!(
    r"(?i)my (parents|family|father|mother|dad|mom|professor|university|advisor|career center|career centre) (made|told|forced|pushed|pressured|wanted|insisted|convinced|urged)",
    r"(?i)the other company (pressured|rushed|forced|pushed|made|told)",
    r"(?i)because (of )?my (parents|family)",
    r"(?i)(pressure|pressured) from my (parents|family|university|professor)",
    r"(?i)\bnot my fault\b"
);

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    let p = by_lang(doc.lang, &BLAME_JA, &BLAME_EN);
    for r in doc.prose_hits(p).iter() {
        let phrase = &doc.prose().text[r.clone()];
        sink.at(
            doc.prose().span(r.clone()),
            format!("「{phrase}」は他人のせいにしているように聞こえます"),
            format!("\"{phrase}\" sounds like blaming someone else for the decline"),
            Some(match doc.lang {
                Lang::Ja => {
                    "辞退は自分の判断だったと認める（例：「私自身の判断の甘さによるものです」）"
                        .into()
                }
                Lang::En => {
                    "own the decision: \"Declining was my own decision, and my own mistake.\""
                        .into()
                }
            }),
        );
    }
}
