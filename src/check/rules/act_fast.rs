//! # act-fast (warning/info, needs --profile)
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
use crate::calendar;
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::roles::Reading;
use crate::text::Lang;

pub const RULE: Rule = Rule {
    id: "act-fast",
    severities: &[Severity::Warning, Severity::Info],
    summary: "call within days of declining; warns from the third day",
    scope: Scope::Request,
    needs_profile: true,
    run,
    source: include_str!("act_fast.rs"),
    reads: "the profile's timeline (declined_on, called_on) and the clock",
};

#[derive(Debug)]
struct Finding {
    days: i64,
    /// The next window to call, already phrased in the profile's language.
    next: String,
    /// Whether that window is today.
    today: bool,
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        let days = self.days;
        match (lang, days) {
            (Lang::Ja, 8..) => format!(
                "辞退から{days}日が経っています。すでに次の採用が進んでいる可能性が高いですが、誠意を込めて{}電話しましょう",
                if self.today { "今日" } else { "次の時間帯に" }
            ),
            (Lang::En, 8..) => format!(
                "{days} days since you declined: they may have moved on, but a sincere call {} is still worth it",
                if self.today { "today" } else { "in the next window" }
            ),
            (Lang::Ja, 3..) => {
                format!("辞退から{days}日が経っています。日ごとに可能性が下がります")
            }
            (Lang::En, 3..) => format!("{days} days since you declined; your chance drops every day"),
            (Lang::Ja, _) => format!(
                "{}。{}",
                if days <= 0 {
                    "辞退したのは今日です".to_owned()
                } else {
                    format!("辞退から{days}日です")
                },
                if self.today {
                    "今日のうちに電話しましょう"
                } else {
                    "次に電話できる時間を逃さずにかけましょう"
                }
            ),
            (Lang::En, _) => format!(
                "{}: {}",
                if days <= 0 {
                    "you declined today".to_owned()
                } else {
                    format!("{} since you declined", calendar::days_en(days))
                },
                if self.today {
                    "call today"
                } else {
                    "call in the next window"
                }
            ),
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        let next = &self.next;
        Some(match lang {
            Lang::Ja => format!("次に電話できる時間：{next}（台本：retract phone-script）"),
            Lang::En => format!("next window to call: {next} (script: retract phone-script)"),
        })
    }
}

fn run(_: &Reading, facts: &Facts, sink: &mut Sink) {
    let Some(case) = facts.case else { return };
    if case.timeline.called_on.is_some() {
        return;
    }
    let days = case.days_since_decline();
    // The same business calendar as the phone script: the next window from now, or from the
    // start of the profile's today when the time is not known.
    let from = facts
        .now
        .filter(|t| t.date() == case.today)
        .unwrap_or_else(|| case.today.at(0, 0, 0, 0));
    let window = calendar::next_call_window(from);
    let finding = Finding {
        days,
        next: calendar::window_label(&window, case.today, case.lang),
        // "Today" only when today still has a window: on a Sunday the next one is Monday's.
        today: window.date == case.today,
    };
    let severity = if days >= 3 {
        Severity::Warning
    } else {
        Severity::Info
    };
    sink.at_profile(&["timeline", "declined_on"], severity, finding);
}
