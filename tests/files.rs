//! Files the user points `retract` at: outputs never damage what is there, inputs and templates
//! are read within the limit, and every refusal names the file the user typed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const EXAMPLE: &str = "examples/profile.yaml";

fn retract_in(dir: Option<&Path>, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_retract"));
    if let Some(dir) = dir {
        cmd.current_dir(dir);
    }
    cmd.args(["--today", "2026-11-24"])
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn retract(args: &[&str]) -> Output {
    retract_in(None, args)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_refused(o: &Output, needles: &[&str]) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "stderr: {err}");
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(err.starts_with("error: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    for n in needles {
        assert!(err.contains(n), "{n:?} not in: {err}");
    }
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE)
}

#[test]
fn dash_output_means_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let o = retract_in(Some(dir.path()), &["draft", p(&example()), "-o", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("To: "));
    assert!(!dir.path().join("-").exists(), "no file named `-`");
}

#[test]
fn the_profile_is_never_overwritten_by_its_own_draft() {
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("profile.yaml");
    std::fs::copy(example(), &profile).unwrap();
    let before = std::fs::read(&profile).unwrap();
    // Spelt the same way, and spelt differently.
    let other_spelling = dir.path().join(".").join("profile.yaml");
    for target in [profile.clone(), other_spelling] {
        let o = retract(&["draft", "--force", "-o", p(&target), p(&profile)]);
        assert_refused(&o, &["profile.yaml", "input"]);
        assert_eq!(std::fs::read(&profile).unwrap(), before);
    }
}

#[test]
fn a_missing_folder_is_named_not_the_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-folder").join("draft.txt");
    let o = retract(&["draft", EXAMPLE, "-o", p(&target)]);
    assert_refused(&o, &["draft.txt", "no-such-folder", "does not exist"]);
    assert!(!stderr(&o).contains(".retract-"), "{}", stderr(&o));
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::fs::{FileTypeExt, PermissionsExt};

    #[test]
    fn a_replaced_file_keeps_its_mode() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("draft.txt");
        std::fs::write(&out, "old").unwrap();
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
        let o = retract(&["draft", EXAMPLE, "--force", "-o", p(&out)]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(std::fs::read_to_string(&out).unwrap().starts_with("To: "));
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn through_a_link_the_file_is_replaced_and_the_link_stays() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        let link = dir.path().join("link.txt");
        std::fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let o = retract(&["draft", EXAMPLE, "--force", "-o", p(&link)]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert!(std::fs::read_to_string(&real).unwrap().starts_with("To: "));
    }

    #[test]
    fn a_fifo_is_written_into_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
        };
        let o = retract(&["draft", EXAMPLE, "--force", "-o", p(&fifo)]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(reader.join().unwrap().starts_with("To: "));
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    }

    #[test]
    fn a_device_is_written_into_not_replaced() {
        let o = retract(&["draft", EXAMPLE, "-o", "/dev/null"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device());
    }

    #[test]
    fn a_template_that_is_a_device_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("email.ja.txt")).unwrap();
        let o = retract(&["draft", "--templates", p(dir.path()), EXAMPLE]);
        assert_refused(
            &o,
            &["email.ja.txt", "character device", "not a regular file"],
        );
    }

    #[test]
    fn a_template_that_is_a_fifo_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("phone.ja.txt");
        assert!(Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let o = retract(&["phone-script", "--templates", p(dir.path()), EXAMPLE]);
        assert_refused(&o, &["phone.ja.txt", "FIFO"]);
    }
}

#[test]
fn a_template_over_the_limit_is_refused_with_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let big = "{# padding #}\n".repeat(150_000);
    std::fs::write(dir.path().join("email.ja.txt"), &big).unwrap();
    let o = retract(&["draft", "--templates", p(dir.path()), EXAMPLE]);
    assert_refused(
        &o,
        &[
            "email.ja.txt",
            &format!("{} bytes", big.len()),
            "at most 1 MiB",
        ],
    );
}

#[test]
fn an_input_over_the_limit_is_refused_with_its_real_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    std::fs::write(&path, "あ".repeat(1_000_000)).unwrap();
    for cmd in ["check", "draft"] {
        let o = retract(&[cmd, p(&path)]);
        assert_refused(&o, &["big.txt", "3000000 bytes", "at most 1 MiB"]);
    }
}

#[test]
fn a_template_folder_that_does_not_exist_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("my-templates");
    let o = retract(&["draft", "--templates", p(&missing), EXAMPLE]);
    assert_refused(&o, &["--templates", "my-templates"]);
    // Named in the profile, it is reported at the profile's field and line.
    let profile = dir.path().join("profile.yaml");
    let src = std::fs::read_to_string(example()).unwrap() + "templates: my-templates\n";
    std::fs::write(&profile, src).unwrap();
    let o = retract(&["phone-script", p(&profile)]);
    assert_refused(&o, &["profile.yaml:", "templates", "my-templates"]);
}

#[test]
fn init_replaces_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.yaml");
    std::fs::write(&path, "mine").unwrap();
    let o = retract(&["init", p(&path)]);
    assert_refused(&o, &["already exists", "--force"]);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    let o = retract(&["init", "--force", p(&path)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("applicant:"));
}

#[test]
fn templates_export_replaces_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("email.ja.txt");
    std::fs::write(&mine, "mine").unwrap();
    let o = retract(&["templates", "export", p(dir.path())]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&mine).unwrap(), "mine");
    let o = retract(&["templates", "export", "--force", p(dir.path())]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&mine).unwrap().contains("{{"));
}
