//! Reading a draft: which lines are header, addressee, body, signature (email) or labels, stage
//! directions and branches (phone script), and a flattened view of the prose for phrase matching.
//!
//! Japanese letters wrap mid-sentence, so phrases are matched on the prose with line breaks
//! removed; every match maps back to a byte range of the original text for the caret.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use super::lexicon;
use super::phrase::{self, Pattern, Scan, GROUPS};

use crate::model::Lang;
use crate::render::Kind;

/// What a line is, so body rules never fire on a header or a signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Blank,
    /// `To:`, `Subject:`, `件名：`…
    Header,
    /// 株式会社… / 人事部 / ○○様, or `Dear …,`.
    Addressee,
    Body,
    Signature,
    /// Phone: 【用件】, `[Recruiter]`.
    Label,
    /// Phone: （…） notes that are not read aloud, and the preamble before the first label.
    Direction,
    /// Phone: what to say to the receptionist (spoken, but not the main talk).
    Reception,
    /// Phone: ■ branches (absent, voicemail, yes, no, questions).
    Branch,
}

#[derive(Debug, Clone)]
pub struct Line {
    /// Byte range in the text, without the line break.
    pub range: Range<usize>,
    pub role: Role,
}

/// Prose with line breaks removed (Japanese) or turned into spaces (English); paragraph breaks
/// stay as `\n`. `segments` maps each piece back to the original text.
#[derive(Debug, Clone, Default)]
pub struct Flat {
    pub text: String,
    /// (start in flat, start in original, length in bytes)
    segments: Vec<(usize, usize, usize)>,
}

impl Flat {
    fn push_line(&mut self, orig_start: usize, line: &str, joiner: &str) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push_str(joiner);
        }
        self.segments
            .push((self.text.len(), orig_start, line.len()));
        self.text.push_str(line);
    }

    fn paragraph_break(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    /// Maps a byte offset in the flat text to the original text.
    pub fn to_original(&self, pos: usize) -> usize {
        let i = self
            .segments
            .partition_point(|(flat, _, _)| *flat <= pos)
            .saturating_sub(1);
        match self.segments.get(i) {
            Some(&(flat, orig, len)) => orig + (pos - flat).min(len),
            None => 0,
        }
    }

    /// Maps a flat range to an original range on one line (a caret never spans lines).
    pub fn span(&self, r: Range<usize>) -> Range<usize> {
        let start = self.to_original(r.start);
        let i = self
            .segments
            .partition_point(|(flat, _, _)| *flat <= r.start)
            .saturating_sub(1);
        let seg_end = self
            .segments
            .get(i)
            .map(|&(_, orig, len)| orig + len)
            .unwrap_or(start);
        let end = self.to_original(r.end).clamp(start, seg_end.max(start));
        start..end
    }

    /// Sentences as flat ranges, split after 。！？ (and .!? in English) and at paragraph breaks.
    pub fn sentences(&self, lang: Lang) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = self.text.as_bytes();
        // Every sentence end is ASCII or starts with bytes E3 80 (。) or EF BC (！？): only
        // those places are decoded.
        let ends = (0..bytes.len())
            .filter(|&i| match bytes[i] {
                b'\n' | b'.' | b'!' | b'?' => true,
                0xE3 => bytes.get(i + 1) == Some(&0x80),
                0xEF => bytes.get(i + 1) == Some(&0xBC),
                _ => false,
            })
            .filter_map(|i| self.text[i..].chars().next().map(|c| (i, c)));
        for (i, c) in ends {
            let end = i + c.len_utf8();
            let boundary = match c {
                '\n' => true,
                '。' | '！' | '？' => true,
                '.' => {
                    lang == Lang::En
                        && bytes.get(end).is_none_or(|b| *b == b' ' || *b == b'\n')
                        && !is_abbreviation(&self.text[start..i])
                }
                '!' | '?' => {
                    bytes.get(end).is_none_or(|b| *b == b' ' || *b == b'\n') || lang == Lang::Ja
                }
                _ => false,
            };
            if boundary {
                push_sentence(&mut out, &self.text, start..end);
                start = end;
            }
        }
        push_sentence(&mut out, &self.text, start..self.text.len());
        out
    }
}

