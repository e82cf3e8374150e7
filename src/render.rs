//! Rendering: the validated [`Case`] and a template become a [`Draft`] (text, kind, language).
//!
//! Templates are plain-text tera files under `templates/`, embedded at compile time. A user
//! folder (`--templates DIR` or `templates:` in the profile) replaces them file by file, the way
//! zola and mdBook themes work. Profile text is passed as data, never as template source, so a
//! reason containing `{{ x }}` or `<b>` comes out exactly as written.

use std::path::Path;

use jiff::civil::DateTime;
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::calendar;
use crate::error::{Error, Result};
use crate::model::Case;
use crate::prepare::{self, Prepared};
use crate::text::{self, wrap, Lang, Medium};

/// Which email the student needs: the request itself, or one of the follow-ups after the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// They agreed to withdraw the decline.
    Accepted,
    /// They said no.
    Declined,
    /// The recruiter could not be reached.
    Absent,
}

/// A rendered draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub medium: Medium,
    pub lang: Lang,
    /// The whole text as printed by `draft` / `phone-script`.
    pub text: String,
    /// Where the student's own text stands in it: each sentence of a profile field, found in
    /// the rendered text. Everything else comes from the template.
    pub sources: Vec<Source>,
    /// The template the rest came from (`email.ja.txt`, or a path in the user's folder).
    pub template: String,
    /// What was done to the student's own text before it went in (joined lines, added stops,
    /// polite form), as notes in the profile's language.
    pub notes: Vec<String>,
}

/// A sentence of the draft that came from a profile field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Byte range in [`Draft::text`] (it may span lines where the text was wrapped).
    pub range: std::ops::Range<usize>,
    /// The field's path, such as `reasons.regret`.
    pub field: &'static str,
}

impl Draft {
    /// The profile field a byte offset of the text came from, if any.
    pub fn field_at(&self, offset: usize) -> Option<&'static str> {
        self.sources
            .iter()
            .find(|s| s.range.contains(&offset))
            .map(|s| s.field)
    }
}

/// A built-in template: its file name and its text.
pub struct Builtin {
    pub name: &'static str,
    pub source: &'static str,
}

/// Every built-in template, in the order `templates export` writes them.
pub const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "email.ja.txt",
        source: include_str!("../templates/email.ja.txt"),
    },
    Builtin {
        name: "email.en.txt",
        source: include_str!("../templates/email.en.txt"),
    },
    Builtin {
        name: "phone.ja.txt",
        source: include_str!("../templates/phone.ja.txt"),
    },
    Builtin {
        name: "phone.en.txt",
        source: include_str!("../templates/phone.en.txt"),
    },
    Builtin {
        name: "followup-accepted.ja.txt",
        source: include_str!("../templates/followup-accepted.ja.txt"),
    },
    Builtin {
        name: "followup-accepted.en.txt",
        source: include_str!("../templates/followup-accepted.en.txt"),
    },
    Builtin {
        name: "followup-declined.ja.txt",
        source: include_str!("../templates/followup-declined.ja.txt"),
    },
    Builtin {
        name: "followup-declined.en.txt",
        source: include_str!("../templates/followup-declined.en.txt"),
    },
    Builtin {
        name: "followup-absent.ja.txt",
        source: include_str!("../templates/followup-absent.ja.txt"),
    },
    Builtin {
        name: "followup-absent.en.txt",
        source: include_str!("../templates/followup-absent.en.txt"),
    },
];

/// The starter profiles that `retract init` writes (static text, not templates).
pub fn starter_profile(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => include_str!("../templates/profile.ja.yaml"),
        Lang::En => include_str!("../templates/profile.en.yaml"),
    }
}

