//! Links between lists (family 3): the tests the pair loop of [`super::relate`] asks
//! before linking two lists (scenes, relative clauses, "whom", nicknamed antecedents).

use std::ops::Range;

use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::graph::{Label, Rule};
use crate::kind::Kind;

use super::attach::{owning_body, owns_role_of_next};
use super::gap::{
    into_noun_relative_clause, link_label, opens_reported_content, opens_subordinate_clause,
    summative, tells_an_audience,
};
use super::quotes::{is_speech_verb, quote_mark, reporting_clause, Quote};
use super::view::View;
use super::words::{is_auxiliary, is_function_word, is_relative_pronoun, looks_like_verb};
use super::{push, push_all, root, Flow, Link, SentenceMention};

/// The person a relative clause opening `gap` is about when the description of the unit
/// `left` ends with that person's nickname in quotes: "Antonio Oseguera, the brother of
/// Nemesio Oseguera, “El Mencho,” who …" (the nickname closes Nemesio's name, so "who"
/// is his).
pub(super) fn nicknamed_antecedent(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    attached_to: &[Option<usize>],
    left: &[usize],
    gap: &[Token],
) -> Option<usize> {
    let [u] = left else {
        return None;
    };
    if !gap
        .first()
        .is_some_and(|t| t.is_word() && t.lower.as_str() == "who")
    {
        return None;
    }
    let end = gap.first()?.span.start;
    let j = (0..mentions.len()).rev().find(|&j| {
        j != *u
            && root(attached_to, j) == *u
            && mentions[j].kind == Kind::Person
            && mentions[j].tokens.end > 0
            && tokens[mentions[j].tokens.end - 1].span.end <= end
    })?;
    let last = &tokens[mentions[j].tokens.end - 1];
    let closes_quote = quote_mark(text, last) == Some(Quote::Close);
    let nothing_between = tokens[mentions[j].tokens.end..]
        .first()
        .is_some_and(|t| t.span.start == end);
    (closes_quote && nothing_between).then_some(j)
}

/// "Oseguera, a former police officer who was once deported from the U.S. after serving
/// a sentence, founded the CJNG": a name inside a relative clause is not related to what
/// follows the comma that closes the clause.
pub(super) fn leaves_relative_clause(
    text: &str,
    tokens: &[Token],
    left: Range<usize>,
    right: usize,
) -> bool {
    let in_clause = tokens[..left.start]
        .iter()
        .rev()
        // A comma, or a speech verb ("an official who briefed reporters said Washington
        // …": the clause ended before the verb), comes before the clause's start.
        .take_while(|t| {
            let punct = t.kind == TokenKind::Punct
                && matches!(&text[t.span.clone()], "," | ";" | ":" | "—" | "–" | "(");
            let speech = t.is_word() && is_speech_verb(t);
            !(punct || speech)
        })
        .any(|t| t.is_word() && is_relative_pronoun(t));
    in_clause
        && tokens[left.end..right]
            .iter()
            .any(|t| t.is_punct(text, ","))
}

/// "and previously served …", "and then met …": the index of the "and" in `gap` that
/// starts a new verb phrase, if one does.
pub(super) fn verb_phrase_start(gap: &[Token]) -> Option<usize> {
    gap.iter().enumerate().position(|(k, t)| {
        t.is_word()
            && t.lower.as_str() == "and"
            && gap[k + 1..]
                .iter()
                .take(3)
                .filter(|w| w.is_word())
                .find(|w| !(w.lower.ends_with("ly") || w.is(WordClass::ADVERB)))
                .is_some_and(|w| looks_like_verb(w) || is_auxiliary(w))
    })
}

/// The noun of an opening scene whose words before a name end with "with" or "to": "(In)
/// a letter to", "(During) a call with" give "letter", "call".
pub(super) fn counterpart_of(scene: &[Token]) -> Option<&Token> {
    let mut words = scene.iter().rev().take_while(|t| t.is_word());
    words.find(|t| matches!(t.lower.as_str(), "with" | "to"))?;
    words.next()
}

