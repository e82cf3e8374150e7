//! Reading a text into its parts: header, address block, salutation, body, closing and
//! signature for an email; title, notes, section labels, the receptionist, the talk with the
//! recruiter, the branches and the other side's lines for a phone script. The student's own
//! prose (an email's body; what the student says on the phone) is joined across soft line
//! breaks and split into sentences with [`crate::text::sentences`], each mapped back to the
//! original text for the caret.

use std::ops::Range;

use crate::text::{self, polite, Lang, Medium};

/// What a line of the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Blank,
    /// `To:`, `Subject:`, `件名：`…
    Header,
    /// 株式会社… / 人事部 / ○○様 before the body; in English, the lines before `Dear …,`.
    Address,
    /// `Dear Ms. Chen,`.
    Salutation,
    /// The email's text.
    Body,
    /// `Sincerely,` and the like.
    Closing,
    Signature,
    /// Phone: the first line naming the call (電話の台本：…, Call: …).
    Title,
    /// Phone: notes that are not said aloud: （…）, ※…, and the preamble before the first label.
    Note,
    /// Phone: section headings: 【用件】, [Opening], ■ 不在のとき.
    Label,
    /// Phone: what is said to the receptionist.
    Reception,
    /// Phone: the talk with the recruiter.
    Talk,
    /// Phone: what is said in a branch (absent, voicemail, their answer, questions).
    Branch,
    /// Phone: what the other side says, in a script that writes their lines too.
    Other,
    /// Email: text under the letter that the student did not write: an earlier message quoted
    /// (`On … wrote:`, `> …`) or the mail system's notice.
    Quoted,
    /// Phone: a point to make in the student's own words (`・辞退理由：地元の近くで働きたかった`),
    /// in a script that writes its lines to say in 「」. What it says counts; its form is a
    /// memo's, not speech.
    Memo,
}

impl Part {
    /// Whether the student writes or says this part as prose.
    pub fn is_prose(self) -> bool {
        matches!(
            self,
            Part::Body | Part::Reception | Part::Talk | Part::Branch | Part::Memo
        )
    }

    /// Phone: whether the line is said on the call, by either side, rather than read by the
    /// student alone (a note, a label, the title).
    pub fn is_said(self) -> bool {
        matches!(
            self,
            Part::Talk | Part::Reception | Part::Branch | Part::Other | Part::Memo
        )
    }

    /// Whether the part is written as it is said or sent, so its wording is judged.
    pub fn is_worded(self) -> bool {
        self.is_prose() && self != Part::Memo
    }
}

#[derive(Debug, Clone)]
pub struct Line {
    /// The whole line, without the line break.
    pub full: Range<usize>,
    /// What the line says: without a speaker's name (`私：`, `Me:`) and the quotation marks
    /// around a spoken line.
    pub range: Range<usize>,
    pub part: Part,
    /// A speaker's turn in a dialogue (`私：…`): a paragraph of its own.
    pub turn: bool,
    /// A list item whose mark was taken off: a sentence of its own.
    pub item: bool,
}

/// The student's prose with soft line breaks joined. A `\n` in `text` is a hard break (a
/// paragraph, a new speaker turn, a list item); `segments` map every piece back.
#[derive(Debug, Clone, Default)]
pub struct Prose {
    pub text: String,
    /// (start in `text`, start in the original, length in bytes)
    segments: Vec<(usize, usize, usize)>,
}

impl Prose {
    fn push(&mut self, orig: usize, piece: &str, joiner: Option<&str>) {
        if !self.text.is_empty() {
            match joiner {
                Some(j) => self.text.push_str(j),
                None => self.text.push('\n'),
            }
        }
        self.segments.push((self.text.len(), orig, piece.len()));
        self.text.push_str(piece);
    }

    /// A range of the prose as a range of the original text, kept on one line (a caret never
    /// spans lines).
    pub fn span(&self, r: Range<usize>) -> Range<usize> {
        let i = self
            .segments
            .partition_point(|&(flat, _, _)| flat <= r.start)
            .saturating_sub(1);
        let Some(&(flat, orig, len)) = self.segments.get(i) else {
            return 0..0;
        };
        let start = orig + (r.start - flat).min(len);
        let end = orig + r.end.saturating_sub(flat).min(len);
        start..end.max(start)
    }
}

/// A sentence of the student's prose.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Range in [`Letter::prose`].
    pub range: Range<usize>,
    pub part: Part,
    /// Paragraphs are counted from 0 in reading order; a phone section or speaker turn is one.
    pub para: usize,
}

/// A text, read.
#[derive(Debug)]
pub struct Letter<'a> {
    pub text: &'a str,
    pub medium: Medium,
    pub lang: Lang,
    pub lines: Vec<Line>,
    /// The value of `Subject:` / `件名：`.
    pub subject: Option<Range<usize>>,
    /// Whether the text starts with header lines.
    pub has_header: bool,
    pub prose: Prose,
    pub sentences: Vec<Sentence>,
    /// Where "something is missing" findings point: the first line of prose.
    pub body_start: usize,
    /// The company's name as the letter gives it (address block or title), legal form removed.
    pub company: Option<String>,
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

/// The key and where the value starts, for a `Key: value` header line.
fn header_value(line: &str) -> Option<(&str, usize)> {
    let (i, sep) = [':', '：']
        .iter()
        .filter_map(|&c| line.find(c).map(|i| (i, c.len_utf8())))
        .min_by_key(|&(i, _)| i)?;
    let key = line[..i].trim();
    HEADER_KEYS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(key))
        .then_some((key, i + sep))
}

fn is_separator(t: &str) -> bool {
    let t = t.trim();
    t == "--"
        || t.chars().count() >= 3 && t.chars().all(|c| "-‐―─━=＝_＿*＊~〜～・".contains(c))
        || is_table_rule(t)
}

/// `----+------`, `|------|:-----|`: the rule under a table's header.
fn is_table_rule(t: &str) -> bool {
    t.contains(['+', '|', '｜', '┼'])
        && t.chars().filter(|&c| "-─━=―ー－".contains(c)).count() >= 3
        && t.chars().all(|c| "-─━=―ー－+|｜┼: 　".contains(c))
}

/// The cells of a row of a table drawn with `|` between its columns, trimmed: `Me | Good
/// morning.` and `| Me | Good morning. |` both give two. A row that goes on with the cell
/// above (`   | University.`) leaves the first empty, or has only the one.
fn table_cells(text: &str, full: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[full.clone()];
    let mut cells = Vec::new();
    // `Receptionist<TAB>"Good morning…"`: a tab divides two columns as a bar does, however
    // many tabs align them (a tab before the row's first cell is its indent).
    let indent = line.len() - line.trim_start().len();
    let mut start = indent;
    for (at, c) in line
        .char_indices()
        .filter(|&(at, c)| c == '|' || c == '｜' || c == '\t' && at > indent)
    {
        if c == '\t' && at == start {
            start = at + 1;
            continue;
        }
        cells.push(text::trim(text, full.start + start..full.start + at));
        start = at + c.len_utf8();
    }
    cells.push(text::trim(text, full.start + start..full.end));
    let inner = line.trim();
    // `| Me | Good morning. |`: bars around the row. (`受付：…｜` with no bar before it has
    // an empty last cell: the student says nothing on that row.)
    if inner.ends_with(['|', '｜']) && (inner.starts_with(['|', '｜']) || cells.len() > 2) {
        cells.pop();
    }
    if inner.starts_with(['|', '｜']) {
        cells.remove(0);
    }
    cells
}

/// `──────────` under a table's header with no bar in it: the rule still divides the
/// header from the rows.
fn is_bare_rule(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() >= 10 && t.chars().all(|c| "-─━=―ー－".contains(c))
}

/// A bullet or list mark at the start of a line.
pub fn bullet_len(t: &str) -> usize {
    let t2 = t.trim_start();
    let lead = t.len() - t2.len();
    for mark in [
        "・", "•", "●", "○", "◯", "- ", "* ", "– ", "> ", "→", "⇒", "▶", "►", "▷",
    ] {
        if let Some(rest) = t2.strip_prefix(mark) {
            return lead + mark.len() + (rest.len() - rest.trim_start().len());
        }
    }
    // ① to ⑳: a step numbered in a circle.
    if let Some(c) = t2.chars().next().filter(|c| ('①'..='⑳').contains(c)) {
        let rest = &t2[c.len_utf8()..];
        return lead + c.len_utf8() + (rest.len() - rest.trim_start().len());
    }
    // a) / B) list letters.
    let b = t2.as_bytes();
    if b.len() > 3 && b[0].is_ascii_alphabetic() && b[1] == b')' && b[2] == b' ' {
        return lead + 2 + (t2[2..].len() - t2[2..].trim_start().len());
    }
    // 1. / 1) / 1　 list numbers.
    let digits = t2.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        let rest = &t2[digits..];
        for mark in [". ", ") ", "．", "）", "　"] {
            if let Some(r) = rest.strip_prefix(mark) {
                return lead + digits + mark.len() + (r.len() - r.trim_start().len());
            }
        }
    }
    // 一．受付, 三）辞退のあとのこと, １．お詫び: a step numbered in kanji or in wide digits.
    let wide = t2
        .chars()
        .take_while(|&c| wide_numeral(c) || c == '〇')
        .map(char::len_utf8)
        .sum::<usize>();
    if wide > 0 && wide <= 6 {
        let rest = &t2[wide..];
        if let Some(r) = ["．", "）", ". "].iter().find_map(|m| rest.strip_prefix(m)) {
            if !r.trim().is_empty() {
                return t.len() - r.trim_start().len();
            }
        }
    }
    0
}

/// `[ ] Reception`, `☐ 名乗る`: what follows a checklist's box, if the line starts with one.
fn checkbox_item(t: &str) -> Option<&str> {
    ["[ ]", "[x]", "[X]", "( )", "（ ）", "（　）", "☐"]
        .iter()
        .find_map(|b| t.strip_prefix(b))
        .map(str::trim_start)
}

fn is_label(t: &str) -> bool {
    let t = t.trim();
    // [ ] STEP 3 - the apology: a checklist's box before the heading. (□ and ■ already mark
    // a heading, see `is_heading`.)
    let boxed = checkbox_item(t);
    // `[ ] Reception`, `[ ] Mr. Kuroda: who I am, thanks`: a step of a checklist, what to say
    // under it. (`[ ] Voicemail -> "…"` says it on the line.)
    if let Some(step) = boxed {
        if !step.is_empty()
            && step.chars().count() <= 60
            && !step.contains(['"', '“', '「', '→'])
            && !step.contains("->")
        {
            return true;
        }
    }
    let t = boxed.unwrap_or(t);
    // ＜想定問答＞（聞かれたときだけ）: a heading with a note after it.
    if let Some(head) = t
        .strip_suffix(['）', ')'])
        .and_then(|s| s.rfind(['（', '(']).map(|i| s[..i].trim_end()))
    {
        if head.ends_with(['】', ']', '］', '〕', '〉', '>', '＞']) && is_label(head) {
            return true;
        }
    }
    let n = t.chars().count();
    if is_call_window(t) {
        return false;
    }
    // 【Ｂ　保留】「社内で相談します」など: a case named, with what they may say in it.
    if case_heading(t).is_some() && t.starts_with('【') {
        return true;
    }
    (t.starts_with('【') && t.ends_with('】'))
        || (t.starts_with('[') && t.ends_with(']'))
        || (t.starts_with('［') && t.ends_with('］'))
        || (t.starts_with('〔') && t.ends_with('〕'))
        || is_timed_heading(t)
        || is_step_heading(t)
        || is_scene_heading(t)
        || is_wrapped_heading(t)
        || (t.starts_with('〈') && t.ends_with('〉'))
        || (t.starts_with('<') && t.ends_with('>') && !t.contains('@'))
        || (t.starts_with('＜') && t.ends_with('＞'))
        // _If he's out_, _What are you asking?_: a case or their question, underlined.
        || (t.len() > 2
            && t.starts_with('_')
            && t.ends_with('_')
            && !t[1..t.len() - 1].contains('_')
            && n <= 60)
        || is_heading(t)
        || is_capitals_heading(t)
        // "Receptionist:" / "受付：" alone on a line.
        || (t.ends_with(':') || t.ends_with('：')) && n <= 30 && !t.contains(['。', '.', '、'])
}

/// `STEP 3 - the apology`, `Step 2: Mr. Hatano`, `ステップ1　受付`, `Card 2 - Mr. Kawabata`: a
/// numbered step or cue card of a call plan, its name short and not a sentence.
fn is_step_heading(t: &str) -> bool {
    let lower = t.to_lowercase();
    let Some(rest) = ["step", "ステップ", "card", "カード"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .map(|r| r.trim_start_matches([' ', '　']))
    else {
        return false;
    };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let name = rest[digits..].trim_start_matches([' ', '　', '-', '–', '—', ':', '：', '.', ')']);
    digits > 0 && name.chars().count() <= 40 && !name.ends_with(['。', '.', '?', '？'])
}

/// `SCENE 2. On the line with Ms. Takase.`, `ALTERNATE SCENE B. Voicemail.`: a script written
/// as a screenplay, each scene headed by its number or letter and a line that sets it.
fn is_scene_heading(t: &str) -> bool {
    let lower = t.to_lowercase();
    let Some(rest) = ["scene ", "alternate scene ", "alternative scene "]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
    else {
        return false;
    };
    let id = rest
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>();
    let numbered = !id.is_empty() && id.chars().all(|c| c.is_ascii_digit());
    let lettered = id.len() == 1;
    let after = rest[id.len()..].chars().next();
    (numbered || lettered) && after.is_none_or(|c| ".:-–— ".contains(c)) && t.chars().count() <= 90
}

/// `0:00〜0:20　受付`, `[1:20–1:40] お願い`, `▶0:45〜1:20　辞退の理由`: a section of a script
/// headed by the time it starts at, its name short and not a sentence.
fn is_timed_heading(t: &str) -> bool {
    // "Reception (0:00-0:15)": the time at the end.
    if let Some(open) = t
        .trim_end()
        .strip_suffix([')', '）'])
        .and_then(|s| s.rfind(['(', '（']))
    {
        let time = &t[open..];
        let name = t[..open].trim();
        if time.chars().filter(char::is_ascii_digit).count() >= 2
            && time.contains([':', '：'])
            && time
                .chars()
                .all(|c| c.is_ascii_digit() || ":：-–〜～~ ()（）".contains(c))
            && !name.ends_with(['。', '.', '」', '"'])
            && name.chars().count() <= 50
        {
            return true;
        }
    }
    // ┏ 00:00-00:10 ┓ 受付: a time in a drawn box.
    let t = t.trim_start_matches(['▶', '►', '▷', '・', '■', '□', '◆', '◇', '┏', '┌', ' ', '　']);
    let t = t.trim_start_matches(['[', '［', '【', '(', '（', '〔']);
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 || digits > 2 || !t[digits..].starts_with([':', '：']) {
        return false;
    }
    // The rest after the time (and the range's end): the section's name.
    let rest = t.trim_start_matches(|c: char| {
        c.is_ascii_digit() || ":：〜～~-–—－ ]］】)）〕┓┐".contains(c)
    });
    let rest = rest.trim_start_matches([' ', '　']);
    // A time alone (10:00〜11:30 under 電話：) is when to call, not a section.
    !rest.is_empty() && !rest.contains(['。', '」', '.']) && rest.chars().count() <= 30
}

/// `-- Reception --`, `=== 分岐 ===`, `━━ 受付 ━━`: a short name between two runs of rule
/// characters.
fn is_wrapped_heading(t: &str) -> bool {
    const RULE: [char; 11] = ['-', '=', '＝', '*', '—', '─', '━', '―', '~', '〜', '～'];
    let inner = t.trim_start_matches(RULE);
    let lead = t.len() - inner.len();
    let name = inner.trim_end_matches(RULE);
    let tail = inner.len() - name.len();
    // `* Reception *`, `＝受付で＝`: one star or equals sign each side is enough, set off by
    // spaces where it is narrow.
    let single = |c: char, spaced: bool| {
        lead == c.len_utf8()
            && tail == c.len_utf8()
            && t.starts_with(c)
            && t.ends_with(c)
            && (!spaced || name.starts_with(' ') && name.ends_with(' '))
    };
    let ruled = lead >= 2 && tail >= 2;
    (ruled || single('*', true) || single('=', true) || single('＝', false)) && {
        let name = name.trim();
        // ―― 担当者につながった ――: between long rules, a name may end like a sentence.
        // --- If she asks "Won't you change your mind again?" ---: between rules, an English
        // case may be named at length (a title may not: it heads no case).
        !name.is_empty()
            && name.chars().count() <= if ruled && is_case(name) { 60 } else { 30 }
            && (!ends_a_sentence(name) || ruled && !name.contains(['。', '.', '」']))
    }
}

/// `If she says no, or the place is filled`, `When she asks why`: an English case, by how its
/// name opens.
fn is_case(name: &str) -> bool {
    let name = name.trim().to_ascii_lowercase();
    ["if ", "when "].iter().any(|w| name.starts_with(w))
}

/// Whether a short line ends as a sentence does. An ellipsis (`If ... says ...`, `WHAT IF...`)
/// is a blank to fill in a heading, not a full stop.
fn ends_a_sentence(t: &str) -> bool {
    !t.ends_with("...") && !t.ends_with('…') && t.ends_with(['。', '.'])
}

/// A line of a flow chart (`├ ご不在 →「…」→ END`, `不在 → 戻り時間を伺う`): the script's
/// own notes on what to do, with maybe a line to say in quotation marks.
fn is_flow_line(t: &str) -> bool {
    let t = t.trim_start_matches([' ', '　']);
    // （「電話しました」→「お電話いたしました」）: an arrow in brackets after a line is a note
    // on its wording, not a step of the call.
    let mut depth = 0usize;
    let arrow = t.char_indices().any(|(i, c)| {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        c == '→' && i > 0 && depth == 0
    });
    t.starts_with(['├', '└', '│', '┣', '┗', '┃', '↓', '⇩'])
        || arrow
        // →「後にしてほしい」… かけ直す: a listed case, then what to do.
        || t.starts_with('→') && t['→'.len_utf8()..].contains('…')
}

/// `|-- Say: "Good morning…"`, `|   |-- Put through --> go to MAIN`, `└── 不在`: the branch
/// lines a text decision tree draws before what a line says, as long as they are (a table's
/// row, `| Me | Good morning. |`, draws none).
fn tree_branch(t: &str) -> usize {
    let mut at = 0;
    let mut joined = false;
    loop {
        let rest = &t[at..];
        let lead = rest.len() - rest.trim_start().len();
        let rest = &rest[lead..];
        let Some(c) = rest.chars().next().filter(|c| "|│├└+`".contains(*c)) else {
            break;
        };
        let after = &rest[c.len_utf8()..];
        let dashes = after.len() - after.trim_start_matches(['-', '─', '—']).len();
        if dashes >= 2 || "├└".contains(c) && dashes >= 1 {
            joined = true;
            let after = after[dashes..].trim_start_matches('>');
            at = t.len() - after.trim_start().len();
        } else if after.is_empty() || after.starts_with(char::is_whitespace) {
            at += lead + c.len_utf8();
        } else {
            break;
        }
    }
    // A table's rule (`|------|-----|`) or row goes on with more columns.
    if joined && !is_table_rule(t) && !t[at..].contains(['|', '│']) {
        at
    } else {
        0
    }
}

/// `|    already set aside a place for me`: a flow chart's line down the left of a text
/// flow chart, beside words that go on from the line above (not a table's column rule). The
/// length of the line and the space after it.
fn flow_connector(t: &str) -> Option<usize> {
    let rest = t.strip_prefix(['|', '│'])?;
    (!rest.contains(['|', '│', '｜'])
        && (rest.is_empty() || rest.starts_with("  ") || rest.starts_with('\t')))
    .then(|| t.len() - rest.trim_start().len())
}

/// Whether a line is a line to say in 「」: it starts with the quotation, maybe after a list
/// mark, a number or a short note (（言う）「…」).
fn opens_quote(t: &str) -> bool {
    let Some(at) = t.find('「') else {
        return false;
    };
    let before = t[..at].trim_matches([' ', '　']);
    let before = before[bullet_len(before)..].trim_matches([' ', '　']);
    let before = before.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let before = before.trim_matches([' ', '　']);
    let after = first_quote_end(t).map(|end| t[end..].trim_matches([' ', '　']));
    // 「また辞退しない？」：… is a question to be ready for, the answer after it.
    let trigger = after.is_some_and(|rest| rest.starts_with(['：', ':', '→', '…']));
    // 「ひと町担当」制度（…）: a name in quotation marks, the line going on after it.
    let goes_on = after
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with(['（', '(', '→', '…', '」']));
    // Not a name (店主「…」, 祖母「…」: someone's words in a memo) unless it is the student's.
    !trigger
        && !goes_on
        && !t.trim_start_matches([' ', '　']).starts_with(['→', '⇒'])
        && (before.is_empty()
            || before.chars().count() <= 6 && before.ends_with(['）', ')'])
            || names_the_student(before))
}

/// `＜お忙しいところ失礼いたします。＞`, `〈…〉`: a line wholly in angle brackets, and where
/// what is inside them lies in it.
fn angle_quote(t: &str) -> Option<Range<usize>> {
    let lead = t.len() - t.trim_start_matches([' ', '　']).len();
    let body = t[lead..].trim_end();
    ["＜＞", "〈〉", "《》"].iter().find_map(|pair| {
        let mut marks = pair.chars();
        let (open, close) = (marks.next()?, marks.next()?);
        let inner = body.strip_prefix(open)?.strip_suffix(close)?;
        // Words said, not a heading (＜受付＞, ＜不在の場合＞).
        let said = inner.contains(['。', '？']) && polite::speaks_politely(inner);
        (said && !inner.contains(open) && !inner.contains(close)).then(|| {
            let at = lead + open.len_utf8();
            at..at + inner.len()
        })
    })
}

/// The byte offset just after the 」 that closes a line's first 「.
fn first_quote_end(t: &str) -> Option<usize> {
    let q = first_quote(t, 0..t.len())?;
    t[q.end..]
        .starts_with('」')
        .then(|| q.end + '」'.len_utf8())
}