/// The starter profile with the student's answers filled in, comments kept. `answers` pairs a
/// field path (`applicant.name`) with its value; reasons become `|` blocks.
pub fn fill_profile(starter: &str, answers: &[(String, String)]) -> String {
    let mut lines: Vec<String> = starter.lines().map(str::to_owned).collect();
    for (path, value) in answers {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let segs: Vec<&str> = path.split('.').collect();
        let src = lines.join("\n");
        let Some(n) = crate::locate::line_of(&src, &segs) else {
            continue;
        };
        let line = &lines[n - 1];
        let indent = line.len() - line.trim_start().len();
        let key = segs[segs.len() - 1];
        if line.trim_end().ends_with('|') {
            let pad = " ".repeat(indent + 2);
            let block: Vec<String> = value.lines().map(|l| format!("{pad}{l}")).collect();
            for (k, b) in block.into_iter().enumerate() {
                lines.insert(n + k, b);
            }
        } else {
            let comment = line
                .find(" #")
                .map(|i| line[i..].to_owned())
                .unwrap_or_default();
            let quoted = serde_yaml::to_string(value).unwrap_or_else(|_| format!("{value:?}"));
            lines[n - 1] = format!(
                "{}{key}: {}{comment}",
                " ".repeat(indent),
                quoted.trim_end()
            );
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// Which template a draft comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Email,
    Phone,
    Followup(Outcome),
}

impl Which {
    fn file(self, lang: Lang) -> String {
        let stem = match self {
            Which::Email => "email",
            Which::Phone => "phone",
            Which::Followup(Outcome::Accepted) => "followup-accepted",
            Which::Followup(Outcome::Declined) => "followup-declined",
            Which::Followup(Outcome::Absent) => "followup-absent",
        };
        format!("{stem}.{}.txt", lang.code())
    }

    pub fn medium(self) -> Medium {
        match self {
            Which::Phone => Medium::Phone,
            _ => Medium::Email,
        }
    }
}

/// The moment the drafts are written for, in the company's zone. With only a date, the day
/// starts at 00:00 so output is reproducible.
#[derive(Debug, Clone, Copy)]
pub struct Now {
    pub at: DateTime,
}

/// Renders one draft for the case. `override_dir` replaces built-in templates file by file.
pub fn render(case: &Case, which: Which, now: Now, override_dir: Option<&Path>) -> Result<Draft> {
    let name = which.file(case.lang);
    let (source, origin) = template_source(&name, override_dir)?;
    let mut tera = engine();
    tera.add_raw_template(&name, &source)
        .map_err(|e| template_error(&origin, &e))?;
    let medium = which.medium();
    let prepared = prepare::prepare(case);
    let mut ctx = context(case, &prepared, medium, now);
    ctx.insert("speaking_time", "");
    ctx.insert("speaking_long", &false);
    let mut text =
        crate::limits::render(&tera, &name, &ctx).map_err(|e| template_error(&origin, &e))?;
    if which == Which::Phone {
        // The estimate depends on the rendered lines, so render once to measure, then again.
        let n = talk_size(&text, case.lang);
        ctx.insert("speaking_time", &speaking_label(n, case.lang));
        // The same limit as the `length` rule, so the script and the checker agree.
        ctx.insert(
            "speaking_long",
            &(n > text::length_limit(Medium::Phone, case.lang)),
        );
        text =
            crate::limits::render(&tera, &name, &ctx).map_err(|e| template_error(&origin, &e))?;
    }
    let text = tidy(&text);
    let sources = locate_fields(&text, case, &prepared, medium);
    Ok(Draft {
        medium,
        lang: case.lang,
        text,
        sources,
        template: origin,
        notes: prepared.changes.iter().map(|c| c.note(case.lang)).collect(),
    })
}

/// What a phone script says to the recruiter: the lines under its 【…】 labels after the
/// receptionist's, up to the first ■ branch, without labels and （…） notes.
fn talk_size(script: &str, lang: Lang) -> usize {
    let mut in_talk = false;
    let mut n = 0;
    for line in script.lines().map(str::trim) {
        if line.starts_with('■') {
            break;
        }
        let label = line.starts_with(['【', '[']) && line.ends_with(['】', ']']);
        if label {
            in_talk = !(line.contains("受付") || line.to_lowercase().contains("reception"));
            continue;
        }
        let note = line.starts_with(['（', '(']) && line.ends_with(['）', ')']);
        if in_talk && !note {
            n += text::size(line, lang);
        }
    }
    n
}

/// Finds each sentence of the student's fields in the rendered text, wherever the template put
/// it and however it was wrapped.
fn locate_fields(text: &str, case: &Case, prepared: &Prepared, medium: Medium) -> Vec<Source> {
    let (flat, map) = flatten(text, case.lang);
    let fields: [(&'static str, Option<&prepare::Field>); 4] = [
        ("reasons.regret", Some(&prepared.regret)),
        ("reasons.why_this_company", Some(&prepared.why_this_company)),
        (
            "reasons.declined_because",
            prepared.declined_because.as_ref(),
        ),
        ("reasons.commitment", prepared.commitment.as_ref()),
    ];
    let mut out = Vec::new();
    for (field, value) in fields {
        let Some(value) = value else { continue };
        for sentence in &value.sentences {
            let (needle, _) = flatten(&to_medium(sentence, medium), case.lang);
            let needle = needle.as_str();
            if needle.is_empty() {
                continue;
            }
            for (at, _) in flat.match_indices(needle) {
                out.push(Source {
                    range: map[at]..map[at + needle.len() - 1] + 1,
                    field,
                });
            }
        }
    }
    out.sort_by_key(|s| s.range.start);
    out.dedup();
    out
}

/// The text without white space (Japanese) or with each run of it as one space (English), and
/// for every byte of the result the byte of `text` it came from.
fn flatten(text: &str, lang: Lang) -> (String, Vec<usize>) {
    let mut flat = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let mut space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if lang == Lang::En && !flat.is_empty() && !space {
                flat.push(' ');
                map.push(i);
                space = true;
            }
            continue;
        }
        space = false;
        flat.push(c);
        map.extend(i..i + c.len_utf8());
    }
    (flat, map)
}

fn template_source(name: &str, override_dir: Option<&Path>) -> Result<(String, String)> {
    if let Some(dir) = override_dir {
        // A misspelt folder would otherwise give the built-in letters without a word.
        if !dir.is_dir() {
            return Err(Error::Usage(format!(
                "the template folder {} does not exist (or is not a folder)",
                dir.display()
            )));
        }
        let path = dir.join(name);
        if let Some(bytes) = crate::files::read_template(&path)? {
            let shown = path.display().to_string();
            let text = crate::profile::decode(&shown, bytes)?;
            return Ok((text, shown));
        }
    }
    let builtin = BUILTINS
        .iter()
        .find(|b| b.name == name)
        .ok_or_else(|| Error::Usage(format!("no built-in template named {name}")))?;
    Ok((builtin.source.to_owned(), format!("built-in {name}")))
}

fn template_error(origin: &str, e: &tera::Error) -> Error {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(&format!(": {s}"));
        source = s.source();
    }
    Error::Template {
        name: origin.to_owned(),
        message,
    }
}

