//! The loader: any bytes decode (or are refused as binary), then front matter and
//! sentences are read, and every sentence is a valid range of the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nexo::corpus::{decode, Document};

fuzz_target!(|data: &[u8]| {
    if let Ok((text, _)) = decode(data.to_vec()) {
        let (doc, _) = Document::from_text("f.txt".into(), "f.txt".into(), text);
        for s in &doc.sentences {
            assert!(s.start <= s.end && s.end <= doc.text.len());
            assert!(doc.text.is_char_boundary(s.start) && doc.text.is_char_boundary(s.end));
        }
    }
});
