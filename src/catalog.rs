//! The curated entity catalog: who and what Nexo knows by name.
//!
//! The built-in catalog (`data/catalog.toml`) is compiled into the binary so the CLI works
//! from any directory. A user catalog (`--catalog FILE`) and a `catalog.toml` inside the
//! corpus folder are merged on top: an entry with an existing id replaces it.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Error, Result};
use crate::kind::Kind;

/// The catalog shipped with Nexo.
pub const BUILTIN_TOML: &str = include_str!("../data/catalog.toml");

/// One known entity.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogEntry {
    /// Stable id (a lowercase slug), used as node id in exports.
    pub id: String,
    /// Display name.
    pub name: String,
    /// What it is.
    pub kind: Kind,
    /// Other surface forms (surnames, acronyms, nicknames, Spanish names).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// One line on who or what this is.
    #[serde(default)]
    pub description: Option<String>,
    /// Ids of entities whose unambiguous mention in the same sentence settles a shared
    /// alias in favour of this entry ("National Guard" beside Sedena is Mexico's).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<String>,
}

/// A phrase that contains a name but is not an actor ("Mexico City").
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IgnoreEntry {
    /// The phrase, matched like an alias.
    pub phrase: String,
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogFile {
    #[serde(default)]
    entity: Vec<CatalogEntry>,
    #[serde(default)]
    ignore: Vec<IgnoreEntry>,
}

/// A set of known entities and ignored phrases, sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    entries: BTreeMap<String, CatalogEntry>,
    ignore: Vec<String>,
}

impl Catalog {
    /// The catalog compiled into the binary.
    ///
    /// # Errors
    /// Only if the shipped file is broken, which a test guards against.
    pub fn builtin() -> Result<Self> {
        Self::from_toml_str(BUILTIN_TOML, Path::new("<built-in catalog>"))
    }

    /// Parses catalog TOML; `origin` names the file in error messages.
    ///
    /// # Errors
    /// [`Error::Catalog`] for invalid TOML, an unknown kind, an empty id or name, or a
    /// duplicate id within the file.
    pub fn from_toml_str(text: &str, origin: &Path) -> Result<Self> {
        let bad = |message: String| Error::Catalog {
            message,
            path: origin.to_path_buf(),
        };
        let file: CatalogFile =
            toml::from_str(text).map_err(|e| bad(e.to_string().trim().to_string()))?;
        let mut entries = BTreeMap::new();
        for entry in file.entity {
            if entry.id.trim().is_empty() || entry.name.trim().is_empty() {
                return Err(bad(format!(
                    "entity `{}` needs a non-empty id and name",
                    entry.name
                )));
            }
            if let Some(prev) = entries.insert(entry.id.clone(), entry) {
                return Err(bad(format!("duplicate id `{}`", prev.id)));
            }
        }
        let ignore = file
            .ignore
            .into_iter()
            .map(|i| i.phrase)
            .filter(|p| !p.trim().is_empty())
            .collect();
        Ok(Self { entries, ignore })
    }

    /// Reads a catalog file.
    ///
    /// # Errors
    /// [`Error::Read`] if the file cannot be read, [`Error::Catalog`] if it is invalid.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_toml_str(&text, path)
    }

    /// Adds `entry`, replacing one with the same id.
    pub fn add(&mut self, entry: CatalogEntry) {
        self.entries.insert(entry.id.clone(), entry);
    }

    /// Adds `other` on top of `self`: entries with the same id are replaced.
    pub fn merge(&mut self, other: Self) {
        self.entries.extend(other.entries);
        for phrase in other.ignore {
            if !self.ignore.contains(&phrase) {
                self.ignore.push(phrase);
            }
        }
    }

    /// The built-in catalog, then `extra` (a user file), then `<corpus>/catalog.toml` if
    /// that file exists.
    ///
    /// # Errors
    /// As [`Catalog::load`] for either file.
    pub fn resolve(extra: Option<&Path>, corpus_dir: Option<&Path>) -> Result<Self> {
        let mut catalog = Self::builtin()?;
        catalog.check_context(Path::new("<built-in catalog>"), catalog.entries.keys())?;
        let local = corpus_dir
            .map(|dir| dir.join("catalog.toml"))
            .filter(|p| p.is_file());
        for path in extra.map(Path::to_path_buf).into_iter().chain(local) {
            let file = Self::load(&path)?;
            let ids: Vec<String> = file.entries.keys().cloned().collect();
            catalog.merge(file);
            catalog.check_context(&path, ids.iter())?;
        }
        Ok(catalog)
    }

    /// Every `context` id of the entries `ids` (from the file `origin`) names an entry.
    fn check_context<'a>(
        &self,
        origin: &Path,
        ids: impl Iterator<Item = &'a String>,
    ) -> Result<()> {
        for id in ids {
            let Some(entry) = self.entries.get(id) else {
                continue;
            };
            if let Some(missing) = entry
                .context
                .iter()
                .find(|c| !self.entries.contains_key(c.as_str()))
            {
                return Err(Error::Catalog {
                    message: format!(
                        "entity `{id}` has context `{missing}`, which no catalog entry has as id"
                    ),
                    path: origin.to_path_buf(),
                });
            }
        }
        Ok(())
    }

    /// Entries sorted by id.
    pub fn entries(&self) -> impl Iterator<Item = &CatalogEntry> {
        self.entries.values()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the catalog has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Option<&CatalogEntry> {
        self.entries.get(id)
    }

    /// Phrases that look like names but are not actors.
    pub fn ignored_phrases(&self) -> &[String] {
        &self.ignore
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_catalog_parses_and_is_substantial() {
        let c = Catalog::builtin().unwrap();
        assert!(c.len() > 150, "only {} entries", c.len());
        for kind in Kind::ALL {
            assert!(
                c.entries().any(|e| e.kind == kind),
                "no {kind} in the catalog"
            );
        }
    }

    #[test]
    fn builtin_context_ids_name_catalog_entries() {
        let c = Catalog::builtin().unwrap();
        let ids: std::collections::BTreeSet<&str> = c.entries().map(|e| e.id.as_str()).collect();
        let mut with_context = 0;
        for e in c.entries() {
            with_context += usize::from(!e.context.is_empty());
            for id in &e.context {
                assert!(
                    ids.contains(id.as_str()),
                    "{}: unknown context id {id}",
                    e.id
                );
                assert_ne!(id, &e.id, "{} is its own context", e.id);
            }
        }
        assert!(with_context > 0);
    }

    #[test]
    fn later_catalog_overrides_by_id() {
        let mut a = Catalog::from_toml_str(
            "[[entity]]\nid='x'\nname='X'\nkind='person'\n",
            Path::new("a.toml"),
        )
        .unwrap();
        let b = Catalog::from_toml_str(
            "[[entity]]\nid='x'\nname='X Y'\nkind='agency'\naliases=['XY']\n",
            Path::new("b.toml"),
        )
        .unwrap();
        a.merge(b);
        assert_eq!(a.entry("x").unwrap().kind, Kind::Agency);
    }

    #[test]
    fn bad_kind_names_the_file() {
        let err = Catalog::from_toml_str(
            "[[entity]]\nid='x'\nname='X'\nkind='city'\n",
            Path::new("my.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("my.toml"), "{err}");
    }
}
