//! The command line, as clap types. `main` parses it; [`crate::app`] runs it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::render::Outcome;
use crate::text::{Lang, Medium};

/// Draft and check the phone script and email that ask a company to take back a declined job
/// offer (内定辞退の撤回).
#[derive(Debug, Parser)]
#[command(name = "retract", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// Treat this date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM in the company's zone) as now, for
    /// reproducible output.
    #[arg(long, global = true, env = "RETRACT_TODAY", value_name = "DATE")]
    pub today: Option<String>,

    /// When to use colour in diagnostics.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Print only errors: no warnings or notes on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// A text's language on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Japanese.
    Ja,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Ja => Lang::Ja,
            LangArg::En => Lang::En,
        }
    }
}

/// What a checked text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// An email (written: 貴社).
    Email,
    /// A phone script (spoken: 御社).
    Phone,
}

impl From<KindArg> for Medium {
    fn from(k: KindArg) -> Medium {
        match k {
            KindArg::Email => Medium::Email,
            KindArg::Phone => Medium::Phone,
        }
    }
}

/// How the call went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutcomeArg {
    /// They agreed to withdraw the decline.
    Accepted,
    /// They said no.
    Declined,
    /// The recruiter could not be reached.
    Absent,
}

impl From<OutcomeArg> for Outcome {
    fn from(o: OutcomeArg) -> Outcome {
        match o {
            OutcomeArg::Accepted => Outcome::Accepted,
            OutcomeArg::Declined => Outcome::Declined,
            OutcomeArg::Absent => Outcome::Absent,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the email to send after the call (checked before it is printed).
    #[command(after_help = after_help("draft"))]
    Draft(DraftArgs),
    /// Print the phone script to read aloud, with the branches and likely questions.
    #[command(after_help = after_help("phone-script"))]
    PhoneScript(ScriptArgs),
    /// Draft the email after the call: accepted, declined, or recruiter absent.
    #[command(after_help = after_help("followup"))]
    Followup(FollowupArgs),
    /// Check a draft (yours or edited by hand) against the advisors' and business-writing rules.
    #[command(after_help = after_help("check"))]
    Check(CheckArgs),
    /// List every rule with its id, severity and summary.
    #[command(after_help = after_help("rules"))]
    Rules,
    /// Explain one rule: what it checks, why it matters, a bad and a good example.
    #[command(after_help = after_help("rule"))]
    Rule {
        /// The rule id, e.g. honorific-medium.
        #[arg(value_parser = RuleId)]
        id: String,
    },
    /// Say what to do now: call, when to call, send the email, or wait.
    #[command(after_help = after_help("next"))]
    Next {
        /// The profile (default ./profile.yaml).
        profile: Option<PathBuf>,
    },
    /// Write a commented starter profile.
    #[command(after_help = after_help("init"))]
    Init(InitArgs),
    /// Work with the built-in templates.
    #[command(subcommand, after_help = after_help("templates"))]
    Templates(TemplatesCommand),
    /// Print a shell completion script.
    #[command(after_help = after_help("completions"))]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a man page (roff): the main one, one command's, or all of them into a folder.
    #[command(after_help = after_help("man"))]
    Man {
        /// The command whose page to print, e.g. draft (retract-draft(1)) or templates-export.
        #[arg(value_name = "COMMAND")]
        page: Option<String>,

        /// Write every page (retract.1, retract-draft.1, …) into this folder instead.
        #[arg(long, value_name = "DIR", conflicts_with = "page")]
        dir: Option<PathBuf>,
    },
}

/// Examples for each command: shown after `--help` and in the EXAMPLES section of its man page.
/// Each is a command line and what it does.
pub fn examples(command: &str) -> &'static [(&'static str, &'static str)] {
    match command {
        "draft" => &[
            (
                "retract draft profile.yaml",
                "print the email after the call, checked",
            ),
            (
                "retract draft --format eml profile.yaml | msmtp -t",
                "send it as a complete message",
            ),
            (
                "retract draft --force -o draft.txt profile.yaml",
                "write it even if a check fails (the exit status is still 1)",
            ),
        ],
        "phone-script" => &[
            (
                "retract phone-script profile.yaml",
                "the call, to read aloud",
            ),
            (
                "retract --today 2026-11-24T09:00 phone-script profile.yaml",
                "as it would read at 9:00 that day",
            ),
        ],
        "followup" => &[
            (
                "retract followup --outcome accepted profile.yaml",
                "thank them after a yes",
            ),
            (
                "retract followup --outcome absent --format eml profile.yaml | msmtp -t",
                "the recruiter could not be reached: send the request by email",
            ),
        ],
        "check" => &[
            ("retract check my-draft.txt", "check a letter you edited"),
            (
                "retract check --profile profile.yaml --format json sent/*.eml",
                "check saved messages with the profile's facts, as JSON",
            ),
        ],
        "rules" => &[("retract rules", "every rule, its severity and summary")],
        "rule" => &[(
            "retract rule honorific-medium",
            "why 貴社 in writing, 御社 on the phone",
        )],
        "next" => &[("retract next", "what to do now, for ./profile.yaml")],
        "init" => &[
            ("retract init", "write ./profile.yaml to fill in"),
            (
                "retract init --interactive --lang en my.yaml",
                "answer questions at the terminal instead",
            ),
        ],
        "templates" | "templates-export" => &[(
            "retract templates export my-templates",
            "write the built-in templates to edit; use them with --templates my-templates",
        )],
        "completions" => &[(
            "retract completions bash > ~/.local/share/bash-completion/completions/retract",
            "tab completion for bash",
        )],
        "man" => &[
            ("retract man | man -l -", "read the main page"),
            ("retract man draft | man -l -", "read retract-draft(1)"),
            (
                "retract man --dir ~/.local/share/man/man1",
                "install every page",
            ),
        ],
        _ => &[],
    }
}

fn after_help(command: &str) -> String {
    let mut out = String::from("Examples:\n");
    for (line, what) in examples(command) {
        out.push_str(&format!("  {line}\n      {what}\n"));
    }
    out
}

/// A rule id: any text is accepted (an unknown one gets a "did you mean" message of our own),
/// and the ids of [`crate::check::RULES`] are offered to shell completion and `--help`.
#[derive(Debug, Clone, Copy)]
pub struct RuleId;

impl clap::builder::TypedValueParser for RuleId {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(crate::check::RULES.iter().map(|r| {
            clap::builder::PossibleValue::new(r.id).help(r.summary)
        })))
    }
}

