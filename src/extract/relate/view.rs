//! What every relation rule of a sentence reads, built once: which names are attached
//! to which (attachment's own links are pushed as it runs), which only frame the
//! sentence, the top-level units with their extents, and the lists they form.

use std::ops::Range;

use crate::extract::tokens::Token;

use super::attach::{attach, is_title_like};
use super::frames::{
    frame_object, is_attributive_country, is_headline_modifier, is_opening_setting, is_title_case,
    opening_adverbial, time_frame,
};
use super::lists::{after_brackets, is_coordination, opens_coordinated_clause, possesses_subject};
use super::quotes::quoted_tokens;
use super::words::{is_auxiliary, is_function_word};
use super::{root, Link, SentenceMention, MAX_SOURCE_MODIFIERS, MAX_TITLE_WORDS};

/// One sentence as the rules see it.
pub(super) struct View<'s> {
    pub(super) text: &'s str,
    pub(super) tokens: &'s [Token],
    pub(super) mentions: &'s [SentenceMention],
    /// `attached_to[i] = Some(h)` when mention `i` is attached to (modifies) mention `h`.
    pub(super) attached_to: Vec<Option<usize>>,
    /// Names that date the sentence, each with its frame noun's token and the object of
    /// that noun when there is one (`(name, object, noun)`), in sentence order.
    pub(super) frames: Vec<(usize, usize, usize)>,
    /// Top-level units: mentions not attached to another, nor only an aside.
    pub(super) units: Vec<usize>,
    /// Each unit's extent (with its dependents and description), never over the next.
    pub(super) extents: Vec<Range<usize>>,
    /// Lists of coordinated units, as ranges of `units`.
    pub(super) runs: Vec<Range<usize>>,
    /// The lists that open a coordinated clause: no link reaches over one.
    pub(super) clause_opens: Vec<usize>,
    /// Which tokens are inside a quotation.
    pub(super) quoted: Vec<bool>,
    /// The comma after an opening adverbial phrase ("Following the operation in
    /// Venezuela, Trump …").
    pub(super) scene_comma: Option<usize>,
}

impl<'s> View<'s> {
    /// Builds the view; attachment pushes its links into `links` on the way.
    pub(super) fn new(
        text: &'s str,
        tokens: &'s [Token],
        mentions: &'s [SentenceMention],
        links: &mut Vec<Link>,
    ) -> Self {
        let n = mentions.len();
        let mut attached_to: Vec<Option<usize>> = vec![None; n];
        // described_until[i]: where a description of mention i that names others ends.
        let mut described_until: Vec<usize> = vec![0; n];
        attach(
            text,
            tokens,
            mentions,
            &mut attached_to,
            &mut described_until,
            links,
        );
        // Extent of each unit including its attached dependents and its description (for
        // gap computation): "Joaquín Guzmán López, another of El Chapo’s sons, who …"
        // reads on from after "sons", not from after "El Chapo".
        let extent = |u: usize| -> Range<usize> {
            let mut r = mentions[u].tokens.clone();
            r.end = r.end.max(described_until[u]);
            for (i, h) in attached_to.iter().enumerate() {
                if root(&attached_to, i) == u && h.is_some() {
                    r.start = r.start.min(mentions[i].tokens.start);
                    // A dependent's own description too: "A, a leader of B, a group
                    // allied with C, was sent …" reads on from after C.
                    r.end = r.end.max(mentions[i].tokens.end).max(described_until[i]);
                }
            }
            r
        };
        let is_source = |i: usize| is_source(tokens, extent(i).start);
        let headline = is_title_case(tokens);
        // Names that only date the sentence, and the objects of their frame noun.
        let mut in_frame = vec![false; n];
        let mut frames = Vec::new();
        for i in 0..n {
            if let Some(noun) = time_frame(tokens, &mentions[i]) {
                in_frame[i] = true;
                if let Some(j) = frame_object(tokens, mentions, noun) {
                    in_frame[j] = true;
                    frames.push((i, j, noun));
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
        let mut view = View {
            text,
            tokens,
            mentions,
            attached_to,
            frames,
            units,
            extents,
            runs: Vec::new(),
            clause_opens: Vec::new(),
            quoted,
            // No list reaches over the comma after an opening adverbial phrase.
            scene_comma: opening_adverbial(text, tokens),
        };
        view.coordinate();
        view
    }

    /// Groups the units into lists of coordinated units (`runs`), and notes the lists
    /// that open a coordinated clause.
    fn coordinate(&mut self) {
        let (text, tokens, mentions) = (self.text, self.tokens, self.mentions);
        let (units, extents) = (&self.units, &self.extents);
        let (runs, clause_opens) = (&mut self.runs, &mut self.clause_opens);
        for (k, &u) in units.iter().enumerate() {
            // "Sheinbaum is the president of Mexico, and Trump …": an apposition with a
            // verb ends a clause, so what follows is not coordinated with its subject.
            let clause_between = k > 0
                && tokens
                    [mentions[units[k - 1]].tokens.end.min(extents[k].start)..extents[k].start]
                    .iter()
                    .any(|t| t.is_word() && is_auxiliary(t));
            let over_scene = k > 0
                && self
                    .scene_comma
                    .is_some_and(|c| extents[k - 1].end <= c && c < extents[k].start);
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
            // Whether or not a list ended here: "Noem has called it …, and CBP
            // Commissioner Rodney Scott has credited …".
            if opens_clause && runs.last().is_some_and(|r| r.start == k) {
                clause_opens.push(runs.len() - 1);
            }
        }
    }

    /// The lists, in sentence order (each the mention indices of its units).
    pub(super) fn lists(&self) -> Vec<&[usize]> {
        self.runs
            .iter()
            .map(|run| &self.units[run.clone()])
            .collect()
    }

    /// From the first unit of `list` to the end of its last.
    pub(super) fn list_extent(&self, list: &[usize]) -> Range<usize> {
        let first = self.units.iter().position(|&u| u == list[0]).unwrap_or(0);
        let last = self
            .units
            .iter()
            .position(|&u| u == list[list.len() - 1])
            .unwrap_or(0);
        self.extents[first].start..self.extents[last].end
    }
}

/// "According to Mexico News Daily, …": a cited source (whose extent starts at `start`)
/// is not a party to what it reports.
fn is_source(tokens: &[Token], start: usize) -> bool {
    // From the first of its modifiers: "according to U.S. Census Bureau figures",
    // "according to three former U.S. officials".
    let mut start = start;
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
}
