//! Finding known names in text: accent- and case-aware, on word boundaries, longest
//! match first, with shared (ambiguous) aliases kept as several candidates.
//!
//! Text is read as *atoms* (maximal runs of letters and digits) and the separators
//! between them. Each surface form is compiled into a trie keyed by the hash of its
//! folded atoms (and of the folded separator before each one), so a scan is one pass
//! over the atoms of a text with one hash lookup per atom: no folded copy of the text
//! and no automaton whose size grows with the catalog.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::fold::{
    char_at, fold_char_bytes, fold_str, glued_word_end, is_alphanumeric, is_ascii_alnum,
    may_hold_glue,
};

/// Index of an entity in the extraction's entity table.
pub type EntityIdx = u32;

/// How strictly the original capitalisation must agree with the alias.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum CaseRule {
    /// Alias written in lowercase: any case matches.
    Any,
    /// Alias starts with a capital: the text must too ("Trump", not "trump").
    FirstUpper,
    /// Short all-caps alias (an acronym): the text must be in capitals ("US", not "us").
    AllCaps,
}

#[derive(Debug, Clone)]
struct Pattern {
    /// Entities this surface form may refer to; empty for an ignored phrase.
    candidates: Vec<EntityIdx>,
    case: CaseRule,
}
/// One name found in a text, in the text's byte offsets.
///
/// `candidates` borrows from the matcher (or from any table that outlives the
/// mention): copying a mention touches no reference count, which two threads
/// matching the same popular names would fight over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawMention<'a> {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The entities the surface form can mean: one when unambiguous.
    pub candidates: &'a [EntityIdx],
}

/// A node of the atom trie: the forms that end here (with the punctuation that must
/// follow their last atom, as in "U.S." or "Sturm, Ruger & Co.").
#[derive(Debug, Clone, Default)]
struct Node {
    ends: Vec<(Box<str>, u32)>,
}

/// A compiled set of surface forms.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    patterns: Vec<Pattern>,
    keys: Vec<String>,
    /// First atom hash → node.
    roots: FxHashMap<u64, u32>,
    /// (node, separator hash ⊕ atom hash) → node.
    edges: FxHashMap<(u32, u64), u32>,
    nodes: Vec<Node>,
    /// Bit set of [`lower_prefix`] keys of the forms that may start in lowercase: a
    /// lowercase atom outside it starts no form, so it is never hashed.
    lower_starts: Vec<u64>,
    /// A lowercase form starts with a character outside ASCII: every lowercase atom
    /// takes the full lookup.
    lower_starts_any: bool,
}

/// Builds a [`Matcher`] from `(surface form, entity)` pairs and ignored phrases.
#[derive(Debug, Default)]
pub struct MatcherBuilder {
    forms: BTreeMap<String, Pattern>,
}

impl MatcherBuilder {
    /// Adds one surface form of `entity`. Forms that fold alike are merged; a form
    /// shared by several entities becomes ambiguous.
    pub fn add(&mut self, form: &str, entity: EntityIdx) {
        let Some((key, case)) = key_and_case(form) else {
            return;
        };
        let pattern = self.forms.entry(key).or_insert(Pattern {
            candidates: Vec::new(),
            case,
        });
        // The strictest rule any spelling asked for wins ("US" stays case-sensitive even
        // if someone also wrote "Us").
        pattern.case = pattern.case.max(case);
        if !pattern.candidates.contains(&entity) {
            pattern.candidates.push(entity);
            pattern.candidates.sort_unstable();
        }
    }

    /// Adds a phrase that blocks shorter names inside it but is no entity itself.
    pub fn ignore(&mut self, phrase: &str) {
        let Some((key, case)) = key_and_case(phrase) else {
            return;
        };
        self.forms.entry(key).or_insert(Pattern {
            candidates: Vec::new(),
            case,
        });
    }

    /// Compiles the trie.
    pub fn build(self) -> Matcher {
        let (keys, patterns): (Vec<String>, Vec<Pattern>) = self.forms.into_iter().unzip();
        let mut m = Matcher {
            patterns,
            lower_starts: vec![0; LOWER_PREFIXES / 64],
            ..Matcher::default()
        };
        for (i, key) in keys.iter().enumerate() {
            m.insert(key, i as u32);
        }
        m.keys = keys;
        m
    }
}