/// Keeps a sentence, trimmed, unless it is a lone character (a stray 。 or a list mark).
fn push_sentence(out: &mut Vec<Range<usize>>, text: &str, r: Range<usize>) {
    let r = trim_range(text, r);
    let s = &text[r.clone()];
    // More than four bytes always hold two characters or more.
    if s.len() > 4 || s.chars().nth(1).is_some() {
        out.push(r);
    }
}

/// "Dr. Bauer" and "Ms. Chen" do not end a sentence.
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit([' ', '(', '\n']).next().unwrap_or("");
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
            | "Jr"
            | "Sr"
            | "vs"
            | "e.g"
            | "i.e"
            | "etc"
            | "No"
    ) || word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase())
}

fn trim_range(s: &str, r: Range<usize>) -> Range<usize> {
    let slice = &s[r.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    (r.start + lead)..(r.end - trail).max(r.start + lead)
}

/// One pattern's matches: the pattern's address, whether the prose (not the body) was searched,
/// and the ranges.
type SingleHits = (usize, bool, Vec<Range<usize>>);

/// A draft, read.
#[derive(Debug)]
pub struct Document<'a> {
    pub text: &'a str,
    pub kind: Kind,
    pub lang: Lang,
    pub lines: Vec<Line>,
    /// The value of `Subject:` / `件名：`, when there is such a line.
    pub subject: Option<Range<usize>>,
    /// Whether the text starts with header lines at all.
    pub has_header: bool,
    /// The main prose: the email body, or what is said to the recruiter on the phone.
    pub body: Flat,
    /// Everything spoken or written as prose: body plus reception and branches (phone only; an
    /// email's prose is its body, see [`Document::prose`]).
    prose: Option<Flat>,
    /// The first body line, where "something is missing" diagnostics point.
    pub body_start: usize,
    /// Every lexicon pattern's matches in the body and in the prose, found in one pass per
    /// automaton on first use and shared by every rule.
    body_scan: [OnceCell<Scan>; GROUPS],
    prose_scan: [OnceCell<Scan>; GROUPS],
    /// One letter: each pattern's matches, searched one by one (keyed by the pattern's address
    /// and whether the prose was searched).
    single: RefCell<Vec<SingleHits>>,
    body_sentences: OnceCell<Vec<Range<usize>>>,
    body_size: OnceCell<usize>,
}

const HEADER_KEYS: &[&str] = &[
    "to",
    "subject",
    "from",
    "cc",
    "bcc",
    "date",
    "reply-to",
    "件名",
    "宛先",
    "宛名",
    "差出人",
];

fn header_value(line: &str) -> Option<(&str, usize)> {
    let (key, sep_len) = line
        .find(':')
        .map(|i| (i, 1))
        .into_iter()
        .chain(line.find('：').map(|i| (i, '：'.len_utf8())))
        .min_by_key(|(i, _)| *i)
        .map(|(i, l)| (&line[..i], i + l))?;
    let k = key.trim();
    HEADER_KEYS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(k))
        .then_some((k, sep_len))
}

fn is_separator(line: &str) -> bool {
    let t = line.trim();
    t == "--" || t.chars().count() >= 3 && t.chars().all(|c| "-‐―─━=＝_＿*＊~〜～・".contains(c))
}

fn is_label(line: &str) -> bool {
    let t = line.trim();
    (t.starts_with('【') && t.ends_with('】'))
        || (t.starts_with('[') && t.ends_with(']'))
        || (t.starts_with('〈') && t.ends_with('〉'))
        // "Receptionist:" / "受付：" alone on a line.
        || (t.ends_with(':') || t.ends_with('：')) && t.chars().count() <= 30 && !t.contains(['。', '.', '、'])
}

/// A labelled section that is a branch (absent, voicemail, their answer, questions), not the
/// main talk.
fn is_branch_label(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "不在",
        "留守",
        "断られ",
        "難しい",
        "承諾",
        "認め",
        "質問",
        "聞かれ",
        "absent",
        "voicemail",
        "if they",
        "if the",
        "question",
        "not available",
        "out of the office",
    ]
    .iter()
    .any(|k| lower.contains(k))
}

fn is_branch_heading(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('■') || t.starts_with('▼') || t.starts_with("## ")
}

fn is_direction(line: &str) -> bool {
    let t = line.trim();
    (t.starts_with('（') && t.ends_with('）')) || (t.starts_with('(') && t.ends_with(')'))
}

