//! The rules' examples, kept as data beside them (`examples.toml`), in the manner of
//! Duckling's corpora: each example names the rule it is for, a sentence, the names in
//! it, and what the rule must relate there (`has`, with the rule's own label) or what
//! must stay unrelated (`lacks`). Every rule has at least one example whose `has` it
//! alone makes, so removing a rule fails its examples.
//!
//! ```toml
//! [[example]]
//! rule = "attach::possessed_role"
//! text = "El Mayo’s eldest son, Vicente Zambada Niebla, was sentenced in Chicago."
//! names = [["El Mayo", "person"], ["Vicente Zambada Niebla", "person"]]
//! has = [["El Mayo", "Vicente Zambada Niebla", "son of"]]
//! ```

use serde::Deserialize;

use crate::extract::example_files;

use super::attach::ADJACENT_RULES;
use super::pairs::PAIR_RULES;
use super::{relate, SentenceMention};
use crate::extract::tokens::tokenize;
use crate::graph::Rule;
use crate::kind::Kind;

/// The examples file, compiled into the tests.
const EXAMPLES: &str = include_str!("examples.toml");

/// One sentence and what the rule must (`has`) and must not (`lacks`) relate in it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Example {
    rule: String,
    text: String,
    /// Each name as written in `text` (in order) and its kind.
    names: Vec<(String, String)>,
    /// Pairs the rule relates, with the label it gives.
    #[serde(default)]
    has: Vec<(String, String, String)>,
    /// Pairs no rule may relate in this sentence.
    #[serde(default)]
    lacks: Vec<(String, String)>,
}

/// A link as the examples speak of it: both names, the label and the rule.
type Found = (String, String, String, Rule);

/// Relates `names` (each `(surface, kind)`, found in order in `text`; entity = position).
fn relate_names(text: &str, names: &[(String, String)]) -> Result<Vec<Found>, String> {
    let tokens = tokenize(text, 0..text.len());
    let mut mentions = Vec::new();
    let mut from = 0;
    for (e, (name, kind)) in names.iter().enumerate() {
        let kind = Kind::parse(kind).ok_or(format!("{kind:?} is not a kind"))?;
        let start = from
            + text[from..]
                .find(name.as_str())
                .ok_or(format!("no {name:?}"))?;
        let end = start + name.len();
        from = end;
        let first = tokens.iter().position(|t| t.span.start == start);
        let last = tokens.iter().position(|t| t.span.end == end);
        let (Some(first), Some(last)) = (first, last) else {
            return Err(format!("{name:?} is not a run of whole tokens"));
        };
        mentions.push(SentenceMention {
            tokens: first..last + 1,
            kind,
            entity: e as u32,
        });
    }
    Ok(relate(text, &tokens, &mentions)
        .into_iter()
        .map(|l| {
            let (a, b) = (names[l.a].0.clone(), names[l.b].0.clone());
            (a, b, l.label.to_string(), l.rule)
        })
        .collect())
}

/// What is wrong with one example, if anything.
fn check(example: &Example) -> Result<(), String> {
    // A rule that makes links is a `graph::Rule`; a veto (which only stops links) is
    // named `family::function` and has `lacks` examples only.
    let rule = Rule::from_name(&example.rule);
    if rule.is_none() && !example.has.is_empty() {
        return Err("no such rule makes links".into());
    }
    let found = relate_names(&example.text, &example.names)?;
    let linked = |a: &str, b: &str| {
        found
            .iter()
            .find(|f| (f.0 == a && f.1 == b) || (f.0 == b && f.1 == a))
    };
    for (a, b, label) in &example.has {
        match linked(a, b) {
            Some(f) if f.2 == *label && Some(f.3) == rule => {}
            Some(f) => return Err(format!("{a} – {b}: {} by {}", f.2, f.3.name())),
            None => return Err(format!("{a} – {b}: not related")),
        }
    }
    for (a, b) in &example.lacks {
        if let Some(f) = linked(a, b) {
            return Err(format!("{a} – {b}: related ({} by {})", f.2, f.3.name()));
        }
    }
    Ok(())
}

fn examples() -> Vec<Example> {
    example_files::read("relate/examples.toml", EXAMPLES)
}

impl example_files::Example for Example {
    fn rule(&self) -> &str {
        &self.rule
    }

    fn text(&self) -> &str {
        &self.text
    }

    fn check(&self) -> Result<(), String> {
        check(self)
    }
}

#[test]
fn every_example_holds() {
    example_files::assert_all_hold(&examples());
}

#[test]
fn every_rule_has_an_example_it_alone_makes() {
    let examples = examples();
    // A passage added by hand is made by a person, not by a rule of `relate`.
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .filter(|r| **r != Rule::ByHand)
        .map(|r| r.name())
        .filter(|name| {
            !examples
                .iter()
                .any(|x| x.rule == *name && !x.has.is_empty())
        })
        .collect();
    assert!(missing.is_empty(), "rules without an example: {missing:?}");
}

#[test]
fn every_rule_of_the_tables_has_an_example() {
    // Each entry of the attachment and pair tables: a rule that links needs a `has`
    // example, a veto a `lacks` one.
    let examples = examples();
    let mut missing = Vec::new();
    for (family, names) in [("attach", ADJACENT_RULES), ("pairs", PAIR_RULES)] {
        for name in names {
            let rule = format!("{family}::{name}");
            let links = Rule::from_name(&rule).is_some();
            let covered = examples.iter().any(|x| {
                x.rule == rule
                    && if links {
                        !x.has.is_empty()
                    } else {
                        !x.lacks.is_empty()
                    }
            });
            if !covered {
                missing.push(rule);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "table entries without an example: {missing:?}"
    );
}

#[test]
fn a_wrong_expectation_fails() {
    // The runner itself: an example that asks for the wrong label or rule fails.
    let mut x = Example {
        rule: "pairs::gap".into(),
        text: "Rubio met Sheinbaum in Mexico City.".into(),
        names: vec![
            ("Rubio".into(), "person".into()),
            ("Sheinbaum".into(), "person".into()),
        ],
        has: vec![("Rubio".into(), "Sheinbaum".into(), "met".into())],
        lacks: vec![],
    };
    assert_eq!(check(&x), Ok(()));
    x.rule = "lists::between".into();
    assert!(check(&x).is_err());
    x.rule = "pairs::gap".into();
    x.has[0].2 = "arrested".into();
    assert!(check(&x).is_err());
    x.has.clear();
    x.lacks = vec![("Rubio".into(), "Sheinbaum".into())];
    assert!(check(&x).is_err());
}

/// Prints every link, with its rule, of the sentences in the JSON file
/// `NEXO_EXAMPLE_SENTENCES` (`[{text, names}]`): a tool for writing examples.
#[test]
#[ignore = "a tool: NEXO_EXAMPLE_SENTENCES=file cargo test -- --ignored --nocapture"]
fn print_links_of_sentences() {
    #[derive(Deserialize)]
    struct Sentence {
        text: String,
        names: Vec<(String, String)>,
    }
    let path = std::env::var("NEXO_EXAMPLE_SENTENCES").expect("NEXO_EXAMPLE_SENTENCES");
    let sentences: Vec<Sentence> =
        serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("parse");
    for (i, s) in sentences.iter().enumerate() {
        match relate_names(&s.text, &s.names) {
            Ok(found) => {
                for (a, b, label, rule) in found {
                    println!("{i}\t{}\t{a}\t{b}\t{label}", rule.name());
                }
            }
            Err(e) => println!("{i}\terror\t{e}"),
        }
    }
}
