//! The bodies of the fuzz targets. `tests/fuzz_regressions.rs` includes this file too, so every
//! input kept under `fuzz/regressions/` runs through exactly the code the fuzzer ran.
//!
//! A panic anywhere below is a crash; so is a broken invariant the user would see: a profile that
//! validates but does not render, or a diagnostic that points outside the text.

use retract::check::{self, Checked, Facts, Options};
use retract::printer::{Format, Printer, Report, Style};
use retract::render::{self, Now, Outcome, Which};
use retract::text::Medium;
use retract::{deliver, model, profile};

const ALL: [Which; 5] = [
    Which::Email,
    Which::Phone,
    Which::Followup(Outcome::Accepted),
    Which::Followup(Outcome::Declined),
    Which::Followup(Outcome::Absent),
];

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 24)
}

/// Profile bytes → validated case → every draft → check → both printers → eml and mailto.
pub fn profile(data: &[u8]) {
    let case = match model::load(
        "fuzz.yaml",
        data.to_vec(),
        today(),
        &retract::check::rule_ids(),
    ) {
        Ok(case) => case,
        Err(e) => {
            // The message is what the user reads; building it walks the line-locating code.
            let _ = e.to_string();
            return;
        }
    };
    let src = String::from_utf8_lossy(data).into_owned();
    let now = Now {
        at: today().at(9, 30, 0, 0),
    };
    for which in ALL {
        let draft = render::render(&case, which, now, None)
            .unwrap_or_else(|e| panic!("a profile that validates must render {which:?}: {e}"));
        let facts = Facts {
            case: Some(&case),
            profile_src: Some(&src),
            now: None,
            hidden: &[],
            drafted: true,
        };
        let checked = check::check(&draft.text, &Options::default(), &facts);
        assert_spans(&draft.text, &checked, Some(&src));
        print_all(Some(&src), &checked);
        for judged in check::judge_profile(&case, &src) {
            assert!(
                judged.span.end <= src.len(),
                "{} points outside the profile",
                judged.rule
            );
        }
        if draft.medium == Medium::Email {
            let zoned: jiff::ZonedDateTime =
                "2026-11-24T09:30:00+09:00[Asia/Tokyo]".parse().unwrap();
            let _ = deliver::eml(&case, &draft.text, &zoned);
            let _ = deliver::mailto(&case, &draft.text);
        }
    }
}

/// Arbitrary text, as `retract check` reads it: decoded, unwrapped from MIME when it is a
/// message, then checked as detected, as an email and as a phone script.
pub fn check(data: &[u8]) {
    let Ok(mut text) = profile::decode("fuzz.txt", data.to_vec()) else {
        return;
    };
    if let Ok(Some(draft)) = deliver::decode_message("fuzz.txt", &text) {
        text = draft;
    }
    for medium in [None, Some(Medium::Email), Some(Medium::Phone)] {
        let opts = Options {
            medium,
            ..Options::default()
        };
        let checked = check::check(&text, &opts, &Facts::default());
        assert_spans(&text, &checked, None);
        print_all(None, &checked);
    }
}

fn assert_spans(text: &str, checked: &Checked, profile_src: Option<&str>) {
    for d in &checked.diagnostics {
        let target = match d.origin {
            check::Origin::Profile => profile_src.expect("a profile diagnostic needs a profile"),
            check::Origin::Draft => text,
        };
        assert!(
            d.span.start <= d.span.end && d.span.end <= target.len(),
            "{} points outside the text: {:?}",
            d.rule,
            d.span
        );
        assert!(
            target.is_char_boundary(d.span.start) && target.is_char_boundary(d.span.end),
            "{} splits a character: {:?}",
            d.rule,
            d.span
        );
    }
}

/// Every printer form: human (with and without the reading), JSON (with and without it).
fn print_all(profile_src: Option<&str>, checked: &Checked) {
    let report = Report {
        path: "fuzz.txt",
        checked,
        profile: profile_src.map(|s| ("fuzz.yaml", s)),
        sources: &[],
    };
    for format in [Format::Human, Format::Json] {
        for explain in [false, true] {
            let style = Style {
                format,
                color: false,
                quiet: false,
                summary: true,
                explain,
            };
            let mut printer = Printer::new(Vec::new(), style);
            printer.report(&report).expect("printing to memory");
            printer.finish().expect("printing to memory");
            if format == Format::Json {
                let out = String::from_utf8(printer.into_inner()).expect("UTF-8");
                serde_json::from_str::<serde_json::Value>(&out)
                    .unwrap_or_else(|e| panic!("the JSON output does not parse: {e}\n{out}"));
            }
        }
    }
}

/// Any bytes as a user template: the first byte picks the letter and the language, the rest is
/// the template, read from a folder the way `--templates DIR` reads it. Rendering may fail, but
/// only with an error that names the template; a draft that renders is checked and printed.
pub fn templates(data: &[u8]) {
    let Some((&pick, source)) = data.split_first() else {
        return;
    };
    let which = ALL[usize::from(pick) % ALL.len()];
    let (profile, lang) = if pick & 0x80 == 0 {
        (include_str!("../examples/profile.yaml"), "ja")
    } else {
        (include_str!("../examples/profile.en.yaml"), "en")
    };
    let case = model::load(
        "profile.yaml",
        profile.as_bytes().to_vec(),
        today(),
        &retract::check::rule_ids(),
    )
    .expect("the example profiles validate");
    let dir = std::env::temp_dir().join(format!(
        "retract-fuzz-templates-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let stem = match which {
        Which::Email => "email",
        Which::Phone => "phone",
        Which::Followup(Outcome::Accepted) => "followup-accepted",
        Which::Followup(Outcome::Declined) => "followup-declined",
        Which::Followup(Outcome::Absent) => "followup-absent",
    };
    let name = format!("{stem}.{lang}.txt");
    std::fs::write(dir.join(&name), source).expect("the template is written");
    let now = Now {
        at: today().at(9, 30, 0, 0),
    };
    match render::render(&case, which, now, Some(&dir)) {
        Ok(draft) => {
            let facts = Facts {
                case: Some(&case),
                profile_src: Some(profile),
                now: None,
                hidden: &[],
                drafted: true,
            };
            let checked = check::check(&draft.text, &Options::default(), &facts);
            assert_spans(&draft.text, &checked, Some(profile));
            print_all(Some(profile), &checked);
        }
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.contains(&name),
                "the error names no template: {message}"
            );
        }
    }
}
