//! What the confidence model reads of a pair of names in their sentence: the words and
//! names between them, and what the sentence's [`View`] says of the two (lists,
//! attachment, asides, quotations).

use crate::extract::lexicon::WordClass;
use crate::extract::mentions::byline_opener;
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
            // A byline is title case, but no headline.
            headline: is_title_case(view.tokens) && byline_opener(view.text, view.tokens).is_none(),
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

#[cfg(test)]
mod tests {
    use crate::extract::relate::{candidates, Candidate};
    use crate::extract::tokens::tokenize;
    use crate::graph::Features;
    use crate::kind::Kind::{self, *};

    /// Every candidate pair of `text`'s names (each `(surface, kind)`, entity =
    /// position), as (first name, second name, candidate).
    fn pairs(text: &str, names: &[(&str, Kind)]) -> Vec<(String, String, Candidate)> {
        let entities: Vec<u32> = (0..names.len() as u32).collect();
        pairs_of(text, names, &entities)
    }

    /// Like [`pairs`], with each name's entity given.
    fn pairs_of(
        text: &str,
        names: &[(&str, Kind)],
        entities: &[u32],
    ) -> Vec<(String, String, Candidate)> {
        let tokens = tokenize(text, 0..text.len());
        let mentions = super::super::tests::mentions_of(text, &tokens, names, entities);
        candidates(text, &tokens, &mentions)
            .into_iter()
            .map(|c| (names[c.a].0.to_string(), names[c.b].0.to_string(), c))
            .collect()
    }

    fn pair<'p>(got: &'p [(String, String, Candidate)], a: &str, b: &str) -> &'p Candidate {
        &got.iter()
            .find(|(x, y, _)| x == a && y == b)
            .unwrap_or_else(|| panic!("no candidate {a} — {b}"))
            .2
    }

    #[test]
    fn every_pair_of_a_sentence_is_a_candidate_with_the_rules_verdict() {
        let got = pairs(
            "Mexico, Canada and China face tariffs, Donald Trump announced.",
            &[
                ("Mexico", Country),
                ("Canada", Country),
                ("China", Country),
                ("Donald Trump", Person),
            ],
        );
        // Four names, six pairs, each once.
        assert_eq!(got.len(), 6);
        let listed = pair(&got, "Mexico", "Canada");
        assert!(listed.link.is_none());
        assert!(listed.features.has(Features::SAME_LIST));
        assert!(listed.features.has(Features::SUBJECT));
        assert_eq!(listed.features.names_in_sentence, 4);
        assert_eq!(listed.features.kinds(), (4, 4));
        let far = pair(&got, "Mexico", "Donald Trump");
        assert!(!far.features.has(Features::SAME_LIST));
        assert_eq!(far.features.names_between, 2);
        // The names between count as words: "Canada and China face tariffs".
        assert_eq!(far.features.words_between, 5);
    }

    #[test]
    fn features_read_the_words_between() {
        let got = pairs(
            "Omar García Harfuch arrested Rafael Caro Quintero; the Sinaloa Cartel (its rival) said nothing.",
            &[
                ("Omar García Harfuch", Person),
                ("Rafael Caro Quintero", Person),
                ("Sinaloa Cartel", Cartel),
            ],
        );
        let arrest = pair(&got, "Omar García Harfuch", "Rafael Caro Quintero");
        assert!(arrest.link.is_some(), "a rule stated it");
        assert!(arrest.features.has(Features::CUE));
        assert!(!arrest.features.has(Features::CLAUSE_BREAK));
        assert_eq!(arrest.features.words_between, 1);
        let across = pair(&got, "Omar García Harfuch", "Sinaloa Cartel");
        assert!(across.features.has(Features::CLAUSE_BREAK));
        assert_eq!(across.features.names_between, 1);
        let quoted = pairs(
            "Claudia Sheinbaum said: “Mexico will never accept a plan like this one.”",
            &[("Claudia Sheinbaum", Person), ("Mexico", Country)],
        );
        let said = pair(&quoted, "Claudia Sheinbaum", "Mexico").features;
        assert!(said.has(Features::ONE_QUOTED), "{said:?}");
        assert!(said.has(Features::CLAUSE_BREAK), "the colon");
        let owned = pairs(
            "Mexico’s Navy seized the boat.",
            &[("Mexico", Country), ("Navy", Agency)],
        );
        let navy = pair(&owned, "Mexico", "Navy");
        assert!(navy.features.has(Features::POSSESSIVE_OR_OF));
        assert!(navy.features.has(Features::ATTACHED));
    }

    #[test]
    fn a_pair_named_twice_is_one_candidate_by_its_nearest_mentions() {
        let got = pairs_of(
            "Mexico met Haiti in Ottawa, and later Mexico thanked Haiti.",
            &[
                ("Mexico", Country),
                ("Haiti", Country),
                ("Mexico", Country),
                ("Haiti", Country),
            ],
            &[0, 1, 0, 1],
        );
        assert_eq!(got.len(), 1, "one pair of entities");
        let c = &got[0].2;
        // The rules linked the first two ("met"): their link wins over nearer mentions.
        assert!(c.link.is_some());
        assert_eq!((c.a, c.b), (0, 1));
        let unlinked = pairs_of(
            "Mexico, a big country, and Haiti, a small one, and then Mexico and Haiti.",
            &[
                ("Mexico", Country),
                ("Haiti", Country),
                ("Mexico", Country),
                ("Haiti", Country),
            ],
            &[0, 1, 0, 1],
        );
        assert_eq!(unlinked.len(), 1);
        let c = &unlinked[0].2;
        assert!(c.link.is_none());
        assert_eq!((c.a, c.b), (2, 3), "the nearest two");
    }
}
