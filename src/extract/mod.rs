//! From a loaded corpus and a catalog to an [`EvidenceGraph`].
//!
//! Pass 1 (parallel over documents): match catalog names, run discovery on every
//! sentence. Between passes: merge discovered names corpus-wide into new entities and
//! aliases. Pass 2 (parallel): match everything known, resolve ambiguous short names
//! from their document's context, relate names sentence by sentence.

/// Declares an ordered table of rules over one case (a pair of names, a capitalised run)
/// and the function that asks them in that order until one settles the case, with the
/// rules' names for the tests (`names`). The rules are called
/// directly, so the compiler may inline them; the list is still the one place that
/// says which rules run and in which order. (Defined before the modules, which use it.)
macro_rules! ordered_rules {
    (
        $(#[$doc:meta])*
        fn $run:ident($($arg:ident: $ty:ty),* $(,)?) = [$($rule:ident),* $(,)?];
        names $names:ident;
    ) => {
        ordered_rules!(@fn [$(#[$doc])*] $run [$($arg: $ty),*] ($($arg),*) [$($rule),*]);
        /// The rules' names, in order (the examples must cover each).
        #[cfg(test)]
        pub(super) const $names: &[&str] = &[$(stringify!($rule)),*];
    };
    (@fn [$($attr:tt)*] $run:ident [$($params:tt)*] $args:tt [$($rule:ident),*]) => {
        $($attr)*
        fn $run($($params)*) -> $crate::extract::Flow {
            $(
                if let $crate::extract::Flow::Done = $rule $args {
                    return $crate::extract::Flow::Done;
                }
            )*
            $crate::extract::Flow::Next
        }
    };
}

mod assemble;
pub mod confidence;
mod coref;
pub mod discover;
mod entities;
#[cfg(test)]
mod example_files;
pub mod fold;
pub mod lexicon;
pub mod matcher;
mod mentions;
mod merge;
mod pass1;
mod pass2;
pub mod relate;
mod resolve;
pub mod tokens;

use std::collections::BTreeMap;

use crate::catalog::Catalog;
use crate::corpus::Corpus;
use crate::graph::EvidenceGraph;
use entities::Spec;
use matcher::{EntityIdx, Matcher, MatcherBuilder};
pub use merge::slug;
pub use pass2::Settled;

/// What a rule in an ordered table decided about its case.
pub(crate) enum Flow {
    /// Not this rule's case: ask the next one.
    Next,
    /// Settled (acted on, or left alone on purpose): the later rules are not asked.
    Done,
}

/// A short name that could mean several entities and that context did not settle.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Unresolved {
    /// Document id.
    pub doc: String,
    /// Byte offset in the file.
    pub start: usize,
    /// The surface form.
    pub text: String,
    /// Names of the entities it could mean (the first [`MAX_CANDIDATES_LISTED`]).
    pub candidates: Vec<String>,
    /// How many more it could mean.
    pub more_candidates: usize,
}

impl std::fmt::Display for Unresolved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at byte {}: “{}” could be {}",
            self.doc,
            self.start,
            self.text,
            self.candidates.join(" / ")
        )?;
        if self.more_candidates > 0 {
            write!(f, " and {} more", self.more_candidates)?;
        }
        Ok(())
    }
}

/// At most this many of an ambiguous name's candidates are named in the report.
pub const MAX_CANDIDATES_LISTED: usize = 8;

/// At most this many ambiguous mentions are listed one by one in the report.
pub const MAX_UNRESOLVED_LISTED: usize = 1000;

/// What extraction noticed besides the graph.
#[derive(Debug, Clone, Default)]
pub struct ExtractReport {
    /// Ambiguous mentions that were left out rather than guessed (the first
    /// [`MAX_UNRESOLVED_LISTED`]; all are counted in `unresolved_count`).
    pub unresolved: Vec<Unresolved>,
    /// How many ambiguous mentions were left out in all.
    pub unresolved_count: usize,
    /// Number of entities found by discovery (mentioned or not).
    pub discovered: usize,
    /// Documents whose extraction failed unexpectedly (a bug in Nexo): they are left
    /// out of the graph, and the rest of the corpus is extracted as usual.
    pub failed: Vec<FailedDocument>,
}