/// The first relation cue among the few words right after `from` (a subject's verb).
pub(super) fn verb_after(tokens: &[Token], from: usize) -> Option<Label> {
    tokens[from..]
        .iter()
        .take_while(|t| t.is_word())
        .take(MAX_VERB_AFTER_SUBJECT)
        .find_map(Token::relation_cue)
        .map(Label::from)
}

/// Most words read after a subject for its verb ("have long argued").
pub(super) const MAX_VERB_AFTER_SUBJECT: usize = 4;

/// The verb of a relative clause opened by `gap` (a comma, "whom" and at most an
/// article), read after its subject, the name that ends at token `subject_end`.
pub(super) fn whom_clause_label(
    text: &str,
    tokens: &[Token],
    gap: &[Token],
    subject_end: usize,
) -> Option<Label> {
    let [comma, whom, rest @ ..] = gap else {
        return None;
    };
    let opens = comma.is_punct(text, ",")
        && whom.lower.as_str() == "whom"
        && rest.iter().all(Token::is_article);
    if !opens {
        return None;
    }
    // "whom U.S. officials accuse": the verb comes after those acting for the country.
    let people = tokens[subject_end..]
        .iter()
        .take_while(|t| t.is_word() && !t.is_capitalised && t.is(WordClass::ACTING_NOUN))
        .count();
    verb_after(tokens, subject_end + people)
}
/// What the pair loop knows of the sentence, built once before it.
pub(super) struct Pairs<'v, 's> {
    v: &'v View<'s>,
    lists: &'v [&'v [usize]],
    /// "…, a move that …": what follows says what the first clause's act did. Its
    /// index.
    summary: Option<usize>,
    /// Whether the first list is the sentence's subject.
    subject_first: bool,
    /// "Following the U.S. operation in Venezuela, Trump referenced Mexico": an opening
    /// adverbial phrase sets the scene for the subject after its comma, not for the
    /// rest. The comma, and the list that is that subject.
    scene: Option<(usize, Option<usize>)>,
    /// The last list when it is the speaker of a closing report, with the report's verb.
    reporter: Option<(usize, Label)>,
}

/// Two lists the pair loop considers, `x` before `y`, with their extents.
pub(super) struct Pair<'v> {
    x: usize,
    y: usize,
    left: &'v [usize],
    right: &'v [usize],
    le: Range<usize>,
    re: Range<usize>,
}

impl Pair<'_> {
    /// The tokens between the two lists.
    fn gap<'t>(&self, tokens: &'t [Token]) -> &'t [Token] {
        &tokens[self.le.end..self.re.start]
    }
}

ordered_rules! {
    /// The pair rules, in the order they are asked; the first that settles a pair ends
    /// it. A rule reads the sentence and the pair, may link (and record in
    /// `subject_of[y]` the list `y`'s subject), and says whether the pair is settled.
    /// Vetoes stand where they do because the rules before them may still link across
    /// what they veto.
    fn ask_pair_rules(
        p: &Pairs,
        pair: &Pair,
        subject_of: &mut [Option<usize>],
        links: &mut Vec<Link>,
    ) = [
        scene_counterpart,
        across_summary,
        place_after_name,
        whom_clause,
        into_clause,
        into_subject_clause,
        across_quotation,
        second_verb_phrase,
        possessor_of_next_role,
        instrument_purpose,
        gap,
    ];
    names PAIR_RULES;
}

