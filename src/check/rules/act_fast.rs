//! # act-fast (warning, needs --profile)
//!
//! ## What it checks
//! The days since `timeline.declined_on`. From three days on it warns that the chance is
//! dropping; before that it notes, as info, that today is the day to call. Once `called_on` is
//! set, you have acted, and it stays quiet.
//!
//! The suggestion names the next good window to call, from the same business calendar as the
//! phone script (weekdays, not holidays or the year-end break).
//!
//! ## Why it matters
//! Every day the company moves on: it offers the place to the next candidate or starts
//! recruiting again. Advisors say to call as soon as possible, within about a week at most.
//!
//! ## Example
//! ```text
//! timeline:
//!   declined_on: 2026-11-16   # today is 2026-11-24, no call yet
//! ```
//!
//! ## Instead
//! ```text
//! Call today, in the next window that `retract phone-script` names.
//! ```

use super::{Rule, Scope};
use crate::check::{Document, Facts, Severity, Sink};

pub const RULE: Rule = Rule {
    id: "act-fast",
    severity: Severity::Warning,
    summary: "call within days of declining; warns from the third day",
    scope: Scope::Request,
    needs_profile: true,
    run,
    source: include_str!("act_fast.rs"),
    patterns: &[],
};

fn run(_: &Document, facts: &Facts, sink: &mut Sink) {
    let Some(case) = facts.case else { return };
    if case.timeline.called_on.is_some() {
        return;
    }
    let days = case.days_since_decline();
    let path = ["timeline", "declined_on"];
    // The same business calendar as the phone script: the next window from now, or from the
    // start of the profile's today when the time is not known.
    let from = facts
        .now
        .filter(|t| t.date() == case.today)
        .unwrap_or_else(|| case.today.at(0, 0, 0, 0));
    let window = crate::calendar::next_call_window(from);
    let when = crate::render::window_label(&window, case.today, case.lang);
    let next = match case.lang {
        crate::model::Lang::Ja => {
            format!("次に電話できる時間：{when}（台本：retract phone-script）")
        }
        crate::model::Lang::En => {
            format!("next window to call: {when} (script: retract phone-script)")
        }
    };
    // "Today" only when today still has a window: on a Sunday the next one is Monday's.
    let today = window.date == case.today;
    if days >= 3 {
        let (ja, en) = if days > 7 {
            (
                format!("辞退から{days}日が経っています。すでに次の採用が進んでいる可能性が高いですが、誠意を込めて{}電話しましょう", if today { "今日" } else { "次の時間帯に" }),
                format!("{days} days since you declined: they may have moved on, but a sincere call {} is still worth it", if today { "today" } else { "in the next window" }),
            )
        } else {
            (
                format!("辞退から{days}日が経っています。日ごとに可能性が下がります"),
                format!("{days} days since you declined; your chance drops every day"),
            )
        };
        sink.at_profile(&path, Severity::Warning, ja, en, Some(next.clone()));
    } else {
        let (since_ja, since_en) = match days {
            ..=0 => (
                "辞退したのは今日です".to_owned(),
                "you declined today".to_owned(),
            ),
            _ => (
                format!("辞退から{days}日です"),
                format!("{} since you declined", crate::render::days_en(days)),
            ),
        };
        let (when_ja, when_en) = if today {
            ("今日のうちに電話しましょう", "call today")
        } else {
            (
                "次に電話できる時間を逃さずにかけましょう",
                "call in the next window",
            )
        };
        sink.at_profile(
            &path,
            Severity::Info,
            format!("{since_ja}。{when_ja}"),
            format!("{since_en}: {when_en}"),
            Some(next),
        );
    }
}
