//! Finding names the catalog does not know.
//!
//! Cues, not guesses: a capitalised sequence becomes an entity only with evidence of what
//! it is: a title before it ("Defense Minister Ricardo Trevilla Trejo"), a given name, a
//! role in apposition (", a former Fox News contributor"), a speech verb after it, an
//! organisation cue word ("IPADE Business School", "Joint Interagency Task Force South"),
//! a quoted nickname (`Enrique “Kiki” Camarena`), or an acronym defined in parentheses.

use std::ops::Range;

use super::fold::fold_str;
use super::lexicon::{self, WordClass};
use super::tokens::{Token, TokenKind};
use crate::kind::Kind;

/// A name found by the rules, before it is merged with the others of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The name as written (titles stripped).
    pub name: String,
    /// Guessed kind.
    pub kind: Kind,
    /// Other forms: an acronym defined beside it, a quoted nickname.
    pub aliases: Vec<String>,
}

/// An acronym defined in parentheses right after a known entity's mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcronymForMention {
    /// Index (into the sentence's mentions) of the mention the acronym follows.
    pub mention: usize,
    /// The acronym as written.
    pub acronym: String,
}

/// What discovery found in one sentence.
#[derive(Debug, Default)]
pub struct Found {
    /// New entities.
    pub candidates: Vec<Candidate>,
    /// New aliases for entities already mentioned.
    pub acronyms: Vec<AcronymForMention>,
}

const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "as", "if",
    "when", "but", "and", "or", "his", "her", "their", "its", "our", "with", "from", "by", "to",
    "of", "after", "since", "under", "over", "while", "yet", "still", "even", "also", "both",
    "each",
];

const CONNECTORS: &[&str] = &[
    "de", "del", "la", "las", "los", "y", "en", "of", "the", "for", "on", "and", "da", "van",
    "von", "bin", "al",
];

/// Runs discovery over one sentence. `mentions` are the spans already matched (sorted).
pub fn discover(text: &str, tokens: &[Token], mentions: &[Range<usize>]) -> Found {
    let mut found = Found::default();
    if tokens.is_empty() || is_headline(text, tokens) {
        return found;
    }
    // Tokens and mentions are both sorted: walk them together.
    let mut k = 0;
    let covered: Vec<Option<usize>> = tokens
        .iter()
        .map(|t| {
            while k < mentions.len() && mentions[k].end <= t.span.start {
                k += 1;
            }
            mentions.get(k).filter(|m| m.start < t.span.end).map(|_| k)
        })
        .collect();
    acronyms_after_mentions(text, tokens, &covered, &mut found);
    nicknames(text, tokens, &covered, &mut found);
    // A nickname given with "known as" is an alias, never a name of its own.
    let mut covered = covered;
    let known_as = nicknames_known_as(text, tokens, &covered);
    for k in &known_as {
        for c in k.nickname.clone() {
            covered[c] = Some(usize::MAX);
        }
        if let Some(m) = k.of_mention {
            found.acronyms.push(AcronymForMention {
                mention: m,
                acronym: k.text(text, tokens).to_string(),
            });
        }
    }
    // The kind a plural descriptor gave the list being read ("two Indian companies,
    // Raxuter Chemicals and Athos Chemicals"), and where its last item ended.
    let mut list: Option<(Kind, usize)> = None;
    let mut i = 0;
    while i < tokens.len() {
        if !starts_run(text, tokens, &covered, i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len() && continues_run(text, tokens, &covered, j) {
            j += 1;
        }
        if let Some(k) = and_inside_name(text, tokens, &covered, i..j) {
            j = k;
        }
        // Do not end on a connector.
        let mut end = j;
        while end > i
            && tokens[end - 1].is_word()
            && CONNECTORS.contains(&tokens[end - 1].lower.as_str())
        {
            end -= 1;
        }
        // Nor on a compound adjective, which opens what follows ("… Lowell
        // Intelligence-sharing, financial tracking …").
        while end > i && is_hyphen_adjective(text, &tokens[end - 1]) {
            end -= 1;
        }
        let in_list = list
            .filter(|&(_, e)| continues_list(text, &tokens[e..i]))
            .map(|(kind, _)| kind);
        let hint = in_list.or_else(|| {
            descriptor_before(text, tokens, i).map(|(kind, plural)| {
                list = plural.then_some((kind, end));
                kind
            })
        });
        if in_list.is_some() {
            list = list.map(|(kind, _)| (kind, end));
        } else if hint.is_none() {
            list = None;
        }
        if end > i {
            classify(text, tokens, &covered, i..end, hint, &mut found);
        }
        i = j.max(i + 1);
    }
    // The nickname of a person found here: an alias of the candidate whose name ends
    // right before it.
    for k in known_as.iter().filter(|k| k.of_mention.is_none()) {
        let Some(before) = k.name_end.checked_sub(1) else {
            continue;
        };
        let surname = &text[tokens[before].span.clone()];
        let nickname = k.text(text, tokens).to_string();
        if let Some(c) = found
            .candidates
            .iter_mut()
            .rev()
            .find(|c| c.kind == Kind::Person && c.name.ends_with(surname))
        {
            if !c.aliases.contains(&nickname) {
                c.aliases.push(nickname);
            }
        }
    }
    found
}

/// `X, 45, also known as “El Güerito,”`: a quoted nickname after "known as", "alias" or
/// "a.k.a.", and the name it belongs to.
struct KnownAs {
    /// The nickname's tokens (inside the quotation marks).
    nickname: Range<usize>,
    /// The mention the nickname belongs to, if the name is a known one.
    of_mention: Option<usize>,
    /// Where the name it belongs to ends (a token index).
    name_end: usize,
}

impl KnownAs {
    /// The nickname as written.
    fn text<'t>(&self, text: &'t str, tokens: &[Token]) -> &'t str {
        &text[tokens[self.nickname.start].span.start..tokens[self.nickname.end - 1].span.end]
    }
}

