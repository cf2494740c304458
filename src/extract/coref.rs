//! Coreference stages of pass 2: he/she/his/her continuing a person, "Its" continuing a
//! body, and "the cartel" referring back to the body named just before.

use super::lexicon::{self, WordClass};
use std::ops::Range;

use crate::corpus::Document;
use crate::kind::Kind;

use super::entities::{one, NameHead, Traits};
use super::fold;
use super::fold::fold_str;
use super::matcher::{EntityIdx, RawMention};
use super::mentions::within;

/// Which pronouns a person takes, as far as their document shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gender {
    Male,
    Female,
}

/// The pronoun `w` is, in lowercase or capitalised as a sentence's first word. Kept as a
/// `match`, not a lexicon list: it runs on every word of the sentences that name one
/// person, and reading it from `data/lexicon/` cost 1.2 % of all instructions on the
/// generated corpus (cachegrind).
pub(super) fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" | "his" | "him" | "He" | "His" | "Him" => Some(Gender::Male),
        "she" | "her" | "She" | "Her" => Some(Gender::Female),
        _ => None,
    }
}

/// True if `m` (resolved) is a person's mention.
fn is_person(traits: &[Traits], m: &RawMention) -> bool {
    traits[m.candidates[0] as usize].kind == Kind::Person
}

/// "García Harfuch is a seasoned police officer … He is no stranger to …", "Trump …
/// Just last month, he told the press …": a he/she/his/her before anyone is named in a
/// sentence continues the story of the person the sentence before was about (the first
/// person it names, skipping possessors), within the same paragraph. A person's pronouns
/// are learnt from the sentences of the document that name no one else; a pronoun of the
/// other kind is left alone ("her administration" after a sentence about Trump). Inside a
/// sentence, a his/her that opens a coordinated clause (", but her government …") is the
/// first person the sentence names, when that person is known to take it and no one else
/// named before it is. Every other pronoun is left alone rather than guessed.
pub(super) fn pronouns<'a>(
    doc: &Document,
    mentions: &[RawMention<'a>],
    traits: &[Traits],
    identity: &'a [EntityIdx],
) -> Vec<RawMention<'a>> {
    let sentence_people =
        |s: &Range<usize>| within(mentions, s).iter().filter(|m| is_person(traits, m));
    let seen = pronouns_seen(doc, mentions, traits);
    // The given name first ("Sara Carter" is "she" even where a sentence about her names
    // Trump too), then what the document shows.
    let gender_of = |e: EntityIdx| {
        traits[e as usize].given_gender.or(match seen.get(&e) {
            Some(&(he, she)) if he > she => Some(Gender::Male),
            Some(&(he, she)) if she > he => Some(Gender::Female),
            _ => None,
        })
    };

    let mut out = Vec::new();
    let mut previous_person: Option<(EntityIdx, usize)> = None; // (entity, sentence end)
    for s in &doc.sentences {
        let same_paragraph = |end: usize| !doc.text[end.min(s.start)..s.start].contains('\n');
        let first_person = sentence_people(s).next().map_or(s.end, |m| m.start);
        let mut continues_story = false;
        if let Some((entity, _)) = previous_person.filter(|&(_, end)| same_paragraph(end)) {
            let opening = s.start..first_person.max(s.start);
            let found = story_pronouns(&doc.text, opening, gender_of(entity));
            continues_story = !found.is_empty();
            out.extend(found.into_iter().map(|(start, end)| RawMention {
                start,
                end,
                candidates: one(identity, entity),
            }));
        }
        let rest = first_person.min(s.end)..s.end;
        let people = within(mentions, s);
        for (at, w, referent) in
            clause_pronouns(&doc.text, s.start, rest, people, traits, gender_of)
        {
            out.push(RawMention {
                start: at,
                end: at + w.len(),
                candidates: one(identity, referent),
            });
        }
        // The subject: the first person named, skipping possessives ("AMLO’s
        // government …, García Harfuch collaborated" is about García Harfuch).
        let is_possessive = |m: &&RawMention<'a>| {
            let after = &doc.text[m.end..];
            after.starts_with("’s") || after.starts_with("'s")
        };
        let person = sentence_people(s)
            .find(|m| !is_possessive(m))
            .or(sentence_people(s).next())
            .map(|m| (m.candidates[0], s.end));
        previous_person = match person {
            Some(p) => Some(p),
            // A sentence told through pronouns, without a new name, keeps the subject.
            None if continues_story => previous_person.map(|(e, _)| (e, s.end)),
            None => None,
        };
    }
    out
}

