//! The text layer under both drafting and checking: the language and medium of a text, its
//! sentences as byte ranges, and the counts that length limits and speaking times use.
//!
//! Drafting and checking split sentences with the same function, so a sentence the renderer
//! writes is the sentence the checker reads.

pub mod polite;
pub mod wrap;

use std::fmt;
use std::ops::Range;

use serde::Serialize;

/// The language of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The Japanese or the English of a pair.
    pub fn pick<T>(self, ja: T, en: T) -> T {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Whether a text is written or spoken: decides 貴社 (writing) or 御社 (speech), and which
/// length limit applies. Serialised as the `kind` of a diagnostic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Medium {
    Email,
    Phone,
}

impl Medium {
    /// How the company is called in this medium: 貴社 in writing, 御社 in speech.
    pub fn company_word(self) -> &'static str {
        match self {
            Medium::Email => "貴社",
            Medium::Phone => "御社",
        }
    }
}

/// Guesses the language: Japanese when kana and kanji make up a visible share of the letters.
pub fn detect_lang(text: &str) -> Lang {
    let (mut cjk, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if is_cjk(c) {
            cjk += 1;
        }
    }
    // A Japanese character carries about as much as a word of four Latin letters.
    if cjk * 4 >= latin {
        Lang::Ja
    } else {
        Lang::En
    }
}

/// A kanji of the unified block (漢, not the iteration mark 々).
pub fn is_kanji(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Hiragana or katakana (with the long-vowel mark and the middle dot).
pub fn is_kana(c: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&c)
}

/// Kana, kanji and Japanese punctuation.
pub fn is_cjk(c: char) -> bool {
    matches!(u32::from(c), 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
}

/// The size a length limit counts: characters other than white space for Japanese, words for
/// English.
pub fn size(s: &str, lang: Lang) -> usize {
    match lang {
        Lang::Ja => s.chars().filter(|c| !c.is_whitespace()).count(),
        Lang::En => s.split_whitespace().count(),
    }
}

/// The most a text should hold: Japanese characters or English words of an email's body, or of
/// what a phone script says to the recruiter (about two minutes).
pub fn length_limit(medium: Medium, lang: Lang) -> usize {
    match (medium, lang) {
        (Medium::Email, Lang::Ja) => 1000,
        (Medium::Email, Lang::En) => 350,
        (Medium::Phone, Lang::Ja) => 600,
        (Medium::Phone, Lang::En) => 300,
    }
}

/// Speaking rate of an ordinary speaker: Japanese characters or English words a minute, as
/// (relaxed, brisk).
pub fn speaking_rate(lang: Lang) -> (usize, usize) {
    match lang {
        Lang::Ja => (250, 300),
        Lang::En => (130, 150),
    }
}

/// Seconds to say `n` characters or words, at a relaxed and at a brisk pace.
pub fn speaking_seconds(n: usize, lang: Lang) -> (usize, usize) {
    let (slow, fast) = speaking_rate(lang);
    (n * 60 / slow, n * 60 / fast)
}

/// Characters that show nothing but can split a word: zero-width spaces and joiners, the word
/// joiner, the byte-order mark, the soft hyphen.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}'
    )
}

