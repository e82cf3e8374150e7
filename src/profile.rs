//! The profile as the student wrote it: YAML read into raw serde types, nothing checked yet.
//!
//! Every field is optional here so that a missing value is reported by [`crate::model`] with the
//! field path and line, instead of serde's bare "missing field". Unknown keys are rejected here,
//! with a "did you mean" suggestion.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

use crate::error::{Error, InputError, Result};
use crate::files::MAX_INPUT_BYTES;
use crate::locate;
use crate::text::Lang;

/// A scalar the student typed. YAML turns `year: 4` into a number and `phone: 0312345678` into an
/// integer; we keep the text and remember that it was not written as a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    pub was_number: bool,
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a piece of text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Text, E> {
                Ok(Text {
                    value: v.to_owned(),
                    was_number: false,
                })
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> std::result::Result<Text, E> {
                Ok(Text {
                    value: v.to_string(),
                    was_number: false,
                })
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Text, E> {
                Ok(Text {
                    value: v.to_string(),
                    was_number: true,
                })
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Text, E> {
                Ok(Text {
                    value: v.to_string(),
                    was_number: true,
                })
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Text, E> {
                Ok(Text {
                    value: v.to_string(),
                    was_number: true,
                })
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub language: Option<Text>,
    pub applicant: Option<Applicant>,
    pub company: Option<Company>,
    pub timeline: Option<Timeline>,
    pub reasons: Option<Reasons>,
    /// A folder of templates that replace the built-in ones, file by file.
    pub templates: Option<Text>,
    pub check: Option<CheckSettings>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    pub name: Option<Text>,
    pub name_reading: Option<Text>,
    pub university: Option<Text>,
    pub faculty: Option<Text>,
    pub department: Option<Text>,
    pub year: Option<Text>,
    pub phone: Option<Text>,
    pub email: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub name: Option<Text>,
    pub department: Option<Text>,
    pub position: Option<Text>,
    /// The company's main number (代表番号); the recruiter's direct line is `contact.phone`.
    pub phone: Option<Text>,
    pub contact: Option<Contact>,
    /// IANA zone of the company's office; Asia/Tokyo for Japanese profiles when absent.
    pub timezone: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Option<Text>,
    pub title: Option<Text>,
    pub email: Option<Text>,
    pub phone: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    pub offer_received_on: Option<Text>,
    pub declined_on: Option<Text>,
    pub called_on: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reasons {
    pub regret: Option<Text>,
    pub why_this_company: Option<Text>,
    pub commitment: Option<Text>,
    /// Why you declined at the time, honestly: the answer to "why did you decline?" on the phone.
    pub declined_because: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckSettings {
    pub ignore: Option<Vec<Text>>,
}

/// Raw bytes of an input file, decoded as UTF-8 with a message that names the file when it is not.
pub fn decode(file: &str, bytes: Vec<u8>) -> Result<String> {
    decode_in(file, bytes, Lang::En)
}

/// [`decode`] for a profile: its messages are in the profile's language, read from its
/// `language:` line even when the rest of the file is not UTF-8 (a profile saved as Shift_JIS
/// is the likeliest mistake of all).
pub fn decode_profile(file: &str, bytes: Vec<u8>) -> Result<String> {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let lang = sniff_lang(&String::from_utf8_lossy(head));
    decode_in(file, bytes, lang)
}

fn decode_in(file: &str, bytes: Vec<u8>, lang: Lang) -> Result<String> {
    if bytes.len() > MAX_INPUT_BYTES {
        // Files over the limit are refused with their size before they are read; what gets
        // here was read from a pipe up to one byte past the limit.
        return Err(crate::files::too_big(file, None));
    }
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.remove(0);
            }
            if memchr::memchr(0, s.as_bytes()).is_some() {
                return Err(Error::input(
                    file,
                    "",
                    None,
                    t(
                        lang,
                        "NUL バイトが含まれています。テキストではなくバイナリファイルのようです",
                        "the file contains NUL bytes; it looks like a binary file, not text",
                    ),
                ));
            }
            Ok(s)
        }
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            Err(Error::input(
                file,
                "",
                Some(line),
                t(
                    lang,
                    format!(
                        "UTF-8 のテキストではありません（{offset}バイト目）。Shift_JIS で保存されているかもしれません"
                    ),
                    format!("the file is not UTF-8 text (invalid byte at offset {offset})"),
                ),
            )
            .with_help(t(
                lang,
                "文字コードを UTF-8 にして保存し直します（多くのエディタでは「名前を付けて保存」→「文字コード」→「UTF-8」）",
                "save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)",
            )))
        }
    }
}

/// Deeper than any profile needs (the example nests three levels), and shallow enough that
/// refusing it costs nothing: YAML parsers take time quadratic in the nesting depth.
pub const MAX_DEPTH: usize = 64;

/// A profile holds about thirty values. The parser keeps every event of a document in memory
/// before the profile is built, so a list of hundreds of thousands of one-letter items would
/// cost a hundred times the file's size; this bounds it.
pub const MAX_NODES: usize = 10_000;

/// Parses profile text. `file` is only used in messages, which are in the profile's language
/// (`language: en` read ahead of the parse; Japanese otherwise).
pub fn parse(file: &str, src: &str) -> Result<Profile> {
    let lang = sniff_lang(src);
    if src
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(Error::input(
            file,
            "",
            None,
            t(lang, "プロフィールが空です", "the profile is empty"),
        )
        .with_help(t(
            lang,
            "`retract init` でコメント付きのひな形を作れます",
            "run `retract init` to write a commented starter profile",
        )));
    }
    if let Some(line) = flow_too_deep(src) {
        return Err(too_deep(file, Some(line), lang));
    }
    prescan(file, src, lang)?;
    serde_yaml::from_str::<Profile>(src).map_err(|e| yaml_error(file, src, &e, lang))
}

/// The language a profile asks for, from its top-level `language:` line, before it is parsed.
pub fn sniff_lang(src: &str) -> Lang {
    let value = src.lines().find_map(|l| l.strip_prefix("language:"));
    let value = value
        .map(|v| v.split(" #").next().unwrap_or(v))
        .map(|v| v.trim().trim_matches(['"', '\'']).to_ascii_lowercase());
    match value.as_deref() {
        Some("en" | "english") => Lang::En,
        _ => Lang::Ja,
    }
}

fn t(lang: Lang, ja: impl Into<String>, en: impl Into<String>) -> String {
    match lang {
        Lang::Ja => ja.into(),
        Lang::En => en.into(),
    }
}

/// The line where brackets (`[`, `{`) first nest deeper than [`MAX_DEPTH`], found in one pass
/// over the text. Both YAML parsers read a whole flow collection ahead before they report its
/// start, in time quadratic in its depth, so this is looked at before either runs.
///
/// Brackets inside quoted scalars and comments are not structure and are skipped (a `]` hidden
/// there must not cancel a real `[`); outside brackets a stray `[` in plain text is counted, which
/// can only make a profile with 65 of them unclosed look deep.
fn flow_too_deep(src: &str) -> Option<usize> {
    let bytes = src.as_bytes();
    let (mut depth, mut line, mut i) = (0usize, 1usize, 0usize);
    // Whether the last significant byte may start a scalar inside brackets.
    let mut at_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line += 1;
                at_start = depth > 0 || at_start;
            }
            b'#' if i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(line);
                }
                at_start = true;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                at_start = false;
            }
            b',' | b':' => at_start = true,
            b'"' | b'\'' if depth > 0 && at_start => {
                // A quoted scalar: "…" with backslash escapes, '…' with '' for a quote.
                i += 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'\\' if b == b'"' => i += 1,
                        b'\n' => line += 1,
                        q if q == b => {
                            if b == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                                i += 1;
                            } else {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                at_start = false;
            }
            b' ' | b'\t' | b'\r' => {}
            _ => at_start = false,
        }
        i += 1;
    }
    None
}

