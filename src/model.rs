//! The validated case: every required field present, dates real and in order, single-line
//! fields free of line breaks. Drafting and checking work only from this type.

use std::path::PathBuf;

use jiff::civil::Date;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::locate;
use crate::profile::{self, Profile, Text};

pub use crate::text::Lang;

#[derive(Debug, Clone, Serialize)]
pub struct Applicant {
    pub name: String,
    pub name_reading: Option<String>,
    pub university: String,
    pub faculty: Option<String>,
    pub department: Option<String>,
    pub year: Option<String>,
    pub phone: String,
    pub email: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub name: Option<String>,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Company {
    pub name: String,
    pub department: Option<String>,
    pub position: Option<String>,
    pub contact: Contact,
    pub timezone: String,
}

#[derive(Debug, Clone, Copy)]
pub struct Timeline {
    pub offer_received_on: Option<Date>,
    pub declined_on: Date,
    pub called_on: Option<Date>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Reasons {
    pub regret: String,
    pub why_this_company: String,
    pub commitment: Option<String>,
    pub declined_because: Option<String>,
}

/// Everything the drafts and checks need, validated.
#[derive(Debug, Clone)]
pub struct Case {
    /// The profile's path as the user gave it, for messages.
    pub file: String,
    pub lang: Lang,
    pub applicant: Applicant,
    pub company: Company,
    pub timeline: Timeline,
    pub reasons: Reasons,
    pub today: Date,
    pub templates: Option<PathBuf>,
    pub ignore: Vec<String>,
}

impl Case {
    /// Days since the decline, counted in calendar days.
    pub fn days_since_decline(&self) -> i64 {
        (self.today - self.timeline.declined_on).get_days().into()
    }
}

/// Validates a parsed profile. `src` is the profile's text, used to find lines for messages.
pub fn validate(file: &str, src: &str, raw: Profile, today: Date) -> Result<Case> {
    let v = Validator { file, src };
    let lang = match raw.language.as_ref().map(|t| t.value.trim()) {
        None | Some("") | Some("ja") | Some("jp") | Some("japanese") => Lang::Ja,
        Some("en") | Some("english") => Lang::En,
        Some(other) => {
            return Err(v
                .err(&["language"], format!("unknown language `{other}`"))
                .with_help("use `ja` (Japanese, the default) or `en` (English)"))
        }
    };

    let a = raw.applicant.unwrap_or_default();
    let applicant = Applicant {
        name: v.line_required(
            &["applicant", "name"],
            a.name,
            "your full name, e.g. 山田 太郎",
        )?,
        name_reading: v.line_optional(&["applicant", "name_reading"], a.name_reading)?,
        university: v.line_required(
            &["applicant", "university"],
            a.university,
            "your university, e.g. 東都大学",
        )?,
        faculty: v.line_optional(&["applicant", "faculty"], a.faculty)?,
        department: v.line_optional(&["applicant", "department"], a.department)?,
        year: v.line_optional(&["applicant", "year"], a.year)?,
        phone: v
            .phone(&["applicant", "phone"], a.phone, true)?
            .unwrap_or_default(),
        email: v
            .email(&["applicant", "email"], a.email, true)?
            .unwrap_or_default(),
    };

    let c = raw.company.unwrap_or_default();
    let k = c.contact.unwrap_or_default();
    let contact = Contact {
        name: v
            .line_optional(&["company", "contact", "name"], k.name)?
            .map(|n| strip_honorific(&n)),
        title: v.line_optional(&["company", "contact", "title"], k.title)?,
        email: v.email(&["company", "contact", "email"], k.email, false)?,
        phone: v.phone(&["company", "contact", "phone"], k.phone, false)?,
    };
    let company_name = v.line_required(
        &["company", "name"],
        c.name,
        "the company's full legal name, e.g. 株式会社北斗精機",
    )?;
    if company_name.contains("(株)")
        || company_name.contains("（株）")
        || company_name.contains('㈱')
    {
        return Err(v
            .err(
                &["company", "name"],
                "the company name is abbreviated with (株)",
            )
            .with_help("write 株式会社 in full, in its correct place (前株 or 後株)"));
    }
    let timezone = match v.line_optional(&["company", "timezone"], c.timezone)? {
        Some(tz) => {
            if jiff::tz::TimeZone::get(&tz).is_err() {
                return Err(v
                    .err(
                        &["company", "timezone"],
                        format!("unknown time zone `{tz}`"),
                    )
                    .with_help("use an IANA zone name such as Asia/Tokyo or Europe/London"));
            }
            tz
        }
        None => "Asia/Tokyo".to_owned(),
    };
    let company = Company {
        name: company_name,
        department: v.line_optional(&["company", "department"], c.department)?,
        position: v.line_optional(&["company", "position"], c.position)?,
        contact,
        timezone,
    };

    let t = raw.timeline.unwrap_or_default();
    let offer_received_on = v.date(
        &["timeline", "offer_received_on"],
        t.offer_received_on,
        today,
    )?;
    let declined_on = v
        .date(&["timeline", "declined_on"], t.declined_on, today)?
        .ok_or_else(|| {
            v.missing(
                &["timeline", "declined_on"],
                "the day you declined the offer, as YYYY-MM-DD",
            )
        })?;
    let called_on = v.date(&["timeline", "called_on"], t.called_on, today)?;
    if let Some(offer) = offer_received_on {
        if offer > declined_on {
            return Err(v.err(
                &["timeline", "offer_received_on"],
                format!("the offer ({offer}) comes after the decline ({declined_on})"),
            ));
        }
    }
    if let Some(called) = called_on {
        if called < declined_on {
            return Err(v
                .err(
                    &["timeline", "called_on"],
                    format!("the call ({called}) is before the decline ({declined_on})"),
                )
                .with_help("called_on is the day you phoned to ask them to reconsider"));
        }
    }

    let r = raw.reasons.unwrap_or_default();
    let reasons = Reasons {
        regret: v.text_required(
            &["reasons", "regret"],
            r.regret,
            "what changed and why you regret the decline, concretely",
        )?,
        why_this_company: v.text_required(
            &["reasons", "why_this_company"],
            r.why_this_company,
            "what only this company offers you",
        )?,
        commitment: v.text_optional(r.commitment),
        declined_because: v.text_optional(r.declined_because),
    };

    let templates = v
        .line_optional(&["templates"], raw.templates)?
        .map(PathBuf::from);
    let ignore = raw
        .check
        .and_then(|c| c.ignore)
        .unwrap_or_default()
        .into_iter()
        .map(|t| t.value.trim().to_owned())
        .collect();

    Ok(Case {
        file: file.to_owned(),
        lang,
        applicant,
        company,
        timeline: Timeline {
            offer_received_on,
            declined_on,
            called_on,
        },
        reasons,
        today,
        templates,
        ignore,
    })
}

/// Reads, parses and validates a profile file.
pub fn load(file: &str, bytes: Vec<u8>, today: Date) -> Result<Case> {
    let src = profile::decode(file, bytes)?;
    let raw = profile::parse(file, &src)?;
    validate(file, &src, raw, today)
}

/// Students often type the honorific into the name; the templates add it themselves.
fn strip_honorific(name: &str) -> String {
    let mut n = name.trim();
    for suffix in ["様", "さま", "殿"] {
        n = n.strip_suffix(suffix).unwrap_or(n).trim_end();
    }
    n.to_owned()
}

struct Validator<'a> {
    file: &'a str,
    src: &'a str,
}

impl Validator<'_> {
    fn err(&self, path: &[&str], message: impl Into<String>) -> Error {
        Error::input(
            self.file,
            path.join("."),
            locate::nearest_line(self.src, path),
            message,
        )
    }

