//! The whole pipeline in one call, as both front ends run it: load a folder, resolve
//! the catalogs, extract, apply the analyst's curation, and gather every warning in one
//! list.

use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::corpus::{Corpus, LoadOptions, Warning};
use crate::curation::{self, Curation, History};
use crate::error::Result;
use crate::extract::{extract_settled, Extraction};

/// Which curation file to apply after extraction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum CurationFile {
    /// `<corpus>/nexo-curation.toml`, if there is one.
    #[default]
    Beside,
    /// This file (it must exist).
    At(PathBuf),
    /// None.
    Off,
}

impl CurationFile {
    /// The file to read for the corpus in `dir`, if there is one: beside the corpus,
    /// else where the viewer keeps the corrections of a folder it cannot write to
    /// ([`curation::fallback_path`]).
    pub fn source(&self, dir: &Path) -> Option<PathBuf> {
        match self {
            Self::Off => None,
            Self::At(path) => Some(path.clone()),
            Self::Beside => {
                let beside = Curation::path_in(dir);
                if beside.is_file() {
                    return Some(beside);
                }
                curation::fallback_path(dir).filter(|p| p.is_file())
            }
        }
    }
}

/// A loaded corpus, its curated extraction, and what curating it again needs.
pub struct Run {
    /// The documents.
    pub corpus: Corpus,
    /// The graph as curated, and the extraction report.
    pub extraction: Extraction,
    /// The edits and the uncurated extraction.
    pub curator: Curator,
}

/// The analyst's edits over an extraction: each change of the edits gives the curated
/// graph again, extracting again only when an edit extraction must know changed
/// ([`Curation::extraction_inputs`]).
pub struct Curator {
    /// The catalogs, without the entities the edits add.
    catalog: Catalog,
    /// The extraction before curation, with the entities and settlements of `inputs`.
    extracted: Extraction,
    /// The edits `extracted` was made with.
    inputs: Vec<curation::Edit>,
    /// The edits and their undo history.
    pub history: History,
    /// Where the edits were read from, if they were.
    pub path: Option<PathBuf>,
    /// The edits that did not apply, last time.
    pub stale: Vec<curation::Stale>,
    /// The curation file that could not be read: it is never written over.
    pub broken: Option<PathBuf>,
}

impl Curator {
    /// Extracts `corpus` with `catalog` and the extraction inputs of `curation`.
    fn new(corpus: &Corpus, catalog: Catalog, curation: Curation, path: Option<PathBuf>) -> Self {
        let inputs: Vec<curation::Edit> =
            curation.extraction_inputs().into_iter().cloned().collect();
        let extracted = extract_with(corpus, &catalog, &curation);
        Self {
            catalog,
            extracted,
            inputs,
            history: History::new(curation),
            path,
            stale: Vec::new(),
            broken: None,
        }
    }

    /// A curator over an extraction made elsewhere (a generated graph), with no edits
    /// and the built-in catalog empty.
    pub fn over(extracted: Extraction) -> Self {
        Self {
            catalog: Catalog::default(),
            extracted,
            inputs: Vec::new(),
            history: History::default(),
            path: None,
            stale: Vec::new(),
            broken: None,
        }
    }

    /// The curated extraction of `corpus` for the edits in `history` now.
    pub fn curate(&mut self, corpus: &Corpus) -> Extraction {
        let curation = self.history.curation();
        let inputs = curation.extraction_inputs();
        if inputs.len() != self.inputs.len()
            || inputs.iter().zip(&self.inputs).any(|(a, b)| *a != b)
        {
            self.extracted = extract_with(corpus, &self.catalog, curation);
            self.inputs = inputs.into_iter().cloned().collect();
        }
        let (graph, stale) = curation::apply(corpus, self.extracted.graph.clone(), curation);
        self.stale = stale;
        Extraction {
            graph,
            report: self.extracted.report.clone(),
        }
    }

    /// The curated extraction, taking the curator: the graph is curated in place, not
    /// copied (for a run that will not curate again). Also the edits that did not apply.
    pub fn into_curated(self, corpus: &Corpus) -> (Extraction, Vec<curation::Stale>) {
        let (graph, stale) = curation::apply(corpus, self.extracted.graph, self.history.curation());
        let extraction = Extraction {
            graph,
            report: self.extracted.report,
        };
        (extraction, stale)
    }
}

impl Curator {
    /// Writes the edits, atomically, where `choice` says for the corpus in `dir`: the
    /// file they came from, else `<dir>/nexo-curation.toml`; when the corpus folder
    /// cannot be written, the data folder ([`curation::fallback_path`]). Returns the
    /// file written.
    ///
    /// # Errors
    /// What kept them from being saved, for the status bar (with `--no-curation`, a
    /// broken file left as it is, or no writable place).
    pub fn save(
        &mut self,
        dir: &Path,
        choice: &CurationFile,
    ) -> std::result::Result<PathBuf, String> {
        if let Some(broken) = &self.broken {
            return Err(format!(
                "{} could not be read, so it is left as it is: mend it and reopen the folder \
                 (these edits last until Nexo closes)",
                broken.display()
            ));
        }
        let beside = Curation::path_in(dir);
        let target = match choice {
            CurationFile::Off => {
                return Err("not saved: Nexo was started with --no-curation".into());
            }
            CurationFile::At(path) => path.clone(),
            CurationFile::Beside => self.path.clone().unwrap_or_else(|| beside.clone()),
        };
        let curation = self.history.curation();
        match curation.save(&target) {
            Ok(()) => {}
            Err(e) if target != beside || *choice != CurationFile::Beside => {
                return Err(e.to_string());
            }
            Err(e) => {
                let fallback = curation::fallback_path(dir).ok_or_else(|| e.to_string())?;
                curation
                    .save(&fallback)
                    .map_err(|e2| format!("{e}; and {e2}"))?;
                self.path = Some(fallback.clone());
                return Ok(fallback);
            }
        }
        self.path = Some(target.clone());
        Ok(target)
    }
}

