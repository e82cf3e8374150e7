//! `retract` drafts the phone script and the email that ask a Japanese company to take back a
//! job offer the student declined (内定辞退の撤回), and checks any such draft against career
//! advisors' rules and business-writing rules.
//!
//! Data flows one way: [`cli::Cli`] → [`profile::Profile`] (raw YAML) → [`model::Case`]
//! (validated) → [`prepare::Prepared`] (the student's text in sentences, in polite form) →
//! [`render::Draft`] (which knows where each of the student's sentences came
//! from) → [`check::Reading`] (every sentence with its roles) → [`check::Diagnostic`]s →
//! [`printer`] → exit status. The [`text`] layer (language, medium, sentences) sits under both
//! drafting and checking, which never import each other.

pub mod app;
pub mod calendar;
pub mod check;
pub mod cli;
pub mod deliver;
pub mod error;
pub mod files;
pub mod limits;
pub mod locate;
pub mod man;
pub mod model;
pub mod prepare;
pub mod printer;
pub mod profile;
pub mod render;
pub mod text;

pub use error::{Error, Result};
