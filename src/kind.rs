//! The six kinds of actor Nexo knows.

use std::fmt;

/// What an entity is. Order is the display order of legends and summaries.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A named person.
    Person,
    /// A government body: ministry, armed force, police, task force, court, legislature.
    Agency,
    /// A criminal organisation or one of its named factions.
    Cartel,
    /// A treaty, initiative, framework, program, named law or strategy.
    Agreement,
    /// A sovereign state.
    Country,
    /// Any other named organisation: media, think tank, party, company, university.
    Organization,
}

impl Kind {
    /// Every kind, in display order.
    pub const ALL: [Self; 6] = [
        Self::Person,
        Self::Agency,
        Self::Cartel,
        Self::Agreement,
        Self::Country,
        Self::Organization,
    ];

    /// The lowercase name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Agency => "agency",
            Self::Cartel => "cartel",
            Self::Agreement => "agreement",
            Self::Country => "country",
            Self::Organization => "organization",
        }
    }

    /// Parses the lowercase name (as written in catalogs and on the command line).
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
