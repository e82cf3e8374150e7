//! Property tests: any profile that validates renders and checks without panicking, and email
//! output survives arbitrary Unicode in names and reasons.

use std::collections::BTreeMap;

use mail_parser::MessageParser;
use proptest::prelude::*;
use retract::check::{self, Facts, Options};
use retract::deliver::{self, Message};
use retract::model;
use retract::printer::{Format, Printer, Report, Style};
use retract::render::{self, Now, Outcome, Which};
use retract::text::Medium;

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 24)
}

/// Text mixing Japanese, ASCII, emoji, template syntax and the odd control character.
fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("貴社".to_owned()),
            Just("御社".to_owned()),
            Just("{{ x }}".to_owned()),
            Just("{% if %}".to_owned()),
            Just("<b>".to_owned()),
            Just("。".to_owned()),
            Just("\n".to_owned()),
            Just(" ".to_owned()),
            "[a-zA-Z0-9]{1,8}",
            "[ぁ-んァ-ヶ一-龯]{1,6}",
            "[\\u{1F300}-\\u{1F5FF}]",
            "[\\u{0}-\\u{1F}]",
        ],
        0..12,
    )
    .prop_map(|parts| parts.concat())
}

fn profile_yaml(name: &str, company: &str, regret: &str, why: &str, lang: &str) -> String {
    let mut m: BTreeMap<&str, serde_yaml::Value> = BTreeMap::new();
    let y = |pairs: &[(&str, &str)]| {
        let mut map = serde_yaml::Mapping::new();
        for (k, v) in pairs {
            map.insert((*k).into(), (*v).into());
        }
        serde_yaml::Value::Mapping(map)
    };
    m.insert("language", lang.into());
    m.insert(
        "applicant",
        y(&[
            ("name", name),
            ("university", "東都大学"),
            ("phone", "090-1234-5678"),
            ("email", "a@example.ac.jp"),
        ]),
    );
    let mut company_map = serde_yaml::Mapping::new();
    company_map.insert("name".into(), company.into());
    company_map.insert(
        "contact".into(),
        y(&[("name", name), ("email", "hr@example.co.jp")]),
    );
    m.insert("company", serde_yaml::Value::Mapping(company_map));
    m.insert(
        "timeline",
        y(&[("declined_on", "2026-11-22"), ("called_on", "2026-11-24")]),
    );
    m.insert(
        "reasons",
        y(&[("regret", regret), ("why_this_company", why)]),
    );
    serde_yaml::to_string(&m).unwrap()
}

fn now() -> Now {
    Now {
        at: jiff::civil::date(2026, 11, 24).at(9, 30, 0, 0),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn valid_profiles_render_and_check(name in text(), company in text(), regret in text(), why in text(), en in any::<bool>()) {
        let yaml = profile_yaml(&name, &company, &regret, &why, if en { "en" } else { "ja" });
        let Ok(case) = model::load("p.yaml", yaml.clone().into_bytes(), today(), &retract::check::rule_ids()) else { return Ok(()) };
        for which in [Which::Email, Which::Phone, Which::Followup(Outcome::Accepted), Which::Followup(Outcome::Declined), Which::Followup(Outcome::Absent)] {
            let draft = render::render(&case, which, now(), None).unwrap();
            let facts = Facts { case: Some(&case), profile_src: Some(&yaml), now: None, hidden: &[], drafted: true };
            let checked = check::check(&draft.text, &Options::default(), &facts);
            let style = Style { format: Format::Human, color: false, quiet: false, summary: true, explain: true };
            let mut printer = Printer::new(Vec::new(), style);
            printer.report(&Report { path: "d", checked: &checked, profile: Some(("p", &yaml)), sources: &draft.sources }).unwrap();
            // Template syntax in the student's text is data, never evaluated.
            if which == Which::Email {
                for token in ["{{ x }}", "{% if %}", "<b>"] {
                    if regret.contains(token) {
                        prop_assert!(draft.text.contains(token), "{token:?} lost");
                    }
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_checks_without_panic(s in "\\PC{0,400}", kind in any::<bool>()) {
        let opts = Options { medium: Some(if kind { Medium::Email } else { Medium::Phone }), ..Options::default() };
        let checked = check::check(&s, &opts, &Facts::default());
        for d in &checked.diagnostics {
            prop_assert!(d.span.start <= d.span.end && d.span.end <= s.len());
            prop_assert!(s.is_char_boundary(d.span.start) && s.is_char_boundary(d.span.end));
        }
    }

    #[test]
    fn eml_and_mailto_round_trip(name in "[a-zA-Z ぁ-んァ-ヶ一-龯\\u{1F300}-\\u{1F5FF}]{1,20}", regret in "[a-zA-Z0-9 。、ぁ-んァ-ヶ一-龯\\n\\u{1F300}-\\u{1F5FF}]{1,200}") {
        let yaml = profile_yaml(&name, "株式会社テスト", &regret, "貴社の製品", "ja");
        let Ok(case) = model::load("p.yaml", yaml.into_bytes(), today(), &retract::check::rule_ids()) else { return Ok(()) };
        let draft = render::render(&case, Which::Email, now(), None).unwrap();
        let parts = Message::from_draft(&draft.text);
        let zoned: jiff::ZonedDateTime = "2026-11-24T09:30:00+09:00[Asia/Tokyo]".parse().unwrap();
        let eml = deliver::eml(&case, &draft.text, &zoned).unwrap();
        let header_end = eml.find("\r\n\r\n").unwrap();
        prop_assert!(eml[..header_end].is_ascii());
        let msg = MessageParser::default().parse(eml.as_bytes()).unwrap();
        prop_assert_eq!(msg.subject().unwrap_or(""), parts.subject.as_str());
        let from = msg.from().and_then(|a| a.first()).and_then(|a| a.name()).unwrap_or("").to_owned();
        prop_assert_eq!(from.trim(), case.applicant.name.as_str());
        let body = msg.body_text(0).unwrap().replace("\r\n", "\n");
        prop_assert_eq!(body.trim_end(), parts.body.trim_end());
        let uri = deliver::mailto(&case, &draft.text).unwrap();
        let body = uri.split("&body=").nth(1).unwrap();
        let decoded = percent_encoding::percent_decode_str(body).decode_utf8().unwrap();
        prop_assert_eq!(decoded.replace("\r\n", "\n"), parts.body);
    }
}
