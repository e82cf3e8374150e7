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

#[path = "../tests/scoring/mod.rs"]
mod scoring;

use scoring::{ratio, Count, ADVISOR};

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
    let splits = scoring::score(show.as_deref());
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
