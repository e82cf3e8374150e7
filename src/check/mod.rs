//! The checker: reads a draft into a [`Document`], runs every registered rule over it and returns
//! [`Diagnostic`]s. It never prints; the printer turns diagnostics into text or JSON.

pub mod document;
pub mod phrase;
pub mod rules;
pub mod signals;

use std::ops::Range;
use std::sync::OnceLock;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::{Case, Lang};
use crate::render::Kind;
pub use document::{detect_kind, detect_lang, Document};
pub use rules::{Rule, RULES};

/// Every rule's phrase lists in one [`phrase::Lexicon`], built on first use.
pub fn lexicon() -> &'static phrase::Lexicon {
    static LEXICON: OnceLock<phrase::Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let lists: Vec<_> = std::iter::once(signals::SHARED)
            .chain(RULES.iter().map(|r| r.patterns))
            .collect();
        phrase::Lexicon::new(&lists)
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What the letter is for: the request itself, or a thank-you/absent follow-up after the call.
/// Content rules (regret, reasons, acceptance) only make sense for the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Request,
    Followup,
}

/// Which text a diagnostic points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The draft being checked.
    Draft,
    /// The profile (timeline rules point at the date that causes them).
    Profile,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub suggestion: Option<String>,
    /// Byte range in the draft (or the profile, see `origin`); empty for "something is missing".
    pub span: Range<usize>,
    pub origin: Origin,
}

/// What the checker knows beyond the text.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub case: Option<&'a Case>,
    /// The profile's source, to point timeline diagnostics at the right line.
    pub profile_src: Option<&'a str>,
    /// Now, on the company's wall clock, when known: timing advice then names the next window
    /// from this moment rather than from the start of `case.today`.
    pub now: Option<jiff::civil::DateTime>,
}

/// Choices from the command line (or the profile's `check:` section).
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub kind: Option<Kind>,
    pub lang: Option<Lang>,
    pub purpose: Option<Purpose>,
    pub ignore: Vec<String>,
}

/// The result of checking one text.
#[derive(Debug, Clone)]
pub struct Checked {
    pub kind: Kind,
    pub lang: Lang,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn worst(&self) -> Option<Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }
}

/// Rejects unknown rule ids in `--ignore`, with a suggestion.
pub fn validate_ignores(ids: &[String]) -> Result<()> {
    let known: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    for id in ids {
        if !known.contains(&id.as_str()) {
            let mut msg = format!("unknown rule `{id}`");
            if let Some(s) = crate::profile::suggest(id, &known) {
                msg.push_str(&format!("; did you mean `{s}`?"));
            }
            msg.push_str(" (`retract rules` lists them)");
            return Err(Error::Usage(msg));
        }
    }
    Ok(())
}

/// Guesses the purpose from the subject: thank-you and call-back emails are follow-ups.
pub fn detect_purpose(doc: &Document) -> Purpose {
    let Some(subject) = doc.subject.clone() else {
        return Purpose::Request;
    };
    let s = doc.text[subject].to_lowercase();
    let followup = [
        "お礼",
        "御礼",
        "thank",
        "お電話のお願い",
        "折り返し",
        "call back",
        "short call",
    ]
    .iter()
    .any(|k| s.contains(k));
    if followup {
        Purpose::Followup
    } else {
        Purpose::Request
    }
}

/// Checks one text with every rule that applies.
pub fn check(text: &str, opts: &Options, facts: &Facts) -> Checked {
    let kind = opts.kind.unwrap_or_else(|| detect_kind(text));
    let lang = opts.lang.unwrap_or_else(|| detect_lang(text));
    let doc = Document::parse(text, kind, lang);
    let purpose = opts.purpose.unwrap_or_else(|| detect_purpose(&doc));
    let ignored = |id: &str| {
        opts.ignore.iter().any(|i| i == id)
            || facts.case.is_some_and(|c| c.ignore.iter().any(|i| i == id))
    };
    let mut diagnostics = Vec::new();
    for rule in RULES {
        if ignored(rule.id) || !rule.applies(kind, purpose, facts.case.is_some()) {
            continue;
        }
        let mut sink = Sink {
            doc: &doc,
            rule,
            facts,
            out: &mut diagnostics,
        };
        (rule.run)(&doc, facts, &mut sink);
    }
    diagnostics.sort_by_key(|d| {
        (
            d.origin == Origin::Draft,
            d.span.start,
            std::cmp::Reverse(d.severity),
        )
    });
    Checked {
        kind,
        lang,
        diagnostics,
    }
}

/// Where a rule reports. Messages are given in both languages; the draft's language is kept.
pub struct Sink<'d, 'f> {
    doc: &'d Document<'d>,
    rule: &'static Rule,
    facts: &'f Facts<'f>,
    out: &'f mut Vec<Diagnostic>,
}

impl Sink<'_, '_> {
    fn pick(&self, ja: String, en: String) -> String {
        match self.doc.lang {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }

    /// Reports at a byte range of the draft.
    pub fn at(&mut self, span: Range<usize>, ja: String, en: String, suggestion: Option<String>) {
        let message = self.pick(ja, en);
        self.out.push(Diagnostic {
            rule: self.rule.id,
            severity: self.rule.severity,
            message,
            suggestion,
            span,
            origin: Origin::Draft,
        });
    }

    /// Reports something missing: points at the start of the body.
    pub fn missing(&mut self, ja: String, en: String, suggestion: Option<String>) {
        let at = self.doc.body_start;
        self.at(at..at, ja, en, suggestion);
    }

    /// Reports at a profile field (e.g. `timeline.declined_on`), or at the body when the
    /// profile text is not available.
    pub fn at_profile(
        &mut self,
        path: &[&str],
        severity: Severity,
        ja: String,
        en: String,
        suggestion: Option<String>,
    ) {
        let message = self.pick(ja, en);
        let (span, origin) = match self.facts.profile_src {
            Some(src) => match crate::locate::nearest_line(src, path) {
                Some(line) => {
                    let start: usize = src.split_inclusive('\n').take(line - 1).map(str::len).sum();
                    let len = src[start..].find('\n').unwrap_or(src.len() - start);
                    let text = &src[start..start + len];
                    let lead = text.len() - text.trim_start().len();
                    (start + lead..start + len, Origin::Profile)
                }
                None => (0..0, Origin::Profile),
            },
            None => (self.doc.body_start..self.doc.body_start, Origin::Draft),
        };
        self.out.push(Diagnostic {
            rule: self.rule.id,
            severity,
            message,
            suggestion,
            span,
            origin,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purpose_of(subject: &str) -> Purpose {
        let text = format!("Subject: {subject}\n\nDear Ms Sato,\n\nBody.\n");
        detect_purpose(&Document::parse(&text, Kind::Email, Lang::En))
    }

    #[test]
    fn subject_keywords_fold_case_like_unicode_does() {
        assert_eq!(purpose_of("THANK YOU for your time"), Purpose::Followup);
        // U+212A KELVIN SIGN lowercases to an ASCII `k` under Unicode rules.
        assert_eq!(purpose_of("Than\u{212A} you"), Purpose::Followup);
        assert_eq!(purpose_of("Request to reconsider"), Purpose::Request);
    }
}