fn too_deep(file: &str, line: Option<usize>, lang: Lang) -> Error {
    Error::input(
        file,
        "",
        line,
        t(
            lang,
            format!("入れ子が深すぎます（{MAX_DEPTH}段まで）"),
            format!("the YAML nests deeper than {MAX_DEPTH} levels"),
        ),
    )
    .with_help(t(
        lang,
        "プロフィールの入れ子は3段までです。`retract init` のひな形と見比べてください",
        "a profile nests three levels at most; compare it with the one `retract init` writes",
    ))
}

/// Walks the YAML events ahead of the real parse and stops at the first node nested deeper than
/// [`MAX_DEPTH`], past [`MAX_NODES`] values, and at the first anchor or alias. A profile has no use for aliases, and an
/// alias repeated thousands of times copies its value as many times (a 1 MiB file became
/// gigabytes); refusing them keeps memory proportional to the file.
///
/// Syntax errors are left to the real parser, which words them better; the walk only stops at
/// them.
fn prescan(file: &str, src: &str, lang: Lang) -> Result<()> {
    use yaml_rust2::parser::{Event, Parser};

    let mut parser = Parser::new_from_str(src);
    let mut depth = 0usize;
    let mut nodes = 0usize;
    loop {
        let Ok((event, mark)) = parser.next_token() else {
            return Ok(());
        };
        let line = Some(mark.line());
        if matches!(
            event,
            Event::Scalar(..) | Event::SequenceStart(..) | Event::MappingStart(..)
        ) {
            nodes += 1;
            if nodes > MAX_NODES {
                return Err(Error::input(
                    file,
                    "",
                    line,
                    t(
                        lang,
                        format!("値が多すぎます（{MAX_NODES}個まで）。プロフィールの値は30個ほどです"),
                        format!(
                            "the YAML holds more than {MAX_NODES} values; a profile has about thirty"
                        ),
                    ),
                ));
            }
        }
        let anchored = match &event {
            Event::StreamEnd => return Ok(()),
            Event::Alias(_) => true,
            Event::Scalar(_, _, anchor, _) => *anchor > 0,
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(too_deep(file, line, lang));
                }
                *anchor > 0
            }
            Event::SequenceEnd | Event::MappingEnd => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => false,
        };
        if anchored {
            return Err(Error::input(
                file,
                "",
                line,
                t(
                    lang,
                    "YAML のアンカー（&）やエイリアス（*）は使えません",
                    "YAML anchors (&) and aliases (*) are not allowed in a profile",
                ),
            )
            .with_help(t(
                lang,
                "値をそのまま書きます。& や * で始まる値は引用符で囲みます",
                "write each value out; quote a value that starts with & or *",
            )));
        }
    }
}