/// Whether a 「 is still open at the end of a line, given whether one was at its start.
fn quote_left_open(t: &str, open: bool) -> bool {
    let mut depth = i32::from(open);
    for c in t.chars() {
        match c {
            '「' => depth += 1,
            '」' => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    depth > 0
}

/// The first quotation in a line (the part inside 「」), if any.
fn first_quote(text: &str, r: Range<usize>) -> Option<Range<usize>> {
    let s = &text[r.clone()];
    let open = s.find('「')?;
    let inner = r.start + open + '「'.len_utf8();
    let mut depth = 1;
    for (i, c) in text[inner..r.end].char_indices() {
        match c {
            '「' => depth += 1,
            '」' => {
                depth -= 1;
                if depth == 0 {
                    return Some(inner..inner + i);
                }
            }
            _ => {}
        }
    }
    Some(inner..r.end)
}

/// ★大事「辞退は、私自身が決めたことです。」: a mark and a word or two on it, then the line to
/// say, whole, in quotation marks. Where the quotation starts.
fn marked_quote(t: &str) -> Option<usize> {
    let at = t.find('「')?;
    let mark = t[..at].trim_end_matches([' ', '　']);
    let label = mark.trim_start_matches(HEADING_MARKS);
    // ■「社内で検討します」 with no word on the mark is their answer, a case's name; a star
    // before whole sentences (★「まず、…おかけしました。深くお詫び申し上げます。」) marks a
    // line to say with care.
    let starred =
        label.is_empty() && mark.starts_with(['★', '☆']) && t.trim_end().ends_with("。」");
    (((1..=8).contains(&label.chars().count()) && !label.contains(['。', '、', '：', ':', '」'])
        || starred)
        && t.trim_end().ends_with('」'))
    .then_some(at)
}

/// "WHY I DECLINED", "WHAT CHANGED (keep short)": a heading in capitals, a note after it aside.
fn is_capitals_heading(t: &str) -> bool {
    // `BRANCH A - Ms. Brandt is not available`, `CASE 2 — she says no`: a heading in capitals
    // with what it is about after a dash, not a sentence.
    if let Some((head, about)) = [" - ", " – ", " — "].iter().find_map(|d| t.split_once(d)) {
        let about = about.trim();
        if !about.is_empty()
            && about.chars().count() <= 60
            && !about.ends_with(['.', '?', '!', '。', '"', '”'])
            && !about.contains(['"', '“', '「'])
            && is_capitals_heading(head)
        {
            return true;
        }
    }
    let head = t.split('(').next().unwrap_or(t).trim();
    let letters = head.chars().filter(char::is_ascii_alphabetic).count();
    // `IF ...`: the cases that follow.
    (letters >= 3 || head.starts_with("IF ") || head.starts_with("IF…"))
        && head.chars().count() <= 40
        && !ends_a_sentence(head)
        && !head.ends_with(['?', '!'])
        && head
            .chars()
            .all(|c| c.is_ascii_uppercase() || " -/&:.'’".contains(c) || c.is_ascii_digit())
}

/// The marks that start a heading (■お詫び, ★大事, # Reception).
const HEADING_MARKS: [char; 11] = ['■', '□', '▼', '▽', '◆', '◇', '◎', '#', '＃', '★', '☆'];

/// `私（小田切様ご不在）`: a name and what is in the brackets after it.
fn bracketed_case(name: &str) -> Option<(&str, &str)> {
    let name = name.trim();
    let inner = name.strip_suffix(['）', ')'])?;
    let (open, c) = inner
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '（' || c == '(')?;
    Some((&inner[..open], &inner[open + c.len_utf8()..]))
}

/// `★大事　私の辞退で、…申し訳ございません。`: where the line said begins after a heading
/// mark and a short label set off by a wide space, when every sentence of it is polite.
fn marked_line(t: &str) -> Option<usize> {
    let mark = t.len() - t.trim_start().trim_start_matches(HEADING_MARKS).len();
    let gap = mark + t[mark..].find('　')?;
    let label = &t[mark..gap];
    let at = t.len() - t[gap..].trim_start_matches(['　', ' ']).len();
    let said = &t[at..];
    (!label.is_empty()
        && label.chars().count() <= 6
        && !label.contains(['。', '、'])
        && polite::speaks_politely(said)
        && said.split_terminator('。').all(|s| !polite::is_plain(s)))
    .then_some(at)
}

fn is_heading(t: &str) -> bool {
    let t = t.trim_start();
    t.starts_with(HEADING_MARKS)
        // ●大塚様, ●受付【全文】: a short name after a black circle heads a section; a point
        // (● 辞退の理由：…) or a sentence after it is a list item.
        || t.strip_prefix('●').is_some_and(|name| {
            let name = name.trim_start_matches([' ', '　']);
            !name.is_empty()
                && name.chars().count() <= 20
                && !name.contains(['：', ':', '「', '、', '。'])
                && !name.ends_with(['」', '.'])
        })
        // `(3) If she says no`, `（2）ご不在のとき`: a short name after a number in brackets.
        || numbered_heading(t)
        // `☎ RECEPTION`, `👤 IF SHE SAYS NO`, `⚠ 不在のとき`: a short name after a pictograph.
        || pictograph_heading(t)
        // `>> Voicemail`, `» 不在のとき`: a short name after a double arrow.
        || [">>", "»", "≫"].iter().any(|m| {
            t.strip_prefix(m).is_some_and(|name| {
                let name = name.trim();
                !name.is_empty()
                    && name.chars().count() <= 40
                    && !name.ends_with(['。', '.', '」', '"'])
            })
        })
}

/// A pictograph (☎, 👤, ⚠, ✅: the symbols and emoji blocks) then a short name that is not a
/// sentence.
fn pictograph_heading(t: &str) -> bool {
    let pictograph = |c: char| {
        ('\u{2600}'..='\u{27BF}').contains(&c) || ('\u{1F300}'..='\u{1FAFF}').contains(&c)
    };
    let Some(first) = t.chars().next().filter(|&c| pictograph(c)) else {
        return false;
    };
    let name = t[first.len_utf8()..]
        .trim_start_matches(['\u{FE0F}', ' ', '　'])
        .trim_end();
    !name.is_empty()
        && name.chars().count() <= 40
        && !name.ends_with(['。', '.', '」', '"', '!', '！', '?', '？'])
        && !name.contains(['。', '「'])
}

/// A marked heading short enough to be only a name (■お詫び, ◆辞退の経緯), not a sentence
/// that starts with a mark.
fn short_heading(t: &str) -> bool {
    is_heading(t) && t.trim().chars().count() <= 20 && !t.contains(['、', '。', ',', '.'])
}

/// `P.S. …`, `P.P.S.: …`, `追伸：…`: a postscript's line, and what it says after the mark
/// (nothing when the mark stands on a line of its own). `PS` is a mark only as a word.
fn postscript(t: &str) -> Option<&str> {
    let t = t.trim();
    [
        "P.P.S.", "P.P.S", "PPS", "P.S.", "P.S", "PS", "追伸", "二伸",
    ]
    .iter()
    .find_map(|&m| {
        let rest = t.strip_prefix(m)?;
        let said = rest.trim_start_matches([':', '：', ' ', '\u{3000}']);
        let word_ends = m.ends_with('.') || !m.is_ascii() || said.len() < rest.len();
        (rest.is_empty() || word_ends).then_some(said)
    })
}

/// `追伸` or `P.S.` on a line of its own: the postscript's mark, not the start of a sentence.
fn is_postscript_mark(t: &str) -> bool {
    postscript(t) == Some("")
}

fn numbered_heading(t: &str) -> bool {
    // (3), [ 1 ], <2>, ［4］, 〈5〉: a number in brackets, maybe with spaces inside.
    let Some((rest, close)) = [
        ('(', ')'),
        ('（', '）'),
        ('[', ']'),
        ('［', '］'),
        ('<', '>'),
        ('＜', '＞'),
        ('〈', '〉'),
    ]
    .iter()
    .find_map(|&(open, close)| t.strip_prefix(open).map(|r| (r, close))) else {
        return false;
    };
    let rest = rest.trim_start();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let Some(name) = (digits > 0 && digits <= 2)
        .then(|| rest[digits..].trim_start().strip_prefix(close))
        .flatten()
    else {
        return false;
    };
    let name = name.trim();
    // `[ 3 ] Yes, or "we'll discuss it"` names a case by their words; `(1) "Hello…"` is a line
    // to say.
    !name.is_empty()
        && name.chars().count() <= 50
        && !name.contains(['：', ':', '「'])
        && !name.starts_with(['"', '“'])
        && !name
            .trim_end_matches(['"', '”'])
            .ends_with(['。', '.', '」', '?', '？', '!'])
}

/// A heading over the sheet's notes to its reader (【敬語の確認メモ】, 【注意】, `## Before I
/// dial: checklist`): what is under it is read, not said, until a line of the call.
fn names_notes(t: &str) -> bool {
    // 【注意】受付では大学名を先に言う。, 〔敬語チェック：…〕: a note on one line, under which
    // the call goes on.
    let t = t.trim();
    let heading = t
        .strip_suffix(['】', '］', ']', '〕', '）', ')', '：', ':'])
        .is_some_and(|inner| !inner.contains(['：', ':', '。']))
        && t.chars().count() <= 24;
    if !heading {
        return false;
    }
    let lower = t.to_lowercase();
    [
        "メモ",
        "注意",
        "準備",
        "チェック",
        "持ち物",
        "心構え",
        "敬語の確認",
        "checklist",
        "notes",
        "note to self",
        "reminder",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// A section that is a branch (absent, voicemail, their answer, questions), not the main talk.
fn is_branch_label(t: &str) -> bool {
    // `The request (visit only if he wants it)`: a note in brackets after the name is advice,
    // and `ask if now is OK` asks; neither names a case.
    let t = match t
        .trim_end()
        .strip_suffix([')', '）'])
        .and_then(|s| s.rfind(['(', '（']))
    {
        // (`10　（岡本様が不在のとき）`: a step's number before the case is no name.)
        Some(open)
            if !t[..open]
                .trim()
                .trim_start_matches(['[', ']', ' '])
                .trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == '.')
                .is_empty() =>
        {
            &t[..open]
        }
        _ => t,
    };
    let mut lower = t.to_lowercase();
    for asks in ["ask if", "asking if", "check if", "see if", "ask whether"] {
        while let Some(k) = lower.find(asks) {
            let end = lower[k..]
                .find([',', '、', ';'])
                .map_or(lower.len(), |e| k + e);
            lower.replace_range(k..end, "");
        }
    }
    // `is now OK?`: the student asking whether they may talk, not the case of a yes; `WHY I
    // SAID NO`: what the student did.
    // `Ask, and accept any answer`, `どんなお返事でも受け止める`: the student's own step.
    let mut lower = lower.replace("ok?", "?");
    for said in [
        "i said no",
        "i say no",
        "saying no",
        "i said yes",
        "any answer",
        "whatever answer",
        "whatever the answer",
        "どんな返事",
        "どんなお返事",
    ] {
        lower = lower.replace(said, "");
    }
    // [Receptionist answers], [When Ms. Ebara picks up]: the call going as planned.
    let end = lower.trim_end_matches([
        ']', ')', '】', '.', ':', ' ', '〉', '＞', '>', '］', '）', '：', '　', '-', '=', '＝',
        '*', '—', '─', '━', '―', '~', '〜', '～',
    ]);
    let picked_up = ["answers", "picks up", "is on the line", "comes on"]
        .iter()
        .chain(PICKED_UP_JA)
        .any(|k| end.ends_with(k));
    if picked_up && !lower.contains("if ") {
        return false;
    }
    // (PAUSE. LET HER ANSWER.): pacing for the student, not a case.
    if ["let her", "let him", "let them", "pause", "wait for"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return false;
    }
    // ◎ うけいれてもらえたら: a case, by how it ends. (御社でなければ names a reason;
    // （お許しをいただいたら） in brackets after "is now a good time?" goes on with the call.)
    let bare = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    if bare.ends_with("たら")
        && bare.chars().count() <= 30
        && !t.trim_start().starts_with(['（', '('])
    {
        return true;
    }
    // 【Ｃ お断り】: their no, named short.
    if bare.ends_with("お断り") && bare.chars().count() <= 8 {
        return true;
    }
    // 保留音が流れる: the hold music, not their answer put on hold (【Ｂ 保留】).
    let lower = lower.replace("保留音", "");
    [
        "不在",
        "外出",
        "席を外",
        "留守",
        "分岐",
        "branch",
        "断られ",
        "難しい",
        "だめ",
        "ダメ",
        "無理",
        "承諾",
        "認め",
        "ok",
        "ng",
        "質問",
        "聞かれ",
        "検討",
        "折り返",
        "後日",
        "想定",
        "問答",
        "返事",
        "q&a",
        "faq",
        "absent",
        "voicemail",
        "voice mail",
        "if",
        "question",
        "not available",
        "is out",
        "'s out",
        "is away",
        "out of the office",
        "unavailable",
        "they say",
        "they ask",
        "answer",
        "yes",
        "no",
        "call back",
        "callback",
        "case",
        "場合",
        "とき",
        // ＜こうなったら＞, ― 別の展開 ―, ALTERNATE SCENE: what to do if the call goes
        // otherwise.
        "alternate",
        "alternative",
        // A script in hiragana to read easily: 【おへんじのあと】, ◎ るすばんでんわ.
        "へんじ",
        "るすばん",
        "ふざい",
        "しつもん",
        "きかれ",
        "なったら",
        "展開",
        "もしも",
        "場面",
        // 【Ａ 前向き】【Ｂ 保留】: how they may answer.
        "前向き",
        "保留",
    ]
    .iter()
    .any(|k| {
        lower.contains(k)
            && (k.len() > 2 || lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == *k))
    })
}

/// `※「検討する」と言われたら、お礼を言って切る。`: a note whose first clause names a case
/// heads what to say in it, though it quotes their words.
fn is_noted_case(t: &str) -> bool {
    let t = t.trim();
    let first = t.split(['、', '。']).next().unwrap_or_default();
    t.starts_with('※')
        && ["たら", "なら", "とき", "ときは", "場合", "場合は", "れば"]
            .iter()
            .any(|k| first.ends_with(k))
}

/// `Things I must NOT say`, `言わないこと`: the heading of a list of what not to say.
fn is_avoid_heading(t: &str) -> bool {
    let lower = t.to_lowercase();
    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    t.chars().count() <= 40
        && (lower.starts_with("avoid")
            || [
                "not say",
                "don't say",
                "never say",
                "to avoid",
                "言わないこと",
                "言ってはいけない",
                "ngワード",
                "禁句",
            ]
            .iter()
            .any(|k| lower.contains(k)))
}

/// Where the words of a line marked bold stand in it (`＊＊はい。＊＊`, `**Yes.**`).
fn bold(t: &str) -> Option<Range<usize>> {
    let lead = t.len() - t.trim_start().len();
    let marked = t.trim();
    ["＊＊", "**"].iter().find_map(|m| {
        let inner = marked.strip_prefix(m)?.strip_suffix(m)?;
        // ***** THE CALL ***** is a rule around a heading.
        let words = inner.trim();
        (!words.is_empty() && !words.starts_with(['*', '＊']) && !words.ends_with(['*', '＊']))
            .then(|| lead + m.len()..lead + m.len() + inner.len())
    })
}

/// `[If yes]`, `（OKの場合）`: the other side saying yes, and no other case.
fn is_yes_case(t: &str) -> bool {
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
    let yes = words.iter().any(|w| matches!(*w, "yes" | "ok" | "okay"))
        || ["はい", "大丈夫", "ＯＫ", "よろしい"]
            .iter()
            .any(|k| t.contains(k));
    let other = words
        .iter()
        .any(|w| matches!(*w, "no" | "not" | "busy" | "away" | "out" | "later"))
        || ["不在", "留守", "無理", "難しい", "だめ", "ダメ", "折り返"]
            .iter()
            .any(|k| t.contains(k));
    yes && !other && t.chars().count() <= 30
}

/// A case short enough to name before a colon (`If she is busy:`, `不在の場合：`); a clause
/// of a sentence that runs on past a colon is longer.
/// What a name says in brackets at its end: 断り in 担当者（断り）.
fn bracketed(name: &str) -> Option<&str> {
    let inner = name.trim_end().strip_suffix([')', '）'])?;
    let open = inner.rfind(['(', '（'])?;
    let said = &inner[open..];
    let said = said.strip_prefix('(').or_else(|| said.strip_prefix('（'))?;
    (!said.is_empty()).then_some(said)
}

fn is_case_name(name: &str) -> bool {
    let name = name.trim();
    if name.is_ascii() {
        name.split_whitespace().count() <= 8
    } else {
        name.chars().count() <= 20
    }
}

/// The mark of another way to say the line above (［言い換え］, `Or:`, `Alt:`).
fn is_alternative(name: &str) -> bool {
    let name = name.trim().trim_matches([
        '（', '）', '(', ')', '【', '】', '[', ']', '［', '］', ' ', '　',
    ]);
    let lower = name.to_lowercase();
    ["言い換え", "別案", "別の言い方", "または"].contains(&name)
        || [
            "or",
            "alt",
            "alt.",
            "alternative",
            "alternatively",
            "or say",
        ]
        .contains(&lower.as_str())
}

fn is_reception_label(t: &str) -> bool {
    let lower = t.to_lowercase();
    [
        "受付",
        "うけつけ",
        "取り次",
        "代表",
        "reception",
        "switchboard",
        "front desk",
        "opening",
        "operator",
    ]
    .iter()
    .any(|k| lower.contains(k))
}

/// `"Whatever you decide, I will accept it." (then stop)`, `「…と存じます。」（ゆっくり）`: a
/// script's line whose quotation is followed by a note to oneself in brackets. The length of
/// what is said; the whole line when it has no such note.
fn said_before_aside(line: &str) -> usize {
    let t = line.trim_end();
    if !t.ends_with([')', '）']) {
        return line.len();
    }
    let Some(open) = t.rfind(['(', '（']) else {
        return line.len();
    };
    let before = t[..open].trim_end();
    if before.ends_with(['"', '”', '」', '』']) && before.chars().count() > 1 {
        before.len()
    } else {
        line.len()
    }
}

/// A sentence of advice in brackets (`[If she's busy: ask when would suit her, thank her, call
/// back then.]`), not a section's name.
fn is_bracketed_direction(t: &str) -> bool {
    let t = t.trim();
    let Some(inner) = t
        .strip_prefix(['[', '［', '【'])
        .and_then(|r| r.strip_suffix([']', '］', '】']))
    else {
        return false;
    };
    let inner = inner.trim();
    let long = if inner.is_ascii() {
        inner.split_whitespace().count() >= 7
    } else {
        inner.chars().count() >= 20
    };
    long && inner.ends_with(['.', '。']) && inner.contains([':', '：', ',', '、'])
}

/// A section's name that names the recruiter (【担当者】, [Recruiter], ┌─ カード② 柳田様と ─┐,
/// WITH MR. YAGI) and no case (`柳田様が戻られたら`, `If Ms. Ebara calls back`).
fn is_recruiter_label(t: &str) -> bool {
    let name: String = t
        .chars()
        .filter(|c| !"【】[]［］〈〉<>＜＞〔〕┌┐└┘─━-=│ 　―—＝*＊~〜～■□◆◇●○☆★▼▽".contains(*c))
        .collect();
    // Keywords with a space (`with `, `if `) are looked for in the line as written.
    let (bare, written) = (name.to_lowercase(), t.to_lowercase());
    let says = |k: &&str| bare.contains(*k) || written.contains(*k);
    // MAIN, Main call, 本題: the call itself, back from the cases before it.
    let main = matches!(bare.split_whitespace().next(), Some("main")) || bare.contains("本題");
    name.chars().count() <= 20
        && (main
            || [
                "担当",
                "人事",
                "採用",
                "様",
                "さま",
                "さん",
                "recruiter",
                "hiring",
                "mr.",
                "ms.",
                "mrs.",
                "with ",
            ]
            .iter()
            .any(says))
        && !["たら", "なら", "れば", "if ", "when "].iter().any(says)
}

/// `＞不在と言われたら`, `> If she is out`, `└お受けいただけたとき`: a short case after one
/// arrow or a tree mark, in a script. The case's name.
fn case_heading(t: &str) -> Option<&str> {
    let t = t.trim_matches([' ', '　']);
    // 【Ｃ　お断り】「もう採用を締め切りました」など: a case named, with what they may say.
    if let Some((name, rest)) = t.strip_prefix('【').and_then(|r| r.split_once('】')) {
        let rest = rest.trim();
        // Not a speaker and their line (【受付】「はい、…」).
        if !name.trim().is_empty()
            && who(name).is_none()
            && rest.starts_with('「')
            && (rest.ends_with("」など") || rest.ends_with('」') && is_branch_label(name))
        {
            return Some(name);
        }
    }
    let name = t
        .strip_prefix(['＞', '>', '└', '├', '┗', '┣', '→', '⇒'])?
        .trim_matches([' ', '　']);
    // A case (ご不在のとき, 難しいと言われたら, If she is out), not a point to make
    // (└ 地域に根ざした新聞社) or what to do (→ 戻り時間を伺う).
    let case = ["とき", "時", "たら", "なら", "場合", "れば"]
        .iter()
        .any(|k| name.ends_with(k))
        || name.to_lowercase().starts_with("if ")
        || is_branch_label(name);
    (case
        && !name.starts_with(['>', '＞', '─', '「'])
        && !name.contains(['→', '…', '：', ':'])
        && name.chars().count() <= 40
        && !name.ends_with(['。', '.', '」', '"', '”']))
    .then_some(name)
}

/// A line wholly in round brackets: （ゆっくり）, (pause), （不在のとき）.
fn in_brackets(t: &str) -> bool {
    let t = t.trim();
    t.starts_with('（') && t.ends_with('）') || t.starts_with('(') && t.ends_with(')')
}

fn is_note(t: &str) -> bool {
    let t = t.trim();
    in_brackets(t)
        || t.starts_with('※')
        || t.starts_with("Note:")
        || t.starts_with("NOTE:")
        || t.starts_with("メモ：")
        || t.starts_with("メモ:")
        || labelled_note(t)
        // When: Thu 26 Nov, 10:00-11:30 / Background: …: a field of the call sheet.
        || [
            "When:",
            "Background:",
            "Call:",
            "Declined:",
            "Time:",
            "Have ready:",
            "Goal:",
            "Aim:",
        ]
        .iter()
        .any(|f| t.starts_with(f))
        // -> "One moment, please." (go to 2): what they may say back, and where it leads. (An
        // arrow alone may lead to the student's own answer.)
        || t.starts_with("->") && t.contains("(go to")
        || is_call_window(t)
}

/// 〔確認〕「いらっしゃいますか」でよい。, 【注意】用件は最初に言う。: a line the sheet marks, in
/// brackets before it, as a check or a caution to its reader.
fn labelled_note(t: &str) -> bool {
    let Some((label, rest)) = [('【', '】'), ('〔', '〕'), ('［', '］'), ('[', ']')]
        .iter()
        .find_map(|&(open, close)| t.strip_prefix(open)?.split_once(close))
    else {
        return false;
    };
    let label = label.trim().to_lowercase();
    !rest.trim().is_empty()
        && label.chars().count() <= 8
        && ["確認", "注意", "メモ", "補足", "注", "note", "tip", "check"]
            .iter()
            .any(|w| label.starts_with(w) || label.ends_with(w))
}

/// `[Call window: weekday 14:00-16:30 today; if missed, tomorrow 10:00-11:30]`: when to call,
/// in brackets, not a section (its "if missed" opens no case).
fn is_call_window(t: &str) -> bool {
    let Some(inner) = t
        .strip_prefix(['[', '［'])
        .and_then(|r| r.strip_suffix([']', '］']))
    else {
        return false;
    };
    let b = inner.as_bytes();
    let clock = (1..b.len().saturating_sub(1))
        .any(|k| b[k] == b':' && b[k - 1].is_ascii_digit() && b[k + 1].is_ascii_digit());
    clock && inner.chars().count() > 25
}

/// `V. (Voicemail) This is …`, `B. (Yes) Thank you…`: a lettered case of a call plan and what
/// to say in it; the length of its mark and case.
fn lettered_case(t: &str) -> Option<usize> {
    let rest = t
        .strip_prefix(|c: char| c.is_ascii_uppercase())?
        .strip_prefix(['.', ')'])?
        .strip_prefix(' ')?;
    let close = rest.strip_prefix('(')?.find(')')? + 1;
    let case = &rest[1..close];
    (is_branch_label(case) || is_yes_case(case) || case.chars().count() <= 20)
        .then(|| t.len() - rest.len() + close + 1)
        .filter(|&len| len < t.len())
}

/// Who speaks a line like `受付：「…」`, `私「…」`, `【自分】「…」` or `Me: "…"`: the student
/// (`Some(true)`) or the other side (`Some(false)`), with the byte length of the name and its
/// mark; `None` for a line with no speaker.
/// The marks a legend gives the two sides' lines (`＞ 相手の言葉　・ 自分の言葉`,
/// `> = them   - = me`).
struct Legend {
    theirs: String,
    mine: String,
    /// The mark of the sheet's directions to its reader (`→ … 動き・気をつけること`), if the
    /// legend gives one: lines it starts are not said.
    directions: Option<char>,
}

/// `動き・気をつけること`, `メモ`, `note to self`: what a legend's entry for directions to the
/// reader, not anyone's lines, starts with.
fn directs(gloss: &str) -> bool {
    let gloss = gloss.to_lowercase();
    [
        "動き",
        "動作",
        "注意",
        "気をつけ",
        "メモ",
        "指示",
        "ト書き",
        "補足",
        "やること",
        "note",
        "action",
        "direction",
        "tip",
        "what to do",
    ]
    .iter()
    .any(|w| gloss.starts_with(w))
}

impl Legend {
    const MARKS: [char; 18] = [
        '＞', '>', '・', '-', '*', '●', '○', '◆', '◇', '▶', '■', '□', '→', '＊', '★', '☆', '▼', '▽',
    ];

    fn read(t: &str) -> Option<Legend> {
        let (mut theirs, mut mine) = (None, None);
        for (at, c) in t.char_indices() {
            // 久保田様・受付: a mark between two words joins them; a legend's mark starts an
            // entry.
            // 書き方：＞は相手の言葉: so does one after a field's colon.
            let starts_entry = t[..at]
                .chars()
                .next_back()
                .is_none_or(|p| p.is_whitespace() || matches!(p, '：' | ':' | '。'));
            if !Self::MARKS.contains(&c) || !starts_entry {
                continue;
            }
            // The entry's first word names a speaker as a dialogue would (相手の言葉 → 相手,
            // 久保田様・受付 → 久保田様, `= them`).
            let word = t[at + c.len_utf8()..]
                .trim_start_matches([' ', '　', '=', '＝', ':', '：', 'は'])
                .split([' ', '　', '・', '/', 'の', 'が', ',', '=', '＝', ':', '：'])
                .next()
                .unwrap_or_default()
                .trim_end_matches(|c: char| !c.is_alphanumeric());
            // An entry names its speaker first: `・…私の言葉` is not read as one.
            if !word.starts_with(char::is_alphanumeric) {
                continue;
            }
            match who(word) {
                Some(false) => _ = theirs.get_or_insert(c.to_string()),
                Some(true) => _ = mine.get_or_insert(c.to_string()),
                None => {}
            }
        }
        // 行頭の「いう」＝自分が話すこと　「きく」＝相手から聞くこと: words for marks, each
        // given with whose lines it starts.
        if theirs.is_none() || mine.is_none() {
            for entry in t.split([' ', '　']) {
                let Some((mark, whose)) = entry.split_once(['＝', '=']) else {
                    continue;
                };
                let mark = mark
                    .rsplit('「')
                    .next()
                    .unwrap_or(mark)
                    .trim_end_matches('」');
                if mark.is_empty() || mark.chars().count() > 4 {
                    continue;
                }
                // 自分が話すこと → 自分, 相手から聞きとること → 相手.
                let whose = whose
                    .split(['の', '・', '、', 'が', 'は', 'を'])
                    .next()
                    .and_then(|w| w.split("から").next());
                match whose.and_then(who) {
                    Some(false) => _ = theirs.get_or_insert(mark.to_owned()),
                    Some(true) => _ = mine.get_or_insert(mark.to_owned()),
                    None => {}
                }
            }
        }
        // ＞の行は、相手の方がおっしゃりそうなこと。: a note that marks their lines only.
        if theirs.is_none() && mine.is_none() {
            if let Some((mark, whose)) = t
                .trim_start_matches(['※', '＊', '*', ' ', '　'])
                .split_once("の行")
            {
                let mark = mark.trim_matches(['「', '」', ' ', '　']);
                // 相手の方がおっしゃりそうなこと → 相手, named as a dialogue names them.
                let whose = whose
                    .trim_start_matches(['は', 'が', '、', ' ', '　'])
                    .split(['の', 'が', 'は', '、', '・', ' ', '　'])
                    .next()
                    .and_then(who);
                if whose == Some(false)
                    && mark.chars().count() == 1
                    && !mark.starts_with(char::is_alphanumeric)
                {
                    return Some(Legend {
                        theirs: mark.to_owned(),
                        mine: String::new(),
                        directions: None,
                    });
                }
            }
        }
        // ＞は相手の言葉。それ以外は自分が話すこと。: their mark, and every other line the
        // student's.
        if let (Some(theirs), None) = (&theirs, &mine) {
            let lower = t.to_lowercase();
            if [
                "それ以外",
                "ほかは",
                "他は",
                "残りは",
                "the rest",
                "other lines",
                "all else",
            ]
            .iter()
            .any(|w| lower.contains(w))
            {
                return Some(Legend {
                    theirs: theirs.clone(),
                    mine: String::new(),
                    directions: None,
                });
            }
        }
        let (theirs, mine) = (theirs?, mine?);
        (theirs != mine).then_some(Legend {
            theirs,
            mine,
            directions: None,
        })
    }

    /// `◆ … 自分（中野）が話すこと`: an entry of a legend laid out a line each, its mark and
    /// whether it starts the student's lines (`None`: the sheet's directions, `→ … 動き`).
    fn entry(t: &str) -> Option<(char, Option<bool>)> {
        let c = t.chars().next()?;
        if !Self::MARKS.contains(&c)
            || t.contains(['。', '「', '？', '?'])
            || t.chars().count() > 40
        {
            return None;
        }
        let rest = t[c.len_utf8()..].trim_start_matches([' ', '　']);
        let rest = rest
            .strip_prefix(['…', '‥', '＝', '=', '：', ':'])?
            .trim_start_matches(['…', '‥', ' ', '　']);
        if directs(rest) {
            return Some((c, None));
        }
        let word = rest
            .split(['（', '(', ' ', '　', '・', 'の', 'が', '、'])
            .next()?;
        who(word).map(|me| (c, Some(me)))
    }

    /// A legend laid out a line each (［凡例］ / ◆ … 自分が話すこと / ◇ … 相手が言うこと),
    /// among the first lines of a script: its first and last lines.
    fn across<'t>(lines: impl Iterator<Item = (usize, &'t str)>) -> Option<(usize, usize, Legend)> {
        // Each side's entry: its line and its mark.
        let mut theirs: Option<(usize, char)> = None;
        let mut mine: Option<(usize, char)> = None;
        let mut directions: Option<(usize, char)> = None;
        let mut lines = lines.peekable();
        while let Some((i, t)) = lines.next() {
            match Self::entry(t) {
                Some((c, Some(true))) => _ = mine.get_or_insert((i, c)),
                Some((c, Some(false))) => _ = theirs.get_or_insert((i, c)),
                Some((c, None)) => _ = directions.get_or_insert((i, c)),
                None => {}
            }
            let Some(((a, t), (b, m))) = theirs.zip(mine) else {
                continue;
            };
            if t == m || a.abs_diff(b) > 3 {
                return None;
            }
            // An entry for directions may come last (◆ 自分 / ◇ 相手 / → 動き).
            if directions.is_none() {
                if let Some((c, None)) = lines.peek().and_then(|&(_, t)| Self::entry(t)) {
                    directions = lines.next().map(|(i, _)| (i, c));
                }
            }
            let directions = directions.filter(|&(_, c)| c != t && c != m);
            let end = a.max(b).max(directions.map_or(0, |(i, _)| i));
            return Some((
                a.min(b).min(directions.map_or(usize::MAX, |(i, _)| i)),
                end,
                Legend {
                    theirs: t.to_string(),
                    mine: m.to_string(),
                    directions: directions.map(|(_, c)| c),
                },
            ));
        }
        None
    }

    /// The marks a sheet may set before its lines and its notes without a legend to say so
    /// (◎ for what is said, △ for what to do): signs that start no list.
    const IMPLIED: [char; 14] = [
        '◎', '○', '◯', '●', '△', '▲', '▽', '▼', '◇', '◆', '□', '■', '☆', '★',
    ];

    /// The legend a sheet keeps without writing it down: one mark before three lines or more
    /// said politely, and before few with a plain sentence (◎ お世話になっております。…), is
    /// the student's; another mark before two lines or more, none of them said politely
    /// (△ 哲学の話はしない。, △ ご不在なら), starts the sheet's directions.
    fn implied<'t>(lines: impl Iterator<Item = &'t str>) -> Option<Legend> {
        // Each mark: lines said politely, lines with a plain sentence, lines in all.
        let mut seen: Vec<(char, usize, usize, usize)> = Vec::new();
        for t in lines {
            let t = t.trim_start();
            let Some(c) = t.chars().next().filter(|c| Self::IMPLIED.contains(c)) else {
                continue;
            };
            let rest = t[c.len_utf8()..].trim_start_matches([' ', '　']);
            if rest.is_empty() {
                continue;
            }
            // A case named without a full stop (△ ご不在なら) is neither.
            let plain = rest
                .split_inclusive('。')
                .any(|s| s.ends_with('。') && polite::is_plain(s.trim_end_matches('。')));
            // A point with a label or a speaker before its line (□ お礼：「…」, ● わたし「…」)
            // is read as such, not by its mark.
            let polite = !plain
                && polite::speaks_politely(rest)
                && rest.ends_with(['。', '？', '?'])
                && !rest.contains(['：', '「', '『'])
                && speaker(rest).is_none();
            let at = match seen.iter().position(|e| e.0 == c) {
                Some(k) => k,
                None => {
                    seen.push((c, 0, 0, 0));
                    seen.len() - 1
                }
            };
            seen[at].1 += usize::from(polite);
            seen[at].2 += usize::from(plain);
            seen[at].3 += 1;
        }
        // (A line said in a plain sentence now and then, 届けたい。, is still said.)
        let mine = seen.iter().find(|e| e.1 >= 3 && e.2 * 4 <= e.1)?.0;
        let directions = seen
            .iter()
            .find(|e| e.0 != mine && e.3 >= 2 && e.1 == 0)
            .map(|e| e.0);
        Some(Legend {
            theirs: String::new(),
            mine: mine.to_string(),
            directions,
        })
    }

    /// Whether `t` is one of the sheet's directions, by the legend's mark for them.
    fn directs(&self, t: &str) -> bool {
        self.directions.is_some_and(|c| t.starts_with(c))
    }

    /// Whose line `t` is (the student's: `true`) and where what is said starts.
    fn turn(&self, t: &str) -> Option<(bool, usize)> {
        // A legend may mark only their lines (＞の行は相手の言葉): the rest are the student's.
        // A legend read from the marks alone (see [`Legend::implied`]) marks only the student's.
        let mine = Some(self.mine.as_str()).filter(|m| !m.is_empty());
        let theirs = Some(self.theirs.as_str()).filter(|m| !m.is_empty());
        let (me, rest) = if let Some(rest) = mine.and_then(|m| t.strip_prefix(m)) {
            (true, rest)
        } else {
            (false, theirs.and_then(|m| t.strip_prefix(m))?)
        };
        let mark = if me { &self.mine } else { &self.theirs };
        // A word for a mark (いう) stands apart from what is said; a sign (▼) need not.
        let word = mark.chars().all(char::is_alphanumeric);
        let said = rest.trim_start_matches([' ', '　']);
        (!said.is_empty() && !said.starts_with(mark.as_str()) && (!word || said.len() < rest.len()))
            .then(|| (me, t.len() - said.len()))
    }
}

/// A dialogue whose speakers are two initials (`R:` and `N:`) or two marks (`▷：` and `▶：`)
/// with no legend: the other side's is R or H, or the student's is the one that gives a name
/// (`N: My name is Natsuki Ueno…`, `▶：…有村航平と申します。`).
struct Initials {
    mine: char,
    theirs: char,
}

impl Initials {
    /// Signs that may stand for a speaker before a colon.
    const MARKS: [char; 16] = [
        '▶', '▷', '►', '▻', '◆', '◇', '●', '○', '■', '□', '★', '☆', '▲', '△', '◎', '◯',
    ];

    fn initial(t: &str) -> Option<(char, usize)> {
        let mut chars = t.char_indices();
        let (_, c) = chars.next()?;
        let (at, sep) = chars.next()?;
        ((c.is_ascii_uppercase() || Self::MARKS.contains(&c)) && (sep == ':' || sep == '：'))
            .then(|| (c, t.len() - t[at + sep.len_utf8()..].trim_start().len()))
    }

    fn read<'t>(lines: impl Iterator<Item = &'t str>) -> Option<Initials> {
        let mut seen: Vec<(char, usize, bool)> = Vec::new();
        for t in lines {
            let Some((c, len)) = Self::initial(t) else {
                continue;
            };
            let lower = t[len..].to_lowercase();
            let names = ["my name is", "this is ", "i'm calling", "と申します"]
                .iter()
                .any(|w| lower.contains(w));
            match seen.iter_mut().find(|(k, _, _)| *k == c) {
                Some(e) => {
                    e.1 += 1;
                    e.2 |= names;
                }
                None => seen.push((c, 1, names)),
            }
        }
        let [a, b] = seen[..] else {
            return None;
        };
        if a.1 < 2 || b.1 < 2 {
            return None;
        }
        let (mine, theirs) = if matches!(a.0, 'R' | 'H') {
            (b.0, a.0)
        } else if matches!(b.0, 'R' | 'H') {
            (a.0, b.0)
        } else if a.2 != b.2 {
            if a.2 {
                (a.0, b.0)
            } else {
                (b.0, a.0)
            }
        } else {
            return None;
        };
        Some(Initials { mine, theirs })
    }

    fn turn(&self, t: &str) -> Option<(bool, usize)> {
        let (c, len) = Self::initial(t)?;
        (c == self.mine || c == self.theirs).then_some((c == self.mine, len))
    }
}

fn speaker(t: &str) -> Option<(bool, usize)> {
    // `[10:30:03] ME: Good morning.`, `14:00:03  ME: …`: a transcript's time before the
    // speaker.
    let clock = clock_len(t);
    if clock > 0 {
        return speaker(&t[clock..]).map(|(me, len)| (me, clock + len));
    }
    let (name, len) = speaker_prefix(t)?;
    who(name).map(|me| (me, len))
}

/// The length of a clock time that starts a line (`14:00:03`, `[10:30]`), with the spaces
/// after it; 0 when the line starts with none.
fn clock_len(t: &str) -> usize {
    let (inner, close) = match t.strip_prefix('[') {
        Some(rest) => (rest, "]"),
        None => (t, ""),
    };
    let time = inner
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(inner.len());
    let stamp = &inner[..time];
    let Some(after) = inner[time..].strip_prefix(close) else {
        return 0;
    };
    let clock = stamp.contains(':') && stamp.split(':').all(|n| (1..=2).contains(&n.len()));
    let spaced = after.len() > after.trim_start_matches([' ', '　', '\t']).len();
    if clock && (spaced || !close.is_empty()) {
        t.len() - after.trim_start_matches([' ', '　', '\t']).len()
    } else {
        0
    }
}

