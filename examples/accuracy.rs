//! How well `retract check` judges letters it was not written around: per-rule precision and
//! recall on each split of the labelled letters in `tests/letters/`.
//!
//!     cargo run --release --example accuracy                 # train and dev
//!     cargo run --release --example accuracy -- --show dev   # and each miss and false alarm
//!     cargo run --release --example accuracy -- --test       # and the test split's scores
//!
//! Each letter's label lists the rules a careful career advisor would circle (`expect`) and
//! those they might (`allow`). A rule reported at any severity on an expected letter is a hit;
//! an error or warning outside both lists is a false alarm. Details are printed for the train
//! and dev splits only: the test split is scored, never read.

use std::collections::BTreeMap;

use retract::check::{self, Facts, Options, Severity};
use retract::text::Medium;
use serde::Deserialize;

#[derive(Deserialize)]
struct Label {
    split: String,
    kind: String,
    lang: String,
    #[serde(default)]
    expect: Vec<String>,
    #[serde(default)]
    allow: Vec<String>,
}

#[derive(Default, Clone, Copy)]
struct Count {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Count {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The six advisor rules the targets are set for.
const ADVISOR: &[&str] = &[
    "concrete-regret",
    "why-this-company",
    "apologize-disruption",
    "accept-outcome",
    "no-pressure",
    "no-blame",
];

#[derive(Default)]
struct Split {
    rules: BTreeMap<String, Count>,
    good: usize,
    good_clean: usize,
    letters: usize,
    medium_right: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let show = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1))
        .cloned();
    if show.as_deref() == Some("test") {
        eprintln!("the test split is scored, never read: use --show train or --show dev");
        std::process::exit(2);
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/letters");
    let labels: BTreeMap<String, Label> = serde_yaml::from_str(
        &std::fs::read_to_string(dir.join("labels.yaml")).expect("labels.yaml"),
    )
    .expect("labels parse");
    let mut splits: BTreeMap<String, Split> = BTreeMap::new();
    for (name, label) in &labels {
        let text =
            std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let medium = if label.kind == "email" {
            Medium::Email
        } else {
            Medium::Phone
        };
        let opts = Options {
            medium: Some(medium),
            ..Options::default()
        };
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
        let detail = show.as_deref() == Some(label.split.as_str());
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
    let with_test = args.iter().any(|a| a == "--test");
    for (name, split) in &splits {
        if name == "test" && !with_test {
            continue;
        }
        println!(
            "\n{name}: {} letters, {} good; good letters with no error or warning: {}/{} ({:.0}%); kind and language read right: {}/{}",
            split.letters,
            split.good,
            split.good_clean,
            split.good,
            100.0 * ratio(split.good_clean, split.good),
            split.medium_right,
            split.letters
        );
        println!(
            "  {:<22} {:>4} {:>4} {:>4}  {:>9} {:>6}",
            "rule", "tp", "fp", "fn", "precision", "recall"
        );
        let mut total = Count::default();
        for (rule, c) in &split.rules {
            let mark = if ADVISOR.contains(&rule.as_str()) {
                "*"
            } else {
                " "
            };
            println!(
                "{mark} {:<22} {:>4} {:>4} {:>4}  {:>9.2} {:>6.2}",
                rule,
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall()
            );
            total.tp += c.tp;
            total.fp += c.fp;
            total.fn_ += c.fn_;
        }
        println!(
            "  {:<22} {:>4} {:>4} {:>4}  {:>9.2} {:>6.2}",
            "all",
            total.tp,
            total.fp,
            total.fn_,
            total.precision(),
            total.recall()
        );
    }
    println!("\n* an advisor rule (target on the test split: precision and recall ≥ 0.95)");
}
