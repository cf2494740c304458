//! What the confidence model reads of a pair of names in their sentence: the words and
//! names between them, and what the sentence's [`View`] says of the two (lists,
//! attachment, asides, quotations).

use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::graph::Features;
use crate::kind::Kind;

use super::frames::is_title_case;
use super::root;
use super::view::View;

/// Facts of the whole sentence, read once for all its pairs.
pub(super) struct SentenceFacts {
    /// The unit each mention belongs to (itself, or the name it modifies).
    roots: Vec<usize>,
    /// The list (index into the view's runs) of each mention's unit, if it is a unit.
    list_of: Vec<Option<usize>>,
    /// The first unit of the sentence: its likely subject.
    subject: Option<usize>,
    /// Different entities named.
    names: u8,
    headline: bool,
}

impl SentenceFacts {
    pub(super) fn new(view: &View) -> Self {
        let n = view.mentions.len();
        let roots: Vec<usize> = (0..n).map(|i| root(&view.attached_to, i)).collect();
        let mut list_of = vec![None; n];
        for (r, run) in view.runs.iter().enumerate() {
            for &u in &view.units[run.clone()] {
                list_of[u] = Some(r);
            }
        }
        let mut entities: Vec<u32> = view.mentions.iter().map(|m| m.entity).collect();
        entities.sort_unstable();
        entities.dedup();
        Self {
            roots,
            list_of,
            subject: view.units.first().copied(),
            names: cap(entities.len()),
            headline: is_title_case(view.tokens),
        }
    }
}

/// The features of mentions `a` and `b` (`a` before `b`) of `view`'s sentence.
pub(super) fn features(view: &View, facts: &SentenceFacts, a: usize, b: usize) -> Features {
    let (text, tokens, mentions) = (view.text, view.tokens, view.mentions);
    let gap: &[Token] = tokens
        .get(mentions[a].tokens.end..mentions[b].tokens.start)
        .unwrap_or(&[]);
    let words = gap.iter().filter(|t| t.is_word()).count();
    let mut flags = 0;
    let mut set = |flag: u16, yes: bool| {
        if yes {
            flags |= flag;
        }
    };
    let (ra, rb) = (facts.roots[a], facts.roots[b]);
    set(
        Features::SAME_LIST,
        ra != rb && facts.list_of[ra].is_some() && facts.list_of[ra] == facts.list_of[rb],
    );
    set(
        Features::CLAUSE_BREAK,
        gap.iter().any(|t| match t.kind {
            TokenKind::Word => t.is(WordClass::CLAUSE_BREAKER),
            TokenKind::Punct => matches!(&text[t.span.clone()], ";" | ":" | "—" | "–"),
            TokenKind::Possessive => false,
        }),
    );
    set(
        Features::CUE,
        gap.iter().any(|t| t.relation_cue().is_some()),
    );
    let quoted = |i: usize| {
        view.quoted
            .get(mentions[i].tokens.start)
            .copied()
            .unwrap_or(false)
    };
    set(Features::ONE_QUOTED, quoted(a) != quoted(b));
    set(Features::BOTH_QUOTED, quoted(a) && quoted(b));
    set(
        Features::SUBJECT,
        facts.subject.is_some_and(|s| s == ra || s == rb),
    );
    let is_aside = |r: usize| !view.units.contains(&r);
    set(Features::ASIDE, is_aside(ra) || is_aside(rb));
    set(Features::ATTACHED, ra == rb);
    set(
        Features::PARENTHESIS,
        gap.iter()
            .any(|t| t.kind == TokenKind::Punct && matches!(&text[t.span.clone()], "(" | ")")),
    );
    set(Features::HEADLINE, facts.headline);
    set(
        Features::POSSESSIVE_OR_OF,
        words <= 2
            && gap.iter().any(|t| {
                t.kind == TokenKind::Possessive || (t.is_word() && t.lower.as_str() == "of")
            }),
    );
    Features {
        words_between: cap(words),
        names_between: cap(b - a - 1),
        names_in_sentence: facts.names,
        kind_pair: Features::pack_kinds(kind_index(mentions[a].kind), kind_index(mentions[b].kind)),
        flags,
    }
}

fn kind_index(kind: Kind) -> u8 {
    cap(Kind::ALL.iter().position(|&k| k == kind).unwrap_or(0))
}

fn cap(n: usize) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
}
