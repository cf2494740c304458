//! The whole pipeline in one call, as both front ends run it: load a folder, resolve
//! the catalogs, extract, apply the analyst's curation, and gather every warning in one
//! list.

use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::corpus::{Corpus, LoadOptions, Warning};
use crate::curation::{self, Curation};
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

/// Loads `dir` with `options`, merges `catalog` (and `<dir>/catalog.toml`) over the
/// built-in catalog, and extracts. A document whose extraction failed joins the load's
/// warnings as skipped, so
/// [`crate::corpus::LoadReport`] is the one list a user reads.
///
/// # Errors
/// As [`Corpus::load_with`] and [`Catalog::resolve`]; and when a curation file given
/// with [`CurationFile::At`] cannot be read or is invalid (the one beside the corpus is
/// skipped with a warning instead, so a broken file never stops a load).
pub fn run(
    dir: &Path,
    catalog: Option<&Path>,
    options: LoadOptions,
    curation: &CurationFile,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(Corpus, Extraction)> {
    let mut corpus = Corpus::load_with(dir, options, progress)?;
    let mut catalog = Catalog::resolve(catalog, Some(dir))?;
    let (curation, mut curation_warnings) = read_curation(dir, curation)?;
    // Entities the analyst added are matched like catalog entries; one whose id the
    // catalog already has is that entry (an edit never overwrites a catalog entry).
    if let Some((_, file)) = &curation {
        for entry in file.catalog_entries() {
            if catalog.entry(&entry.id).is_none() {
                catalog.add(entry);
            }
        }
    }
    let settled = match &curation {
        Some((_, file)) => file.settlements(&corpus),
        None => Vec::new(),
    };
    let mut extraction = extract_settled(&corpus, &catalog, &settled);
    if let Some((path, file)) = &curation {
        let graph = std::mem::take(&mut extraction.graph);
        let (graph, stale) = curation::apply(&corpus, graph, file);
        extraction.graph = graph;
        let stale = stale.iter().map(|s| Warning::noted(path, s.to_string()));
        curation_warnings.extend(stale);
    }
    corpus.report.warnings.extend(curation_warnings);
    let report = &extraction.report;
    let failed = report.failed.iter().map(|f| {
        Warning::skipped(
            &f.path,
            format!("extraction failed ({}); please report this file", f.message),
        )
    });
    let extra: Vec<Warning> = failed.collect();
    let warnings = &mut corpus.report.warnings;
    warnings.extend(extra);
    warnings.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((corpus, extraction))
}

/// A curation file, with where it was read from.
type CurationRead = Option<(PathBuf, Curation)>;

/// Reads the curation file `choice` names, if there is one. A file beside the corpus
/// that cannot be used is skipped with a warning.
fn read_curation(dir: &Path, choice: &CurationFile) -> Result<(CurationRead, Vec<Warning>)> {
    match choice {
        CurationFile::Off => Ok((None, Vec::new())),
        CurationFile::At(path) => Ok((Some((path.clone(), Curation::load(path)?)), Vec::new())),
        CurationFile::Beside => {
            let path = Curation::path_in(dir);
            if !path.is_file() {
                return Ok((None, Vec::new()));
            }
            match Curation::load(&path) {
                Ok(file) => Ok((Some((path, file)), Vec::new())),
                Err(e) => {
                    let why = format!("{e}; the network is shown without its corrections");
                    Ok((None, vec![Warning::skipped(&path, why)]))
                }
            }
        }
    }
}
