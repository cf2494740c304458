//! Finding names the catalog does not know.
//!
//! Cues, not guesses: a capitalised sequence becomes an entity only with evidence of what
//! it is: a title before it ("Defense Minister Ricardo Trevilla Trejo"), a given name, a
//! role in apposition (", a former Fox News contributor"), a speech verb after it, an
//! organisation cue word ("IPADE Business School", "Joint Interagency Task Force South"),
//! a quoted nickname (`Enrique “Kiki” Camarena`), an acronym defined in parentheses, or
//! a byline or photo credit ("By Didi Tang, The Associated Press", "REUTERS/Jose Cabezas").

mod classify;
mod credits;
mod cues;
mod descriptors;
mod person;
mod runs;

use super::lexicon::WordClass;
use std::ops::Range;

use super::tokens::Token;
use crate::kind::Kind;
use classify::classify;
use credits::{byline, slash_credits};
use cues::{acronyms_after_mentions, nicknames, nicknames_known_as, KnownAs};
use descriptors::{continues_list, descriptor_before};
pub use person::person_aliases;
use runs::{and_inside_name, continues_run, is_headline, is_hyphen_adjective, starts_run};

/// A name found by the rules, before it is merged with the others of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The name as written (titles stripped).
    pub name: String,
    /// Guessed kind.
    pub kind: Kind,
    /// Other forms: an acronym defined beside it, a quoted nickname.
    pub aliases: Vec<String>,
}

/// An acronym defined in parentheses right after a known entity's mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcronymForMention {
    /// Index (into the sentence's mentions) of the mention the acronym follows.
    pub mention: usize,
    /// The acronym as written.
    pub acronym: String,
}

/// What discovery found in one sentence.
#[derive(Debug, Default)]
pub struct Found {
    /// New entities.
    pub candidates: Vec<Candidate>,
    /// New aliases for entities already mentioned.
    pub acronyms: Vec<AcronymForMention>,
}

/// Runs discovery over one sentence. `mentions` are the spans already matched (sorted).
pub fn discover(text: &str, tokens: &[Token], mentions: &[Range<usize>]) -> Found {
    let mut found = Found::default();
    if tokens.is_empty() {
        return found;
    }
    let covered = covered_tokens(tokens, mentions);
    if byline(text, tokens, &covered, &mut found) {
        return found;
    }
    slash_credits(text, tokens, &covered, &mut found);
    if is_headline(text, tokens) {
        return found;
    }
    acronyms_after_mentions(text, tokens, &covered, &mut found);
    nicknames(text, tokens, &covered, &mut found);
    // A nickname given with "known as" is an alias, never a name of its own.
    let mut covered = covered;
    let known_as = nicknames_known_as(text, tokens, &covered);
    for k in &known_as {
        for c in k.nickname.clone() {
            covered[c] = Some(usize::MAX);
        }
        if let Some(m) = k.of_mention {
            found.acronyms.push(AcronymForMention {
                mention: m,
                acronym: k.text(text, tokens).to_string(),
            });
        }
    }
    // The kind a plural descriptor gave the list being read ("two Indian companies,
    // Raxuter Chemicals and Athos Chemicals"), and where its last item ended.
    let mut list: Option<(Kind, usize)> = None;
    let mut i = 0;
    while i < tokens.len() {
        if !starts_run(text, tokens, &covered, i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len() && continues_run(text, tokens, &covered, j) {
            j += 1;
        }
        if let Some(k) = and_inside_name(text, tokens, &covered, i..j) {
            j = k;
        }
        // Do not end on a connector.
        let mut end = j;
        while end > i && tokens[end - 1].is_word() && tokens[end - 1].is(WordClass::NAME_CONNECTOR)
        {
            end -= 1;
        }
        // Nor on a compound adjective, which opens what follows ("… Lowell
        // Intelligence-sharing, financial tracking …").
        while end > i && is_hyphen_adjective(text, &tokens[end - 1]) {
            end -= 1;
        }
        let in_list = list
            .filter(|&(_, e)| continues_list(text, &tokens[e..i]))
            .map(|(kind, _)| kind);
        let hint = in_list.or_else(|| {
            descriptor_before(text, tokens, i).map(|(kind, plural)| {
                list = plural.then_some((kind, end));
                kind
            })
        });
        if in_list.is_some() {
            list = list.map(|(kind, _)| (kind, end));
        } else if hint.is_none() {
            list = None;
        }
        if end > i {
            classify(text, tokens, &covered, i..end, hint, &mut found);
        }
        i = j.max(i + 1);
    }
    nicknames_of_found_people(text, tokens, &known_as, &mut found);
    found
}

/// For each token, the index of the mention that covers it, if one does. Tokens and
/// mentions are both sorted: walked together.
fn covered_tokens(tokens: &[Token], mentions: &[Range<usize>]) -> Vec<Option<usize>> {
    let mut k = 0;
    tokens
        .iter()
        .map(|t| {
            while k < mentions.len() && mentions[k].end <= t.span.start {
                k += 1;
            }
            mentions.get(k).filter(|m| m.start < t.span.end).map(|_| k)
        })
        .collect()
}

/// The nickname of a person found here ("known as …" after a name no mention covers):
/// an alias of the candidate whose name ends right before it.
fn nicknames_of_found_people(
    text: &str,
    tokens: &[Token],
    known_as: &[KnownAs],
    found: &mut Found,
) {
    for k in known_as.iter().filter(|k| k.of_mention.is_none()) {
        let Some(before) = k.name_end.checked_sub(1) else {
            continue;
        };
        let surname = &text[tokens[before].span.clone()];
        let nickname = k.text(text, tokens).to_string();
        if let Some(c) = found
            .candidates
            .iter_mut()
            .rev()
            .find(|c| c.kind == Kind::Person && c.name.ends_with(surname))
        {
            if !c.aliases.contains(&nickname) {
                c.aliases.push(nickname);
            }
        }
    }
}

#[cfg(test)]
mod examples;
#[cfg(test)]
mod tests;
