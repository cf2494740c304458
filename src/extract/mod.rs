//! From a loaded corpus and a catalog to an [`EvidenceGraph`].
//!
//! Pass 1 (parallel over documents): match catalog names, run discovery on every
//! sentence. Between passes: merge discovered names corpus-wide into new entities and
//! aliases. Pass 2 (parallel): match everything known, resolve ambiguous short names
//! from their document's context, relate names sentence by sentence.

pub mod discover;
pub mod fold;
pub mod lexicon;
pub mod matcher;
pub mod relate;
pub mod tokens;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

use rayon::prelude::*;

use crate::catalog::Catalog;
use crate::corpus::{Corpus, DocId, Document};
use crate::graph::{Entity, EntityId, EvidenceGraph, Label, Mention, Passage, Relation};
use crate::kind::Kind;
use fold::fold_str;
use matcher::{EntityIdx, Matcher, MatcherBuilder, RawMention};

/// An entity as extraction knows it, before the graph keeps only those mentioned.
#[derive(Debug, Clone)]
struct Spec {
    key: String,
    name: String,
    kind: Kind,
    aliases: Vec<String>,
    description: Option<String>,
    /// Ids of the entities that settle a shared alias in this entity's favour.
    context: Vec<String>,
    is_discovered: bool,
}

/// What pass 2 asks of an entity for every mention, packed so that the lookups stay in
/// cache.
#[derive(Debug, Clone, Copy)]
struct Traits {
    kind: Kind,
    /// A discovered person known by a full name: a lone surname counts only beside it
    /// (see [`drop_orphan_surnames`]).
    needs_full_name: bool,
    /// The pronoun a person's given name suggests ("Sara" → she), if it does.
    given_gender: Option<Gender>,
}

impl Traits {
    fn of(spec: &Spec) -> Self {
        let is_person = spec.kind == Kind::Person;
        let given_gender = is_person
            .then(|| spec.name.split(' ').next())
            .flatten()
            .and_then(|first| {
                let class = lexicon::word_info(&fold_str(first)).class;
                if class.contains(lexicon::WordClass::FEMALE_NAME) {
                    Some(Gender::Female)
                } else if class.contains(lexicon::WordClass::MALE_NAME) {
                    Some(Gender::Male)
                } else {
                    None
                }
            });
        Self {
            kind: spec.kind,
            needs_full_name: spec.is_discovered && is_person && spec.name.contains(' '),
            given_gender,
        }
    }
}

/// A short name that could mean several entities and that context did not settle.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Unresolved {
    /// Document id.
    pub doc: String,
    /// Byte offset in the file.
    pub start: usize,
    /// The surface form.
    pub text: String,
    /// Names of the entities it could mean (the first [`MAX_CANDIDATES_LISTED`]).
    pub candidates: Vec<String>,
    /// How many more it could mean.
    pub more_candidates: usize,
}

impl std::fmt::Display for Unresolved {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at byte {}: “{}” could be {}",
            self.doc,
            self.start,
            self.text,
            self.candidates.join(" / ")
        )?;
        if self.more_candidates > 0 {
            write!(f, " and {} more", self.more_candidates)?;
        }
        Ok(())
    }
}

/// At most this many of an ambiguous name's candidates are named in the report.
pub const MAX_CANDIDATES_LISTED: usize = 8;

/// At most this many ambiguous mentions are listed one by one in the report.
pub const MAX_UNRESOLVED_LISTED: usize = 1000;

/// What extraction noticed besides the graph.
#[derive(Debug, Clone, Default)]
pub struct ExtractReport {
    /// Ambiguous mentions that were left out rather than guessed (the first
    /// [`MAX_UNRESOLVED_LISTED`]; all are counted in `unresolved_count`).
    pub unresolved: Vec<Unresolved>,
    /// How many ambiguous mentions were left out in all.
    pub unresolved_count: usize,
    /// Number of entities found by discovery (mentioned or not).
    pub discovered: usize,
    /// Documents whose extraction failed unexpectedly (a bug in Nexo): they are left
    /// out of the graph, and the rest of the corpus is extracted as usual.
    pub failed: Vec<FailedDocument>,
}

/// A document left out because extracting it failed unexpectedly.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FailedDocument {
    /// Document id (its corpus-relative path).
    pub doc: String,
    /// Where the file is.
    pub path: std::path::PathBuf,
    /// What failed, for a bug report.
    pub message: String,
}

/// `s` in Unicode NFC (composed accents).
fn nfc(s: String) -> String {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization as _};
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s
    } else {
        s.nfc().collect()
    }
}

/// The message a panic carried, for a [`FailedDocument`].
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown failure".into())
}

/// The result of [`extract`].
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Entities, relations and their passages.
    pub graph: EvidenceGraph,
    /// Notes for the user.
    pub report: ExtractReport,
}