/// Turns a YAML or serde error into a message with the field path, line and a suggestion.
fn yaml_error(file: &str, src: &str, e: &serde_yaml::Error, lang: Lang) -> Error {
    let line = e.location().map(|l| l.line());
    let mut text = e.to_string();
    // The location is reported separately, in `file:line` form.
    if let Some(i) = text.rfind(" at line ") {
        text.truncate(i);
    }
    let (field, message) = split_path(&text);
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((key, expected)) = rest.split_once('`') {
            let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
            let full = if field.is_empty() {
                key.to_owned()
            } else {
                format!("{field}.{key}")
            };
            let line = locate_key(src, &field, key).or(line);
            let err = Error::input(
                file,
                full,
                line,
                t(
                    lang,
                    format!("`{key}` というキーはありません"),
                    format!("unknown key `{key}`"),
                ),
            );
            return match crate::text::suggest(key, &candidates) {
                Some(s) => err.with_help(t(
                    lang,
                    format!("`{s}` の書き間違いではありませんか？"),
                    format!("did you mean `{s}`?"),
                )),
                None => err.with_help(t(
                    lang,
                    format!("使えるキー：{}", candidates.join(", ")),
                    format!("expected one of: {}", candidates.join(", ")),
                )),
            };
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let found = rest.split(',').next().unwrap_or(rest);
        let expected = rest.split_once("expected ").map(|x| x.1).unwrap_or("text");
        let shape = Shape::of(expected);
        let message = match lang {
            Lang::Ja => format!(
                "ここには{}を書きます（書かれているのは{}）",
                shape.ja(),
                found_ja(found)
            ),
            Lang::En => format!("expected {expected}, found {found}"),
        };
        return Error::input(file, field, line, message).with_help(shape.help(lang));
    }
    if message.contains("recursion limit exceeded") || message.contains("repetition limit exceeded")
    {
        return Error::input(
            file,
            field,
            line,
            t(
                lang,
                "YAML の入れ子が深すぎるか、繰り返しが多すぎます。プロフィールにはどちらも不要です",
                "the YAML nests too deeply or expands too many aliases; a profile needs neither",
            ),
        );
    }
    let message = strip_positions(message.trim_start_matches("found "))
        .replace("did not find expected", "expected");
    Error::input(
        file,
        field,
        line,
        t(
            lang,
            format!("YAML の書き方に誤りがあります（{message}）"),
            format!("invalid YAML: {message}"),
        ),
    )
    .with_help(t(
        lang,
        "この行の前後の字下げと `key: value` の形を確かめます",
        "check the indentation and the `key: value` form around this line",
    ))
}

/// What a key holds, from serde's "expected …" wording.
enum Shape {
    Group,
    List,
    Value,
}

