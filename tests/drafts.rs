//! Snapshots of every rendered output (example × kind × language), and the promise that the
//! tool's own drafts pass its own check with no warning.

mod common;

use retract::app::EXIT_OK;
use retract::check::Severity;

const OUTPUTS: &[(&str, &[&str])] = &[
    ("draft", &["draft"]),
    ("phone-script", &["phone-script"]),
    ("followup-accepted", &["followup", "--outcome", "accepted"]),
    ("followup-declined", &["followup", "--outcome", "declined"]),
    ("followup-absent", &["followup", "--outcome", "absent"]),
];

/// Exit 0 and nothing worse than a note: the tool's own drafts pass its own check.
fn assert_passes(out: &common::Out, what: &str) {
    let shown = || out.shown();
    assert_eq!(out.status, EXIT_OK, "{what} exits non-zero:\n{}", shown());
    let worst = out.findings().map(|(_, s, _)| *s).max();
    assert!(
        worst.is_none_or(|s| s < Severity::Warning),
        "{what} does not pass its own check:\n{}",
        shown()
    );
}

#[test]
fn every_output_for_both_examples() {
    for (profile, lang) in [
        ("examples/profile.yaml", "ja"),
        ("examples/profile.en.yaml", "en"),
    ] {
        for (name, args) in OUTPUTS {
            let mut argv: Vec<&str> = args.to_vec();
            argv.push(profile);
            let out = common::run(&argv).unwrap_or_else(|e| panic!("{name} {profile}: {e}"));
            assert_passes(&out, &format!("{name} {profile}"));
            let text = out.stdout.expect("a draft on stdout");
            // The student saves the draft and checks it later: `retract check` then knows only
            // the text, and must still find nothing to warn about.
            let dir = tempfile::tempdir().unwrap();
            let saved = dir.path().join("draft.txt");
            std::fs::write(&saved, &text).unwrap();
            let rechecked = common::run(&["check", saved.to_str().unwrap()]).unwrap();
            assert_passes(
                &rechecked,
                &format!("{name} {profile}, saved and checked on its own,"),
            );
            insta::assert_snapshot!(format!("{name}.{lang}"), text);
        }
    }
}

#[test]
fn profile_text_is_never_evaluated_as_a_template() {
    let src = std::fs::read_to_string("examples/profile.yaml")
        .unwrap()
        .replace(
            "他社からいただいていた内定は、すでにすべて辞退いたしました。",
            "{{ applicant.name }} <b>他社の内定は辞退しました</b> {% raw %}",
        );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.yaml");
    std::fs::write(&path, src).unwrap();
    let out = common::run(&["draft", path.to_str().unwrap()]).unwrap();
    let text = out.stdout.unwrap();
    assert!(
        text.contains("{{ applicant.name }} <b>他社の内定は辞退しました</b> {% raw %}"),
        "{text}"
    );
}

#[test]
fn japanese_email_lines_stay_readable() {
    let out = common::run(&["draft", "examples/profile.yaml"]).unwrap();
    let text = out.stdout.unwrap();
    for line in text.lines().skip(3) {
        let width = retract::text::wrap::columns(line);
        assert!(width <= 80, "line too wide ({width} columns): {line}");
    }
}
