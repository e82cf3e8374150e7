//! Runs a parsed command line and returns what to print and the exit status. Nothing here writes
//! to the terminal: each checked text goes to an [`Emit`] as soon as it is ready (the printer, in
//! the binary), and the rest comes back as an [`Output`].

use std::io::Read;
use std::path::{Path, PathBuf};

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::ZonedDateTime as Zoned;

use crate::check::{self, Facts, Options, Purpose, Severity};
use crate::cli::{Cli, Command, EmailFormat, InitArgs, OutputArgs, TemplatesCommand};
use crate::error::{Error, Result};
use crate::model::{self, Case};
use crate::printer::Report;
use crate::render::{self, Draft, Now, Outcome, Which};
use crate::text::{Lang, Medium};
use crate::{calendar, deliver, files};

/// Exit statuses (a contract).
pub const EXIT_OK: u8 = 0;
pub const EXIT_RULE: u8 = 1;
pub const EXIT_INPUT: u8 = 2;

/// Where checked texts go as they are produced.
pub trait Emit {
    /// One checked text.
    fn report(&mut self, report: &Report) -> std::io::Result<()>;
    /// A file that could not be checked; the others still are.
    fn error(&mut self, error: &Error) -> std::io::Result<()>;
}

/// Where diagnostics go and in what form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagnosticsTo {
    /// `check`: the diagnostics are the output.
    Stdout,
    /// `draft` and friends: diagnostics go to stderr, the draft to stdout.
    Stderr,
}

/// Where a command's diagnostics go.
pub fn diagnostics_to(cli: &Cli) -> DiagnosticsTo {
    match cli.command {
        Command::Check(_) => DiagnosticsTo::Stdout,
        _ => DiagnosticsTo::Stderr,
    }
}

/// Everything a command produced besides its reports.
#[derive(Debug, Default)]
pub struct Output {
    pub stdout: Option<String>,
    /// Short notes for stderr ("wrote profile.yaml").
    pub notes: Vec<String>,
    pub status: u8,
}

impl Output {
    fn text(s: String) -> Self {
        Output {
            stdout: Some(s),
            ..Output::default()
        }
    }
}

/// What the outside world supplies: the clock and, for `init --interactive`, the answers the
/// student typed (the binary asks; the library only fills them in).
pub struct Env {
    pub now: Zoned,
    pub answers: Option<Vec<(String, String)>>,
}

impl Env {
    /// The system clock, in UTC: every use converts to the zone it needs (Asia/Tokyo or the
    /// company's), so the machine's own zone never matters.
    pub fn system() -> Self {
        Env {
            now: jiff::Timestamp::now().to_zoned_datetime(TimeZone::UTC),
            answers: None,
        }
    }
}

/// Reports are dropped: for callers that only want the output.
pub struct Discard;

impl Emit for Discard {
    fn report(&mut self, _: &Report) -> std::io::Result<()> {
        Ok(())
    }

    fn error(&mut self, _: &Error) -> std::io::Result<()> {
        Ok(())
    }
}

pub fn run(cli: &Cli, env: &Env, emit: &mut dyn Emit) -> Result<Output> {
    let clock = Clock::new(cli.today.as_deref(), env)?;
    match &cli.command {
        Command::Draft(a) => draft(
            &clock,
            a.profile.as_deref(),
            Which::Email,
            a.format,
            &a.out,
            emit,
        ),
        Command::PhoneScript(a) => draft(
            &clock,
            a.profile.as_deref(),
            Which::Phone,
            EmailFormat::Text,
            &a.out,
            emit,
        ),
        Command::Followup(a) => draft(
            &clock,
            a.profile.as_deref(),
            Which::Followup(a.outcome.into()),
            a.format,
            &a.out,
            emit,
        ),
        Command::Check(a) => check_files(&clock, a, emit),
        Command::Rules => Ok(Output::text(rules_table())),
        Command::Rule { id } => rule_doc(id),
        Command::Next { profile } => next(&clock, profile.as_deref()),
        Command::Init(a) => init(a, env.answers.as_deref(), &clock),
        Command::Templates(TemplatesCommand::Export { dir, force }) => {
            export_templates(dir, *force)
        }
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut buf = Vec::new();
            clap_complete::generate(*shell, &mut cmd, "retract", &mut buf);
            Ok(Output::text(String::from_utf8_lossy(&buf).into_owned()))
        }
        Command::Man { page, dir } => match dir {
            Some(dir) => {
                let mut out = Output::text(String::new());
                out.stdout = None;
                for path in crate::man::write_all(dir)? {
                    out.notes.push(format!("wrote {}", path.display()));
                }
                Ok(out)
            }
            None => Ok(Output::text(crate::man::page(page.as_deref())?)),
        },
    }
}