fn nicknames_known_as(text: &str, tokens: &[Token], covered: &[Option<usize>]) -> Vec<KnownAs> {
    let is_open = |t: &Token| t.opens_quote(text);
    let is_close = |t: &Token| t.closes_quote(text);
    let mut out = Vec::new();
    for k in 0..tokens.len() {
        // The index of the opening quote after the phrase.
        let open = match tokens[k].lower.as_str() {
            "known" if tokens.get(k + 1).is_some_and(|t| t.lower.as_str() == "as") => k + 2,
            "alias" | "a.k.a." | "aka" => k + 1,
            _ => continue,
        };
        if !tokens.get(open).is_some_and(is_open) {
            continue;
        }
        let Some(close) = (open + 1..tokens.len().min(open + 5)).find(|&c| is_close(&tokens[c]))
        else {
            continue;
        };
        let nick = open + 1..close;
        let nick_ok = !nick.is_empty()
            && tokens[nick.clone()]
                .iter()
                .all(|t| t.is_word() || t.is_punct(text, ","))
            && tokens[nick.start].is_capitalised
            && nick.clone().all(|c| covered[c].is_none());
        if !nick_ok {
            continue;
        }
        // Back over "also", a comma, and an age between commas (", 45,").
        let mut j = k;
        if j > 0 && tokens[j - 1].lower.as_str() == "also" {
            j -= 1;
        }
        if j > 0 && tokens[j - 1].is_punct(text, ",") {
            j -= 1;
        }
        if j >= 2
            && tokens[j - 1].lower.chars().all(|c| c.is_ascii_digit())
            && tokens[j - 2].is_punct(text, ",")
        {
            j -= 2;
        }
        let Some(last) = j.checked_sub(1) else {
            continue;
        };
        // A nickname's own closing comma belongs inside the quotes: trim it.
        let mut nickname = nick;
        while nickname.end > nickname.start && tokens[nickname.end - 1].is_punct(text, ",") {
            nickname.end -= 1;
        }
        if nickname.is_empty() || !is_name_word(text, &tokens[last]) {
            continue;
        }
        out.push(KnownAs {
            nickname,
            of_mention: covered[last],
            name_end: j,
        });
    }
    out
}

/// The tokens between two items of a list: ",", "and" or ", and".
fn continues_list(text: &str, between: &[Token]) -> bool {
    let is_and = |t: &Token| t.is_word() && t.lower.as_str() == "and";
    match between {
        [t] => t.is_punct(text, ",") || is_and(t),
        [c, a] => c.is_punct(text, ",") && is_and(a),
        _ => false,
    }
}

/// What the words right before a run say it is: a descriptor noun ("the consultancy
/// Agon", "the advocacy group Global Action on Gun Violence"), a descriptor or a role
/// and a comma ("two Indian companies, Raxuter Chemicals", "Oseguera’s wife, Rosalinda
/// González Valencia"), or a role and "at" ("a consultant at Lantia Intelligence").
/// Also whether the noun is plural, so that a list may follow.
fn descriptor_before(text: &str, tokens: &[Token], start: usize) -> Option<(Kind, bool)> {
    let before = |k: usize| k.checked_sub(1).map(|p| (p, &tokens[p]));
    let (mut k, mut t) = before(start)?;
    // "a consultant at (the) Lantia Intelligence", "a correspondent for (the) Northern Wire".
    let (w, after_article) = match t.lower.as_str() {
        "the" => before(k).map_or((t, false), |(_, prev)| (prev, true)),
        _ => (t, false),
    };
    if w.is_word() && matches!(w.lower.as_str(), "at" | "for") {
        let at = if after_article { k - 1 } else { k };
        let (_, role) = before(at)?;
        let roles = if w.lower.as_str() == "at" {
            WordClass::AFFILIATION_ROLE
        } else {
            WordClass::MEDIA_ROLE
        };
        let is_role = role.is_word() && role.is(roles);
        return (is_role && !modifies_a_name_after(text, tokens, start))
            .then_some((Kind::Organization, false));
    }
    // "several companies, including Glac Security Consulting and …", "groups such as …":
    // a list that a plural descriptor introduces.
    let mut introduced = false;
    if t.is_word() && matches!(t.lower.as_str(), "including" | "as") {
        let is_such = |p: &Token| p.lower.as_str() == "such";
        if t.lower.as_str() == "as" {
            (k, _) = before(k).filter(|(_, p)| is_such(p))?;
        }
        (k, t) = before(k)?;
        introduced = true;
    }
    let comma = t.is_punct(text, ",");
    if comma {
        (k, t) = before(k)?;
    }
    if comma && t.is_capitalised && is_role_of_name(tokens, k) {
        return Some((Kind::Person, false));
    }
    if !t.is_word() || t.is_capitalised {
        return None;
    }
    let word = t.lower.as_str();
    let plural = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
    if introduced && !plural {
        return None;
    }
    if t.is(WordClass::CARTEL_DESCRIPTOR) {
        return Some((Kind::Cartel, plural));
    }
    if t.is(WordClass::ORG_DESCRIPTOR) {
        let criminal = before(k).is_some_and(|(_, p)| {
            matches!(
                p.lower.as_str(),
                "criminal" | "crime" | "armed" | "trafficking" | "smuggling" | "drug"
            )
        });
        let kind = if criminal {
            Kind::Cartel
        } else {
            Kind::Organization
        };
        return Some((kind, plural));
    }
    // A role right before a name is a title (`classify` reads it); with a comma, the
    // name is in apposition to it.
    (comma && t.is_or_plural_of(WordClass::ROLE_NOUN)).then_some((Kind::Person, plural))
}

/// "the Culiacán news site El Faro del Pacífico": the capitalised words from `start` are
/// followed by one or two lowercase nouns and another capitalised word, so they modify
/// the name that follows rather than name anything.
fn modifies_a_name_after(text: &str, tokens: &[Token], start: usize) -> bool {
    let run = tokens[start..]
        .iter()
        .take_while(|t| is_name_word(text, t))
        .count();
    let rest = &tokens[start + run..];
    let nouns = rest
        .iter()
        .take_while(|t| {
            t.is_word()
                && !t.is_capitalised
                && !FUNCTION_WORDS.contains(&t.lower.as_str())
                && !CONNECTORS.contains(&t.lower.as_str())
                && !matches!(t.lower.as_str(), "who" | "which" | "said" | "says")
        })
        .count();
    (1..=2).contains(&nouns) && rest.get(nouns).is_some_and(|t| is_name_word(text, t))
}

