//! Cues beside a name: a quoted nickname ("known as", `Enrique “Kiki” Camarena`) and an
//! acronym defined in parentheses.

use std::ops::Range;

use crate::extract::tokens::Token;
use crate::kind::Kind;

use super::runs::is_name_word;
use super::{AcronymForMention, Candidate, Found};

/// `X, 45, also known as “El Güerito,”`: a quoted nickname after "known as", "alias" or
/// "a.k.a.", and the name it belongs to.
pub(super) struct KnownAs {
    /// The nickname's tokens (inside the quotation marks).
    pub(super) nickname: Range<usize>,
    /// The mention the nickname belongs to, if the name is a known one.
    pub(super) of_mention: Option<usize>,
    /// Where the name it belongs to ends (a token index).
    pub(super) name_end: usize,
}

impl KnownAs {
    /// The nickname as written.
    pub(super) fn text<'t>(&self, text: &'t str, tokens: &[Token]) -> &'t str {
        &text[tokens[self.nickname.start].span.start..tokens[self.nickname.end - 1].span.end]
    }
}

pub(super) fn nicknames_known_as(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
) -> Vec<KnownAs> {
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

/// `Full Name (ACR)` after a catalog mention gives that entity a new alias.
pub(super) fn acronyms_after_mentions(
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
pub(super) fn nicknames(
    text: &str,
    tokens: &[Token],
    covered: &[Option<usize>],
    found: &mut Found,
) {
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

/// `(ACR)` right after a run, when its letters fit the run's words.
pub(super) fn acronym_after(
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
