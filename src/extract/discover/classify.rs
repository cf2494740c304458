//! Classifying a capitalised run: an ordered table of classifiers (a titled person, an
//! organisation by its head noun, a described name, a defined acronym, an untitled
//! person), the first that settles the run wins.

use std::ops::Range;

use crate::extract::lexicon::WordClass;
use crate::extract::tokens::Token;
use crate::extract::Flow;
use crate::kind::Kind;

use super::cues::acronym_after;
use super::descriptors::descriptor_after;
use super::person::push_person;
use super::runs::is_hyphen_adjective;
use super::{Candidate, Found};

/// A capitalised run, trimmed, as the classifiers read it.
pub(super) struct Run<'s> {
    pub(super) text: &'s str,
    pub(super) tokens: &'s [Token],
    /// Which tokens a known name covers (its mention's index).
    pub(super) covered: &'s [Option<usize>],
    /// The run's first token after trimming, and its end.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Its word tokens.
    pub(super) words: Vec<&'s Token>,
    /// The kind a descriptor before the run gives it ("the consultancy Agon").
    pub(super) hint: Option<Kind>,
    /// An acronym defined in parentheses right after it.
    pub(super) acronym: Option<String>,
}

impl Run<'_> {
    /// The run as a name of `kind`, with the acronym defined after it as an alias.
    pub(super) fn candidate(&self, kind: Kind) -> Candidate {
        let span = self.tokens[self.start].span.start..self.tokens[self.end - 1].span.end;
        Candidate {
            name: self.text[span].to_string(),
            kind,
            aliases: self.acronym.clone().into_iter().collect(),
        }
    }
}

ordered_rules! {
    /// The classifiers, in the order they are asked; the first that settles a run (as
    /// a name of some kind, or as no name) ends it.
    fn ask_classifiers(run: &Run, found: &mut Found) = [
        titled_person,
        organisation_by_head,
        described,
        defined_acronym,
        untitled_person,
    ];
    names CLASSIFIERS;
}

/// Classifies the capitalised run `run` (with the kind a descriptor before it gives, if
/// any) and records what it names in `found`. Ordinary capitalised words at its front
/// and a compound adjective ("Guadalajara-based") are trimmed first.
pub(super) fn classify(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    run: Range<usize>,
    hint: Option<Kind>,
    found: &mut Found,
) {
    let mut start = run.start;
    // Strip ordinary words at the front: function words anywhere ("The", "In"), other
    // common words ("Security", "January") only where a sentence starts.
    while start < run.end
        && tokens[start].is(WordClass::COMMON_CAPITALISED)
        && (start == 0
            || tokens[start].lower.len() <= 5
                && tokens[start].is(WordClass::FUNCTION_WORD_DISCOVER))
    {
        start += 1;
    }
    // "the Guadalajara-based Institute for …", "the Mexico City-based Centro …": a
    // compound adjective ("-based", "-led") describes the name that follows it.
    if let Some(k) = (start..run.end)
        .rev()
        .find(|&k| is_hyphen_adjective(text, &tokens[k]))
    {
        start = k + 1;
    }
    if start >= run.end {
        return;
    }
    let words: Vec<&Token> = tokens[start..run.end]
        .iter()
        .filter(|t| t.is_word())
        .collect();
    // A run of initials and dots alone ("cartel A. Harfuch" cut at the dot) names nobody.
    if words.is_empty() {
        return;
    }
    let acronym = acronym_after(text, tokens, covered, &tokens[start..run.end], run.end);
    let run = Run {
        text,
        tokens,
        covered,
        start,
        end: run.end,
        words,
        hint,
        acronym,
    };
    let _ = ask_classifiers(&run, found);
}

/// A title inside the run (or a plural one before a list: "Assistant U.S. Attorneys
/// Maria Chen and David Ruiz"): the name is what follows it. "Defense Minister" with
/// nothing after is a title, not an entity (unless it is an organisation's head).
pub(super) fn titled_person(run: &Run, found: &mut Found) -> Flow {
    let (tokens, start, end) = (run.tokens, run.start, run.end);
    let Some(last_title) = (start..end)
        .rev()
        .find(|&k| tokens[k].is_word() && tokens[k].is_or_plural_of(WordClass::TITLE))
    else {
        return Flow::Next;
    };
    if let Some(name_range) = person_after_title(tokens, last_title + 1, end) {
        push_person(run.text, tokens, name_range, found);
        return Flow::Done;
    }
    if org_head(&run.words).is_none() {
        return Flow::Done;
    }
    Flow::Next
}

/// An organisation cue word ("IPADE Business School", "Joint Interagency Task Force
/// South"): a body of the kind the cue says. A cue alone needs its acronym.
pub(super) fn organisation_by_head(run: &Run, found: &mut Found) -> Flow {
    let Some(kind) = org_head(&run.words) else {
        return Flow::Next;
    };
    let is_single_cue = run.words.len() == 1;
    if is_single_cue && run.acronym.is_none() {
        return Flow::Done;
    }
    found.candidates.push(run.candidate(kind));
    Flow::Done
}

/// A descriptor before or after the run says what it is; but an organisation's name does
/// not open with a given name ("with the newspaper, Juan Pérez said"): that run is read
/// as any other.
pub(super) fn described(run: &Run, found: &mut Found) -> Flow {
    let (text, tokens) = (run.text, run.tokens);
    let described = run
        .hint
        .or_else(|| descriptor_after(text, tokens, run.end))
        .filter(|&k| k == Kind::Person || !run.words[0].is(WordClass::GIVEN_NAME));
    let Some(kind) = described else {
        return Flow::Next;
    };
    if run
        .words
        .iter()
        .all(|w| w.is(WordClass::COMMON_CAPITALISED))
    {
        return Flow::Done;
    }
    if kind == Kind::Person {
        push_person(text, tokens, run.start..run.end, found);
    } else {
        found.candidates.push(run.candidate(kind));
    }
    Flow::Done
}