/// "Today" and "now": from `--today` when given, else the system clock.
struct Clock {
    fixed: Option<DateTime>,
    now: Zoned,
}

impl Clock {
    fn new(today: Option<&str>, env: &Env) -> Result<Self> {
        let fixed = match today.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(parse_today(s).ok_or_else(|| {
                Error::Usage(format!(
                    "--today `{s}` is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM (also RETRACT_TODAY)"
                ))
            })?),
        };
        Ok(Clock {
            fixed,
            now: env.now.clone(),
        })
    }

    /// Today's date in Japan (where most companies and all these dates are), or the fixed date.
    fn today(&self) -> Date {
        match self.fixed {
            Some(dt) => dt.date(),
            None => self
                .now
                .with_time_zone(TimeZone::get("Asia/Tokyo").unwrap_or(TimeZone::UTC))
                .date(),
        }
    }

    /// Wall-clock time in the company's zone. A fixed date without a time starts at 00:00.
    fn at(&self, zone: &str) -> DateTime {
        match self.fixed {
            Some(dt) => dt,
            None => {
                let tz = TimeZone::get(zone).unwrap_or(TimeZone::UTC);
                self.now.with_time_zone(tz).datetime()
            }
        }
    }

    /// The current instant in the company's zone, for the Date header of a message. A fixed
    /// `--today` fixes it entirely (00:00 when only a date is given), so that the message, and
    /// the Message-ID made from it, come out the same on every run.
    pub fn zoned(&self, zone: &str) -> Zoned {
        let tz = TimeZone::get(zone).unwrap_or(TimeZone::UTC);
        match self.fixed {
            Some(dt) => dt
                .to_zoned_datetime(tz)
                .unwrap_or_else(|_| self.now.clone()),
            None => self.now.with_time_zone(tz),
        }
    }
}

fn parse_today(s: &str) -> Option<DateTime> {
    if let Ok(d) = s.parse::<Date>() {
        if s.len() == 10 {
            return Some(d.to_datetime(jiff::civil::Time::midnight()));
        }
    }
    s.parse::<DateTime>().ok()
}

/// A loaded profile: the case and its source, for diagnostics that point into it.
struct Loaded {
    case: Case,
    src: String,
    path: PathBuf,
}

fn load_profile(clock: &Clock, path: Option<&Path>) -> Result<Loaded> {
    let path = path.map_or_else(|| PathBuf::from("profile.yaml"), Path::to_path_buf);
    let shown = path.display().to_string();
    let bytes = files::read(&path)?;
    let src = crate::profile::decode_profile(&shown, bytes)?;
    let raw = crate::profile::parse(&shown, &src)?;
    let case = model::validate(&shown, &src, raw, clock.today(), &check::rule_ids())?;
    Ok(Loaded { case, src, path })
}

fn template_dir(loaded: &Loaded, out: &OutputArgs) -> Option<PathBuf> {
    out.templates.clone().or_else(|| {
        loaded.case.templates.as_ref().map(|t| {
            // A folder named in the profile is relative to the profile, like zola's config.
            match loaded.path.parent() {
                Some(parent) if t.is_relative() => parent.join(t),
                _ => t.clone(),
            }
        })
    })
}

/// A template folder that does not exist is a mistake to report, not a reason to fall back to
/// the built-in letters without a word.
fn require_template_dir(loaded: &Loaded, out: &OutputArgs) -> Result<()> {
    let Some(dir) = template_dir(loaded, out) else {
        return Ok(());
    };
    if dir.is_dir() {
        return Ok(());
    }
    let ja = loaded.case.lang == Lang::Ja;
    if out.templates.is_some() {
        return Err(Error::Usage(if ja {
            format!("--templates {}: そのフォルダはありません", dir.display())
        } else {
            format!("--templates {}: no such folder", dir.display())
        }));
    }
    let err = Error::input(
        &loaded.case.file,
        "templates",
        crate::locate::line_of(&loaded.src, &["templates"]),
        if ja {
            format!("テンプレートのフォルダ {} がありません", dir.display())
        } else {
            format!("the template folder {} does not exist", dir.display())
        },
    );
    Err(err.with_help(if ja {
        "プロフィールのあるフォルダからの相対パスで書きます。`retract templates export DIR` で作れます"
    } else {
        "the path is relative to the profile's folder; `retract templates export DIR` creates one"
    }))
}