/// Links between lists, nearest first (`pairs::gap` and the rules before it).
pub(super) fn link_lists(v: &View, lists: &[&[usize]], links: &mut Vec<Link>) {
    let (text, tokens) = (v.text, v.tokens);
    let subject_first = lists.first().is_some_and(|l| {
        tokens[..v.list_extent(l).start]
            .iter()
            .take(4)
            .all(Token::is_word)
    });
    let scene = v.scene_comma.map(|comma| {
        let subject = lists.iter().position(|l| {
            let start = v.list_extent(l).start;
            start > comma && start <= comma + 3
        });
        (comma, subject)
    });
    let reporter = lists.last().and_then(|last| {
        let said = reporting_clause(text, tokens, v.list_extent(last))?;
        Some((lists.len() - 1, said))
    });
    let p = Pairs {
        v,
        lists,
        summary: summative(text, tokens),
        subject_first,
        scene,
        reporter,
    };
    // subject_of[y]: the nearest list before y linked to it.
    let mut subject_of: Vec<Option<usize>> = vec![None; lists.len()];
    for x in 0..lists.len() {
        for y in x + 1..lists.len() {
            if v.clause_opens.iter().any(|&c| x < c && c <= y) {
                continue;
            }
            let (left, right) = (lists[x], lists[y]);
            let pair = Pair {
                x,
                y,
                left,
                right,
                le: v.list_extent(left),
                re: v.list_extent(right),
            };
            let _ = ask_pair_rules(&p, &pair, &mut subject_of, links);
        }
    }
}

/// "In a letter to Rubio, Cornyn and Kelly wrote …", "During a call with Rubio, Sheinbaum
/// said …": the one the scene's letter or call was with is the subject's counterpart,
/// linked by the subject's verb. Nothing else links across the scene's comma.
fn scene_counterpart(
    p: &Pairs,
    pair: &Pair,
    subject_of: &mut [Option<usize>],
    links: &mut Vec<Link>,
) -> Flow {
    let Some((comma, subject)) = p.scene else {
        return Flow::Next;
    };
    let (tokens, mentions) = (p.v.tokens, p.v.mentions);
    let (le, re, y) = (&pair.le, &pair.re, pair.y);
    if le.end <= comma && re.start > comma && subject != Some(y) {
        return Flow::Done;
    }
    let counterpart = (le.end <= comma && subject == Some(y))
        .then(|| counterpart_of(&tokens[1..le.start]))
        .flatten();
    let Some(noun) = counterpart else {
        return Flow::Next;
    };
    // The scene's noun labels it if it can ("a visit to", "a meeting with"), else the
    // subject's verb.
    let label = noun.relation_cue().map(Label::from);
    if let Some(label) = label.or_else(|| verb_after(tokens, re.end)) {
        push_all(
            links,
            mentions,
            pair.left,
            pair.right,
            label,
            Rule::SceneCounterpart,
        );
        subject_of[y] = Some(pair.x);
    }
    Flow::Done
}

/// Across a summary, only the subject is related, and from the summary on: "Sheinbaum’s
/// cabinet stepped up efforts in Sinaloa, a move that signals a will to disrupt the
/// Sinaloa Cartel" relates Sheinbaum, not Sinaloa.
fn across_summary(
    p: &Pairs,
    pair: &Pair,
    subject_of: &mut [Option<usize>],
    links: &mut Vec<Link>,
) -> Flow {
    let (le, re, x, y) = (&pair.le, &pair.re, pair.x, pair.y);
    let Some(that) = p.summary.filter(|&t| le.end <= t && t < re.start) else {
        return Flow::Next;
    };
    let (text, tokens) = (p.v.text, p.v.tokens);
    let first_after = p.lists[x + 1..y]
        .iter()
        .all(|l| p.v.list_extent(l).start < that);
    if x == 0 && p.subject_first && first_after {
        let from = &tokens[that + 1..re.start];
        if let Some(label) = link_label(text, tokens, from, that + 1, true) {
            push_all(
                links,
                p.v.mentions,
                pair.left,
                pair.right,
                label,
                Rule::AcrossSummary,
            );
            subject_of[y] = Some(x);
        }
    }
    Flow::Done
}

/// "Rubio met Sheinbaum in Mexico": a country right after another name and "in" is where
/// the act took place, not a party to it.
fn place_after_name(p: &Pairs, pair: &Pair, _: &mut [Option<usize>], _: &mut Vec<Link>) -> Flow {
    let (tokens, mentions) = (p.v.tokens, p.v.mentions);
    let y = pair.y;
    let place = y > pair.x + 1
        && pair
            .right
            .iter()
            .all(|&b| mentions[b].kind == Kind::Country)
        && matches!(
            &tokens[p.v.list_extent(p.lists[y - 1]).end..pair.re.start],
            [inn] if inn.lower.as_str() == "in"
        );
    if place {
        Flow::Done
    } else {
        Flow::Next
    }
}

