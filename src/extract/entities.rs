//! What extraction knows of every entity, built once per run: its spec (catalog entry
//! or discovered name), packed traits, the people by surname and given name, and the
//! head nouns of body names ("the cartel", "the Guard").

use crate::kind::Kind;

use super::coref::Gender;
use super::fold::fold_str;
use super::lexicon::{self, WordClass};
use super::matcher::EntityIdx;

/// An entity as extraction knows it, before the graph keeps only those mentioned.
#[derive(Debug, Clone)]
pub(super) struct Spec {
    pub(super) key: String,
    pub(super) name: String,
    pub(super) kind: Kind,
    pub(super) aliases: Vec<String>,
    pub(super) description: Option<String>,
    /// Ids of the entities that settle a shared alias in this entity's favour.
    pub(super) context: Vec<String>,
    pub(super) is_discovered: bool,
    /// A catalog person whose entry gives no one-word alias: the one-word surname
    /// made from the name counts alone only where a fuller name appears, as a
    /// discovered person's does (see [`Spec::add_surnames`]).
    pub(super) surname_needs_full_name: bool,
}

impl Spec {
    /// A catalog person whose entry lists no one-word alias: [`Spec::add_surnames`]
    /// gives them surnames. Asked of the catalog's entry, before discovery adds
    /// acronyms to it, so the answer does not depend on the corpus.
    pub(super) fn takes_surnames(&self) -> bool {
        !self.is_discovered
            && self.kind == Kind::Person
            && !self.aliases.iter().any(|a| !a.contains(' '))
    }

    /// Gives a catalog person ([`Spec::takes_surnames`]) the short forms a discovered
    /// person gets ("Xiomara Castro" → "Castro"; for three names or more also the last
    /// two, "Coronel Aispuro", which count alone): an article names a person in full
    /// before it shortens the name, so a one-word surname counts only where a fuller
    /// name appears, and a curated entry that lists a surname ("Bukele") keeps it
    /// unconditional. A short form that is already a catalog name or alias
    /// (`taken`, folded) is not added: "Moreno" stays Alejandro Moreno's. Given after
    /// pass 1, so discovery still reads "Mario Cárdenas Guillén" as a name of its own,
    /// not as Osiel Cárdenas Guillén's surname after a word.
    pub(super) fn add_surnames(&mut self, taken: &rustc_hash::FxHashSet<String>) {
        let short: Vec<String> = super::discover::person_aliases(&self.name)
            .into_iter()
            .filter(|a| !taken.contains(&fold_str(a)))
            .collect();
        self.surname_needs_full_name = !short.is_empty();
        self.aliases.extend(short);
    }
}

/// What pass 2 asks of an entity for every mention, packed so that the lookups stay in
/// cache.
#[derive(Debug, Clone, Copy)]
pub(super) struct Traits {
    pub(super) kind: Kind,
    /// A discovered person known by a full name, or a catalog person given surnames
    /// ([`Spec::add_surnames`]): a lone surname counts only beside a fuller name
    /// (see [`drop_orphan_surnames`]).
    pub(super) needs_full_name: bool,
    /// The pronoun a person's given name suggests ("Sara" → she), if it does.
    pub(super) given_gender: Option<Gender>,
}

impl Traits {
    pub(super) fn of(spec: &Spec) -> Self {
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
            needs_full_name: (spec.is_discovered || spec.surname_needs_full_name)
                && is_person
                && spec.name.contains(' '),
            given_gender,
        }
    }
}

/// Which entities are people, and the folded words of each person's names, for
/// [`is_someone_elses_surname`].
pub(super) struct People {
    /// Per entity: its folded name and aliases, space-separated, if it is a person.
    pub(super) words: Vec<Option<String>>,
}

impl People {
    pub(super) fn of(specs: &[Spec]) -> Self {
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

    pub(super) fn is_person(&self, e: EntityIdx) -> bool {
        self.words[e as usize].is_some()
    }

    /// True if one of the person's names holds the folded word `w`.
    pub(super) fn bears(&self, e: EntityIdx, w: &str) -> bool {
        self.words[e as usize]
            .as_deref()
            .is_some_and(|all| all.split(' ').any(|x| x == w))
    }
}

/// `[e]` as a slice borrowed from the identity table.
pub(super) fn one(identity: &[EntityIdx], e: EntityIdx) -> &[EntityIdx] {
    let e = e as usize;
    &identity[e..=e]
}

/// The common noun that heads a body's name, as a definite description would repeat
/// it: "force" in "Joint Interagency Task Force–Counter Cartel" (the first cue word of
/// the name), with the name's words before it ("joint", "interagency", "task").
#[derive(Debug, Clone)]
pub(super) struct NameHead {
    pub(super) head: String,
    /// `head` with a capital, as a short form of the name writes it ("the Guard").
    pub(super) capitalised: String,
    pub(super) before: Vec<String>,
}

impl NameHead {
    /// The heads of a body's name and of its aliases, once each ("Guardia Nacional" →
    /// "guardia", its alias "National Guard" → "guard").
    pub(super) fn all_of(spec: &Spec) -> Vec<Self> {
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

    pub(super) fn of(name: &str) -> Option<Self> {
        let folded = fold_str(name);
        let words: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let k = words.iter().position(|w| lexicon::org_cue(w).is_some())?;
        (!lexicon::is(words[k], WordClass::GENERIC_HEAD)).then(|| Self {
            head: words[k].to_owned(),
            capitalised: capitalise(words[k]),
            before: words[..k].iter().map(|w| (*w).to_owned()).collect(),
        })
    }
}

/// `word` with its first letter in capitals.
pub(super) fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
