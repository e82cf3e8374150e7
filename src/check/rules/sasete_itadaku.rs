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
use crate::check::cues::Cue;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::roles::Reading;
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "sasete-itadaku",
    severities: &[Severity::Warning],
    summary: "させていただく three or more times, or wrong forms (お待ちさせて, 書かさせて)",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("sasete_itadaku.rs"),
    reads: "させていただく and its wrong forms in what the student writes or says",
};

#[derive(Debug)]
enum Finding {
    Wrong { phrase: String, fixed: String },
    Heavy { count: usize },
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Finding::Wrong { phrase, .. }, Lang::Ja) => format!("「{phrase}」は誤った形です"),
            (Finding::Wrong { phrase, .. }, Lang::En) => format!("\"{phrase}\" is a wrong form"),
            (Finding::Heavy { count }, Lang::Ja) => {
                format!("「させていただく」が{count}回あります。多用すると回りくどく聞こえます")
            }
            (Finding::Heavy { count }, Lang::En) => {
                format!("させていただく appears {count} times; it reads as heavy")
            }
        }
    }

    fn help(&self, _: Lang) -> Option<String> {
        Some(match self {
            Finding::Wrong { phrase, fixed } => format!("「{phrase}」→「{fixed}」"),
            Finding::Heavy { .. } => "「いたします」「申し上げます」に言い換える".into(),
        })
    }
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    for k in r.own_hits(Cue::SaseteWrong) {
        let phrase = r.hit_text(k).to_owned();
        let fixed = if phrase.starts_with("お待ち") {
            "お待ちして".to_owned()
        } else {
            // Drop the inserted さ: 書かさせて → 書かせて.
            let at = phrase.rfind("させて").unwrap_or(0);
            format!("{}{}", &phrase[..at], &phrase[at + "さ".len()..])
        };
        sink.fix(
            Severity::Warning,
            r.hit_span(k),
            Finding::Wrong {
                phrase,
                fixed: fixed.clone(),
            },
            fixed,
        );
    }
    let uses = r.own_hits(Cue::Sasete);
    let count = uses.len();
    if count >= 3 {
        for k in uses.into_iter().skip(2) {
            sink.at(Severity::Warning, r.hit_span(k), Finding::Heavy { count });
        }
    }
}