/// Whether a speaker's name (`私`, `【自分】`, `Receptionist`, `竹内様`) is the student
/// (`Some(true)`) or the other side (`Some(false)`); `None` for a name that is neither.
fn who(name: &str) -> Option<bool> {
    let name = name.trim().trim_matches([
        '（', '）', '(', ')', '【', '】', '[', ']', '＜', '＞', '<', '>',
    ]);
    if name.is_empty() || name.chars().count() > 16 {
        return None;
    }
    // A clock time (10:00) or a sentence with a colon is not a speaker; a title's full stop
    // (`Mr. Arima:`) is no sentence's.
    let lower = name.to_lowercase();
    let untitled = ["mr. ", "ms. ", "mrs. ", "dr. "]
        .iter()
        .find_map(|t| lower.strip_prefix(t))
        .unwrap_or(&lower);
    if name.chars().all(|c| c.is_ascii_digit())
        || untitled.contains(['。', '、', '.', ',']) && !untitled.ends_with('.')
    {
        return None;
    }
    let me = [
        "私",
        "わたし",
        "わたくし",
        "自分",
        "僕",
        "ぼく",
        "本人",
        "学生",
        "me",
        "i",
        "myself",
        "student",
        "you",
        "a",
        "answer",
        "回答",
        "答え",
        // SAY: in a call plan: what the student says.
        "say",
    ];
    let them = [
        "受付",
        "担当",
        "人事",
        "相手",
        "先方",
        "採用",
        "課長",
        "部長",
        "係長",
        "社員",
        "様",
        "さん",
        "receptionist",
        "reception",
        "recruiter",
        "hr",
        "operator",
        "them",
        "they",
        "interviewer",
        "manager",
        "q",
        "question",
        "質問",
        "mr",
        "ms",
        "mrs",
        "dr",
        "hiring",
        "caller",
    ];
    // `A 受け入れてもらえそう → 「…」`: a letter before Japanese words marks a case, not the
    // student (`I say:` still is).
    let word = |w: &str| {
        lower == w
            || lower.starts_with(&format!("{w} ")) && (w.len() > 1 || lower.is_ascii())
            || lower.starts_with(&format!("{w}."))
            || (!w.is_ascii() && lower.contains(w))
    };
    // 自分の話す部分：… is a heading about the student, not the student speaking.
    if me.iter().any(|w| word(w)) && !name.contains('の') {
        Some(true)
    } else if them.iter().any(|w| word(w)) {
        Some(false)
    } else {
        None
    }
}

/// Whether the words before a line's 「 name the student as its speaker (私「…」).
fn names_the_student(before: &str) -> bool {
    let name = before.split([':', '：']).next().unwrap_or(before);
    who(name) == Some(true)
}

/// The length of an answer's mark at the start of a line: `A.`, `A:`, `A1．`, `答え：`.
fn answer_prefix(t: &str) -> Option<usize> {
    let rest = t.trim_start();
    let lead = t.len() - rest.len();
    let mark = ["A", "Ａ", "答え", "回答", "答"]
        .iter()
        .find(|m| rest.starts_with(**m))?;
    let after = &rest[mark.len()..];
    let after = after.trim_start_matches(|c: char| c.is_ascii_digit());
    let sep = ['.', '．', ':', '：', ')', '）', '　']
        .iter()
        .find(|c| after.starts_with(**c))?;
    let body = &after[sep.len_utf8()..];
    let body_trim = body.trim_start();
    (!body_trim.is_empty())
        .then(|| t.len() - body_trim.len())
        .filter(|_| lead < 8)
}

fn is_answer_mark(name: &str) -> bool {
    let name = name.trim().trim_end_matches(['.', '．']).to_lowercase();
    matches!(name.as_str(), "a" | "answer" | "回答" | "答え")
}

/// The speaker's name and the length of the prefix it takes: before `：` or `:`, before an
/// opening 「 that quotes the rest of the line, or in brackets at the start (`【自分】`,
/// `[Receptionist]`).
fn speaker_prefix(t: &str) -> Option<(&str, usize)> {
    for (open, close) in [
        ('【', '】'),
        ('[', ']'),
        ('［', '］'),
        ('＜', '＞'),
        ('〔', '〕'),
    ] {
        if let Some(rest) = t.strip_prefix(open) {
            let end = rest.find(close)?;
            let after = &rest[end + close.len_utf8()..];
            // 【私】の部分は読み上げる: a note about the speaker, not the speaker's line.
            // (【私】はい。 is the student saying yes.)
            let about = after.starts_with(['の', 'を'])
                || after.starts_with('は') && !after.starts_with("はい");
            if !after.trim().is_empty() && !about {
                let after = after.trim_start_matches([':', '：', ' ', '　']);
                return Some((&rest[..end], t.len() - after.len()));
            }
            return None;
        }
    }
    // 私　　　はい。 / 担当者　どうぞ。: a speaker's word set off by wide spaces, the way a
    // dialogue is laid out in columns, before something said.
    // ○私　　　はい。 / ●担当者　どうぞ。: a legend's circles may mark who speaks.
    let mark = t.len() - t.trim_start_matches(['○', '●', '◯']).len();
    if let Some(at) = t[mark..].find(['　', ' ']).map(|at| mark + at) {
        let name = &t[mark..at];
        let rest = &t[at..];
        let said = rest.trim_start_matches([' ', '　']);
        let wide = rest.starts_with('　') || rest.starts_with("  ");
        if wide
            && [
                "私",
                "わたし",
                "自分",
                "僕",
                "受付",
                "担当者",
                "担当",
                "相手",
                "先方",
                "人事",
            ]
            .contains(&name)
            && said.contains(['。', '？', '?', '「'])
        {
            return Some((name, t.len() - said.len()));
        }
    }
    // ME> Good afternoon. / THEM> One moment, please.: a speaker tagged with an arrowhead.
    if let Some(at) = t.find(['>', '＞']).filter(|&at| at > 0) {
        let name = &t[..at];
        let said = t[at..].trim_start_matches(['>', '＞', ' ', '　']);
        if !name.contains(char::is_whitespace) && who(name).is_some() && !said.is_empty() {
            return Some((name, t.len() - said.len()));
        }
    }
    let colon = [':', '：']
        .iter()
        .filter_map(|&c| t.find(c).map(|i| (i, c.len_utf8())))
        .min_by_key(|&(i, _)| i);
    let quote = t.find('「').filter(|_| t.ends_with('」'));
    match (colon, quote) {
        (Some((i, sep)), q) if q.is_none_or(|q| i < q) => {
            (!t[i + sep..].trim().is_empty()).then(|| (&t[..i], i + sep))
        }
        (_, Some(q)) if q > 0 => Some((&t[..q], q)),
        _ => None,
    }
}

/// `[ ] Voicemail -> "This is…"`, `・不在 → 「…」`: a case named before an arrow and the line
/// to say in it, quoted. Where the line starts.
fn arrow_case(t: &str) -> Option<usize> {
    let body = t.trim_start();
    let body = checkbox_item(body).unwrap_or_else(|| body[bullet_len(body)..].trim_start());
    let (at, arrow) = ["->", "→", "⇒", "=>"]
        .iter()
        .filter_map(|a| body.find(a).map(|i| (i, a.len())))
        .min_by_key(|&(i, _)| i)?;
    let name = body[..at].trim();
    let said = body[at + arrow..].trim_start();
    (!name.is_empty()
        && is_case_name(name)
        && is_branch_label(name)
        && said.starts_with(['"', '“', '「']))
    .then(|| t.len() - said.len())
}

/// The range inside the quotation marks of a line that is one quotation: 「…」, "…", “…”.
/// A note in brackets after the closing mark (「…」（メモ）) is the script's, not said.
fn unquote(text: &str, r: Range<usize>) -> Range<usize> {
    let mut r = r;
    let s = &text[r.clone()];
    for (close, open_note, close_note) in [("」", "（", "）"), ("」", "(", ")"), ("\"", "(", ")")]
    {
        if s.ends_with(close_note) {
            if let Some(at) = s.rfind(&format!("{close}{open_note}")) {
                r.end = r.start + at + close.len();
                break;
            }
        }
    }
    let s = &text[r.clone()];
    for (open, close) in [("「", "」"), ("\"", "\""), ("“", "”"), ("『", "』")] {
        if s.starts_with(open) && s.ends_with(close) && s.len() > open.len() + close.len() {
            let inner = &s[open.len()..s.len() - close.len()];
            // Only when the marks wrap the whole line, not two quotations side by side.
            if !inner.contains(open)
                || open == "「" && inner.matches('「').count() == inner.matches('」').count()
            {
                return r.start + open.len()..r.end - close.len();
            }
        }
    }
    r
}

/// A degree's abbreviation first on the line: B.A., BSc, M.Eng., BSN.
fn starts_with_degree(t: &str) -> bool {
    let first = t.split_whitespace().next().unwrap_or("");
    let bare: String = first.chars().filter(|c| *c != '.').collect();
    [
        "BA", "BS", "BSc", "BEng", "BBA", "BSN", "BFA", "BMus", "BEd", "LLB", "MA", "MS", "MSc",
        "MEng", "MBA", "MFA", "MEd", "PhD",
    ]
    .contains(&bare.as_str())
}

/// A name followed by its romanization in brackets: チャン・ミン・アン（Tran Minh Anh）.
fn is_romanized_name(t: &str) -> bool {
    let Some((name, rest)) = t.split_once(['（', '(']) else {
        return false;
    };
    let Some(roman) = rest.strip_suffix(['）', ')']) else {
        return false;
    };
    (1..=20).contains(&name.trim().chars().count())
        && !roman.trim().is_empty()
        && roman
            .chars()
            .all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '.' | '\''))
}

/// `01　私「…」`, `02　（間）`, `03`…: a script that numbers every line in order (nine in ten
/// of its lines or more, five at least). The numbers are no part of what the lines say.
fn strip_line_numbers(text: &str, lines: &mut [Line]) {
    let number = |t: &str| -> Option<(u32, usize)> {
        let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        if !(1..=3).contains(&digits) {
            return None;
        }
        let rest = &t[digits..];
        let gap = rest.len() - rest.trim_start_matches([' ', '　', '\t']).len();
        if gap == 0 && !rest.is_empty() {
            return None;
        }
        Some((t[..digits].parse().ok()?, digits + gap))
    };
    let numbers: Vec<Option<(u32, usize)>> = lines
        .iter()
        .map(|l| number(&text[l.full.clone()]))
        .collect();
    let numbered: Vec<u32> = numbers.iter().flatten().map(|&(n, _)| n).collect();
    let written = lines.iter().filter(|l| l.part != Part::Blank).count();
    let in_order = numbered.windows(2).all(|w| w[1] == w[0] + 1);
    if numbered.len() < 5 || numbered.len() * 10 < written * 9 || !in_order {
        return;
    }
    for (line, n) in lines.iter_mut().zip(numbers) {
        if let Some((_, len)) = n {
            line.full.start += len;
            line.range = text::trim(text, line.full.clone());
            line.range.start += tree_branch(&text[line.range.clone()]);
            if line.range.is_empty() {
                line.part = Part::Blank;
            }
        }
    }
}

/// An email address or a phone number (nine digits or more).
fn gives_contact(t: &str) -> bool {
    t.contains('@') || t.chars().filter(char::is_ascii_digit).count() >= 9
}

fn looks_like_signature_line(t: &str) -> bool {
    let t = t.trim();
    let lower = t.to_ascii_lowercase();
    let sentence_end = t.ends_with(['。', '.', '、', ',']);
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
            "e-mail",
            "mail",
            "電話",
            "メール",
            "携帯",
            "mobile",
        ]
        .iter()
        .any(|k| lower.contains(k))
            && !sentence_end
            && t.chars().count() <= 60
        // `Hokuriku Institute of Technology, Faculty of Engineering, Department of …, 4th year`:
        // a school's full name runs long.
        || (lower.contains("faculty") || lower.contains("department") || t.contains("学部"))
            && !sentence_end
            && t.chars().count() <= 130
        // `B.A. Sociology, Class of 2027`, `BSc Seismology, Final Year`: a degree and a year.
        || (lower.contains("class of") || starts_with_degree(t))
            && !sentence_end
            && t.chars().count() <= 80
        || t.chars().count() <= 20 && !sentence_end
        // `Cascadia Polytechnic Institute`: a school, however it is called.
        || names_a_school(t) && !sentence_end && t.chars().count() <= 80
        || is_romanized_name(t)
        || is_separator(t)
}

const SIGN_OFFS: &[&str] = &[
    "sincerely",
    "yours sincerely",
    "sincerely yours",
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "regards",
    "respectfully",
    "respectfully yours",
    "with best regards",
    "with kind regards",
    "with gratitude",
    "with thanks",
    "many thanks",
    "best",
    "best wishes",
    "yours faithfully",
    "yours truly",
    "thank you",
    "thanks",
    "cheers",
];

fn is_sign_off(t: &str) -> bool {
    let trimmed = t.trim();
    let t = trimmed
        .trim_end_matches([',', '.', '!'])
        .to_ascii_lowercase();
    SIGN_OFFS.contains(&t.as_str())
        // "With sincere thanks for your time,", "With every good wish,": a short line of
        // thanks or regards that ends in a comma.
        || trimmed.ends_with(',')
            && t.split_whitespace().count() <= 8
            && ["thanks", "thank you", "regards", "wishes", "gratitude", "respect"]
                .iter()
                .any(|k| t.contains(k))
            && !t.contains(['.', '?'])
        // Ngā mihi, / Saludos cordiales,: a closing of two or three words in the writer's own
        // language, capitalised and ending in a comma, as "Kind regards," does.
        || trimmed.ends_with(',')
            && trimmed.starts_with(char::is_uppercase)
            && (2..=3).contains(&t.split_whitespace().count())
            && !["dear", "hi", "hello", "to", "however", "but", "and"]
                .iter()
                .any(|w| t.split_whitespace().next() == Some(*w))
            && !t.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | '?' | ':'))
}

const SALUTATIONS: &[&str] = &[
    "dear ",
    "hi ",
    "hi,",
    "hello",
    "hey",
    "to whom",
    "good morning",
    "good afternoon",
    "good evening",
    "greetings",
    "yo ",
];

fn is_salutation(t: &str) -> bool {
    let lower = t.trim().to_ascii_lowercase();
    SALUTATIONS.iter().any(|s| lower.starts_with(s)) && t.chars().count() <= 80
}

/// Words that name an organisation in an address block or a title.
const ORG_MARKS: &[&str] = &[
    "株式会社",
    "有限会社",
    "合同会社",
    "（株）",
    "(株)",
    "㈱",
    "法人",
    "銀行",
    "信用金庫",
    "病院",
    "組合",
    "協会",
    "事務所",
    "Inc",
    "Ltd",
    "K.K.",
    "Co.",
    "Corporation",
    "Corp",
    "LLC",
    "GmbH",
    "Group",
    "Company",
    "Bank",
    "Holdings",
];

/// 株式会社北斗精機 → 北斗精機; Kestrel Robotics Inc. → Kestrel Robotics.
pub fn short_company_name(name: &str) -> String {
    let mut n = name.to_owned();
    for form in [
        "株式会社",
        "有限会社",
        "合同会社",
        // 社会医療法人 山峡会 → 山峡会: the longer forms first, so none leaves a part behind.
        "特定非営利活動法人",
        "社会医療法人",
        "社会福祉法人",
        "一般社団法人",
        "公益社団法人",
        "一般財団法人",
        "公益財団法人",
        "医療法人社団",
        "医療法人財団",
        "医療法人",
        "学校法人",
        "NPO法人",
        "（株）",
        "(株)",
        "㈱",
        "Co., Ltd.",
        "Co.,Ltd.",
        "Co. Ltd.",
        "Inc.",
        "Inc",
        "Ltd.",
        "Ltd",
        "K.K.",
        "Corporation",
        "Corp.",
        "LLC",
        "GmbH",
        "Co.",
        "Holdings",
    ] {
        n = n.replace(form, "");
    }
    n.trim()
        .trim_matches([',', ' ', '　', '、'])
        .trim()
        .to_owned()
}

/// The organisation named in a line: the piece of the line (between brackets, dashes, colons)
/// that holds an organisation mark, without the department or person after it.
fn company_in(line: &str) -> Option<String> {
    // "PHONE SCRIPT - Hibiki Sign Interpreting Co., Ltd.": a hyphen set apart is a dash.
    let line = line.replace(" - ", " — ");
    let piece = line
        .split([
            '（', '）', '(', ')', '—', '–', '／', '/', ':', '：', '|', '「', '」',
        ])
        .map(str::trim)
        .find(|p| ORG_MARKS.iter().any(|m| p.contains(m)))?;
    // Keep a legal form written in brackets: (株) was cut away above, so look for it again.
    let piece = piece.strip_prefix("Calling ").unwrap_or(piece);
    // "Hiring Team, Mizuho Grid Solutions Inc.": the company is the part with the legal form.
    let piece = match piece.split_once(", ") {
        Some((head, rest))
            if !ORG_MARKS.iter().any(|m| head.contains(m))
                && ORG_MARKS.iter().any(|m| rest.contains(m)) =>
        {
            rest
        }
        _ => piece,
    };
    let mut words: Vec<&str> = piece
        .split([' ', '　', ','])
        .filter(|w| !w.is_empty())
        .collect();
    // In a title the company is followed by a department or a person.
    if let Some(i) = words.iter().position(|w| {
        let dept = [
            "部",
            "課",
            "室",
            "様",
            "係",
            "チーム",
            "グループ",
            "センター",
        ]
        .iter()
        .any(|d| w.ends_with(d));
        let en = [
            "Department",
            "Division",
            "Team",
            "Human",
            "HR",
            "Personnel",
            "Recruiting",
            "Ms.",
            "Mr.",
            "Mrs.",
            "Dr.",
        ]
        .contains(w);
        // 法人本部 is a department of a 法人, not its name.
        (dept || en) && (w.ends_with("本部") || !ORG_MARKS.iter().any(|m| w.contains(m)))
    }) {
        words.truncate(i.max(1));
    }
    // 電話台本　社会医療法人 山峡会: the sheet's title before the name is not part of it.
    let title = words
        .iter()
        .take_while(|w| {
            !ORG_MARKS.iter().any(|m| w.contains(m))
                && ["台本", "メモ", "原稿", "準備", "スクリプト"]
                    .iter()
                    .any(|t| w.ends_with(t))
        })
        .count();
    words.drain(..title.min(words.len().saturating_sub(1)));
    let name = short_company_name(&words.join(" "));
    (name.chars().count() >= 2).then_some(name)
}

impl<'a> Letter<'a> {
    pub fn read(text: &'a str, medium: Medium, lang: Lang) -> Self {
        let mut lines = Vec::new();
        let mut pos = 0;
        for raw in text.split_inclusive('\n') {
            let content = raw.trim_end_matches(['\n', '\r']);
            // `|   |`: a decision tree's lines going on down the page, with nothing beside them.
            let tree_only = medium == Medium::Phone
                && content.contains(['|', '│'])
                && content
                    .chars()
                    .all(|c| c == '|' || c == '│' || c.is_whitespace());
            let part = if content.trim().is_empty() || tree_only {
                Part::Blank
            } else {
                Part::Body
            };
            let full = pos..pos + content.len();
            let mut range = text::trim(text, full.clone());
            if medium == Medium::Phone {
                range.start += tree_branch(&text[range.clone()]);
            }
            lines.push(Line {
                full,
                range,
                part,
                turn: false,
                item: false,
            });
            pos += raw.len();
        }
        if medium == Medium::Phone {
            strip_line_numbers(text, &mut lines);
        }
        let mut letter = Letter {
            text,
            medium,
            lang,
            lines,
            subject: None,
            has_header: false,
            prose: Prose::default(),
            sentences: Vec::new(),
            body_start: 0,
            company: None,
        };
        letter.mark_header();
        match medium {
            Medium::Email => letter.mark_email(),
            Medium::Phone => letter.mark_phone(),
        }
        letter.join_prose();
        letter
    }

    /// Reads a text that is all body: a profile's field, with no header, address block or
    /// signature to find.
    pub fn body(text: &'a str, lang: Lang) -> Self {
        let mut letter = Letter::read(text, Medium::Email, lang);
        for l in &mut letter.lines {
            if l.part != Part::Blank {
                l.part = Part::Body;
                l.range = text::trim(text, l.full.clone());
            }
        }
        letter.subject = None;
        letter.has_header = false;
        letter.company = None;
        letter.join_prose();
        letter
    }

