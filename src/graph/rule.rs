//! Provenance: the rule that made a passage. Every passage records one, so
//! `nexo extract --explain` can say why an edge is there, and a confidence score can
//! weigh each rule by how often it is right.
//!
//! The rules themselves live in `extract::relate`. When several rules relate the same
//! pair in one sentence, the passage keeps the first one's label, and its rule with it.

macro_rules! rules {
    ($($(#[$doc:meta])* $variant:ident => $name:literal,)*) => {
        /// The rule that related a pair of names in a sentence (one byte).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        pub enum Rule {
            $($(#[$doc])* $variant,)*
        }

        impl Rule {
            /// Every rule, in declaration order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's name, `family::rule`, as `--explain` prints it.
            pub fn name(self) -> &'static str {
                match self {
                    $(Rule::$variant => $name,)*
                }
            }

            /// The rule called `name`, if there is one.
            pub fn from_name(name: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|r| r.name() == name)
            }
        }
    };
}

rules! {
    /// "A at B" inside a name's phrase: "the Center for U.S.-Mexican Studies at the
    /// University of California" (part of).
    BodyAtInstitution => "attach::body_at_institution",
    /// A participle phrase after a comma and its agent: "The Jalisco cartel, led by
    /// Nemesio Oseguera, …".
    ParticipleAgent => "attach::participle_agent",
    /// A name before a title or a name: "U.S. Secretary of State Marco Rubio", "Mexico’s
    /// Navy".
    Premodifier => "attach::premodifier",
    /// A possessor before a named policy or agreement: "López Obrador’s … strategy".
    PossessedPolicy => "attach::possessed_policy",
    /// A possessor, a role and a comma before a name: "El Mencho’s son, Rubén Oseguera".
    PossessedRole => "attach::possessed_role",
    /// A name, its role, a comma and the holder: "the DEA administrator, Terrance Cole,".
    RoleHolder => "attach::role_holder",
    /// A role owned by a possessive pronoun: "the Gulf Cartel and its rival, the Cártel
    /// del Noreste".
    PronounPossessor => "attach::pronoun_possessor",
    /// "Michael Shifter of the Inter-American Dialogue" (member of).
    MemberOf => "attach::member_of",
    /// An apposition or parenthesis after a name: "Ovidio, a son of El Chapo".
    Apposition => "attach::apposition",
    /// "Led by X, the task force …": a fronted participle and the subject after it.
    FrontedParticiple => "frames::fronted_participle",
    /// A name that dates the sentence and the object of its frame noun: "during
    /// President Fox’s term".
    TimeFrame => "frames::time_frame",
    /// Two names joined by "and" acting together: "Sheinbaum and Rubio unveiled …".
    JointAction => "lists::joint_action",
    /// Two names after "by": "announced by Blinken and Ebrard".
    JointAgents => "lists::joint_agents",
    /// "cooperation between X and Y".
    Between => "lists::between",
    /// An opening scene's counterpart and the subject: "During a call with Rubio,
    /// Sheinbaum said …".
    SceneCounterpart => "pairs::scene_counterpart",
    /// The subject and what follows a summary: "…, a move that signals …".
    AcrossSummary => "pairs::across_summary",
    /// "Consuelo Porras, whom the United States sanctioned": the relative clause's verb.
    WhomClause => "pairs::whom_clause",
    /// An object, then a new verb phrase of the subject: "a master’s from Yale and
    /// previously served at the Institute".
    SecondVerbPhrase => "pairs::second_verb_phrase",
    /// A law used for a purpose: "Trump invoked the IEEPA to impose tariffs on Canada".
    InstrumentPurpose => "pairs::instrument_purpose",
    /// A clause about a nicknamed name inside a description: "X, the brother of Y, “El
    /// Mencho,” who is wanted by the DEA".
    NicknamedAntecedent => "pairs::nicknamed_antecedent",
    /// Two lists of names and the words between them (a relation cue, a verb, a
    /// preposition): "Rubio met Sheinbaum".
    Gap => "pairs::gap",
    /// The body that owns a linked name: "a master’s from Yale’s Jackson School".
    OwningBody => "pairs::owning_body",
    /// The speaker of a quotation and the names in it.
    Speaker => "quotes::speaker",
    /// A photo credit: "Photo: AFP/Getty Images".
    PhotoCredit => "credits::photo_credit",
    /// A byline: "By Didi Tang, The Associated Press".
    Byline => "credits::byline",
    /// A passage an analyst chose for a relation they added (a `relate` edit of the
    /// curation file): no rule, a person.
    ByHand => "curation::relate",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_read_back() {
        let mut names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Rule::ALL.len());
        for &rule in Rule::ALL {
            assert_eq!(Rule::from_name(rule.name()), Some(rule));
        }
        assert_eq!(Rule::from_name("no::such_rule"), None);
    }
}