/// "a spokesman for China’s Foreign Ministry," ending at token `last`: a role, then
/// "for", "of" or "at" and a name (capitalised words, connectors, possessives). The name
/// after the comma is then the person in that role.
fn is_role_of_name(tokens: &[Token], last: usize) -> bool {
    let mut k = last;
    for _ in 0..8 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        let t = &tokens[p];
        match t.kind {
            TokenKind::Possessive => {}
            TokenKind::Word if t.is_capitalised => {}
            TokenKind::Word if matches!(t.lower.as_str(), "for" | "of" | "at") => {
                return p
                    .checked_sub(1)
                    .is_some_and(|r| tokens[r].is_word() && tokens[r].is(WordClass::ROLE_NOUN));
            }
            TokenKind::Word if matches!(t.lower.as_str(), "the" | "and" | "de" | "del") => {}
            _ => return false,
        }
        k = p;
    }
    false
}

/// ", a Massachusetts wholesaler" / ", a faction of …" after a run: the kind its
/// descriptor noun says. The phrase's last word before a preposition, a relative or a
/// punctuation mark is its head and decides (", a company spokeswoman" is no
/// organisation, ", the cartel’s stronghold" no cartel); a phrase that runs on with no
/// such end is not read.
fn descriptor_after(text: &str, tokens: &[Token], end: usize) -> Option<Kind> {
    if !tokens.get(end)?.is_punct(text, ",") {
        return None;
    }
    let article = tokens.get(end + 1)?;
    if !article.is_article() {
        return None;
    }
    let phrase = tokens.get(end + 2..)?;
    let stop = phrase.iter().take(7).position(|t| {
        !t.is_word()
            || matches!(
                t.lower.as_str(),
                "of" | "in"
                    | "at"
                    | "for"
                    | "with"
                    | "that"
                    | "which"
                    | "who"
                    | "whose"
                    | "based"
                    | "from"
                    | "to"
                    | "and"
                    | "or"
                    | "on"
                    | "by"
            )
    })?;
    // "the cartel’s stronghold": a possessor is no head.
    if phrase[stop].kind == TokenKind::Possessive {
        return None;
    }
    // "a group closely allied with …": the head is before its adverbs and participles.
    let head = phrase[..stop].iter().rev().find(|t| {
        let modifier = t.lower.ends_with("ly") || t.lower.ends_with("ed");
        !modifier || t.is(WordClass::ORG_DESCRIPTOR) || t.is(WordClass::CARTEL_DESCRIPTOR)
    })?;
    if head.is(WordClass::CARTEL_DESCRIPTOR) {
        Some(Kind::Cartel)
    } else if head.is(WordClass::ORG_DESCRIPTOR) {
        Some(Kind::Organization)
    } else {
        None
    }
}

fn is_name_word(text: &str, t: &Token) -> bool {
    t.is_word()
        && (t.is_capitalised || t.is_acronym(text))
        && !t.lower.chars().all(|c| c.is_ascii_digit())
}

// Both run tests are asked of every token of a sentence (and again by `and_inside_name`):
// kept inline (as calls they cost ~1 % of extraction's instructions, cachegrind).
#[inline(always)]
fn starts_run(text: &str, tokens: &[Token], covered: &[Option<usize>], i: usize) -> bool {
    covered[i].is_none() && is_name_word(text, &tokens[i])
}

#[inline(always)]
fn continues_run(text: &str, tokens: &[Token], covered: &[Option<usize>], j: usize) -> bool {
    if covered[j].is_some() {
        return false;
    }
    let t = &tokens[j];
    if is_name_word(text, t) {
        return true;
    }
    // A middle initial: "Lawrence G. Keane".
    if t.is_punct(text, ".")
        && j >= 1
        && tokens[j - 1].is_word()
        && tokens[j - 1].is_capitalised
        && tokens[j - 1].lower.len() == 1
        && tokens.get(j + 1).is_some_and(|n| is_name_word(text, n))
    {
        return true;
    }
    // A hyphen glued between two name words: "U.S.-Mexican".
    if t.is_punct(text, "-")
        && j >= 1
        && tokens[j - 1].span.end == t.span.start
        && tokens
            .get(j + 1)
            .is_some_and(|n| n.span.start == t.span.end && is_name_word(text, n))
        && covered.get(j + 1).is_some_and(Option::is_none)
    {
        return true;
    }
    // A connector or `&` continues a run only when a name word follows, right after it
    // or after a Spanish article ("Colegio de la Frontera Norte"). "Farfán-Méndez of the
    // University of California" is two names.
    let joins =
        (t.is_word() && CONNECTORS.contains(&t.lower.as_str()) && t.lower.as_str() != "and")
            || t.is_punct(text, "&");
    let spanish_article = t.lower.as_str() == "de"
        && tokens.get(j + 1).is_some_and(|n| {
            n.is_word() && !n.is_capitalised && matches!(n.lower.as_str(), "la" | "las" | "los")
        });
    let next = if spanish_article { j + 2 } else { j + 1 };
    joins
        && tokens
            .get(next)
            .is_some_and(|n| is_name_word(text, n) && !n.is(WordClass::DATE))
        && covered.get(next).is_some_and(Option::is_none)
}

