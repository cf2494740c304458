//! PNG of a scene, rendered from its SVG with resvg so it works headless and looks
//! exactly like the SVG. The font is embedded (egui's Ubuntu Light), so labels render
//! on machines without system fonts.

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

/// Rasterises an SVG document at `scale` (1.0 = its own pixel size).
///
/// # Errors
/// A message if the SVG cannot be parsed or the picture would be empty or too large.
pub fn png_from_svg(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    let mut options = usvg::Options {
        font_family: "Ubuntu".into(),
        ..Default::default()
    };
    Arc::make_mut(&mut options.fontdb).load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("invalid SVG: {e}"))?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    if w == 0 || h == 0 || u64::from(w) * u64::from(h) > 400_000_000 {
        return Err(format!("picture size {w}×{h} is empty or too large"));
    }
    let mut pixmap =
        tiny_skia::Pixmap::new(w, h).ok_or_else(|| format!("cannot allocate {w}×{h} pixels"))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("cannot encode PNG: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_at_the_asked_scale() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#ff0000"/><text x="10" y="30" font-size="12">Hi</text></svg>"##;
        let png = png_from_svg(svg, 2.0).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        // Width and height are big-endian at bytes 16..24 of the IHDR chunk.
        let w = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        let h = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
        assert_eq!((w, h), (200, 100));
    }
}
