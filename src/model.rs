//! The validated case: every required field present, dates real and in order, single-line
//! fields free of line breaks. Drafting and checking work only from this type.

use std::cell::RefCell;
use std::path::PathBuf;

use jiff::civil::Date;
use serde::Serialize;

use crate::error::{Error, InputError, Result};
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
    /// The company's main number (代表番号), as opposed to the recruiter's direct line.
    pub phone: Option<String>,
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

/// More problems than this are counted, not listed.
const MAX_PROBLEMS: usize = 20;

/// Validates a parsed profile. `src` is the profile's text, used to find lines for messages.
///
/// Every problem is collected, so that a student filling in a starter profile learns all that
/// is missing in one run; messages are in the profile's language.
///
/// `rules` are the ids `check.ignore` may name (the checker's, [`crate::check::rule_ids`]).
pub fn validate(file: &str, src: &str, raw: Profile, today: Date, rules: &[&str]) -> Result<Case> {
    let lang = match raw.language.as_ref().map(|t| t.value.trim()) {
        None | Some("") | Some("ja") | Some("jp") | Some("japanese") => Some(Lang::Ja),
        Some("en") | Some("english") => Some(Lang::En),
        Some(_) => None,
    };
    let v = Validator {
        file,
        src,
        lang: lang.unwrap_or(Lang::Ja),
        today: Some(today),
        problems: RefCell::new(Vec::new()),
    };
    if lang.is_none() {
        let other = raw.language.as_ref().map_or("", |t| t.value.trim());
        v.report(
            v.err(
                &["language"],
                format!("言語 `{other}` には対応していません"),
                format!("unknown language `{other}`"),
            )
            .with_help(v.t(
                "`ja`（日本語、既定）か `en`（英語）を書きます",
                "use `ja` (Japanese, the default) or `en` (English)",
            )),
        );
    }

    let a = raw.applicant.unwrap_or_default();
    let applicant = Applicant {
        name: v.line_required(
            &["applicant", "name"],
            a.name,
            ("氏名（例：山田 太郎）", "your full name, e.g. 山田 太郎"),
        ),
        name_reading: v.line_optional(&["applicant", "name_reading"], a.name_reading),
        university: v.line_required(
            &["applicant", "university"],
            a.university,
            ("大学名（例：東都大学）", "your university, e.g. 東都大学"),
        ),
        faculty: v.line_optional(&["applicant", "faculty"], a.faculty),
        department: v.line_optional(&["applicant", "department"], a.department),
        year: v.line_optional(&["applicant", "year"], a.year),
        phone: v
            .phone(&["applicant", "phone"], a.phone, true)
            .unwrap_or_default(),
        email: v
            .email(&["applicant", "email"], a.email, true)
            .unwrap_or_default(),
    };

    let c = raw.company.unwrap_or_default();
    let k = c.contact.unwrap_or_default();
    let contact = Contact {
        name: v
            .line_optional(&["company", "contact", "name"], k.name)
            .map(|n| strip_honorific(&n)),
        title: v.line_optional(&["company", "contact", "title"], k.title),
        email: v.email(&["company", "contact", "email"], k.email, false),
        phone: v.phone(&["company", "contact", "phone"], k.phone, false),
    };
    let company_name = v.line_required(
        &["company", "name"],
        c.name,
        (
            "会社の正式名称（例：株式会社北斗精機）",
            "the company's full legal name, e.g. 株式会社北斗精機",
        ),
    );
    if company_name.contains("(株)")
        || company_name.contains("（株）")
        || company_name.contains('㈱')
    {
        v.report(
            v.err(
                &["company", "name"],
                "会社名が (株) と略されています",
                "the company name is abbreviated with (株)",
            )
            .with_help(v.t(
                "株式会社を略さず、正しい位置（前株か後株か）に書きます",
                "write 株式会社 in full, in its correct place (前株 or 後株)",
            )),
        );
    }
    let timezone = match v.line_optional(&["company", "timezone"], c.timezone) {
        Some(tz) if jiff::tz::TimeZone::get(&tz).is_err() => {
            v.report(
                v.err(
                    &["company", "timezone"],
                    format!("タイムゾーン `{tz}` が見つかりません"),
                    format!("unknown time zone `{tz}`"),
                )
                .with_help(v.t(
                    "Asia/Tokyo や Europe/London のような IANA の名前で書きます",
                    "use an IANA zone name such as Asia/Tokyo or Europe/London",
                )),
            );
            "Asia/Tokyo".to_owned()
        }
        Some(tz) => tz,
        None => "Asia/Tokyo".to_owned(),
    };
    let company = Company {
        name: company_name,
        department: v.line_optional(&["company", "department"], c.department),
        position: v.line_optional(&["company", "position"], c.position),
        phone: v.phone(&["company", "phone"], c.phone, false),
        contact,
        timezone,
    };

    let t = raw.timeline.unwrap_or_default();
    let offer_received_on = v.date(&["timeline", "offer_received_on"], t.offer_received_on);
    let declined_present = t
        .declined_on
        .as_ref()
        .is_some_and(|d| !d.value.trim().is_empty());
    let declined_on = v.date(&["timeline", "declined_on"], t.declined_on);
    if !declined_present {
        v.report(v.missing(
            &["timeline", "declined_on"],
            (
                "辞退を伝えた日（YYYY-MM-DD）",
                "the day you declined the offer, as YYYY-MM-DD",
            ),
        ));
    }
    let called_on = v.date(&["timeline", "called_on"], t.called_on);
    if let (Some(offer), Some(declined)) = (offer_received_on, declined_on) {
        if offer > declined {
            v.report(v.err(
                &["timeline", "offer_received_on"],
                format!("内定の日（{offer}）が辞退の日（{declined}）より後になっています"),
                format!("the offer ({offer}) comes after the decline ({declined})"),
            ));
        }
    }
    if let (Some(called), Some(declined)) = (called_on, declined_on) {
        if called < declined {
            v.report(
                v.err(
                    &["timeline", "called_on"],
                    format!("電話の日（{called}）が辞退の日（{declined}）より前になっています"),
                    format!("the call ({called}) is before the decline ({declined})"),
                )
                .with_help(v.t(
                    "called_on は、撤回のお願いの電話をかけた日です",
                    "called_on is the day you phoned to ask them to reconsider",
                )),
            );
        }
    }

    let r = raw.reasons.unwrap_or_default();
    let reasons = Reasons {
        regret: v.text_required(
            &["reasons", "regret"],
            r.regret,
            (
                "辞退の後に何があり、なぜ後悔しているのか（具体的に）",
                "what changed and why you regret the decline, concretely",
            ),
        ),
        why_this_company: v.text_required(
            &["reasons", "why_this_company"],
            r.why_this_company,
            (
                "この会社にしかないもの",
                "what only this company offers you",
            ),
        ),
        commitment: v.text_optional(&["reasons", "commitment"], r.commitment),
        declined_because: v.text_optional(&["reasons", "declined_because"], r.declined_because),
    };

    let templates = v
        .line_optional(&["templates"], raw.templates)
        .map(PathBuf::from);
    let ignore: Vec<String> = raw
        .check
        .and_then(|c| c.ignore)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|t| v.line_optional(&["check", "ignore"], Some(t)))
        .collect();
    let mut unknown: Vec<&str> = ignore
        .iter()
        .map(String::as_str)
        .filter(|id| !rules.contains(id))
        .collect();
    // Each id once, and no more than can be shown: locating a line reads the whole file.
    unknown.sort_unstable();
    unknown.dedup();
    let hidden = unknown.len().saturating_sub(MAX_PROBLEMS);
    unknown.truncate(MAX_PROBLEMS);
    for id in unknown {
        {
            let err = v.err(
                &["check", "ignore"],
                format!("`{id}` という規則はありません"),
                format!("unknown rule `{id}`"),
            );
            v.report(match crate::text::suggest(id, rules) {
                Some(s) => err.with_help(v.t(
                    format!("`{s}` の書き間違いではありませんか？（`retract rules` で一覧）"),
                    format!("did you mean `{s}`? (`retract rules` lists them)"),
                )),
                None => err.with_help(v.t(
                    "`retract rules` で規則の一覧を表示します",
                    "`retract rules` lists them",
                )),
            });
        }
    }

    let mut problems = std::mem::take(&mut *v.problems.borrow_mut());
    if problems.len() > MAX_PROBLEMS || hidden > 0 {
        // A list of thousands of bad entries is one mistake made many times: the first few
        // show it.
        let more = problems.len().saturating_sub(MAX_PROBLEMS) + hidden;
        problems.truncate(MAX_PROBLEMS);
        problems.push(InputError {
            file: file.to_owned(),
            field: String::new(),
            line: None,
            message: v.t(
                format!("ほかに{more}件の問題があります"),
                format!("{more} more problems not shown"),
            ),
            help: None,
        });
    }
    if !problems.is_empty() {
        return Err(Error::from_problems(problems));
    }
    Ok(Case {
        file: file.to_owned(),
        lang: v.lang,
        applicant,
        company,
        timeline: Timeline {
            offer_received_on,
            // Present whenever no problem was reported.
            declined_on: declined_on.unwrap_or(today),
            called_on,
        },
        reasons,
        today,
        templates,
        ignore,
    })
}

