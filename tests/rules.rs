//! Every registered rule has its doc sections and a fixture file with bad and good cases (ruff's
//! style: many small cases in one file). Each rule fires on every bad case and on no good one;
//! what it prints for the bad cases is snapshotted.
//!
//! A fixture file, `tests/fixtures/<rule>.txt`, is a list of cases, each opened by a line
//! `=== bad|good email|phone ja|en [profile=NAME]: what the case shows`, with a profile from
//! `tests/fixtures/profiles/NAME.yaml` for the rules that need one.

mod common;

use std::path::Path;

use retract::check::{self, Facts, Options, RULES};
use retract::model;
use retract::printer::{Format, Printer, Report, Style};
use retract::text::{Lang, Medium};

struct Case {
    bad: bool,
    medium: Medium,
    lang: Lang,
    profile: Option<String>,
    title: String,
    text: String,
}

fn cases(rule: &str) -> Vec<Case> {
    let path = Path::new("tests/fixtures").join(format!("{rule}.txt"));
    let src = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{rule}: no fixture file {}", path.display()));
    let mut out: Vec<Case> = Vec::new();
    for line in src.split_inclusive('\n') {
        if let Some(head) = line.strip_prefix("=== ") {
            let (spec, title) = head.split_once(':').expect("`=== spec: title`");
            let words: Vec<&str> = spec.split_whitespace().collect();
            out.push(Case {
                bad: words[0] == "bad",
                medium: if words[1] == "email" {
                    Medium::Email
                } else {
                    Medium::Phone
                },
                lang: if words[2] == "ja" { Lang::Ja } else { Lang::En },
                profile: words
                    .iter()
                    .find_map(|w| w.strip_prefix("profile="))
                    .map(str::to_owned),
                title: title.trim().to_owned(),
                text: String::new(),
            });
        } else if let Some(case) = out.last_mut() {
            case.text.push_str(line);
        }
    }
    out
}

/// Checks a case; returns the human output of the rule's own findings, or `None` when the
/// rule found nothing.
fn check_case(rule: &str, case: &Case) -> Option<String> {
    let profile = case.profile.as_ref().map(|name| {
        let src = std::fs::read_to_string(format!("tests/fixtures/profiles/{name}.yaml"))
            .expect("fixture profile");
        let case = model::load(
            "profile.yaml",
            src.clone().into_bytes(),
            common::today(),
            &retract::check::rule_ids(),
        )
        .expect("fixture profile is valid");
        (case, src)
    });
    // As `retract check` reads a file: invisible characters taken out first.
    let (text, hidden) = retract::text::normalize(&case.text);
    let facts = Facts {
        case: profile.as_ref().map(|(c, _)| c),
        profile_src: profile.as_ref().map(|(_, s)| s.as_str()),
        now: None,
        hidden: &hidden,
        drafted: false,
    };
    let opts = Options {
        medium: Some(case.medium),
        lang: Some(case.lang),
        ..Options::default()
    };
    let mut checked = check::check(&text, &opts, &facts);
    checked.diagnostics.retain(|d| d.rule == rule);
    if checked.diagnostics.is_empty() {
        return None;
    }
    let style = Style {
        format: Format::Human,
        color: false,
        quiet: false,
        summary: false,
        explain: false,
    };
    let mut printer = Printer::new(Vec::new(), style);
    printer
        .report(&Report {
            path: "case.txt",
            checked: &checked,
            profile: profile.as_ref().map(|(_, s)| ("profile.yaml", s.as_str())),
            sources: &[],
        })
        .unwrap();
    Some(String::from_utf8(printer.into_inner()).unwrap())
}

#[test]
fn every_rule_has_docs_and_both_kinds_of_case() {
    for rule in RULES {
        assert!(
            rule.doc().contains("## What it checks"),
            "{} has no explanation",
            rule.id
        );
        let cases = cases(rule.id);
        assert!(cases.iter().any(|c| c.bad), "{}: no bad case", rule.id);
        assert!(cases.iter().any(|c| !c.bad), "{}: no good case", rule.id);
    }
}

#[test]
fn rules_fire_on_bad_cases_only_and_print_what_they_found() {
    for rule in RULES {
        let mut shown = String::new();
        for case in cases(rule.id) {
            let found = check_case(rule.id, &case);
            match (case.bad, found) {
                (true, Some(out)) => {
                    shown.push_str(&format!("=== {}\n{out}", case.title));
                }
                (true, None) => panic!("{} did not fire on: {}", rule.id, case.title),
                (false, Some(out)) => {
                    panic!("{} fired on a good case ({}):\n{out}", rule.id, case.title)
                }
                (false, None) => {}
            }
        }
        insta::assert_snapshot!(rule.id, shown);
    }
}

#[test]
fn rule_docs_name_the_rule_and_its_severities() {
    for rule in RULES {
        let first = rule.doc().lines().next().unwrap_or_default().to_owned();
        assert!(
            first.contains(rule.id),
            "{}: doc title is {first:?}",
            rule.id
        );
        assert!(
            first.contains(&rule.severity_label()),
            "{}: doc title lacks its severities ({})",
            rule.id,
            rule.severity_label()
        );
    }
}

#[test]
fn fixture_files_belong_to_rules() {
    for entry in std::fs::read_dir("tests/fixtures").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            assert!(
                check::rules::find(&stem).is_some(),
                "{} names no rule",
                path.display()
            );
        }
    }
}
