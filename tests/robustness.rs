//! No document may crash, hang or corrupt a run: random text built from the domain's
//! words, quotes, dashes and Unicode goes through the whole pipeline with a fixed seed
//! and a fixed number of corpora.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use nexo::catalog::Catalog;
use nexo::corpus::Corpus;
use nexo::extract::extract;
use nexo::synth::Rng;

mod common;

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

mod cli {
    use std::path::Path;

    use super::common::nexo;

    fn text(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    fn write(path: &Path, bytes: impl AsRef<[u8]>) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    const GOOD: &str = "Claudia Sheinbaum met Donald Trump in Washington.\n";

    /// The three sentences that crashed whole runs, beside a good document: every
    /// document loads and the run succeeds.
    #[test]
    fn the_sentences_that_crashed_runs_load_with_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("c");
        write(&c.join("good.txt"), GOOD);
        write(
            &c.join("nickname.txt"),
            "Police arrested Joaquín “El Chapo”\n",
        );
        write(
            &c.join("glued.txt"),
            "Police arrested Joaquín“El Chapo”Guzmán in Sinaloa.\n",
        );
        write(
            &c.join("initial.txt"),
            "The head of the cartel A. Harfuch said nothing.\n",
        );
        let out = nexo(dir.path(), &["extract", "--corpus", "c"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert!(stdout.contains("Documents   4"), "{stdout}");
        assert!(
            stdout.contains("Claudia Sheinbaum — Donald Trump"),
            "{stdout}"
        );
    }

    /// A FIFO, a device, a link loop, a second link to a folder and a file over the
    /// cap are each reported and skipped; every real document is loaded once; the exit
    /// code says files were skipped.
    #[cfg(unix)]
    #[test]
    fn special_files_links_and_huge_files_are_reported_and_skipped() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("c");
        write(&c.join("2024/a.txt"), GOOD);
        write(
            &c.join("b.txt"),
            "García Harfuch arrested members of the CJNG.\n",
        );
        symlink("2024", c.join("latest")).unwrap();
        symlink(".", c.join("self")).unwrap();
        symlink("/dev/zero", c.join("zero.txt")).unwrap();
        let fifo = std::process::Command::new("mkfifo")
            .arg(c.join("pipe.txt"))
            .status()
            .unwrap();
        assert!(fifo.success());
        write(&c.join("big.txt"), "word ".repeat(300_000));
        let out = nexo(
            dir.path(),
            &["extract", "--corpus", "c", "--max-file-mb", "1"],
        );
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            text(&out.stdout).contains("Documents   2"),
            "{}",
            text(&out.stdout)
        );
        assert!(
            err.contains("pipe.txt: skipped: not a regular file (a FIFO)"),
            "{err}"
        );
        assert!(
            err.contains("zero.txt: skipped: not a regular file (a device)"),
            "{err}"
        );
        assert!(err.contains("self: skipped: link loop"), "{err}");
        assert!(err.contains("latest: skipped: the same folder as"), "{err}");
        assert!(err.contains("big.txt: skipped: larger than 1 MiB"), "{err}");
        assert!(err.contains("5 files skipped"), "{err}");
    }

