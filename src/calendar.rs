//! The Japanese business calendar and good times to phone a company.
//!
//! This module owns two things: deciding whether a Japanese company is open on
//! a given date (weekends, national holidays computed by rule, and the
//! 12/29–1/3 year-end break), and picking the windows in which career advisors
//! say a recruiter is most likely to welcome a call.
//!
//! Holidays are derived from the rules of the 国民の祝日に関する法律 rather
//! than a table, so they keep working without yearly updates. The rules are
//! only modelled for 2000–2099; outside that range every function treats the
//! year as having no national holidays instead of guessing (or panicking).

use jiff::civil::{time, Date, DateTime, Time, Weekday};

use crate::text::Lang;

/// Years for which the holiday rules (and the equinox approximation) are
/// known to be right.
const FIRST_YEAR: i16 = 2000;
const LAST_YEAR: i16 = 2099;

/// The days off under the holiday law (国民の祝日に関する法律), by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holiday {
    /// 元日
    NewYear,
    /// 成人の日
    ComingOfAge,
    /// 建国記念の日
    Foundation,
    /// 天皇誕生日
    Emperor,
    /// 春分の日
    Vernal,
    /// 昭和の日
    Showa,
    /// みどりの日
    Greenery,
    /// 憲法記念日
    Constitution,
    /// こどもの日
    Children,
    /// 海の日
    Marine,
    /// 山の日
    Mountain,
    /// 敬老の日
    Aged,
    /// 秋分の日
    Autumnal,
    /// 体育の日
    HealthSports,
    /// スポーツの日
    Sports,
    /// 文化の日
    Culture,
    /// 勤労感謝の日
    Labour,
    /// 即位の日
    Enthronement,
    /// 即位礼正殿の儀の行われる日
    EnthronementCeremony,
    /// 振替休日
    Substitute,
    /// 国民の休日
    Citizens,
}

/// 12/29 – 1/3, when Japanese companies are closed.
///
/// This is a custom rather than law, so unlike the holidays it applies to
/// every year.
pub fn is_year_end_break(date: Date) -> bool {
    matches!((date.month(), date.day()), (12, 29..=31) | (1, 1..=3))
}

/// Not Saturday/Sunday, not a national holiday, not the year-end break.
pub fn is_business_day(date: Date) -> bool {
    holiday(date).is_none() && !is_year_end_break(date) && !is_weekend(date)
}

/// Morning = 10:00–11:30, Afternoon = 14:00–16:30.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Morning,
    Afternoon,
}

impl Slot {
    // Starting at 10:00 rather than opening time leaves the office its
    // morning meeting and e-mail triage; ending at 11:30 keeps clear of
    // lunch; 16:30 leaves room before people wrap up their day.
    const fn start(self) -> Time {
        match self {
            Slot::Morning => time(10, 0, 0, 0),
            Slot::Afternoon => time(14, 0, 0, 0),
        }
    }

    const fn end(self) -> Time {
        match self {
            Slot::Morning => time(11, 30, 0, 0),
            Slot::Afternoon => time(16, 30, 0, 0),
        }
    }
}

/// A concrete window in which to phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallWindow {
    pub date: Date,
    pub slot: Slot,
    pub start: Time,
    pub end: Time,
    pub open_now: bool,
}

impl CallWindow {
    fn new(date: Date, slot: Slot, open_now: bool) -> CallWindow {
        CallWindow {
            date,
            slot,
            start: slot.start(),
            end: slot.end(),
            open_now,
        }
    }
}

/// The next good window to phone a Japanese company's recruiter, given the local wall-clock time in the company's zone.
/// If `now` is inside a window, that window with open_now = true. Otherwise the next window starting after `now`.
///
/// Windows are half-open: at exactly 11:30 the morning window is over. At the
/// very end of jiff's calendar (9999-12-31), where no later window exists,
/// this returns that day's afternoon window with `open_now = false` rather
/// than panicking.
pub fn next_call_window(now: DateTime) -> CallWindow {
    let t = now.time();
    let mut day = now.date();
    for &slot in slots_on(day) {
        if t < slot.end() {
            return CallWindow::new(day, slot, t >= slot.start());
        }
    }
    // Any stretch of closed days is far shorter than this (the longest is
    // the year-end break plus a weekend), so the bound only matters for
    // running off the end of the calendar.
    for _ in 0..366 {
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
        if let Some(&slot) = slots_on(day).first() {
            return CallWindow::new(day, slot, false);
        }
    }
    CallWindow::new(day, Slot::Afternoon, false)
}

