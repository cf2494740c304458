//! Attachment (family 1): a name that modifies or describes another is tied to it, and
//! leaves the sentence's lists: premodifiers ("U.S. Secretary of State Marco Rubio"),
//! possessors, "X of Y", appositions and parentheses.

use std::ops::Range;

use crate::extract::lexicon;
use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::graph::{Label, Rule};
use crate::kind::Kind;

use super::frames::is_opening_setting;
use super::lists::verb_follows;
use super::words::{is_auxiliary, is_function_word, looks_like_verb};
use super::{push, root, Link, SentenceMention};

/// The label a title or role word gives: its relation cue ("leader" → "leads"), or the
/// word itself ("administrator").
pub(super) fn role_label(t: &Token) -> Label {
    t.relation_cue()
        .map_or_else(|| Label::new(&t.lower), Label::from)
}

pub(super) fn is_title_like(t: &Token) -> bool {
    t.is_word() && (t.is(WordClass::TITLE) || t.is(WordClass::ROLE_NOUN))
}

/// Rule 1: modifiers, appositions, "of", hyphen compounds.
pub(super) fn attach(
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
pub(super) fn coordinated_before(
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
pub(super) fn owning_body(
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
pub(super) fn is_premodifier_gap(text: &str, gap: &[Token]) -> bool {
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
pub(super) fn possessed_role(text: &str, gap: &[Token], by_pronoun: bool) -> Option<Label> {
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
pub(super) fn owns_role_of_next(tokens: &[Token], mentions: &[SentenceMention], u: usize) -> bool {
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
pub(super) fn pronoun_possessor(
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
pub(super) fn owns_agreement(text: &str, gap: &[Token], after_acronym: bool) -> bool {
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
pub(super) fn is_of_gap(gap: &[Token]) -> bool {
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
pub(super) struct Apposition {
    /// Its tokens.
    pub(super) range: Range<usize>,
    /// The role's label.
    pub(super) label: Label,
    /// "the drug lord convicted in the murder of X": a participle right after the role,
    /// where it starts and its label, which names after it take instead of the role's.
    pub(super) participle: Option<(usize, Label)>,
    /// The role is a plural ("the sons of X"): it describes every name of a list before it.
    pub(super) plural: bool,
}

/// The description (see [`Apposition`]) after token `at`.
pub(super) fn apposition(text: &str, tokens: &[Token], at: usize) -> Option<Apposition> {
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
pub(super) fn next_is_role(rest: &[Token]) -> bool {
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
pub(super) fn owned_noun<'t>(text: &str, phrase: &'t [Token]) -> Option<&'t str> {
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

/// Most tokens of an apposition read past by [`opens_with_verb`].
pub(super) const MAX_APPOSITION_TOKENS: usize = 10;
