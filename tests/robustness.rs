//! No document may crash, hang or corrupt a run: random text built from the domain's
//! words, quotes, dashes and Unicode goes through the whole pipeline with a fixed seed
//! and a fixed number of corpora.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use nexo::catalog::Catalog;
use nexo::corpus::Corpus;
use nexo::extract::extract;
use nexo::synth::Rng;

/// Words a random sentence is made of: names, cue words, function words, punctuation
/// and the awkward characters real text holds.
const PIECES: &[&str] = &[
    "Joaquín",
    "“El Chapo”",
    "Guzmán",
    "El",
    "Chapo",
    "Sinaloa",
    "Cartel",
    "cartel",
    "the",
    "The",
    "of",
    "and",
    "and the",
    "A.",
    "J.",
    "Harfuch",
    "García",
    "Omar",
    "Sheinbaum",
    "Claudia",
    "Trump",
    "Donald",
    "Mexico",
    "Mexico’s",
    "U.S.",
    "United",
    "States",
    "DEA",
    "(DEA)",
    "(",
    ")",
    ",",
    ".",
    ";",
    ":",
    "—",
    "–",
    "-",
    "“",
    "”",
    "\"",
    "'",
    "’s",
    "’",
    "said",
    "met",
    "arrested",
    "extradited",
    "sanctioned",
    "led",
    "by",
    "with",
    "in",
    "to",
    "President",
    "Secretary",
    "Attorney General",
    "Ministry",
    "Institute",
    "for",
    "Security",
    "Jalisco",
    "New",
    "Generation",
    "CJNG",
    "Los",
    "Chapitos",
    "known as",
    "alias",
    "his",
    "her",
    "its",
    "He",
    "She",
    "It",
    "who",
    "whom",
    "which",
    "that",
    "according to",
    "a",
    "leader",
    "brother",
    "son",
    "\n",
    "\n\n",
    "Ñ",
    "é",
    "\u{301}",
    "\u{200b}",
    "\u{feff}",
    "🙂",
    "ß",
    "İ",
    "ﬁ",
    "Ⅻ",
    "Mc",
    "O’Brien",
    "San",
    "Diego",
    "Washington",
    "—",
    "WASHINGTON",
    "Ovidio",
    "Ismael",
    "“El Mayo”",
    "Zambada",
    "Treasury",
    "OFAC",
    "Office",
    "Foreign",
    "Assets",
    "Control",
    "Cártel",
    "de",
    "Nueva",
    "Generación",
    "Gulf",
    "Zetas",
    "task",
    "force",
    "Task",
    "Force",
    "Guard",
    "National",
    "Navy",
    "Army",
    "-based",
    "Guadalajara-based",
    "U.S.-led",
    "1",
    "2025",
    "57,",
    "Jr.",
    "Dr.",
    "Mr.",
    "Ms.",
    "St.",
    "No.",
    "...",
    "…",
    "?",
    "!",
    "«",
    "»",
    "„",
    "‘",
    "A",
    "I",
    "X",
    "Z",
    "Q.",
    "CIA",
    "FBI",
    "ATF",
    "“",
    "”Guzmán",
];

fn random_text(rng: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    for _ in 0..words {
        let piece = rng.pick(PIECES);
        // Glue some pieces together, as text without spaces around quotes does.
        if rng.below(4) != 0 {
            s.push(' ');
        }
        s.push_str(piece);
    }
    s
}

/// Random corpora of the domain's words go through load and extraction without a
/// panic, and every document is kept (none is reported as failed).
#[test]
fn random_domain_text_never_panics() {
    let catalog = Catalog::builtin().unwrap();
    // NEXO_FUZZ_SEED and NEXO_FUZZ_ROUNDS explore further than CI's fixed run.
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<u64>().ok());
    let mut rng = Rng::new(env("NEXO_FUZZ_SEED").unwrap_or(0x5EED_2026));
    let rounds = env("NEXO_FUZZ_ROUNDS").unwrap_or(40);
    let mut failures = Vec::new();
    for corpus_no in 0..rounds {
        let texts: Vec<(String, String)> = (0..40)
            .map(|i| {
                let words = 1 + rng.below(if i % 10 == 0 { 400 } else { 60 });
                (format!("r{i:03}.txt"), random_text(&mut rng, words))
            })
            .collect();
        for (id, text) in &texts {
            let corpus = Corpus::from_texts([(id.clone(), text.clone())]);
            let result = std::panic::catch_unwind(|| extract(&corpus, &catalog));
            if result.is_err() {
                failures.push(format!("corpus {corpus_no}, {id}: {text:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} documents panicked:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
