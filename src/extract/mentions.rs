//! Mention stages of pass 2: mentions grouped by sentence, and the repairs made before
//! relating (elided cartels, a country's possessive, orphan surnames, nickname and home
//! spans, datelines, bylines).

use std::ops::Range;

use crate::corpus::Document;
use crate::kind::Kind;

use super::entities::Traits;
use super::lexicon::{self, WordClass};
use super::matcher::{EntityIdx, Matcher, RawMention};
use super::{relate, tokens};

/// Mentions (as indices into `mentions`) inside each sentence.
pub(super) fn by_sentence<'m, 'a>(
    doc: &Document,
    mentions: &'m [RawMention<'a>],
) -> Vec<&'m [RawMention<'a>]> {
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut k = 0;
    for s in &doc.sentences {
        while k < mentions.len() && mentions[k].start < s.start {
            k += 1;
        }
        let from = k;
        while k < mentions.len() && mentions[k].end <= s.end {
            k += 1;
        }
        out.push(&mentions[from..k]);
    }
    out
}

/// The mentions (sorted by start) that lie inside `sentence`.
pub(super) fn within<'m, 'a>(
    mentions: &'m [RawMention<'a>],
    sentence: &Range<usize>,
) -> &'m [RawMention<'a>] {
    let from = mentions.partition_point(|m| m.start < sentence.start);
    let len = mentions[from..]
        .iter()
        .take_while(|m| m.end <= sentence.end)
        .count();
    &mentions[from..from + len]
}

/// "the Sinaloa and Jalisco Nueva Generación cartels", "the Gulf, Juárez and Sinaloa
/// cartels": a conjunct that the plural head after the list completes into a known cartel
/// ("Sinaloa" + "Cartel") is a mention of that cartel. So is the name before a crime
/// modifier (a word of `crime_modifiers.txt`) and "cartel", singular too ("El Chapo's
/// violent Sinaloa drug cartel", the common style of American wires); an acronym in
/// parentheses before the head is passed over ("the Sinaloa and Jalisco Nueva
/// Generación (CJNG) cartels").
pub(super) fn elided_cartels<'a>(
    doc: &Document,
    mentions: &[RawMention<'a>],
    matcher: &'a Matcher,
    traits: &[Traits],
) -> Vec<RawMention<'a>> {
    /// Most capitalised words a conjunct may have.
    const MAX_WORDS: usize = 3;
    let text = &doc.text;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(bytes, b"artel") {
        // The space before "cartel" / "Cartels".
        let Some(mut end) = at
            .checked_sub(2)
            .filter(|&e| bytes[e] == b' ' && matches!(bytes[e + 1], b'c' | b'C'))
        else {
            continue;
        };
        let plural = bytes.get(at + 5) == Some(&b's');
        // "drug cartel", "Drug Cartel": the name is before the modifier (a word of
        // `crime_modifiers.txt`).
        let modified = text[..end].rfind(' ').filter(|&space| {
            lexicon::is(
                &super::fold::fold_str(&text[space + 1..end]),
                WordClass::CRIME_MODIFIER,
            )
        });
        match modified {
            Some(before) => end = before,
            // A singular head with no modifier is part of a name the matcher knows
            // ("Sinaloa Cartel").
            None if !plural => continue,
            None => {}
        }
        if let Some(before) = parenthesised_acronym_before(text, end) {
            end = before;
        }
        loop {
            // The conjunct ending at `end`: a known name, or capitalised words that
            // "Cartel" completes into one.
            // Mentions are sorted and do not overlap: a binary search, not a scan of
            // the document's mentions for every "cartels".
            let known = mentions
                .get(mentions.partition_point(|m| m.end < end))
                .filter(|m| m.end == end);
            if let Some(m) = known {
                if traits[m.candidates[0] as usize].kind != Kind::Cartel {
                    break;
                }
                end = m.start;
            } else {
                // Where each of the last few capitalised words starts, nearest first.
                let mut starts = arrayvec::ArrayVec::<usize, MAX_WORDS>::new();
                let mut from = end;
                while !starts.is_full() {
                    // No word of a cartel's name is longer than this.
                    let mut floor = from.saturating_sub(64);
                    while !text.is_char_boundary(floor) {
                        floor -= 1;
                    }
                    let before = &text[floor..from];
                    let before = if from < end {
                        before.strip_suffix(' ').unwrap_or(before)
                    } else {
                        before
                    };
                    let Some(space) = before.rfind(' ') else {
                        break;
                    };
                    let word = &before[space + 1..];
                    let word_start = floor + space + 1;
                    let capitalised = word.starts_with(char::is_uppercase)
                        && word.chars().all(char::is_alphabetic);
                    if !capitalised {
                        break;
                    }
                    starts.push(word_start);
                    from = word_start;
                }
                // The longest run that "Cartel" completes into one cartel ("The Sinaloa"
                // does not, "Sinaloa" does).
                let completion = starts.iter().rev().find_map(|&start| {
                    let overlapping = mentions
                        .get(mentions.partition_point(|m| m.end <= start))
                        .is_some_and(|m| m.start < end);
                    if overlapping {
                        return None;
                    }
                    let completed = format!("{} Cartel", &text[start..end]);
                    let found = matcher.find(&completed, 0);
                    let [whole] = found.as_slice() else {
                        return None;
                    };
                    let complete = whole.start == 0 && whole.end == completed.len();
                    (complete
                        && whole.candidates.len() == 1
                        && traits[whole.candidates[0] as usize].kind == Kind::Cartel)
                        .then_some((start, whole.candidates))
                });
                match completion {
                    Some((start, candidates)) => {
                        out.push(RawMention {
                            start,
                            end,
                            candidates,
                        });
                        end = start;
                    }
                    // A conjunct no cartel is known by ("… Gulf, Nueva Familia and
                    // Unidos cartels") is stepped over, so the known ones before it
                    // are still found.
                    None => match starts.last() {
                        Some(&start) => end = start,
                        None => break,
                    },
                }
            }
            // On along the list: "the Gulf, Juárez and Sinaloa cartels".
            let head = &text[..end];
            match [", and ", " and ", " or ", ", "]
                .iter()
                .find_map(|sep| head.strip_suffix(sep))
            {
                Some(rest) => end = rest.len(),
                None => break,
            }
        }
    }
    out
}

