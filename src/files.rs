//! Reading inputs with clear errors and writing outputs atomically: a temporary file in the same
//! folder, then a rename, so a crash never leaves half a letter behind.

use std::fs::{File, Metadata};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Profiles and drafts larger than this are refused before parsing: nobody writes a 1 MiB letter,
/// and it keeps memory bounded on hostile input.
pub const MAX_INPUT_BYTES: usize = 1024 * 1024;

/// The message for an input over the limit, with the real size when the file system knows it
/// (a pipe has no size until it has been read to the end, which may be never).
pub fn too_big(file: &str, size: Option<u64>) -> Error {
    let message = match size {
        Some(n) => {
            format!("the file is {n} bytes; retract reads at most 1 MiB ({MAX_INPUT_BYTES} bytes)")
        }
        None => format!(
            "the input is over 1 MiB; retract reads at most 1 MiB ({MAX_INPUT_BYTES} bytes)"
        ),
    };
    Error::input(file, "", None, message)
}

/// Reads a file, refusing directories and anything over the input limit before reading it all.
/// Pipes are read (`check <(…)` is a pipe), but never past the limit.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    let shown = path.display().to_string();
    let rerr = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let file = File::open(path).map_err(rerr)?;
    let meta = file.metadata().map_err(rerr)?;
    if meta.is_dir() {
        return Err(Error::input(shown, "", None, "is a directory, not a file"));
    }
    if meta.is_file() && meta.len() > MAX_INPUT_BYTES as u64 {
        return Err(too_big(&shown, Some(meta.len())));
    }
    read_capped(file, &meta, &shown).map_err(rerr)?
}

/// Reads at most one byte past the limit, so that an endless device costs 1 MiB, not all memory.
fn read_capped(file: File, meta: &Metadata, shown: &str) -> std::io::Result<Result<Vec<u8>>> {
    // Sized from the metadata, the read takes two system calls instead of one per doubling.
    let size = usize::try_from(meta.len()).unwrap_or(MAX_INPUT_BYTES);
    let mut buf = Vec::with_capacity(size.min(MAX_INPUT_BYTES) + 1);
    file.take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut buf)?;
    if buf.len() > MAX_INPUT_BYTES {
        let size = meta.is_file().then_some(meta.len());
        return Ok(Err(too_big(shown, size)));
    }
    Ok(Ok(buf))
}

/// Reads a user template: `None` when there is no such file (the built-in one is used). A
/// template must be a regular file under the input limit: a link to `/dev/zero` or a FIFO is
/// refused before it is opened, since opening a FIFO alone can wait forever.
pub fn read_template(path: &Path) -> Result<Option<Vec<u8>>> {
    let shown = path.display().to_string();
    let rerr = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(rerr(e)),
    };
    let not_regular = || {
        Error::input(
            &shown,
            "",
            None,
            format!(
                "is {}, not a regular file; a template must be a plain text file",
                kind_of(&meta)
            ),
        )
    };
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > MAX_INPUT_BYTES as u64 {
        return Err(too_big(&shown, Some(meta.len())));
    }
    let file = File::open(path).map_err(rerr)?;
    // The path could have been swapped between the look and the open.
    let opened = file.metadata().map_err(rerr)?;
    if !opened.is_file() {
        return Err(not_regular());
    }
    read_capped(file, &opened, &shown).map_err(rerr)?.map(Some)
}

/// "a directory", "a FIFO", …: what a path is, for messages.
fn kind_of(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_file() {
        "a regular file"
    } else {
        "a special file"
    }
}

/// Writes `bytes` to `path` atomically. Without `replace`, an existing file is an error.
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<()> {
    write_output(path, bytes, replace, &[])
}

/// Writes an output file the way `-o FILE` promises:
/// - a new or regular file is written atomically (a temporary file, then a rename), and an
///   existing one is replaced only with `replace`, keeping its permissions; through a symbolic
///   link, the file it points to is replaced and the link stays;
/// - a FIFO or a character device (`/dev/null`, `/dev/stdout`) is written into, never replaced
///   by a regular file;
/// - a directory, a block device or a socket is refused, and so is any of `inputs` (the profile
///   a draft is made from), with or without `replace`.
pub fn write_output(path: &Path, bytes: &[u8], replace: bool, inputs: &[&Path]) -> Result<()> {
    let werr = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let refuse = |why: String| Error::Usage(format!("refusing to write {}: {why}", path.display()));
    let existing = match std::fs::metadata(path) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(werr(e)),
    };
    if let Some(meta) = &existing {
        for input in inputs {
            if is_same_file(meta, path, input) {
                return Err(refuse(format!(
                    "it is the input {}; choose another output file",
                    input.display()
                )));
            }
        }
        if !meta.is_file() {
            if is_stream(meta) {
                return write_into(path, bytes).map_err(werr);
            }
            return Err(refuse(format!("it is {}", kind_of(meta))));
        }
        if !replace {
            return Err(Error::Exists {
                path: path.to_path_buf(),
            });
        }
    }
    // Through a symbolic link the link stays and the file it points to is replaced, as an
    // editor saving the file would do.
    let target: PathBuf = match &existing {
        Some(_) => std::fs::canonicalize(path).map_err(werr)?,
        None => path.to_path_buf(),
    };
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(refuse(format!(
            "the folder {} does not exist",
            dir.display()
        )));
    }
    // The temporary file's own name means nothing to the user: errors name the target.
    let plain = |e: std::io::Error| werr(std::io::Error::new(e.kind(), strip_path(&e)));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".retract-");
    if let Some(meta) = &existing {
        builder.permissions(meta.permissions());
    }
    let mut tmp = builder.tempfile_in(dir).map_err(plain)?;
    tmp.write_all(bytes).map_err(plain)?;
    tmp.as_file().sync_all().map_err(plain)?;
    if existing.is_some() {
        tmp.persist(&target).map_err(|e| plain(e.error))?;
    } else {
        // persist_noclobber closes the race between the look above and the rename.
        tmp.persist_noclobber(&target).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                Error::Exists {
                    path: path.to_path_buf(),
                }
            } else {
                plain(e.error)
            }
        })?;
    }
    Ok(())
}

/// tempfile adds the temporary path to its errors ("… at path /x/.retract-Ab3"); the message
/// keeps only the reason.
fn strip_path(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" at path ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// Whether `path` (with its metadata `meta`) and `other` are one file, however each is spelt.
/// Compared by metadata alone: opening a FIFO to compare it would wait for a writer.
fn is_same_file(meta: &Metadata, path: &Path, other: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        std::fs::metadata(other).is_ok_and(|o| o.dev() == meta.dev() && o.ino() == meta.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        match (std::fs::canonicalize(path), std::fs::canonicalize(other)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

/// FIFOs and character devices are streams: written into, they are not replaced.
fn is_stream(meta: &Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        t.is_fifo() || t.is_char_device()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

fn write_into(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
    f.write_all(bytes)?;
    f.flush()
}
