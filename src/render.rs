//! Rendering: the validated [`Case`] and a template become a [`Draft`] (text, kind, language).
//!
//! Templates are plain-text tera files under `templates/`, embedded at compile time. A user
//! folder (`--templates DIR` or `templates:` in the profile) replaces them file by file, the way
//! zola and mdBook themes work. Profile text is passed as data, never as template source, so a
//! reason containing `{{ x }}` or `<b>` comes out exactly as written.

use std::path::Path;

use jiff::civil::{Date, DateTime};
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::calendar::{self, CallWindow, Slot};
use crate::error::{Error, Result};
use crate::model::{Case, Lang};
use crate::wrap;

/// What a draft is for; decides which medium rules apply (貴社 in writing, 御社 on the phone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Email,
    Phone,
}

/// Which email the student needs: the request itself, or one of the follow-ups after the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
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
    pub kind: Kind,
    pub lang: Lang,
    /// The whole text as printed by `draft` / `phone-script`.
    pub text: String,
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

    pub fn kind(self) -> Kind {
        match self {
            Which::Phone => Kind::Phone,
            _ => Kind::Email,
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
    let mut ctx = context(case, which.kind(), now);
    ctx.insert("speaking_time", "");
    ctx.insert("speaking_long", &false);
    let mut text =
        crate::limits::render(&tera, &name, &ctx).map_err(|e| template_error(&origin, &e))?;
    if which == Which::Phone {
        // The estimate depends on the rendered lines, so render once to measure, then again.
        let doc = crate::check::Document::parse(&text, Kind::Phone, case.lang);
        ctx.insert("speaking_time", &speaking_label(&doc));
        // The same limit as the `length` rule, so the script and the checker agree.
        let (n, _, _) = crate::check::signals::speaking_time(&doc);
        let limit = crate::check::rules::length_limit(Kind::Phone, case.lang);
        ctx.insert("speaking_long", &(n > limit));
        text =
            crate::limits::render(&tera, &name, &ctx).map_err(|e| template_error(&origin, &e))?;
    }
    Ok(Draft {
        kind: which.kind(),
        lang: case.lang,
        text: tidy(&text),
    })
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
        s.lines()
            .flat_map(|l| wrap::split_sentences(l.trim()))
            .map(|x| x.trim().to_owned())
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    });
    tera.register_filter("first_sentence", |s: &str, _: Kwargs, _: &State| {
        wrap::split_sentences(s.trim())
            .into_iter()
            .next()
            .unwrap_or_default()
            .trim()
            .to_owned()
    });
    tera.register_filter("last_sentence", |s: &str, _: Kwargs, _: &State| {
        wrap::split_sentences(s.trim())
            .into_iter()
            .last()
            .unwrap_or_default()
            .trim()
            .to_owned()
    });
    tera.register_filter("spoken", |s: &str, _: Kwargs, _: &State| {
        to_medium(s, Kind::Phone)
    });
    tera.register_filter("written", |s: &str, _: Kwargs, _: &State| {
        to_medium(s, Kind::Email)
    });
    tera
}

