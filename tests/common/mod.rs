//! Helpers shared by the integration tests.
#![allow(dead_code)]

use clap::Parser;
use retract::app::{self, Emit, Env};
use retract::check::Severity;
use retract::cli::Cli;
use retract::printer::{Format, Printer, Report, Style};

/// The fixed "now" of every test: Tuesday 2026-11-24, 09:30 in Tokyo.
pub fn env() -> Env {
    Env {
        now: "2026-11-24T09:30:00+09:00[Asia/Tokyo]"
            .parse()
            .expect("valid timestamp"),
        answers: None,
    }
}

/// One checked text, as the user would see it.
#[derive(Debug, Clone)]
pub struct Shown {
    pub path: String,
    /// Every finding: rule, severity and message.
    pub findings: Vec<(String, Severity, String)>,
    /// The human output for the text, without colour.
    pub human: String,
}

impl Shown {
    pub fn rules(&self) -> Vec<&str> {
        self.findings.iter().map(|(r, _, _)| r.as_str()).collect()
    }
}

/// What a command produced: its output, and each checked text as printed.
#[derive(Debug)]
pub struct Out {
    pub stdout: Option<String>,
    pub notes: Vec<String>,
    pub status: u8,
    pub reports: Vec<Shown>,
    /// Files that could not be checked.
    pub errors: Vec<String>,
}

impl Out {
    /// Every finding of every report.
    pub fn findings(&self) -> impl Iterator<Item = &(String, Severity, String)> {
        self.reports.iter().flat_map(|r| &r.findings)
    }

    /// The human output of every report.
    pub fn shown(&self) -> String {
        self.reports.iter().map(|r| r.human.as_str()).collect()
    }
}

#[derive(Default)]
struct Collect {
    reports: Vec<Shown>,
    errors: Vec<String>,
}

impl Emit for Collect {
    fn report(&mut self, r: &Report) -> std::io::Result<()> {
        let style = Style {
            format: Format::Human,
            color: false,
            quiet: false,
            summary: true,
            explain: false,
        };
        let mut printer = Printer::new(Vec::new(), style);
        printer.report(r)?;
        printer.finish()?;
        let lang = r.checked.lang();
        self.reports.push(Shown {
            path: r.path.to_owned(),
            findings: r
                .checked
                .diagnostics
                .iter()
                .map(|d| (d.rule.to_owned(), d.severity, d.message(lang)))
                .collect(),
            human: String::from_utf8(printer.into_inner()).expect("UTF-8"),
        });
        Ok(())
    }

    fn error(&mut self, e: &retract::Error) -> std::io::Result<()> {
        self.errors.push(e.to_string());
        Ok(())
    }
}

/// Runs a command line through the library, as `main` would.
pub fn run(args: &[&str]) -> retract::Result<Out> {
    run_at("2026-11-24", args)
}

/// [`run`] with another `--today`.
pub fn run_at(today: &str, args: &[&str]) -> retract::Result<Out> {
    let mut argv = vec!["retract", "--today", today];
    argv.extend_from_slice(args);
    let cli = Cli::try_parse_from(argv).expect("valid command line");
    let mut collect = Collect::default();
    let output = app::run(&cli, &env(), &mut collect)?;
    Ok(Out {
        stdout: output.stdout,
        notes: output.notes,
        status: output.status,
        reports: collect.reports,
        errors: collect.errors,
    })
}

pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 24)
}
