//! Attachment (family 1): a name that modifies or describes another is tied to it, and
//! leaves the sentence's lists: premodifiers ("U.S. Secretary of State Marco Rubio"),
//! possessors, "X of Y", appositions and parentheses.

use crate::extract::lexicon::WordClass;
use crate::extract::tokens::{Token, TokenKind};
use crate::graph::{Label, Rule};
use crate::kind::Kind;

use super::apposition::describe;
use super::lists::verb_follows;
use super::words::{is_auxiliary, is_function_word, looks_like_verb};
use super::{push, Flow, Link, SentenceMention};

/// The label a title or role word gives: its relation cue ("leader" → "leads"), or the
/// word itself ("administrator").
pub(super) fn role_label(t: &Token) -> Label {
    t.relation_cue()
        .map_or_else(|| Label::new(&t.lower), Label::from)
}

pub(super) fn is_title_like(t: &Token) -> bool {
    t.is_word() && (t.is(WordClass::TITLE) || t.is(WordClass::ROLE_NOUN))
}

/// Two neighbouring mentions, `i` right before `j`, and the tokens between them.
pub(super) struct Adjacent<'s> {
    text: &'s str,
    tokens: &'s [Token],
    mentions: &'s [SentenceMention],
    i: usize,
    j: usize,
    gap: &'s [Token],
    ki: Kind,
    kj: Kind,
}

ordered_rules! {
    /// The rules over neighbouring mentions, in the order they are asked; the first
    /// that settles a pair ends it (`attach::pronoun_possessor` links and lets the next
    /// rule ask). A rule may attach one mention to the other (in `attached_to`) and link
    /// them.
    fn ask_adjacent_rules(
        p: &Adjacent,
        attached_to: &mut [Option<usize>],
        links: &mut Vec<Link>,
    ) = [
        body_at_institution,
        participle_agent,
        country_of_body,
        premodifier,
        possessed_policy,
        possessed_role,
        role_holder,
        pronoun_possessor,
        member_of,
    ];
    names ADJACENT_RULES;
}

/// Attachment (rule family 1): modifiers, "of", possessors between neighbouring names
/// ([`ask_adjacent_rules`]), then appositions and parentheses ([`describe`]). Fills `attached_to`
/// and `described_until` (where a description of a name that names others ends), and
/// pushes the links they make.
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
        let pair = Adjacent {
            text,
            tokens,
            mentions,
            i,
            j,
            gap: &tokens[mentions[i].tokens.end..mentions[j].tokens.start],
            ki: mentions[i].kind,
            kj: mentions[j].kind,
        };
        let _ = ask_adjacent_rules(&pair, attached_to, links);
    }
    // Appositions and parentheses after a person (or any entity, for "son of" etc.).
    for i in 0..n {
        describe(
            text,
            tokens,
            mentions,
            i,
            attached_to,
            described_until,
            links,
        );
    }
}

/// "the Center for U.S.-Mexican Studies at the University of California": a body at an
/// institution is part of it, and the institution belongs to that body's phrase, not to
/// the sentence.
fn body_at_institution(
    p: &Adjacent,
    attached_to: &mut [Option<usize>],
    links: &mut Vec<Link>,
) -> Flow {
    let (i, j, gap) = (p.i, p.j, p.gap);
    let is_body = |k: Kind| matches!(k, Kind::Organization | Kind::Agency);
    let at_the = match gap {
        [at] | [at, _] => at.is_word() && at.lower.as_str() == "at",
        _ => false,
    } && gap
        .get(1)
        .is_none_or(|t| t.is_word() && t.lower.as_str() == "the");
    if !(is_body(p.ki) && p.kj == Kind::Organization && at_the && attached_to[j].is_none()) {
        return Flow::Next;
    }
    attached_to[j] = Some(i);
    let label = "part of".into();
    push(links, p.mentions, i, j, label, Rule::BodyAtInstitution);
    Flow::Done
}

/// "The Jalisco cartel, led by Nemesio Oseguera Cervantes, was designated …": a
/// participle phrase closed by a comma describes the name before it; its agent belongs
/// to that phrase, not to the sentence.
fn participle_agent(
    p: &Adjacent,
    attached_to: &mut [Option<usize>],
    links: &mut Vec<Link>,
) -> Flow {
    let (text, tokens, gap, j) = (p.text, p.tokens, p.gap, p.j);
    let by_phrase = matches!(gap, [comma, participle, by]
        if comma.is_punct(text, ",")
            && looks_like_verb(participle)
            && by.lower.as_str() == "by");
    let end = p.mentions[j].tokens.end;
    // A comma after the name, or one inside the quotes of its nickname (`“El Mencho,”`).
    let closes = tokens.get(end).is_some_and(|t| t.is_punct(text, ","))
        || end > 1 && tokens[end - 2].is_punct(text, ",") && tokens[end - 1].closes_quote(text);
    if !(by_phrase && closes && attached_to[j].is_none()) {
        return Flow::Next;
    }
    let participle = &gap[1];
    let label = participle.relation_cue().map_or_else(
        || Label::new(&format!("{} by", participle.lower)),
        Label::from,
    );
    attached_to[j] = Some(p.i);
    push(links, p.mentions, p.i, j, label, Rule::ParticipleAgent);
    Flow::Done
}

/// "according to U.S. Census Bureau figures": a country right before a body's name only
/// says whose body it is, as a word of that name would; it relates nothing.
fn country_of_body(p: &Adjacent, attached_to: &mut [Option<usize>], _: &mut Vec<Link>) -> Flow {
    if p.gap.is_empty()
        && p.ki == Kind::Country
        && matches!(p.kj, Kind::Agency | Kind::Organization)
        && attached_to[p.i].is_none()
    {
        attached_to[p.i] = Some(p.j);
        Flow::Done
    } else {
        Flow::Next
    }
}

