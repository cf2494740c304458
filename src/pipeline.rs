//! The whole pipeline in one call, as both front ends run it: load a folder, resolve
//! the catalogs, extract, apply the analyst's curation, and gather every warning in one
//! list.

use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::corpus::{Corpus, LoadOptions, Warning};
use crate::curation::{self, Curation};
use crate::error::Result;
use crate::extract::{extract, Extraction};

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
    let catalog = Catalog::resolve(catalog, Some(dir))?;
    let mut extraction = extract(&corpus, &catalog);
    let curated = curate(&corpus, dir, curation, &mut extraction)?;
    corpus.report.warnings.extend(curated);
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

/// Applies the curation file `choice` names to `extraction`'s graph. Returns the
/// warnings: each stale edit, by number and what it does, and a curation file beside the
/// corpus that could not be used.
fn curate(
    corpus: &Corpus,
    dir: &Path,
    choice: &CurationFile,
    extraction: &mut Extraction,
) -> Result<Vec<Warning>> {
    let (path, file) = match choice {
        CurationFile::Off => return Ok(Vec::new()),
        CurationFile::At(path) => (path.clone(), Curation::load(path)?),
        CurationFile::Beside => {
            let path = Curation::path_in(dir);
            if !path.is_file() {
                return Ok(Vec::new());
            }
            match Curation::load(&path) {
                Ok(file) => (path, file),
                Err(e) => {
                    let why = format!("{e}; the network is shown without its corrections");
                    return Ok(vec![Warning::skipped(&path, why)]);
                }
            }
        }
    };
    let graph = std::mem::take(&mut extraction.graph);
    let (graph, stale) = curation::apply(corpus, graph, &file);
    extraction.graph = graph;
    Ok(stale
        .iter()
        .map(|s| Warning::noted(&path, s.to_string()))
        .collect())
}