/// A tera instance for plain text: no escaping, our filters registered before any template.
fn engine() -> Tera {
    let mut tera = Tera::default();
    tera.autoescape_on(Vec::<&str>::new());
    tera.register_function("range", crate::limits::range);
    tera.register_filter("wrap", |s: &str, kwargs: Kwargs, _: &State| {
        let width = kwargs.get::<i64>("width").ok().flatten().unwrap_or(70);
        wrap::wrap(s, usize::try_from(width).unwrap_or(70))
    });
    tera.register_filter("sentences", |s: &str, _: Kwargs, _: &State| {
        sentences_of(s).join("\n")
    });
    tera.register_filter("first_sentence", |s: &str, _: Kwargs, _: &State| {
        sentences_of(s).into_iter().next().unwrap_or_default()
    });
    tera.register_filter("last_sentence", |s: &str, _: Kwargs, _: &State| {
        sentences_of(s).into_iter().last().unwrap_or_default()
    });
    tera.register_filter("spoken", |s: &str, _: Kwargs, _: &State| {
        to_medium(s, Medium::Phone)
    });
    tera.register_filter("written", |s: &str, _: Kwargs, _: &State| {
        to_medium(s, Medium::Email)
    });
    tera
}

/// The sentences of a text, one string each, in the language its characters show.
fn sentences_of(s: &str) -> Vec<String> {
    let lang = text::detect_lang(s);
    text::sentences(s, lang)
        .into_iter()
        .map(|r| s[r].to_owned())
        .collect()
}

