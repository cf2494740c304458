//! Curation: an analyst's corrections to the extracted network, kept in a human-readable
//! file (`nexo-curation.toml` beside the corpus) and applied after every extraction, so
//! they survive re-extraction, new documents and new Nexo versions.
//!
//! The file is an ordered array of tables, one per edit, applied in order:
//!
//! ```toml
//! [[edit]]
//! op = "merge"
//! into = "us-special-forces"
//! from = ["special-forces"]
//!
//! [[edit]]
//! op = "rename"
//! id = "andres-manuel-lopez-obrador"
//! name = "AMLO (Andrés Manuel López Obrador)"
//!
//! [[edit]]
//! op = "kind"
//! id = "fourth-transformation"
//! kind = "organization"
//!
//! [[edit]]
//! op = "hide"
//! id = "getty-images"
//!
//! [[edit]]
//! op = "reject"
//! a = "claudia-sheinbaum"
//! b = "mexico"
//! doc = "004_5392a24d87c1b1c0.txt"
//! start = 1234
//! ```
//!
//! Entity ids are the export ids (entity keys). An edit that no longer applies (its
//! entity or passage vanished) is reported as stale, never dropped silently: it stays in
//! the file and applies again if its target comes back.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::corpus::Corpus;
use crate::error::{Error, Result};
use crate::kind::Kind;

mod apply;
mod history;

pub use apply::apply;
pub use history::History;

/// The curation file's name, looked for in the corpus folder.
pub const FILE_NAME: &str = "nexo-curation.toml";

/// One correction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase", deny_unknown_fields)]
pub enum Edit {
    /// Merge the entities `from` into `into`: their aliases (and names), mentions,
    /// relations and passages move; `into` keeps its name.
    Merge {
        /// The entity kept.
        into: String,
        /// The entities merged into it.
        from: Vec<String>,
    },
    /// Give an entity another name; the old one is kept as an alias.
    Rename {
        /// The entity.
        id: String,
        /// Its new name.
        name: String,
    },
    /// Split an alias off an entity into an entity of its own (same kind, the slug of
    /// the alias as id): the mentions written that way, and the passages that name the
    /// entity that way, go with it.
    Split {
        /// The entity.
        id: String,
        /// The alias that becomes an entity.
        alias: String,
    },
    /// Change an entity's kind.
    Kind {
        /// The entity.
        id: String,
        /// Its kind.
        kind: Kind,
    },
    /// Leave an entity and its relations out of the graph and the exports.
    Hide {
        /// The entity.
        id: String,
    },
    /// Add an entity found nowhere by extraction: its name and aliases are then matched
    /// everywhere in the corpus, as a catalog entry's are. Its id is the slug of its
    /// name ("Special Forces Group" → `special-forces-group`).
    Entity {
        /// Its name.
        name: String,
        /// What it is.
        kind: Kind,
        /// Other names it goes by.
        #[serde(default)]
        aliases: Vec<String>,
    },
    /// Add a relation between `a` and `b` by hand, with a label and a note; with `doc`,
    /// `start` and `end`, the passage there supports it (a relation with no passage
    /// is kept for its note).
    Relate {
        /// One endpoint.
        a: String,
        /// The other endpoint.
        b: String,
        /// What the relation is ("funds", "met").
        label: String,
        /// What the analyst knows of it.
        #[serde(default)]
        note: String,
        /// The document of the passage, if there is one (its path in the corpus).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        doc: Option<String>,
        /// Where the passage starts, in bytes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        start: Option<u32>,
        /// Where it ends, in bytes (exclusive).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        end: Option<u32>,
    },
    /// Settle an ambiguous name: the mention starting at byte `start` of `doc` means
    /// the entity `id` (one of the entities the name could mean).
    Settle {
        /// The document's id (its path in the corpus).
        doc: String,
        /// Where the name starts, in bytes.
        start: u32,
        /// The entity it means.
        id: String,
    },
    /// Reject a passage: the pair `a`–`b` loses the support of the sentence starting at
    /// byte `start` of document `doc`; a pair with no support left goes.
    Reject {
        /// One endpoint.
        a: String,
        /// The other endpoint.
        b: String,
        /// The document's id (its path in the corpus).
        doc: String,
        /// The sentence's start, in bytes.
        start: u32,
    },
}

impl fmt::Display for Edit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Merge { into, from } => write!(f, "merge {} into {into}", from.join(", ")),
            Self::Rename { id, name } => write!(f, "rename {id} to {name:?}"),
            Self::Split { id, alias } => write!(f, "split {alias:?} off {id}"),
            Self::Kind { id, kind } => write!(f, "make {id} a {kind}"),
            Self::Hide { id } => write!(f, "hide {id}"),
            Self::Entity { name, kind, .. } => write!(f, "add the {kind} {name:?}"),
            Self::Relate { a, b, label, .. } => write!(f, "relate {a} and {b} as {label:?}"),
            Self::Settle { doc, start, id } => {
                write!(f, "settle the name at {doc}:{start} as {id}")
            }
            Self::Reject { a, b, doc, start } => {
                write!(f, "reject the passage of {a}–{b} at {doc}:{start}")
            }
        }
    }
}