    fn missing(&self, path: &[&str], what: &str) -> Error {
        self.err(path, "is required but missing or empty")
            .with_help(format!("add `{}: …` with {what}", path[path.len() - 1]))
    }

    fn line_optional(&self, path: &[&str], t: Option<Text>) -> Result<Option<String>> {
        let Some(t) = t else { return Ok(None) };
        let value = t.value.trim();
        if value.is_empty() {
            return Ok(None);
        }
        if value.contains(['\n', '\r']) {
            return Err(self
                .err(path, "must be a single line, but contains a line break")
                .with_help("write it on one line; only the reasons may span several lines"));
        }
        if let Some(c) = value.chars().find(|c| c.is_control()) {
            return Err(self.err(
                path,
                format!("contains the control character U+{:04X}", u32::from(c)),
            ));
        }
        Ok(Some(value.to_owned()))
    }

    fn line_required(&self, path: &[&str], t: Option<Text>, what: &str) -> Result<String> {
        self.line_optional(path, t)?
            .ok_or_else(|| self.missing(path, what))
    }

    fn text_optional(&self, t: Option<Text>) -> Option<String> {
        t.map(|t| t.value.trim().replace("\r\n", "\n"))
            .filter(|s| !s.is_empty())
    }

    fn text_required(&self, path: &[&str], t: Option<Text>, what: &str) -> Result<String> {
        self.text_optional(t)
            .ok_or_else(|| self.missing(path, what))
    }