/// "Institute for Security and Democracy Studies", "Center for Strategic and
/// International Studies": after an organisation's cue word and "for" or "of", an "and"
/// joins the next capitalised words to the name when they are no name of their own (no
/// cue word, title or given name, and nothing known). Returns the new end of the run.
fn and_inside_name(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    run: Range<usize>,
) -> Option<usize> {
    let and = tokens.get(run.end)?;
    if !(and.is_word() && and.lower.as_str() == "and") {
        return None;
    }
    let words = &tokens[run.clone()];
    let cue = words
        .iter()
        .position(|t| t.is_word() && t.org_cue().is_some())?;
    let linked = words[cue + 1..]
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "for" | "of"));
    let next = run.end + 1;
    if !linked || !starts_run(text, tokens, covered, next) {
        return None;
    }
    let mut end = next + 1;
    while end < tokens.len() && continues_run(text, tokens, covered, end) {
        end += 1;
    }
    let own_name = tokens[next..end].iter().any(|t| {
        t.is_word()
            && (t.org_cue().is_some()
                || t.is_or_plural_of(WordClass::TITLE)
                || t.is(WordClass::DATE)
                || CONNECTORS.contains(&t.lower.as_str()))
    }) || tokens[next].is(WordClass::GIVEN_NAME);
    (!own_name).then_some(end)
}

/// Title-case lines (headlines, section heads) say nothing reliable about capitals.
fn is_headline(text: &str, tokens: &[Token]) -> bool {
    let (mut words, mut capitalised) = (0usize, 0usize);
    for t in tokens.iter().filter(|t| t.is_word() && t.lower.len() > 3) {
        words += 1;
        capitalised += usize::from(t.is_capitalised);
    }
    if words == 0 {
        return true;
    }
    // A line that opens in lowercase ("- the Mexican bar association …") is a list
    // item, and "By Laura Méndez | Analysis" a byline, not a title.
    let mut first_words = tokens.iter().filter(|t| t.is_word());
    let first = first_words.next();
    if first.is_some_and(|t| !t.is_capitalised && !t.is_acronym(text)) {
        return false;
    }
    if first.is_some_and(|t| t.lower.as_str() == "by")
        && first_words
            .next()
            .is_some_and(|t| t.is(WordClass::GIVEN_NAME))
    {
        return false;
    }
    let last = &text[tokens[tokens.len() - 1].span.clone()];
    let ends_like_prose = matches!(last, "." | "”" | "\"" | "’" | ")");
    let ratio = capitalised as f32 / words as f32;
    !ends_like_prose && ratio >= 0.5
}

/// `Full Name (ACR)` after a catalog mention gives that entity a new alias.
fn acronyms_after_mentions(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    found: &mut Found,
) {
    for k in 1..tokens.len().saturating_sub(2) {
        if tokens[k].is_punct(text, "(")
            && tokens[k + 2].is_punct(text, ")")
            && covered[k + 1].is_none()
        {
            let acr = &tokens[k + 1];
            let short_name = acr.is_word() && acr.is_capitalised && acr.span.len() <= 10;
            if let (Some(m), true) = (covered[k - 1], acr.is_acronym(text) || short_name) {
                found.acronyms.push(AcronymForMention {
                    mention: m,
                    acronym: text[acr.span.clone()].to_string(),
                });
            }
        }
    }
}

/// `Enrique “Kiki” Camarena`: given name, quoted nickname, surname.
fn nicknames(text: &str, tokens: &[Token], covered: &[Option<usize>], found: &mut Found) {
    let is_open = |t: &Token| t.opens_quote(text);
    let is_close = |t: &Token| t.closes_quote(text);
    for k in 1..tokens.len() {
        if !is_open(&tokens[k]) || !is_name_word(text, &tokens[k - 1]) || covered[k - 1].is_some() {
            continue;
        }
        let Some(close) = (k + 1..tokens.len().min(k + 5)).find(|&c| is_close(&tokens[c])) else {
            continue;
        };
        let nick = &tokens[k + 1..close];
        // A nickname closing the sentence has no surname after it.
        let Some(after) = tokens.get(close + 1) else {
            continue;
        };
        let nick_ok = !nick.is_empty()
            && nick.iter().all(|t| t.is_capitalised)
            && (k + 1..close).all(|c| covered[c].is_none());
        // The surname may be a known name of one word ("Jesús “El Rey” Zambada": several
        // Zambadas are known, not this one).
        let surname_known = covered[close + 1]
            .is_some_and(|m| covered.get(close + 2).is_none_or(|n| *n != Some(m)));
        if !is_name_word(text, after) || covered[close + 1].is_some() && !surname_known {
            continue;
        }
        if !nick_ok {
            continue;
        }
        let first = &tokens[k - 1];
        let mut last_end = after.span.end;
        let mut c = close + 2;
        while !surname_known
            && c < tokens.len()
            && c < close + 4
            && is_name_word(text, &tokens[c])
            && covered[c].is_none()
        {
            last_end = tokens[c].span.end;
            c += 1;
        }
        let name = format!(
            "{} {}",
            &text[first.span.clone()],
            &text[after.span.start..last_end]
        );
        let nickname = text[nick[0].span.start..nick[nick.len() - 1].span.end].to_string();
        found.candidates.push(Candidate {
            name,
            kind: Kind::Person,
            aliases: vec![nickname],
        });
    }
}