/// "Consuelo Porras, whom the United States sanctioned in 2021": the name after "whom"
/// acts on the one before it, by the relative clause's verb.
fn whom_clause(p: &Pairs, pair: &Pair, _: &mut [Option<usize>], links: &mut Vec<Link>) -> Flow {
    let (text, tokens) = (p.v.text, p.v.tokens);
    let Some(label) = whom_clause_label(text, tokens, pair.gap(tokens), pair.re.end) else {
        return Flow::Next;
    };
    push_all(
        links,
        p.v.mentions,
        pair.left,
        pair.right,
        label,
        Rule::WhomClause,
    );
    Flow::Done
}

/// No link into a subordinate clause with its own subject, a relative clause on a common
/// noun, reported content or an audience.
fn into_clause(p: &Pairs, pair: &Pair, _: &mut [Option<usize>], _: &mut Vec<Link>) -> Flow {
    let tokens = p.v.tokens;
    let gap = pair.gap(tokens);
    if opens_subordinate_clause(gap, &tokens[pair.re.end..])
        || into_noun_relative_clause(gap)
        || opens_reported_content(gap)
        || tells_an_audience(gap)
    {
        Flow::Done
    } else {
        Flow::Next
    }
}

/// "his close ties with the military, especially after US authorities arrested
/// Cienfuegos": a name skipped on the way is the subject of a subordinate clause, and
/// the second name lies inside that clause. Nor out of a relative clause past its
/// closing comma.
fn into_subject_clause(p: &Pairs, pair: &Pair, _: &mut [Option<usize>], _: &mut Vec<Link>) -> Flow {
    let (text, tokens) = (p.v.text, p.v.tokens);
    let (le, re) = (&pair.le, &pair.re);
    let into_clause = (pair.x + 1..pair.y).any(|z| {
        let ze = p.v.list_extent(p.lists[z]);
        opens_subordinate_clause(&tokens[le.end..ze.start], &tokens[ze.end..])
            && !tokens[ze.end..re.start]
                .iter()
                .any(|t| t.kind == TokenKind::Punct)
    });
    if into_clause || leaves_relative_clause(text, tokens, le.clone(), re.start) {
        Flow::Done
    } else {
        Flow::Next
    }
}

/// A quotation is its speaker's words: a name inside it is related to one outside only
/// through the speaker (`quotes::speaker`).
fn across_quotation(p: &Pairs, pair: &Pair, _: &mut [Option<usize>], _: &mut Vec<Link>) -> Flow {
    if p.v.quoted[pair.le.start] != p.v.quoted[pair.re.start] {
        Flow::Done
    } else {
        Flow::Next
    }
}

/// "… a master’s from Yale’s Jackson School and previously served at the Modern War
/// Institute": an object, then a new verb phrase of the subject.
fn second_verb_phrase(
    p: &Pairs,
    pair: &Pair,
    subject_of: &mut [Option<usize>],
    links: &mut Vec<Link>,
) -> Flow {
    let (text, tokens) = (p.v.text, p.v.tokens);
    let object = tokens[..pair.le.start]
        .iter()
        .rev()
        .find(|t| !t.is_article())
        .is_some_and(|before| {
            before.is_word()
                && (before.is(WordClass::LINKING_PREPOSITION) || before.lower.as_str() == "in")
        });
    if !object {
        return Flow::Next;
    }
    let gap = pair.gap(tokens);
    let Some(and) = verb_phrase_start(gap) else {
        return Flow::Next;
    };
    // The subject of the first verb phrase is the subject of the second: the person who
    // studied at Yale served at the Institute.
    let second = &gap[and + 1..];
    // Right after the object: further on, the phrase may have a subject of its own ("…
    // a business that advertised X and shipped them …").
    let right_after = and <= 3;
    if let Some(w) = subject_of[pair.x].filter(|_| right_after) {
        if let Some(label) = link_label(text, tokens, second, pair.re.start, true) {
            push_all(
                links,
                p.v.mentions,
                p.lists[w],
                pair.right,
                label,
                Rule::SecondVerbPhrase,
            );
        }
    }
    Flow::Done
}