/// Runs the whole extraction.
///
/// # Complexity
/// Linear in the corpus size (two matcher passes plus per-sentence work bounded
/// by the number of names in a sentence), parallel over documents.
///
/// # Example
/// ```
/// use nexo::{catalog::Catalog, corpus::Corpus, extract::extract};
/// let corpus = Corpus::from_texts([("a.txt", "Trump met Sheinbaum in Mexico City.")]);
/// let graph = extract(&corpus, &Catalog::builtin().unwrap()).graph;
/// assert_eq!(graph.relation_count(), 1);
/// ```
pub fn extract(corpus: &Corpus, catalog: &Catalog) -> Extraction {
    let mut specs: Vec<Spec> = catalog
        .entries()
        .map(|e| Spec {
            key: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            aliases: e.aliases.clone(),
            description: e.description.clone(),
            context: e.context.clone(),
            is_discovered: false,
        })
        .collect();
    let ignored: Vec<String> = catalog.ignored_phrases().to_vec();
    let known = build_matcher(specs.iter().enumerate(), &ignored);
    let kinds: Vec<Kind> = specs.iter().map(|s| s.kind).collect();
    let people = People::of(&specs);

    // Pass 1: catalog names and discovery.
    // Folded as documents finish, so only names new to each run stay in memory.
    // Each document runs behind a guard: a bug that panics on one document leaves that
    // document out and the rest of the corpus goes on.
    let found = corpus
        .documents
        .par_iter()
        .enumerate()
        .fold(Discoveries::default, |mut acc, (i, d)| {
            let mark = (acc.candidates.len(), acc.acronyms.len());
            acc.undo.clear();
            let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                discover_in(d, &known, &kinds, &people, &mut acc);
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
        });
    let catalog_len = specs.len();
    let mut failed: BTreeMap<usize, String> = found.failed.iter().cloned().collect();
    merge_discoveries(&mut specs, &known, found);
    let discovered = specs.len() - catalog_len;

    // Pass 2: every name, known or discovered, then resolve and relate.
    let all = build_matcher(specs.iter().enumerate(), &ignored);
    // Every entity index once: a resolved mention borrows its single candidate here.
    let identity: Vec<EntityIdx> = (0..specs.len() as EntityIdx).collect();
    let by_key: HashMap<&str, EntityIdx> = specs
        .iter()
        .enumerate()
        .map(|(i, s)| (s.key.as_str(), i as EntityIdx))
        .collect();
    // Each entity's context as entity indices (ids the catalog does not hold are dropped).
    let contexts: Vec<Vec<EntityIdx>> = specs
        .iter()
        .map(|s| {
            s.context
                .iter()
                .filter_map(|k| by_key.get(k.as_str()).copied())
                .collect()
        })
        .collect();
    let traits: Vec<Traits> = specs.iter().map(Traits::of).collect();
    let people = People::of(&specs);
    let heads: Vec<Vec<NameHead>> = specs.iter().map(NameHead::all_of).collect();
    // Folded as documents finish: passages go straight into their relation, so the
    // per-document results never pile up.
    let analysed = corpus
        .documents
        .par_iter()
        .enumerate()
        .fold(Analysed::default, |mut acc, (i, d)| {
            let known = Known {
                matcher: &all,
                traits: &traits,
                people: &people,
                heads: &heads,
                contexts: &contexts,
                identity: &identity,
            };
            let id = DocId(i as u32);
            if failed.contains_key(&i) {
                acc.add(id, DocResult::default());
                return acc;
            }
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyse(id, d, &known)))
            {
                Ok(r) => acc.add(id, r),
                Err(payload) => {
                    acc.add(id, DocResult::default());
                    acc.failed.push((i, panic_message(payload.as_ref())));
                }
            }
            acc
        })
        .reduce(Analysed::default, |mut a, b| {
            a.absorb(b);
            a
        });
    failed.extend(analysed.failed.iter().cloned());
    let mut extraction = assemble(corpus, specs, analysed, discovered);
    extraction.report.failed = failed
        .into_iter()
        .map(|(i, message)| {
            let d = &corpus.documents[i];
            FailedDocument {
                doc: d.id.clone(),
                path: d.path.clone(),
                message,
            }
        })
        .collect();
    extraction
}

fn build_matcher<'a>(
    specs: impl Iterator<Item = (usize, &'a Spec)>,
    ignored: &[String],
) -> Matcher {
    let mut b = MatcherBuilder::default();
    for (i, s) in specs {
        let idx = i as EntityIdx;
        b.add(&s.name, idx);
        for a in &s.aliases {
            b.add(a, idx);
        }
    }
    for p in ignored {
        b.ignore(p);
    }
    b.build()
}

/// Mentions (as indices into `mentions`) inside each sentence.
fn by_sentence<'m, 'a>(
    doc: &Document,
    mentions: &'m [RawMention<'a>],
) -> Vec<&'m [RawMention<'a>]> {
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut k = 0;
    for s in &doc.sentences {
        while k < mentions.len() && mentions[k].start < s.start {
            k += 1;
        }
        let from = k;
        while k < mentions.len() && mentions[k].end <= s.end {
            k += 1;
        }
        out.push(&mentions[from..k]);
    }
    out
}

/// The mentions (sorted by start) that lie inside `sentence`.
fn within<'m, 'a>(mentions: &'m [RawMention<'a>], sentence: &Range<usize>) -> &'m [RawMention<'a>] {
    let from = mentions.partition_point(|m| m.start < sentence.start);
    let len = mentions[from..]
        .iter()
        .take_while(|m| m.end <= sentence.end)
        .count();
    &mentions[from..from + len]
}

/// What pass 1 found in a run of consecutive documents.
#[derive(Debug, Default)]
struct Discoveries {
    /// Names the catalog does not know, once each, with their folded key, in order of
    /// first appearance.
    candidates: Vec<(String, discover::Candidate)>,
    /// Folded key → index in `candidates`.
    seen: rustc_hash::FxHashMap<String, usize>,
    /// (entity, acronym) for catalog entities given an acronym in the text.
    acronyms: Vec<(EntityIdx, String)>,
    /// Documents (by index) whose discovery failed, with the failure.
    failed: Vec<(usize, String)>,
    /// (candidate, its alias count before) for every merge the current document made,
    /// so a document that fails can be taken back out.
    undo: Vec<(usize, usize)>,
}

impl Discoveries {
    /// Gives candidate `i` the aliases of `c` it lacks.
    fn merge(&mut self, i: usize, c: discover::Candidate) {
        let known = &mut self.candidates[i].1;
        for a in c.aliases {
            if !known.aliases.contains(&a) {
                known.aliases.push(a);
            }
        }
    }

