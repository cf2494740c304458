//! The gap between two lists (families 3 and 4): whether a link may cross it (asides,
//! clause breaks, subordinate and relative clauses) and the label it gives.

use std::ops::Range;

use crate::extract::lexicon;
use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::graph::Label;

use super::apposition::MAX_APPOSITION_TOKENS;
use super::quotes::is_speech_verb;
use super::words::{
    is_auxiliary, is_finite_verb, is_function_word, is_relative_pronoun, looks_like_verb,
};
use super::{
    MAX_DASH_ASIDE_TOKENS, MAX_LINK_GAP_WORDS, MAX_PREPOSITION_GAP_WORDS, MAX_SKIP_GAP_WORDS,
    MAX_VERB_GAP_WORDS,
};

/// A verb in a gap the cue lexicon does not know: a past form, or a word after an
/// auxiliary or after "to" ("will revive", "to stop").
pub(super) fn gap_verb(gap: &[Token]) -> Option<Label> {
    let mut after_auxiliary = false;
    for t in gap {
        if !t.is_word() {
            after_auxiliary = false;
            continue;
        }
        if is_auxiliary(t) {
            after_auxiliary = true;
            continue;
        }
        // "has strategically used", "will not cooperate": the verb comes after the adverb.
        let adverb = t.lower.ends_with("ly")
            || t.is(WordClass::ADVERB)
            || t.is(WordClass::ADVERB_BEFORE_VERB);
        if after_auxiliary && adverb {
            continue;
        }
        if (after_auxiliary && !t.is_capitalised && t.lower.len() > 2 && !t.is_article())
            || looks_like_verb(t)
        {
            return Some(Label::new(&t.lower));
        }
        after_auxiliary = false;
    }
    None
}

/// The length of a parenthesis's content when it is a plain aside (at most six tokens
/// of lowercase words that are no verb, numbers, commas and dashes) closed by ")".
pub(super) fn plain_aside(text: &str, rest: &[Token]) -> Option<usize> {
    let len = rest.iter().take(7).position(|t| t.is_punct(text, ")"))?;
    rest[..len]
        .iter()
        .all(|t| match t.kind {
            TokenKind::Word => {
                !t.is_capitalised
                    && !looks_like_verb(t)
                    && !is_auxiliary(t)
                    && t.relation_cue().is_none()
                    && !t.is(WordClass::ASIDE_RELATIVE)
            }
            TokenKind::Punct => matches!(&text[t.span.clone()], "," | "–" | "-"),
            TokenKind::Possessive => false,
        })
        .then_some(len)
}

/// The length of an aside that opened with a dash, up to its closing dash: it starts
/// with a lowercase word and holds no clause punctuation.
pub(super) fn dash_aside(text: &str, rest: &[Token]) -> Option<usize> {
    let first = rest.first()?;
    if !first.is_word() || first.is_capitalised {
        return None;
    }
    let len = rest
        .iter()
        .take(MAX_DASH_ASIDE_TOKENS + 1)
        .position(|t| t.is_punct(text, "—") || t.is_punct(text, "–"))?;
    rest[..len]
        .iter()
        .all(|t| {
            t.kind != TokenKind::Punct || matches!(&text[t.span.clone()], "," | "-" | "." | "%")
        })
        .then_some(len)
}

/// The index of the "that" or "which" of ", a move that" (after a comma or a dash): the
/// clause it opens is about the act of the clause before, not about the last name in it.
pub(super) fn summative(text: &str, tokens: &[Token]) -> Option<usize> {
    tokens
        .windows(4)
        .position(|w| {
            (w[0].is_punct(text, ",") || w[0].is_punct(text, "—"))
                && matches!(w[1].lower.as_str(), "a" | "an")
                && w[2].is(WordClass::SUMMARY_NOUN)
                && matches!(w[3].lower.as_str(), "that" | "which")
        })
        .map(|k| k + 3)
}

/// The dash at `gap[dash]` opens a description ("—an initiative to …") of the name
/// before the gap: before the dash stand only closing quotes and at most two lowercase
/// nouns ("” framework"); after it, "a" or "an" and a lowercase word.
pub(super) fn opens_description(text: &str, gap: &[Token], dash: usize) -> bool {
    let before = &gap[..dash];
    let nouns = before.iter().filter(|t| t.is_word()).count();
    let head_only = nouns <= 2
        && before.iter().all(|t| match t.kind {
            TokenKind::Word => {
                !t.is_capitalised
                    && !looks_like_verb(t)
                    && !is_auxiliary(t)
                    && !is_function_word(&t.lower)
                    && t.relation_cue().is_none()
            }
            TokenKind::Punct => matches!(&text[t.span.clone()], "”" | "\"" | "’" | "»"),
            TokenKind::Possessive => false,
        });
    let article = gap
        .get(dash + 1)
        .is_some_and(|t| t.is_word() && matches!(t.lower.as_str(), "a" | "an"));
    let noun = gap
        .get(dash + 2)
        .is_some_and(|t| t.is_word() && !t.is_capitalised);
    head_only && article && noun
}

