//! Writing what Nexo knows to files other tools read.
//!
//! Every file is written atomically: to a temporary file in the same folder, flushed,
//! then renamed over the destination, so a failed write leaves the old file intact.

pub mod explain;
pub mod formats;
pub mod json;
pub mod png;
pub mod scene;
pub mod svg;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::corpus::Corpus;
use crate::error::{Error, Result};
use crate::graph::EvidenceGraph;
use scene::Scene;

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Node-link JSON with evidence passages and positions.
    #[default]
    Json,
    /// GraphML (yEd, Gephi, Cytoscape, networkx).
    Graphml,
    /// GEXF 1.3 with viz colour, position and size (Gephi).
    Gexf,
    /// `nodes.csv`, `edges.csv`, `evidence.csv` in a folder.
    Csv,
    /// Graphviz DOT with positions.
    Dot,
    /// CSV files with typed headers for `neo4j-admin database import`, with the import
    /// command and a Cypher `LOAD CSV` script, in a folder.
    Neo4j,
    /// SVG picture with legend and caption.
    Svg,
    /// PNG picture rendered from the SVG.
    Png,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 8] = [
        Self::Svg,
        Self::Png,
        Self::Graphml,
        Self::Gexf,
        Self::Json,
        Self::Csv,
        Self::Neo4j,
        Self::Dot,
    ];

    /// Whether the export is a folder of files (CSV, Neo4j) rather than one file.
    pub fn writes_folder(self) -> bool {
        matches!(self, Self::Csv | Self::Neo4j)
    }

    /// The name used on the command line, also the file extension (CSV names a folder).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Graphml => "graphml",
            Self::Gexf => "gexf",
            Self::Csv => "csv",
            Self::Dot => "dot",
            Self::Neo4j => "neo4j",
            Self::Svg => "svg",
            Self::Png => "png",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!(
                    "unknown format `{s}` (use {})",
                    Self::ALL.map(Self::as_str).join(", ")
                )
            })
    }
}

/// Settings of the exports that have any.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportOptions {
    /// Picture width in pixels (SVG, PNG, and the scale of DOT's positions).
    pub width_px: f32,
    /// PNG pixel density (1, 2, 4).
    pub scale: f32,
    /// Caption under the picture, and GEXF's description.
    pub caption: String,
    /// Whether CSV text cells that look like formulas are neutralised.
    pub csv_formulas: formats::CsvFormulas,
    /// The figures the data formats write for each node: the viewer passes those of
    /// its filtered view; `None` computes the whole graph's.
    pub figures: Option<crate::analysis::Analysis>,
}

/// The corpus as exports name it: its folder's name, never the absolute path (a
/// picture or file shared with others should not carry where it was made).
pub fn corpus_name(corpus: &Corpus) -> String {
    corpus
        .root
        .file_name()
        .map_or_else(|| "corpus".into(), |n| n.to_string_lossy().into_owned())
}

