//! The whole pipeline in one call, as both front ends run it: load a folder, resolve
//! the catalogs, extract, and gather every warning in one list.

use std::path::Path;

use crate::catalog::Catalog;
use crate::corpus::{Corpus, LoadOptions, Warning};
use crate::error::Result;
use crate::extract::{extract, Extraction};

/// Loads `dir` with `options`, merges `catalog` (and `<dir>/catalog.toml`) over the
/// built-in catalog, and extracts. A document whose extraction failed joins the load's
/// warnings as skipped, so
/// [`crate::corpus::LoadReport`] is the one list a user reads.
///
/// # Errors
/// As [`Corpus::load_with`] and [`Catalog::resolve`].
pub fn run(
    dir: &Path,
    catalog: Option<&Path>,
    options: LoadOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<(Corpus, Extraction)> {
    let mut corpus = Corpus::load_with(dir, options, progress)?;
    let catalog = Catalog::resolve(catalog, Some(dir))?;
    let extraction = extract(&corpus, &catalog);
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
