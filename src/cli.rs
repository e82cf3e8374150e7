//! The command line, as clap types. `main` parses it; [`crate::app`] runs it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::Lang;
use crate::render::{Kind, Outcome};

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
    pub outcome: Outcome,

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

    /// What the text is (default: email when it has a Subject:/件名 line, else phone).
    #[arg(long, value_enum)]
    pub kind: Option<Kind>,

    /// The text's language (default: detected).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,

    /// Add the profile's facts (company name, timeline) to the checks.
    #[arg(long, value_name = "PROFILE")]
    pub profile: Option<PathBuf>,

    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Skip a rule (repeatable).
    #[arg(long, value_name = "RULE")]
    pub ignore: Vec<String>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the profile (default ./profile.yaml). Never overwrites without --force.
    pub path: Option<PathBuf>,

    /// The language of the letters.
    #[arg(long, value_enum, default_value_t = Lang::Ja)]
    pub lang: Lang,

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
    Export {
        dir: PathBuf,
        /// Replace templates already in DIR with the built-in ones.
        #[arg(long)]
        force: bool,
    },
}