/// "including", "among them", "such as": what follows names examples of what came
/// before.
pub(super) fn introduces_examples(words: &[Token]) -> bool {
    match words {
        [w] => w.lower.as_str() == "including",
        [a, b] => matches!(
            (a.lower.as_str(), b.lower.as_str()),
            ("among", "them") | ("such", "as")
        ),
        _ => false,
    }
}

/// A verb of deciding or weighing right before "whether" (its index and token): the
/// question it opens is not a new clause cut off from the verb's subject.
pub(super) fn deliberation(gap: &[Token]) -> Option<(usize, &Token)> {
    let k = gap
        .iter()
        .position(|t| t.is_word() && t.lower.as_str() == "whether")?;
    let verb = gap.get(k.checked_sub(1)?)?;
    (verb.is_word()
        && lexicon::DELIBERATION_STEMS
            .words()
            .any(|s| verb.lower.starts_with(s)))
    .then_some((k - 1, verb))
}

/// "… ordered Ovidio’s release after Sinaloa Cartel gunmen besieged the city", "… for
/// the Sinaloa Cartel as Los Chapitos wage war": a subordinating word right before the
/// second name, and a verb-like word right after it, make the second name the subject
/// of another clause, which says nothing about the first.
pub(super) fn opens_subordinate_clause(gap: &[Token], after_right: &[Token]) -> bool {
    let Some(last) = gap.iter().rev().find(|t| !(t.is_word() && t.is_article())) else {
        return false;
    };
    let subordinator = last.is_word() && last.is(WordClass::SUBORDINATOR);
    subordinator
        && after_right
            .iter()
            .take(3)
            .take_while(|t| t.is_word())
            .any(|t| {
                !t.is_capitalised
                    && t.lower.len() > 2
                    && !is_function_word(&t.lower)
                    && !t.is(WordClass::LINKING_PREPOSITION)
            })
}

/// "Washington tries to choke off the route that runs … to Mexico": the gap enters a
/// relative clause that describes a common noun ("route that runs"), so the name after
/// it belongs to that clause, not to the first name's act.
pub(super) fn into_noun_relative_clause(gap: &[Token]) -> bool {
    gap.windows(3).any(|w| {
        let [noun, that, verb] = w else {
            return false;
        };
        // The cheap test first: this runs on the gap of every pair.
        if !matches!(that.lower.as_str(), "that" | "which") {
            return false;
        }
        // Not a verb's or a noun's content clause: "testified that he …", "denied
        // reports that he …" (a pronoun or article after "that" opens a clause with
        // its own subject).
        let subject = verb.is(WordClass::SUBJECT_PRONOUN);
        // The relative pronoun is the verb's subject: "that runs", "that has", "which
        // claimed", "that operate" (a cue); "clear that failure …" is a content clause.
        let is_verb = || {
            is_auxiliary(verb)
                || looks_like_verb(verb)
                || verb.relation_cue().is_some() && !verb.is_or_plural_of(WordClass::ROLE_NOUN)
        };
        noun.is_word()
            && !noun.is_capitalised
            && !is_function_word(&noun.lower)
            && !is_auxiliary(noun)
            && !looks_like_verb(noun)
            && !is_speech_verb(noun)
            && verb.is_word()
            && !verb.is_capitalised
            && !subject
            && is_verb()
    })
}

/// "Trump told reporters aboard Air Force One", "Rubio told reporters afterward, standing
/// next to …": a speech verb whose listeners are a plain noun, with no "that" after them;
/// what is named after them is where or with whom it was said, not who was told.
pub(super) fn tells_an_audience(gap: &[Token]) -> bool {
    let Some(k) = gap.windows(2).position(|w| {
        matches!(w[0].lower.as_str(), "told" | "tells" | "telling")
            && w[1].is_word()
            && !w[1].is_capitalised
            && w[1].is(WordClass::AUDIENCE_NOUN)
    }) else {
        return false;
    };
    // "told reporters at the briefing that Mexican investigators would …": what was
    // told follows, and its names are what the speaker spoke of.
    !gap[k + 2..]
        .iter()
        .any(|t| t.is_word() && t.lower.as_str() == "that")
}