/// Extraction with the entities `curation` adds (matched like catalog entries; one whose
/// id the catalog already has is that entry, never overwritten) and the names it settles.
fn extract_with(corpus: &Corpus, catalog: &Catalog, curation: &Curation) -> Extraction {
    let mut catalog = std::borrow::Cow::Borrowed(catalog);
    for entry in curation.catalog_entries() {
        if catalog.entry(&entry.id).is_none() {
            catalog.to_mut().add(entry);
        }
    }
    extract_settled(corpus, &catalog, &curation.settlements(corpus))
}

/// Loads `dir` with `options`, merges `catalog` (and `<dir>/catalog.toml`) over the
/// built-in catalog, extracts and applies the curation. A document whose extraction
/// failed, and an edit that no longer applies, join the load's warnings, so
/// [`crate::corpus::LoadReport`] is the one list a user reads.
///
/// # Errors
/// As [`load`].
pub fn run(
    dir: &Path,
    catalog: Option<&Path>,
    options: LoadOptions,
    curation: &CurationFile,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(Corpus, Extraction)> {
    let (mut corpus, curator) = prepare(dir, catalog, options, curation, progress)?;
    let path = curator.path.clone();
    // Nothing will be curated again: the extraction is curated in place, not copied.
    let (extraction, stale) = curator.into_curated(&corpus);
    add_failures(&mut corpus, &extraction);
    if let Some(path) = &path {
        corpus
            .report
            .warnings
            .extend(stale.iter().map(|s| Warning::noted(path, s.to_string())));
        corpus.report.warnings.sort_by(|a, b| a.path.cmp(&b.path));
    }
    Ok((corpus, extraction))
}

/// Like [`run`], keeping what curating again needs (the viewer's load); the stale
/// edits are in [`Curator::stale`], not in the warnings.
///
/// # Errors
/// As [`Corpus::load_with`] and [`Catalog::resolve`]; and when a curation file given
/// with [`CurationFile::At`] cannot be read or is invalid (the one beside the corpus is
/// skipped with a warning instead, so a broken file never stops a load).
pub fn load(
    dir: &Path,
    catalog: Option<&Path>,
    options: LoadOptions,
    curation: &CurationFile,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Run> {
    let (mut corpus, mut curator) = prepare(dir, catalog, options, curation, progress)?;
    let extraction = curator.curate(&corpus);
    add_failures(&mut corpus, &extraction);
    Ok(Run {
        corpus,
        extraction,
        curator,
    })
}

/// Loads the corpus, resolves the catalogs, reads the curation file and extracts (the
/// curation not yet applied); the curation file's warnings join the load's.
fn prepare(
    dir: &Path,
    catalog: Option<&Path>,
    options: LoadOptions,
    curation: &CurationFile,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(Corpus, Curator)> {
    let mut corpus = Corpus::load_with(dir, options, progress)?;
    let catalog = Catalog::resolve(catalog, Some(dir))?;
    let (read, curation_warnings) = read_curation(dir, curation)?;
    let (path, file) = read.map_or((None, Curation::default()), |(p, f)| (Some(p), f));
    let mut curator = Curator::new(&corpus, catalog, file, path);
    if !curation_warnings.is_empty() {
        curator.broken = curation.source(dir);
    }
    corpus.report.warnings.extend(curation_warnings);
    Ok((corpus, curator))
}

/// The documents whose extraction failed join the load's warnings, sorted by file.
fn add_failures(corpus: &mut Corpus, extraction: &Extraction) {
    let failed = extraction.report.failed.iter().map(|f| {
        Warning::skipped(
            &f.path,
            format!("extraction failed ({}); please report this file", f.message),
        )
    });
    let extra: Vec<Warning> = failed.collect();
    let warnings = &mut corpus.report.warnings;
    warnings.extend(extra);
    warnings.sort_by(|a, b| a.path.cmp(&b.path));
}

/// A curation file, with where it was read from.
type CurationRead = Option<(PathBuf, Curation)>;

/// Reads the curation file `choice` names, if there is one. A file beside the corpus
/// (or in the data folder) that cannot be used is skipped with a warning.
fn read_curation(dir: &Path, choice: &CurationFile) -> Result<(CurationRead, Vec<Warning>)> {
    match (choice, choice.source(dir)) {
        (CurationFile::At(path), _) => {
            Ok((Some((path.clone(), Curation::load(path)?)), Vec::new()))
        }
        (_, None) => Ok((None, Vec::new())),
        (_, Some(path)) => match Curation::load(&path) {
            Ok(file) => Ok((Some((path, file)), Vec::new())),
            Err(e) => {
                let why = format!("{e}; the network is shown without its corrections");
                Ok((None, vec![Warning::skipped(&path, why)]))
            }
        },
    }
}
