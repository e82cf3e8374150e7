//! The labelled letters in `tests/letters/`, and scoring `retract check` against them: shared
//! by the `accuracy` example, which prints the tables, by `tests/accuracy.rs`, which holds
//! floors, and by the `train_roles` example and `tests/learned.rs`, which read the letters'
//! sentences.
//!
//! Each letter's label lists the rules a careful career advisor would circle (`expect`) and
//! those they might (`allow`). A rule reported at any severity on an expected letter is a hit;
//! an error or warning outside both lists is a false alarm.

use std::collections::BTreeMap;
use std::path::Path;

use retract::check::{self, Facts, Options, Severity};
use retract::text::Medium;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Label {
    pub split: String,
    pub kind: String,
    pub lang: String,
    #[serde(default)]
    pub expect: Vec<String>,
    #[serde(default)]
    pub allow: Vec<String>,
}

impl Label {
    /// The options that read the letter as what it is labelled.
    pub fn options(&self) -> Options {
        let medium = if self.kind == "email" {
            Medium::Email
        } else {
            Medium::Phone
        };
        Options {
            medium: Some(medium),
            ..Options::default()
        }
    }
}

/// Where the labelled letters are.
pub fn dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/letters")
}

/// Every letter's label, by file name.
pub fn labels() -> BTreeMap<String, Label> {
    serde_yaml::from_str(&std::fs::read_to_string(dir().join("labels.yaml")).expect("labels.yaml"))
        .expect("labels parse")
}

#[derive(Default, Clone, Copy, Debug)]
pub struct Count {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Count {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The six advisor rules the targets are set for.
pub const ADVISOR: &[&str] = &[
    "concrete-regret",
    "why-this-company",
    "apologize-disruption",
    "accept-outcome",
    "no-pressure",
    "no-blame",
];

#[derive(Default, Debug)]
pub struct Split {
    pub rules: BTreeMap<String, Count>,
    pub good: usize,
    pub good_clean: usize,
    pub letters: usize,
    pub medium_right: usize,
}

/// Every split's counts. With `show`, each miss and false alarm of that split is printed; the
/// test split is never shown.
pub fn score(show: Option<&str>) -> BTreeMap<String, Split> {
    assert_ne!(show, Some("test"), "the test split is scored, never read");
    let dir = dir();
    let labels = labels();
    let mut splits: BTreeMap<String, Split> = BTreeMap::new();
    for (name, label) in &labels {
        let text =
            std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let opts = label.options();
        let medium = opts.medium.expect("a labelled medium");
        let checked = check::check(&text, &opts, &Facts::default());
        let detected = check::detect_medium(&text);
        let lang_ok = checked.lang().code() == label.lang;
        let fired: BTreeMap<&str, Severity> =
            checked
                .diagnostics
                .iter()
                .fold(BTreeMap::new(), |mut m, d| {
                    let e = m.entry(d.rule).or_insert(d.severity);
                    *e = (*e).max(d.severity);
                    m
                });
        let split = splits.entry(label.split.clone()).or_default();
        split.letters += 1;
        split.medium_right += usize::from(detected == medium && lang_ok);
        let detail = show == Some(label.split.as_str());
        let mut extra = false;
        for rule in &label.expect {
            let c = split.rules.entry(rule.clone()).or_default();
            if fired.contains_key(rule.as_str()) {
                c.tp += 1;
            } else {
                c.fn_ += 1;
                if detail {
                    println!(
                        "MISS  {name}: {rule} (got {:?})",
                        fired.keys().collect::<Vec<_>>()
                    );
                }
            }
        }
        for (rule, severity) in &fired {
            let loud = *severity >= Severity::Warning;
            let labelled = label.expect.iter().chain(&label.allow).any(|r| r == rule);
            if loud && !labelled {
                split.rules.entry((*rule).to_owned()).or_default().fp += 1;
                extra = true;
                if detail {
                    let d = checked
                        .diagnostics
                        .iter()
                        .find(|d| d.rule == *rule)
                        .expect("fired");
                    println!(
                        "FALSE {name}: {rule} ({}: {})",
                        severity.as_str(),
                        d.message(checked.lang())
                    );
                }
            }
        }
        if label.expect.is_empty() {
            split.good += 1;
            split.good_clean += usize::from(!extra);
        }
    }
    splits
}
