//! One verdict per profile: a profile whose reasons pass the gate gives drafts that pass a check
//! of nothing but their text, however the student wrote the reasons (line breaks inside
//! sentences, bullet notes, no final stop, short or long, either language), in every output and
//! every format, saved or piped into `retract check -`.

mod common;

use proptest::prelude::*;
use retract::check::{self, Facts, Options, Severity};
use retract::deliver::{self, Message};
use retract::model;
use retract::render::{self, Now, Outcome, Which};

/// Sentences a student might write, without their final stop: what happened after the decline
/// and what it showed, and a reason of the company's own.
const REGRET_JA: &[&str] = &[
    "辞退のご連絡をした翌日、研究室で金属部品の試作に立ち会いました",
    "そのとき、面接で伺った「設計者が一年目から試作ラインに立つ」というお話を思い出しました",
    "自分が望んでいた働き方を、自ら手放してしまったと気づきました",
    "辞退を伝えた週末、実家の町工場で父が旋盤の刃を替えるのを手伝いました",
];
const WHY_JA: &[&str] = &[
    "貴社の工場見学で、若手の設計者が加工担当の方と0.01ミリの公差について話し合う姿を拝見しました",
    "設計と製造が同じ工場で図面を直し合える働き方は、貴社ならではのものだと感じております",
    "御社の医療機器部品は、試作から量産まで同じ工場で作られていると伺いました",
];
const REGRET_EN: &[&str] = &[
    "The day after I declined, I spent the afternoon calibrating the lidar rig for my thesis",
    "I saw clearly that this is the work your perception team does every day",
    "On Saturday I helped my uncle repair the brakes on his delivery van, and I remembered the test track I saw on your plant tour",
];
const WHY_EN: &[&str] = &[
    "Your team is the only one I met that builds its own perception stack for small autonomous buses",
    "New engineers test their code on the Chiba pilot fleet in their first year, which I saw on the plant tour",
];

/// How a student joins sentences: a full stop, a stop and a line break, a bullet note, or a
/// line break with no stop at all.
fn write(sentences: &[&str], style: u8, breaks: &[usize], ja: bool) -> String {
    let stop = if ja { "。" } else { "." };
    let mut out = String::new();
    for (k, s) in sentences.iter().enumerate() {
        // A line break inside the sentence, as a narrow editor wraps it.
        let s: String = match breaks.get(k) {
            Some(&at) if at > 0 => {
                let chars: Vec<char> = s.chars().collect();
                let cut = at % chars.len().max(1);
                // English wraps between words only.
                let cut = if ja {
                    cut
                } else {
                    chars[..cut].iter().rposition(|c| *c == ' ').unwrap_or(0)
                };
                if cut == 0 {
                    s.to_string()
                } else {
                    let (a, b) = chars.split_at(cut);
                    let a: String = a.iter().collect();
                    let b: String = b.iter().collect();
                    format!("{}\n{}", a.trim_end(), b.trim_start())
                }
            }
            _ => s.to_string(),
        };
        match style % 5 {
            0 => out.push_str(&format!("{s}{stop}{}", if ja { "" } else { " " })),
            1 => out.push_str(&format!("{s}{stop}\n")),
            2 => out.push_str(&format!("{}{s}\n", if ja { "・" } else { "- " })),
            3 => out.push_str(&format!("{s}\n")),
            _ => out.push_str(&format!(
                "{s}{}",
                if k + 1 < sentences.len() {
                    if ja {
                        "、"
                    } else {
                        ", and "
                    }
                } else {
                    stop
                }
            )),
        }
    }
    out.trim().to_string()
}

