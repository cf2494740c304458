//! Word predicates the relation rules share (function words, auxiliaries, verb forms).

use crate::extract::lexicon;
use crate::extract::lexicon::WordClass;
use crate::extract::tokens::Token;

/// An auxiliary (not "to") or a past form: a clause's verb.
pub(super) fn is_finite_verb(t: &Token) -> bool {
    t.is_word() && (is_auxiliary(t) && t.lower.as_str() != "to" || looks_like_verb(t))
}

/// An adverb in "-ly" ("barely", "quietly", "jointly"), not a verb that ends so
/// ("comply", "supply", "rely").
pub(super) fn is_manner_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !w.ends_with("ply") && w != "rally"
}

/// Prepositions, articles and other determiners, conjunctions and relative pronouns:
/// never a verb ("talks with Lutnick and Greer this year").
pub(super) fn is_function_word(w: &str) -> bool {
    lexicon::is(w, WordClass::FUNCTION_WORD_RELATE)
}

pub(super) fn is_auxiliary(t: &Token) -> bool {
    t.is(WordClass::AUXILIARY)
}

/// Past tenses and participles ("laid", "announced") and words after an auxiliary.
pub(super) fn looks_like_verb(t: &Token) -> bool {
    t.is_word() && !t.is_capitalised && is_past_form(&t.lower)
}

/// A past tense or participle: in "-ed", or an irregular one.
pub(super) fn is_past_form(lower: &str) -> bool {
    lower.ends_with("ed") || lexicon::is(lower, WordClass::IRREGULAR_PAST)
}

/// "who", "whom", "whose" or "which" opening a relative clause after a comma.
pub(super) fn is_relative_pronoun(t: &Token) -> bool {
    t.is(WordClass::RELATIVE_PRONOUN)
}
