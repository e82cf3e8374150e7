//! The checker: reads a text into its parts and sentences ([`letter`]), gives each sentence its
//! roles ([`roles`]), runs every registered rule over that reading and returns
//! [`Diagnostic`]s. It never prints; the printer turns diagnostics into text or JSON.

pub mod cues;
pub mod diagnostic;
pub mod learned;
pub mod letter;
pub mod phrase;
pub mod roles;
pub mod rules;

use std::ops::Range;

use crate::error::{Error, Result};
use crate::model::Case;
use crate::text::{Lang, Medium};
pub use diagnostic::{
    profile_span, Diagnostic, Edit, Facts, Origin, Purpose, Severity, Sink, Violation,
};
use letter::Part;
pub use letter::{detect_medium, line_col, Letter};
pub use roles::{Reading, Role};
pub use rules::{Rule, RULES};

/// Choices from the command line (or the profile's `check:` section).
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub medium: Option<Medium>,
    pub lang: Option<Lang>,
    pub purpose: Option<Purpose>,
    pub ignore: Vec<String>,
    /// Rules already judged elsewhere (the gate judges the profile's own reasons once, so that
    /// every draft of one profile gets one verdict).
    pub judged: Vec<&'static str>,
}

/// The result of checking one text.
#[derive(Debug)]
pub struct Checked<'a> {
    pub reading: Reading<'a>,
    pub purpose: Purpose,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked<'_> {
    pub fn medium(&self) -> Medium {
        self.reading.letter.medium
    }

    pub fn lang(&self) -> Lang {
        self.reading.lang()
    }

    pub fn worst(&self) -> Option<Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }
}

/// Every rule's id, in the registry's order: what a profile's `check.ignore` may name.
pub fn rule_ids() -> Vec<&'static str> {
    RULES.iter().map(|r| r.id).collect()
}

/// Rejects unknown rule ids in `--ignore`, with a suggestion.
pub fn validate_ignores(ids: &[String]) -> Result<()> {
    for id in ids {
        if rules::find(id).is_none() {
            return Err(Error::Usage(rules::unknown(id)));
        }
    }
    Ok(())
}

/// Guesses the purpose: a thank-you or a call-back request is a follow-up. An email's subject
/// that asks for a call back makes it a follow-up; one that only thanks does when the body
/// asks for nothing (「本日のお電話のお礼と内定辞退撤回のお願い」, "Thank you for today's call –
/// my request about the offer" are the email after the call). A body without a subject (for a
/// web form) is a follow-up when it thanks and asks for nothing. A phone script is the call
/// that asks: `retract` writes no script for after the answer, and one that names its request
/// only as お願いがありお電話いたしました still makes it.
pub fn detect_purpose(reading: &Reading) -> Purpose {
    let letter = &reading.letter;
    // A request put as thanks on a condition ("if there is any chance…, I'd be very grateful")
    // carries no request cue; the learned reading, sure of it in what the letter itself says,
    // keeps such a letter from passing for a follow-up.
    let asks = reading.with_role(Role::Request).next().is_some()
        || reading.surely(learned::Label::Request).is_some_and(|i| {
            !matches!(
                letter.sentences[i].part,
                Part::Branch | Part::Other | Part::Note
            )
        });
    let Some(subject) = &letter.subject else {
        let thanks = reading.with_role(Role::Thanks).next().is_some();
        return if thanks && !asks && letter.medium != Medium::Phone {
            Purpose::Followup
        } else {
            Purpose::Request
        };
    };
    let head = letter.text[subject.clone()].to_lowercase();
    let has = |words: &[&str]| words.iter().any(|k| head.contains(k));
    let call_back = has(&["お電話のお願い", "折り返し", "call back", "short call"]);
    let thanks = has(&["お礼", "御礼", "thank"]);
    // 内定辞退撤回のお礼 thanks for the offer given back: only words that ask make a request.
    let request = has(&["お願い", "request", "reconsider"]);
    if call_back || thanks && !request && !asks {
        Purpose::Followup
    } else {
        Purpose::Request
    }
}

/// Reads a text and gives every sentence its roles.
pub fn read<'a>(text: &'a str, opts: &Options, facts: &Facts) -> Reading<'a> {
    let medium = opts.medium.unwrap_or_else(|| detect_medium(text));
    let lang = opts.lang.unwrap_or_else(|| crate::text::detect_lang(text));
    let company = facts
        .case
        .map(|c| letter::short_company_name(&c.company.name));
    Reading::new(Letter::read(text, medium, lang), company)
}

/// Checks one text with every rule that applies.
pub fn check<'a>(text: &'a str, opts: &Options, facts: &Facts) -> Checked<'a> {
    let reading = read(text, opts, facts);
    let purpose = opts.purpose.unwrap_or_else(|| detect_purpose(&reading));
    let ignored = |id: &str| {
        opts.ignore.iter().any(|i| i == id)
            || opts.judged.contains(&id)
            || facts.case.is_some_and(|c| c.ignore.iter().any(|i| i == id))
    };
    let mut diagnostics = Vec::new();
    for rule in RULES {
        if ignored(rule.id) || !rule.applies(reading.letter.medium, purpose, facts.case.is_some()) {
            continue;
        }
        let mut sink = Sink::new(&reading, rule.id, rule.severities, facts, &mut diagnostics);
        (rule.run)(&reading, facts, &mut sink);
    }
    diagnostics.sort_by_key(|d| {
        (
            d.origin == Origin::Draft,
            d.span.start,
            std::cmp::Reverse(d.severity),
        )
    });
    Checked {
        reading,
        purpose,
        diagnostics,
    }
}

