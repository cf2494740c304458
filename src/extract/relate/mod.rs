//! Deciding which names in a sentence are related, and how.
//!
//! Co-occurrence is the baseline to beat. The rules read the words *between* two names:
//!
//! 1. **Attachment.** A name that modifies another is tied to it: "U.S. Secretary of State
//!    Marco Rubio", "PRI leader Alejandro Moreno", "Mexico’s Sheinbaum"; an apposition or
//!    parenthesis with a role noun ("Omar García Harfuch, Mexico’s new Secretary of …",
//!    "Ovidio Guzmán, son of … El Chapo"); "Michael Shifter of the Inter-American Dialogue";
//!    "El Mencho’s son, Rubén Oseguera"; a possessor before a named policy ("López
//!    Obrador’s “hugs, not bullets” strategy"); but not "U.S.-Mexico relations", which
//!    names a relationship without stating one; "the DEA administrator, Terrance Cole,".
//!    A participle right after a described role labels the names it governs ("the drug
//!    lord convicted in the murder of X"); a plural role ("…, the sons of X") describes
//!    every name of the list before it. Words after a description are read from its
//!    end, not from a name inside it, except that a relative clause right after a quoted
//!    nickname is about the nicknamed name. A relation with a school or institute is
//!    one with the organisation that owns it ("a master’s from Yale’s Jackson School").
//!    A participle phrase with "by" closed by a comma ("The Jalisco cartel, led by X,
//!    was designated …") describes the name before it, which stays the subject; a
//!    country before "Ambassador" is the one served ("ambassador of"). A description
//!    headed by a descriptor noun ("Los Cuinis, a group allied with the CJNG") works as
//!    one headed by a role, and the words after a description of a name inside another
//!    description ("A, a leader of B, a group allied with C, was sent …") are read from
//!    the end of both.
//! 2. **Lists.** Names separated only by commas, "and", "or" and titles form a list; the
//!    members of a list of three or more are never related to each other, and a pair
//!    ("Sheinbaum and Rubio launched …") only when a relation verb follows it.
//! 3. **Links.** Two neighbouring lists (after attachment) are related when the gap between
//!    them is short, holds no clause break (`;`, `:`, a dash, "but", "while", "although",
//!    …) and holds a relation cue ("arrested", "designated", "met", …) or, when very
//!    short, a linking preposition ("by", "with", "against"). A plain aside in
//!    parentheses ("(2006–2012)") is read through, and so is a lowercase aside between
//!    dashes ("—which claimed 100,000 lives—"), which gives no label; "— including"
//!    opens examples of the noun before it, and a dash right after a name that opens
//!    "a" or "an" and a noun describes that name; "decide whether" does not end the
//!    clause; the words of a relative clause right after the first list (", which faces
//!    pressure from X, named Y", ", whom soldiers captured, was …") give no label, and
//!    the subject of a clause opened by "whom" acts on the name before it ("Consuelo
//!    Porras, whom the United States sanctioned"). Of coordinated verbs, the last one
//!    labels the name after it ("was arrested in 2023 and extradited to X"), and ", and
//!    was pardoned by X" goes on with the subject when the name before opens with its
//!    verb (an object's ", and paid …" is still a new clause). Every member of one list
//!    is related to every member of the other: "Trump designated the Sinaloa Cartel and
//!    CJNG" relates Trump to both, never the cartels to each other. "Cooperation
//!    between X and Y" relates the pair by the noun before "between", never as a pair
//!    acting together.
//! 4. **Clauses.** A link never crosses into a subordinate clause with its own subject
//!    ("… after Sinaloa Cartel gunmen besieged …"), into or out of a quotation (the
//!    speaker rule relates the speaker to the names quoted; a quotation may open or close
//!    in another sentence), from a prepositional object into a new verb phrase ("from X
//!    and previously served at Y"), or out of a relative clause past its closing comma
//!    ("X, who succeeded Y in March, said Z …"), or into a relative clause on a common
//!    noun ("objected to an ad that quoted Reagan"). In a title-case headline, a country
//!    modifying the words after it is not an actor. A name that only dates the sentence
//!    ("under AMLO’s government", "before Rubio’s visit") is no party to it. Across a
//!    summary of the clause (", a move that …") only the sentence's subject is related,
//!    read from the summary on. A law is an instrument: the purpose after it ("invoked
//!    the IEEPA to impose tariffs on Canada") is its user's, the subject's. The possessor
//!    of the role of the names after it ("led by Ovidio’s brothers Iván and Jesús") is
//!    not what the verb before it governs. A country opening the sentence after "in",
//!    "at" or "from" and before a comma ("In Washington, …") is only the setting, and
//!    so is a country after "in" right behind another name ("met Sheinbaum in Mexico").
//!    Quotations may use curly or straight marks.
//! 5. **Openers.** A participle phrase that opens the sentence ("Speaking at the World
//!    Economic Forum, President Donald Trump …", "Led by Gen. X, the task force …")
//!    relates its object to the subject after its comma; a capital after a colon starts
//!    a new sentence, not a list. An opening scene ("In a letter to X, …", "During a call
//!    with X, …", "After a visit to X, …") sets the scene for the subject only, and the
//!    one it was addressed to is related to that subject, labelled by the scene's noun
//!    or the subject's verb.
//! 6. **Credits.** In a photo credit ("Photo by X / AFP via Getty Images"), names joined
//!    by a slash or "via" are credited with each other.
//! 7. **Reports.** A report that closes the sentence (", the Justice Department said.")
//!    labels its speaker's links with its verb of saying, not with the verbs it reports;
//!    what a speaker does while speaking ("Bondi said, thanking X") is the relation.