fn slots_on(date: Date) -> &'static [Slot] {
    if !is_business_day(date) {
        &[]
    } else if date.weekday() == Weekday::Monday {
        // Monday mornings are spent catching up on the weekend's backlog,
        // so a call then is an interruption.
        &[Slot::Afternoon]
    } else {
        &[Slot::Morning, Slot::Afternoon]
    }
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

fn in_supported_range(date: Date) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&date.year())
}

/// Any day off under the holiday law: a 国民の祝日 or one of the two kinds
/// of derived rest day (振替休日, 国民の休日).
fn holiday(date: Date) -> Option<Holiday> {
    if !in_supported_range(date) {
        return None;
    }
    if let Some(name) = named_holiday(date) {
        return Some(name);
    }
    if is_substitute_holiday(date) {
        return Some(Holiday::Substitute);
    }
    if is_citizens_holiday(date) {
        return Some(Holiday::Citizens);
    }
    None
}

fn named_holiday_at(date: Result<Date, jiff::Error>) -> Option<Holiday> {
    date.ok().and_then(named_holiday)
}

/// The 国民の祝日 proper. Substitute and citizens' holidays are derived from
/// these only, never from each other, which is why they are kept apart.
fn named_holiday(date: Date) -> Option<Holiday> {
    if !in_supported_range(date) {
        return None;
    }
    let y = date.year();
    let d = date.day();
    match date.month() {
        1 if d == 1 => Some(Holiday::NewYear),
        1 if is_nth_monday(date, 2) => Some(Holiday::ComingOfAge),
        2 if d == 11 => Some(Holiday::Foundation),
        2 if d == 23 && y >= 2020 => Some(Holiday::Emperor),
        3 if d == equinox_day(y, VERNAL_BASE) => Some(Holiday::Vernal),
        // 4/29 was みどりの日 until 2006; in 2007 it became 昭和の日 and
        // みどりの日 moved to 5/4, which until then was only a 国民の休日.
        4 if d == 29 && y >= 2007 => Some(Holiday::Showa),
        4 if d == 29 => Some(Holiday::Greenery),
        5 if d == 1 && y == 2019 => Some(Holiday::Enthronement),
        5 if d == 3 => Some(Holiday::Constitution),
        5 if d == 4 && y >= 2007 => Some(Holiday::Greenery),
        5 if d == 5 => Some(Holiday::Children),
        // The Tokyo Olympics moved three holidays by special law: to the
        // days around the (planned, then actual) opening and closing
        // ceremonies.
        7 if y == 2020 && d == 23 => Some(Holiday::Marine),
        7 if y == 2020 && d == 24 => Some(Holiday::Sports),
        7 if y == 2021 && d == 22 => Some(Holiday::Marine),
        7 if y == 2021 && d == 23 => Some(Holiday::Sports),
        7 if matches!(y, 2020 | 2021) => None,
        7 if y >= 2003 && is_nth_monday(date, 3) => Some(Holiday::Marine),
        7 if y < 2003 && d == 20 => Some(Holiday::Marine),
        8 if y == 2020 => (d == 10).then_some(Holiday::Mountain),
        8 if y == 2021 => (d == 8).then_some(Holiday::Mountain),
        8 if y >= 2016 && d == 11 => Some(Holiday::Mountain),
        9 if y >= 2003 && is_nth_monday(date, 3) => Some(Holiday::Aged),
        9 if y < 2003 && d == 15 => Some(Holiday::Aged),
        9 if d == equinox_day(y, AUTUMNAL_BASE) => Some(Holiday::Autumnal),
        10 if y == 2019 && d == 22 => Some(Holiday::EnthronementCeremony),
        10 if matches!(y, 2020 | 2021) => None,
        10 if is_nth_monday(date, 2) => Some(if y >= 2020 {
            Holiday::Sports
        } else {
            Holiday::HealthSports
        }),
        11 if d == 3 => Some(Holiday::Culture),
        11 if d == 23 => Some(Holiday::Labour),
        // Heisei emperor's birthday; 2019 had none because the abdication
        // came before 12/23 and the new emperor's birthday had passed.
        12 if d == 23 && y <= 2018 => Some(Holiday::Emperor),
        _ => None,
    }
}

