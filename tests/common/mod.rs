//! Helpers shared by the integration tests.
#![allow(dead_code)]

use clap::Parser;
use retract::app::{self, Env, Output};
use retract::cli::Cli;

/// The fixed "now" of every test: Tuesday 2026-11-24, 09:30 in Tokyo.
pub fn env() -> Env {
    Env {
        now: "2026-11-24T09:30:00+09:00[Asia/Tokyo]"
            .parse()
            .expect("valid timestamp"),
        answers: None,
    }
}

/// Runs a command line through the library, as `main` would.
pub fn run(args: &[&str]) -> retract::Result<Output> {
    let mut argv = vec!["retract", "--today", "2026-11-24"];
    argv.extend_from_slice(args);
    let cli = Cli::try_parse_from(argv).expect("valid command line");
    app::run(&cli, &env())
}

pub fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 24)
}
