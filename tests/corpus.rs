//! The regression corpus: letters written in students' own words, good and flawed. Each flawed
//! letter must raise exactly the rules listed in the manifest; the good ones must raise nothing.

use std::collections::BTreeSet;

use retract::check::{self, Facts, Options};
use retract::model::Lang;
use retract::render::Kind;

#[test]
fn corpus_raises_exactly_the_expected_rules() {
    let manifest = std::fs::read_to_string("tests/corpus/manifest.tsv").expect("manifest");
    let mut failures = Vec::new();
    let mut good = 0;
    for line in manifest.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (file, kind, lang) = (cols[0], cols[1], cols[2]);
        let expect: BTreeSet<&str> = cols
            .get(3)
            .map_or("", |s| s)
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let text = std::fs::read_to_string(format!("tests/corpus/{file}")).expect("letter");
        // Detection is part of what is tested: the kind and language are not passed in.
        let checked = check::check(
            &text,
            &Options::default(),
            &Facts {
                case: None,
                profile_src: None,
                now: None,
            },
        );
        let want_kind = if kind == "email" {
            Kind::Email
        } else {
            Kind::Phone
        };
        let want_lang = if lang == "ja" { Lang::Ja } else { Lang::En };
        if checked.kind != want_kind || checked.lang != want_lang {
            failures.push(format!(
                "{file}: detected {:?}/{:?}",
                checked.kind, checked.lang
            ));
        }
        let got: BTreeSet<&str> = checked.diagnostics.iter().map(|d| d.rule).collect();
        if got != expect {
            failures.push(format!("{file}: expected {expect:?}, got {got:?}"));
        }
        good += usize::from(expect.is_empty());
    }
    assert!(
        good >= 20,
        "the corpus should keep at least 20 good letters, has {good}"
    );
    assert!(
        failures.is_empty(),
        "corpus mismatches:\n{}",
        failures.join("\n")
    );
}