/// Reads, parses and validates a profile file.
pub fn load(file: &str, bytes: Vec<u8>, today: Date, rules: &[&str]) -> Result<Case> {
    let src = profile::decode_profile(file, bytes)?;
    let raw = profile::parse(file, &src)?;
    validate(file, &src, raw, today, rules)
}

/// Checks one answer typed at `init --interactive` with the rule its profile field has, so a
/// mistake is caught while the student is still at that question. `Err` holds what to say.
pub fn check_answer(path: &str, value: &str, lang: Lang) -> std::result::Result<(), String> {
    let v = Validator {
        file: "",
        src: "",
        lang,
        today: None,
        problems: RefCell::new(Vec::new()),
    };
    let segs: Vec<&str> = path.split('.').collect();
    let text = Some(Text {
        value: value.to_owned(),
        was_number: false,
    });
    match segs.last().copied() {
        Some("email") => {
            let _ = v.email(&segs, text, false);
        }
        Some("phone") => {
            let _ = v.phone(&segs, text, false);
        }
        Some(k) if k.ends_with("_on") => {
            let _ = v.date(&segs, text);
        }
        Some("regret" | "why_this_company" | "commitment" | "declined_because") => {
            let _ = v.text_optional(&segs, text);
        }
        _ => {
            let _ = v.line_optional(&segs, text);
        }
    }
    match v.problems.into_inner().into_iter().next() {
        None => Ok(()),
        Some(p) => Err(match p.help {
            Some(help) => format!("{} ({help})", p.message),
            None => p.message,
        }),
    }
}