/// "Centro de Investigación y Docencia Económicas (CIDE)": two words or more with an
/// acronym defined after them name an organisation.
pub(super) fn defined_acronym(run: &Run, found: &mut Found) -> Flow {
    if run.acronym.is_none() {
        return Flow::Next;
    }
    if run.words.len() >= 2 {
        found.candidates.push(run.candidate(Kind::Organization));
    }
    Flow::Done
}

/// A person without a title needs two to four words and some evidence: a title or role
/// before ("Sen. Marsha Blackburn"), a given name, or, unless the run is a place, a
/// speech verb after, a role in apposition, or "of the" and a known body after.
pub(super) fn untitled_person(run: &Run, found: &mut Found) -> Flow {
    let (text, tokens, words, start) = (run.text, run.tokens, &run.words, run.start);
    if !(2..=5).contains(&words.len()) || words.iter().any(|w| w.is_acronym(text)) {
        return Flow::Done;
    }
    let after = tokens.get(run.end);
    let before = start.checked_sub(1).map(|k| &tokens[k]);
    let is_title =
        |b: &Token| b.is_word() && (b.is(WordClass::TITLE) || b.is(WordClass::ROLE_NOUN));
    // "Sen. Marsha Blackburn": an abbreviated title and its period.
    let abbreviated_title = before.is_some_and(|b| b.is_punct(text, "."))
        && start.checked_sub(2).is_some_and(|k| {
            is_title(&tokens[k]) && tokens[k].span.end == tokens[k + 1].span.start
        });
    let titled = before.is_some_and(is_title) || abbreviated_title;
    let given = words[0].is(WordClass::GIVEN_NAME);
    let speaks =
        words.len() <= 3 && after.is_some_and(|a| a.is_word() && a.is(WordClass::PERSON_VERB));
    let apposition = has_role_apposition(text, tokens, run.end);
    let of_org = after.is_some_and(|a| a.lower.as_str() == "of")
        && tokens
            .get(run.end + 1)
            .is_some_and(|t| t.lower.as_str() == "the")
        && run.covered.get(run.end + 2).is_some_and(Option::is_some);
    // "in San Diego had …", "Across Capitol Hill, the chairman …": a place (unless a
    // given name opens it: "in Juan Pérez's office").
    let place = matches!(words[0].lower.as_str(), "san" | "santa")
        || before.is_some_and(|b| b.is_word() && b.is(WordClass::PLACE_PREPOSITION));
    if titled || given || !place && (speaks || apposition || of_org) {
        push_person(text, tokens, start..run.end, found);
    }
    Flow::Done
}

/// The organisation kind of a run, from its head cue word: before "of" when there is
/// one ("Office of National Drug Control Policy"), else the last cue word.
pub(super) fn org_head(words: &[&Token]) -> Option<Kind> {
    let of_at = words
        .iter()
        .position(|w| w.lower.as_str() == "of")
        .unwrap_or(words.len());
    words[..of_at]
        .iter()
        .rev()
        .find_map(|w| w.org_cue())
        .or_else(|| {
            if of_at < words.len() {
                None
            } else {
                words.iter().rev().find_map(|w| w.org_cue())
            }
        })
}

/// After a title, the person's name: from the first given name if there is one, else
/// the words after the title when no "of" intervenes, else the last two words.
pub(super) fn person_after_title(
    tokens: &[Token],
    from: usize,
    end: usize,
) -> Option<Range<usize>> {
    if from >= end {
        return None;
    }
    let words: Vec<usize> = (from..end).filter(|&k| tokens[k].is_word()).collect();
    if words.iter().any(|&k| tokens[k].org_cue().is_some()) {
        // "Secretary of Security and Civilian Protection" is a body, not a person.
        let given = words
            .iter()
            .position(|&k| tokens[k].is(WordClass::GIVEN_NAME))?;
        return Some(words[given]..end);
    }
    if let Some(g) = words
        .iter()
        .position(|&k| tokens[k].is(WordClass::GIVEN_NAME))
    {
        return Some(words[g]..end);
    }
    // "Secretary of National Defense" with no given name after it is a title alone.
    let has_of = words.iter().any(|&k| tokens[k].lower.as_str() == "of");
    (!has_of).then_some(from..end)
}

/// ", a former Fox News contributor" / ", the son of ..." after a name.
pub(super) fn has_role_apposition(text: &str, tokens: &[Token], after: usize) -> bool {
    if !tokens.get(after).is_some_and(|t| t.is_punct(text, ",")) {
        return false;
    }
    // Past an age: "Dwayne Pruett, 57, the owner of …".
    let is_age = |t: &Token| {
        t.is_word() && t.lower.len() <= 3 && t.lower.bytes().all(|b| b.is_ascii_digit())
    };
    let after = match tokens.get(after + 1..after + 3) {
        Some([age, comma]) if is_age(age) && comma.is_punct(text, ",") => after + 2,
        _ => after,
    };
    tokens[after + 1..]
        .iter()
        .take(7)
        .take_while(|t| !t.is_punct(text, ","))
        .any(|t| t.is_word() && t.is(WordClass::ROLE_NOUN))
}
