//! The segmenter: sentences are in order, inside the range, on character boundaries,
//! and never longer than the cap.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nexo::corpus::segment::{segment, MAX_SENTENCE_BYTES};

fuzz_target!(|text: &str| {
    let mut last = 0;
    for s in segment(text, 0..text.len()).sentences {
        assert!(last <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert!(s.end - s.start <= MAX_SENTENCE_BYTES);
        last = s.end;
    }
});
