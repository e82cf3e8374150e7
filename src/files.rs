//! Reading inputs with clear errors and writing outputs atomically: a temporary file in the same
//! folder, then a rename, so a crash never leaves half a letter behind.

use std::io::{Read, Write};
use std::path::Path;

use crate::error::{Error, Result};
use crate::profile::MAX_INPUT_BYTES;

/// Reads a file, refusing directories and anything over the input limit before reading it all.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    let shown = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let meta = file.metadata().map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.is_dir() {
        return Err(Error::input(shown, "", None, "is a directory, not a file"));
    }
    // Sized from the metadata, the read takes two system calls instead of one per doubling.
    let size = usize::try_from(meta.len()).unwrap_or(MAX_INPUT_BYTES);
    let mut buf = Vec::with_capacity(size.min(MAX_INPUT_BYTES) + 1);
    file.take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
    Ok(buf)
}

/// Writes `bytes` to `path` atomically. Without `replace`, an existing file is an error.
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<()> {
    if !replace && path.exists() {
        return Err(Error::Exists {
            path: path.to_path_buf(),
        });
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let werr = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".retract-")
        .tempfile_in(dir)
        .map_err(werr)?;
    tmp.write_all(bytes).map_err(werr)?;
    tmp.as_file().sync_all().map_err(werr)?;
    if replace {
        tmp.persist(path).map_err(|e| werr(e.error))?;
    } else {
        // persist_noclobber closes the race between the check above and the rename.
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                Error::Exists {
                    path: path.to_path_buf(),
                }
            } else {
                werr(e.error)
            }
        })?;
    }
    Ok(())
}
