//! The style matrix: profiles written the way students write them (plain form, bullets, no final
//! 。, one long line, very short, no department, no contact, weeks late, English with bullets,
//! English terse…), each rendered into every output, and read the way a recruiter would read
//! it. Each profile is a file under `tests/style/`.

mod common;

use std::path::PathBuf;

use retract::check::{self, Facts, Options, Severity};
use retract::text::{self, polite, wrap, Lang};

/// Every output a student sends or reads aloud, with the command line that prints it.
const OUTPUTS: &[(&str, &[&str])] = &[
    ("draft", &["draft"]),
    ("draft --format body", &["draft", "--format", "body"]),
    ("phone-script", &["phone-script"]),
    ("followup accepted", &["followup", "--outcome", "accepted"]),
    ("followup declined", &["followup", "--outcome", "declined"]),
    ("followup absent", &["followup", "--outcome", "absent"]),
];

fn profiles() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("tests/style")
        .expect("tests/style")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    found.sort();
    assert!(found.len() >= 12, "the matrix has {} profiles", found.len());
    found
}

/// One rendered output of one profile.
struct Rendered {
    what: String,
    lang: Lang,
    text: String,
}

/// Every output of every profile, rendered once for all the tests of this file.
fn render_all() -> &'static [Rendered] {
    static ALL: std::sync::OnceLock<Vec<Rendered>> = std::sync::OnceLock::new();
    ALL.get_or_init(render_every_output)
}

fn render_every_output() -> Vec<Rendered> {
    let mut out = Vec::new();
    for path in profiles() {
        let p = path.to_str().unwrap();
        let lang = if std::fs::read_to_string(&path)
            .unwrap()
            .contains("language: en")
        {
            Lang::En
        } else {
            Lang::Ja
        };
        for (name, args) in OUTPUTS {
            let mut argv = args.to_vec();
            argv.push(p);
            let what = format!("{name} {p}");
            let run = common::run(&argv).unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(
                run.status,
                retract::app::EXIT_OK,
                "{what} fails:\n{}",
                run.shown()
            );
            let text = run.stdout.unwrap_or_else(|| panic!("{what}: no output"));
            out.push(Rendered { what, lang, text });
        }
    }
    out
}

/// A line the student does not say or send as prose: a note, a heading, a header field, the
/// address block or the signature.
fn is_frame(line: &str) -> bool {
    let t = line.trim();
    t.is_empty()
        || t.starts_with(['（', '(', '【', '[', '■', '─'])
        || [
            "To:",
            "Subject:",
            "電話の台本：",
            "Phone script:",
            "電話：",
            "メール：",
        ]
        .iter()
        .any(|p| t.starts_with(p))
}

