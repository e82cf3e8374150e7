//! Phrase patterns: the data behind the rules, and how they are searched.
//!
//! A pattern is written in a small, regex-like notation so the lists read naturally:
//! literal text, groups of alternatives `(判断|決定)`, optional groups `(ご)?` and characters
//! `offers?`, tiny classes `reali[sz]`, bounded gaps that stay inside one sentence
//! (`[^。\n]{0,24}`, `[^.]{0,50}`, `[^.]*`, `([a-z-]+ ){0,3}`), `\s+` for a space, `!+`, and
//! `\b` at either end or next to a gap (`[^.]{0,30}\bas final`). `(?i)` makes a pattern ASCII
//! case-insensitive (English).
//!
//! A pattern compiles, on first use, into sets of literal choices in order, split by its gaps.
//! The first set is searched for with memchr's substring searcher; the rest is followed step by
//! step from each place it is found. Nothing is built at start-up, and only the patterns of the
//! language being read are compiled: compiling the same lists with the `regex` crate takes 17 to
//! 29 ms, longer than a whole run.

use std::ops::Range;
use std::sync::OnceLock;

/// A set of phrase patterns, compiled on first use.
pub struct Pattern {
    sources: &'static [&'static str],
    compiled: OnceLock<Compiled>,
}

/// Literal choice sets with no gap between them: the segment matches any concatenation of one
/// choice from each set, in order. A set holds `""` when its part is optional.
struct Segment {
    sets: Vec<Vec<String>>,
    /// The characters a non-empty match can start with: a gap is walked character by character
    /// and the sets are only tried where one of these stands.
    firsts: Vec<char>,
    /// A `\b` just after the gap before the segment (`[^.]{0,30}\bas final`) or just before
    /// the gap after it (`(answer|reply)\b[^.]{0,20}`).
    boundary_before: bool,
    boundary_after: bool,
}

struct Alternative {
    /// The first segment's first set is the search driver: its choices are non-empty.
    segments: Vec<Segment>,
    /// Maximum characters between segment k and k+1.
    gaps: Vec<usize>,
    boundary_start: bool,
    boundary_end: bool,
}

struct Compiled {
    ascii_ci: bool,
    /// Every alternative is one segment: a match is a literal, with no gaps to follow, and word
    /// boundaries are tested after the leftmost-longest choice.
    simple: bool,
    /// The drivers' literals (ASCII-lowercased when `ascii_ci`), and for each the alternative it
    /// starts.
    literals: Vec<String>,
    /// A substring searcher for each literal, built once: a letter is searched several times
    /// in one run (the profile's fields, then each draft).
    finders: Vec<memchr::memmem::Finder<'static>>,
    first_owner: Vec<usize>,
    alternatives: Vec<Alternative>,
}

#[derive(Debug, Clone)]
enum Token {
    Lit(String),
    Alt(Vec<String>),
    Gap(usize),
    Boundary,
}

impl Pattern {
    pub const fn new(sources: &'static [&'static str]) -> Self {
        Pattern {
            sources,
            compiled: OnceLock::new(),
        }
    }

    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| compile(self.sources))
    }

    /// Leftmost-longest, non-overlapping matches.
    pub fn find_iter(&self, text: &str) -> Vec<Range<usize>> {
        let c = self.compiled();
        let mut candidates: Vec<Candidate> = Vec::new();
        let mut ends = Vec::new();
        let lowered;
        let hay = if c.ascii_ci {
            lowered = text.to_ascii_lowercase();
            lowered.as_str()
        } else {
            text
        };
        for ((lit, finder), &alt) in c.literals.iter().zip(&c.finders).zip(&c.first_owner) {
            let a = &c.alternatives[alt];
            for start in occurrences(hay, finder) {
                ends.clear();
                follow(
                    text,
                    &a.segments[0].sets[1..],
                    start + lit.len(),
                    c.ascii_ci,
                    &mut ends,
                );
                ends.sort_unstable();
                ends.dedup();
                for &end in &ends {
                    if c.simple {
                        candidates.push((start, end, alt));
                    } else if let Some((s, e)) = candidate(text, a, start, end, c.ascii_ci) {
                        candidates.push((s, e, alt));
                    }
                }
            }
        }
        choose(c, text, candidates)
    }
}

