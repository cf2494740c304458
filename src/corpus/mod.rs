//! Loading a folder of documents: discovery of files, decoding, front matter, sentences.
//!
//! One bad file never stops the rest: it becomes a [`Warning`] in the [`LoadReport`] and
//! loading goes on. Only an unreadable or empty folder is an error.

pub mod dating;
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
        if metadata.date.is_none() {
            metadata.date = dating::date_in_text(&text[parsed.body_start..]);
            metadata.date_from_text = metadata.date.is_some();
        }
        let segmented = segment::segment(&text, parsed.body_start..text.len());
        let sentences = segmented.sentences;
        let mut problems = parsed.problems;
        if segmented.cut > 0 {
            problems.push(format!(
                "{} sentence{} longer than {} bytes cut into pieces of at most {} bytes; names in different pieces are not related",
                segmented.cut,
                if segmented.cut == 1 { "" } else { "s" },
                segment::MAX_SENTENCE_BYTES,
                segment::PIECE_BYTES
            ));
        }
        let doc = Self {
            id,
            path,
            metadata,
            text,
            body_start: parsed.body_start,
            sentences,
        };
        (doc, problems)
    }

    /// The article text, without front matter.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

/// The first line with words in it (a lone `---` of an unclosed header is none).
fn first_line(body: &str) -> Option<&str> {
    body.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.bytes().all(|b| b == b'-'))
}

/// `s` cut to `max` characters, with an ellipsis when cut.
pub fn truncate_chars(s: &str, max: usize) -> String {
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
    /// Whether the file was left out (as opposed to loaded with a problem noted).
    pub skipped: bool,
}

impl Warning {
    /// A file left out of the corpus.
    pub fn skipped(path: &Path, why: impl std::fmt::Display) -> Self {
        Self {
            path: path.to_path_buf(),
            message: format!("skipped: {why}"),
            skipped: true,
        }
    }

    /// A file loaded, with a problem worth knowing.
    pub fn noted(path: &Path, message: impl Into<String>) -> Self {
        Self {
            path: path.to_path_buf(),
            message: message.into(),
            skipped: false,
        }
    }
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

impl LoadReport {
    /// How many files were left out.
    pub fn skipped(&self) -> usize {
        self.warnings.iter().filter(|w| w.skipped).count()
    }
}

/// Files larger than this are skipped unless [`LoadOptions::max_file_bytes`] says
/// otherwise: 64 MiB, far beyond any article, short of a runaway log or a device.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 << 20;

/// How a folder is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// Files larger than this many bytes are skipped with a warning.
    pub max_file_bytes: u64,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
        }
    }
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
        Self::load_with(dir, LoadOptions::default(), progress)
    }

    /// Loads `dir` with `options`, calling `progress(done, total)` as files are read.
    ///
    /// Only regular files are read, and links to them once each (by canonical path); a
    /// link that leads back into a folder being walked is reported and not followed,
    /// and FIFOs, sockets, devices and files over the size cap are skipped with a
    /// warning.
    ///
    /// # Errors
    /// As [`Corpus::load`].
    pub fn load_with(
        dir: &Path,
        options: LoadOptions,
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
        let mut walk = Walk::default();
        walk.folder(dir, dir)?;
        let Walk {
            mut files,
            mut warnings,
            ..
        } = walk;
        files.sort();
        let total = files.len();
        let done = std::sync::atomic::AtomicUsize::new(0);
        let loaded: Vec<std::result::Result<(Document, Vec<String>), Warning>> = files
            .par_iter()
            .map(|(id, path)| {
                let result = read_document(id, path, options.max_file_bytes);
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                progress(n, total);
                result
            })
            .collect();
        let mut documents = Vec::with_capacity(loaded.len());
        for item in loaded {
            match item {
                Ok((doc, problems)) => {
                    warnings.extend(
                        problems
                            .into_iter()
                            .map(|message| Warning::noted(&doc.path, message)),
                    );
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

/// The folder walk: documents found so far, what was wrong, and where it has been.
#[derive(Default)]
struct Walk {
    /// (id, path) of every document to read.
    files: Vec<(String, PathBuf)>,
    warnings: Vec<Warning>,
    /// Canonical paths of the files taken, with the path they were taken by.
    seen_files: std::collections::HashMap<PathBuf, PathBuf>,
    /// Canonical paths of the folders walked, with the path they were walked by.
    seen_folders: std::collections::HashMap<PathBuf, PathBuf>,
    /// Canonical paths of the folders being walked (the current branch).
    ancestors: Vec<PathBuf>,
}

impl Walk {
    /// Walks `dir` (sorted by name, so the first of two links to one file is the one
    /// kept, whatever order the file system lists them in).
    fn folder(&mut self, root: &Path, dir: &Path) -> Result<()> {
        let canonical = std::fs::canonicalize(dir).map_err(|source| Error::Read {
            path: dir.to_path_buf(),
            source,
        })?;
        if self.ancestors.contains(&canonical) {
            self.warnings.push(Warning::skipped(
                dir,
                format!(
                    "link loop: it leads back to {}, which is being read; not followed",
                    canonical.display()
                ),
            ));
            return Ok(());
        }
        if let Some(first) = self.seen_folders.get(&canonical) {
            self.warnings.push(Warning::skipped(
                dir,
                format!("the same folder as {}, already read", first.display()),
            ));
            return Ok(());
        }
        let entries = std::fs::read_dir(dir).map_err(|source| Error::Read {
            path: dir.to_path_buf(),
            source,
        })?;
        self.seen_folders
            .insert(canonical.clone(), dir.to_path_buf());
        let mut listed = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) => listed.push(e),
                Err(e) => self
                    .warnings
                    .push(Warning::noted(dir, format!("cannot list an entry: {e}"))),
            }
        }
        listed.sort_by_key(std::fs::DirEntry::file_name);
        self.ancestors.push(canonical);
        for entry in listed {
            self.entry(root, &entry);
        }
        self.ancestors.pop();
        Ok(())
    }

    fn entry(&mut self, root: &Path, entry: &std::fs::DirEntry) {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            return;
        }
        // Follows links: what matters is what the entry leads to.
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                if is_document(&path) || e.kind() != std::io::ErrorKind::NotFound {
                    self.warnings
                        .push(Warning::skipped(&path, format!("cannot read: {e}")));
                }
                return;
            }
        };
        if meta.is_dir() {
            if let Err(e) = self.folder(root, &path) {
                self.warnings
                    .push(Warning::skipped(&path, format!("folder not read: {e}")));
            }
            return;
        }
        if !is_document(&path) {
            return;
        }
        if !meta.is_file() {
            self.warnings.push(Warning::skipped(
                &path,
                format!("not a regular file ({})", special_kind(&meta)),
            ));
            return;
        }
        let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if let Some(first) = self.seen_files.get(&canonical) {
            self.warnings.push(Warning::skipped(
                &path,
                format!("the same file as {}, already loaded", first.display()),
            ));
            return;
        }
        self.seen_files.insert(canonical, path.clone());
        let rel = path.strip_prefix(root).unwrap_or(&path);
        let id = rel
            .components()
            .map(|c| os_str_id(c.as_os_str()))
            .collect::<Vec<_>>()
            .join("/");
        self.files.push((id, path));
    }
}