mod apposition;
mod attach;
mod credits;
mod features;
mod frames;
mod gap;
mod lists;
mod pairs;
mod quotes;
mod view;
mod words;

use std::ops::Range;

use super::tokens::Token;
use super::Flow;
use crate::graph::Features;
pub use crate::graph::{Label, Rule};
use crate::kind::Kind;
use credits::{byline, photo_credit};
use features::SentenceFacts;
use frames::{fronted_participle, time_frames};
use lists::{between, joint_actions, joint_agents};
use pairs::link_lists;
use quotes::speakers;
use view::View;

/// A name in the sentence, as the relation rules see it.
#[derive(Debug, Clone)]
pub struct SentenceMention {
    /// Token indices it covers.
    pub tokens: Range<usize>,
    /// Its entity's kind.
    pub kind: Kind,
    /// Its entity (two mentions of one entity are never related to each other).
    pub entity: u32,
}

/// A related pair: indices into the mention slice, and the label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// First mention (earlier in the sentence).
    pub a: usize,
    /// Second mention.
    pub b: usize,
    /// Short relation label.
    pub label: Label,
    /// The rule that related them.
    pub rule: Rule,
}

/// Longest gap (in words) between neighbouring lists that a relation cue can bridge.
const MAX_LINK_GAP_WORDS: usize = 25;
/// Longest gap when another list stands between the two.
const MAX_SKIP_GAP_WORDS: usize = 15;
/// Longest gap a verb outside the cue lexicon can bridge.
const MAX_VERB_GAP_WORDS: usize = 12;
/// Longest aside between dashes (in tokens) that a link reads through.
const MAX_DASH_ASIDE_TOKENS: usize = 16;
/// Most lowercase words between "according to" and the source it names ("three former
/// U.S. officials").
const MAX_SOURCE_MODIFIERS: usize = 3;
/// Most title words read before a name ("Deputy Attorney General").
const MAX_TITLE_WORDS: usize = 3;
/// Longest gap a bare preposition can bridge.
const MAX_PREPOSITION_GAP_WORDS: usize = 3;

/// A rule over the whole sentence: it reads the view and its lists, and pushes links.
type SentenceRule = fn(&View, &[&[usize]], &mut Vec<Link>);

/// The sentence rules, in priority order. Attachment runs first, inside [`View::new`].
/// When two rules relate the same pair, the link pushed first keeps its label and rule
/// (a stable sort, then a dedup, at the end of [`relate`]), so this order decides.
const SENTENCE_RULES: [SentenceRule; 9] = [
    // A byline's line says nothing else: its writers work for the outlet.
    |v, _, links| byline(v.text, v.tokens, v.mentions, links),
    // Before the others, whose labels would win over its own: "Led by X, the task force
    // formalizes …" would otherwise read as a pair acting together.
    |v, _, links| fronted_participle(v.text, v.tokens, v.mentions, links),
    time_frames,
    joint_actions,
    link_lists,
    joint_agents,
    |v, _, links| speakers(v.text, v.tokens, v.mentions, &v.quoted, links),
    |v, _, links| photo_credit(v.text, v.tokens, v.mentions, links),
    between,
];