/// What a draft is for: the email for an absent recruiter carries the request itself, so it is
/// held to every rule a request is.
fn purpose_of(which: Which) -> Purpose {
    match which {
        Which::Followup(Outcome::Absent) | Which::Email | Which::Phone => Purpose::Request,
        Which::Followup(_) => Purpose::Followup,
    }
}

fn draft(
    clock: &Clock,
    profile: Option<&Path>,
    which: Which,
    format: EmailFormat,
    out: &OutputArgs,
    emit: &mut dyn Emit,
) -> Result<Output> {
    let loaded = load_profile(clock, profile)?;
    let case = &loaded.case;
    if which.medium() == Medium::Email && matches!(format, EmailFormat::Eml | EmailFormat::Mailto) {
        deliver::require_recipient(case, &loaded.src)?;
    }
    require_template_dir(&loaded, out)?;
    check::validate_ignores(&case.ignore).map_err(|e| {
        Error::input(
            &case.file,
            "check.ignore",
            crate::locate::line_of(&loaded.src, &["check", "ignore"]),
            e.to_string(),
        )
    })?;
    let dir = template_dir(&loaded, out);
    let now = Now {
        at: clock.at(&case.company.timezone),
    };
    let draft: Draft = render::render(case, which, now, dir.as_deref())?;
    let facts = Facts {
        case: Some(case),
        profile_src: Some(&loaded.src),
        now: Some(now.at),
        hidden: &[],
        drafted: true,
    };
    let purpose = purpose_of(which);
    // The student's reasons are judged once, on the profile: every draft of one profile, in
    // every format, gets the same verdict on them.
    let judged = if purpose == Purpose::Request {
        check::judge_profile(case, &loaded.src)
    } else {
        Vec::new()
    };
    let opts = Options {
        medium: Some(draft.medium),
        lang: Some(draft.lang),
        purpose: Some(purpose),
        ignore: case.ignore.clone(),
        judged: check::JUDGED_ON_PROFILE.to_vec(),
    };
    let mut checked = check::check(&draft.text, &opts, &facts);
    checked.diagnostics.extend(
        judged
            .into_iter()
            .filter(|d| !case.ignore.iter().any(|i| i == d.rule)),
    );
    let failed = checked.worst() == Some(Severity::Error);
    let mut notes: Vec<String> = draft
        .notes
        .iter()
        .map(|n| match case.lang {
            Lang::Ja => format!("注記：{n}"),
            Lang::En => format!("note: {n}"),
        })
        .collect();
    let path = format!(
        "<{}>",
        match which {
            Which::Phone => "phone-script",
            Which::Email => "draft",
            Which::Followup(_) => "followup",
        }
    );
    let profile_path = loaded.path.display().to_string();
    emit.report(&Report {
        path: &path,
        checked: &checked,
        profile: Some((&profile_path, &loaded.src)),
        sources: &draft.sources,
    })
    .map_err(|source| Error::Write {
        path: PathBuf::from("<stderr>"),
        source,
    })?;
    drop(checked);
    let mut output = Output {
        status: if failed { EXIT_RULE } else { EXIT_OK },
        ..Output::default()
    };
    output.notes.append(&mut notes);
    if failed && !out.force {
        output.notes.push(match case.lang {
            Lang::Ja => {
                "下書きは出力していません。上のエラーを直すか、--force で出力します".to_owned()
            }
            Lang::En => {
                "no draft printed: fix the errors above, or pass --force to print it anyway"
                    .to_owned()
            }
        });
        return Ok(output);
    }
    let text = match format {
        EmailFormat::Text => draft.text,
        EmailFormat::Body => deliver::Message::from_draft(&draft.text).body,
        EmailFormat::Eml => deliver::eml(case, &draft.text, &clock.zoned(&case.company.timezone))?,
        EmailFormat::Mailto => deliver::mailto(case, &draft.text)? + "\n",
    };
    match &out.output {
        // `-o -` is standard output, as everywhere on the command line.
        Some(path) if path.as_os_str() != "-" => {
            files::write_output(path, text.as_bytes(), out.force, &[&loaded.path])?;
            output.notes.push(format!("wrote {}", path.display()));
        }
        _ => output.stdout = Some(text),
    }
    Ok(output)
}

