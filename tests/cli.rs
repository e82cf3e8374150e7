//! The binary end to end: every class of bad input exits 2 with one message naming the file,
//! the field and the line, prints nothing on stdout and writes no file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const EXAMPLE: &str = "examples/profile.yaml";

fn retract(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["--today", "2026-11-24"])
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of the example profile with one edit, in a fresh folder.
fn profile_with(edit: impl FnOnce(String) -> String) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.yaml");
    let src = std::fs::read_to_string(EXAMPLE).unwrap();
    std::fs::write(&path, edit(src)).unwrap();
    (dir, path)
}

fn file_with(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.yaml");
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

/// Exit 2, nothing on stdout, a single `error:` message that contains every `needle`.
fn assert_bad_input(o: &Output, needles: &[&str]) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "stderr: {err}");
    assert!(
        o.stdout.is_empty(),
        "stdout should be empty, got {}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(err.starts_with("error: "), "stderr: {err}");
    assert_eq!(err.matches("error:").count(), 1, "one message only: {err}");
    assert!(!err.contains("panicked"), "{err}");
    for n in needles {
        assert!(err.contains(n), "{n:?} not in: {err}");
    }
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn missing_field_names_field_and_line() {
    let (_d, path) = profile_with(|s| s.replace("  email: taro.yamada@toto-u.example.ac.jp\n", ""));
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(
        &o,
        &["profile.yaml:4:", "applicant.email", "必須の項目が空です"],
    );
}

#[test]
fn typo_key_suggests_the_right_one() {
    let (_d, path) = profile_with(|s| s.replace("  university:", "  univercity:"));
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(
        &o,
        &[
            "profile.yaml:7:",
            "applicant.univercity",
            "`university` の書き間違いではありませんか？",
        ],
    );
}

#[test]
fn impossible_date() {
    let (_d, path) =
        profile_with(|s| s.replace("declined_on: 2026-11-22", "declined_on: 2026-02-30"));
    let o = retract(&["phone-script", p(&path)]);
    assert_bad_input(
        &o,
        &[
            "profile.yaml:26:",
            "timeline.declined_on",
            "実在する日付ではありません",
        ],
    );
}

#[test]
fn future_date() {
    let (_d, path) = profile_with(|s| s.replace("called_on: 2026-11-24", "called_on: 2026-12-01"));
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(
        &o,
        &["profile.yaml:27:", "timeline.called_on", "未来の日付"],
    );
}

#[test]
fn call_before_decline() {
    let (_d, path) = profile_with(|s| s.replace("called_on: 2026-11-24", "called_on: 2026-11-20"));
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(
        &o,
        &[
            "profile.yaml:27:",
            "timeline.called_on",
            "辞退の日（2026-11-22）より前",
        ],
    );
}

#[test]
fn yaml_syntax_error() {
    let (_d, path) = profile_with(|s| s.replace("  name: 山田 太郎", "  name: \"山田 太郎"));
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["profile.yaml:11:", "YAML の書き方に誤り", "字下げ"]);
    assert!(!stderr(&o).contains("column"), "{}", stderr(&o));
}

#[test]
fn empty_file() {
    let (_d, path) = file_with(b"# nothing yet\n\n");
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["profile.yaml", "空です", "retract init"]);
}

#[test]
fn non_utf8_file() {
    // 山田 in Shift_JIS.
    let (_d, path) = file_with(b"applicant:\n  name: \x8eR\x93c\n");
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(
        &o,
        &[
            "profile.yaml:2",
            "UTF-8 のテキストではありません",
            "保存し直します",
        ],
    );
    let (_d, path) = file_with(b"language: en\napplicant:\n  name: \x8eR\x93c\n");
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["profile.yaml:3", "not UTF-8", "save it as UTF-8"]);
}

#[test]
fn binary_file() {
    let (_d, path) = file_with(b"\x00\x01\x02ELF\x00");
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["profile.yaml", "バイナリ"]);
}

#[test]
fn unreadable_paths() {
    let o = retract(&["draft", "no/such/profile.yaml"]);
    assert_bad_input(&o, &["cannot read no/such/profile.yaml", "caused by:"]);
    let dir = tempfile::tempdir().unwrap();
    let o = retract(&["draft", p(dir.path())]);
    assert_bad_input(&o, &["is a directory"]);
}

#[test]
fn wrong_types() {
    let (_d, path) = profile_with(|s| s.replace("  name: 山田 太郎", "  name: [山田, 太郎]"));
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(
        &o,
        &[
            "profile.yaml:5:",
            "applicant.name",
            "1つの値（文字列）",
            "リスト",
        ],
    );
    let (_d, path) = profile_with(|s| s.replace("applicant:\n", "applicant: 山田\nx:\n"));
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["profile.yaml:"]);
}