fn looks_like_signature_line(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_ascii_lowercase();
    t.contains('@')
        || t.chars().filter(char::is_ascii_digit).count() >= 9 && !t.ends_with('。')
        || [
            "大学",
            "学部",
            "学科",
            "研究科",
            "専攻",
            "university",
            "college",
            "faculty",
            "tel",
            "phone",
            "email",
            "mail",
            "電話",
            "メール",
            "携帯",
        ]
        .iter()
        .any(|k| lower.contains(k))
            && !t.ends_with('。')
            && !t.ends_with('.')
            && t.chars().count() <= 60
        || t.chars().count() <= 20
            && !t.ends_with('。')
            && !t.ends_with('.')
            && !t.ends_with(',')
            && !t.ends_with('、')
        || is_separator(t)
}

const SIGN_OFFS: &[&str] = &[
    "sincerely,",
    "yours sincerely,",
    "best regards,",
    "kind regards,",
    "regards,",
    "respectfully,",
    "with best regards,",
    "best,",
    "yours faithfully,",
    "warm regards,",
    "with gratitude,",
    "thank you,",
];

impl<'a> Document<'a> {
    pub fn parse(text: &'a str, kind: Kind, lang: Lang) -> Self {
        let mut lines: Vec<Line> = Vec::with_capacity(64);
        let mut pos = 0;
        // Lines end at `\n` (found with a vectorised search); the last one may not.
        let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
        let ends = breaks.chain((!text.ends_with('\n') && !text.is_empty()).then_some(text.len()));
        for next in ends {
            let content = text[pos..next].trim_end_matches(['\n', '\r']);
            let role = if content.trim().is_empty() {
                Role::Blank
            } else {
                Role::Body
            };
            lines.push(Line {
                range: pos..pos + content.len(),
                role,
            });
            pos = next;
        }
        let mut doc = Document {
            text,
            kind,
            lang,
            lines,
            subject: None,
            has_header: false,
            body: Flat::default(),
            prose: None,
            body_start: 0,
            body_scan: Default::default(),
            prose_scan: Default::default(),
            single: RefCell::new(Vec::new()),
            body_sentences: OnceCell::new(),
            body_size: OnceCell::new(),
        };
        doc.mark_header();
        match kind {
            Kind::Email => doc.mark_email(),
            Kind::Phone => doc.mark_phone(),
        }
        doc.flatten();
        doc
    }