/// Where " (CJNG)" starts, when `text[..end]` ends with an acronym in parentheses (two
/// to six capitals; only those last bytes are read).
fn parenthesised_acronym_before(text: &str, end: usize) -> Option<usize> {
    let head = text[..end].strip_suffix(')')?.as_bytes();
    let from = head.len().saturating_sub(7);
    let paren = from + head[from..].iter().rposition(|&b| b == b'(')?;
    let inner = &head[paren + 1..];
    let is_acronym = (2..=6).contains(&inner.len()) && inner.iter().all(u8::is_ascii_uppercase);
    (is_acronym && paren >= 1 && head[paren - 1] == b' ').then(|| paren - 1)
}

/// "Mexico’s Navy" is a name of the Mexican Navy that also names Mexico: the country
/// becomes a mention of its own, so the rules relate the body to its country as they do
/// for "India’s Narcotics Control Bureau".
pub(super) fn split_country_possessor<'a>(
    doc: &Document,
    mentions: &mut Vec<RawMention<'a>>,
    matcher: &'a Matcher,
    traits: &[Traits],
) {
    let possessive_at = |m: &RawMention| possessive_in(&doc.text[m.start..m.end]);
    if !mentions.iter().any(|m| possessive_at(m).is_some()) {
        return;
    }
    let mut out = Vec::with_capacity(mentions.len() + 1);
    for m in mentions.drain(..) {
        let split = possessive_at(&m).and_then(|(at, len)| {
            let owner = m.start..m.start + at;
            let found = matcher.find(&doc.text[owner.clone()], owner.start);
            match found.as_slice() {
                [c] if c.start == owner.start
                    && c.end == owner.end
                    && c.candidates.len() == 1
                    && c.candidates[0] != m.candidates[0]
                    && traits[c.candidates[0] as usize].kind == Kind::Country =>
                {
                    let rest = m.start + at + len;
                    Some((*c, RawMention { start: rest, ..m }))
                }
                _ => None,
            }
        });
        match split {
            Some((country, body)) => out.extend([country, body]),
            None => out.push(m),
        }
    }
    *mentions = out;
}

