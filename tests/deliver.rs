//! Email-client output decoded by an independent parser: what the recruiter's mail client will
//! see must be exactly what the student reviewed.

mod common;

use mail_parser::MessageParser;
use percent_encoding::percent_decode_str;
use retract::deliver::Message;

fn draft_text(profile: &str) -> String {
    common::run(&["draft", profile]).unwrap().stdout.unwrap()
}

#[test]
fn eml_decodes_back_to_the_draft() {
    for profile in ["examples/profile.yaml", "examples/profile.en.yaml"] {
        let text = Message::from_draft(&draft_text(profile));
        let eml = common::run(&["draft", "--format", "eml", profile])
            .unwrap()
            .stdout
            .unwrap();
        for line in eml.split("\r\n") {
            assert!(line.len() <= 998, "line over 998 octets");
        }
        let header_end = eml.find("\r\n\r\n").expect("header/body separator");
        assert!(
            eml[..header_end].is_ascii(),
            "raw 8-bit byte in a header:\n{}",
            &eml[..header_end]
        );
        for h in [
            "From:",
            "To:",
            "Subject:",
            "Date:",
            "Message-ID:",
            "MIME-Version: 1.0",
            "Content-Type: text/plain",
        ] {
            assert!(eml[..header_end].contains(h), "{h} missing");
        }
        let msg = MessageParser::default()
            .parse(eml.as_bytes())
            .expect("parses");
        assert_eq!(msg.subject(), Some(text.subject.as_str()));
        let to = msg.to().and_then(|a| a.first()).expect("a To address");
        assert!(to.address().unwrap().contains('@'));
        let from = msg.from().and_then(|a| a.first()).expect("a From address");
        assert!(from.name().is_some());
        let body = msg.body_text(0).expect("a text body").replace("\r\n", "\n");
        assert_eq!(body.trim_end(), text.body.trim_end());
    }
}

#[test]
fn eml_date_is_in_the_company_zone() {
    let eml = common::run(&["draft", "--format", "eml", "examples/profile.yaml"])
        .unwrap()
        .stdout
        .unwrap();
    let date = eml.lines().find(|l| l.starts_with("Date:")).unwrap();
    assert!(
        date.contains("24 Nov 2026") && date.ends_with("+0900"),
        "{date}"
    );
}

#[test]
fn mailto_decodes_back_to_the_draft() {
    let text = Message::from_draft(&draft_text("examples/profile.yaml"));
    let uri = common::run(&["draft", "--format", "mailto", "examples/profile.yaml"])
        .unwrap()
        .stdout
        .unwrap();
    let uri = uri.trim_end();
    assert!(uri.is_ascii() && !uri.contains(' '));
    let rest = uri.strip_prefix("mailto:").expect("a mailto URI");
    let (to, query) = rest.split_once('?').unwrap();
    assert_eq!(
        percent_decode_str(to).decode_utf8().unwrap(),
        "saiyo@hokuto-seiki.example.co.jp"
    );
    let mut subject = None;
    let mut body = None;
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap();
        let v = percent_decode_str(v).decode_utf8().unwrap().into_owned();
        match k {
            "subject" => subject = Some(v),
            "body" => body = Some(v),
            _ => panic!("unexpected field {k}"),
        }
    }
    assert_eq!(subject.unwrap(), text.subject);
    let body = body.unwrap();
    assert!(
        body.contains("\r\n") && !body.replace("\r\n", "").contains('\n'),
        "line breaks must be CRLF"
    );
    assert_eq!(body.replace("\r\n", "\n"), text.body);
}

#[test]
fn body_format_is_the_body_only() {
    let out = common::run(&["draft", "--format", "body", "examples/profile.yaml"])
        .unwrap()
        .stdout
        .unwrap();
    assert!(out.starts_with("株式会社北斗精機\n"));
    assert!(!out.contains("Subject:"));
}

#[test]
fn check_reads_a_mime_message_as_the_draft_it_carries() {
    for profile in ["examples/profile.yaml", "examples/profile.en.yaml"] {
        let eml = common::run(&["draft", "--format", "eml", profile])
            .unwrap()
            .stdout
            .unwrap();
        let decoded = retract::deliver::decode_message("x.eml", &eml)
            .unwrap()
            .expect("a MIME message");
        let text = draft_text(profile);
        assert_eq!(Message::from_draft(&decoded), Message::from_draft(&text));
        let checked = retract::check::check(
            &decoded,
            &Default::default(),
            &retract::check::Facts::default(),
        );
        assert!(
            checked
                .worst()
                .is_none_or(|s| s < retract::check::Severity::Warning),
            "{:#?}",
            checked.diagnostics
        );
    }
    assert!(
        retract::deliver::decode_message("x.txt", "To: a\nSubject: b\n\nbody\n")
            .unwrap()
            .is_none()
    );
}

/// The same message in a Japanese mail charset, as a mail client would save it.
fn encoded_message(text: &str, charset: &str, base64_body: bool) -> String {
    use base64::Engine as _;
    let msg = Message::from_draft(text);
    let enc = encoding_rs::Encoding::for_label(charset.as_bytes()).unwrap();
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let (subject, _, bad) = enc.encode(&msg.subject);
    assert!(!bad);
    let (body, _, bad) = enc.encode(&msg.body);
    assert!(!bad);
    let (cte, body) = if base64_body {
        ("base64", b64(&body))
    } else {
        (
            "7bit",
            String::from_utf8(body.into_owned()).expect("a 7-bit charset"),
        )
    };
    format!(
        "From: a@example.jp\r\nTo: saiyo@example.co.jp\r\nSubject: =?{charset}?B?{}?=\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n\
         Content-Transfer-Encoding: {cte}\r\n\r\n{body}",
        b64(&subject)
    )
}

