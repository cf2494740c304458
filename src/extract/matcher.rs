//! Finding known names in text: accent- and case-aware, on word boundaries, longest
//! match first, with shared (ambiguous) aliases kept as several candidates.

use std::collections::BTreeMap;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};

use super::fold::{fold_str, Folded};

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
    /// The same, shared by every mention (cloning it allocates nothing).
    shared: Arc<[EntityIdx]>,
    case: CaseRule,
}

/// One name found in a text, in the text's byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMention {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The entities the surface form can mean: one when unambiguous.
    pub candidates: Arc<[EntityIdx]>,
}

/// A compiled set of surface forms.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    keys: Vec<String>,
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
            shared: Arc::from([]),
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
            shared: Arc::from([]),
            case,
        });
    }

    /// Compiles the automaton.
    pub fn build(self) -> Matcher {
        let (keys, mut patterns): (Vec<String>, Vec<Pattern>) = self.forms.into_iter().unzip();
        for p in &mut patterns {
            p.shared = Arc::from(p.candidates.as_slice());
        }
        let automaton = if keys.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&keys)
                .or_else(|_| {
                    AhoCorasickBuilder::new()
                        .match_kind(MatchKind::LeftmostLongest)
                        .build(&keys)
                })
                .ok()
        };
        Matcher {
            automaton,
            patterns,
            keys,
        }
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

impl Matcher {
    /// The entities a surface form names (empty if unknown or ignored).
    pub fn lookup(&self, form: &str) -> &[EntityIdx] {
        let key = fold_str(form);
        self.keys
            .binary_search(&key)
            .map_or(&[], |i| self.patterns[i].candidates.as_slice())
    }

    /// True if `form` folds to a known name or ignored phrase.
    pub fn knows(&self, form: &str) -> bool {
        self.keys.binary_search(&fold_str(form)).is_ok()
    }

    /// Number of distinct surface forms.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when there is nothing to match.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Finds names in `text` (already folded as `folded`). Offsets are added to `base`.
    /// Overlaps are resolved leftmost-longest; ignored phrases are dropped after they
    /// have blocked what they contain.
    pub fn find(&self, text: &str, folded: &Folded, base: usize) -> Vec<RawMention> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let hay = folded.text.as_bytes();
        let mut out = Vec::new();
        let mut at = 0;
        while at < hay.len() {
            let Some(m) = automaton.find(Input::new(hay).span(at..hay.len())) else {
                break;
            };
            let (fs, fe) = (m.start(), m.end());
            let pattern = &self.patterns[m.pattern().as_usize()];
            if is_boundary_before(hay, fs) && is_boundary_after(hay, fe) {
                let (os, oe) = (folded.original_offset(fs), folded.original_offset(fe));
                if case_agrees(&text[os..oe], pattern.case) {
                    if !pattern.candidates.is_empty() {
                        out.push(RawMention {
                            start: base + os,
                            end: base + oe,
                            candidates: Arc::clone(&pattern.shared),
                        });
                    }
                    at = fe;
                    continue;
                }
            }
            // Not a whole word ("ice" in "police") or wrong case: look again from the next
            // word start, since names never begin inside a word.
            at = fs + 1;
            while at < hay.len() && is_word_byte(hay[at]) && is_word_byte(hay[at - 1]) {
                at += 1;
            }
        }
        out
    }
}

fn is_word_byte(b: u8) -> bool {
    // Non-ASCII bytes in folded text are letters of other scripts: treat as word bytes.
    b.is_ascii_alphanumeric() || b >= 0x80
}

fn is_boundary_before(hay: &[u8], start: usize) -> bool {
    start == 0 || !is_word_byte(hay[start - 1]) || !is_word_byte(hay[start])
}

fn is_boundary_after(hay: &[u8], end: usize) -> bool {
    end >= hay.len() || !is_word_byte(hay[end]) || !is_word_byte(hay[end - 1])
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
        m.find(text, &Folded::new(text), 0)
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
    fn ignored_phrases_block_what_they_contain() {
        let m = matcher(&[("Mexico", 1)], &["Mexico City"]);
        assert_eq!(find(&m, "In Mexico City, Mexico"), [("Mexico", vec![1])]);
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