/// Where the first "’s " or "'s " in `surface` starts, and its length in bytes.
pub(super) fn possessive_in(surface: &str) -> Option<(usize, usize)> {
    let b = surface.as_bytes();
    (1..b.len().saturating_sub(1)).find_map(|i| {
        if b[i] != b's' || b[i + 1] != b' ' {
            return None;
        }
        if b[i - 1] == b'\'' {
            Some((i - 1, 3))
        } else if i >= 3 && b[i - 3..i] == *"’".as_bytes() {
            Some((i - 3, 5))
        } else {
            None
        }
    })
}

/// A discovered person is known by one document's say-so, so a lone surname is theirs
/// only where their full name appears too: "Eduardo Guerrero Gutiérrez" found in one
/// article must not turn the state of Guerrero into him in every other one.
pub(super) fn drop_orphan_surnames(
    doc: &Document,
    mentions: &mut Vec<RawMention>,
    traits: &[Traits],
) {
    let is_lone_surname = |m: &RawMention| {
        traits[m.candidates[0] as usize].needs_full_name
            && !doc.text[m.start..m.end].contains(char::is_whitespace)
    };
    if !mentions.iter().any(is_lone_surname) {
        return;
    }
    let named: rustc_hash::FxHashSet<EntityIdx> = mentions
        .iter()
        .filter(|m| !is_lone_surname(m))
        .map(|m| m.candidates[0])
        .collect();
    mentions.retain(|m| !is_lone_surname(m) || named.contains(&m.candidates[0]));
}

/// `Enrique “Kiki” Camarena`: when a person's mention at token `ts` follows a quoted
/// nickname and a capitalised given name, the mention starts at the given name, so
/// "DEA agent Enrique “Kiki” Camarena" reads as a title before a name.
pub(super) fn before_nickname(text: &str, toks: &[tokens::Token], ts: usize) -> usize {
    let is_quote = |t: &tokens::Token, q: &[&str]| q.iter().any(|q| t.is_punct(text, q));
    if ts < 4 || !is_quote(&toks[ts - 1], &["”", "\""]) {
        return ts;
    }
    let mut k = ts - 2;
    let lowest = ts.saturating_sub(6);
    while k > lowest && toks[k].is_word() && toks[k].is_capitalised {
        k -= 1;
    }
    let opens = k + 2 < ts && is_quote(&toks[k], &["“", "\""]);
    if opens && k >= 1 && toks[k - 1].is_word() && toks[k - 1].is_capitalised {
        k - 1
    } else {
        ts
    }
}

/// "Senator John Cornyn of Texas": the place a person is from, right after their name
/// ("of" and up to three capitalised words that name nothing known, before `next`, the
/// next mention's start), belongs to the mention. Returns the mention's new token end.
pub(super) fn after_home(toks: &[tokens::Token], te: usize, next: usize) -> usize {
    if !toks
        .get(te)
        .is_some_and(|t| t.is_word() && t.lower.as_str() == "of")
    {
        return te;
    }
    let place = toks[te + 1..]
        .iter()
        .take_while(|t| t.is_word() && t.is_capitalised && t.span.start < next)
        .count();
    let is_whole = toks
        .get(te + 1 + place)
        .is_none_or(|t| !(t.is_word() && t.is_capitalised));
    if (1..=3).contains(&place) && is_whole {
        te + 1 + place
    } else {
        te
    }
}

/// The datelines of a document: "WASHINGTON —", "MANZANILLO, Mexico —", "MEXICO CITY
/// (Reuters) -" opening a paragraph say where a story was filed; a country or capital
/// named there is no actor of the story.
pub(super) fn datelines(doc: &Document) -> impl Iterator<Item = Range<usize>> + '_ {
    let text = doc.text.as_str();
    doc.sentences
        .iter()
        .filter(move |s| {
            s.start == doc.body_start
                || text[doc.body_start..s.start]
                    .trim_end_matches([' ', '\t', '\r'])
                    .ends_with('\n')
        })
        .filter_map(move |s| dateline_len(&text[s.clone()]).map(|n| s.start..s.start + n))
}

