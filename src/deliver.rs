//! Getting a draft into a mail client: an RFC 5322 message (`eml`) for `sendmail -t`/`msmtp -t`,
//! a `mailto:` URI (RFC 6068), or the bare body.
//!
//! Header values come only from validated single-line profile fields and the template's subject
//! line; anything with a control character is refused here as well, so no input can inject a
//! header.

use base64::Engine as _;
use jiff::ZonedDateTime as Zoned;
use mail_builder::headers::content_type::ContentType;
use mail_builder::headers::raw::Raw;
use mail_builder::mime::MimePart;
use mail_builder::MessageBuilder;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::error::{Error, Result};
use crate::model::Case;

/// A rendered email split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub subject: String,
    pub body: String,
}

impl Message {
    /// Splits the `text` output of a draft: header lines up to the first blank line, then the body.
    pub fn from_draft(text: &str) -> Message {
        let mut subject = String::new();
        let mut rest = text;
        let mut in_header = true;
        let mut body_start = 0;
        for line in text.split_inclusive('\n') {
            let t = line.trim_end_matches(['\r', '\n']);
            if !in_header {
                break;
            }
            if t.is_empty() {
                body_start += line.len();
                in_header = false;
                continue;
            }
            let lower = t.to_ascii_lowercase();
            if let Some(v) = lower.strip_prefix("subject:") {
                subject = t[t.len() - v.len()..].trim().to_owned();
            } else if !lower.starts_with("to:") {
                // Not a header block after all: the whole text is the body.
                body_start = 0;
                break;
            }
            body_start += line.len();
        }
        if body_start <= text.len() {
            rest = &text[body_start..];
        }
        Message {
            subject,
            body: rest.to_owned(),
        }
    }
}

/// If `text` is a MIME message (what `--format eml` writes, or a saved `.eml`), the draft it
/// carries: `To:` and `Subject:` decoded from RFC 2047, a blank line, then the decoded text
/// body, in any charset Japanese mail uses (ISO-2022-JP, Shift_JIS, EUC-JP, UTF-8…). Anything
/// else is returned as `None` and checked as written. `file` names the input in errors.
///
/// A charset that cannot be decoded is an error: checking the undecoded bytes would report
/// problems that are not in the letter and miss the ones that are.
pub fn decode_message(file: &str, text: &str) -> Result<Option<String>> {
    use mail_parser::MimeHeaders;

    let head = &text[..text
        .find("\n\n")
        .or_else(|| text.find("\r\n\r\n"))
        .unwrap_or(0)];
    let is_mime = head.lines().any(|l| {
        let l = l.to_ascii_lowercase();
        l.starts_with("mime-version:") || l.starts_with("content-transfer-encoding:")
    });
    if !is_mime {
        return Ok(None);
    }
    let Some(msg) = mail_parser::MessageParser::default().parse(text.as_bytes()) else {
        return Ok(None);
    };
    let undecodable = |what: &str, help: &str| {
        Err(
            Error::input(file, "", None, format!("cannot decode the message: {what}"))
                .with_help(help.to_owned()),
        )
    };
    let part = msg.text_body.first().and_then(|&i| msg.part(i));
    if let Some(charset) = part
        .and_then(|p| p.content_type())
        .and_then(|ct| ct.attribute("charset"))
    {
        if !is_known_charset(charset) {
            return undecodable(
                &format!("its body is in the unknown charset `{charset}`"),
                "save the message as UTF-8, or copy its text into a file and check that",
            );
        }
    }
    let subject = msg.subject().unwrap_or_default();
    if subject.contains("=?") && subject.contains("?=") {
        return undecodable(
            "its Subject is in a charset retract cannot read",
            "copy the subject and the body into a text file and check that",
        );
    }
    let Some(body) = msg.body_text(0) else {
        return Ok(None);
    };
    // The parser puts U+FFFD where bytes do not fit the declared charset; a letter has none.
    if body.contains('\u{fffd}') || subject.contains('\u{fffd}') {
        return undecodable(
            "some bytes do not fit its declared charset",
            "check the Content-Type charset of the message, or save it as UTF-8",
        );
    }
    let mut out = String::new();
    if let Some(to) = msg.to().and_then(|a| a.first()) {
        let name = to.name().unwrap_or_default();
        let addr = to.address().unwrap_or_default();
        out.push_str(&format!("To: {name} <{addr}>\n"));
    }
    out.push_str(&format!("Subject: {subject}\n\n"));
    out.push_str(&body.replace("\r\n", "\n"));
    Ok(Some(out))
}

/// UTF-8 and US-ASCII, or any charset the parser has a decoder for (with `full_encoding`, every
/// label encoding_rs knows: ISO-2022-JP, Shift_JIS and its aliases, EUC-JP…).
fn is_known_charset(label: &str) -> bool {
    let l = label.trim().to_ascii_lowercase();
    matches!(l.as_str(), "utf-8" | "utf8" | "us-ascii")
        || mail_parser::decoders::charsets::map::charset_decoder(l.as_bytes()).is_some()
}