    /// Two file names that differ only in bytes that are not UTF-8 are two documents
    /// with two ids.
    #[cfg(target_os = "linux")]
    #[test]
    fn names_that_are_not_utf8_keep_distinct_ids() {
        use std::os::unix::ffi::OsStrExt as _;
        let dir = tempfile::tempdir().unwrap();
        let c = dir.path().join("c");
        std::fs::create_dir(&c).unwrap();
        for name in [&b"a\xE9.txt"[..], &b"a\xE8.txt"[..]] {
            std::fs::write(c.join(std::ffi::OsStr::from_bytes(name)), GOOD).unwrap();
        }
        let out = nexo(dir.path(), &["export", "--corpus", "c", "--out", "g.json"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let json = std::fs::read_to_string(dir.path().join("g.json")).unwrap();
        assert!(json.contains(r#""id": "a\\xE9.txt""#), "{json}");
        assert!(json.contains(r#""id": "a\\xE8.txt""#), "{json}");
    }

    /// UTF-16 with a byte-order mark is decoded, not refused as binary.
    #[test]
    fn utf16_with_a_bom_is_decoded() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = vec![0xFF, 0xFE];
        for u in GOOD.encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        write(&dir.path().join("c/a.txt"), bytes);
        let out = nexo(dir.path(), &["extract", "--corpus", "c"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(text(&out.stdout).contains("Claudia Sheinbaum — Donald Trump"));
        assert!(text(&out.stderr).contains("decoded from UTF-16LE"));
    }

    /// A 50 KB paragraph without a full stop is cut into pieces, with a warning, and
    /// its names are still related within each piece.
    #[test]
    fn an_unpunctuated_paragraph_is_cut_into_pieces() {
        let dir = tempfile::tempdir().unwrap();
        let words =
            "Sheinbaum met Trump and the Sinaloa Cartel with García Harfuch and the DEA said";
        let mut para = String::new();
        while para.len() < 50_000 {
            para.push_str(words);
            para.push(' ');
        }
        write(&dir.path().join("c/a.txt"), para);
        let out = nexo(dir.path(), &["extract", "--corpus", "c"]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("cut into pieces"));
        assert!(text(&out.stdout).contains("Claudia Sheinbaum — Donald Trump"));
    }

    /// Control characters in a document reach the terminal escaped.
    #[test]
    fn control_characters_are_escaped_on_the_terminal() {
        let dir = tempfile::tempdir().unwrap();
        write(
            &dir.path().join("c/a.txt"),
            "---\ntitle: x\ntitle: \u{1b}[31mred\n---\nClaudia Sheinbaum met Donald Trump.\n",
        );
        let out = nexo(dir.path(), &["extract", "--corpus", "c"]);
        let err = text(&out.stderr);
        assert!(!err.contains('\u{1b}') && !text(&out.stdout).contains('\u{1b}'));
        assert!(err.contains("appears more than once"), "{err}");
    }

    /// Numbers no export can use are refused before any work is done.
    #[test]
    fn absurd_numbers_on_the_command_line_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for args in [
            ["--width", "inf"],
            ["--width", "NaN"],
            ["--scale", "0"],
            ["--depth", "18446744073709551615"],
        ] {
            let mut all = vec!["export", "--out", "x.json"];
            all.extend(args);
            let out = nexo(dir.path(), &all);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            assert!(!dir.path().join("x.json").exists());
        }
    }

    /// Writes keep the target's mode, go through a link, refuse a read-only file unless
    /// forced, work for a long name, and leave no temporary file behind.
    #[cfg(unix)]
    #[test]
    fn exports_keep_mode_follow_links_and_respect_read_only_files() {
        use std::os::unix::fs::{symlink, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        write(&d.join("private.json"), "old");
        std::fs::set_permissions(d.join("private.json"), PermissionsExt::from_mode(0o600)).unwrap();
        let out = nexo(d, &["export", "--out", "private.json"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(mode(&d.join("private.json")), 0o600);

        symlink("private.json", d.join("link.json")).unwrap();
        let out = nexo(d, &["export", "--format", "dot", "--out", "link.json"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let meta = std::fs::symlink_metadata(d.join("link.json")).unwrap();
        assert!(meta.file_type().is_symlink(), "the link stays a link");
        assert!(std::fs::read_to_string(d.join("private.json"))
            .unwrap()
            .starts_with("graph"));

        write(&d.join("locked.json"), "keep");
        std::fs::set_permissions(d.join("locked.json"), PermissionsExt::from_mode(0o444)).unwrap();
        let out = nexo(d, &["export", "--out", "locked.json"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(
            text(&out.stderr).contains("read-only"),
            "{}",
            text(&out.stderr)
        );
        assert_eq!(
            std::fs::read_to_string(d.join("locked.json")).unwrap(),
            "keep"
        );
        let out = nexo(d, &["export", "--out", "locked.json", "--force"]);
        // Replacing is a rename in a writable folder: --force works for any user.
        assert!(out.status.success(), "{}", text(&out.stderr));

        // A new file gets the mode any new file gets here (not a temporary file's 0600),
        // and so does a new CSV folder.
        std::fs::write(d.join("plain.txt"), "x").unwrap();
        let out = nexo(d, &["export", "--out", "new.json"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(mode(&d.join("new.json")), mode(&d.join("plain.txt")));
        std::fs::create_dir(d.join("plain-dir")).unwrap();
        let out = nexo(d, &["export", "--format", "csv", "--out", "new-csv"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(mode(&d.join("new-csv")), mode(&d.join("plain-dir")));

        let long = format!("{}.json", "n".repeat(250));
        let out = nexo(d, &["export", "--out", &long]);
        assert!(out.status.success(), "{}", text(&out.stderr));

        // A missing folder is named as the destination's, not as a temporary file's.
        let out = nexo(d, &["export", "--out", "no/such/folder/x.json"]);
        assert_eq!(out.status.code(), Some(2));
        let err = text(&out.stderr);
        assert!(
            err.contains("no/such/folder/x.json") && !err.contains(".nexo-"),
            "{err}"
        );

        let leftovers: Vec<_> = std::fs::read_dir(d)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with(".nexo-"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    /// The three CSV files are replaced as one set, and a folder holding anything else
    /// of the user's is refused, not emptied.
    #[test]
    fn csv_is_written_as_a_set() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let out = nexo(d, &["export", "--format", "csv", "--out", "csv"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let out = nexo(
            d,
            &[
                "export", "--format", "csv", "--out", "csv", "--kinds", "person",
            ],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        let mut names: Vec<String> = std::fs::read_dir(d.join("csv"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["edges.csv", "evidence.csv", "nodes.csv"]);
        let nodes = std::fs::read_to_string(d.join("csv/nodes.csv")).unwrap();
        assert!(
            !nodes.contains(",country,"),
            "the second export replaced the first"
        );

        // A read-only file of the set is refused unless --force; modes are kept.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let nodes = d.join("csv/nodes.csv");
            std::fs::set_permissions(&nodes, PermissionsExt::from_mode(0o444)).unwrap();
            let out = nexo(d, &["export", "--format", "csv", "--out", "csv"]);
            assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
            assert!(text(&out.stderr).contains("read-only"));
            let out = nexo(d, &["export", "--format", "csv", "--out", "csv", "--force"]);
            assert!(out.status.success(), "{}", text(&out.stderr));
            let mode = std::fs::metadata(&nodes).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o444, "the replaced file keeps its mode");
        }

        write(&d.join("mine/notes.txt"), "my notes");
        let out = nexo(d, &["export", "--format", "csv", "--out", "mine"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(text(&out.stderr).contains("notes.txt"));
        assert_eq!(
            std::fs::read_to_string(d.join("mine/notes.txt")).unwrap(),
            "my notes"
        );
    }

    /// A catalog with a misspelt key or a context id nobody has is an error naming it.
    #[test]
    fn catalog_typos_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        write(&dir.path().join("c/a.txt"), GOOD);
        write(
            &dir.path().join("typo.toml"),
            "[[entity]]\nid = \"x\"\nname = \"Xavier Quux\"\nkind = \"person\"\nalias = [\"Quux\"]\n",
        );
        write(
            &dir.path().join("dangling.toml"),
            "[[entity]]\nid = \"x\"\nname = \"Xavier Quux\"\nkind = \"person\"\ncontext = [\"nobody\"]\n",
        );
        let out = nexo(
            dir.path(),
            &["extract", "--corpus", "c", "--catalog", "typo.toml"],
        );
        assert_eq!(out.status.code(), Some(2));
        let err = text(&out.stderr);
        assert!(err.contains("alias") && err.contains("typo.toml"), "{err}");
        let out = nexo(
            dir.path(),
            &["extract", "--corpus", "c", "--catalog", "dangling.toml"],
        );
        assert_eq!(out.status.code(), Some(2));
        let err = text(&out.stderr);
        assert!(
            err.contains("`nobody`") && err.contains("dangling.toml"),
            "{err}"
        );
    }
}

/// Real articles cut, spliced and sprinkled with quotes, dashes and stray marks at
/// random (a mutation fuzzer with a fixed seed) never panic either.
#[test]
fn mutated_articles_never_panic() {
    let catalog = Catalog::builtin().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/corpus");
    let articles: Vec<String> = Corpus::load(&dir)
        .unwrap()
        .documents
        .into_iter()
        .map(|d| d.text)
        .collect();
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<u64>().ok());
    let mut rng = Rng::new(env("NEXO_FUZZ_SEED").unwrap_or(0xA11CE));
    let rounds = env("NEXO_FUZZ_ROUNDS").unwrap_or(40) * 5;
    let marks = [
        "“", "”", "\"", "’", "—", "-", ".", ",", "(", ")", " ", "\n", "A.", "\u{301}",
    ];
    let mut failures = Vec::new();
    for round in 0..rounds {
        let source = rng.pick(&articles);
        // A window of the article, cut at character boundaries.
        let chars: Vec<char> = source.chars().collect();
        let from = rng.below(chars.len());
        let len = 1 + rng.below(600);
        let mut text: String = chars[from..(from + len).min(chars.len())].iter().collect();
        for _ in 0..rng.below(12) {
            let cut: Vec<char> = text.chars().collect();
            let at = rng.below(cut.len() + 1);
            let mark = rng.pick(&marks);
            let (head, tail): (String, String) =
                (cut[..at].iter().collect(), cut[at..].iter().collect());
            text = if rng.below(3) == 0 {
                // Drop a few characters.
                let skip = rng.below(4).min(tail.chars().count());
                format!("{head}{}", tail.chars().skip(skip).collect::<String>())
            } else {
                format!("{head}{mark}{tail}")
            };
        }
        let corpus = Corpus::from_texts([("m.txt", text.clone())]);
        if std::panic::catch_unwind(|| extract(&corpus, &catalog)).is_err() {
            failures.push(format!("round {round}: {text:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} documents panicked:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