/// 振替休日: a Sunday holiday pushes a day off onto the next weekday.
fn is_substitute_holiday(date: Date) -> bool {
    if named_holiday(date).is_some() {
        return false;
    }
    if date.year() < 2007 {
        // The old rule only ever moved the holiday to the Monday; if that
        // Monday was itself a holiday the substitute was simply lost.
        return date.weekday() == Weekday::Monday && named_holiday_at(date.yesterday()).is_some();
    }
    // Since 2007 the substitute is the first non-holiday after the Sunday,
    // so walk back through the run of holidays looking for one. Runs are at
    // most a few days long (Golden Week), so the bound is never reached.
    let mut day = date;
    for _ in 0..7 {
        let Ok(prev) = day.yesterday() else {
            return false;
        };
        if named_holiday(prev).is_none() {
            return false;
        }
        if prev.weekday() == Weekday::Sunday {
            return true;
        }
        day = prev;
    }
    false
}

/// 国民の休日: an ordinary day squeezed between two 国民の祝日.
fn is_citizens_holiday(date: Date) -> bool {
    if named_holiday(date).is_some() {
        return false;
    }
    // Before 2007 the law excluded Sundays and substitute holidays from
    // this rule; callers check for substitutes first, so only Sunday is
    // left to exclude here.
    if date.year() < 2007 && date.weekday() == Weekday::Sunday {
        return false;
    }
    named_holiday_at(date.yesterday()).is_some() && named_holiday_at(date.tomorrow()).is_some()
}

fn is_nth_monday(date: Date, nth: i8) -> bool {
    date.weekday() == Weekday::Monday && (date.day() - 1) / 7 == nth - 1
}

/// Base day of the equinox formula, in millionths of a day.
const VERNAL_BASE: i64 = 20_843_100;
const AUTUMNAL_BASE: i64 = 23_248_800;

/// Day of March/September on which the equinox falls, by the usual
/// approximation (valid 1980–2099). The official date is only announced a
/// year ahead, but this formula has matched every announcement so far.
///
/// Integer millionths instead of `f64` so that no value lands on the wrong
/// side of a day boundary through rounding.
fn equinox_day(year: i16, base: i64) -> i8 {
    let n = i64::from(year) - 1980;
    let micro_days = base + 242_194 * n - 1_000_000 * n.div_euclid(4);
    // Between 19 and 24 for every year in range, so the cast cannot fail.
    i8::try_from(micro_days.div_euclid(1_000_000)).unwrap_or(0)
}

// Labels for dates and call windows, in the draft's language: the phone script, `next` and
// the act-fast advice name days the same way.

/// 1 day, 2 days: an English count of days.
pub fn days_en(n: i64) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

