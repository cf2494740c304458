//! Accent- and case-folding, character by character.
//!
//! Names are compared in folded form ("García’s" becomes "garcia's") so that one
//! catalog alias covers every spelling. The characters of the Latin blocks and of
//! General Punctuation are folded once into a table; the rest go through Unicode
//! canonical decomposition.

use std::sync::LazyLock;

use unicode_normalization::char::decompose_canonical;

/// How one character folds: whether it is a letter or digit, and its folded UTF-8.
#[derive(Debug, Clone, Copy, Default)]
struct CharFold {
    is_alphanumeric: bool,
    len: u8,
    bytes: [u8; 4],
}

/// Characters of the Latin blocks, the combining diacritical marks and General
/// Punctuation, the ones news text in English and Spanish is made of, folded once;
/// other characters take the slow path.
const LATIN_END: u32 = 0x0370;

/// Combining diacritical marks: text in NFD (as macOS writes it) spells "ó" as "o" and
/// U+0301. A mark is part of the word it sits on and folds to nothing, so "Calderón"
/// matches in either form.
pub fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}
const PUNCT_START: u32 = 0x2000;
const PUNCT_END: u32 = 0x2070;

static TABLE: LazyLock<Vec<CharFold>> = LazyLock::new(|| {
    let slow = |c: char| {
        if is_combining_mark(c) {
            return CharFold {
                is_alphanumeric: true,
                len: 0,
                bytes: [0; 4],
            };
        }
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

/// ASCII letters and digits, by byte (false for every byte of a multi-byte character).
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// True for an ASCII letter or digit (one table lookup).
#[inline]
pub fn is_ascii_alnum(b: u8) -> bool {
    ASCII_ALNUM[b as usize]
}

/// True when some lowercase ASCII letter is directly followed by a capital: without
/// one, no word of `bytes` is glued to a name (see [`glued_word_end`]). Branch-free, so
/// it runs at vector speed; the word loops then skip the glue test on ordinary text.
pub fn may_hold_glue(bytes: &[u8]) -> bool {
    let pairs = bytes.iter().zip(bytes.iter().skip(1));
    let hits = pairs.fold(0u8, |acc, (&a, &b)| {
        acc | (u8::from(a.wrapping_sub(b'a') < 26) & u8::from(b.wrapping_sub(b'A') < 26))
    });
    hits != 0
}

/// Where a word glued to a name by a scraper ends: "minutesEstefan" is "minutes" then
/// "Estefan". Only a word of three or more lowercase ASCII letters followed by a capital
/// is cut ("iPhone", "McDonald" and "eBay" stay whole).
#[inline]
pub fn glued_word_end(word: &[u8]) -> Option<usize> {
    if !word.first().is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let k = word.iter().position(|b| !b.is_ascii_lowercase())?;
    (k >= 3 && word[k].is_ascii_uppercase()).then_some(k)
}

/// The character at byte `i` of `text` (a char boundary) and its length in bytes, with
/// no decoding for ASCII.
#[inline]
pub fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

/// `c.is_alphanumeric()`, with a table for the common blocks; a combining mark counts
/// as part of the word it sits on.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        is_ascii_alnum(c as u8)
    } else {
        is_non_ascii_alphanumeric(c)
    }
}

/// [`is_alphanumeric`] outside ASCII, kept out of line so the ASCII test inlines.
#[inline(never)]
fn is_non_ascii_alphanumeric(c: char) -> bool {
    table_entry(c).map_or_else(
        || c.is_alphanumeric() || is_combining_mark(c),
        |f| f.is_alphanumeric,
    )
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

/// Appends the folded form of one non-ASCII character.
fn push_folded(c: char, out: &mut String) {
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
        c if is_combining_mark(c) => {}
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
            let folded = &f.bytes[..f.len as usize];
            if folded.is_ascii() {
                folded.iter().for_each(|&b| emit(char::from(b)));
            } else {
                let folded = std::str::from_utf8(folded).unwrap_or_default();
                folded.chars().for_each(&mut emit);
            }
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
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Like [`fold_str`], into `out` (cleared first), so a caller folding many names reuses
/// one buffer.
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    let mut bytes = std::mem::take(out).into_bytes();
    for c in s.trim().chars() {
        fold_char_bytes(c, |b| {
            if !(b == b' ' && bytes.last() == Some(&b' ')) {
                bytes.push(b);
            }
        });
    }
    *out = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_glued_to_a_name_is_cut_before_the_capital() {
        assert_eq!(glued_word_end(b"minutesEstefan"), Some(7));
        assert!(may_hold_glue(b"5 minutesEstefan is"));
        assert!(!may_hold_glue(b"Estefan is a professor at IPADE."));
        // A brand name may call the word test, which then keeps it whole.
        assert!(may_hold_glue(b"a McDonald franchise"));
        for whole in [
            &b"iPhone"[..],
            b"McDonald",
            b"eBay",
            b"minutes",
            b"Estefan",
            b"de",
        ] {
            assert_eq!(
                glued_word_end(whole),
                None,
                "{}",
                String::from_utf8_lossy(whole)
            );
        }
    }

    #[test]
    fn accents_case_and_quotes_fold() {
        assert_eq!(fold_str("García’s MÉRIDA"), "garcia's merida");
        assert_eq!(fold_str("Force—South"), "force - south");
        assert_eq!(fold_str("Joaquín  Guzmán"), "joaquin guzman");
    }

    #[test]
    fn the_table_agrees_with_the_slow_path() {
        for u in (0x80..LATIN_END).chain(PUNCT_START..PUNCT_END) {
            let Some(c) = char::from_u32(u) else { continue };
            let mut slow = String::new();
            push_folded(c, &mut slow);
            let mut fast = Vec::new();
            fold_char_bytes(c, |b| fast.push(b));
            assert_eq!(fast, slow.as_bytes(), "{c:?}");
            let word = c.is_alphanumeric() || is_combining_mark(c);
            assert_eq!(is_alphanumeric(c), word, "{c:?}");
        }
    }

    #[test]
    fn decomposed_accents_fold_like_composed_ones() {
        use unicode_normalization::UnicodeNormalization as _;
        for name in [
            "Calderón",
            "Peña Nieto",
            "Cártel de Jalisco Nueva Generación",
        ] {
            let nfd: String = name.nfd().collect();
            assert_ne!(nfd, name);
            assert_eq!(fold_str(&nfd), fold_str(name), "{name}");
            assert!(nfd.chars().all(|c| is_alphanumeric(c) || c == ' '));
        }
    }
}