fn key_and_case(form: &str) -> Option<(String, CaseRule)> {
    let form = form.trim();
    let key = fold_str(form);
    if key.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
        return None;
    }
    let letters: Vec<char> = form.chars().filter(|c| c.is_alphabetic()).collect();
    let case = if letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase()) {
        CaseRule::AllCaps
    } else if form.chars().next().is_some_and(char::is_uppercase) {
        CaseRule::FirstUpper
    } else {
        CaseRule::Any
    };
    Some((key, case))
}

thread_local! {
    /// The atoms of the text being scanned, reused from one document to the next.
    static ATOMS: std::cell::RefCell<Vec<Atom>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// One run of letters and digits, as a byte range. Its hash is computed only when the
/// matcher needs it: most atoms are lowercase words that can start no name.
#[derive(Debug, Clone, Copy)]
struct Atom {
    start: u32,
    end: u32,
    /// The first character is a lowercase letter: only a form written in lowercase
    /// can start here.
    starts_lower: bool,
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;
const K: u64 = 0x517c_c1b7_2722_0a95;

const fn mix(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ b as u64).wrapping_mul(K)
}

/// Hashes a folded atom eight bytes at a time.
struct AtomHasher {
    h: u64,
    word: u64,
    n: u32,
    len: u64,
}

impl AtomHasher {
    fn new() -> Self {
        Self {
            h: SEED,
            word: 0,
            n: 0,
            len: 0,
        }
    }

    fn push(&mut self, b: u8) {
        self.word |= u64::from(b) << (8 * self.n);
        self.n += 1;
        if self.n == 8 {
            self.h = (self.h.rotate_left(23) ^ self.word).wrapping_mul(K);
            self.word = 0;
            self.n = 0;
            self.len += 8;
        }
    }

    /// Pushes eight bytes at once (only when no byte is pending).
    fn push_word(&mut self, word: u64) {
        debug_assert_eq!(self.n, 0);
        self.h = (self.h.rotate_left(23) ^ word).wrapping_mul(K);
        self.len += 8;
    }

    fn finish(self) -> u64 {
        let h = (self.h.rotate_left(23) ^ self.word).wrapping_mul(K);
        let h = h ^ (self.len + u64::from(self.n));
        // Final avalanche (from MurmurHash3) so that the table's bits are all used.
        let h = (h ^ (h >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
}

/// Splits `text` into atoms (reusing `out`).
///
/// # Complexity
/// One pass over the bytes; ASCII takes one table lookup per byte.
fn atoms_into(text: &str, out: &mut Vec<Atom>) {
    out.clear();
    let bytes = text.as_bytes();
    let may_glue = may_hold_glue(bytes);
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        // Skip to the next letter or digit.
        let b = bytes[i];
        let (c, len) = if b < 0x80 {
            if !is_ascii_alnum(b) {
                i += 1;
                continue;
            }
            (char::from(b), 1)
        } else {
            let (c, len) = char_at(text, i);
            if !is_alphanumeric(c) {
                i += len;
                continue;
            }
            (c, len)
        };
        let start = i;
        i += len;
        loop {
            while i < n && is_ascii_alnum(bytes[i]) {
                i += 1;
            }
            if i < n && bytes[i] >= 0x80 {
                let (d, len) = char_at(text, i);
                if is_alphanumeric(d) {
                    i += len;
                    continue;
                }
            }
            break;
        }
        if may_glue && c.is_ascii_lowercase() {
            if let Some(cut) = glued_word_end(&bytes[start..i]) {
                i = start + cut;
            }
        }
        out.push(Atom {
            start: start as u32,
            end: i as u32,
            starts_lower: c.is_lowercase(),
        });
    }
}

/// Hash of an atom's folded form.
fn atom_hash(text: &str, atom: Atom) -> u64 {
    let s = &text[atom.start as usize..atom.end as usize];
    let mut h = AtomHasher::new();
    if s.is_ascii() {
        // Letters and digits: setting 0x20 lowercases a letter, keeps a digit.
        let mut chunks = s.as_bytes().chunks_exact(8);
        for c in &mut chunks {
            let word = <[u8; 8]>::try_from(c).map_or(0, u64::from_le_bytes);
            h.push_word(word | 0x2020_2020_2020_2020);
        }
        // The bytes `push` would gather one by one, in one go.
        for (k, &b) in chunks.remainder().iter().enumerate() {
            h.word |= u64::from(b | 0x20) << (8 * k);
        }
        h.n = chunks.remainder().len() as u32;
    } else {
        s.chars().for_each(|c| fold_char_bytes(c, |b| h.push(b)));
    }
    h.finish()
}

/// Number of [`lower_prefix`] keys: two 7-bit bytes.
const LOWER_PREFIXES: usize = 1 << 14;

/// Key of the lowercase-forms filter: the first two bytes of an atom when both are
/// ASCII, or `None` (the atom then takes the full lookup).
fn lower_prefix(text: &str, atom: Atom) -> Option<usize> {
    let s = &text.as_bytes()[atom.start as usize..atom.end as usize];
    let b0 = *s.first()?;
    let b1 = s.get(1).copied().unwrap_or(0);
    (b0 < 0x80 && b1 < 0x80).then(|| (usize::from(b0 | 0x20) << 7) | usize::from(b1 | 0x20))
}

/// Hash of a separator (the text between two atoms), folded and with whitespace
/// collapsed: a space, or a paragraph break that no name crosses.
fn sep_hash(sep: &str) -> u64 {
    if sep == " " {
        return SPACE_HASH;
    }
    let mut h = SEED ^ 1;
    let mut newlines = 0;
    let mut in_space = false;
    let flush_space = |h: &mut u64, newlines: &mut usize| {
        *h = mix(*h, if *newlines >= 2 { b'\n' } else { b' ' });
        *newlines = 0;
    };
    for c in sep.chars() {
        if c.is_whitespace() {
            in_space = true;
            newlines += usize::from(c == '\n');
            continue;
        }
        // "—" folds to " - ": its spaces merge with the ones around it.
        fold_char_bytes(c, |b| {
            if b == b' ' {
                in_space = true;
            } else {
                if in_space {
                    flush_space(&mut h, &mut newlines);
                    in_space = false;
                }
                h = mix(h, b);
            }
        });
    }
    if in_space {
        flush_space(&mut h, &mut newlines);
    }
    h
}

const SPACE_HASH: u64 = mix(SEED ^ 1, b' ');

fn edge_key(sep: u64, atom: u64) -> u64 {
    atom ^ sep.wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(17)
}

/// Length in bytes of the start of `after` that folds to `want` (punctuation that must
/// follow a form's last atom), or `None`.
fn trailing_len(after: &str, want: &str) -> Option<usize> {
    let want = want.as_bytes();
    let mut k = 0;
    for (i, c) in after.char_indices() {
        if k == want.len() {
            return Some(i);
        }
        let mut agrees = true;
        if c.is_whitespace() {
            agrees = want[k] == b' ';
            k += 1;
        } else {
            fold_char_bytes(c, |b| {
                agrees &= want.get(k) == Some(&b);
                k += 1;
            });
        }
        if !agrees {
            return None;
        }
    }
    (k == want.len()).then_some(after.len())
}

impl Matcher {
    fn insert(&mut self, key: &str, pattern: u32) {
        let mut atoms = Vec::new();
        atoms_into(key, &mut atoms);
        let Some(&first) = atoms.first() else {
            return;
        };
        if self.patterns[pattern as usize].case == CaseRule::Any {
            match lower_prefix(key, first) {
                Some(k) => self.lower_starts[k / 64] |= 1 << (k % 64),
                None => self.lower_starts_any = true,
            }
        }
        let next_id = self.nodes.len() as u32;
        let mut node = *self.roots.entry(atom_hash(key, first)).or_insert(next_id);
        if node == next_id {
            self.nodes.push(Node::default());
        }
        for w in atoms.windows(2) {
            let sep = &key[w[0].end as usize..w[1].start as usize];
            let k = (node, edge_key(sep_hash(sep), atom_hash(key, w[1])));
            let next_id = self.nodes.len() as u32;
            node = *self.edges.entry(k).or_insert(next_id);
            if node == next_id {
                self.nodes.push(Node::default());
            }
        }
        let last = atoms.last().map_or(0, |a| a.end as usize);
        let trailing: Box<str> = key[last..].into();
        let ends = &mut self.nodes[node as usize].ends;
        ends.push((trailing, pattern));
        // Longer required punctuation first: "U.S." is tried before "U.S".
        ends.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    }

    /// False when no form can start at `atom` (a lowercase word that begins no form
    /// written in lowercase), decided without hashing it.
    fn may_start(&self, text: &str, atom: Atom) -> bool {
        if !atom.starts_lower || self.lower_starts_any {
            return true;
        }
        lower_prefix(text, atom).is_none_or(|k| {
            // `get`: a default (never built) matcher has no bit set at all.
            self.lower_starts
                .get(k / 64)
                .is_some_and(|w| w & (1 << (k % 64)) != 0)
        })
    }

    /// True if `form` folds to a known name or ignored phrase.
    pub fn knows(&self, form: &str) -> bool {
        self.knows_folded(&fold_str(form))
    }

    /// Like [`Matcher::knows`], for a form already folded with [`fold_str`].
    pub fn knows_folded(&self, key: &str) -> bool {
        self.keys.binary_search_by(|k| k.as_str().cmp(key)).is_ok()
    }

    /// Number of distinct surface forms.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when there is nothing to match.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Finds names in `text`. Offsets are added to `base`. Overlaps are resolved
    /// leftmost-longest (among forms whose capitalisation agrees); ignored phrases are
    /// dropped after they have blocked what they contain.
    ///
    /// # Complexity
    /// One pass over the text's atoms with one hash lookup each, plus a short walk
    /// down the trie where an atom starts a known form.
    pub fn find(&self, text: &str, base: usize) -> Vec<RawMention<'_>> {
        ATOMS.with_borrow_mut(|atoms| self.find_with(text, base, atoms))
    }

    fn find_with(&self, text: &str, base: usize, atoms: &mut Vec<Atom>) -> Vec<RawMention<'_>> {
        atoms_into(text, atoms);
        let mut out = Vec::new();
        let mut i = 0;
        while i < atoms.len() {
            if !self.may_start(text, atoms[i]) {
                i += 1;
                continue;
            }
            let Some(&root) = self.roots.get(&atom_hash(text, atoms[i])) else {
                i += 1;
                continue;
            };
            let start = atoms[i].start as usize;
            let mut best: Option<(usize, usize, u32)> = None; // (end, last atom, pattern)
            let mut node = root;
            let mut j = i;
            loop {
                let atom_end = atoms[j].end as usize;
                let next_start = atoms.get(j + 1).map_or(text.len(), |a| a.start as usize);
                for (trailing, p) in &self.nodes[node as usize].ends {
                    let end = if trailing.is_empty() {
                        Some(atom_end)
                    } else {
                        trailing_len(&text[atom_end..next_start], trailing).map(|n| atom_end + n)
                    };
                    if let Some(end) = end {
                        let pattern = &self.patterns[*p as usize];
                        if case_agrees(&text[start..end], pattern.case) {
                            best = Some((end, j, *p));
                            break;
                        }
                    }
                }
                let Some(next) = atoms.get(j + 1) else {
                    break;
                };
                let sep = sep_hash(&text[atom_end..next.start as usize]);
                match self
                    .edges
                    .get(&(node, edge_key(sep, atom_hash(text, *next))))
                {
                    Some(&n) => {
                        node = n;
                        j += 1;
                    }
                    None => break,
                }
            }
            match best {
                Some((end, last, p)) => {
                    let pattern = &self.patterns[p as usize];
                    if !pattern.candidates.is_empty() {
                        out.push(RawMention {
                            start: base + start,
                            end: base + end,
                            candidates: &pattern.candidates,
                        });
                    }
                    i = last + 1;
                    // Trailing punctuation may have swallowed nothing more than separators.
                    while i < atoms.len() && (atoms[i].start as usize) < end {
                        i += 1;
                    }
                }
                None => i += 1,
            }
        }
        out
    }
}

fn case_agrees(original: &str, rule: CaseRule) -> bool {
    match rule {
        CaseRule::Any => true,
        CaseRule::FirstUpper => original.chars().next().is_some_and(|c| !c.is_lowercase()),
        CaseRule::AllCaps => original
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(forms: &[(&str, EntityIdx)], ignored: &[&str]) -> Matcher {
        let mut b = MatcherBuilder::default();
        for (f, e) in forms {
            b.add(f, *e);
        }
        for i in ignored {
            b.ignore(i);
        }
        b.build()
    }

    fn find<'a>(m: &Matcher, text: &'a str) -> Vec<(&'a str, Vec<EntityIdx>)> {
        m.find(text, 0)
            .into_iter()
            .map(|r| (&text[r.start..r.end], r.candidates.to_vec()))
            .collect()
    }

    #[test]
    fn accents_either_way() {
        let m = matcher(&[("García Harfuch", 1), ("Merida Initiative", 2)], &[]);
        let got = find(&m, "Garcia Harfuch praised the Mérida Initiative.");
        assert_eq!(
            got,
            [("Garcia Harfuch", vec![1]), ("Mérida Initiative", vec![2])]
        );
    }

    #[test]
    fn possessives_and_word_boundaries() {
        let m = matcher(&[("Sheinbaum", 1), ("ICE", 2)], &[]);
        let got = find(&m, "Sheinbaum’s police office; Sheinbaum's plan");
        assert_eq!(got, [("Sheinbaum", vec![1]), ("Sheinbaum", vec![1])]);
    }

    #[test]
    fn a_name_glued_to_a_word_by_a_scraper_is_found() {
        let m = matcher(&[("Estefan", 1), ("Donald", 2)], &[]);
        assert_eq!(
            find(&m, "Reading Time: 5 minutesEstefan is a professor."),
            [("Estefan", vec![1])]
        );
        // A capital inside a brand name is no glue.
        assert!(find(&m, "a McDonald franchise").is_empty());
    }

    #[test]
    fn longest_match_wins() {
        let m = matcher(&[("Joaquín Guzmán", 1), ("Joaquín Guzmán López", 2)], &[]);
        assert_eq!(
            find(&m, "Joaquin Guzman Lopez was held."),
            [("Joaquin Guzman Lopez", vec![2])]
        );
    }

    #[test]
    fn shared_alias_keeps_every_candidate() {
        let m = matcher(&[("Guzmán", 1), ("Guzmán", 2), ("Guzman", 3)], &[]);
        assert_eq!(find(&m, "Guzmán fled."), [("Guzmán", vec![1, 2, 3])]);
    }

    #[test]
    fn acronyms_need_capitals_and_names_need_a_capital() {
        let m = matcher(&[("US", 1), ("Trump", 2)], &[]);
        assert_eq!(
            find(&m, "let us trump them; US and Trump"),
            [("US", vec![1]), ("Trump", vec![2])]
        );
    }

    #[test]
    fn forms_written_in_lowercase_start_on_lowercase_words() {
        // Lowercase words are filtered by their first two letters before any lookup:
        // forms that share those letters, long words, one-letter words and accented
        // starts must all still be found.
        let m = matcher(
            &[
                ("hugs, not bullets", 1),
                ("Hunter", 2),
                ("élite force", 5),
                ("a very long lowercase alias", 6),
            ],
            &["hunting season"],
        );
        assert_eq!(
            find(
                &m,
                "hunter Hunter said hugs, not bullets; Élite Force and élite force, \
                 hunting season, a very long lowercase alias"
            ),
            [
                ("Hunter", vec![2]),
                ("hugs, not bullets", vec![1]),
                ("Élite Force", vec![5]),
                ("élite force", vec![5]),
                ("a very long lowercase alias", vec![6]),
            ]
        );
    }

    #[test]
    fn an_empty_matcher_finds_nothing() {
        assert!(Matcher::default().find("the Sinaloa Cartel", 0).is_empty());
        assert!(MatcherBuilder::default()
            .build()
            .find("the Sinaloa Cartel", 0)
            .is_empty());
    }

    #[test]
    fn ignored_phrases_block_what_they_contain() {
        let m = matcher(&[("Mexico", 1)], &["Mexico City"]);
        assert_eq!(find(&m, "In Mexico City, Mexico"), [("Mexico", vec![1])]);
    }

    #[test]
    fn names_cross_a_line_break_but_not_a_paragraph() {
        let m = matcher(&[("García Harfuch", 1)], &[]);
        assert_eq!(
            find(&m, "Omar García\nHarfuch said. García\n\nHarfuch"),
            [("García\nHarfuch", vec![1])]
        );
    }

    #[test]
    fn trailing_punctuation_is_part_of_the_name() {
        let m = matcher(&[("Sturm, Ruger & Co.", 1), ("U.S.", 2), ("Ruger", 3)], &[]);
        assert_eq!(
            find(&m, "Sturm,  Ruger & Co. sued; the U.S."),
            [("Sturm,  Ruger & Co.", vec![1]), ("U.S.", vec![2])]
        );
        // Without the final period, the longer name is not there: the shorter one is.
        assert_eq!(find(&m, "Sturm, Ruger & Co"), [("Ruger", vec![3])]);
    }

    #[test]
    fn dotted_acronym_before_hyphen() {
        let m = matcher(&[("U.S.", 1), ("Mexico", 2)], &[]);
        assert_eq!(
            find(&m, "U.S.-Mexico ties"),
            [("U.S.", vec![1]), ("Mexico", vec![2])]
        );
    }
}
