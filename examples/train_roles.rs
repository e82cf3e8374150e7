//! Trains the learned reading of sentences (`src/check/learned.rs`) from the sentence labels in
//! `tests/letters/roles.tsv`, on the train letters only, and writes its weights to
//! `src/check/learned_weights.rs`.
//!
//! ```text
//! cargo run --release --example train_roles            # writes the weights
//! cargo run --release --example train_roles -- --oof F # writes held-out scores to F (JSON)
//! ```
//!
//! Training is deterministic: logistic regression per label, FTRL-proximal with an L1 penalty
//! (which keeps the weights few), over the sentences in three fixed shuffled orders whose weights
//! are averaged.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use retract::check::learned::{self, Label, LABELS};

#[path = "../tests/scoring/mod.rs"]
#[allow(dead_code)]
mod scoring;

struct Example {
    letter: usize,
    /// Indices into the list of every hashed feature seen.
    features: Vec<usize>,
    labels: [bool; LABELS],
}

const ALPHA: f64 = 0.1;
const BETA: f64 = 1.0;
/// Strong enough to keep about 24,000 weights: held-out scores are as good as with ten times
/// as many.
const L1: f64 = 12.0;
const L2: f64 = 1.0;
const EPOCHS: usize = 12;
const SCALE: f64 = 1024.0;
const SHUFFLES: usize = 3;

#[derive(Default, Clone, Copy)]
struct Coord {
    z: f64,
    n: f64,
}

impl Coord {
    fn weight(&self) -> f64 {
        if self.z.abs() <= L1 {
            0.0
        } else {
            -(self.z - self.z.signum() * L1) / ((BETA + self.n.sqrt()) / ALPHA + L2)
        }
    }
}

/// One model per label: a weight per feature (features are numbered densely, see
/// [`Example::features`]).
type Model = Vec<Vec<f64>>;

/// The weights of [`SHUFFLES`] trainings that differ only in the order of the sentences,
/// averaged: one training's weights move with the order it happened to see, and thresholds on
/// its scores move with them.
fn train(examples: &[&Example], features: usize) -> Model {
    let mut sum: Model = vec![vec![0.0; features]; LABELS];
    for run in 0..SHUFFLES {
        let model = train_once(examples, features, 0x2545_f491_4f6c_dd1d ^ run as u64);
        for (s, m) in sum.iter_mut().zip(&model) {
            for (s, c) in s.iter_mut().zip(m) {
                *s += c.weight() / SHUFFLES as f64;
            }
        }
    }
    sum
}

fn train_once(examples: &[&Example], features: usize, mut seed: u64) -> Vec<Vec<Coord>> {
    let mut model = vec![vec![Coord::default(); features]; LABELS];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for _ in 0..EPOCHS {
        // Fisher–Yates with a fixed generator: the same order on every machine.
        for k in (1..order.len()).rev() {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let j = (seed >> 33) as usize % (k + 1);
            order.swap(k, j);
        }
        for &e in &order {
            let ex = examples[e];
            for (l, m) in model.iter_mut().enumerate() {
                let z: f64 = ex.features.iter().map(|&f| m[f].weight()).sum();
                let p = 1.0 / (1.0 + (-z).exp());
                let g = p - f64::from(u8::from(ex.labels[l]));
                for &f in &ex.features {
                    let c = &mut m[f];
                    let w = c.weight();
                    let sigma = ((c.n + g * g).sqrt() - c.n.sqrt()) / ALPHA;
                    c.z += g - sigma * w;
                    c.n += g * g;
                }
            }
        }
    }
    model
}

