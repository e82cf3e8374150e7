//! The README's console examples are run as tests, so the README cannot go stale.

#[test]
fn readme_examples() {
    trycmd::TestCases::new()
        .default_bin_name("retract")
        .env("NO_COLOR", "1")
        .case("README.md");
}
