//! Between the passes: discovered names become entities (with surname aliases for
//! people), and acronyms defined beside catalog names become aliases.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::kind::Kind;

use super::discover;
use super::entities::Spec;
use super::fold::fold_str;
use super::lexicon::{self, WordClass};
use super::matcher::Matcher;
use super::pass1::Discoveries;

/// `s` in Unicode NFC (composed accents).
pub(super) fn nfc(s: String) -> String {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization as _};
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s
    } else {
        s.nfc().collect()
    }
}

/// The id of a name no catalog entry gives one: folded, lowercase ASCII letters and
/// digits, words joined by `-` ("Special Forces Group" → `special-forces-group`).
pub fn slug(name: &str) -> String {
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
pub(super) fn merge_discoveries(specs: &mut Vec<Spec>, matcher: &Matcher, found: Discoveries) {
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
                surname_needs_full_name: false,
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
    // A person is also named by the first two or more words of the full name, as
    // Spanish names are shortened to given name and paternal surname ("Margarito
    // Martínez" for "Margarito Martínez Esquivel"); only when one discovered person
    // is named so ("Carlos Slim" of two Slims is left alone).
    let mut prefix: HashMap<String, Option<String>> = HashMap::new();
    for (long, spec) in &new {
        if spec.kind != Kind::Person {
            continue;
        }
        let words: Vec<&str> = long.split(' ').collect();
        // "María Miller Gutiérrez Still" is a name run into the next sentence's first
        // word: it takes no short form.
        if words
            .iter()
            .any(|w| lexicon::is_common_capitalised(w) || lexicon::is_role_noun(w))
        {
            continue;
        }
        // The short form must end on a surname, not on a given name ("Juan Carlos" may
        // be anyone, a king of Spain as well as Juan Carlos Bonilla) nor a particle
        // ("… Rodríguez de").
        let surname =
            |w: &str| !lexicon::is_given_name(w) && !lexicon::is(w, WordClass::NAME_PARTICLE);
        for len in (2..words.len()).filter(|&n| surname(words[n - 1])) {
            prefix
                .entry(words[..len].join(" "))
                .and_modify(|l| *l = None)
                .or_insert_with(|| Some(long.clone()));
        }
    }
    let keys: Vec<String> = new.keys().cloned().collect();
    for short in &keys {
        let long = by_suffix
            .get(short)
            .or_else(|| prefix.get(short).and_then(Option::as_ref));
        let Some(long) = long else {
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
