//! Writing what Nexo knows to files other tools read.
//!
//! Every file is written atomically: to a temporary file in the same folder, flushed,
//! then renamed over the destination, so a failed write leaves the old file intact.

pub mod formats;
pub mod json;
pub mod scene;

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `path` atomically (temp file in the same folder + rename).
///
/// # Errors
/// [`Error::Write`] naming `path` if the folder is missing or not writable, or the
/// rename fails; the temporary file is removed and any old file is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let err = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(err(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_atomically_and_reports_the_path_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp file left behind"
        );
        let missing = dir.path().join("no/such/dir/out.json");
        let msg = write_atomic(&missing, b"x").unwrap_err().to_string();
        assert!(msg.contains("no/such/dir/out.json"), "{msg}");
    }
}