/// A document left out because extracting it failed unexpectedly.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FailedDocument {
    /// Document id (its corpus-relative path).
    pub doc: String,
    /// Where the file is.
    pub path: std::path::PathBuf,
    /// What failed, for a bug report.
    pub message: String,
}

/// The message a panic carried, for a [`FailedDocument`].
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown failure".into())
}

/// The result of [`extract`].
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Entities, relations and their passages.
    pub graph: EvidenceGraph,
    /// Notes for the user.
    pub report: ExtractReport,
}

/// Runs the whole extraction.
///
/// # Complexity
/// Linear in the corpus size (two matcher passes plus per-sentence work bounded
/// by the number of names in a sentence), parallel over documents.
///
/// # Example
/// ```
/// use nexo::{catalog::Catalog, corpus::Corpus, extract::extract};
/// let corpus = Corpus::from_texts([("a.txt", "Trump met Sheinbaum in Mexico City.")]);
/// let graph = extract(&corpus, &Catalog::builtin().unwrap()).graph;
/// assert_eq!(graph.relation_count(), 1);
/// ```
pub fn extract(corpus: &Corpus, catalog: &Catalog) -> Extraction {
    extract_settled(corpus, catalog, &[])
}

/// Like [`extract`], with names a person settled: each mention at a [`Settled`]
/// document and start means that entity when it is one of the name's candidates (an
/// ambiguous name, say), instead of what context would decide.
pub fn extract_settled(corpus: &Corpus, catalog: &Catalog, settled: &[Settled]) -> Extraction {
    let mut specs: Vec<Spec> = catalog
        .entries()
        .map(|e| Spec {
            key: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            aliases: e.aliases.clone(),
            description: e.description.clone(),
            context: e.context.clone(),
            is_discovered: false,
            surname_needs_full_name: false,
        })
        .collect();
    let ignored: Vec<String> = catalog.ignored_phrases().to_vec();
    let known = build_matcher(specs.iter().enumerate(), &ignored);
    // Decided on the catalog alone, so a person's surnames do not depend on the corpus:
    // who may take them, and every catalog name and alias, folded (a surname one of
    // them already is stays theirs).
    let takes_surnames: Vec<bool> = specs.iter().map(Spec::takes_surnames).collect();
    let taken: rustc_hash::FxHashSet<String> = specs
        .iter()
        .flat_map(|s| std::iter::once(&s.name).chain(&s.aliases))
        .map(|a| fold::fold_str(a))
        .collect();
    let found = pass1::run(corpus, &specs, &known);
    let catalog_len = specs.len();
    let mut failed: BTreeMap<usize, String> = found.failed.iter().cloned().collect();
    merge::merge_discoveries(&mut specs, &known, found);
    for (spec, &takes) in specs.iter_mut().zip(&takes_surnames) {
        if takes {
            spec.add_surnames(&taken);
        }
    }
    let discovered = specs.len() - catalog_len;

    // Pass 2: every name, known or discovered, then resolve and relate.
    let all = build_matcher(specs.iter().enumerate(), &ignored);
    // Every entity index once: a resolved mention borrows its single candidate here.
    let identity: Vec<EntityIdx> = (0..specs.len() as EntityIdx).collect();
    let analysed = pass2::run(corpus, &specs, &all, &identity, &failed, settled);
    failed.extend(analysed.failed.iter().cloned());
    let mut extraction = assemble::assemble(corpus, specs, analysed, discovered);
    extraction.report.failed = failed
        .into_iter()
        .map(|(i, message)| {
            let d = &corpus.documents[i];
            FailedDocument {
                doc: d.id.clone(),
                path: d.path.clone(),
                message,
            }
        })
        .collect();
    extraction
}

