//! Capitalised runs: where a name may start, what continues it, and where "and" stays
//! inside a name.

use std::ops::Range;

use crate::extract::lexicon::WordClass;
use crate::extract::tokens::Token;

pub(super) fn is_name_word(text: &str, t: &Token) -> bool {
    t.is_word()
        && (t.is_capitalised || t.is_acronym(text))
        && !t.lower.chars().all(|c| c.is_ascii_digit())
}

// Both run tests are asked of every token of a sentence (and again by `and_inside_name`):
// kept inline (as calls they cost ~1 % of extraction's instructions, cachegrind).
#[inline(always)]
pub(super) fn starts_run(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    i: usize,
) -> bool {
    covered[i].is_none() && is_name_word(text, &tokens[i])
}

#[inline(always)]
pub(super) fn continues_run(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    j: usize,
) -> bool {
    if covered[j].is_some() {
        return false;
    }
    let t = &tokens[j];
    if is_name_word(text, t) {
        return true;
    }
    // A middle initial: "Lawrence G. Keane".
    if t.is_punct(text, ".")
        && j >= 1
        && tokens[j - 1].is_word()
        && tokens[j - 1].is_capitalised
        && tokens[j - 1].lower.len() == 1
        && tokens.get(j + 1).is_some_and(|n| is_name_word(text, n))
    {
        return true;
    }
    // A hyphen glued between two name words: "U.S.-Mexican".
    if t.is_punct(text, "-")
        && j >= 1
        && tokens[j - 1].span.end == t.span.start
        && tokens
            .get(j + 1)
            .is_some_and(|n| n.span.start == t.span.end && is_name_word(text, n))
        && covered.get(j + 1).is_some_and(Option::is_none)
    {
        return true;
    }
    // A connector or `&` continues a run only when a name word follows, right after it
    // or after a Spanish article ("Colegio de la Frontera Norte"). "Farfán-Méndez of the
    // University of California" is two names.
    let joins = (t.is_word() && t.is(WordClass::NAME_CONNECTOR) && t.lower.as_str() != "and")
        || t.is_punct(text, "&");
    let spanish_article = t.lower.as_str() == "de"
        && tokens.get(j + 1).is_some_and(|n| {
            n.is_word() && !n.is_capitalised && matches!(n.lower.as_str(), "la" | "las" | "los")
        });
    let next = if spanish_article { j + 2 } else { j + 1 };
    joins
        && tokens
            .get(next)
            .is_some_and(|n| is_name_word(text, n) && !n.is(WordClass::DATE))
        && covered.get(next).is_some_and(Option::is_none)
}

/// "Institute for Security and Democracy Studies", "Center for Strategic and
/// International Studies": after an organisation's cue word and "for" or "of", an "and"
/// joins the next capitalised words to the name when they are no name of their own (no
/// cue word, title or given name, and nothing known). Returns the new end of the run.
pub(super) fn and_inside_name(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    run: Range<usize>,
) -> Option<usize> {
    let and = tokens.get(run.end)?;
    if !(and.is_word() && and.lower.as_str() == "and") {
        return None;
    }
    let words = &tokens[run.clone()];
    let cue = words
        .iter()
        .position(|t| t.is_word() && t.org_cue().is_some())?;
    let linked = words[cue + 1..]
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "for" | "of"));
    let next = run.end + 1;
    if !linked || !starts_run(text, tokens, covered, next) {
        return None;
    }
    let mut end = next + 1;
    while end < tokens.len() && continues_run(text, tokens, covered, end) {
        end += 1;
    }
    let own_name = tokens[next..end].iter().any(|t| {
        t.is_word()
            && (t.org_cue().is_some()
                || t.is_or_plural_of(WordClass::TITLE)
                || t.is(WordClass::DATE)
                || t.is(WordClass::NAME_CONNECTOR))
    }) || tokens[next].is(WordClass::GIVEN_NAME);
    (!own_name).then_some(end)
}

/// Title-case lines (headlines, section heads) say nothing reliable about capitals.
pub(super) fn is_headline(text: &str, tokens: &[Token]) -> bool {
    let (mut words, mut capitalised) = (0usize, 0usize);
    for t in tokens.iter().filter(|t| t.is_word() && t.lower.len() > 3) {
        words += 1;
        capitalised += usize::from(t.is_capitalised);
    }
    if words == 0 {
        return true;
    }
    // A line that opens in lowercase ("- the Mexican bar association …") is a list
    // item, and "By Laura Méndez | Analysis" a byline, not a title.
    let mut first_words = tokens.iter().filter(|t| t.is_word());
    let first = first_words.next();
    if first.is_some_and(|t| !t.is_capitalised && !t.is_acronym(text)) {
        return false;
    }
    if first.is_some_and(|t| t.lower.as_str() == "by")
        && first_words
            .next()
            .is_some_and(|t| t.is(WordClass::GIVEN_NAME))
    {
        return false;
    }
    let last = &text[tokens[tokens.len() - 1].span.clone()];
    let ends_like_prose = matches!(last, "." | "”" | "\"" | "’" | ")");
    let ratio = capitalised as f32 / words as f32;
    !ends_like_prose && ratio >= 0.5
}

/// A capitalised word whose last hyphenated part is a lowercase word: "Guadalajara-based",
/// "U.S.-led" (not "Farfán-Méndez").
pub(super) fn is_hyphen_adjective(text: &str, t: &Token) -> bool {
    if !t.is_word() || !t.is_capitalised {
        return false;
    }
    // The adjectives that matter ("based", "led", "backed") are ASCII: read bytes, with
    // no search call for the many words without a hyphen.
    let word = &text.as_bytes()[t.span.clone()];
    word.iter().rposition(|&b| b == b'-').is_some_and(|p| {
        let last = &word[p + 1..];
        last.len() > 1 && last.iter().all(u8::is_ascii_lowercase)
    })
}
