//! Timing advice from the business calendar, as the student sees it in the phone script and in
//! `retract next`.

mod common;

fn output_at(today: &str, args: &[&str]) -> common::Out {
    common::run_at(today, args).unwrap()
}

fn run_at(today: &str, args: &[&str]) -> String {
    output_at(today, args).stdout.unwrap()
}

/// The message of the act-fast finding when the profile's own draft is checked at `today`.
fn act_fast_at(dir: &tempfile::TempDir, profile: &str, today: &str) -> String {
    let letter = dir.path().join("letter.txt");
    std::fs::write(&letter, run_at("2026-11-24", &["draft", profile])).unwrap();
    let out = output_at(
        today,
        &["check", "--profile", profile, letter.to_str().unwrap()],
    );
    let message = out
        .findings()
        .find(|(rule, _, _)| rule == "act-fast")
        .map(|(_, _, message)| message.clone());
    message.expect("an act-fast finding")
}

/// The Japanese example profile moved back in time so that `today` is plausible.
fn profile(declined: &str, called: Option<&str>) -> (tempfile::TempDir, String) {
    profile_from("examples/profile.yaml", declined, called)
}

fn profile_from(
    example: &str,
    declined: &str,
    called: Option<&str>,
) -> (tempfile::TempDir, String) {
    let src = std::fs::read_to_string(example).unwrap();
    let src = src.replace(
        "declined_on: 2026-11-22",
        &format!("declined_on: {declined}"),
    );
    let src = match called {
        Some(c) => src.replace("called_on: 2026-11-24", &format!("called_on: {c}")),
        None => src.replace("  called_on: 2026-11-24\n", ""),
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.yaml");
    std::fs::write(&path, src).unwrap();
    let p = path.to_str().unwrap().to_owned();
    (dir, p)
}

#[test]
fn saturday_names_the_next_monday_afternoon() {
    let (_d, p) = profile("2026-11-26", None);
    let script = run_at("2026-11-28T12:00", &["phone-script", &p]);
    assert!(
        script.contains("かける時間：11月30日（月） 14:00〜16:30"),
        "{script}"
    );
    assert!(script.contains("辞退の連絡から2日"), "{script}");
}

#[test]
fn a_holiday_names_the_next_business_day() {
    // 2026-11-23 is 勤労感謝の日.
    let (_d, p) = profile("2026-11-21", None);
    let script = run_at("2026-11-23T09:00", &["phone-script", &p]);
    assert!(
        script.contains("かける時間：明日 11月24日（火） 10:00〜11:30"),
        "{script}"
    );
}

#[test]
fn within_a_window_says_now() {
    let (_d, p) = profile("2026-11-22", None);
    let script = run_at("2026-11-24T10:15", &["phone-script", &p]);
    assert!(
        script.contains("本日 10:00〜11:30。いまが良い時間帯です"),
        "{script}"
    );
    let next = run_at("2026-11-24T10:15", &["next", &p]);
    assert!(next.starts_with("今すぐ電話しましょう"), "{next}");
}

#[test]
fn urgency_grows_with_the_days() {
    let (_d, p) = profile("2026-11-19", None);
    assert!(run_at("2026-11-24", &["phone-script", &p]).contains("日ごとに可能性は下がります"));
    let (_d, p) = profile("2026-11-10", None);
    assert!(run_at("2026-11-24", &["phone-script", &p])
        .contains("誠意を込めて一度お願いする価値はあります"));
}

#[test]
fn next_follows_the_timeline() {
    let (_d, p) = profile("2026-11-22", Some("2026-11-24"));
    assert!(run_at("2026-11-24T15:00", &["next", &p]).contains("今日のうちにメールを送りましょう"));
    let (_d, p) = profile("2026-11-20", Some("2026-11-21"));
    let out = run_at("2026-11-24", &["next", &p]);
    assert!(out.contains("お返事を待ちましょう"), "{out}");
}

#[test]
fn english_windows_name_the_weekday() {
    let (_d, p) = profile_from("examples/profile.en.yaml", "2026-11-26", None);
    let script = run_at("2026-11-28T12:00", &["phone-script", &p]);
    assert!(
        script.contains("When to call: Monday, November 30, 14:00–16:30"),
        "{script}"
    );
}

/// The voicemail and the absent recruiter's branch promise a call-back. The call is made in
/// the window named in the header (open now, or the next one), and the script may be read out
/// at any moment until that window ends: 本日／明日 only when the call is today, else the date.
#[test]
fn voicemail_callback_holds_whenever_the_script_is_read_out() {
    let (_d, p) = profile("2026-11-22", None);
    // Tuesday 09:30: the call is this morning, the call-back this afternoon.
    let script = run_at("2026-11-24T09:30", &["phone-script", &p]);
    assert!(
        script.contains("本日14時ごろに、改めてお電話いたします"),
        "{script}"
    );
    // Tuesday 12:00: the call is this afternoon, the call-back tomorrow morning.
    let script = run_at("2026-11-24T12:00", &["phone-script", &p]);
    assert!(
        script.contains("明日10時ごろに、改めてお電話いたします"),
        "{script}"
    );
    // Tuesday 16:45: the windows of the day are over. The call is Wednesday morning and the
    // call-back Wednesday afternoon: 本日 is wrong now, and 明日 would be wrong on Wednesday.
    let script = run_at("2026-11-24T16:45", &["phone-script", &p]);
    assert!(
        script.contains("かける時間：明日 11月25日（水） 10:00〜11:30"),
        "{script}"
    );
    assert!(
        script.contains("11月25日水曜日の14時ごろに、改めてお電話いたします"),
        "{script}"
    );
    assert!(!script.contains("本日14時"), "{script}");
    // The absent recruiter's branch names the same call-back.
    assert!(
        script.contains("（戻りの時間が分からないと言われたら）では、11月25日水曜日の14時ごろに"),
        "{script}"
    );

    let (_d, path) = profile_from("examples/profile.en.yaml", "2026-11-22", None);
    let script = run_at("2026-11-24T12:00", &["phone-script", &path]);
    assert!(
        script.contains("I'll call again tomorrow morning at around 10."),
        "{script}"
    );
    // Friday evening: the call is Monday afternoon (Monday mornings are avoided) and the
    // call-back Tuesday morning; "tomorrow" read out on Friday would be a Saturday.
    let script = run_at("2026-11-27T17:00", &["phone-script", &path]);
    assert!(
        script.contains("When to call: Monday, November 30, 14:00–16:30"),
        "{script}"
    );
    assert!(
        script.contains("I'll call again on Tuesday, December 1, at around 10 a.m."),
        "{script}"
    );
    assert!(!script.contains("tomorrow"), "{script}");
}

/// Over three weeks with a holiday, a Monday and the year-end break, every half hour: the
/// voicemail's call-back is a real call window, after the window the call is made in.
#[test]
fn every_voicemail_callback_is_a_call_window_after_the_call() {
    use jiff::civil::{date, Date, DateTime};
    use retract::calendar;
    use retract::render::{self, Now, Which};

    let src = std::fs::read_to_string("examples/profile.yaml")
        .unwrap()
        .replace("declined_on: 2026-11-22", "declined_on: 2026-11-20")
        .replace("  called_on: 2026-11-24\n", "");
    let resolve = |label: &str, today: Date| -> (Date, i8) {
        let hour_at = label.find("時ごろ").unwrap();
        let digits: String = label[..hour_at]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let hour: i8 = digits.parse().unwrap();
        if label.starts_with("本日") {
            return (today, hour);
        }
        if label.starts_with("明日") {
            return (today.tomorrow().unwrap(), hour);
        }
        let (m, rest) = label.split_once('月').unwrap();
        let (d, rest) = rest.split_once('日').unwrap();
        let (m, d): (i8, i8) = (m.parse().unwrap(), d.parse().unwrap());
        let year = if m < today.month() {
            today.year() + 1
        } else {
            today.year()
        };
        let day = date(year, m, d);
        let weekday = ["月", "火", "水", "木", "金", "土", "日"]
            [day.weekday().to_monday_zero_offset() as usize];
        assert!(rest.starts_with(weekday), "{label}: {day} is not {rest}");
        (day, hour)
    };
    let mut checked = 0;
    for start in [date(2026, 11, 20), date(2026, 12, 24)] {
        for step in 0..(14 * 48) {
            let at: DateTime = start
                .to_datetime(jiff::civil::time(0, 0, 0, 0))
                .checked_add(jiff::Span::new().minutes(30 * step))
                .unwrap();
            let raw = retract::profile::parse("p.yaml", &src).unwrap();
            let case = retract::model::validate(
                "p.yaml",
                &src,
                raw,
                at.date(),
                &retract::check::rule_ids(),
            )
            .unwrap();
            let script = render::render(&case, Which::Phone, Now { at }, None)
                .unwrap()
                .text;
            let voicemail = script
                .lines()
                .skip_while(|l| !l.starts_with("■ 留守番電話"))
                .nth(1)
                .unwrap();
            let label = voicemail
                .split("。")
                .find(|s| s.contains("時ごろに、改めてお電話いたします"))
                .unwrap_or_else(|| panic!("{at}: {voicemail}"));
            let (day, hour) = resolve(label, at.date());
            let call = calendar::next_call_window(at);
            let promised = day.at(hour, 0, 0, 0);
            let window = calendar::next_call_window(promised);
            assert!(
                window.open_now && window.start.hour() == hour,
                "{at}: {label} is not the start of a call window"
            );
            assert!(
                promised >= call.date.to_datetime(call.end),
                "{at}: {label} is not after the call ({} {:?})",
                call.date,
                call.slot
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 2 * 14 * 48);
}

/// "Call today" only when today still has a window to call in.
#[test]
fn declined_today_on_a_sunday_points_to_the_next_window() {
    let (dir, p) = profile("2026-11-22", None);
    let script = run_at("2026-11-22T09:00", &["phone-script", &p]);
    assert!(script.contains("（辞退の連絡は今日。"), "{script}");
    assert!(
        script.contains("早くかけるほど望みがつながります。下の時間帯にかけましょう"),
        "{script}"
    );
    assert!(!script.contains("今日のうちに"), "{script}");

    // The same advice from `check`, which reads the date from the profile.
    let act_fast = |today: &str| act_fast_at(&dir, &p, today);
    assert_eq!(
        act_fast("2026-11-22T09:00"),
        "辞退したのは今日です。次に電話できる時間を逃さずにかけましょう"
    );
    assert_eq!(
        act_fast("2026-11-24T09:00"),
        "辞退から2日です。今日のうちに電話しましょう"
    );
    // After the afternoon window has closed, "today" no longer holds.
    assert_eq!(
        act_fast("2026-11-24T17:00"),
        "辞退から2日です。次に電話できる時間を逃さずにかけましょう"
    );
}

#[test]
fn a_late_call_is_still_urged_for_the_next_window_not_today() {
    let (dir, p) = profile("2026-11-10", None);
    let message = act_fast_at(&dir, &p, "2026-11-24T17:00");
    assert!(
        message.starts_with("辞退から14日が経っています"),
        "{message}"
    );
    assert!(
        message.ends_with("誠意を込めて次の時間帯に電話しましょう"),
        "{message}"
    );
}
