//! The command line: raw flags are turned into a validated request, then the same
//! pipeline the GUI uses runs once.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use crate::catalog::Catalog;
use crate::corpus::{Corpus, LoadOptions};
use crate::export::scene::{Scene, SceneFilter};
use crate::export::{ExportOptions, Format};
use crate::extract::Extraction;
use crate::kind::Kind;

/// Nexo: the relationship network of a folder of documents, with the passages behind
/// every edge.
#[derive(Debug, Parser)]
#[command(name = "nexo", version, about)]
pub struct Cli {
    /// Folder of .txt/.md documents (default: the bundled corpus).
    #[arg(long, global = true, value_name = "DIR")]
    pub corpus: Option<PathBuf>,
    /// Extra catalog merged over the built-in one.
    #[arg(long, global = true, value_name = "FILE")]
    pub catalog: Option<PathBuf>,
    /// Apply this curation file (default: `<corpus>/nexo-curation.toml` if there is one).
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        conflicts_with = "no_curation"
    )]
    pub curation: Option<PathBuf>,
    /// Apply no curation file.
    #[arg(long, global = true)]
    pub no_curation: bool,
    /// Keep only passages from documents dated on or after this (YYYY, YYYY-MM or
    /// YYYY-MM-DD, from front matter or read from the text); undated documents are
    /// kept.
    #[arg(long, global = true, value_name = "DATE", value_parser = date_arg)]
    pub from: Option<String>,
    /// Keep only passages from documents dated on or before this.
    #[arg(long, global = true, value_name = "DATE", value_parser = date_arg)]
    pub to: Option<String>,
    /// Keep only the relations at least this likely to be stated (0 to 1): every pair
    /// of actors named in one sentence is a candidate, scored by a learned model; 0
    /// keeps them all. The viewer's slider starts at the same default.
    #[arg(long, global = true, default_value_t = 0.5, value_name = "P",
          value_parser = finite_in(0.0, 1.0))]
    pub min_confidence: f32,
    /// Skip documents larger than this many megabytes (MiB).
    #[arg(long, global = true, default_value_t = 64, value_name = "MB",
          value_parser = clap::value_parser!(u64).range(1..=1 << 20))]
    pub max_file_mb: u64,
    /// Open the viewer on a saved session snapshot (.nexo.json).
    #[arg(long, value_name = "FILE")]
    pub open: Option<PathBuf>,
    /// Measure startup: print the time from process start to the first frame that
    /// shows the corpus, then quit (`scripts/startup.sh`).
    #[arg(long, hide = true)]
    pub exit_after_first_frame: bool,
    /// What to do; without one, open the viewer (or print the summary without it).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a readable summary of what was extracted.
    Extract {
        /// Print every passage instead, one line each: document, sentence range, both
        /// endpoints with where they are named, the label, and the rule that made it.
        #[arg(long)]
        explain: bool,
    },
    /// Print who matters most by each measure (degree, weighted degree, betweenness,
    /// PageRank, eigenvector) and the communities with their members.
    Stats {
        /// text or json.
        #[arg(long, default_value = "text", value_name = "FORMAT",
              value_parser = ["text", "json"])]
        format: String,
        /// How many actors to list for each measure.
        #[arg(long, default_value_t = 10, value_name = "N")]
        top: usize,
    },
    /// Print how two entities are connected: the shortest paths between them (fewest
    /// hops first; among as many, the better attested first), each hop with its passage.
    Path {
        /// One entity (id or name, accents and case ignored).
        #[arg(value_name = "A")]
        source: String,
        /// The other.
        #[arg(value_name = "B")]
        target: String,
        /// How many paths, shortest first.
        #[arg(long, default_value_t = 3, value_name = "K",
              value_parser = clap::value_parser!(u16).range(1..=50))]
        k: u16,
        /// text or json.
        #[arg(long, default_value = "text", value_name = "FORMAT",
              value_parser = ["text", "json"])]
        format: String,
    },
    /// Fit the passage-confidence model to annotated articles and write its weights
    /// (`scripts/train.sh` rebuilds `data/confidence.txt` byte for byte); print the
    /// cross-validated precision and recall of passages by threshold.
    Train {
        /// Annotated splits: a folder holding `corpus/` and `gold/`, or `CORPUS=GOLD`.
        #[arg(required = true, value_name = "SPLIT")]
        splits: Vec<String>,
        /// Where to write the weights (default: print only the report).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Folds of the by-article cross-validation.
        #[arg(long, default_value_t = 5, value_name = "K",
              value_parser = clap::value_parser!(u16).range(2..=50))]
        folds: u16,
    },
    /// Write a seeded synthetic corpus (for benchmarks and scale tests) into a folder.
    Synth {
        /// Destination folder (created if missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Approximate size in megabytes.
        #[arg(long, default_value_t = 10)]
        mb: usize,
        /// Random seed; the same seed gives the same corpus.
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
    /// Write the graph to a file (a folder for CSV).
    Export {
        /// Output format: json, graphml, gexf, csv, dot, svg or png.
        #[arg(long, default_value = "json", value_name = "FORMAT")]
        format: Format,
        /// Destination file (for CSV: the folder that receives nodes.csv, edges.csv, evidence.csv).
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// Keep only these kinds (comma-separated, e.g. person,cartel).
        #[arg(long, value_delimiter = ',', value_name = "KINDS")]
        kinds: Vec<String>,
        /// Leave out relations with fewer passages.
        #[arg(long, default_value_t = 1, value_name = "N")]
        min_weight: usize,
        /// Keep only this entity's neighbourhood (id or name).
        #[arg(long, value_name = "ENTITY")]
        focus: Option<String>,
        /// Neighbourhood depth for --focus (1 to 50 hops).
        #[arg(long, default_value_t = 1, value_name = "K",
              value_parser = clap::value_parser!(u16).range(1..=50))]
        depth: u16,
        /// Picture width in pixels (SVG and PNG), 100 to 20000.
        #[arg(long, default_value_t = 1600.0, value_name = "PX",
              value_parser = finite_in(100.0, 20_000.0))]
        width: f32,
        /// Replace the destination even if it is read-only.
        #[arg(long)]
        force: bool,
        /// CSV: put an apostrophe before text cells starting with = + - @, for
        /// spreadsheets (numbers are never changed; passages are then not byte-exact).
        #[arg(long)]
        csv_escape_formulas: bool,
        /// PNG pixel density (1, 2 or 4 × the width), 0.25 to 8.
        #[arg(long, default_value_t = 1.0, value_name = "N",
              value_parser = finite_in(0.25, 8.0))]
        scale: f32,
    },
}

