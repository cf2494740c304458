//! Sentence segmentation for news text, with byte offsets.
//!
//! Rules, in order: a line break always ends a sentence (headlines, bullets and photo
//! credits rarely end with a period); ` \ ` and ` | ` separators end one too; inside a
//! line, `.`, `!` or `?` (plus closing quotes or brackets) followed by a space ends a
//! sentence unless the word before is an abbreviation, an initial, or a dotted acronym
//! such as "U.S." that is followed by a word that cannot start a sentence.

use std::ops::Range;

/// Abbreviations after which a period does not end a sentence (compared in lowercase,
/// without the final period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "lt", "col", "maj", "capt", "cmdr", "adm",
    "sgt", "cpl", "pvt", "gov", "sen", "rep", "rev", "hon", "pres", "sec", "amb", "atty", "st",
    "jr", "sr", "no", "nos", "vs", "v", "etc", "approx", "dept", "est", "inc", "corp", "co", "ltd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig",
    "vol", "pp", "p", "ft", "mt", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "d.c", "lic",
    "gral", "sra", "sr", "ing", "mx",
];

/// Words that, capitalised after "U.S." or a similar dotted acronym, show that a new
/// sentence has begun.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "On",
    "At",
    "For",
    "As",
    "If",
    "When",
    "While",
    "However",
    "Yet",
    "Still",
    "A",
    "An",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "There",
    "What",
    "Why",
    "How",
    "After",
    "Before",
    "Since",
    "Despite",
    "Although",
    "Meanwhile",
    "Instead",
    "Now",
    "Then",
];

/// Splits `text[range]` into sentences; returned ranges index into `text`, are trimmed of
/// surrounding whitespace and never empty.
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    segment(text, range).sentences
}

/// A sentence longer than this many bytes (no real one comes near: the longest line of
/// the test articles is 1,107 bytes) is cut into pieces of at most [`PIECE_BYTES`], so
/// the per-sentence rules, which compare names pairwise, stay bounded.
pub const MAX_SENTENCE_BYTES: usize = 1500;

/// The most bytes a piece of an over-long sentence holds.
pub const PIECE_BYTES: usize = 1000;

/// Sentences, and how many over-long ones were cut into pieces.
#[derive(Debug, Default)]
pub struct Segmented {
    /// Byte ranges into the text, in order.
    pub sentences: Vec<Range<usize>>,
    /// Sentences over [`MAX_SENTENCE_BYTES`] that were cut.
    pub cut: usize,
}

/// Like [`sentences`], also counting the over-long sentences that were cut.
pub fn segment(text: &str, range: Range<usize>) -> Segmented {
    thread_local! {
        /// The list being built, reused by every document a thread segments, so each
        /// document's list is allocated once at its size: grown by doubling and then
        /// shrunk, it left three or four freed buffers behind per document, which the
        /// allocator keeps resident for a while (about 2 MB at the end of loading a
        /// 50 MB corpus of real articles).
        static SCRATCH: std::cell::RefCell<Vec<Range<usize>>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let mut out = Segmented {
        sentences: SCRATCH.take(),
        cut: 0,
    };
    out.sentences.clear();
    let mut line_start = range.start;
    let body = &text[range.clone()];
    let lines: Vec<&str> = body.split_inclusive('\n').collect();
    let widths = wrap_widths(&lines);
    // A line of a hard-wrapped paragraph runs on into the next one: the two are read as
    // one line, so a sentence may cross the break.
    let mut run_start = line_start;
    for (i, line) in lines.iter().enumerate() {
        let line_end = line_start + line.len();
        let runs_on = lines
            .get(i + 1)
            .is_some_and(|next| runs_on(line, next, widths[i]));
        if !runs_on {
            split_line(text, run_start..line_end, &mut out);
            run_start = line_end;
        }
        line_start = line_end;
    }
    // Kept for the document's lifetime: no growth slack.
    let exact = out.sentences.to_vec();
    let scratch = std::mem::replace(&mut out.sentences, exact);
    // A huge document's list is not kept for the thread's life.
    if scratch.capacity() <= 1 << 16 {
        SCRATCH.set(scratch);
    }
    out
}

/// For each line, the widest line of its block (the run of non-blank lines it is in),
/// in characters.
fn wrap_widths(lines: &[&str]) -> Vec<usize> {
    let mut widths = vec![0; lines.len()];
    let mut start = 0;
    while start < lines.len() {
        let end = (start..lines.len())
            .find(|&k| lines[k].trim().is_empty())
            .unwrap_or(lines.len());
        let widest = lines[start..end]
            .iter()
            .map(|l| l.trim_end().chars().count())
            .max()
            .unwrap_or(0);
        widths[start..end].fill(widest);
        start = end + 1;
    }
    widths
}

/// Whether `line` is a hard-wrapped line whose text goes on in `next`: its block is
/// wrapped at a typewriter width (50 to 100 characters), the line fills most of it and
/// does not end a sentence, and the next line is text, not a bullet or a blank. A
/// headline, a byline or a list keeps its own lines.
fn runs_on(line: &str, next: &str, width: usize) -> bool {
    let line = line.trim_end();
    let next = next.trim_start();
    let ends_sentence = line.ends_with(['.', '!', '?', ':', ';', '…', '"', '”', '’', ')', ']']);
    let is_bullet = next.starts_with(['-', '*', '•', '–', '—', '>', '|'])
        || next.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
        });
    (50..=100).contains(&width)
        && line.chars().count() * 10 >= width * 6
        && !ends_sentence
        && !next.is_empty()
        && !is_bullet
}