/// The first lines of a curation file Nexo writes.
const HEADER: &str = "\
# Nexo curation: an analyst's corrections to the extracted network, applied in order
# after every extraction. Entity ids are the export ids. See Nexo's README.

";

/// Where the corrections to the corpus in `dir` are kept when `dir` cannot be written:
/// `<data folder>/nexo/curation/<folder name>-<hash of its full path>.toml`, where the
/// data folder is `$XDG_DATA_HOME` or `~/.local/share` (`%APPDATA%` on Windows,
/// `~/Library/Application Support` on macOS). `None` when there is no home folder.
pub fn fallback_path(dir: &Path) -> Option<PathBuf> {
    let data = data_dir()?;
    let full = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    // FNV-1a: stable across Rust versions and platforms, unlike the std hasher.
    let hash = full
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    let name = full.file_name().map_or_else(
        || "corpus".into(),
        |n| crate::extract::slug(&n.to_string_lossy()),
    );
    Some(
        data.join("nexo")
            .join("curation")
            .join(format!("{name}-{hash:016x}.toml")),
    )
}

/// The user's data folder.
fn data_dir() -> Option<PathBuf> {
    let env = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if cfg!(windows) {
        return env("APPDATA");
    }
    if cfg!(target_os = "macos") {
        return env("HOME").map(|h| h.join("Library").join("Application Support"));
    }
    env("XDG_DATA_HOME").or_else(|| env("HOME").map(|h| h.join(".local").join("share")))
}

/// An ordered list of edits (`nexo-curation.toml`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Curation {
    /// The edits, applied in order.
    #[serde(default, rename = "edit", skip_serializing_if = "Vec::is_empty")]
    pub edits: Vec<Edit>,
}

impl Curation {
    /// The curation file of the corpus in `dir`.
    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(FILE_NAME)
    }

    /// The catalog entries the file's `entity` edits add (extraction must know them
    /// before it runs).
    pub fn catalog_entries(&self) -> impl Iterator<Item = crate::catalog::CatalogEntry> + '_ {
        self.edits.iter().filter_map(|edit| match edit {
            Edit::Entity {
                name,
                kind,
                aliases,
            } => Some(crate::catalog::CatalogEntry {
                id: crate::extract::slug(name),
                name: name.clone(),
                kind: *kind,
                aliases: aliases.clone(),
                description: None,
                context: Vec::new(),
            }),
            _ => None,
        })
    }

    /// The names the file's `settle` edits settle, for extraction (a document the
    /// corpus does not hold is left out; `apply` reports the edit).
    pub fn settlements(&self, corpus: &Corpus) -> Vec<crate::extract::Settled> {
        self.edits
            .iter()
            .filter_map(|edit| match edit {
                Edit::Settle { doc, start, id } => Some(crate::extract::Settled {
                    doc: corpus.doc_id(doc)?,
                    start: *start as usize,
                    entity: id.clone(),
                }),
                _ => None,
            })
            .collect()
    }

    /// Reads a curation file.
    ///
    /// # Errors
    /// When the file cannot be read or is not a valid curation file; the message names
    /// the file.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(&text).map_err(|message| Error::Curation {
            message,
            path: path.to_path_buf(),
        })
    }

    /// The file's text: a header saying what it is, then one `[[edit]]` table per edit.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!("{HEADER}{}", body.replace("\n[[edit]]", "\n\n[[edit]]"))
    }

    /// Writes the file atomically (a reader never sees half of it).
    ///
    /// # Errors
    /// When it cannot be written; the message names the file.
    pub fn save(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Write {
                path: path.to_path_buf(),
                source,
            })?;
        }
        crate::export::write_atomic(path, self.to_toml().as_bytes())
    }

    /// The edits extraction itself must know (entities to match, names settled): when
    /// these change, the corpus is extracted again; the others apply to its graph.
    pub fn extraction_inputs(&self) -> Vec<&Edit> {
        self.edits
            .iter()
            .filter(|e| matches!(e, Edit::Entity { .. } | Edit::Settle { .. }))
            .collect()
    }

    /// Parses the text of a curation file.
    ///
    /// # Errors
    /// What is wrong with it.
    pub fn parse(text: &str) -> std::result::Result<Self, String> {
        toml::from_str(text).map_err(|e| e.to_string().trim_end().to_string())
    }
}

/// An edit that did not apply, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// Its position in the file (from 1).
    pub number: usize,
    /// The edit.
    pub edit: Edit,
    /// Why it did not apply.
    pub why: String,
}

impl fmt::Display for Stale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "edit {} ({}) no longer applies: {}",
            self.number, self.edit, self.why
        )
    }
}