/// Every end of a match of `sets` (one choice from each, in order) at `at`, pushed onto `ends`.
fn follow(text: &str, sets: &[Vec<String>], at: usize, ascii_ci: bool, ends: &mut Vec<usize>) {
    let Some((set, rest)) = sets.split_first() else {
        ends.push(at);
        return;
    };
    let bytes = &text.as_bytes()[at..];
    for choice in set {
        let c = choice.as_bytes();
        let here = bytes.len() >= c.len()
            && if ascii_ci {
                bytes[..c.len()].eq_ignore_ascii_case(c)
            } else {
                bytes.starts_with(c)
            };
        if here {
            follow(text, rest, at + c.len(), ascii_ci, ends);
        }
    }
}

/// The end of the longest non-empty match of a segment at `at` that keeps its word boundaries.
fn longest(text: &str, seg: &Segment, at: usize, ascii_ci: bool) -> Option<usize> {
    if seg.boundary_before && !boundary_before(text, at) {
        return None;
    }
    let mut ends = Vec::new();
    follow(text, &seg.sets, at, ascii_ci, &mut ends);
    ends.into_iter()
        .filter(|&e| e > at && (!seg.boundary_after || boundary_after(text, e)))
        .max()
}

/// Every start of `needle` in `hay`, overlapping ones included. memchr's searcher skips on the
/// needle's rarest byte: on a text that repeats the needle's first character (あああ…), a plain
/// search compares at every place.
fn occurrences<'h>(
    hay: &'h str,
    finder: &'h memchr::memmem::Finder<'static>,
) -> impl Iterator<Item = usize> + 'h {
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + finder.find(hay.as_bytes().get(from..)?)?;
        // A literal starts at a character boundary, so the next one can start one byte on.
        from = at + 1;
        while !hay.is_char_boundary(from) {
            from += 1;
        }
        Some(at)
    })
}

/// The leftmost-longest choice among a pattern's candidates that keep their word boundaries:
/// "fully accept" inside "respectfully accept" is no match, so it does not hide "accept".
fn choose(c: &Compiled, text: &str, candidates: Vec<Candidate>) -> Vec<Range<usize>> {
    let kept = candidates
        .into_iter()
        .filter(|&(s, e, alt)| {
            let a = &c.alternatives[alt];
            !c.simple
                || (!a.boundary_start || boundary_before(text, s))
                    && (!a.boundary_end || boundary_after(text, e))
        })
        .collect();
    leftmost_longest(kept)
        .into_iter()
        .map(|(s, e, _)| s..e)
        .collect()
}

/// A whole match from a first-segment literal at `start..end`, if the rest of the alternative
/// and its word boundaries follow.
fn candidate(
    text: &str,
    alt: &Alternative,
    start: usize,
    end: usize,
    ascii_ci: bool,
) -> Option<(usize, usize)> {
    if alt.boundary_start && !boundary_before(text, start)
        || alt.segments[0].boundary_after && !boundary_after(text, end)
    {
        return None;
    }
    let end = complete(text, alt, end, ascii_ci)?;
    if alt.boundary_end && !boundary_after(text, end) {
        return None;
    }
    Some((start, end))
}

/// A possible match: start, end, and the alternative it belongs to.
type Candidate = (usize, usize, usize);