/// "the Wall Street Journal’s report that … Trump pushed": the owner of a report is its
/// source, not a party to what the report says.
pub(super) fn opens_reported_content(gap: &[Token]) -> bool {
    matches!(gap, [possessive, noun, that, ..]
        if possessive.kind == TokenKind::Possessive
            && noun.is(WordClass::REPORT_NOUN)
            && that.lower.as_str() == "that")
}

/// Where the words after a relative clause that opens `gap` start: ", which … ," or
/// ", who … ," and at least one word after the clause's closing comma.
pub(super) fn after_relative_clause(text: &str, gap: &[Token]) -> Option<usize> {
    let [comma, relative, rest @ ..] = gap else {
        return None;
    };
    if !comma.is_punct(text, ",") || !is_relative_pronoun(relative) {
        return None;
    }
    let close = 2 + rest.iter().position(|t| t.is_punct(text, ","))?;
    gap[close + 1..]
        .iter()
        .any(Token::is_word)
        .then_some(close + 1)
}

/// The label of a verb that opens `words` (after auxiliaries and "later", "then",
/// "also" or an adverb in -ly): "was pardoned", "later extradited". Its relation cue if
/// it is one, else the verb itself when it is a past form.
pub(super) fn coordinated_verb(words: &[Token]) -> Option<Label> {
    let at = words
        .iter()
        .position(|t| !(is_auxiliary(t) || t.is(WordClass::ADVERB) || t.lower.ends_with("ly")))?;
    let verb = &words[at];
    if !verb.is_word() || verb.is_capitalised {
        return None;
    }
    // Without an auxiliary, a past form may be an adjective ("politics and organized
    // crime"): only a relation cue counts.
    let after_auxiliary = words[..at].iter().any(is_auxiliary);
    match verb.relation_cue() {
        Some(cue) => Some(cue.into()),
        None => (after_auxiliary && looks_like_verb(verb)).then(|| Label::new(&verb.lower)),
    }
}

/// `gap` opens with the verb of the name before it ("was convicted …", "arrested …"),
/// maybe past an apposition (", a former president, was convicted …"): that name is
/// the subject of what follows.
pub(super) fn opens_with_verb(text: &str, gap: &[Token]) -> bool {
    match gap {
        // The comma closing an apposition the name's extent holds, or opening one.
        [first, rest @ ..] if first.is_punct(text, ",") => {
            rest.first().is_some_and(is_finite_verb)
                || rest
                    .iter()
                    .take(MAX_APPOSITION_TOKENS)
                    .position(|t| t.is_punct(text, ","))
                    .and_then(|close| rest.get(close + 1))
                    .is_some_and(is_finite_verb)
        }
        [first, ..] => is_finite_verb(first),
        [] => false,
    }
}

/// The label linking two neighbouring lists, if the gap between them links them.
pub(super) fn link_label(
    text: &str,
    tokens: &[Token],
    gap: &[Token],
    left_start: usize,
    adjacent: bool,
) -> Option<Label> {
    // "Canada, which faces pressure from Washington, named Kevin Brosseau": the verb after
    // a relative clause links the two, not the clause's own words.
    if let Some(after) = after_relative_clause(text, gap) {
        if let Some(label) = link_label(text, tokens, &gap[after..], left_start, adjacent) {
            return Some(label);
        }
    }
    let all_words = gap.iter().filter(|t| t.is_word()).count();
    let max_words = if adjacent {
        MAX_LINK_GAP_WORDS
    } else {
        MAX_SKIP_GAP_WORDS
    };
    if all_words > max_words + MAX_DASH_ASIDE_TOKENS {
        return None;
    }
    // "determine whether …": the verb of deciding and the index of its "whether".
    let deliberated = deliberation(gap);
    let dash_aside = scan(text, gap, deliberated.map(|(at, _)| at + 1))?;
    let words = match &dash_aside {
        Some(r) => all_words - gap[r.clone()].iter().filter(|t| t.is_word()).count(),
        None => all_words,
    };
    if words > max_words || opens_new_conjunct(text, gap, words, adjacent) {
        return None;
    }
    let shape = Shape {
        text,
        tokens,
        gap,
        dash_aside,
        words,
        left_start,
    };
    // The label's sources, in priority order.
    cue_label(&shape)
        .or_else(|| deliberated.map(|(_, verb)| Label::new(&verb.lower)))
        .or_else(|| verb_label(&shape))
        .or_else(|| preposition_label(&shape))
}