fn check_file(dir: &std::path::Path, name: &str, content: &str) -> std::process::Output {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    std::process::Command::new(env!("CARGO_BIN_EXE_retract"))
        .args(["--today", "2026-11-24", "check"])
        .arg(&path)
        .output()
        .unwrap()
}

#[test]
fn check_decodes_japanese_mail_charsets() {
    let text = draft_text("examples/profile.yaml");
    let dir = tempfile::tempdir().unwrap();
    for (charset, base64_body) in [
        ("ISO-2022-JP", false),
        ("Shift_JIS", true),
        ("EUC-JP", true),
        ("UTF-8", true),
    ] {
        let eml = encoded_message(&text, charset, base64_body);
        let decoded = retract::deliver::decode_message("x.eml", &eml)
            .unwrap()
            .expect("a MIME message");
        assert_eq!(
            Message::from_draft(&decoded),
            Message::from_draft(&text),
            "{charset}"
        );
        // The good letter stays good: nothing reported from undecoded escape sequences.
        let o = check_file(dir.path(), "letter.eml", &eml);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{charset}: {}",
            String::from_utf8_lossy(&o.stdout)
        );
    }
    // And a bad letter is caught in ISO-2022-JP as it is in UTF-8.
    let edited = std::fs::read_to_string("tests/inputs/edited.txt")
        .unwrap()
        .replacen("件名：", "Subject: ", 1);
    let o = check_file(
        dir.path(),
        "edited.eml",
        &encoded_message(&edited, "ISO-2022-JP", false),
    );
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("error[honorific-medium]"), "{out}");
}

#[test]
fn an_unknown_charset_is_refused_not_misread() {
    let text = draft_text("examples/profile.yaml");
    let eml =
        encoded_message(&text, "UTF-8", true).replace("charset=UTF-8", "charset=x-unheard-of");
    let dir = tempfile::tempdir().unwrap();
    let o = check_file(dir.path(), "odd.eml", &eml);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("odd.eml") && err.contains("x-unheard-of"),
        "{err}"
    );
    // Bytes that do not fit the declared charset are refused too.
    let eml = encoded_message(&text, "UTF-8", false).replace("charset=UTF-8", "charset=us-ascii");
    let eml = eml.replace(
        "Content-Transfer-Encoding: 7bit",
        "Content-Transfer-Encoding: 8bit",
    );
    let o = check_file(dir.path(), "mislabelled.eml", &eml);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
}

#[test]
fn eml_follows_today_for_date_and_message_id() {
    let run = |env_today: bool| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_retract"));
        if env_today {
            cmd.env("RETRACT_TODAY", "2026-11-24");
        } else {
            cmd.env_remove("RETRACT_TODAY")
                .args(["--today", "2026-11-24"]);
        }
        let o = cmd
            .args(["draft", "--format", "eml", "examples/profile.yaml"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0));
        String::from_utf8(o.stdout).unwrap()
    };
    let first = run(false);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(first, run(false), "the same message on every run");
    assert_eq!(first, run(true), "RETRACT_TODAY is --today");
    let date = first.lines().find(|l| l.starts_with("Date:")).unwrap();
    assert_eq!(date, "Date: Tue, 24 Nov 2026 00:00:00 +0900");
}

#[test]
fn a_line_holding_only_a_dot_never_reaches_sendmail_raw() {
    // The student's own text never keeps a lone "." (it is no sentence); a user's template can.
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("p.yaml");
    let src = std::fs::read_to_string("examples/profile.en.yaml").unwrap();
    std::fs::write(&profile, src).unwrap();
    let template = std::fs::read_to_string("templates/email.en.txt")
        .unwrap()
        .replacen("Dear {{", ".\n\nDear {{", 1);
    std::fs::write(dir.path().join("email.en.txt"), template).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_retract"))
        .args([
            "--today",
            "2026-11-24",
            "draft",
            "--force",
            "--format",
            "eml",
            "--templates",
        ])
        .arg(dir.path())
        .arg(&profile)
        .output()
        .unwrap();
    let eml = String::from_utf8(o.stdout).unwrap();
    assert!(
        eml.contains("Subject:"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        !eml.split("\r\n").any(|l| l.starts_with('.')),
        "a line starts with a dot:\n{eml}"
    );
    // The recruiter still reads the line as written.
    let parsed = MessageParser::default().parse(eml.as_bytes()).unwrap();
    let body = parsed.body_text(0).unwrap();
    assert!(body.lines().any(|l| l == "."), "{body}");
}

#[test]
fn a_bare_carriage_return_from_a_template_never_reaches_the_message() {
    let dir = tempfile::tempdir().unwrap();
    // English, so the body would otherwise go out as 7bit text, byte for byte.
    let template = std::fs::read_to_string("templates/email.en.txt")
        .unwrap()
        .replacen("Dear {{", "Dear\r{{", 1);
    std::fs::write(dir.path().join("email.en.txt"), template).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_retract"))
        .args([
            "--today",
            "2026-11-24",
            "draft",
            "--force",
            "--format",
            "eml",
        ])
        .args(["--templates", dir.path().to_str().unwrap()])
        .arg("examples/profile.en.yaml")
        .output()
        .unwrap();
    let eml = String::from_utf8(o.stdout).unwrap();
    assert!(
        eml.contains("Subject:"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let bare_cr = eml
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'\r' && w[1] != b'\n');
    assert!(!bare_cr, "a bare CR in the message");
}
