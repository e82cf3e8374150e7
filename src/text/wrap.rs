//! Line wrapping for plain-text letters: Japanese at about 35 full-width characters, breaking
//! only between phrases (BudouX, through the `budoux` crate's Japanese model) and never against
//! kinsoku (no line starts with 、。」 and the like); English at word boundaries.
//!
//! The crate carries BudouX's first Japanese model. Where it splits more finely than the current
//! model (…多大なご｜迷惑, お詫び｜申し上げます), a break after a particle before a word
//! (…貴社の｜採用活動に) or after a comma is preferred: every BudouX model agrees on those.

use super::Lang;

/// Display width in half-width columns: CJK and full-width forms count 2.
pub fn columns(s: &str) -> usize {
    s.chars().map(char_columns).sum()
}

fn char_columns(c: char) -> usize {
    let u = u32::from(c);
    let wide = matches!(u,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x2500..=0x257F
        | 0x20000..=0x3FFFD);
    if wide {
        2
    } else {
        1
    }
}

/// Characters that must not begin a line (行頭禁則).
fn no_line_start(c: char) -> bool {
    "、。，．,.）)」』】〕！？!?ー…‥・：:；;ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ々〜～"
        .contains(c)
}

fn is_hiragana(c: char) -> bool {
    ('ぁ'..='ゖ').contains(&c)
}

/// A particle at the start of a line reads as a broken word (…お話\nを思い出し).
fn is_particle(c: char) -> bool {
    "をがはにでとのもへや".contains(c)
}

/// Characters that must not end a line (行末禁則).
fn no_line_end(c: char) -> bool {
    "（(「『【〔".contains(c)
}

/// Wraps each paragraph line of `text` so that no line is wider than `width` columns, where
/// possible. Existing line breaks are kept. Japanese lines break after 、 or 。 when one is near
/// the end of the line, otherwise at the width, moving punctuation so kinsoku holds.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(10);
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if columns(line) <= width {
            out.push_str(line.trim_end());
            continue;
        }
        let ascii_words = line.chars().filter(|c| *c == ' ').count() * 8 > line.chars().count();
        if ascii_words {
            wrap_words(line, width, &mut out);
        } else {
            wrap_cjk(line, width, &mut out);
        }
    }
    out
}

fn wrap_words(line: &str, width: usize, out: &mut String) {
    let mut col = 0;
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        let w = columns(word);
        if col > 0 && col + 1 + w > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += w;
    }
}

fn wrap_cjk(line: &str, width: usize, out: &mut String) {
    // One sentence per line, as Japanese business mail is usually laid out; long sentences
    // are then wrapped at a comma where one is near the end.
    // Cut at the end of each sentence, so that nothing between sentences is lost.
    let line = line.trim_end();
    let mut cuts: Vec<usize> = super::sentences(line, Lang::Ja)
        .into_iter()
        .map(|r| r.end)
        .collect();
    cuts.retain(|&c| c < line.len());
    let mut from = 0;
    for cut in cuts.into_iter().chain([line.len()]) {
        let piece = line[from..cut].trim_start();
        from = cut;
        if piece.is_empty() {
            continue;
        }
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        wrap_sentence(&piece.chars().collect::<Vec<_>>(), width, out);
    }
}

/// Where a line may break inside a sentence, by preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    /// A phrase boundary inside 「…」 or （…）: a quotation reads best on one line.
    Quoted,
    /// A BudouX phrase boundary of the crate's older model that the current model does not
    /// always share (…多大なご｜迷惑): used only when nothing better fits.
    Phrase,
    /// A phrase boundary after a particle, before a word (…貴社の｜採用活動に): the boundaries
    /// every BudouX model agrees on.
    Word,
    /// After a comma (、，), where a reader pauses anyway.
    Comma,
}

