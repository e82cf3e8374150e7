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
    Draft(DraftArgs),
    /// Print the phone script to read aloud, with the branches and likely questions.
    PhoneScript(ScriptArgs),
    /// Draft the email after the call: accepted, declined, or recruiter absent.
    Followup(FollowupArgs),
    /// Check a draft (yours or edited by hand) against the advisors' and business-writing rules.
    Check(CheckArgs),
    /// List every rule with its id, severity and summary.
    Rules,
    /// Explain one rule: what it checks, why it matters, a bad and a good example.
    Rule {
        /// The rule id, e.g. honorific-medium.
        id: String,
    },
    /// Say what to do now: call, when to call, send the email, or wait.
    Next {
        /// The profile (default ./profile.yaml).
        profile: Option<PathBuf>,
    },
    /// Write a commented starter profile.
    Init(InitArgs),
    /// Work with the built-in templates.
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

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

    /// Print the draft even if a check fails with an error; replace an existing --output file.
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

    #[arg(long, value_enum, default_value_t = EmailFormat::Text)]
    pub format: EmailFormat,

    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
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

    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Skip a rule (repeatable).
    #[arg(long, value_name = "RULE")]
    pub ignore: Vec<String>,

    /// Show each sentence with the roles the checker read in it and the words behind each.
    #[arg(long)]
    pub explain: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the profile (default ./profile.yaml). Never overwrites.
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
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// Write the built-in templates into DIR for editing (existing files are kept).
    Export { dir: PathBuf },
}
