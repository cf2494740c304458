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

mod attach;
mod credits;
mod frames;
mod gap;
mod lists;
mod pairs;
mod quotes;
mod words;

use std::ops::Range;

use super::lexicon::WordClass;
use super::tokens::{Token, TokenKind};
pub use crate::graph::{Label, Rule};
use crate::kind::Kind;
use attach::{attach, is_title_like, owning_body, owns_role_of_next};
use credits::photo_credit;
use frames::{
    frame_object, fronted_participle, is_attributive_country, is_headline_modifier,
    is_opening_setting, is_title_case, opening_adverbial, time_frame,
};
use gap::{
    into_noun_relative_clause, link_label, opens_reported_content, opens_subordinate_clause,
    summative, tells_an_audience,
};
use lists::{
    after_brackets, agent_by, between_at, is_coordination, joint_action, opens_coordinated_clause,
    possesses_subject, MAX_BETWEEN_NOUN_TOKENS,
};
use pairs::{
    counterpart_of, leaves_relative_clause, nicknamed_antecedent, verb_after, verb_phrase_start,
    whom_clause,
};
use quotes::{quoted_tokens, reporting_clause, speakers};
use words::{is_auxiliary, is_function_word};

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

/// Finds related pairs among `mentions` (sorted by position, non-overlapping).
pub fn relate(text: &str, tokens: &[Token], mentions: &[SentenceMention]) -> Vec<Link> {
    let mut links = Vec::new();
    if mentions.len() < 2 {
        return links;
    }
    let n = mentions.len();
    // head[i] = Some(h) when mention i is attached to (modifies) mention h.
    let mut attached_to: Vec<Option<usize>> = vec![None; n];
    // described_until[i]: where a description of mention i that names others ends.
    let mut described_until: Vec<usize> = vec![0; n];
    attach(
        text,
        tokens,
        mentions,
        &mut attached_to,
        &mut described_until,
        &mut links,
    );
    // Before the other rules, whose labels would win over its own: "Led by X, the task
    // force formalizes …" would otherwise read as a pair acting together.
    fronted_participle(text, tokens, mentions, &mut links);

    // Extent of each unit including its attached dependents and its description (for
    // gap computation): "Joaquín Guzmán López, another of El Chapo’s sons, who …" reads
    // on from after "sons", not from after "El Chapo".
    let extent = |u: usize| -> Range<usize> {
        let mut r = mentions[u].tokens.clone();
        r.end = r.end.max(described_until[u]);
        for (i, h) in attached_to.iter().enumerate() {
            if root(&attached_to, i) == u && h.is_some() {
                r.start = r.start.min(mentions[i].tokens.start);
                // A dependent's own description too: "A, a leader of B, a group allied
                // with C, was sent …" reads on from after C.
                r.end = r.end.max(mentions[i].tokens.end).max(described_until[i]);
            }
        }
        r
    };
    // Top-level units: mentions not attached to another.
    // "According to Mexico News Daily, …": a cited source is not a party to what it
    // reports.
    let is_source = |i: usize| {
        // From the first of its modifiers: "according to U.S. Census Bureau figures",
        // "according to three former U.S. officials".
        let mut start = extent(i).start;
        for _ in 0..MAX_SOURCE_MODIFIERS {
            match start.checked_sub(1).map(|k| &tokens[k]) {
                Some(t) if t.is_word() && !t.is_capitalised && !is_function_word(&t.lower) => {
                    start -= 1;
                }
                _ => break,
            }
        }
        let start = if tokens[..start].last().is_some_and(Token::is_article) {
            start - 1
        } else {
            start
        };
        start >= 2
            && tokens[start - 2].lower.as_str() == "according"
            && tokens[start - 1].lower.as_str() == "to"
    };
    let headline = is_title_case(tokens);
    // Names that only date the sentence, and the objects of their frame noun.
    let mut in_frame = vec![false; n];
    for i in 0..n {
        if let Some(noun) = time_frame(tokens, &mentions[i]) {
            in_frame[i] = true;
            if let Some(j) = frame_object(tokens, mentions, noun) {
                in_frame[j] = true;
                push(
                    &mut links,
                    mentions,
                    i,
                    j,
                    tokens[noun].lower.as_str().into(),
                    Rule::TimeFrame,
                );
            }
        }
    }
    let units: Vec<usize> = (0..n)
        .filter(|&i| {
            let is_aside = attached_to[i].is_some()
                || is_source(i)
                || in_frame[i]
                || is_attributive_country(text, tokens, mentions, i)
                || is_opening_setting(text, tokens, &mentions[i])
                || headline && is_headline_modifier(tokens, mentions, i);
            !is_aside
        })
        .collect();
    let quoted = quoted_tokens(text, tokens);
    let mut extents: Vec<Range<usize>> = units.iter().map(|&u| extent(u)).collect();
    // A description never reaches over the next unit.
    for k in 1..extents.len() {
        let next = extents[k].start;
        let previous = &mut extents[k - 1];
        previous.end = previous.end.min(next).max(previous.start);
    }

    // Lists of coordinated units; none reaches over the comma after an opening adverbial
    // phrase ("Following the operation in Venezuela, Trump …").
    let scene_comma = opening_adverbial(text, tokens);
    // Each list is a run of consecutive units: kept as a range of `units`.
    let mut runs: Vec<Range<usize>> = Vec::new();
    // The lists that open a coordinated clause: no link reaches over one.
    let mut clause_opens: Vec<usize> = Vec::new();
    for (k, &u) in units.iter().enumerate() {
        // "Sheinbaum is the president of Mexico, and Trump …": an apposition with a verb
        // ends a clause, so what follows is not coordinated with its subject.
        let clause_between = k > 0
            && tokens[mentions[units[k - 1]].tokens.end.min(extents[k].start)..extents[k].start]
                .iter()
                .any(|t| t.is_word() && is_auxiliary(t));
        let over_scene =
            k > 0 && scene_comma.is_some_and(|c| extents[k - 1].end <= c && c < extents[k].start);
        // "Trump imposed tariffs on Mexico, and Sheinbaum responded …": after a lone
        // name, ", and" and a name with its verb open a clause, not a list.
        let lone = runs.last().is_some_and(|r| r.len() == 1);
        // ", and" right after the previous unit (", and its director, X, has …") or
        // right before this one (", and CBP Commissioner Rodney Scott has …").
        // The unit's titles first: ", and Commissioner Luis Soto has …".
        let titles = tokens[..extents[k].start]
            .iter()
            .rev()
            .take(MAX_TITLE_WORDS)
            .take_while(|t| t.is_capitalised && is_title_like(t))
            .count();
        let lead = extents[k].start - titles;
        let opens_clause = k > 0
            && [
                extents[k - 1].end,
                lead.saturating_sub(2).max(extents[k - 1].end),
                lead.saturating_sub(3).max(extents[k - 1].end),
            ]
            .into_iter()
            .any(|from| opens_coordinated_clause(text, tokens, from, &extents[k]));
        let new_clause = lone && opens_clause;
        let coordinated = k > 0
            && !clause_between
            && !over_scene
            && !new_clause
            && !possesses_subject(tokens, mentions[u].tokens.end)
            && is_coordination(
                text,
                &tokens[after_brackets(text, tokens, &extents[k - 1])..extents[k].start],
            );
        match runs.last_mut() {
            Some(run) if coordinated => run.end = k + 1,
            _ => runs.push(k..k + 1),
        }
        // Whether or not a list ended here: "Noem has called it …, and CBP Commissioner
        // Rodney Scott has credited …".
        if opens_clause && runs.last().is_some_and(|r| r.start == k) {
            clause_opens.push(runs.len() - 1);
        }
    }
    let lists: Vec<&[usize]> = runs.into_iter().map(|run| &units[run]).collect();
    let list_extent = |list: &[usize]| -> Range<usize> {
        let first = units.iter().position(|&u| u == list[0]).unwrap_or(0);
        let last = units
            .iter()
            .position(|&u| u == list[list.len() - 1])
            .unwrap_or(0);
        extents[first].start..extents[last].end
    };

    // A pair joined by "and" acting together: "Sheinbaum and Rubio unveiled …" (not
    // after "between": "cooperation between X and Y remains thin" is below).
    for list in &lists {
        if list.len() == 2 {
            let ext = list_extent(list);
            if between_at(text, tokens, ext.start).is_some() {
                continue;
            }
            // "U.S. agencies, including the DEA and the FBI, …": examples of something
            // named before, not the subject of what follows.
            let mut before = tokens[..ext.start]
                .iter()
                .rev()
                .skip_while(|t| t.is_article())
                .map(|t| t.lower.as_str());
            let example = matches!(
                (before.next(), before.next()),
                (Some("including" | "like"), _) | (Some("as"), Some("such"))
            );
            if example {
                continue;
            }
            if let Some(label) = joint_action(text, tokens, ext.end) {
                push(
                    &mut links,
                    mentions,
                    list[0],
                    list[1],
                    label,
                    Rule::JointAction,
                );
            }
        }
    }

    // "…, a move that …": what follows says what the first clause's act did. Its index,
    // and whether the first list is the sentence's subject.
    let summary = summative(text, tokens);
    let subject_first = lists.first().is_some_and(|l| {
        tokens[..list_extent(l).start]
            .iter()
            .take(4)
            .all(Token::is_word)
    });

    // "Following the U.S. operation in Venezuela, Trump referenced Mexico": an opening
    // adverbial phrase sets the scene for the subject after its comma, not for the rest.
    let scene = scene_comma.map(|comma| {
        let subject = lists.iter().position(|l| {
            let start = list_extent(l).start;
            start > comma && start <= comma + 3
        });
        (comma, subject)
    });

    let reporter = lists.last().and_then(|last| {
        let said = reporting_clause(text, tokens, list_extent(last))?;
        Some((lists.len() - 1, said))
    });
    // Links between lists, nearest first. subject_of[y]: the nearest list before y
    // linked to it.
    let mut subject_of: Vec<Option<usize>> = vec![None; lists.len()];
    for x in 0..lists.len() {
        for y in x + 1..lists.len() {
            if clause_opens.iter().any(|&c| x < c && c <= y) {
                continue;
            }
            let (left, right) = (lists[x], lists[y]);
            let (le, re) = (list_extent(left), list_extent(right));
            if let Some((comma, subject)) = scene {
                if le.end <= comma && re.start > comma && subject != Some(y) {
                    continue;
                }
                // "In a letter to Rubio, Cornyn and Kelly wrote …", "During a call with
                // Rubio, Sheinbaum said …": the one the scene's letter or call was with
                // is the subject's counterpart, linked by the subject's verb.
                let counterpart = (le.end <= comma && subject == Some(y))
                    .then(|| counterpart_of(&tokens[1..le.start]))
                    .flatten();
                if let Some(noun) = counterpart {
                    // The scene's noun labels it if it can ("a visit to", "a meeting
                    // with"), else the subject's verb.
                    let label = noun.relation_cue().map(Label::from);
                    if let Some(label) = label.or_else(|| verb_after(tokens, re.end)) {
                        push_all(
                            &mut links,
                            mentions,
                            left,
                            right,
                            label,
                            Rule::SceneCounterpart,
                        );
                        subject_of[y] = Some(x);
                    }
                    continue;
                }
            }
            // Across a summary, only the subject is related, and from the summary on:
            // "Sheinbaum’s cabinet stepped up efforts in Sinaloa, a move that signals a
            // will to disrupt the Sinaloa Cartel" relates Sheinbaum, not Sinaloa.
            if let Some(that) = summary.filter(|&t| le.end <= t && t < re.start) {
                let first_after = lists[x + 1..y].iter().all(|l| list_extent(l).start < that);
                if x == 0 && subject_first && first_after {
                    let from = &tokens[that + 1..re.start];
                    if let Some(label) = link_label(text, tokens, from, that + 1, true) {
                        push_all(
                            &mut links,
                            mentions,
                            left,
                            right,
                            label,
                            Rule::AcrossSummary,
                        );
                        subject_of[y] = Some(x);
                    }
                }
                continue;
            }
            // "Rubio met Sheinbaum in Mexico": a country right after another name and
            // "in" is where the act took place, not a party to it.
            let place = y > x + 1
                && right.iter().all(|&b| mentions[b].kind == Kind::Country)
                && matches!(
                    &tokens[list_extent(lists[y - 1]).end..re.start],
                    [inn] if inn.lower.as_str() == "in"
                );
            if place {
                continue;
            }
            let gap = &tokens[le.end..re.start];
            // "Consuelo Porras, whom the United States sanctioned in 2021": the name
            // after "whom" acts on the one before it, by the relative clause's verb.
            if let Some(label) = whom_clause(text, tokens, gap, re.end) {
                push_all(&mut links, mentions, left, right, label, Rule::WhomClause);
                continue;
            }
            if opens_subordinate_clause(gap, &tokens[re.end..])
                || into_noun_relative_clause(gap)
                || opens_reported_content(gap)
                || tells_an_audience(gap)
            {
                continue;
            }
            // "his close ties with the military, especially after US authorities
            // arrested Cienfuegos": a name skipped on the way is the subject of a
            // subordinate clause, and the second name lies inside that clause.
            let into_clause = (x + 1..y).any(|z| {
                let ze = list_extent(lists[z]);
                opens_subordinate_clause(&tokens[le.end..ze.start], &tokens[ze.end..])
                    && !tokens[ze.end..re.start]
                        .iter()
                        .any(|t| t.kind == TokenKind::Punct)
            });
            if into_clause || leaves_relative_clause(text, tokens, le.clone(), re.start) {
                continue;
            }
            // A quotation is its speaker's words: a name inside it is related to one
            // outside only through the speaker (below).
            if quoted[le.start] != quoted[re.start] {
                continue;
            }
            // "… a master’s from Yale’s Jackson School and previously served at the
            // Modern War Institute": an object, then a new verb phrase of the subject.
            let object = tokens[..le.start]
                .iter()
                .rev()
                .find(|t| !t.is_article())
                .is_some_and(|before| {
                    before.is_word()
                        && (before.is(WordClass::LINKING_PREPOSITION)
                            || before.lower.as_str() == "in")
                });
            if object {
                if let Some(and) = verb_phrase_start(gap) {
                    // The subject of the first verb phrase is the subject of the second:
                    // the person who studied at Yale served at the Institute.
                    let second = &gap[and + 1..];
                    // Right after the object: further on, the phrase may have a subject of
                    // its own ("… a business that advertised X and shipped them …").
                    let right_after = and <= 3;
                    if let Some(w) = subject_of[x].filter(|_| right_after) {
                        if let Some(label) = link_label(text, tokens, second, re.start, true) {
                            push_all(
                                &mut links,
                                mentions,
                                lists[w],
                                right,
                                label,
                                Rule::SecondVerbPhrase,
                            );
                        }
                    }
                    continue;
                }
            }
            // "the Chapitos — led by Ovidio’s brothers Iván and Jesús Alfredo": a possessor
            // of the role of the names after it is not what the verb before it governs.
            if let [u] = right {
                if owns_role_of_next(tokens, mentions, *u) {
                    continue;
                }
            }
            // "Trump invoked the IEEPA to impose tariffs on Canada": a law or agreement
            // is an instrument; the purpose after it is its user's, the subject's.
            let purpose = left.iter().all(|&a| mentions[a].kind == Kind::Agreement)
                && matches!(gap, [to, verb, ..] if to.lower.as_str() == "to"
                    && verb.is_word() && !verb.is_capitalised && !is_function_word(&verb.lower));
            if purpose {
                if let Some(w) = subject_of[x] {
                    if let Some(label) = link_label(text, tokens, gap, le.start, y == x + 1) {
                        push_all(
                            &mut links,
                            mentions,
                            lists[w],
                            right,
                            label,
                            Rule::InstrumentPurpose,
                        );
                    }
                }
                continue;
            }
            let Some(label) = link_label(text, tokens, gap, le.start, y == x + 1) else {
                continue;
            };
            // "X, the brother of Y, “El Mencho,” who is wanted by the DEA": the clause is
            // about the nicknamed Y, not about X.
            if let Some(j) = nicknamed_antecedent(text, tokens, mentions, &attached_to, left, gap) {
                push_all(
                    &mut links,
                    mentions,
                    &[j],
                    right,
                    label,
                    Rule::NicknamedAntecedent,
                );
                subject_of[y] = Some(x);
                continue;
            }
            // "…, the Justice Department said.": the speaker reports what came before; the
            // verb of the report is the relation, not the verbs of what it reports.
            let label = match reporter {
                Some((r, said)) if r == y => said,
                _ => label,
            };
            for &a in left {
                for &b in right {
                    push(&mut links, mentions, a, b, label, Rule::Gap);
                    // "a master’s from Yale’s Jackson School": the school's owner too.
                    for (a, b) in [(a, b), (b, a)] {
                        if let Some(owner) = owning_body(tokens, mentions, &attached_to, b) {
                            push(&mut links, mentions, a, owner, label, Rule::OwningBody);
                        }
                    }
                }
            }
            subject_of[y] = Some(x);
        }
    }

    // "announced by Blinken and Ebrard", "signed in Lima by Foreign Minister Ana Díaz and
    // …": joint agents of one act.
    for list in &lists {
        if list.len() == 2 {
            if let Some(by) = agent_by(tokens, list_extent(list).start) {
                let label = tokens[by.saturating_sub(6)..by]
                    .iter()
                    .rev()
                    .find_map(|t| t.relation_cue())
                    .unwrap_or("acted together");
                push(
                    &mut links,
                    mentions,
                    list[0],
                    list[1],
                    label.into(),
                    Rule::JointAgents,
                );
            }
        }
    }

    speakers(text, tokens, mentions, &quoted, &mut links);
    photo_credit(text, tokens, mentions, &mut links);

    // "cooperation between X and Y".
    for list in &lists {
        if list.len() == 2 {
            if let Some(between) = between_at(text, tokens, list_extent(list).start) {
                // The noun before it, over a place: "a meeting in Mexico City between …".
                let label = tokens[between.saturating_sub(MAX_BETWEEN_NOUN_TOKENS)..between]
                    .iter()
                    .rev()
                    .take_while(|t| t.is_word())
                    .find_map(|t| t.relation_cue())
                    .unwrap_or("relations");
                push(
                    &mut links,
                    mentions,
                    list[0],
                    list[1],
                    label.into(),
                    Rule::Between,
                );
            }
        }
    }
    links.sort_by_key(|l| (l.a, l.b));
    links.dedup_by(|x, y| x.a == y.a && x.b == y.b);
    links
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
mod tests;
