//! The rule registry: one ordered list that drives checking, `retract rules` and `retract rule
//! ID`.
//!
//! Each rule lives in its own file whose `//!` doc has the sections What it checks / Why it
//! matters / Example / Instead; `retract rule ID` prints that doc, so the explanation cannot
//! drift from the code. Rules read the [`Reading`]: the roles of each sentence and the cues
//! behind them. None searches the text for words of its own.

use super::learned::Label;
use super::roles::Reading;
use crate::check::diagnostic::{Facts, Purpose, Severity, Sink};
use crate::text::Medium;

mod accept_outcome;
mod act_fast;
mod apologize_disruption;
mod casual_wording;
mod commitment;
mod company_name;
mod concrete_regret;
mod double_keigo;
mod hidden_character;
mod honorific_medium;
mod length;
mod no_blame;
mod no_pressure;
mod phone_first;
mod plain_form;
mod ra_nuki;
mod salutation;
mod sasete_itadaku;
mod signature;
mod subject;
mod why_this_company;

pub use concrete_regret::judge as judge_regret;
pub use length::limit as length_limit;
pub use why_this_company::judge as judge_reason;

/// Which texts a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every text.
    All,
    /// Emails only.
    Email,
    /// The request (email or phone), not the follow-ups.
    Request,
    /// The request email only.
    RequestEmail,
}

pub struct Rule {
    pub id: &'static str,
    /// Every severity the rule reports, the highest first: a missing part is an error, a weak
    /// one a warning.
    pub severities: &'static [Severity],
    /// One line for `retract rules`.
    pub summary: &'static str,
    pub scope: Scope,
    /// Needs `--profile` (facts the text alone does not hold).
    pub needs_profile: bool,
    pub run: fn(&Reading, &Facts, &mut Sink),
    /// The rule's source file; its `//!` lines are the explanation.
    pub source: &'static str,
    /// The roles the rule reads, for `retract rule ID`.
    pub reads: &'static str,
}

impl Rule {
    pub fn applies(&self, medium: Medium, purpose: Purpose, has_profile: bool) -> bool {
        if self.needs_profile && !has_profile {
            return false;
        }
        match self.scope {
            Scope::All => true,
            Scope::Email => medium == Medium::Email,
            Scope::Request => purpose == Purpose::Request,
            Scope::RequestEmail => medium == Medium::Email && purpose == Purpose::Request,
        }
    }

    /// The highest severity the rule reports.
    pub fn severity(&self) -> Severity {
        self.severities[0]
    }

    /// `error/warning`: every severity, for listings.
    pub fn severity_label(&self) -> String {
        self.severities
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// The explanation for a terminal: Markdown headings kept, code fences turned into
    /// indented blocks, then what the rule reads.
    pub fn doc_text(&self) -> String {
        let mut out = String::new();
        let mut in_code = false;
        for line in self.doc().lines() {
            if line.starts_with("```") {
                in_code = !in_code;
                continue;
            }
            if in_code {
                out.push_str("    ");
            }
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(&format!(
            "\n## Reads\n{}\n\nSeverity: {}. Run `retract check --explain FILE` to see each sentence's roles.\n",
            self.reads,
            self.severity_label()
        ));
        out
    }

    /// The explanation: the `//!` lines at the top of the rule's file (Markdown).
    pub fn doc(&self) -> String {
        let mut out = String::new();
        for line in self.source.lines() {
            let Some(rest) = line.strip_prefix("//!") else {
                break;
            };
            out.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            out.push('\n');
        }
        out
    }
}

/// Every rule, in the order diagnostics of equal position are listed.
pub static RULES: &[Rule] = &[
    concrete_regret::RULE,
    why_this_company::RULE,
    apologize_disruption::RULE,
    accept_outcome::RULE,
    no_pressure::RULE,
    honorific_medium::RULE,
    hidden_character::RULE,
    company_name::RULE,
    no_blame::RULE,
    double_keigo::RULE,
    ra_nuki::RULE,
    sasete_itadaku::RULE,
    casual_wording::RULE,
    plain_form::RULE,
    subject::RULE,
    salutation::RULE,
    signature::RULE,
    length::RULE,
    act_fast::RULE,
    phone_first::RULE,
    commitment::RULE,
];

pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// "no rule named `x`; did you mean `y`?" for an unknown id.
pub fn unknown(id: &str) -> String {
    let known: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    let mut msg = format!("unknown rule `{id}`");
    if let Some(s) = crate::text::suggest(id, &known) {
        msg.push_str(&format!("; did you mean `{s}`?"));
    }
    msg.push_str(" (`retract rules` lists them)");
    msg
}

/// How an advisor rule reports a role it finds missing: an error when no sentence could
/// plausibly play it, a warning when the learned reading finds one that may (a score of 0.5 or
/// more), since the student's draft should not be blocked on a sentence the cues did not read.
pub(crate) fn missing_severity(r: &Reading, label: Label) -> Severity {
    if r.may_have(label) {
        Severity::Warning
    } else {
        Severity::Error
    }
}

/// A warning on what the cues accepted, where the learned reading finds no sentence likely to
/// play `wanted` and takes one for `instead` (generic praise for a reason of the company's own,
/// feelings alone for a regret one could picture): the finding `make` builds from that
/// sentence, quoted.
pub(crate) fn doubted<F>(
    r: &Reading,
    wanted: Label,
    instead: Label,
    make: impl FnOnce(String) -> F,
) -> Option<(Severity, Option<usize>, F)> {
    let i = r.doubts(wanted, instead)?;
    Some((Severity::Warning, Some(i), make(quote(r.text_of(i)))))
}

/// A sentence quoted in a message, shortened to what fits on one line.
pub(crate) fn quote(s: &str) -> String {
    const MAX: usize = 48;
    let s = s.trim();
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(MAX - 1).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_the_four_doc_sections() {
        for rule in RULES {
            let doc = rule.doc();
            for section in [
                "## What it checks",
                "## Why it matters",
                "## Example",
                "## Instead",
            ] {
                assert!(doc.contains(section), "{} lacks {section}", rule.id);
            }
        }
    }

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        assert!(ids
            .iter()
            .all(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
    }

    #[test]
    fn severities_are_listed_highest_first() {
        for rule in RULES {
            assert!(
                rule.severities.windows(2).all(|w| w[0] > w[1]),
                "{}",
                rule.id
            );
        }
    }
}