/// Finds related pairs among `mentions` (sorted by position, non-overlapping): builds
/// the sentence's `View` (attachment pushes its links on the way), then runs
/// `SENTENCE_RULES` in order. At most one link per pair: the first pushed.
pub fn relate(text: &str, tokens: &[Token], mentions: &[SentenceMention]) -> Vec<Link> {
    if mentions.len() < 2 {
        return Vec::new();
    }
    linked_view(text, tokens, mentions).1
}

/// The sentence's view and its links (see [`relate`]).
fn linked_view<'s>(
    text: &'s str,
    tokens: &'s [Token],
    mentions: &'s [SentenceMention],
) -> (View<'s>, Vec<Link>) {
    let mut links = Vec::new();
    let view = View::new(text, tokens, mentions, &mut links);
    let lists = view.lists();
    for rule in SENTENCE_RULES {
        rule(&view, &lists, &mut links);
    }
    links.sort_by_key(|l| (l.a, l.b));
    links.dedup_by(|x, y| x.a == y.a && x.b == y.b);
    (view, links)
}

/// Two actors named in one sentence: the mentions that stand for the pair, the rules'
/// link between them if one related them, and the pair's features.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// First mention (earlier in the sentence).
    pub a: usize,
    /// Second mention.
    pub b: usize,
    /// The rules' verdict: the link, when a rule stated the relation.
    pub link: Option<Link>,
    /// What the confidence model reads of the pair.
    pub features: Features,
}

/// Every pair of different entities named in the sentence, once: by the mentions a
/// rule linked when one did (the first link), else by the nearest two.
pub fn candidates(text: &str, tokens: &[Token], mentions: &[SentenceMention]) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    if mentions.len() < 2 {
        return out;
    }
    let (view, links) = linked_view(text, tokens, mentions);
    let facts = SentenceFacts::new(&view);
    let pair_of = |a: usize, b: usize| {
        let (x, y) = (mentions[a].entity, mentions[b].entity);
        (x.min(y), x.max(y))
    };
    // Linked pairs first, so a pair's link wins over its nearer mentions.
    for link in links {
        if out
            .iter()
            .any(|c| pair_of(c.a, c.b) == pair_of(link.a, link.b))
        {
            continue;
        }
        out.push(Candidate {
            a: link.a,
            b: link.b,
            features: features::features(&view, &facts, link.a, link.b),
            link: Some(link),
        });
    }
    let linked = out.len();
    for b in 1..mentions.len() {
        for a in (0..b).rev() {
            if mentions[a].entity == mentions[b].entity {
                continue;
            }
            let key = pair_of(a, b);
            let gap = |c: &Candidate| mentions[c.b].tokens.start - mentions[c.a].tokens.end;
            let this_gap = mentions[b]
                .tokens
                .start
                .saturating_sub(mentions[a].tokens.end);
            match out.iter().position(|c| pair_of(c.a, c.b) == key) {
                Some(k) if k < linked || gap(&out[k]) <= this_gap => {}
                Some(k) => out[k] = unlinked(&view, &facts, a, b),
                None => out.push(unlinked(&view, &facts, a, b)),
            }
        }
    }
    out.sort_by_key(|c| (c.a, c.b));
    out
}

fn unlinked(view: &View, facts: &SentenceFacts, a: usize, b: usize) -> Candidate {
    Candidate {
        a,
        b,
        link: None,
        features: features::features(view, facts, a, b),
    }
}

fn root(attached_to: &[Option<usize>], mut i: usize) -> usize {
    let mut steps = 0;
    while let Some(h) = attached_to[i] {
        i = h;
        steps += 1;
        if steps > attached_to.len() {
            break;
        }
    }
    i
}

/// Relates every member of `left` to every member of `right`.
fn push_all(
    links: &mut Vec<Link>,
    mentions: &[SentenceMention],
    left: &[usize],
    right: &[usize],
    label: Label,
    rule: Rule,
) {
    for &a in left {
        for &b in right {
            push(links, mentions, a, b, label, rule);
        }
    }
}

/// Relates mentions `a` and `b` by `rule` (never two mentions of one entity).
fn push(
    links: &mut Vec<Link>,
    mentions: &[SentenceMention],
    a: usize,
    b: usize,
    label: Label,
    rule: Rule,
) {
    if mentions[a].entity == mentions[b].entity {
        return;
    }
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    links.push(Link { a, b, label, rule });
}

#[cfg(test)]
mod examples;
#[cfg(test)]
mod tests;