    pub fn line_text(&self, i: usize) -> &'a str {
        &self.text[self.lines[i].range.clone()]
    }

    /// The nearest line before `i` that is not blank.
    fn written_before(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| self.lines[j].part != Part::Blank)
    }

    /// The nearest line after `i` that is not blank.
    fn written_after(&self, i: usize) -> Option<usize> {
        (i + 1..self.lines.len()).find(|&j| self.lines[j].part != Part::Blank)
    }

    /// Whether line `i` heads the list on the next line that is not blank.
    fn heads_a_list(&self, i: usize) -> bool {
        let next = self.written_after(i).map(|j| self.line_text(j));
        if heads_a_list(self.line_text(i), next, self.lang) {
            return true;
        }
        // `- To reception` over `  - "Good afternoon…"`: an outline's heading, a bullet over
        // bullets indented under it.
        let indent = |j: usize| {
            let full = &self.text[self.lines[j].full.clone()];
            full.len() - full.trim_start().len()
        };
        let t = self.line_text(i);
        let mark = bullet_len(t);
        let Some(j) = self.written_after(i) else {
            return false;
        };
        mark > 0
            && is_bare_heading(&t[mark..], self.lang)
            && bullet_len(self.line_text(j)) > 0
            && indent(j) > indent(i)
    }

    /// `If it goes to voicemail` over `"Good morning, this is…"`: a short English line, not a
    /// sentence, right over a line in quotation marks heads what is said under it.
    fn heads_a_quote(&self, i: usize) -> bool {
        let t = self.line_text(i).trim();
        let words = t.split_whitespace().count();
        // A heading stands on its own after a blank line (`reception`, `to ms. whitcombe`:
        // lowercase notes too); a line of prose wrapped over a quotation does not.
        let stands_alone = i == 0 || self.lines[i - 1].part == Part::Blank;
        self.lang == Lang::En
            && stands_alone
            && (1..=12).contains(&words)
            && bullet_len(t) == 0
            && t.starts_with(char::is_alphabetic)
            && !t.ends_with(['.', '!', '?', ',', ':', '"', '”'])
            && !t.contains(['"', '“'])
            && self.lines.get(i + 1).is_some_and(|next| {
                next.part == Part::Body
                    && self.line_text(i + 1).trim_start().starts_with(['"', '“'])
            })
    }

    /// 「受付の方へ（大森様がご不在のとき）」 on a line of its own, over a line said without
    /// quotation marks: the name of a part, in Japanese.
    fn names_a_part_in_quotes(&self, i: usize) -> bool {
        if self.lang != Lang::Ja {
            return false;
        }
        let t = self.line_text(i).trim();
        // 「受付の方へ」（大槻様がご不在のとき）: the case may follow in brackets.
        let t = match t.rfind(['（', '(']) {
            Some(open) if t.ends_with(['）', ')']) && t[..open].ends_with('」') => &t[..open],
            _ => t,
        };
        let Some(inner) = t.strip_prefix('「').and_then(|t| t.strip_suffix('」')) else {
            return false;
        };
        (1..=30).contains(&inner.chars().count())
            && !inner.contains(['「', '」', '。', '？', '、'])
            && self.lines.get(i + 1).is_some_and(|next| {
                let said = self.line_text(i + 1).trim_start();
                next.part == Part::Body && !said.is_empty() && !said.starts_with(['「', '『'])
            })
    }

    /// 「採用の予定を」 then 「組み直していただくことになり、」: a Japanese line broken off
    /// after a particle, the sentence going on in the next line. A script in short lines is
    /// not a list of headings.
    fn runs_on(&self, i: usize) -> bool {
        let t = self.line_text(i).trim();
        // 【1】受付で, ⑥ お詫びと: a marked heading, whatever it ends with. (■ and the like
        // make a label before this is asked; ・, ● and ① are list marks.)
        let marked = bullet_len(t) > 0
            || t.starts_with(|c: char| ('①'..='⑳').contains(&c) || "【［[〔<＜".contains(c));
        self.lang == Lang::Ja
            && !marked
            && t.ends_with(PARTICLES)
            && self.lines.get(i + 1).is_some_and(|next| {
                next.part == Part::Body && !self.text[next.range.clone()].trim().is_empty()
            })
    }

    /// Indices of the lines of a part.
    pub fn lines_of(&self, part: Part) -> impl Iterator<Item = usize> + '_ {
        (0..self.lines.len()).filter(move |&i| self.lines[i].part == part)
    }

    /// The text of a sentence.
    pub fn sentence_text(&self, s: &Sentence) -> &str {
        &self.prose.text[s.range.clone()]
    }

    fn mark_header(&mut self) {
        let Some(mut first) = self.lines.iter().position(|l| l.part != Part::Blank) else {
            return;
        };
        // `12 November 2026` above `Subject: …`: the date the letter was written, then its
        // header.
        if is_date_line(self.line_text(first)) {
            if let Some(next) = self.written_after(first) {
                if header_value(self.line_text(next)).is_some() {
                    self.lines[first].part = Part::Header;
                    first = next;
                }
            }
        }
        if header_value(self.line_text(first)).is_none() {
            return;
        }
        for i in first..self.lines.len() {
            if self.lines[i].part == Part::Blank {
                break;
            }
            let line = &self.text[self.lines[i].full.clone()];
            match header_value(line) {
                Some((key, value_at)) => {
                    self.lines[i].part = Part::Header;
                    self.has_header = true;
                    if key.eq_ignore_ascii_case("subject") || key == "件名" {
                        self.take_subject(i, value_at);
                    }
                }
                // A folded header continues on an indented line.
                None if line.starts_with([' ', '\t']) => self.lines[i].part = Part::Header,
                None => break,
            }
        }
    }

    fn body_lines(&self) -> Vec<usize> {
        self.lines_of(Part::Body).collect()
    }

    fn mark_email(&mut self) {
        let body = self.body_lines();
        if body.is_empty() {
            return;
        }
        // The first paragraph: the address block when it names a company, department or person.
        let para_from = |k: usize| -> Vec<usize> {
            body[k..]
                .iter()
                .copied()
                .take_while(|&i| i == body[k] || self.lines[i - 1].part != Part::Blank)
                .collect()
        };
        let mut first_para = para_from(0);
        // 2026年11月27日 on its own above the address block: the letter's date, and the block
        // comes after it.
        let dated = self.lang == Lang::Ja
            && first_para.len() < body.len()
            && first_para.iter().all(|&i| {
                let t = self.line_text(i).trim();
                t.chars().count() <= 20
                    && t.contains('月')
                    && t.ends_with('日')
                    && !t.contains('。')
            });
        if dated {
            let next = para_from(first_para.len());
            let date = std::mem::replace(&mut first_para, next);
            for i in date {
                self.lines[i].part = Part::Address;
            }
        }
        match self.lang {
            Lang::Ja => self.mark_japanese_address(&first_para),
            Lang::En => self.mark_english_opening(&body),
        }
        self.mark_quoted_message();
        self.mark_footer();
        self.mark_signature();
        let company = self
            .lines_of(Part::Address)
            .find_map(|i| company_in(self.line_text(i)))
            .or_else(|| self.subject.clone().and_then(|s| company_in(&self.text[s])))
            .or_else(|| {
                // The recipient's line of a message: "To: Hiring Team, Mizuho Grid Solutions".
                self.lines_of(Part::Header).find_map(|i| {
                    let t = self.line_text(i);
                    let lower = t.to_ascii_lowercase();
                    (lower.starts_with("to:") || t.starts_with("宛先"))
                        .then(|| company_in(t))
                        .flatten()
                })
            });
        self.company = company;
    }

    fn mark_japanese_address(&mut self, first_para: &[usize]) {
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
                "拝啓",
                "前略",
                "夜分",
                "お忙しい",
            ]
            .iter()
            .any(|g| t.starts_with(g))
        });
        let head: &[usize] = match greeting {
            Some(n) => &first_para[..n],
            None => first_para,
        };
        let addressee_like = !head.is_empty()
            && head.len() <= 6
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
                    "法人",
                    "銀行",
                    "病院",
                ]
                .iter()
                .any(|k| t.contains(k))
            })
            && head.iter().all(|&i| !self.line_text(i).ends_with('。'));
        if addressee_like {
            for &i in head {
                self.lines[i].part = Part::Address;
            }
        }
    }

    /// Takes line `i`'s header value, from byte `value_at` of the line, as the subject.
    fn take_subject(&mut self, i: usize, value_at: usize) {
        let start = self.lines[i].full.start + value_at;
        self.subject = Some(text::trim(self.text, start..self.lines[i].full.end));
    }

    fn mark_english_opening(&mut self, body: &[usize]) {
        // "Dear …," may follow an address block (company, department, person on their lines),
        // or a paper letter's two: the sender's, the recipient's and the date.
        let Some(k) = body
            .iter()
            .take(16)
            .position(|&i| is_salutation(self.line_text(i)))
        else {
            return;
        };
        let before = &body[..k];
        // Company, department, person: short lines, none of them a sentence. A business
        // letter may give its subject last, above "Dear …:".
        let subject = |i: usize| {
            header_value(&self.text[self.lines[i].full.clone()])
                .filter(|(key, _)| key.eq_ignore_ascii_case("subject"))
                .map(|(_, at)| at)
        };
        let block = before.iter().all(|&i| {
            let t = self.line_text(i);
            let words = t.split_whitespace().count();
            let org = ORG_MARKS.iter().any(|m| t.contains(m));
            subject(i).is_some()
                || !t.ends_with(['!', '?'])
                    && words <= 10
                    && (org || !(t.ends_with('.') && words > 5))
                // The sender's school in full: `Faculty of Engineering, Department of …, 4th year`.
                || looks_like_signature_line(t) && !t.ends_with(['.', '!', '?'])
        });
        if block {
            let subjects: Vec<Option<usize>> = before.iter().map(|&i| subject(i)).collect();
            for (&i, at) in before.iter().zip(subjects) {
                match at {
                    Some(at) if self.subject.is_none() => {
                        self.lines[i].part = Part::Header;
                        self.take_subject(i, at);
                    }
                    _ => self.lines[i].part = Part::Address,
                }
            }
        }
        self.lines[body[k]].part = Part::Salutation;
    }

    /// `On Thu, Nov 12, 2026, Janine Pollard wrote:` / `> Dear Mateo,` / `-----Original
    /// Message-----`: an earlier message quoted at the end, under its attribution and the rule
    /// above it. It is theirs, and the signature comes before it.
    fn mark_quoted_message(&mut self) {
        let body = self.body_lines();
        let attribution = |t: &str| {
            let lower = t.trim().to_lowercase();
            lower.ends_with("wrote:")
                || lower.ends_with("wrote：")
                || lower.contains("original message")
                || [
                    "元のメッセージ",
                    "のメッセージ：",
                    "書きました：",
                    "書きました:",
                ]
                .iter()
                .any(|w| lower.contains(w))
        };
        // The first line from which every line to the end is quoted (`>`), or an attribution.
        let quoted_run = body
            .iter()
            .rposition(|&i| !self.line_text(i).trim_start().starts_with(['>', '＞']))
            .map_or(0, |k| k + 1);
        let Some(mut at) = body
            .iter()
            .position(|&i| attribution(self.line_text(i)))
            .or((quoted_run < body.len() && quoted_run > 0).then_some(quoted_run))
        else {
            return;
        };
        // The student's own words come first.
        if at < 4 {
            return;
        }
        // `2026年6月16日(火) 15:12 早瀬 智子 <t.hayase@…>:` over the quoted lines: who wrote
        // them, however the mail program words it.
        if self
            .line_text(body[at - 1])
            .trim_end()
            .ends_with([':', '：'])
        {
            at -= 1;
        }
        if is_separator(self.line_text(body[at - 1])) {
            at -= 1;
        }
        for &i in &body[at..] {
            self.lines[i].part = Part::Quoted;
        }
    }

    /// A mail system's notice under the signature (a rule below the sender's phone or address,
    /// then lines of prose): the school's words, not the student's. A P.S. after the rule is the
    /// student's.
    fn mark_footer(&mut self) {
        let body = self.body_lines();
        let Some(k) = (1..body.len()).find(|&k| {
            is_separator(self.line_text(body[k]))
                && body[k.saturating_sub(8)..k]
                    .iter()
                    .any(|&i| gives_contact(self.line_text(i)))
        }) else {
            return;
        };
        let rest: Vec<&str> = body[k + 1..]
            .iter()
            .map(|&i| self.line_text(i))
            .filter(|t| !is_separator(t))
            .collect();
        // Two lines of prose, or one long paragraph on a line of its own.
        let prose: usize = rest
            .iter()
            .filter(|t| !looks_like_signature_line(t))
            .map(|t| t.chars().count().max(60))
            .sum();
        if rest.first().is_none_or(|t| postscript(t).is_some()) || prose < 120 {
            return;
        }
        for &i in &body[k..] {
            self.lines[i].part = Part::Quoted;
        }
    }

    fn mark_signature(&mut self) {
        let mut body = self.body_lines();
        // A P.S. after the signature, of one line or several: the signature ends above it. (A
        // P.S. with the sender's phone or address after it comes before the signature.)
        let tail = body.len().saturating_sub(6).max(1);
        let p = (tail..body.len()).find(|&k| postscript(self.line_text(body[k])).is_some());
        if let Some(p) = p.filter(|&p| !body[p..].iter().any(|&i| gives_contact(self.line_text(i))))
        {
            body.truncate(p);
        }
        let Some(&last) = body.last() else { return };
        // A sign-off (Sincerely,) or a rule starts the signature; a rule that closes the
        // signature box is skipped, the opening one is wanted.
        let start = body
            .iter()
            .rev()
            .take(12)
            .copied()
            .filter(|&i| i != last || !is_separator(self.line_text(i)))
            .find(|&i| {
                let t = self.line_text(i);
                is_separator(t) || is_sign_off(t)
            });
        let start = match start {
            Some(i) => Some(i),
            None => {
                // Otherwise the trailing run of signature-looking lines, if it has contact data.
                let mut start = None;
                for &i in body.iter().rev() {
                    let t = self.line_text(i);
                    // 大城 フェルナンダ 恵美（おおしろ …）above the contact lines: the name.
                    let name = start.is_some()
                        && name_in_line(t).is_some()
                        && !t
                            .trim_end()
                            .ends_with(['。', '.', '、', ',', '！', '!', '？', '?'])
                        && !t.contains("ます")
                        && !t.contains("です");
                    if looks_like_signature_line(t) || name {
                        start = Some(i);
                    } else {
                        break;
                    }
                }
                start.filter(|&s| {
                    (s..=last).any(|i| {
                        let t = self.line_text(i);
                        self.lines[i].part == Part::Body
                            && (gives_contact(t)
                                || t.contains("大学")
                                || t.to_ascii_lowercase().contains("university"))
                    })
                })
            }
        };
        if let Some(s) = start {
            for i in s..=last {
                if self.lines[i].part == Part::Body {
                    self.lines[i].part = if is_sign_off(self.line_text(i)) {
                        Part::Closing
                    } else {
                        Part::Signature
                    };
                }
            }
        }
    }

    fn mark_phone(&mut self) {
        let first = self.lines.iter().position(|l| l.part == Part::Body);
        // 【受付】 labels, or two or more numbered headings (1. 受付, ② Recruiter), divide a
        // script into sections.
        let numbered_headings = (0..self.lines.len())
            .filter(|&i| {
                let t = self.line_text(i);
                self.lines[i].part == Part::Body
                    && starts_numbered(t)
                    && is_bare_heading(t, self.lang)
            })
            .count();
        let heads_list: Vec<bool> = (0..self.lines.len())
            .map(|i| self.lines[i].part == Part::Body && self.heads_a_list(i))
            .collect();
        let list_headings = heads_list.iter().filter(|&&h| h).count();
        // Reception / "Good morning…", If he says no / "I understand…": headings over what is
        // said in quotation marks.
        let heads_quote: Vec<bool> = (0..self.lines.len())
            .map(|i| self.lines[i].part == Part::Body && self.heads_a_quote(i))
            .collect();
        let quote_headings = heads_quote.iter().filter(|&&h| h).count();
        // 「受付の方へ」, 「大森様へ（難しいと言われたとき）」 above lines said without quotation
        // marks: a Japanese script that names its parts in 「」.
        let named_in_quotes: Vec<bool> = (0..self.lines.len())
            .map(|i| self.lines[i].part == Part::Body && self.names_a_part_in_quotes(i))
            .collect();
        let quoted_names = named_in_quotes.iter().filter(|&&h| h).count();
        // A script laid out as a table (`Me | Good morning…`, `| Reception | … |`): three or
        // more lines in a row with a column rule. A title with a bar or two is not one.
        let barred = |i: usize| {
            let line = &self.text[self.lines[i].full.clone()];
            self.lines[i].part == Part::Body
                && (line.contains(['|', '｜'])
                    || line.trim().contains('\t')
                    || is_table_rule(line.trim()))
                && flow_connector(line.trim()).is_none()
        };
        let piped = |i: usize| {
            barred(i)
                || i > 0
                    && i + 1 < self.lines.len()
                    && barred(i - 1)
                    && barred(i + 1)
                    && is_bare_rule(&self.text[self.lines[i].full.clone()])
        };
        let mut in_table = vec![false; self.lines.len()];
        let mut i = 0;
        while i < self.lines.len() {
            let end = (i..self.lines.len())
                .find(|&j| !piped(j))
                .unwrap_or(self.lines.len());
            if end - i >= 3 {
                in_table[i..end].fill(true);
            }
            i = end.max(i + 1);
        }
        // After a table has begun, a row standing alone (one per branch) is one of its rows.
        if let Some(first_row) = in_table.iter().position(|&t| t) {
            for (j, row) in in_table.iter_mut().enumerate().skip(first_row) {
                *row |= piped(j);
            }
        }
        // What comes before a table's first row is the sheet's notes.
        let has_labels = in_table.contains(&true)
            || numbered_headings >= 2
            || list_headings >= 3
            || quote_headings >= 3
            || (0..self.lines.len())
                .any(|i| self.lines[i].part == Part::Body && is_label(self.line_text(i)));
        // A script that writes the other side's lines marks the student's with a name too.
        // An answer marked `A:` / `A.「…」` under a question does not name the student.
        // `Me: Ryo Tsuchiya, Seiun University` at the top is a field of the sheet, not a turn:
        // a turn says something, in quotation marks or as a sentence.
        // More than one: `Me: Jonas Albrecht, final year B.Sc. …` once at the top is a field
        // of the sheet, and a dialogue gives the student many turns.
        let self_named = (0..self.lines.len())
            .filter(|&i| {
                let t = self.line_text(i);
                // (Me: Élodie Marchand, final year…): a note, however it starts.
                self.lines[i].part == Part::Body
                    && !is_note(t)
                    && speaker(t).is_some_and(|(me, len)| me && says_something(&t[len..]))
                    && speaker_prefix(t).is_some_and(|(name, _)| !is_answer_mark(name))
            })
            .count()
            >= 2;
        // A script that puts every line to say in 「」 leaves the rest as its own notes and
        // headings (1. 受付で名乗る, 辞退理由：…).
        // Not one whose lines are said as they stand, with a question or a name in 「」 here
        // and there: it has more whole sentences outside quotation marks than twice those in.
        let unread = || (0..self.lines.len()).filter(|&i| self.lines[i].part == Part::Body);
        let in_quotes = unread()
            .filter(|&i| {
                opens_quote(self.line_text(i)) && !(quoted_names >= 3 && named_in_quotes[i])
            })
            .count();
        let outside = unread()
            .filter(|&i| {
                let t = self.line_text(i);
                let asked = t.trim_start().starts_with(['Q', 'Ｑ', '問']);
                !t.contains('「')
                    && t.ends_with(['。', '？'])
                    && t.chars().count() > 8
                    && !asked
                    && answer_prefix(t).is_none()
                    && speaker_prefix(t).is_none()
            })
            .count();
        // A script that marks the student's lines as bold (＊＊…＊＊, **…**) and puts the
        // other side's in 「」 under them.
        // (**Reception**, **Before I dial**: headings in bold say nothing.)
        let bold_lines = unread()
            .filter(|&i| {
                let t = self.line_text(i);
                bold(t).is_some_and(|r| says_something(&t[r]))
            })
            .count();
        let bold_script = bold_lines >= 2;
        let quoted = !self_named && !bold_script && in_quotes >= 2 && outside <= in_quotes * 2;
        // ＜お忙しいところ失礼いたします。…＞: a Japanese script may wrap what is said in angle
        // brackets, as others do in 「」; the rest is its notes and headings.
        let angled_lines = unread()
            .filter(|&i| angle_quote(self.line_text(i)).is_some())
            .count();
        let angled = self.lang == Lang::Ja && angled_lines >= 2 && angled_lines > in_quotes;
        let quoted = quoted || angled && !self_named;
        // 『お忙しいところ失礼いたします。…』 line after line, with ・まずおわび。 between: a
        // script that says its lines in 『』 leaves its points as notes to its reader.
        let double_quoted = self.lang == Lang::Ja
            && in_quotes == 0
            && unread()
                .filter(|&i| {
                    let t = self.line_text(i).trim();
                    t.starts_with('『') && t.ends_with('』')
                })
                .count()
                >= 2;
        // `＞ 相手の言葉　・ 自分の言葉`: a legend that says which mark starts whose line.
        let legend = (0..self.lines.len())
            .filter(|&i| self.lines[i].part == Part::Body)
            .take(8)
            .find_map(|i| Legend::read(self.line_text(i)).map(|l| (Some(i..=i), l)))
            .or_else(|| {
                Legend::across(
                    (0..self.lines.len())
                        .filter(|&i| self.lines[i].part == Part::Body)
                        .take(14)
                        .map(|i| (i, self.line_text(i))),
                )
                .map(|(a, b, l)| (Some(a..=b), l))
            })
            .or_else(|| {
                (self.lang == Lang::Ja)
                    .then(|| {
                        Legend::implied(
                            (0..self.lines.len())
                                .filter(|&i| self.lines[i].part == Part::Body)
                                .map(|i| self.line_text(i)),
                        )
                    })
                    .flatten()
                    .map(|l| (None, l))
            });
        // `R: Shibata here.` / `N: Good afternoon, …`: a dialogue between two initials.
        let initials = Initials::read(
            (0..self.lines.len())
                .filter(|&i| self.lines[i].part == Part::Body)
                .map(|i| self.line_text(i)),
        );
        // The part of the table's last row with a speaker, for the rows that go on with it.
        let mut row_part: Option<Part> = None;
        // 場面｜言うこと: a header that says the last column is the student's words, whatever
        // the first names (a step, a case, the reception).
        let mut says_column = false;
        // Whether a quotation opened on an earlier line is still open.
        let mut in_quote = false;
        // Before the first label come notes to the reader; without labels, all is talk.
        let mut section = if has_labels { Part::Note } else { Part::Talk };
        let in_branches = std::cell::Cell::new(false);
        // The section a heading opens: once a branch (absent, voicemail, their answer…) has
        // begun, everything after it is a branch.
        // `case`: the heading names a case (＞不在と言われたら), which is always a branch.
        // Set for a label that answers the student's last question yes ([If yes] after "Is
        // this a good time?"): the call going as planned.
        let goes_on = std::cell::Cell::new(false);
        // Whether the reception has been spoken to, and the recruiter yet.
        let received = std::cell::Cell::new(false);
        let talked = std::cell::Cell::new(false);
        let open = |t: &str, case: bool, section: &mut Part| {
            // A label that names the recruiter (【担当者】, [Recruiter]) after the absent
            // branch of the reception starts the main talk again; so does any label that
            // names no case there, before the recruiter has been spoken to ([ ] If he is out,
            // then [ ] Greeting - ask if it is a good time).
            // (・なぜ今になって？ is a question they may ask: a case of its own.)
            let resumed = in_branches.get()
                && !case
                && !is_branch_label(t)
                && received.get()
                && !talked.get()
                && !names_notes(t)
                && !t.trim_end().ends_with(['？', '?']);
            in_branches.set(if goes_on.take() && !in_branches.get() {
                false
            } else if case || is_branch_label(t) {
                true
            } else {
                in_branches.get() && !is_recruiter_label(t) && !resumed
            });
            *section = if names_notes(t) && !case {
                Part::Note
            } else if in_branches.get() {
                Part::Branch
            } else if is_reception_label(t) && !resumed {
                received.set(true);
                Part::Reception
            } else {
                talked.set(true);
                Part::Talk
            };
        };
        // The case indented under the main flow, if one is open: its indent, and the section
        // to go back to.
        let mut nested_case: Option<(usize, Part)> = None;
        // The line just read: its indent, whether a case was open before it, and the section.
        let mut last: Option<(usize, bool, Part)> = None;
        let first_noted = (0..self.lines.len())
            .find(|&j| self.lines[j].part == Part::Body && labelled_note(self.line_text(j)));
        for (i, &heads) in heads_list.iter().enumerate() {
            if self.lines[i].part != Part::Body {
                continue;
            }
            let t = self.line_text(i);
            let was_in_quote = in_quote;
            in_quote = quote_left_open(t, in_quote);
            let opens = opens_quote(t);
            if let Some(inner) = angled.then(|| angle_quote(t)).flatten() {
                if section == Part::Note {
                    section = Part::Talk;
                }
                let start = self.lines[i].range.start;
                self.said(i, start + inner.start..start + inner.end, section);
                continue;
            }
            // 　　→ 不在と言われたら, indented under the main flow, is a case that ends where a
            // line stands further out again (担当：お電話代わりました…).
            let indent = self.text[self.lines[i].full.clone()]
                .chars()
                .take_while(|c| matches!(c, ' ' | '　' | '\t'))
                .count();
            // The line before, indented, opened a case ((ご不在と言われたら), ［…とき］).
            if let Some((at, was_branch, before)) = last.take() {
                if at > 0 && !was_branch && in_branches.get() && nested_case.is_none() {
                    nested_case = Some((at, before));
                }
            }
            if let Some((at, before)) = nested_case {
                if indent < at {
                    in_branches.set(false);
                    section = before;
                    nested_case = None;
                }
            }
            last = Some((indent, in_branches.get(), section));
            // Between lines said in 『』, a point (・辞退の理由は短く。) is a note to the reader,
            // and one without a full stop (・お願い, ・江藤様がご不在) names the part it heads.
            if double_quoted && bullet_len(t) > 0 && !t.contains(['『', '「']) {
                if t.ends_with('。') {
                    self.lines[i].part = Part::Note;
                } else {
                    self.lines[i].part = Part::Label;
                    open(&t[bullet_len(t)..], false, &mut section);
                }
                continue;
            }
            if is_separator(t)
                || legend
                    .as_ref()
                    .is_some_and(|(at, _)| at.as_ref().is_some_and(|at| at.contains(&i)))
                || flow_connector(t) == Some(t.len())
            {
                // A rule around a heading (----- / AT THE SWITCHBOARD / -----) is drawn, not said;
                // a legend (＞ 相手　・ 自分) is read, not said.
                self.lines[i].part = Part::Note;
                continue;
            }
            if in_table[i] {
                let cells = table_cells(self.text, self.lines[i].full.clone());
                let content = cells.last().cloned().unwrap_or(self.lines[i].range.clone());
                let name = match cells.len() {
                    0 | 1 => "",
                    n => &self.text[cells[n - 2].clone()],
                };
                let said = &self.text[content.clone()];
                let next = self.written_after(i);
                // WHO | WHAT TO SAY: in capitals, or over the rule. (A Japanese row has no
                // capitals to tell by.)
                let capitals = cells.iter().any(|c| {
                    self.text[c.clone()]
                        .chars()
                        .any(|ch| ch.is_ascii_uppercase())
                }) && cells.iter().all(|c| {
                    let c = &self.text[c.clone()];
                    !c.chars().any(char::is_lowercase) && !c.contains(['.', '。', '?', '？'])
                });
                let last = said.to_lowercase();
                let names_lines = [
                    "言うこと",
                    "いうこと",
                    "話すこと",
                    "セリフ",
                    "せりふ",
                    "台詞",
                    "what to say",
                    "what i say",
                    "my line",
                    "my words",
                ]
                .iter()
                .any(|w| last.contains(w));
                let no_sentence =
                    !said.contains(['。', '？', '?']) && !said.trim_end().ends_with('.');
                // A row of sentences over a rule is the last of its block, not a header; 項目｜セリフ
                // names its columns with no rule under it.
                let header = next.is_some_and(|j| {
                    is_table_rule(self.line_text(j)) || is_bare_rule(self.line_text(j))
                }) && no_sentence
                    || capitals
                    || names_lines && no_sentence && said.chars().count() <= 12;
                if header {
                    // WHO | WHAT TO SAY, or IF | WHAT TO SAY over the branches.
                    self.lines[i].part = Part::Label;
                    says_column = names_lines
                        // 相手｜自分: the last column is the student's.
                        || !name.trim().is_empty() && who(last.trim()) == Some(true);
                    if is_branch_label(name) && !says_column {
                        open(name, true, &mut section);
                    }
                    row_part = None;
                } else if says_column
                    && said.is_empty()
                    && name.starts_with(['（', '('])
                    && name.ends_with(['）', ')'])
                {
                    // （相手の返事を待つ）｜: a direction where the student says nothing.
                    self.lines[i].part = Part::Note;
                } else if says_column && !name.is_empty() {
                    // おわび｜先週土曜日の21日に… / 「難しいです」と言われたら｜承知いたしました。
                    // (村井様につながったら｜… is the call going on as planned; 最後｜相手が
                    // 切るのを待ってから切る。 tells what to do.)
                    if picks_up_ja(name.trim_end()) {
                        in_branches.set(false);
                        section = Part::Talk;
                    }
                    // 場面｜相手｜自分: the first column names the case (担当者（断り）,
                    // 受付（不在）), in brackets after whom the student speaks to.
                    let scene = match cells.len() {
                        0..=2 => "",
                        _ => self.text[cells[0].clone()].trim(),
                    };
                    // (担当者（了承）, 担当者（断り）: their yes and their no, named short.)
                    let scene_case = is_case_name(scene)
                        && (is_branch_label(scene)
                            || bracketed(scene).is_some_and(|b| {
                                is_branch_label(b) || ["了承", "断り"].contains(&b)
                            }));
                    let aside =
                        said.trim().starts_with(['（', '(']) && said.trim().ends_with(['）', ')']);
                    let part = if is_direction(said) || aside && !scene.is_empty() {
                        Part::Note
                    } else if scene_case {
                        open(scene, true, &mut section);
                        Part::Branch
                    } else if is_case_name(name) && is_branch_label(name) {
                        open(name, true, &mut section);
                        Part::Branch
                    } else if (is_reception_label(name) || is_reception_label(scene))
                        && !in_branches.get()
                    {
                        received.set(true);
                        Part::Reception
                    } else {
                        // Reception｜…, He is out｜…, Mr. Okafor｜Thank you for taking my call:
                        // the row after the reception's cases goes on with the talk.
                        if in_branches.get() {
                            open(name, false, &mut section);
                        }
                        if section == Part::Note {
                            section = Part::Talk;
                        }
                        if section == Part::Talk {
                            talked.set(true);
                        }
                        section
                    };
                    let inner = unquote(self.text, content);
                    self.said(i, inner, part);
                    row_part = Some(part);
                } else if name.is_empty() && says_column && !said.is_empty() {
                    // ｜お忙しいところ恐れ入ります。…: under 相手｜自分, a row with only the
                    // student's cell is what the student says.
                    // (A row that goes on with the cell above joins it.)
                    let part = row_part.unwrap_or(if section == Part::Note {
                        Part::Talk
                    } else {
                        section
                    });
                    if section == Part::Note {
                        section = Part::Talk;
                    }
                    self.lines[i].range = unquote(self.text, content);
                    self.lines[i].part = part;
                    row_part = Some(part);
                } else if name.is_empty() {
                    // A cell wrapped onto the row under it goes on with it.
                    match row_part.filter(|_| !said.is_empty()) {
                        Some(part) => {
                            self.lines[i].range = content;
                            self.lines[i].part = part;
                        }
                        None => self.lines[i].part = Part::Note,
                    }
                } else {
                    // 受付「はい、朝凪橋梁でございます。」｜「お世話になっております。…」: the
                    // first column what they say (or a note on it), the last the student's reply.
                    // メモ｜静かな場所で。…: a row of notes; メモ｜ここから分岐 opens the cases.
                    if ["メモ", "注意", "note", "notes", "memo"]
                        .contains(&name.trim().to_lowercase().as_str())
                    {
                        if is_branch_label(said) && said.chars().count() <= 12 {
                            open(said, true, &mut section);
                        }
                        self.lines[i].part = Part::Note;
                        row_part = None;
                        continue;
                    }
                    // 私（小田切様ご不在）｜「承知いたしました。…」: the student's line in the case
                    // named in brackets after the speaker.
                    if let Some((base, case)) = bracketed_case(name) {
                        if who(base) == Some(true) && is_branch_label(case) {
                            open(case, true, &mut section);
                            let inner = unquote(self.text, content);
                            self.said(i, inner, Part::Branch);
                            row_part = Some(Part::Branch);
                            continue;
                        }
                    }
                    let speaker = who(name);
                    let cue = speaker.is_none()
                        && (name.contains(['「', '"', '“'])
                            || says_something(name)
                            || name.starts_with(['（', '(', '［', '['])
                            || name.chars().count() > 16);
                    let aside = said.starts_with(['（', '(']) && said.ends_with(['）', ')']);
                    let part = if cue && aside {
                        Part::Note
                    } else if speaker == Some(true) || cue {
                        if section == Part::Note {
                            section = Part::Talk;
                        }
                        // The answer to the receptionist is not the talk with the recruiter.
                        if cue && section == Part::Talk && is_reception_label(name) {
                            Part::Reception
                        } else {
                            section
                        }
                    } else if section == Part::Branch
                        || speaker.is_none() && is_case_name(name) && is_branch_label(name)
                    {
                        Part::Branch
                    } else {
                        if section == Part::Note && says_something(said) {
                            section = Part::Talk;
                        }
                        Part::Other
                    };
                    let inner = unquote(self.text, content);
                    self.said(i, inner, part);
                    row_part = Some(part);
                }
                continue;
            }
            if bold_script {
                if let Some(inner) = bold(t) {
                    if section == Part::Note {
                        section = Part::Talk;
                    }
                    let at = self.lines[i].range.start;
                    self.said(
                        i,
                        text::trim(self.text, at + inner.start..at + inner.end),
                        section,
                    );
                    continue;
                }
                if t.starts_with(['「', '"', '“']) {
                    self.lines[i].part = Part::Other;
                    continue;
                }
            }
            if Some(i) == first && is_title(t) {
                self.lines[i].part = Part::Title;
                self.company = company_in(t);
                continue;
            }
            // → 了承をもらってから本題へ。: a line the legend marks as a direction is not said.
            if legend.as_ref().is_some_and(|(_, l)| l.directs(t)) {
                self.lines[i].part = Part::Note;
                // △ ご不在なら: a direction that names a case opens it, as a note does; one
                // that ends a sentence (→ 言い終えたら黙って待つ。) tells what to do.
                let rest = t[t.chars().next().map_or(0, char::len_utf8)..].trim_start();
                if section != Part::Note && note_opens_case(rest, rest.ends_with('。')) {
                    open(rest, false, &mut section);
                }
                continue;
            }
            // ▼ お忙しいところ失礼いたします。…: a line marked as a legend says, not a heading.
            let legend_turn = legend.as_ref().and_then(|(_, l)| l.turn(t));
            if let Some((false, len)) = legend_turn {
                let said = &t[len..];
                if !said.starts_with(['「', '"', '“'])
                    && is_branch_label(said)
                    && said.chars().count() <= 20
                    && !says_something(said)
                {
                    // ▽ 留守番電話: their mark before a case's name opens the case.
                    self.lines[i].part = Part::Label;
                    open(said, true, &mut section);
                    continue;
                }
                // ＞小野寺は外出しております。: so does an answer in a script whose legend
                // marks their lines only.
                let bare_answer = legend.as_ref().is_some_and(|(_, l)| l.mine.is_empty());
                if self.lang == Lang::Ja
                    && (said.starts_with('「') || bare_answer)
                    && is_branch_label(said)
                {
                    // ▽ 「今回は難しいかもしれません」: an answer they may give, and the case
                    // of it.
                    open(said, true, &mut section);
                }
            }
            let said_after_heading = (legend_turn.is_none() && is_heading(t))
                .then(|| t.find(['：', ':']).or_else(|| marked_quote(t)))
                .flatten()
                .filter(|&at| opens_quote(t[at..].trim_start_matches(['：', ':'])));
            if let Some(at) = said_after_heading {
                // □ 判断はお任せ：「どのようなご判断でも受け止めます。」: a heading and its line.
                if !t[..at].trim_start_matches(HEADING_MARKS).trim().is_empty() {
                    open(&t[..at], false, &mut section);
                }
                let r = self.lines[i].range.clone();
                let q = first_quote(self.text, r.start + at..r.end).unwrap_or(r);
                self.said(i, q, section);
            } else if legend_turn.is_none()
                && is_heading(t)
                && t.trim_end().trim_end_matches('。').contains('。')
            {
                // ■自分の話は2分以内。質問されたら…: the script's advice, not a section.
                // ★大事　私の辞退で…申し訳ございません。: a marked line, said politely.
                match marked_line(t) {
                    Some(at) => {
                        if section == Part::Note {
                            section = Part::Talk;
                        }
                        let r = self.lines[i].range.clone();
                        self.said(i, r.start + at..r.end, section);
                    }
                    None => self.lines[i].part = Part::Note,
                }
            } else if is_bracketed_direction(t) {
                // [If she's busy: ask when would suit her, call back then.]: what to do,
                // in the flow of the call; the talk goes on after it.
                self.lines[i].part = Part::Note;
            } else if let Some(case) = case_heading(t) {
                // ＞不在と言われたら, └お受けいただけたとき: a case, so a branch.
                self.lines[i].part = Part::Label;
                open(case, true, &mut section);
            } else if names_a_case(t) {
                // パターンB：検討するとのお返事の場合: a case named on a line of its own.
                self.lines[i].part = Part::Label;
                open(t, true, &mut section);
            } else if legend_turn.is_none() && is_label(t)
                || (has_labels || self_named)
                    && !self.text[self.lines[i].full.clone()].starts_with(['　', ' ', '\t'])
                    && is_bare_heading(t, self.lang)
                    // ━━ 受付の方へ ━━ then (ゆっくり) alone on the next line: how to say the
                    // part, not a part of its own. ((受付の方へ) under a title names one.)
                    && !(in_brackets(t)
                        && !is_reception_label(t)
                        && !is_recruiter_label(t)
                        && !is_branch_label(t)
                        && self
                            .written_before(i)
                            .is_some_and(|j| self.lines[j].part == Part::Label))
                    && !self.runs_on(i)
                || list_headings >= 3 && heads
                || quote_headings >= 3 && heads_quote[i]
                || quoted_names >= 3 && named_in_quotes[i]
            {
                self.lines[i].part = Part::Label;
                let asked = (0..i)
                    .rev()
                    .find(|&j| matches!(self.lines[j].part, Part::Talk | Part::Reception))
                    .is_some_and(|j| {
                        let said = self.line_text(j).trim_end_matches(['"', '”', '」', ' ']);
                        said.ends_with(['?', '？']) || said.ends_with("か。")
                    });
                goes_on.set(asked && is_yes_case(t));
                open(t, false, &mut section);
            } else if is_note(t) {
                self.lines[i].part = Part::Note;
                // （不在のとき）: a note that names a situation opens that branch; a longer
                // one (（理由を聞かれなければ、続けて話す）) tells how to go on.
                // ※受付で不在と言われたら、伝言と番号を残す。 names its case first, however long;
                // ※話すときは「御社」。, ※辞退したときのことは短く。, a whole sentence of advice,
                // names none, whatever its とき.
                let advice = t.trim().starts_with('※') && t.trim().ends_with('。');
                if section != Part::Note && note_opens_case(t, advice) {
                    open(t, false, &mut section);
                }
            } else if let Some(len) = lettered_case(t) {
                // V. (Voicemail) …: what to say in one of the cases listed after the call.
                self.turn_after(i, len, Part::Branch);
            } else if let Some(len) = answer_prefix(t) {
                // A. …: the answer to a question they may ask.
                self.turn_after(i, len, Part::Branch);
            } else if let Some((_, len)) =
                speaker_prefix(t).filter(|(name, _)| is_alternative(name))
            {
                // ［言い換え］…, `Or: …`: another way to say the line above, said instead of
                // it, so not in the talk's length.
                let part = if section == Part::Note {
                    Part::Note
                } else {
                    Part::Branch
                };
                self.turn_after(i, len, part);
            } else if let Some((name, len)) = speaker_prefix(t).filter(|(name, len)| {
                quoted
                    && !is_answer_mark(name)
                    && speaker(t).is_some()
                    && t[*len..].trim_start().starts_with('「')
            }) {
                // 受付：「…」 in a script that names no one who speaks: what to say to them.
                open(name, false, &mut section);
                self.turn_after(i, len, section);
            } else if quoted && was_in_quote {
                // The lines of a quotation that runs over several lines, to its closing mark.
                let r = self.lines[i].range.clone();
                let end = t.find('」').map_or(r.end, |at| r.start + at);
                self.lines[i].range = r.start..end;
                self.lines[i].part = section;
            } else if quoted
                && section != Part::Branch
                && section != Part::Note
                && !opens
                && (is_flow_line(t)
                    || bullet_len(t) > 0
                    || self.text[self.lines[i].full.clone()].starts_with(['　', ' ']))
            {
                self.memo(i);
            } else if is_flow_line(t) {
                let r = self.lines[i].range.clone();
                // A flow line names what happens (ご不在, 「後にしてほしい」) and then, after an
                // arrow or an ellipsis, what to say; 私「…」→ END is the student's line.
                let lead = t.len()
                    - t.trim_start_matches([
                        ' ', '　', '→', '├', '└', '│', '┣', '┗', '┃', '・', '─',
                    ])
                    .len();
                let body = &t[lead..];
                let mine = body
                    .find('「')
                    .is_some_and(|q| names_the_student(&body[..q]));
                let sep = body
                    .char_indices()
                    .find(|&(i, c)| i > 0 && (c == '→' || c == '…'))
                    .map(|(i, _)| i)
                    .filter(|_| !mine);
                let after = r.start + lead + sep.unwrap_or(0);
                match first_quote(self.text, after..r.end) {
                    Some(q) => self.said(i, q, if mine { section } else { Part::Branch }),
                    None => self.lines[i].part = Part::Note,
                }
            } else if quoted && !opens {
                // 6　御社でなければ： is a heading; 4　辞退理由：大手の知名度… a point to make.
                let content_after_colon = t
                    .split_once(['：', ':'])
                    .is_some_and(|(_, after)| !after.trim().is_empty());
                if t.chars().count() <= 30 && !t.contains('「') && !content_after_colon {
                    self.lines[i].part = Part::Label;
                    open(t, false, &mut section);
                } else if let Some(q) = self.answers_question(i).or_else(|| {
                    (section == Part::Branch)
                        .then(|| self.arrow_quote(i))
                        .flatten()
                }) {
                    // ・なぜ今になって？ / 　→「7日の土曜日、…」: the answer to a question they
                    // may ask, a case of its own; ・ご不在 / 　→「承知いたしました。…」 what to say
                    // in a case.
                    self.said(i, q, Part::Branch);
                } else if section != Part::Note && section != Part::Branch {
                    self.memo(i);
                } else {
                    self.lines[i].part = Part::Note;
                }
            } else if quoted {
                let r = self.lines[i].range.clone();
                let q = first_quote(self.text, r.clone()).unwrap_or(r);
                // 【注意】受付では…。 over 「お忙しいところ恐れ入ります。…」: a note on one line
                // opens no section, and the line said under it starts the talk.
                if section == Part::Note && opens && first_noted.is_some_and(|j| j < i) {
                    section = Part::Talk;
                }
                self.said(i, q, section);
            } else if let Some((me, len)) = legend
                .as_ref()
                .and_then(|(_, l)| l.turn(t))
                .or_else(|| initials.as_ref().and_then(|n| n.turn(t)))
                .or_else(|| speaker(t))
            {
                // 　担当：少し検討させてください。 / 　　私：ありがとうございます…: their answer
                // indented under the main talk, and the reply under it, are a case.
                if !me
                    && indent > 0
                    && section == Part::Talk
                    && nested_case.is_none()
                    && !speaker_prefix(t).is_some_and(|(name, _)| is_reception_label(name))
                {
                    nested_case = Some((indent, section));
                    in_branches.set(true);
                    section = Part::Branch;
                }
                // `Me: Ayaka Morishita, Isonami University` in the preamble is a field of the
                // sheet, not a turn.
                if me && section == Part::Note && !says_something(&t[len..]) {
                    self.lines[i].part = Part::Note;
                    continue;
                }
                // The other side saying something (`Receptionist: Please hold.`) starts the
                // call as much as the student's first line does.
                if section == Part::Note && (me || says_something(&t[len..])) {
                    section = Part::Talk;
                }
                // 受付：少々お待ちください。 after the student's first lines: those lines were
                // said to the receptionist, not in the talk with the recruiter.
                if !me
                    && section == Part::Talk
                    && speaker_prefix(t).is_some_and(|(name, _)| is_reception_label(name))
                {
                    for j in (0..i).rev() {
                        match self.lines[j].part {
                            Part::Talk => self.lines[j].part = Part::Reception,
                            Part::Blank | Part::Reception => {}
                            _ => break,
                        }
                    }
                }
                // ▽ 岩崎様「代わりました、岩崎です。」 after the cases of the reception: the
                // recruiter coming on, and the call going on as planned.
                if !me && in_branches.get() && nested_case.is_none() {
                    let said = &t[len..];
                    if ["代わりました", "替わりました", "代わりまして"]
                        .iter()
                        .any(|k| said.contains(k))
                    {
                        in_branches.set(false);
                        section = Part::Talk;
                    }
                }
                self.turn_after(i, len, if me { section } else { Part::Other });
            } else if self_named
                && speaker_prefix(t).is_some_and(|(name, _)| {
                    let name = name.trim();
                    (1..=6).contains(&name.chars().count()) && !name.contains(' ')
                })
            {
                // In a dialogue that names the student, another named speaker (竹内：…) is the
                // other side.
                self.lines[i].part = Part::Other;
            } else if self_named
                && t.trim_start().starts_with(['→', '⇒'])
                && !t.contains(['「', '『', '"', '“'])
                && !polite::speaks_politely(t)
            {
                // → 重ねて頼まない。お礼のメールだけ送る: in a dialogue that names the student,
                // what to do next.
                self.lines[i].part = Part::Note;
            } else if self_named && section != Part::Note && t.starts_with(['「', '"', '“']) {
                // In a dialogue that names its speakers, an unnamed quotation is the other side.
                self.lines[i].part = Part::Other;
            } else if let Some((_, len)) = speaker_prefix(t)
                .filter(|(name, _)| is_case_name(name) && is_branch_label(name) && !is_direction(t))
            {
                // If he is busy: "…" / 不在の場合：「…」: what to say when that happens.
                self.turn_after(i, len, Part::Branch);
            } else if let Some(len) = arrow_case(t) {
                // [ ] Voicemail -> "This is…" / 不在 → 「…」: the same, the case before an arrow.
                self.turn_after(i, len, Part::Branch);
            } else if is_starred(t) {
                // *May I ask what it's regarding?*: a script that stars the other side's lines
                // (or a direction, *pause*) and writes the student's plain. The other side
                // answering starts the call.
                if section == Part::Note && says_something(t.trim_matches('*')) {
                    section = Part::Talk;
                }
                self.lines[i].part = Part::Other;
            } else if is_direction(t) || self.choice_point(i) {
                // お戻りの時間を伺い、改めてお電話すると伝える。: what to do, not what to say.
                // 榎本様につながった？ above →はい／→いいえ: the script asking itself which
                // way to go.
                self.lines[i].part = Part::Note;
            } else {
                // An utterance, maybe as a list item (▶「…」); the marks are not said.
                let r = self.lines[i].range.clone();
                // `|      already set aside a place…`: a flow chart's line going down beside
                // the words, which go on from the line above.
                if let Some(skip) = flow_connector(t) {
                    self.lines[i].range = text::trim(self.text, r.start + skip..r.end);
                    self.lines[i].part = section;
                    continue;
                }
                // `[ ] "My parents were…"`: a checklist's box is a mark too.
                let skip =
                    checkbox_item(t).map_or_else(|| bullet_len(t), |item| t.len() - item.len());
                // A quotation is said aloud, even before the first section; a word in
                // quotation marks (・「御社」と言う。) is a note about the talk.
                let utterance = if t[skip..].starts_with('「') {
                    opens_quote(t)
                } else {
                    t[skip..].starts_with(['"', '“'])
                };
                if section == Part::Note && utterance {
                    section = Part::Talk;
                }
                self.lines[i].range = unquote(self.text, r.start + skip..r.end);
                self.lines[i].item = skip > 0;
                self.lines[i].part = section;
            }
        }
        // 【心構え】・ゆっくり、語尾まではっきり。 / 【メモ】自分：…大学4年　福田直樹: sections
        // before the first line said politely, in a Japanese script, are the sheet's notes to
        // its reader. Talk to a recruiter is never in the plain form.
        if self.lang == Lang::Ja {
            let first = (0..self.lines.len()).find(|&i| {
                self.lines[i].part.is_said() && polite::speaks_politely(self.line_text(i))
            });
            // A legend (行頭の「いう」＝自分が話すこと…) ends the notes as a label does.
            let legend_at = legend
                .as_ref()
                .and_then(|(at, _)| at.as_ref().map(|at| *at.end()));
            let last_label = first.and_then(|f| {
                (0..f)
                    .rev()
                    .find(|&i| self.lines[i].part == Part::Label || Some(i) == legend_at)
            });
            // With no label, the lines before the first one said politely (11月26日14時ごろに
            // かける。) are the notes.
            for i in 0..last_label.or(first).unwrap_or(0) {
                if self.lines[i].part.is_said() {
                    self.lines[i].part = Part::Note;
                }
            }
            // 【電話のあと】相手が切るのを待って切る。メモをとる。: so are sections after the last
            // line said politely.
            let last = (0..self.lines.len()).rev().find(|&i| {
                self.lines[i].part.is_said() && polite::speaks_politely(self.line_text(i))
            });
            let next_label = last
                .and_then(|l| (l..self.lines.len()).find(|&i| self.lines[i].part == Part::Label));
            for i in next_label.unwrap_or(self.lines.len())..self.lines.len() {
                if self.lines[i].part.is_said() {
                    self.lines[i].part = Part::Note;
                }
            }
        }
        // Date: …, Key points / - Apologise first…, Full wording: in a script that heads what
        // is said in quotation marks, the unquoted lines above its first such heading are the
        // sheet's notes.
        if quote_headings >= 3 {
            let first_head = heads_quote.iter().position(|&h| h).unwrap_or(0);
            for i in 0..first_head {
                if self.lines[i].part.is_said()
                    && !self.text[self.lines[i].full.clone()].contains(['"', '“'])
                {
                    self.lines[i].part = Part::Note;
                }
            }
        }
        // Things I must NOT say / 言わないこと: what is listed under it, up to the next
        // heading, is never said.
        let mut avoiding = false;
        for i in 0..self.lines.len() {
            let heading = is_avoid_heading(self.line_text(i))
                && !self.line_text(i).ends_with(['。', '.', '）', ')']);
            match self.lines[i].part {
                Part::Label => avoiding = heading,
                Part::Blank => {}
                _ if heading => {
                    avoiding = true;
                    self.lines[i].part = Part::Note;
                }
                _ if avoiding => self.lines[i].part = Part::Note,
                _ => {}
            }
        }
    }

    /// A line whose words, `range` of the text, are a turn of their own in `part`.
    fn said(&mut self, i: usize, range: Range<usize>, part: Part) {
        self.lines[i].range = range;
        self.lines[i].turn = true;
        self.lines[i].part = part;
    }

    /// A line said in `part` after a prefix of `len` bytes (a speaker's name, an answer's mark),
    /// without the quotation marks around it.
    fn turn_after(&mut self, i: usize, len: usize, part: Part) {
        let r = self.lines[i].range.clone();
        let inner = text::trim(self.text, r.start + len..r.end);
        // 私　※名乗り直す。: a direction to oneself under one's own name, not a line to say.
        if self.text[inner.clone()].starts_with('※') {
            self.lines[i].part = Part::Note;
            return;
        }
        self.said(i, unquote(self.text, inner), part);
    }

    /// `→「…」` right under a question (・なぜ今になって？): the quotation, whole to the line's
    /// end, is the student's answer. (`→「後にしてほしい」… かけ直す` names their words and
    /// what to do then.)
    fn answers_question(&self, i: usize) -> Option<Range<usize>> {
        let q = self.arrow_quote(i)?;
        // ・「なぜ辞退したのか」 / 　→「…」: their words quoted, and the answer.
        let asked = self.written_before(i).is_some_and(|j| {
            let above = self.line_text(j).trim_end();
            let cue = above.trim_start_matches(['・', '-', '•', ' ', '　']);
            above.ends_with(['？', '?'])
                || cue.starts_with('「')
                    && cue.ends_with('」')
                    && cue.matches('「').count() == 1
                    && cue.chars().count() <= 30
        });
        asked.then_some(q)
    }

    /// `　→「承知いたしました。…」`: a line that is an arrow and a whole quotation, the
    /// quotation's span.
    fn arrow_quote(&self, i: usize) -> Option<Range<usize>> {
        let t = self.line_text(i).trim_start_matches([' ', '　']);
        let said = t.strip_prefix(['→', '⇒'])?.trim_start_matches([' ', '　']);
        if !said.starts_with('「') || !said.trim_end().ends_with('」') {
            return None;
        }
        let q = first_quote(self.text, self.lines[i].range.clone())?;
        self.text[q.end..self.lines[i].range.end]
            .trim_matches(['」', ' ', '　'])
            .is_empty()
            .then_some(q)
    }

    /// A memo line: a sentence of its own, without its list mark or arrow.
    fn memo(&mut self, i: usize) {
        let t = self.line_text(i);
        let skip = t.len() - t.trim_start_matches(['　', ' ', '・', '→', '•', '-']).len();
        let blank = t.len() - t.trim_start_matches(['　', ' ']).len();
        // 「－組合長の話：御社は…湯の量と温度を」 over 「　　旅館の方々と…」: an item that
        // breaks off after a particle goes on in the indented, unmarked line under it.
        // A line that opens with a mark of its own (（Ｂ）, └, A) is the next item, and an
        // item that points elsewhere (→【2】へ) or ends in こと is whole.
        let wraps = skip == blank
            && bullet_len(&t[blank..]) == 0
            && t[blank..].starts_with(|c| text::is_kana(c) || text::is_kanji(c))
            && self.text[self.lines[i].full.clone()].starts_with(['　', ' '])
            && self.written_before(i).is_some_and(|j| {
                let above = self.line_text(j).trim_end();
                self.lines[j].part == Part::Memo
                    && self.lines[j].item
                    && breaks_off(above)
                    && !above.ends_with("こと")
                    && !above.contains(['→', '⇒'])
            });
        let r = self.lines[i].range.clone();
        self.lines[i].range = text::trim(self.text, r.start + skip..r.end);
        self.lines[i].item = !wraps;
        self.lines[i].part = Part::Memo;
    }

    /// Joins the student's lines into [`Prose`] and splits it into sentences.
    fn join_prose(&mut self) {
        let joiner = match self.lang {
            Lang::Ja => "",
            Lang::En => " ",
        };
        let mut prose = Prose {
            text: String::with_capacity(self.text.len()),
            segments: Vec::with_capacity(self.lines.len()),
        };
        // Paragraph starts in the prose, with their part.
        let mut paras: Vec<(usize, Part)> = Vec::new();
        // The previous line of prose: its part, its text, and whether it stands alone (a
        // speaker's turn or a list item).
        let mut prev: Option<(Part, &str, bool, bool)> = None;
        let mut body_start = None;
        // A Japanese text with no full stop at all (a script written a sentence a line) ends a
        // sentence at each line, unless the line breaks off after a particle or a comma.
        let stopless = self.lang == Lang::Ja
            && !self
                .lines
                .iter()
                .any(|l| l.part.is_prose() && self.text[l.range.clone()].contains('。'));
        for line in &self.lines {
            let t = &self.text[line.range.clone()];
            if !line.part.is_prose() {
                prev = None;
                continue;
            }
            body_start.get_or_insert(line.range.start);
            // A paragraph runs until a blank line, another part or a speaker's turn.
            // A turn that breaks off mid-sentence (`Me: …, a student at` / `    Isonami
            // University.`) goes on in the line under it.
            let same_para = prev.is_some_and(|(part, before, turn, _)| {
                part == line.part && !line.turn && (!turn || soft_break(before, t, self.lang))
            });
            let item = line.item || bullet_len(t) > 0;
            let continues = same_para
                && !item
                && prev.is_some_and(|(_, before, _, was_item)| {
                    // A long item wrapped onto a line of its own (1．高い技術力と安定した／
                    // 経営基盤をお持ちであること) runs on; a sentence after a list, or after a
                    // short item that heads a paragraph (・お詫び), starts afresh.
                    // A short marked heading (■辞退の経緯) is a line of its own.
                    soft_break(before, t, self.lang)
                        && (!stopless || breaks_off(before))
                        && !short_heading(before)
                        && !is_postscript_mark(before)
                        && (!was_item
                            || wrapped_item(before, self.lang) && !ends_sentence(t, self.lang)
                            || line.part == Part::Memo && breaks_off(before))
                });
            // A list mark is dropped: the item is a sentence of its own.
            let skip = bullet_len(t);
            let piece_start = line.range.start + skip;
            let mut piece = &self.text[piece_start..line.range.end];
            if self.medium == Medium::Phone {
                piece = &piece[..said_before_aside(piece)];
            }
            if !same_para {
                paras.push((
                    prose.text.len() + usize::from(!prose.text.is_empty()),
                    line.part,
                ));
            }
            // A breath mark in a script read aloud (息継ぎの／, "I'm calling / about") is not
            // said: the line joins up without it, so words either side read as one.
            let mut from = 0;
            let mut join = continues.then_some(joiner);
            if self.medium == Medium::Phone {
                for (at, mark) in breath_marks(piece, self.lang) {
                    prose.push(piece_start + from, &piece[from..at], join);
                    join = Some(joiner);
                    from = at + mark;
                }
            }
            prose.push(piece_start + from, &piece[from..], join);
            prev = Some((line.part, t, line.turn, item));
        }
        let mut sentences = Vec::new();
        for r in text::sentences(&prose.text, self.lang) {
            let k = paras
                .partition_point(|&(at, _)| at <= r.start)
                .saturating_sub(1);
            let part = paras.get(k).map_or(Part::Body, |&(_, p)| p);
            sentences.push(Sentence {
                range: r,
                part,
                para: k,
            });
        }
        self.prose = prose;
        self.sentences = sentences;
        self.body_start = body_start.unwrap_or(0);
    }

    /// The 1-based line and character column of a byte offset of the text.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(self.text, offset)
    }

    /// The signature's lines, joined.
    pub fn signature(&self) -> String {
        self.lines_of(Part::Signature)
            .map(|i| self.line_text(i))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The sender's name: a short line of the signature that is not an affiliation or contact.
    pub fn sender_name(&self) -> Option<String> {
        self.lines_of(Part::Signature)
            .find_map(|i| name_in_line(self.line_text(i)))
            .map(|t| t.trim_end_matches(',').to_owned())
    }
}

