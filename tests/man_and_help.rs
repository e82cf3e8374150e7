//! The man pages and `--help`: every page the main page names exists, and each says how the
//! command exits, what the environment changes and how it is used.

use std::process::{Command, Output};

fn retract(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `retract-draft(1)`, … as named in a page (roff escapes the hyphen).
fn referenced_pages(page: &str) -> Vec<String> {
    let text = page.replace("\\-", "-");
    let mut names: Vec<String> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '(' || c == ')'))
        .filter_map(|w| w.strip_suffix("(1)"))
        .filter(|w| w.starts_with("retract-"))
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn every_page_the_main_page_lists_exists() {
    let main = stdout(&retract(&["man"]));
    assert!(main.contains(".TH retract 1"), "{main}");
    let pages = referenced_pages(&main);
    assert!(pages.len() >= 11, "{pages:?}");
    for name in pages {
        let o = retract(&["man", name.trim_start_matches("retract-")]);
        assert_eq!(o.status.code(), Some(0), "{name}");
        let page = stdout(&o);
        assert!(page.contains(&format!(".TH {name} 1")), "{name}: {page}");
    }
}

#[test]
fn each_page_has_exit_status_environment_and_examples() {
    for page in ["", "draft", "check", "templates-export"] {
        let args: Vec<&str> = if page.is_empty() {
            vec!["man"]
        } else {
            vec!["man", page]
        };
        let text = stdout(&retract(&args));
        for section in [
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH EXAMPLES",
            "NO_COLOR",
            "RETRACT_TODAY",
        ] {
            assert!(text.contains(section), "{page}: {section} missing");
        }
    }
    let draft = stdout(&retract(&["man", "draft"]));
    assert!(draft.contains("retract draft \\-\\-format eml"), "{draft}");
}

#[test]
fn man_dir_writes_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let o = retract(&["man", "--dir", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let main = std::fs::read_to_string(dir.path().join("retract.1")).unwrap();
    for name in referenced_pages(&main) {
        assert!(dir.path().join(format!("{name}.1")).exists(), "{name}.1");
    }
    let o = retract(&["man", "drat"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("did you mean `draft`?"));
}

#[test]
fn help_describes_each_format_and_shows_examples() {
    let draft = stdout(&retract(&["draft", "--help"]));
    for needle in [
        "text:",
        "eml:",
        "mailto:",
        "body:",
        "Examples:",
        "retract draft --format eml profile.yaml | msmtp -t",
    ] {
        assert!(draft.contains(needle), "{needle}: {draft}");
    }
    let check = stdout(&retract(&["check", "--help"]));
    assert!(
        check.contains("human:") && check.contains("json:"),
        "{check}"
    );
    assert!(check.contains("Examples:"), "{check}");
    for sub in [
        "phone-script",
        "followup",
        "rules",
        "rule",
        "next",
        "init",
        "completions",
        "man",
    ] {
        let help = stdout(&retract(&[sub, "--help"]));
        assert!(help.contains("Examples:\n  retract "), "{sub}: {help}");
    }
}

#[test]
fn rule_ids_complete_in_the_shell() {
    let bash = stdout(&retract(&["completions", "bash"]));
    for id in ["honorific-medium", "ra-nuki", "commitment"] {
        assert!(bash.contains(id), "{id} not offered");
    }
    // Any text is still accepted, for a message that suggests the nearest id.
    let o = retract(&["rule", "honorific-medum"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("did you mean `honorific-medium`?"));
}
