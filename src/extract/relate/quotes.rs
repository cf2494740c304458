//! Quotations and reports (family 7): what is inside quotation marks, the speaker of a
//! quotation, and a closing report (", the Justice Department said.").

use std::ops::Range;

use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::graph::{Label, Rule};
use crate::kind::Kind;

use super::{push, Link, SentenceMention};

/// Most tokens after the verb of a trailing report (", the ministry said in a statement
/// on Tuesday.").
pub(super) const MAX_REPORT_TAIL_TOKENS: usize = 8;

/// The label of a report that closes the sentence after a comma, with `unit` as its
/// speaker: "…, Mexico’s Security Cabinet said in a statement." gives "said".
pub(super) fn reporting_clause(text: &str, tokens: &[Token], unit: Range<usize>) -> Option<Label> {
    let before = &tokens[..unit.start];
    // After the comma, "the" or a possessor ("Mexico’s") may open the speaker's name.
    let after_comma = match before {
        [.., comma, the] if the.lower.as_str() == "the" => comma.is_punct(text, ","),
        [.., comma, owner, s] if s.kind == TokenKind::Possessive && owner.is_capitalised => {
            comma.is_punct(text, ",")
        }
        [.., comma] => comma.is_punct(text, ","),
        [] => false,
    };
    let verb = tokens.get(unit.end)?;
    let reports = verb.is_word() && verb.is(WordClass::REPORT_VERB);
    let tail = &tokens[unit.end + 1..];
    let ends = tail.len() <= MAX_REPORT_TAIL_TOKENS
        && tail.iter().all(|t| t.is_word() || t.is_punct(text, "."))
        && tail.last().is_none_or(|t| t.is_punct(text, "."));
    (after_comma && reports && ends).then(|| Label::new(&verb.lower))
}

/// A verb of saying ("said", "told", "warned"): the person verbs without the
/// auxiliaries and pronouns that list also holds.
pub(super) fn is_speech_verb(t: &Token) -> bool {
    t.is(WordClass::PERSON_VERB) && !t.is(WordClass::PERSON_VERB_NOT_SPEECH)
}

/// Fewest words between curly quotes for a quotation (fewer is a quoted name or
/// phrase: “El Mayo”, “hugs not bullets”).
pub(super) const MIN_QUOTATION_WORDS: usize = 6;

/// For each token, whether it lies in a quotation (curly quotes around at least
/// [`MIN_QUOTATION_WORDS`] words). A quotation may span sentences: a closing quote with
/// no opening one before it ends a quotation that began in an earlier sentence
/// ("… enough to satisfy Trump,” Shifter told Mexico News Daily."), and an opening quote
/// never closed runs to the end of the sentence.
pub(super) fn quoted_tokens(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut inside_quote = vec![false; tokens.len()];
    let mut open: Option<usize> = None;
    let mut seen_open = false;
    for (k, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Punct {
            continue;
        }
        match quote_mark(text, t) {
            Some(Quote::Open) => {
                open = Some(k);
                seen_open = true;
            }
            Some(Quote::Close) => match open.take() {
                Some(o) => {
                    let words = tokens[o..k].iter().filter(|t| t.is_word()).count();
                    if words >= MIN_QUOTATION_WORDS {
                        inside_quote[o..=k].iter_mut().for_each(|b| *b = true);
                    }
                }
                None if !seen_open => {
                    inside_quote[..=k].iter_mut().for_each(|b| *b = true);
                    seen_open = true;
                }
                None => {}
            },
            None => {}
        }
    }
    if let Some(o) = open {
        inside_quote[o..].iter_mut().for_each(|b| *b = true);
    }
    inside_quote
}

/// Which side of a quotation a double quotation mark stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Quote {
    Open,
    Close,
}

/// The quotation mark `t` is, if it is one: curly marks say their side; a straight `"`
/// opens where it follows a space, an opening bracket or a dash (or starts the text),
/// and closes after anything else.
pub(super) fn quote_mark(text: &str, t: &Token) -> Option<Quote> {
    if t.kind != TokenKind::Punct {
        return None;
    }
    match &text[t.span.clone()] {
        "“" => Some(Quote::Open),
        "”" => Some(Quote::Close),
        "\"" => {
            let before = text[..t.span.start].chars().next_back();
            let opens =
                before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–'));
            Some(if opens { Quote::Open } else { Quote::Close })
        }
        _ => None,
    }
}

/// "“… the CJNG …,” said Victoria Dittmar": the speaker is related to whom they speak of.
pub(super) fn speakers(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    inside_quote: &[bool],
    links: &mut Vec<Link>,
) {
    if !inside_quote.iter().any(|b| *b) {
        return;
    }
    let is_speech = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_word() && is_speech_verb(t))
    };
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != Kind::Person || inside_quote[m.tokens.start] {
            continue;
        }
        // "said Pam Bondi", "said Attorney General Pam Bondi", "said DEA Administrator
        // Terrance Cole": the verb may stand before the speaker's titles.
        let before_titles = tokens[..m.tokens.start]
            .iter()
            .rev()
            .take_while(|t| t.is_word() && t.is_capitalised)
            .count();
        let speaks = is_speech(m.tokens.end)
            || (m.tokens.start > 0 && is_speech(m.tokens.start - 1))
            || (m.tokens.start > before_titles
                && before_titles <= MAX_SPEAKER_TITLE_WORDS
                && is_speech(m.tokens.start - before_titles - 1));
        if !speaks {
            continue;
        }
        for (j, other) in mentions.iter().enumerate() {
            // A country is what the speaker speaks of when it opens the quotation (“India
            // has a huge …”); named further in (“It forced a conversation in the United
            // States …”), it is the setting of what is said.
            let spoken_of = other.kind != Kind::Country || opens_quotation(text, tokens, other);
            if inside_quote[other.tokens.start] && spoken_of {
                push(links, mentions, i, j, "spoke of".into(), Rule::Speaker);
            }
        }
    }
}

/// Most capitalised words between a verb of saying and the speaker's name.
pub(super) const MAX_SPEAKER_TITLE_WORDS: usize = 4;

/// The mention is the first words of a quotation (after its opening mark and an
/// article at most).
pub(super) fn opens_quotation(text: &str, tokens: &[Token], m: &SentenceMention) -> bool {
    let before = &tokens[..m.tokens.start];
    match before {
        [.., open, the] if the.lower.as_str() == "the" => {
            quote_mark(text, open) == Some(Quote::Open)
        }
        [.., open] => quote_mark(text, open) == Some(Quote::Open),
        [] => false,
    }
}
