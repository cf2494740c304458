//! A light tokenizer for one sentence: words (with internal apostrophes, hyphens and
//! dotted acronyms kept whole), possessive markers, and punctuation.

use std::cell::Cell;
use std::ops::Range;

use crate::kind::Kind;

use super::fold::{char_at, glued_word_end, is_alphanumeric, is_ascii_alnum, may_hold_glue};
use super::lexicon::{self, WordClass, WordInfo};

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
    /// What the lexicon says of `lower`, once asked (see [`Token::info`]).
    info: Cell<Option<&'static WordInfo>>,
}

impl Token {
    /// A punctuation token.
    #[inline]
    fn punct(span: Range<usize>) -> Self {
        Token {
            span,
            kind: TokenKind::Punct,
            lower: Lower::default(),
            is_capitalised: false,
            info: Cell::new(None),
        }
    }

    /// A possessive "’s", "'s" or plural "’" (folded to "'s").
    #[inline]
    fn possessive(span: Range<usize>) -> Self {
        Token {
            span,
            kind: TokenKind::Possessive,
            lower: lower_of("'s"),
            is_capitalised: false,
            info: Cell::new(None),
        }
    }

    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// What the lexicon says of this token's folded text. Looked up on first use and
    /// kept: the rules ask about the same word many times.
    pub fn info(&self) -> &'static WordInfo {
        if let Some(info) = self.info.get() {
            return info;
        }
        let info = if self.lower.is_empty() {
            &lexicon::UNLISTED
        } else {
            lexicon::word_info(&self.lower)
        };
        self.info.set(Some(info));
        info
    }

    /// True if the folded text is in the word lists of `class`.
    pub fn is(&self, class: WordClass) -> bool {
        self.info().class.contains(class)
    }

    /// True if the folded text is in `class`, or is the plural of a word that is
    /// ("brothers", "employees").
    pub fn is_or_plural_of(&self, class: WordClass) -> bool {
        self.is(class) || lexicon::is_plural_of(&self.lower, class)
    }

    /// "a", "an" or "the".
    pub fn is_article(&self) -> bool {
        matches!(self.lower.as_str(), "a" | "an" | "the")
    }

    /// "his", "her" or "its".
    pub fn is_possessive_pronoun(&self) -> bool {
        self.is_word() && matches!(self.lower.as_str(), "his" | "her" | "its")
    }

    /// A curly opening quotation mark, or a straight one (which may open or close).
    pub fn opens_quote(&self, text: &str) -> bool {
        self.is_punct(text, "“") || self.is_punct(text, "\"")
    }

    /// A curly closing quotation mark, or a straight one (which may open or close).
    pub fn closes_quote(&self, text: &str) -> bool {
        self.is_punct(text, "”") || self.is_punct(text, "\"")
    }

    /// The label of the folded text as a relation cue ([`lexicon::relation_cue`]).
    pub fn relation_cue(&self) -> Option<&'static str> {
        self.info().relation_cue
    }

    /// The kind the folded text signals as an organisation cue ([`lexicon::org_cue`]).
    pub fn org_cue(&self) -> Option<Kind> {
        self.info().org_cue
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

fn fold_word(word: &str, is_ascii: bool) -> Lower {
    // Most words are short ASCII: lowercase the bytes in one go.
    if is_ascii {
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

/// The prefix of "then-President", split off the word it is glued to.
const THEN: &[u8] = b"then-";

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
///
/// # Complexity
/// One pass over the bytes; ASCII letters and digits take one table lookup each.
pub fn tokenize_into(text: &str, range: Range<usize>, out: &mut Vec<Token>) {
    out.clear();
    let bytes = text.as_bytes();
    let end = range.end;
    // A letter or digit starts at byte `k` (a character boundary).
    let alnum_at = |k: usize| is_alphanumeric(char_at(text, k).0);
    let may_glue = may_hold_glue(&bytes[range.clone()]);
    let mut i = range.start;
    while i < end {
        // Most gaps are one ASCII space.
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let (c, len) = char_at(text, i);
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !is_alphanumeric(c) {
            out.push(Token::punct(i..i + len));
            i += len;
            continue;
        }
        let start = i;
        let (mut j, first_non_ascii) = word_end(text, start, len, end);
        // "then-U.S. Ambassador Ken Salazar": "then" and its hyphen stand apart, so the
        // name after them is a word of its own.
        if j - start > THEN.len()
            && bytes[start] | 0x20 == b't'
            && bytes[start..start + THEN.len()].eq_ignore_ascii_case(THEN)
        {
            out.push(Token {
                span: start..start + THEN.len() - 1,
                kind: TokenKind::Word,
                lower: lower_of("then"),
                is_capitalised: bytes[start] == b'T',
                info: Cell::new(None),
            });
            let hyphen = start + THEN.len() - 1;
            out.push(Token::punct(hyphen..hyphen + 1));
            i = start + THEN.len();
            continue;
        }
        if may_glue {
            if let Some(cut) = glued_word_end(&bytes[start..j]) {
                j = start + cut;
            }
        }
        let mut word_end = j;
        // Dotted acronyms keep their final period: "U.S." not "U.S".
        if j < end && bytes[j] == b'.' && is_dotted_acronym(&text[start..j]) {
            word_end = j + 1;
        }
        // Split a trailing possessive ("’s", "'s") into its own token.
        let word = &bytes[start..word_end];
        let ends_in_s = matches!(word.last(), Some(b's' | b'S'));
        let n = word.len();
        let possessive_len = if ends_in_s && n > 2 && word[n - 2] == b'\'' {
            2
        } else if ends_in_s && n > 4 && word[n - 4..n - 1] == *"’".as_bytes() {
            4
        } else {
            0
        };
        let core_end = word_end - possessive_len;
        let is_ascii = first_non_ascii.is_none_or(|k| k >= core_end);
        push_word(text, start..core_end, is_ascii, out);
        i = word_end;
        if core_end < word_end {
            out.push(Token::possessive(core_end..word_end));
        } else if ends_in_s && i < end {
            // Plural possessive: "the cartels’ operations".
            let (q, ql) = char_at(text, i);
            let after = i + ql;
            if matches!(q, '’' | '\'') && !(after < end && alnum_at(after)) {
                out.push(Token::possessive(i..after));
                i = after;
            }
        }
    }
}

/// Where the word that starts at `start` (its first character `len` bytes long) ends,
/// before `end`: letters and digits, and a joiner (apostrophe, hyphen, period,
/// ampersand) when a letter or digit follows it. Also where its first character outside
/// ASCII starts, if it has one.
#[inline(always)]
fn word_end(text: &str, start: usize, len: usize, end: usize) -> (usize, Option<usize>) {
    let bytes = text.as_bytes();
    let alnum_at = |k: usize| is_alphanumeric(char_at(text, k).0);
    let mut j = start + len;
    let mut first_non_ascii = (len > 1).then_some(start);
    while j < end {
        let b = bytes[j];
        if b < 0x80 {
            if is_ascii_alnum(b) {
                j += 1;
                continue;
            }
            if matches!(b, b'\'' | b'-' | b'.' | b'&') && j + 1 < end && alnum_at(j + 1) {
                j += 1;
                continue;
            }
            break;
        }
        let (d, dl) = char_at(text, j);
        if is_alphanumeric(d) || is_joiner(d) && j + dl < end && alnum_at(j + dl) {
            first_non_ascii.get_or_insert(j);
            j += dl;
            continue;
        }
        break;
    }
    (j, first_non_ascii)
}

fn push_word(text: &str, span: Range<usize>, is_ascii: bool, out: &mut Vec<Token>) {
    let word = &text[span.clone()];
    let lower = fold_word(word, is_ascii);
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
        info: Cell::new(None),
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
    fn then_stands_apart_from_the_title_it_dates() {
        assert_eq!(
            words("then-U.S. Ambassador, Then-President Obama, a thenceforth-style"),
            [
                "then",
                "-",
                "U.S.",
                "Ambassador",
                ",",
                "Then",
                "-",
                "President",
                "Obama",
                ",",
                "a",
                "thenceforth-style"
            ]
        );
    }

    #[test]
    fn words_fold_whatever_their_script_and_possessive() {
        let text = "García’s Trump's JUÁREZ-Ciudad cartels' Anti-Money-Laundering-Enforcement-Acts";
        let lower: Vec<String> = tokenize(text, 0..text.len())
            .iter()
            .map(|t| t.lower.to_string())
            .collect();
        assert_eq!(
            lower,
            [
                "garcia",
                "'s",
                "trump",
                "'s",
                "juarez-ciudad",
                "cartels",
                "'s",
                // Cut at the capacity of a folded word.
                "anti-money-laundering-enforcem",
            ]
        );
    }

    #[test]
    fn a_word_glued_to_a_name_by_a_scraper_is_two_words() {
        let text = "5 minutesEstefan’s McDonald";
        let toks = tokenize(text, 0..text.len());
        let shown: Vec<(&str, bool)> = toks
            .iter()
            .map(|t| (&text[t.span.clone()], t.is_capitalised))
            .collect();
        assert_eq!(
            shown,
            [
                ("5", false),
                ("minutes", false),
                ("Estefan", true),
                ("’s", false),
                ("McDonald", true)
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