fn classify(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    run: Range<usize>,
    hint: Option<Kind>,
    found: &mut Found,
) {
    let mut start = run.start;
    // Strip ordinary capitalised words at the front ("The", "In", "January").
    // Strip ordinary words at the front: function words anywhere ("The", "In"), other
    // common words ("Security", "January") only where a sentence starts.
    while start < run.end
        && tokens[start].is(WordClass::COMMON_CAPITALISED)
        && (start == 0
            || tokens[start].lower.len() <= 5
                && FUNCTION_WORDS.contains(&tokens[start].lower.as_str()))
    {
        start += 1;
    }
    // "the Guadalajara-based Institute for …", "the Mexico City-based Centro …": a
    // compound adjective ("-based", "-led") describes the name that follows it.
    if let Some(k) = (start..run.end)
        .rev()
        .find(|&k| is_hyphen_adjective(text, &tokens[k]))
    {
        start = k + 1;
    }
    if start >= run.end {
        return;
    }
    let words: Vec<&Token> = tokens[start..run.end]
        .iter()
        .filter(|t| t.is_word())
        .collect();
    // A run of initials and dots alone ("cartel A. Harfuch" cut at the dot) names nobody.
    if words.is_empty() {
        return;
    }
    let after = tokens.get(run.end);
    let acronym = acronym_after(text, tokens, covered, &tokens[start..run.end], run.end);

    // A title inside the run (or a plural one before a list: "Assistant U.S. Attorneys
    // Maria Chen and David Ruiz"): the name is what follows it.
    if let Some(last_title) = (start..run.end)
        .rev()
        .find(|&k| tokens[k].is_word() && tokens[k].is_or_plural_of(WordClass::TITLE))
    {
        let tail = person_after_title(tokens, last_title + 1, run.end);
        if let Some(name_range) = tail {
            push_person(text, tokens, name_range, found);
            return;
        }
        // "Defense Minister" with nothing after: a title, not an entity.
        if org_head(&words).is_none() {
            return;
        }
    }

    if let Some(kind) = org_head(&words) {
        let is_single_cue = words.len() == 1;
        if is_single_cue && acronym.is_none() {
            return;
        }
        let name = text[tokens[start].span.start..tokens[run.end - 1].span.end].to_string();
        found.candidates.push(Candidate {
            name,
            kind,
            aliases: acronym.into_iter().collect(),
        });
        return;
    }

    // A descriptor before or after the run says what it is; but an organisation's name
    // does not open with a given name ("with the newspaper, Juan Pérez said"): that run
    // is read as any other.
    let described = hint
        .or_else(|| descriptor_after(text, tokens, run.end))
        .filter(|&k| k == Kind::Person || !words[0].is(WordClass::GIVEN_NAME));
    if let Some(kind) = described {
        if words.iter().all(|w| w.is(WordClass::COMMON_CAPITALISED)) {
            return;
        }
        if kind == Kind::Person {
            push_person(text, tokens, start..run.end, found);
        } else {
            let name = text[tokens[start].span.start..tokens[run.end - 1].span.end].to_string();
            found.candidates.push(Candidate {
                name,
                kind,
                aliases: acronym.into_iter().collect(),
            });
        }
        return;
    }

    if let Some(acr) = acronym {
        if words.len() >= 2 {
            let name = text[tokens[start].span.start..tokens[run.end - 1].span.end].to_string();
            found.candidates.push(Candidate {
                name,
                kind: Kind::Organization,
                aliases: vec![acr],
            });
        }
        return;
    }

    // A person without a title needs two to four words and some evidence.
    if !(2..=5).contains(&words.len()) || words.iter().any(|w| w.is_acronym(text)) {
        return;
    }
    let before = start.checked_sub(1).map(|k| &tokens[k]);
    let is_title =
        |b: &Token| b.is_word() && (b.is(WordClass::TITLE) || b.is(WordClass::ROLE_NOUN));
    // "Sen. Marsha Blackburn": an abbreviated title and its period.
    let abbreviated_title = before.is_some_and(|b| b.is_punct(text, "."))
        && start.checked_sub(2).is_some_and(|k| {
            is_title(&tokens[k]) && tokens[k].span.end == tokens[k + 1].span.start
        });
    let titled = before.is_some_and(is_title) || abbreviated_title;
    let given = words[0].is(WordClass::GIVEN_NAME);
    let speaks =
        words.len() <= 3 && after.is_some_and(|a| a.is_word() && a.is(WordClass::PERSON_VERB));
    let apposition = has_role_apposition(text, tokens, run.end);
    let of_org = after.is_some_and(|a| a.lower.as_str() == "of")
        && tokens
            .get(run.end + 1)
            .is_some_and(|t| t.lower.as_str() == "the")
        && covered.get(run.end + 2).is_some_and(Option::is_some);
    // "in San Diego had …", "Across Capitol Hill, the chairman …": a place (unless a
    // given name opens it: "in Juan Pérez's office").
    let place = matches!(words[0].lower.as_str(), "san" | "santa")
        || before.is_some_and(|b| {
            b.is_word()
                && matches!(
                    b.lower.as_str(),
                    "in" | "at" | "across" | "near" | "throughout" | "outside" | "inside"
                )
        });
    if titled || given || !place && (speaks || apposition || of_org) {
        push_person(text, tokens, start..run.end, found);
    }
}

/// A capitalised word whose last hyphenated part is a lowercase word: "Guadalajara-based",
/// "U.S.-led" (not "Farfán-Méndez").
fn is_hyphen_adjective(text: &str, t: &Token) -> bool {
    if !t.is_word() || !t.is_capitalised {
        return false;
    }
    // The adjectives that matter ("based", "led", "backed") are ASCII: read bytes, with
    // no search call for the many words without a hyphen.
    let word = &text.as_bytes()[t.span.clone()];
    word.iter().rposition(|&b| b == b'-').is_some_and(|p| {
        let last = &word[p + 1..];
        last.len() > 1 && last.iter().all(u8::is_ascii_lowercase)
    })
}

/// `(ACR)` right after a run, when its letters fit the run's words.
fn acronym_after(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    run: &[Token],
    end: usize,
) -> Option<String> {
    let open = tokens.get(end)?;
    let acr = tokens.get(end + 1)?;
    let close = tokens.get(end + 2)?;
    if !open.is_punct(text, "(") || !close.is_punct(text, ")") || covered[end + 1].is_some() {
        return None;
    }
    let acr_text = &text[acr.span.clone()];
    let core = acr_text.strip_suffix('s').unwrap_or(acr_text);
    let letters: Vec<char> = core
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if letters.len() < 2
        || !core
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return None;
    }
    let full: String = run
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let first_ok = full.starts_with(letters[0]);
    let mut rest = full.chars();
    let subsequence = letters.iter().all(|l| rest.any(|c| c == *l));
    (first_ok && subsequence).then(|| core.to_string())
}

/// The organisation kind of a run, from its head cue word: before "of" when there is
/// one ("Office of National Drug Control Policy"), else the last cue word.
fn org_head(words: &[&Token]) -> Option<Kind> {
    let of_at = words
        .iter()
        .position(|w| w.lower.as_str() == "of")
        .unwrap_or(words.len());
    words[..of_at]
        .iter()
        .rev()
        .find_map(|w| w.org_cue())
        .or_else(|| {
            if of_at < words.len() {
                None
            } else {
                words.iter().rev().find_map(|w| w.org_cue())
            }
        })
}

