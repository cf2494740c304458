//! The people of bylines and photo credits: "By Didi Tang, The Associated Press",
//! "By Omid Ghoreishi and Matthew Horwood", "REUTERS/Jose Cabezas", "Enric Marti / AP".
//! A credit names its people with no title, role or verb around them, and a byline is
//! a title-case line that discovery otherwise leaves alone, so a given name the
//! lexicon does not know would leave them out.

use crate::extract::lexicon::WordClass;
use crate::extract::mentions::byline_opener;
use crate::extract::tokens::Token;
use crate::kind::Kind;

use super::{Candidate, Found};

/// The people of a byline: a line opening with "By" or "Author:", then people's names
/// (two to five capitalised words) joined by "and" or commas, ending the line or
/// followed by a comma and the outlet ("By Kit Maher, CNN"). Returns whether the line
/// is such a byline; "By Friday, Defense Minister X arrived" is not (no name after
/// "By"), and is left to the other rules.
pub(super) fn byline(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    found: &mut Found,
) -> bool {
    let Some(opener) = byline_opener(text, tokens) else {
        return false;
    };
    let is_and = |t: &Token| t.is_word() && t.lower.as_str() == "and";
    let person_at = |i: usize| {
        let end = name_end(text, tokens, covered, i);
        (end > i && is_person_name(&tokens[i..end])).then_some(end)
    };
    let mut names = Vec::new();
    let mut i = opener;
    loop {
        let Some(end) = person_at(i) else {
            return false;
        };
        names.push(i..end);
        match tokens.get(end) {
            None => break,
            Some(t) if is_and(t) => i = end + 1,
            // "By A, B, and C".
            Some(t) if t.is_punct(text, ",") && tokens.get(end + 1).is_some_and(is_and) => {
                i = end + 2;
            }
            // "By A, B and C" lists people; "By A, The Outlet" names the outlet.
            Some(t) if t.is_punct(text, ",") => {
                let more = person_at(end + 1).is_some_and(|e| {
                    tokens
                        .get(e)
                        .is_some_and(|n| is_and(n) || n.is_punct(text, ","))
                });
                if !more {
                    break;
                }
                i = end + 1;
            }
            Some(_) => return false,
        }
    }
    for range in names {
        push(text, tokens, range, found);
    }
    true
}

/// Photo credits joined by a slash to a known name: "REUTERS/Jose Cabezas",
/// "EFE/ Jeffrey Arguedas", "Enric Marti / AP", "(AP Photo/Mark Schiefelbein)". The
/// name beside the slash is a person when it has two to five capitalised words no
/// mention covers, and nothing but the credit's end lies beyond it.
pub(super) fn slash_credits(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    found: &mut Found,
) {
    for (k, slash) in tokens.iter().enumerate() {
        if !slash.is_punct(text, "/") || k == 0 {
            continue;
        }
        // An agency's acronym ("REUTERS", "EFE") or "Photo" credits the name after.
        let before = &tokens[k - 1];
        let credited_before = covered[k - 1].is_some() && before.is_acronym(text)
            || before.is_word() && before.is(WordClass::PHOTO_NOUN);
        if credited_before {
            // "REUTERS/Jose Cabezas" and the credit ends: the line, ")" or another "/".
            let end = name_end(text, tokens, covered, k + 1);
            let closes = tokens
                .get(end)
                .is_none_or(|t| t.is_punct(text, ")") || t.is_punct(text, "/"));
            if end > k + 1 && closes {
                push(text, tokens, k + 1..end, found);
            }
        }
        let after = tokens.get(k + 1);
        if covered.get(k + 1).copied().flatten().is_some()
            && after.is_some_and(|a| a.is_acronym(text))
        {
            // "Enric Marti / AP": the name opens the line, follows a sentence's end or
            // opens a parenthesis.
            let mut start = k;
            while start > 0 && is_name_word(text, tokens, covered, start - 1) {
                start -= 1;
            }
            let opens = start == 0
                || tokens[start - 1].is_punct(text, ".")
                || tokens[start - 1].is_punct(text, "(");
            if start < k && opens && name_end(text, tokens, covered, start) == k {
                push(text, tokens, start..k, found);
            }
        }
    }
}

/// A word that may be part of a credited person's name: capitalised and not an
/// acronym ("AP", "EFE"), or a name particle ("de", "la") inside one; never a word a
/// mention covers.
fn is_name_word(text: &str, tokens: &[Token], covered: &[Option<usize>], k: usize) -> bool {
    let t = &tokens[k];
    covered[k].is_none()
        && t.is_word()
        && (t.is_capitalised && !t.is_acronym(text) || t.is(WordClass::NAME_PARTICLE))
}

/// Where a name opening at `start` ends (`start` when none does): consecutive name
/// words, first and last capitalised.
fn name_end(text: &str, tokens: &[Token], covered: &[Option<usize>], start: usize) -> usize {
    let mut end = start;
    while end < tokens.len() && is_name_word(text, tokens, covered, end) {
        end += 1;
    }
    while end > start && !tokens[end - 1].is_capitalised {
        end -= 1;
    }
    if end > start && !tokens[start].is_capitalised {
        return start;
    }
    end
}

/// A person's name: two to five words, no organisation word ("Washington Post Foreign
/// Service" is the outlet) and no common word ("The").
fn is_person_name(words: &[Token]) -> bool {
    let count = words.iter().filter(|t| t.is_word()).count();
    (2..=5).contains(&count)
        && !words
            .iter()
            .any(|t| t.org_cue().is_some() || t.is(WordClass::COMMON_CAPITALISED))
}

/// Adds the person named by `range`, if it is a person's name.
fn push(text: &str, tokens: &[Token], range: std::ops::Range<usize>, found: &mut Found) {
    let words = &tokens[range.clone()];
    if !is_person_name(words) {
        return;
    }
    let name = text[words[0].span.start..words[words.len() - 1].span.end].to_string();
    if found.candidates.iter().any(|c| c.name == name) {
        return;
    }
    found.candidates.push(Candidate {
        name,
        kind: Kind::Person,
        aliases: Vec::new(),
    });
}
