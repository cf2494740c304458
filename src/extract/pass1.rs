//! Pass 1, per document: catalog names and discovery. Each run of documents folds its
//! finds into one `Discoveries`, which rayon combines in document order.

use std::ops::Range;

use rayon::prelude::*;

use crate::corpus::{Corpus, Document};
use crate::kind::Kind;

use super::entities::{People, Spec};
use super::matcher::{EntityIdx, Matcher, RawMention};
use super::mentions::by_sentence;
use super::{discover, fold, lexicon, panic_message, tokens};

/// What pass 1 found in a run of consecutive documents.
#[derive(Debug, Default)]
pub(super) struct Discoveries {
    /// Names the catalog does not know, once each, with their folded key, in order of
    /// first appearance.
    pub(super) candidates: Vec<(String, discover::Candidate)>,
    /// Folded key → index in `candidates`.
    pub(super) seen: rustc_hash::FxHashMap<String, usize>,
    /// (entity, acronym) for catalog entities given an acronym in the text.
    pub(super) acronyms: Vec<(EntityIdx, String)>,
    /// Documents (by index) whose discovery failed, with the failure.
    pub(super) failed: Vec<(usize, String)>,
    /// (candidate, its alias count before) for every merge the current document made,
    /// so a document that fails can be taken back out.
    pub(super) undo: Vec<(usize, usize)>,
}

impl Discoveries {
    /// Gives candidate `i` the aliases of `c` it lacks.
    pub(super) fn merge(&mut self, i: usize, c: discover::Candidate) {
        let known = &mut self.candidates[i].1;
        for a in c.aliases {
            if !known.aliases.contains(&a) {
                known.aliases.push(a);
            }
        }
    }

    /// Takes back what the document being read added since `mark` (candidates and
    /// acronyms counted then): its new names, and the aliases it gave known ones.
    pub(super) fn roll_back(&mut self, mark: (usize, usize)) {
        for (i, len) in self.undo.drain(..).rev() {
            if let Some((_, c)) = self.candidates.get_mut(i) {
                c.aliases.truncate(len);
            }
        }
        for (key, _) in self.candidates.drain(mark.0..) {
            self.seen.remove(&key);
        }
        self.acronyms.truncate(mark.1);
    }

    /// Appends a candidate whose key is not seen yet.
    pub(super) fn push_new(&mut self, key: String, c: discover::Candidate) {
        self.seen.insert(key.clone(), self.candidates.len());
        self.candidates.push((key, c));
    }

    /// Appends what was found in the documents that follow. Associative, so rayon may
    /// combine runs in any grouping and the result keeps document order.
    pub(super) fn absorb(&mut self, later: Discoveries) {
        for (key, c) in later.candidates {
            match self.seen.get(key.as_str()) {
                Some(&i) => self.merge(i, c),
                None => self.push_new(key, c),
            }
        }
        self.acronyms.extend(later.acronyms);
        self.failed.extend(later.failed);
    }
}

/// Runs pass 1 over every document in parallel: catalog names (`matcher`, built from
/// `specs`) and discovery. Folded as documents finish, so only names new to each run
/// stay in memory. Each document runs behind a guard: a bug that panics on one document
/// leaves that document out (in [`Discoveries::failed`]) and the rest of the corpus
/// goes on.
pub(super) fn run(corpus: &Corpus, specs: &[Spec], matcher: &Matcher) -> Discoveries {
    let kinds: Vec<Kind> = specs.iter().map(|s| s.kind).collect();
    let people = People::of(specs);
    corpus
        .documents
        .par_iter()
        .enumerate()
        .fold(Discoveries::default, |mut acc, (i, d)| {
            let mark = (acc.candidates.len(), acc.acronyms.len());
            acc.undo.clear();
            let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                discover_in(d, matcher, &kinds, &people, &mut acc);
            }));
            if let Err(payload) = run {
                // Nothing the failed document found stays.
                acc.roll_back(mark);
                acc.failed.push((i, panic_message(payload.as_ref())));
            }
            acc
        })
        .reduce(Discoveries::default, |mut a, b| {
            a.absorb(b);
            a
        })
}

