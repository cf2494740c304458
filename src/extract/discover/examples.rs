//! The classifiers' examples, kept as data beside them (`examples.toml`): each names the
//! classifier it is for, a sentence, the names already known in it (`known`, optional),
//! and the names discovery must find there with their kinds (`finds`). Every classifier
//! has an example only it finds, so removing a classifier fails its example.

use std::ops::Range;

use serde::Deserialize;

use crate::extract::example_files;

use super::classify::CLASSIFIERS;
use super::discover;
use crate::extract::tokens::tokenize;
use crate::kind::Kind;

/// The examples file, compiled into the tests.
const EXAMPLES: &str = include_str!("examples.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Example {
    rule: String,
    text: String,
    #[serde(default)]
    known: Vec<String>,
    finds: Vec<(String, String)>,
}

fn check(x: &Example) -> Result<(), String> {
    let tokens = tokenize(&x.text, 0..x.text.len());
    let known: Vec<Range<usize>> = x
        .known
        .iter()
        .map(|k| {
            let start = x.text.find(k.as_str()).ok_or(format!("no {k:?}"))?;
            Ok(start..start + k.len())
        })
        .collect::<Result<_, String>>()?;
    let found = discover(&x.text, &tokens, &known);
    for (name, kind) in &x.finds {
        let kind = Kind::parse(kind).ok_or(format!("{kind:?} is not a kind"))?;
        if !found
            .candidates
            .iter()
            .any(|c| c.name == *name && c.kind == kind)
        {
            let got: Vec<String> = found
                .candidates
                .iter()
                .map(|c| format!("{} ({})", c.name, c.kind))
                .collect();
            return Err(format!("{name} ({kind}) not found; found {got:?}"));
        }
    }
    Ok(())
}

fn examples() -> Vec<Example> {
    example_files::read("discover/examples.toml", EXAMPLES)
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
fn every_classifier_has_an_example() {
    let examples = examples();
    let missing: Vec<&str> = CLASSIFIERS
        .iter()
        .copied()
        .filter(|name| {
            !examples
                .iter()
                .any(|x| x.rule == format!("classify::{name}") && !x.finds.is_empty())
        })
        .collect();
    assert!(
        missing.is_empty(),
        "classifiers without an example: {missing:?}"
    );
}

#[test]
fn a_wrong_expectation_fails() {
    let x = Example {
        rule: "classify::untitled_person".into(),
        text: "Lorena Villalobos said the plan would fail.".into(),
        known: vec![],
        finds: vec![("Lorena Villalobos".into(), "organization".into())],
    };
    assert!(check(&x).is_err());
}
