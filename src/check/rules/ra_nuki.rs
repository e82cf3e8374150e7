//! # ra-nuki (warning)
//!
//! ## What it checks
//! ら抜き言葉: the potential form of ichidan verbs and 来る without ら. 見れる, 来れる, 出れる,
//! 寝れる, 着れる, 食べれる, 決めれる and their ない/ます/た forms. Conditionals such as 見れば
//! and 来れば are correct and not reported.
//!
//! ## Why it matters
//! It is common in speech, but business writing and a formal call use the full form; a recruiter
//! notices it in a letter that asks a favour.
//!
//! ## Example
//! ```text
//! 入社式にも出れますし、来月から研修にも来れます。
//! ```
//!
//! ## Instead
//! ```text
//! 入社式にも出られますし、来月から研修にも来られます。
//! ```

use super::{Rule, Scope};
use crate::check::cues::Cue;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::roles::Reading;
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "ra-nuki",
    severities: &[Severity::Warning],
    summary: "ら抜き言葉 (見れる, 来れる, 出れる, 食べれる…)",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("ra_nuki.rs"),
    reads: "ら抜き言葉 in what the student writes or says",
};

#[derive(Debug)]
struct Finding {
    phrase: String,
}

impl Finding {
    /// The stem ends before the last れ; ら goes there.
    fn fixed(&self) -> String {
        let cut = self.phrase.rfind('れ').unwrap_or(self.phrase.len());
        format!("{}ら{}", &self.phrase[..cut], &self.phrase[cut..])
    }
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        let phrase = &self.phrase;
        match lang {
            Lang::Ja => format!("ら抜き言葉です（「{phrase}」）"),
            Lang::En => format!("ra-nuki form ({phrase})"),
        }
    }

    fn help(&self, _: Lang) -> Option<String> {
        Some(format!("「{}」→「{}」", self.phrase, self.fixed()))
    }
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    for k in r.own_hits(Cue::RaNuki) {
        let finding = Finding {
            phrase: r.hit_text(k).to_owned(),
        };
        let fixed = finding.fixed();
        sink.fix(Severity::Warning, r.hit_span(k), finding, fixed);
    }
}
