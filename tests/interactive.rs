//! `retract init --interactive`, driven through a real pseudo-terminal (Unix only: there is
//! no pseudo-terminal to drive on Windows).
#![cfg(unix)]

use std::process::Command;

#[test]
fn interactive_init_writes_a_profile_that_drafts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.yaml");
    let cmd = format!(
        "{} --today 2026-11-24 init --interactive --lang en {}",
        env!("CARGO_BIN_EXE_retract"),
        path.display()
    );
    let mut p = rexpect::spawn(&cmd, Some(20_000)).expect("spawns in a pty");
    let answers = [
        ("Your full name", "Mei Lin"),
        ("University", "Toto University"),
        ("Faculty", ""),
        ("Year", ""),
        // A mistyped answer is caught at once and the question asked again.
        ("Phone number", "call me"),
        ("not a phone number", "+81 90-8765-4321"),
        ("Email address", "mei.lin@"),
        ("not a valid email address", "mei.lin@example.ac.jp"),
        ("legal name", "Aozora Mobility Inc."),
        ("Department", "Talent Acquisition"),
        ("Company's main phone number", "+81 3-1234-0000"),
        ("Recruiter, as you address them", "Ms. Chen"),
        ("Recruiter's email", "e.chen@example.com"),
        ("Recruiter's direct phone number", ""),
        ("The day you declined", "2026-02-30"),
        ("not a real date", "2026-11-22"),
        ("The day you phoned", "2026-11-24"),
        (
            "What happened after you declined",
            "The day after I declined, I spent the afternoon calibrating the lidar rig for my thesis and saw that this is the work your perception team does every day.",
        ),
        (
            "Why it must be this company",
            "Aozora is the only company I interviewed with that builds its own perception stack for small autonomous buses.",
        ),
        ("If true", "I have already withdrawn from the other offer."),
    ];
    for (prompt, answer) in answers {
        p.exp_string(prompt)
            .unwrap_or_else(|e| panic!("prompt {prompt:?}: {e}"));
        p.send_line(answer).unwrap();
    }
    p.exp_eof().unwrap();
    let written = std::fs::read_to_string(&path).expect("profile written");
    assert!(written.contains("name: Mei Lin"), "{written}");
    assert!(written.contains("phone: +81 3-1234-0000"), "{written}");
    assert!(written.contains("# required"), "comments are kept");
    let out = Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["--today", "2026-11-24", "draft"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout)
        .starts_with("To: \"Ms. Chen, Aozora Mobility Inc.\" <e.chen@example.com>"));
}

#[test]
fn interactive_without_a_terminal_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.yaml");
    let out = Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["init", "--interactive"])
        .arg(&path)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
    assert!(!path.exists());
}
