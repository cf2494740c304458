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

use std::ops::Range;

use super::lexicon::{self, WordClass};
use super::tokens::{Token, TokenKind};
pub use crate::graph::{Label, Rule};
use crate::kind::Kind;

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

/// The person a relative clause opening `gap` is about when the description of the unit
/// `left` ends with that person's nickname in quotes: "Antonio Oseguera, the brother of
/// Nemesio Oseguera, “El Mencho,” who …" (the nickname closes Nemesio's name, so "who"
/// is his).
fn nicknamed_antecedent(
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

/// Where what follows `unit` starts: past its closing bracket when the unit stands in
/// brackets ("the Attorney General’s Office (FGR) and the Justice Department").
fn after_brackets(text: &str, tokens: &[Token], unit: &Range<usize>) -> usize {
    let opened = unit.start > 0 && tokens[unit.start - 1].is_punct(text, "(");
    let closes = tokens.get(unit.end).is_some_and(|t| t.is_punct(text, ")"));
    if opened && closes {
        unit.end + 1
    } else {
        unit.end
    }
}

/// Most tokens before "between" searched for the noun of the relation.
const MAX_BETWEEN_NOUN_TOKENS: usize = 5;

/// Most tokens of a name before an acronym in brackets that [`between_at`] reads back over.
const MAX_BRACKETED_NAME_TOKENS: usize = 6;

/// The index of the "between" right before token `start` ("between X", "between the
/// X"), if there is one.
fn between_at(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    // "between the Attorney General’s Office (FGR) and …": the name the acronym in
    // brackets stands for opens the phrase.
    let mut start = start;
    if start >= 2 && tokens[start - 1].is_punct(text, "(") {
        let words = tokens[..start - 1]
            .iter()
            .rev()
            .take(MAX_BRACKETED_NAME_TOKENS)
            .take_while(|t| t.is_capitalised || t.kind == TokenKind::Possessive)
            .count();
        if words > 0 {
            start -= 1 + words;
        }
    }
    let k = match start.checked_sub(1).map(|k| &tokens[k]) {
        Some(the) if the.lower.as_str() == "the" => start.checked_sub(2)?,
        _ => start.checked_sub(1)?,
    };
    (tokens[k].lower.as_str() == "between").then_some(k)
}

/// Most tokens after the verb of a trailing report (", the ministry said in a statement
/// on Tuesday.").
const MAX_REPORT_TAIL_TOKENS: usize = 8;

/// The label of a report that closes the sentence after a comma, with `unit` as its
/// speaker: "…, Mexico’s Security Cabinet said in a statement." gives "said".
fn reporting_clause(text: &str, tokens: &[Token], unit: Range<usize>) -> Option<Label> {
    let before = &tokens[..unit.start];
    // After the comma, "the" or a possessor ("Mexico’s") may open the speaker's name.
    let after_comma = match before {
        [.., comma, the] if the.lower.as_str() == "the" => comma.is_punct(text, ","),
        [.., comma, owner, s] if s.kind == TokenKind::Possessive && owner.is_capitalised => {
            comma.is_punct(text, ",")
        }
        [.., comma] => comma.is_punct(text, ","),
        [] => false,
    };
    let verb = tokens.get(unit.end)?;
    let reports = verb.is_word()
        && matches!(
            verb.lower.as_str(),
            "said"
                | "says"
                | "told"
                | "added"
                | "stated"
                | "noted"
                | "wrote"
                | "announced"
                | "confirmed"
                | "reported"
                | "explained"
                | "warned"
        );
    let tail = &tokens[unit.end + 1..];
    let ends = tail.len() <= MAX_REPORT_TAIL_TOKENS
        && tail.iter().all(|t| t.is_word() || t.is_punct(text, "."))
        && tail.last().is_none_or(|t| t.is_punct(text, "."));
    (after_comma && reports && ends).then(|| Label::new(&verb.lower))
}

/// A verb of saying ("said", "told", "warned"): the person verbs without the
/// auxiliaries and pronouns that list also holds.
fn is_speech_verb(t: &Token) -> bool {
    t.is(WordClass::PERSON_VERB)
        && !matches!(
            t.lower.as_str(),
            "was" | "is" | "has" | "had" | "who" | "himself" | "herself"
        )
}

/// "Oseguera, a former police officer who was once deported from the U.S. after serving
/// a sentence, founded the CJNG": a name inside a relative clause is not related to what
/// follows the comma that closes the clause.
fn leaves_relative_clause(text: &str, tokens: &[Token], left: Range<usize>, right: usize) -> bool {
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
        .any(|t| t.is_word() && matches!(t.lower.as_str(), "who" | "whom" | "whose" | "which"));
    in_clause
        && tokens[left.end..right]
            .iter()
            .any(|t| t.is_punct(text, ","))
}

/// Words that open a time frame ("under AMLO’s government", "before Rubio’s visit").
fn is_temporal_preposition(w: &str) -> bool {
    matches!(
        w,
        "under"
            | "during"
            | "before"
            | "after"
            | "since"
            | "following"
            | "throughout"
            | "until"
            | "amid"
    )
}

/// Nouns that make a possessor a time frame: a term of office, a visit, an election.
/// Not an arrest, a capture or a death: "the Sinaloa Cartel carried out a show of force
/// after Ovidio’s arrest" answers the arrest, and annotators relate the two.
fn is_frame_noun(w: &str) -> bool {
    matches!(
        w,
        "government"
            | "administration"
            | "presidency"
            | "term"
            | "tenure"
            | "leadership"
            | "watch"
            | "rule"
            | "mandate"
            | "era"
            | "visit"
            | "trip"
            | "election"
            | "inauguration"
    )
}

/// "under AMLO’s government, like the arrest of … Cienfuegos by DEA agents", "during
/// President Felipe Calderón’s term", "Just days before Rubio’s visit, the Trump
/// administration …": a name that only dates the sentence is no party to what the
/// sentence says. Returns the index of the frame noun.
fn time_frame(tokens: &[Token], m: &SentenceMention) -> Option<usize> {
    let possessive = tokens.get(m.tokens.end)?;
    if possessive.kind != TokenKind::Possessive {
        return None;
    }
    // The frame noun, after at most one modifier ("first", "second-term").
    let noun = (m.tokens.end + 1..tokens.len().min(m.tokens.end + 3))
        .take_while(|&k| tokens[k].is_word() && !tokens[k].is_capitalised)
        .find(|&k| is_frame_noun(&tokens[k].lower))?;
    // The preposition, before the name and at most three title words ("during President
    // Felipe Calderón’s term", "under former President …").
    let opens = tokens[..m.tokens.start]
        .iter()
        .rev()
        .take(4)
        .find(|t| {
            !(t.is_word()
                && !is_temporal_preposition(&t.lower)
                && (t.is_capitalised
                    || matches!(t.lower.as_str(), "former" | "then")
                    || t.lower.starts_with("then-")))
        })
        .is_some_and(|t| t.is_word() && is_temporal_preposition(&t.lower));
    opens.then_some(noun)
}

/// "before Rubio’s visit to Mexico": the name that is the object of a frame noun, which
/// the frame's name stays related to.
fn frame_object(tokens: &[Token], mentions: &[SentenceMention], noun: usize) -> Option<usize> {
    let prep = tokens.get(noun + 1)?;
    if !(prep.is_word() && matches!(prep.lower.as_str(), "to" | "with" | "by" | "of")) {
        return None;
    }
    name_at(tokens, mentions, noun + 2)
}

/// The mention that starts at token `at`, past an optional "the".
fn name_at(tokens: &[Token], mentions: &[SentenceMention], mut at: usize) -> Option<usize> {
    if tokens
        .get(at)
        .is_some_and(|t| t.is_word() && t.lower.as_str() == "the")
    {
        at += 1;
    }
    // Past title words: "Colonel Ana Ruiz", "Brig. Gen. Maurizio Calabrese".
    while tokens.get(at).is_some_and(|t| {
        t.is_word() && t.is_capitalised && is_title_like(t)
            || t.kind == TokenKind::Punct && at > 0 && is_title_like(&tokens[at - 1])
    }) && !mentions.iter().any(|m| m.tokens.start == at)
    {
        at += 1;
    }
    mentions.iter().position(|m| m.tokens.start == at)
}

/// "Photo by Alfredo Estrella / AFP via Getty Images", "(AP Photo/Eduardo Verdugo)": in a
/// credit line, names joined by a slash or "via" are the photographer, the agency and
/// the distributor, each credited with the next.
fn photo_credit(text: &str, tokens: &[Token], mentions: &[SentenceMention], links: &mut Vec<Link>) {
    let covered = |k: usize| mentions.iter().any(|m| m.tokens.contains(&k));
    let is_credit = tokens.iter().enumerate().any(|(k, t)| {
        t.is_word()
            && matches!(
                t.lower.as_str(),
                "photo" | "photos" | "photograph" | "image"
            )
            && !covered(k)
    });
    if !is_credit {
        return;
    }
    for (a, pair) in mentions.windows(2).enumerate() {
        let gap = &tokens[pair[0].tokens.end..pair[1].tokens.start];
        let joined = |g: &[Token]| {
            g.iter()
                .all(|t| t.is_punct(text, "/") || t.is_word() && t.lower.as_str() == "photo")
                && g.iter().any(|t| t.is_punct(text, "/"))
                || matches!(g, [via] if via.is_word() && via.lower.as_str() == "via")
        };
        if joined(gap) {
            push(
                links,
                mentions,
                a,
                a + 1,
                "photo credit".into(),
                Rule::PhotoCredit,
            );
        }
    }
}

/// "Speaking at the World Economic Forum in Davos, President Donald Trump made …": a
/// participle phrase that opens the sentence describes the subject that follows its
/// comma, so the participle's object is related to that subject.
fn fronted_participle(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    links: &mut Vec<Link>,
) {
    // The participle: the first word, or the first after a dateline's dash.
    let Some(k) = tokens.iter().take(6).position(|t| t.is_word()) else {
        return;
    };
    let k = match tokens
        .iter()
        .take(8)
        .position(|t| t.kind == TokenKind::Punct && matches!(&text[t.span.clone()], "—" | "–"))
    {
        Some(dash) if tokens.get(dash + 1).is_some_and(Token::is_word) => dash + 1,
        _ => k,
    };
    let participle = &tokens[k];
    let Some(prep) = tokens.get(k + 1) else {
        return;
    };
    // Words in -ing that work as prepositions cite a source or date the sentence.
    let is_preposition = matches!(
        participle.lower.as_str(),
        "according" | "including" | "regarding" | "concerning" | "following" | "during"
    );
    let present = participle.lower.ends_with("ing")
        && participle.lower.len() > 5
        && !is_preposition
        && prep.is_word()
        && matches!(prep.lower.as_str(), "at" | "to" | "with" | "before" | "on");
    // "Led by Brig. Gen. Maurizio Calabrese, the task force …", "Founded by X, the group".
    let passive = participle.is_word()
        && is_past_form(&participle.lower)
        && prep.is_word()
        && prep.lower.as_str() == "by";
    if !(present || passive) {
        return;
    }
    let Some(object) = name_at(tokens, mentions, k + 2) else {
        return;
    };
    // The subject: the first name after the phrase's comma, past title words only.
    let Some(comma) = (mentions[object].tokens.end
        ..tokens.len().min(mentions[object].tokens.end + 6))
        .find(|&c| tokens[c].is_punct(text, ","))
    else {
        return;
    };
    let Some(subject) = mentions.iter().position(|m| m.tokens.start > comma) else {
        return;
    };
    let between = &tokens[comma + 1..mentions[subject].tokens.start];
    // "President", "Foreign Secretary": capitalised title words, or nothing; "the" before
    // a body ("…, the task force").
    let is_subject = between.len() <= 3
        && between.iter().all(|t| t.is_word() && t.is_capitalised)
        && (between.is_empty() || between.iter().any(|t| t.is(WordClass::TITLE)))
        || matches!(between, [the] if the.lower.as_str() == "the")
            && mentions[subject].kind != Kind::Person;
    if is_subject && mentions[subject].kind != Kind::Country {
        let label = match participle.relation_cue() {
            Some(cue) if passive => Label::from(cue),
            _ => Label::new(&format!("{} {}", participle.lower, prep.lower)),
        };
        push(
            links,
            mentions,
            object,
            subject,
            label,
            Rule::FrontedParticiple,
        );
    }
}

/// Fewest words between curly quotes for a quotation (fewer is a quoted name or
/// phrase: “El Mayo”, “hugs not bullets”).
const MIN_QUOTATION_WORDS: usize = 6;

/// For each token, whether it lies in a quotation (curly quotes around at least
/// [`MIN_QUOTATION_WORDS`] words). A quotation may span sentences: a closing quote with
/// no opening one before it ends a quotation that began in an earlier sentence
/// ("… enough to satisfy Trump,” Shifter told Mexico News Daily."), and an opening quote
/// never closed runs to the end of the sentence.
fn quoted_tokens(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut inside_quote = vec![false; tokens.len()];
    let mut open: Option<usize> = None;
    let mut seen_open = false;
    for (k, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Punct {
            continue;
        }
        match quote_mark(text, t) {
            Some(Quote::Open) => {
                open = Some(k);
                seen_open = true;
            }
            Some(Quote::Close) => match open.take() {
                Some(o) => {
                    let words = tokens[o..k].iter().filter(|t| t.is_word()).count();
                    if words >= MIN_QUOTATION_WORDS {
                        inside_quote[o..=k].iter_mut().for_each(|b| *b = true);
                    }
                }
                None if !seen_open => {
                    inside_quote[..=k].iter_mut().for_each(|b| *b = true);
                    seen_open = true;
                }
                None => {}
            },
            None => {}
        }
    }
    if let Some(o) = open {
        inside_quote[o..].iter_mut().for_each(|b| *b = true);
    }
    inside_quote
}

/// Which side of a quotation a double quotation mark stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
    Open,
    Close,
}

/// The quotation mark `t` is, if it is one: curly marks say their side; a straight `"`
/// opens where it follows a space, an opening bracket or a dash (or starts the text),
/// and closes after anything else.
fn quote_mark(text: &str, t: &Token) -> Option<Quote> {
    if t.kind != TokenKind::Punct {
        return None;
    }
    match &text[t.span.clone()] {
        "“" => Some(Quote::Open),
        "”" => Some(Quote::Close),
        "\"" => {
            let before = text[..t.span.start].chars().next_back();
            let opens =
                before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–'));
            Some(if opens { Quote::Open } else { Quote::Close })
        }
        _ => None,
    }
}

/// "and previously served …", "and then met …": the index of the "and" in `gap` that
/// starts a new verb phrase, if one does.
fn verb_phrase_start(gap: &[Token]) -> Option<usize> {
    gap.iter().enumerate().position(|(k, t)| {
        t.is_word()
            && t.lower.as_str() == "and"
            && gap[k + 1..]
                .iter()
                .take(3)
                .filter(|w| w.is_word())
                .find(|w| {
                    !(w.lower.ends_with("ly")
                        || matches!(w.lower.as_str(), "then" | "also" | "later" | "now"))
                })
                .is_some_and(|w| looks_like_verb(w) || is_auxiliary(w))
    })
}

/// "“… the CJNG …,” said Victoria Dittmar": the speaker is related to whom they speak of.
fn speakers(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    inside_quote: &[bool],
    links: &mut Vec<Link>,
) {
    if !inside_quote.iter().any(|b| *b) {
        return;
    }
    let is_speech = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_word() && is_speech_verb(t))
    };
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != Kind::Person || inside_quote[m.tokens.start] {
            continue;
        }
        // "said Pam Bondi", "said Attorney General Pam Bondi", "said DEA Administrator
        // Terrance Cole": the verb may stand before the speaker's titles.
        let before_titles = tokens[..m.tokens.start]
            .iter()
            .rev()
            .take_while(|t| t.is_word() && t.is_capitalised)
            .count();
        let speaks = is_speech(m.tokens.end)
            || (m.tokens.start > 0 && is_speech(m.tokens.start - 1))
            || (m.tokens.start > before_titles
                && before_titles <= MAX_SPEAKER_TITLE_WORDS
                && is_speech(m.tokens.start - before_titles - 1));
        if !speaks {
            continue;
        }
        for (j, other) in mentions.iter().enumerate() {
            // A country is what the speaker speaks of when it opens the quotation (“India
            // has a huge …”); named further in (“It forced a conversation in the United
            // States …”), it is the setting of what is said.
            let spoken_of = other.kind != Kind::Country || opens_quotation(text, tokens, other);
            if inside_quote[other.tokens.start] && spoken_of {
                push(links, mentions, i, j, "spoke of".into(), Rule::Speaker);
            }
        }
    }
}

/// Most capitalised words between a verb of saying and the speaker's name.
const MAX_SPEAKER_TITLE_WORDS: usize = 4;

/// The mention is the first words of a quotation (after its opening mark and an
/// article at most).
fn opens_quotation(text: &str, tokens: &[Token], m: &SentenceMention) -> bool {
    let before = &tokens[..m.tokens.start];
    match before {
        [.., open, the] if the.lower.as_str() == "the" => {
            quote_mark(text, open) == Some(Quote::Open)
        }
        [.., open] => quote_mark(text, open) == Some(Quote::Open),
        [] => false,
    }
}

/// A title-case line ("Sheinbaum And Rubio Launch New US Mexico Security Plan"): at
/// least three words of four letters or more, all capitalised.
fn is_title_case(tokens: &[Token]) -> bool {
    let mut long = tokens.iter().filter(|t| t.is_word() && t.lower.len() >= 4);
    let mut count = 0;
    long.all(|t| {
        count += 1;
        t.is_capitalised
    }) && count >= 3
}