fn build_matcher<'a>(
    specs: impl Iterator<Item = (usize, &'a Spec)>,
    ignored: &[String],
) -> Matcher {
    let mut b = MatcherBuilder::default();
    for (i, s) in specs {
        let idx = i as EntityIdx;
        b.add(&s.name, idx);
        for a in &s.aliases {
            b.add(a, idx);
        }
    }
    for p in ignored {
        b.ignore(p);
    }
    b.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stands for a bug: a document holding `FAIL IN <pass>` panics in that pass.
    pub(super) fn fail_if_asked(doc: &crate::corpus::Document, pass: &str) {
        assert!(
            !doc.text.contains(&format!("FAIL IN {pass}")),
            "a planted failure in {pass}"
        );
    }

    #[test]
    fn a_document_that_fails_is_left_out_and_the_rest_is_extracted() {
        let catalog = Catalog::builtin().unwrap();
        for pass in ["pass 1", "the end of pass 1", "pass 2"] {
            // b.txt names someone only it knows: a failure at the end of pass 1, after
            // discovery found him, must still leave him out.
            let corpus = Corpus::from_texts([
                ("a.txt", "Claudia Sheinbaum met Donald Trump.".to_string()),
                (
                    "b.txt",
                    format!(
                        "FAIL IN {pass}. The DEA arrested Ovidio Guzmán. Agent Zorblax Quentinson said so."
                    ),
                ),
                ("c.txt", "The DEA met the FBI.".to_string()),
            ]);
            let x = extract(&corpus, &catalog);
            let failed = &x.report.failed;
            assert_eq!(failed.len(), 1, "{pass}: {failed:?}");
            assert_eq!(failed[0].doc, "b.txt");
            assert!(failed[0].message.contains(pass), "{}", failed[0].message);
            let g = &x.graph;
            let key = |k| g.entity_by_key(k).unwrap();
            assert!(g
                .relation_between(key("claudia-sheinbaum"), key("donald-trump"))
                .is_some());
            assert!(g.entity_by_key("ovidio-guzman-lopez").is_none(), "{pass}");
            assert!(
                !g.entities().iter().any(|e| e.name.contains("Quentinson")),
                "{pass}: nothing the failed document discovered stays"
            );
        }
    }

    /// The names of the entities extracted from two documents.
    fn names_in(a: &str, b: &str) -> Vec<String> {
        let corpus = Corpus::from_texts([("a.txt", a.to_string()), ("b.txt", b.to_string())]);
        let g = extract(&corpus, &Catalog::builtin().unwrap()).graph;
        g.entities().iter().map(|e| e.name.clone()).collect()
    }

    #[test]
    fn a_spanish_name_shortened_to_given_name_and_paternal_surname_is_one_person() {
        let threats = "Police said Ovaldo Quiroga had received threats.";
        let quirogas = |names: Vec<String>| -> Vec<String> {
            names
                .into_iter()
                .filter(|n| n.contains("Quiroga"))
                .collect()
        };
        let named = quirogas(names_in(
            "Journalist Ovaldo Quiroga Esquivel was shot in Tijuana.",
            threats,
        ));
        assert_eq!(named, ["Ovaldo Quiroga Esquivel"]);
        // Two people who share the short form keep it to themselves.
        let named = quirogas(names_in(
            "Journalist Ovaldo Quiroga Esquivel met Journalist Ovaldo Quiroga Domit.",
            threats,
        ));
        assert_eq!(named.len(), 3, "{named:?}");
        // Two given names are no short form: "Juan Carlos" may be anyone.
        let names = names_in(
            "Journalist Juan Carlos Quiroga Esquivel was shot.",
            "Police said Juan Carlos had received threats.",
        );
        assert!(names.iter().any(|n| n == "Juan Carlos"), "{names:?}");
        assert!(
            names.iter().any(|n| n == "Juan Carlos Quiroga Esquivel"),
            "{names:?}"
        );
    }
}