/// Where a dateline's dash may start at the latest ("CIUDAD JUÁREZ, Chihuahua (AP) —").
pub(super) const MAX_DATELINE_BYTES: usize = 64;

/// Length of the dateline that opens `sentence`: a place in capitals (three letters at
/// least), maybe a region after a comma and an agency in brackets, then a dash.
pub(super) fn dateline_len(sentence: &str) -> Option<usize> {
    const DASHES: [&str; 4] = [" — ", " – ", " -- ", " - "];
    // Most sentences fail here: a dateline opens with two capitals ("EL PASO, Texas —").
    if sentence.chars().take(2).any(|c| !c.is_uppercase()) {
        return None;
    }
    let mut head = MAX_DATELINE_BYTES.min(sentence.len());
    while !sentence.is_char_boundary(head) {
        head -= 1;
    }
    let head = &sentence[..head];
    let (at, dash) = DASHES
        .iter()
        .filter_map(|d| head.find(d).map(|at| (at, d.len())))
        .min()?;
    let mut place = sentence[..at].trim_end();
    if let Some(open) = place.strip_suffix(')').and_then(|p| p.rfind('(')) {
        place = place[..open].trim_end();
    }
    let (city, region) = match place.split_once(',') {
        Some((city, region)) => (city, Some(region.trim())),
        None => (place, None),
    };
    let letters = city.chars().filter(|c| c.is_alphabetic()).count();
    let is_caps = city
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\''));
    let region_ok = region.is_none_or(|r| {
        !r.is_empty()
            && r.split(' ')
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
    });
    (letters >= 3 && is_caps && region_ok).then_some(at + dash)
}

/// "Tags: Mexico, Sheinbaum, Trump": a line of page furniture (a label of
/// [`lexicon::FURNITURE_LABELS`] and a colon) names the page's actors but states no
/// relation between them.
pub(super) fn is_page_furniture(text: &str, toks: &[tokens::Token]) -> bool {
    matches!(toks, [label, colon, ..]
        if label.is_word()
            && label.is_capitalised
            && colon.is_punct(text, ":")
            && lexicon::is_furniture_label(label.lower.as_str()))
}

/// A byline holds at most this many words (a sentence that opens with "By" is prose).
const MAX_BYLINE_WORDS: usize = 16;

/// Where the names of a byline would start: after "By" or "Author:" opening a line of
/// at most [`MAX_BYLINE_WORDS`] words. Discovery reads its people, the relation rules
/// tie them to their outlet (both check that names really follow).
pub(super) fn byline_opener(text: &str, toks: &[tokens::Token]) -> Option<usize> {
    let opener = match toks {
        [by, ..] if by.is_word() && by.is_capitalised && by.lower.as_str() == "by" => 1,
        [author, colon, ..]
            if author.is_word()
                && author.is_capitalised
                && author.lower.as_str() == "author"
                && colon.is_punct(text, ":") =>
        {
            2
        }
        _ => return None,
    };
    (toks.iter().filter(|t| t.is_word()).count() <= MAX_BYLINE_WORDS).then_some(opener)
}

/// "By Ana López and Juan Pérez": the authors of the article, not related to each
/// other (only to an outlet named there: `relate::credits::byline`). A byline is "By"
/// followed only by names joined with "and", "&" or commas.
pub(super) fn is_byline(toks: &[tokens::Token], mentions: &[relate::SentenceMention]) -> bool {
    if toks
        .first()
        .is_none_or(|t| t.lower.as_str() != "by" || !t.is_capitalised)
    {
        return false;
    }
    let mut k = 0;
    toks.iter().enumerate().skip(1).all(|(i, t)| {
        while k < mentions.len() && mentions[k].tokens.end <= i {
            k += 1;
        }
        let in_name = mentions.get(k).is_some_and(|m| m.tokens.contains(&i));
        in_name || matches!(t.lower.as_str(), "and" | "&" | "" | "y")
    })
}