/// After a title, the person's name: from the first given name if there is one, else
/// the words after the title when no "of" intervenes, else the last two words.
fn person_after_title(tokens: &[Token], from: usize, end: usize) -> Option<Range<usize>> {
    if from >= end {
        return None;
    }
    let words: Vec<usize> = (from..end).filter(|&k| tokens[k].is_word()).collect();
    if words.iter().any(|&k| tokens[k].org_cue().is_some()) {
        // "Secretary of Security and Civilian Protection" is a body, not a person.
        let given = words
            .iter()
            .position(|&k| tokens[k].is(WordClass::GIVEN_NAME))?;
        return Some(words[given]..end);
    }
    if let Some(g) = words
        .iter()
        .position(|&k| tokens[k].is(WordClass::GIVEN_NAME))
    {
        return Some(words[g]..end);
    }
    // "Secretary of National Defense" with no given name after it is a title alone.
    let has_of = words.iter().any(|&k| tokens[k].lower.as_str() == "of");
    (!has_of).then_some(from..end)
}

/// ", a former Fox News contributor" / ", the son of ..." after a name.
fn has_role_apposition(text: &str, tokens: &[Token], after: usize) -> bool {
    if !tokens.get(after).is_some_and(|t| t.is_punct(text, ",")) {
        return false;
    }
    // Past an age: "Dwayne Pruett, 57, the owner of …".
    let is_age = |t: &Token| {
        t.is_word() && t.lower.len() <= 3 && t.lower.bytes().all(|b| b.is_ascii_digit())
    };
    let after = match tokens.get(after + 1..after + 3) {
        Some([age, comma]) if is_age(age) && comma.is_punct(text, ",") => after + 2,
        _ => after,
    };
    tokens[after + 1..]
        .iter()
        .take(7)
        .take_while(|t| !t.is_punct(text, ","))
        .any(|t| t.is_word() && t.is(WordClass::ROLE_NOUN))
}

