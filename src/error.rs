//! The library's error type. Every message names the file it is about, path last.

use std::path::PathBuf;

/// Everything the engine can fail with. A bad *document* is not an error (it becomes a
/// [`crate::corpus::Warning`]); these are the failures that stop a whole operation.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// What was being read.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A file could not be written (the old file, if any, is left intact).
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// What was being written.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The corpus folder holds no `.txt` or `.md` document that could be loaded.
    #[error("no .txt or .md documents could be loaded from {}", path.display())]
    EmptyCorpus {
        /// The corpus folder.
        path: PathBuf,
    },
    /// The corpus path is not a folder.
    #[error("not a folder: {}", path.display())]
    NotAFolder {
        /// The path given as corpus.
        path: PathBuf,
    },
    /// A catalog file is not valid TOML or breaks the catalog's rules.
    #[error("invalid catalog: {message} in {}", path.display())]
    Catalog {
        /// What is wrong.
        message: String,
        /// The catalog file (`<built-in>` for the compiled-in one).
        path: PathBuf,
    },
    /// A curation file is not valid TOML or holds an edit Nexo does not know.
    #[error("invalid curation file: {message} in {}", path.display())]
    Curation {
        /// What is wrong.
        message: String,
        /// The curation file.
        path: PathBuf,
    },
    /// An export could not be produced (a picture failed to render, say).
    #[error("cannot export: {message} for {}", path.display())]
    Render {
        /// What went wrong.
        message: String,
        /// The destination.
        path: PathBuf,
    },
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