fn split_line(text: &str, range: Range<usize>, out: &mut Segmented) {
    let bytes = text.as_bytes();
    let has_separators = memchr::memchr2(b'\\', b'|', &bytes[range.clone()]).is_some();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        if !has_separators {
            // Jump to the next . ! or ?: nothing else can end a sentence in this line.
            match memchr::memchr3(b'.', b'!', b'?', &bytes[i..range.end]) {
                Some(k) => i += k,
                None => break,
            }
        }
        let b = bytes[i];
        let boundary_end = match b {
            b'.' | b'!' | b'?' => sentence_end_after_punct(text, i, range.end),
            b'\\' | b'|' if is_separator(bytes, i, range.end) => Some(i),
            _ => None,
        };
        if let Some(end) = boundary_end {
            // A separator (`\`, `|`) is not part of either sentence.
            let keep = if matches!(b, b'\\' | b'|') { i } else { end };
            push_trimmed(text, start..keep, out);
            start = end.max(i + 1);
            i = start;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start..range.end, out);
}

/// `\` or `|` standing alone between spaces separates headline fragments.
fn is_separator(bytes: &[u8], i: usize, end: usize) -> bool {
    i > 0 && bytes[i - 1] == b' ' && i + 1 < end && bytes[i + 1] == b' '
}