#[test]
fn phone_number_read_as_a_number() {
    let (_d, path) =
        profile_with(|s| s.replace("phone: \"090-1234-5678\"", "phone: +819012345678"));
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["profile.yaml:11:", "applicant.phone", "引用符"]);
    // What YAML made of the number is not offered back as the number to write.
    assert!(!stderr(&o).contains("819012345678"), "{}", stderr(&o));
}

#[test]
fn line_break_in_a_header_field_is_rejected() {
    let (_d, path) = profile_with(|s| {
        s.replace(
            "    email: saiyo@hokuto-seiki.example.co.jp\n",
            "    email: \"saiyo@hokuto-seiki.example.co.jp\\nBcc: victim@example.com\"\n",
        )
    });
    for format in ["text", "eml", "mailto"] {
        let o = retract(&["draft", "--format", format, p(&path)]);
        assert_bad_input(&o, &["company.contact.email", "改行"]);
    }
}

#[test]
fn eml_needs_a_recipient() {
    let (_d, path) =
        profile_with(|s| s.replace("    email: saiyo@hokuto-seiki.example.co.jp\n", ""));
    let o = retract(&["draft", "--format", "eml", p(&path)]);
    assert_bad_input(&o, &["company.contact.email", "--format eml"]);
}

#[test]
fn unknown_rule_in_ignore() {
    let o = retract(&["check", "--ignore", "honorific", "tests/inputs/edited.txt"]);
    assert_bad_input(&o, &["unknown rule `honorific`"]);
    let o = retract(&["rule", "ra-nuky"]);
    assert_bad_input(&o, &["did you mean `ra-nuki`?"]);
}

