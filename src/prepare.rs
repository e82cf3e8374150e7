//! The student's own text, prepared before it enters a template. Students write their reasons
//! in every style: line breaks inside sentences, bullet notes, no final stop, plain form, the
//! company's name with 様. A letter needs sentences: joined, stopped, in polite form, naming the
//! company as the letter does. Every change is returned as a note, so the student sees what was
//! done to their words.

use serde::Serialize;

use crate::model::Case;
use crate::text::{self, polite, Lang};

/// One profile field, prepared.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Field {
    /// The sentences, each with its stop, in order.
    pub sentences: Vec<String>,
}

impl Field {
    /// The sentences as one paragraph.
    pub fn text(&self, lang: Lang) -> String {
        let joiner = match lang {
            Lang::Ja => "",
            Lang::En => " ",
        };
        self.sentences.join(joiner)
    }
}

/// What was done to a field, for a note on the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The field's path, such as `reasons.regret`.
    pub field: &'static str,
    pub what: What,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// Line breaks inside sentences joined.
    Joined,
    /// Bullet marks taken off; each item is a sentence.
    Bullets,
    /// A final stop added to this many sentences.
    Stopped(usize),
    /// The company's name with 様 (or さん) written as the company word.
    CompanyWord,
    /// A plain-form sentence rewritten politely: (before, after).
    Polite(String, String),
    /// A plain-form sentence this tool cannot rewrite for certain.
    PlainLeft(String),
    /// A sentence's first letter made a capital.
    Capitalised,
}

impl Change {
    /// The note, in the profile's language.
    pub fn note(&self, lang: Lang) -> String {
        let f = self.field;
        match (&self.what, lang) {
            (What::Joined, Lang::Ja) => format!("{f}：文の途中の改行をつなぎました"),
            (What::Joined, Lang::En) => format!("{f}: joined line breaks inside sentences"),
            (What::Bullets, Lang::Ja) => format!("{f}：箇条書きを文にしました"),
            (What::Bullets, Lang::En) => format!("{f}: turned bullet points into sentences"),
            (What::Stopped(n), Lang::Ja) => format!("{f}：文末に「。」を補いました（{n}か所）"),
            (What::Stopped(n), Lang::En) => format!("{f}: added a full stop to {n} sentence(s)"),
            (What::CompanyWord, Lang::Ja) => {
                format!("{f}：会社名＋様を、メールでは「貴社」、電話では「御社」にしました")
            }
            (What::CompanyWord, Lang::En) => {
                format!("{f}: wrote the company's name with 様 as 貴社 (mail) or 御社 (phone)")
            }
            (What::Polite(before, after), Lang::Ja) => {
                format!("{f}：です・ます調に直しました：「{before}」→「{after}」")
            }
            (What::Polite(before, after), Lang::En) => {
                format!("{f}: rewrote in polite form: \"{before}\" → \"{after}\"")
            }
            (What::Capitalised, Lang::Ja) => format!("{f}：文頭を大文字にしました"),
            (What::Capitalised, Lang::En) => {
                format!("{f}: started each sentence with a capital letter")
            }
            (What::PlainLeft(s), Lang::Ja) => {
                format!("{f}：「{s}」は言い切りの形です。です・ます調に書き直してください")
            }
            (What::PlainLeft(s), Lang::En) => {
                format!("{f}: \"{s}\" is in plain form; rewrite it with です／ます")
            }
        }
    }
}

/// The student's reasons, prepared, and what was done to them.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub regret: Field,
    pub why_this_company: Field,
    pub commitment: Option<Field>,
    pub declined_because: Option<Field>,
    pub changes: Vec<Change>,
}

/// Prepares every reason of the case.
pub fn prepare(case: &Case) -> Prepared {
    let mut changes = Vec::new();
    let company = company_names(&case.company.name);
    let mut field = |path: &'static str, s: &str| {
        let (f, mut c) = prepare_text(path, s, case.lang, &company);
        changes.append(&mut c);
        f
    };
    let r = &case.reasons;
    let regret = field("reasons.regret", &r.regret);
    let why_this_company = field("reasons.why_this_company", &r.why_this_company);
    let commitment = r
        .commitment
        .as_deref()
        .map(|s| field("reasons.commitment", s));
    let declined_because = r
        .declined_because
        .as_deref()
        .map(|s| field("reasons.declined_because", s));
    Prepared {
        regret,
        why_this_company,
        commitment,
        declined_because,
        changes,
    }
}