fn check_files(clock: &Clock, a: &crate::cli::CheckArgs, emit: &mut dyn Emit) -> Result<Output> {
    check::validate_ignores(&a.ignore)?;
    let loaded = match &a.profile {
        Some(p) => Some(load_profile(clock, Some(p))?),
        None => None,
    };
    let facts = Facts {
        case: loaded.as_ref().map(|l| &l.case),
        profile_src: loaded.as_ref().map(|l| l.src.as_str()),
        now: loaded.as_ref().map(|l| clock.at(&l.case.company.timezone)),
        hidden: &[],
        drafted: false,
    };
    let opts = Options {
        medium: a.kind.map(Into::into),
        lang: a.lang.map(Into::into),
        purpose: None,
        ignore: a.ignore.clone(),
        judged: Vec::new(),
    };
    let inputs: Vec<Option<&Path>> = if a.files.is_empty() {
        vec![None]
    } else {
        a.files
            .iter()
            .map(|p| (p.as_os_str() != "-").then_some(p.as_path()))
            .collect()
    };
    let profile_path = loaded.as_ref().map(|l| l.path.display().to_string());
    let write_err = |source| Error::Write {
        path: PathBuf::from("<stdout>"),
        source,
    };
    let mut status = EXIT_OK;
    for input in inputs {
        let (shown, text) = match read_input(input) {
            Ok(found) => found,
            Err(e) => {
                // One unreadable file does not stop the others; the run ends with status 2.
                emit.error(&e).map_err(write_err)?;
                status = EXIT_INPUT;
                continue;
            }
        };
        // Invisible characters are taken out before the text is read, and reported.
        let (text, hidden) = crate::text::normalize(&text);
        let facts = Facts {
            hidden: &hidden,
            ..facts
        };
        let checked = check::check(&text, &opts, &facts);
        if checked.worst() == Some(Severity::Error) && status == EXIT_OK {
            status = EXIT_RULE;
        }
        emit.report(&Report {
            path: &shown,
            checked: &checked,
            profile: profile_path.as_deref().zip(facts.profile_src),
            sources: &[],
        })
        .map_err(write_err)?;
    }
    Ok(Output {
        status,
        ..Output::default()
    })
}

/// Reads one input of `check` (a file, or stdin for `None`): decoded, not empty, and a MIME
/// message unpacked to the draft it carries.
fn read_input(input: Option<&Path>) -> Result<(String, String)> {
    let (shown, bytes) = match input {
        Some(p) => (p.display().to_string(), files::read(p)?),
        None => {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(crate::files::MAX_INPUT_BYTES as u64 + 1)
                .read_to_end(&mut buf)
                .map_err(|source| Error::Read {
                    path: PathBuf::from("<stdin>"),
                    source,
                })?;
            ("<stdin>".to_owned(), buf)
        }
    };
    let text = crate::profile::decode(&shown, bytes)?;
    if text.trim().is_empty() {
        return Err(Error::input(
            &shown,
            "",
            None,
            "the file is empty; there is nothing to check",
        ));
    }
    // A MIME message is checked as the draft it carries; lines then count in that draft.
    Ok(match deliver::decode_message(&shown, &text)? {
        Some(draft) => (format!("{shown} (decoded message)"), draft),
        None => (shown, text),
    })
}

fn rules_table() -> String {
    let width = check::RULES.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let sev_width = check::RULES
        .iter()
        .map(|r| r.severity_label().len())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for r in check::RULES {
        let note = if r.needs_profile {
            " (needs --profile)"
        } else {
            ""
        };
        out.push_str(&format!(
            "{:<width$}  {:<sev_width$}  {}{note}\n",
            r.id,
            r.severity_label(),
            r.summary
        ));
    }
    out
}

fn rule_doc(id: &str) -> Result<Output> {
    match check::rules::find(id) {
        Some(rule) => Ok(Output::text(rule.doc_text())),
        None => Err(Error::Usage(check::rules::unknown(id))),
    }
}

