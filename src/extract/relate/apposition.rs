//! Appositions and parentheses (family 1): "Ovidio, a son of El Chapo," describes
//! Ovidio, and the names inside the description are attached to him.

use std::ops::Range;

use crate::extract::lexicon;
use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::graph::{Label, Rule};
use crate::kind::Kind;

use super::attach::is_title_like;
use super::frames::is_opening_setting;
use super::words::looks_like_verb;
use super::{push, root, Link, SentenceMention};

/// An apposition or parenthesis after mention `i` ("Ovidio, a son of El Chapo,"): the
/// names inside it are attached to `i` and related to it (`attach::apposition`), and
/// the description's end is noted in `described_until`.
pub(super) fn describe(
    text: &str,
    tokens: &[Token],
    mentions: &[SentenceMention],
    i: usize,
    attached_to: &mut [Option<usize>],
    described_until: &mut [usize],
    links: &mut Vec<Link>,
) {
    // "In Washington, the DEA administrator …" describes no place.
    if is_opening_setting(text, tokens, &mentions[i]) {
        return;
    }
    let Some(Apposition {
        range,
        label,
        participle,
        plural,
    }) = apposition(text, tokens, mentions[i].tokens.end)
    else {
        return;
    };
    // "appointed Kevin Brosseau, a former deputy commissioner of the RCMP, as Canada’s
    // fentanyl czar": an "as" phrase after a description describes the person
    // described, not the last name of the description.
    let i = if tokens
        .get(range.start)
        .is_some_and(|t| t.lower.as_str() == "as")
    {
        root(attached_to, i)
    } else {
        i
    };
    let inside: Vec<usize> = (0..mentions.len())
        .filter(|&j| {
            // A name that starts inside may run past its end with its acronym: "… of the
            // Royal Canadian Mounted Police (RCMP)".
            j != i && range.contains(&mentions[j].tokens.start)
        })
        .collect();
    if lists_titled_people(tokens, mentions, &inside) {
        return;
    }
    // Only a description closed by punctuation: one cut at the length limit may run on
    // into a clause ("… the Guadalajara Cartel wanted for the killing of X").
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
        // before an analyst's or a correspondent's role is the subject of the work, not
        // the employer ("a U.S. official" keeps it).
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

/// ", Defense Minister Ricardo Trevilla Trejo," is the next item of a list of titled
/// people, not a description of the previous one. Not a titled possessor: in ", a member
/// of President Claudia Sheinbaum’s Morena party," the titled name only says whose party
/// it is.
pub(super) fn lists_titled_people(
    tokens: &[Token],
    mentions: &[SentenceMention],
    inside: &[usize],
) -> bool {
    inside.iter().any(|&j| {
        mentions[j].kind == Kind::Person
            && mentions[j].tokens.start > 0
            && is_title_like(&tokens[mentions[j].tokens.start - 1])
            && tokens[mentions[j].tokens.start - 1].is_capitalised
            && tokens
                .get(mentions[j].tokens.end)
                .is_none_or(|t| t.kind != TokenKind::Possessive)
    })
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
    let copula = first.is_word() && first.is(WordClass::COPULA);
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
