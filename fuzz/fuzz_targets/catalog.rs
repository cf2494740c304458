//! The catalog parser: any text is a catalog or a clear error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nexo::catalog::Catalog;

fuzz_target!(|text: &str| {
    if let Ok(c) = Catalog::from_toml_str(text, std::path::Path::new("fuzz.toml")) {
        let mut all = Catalog::builtin().expect("built-in catalog");
        all.merge(c);
    }
});
