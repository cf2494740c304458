//! Descriptor nouns that say what a name is, before it ("the consultancy Agon") or after
//! it in apposition ("Interstate Arms, a Massachusetts wholesaler").

use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::kind::Kind;

use super::runs::is_name_word;

/// The tokens between two items of a list: ",", "and" or ", and".
pub(super) fn continues_list(text: &str, between: &[Token]) -> bool {
    let is_and = |t: &Token| t.is_word() && t.lower.as_str() == "and";
    match between {
        [t] => t.is_punct(text, ",") || is_and(t),
        [c, a] => c.is_punct(text, ",") && is_and(a),
        _ => false,
    }
}

/// What the words right before a run say it is: a descriptor noun ("the consultancy
/// Agon", "the advocacy group Global Action on Gun Violence"), a descriptor or a role
/// and a comma ("two Indian companies, Raxuter Chemicals", "Oseguera’s wife, Rosalinda
/// González Valencia"), or a role and "at" ("a consultant at Lantia Intelligence").
/// Also whether the noun is plural, so that a list may follow.
pub(super) fn descriptor_before(
    text: &str,
    tokens: &[Token],
    start: usize,
) -> Option<(Kind, bool)> {
    let before = |k: usize| k.checked_sub(1).map(|p| (p, &tokens[p]));
    let (mut k, mut t) = before(start)?;
    // "a consultant at (the) Lantia Intelligence", "a correspondent for (the) Northern Wire".
    let (w, after_article) = match t.lower.as_str() {
        "the" => before(k).map_or((t, false), |(_, prev)| (prev, true)),
        _ => (t, false),
    };
    if w.is_word() && matches!(w.lower.as_str(), "at" | "for") {
        let at = if after_article { k - 1 } else { k };
        let (_, role) = before(at)?;
        let roles = if w.lower.as_str() == "at" {
            WordClass::AFFILIATION_ROLE
        } else {
            WordClass::MEDIA_ROLE
        };
        let is_role = role.is_word() && role.is(roles);
        return (is_role && !modifies_a_name_after(text, tokens, start))
            .then_some((Kind::Organization, false));
    }
    // "several companies, including Glac Security Consulting and …", "groups such as …":
    // a list that a plural descriptor introduces.
    let mut introduced = false;
    if t.is_word() && matches!(t.lower.as_str(), "including" | "as") {
        let is_such = |p: &Token| p.lower.as_str() == "such";
        if t.lower.as_str() == "as" {
            (k, _) = before(k).filter(|(_, p)| is_such(p))?;
        }
        (k, t) = before(k)?;
        introduced = true;
    }
    let comma = t.is_punct(text, ",");
    if comma {
        (k, t) = before(k)?;
    }
    if comma && t.is_capitalised && is_role_of_name(tokens, k) {
        return Some((Kind::Person, false));
    }
    if !t.is_word() || t.is_capitalised {
        return None;
    }
    let word = t.lower.as_str();
    let plural = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
    if introduced && !plural {
        return None;
    }
    if t.is(WordClass::CARTEL_DESCRIPTOR) {
        return Some((Kind::Cartel, plural));
    }
    if t.is(WordClass::ORG_DESCRIPTOR) {
        let criminal = before(k).is_some_and(|(_, p)| p.is(WordClass::CRIME_MODIFIER));
        let kind = if criminal {
            Kind::Cartel
        } else {
            Kind::Organization
        };
        return Some((kind, plural));
    }
    // A role right before a name is a title (`classify` reads it); with a comma, the
    // name is in apposition to it.
    (comma && t.is_or_plural_of(WordClass::ROLE_NOUN)).then_some((Kind::Person, plural))
}

/// "the Culiacán news site El Faro del Pacífico": the capitalised words from `start` are
/// followed by one or two lowercase nouns and another capitalised word, so they modify
/// the name that follows rather than name anything.
pub(super) fn modifies_a_name_after(text: &str, tokens: &[Token], start: usize) -> bool {
    let run = tokens[start..]
        .iter()
        .take_while(|t| is_name_word(text, t))
        .count();
    let rest = &tokens[start + run..];
    let nouns = rest
        .iter()
        .take_while(|t| {
            t.is_word()
                && !t.is_capitalised
                && !t.is(WordClass::FUNCTION_WORD_DISCOVER)
                && !t.is(WordClass::NAME_CONNECTOR)
                && !t.is(WordClass::NOT_DESCRIPTOR_NOUN)
        })
        .count();
    (1..=2).contains(&nouns) && rest.get(nouns).is_some_and(|t| is_name_word(text, t))
}

/// "a spokesman for China’s Foreign Ministry," ending at token `last`: a role, then
/// "for", "of" or "at" and a name (capitalised words, connectors, possessives). The name
/// after the comma is then the person in that role.
pub(super) fn is_role_of_name(tokens: &[Token], last: usize) -> bool {
    let mut k = last;
    for _ in 0..8 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let t = &tokens[p];
        match t.kind {
            TokenKind::Possessive => {}
            TokenKind::Word if t.is_capitalised => {}
            TokenKind::Word if matches!(t.lower.as_str(), "for" | "of" | "at") => {
                return p
                    .checked_sub(1)
                    .is_some_and(|r| tokens[r].is_word() && tokens[r].is(WordClass::ROLE_NOUN));
            }
            TokenKind::Word if t.is(WordClass::NAME_GLUE_WORD) => {}
            _ => return false,
        }
        k = p;
    }
    false
}

/// ", a Massachusetts wholesaler" / ", a faction of …" after a run: the kind its
/// descriptor noun says. The phrase's last word before a preposition, a relative or a
/// punctuation mark is its head and decides (", a company spokeswoman" is no
/// organisation, ", the cartel’s stronghold" no cartel); a phrase that runs on with no
/// such end is not read.
pub(super) fn descriptor_after(text: &str, tokens: &[Token], end: usize) -> Option<Kind> {
    if !tokens.get(end)?.is_punct(text, ",") {
        return None;
    }
    let article = tokens.get(end + 1)?;
    if !article.is_article() {
        return None;
    }
    let phrase = tokens.get(end + 2..)?;
    let stop = phrase
        .iter()
        .take(7)
        .position(|t| !t.is_word() || t.is(WordClass::DESCRIPTOR_PHRASE_END))?;
    // "the cartel’s stronghold": a possessor is no head.
    if phrase[stop].kind == TokenKind::Possessive {
        return None;
    }
    // "a group closely allied with …": the head is before its adverbs and participles.
    let head = phrase[..stop].iter().rev().find(|t| {
        let modifier = t.lower.ends_with("ly") || t.lower.ends_with("ed");
        !modifier || t.is(WordClass::ORG_DESCRIPTOR) || t.is(WordClass::CARTEL_DESCRIPTOR)
    })?;
    if head.is(WordClass::CARTEL_DESCRIPTOR) {
        Some(Kind::Cartel)
    } else if head.is(WordClass::ORG_DESCRIPTOR) {
        Some(Kind::Organization)
    } else {
        None
    }
}
