//! Man pages from the command-line definition: `retract(1)` and one page per command
//! (`retract-draft(1)`, `retract-templates-export(1)`…), each with EXAMPLES, EXIT STATUS and
//! ENVIRONMENT sections written here, where clap has nothing to say.

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_mangen::roff::{bold, roman, Roff};
use clap_mangen::Man;

use crate::cli::{examples, Cli};
use crate::error::{Error, Result};

/// Every page: its name (`retract`, `retract-draft`…) and the command it documents.
fn pages() -> Vec<(String, clap::Command)> {
    fn walk(cmd: &clap::Command, name: String, out: &mut Vec<(String, clap::Command)>) {
        out.push((name.clone(), cmd.clone()));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, format!("{name}-{}", sub.get_name()), out);
        }
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, "retract".to_owned(), &mut out);
    out
}

/// The page of `command` (`draft`, `retract-draft` or `templates-export`); the main page for
/// `None`.
pub fn page(command: Option<&str>) -> Result<String> {
    let wanted = match command {
        None => "retract".to_owned(),
        Some(c) if c.starts_with("retract") => c.to_owned(),
        Some(c) => format!("retract-{}", c.replace(' ', "-")),
    };
    let all = pages();
    let Some((name, cmd)) = all.iter().find(|(n, _)| *n == wanted) else {
        let names: Vec<&str> = all
            .iter()
            .filter_map(|(n, _)| n.strip_prefix("retract-"))
            .collect();
        let mut msg = format!("no man page for `{}`", command.unwrap_or_default());
        if let Some(s) = crate::text::suggest(wanted.trim_start_matches("retract-"), &names) {
            msg.push_str(&format!("; did you mean `{s}`?"));
        }
        msg.push_str(&format!(" (pages: {})", names.join(", ")));
        return Err(Error::Usage(msg));
    };
    render(name, cmd, &all)
}

/// Writes every page into `dir` as `NAME.1`, replacing pages already there (they are
/// generated, never edited), and returns the paths written.
pub fn write_all(dir: &Path) -> Result<Vec<PathBuf>> {
    if !dir.is_dir() {
        return Err(Error::Usage(format!(
            "--dir {}: no such folder",
            dir.display()
        )));
    }
    let all = pages();
    let mut written = Vec::new();
    for (name, cmd) in &all {
        let path = dir.join(format!("{name}.1"));
        crate::files::write_atomic(&path, render(name, cmd, &all)?.as_bytes(), true)?;
        written.push(path);
    }
    Ok(written)
}

fn render(name: &str, cmd: &clap::Command, all: &[(String, clap::Command)]) -> Result<String> {
    let man = Man::new(cmd.clone().display_name(name.to_owned()))
        .source(format!("retract {}", env!("CARGO_PKG_VERSION")));
    let mut buf = Vec::new();
    let werr = |source| Error::Write {
        path: PathBuf::from(format!("{name}.1")),
        source,
    };
    man.render_title(&mut buf).map_err(werr)?;
    man.render_name_section(&mut buf).map_err(werr)?;
    man.render_synopsis_section(&mut buf).map_err(werr)?;
    man.render_description_section(&mut buf).map_err(werr)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut buf).map_err(werr)?;
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut buf).map_err(werr)?;
    }
    let mut roff = Roff::new();
    let key = name.strip_prefix("retract-").unwrap_or("");
    let shown: Vec<(&str, &str)> = if key.is_empty() {
        // The main page shows the whole attempt, one command after the other.
        ["init", "phone-script", "draft", "check"]
            .iter()
            .flat_map(|c| examples(c).iter().take(1).copied())
            .collect()
    } else {
        examples(key).to_vec()
    };
    if !shown.is_empty() {
        roff.control("SH", ["EXAMPLES"]);
        for (line, what) in shown {
            roff.control("TP", []);
            roff.text([bold(line)]);
            roff.text([roman(what)]);
        }
    }
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in [
        ("0", "Success; warnings may have been printed."),
        (
            "1",
            "A draft breaks a rule of error severity: check found one, or draft, phone-script or \
             followup refused to print (with --force the draft is printed and the status is \
             still 1).",
        ),
        (
            "2",
            "Bad input or usage: the message names the file, the field and the line. Nothing \
             is printed on standard output and no file is written.",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(meaning)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (var, meaning) in [
        (
            "RETRACT_TODAY",
            "A date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM) to treat as now, as \
             --today does, for reproducible output.",
        ),
        (
            "NO_COLOR",
            "When set and not empty, no colour is used unless --color always is given.",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(var)]);
        roff.text([roman(meaning)]);
    }
    roff.control("SH", ["SEE ALSO"]);
    let related: Vec<String> = all
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| *n != name && (key.is_empty() || *n == "retract"))
        .map(|n| format!("{n}(1)"))
        .collect();
    roff.text([roman(related.join(", "))]);
    roff.to_writer(&mut buf).map_err(werr)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}
