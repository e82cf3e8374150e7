//! Snapshots of every rendered output (example × kind × language), and the promise that the
//! tool's own drafts pass its own check with no warning.

mod common;

use retract::app::EXIT_OK;
use retract::check::Severity;

const OUTPUTS: &[(&str, &[&str])] = &[
    ("draft", &["draft"]),
    ("phone-script", &["phone-script"]),
    ("followup-accepted", &["followup", "--outcome", "accepted"]),
    ("followup-declined", &["followup", "--outcome", "declined"]),
    ("followup-absent", &["followup", "--outcome", "absent"]),
];

/// Exit 0 and nothing worse than a note: the tool's own drafts pass its own check.
fn assert_passes(out: &common::Out, what: &str) {
    let shown = || out.shown();
    assert_eq!(out.status, EXIT_OK, "{what} exits non-zero:\n{}", shown());
    let worst = out.findings().map(|(_, s, _)| *s).max();
    assert!(
        worst.is_none_or(|s| s < Severity::Warning),
        "{what} does not pass its own check:\n{}",
        shown()
    );
}

#[test]
fn every_output_for_both_examples() {
    for (profile, lang) in [
        ("examples/profile.yaml", "ja"),
        ("examples/profile.en.yaml", "en"),
    ] {
        for (name, args) in OUTPUTS {
            let mut argv: Vec<&str> = args.to_vec();
            argv.push(profile);
            let out = common::run(&argv).unwrap_or_else(|e| panic!("{name} {profile}: {e}"));
            assert_passes(&out, &format!("{name} {profile}"));
            let text = out.stdout.expect("a draft on stdout");
            // The student saves the draft and checks it later: `retract check` then knows only
            // the text, and must still find nothing to warn about.
            let dir = tempfile::tempdir().unwrap();
            let saved = dir.path().join("draft.txt");
            std::fs::write(&saved, &text).unwrap();
            let rechecked = common::run(&["check", saved.to_str().unwrap()]).unwrap();
            assert_passes(
                &rechecked,
                &format!("{name} {profile}, saved and checked on its own,"),
            );
            insta::assert_snapshot!(format!("{name}.{lang}"), text);
        }
    }
}

#[test]
fn profile_text_is_never_evaluated_as_a_template() {
    let src = std::fs::read_to_string("examples/profile.yaml")
        .unwrap()
        .replace(
            "他社からいただいていた内定は、すでにすべて辞退いたしました。",
            "{{ applicant.name }} <b>他社の内定は辞退しました</b> {% raw %}",
        );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.yaml");
    std::fs::write(&path, src).unwrap();
    let out = common::run(&["draft", path.to_str().unwrap()]).unwrap();
    let text = out.stdout.unwrap();
    assert!(
        text.contains("{{ applicant.name }} <b>他社の内定は辞退しました</b> {% raw %}"),
        "{text}"
    );
}

#[test]
fn japanese_email_lines_stay_readable() {
    let out = common::run(&["draft", "examples/profile.yaml"]).unwrap();
    let text = out.stdout.unwrap();
    for line in text.lines().skip(3) {
        let width = retract::text::wrap::columns(line);
        assert!(width <= 80, "line too wide ({width} columns): {line}");
    }
}

/// What a command prints for a profile of the style matrix (`tests/style/`).
fn print(args: &[&str], profile: &str) -> String {
    let mut argv = args.to_vec();
    let path = format!("tests/style/{profile}.yaml");
    argv.push(&path);
    let out = common::run(&argv).unwrap_or_else(|e| panic!("{args:?} {profile}: {e}"));
    assert_eq!(out.status, EXIT_OK, "{args:?} {profile}:\n{}", out.shown());
    out.stdout.expect("output")
}

/// The lines of a phone script's section, from its heading to the next blank line.
fn section<'a>(script: &'a str, heading: &str) -> Vec<&'a str> {
    script
        .lines()
        .skip_while(|l| !l.starts_with(heading))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .collect()
}