#[test]
fn init_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.yaml");
    let o = retract(&["init", p(&path)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let first = std::fs::read_to_string(&path).unwrap();
    assert!(first.contains("applicant:"));
    std::fs::write(&path, "mine").unwrap();
    let o = retract(&["init", "--lang", "en", p(&path)]);
    assert_bad_input(&o, &["already exists"]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    // The starter profile itself is reported as incomplete, not accepted with blanks, and
    // every field still to fill in is named in one run.
    std::fs::write(&path, first).unwrap();
    let o = retract(&["draft", p(&path)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    for field in [
        "applicant.name",
        "applicant.university",
        "applicant.phone",
        "applicant.email",
        "company.name",
        "timeline.declined_on",
        "reasons.regret",
        "reasons.why_this_company",
    ] {
        assert!(
            err.contains(&format!(": {field}: 必須の項目が空です")),
            "{field}: {err}"
        );
    }
    assert_eq!(err.matches("error: ").count(), 8, "{err}");
}

#[test]
fn output_file_is_written_once_and_not_replaced_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("draft.txt");
    let o = retract(&["draft", EXAMPLE, "-o", p(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("To: "));
    let o = retract(&["draft", EXAMPLE, "-o", p(&out), "--format", "body"]);
    assert_bad_input(&o, &["already exists", "--force"]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), written);
    let o = retract(&[
        "draft",
        EXAMPLE,
        "-o",
        p(&out),
        "--format",
        "body",
        "--force",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("株式会社北斗精機"));
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn missing_reasons_block_the_draft_unless_forced() {
    let o = retract(&["draft", "tests/inputs/empty-reasons.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert!(err.contains("error[concrete-regret]"), "{err}");
    assert!(err.contains("error[why-this-company]"), "{err}");
    // The errors point at the profile's fields, where the student can fix them.
    assert!(err.contains("tests/inputs/empty-reasons.yaml:16"), "{err}");
    let o = retract(&["draft", "--force", "tests/inputs/empty-reasons.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("To: "));
}

#[test]
fn vague_reasons_are_warned_about_and_the_draft_printed() {
    let o = retract(&["draft", "tests/inputs/vague.yaml"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("To: "));
    let err = stderr(&o);
    assert!(err.contains("warning[concrete-regret]"), "{err}");
    assert!(
        err.contains("いろいろ考えた結果"),
        "the vague sentence is quoted: {err}"
    );
    assert!(err.contains("warning[why-this-company]"), "{err}");
    assert!(
        err.contains("風通し"),
        "the generic praise is quoted: {err}"
    );
}

#[test]
fn check_json_parses_and_counts_characters() {
    let o = retract(&["check", "--format", "json", "tests/inputs/edited.txt"]);
    assert_eq!(o.status.code(), Some(1));
    let items: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let medium = items
        .iter()
        .find(|d| d["rule"] == "honorific-medium")
        .expect("honorific-medium reported");
    assert_eq!(medium["path"], "tests/inputs/edited.txt");
    assert_eq!(medium["severity"], "error");
    assert_eq!(medium["line"], 10);
    assert_eq!(medium["column"], 1);
    assert_eq!(medium["suggestion"], "「御社」→「貴社」");
    let casual = items
        .iter()
        .find(|d| d["rule"] == "casual-wording")
        .unwrap();
    // 「先日は内定を辞退してしまい、」 is 14 characters: すみません starts at column 15.
    assert_eq!(casual["column"], 15);
    for d in &items {
        for key in ["path", "rule", "severity", "line", "column", "message"] {
            assert!(d.get(key).is_some(), "{key} missing in {d}");
        }
    }
}

#[test]
fn check_reads_stdin_and_exits_zero_on_a_good_draft() {
    let draft = retract(&["draft", EXAMPLE]).stdout;
    let mut child = Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(&draft).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "<stdin>: no problems found\n"
    );
}

#[test]
#[cfg(unix)]
fn closed_pipe_exits_quietly() {
    // Enough output to overflow the pipe buffer after `head` has gone.
    let files: Vec<String> =
        std::iter::repeat_n("tests/inputs/edited.txt".to_owned(), 300).collect();
    let script = format!(
        "'{}' check {} | head -n 1 >/dev/null; echo \"${{PIPESTATUS[0]}}\"",
        env!("CARGO_BIN_EXE_retract"),
        files.join(" ")
    );
    let o = Command::new("bash").args(["-c", &script]).output().unwrap();
    // 1 would mean the checks ran to the end (they find errors); a broken pipe must not be 2.
    let status = String::from_utf8_lossy(&o.stdout).trim().to_owned();
    assert!(
        status == "0" || status == "1",
        "status {status}, stderr {}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("error"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn next_without_a_recruiter_address_recommends_the_text_draft() {
    for (example, pasted) in [
        (EXAMPLE, "貼り付け"),
        ("examples/profile.en.yaml", "paste the letter"),
    ] {
        let (_d, path) = {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("profile.yaml");
            let src = std::fs::read_to_string(example).unwrap();
            let src: String = src
                .lines()
                .filter(|l| {
                    !l.trim_start().starts_with("email: saiyo@")
                        && !l.trim_start().starts_with("email: e.chen@")
                })
                .map(|l| format!("{l}\n"))
                .collect();
            std::fs::write(&path, src).unwrap();
            (dir, path)
        };
        let o = retract(&["next", p(&path)]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(!out.contains("--format eml"), "{out}");
        assert!(
            out.contains(pasted) && out.contains("retract draft"),
            "{out}"
        );
    }
}

#[test]
fn an_english_profile_gets_english_messages() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.yaml");
    let src = std::fs::read_to_string("examples/profile.en.yaml")
        .unwrap()
        .replace("declined_on: 2026-11-22", "declined_on: 2026-02-30")
        .replace("  university:", "  univercity:");
    std::fs::write(&path, src).unwrap();
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["applicant.univercity", "did you mean `university`?"]);
    let src = std::fs::read_to_string("examples/profile.en.yaml")
        .unwrap()
        .replace("declined_on: 2026-11-22", "declined_on: 2026-02-30");
    std::fs::write(&path, src).unwrap();
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(
        &o,
        &["timeline.declined_on", "is not a real date", "YYYY-MM-DD"],
    );
    assert!(
        !stderr(&o).chars().any(|c| ('ぁ'..='ヿ').contains(&c)),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_japanese_profile_gets_japanese_messages_and_help() {
    let (_d, path) = profile_with(|s| {
        s.replace(
            "  email: taro.yamada@toto-u.example.ac.jp",
            "  email: taro＠toto-u.ac.jp",
        )
    });
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(
        &o,
        &["applicant.email", "全角文字", "help: アドレスは半角英数字"],
    );
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let (_d, path) = profile_with(|s| {
        s.replace("  email: taro.yamada@toto-u.example.ac.jp\n", "")
            .replace("declined_on: 2026-11-22", "declined_on: 2026-02-30")
            .replace("phone: \"090-1234-5678\"", "phone: \"電話\"")
    });
    let o = retract(&["draft", p(&path)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert_eq!(err.matches("error: ").count(), 3, "{err}");
    for needle in ["applicant.email", "timeline.declined_on", "applicant.phone"] {
        assert!(err.contains(needle), "{needle}: {err}");
    }
}

#[test]
fn control_characters_in_any_text_field_are_refused() {
    for (from, to, field) in [
        (
            "    他社からいただいていた内定は、すでにすべて辞退いたしました。\n",
            "    他社からいただいていた内定は、\\r すでにすべて辞退いたしました。\n",
            "reasons.commitment",
        ),
        (
            "  faculty: 工学部",
            "  faculty: \"工学部\\u0000\"",
            "applicant.faculty",
        ),
        (
            "  position: 技術職",
            "  position: \"技術\\u0085職\"",
            "company.position",
        ),
    ] {
        let (_d, path) = profile_with(|s| {
            let edited = s.replace(from, to);
            assert_ne!(edited, s, "{from}");
            if field == "reasons.commitment" {
                // In a double-quoted scalar \r is a real carriage return.
                edited.replace(
                    "  commitment: |\n    他社からいただいていた内定は、\\r すでにすべて辞退いたしました。\n",
                    "  commitment: \"他社からいただいていた内定は、\\r すでにすべて辞退いたしました。\"\n",
                )
            } else {
                edited
            }
        });
        let o = retract(&["draft", "--format", "eml", p(&path)]);
        assert_bad_input(&o, &[field, "制御文字"]);
    }
}

#[test]
fn every_trailing_honorific_is_dropped_from_the_contact_name() {
    let (_d, path) = profile_with(|s| s.replace("    name: 佐藤 美咲", "    name: 佐藤 美咲様様"));
    let o = retract(&["draft", p(&path)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("佐藤 美咲 様"), "{out}");
    assert!(!out.contains("美咲様"), "{out}");
}

#[test]
fn the_company_main_number_is_accepted_and_checked() {
    let (_d, path) = profile_with(|s| {
        s.replace(
            "  position: 技術職\n",
            "  position: 技術職\n  phone: \"03-9876-5432\"\n",
        )
    });
    let o = retract(&["draft", p(&path)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (_d, path) = profile_with(|s| {
        s.replace(
            "  position: 技術職\n",
            "  position: 技術職\n  phone: +81398765432\n",
        )
    });
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["company.phone", "引用符"]);
}

#[test]
fn deep_yaml_is_refused_before_it_is_parsed() {
    let (_d, path) = file_with(
        format!(
            "language: en\napplicant: {}{}\n",
            "[".repeat(65),
            "]".repeat(65)
        )
        .as_bytes(),
    );
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["profile.yaml:2:", "deeper than 64 levels"]);
    // Mappings inside sequences, and closing brackets hidden in quoted text, are counted too.
    for open in ["[{a: ", "[\"]\", ", "[ # ]\n"] {
        let (_d, path) =
            file_with(format!("language: en\na: {}x\n", open.repeat(20_000)).as_bytes());
        let o = retract(&["draft", p(&path)]);
        assert_bad_input(&o, &["deeper than 64 levels"]);
    }
    // 64 levels are still parsed, and reported as the wrong type, not as too deep.
    let (_d, path) = file_with(
        format!(
            "language: en\napplicant: {}{}\n",
            "[".repeat(63),
            "]".repeat(63)
        )
        .as_bytes(),
    );
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["applicant", "expected"]);
    assert!(!stderr(&o).contains("deeper"), "{}", stderr(&o));
}

#[test]
fn anchors_and_aliases_are_refused() {
    let big = "x".repeat(400_000);
    let aliases = vec!["*r"; 1000].join(", ");
    let (_d, path) = file_with(format!("check: {{ignore: [&r {big}, {aliases}]}}\n").as_bytes());
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["profile.yaml:1:", "エイリアス"]);
    let (_d, path) = profile_with(|s| {
        s.replace(
            "  university: 東都大学",
            "  university: &u 東都大学\n  faculty: *u",
        )
        .replace("  faculty: 工学部\n", "")
    });
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["profile.yaml:7:", "アンカー"]);
}

#[test]
fn a_profile_with_thousands_of_values_is_refused_before_it_is_built() {
    let items = vec!["a"; 300_000].join(", ");
    let (_d, path) = file_with(format!("check: {{ignore: [{items}]}}\n").as_bytes());
    let o = retract(&["draft", p(&path)]);
    assert_bad_input(&o, &["profile.yaml:1:", "値が多すぎます"]);
}

#[test]
fn a_long_list_of_problems_is_cut_short() {
    let ids: Vec<String> = (0..40).map(|i| format!("no-such-rule-{i:02}")).collect();
    let (_d, path) = profile_with(|s| format!("{s}check:\n  ignore: [{}]\n", ids.join(", ")));
    let o = retract(&["draft", p(&path)]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.matches("error: ").count(), 21, "{err}");
    assert!(err.contains("ほかに20件の問題があります"), "{err}");
}