/// If the punctuation at `i` ends a sentence, returns the end offset of that sentence
/// (after closing quotes and brackets).
fn sentence_end_after_punct(text: &str, i: usize, line_end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Swallow runs like "?!" or "..." and closing quotes/brackets.
    let mut end = i + 1;
    loop {
        let rest = &text[end..line_end];
        let next = rest.chars().next()?;
        if matches!(
            next,
            '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '’' | '”' | '»'
        ) {
            end += next.len_utf8();
        } else {
            break;
        }
    }
    let rest = &text[end..line_end];
    let mut chars = rest.chars();
    let after = chars.next()?;
    if !after.is_whitespace() {
        // "… on January 10, 2026.Photo by …": a caption glued to the sentence before it
        // (scraped pages drop the line break). A digit or lowercase letter, the period,
        // then a capitalised word; "U.S.Mexico" or "Amazon.com" do not qualify.
        let before = text[..i].chars().next_back();
        let glued = bytes[i] == b'.'
            && end == i + 1
            && before.is_some_and(|c| c.is_ascii_digit() || c.is_lowercase())
            && after.is_uppercase()
            && chars.next().is_some_and(char::is_lowercase);
        return glued.then_some(end);
    }
    // The first visible character of the next sentence.
    let next_word_start = end + rest.len() - rest.trim_start().len();
    let next_word = text[next_word_start..line_end]
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let next_char = next_word.chars().next()?;
    let starts_like_sentence = next_char.is_uppercase()
        || next_char.is_ascii_digit()
        || matches!(
            next_char,
            '"' | '“' | '‘' | '\'' | '(' | '[' | '¿' | '¡' | '$' | '—' | '-'
        );
    if !starts_like_sentence {
        return None;
    }
    if bytes[i] != b'.' {
        return Some(end);
    }
    // What precedes the period: the word it closes.
    let word = word_before(text, i);
    // No abbreviation, initial or short dotted acronym is this long.
    if word.len() > 16 {
        return Some(end);
    }
    let mut lower = arrayvec::ArrayString::<64>::new();
    for c in word.chars().flat_map(char::to_lowercase) {
        if lower.try_push(c).is_err() {
            return Some(end);
        }
    }
    // "then-U.S. Ambassador", "forces—U.S. troops": the word after a hyphen or dash.
    let lower = lower
        .rsplit(['-', '–', '—'])
        .next()
        .unwrap_or_default()
        .trim_start_matches(['(', '"', '“', '‘', '\'']);
    if lower.is_empty() {
        return Some(end);
    }
    let is_initial = lower.chars().count() == 1 && lower.chars().all(char::is_alphabetic);
    let is_dotted = lower.contains('.') && lower.chars().filter(|c| c.is_alphabetic()).count() <= 4;
    if is_dotted || is_initial || ABBREVIATIONS.contains(&lower) {
        // "U.S. The ..." still ends a sentence; "U.S. Secretary" and "Gen. Smith" do not.
        let starter = next_word.trim_start_matches(['"', '“', '‘', '\'']);
        if !is_initial && SENTENCE_STARTERS.contains(&starter) && !is_title_abbrev(lower) {
            return Some(end);
        }
        return None;
    }
    Some(end)
}

/// Titles that always precede a name, so a period after them never ends a sentence.
fn is_title_abbrev(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "gen"
            | "brig"
            | "lt"
            | "col"
            | "maj"
            | "capt"
            | "cmdr"
            | "adm"
            | "sgt"
            | "gov"
            | "sen"
            | "rep"
            | "rev"
            | "hon"
            | "st"
            | "no"
    )
}

/// The run of non-space characters ending just before `i` (the period itself excluded).
fn word_before(text: &str, i: usize) -> &str {
    let head = &text[..i];
    let start = head.rfind(|c: char| c.is_whitespace()).map_or(0, |p| {
        p + head[p..].chars().next().map_or(1, char::len_utf8)
    });
    &head[start..]
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Segmented) {
    let slice = &text[range.clone()];
    let trimmed_start = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return;
    }
    let mut start = range.start + trimmed_start;
    let end = start + trimmed.len();
    if end - start > MAX_SENTENCE_BYTES {
        out.cut += 1;
        while end - start > PIECE_BYTES {
            let cut = piece_end(text, start);
            push_piece(text, start..cut, out);
            start = cut;
        }
    }
    push_piece(text, start..end, out);
}

fn push_piece(text: &str, range: Range<usize>, out: &mut Segmented) {
    let slice = &text[range.clone()];
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let start = range.start + (slice.len() - slice.trim_start().len());
        out.sentences.push(start..start + trimmed.len());
    }
}

