//! The learned reading of sentences: its labels still match the letters they were given for,
//! and its committed weights read sentences it never saw the way an advisor would.

use retract::check::learned::Label;
use retract::check::{self, Facts, Options, Reading, Role, Severity};
use retract::text::Medium;

#[path = "scoring/mod.rs"]
#[allow(dead_code)]
mod scoring;

fn read<'a>(text: &'a str, medium: Medium) -> Reading<'a> {
    let opts = Options {
        medium: Some(medium),
        ..Options::default()
    };
    check::read(text, &opts, &Facts::default())
}

/// `roles.tsv` numbers sentences as the checker splits them. If the splitter changes, the
/// labels would silently move to other sentences and the model would be retrained on nonsense.
#[test]
fn sentence_labels_still_point_at_their_sentences() {
    let dir = scoring::dir();
    let metas = scoring::labels();
    let mut moved = Vec::new();
    for (name, rows) in &scoring::roles() {
        let meta = metas
            .get(name)
            .unwrap_or_else(|| panic!("roles.tsv names {name}, which labels.yaml does not"));
        assert_ne!(
            meta.split, "test",
            "{name}: test letters are never labelled"
        );
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let r = check::read(&text, &meta.options(), &Facts::default());
        for (i, (codes, said)) in rows {
            for c in codes.split(',') {
                assert!(
                    c.chars().count() == 1 && Label::from_code(c.chars().next().unwrap()).is_some(),
                    "{name} sentence {i}: unknown code {c:?}"
                );
            }
            if *i >= r.sentences.len() || r.text_of(*i) != *said {
                moved.push(format!("{name} sentence {i}: {said}"));
            }
        }
    }
    assert!(
        moved.is_empty(),
        "{} labelled sentences no longer match the letters' sentences, e.g. {:?}",
        moved.len(),
        &moved[..moved.len().min(5)]
    );
}

/// Polite pressure in words no cue holds is still reported, from the learned reading, as a
/// warning on its sentence. A draft just rendered is not read for it.
#[test]
fn pressure_no_cue_holds_is_a_learned_warning() {
    let name = "w6-044.en.email.txt";
    let meta = &scoring::labels()[name];
    let text = std::fs::read_to_string(scoring::dir().join(name)).unwrap();
    let r = check::read(&text, &meta.options(), &Facts::default());
    assert!(
        r.with_role(Role::Pressure).next().is_none(),
        "a cue finds the pressure in {name}"
    );
    let checked = check::check(&text, &meta.options(), &Facts::default());
    let found: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.rule == "no-pressure")
        .collect();
    assert_eq!(found.len(), 1, "{name}");
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(
        text[found[0].span.clone()].contains("stronger than anyone else"),
        "{}",
        &text[found[0].span.clone()]
    );
    let drafted = Facts {
        drafted: true,
        ..Facts::default()
    };
    let checked = check::check(&text, &meta.options(), &drafted);
    assert!(!checked.diagnostics.iter().any(|d| d.rule == "no-pressure"));
}

/// The score of `label` on the one sentence of `text`.
fn score(text: &str, label: Label) -> f32 {
    let r = read(text, Medium::Email);
    assert_eq!(r.sentences.len(), 1, "{text}");
    r.learned()[0].of(label)
}

#[test]
fn unseen_sentences_are_read_as_an_advisor_would() {
    let cases: &[(&str, Label)] = &[
        (
            "ご判断がどのようなものになりましても、謹んで従う所存でございます。",
            Label::Acceptance,
        ),
        (
            "Should the answer be no, I will accept it without any complaint.",
            Label::Acceptance,
        ),
        (
            "私の辞退のために、面接の日程を組み直していただくなど、採用のご予定を乱してしまい、申し訳ございません。",
            Label::ApologyForDisruption,
        ),
        (
            "I am sorry that my withdrawal forced your team to reopen interviews.",
            Label::ApologyForDisruption,
        ),
        (
            "辞退を撤回し、改めて入社させていただけないでしょうか。",
            Label::Request,
        ),
    ];
    for (text, label) in cases {
        let p = score(text, *label);
        assert!(p > 0.5, "{text}: {} scored {p:.2}", label.name());
    }
    // Small talk carries none of the advisor's roles: nothing near the score at which a
    // finding would be withdrawn. (A time word alone, "this week", lifts concrete-regret in
    // English, well short of that.)
    for text in [
        "本日は晴天に恵まれております。",
        "The weather has been mild this week.",
    ] {
        let r = read(text, Medium::Email);
        for label in Label::ALL {
            let p = r.learned()[0].of(label);
            assert!(p < label.sure(), "{text}: {} scored {p:.2}", label.name());
        }
    }
    let r = read("本日は晴天に恵まれております。", Medium::Email);
    for label in Label::ALL {
        let p = r.learned()[0].of(label);
        assert!(p < 0.5, "small talk: {} scored {p:.2}", label.name());
    }
}

/// `--format json --explain` carries each sentence's learned labels beside its roles.
#[test]
fn explain_json_shows_the_learned_labels() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.txt");
    std::fs::write(
        &path,
        "お世話になっております。\nいかなるご判断であっても、真摯に受け止める所存です。\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["check", "--format", "json", "--explain"])
        .arg(&path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sentences = json["files"][0]["sentences"].as_array().unwrap();
    let learned = &sentences[1]["learned"];
    let acceptance = learned
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["label"] == "acceptance")
        .unwrap_or_else(|| panic!("no acceptance in {learned}"));
    assert!(acceptance["score"].as_f64().unwrap() >= 0.5);
    assert_eq!(sentences[0]["learned"], serde_json::json!([]));
}

/// The committed weights are what the trainer gives for the labels, letters, reader and
/// trainer in the repository: a change to any of them that moves what the model is trained on
/// must come with retrained weights.
#[test]
fn the_weights_are_trained_from_the_letters_and_labels_as_they_are() {
    let now = scoring::training_fingerprint(&scoring::training_sentences(false));
    assert_eq!(
        now,
        retract::check::learned::TRAINED_ON,
        "src/check/learned_weights.rs was trained from other sentences or labels: run \
         `cargo run --release --example train_roles`"
    );
}