/// What a path that is neither a file nor a folder is, for a warning.
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    let _ = meta;
    "a special file"
}

/// A path component as text, with any byte that is not UTF-8 written as `\xNN`, so two
/// different names never get the same id.
fn os_str_id(name: &std::ffi::OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt as _;
        let mut out = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for b in chunk.invalid() {
                out.push_str(&format!("\\x{b:02X}"));
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        name.to_string_lossy().into_owned()
    }
}

/// Reads and decodes one file: UTF-8 (with or without a byte-order mark), UTF-16 with
/// a byte-order mark, and else Windows-1252 (which also reads Latin-1), each named in
/// a warning when it is not UTF-8. Binary files and files over `max_bytes` are refused.
fn read_document(
    id: &str,
    path: &Path,
    max_bytes: u64,
) -> std::result::Result<(Document, Vec<String>), Warning> {
    use std::io::Read as _;
    let skipped = |why: String| Warning::skipped(path, why);
    let too_big = || {
        skipped(format!(
            "larger than {} (raise the cap with --max-file-mb)",
            human_bytes(max_bytes)
        ))
    };
    let file = std::fs::File::open(path).map_err(|e| skipped(format!("cannot read: {e}")))?;
    let size = file.metadata().map_or(0, |m| m.len());
    if size > max_bytes {
        return Err(too_big());
    }
    // Room for the whole file up front: grown by doubling, the buffer (which becomes
    // the document's text) would hold a third more than the text on average.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    // Read one byte past the cap, so a file that grew (or a device posing as a file)
    // is caught without reading it all.
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| skipped(format!("cannot read: {e}")))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_big());
    }
    let (text, problems) = decode(bytes).map_err(skipped)?;
    let (doc, more) = Document::from_text(id.to_string(), path.to_path_buf(), text);
    let mut problems = problems;
    problems.extend(more);
    if doc.sentences.is_empty() {
        problems.push("document is empty".into());
    }
    Ok((doc, problems))
}

/// Text from a file's bytes, with a note when it was not UTF-8 (UTF-8 with or without
/// a byte-order mark, UTF-16 with one, else Windows-1252); an error for binary data.
///
/// # Errors
/// A message when the bytes are binary (NUL bytes near the start).
pub fn decode(bytes: Vec<u8>) -> std::result::Result<(String, Vec<String>), String> {
    let offsets_note = "byte offsets in exports refer to the text as converted to UTF-8";
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&bytes) {
        if encoding != encoding_rs::UTF_8 {
            let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
            let mut note = format!("decoded from {}; {offsets_note}", encoding.name());
            if had_errors {
                note.push_str(" (some bytes were invalid and were replaced)");
            }
            return Ok((text.into_owned(), vec![note]));
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Err("binary file (contains NUL bytes)".into());
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, Vec::new())),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(e.as_bytes());
            Ok((
                text.into_owned(),
                vec![format!(
                    "not UTF-8 (first bad byte at offset {at}): decoded as Windows-1252; {offsets_note}"
                )],
            ))
        }
    }
}

/// `64 MiB`, `512 KiB`.
fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 && n % (1 << 20) == 0 {
        format!("{} MiB", n >> 20)
    } else if n >= 1 << 10 && n % (1 << 10) == 0 {
        format!("{} KiB", n >> 10)
    } else {
        format!("{n} bytes")
    }
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

    #[test]
    fn a_document_holds_no_more_memory_than_its_text() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.txt");
        let text = "Sheinbaum met Trump in Washington. ".repeat(3_000);
        std::fs::write(&path, &text).expect("write");
        let (doc, _) = read_document("a.txt", &path, 1 << 20).expect("read");
        assert_eq!(doc.text, text);
        // Grown by doubling, 105,000 bytes would sit in 131,072.
        assert!(
            doc.text.capacity() <= text.len() + 1,
            "{}",
            doc.text.capacity()
        );
    }
}