/// 貴社 is for writing and 御社 for speech; students paste the same reason into both, so the
/// profile's text is converted to the medium of each draft.
pub fn to_medium(s: &str, medium: Medium) -> String {
    match medium {
        Medium::Email => s.replace("御社", "貴社"),
        Medium::Phone => s.replace("貴社", "御社"),
    }
}

/// Blank lines left by skipped template sections collapse to one; trailing spaces go.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out.push('\n');
    out
}

/// 約1分44秒〜2分05秒（520字…） / about 1:32–1:46, 230 words….
fn speaking_label(n: usize, lang: Lang) -> String {
    let (slow, fast) = text::speaking_seconds(n, lang);
    let mmss = |s: usize| format!("{}:{:02}", s / 60, s % 60);
    match lang {
        Lang::Ja => format!(
            "約{}分{:02}秒〜{}分{:02}秒（{n}字、1分間に250〜300字として）",
            fast / 60,
            fast % 60,
            slow / 60,
            slow % 60
        ),
        Lang::En => format!(
            "about {}–{}, {n} words at 130–150 a minute",
            mmss(fast),
            mmss(slow)
        ),
    }
}

#[derive(Serialize)]
struct Timing {
    /// Days since the decline.
    days: i64,
    /// How urgent the call is: `today` (0–2 days), `dropping` (3–7), `long-shot` (over 7).
    urgency: &'static str,
    /// The next good window, already phrased for the draft's language.
    window: String,
    /// Whether that window is open right now.
    open_now: bool,
    /// When to say you will call back (voicemail, recruiter absent): the start of the window
    /// after the one the call is made in, named so that it holds whenever the script is read
    /// out between now and the end of that window.
    callback: String,
    /// More than about a week since the decline: the drafts apologise for the delay too.
    late: bool,
}

fn context(case: &Case, prepared: &Prepared, medium: Medium, now: Now) -> Context {
    let mut ctx = Context::new();
    let in_medium = |f: &prepare::Field| to_medium(&f.text(case.lang), medium);
    ctx.insert("lang", &case.lang);
    ctx.insert("applicant", &case.applicant);
    ctx.insert("company", &case.company);
    ctx.insert("contact", &case.company.contact);
    ctx.insert(
        "reasons",
        &serde_json::json!({
            "regret": in_medium(&prepared.regret),
            "why_this_company": in_medium(&prepared.why_this_company),
            "commitment": prepared.commitment.as_ref().map(in_medium),
            "declined_because": prepared.declined_because.as_ref().map(in_medium),
        }),
    );
    // 佐藤 美咲 → 佐藤: running text uses the family name only (佐藤様がご不在…).
    let contact_short = case
        .company
        .contact
        .name
        .as_deref()
        .map(|n| n.split_whitespace().next().unwrap_or(n).to_owned());
    ctx.insert("contact_short", &contact_short);
    ctx.insert("affiliation", &affiliation(case));
    ctx.insert("to", &to_line(case));
    let t = &case.timeline;
    ctx.insert(
        "declined_on",
        &calendar::date_label(t.declined_on, case.lang),
    );
    ctx.insert("called", &t.called_on.is_some());
    ctx.insert(
        "called_on",
        &t.called_on
            .map(|d| calendar::relative_label(d, case.today, case.lang)),
    );
    ctx.insert("today", &calendar::date_label(case.today, case.lang));
    let days = case.days_since_decline();
    let window = calendar::next_call_window(now.at);
    ctx.insert(
        "timing",
        &Timing {
            days,
            urgency: match days {
                ..=2 => "today",
                3..=7 => "dropping",
                _ => "long-shot",
            },
            window: calendar::window_label(&window, now.at.date(), case.lang),
            open_now: window.open_now,
            callback: calendar::callback_label(&window, now.at.date(), case.lang),
            late: days > LATE_AFTER_DAYS,
        },
    );
    ctx.insert("university_in_text", &university_in_text(case));
    ctx
}

