//! # why-this-company (error)
//!
//! ## What it checks
//! That the letter gives a reason only this company can satisfy: a product, a programme, a
//! person, a way of working you saw there. It fires when the only praise is generic
//! (成長できる環境, 風通しの良い社風, 若手から活躍, "great culture", "growth opportunities").
//!
//! ## Why it matters
//! A student who declined must show why it has to be this company and not any other; praise that
//! fits every company suggests you will leave again for the next offer.
//!
//! ## Example
//! ```text
//! 成長できる環境と風通しの良い社風に魅力を感じております。
//! Your company has a great culture and growth opportunities.
//! ```
//!
//! ## Instead
//! ```text
//! 工場見学で、若手の設計者が加工担当の方と0.01ミリの公差について議論している姿を拝見し、
//! ここでなら自分の手で確かめながら設計を学べると確信しました。
//! Aozora is the only company I interviewed with that builds its own perception stack for
//! small autonomous buses.
//! ```

use super::{Rule, Scope};
use crate::check::signals::{
    self, by_lang, Excerpt, ACCEPT_EN, ACCEPT_JA, APOLOGY_EN, APOLOGY_JA, COMPANY_REF_EN,
    COMPANY_REF_JA, COMPANY_WORD_JA, EXCLUSIVE_EN, EXCLUSIVE_JA, GENERIC_EN, GENERIC_JA, REGRET_EN,
    REGRET_JA, REQUEST_EN, REQUEST_JA, THANKS_EN, THANKS_JA,
};
use crate::check::{Document, Facts, Severity, Sink};
use crate::model::Lang;

pub const RULE: Rule = Rule {
    id: "why-this-company",
    severity: Severity::Error,
    summary: "give a reason only this company offers, not generic praise",
    scope: Scope::Request,
    needs_profile: false,
    run,
    source: include_str!("why_this_company.rs"),
    patterns: &[],
};

fn run(doc: &Document, facts: &Facts, sink: &mut Sink) {
    let lang = doc.lang;
    let generic = by_lang(lang, &GENERIC_JA, &GENERIC_EN);
    let company_ref = by_lang(lang, &COMPANY_REF_JA, &COMPANY_REF_EN);
    let not_reasons = [
        by_lang(lang, &APOLOGY_JA, &APOLOGY_EN),
        by_lang(lang, &ACCEPT_JA, &ACCEPT_EN),
        by_lang(lang, &THANKS_JA, &THANKS_EN),
        by_lang(lang, &REQUEST_JA, &REQUEST_EN),
    ];
    let company_name = facts.case.map(|c| short_name(&c.company.name));
    let mut best = 0;
    for s in signals::sentences(doc) {
        let mentions = doc.body_has(company_ref, &s.range)
            || company_name
                .as_deref()
                .is_some_and(|n| !n.is_empty() && s.text.contains(n));
        if !mentions || not_reasons.iter().any(|p| doc.body_has(p, &s.range)) {
            continue;
        }
        // A regret sentence counts only when it names the company itself: otherwise its facts
        // are about what changed, not about why this company.
        let names_company = lang == Lang::En || doc.body_has(&COMPANY_WORD_JA, &s.range);
        if doc.body_has(by_lang(lang, &REGRET_JA, &REGRET_EN), &s.range) && !names_company {
            continue;
        }
        let exclusive =
            usize::from(doc.body_has(by_lang(lang, &EXCLUSIVE_JA, &EXCLUSIVE_EN), &s.range));
        best =
            best.max(Excerpt::new(doc, vec![s.range.clone()], generic).concreteness() + exclusive);
        if best >= 2 {
            return;
        }
    }
    if best >= 2 {
        return;
    }
    let suggestion = Some(match lang {
        Lang::Ja => "この会社にしかないもの（製品、事業、制度、会った人、見た現場）を具体的に一つ挙げる".to_owned(),
        Lang::En => "name one thing only this company has: a product, a team, a programme, something you saw there".to_owned(),
    });
    match doc.body_hits(generic).first().cloned() {
        Some(r) => {
            let phrase = doc.body.text[r.clone()].to_owned();
            sink.at(
                doc.body.span(r),
                format!("「{phrase}」はどの会社にも言える褒め言葉で、この会社でなければならない理由になっていません"),
                format!("\"{phrase}\" fits any company; it is not a reason to choose this one"),
                suggestion,
            );
        }
        None => sink.missing(
            "この会社でなければならない理由が書かれていません".into(),
            "the letter never says why it must be this company".into(),
            suggestion,
        ),
    }
}

/// 株式会社北斗精機 → 北斗精機: letters often use the name without the legal form.
fn short_name(name: &str) -> String {
    let mut n = name.to_owned();
    for form in [
        "株式会社",
        "有限会社",
        "合同会社",
        "Inc.",
        "Ltd.",
        "K.K.",
        "Co.,",
        "Corporation",
        "Corp.",
    ] {
        n = n.replace(form, "");
    }
    n.trim().trim_matches(',').trim().to_owned()
}