fn push_person(text: &str, tokens: &[Token], range: Range<usize>, found: &mut Found) {
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
    if let Some(p) = words.iter().position(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "de" | "del" | "van" | "von" | "da"
        )
    }) {
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

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn run(text: &str, known: &[&str]) -> Found {
        let tokens = tokenize(text, 0..text.len());
        let mentions: Vec<Range<usize>> = known
            .iter()
            .map(|k| {
                let s = text.find(k).unwrap();
                s..s + k.len()
            })
            .collect();
        discover(text, &tokens, &mentions)
    }

    fn names(f: &Found) -> Vec<(&str, Kind)> {
        f.candidates
            .iter()
            .map(|c| (c.name.as_str(), c.kind))
            .collect()
    }

    #[test]
    fn the_name_after_a_role_for_a_body_is_a_person() {
        // Invented sentence: the name in apposition to "a spokesman for …" is a person's,
        // even with no given name the lexicon knows.
        let text = "A spokesman for China's Foreign Ministry, Lin Jian, said the rules hold.";
        let f = run(text, &["China"]);
        assert!(
            names(&f).contains(&("Lin Jian", Kind::Person)),
            "{:?}",
            names(&f)
        );
    }

    #[test]
    fn a_persons_name_ends_before_of() {
        let text = "Senators John Cornyn of Texas and Mark Kelly of Arizona wrote to him.";
        let f = run(text, &[]);
        assert_eq!(
            names(&f),
            [("John Cornyn", Kind::Person), ("Mark Kelly", Kind::Person)]
        );
    }

    #[test]
    fn title_then_name() {
        let f = run("Five officials, including Defense Minister Ricardo Trevilla Trejo and Navy Minister Raymundo Pedro Morales, will attend.", &[]);
        assert_eq!(
            names(&f),
            [
                ("Ricardo Trevilla Trejo", Kind::Person),
                ("Raymundo Pedro Morales", Kind::Person)
            ]
        );
    }

    #[test]
    fn lowercase_role_before_name() {
        let f = run("Political analyst Palmira Tapia noted the risk.", &[]);
        assert_eq!(names(&f), [("Palmira Tapia", Kind::Person)]);
    }

    #[test]
    fn organisation_cue_words_and_acronyms() {
        let f = run("On January 15, the Pentagon established the Joint Interagency Task Force–Counter Cartel (JIATF-CC) under it.", &["Pentagon"]);
        assert_eq!(
            f.candidates[0].name,
            "Joint Interagency Task Force–Counter Cartel"
        );
        assert_eq!(f.candidates[0].aliases, ["JIATF-CC"]);
        let f = run(
            "She is a professor at IPADE Business School in the city.",
            &[],
        );
        assert_eq!(names(&f), [("IPADE Business School", Kind::Organization)]);
    }

    #[test]
    fn quoted_nickname() {
        let f = run(
            "The murder of agent Enrique “Kiki” Camarena shocked them.",
            &[],
        );
        assert_eq!(f.candidates[0].name, "Enrique Camarena");
        assert_eq!(f.candidates[0].aliases, ["Kiki"]);
    }

    #[test]
    fn quoted_nickname_before_a_known_surname() {
        let f = run(
            "Witnesses included Jesús \"El Rey\" Zambada, a brother of the cartel's co-founder.",
            &["Zambada"],
        );
        assert_eq!(f.candidates[0].name, "Jesús Zambada");
        assert_eq!(f.candidates[0].aliases, ["El Rey"]);
    }

    #[test]
    fn a_spanish_head_word_opens_an_organisation() {
        let f = run(
            "Analysts at Banco Base and Grupo Financiero Monex said the pause helped.",
            &[],
        );
        assert_eq!(
            names(&f),
            [
                ("Banco Base", Kind::Organization),
                ("Grupo Financiero Monex", Kind::Organization)
            ]
        );
    }

    #[test]
    fn a_plural_title_before_a_list_of_names_is_no_part_of_them() {
        let f = run(
            "Assistant U.S. Attorneys Maria Chen and David Ruiz are prosecuting the case.",
            &["U.S."],
        );
        assert_eq!(
            names(&f),
            [("Maria Chen", Kind::Person), ("David Ruiz", Kind::Person)]
        );
    }

    #[test]
    fn a_nickname_known_as_is_an_alias_of_the_name_before_it() {
        let f = run(
            "José Ángel Canobbio Inzunza, 45, also known as \"El Güerito,\" served as a plaza boss.",
            &[],
        );
        assert_eq!(names(&f), [("José Ángel Canobbio Inzunza", Kind::Person)]);
        assert_eq!(f.candidates[0].aliases, ["El Güerito"]);
        // After a known name, the nickname is a new alias of that name.
        let f = run(
            "Ovidio Guzmán López, alias “El Ratón,” was extradited.",
            &["Ovidio Guzmán López"],
        );
        assert!(f.candidates.is_empty(), "{:?}", f.candidates);
        assert_eq!(f.acronyms.len(), 1);
        assert_eq!(f.acronyms[0].acronym, "El Ratón");
    }

    #[test]
    fn plain_capitalised_words_are_not_names() {
        let f = run(
            "The Question Isn’t Whether Pressure Will Rise, but how far it goes in practice today.",
            &[],
        );
        assert!(f.candidates.is_empty(), "{:?}", f.candidates);
        let f = run(
            "Reports from Los Angeles International Airport said little about the case at all.",
            &[],
        );
        assert!(f.candidates.is_empty(), "{:?}", f.candidates);
    }

    #[test]
    fn apposition_marks_a_person() {
        let f = run(
            "The Senate confirmed Sara Carter, a former Fox News contributor, as director.",
            &["Senate", "Fox News"],
        );
        assert_eq!(names(&f), [("Sara Carter", Kind::Person)]);
    }

    #[test]
    fn descriptor_noun_before_a_name() {
        let f = run(
            "He is now a partner at the consultancy Agon, which advises exporters.",
            &[],
        );
        assert_eq!(names(&f), [("Agon", Kind::Organization)]);
        let f = run(
            "Lowy leads the advocacy group Global Action on Gun Violence in Washington.",
            &[],
        );
        assert_eq!(
            names(&f),
            [("Global Action on Gun Violence", Kind::Organization)]
        );
        let f = run(
            "Police blamed the criminal group Los Viagras for the attack.",
            &[],
        );
        assert_eq!(names(&f), [("Los Viagras", Kind::Cartel)]);
    }

    #[test]
    fn plural_descriptor_before_a_list_of_names() {
        let f = run(
            "Prosecutors charged two Indian companies, Raxuter Chemicals and Athos Chemicals, with shipping precursors.",
            &[],
        );
        assert_eq!(
            names(&f),
            [
                ("Raxuter Chemicals", Kind::Organization),
                ("Athos Chemicals", Kind::Organization)
            ]
        );
        let f = run(
            "Two company employees, Qingzhou Wang and Yiyi Chen, were arrested in Honolulu.",
            &[],
        );
        assert_eq!(
            names(&f),
            [("Qingzhou Wang", Kind::Person), ("Yiyi Chen", Kind::Person)]
        );
        let f = run(
            "The lawsuit names several companies, including Glac Security Consulting and Nunvav Trading.",
            &[],
        );
        assert_eq!(
            names(&f),
            [
                ("Glac Security Consulting", Kind::Organization),
                ("Nunvav Trading", Kind::Organization)
            ]
        );
        let f = run(
            "It was backed by groups such as Global Witness and others.",
            &[],
        );
        assert_eq!(names(&f), [("Global Witness", Kind::Organization)]);
        let f = run(
            "His wife, Rosalinda González Valencia, was arrested in Zapopan.",
            &[],
        );
        assert_eq!(names(&f), [("Rosalinda González Valencia", Kind::Person)]);
    }

    #[test]
    fn workplace_after_a_role() {
        let f = run(
            "He spoke to a security consultant at Lantia Intelligence on Monday.",
            &[],
        );
        assert_eq!(names(&f), [("Lantia Intelligence", Kind::Organization)]);
        let f = run("She is a trade correspondent for Northern Wire.", &[]);
        assert_eq!(names(&f), [("Northern Wire", Kind::Organization)]);
        // Agents are posted at places, not employed by them.
        let f = run("Border agents at El Paso seized the shipment.", &[]);
        assert!(f.candidates.is_empty(), "{:?}", f.candidates);
        // A lawyer "for" someone works for a person.
        let f = run("A lawyer for Rafael Caro said nothing.", &[]);
        assert!(names(&f).iter().all(|n| n.1 != Kind::Organization), "{f:?}");
    }

    #[test]
    fn descriptor_noun_in_apposition() {
        let f = run(
            "The rifles came from Interstate Arms, a Massachusetts wholesaler.",
            &[],
        );
        assert_eq!(names(&f), [("Interstate Arms", Kind::Organization)]);
        let f = run(
            "Since then Los Chapitos, a faction of the old cartel, have fought back.",
            &[],
        );
        assert_eq!(names(&f), [("Los Chapitos", Kind::Cartel)]);
        let f = run(
            "He led Los Cuinis, a group closely allied with the cartel.",
            &[],
        );
        assert_eq!(names(&f), [("Los Cuinis", Kind::Organization)]);
        let f = run("He writes for Reforma, the daily, every week.", &[]);
        assert_eq!(names(&f), [("Reforma", Kind::Organization)]);
        // The last noun decides: a company's spokeswoman is a person.
        let f = run(
            "Since then Jane Doe, a company spokeswoman, has said nothing.",
            &[],
        );
        assert_eq!(names(&f), [("Jane Doe", Kind::Person)]);
        // A possessor is no head, and a phrase that runs on is no apposition.
        let f = run(
            "Officers patrolled Jalisco, the cartel’s stronghold, for weeks.",
            &[],
        );
        assert!(f.candidates.is_empty(), "{:?}", f.candidates);
        let f = run(
            "In Culiacán, the group Los Chapitos fought La Mayiza.",
            &["Los Chapitos", "La Mayiza"],
        );
        assert!(f.candidates.is_empty(), "{:?}", f.candidates);
    }

    #[test]
    fn a_given_name_after_a_descriptor_is_no_organisation() {
        let f = run(
            "In an interview with the newspaper, Juan Pérez said the plan failed.",
            &[],
        );
        assert_eq!(names(&f), [("Juan Pérez", Kind::Person)]);
    }

    #[test]
    fn abbreviated_title_and_its_period() {
        let f = run(
            "Some were skeptical. Sen. Marsha Blackburn, a Tennessee Republican, wrote a post.",
            &[],
        );
        assert_eq!(names(&f), [("Marsha Blackburn", Kind::Person)]);
    }

    #[test]
    fn two_connectors_inside_a_name() {
        let f = run(
            "She is a researcher at the Colegio de la Frontera Norte in Tijuana.",
            &[],
        );
        assert_eq!(
            names(&f),
            [("Colegio de la Frontera Norte", Kind::Organization)]
        );
    }

    #[test]
    fn an_english_of_the_between_two_names_keeps_them_apart() {
        let f = run(
            "Cecilia Farfán-Méndez of the University of California San Diego was more cautious.",
            &[],
        );
        assert_eq!(
            names(&f),
            [
                ("Cecilia Farfán-Méndez", Kind::Person),
                ("University of California San Diego", Kind::Organization)
            ]
        );
    }

    #[test]
    fn a_list_item_in_lowercase_is_no_headline() {
        let f = run("- the Mexican bar association Barra Mexicana", &[]);
        assert_eq!(names(&f), [("Barra Mexicana", Kind::Organization)]);
        let f = run("By Laura Méndez | Analysis", &[]);
        assert_eq!(names(&f), [("Laura Méndez", Kind::Person)]);
    }

    #[test]
    fn acronym_for_known_mention() {
        let f = run(
            "It placed the Guard under the Ministry of Defense (Sedena) last year.",
            &["Ministry of Defense"],
        );
        assert_eq!(
            f.acronyms,
            [AcronymForMention {
                mention: 0,
                acronym: "Sedena".into()
            }]
        );
    }

    #[test]
    fn surnames_for_later_mentions() {
        assert_eq!(
            person_aliases("Ricardo Trevilla Trejo"),
            ["Trejo", "Trevilla Trejo", "Trevilla"]
        );
        assert_eq!(person_aliases("Juan Ramón de la Fuente"), ["de la Fuente"]);
        assert_eq!(person_aliases("Palmira Tapia"), ["Tapia"]);
    }

    #[test]
    fn a_compound_adjective_is_no_part_of_the_name_around_it() {
        // Invented sentences: "-based" before an institute's name, and a bullet line
        // that runs into the next sentence's "Intelligence-sharing".
        let f = run(
            "Ana Ruiz, a fellow at the Monterrey-based Centro de Estudios Fronterizos, spoke.",
            &[],
        );
        assert!(
            names(&f).contains(&("Centro de Estudios Fronterizos", Kind::Organization)),
            "{:?}",
            names(&f)
        );
        let f = run(
            "The navy arrested Julián Ortiz Núñez Intelligence-sharing, tracking and patrols followed.",
            &[],
        );
        assert!(
            names(&f).contains(&("Julián Ortiz Núñez", Kind::Person)),
            "{:?}",
            names(&f)
        );
    }

    #[test]
    fn and_joins_words_into_a_name_after_a_cue_and_of_or_for() {
        let f = run(
            "Researchers at the Institute for Border and Migration Studies said so.",
            &[],
        );
        assert_eq!(
            names(&f),
            [(
                "Institute for Border and Migration Studies",
                Kind::Organization
            )]
        );
        // Two names of their own: a second cue, or a name already known.
        let f = run("The University of Arizona and Tulane University met.", &[]);
        assert_eq!(
            names(&f),
            [
                ("University of Arizona", Kind::Organization),
                ("Tulane University", Kind::Organization)
            ]
        );
        let f = run(
            "The Institute for Defense Studies and Mexico signed it.",
            &["Mexico"],
        );
        assert_eq!(
            names(&f),
            [("Institute for Defense Studies", Kind::Organization)]
        );
    }

    #[test]
    fn a_section_is_a_body_and_a_place_is_no_person() {
        let f = run(
            "Prosecutor Jane Roe, of the Money Laundering Section, spoke.",
            &[],
        );
        assert!(
            names(&f).contains(&("Money Laundering Section", Kind::Agency)),
            "{:?}",
            names(&f)
        );
        // A place after "in" or "across", or opening with "San", is nobody.
        for (text, place) in [
            ("Shops in Santa Tecla had been closed.", "Santa Tecla"),
            (
                "Across Capitol Hill, the chairman, Tom Reyes, spoke.",
                "Capitol Hill",
            ),
            (
                "Shops in Tijuana and San Ysidro had been closed.",
                "San Ysidro",
            ),
        ] {
            let f = run(text, &[]);
            assert!(
                names(&f).iter().all(|(n, _)| *n != place),
                "{text}: {:?}",
                names(&f)
            );
        }
    }

    #[test]
    fn an_owner_after_an_age_is_a_role() {
        // Invented sentence: no given name the lexicon knows, but an apposition with a
        // role after the age.
        let f = run(
            "The indictment charges Dwight K. Pruitt, 57, the owner of a pawn shop, with fraud.",
            &[],
        );
        assert_eq!(names(&f), [("Dwight K. Pruitt", Kind::Person)]);
    }

    #[test]
    fn a_place_before_a_descriptor_and_a_name_is_no_workplace() {
        // Invented sentences: "the Tijuana news site El Eco" names El Eco; "en" joins a
        // Spanish name.
        let f = run(
            "Ana Ruiz, a reporter for the Tijuana news site El Eco del Norte, said so.",
            &[],
        );
        assert!(
            names(&f).contains(&("El Eco del Norte", Kind::Organization))
                && names(&f).iter().all(|(n, _)| *n != "Tijuana"),
            "{:?}",
            names(&f)
        );
        let f = run(
            "Rosa Díaz founded the group Madres en Búsqueda Sonora in 2021.",
            &[],
        );
        assert!(
            names(&f).contains(&("Madres en Búsqueda Sonora", Kind::Organization)),
            "{:?}",
            names(&f)
        );
    }
}
