//! The passage-confidence model: how likely a sentence is to state a relation between
//! two names it holds.
//!
//! A logistic regression over the pair's [`Features`] and the rules' verdict. It was
//! chosen over boosted stumps because each weight reads on its own in a diff ("a
//! clause break between the two: −1.2"), a few thousand annotated pairs are enough to
//! fit its few dozen weights without overfitting, and training is a handful of Newton
//! steps that give the same bytes on every run. The weights live in
//! `data/confidence.txt`, one `name = value` per line; `nexo train` rebuilds them from
//! annotated articles (`scripts/train.sh`).

use std::sync::LazyLock;

use crate::graph::{Confidence, Features, Rule};
use crate::kind::Kind;

/// The committed weights.
const WEIGHTS: &str = include_str!("../../data/confidence.txt");

/// The model's inputs, by name, in the order of [`inputs`]. A rule family is the part
/// of the rule's name before `::`; a count is read through buckets (the lowest bucket
/// has no input of its own).
pub const INPUTS: [&str; 36] = [
    "bias",
    "stated",
    "rule attach",
    "rule frames",
    "rule lists",
    "rule pairs",
    "rule quotes",
    "rule credits",
    "words between 0-2",
    "words between 3-5",
    "words between 6-10",
    "words between 11-20",
    "names between 1",
    "names between 2",
    "names between 3+",
    "names in sentence 3",
    "names in sentence 4-5",
    "names in sentence 6-9",
    "names in sentence 10+",
    "same list",
    "clause break",
    "cue between",
    "one quoted",
    "both quoted",
    "subject",
    "aside",
    "attached",
    "parenthesis",
    "headline",
    "possessive or of",
    "person",
    "agency",
    "cartel",
    "agreement",
    "country",
    "organization",
];

/// Number of inputs.
pub const N: usize = INPUTS.len();

/// Where the kind counts start in [`INPUTS`], in the order of [`Kind::ALL`].
const FIRST_KIND: usize = 30;

/// Where the rule families start in [`INPUTS`], in the order of [`FAMILIES`].
const FIRST_FAMILY: usize = 2;
/// The rule families with an input of their own.
const FAMILIES: [&str; 6] = ["attach", "frames", "lists", "pairs", "quotes", "credits"];
/// Where the buckets of words between start (0-2, 3-5, 6-10, 11-20; 21+ has none).
const FIRST_WORDS: usize = 8;
/// Where the buckets of names between start (1, 2, 3+; none has none).
const FIRST_NAMES: usize = 12;
/// Where the buckets of names in the sentence start (3, 4-5, 6-9, 10+; 2 has none).
const FIRST_SENTENCE: usize = 15;
/// Where the flags start, one per bit of `Features::flags`, lowest bit first.
const FIRST_FLAG: usize = 19;
/// How many flags there are.
const FLAGS: usize = 11;

/// The model's input vector for a pair with `features`, stated by `rule` (if any).
/// Called for every passage, so it indexes rather than looks names up.
pub fn inputs(features: &Features, rule: Option<Rule>) -> [f64; N] {
    let mut x = [0.0; N];
    x[0] = 1.0;
    if let Some(rule) = rule {
        x[1] = 1.0;
        let family = rule.name().split("::").next().unwrap_or("");
        if let Some(i) = FAMILIES.iter().position(|f| *f == family) {
            x[FIRST_FAMILY + i] = 1.0;
        }
    }
    let words = match features.words_between {
        0..=2 => Some(0),
        3..=5 => Some(1),
        6..=10 => Some(2),
        11..=20 => Some(3),
        _ => None,
    };
    let names = match features.names_between {
        0 => None,
        n => Some(usize::from(n.min(3)) - 1),
    };
    let sentence = match features.names_in_sentence {
        0..=2 => None,
        3 => Some(0),
        4..=5 => Some(1),
        6..=9 => Some(2),
        _ => Some(3),
    };
    for (first, bucket) in [
        (FIRST_WORDS, words),
        (FIRST_NAMES, names),
        (FIRST_SENTENCE, sentence),
    ] {
        if let Some(b) = bucket {
            x[first + b] = 1.0;
        }
    }
    for bit in 0..FLAGS {
        if features.flags & (1 << bit) != 0 {
            x[FIRST_FLAG + bit] = 1.0;
        }
    }
    let (a, b) = features.kinds();
    for k in [a, b] {
        if usize::from(k) < Kind::ALL.len() {
            x[FIRST_KIND + usize::from(k)] += 1.0;
        }
    }
    x
}

/// Weights for [`INPUTS`].
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// One per input, in the order of [`INPUTS`].
    pub weights: [f64; N],
}