/// The name a signature line holds: the whole line when it is a name, or the name that
/// follows the affiliation on one line (`北陵大学 経済学部 4年 山田花子`, `Ken Sato, Hokuto
/// University`), as many students sign.
pub fn name_in_line(t: &str) -> Option<&str> {
    let t = t.trim();
    if looks_like_name(t) {
        return Some(t);
    }
    // `Ken Sato (4th year, Economics)`, `佐藤 健（経済学部4年）`: a name and a note on it.
    // `修士課程2年 早瀬 ひかり（はやせ ひかり）`: the note may be the name's reading.
    if let Some(open) = t.find(['(', '（']).filter(|_| t.ends_with([')', '）'])) {
        let before = t[..open].trim();
        if let Some(name) = name_in_line(before).filter(|n| open > 0 && !names_a_school(n)) {
            return Some(name);
        }
    }
    // `Ken Sato, Hokuto University`, `Hokuto University | Ken Sato`: a part between commas
    // or bars that is two to four capitalised words.
    let english = t
        .split([',', '|', '/', '(', ')'])
        .map(str::trim)
        .find(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            (2..=4).contains(&words.len())
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && looks_like_name(part)
        })
        .filter(|_| names_a_school(t));
    if english.is_some() {
        return english;
    }
    // `北陵大学 経済学部 4年 山田 花子`, `修士課程2年 早瀬 ひかり`: what follows the last word
    // of the affiliation, in Japanese script alone.
    let words: Vec<&str> = t.split([' ', '　']).filter(|w| !w.is_empty()).collect();
    let last = words.iter().rposition(|w| is_affiliation(w))?;
    let rest = &words[last + 1..];
    let first = rest.first()?;
    let at = t.rfind(first)?;
    let name = t[at..].trim();
    ((1..=2).contains(&rest.len())
        && (2..=8).contains(&name.chars().filter(|c| !c.is_whitespace()).count())
        && name
            .chars()
            .all(|c| c.is_whitespace() || !c.is_ascii() && c.is_alphabetic())
        && looks_like_name(name))
    .then_some(name)
}

/// A word of a Japanese affiliation: school, faculty, course, year.
fn is_affiliation(w: &str) -> bool {
    names_a_school(w)
        || COURSE_WORDS
            .iter()
            .chain(&["学部", "学科", "年", "回生", "修士", "博士", "ゼミ"])
            .any(|k| w.ends_with(k))
        || w.chars().all(|c| c.is_ascii_alphanumeric())
}

/// What the name of a course, a graduate school or a lab ends with.
const COURSE_WORDS: [&str; 6] = ["研究科", "専攻", "課程", "コース", "学年", "研究室"];

/// A Japanese word that names a course or a year (初等教育教員養成課程, 四年, 三回生), which
/// no name ends with.
fn names_a_course(w: &str) -> bool {
    let year = ["年生", "年", "回生"].iter().any(|k| {
        w.strip_suffix(k)
            .and_then(|rest| rest.chars().next_back())
            .is_some_and(|c| c.is_numeric() || "一二三四五六".contains(c))
    });
    year || COURSE_WORDS.iter().any(|k| w.ends_with(k))
}

/// A line that could be a person's name: short, no digits or address, not an affiliation.
pub fn looks_like_name(t: &str) -> bool {
    let n = t.chars().count();
    let lower = t.to_lowercase();
    // Siti Nurhafizah binti Abdul Karim: a name of five words.
    (2..=40).contains(&n)
        && !t.chars().any(|c| c.is_ascii_digit() || c == '@')
        && t.chars().any(char::is_alphabetic)
        && !is_separator(t)
        && !names_a_school(t)
        && !is_sign_off(t)
        // 以上 / 敬具 closing a Japanese letter above the signature.
        && !["以上", "敬具", "草々", "かしこ", "謹白"].contains(&t)
        && !names_a_group(t)
        && !t.split([' ', '　']).any(names_a_course)
        && !["学部", "学科", "university", "college", "faculty", "電話", "メール"]
            .iter()
            .any(|k| lower.contains(k))
        // Tel / Phone / E-mail as words: Ismail and Tellez are names.
        && !lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| ["tel", "phone", "telephone", "mail", "email"].contains(&w))
}

/// A club, circle or seminar the student belongs to, or their post in it (茶道部, 手話サークル
/// 「てのひら」代表, 応援団, 山田ゼミ): a signature line under the school, not a name. A
/// family name alone (阿部, 服部) is two characters; a club takes three or more.
fn names_a_group(t: &str) -> bool {
    let t = t.trim();
    let whole = !t.contains(char::is_whitespace) && t.chars().count() >= 3;
    [
        "サークル",
        "ゼミ",
        "研究室",
        "研究会",
        "同好会",
        "代表",
        "主将",
        "部長",
        "副将",
        "委員",
    ]
    .iter()
    .any(|k| t.contains(k))
        || whole && t.ends_with(['部', '団', '会'])
}

/// Whether a line names a university or school.
pub fn names_a_school(t: &str) -> bool {
    let lower = t.to_lowercase();
    [
        "大学",
        "university",
        "college",
        "学院",
        "高専",
        "専門学校",
        "institute",
        "school",
        "univ.",
        // Universiti Malaya, Universidad de Chile, Université Laval, Universitas Indonesia.
        "universiti",
        "universidad",
        "universidade",
        "université",
        "universität",
        "università",
        "universitas",
        // Pennine Conservatoire of Music, a polytechnic, an academy of art.
        "conservatoire",
        "conservatory",
        "conservatorium",
        "polytechnic",
        "academy",
        "音楽院",
        "短期大学",
    ]
    .iter()
    .any(|k| lower.contains(k))
        // "Kansai Tech", "Tokyo Tech".
        || lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == "tech")
}

/// Where a script marks a breath (its offset and length): ／ between words in Japanese, a
/// slash set off by spaces in English, in a line that is said as a sentence. A mark at either
/// end of the line is left alone, and so is one in a note (お詫び：計画の組み直し／書類／お手間),
/// where it divides the points.
fn breath_marks(line: &str, lang: Lang) -> Vec<(usize, usize)> {
    let (mark, ends): (&str, &[char]) = match lang {
        Lang::Ja => ("／", &['。', '？', '！', '」']),
        Lang::En => (" / ", &['.', '?', '!', '"', '”']),
    };
    if !line.trim_end().ends_with(ends) {
        return Vec::new();
    }
    line.match_indices(mark)
        .filter(|&(at, m)| at > 0 && at + m.len() < line.len())
        .map(|(at, m)| (at, m.len()))
        .collect()
}

/// Whether the line break between `before` and `after` falls inside a sentence: the line before
/// does not end one, and the next line is not a list item.
/// Whether a note names the case that follows it (（不在のとき）, ※受付で不在と言われたら、…):
/// a case named first, however long, or a short one that is not a sentence of advice.
fn note_opens_case(t: &str, advice: bool) -> bool {
    is_branch_label(t) && (is_noted_case(t) || t.chars().count() <= 20 && !advice)
}

/// The particles a Japanese line that breaks off mid-clause ends with (…御社の技術者が港を).
const PARTICLES: [char; 11] = [
    'を', 'は', 'が', 'に', 'で', 'と', 'の', 'も', 'へ', 'や', 'て',
];

/// Whether a Japanese line breaks off mid-clause, after a particle or a comma; 片桐様へ
/// addresses someone.
fn breaks_off(t: &str) -> bool {
    let t = t.trim_end();
    (t.ends_with(PARTICLES) || t.ends_with('、')) && !t.ends_with("様へ") && !t.ends_with("方へ")
}

fn soft_break(before: &str, after: &str, lang: Lang) -> bool {
    // 「…難しい。⏎県内の企業を選ぶべきである」と: a quotation left open runs on.
    let open = before.matches('「').count() > before.matches('」').count();
    if open && lang == Lang::Ja {
        return bullet_len(after) == 0;
    }
    let ends = match lang {
        Lang::Ja => {
            before.ends_with(['。', '！', '？', '!', '?', '」', '』', '）', ')', '：', ':'])
        }
        Lang::En => before.ends_with(['.', '!', '?', '"', ')', ':', '”']),
    };
    !ends && bullet_len(after) == 0
}

/// A line of a Japanese script that tells the caller what to do (…と伝える。, お礼を言って
/// 切る。): it ends in the plain form of a verb of saying, asking or ending the call, which
/// nobody says to a recruiter.
fn is_direction(t: &str) -> bool {
    let t = t.trim_end();
    [
        "伝える。",
        "伝えする。",
        "伺う。",
        "言う。",
        "述べる。",
        "申し上げる。",
        "話す。",
        "聞く。",
        "尋ねる。",
        "確認する。",
        "切る。",
        "送る。",
        // ・二回かけても不在のときは、お願いの内容をメールでお送りする。
        "お送りする。",
        "送信する。",
        "連絡する。",
        "かけ直す。",
        "終える。",
        // ここで話すのをやめて、お返事を待つ。/ 電話が終わったら：…ノートに書く。
        "待つ。",
        "書く。",
        "メモする。",
        "メモをとる。",
        "メモを取る。",
        "書き留める。",
        // → 日時・場所・持ち物をメモして、復唱する。
        "復唱する。",
        "繰り返す。",
        "控える。",
        "用意する。",
        "準備する。",
    ]
    .iter()
    .any(|v| t.ends_with(v))
}

impl Letter<'_> {
    /// A short question on its own line with the answers as arrows under it (→はい：…,
    /// `-> yes: …`): a fork in the script, asked of oneself.
    fn choice_point(&self, i: usize) -> bool {
        let t = self.line_text(i).trim();
        let answer = |u: &str| {
            let u = u
                .trim_start_matches([' ', '　', '→', '⇒', '-', '>', '='])
                .trim_start();
            let u = u.to_lowercase();
            ["はい", "いいえ", "yes", "no"]
                .iter()
                .any(|a| u.starts_with(a))
        };
        t.ends_with(['？', '?'])
            && t.chars().count() <= 30
            && !t.contains(['「', '」', '"', '“'])
            && self.lines[i + 1..]
                .iter()
                .map(|l| self.text[l.range.clone()].trim())
                .find(|u| !u.is_empty())
                .is_some_and(|u| u.starts_with(['→', '⇒', '-']) && answer(u))
    }
}

/// Whether a list item is long enough to have been wrapped where it breaks off.
fn wrapped_item(t: &str, lang: Lang) -> bool {
    let item = &t[bullet_len(t)..];
    match lang {
        Lang::Ja => item.chars().count() >= 20,
        Lang::En => item.chars().count() >= 50,
    }
}

/// 小田切様に代わったら: the recruiter coming on is the call going as planned, not a case.
const PICKED_UP_JA: &[&str] = &[
    "代わったら",
    "替わったら",
    "つながったら",
    "出られたら",
    // A script in kana: ◆ 川端さまに かわったら.
    "かわったら",
    "でられたら",
    // ―― 担当者につながった ――: the heading of the call as planned, after its cases.
    "につながった",
    "に代わった",
    "に替わった",
    "に かわった",
    "にかわった",
];

/// Whether a name ends as the recruiter coming on does (小田切様に代わったら).
fn picks_up_ja(t: &str) -> bool {
    PICKED_UP_JA.iter().any(|k| t.ends_with(k))
}

/// A short Japanese line, not a sentence, that ends by naming a case (パターンA：その場で
/// お返事をいただけた場合, 難しいと言われたとき).
fn names_a_case(t: &str) -> bool {
    let t = t.trim();
    // 留守番電話のとき（お願いの中身は吹き込まない）: the case, and a note on it.
    let t = match t.strip_suffix('）').and_then(|s| s.rfind('（')) {
        Some(open) if open > 0 => t[..open].trim_end(),
        _ => t,
    };
    let picked_up = picks_up_ja(t);
    !t.contains(['。', '「', '」'])
        && (4..=40).contains(&t.chars().count())
        && ["場合", "とき", "たら", "なら"]
            .iter()
            .any(|k| t.ends_with(k))
        && !picked_up
        && !is_label(t)
}

/// A line between two stars with no space inside them (`*One moment, please.*`).
fn is_starred(t: &str) -> bool {
    let t = t.trim();
    t.len() > 2
        && t.starts_with('*')
        && t.ends_with('*')
        && !t.starts_with("**")
        && !t[1..].starts_with(' ')
        && !t[..t.len() - 1].ends_with(' ')
}

/// Whether a line ends as a sentence does.
fn ends_sentence(t: &str, lang: Lang) -> bool {
    match lang {
        Lang::Ja => t.ends_with(['。', '！', '？', '!', '?']),
        Lang::En => t.ends_with(['.', '!', '?']),
    }
}

/// Whether the words after a speaker's name say something, in quotation marks or as a
/// sentence, rather than fill a field (`Me: Ryo Tsuchiya, Seiun University`).
fn says_something(said: &str) -> bool {
    let said = said.trim();
    // "Good morning. I am Aya Mori, a student at" runs on to the next line, a sentence
    // already said.
    said.starts_with(['「', '"', '“'])
        || said.ends_with(['。', '.', '?', '？', '!', '！', '」', '"', '”'])
        || ["。", "？", ". ", "? ", "! "]
            .iter()
            .any(|m| said.contains(m))
}

/// Whether a line starts with a number (`1. Opening`, `① 受付`).
fn starts_numbered(t: &str) -> bool {
    let t = t.trim();
    t.starts_with(|c: char| ('①'..='⑳').contains(&c))
        || t.chars().next().is_some_and(|c| c.is_ascii_digit())
        // 一．受付, ２．お詫び: in kanji or wide digits, with the mark after them.
        || t.chars().next().is_some_and(wide_numeral) && bullet_len(t) > 0
}

/// A digit that numbers a step in Japanese: wide (１) or in kanji (一 to 十).
fn wide_numeral(c: char) -> bool {
    ('１'..='９').contains(&c) || "一二三四五六七八九十".contains(c)
}