/// In a title-case line, a country right before capitalised words that are not a name
/// ("… New US Mexico Security Plan") modifies them, as "U.S.-Mexico security plan"
/// would in a sentence: it is not an actor of the line.
fn is_headline_modifier(tokens: &[Token], mentions: &[SentenceMention], i: usize) -> bool {
    if mentions[i].kind != Kind::Country {
        return false;
    }
    let mut k = i;
    // Through a compound of countries ("US Mexico").
    while mentions
        .get(k + 1)
        .is_some_and(|m| m.kind == Kind::Country && m.tokens.start == mentions[k].tokens.end)
    {
        k += 1;
    }
    let at = mentions[k].tokens.end;
    let next_is_name = mentions.get(k + 1).is_some_and(|m| m.tokens.start == at);
    tokens.get(at).is_some_and(|t| {
        t.is_word()
            && t.is_capitalised
            && !next_is_name
            && t.relation_cue().is_none()
            && !is_auxiliary(t)
            && !t.is(WordClass::LINKING_PREPOSITION)
    })
}

/// "barred U.S. banks from …", "barring U.S. banks", "revoked the US visas of …": a
/// country's abbreviation in an object's place before a common noun that names neither
/// people acting for it ("U.S. officials") nor an act of its own ("U.S. involvement",
/// "meeting U.S. demands") only describes that noun; it is no party to the sentence.
fn is_attributive_country(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    i: usize,
) -> bool {
    // Only an abbreviation ("U.S.", "US") is used this way often enough to tell; "in
    // Mexico continue to argue" has a verb after the name, not a noun.
    let m = &mentions[i];
    if m.kind != Kind::Country || m.tokens.len() != 1 || !tokens[m.tokens.start].is_acronym(text) {
        return false;
    }
    let at = mentions[i].tokens.end;
    if mentions.get(i + 1).is_some_and(|m| m.tokens.start == at) {
        return false;
    }
    // In an object's place: after an article, a preposition or a past verb ("that
    // Canada accounts for …", "as U.S. tightens …" are subjects).
    let before = mentions[i].tokens.start.checked_sub(1).map(|k| &tokens[k]);
    let is_object = before.is_some_and(|b| {
        let cue_gerund = b.lower.ends_with("ing") && b.relation_cue().is_some();
        b.is_word()
            && !b.is_capitalised
            && (b.is(WordClass::OBJECT_MARKER) || looks_like_verb(b) || cue_gerund)
    });
    is_object
        && tokens.get(at).is_some_and(|t| {
            let w = t.lower.as_str();
            t.is_word()
                && !t.is_capitalised
                && !is_function_word(w)
                && !t.is(WordClass::NOT_NOUN)
                && !w.ends_with("ly")
                && !is_auxiliary(t)
                && t.relation_cue().is_none()
                && !is_past_form(w)
                && !t.is(WordClass::LINKING_PREPOSITION)
                && !t.is(WordClass::ROLE_NOUN)
                && !t.is(WordClass::TITLE)
                && !t.is(WordClass::ACTING_NOUN)
        })
        // "U.S. involvement", "a U.S. troop deployment": the country is the agent of the
        // act the noun names.
        && !tokens[at..]
            .iter()
            .take(2)
            .take_while(|t| t.is_word() && !t.is_capitalised)
            .any(is_act_noun)
}

/// A noun naming an act or a stance ("involvement", "deployment", "willingness",
/// "pressure", "demand"), whose agent a country before it is.
fn is_act_noun(t: &Token) -> bool {
    const SUFFIXES: &[&str] = &["ment", "tion", "sion", "ness", "ance", "ence", "ure"];
    let w = t.lower.as_str();
    let by_ending = SUFFIXES
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s));
    (by_ending && !t.is(WordClass::THING_NOUN)) || t.is_or_plural_of(WordClass::ACT_NOUN)
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

/// The noun of an opening scene whose words before a name end with "with" or "to": "(In)
/// a letter to", "(During) a call with" give "letter", "call".
fn counterpart_of(scene: &[Token]) -> Option<&Token> {
    let mut words = scene.iter().rev().take_while(|t| t.is_word());
    words.find(|t| matches!(t.lower.as_str(), "with" | "to"))?;
    words.next()
}

/// The first relation cue among the few words right after `from` (a subject's verb).
fn verb_after(tokens: &[Token], from: usize) -> Option<Label> {
    tokens[from..]
        .iter()
        .take_while(|t| t.is_word())
        .take(MAX_VERB_AFTER_SUBJECT)
        .find_map(Token::relation_cue)
        .map(Label::from)
}

/// Most words read after a subject for its verb ("have long argued").
const MAX_VERB_AFTER_SUBJECT: usize = 4;

/// The verb of a relative clause opened by `gap` (a comma, "whom" and at most an
/// article), read after its subject, the name that ends at token `subject_end`.
fn whom_clause(text: &str, tokens: &[Token], gap: &[Token], subject_end: usize) -> Option<Label> {
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

/// The label a title or role word gives: its relation cue ("leader" → "leads"), or the
/// word itself ("administrator").
fn role_label(t: &Token) -> Label {
    t.relation_cue()
        .map_or_else(|| Label::new(&t.lower), Label::from)
}

fn is_title_like(t: &Token) -> bool {
    t.is_word() && (t.is(WordClass::TITLE) || t.is(WordClass::ROLE_NOUN))
}

/// Rule 1: modifiers, appositions, "of", hyphen compounds.
fn attach(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    attached_to: &mut [Option<usize>],
    described_until: &mut [usize],
    links: &mut Vec<Link>,
) {
    let n = mentions.len();
    for i in 0..n.saturating_sub(1) {
        let j = i + 1;
        let gap = &tokens[mentions[i].tokens.end..mentions[j].tokens.start];
        let (ki, kj) = (mentions[i].kind, mentions[j].kind);

        // "the Center for U.S.-Mexican Studies at the University of California": a body
        // at an institution is part of it, and the institution belongs to that body's
        // phrase, not to the sentence.
        let is_body = |k: Kind| matches!(k, Kind::Organization | Kind::Agency);
        let at_the = match gap {
            [at] | [at, _] => at.is_word() && at.lower.as_str() == "at",
            _ => false,
        } && gap
            .get(1)
            .is_none_or(|t| t.is_word() && t.lower.as_str() == "the");
        if is_body(ki) && kj == Kind::Organization && at_the && attached_to[j].is_none() {
            attached_to[j] = Some(i);
            push(
                links,
                mentions,
                i,
                j,
                "part of".into(),
                Rule::BodyAtInstitution,
            );
            continue;
        }
        // "The Jalisco cartel, led by Nemesio Oseguera Cervantes, was designated …": a
        // participle phrase closed by a comma describes the name before it; its agent
        // belongs to that phrase, not to the sentence.
        let by_phrase = matches!(gap, [comma, participle, by]
            if comma.is_punct(text, ",")
                && looks_like_verb(participle)
                && by.lower.as_str() == "by");
        let end = mentions[j].tokens.end;
        // A comma after the name, or one inside the quotes of its nickname (`“El Mencho,”`).
        let closes = tokens.get(end).is_some_and(|t| t.is_punct(text, ","))
            || end > 1 && tokens[end - 2].is_punct(text, ",") && tokens[end - 1].closes_quote(text);
        if by_phrase && closes && attached_to[j].is_none() {
            let participle = &gap[1];
            let label = participle.relation_cue().map_or_else(
                || Label::new(&format!("{} by", participle.lower)),
                Label::from,
            );
            attached_to[j] = Some(i);
            push(links, mentions, i, j, label, Rule::ParticipleAgent);
            continue;
        }
        // "according to U.S. Census Bureau figures": a country right before a body's name
        // only says whose body it is, as a word of that name would; it relates nothing.
        if gap.is_empty()
            && ki == Kind::Country
            && matches!(kj, Kind::Agency | Kind::Organization)
            && attached_to[i].is_none()
        {
            attached_to[i] = Some(j);
            continue;
        }
        // "U.S.-Mexico relations" names a relationship without stating anything about it.
        if gap.len() == 1 && matches!(&text[gap[0].span.clone()], "-" | "–") {
            continue;
        }
        // Pre-modifier: "U.S. Secretary of State Marco Rubio", "PRI leader Alejandro
        // Moreno", "Mexico’s Sheinbaum", "Mexico’s Navy".
        if kj != Kind::Country && is_premodifier_gap(text, gap) && attached_to[i].is_none() {
            let label = gap
                .iter()
                .rposition(is_title_like)
                .map(|k| {
                    let t = &gap[k];
                    // "Attorney General", "Inspector General": the title is both words.
                    let compound = t.lower.as_str() == "general"
                        && k > 0
                        && gap[k - 1].is_word()
                        && gap[k - 1].is_capitalised;
                    if compound {
                        Label::new(&format!("{} general", gap[k - 1].lower))
                    } else if t.lower.as_str() == "ambassador" {
                        // "U.S. Ambassador Ronald Johnson": the name before the title is
                        // the one the ambassador serves, not the host.
                        Label::new("ambassador of")
                    } else {
                        role_label(t)
                    }
                })
                .unwrap_or(Label::new("part of"));
            attached_to[i] = Some(j);
            push(links, mentions, i, j, label, Rule::Premodifier);
            continue;
        }
        // "López Obrador’s controversial “hugs, not bullets” strategy": a possessor before
        // a named policy or agreement.
        if kj == Kind::Agreement && ki != Kind::Agreement && attached_to[i].is_none() {
            let after_acronym = gap.first().is_some_and(|t| t.is_punct(text, ")"))
                && mentions[i].tokens.start >= 2
                && tokens[mentions[i].tokens.start - 1].is_punct(text, "(")
                && tokens[mentions[i].tokens.start - 2].kind == TokenKind::Possessive;
            if owns_agreement(text, gap, after_acronym) {
                let label = if ki == Kind::Person {
                    "policy of"
                } else {
                    "party to"
                };
                attached_to[i] = Some(j);
                push(links, mentions, i, j, label.into(), Rule::PossessedPolicy);
                continue;
            }
        }
        // "El Mencho’s son, Rubén Oseguera", "Mexico’s president, Claudia Sheinbaum": a
        // possessor, a role and a comma before a name.
        // "Her defense minister, José Manuel Zelaya,": the pronoun, a mention of its
        // antecedent, owns the role as a possessive would.
        let pronoun = matches!(
            &tokens[mentions[i].tokens.clone()],
            [t] if t.is_possessive_pronoun()
        );
        if let Some(label) = possessed_role(text, gap, pronoun) {
            if attached_to[i].is_none() {
                attached_to[i] = Some(j);
                push(links, mentions, i, j, label, Rule::PossessedRole);
                continue;
            }
        }
        // "the DEA administrator, Terrance Cole,": a name, its role, a comma and the
        // person who holds it.
        if let [role, comma] = gap {
            let the_before = mentions[i]
                .tokens
                .start
                .checked_sub(1)
                .is_some_and(|k| tokens[k].lower.as_str() == "the");
            let holds = kj == Kind::Person
                && the_before
                && role.is_word()
                && !role.is_capitalised
                && role.is(WordClass::ROLE_NOUN)
                && comma.is_punct(text, ",");
            if holds && attached_to[i].is_none() {
                let label = role_label(role);
                attached_to[i] = Some(j);
                push(links, mentions, i, j, label, Rule::RoleHolder);
                continue;
            }
        }
        // "the Gulf Cartel and its rival, the Cártel del Noreste", "the doctrine of her
        // predecessor, President Andrés Manuel López Obrador": a role owned by a
        // possessive pronoun relates the name to the pronoun's antecedent.
        if let Some((a, label)) = pronoun_possessor(text, tokens, mentions, j) {
            push(links, mentions, a, j, label, Rule::PronounPossessor);
        }
        // "Michael Shifter of the Inter-American Dialogue"
        if ki == Kind::Person && kj != Kind::Person && is_of_gap(gap) {
            attached_to[j] = Some(i);
            push(links, mentions, i, j, "member of".into(), Rule::MemberOf);
            continue;
        }
    }
    // Appositions and parentheses after a person (or any entity, for "son of" etc.).
    for i in 0..n {
        // "In Washington, the DEA administrator …" describes no place.
        if is_opening_setting(text, tokens, &mentions[i]) {
            continue;
        }
        let Some(Apposition {
            range,
            label,
            participle,
            plural,
        }) = apposition(text, tokens, mentions[i].tokens.end)
        else {
            continue;
        };
        // "appointed Kevin Brosseau, a former deputy commissioner of the RCMP, as
        // Canada’s fentanyl czar": an "as" phrase after a description describes the
        // person described, not the last name of the description.
        let i = if tokens
            .get(range.start)
            .is_some_and(|t| t.lower.as_str() == "as")
        {
            root(attached_to, i)
        } else {
            i
        };
        let inside: Vec<usize> = (0..n)
            .filter(|&j| {
                // A name that starts inside may run past its end with its acronym:
                // "… of the Royal Canadian Mounted Police (RCMP)".
                j != i && range.contains(&mentions[j].tokens.start)
            })
            .collect();
        // ", Defense Minister Ricardo Trevilla Trejo," is the next item of a list of
        // titled people, not a description of the previous one.
        // Not a titled possessor: in ", a member of President Claudia Sheinbaum’s Morena
        // party," the titled name only says whose party it is.
        let titled_person = inside.iter().any(|&j| {
            mentions[j].kind == Kind::Person
                && mentions[j].tokens.start > 0
                && is_title_like(&tokens[mentions[j].tokens.start - 1])
                && tokens[mentions[j].tokens.start - 1].is_capitalised
                && tokens
                    .get(mentions[j].tokens.end)
                    .is_none_or(|t| t.kind != TokenKind::Possessive)
        });
        if titled_person {
            continue;
        }
        // Only a description closed by punctuation: one cut at the length limit may
        // run on into a clause ("… the Guadalajara Cartel wanted for the killing of X").
        let closed = tokens
            .get(range.end)
            .is_some_and(|t| t.kind == TokenKind::Punct);
        if closed && !inside.is_empty() {
            described_until[i] = described_until[i].max(range.end);
        }
        // "Iván Archivaldo, Jesús Alfredo and Ovidio, the sons of El Chapo": each.
        let also_described = if plural {
            coordinated_before(text, tokens, mentions, i)
        } else {
            Vec::new()
        };
        for &j in &inside {
            // "Falko Ernst, a Mexico analyst at the International Crisis Group": a country
            // before an analyst's or a correspondent's role is the subject of the work,
            // not the employer ("a U.S. official" keeps it).
            let is_topic = mentions[j].kind == Kind::Country
                && tokens
                    .get(mentions[j].tokens.end)
                    .is_some_and(|t| t.is_or_plural_of(WordClass::AFFILIATION_ROLE));
            if is_topic {
                attached_to[j].get_or_insert(i);
                continue;
            }
            // "the son of imprisoned Sinaloa Cartel co-founder Joaquín Guzmán Loera": the
            // cartel describes the co-founder, it is not what Ovidio is the son of. (An
            // organisation's unit keeps its owner: "the Wilson Center’s Mexico Institute".)
            if attached_to[j].is_some_and(|h| h != i && mentions[h].kind == Kind::Person) {
                continue;
            }
            if attached_to[j].is_none() && root(attached_to, i) != j {
                attached_to[j] = Some(i);
            }
            let label = match participle {
                Some((at, verb)) if mentions[j].tokens.start > at => verb,
                _ => label,
            };
            push(links, mentions, i, j, label, Rule::Apposition);
            for &k in &also_described {
                push(links, mentions, k, j, label, Rule::Apposition);
            }
        }
    }
}

/// The names of the same kind coordinated right before mention `i` ("A, B and" before
/// C), nearest first.
fn coordinated_before(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    i: usize,
) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = i;
    while k > 0 {
        let gap = &tokens[mentions[k - 1].tokens.end..mentions[k].tokens.start];
        let joins = match gap {
            [one] => one.is_punct(text, ",") || one.lower.as_str() == "and",
            [comma, and] => comma.is_punct(text, ",") && and.lower.as_str() == "and",
            _ => false,
        };
        if !joins || mentions[k - 1].kind != mentions[i].kind {
            break;
        }
        out.push(k - 1);
        k -= 1;
    }
    out
}

/// "Yale’s Jackson School", "the Wilson Center’s Mexico Institute": the organisation
/// that owns the body `unit`, named as its possessor. A relation with a school or an
/// institute is one with the university or centre it belongs to. Not a government's
/// department: "the Treasury’s FinCEN barred …" is FinCEN's act.
fn owning_body(
    tokens: &[Token],
    mentions: &[SentenceMention],
    attached_to: &[Option<usize>],
    unit: usize,
) -> Option<usize> {
    let owner = unit.checked_sub(1)?;
    let gap = &tokens[mentions[owner].tokens.end..mentions[unit].tokens.start];
    let possessive = matches!(gap, [t] if t.kind == TokenKind::Possessive);
    let kinds = mentions[owner].kind == Kind::Organization
        && matches!(mentions[unit].kind, Kind::Organization | Kind::Agency);
    (possessive && attached_to[owner] == Some(unit) && kinds).then_some(owner)
}

/// Only a possessive, title words, "of", "the", "new", "former", and capitalised words.
fn is_premodifier_gap(text: &str, gap: &[Token]) -> bool {
    if gap.len() > 7 {
        return false;
    }
    if gap.is_empty() {
        return false;
    }
    if gap.len() == 1 && gap[0].kind == TokenKind::Possessive {
        return true;
    }
    let mut has_title = false;
    for (k, t) in gap.iter().enumerate() {
        match t.kind {
            TokenKind::Possessive if k == 0 => {}
            TokenKind::Word if is_title_like(t) => has_title = true,
            TokenKind::Word
                if t.is_capitalised
                    || matches!(
                        t.lower.as_str(),
                        "of" | "the"
                            | "new"
                            | "former"
                            | "top"
                            | "then"
                            | "drug"
                            | "interim"
                            | "acting"
                            | "incoming"
                            | "outgoing"
                            | "chief"
                            | "senior"
                    ) => {}
            // "Secretary of Health and Human Services", but not "X and then-Secretary Y".
            TokenKind::Word if t.lower.as_str() == "and" && k > 0 && gap[k - 1].is_capitalised => {}
            TokenKind::Punct if matches!(&text[t.span.clone()], "." | "-" | "–") => {}
            _ => return false,
        }
    }
    has_title
}