/// The character positions inside `chars` where a line may break, with their kind: BudouX
/// phrase boundaries (the `budoux` crate's Japanese model) and the commas among them. A break
/// never leaves a closing mark or a small kana at the start of a line, nor an opening bracket
/// at the end.
fn breaks(chars: &[char]) -> Vec<(usize, Break)> {
    let sentence: String = chars.iter().collect();
    let mut out = Vec::new();
    let mut at = 0;
    let phrases = budoux::parse(budoux::models::default_japanese_model(), &sentence);
    let last = phrases.len().saturating_sub(1);
    // Inside 「…」 or （…） every break is a last resort.
    let mut depth = 0usize;
    for (i, phrase) in phrases.iter().enumerate() {
        let n = phrase.chars().count();
        for (k, c) in phrase.chars().enumerate() {
            match c {
                '「' | '『' | '（' | '(' => depth += 1,
                '」' | '』' | '）' | ')' => depth = depth.saturating_sub(1),
                // Commas inside a phrase are breaks too.
                '、' | '，' if k + 1 < n => out.push((
                    at + k + 1,
                    if depth == 0 {
                        Break::Comma
                    } else {
                        Break::Quoted
                    },
                )),
                _ => {}
            }
        }
        at += n;
        if i == last {
            break;
        }
        let (before, after) = (chars[at - 1], chars[at]);
        if no_line_start(after) || no_line_end(before) || is_particle(after) {
            continue;
        }
        let kind = if matches!(before, '、' | '，') {
            Break::Comma
        } else if depth == 0 && matches!(after, '「' | '『' | '（') {
            // Before a quotation, which then stays whole on the next line.
            Break::Word
        } else if is_particle(before)
            && !is_hiragana(after)
            && at >= 2
            && !matches!(chars[at - 2], 'お' | 'ご')
        {
            Break::Word
        } else if matches!(before, 'お' | 'ご') {
            continue;
        } else {
            Break::Phrase
        };
        out.push((at, if depth == 0 { kind } else { Break::Quoted }));
    }
    out
}

/// The character offsets at which the `budoux` crate's Japanese model ends a phrase in `s`
/// (not counting the end of `s`).
pub fn phrase_boundaries(s: &str) -> Vec<usize> {
    let phrases = budoux::parse(budoux::models::default_japanese_model(), s);
    let mut at = 0;
    let mut out = Vec::new();
    for p in &phrases[..phrases.len().saturating_sub(1)] {
        at += p.chars().count();
        out.push(at);
    }
    out
}

fn wrap_sentence(chars: &[char], width: usize, out: &mut String) {
    let breaks = breaks(chars);
    let cols = |from: usize, to: usize| -> usize {
        chars[from..to].iter().map(|c| char_columns(*c)).sum()
    };
    let mut start = 0;
    while start < chars.len() {
        let mut col = 0;
        let mut end = start;
        while end < chars.len() && col + char_columns(chars[end]) <= width {
            col += char_columns(chars[end]);
            end += 1;
        }
        if end < chars.len() {
            let tail = cols(end, chars.len());
            if tail <= 8 && col + tail <= width + 6 {
                // A short tail (…伺い｜ました。) hangs on the line instead of standing alone.
                end = chars.len();
            } else {
                end = choose(&breaks, start, end, width, &cols)
                    .unwrap_or_else(|| hard_break(chars, start, end));
                let last = cols(end, chars.len());
                if last < width / 3 {
                    // The sentence ends on a stub (…絵本のお話を｜伺いました。): split its last
                    // two lines more evenly instead.
                    end = balance(&breaks, start, chars.len(), width, &cols).unwrap_or(end);
                }
            }
        }
        out.extend(&chars[start..end]);
        start = end;
        if start < chars.len() {
            out.push('\n');
        }
    }
}

/// The break that splits `start..len` into two lines that both fit, as evenly as the kinds of
/// break allow: a word boundary or a comma rather than an older-model phrase boundary.
fn balance(
    breaks: &[(usize, Break)],
    start: usize,
    len: usize,
    width: usize,
    cols: &dyn Fn(usize, usize) -> usize,
) -> Option<usize> {
    breaks
        .iter()
        .filter(|&&(at, _)| at > start && cols(start, at) <= width && cols(at, len) <= width)
        .min_by_key(|&&(at, kind)| {
            let uneven = cols(start, at).abs_diff(cols(at, len));
            let cost = match kind {
                Break::Comma | Break::Word => 0,
                Break::Phrase => width / 2,
                Break::Quoted => width,
            };
            // Of two splits as even, the longer first line.
            (uneven + cost, std::cmp::Reverse(at))
        })
        .map(|&(at, _)| at)
}

/// The best break for a line starting at `start` that must end by `limit`: a comma that keeps
/// the line half full or a word boundary that keeps it two thirds full, else either at two
/// fifths, else any phrase boundary outside a quotation, else the latest break there is.
fn choose(
    breaks: &[(usize, Break)],
    start: usize,
    limit: usize,
    width: usize,
    cols: &dyn Fn(usize, usize) -> usize,
) -> Option<usize> {
    let fits: Vec<(usize, Break)> = breaks
        .iter()
        .copied()
        .filter(|&(at, _)| at > start && at <= limit)
        .collect();
    let (full, half, two_fifths, fifth) = (width * 2 / 3, width / 2, width * 2 / 5, width / 5);
    let order = [
        (Break::Comma, half),
        (Break::Word, full),
        (Break::Comma, two_fifths),
        (Break::Word, two_fifths),
        (Break::Phrase, full),
        (Break::Comma, fifth),
        (Break::Word, fifth),
        (Break::Phrase, fifth),
        (Break::Quoted, full),
    ];
    for (kind, min) in order {
        if let Some(&(at, _)) = fits
            .iter()
            .rev()
            .find(|&&(at, k)| k == kind && cols(start, at) >= min)
        {
            return Some(at);
        }
    }
    fits.last().map(|&(at, _)| at)
}