/// A short line that is not a sentence (`Other cases`, `不在の場合`): a heading in a script.
fn is_bare_heading(t: &str, lang: Lang) -> bool {
    // ① 受付 / 1. Opening: a numbered heading.
    let t = t.trim();
    let numbered = starts_numbered(t);
    let t = if numbered { &t[bullet_len(t)..] } else { t };
    // *Yes, go ahead.*: a line in stars is someone's words, not a heading.
    let t = t.trim_matches(['*', '_']);
    // 一．受付（約30秒・お取り次ぎを待つ時間こみ）: a step's name, and a short note in brackets
    // after it (not advice in sentences of its own).
    let t = t
        .strip_suffix(['）', ')'])
        .and_then(|s| s.rfind(['（', '(']).map(|k| (s[..k].trim_end(), &s[k..])))
        .filter(|(name, note)| {
            numbered && name.chars().any(char::is_alphabetic) && !note.contains('。')
        })
        .map_or(t, |(name, _)| name);
    let sentence = t.ends_with(['。', '.', '!', '?', '！', '？', '」', '"', '、', ','])
        || bullet_len(t) > 0
        || speaker(t).is_some();
    // 03-5827-4416, `080-7713-0549 / v.pereyra@…`: a number to dial or an address names no
    // part of the call.
    let number = !t.chars().any(char::is_alphabetic) || t.contains(['@', '＠']);
    !sentence
        && !number
        && match lang {
            Lang::Ja => t.chars().count() <= 14,
            Lang::En => t.split_whitespace().count() <= 4,
        }
}

/// A short line, not a sentence, over a list (`What changed`, then `- I accepted…`): a
/// heading, the way a script in bullets is laid out. A case may take more words there (`If
/// she asks whether I might change my mind again`).
fn heads_a_list(t: &str, next: Option<&str>, lang: Lang) -> bool {
    let t = t.trim();
    let case = lang == Lang::En
        && is_case(t)
        && t.split_whitespace().count() <= 12
        && !t.ends_with(['.', '!', '?', ',', '"']);
    bullet_len(t) == 0
        && next.is_some_and(|n| bullet_len(n.trim()) > 0)
        && (is_bare_heading(t, lang) || case)
}

/// The first line of a script that names the call.
fn is_title(t: &str) -> bool {
    let lower = t.to_lowercase();
    // "Call script: Shiraume Shuzo Co., Ltd." ends in an abbreviation, not a sentence.
    let abbreviated = ["ltd.", "inc.", "co.", "corp."]
        .iter()
        .any(|a| lower.ends_with(a));
    (!t.ends_with(['。', '.']) || abbreviated)
        && t.chars().count() <= 100
        && ["電話", "台本", "通話", "メモ", "call", "script", "phone"]
            .iter()
            .any(|k| lower.contains(k))
}