/// The forms of the company's name a student writes with 様: 株式会社北斗精機, 北斗精機.
fn company_names(name: &str) -> Vec<String> {
    let mut short = name.to_owned();
    for form in ["株式会社", "有限会社", "合同会社"] {
        short = short.replace(form, "");
    }
    let short = short.trim().to_owned();
    let mut names = vec![name.trim().to_owned()];
    if short.chars().count() >= 2 && short != name.trim() {
        names.push(short);
    }
    names
}

/// Prepares one field's text.
pub fn prepare_text(
    path: &'static str,
    s: &str,
    lang: Lang,
    company: &[String],
) -> (Field, Vec<Change>) {
    let mut changes = Vec::new();
    let mut note = |what| {
        if !changes.iter().any(|c: &Change| c.what == what) {
            changes.push(Change { field: path, what });
        }
    };
    // Items: each bullet line starts one; other lines continue the item or the sentence.
    let mut items: Vec<String> = Vec::new();
    let mut bullets = false;
    let mut joined = false;
    let mut starts_new = true;
    for line in s.lines() {
        let t = line.trim();
        if t.is_empty() {
            starts_new = true;
            continue;
        }
        let mark = bullet_len(t);
        let t = t[mark..].trim();
        if t.is_empty() {
            continue;
        }
        let ends = ends_sentence(t, lang);
        if mark > 0 || starts_new || items.is_empty() {
            bullets |= mark > 0;
            items.push(t.to_owned());
        } else {
            let last = items.last_mut().expect("an item");
            let sentence_over = ends_sentence(last, lang);
            if sentence_over {
                items.push(t.to_owned());
            } else {
                joined = true;
                if lang == Lang::En {
                    last.push(' ');
                }
                last.push_str(t);
            }
        }
        starts_new = false;
        let _ = ends;
    }
    if bullets {
        note(What::Bullets);
    }
    if joined {
        note(What::Joined);
    }
    let stop = match lang {
        Lang::Ja => "。",
        Lang::En => ".",
    };
    let mut sentences = Vec::new();
    let mut stopped = 0;
    for item in items {
        let item = company_word(&item, company, &mut note);
        for r in text::sentences(&item, lang) {
            let mut sentence = item[r].trim().to_owned();
            if !ends_sentence(&sentence, lang) {
                // A list item or the last line: it ends where the student stopped writing.
                sentence = sentence.trim_end_matches(['、', ',', '，']).to_owned();
                sentence.push_str(stop);
                stopped += 1;
            }
            if lang == Lang::En {
                sentence = the_university(&sentence);
            }
            if lang == Lang::En {
                if let Some(first) = sentence.chars().next().filter(char::is_ascii_lowercase) {
                    // A note's first word ("- the day after I declined…") starts a sentence.
                    sentence.replace_range(..1, &first.to_ascii_uppercase().to_string());
                    note(What::Capitalised);
                }
            }
            if let Some(after) = (lang == Lang::Ja)
                .then(|| polite::uncontracted(&sentence))
                .flatten()
            {
                note(What::Polite(sentence.clone(), after.clone()));
                sentence = after;
            }
            if let Some(after) = (lang == Lang::Ja)
                .then(|| polite::with_copula(&sentence))
                .flatten()
            {
                note(What::Polite(sentence.clone(), after.clone()));
                sentence = after;
            }
            if lang == Lang::Ja && polite::is_plain(&sentence) {
                match polite::politely(&sentence) {
                    Some(after) => {
                        note(What::Polite(sentence.clone(), after.clone()));
                        sentence = after;
                    }
                    None => note(What::PlainLeft(sentence.clone())),
                }
            }
            sentences.push(sentence);
        }
    }
    if stopped > 0 {
        note(What::Stopped(stopped));
    }
    (Field { sentences }, changes)
}

/// The company's name followed by 様 or さん (「あさぎり製菓様だけでした」), written as the
/// company word, which the template turns into 貴社 or 御社 for its medium.
fn company_word(item: &str, names: &[String], note: &mut impl FnMut(What)) -> String {
    let mut out = item.to_owned();
    for name in names {
        for honorific in ["様", "さま", "さん"] {
            let with = format!("{name}{honorific}");
            if out.contains(&with) {
                out = out.replace(&with, "貴社");
                note(What::CompanyWord);
            }
        }
    }
    out
}

/// "a student at University of Tokyo" → "the University of Tokyo".
fn the_university(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let mut rest = s;
    while let Some(at) = rest.find("University of ") {
        let before = &rest[..at];
        out.push_str(before);
        let article = before
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if !article {
            out.push_str("the ");
        }
        out.push_str("University of ");
        rest = &rest[at + "University of ".len()..];
    }
    out.push_str(rest);
    out
}

