//! Inputs kept from fuzzing (`fuzz/regressions/`), run through the fuzz targets' own bodies:
//! whatever the fuzzer once found stays fixed.

#[path = "../fuzz/harness.rs"]
mod harness;

use std::path::Path;

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let path = e.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            (path.display().to_string(), bytes)
        })
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no inputs under {}", dir.display());
    out
}

#[test]
fn profile_inputs_render_and_check() {
    for (path, bytes) in inputs("profile") {
        eprintln!("{path}");
        harness::profile(&bytes);
    }
}

#[test]
fn check_inputs_check() {
    for (path, bytes) in inputs("check") {
        eprintln!("{path}");
        harness::check(&bytes);
    }
}

#[test]
fn templates_inputs_render_or_name_the_template() {
    for (path, bytes) in inputs("templates") {
        eprintln!("{path}");
        harness::templates(&bytes);
    }
}