/// A line that is only a date: `12 November 2026`, `November 12, 2026`, `2026年11月27日`.
fn is_date_line(t: &str) -> bool {
    let t = t.trim();
    if t.chars().count() > 30 || t.ends_with(['.', '。', ':', '：']) {
        return false;
    }
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = t.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let english = words.len() <= 5
        && words.iter().any(|w| MONTHS.contains(w))
        && words
            .iter()
            .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    let japanese = t.contains('年') && t.contains('月') && t.ends_with(['日', '）', ')']);
    english || japanese
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

/// Guesses the medium. A text with header lines is an email; so is one without, unless it has
/// the marks of a phone script: section labels (【受付】, [Opening]), speaker turns (受付：,
/// Me:), ■ branches, stage directions, a title that names a call, or a line labelled with a
/// part only a call has (`Reception<TAB>…`, `**Voicemail:**`).
pub fn detect_medium(text: &str) -> Medium {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let Some(first) = lines.first() else {
        return Medium::Email;
    };
    // A script's first line names the call (CALL SCRIPT: …); a `To:` under it names whom to
    // ask for, not an email's addressee.
    let script_title = header_value(first).is_none() && is_title(first);
    if !script_title
        && lines.iter().take(6).any(|l| {
            header_value(l).is_some_and(|(k, _)| {
                k.eq_ignore_ascii_case("subject") || k == "件名" || k.eq_ignore_ascii_case("to")
            })
        })
    {
        return Medium::Email;
    }
    let mut phone = 0;
    let list_headings = lines
        .windows(2)
        .filter(|w| heads_a_list(w[0], Some(w[1]), text::detect_lang(w[0])))
        .count();
    let labels = lines
        .iter()
        .filter(|l| is_label(l) && !is_sign_off(l))
        .count()
        + usize::from(list_headings >= 3) * 2;
    let headings = lines.iter().filter(|l| is_heading(l)).count();
    // `Me | Good morning.`: a table row whose first column names who speaks. (A row's number
    // or letter, ` 2 |` or ` a |`, is not a name.)
    let table_turn = |l: &str| {
        l.contains(['|', '｜'])
            && table_cells(l, 0..l.len())
                .into_iter()
                .map(|c| &l[c])
                .find(|c| {
                    let mark = c.chars().count() <= 2
                        && c.chars()
                            .all(|ch| ch.is_ascii_digit() || ch.is_ascii_lowercase());
                    !c.is_empty() && !mark
                })
                .is_some_and(|c| who(c).is_some())
    };
    let turns = lines
        .iter()
        .filter(|l| speaker(l).is_some() || table_turn(l))
        .count();
    let notes = lines.iter().filter(|l| is_note(l)).count();
    // Lines that are one quotation: what to say, set out under the steps of a call.
    let quoted = lines
        .iter()
        .filter(|l| {
            l.starts_with('「') && l.ends_with('」')
                || l.len() > 2 && l.starts_with(['"', '“']) && l.ends_with(['"', '”'])
        })
        .count();
    phone += usize::from(labels >= 2) * 2 + usize::from(headings >= 1);
    phone += usize::from(turns >= 2) * 2 + usize::from(notes >= 1);
    phone += usize::from(quoted >= 2) + usize::from(is_title(first)) * 2;
    // What only a call says: asking for the recruiter, asking whether now is a good time, and
    // 御社, the spoken word for the company.
    let said = [
        "いらっしゃいますでしょうか",
        "いらっしゃいますか",
        "お時間よろしいでしょうか",
        "お時間をいただいてもよろしいでしょうか",
        "may i speak",
        "could i speak",
        "can i speak",
        "is now a good time",
        "do you have a few minutes",
        "is this a good time",
    ];
    let lower = text.to_lowercase();
    phone += said.iter().filter(|p| lower.contains(*p)).count().min(2);
    phone += usize::from(text.contains("御社") && !text.contains("貴社"));
    // SHOUTED short lines are headings in an English script (FRONT DESK, MS. AIKAWA).
    let shouted = lines
        .iter()
        .filter(|l| {
            l.split_whitespace().count() <= 4
                && l.chars().any(|c| c.is_ascii_uppercase())
                && !l.chars().any(|c| c.is_ascii_lowercase())
                && !l.contains('@')
                && !l.chars().any(text::is_cjk)
        })
        .count();
    phone += usize::from(shouted >= 2) * 2;
    // `Reception<TAB>Good morning…`, `**To reception:** "…"`, `-- (reception)`, `Voicemail:`:
    // a line labelled with a part only a call has.
    let part_label = |l: &str| {
        let t = l
            .trim_start_matches(['*', '-', '(', '[', '【', '#', '>', '■', '●', ' ', '　'])
            .to_lowercase();
        let t = t.strip_prefix("to ").unwrap_or(&t);
        let end = t
            .find(['\t', ':', '：', ')', ']', '】', '*'])
            .filter(|&e| t[..e].chars().count() <= 20);
        end.is_some_and(|e| {
            let name = t[..e].trim();
            [
                "reception",
                "voicemail",
                "voice mail",
                "switchboard",
                "front desk",
                "受付",
                "留守番電話",
                "留守電",
            ]
            .iter()
            .any(|p| name.starts_with(p))
        })
    };
    phone += usize::from(lines.iter().any(|l| part_label(l))) * 2;
    let mut email = 0;
    email += usize::from(lines.iter().any(|l| is_salutation(l)));
    email += usize::from(
        lines
            .iter()
            .any(|l| l.ends_with('様') || l.ends_with("御中")),
    );
    email += usize::from(lines.iter().rev().take(8).any(|l| l.contains('@')));
    email += usize::from(lines.iter().any(|l| is_sign_off(l) || is_separator(l)));
    if phone >= 2 && phone > email {
        Medium::Phone
    } else {
        Medium::Email
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMAIL: &str = "To: 株式会社北斗精機 人事部 佐藤様 <a@example.co.jp>\nSubject: 内定辞退撤回のお願い（東都大学 山田太郎）\n\n株式会社北斗精機\n人事部\n佐藤 様\n\nお世話になっております。\n東都大学の山田です。貴社の\n製品が好きです。\n\n────\n東都大学 経済学部 4年\n山田 太郎\n電話：090-1234-5678\nメール：taro@example.ac.jp\n";

    #[test]
    fn a_date_above_the_address_block_leaves_the_block_an_address() {
        let text = "件名：内定辞退のお詫び（港大学 山本）\n\n2026年11月27日\n\n株式会社しおさい製作所\n人事部 採用ご担当 森様\n\nお世話になっております。\n港大学の山本と申します。\n";
        let l = Letter::read(text, Medium::Email, Lang::Ja);
        let address: Vec<&str> = l.lines_of(Part::Address).map(|i| l.line_text(i)).collect();
        assert_eq!(
            address,
            vec![
                "2026年11月27日",
                "株式会社しおさい製作所",
                "人事部 採用ご担当 森様"
            ]
        );
    }

    #[test]
    fn a_memo_item_that_breaks_off_goes_on_in_the_indented_line_under_it() {
        let text = "■担当者\n・きっかけ\n　－組合長の話：御社は源泉に計器を置き、湯の量と温度を\n　　旅館の方々と何年も測り続けている\n　－（Ａ）つながった → 【2】へ\n　（Ｂ）ご不在\n・他社の内定はお断りしたこと\n";
        let l = Letter::read(text, Medium::Phone, Lang::Ja);
        let said: Vec<&str> = l.sentences.iter().map(|s| l.sentence_text(s)).collect();
        assert!(
            said.iter()
                .any(|s| s.ends_with("湯の量と温度を旅館の方々と何年も測り続けている")),
            "{said:?}"
        );
        // A line with a mark of its own, under an item that points elsewhere, is the next one.
        assert!(said.iter().any(|s| s.starts_with("（Ｂ）")), "{said:?}");
        assert!(said.contains(&"他社の内定はお断りしたこと"), "{said:?}");
    }

    #[test]
    fn a_title_names_its_company_after_a_hyphen() {
        assert_eq!(
            company_in("PHONE SCRIPT - Hibiki Sign Interpreting Co., Ltd. (HR, Ms. Aoki)")
                .as_deref(),
            Some("Hibiki Sign Interpreting")
        );
        // A hyphen inside a name stays.
        assert_eq!(
            company_in("Call script: Tri-Star Foods Inc.").as_deref(),
            Some("Tri-Star Foods")
        );
    }

    #[test]
    fn a_note_in_brackets_after_a_quoted_line_is_not_said() {
        let text = "RECEPTION\n\"Could I speak with Ms. Sato?\" (slowly)\n\nMS. SATO\n\"Another company needed my answer by the 4th, and the mistake is mine.\" (the deadline is a fact - move on)\n\"Whatever you decide, I will accept it.\"\n";
        let l = Letter::read(text, Medium::Phone, Lang::En);
        let said: Vec<&str> = l.sentences.iter().map(|s| l.sentence_text(s)).collect();
        assert!(
            said.iter()
                .all(|s| !s.contains("move on") && !s.contains("slowly")),
            "{said:?}"
        );
        assert!(
            said.iter().any(|s| s.contains("Whatever you decide")),
            "{said:?}"
        );
        let ja = "【担当】\n「どのようなご判断でも受け止めます。」（ゆっくり）\n";
        let l = Letter::read(ja, Medium::Phone, Lang::Ja);
        let said: Vec<&str> = l.sentences.iter().map(|s| l.sentence_text(s)).collect();
        assert!(said.iter().all(|s| !s.contains("ゆっくり")), "{said:?}");
        // A bracket that is part of what is said stays.
        assert_eq!(
            said_before_aside("本日（26日）に伺います。"),
            "本日（26日）に伺います。".len()
        );
    }

    #[test]
    fn what_to_do_after_the_call_is_not_said() {
        let text = "■担当の方\n私「どのようなご判断でも受け止めます。」\n\nD．難しいと言われたとき\n私「承知いたしました。ありがとうございました。」\n\n電話が終わったら：お話の内容をノートに書く。\n";
        let l = Letter::read(text, Medium::Phone, Lang::Ja);
        let said: Vec<&str> = l.sentences.iter().map(|s| l.sentence_text(s)).collect();
        assert!(said.iter().all(|s| !s.contains("ノート")), "{said:?}");
        assert!(
            said.iter().any(|s| s.contains("承知いたしました")),
            "{said:?}"
        );
    }

    #[test]
    fn a_medical_corporation_is_named_without_its_legal_form_or_the_sheet_title() {
        let text = "電話台本　社会医療法人 山峡会　法人本部 人事課　佐伯様\n\n受付へ\n「明和大学の長尾と申します。」\n";
        let l = Letter::read(text, Medium::Phone, Lang::Ja);
        assert_eq!(l.company.as_deref(), Some("山峡会"));
    }

    #[test]
    fn email_parts() {
        let l = Letter::read(EMAIL, Medium::Email, Lang::Ja);
        let parts: Vec<Part> = l.lines.iter().map(|l| l.part).collect();
        use Part::*;
        assert_eq!(
            parts,
            vec![
                Header, Header, Blank, Address, Address, Address, Blank, Body, Body, Body, Blank,
                Signature, Signature, Signature, Signature, Signature
            ]
        );
        assert_eq!(
            &EMAIL[l.subject.clone().unwrap()],
            "内定辞退撤回のお願い（東都大学 山田太郎）"
        );
        assert_eq!(l.company.as_deref(), Some("北斗精機"));
        let said: Vec<&str> = l.sentences.iter().map(|s| l.sentence_text(s)).collect();
        assert_eq!(
            said,
            vec![
                "お世話になっております。",
                "東都大学の山田です。",
                "貴社の製品が好きです。"
            ]
        );
        // The caret of a sentence that wraps stays on its first line.
        let s = &l.sentences[2];
        assert_eq!(&EMAIL[l.prose.span(s.range.clone())], "貴社の");
    }

    #[test]
    fn english_address_block_before_dear() {
        let text = "Subject: Request to reconsider – Yuto Sasaki\n\nKestrel Robotics Inc.\nHuman Resources\nMs. Rachel Kim\n\nDear Ms. Kim,\n\nI declined your offer.\nI regret it.\n\nSincerely,\nYuto Sasaki\nyuto@example.jp\n";
        let l = Letter::read(text, Medium::Email, Lang::En);
        let parts: Vec<Part> = l.lines.iter().map(|l| l.part).collect();
        use Part::*;
        assert_eq!(
            parts,
            vec![
                Header, Blank, Address, Address, Address, Blank, Salutation, Blank, Body, Body,
                Blank, Closing, Signature, Signature
            ]
        );
        assert_eq!(l.company.as_deref(), Some("Kestrel Robotics"));
        assert_eq!(l.sentences.len(), 2);
    }

    #[test]
    fn dialogue_scripts_keep_the_students_lines() {
        let text = "電話メモ（株式会社ヒバリ保育 人事部 竹内様）\n\n受付：「お電話ありがとうございます。」\n私：「緑ヶ丘大学の西田と申します。竹内様はいらっしゃいますか。」\n担当：「竹内です。」\n私：「先日は申し訳ございませんでした。」\n";
        let l = Letter::read(text, Medium::Phone, Lang::Ja);
        let said: Vec<&str> = l.sentences.iter().map(|s| l.sentence_text(s)).collect();
        assert_eq!(
            said,
            vec![
                "緑ヶ丘大学の西田と申します。",
                "竹内様はいらっしゃいますか。",
                "先日は申し訳ございませんでした。"
            ]
        );
        assert_eq!(l.company.as_deref(), Some("ヒバリ保育"));
        assert_eq!(detect_medium(text), Medium::Phone);
    }

    #[test]
    fn bullets_are_sentences_of_their_own() {
        let text = "【理由】\n・辞退した翌日、ゼミで発表しました\n・そこで気づきました\n";
        let l = Letter::read(text, Medium::Phone, Lang::Ja);
        let said: Vec<&str> = l.sentences.iter().map(|s| l.sentence_text(s)).collect();
        assert_eq!(
            said,
            vec!["辞退した翌日、ゼミで発表しました", "そこで気づきました"]
        );
    }

    /// Each sentence with the part it was read as.
    /// The part of the first line of an email that contains `needle`.
    fn email_line_part(text: &str, lang: Lang, needle: &str) -> Option<Part> {
        let l = Letter::read(text, Medium::Email, lang);
        l.lines
            .iter()
            .find(|line| text[line.full.clone()].contains(needle))
            .map(|line| line.part)
    }

    fn parts(text: &str, lang: Lang) -> Vec<(Part, String)> {
        let l = Letter::read(text, Medium::Phone, lang);
        l.sentences
            .iter()
            .map(|s| (s.part, l.sentence_text(s).to_owned()))
            .collect()
    }

    #[test]
    fn a_noted_sentence_with_toki_opens_no_case_but_a_noted_case_does() {
        let text = "電話台本\n※話すときは「御社」。\n\n【受付】\n「お忙しいところ失礼いたします。東都大学の三浦と申します。」\n\n【担当者】\n「お世話になっております。」\n\n※辞退したときのことは短く。\n「辞退は私自身が決めたことです。」\n\n※受付で不在と言われたら、伝言を頼む。\n「それでは、改めてお電話いたします。」\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Reception, "お忙しいところ失礼いたします。".into())));
        assert!(said.contains(&(Part::Talk, "辞退は私自身が決めたことです。".into())));
        assert!(said.contains(&(Part::Branch, "それでは、改めてお電話いたします。".into())));
    }

    #[test]
    fn a_table_names_its_columns_without_a_rule_under_them() {
        let text = "電話の台本\n\n項目｜セリフ\n受付｜お忙しいところ失礼いたします。東都大学の三浦と申します。\nお詫び｜採用の計画を変えるお手間をおかけしました。\n不在のとき｜承知いたしました。改めてお電話いたします。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "採用の計画を変えるお手間をおかけしました。".into()
        )));
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
    }

    #[test]
    fn table_rows_of_notes_and_of_cases_named_after_the_speaker() {
        let text = "｜話す人｜内容｜\n｜メモ｜静かな場所で。ゆっくり話す。｜\n｜私｜「11月10日に内定辞退をお伝えいたしました。」｜\n｜メモ｜ここから分岐｜\n｜私（小田切様ご不在）｜「改めてお電話いたします。」｜\n｜メモ｜切ったら、すぐ手帳に書く。｜\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "11月10日に内定辞退をお伝えいたしました。".into()
        )));
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
        for note in ["ゆっくり話す", "手帳に書く"] {
            assert!(
                said.iter()
                    .all(|(p, t)| *p == Part::Note || !t.contains(note)),
                "{note}: {said:?}"
            );
        }
    }

    #[test]
    fn a_table_s_first_column_names_the_scene_and_its_case() {
        let text = "場面｜相手（想定）｜自分のせりふ\n受付｜「はい、潮路汽船でございます。」｜「山田と申します。長尾様はいらっしゃいますでしょうか。」\n受付｜「少々お待ちください。」｜（そのまま待つ）\n担当者｜「長尾です。」｜「7月6日に内定を辞退した件でお電話いたしました。」\n担当者（断り）｜「採用枠が埋まっております。」｜「承知いたしました。失礼いたします。」\n受付（不在）｜「外出しております。」｜「改めてお電話いたします。」\n";
        let said = parts(text, Lang::Ja);
        assert!(
            said.contains(&(Part::Reception, "山田と申します。".into())),
            "{said:?}"
        );
        assert!(said.contains(&(
            Part::Talk,
            "7月6日に内定を辞退した件でお電話いたしました。".into()
        )));
        assert!(
            said.contains(&(Part::Branch, "承知いたしました。".into())),
            "{said:?}"
        );
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
        assert!(
            said.iter().all(|(_, t)| !t.contains("そのまま待つ")),
            "{said:?}"
        );
    }

    #[test]
    fn speakers_tagged_with_an_arrowhead_speak() {
        let text = "// call log draft\n\nTHEM> Thank you for calling.\nME> Good afternoon. My name is Haruna Ogiwara.\nTHEM> Arakawa speaking.\nME> I'm calling about the offer I declined last Friday.\n";
        let said = parts(text, Lang::En);
        assert!(said
            .iter()
            .any(|(p, t)| *p == Part::Talk
                && t == "I'm calling about the offer I declined last Friday."));
        assert!(said.iter().all(|(_, t)| !t.contains("ME>")));
    }

    #[test]
    fn a_marked_line_said_politely_is_said() {
        let text = "【小林様へ】\n小林様、お世話になっております。\n\n★大事　私の辞退で、御社の採用計画を変えていただくことになりました。誠に申し訳ございません。\n\n■自分の話は2分以内。質問されたら短く答える。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Talk, "誠に申し訳ございません。".into())));
        assert!(said
            .iter()
            .all(|(p, t)| *p == Part::Note || !t.contains("2分以内")));
    }

    #[test]
    fn answers_under_quoted_questions_and_lines_under_cases_are_said() {
        let text = "■ 最初に言うこと\n「お忙しいところ恐れ入ります。東都大学の大館と申します。」\n「もう一度、選考の機会をいただけないでしょうか。」\n\n■ 聞かれそうなことと答え\n・「なぜ今になって」\n　→「11月24日、帰省の途中で乗った在来線が、雪で2時間止まりました。」\n\n■ 分かれ道\n・三浦様がご不在\n　→「承知いたしました。改めてお電話いたします。」\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Branch,
            "11月24日、帰省の途中で乗った在来線が、雪で2時間止まりました。".into()
        )));
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
    }

    #[test]
    fn points_between_double_quoted_lines_head_their_parts() {
        let text = "電話メモ\n・『』の中が話すこと。・はメモ。\n\n・受付\n『お忙しいところ恐れ入ります。東央大学のハサンと申します。』\n\n・お詫び（迷惑をかけたことに対して）\n『私の辞退で、配属や研修の準備を組み直すお手間をおかけしました。』\n\n・江藤様がご不在\n『承知いたしました。改めてお電話いたします。』\n";
        let said = parts(text, Lang::Ja);
        assert!(said
            .iter()
            .all(|(_, t)| !t.contains("お詫び（") && !t.contains("ご不在")));
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
    }

    #[test]
    fn a_number_to_dial_heads_nothing() {
        let text = "でんわメモ\n株式会社湯ノ花温浴　人事部　岩城さん\n03-5827-4416\n手元：手帳・ペン\nゆっくり話す。\n\n【受付】\n・お忙しいところ恐れ入ります\n";
        let said = parts(text, Lang::Ja);
        assert!(said
            .iter()
            .all(|(p, t)| *p == Part::Note || !t.contains("ゆっくり")));
    }

    #[test]
    fn the_talk_goes_on_after_the_receptions_case() {
        let text = "CHECKLIST FOR THE CALL\n080-7713-0549 / v.pereyra@azumino-arts.ac.jp\n\n[ ] Reception - who I am, who I want\n    \"Good morning. Could I please speak with Mr. Yokoyama?\"\n\n[ ] If he is out\n    \"Thank you. I will call again then.\"\n\n[ ] Greeting - ask if it is a good time\n    \"Good morning, Mr. Yokoyama. Do you have a few minutes?\"\n\n[ ] Voicemail\n    \"This is Valentina Pereyra. Thank you.\"\n";
        let said = parts(text, Lang::En);
        assert!(said.contains(&(Part::Branch, "I will call again then.".into())));
        assert!(said.contains(&(Part::Talk, "Do you have a few minutes?".into())));
        assert!(said.contains(&(Part::Branch, "This is Valentina Pereyra.".into())));
    }

    #[test]
    fn a_closing_in_the_writers_own_language_signs_off() {
        assert!(is_sign_off("Ngā mihi,"));
        assert!(is_sign_off("Saludos cordiales,"));
        for not in ["However,", "Dear Ms Sato,", "Thank you for your time."] {
            assert!(!is_sign_off(not), "{not}");
        }
    }

    #[test]
    fn tabs_divide_a_scripts_columns() {
        let text = "CALL SCRIPT\tAlföld Dairy Cooperative\n\nWHO / NOTE\tWHAT I SAY\nReceptionist\t\"Good morning. Could I please speak with Ms. Farkas?\"\nHe is out\t\"Could you let her know I called?\"\nMs. Farkas - opening\t\"Thank you for taking my call.\"\nWhat happened\t\"On Monday our university ran its fire drill.\"\n\nBRANCHES\nVoicemail\t\"This is Réka Szalai. Thank you.\"\n";
        let said = parts(text, Lang::En);
        assert!(said.contains(&(Part::Branch, "Could you let her know I called?".into())));
        assert!(said.contains(&(
            Part::Talk,
            "On Monday our university ran its fire drill.".into()
        )));
        assert!(said.contains(&(Part::Branch, "This is Réka Szalai.".into())));
        assert!(said.iter().all(|(_, t)| !t.contains('\t')));
    }

    #[test]
    fn accepting_any_answer_is_the_students_step_not_a_case() {
        assert!(!is_branch_label("[ ] Ask, and accept any answer:"));
        assert!(is_branch_label("[ ] Not available:"));
    }

    #[test]
    fn a_numbered_case_in_brackets_opens_a_branch() {
        let text = "―岡本様―\n2　私：先日は申し訳ございませんでした。\n\n―分岐―\n10　（岡本様が不在のとき）\n私：承知いたしました。\n\n12　（検討すると言われたとき）\n私：ありがとうございます。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Talk, "先日は申し訳ございませんでした。".into())));
        assert!(said.contains(&(Part::Branch, "ありがとうございます。".into())));
    }

    #[test]
    fn a_heading_over_notes_keeps_its_lines_from_being_said() {
        let text = "電話台本\n\n【敬語の確認メモ】\n・相手の言葉は「おっしゃる」だけで十分（重ねない）。\n・お詫びは「申し訳ございません」にそろえる。\n\n■受付の方へ\n私：北陵大学の森と申します。人事部の林様はいらっしゃいますか。\n\n【注意】用件は最初に言う。\n私：先日、内定を辞退いたしました森です。\n";
        let said = parts(text, Lang::Ja);
        assert!(said
            .iter()
            .filter(|(_, t)| t.contains("おっしゃる") || t.contains("そろえる"))
            .all(|(p, _)| *p == Part::Note));
        // A note on one line ([注意] …) does not silence the lines under it.
        for line in ["森と申します", "辞退いたしました森です"] {
            assert!(said
                .iter()
                .any(|(p, t)| *p != Part::Note && t.contains(line)));
        }
    }

    #[test]
    fn timed_headings_open_sections() {
        let text = "通話台本　株式会社ミナモ電機　人事部 北原様\n\n0:00〜0:20　受付\n「青葉大学の水野と申します。」\n\n[0:20–0:40] 北原様へ\n「先日は申し訳ございませんでした。」\n\nApology (0:30-0:50)\n";
        assert_eq!(
            parts(text, Lang::Ja),
            vec![
                (Part::Reception, "青葉大学の水野と申します。".into()),
                (Part::Talk, "先日は申し訳ございませんでした。".into()),
            ]
        );
        assert!(is_timed_heading("Reception (0:00-0:15)"));
        assert!(is_label("-- If he says no --") && is_label("=== 分岐 ==="));
        assert!(!is_label("--"));
        assert!(is_label("＜想定問答＞（聞かれたときだけ）") && is_label(">> She is out"));
        assert!(is_label("(3) If Ms. Miyamae is not available") && is_label("（2）ご不在のとき"));
        assert!(
            !is_label("(1) 辞退理由：地元で働きたかった") && !is_label(">> I will call again.")
        );
        assert!(is_branch_label("お返事別") && is_branch_label("She is out"));
        assert!(!is_branch_label("Ms. Kurosaki"));
        assert!(!is_timed_heading("10:00に伺います。"));
        assert!(!is_timed_heading("10:00〜11:30"));
    }

    #[test]
    fn headings_over_quoted_lines_divide_an_english_script() {
        let text = "Call sheet: Tobira Ferries\n\nKey points\n- Sorry first, then the ferry story.\n- Keep it short.\n\nSwitchboard\n\"Good morning, I am Rui Sato of Minato University.\"\n\nWhen Ms. Abe comes on\n\"I am sorry for the extra work my decline made for your team.\"\n\nIf she is in a meeting\n\"I will call again after three.\"\n\nIf she says no\n\"I understand, and thank you.\"\n";
        assert_eq!(
            parts(text, Lang::En),
            vec![
                (
                    Part::Reception,
                    "Good morning, I am Rui Sato of Minato University.".into()
                ),
                (
                    Part::Talk,
                    "I am sorry for the extra work my decline made for your team.".into()
                ),
                (Part::Branch, "I will call again after three.".into()),
                (Part::Branch, "I understand, and thank you.".into()),
            ]
        );
    }

    #[test]
    fn a_table_of_their_column_and_mine_under_a_bare_rule_says_the_last_column() {
        let text = "電話の台本　株式会社あさぎ会館\n\n相手　　　｜　自分\n──────────────\n受付：お電話ありがとうございます。｜\n　　　　　｜　お忙しいところ恐れ入ります。港大学の森と申します。\n小池様：はい、小池です。｜\n　　　　　｜　先日は大変申し訳ございませんでした。\n（相手の返事を待つ）　｜\n　　　　　｜　どのようなご判断でも受け止めます。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Reception, "港大学の森と申します。".into())));
        assert!(said.contains(&(Part::Talk, "先日は大変申し訳ございませんでした。".into())));
        assert!(said.contains(&(Part::Talk, "どのようなご判断でも受け止めます。".into())));
        assert!(!said.iter().any(|(_, t)| t.contains("お電話ありがとう")));
    }

    #[test]
    fn a_legend_that_gives_their_mark_and_leaves_the_rest_to_the_student() {
        let text = "電話台本：株式会社あけぼの書房　人事部　森様\n書き方：＞は相手の言葉。それ以外は自分が話すこと。\n――――――――\n\n＞はい、あけぼの書房でございます。\n深川大学四年の土屋と申します。\n＞（森様）お電話代わりました。\n先日は大変申し訳ございませんでした。\n\n【不在のとき】\n改めてお電話いたします。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Talk, "先日は大変申し訳ございませんでした。".into())));
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
        assert!(!said.iter().any(|(_, t)| t.contains("書き方")));
    }

    #[test]
    fn a_kana_heading_for_the_recruiter_coming_on_is_the_call_as_planned() {
        let text = "◆ うけつけ\nわたし「みなと大学の 佐藤と もうします。」\n\n◆ 森さまに かわったら\nわたし「まことに もうしわけございません。」\n\n◆ 森さまが いないとき\nわたし「あらためて おでんわ いたします。」\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Talk, "まことに もうしわけございません。".into())));
        assert!(said.contains(&(Part::Branch, "あらためて おでんわ いたします。".into())));
    }

    #[test]
    fn flow_lines_keep_only_what_is_said_after_the_arrow() {
        let text = "【電話フロー】株式会社かもめ日報社\nSTART\n私「秋津大学の飯田と申します。」\n　├ ご不在 →「何時ごろお戻りでしょうか。」→ END\n　→「後にしてほしい」… 時間を伺い、かけ直す\n";
        assert_eq!(
            parts(text, Lang::Ja),
            vec![
                (Part::Talk, "秋津大学の飯田と申します。".into()),
                (Part::Branch, "何時ごろお戻りでしょうか。".into()),
            ]
        );
    }

    #[test]
    fn memo_scripts_say_the_quoted_lines_and_keep_the_points_as_memos() {
        let text = "電話メモ：株式会社ことり旅行社\n\n【受付】\n「桜台大学の森本と申します。」\n\n【堀様】\n4　辞退理由：大手の知名度に惹かれた\n・日曜、駅前で「まちあるき小旅」の旗を見た\n（言う）「本当に申し訳ございません。」\n\n【想定問答】\nQ　なぜ当社なのですか。\nＡ　「ひと町担当の制度があるからです。」\n";
        assert_eq!(
            parts(text, Lang::Ja),
            vec![
                (Part::Reception, "桜台大学の森本と申します。".into()),
                (Part::Memo, "辞退理由：大手の知名度に惹かれた".into()),
                (
                    Part::Memo,
                    "日曜、駅前で「まちあるき小旅」の旗を見た".into()
                ),
                (Part::Talk, "本当に申し訳ございません。".into()),
                (Part::Branch, "ひと町担当の制度があるからです。".into()),
            ]
        );
    }

    #[test]
    fn breath_marks_are_not_said_but_a_note_keeps_its_slashes() {
        let text = "〈受付〉\n信州学院大学の／田村と申します。\n\n〈石川様〉\n心より／お詫び申し上げます。\nお詫び：計画の組み直し／書類／お手間\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Talk, "心よりお詫び申し上げます。".into())));
        assert!(said.iter().any(|(_, t)| t.contains("計画の組み直し／書類")));
        let en = parts(
            "[Receptionist]\nMy name is Aoi Sato, / from Hokuto University.\n",
            Lang::En,
        );
        assert_eq!(en[0].1, "My name is Aoi Sato, from Hokuto University.");
    }

    #[test]
    fn a_question_or_two_in_quotation_marks_does_not_make_a_quoted_script() {
        // Read like 「」 scripts, the plain lines would be taken for headings and notes.
        let text = "読み上げ原稿（「／」で息をつぐ）\n\n〈石川様〉\n11月20日に、内定の辞退をお伝えいたしました。\n心よりお詫び申し上げます。\n22日に、祖母を訪ねました。\n\n〈分岐〉\n●「なぜ辞退したのですか」\n営業職への不安からでございます。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Talk, "心よりお詫び申し上げます。".into())));
        assert!(said.contains(&(Part::Talk, "22日に、祖母を訪ねました。".into())));
    }

    #[test]
    fn a_name_with_its_romanization_starts_the_signature() {
        let text = "株式会社みどり造園\n人事部 林様\n\nお世話になっております。\nどうぞよろしくお願いいたします。\n\nチャン・ミン・アン（Tran Minh Anh）\n東和農林大学 農学部 4年\n電話：090-3852-6107\nメール：tran@towa.example\n";
        let l = Letter::read(text, Medium::Email, Lang::Ja);
        assert_eq!(
            l.sender_name().as_deref(),
            Some("チャン・ミン・アン（Tran Minh Anh）")
        );
        // A course and year on a line of their own name no one.
        let text = "株式会社ハーネス\n人事課 吉永様\n\nお世話になっております。\nどうぞよろしくお願いいたします。\n\n＝＝＝＝＝＝＝＝\n北陵教育大学　教育学部\n初等教育教員養成課程　四年\n宇佐美　千尋（うさみ　ちひろ）\n電話：080-6352-1907\n＝＝＝＝＝＝＝＝\n";
        let l = Letter::read(text, Medium::Email, Lang::Ja);
        assert_eq!(
            l.sender_name().as_deref(),
            Some("宇佐美　千尋（うさみ　ちひろ）")
        );
    }

    #[test]
    fn a_case_named_at_length_between_rules_heads_a_branch() {
        let text = "--- Ms. Sone ---\nIt's about the offer I declined on Friday.\n\n--- If she asks \"Won't you change your mind again?\" ---\nNo. I've seen now what I want to be doing.\n\n--- If she says no, or the place is filled ---\nI understand.\n";
        let said = parts(text, Lang::En);
        assert_eq!(
            said[0],
            (
                Part::Talk,
                "It's about the offer I declined on Friday.".into()
            )
        );
        assert!(
            said[1..].iter().all(|(p, _)| *p == Part::Branch),
            "{said:?}"
        );
        // A long title between rules heads no case: what follows is still the talk.
        let text = "--- Call plan: Moonfield Tofu Co., Human Resources ---\n\n**Why I am calling:** On Tuesday I called to decline your offer.\n";
        assert!(parts(text, Lang::En)
            .iter()
            .all(|(p, _)| *p != Part::Branch));
    }

    #[test]
    fn a_heading_in_capitals_with_a_dash_names_its_case() {
        let text = "[MS. BRANDT]\nME: I am calling about the offer I declined on Thursday.\n\nBRANCH A - Ms. Brandt is not available\nME: Could you tell me when she will be back?\n\nCASE 2 — she says no\nME: I understand.\n";
        let said = parts(text, Lang::En);
        assert_eq!(
            said[0],
            (
                Part::Talk,
                "I am calling about the offer I declined on Thursday.".into()
            )
        );
        assert!(
            said[1..].iter().all(|(p, _)| *p == Part::Branch),
            "{said:?}"
        );
        assert!(!said
            .iter()
            .any(|(_, t)| t.contains("BRANCH") || t.contains("CASE")));
    }

    #[test]
    fn tilde_rules_and_checklist_steps_head_sections() {
        let text = "~~~ reception ~~~\nMy name is Yui Shimoda, from Mizusawa University.\n\n~~~ he's out ~~~\nThank you, I'll call again then.\n\n~~~ Mr. Naruse ~~~\nI'm sorry for the trouble my decline caused.\n";
        let said = parts(text, Lang::En);
        assert_eq!(said[0].0, Part::Reception);
        assert_eq!(said[1].0, Part::Branch);
        assert_eq!(
            said.last().unwrap(),
            &(
                Part::Talk,
                "I'm sorry for the trouble my decline caused.".into()
            )
        );
        let plan = "[ ] STEP 1 - reception answers\n    SAY: My name is Mai Kuroda.\n    -> he is out: BRANCH A\n\n[ ] STEP 2 - Mr. Hatano\n    SAY: I'm calling about the offer I declined on Tuesday.\n";
        let said = parts(plan, Lang::En);
        assert!(said.contains(&(
            Part::Talk,
            "I'm calling about the offer I declined on Tuesday.".into()
        )));
    }

    #[test]
    fn kinds() {
        assert_eq!(detect_medium(EMAIL), Medium::Email);
        assert_eq!(
            detect_medium("株式会社A\n人事部 佐藤様\n\nお世話になっております。\n"),
            Medium::Email
        );
        assert_eq!(
            detect_medium(
                "【受付】\nお忙しいところ失礼いたします。\n【担当者】\nお世話になっております。\n"
            ),
            Medium::Phone
        );
        assert_eq!(
            detect_medium("Dear Ms. Chen,\n\nThank you.\n"),
            Medium::Email
        );
        // A script's title, then whom to ask for: `To:` is not an email header there.
        let script = "CALL SCRIPT: Kawase Shuzo Co., Ltd.\nTo: Mr. Oda, General Affairs\n\n\
                      [Reception]\nMay I speak with Mr. Oda, please?\n\n[Mr. Oda]\nThank you.\n";
        assert_eq!(detect_medium(script), Medium::Phone);
        assert_eq!(
            detect_medium("To: oda@kawase.example\nSubject: Call script\n\nDear Mr. Oda,\n"),
            Medium::Email
        );
        // A script laid out as a table, or in bold labels, names a part only a call has.
        assert_eq!(
            detect_medium("PART\tWHAT I SAY\nReception\tGood morning. My name is Ayu Santoso.\nMr. Ashdown\tThank you for taking my call.\n"),
            Medium::Phone
        );
        assert_eq!(
            detect_medium("**To reception:** \"Good morning. My name is Nilan Raja.\"\n\n**Opening:** \"Thank you for taking my call.\"\n"),
            Medium::Phone
        );
        assert_eq!(
            detect_medium("Dear Ms. Chen,\n\nThe receptionist kindly passed on my message.\n\nSincerely,\nAyu\n"),
            Medium::Email
        );
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(line_col("ab\n御社x", 3 + "御社".len()), (2, 3));
    }

    #[test]
    fn numbered_headings_divide_a_script_into_sections() {
        let text = "電話メモ\n発信：11月26日10時ごろ。\n\n1. 受付\n・山川大学の森と申します。\n\n2. 佐藤様\n・辞退の件でお電話いたしました。\n\n3. ご不在のとき\n・改めてお電話いたします。\n";
        assert_eq!(
            parts(text, Lang::Ja),
            vec![
                (Part::Reception, "山川大学の森と申します。".into()),
                (Part::Talk, "辞退の件でお電話いたしました。".into()),
                (Part::Branch, "改めてお電話いたします。".into()),
            ]
        );
    }

    #[test]
    fn steps_numbered_in_kanji_with_a_note_in_brackets_divide_a_script() {
        let text = "電話メモ\n\n一．受付（約30秒・取り次ぎを待つ間も含む）\n私：北浜大学の岡田と申します。\n\n二．川村様に（約30秒）\n私：辞退の件でお電話いたしました。\n\n三．ご不在のとき\n私：改めてお電話いたします。\n";
        assert_eq!(
            parts(text, Lang::Ja),
            vec![
                (Part::Reception, "北浜大学の岡田と申します。".into()),
                (Part::Talk, "辞退の件でお電話いたしました。".into()),
                (Part::Branch, "改めてお電話いたします。".into()),
            ]
        );
    }

    #[test]
    fn a_speaker_named_in_tortoise_shell_brackets_speaks() {
        let text = "【お電話の台本】\n\n〔受付〕はい、大鷹醤油でございます。\n〔私〕お忙しいところ恐れ入ります。東嶺大学の村田と申します。\n〔荒木様〕お電話代わりました、荒木です。\n〔私〕先日の内定辞退の件で、お電話いたしました。\n";
        let got = parts(text, Lang::Ja);
        assert!(got.contains(&(
            Part::Talk,
            "先日の内定辞退の件で、お電話いたしました。".into()
        )));
        assert!(!got.iter().any(|(_, t)| t.contains("大鷹醤油でございます")));
    }

    #[test]
    fn a_line_said_under_a_one_line_note_starts_the_talk() {
        let text = "電話の台本\n\n【注意】受付では大学名と名前を先に言う。\n「お忙しいところ恐れ入ります。北斗大学の竹内と申します。」\n\n【注意】用件は一息で言う。\n「もう一度御社で働く機会をいただけないかと思い、お電話いたしました。」\n\n――――ここから分かれ道――――\n";
        let got = parts(text, Lang::Ja);
        assert!(got.contains(&(Part::Talk, "お忙しいところ恐れ入ります。".into())));
        assert!(got.contains(&(
            Part::Talk,
            "もう一度御社で働く機会をいただけないかと思い、お電話いたしました。".into()
        )));
    }

    #[test]
    fn steps_numbered_in_circles_past_five_are_said() {
        let text = "電話の台本\n\n［大塚様］\n③ 「11月13日に内定を辞退いたしました件で、お電話いたしました。」\n⑦ 「もう一度ご検討いただけないでしょうか。」\n⑫ 「ありがとうございました。」\n";
        assert_eq!(
            parts(text, Lang::Ja),
            vec![
                (
                    Part::Talk,
                    "11月13日に内定を辞退いたしました件で、お電話いたしました。".into()
                ),
                (Part::Talk, "もう一度ご検討いただけないでしょうか。".into()),
                (Part::Talk, "ありがとうございました。".into()),
            ]
        );
    }

    #[test]
    fn an_answer_after_an_arrow_under_a_likely_question_is_said() {
        let text = "電話メモ\n\n■受付で\n・「北浜大学の岡田と申します。」\n\n■想定される質問と答え\n・なぜ今になって？\n　→「7日の土曜日、市民講座で浜田様のお話を伺いました。」\n\n■最後に必ず言うこと\n・「どのようなご判断でも受け止めます。」\n";
        assert!(parts(text, Lang::Ja).contains(&(
            Part::Branch,
            "7日の土曜日、市民講座で浜田様のお話を伺いました。".into()
        )));
    }

    #[test]
    fn an_arrow_in_a_wording_note_after_a_line_opens_no_branch() {
        let text = "お電話のメモ\n\n◆受付の方へ\nお忙しいところ恐れ入ります。（「すみません」→「恐れ入ります」）\n北浜大学の岡田と申します。\n\n◆川村様へ\n11月5日に内定を辞退した件で、お電話いたしました。（「電話しました」→「お電話いたしました」）\n";
        let got = parts(text, Lang::Ja);
        assert!(got.contains(&(Part::Reception, "お忙しいところ恐れ入ります。".into())));
        assert!(got.contains(&(
            Part::Talk,
            "11月5日に内定を辞退した件で、お電話いたしました。".into()
        )));
        assert!(!got.iter().any(|(p, _)| *p == Part::Branch));
    }

    #[test]
    fn a_case_after_an_arrow_or_a_tree_mark_is_a_branch_and_the_recruiters_label_resumes_the_talk()
    {
        let text = "電話原稿\n\n〈受付〉\n自分：山川大学の森と申します。\n　└不在のとき\n　自分：改めてお電話いたします。\n\n〈担当：佐藤様〉\n自分：辞退の件でお電話いたしました。\n　＞難しいと言われたら\n　自分：承知いたしました。\n　└ 地域に根ざした会社\n";
        let got = parts(text, Lang::Ja);
        assert_eq!(
            got[..4],
            [
                (Part::Reception, "山川大学の森と申します。".into()),
                (Part::Branch, "改めてお電話いたします。".into()),
                (Part::Talk, "辞退の件でお電話いたしました。".into()),
                (Part::Branch, "承知いたしました。".into()),
            ]
        );
        // A point in a tree list names no case: not a branch's heading.
        assert!(!got.iter().any(|(p, _)| *p == Part::Label));
    }

    #[test]
    fn advice_in_brackets_and_rules_around_headings_leave_the_talk_where_it_is() {
        let text = "Call script: Kaiun Co., Ltd.\nMe: Aya Mori, Isonami University, 4th year\n\n----------\nAT THE SWITCHBOARD\n----------\n\"May I speak with Mr. Yagi?\"\n\n[Recruiter]\n\"I am calling about my offer.\"\n[If he is busy: ask when to call back, thank him, and hang up.]\n\"I am very sorry for the trouble.\"\n";
        assert_eq!(
            parts(text, Lang::En),
            vec![
                (Part::Reception, "May I speak with Mr. Yagi?".into()),
                (Part::Talk, "I am calling about my offer.".into()),
                (Part::Talk, "I am very sorry for the trouble.".into()),
            ]
        );
    }

    #[test]
    fn a_word_in_quotation_marks_in_the_preamble_is_a_note_not_a_line_to_say() {
        let text = "電話原稿\n・「御社」と言う。語尾を飲み込まない。\n\n[受付用]\n私「山川大学の森と申します。」\n";
        assert_eq!(
            parts(text, Lang::Ja),
            vec![(Part::Reception, "山川大学の森と申します。".into())]
        );
    }

    #[test]
    fn bracketed_numbers_single_rules_and_ellipses_head_sections() {
        let text = "Call plan - Kaiun Co., Ltd.\nDeclined: Friday 20 November\n\n[ 1 ] Switchboard\n\"May I speak with Mr. Yagi?\"\n\n* Mr. Yagi *\nI am calling about my offer.\n\n<3> If he is out\nI will call again then.\n\nPART 4 - WHAT IF...\n...he says no\nI understand.\n";
        assert_eq!(
            parts(text, Lang::En),
            vec![
                (Part::Reception, "May I speak with Mr. Yagi?".into()),
                (Part::Talk, "I am calling about my offer.".into()),
                (Part::Branch, "I will call again then.".into()),
                (Part::Branch, "I understand.".into()),
            ]
        );
        assert!(is_label("=== If ... says ... ===") && is_label("＝受付で＝"));
        assert!(!is_label("[ 2 ] \"Good morning.\"") && !is_label("* Thank you. *"));
    }

    #[test]
    fn another_way_to_say_a_line_and_what_to_do_are_not_the_talk() {
        let text = "電話原稿\n\n〈担当者〉\n1　辞退の件でお電話いたしました。\n　［言い換え］辞退のことでご連絡いたしました。\n\n〈ご不在のとき〉\nお戻りの時間を伺い、改めてお電話いたしますとお伝えする。\n承知いたしました。\n";
        assert_eq!(
            parts(text, Lang::Ja),
            vec![
                (Part::Talk, "辞退の件でお電話いたしました。".into()),
                (Part::Branch, "辞退のことでご連絡いたしました。".into()),
                (Part::Branch, "承知いたしました。".into()),
            ]
        );
    }

    #[test]
    fn a_long_item_wrapped_onto_the_next_line_runs_on_and_a_short_one_heads_a_paragraph() {
        let text = "貴社を志望する理由は、次の2点です。\n1．医療機器業界をリードする企業として、高い技術力と安定した\n経営基盤をお持ちであること\n2．若手が挑戦できること\n\n・お詫び\n辞退により、貴社の採用業務に\nお手間をおかけしました。\n";
        let l = Letter::read(text, Medium::Email, Lang::Ja);
        let said: Vec<&str> = l.sentences.iter().map(|s| l.sentence_text(s)).collect();
        assert!(said.contains(
            &"医療機器業界をリードする企業として、高い技術力と安定した経営基盤をお持ちであること"
        ));
        assert!(said.contains(&"お詫び"));
    }

    #[test]
    fn a_turn_that_runs_onto_an_indented_line_is_said_not_a_field_of_the_sheet() {
        let text = "Call script - Kaiun Co., Ltd.\nMe: Aya Mori, Isonami University\n\nMe: Good morning. I am Aya Mori, a student at\n    Isonami University. May I speak with Mr. Yagi?\n\n--- If he is out ---\nMe: I will call again.\n";
        assert_eq!(
            parts(text, Lang::En),
            vec![
                (Part::Talk, "Good morning.".into()),
                (
                    Part::Talk,
                    "I am Aya Mori, a student at Isonami University.".into()
                ),
                (Part::Talk, "May I speak with Mr. Yagi?".into()),
                (Part::Branch, "I will call again.".into()),
            ]
        );
    }

    #[test]
    fn a_line_that_names_a_case_opens_a_branch_but_the_recruiter_coming_on_does_not() {
        let text = "電話原稿\n\n〈受付〉\n北浜大学の森と申します。\n\n佐伯様に代わったら\n辞退の件でお電話いたしました。\n\nパターンB：検討するとのお返事の場合\n承知いたしました。\n";
        assert_eq!(
            parts(text, Lang::Ja),
            vec![
                (Part::Reception, "北浜大学の森と申します。".into()),
                (Part::Talk, "辞退の件でお電話いたしました。".into()),
                (Part::Branch, "承知いたしました。".into()),
            ]
        );
    }

    #[test]
    fn the_receptionist_answering_is_not_a_branch() {
        let text = "PHONE SCRIPT: Lantern Games\n\n[Receptionist answers]\nME: May I speak with Ms. Ebara?\n\n[Ms. Ebara]\nME: I am calling about my offer.\n";
        assert_eq!(
            parts(text, Lang::En),
            vec![
                (Part::Reception, "May I speak with Ms. Ebara?".into()),
                (Part::Talk, "I am calling about my offer.".into()),
            ]
        );
    }

    #[test]
    fn speakers_set_off_by_wide_spaces_take_turns() {
        let text = "電話台本\n○＝私　●＝担当者\n\n●受付　　はい、つみき堂でございます。\n○私　　　北浜大学の森と申します。\n担当者　お電話代わりました。\n私　　　辞退の件でお電話いたしました。\n\n＜こうなったら＞\n・ご不在\n私　　　改めてお電話いたします。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Talk, "辞退の件でお電話いたしました。".into())));
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
        assert!(!said.iter().any(|(_, t)| t.contains("つみき堂")));
        // 【私】の部分は…: a note about the speaker. 【私】はい。: the student saying yes.
        assert_eq!(speaker("【私】の部分は読み上げる言葉。"), None);
        assert!(speaker("【私】はい。").is_some_and(|(me, _)| me));
    }

    #[test]
    fn short_lines_over_lists_head_a_script_in_bullets() {
        let text = "Receptionist\n- Could I please speak with Ms. Hirose?\n\nMs. Hirose\n- I'm calling about the offer I declined last Friday.\n\nIf she is out\n- Could you tell me when she will be back?\n\nIf she asks whether I might change my mind again\n- No; I have turned down the other offer.\n";
        assert_eq!(detect_medium(text), Medium::Phone);
        let said = parts(text, Lang::En);
        assert_eq!(said[0].0, Part::Reception);
        assert_eq!(
            said[1],
            (
                Part::Talk,
                "I'm calling about the offer I declined last Friday.".into()
            )
        );
        assert!(said[2..].iter().all(|(p, _)| *p == Part::Branch));
        // An email's paragraph before a list is not a heading of a script.
        assert_eq!(
            detect_medium(
                "Dear Ms. Chen,\n\nWhat changed:\n- I visited the plant.\n\nSincerely,\nMei Lin\n"
            ),
            Medium::Email
        );
    }

    #[test]
    fn the_name_after_the_affiliation_on_one_line_is_the_senders() {
        assert_eq!(
            name_in_line("北陵大学 経済学部 4年 山田花子"),
            Some("山田花子")
        );
        assert_eq!(
            name_in_line("北陵大学　経済学部　山田 花子"),
            Some("山田 花子")
        );
        assert_eq!(name_in_line("Mei Lin, Toto University"), Some("Mei Lin"));
        assert_eq!(
            name_in_line("Ken Sato (4th year, Economics)"),
            Some("Ken Sato")
        );
        assert_eq!(name_in_line("北陵大学 経済学部 経済学科 4年"), None);
        assert_eq!(
            name_in_line("Hokuto University, Faculty of Economics"),
            None
        );
        assert_eq!(
            name_in_line("博士課程1年 森 まどか（もり まどか）"),
            Some("森 まどか")
        );
        assert_eq!(
            name_in_line("Nur Aisyah binti Mohd Rahimi"),
            Some("Nur Aisyah binti Mohd Rahimi")
        );
    }

    #[test]
    fn marks_used_without_a_legend_say_whose_lines_they_start() {
        let text = "△ 11月19日（木）10時ごろにかける。\n△ 言い訳はしない。\n\n【受付】\n◎ お世話になっております。北浜大学の三木と申します。\n\n【担当の方】\n◎ 先日、内定を辞退した件でお電話いたしました。\n◎ 私の辞退で、研修の準備をやり直していただくことになり、申し訳ございません。\n△ 言い終えたら待つ。\n\n△ ご不在なら\n◎ 承知いたしました。改めてお電話いたします。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "私の辞退で、研修の準備をやり直していただくことになり、申し訳ございません。".into()
        )));
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
        for note in ["言い訳", "待つ", "ご不在なら"] {
            assert!(
                said.iter()
                    .all(|(p, t)| *p == Part::Note || !t.contains(note)),
                "{note}: {said:?}"
            );
        }
    }

    #[test]
    fn a_starred_line_in_quotes_is_said_and_parts_may_be_named_in_quotes() {
        let text = "【本題】\n★「私の辞退で、研修のご準備をやり直していただくことになりました。深くお詫び申し上げます。」\n■「社内で検討します」\n「承知いたしました。」\n";
        let said = parts(text, Lang::Ja);
        assert!(
            said.contains(&(Part::Talk, "深くお詫び申し上げます。".into())),
            "{said:?}"
        );
        let text = "「受付の方へ」\nお忙しいところ失礼いたします。北浜大学の三木と申します。\n\n「担当の方へ」\n先日、内定を辞退した件でお電話いたしました。\n\n「受付の方へ」（ご不在のとき）\n承知いたしました。改めてお電話いたします。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
        // Said to the reception when the recruiter is out: not the talk with the recruiter.
        assert!(
            said.iter()
                .any(|(p, t)| *p != Part::Talk && t == "改めてお電話いたします。"),
            "{said:?}"
        );
    }

    #[test]
    fn a_business_letter_may_give_its_subject_above_dear() {
        let text = "Aiko Ren\n12 Elm Street\nNorthfield University\n\nNovember 19, 2026\n\nMs. Dana Cole\nRecruiting Manager\nFirnline Instruments, Inc.\n\nSubject: Request for reconsideration of the offer I declined last week\n\nDear Ms. Cole:\n\nThank you for taking my call this morning.\n";
        let letter = Letter::read(text, Medium::Email, Lang::En);
        let subject = letter.subject.clone().map(|r| &text[r]);
        assert_eq!(
            subject,
            Some("Request for reconsideration of the offer I declined last week")
        );
        let dear = letter
            .lines
            .iter()
            .position(|l| l.part == Part::Salutation)
            .map(|i| letter.line_text(i));
        assert_eq!(dear, Some("Dear Ms. Cole:"));
        assert!(letter
            .lines
            .iter()
            .take_while(|l| l.part != Part::Salutation)
            .all(|l| !l.part.is_prose()));
    }

    #[test]
    fn a_text_with_no_full_stop_ends_a_sentence_at_each_line() {
        let text = "受付の方へ\nお忙しいところ失礼いたします\n北浜大学の三木と申します\n\n担当の方へ\n先日、内定を辞退した件でお電話いたしました\n辞退の翌日、研究室の先輩が御社の\n測定器を使っているのを見ました\n";
        let said = parts(text, Lang::Ja);
        assert!(
            said.contains(&(Part::Talk, "北浜大学の三木と申します".into())),
            "{said:?}"
        );
        assert!(said.contains(&(
            Part::Talk,
            "辞退の翌日、研究室の先輩が御社の測定器を使っているのを見ました".into()
        )));
    }

    #[test]
    fn a_transcripts_times_stand_before_its_speakers() {
        let text = "Call plan\n\n[09:30:00] RECEPTION: Good morning.\n[09:30:04] ME: Good morning. Could I speak with Ms. Ota?\n09:30:40  ME: I am calling about the offer I declined last week.\n\n--- if she is out ---\n[09:30:20] ME: I will call again.\n";
        let said = parts(text, Lang::En);
        assert!(said.contains(&(
            Part::Talk,
            "I am calling about the offer I declined last week.".into()
        )));
        assert!(said.contains(&(Part::Branch, "I will call again.".into())));
        assert!(said.iter().all(|(_, t)| !t.contains("09:30")), "{said:?}");
        assert_eq!(clock_len("[10:30] ME: Hi."), "[10:30] ".len());
        assert_eq!(clock_len("0:00〜0:20　受付"), 0);
    }

    #[test]
    fn the_other_side_speaking_starts_the_talk_and_a_title_is_no_sentence() {
        let text = "CALL SCRIPT | Tamase Medical\nFlush left = me. Indented = them.\n\nHello, I am Rina Okabe. Could I please speak with Mr. Arima?\n        Receptionist: Please hold.\n        Mr. Arima: Arima speaking.\n\nMr. Arima, this is Rina Okabe. Do you have a few minutes?\n        Mr. Arima: Yes, go ahead.\n\nI am calling about the offer I declined.\n\n-- If he is out --\nI will call again.\n";
        let said = parts(text, Lang::En);
        assert_eq!(
            said[0],
            (Part::Talk, "Mr. Arima, this is Rina Okabe.".into())
        );
        assert!(!said.iter().any(|(_, t)| t.contains("speaking")));
        assert_eq!(
            said.last().unwrap(),
            &(Part::Branch, "I will call again.".into())
        );
        assert_eq!(
            speaker("Mr. Arima: Yes, go ahead."),
            Some((false, "Mr. Arima:".len()))
        );
    }
    #[test]
    fn a_script_laid_out_as_a_table_says_its_last_column_and_wrapped_cells_run_on() {
        let text = "CALL SHEET | Kobo Co. | Mr. Ito\n\nWHO        | WHAT TO SAY\n-----------+------------------------\nReception  | (Kobo, good morning.)\nMe         | Good morning. I'm Ken Sato, a student\n           | at Nishi University.\nMr. Ito    | (Ito speaking.)\nMe         | I'm sorry for the trouble my decline\n           | caused your team.\n\n    | IF         | WHAT TO SAY\n----+------------+-------------\n a  | he is out  | I'll call again\n    |            | tomorrow.\n";
        let said = parts(text, Lang::En);
        assert!(said.contains(&(
            Part::Talk,
            "I'm Ken Sato, a student at Nishi University.".into()
        )));
        assert!(said.contains(&(
            Part::Talk,
            "I'm sorry for the trouble my decline caused your team.".into()
        )));
        assert!(said.contains(&(Part::Branch, "I'll call again tomorrow.".into())));
        assert!(!said
            .iter()
            .any(|(_, t)| t.contains('|') || t.contains("WHAT TO SAY")));
        // A markdown table, bars at both ends, is read the same way; it marks a script.
        let md = "| Who | Line |\n|-----|------|\n| Me | Good morning. |\n| HR | Hello. |\n| Me | I declined on Monday. |\n";
        assert_eq!(detect_medium(md), Medium::Phone);
        let said = parts(md, Lang::En);
        assert!(said.contains(&(Part::Talk, "I declined on Monday.".into())));
        assert!(!said.iter().any(|(_, t)| t == "Hello."));
        // A Japanese row with no full stop is a line to say, not a header.
        let ja = "私 | 北浜大学の森と申します\n人事 | はい\n私 | 辞退の件でお電話いたしました\n";
        let said = parts(ja, Lang::Ja);
        assert!(said.contains(&(Part::Talk, "北浜大学の森と申します".into())));
    }
    #[test]
    fn a_screenplay_s_alternate_scenes_and_a_ruled_heading_after_the_cases_are_read() {
        let text = "THE CALL\n\nSCENE 1. A seminar room.\nRECEPTIONIST: Good morning.\nSTUDENT: May I speak with Ms. Takase, please?\n\nSCENE 2. On the line with Ms. Takase.\nSTUDENT: It's about the offer I declined last Friday.\n\nALTERNATE SCENE A. Ms. Takase is away from her desk.\nSTUDENT: When will she be back?\n\nALTERNATE SCENE B. Voicemail.\nSTUDENT: I'll call again this afternoon.\n";
        let said = parts(text, Lang::En);
        assert!(said.contains(&(
            Part::Talk,
            "It's about the offer I declined last Friday.".into()
        )));
        assert!(said.contains(&(Part::Branch, "When will she be back?".into())));
        assert!(!said.iter().any(|(_, t)| t.contains("SCENE")));
        // The call as planned, headed between rules after its cases, is the talk again.
        let ja = "台本\n\n――――　担当者不在　――――\n「何時ごろお戻りになりますでしょうか。」\n\n――――　担当者につながった　――――\n「先日、内定を辞退した件でお電話いたしました。」\n";
        let said = parts(ja, Lang::Ja);
        assert!(said.contains(&(Part::Branch, "何時ごろお戻りになりますでしょうか。".into())));
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
    }

    #[test]
    fn a_checklist_s_steps_and_its_cases_before_an_arrow_are_read() {
        let text = "CALL CHECKLIST\n[ ] Reception\n    \"May I speak to Mr. Oda, please?\"\n[ ] Mr. Oda: who I am, thanks, ask if now is OK\n    \"Is now a good time?\"\n[ ] The request (visit only if he wants it)\n    \"Would you consider letting me withdraw my decline?\"\n\nOther turns\n[ ] Voicemail -> \"This is Aoi Fujisaki, about my job offer.\"\n[ ] No -> \"I understand.\"\n";
        assert_eq!(detect_medium(text), Medium::Phone);
        let said = parts(text, Lang::En);
        assert!(said.contains(&(Part::Reception, "May I speak to Mr. Oda, please?".into())));
        assert!(said.contains(&(Part::Talk, "Is now a good time?".into())));
        assert!(said.contains(&(
            Part::Talk,
            "Would you consider letting me withdraw my decline?".into()
        )));
        assert!(said.contains(&(Part::Branch, "I understand.".into())));
        assert!(said.contains(&(
            Part::Branch,
            "This is Aoi Fujisaki, about my job offer.".into()
        )));
    }

    #[test]
    fn a_legend_or_two_initials_say_whose_line_is_whose() {
        let ja = "電話メモ\n＞ 久保田様・受付　　・ 私\n\n＞はい、ほしまめトイでございます。\n・お忙しいところ失礼いたします。\n＞お電話代わりました。\n・先日、内定を辞退した件でお電話いたしました。\n\n―― 分岐 ――\n◇ 不在\n・何時ごろお戻りでしょうか。\n";
        let said = parts(ja, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
        assert!(!said
            .iter()
            .any(|(_, t)| t.contains("ございます") || t.contains("久保田様・受付")));
        assert!(said.contains(&(Part::Branch, "何時ごろお戻りでしょうか。".into())));
        let en = "Call plan\n[Call window: weekday 14:00-16:30 today; if missed, tomorrow 10:00-11:30]\n\nR: Tsukimi Hotel Group, good afternoon.\nS: Good afternoon. This is Sayaka Nomura of Shirasagi University.\nR: Hattori speaking.\nS: I'm calling about the offer I turned down on Friday.\n";
        let said = parts(en, Lang::En);
        assert!(said.contains(&(
            Part::Talk,
            "I'm calling about the offer I turned down on Friday.".into()
        )));
        assert!(!said
            .iter()
            .any(|(_, t)| t.contains("Tsukimi") || t.contains("Call window")));
        // Two marks with no legend: the one whose turn gives a name is the student's.
        let marks = "通話メモ\n\n▷：コトノハでございます。\n▶：お忙しいところ恐れ入ります。東雲大学4年の有村航平と申します。\n▷：少々お待ちください。\n▶：一昨日、内定を辞退した件でお電話いたしました。\n";
        let said = parts(marks, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "一昨日、内定を辞退した件でお電話いたしました。".into()
        )));
        assert!(!said.iter().any(|(_, t)| t.contains("コトノハ")));
    }

    #[test]
    fn a_case_indented_under_the_main_flow_ends_where_the_flow_goes_on() {
        let text = "電話台本\n\n受付：はい、みなせ電力でございます。\n私：人事部の西村様はいらっしゃいますでしょうか。\n　受付：少々お待ちください。\n　　（ご不在と言われたら）\n　　私：お戻りは何時ごろでしょうか。\n担当：お電話代わりました、西村です。\n私：先日、内定辞退のご連絡を差し上げた大谷です。\n　担当：少し検討させてください。\n　　私：ありがとうございます。ご連絡をお待ちしております。\n\n留守番電話のとき（お願いの中身は吹き込まない）\n　私：内定の件でお電話いたしました。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Branch, "お戻りは何時ごろでしょうか。".into())));
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定辞退のご連絡を差し上げた大谷です。".into()
        )));
        assert!(said.contains(&(Part::Branch, "ご連絡をお待ちしております。".into())));
        assert!(said.contains(&(Part::Branch, "内定の件でお電話いたしました。".into())));
        assert!(!said.iter().any(|(_, t)| t.contains("留守番電話のとき")));
        // A heading that tells what the student did names no case.
        let en = "PHONE CARD\n\nHELLO\nMr. Fujii, this is Kanon Yoshimura.\n\nWHY I SAID NO\nA friend told me the pay was low.\n\nIF HE SAYS NO\nI understand.\n";
        let said = parts(en, Lang::En);
        assert!(said.contains(&(Part::Talk, "A friend told me the pay was low.".into())));
        assert!(said.contains(&(Part::Branch, "I understand.".into())));
    }

    #[test]
    fn cases_named_with_their_words_or_by_how_they_end_open_branches() {
        let text = "電話台本\n\n【担当者】\n自分：先日、内定を辞退した件でお電話いたしました。\n\n【Ｂ　保留】「社内で相談します」など\n自分：承知いたしました。ご連絡をお待ちしております。\n\n◎ うけいれてもらえたら\n自分：ありがとうございます。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
        assert!(said.contains(&(Part::Branch, "ご連絡をお待ちしております。".into())));
        assert!(said.contains(&(Part::Branch, "ありがとうございます。".into())));
        // A speaker and their line is not a case; neither is hold music.
        let text = "台本\n【受付】「はい、宵待酒造でございます。」\n【自分】「先日辞退いたしました内定の件で、お電話しました。」\n\n　保留音が流れる。\n【自分】「大変申し訳ございませんでした。」\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Talk, "大変申し訳ございませんでした。".into())));
    }

    #[test]
    fn a_long_affiliation_line_is_part_of_the_signature() {
        let text = "Dear Mr. Hamasaki,\n\nThank you for your time.\n\nThank you for reading this.\n\nDaiki Sugimura\nHokuriku Institute of Technology, Faculty of Engineering, Department of Information Science, 4th year\nPhone: 090-3182-7745\n";
        let l = Letter::read(text, Medium::Email, Lang::En);
        assert_eq!(l.sender_name().as_deref(), Some("Daiki Sugimura"));
        assert!(l.signature().contains("Faculty of Engineering"));
    }

    #[test]
    fn underlined_cases_open_branches() {
        let text = "Call script\n\n_What are you asking?_\n\"Would you consider letting me withdraw my decline?\"\n\n_If he's out_\n\"When would be a good time to call back?\"\n";
        let said = parts(text, Lang::En);
        assert!(said.contains(&(
            Part::Talk,
            "Would you consider letting me withdraw my decline?".into()
        )));
        assert!(said.contains(&(
            Part::Branch,
            "When would be a good time to call back?".into()
        )));
    }

    #[test]
    fn a_short_marked_heading_in_an_email_is_a_line_of_its_own() {
        let text = "■辞退の経緯\n辞退の前に、大学のキャリアセンターで面談を受けました。\n";
        let l = Letter::read(text, Medium::Email, Lang::Ja);
        let said: Vec<&str> = l.sentences.iter().map(|s| l.sentence_text(s)).collect();
        assert_eq!(
            said,
            [
                "■辞退の経緯",
                "辞退の前に、大学のキャリアセンターで面談を受けました。"
            ]
        );
    }

    #[test]
    fn lines_said_before_the_receptionist_answers_are_said_to_the_receptionist() {
        let text = "私：お忙しいところ恐れ入ります。北浜大学の森と申します。川端様はいらっしゃいますか。\n受付：少々お待ちください。\n私：お世話になっております。北浜大学の森です。\n川端様：はい。\n私：辞退の件でお電話いたしました。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Reception, "北浜大学の森と申します。".into())));
        assert!(said.contains(&(Part::Talk, "北浜大学の森です。".into())));
        assert!(said.contains(&(Part::Talk, "辞退の件でお電話いたしました。".into())));
    }
    #[test]
    fn bold_lines_are_the_students_and_yes_to_a_good_time_goes_on_with_the_call() {
        let text = "電話原稿\n太字風の印＝自分のせりふ　「　」＝相手の反応\n\n【受付】\n＊＊北浜大学の森と申します。藤本様はいらっしゃいますか。＊＊\n　「少々お待ちください」\n\n【藤本様】\n＊＊辞退の件でお電話いたしました。＊＊\n　「そうでしたね」\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Talk, "辞退の件でお電話いたしました。".into())));
        assert!(!said
            .iter()
            .any(|(_, t)| t.contains("そうでしたね") || t.contains('＊')));
        let en = "[Ms. Tanabe]\n\"Is this a good time?\"\n\n[If yes]\n\"It's about the offer I declined on Tuesday.\"\n\n[If she is away]\n\"I'll call again.\"\n\n[If yes]\n\"Thank you so much.\"\n";
        let said = parts(en, Lang::En);
        assert!(said.contains(&(
            Part::Talk,
            "It's about the offer I declined on Tuesday.".into()
        )));
        assert!(said.contains(&(Part::Branch, "I'll call again.".into())));
        assert!(said.contains(&(Part::Branch, "Thank you so much.".into())));
    }
    #[test]
    fn a_sheet_of_their_lines_and_replies_and_a_list_of_what_not_to_say() {
        // Their line on the left, the student's reply on the right; a lone row in a branch.
        let ja = "想定される相手の反応｜自分の返し\n―――――――――\n受付「はい、朝凪橋梁です。」｜「北嶺大学の石渡と申します。」\n白石様「白石です。」｜「先日、内定を辞退した件でお電話いたしました。」\n白石様「はい。」｜（メモを手元に）\n\n【難しいと言われたとき】\n白石様「今回は……」｜「承知いたしました。」\n";
        let said = parts(ja, Lang::Ja);
        assert!(said.contains(&(Part::Reception, "北嶺大学の石渡と申します。".into())));
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
        assert!(said.contains(&(Part::Branch, "承知いたしました。".into())));
        assert!(!said
            .iter()
            .any(|(_, t)| t.contains("白石です") || t.contains("メモ")));
        // What not to say is never said; pacing notes open no branch; lettered cases are.
        let en = "Things I must NOT say\n- \"Please decide quickly.\"\n\nThe call\nMe: Good morning. Do you have a few minutes?\n(PAUSE. LET HER ANSWER.)\nMe: It is about the offer I declined.\n\nV. (Voicemail) This is Ren Sato, about my offer.\n";
        let said = parts(en, Lang::En);
        assert!(!said.iter().any(|(_, t)| t.contains("decide quickly")));
        assert!(said.contains(&(Part::Talk, "It is about the offer I declined.".into())));
        assert!(said.contains(&(Part::Branch, "This is Ren Sato, about my offer.".into())));
    }

    #[test]
    fn notes_before_anything_said_politely_are_not_the_talk() {
        let text = "浜松精機　人事部　堀様への電話\n\n【心構え】\n・11月26日（木）の午後にかける。昼休みは避ける。\n・相手：人事部　採用担当　堀様\n・ゆっくり、語尾まではっきり。\n\n【受付】\n私「お忙しいところ失礼いたします。東都大学の三浦と申します。」\n\n【堀様】\n私「先日、内定を辞退した件でお電話いたしました。」\n";
        let said = parts(text, Lang::Ja);
        assert!(!said
            .iter()
            .any(|(p, t)| *p != Part::Note && t.contains("ゆっくり")));
        assert!(!said
            .iter()
            .any(|(p, t)| *p != Part::Note && t.contains("昼休み")));
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
    }

    #[test]
    fn a_legend_of_triangles_marks_lines_and_their_answers_open_cases() {
        let text = "電話台本\n▼ 自分が言うこと　／　▽ 相手の反応\n\n▽ 受付「はい、港南電機でございます。」\n▼ お忙しいところ失礼いたします。東都大学の三浦と申します。堀様はいらっしゃいますでしょうか。\n\n▽ 留守番電話\n▼ 東都大学の三浦です。改めてお電話いたします。\n\n▽ 堀様「お電話代わりました、堀です。」\n▼ 先日、内定を辞退した件でお電話いたしました。辞退で採用のご予定を乱してしまい、申し訳ございません。\n\n▽ 「今回は難しいです」\n▼ 承知いたしました。お時間をいただき、ありがとうございました。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "辞退で採用のご予定を乱してしまい、申し訳ございません。".into()
        )));
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
        assert!(said.contains(&(
            Part::Branch,
            "お時間をいただき、ありがとうございました。".into()
        )));
    }

    #[test]
    fn a_lettered_case_before_an_arrow_does_not_name_the_student() {
        let text = "電話の流れ\n\n① 受付で\n「お世話になっております。東都大学の三浦と申します。」\n　A つながる → ②へ\n　B 不在 → 「改めてお電話いたします。」\n\n② 堀様に\n「先日、内定を辞退した件でお電話いたしました。」\n\n③ お返事\n　A 受け入れてもらえそう → 「ありがとうございます。」\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
    }

    #[test]
    fn an_outline_s_bulleted_headings_head_sections_and_a_checkbox_is_no_part_of_the_line() {
        let text = "Call plan: Hoshino Foods\nMina Sato, Tozai University\n\n- To reception\n  - \"Good afternoon. I'm Mina Sato from Tozai University.\"\n- To Ms. Ota\n  - \"I'm calling about the offer I declined on Friday.\"\n- If things go differently\n  - She is out: \"I'll call again later.\"\n\n[ ] \"I'm truly sorry for the trouble my decline caused.\"\n";
        let said = parts(text, Lang::En);
        assert!(said.contains(&(Part::Reception, "Good afternoon.".into())));
        assert!(said.contains(&(Part::Branch, "I'll call again later.".into())));
        assert!(said.contains(&(
            Part::Talk,
            "I'm calling about the offer I declined on Friday.".into()
        )));
        assert!(said
            .iter()
            .any(|(_, t)| t == "I'm truly sorry for the trouble my decline caused."));
    }

    #[test]
    fn words_given_in_a_legend_mark_whose_line_is_whose() {
        let text = "電話メモ\n行頭の「いう」＝自分が話すこと　「きく」＝相手から聞くこと\n\nいう　お忙しいところ失礼いたします。東都大学の三浦と申します。\nきく　「少々お待ちください」\nいう　先日、内定を辞退した件でお電話いたしました。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
        assert!(!said.iter().any(|(_, t)| t.contains("いう")));
    }

    #[test]
    fn a_table_whose_header_names_what_to_say_says_its_last_column() {
        let text = "電話台本\n\n場面｜言うこと\n――――｜――――\n受付｜お忙しいところ恐れ入ります。東都大学の三浦と申します。\n堀様につながったら｜堀様、三浦です。\nおわび｜辞退で採用のご予定を乱してしまい、申し訳ございません。\n――――｜――――\n「難しいです」と言われたら｜承知いたしました。\n最後｜相手が切るのを待ってから切る。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "辞退で採用のご予定を乱してしまい、申し訳ございません。".into()
        )));
        assert!(said.contains(&(Part::Reception, "お忙しいところ恐れ入ります。".into())));
        assert!(said.contains(&(Part::Branch, "承知いたしました。".into())));
        assert!(!said
            .iter()
            .any(|(p, t)| *p != Part::Note && t.contains("切るのを待って")));
    }

    #[test]
    fn a_flow_chart_s_line_down_the_side_is_not_said_and_the_words_beside_it_run_on() {
        let text = "CALL FLOW\n\n[START]\n   |\n[Apology] ...... \"On Tuesday I called to decline. I'm very sorry. You had\n   |               already planned for me, and my decision complicated your hiring.\"\n   |\n[Request] ...... \"Would you consider letting me withdraw my decline?\"\n";
        let said = parts(text, Lang::En);
        assert!(said
            .iter()
            .any(|(_, t)| t.starts_with("You had already planned for me, and my decision")));
        assert!(!said.iter().any(|(_, t)| t.contains('|')));
    }

    #[test]
    fn a_legend_laid_out_a_line_each_marks_whose_line_is_whose() {
        let text = "電話台本\n［凡例］\n◆ … 自分が話すこと\n◇ … 相手が言いそうなこと\n\n◇「お電話ありがとうございます。港南電機でございます。」\n◆「お忙しいところ失礼いたします。東都大学の三浦と申します。」\n◇「お電話代わりました、堀です。」\n◆「先日、内定を辞退した件でお電話いたしました。」\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
        assert!(!said
            .iter()
            .any(|(p, t)| *p != Part::Note && (t.contains("話すこと") || t.contains("港南電機"))));
    }
    #[test]
    fn a_legend_may_give_a_mark_for_the_sheets_directions() {
        let text = "電話台本\n［凡例］\n◆ … 自分が話すこと\n◇ … 相手が言いそうなこと\n→ … 動き・気をつけること\n\n◇「お電話代わりました、堀です。」\n◆「先日、内定を辞退した件でお電話いたしました。」\n→ 言い終えたら黙って待つ。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
        assert!(said
            .iter()
            .all(|(p, t)| *p == Part::Note || !t.contains("黙って待つ")));
    }

    #[test]
    fn what_comes_before_the_talk_or_after_its_last_polite_line_is_the_sheets() {
        let text = "総務部 北村様へのお電話\n11月26日（木）14時ごろにかける。\n（受付につながったら）\nお忙しいところ恐れ入ります。東海工科大学の佐伯と申します。\n【受付】\nお世話になっております。佐伯と申します。\n【電話のあと】\n相手が切ったのを確かめてから切る。話した内容をメモする。\n";
        let said = parts(text, Lang::Ja);
        assert!(said
            .iter()
            .any(|(p, t)| *p != Part::Note && t.contains("恐れ入ります")));
        for note in ["14時ごろにかける", "メモする"] {
            assert!(
                said.iter()
                    .all(|(p, t)| *p == Part::Note || !t.contains(note)),
                "{note}: {said:?}"
            );
        }
    }

    #[test]
    fn a_field_of_the_sheet_naming_the_student_is_not_a_dialogue() {
        for field in [
            "(Me: Elodie Marchand, final year, BA Textile Design. 07700 900562)",
            "Me: Jonas Albrecht, final year B.Sc. Computer Science, TH Oberrhein",
        ] {
            let text = format!("Call: Nordhaven Security, Ms. Raman\n{field}\n\nRECEPTION\n\"Good morning, my name is Jonas Albrecht. Could I speak with Ms. Raman?\"\n\nMS. RAMAN\n\"Last Wednesday I called to decline the offer, and I would like to ask whether I could still be considered.\"\n");
            let said = parts(&text, Lang::En);
            assert!(
                said.iter()
                    .any(|(p, t)| *p == Part::Talk && t.starts_with("Last Wednesday")),
                "{field}: {said:?}"
            );
        }
    }

    #[test]
    fn an_earlier_message_quoted_under_the_letter_is_not_its_signature() {
        let text = "Subject: Re: Your decision\n\nDear Ms. Pollard,\n\nI declined your offer last week.\nI would be grateful if you could consider me again.\nWhatever you decide, I will accept it.\n\nBest regards,\n\nMateo Ferreyra\nKingsford University\nPhone: +44 7700 900412\nEmail: m.ferreyra@kingsford.ac.uk\n\n-----\nOn Thu, Nov 12, 2026 at 10:04 AM, Janine Pollard wrote:\n> Dear Mateo,\n> Thank you for letting us know.\n";
        let part_of = |needle: &str| email_line_part(text, Lang::En, needle);
        assert_eq!(part_of("Kingsford University"), Some(Part::Signature));
        assert_eq!(part_of("Janine Pollard wrote"), Some(Part::Quoted));
        assert_eq!(part_of("> Thank you"), Some(Part::Quoted));
        assert_eq!(part_of("-----"), Some(Part::Quoted));
    }
    #[test]
    fn a_script_may_wrap_what_is_said_in_angle_brackets() {
        let text = "電話台本\n※＜　＞の中が自分で話すところ。それ以外は自分用のメモ。\n\n■受付\n＜お忙しいところ失礼いたします。白樺学院大学の宮内と申します。＞\n\n■長谷部様につながったら\n＜先日、内定を辞退した件でお電話いたしました。＞\n　→相手が切ってから受話器を置く。\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Reception, "お忙しいところ失礼いたします。".into())));
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
        // What to do is not said word for word.
        assert!(said
            .iter()
            .all(|(p, t)| !p.is_worded() || !t.contains("受話器")));
        // A heading in angle brackets says nothing.
        assert!(angle_quote("＜受付＞").is_none());
    }

    #[test]
    fn a_paper_letters_address_blocks_and_date_come_before_dear() {
        let text = "Subject: Request to reconsider my declined offer – Tendai Moyo\n\nTendai Moyo\nFlat 3, 22 Weston Road\nAshbourne DE6 1RT\n\nMs. Abigail Northcote\nGraduate Recruitment\nGreyhollow Security Partners\n14 Canal Street\nRedditch B97 4XR\n\n12 November 2026\n\nDear Ms. Northcote,\n\nI declined your offer last week.\n";
        let l = Letter::read(text, Medium::Email, Lang::En);
        assert!(l.lines.iter().any(
            |line| line.part == Part::Salutation && text[line.full.clone()].starts_with("Dear")
        ));
    }
    #[test]
    fn headings_in_bold_do_not_make_the_lines_in_bold_the_students() {
        let text = "**Call plan – Tidewater Port Services**\nRecruiter: Ms. Karen Whitlock\n\n**Reception**\n\"Good morning. May I speak with Ms. Karen Whitlock, please?\"\n\n**Ms. Whitlock**\n\"Last Tuesday I emailed to decline your offer. I'm calling to ask whether you would consider me again.\"\n\"Whatever you decide, I will accept it.\"\n";
        let said = parts(text, Lang::En);
        assert!(
            said.contains(&(Part::Talk, "Whatever you decide, I will accept it.".into())),
            "{said:?}"
        );
        assert!(said.iter().all(|(_, t)| !t.contains("Call plan")));
    }
    #[test]
    fn a_decision_trees_branch_lines_are_not_said_and_main_resumes_the_talk() {
        let text = "CALL PLAN\n\nSTART: dial 05-255 0318\n|\n|-- Receptionist answers\n|   |-- Say: \"Good morning. May I speak to Ms. Farah, please?\"\n|   |\n|   |-- Ms. Farah not available\n|       |-- Say: \"Thank you. I'll call back then.\"\n\nMAIN\n|-- Say: \"Last Monday I called to decline the position, and I regret it.\"\n|\n|-- Say: \"Whatever you decide, I will accept it.\"\n";
        let said = parts(text, Lang::En);
        assert!(
            said.contains(&(Part::Talk, "Whatever you decide, I will accept it.".into())),
            "{said:?}"
        );
        assert!(said.iter().all(|(_, t)| !t.contains('|')), "{said:?}");
        assert_eq!(tree_branch("|   |-- Say: \"Hello.\""), "|   |-- ".len());
        // A table's rule and rows draw no branch.
        assert_eq!(tree_branch("|------|-------|"), 0);
        assert_eq!(tree_branch("| Me | Good morning. |"), 0);
    }

    #[test]
    fn a_legend_may_mark_only_their_lines() {
        let text = "お電話の台本\n＞の行は、相手の方がおっしゃりそうなこと。\n\n＞お電話ありがとうございます。信州養蜂でございます。\nお忙しいところ失礼いたします。東都大学の森下と申します。\n＞お電話代わりました。小野寺です。\n先日、内定を辞退した件でお電話いたしました。\n\n＞小野寺は外出しております。\n承知いたしました。改めてお電話いたします。\n";
        let said = parts(text, Lang::Ja);
        assert!(
            said.iter().all(|(_, t)| !t.contains("信州養蜂")),
            "{said:?}"
        );
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
    }

    #[test]
    fn a_mail_systems_notice_under_the_signature_is_not_the_students() {
        let text = "件名：内定辞退撤回のお願い（白鷺大学 宮内千尋）\n\n株式会社あおば交通\n人事部 今泉様\n\nお世話になっております。白鷺大学の宮内千尋です。\n辞退を撤回させていただけないでしょうか。\nどのようなご判断でも受け止めます。\n\n――――――――――\n白鷺大学 地域政策学部 4年\n宮内 千尋\n電話：090-4482-1067\nメール：c-miyauchi@st.shirasagi.ac.jp\n――――――――――\n\n【白鷺大学 学生用メールシステム】\n本メールは、白鷺大学が学生に提供する電子メールシステムから送信されています。宛先に心当たりのない方は、本メールを削除してください。\nThis e-mail was sent from the Shirasagi University student mail system.\n";
        let part_of = |needle: &str| email_line_part(text, Lang::Ja, needle);
        assert_eq!(part_of("宮内 千尋"), Some(Part::Signature));
        assert_eq!(part_of("メール：c-miyauchi"), Some(Part::Signature));
        assert_eq!(part_of("本メールは"), Some(Part::Quoted));
        assert_eq!(part_of("This e-mail"), Some(Part::Quoted));
        // A P.S. after the rule that closes the signature is the student's, over two lines.
        let ps = "件名：内定辞退撤回のお願い（白鷺大学 宮内千尋）\n\n株式会社あおば交通\n人事部 今泉様\n\nお世話になっております。白鷺大学の宮内千尋です。\n辞退を撤回させていただけないでしょうか。\n\n――――――――――\n白鷺大学 地域政策学部 4年\n宮内 千尋\n電話：090-4482-1067\n――――――――――\n\n追伸：平日でしたら、\n貴社に伺う日程はいつでも調整いたします。\n";
        let part_of = |needle: &str| email_line_part(ps, Lang::Ja, needle);
        assert_eq!(part_of("宮内 千尋"), Some(Part::Signature));
        assert_eq!(part_of("追伸"), Some(Part::Body));
        assert_eq!(part_of("貴社に伺う日程"), Some(Part::Body));
    }

    #[test]
    fn a_quoted_reply_under_its_writers_line_is_not_the_signature() {
        let text = "件名：Re: 内定辞退について\n\n株式会社靴工房つむぎ\n人事部 早瀬様\n\nお世話になっております。常盤学院大学の佐野です。\n辞退を撤回させていただけないでしょうか。\nどのようなご判断でも受け止めます。\n\n――――――――\n佐野 航平\n常盤学院大学 経済学部 4年\n電話：080-3392-5170\n――――――――\n\n2026年6月16日(火) 15:12 早瀬 智子 <t.hayase@tsumugi.example.jp>:\n> 佐野 航平 様\n> 内定辞退のご連絡、確かに承りました。\n";
        let part_of = |needle: &str| email_line_part(text, Lang::Ja, needle);
        assert_eq!(part_of("佐野 航平"), Some(Part::Signature));
        assert_eq!(part_of("2026年6月16日"), Some(Part::Quoted));
        assert_eq!(part_of("> 内定辞退"), Some(Part::Quoted));
    }

    #[test]
    fn how_to_say_a_part_in_brackets_under_its_heading_is_no_part_of_its_own() {
        let text = "電話台本\n\n━━ 受付の方へ ━━\n（ゆっくり）\n「お忙しいところ失礼いたします。琉星大学の宮城と申します。比嘉様はいらっしゃいますでしょうか。」\n\n━━ 比嘉様につながったら ━━\n（間をおく）\n「7月3日に内定を辞退いたしました件で、ご連絡いたしました。」\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Reception, "琉星大学の宮城と申します。".into())));
        assert!(said.contains(&(
            Part::Talk,
            "7月3日に内定を辞退いたしました件で、ご連絡いたしました。".into()
        )));
        // Under a title, (受付の方へ) names the part.
        let named = "■お電話の台本\n\n（受付の方へ）\n「お世話になっております。明星台大学の栗林と申します。宇佐美様をお願いいたします。」\n（宇佐美様へ）\n「先日の内定の件でお電話いたしました。」\n";
        let said = parts(named, Lang::Ja);
        assert!(said.contains(&(Part::Reception, "明星台大学の栗林と申します。".into())));
    }

    #[test]
    fn a_senders_block_with_a_long_school_line_comes_before_dear() {
        let text = "Subject: Request to withdraw my decline – Agnieszka Wróbel\n\nAgnieszka Wróbel\nFaculty of Engineering, Department of Design Engineering (Japanese-taught programme), 4th year\nHokusei University of Technology\nTel: 080-3371-5829\n\n21 May 2026\n\nMr. Hideki Ozawa\nHuman Resources Department\nKinoshita Furniture Co., Ltd.\n\nDear Mr. Ozawa,\n\nI declined your offer last week.\n";
        let l = Letter::read(text, Medium::Email, Lang::En);
        assert!(l.lines.iter().any(
            |line| line.part == Part::Salutation && text[line.full.clone()].starts_with("Dear")
        ));
        // A school however it is called ends a signature's run of lines.
        assert!(looks_like_signature_line("Cascadia Polytechnic Institute"));
    }

    #[test]
    fn a_pictograph_before_a_short_name_heads_a_part() {
        let text = "CALL SCRIPT\n\n☎ RECEPTION\nHi, good morning. My name is Marcus Delaney from Northcoast State University.\nCould I talk to Jess Pruitt, please?\n\n👤 RECRUITER (Jess)\nHi Jess, it's Marcus Delaney. I'm calling about the offer I turned down last Thursday.\n\n👤 IF SHE SAYS NO\nOkay. I understand. Thanks for listening.\n";
        let said = parts(text, Lang::En);
        assert!(said.contains(&(
            Part::Reception,
            "Could I talk to Jess Pruitt, please?".into()
        )));
        assert!(said.contains(&(
            Part::Talk,
            "I'm calling about the offer I turned down last Thursday.".into()
        )));
        assert!(said.contains(&(Part::Branch, "I understand.".into())));
        // A sentence after a pictograph is a sentence.
        assert!(!pictograph_heading("✅ Thank you for your time."));
    }

    #[test]
    fn numbers_on_every_line_are_no_part_of_the_script() {
        let text = "01　電話台本\n02　\n03　＝＝ 受付 ＝＝\n04　私「お忙しいところ失礼いたします。青葉学芸大学の佐伯と申します。」\n05　\n06　＝＝ ご不在のとき ＝＝\n07　私「承知いたしました。改めてお電話いたします。」\n";
        let said = parts(text, Lang::Ja);
        assert!(said.contains(&(Part::Reception, "青葉学芸大学の佐伯と申します。".into())));
        assert!(said.contains(&(Part::Branch, "改めてお電話いたします。".into())));
        // Numbered steps are headings, not line numbers.
        let steps = "電話台本\n1 受付\n「お忙しいところ失礼いたします。青葉学芸大学の佐伯と申します。」\n2 担当の方\n「先日、内定を辞退した件でお電話いたしました。」\n";
        let said = parts(steps, Lang::Ja);
        assert!(said.contains(&(
            Part::Talk,
            "先日、内定を辞退した件でお電話いたしました。".into()
        )));
    }

    #[test]
    fn an_arrow_note_in_a_dialogue_that_names_the_student_is_not_said() {
        let text = "電話台本\n\n☎ 受付\n私「お忙しいところ失礼いたします。北斗大学の川端と申します。」\n\n❌ 難しいと言われた\n私「承知いたしました。お話を聞いていただき、ありがとうございました。」\n→ 重ねて頼まない。お礼のメールだけ送る\n";
        let said = parts(text, Lang::Ja);
        assert!(said.iter().all(|(_, t)| !t.contains("頼まない")));
        assert!(said.contains(&(Part::Branch, "承知いたしました。".into())));
    }
}