/// `eml` and `mailto` need somewhere to send the message.
pub fn require_recipient(case: &Case, src: &str) -> Result<()> {
    if case.company.contact.email.is_some() {
        return Ok(());
    }
    let ja = case.lang == crate::model::Lang::Ja;
    Err(Error::input(
        &case.file,
        "company.contact.email",
        crate::locate::nearest_line(src, &["company", "contact", "email"]),
        if ja {
            "--format eml と --format mailto には、送り先のアドレスが必要です"
        } else {
            "is required for --format eml and --format mailto"
        },
    )
    .with_help(if ja {
        "company.contact の下に採用担当者のアドレスを書きます（例：`email: saiyo@example.co.jp`）"
    } else {
        "add the recruiter's address under company.contact, e.g. `email: saiyo@example.co.jp`"
    }))
}

fn no_controls(field: &str, value: &str) -> Result<()> {
    match value.chars().find(|c| c.is_control()) {
        Some(c) => Err(Error::Usage(format!(
            "{field} contains the control character U+{:04X}; refusing to put it in a mail header",
            u32::from(c)
        ))),
        None => Ok(()),
    }
}

fn recipient_name(case: &Case) -> String {
    let c = &case.company;
    match (&c.contact.name, case.lang) {
        (Some(n), crate::model::Lang::Ja) => format!("{n} 様"),
        (Some(n), crate::model::Lang::En) => n.clone(),
        (None, crate::model::Lang::Ja) => format!("{} 採用ご担当者様", c.name),
        (None, crate::model::Lang::En) => format!("{} Hiring Team", c.name),
    }
}

/// A complete RFC 5322 message with MIME headers, CRLF line endings and encoded-words.
pub fn eml(case: &Case, draft: &str, now: &Zoned) -> Result<String> {
    let msg = Message::from_draft(draft);
    let to = case.company.contact.email.clone().unwrap_or_default();
    let to_name = recipient_name(case);
    for (field, v) in [
        ("applicant.name", case.applicant.name.as_str()),
        ("applicant.email", case.applicant.email.as_str()),
        ("company.contact.email", to.as_str()),
        ("company.contact.name", to_name.as_str()),
        ("subject", msg.subject.as_str()),
    ] {
        no_controls(field, v)?;
    }
    let body = msg.body.replace("\r\n", "\n").replace('\n', "\r\n");
    let date = jiff::fmt::rfc2822::to_string(now)
        .map_err(|e| Error::Usage(format!("cannot format the date: {e}")))?;
    let domain = case
        .applicant
        .email
        .rsplit('@')
        .next()
        .unwrap_or("localhost");
    let id = format!(
        "retract.{}.{:x}@{domain}",
        now.timestamp().as_second(),
        fnv1a(draft.as_bytes())
    );
    let builder = MessageBuilder::new()
        .from((case.applicant.name.as_str(), case.applicant.email.as_str()))
        .to((to_name.as_str(), to.as_str()))
        .subject(msg.subject.as_str())
        .header("Date", Raw::new(date))
        .message_id(id);
    let raw_unsafe = body
        .split("\r\n")
        .any(|l| l.starts_with('.') || l.chars().any(|c| c.is_control() && c != '\t'));
    let builder = if raw_unsafe {
        // `sendmail` without `-i` ends the message at a line holding only ".", and some relays
        // mangle any line that starts with one; a user's template can also hold a bare CR,
        // which no 7bit body may. No base64 line starts with a dot or holds a control.
        builder.body(
            MimePart::new(
                ContentType::new("text/plain").attribute("charset", "utf-8"),
                base64_lines(body.as_bytes()),
            )
            .transfer_encoding("base64"),
        )
    } else {
        builder.text_body(body)
    };
    builder.write_to_string().map_err(|source| Error::Write {
        path: "<message>".into(),
        source,
    })
}

/// Base64 in lines of 76 characters, each ended by CRLF (RFC 2045).
fn base64_lines(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + bytes.len() / 38 + 4);
    for chunk in bytes.chunks(57) {
        base64::engine::general_purpose::STANDARD.encode_string(chunk, &mut out);
        out.push_str("\r\n");
    }
    out
}

/// Everything but RFC 3986 unreserved characters is encoded, so the URI survives any shell or
/// mail client.
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
const ADDR: &AsciiSet = &QUERY.remove(b'@');

/// A `mailto:` URI with subject and body percent-encoded as UTF-8, line breaks as `%0D%0A`.
pub fn mailto(case: &Case, draft: &str) -> Result<String> {
    let msg = Message::from_draft(draft);
    let to = case.company.contact.email.clone().unwrap_or_default();
    no_controls("subject", &msg.subject)?;
    let body = msg.body.replace("\r\n", "\n").replace('\n', "\r\n");
    Ok(format!(
        "mailto:{}?subject={}&body={}",
        utf8_percent_encode(&to, ADDR),
        utf8_percent_encode(&msg.subject, QUERY),
        utf8_percent_encode(&body, QUERY)
    ))
}

/// A small stable hash for the Message-ID, so two drafts sent the same second differ.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_header_and_body() {
        let m = Message::from_draft("To: a <a@example.com>\nSubject: 件名\n\n本文\n二行目\n");
        assert_eq!(m.subject, "件名");
        assert_eq!(m.body, "本文\n二行目\n");
    }

    #[test]
    fn text_without_header_is_all_body() {
        let m = Message::from_draft("本文\n\n二段落目\n");
        assert_eq!(m.subject, "");
        assert_eq!(m.body, "本文\n\n二段落目\n");
    }
}
