//! The `retract` binary: parse, run, print, exit. Everything else lives in the library.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use retract::app::{self, DiagnosticsTo, Emit, Env, EXIT_INPUT};
use retract::cli::{CheckFormat, Cli, ColorChoice, Command};
use retract::printer::{Format, Printer, Report, Style};

mod prompt;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // clap exits 0 for --help/--version and 2 for usage errors, as we do.
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(EXIT_INPUT));
        }
    };
    match run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "{}", error_text(&e));
            ExitCode::from(EXIT_INPUT)
        }
    }
}

/// `error: …` with every cause.
fn error_text(e: &anyhow::Error) -> String {
    let mut msg = format!("error: {e}");
    for cause in e.chain().skip(1) {
        msg.push_str(&format!("\n  caused by: {cause}"));
    }
    msg
}

/// Prints each checked text as the library hands it over.
struct Terminal<W: Write> {
    printer: Printer<W>,
}

impl<W: Write> Emit for Terminal<W> {
    fn report(&mut self, report: &Report) -> std::io::Result<()> {
        self.printer.report(report)
    }

    fn error(&mut self, error: &retract::Error) -> std::io::Result<()> {
        let text = error_text(&anyhow::Error::new(RenderedError(error.to_string())));
        writeln!(
            std::io::stderr(),
            "{}",
            retract::printer::escape_lines(&text)
        )
    }
}

/// An error already turned into text, for `error_text`.
#[derive(Debug)]
struct RenderedError(String);

impl std::fmt::Display for RenderedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RenderedError {}

fn run(cli: &Cli) -> anyhow::Result<u8> {
    let mut env = Env::system();
    if let Command::Init(init) = &cli.command {
        if init.interactive && std::io::stdin().is_terminal() {
            env.answers = Some(prompt::ask(init.lang.into())?);
        }
    }
    let use_color = |terminal: bool| match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            terminal
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
        }
    };
    let (format, explain) = match &cli.command {
        Command::Check(a) => (
            match a.format {
                CheckFormat::Human => Format::Human,
                CheckFormat::Json => Format::Json,
            },
            a.explain,
        ),
        _ => (Format::Human, false),
    };
    let output = match app::diagnostics_to(cli) {
        DiagnosticsTo::Stdout => {
            let stdout = std::io::stdout();
            let style = Style {
                format,
                color: use_color(stdout.is_terminal()),
                quiet: cli.quiet,
                summary: !cli.quiet,
                explain,
            };
            let mut terminal = Terminal {
                printer: Printer::new(std::io::BufWriter::new(stdout.lock()), style),
            };
            let output = app::run(cli, &env, &mut terminal)?;
            terminal.printer.finish()?;
            output
        }
        DiagnosticsTo::Stderr => {
            let stderr = std::io::stderr();
            let style = Style {
                format: Format::Human,
                color: use_color(stderr.is_terminal()),
                quiet: cli.quiet,
                summary: false,
                explain: false,
            };
            let mut terminal = Terminal {
                printer: Printer::new(BestEffort(stderr.lock()), style),
            };
            let output = app::run(cli, &env, &mut terminal)?;
            terminal.printer.finish()?;
            output
        }
    };
    let mut stderr = std::io::stderr().lock();
    if !cli.quiet {
        for note in &output.notes {
            let _ = writeln!(stderr, "{note}");
        }
    }
    if let Some(text) = &output.stdout {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(text.as_bytes())?;
        stdout.flush()?;
    }
    Ok(output.status)
}

/// A closed stderr must not hide the draft: writes to it never fail.
struct BestEffort<W: Write>(W);

impl<W: Write> Write for BestEffort<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let _ = self.0.write_all(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let _ = self.0.flush();
        Ok(())
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<retract::Error>().is_some_and(|r| {
                std::error::Error::source(r)
                    .and_then(|s| s.downcast_ref::<std::io::Error>())
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}