    pub fn line_text(&self, i: usize) -> &'a str {
        &self.text[self.lines[i].range.clone()]
    }

    fn mark_header(&mut self) {
        let first = self.lines.iter().position(|l| l.role != Role::Blank);
        let Some(first) = first else { return };
        if header_value(self.line_text(first)).is_none() {
            return;
        }
        for i in first..self.lines.len() {
            if self.lines[i].role == Role::Blank {
                break;
            }
            let line = self.line_text(i);
            match header_value(line) {
                Some((key, value_at)) => {
                    self.lines[i].role = Role::Header;
                    self.has_header = true;
                    if key.eq_ignore_ascii_case("subject") || key == "件名" {
                        let start = self.lines[i].range.start + value_at;
                        let end = self.lines[i].range.end;
                        let v = &self.text[start..end];
                        let lead = v.len() - v.trim_start().len();
                        self.subject = Some(start + lead..end);
                    }
                }
                // A folded header continues on an indented line.
                None if line.starts_with([' ', '\t']) => self.lines[i].role = Role::Header,
                None => break,
            }
        }
    }

    fn content_lines(&self) -> Vec<usize> {
        (0..self.lines.len())
            .filter(|&i| self.lines[i].role == Role::Body)
            .collect()
    }

    fn mark_email(&mut self) {
        let body = self.content_lines();
        if body.is_empty() {
            return;
        }
        // Addressee: the first paragraph when it names a company, department or person.
        let first_para: Vec<usize> = body
            .iter()
            .copied()
            .take_while(|&i| i == body[0] || self.lines[i - 1].role != Role::Blank)
            .collect();
        match self.lang {
            Lang::Ja => {
                let greeting = first_para.iter().position(|&i| {
                    let t = self.line_text(i);
                    [
                        "お世話に",
                        "突然の",
                        "初めて",
                        "はじめて",
                        "いつも",
                        "先日は",
                        "本日は",
                    ]
                    .iter()
                    .any(|g| t.trim_start().starts_with(g))
                });
                let head: &[usize] = match greeting {
                    Some(0) => &[],
                    Some(n) => &first_para[..n],
                    None => &first_para,
                };
                let addressee_like = head.len() <= 6
                    && head.iter().any(|&i| {
                        let t = self.line_text(i);
                        [
                            "様",
                            "御中",
                            "殿",
                            "各位",
                            "株式会社",
                            "（株）",
                            "(株)",
                            "㈱",
                            "有限会社",
                            "合同会社",
                            "ご担当",
                            "人事",
                            "採用",
                        ]
                        .iter()
                        .any(|k| t.contains(k))
                    })
                    && head
                        .iter()
                        .all(|&i| !self.line_text(i).trim_end().ends_with('。'));
                if addressee_like {
                    for &i in head {
                        self.lines[i].role = Role::Addressee;
                    }
                }
            }
            Lang::En => {
                let first = body[0];
                let t = self.line_text(first).trim();
                let lower = t.to_ascii_lowercase();
                let salutation = [
                    "dear ",
                    "hi ",
                    "hi,",
                    "hello",
                    "hey",
                    "to whom",
                    "good morning",
                    "good afternoon",
                ]
                .iter()
                .any(|s| lower.starts_with(s))
                    || t.ends_with(',') && t.chars().count() <= 60;
                if salutation {
                    self.lines[first].role = Role::Addressee;
                }
            }
        }
        self.mark_signature();
    }

    fn mark_signature(&mut self) {
        let body = self.content_lines();
        let Some(&last) = body.last() else { return };
        // An explicit separator, or an English sign-off, starts the signature.
        // A rule that closes the signature box is skipped: the opening rule is the one wanted.
        let sep = body
            .iter()
            .rev()
            .take(12)
            .copied()
            .filter(|&i| i != last || !is_separator(self.line_text(i)))
            .find(|&i| {
                let t = self.line_text(i).trim();
                is_separator(t) || SIGN_OFFS.iter().any(|s| s.eq_ignore_ascii_case(t))
            });
        let start = match sep {
            Some(i) => Some(i),
            None => {
                // Otherwise the trailing run of signature-looking lines, if it has contact data.
                let mut start = None;
                for &i in body.iter().rev() {
                    if looks_like_signature_line(self.line_text(i)) {
                        start = Some(i);
                    } else {
                        break;
                    }
                }
                start.filter(|&s| {
                    (s..=last).any(|i| {
                        let t = self.line_text(i);
                        t.contains('@') || t.chars().filter(char::is_ascii_digit).count() >= 9
                    })
                })
            }
        };
        if let Some(s) = start {
            for i in s..=last {
                if self.lines[i].role == Role::Body {
                    self.lines[i].role = Role::Signature;
                }
            }
        }
    }

    fn mark_phone(&mut self) {
        let has_labels = (0..self.lines.len())
            .any(|i| self.lines[i].role == Role::Body && is_label(self.line_text(i)));
        // Before the first label comes the preamble (notes to the reader, not spoken).
        let mut section = if has_labels {
            Role::Direction
        } else {
            Role::Body
        };
        // After a ■ heading everything is a branch, even under further labels.
        let mut in_branches = false;
        for i in 0..self.lines.len() {
            if self.lines[i].role != Role::Body {
                continue;
            }
            let t = self.line_text(i);
            if is_branch_heading(t) {
                in_branches = true;
                section = Role::Branch;
                self.lines[i].role = Role::Label;
            } else if is_label(t) {
                self.lines[i].role = Role::Label;
                let lower = t.to_ascii_lowercase();
                section = if in_branches || is_branch_label(t) {
                    Role::Branch
                } else if t.contains("受付") || lower.contains("reception") {
                    Role::Reception
                } else {
                    Role::Body
                };
            } else if is_direction(t) {
                self.lines[i].role = Role::Direction;
            } else {
                self.lines[i].role = section;
            }
        }
    }

    fn flatten(&mut self) {
        let joiner = match self.lang {
            Lang::Ja => "",
            Lang::En => " ",
        };
        let flat = || Flat {
            text: String::with_capacity(self.text.len()),
            segments: Vec::with_capacity(self.lines.len()),
        };
        let mut body = flat();
        // An email has no reception or branches: its prose is its body.
        let mut prose = (self.kind == Kind::Phone).then(flat);
        let mut prev = Role::Blank;
        let mut body_start = None;
        for line in &self.lines {
            let t = &self.text[line.range.clone()];
            let lead = t.len() - t.trim_start().len();
            let trimmed = t.trim();
            let start = line.range.start + lead;
            if line.role != prev || line.role == Role::Blank || self.kind == Kind::Phone {
                body.paragraph_break();
                if let Some(prose) = &mut prose {
                    prose.paragraph_break();
                }
            }
            match line.role {
                Role::Body => {
                    body_start.get_or_insert(start);
                    body.push_line(start, trimmed, joiner);
                    if let Some(prose) = &mut prose {
                        prose.push_line(start, trimmed, joiner);
                    }
                }
                Role::Reception | Role::Branch => {
                    if let Some(prose) = &mut prose {
                        prose.push_line(start, trimmed, joiner);
                    }
                }
                _ => {}
            }
            prev = line.role;
        }
        // A phone script without reception or branches: one scan serves both.
        self.prose = prose.filter(|p| p.text != body.text);
        self.body = body;
        self.body_start = body_start.unwrap_or(0);
    }

    /// Every match of `p` in the body (flat coordinates).
    pub fn body_hits(&self, p: &Pattern) -> Cow<'_, [Range<usize>]> {
        if !phrase::prefers_throughput() {
            return self.single_hits(p, false);
        }
        match &self.prose {
            // Only a phone script has prose apart from its body. Each of its lines is a
            // paragraph of its own and no match crosses a line break, so the body's matches are
            // the prose's matches on body lines: one scan serves both.
            Some(prose) => Cow::Owned(
                hits(&self.prose_scan, &prose.text, p)
                    .iter()
                    .filter_map(|r| self.body_range(prose, r))
                    .collect(),
            ),
            None => hits(&self.body_scan, &self.body.text, p),
        }
    }

    /// A prose range in body coordinates, when it lies on a body line.
    fn body_range(&self, prose: &Flat, r: &Range<usize>) -> Option<Range<usize>> {
        let i = prose
            .segments
            .partition_point(|&(flat, _, _)| flat <= r.start)
            .checked_sub(1)?;
        let (flat, orig, len) = prose.segments[i];
        debug_assert!(r.end <= flat + len, "a match crosses a line break");
        let j = self
            .body
            .segments
            .binary_search_by_key(&orig, |&(_, orig, _)| orig)
            .ok()?;
        let at = self.body.segments[j].0;
        Some(at + (r.start - flat)..at + (r.end - flat))
    }

    /// Searches one pattern on its own, once per document: for a single letter, building the
    /// lexicon would cost more than all the searches.
    fn single_hits(&self, p: &Pattern, prose: bool) -> Cow<'_, [Range<usize>]> {
        let key = std::ptr::from_ref(p) as usize;
        let cached = self
            .single
            .borrow()
            .iter()
            .find_map(|(k, in_prose, found)| {
                (*k == key && *in_prose == prose).then(|| found.clone())
            });
        let found = cached.unwrap_or_else(|| {
            let text = if prose {
                &self.prose().text
            } else {
                &self.body.text
            };
            let found: Vec<_> = p.find_iter(text).iter().map(|m| m.range()).collect();
            self.single.borrow_mut().push((key, prose, found.clone()));
            found
        });
        Cow::Owned(found)
    }

    /// Everything spoken or written as prose: the body, plus reception and branches on the phone.
    pub fn prose(&self) -> &Flat {
        self.prose.as_ref().unwrap_or(&self.body)
    }

    /// Every match of `p` in the prose (flat coordinates of [`Document::prose`]).
    pub fn prose_hits(&self, p: &Pattern) -> Cow<'_, [Range<usize>]> {
        let Some(prose) = &self.prose else {
            // An email's prose is its body: one scan serves both.
            return self.body_hits(p);
        };
        if !phrase::prefers_throughput() {
            return self.single_hits(p, true);
        }
        hits(&self.prose_scan, &prose.text, p)
    }

    /// The body's size in the unit of the length rules (see [`super::signals::size`]).
    pub fn body_size(&self) -> usize {
        *self
            .body_size
            .get_or_init(|| super::signals::size(&self.body.text, self.lang))
    }

    /// The body's sentences (flat ranges), split once.
    pub fn body_sentences(&self) -> &[Range<usize>] {
        self.body_sentences
            .get_or_init(|| self.body.sentences(self.lang))
    }

    /// Whether `p` matches inside a flat range of the body (a sentence).
    pub fn body_has(&self, p: &Pattern, within: &Range<usize>) -> bool {
        self.body_hits(p)
            .iter()
            .any(|r| r.start >= within.start && r.end <= within.end)
    }

    /// Indices of lines with the given role.
    pub fn lines_with(&self, role: Role) -> impl Iterator<Item = usize> + '_ {
        (0..self.lines.len()).filter(move |&i| self.lines[i].role == role)
    }

    /// The 1-based line and 1-based character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(self.text, offset)
    }
}

