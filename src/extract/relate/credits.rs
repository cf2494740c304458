//! Credits (family 6): names joined by a slash or "via" in a photo credit.

use crate::extract::lexicon::WordClass;
use crate::extract::tokens::Token;
use crate::graph::Rule;

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
