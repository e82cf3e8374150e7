//! Many letters are checked through the lexicon (every phrase list in one automaton); one letter
//! is checked pattern by pattern. Both must find exactly the same things.

use std::path::{Path, PathBuf};
use std::process::Command;

use retract::check;

fn texts() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![
        PathBuf::from("tests/corpus"),
        PathBuf::from("tests/fixtures"),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("test data") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn lexicon_scan_finds_what_each_pattern_finds() {
    let lexicon = check::lexicon();
    let mut compared = 0;
    for path in texts() {
        let text = std::fs::read_to_string(&path).expect("UTF-8 test text");
        let scans: Vec<_> = (0..check::phrase::GROUPS)
            .map(|g| {
                lexicon
                    .patterns()
                    .any(|(_, s)| s.group == g)
                    .then(|| lexicon.scan(g, &text))
            })
            .collect();
        for (pattern, slot) in lexicon.patterns() {
            let alone: Vec<_> = pattern.find_iter(&text).iter().map(|m| m.range()).collect();
            let together = &scans[slot.group].as_ref().expect("scanned")[slot.index];
            assert_eq!(together, &alone, "{}: slot {slot:?}", path.display());
            compared += alone.len();
        }
    }
    assert!(
        compared > 100,
        "the texts should hold many matches, found {compared}"
    );
}

fn check_json(files: &[&Path]) -> Vec<serde_json::Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["check", "--format", "json"])
        .args(files)
        .output()
        .expect("retract runs");
    assert!(out.status.code().is_some_and(|c| c <= 1), "{out:?}");
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

#[test]
fn many_letters_at_once_get_the_diagnostics_each_gets_alone() {
    let paths: Vec<PathBuf> = texts()
        .into_iter()
        .filter(|p| p.starts_with("tests/corpus"))
        .collect();
    let files: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    // Enough files for `check` to switch to the lexicon.
    assert!(files.len() >= retract::app::BULK_FROM);
    let together = check_json(&files);
    let alone: Vec<_> = files.iter().flat_map(|f| check_json(&[f])).collect();
    assert!(!alone.is_empty());
    assert_eq!(together, alone);
}