/// The answer printed after a question, up to the next question.
fn answer(script: &str, question: &str) -> String {
    script
        .lines()
        .skip_while(|l| !l.contains(question))
        .skip(1)
        .take_while(|l| !l.starts_with("Q"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_missing_department_or_contact_leaves_no_trace() {
    // No department, a contact with a title.
    let script = print(&["phone-script"], "nodept");
    assert!(
        script.contains("\n新卒採用ご担当の松本 和也様はいらっしゃいますでしょうか。\n"),
        "{script}"
    );
    assert!(
        script.contains("と申します。松本様に、内定の件でお電話いたしました。"),
        "{script}"
    );
    let mail = print(&["draft"], "nodept");
    assert!(
        mail.contains("株式会社ひだまり介護サービス\n課長 松本 和也 様\n"),
        "{mail}"
    );
    // Neither department nor contact.
    let script = print(&["phone-script"], "nocontact");
    assert!(
        script.contains("と申します。新卒採用のご担当者様に、内定の件でお電話いたしました。"),
        "{script}"
    );
    assert!(!script.contains("（電話番号："), "{script}");
    for out in [
        script,
        print(&["draft"], "nocontact"),
        print(&["followup", "--outcome", "absent"], "nocontact"),
    ] {
        assert!(!out.contains("\nの"), "{out}");
        assert!(!out.contains("。の"), "{out}");
        assert!(
            out.contains("株式会社ナギサシステムズ\n採用ご担当者様\n") || out.starts_with("電話"),
            "{out}"
        );
    }
}

#[test]
fn the_title_goes_with_the_person() {
    let mail = print(&["draft"], "oneline");
    assert!(
        mail.contains("株式会社あさぎり製菓\n人事部 採用課\n課長 中島 由美 様\n"),
        "{mail}"
    );
    let mail = print(&["followup", "--outcome", "declined"], "late");
    assert!(
        mail.contains("\n人事部 採用グループ\n課長 高橋 直子 様\n"),
        "{mail}"
    );
}

#[test]
fn why_did_you_decline_is_answered_not_pasted_from_the_regret() {
    let script = print(&["phone-script"], "nocontact");
    let a = answer(&script, "なぜ一度辞退されたのですか");
    assert!(
        a.starts_with("A：私自身の考えが浅いまま、辞退を決めてしまいました。"),
        "{a}"
    );
    assert!(a.contains("私の責任です"), "{a}");
    assert!(!a.contains("漁港") && !a.contains("弁解"), "{a}");
    // With a reason in the profile, the reason is the answer.
    let a = answer(
        &print(&["phone-script"], "nostop"),
        "なぜ一度辞退されたのですか",
    );
    assert_eq!(
        a,
        "A：規模の大きいゼネコンのほうが安定していると考えました。"
    );
    let script = print(&["phone-script"], "en-terse");
    let a = answer(&script, "Why did you decline");
    assert!(
        a.contains("my own misjudgement, and I take responsibility"),
        "{a}"
    );
    assert!(!a.contains("thesis"), "{a}");
}

#[test]
fn the_request_comes_first_and_the_script_stops_for_the_answer() {
    let script = print(&["phone-script"], "plain");
    let matter = section(&script, "【用件】");
    assert_eq!(
        matter[0],
        "11月21日に技術職の内定を辞退いたしましたが、その撤回をお願いしたく、お電話いたしました。"
    );
    let request = section(&script, "【お願い】");
    assert!(request[0].contains("撤回させていただくことは可能でしょうか"));
    assert!(
        request
            .last()
            .unwrap()
            .starts_with("（ここで話すのをやめ、相手のお返事を待つ。"),
        "{request:?}"
    );
    let script = print(&["phone-script"], "en-bullets");
    let matter = section(&script, "[The matter]");
    assert!(
        matter[0].starts_with("I'm calling to ask whether you would reconsider the offer"),
        "{matter:?}"
    );
    let request = section(&script, "[The request]");
    assert!(request
        .last()
        .unwrap()
        .starts_with("(Stop here and let them answer."));
}

#[test]
fn an_unknown_recruiter_is_asked_for_by_name() {
    let script = print(&["phone-script"], "nocontact");
    let reception = section(&script, "【受付】");
    assert!(reception
        .contains(&"恐れ入りますが、新卒採用のご担当の方のお名前を伺ってもよろしいでしょうか。"));
    assert!(reception
        .iter()
        .any(|l| l.contains("宛名") && l.contains("company.contact.name")));
    let script = print(&["phone-script"], "en-terse");
    assert!(script.contains(
        "Could you tell me the name of the person in charge of graduate hiring, please?"
    ));
    // A known recruiter is asked for directly.
    let script = print(&["phone-script"], "plain");
    assert!(!script.contains("お名前を伺って"), "{script}");
}

#[test]
fn the_questions_cover_what_recruiters_ask() {
    let script = print(&["phone-script"], "late");
    for q in [
        "Q：なぜ一度辞退されたのですか。",
        "Q：また辞退することはありませんか。",
        "Q：他社の内定は、どうされましたか。",
        "Q：辞退の理由になったこと（勤務地、給与、ご家族の事情など）は、もう解決しているのですか。",
        "Q：ご家族や大学は、このことをご存じですか。",
        "Q：撤回が難しい場合は、どうされますか。",
    ] {
        assert!(script.contains(q), "{q}\n{script}");
    }
    // The profile's own words answer where it has them…
    let a = answer(&script, "他社の内定は");
    assert!(
        a.starts_with(
            "A：承諾書を提出していた会社には、11月20日にお電話でお詫びし、辞退をお伝えしました。"
        ),
        "{a}"
    );
    // …and where it has none, the student is told what to say, nothing is made up.
    let a = answer(&print(&["phone-script"], "short"), "他社の内定は");
    assert!(a.starts_with("A：（まだ辞退していなければ）"), "{a}");
    let a = answer(&script, "ご家族や大学は");
    assert!(a.starts_with('（') && !a.contains("A："), "{a}");
    let script = print(&["phone-script"], "en-late");
    for q in [
        "Q: What have you done about the other offer?",
        "Q: Has the reason you declined (location, salary, family) been resolved?",
        "Q: Do your family and your university know about this?",
        "Q: What will you do if we can't reconsider?",
    ] {
        assert!(script.contains(q), "{q}\n{script}");
    }
}

#[test]
fn the_email_says_what_it_does_and_guesses_nothing() {
    let mail = print(&["draft"], "plain");
    assert!(!mail.contains("件を、改めてメールにてお送り"), "{mail}");
    assert!(mail.contains("お電話で申し上げたお願いについて、改めてメールにてご連絡いたします。"));
    assert!(!mail.contains("進めていらっしゃることと存じます"), "{mail}");
    assert!(mail.contains("採用を進めていらっしゃる場合もあることは、承知しております。"));
    // After the call (they heard it out, or said they would consider it), the email thanks
    // them for considering it.
    assert!(mail.contains("私のお願いをご検討くださいますことに、改めて心より感謝申し上げます。"));
    let mail = print(&["draft"], "en-bullets");
    assert!(mail.contains("Thank you for taking my call today and for hearing me out."));
    assert!(mail.contains("Thank you for considering my request."));
}

#[test]
fn a_late_attempt_apologises_for_the_delay_everywhere() {
    for args in [
        &["draft"][..],
        &["phone-script"],
        &["followup", "--outcome", "absent"],
    ] {
        let out = print(args, "late");
        assert!(out.contains("また、辞退から日が経って"), "{out}");
        let out = print(args, "en-late");
        assert!(out.contains("so long to contact you"), "{out}");
        // Within a week, no such apology.
        let out = print(args, "plain");
        assert!(!out.contains("日が経って"), "{out}");
    }
}

#[test]
fn the_english_absent_email_is_written_for_whoever_reads_it() {
    let mail = print(&["followup", "--outcome", "absent"], "en-bullets");
    assert!(mail.contains("\nDear Ms. Tanaka,\n"), "{mail}");
    assert!(!mail.contains("could not reach you"), "{mail}");
    assert!(mail.contains("I called your office today hoping to speak with you;"));
    let mail = print(&["followup", "--outcome", "absent"], "en-terse");
    assert!(mail.contains("\nDear Hiring Team,\n"), "{mail}");
    assert!(mail.contains("hoping to speak with the person in charge of graduate hiring;"));
}

#[test]
fn english_names_the_university_of_with_the_article_and_flows_paragraphs() {
    let script = print(&["phone-script"], "en-bullets");
    assert!(script.contains("I'm a student at the University of Osaka."));
    assert!(script.contains("this is Daniel Okafor from the University of Osaka"));
    let body = print(&["draft", "--format", "body"], "en-late");
    let paragraph = body
        .split("\n\n")
        .find(|p| p.starts_with("Two weeks after I declined"))
        .expect("the regret paragraph");
    assert!(!paragraph.contains('\n'), "{paragraph}");
}