/// Writes `scene` in `format` to `out` (a folder for CSV), atomically; returns the
/// files written.
///
/// # Errors
/// [`Error::Write`] naming the file that could not be written, or [`Error::Render`]
/// when a picture or document cannot be produced.
pub fn write_scene(
    format: Format,
    corpus: &Corpus,
    graph: &EvidenceGraph,
    scene: &Scene,
    out: &Path,
    options: &ExportOptions,
    replace: Replace,
) -> Result<Vec<PathBuf>> {
    let render_error = |message: String| Error::Render {
        message,
        path: out.to_path_buf(),
    };
    let svg = || {
        svg::svg(
            graph,
            scene,
            &svg::SvgOptions {
                width_px: options.width_px,
                caption: options.caption.clone(),
            },
        )
    };
    // Who matters and the communities (the view's, else the whole graph's), for the
    // data formats.
    let analysis = match (format, &options.figures) {
        (Format::Dot | Format::Svg | Format::Png, _) => crate::analysis::Analysis::default(),
        (_, Some(figures)) => figures.clone(),
        (_, None) => crate::analysis::analyse(graph),
    };
    let files: Vec<(PathBuf, Vec<u8>)> = match format {
        Format::Json => {
            write_atomic_streamed(out, replace, |w| {
                json::write_scene(w, corpus, graph, scene, &analysis).map_err(std::io::Error::from)
            })?;
            return Ok(vec![out.to_path_buf()]);
        }
        Format::Graphml => {
            write_atomic_streamed(out, replace, |w| {
                formats::graphml(w, corpus, graph, scene, &analysis)
            })?;
            return Ok(vec![out.to_path_buf()]);
        }
        Format::Gexf => {
            write_atomic_streamed(out, replace, |w| {
                formats::gexf(w, corpus, graph, scene, &analysis, &options.caption)
            })?;
            return Ok(vec![out.to_path_buf()]);
        }
        Format::Dot => vec![(
            out.to_path_buf(),
            formats::dot(graph, scene, options.width_px).into_bytes(),
        )],
        Format::Svg => vec![(out.to_path_buf(), svg().into_bytes())],
        Format::Png => vec![(
            out.to_path_buf(),
            png::png_from_svg(&svg(), options.scale).map_err(render_error)?,
        )],
        Format::Csv | Format::Neo4j => {
            let set = if format == Format::Csv {
                formats::csv(corpus, graph, scene, &analysis, options.csv_formulas)
            } else {
                formats::neo4j(corpus, graph, scene, &analysis)
            };
            write_folder_atomic(out, &set, replace)?;
            return Ok(set.iter().map(|(name, _)| out.join(name)).collect());
        }
    };
    for (path, bytes) in &files {
        write_atomic_with(path, bytes, replace)?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

/// Whether a write may replace a read-only file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Replace {
    /// A read-only destination is refused (the default).
    #[default]
    Writable,
    /// A read-only destination is replaced too (`--force`).
    Force,
}

/// Writes `bytes` to `path` atomically: to a uniquely named temporary file in the same
/// folder, flushed, then renamed over the destination. A destination that is a link is
/// written through (the link stays, its target changes); a replaced file keeps its
/// permissions; a read-only destination is refused.
///
/// # Errors
/// [`Error::Write`] naming `path` if the folder is missing or not writable, the target
/// is read-only, or the rename fails; the temporary file is removed and any old file is
/// left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, bytes, Replace::Writable)
}

/// [`write_atomic`], saying whether a read-only destination may be replaced.
///
/// # Errors
/// As [`write_atomic`].
pub fn write_atomic_with(path: &Path, bytes: &[u8], replace: Replace) -> Result<()> {
    write_atomic_streamed(path, replace, |w| w.write_all(bytes))
}

/// [`write_atomic_with`] for a file made as it is written: `write` is given a
/// buffered writer into the temporary file, so the whole text is never in memory.
///
/// # Errors
/// As [`write_atomic`], and whatever error `write` returns, naming `path`.
pub fn write_atomic_streamed(
    path: &Path,
    replace: Replace,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let err = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let target = resolve_links(path).map_err(err)?;
    let old = std::fs::metadata(&target).ok();
    if let Some(meta) = &old {
        if meta.is_dir() {
            return Err(err(std::io::Error::other("it is a folder")));
        }
        if meta.permissions().readonly() && replace == Replace::Writable {
            return Err(err(read_only()));
        }
    }
    let mut tmp = temp_in(&target).map_err(err)?;
    {
        let mut buffered = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        write(&mut buffered).map_err(err)?;
        buffered.flush().map_err(err)?;
    }
    if let Some(meta) = &old {
        tmp.as_file()
            .set_permissions(meta.permissions())
            .map_err(err)?;
    }
    tmp.as_file().sync_all().map_err(err)?;
    // On failure the temporary file is dropped, which removes it.
    tmp.persist(&target).map_err(|e| err(e.error))?;
    Ok(())
}