impl Model {
    /// The committed model.
    pub fn builtin() -> &'static Model {
        static MODEL: LazyLock<Model> = LazyLock::new(|| {
            // A test keeps the committed file valid; were it not, the rules' verdict
            // alone decides (stated 0.9, else 0.1).
            Model::parse(WEIGHTS).unwrap_or_else(|_| Model::rules_only())
        });
        &MODEL
    }

    /// The rules' verdict alone: a stated pair 0.9, any other 0.1.
    pub fn rules_only() -> Model {
        let mut weights = [0.0; N];
        weights[0] = -(9.0f64.ln());
        weights[1] = 2.0 * 9.0f64.ln();
        Model { weights }
    }

    /// Reads `name = value` lines (`#` starts a comment); every input must be given once.
    ///
    /// # Errors
    /// A line that is not `name = number`, an unknown or repeated name, or a missing one.
    pub fn parse(text: &str) -> Result<Model, String> {
        let mut weights = [f64::NAN; N];
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let (name, value) = line
                .split_once('=')
                .ok_or_else(|| format!("line {}: expected `name = value`", n + 1))?;
            let name = name.trim();
            let i = INPUTS
                .iter()
                .position(|x| *x == name)
                .ok_or_else(|| format!("line {}: unknown input `{name}`", n + 1))?;
            if !weights[i].is_nan() {
                return Err(format!("line {}: `{name}` given twice", n + 1));
            }
            weights[i] = value
                .trim()
                .parse()
                .map_err(|_| format!("line {}: `{}` is not a number", n + 1, value.trim()))?;
        }
        if let Some(i) = weights.iter().position(|w| w.is_nan()) {
            return Err(format!("no weight for `{}`", INPUTS[i]));
        }
        Ok(Model { weights })
    }

    /// The weights as `parse` reads them, four decimals each, under `header` (comment
    /// lines).
    pub fn to_text(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str("# ");
            out.push_str(line);
            out.push('\n');
        }
        for (name, w) in INPUTS.iter().zip(self.weights) {
            // `+0.0000`, never `-0.0000`, so a rebuild is byte-identical.
            let w = if w.abs() < 0.000_05 { 0.0 } else { w };
            out.push_str(&format!("{name} = {w:+.4}\n"));
        }
        out
    }

    /// The probability for input vector `x`.
    pub fn probability(&self, x: &[f64; N]) -> f64 {
        let z: f64 = self.weights.iter().zip(x).map(|(w, x)| w * x).sum();
        1.0 / (1.0 + (-z).exp())
    }

    /// The confidence of a pair with `features`, stated by `rule` (if any).
    pub fn confidence(&self, features: &Features, rule: Option<Rule>) -> Confidence {
        Confidence::new(self.probability(&inputs(features, rule)))
    }

    /// Fits the weights to `examples` (inputs and whether the pair is related) by
    /// L2-regularised logistic regression (`l2` on every weight but the bias), with
    /// Newton steps from zero. Deterministic: the same examples in the same order give
    /// the same weights.
    pub fn fit(examples: &[([f64; N], bool)], l2: f64) -> Model {
        let mut w = [0.0; N];
        for _ in 0..MAX_NEWTON_STEPS {
            let mut gradient = [0.0; N];
            let mut hessian = vec![[0.0; N]; N];
            for (x, y) in examples {
                let p = Model { weights: w }.probability(x);
                let err = p - f64::from(u8::from(*y));
                let s = p * (1.0 - p);
                for i in 0..N {
                    if x[i] == 0.0 {
                        continue;
                    }
                    gradient[i] += err * x[i];
                    for j in 0..N {
                        hessian[i][j] += s * x[i] * x[j];
                    }
                }
            }
            for i in 1..N {
                gradient[i] += l2 * w[i];
                hessian[i][i] += l2;
            }
            // The bias's own small ridge keeps the system solvable with no examples.
            hessian[0][0] += 1e-9;
            let step = solve(hessian, gradient);
            let mut largest: f64 = 0.0;
            for i in 0..N {
                w[i] -= step[i];
                largest = largest.max(step[i].abs());
            }
            if largest < 1e-10 {
                break;
            }
        }
        Model { weights: w }
    }
}

/// Newton steps at most (it converges in about ten).
const MAX_NEWTON_STEPS: usize = 50;