/// `’s <lowercase words ending in a role noun> ,` (or those words after "his", "her" or
/// "its", `by_pronoun`): the role the name after the comma holds for the possessor.
fn possessed_role(text: &str, gap: &[Token], by_pronoun: bool) -> Option<Label> {
    // After "his", "her" or "its" the possessive is in the pronoun.
    let gap = match gap {
        _ if by_pronoun => gap,
        [possessive, rest @ ..] if possessive.kind == TokenKind::Possessive => rest,
        _ => return None,
    };
    let [words @ .., comma] = gap else {
        return None;
    };
    if !comma.is_punct(text, ",")
        || words.is_empty()
        || words.len() > 4
        || !words.iter().all(|t| t.is_word() && !t.is_capitalised)
    {
        return None;
    }
    let role = words.last()?;
    role.is(WordClass::ROLE_NOUN).then(|| role_label(role))
}

/// "Ovidio’s brothers Iván …", "Trump’s envoy Richard Grenell": mention `u` is followed
/// by its possessive, one to three lowercase words ending in a role noun (or its plural),
/// and the next mention.
fn owns_role_of_next(tokens: &[Token], mentions: &[SentenceMention], u: usize) -> bool {
    let Some(next) = mentions.get(u + 1) else {
        return false;
    };
    let gap = &tokens[mentions[u].tokens.end..next.tokens.start];
    let [possessive, words @ ..] = gap else {
        return false;
    };
    let Some(role) = words.last() else {
        return false;
    };
    possessive.kind == TokenKind::Possessive
        && words.len() <= 3
        && words.iter().all(|t| t.is_word() && !t.is_capitalised)
        && role.is_or_plural_of(WordClass::ROLE_NOUN)
}

/// `his/her/its [a few lowercase words] <role noun>[,] [the] [titles]` just before
/// mention `j`: the antecedent of the pronoun (the nearest earlier person for his/her,
/// the nearest earlier non-person for "its") and the role's label.
fn pronoun_possessor(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    j: usize,
) -> Option<(usize, Label)> {
    /// Farthest (in words) an antecedent may stand before its pronoun.
    const MAX_ANTECEDENT_WORDS: usize = 15;
    let mut at = mentions[j].tokens.start;
    while at > 0 && {
        let t = &tokens[at - 1];
        t.lower.as_str() == "the" || (t.is_capitalised && is_title_like(t))
    } {
        at -= 1;
    }
    if at > 0 && tokens[at - 1].is_punct(text, ",") {
        at -= 1;
    }
    let role = at.checked_sub(1).map(|r| &tokens[r])?;
    if !role.is_word() || role.is_capitalised || !role.is(WordClass::ROLE_NOUN) {
        return None;
    }
    let mut p = at - 1;
    let mut modifiers = 0;
    let pronoun = loop {
        let t = tokens.get(p.checked_sub(1)?)?;
        p -= 1;
        if t.is_possessive_pronoun() {
            break t;
        }
        let modifier =
            t.is_word() && !t.is_capitalised && !is_function_word(&t.lower) && !looks_like_verb(t);
        if modifiers >= 3 || !modifier {
            return None;
        }
        modifiers += 1;
    };
    let personal = pronoun.lower.as_str() != "its";
    let fits =
        |i: usize| mentions[i].tokens.end <= p && (mentions[i].kind == Kind::Person) == personal;
    // ", and its executive director, X, …" opens a clause of its own: the pronoun is the
    // first clause's subject (the sentence's first words), not the name nearest to it.
    // Not in a list of objects: "the targets included Químicos, and its owner, X, whom
    // …" (the role holder's own verb must follow).
    let opens_clause = p >= 2
        && matches!(tokens[p - 1].lower.as_str(), "and" | "but")
        && tokens[p - 2].is_punct(text, ",")
        && verb_follows(text, tokens, mentions[j].tokens.end);
    let subject = (opens_clause && mentions[0].tokens.start <= 1 && fits(0)).then_some(0);
    let antecedent = subject.or_else(|| (0..j).rev().find(|&i| fits(i)))?;
    let between = &tokens[mentions[antecedent].tokens.end..p];
    if between.iter().filter(|t| t.is_word()).count() > MAX_ANTECEDENT_WORDS {
        return None;
    }
    Some((antecedent, role_label(role)))
}

/// `’s [a few lowercase words] [opening quote]` before a name (or, after "X’s (ACR)", the
/// same from the closing parenthesis).
fn owns_agreement(text: &str, gap: &[Token], after_acronym: bool) -> bool {
    let rest = match gap.split_first() {
        Some((first, rest)) if first.kind == TokenKind::Possessive => rest,
        Some((_, rest)) if after_acronym => rest,
        _ => return false,
    };
    let mut words = 0;
    rest.iter().all(|t| match t.kind {
        TokenKind::Word => {
            words += 1;
            words <= 3
                && !t.is_capitalised
                && !is_function_word(&t.lower)
                && !is_auxiliary(t)
                && !looks_like_verb(t)
        }
        TokenKind::Punct => ["“", "\"", "‘", "'"].iter().any(|q| t.is_punct(text, q)),
        TokenKind::Possessive => false,
    })
}

/// "of", "of the", or "of the" and one lowercase modifier ("of the opposition National
/// Action Party").
fn is_of_gap(gap: &[Token]) -> bool {
    match gap {
        [of] => of.lower.as_str() == "of",
        [of, the] => of.lower.as_str() == "of" && the.lower.as_str() == "the",
        [of, the, modifier] => {
            of.lower.as_str() == "of"
                && the.lower.as_str() == "the"
                && modifier.is_word()
                && !modifier.is_capitalised
                && !is_function_word(&modifier.lower)
                && !looks_like_verb(modifier)
                && modifier.relation_cue().is_none()
        }
        _ => false,
    }
}

/// A description after a name: `, <role NP>` or `(<role NP>)` or ` is/was the <role NP>`.
struct Apposition {
    /// Its tokens.
    range: Range<usize>,
    /// The role's label.
    label: Label,
    /// "the drug lord convicted in the murder of X": a participle right after the role,
    /// where it starts and its label, which names after it take instead of the role's.
    participle: Option<(usize, Label)>,
    /// The role is a plural ("the sons of X"): it describes every name of a list before it.
    plural: bool,
}

/// The description (see [`Apposition`]) after token `at`.
fn apposition(text: &str, tokens: &[Token], at: usize) -> Option<Apposition> {
    let first = tokens.get(at)?;
    let punct = |t: &Token, s: &str| t.is_punct(text, s);
    let copula =
        first.is_word() && matches!(first.lower.as_str(), "is" | "was" | "became" | "remains");
    let (start, closer): (usize, &[&str]) = if punct(first, ",") {
        (at + 1, &[",", ";", ":", "—", ".", "(", ")"])
    } else if punct(first, "(") {
        (at + 1, &[")"])
    } else if punct(first, "—") {
        (at + 1, &["—", ",", ";", ".", "("])
    } else if copula {
        (at + 1, &[",", ";", ":", "—", ".", "("])
    } else {
        return None;
    };
    let mut end = start;
    let mut role = None;
    let mut participle = None;
    // After "Mexico’s", words describe a noun ("leading newspaper"), not a clause.
    let mut in_possessed_phrase = false;
    let mut limit = start + 14;
    while end < tokens.len() && end < limit {
        let t = &tokens[end];
        if t.kind == TokenKind::Punct && closer.contains(&&text[t.span.clone()]) {
            // "X is a White House Fellow, Special Forces officer, … and Wayne Downing
            // scholar": a biography lists roles; each comma-separated role is X's too.
            if copula && role.is_some() && t.is_punct(text, ",") && next_is_role(&tokens[end + 1..])
            {
                end += 1;
                limit = end + 14;
                continue;
            }
            break;
        }
        in_possessed_phrase |= t.kind == TokenKind::Possessive;
        // "a group allied with X", "a faction loyal to Y": a descriptor noun right after
        // the article heads the description as a role noun would.
        let descriptor = |t: &Token| {
            !t.is_capitalised
                && (t.is(WordClass::ORG_DESCRIPTOR) || t.is(WordClass::CARTEL_DESCRIPTOR))
        };
        let indefinite = matches!(tokens[start].lower.as_str(), "a" | "an");
        if role.is_none() && end == start + 1 && indefinite && descriptor(t) {
            role = Some(&t.lower);
        }
        // Over an adverb: "a group closely allied with".
        let head = match end - 1 {
            k if k > start && tokens[k].lower.ends_with("ly") => k - 1,
            k => k,
        };
        let follows_role =
            role.is_some() && (tokens[head].is(WordClass::ROLE_NOUN) || descriptor(&tokens[head]));
        if follows_role && participle.is_none() && !t.is_capitalised && t.lower.ends_with("ed") {
            if let Some(cue) = t.relation_cue() {
                participle = Some((end, Label::from(cue)));
            }
        }
        if t.is_word()
            && !in_possessed_phrase
            && t.relation_cue().is_some()
            && !t.is(WordClass::ROLE_NOUN)
            && role.is_none()
        {
            // "— a splinter of Los Zetas —": a cue right after an article is a noun.
            let after_article = end == start + 1 && tokens[start].is_article();
            if after_article {
                role = Some(&t.lower);
            } else if !matches!(t.lower.as_str(), "one" | "another") {
                // A verb before any role noun: this is a clause, not an apposition.
                return None;
            }
        }
        if role.is_none() && t.is_word() && t.is(WordClass::ROLE_NOUN) {
            role = Some(&t.lower);
        }
        end += 1;
    }
    let role = match role {
        Some(role) => role,
        None => owned_noun(text, &tokens[start..end])?,
    };
    let label = Label::new(lexicon::relation_cue(role).unwrap_or(role));
    let plural = lexicon::is_plural_of(role, WordClass::ROLE_NOUN);
    Some(Apposition {
        range: start..end,
        label,
        participle,
        plural,
    })
}

/// The words up to the next comma or period (an "and" first allowed) name a role:
/// "Special Forces officer", "and Wayne Downing scholar".
fn next_is_role(rest: &[Token]) -> bool {
    let segment = rest
        .iter()
        .take(8)
        .take_while(|t| t.is_word() || t.kind == TokenKind::Possessive);
    let mut role = false;
    for (k, t) in segment.enumerate() {
        if k == 0 && t.lower.as_str() == "and" {
            continue;
        }
        if !t.is_capitalised && t.relation_cue().is_some() && !t.is(WordClass::ROLE_NOUN) {
            return false;
        }
        role |= t.is(WordClass::ROLE_NOUN);
    }
    role
}

/// "Reforma, Mexico’s leading newspaper": a capitalised name, its possessive, then
/// lowercase words only; the last of them (the noun) is the relation.
fn owned_noun<'t>(text: &str, phrase: &'t [Token]) -> Option<&'t str> {
    let p = phrase
        .iter()
        .position(|t| t.kind == TokenKind::Possessive)?;
    let name_ok = p > 0
        && phrase[..p]
            .iter()
            .all(|t| (t.is_word() && t.is_capitalised) || t.is_punct(text, "."));
    let rest = &phrase[p + 1..];
    let noun = rest.last()?;
    let rest_ok = rest.iter().all(|t| t.is_word() && !t.is_capitalised)
        && !looks_like_verb(noun)
        && !noun.lower.ends_with("ing");
    (name_ok && rest_ok).then_some(noun.lower.as_str())
}

/// Only commas, "and", "or", "as well as", determiners, titles and capitalised words.
fn is_coordination(text: &str, gap: &[Token]) -> bool {
    if gap.is_empty() || gap.len() > 8 {
        return false;
    }
    let mut has_separator = false;
    for t in gap {
        match t.kind {
            TokenKind::Punct if t.is_punct(text, ",") || t.is_punct(text, "&") => {
                has_separator = true
            }
            TokenKind::Word if matches!(t.lower.as_str(), "and" | "or" | "nor") => {
                has_separator = true
            }
            TokenKind::Word
                if matches!(
                    t.lower.as_str(),
                    "as" | "well"
                        | "the"
                        | "a"
                        | "an"
                        | "former"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "both"
                        | "either"
                        | "neither"
                        | "also"
                        | "then"
                ) => {}
            TokenKind::Word if t.is_capitalised || is_title_like(t) => {}
            // "then-Foreign Secretary"
            TokenKind::Punct if t.is_punct(text, ".") || t.is_punct(text, "-") => {}
            TokenKind::Possessive => {}
            _ => return false,
        }
    }
    has_separator
}

/// The tokens from `from` to `unit` are ", and" or ", but" (with anything the unit's own
/// words bring, as in ", and its director, X,"), and a verb follows the unit: "…, and
/// Sheinbaum responded", "…, and its director, Ghada Waly, has warned".
fn opens_coordinated_clause(
    text: &str,
    tokens: &[Token],
    from: usize,
    unit: &Range<usize>,
) -> bool {
    let is_and = |t: &Token| matches!(t.lower.as_str(), "and" | "but");
    // A quotation may close between the comma and "and": `history," and …`.
    let opens = match tokens.get(from..(from + 3).min(unit.start)) {
        Some([comma, and, ..]) if comma.is_punct(text, ",") && is_and(and) => true,
        Some([comma, quote, and]) => {
            comma.is_punct(text, ",") && quote.closes_quote(text) && is_and(and)
        }
        _ => false,
    };
    opens && verb_follows(text, tokens, unit.end)
}

/// A verb (an auxiliary or a past form) at token `at`, or after a comma there (one that
/// closes an apposition).
fn verb_follows(text: &str, tokens: &[Token], at: usize) -> bool {
    let mut at = at;
    if tokens.get(at).is_some_and(|t| t.is_punct(text, ",")) {
        at += 1;
    }
    tokens.get(at).is_some_and(is_finite_verb)
}

/// An auxiliary (not "to") or a past form: a clause's verb.
fn is_finite_verb(t: &Token) -> bool {
    t.is_word() && (is_auxiliary(t) && t.lower.as_str() != "to" || looks_like_verb(t))
}

/// A relation verb right after a coordinated pair ("… and Rubio unveiled …").
/// Most tokens a relative clause between a pair and its verb may hold.
const MAX_RELATIVE_CLAUSE_TOKENS: usize = 20;

fn joint_action(text: &str, tokens: &[Token], after: usize) -> Option<Label> {
    // "the Sinaloa and Jalisco cartels fight …": the pair's plural head is no verb, and
    // after it only a word that reads as a verb is one ("… cartels hard" is not).
    let has_head = tokens
        .get(after)
        .is_some_and(|t| t.is_word() && !t.is_capitalised && t.org_cue().is_some());
    let after = after + usize::from(has_head);
    // "Patel and Cole, who did not travel to Mexico City, said …": past a relative
    // clause between the pair and its verb.
    let after = match tokens.get(after..after + 2) {
        Some([comma, who]) if comma.is_punct(text, ",") && is_relative_pronoun(who) => {
            let close = tokens[after + 2..]
                .iter()
                .take(MAX_RELATIVE_CLAUSE_TOKENS)
                .position(|t| t.is_punct(text, ","))?;
            after + 2 + close + 1
        }
        _ => after,
    };
    for t in tokens.iter().skip(after).take(5) {
        if t.kind == TokenKind::Punct && !t.is_punct(text, ",") {
            return None;
        }
        // "… link China and Mexico’s cartels": the second is a possessor, not a subject.
        if t.kind == TokenKind::Possessive {
            return None;
        }
        if !t.is_word() {
            continue;
        }
        if let Some(label) = t.relation_cue() {
            return Some(label.into());
        }
        if is_auxiliary(t) {
            continue;
        }
        if matches!(
            t.lower.as_str(),
            "jointly"
                | "also"
                | "both"
                | "then"
                | "later"
                | "together"
                | "first"
                | "now"
                | "not"
                | "still"
                | "already"
                | "just"
                | "never"
        ) || is_manner_adverb(&t.lower)
        {
            continue;
        }
        // Any verb-looking word right after the pair or an auxiliary: "laid", "revive",
        // and a plain lowercase word right after the pair ("the ATF and Sedena share").
        let is_verb = looks_like_verb(t)
            || (!has_head && !t.is_capitalised && !is_function_word(&t.lower) && t.lower.len() > 2);
        return is_verb.then(|| Label::new(&t.lower));
    }
    None
}

/// An adverb in "-ly" ("barely", "quietly", "jointly"), not a verb that ends so
/// ("comply", "supply", "rely").
fn is_manner_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !w.ends_with("ply") && w != "rally"
}

/// The "by" right before a name at `start`, over the name's titles ("by Secretary of
/// State Antony Blinken").
fn agent_by(tokens: &[Token], start: usize) -> Option<usize> {
    let mut by = start.checked_sub(1)?;
    while by > 0 && {
        let t = &tokens[by];
        t.is_word() && (t.is_capitalised || t.lower.as_str() == "of")
    } {
        by -= 1;
    }
    (tokens[by].lower.as_str() == "by").then_some(by)
}

/// Prepositions, articles and other determiners, conjunctions and relative pronouns:
/// never a verb ("talks with Lutnick and Greer this year").
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "this"
            | "these"
            | "those"
            | "each"
            | "every"
            | "last"
            | "next"
            | "another"
            | "such"
            | "of"
            | "in"
            | "on"
            | "at"
            | "for"
            | "to"
            | "from"
            | "with"
            | "by"
            | "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "as"
            | "that"
            | "which"
            | "who"
            | "whose"
            | "into"
            | "over"
            | "under"
            | "about"
            | "between"
            | "against"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "amid"
            | "despite"
            | "through"
            | "within"
            | "without"
    )
}