/// A gap a link may cross, as the label's sources read it.
struct Shape<'s> {
    text: &'s str,
    tokens: &'s [Token],
    gap: &'s [Token],
    /// The tokens of an aside between dashes, read through and left out of the label.
    dash_aside: Option<Range<usize>>,
    /// Words in the gap outside that aside.
    words: usize,
    /// Where the left list starts (the words before it may name the relation).
    left_start: usize,
}

impl Shape<'_> {
    /// True unless token `k` of the gap is inside the dash aside.
    fn is_outside_aside(&self, k: usize) -> bool {
        self.dash_aside.as_ref().is_none_or(|r| !r.contains(&k))
    }
}

/// Reads the gap's punctuation and clause words: `None` when the gap breaks the clause
/// (`;`, a colon or dash that opens nothing, a clause breaker other than the "whether" at
/// `whether_at`), else the tokens of the aside between dashes read through, if any.
/// Plain asides in parentheses, a dash or colon that closes a parenthesis or opens a
/// list or examples, and a dash that opens a description are read through.
fn scan(text: &str, gap: &[Token], whether_at: Option<usize>) -> Option<Option<Range<usize>>> {
    let has_cue = gap
        .iter()
        .any(|t| t.is_word() && t.relation_cue().is_some());
    // Tokens before this index lie inside an aside already passed over.
    let mut aside_end = 0;
    let mut dash_aside_at: Option<Range<usize>> = None;
    for (k, t) in gap.iter().enumerate() {
        if k < aside_end {
            continue;
        }
        match t.kind {
            TokenKind::Punct => {
                let p = &text[t.span.clone()];
                // "the “abrazos, no balazos” (hugs, not bullets) doctrine", "Calderón’s
                // term (2006–2012)": a short aside in lowercase words or numbers is read
                // through.
                if p == "(" {
                    if let Some(len) = plain_aside(text, &gap[k + 1..]) {
                        aside_end = k + 1 + len + 1;
                        continue;
                    }
                }
                let is_dash_or_colon = matches!(p, ":" | "—" | "–");
                // "…officials—X, Y and Z—will represent Mexico": a dash right after a
                // list, before the verb, closes a parenthesis. "designated six groups:
                // the Sinaloa Cartel, …": a colon right before a list opens it.
                let closes_parenthesis = k == 0 && p != ":" && is_dash_or_colon && has_cue;
                // "made a striking claim: The U.S. has …": a capital after a colon
                // starts a sentence, not a list.
                let starts_sentence = p == ":" && gap.get(k + 1).is_some_and(|t| t.is_capitalised);
                let opens_list =
                    k + 2 >= gap.len() && is_dash_or_colon && has_cue && !starts_sentence;
                // "damages from seven manufacturers — including Smith & Wesson, …": the
                // examples of the noun before the dash.
                let gives_examples = is_dash_or_colon && introduces_examples(&gap[k + 1..]);
                if closes_parenthesis || opens_list || gives_examples {
                    continue;
                }
                // "the fentanyl crisis—which claimed over 100,000 lives in 2022—will
                // carry …": an aside between dashes is read through.
                // Not when a new conjunct follows it ("— a first — and Vector fell").
                if matches!(p, "—" | "–") && dash_aside_at.is_none() {
                    if let Some(len) = dash_aside(text, &gap[k + 1..]) {
                        let end = k + 1 + len + 1;
                        let conjunct_follows = gap.get(end).is_some_and(|t| {
                            t.is_word() && matches!(t.lower.as_str(), "and" | "or" | "but")
                        });
                        if !conjunct_follows {
                            aside_end = end;
                            dash_aside_at = Some(k..end);
                            continue;
                        }
                    }
                }
                // "the “fourth transformation” framework—an initiative to overhaul
                // Mexico’s …": a dash that opens a description of the first name.
                if matches!(p, "—" | "–") && opens_description(text, gap, k) {
                    continue;
                }
                if matches!(
                    p,
                    ";" | ":" | "—" | "–" | "(" | ")" | "?" | "!" | "\\" | "|"
                ) {
                    return None;
                }
            }
            TokenKind::Word if t.is(WordClass::CLAUSE_BREAKER) && whether_at != Some(k) => {
                return None
            }
            _ => {}
        }
    }
    Some(dash_aside_at)
}

