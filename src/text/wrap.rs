//! Line wrapping for plain-text letters: Japanese at about 35 full-width characters with
//! kinsoku (no line starts with 、。」 and the like), English at word boundaries.

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

fn wrap_sentence(chars: &[char], width: usize, out: &mut String) {
    let mut start = 0;
    while start < chars.len() {
        let mut col = 0;
        let mut end = start;
        while end < chars.len() && col + char_columns(chars[end]) <= width {
            col += char_columns(chars[end]);
            end += 1;
        }
        if end < chars.len() {
            // Break after a comma late in the line; else where hiragana meets a kanji or
            // katakana word (…について｜話し合う); else after any comma; else at the width.
            let span = end - start;
            let comma = |from: usize| {
                (start + from..end)
                    .rev()
                    .find(|&i| matches!(chars[i], '、' | '，'))
            };
            let word_edge = (start + span / 2..end.saturating_sub(1)).rev().find(|&i| {
                "をにでがはとのへもて".contains(chars[i])
                    && i > start
                    && !matches!(chars[i - 1], 'お' | 'ご')
                    && !is_hiragana(chars[i + 1])
                    && !no_line_start(chars[i + 1])
            });
            let tail: usize = chars[end..].iter().map(|c| char_columns(*c)).sum();
            if tail <= 8 && col + tail <= width + 6 {
                // A short tail (…伺い｜ました。) hangs on the line instead of standing alone.
                end = chars.len();
            } else if let Some(p) = comma(span * 2 / 5) {
                end = p + 1;
            } else if let Some(p) = word_edge {
                end = p + 1;
            } else if let Some(p) = comma(span / 6) {
                end = p + 1;
            }
            // Kinsoku: pull closing marks up (ぶら下げ) and push opening marks down.
            let hang_limit = end + 3;
            while end < chars.len()
                && end < hang_limit
                && (no_line_start(chars[end]) || is_particle(chars[end]))
            {
                end += 1;
            }
            while end > start + 1 && no_line_end(chars[end - 1]) {
                end -= 1;
            }
            // Never split a number or an ASCII word, nor a number from its unit.
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
        }
        out.extend(&chars[start..end]);
        start = end;
        if start < chars.len() {
            out.push('\n');
        }
    }
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
