//! What a rule finds and where it reports it: [`Severity`], the [`Violation`] a rule describes,
//! the [`Diagnostic`] that carries it, and the [`Sink`] each rule reports into. Rules use this
//! module; the checker that runs them owns none of it.

use std::fmt;
use std::ops::Range;

use serde::Serialize;

use super::roles::Reading;
use crate::model::Case;
use crate::text::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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

/// What the letter is for: the request itself, or a thank-you after the call. Content rules
/// (regret, reasons, acceptance) only make sense for the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Request,
    Followup,
}

/// Which text a diagnostic points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The text being checked.
    Draft,
    /// The profile (timeline findings and the judgement of the student's own reasons point at
    /// the field that causes them).
    Profile,
}

/// What a rule found, in words for the reader of either language.
pub trait Violation: fmt::Debug + Send + Sync {
    /// One line saying what is wrong.
    fn message(&self, lang: Lang) -> String;
    /// What to do instead, when there is something concrete to say.
    fn help(&self, _lang: Lang) -> Option<String> {
        None
    }
}

/// A replacement for a span of the checked text (`御社` → `貴社`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub span: Range<usize>,
    pub replacement: String,
}

#[derive(Debug)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    /// Byte range in the text (or the profile, see `origin`); empty for "something is missing".
    pub span: Range<usize>,
    pub origin: Origin,
    pub violation: Box<dyn Violation>,
    pub fix: Option<Edit>,
}

impl Diagnostic {
    pub fn message(&self, lang: Lang) -> String {
        self.violation.message(lang)
    }

    /// The help line: what to do instead, or the replacement.
    pub fn suggestion(&self, lang: Lang) -> Option<String> {
        self.violation
            .help(lang)
            .or_else(|| self.fix.as_ref().map(|f| format!("→ {}", f.replacement)))
    }
}

/// What the checker knows beyond the text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Facts<'a> {
    pub case: Option<&'a Case>,
    /// The profile's source, to point timeline diagnostics at the right line.
    pub profile_src: Option<&'a str>,
    /// Now, on the company's wall clock, when known: timing advice then names the next window
    /// from this moment rather than from the start of `case.today`.
    pub now: Option<jiff::civil::DateTime>,
    /// Characters taken out of the text before it was read ([`crate::text::normalize`]), with
    /// their positions in the text checked.
    pub hidden: &'a [(usize, char)],
    /// Whether the text is a draft rendered from the profile just now, not a letter the
    /// student wrote or edited.
    pub drafted: bool,
}

/// Where a rule reports.
pub struct Sink<'r, 'f> {
    reading: &'r Reading<'r>,
    rule: &'static str,
    /// The severities the rule lists: the only ones it may report.
    severities: &'static [Severity],
    facts: &'f Facts<'f>,
    out: &'f mut Vec<Diagnostic>,
}

impl<'r, 'f> Sink<'r, 'f> {
    /// Where the rule `rule`, which lists `severities`, reports on `reading` into `out`.
    pub fn new(
        reading: &'r Reading<'r>,
        rule: &'static str,
        severities: &'static [Severity],
        facts: &'f Facts<'f>,
        out: &'f mut Vec<Diagnostic>,
    ) -> Self {
        Sink {
            reading,
            rule,
            severities,
            facts,
            out,
        }
    }

    /// Reports at a byte range of the text.
    pub fn at(&mut self, severity: Severity, span: Range<usize>, v: impl Violation + 'static) {
        self.push(severity, span, Origin::Draft, Box::new(v), None);
    }

    /// Reports at a byte range, with a replacement for it.
    pub fn fix(
        &mut self,
        severity: Severity,
        span: Range<usize>,
        v: impl Violation + 'static,
        replacement: String,
    ) {
        let edit = Edit {
            span: span.clone(),
            replacement,
        };
        self.push(severity, span, Origin::Draft, Box::new(v), Some(edit));
    }

    /// Reports something missing: points at the start of the prose.
    pub fn missing(&mut self, severity: Severity, v: impl Violation + 'static) {
        let at = self.reading.letter.body_start;
        self.at(severity, at..at, v);
    }

    /// Reports at a profile field (`timeline.declined_on`), or at the start of the prose when
    /// the profile's text is not known.
    pub fn at_profile(&mut self, path: &[&str], severity: Severity, v: impl Violation + 'static) {
        let (span, origin) = match self.facts.profile_src {
            Some(src) => (profile_span(src, path), Origin::Profile),
            None => {
                let at = self.reading.letter.body_start;
                (at..at, Origin::Draft)
            }
        };
        self.push(severity, span, origin, Box::new(v), None);
    }

    fn push(
        &mut self,
        severity: Severity,
        span: Range<usize>,
        origin: Origin,
        violation: Box<dyn Violation>,
        fix: Option<Edit>,
    ) {
        debug_assert!(
            self.severities.contains(&severity),
            "{} reports {severity:?}, which it does not list",
            self.rule
        );
        self.out.push(Diagnostic {
            rule: self.rule,
            severity,
            span,
            origin,
            violation,
            fix,
        });
    }
}

/// The span of the line of a profile field, without its indentation.
pub fn profile_span(src: &str, path: &[&str]) -> Range<usize> {
    match crate::locate::nearest_line(src, path) {
        Some(line) => {
            let start: usize = src.split_inclusive('\n').take(line - 1).map(str::len).sum();
            let len = src[start..].find('\n').unwrap_or(src.len() - start);
            crate::text::trim(src, start..start + len)
        }
        None => 0..0,
    }
}