/// Students often type the honorific into the name, sometimes twice (佐藤 美咲様様); the
/// templates add it themselves.
fn strip_honorific(name: &str) -> String {
    let mut n = name.trim();
    loop {
        let before = n;
        for suffix in ["様", "さま", "殿", "さん"] {
            if let Some(rest) = n.strip_suffix(suffix) {
                n = rest.trim_end();
            }
        }
        if n == before || n.is_empty() {
            break;
        }
    }
    // A name that was nothing but an honorific keeps it, rather than becoming empty.
    if n.is_empty() { name.trim() } else { n }.to_owned()
}

struct Validator<'a> {
    file: &'a str,
    src: &'a str,
    lang: Lang,
    /// `None` when checking a single answer, where the clock is not known.
    today: Option<Date>,
    problems: RefCell<Vec<InputError>>,
}

impl Validator<'_> {
    /// The Japanese or the English text, for the profile's language.
    fn t(&self, ja: impl Into<String>, en: impl Into<String>) -> String {
        match self.lang {
            Lang::Ja => ja.into(),
            Lang::En => en.into(),
        }
    }

    fn err(&self, path: &[&str], ja: impl Into<String>, en: impl Into<String>) -> Error {
        Error::input(
            self.file,
            path.join("."),
            locate::nearest_line(self.src, path),
            self.t(ja, en),
        )
    }

    fn report(&self, e: Error) {
        if let Error::Input(e) = e {
            self.problems.borrow_mut().push(*e);
        }
    }

    fn missing(&self, path: &[&str], what: (&str, &str)) -> Error {
        let key = path[path.len() - 1];
        self.err(
            path,
            "必須の項目が空です",
            "is required but missing or empty",
        )
        .with_help(self.t(
            format!("`{key}: …` に{}を書きます", what.0),
            format!("add `{key}: …` with {}", what.1),
        ))
    }

    /// The first control character in `value`, other than those `allowed`.
    fn control(&self, path: &[&str], value: &str, allowed: &[char]) -> bool {
        let Some(c) = value
            .chars()
            .find(|c| c.is_control() && !allowed.contains(c))
        else {
            return false;
        };
        let code = u32::from(c);
        self.report(
            self.err(
                path,
                format!("制御文字 U+{code:04X} が含まれています"),
                format!("contains the control character U+{code:04X}"),
            )
            .with_help(self.t(
                "見えない文字です。この行を打ち直してください",
                "it is invisible: type the line again",
            )),
        );
        true
    }

    fn line_optional(&self, path: &[&str], t: Option<Text>) -> Option<String> {
        let t = t?;
        let value = t.value.trim();
        if value.is_empty() {
            return None;
        }
        if value.contains(['\n', '\r']) {
            self.report(
                self.err(
                    path,
                    "1行で書く項目ですが、改行が含まれています",
                    "must be a single line, but contains a line break",
                )
                .with_help(self.t(
                    "1行にまとめます。複数行にできるのは reasons の項目だけです",
                    "write it on one line; only the reasons may span several lines",
                )),
            );
            return None;
        }
        if self.control(path, value, &[]) {
            return None;
        }
        Some(value.to_owned())
    }

    fn line_required(&self, path: &[&str], t: Option<Text>, what: (&str, &str)) -> String {
        let present = t.as_ref().is_some_and(|t| !t.value.trim().is_empty());
        let value = self.line_optional(path, t);
        if !present {
            self.report(self.missing(path, what));
        }
        value.unwrap_or_default()
    }

    /// Several lines of the student's own text: line breaks and tabs are kept, any other
    /// control character (a bare CR, a NUL) is refused: it would make the email invalid.
    fn text_optional(&self, path: &[&str], t: Option<Text>) -> Option<String> {
        let value = t?.value.trim().replace("\r\n", "\n");
        if value.is_empty() || self.control(path, &value, &['\n', '\t']) {
            return None;
        }
        Some(value)
    }

    fn text_required(&self, path: &[&str], t: Option<Text>, what: (&str, &str)) -> String {
        let present = t.as_ref().is_some_and(|t| !t.value.trim().is_empty());
        let value = self.text_optional(path, t);
        if !present {
            self.report(self.missing(path, what));
        }
        value.unwrap_or_default()
    }

    fn email(&self, path: &[&str], t: Option<Text>, required: bool) -> Option<String> {
        let present = t.as_ref().is_some_and(|t| !t.value.trim().is_empty());
        let Some(value) = self.line_optional(path, t) else {
            if required && !present {
                self.report(self.missing(
                    path,
                    (
                        "毎日見るメールアドレス",
                        "an email address you read every day",
                    ),
                ));
            }
            return None;
        };
        if value.contains('＠') || value.chars().any(|c| ('！'..='～').contains(&c)) {
            self.report(
                self.err(
                    path,
                    format!("`{value}` に全角文字が含まれています"),
                    format!("`{value}` contains full-width characters"),
                )
                .with_help(self.t(
                    "アドレスは半角英数字で書きます",
                    "type the address in half-width (ASCII) characters",
                )),
            );
            return None;
        }
        if !is_email(&value) {
            self.report(
                self.err(
                    path,
                    format!("`{value}` はメールアドレスの形になっていません"),
                    format!("`{value}` is not a valid email address"),
                )
                .with_help(self.t(
                    "name@example.co.jp の形で、空白や括弧を入れずに書きます",
                    "write it as name@example.co.jp, with no spaces or brackets",
                )),
            );
            return None;
        }
        Some(value)
    }

    fn phone(&self, path: &[&str], t: Option<Text>, required: bool) -> Option<String> {
        let was_number = t.as_ref().is_some_and(|t| t.was_number);
        let present = t.as_ref().is_some_and(|t| !t.value.trim().is_empty());
        let Some(value) = self.line_optional(path, t) else {
            if required && !present {
                self.report(self.missing(
                    path,
                    (
                        "折り返しを受けられる電話番号（例：\"090-1234-5678\"）",
                        "a phone number they can call back, e.g. \"090-1234-5678\"",
                    ),
                ));
            }
            return None;
        };
        if was_number {
            // What YAML made of the number cannot be turned back into what was typed (a
            // leading 0 or + is gone), so the fix is to quote the original.
            let key = path[path.len() - 1];
            self.report(
                self.err(
                    path,
                    "数値として読まれたため、先頭の 0 や + が失われています",
                    "was read as a number, which drops a leading 0 or +",
                )
                .with_help(self.t(
                    format!("番号を引用符で囲みます（例：{key}: \"090-1234-5678\"）"),
                    format!("put the number in quotes, e.g. {key}: \"090-1234-5678\""),
                )),
            );
            return None;
        }
        let digits = value.chars().filter(char::is_ascii_digit).count();
        let allowed = value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | ' ' | '(' | ')' | '.'));
        if !allowed || !(7..=15).contains(&digits) {
            let full_width = value
                .chars()
                .any(|c| ('０'..='９').contains(&c) || c == 'ー' || c == '－');
            let help = match full_width {
                true => self.t(
                    "半角の数字とハイフンで書きます（例：090-1234-5678）",
                    "type the number in half-width digits and hyphens, e.g. 090-1234-5678",
                ),
                false => self.t(
                    "数字とハイフンだけで書きます（例：090-1234-5678）",
                    "use digits and hyphens only, e.g. 090-1234-5678",
                ),
            };
            self.report(
                self.err(
                    path,
                    format!("`{value}` は電話番号の形になっていません"),
                    format!("`{value}` is not a phone number"),
                )
                .with_help(help),
            );
            return None;
        }
        Some(value)
    }

    fn date(&self, path: &[&str], t: Option<Text>) -> Option<Date> {
        let value = self.line_optional(path, t)?;
        let normalized = value.replace('/', "-");
        let Some(date) = parse_date(&normalized) else {
            self.report(
                self.err(
                    path,
                    format!("`{value}` は実在する日付ではありません"),
                    format!("`{value}` is not a real date"),
                )
                .with_help(self.t(
                    "日付は YYYY-MM-DD で書きます（例：2026-11-21）",
                    "write dates as YYYY-MM-DD, e.g. 2026-11-21",
                )),
            );
            return None;
        };
        if let Some(today) = self.today.filter(|&today| date > today) {
            self.report(
                self.err(
                    path,
                    format!("{date} は未来の日付です（今日は {today}）"),
                    format!("{date} is in the future (today is {today})"),
                )
                .with_help(self.t(
                    "年と月を確かめます。時計が違うときは --today を指定します",
                    "check the year and month; pass --today if your clock is wrong",
                )),
            );
            return None;
        }
        Some(date)
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
        assert_eq!(strip_honorific("佐藤 美咲様様"), "佐藤 美咲");
        assert_eq!(strip_honorific("佐藤 美咲 様 殿"), "佐藤 美咲");
        assert_eq!(strip_honorific("佐藤さん"), "佐藤");
        assert_eq!(strip_honorific("様"), "様");
    }
}
