//! Frames and openers (families 4 and 5): names that only date or set the sentence
//! ("under AMLO’s government", "In Washington, …"), fronted participles ("Led by X, the
//! task force …"), headlines and attributive countries.

use crate::extract::lexicon;
use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::graph::{Label, Rule};
use crate::kind::Kind;

use super::attach::is_title_like;
use super::view::View;
use super::words::{is_auxiliary, is_function_word, is_past_form, looks_like_verb};
use super::{push, Link, SentenceMention};

/// Words that open a time frame ("under AMLO’s government", "before Rubio’s visit").
pub(super) fn is_temporal_preposition(w: &str) -> bool {
    lexicon::is(w, WordClass::TEMPORAL_PREPOSITION)
}

/// Nouns that make a possessor a time frame: a term of office, a visit, an election.
/// Not an arrest, a capture or a death: "the Sinaloa Cartel carried out a show of force
/// after Ovidio’s arrest" answers the arrest, and annotators relate the two.
pub(super) fn is_frame_noun(w: &str) -> bool {
    lexicon::is(w, WordClass::FRAME_NOUN)
}

/// "under AMLO’s government, like the arrest of … Cienfuegos by DEA agents", "during
/// President Felipe Calderón’s term", "Just days before Rubio’s visit, the Trump
/// administration …": a name that only dates the sentence is no party to what the
/// sentence says. Returns the index of the frame noun.
pub(super) fn time_frame(tokens: &[Token], m: &SentenceMention) -> Option<usize> {
    let possessive = tokens.get(m.tokens.end)?;
    if possessive.kind != TokenKind::Possessive {
        return None;
    }
    // The frame noun, after at most one modifier ("first", "second-term").
    let noun = (m.tokens.end + 1..tokens.len().min(m.tokens.end + 3))
        .take_while(|&k| tokens[k].is_word() && !tokens[k].is_capitalised)
        .find(|&k| is_frame_noun(&tokens[k].lower))?;
    // The preposition, before the name and at most three title words ("during President
    // Felipe Calderón’s term", "under former President …").
    let opens = tokens[..m.tokens.start]
        .iter()
        .rev()
        .take(4)
        .find(|t| {
            !(t.is_word()
                && !is_temporal_preposition(&t.lower)
                && (t.is_capitalised
                    || matches!(t.lower.as_str(), "former" | "then")
                    || t.lower.starts_with("then-")))
        })
        .is_some_and(|t| t.is_word() && is_temporal_preposition(&t.lower));
    opens.then_some(noun)
}

/// "before Rubio’s visit to Mexico": the name that is the object of a frame noun, which
/// the frame's name stays related to.
pub(super) fn frame_object(
    tokens: &[Token],
    mentions: &[SentenceMention],
    noun: usize,
) -> Option<usize> {
    let prep = tokens.get(noun + 1)?;
    if !(prep.is_word() && prep.is(WordClass::FRAME_OBJECT_PREPOSITION)) {
        return None;
    }
    name_at(tokens, mentions, noun + 2)
}

/// The mention that starts at token `at`, past an optional "the".
pub(super) fn name_at(
    tokens: &[Token],
    mentions: &[SentenceMention],
    mut at: usize,
) -> Option<usize> {
    if tokens
        .get(at)
        .is_some_and(|t| t.is_word() && t.lower.as_str() == "the")
    {
        at += 1;
    }
    // Past title words: "Colonel Ana Ruiz", "Brig. Gen. Maurizio Calabrese".
    while tokens.get(at).is_some_and(|t| {
        t.is_word() && t.is_capitalised && is_title_like(t)
            || t.kind == TokenKind::Punct && at > 0 && is_title_like(&tokens[at - 1])
    }) && !mentions.iter().any(|m| m.tokens.start == at)
    {
        at += 1;
    }
    mentions.iter().position(|m| m.tokens.start == at)
}