/// Adds what `doc` holds that the catalog does not know to `out` (the run of documents
/// before it and this one share one table: a name seen in the run is not copied again).
pub(super) fn discover_in(
    doc: &Document,
    matcher: &Matcher,
    kinds: &[Kind],
    people: &People,
    out: &mut Discoveries,
) {
    #[cfg(test)]
    super::tests::fail_if_asked(doc, "pass 1");
    let mentions = matcher.find(doc.body(), doc.body_start);
    let mut toks = Vec::new();
    let mut key = String::new();
    for (sentence, ms) in doc.sentences.iter().zip(by_sentence(doc, &mentions)) {
        // "Antonio Oseguera Cervantes, the brother of El Mencho": a known surname after
        // a given name that opens the sentence leaves no capital uncovered, yet names
        // someone new.
        if !has_uncovered_capital(&doc.text, sentence, ms)
            && !ms
                .iter()
                .any(|m| is_someone_elses_surname(&doc.text, m, people))
        {
            continue;
        }
        tokens::tokenize_into(&doc.text, sentence.clone(), &mut toks);
        let toks = &toks;
        let spans: Vec<Range<usize>> = ms
            .iter()
            .map(|m| {
                // "the Milenio Cartel": a name known as something else (a newspaper)
                // that "Cartel" follows is the start of a cartel's name, left to
                // discovery (an empty span covers nothing and keeps the indices).
                let starts_cartel = m
                    .candidates
                    .iter()
                    .all(|&e| kinds[e as usize] != Kind::Cartel)
                    && is_followed_by_cartel(&doc.text[m.end..sentence.end]);
                // "the Center for U.S.-Mexican Studies": a name that a hyphen glues to the
                // next word, after a connector inside a name, is part of that name.
                let inside_name = is_hyphen_compound_in_name(
                    &doc.text[sentence.start..m.start],
                    &doc.text[m.end..sentence.end],
                );
                let surname = is_someone_elses_surname(&doc.text, m, people);
                if starts_cartel || inside_name || surname {
                    m.start..m.start
                } else {
                    m.start..m.end
                }
            })
            .collect();
        let found = discover::discover(&doc.text, toks, &spans);
        for c in found.candidates {
            fold::fold_into(&c.name, &mut key);
            // A name seen in this run is known not to be the catalog's.
            match out.seen.get(key.as_str()) {
                Some(&i) => {
                    out.undo.push((i, out.candidates[i].1.aliases.len()));
                    out.merge(i, c);
                }
                None if !matcher.knows_folded(&key) => out.push_new(key.clone(), c),
                None => {}
            }
        }
        for a in found.acronyms {
            if let [entity] = ms[a.mention].candidates {
                out.acronyms.push((*entity, a.acronym));
            }
        }
    }
    #[cfg(test)]
    super::tests::fail_if_asked(doc, "the end of pass 1");
}

/// The text before a mention ends with a capitalised word and a connector ("Center
/// for "), and the text after it opens with a hyphen and a capital ("-Mexican Studies").
pub(super) fn is_hyphen_compound_in_name(before: &str, after: &str) -> bool {
    let glued = after
        .strip_prefix('-')
        .is_some_and(|a| a.starts_with(char::is_uppercase));
    let Some(head) = [" for ", " of ", " on "]
        .iter()
        .find_map(|c| before.strip_suffix(c))
    else {
        return false;
    };
    let word = head.rsplit(' ').next().unwrap_or("");
    glued && word.starts_with(char::is_uppercase)
}

/// "Roberto Salazar" is not the catalog's Ken Salazar, nor "Antonio Oseguera Cervantes"
/// its Nemesio Oseguera Cervantes: a person's name right after a capitalised given name
/// that the match did not take in is someone else's surname. A name of several words
/// ("Oseguera Cervantes") counts only if the given name is none of the person's own
/// (`Ismael Mayo Zambada` is still Ismael Zambada). Pass 1 leaves that name to
/// discovery; pass 2 drops the mention.
pub(super) fn is_someone_elses_surname(text: &str, m: &RawMention, people: &People) -> bool {
    // The word before first: most mentions have none, and a shared surname may have
    // hundreds of candidates to look through.
    let Some((given, _)) = capitalised_word_before(text, m.start) else {
        return false;
    };
    lexicon::is_given_name(&given)
        && m.candidates.iter().all(|&e| people.is_person(e))
        && (!text[m.start..m.end].contains(char::is_whitespace)
            || !m.candidates.iter().any(|&e| people.bears(e, &given)))
}

/// The capitalised word one space before `start`, folded on the stack (this runs for
/// most mentions of people), and whether a space or the text's start comes before that
/// word: "Antonio" before "Oseguera Cervantes"; none in "“El Mayo” Zambada".
pub(super) fn capitalised_word_before(text: &str, start: usize) -> Option<(tokens::Lower, bool)> {
    let before = text[..start].strip_suffix(' ')?;
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let mut folded = tokens::Lower::new();
    fold::fold_chars(word, |c| {
        let _ = folded.try_push(c);
    });
    let rest = &before[..before.len() - word.len()];
    Some((folded, rest.is_empty() || rest.ends_with(' ')))
}

/// `rest` opens with " Cartel" or " Cártel" as a whole word.
pub(super) fn is_followed_by_cartel(rest: &str) -> bool {
    [" Cartel", " Cártel"].iter().any(|c| {
        rest.strip_prefix(c)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}

/// Cheap pre-check for discovery: is there a capital letter after the first character
/// that no known name covers? Without one, the sentence holds nothing new to find.
pub(super) fn has_uncovered_capital(
    text: &str,
    sentence: &Range<usize>,
    ms: &[RawMention],
) -> bool {
    let bytes = text.as_bytes();
    let first_len = text[sentence.clone()]
        .chars()
        .next()
        .map_or(0, char::len_utf8);
    let mut k = 0;
    let from = sentence.start + first_len;
    for (at, &b) in (from..).zip(&bytes[from..sentence.end]) {
        // ASCII by byte; otherwise decode at each character's first byte.
        let is_upper = match b {
            b @ 0..0x80 => b.is_ascii_uppercase(),
            0x80..0xC0 => false,
            _ => fold::char_at(text, at).0.is_uppercase(),
        };
        if !is_upper {
            continue;
        }
        while k < ms.len() && ms[k].end <= at {
            k += 1;
        }
        let is_covered = k < ms.len() && ms[k].start <= at;
        if !is_covered {
            return true;
        }
    }
    false
}