fn is_auxiliary(t: &Token) -> bool {
    t.is(WordClass::AUXILIARY)
}

/// The name ending at token `at` owns the subject of a clause of its own: a possessive,
/// then a few lowercase words up to a speech verb or an auxiliary ("…, and Mexico’s
/// financial intelligence unit said …"). Such a name opens a clause; it is no conjunct
/// of the name before it.
fn possesses_subject(tokens: &[Token], at: usize) -> bool {
    let Some((first, rest)) = tokens.get(at..).and_then(<[Token]>::split_first) else {
        return false;
    };
    if first.kind != TokenKind::Possessive {
        return false;
    }
    for (k, t) in rest.iter().take(5).enumerate() {
        if !t.is_word() || t.is_capitalised {
            return false;
        }
        if k > 0 && (is_speech_verb(t) || is_auxiliary(t)) {
            return true;
        }
    }
    false
}

/// Past tenses and participles ("laid", "announced") and words after an auxiliary.
fn looks_like_verb(t: &Token) -> bool {
    t.is_word() && !t.is_capitalised && is_past_form(&t.lower)
}

/// A past tense or participle: in "-ed", or an irregular one.
fn is_past_form(lower: &str) -> bool {
    lower.ends_with("ed")
        || matches!(
            lower,
            "laid"
                | "met"
                | "made"
                | "took"
                | "gave"
                | "held"
                | "led"
                | "sent"
                | "told"
                | "said"
                | "built"
                | "brought"
                | "began"
                | "kept"
                | "left"
                | "won"
                | "lost"
                | "set"
                | "put"
                | "ran"
                | "saw"
                | "sought"
                | "struck"
                | "fought"
                | "drew"
                | "spoke"
        )
}

/// A verb in a gap the cue lexicon does not know: a past form, or a word after an
/// auxiliary or after "to" ("will revive", "to stop").
fn gap_verb(gap: &[Token]) -> Option<Label> {
    let mut after_auxiliary = false;
    for t in gap {
        if !t.is_word() {
            after_auxiliary = false;
            continue;
        }
        if is_auxiliary(t) {
            after_auxiliary = true;
            continue;
        }
        // "has strategically used", "will not cooperate": the verb comes after the adverb.
        let adverb = t.lower.ends_with("ly")
            || matches!(
                t.lower.as_str(),
                "not"
                    | "also"
                    | "never"
                    | "already"
                    | "still"
                    | "just"
                    | "now"
                    | "been"
                    | "being"
                    | "long"
                    | "often"
                    | "once"
                    | "ever"
                    | "even"
                    | "since"
                    | "later"
                    | "then"
                    | "again"
            );
        if after_auxiliary && adverb {
            continue;
        }
        if (after_auxiliary && !t.is_capitalised && t.lower.len() > 2 && !t.is_article())
            || looks_like_verb(t)
        {
            return Some(Label::new(&t.lower));
        }
        after_auxiliary = false;
    }
    None
}

/// The length of a parenthesis's content when it is a plain aside (at most six tokens
/// of lowercase words that are no verb, numbers, commas and dashes) closed by ")".
fn plain_aside(text: &str, rest: &[Token]) -> Option<usize> {
    let len = rest.iter().take(7).position(|t| t.is_punct(text, ")"))?;
    rest[..len]
        .iter()
        .all(|t| match t.kind {
            TokenKind::Word => {
                !t.is_capitalised
                    && !looks_like_verb(t)
                    && !is_auxiliary(t)
                    && t.relation_cue().is_none()
                    && !matches!(t.lower.as_str(), "who" | "which" | "that" | "whose")
            }
            TokenKind::Punct => matches!(&text[t.span.clone()], "," | "–" | "-"),
            TokenKind::Possessive => false,
        })
        .then_some(len)
}

/// The length of an aside that opened with a dash, up to its closing dash: it starts
/// with a lowercase word and holds no clause punctuation.
fn dash_aside(text: &str, rest: &[Token]) -> Option<usize> {
    let first = rest.first()?;
    if !first.is_word() || first.is_capitalised {
        return None;
    }
    let len = rest
        .iter()
        .take(MAX_DASH_ASIDE_TOKENS + 1)
        .position(|t| t.is_punct(text, "—") || t.is_punct(text, "–"))?;
    rest[..len]
        .iter()
        .all(|t| {
            t.kind != TokenKind::Punct || matches!(&text[t.span.clone()], "," | "-" | "." | "%")
        })
        .then_some(len)
}

/// Nouns that sum up the clause before them: "…, a move that …".
const SUMMARY_NOUNS: [&str; 9] = [
    "move",
    "step",
    "decision",
    "shift",
    "reversal",
    "escalation",
    "concession",
    "gesture",
    "development",
];

/// The index of the "that" or "which" of ", a move that" (after a comma or a dash): the
/// clause it opens is about the act of the clause before, not about the last name in it.
fn summative(text: &str, tokens: &[Token]) -> Option<usize> {
    tokens
        .windows(4)
        .position(|w| {
            (w[0].is_punct(text, ",") || w[0].is_punct(text, "—"))
                && matches!(w[1].lower.as_str(), "a" | "an")
                && SUMMARY_NOUNS.contains(&w[2].lower.as_str())
                && matches!(w[3].lower.as_str(), "that" | "which")
        })
        .map(|k| k + 3)
}

/// The dash at `gap[dash]` opens a description ("—an initiative to …") of the name
/// before the gap: before the dash stand only closing quotes and at most two lowercase
/// nouns ("” framework"); after it, "a" or "an" and a lowercase word.
fn opens_description(text: &str, gap: &[Token], dash: usize) -> bool {
    let before = &gap[..dash];
    let nouns = before.iter().filter(|t| t.is_word()).count();
    let head_only = nouns <= 2
        && before.iter().all(|t| match t.kind {
            TokenKind::Word => {
                !t.is_capitalised
                    && !looks_like_verb(t)
                    && !is_auxiliary(t)
                    && !is_function_word(&t.lower)
                    && t.relation_cue().is_none()
            }
            TokenKind::Punct => matches!(&text[t.span.clone()], "”" | "\"" | "’" | "»"),
            TokenKind::Possessive => false,
        });
    let article = gap
        .get(dash + 1)
        .is_some_and(|t| t.is_word() && matches!(t.lower.as_str(), "a" | "an"));
    let noun = gap
        .get(dash + 2)
        .is_some_and(|t| t.is_word() && !t.is_capitalised);
    head_only && article && noun
}

/// "including", "among them", "such as": what follows names examples of what came
/// before.
fn introduces_examples(words: &[Token]) -> bool {
    match words {
        [w] => w.lower.as_str() == "including",
        [a, b] => matches!(
            (a.lower.as_str(), b.lower.as_str()),
            ("among", "them") | ("such", "as")
        ),
        _ => false,
    }
}

/// A verb of deciding or weighing right before "whether" (its index and token): the
/// question it opens is not a new clause cut off from the verb's subject.
fn deliberation(gap: &[Token]) -> Option<(usize, &Token)> {
    const STEMS: [&str; 10] = [
        "decid", "determin", "consider", "assess", "evaluat", "review", "weigh", "debat",
        "discuss", "examin",
    ];
    let k = gap
        .iter()
        .position(|t| t.is_word() && t.lower.as_str() == "whether")?;
    let verb = gap.get(k.checked_sub(1)?)?;
    (verb.is_word() && STEMS.iter().any(|s| verb.lower.starts_with(s))).then_some((k - 1, verb))
}

/// "… ordered Ovidio’s release after Sinaloa Cartel gunmen besieged the city", "… for
/// the Sinaloa Cartel as Los Chapitos wage war": a subordinating word right before the
/// second name, and a verb-like word right after it, make the second name the subject
/// of another clause, which says nothing about the first.
fn opens_subordinate_clause(gap: &[Token], after_right: &[Token]) -> bool {
    let Some(last) = gap.iter().rev().find(|t| !(t.is_word() && t.is_article())) else {
        return false;
    };
    let subordinator = last.is_word()
        && matches!(
            last.lower.as_str(),
            "as" | "after" | "before" | "when" | "whenever" | "until" | "once" | "where"
        );
    subordinator
        && after_right
            .iter()
            .take(3)
            .take_while(|t| t.is_word())
            .any(|t| {
                !t.is_capitalised
                    && t.lower.len() > 2
                    && !is_function_word(&t.lower)
                    && !t.is(WordClass::LINKING_PREPOSITION)
            })
}

/// "Washington tries to choke off the route that runs … to Mexico": the gap enters a
/// relative clause that describes a common noun ("route that runs"), so the name after
/// it belongs to that clause, not to the first name's act.
fn into_noun_relative_clause(gap: &[Token]) -> bool {
    gap.windows(3).any(|w| {
        let [noun, that, verb] = w else {
            return false;
        };
        // The cheap test first: this runs on the gap of every pair.
        if !matches!(that.lower.as_str(), "that" | "which") {
            return false;
        }
        // Not a verb's or a noun's content clause: "testified that he …", "denied
        // reports that he …" (a pronoun or article after "that" opens a clause with
        // its own subject).
        let subject = matches!(
            verb.lower.as_str(),
            "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there" | "its" | "his" | "her"
        );
        // The relative pronoun is the verb's subject: "that runs", "that has", "which
        // claimed", "that operate" (a cue); "clear that failure …" is a content clause.
        let is_verb = || {
            is_auxiliary(verb)
                || looks_like_verb(verb)
                || verb.relation_cue().is_some() && !verb.is_or_plural_of(WordClass::ROLE_NOUN)
        };
        noun.is_word()
            && !noun.is_capitalised
            && !is_function_word(&noun.lower)
            && !is_auxiliary(noun)
            && !looks_like_verb(noun)
            && !is_speech_verb(noun)
            && verb.is_word()
            && !verb.is_capitalised
            && !subject
            && is_verb()
    })
}

/// "In Washington, the DEA administrator …", "In Mexico City, …": a country that opens
/// the sentence after "in", "at" or "from" and before a comma only says where; it is no
/// party to the sentence (unless a title follows the comma).
fn is_opening_setting(text: &str, tokens: &[Token], m: &SentenceMention) -> bool {
    if m.kind != Kind::Country || m.tokens.start != 1 {
        return false;
    }
    let opens = tokens[0].is_word() && matches!(tokens[0].lower.as_str(), "in" | "at" | "from");
    // Through a capitalised word that completes a place ("Mexico City").
    let rest = &tokens[m.tokens.end..];
    let (comma, after) = match rest {
        [city, comma, after @ ..] if city.is_word() && city.is_capitalised => (comma, after),
        [comma, after @ ..] => (comma, after),
        [] => return false,
    };
    // "In Mexico, President López Obrador said …": a title right after says whose
    // office it is, so the place is the office's country, not only a setting.
    let titled = after
        .first()
        .is_some_and(|t| t.is_word() && t.is_capitalised && t.is(WordClass::TITLE));
    opens && comma.is_punct(text, ",") && !titled
}

/// Most tokens a sentence-opening adverbial phrase may hold, its comma included.
const MAX_OPENING_PHRASE_TOKENS: usize = 16;

/// The comma that closes a sentence-opening adverbial phrase ("Following the raid in
/// Culiacán, …", "Amid the talks with Canada, …"), if the sentence opens with one.
fn opening_adverbial(text: &str, tokens: &[Token]) -> Option<usize> {
    let first = tokens.first()?;
    // "In a letter to Secretary of State Marco Rubio, …", "In an interview with …": "in"
    // and a common noun after its article (not "In the United States, …").
    let in_a_noun = || {
        first.lower.as_str() == "in"
            && tokens.get(1).is_some_and(|a| {
                a.is_article() || matches!(a.lower.as_str(), "his" | "her" | "their" | "its")
            })
            && tokens
                .get(2)
                .is_some_and(|n| n.is_word() && !n.is_capitalised)
    };
    // "According to an indictment unsealed in X, …": a source, whatever verb forms
    // describe it.
    let according = first.lower.as_str() == "according"
        && tokens.get(1).is_some_and(|t| t.lower.as_str() == "to");
    let opens = first.is_word()
        && (matches!(
            first.lower.as_str(),
            "following" | "after" | "amid" | "despite" | "during" | "since" | "before"
        ) || in_a_noun()
            || according);
    if !opens {
        return None;
    }
    // A short phrase with no verb of its own.
    let comma = tokens
        .iter()
        .take(MAX_OPENING_PHRASE_TOKENS)
        .position(|t| t.is_punct(text, ","))?;
    // "to" before a name or an article is a preposition ("a letter to Marco Rubio").
    let has_verb = (1..comma).any(|k| {
        let t = &tokens[k];
        let to_a_noun = t.lower.as_str() == "to"
            && tokens
                .get(k + 1)
                .is_some_and(|n| n.is_capitalised || n.is_article());
        t.is_word() && !to_a_noun && (is_auxiliary(t) || looks_like_verb(t))
    });
    (according || !has_verb).then_some(comma)
}

/// "Trump told reporters aboard Air Force One", "Rubio told reporters afterward, standing
/// next to …": a speech verb whose listeners are a plain noun, with no "that" after them;
/// what is named after them is where or with whom it was said, not who was told.
fn tells_an_audience(gap: &[Token]) -> bool {
    let Some(k) = gap.windows(2).position(|w| {
        matches!(w[0].lower.as_str(), "told" | "tells" | "telling")
            && w[1].is_word()
            && !w[1].is_capitalised
            && w[1].is(WordClass::AUDIENCE_NOUN)
    }) else {
        return false;
    };
    // "told reporters at the briefing that Mexican investigators would …": what was
    // told follows, and its names are what the speaker spoke of.
    !gap[k + 2..]
        .iter()
        .any(|t| t.is_word() && t.lower.as_str() == "that")
}

/// "the Wall Street Journal’s report that … Trump pushed": the owner of a report is its
/// source, not a party to what the report says.
fn opens_reported_content(gap: &[Token]) -> bool {
    matches!(gap, [possessive, noun, that, ..]
        if possessive.kind == TokenKind::Possessive
            && noun.is(WordClass::REPORT_NOUN)
            && that.lower.as_str() == "that")
}

/// Where the words after a relative clause that opens `gap` start: ", which … ," or
/// ", who … ," and at least one word after the clause's closing comma.
fn after_relative_clause(text: &str, gap: &[Token]) -> Option<usize> {
    let [comma, relative, rest @ ..] = gap else {
        return None;
    };
    if !comma.is_punct(text, ",") || !is_relative_pronoun(relative) {
        return None;
    }
    let close = 2 + rest.iter().position(|t| t.is_punct(text, ","))?;
    gap[close + 1..]
        .iter()
        .any(Token::is_word)
        .then_some(close + 1)
}

/// The label of a verb that opens `words` (after auxiliaries and "later", "then",
/// "also" or an adverb in -ly): "was pardoned", "later extradited". Its relation cue if
/// it is one, else the verb itself when it is a past form.
fn coordinated_verb(words: &[Token]) -> Option<Label> {
    let at = words.iter().position(|t| {
        !(is_auxiliary(t)
            || matches!(t.lower.as_str(), "later" | "then" | "also" | "soon")
            || t.lower.ends_with("ly"))
    })?;
    let verb = &words[at];
    if !verb.is_word() || verb.is_capitalised {
        return None;
    }
    // Without an auxiliary, a past form may be an adjective ("politics and organized
    // crime"): only a relation cue counts.
    let after_auxiliary = words[..at].iter().any(is_auxiliary);
    match verb.relation_cue() {
        Some(cue) => Some(cue.into()),
        None => (after_auxiliary && looks_like_verb(verb)).then(|| Label::new(&verb.lower)),
    }
}

/// `gap` opens with the verb of the name before it ("was convicted …", "arrested …"),
/// maybe past an apposition (", a former president, was convicted …"): that name is
/// the subject of what follows.
fn opens_with_verb(text: &str, gap: &[Token]) -> bool {
    match gap {
        // The comma closing an apposition the name's extent holds, or opening one.
        [first, rest @ ..] if first.is_punct(text, ",") => {
            rest.first().is_some_and(is_finite_verb)
                || rest
                    .iter()
                    .take(MAX_APPOSITION_TOKENS)
                    .position(|t| t.is_punct(text, ","))
                    .and_then(|close| rest.get(close + 1))
                    .is_some_and(is_finite_verb)
        }
        [first, ..] => is_finite_verb(first),
        [] => false,
    }
}

/// Most tokens of an apposition read past by [`opens_with_verb`].
const MAX_APPOSITION_TOKENS: usize = 10;

/// "who", "whom", "whose" or "which" opening a relative clause after a comma.
fn is_relative_pronoun(t: &Token) -> bool {
    matches!(t.lower.as_str(), "who" | "whom" | "whose" | "which")
}

