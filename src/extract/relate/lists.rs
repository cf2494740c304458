//! Lists (family 2): names coordinated by commas and "and", pairs acting together,
//! "between X and Y", "by X and Y".

use std::ops::Range;

use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::graph::{Label, Rule};

use super::attach::is_title_like;
use super::quotes::is_speech_verb;
use super::view::View;
use super::words::{
    is_auxiliary, is_finite_verb, is_function_word, is_manner_adverb, is_relative_pronoun,
    looks_like_verb,
};
use super::{push, Link};

/// Where what follows `unit` starts: past its closing bracket when the unit stands in
/// brackets ("the Attorney General’s Office (FGR) and the Justice Department").
pub(super) fn after_brackets(text: &str, tokens: &[Token], unit: &Range<usize>) -> usize {
    let opened = unit.start > 0 && tokens[unit.start - 1].is_punct(text, "(");
    let closes = tokens.get(unit.end).is_some_and(|t| t.is_punct(text, ")"));
    if opened && closes {
        unit.end + 1
    } else {
        unit.end
    }
}

/// Most tokens before "between" searched for the noun of the relation.
pub(super) const MAX_BETWEEN_NOUN_TOKENS: usize = 5;

/// Most tokens of a name before an acronym in brackets that [`between_at`] reads back over.
pub(super) const MAX_BRACKETED_NAME_TOKENS: usize = 6;

/// The index of the "between" right before token `start` ("between X", "between the
/// X"), if there is one.
pub(super) fn between_at(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    // "between the Attorney General’s Office (FGR) and …": the name the acronym in
    // brackets stands for opens the phrase.
    let mut start = start;
    if start >= 2 && tokens[start - 1].is_punct(text, "(") {
        let words = tokens[..start - 1]
            .iter()
            .rev()
            .take(MAX_BRACKETED_NAME_TOKENS)
            .take_while(|t| t.is_capitalised || t.kind == TokenKind::Possessive)
            .count();
        if words > 0 {
            start -= 1 + words;
        }
    }
    let k = match start.checked_sub(1).map(|k| &tokens[k]) {
        Some(the) if the.lower.as_str() == "the" => start.checked_sub(2)?,
        _ => start.checked_sub(1)?,
    };
    (tokens[k].lower.as_str() == "between").then_some(k)
}

/// Only commas, "and", "or", "as well as", determiners, titles and capitalised words.
pub(super) fn is_coordination(text: &str, gap: &[Token]) -> bool {
    if gap.is_empty() || gap.len() > 8 {
        return false;
    }
    let mut has_separator = false;
    for t in gap {
        match t.kind {
            TokenKind::Punct if t.is_punct(text, ",") || t.is_punct(text, "&") => {
                has_separator = true
            }
            TokenKind::Word if matches!(t.lower.as_str(), "and" | "or" | "nor") => {
                has_separator = true
            }
            TokenKind::Word if t.is(WordClass::LIST_FILLER) => {}
            TokenKind::Word if t.is_capitalised || is_title_like(t) => {}
            // "then-Foreign Secretary"
            TokenKind::Punct if t.is_punct(text, ".") || t.is_punct(text, "-") => {}
            TokenKind::Possessive => {}
            _ => return false,
        }
    }
    has_separator
}

/// The tokens from `from` to `unit` are ", and" or ", but" (with anything the unit's own
/// words bring, as in ", and its director, X,"), and a verb follows the unit: "…, and
/// Sheinbaum responded", "…, and its director, Ghada Waly, has warned".
pub(super) fn opens_coordinated_clause(
    text: &str,
    tokens: &[Token],
    from: usize,
    unit: &Range<usize>,
) -> bool {
    let is_and = |t: &Token| matches!(t.lower.as_str(), "and" | "but");
    // A quotation may close between the comma and "and": `history," and …`.
    let opens = match tokens.get(from..(from + 3).min(unit.start)) {
        Some([comma, and, ..]) if comma.is_punct(text, ",") && is_and(and) => true,
        Some([comma, quote, and]) => {
            comma.is_punct(text, ",") && quote.closes_quote(text) && is_and(and)
        }
        _ => false,
    };
    opens && verb_follows(text, tokens, unit.end)
}

/// A verb (an auxiliary or a past form) at token `at`, or after a comma there (one that
/// closes an apposition).
pub(super) fn verb_follows(text: &str, tokens: &[Token], at: usize) -> bool {
    let mut at = at;
    if tokens.get(at).is_some_and(|t| t.is_punct(text, ",")) {
        at += 1;
    }
    tokens.get(at).is_some_and(is_finite_verb)
}

/// A relation verb right after a coordinated pair ("… and Rubio unveiled …").
/// Most tokens a relative clause between a pair and its verb may hold.
pub(super) const MAX_RELATIVE_CLAUSE_TOKENS: usize = 20;

