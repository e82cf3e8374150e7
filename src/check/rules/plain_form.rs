//! # plain-form (warning)
//!
//! ## What it checks
//! Japanese sentences that end in plain form (〜した。〜だ。〜である。〜と気づいた。) in what the
//! student writes or says. The help gives the polite rewrite when the ending is a regular one.
//! Quotations inside a sentence (「頑張れ」と言われました) are not judged; neither are the other
//! side's lines of a script, nor notes, nor a thought or a task set down plainly and named by
//! the next sentence (薬を届けるだけでなく、ご家族の声を持ち帰る。その仕事は…).
//!
//! ## Why it matters
//! A letter or a call to a recruiter is です／ます throughout. One plain sentence in the middle of
//! a careful apology reads as a diary pasted in, or as talking down.
//!
//! ## Example
//! ```text
//! 辞退した翌日、内定者懇親会に参加した。そこで自分の軸から離れたと気づいた。
//! ```
//!
//! ## Instead
//! ```text
//! 辞退した翌日、内定者懇親会に参加しました。そこで自分の軸から離れたと気づきました。
//! ```

use super::{quote, Rule, Scope};
use crate::check::diagnostic::{Facts, Severity, Sink, Violation};
use crate::check::letter;
use crate::check::roles::Reading;
use crate::text::{polite, Lang};

pub const RULE: Rule = Rule {
    id: "plain-form",
    severities: &[Severity::Warning],
    summary: "です／ます throughout: no plain-form sentence (〜した。〜だ。) in a letter or a call",
    scope: Scope::All,
    needs_profile: false,
    run,
    source: include_str!("plain_form.rs"),
    reads: "the ending of every Japanese sentence the student writes or says",
};

#[derive(Debug)]
struct Finding {
    sentence: String,
    polite: Option<String>,
}

impl Violation for Finding {
    fn message(&self, lang: Lang) -> String {
        let s = &self.sentence;
        match lang {
            Lang::Ja => format!("「{s}」は言い切りの形です。手紙や電話では、です・ます調にします"),
            Lang::En => format!("\"{s}\" is in plain form; a letter or a call keeps to です／ます"),
        }
    }

    fn help(&self, lang: Lang) -> Option<String> {
        Some(match (&self.polite, lang) {
            (Some(p), _) => format!("→「{p}」"),
            (None, Lang::Ja) => "文末を「〜ました」「〜です」に直す".into(),
            (None, Lang::En) => "end the sentence with 〜ました or 〜です".into(),
        })
    }
}

/// Short replies and calls (はい, いいえ) are not sentences to judge.
fn interjection(s: &str) -> bool {
    s.chars().count() < 6
}

/// 薬を届けるだけでなく、ご家族の声を社内に持ち帰る。その仕事は…: a thought or a task set
/// down in the plain form and named by the next sentence (その仕事, その気持ち, この言葉) is
/// quoted for emphasis, a figure careful letters use, not a slip of style.
fn named_next(r: &Reading, i: usize) -> bool {
    named_within(r, i, 1)
}

