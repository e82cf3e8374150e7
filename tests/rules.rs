//! Every registered rule has docs and fixtures; each fires on its bad fixtures and stays silent
//! on its good ones. The human output for every bad fixture is snapshotted.

mod common;

use std::path::{Path, PathBuf};

use retract::app::Report;
use retract::check::{self, Facts, Options, RULES};
use retract::model;

fn fixtures(rule: &str) -> Vec<PathBuf> {
    let dir = Path::new("tests/fixtures").join(rule);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("{rule}: no fixture folder {}", dir.display()))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

/// Checks one fixture, with `<stem>.profile.yaml` beside it when present.
fn check_fixture(path: &Path) -> Report {
    let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let stem = name.split('.').next().unwrap();
    let profile_path = path.with_file_name(format!("{stem}.profile.yaml"));
    let profile = profile_path.exists().then(|| {
        let src = std::fs::read_to_string(&profile_path).unwrap();
        let case = model::load("profile.yaml", src.clone().into_bytes(), common::today())
            .expect("fixture profile is valid");
        (case, src)
    });
    let facts = Facts {
        case: profile.as_ref().map(|(c, _)| c),
        profile_src: profile.as_ref().map(|(_, s)| s.as_str()),
        now: None,
    };
    let checked = check::check(&text, &Options::default(), &facts);
    Report {
        path: name,
        text,
        profile: profile
            .as_ref()
            .map(|(_, s)| ("profile.yaml".to_owned(), s.clone())),
        checked,
    }
}

#[test]
fn every_rule_has_docs_and_both_kinds_of_fixture() {
    for rule in RULES {
        assert!(
            rule.doc().contains("## What it checks"),
            "{} has no explanation",
            rule.id
        );
        let files = fixtures(rule.id);
        let name = |p: &PathBuf| p.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            files.iter().any(|p| name(p).starts_with("bad")),
            "{}: no bad fixture",
            rule.id
        );
        assert!(
            files.iter().any(|p| name(p).starts_with("good")),
            "{}: no good fixture",
            rule.id
        );
    }
}

#[test]
fn rules_fire_on_bad_fixtures_and_not_on_good_ones() {
    for rule in RULES {
        for path in fixtures(rule.id) {
            let report = check_fixture(&path);
            let fired = report.checked.diagnostics.iter().any(|d| d.rule == rule.id);
            let name = path.file_name().unwrap().to_string_lossy();
            if name.starts_with("bad") {
                assert!(fired, "{} did not fire on {}", rule.id, path.display());
            } else {
                assert!(
                    !fired,
                    "{} fired on {}:\n{:#?}",
                    rule.id,
                    path.display(),
                    report.checked.diagnostics
                );
            }
        }
    }
}

#[test]
fn bad_fixture_diagnostics_snapshot() {
    for rule in RULES {
        for path in fixtures(rule.id) {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.starts_with("bad") {
                continue;
            }
            let report = check_fixture(&path);
            let only_this_rule = {
                let mut r = report.clone();
                r.checked.diagnostics.retain(|d| d.rule == rule.id);
                r
            };
            let human = retract::printer::human(&[only_this_rule], false, true);
            insta::assert_snapshot!(
                format!("{}__{}", rule.id, name.trim_end_matches(".txt")),
                human
            );
        }
    }
}

#[test]
fn rule_docs_name_the_rule_and_severity() {
    for rule in RULES {
        let first = rule.doc().lines().next().unwrap_or_default().to_owned();
        assert!(
            first.contains(rule.id),
            "{}: doc title is {first:?}",
            rule.id
        );
        assert!(
            first.contains(rule.severity.as_str()),
            "{}: doc title lacks severity",
            rule.id
        );
    }
}
