//! Nexo turns a folder of news and analysis documents into a relationship network of
//! people, agencies, cartels, agreements, countries and organisations, and keeps for
//! every edge the exact passages that support it.
//!
//! The pipeline, one call per stage:
//!
//! ```text
//! Corpus::load(dir) ─► extract(&corpus, &catalog) ─► EvidenceGraph ─► export
//! ```
//!
//! | module | what it holds |
//! |---|---|
//! | [`corpus`] | loading documents, front matter, sentence segmentation |
//! | [`catalog`] | the curated gazetteer of known entities |
//! | [`extract`] | matching, discovery, ambiguity, relation rules |
//! | [`graph`] | the evidence graph with newtype ids |
//! | [`curation`] | the analyst's corrections (`nexo-curation.toml`), applied after extraction |
//! | [`layout`] | the force-directed layout, stepped by the viewer or run headless |
//! | [`export`] | atomic file writing and the export formats |
//! | [`pipeline`] | load, catalogs and extraction in one call, with one list of warnings |
//! | [`cli`] | the command line over the same pipeline |
//! | [`synth`] | seeded synthetic articles for benchmarks and scale tests |
//!
//! The domain modules never import egui; the viewer ([`app`], feature `gui`) is the only
//! place that does.

pub mod analysis;
#[cfg(feature = "gui")]
pub mod app;
pub mod catalog;
pub mod cli;
pub mod corpus;
pub mod curation;
pub mod error;
pub mod export;
pub mod extract;
pub mod gold;
pub mod graph;
pub mod kind;
pub mod layout;
pub mod pipeline;
pub mod synth;

pub use error::{Error, Result};
