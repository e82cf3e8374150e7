//! Limits, hostile input and customisation: nothing here may panic, hang or write a file.

mod common;

use std::process::{Command, Stdio};

fn retract(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["--today", "2026-11-24"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn yaml_alias_bomb_is_refused_quickly() {
    let mut src = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (i, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        src.push_str(&format!(
            "{i}: &{i} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bomb.yaml");
    std::fs::write(&path, src).unwrap();
    let start = std::time::Instant::now();
    let o = retract(&["draft", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with("error: ") && err.contains("bomb.yaml"),
        "{err}"
    );
    // Generous bound: the point is that it does not expand 9^9 nodes.
    assert!(start.elapsed().as_secs() < 20);
}

#[test]
fn deep_nesting_is_refused() {
    let src = format!("applicant: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.yaml");
    std::fs::write(&path, src).unwrap();
    let o = retract(&["draft", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("error: "));
}

#[test]
fn inputs_over_one_mebibyte_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    std::fs::write(&path, "あ".repeat(400_000)).unwrap();
    for cmd in ["check", "draft"] {
        let o = retract(&[cmd, path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "{cmd}");
        assert!(o.stdout.is_empty());
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("at most 1 MiB"),
            "{cmd}"
        );
    }
}

#[test]
fn user_templates_replace_builtins_file_by_file() {
    let dir = tempfile::tempdir().unwrap();
    let o = retract(&["templates", "export", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(dir.path().join("email.ja.txt").exists() && dir.path().join("phone.en.txt").exists());
    // Keep only a custom email template; the phone script falls back to the built-in one.
    for e in std::fs::read_dir(dir.path()).unwrap() {
        std::fs::remove_file(e.unwrap().path()).unwrap();
    }
    let custom = std::fs::read_to_string("templates/email.ja.txt")
        .unwrap()
        .replace(
            "何卒よろしくお願い申し上げます。",
            "何卒よろしくお願い申し上げます。\n（自作テンプレート）",
        );
    std::fs::write(dir.path().join("email.ja.txt"), custom).unwrap();
    let t = dir.path().to_str().unwrap();
    let email = retract(&["draft", "--templates", t, "examples/profile.yaml"]);
    assert!(String::from_utf8_lossy(&email.stdout).contains("（自作テンプレート）"));
    let phone = retract(&["phone-script", "--templates", t, "examples/profile.yaml"]);
    assert_eq!(phone.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&phone.stdout).starts_with("電話の台本"));
}

#[test]
fn broken_user_template_reports_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("email.ja.txt"),
        "To: {{ to }}\nSubject: x\n\n{% if called %}\n本文\n",
    )
    .unwrap();
    let o = retract(&[
        "draft",
        "--templates",
        dir.path().to_str().unwrap(),
        "examples/profile.yaml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("email.ja.txt"), "{err}");
    assert!(err.contains("error: template"), "{err}");
}

#[test]
fn profile_can_switch_rules_off() {
    let src = std::fs::read_to_string("examples/profile.yaml")
        .unwrap()
        .replace(
            "  commitment: |\n    他社からいただいていた内定は、すでにすべて辞退いたしました。\n",
            "",
        );
    let dir = tempfile::tempdir().unwrap();
    let p1 = dir.path().join("a.yaml");
    std::fs::write(&p1, &src).unwrap();
    let p2 = dir.path().join("b.yaml");
    std::fs::write(&p2, format!("{src}check:\n  ignore: [commitment]\n")).unwrap();
    let with = retract(&["draft", p1.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&with.stderr).contains("info[commitment]"));
    let without = retract(&["draft", p2.to_str().unwrap()]);
    assert!(!String::from_utf8_lossy(&without.stderr).contains("commitment"));
    let p3 = dir.path().join("c.yaml");
    std::fs::write(&p3, format!("{src}check:\n  ignore: [comitment]\n")).unwrap();
    let bad = retract(&["draft", p3.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("check.ignore"));
}

#[test]
fn quiet_hides_warnings_but_not_errors() {
    let o = retract(&["--quiet", "check", "tests/inputs/edited.txt"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("error[honorific-medium]"));
    assert!(!out.contains("warning["));
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let o = retract(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        assert!(
            String::from_utf8_lossy(&o.stdout).contains("phone-script"),
            "{shell}"
        );
    }
    let man = retract(&["man"]);
    let page = String::from_utf8_lossy(&man.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH retract"),
        "{page}"
    );
}

#[test]
fn color_only_when_asked_or_on_a_terminal() {
    let plain = retract(&["check", "tests/inputs/edited.txt"]);
    assert!(!String::from_utf8_lossy(&plain.stdout).contains('\x1b'));
    let forced = retract(&["--color", "always", "check", "tests/inputs/edited.txt"]);
    assert!(String::from_utf8_lossy(&forced.stdout).contains('\x1b'));
}

fn draft_with_template(template: &str) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("email.ja.txt"), template).unwrap();
    retract(&[
        "draft",
        "--templates",
        dir.path().to_str().unwrap(),
        "examples/profile.yaml",
    ])
}

fn assert_template_refused(o: &std::process::Output, needle: &str) {
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(o.stdout.is_empty());
    assert!(err.starts_with("error: template"), "{err}");
    assert!(
        err.contains("email.ja.txt") && err.contains(needle),
        "{err}"
    );
}

#[test]
fn nested_range_loops_in_a_template_end_with_an_error() {
    let o = draft_with_template(
        "Subject: x\n\n{% for i in range(end=100000) %}{% for j in range(end=100000) %}\
         {% endfor %}{% endfor %}\n",
    );
    assert_template_refused(&o, "range() calls");
}

#[test]
fn a_template_that_writes_without_end_is_stopped() {
    let o = draft_with_template(
        "Subject: x\n\n{% for i in range(end=100000) %}{{ reasons.regret }}{{ reasons.regret }}\
         {{ reasons.regret }}{{ reasons.regret }}{% endfor %}\n",
    );
    assert_template_refused(&o, "writes more than 2 MiB");
}

#[test]
fn a_template_looping_without_output_is_stopped() {
    // Five levels: far past the deadline in a debug or an optimized build.
    let loops = "{% for a in reasons.regret %}{% for b in reasons.regret %}\
                 {% for c in reasons.regret %}{% for d in reasons.regret %}\
                 {% for e in reasons.regret %}\
                 {% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}";
    let o = draft_with_template(&format!("Subject: x\n\n{loops}\n"));
    assert_template_refused(&o, "longer than 5 seconds");
}