/// Where the piece of an over-long sentence that starts at `start` ends: after the
/// last `;` or `,` in its second half, else at its last space, else at a character
/// boundary, never more than [`PIECE_BYTES`] on.
fn piece_end(text: &str, start: usize) -> usize {
    let mut limit = start + PIECE_BYTES;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text.as_bytes()[start..limit];
    let half = PIECE_BYTES / 2;
    let after = |p: usize| start + p + 1;
    memchr::memrchr2(b';', b',', &window[half..])
        .map(|p| after(p + half))
        .or_else(|| memchr::memrchr(b' ', window).filter(|&p| p > 0).map(after))
        .unwrap_or(limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_glued_caption_is_a_sentence_of_its_own() {
        assert_eq!(
            split("A march in Mexico City on January 10, 2026.Photo by Alfredo Estrella / AFP"),
            [
                "A march in Mexico City on January 10, 2026.",
                "Photo by Alfredo Estrella / AFP"
            ]
        );
        for whole in [
            "The U.S.Mexico talks resumed.",
            "She shops on Amazon.com daily.",
            "It costs $1.5 billion.",
        ] {
            assert_eq!(split(whole), [whole]);
        }
    }

    #[test]
    fn abbreviations_and_titles_do_not_split() {
        let text = "Led by Brig. Gen. Maurizio Calabrese, the task force began. Dr. Smith agreed.";
        assert_eq!(
            split(text),
            [
                "Led by Brig. Gen. Maurizio Calabrese, the task force began.",
                "Dr. Smith agreed."
            ]
        );
    }

    #[test]
    fn an_acronym_after_a_hyphen_or_dash_is_still_an_acronym() {
        let text = "Then-U.S. Ambassador Ken Salazar left. Allies—U.S. Marines among them—stayed.";
        assert_eq!(
            split(text),
            [
                "Then-U.S. Ambassador Ken Salazar left.",
                "Allies—U.S. Marines among them—stayed."
            ]
        );
    }

    #[test]
    fn us_acronym_splits_only_before_a_sentence_starter() {
        let text = "He met U.S. officials. It ended in the U.S. The talks resumed.";
        assert_eq!(
            split(text),
            [
                "He met U.S. officials.",
                "It ended in the U.S.",
                "The talks resumed."
            ]
        );
    }

    #[test]
    fn numbers_and_money_stay_whole() {
        let text = "It provided over $1.5 billion by 2012. Then 3.5 percent fell.";
        assert_eq!(
            split(text),
            [
                "It provided over $1.5 billion by 2012.",
                "Then 3.5 percent fell."
            ]
        );
    }

    #[test]
    fn curly_quotes_close_the_sentence() {
        let text =
            "“Sovereignty is not for sale,” Sheinbaum declared. “Sovereignty is loved.” She left.";
        assert_eq!(
            split(text),
            [
                "“Sovereignty is not for sale,” Sheinbaum declared.",
                "“Sovereignty is loved.”",
                "She left."
            ]
        );
    }

    #[test]
    fn lines_without_period_are_sentences() {
        let text =
            "Quick Looks\n- She strongly rejected the proposal\n- The call occurred last month.\n";
        assert_eq!(
            split(text),
            [
                "Quick Looks",
                "- She strongly rejected the proposal",
                "- The call occurred last month."
            ]
        );
    }

    #[test]
    fn em_dashes_and_initials_and_am() {
        let text = "The crisis—which claimed lives—grew. J. R. Smith spoke at 9 a.m. on Monday.";
        assert_eq!(
            split(text),
            [
                "The crisis—which claimed lives—grew.",
                "J. R. Smith spoke at 9 a.m. on Monday."
            ]
        );
    }

    #[test]
    fn backslash_separated_headline_fragments() {
        let text = "Mexico Rejects Offer \\ Newslooks \\ Washington DC";
        assert_eq!(
            split(text),
            ["Mexico Rejects Offer", "Newslooks", "Washington DC"]
        );
    }

    #[test]
    fn offsets_are_byte_offsets_into_the_text() {
        let text = "---\ntitle: x\n---\nÉl llegó. Sí.";
        let body = text.find("Él").unwrap();
        let got = sentences(text, body..text.len());
        assert_eq!(&text[got[0].clone()], "Él llegó.");
        assert_eq!(&text[got[1].clone()], "Sí.");
    }

    #[test]
    fn a_hard_wrapped_paragraph_is_read_across_its_line_breaks() {
        let text = "Headline About Trump\n\n\
Mexican President Claudia Sheinbaum met U.S. President\n\
Donald Trump in Washington on Tuesday, and the two leaders\n\
agreed to a new security framework against the cartels.\n\n\
- a bullet that is long enough to look like wrapped text here\n\
- another bullet that is long enough to look like wrapped text\n";
        let got = split(text);
        assert_eq!(got[0], "Headline About Trump");
        assert_eq!(
            got[1],
            "Mexican President Claudia Sheinbaum met U.S. President\n\
Donald Trump in Washington on Tuesday, and the two leaders\n\
agreed to a new security framework against the cartels."
        );
        assert_eq!(got.len(), 4, "{got:?}");
    }

    #[test]
    fn a_byline_and_a_date_keep_their_lines() {
        assert_eq!(
            split("By Ryan Morgan\nJuly 1, 2024\n"),
            ["By Ryan Morgan", "July 1, 2024"]
        );
    }
}