/// A clap parser for a date of `--from` and `--to`.
fn date_arg(s: &str) -> Result<String, String> {
    crate::analysis::time::span(s)
        .map(|_| s.trim().to_string())
        .ok_or_else(|| format!("`{s}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
}

/// A clap parser for a finite number in `min..=max` ("inf", "NaN" and "1e40" refused).
fn finite_in(min: f32, max: f32) -> impl Fn(&str) -> Result<f32, String> + Clone {
    move |s: &str| {
        let v: f32 = s
            .trim()
            .parse()
            .map_err(|_| format!("`{s}` is not a number"))?;
        if v.is_finite() && (min..=max).contains(&v) {
            Ok(v)
        } else {
            Err(format!("`{s}` is not between {min} and {max}"))
        }
    }
}

/// The bundled corpus: `data/corpus` under the working directory, else next to the sources.
pub fn default_corpus() -> PathBuf {
    let local = PathBuf::from("data/corpus");
    if local.is_dir() {
        local
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus")
    }
}

/// The curation file `--curation` and `--no-curation` ask for (the viewer's too).
pub fn curation_file(cli: &Cli) -> crate::pipeline::CurationFile {
    match (&cli.curation, cli.no_curation) {
        (_, true) => crate::pipeline::CurationFile::Off,
        (Some(path), false) => crate::pipeline::CurationFile::At(path.clone()),
        (None, false) => crate::pipeline::CurationFile::Beside,
    }
}

/// Loads the corpus and catalog a command asks for.
///
/// # Errors
/// When the corpus folder or a catalog cannot be read or is invalid; the message names
/// the file.
pub fn load(cli: &Cli) -> anyhow::Result<(Corpus, Extraction)> {
    let dir = cli.corpus.clone().unwrap_or_else(default_corpus);
    let options = LoadOptions {
        max_file_bytes: cli.max_file_mb << 20,
    };
    let (corpus, mut extraction) = crate::pipeline::run(
        &dir,
        cli.catalog.as_deref(),
        options,
        &curation_file(cli),
        &|_, _| {},
    )?;
    let range = crate::analysis::time::Range::new(cli.from.as_deref(), cli.to.as_deref())
        .map_err(anyhow::Error::msg)?;
    if !range.is_open() {
        extraction.graph = crate::analysis::time::within(&corpus, &extraction.graph, range);
    }
    extraction.graph =
        std::mem::take(&mut extraction.graph).into_confident(f64::from(cli.min_confidence));
    Ok((corpus, extraction))
}

/// `nexo train`: extracts each split with the catalog (no curation), turns every
/// passage of an annotated article into an example, fits the model and reports its
/// cross-validated precision and recall.
fn train(
    cli: &Cli,
    splits: &[String],
    out: Option<&Path>,
    folds: usize,
) -> anyhow::Result<Outcome> {
    let splits: Vec<_> = splits
        .iter()
        .map(|s| crate::gold::Split::parse(s))
        .collect();
    let training = crate::gold::Training::of(&splits, cli.catalog.as_deref())?;
    let examples = &training.examples;
    let related = examples.iter().filter(|(_, y, _)| *y).count();
    let mut report = format!(
        "{} passages of {} annotated articles, {related} of them related\n\
         {folds}-fold cross-validation by article (passages):\n\
         threshold  precision  recall\n",
        examples.len(),
        training.articles,
    );
    for (t, p, r) in crate::gold::cross_validate(examples, folds) {
        let _ = writeln!(report, "{t:>9.1}  {p:>9.3}  {r:>6.3}");
    }
    if let Some(out) = out {
        crate::export::write_atomic(out, training.weights_file().as_bytes())?;
        let _ = writeln!(report, "wrote {}", out.display());
    }
    Ok(Outcome {
        stdout: report,
        ..Outcome::default()
    })
}

/// What a command produced: its output, and the warnings that go to standard error.
#[derive(Debug, Default)]
pub struct Outcome {
    /// For standard output.
    pub stdout: String,
    /// One line each, for standard error.
    pub warnings: Vec<String>,
    /// Documents left out (bad files, special files, extraction failures): the output
    /// covers the rest, and `nexo` exits with code 1.
    pub skipped: usize,
}

impl Outcome {
    fn new(stdout: String, corpus: &Corpus) -> Self {
        Self {
            stdout,
            warnings: corpus
                .report
                .warnings
                .iter()
                .map(|w| format!("warning: {w}"))
                .collect(),
            skipped: corpus.report.skipped(),
        }
    }
}

/// Runs a non-GUI command.
///
/// # Errors
/// Any load or write failure, with the file named.
pub fn run(cli: &Cli) -> anyhow::Result<Outcome> {
    if let Some(Command::Synth { out, mb, seed }) = &cli.command {
        std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
        let catalog = Catalog::resolve(cli.catalog.as_deref(), None)?;
        let bytes = crate::synth::write_corpus(out, &catalog, *seed, mb << 20)?;
        return Ok(Outcome {
            stdout: format!(
                "wrote {bytes} bytes of synthetic articles to {}\n",
                out.display()
            ),
            ..Outcome::default()
        });
    }
    if let Some(Command::Train { splits, out, folds }) = &cli.command {
        return train(cli, splits, out.as_deref(), usize::from(*folds));
    }
    let (corpus, extraction) = load(cli)?;
    match &cli.command {
        Some(Command::Extract { explain: true }) => Ok(Outcome::new(
            crate::export::explain::passage_lines(&corpus, &extraction.graph),
            &corpus,
        )),
        None | Some(Command::Extract { .. } | Command::Synth { .. } | Command::Train { .. }) => {
            Ok(Outcome::new(summary(&corpus, &extraction), &corpus))
        }
        Some(Command::Path {
            source,
            target,
            k,
            format,
        }) => {
            let graph = &extraction.graph;
            let find = |name: &str| {
                find_entity(graph, name).with_context(|| {
                    format!("no entity named `{name}` in {}", corpus.root.display())
                })
            };
            let (a, b) = (find(source)?, find(target)?);
            let paths =
                crate::analysis::path::shortest_paths(graph, a, b, usize::from(*k), |_| true);
            let out = if format == "json" {
                crate::analysis::report::paths_to_json(&corpus, graph, (a, b), &paths)
            } else if paths.is_empty() {
                format!("No path joins {source} and {target}.\n")
            } else {
                crate::analysis::report::paths_to_text(&corpus, graph, &paths)
            };
            Ok(Outcome::new(out, &corpus))
        }
        Some(Command::Stats { format, top }) => {
            let graph = &extraction.graph;
            let analysis = crate::analysis::analyse(graph);
            let out = if format == "json" {
                crate::analysis::report::to_json(graph, &analysis, *top)
            } else {
                crate::analysis::report::to_text(graph, &analysis, *top)
            };
            Ok(Outcome::new(out, &corpus))
        }
        Some(Command::Export {
            format,
            out,
            kinds,
            min_weight,
            focus,
            depth,
            width,
            scale,
            force,
            csv_escape_formulas,
        }) => {
            let graph = &extraction.graph;
            let kinds = kinds
                .iter()
                .map(|k| {
                    Kind::parse(k)
                        .with_context(|| format!("unknown kind `{k}` (use {})", kind_names()))
                })
                .collect::<anyhow::Result<Vec<Kind>>>()?;
            let focus = match focus {
                Some(name) => Some((
                    find_entity(graph, name).with_context(|| {
                        format!("no entity named `{name}` in {}", corpus.root.display())
                    })?,
                    usize::from(*depth),
                )),
                None => None,
            };
            let filter = SceneFilter {
                kinds,
                min_weight: *min_weight,
                focus,
            };
            let scene = Scene::build(graph, &filter);
            let picture = ExportOptions {
                width_px: *width,
                scale: *scale,
                caption: caption(&corpus, &filter, graph),
                csv_formulas: if *csv_escape_formulas {
                    crate::export::formats::CsvFormulas::Escape
                } else {
                    crate::export::formats::CsvFormulas::Keep
                },
                figures: None,
            };
            let replace = if *force {
                crate::export::Replace::Force
            } else {
                crate::export::Replace::Writable
            };
            crate::export::write_scene(*format, &corpus, graph, &scene, out, &picture, replace)?;
            let msg = format!(
                "wrote {} ({} nodes, {} edges)\n",
                out.display(),
                scene.nodes.len(),
                scene.edges.len()
            );
            Ok(Outcome::new(msg, &corpus))
        }
    }
}

/// "Nexo · <corpus folder> · <filters>": no absolute path and no date, so two exports
/// of the same view are the same bytes and a shared picture says nothing private.
fn caption(corpus: &Corpus, filter: &SceneFilter, graph: &crate::graph::EvidenceGraph) -> String {
    let mut parts = vec![format!("Nexo · {}", crate::export::corpus_name(corpus))];
    if !filter.kinds.is_empty() {
        parts.push(format!(
            "kinds: {}",
            filter
                .kinds
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if filter.min_weight > 1 {
        parts.push(format!("≥ {} passages", filter.min_weight));
    }
    if let Some((id, depth)) = filter.focus {
        let name = graph.entity(id).map_or("?", |e| e.name.as_str());
        parts.push(format!(
            "focus: {name}, {depth} hop{}",
            if depth == 1 { "" } else { "s" }
        ));
    }
    parts.join(" · ")
}

fn kind_names() -> String {
    Kind::ALL.map(Kind::as_str).join(", ")
}

/// An entity by key, else by name or alias (accent- and case-insensitive).
pub fn find_entity(
    graph: &crate::graph::EvidenceGraph,
    name: &str,
) -> Option<crate::graph::EntityId> {
    if let Some(id) = graph.entity_by_key(name) {
        return Some(id);
    }
    let wanted = crate::extract::fold::fold_str(name);
    graph
        .entity_ids()
        .zip(graph.entities())
        .find_map(|(id, e)| {
            let hit = std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|f| crate::extract::fold::fold_str(f) == wanted);
            hit.then_some(id)
        })
}

/// The readable summary printed by `nexo extract`.
pub fn summary(corpus: &Corpus, extraction: &Extraction) -> String {
    let g = &extraction.graph;
    let mut s = String::new();
    let _ = writeln!(s, "Corpus      {}", corpus.root.display());
    let _ = writeln!(s, "Documents   {}", corpus.documents.len());
    let _ = writeln!(s, "Sentences   {}", corpus.sentence_count());
    let _ = writeln!(
        s,
        "Entities    {} ({} discovered)",
        g.entity_count(),
        g.entities().iter().filter(|e| e.is_discovered).count()
    );
    for kind in Kind::ALL {
        let n = g.entities().iter().filter(|e| e.kind == kind).count();
        let _ = writeln!(s, "  {:<13}{n}", kind.as_str());
    }
    let passages: usize = g.relations().iter().map(|r| r.weight()).sum();
    let _ = writeln!(
        s,
        "Edges       {} ({} passages)",
        g.relation_count(),
        passages
    );
    let mut by_degree: Vec<_> = g.entity_ids().map(|id| (g.degree(id), id)).collect();
    by_degree.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let _ = writeln!(s, "Top entities by degree");
    for (degree, id) in by_degree.iter().take(10) {
        if let Some(e) = g.entity(*id) {
            let _ = writeln!(
                s,
                "  {:<40} {:<13} {degree:>3} links, {} mentions",
                e.name,
                e.kind.as_str(),
                e.mentions
            );
        }
    }
    let mut heaviest: Vec<_> = g.relations().iter().collect();
    heaviest.sort_by(|a, b| {
        b.weight()
            .cmp(&a.weight())
            .then((a.source, a.target).cmp(&(b.source, b.target)))
    });
    let _ = writeln!(s, "Strongest edges");
    for r in heaviest.iter().take(10) {
        let name = |id| g.entity(id).map_or("?", |e| e.name.as_str());
        let _ = writeln!(
            s,
            "  {} — {}: {} passages ({})",
            name(r.source),
            name(r.target),
            r.weight(),
            r.labels.join(", ")
        );
    }
    if !extraction.report.unresolved.is_empty() {
        let _ = writeln!(
            s,
            "Ambiguous names left out: {}",
            extraction.report.unresolved_count
        );
        for u in extraction.report.unresolved.iter().take(5) {
            let _ = writeln!(s, "  {u}");
        }
    }
    let _ = writeln!(
        s,
        "Warnings    {} ({} files skipped; listed on standard error)",
        corpus.report.warnings.len(),
        corpus.report.skipped()
    );
    s
}

/// An error and its causes, each cause once: a cause whose text the message before it
/// already holds (as `cannot read X: No such file` holds `No such file`) is not repeated.
pub fn error_chain(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if !out.contains(&text) {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&text);
        }
    }
    out
}

/// Text safe to print on a terminal: control characters from documents (escape
/// sequences, carriage returns, bells) are shown as `\u{..}` instead of obeyed; line
/// breaks and tabs stay.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let is_bad = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.contains(is_bad) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_bad(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::CurationFile;

    #[test]
    fn the_viewer_and_every_command_read_one_curation_choice() {
        let choice = |args: &[&str]| curation_file(&Cli::try_parse_from(args).unwrap());
        assert_eq!(choice(&["nexo"]), CurationFile::Beside);
        assert_eq!(choice(&["nexo", "--no-curation"]), CurationFile::Off);
        assert_eq!(
            choice(&["nexo", "--curation", "c.toml", "extract"]),
            CurationFile::At("c.toml".into())
        );
        assert!(Cli::try_parse_from(["nexo", "--curation", "c.toml", "--no-curation"]).is_err());
    }

    #[test]
    fn a_cause_the_message_already_holds_is_not_repeated() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "No such file");
        let err = anyhow::Error::new(crate::Error::Read {
            path: "a.toml".into(),
            source: io,
        });
        assert_eq!(error_chain(&err), "cannot read a.toml: No such file");
        let wrapped = anyhow::anyhow!("inner problem").context("while loading");
        assert_eq!(error_chain(&wrapped), "while loading: inner problem");
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(
            printable("a\u{1b}[31mb\tc\nd\r"),
            "a\\u{1b}[31mb\tc\nd\\u{d}"
        );
        assert!(matches!(printable("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
