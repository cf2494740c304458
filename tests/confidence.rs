//! The passage-confidence model: the committed weights are what `scripts/train.sh`
//! fits, byte for byte, and a pair's features read what its sentence says.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use nexo::gold::{Split, Training};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The splits `scripts/train.sh` trains on (never the sealed one).
fn training_splits() -> Vec<Split> {
    let r = root();
    vec![
        Split::parse(&r.join("tests/dev").to_string_lossy()),
        Split::parse(&r.join("tests/unseen").to_string_lossy()),
        Split {
            corpus: r.join("data/corpus"),
            gold: r.join("tests/gold/bundled"),
        },
    ]
}

#[test]
fn the_committed_weights_are_a_fresh_fit_byte_for_byte() {
    let training = Training::of(&training_splits(), None).unwrap();
    let fresh = training.weights_file();
    let committed = std::fs::read_to_string(root().join("data/confidence.txt")).unwrap();
    assert_eq!(
        fresh, committed,
        "data/confidence.txt is stale: run scripts/train.sh"
    );
    // Twice gives the same bytes.
    assert_eq!(
        Training::of(&training_splits(), None)
            .unwrap()
            .weights_file(),
        fresh
    );
    assert!(training.examples.iter().any(|(_, y, _)| *y));
    assert!(training.examples.iter().any(|(_, y, _)| !*y));
}

#[test]
fn the_sealed_split_is_never_trained_on() {
    let script = std::fs::read_to_string(root().join("scripts/train.sh")).unwrap();
    let commands: Vec<&str> = script.lines().filter(|l| !l.starts_with('#')).collect();
    assert!(commands.iter().all(|l| !l.contains("sealed")), "{script}");
    assert!(commands.iter().any(|l| l.contains("tests/dev")), "{script}");
}
