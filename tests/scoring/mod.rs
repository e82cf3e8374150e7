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

use retract::check::learned::{self, LABELS};
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

/// One sentence of a labelled letter, as the learned reading is trained on it.
#[allow(dead_code)]
pub struct Sentence {
    pub letter: String,
    pub split: String,
    /// Hashed features ([`learned::features`]).
    pub features: Vec<u32>,
    pub labels: [bool; LABELS],
    pub text: String,
}

/// The sentence labels of `roles.tsv`: letter → sentence index → (codes, text).
#[allow(dead_code)]
pub fn roles() -> BTreeMap<String, BTreeMap<usize, (String, String)>> {
    let mut marks: BTreeMap<String, BTreeMap<usize, (String, String)>> = BTreeMap::new();
    let tsv = std::fs::read_to_string(dir().join("roles.tsv")).expect("roles.tsv");
    for (n, line) in tsv.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.splitn(4, '\t').collect();
        let [name, index, codes, text] = cols[..] else {
            panic!("roles.tsv:{}: expected four columns: {line}", n + 1);
        };
        let index: usize = index.parse().expect("index");
        marks
            .entry(name.to_owned())
            .or_default()
            .insert(index, (codes.to_owned(), text.to_owned()));
    }
    marks
}

/// Every sentence of the train letters (and of the dev letters with `dev`) that `roles.tsv`
/// has labelled, in the order of the letters' names. A letter none of whose sentences is
/// labelled has not been labelled yet: it would teach that nothing in it plays any role.
#[allow(dead_code)]
pub fn training_sentences(dev: bool) -> Vec<Sentence> {
    let marks = roles();
    let mut out = Vec::new();
    for (name, meta) in labels() {
        let wanted = meta.split == "train" || dev && meta.split == "dev";
        let Some(own) = marks.get(&name).filter(|_| wanted) else {
            continue;
        };
        let text = std::fs::read_to_string(dir().join(&name)).unwrap();
        let reading = check::read(&text, &meta.options(), &Facts::default());
        let names: Vec<std::ops::Range<usize>> = reading.company_name_ranges().collect();
        for (i, features) in learned::features(&reading.letter, &names)
            .into_iter()
            .enumerate()
        {
            let mut labels = [false; LABELS];
            if let Some((codes, said)) = own.get(&i) {
                assert_eq!(
                    said,
                    reading.text_of(i),
                    "{name} sentence {i}: roles.tsv no longer matches the letter's sentences"
                );
                for c in codes.split(',') {
                    let c = c.trim().chars().next().expect("a code");
                    labels[learned::Label::from_code(c).expect("a known code") as usize] = true;
                }
            }
            out.push(Sentence {
                letter: name.clone(),
                split: meta.split.clone(),
                features,
                labels,
                text: reading.text_of(i).to_owned(),
            });
        }
    }
    out
}

/// What the learned weights are trained from, as one number (64-bit FNV-1a): every train
/// sentence's features and labels. The trainer writes it beside the weights, and a test
/// computes it again, so weights that the labels, the letters or the reader have moved on from
/// fail `cargo test`.
#[allow(dead_code)]
pub fn training_fingerprint(sentences: &[Sentence]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for s in sentences.iter().filter(|s| s.split == "train") {
        for f in &s.features {
            eat(&f.to_le_bytes());
        }
        let bits: Vec<u8> = s.labels.iter().map(|&l| u8::from(l)).collect();
        eat(&bits);
        eat(b"\n");
    }
    h
}