fn predict(model: &Model, features: &[usize]) -> [f64; LABELS] {
    let mut out = [0.0; LABELS];
    for (l, m) in model.iter().enumerate() {
        let z: f64 = features.iter().map(|&f| m[f]).sum();
        out[l] = 1.0 / (1.0 + (-z).exp());
    }
    out
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let oof = std::env::args()
        .skip_while(|a| a != "--oof")
        .nth(1)
        .map(std::path::PathBuf::from);
    // The dev letters are read only for held-out scores.
    let sentences = scoring::training_sentences(oof.is_some());
    let fingerprint = scoring::training_fingerprint(&sentences);
    let mut letters: Vec<String> = Vec::new();
    let mut splits = Vec::new();
    let mut examples = Vec::new();
    let mut texts = Vec::new();
    let mut keys: Vec<u32> = Vec::new();
    let mut index: HashMap<u32, usize> = HashMap::new();
    for s in sentences {
        if letters.last() != Some(&s.letter) {
            letters.push(s.letter.clone());
            splits.push(s.split.clone());
        }
        let features = s
            .features
            .into_iter()
            .map(|f| {
                let next = keys.len();
                *index.entry(f).or_insert_with(|| {
                    keys.push(f);
                    next
                })
            })
            .collect();
        examples.push(Example {
            letter: letters.len() - 1,
            features,
            labels: s.labels,
        });
        texts.push(s.text);
    }
    if let Some(path) = oof {
        // Train letters scored by models that did not see them (five folds); dev letters by
        // the model of every train letter.
        let mut scores: Vec<[f64; LABELS]> = vec![[0.0; LABELS]; examples.len()];
        let is_train = |e: &Example| splits[e.letter] == "train";
        for fold in 0..5 {
            let fit: Vec<&Example> = examples
                .iter()
                .filter(|e| is_train(e) && e.letter % 5 != fold)
                .collect();
            let model = train(&fit, keys.len());
            for (k, e) in examples.iter().enumerate() {
                if is_train(e) && e.letter % 5 == fold {
                    scores[k] = predict(&model, &e.features);
                }
            }
        }
        let fit: Vec<&Example> = examples.iter().filter(|e| is_train(e)).collect();
        let model = train(&fit, keys.len());
        for (k, e) in examples.iter().enumerate() {
            if !is_train(e) {
                scores[k] = predict(&model, &e.features);
            }
        }
        let mut out = String::from("{");
        let mut first = true;
        for (letter, name) in letters.iter().enumerate() {
            let rows: Vec<String> = examples
                .iter()
                .enumerate()
                .filter(|(_, e)| e.letter == letter)
                .map(|(k, e)| {
                    let p: Vec<String> = scores[k].iter().map(|p| format!("{p:.4}")).collect();
                    let y: String = Label::ALL
                        .iter()
                        .filter(|l| e.labels[**l as usize])
                        .map(|l| l.code())
                        .collect();
                    format!(
                        "[[{}],\"{}\",{}]",
                        p.join(","),
                        y,
                        serde_json::to_string(&texts[k]).unwrap()
                    )
                })
                .collect();
            if !first {
                out.push(',');
            }
            first = false;
            let _ = write!(out, "\n{name:?}:[{}]", rows.join(",\n"));
        }
        out.push_str("\n}\n");
        std::fs::write(&path, out).unwrap();
        eprintln!("wrote {}", path.display());
        return;
    }
    let fit: Vec<&Example> = examples.iter().collect();
    let model = train(&fit, keys.len());
    let mut entries: Vec<(u32, u8, i16)> = Vec::new();
    for (l, m) in model.iter().enumerate() {
        for (f, &c) in m.iter().enumerate() {
            let w = (c * SCALE).round();
            if w != 0.0 {
                entries.push((keys[f], l as u8, w.clamp(-32767.0, 32767.0) as i16));
            }
        }
    }
    entries.sort_unstable();
    let mut src = String::from(
        "// @generated by `cargo run --release --example train_roles`: do not edit.\n",
    );
    let _ = writeln!(src, "pub(super) const SCALE: f32 = {SCALE:.1};");
    let _ = writeln!(
        src,
        "/// What the weights were trained from (`training_fingerprint` in `tests/scoring`)."
    );
    let _ = writeln!(
        src,
        "pub(super) const TRAINED_ON: u64 = {fingerprint:#018x};"
    );
    let column = |src: &mut String, name: &str, ty: &str, items: Vec<String>| {
        let _ = writeln!(src, "#[rustfmt::skip]");
        let _ = writeln!(src, "pub(super) static {name}: [{ty}; {}] = [", items.len());
        for chunk in items.chunks(16) {
            let _ = writeln!(src, "    {},", chunk.join(", "));
        }
        let _ = writeln!(src, "];");
    };
    column(
        &mut src,
        "KEYS",
        "u32",
        entries.iter().map(|e| e.0.to_string()).collect(),
    );
    column(
        &mut src,
        "LABEL",
        "u8",
        entries.iter().map(|e| e.1.to_string()).collect(),
    );
    column(
        &mut src,
        "WEIGHT",
        "i16",
        entries.iter().map(|e| e.2.to_string()).collect(),
    );
    // Where each run of keys with the same top bits starts: a lookup reads one bucket.
    let buckets: Vec<String> = (0..=1u32 << learned::BUCKET_BITS)
        .map(|b| {
            entries
                .partition_point(|e| u64::from(e.0) >> (32 - learned::BUCKET_BITS) < u64::from(b))
                .to_string()
        })
        .collect();
    column(&mut src, "BUCKETS", "u32", buckets);
    let path = root.join("src/check/learned_weights.rs");
    std::fs::write(&path, src).unwrap();
    eprintln!(
        "{} sentences, {} weights → {}",
        examples.len(),
        entries.len(),
        path.display()
    );
}