impl Shape {
    fn of(expected: &str) -> Shape {
        if expected.contains("struct") || expected.contains("map") {
            Shape::Group
        } else if expected.contains("sequence") {
            Shape::List
        } else {
            Shape::Value
        }
    }

    fn ja(&self) -> &'static str {
        match self {
            Shape::Group => "`key: value` の組",
            Shape::List => "リスト",
            Shape::Value => "1つの値（文字列）",
        }
    }

    fn help(&self, lang: Lang) -> String {
        match self {
            Shape::Group => t(
                lang,
                "このキーの下に、字下げして `key: value` の行を書きます",
                "this key holds a group of `key: value` lines, indented below it",
            ),
            Shape::List => t(
                lang,
                "このキーには `- 項目` を1行に1つずつ書きます",
                "this key holds a list: one `- item` per line",
            ),
            Shape::Value => t(
                lang,
                "同じ行に値を1つ書きます。複数行にするときは `|` のブロックにします",
                "write a single value on the same line, or a `|` block for several lines",
            ),
        }
    }
}

fn found_ja(found: &str) -> String {
    if found.contains("sequence") {
        "リスト".to_owned()
    } else if found.contains("map") {
        "`key: value` の組".to_owned()
    } else {
        found.to_owned()
    }
}

/// libyaml repeats positions inside its messages; the line is already in `file:line`.
fn strip_positions(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + " at line ".len()..];
        let skip = tail
            .find(|c: char| !(c.is_ascii_digit() || c == ' ' || "column".contains(c)))
            .unwrap_or(tail.len());
        rest = &tail[skip..];
    }
    out.push_str(rest);
    out
}

/// serde_yaml prefixes nested messages with the path (`applicant.name: invalid type…`).
fn split_path(text: &str) -> (String, String) {
    if let Some((head, tail)) = text.split_once(": ") {
        let is_path = !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '[' | ']'));
        if is_path && head != "." {
            return (head.to_owned(), tail.to_owned());
        }
    }
    (String::new(), text.to_owned())
}

fn locate_key(src: &str, parent: &str, key: &str) -> Option<usize> {
    let mut path: Vec<&str> = if parent.is_empty() {
        Vec::new()
    } else {
        parent.split('.').collect()
    };
    path.push(key);
    locate::line_of(src, &path)
}

impl From<InputError> for Error {
    fn from(e: InputError) -> Self {
        Error::Input(Box::new(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        let keys = ["name", "name_reading", "university"];
        assert_eq!(crate::text::suggest("nmae", &keys), Some("name"));
        assert_eq!(
            crate::text::suggest("univercity", &keys),
            Some("university")
        );
        assert_eq!(crate::text::suggest("salary", &keys), None);
    }

    #[test]
    fn unknown_key_names_path_line_and_suggestion() {
        let src = "language: en\napplicant:\n  name: A\n  univercity: B\n";
        let Error::Input(e) = parse("p.yaml", src).unwrap_err() else {
            panic!("expected an input error")
        };
        assert_eq!(e.field, "applicant.univercity");
        assert_eq!(e.line, Some(4));
        assert_eq!(e.help.as_deref(), Some("did you mean `university`?"));
    }

    #[test]
    fn flow_depth_is_found_past_quoted_and_commented_brackets() {
        let deep = |open: &str, n: usize| format!("a: {}x\n", open.repeat(n));
        assert_eq!(flow_too_deep(&deep("[", 64)), None);
        assert_eq!(flow_too_deep(&deep("[", 65)), Some(1));
        assert_eq!(flow_too_deep(&deep("{b: ", 65)), Some(1));
        // A `]` in a quoted scalar or a comment closes nothing.
        assert_eq!(flow_too_deep(&deep("[\"]\", ", 65)), Some(1));
        assert_eq!(flow_too_deep(&deep("['it'']s', ", 65)), Some(1));
        assert_eq!(flow_too_deep(&deep("[ # ]\n", 65)), Some(65));
        // Brackets in plain text and block scalars are balanced or few.
        let text = "reasons:\n  regret: |\n    [1] and [2], {x}: it's \"quoted\" [sic]\n";
        assert_eq!(flow_too_deep(&text.repeat(100)), None);
    }

    #[test]
    fn numbers_are_kept_as_text() {
        let p = parse("p.yaml", "applicant:\n  year: 4\n").unwrap();
        let year = p.applicant.unwrap().year.unwrap();
        assert_eq!(year.value, "4");
        assert!(year.was_number);
    }
}