/// A temporary file beside `target`, hidden, with a short unique name (so a long
/// target name still fits), removed when dropped unless persisted.
fn temp_in(target: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    hidden_temp(0o666)
        .tempfile_in(parent_of(target))
        .map_err(without_temp_path)
}

/// A builder of hidden temporary names that, once renamed into place, have the mode a
/// new file or folder would (`mode` less the umask), not tempfile's private 0600/0700.
fn hidden_temp(mode: u32) -> tempfile::Builder<'static, 'static> {
    let mut b = tempfile::Builder::new();
    b.prefix(".nexo-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        b.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = mode;
    b
}

/// tempfile names its own temporary path in an error ("… at path /x/.nexo-Ab3.tmp"): the
/// user asked for the destination, which the caller names instead.
fn without_temp_path(e: std::io::Error) -> std::io::Error {
    let message = e.to_string();
    match message.find(" at path ") {
        Some(at) => std::io::Error::new(e.kind(), &message[..at]),
        None => e,
    }
}

/// The folder `path` is in (`.` for a bare name).
fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Follows `path` through links (even a dangling one) to the file a write should
/// replace.
fn resolve_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = parent_of(&current).join(link);
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::other("too many levels of links"))
}

/// Writes a set of files into the folder `out` as one, each made as it is written (by
/// its [`formats::FileWriter`]): all into a new hidden folder
/// beside it, which then takes `out`'s place, so a failure (a full disk) leaves the old
/// set whole. An existing `out` may hold only files of the set (nothing else of the
/// user's is ever moved or removed); the folder and each file it held keep their
/// permissions, and a read-only file of the set is refused as [`write_atomic_with`]
/// refuses one.
///
/// # Errors
/// [`Error::Write`] naming the folder or file that could not be written.
pub fn write_folder_atomic(
    out: &Path,
    files: &[(&str, formats::FileWriter<'_>)],
    replace: Replace,
) -> Result<()> {
    let err = |path: &Path, source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let out = resolve_links(out).map_err(|e| err(out, e))?;
    let mut kept_modes: Vec<(std::ffi::OsString, std::fs::Permissions)> = Vec::new();
    let folder_mode = if out.exists() {
        if !out.is_dir() {
            return Err(err(&out, std::io::Error::other("it is not a folder")));
        }
        let listed = std::fs::read_dir(&out).map_err(|e| err(&out, e))?;
        for entry in listed {
            let entry = entry.map_err(|e| err(&out, e))?;
            let name = entry.file_name();
            if !files.iter().any(|(n, _)| name.as_os_str() == *n) {
                return Err(err(
                    &out,
                    std::io::Error::other(format!(
                        "the folder holds {}, which is not part of this export; choose a new or empty folder",
                        name.to_string_lossy()
                    )),
                ));
            }
            let meta = entry.metadata().map_err(|e| err(&entry.path(), e))?;
            if meta.permissions().readonly() && replace == Replace::Writable {
                return Err(err(&entry.path(), read_only()));
            }
            kept_modes.push((name, meta.permissions()));
        }
        Some(
            std::fs::metadata(&out)
                .map_err(|e| err(&out, e))?
                .permissions(),
        )
    } else {
        None
    };
    let parent = parent_of(&out);
    let staging = hidden_temp(0o777)
        .tempdir_in(parent)
        .map_err(|e| err(&out, without_temp_path(e)))?;
    for (name, write_file) in files {
        let path = staging.path().join(name);
        let kept = kept_modes.iter().find(|(n, _)| n == name).map(|(_, m)| m);
        let write = || -> std::io::Result<()> {
            let mut f = std::fs::File::create(&path)?;
            let mut buffered = std::io::BufWriter::with_capacity(1 << 16, &mut f);
            write_file(&mut buffered)?;
            buffered.flush()?;
            drop(buffered);
            if let Some(mode) = kept {
                f.set_permissions(mode.clone())?;
            }
            f.sync_all()
        };
        write().map_err(|e| err(&out.join(name), e))?;
    }
    if let Some(mode) = folder_mode {
        std::fs::set_permissions(staging.path(), mode).map_err(|e| err(&out, e))?;
        // The old set steps aside, the new one takes its place, the old one goes.
        let old = tempfile::Builder::new()
            .prefix(".nexo-old-")
            .tempdir_in(parent)
            .map_err(|e| err(&out, without_temp_path(e)))?;
        let aside = old.path().join("set");
        std::fs::rename(&out, &aside).map_err(|e| err(&out, e))?;
        if let Err(e) = std::fs::rename(staging.path(), &out) {
            if std::fs::rename(&aside, &out).is_err() {
                // The old set could not be put back: keep it where it is, and say where.
                let kept = old.keep();
                return Err(err(
                    &out,
                    std::io::Error::other(format!(
                        "{e}; the previous files are in {}",
                        kept.join("set").display()
                    )),
                ));
            }
            return Err(err(&out, e));
        }
    } else {
        std::fs::rename(staging.path(), &out).map_err(|e| err(&out, e))?;
    }
    // The staging folder was renamed away: nothing left for its guard to remove.
    let _ = staging.keep();
    Ok(())
}

/// Why a read-only file is not replaced.
fn read_only() -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::PermissionDenied,
        "the file is read-only; Nexo replaces it only when told to (nexo export --force)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_atomically_and_reports_the_path_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp file left behind"
        );
        let missing = dir.path().join("no/such/dir/out.json");
        let msg = write_atomic(&missing, b"x").unwrap_err().to_string();
        assert!(msg.contains("no/such/dir/out.json"), "{msg}");
    }

    #[test]
    fn a_file_written_as_it_is_made_replaces_the_old_one_only_when_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.graphml");
        write_atomic(&path, b"old").unwrap();
        // More than the write buffer holds, so some of it reaches the temporary file
        // before the failure.
        let failed = write_atomic_streamed(&path, Replace::Writable, |w| {
            w.write_all(&[b'x'; 200_000])?;
            Err(std::io::Error::other("disk full"))
        });
        let msg = failed.unwrap_err().to_string();
        assert!(
            msg.contains("out.graphml") && msg.contains("disk full"),
            "{msg}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        write_atomic_streamed(&path, Replace::Writable, |w| {
            w.write_all(b"new, ")?;
            w.write_all(&[b'y'; 100_000])
        })
        .unwrap();
        let written = std::fs::read(&path).unwrap();
        assert_eq!(written.len(), 100_005);
        assert!(written.starts_with(b"new, y"));
    }

    #[test]
    fn a_set_whose_file_fails_midway_leaves_the_old_set_whole() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("csv");
        let set = |second: &'static [u8], fail: bool| -> Vec<(&str, formats::FileWriter)> {
            vec![
                ("a.csv", Box::new(|w| w.write_all(b"a"))),
                (
                    "b.csv",
                    Box::new(move |w| {
                        w.write_all(second)?;
                        if fail {
                            return Err(std::io::Error::other("disk full"));
                        }
                        Ok(())
                    }),
                ),
            ]
        };
        write_folder_atomic(&out, &set(b"old", false), Replace::Writable).unwrap();
        let msg = write_folder_atomic(&out, &set(&[b'x'; 200_000], true), Replace::Writable)
            .unwrap_err()
            .to_string();
        assert!(msg.contains("b.csv") && msg.contains("disk full"), "{msg}");
        assert_eq!(std::fs::read(out.join("b.csv")).unwrap(), b"old");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no staging left"
        );
        write_folder_atomic(&out, &set(b"new", false), Replace::Writable).unwrap();
        assert_eq!(std::fs::read(out.join("b.csv")).unwrap(), b"new");
    }
}
