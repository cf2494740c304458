//! Accent- and case-folding with a way back to the original byte offsets.
//!
//! Matching runs on a folded copy of the text ("García’s" becomes "garcia's") so that
//! one catalog alias covers every spelling. Folding can change byte lengths (`í` is two
//! bytes, `i` one), so the folded text keeps a sparse list of checkpoints that maps any
//! folded offset back to the offset in the original text.

use std::sync::LazyLock;

use unicode_normalization::char::decompose_canonical;

/// How one character folds: whether it is a letter or digit, and its folded UTF-8.
#[derive(Debug, Clone, Copy, Default)]
struct CharFold {
    is_alphanumeric: bool,
    len: u8,
    bytes: [u8; 4],
}

/// Characters of the Latin blocks and of General Punctuation, the ones news text in
/// English and Spanish is made of, folded once; other characters take the slow path.
const LATIN_END: u32 = 0x0250;
const PUNCT_START: u32 = 0x2000;
const PUNCT_END: u32 = 0x2070;

static TABLE: LazyLock<Vec<CharFold>> = LazyLock::new(|| {
    let slow = |c: char| {
        let mut s = String::new();
        push_folded(c, &mut s);
        let mut bytes = [0u8; 4];
        let len = s.len().min(4);
        bytes[..len].copy_from_slice(&s.as_bytes()[..len]);
        CharFold {
            is_alphanumeric: c.is_alphanumeric(),
            len: len as u8,
            bytes,
        }
    };
    (0..LATIN_END)
        .chain(PUNCT_START..PUNCT_END)
        .map(|u| char::from_u32(u).map(slow).unwrap_or_default())
        .collect()
});

fn table_entry(c: char) -> Option<&'static CharFold> {
    let u = c as u32;
    if u < LATIN_END {
        TABLE.get(u as usize)
    } else if (PUNCT_START..PUNCT_END).contains(&u) {
        TABLE.get((LATIN_END + u - PUNCT_START) as usize)
    } else {
        None
    }
}

/// `c.is_alphanumeric()`, with a table for the common blocks.
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    table_entry(c).map_or_else(|| c.is_alphanumeric(), |f| f.is_alphanumeric)
}

/// Calls `emit` with each byte of the folded form of `c` (no allocation for the
/// common blocks).
pub fn fold_char_bytes(c: char, mut emit: impl FnMut(u8)) {
    if c.is_ascii() {
        emit((c as u8).to_ascii_lowercase());
    } else if let Some(f) = table_entry(c) {
        f.bytes[..f.len as usize].iter().for_each(|&b| emit(b));
    } else {
        let mut s = String::new();
        push_folded(c, &mut s);
        s.bytes().for_each(emit);
    }
}

/// Text folded for matching, plus the map back to the original offsets.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// Lowercase, accent-free text; apostrophes, quotes, dashes and spaces unified.
    pub text: String,
    /// `(folded_offset, original_offset)` at every point where the two stop advancing
    /// together. Sorted by both fields.
    checkpoints: Vec<(u32, u32)>,
}

impl Folded {
    /// Folds `original`. Offsets returned by [`Folded::original_offset`] index into it.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut checkpoints = Vec::new();
        let bytes = original.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Fast path: a run of ASCII bytes keeps its length.
            let run_start = i;
            while i < bytes.len() && bytes[i].is_ascii() {
                i += 1;
            }
            if i > run_start {
                let run = &original[run_start..i];
                text.extend(run.bytes().map(|b| b.to_ascii_lowercase() as char));
            }
            let Some(c) = original[i..].chars().next() else {
                break;
            };
            let before = text.len();
            push_folded(c, &mut text);
            i += c.len_utf8();
            if text.len() - before != c.len_utf8() {
                checkpoints.push((to_u32(text.len()), to_u32(i)));
            }
        }
        Self { text, checkpoints }
    }

    /// Maps an offset in the folded text (at a character boundary) to the original text.
    pub fn original_offset(&self, folded: usize) -> usize {
        let folded = to_u32(folded);
        let idx = self.checkpoints.partition_point(|&(f, _)| f <= folded);
        match idx.checked_sub(1).map(|k| self.checkpoints[k]) {
            Some((f, o)) => (o + (folded - f)) as usize,
            None => folded as usize,
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Appends the folded form of one non-ASCII character.
pub(crate) fn push_folded(c: char, out: &mut String) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => out.push('-'),
        '\u{2014}' | '\u{2015}' => out.push_str(" - "),
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' => out.push(' '),
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        _ => {
            let mut base = None;
            decompose_canonical(c, |d| {
                if base.is_none() {
                    base = Some(d);
                }
            });
            let base = base.unwrap_or(c);
            out.extend(base.to_lowercase());
        }
    }
}

/// Calls `emit` with the folded characters of `s` (no allocation).
pub fn fold_chars(s: &str, mut emit: impl FnMut(char)) {
    for c in s.chars() {
        if c.is_ascii() {
            emit(c.to_ascii_lowercase());
        } else if let Some(f) = table_entry(c) {
            let folded = std::str::from_utf8(&f.bytes[..f.len as usize]).unwrap_or_default();
            folded.chars().for_each(&mut emit);
        } else {
            let mut tmp = String::new();
            push_folded(c, &mut tmp);
            tmp.chars().for_each(&mut emit);
        }
    }
}

/// Folds a short string (a catalog alias) exactly as document text is folded, and
/// collapses runs of spaces so "Garcia  Harfuch" and "García Harfuch" fold alike.
pub fn fold_str(s: &str) -> String {
    let folded = Folded::new(s.trim()).text;
    let mut out = String::with_capacity(folded.len());
    let mut was_space = false;
    for c in folded.chars() {
        if c == ' ' {
            if !was_space {
                out.push(' ');
            }
            was_space = true;
        } else {
            out.push(c);
            was_space = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_quotes_fold() {
        assert_eq!(Folded::new("García’s MÉRIDA").text, "garcia's merida");
        assert_eq!(fold_str("Joaquín  Guzmán"), "joaquin guzman");
    }

    #[test]
    fn offsets_map_back_across_multibyte_chars() {
        let original = "Mérida — García Harfuch";
        let folded = Folded::new(original);
        let at = folded.text.find("garcia").unwrap();
        let start = folded.original_offset(at);
        let end = folded.original_offset(at + "garcia harfuch".len());
        assert_eq!(&original[start..end], "García Harfuch");
    }

    #[test]
    fn the_table_agrees_with_the_slow_path() {
        for u in (0x80..0x0250).chain(0x2000..0x2070) {
            let Some(c) = char::from_u32(u) else { continue };
            let mut slow = String::new();
            push_folded(c, &mut slow);
            let mut fast = Vec::new();
            fold_char_bytes(c, |b| fast.push(b));
            assert_eq!(fast, slow.as_bytes(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn ascii_text_maps_to_itself() {
        let folded = Folded::new("The DEA arrested him.");
        assert_eq!(folded.original_offset(4), 4);
        assert_eq!(folded.text, "the dea arrested him.");
    }
}
