//! The `retract` binary: parse, run, print, exit. Everything else lives in the library.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use retract::app::{self, DiagnosticsTo, Env, EXIT_INPUT};
use retract::cli::{CheckFormat, Cli, ColorChoice, Command};
use retract::printer;

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
            let mut msg = format!("error: {e}");
            for cause in e.chain().skip(1) {
                msg.push_str(&format!("\n  caused by: {cause}"));
            }
            let _ = writeln!(std::io::stderr(), "{msg}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<u8> {
    let mut env = Env::system();
    if let Command::Init(init) = &cli.command {
        if init.interactive && std::io::stdin().is_terminal() {
            env.answers = Some(prompt::ask(init.lang)?);
        }
    }
    let mut output = app::run(cli, &env)?;
    let use_color = |terminal: bool| match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let mut stdout = std::io::stdout().lock();
    let mut stderr = std::io::stderr().lock();
    if cli.quiet {
        printer::only_errors(&mut output.reports);
    }
    let reports = &output.reports;
    match output.diagnostics_to {
        DiagnosticsTo::Stdout(CheckFormat::Json) => {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, &mut stdout);
            printer::write_json(&mut out, reports)?;
            out.flush()?;
        }
        DiagnosticsTo::Stdout(CheckFormat::Human) => {
            let color = use_color(std::io::stdout().is_terminal());
            stdout.write_all(printer::human(reports, color, !cli.quiet).as_bytes())?;
        }
        DiagnosticsTo::Stderr => {
            let color = use_color(std::io::stderr().is_terminal());
            // Best effort: a closed stderr must not hide the draft.
            let _ = stderr.write_all(printer::human(reports, color, false).as_bytes());
        }
    }
    if !cli.quiet {
        for note in &output.notes {
            let _ = writeln!(stderr, "{note}");
        }
    }
    if let Some(text) = &output.stdout {
        stdout.write_all(text.as_bytes())?;
    }
    stdout.flush()?;
    let status = output.status;
    // The process ends here: handing every report back to the allocator one by one (ten
    // thousand for a large `check`) would only delay the exit.
    std::mem::forget(output);
    Ok(status)
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
