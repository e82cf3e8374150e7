//! The library's error type: everything that makes a command stop before it produces output.
//!
//! Every variant is bad input or an environment problem, so every one maps to exit status 2.
//! A draft that breaks a rule is not an error: it is a diagnostic, returned as a value.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Where a problem in an input file is, for a message the student can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file as the user named it (or `<stdin>`).
    pub file: String,
    /// The field path, such as `timeline.declined_on`; empty when the file as a whole is wrong.
    pub field: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong, in plain words.
    pub message: String,
    /// What to do about it, when there is something concrete to suggest.
    pub help: Option<String>,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if self.field.is_empty() {
            write!(f, ": {}", self.message)?;
        } else {
            write!(f, ": {}: {}", self.field, self.message)?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Why a command could not run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A profile or draft has a problem at a known place.
    #[error("{0}")]
    Input(Box<InputError>),
    /// Several problems in one input, reported together; each reads as its own `error:`.
    #[error("{}", join_problems(.0))]
    Inputs(Vec<InputError>),
    /// A file could not be read at all.
    #[error("cannot read {}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// A file could not be written.
    #[error("cannot write {}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// The output file exists and `--force` was not given.
    #[error("{} already exists; pass --force to replace it, or choose another path", path.display())]
    Exists { path: PathBuf },
    /// A built-in or user template failed to parse or render.
    #[error("template {name}: {message}")]
    Template { name: String, message: String },
    /// The command line asks for something that cannot be done.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn input(
        file: impl Into<String>,
        field: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Error::Input(Box::new(InputError {
            file: file.into(),
            field: field.into(),
            line,
            message: message.into(),
            help: None,
        }))
    }

    /// One problem as [`Error::Input`], several as [`Error::Inputs`].
    pub fn from_problems(mut problems: Vec<InputError>) -> Self {
        if problems.len() == 1 {
            Error::Input(Box::new(problems.remove(0)))
        } else {
            Error::Inputs(problems)
        }
    }

    /// Every problem this error holds, for callers that list fields.
    pub fn problems(&self) -> Vec<&InputError> {
        match self {
            Error::Input(e) => vec![e],
            Error::Inputs(list) => list.iter().collect(),
            _ => Vec::new(),
        }
    }

    /// Adds a suggestion to an input error; other variants are returned unchanged.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        if let Error::Input(e) = &mut self {
            e.help = Some(help.into());
        }
        self
    }
}

/// `main` prints `error: ` before the whole message; each further problem gets its own.
fn join_problems(problems: &[InputError]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\nerror: ")
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