/// The pronouns each person is seen with in the sentences of the document that name no
/// one else: (he, she) counts.
fn pronouns_seen(
    doc: &Document,
    mentions: &[RawMention],
    traits: &[Traits],
) -> rustc_hash::FxHashMap<EntityIdx, (u32, u32)> {
    let mut seen: rustc_hash::FxHashMap<EntityIdx, (u32, u32)> = Default::default();
    for s in &doc.sentences {
        let mut people = within(mentions, s)
            .iter()
            .filter(|m| is_person(traits, m))
            .map(|m| m.candidates[0]);
        let Some(only) = people.next() else { continue };
        if people.any(|e| e != only) {
            continue;
        }
        for (_, w) in words_in(&doc.text, s.clone()) {
            match pronoun_gender(w) {
                Some(Gender::Male) => seen.entry(only).or_default().0 += 1,
                Some(Gender::Female) => seen.entry(only).or_default().1 += 1,
                None => {}
            }
        }
    }
    seen
}

/// The he/she/his/her/him in `opening` (a sentence's words before the first person it
/// names) that continue the story of the previous sentence's person, whose pronoun is
/// `expected` if known: capitalised only as the sentence's first word, and inside the
/// sentence only when the document shows which pronoun that person takes.
fn story_pronouns(
    text: &str,
    opening: Range<usize>,
    expected: Option<Gender>,
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (k, (at, w)) in words_in(text, opening).enumerate() {
        // Only a word with a gender can be one (a test keeps the lists inside
        // `pronoun_gender`'s words); most words stop here, before any lookup.
        let Some(gender) = pronoun_gender(w) else {
            continue;
        };
        // The lists are lowercase: the first word is compared in title case ("He"),
        // the others as they are.
        let rest_is_lower = w.bytes().skip(1).all(|b| b.is_ascii_lowercase());
        let first = w.as_bytes()[0];
        let is_pronoun = if k == 0 {
            first.is_ascii_uppercase()
                && rest_is_lower
                && lexicon::is(&w.to_ascii_lowercase(), WordClass::OPENING_PRONOUN)
        } else {
            first.is_ascii_lowercase() && rest_is_lower && lexicon::is(w, WordClass::STORY_PRONOUN)
        };
        let agrees = match expected {
            Some(g) => gender == g,
            None => k == 0,
        };
        if is_pronoun && agrees {
            found.push((at, at + w.len()));
        }
    }
    found
}

/// "Sheinbaum may not have traveled to Mar-a-Lago, but her government has …": a pronoun
/// that opens a coordinated clause in `rest` (the sentence from its first person on; the
/// sentence starts at `sentence_start`) points back at the first clause's subject, the
/// first person of `mentions` (the sentence's) it names, when the document shows that person takes this
/// pronoun and no one else named before it does. Only sentences that hold a " his " or
/// " her " are read word by word. Each found as (offset, word, referent).
fn clause_pronouns<'t>(
    text: &'t str,
    sentence_start: usize,
    rest: Range<usize>,
    mentions: &[RawMention],
    traits: &[Traits],
    gender_of: impl Fn(EntityIdx) -> Option<Gender>,
) -> Vec<(usize, &'t str, EntityIdx)> {
    let mut found = Vec::new();
    let holds = |p: &[u8]| memchr::memmem::find(text[rest.clone()].as_bytes(), p).is_some();
    if !holds(b" her ") && !holds(b" his ") {
        return found;
    }
    for (at, w) in words_in(text, rest) {
        let Some(g) = pronoun_gender(w).filter(|_| w.starts_with(char::is_lowercase)) else {
            continue;
        };
        let head = text[sentence_start..at].trim_end();
        let opens_clause = [", but", ", and", ", while", ", yet", ", although", ";"]
            .iter()
            .any(|c| head.ends_with(c));
        if !opens_clause {
            continue;
        }
        let before = || {
            mentions
                .iter()
                .filter(|m| is_person(traits, m))
                .filter(|m| m.end <= at)
        };
        let Some(referent) = before().next().map(|m| m.candidates[0]) else {
            continue;
        };
        if gender_of(referent) != Some(g)
            || before()
                .any(|m| m.candidates[0] != referent && gender_of(m.candidates[0]) == Some(g))
        {
            continue;
        }
        found.push((at, w, referent));
    }
    found
}

