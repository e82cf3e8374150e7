//! # sasete-itadaku (warning)
//!
//! ## What it checks
//! させていただく used three or more times in one letter, and its wrong forms: お待ちさせていただく
//! and さ入れ言葉 (書かさせて, 伺わさせて, 休まさせて).
//!
//! ## Why it matters
//! させていただく is proper only when you act with the other side's permission and to your
//! benefit. Repeated, it makes a short letter heavy and evasive; the wrong forms are plain errors.
//!
//! ## Example
//! ```text
//! ご連絡させていただきました。説明させていただきます。お待ちさせていただきます。
//! ```
//!
//! ## Instead
//! ```text
//! ご連絡いたしました。ご説明いたします。お待ちしております。
//! ```

use super::{Rule, Scope};
use crate::check::signals::{pattern, Pattern};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "sasete-itadaku",
    severity: Severity::Warning,
    summary: "させていただく three or more times, or wrong forms (お待ちさせて, 書かさせて)",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("sasete_itadaku.rs"),
    patterns: &[&ANY, &WRONG],
};

static ANY: Pattern = pattern!("させていただ", "させて頂");
// さ入れ: godan verbs whose causative has no さ. Listed stems, not a generic pattern, because
// 果たさせて and 減らさせて (from 果たす, 減らす) are correct.
static WRONG: Pattern = pattern!(
    "お待ちさせて",
    "(書か|行か|聞か|働か|読ま|休ま|伺わ|言わ|使わ|手伝わ|会わ|歌わ|帰ら|取ら|頑張ら|送ら|作ら|座ら|待た|持た|立た|選ば|学ば|呼ば|泳が|急が|死な)させて"
);

fn run(doc: &Document, _: &Facts, sink: &mut Sink) {
    if doc.lang != Lang::Ja {
        return;
    }
    let text = &doc.prose().text;
    for r in doc.prose_hits(&WRONG).iter() {
        let phrase = &text[r.clone()];
        let fixed = if phrase.starts_with("お待ち") {
            "お待ちして".to_owned()
        } else {
            // Drop the inserted さ: 書かさせて → 書かせて.
            let at = phrase.rfind("させて").unwrap_or(0);
            format!("{}{}", &phrase[..at], &phrase[at + "さ".len()..])
        };
        sink.at(
            doc.prose().span(r.clone()),
            format!("「{phrase}」は誤った形です"),
            format!("\"{phrase}\" is a wrong form"),
            Some(format!("「{phrase}」→「{fixed}」")),
        );
    }
    let uses = doc.prose_hits(&ANY).into_owned();
    if uses.len() >= 3 {
        let n = uses.len();
        for r in uses.into_iter().skip(2) {
            sink.at(
                doc.prose().span(r),
                format!("「させていただく」が{n}回あります。多用すると回りくどく聞こえます"),
                format!("させていただく appears {n} times; it reads as heavy"),
                Some("「いたします」「申し上げます」に言い換える".into()),
            );
        }
    }
}