/// True when the gap (of `words` words outside its aside) starts a new conjunct or
/// clause: "…, and the detention of X"; ", and President Sheinbaum has avoided …" (and
/// across another name, ", and Trump praised the Navy" is that name's clause, however
/// short). ", and was pardoned by" goes on with the same subject.
fn opens_new_conjunct(text: &str, gap: &[Token], words: usize, adjacent: bool) -> bool {
    let new_noun_phrase = gap
        .windows(2)
        .any(|w| w[0].lower.as_str() == "and" && w[1].is_article())
        && words > 3;
    new_noun_phrase
        || (words > 4 || !adjacent)
            && (1..gap.len()).any(|k| {
                let same_subject = || {
                    opens_with_verb(text, gap)
                        && coordinated_verb(&gap[k + 1..]).is_some()
                        && gap.get(k + 1).is_some_and(|t| !t.lower.ends_with("ing"))
                };
                gap[k - 1].is_punct(text, ",")
                    && matches!(gap[k].lower.as_str(), "and" | "or")
                    && !same_subject()
            })
}

/// The label a relation cue in the gap gives, in priority order: the last of coordinated
/// verbs ("was arrested in 2023 and extradited to X"), what a speaker does while
/// speaking ("Bondi said, thanking X"), a cue that is not a role noun, any cue. A
/// capitalised title is part of the next name ("President Claudia Sheinbaum"), not a
/// verb between the two; a verb names the relation better than a role noun before it
/// ("DEA agents arrested X" is an arrest).
fn cue_label(shape: &Shape) -> Option<Label> {
    let (text, gap) = (shape.text, shape.gap);
    let cues = || {
        gap.iter()
            .enumerate()
            .filter(|&(k, t)| {
                shape.is_outside_aside(k)
                    && t.is_word()
                    && !(t.is_capitalised && t.is(WordClass::TITLE))
            })
            .map(|(_, t)| t)
    };
    let is_role =
        |t: &Token| t.is_or_plural_of(WordClass::TITLE) || t.is_or_plural_of(WordClass::ROLE_NOUN);
    let while_speaking = || {
        gap.windows(3).find_map(|w| {
            let [said, comma, act] = w else {
                return None;
            };
            let is = said.is_word()
                && is_speech_verb(said)
                && comma.is_punct(text, ",")
                && act.is_word()
                && act.lower.ends_with("ing");
            if !is {
                return None;
            }
            // "thanking" -> "thanked", "praising" -> "praised".
            act.relation_cue().or_else(|| {
                let stem = act.lower.strip_suffix("ing")?;
                lexicon::relation_cue(&format!("{stem}ed"))
            })
        })
    };
    let last_verb = || {
        gap.iter()
            .enumerate()
            .rev()
            .filter(|&(k, t)| shape.is_outside_aside(k) && t.is_word() && t.lower.as_str() == "and")
            .find_map(|(k, _)| coordinated_verb(&gap[k + 1..]))
    };
    last_verb().or_else(|| {
        while_speaking()
            .or_else(|| {
                cues()
                    .filter(|t| !is_role(t))
                    .find_map(|t| t.relation_cue())
            })
            .or_else(|| cues().find_map(|t| t.relation_cue()))
            .map(Label::from)
    })
}

/// A verb outside the cue lexicon, in a gap of at most [`MAX_VERB_GAP_WORDS`] words,
/// around the dash aside and never inside it.
fn verb_label(shape: &Shape) -> Option<Label> {
    if shape.words > MAX_VERB_GAP_WORDS {
        return None;
    }
    let gap = shape.gap;
    match &shape.dash_aside {
        Some(r) => gap_verb(&gap[..r.start]).or_else(|| gap_verb(&gap[r.end..])),
        None => gap_verb(gap),
    }
}

/// A linking preposition in a gap of at most [`MAX_PREPOSITION_GAP_WORDS`] words,
/// labelled by the cue before the left name when there is one ("the arrest of X by Y"),
/// else by the preposition.
fn preposition_label(shape: &Shape) -> Option<Label> {
    if shape.words > MAX_PREPOSITION_GAP_WORDS {
        return None;
    }
    let prep = shape
        .gap
        .iter()
        .find(|t| t.is_word() && t.is(WordClass::LINKING_PREPOSITION))?;
    let left_start = shape.left_start;
    let before = shape.tokens[left_start.saturating_sub(8)..left_start]
        .iter()
        .rev()
        .take_while(|t| t.kind != TokenKind::Punct)
        .filter(|t| !t.is_capitalised)
        .find_map(|t| t.relation_cue());
    Some(before.map_or_else(|| Label::new(&prep.lower), Label::from))
}