/// "The Gun Violence Prevention Coalition, a … group, praised the move. Its director,
/// Mark Ellison, said …": a sentence that opens with "Its" continues the body that opened
/// the sentence before (in the same paragraph). Only a body named first ("X …" or "The
/// X …"), so "In Mexico, the cartel … Its leader" names no one.
pub(super) fn its_openings<'a>(
    doc: &Document,
    mentions: &[RawMention<'a>],
    traits: &[Traits],
    identity: &'a [EntityIdx],
) -> Vec<RawMention<'a>> {
    let mut out = Vec::new();
    for pair in doc.sentences.windows(2) {
        let (previous, s) = (&pair[0], &pair[1]);
        if !doc.text[s.clone()].starts_with("Its ")
            || doc.text[previous.end..s.start].contains('\n')
        {
            continue;
        }
        let Some(first) = within(mentions, previous).first() else {
            continue;
        };
        let lead = &doc.text[previous.start..first.start];
        let opens = lead.is_empty() || lead == "The " || lead == "the ";
        if opens && traits[first.candidates[0] as usize].kind != Kind::Person {
            out.push(RawMention {
                start: s.start,
                end: s.start + "Its".len(),
                candidates: one(identity, first.candidates[0]),
            });
        }
    }
    out
}

/// "… established the Joint Interagency Task Force–Counter Cartel (JIATF-CC). Led by Brig.
/// Gen. Maurizio Calabrese, the task force formalizes …": "the" and lowercase words
/// ending in the head noun of a body named in the sentence before (same paragraph) or
/// earlier in the same sentence refer to that body, when exactly one such body fits.
/// The words before the head must come from the body's name ("the task force", "the
/// cartel"; not "the new force"). `mentions` are sorted by start.
pub(super) fn definite_references<'a>(
    doc: &Document,
    mentions: &[RawMention<'a>],
    heads: &[Vec<NameHead>],
    identity: &'a [EntityIdx],
) -> Vec<RawMention<'a>> {
    let text = &doc.text;
    let mut out = Vec::new();
    let mut previous: Option<&Range<usize>> = None;
    for s in &doc.sentences {
        let from = previous
            .filter(|p| !text[p.end.min(s.start)..s.start].contains('\n'))
            .map_or(s.start, |p| p.start);
        previous = Some(s);
        let near = within(mentions, &(from..s.end));
        // Bodies with a head noun named before or in this sentence, once each.
        let mut bodies: arrayvec::ArrayVec<(EntityIdx, usize, &NameHead), 16> = Default::default();
        'names: for m in near {
            let e = m.candidates[0];
            if m.candidates.len() > 1 || bodies.iter().any(|b| b.0 == e) {
                continue;
            }
            for h in &heads[e as usize] {
                if bodies.try_push((e, m.end, h)).is_err() {
                    break 'names;
                }
            }
        }
        if bodies.is_empty() {
            continue;
        }
        let sentence = &text[s.clone()];
        let mut seen_heads: arrayvec::ArrayVec<&str, 16> = Default::default();
        for &(_, _, h) in &bodies {
            if seen_heads.contains(&h.head.as_str()) {
                continue;
            }
            seen_heads.push(&h.head);
            // "the guard", or "the Guard" as a short form of the name.
            let found = sentence
                .match_indices(h.head.as_str())
                .chain(sentence.match_indices(h.capitalised.as_str()));
            for (k, _) in found {
                let at = s.start + k;
                let end = at + h.head.len();
                // Inside the sentence: its first word has no "the" before it.
                let bounded = k > 0
                    && text[..at].ends_with(' ')
                    && !text[end..].starts_with(|c: char| c.is_alphanumeric());
                if !bounded {
                    continue;
                }
                // Back over at most one lowercase word to "the".
                let head_start = at - 1;
                let Some((start, modifier)) = definite_start(text, s.start, head_start) else {
                    continue;
                };
                // A name already covers it (one of the last few to start before its
                // end: a name holds at most a nested country), or "of" follows ("the
                // cartel of").
                let before_end = &mentions[..mentions.partition_point(|m| m.start < end)];
                if before_end.iter().rev().take(3).any(|m| start < m.end)
                    || text[end..].starts_with(" of ")
                {
                    continue;
                }
                let modifier_folded = modifier.map(fold_str);
                let fits = |b: &&(EntityIdx, usize, &NameHead)| {
                    b.1 <= start
                        && b.2.head == h.head
                        && modifier_folded
                            .as_ref()
                            .is_none_or(|w| b.2.before.contains(w))
                };
                let mut fitting = bodies.iter().filter(fits).map(|b| b.0);
                let first = fitting.next();
                if let (Some(e), true) = (first, fitting.all(|other| Some(other) == first)) {
                    out.push(RawMention {
                        start: modifier.map_or(at, |_| start_of_modifier(text, head_start)),
                        end,
                        candidates: one(identity, e),
                    });
                }
            }
        }
    }
    out
}