/// Leftmost-longest, non-overlapping choice among candidate matches.
fn leftmost_longest(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut out = Vec::new();
    let mut last_end = 0;
    for c in candidates {
        if c.0 >= last_end {
            last_end = c.1.max(c.0 + 1);
            out.push(c);
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn boundary_before(text: &str, at: usize) -> bool {
    !text[..at].chars().next_back().is_some_and(is_word_char)
}

fn boundary_after(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(is_word_char)
}

/// Whether the character at `at` ends a sentence, so that no gap runs past it. In English a
/// stop ends one only before white space and a word that does not start in lower case: "2 p.m.
/// to hear" runs on, as the sentence splitter reads it.
fn ends_sentence(text: &str, at: usize, ascii_ci: bool) -> bool {
    let Some(c) = text[at..].chars().next() else {
        return false;
    };
    if matches!(c, '。' | '！' | '？' | '\n') {
        return true;
    }
    if !ascii_ci || !matches!(c, '.' | '!' | '?') {
        return false;
    }
    let after = &text[at + 1..];
    let next = after.trim_start_matches([' ', '\t']);
    (after.is_empty() || after.starts_with([' ', '\t', '\n', '\r']))
        && !next.starts_with(|n: char| n.is_lowercase())
}

/// Follows the remaining segments after the first one; returns the end of the whole match.
///
/// The next segment is the earliest of its choices after `end` (the longest one at that place),
/// and the gap before it holds at most `max + 1` characters and no sentence end. So the walk
/// looks for a choice at each character of the gap and stops at the first sentence end or
/// after `max + 1` characters: a choice further on would break one of the two conditions.
fn complete(text: &str, alt: &Alternative, mut end: usize, ascii_ci: bool) -> Option<usize> {
    for (k, &max) in alt.gaps.iter().enumerate() {
        let seg = &alt.segments[k + 1];
        let mut at = end;
        let mut gap_chars = 0;
        let found = loop {
            let next = text[at..].chars().next();
            let folded = next.map(|c| if ascii_ci { c.to_ascii_lowercase() } else { c });
            if folded.is_some_and(|c| seg.firsts.contains(&c)) {
                if let Some(e) = longest(text, seg, at, ascii_ci) {
                    break e;
                }
            }
            let c = next?;
            if gap_chars > max || ends_sentence(text, at, ascii_ci) {
                return None;
            }
            gap_chars += 1;
            at += c.len_utf8();
        };
        end = found;
    }
    Some(end)
}

fn compile(sources: &[&str]) -> Compiled {
    let ascii_ci = sources.iter().any(|s| s.starts_with("(?i)"));
    let mut alternatives = Vec::new();
    for src in sources {
        let src = src.strip_prefix("(?i)").unwrap_or(src);
        let tokens = tokenize(src).unwrap_or_else(|e| panic!("phrase pattern {src:?}: {e}"));
        let mut alt = build(&tokens);
        if ascii_ci {
            // Searched in, or compared with, ASCII-lowercased text.
            for seg in &mut alt.segments {
                for choice in seg.sets.iter_mut().flatten() {
                    choice.make_ascii_lowercase();
                }
                seg.firsts = firsts(&seg.sets);
            }
        }
        alternatives.push(alt);
    }
    let mut literals = Vec::new();
    let mut owner = Vec::new();
    for (i, alt) in alternatives.iter().enumerate() {
        for lit in &alt.segments[0].sets[0] {
            literals.push(lit.clone());
            owner.push(i);
        }
    }
    let simple = alternatives.iter().all(|a| a.segments.len() == 1);
    let finders = literals
        .iter()
        .map(|l| memchr::memmem::Finder::new(l.as_bytes()).into_owned())
        .collect();
    Compiled {
        finders,
        ascii_ci,
        simple,
        literals,
        first_owner: owner,
        alternatives,
    }
}

/// The first characters of a segment's non-empty matches: those of each set's choices up to the
/// first set that cannot be left out.
fn firsts(sets: &[Vec<String>]) -> Vec<char> {
    let mut out = Vec::new();
    for set in sets {
        for c in set.iter().filter_map(|c| c.chars().next()) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        if !set.iter().any(String::is_empty) {
            break;
        }
    }
    out
}

/// The choices of two sets in a row, as one set.
fn product(a: &[String], b: &[String]) -> Vec<String> {
    let mut out: Vec<String> = a
        .iter()
        .flat_map(|x| b.iter().map(move |y| format!("{x}{y}")))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// How many choices a search driver may grow to while it is made long enough to be selective.
const DRIVER_CHOICES: usize = 64;

fn build(tokens: &[Token]) -> Alternative {
    let mut segments: Vec<Vec<Vec<String>>> = vec![Vec::new()];
    let mut gaps = Vec::new();
    let boundary_start = matches!(tokens.first(), Some(Token::Boundary));
    let boundary_end = matches!(tokens.last(), Some(Token::Boundary));
    // (before, after) for each segment.
    let mut bounds = vec![(false, false)];
    for (k, t) in tokens.iter().enumerate() {
        match t {
            Token::Gap(_) => bounds.push((false, false)),
            Token::Boundary if k > 0 && k + 1 < tokens.len() => {
                let last = bounds.len() - 1;
                if matches!(tokens[k - 1], Token::Gap(_)) {
                    bounds[last].0 = true;
                } else if matches!(tokens[k + 1], Token::Gap(_)) {
                    bounds[last].1 = true;
                } else {
                    panic!("a \\b stands only at a pattern's ends or next to a gap");
                }
            }
            _ => {}
        }
    }
    for t in tokens {
        let sets = segments.last_mut().expect("at least one segment");
        match t {
            // Text after a set joins each of its choices: the set does not grow.
            Token::Lit(s) => match sets.last_mut() {
                Some(last) => last.iter_mut().for_each(|c| c.push_str(s)),
                None => sets.push(vec![s.clone()]),
            },
            Token::Alt(choices) => {
                let mut set = choices.clone();
                set.sort();
                set.dedup();
                sets.push(set);
            }
            Token::Gap(n) => {
                gaps.push(*n);
                segments.push(Vec::new());
            }
            Token::Boundary => {}
        }
    }
    // The driver is searched for on its own: it needs no empty choice, and a one-character
    // choice (お, ご) would stop the search at every other character of a Japanese letter.
    let first = &mut segments[0];
    while first.len() > 1
        && (first[0].iter().any(String::is_empty)
            || first[0].iter().any(|c| c.chars().nth(1).is_none())
                && first[0].len() * first[1].len() <= DRIVER_CHOICES)
    {
        let next = first.remove(1);
        first[0] = product(&first[0], &next);
    }
    if let Some(driver) = first.first_mut() {
        driver.retain(|c| !c.is_empty());
    }
    let segments: Vec<Segment> = segments
        .into_iter()
        .zip(bounds)
        .map(|(sets, (boundary_before, boundary_after))| {
            assert!(
                sets.iter().flatten().any(|c| !c.is_empty()),
                "a phrase segment matches only empty text"
            );
            Segment {
                firsts: firsts(&sets),
                sets,
                boundary_before,
                boundary_after,
            }
        })
        .collect();
    assert!(
        !segments[0].sets[0].is_empty(),
        "a phrase starts with nothing to search for"
    );
    Alternative {
        segments,
        gaps,
        boundary_start,
        boundary_end,
    }
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(c) = src[i..].chars().next() {
        if let Some((gap, len)) = gap_at(&src[i..]) {
            tokens.push(Token::Gap(gap));
            i += len;
            continue;
        }
        match c {
            '\\' => {
                let mut rest = src[i + 1..].chars();
                match rest.next() {
                    Some('b') => tokens.push(Token::Boundary),
                    Some('s') => {
                        push_lit(&mut tokens, " ");
                        if rest.next() == Some('+') {
                            i += 1;
                        }
                    }
                    Some(e) => {
                        push_lit(&mut tokens, &src[i + 1..i + 1 + e.len_utf8()]);
                        i += e.len_utf8() - 1;
                    }
                    None => return Err("trailing backslash".into()),
                }
                i += 2;
            }
            '(' => {
                // The matching `)`, counting nested groups.
                let mut depth = 0;
                let close = src[i..]
                    .char_indices()
                    .find(|&(_, c)| {
                        match c {
                            '(' => depth += 1,
                            ')' => depth -= 1,
                            _ => {}
                        }
                        depth == 0
                    })
                    .map(|(j, _)| i + j)
                    .ok_or("unclosed group")?;
                let mut choices = expand_group(&src[i + 1..close])?;
                i = close + 1;
                if src[i..].starts_with('?') {
                    choices.push(String::new());
                    i += 1;
                }
                tokens.push(Token::Alt(choices));
            }
            '[' => {
                let close = i + src[i..].find(']').ok_or("unclosed class")?;
                let inner = &src[i + 1..close];
                if inner.starts_with('^') || inner.contains('-') {
                    return Err(format!("unsupported class [{inner}]"));
                }
                tokens.push(Token::Alt(inner.chars().map(String::from).collect()));
                i = close + 1;
            }
            '?' => {
                // Optional previous character: `offers?`.
                let Some(Token::Lit(mut prev)) = tokens.pop() else {
                    return Err("`?` after something other than a character".into());
                };
                let last = prev.pop().expect("a literal token is never empty");
                if !prev.is_empty() {
                    tokens.push(Token::Lit(prev));
                }
                tokens.push(Token::Alt(vec![last.to_string(), String::new()]));
                i += 1;
            }
            '+' if matches!(tokens.last(), Some(Token::Lit(l)) if l.ends_with(['!', '！'])) => {
                i += 1
            }
            '*' | '+' | '{' | '}' | '|' | '.' | '^' | '$' => {
                return Err(format!("unsupported `{c}`"));
            }
            _ => {
                // A run of plain characters is one literal.
                let run = src[i..].find(is_special).map_or(src.len(), |n| i + n);
                let run = run.max(i + c.len_utf8());
                push_lit(&mut tokens, &src[i..run]);
                i = run;
            }
        }
    }
    Ok(tokens)
}

/// A character of the notation, as opposed to literal text.
fn is_special(c: char) -> bool {
    matches!(
        c,
        '\\' | '(' | ')' | '[' | ']' | '?' | '+' | '*' | '{' | '}' | '|' | '.' | '^' | '$'
    )
}

/// Literal text joins the literal before it: one token per run, not per character.
fn push_lit(tokens: &mut Vec<Token>, text: &str) {
    match tokens.last_mut() {
        Some(Token::Lit(l)) => l.push_str(text),
        _ => tokens.push(Token::Lit(text.to_owned())),
    }
}

/// The literal choices of a group's inside: its alternatives (split at the `|`s outside
/// nested groups), each expanded. A group holds no gap.
fn expand_group(inner: &str) -> Result<Vec<String>, String> {
    let mut pieces = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            '|' if depth == 0 => {
                pieces.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    pieces.push(&inner[start..]);
    let mut out = Vec::new();
    for piece in pieces {
        // Most alternatives are plain text.
        if !piece.contains(is_special) {
            out.push(piece.to_owned());
            continue;
        }
        let mut expanded = vec![String::new()];
        for t in tokenize(piece)? {
            expanded = match t {
                Token::Lit(l) => expanded.into_iter().map(|e| e + &l).collect(),
                Token::Alt(choices) => expanded
                    .iter()
                    .flat_map(|e| choices.iter().map(move |c| format!("{e}{c}")))
                    .collect(),
                Token::Gap(_) | Token::Boundary => {
                    return Err("a group holds no gap or boundary".into())
                }
            };
        }
        out.extend(expanded);
    }
    Ok(out)
}

/// `[^。\n]{0,24}`, `[^.]{0,50}`, `[^.]*`, `([a-z-]+ ){0,3}` → a gap of that many characters,
/// and how many bytes of the source it takes.
fn gap_at(s: &str) -> Option<(usize, usize)> {
    const PREFIXES: [&str; 3] = ["[^。\n]", "[^.]", "([a-z-]+ )"];
    if !s.starts_with(['[', '(']) {
        return None;
    }
    for p in PREFIXES {
        let Some(rest) = s.strip_prefix(p) else {
            continue;
        };
        if rest.starts_with('*') {
            return Some((200, p.len() + 1));
        }
        if let Some(body) = rest.strip_prefix("{0,") {
            let close = body.find('}')?;
            let max: usize = body[..close].parse().ok()?;
            // A word is counted as about a dozen characters.
            let max = if p.starts_with('(') { max * 12 } else { max };
            return Some((max, p.len() + 3 + close + 1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text a segment matches, written out.
    fn expand(seg: &Segment) -> Vec<String> {
        let mut out = seg
            .sets
            .iter()
            .fold(vec![String::new()], |acc, set| product(&acc, set));
        out.retain(|c| !c.is_empty());
        out
    }

    /// The definition `complete` follows: the earliest choice in a window after `end` (the
    /// longest at that place), then a check of the gap before it.
    fn complete_by_definition(
        text: &str,
        alt: &Alternative,
        mut end: usize,
        ascii_ci: bool,
    ) -> Option<usize> {
        for (k, &max) in alt.gaps.iter().enumerate() {
            let choices = &expand(&alt.segments[k + 1]);
            let longest = choices.iter().map(String::len).max().unwrap_or(0);
            let mut limit = (end + (max + 1) * 4 + longest).min(text.len());
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let hay = text[end..limit].to_owned();
            let hay = if ascii_ci {
                hay.to_ascii_lowercase()
            } else {
                hay
            };
            let seg = &alt.segments[k + 1];
            let (start, len) = choices
                .iter()
                .flat_map(|c| hay.match_indices(c.as_str()).map(|(at, m)| (at, m.len())))
                .filter(|&(at, len)| {
                    (!seg.boundary_before || boundary_before(text, end + at))
                        && (!seg.boundary_after || boundary_after(text, end + at + len))
                })
                .min_by_key(|&(at, len)| (at, std::cmp::Reverse(len)))?;
            let gap = &text[end..end + start];
            if gap.chars().nth(max + 1).is_some()
                || gap
                    .char_indices()
                    .any(|(k, _)| ends_sentence(text, end + k, ascii_ci))
            {
                return None;
            }
            end += start + len;
        }
        Some(end)
    }

    #[test]
    fn a_word_boundary_next_to_a_gap_is_kept() {
        static FINAL: Pattern = Pattern::new(&[r"(?i)\btake [^.]{0,30}\bas final\b"]);
        assert_eq!(FINAL.find_iter("I will take that as final.").len(), 1);
        // "as" inside "has" is no word of its own.
        assert!(FINAL
            .find_iter("I will take what he has final say on.")
            .is_empty());
        static BEFORE: Pattern = Pattern::new(&[r"(?i)\b(answer|reply)\b[^.]{0,20}\bby friday"]);
        assert_eq!(
            BEFORE.find_iter("Please send your answer by Friday.").len(),
            1
        );
        assert!(BEFORE
            .find_iter("Please send your answers nearby friday.")
            .is_empty());
    }

    #[test]
    fn complete_follows_its_definition_on_every_corpus_letter() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/letters");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .expect("corpus")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| std::fs::read_to_string(p).expect("UTF-8"))
            .collect();
        // Gaps that end at a text's end, at a sentence end and at a case difference.
        texts.push("ご迷惑をおかけし、大変申し訳".into());
        texts.push("I REALLY regret it. And I Deeply Regret declining".into());
        let mut completed = 0;
        for text in &texts {
            for pattern in crate::check::cues::patterns() {
                let c = pattern.compiled();
                for alt in c.alternatives.iter().filter(|a| !a.gaps.is_empty()) {
                    // Every place the first segment ends.
                    for first in &expand(&alt.segments[0]) {
                        let hay = if c.ascii_ci {
                            text.to_ascii_lowercase()
                        } else {
                            text.clone()
                        };
                        let finder = memchr::memmem::Finder::new(first.as_bytes()).into_owned();
                        for start in occurrences(&hay, &finder) {
                            let end = start + first.len();
                            let walked = complete(text, alt, end, c.ascii_ci);
                            assert_eq!(
                                walked,
                                complete_by_definition(text, alt, end, c.ascii_ci),
                                "{first:?} at {start}"
                            );
                            completed += usize::from(walked.is_some());
                        }
                    }
                }
            }
        }
        assert!(completed > 100, "only {completed} completions compared");
    }

    #[test]
    fn complete_follows_its_definition_at_every_gap_length() {
        let (mut completed, mut refused) = (0, 0);
        for pattern in crate::check::cues::patterns() {
            let c = pattern.compiled();
            for alt in c.alternatives.iter().filter(|a| !a.gaps.is_empty()) {
                let max = alt.gaps[0];
                let first = &expand(&alt.segments[0])[0];
                // Gaps of every length around the limit, in one-, two- and three-byte
                // characters, with and without a sentence end, then each choice of the rest.
                for filler in ["x", "é", "あ", "あ。", "x.", "\n"] {
                    for n in [0, 1, max.saturating_sub(1), max, max + 1, max + 2, max + 3] {
                        let gap: String = filler.chars().cycle().take(n).collect();
                        for rest in &expand(&alt.segments[1]) {
                            let later: String = alt.segments[2..]
                                .iter()
                                .map(|s| expand(s)[0].clone())
                                .collect();
                            let text = format!("{first}{gap}{rest}{later}");
                            let end = first.len();
                            let walked = complete(&text, alt, end, c.ascii_ci);
                            assert_eq!(
                                walked,
                                complete_by_definition(&text, alt, end, c.ascii_ci),
                                "{text:?}"
                            );
                            completed += usize::from(walked.is_some());
                            refused += usize::from(walked.is_none());
                        }
                    }
                }
            }
        }
        assert!(
            completed > 1000 && refused > 1000,
            "{completed} completed, {refused} refused"
        );
    }
}
