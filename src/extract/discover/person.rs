//! A person's name as discovered, with the aliases it brings (surname, nickname).

use std::ops::Range;

use crate::extract::fold::fold_str;
use crate::extract::lexicon;
use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::kind::Kind;

use super::{Candidate, Found};

pub(super) fn push_person(text: &str, tokens: &[Token], range: Range<usize>, found: &mut Found) {
    // "Senator John Cornyn of Texas": a person's name ends before "of".
    let mut range = range;
    if let Some(of) = tokens[range.clone()]
        .iter()
        .position(|t| t.is_word() && t.lower.as_str() == "of")
    {
        range.end = range.start + of;
    }
    // The words of the name, read without collecting them (this runs for every
    // person-like run of every sentence pass 1 reads).
    let words = || {
        tokens[range.clone()]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
    };
    let count = words().count();
    if count == 0 || count > 5 || words().any(|w| w.org_cue().is_some()) {
        return;
    }
    // A lone surname after a title ("President Sheinbaum") names nobody new.
    if count < 2 {
        return;
    }
    if words().all(|w| w.is(WordClass::COMMON_CAPITALISED)) {
        return;
    }
    let name = text[tokens[range.start].span.start..tokens[range.end - 1].span.end].to_string();
    found.candidates.push(Candidate {
        name,
        kind: Kind::Person,
        aliases: Vec::new(),
    });
}

/// Short forms by which a discovered person is referred to later: the surname, and for
/// Spanish double surnames the paternal one and the pair ("Trevilla Trejo", "Trevilla").
pub fn person_aliases(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut out = Vec::new();
    if words.len() < 2 {
        return out;
    }
    // Particles start the surname: "Juan Ramón de la Fuente" -> "de la Fuente".
    if let Some(p) = words
        .iter()
        .position(|w| lexicon::is(&w.to_lowercase(), WordClass::NAME_PARTICLE))
    {
        if p > 0 {
            out.push(words[p..].join(" "));
            return out;
        }
    }
    out.push(words[words.len() - 1].to_string());
    if words.len() >= 3 {
        out.push(words[words.len() - 2..].join(" "));
        out.push(words[words.len() - 2].to_string());
    }
    out.retain(|a| a.chars().count() >= 3 && !lexicon::is_common_capitalised(&fold_str(a)));
    out
}