/// The rules that judge the student's own reasons. A draft rendered from a profile is judged
/// on the profile's fields ([`judge_profile`]), not on the draft, so that every draft of one
/// profile gets one verdict.
pub const JUDGED_ON_PROFILE: &[&str] = &["concrete-regret", "why-this-company"];

/// Judges the profile's own reasons once, read the way a letter holding them is read: is the
/// regret concrete, is the reason this company's own? Diagnostics point at the sentence in the
/// profile (or the field's first line when nothing was found).
pub fn judge_profile(case: &Case, src: &str) -> Vec<Diagnostic> {
    let company = Some(letter::short_company_name(&case.company.name));
    // The fields as the drafts hold them: joined, stopped, in polite form.
    let prepared = crate::prepare::prepare(case);
    let regret_text = prepared.regret.text(case.lang);
    let why_text = prepared.why_this_company.text(case.lang);
    let mut out = Vec::new();
    let mut push =
        |rule: &'static str,
         path: &[&str],
         reading: &Reading,
         found: Option<(Severity, Option<usize>, Box<dyn Violation>)>| {
            if let Some((severity, at, violation)) = found {
                let quoted = at.map(|i| reading.text_of(i));
                out.push(Diagnostic {
                    rule,
                    severity,
                    span: field_span(src, path, quoted),
                    origin: Origin::Profile,
                    violation,
                    fix: None,
                });
            }
        };
    let regret = Reading::new(Letter::body(&regret_text, case.lang), company.clone());
    let found = rules::judge_regret(&regret).map(|(s, at, f)| (s, at, Box::new(f) as Box<_>));
    push("concrete-regret", &["reasons", "regret"], &regret, found);
    // The letter gives both fields; a reason of the company's own may stand in either.
    let both = format!("{regret_text}\n\n{why_text}");
    let reasons = Reading::new(Letter::body(&both, case.lang), company);
    let found = rules::judge_reason(&reasons).map(|(s, at, f)| (s, at, Box::new(f) as Box<_>));
    push(
        "why-this-company",
        &["reasons", "why_this_company"],
        &reasons,
        found,
    );
    out
}

/// Where a profile field's text is: the line holding `quoted` (a sentence of the value, found
/// by its first characters), else the value's first line, else the key's line.
fn field_span(src: &str, path: &[&str], quoted: Option<&str>) -> Range<usize> {
    let key = profile_span(src, path);
    let after = key.end.min(src.len());
    if let Some(q) = quoted {
        let head: String = q.chars().take(12).collect();
        if let Some(at) = src[after..].find(&head) {
            let start = after + at;
            let end = src[start..].find('\n').map_or(src.len(), |n| start + n);
            return start..end;
        }
    }
    let block = src[key.clone()].trim_end().ends_with(['|', '>']);
    if let (true, Some(nl)) = (block, src[after..].find('\n')) {
        let mut pos = after + nl + 1;
        for line in src[pos..].split_inclusive('\n') {
            if !line.trim().is_empty() {
                return crate::text::trim(src, pos..pos + line.len());
            }
            pos += line.len();
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purpose_of(subject: &str) -> Purpose {
        let text = format!("Subject: {subject}\n\nDear Ms Sato,\n\nBody.\n");
        detect_purpose(&Reading::new(
            Letter::read(&text, Medium::Email, Lang::En),
            None,
        ))
    }

    #[test]
    fn subject_keywords_fold_case_like_unicode_does() {
        assert_eq!(purpose_of("THANK YOU for your time"), Purpose::Followup);
        // U+212A KELVIN SIGN lowercases to an ASCII `k` under Unicode rules.
        assert_eq!(purpose_of("Than\u{212A} you"), Purpose::Followup);
        assert_eq!(purpose_of("Request to reconsider"), Purpose::Request);
        assert_eq!(
            purpose_of("Thank you for today's call - my request about the offer"),
            Purpose::Request
        );
        assert_eq!(
            purpose_of("本日のお電話のお礼と内定辞退撤回のお願い"),
            Purpose::Request
        );
        assert_eq!(purpose_of("内定辞退撤回のお礼"), Purpose::Followup);
    }

    #[test]
    fn a_phone_script_asks_even_when_only_thanks_carry_a_cue() {
        let read = |t: &str, medium| {
            detect_purpose(&Reading::new(Letter::read(t, medium, Lang::Ja), None))
        };
        // The script names its request without a request cue (お願いがありお電話いたしました),
        // and thanks at the end: a call made to ask, not a thank-you.
        let script = "【受付】\n「お忙しいところ失礼いたします。東都大学の三浦と申します。」\n【担当者】\n「11月4日に内定を辞退いたしました件で、お願いがありお電話いたしました。お話を聞いていただき、ありがとうございました。」\n";
        assert_eq!(read(script, Medium::Phone), Purpose::Request);
        assert_eq!(
            read(
                "三浦様\n\n先日はお時間をいただき、ありがとうございました。\n",
                Medium::Email
            ),
            Purpose::Followup
        );
    }

    #[test]
    fn a_body_that_thanks_and_asks_nothing_is_a_follow_up() {
        let read = |t: &str| {
            detect_purpose(&Reading::new(
                Letter::read(t, Medium::Email, Lang::En),
                None,
            ))
        };
        assert_eq!(
            read("Dear Ms Sato,\n\nThank you for allowing me to join after all.\n"),
            Purpose::Followup
        );
        assert_eq!(
            read("Dear Ms Sato,\n\nThank you for your time. Would you reconsider my decline?\n"),
            Purpose::Request
        );
    }
}