fn hits<'s>(
    scans: &'s [OnceCell<Scan>; GROUPS],
    text: &str,
    p: &Pattern,
) -> Cow<'s, [Range<usize>]> {
    // Building the lexicon gives the patterns their slots.
    let lexicon = lexicon();
    match p.slot() {
        Some(slot) => {
            let scan = scans[slot.group].get_or_init(|| lexicon.scan(slot.group, text));
            Cow::Borrowed(&scan[slot.index])
        }
        None => {
            // Every pattern a rule asks the document about belongs in its `Rule::patterns`, so
            // it is found in the shared pass; the tests run with this check on.
            debug_assert!(
                false,
                "a phrase pattern is missing from its rule's `patterns`"
            );
            Cow::Owned(p.find_iter(text).iter().map(|m| m.range()).collect())
        }
    }
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = super::signals::count_bytes(before.as_bytes(), |b| b == b'\n') + 1;
    let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

/// Guesses whether a text is an email (has a subject line) or a phone script.
pub fn detect_kind(text: &str) -> Kind {
    let subject = text.lines().take(12).any(|l| {
        let t = l.trim_start();
        t.to_ascii_lowercase().starts_with("subject:")
            || t.starts_with("件名:")
            || t.starts_with("件名：")
    });
    if subject {
        Kind::Email
    } else {
        Kind::Phone
    }
}