/// Pre-modifier: "U.S. Secretary of State Marco Rubio", "PRI leader Alejandro Moreno",
/// "Mexico’s Sheinbaum", "Mexico’s Navy".
fn premodifier(p: &Adjacent, attached_to: &mut [Option<usize>], links: &mut Vec<Link>) -> Flow {
    let (gap, i) = (p.gap, p.i);
    if !(p.kj != Kind::Country && is_premodifier_gap(p.text, gap) && attached_to[i].is_none()) {
        return Flow::Next;
    }
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
                // "U.S. Ambassador Ronald Johnson": the name before the title is the one
                // the ambassador serves, not the host.
                Label::new("ambassador of")
            } else {
                role_label(t)
            }
        })
        .unwrap_or(Label::new("part of"));
    attached_to[i] = Some(p.j);
    push(links, p.mentions, i, p.j, label, Rule::Premodifier);
    Flow::Done
}

/// "López Obrador’s controversial “hugs, not bullets” strategy": a possessor before a
/// named policy or agreement.
fn possessed_policy(
    p: &Adjacent,
    attached_to: &mut [Option<usize>],
    links: &mut Vec<Link>,
) -> Flow {
    let (tokens, i) = (p.tokens, p.i);
    if !(p.kj == Kind::Agreement && p.ki != Kind::Agreement && attached_to[i].is_none()) {
        return Flow::Next;
    }
    let start = p.mentions[i].tokens.start;
    let after_acronym = p.gap.first().is_some_and(|t| t.is_punct(p.text, ")"))
        && start >= 2
        && tokens[start - 1].is_punct(p.text, "(")
        && tokens[start - 2].kind == TokenKind::Possessive;
    if !owns_agreement(p.text, p.gap, after_acronym) {
        return Flow::Next;
    }
    let label = if p.ki == Kind::Person {
        "policy of"
    } else {
        "party to"
    };
    attached_to[i] = Some(p.j);
    push(
        links,
        p.mentions,
        i,
        p.j,
        label.into(),
        Rule::PossessedPolicy,
    );
    Flow::Done
}

/// "El Mencho’s son, Rubén Oseguera", "Mexico’s president, Claudia Sheinbaum": a
/// possessor, a role and a comma before a name. "Her defense minister, José Manuel
/// Zelaya,": the pronoun, a mention of its antecedent, owns the role as a possessive
/// would.
fn possessed_role(p: &Adjacent, attached_to: &mut [Option<usize>], links: &mut Vec<Link>) -> Flow {
    let i = p.i;
    let pronoun = matches!(
        &p.tokens[p.mentions[i].tokens.clone()],
        [t] if t.is_possessive_pronoun()
    );
    match possessed_role_label(p.text, p.gap, pronoun) {
        Some(label) if attached_to[i].is_none() => {
            attached_to[i] = Some(p.j);
            push(links, p.mentions, i, p.j, label, Rule::PossessedRole);
            Flow::Done
        }
        _ => Flow::Next,
    }
}

/// "the DEA administrator, Terrance Cole,": a name, its role, a comma and the person who
/// holds it.
fn role_holder(p: &Adjacent, attached_to: &mut [Option<usize>], links: &mut Vec<Link>) -> Flow {
    let (tokens, i) = (p.tokens, p.i);
    let [role, comma] = p.gap else {
        return Flow::Next;
    };
    let the_before = p.mentions[i]
        .tokens
        .start
        .checked_sub(1)
        .is_some_and(|k| tokens[k].lower.as_str() == "the");
    let holds = p.kj == Kind::Person
        && the_before
        && role.is_word()
        && !role.is_capitalised
        && role.is(WordClass::ROLE_NOUN)
        && comma.is_punct(p.text, ",");
    if !(holds && attached_to[i].is_none()) {
        return Flow::Next;
    }
    attached_to[i] = Some(p.j);
    push(
        links,
        p.mentions,
        i,
        p.j,
        role_label(role),
        Rule::RoleHolder,
    );
    Flow::Done
}

/// "the Gulf Cartel and its rival, the Cártel del Noreste", "the doctrine of her
/// predecessor, President Andrés Manuel López Obrador": a role owned by a possessive
/// pronoun relates the name to the pronoun's antecedent. Attaches nothing, so the next
/// rule still asks.
fn pronoun_possessor(p: &Adjacent, _: &mut [Option<usize>], links: &mut Vec<Link>) -> Flow {
    if let Some((a, label)) = pronoun_possessor_of(p.text, p.tokens, p.mentions, p.j) {
        push(links, p.mentions, a, p.j, label, Rule::PronounPossessor);
    }
    Flow::Next
}

/// "Michael Shifter of the Inter-American Dialogue".
fn member_of(p: &Adjacent, attached_to: &mut [Option<usize>], links: &mut Vec<Link>) -> Flow {
    if !(p.ki == Kind::Person && p.kj != Kind::Person && is_of_gap(p.gap)) {
        return Flow::Next;
    }
    attached_to[p.j] = Some(p.i);
    push(
        links,
        p.mentions,
        p.i,
        p.j,
        "member of".into(),
        Rule::MemberOf,
    );
    Flow::Done
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
            TokenKind::Word if t.is_capitalised || t.is(WordClass::PREMODIFIER_WORD) => {}
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
pub(super) fn possessed_role_label(text: &str, gap: &[Token], by_pronoun: bool) -> Option<Label> {
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
pub(super) fn pronoun_possessor_of(
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