    fn email(&self, path: &[&str], t: Option<Text>, required: bool) -> Result<Option<String>> {
        let Some(value) = self.line_optional(path, t)? else {
            return if required {
                Err(self.missing(path, "an email address you read every day"))
            } else {
                Ok(None)
            };
        };
        if value.contains('＠') || value.chars().any(|c| ('！'..='～').contains(&c)) {
            return Err(self
                .err(path, format!("`{value}` contains full-width characters"))
                .with_help("type the address in half-width (ASCII) characters"));
        }
        if !is_email(&value) {
            return Err(self
                .err(path, format!("`{value}` is not a valid email address"))
                .with_help("write it as name@example.co.jp, with no spaces or brackets"));
        }
        Ok(Some(value))
    }

    fn phone(&self, path: &[&str], t: Option<Text>, required: bool) -> Result<Option<String>> {
        let was_number = t.as_ref().is_some_and(|t| t.was_number);
        let Some(value) = self.line_optional(path, t)? else {
            return if required {
                Err(self.missing(
                    path,
                    "a phone number they can call back, e.g. \"090-1234-5678\"",
                ))
            } else {
                Ok(None)
            };
        };
        if was_number {
            return Err(self
                .err(path, "was read as a number, which drops a leading 0")
                .with_help(format!(
                    "put it in quotes: `phone: \"0{value}\"` (with your real number)"
                )));
        }
        let digits = value.chars().filter(char::is_ascii_digit).count();
        let allowed = value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | ' ' | '(' | ')' | '.'));
        if !allowed || !(7..=15).contains(&digits) {
            let help = if value
                .chars()
                .any(|c| ('０'..='９').contains(&c) || c == 'ー' || c == '－')
            {
                "type the number in half-width digits and hyphens, e.g. 090-1234-5678"
            } else {
                "use digits and hyphens only, e.g. 090-1234-5678"
            };
            return Err(self
                .err(path, format!("`{value}` is not a phone number"))
                .with_help(help));
        }
        Ok(Some(value))
    }

    fn date(&self, path: &[&str], t: Option<Text>, today: Date) -> Result<Option<Date>> {
        let Some(value) = self.line_optional(path, t)? else {
            return Ok(None);
        };
        let normalized = value.replace('/', "-");
        let date = parse_date(&normalized).ok_or_else(|| {
            self.err(path, format!("`{value}` is not a real date"))
                .with_help("write dates as YYYY-MM-DD, e.g. 2026-11-21")
        })?;
        if date > today {
            return Err(self
                .err(path, format!("{date} is in the future (today is {today})"))
                .with_help("check the year and month; pass --today if your clock is wrong"));
        }
        Ok(Some(date))
    }
}

fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

/// A deliberately plain check: one `@`, a local part of printable ASCII without spaces or
/// brackets, and a dotted domain of letters, digits and hyphens.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && domain.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    local_ok && domain_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_validation() {
        assert!(is_email("taro.yamada@toto-u.ac.jp"));
        assert!(is_email("a+b@example.com"));
        for bad in [
            "taro",
            "a@b",
            "a b@example.com",
            "a@@example.com",
            "<a@example.com>",
            "a@-x.com",
            "a..b@example.com",
        ] {
            assert!(!is_email(bad), "{bad} should be rejected");
        }
    }

    #[test]
    fn dates_must_be_real() {
        assert!(parse_date("2026-02-30").is_none());
        assert!(parse_date("26-11-21").is_none());
        assert_eq!(
            parse_date("2026-11-21"),
            Some(jiff::civil::date(2026, 11, 21))
        );
    }

    #[test]
    fn honorific_in_contact_name_is_dropped() {
        assert_eq!(strip_honorific("佐藤 美咲 様"), "佐藤 美咲");
        assert_eq!(strip_honorific("佐藤様"), "佐藤");
    }
}