fn next(clock: &Clock, profile: Option<&Path>) -> Result<Output> {
    let loaded = load_profile(clock, profile)?;
    let case = &loaded.case;
    let at = clock.at(&case.company.timezone);
    let window = calendar::next_call_window(at);
    let label = calendar::window_label(&window, at.date(), case.lang);
    let days = case.days_since_decline();
    let ja = case.lang == Lang::Ja;
    let mut lines = Vec::new();
    match case.timeline.called_on {
        None => {
            if window.open_now {
                lines.push(if ja {
                    format!("今すぐ電話しましょう（良い時間帯：{label}）。")
                } else {
                    format!("Call now: the window is open ({label}).")
                });
            } else {
                lines.push(if ja {
                    format!("次に電話する時間：{label}。")
                } else {
                    format!("Call next: {label}.")
                });
            }
            lines.push(if ja {
                format!(
                    "辞退から{days}日。台本：retract phone-script {}",
                    loaded.path.display()
                )
            } else {
                format!(
                    "{} since you declined. Script: retract phone-script {}",
                    calendar::days_en(days),
                    loaded.path.display()
                )
            });
        }
        Some(called) if called == case.today => {
            lines.push(if ja {
                "電話は済みました。今日のうちにメールを送りましょう。".to_owned()
            } else {
                "You have called. Send the email today.".to_owned()
            });
            let shown = loaded.path.display();
            // `--format eml` needs the recruiter's address; without one, the letter is copied
            // into a mail client by hand.
            lines.push(match (&case.company.contact.email, ja) {
                (Some(_), _) => format!("retract draft --format eml {shown} | msmtp -t"),
                (None, true) => format!(
                    "宛先のアドレスがプロフィールにないため、本文をメールソフトに貼り付けて送ります：retract draft {shown}"
                ),
                (None, false) => format!(
                    "No recruiter address in the profile: paste the letter into your mail client: retract draft {shown}"
                ),
            });
        }
        Some(called) => {
            let since = (case.today - called).get_days();
            lines.push(if ja {
                format!("電話から{since}日。先方のお返事を待ちましょう。催促はしません。")
            } else {
                format!(
                    "{} since your call. Wait for their answer; do not chase them.",
                    calendar::days_en(since.into())
                )
            });
            lines.push(if ja {
                "結果が出たら：retract followup --outcome accepted|declined".to_owned()
            } else {
                "When they answer: retract followup --outcome accepted|declined".to_owned()
            });
        }
    }
    Ok(Output::text(lines.join("\n") + "\n"))
}

fn init(a: &InitArgs, answers: Option<&[(String, String)]>, clock: &Clock) -> Result<Output> {
    let path = a
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from("profile.yaml"));
    if a.interactive && answers.is_none() {
        return Err(Error::Usage(
            "--interactive needs a terminal to ask its questions; run `retract init` and edit the file instead".into(),
        ));
    }
    let lang = Lang::from(a.lang);
    let starter = render::starter_profile(lang);
    let text = match answers {
        Some(answers) => render::fill_profile(starter, answers),
        None => starter.to_owned(),
    };
    files::write_atomic(&path, text.as_bytes(), a.force)?;
    let mut out = Output::default();
    let shown = path.display().to_string();
    out.notes.push(match lang {
        Lang::Ja => format!("{shown} を作成しました。"),
        Lang::En => format!("wrote {shown}"),
    });
    // Say what is still missing, in the words the draft command would use.
    match crate::model::load(&shown, text.into_bytes(), clock.today(), &check::rule_ids()) {
        Ok(_) => out.notes.push(match lang {
            Lang::Ja => format!("次は電話の台本：retract phone-script {shown}"),
            Lang::En => format!("next, the phone script: retract phone-script {shown}"),
        }),
        Err(e) => {
            // The starter profile is empty on purpose: name the fields to fill in, not eight
            // errors about them.
            let fields: Vec<&str> = e.problems().iter().map(|p| p.field.as_str()).collect();
            out.notes.push(match (lang, fields.is_empty()) {
                (_, true) => e.to_string(),
                (Lang::Ja, false) => format!("まだ記入が必要な項目：{}", fields.join("、")),
                (Lang::En, false) => format!("still to fill in: {}", fields.join(", ")),
            });
        }
    }
    Ok(out)
}

fn export_templates(dir: &Path, force: bool) -> Result<Output> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut out = Output::default();
    for b in render::BUILTINS {
        let path = dir.join(b.name);
        if path.exists() && !force {
            out.notes.push(format!(
                "kept {} (already exists; --force replaces it)",
                path.display()
            ));
            continue;
        }
        files::write_atomic(&path, b.source.as_bytes(), force)?;
        out.notes.push(format!("wrote {}", path.display()));
    }
    Ok(out)
}
