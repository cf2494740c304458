//! What the rules' example files (`relate/examples.toml`, `discover/examples.toml`)
//! share, for their tests: reading one, and checking every example in it.

use serde::de::DeserializeOwned;

/// One example of a rule.
pub(super) trait Example: DeserializeOwned {
    /// The rule it is for.
    fn rule(&self) -> &str;
    /// Its sentence.
    fn text(&self) -> &str;
    /// What is wrong with it, if anything.
    fn check(&self) -> Result<(), String>;
}

/// An example file: an array of `[[example]]` tables.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct File<E> {
    example: Vec<E>,
}

/// The examples of the file `name`, whose text is `text`.
pub(super) fn read<E: Example>(name: &str, text: &str) -> Vec<E> {
    toml::from_str::<File<E>>(text)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .example
}

/// Panics naming every example that does not hold, with its rule and sentence.
pub(super) fn assert_all_hold<E: Example>(examples: &[E]) {
    let failures: Vec<String> = examples
        .iter()
        .filter_map(|x| {
            x.check()
                .err()
                .map(|e| format!("{}: {e}\n  {}", x.rule(), x.text()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
