//! Loading a folder of documents: discovery of files, decoding, front matter, sentences.
//!
//! One bad file never stops the rest: it becomes a [`Warning`] in the [`LoadReport`] and
//! loading goes on. Only an unreadable or empty folder is an error.

pub mod frontmatter;
pub mod segment;

use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use frontmatter::Metadata;

use crate::error::{Error, Result};

/// Index of a document in [`Corpus::documents`] (sorted by relative path).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct DocId(pub u32);

impl DocId {
    /// The index into [`Corpus::documents`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One loaded document.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable id: the path relative to the corpus folder, with `/` separators.
    pub id: String,
    /// Where the file is on disk.
    pub path: PathBuf,
    /// Title, outlet, author, date, url.
    pub metadata: Metadata,
    /// The whole file as decoded (front matter included), so offsets are file offsets.
    pub text: String,
    /// Byte offset where the article text starts (after the front matter).
    pub body_start: usize,
    /// Sentences of the body, as byte ranges into [`Document::text`].
    pub sentences: Vec<Range<usize>>,
}

impl Document {
    /// Builds a document from its decoded text; `id` is its corpus-relative path.
    pub fn from_text(id: String, path: PathBuf, text: String) -> (Self, Vec<String>) {
        let parsed = frontmatter::parse(&text);
        let mut metadata = parsed.metadata;
        if metadata.title.is_empty() {
            metadata.title = first_line(&text[parsed.body_start..])
                .map_or_else(|| id.clone(), |l| truncate_chars(l, 140));
        }
        let sentences = segment::sentences(&text, parsed.body_start..text.len());
        let doc = Self {
            id,
            path,
            metadata,
            text,
            body_start: parsed.body_start,
            sentences,
        };
        (doc, parsed.problems)
    }

    /// The article text, without front matter.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

fn first_line(body: &str) -> Option<&str> {
    body.lines().map(str::trim).find(|l| !l.is_empty())
}

fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Something wrong with one file that did not stop the load.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    /// The file concerned.
    pub path: PathBuf,
    /// What is wrong and what Nexo did about it.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// Warnings collected while loading; the CLI prints them and the GUI lists them.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    /// One entry per problem, in path order.
    pub warnings: Vec<Warning>,
}

/// A loaded folder of documents.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The folder it was loaded from.
    pub root: PathBuf,
    /// Documents sorted by relative path; [`DocId`] indexes this.
    pub documents: Vec<Document>,
    /// What went wrong along the way.
    pub report: LoadReport,
}