    /// Takes back what the document being read added since `mark` (candidates and
    /// acronyms counted then): its new names, and the aliases it gave known ones.
    fn roll_back(&mut self, mark: (usize, usize)) {
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
    fn push_new(&mut self, key: String, c: discover::Candidate) {
        self.seen.insert(key.clone(), self.candidates.len());
        self.candidates.push((key, c));
    }

    /// Appends what was found in the documents that follow. Associative, so rayon may
    /// combine runs in any grouping and the result keeps document order.
    fn absorb(&mut self, later: Discoveries) {
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

/// Adds what `doc` holds that the catalog does not know to `out` (the run of documents
/// before it and this one share one table: a name seen in the run is not copied again).
fn discover_in(
    doc: &Document,
    matcher: &Matcher,
    kinds: &[Kind],
    people: &People,
    out: &mut Discoveries,
) {
    #[cfg(test)]
    tests::fail_if_asked(doc, "pass 1");
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
    tests::fail_if_asked(doc, "the end of pass 1");
}

/// The text before a mention ends with a capitalised word and a connector ("Center
/// for "), and the text after it opens with a hyphen and a capital ("-Mexican Studies").
fn is_hyphen_compound_in_name(before: &str, after: &str) -> bool {
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
fn is_someone_elses_surname(text: &str, m: &RawMention, people: &People) -> bool {
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
fn capitalised_word_before(text: &str, start: usize) -> Option<(tokens::Lower, bool)> {
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

/// Which entities are people, and the folded words of each person's names, for
/// [`is_someone_elses_surname`].
struct People {
    /// Per entity: its folded name and aliases, space-separated, if it is a person.
    words: Vec<Option<String>>,
}

impl People {
    fn of(specs: &[Spec]) -> Self {
        let words = specs
            .iter()
            .map(|s| {
                (s.kind == Kind::Person).then(|| {
                    let mut all = fold_str(&s.name);
                    for a in &s.aliases {
                        all.push(' ');
                        all.push_str(&fold_str(a));
                    }
                    all
                })
            })
            .collect();
        Self { words }
    }

    fn is_person(&self, e: EntityIdx) -> bool {
        self.words[e as usize].is_some()
    }

    /// True if one of the person's names holds the folded word `w`.
    fn bears(&self, e: EntityIdx, w: &str) -> bool {
        self.words[e as usize]
            .as_deref()
            .is_some_and(|all| all.split(' ').any(|x| x == w))
    }
}

/// `rest` opens with " Cartel" or " Cártel" as a whole word.
fn is_followed_by_cartel(rest: &str) -> bool {
    [" Cartel", " Cártel"].iter().any(|c| {
        rest.strip_prefix(c)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}

/// Cheap pre-check for discovery: is there a capital letter after the first character
/// that no known name covers? Without one, the sentence holds nothing new to find.
fn has_uncovered_capital(text: &str, sentence: &Range<usize>, ms: &[RawMention]) -> bool {
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

fn slug(name: &str) -> String {
    let folded = fold_str(name);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Turns per-document candidates into entities and aliases (new entities, and
/// acronyms given to entities that already existed).
fn merge_discoveries(specs: &mut Vec<Spec>, matcher: &Matcher, found: Discoveries) {
    let mut new: BTreeMap<String, Spec> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let taken: BTreeSet<String> = specs.iter().map(|s| s.key.clone()).collect();
    for (entity, acronym) in found.acronyms {
        if !matcher.knows(&acronym) {
            let spec = &mut specs[entity as usize];
            if !spec.aliases.contains(&acronym) {
                spec.aliases.push(acronym);
            }
        }
    }
    // Candidates are unique by key already.
    for (key, c) in found.candidates {
        // A name read from NFD text (macOS) is shown as the same name typed in NFC.
        let name = nfc(c.name);
        let mut aliases: Vec<String> = c.aliases.into_iter().map(nfc).collect();
        if c.kind == Kind::Person {
            aliases.extend(discover::person_aliases(&name));
        }
        aliases.retain(|a| fold_str(a) != key);
        order.push(key.clone());
        new.insert(
            key,
            Spec {
                key: String::new(),
                name,
                kind: c.kind,
                aliases,
                description: None,
                context: Vec::new(),
                is_discovered: true,
            },
        );
    }
    // A discovered name that is only a short form of a longer discovered name
    // ("Gertz Manero" vs "Alejandro Gertz Manero") is merged into it.
    let mut by_suffix: HashMap<String, String> = HashMap::new();
    for long in new.keys() {
        let mut rest = long.as_str();
        while let Some(space) = rest.find(' ') {
            rest = &rest[space + 1..];
            by_suffix
                .entry(rest.to_string())
                .or_insert_with(|| long.clone());
        }
    }
    let keys: Vec<String> = new.keys().cloned().collect();
    for short in &keys {
        let Some(long) = by_suffix.get(short) else {
            continue;
        };
        if new.get(long).map(|l| l.kind) != new.get(short).map(|s| s.kind) {
            continue;
        }
        if let Some(spec) = new.remove(short) {
            if let Some(target) = new.get_mut(long) {
                if !target.aliases.contains(&spec.name) {
                    target.aliases.push(spec.name);
                }
            }
        }
    }
    let mut used = taken;
    for key in order {
        let Some(mut spec) = new.remove(&key) else {
            continue;
        };
        let base = slug(&spec.name);
        let mut id = base.clone();
        let mut n = 2;
        while used.contains(&id) || id.is_empty() {
            id = format!("{base}-{n}");
            n += 1;
        }
        used.insert(id.clone());
        spec.key = id;
        specs.push(spec);
    }
}

#[derive(Debug, Default)]
struct DocResult<'a> {
    /// Mentions whose `entity` still holds the extraction's entity index; `assemble`
    /// maps it to the graph's id in place.
    mentions: Vec<Mention>,
    links: Vec<(EntityIdx, EntityIdx, Passage)>,
    /// Ambiguous mentions left out (named in the report at the end).
    unresolved: Vec<RawMention<'a>>,
}

/// What pass 2 produced for a run of consecutive documents.
#[derive(Debug, Default)]
struct Analysed<'a> {
    /// Each document's mentions, in document order (entity as an extraction index).
    mentions: Vec<Vec<Mention>>,
    /// Passages by pair of extraction indices (smaller first), in document order.
    relations: rustc_hash::FxHashMap<(EntityIdx, EntityIdx), Vec<Passage>>,
    /// The first [`MAX_UNRESOLVED_LISTED`] ambiguous mentions left out.
    unresolved: Vec<(DocId, RawMention<'a>)>,
    /// How many were left out in all.
    unresolved_count: usize,
    /// Documents (by index) whose analysis failed, with the failure.
    failed: Vec<(usize, String)>,
}

impl<'a> Analysed<'a> {
    /// Adds the next document's result.
    fn add(&mut self, doc: DocId, r: DocResult<'a>) {
        self.mentions.push(r.mentions);
        for (a, b, mut p) in r.links {
            let key = if a <= b {
                (a, b)
            } else {
                std::mem::swap(&mut p.source_span, &mut p.target_span);
                (b, a)
            };
            // Most pairs have one passage: no room for four until a second comes.
            self.relations
                .entry(key)
                .or_insert_with(|| Vec::with_capacity(1))
                .push(p);
        }
        self.unresolved_count += r.unresolved.len();
        let room = MAX_UNRESOLVED_LISTED.saturating_sub(self.unresolved.len());
        self.unresolved
            .extend(r.unresolved.into_iter().take(room).map(|m| (doc, m)));
    }

    /// Appends the result of the documents that follow. Associative, so rayon may
    /// combine runs in any grouping and the result keeps document order.
    fn absorb(&mut self, later: Analysed<'a>) {
        self.mentions.extend(later.mentions);
        for (key, mut passages) in later.relations {
            match self.relations.entry(key) {
                std::collections::hash_map::Entry::Occupied(mut known) => {
                    known.get_mut().append(&mut passages);
                }
                // A pair new to this run keeps its passages where they are.
                std::collections::hash_map::Entry::Vacant(new) => {
                    new.insert(passages);
                }
            }
        }
        self.unresolved_count += later.unresolved_count;
        let room = MAX_UNRESOLVED_LISTED.saturating_sub(self.unresolved.len());
        self.unresolved
            .extend(later.unresolved.into_iter().take(room));
        self.failed.extend(later.failed);
    }
}

/// What pass 2 knows of every entity.
struct Known<'a> {
    matcher: &'a Matcher,
    traits: &'a [Traits],
    people: &'a People,
    heads: &'a [Vec<NameHead>],
    /// Each entity's catalog context, as entity indices.
    contexts: &'a [Vec<EntityIdx>],
    /// Every entity index once: a resolved mention borrows its single candidate here.
    identity: &'a [EntityIdx],
}

fn analyse<'a>(doc_id: DocId, doc: &Document, known: &Known<'a>) -> DocResult<'a> {
    #[cfg(test)]
    tests::fail_if_asked(doc, "pass 2");
    let Known {
        matcher,
        traits,
        people,
        heads,
        contexts,
        identity,
    } = *known;
    // Matching again costs less than keeping every pass-1 mention alive between the
    // passes.
    let mut raw = matcher.find(doc.body(), doc.body_start);
    raw.retain(|m| !is_someone_elses_surname(&doc.text, m, people));
    let datelines: Vec<Range<usize>> = datelines(doc).collect();
    if !datelines.is_empty() {
        raw.retain(|m| !datelines.iter().any(|d| d.contains(&m.start)));
    }
    let mut result = DocResult::default();
    let mut resolved = resolve(doc, &raw, contexts, identity, &mut result.unresolved);
    split_country_possessor(doc, &mut resolved, matcher, traits);
    let elided = elided_cartels(doc, &resolved, matcher, traits);
    resolved.extend(elided);
    drop_orphan_surnames(doc, &mut resolved, traits);
    // In text order: the next two look mentions up by position.
    resolved.sort_by_key(|m| m.start);
    let pronouns = pronouns(doc, &resolved, traits, identity);
    let descriptions = definite_references(doc, &resolved, heads, identity);
    let its = its_openings(doc, &resolved, traits, identity);
    resolved.extend(pronouns);
    resolved.extend(descriptions);
    resolved.extend(its);
    resolved.sort_by_key(|m| m.start);
    result.mentions = resolved
        .iter()
        .map(|m| Mention {
            start: m.start as u32,
            end: m.end as u32,
            entity: EntityId(m.candidates[0]),
        })
        .collect();
    let mut toks = Vec::new();
    // Reused from sentence to sentence: each sentence's mentions, raw and as tokens.
    let mut raws: Vec<&RawMention> = Vec::new();
    let mut sents: Vec<relate::SentenceMention> = Vec::new();
    for (sentence, ms) in doc.sentences.iter().zip(by_sentence(doc, &resolved)) {
        let first = ms.first().map(|m| m.candidates[0]);
        if !ms.iter().any(|m| Some(m.candidates[0]) != first) {
            continue;
        }
        tokens::tokenize_into(&doc.text, sentence.clone(), &mut toks);
        let toks = &toks;
        raws.clear();
        sents.clear();
        for (k, m) in ms.iter().enumerate() {
            let ts = toks.partition_point(|t| t.span.end <= m.start);
            let te = toks.partition_point(|t| t.span.start < m.end);
            let e = m.candidates[0];
            let (ts, te) = if traits[e as usize].kind == Kind::Person {
                let from = before_nickname(&doc.text, toks, ts);
                let next = ms.get(k + 1).map_or(usize::MAX, |n| n.start);
                let from = match sents.last() {
                    // Never over the name of someone else.
                    Some(prev) if prev.entity != e => from.max(prev.tokens.end.min(ts)),
                    _ => from,
                };
                (from, after_home(toks, te, next))
            } else {
                (ts, te)
            };
            // A mention grown backwards never reaches into the one before it.
            let floor = sents
                .len()
                .checked_sub(2)
                .map_or(0, |k| sents[k].tokens.end);
            // "Drug Enforcement Administration (DEA)": one mention, not two.
            if let Some(prev) = sents.last_mut() {
                let gap = &toks[prev.tokens.end.min(ts)..ts];
                if prev.entity == e && gap.len() == 1 && gap[0].is_punct(&doc.text, "(") {
                    let closes = toks.get(te).is_some_and(|t| t.is_punct(&doc.text, ")"));
                    prev.tokens.end = te + usize::from(closes);
                    continue;
                }
                // `Miguel Ángel Treviño Morales, “Z-40,”`: a nickname in quotes (curly or
                // straight) after the name, one mention with it (closing quote and comma
                // included).
                let is = |t: &tokens::Token, p: &str| t.is_punct(&doc.text, p);
                let opens = |t: &tokens::Token| t.opens_quote(&doc.text);
                let closes = |t: &tokens::Token| t.closes_quote(&doc.text);
                // `…, alias “El Mencho,”`: the same, after "alias".
                let alias = |t: &tokens::Token| t.is_word() && t.lower.as_str() == "alias";
                let quoted = match gap {
                    [comma, open] => is(comma, ",") && opens(open),
                    [open] => opens(open),
                    [comma, word, open] => is(comma, ",") && alias(word) && opens(open),
                    _ => false,
                };
                if prev.entity == e && quoted {
                    let rest = &toks[te.min(toks.len())..];
                    let close = match rest {
                        [comma, close, ..] if is(comma, ",") && closes(close) => 2,
                        [close, ..] if closes(close) => 1,
                        _ => 0,
                    };
                    if close > 0 {
                        prev.tokens.end = te + close;
                        continue;
                    }
                }
                // `Ismael “El Mayo” Zambada`: the nickname and the surname, one mention.
                if prev.entity == e && prev.tokens.end > ts {
                    prev.tokens.start = prev.tokens.start.min(ts).max(floor);
                    prev.tokens.end = prev.tokens.end.max(te);
                    continue;
                }
            }
            let after_previous = sents.last().is_none_or(|p| p.tokens.end <= ts);
            if ts < te && after_previous {
                raws.push(m);
                sents.push(relate::SentenceMention {
                    tokens: ts..te,
                    kind: traits[e as usize].kind,
                    entity: e,
                });
            }
        }
        if is_byline(toks, &sents) {
            continue;
        }
        for link in relate::relate(&doc.text, toks, &sents) {
            let (ma, sa) = (raws[link.a], &sents[link.a]);
            let (mb, sb) = (raws[link.b], &sents[link.b]);
            let passage = Passage {
                doc: doc_id,
                start: sentence.start as u32,
                end: sentence.end as u32,
                source_span: (ma.start as u32, ma.end as u32),
                target_span: (mb.start as u32, mb.end as u32),
                label: link.label,
                rule: Some(link.rule),
            };
            result.links.push((sa.entity, sb.entity, passage));
        }
    }
    result
}

/// "the Sinaloa and Jalisco Nueva Generación cartels", "the Gulf, Juárez and Sinaloa
/// cartels": a conjunct that the plural head after the list completes into a known cartel
/// ("Sinaloa" + "Cartel") is a mention of that cartel.
fn elided_cartels<'a>(
    doc: &Document,
    mentions: &[RawMention<'a>],
    matcher: &'a Matcher,
    traits: &[Traits],
) -> Vec<RawMention<'a>> {
    /// Most capitalised words a conjunct may have.
    const MAX_WORDS: usize = 3;
    let text = &doc.text;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(bytes, b"artels") {
        // The space before "cartels" / "Cartels".
        let Some(mut end) = at
            .checked_sub(2)
            .filter(|&e| bytes[e] == b' ' && matches!(bytes[e + 1], b'c' | b'C'))
        else {
            continue;
        };
        loop {
            // The conjunct ending at `end`: a known name, or capitalised words that
            // "Cartel" completes into one.
            // Mentions are sorted and do not overlap: a binary search, not a scan of
            // the document's mentions for every "cartels".
            let known = mentions
                .get(mentions.partition_point(|m| m.end < end))
                .filter(|m| m.end == end);
            if let Some(m) = known {
                if traits[m.candidates[0] as usize].kind != Kind::Cartel {
                    break;
                }
                end = m.start;
            } else {
                // Where each of the last few capitalised words starts, nearest first.
                let mut starts = arrayvec::ArrayVec::<usize, MAX_WORDS>::new();
                let mut from = end;
                while !starts.is_full() {
                    // No word of a cartel's name is longer than this.
                    let mut floor = from.saturating_sub(64);
                    while !text.is_char_boundary(floor) {
                        floor -= 1;
                    }
                    let before = &text[floor..from];
                    let before = if from < end {
                        before.strip_suffix(' ').unwrap_or(before)
                    } else {
                        before
                    };
                    let Some(space) = before.rfind(' ') else {
                        break;
                    };
                    let word = &before[space + 1..];
                    let word_start = floor + space + 1;
                    let capitalised = word.starts_with(char::is_uppercase)
                        && word.chars().all(char::is_alphabetic);
                    if !capitalised {
                        break;
                    }
                    starts.push(word_start);
                    from = word_start;
                }
                // The longest run that "Cartel" completes into one cartel ("The Sinaloa"
                // does not, "Sinaloa" does).
                let completion = starts.iter().rev().find_map(|&start| {
                    let overlapping = mentions
                        .get(mentions.partition_point(|m| m.end <= start))
                        .is_some_and(|m| m.start < end);
                    if overlapping {
                        return None;
                    }
                    let completed = format!("{} Cartel", &text[start..end]);
                    let found = matcher.find(&completed, 0);
                    let [whole] = found.as_slice() else {
                        return None;
                    };
                    let complete = whole.start == 0 && whole.end == completed.len();
                    (complete
                        && whole.candidates.len() == 1
                        && traits[whole.candidates[0] as usize].kind == Kind::Cartel)
                        .then_some((start, whole.candidates))
                });
                let Some((start, candidates)) = completion else {
                    break;
                };
                out.push(RawMention {
                    start,
                    end,
                    candidates,
                });
                end = start;
            }
            // On along the list: "the Gulf, Juárez and Sinaloa cartels".
            let head = &text[..end];
            match [", and ", " and ", " or ", ", "]
                .iter()
                .find_map(|sep| head.strip_suffix(sep))
            {
                Some(rest) => end = rest.len(),
                None => break,
            }
        }
    }
    out
}

/// "Mexico’s Navy" is a name of the Mexican Navy that also names Mexico: the country
/// becomes a mention of its own, so the rules relate the body to its country as they do
/// for "India’s Narcotics Control Bureau".
fn split_country_possessor<'a>(
    doc: &Document,
    mentions: &mut Vec<RawMention<'a>>,
    matcher: &'a Matcher,
    traits: &[Traits],
) {
    let possessive_at = |m: &RawMention| possessive_in(&doc.text[m.start..m.end]);
    if !mentions.iter().any(|m| possessive_at(m).is_some()) {
        return;
    }
    let mut out = Vec::with_capacity(mentions.len() + 1);
    for m in mentions.drain(..) {
        let split = possessive_at(&m).and_then(|(at, len)| {
            let owner = m.start..m.start + at;
            let found = matcher.find(&doc.text[owner.clone()], owner.start);
            match found.as_slice() {
                [c] if c.start == owner.start
                    && c.end == owner.end
                    && c.candidates.len() == 1
                    && c.candidates[0] != m.candidates[0]
                    && traits[c.candidates[0] as usize].kind == Kind::Country =>
                {
                    let rest = m.start + at + len;
                    Some((*c, RawMention { start: rest, ..m }))
                }
                _ => None,
            }
        });
        match split {
            Some((country, body)) => out.extend([country, body]),
            None => out.push(m),
        }
    }
    *mentions = out;
}

/// Where the first "’s " or "'s " in `surface` starts, and its length in bytes.
fn possessive_in(surface: &str) -> Option<(usize, usize)> {
    let b = surface.as_bytes();
    (1..b.len().saturating_sub(1)).find_map(|i| {
        if b[i] != b's' || b[i + 1] != b' ' {
            return None;
        }
        if b[i - 1] == b'\'' {
            Some((i - 1, 3))
        } else if i >= 3 && b[i - 3..i] == *"’".as_bytes() {
            Some((i - 3, 5))
        } else {
            None
        }
    })
}

/// A discovered person is known by one document's say-so, so a lone surname is theirs
/// only where their full name appears too: "Eduardo Guerrero Gutiérrez" found in one
/// article must not turn the state of Guerrero into him in every other one.
fn drop_orphan_surnames(doc: &Document, mentions: &mut Vec<RawMention>, traits: &[Traits]) {
    let is_lone_surname = |m: &RawMention| {
        traits[m.candidates[0] as usize].needs_full_name
            && !doc.text[m.start..m.end].contains(char::is_whitespace)
    };
    if !mentions.iter().any(is_lone_surname) {
        return;
    }
    let named: rustc_hash::FxHashSet<EntityIdx> = mentions
        .iter()
        .filter(|m| !is_lone_surname(m))
        .map(|m| m.candidates[0])
        .collect();
    mentions.retain(|m| !is_lone_surname(m) || named.contains(&m.candidates[0]));
}

/// `Enrique “Kiki” Camarena`: when a person's mention at token `ts` follows a quoted
/// nickname and a capitalised given name, the mention starts at the given name, so
/// "DEA agent Enrique “Kiki” Camarena" reads as a title before a name.
fn before_nickname(text: &str, toks: &[tokens::Token], ts: usize) -> usize {
    let is_quote = |t: &tokens::Token, q: &[&str]| q.iter().any(|q| t.is_punct(text, q));
    if ts < 4 || !is_quote(&toks[ts - 1], &["”", "\""]) {
        return ts;
    }
    let mut k = ts - 2;
    let lowest = ts.saturating_sub(6);
    while k > lowest && toks[k].is_word() && toks[k].is_capitalised {
        k -= 1;
    }
    let opens = k + 2 < ts && is_quote(&toks[k], &["“", "\""]);
    if opens && k >= 1 && toks[k - 1].is_word() && toks[k - 1].is_capitalised {
        k - 1
    } else {
        ts
    }
}

/// `[e]` as a slice borrowed from the identity table.
fn one(identity: &[EntityIdx], e: EntityIdx) -> &[EntityIdx] {
    let e = e as usize;
    &identity[e..=e]
}

/// "Senator John Cornyn of Texas": the place a person is from, right after their name
/// ("of" and up to three capitalised words that name nothing known, before `next`, the
/// next mention's start), belongs to the mention. Returns the mention's new token end.
fn after_home(toks: &[tokens::Token], te: usize, next: usize) -> usize {
    if !toks
        .get(te)
        .is_some_and(|t| t.is_word() && t.lower.as_str() == "of")
    {
        return te;
    }
    let place = toks[te + 1..]
        .iter()
        .take_while(|t| t.is_word() && t.is_capitalised && t.span.start < next)
        .count();
    let is_whole = toks
        .get(te + 1 + place)
        .is_none_or(|t| !(t.is_word() && t.is_capitalised));
    if (1..=3).contains(&place) && is_whole {
        te + 1 + place
    } else {
        te
    }
}

/// The datelines of a document: "WASHINGTON —", "MANZANILLO, Mexico —", "MEXICO CITY
/// (Reuters) -" opening a paragraph say where a story was filed; a country or capital
/// named there is no actor of the story.
fn datelines(doc: &Document) -> impl Iterator<Item = Range<usize>> + '_ {
    let text = doc.text.as_str();
    doc.sentences
        .iter()
        .filter(move |s| {
            s.start == doc.body_start
                || text[doc.body_start..s.start]
                    .trim_end_matches([' ', '\t', '\r'])
                    .ends_with('\n')
        })
        .filter_map(move |s| dateline_len(&text[s.clone()]).map(|n| s.start..s.start + n))
}

/// Where a dateline's dash may start at the latest ("CIUDAD JUÁREZ, Chihuahua (AP) —").
const MAX_DATELINE_BYTES: usize = 64;

/// Length of the dateline that opens `sentence`: a place in capitals (three letters at
/// least), maybe a region after a comma and an agency in brackets, then a dash.
fn dateline_len(sentence: &str) -> Option<usize> {
    const DASHES: [&str; 4] = [" — ", " – ", " -- ", " - "];
    // Most sentences fail here: a dateline opens with two capitals ("EL PASO, Texas —").
    if sentence.chars().take(2).any(|c| !c.is_uppercase()) {
        return None;
    }
    let mut head = MAX_DATELINE_BYTES.min(sentence.len());
    while !sentence.is_char_boundary(head) {
        head -= 1;
    }
    let head = &sentence[..head];
    let (at, dash) = DASHES
        .iter()
        .filter_map(|d| head.find(d).map(|at| (at, d.len())))
        .min()?;
    let mut place = sentence[..at].trim_end();
    if let Some(open) = place.strip_suffix(')').and_then(|p| p.rfind('(')) {
        place = place[..open].trim_end();
    }
    let (city, region) = match place.split_once(',') {
        Some((city, region)) => (city, Some(region.trim())),
        None => (place, None),
    };
    let letters = city.chars().filter(|c| c.is_alphabetic()).count();
    let is_caps = city
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\''));
    let region_ok = region.is_none_or(|r| {
        !r.is_empty()
            && r.split(' ')
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
    });
    (letters >= 3 && is_caps && region_ok).then_some(at + dash)
}

/// "By Ana López and Juan Pérez": the authors of the article, not a relation. A
/// byline is "By" followed only by names joined with "and", "&" or commas.
fn is_byline(toks: &[tokens::Token], mentions: &[relate::SentenceMention]) -> bool {
    if toks
        .first()
        .is_none_or(|t| t.lower.as_str() != "by" || !t.is_capitalised)
    {
        return false;
    }
    let mut k = 0;
    toks.iter().enumerate().skip(1).all(|(i, t)| {
        while k < mentions.len() && mentions[k].tokens.end <= i {
            k += 1;
        }
        let in_name = mentions.get(k).is_some_and(|m| m.tokens.contains(&i));
        in_name || matches!(t.lower.as_str(), "and" | "&" | "" | "y")
    })
}

/// Which pronouns a person takes, as far as their document shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

fn pronoun_gender(w: &str) -> Option<Gender> {
    match w {
        "he" | "his" | "him" | "He" | "His" | "Him" => Some(Gender::Male),
        "she" | "her" | "She" | "Her" => Some(Gender::Female),
        _ => None,
    }
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
fn pronouns<'a>(
    doc: &Document,
    mentions: &[RawMention<'a>],
    traits: &[Traits],
    identity: &'a [EntityIdx],
) -> Vec<RawMention<'a>> {
    let is_person = |m: &&RawMention| traits[m.candidates[0] as usize].kind == Kind::Person;
    let sentence_people = |s: &Range<usize>| within(mentions, s).iter().filter(is_person);
    // Pronouns seen in sentences about one person only: (he, she) counts.
    let mut seen: rustc_hash::FxHashMap<EntityIdx, (u32, u32)> = Default::default();
    for s in &doc.sentences {
        let mut people = sentence_people(s).map(|m| m.candidates[0]);
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
            let expected = gender_of(entity);
            for (k, (at, w)) in words_in(&doc.text, s.start..first_person.max(s.start)).enumerate()
            {
                // Capitalised only as the sentence's first word.
                let is_pronoun = if k == 0 {
                    matches!(w, "He" | "She" | "His" | "Her")
                } else {
                    matches!(w, "he" | "she" | "his" | "her" | "him")
                };
                // Inside a sentence, only a person whose pronouns the document shows.
                let agrees = match expected {
                    Some(g) => pronoun_gender(w) == Some(g),
                    None => k == 0,
                };
                if is_pronoun && agrees {
                    out.push(RawMention {
                        start: at,
                        end: at + w.len(),
                        candidates: one(identity, entity),
                    });
                    continues_story = true;
                }
            }
        }
        // "Sheinbaum may not have traveled to Mar-a-Lago, but her government has …": a
        // pronoun that opens a coordinated clause points back at the first clause's
        // subject. Only sentences that hold a " his " or " her " are read word by word.
        let rest = first_person.min(s.end)..s.end;
        let holds = |p: &[u8]| memchr::memmem::find(doc.text[rest.clone()].as_bytes(), p).is_some();
        let rest = if holds(b" her ") || holds(b" his ") {
            rest
        } else {
            s.end..s.end
        };
        for (at, w) in words_in(&doc.text, rest) {
            let Some(g) = pronoun_gender(w).filter(|_| w.starts_with(char::is_lowercase)) else {
                continue;
            };
            let head = doc.text[s.start..at].trim_end();
            let opens_clause = [", but", ", and", ", while", ", yet", ", although", ";"]
                .iter()
                .any(|c| head.ends_with(c));
            if !opens_clause {
                continue;
            }
            // The first clause's subject (the first person it names), when the document
            // shows that person takes this pronoun and no one else named before it does.
            let before = || sentence_people(s).filter(|m| m.end <= at);
            let Some(referent) = before().next().map(|m| m.candidates[0]) else {
                continue;
            };
            if gender_of(referent) != Some(g)
                || before()
                    .any(|m| m.candidates[0] != referent && gender_of(m.candidates[0]) == Some(g))
            {
                continue;
            }
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

/// "The Gun Violence Prevention Coalition, a … group, praised the move. Its director,
/// Mark Ellison, said …": a sentence that opens with "Its" continues the body that opened
/// the sentence before (in the same paragraph). Only a body named first ("X …" or "The
/// X …"), so "In Mexico, the cartel … Its leader" names no one.
fn its_openings<'a>(
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

/// The common noun that heads a body's name, as a definite description would repeat
/// it: "force" in "Joint Interagency Task Force–Counter Cartel" (the first cue word of
/// the name), with the name's words before it ("joint", "interagency", "task").
#[derive(Debug, Clone)]
struct NameHead {
    head: String,
    /// `head` with a capital, as a short form of the name writes it ("the Guard").
    capitalised: String,
    before: Vec<String>,
}

/// Head nouns too general to point back at one body: "the administration" is a
/// government, "the police" any police.
const GENERIC_HEADS: [&str; 6] = [
    "administration",
    "police",
    "government",
    "service",
    "services",
    "forces",
];

impl NameHead {
    /// The heads of a body's name and of its aliases, once each ("Guardia Nacional" →
    /// "guardia", its alias "National Guard" → "guard").
    fn all_of(spec: &Spec) -> Vec<Self> {
        if matches!(spec.kind, Kind::Person | Kind::Country) {
            return Vec::new();
        }
        let mut out: Vec<Self> = Vec::new();
        for name in std::iter::once(&spec.name).chain(&spec.aliases) {
            if let Some(h) = Self::of(name) {
                if !out.iter().any(|o| o.head == h.head && o.before == h.before) {
                    out.push(h);
                }
            }
        }
        out
    }

    fn of(name: &str) -> Option<Self> {
        let folded = fold_str(name);
        let words: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let k = words.iter().position(|w| lexicon::org_cue(w).is_some())?;
        (!GENERIC_HEADS.contains(&words[k])).then(|| Self {
            head: words[k].to_owned(),
            capitalised: capitalise(words[k]),
            before: words[..k].iter().map(|w| (*w).to_owned()).collect(),
        })
    }
}

/// "… established the Joint Interagency Task Force–Counter Cartel (JIATF-CC). Led by Brig.
/// Gen. Maurizio Calabrese, the task force formalizes …": "the" and lowercase words
/// ending in the head noun of a body named in the sentence before (same paragraph) or
/// earlier in the same sentence refer to that body, when exactly one such body fits.
/// The words before the head must come from the body's name ("the task force", "the
/// cartel"; not "the new force"). `mentions` are sorted by start.
fn definite_references<'a>(
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

/// `word` with its first letter in capitals.
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Before the head noun at `head_start` (the space before it): "the" directly, or one
/// lowercase word and then "the". Returns where "the" starts and the word, if any.
fn definite_start(text: &str, floor: usize, head_start: usize) -> Option<(usize, Option<&str>)> {
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
fn start_of_modifier(text: &str, head_start: usize) -> usize {
    text[..head_start].rfind(' ').map_or(0, |p| p + 1)
}

/// The words (runs of letters) of `text[range]`, with their byte offsets.
fn words_in(text: &str, range: Range<usize>) -> impl Iterator<Item = (usize, &str)> {
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

/// Settles ambiguous mentions from context; drops (and reports) the rest. A shared
/// alias resolves when exactly one of its candidates is named unambiguously in the same
/// document, when it directly follows a quoted nickname of one candidate
/// (`Joaquín “El Chapo” Guzmán`), or when the catalog context of exactly one candidate
/// is named in its sentence ([`sentence_context`]).
fn resolve<'a>(
    doc: &Document,
    raw: &[RawMention<'a>],
    contexts: &[Vec<EntityIdx>],
    identity: &'a [EntityIdx],
    unresolved: &mut Vec<RawMention<'a>>,
) -> Vec<RawMention<'a>> {
    // Each entity named without ambiguity, with where it is first named.
    let mut sure: rustc_hash::FxHashMap<EntityIdx, usize> = rustc_hash::FxHashMap::default();
    for m in raw.iter().filter(|m| m.candidates.len() == 1) {
        sure.entry(m.candidates[0]).or_insert(m.start);
    }
    let mut out: Vec<RawMention> = Vec::with_capacity(raw.len());
    for m in raw {
        if m.candidates.len() == 1 {
            out.push(*m);
            continue;
        }
        // Right after a nickname of one candidate: only quotes and spaces between.
        if let Some(prev) = out.last() {
            let between = &doc.text[prev.end.min(m.start)..m.start];
            if between
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '”' | '"' | '’' | '\''))
                && m.candidates.contains(&prev.candidates[0])
            {
                let e = prev.candidates[0];
                out.push(RawMention {
                    start: m.start,
                    end: m.end,
                    candidates: one(identity, e),
                });
                continue;
            }
        }
        let mut in_context = m.candidates.iter().filter(|c| sure.contains_key(c));
        let chosen = match (in_context.next(), in_context.next()) {
            (Some(&only), None) => Some(only),
            (_, several) => {
                // Only entries with a catalog context can be settled by their sentence.
                let by_sentence = m
                    .candidates
                    .iter()
                    .any(|&c| !contexts[c as usize].is_empty())
                    .then(|| sentence_context(doc, raw, m, contexts))
                    .flatten();
                // "Zambada has said he was kidnapped": of several candidates the document
                // names, the one it named before this mention, if only one (news names a
                // person in full before using the surname alone).
                let introduced = || {
                    if is_inside_another_name(&doc.text, m) {
                        return None;
                    }
                    let mut before = m
                        .candidates
                        .iter()
                        .filter(|c| sure.get(c).is_some_and(|&at| at < m.start));
                    match (before.next(), before.next()) {
                        (Some(&c), None) => Some(c),
                        _ => None,
                    }
                };
                by_sentence.or_else(|| several.and_then(|_| introduced()))
            }
        };
        match chosen {
            Some(e) => out.push(RawMention {
                start: m.start,
                end: m.end,
                candidates: one(identity, e),
            }),
            None => unresolved.push(*m),
        }
    }
    out
}

/// "La Nueva Lowell del Bajío": a known surname right after a capitalised word that is
/// no title and no common capitalised word ("President Sheinbaum", "The Guzmán brothers"
/// are fine) is part of a name nobody knows, so it does not stand for whoever bears that
/// surname.
fn is_inside_another_name(text: &str, m: &RawMention) -> bool {
    capitalised_word_before(text, m.start).is_some_and(|(word, whole)| {
        let class = lexicon::word_info(&word).class;
        whole
            && !class.contains(lexicon::WordClass::TITLE)
            && !class.contains(lexicon::WordClass::COMMON_CAPITALISED)
    })
}

/// The one candidate of an ambiguous mention whose catalog context is named, without
/// ambiguity, in the mention's sentence ("place the National Guard under the Ministry
/// of Defense (Sedena)"), if exactly one is.
fn sentence_context(
    doc: &Document,
    raw: &[RawMention],
    m: &RawMention,
    contexts: &[Vec<EntityIdx>],
) -> Option<EntityIdx> {
    let k = doc.sentences.partition_point(|s| s.end <= m.start);
    let sentence = doc.sentences.get(k)?;
    let named: Vec<EntityIdx> = within(raw, sentence)
        .iter()
        .filter_map(|r| match r.candidates {
            [e] => Some(*e),
            _ => None,
        })
        .collect();
    let mut settled = m
        .candidates
        .iter()
        .filter(|&&c| contexts[c as usize].iter().any(|e| named.contains(e)));
    match (settled.next(), settled.next()) {
        (Some(&c), None) => Some(c),
        _ => None,
    }
}

fn assemble(
    corpus: &Corpus,
    specs: Vec<Spec>,
    analysed: Analysed,
    discovered: usize,
) -> Extraction {
    // Keep mentioned entities only, ordered by key. Documents come in order, so each
    // entity's document list stays sorted by pushing only new ones.
    let mut counts: Vec<(u32, Vec<DocId>)> = vec![(0, Vec::new()); specs.len()];
    for (d, doc_mentions) in analysed.mentions.iter().enumerate() {
        for m in doc_mentions {
            let entry = &mut counts[m.entity.0 as usize];
            entry.0 += 1;
            if entry.1.last() != Some(&DocId(d as u32)) {
                entry.1.push(DocId(d as u32));
            }
        }
    }
    let mut kept: Vec<EntityIdx> = (0..specs.len() as EntityIdx)
        .filter(|e| counts[*e as usize].0 > 0)
        .collect();
    kept.sort_by(|a, b| specs[*a as usize].key.cmp(&specs[*b as usize].key));
    let mut remap: Vec<EntityId> = vec![EntityId(u32::MAX); specs.len()];
    for (i, &e) in kept.iter().enumerate() {
        remap[e as usize] = EntityId(i as u32);
    }
    let entities: Vec<Entity> = kept
        .iter()
        .map(|e| {
            let s = &specs[*e as usize];
            let (n, docs) = &mut counts[*e as usize];
            // Kept with the graph: no growth slack.
            let mut documents = std::mem::take(docs);
            documents.shrink_to_fit();
            Entity {
                key: s.key.clone(),
                name: s.name.clone(),
                kind: s.kind,
                aliases: s.aliases.clone(),
                description: s.description.clone(),
                is_discovered: s.is_discovered,
                mentions: *n,
                documents,
            }
        })
        .collect();
    let mut mentions = analysed.mentions;
    mentions.par_iter_mut().flatten().for_each(|m| {
        m.entity = remap[m.entity.0 as usize];
    });
    let report = ExtractReport {
        discovered,
        unresolved_count: analysed.unresolved_count,
        unresolved: analysed
            .unresolved
            .iter()
            .map(|(d, m)| {
                let doc = &corpus.documents[d.0 as usize];
                Unresolved {
                    doc: doc.id.clone(),
                    start: m.start,
                    text: doc.text[m.start..m.end].to_string(),
                    candidates: m
                        .candidates
                        .iter()
                        .take(MAX_CANDIDATES_LISTED)
                        .map(|&c| specs[c as usize].name.clone())
                        .collect(),
                    more_candidates: m.candidates.len().saturating_sub(MAX_CANDIDATES_LISTED),
                }
            })
            .collect(),
        ..ExtractReport::default()
    };
    // Each relation is built on its own (labels counted, endpoints remapped): in
    // parallel, as this runs after the parallel passes and would otherwise be serial.
    let pairs: Vec<((EntityIdx, EntityIdx), Vec<Passage>)> =
        analysed.relations.into_iter().collect();
    let relations: Vec<Relation> = pairs
        .into_par_iter()
        .map(|((a, b), mut passages)| {
            // `EvidenceGraph::new` puts the smaller id first (with the passages' spans).
            let (source, target) = (remap[a as usize], remap[b as usize]);
            passages.shrink_to_fit();
            // Most relations have a label or two: a short list beats a map.
            let mut freq: Vec<(Label, usize)> = Vec::new();
            for p in &passages {
                match freq.iter_mut().find(|(l, _)| *l == p.label) {
                    Some((_, n)) => *n += 1,
                    None => freq.push((p.label, 1)),
                }
            }
            freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            // From a slice, so the list is allocated at its length (collecting `freq` itself
            // in place would keep its four-times-wider buffer).
            let labels = freq.iter().map(|&(l, _)| l).collect();
            Relation {
                source,
                target,
                labels,
                passages,
            }
        })
        .collect();
    // `EvidenceGraph::new` sorts the relations by endpoints.
    Extraction {
        graph: EvidenceGraph::new(entities, relations, mentions),
        report,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stands for a bug: a document holding `FAIL IN <pass>` panics in that pass.
    pub(super) fn fail_if_asked(doc: &Document, pass: &str) {
        assert!(
            !doc.text.contains(&format!("FAIL IN {pass}")),
            "a planted failure in {pass}"
        );
    }

    #[test]
    fn a_document_that_fails_is_left_out_and_the_rest_is_extracted() {
        let catalog = Catalog::builtin().unwrap();
        for pass in ["pass 1", "the end of pass 1", "pass 2"] {
            // b.txt names someone only it knows: a failure at the end of pass 1, after
            // discovery found him, must still leave him out.
            let corpus = Corpus::from_texts([
                ("a.txt", "Claudia Sheinbaum met Donald Trump.".to_string()),
                (
                    "b.txt",
                    format!(
                        "FAIL IN {pass}. The DEA arrested Ovidio Guzmán. Agent Zorblax Quentinson said so."
                    ),
                ),
                ("c.txt", "The DEA met the FBI.".to_string()),
            ]);
            let x = extract(&corpus, &catalog);
            let failed = &x.report.failed;
            assert_eq!(failed.len(), 1, "{pass}: {failed:?}");
            assert_eq!(failed[0].doc, "b.txt");
            assert!(failed[0].message.contains(pass), "{}", failed[0].message);
            let g = &x.graph;
            let key = |k| g.entity_by_key(k).unwrap();
            assert!(g
                .relation_between(key("claudia-sheinbaum"), key("donald-trump"))
                .is_some());
            assert!(g.entity_by_key("ovidio-guzman-lopez").is_none(), "{pass}");
            assert!(
                !g.entities().iter().any(|e| e.name.contains("Quentinson")),
                "{pass}: nothing the failed document discovered stays"
            );
        }
    }
}