/// Guesses the language: Japanese when kana make up a visible share of the letters.
pub fn detect_lang(text: &str) -> Lang {
    // Counted on bytes: Japanese text is three-byte sequences
    // led by E3 to E9 (kana, kanji and Japanese punctuation); English is ASCII letters.
    let bytes = text.as_bytes();
    let kana = super::signals::count_bytes(bytes, |b| (0xE3..=0xE9).contains(&b));
    let latin = super::signals::count_bytes(bytes, |b| b.is_ascii_alphabetic());
    if kana * 4 >= latin {
        Lang::Ja
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMAIL: &str = "To: 株式会社A 人事部 佐藤様 <a@example.co.jp>\nSubject: 内定辞退撤回のお願い（東都大学 山田太郎）\n\n株式会社A\n人事部\n佐藤 様\n\nお世話になっております。\n東都大学の山田です。御社の\n製品が好きです。\n\n────\n東都大学 経済学部 4年\n山田 太郎\n電話：090-1234-5678\nメール：taro@example.ac.jp\n";

    #[test]
    fn email_roles() {
        let d = Document::parse(EMAIL, Kind::Email, Lang::Ja);
        let roles: Vec<Role> = d.lines.iter().map(|l| l.role).collect();
        use Role::*;
        assert_eq!(
            roles,
            vec![
                Header, Header, Blank, Addressee, Addressee, Addressee, Blank, Body, Body, Body,
                Blank, Signature, Signature, Signature, Signature, Signature
            ]
        );
        assert_eq!(
            &EMAIL[d.subject.clone().unwrap()],
            "内定辞退撤回のお願い（東都大学 山田太郎）"
        );
    }

    #[test]
    fn flat_joins_wrapped_japanese_and_maps_back() {
        let d = Document::parse(EMAIL, Kind::Email, Lang::Ja);
        let i = d.body.text.find("御社の製品").unwrap();
        let span = d.body.span(i..i + "御社の製品".len());
        // The caret stays on the first line of a phrase that wraps.
        assert_eq!(&EMAIL[span], "御社の");
        assert_eq!(d.body.sentences(Lang::Ja).len(), 3);
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(line_col("ab\n御社x", 3 + "御社".len()), (2, 3));
    }

    #[test]
    fn kind_and_language_detection() {
        assert_eq!(detect_kind(EMAIL), Kind::Email);
        assert_eq!(detect_kind("【受付】\nお忙しいところ"), Kind::Phone);
        assert_eq!(detect_lang(EMAIL), Lang::Ja);
        assert_eq!(detect_lang("Dear Ms. Chen,\nThank you."), Lang::En);
    }
}