/// A text with its invisible characters taken out, and a space inside 貴社 or 御社 (貴　社)
/// closed up, so that no rule is slipped past. Returns the cleaned text and, for each character
/// taken out, its position in the cleaned text and the character. A text with nothing to take
/// out is returned as it is.
pub fn normalize(text: &str) -> (std::borrow::Cow<'_, str>, Vec<(usize, char)>) {
    let needs = text.chars().any(is_invisible)
        || ["貴", "御"].iter().any(|k| {
            text.match_indices(k).any(|(i, _)| {
                text[i + k.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c == ' ' || c == '\u{3000}' || is_invisible(c))
            })
        });
    if !needs {
        return (std::borrow::Cow::Borrowed(text), Vec::new());
    }
    let mut out = String::with_capacity(text.len());
    let mut taken = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_invisible(c) {
            taken.push((out.len(), c));
            i += 1;
            continue;
        }
        out.push(c);
        // 貴　社: the spaces between 貴 or 御 and the word's second character go.
        if c == '貴' || c == '御' {
            let mut j = i + 1;
            while j < chars.len()
                && (chars[j] == ' ' || chars[j] == '\u{3000}' || is_invisible(chars[j]))
            {
                j += 1;
            }
            let joins = j > i + 1
                && chars
                    .get(j)
                    .is_some_and(|n| "社行院校園庫会所店局".contains(*n));
            if joins {
                for &k in &chars[i + 1..j] {
                    taken.push((out.len(), k));
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
    (std::borrow::Cow::Owned(out), taken)
}

/// Opening and closing brackets that hold a quotation: a full stop inside them does not end
/// the sentence around them.
fn opens(c: char) -> bool {
    matches!(c, '「' | '『' | '（' | '(' | '“' | '【' | '〔' | '［')
}

fn closes(c: char) -> bool {
    matches!(c, '」' | '』' | '）' | ')' | '”' | '】' | '〕' | '］')
}

/// The sentences of `text` as trimmed byte ranges, in order.
///
/// A sentence ends after 。！？ (or ．!? in Japanese), and in English after `.`, `!` or `?`
/// followed by white space or the end, unless the word is an abbreviation (Dr., Ms., e.g.) or
/// the next word starts in lower case. A line break always ends a sentence, so the caller
/// decides whether lines are joined first. A stop inside 「…」 or （…） belongs to the
/// quotation: 「はい。」と言いました。 is one sentence. Closing quotes and brackets right after
/// the stop stay with their sentence. Pieces without a letter (a lone 。 or a list mark) are
/// dropped.
pub fn sentences(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let mut end = i + c.len_utf8();
        let boundary = match c {
            '\n' => {
                depth = 0;
                true
            }
            _ if opens(c) => {
                depth += 1;
                false
            }
            _ if closes(c) => {
                depth = depth.saturating_sub(1);
                false
            }
            '。' | '！' | '？' | '．' if depth == 0 => true,
            '!' | '?' if depth == 0 && lang == Lang::Ja => true,
            '.' | '!' | '?' if lang == Lang::En => {
                // English quotes are symmetric, so depth is not kept for them: a stop ends the
                // sentence when white space follows (after any closing quotes).
                let mut j = end;
                let rest = &text[end..];
                for q in rest.chars() {
                    if matches!(q, '"' | '\'' | ')' | '”' | '’') {
                        j += q.len_utf8();
                    } else {
                        break;
                    }
                }
                let after = &text[j..];
                let next_word = after.trim_start_matches([' ', '\t']);
                let spaced = after.is_empty() || after.starts_with([' ', '\t', '\n', '\r']);
                let ok = spaced
                    && !(c == '.' && is_abbreviation(&text[start..i]))
                    && !next_word.starts_with(|n: char| n.is_lowercase());
                if ok {
                    end = j;
                    while iter.peek().is_some_and(|&(k, _)| k < j) {
                        iter.next();
                    }
                }
                ok
            }
            _ => false,
        };
        if boundary {
            if c != '\n' {
                // Closing quotes and brackets after a Japanese stop belong to the sentence.
                while let Some(&(k, n)) = iter.peek() {
                    if closes(n) && depth == 0 && lang == Lang::Ja {
                        end = k + n.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
            }
            push_sentence(&mut out, text, start..end);
            start = end;
        }
    }
    push_sentence(&mut out, text, start..text.len());
    out
}

fn push_sentence(out: &mut Vec<Range<usize>>, text: &str, r: Range<usize>) {
    let r = trim(text, r);
    if text[r.clone()].chars().any(char::is_alphanumeric) {
        out.push(r);
    }
}

/// `r` without the white space at either end.
pub fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    r.start + lead..(r.end - trail).max(r.start + lead)
}

/// "Dr. Bauer" and "e.g. this" do not end a sentence.
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit([' ', '(', '\n', '"']).next().unwrap_or("");
    matches!(
        word,
        "Dr" | "Mr"
            | "Ms"
            | "Mrs"
            | "Prof"
            | "St"
            | "Inc"
            | "Ltd"
            | "Co"
            | "Corp"
            | "Jr"
            | "Sr"
            | "vs"
            | "e.g"
            | "i.e"
            | "etc"
            | "No"
            | "approx"
            | "a.m"
            | "p.m"
    ) || word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// The closest candidate by edit distance, when it is close enough to be a typo.
pub fn suggest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::levenshtein(word, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.chars().count() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Walks a text once, forward, from a place in it, and tells for each place asked (in order)
/// whether it is inside quotation marks on its line: someone else's words, or a name
/// (「ありがとね」と言われました, your "Cool Relay" system).
pub struct Quotes<'t> {
    text: &'t str,
    at: usize,
    /// 「」, 『』, “” still open on this line.
    depth: [i32; 3],
    straight: bool,
}

impl<'t> Quotes<'t> {
    pub fn new(text: &'t str, from: usize) -> Self {
        Quotes {
            text,
            at: from,
            depth: [0; 3],
            straight: false,
        }
    }

    fn walk(&mut self, to: usize) {
        for c in self.text[self.at.min(to)..to].chars() {
            match c {
                '\n' => {
                    self.depth = [0; 3];
                    self.straight = false;
                }
                '「' => self.depth[0] += 1,
                '」' => self.depth[0] -= 1,
                '『' => self.depth[1] += 1,
                '』' => self.depth[1] -= 1,
                '“' => self.depth[2] += 1,
                '”' => self.depth[2] -= 1,
                '"' => self.straight = !self.straight,
                _ => {}
            }
        }
        self.at = self.at.max(to);
    }

    /// Whether `to` is inside quotation marks of any kind.
    pub fn inside(&mut self, to: usize) -> bool {
        self.walk(to);
        self.straight || self.depth.iter().any(|&d| d > 0)
    }

    /// Whether `to` is inside Japanese quotation marks, 「」 or 『』: words someone said, or
    /// words quoted inside a line the student says (「…『古い機械を見捨てない』と…」).
    pub fn inside_kagi(&mut self, to: usize) -> bool {
        self.walk(to);
        self.depth[0] > 0 || self.depth[1] > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_known_by_walking_forward_once() {
        let text = "他社から「今週中に」と言われ、『見捨てない』と、\"Cool\" と\n今週中に";
        let mut q = Quotes::new(text, 0);
        assert!(q.inside_kagi(text.find("今週中").unwrap()));
        assert!(!q.inside_kagi(text.find("と言われ").unwrap()));
        assert!(q.inside_kagi(text.find("見捨て").unwrap()));
        assert!(q.inside(text.find("Cool").unwrap()));
        assert!(!q.inside_kagi(text.find("Cool").unwrap()));
        // A line break closes whatever was left open.
        assert!(!q.inside(text.rfind("今週中").unwrap()));
    }

    fn split(text: &str, lang: Lang) -> Vec<&str> {
        sentences(text, lang)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn japanese_quotes_stay_inside_their_sentence() {
        assert_eq!(
            split("翌日、気づきました。「はい。」と言いました。", Lang::Ja),
            vec!["翌日、気づきました。", "「はい。」と言いました。"]
        );
        assert_eq!(
            split("（読まない。）次に話します！本当ですか？", Lang::Ja),
            vec!["（読まない。）次に話します！", "本当ですか？"]
        );
    }

    #[test]
    fn a_line_break_ends_a_sentence_and_resets_quotes() {
        assert_eq!(
            split("「閉じない引用\n次の行です。", Lang::Ja),
            vec!["「閉じない引用", "次の行です。"]
        );
    }

    #[test]
    fn english_abbreviations_and_quotes() {
        assert_eq!(
            split(
                "I met Dr. Bauer. He said, \"We never stop.\" Then I knew! Was it e.g. late?",
                Lang::En
            ),
            vec![
                "I met Dr. Bauer.",
                "He said, \"We never stop.\"",
                "Then I knew!",
                "Was it e.g. late?"
            ]
        );
        assert_eq!(
            split("It costs approx. three yen. Fine.", Lang::En).len(),
            2
        );
    }

    #[test]
    fn lone_marks_are_not_sentences() {
        assert_eq!(split("・\n。\nはい。", Lang::Ja), vec!["はい。"]);
    }

    #[test]
    fn invisible_characters_and_split_company_words_are_taken_out() {
        let (clean, taken) = normalize("御\u{200B}社の製品と、貴　社の工場。");
        assert_eq!(clean, "御社の製品と、貴社の工場。");
        assert_eq!(
            taken,
            vec![(3, '\u{200B}'), ("御社の製品と、貴".len(), '\u{3000}')]
        );
        let (same, none) = normalize("山田 太郎");
        assert!(matches!(same, std::borrow::Cow::Borrowed(_)) && none.is_empty());
    }

    #[test]
    fn sizes() {
        assert_eq!(size("貴社　の製品\n", Lang::Ja), 5);
        assert_eq!(size("  two  words ", Lang::En), 2);
        assert_eq!(detect_lang("Dear Ms. Chen,\nThank you."), Lang::En);
        assert_eq!(detect_lang("お世話になっております。Dear"), Lang::Ja);
    }
}