pub(crate) const EN_MONTHS: [&str; 12] = [
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
pub(crate) const EN_WEEKDAYS: [&str; 7] = [
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
pub fn relative_label(d: Date, today: Date, lang: Lang) -> String {
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

/// The start of the window after `w`, for "I will call again at …" (voicemail, recruiter
/// absent). The call is made in `w` (the window open now or the next one), so the call-back
/// is the window after it. The label must hold whenever the script is read out, from `today`
/// to the end of `w`: 本日／明日 (today／tomorrow) only when `w` is today, else the date and
/// weekday: 本日14時ごろ / 明日10時ごろ / 11月30日月曜日の14時ごろ; this afternoon at around 2 /
/// tomorrow morning at around 10 / on Monday, November 30, at around 2 p.m.
pub fn callback_label(w: &CallWindow, today: Date, lang: Lang) -> String {
    let after = w.date.to_datetime(w.end);
    let next = next_call_window(after);
    let hour = next.start.hour();
    let days = if w.date == today {
        Some((next.date - today).get_days())
    } else {
        None
    };
    let weekday = weekday_index(next.date);
    match lang {
        Lang::Ja => {
            let day = match days {
                Some(0) => "本日".to_owned(),
                Some(1) => "明日".to_owned(),
                _ => format!(
                    "{}月{}日{}曜日の",
                    next.date.month(),
                    next.date.day(),
                    JA_WEEKDAYS[weekday]
                ),
            };
            format!("{day}{hour}時ごろ")
        }
        Lang::En => {
            let part = if hour >= 12 { "afternoon" } else { "morning" };
            let h12 = if hour > 12 { hour - 12 } else { hour };
            let meridiem = if hour >= 12 { "p.m." } else { "a.m." };
            match days {
                Some(0) => format!("this {part} at around {h12}"),
                Some(1) => format!("tomorrow {part} at around {h12}"),
                _ => format!(
                    "on {}, {}, at around {h12} {meridiem}",
                    EN_WEEKDAYS[weekday],
                    date_label(next.date, lang)
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, datetime};

    fn all_days(year: i16) -> impl Iterator<Item = Date> {
        let start = date(year, 1, 1);
        (0..366)
            .filter_map(move |i| start.checked_add(jiff::Span::new().days(i)).ok())
            .filter(move |d| d.year() == year)
    }

    /// The official name of each kind, to compare with the published lists.
    fn holiday_name(d: Date) -> Option<&'static str> {
        holiday(d).map(|h| match h {
            Holiday::NewYear => "元日",
            Holiday::ComingOfAge => "成人の日",
            Holiday::Foundation => "建国記念の日",
            Holiday::Emperor => "天皇誕生日",
            Holiday::Vernal => "春分の日",
            Holiday::Showa => "昭和の日",
            Holiday::Greenery => "みどりの日",
            Holiday::Constitution => "憲法記念日",
            Holiday::Children => "こどもの日",
            Holiday::Marine => "海の日",
            Holiday::Mountain => "山の日",
            Holiday::Aged => "敬老の日",
            Holiday::Autumnal => "秋分の日",
            Holiday::HealthSports => "体育の日",
            Holiday::Sports => "スポーツの日",
            Holiday::Culture => "文化の日",
            Holiday::Labour => "勤労感謝の日",
            Holiday::Enthronement => "即位の日",
            Holiday::EnthronementCeremony => "即位礼正殿の儀の行われる日",
            Holiday::Substitute => "振替休日",
            Holiday::Citizens => "国民の休日",
        })
    }

    fn holidays_of(year: i16) -> Vec<(Date, &'static str)> {
        all_days(year)
            .filter_map(|d| holiday_name(d).map(|n| (d, n)))
            .collect()
    }

    #[test]
    fn holidays_2026_match_official_list() {
        let expected = [
            (date(2026, 1, 1), "元日"),
            (date(2026, 1, 12), "成人の日"),
            (date(2026, 2, 11), "建国記念の日"),
            (date(2026, 2, 23), "天皇誕生日"),
            (date(2026, 3, 20), "春分の日"),
            (date(2026, 4, 29), "昭和の日"),
            (date(2026, 5, 3), "憲法記念日"),
            (date(2026, 5, 4), "みどりの日"),
            (date(2026, 5, 5), "こどもの日"),
            (date(2026, 5, 6), "振替休日"),
            (date(2026, 7, 20), "海の日"),
            (date(2026, 8, 11), "山の日"),
            (date(2026, 9, 21), "敬老の日"),
            (date(2026, 9, 22), "国民の休日"),
            (date(2026, 9, 23), "秋分の日"),
            (date(2026, 10, 12), "スポーツの日"),
            (date(2026, 11, 3), "文化の日"),
            (date(2026, 11, 23), "勤労感謝の日"),
        ];
        assert_eq!(expected.len(), 18);
        assert_eq!(holidays_of(2026), expected);
    }

    #[test]
    fn holidays_2027_match_official_list() {
        let expected = [
            (date(2027, 1, 1), "元日"),
            (date(2027, 1, 11), "成人の日"),
            (date(2027, 2, 11), "建国記念の日"),
            (date(2027, 2, 23), "天皇誕生日"),
            (date(2027, 3, 21), "春分の日"),
            (date(2027, 3, 22), "振替休日"),
            (date(2027, 4, 29), "昭和の日"),
            (date(2027, 5, 3), "憲法記念日"),
            (date(2027, 5, 4), "みどりの日"),
            (date(2027, 5, 5), "こどもの日"),
            (date(2027, 7, 19), "海の日"),
            (date(2027, 8, 11), "山の日"),
            (date(2027, 9, 20), "敬老の日"),
            (date(2027, 9, 23), "秋分の日"),
            (date(2027, 10, 11), "スポーツの日"),
            (date(2027, 11, 3), "文化の日"),
            (date(2027, 11, 23), "勤労感謝の日"),
        ];
        assert_eq!(expected.len(), 17);
        assert_eq!(holidays_of(2027), expected);
    }

    #[test]
    fn olympic_and_enthronement_years() {
        let y2020: Vec<_> = holidays_of(2020)
            .into_iter()
            .filter(|(d, _)| (7..=10).contains(&d.month()))
            .collect();
        assert_eq!(
            y2020,
            [
                (date(2020, 7, 23), "海の日"),
                (date(2020, 7, 24), "スポーツの日"),
                (date(2020, 8, 10), "山の日"),
                (date(2020, 9, 21), "敬老の日"),
                (date(2020, 9, 22), "秋分の日"),
            ]
        );
        let y2021: Vec<_> = holidays_of(2021)
            .into_iter()
            .filter(|(d, _)| (7..=10).contains(&d.month()))
            .collect();
        assert_eq!(
            y2021,
            [
                (date(2021, 7, 22), "海の日"),
                (date(2021, 7, 23), "スポーツの日"),
                (date(2021, 8, 8), "山の日"),
                (date(2021, 8, 9), "振替休日"),
                (date(2021, 9, 20), "敬老の日"),
                (date(2021, 9, 23), "秋分の日"),
            ]
        );
        // Ten days off in a row around the 2019 enthronement.
        for d in 27..=30 {
            assert!(!is_business_day(date(2019, 4, d)));
        }
        for d in 1..=6 {
            assert!(!is_business_day(date(2019, 5, d)));
        }
        assert_eq!(holiday_name(date(2019, 4, 30)), Some("国民の休日"));
        assert_eq!(holiday_name(date(2019, 5, 2)), Some("国民の休日"));
        assert_eq!(holiday_name(date(2019, 5, 6)), Some("振替休日"));
        assert_eq!(
            holiday_name(date(2019, 10, 22)),
            Some("即位礼正殿の儀の行われる日")
        );
        assert_eq!(holiday_name(date(2019, 12, 23)), None);
        assert_eq!(holiday_name(date(2018, 12, 23)), Some("天皇誕生日"));
        assert_eq!(holiday_name(date(2019, 2, 23)), None);
    }

    #[test]
    fn rules_before_2007() {
        // 4/29 was still みどりの日, 5/4 a 国民の休日.
        assert_eq!(holiday_name(date(2005, 4, 29)), Some("みどりの日"));
        assert_eq!(holiday_name(date(2005, 5, 4)), Some("国民の休日"));
        // 2003-05-04 was a Sunday: no 国民の休日, and the old substitute
        // rule gave nothing either because Monday 5/5 was itself a holiday.
        assert_eq!(holiday_name(date(2003, 5, 4)), None);
        assert_eq!(holiday_name(date(2003, 5, 6)), None);
        assert_eq!(holiday_name(date(2002, 7, 20)), Some("海の日"));
        assert_eq!(holiday_name(date(2002, 9, 16)), Some("振替休日"));
        assert_eq!(holiday_name(date(2000, 10, 9)), Some("体育の日"));
    }

    #[test]
    fn equinoxes_across_the_range() {
        // Spot checks against the National Astronomical Observatory's list.
        assert_eq!(holiday_name(date(2000, 3, 20)), Some("春分の日"));
        assert_eq!(holiday_name(date(2012, 9, 22)), Some("秋分の日"));
        assert_eq!(holiday_name(date(2024, 3, 20)), Some("春分の日"));
        assert_eq!(holiday_name(date(2025, 9, 23)), Some("秋分の日"));
        assert_eq!(holiday_name(date(2044, 9, 22)), Some("秋分の日"));
        for y in FIRST_YEAR..=LAST_YEAR {
            assert!((19..=21).contains(&equinox_day(y, VERNAL_BASE)), "{y}");
            assert!((22..=24).contains(&equinox_day(y, AUTUMNAL_BASE)), "{y}");
        }
    }

    #[test]
    fn every_supported_year_looks_sane() {
        for y in FIRST_YEAR..=LAST_YEAR {
            let n = holidays_of(y).len();
            assert!((15..=22).contains(&n), "{y}: {n} holidays");
        }
    }

    #[test]
    fn unsupported_years_fall_back_to_weekends() {
        assert_eq!(holiday_name(date(1999, 11, 23)), None);
        assert_eq!(holiday_name(date(2100, 1, 1)), None);
        assert!(is_business_day(date(2100, 11, 23)));
        assert!(!is_business_day(date(2100, 11, 27)));
        for d in [Date::MIN, Date::MAX, date(0, 2, 29), date(-1, 12, 31)] {
            let _ = is_business_day(d);
            let _ = holiday(d);
        }
    }

    #[test]
    fn closed_days() {
        assert!(is_business_day(date(2026, 11, 24)));
        assert!(!is_business_day(date(2026, 11, 28)));
        assert!(!is_business_day(date(2026, 12, 30)));
        assert!(!is_business_day(date(2027, 1, 2)));
        assert!(!is_business_day(date(2026, 11, 23)));
        assert_eq!(holiday(date(2026, 11, 23)), Some(Holiday::Labour));
        assert_eq!(holiday(date(2026, 5, 6)), Some(Holiday::Substitute));
        assert_eq!(holiday(date(2026, 9, 22)), Some(Holiday::Citizens));
        assert!(is_year_end_break(date(2026, 12, 29)));
        assert!(is_year_end_break(date(2027, 1, 3)));
        assert!(!is_year_end_break(date(2026, 12, 28)));
        assert!(!is_year_end_break(date(2027, 1, 4)));
    }

    fn window(d: Date, slot: Slot, open_now: bool) -> CallWindow {
        CallWindow::new(d, slot, open_now)
    }

    #[test]
    fn call_windows() {
        use Slot::{Afternoon, Morning};
        let cases = [
            // Saturday → Monday, and Monday only gets an afternoon.
            (
                datetime(2026, 11, 28, 12, 0, 0, 0),
                window(date(2026, 11, 30), Afternoon, false),
            ),
            // A Monday holiday makes Tuesday the first day, morning included.
            (
                datetime(2026, 11, 23, 9, 0, 0, 0),
                window(date(2026, 11, 24), Morning, false),
            ),
            (
                datetime(2026, 11, 24, 10, 30, 0, 0),
                window(date(2026, 11, 24), Morning, true),
            ),
            (
                datetime(2026, 11, 24, 12, 0, 0, 0),
                window(date(2026, 11, 24), Afternoon, false),
            ),
            (
                datetime(2026, 11, 24, 17, 0, 0, 0),
                window(date(2026, 11, 25), Morning, false),
            ),
            (
                datetime(2026, 12, 28, 17, 0, 0, 0),
                window(date(2027, 1, 4), Afternoon, false),
            ),
            (
                datetime(2026, 11, 27, 15, 0, 0, 0),
                window(date(2026, 11, 27), Afternoon, true),
            ),
        ];
        for (now, expected) in cases {
            assert_eq!(next_call_window(now), expected, "now = {now}");
        }
        let w = next_call_window(datetime(2026, 11, 24, 9, 0, 0, 0));
        assert_eq!((w.start, w.end), (time(10, 0, 0, 0), time(11, 30, 0, 0)));
        let w = next_call_window(datetime(2026, 11, 30, 9, 0, 0, 0));
        assert_eq!((w.start, w.end), (time(14, 0, 0, 0), time(16, 30, 0, 0)));
    }

    #[test]
    fn call_window_edges() {
        use Slot::{Afternoon, Morning};
        let at = |h, m| datetime(2026, 11, 24, h, m, 0, 0);
        let today = date(2026, 11, 24);
        assert_eq!(next_call_window(at(10, 0)), window(today, Morning, true));
        assert_eq!(
            next_call_window(at(11, 30)),
            window(today, Afternoon, false)
        );
        assert_eq!(next_call_window(at(14, 0)), window(today, Afternoon, true));
        assert_eq!(
            next_call_window(at(16, 30)),
            window(date(2026, 11, 25), Morning, false)
        );
        // Monday morning before the afternoon window: wait for 14:00 today.
        assert_eq!(
            next_call_window(datetime(2026, 11, 30, 10, 30, 0, 0)),
            window(date(2026, 11, 30), Afternoon, false)
        );
        // Golden Week 2026: closed 5/2–5/6, Thursday 5/7 is the next day.
        assert_eq!(
            next_call_window(datetime(2026, 5, 1, 17, 0, 0, 0)),
            window(date(2026, 5, 7), Morning, false)
        );
    }

    #[test]
    fn call_window_never_panics_at_calendar_edges() {
        let _ = next_call_window(DateTime::MIN);
        let w = next_call_window(DateTime::MAX);
        assert_eq!(w.date, Date::MAX);
        assert!(!w.open_now);
    }
}