/// A file that looks like a document (`.txt` / `.md`, any case).
fn is_document(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

impl Corpus {
    /// Loads every `.txt` and `.md` file under `dir` (recursively, hidden entries skipped,
    /// sorted by relative path), reading files in parallel.
    ///
    /// # Errors
    /// [`Error::NotAFolder`] / [`Error::Read`] when `dir` itself cannot be listed, and
    /// [`Error::EmptyCorpus`] when no document could be loaded. Problems with single
    /// files become warnings in [`Corpus::report`].
    pub fn load(dir: &Path) -> Result<Self> {
        Self::load_with_progress(dir, &|_, _| {})
    }

    /// Like [`Corpus::load`], calling `progress(done, total)` as files are read.
    ///
    /// # Errors
    /// As [`Corpus::load`].
    pub fn load_with_progress(
        dir: &Path,
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> Result<Self> {
        if !dir.is_dir() {
            return Err(if dir.exists() {
                Error::NotAFolder {
                    path: dir.to_path_buf(),
                }
            } else {
                Error::Read {
                    path: dir.to_path_buf(),
                    source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder"),
                }
            });
        }
        let mut warnings = Vec::new();
        let mut files = Vec::new();
        collect_files(dir, dir, &mut files, &mut warnings)?;
        files.sort();
        let total = files.len();
        let done = std::sync::atomic::AtomicUsize::new(0);
        let loaded: Vec<std::result::Result<(Document, Vec<String>), Warning>> = files
            .par_iter()
            .map(|(id, path)| {
                let result = read_document(id, path);
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                progress(n, total);
                result
            })
            .collect();
        let mut documents = Vec::with_capacity(loaded.len());
        for item in loaded {
            match item {
                Ok((doc, problems)) => {
                    warnings.extend(problems.into_iter().map(|message| Warning {
                        path: doc.path.clone(),
                        message,
                    }));
                    documents.push(doc);
                }
                Err(w) => warnings.push(w),
            }
        }
        if documents.is_empty() {
            return Err(Error::EmptyCorpus {
                path: dir.to_path_buf(),
            });
        }
        warnings.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Self {
            root: dir.to_path_buf(),
            documents,
            report: LoadReport { warnings },
        })
    }

    /// Builds a corpus from in-memory texts `(id, text)`, for tests and benchmarks.
    pub fn from_texts<I, S, T>(texts: I) -> Self
    where
        I: IntoIterator<Item = (S, T)>,
        S: Into<String>,
        T: Into<String>,
    {
        let mut documents: Vec<Document> = texts
            .into_iter()
            .map(|(id, text)| {
                let id = id.into();
                Document::from_text(id.clone(), PathBuf::from(&id), text.into()).0
            })
            .collect();
        documents.sort_by(|a, b| a.id.cmp(&b.id));
        Self {
            root: PathBuf::new(),
            documents,
            report: LoadReport::default(),
        }
    }

    /// The document with this id.
    pub fn document(&self, id: DocId) -> Option<&Document> {
        self.documents.get(id.index())
    }

    /// Looks a document up by its relative-path id.
    pub fn doc_id(&self, id: &str) -> Option<DocId> {
        self.documents
            .binary_search_by(|d| d.id.as_str().cmp(id))
            .ok()
            .and_then(|i| u32::try_from(i).ok())
            .map(DocId)
    }

    /// Total bytes of text loaded.
    pub fn byte_len(&self) -> usize {
        self.documents.iter().map(|d| d.text.len()).sum()
    }

    /// Total number of sentences.
    pub fn sentence_count(&self) -> usize {
        self.documents.iter().map(|d| d.sentences.len()).sum()
    }
}

fn collect_files(
    root: &Path,
    dir: &Path,
    files: &mut Vec<(String, PathBuf)>,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|source| Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                warnings.push(Warning {
                    path: dir.to_path_buf(),
                    message: format!("cannot list entry: {e}"),
                });
                continue;
            }
        };
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        let is_dir = if file_type.is_symlink() {
            path.is_dir()
        } else {
            file_type.is_dir()
        };
        if is_dir {
            if let Err(e) = collect_files(root, &path, files, warnings) {
                warnings.push(Warning {
                    path: path.clone(),
                    message: format!("folder skipped: {e}"),
                });
            }
        } else if is_document(&path) {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((id, path));
        }
    }
    Ok(())
}

/// Reads and decodes one file. Binary files are refused; invalid UTF-8 is decoded lossily.
fn read_document(id: &str, path: &Path) -> std::result::Result<(Document, Vec<String>), Warning> {
    let bytes = std::fs::read(path).map_err(|e| Warning {
        path: path.to_path_buf(),
        message: format!("skipped: cannot read: {e}"),
    })?;
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Err(Warning {
            path: path.to_path_buf(),
            message: "skipped: binary file (contains NUL bytes)".into(),
        });
    }
    let mut problems = Vec::new();
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid_up_to = e.utf8_error().valid_up_to();
            problems.push(format!(
                "not valid UTF-8 (first bad byte at offset {valid_up_to}); decoded with replacement characters, so offsets after it may differ from the file"
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let (doc, more) = Document::from_text(id.to_string(), path.to_path_buf(), text);
    problems.extend(more);
    if doc.sentences.is_empty() {
        problems.push("document is empty".into());
    }
    Ok((doc, problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_defaults_to_first_non_empty_line() {
        let (doc, _) = Document::from_text(
            "a.txt".into(),
            "a.txt".into(),
            "\n\n  Headline here \nBody.".into(),
        );
        assert_eq!(doc.metadata.title, "Headline here");
    }

    #[test]
    fn doc_ids_are_looked_up_by_path() {
        let corpus = Corpus::from_texts([("b.txt", "B."), ("a.txt", "A.")]);
        assert_eq!(corpus.doc_id("b.txt"), Some(DocId(1)));
        assert_eq!(corpus.doc_id("c.txt"), None);
    }
}