/// Whether sentence `i` is named by the next one, or, `more` sentences on at most, by the end
/// of a figure told in several plain lines.
fn named_within(r: &Reading, i: usize, more: usize) -> bool {
    let Some(next) = r.letter.sentences.get(i + 1) else {
        return false;
    };
    let next_text = r.text_of(i + 1);
    // A slip of style is mostly told in the past and goes on in time (参加した。そのあと…);
    // a figure is named (そう思い込んで…, それができるのは…, こういうことだったのだと).
    let said = r.text_of(i).trim_end_matches('。');
    let goes_on = [
        "そのあと",
        "その後",
        "そのとき",
        "その時",
        "その日",
        "その夜",
        "その晩",
        "その場",
        "その席",
        "その帰り",
        "その翌",
        "そこで",
        "それから",
    ]
    .iter()
    .any(|w| next_text.starts_with(w));
    if goes_on {
        return false;
    }
    let para = r.letter.sentences[i].para;
    if next.para != para {
        // A line set apart as its own paragraph, and named at the head of the next
        // (積み木一つからでも修理を受けて、同じ木で継いで返す。／それを全部の製品で…): a creed
        // quoted on its own line.
        let alone = i == 0 || r.letter.sentences[i - 1].para != para;
        return alone
            && [
                "それ",
                "その",
                "この",
                "これ",
                "こうした",
                "そうした",
                "こういう",
                "そういう",
            ]
            .iter()
            .any(|w| next_text.starts_with(w));
    }
    let head: String = next_text.chars().take(16).collect();
    // こういうこと, そうした仕事: what the figure said, named by its kind.
    let kind_of = ["こうした", "そうした", "そういう", "こういう", "ああいう"];
    let past = said.ends_with(['た', 'だ']);
    if past && !next_text.starts_with(['そ', 'こ', 'あ']) {
        // 店を本当に変えていた。私がやりたかったのは、こういうことだった: a past figure is
        // named by its kind early on; その in a story is mostly its time.
        return kind_of.iter().any(|d| head.contains(d));
    }
    // A task or a creed in the present (保健師のほうが動く。) may be named anywhere in the
    // next sentence (…まさにそういう場所だった, あの時は…).
    // 患者さんを支える。私が大事にしたいことを、貴社は商品で形にしている。辞退してから、
    // そのことに…: two lines of one figure, named after the second.
    if !past && more > 0 && polite::is_plain(next_text) && named_within(r, i + 1, more - 1) {
        return true;
    }
    let named = if past { head.as_str() } else { next_text };
    ["その", "この", "あの", "そんな", "そう", "それ", "これ"]
        .iter()
        .chain(&kind_of)
        .any(|d| named.contains(d))
}

/// 御社は、実際に届けていらっしゃる。／電停ごとに店主さんが受け取りに来られる。: what the
/// company or its people do, told in the present with a respectful verb, is a figure that
/// describes them with deference, not a slip into the plain style.
fn honours_them(text: &str) -> bool {
    let end = text.trim_end_matches(['。', '！']);
    [
        "いらっしゃる",
        "おられる",
        "なさる",
        "来られる",
        "お見えになる",
    ]
    .iter()
    .any(|w| end.ends_with(w))
}

/// Whether sentence `i` is a list item's text (`・11月19日（木）　本日、お電話にてお願い`): all
/// that comes before it on its line is a list mark.
fn listed(r: &Reading, i: usize) -> bool {
    let start = r.span_of(i).start;
    let lead = r.letter.text[..start]
        .rsplit('\n')
        .next()
        .unwrap_or_default();
    !lead.trim().is_empty() && letter::bullet_len(lead) == lead.len()
}

/// Whether sentence `i` ends its line of the prose.
fn on_own_line(r: &Reading, i: usize) -> bool {
    let rest = &r.letter.prose.text[r.letter.sentences[i].range.end..];
    rest.trim_start_matches([' ', '　']).starts_with('\n') || rest.trim().is_empty()
}

fn run(r: &Reading, _: &Facts, sink: &mut Sink) {
    if r.lang() != Lang::Ja {
        return;
    }
    let phone = r.letter.medium == crate::text::Medium::Phone;
    for i in 0..r.sentences.len() {
        if !r.letter.sentences[i].part.is_worded() {
            continue;
        }
        let text = r.text_of(i);
        // A line without a closing mark is a heading or a memo in a script; in an email, a short
        // line of its own without one (（5）お願い) heads a paragraph, and a list item without
        // one (・11月19日　お電話にてお願い) is a note of a list. None is a sentence.
        let closed = text.ends_with(['。', '！', '？', '!', '?']);
        // A sentence that ends in someone's words (祖母は「…」) shows no ending of the student's.
        if interjection(text)
            || text.starts_with(['「', '『'])
            || text.ends_with(['」', '』'])
            || !closed
                && (phone || on_own_line(r, i) && (text.chars().count() <= 20 || listed(r, i)))
            || !polite::is_plain(text)
            || named_next(r, i)
            || honours_them(text)
        {
            continue;
        }
        let polite = polite::politely(text);
        sink.at(
            Severity::Warning,
            r.span_of(i),
            Finding {
                sentence: quote(text),
                polite: polite.map(|p| quote(&p)),
            },
        );
    }
}