/// The text without its （…） notes.
fn without_notes(line: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in line.chars() {
        match c {
            '（' => depth += 1,
            '）' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The prose a reader reads: header, address block and signature taken off, and for a phone
/// script its notes and headings.
fn prose(r: &Rendered) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_signature = false;
    for line in r.text.lines() {
        if line.starts_with('─') {
            in_signature = !in_signature;
            continue;
        }
        if in_signature || is_frame(line) {
            continue;
        }
        let line = without_notes(line);
        let line = line
            .trim_start_matches("Q：")
            .trim_start_matches("A：")
            .trim_start_matches("Q: ")
            .trim_start_matches("A: ")
            .trim();
        if !line.is_empty() {
            lines.push(line.to_owned());
        }
    }
    lines
}

#[test]
fn every_output_passes_its_own_check_on_the_text_alone() {
    let mut failures = Vec::new();
    for r in render_all() {
        let checked = check::check(&r.text, &Options::default(), &Facts::default());
        for d in &checked.diagnostics {
            if d.severity >= Severity::Warning {
                failures.push(format!("{}: {} {}", r.what, d.rule, d.message(r.lang)));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn japanese_is_polite_throughout() {
    let mut failures = Vec::new();
    for r in render_all().iter().filter(|r| r.lang == Lang::Ja) {
        let body = prose(r).join("\n");
        // Sentences run across wrapped lines: join the lines of a paragraph first.
        let joined = body.replace('\n', "");
        for range in text::sentences(&joined, Lang::Ja) {
            let s = &joined[range];
            if polite::is_plain(s) {
                failures.push(format!("{}: plain form: {s}", r.what));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Joins that show a missing field or a pasted fragment: a particle that starts a sentence, a
/// stop after a stop, empty brackets.
const BROKEN_JA: &[&str] = &[
    "、。",
    "。。",
    "、、",
    "。、",
    "「」",
    "（）",
    "()",
    "。の",
    "。に",
    "。を",
    "。が",
    "。は",
    "。と",
    "と申します。の",
    "に、。",
    "様様",
    "様 様",
    "の様",
    "NoneType",
    "None",
    "null",
];
const BROKEN_EN: &[&str] = &[
    " .",
    " ,",
    "..",
    ",.",
    "()",
    "  ",
    "None",
    "null",
    "at University",
    "from University",
    "at university",
    "Dear ,",
    "Dear  ",
];

#[test]
fn no_dangling_particles_doubled_punctuation_or_empty_fields() {
    let mut failures = Vec::new();
    for r in render_all() {
        let broken = match r.lang {
            Lang::Ja => BROKEN_JA,
            Lang::En => BROKEN_EN,
        };
        for line in r.text.lines() {
            for b in broken {
                if line.contains(b) {
                    failures.push(format!("{}: {b:?} in {line}", r.what));
                }
            }
            let t = line.trim_start_matches(['Q', 'A', '：']).trim_start();
            if r.lang == Lang::Ja && t.starts_with(['の', 'に', 'を', 'が', 'は', 'へ', '、', '。'])
            {
                failures.push(format!("{}: a line starts with a particle: {line}", r.what));
            }
        }
        for line in prose(r) {
            if r.lang == Lang::En && line.starts_with(|c: char| c.is_lowercase()) {
                failures.push(format!("{}: starts in lower case: {line}", r.what));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_bullets_survive() {
    let mut failures = Vec::new();
    for r in render_all() {
        for line in r.text.lines() {
            let t = line.trim_start();
            if t.starts_with(['・', '•', '●', '*']) || t.starts_with("- ") {
                failures.push(format!("{}: {line}", r.what));
            }
            if r.lang == Lang::Ja && line.contains('・') && !line.starts_with('（') {
                // A 中黒 inside a name (ジョン・スミス) is fine; one after a stop is a pasted bullet.
                if line.contains("。・") || line.contains("、・") {
                    failures.push(format!("{}: {line}", r.what));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Japanese lines break only where BudouX ends a phrase, or after punctuation; English
/// paragraphs are one line each, for a phone or a mail client to flow.
#[test]
fn lines_break_between_phrases_and_english_paragraphs_flow() {
    let mut failures = Vec::new();
    for r in render_all() {
        let mut in_signature = false;
        let mut paragraph: Vec<&str> = Vec::new();
        let mut paragraphs = Vec::new();
        for line in r.text.lines() {
            if line.starts_with('─') {
                in_signature = !in_signature;
            }
            if line == "Sincerely," {
                break;
            }
            if line.trim().is_empty() || in_signature || line.starts_with('─') {
                paragraphs.push(std::mem::take(&mut paragraph));
            } else {
                paragraph.push(line);
            }
        }
        paragraphs.push(paragraph);
        for para in paragraphs.iter().filter(|p| p.len() > 1) {
            if para.iter().any(|l| l.starts_with("To:")) {
                continue;
            }
            match r.lang {
                Lang::Ja => {
                    if para.iter().all(|l| l.chars().count() <= 20) {
                        continue; // the address block: a list, not prose
                    }
                    for pair in para.windows(2) {
                        let (a, b) = (pair[0].trim_end(), pair[1].trim_start());
                        let ends = a.chars().last().unwrap();
                        let starts = b.chars().next().unwrap();
                        if "、。」）】！？：".contains(ends)
                            || "（【■QA".contains(starts)
                            || a.starts_with(['【', '■'])
                        {
                            continue;
                        }
                        let cut = a.chars().count();
                        let joined = format!("{a}{b}");
                        if !wrap::phrase_boundaries(&joined).contains(&cut) {
                            failures.push(format!("{}: {a}｜{b}", r.what));
                        }
                    }
                    for l in para {
                        let width = wrap::columns(l);
                        if !is_frame(l) && width > 78 && !r.what.starts_with("phone") {
                            failures.push(format!("{}: {width} columns: {l}", r.what));
                        }
                    }
                }
                Lang::En => {
                    if r.what.starts_with("phone") {
                        continue; // one spoken line each, by design
                    }
                    for l in &para[..para.len() - 1] {
                        let end = l.trim_end().chars().last().unwrap();
                        if !".?!:)".contains(end) {
                            failures.push(format!("{}: a paragraph broken at: {l}", r.what));
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The voicemail of every profile promises a call-back in a real call window after the call,
/// named so that it holds whether the script is read out now or when the call is made.
#[test]
fn every_voicemail_names_a_call_window_after_the_call() {
    // (now, the call-back in Japanese, in English). Tuesday 16:45: the call is Wednesday
    // morning. Friday 17:00: the call is Monday afternoon (no Monday mornings).
    let cases = [
        (
            "2026-11-24T16:45",
            "11月25日水曜日の14時ごろに",
            "on Wednesday, November 25, at around 2 p.m.",
        ),
        (
            "2026-11-27T17:00",
            "12月1日火曜日の10時ごろに",
            "on Tuesday, December 1, at around 10 a.m.",
        ),
        (
            "2026-11-24T12:00",
            "明日10時ごろに",
            "tomorrow morning at around 10",
        ),
    ];
    let mut failures = Vec::new();
    for path in profiles() {
        let p = path.to_str().unwrap();
        for (now, ja, en) in cases {
            let out = common::run_at(now, &["phone-script", p]).unwrap();
            let script = out.stdout.unwrap_or_else(|| panic!("{p} at {now}"));
            let voicemail = script
                .lines()
                .skip_while(|l| !l.starts_with("■ 留守番電話") && !l.starts_with("■ If you reach"))
                .nth(1)
                .unwrap_or_default()
                .to_owned();
            let expected = if voicemail.is_ascii() { en } else { ja };
            if !voicemail.contains(expected) {
                failures.push(format!("{p} at {now}: {voicemail}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