pub(super) fn joint_action(text: &str, tokens: &[Token], after: usize) -> Option<Label> {
    // "the Sinaloa and Jalisco cartels fight …": the pair's plural head is no verb, and
    // after it only a word that reads as a verb is one ("… cartels hard" is not).
    let has_head = tokens
        .get(after)
        .is_some_and(|t| t.is_word() && !t.is_capitalised && t.org_cue().is_some());
    let after = after + usize::from(has_head);
    // "Patel and Cole, who did not travel to Mexico City, said …": past a relative
    // clause between the pair and its verb.
    let after = match tokens.get(after..after + 2) {
        Some([comma, who]) if comma.is_punct(text, ",") && is_relative_pronoun(who) => {
            let close = tokens[after + 2..]
                .iter()
                .take(MAX_RELATIVE_CLAUSE_TOKENS)
                .position(|t| t.is_punct(text, ","))?;
            after + 2 + close + 1
        }
        _ => after,
    };
    for t in tokens.iter().skip(after).take(5) {
        if t.kind == TokenKind::Punct && !t.is_punct(text, ",") {
            return None;
        }
        // "… link China and Mexico’s cartels": the second is a possessor, not a subject.
        if t.kind == TokenKind::Possessive {
            return None;
        }
        if !t.is_word() {
            continue;
        }
        if let Some(label) = t.relation_cue() {
            return Some(label.into());
        }
        if is_auxiliary(t) {
            continue;
        }
        if t.is(WordClass::ADVERB)
            || t.is(WordClass::JOINT_ACTION_ADVERB)
            || is_manner_adverb(&t.lower)
        {
            continue;
        }
        // Any verb-looking word right after the pair or an auxiliary: "laid", "revive",
        // and a plain lowercase word right after the pair ("the ATF and Sedena share").
        let is_verb = looks_like_verb(t)
            || (!has_head && !t.is_capitalised && !is_function_word(&t.lower) && t.lower.len() > 2);
        return is_verb.then(|| Label::new(&t.lower));
    }
    None
}

/// The "by" right before a name at `start`, over the name's titles ("by Secretary of
/// State Antony Blinken").
pub(super) fn agent_by(tokens: &[Token], start: usize) -> Option<usize> {
    let mut by = start.checked_sub(1)?;
    while by > 0 && {
        let t = &tokens[by];
        t.is_word() && (t.is_capitalised || t.lower.as_str() == "of")
    } {
        by -= 1;
    }
    (tokens[by].lower.as_str() == "by").then_some(by)
}

/// The name ending at token `at` owns the subject of a clause of its own: a possessive,
/// then a few lowercase words up to a speech verb or an auxiliary ("…, and Mexico’s
/// financial intelligence unit said …"). Such a name opens a clause; it is no conjunct
/// of the name before it.
pub(super) fn possesses_subject(tokens: &[Token], at: usize) -> bool {
    let Some((first, rest)) = tokens.get(at..).and_then(<[Token]>::split_first) else {
        return false;
    };
    if first.kind != TokenKind::Possessive {
        return false;
    }
    for (k, t) in rest.iter().take(5).enumerate() {
        if !t.is_word() || t.is_capitalised {
            return false;
        }
        if k > 0 && (is_speech_verb(t) || is_auxiliary(t)) {
            return true;
        }
    }
    false
}

/// A pair joined by "and" acting together: "Sheinbaum and Rubio unveiled …" (not after
/// "between": "cooperation between X and Y remains thin" is [`between`]'s).
pub(super) fn joint_actions(v: &View, lists: &[&[usize]], links: &mut Vec<Link>) {
    let (text, tokens) = (v.text, v.tokens);
    for list in lists.iter().filter(|l| l.len() == 2) {
        let ext = v.list_extent(list);
        if between_at(text, tokens, ext.start).is_some() {
            continue;
        }
        // "U.S. agencies, including the DEA and the FBI, …": examples of something named
        // before, not the subject of what follows.
        let mut before = tokens[..ext.start]
            .iter()
            .rev()
            .skip_while(|t| t.is_article())
            .map(|t| t.lower.as_str());
        let example = matches!(
            (before.next(), before.next()),
            (Some("including" | "like"), _) | (Some("as"), Some("such"))
        );
        if example {
            continue;
        }
        if let Some(label) = joint_action(text, tokens, ext.end) {
            push(
                links,
                v.mentions,
                list[0],
                list[1],
                label,
                Rule::JointAction,
            );
        }
    }
}

/// "announced by Blinken and Ebrard", "signed in Lima by Foreign Minister Ana Díaz and
/// …": joint agents of one act.
pub(super) fn joint_agents(v: &View, lists: &[&[usize]], links: &mut Vec<Link>) {
    let tokens = v.tokens;
    for list in lists.iter().filter(|l| l.len() == 2) {
        if let Some(by) = agent_by(tokens, v.list_extent(list).start) {
            let label = tokens[by.saturating_sub(6)..by]
                .iter()
                .rev()
                .find_map(|t| t.relation_cue())
                .unwrap_or("acted together");
            let label = label.into();
            push(
                links,
                v.mentions,
                list[0],
                list[1],
                label,
                Rule::JointAgents,
            );
        }
    }
}

/// "cooperation between X and Y", labelled by the noun before "between", over a place:
/// "a meeting in Mexico City between …".
pub(super) fn between(v: &View, lists: &[&[usize]], links: &mut Vec<Link>) {
    let (text, tokens) = (v.text, v.tokens);
    for list in lists.iter().filter(|l| l.len() == 2) {
        if let Some(between) = between_at(text, tokens, v.list_extent(list).start) {
            let label = tokens[between.saturating_sub(MAX_BETWEEN_NOUN_TOKENS)..between]
                .iter()
                .rev()
                .take_while(|t| t.is_word())
                .find_map(|t| t.relation_cue())
                .unwrap_or("relations");
            let label = label.into();
            push(links, v.mentions, list[0], list[1], label, Rule::Between);
        }
    }
}