fn profile_yaml(ja: bool, regret: &str, why: &str) -> String {
    let block = |s: &str| {
        s.lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let (lang, name, university, company) = if ja {
        ("ja", "山田 太郎", "東都大学", "株式会社北斗精機")
    } else {
        ("en", "Mei Lin", "Toto University", "Aozora Mobility Inc.")
    };
    format!(
        "language: {lang}\napplicant:\n  name: {name}\n  university: {university}\n  phone: \"090-1234-5678\"\n  email: a@example.ac.jp\ncompany:\n  name: {company}\n  department: 人事部\n  contact:\n    name: 佐藤 美咲\n    email: hr@example.co.jp\ntimeline:\n  declined_on: 2026-11-22\n  called_on: 2026-11-24\nreasons:\n  regret: |\n{}\n  why_this_company: |\n{}\n  commitment: |\n    {}\n",
        block(regret),
        block(why),
        if ja {
            "他社の内定は、すでにすべて辞退いたしました。"
        } else {
            "I have already withdrawn from the other offer."
        }
    )
}

/// Every text a student may check: the plain draft, the body for a web form, and the message
/// `eml` writes, decoded as `retract check` decodes it.
fn texts(case: &model::Case, draft: &render::Draft) -> Vec<(String, String)> {
    let mut out = vec![("text".to_owned(), draft.text.clone())];
    if draft.medium == retract::text::Medium::Email {
        out.push(("body".to_owned(), Message::from_draft(&draft.text).body));
        let zoned: jiff::ZonedDateTime = "2026-11-24T09:30:00+09:00[Asia/Tokyo]".parse().unwrap();
        if let Ok(eml) = deliver::eml(case, &draft.text, &zoned) {
            let decoded = deliver::decode_message("draft.eml", &eml)
                .expect("eml decodes")
                .expect("a MIME message");
            out.push(("eml".to_owned(), decoded));
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn a_profile_that_passes_gives_drafts_that_pass_on_their_own(
        ja in any::<bool>(),
        regret_pick in proptest::sample::subsequence((0..4usize).collect::<Vec<_>>(), 1..=3),
        why_pick in proptest::sample::subsequence((0..3usize).collect::<Vec<_>>(), 1..=2),
        style in 0u8..5,
        breaks in proptest::collection::vec(0usize..60, 0..4),
    ) {
        let (regret_pool, why_pool) = if ja { (REGRET_JA, WHY_JA) } else { (REGRET_EN, WHY_EN) };
        let regret: Vec<&str> = regret_pick.iter().filter_map(|&i| regret_pool.get(i).copied()).collect();
        let why: Vec<&str> = why_pick.iter().filter_map(|&i| why_pool.get(i).copied()).collect();
        prop_assume!(!regret.is_empty() && !why.is_empty());
        let yaml = profile_yaml(ja, &write(&regret, style, &breaks, ja), &write(&why, style, &breaks, ja));
        let case = model::load("p.yaml", yaml.clone().into_bytes(), common::today(), &retract::check::rule_ids())
            .unwrap_or_else(|e| panic!("{e}\n{yaml}"));
        // Only profiles whose reasons pass the gate.
        let judged = check::judge_profile(&case, &yaml);
        prop_assume!(judged.iter().all(|d| d.severity < Severity::Warning));
        let now = Now { at: common::today().at(9, 30, 0, 0) };
        for which in [
            Which::Email,
            Which::Phone,
            Which::Followup(Outcome::Accepted),
            Which::Followup(Outcome::Declined),
            Which::Followup(Outcome::Absent),
        ] {
            let draft = render::render(&case, which, now, None).unwrap();
            for (form, text) in texts(&case, &draft) {
                let checked = check::check(&text, &Options::default(), &Facts::default());
                let loud: Vec<String> = checked
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity >= Severity::Warning)
                    .map(|d| format!("{}: {}", d.rule, d.message(checked.lang())))
                    .collect();
                prop_assert!(
                    loud.is_empty(),
                    "{which:?} as {form}, checked on its own: {loud:#?}\n--- profile\n{yaml}\n--- text\n{text}"
                );
            }
        }
    }
}

/// A case the property once found: a memory of the interview, alone as the regret. Read alone,
/// the learned reading was surer of it than in the script around it, so the gate passed what
/// the script's own check then doubted. Either the gate warns, or no draft of it does.
#[test]
fn a_regret_read_alone_gets_the_verdict_it_gets_in_the_draft() {
    let yaml = profile_yaml(
        true,
        &format!("{}。", REGRET_JA[1]),
        &format!("{}。", WHY_JA[2]),
    );
    let case = model::load(
        "p.yaml",
        yaml.clone().into_bytes(),
        common::today(),
        &retract::check::rule_ids(),
    )
    .unwrap();
    let gate_warns = check::judge_profile(&case, &yaml)
        .iter()
        .any(|d| d.severity >= Severity::Warning);
    let now = Now {
        at: common::today().at(9, 30, 0, 0),
    };
    let draft = render::render(&case, Which::Phone, now, None).unwrap();
    for (form, text) in texts(&case, &draft) {
        let checked = check::check(&text, &Options::default(), &Facts::default());
        let loud = checked
            .diagnostics
            .iter()
            .any(|d| d.severity >= Severity::Warning);
        assert!(
            gate_warns || !loud,
            "the gate passed what {form} warns on:\n{text}"
        );
    }
}
