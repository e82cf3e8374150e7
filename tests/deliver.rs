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
        let decoded = retract::deliver::decode_message(&eml).expect("a MIME message");
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
    assert!(retract::deliver::decode_message("To: a\nSubject: b\n\nbody\n").is_none());
}