/// "Speaking at the World Economic Forum in Davos, President Donald Trump made …": a
/// participle phrase that opens the sentence describes the subject that follows its
/// comma, so the participle's object is related to that subject.
pub(super) fn fronted_participle(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    links: &mut Vec<Link>,
) {
    // The participle: the first word, or the first after a dateline's dash.
    let Some(k) = tokens.iter().take(6).position(|t| t.is_word()) else {
        return;
    };
    let k = match tokens
        .iter()
        .take(8)
        .position(|t| t.kind == TokenKind::Punct && matches!(&text[t.span.clone()], "—" | "–"))
    {
        Some(dash) if tokens.get(dash + 1).is_some_and(Token::is_word) => dash + 1,
        _ => k,
    };
    let participle = &tokens[k];
    let Some(prep) = tokens.get(k + 1) else {
        return;
    };
    // Words in -ing that work as prepositions cite a source or date the sentence.
    let is_preposition = participle.is(WordClass::PREPOSITION_PARTICIPLE);
    let present = participle.lower.ends_with("ing")
        && participle.lower.len() > 5
        && !is_preposition
        && prep.is_word()
        && prep.is(WordClass::PARTICIPLE_PREPOSITION);
    // "Led by Brig. Gen. Maurizio Calabrese, the task force …", "Founded by X, the group".
    let passive = participle.is_word()
        && is_past_form(&participle.lower)
        && prep.is_word()
        && prep.lower.as_str() == "by";
    if !(present || passive) {
        return;
    }
    let Some(object) = name_at(tokens, mentions, k + 2) else {
        return;
    };
    // The subject: the first name after the phrase's comma, past title words only.
    let Some(comma) = (mentions[object].tokens.end
        ..tokens.len().min(mentions[object].tokens.end + 6))
        .find(|&c| tokens[c].is_punct(text, ","))
    else {
        return;
    };
    let Some(subject) = mentions.iter().position(|m| m.tokens.start > comma) else {
        return;
    };
    let between = &tokens[comma + 1..mentions[subject].tokens.start];
    // "President", "Foreign Secretary": capitalised title words, or nothing; "the" before
    // a body ("…, the task force").
    let is_subject = between.len() <= 3
        && between.iter().all(|t| t.is_word() && t.is_capitalised)
        && (between.is_empty() || between.iter().any(|t| t.is(WordClass::TITLE)))
        || matches!(between, [the] if the.lower.as_str() == "the")
            && mentions[subject].kind != Kind::Person;
    if is_subject && mentions[subject].kind != Kind::Country {
        let label = match participle.relation_cue() {
            Some(cue) if passive => Label::from(cue),
            _ => Label::new(&format!("{} {}", participle.lower, prep.lower)),
        };
        push(
            links,
            mentions,
            object,
            subject,
            label,
            Rule::FrontedParticiple,
        );
    }
}

/// A title-case line ("Sheinbaum And Rubio Launch New US Mexico Security Plan"): at
/// least three words of four letters or more, all capitalised.
pub(super) fn is_title_case(tokens: &[Token]) -> bool {
    let mut long = tokens.iter().filter(|t| t.is_word() && t.lower.len() >= 4);
    let mut count = 0;
    long.all(|t| {
        count += 1;
        t.is_capitalised
    }) && count >= 3
}

/// In a title-case line, a country right before capitalised words that are not a name
/// ("… New US Mexico Security Plan") modifies them, as "U.S.-Mexico security plan"
/// would in a sentence: it is not an actor of the line.
pub(super) fn is_headline_modifier(
    tokens: &[Token],
    mentions: &[SentenceMention],
    i: usize,
) -> bool {
    if mentions[i].kind != Kind::Country {
        return false;
    }
    let mut k = i;
    // Through a compound of countries ("US Mexico").
    while mentions
        .get(k + 1)
        .is_some_and(|m| m.kind == Kind::Country && m.tokens.start == mentions[k].tokens.end)
    {
        k += 1;
    }
    let at = mentions[k].tokens.end;
    let next_is_name = mentions.get(k + 1).is_some_and(|m| m.tokens.start == at);
    tokens.get(at).is_some_and(|t| {
        t.is_word()
            && t.is_capitalised
            && !next_is_name
            && t.relation_cue().is_none()
            && !is_auxiliary(t)
            && !t.is(WordClass::LINKING_PREPOSITION)
    })
}

/// "barred U.S. banks from …", "barring U.S. banks", "revoked the US visas of …": a
/// country's abbreviation in an object's place before a common noun that names neither
/// people acting for it ("U.S. officials") nor an act of its own ("U.S. involvement",
/// "meeting U.S. demands") only describes that noun; it is no party to the sentence.
pub(super) fn is_attributive_country(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    i: usize,
) -> bool {
    // Only an abbreviation ("U.S.", "US") is used this way often enough to tell; "in
    // Mexico continue to argue" has a verb after the name, not a noun.
    let m = &mentions[i];
    if m.kind != Kind::Country || m.tokens.len() != 1 || !tokens[m.tokens.start].is_acronym(text) {
        return false;
    }
    let at = mentions[i].tokens.end;
    if mentions.get(i + 1).is_some_and(|m| m.tokens.start == at) {
        return false;
    }
    // In an object's place: after an article, a preposition or a past verb ("that
    // Canada accounts for …", "as U.S. tightens …" are subjects).
    let before = mentions[i].tokens.start.checked_sub(1).map(|k| &tokens[k]);
    let is_object = before.is_some_and(|b| {
        let cue_gerund = b.lower.ends_with("ing") && b.relation_cue().is_some();
        b.is_word()
            && !b.is_capitalised
            && (b.is(WordClass::OBJECT_MARKER) || looks_like_verb(b) || cue_gerund)
    });
    is_object
        && tokens.get(at).is_some_and(|t| {
            let w = t.lower.as_str();
            t.is_word()
                && !t.is_capitalised
                && !is_function_word(w)
                && !t.is(WordClass::NOT_NOUN)
                && !w.ends_with("ly")
                && !is_auxiliary(t)
                && t.relation_cue().is_none()
                && !is_past_form(w)
                && !t.is(WordClass::LINKING_PREPOSITION)
                && !t.is(WordClass::ROLE_NOUN)
                && !t.is(WordClass::TITLE)
                && !t.is(WordClass::ACTING_NOUN)
        })
        // "U.S. involvement", "a U.S. troop deployment": the country is the agent of the
        // act the noun names.
        && !tokens[at..]
            .iter()
            .take(2)
            .take_while(|t| t.is_word() && !t.is_capitalised)
            .any(is_act_noun)
}

