//! The snapshot parser: anything it accepts holds only numbers a view can show.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nexo::app::snapshot::{is_sane_camera, Snapshot};
use nexo::layout::is_sane_position;

fuzz_target!(|text: &str| {
    if let Ok(s) = Snapshot::parse(text) {
        assert!(s.camera.is_none_or(|(z, p)| is_sane_camera(z, p)));
        assert!(s.positions.iter().all(|(_, p)| is_sane_position(*p)));
    }
});