/// Whether a line's text ends a sentence.
fn ends_sentence(t: &str, lang: Lang) -> bool {
    let t = t.trim_end_matches(['」', '』', '）', ')', '"', '”']);
    match lang {
        Lang::Ja => t.ends_with(['。', '！', '？', '!', '?', '．']),
        Lang::En => t.ends_with(['.', '!', '?']),
    }
}

/// The length of a bullet or list mark at the start of a line.
fn bullet_len(t: &str) -> usize {
    for mark in [
        "・", "•", "●", "○", "◯", "- ", "* ", "– ", "→", "▶", "①", "②", "③", "④", "⑤",
    ] {
        if let Some(rest) = t.strip_prefix(mark) {
            return t.len() - rest.len();
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        for mark in [". ", ") ", "．", "）"] {
            if t[digits..].starts_with(mark) {
                return digits + mark.len();
            }
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prep(s: &str, lang: Lang) -> (Vec<String>, Vec<What>) {
        let (f, c) = prepare_text("reasons.regret", s, lang, &["あさぎり製菓".to_owned()]);
        (f.sentences, c.into_iter().map(|c| c.what).collect())
    }

    #[test]
    fn soft_line_breaks_are_joined() {
        let (s, w) = prep(
            "辞退のご連絡をした翌日、研究室で\n試作に立ち会いました。\nそこで気づきました。",
            Lang::Ja,
        );
        assert_eq!(
            s,
            [
                "辞退のご連絡をした翌日、研究室で試作に立ち会いました。",
                "そこで気づきました。"
            ]
        );
        assert!(w.contains(&What::Joined));
        let (s, _) = prep("The day after I declined,\nI visited the lab.", Lang::En);
        assert_eq!(s, ["The day after I declined, I visited the lab."]);
    }

    #[test]
    fn bullets_become_sentences_with_a_stop() {
        let (s, w) = prep(
            "・辞退後、ゼミで発表しました\n・そこで気づきました",
            Lang::Ja,
        );
        assert_eq!(s, ["辞退後、ゼミで発表しました。", "そこで気づきました。"]);
        assert!(w.contains(&What::Bullets));
        assert!(w.contains(&What::Stopped(2)));
        let (s, _) = prep(
            "- I sat in on a case study\n- I realized what I want",
            Lang::En,
        );
        assert_eq!(s, ["I sat in on a case study.", "I realized what I want."]);
    }

    #[test]
    fn plain_form_is_rewritten_and_noted() {
        let (s, w) = prep("内定者懇親会に参加した。手放したと気づいた。", Lang::Ja);
        assert_eq!(
            s,
            ["内定者懇親会に参加しました。", "手放したと気づきました。"]
        );
        assert!(
            matches!(&w[0], What::Polite(a, b) if a == "内定者懇親会に参加した。" && b == "内定者懇親会に参加しました。")
        );
    }

    #[test]
    fn the_company_with_sama_is_the_company_word() {
        let (s, w) = prep(
            "新人が倉庫に立てるのは、あさぎり製菓様だけでした。",
            Lang::Ja,
        );
        assert_eq!(s, ["新人が倉庫に立てるのは、貴社だけでした。"]);
        assert!(w.contains(&What::CompanyWord));
    }

    #[test]
    fn english_notes_start_with_a_capital() {
        let (s, what) = prep(
            "- the day after I declined I rebuilt my forecast\n- only you run a regional grid",
            Lang::En,
        );
        assert_eq!(
            s,
            [
                "The day after I declined I rebuilt my forecast.",
                "Only you run a regional grid."
            ]
        );
        assert!(what.contains(&What::Capitalised));
    }

    #[test]
    fn spoken_contractions_are_written_out() {
        let (s, what) = prep("名前の大きさだけで選んじゃいました", Lang::Ja);
        assert_eq!(s, ["名前の大きさだけで選んでしまいました。"]);
        assert!(what.iter().any(|w| matches!(w, What::Polite(..))));
    }

    #[test]
    fn university_of_gets_its_article() {
        let (s, _) = prep("I am a student at University of Tokyo.", Lang::En);
        assert_eq!(s, ["I am a student at the University of Tokyo."]);
        let (s, _) = prep("I study at the University of Tokyo.", Lang::En);
        assert_eq!(s, ["I study at the University of Tokyo."]);
    }
}