/// A noun naming an act or a stance ("involvement", "deployment", "willingness",
/// "pressure", "demand"), whose agent a country before it is.
pub(super) fn is_act_noun(t: &Token) -> bool {
    let w = t.lower.as_str();
    let by_ending = lexicon::act_noun_endings()
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s));
    (by_ending && !t.is(WordClass::THING_NOUN)) || t.is_or_plural_of(WordClass::ACT_NOUN)
}

/// "In Washington, the DEA administrator …", "In Mexico City, …": a country that opens
/// the sentence after "in", "at" or "from" and before a comma only says where; it is no
/// party to the sentence (unless a title follows the comma).
pub(super) fn is_opening_setting(text: &str, tokens: &[Token], m: &SentenceMention) -> bool {
    if m.kind != Kind::Country || m.tokens.start != 1 {
        return false;
    }
    let opens = tokens[0].is_word() && matches!(tokens[0].lower.as_str(), "in" | "at" | "from");
    // Through a capitalised word that completes a place ("Mexico City").
    let rest = &tokens[m.tokens.end..];
    let (comma, after) = match rest {
        [city, comma, after @ ..] if city.is_word() && city.is_capitalised => (comma, after),
        [comma, after @ ..] => (comma, after),
        [] => return false,
    };
    // "In Mexico, President López Obrador said …": a title right after says whose
    // office it is, so the place is the office's country, not only a setting.
    let titled = after
        .first()
        .is_some_and(|t| t.is_word() && t.is_capitalised && t.is(WordClass::TITLE));
    opens && comma.is_punct(text, ",") && !titled
}

/// Most tokens a sentence-opening adverbial phrase may hold, its comma included.
pub(super) const MAX_OPENING_PHRASE_TOKENS: usize = 16;

/// The comma that closes a sentence-opening adverbial phrase ("Following the raid in
/// Culiacán, …", "Amid the talks with Canada, …"), if the sentence opens with one.
pub(super) fn opening_adverbial(text: &str, tokens: &[Token]) -> Option<usize> {
    let first = tokens.first()?;
    // "In a letter to Secretary of State Marco Rubio, …", "In an interview with …": "in"
    // and a common noun after its article (not "In the United States, …").
    let in_a_noun = || {
        first.lower.as_str() == "in"
            && tokens
                .get(1)
                .is_some_and(|a| a.is_article() || a.is(WordClass::POSSESSIVE_DETERMINER))
            && tokens
                .get(2)
                .is_some_and(|n| n.is_word() && !n.is_capitalised)
    };
    // "According to an indictment unsealed in X, …": a source, whatever verb forms
    // describe it.
    let according = first.lower.as_str() == "according"
        && tokens.get(1).is_some_and(|t| t.lower.as_str() == "to");
    let opens =
        first.is_word() && (first.is(WordClass::SCENE_PREPOSITION) || in_a_noun() || according);
    if !opens {
        return None;
    }
    // A short phrase with no verb of its own.
    let comma = tokens
        .iter()
        .take(MAX_OPENING_PHRASE_TOKENS)
        .position(|t| t.is_punct(text, ","))?;
    // "to" before a name or an article is a preposition ("a letter to Marco Rubio").
    let has_verb = (1..comma).any(|k| {
        let t = &tokens[k];
        let to_a_noun = t.lower.as_str() == "to"
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_capitalised || n.is_article());
        t.is_word() && !to_a_noun && (is_auxiliary(t) || looks_like_verb(t))
    });
    (according || !has_verb).then_some(comma)
}

/// A name that dates the sentence and the object of its frame noun ("during President
/// Fox’s term"), labelled by the noun ([`View::frames`]).
pub(super) fn time_frames(v: &View, _: &[&[usize]], links: &mut Vec<Link>) {
    for &(i, j, noun) in &v.frames {
        let label = v.tokens[noun].lower.as_str().into();
        push(links, v.mentions, i, j, label, Rule::TimeFrame);
    }
}
