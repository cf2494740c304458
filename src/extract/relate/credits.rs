//! Credits (family 6): names joined by a slash or "via" in a photo credit, and the
//! writers of a byline with their outlet.

use crate::extract::lexicon::WordClass;
use crate::extract::mentions::byline_opener;
use crate::extract::tokens::Token;
use crate::graph::Rule;
use crate::kind::Kind;

use super::{push, Link, SentenceMention};

/// "Photo by Alfredo Estrella / AFP via Getty Images", "(AP Photo/Eduardo Verdugo)": in a
/// credit line, names joined by a slash or "via" are the photographer, the agency and
/// the distributor, each credited with the next.
pub(super) fn photo_credit(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    links: &mut Vec<Link>,
) {
    let covered = |k: usize| mentions.iter().any(|m| m.tokens.contains(&k));
    let is_credit = tokens
        .iter()
        .enumerate()
        .any(|(k, t)| t.is_word() && t.is(WordClass::PHOTO_NOUN) && !covered(k));
    if !is_credit {
        return;
    }
    for (a, pair) in mentions.windows(2).enumerate() {
        let gap = &tokens[pair[0].tokens.end..pair[1].tokens.start];
        let joined = |g: &[Token]| {
            g.iter()
                .all(|t| t.is_punct(text, "/") || t.is_word() && t.lower.as_str() == "photo")
                && g.iter().any(|t| t.is_punct(text, "/"))
                || matches!(g, [via] if via.is_word() && via.lower.as_str() == "via")
        };
        if joined(gap) {
            push(
                links,
                mentions,
                a,
                a + 1,
                "photo credit".into(),
                Rule::PhotoCredit,
            );
        }
    }
}

/// "By Didi Tang, The Associated Press", "Author: Manuel Roig-Franzia, Washington Post
/// Foreign Service": in a short line opening with "By" or "Author:" where only people,
/// "and" and commas come before the last comma, each person writes for the
/// organisation named after it ("By Monday, Sheinbaum had called Trump, the presidency
/// said" is prose: words other than names come before its last comma).
pub(super) fn byline(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    links: &mut Vec<Link>,
) {
    let Some(opener) = byline_opener(text, tokens) else {
        return;
    };
    let Some(comma) = tokens.iter().rposition(|t| t.is_punct(text, ",")) else {
        return;
    };
    let in_person = |k: usize| {
        mentions
            .iter()
            .any(|m| m.kind == Kind::Person && m.tokens.contains(&k))
    };
    let only_people = (opener..comma).all(|k| {
        let t = &tokens[k];
        in_person(k) || t.is_punct(text, ",") || t.is_word() && t.lower.as_str() == "and"
    });
    if !only_people {
        return;
    }
    let Some(outlet) = mentions
        .iter()
        .position(|m| m.tokens.start > comma && m.kind == Kind::Organization)
    else {
        return;
    };
    for (writer, m) in mentions.iter().enumerate() {
        if m.kind == Kind::Person && m.tokens.end <= comma {
            push(
                links,
                mentions,
                writer,
                outlet,
                "byline".into(),
                Rule::Byline,
            );
        }
    }
}