/// Before the head noun at `head_start` (the space before it): "the" directly, or one
/// lowercase word and then "the". Returns where "the" starts and the word, if any.
pub(super) fn definite_start(
    text: &str,
    floor: usize,
    head_start: usize,
) -> Option<(usize, Option<&str>)> {
    let is_the = |w: &str| w == "the" || w == "The";
    let before = &text[floor..head_start];
    let (rest, last) = before.rsplit_once(' ').unwrap_or(("", before));
    if is_the(last) {
        return Some((head_start - last.len(), None));
    }
    let lowercase = !last.is_empty() && last.chars().all(|c| c.is_alphabetic() && c.is_lowercase());
    let the = rest.rsplit(' ').next()?;
    (lowercase && is_the(the)).then(|| (head_start - last.len() - 1 - the.len(), Some(last)))
}

/// Where the modifier word before the head noun at `head_start` begins.
pub(super) fn start_of_modifier(text: &str, head_start: usize) -> usize {
    text[..head_start].rfind(' ').map_or(0, |p| p + 1)
}

/// The words (runs of letters) of `text[range]`, with their byte offsets.
pub(super) fn words_in(text: &str, range: Range<usize>) -> impl Iterator<Item = (usize, &str)> {
    let (mut i, end) = (range.start, range.end);
    let bytes = text.as_bytes();
    // Moves `i` past the characters that are letters (`letters`) or are not.
    let skip = move |i: &mut usize, letters: bool| {
        while *i < end {
            let (is_letter, len) = match bytes[*i] {
                b @ 0..0x80 => (b.is_ascii_alphabetic(), 1),
                _ => {
                    let (c, len) = fold::char_at(text, *i);
                    (c.is_alphabetic(), len)
                }
            };
            if is_letter != letters {
                break;
            }
            *i += len;
        }
    };
    std::iter::from_fn(move || {
        skip(&mut i, false);
        let start = i;
        skip(&mut i, true);
        (start < i).then(|| (start, &text[start..i]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_pronouns_are_words_with_a_gender() {
        // `story_pronouns` reads only words `pronoun_gender` knows: a pronoun added to
        // the lists must be added there too.
        for list in [lexicon::OPENING_PRONOUNS, lexicon::STORY_PRONOUNS] {
            for w in list.words() {
                assert!(pronoun_gender(w).is_some(), "{}: {w}", list.file);
            }
        }
    }
}