/// A break at the width when no phrase boundary fits (a very long word): kinsoku still holds,
/// and a number or an ASCII word stays whole.
fn hard_break(chars: &[char], start: usize, limit: usize) -> usize {
    let mut end = limit;
    let hang_limit = end + 3;
    while end < chars.len() && end < hang_limit && no_line_start(chars[end]) {
        end += 1;
    }
    while end > start + 1 && no_line_end(chars[end - 1]) {
        end -= 1;
    }
    let mut e = end;
    while e < chars.len()
        && e > start + 1
        && (chars[e - 1].is_ascii_alphanumeric() || chars[e - 1] == '.')
        && !matches!(chars[e], '、' | '。')
    {
        e -= 1;
    }
    if e > start + (end - start) / 2 {
        end = e;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_lines_fit_and_respect_kinsoku() {
        let text = "辞退のご連絡をした翌日、研究室で精密加工の試作に立ち会い、自分が本当に手を動かしたいのは量産前の設計の現場だと改めて実感しました。選考で伺ったお話を思い出し、その機会を自ら手放してしまったことを深く後悔しております。";
        let wrapped = wrap(text, 70);
        for l in wrapped.lines() {
            assert!(columns(l) <= 72, "too wide: {l}");
            let first = l.chars().next().unwrap();
            assert!(!no_line_start(first), "line starts with {first}: {l}");
        }
        assert_eq!(wrapped.replace('\n', ""), text);
    }

    /// Every line break of `wrapped` falls where BudouX ends a phrase.
    fn breaks_between_phrases(wrapped: &str) {
        let lines: Vec<&str> = wrapped.lines().collect();
        for pair in lines.windows(2) {
            let joined = format!("{}{}", pair[0], pair[1]);
            let cut = pair[0].chars().count();
            assert!(
                phrase_boundaries(&joined).contains(&cut),
                "{}｜{}",
                pair[0],
                pair[1]
            );
        }
    }

    #[test]
    fn japanese_breaks_between_phrases_before_a_quotation() {
        let text = "企画書を手伝いながら、面接で伺った「編集者が書店の読み聞かせ会に立つ」というお話を思い出しました。";
        let wrapped = wrap(text, 70);
        assert_eq!(
            wrapped,
            "企画書を手伝いながら、面接で伺った\n「編集者が書店の読み聞かせ会に立つ」というお話を思い出しました。"
        );
        breaks_between_phrases(&wrapped);
    }

    #[test]
    fn japanese_never_breaks_inside_a_word_the_old_model_splits() {
        // The crate's model splits 多大なご｜迷惑 and お詫び｜申し上げます; a line never does.
        let text = "私の辞退により、採用計画の見直しなど貴社の採用活動に多大なご迷惑をおかけしましたことを、重ねてお詫び申し上げます。";
        let wrapped = wrap(text, 50);
        for l in wrapped.lines() {
            assert!(!l.ends_with("ご") && !l.ends_with("お詫び"), "{wrapped}");
        }
        breaks_between_phrases(&wrapped);
    }

    #[test]
    fn a_sentence_does_not_end_on_a_stub() {
        let text =
            "会社説明会で、新人の方が企画した読み聞かせ会から生まれた絵本のお話を伺いました。";
        let wrapped = wrap(text, 70);
        let last = wrapped.lines().last().unwrap();
        assert!(columns(last) >= 70 / 3, "{wrapped}");
        breaks_between_phrases(&wrapped);
    }

    #[test]
    fn english_wraps_at_words() {
        let text = "I am writing to ask whether you would be willing to reconsider my declined offer for the engineering role.";
        let wrapped = wrap(text, 40);
        assert!(wrapped.lines().all(|l| l.len() <= 40));
        assert_eq!(wrapped.replace('\n', " "), text);
    }

    #[test]
    fn short_lines_and_breaks_are_kept() {
        assert_eq!(wrap("短い行\n\n次の段落", 70), "短い行\n\n次の段落");
    }
}