/// 貴社 is for writing and 御社 for speech; students paste the same reason into both, so the
/// profile's text is converted to the medium of each draft.
pub fn to_medium(s: &str, kind: Kind) -> String {
    match kind {
        Kind::Email => s.replace("御社", "貴社"),
        Kind::Phone => s.replace("貴社", "御社"),
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
fn speaking_label(doc: &crate::check::Document) -> String {
    let (n, slow, fast) = crate::check::signals::speaking_time(doc);
    let mmss = |s: usize| format!("{}:{:02}", s / 60, s % 60);
    match doc.lang {
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
    /// When to say you will call back (voicemail): the start of the window after this one,
    /// named from the day of the call.
    callback: String,
}

fn context(case: &Case, kind: Kind, now: Now) -> Context {
    let mut ctx = Context::new();
    let medium = |s: &str| to_medium(s, kind);
    ctx.insert("lang", &case.lang);
    ctx.insert("applicant", &case.applicant);
    ctx.insert("company", &case.company);
    ctx.insert("contact", &case.company.contact);
    ctx.insert(
        "reasons",
        &serde_json::json!({
            "regret": medium(&case.reasons.regret),
            "why_this_company": medium(&case.reasons.why_this_company),
            "commitment": case.reasons.commitment.as_deref().map(medium),
            "declined_because": case.reasons.declined_because.as_deref().map(medium),
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
    ctx.insert("declined_on", &date_label(t.declined_on, case.lang));
    ctx.insert("called", &t.called_on.is_some());
    ctx.insert(
        "called_on",
        &t.called_on
            .map(|d| relative_label(d, case.today, case.lang)),
    );
    ctx.insert("today", &date_label(case.today, case.lang));
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
            window: window_label(&window, now.at.date(), case.lang),
            open_now: window.open_now,
            callback: callback_label(&window, case.lang),
        },
    );
    ctx
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

/// 1 day, 2 days: an English count of days.
pub fn days_en(n: i64) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
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

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const EN_WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const JA_WEEKDAYS: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];

/// 11月21日 / November 21.
pub fn date_label(d: Date, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}月{}日", d.month(), d.day()),
        Lang::En => format!(
            "{} {}",
            EN_MONTHS[usize::from(d.month().unsigned_abs()) - 1],
            d.day()
        ),
    }
}

/// 本日 / 昨日 / 11月23日, for "I called you …".
fn relative_label(d: Date, today: Date, lang: Lang) -> String {
    let days = (today - d).get_days();
    match (lang, days) {
        (Lang::Ja, 0) => "本日".to_owned(),
        (Lang::Ja, 1) => "昨日".to_owned(),
        (Lang::En, 0) => "today".to_owned(),
        (Lang::En, 1) => "yesterday".to_owned(),
        (Lang::Ja, _) => format!("{}月{}日", d.month(), d.day()),
        (Lang::En, _) => format!("on {}", date_label(d, lang)),
    }
}

fn weekday_index(d: Date) -> usize {
    usize::try_from(d.weekday().to_monday_zero_offset()).unwrap_or(0)
}

/// 本日 14:00〜16:30 / 11月30日（月）10:00〜11:30; today 14:00–16:30 / Monday, November 30, ….
pub fn window_label(w: &CallWindow, today: Date, lang: Lang) -> String {
    let range = |sep: &str| {
        let (s, e) = match w.slot {
            Slot::Morning => ("10:00", "11:30"),
            Slot::Afternoon => ("14:00", "16:30"),
        };
        format!("{s}{sep}{e}")
    };
    let days = (w.date - today).get_days();
    match lang {
        Lang::Ja => {
            let day = match days {
                0 => "本日".to_owned(),
                1 => format!(
                    "明日 {}月{}日（{}）",
                    w.date.month(),
                    w.date.day(),
                    JA_WEEKDAYS[weekday_index(w.date)]
                ),
                _ => format!(
                    "{}月{}日（{}）",
                    w.date.month(),
                    w.date.day(),
                    JA_WEEKDAYS[weekday_index(w.date)]
                ),
            };
            format!("{day} {}", range("〜"))
        }
        Lang::En => {
            let day = match days {
                0 => "today".to_owned(),
                1 => format!(
                    "tomorrow, {}, {}",
                    EN_WEEKDAYS[weekday_index(w.date)],
                    date_label(w.date, lang)
                ),
                _ => format!(
                    "{}, {}",
                    EN_WEEKDAYS[weekday_index(w.date)],
                    date_label(w.date, lang)
                ),
            };
            format!("{day}, {} company time", range("–"))
        }
    }
}

/// The start of the window after `w`, named from the day of the call (the voicemail is left
/// during `w`, not on the day the script was printed): 本日14時ごろ / 明日10時ごろ /
/// 11月30日（月）10時ごろ; this afternoon at around 2 / tomorrow morning at around 10.
fn callback_label(w: &CallWindow, lang: Lang) -> String {
    let after = w.date.to_datetime(w.end);
    let next = calendar::next_call_window(after);
    let hour = next.start.hour();
    let days = (next.date - w.date).get_days();
    match lang {
        Lang::Ja => {
            let day = match days {
                0 => "本日".to_owned(),
                1 => "明日".to_owned(),
                _ => format!(
                    "{}月{}日（{}）",
                    next.date.month(),
                    next.date.day(),
                    JA_WEEKDAYS[weekday_index(next.date)]
                ),
            };
            format!("{day}{hour}時ごろ")
        }
        Lang::En => {
            let part = if hour >= 12 { "afternoon" } else { "morning" };
            let day = match days {
                0 => format!("this {part}"),
                1 => format!("tomorrow {part}"),
                _ => format!("on {} {part}", EN_WEEKDAYS[weekday_index(next.date)]),
            };
            let h12 = if hour > 12 { hour - 12 } else { hour };
            format!("{day} at around {h12}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medium_conversion_goes_both_ways() {
        assert_eq!(to_medium("御社の製品", Kind::Email), "貴社の製品");
        assert_eq!(to_medium("貴社の製品", Kind::Phone), "御社の製品");
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