/// "the Chapitos — led by Ovidio’s brothers Iván and Jesús Alfredo": a possessor of the
/// role of the names after it is not what the verb before it governs.
fn possessor_of_next_role(
    p: &Pairs,
    pair: &Pair,
    _: &mut [Option<usize>],
    _: &mut Vec<Link>,
) -> Flow {
    match pair.right {
        [u] if owns_role_of_next(p.v.tokens, p.v.mentions, *u) => Flow::Done,
        _ => Flow::Next,
    }
}

/// "Trump invoked the IEEPA to impose tariffs on Canada": a law or agreement is an
/// instrument; the purpose after it is its user's, the subject's.
fn instrument_purpose(
    p: &Pairs,
    pair: &Pair,
    subject_of: &mut [Option<usize>],
    links: &mut Vec<Link>,
) -> Flow {
    let (text, tokens, mentions) = (p.v.text, p.v.tokens, p.v.mentions);
    let gap = pair.gap(tokens);
    let purpose = pair
        .left
        .iter()
        .all(|&a| mentions[a].kind == Kind::Agreement)
        && matches!(gap, [to, verb, ..] if to.lower.as_str() == "to"
            && verb.is_word() && !verb.is_capitalised && !is_function_word(&verb.lower));
    if !purpose {
        return Flow::Next;
    }
    if let Some(w) = subject_of[pair.x] {
        let next = pair.y == pair.x + 1;
        if let Some(label) = link_label(text, tokens, gap, pair.le.start, next) {
            push_all(
                links,
                mentions,
                p.lists[w],
                pair.right,
                label,
                Rule::InstrumentPurpose,
            );
        }
    }
    Flow::Done
}

/// Two lists and the words between them: every member of one is related to every
/// member of the other by the gap's label (`pairs::gap`), and to the body that owns a
/// linked name (`pairs::owning_body`).
fn gap(p: &Pairs, pair: &Pair, subject_of: &mut [Option<usize>], links: &mut Vec<Link>) -> Flow {
    let (text, tokens, mentions) = (p.v.text, p.v.tokens, p.v.mentions);
    let (x, y) = (pair.x, pair.y);
    let gap = pair.gap(tokens);
    let Some(label) = link_label(text, tokens, gap, pair.le.start, y == x + 1) else {
        return Flow::Done;
    };
    // "X, the brother of Y, “El Mencho,” who is wanted by the DEA": the clause is about
    // the nicknamed Y, not about X.
    let attached_to = &p.v.attached_to;
    if let Some(j) = nicknamed_antecedent(text, tokens, mentions, attached_to, pair.left, gap) {
        push_all(
            links,
            mentions,
            &[j],
            pair.right,
            label,
            Rule::NicknamedAntecedent,
        );
        subject_of[y] = Some(x);
        return Flow::Done;
    }
    // "…, the Justice Department said.": the speaker reports what came before; the verb
    // of the report is the relation, not the verbs of what it reports.
    let label = match p.reporter {
        Some((r, said)) if r == y => said,
        _ => label,
    };
    for &a in pair.left {
        for &b in pair.right {
            push(links, mentions, a, b, label, Rule::Gap);
            // "a master’s from Yale’s Jackson School": the school's owner too.
            for (a, b) in [(a, b), (b, a)] {
                if let Some(owner) = owning_body(tokens, mentions, attached_to, b) {
                    push(links, mentions, a, owner, label, Rule::OwningBody);
                }
            }
        }
    }
    subject_of[y] = Some(x);
    Flow::Done
}
