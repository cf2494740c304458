//! A light tokenizer for one sentence: words (with internal apostrophes, hyphens and
//! dotted acronyms kept whole), possessive markers, and punctuation.

use std::ops::Range;

use super::fold::{char_at, is_alphanumeric};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits ("García", "JIATF-CC", "U.S.", "1.5").
    Word,
    /// The `’s` / `'s` / `’` after a possessor.
    Possessive,
    /// Any other visible character.
    Punct,
}

/// One token, as a byte range into the document text.
#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the document.
    pub span: Range<usize>,
    /// Word, possessive or punctuation.
    pub kind: TokenKind,
    /// Lowercase, accent-folded text (empty for punctuation).
    pub lower: Lower,
    /// First character is uppercase.
    pub is_capitalised: bool,
}

impl Token {
    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for punctuation equal to `c`.
    pub fn is_punct(&self, text: &str, c: &str) -> bool {
        self.kind == TokenKind::Punct && &text[self.span.clone()] == c
    }

    /// All letters uppercase, at least two of them ("DEA", "JIATF-CC").
    pub fn is_acronym(&self, text: &str) -> bool {
        let s = &text[self.span.clone()];
        let mut letters = 0;
        for c in s.chars() {
            if c.is_ascii() {
                if c.is_ascii_lowercase() {
                    return false;
                }
                letters += usize::from(c.is_ascii_uppercase());
            } else if c.is_alphabetic() {
                if !c.is_uppercase() {
                    return false;
                }
                letters += 1;
            }
        }
        letters >= 2
    }
}

/// A short folded word stored inline, so tokenizing allocates nothing per token. Words
/// longer than its capacity are cut at a character boundary (no lexicon entry is that
/// long, so comparisons stay exact where they matter).
pub type Lower = arrayvec::ArrayString<30>;

fn fold_word(word: &str) -> Lower {
    // Most words are short ASCII: lowercase the bytes in one go.
    if word.is_ascii() {
        if let Ok(mut lower) = Lower::from(word) {
            lower.make_ascii_lowercase();
            return lower;
        }
    }
    let mut out = Lower::new();
    super::fold::fold_chars(word, |c| {
        let _ = out.try_push(c);
    });
    out
}

fn lower_of(s: &str) -> Lower {
    Lower::from(s).unwrap_or_default()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '–' | '‑' | '.' | '&')
}

/// Splits `text[range]` into tokens.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, range, &mut out);
    out
}

/// Like [`tokenize`], reusing `out` (cleared first) to spare an allocation per sentence.
pub fn tokenize_into(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    out.clear();
    let end = range.end;
    let mut i = range.start;
    while i < end {
        let (c, len) = char_at(text, i);
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !is_alphanumeric(c) {
            out.push(Token {
                span: i..i + len,
                kind: TokenKind::Punct,
                lower: Lower::default(),
                is_capitalised: false,
            });
            i += len;
            continue;
        }
        let start = i;
        let mut j = i + len;
        while j < end {
            let (d, dl) = char_at(text, j);
            if is_alphanumeric(d) {
                j += dl;
            } else if is_joiner(d) && j + dl < end && is_alphanumeric(char_at(text, j + dl).0) {
                // A joiner stays inside the word only when a letter or digit follows.
                j += dl;
            } else {
                break;
            }
        }
        let mut word_end = j;
        // Dotted acronyms keep their final period: "U.S." not "U.S".
        if j < end && text.as_bytes()[j] == b'.' && is_dotted_acronym(&text[start..j]) {
            word_end = j + 1;
        }
        // Split a trailing possessive into its own token.
        let word = &text[start..word_end];
        let possessive = ["’s", "'s", "’S", "'S"]
            .iter()
            .find(|p| word.len() > p.len() && word.ends_with(*p));
        let core_end = possessive.map_or(word_end, |p| word_end - p.len());
        push_word(text, start..core_end, out);
        i = word_end;
        if core_end < word_end {
            out.push(Token {
                span: core_end..word_end,
                kind: TokenKind::Possessive,
                lower: lower_of("'s"),
                is_capitalised: false,
            });
        } else if word.ends_with(['s', 'S']) && i < end {
            // Plural possessive: "the cartels’ operations".
            let (q, ql) = char_at(text, i);
            let after = i + ql;
            if matches!(q, '’' | '\'') && !(after < end && is_alphanumeric(char_at(text, after).0))
            {
                out.push(Token {
                    span: i..after,
                    kind: TokenKind::Possessive,
                    lower: lower_of("'s"),
                    is_capitalised: false,
                });
                i = after;
            }
        }
    }
}

fn push_word(text: &str, span: Range<usize>, out: &mut Vec<Token>) {
    let word = &text[span.clone()];
    let lower = fold_word(word);
    let first = word.as_bytes()[0];
    let is_capitalised = if first < 0x80 {
        first.is_ascii_uppercase()
    } else {
        word.chars().next().is_some_and(char::is_uppercase)
    };
    out.push(Token {
        span,
        kind: TokenKind::Word,
        lower,
        is_capitalised,
    });
}

fn is_dotted_acronym(word: &str) -> bool {
    let mut chars = word.chars();
    let mut letters = 0;
    loop {
        match (chars.next(), chars.next()) {
            (Some(a), Some('.')) if a.is_alphabetic() => letters += 1,
            (Some(a), None) if a.is_alphabetic() => return letters >= 1,
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0..text.len())
            .iter()
            .map(|t| &text[t.span.clone()])
            .collect()
    }

    #[test]
    fn keeps_acronyms_hyphens_and_splits_possessives() {
        assert_eq!(
            words("U.S.-Mexico ties, Sheinbaum’s JIATF–CC plan; the cartels’ cash."),
            [
                "U.S.",
                "-",
                "Mexico",
                "ties",
                ",",
                "Sheinbaum",
                "’s",
                "JIATF–CC",
                "plan",
                ";",
                "the",
                "cartels",
                "’",
                "cash",
                "."
            ]
        );
    }

    #[test]
    fn numbers_stay_whole() {
        assert_eq!(
            words("$1.5 billion, 25%"),
            ["$", "1.5", "billion", ",", "25", "%"]
        );
    }
}
