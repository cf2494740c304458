//! Writing what Nexo knows to files other tools read.
//!
//! Every file is written atomically: to a temporary file in the same folder, flushed,
//! then renamed over the destination, so a failed write leaves the old file intact.

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
    /// SVG picture with legend and caption.
    Svg,
    /// PNG picture rendered from the SVG.
    Png,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Self; 7] = [
        Self::Svg,
        Self::Png,
        Self::Graphml,
        Self::Gexf,
        Self::Json,
        Self::Csv,
        Self::Dot,
    ];

    /// The name used on the command line, also the file extension (CSV names a folder).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Graphml => "graphml",
            Self::Gexf => "gexf",
            Self::Csv => "csv",
            Self::Dot => "dot",
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

/// Picture settings for SVG and PNG.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureOptions {
    /// Width in pixels.
    pub width_px: f32,
    /// PNG pixel density (1, 2, 4).
    pub scale: f32,
    /// Caption under the picture.
    pub caption: String,
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
    picture: &PictureOptions,
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
                width_px: picture.width_px,
                caption: picture.caption.clone(),
            },
        )
    };
    let files: Vec<(PathBuf, Vec<u8>)> = match format {
        Format::Json => {
            let text = json::to_string_scene(corpus, graph, scene)
                .map_err(|e| render_error(e.to_string()))?;
            vec![(out.to_path_buf(), text.into_bytes())]
        }
        Format::Graphml => vec![(
            out.to_path_buf(),
            formats::graphml(corpus, graph, scene).into_bytes(),
        )],
        Format::Gexf => {
            let description = format!("Nexo export of {}", corpus.root.display());
            vec![(
                out.to_path_buf(),
                formats::gexf(corpus, graph, scene, &description).into_bytes(),
            )]
        }
        Format::Dot => vec![(out.to_path_buf(), formats::dot(graph, scene).into_bytes())],
        Format::Svg => vec![(out.to_path_buf(), svg().into_bytes())],
        Format::Png => vec![(
            out.to_path_buf(),
            png::png_from_svg(&svg(), picture.scale).map_err(render_error)?,
        )],
        Format::Csv => {
            std::fs::create_dir_all(out).map_err(|source| Error::Write {
                path: out.to_path_buf(),
                source,
            })?;
            formats::csv(corpus, graph, scene)
                .into_iter()
                .map(|(name, text)| (out.join(name), text.into_bytes()))
                .collect()
        }
    };
    for (path, bytes) in &files {
        write_atomic(path, bytes)?;
    }
    Ok(files.into_iter().map(|(p, _)| p).collect())
}

/// Today's date (UTC) as `YYYY-MM-DD`, or the one given by `SOURCE_DATE_EPOCH` so
/// builds of a picture can be made reproducible.
pub fn today() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.parse::<i64>().ok())
        .or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .ok()
                .and_then(|d| i64::try_from(d.as_secs()).ok())
        })
        .unwrap_or(0);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Howard Hinnant's days-to-civil-date algorithm.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Writes `bytes` to `path` atomically (temp file in the same folder + rename).
///
/// # Errors
/// [`Error::Write`] naming `path` if the folder is missing or not writable, or the
/// rename fails; the temporary file is removed and any old file is left as it was.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let err = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(err(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_778), (2026, 11, 21));
    }

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
}