/// The label linking two neighbouring lists, if the gap between them links them.
fn link_label(
    text: &str,
    tokens: &[Token],
    gap: &[Token],
    left_start: usize,
    adjacent: bool,
) -> Option<Label> {
    // "Canada, which faces pressure from Washington, named Kevin Brosseau": the verb after
    // a relative clause links the two, not the clause's own words.
    if let Some(after) = after_relative_clause(text, gap) {
        if let Some(label) = link_label(text, tokens, &gap[after..], left_start, adjacent) {
            return Some(label);
        }
    }
    let all_words = gap.iter().filter(|t| t.is_word()).count();
    let max_words = if adjacent {
        MAX_LINK_GAP_WORDS
    } else {
        MAX_SKIP_GAP_WORDS
    };
    if all_words > max_words + MAX_DASH_ASIDE_TOKENS {
        return None;
    }
    let has_cue = gap
        .iter()
        .any(|t| t.is_word() && t.relation_cue().is_some());
    // "determine whether …": the verb of deciding and the index of its "whether".
    let deliberated = deliberation(gap);
    let whether_at = deliberated.map(|(at, _)| at + 1);
    // Tokens before this index lie inside an aside already passed over.
    let mut aside_end = 0;
    // The tokens of an aside between dashes, read through and left out of the label.
    let mut dash_aside_at: Option<Range<usize>> = None;
    for (k, t) in gap.iter().enumerate() {
        if k < aside_end {
            continue;
        }
        match t.kind {
            TokenKind::Punct => {
                let p = &text[t.span.clone()];
                // "the “abrazos, no balazos” (hugs, not bullets) doctrine", "Calderón’s
                // term (2006–2012)": a short aside in lowercase words or numbers is read
                // through.
                if p == "(" {
                    if let Some(len) = plain_aside(text, &gap[k + 1..]) {
                        aside_end = k + 1 + len + 1;
                        continue;
                    }
                }
                let is_dash_or_colon = matches!(p, ":" | "—" | "–");
                // "…officials—X, Y and Z—will represent Mexico": a dash right after a
                // list, before the verb, closes a parenthesis. "designated six groups:
                // the Sinaloa Cartel, …": a colon right before a list opens it.
                let closes_parenthesis = k == 0 && p != ":" && is_dash_or_colon && has_cue;
                // "made a striking claim: The U.S. has …": a capital after a colon
                // starts a sentence, not a list.
                let starts_sentence = p == ":" && gap.get(k + 1).is_some_and(|t| t.is_capitalised);
                let opens_list =
                    k + 2 >= gap.len() && is_dash_or_colon && has_cue && !starts_sentence;
                // "damages from seven manufacturers — including Smith & Wesson, …": the
                // examples of the noun before the dash.
                let gives_examples = is_dash_or_colon && introduces_examples(&gap[k + 1..]);
                if closes_parenthesis || opens_list || gives_examples {
                    continue;
                }
                // "the fentanyl crisis—which claimed over 100,000 lives in 2022—will
                // carry …": an aside between dashes is read through.
                // Not when a new conjunct follows it ("— a first — and Vector fell").
                if matches!(p, "—" | "–") && dash_aside_at.is_none() {
                    if let Some(len) = dash_aside(text, &gap[k + 1..]) {
                        let end = k + 1 + len + 1;
                        let conjunct_follows = gap.get(end).is_some_and(|t| {
                            t.is_word() && matches!(t.lower.as_str(), "and" | "or" | "but")
                        });
                        if !conjunct_follows {
                            aside_end = end;
                            dash_aside_at = Some(k..end);
                            continue;
                        }
                    }
                }
                // "the “fourth transformation” framework—an initiative to overhaul
                // Mexico’s …": a dash that opens a description of the first name.
                if matches!(p, "—" | "–") && opens_description(text, gap, k) {
                    continue;
                }
                if matches!(
                    p,
                    ";" | ":" | "—" | "–" | "(" | ")" | "?" | "!" | "\\" | "|"
                ) {
                    return None;
                }
            }
            TokenKind::Word if t.is(WordClass::CLAUSE_BREAKER) && whether_at != Some(k) => {
                return None
            }
            _ => {}
        }
    }
    let outside = |k: usize| dash_aside_at.as_ref().is_none_or(|r| !r.contains(&k));
    let words = match &dash_aside_at {
        Some(r) => all_words - gap[r.clone()].iter().filter(|t| t.is_word()).count(),
        None => all_words,
    };
    if words > max_words {
        return None;
    }
    // "…, and the detention of X" starts a new conjunct.
    if gap
        .windows(2)
        .any(|w| w[0].lower.as_str() == "and" && w[1].is_article())
        && words > 3
    {
        return None;
    }
    // ", and President Sheinbaum has avoided …" starts a new clause (and across another
    // name, ", and Trump praised the Navy" is that name's clause, however short); ", and
    // was pardoned by" goes on with the same subject.
    if (words > 4 || !adjacent)
        && (1..gap.len()).any(|k| {
            let same_subject = || {
                opens_with_verb(text, gap)
                    && coordinated_verb(&gap[k + 1..]).is_some()
                    && gap.get(k + 1).is_some_and(|t| !t.lower.ends_with("ing"))
            };
            gap[k - 1].is_punct(text, ",")
                && matches!(gap[k].lower.as_str(), "and" | "or")
                && !same_subject()
        })
    {
        return None;
    }
    // A capitalised title is part of the next name ("President Claudia Sheinbaum"),
    // not a verb between the two.
    // A verb names the relation better than a role noun before it: "DEA agents
    // arrested X" is an arrest.
    let cues = || {
        gap.iter()
            .enumerate()
            .filter(|&(k, t)| {
                outside(k) && t.is_word() && !(t.is_capitalised && t.is(WordClass::TITLE))
            })
            .map(|(_, t)| t)
    };
    let is_role =
        |t: &Token| t.is_or_plural_of(WordClass::TITLE) || t.is_or_plural_of(WordClass::ROLE_NOUN);
    // "Bondi said, thanking X": what the speaker does while speaking is the relation.
    let while_speaking = gap.windows(3).find_map(|w| {
        let [said, comma, act] = w else {
            return None;
        };
        let is = said.is_word()
            && is_speech_verb(said)
            && comma.is_punct(text, ",")
            && act.is_word()
            && act.lower.ends_with("ing");
        if !is {
            return None;
        }
        // "thanking" -> "thanked", "praising" -> "praised".
        act.relation_cue().or_else(|| {
            let stem = act.lower.strip_suffix("ing")?;
            lexicon::relation_cue(&format!("{stem}ed"))
        })
    });
    // "was arrested in 2023 and extradited to X": the last of coordinated verbs is the
    // one whose object X is.
    let last_verb = || {
        gap.iter()
            .enumerate()
            .rev()
            .filter(|&(k, t)| outside(k) && t.is_word() && t.lower.as_str() == "and")
            .find_map(|(k, _)| coordinated_verb(&gap[k + 1..]))
    };
    let cue = while_speaking.or_else(|| {
        cues()
            .filter(|t| !is_role(t))
            .find_map(|t| t.relation_cue())
            .or_else(|| cues().find_map(|t| t.relation_cue()))
    });
    if let Some(label) = last_verb().or_else(|| cue.map(Label::from)) {
        return Some(label);
    }
    // "Trump and Sheinbaum will have to determine whether the Bicentennial Framework
    // will continue": what is deliberated is the decider's business.
    if let Some((_, verb)) = deliberated {
        return Some(Label::new(&verb.lower));
    }
    if words <= MAX_VERB_GAP_WORDS {
        // Around the aside, never inside it.
        let verb = match &dash_aside_at {
            Some(r) => gap_verb(&gap[..r.start]).or_else(|| gap_verb(&gap[r.end..])),
            None => gap_verb(gap),
        };
        if let Some(verb) = verb {
            return Some(verb);
        }
    }
    if words <= MAX_PREPOSITION_GAP_WORDS {
        let prep = gap
            .iter()
            .find(|t| t.is_word() && t.is(WordClass::LINKING_PREPOSITION))?;
        // "the arrest of X by Y": the cue before X names the relation.
        let before = tokens[left_start.saturating_sub(8)..left_start]
            .iter()
            .rev()
            .take_while(|t| t.kind != TokenKind::Punct)
            .filter(|t| !t.is_capitalised)
            .find_map(|t| t.relation_cue());
        return Some(before.map_or_else(|| Label::new(&prep.lower), Label::from));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Relates the named mentions (each `(surface, kind)`; entity = position).
    fn pairs(text: &str, names: &[(&str, Kind)]) -> Vec<(String, String, String)> {
        let tokens = tokenize(text, 0..text.len());
        let mut mentions = Vec::new();
        let mut from = 0;
        for (e, (name, kind)) in names.iter().enumerate() {
            let s = from + text[from..].find(name).unwrap();
            let e_ = s + name.len();
            from = e_;
            let ts = tokens.iter().position(|t| t.span.start == s).unwrap();
            let te = tokens.iter().position(|t| t.span.end == e_).unwrap() + 1;
            mentions.push(SentenceMention {
                tokens: ts..te,
                kind: *kind,
                entity: e as u32,
            });
        }
        relate(text, &tokens, &mentions)
            .into_iter()
            .map(|l| {
                (
                    names[l.a].0.to_string(),
                    names[l.b].0.to_string(),
                    l.label.to_string(),
                )
            })
            .collect()
    }

    use Kind::*;

    #[test]
    fn a_speakers_workplace_does_not_speak() {
        let got = pairs(
            "Juan Montero, a political scientist at Boston University, said the war between Los Chapitos and La Mayiza had disrupted supply chains.",
            &[("Juan Montero", Person), ("Boston University", Organization), ("Los Chapitos", Cartel), ("La Mayiza", Cartel)],
        );
        assert!(
            got.contains(&(
                "Juan Montero".into(),
                "Boston University".into(),
                "works for".into()
            )),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(a, b, _)| a == "Boston University" && b != "Juan Montero"),
            "{got:?}"
        );
    }

    #[test]
    fn works_with_inside_a_relative_clause() {
        let got = pairs(
            "The Navy, which works closely with the DEA, led the raids.",
            &[("Navy", Agency), ("DEA", Agency)],
        );
        assert_eq!(got, [("Navy".into(), "DEA".into(), "worked with".into())]);
    }

    #[test]
    fn a_determiner_after_a_pair_is_no_verb() {
        let got = pairs(
            "Ebrard has held talks with Lutnick and Greer this year.",
            &[("Ebrard", Person), ("Lutnick", Person), ("Greer", Person)],
        );
        assert!(
            !got.iter().any(|(a, b, _)| a == "Lutnick" && b == "Greer"),
            "{got:?}"
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn list_members_are_not_related_to_each_other() {
        let got = pairs(
            "Security Minister Omar García Harfuch, Defense Minister Ricardo Trevilla Trejo, Navy Minister Raymundo Pedro Morales, and Attorney General Alejandro Gertz Manero will represent Mexico in this group.",
            &[("Omar García Harfuch", Person), ("Ricardo Trevilla Trejo", Person), ("Raymundo Pedro Morales", Person), ("Alejandro Gertz Manero", Person), ("Mexico", Country)],
        );
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(
            got.iter()
                .all(|(_, b, l)| b == "Mexico" && l == "represents"),
            "{got:?}"
        );
    }

    #[test]
    fn a_term_of_office_or_a_visit_only_dates_the_sentence() {
        // Invented sentences: the name that dates the clause is no party to it.
        let got = pairs(
            "Under Obrador’s government, the DEA arrested Salvador Cienfuegos in Los Angeles.",
            &[
                ("Obrador", Person),
                ("DEA", Agency),
                ("Salvador Cienfuegos", Person),
            ],
        );
        assert_eq!(
            got,
            [(
                "DEA".into(),
                "Salvador Cienfuegos".into(),
                "arrested".into()
            )]
        );
        let got = pairs(
            "Days before Blinken’s visit to Mexico, the Pentagon designated the Gulf Cartel.",
            &[
                ("Blinken", Person),
                ("Mexico", Country),
                ("Pentagon", Agency),
                ("Gulf Cartel", Cartel),
            ],
        );
        assert_eq!(
            got,
            [
                ("Blinken".into(), "Mexico".into(), "visit".into()),
                ("Pentagon".into(), "Gulf Cartel".into(), "designated".into())
            ]
        );
        // A title may stand between the preposition and the name.
        let got = pairs(
            "Cooperation with Washington grew during President Vicente Fox’s first term.",
            &[("Washington", Country), ("Vicente Fox", Person)],
        );
        assert!(got.is_empty(), "{got:?}");
        // An arrest is an event the clause may answer: not a time frame.
        let got = pairs(
            "The Sinaloa Cartel besieged the city after Ovidio’s arrest.",
            &[("Sinaloa Cartel", Cartel), ("Ovidio", Person)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_description_ties_a_person_to_the_body_named_in_it() {
        // Invented sentences. Any occupation names a role, not only titles.
        let got = pairs(
            "“It will not last,” said Ana Ruiz, a migration expert at the Colegio de la Frontera Norte.",
            &[("Ana Ruiz", Person), ("Colegio de la Frontera Norte", Organization)],
        );
        assert_eq!(
            got,
            [(
                "Ana Ruiz".into(),
                "Colegio de la Frontera Norte".into(),
                "expert".into()
            )]
        );
        // A body named with its acronym still lies inside the description; an "as" phrase
        // after the description is the described person's, not the body's.
        let got = pairs(
            "Ebrard appointed Ana Ruiz, a former deputy director of the Federal Police (PF), as Mexico’s border envoy.",
            &[
                ("Ebrard", Person),
                ("Ana Ruiz", Person),
                ("Federal Police (PF)", Agency),
                ("Mexico", Country),
            ],
        );
        assert_eq!(
            got,
            [
                ("Ebrard".into(), "Ana Ruiz".into(), "appointed".into()),
                (
                    "Ana Ruiz".into(),
                    "Federal Police (PF)".into(),
                    "deputy".into()
                ),
                ("Ana Ruiz".into(), "Mexico".into(), "envoy".into()),
            ]
        );
    }

    #[test]
    fn a_possessor_and_a_role_before_a_comma_describe_the_name_after_it() {
        // Invented sentences.
        let got = pairs(
            "El Mayo’s eldest son, Vicente Zambada Niebla, was sentenced in Chicago.",
            &[("El Mayo", Person), ("Vicente Zambada Niebla", Person)],
        );
        assert_eq!(
            got,
            [(
                "El Mayo".into(),
                "Vicente Zambada Niebla".into(),
                "son of".into()
            )]
        );
        let got = pairs(
            "Colombia’s defense minister, Pedro Sánchez, met Hegseth.",
            &[
                ("Colombia", Country),
                ("Pedro Sánchez", Person),
                ("Hegseth", Person),
            ],
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].2, "minister of", "{got:?}");
        // Without a role it is a list.
        let got = pairs(
            "Mexico’s neighbours, Guatemala and Belize, were not consulted.",
            &[
                ("Mexico", Country),
                ("Guatemala", Country),
                ("Belize", Country),
            ],
        );
        assert!(got.iter().all(|(a, _, _)| a != "Mexico"), "{got:?}");
    }

    #[test]
    fn a_name_inside_a_relative_clause_on_a_noun_is_not_the_subjects() {
        // Invented sentences.
        let got = pairs(
            "Trump objected to an Ontario television ad that quoted Ronald Reagan on tariffs.",
            &[("Trump", Person), ("Ronald Reagan", Person)],
        );
        assert!(got.is_empty(), "{got:?}");
        let got = pairs(
            "The United States wants to target the supply chains that link China and Mexico.",
            &[
                ("United States", Country),
                ("China", Country),
                ("Mexico", Country),
            ],
        );
        assert!(got.is_empty(), "{got:?}");
        // A content clause is not a relative one: "clear that failure …".
        let got = pairs(
            "Trump has made it clear that failure will carry consequences for Mexico.",
            &[("Trump", Person), ("Mexico", Country)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_description_of_a_name_inside_a_description_is_that_names() {
        // Invented sentence: the group is allied, not its leader; the sentence's verb
        // is read after both descriptions.
        let got = pairs(
            "Abigael González, a leader of Los Cuinis, a group closely allied with the CJNG, was sent to the United States.",
            &[
                ("Abigael González", Person),
                ("Los Cuinis", Organization),
                ("CJNG", Cartel),
                ("United States", Country),
            ],
        );
        let mut got: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|(a, b, l)| (a.as_str(), b.as_str(), l.as_str()))
            .collect();
        got.sort_unstable();
        assert_eq!(
            got,
            [
                ("Abigael González", "Los Cuinis", "leads"),
                ("Abigael González", "United States", "sent"),
                ("Los Cuinis", "CJNG", "allied"),
            ]
        );
        // "the Cartel …" after a cartel is the next item of a list, not a description.
        let got = pairs(
            "Canada listed the Sinaloa Cartel, the Cartel Jalisco Nueva Generacion and five groups as terrorists.",
            &[("Canada", Country), ("Sinaloa Cartel", Cartel), ("Cartel Jalisco Nueva Generacion", Cartel)],
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|(a, _, _)| a == "Canada"), "{got:?}");
    }

    #[test]
    fn a_pronoun_that_owns_the_role_of_the_subject_is_no_subject() {
        // Invented sentence: "Her" is a mention of Castro, carried from the sentence
        // before; her minister signed, not she.
        let got = pairs(
            "Her defense minister, José Zelaya, signed the deal with the United States.",
            &[
                ("Her", Person),
                ("José Zelaya", Person),
                ("United States", Country),
            ],
        );
        assert!(
            got.iter()
                .any(|(a, b, l)| a == "Her" && b == "José Zelaya" && l == "minister of"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| !(a == "Her" && b == "United States")),
            "{got:?}"
        );
    }

    #[test]
    fn a_role_owned_by_a_possessive_pronoun_relates_its_antecedent() {
        // Invented sentences.
        let got = pairs(
            "The Beltrán Leyva Organization and its longtime rival, the Juárez Cartel, split the plaza.",
            &[
                ("Beltrán Leyva Organization", Cartel),
                ("Juárez Cartel", Cartel),
            ],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "rivals", "{got:?}");
        let got = pairs(
            "Noboa reversed the security policy of his predecessor, President Guillermo Lasso, within a month.",
            &[("Noboa", Person), ("Guillermo Lasso", Person)],
        );
        assert_eq!(
            got,
            [("Noboa".into(), "Guillermo Lasso".into(), "preceded".into())]
        );
        // "its" skips the person named last and finds the body.
        let got = pairs(
            "The DEA praised Ruiz, and its former chief, Anne Milgram, agreed.",
            &[("DEA", Agency), ("Ruiz", Person), ("Anne Milgram", Person)],
        );
        assert!(
            got.iter()
                .any(|(a, b, l)| a == "DEA" && b == "Anne Milgram" && l == "leads"),
            "{got:?}"
        );
    }

    #[test]
    fn a_dash_aside_with_a_noun_describes_only_the_name_before_it() {
        // Invented sentence: "splinter" is a noun after "a", so the aside is a
        // description of La Línea alone, not a clause about the pair before it.
        let got = pairs(
            "Both the Sinaloa Cartel and La Línea — a splinter of the Juárez Cartel — fought for the city.",
            &[
                ("Sinaloa Cartel", Cartel),
                ("La Línea", Cartel),
                ("Juárez Cartel", Cartel),
            ],
        );
        assert!(
            got.iter()
                .any(|(a, b, _)| a == "La Línea" && b == "Juárez Cartel"),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(a, b, _)| a == "Sinaloa Cartel" && b == "Juárez Cartel"),
            "{got:?}"
        );
    }

    #[test]
    fn a_pair_after_the_by_of_a_passive_acted_together() {
        // Invented sentences.
        let got = pairs(
            "The accord was quietly signed in Lima last May by Foreign Minister Ana Díaz and then-Interior Minister Luis Soto before the summit.",
            &[("Ana Díaz", Person), ("Luis Soto", Person)],
        );
        assert_eq!(
            got,
            [("Ana Díaz".into(), "Luis Soto".into(), "signed".into())]
        );
        // A pair that only happens to stand before a preposition did nothing together.
        let got = pairs(
            "Photos of Ana Díaz and Luis Soto after the summit circulated.",
            &[("Ana Díaz", Person), ("Luis Soto", Person)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_country_named_before_a_military_event_noun_is_its_actor() {
        // Invented sentences: an operation, invasion or raid names who acted and where.
        for (text, label) in [
            (
                "The 1989 U.S. invasion of Panama ended Noriega’s rule.",
                "invaded",
            ),
            (
                "Colombia’s military operation in Ecuador angered its neighbour.",
                "operation",
            ),
            ("Turkey’s raids on Syria continued.", "raided"),
        ] {
            let (a, b) = match label {
                "invaded" => ("U.S.", "Panama"),
                "operation" => ("Colombia", "Ecuador"),
                _ => ("Turkey", "Syria"),
            };
            let got = pairs(text, &[(a, Country), (b, Country)]);
            assert_eq!(got, [(a.into(), b.into(), label.into())], "{text}");
        }
    }

    #[test]
    fn an_aside_between_dashes_is_read_through_and_gives_no_label() {
        // Invented sentences.
        let got = pairs(
            "Ottawa warned that the smuggling surge—which killed 40,000 people in the province last year—will bring consequences for Mexico.",
            &[("Ottawa", Country), ("Mexico", Country)],
        );
        assert_eq!(got, [("Ottawa".into(), "Mexico".into(), "warned".into())]);
        let got = pairs(
            "Ana Ruiz hopes the plan—which first arrested smugglers in 2019—will defend Luis Soto.",
            &[("Ana Ruiz", Person), ("Luis Soto", Person)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_ne!(got[0].2, "arrested", "{got:?}");
        // One dash alone still ends the clause.
        let got = pairs(
            "Ana Ruiz left the party—nobody knows why Luis Soto stayed.",
            &[("Ana Ruiz", Person), ("Luis Soto", Person)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_relation_with_a_unit_is_one_with_the_body_that_owns_it() {
        // Invented sentences.
        let got = pairs(
            "Ana Ruiz earned a doctorate at Harvard’s Kennedy School in 2015.",
            &[
                ("Ana Ruiz", Person),
                ("Harvard", Organization),
                ("Kennedy School", Organization),
            ],
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.contains(&("Ana Ruiz".into(), "Harvard".into(), "studied at".into())));
        // A country is no owning body: "Mexico’s Navy" does not tie Ruiz to Mexico.
        let got = pairs(
            "Ana Ruiz studied at Mexico’s Naval Academy for four years.",
            &[
                ("Ana Ruiz", Person),
                ("Mexico", Country),
                ("Naval Academy", Organization),
            ],
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| !(a == "Ana Ruiz" && b == "Mexico")),
            "{got:?}"
        );
        // Nor is a government department: its office acts on its own.
        let got = pairs(
            "The Treasury’s Office of Foreign Assets Control sanctioned Ana Ruiz.",
            &[
                ("Treasury", Agency),
                ("Office of Foreign Assets Control", Agency),
                ("Ana Ruiz", Person),
            ],
        );
        assert!(
            !got.iter()
                .any(|(a, b, _)| a == "Treasury" && b == "Ana Ruiz"),
            "{got:?}"
        );
    }

    #[test]
    fn a_dash_after_a_name_may_open_its_description() {
        // Invented sentences.
        let got = pairs(
            "Noboa defended the “Plan Fénix” strategy—a program to rebuild Ecuador’s prisons.",
            &[
                ("Noboa", Person),
                ("Plan Fénix", Agreement),
                ("Ecuador", Country),
            ],
        );
        assert!(
            got.contains(&("Plan Fénix".into(), "Ecuador".into(), "rebuild".into())),
            "{got:?}"
        );
        // A verb before the dash: what follows is another clause.
        let got = pairs(
            "The talks with Ebrard stalled—a setback for Mexico.",
            &[("Ebrard", Person), ("Mexico", Country)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_summary_of_the_clause_relates_its_subject_not_its_object() {
        // Invented sentences.
        let got = pairs(
            "Noboa sent troops to the port of Guayaquil and deported Fito to Colombia, a move that angered the Los Lobos gang.",
            &[
                ("Noboa", Person),
                ("Fito", Person),
                ("Colombia", Country),
                ("Los Lobos", Cartel),
            ],
        );
        assert!(
            got.contains(&("Noboa".into(), "Los Lobos".into(), "angered".into())),
            "{got:?}"
        );
        assert!(
            got.iter().all(|(a, b, _)| b != "Los Lobos" || a == "Noboa"),
            "{got:?}"
        );
        // Without a summary noun, the description is of the name before it.
        let got = pairs(
            "Noboa praised Plan Fénix, a program to rebuild Ecuador’s prisons.",
            &[
                ("Noboa", Person),
                ("Plan Fénix", Agreement),
                ("Ecuador", Country),
            ],
        );
        assert!(
            got.iter()
                .any(|(a, b, _)| a == "Plan Fénix" && b == "Ecuador"),
            "{got:?}"
        );
    }

    #[test]
    fn a_passive_participle_that_opens_the_sentence_names_the_agent() {
        // Invented sentences.
        let got = pairs(
            "Led by Colonel Ana Ruiz, the Border Task Force seized 40 tonnes.",
            &[("Ana Ruiz", Person), ("Border Task Force", Agency)],
        );
        assert_eq!(
            got,
            [(
                "Ana Ruiz".into(),
                "Border Task Force".into(),
                "leads".into()
            )]
        );
        // Without "by", no agent.
        let got = pairs(
            "Located in Colonel Ana Ruiz’s district, the Border Task Force grew.",
            &[("Ana Ruiz", Person), ("Border Task Force", Agency)],
        );
        assert!(got.iter().all(|(_, _, l)| l != "leads"), "{got:?}");
    }

    #[test]
    fn a_purpose_after_a_law_is_its_users() {
        // Invented sentence: the treaty is what Petro used, not who sent Otoniel.
        let got = pairs(
            "Petro invoked the Extradition Treaty to send Otoniel to a court in New York.",
            &[
                ("Petro", Person),
                ("Extradition Treaty", Agreement),
                ("Otoniel", Person),
            ],
        );
        assert!(
            got.iter().any(|(a, b, _)| a == "Petro" && b == "Otoniel"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| !(a == "Extradition Treaty" && b == "Otoniel")),
            "{got:?}"
        );
    }

    #[test]
    fn a_possessor_of_the_role_of_the_names_after_it_is_not_governed_by_the_verb() {
        // Invented sentence: the gang is led by the brothers, not by Fito.
        let got = pairs(
            "The Choneros, led by Fito’s brothers Junior Macías and Pedro Macías, split.",
            &[
                ("Choneros", Cartel),
                ("Fito", Person),
                ("Junior Macías", Person),
                ("Pedro Macías", Person),
            ],
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| !(a == "Choneros" && b == "Fito")),
            "{got:?}"
        );
        assert!(
            got.contains(&("Choneros".into(), "Pedro Macías".into(), "leads".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_possessor_owns_the_named_policy_after_it() {
        // Invented sentences.
        let got = pairs(
            "Critics blamed Calderón’s ambitious “Joint Operation Michoacán” for the violence.",
            &[
                ("Calderón", Person),
                ("Joint Operation Michoacán", Agreement),
            ],
        );
        assert_eq!(
            got,
            [(
                "Calderón".into(),
                "Joint Operation Michoacán".into(),
                "policy of".into()
            )]
        );
        let got = pairs(
            "Unlike Felipe Calderón’s (FCH) costly Mérida Initiative, the plan is cheap.",
            &[
                ("Felipe Calderón", Person),
                ("FCH", Person),
                ("Mérida Initiative", Agreement),
            ],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "Mérida Initiative", "{got:?}");
        // A verb between the two is a clause, not a possessed phrase.
        let got = pairs(
            "Trump’s aides signed the USMCA in 2018.",
            &[("Trump", Person), ("USMCA", Agreement)],
        );
        assert!(got.iter().all(|(_, _, l)| l != "policy of"), "{got:?}");
    }

    #[test]
    fn a_decider_is_related_to_what_it_weighs() {
        // Invented sentences.
        let got = pairs(
            "Ebrard must decide whether the Mérida Initiative survives the cuts.",
            &[("Ebrard", Person), ("Mérida Initiative", Agreement)],
        );
        assert_eq!(
            got,
            [("Ebrard".into(), "Mérida Initiative".into(), "decide".into())]
        );
        // Any other "whether" still opens a clause of its own.
        let got = pairs(
            "Ebrard spoke for an hour, whether the Mérida Initiative survives or not.",
            &[("Ebrard", Person), ("Mérida Initiative", Agreement)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_dash_before_including_lists_examples_of_what_came_before() {
        // Invented sentence.
        let got = pairs(
            "The Treasury fined four exchange houses — including Vector, Intercam and CIBanco — in June.",
            &[
                ("Treasury", Agency),
                ("Vector", Organization),
                ("Intercam", Organization),
                ("CIBanco", Organization),
            ],
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(
            got.iter().all(|(a, _, l)| a == "Treasury" && l == "fined"),
            "{got:?}"
        );
        // Any other dash still breaks the clause.
        let got = pairs(
            "The Treasury sanctioned four exchange houses — a first — and Vector fell.",
            &[("Treasury", Agency), ("Vector", Organization)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_words_after_a_description_are_read_from_its_end() {
        // Invented sentence: "sons" describes Iván; it says nothing of the U.S. (the
        // U.S. is related only to the one "whom" its prosecutors charged).
        let got = pairs(
            "He fled with Iván Archivaldo, one of El Chapo’s sons, whom U.S. prosecutors charged.",
            &[
                ("Iván Archivaldo", Person),
                ("El Chapo", Person),
                ("U.S.", Country),
            ],
        );
        assert!(
            got.iter()
                .filter(|(_, b, _)| b == "U.S.")
                .all(|(a, _, l)| a == "Iván Archivaldo" && l == "charged"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(a, b, l)| a == "Iván Archivaldo" && b == "El Chapo" && l == "son of"),
            "{got:?}"
        );
    }

    #[test]
    fn a_plain_aside_in_parentheses_is_read_through() {
        // Invented sentences.
        let got = pairs(
            "Ebrard (2018–2023) negotiated with Blinken.",
            &[("Ebrard", Person), ("Blinken", Person)],
        );
        assert_eq!(
            got,
            [("Ebrard".into(), "Blinken".into(), "negotiated".into())]
        );
        // An aside that names or says something is still a break.
        let got = pairs(
            "Ebrard (who later resigned) negotiated with Blinken.",
            &[("Ebrard", Person), ("Blinken", Person)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_second_verb_phrase_keeps_the_subject_of_the_first() {
        // Invented sentence.
        let got = pairs(
            "Ana Ruiz holds a degree from the Colegio de México and later worked as an analyst at the Wilson Center.",
            &[
                ("Ana Ruiz", Person),
                ("Colegio de México", Organization),
                ("Wilson Center", Organization),
            ],
        );
        assert_eq!(
            got,
            [
                (
                    "Ana Ruiz".into(),
                    "Colegio de México".into(),
                    "studied at".into()
                ),
                (
                    "Ana Ruiz".into(),
                    "Wilson Center".into(),
                    "worked with".into()
                ),
            ]
        );
    }

    #[test]
    fn a_capital_after_a_colon_starts_a_sentence_not_a_list() {
        let got = pairs(
            "At the summit, Ebrard made a bold claim: The Pentagon has already designated the Gulf Cartel.",
            &[("Ebrard", Person), ("Pentagon", Agency), ("Gulf Cartel", Cartel)],
        );
        assert_eq!(
            got,
            [("Pentagon".into(), "Gulf Cartel".into(), "designated".into())]
        );
        // A colon before the names of a list still opens it.
        let got = pairs(
            "The Treasury designated two groups: Gulf Cartel and Los Zetas.",
            &[
                ("Treasury", Agency),
                ("Gulf Cartel", Cartel),
                ("Los Zetas", Cartel),
            ],
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_quotation_may_begin_or_end_in_another_sentence() {
        // The quotation opened in the sentence before: the speaker speaks of Ebrard, the
        // outlet they spoke to has nothing to do with him.
        let got = pairs(
            "It will never be enough for Ebrard,” Shifter told Reforma.",
            &[
                ("Ebrard", Person),
                ("Shifter", Person),
                ("Reforma", Organization),
            ],
        );
        assert!(
            got.iter().any(|(a, b, _)| a == "Ebrard" && b == "Shifter"),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(a, b, _)| a == "Ebrard" && b == "Reforma"),
            "{got:?}"
        );
        // A quotation that runs on into the next sentence.
        let got = pairs(
            "Shifter said: “Ebrard met the DEA in secret.",
            &[("Shifter", Person), ("Ebrard", Person), ("DEA", Agency)],
        );
        assert_eq!(
            got,
            [
                ("Shifter".into(), "Ebrard".into(), "spoke of".into()),
                ("Shifter".into(), "DEA".into(), "spoke of".into()),
                ("Ebrard".into(), "DEA".into(), "met".into()),
            ]
        );
    }

    #[test]
    fn telling_reporters_relates_no_one_named_after_them_but_what_was_told() {
        let got = pairs(
            "Lula told reporters aboard the Airbus One jet that the talks went well.",
            &[("Lula", Person), ("Airbus One", Organization)],
        );
        assert!(got.is_empty(), "{got:?}");
        let got = pairs(
            "Ruiz told reporters at a briefing that the DEA had seized 300 rifles.",
            &[("Ruiz", Person), ("DEA", Agency)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_cited_body_with_its_country_before_it_is_a_source() {
        let got = pairs(
            "Brazil’s exports to Chile grew 3 percent, according to U.S. Census Bureau figures.",
            &[
                ("Brazil", Country),
                ("Chile", Country),
                ("U.S.", Country),
                ("Census Bureau", Agency),
            ],
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| ![a, b].iter().any(|n| *n == "U.S." || *n == "Census Bureau")),
            "{got:?}"
        );
    }

    #[test]
    fn a_pair_acts_together_past_a_relative_clause() {
        let got = pairs(
            "Navy chief Ana Ruiz and Army chief Luis Vega, who skipped the summit, signed the order.",
            &[("Ana Ruiz", Person), ("Luis Vega", Person)],
        );
        assert_eq!(
            got,
            [("Ana Ruiz".into(), "Luis Vega".into(), "signed".into())]
        );
    }

    #[test]
    fn a_by_phrase_after_a_name_describes_it_and_leaves_it_the_subject() {
        let got = pairs(
            "The Jalisco cartel, led by Nemesio Oseguera, was designated by the State Department.",
            &[
                ("Jalisco cartel", Cartel),
                ("Nemesio Oseguera", Person),
                ("State Department", Agency),
            ],
        );
        let has = |a: &str, b: &str, l: &str| got.iter().any(|g| g.0 == a && g.1 == b && g.2 == l);
        assert!(
            has("Jalisco cartel", "Nemesio Oseguera", "leads"),
            "{got:?}"
        );
        assert!(
            has("Jalisco cartel", "State Department", "designated"),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|g| g.0 == "Nemesio Oseguera" && g.1 == "State Department"),
            "{got:?}"
        );
    }

    #[test]
    fn a_relative_clause_between_subject_and_verb_gives_no_label() {
        let got = pairs(
            "Canada, which faces pressure from the cartels, named Kevin Brosseau.",
            &[("Canada", Country), ("Kevin Brosseau", Person)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "appointed", "{got:?}");
    }

    #[test]
    fn the_last_of_coordinated_verbs_labels_its_object() {
        // Invented sentences.
        let got = pairs(
            "Ovidio Guzmán was arrested in 2023 and extradited to the United States.",
            &[("Ovidio Guzmán", Person), ("United States", Country)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "extradited", "{got:?}");
        // After a comma, with its auxiliary, past an apposition: the same subject.
        let got = pairs(
            "Juan Hernández, a former president, was convicted in 2024, and was pardoned by Donald Trump.",
            &[("Juan Hernández", Person), ("Donald Trump", Person)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "pardoned", "{got:?}");
        // A past form after "and" with no auxiliary is no verb unless it is a cue.
        let got = pairs(
            "Trump has pointed to the link between politics and organized crime in Mexico.",
            &[("Trump", Person), ("Mexico", Country)],
        );
        assert!(got.iter().all(|(_, _, l)| l != "organized"), "{got:?}");
    }

    #[test]
    fn a_comma_and_a_verb_after_an_object_is_not_the_objects_clause() {
        // Invented sentences: the cartel is an object, then ", and paid …" is the
        // subject's; a list of gerunds is no verb phrase of the name before it.
        let got = pairs(
            "He worked with the Clan del Golfo to buy cocaine, and paid officers near the border with Mexico.",
            &[("Clan del Golfo", Cartel), ("Mexico", Country)],
        );
        assert!(got.is_empty(), "{got:?}");
        let got = pairs(
            "The task force formalizes an approach to identifying, disrupting, and dismantling cartel operations against the United States.",
            &[("task force", Agency), ("United States", Country)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_subject_after_whom_acts_on_the_name_before() {
        let got = pairs(
            "It was criticized by Consuelo Porras, whom the United States sanctioned in 2021.",
            &[("Consuelo Porras", Person), ("United States", Country)],
        );
        assert_eq!(
            got,
            [(
                "Consuelo Porras".to_string(),
                "United States".to_string(),
                "sanctioned".to_string()
            )]
        );
        // Past those acting for a country: "whom U.S. officials accuse".
        let got = pairs(
            "Prosecutors named Arturo Ruiz, whom U.S. officials accuse of fraud.",
            &[("Arturo Ruiz", Person), ("U.S.", Country)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "accused", "{got:?}");
    }

    #[test]
    fn a_whom_clause_between_subject_and_verb_gives_no_label() {
        let got = pairs(
            "Ovidio Guzmán, whom soldiers captured in 2023, was extradited to the United States.",
            &[("Ovidio Guzmán", Person), ("United States", Country)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "extradited", "{got:?}");
    }

    #[test]
    fn a_country_before_ambassador_is_the_one_served() {
        let got = pairs(
            "U.S. Ambassador Ronald Johnson met Sheinbaum.",
            &[
                ("U.S.", Country),
                ("Ronald Johnson", Person),
                ("Sheinbaum", Person),
            ],
        );
        assert!(
            got.iter()
                .any(|(a, b, l)| a == "U.S." && b == "Ronald Johnson" && l == "ambassador of"),
            "{got:?}"
        );
    }

    #[test]
    fn a_scenes_noun_labels_its_counterpart_and_the_subject() {
        // "a visit to Mexico": Rubio visited Mexico; "to" before a name is no verb.
        let got = pairs(
            "After a visit to Mexico, Rubio praised Sheinbaum.",
            &[
                ("Mexico", Country),
                ("Rubio", Person),
                ("Sheinbaum", Person),
            ],
        );
        assert!(
            got.iter()
                .any(|(a, b, l)| a == "Mexico" && b == "Rubio" && l == "visited"),
            "{got:?}"
        );
        // No noun label: the subject's verb links the two.
        let got = pairs(
            "During a call with Rubio, Sheinbaum said Mexico would act.",
            &[
                ("Rubio", Person),
                ("Sheinbaum", Person),
                ("Mexico", Country),
            ],
        );
        assert!(
            got.iter().any(|(a, b, _)| a == "Rubio" && b == "Sheinbaum"),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(a, b, _)| a == "Rubio" && b == "Mexico"),
            "{got:?}"
        );
    }

    #[test]
    fn an_opening_adverbial_phrase_sets_the_scene_for_the_subject_only() {
        let got = pairs(
            "After the raid in Culiacán, Sheinbaum called Biden on Tuesday.",
            &[
                ("Culiacán", Country),
                ("Sheinbaum", Person),
                ("Biden", Person),
            ],
        );
        assert!(
            got.iter().any(|(a, b, _)| a == "Sheinbaum" && b == "Biden"),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(a, b, _)| a == "Culiacán" && b == "Biden"),
            "{got:?}"
        );
    }

    #[test]
    fn a_reports_owner_is_no_party_to_what_it_reports() {
        let got = pairs(
            "Ebrard denied the Financial Times’ report that Harfuch met the DEA in Houston.",
            &[
                ("Ebrard", Person),
                ("Financial Times", Organization),
                ("Harfuch", Person),
                ("DEA", Agency),
            ],
        );
        assert!(
            got.iter()
                .any(|(a, b, _)| a == "Ebrard" && b == "Financial Times"),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(a, b, _)| a == "Harfuch" && b == "DEA"),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(a, b, _)| a == "Financial Times" && (b == "Harfuch" || b == "DEA")),
            "{got:?}"
        );
    }

    #[test]
    fn a_speaker_speaks_of_a_country_that_opens_the_quotation() {
        let got = pairs(
            "“Colombia has a huge chemical industry,” said Ana Ruiz, an analyst.",
            &[("Colombia", Country), ("Ana Ruiz", Person)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        // Named further in, the country is where what is said happens.
        let got = pairs(
            "“It opened a debate in Colombia about the industry,” Ana Ruiz said.",
            &[("Colombia", Country), ("Ana Ruiz", Person)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_opening_participle_phrase_describes_the_subject() {
        let got = pairs(
            "MEXICO CITY—Speaking at the Wilson Center in Washington, Foreign Secretary Juan Ramón de la Fuente defended the plan.",
            &[("Wilson Center", Organization), ("Juan Ramón de la Fuente", Person)],
        );
        assert_eq!(
            got,
            [(
                "Wilson Center".into(),
                "Juan Ramón de la Fuente".into(),
                "speaking at".into()
            )]
        );
        // "According to" cites a source.
        let got = pairs(
            "According to Reforma, Ebrard has delivered dozens of prisoners.",
            &[("Reforma", Organization), ("Ebrard", Person)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn no_link_reaches_into_a_subordinate_clause_past_its_subject() {
        let got = pairs(
            "Ebrard defended his ties with the army, especially after DEA agents arrested Salvador Cienfuegos.",
            &[("Ebrard", Person), ("DEA", Agency), ("Salvador Cienfuegos", Person)],
        );
        assert_eq!(
            got,
            [(
                "DEA".into(),
                "Salvador Cienfuegos".into(),
                "arrested".into()
            )]
        );
    }

    #[test]
    fn a_name_inside_a_relative_clause_stays_inside_it() {
        let got = pairs(
            "Ebrard, who succeeded Blinken in March, has argued that Canada must act.",
            &[("Ebrard", Person), ("Blinken", Person), ("Canada", Country)],
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| !(a == "Blinken" && b == "Canada")),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(a, b, _)| a == "Ebrard" && b == "Blinken"),
            "{got:?}"
        );
        // A restrictive clause ends at the main verb: "said Washington …" is outside it.
        let got = pairs(
            "An official who briefed reporters said Washington wanted “results, not promises,” and singled out the Gulf Cartel.",
            &[("Washington", Country), ("Gulf Cartel", Cartel)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn verb_between_relates_and_labels() {
        let got = pairs(
            "Trump announced that Sheinbaum agreed to stop the flow of migrants.",
            &[("Trump", Person), ("Sheinbaum", Person)],
        );
        assert_eq!(
            got,
            [("Trump".into(), "Sheinbaum".into(), "announced".into())]
        );
    }

    #[test]
    fn distant_clauses_are_not_related() {
        let got = pairs(
            "Events like the arrest of former Secretary of National Defense Salvador Cienfuegos by DEA agents at Los Angeles International Airport and the detention and subsequent release of Ovidio Guzman, the son of notorious kingpin Joaquín “El Chapo” Guzmán, marked major blows.",
            &[("Salvador Cienfuegos", Person), ("DEA", Agency), ("Ovidio Guzman", Person), ("El Chapo", Person)],
        );
        assert!(
            got.contains(&(
                "Salvador Cienfuegos".into(),
                "DEA".into(),
                "arrested".into()
            )),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(a, b, l)| a == "Ovidio Guzman" && b == "El Chapo" && l == "son of"),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(a, b, _)| a == "Salvador Cienfuegos" && b == "El Chapo"),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(a, b, _)| a == "DEA" && b == "Ovidio Guzman"),
            "{got:?}"
        );
    }

    #[test]
    fn title_modifier_ties_country_to_person() {
        let got = pairs(
            "Mexican President Claudia Sheinbaum and U.S. Secretary of State Marco Rubio unveiled a new phase.",
            &[("Claudia Sheinbaum", Person), ("U.S.", Country), ("Marco Rubio", Person)],
        );
        assert!(
            got.contains(&("U.S.".into(), "Marco Rubio".into(), "secretary of".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "Claudia Sheinbaum".into(),
                "Marco Rubio".into(),
                "launched".into()
            )),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(a, b, _)| a == "Claudia Sheinbaum" && b == "U.S."),
            "{got:?}"
        );
    }

    #[test]
    fn appositive_role_relates_person_to_organisation() {
        let got = pairs(
            "Earlier this month, the Senate confirmed Sara Carter, a former Fox News contributor, as director.",
            &[("Senate", Agency), ("Sara Carter", Person), ("Fox News", Organization)],
        );
        assert!(
            got.contains(&("Sara Carter".into(), "Fox News".into(), "works for".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&("Senate".into(), "Sara Carter".into(), "confirmed".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_describing_another_person_stays_with_that_person() {
        let got = pairs(
            "Among them was Rafael Caro Quintero, the founder of the Guadalajara Cartel wanted for the 1985 killing of DEA agent Enrique Camarena.",
            &[("Rafael Caro Quintero", Person), ("Guadalajara Cartel", Cartel), ("DEA", Agency), ("Enrique Camarena", Person)],
        );
        let has = |a: &str, b: &str| got.iter().any(|(x, y, _)| x == a && y == b);
        assert!(has("Rafael Caro Quintero", "Guadalajara Cartel"), "{got:?}");
        assert!(has("DEA", "Enrique Camarena"), "{got:?}");
        assert!(!has("Rafael Caro Quintero", "DEA"), "{got:?}");
    }

    #[test]
    fn a_subordinate_clause_does_not_relate_its_subject_to_the_main_clause() {
        let got = pairs(
            "López Obrador ordered Ovidio’s release after Sinaloa Cartel gunmen besieged the city.",
            &[
                ("López Obrador", Person),
                ("Ovidio", Person),
                ("Sinaloa Cartel", Cartel),
            ],
        );
        let has = |a: &str, b: &str| got.iter().any(|(x, y, _)| x == a && y == b);
        assert!(has("López Obrador", "Ovidio"), "{got:?}");
        assert!(!has("López Obrador", "Sinaloa Cartel"), "{got:?}");
        assert!(!has("Ovidio", "Sinaloa Cartel"), "{got:?}");
        // "after" before a noun phrase with no verb is a plain preposition.
        let got = pairs(
            "Sheinbaum spoke with Trump after Rubio’s visit.",
            &[("Sheinbaum", Person), ("Trump", Person), ("Rubio", Person)],
        );
        assert!(
            got.iter().any(|(a, b, _)| a == "Sheinbaum" && b == "Trump"),
            "{got:?}"
        );
    }

    #[test]
    fn a_quotation_is_related_only_through_its_speaker() {
        let got = pairs(
            "“It never seems to be enough to satisfy Trump,” Shifter told Mexico News Daily.",
            &[
                ("Trump", Person),
                ("Shifter", Person),
                ("Mexico News Daily", Organization),
            ],
        );
        let has = |a: &str, b: &str| got.iter().any(|(x, y, _)| x == a && y == b);
        assert!(has("Trump", "Shifter"), "{got:?}");
        assert!(has("Shifter", "Mexico News Daily"), "{got:?}");
        assert!(!has("Trump", "Mexico News Daily"), "{got:?}");
    }

    #[test]
    fn a_new_verb_phrase_does_not_relate_the_object_before_it() {
        let got = pairs(
            "Dockery holds a degree from Yale’s Jackson School and previously served as a fellow at the Modern War Institute.",
            &[("Dockery", Person), ("Yale", Organization), ("Jackson School", Organization), ("Modern War Institute", Organization)],
        );
        assert!(
            !got.iter()
                .any(|(a, b, _)| a == "Jackson School" && b == "Modern War Institute"),
            "{got:?}"
        );
    }

    #[test]
    fn an_apposition_with_a_possessive_relates_the_owner() {
        let got = pairs(
            "She is a columnist at Reforma, Mexico’s leading newspaper.",
            &[("Reforma", Organization), ("Mexico", Country)],
        );
        assert_eq!(
            got,
            [("Reforma".into(), "Mexico".into(), "newspaper".into())]
        );
        // "China and Mexico’s cartels": a possessor, not a pair acting together.
        let got = pairs(
            "The supply chains link China and Mexico’s cartels.",
            &[("China", Country), ("Mexico", Country)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_country_modifying_a_title_case_noun_is_not_an_actor() {
        let got = pairs(
            "Sheinbaum And Rubio Launch New US Mexico Security Plan",
            &[
                ("Sheinbaum", Person),
                ("Rubio", Person),
                ("US", Country),
                ("Mexico", Country),
            ],
        );
        assert_eq!(
            got,
            [("Sheinbaum".into(), "Rubio".into(), "launched".into())]
        );
        // In a sentence, the same countries are actors.
        let got = pairs(
            "Sheinbaum said the US and Mexico launched a new plan.",
            &[("Sheinbaum", Person), ("US", Country), ("Mexico", Country)],
        );
        assert!(
            got.iter().any(|(a, b, _)| a == "US" && b == "Mexico"),
            "{got:?}"
        );
    }

    #[test]
    fn the_label_is_the_verb_not_the_adverb_before_it() {
        let got = pairs(
            "López Obrador has strategically used Mexico’s role in managing migrant flows.",
            &[("López Obrador", Person), ("Mexico", Country)],
        );
        assert_eq!(
            got,
            [("López Obrador".into(), "Mexico".into(), "used".into())]
        );
        // An adverb with no -ly: "has long tracked".
        let got = pairs(
            "The Secretariat of National Defense has long tracked flights from Guatemala.",
            &[
                ("Secretariat of National Defense", Agency),
                ("Guatemala", Country),
            ],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "tracked", "{got:?}");
    }

    #[test]
    fn a_photo_credit_ties_photographer_agency_and_distributor() {
        let got = pairs(
            "Photo by Alfredo ESTRELLA / AFP via Getty Images",
            &[
                ("Alfredo ESTRELLA", Person),
                ("AFP", Organization),
                ("Getty Images", Organization),
            ],
        );
        assert_eq!(
            got,
            [
                (
                    "Alfredo ESTRELLA".into(),
                    "AFP".into(),
                    "photo credit".into()
                ),
                ("AFP".into(), "Getty Images".into(), "photo credit".into()),
            ]
        );
        // A slash elsewhere joins nothing.
        let got = pairs(
            "The Sinaloa/CJNG rivalry grew.",
            &[("Sinaloa", Cartel), ("CJNG", Cartel)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_biography_lists_roles_after_the_copula() {
        let got = pairs(
            "Nicholas Dockery is a White House Fellow, Special Forces officer, United States Military Academy graduate, and a research fellow.",
            &[("Nicholas Dockery", Person), ("Special Forces", Agency), ("United States Military Academy", Organization)],
        );
        let has = |a: &str, b: &str| got.iter().any(|(x, y, _)| x == a && y == b);
        assert!(has("Nicholas Dockery", "Special Forces"), "{got:?}");
        assert!(
            has("Nicholas Dockery", "United States Military Academy"),
            "{got:?}"
        );
        // A clause after the comma ends the biography.
        let got = pairs(
            "Sheinbaum is the president of Mexico, and Trump praised the Navy.",
            &[
                ("Sheinbaum", Person),
                ("Mexico", Country),
                ("Trump", Person),
                ("Navy", Agency),
            ],
        );
        assert!(
            !got.iter().any(|(a, b, _)| a == "Sheinbaum" && b == "Trump"),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(a, b, _)| a == "Sheinbaum" && b == "Navy"),
            "{got:?}"
        );
    }

    #[test]
    fn clause_break_blocks_link() {
        let got = pairs(
            "Trump praised the deal; Sheinbaum stayed silent.",
            &[("Trump", Person), ("Sheinbaum", Person)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_country_abbreviation_describing_a_thing_is_no_party() {
        // Owned things: the country only describes them.
        for (text, names) in [
            (
                "The Treasury barred U.S. banks from wiring funds to Banco Azteca.",
                [
                    ("Treasury", Agency),
                    ("U.S.", Country),
                    ("Banco Azteca", Organization),
                ],
            ),
            (
                "The State Department revoked the US visas of executives tied to Grupo Vidanta.",
                [
                    ("State Department", Agency),
                    ("US", Country),
                    ("Grupo Vidanta", Organization),
                ],
            ),
        ] {
            let got = pairs(text, &names);
            assert!(
                got.iter()
                    .all(|(a, b, _)| a != names[1].0 && b != names[1].0),
                "{text}: {got:?}"
            );
        }
        // An act the country does, people acting for it, or the country as a subject.
        for (text, names) in [
            (
                "Sheinbaum rejected U.S. involvement inside Mexico.",
                [
                    ("Sheinbaum", Person),
                    ("U.S.", Country),
                    ("Mexico", Country),
                ],
            ),
            (
                "Rubio met U.S. officials and Mexican diplomats in Ecuador.",
                [("Rubio", Person), ("U.S.", Country), ("Ecuador", Country)],
            ),
            (
                "Mexico said that US tightens its grip on Sinaloa.",
                [("Mexico", Country), ("US", Country), ("Sinaloa", Cartel)],
            ),
        ] {
            let got = pairs(text, &names);
            assert!(
                got.iter()
                    .any(|(a, b, _)| a == names[1].0 || b == names[1].0),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn hyphen_compound_of_countries_states_nothing() {
        let got = pairs(
            "Yet, the future of U.S.-Mexico relations looks grim.",
            &[("U.S.", Country), ("Mexico", Country)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn subject_distributes_over_object_list() {
        let got = pairs(
            "Trump designated the Sinaloa Cartel, CJNG and Tren de Aragua as terrorist groups.",
            &[
                ("Trump", Person),
                ("Sinaloa Cartel", Cartel),
                ("CJNG", Cartel),
                ("Tren de Aragua", Cartel),
            ],
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got
            .iter()
            .all(|(a, _, l)| a == "Trump" && l == "designated"));
    }

    #[test]
    fn a_country_before_an_analysts_role_is_the_topic() {
        let got = pairs(
            "Falko Ernst, a Mexico analyst at the International Crisis Group, said the \
             cartels had diversified.",
            &[
                ("Falko Ernst", Person),
                ("Mexico", Country),
                ("International Crisis Group", Organization),
            ],
        );
        assert_eq!(
            got,
            [(
                "Falko Ernst".to_string(),
                "International Crisis Group".to_string(),
                "works for".to_string()
            )]
        );
        // An official's country is the employer.
        let got = pairs(
            "Ken Salazar, a U.S. official, spoke.",
            &[("Ken Salazar", Person), ("U.S.", Country)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_possessor_of_a_new_subject_is_no_conjunct() {
        let got = pairs(
            "Treasury imposed sanctions on people who laundered money for the Sinaloa \
             Cartel, and Mexico's financial intelligence unit said it had frozen accounts.",
            &[
                ("Treasury", Agency),
                ("Sinaloa Cartel", Cartel),
                ("Mexico", Country),
            ],
        );
        assert!(
            got.iter().all(|(a, b, _)| a != "Mexico" && b != "Mexico"),
            "{got:?}"
        );
    }

    #[test]
    fn a_joint_action_is_labelled_past_a_manner_adverb() {
        let got = pairs(
            "Five years ago, the UIF and Treasury barely talked.",
            &[("UIF", Agency), ("Treasury", Agency)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_ne!(got[0].2, "barely", "{got:?}");
        let got = pairs(
            "Mexico and Canada still cooperate on fentanyl.",
            &[("Mexico", Country), ("Canada", Country)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_ne!(got[0].2, "still", "{got:?}");
    }

    #[test]
    fn reporting_to_a_body_relates_the_two() {
        let got = pairs(
            "The UIF, which reports to the Finance Ministry, said it had blocked 37 accounts.",
            &[("UIF", Agency), ("Finance Ministry", Agency)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, "reports", "{got:?}");
    }

    #[test]
    fn a_trailing_report_is_labelled_by_its_verb_of_saying() {
        let got = pairs(
            "The group included Roberto Salazar, who is accused of taking part in the killing, Mexico’s Security Cabinet said in a statement.",
            &[("Roberto Salazar", Person), ("Security Cabinet", Agency)],
        );
        assert_eq!(
            got,
            [(
                "Roberto Salazar".into(),
                "Security Cabinet".into(),
                "said".into()
            )]
        );
        let got = pairs(
            "Trump met Sheinbaum in Mexico City, the White House said.",
            &[
                ("Trump", Person),
                ("Sheinbaum", Person),
                ("White House", Agency),
            ],
        );
        assert!(
            got.contains(&("Trump".into(), "Sheinbaum".into(), "met".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&("Trump".into(), "White House".into(), "said".into())),
            "{got:?}"
        );
        // Not a report that closes the sentence: the verb's own label stays.
        let got = pairs(
            "The DEA arrested Ovidio Guzmán, and the Security Cabinet said it would help.",
            &[
                ("DEA", Agency),
                ("Ovidio Guzmán", Person),
                ("Security Cabinet", Agency),
            ],
        );
        assert!(
            got.contains(&("DEA".into(), "Ovidio Guzmán".into(), "arrested".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_participle_after_a_described_role_labels_the_names_it_governs() {
        let got = pairs(
            "Rafael Caro Quintero, the drug lord convicted in the 1985 murder of agent Enrique Camarena, was flown to New York.",
            &[("Rafael Caro Quintero", Person), ("Enrique Camarena", Person)],
        );
        assert_eq!(
            got,
            [(
                "Rafael Caro Quintero".into(),
                "Enrique Camarena".into(),
                "convicted".into()
            )]
        );
        // A name between the role and the participle keeps the role's label.
        let got = pairs(
            "Nemesio Oseguera, the CJNG leader wanted by the DEA, remains at large.",
            &[
                ("Nemesio Oseguera", Person),
                ("CJNG", Cartel),
                ("DEA", Agency),
            ],
        );
        assert!(
            got.contains(&("Nemesio Oseguera".into(), "CJNG".into(), "leads".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_compound_title_with_general_is_the_label() {
        let got = pairs(
            "U.S. Attorney General Pam Bondi thanked Mexico’s Inspector General Ana Ruiz.",
            &[
                ("U.S.", Country),
                ("Pam Bondi", Person),
                ("Mexico", Country),
                ("Ana Ruiz", Person),
            ],
        );
        assert!(
            got.contains(&("U.S.".into(), "Pam Bondi".into(), "attorney general".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                "Mexico".into(),
                "Ana Ruiz".into(),
                "inspector general".into()
            )),
            "{got:?}"
        );
    }

    #[test]
    fn a_member_of_a_described_party_is_its_member() {
        let got = pairs(
            "Senator Lilly Téllez of the opposition National Action Party said the government was selling out to please President Donald Trump.",
            &[("Lilly Téllez", Person), ("National Action Party", Organization), ("Donald Trump", Person)],
        );
        assert!(
            got.contains(&(
                "Lilly Téllez".into(),
                "National Action Party".into(),
                "member of".into()
            )),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| !(a == "National Action Party" && b == "Donald Trump")),
            "{got:?}"
        );
    }

    #[test]
    fn a_relative_clause_after_a_nickname_is_about_the_nicknamed() {
        let got = pairs(
            "Among them was Antonio Oseguera, the brother of Nemesio Oseguera, “El Mencho,” who is wanted by the DEA.",
            &[
                ("Antonio Oseguera", Person),
                ("Nemesio Oseguera, “El Mencho,”", Person),
                ("DEA", Agency),
            ],
        );
        assert!(
            got.contains(&(
                "Nemesio Oseguera, “El Mencho,”".into(),
                "DEA".into(),
                "wanted".into()
            )),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| !(a == "Antonio Oseguera" && b == "DEA")),
            "{got:?}"
        );
        // Without the nickname, "who" stays with the described name, as before.
        let got = pairs(
            "Among them was Ovidio Guzmán, the brother of Iván Guzmán, who is wanted by the DEA.",
            &[
                ("Ovidio Guzmán", Person),
                ("Iván Guzmán", Person),
                ("DEA", Agency),
            ],
        );
        assert!(
            got.contains(&("Ovidio Guzmán".into(), "DEA".into(), "wanted".into())),
            "{got:?}"
        );
    }

    #[test]
    fn straight_quotation_marks_delimit_a_quotation() {
        let names = [
            ("Sheinbaum", Person),
            ("Washington", Country),
            ("Cecilia Farfán", Person),
        ];
        for text in [
            "\"Sheinbaum gets results, and Washington gets trophies,\" said Cecilia Farfán.",
            "“Sheinbaum gets results, and Washington gets trophies,” said Cecilia Farfán.",
        ] {
            let got = pairs(text, &names);
            assert!(
                got.contains(&(
                    "Sheinbaum".into(),
                    "Cecilia Farfán".into(),
                    "spoke of".into()
                )),
                "{text}: {got:?}"
            );
            assert!(
                got.iter()
                    .all(|(a, b, _)| !(a == "Washington" && b == "Cecilia Farfán")),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn an_act_while_speaking_is_the_relation() {
        let got = pairs(
            "“These defendants poisoned our communities,” Bondi said, thanking Security Secretary Omar García Harfuch for his cooperation.",
            &[("Bondi", Person), ("Omar García Harfuch", Person)],
        );
        assert_eq!(
            got,
            [(
                "Bondi".into(),
                "Omar García Harfuch".into(),
                "praised".into()
            )]
        );
    }

    #[test]
    fn a_pair_after_between_is_related_by_the_noun_before_it() {
        for text in [
            "Cooperation between the FGR and the Justice Department remains thin.",
            "Cooperation between the Attorney General’s Office (FGR) and the Justice Department remains thin.",
        ] {
            let got = pairs(text, &[("FGR", Agency), ("Justice Department", Agency)]);
            assert_eq!(
                got,
                [("FGR".into(), "Justice Department".into(), "cooperated".into())],
                "{text}"
            );
        }
        // Over a place, and never as a pair acting together.
        let got = pairs(
            "A meeting in Mexico City between García Harfuch and Homeland Security ended early.",
            &[
                ("Mexico City", Country),
                ("García Harfuch", Person),
                ("Homeland Security", Agency),
            ],
        );
        assert!(
            got.contains(&(
                "García Harfuch".into(),
                "Homeland Security".into(),
                "met".into()
            )),
            "{got:?}"
        );
    }

    #[test]
    fn barring_banks_of_a_country_bars_the_named_ones() {
        let got = pairs(
            "FinCEN went further in June, barring U.S. banks from doing business with CIBanco and Intercam.",
            &[
                ("FinCEN", Agency),
                ("U.S.", Country),
                ("CIBanco", Organization),
                ("Intercam", Organization),
            ],
        );
        assert_eq!(
            got,
            [
                ("FinCEN".into(), "CIBanco".into(), "barred".into()),
                ("FinCEN".into(), "Intercam".into(), "barred".into()),
            ]
        );
        // A country's demands are its own act: it stays a party.
        let got = pairs(
            "Sheinbaum has shown her commitment to meeting U.S. demands.",
            &[("Sheinbaum", Person), ("U.S.", Country)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn an_opening_place_is_a_setting_and_a_role_before_a_name_is_held() {
        let got = pairs(
            "In Washington, the DEA administrator, Terrance Cole, told lawmakers that the agency had reassigned agents.",
            &[("Washington", Country), ("DEA", Agency), ("Terrance Cole", Person)],
        );
        assert_eq!(
            got,
            [("DEA".into(), "Terrance Cole".into(), "administrator".into())]
        );
        // A title after the setting makes the place the office's country.
        let got = pairs(
            "In Mexico, President López Obrador said the verdict proved his point.",
            &[("Mexico", Country), ("López Obrador", Person)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
        // A place inside the sentence is not an opening setting.
        let got = pairs(
            "Cole met Sheinbaum in Mexico City, and then flew to Washington.",
            &[
                ("Cole", Person),
                ("Sheinbaum", Person),
                ("Washington", Country),
            ],
        );
        assert!(
            got.contains(&("Cole".into(), "Sheinbaum".into(), "met".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_plural_role_after_a_list_describes_each_name() {
        let got = pairs(
            "The Justice Department charged Iván Archivaldo, Jesús Alfredo and Ovidio Guzmán, the sons of Joaquín Guzmán Loera, with trafficking.",
            &[
                ("Justice Department", Agency),
                ("Iván Archivaldo", Person),
                ("Jesús Alfredo", Person),
                ("Ovidio Guzmán", Person),
                ("Joaquín Guzmán Loera", Person),
            ],
        );
        for son in ["Iván Archivaldo", "Jesús Alfredo", "Ovidio Guzmán"] {
            assert!(
                got.contains(&(son.into(), "Joaquín Guzmán Loera".into(), "son of".into())),
                "{son}: {got:?}"
            );
        }
        // A singular role describes only the name before it.
        let got = pairs(
            "Iván Archivaldo and Ovidio Guzmán, a son of Joaquín Guzmán Loera, fled.",
            &[
                ("Iván Archivaldo", Person),
                ("Ovidio Guzmán", Person),
                ("Joaquín Guzmán Loera", Person),
            ],
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| !(a == "Iván Archivaldo" && b == "Joaquín Guzmán Loera")),
            "{got:?}"
        );
    }

    #[test]
    fn a_titled_possessor_inside_a_description_stays_inside_it() {
        let got = pairs(
            "Governor Rubén Rocha Moya, a member of President Claudia Sheinbaum’s Morena party, has denied that he met Ismael Zambada.",
            &[
                ("Rubén Rocha Moya", Person),
                ("Claudia Sheinbaum", Person),
                ("Morena", Organization),
                ("Ismael Zambada", Person),
            ],
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| a != "Morena" || b != "Ismael Zambada"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(a, b, _)| a == "Rubén Rocha Moya" && b == "Ismael Zambada"),
            "{got:?}"
        );
    }

    #[test]
    fn a_country_after_in_behind_another_name_is_the_place() {
        let got = pairs(
            "Rubio met Sheinbaum in Mexico last week.",
            &[
                ("Rubio", Person),
                ("Sheinbaum", Person),
                ("Mexico", Country),
            ],
        );
        assert_eq!(got, [("Rubio".into(), "Sheinbaum".into(), "met".into())]);
        // Right after the verb, the country is what the act concerns.
        let got = pairs(
            "Rubio met with officials in Mexico last week.",
            &[("Rubio", Person), ("Mexico", Country)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn its_after_and_is_the_first_clauses_subject() {
        // Invented sentence: "its" opens the second clause and stands for the body that
        // opened the first, not for the country nearest to it.
        let got = pairs(
            "The Andean Drug Observatory reported record seizures in Peru, and its executive director, Ana Ruiz, warned that prices are falling.",
            &[("Andean Drug Observatory", Organization), ("Peru", Country), ("Ana Ruiz", Person)],
        );
        assert!(
            got.contains(&(
                "Andean Drug Observatory".into(),
                "Ana Ruiz".into(),
                "leads".into()
            )),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(a, b, _)| a == "Peru" && b == "Ana Ruiz"),
            "{got:?}"
        );
    }

    #[test]
    fn and_a_name_with_its_verb_opens_a_clause_not_a_list() {
        let got = pairs(
            "Trump imposed tariffs on Mexico, and Sheinbaum responded with troops.",
            &[
                ("Trump", Person),
                ("Mexico", Country),
                ("Sheinbaum", Person),
            ],
        );
        assert_eq!(
            got,
            [(
                "Trump".to_string(),
                "Mexico".to_string(),
                "imposed".to_string()
            )]
        );
        // A longer list keeps its ", and": all three signed.
        let got = pairs(
            "Mexico, Canada, and the United States signed the pact with Peru.",
            &[
                ("Mexico", Country),
                ("Canada", Country),
                ("United States", Country),
                ("Peru", Country),
            ],
        );
        assert!(
            ["Mexico", "Canada", "United States"]
                .iter()
                .all(|c| got.contains(&(c.to_string(), "Peru".to_string(), "signed".to_string()))),
            "{got:?}"
        );
        // The second clause's own links stay.
        let got = pairs(
            "Rubio visited Mexico, and Sheinbaum met Trump.",
            &[
                ("Rubio", Person),
                ("Mexico", Country),
                ("Sheinbaum", Person),
                ("Trump", Person),
            ],
        );
        assert!(
            got.contains(&("Sheinbaum".into(), "Trump".into(), "met".into()))
                && !got
                    .iter()
                    .any(|(a, b, _)| a == "Mexico" && b == "Sheinbaum"),
            "{got:?}"
        );
    }

    #[test]
    fn examples_after_including_do_not_act_together_and_a_modified_source_is_a_source() {
        // Invented sentence: the pair after "including" is an example of the agencies,
        // and "three former U.S. officials" are only the source.
        let got = pairs(
            "Ruiz’s ties with U.S. agencies, including the DEA and the FBI, are closer than ever, according to three former U.S. officials.",
            &[("Ruiz", Person), ("U.S.", Country), ("DEA", Agency), ("FBI", Agency), ("U.S.", Country)],
        );
        assert!(
            !got.iter().any(|(a, b, _)| a == "DEA" && b == "FBI"),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(a, b, _)| b == "U.S." && (a == "DEA" || a == "FBI")),
            "{got:?}"
        );
        assert!(
            got.contains(&("Ruiz".into(), "DEA".into(), "ties to".into())),
            "{got:?}"
        );
    }

    #[test]
    fn its_in_a_list_of_objects_is_the_nearest_body() {
        // Invented sentence: ", and its owner, X, whom …" continues the list of targets;
        // "its" is the company's.
        let got = pairs(
            "The Treasury said the targets included Pacific Chemicals, a distributor, and its owner, Raúl Soto, whom it called a broker.",
            &[("Treasury", Agency), ("Pacific Chemicals", Organization), ("Raúl Soto", Person)],
        );
        assert!(
            got.contains(&(
                "Pacific Chemicals".into(),
                "Raúl Soto".into(),
                "owner".into()
            )),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(a, b, l)| a == "Treasury" && b == "Raúl Soto" && l == "owner"),
            "{got:?}"
        );
    }

    #[test]
    fn a_second_clause_after_a_quote_and_an_opening_source_relate_nothing_across() {
        // Invented sentences: ", and" after a closing quote opens a clause whose subject
        // has a title before it; "According to …," only names a source.
        let got = pairs(
            "Secretary Ana Ruiz has called it \"the safest border,\" and Commissioner Luis Soto has credited ties with Peru.",
            &[("Ana Ruiz", Person), ("Luis Soto", Person), ("Peru", Country)],
        );
        assert!(
            !got.iter()
                .any(|(a, b, _)| a == "Ana Ruiz" && b == "Luis Soto"),
            "{got:?}"
        );
        let got = pairs(
            "According to an indictment unsealed in the Eastern District of Texas, the network moved migrants from Peru and Chile.",
            &[("Eastern District of Texas", Agency), ("Peru", Country), ("Chile", Country)],
        );
        assert!(
            !got.iter().any(|(a, _, _)| a == "Eastern District of Texas"),
            "{got:?}"
        );
    }
}