/// What `draft` and `followup` print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EmailFormat {
    /// To: and Subject: lines, a blank line, then the body.
    Text,
    /// A complete RFC 5322 message for sendmail -t, msmtp -t or mutt -H.
    Eml,
    /// A mailto: URI that opens your mail client with everything filled in.
    Mailto,
    /// Only the body, for a web mail form.
    Body,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Print the draft even if a check fails with an error (the exit status is still 1);
    /// replace an existing --output file.
    #[arg(long)]
    pub force: bool,

    /// Use templates from this folder where present (built-in ones elsewhere).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The profile (default ./profile.yaml).
    pub profile: Option<PathBuf>,

    /// How to print the email (text, eml, mailto or body; --help describes each).
    #[arg(long, value_enum, default_value_t = EmailFormat::Text)]
    pub format: EmailFormat,

    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ScriptArgs {
    /// The profile (default ./profile.yaml).
    pub profile: Option<PathBuf>,

    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct FollowupArgs {
    /// The profile (default ./profile.yaml).
    pub profile: Option<PathBuf>,

    /// How the call went.
    #[arg(long, value_enum)]
    pub outcome: OutcomeArg,

    /// How to print the email (text, eml, mailto or body; --help describes each).
    #[arg(long, value_enum, default_value_t = EmailFormat::Text)]
    pub format: EmailFormat,

    #[command(flatten)]
    pub out: OutputArgs,
}

/// How `check` prints what it found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Diagnostics with the source line and a caret, as a compiler prints them.
    Human,
    /// One JSON array of diagnostics (path, rule, severity, line, column, message…).
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files to check; `-` or none reads stdin.
    pub files: Vec<PathBuf>,

    /// What the text is (default: a phone script when it has the marks of one, such as 【受付】
    /// sections, speaker turns or ■ branches; else an email).
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,

    /// The text's language (default: detected).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,

    /// Add the profile's facts (company name, timeline) to the checks.
    #[arg(long, value_name = "PROFILE")]
    pub profile: Option<PathBuf>,

    /// How to print the findings (human or json).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Skip a rule (repeatable).
    #[arg(long, value_name = "RULE", value_parser = RuleId, hide_possible_values = true)]
    pub ignore: Vec<String>,

    /// Show each sentence with the roles the checker read in it and the words behind each.
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the profile (default ./profile.yaml). Never overwrites without --force.
    pub path: Option<PathBuf>,

    /// The language of the letters.
    #[arg(long, value_enum, default_value_t = LangArg::Ja)]
    pub lang: LangArg,

    /// Ask for each field at the terminal and write a filled-in profile.
    #[arg(short, long, conflicts_with = "no_input")]
    pub interactive: bool,

    /// Never prompt, even on a terminal (the default unless --interactive).
    #[arg(long)]
    pub no_input: bool,

    /// Replace an existing file at PATH (without it, an existing file is never touched).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Write the built-in templates into DIR for editing (existing files are kept).
    #[command(after_help = after_help("templates-export"))]
    Export {
        dir: PathBuf,
        /// Replace templates already in DIR with the built-in ones.
        #[arg(long)]
        force: bool,
    },
}