/// Days after the decline past which a call or a letter is late and apologises for the delay
/// too (advisors say to try within about a week).
const LATE_AFTER_DAYS: i64 = 7;

/// The university as running English text names it: "the University of Tokyo", but "Toto
/// University". Japanese names stand as written.
fn university_in_text(case: &Case) -> String {
    let name = case.applicant.university.trim();
    let lower = name.to_ascii_lowercase();
    if case.lang == Lang::En && lower.starts_with("university of ") {
        format!("the {name}")
    } else {
        name.to_owned()
    }
}

/// 東都大学 経済学部 経済学科 4年: the affiliation line of the signature.
fn affiliation(case: &Case) -> String {
    let a = &case.applicant;
    let parts = [
        Some(a.university.as_str()),
        a.faculty.as_deref(),
        a.department.as_deref(),
        a.year.as_deref(),
    ];
    let parts = parts.into_iter().flatten();
    match case.lang {
        Lang::Ja => parts.collect::<Vec<_>>().join(" "),
        // English runs from the person outwards: 4th-year student, Faculty of Economics, Toto
        // University.
        Lang::En => parts.rev().collect::<Vec<_>>().join(", "),
    }
}

/// The `To:` value: who, then the address when the profile has one.
fn to_line(case: &Case) -> String {
    let c = &case.company;
    let who = match case.lang {
        Lang::Ja => {
            let mut s = c.name.clone();
            if let Some(d) = &c.department {
                s.push(' ');
                s.push_str(d);
            }
            match &c.contact.name {
                Some(n) => s.push_str(&format!(" {n} 様")),
                None => s.push_str(" 採用ご担当者様"),
            }
            s
        }
        Lang::En => match &c.contact.name {
            Some(n) => format!("{n}, {}", c.name),
            None => format!("Hiring Team, {}", c.name),
        },
    };
    match &c.contact.email {
        Some(e) => format!("{} <{e}>", display_name(&who)),
        None => who,
    }
}

/// An RFC 5322 display name: quoted when it holds a special character, so that `msmtp -t`
/// reads `"Ms. Chen, Aozora Inc." <a@b>` as one recipient, not two.
fn display_name(name: &str) -> String {
    const SPECIALS: &[char] = &[
        '(', ')', '<', '>', '[', ']', ':', ';', '@', '\\', ',', '.', '"',
    ];
    if !name.contains(SPECIALS) {
        return name.to_owned();
    }
    let mut out = String::with_capacity(name.len() + 2);
    out.push('"');
    for c in name.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medium_conversion_goes_both_ways() {
        assert_eq!(to_medium("御社の製品", Medium::Email), "貴社の製品");
        assert_eq!(to_medium("貴社の製品", Medium::Phone), "御社の製品");
    }

    #[test]
    fn display_names_with_specials_are_quoted() {
        assert_eq!(
            display_name("株式会社A 人事部 佐藤 様"),
            "株式会社A 人事部 佐藤 様"
        );
        assert_eq!(
            display_name("Ms. Chen, Aozora Inc."),
            "\"Ms. Chen, Aozora Inc.\""
        );
        assert_eq!(
            display_name(r#"Hiring Team, "Best" \ Co"#),
            r#""Hiring Team, \"Best\" \\ Co""#
        );
    }

    #[test]
    fn tidy_collapses_blank_runs() {
        assert_eq!(tidy("a  \n\n\n\nb\n\n"), "a\n\nb\n");
    }
}
