//! Links between lists (family 3): the tests the pair loop of [`super::relate`] asks
//! before linking two lists (scenes, relative clauses, "whom", nicknamed antecedents).

use std::ops::Range;

use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::graph::Label;
use crate::kind::Kind;

use super::quotes::{is_speech_verb, quote_mark, Quote};
use super::words::{is_auxiliary, looks_like_verb};
use super::{root, SentenceMention};

/// The person a relative clause opening `gap` is about when the description of the unit
/// `left` ends with that person's nickname in quotes: "Antonio Oseguera, the brother of
/// Nemesio Oseguera, “El Mencho,” who …" (the nickname closes Nemesio's name, so "who"
/// is his).
pub(super) fn nicknamed_antecedent(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    attached_to: &[Option<usize>],
    left: &[usize],
    gap: &[Token],
) -> Option<usize> {
    let [u] = left else {
        return None;
    };
    if !gap
        .first()
        .is_some_and(|t| t.is_word() && t.lower.as_str() == "who")
    {
        return None;
    }
    let end = gap.first()?.span.start;
    let j = (0..mentions.len()).rev().find(|&j| {
        j != *u
            && root(attached_to, j) == *u
            && mentions[j].kind == Kind::Person
            && mentions[j].tokens.end > 0
            && tokens[mentions[j].tokens.end - 1].span.end <= end
    })?;
    let last = &tokens[mentions[j].tokens.end - 1];
    let closes_quote = quote_mark(text, last) == Some(Quote::Close);
    let nothing_between = tokens[mentions[j].tokens.end..]
        .first()
        .is_some_and(|t| t.span.start == end);
    (closes_quote && nothing_between).then_some(j)
}

/// "Oseguera, a former police officer who was once deported from the U.S. after serving
/// a sentence, founded the CJNG": a name inside a relative clause is not related to what
/// follows the comma that closes the clause.
pub(super) fn leaves_relative_clause(
    text: &str,
    tokens: &[Token],
    left: Range<usize>,
    right: usize,
) -> bool {
    let in_clause = tokens[..left.start]
        .iter()
        .rev()
        // A comma, or a speech verb ("an official who briefed reporters said Washington
        // …": the clause ended before the verb), comes before the clause's start.
        .take_while(|t| {
            let punct = t.kind == TokenKind::Punct
                && matches!(&text[t.span.clone()], "," | ";" | ":" | "—" | "–" | "(");
            let speech = t.is_word() && is_speech_verb(t);
            !(punct || speech)
        })
        .any(|t| t.is_word() && matches!(t.lower.as_str(), "who" | "whom" | "whose" | "which"));
    in_clause
        && tokens[left.end..right]
            .iter()
            .any(|t| t.is_punct(text, ","))
}

/// "and previously served …", "and then met …": the index of the "and" in `gap` that
/// starts a new verb phrase, if one does.
pub(super) fn verb_phrase_start(gap: &[Token]) -> Option<usize> {
    gap.iter().enumerate().position(|(k, t)| {
        t.is_word()
            && t.lower.as_str() == "and"
            && gap[k + 1..]
                .iter()
                .take(3)
                .filter(|w| w.is_word())
                .find(|w| {
                    !(w.lower.ends_with("ly")
                        || matches!(w.lower.as_str(), "then" | "also" | "later" | "now"))
                })
                .is_some_and(|w| looks_like_verb(w) || is_auxiliary(w))
    })
}

/// The noun of an opening scene whose words before a name end with "with" or "to": "(In)
/// a letter to", "(During) a call with" give "letter", "call".
pub(super) fn counterpart_of(scene: &[Token]) -> Option<&Token> {
    let mut words = scene.iter().rev().take_while(|t| t.is_word());
    words.find(|t| matches!(t.lower.as_str(), "with" | "to"))?;
    words.next()
}

/// The first relation cue among the few words right after `from` (a subject's verb).
pub(super) fn verb_after(tokens: &[Token], from: usize) -> Option<Label> {
    tokens[from..]
        .iter()
        .take_while(|t| t.is_word())
        .take(MAX_VERB_AFTER_SUBJECT)
        .find_map(Token::relation_cue)
        .map(Label::from)
}

/// Most words read after a subject for its verb ("have long argued").
pub(super) const MAX_VERB_AFTER_SUBJECT: usize = 4;

/// The verb of a relative clause opened by `gap` (a comma, "whom" and at most an
/// article), read after its subject, the name that ends at token `subject_end`.
pub(super) fn whom_clause(
    text: &str,
    tokens: &[Token],
    gap: &[Token],
    subject_end: usize,
) -> Option<Label> {
    let [comma, whom, rest @ ..] = gap else {
        return None;
    };
    let opens = comma.is_punct(text, ",")
        && whom.lower.as_str() == "whom"
        && rest.iter().all(Token::is_article);
    if !opens {
        return None;
    }
    // "whom U.S. officials accuse": the verb comes after those acting for the country.
    let people = tokens[subject_end..]
        .iter()
        .take_while(|t| t.is_word() && !t.is_capitalised && t.is(WordClass::ACTING_NOUN))
        .count();
    verb_after(tokens, subject_end + people)
}