/// Solves `a x = b` for a symmetric positive-definite `a` (Cholesky).
fn solve(mut a: Vec<[f64; N]>, b: [f64; N]) -> [f64; N] {
    fn dot(x: &[f64], y: &[f64]) -> f64 {
        x.iter().zip(y).map(|(x, y)| x * y).sum()
    }
    for j in 0..N {
        let row = a[j];
        let d = (row[j] - dot(&row[..j], &row[..j])).max(1e-12).sqrt();
        a[j][j] = d;
        for below in a.iter_mut().skip(j + 1) {
            below[j] = (below[j] - dot(&below[..j], &row[..j])) / d;
        }
    }
    let mut y = [0.0; N];
    for i in 0..N {
        y[i] = (b[i] - dot(&a[i][..i], &y[..i])) / a[i][i];
    }
    let mut x = [0.0; N];
    for i in (0..N).rev() {
        let later: f64 = (i + 1..N).map(|k| a[k][i] * x[k]).sum();
        x[i] = (y[i] - later) / a[i][i];
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_weights_parse() {
        assert!(Model::parse(WEIGHTS).is_ok(), "{:?}", Model::parse(WEIGHTS));
    }

    #[test]
    fn weights_read_back_as_written() {
        let model = Model::rules_only();
        let text = model.to_text("a header");
        assert!(text.starts_with("# a header\n"));
        let back = Model::parse(&text).unwrap();
        assert_eq!(back.to_text("a header"), text);
        assert!(Model::parse("bias = 1\n")
            .unwrap_err()
            .contains("no weight"));
        assert!(Model::parse("nope = 1\n")
            .unwrap_err()
            .contains("unknown input"));
    }

    #[test]
    fn inputs_name_the_rule_family_and_buckets() {
        let features = Features {
            words_between: 4,
            names_between: 0,
            names_in_sentence: 2,
            kind_pair: 0,
            flags: Features::CUE,
        };
        let x = inputs(&features, Some(Rule::MemberOf));
        let on: Vec<&str> = INPUTS
            .iter()
            .zip(x)
            .filter(|(_, v)| *v != 0.0)
            .map(|(n, _)| *n)
            .collect();
        assert_eq!(
            on,
            [
                "bias",
                "stated",
                "rule attach",
                "words between 3-5",
                "cue between",
                "person"
            ]
        );
        assert_eq!(x[FIRST_KIND], 2.0, "two people");
        for (i, kind) in Kind::ALL.iter().enumerate() {
            assert_eq!(INPUTS[FIRST_KIND + i], kind.as_str());
        }
    }

    #[test]
    fn each_input_sits_where_its_name_says() {
        for (i, family) in FAMILIES.iter().enumerate() {
            assert_eq!(INPUTS[FIRST_FAMILY + i], format!("rule {family}"));
        }
        for rule in Rule::ALL {
            let family = rule.name().split("::").next().unwrap();
            assert!(
                FAMILIES.contains(&family) || family == "curation",
                "{family} has no input"
            );
        }
        let flags = [
            (Features::SAME_LIST, "same list"),
            (Features::CLAUSE_BREAK, "clause break"),
            (Features::CUE, "cue between"),
            (Features::ONE_QUOTED, "one quoted"),
            (Features::BOTH_QUOTED, "both quoted"),
            (Features::SUBJECT, "subject"),
            (Features::ASIDE, "aside"),
            (Features::ATTACHED, "attached"),
            (Features::PARENTHESIS, "parenthesis"),
            (Features::HEADLINE, "headline"),
            (Features::POSSESSIVE_OR_OF, "possessive or of"),
        ];
        assert_eq!(flags.len(), FLAGS);
        for (flag, name) in flags {
            let x = inputs(
                &Features {
                    flags: flag,
                    names_in_sentence: 2,
                    words_between: 30,
                    ..Features::default()
                },
                None,
            );
            let on: Vec<&str> = INPUTS
                .iter()
                .zip(x)
                .filter(|(_, v)| *v != 0.0)
                .map(|(n, _)| *n)
                .collect();
            assert_eq!(on, ["bias", name, "person"], "{flag}");
        }
        let with = |f: fn(&mut Features, u8), n: u8| {
            let mut features = Features::default();
            f(&mut features, n);
            features
        };
        let names_between: fn(&mut Features, u8) = |f, n| f.names_between = n;
        let in_sentence: fn(&mut Features, u8) = |f, n| f.names_in_sentence = n;
        let words: fn(&mut Features, u8) = |f, n| f.words_between = n;
        for (set, n, name) in [
            (names_between, 1, "names between 1"),
            (names_between, 2, "names between 2"),
            (names_between, 7, "names between 3+"),
            (in_sentence, 3, "names in sentence 3"),
            (in_sentence, 5, "names in sentence 4-5"),
            (in_sentence, 9, "names in sentence 6-9"),
            (in_sentence, 10, "names in sentence 10+"),
            (words, 2, "words between 0-2"),
            (words, 5, "words between 3-5"),
            (words, 10, "words between 6-10"),
            (words, 20, "words between 11-20"),
        ] {
            let x = inputs(&with(set, n), None);
            assert_eq!(
                x[INPUTS.iter().position(|i| *i == name).unwrap()],
                1.0,
                "{name}"
            );
        }
    }

    #[test]
    fn fitting_separates_what_it_can() {
        let mut stated = [0.0; N];
        stated[0] = 1.0;
        stated[1] = 1.0;
        let mut plain = [0.0; N];
        plain[0] = 1.0;
        let examples: Vec<_> = (0..40)
            .map(|i| (stated, i % 10 != 0))
            .chain((0..40).map(|i| (plain, i % 10 == 0)))
            .collect();
        let model = Model::fit(&examples, 0.01);
        assert!((model.probability(&stated) - 0.9).abs() < 0.01);
        assert!((model.probability(&plain) - 0.1).abs() < 0.01);
        assert_eq!(Model::fit(&examples, 0.01), model, "deterministic");
    }
}
