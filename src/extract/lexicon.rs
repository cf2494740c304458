//! Word lists the rules rely on: titles, role nouns, organisation cue words, relation
//! cues with their labels, and common words that are capitalised only at a sentence
//! start. They describe English news prose in general, not any one article.
//!
//! The lists are data: one file each in `data/lexicon/`, compiled in. A file opens with
//! `#` lines saying what its words are for and how an entry is written; after that,
//! each non-blank line that is not a comment is one entry. [`word_info`] reads every
//! list once into a single table, so a token asks all of them in one lookup.

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use crate::kind::Kind;

/// One word list of `data/lexicon/`, compiled into the binary.
#[derive(Debug, Clone, Copy)]
pub struct List {
    /// Its file name in `data/lexicon/`.
    pub file: &'static str,
    /// The file's text.
    pub text: &'static str,
}

macro_rules! list {
    ($file:literal) => {
        List {
            file: $file,
            text: include_str!(concat!("../../data/lexicon/", $file)),
        }
    };
}

impl List {
    /// The entries in file order: every line that is neither blank nor a `#` comment,
    /// trimmed.
    pub fn entries(self) -> impl Iterator<Item = &'static str> {
        self.text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
    }

    /// The words of the list, in file order (an entry's first word).
    pub fn words(self) -> impl Iterator<Item = &'static str> {
        self.pairs().map(|(word, _)| word)
    }

    /// Each entry as its word and the rest of its line (the kind or label it gives;
    /// empty in a list of plain words).
    pub fn pairs(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.entries().map(|entry| match entry.split_once(' ') {
            Some((word, value)) => (word, value.trim()),
            None => (entry, ""),
        })
    }
}

/// Words that introduce a person's name when capitalised before it ("Secretary", "Gen.").
pub const TITLES: List = list!("titles.txt");

/// Nouns that name a role someone has (used in appositions and in labels).
pub const ROLE_NOUNS: List = list!("role_nouns.txt");

/// Organisation cue words and the kind they signal (compared in lowercase).
pub const ORG_CUES: List = list!("org_cues.txt");

/// The kind an organisation cue word signals.
pub fn org_cue(word_lower: &str) -> Option<Kind> {
    word_info(word_lower).org_cue
}

/// Relation cues: a word form and the label it gives an edge. Verb forms and their
/// nominalisations share one label.
pub const RELATION_CUES: List = list!("relation_cues.txt");

/// The label of a relation cue word (lowercase), if it is one.
pub fn relation_cue(word_lower: &str) -> Option<&'static str> {
    word_info(word_lower).relation_cue
}

/// Prepositions that can link two names over a short distance ("Shifter of the Dialogue",
/// "arrested by DEA agents", "talks with Rubio").
pub const LINKING_PREPOSITIONS: List = list!("linking_prepositions.txt");

/// Words that break a sentence into clauses that usually say separate things.
pub const CLAUSE_BREAKERS: List = list!("clause_breakers.txt");

/// Capitalised words that are ordinary English (sentence starts, months, days) and so
/// are never the start of a discovered name on their own.
pub const COMMON_CAPITALISED: List = list!("common_capitalised.txt");

/// Verbs of speaking and acting that, right after a two- or three-word capitalised name,
/// show the name is a person's ("Shifter told", "Tapia noted").
pub const PERSON_VERBS: List = list!("person_verbs.txt");

/// Auxiliary and modal verbs: a verb phrase starts after one ("has argued", "will
/// meet").
pub const AUXILIARIES: List = list!("auxiliaries.txt");

/// Common given names (lowercase, accents folded), English and Spanish. A capitalised
/// pair that starts with one is taken to be a person.
pub const GIVEN_NAMES: List = list!("given_names.txt");

/// The given names of [`GIVEN_NAMES`] borne mostly by women.
pub const FEMALE_GIVEN_NAMES: List = list!("female_given_names.txt");

/// The given names of [`GIVEN_NAMES`] borne by men and women alike.
pub const UNISEX_GIVEN_NAMES: List = list!("unisex_given_names.txt");

/// Nouns after a country abbreviation that name people or bodies acting for it ("U.S.
/// officials"): the country then acts through them.
pub const ACTING_NOUNS: List = list!("acting_nouns.txt");

/// Words after which a noun phrase stands in an object's place: articles, prepositions,
/// determiners of possession.
pub const OBJECT_MARKERS: List = list!("object_markers.txt");

/// Lowercase words that follow a name without being a noun it describes ("to the U.S.
/// this year", "from the U.S. after …", "the United States nonetheless grew").
pub const NOT_NOUNS: List = list!("not_nouns.txt");

/// Nouns that name an act or a stance, whose agent a country before them is ("U.S.
/// pressure", "U.S. demand"); nouns ending in -ment, -tion, -sion, -ness, -ance, -ence or
/// -ure are read as such too, but for [`THING_NOUNS`].
pub const ACT_NOUNS: List = list!("act_nouns.txt");

/// Nouns with an act's ending that name a thing or a place ("U.S. jurisdiction").
pub const THING_NOUNS: List = list!("thing_nouns.txt");

/// Nouns for what a source says ("the Journal’s report that …"): its owner is the source,
/// not a party to the content.
pub const REPORT_NOUNS: List = list!("report_nouns.txt");

/// Plain nouns for the listeners of a speech ("told reporters"): what is named after them
/// is a place or a company, not who was told.
pub const AUDIENCE_NOUNS: List = list!("audience_nouns.txt");

/// Days and months: capitalised, common, and never the end of a name ("Lantia
/// Intelligence on Monday"). Also in [`WordClass::COMMON_CAPITALISED`].
pub const DATE_WORDS: List = list!("date_words.txt");

/// Common nouns that say what kind of organisation a name is, written before it ("the
/// consultancy Agon", "two Indian companies, Raxuter Chemicals and …") or after it in
/// apposition ("Interstate Arms, a Massachusetts wholesaler"). Singular and plural.
pub const ORG_DESCRIPTORS: List = list!("org_descriptors.txt");

/// Roles held at an institution, not at a place: "a security consultant at Lantia
/// Intelligence" names where someone works ("border agents at El Paso" does not). The
/// [`MEDIA_ROLES`] are affiliation roles too.
pub const AFFILIATION_ROLES: List = list!("affiliation_roles.txt");

/// Roles held "for" a publication ("a trade correspondent for Northern Wire"), and "at"
/// one (in [`WordClass::AFFILIATION_ROLE`] as well).
pub const MEDIA_ROLES: List = list!("media_roles.txt");

/// Common nouns that say a name is a criminal group ("Los Chapitos, a faction of …").
pub const CARTEL_DESCRIPTORS: List = list!("cartel_descriptors.txt");

/// Prepositions after which a capitalised run is a place, not a person ("in San Diego", "across Capitol Hill").
pub const PLACE_PREPOSITIONS: List = list!("place_prepositions.txt");

/// Words that end the head of a descriptive phrase after a name (", a group based in …", ", a firm that …").
pub const DESCRIPTOR_PHRASE_ENDS: List = list!("descriptor_phrase_ends.txt");

/// Lowercase words read through inside a name before a descriptor ("the Bank of the South and …", "de", "del").
pub const NAME_GLUE_WORDS: List = list!("name_glue_words.txt");

/// Lowercase words that never make the descriptor noun of a role before a name.
pub const NOT_DESCRIPTOR_NOUNS: List = list!("not_descriptor_nouns.txt");

/// Modifiers that make a group noun a criminal group ("armed group", "trafficking organization").
pub const CRIME_MODIFIERS: List = list!("crime_modifiers.txt");

/// Particles inside a surname ("de la Fuente", "van der Berg"): a person's alias keeps them.
pub const NAME_PARTICLES: List = list!("name_particles.txt");

/// Linking verbs after a name that open a description of it ("X, who is …", "X was …").
pub const COPULAS: List = list!("copulas.txt");

/// Lowercase words that may stand between a name and the name it modifies ("Mexico’s former president …").
pub const PREMODIFIER_WORDS: List = list!("premodifier_words.txt");

/// Nouns that open a photo credit ("Photo by X / AFP").
pub const PHOTO_NOUNS: List = list!("photo_nouns.txt");

/// Labels that open a line of page furniture ("Tags:", "Topics:").
pub const FURNITURE_LABELS: List = list!("furniture_labels.txt");

/// True for a label of [`FURNITURE_LABELS`] (a handful, read once per line).
pub fn is_furniture_label(word_lower: &str) -> bool {
    FURNITURE_LABELS.words().any(|w| w == word_lower)
}

/// Prepositions that open an adverbial phrase setting the scene for the subject after its comma ("Following the operation in Venezuela, Trump …").
pub const SCENE_PREPOSITIONS: List = list!("scene_prepositions.txt");

/// Possessive determiners that, like an article, open the noun phrase of an opening adverbial ("In his speech, …").
pub const POSSESSIVE_DETERMINERS: List = list!("possessive_determiners.txt");

/// Prepositions after an opening participle that name its object ("Speaking at the Wilson Center, …").
pub const PARTICIPLE_PREPOSITIONS: List = list!("participle_prepositions.txt");

/// Words in -ing that open a sentence as prepositions, not as participles ("According to …", "Following …").
pub const PREPOSITION_PARTICIPLES: List = list!("preposition_participles.txt");

/// Prepositions after a frame noun that name its object ("Blinken’s visit to Mexico").
pub const FRAME_OBJECT_PREPOSITIONS: List = list!("frame_object_prepositions.txt");

/// Nouns that make their possessor a time frame: a term of office, a visit, an election. Not an arrest, a capture or a death, which annotators relate ("a show of force after Ovidio’s arrest").
pub const FRAME_NOUNS: List = list!("frame_nouns.txt");

/// Prepositions that open a time frame: a name after them only dates the sentence ("under AMLO’s government", "before Rubio’s visit").
pub const TEMPORAL_PREPOSITIONS: List = list!("temporal_prepositions.txt");

/// Adverbs read past to find the verb they modify (all the rules that look for a verb
/// past adverbs share it).
pub const ADVERBS: List = list!("adverbs.txt");

/// Pronouns (and possessives) that give a relative clause a subject of its own ("an ad that he quoted").
pub const SUBJECT_PRONOUNS: List = list!("subject_pronouns.txt");

/// Conjunctions that open a subordinate clause with its own subject ("… after Sinaloa Cartel gunmen besieged …").
pub const SUBORDINATORS: List = list!("subordinators.txt");

/// Relative words that make a parenthesis a clause, not a plain aside read through.
pub const ASIDE_RELATIVES: List = list!("aside_relatives.txt");

/// Adverbs read past to find a verb ("has strategically used", "will not cooperate"); adverbs in -ly are read past too.
pub const ADVERBS_BEFORE_VERB: List = list!("adverbs_before_verb.txt");

/// Adverbs read past to the verb after a pair acting together ("Sheinbaum and Rubio jointly announced …").
pub const JOINT_ACTION_ADVERBS: List = list!("joint_action_adverbs.txt");

/// Words that may stand between the names of a list ("A as well as B", "A and its partner B").
pub const LIST_FILLERS: List = list!("list_fillers.txt");

/// Words in person_verbs.txt that are no verb of speaking.
pub const PERSON_VERBS_NOT_SPEECH: List = list!("person_verbs_not_speech.txt");

/// Verbs of saying that close a report (", the Justice Department said.").
pub const REPORT_VERBS: List = list!("report_verbs.txt");

/// Relative pronouns that open a clause about the name before them.
pub const RELATIVE_PRONOUNS: List = list!("relative_pronouns.txt");

/// Irregular past tenses and participles ("met", "led"); regular ones end in -ed.
pub const IRREGULAR_PASTS: List = list!("irregular_pasts.txt");

/// Prepositions, articles and other determiners, conjunctions and relative pronouns: never a verb ("talks with Lutnick and Greer this year"). For the relation rules (discovery has its own list, function_words_discover.txt).
pub const FUNCTION_WORDS_RELATE: List = list!("function_words_relate.txt");

/// Function words that open a capitalised run without being part of the name ("The", "In", "His"). For discovery (the relation rules have their own list, function_words_relate.txt).
pub const FUNCTION_WORDS_DISCOVER: List = list!("function_words_discover.txt");

/// Lowercase words that join the words of a name ("Bank of the South", "Cártel del Golfo", "Jalisco y …"); a name never ends on one.
pub const NAME_CONNECTORS: List = list!("name_connectors.txt");

/// Head nouns too general to point back at one body: "the administration" is a government, "the police" any police.
pub const GENERIC_HEADS: List = list!("generic_heads.txt");

/// Nouns that sum up the clause before them: "…, a move that …".
pub const SUMMARY_NOUNS: List = list!("summary_nouns.txt");

/// Stems of verbs of deciding or weighing ("decide whether"), matched at a word's start.
pub const DELIBERATION_STEMS: List = list!("deliberation_stems.txt");

/// Endings of nouns that name an act or a stance ("involvement"), matched at a word's end.
pub const ACT_NOUN_ENDINGS: List = list!("act_noun_endings.txt");

/// Pronouns that, opening a sentence ("He is no stranger to …"), continue the story of
/// the person the sentence before was about.
pub const OPENING_PRONOUNS: List = list!("opening_pronouns.txt");

/// Pronouns that, before anyone is named in a sentence, continue the story of the
/// person the sentence before was about.
pub const STORY_PRONOUNS: List = list!("story_pronouns.txt");

/// Every list, in the order [`word_info`] reads them (for the lexicon's tests and
/// tools).
pub const ALL: [List; 61] = [
    TITLES,
    ROLE_NOUNS,
    ORG_CUES,
    RELATION_CUES,
    LINKING_PREPOSITIONS,
    CLAUSE_BREAKERS,
    COMMON_CAPITALISED,
    PERSON_VERBS,
    AUXILIARIES,
    GIVEN_NAMES,
    FEMALE_GIVEN_NAMES,
    UNISEX_GIVEN_NAMES,
    ACTING_NOUNS,
    OBJECT_MARKERS,
    NOT_NOUNS,
    ACT_NOUNS,
    THING_NOUNS,
    REPORT_NOUNS,
    AUDIENCE_NOUNS,
    DATE_WORDS,
    ORG_DESCRIPTORS,
    AFFILIATION_ROLES,
    MEDIA_ROLES,
    CARTEL_DESCRIPTORS,
    PLACE_PREPOSITIONS,
    DESCRIPTOR_PHRASE_ENDS,
    NAME_GLUE_WORDS,
    NOT_DESCRIPTOR_NOUNS,
    CRIME_MODIFIERS,
    NAME_PARTICLES,
    COPULAS,
    PREMODIFIER_WORDS,
    PHOTO_NOUNS,
    FURNITURE_LABELS,
    SCENE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    PARTICIPLE_PREPOSITIONS,
    PREPOSITION_PARTICIPLES,
    FRAME_OBJECT_PREPOSITIONS,
    FRAME_NOUNS,
    TEMPORAL_PREPOSITIONS,
    ADVERBS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    ASIDE_RELATIVES,
    ADVERBS_BEFORE_VERB,
    JOINT_ACTION_ADVERBS,
    LIST_FILLERS,
    PERSON_VERBS_NOT_SPEECH,
    REPORT_VERBS,
    RELATIVE_PRONOUNS,
    IRREGULAR_PASTS,
    FUNCTION_WORDS_RELATE,
    FUNCTION_WORDS_DISCOVER,
    NAME_CONNECTORS,
    GENERIC_HEADS,
    SUMMARY_NOUNS,
    DELIBERATION_STEMS,
    ACT_NOUN_ENDINGS,
    OPENING_PRONOUNS,
    STORY_PRONOUNS,
];

/// The word lists a folded word belongs to, as a bit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordClass(u64);

impl WordClass {
    /// [`TITLES`].
    pub const TITLE: Self = Self(1);
    /// [`ROLE_NOUNS`].
    pub const ROLE_NOUN: Self = Self(1 << 1);
    /// [`LINKING_PREPOSITIONS`].
    pub const LINKING_PREPOSITION: Self = Self(1 << 2);
    /// [`CLAUSE_BREAKERS`].
    pub const CLAUSE_BREAKER: Self = Self(1 << 3);
    /// [`COMMON_CAPITALISED`].
    pub const COMMON_CAPITALISED: Self = Self(1 << 4);
    /// [`PERSON_VERBS`].
    pub const PERSON_VERB: Self = Self(1 << 5);
    /// [`GIVEN_NAMES`].
    pub const GIVEN_NAME: Self = Self(1 << 6);
    /// [`AUXILIARIES`].
    pub const AUXILIARY: Self = Self(1 << 7);
    /// [`FEMALE_GIVEN_NAMES`].
    pub const FEMALE_NAME: Self = Self(1 << 8);
    /// The other [`GIVEN_NAMES`], but for [`UNISEX_GIVEN_NAMES`].
    pub const MALE_NAME: Self = Self(1 << 9);
    /// [`ACTING_NOUNS`].
    pub const ACTING_NOUN: Self = Self(1 << 10);
    /// [`OBJECT_MARKERS`].
    pub const OBJECT_MARKER: Self = Self(1 << 11);
    /// [`NOT_NOUNS`].
    pub const NOT_NOUN: Self = Self(1 << 12);
    /// [`ACT_NOUNS`].
    pub const ACT_NOUN: Self = Self(1 << 13);
    /// [`THING_NOUNS`].
    pub const THING_NOUN: Self = Self(1 << 14);
    /// [`REPORT_NOUNS`].
    pub const REPORT_NOUN: Self = Self(1 << 15);
    /// [`AUDIENCE_NOUNS`].
    pub const AUDIENCE_NOUN: Self = Self(1 << 16);
    /// [`ORG_DESCRIPTORS`].
    pub const ORG_DESCRIPTOR: Self = Self(1 << 17);
    /// [`CARTEL_DESCRIPTORS`].
    pub const CARTEL_DESCRIPTOR: Self = Self(1 << 18);
    /// [`DATE_WORDS`].
    pub const DATE: Self = Self(1 << 19);
    /// [`AFFILIATION_ROLES`].
    pub const AFFILIATION_ROLE: Self = Self(1 << 20);
    /// [`MEDIA_ROLES`].
    pub const MEDIA_ROLE: Self = Self(1 << 21);
    /// [`PLACE_PREPOSITIONS`].
    pub const PLACE_PREPOSITION: Self = Self(1 << 22);
    /// [`DESCRIPTOR_PHRASE_ENDS`].
    pub const DESCRIPTOR_PHRASE_END: Self = Self(1 << 23);
    /// [`NAME_GLUE_WORDS`].
    pub const NAME_GLUE_WORD: Self = Self(1 << 24);
    /// [`NOT_DESCRIPTOR_NOUNS`].
    pub const NOT_DESCRIPTOR_NOUN: Self = Self(1 << 25);
    /// [`CRIME_MODIFIERS`].
    pub const CRIME_MODIFIER: Self = Self(1 << 26);
    /// [`NAME_PARTICLES`].
    pub const NAME_PARTICLE: Self = Self(1 << 27);
    /// [`COPULAS`].
    pub const COPULA: Self = Self(1 << 28);
    /// [`PREMODIFIER_WORDS`].
    pub const PREMODIFIER_WORD: Self = Self(1 << 29);
    /// [`PHOTO_NOUNS`].
    pub const PHOTO_NOUN: Self = Self(1 << 30);
    /// [`SCENE_PREPOSITIONS`].
    pub const SCENE_PREPOSITION: Self = Self(1 << 31);
    /// [`POSSESSIVE_DETERMINERS`].
    pub const POSSESSIVE_DETERMINER: Self = Self(1 << 32);
    /// [`PARTICIPLE_PREPOSITIONS`].
    pub const PARTICIPLE_PREPOSITION: Self = Self(1 << 33);
    /// [`PREPOSITION_PARTICIPLES`].
    pub const PREPOSITION_PARTICIPLE: Self = Self(1 << 34);
    /// [`FRAME_OBJECT_PREPOSITIONS`].
    pub const FRAME_OBJECT_PREPOSITION: Self = Self(1 << 35);
    /// [`FRAME_NOUNS`].
    pub const FRAME_NOUN: Self = Self(1 << 36);
    /// [`TEMPORAL_PREPOSITIONS`].
    pub const TEMPORAL_PREPOSITION: Self = Self(1 << 37);
    /// [`ADVERBS`].
    pub const ADVERB: Self = Self(1 << 38);
    /// [`SUBJECT_PRONOUNS`].
    pub const SUBJECT_PRONOUN: Self = Self(1 << 39);
    /// [`SUBORDINATORS`].
    pub const SUBORDINATOR: Self = Self(1 << 40);
    /// [`ASIDE_RELATIVES`].
    pub const ASIDE_RELATIVE: Self = Self(1 << 41);
    /// [`ADVERBS_BEFORE_VERB`].
    pub const ADVERB_BEFORE_VERB: Self = Self(1 << 42);
    /// [`JOINT_ACTION_ADVERBS`].
    pub const JOINT_ACTION_ADVERB: Self = Self(1 << 43);
    /// [`LIST_FILLERS`].
    pub const LIST_FILLER: Self = Self(1 << 44);
    /// [`PERSON_VERBS_NOT_SPEECH`].
    pub const PERSON_VERB_NOT_SPEECH: Self = Self(1 << 46);
    /// [`REPORT_VERBS`].
    pub const REPORT_VERB: Self = Self(1 << 47);
    /// [`RELATIVE_PRONOUNS`].
    pub const RELATIVE_PRONOUN: Self = Self(1 << 48);
    /// [`IRREGULAR_PASTS`].
    pub const IRREGULAR_PAST: Self = Self(1 << 49);
    /// [`FUNCTION_WORDS_RELATE`].
    pub const FUNCTION_WORD_RELATE: Self = Self(1 << 50);
    /// [`FUNCTION_WORDS_DISCOVER`].
    pub const FUNCTION_WORD_DISCOVER: Self = Self(1 << 51);
    /// [`NAME_CONNECTORS`].
    pub const NAME_CONNECTOR: Self = Self(1 << 52);
    /// [`GENERIC_HEADS`].
    pub const GENERIC_HEAD: Self = Self(1 << 53);
    /// [`SUMMARY_NOUNS`].
    pub const SUMMARY_NOUN: Self = Self(1 << 54);
    /// [`OPENING_PRONOUNS`].
    pub const OPENING_PRONOUN: Self = Self(1 << 55);
    /// [`STORY_PRONOUNS`].
    pub const STORY_PRONOUN: Self = Self(1 << 56);

    /// True if the word is in every list of `other`.
    pub fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }
}

/// Everything the lexicon says of one folded word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// The lists it belongs to.
    pub class: WordClass,
    /// The kind it signals as an organisation cue word ([`ORG_CUES`]).
    pub org_cue: Option<Kind>,
    /// Its label as a relation cue ([`RELATION_CUES`]).
    pub relation_cue: Option<&'static str>,
}

/// What the lexicon says of a word outside every list.
pub static UNLISTED: WordInfo = WordInfo {
    class: WordClass(0),
    org_cue: None,
    relation_cue: None,
};

/// Everything the lexicon says of `word_lower` (folded), in one lookup: the rules ask
/// several lists about the same word, and [`crate::extract::tokens::Token`] keeps the
/// answer.
pub fn word_info(word_lower: &str) -> &'static WordInfo {
    static MAP: LazyLock<HashMap<Box<str>, WordInfo>> = LazyLock::new(|| {
        let mut map: HashMap<Box<str>, WordInfo> = HashMap::default();
        let lists = [
            (TITLES, WordClass::TITLE),
            (ROLE_NOUNS, WordClass::ROLE_NOUN),
            (LINKING_PREPOSITIONS, WordClass::LINKING_PREPOSITION),
            (CLAUSE_BREAKERS, WordClass::CLAUSE_BREAKER),
            (COMMON_CAPITALISED, WordClass::COMMON_CAPITALISED),
            (PERSON_VERBS, WordClass::PERSON_VERB),
            (AUXILIARIES, WordClass::AUXILIARY),
            (ACTING_NOUNS, WordClass::ACTING_NOUN),
            (OBJECT_MARKERS, WordClass::OBJECT_MARKER),
            (NOT_NOUNS, WordClass::NOT_NOUN),
            (ACT_NOUNS, WordClass::ACT_NOUN),
            (THING_NOUNS, WordClass::THING_NOUN),
            (REPORT_NOUNS, WordClass::REPORT_NOUN),
            (AUDIENCE_NOUNS, WordClass::AUDIENCE_NOUN),
            (ORG_DESCRIPTORS, WordClass::ORG_DESCRIPTOR),
            (CARTEL_DESCRIPTORS, WordClass::CARTEL_DESCRIPTOR),
            (AFFILIATION_ROLES, WordClass::AFFILIATION_ROLE),
            (
                MEDIA_ROLES,
                WordClass(WordClass::MEDIA_ROLE.0 | WordClass::AFFILIATION_ROLE.0),
            ),
            (
                DATE_WORDS,
                WordClass(WordClass::DATE.0 | WordClass::COMMON_CAPITALISED.0),
            ),
            (PLACE_PREPOSITIONS, WordClass::PLACE_PREPOSITION),
            (DESCRIPTOR_PHRASE_ENDS, WordClass::DESCRIPTOR_PHRASE_END),
            (NAME_GLUE_WORDS, WordClass::NAME_GLUE_WORD),
            (NOT_DESCRIPTOR_NOUNS, WordClass::NOT_DESCRIPTOR_NOUN),
            (CRIME_MODIFIERS, WordClass::CRIME_MODIFIER),
            (NAME_PARTICLES, WordClass::NAME_PARTICLE),
            (COPULAS, WordClass::COPULA),
            (PREMODIFIER_WORDS, WordClass::PREMODIFIER_WORD),
            (PHOTO_NOUNS, WordClass::PHOTO_NOUN),
            (SCENE_PREPOSITIONS, WordClass::SCENE_PREPOSITION),
            (POSSESSIVE_DETERMINERS, WordClass::POSSESSIVE_DETERMINER),
            (PARTICIPLE_PREPOSITIONS, WordClass::PARTICIPLE_PREPOSITION),
            (PREPOSITION_PARTICIPLES, WordClass::PREPOSITION_PARTICIPLE),
            (
                FRAME_OBJECT_PREPOSITIONS,
                WordClass::FRAME_OBJECT_PREPOSITION,
            ),
            (FRAME_NOUNS, WordClass::FRAME_NOUN),
            (TEMPORAL_PREPOSITIONS, WordClass::TEMPORAL_PREPOSITION),
            (ADVERBS, WordClass::ADVERB),
            (SUBJECT_PRONOUNS, WordClass::SUBJECT_PRONOUN),
            (SUBORDINATORS, WordClass::SUBORDINATOR),
            (ASIDE_RELATIVES, WordClass::ASIDE_RELATIVE),
            (ADVERBS_BEFORE_VERB, WordClass::ADVERB_BEFORE_VERB),
            (JOINT_ACTION_ADVERBS, WordClass::JOINT_ACTION_ADVERB),
            (LIST_FILLERS, WordClass::LIST_FILLER),
            (PERSON_VERBS_NOT_SPEECH, WordClass::PERSON_VERB_NOT_SPEECH),
            (REPORT_VERBS, WordClass::REPORT_VERB),
            (RELATIVE_PRONOUNS, WordClass::RELATIVE_PRONOUN),
            (IRREGULAR_PASTS, WordClass::IRREGULAR_PAST),
            (FUNCTION_WORDS_RELATE, WordClass::FUNCTION_WORD_RELATE),
            (FUNCTION_WORDS_DISCOVER, WordClass::FUNCTION_WORD_DISCOVER),
            (NAME_CONNECTORS, WordClass::NAME_CONNECTOR),
            (GENERIC_HEADS, WordClass::GENERIC_HEAD),
            (SUMMARY_NOUNS, WordClass::SUMMARY_NOUN),
            (OPENING_PRONOUNS, WordClass::OPENING_PRONOUN),
            (STORY_PRONOUNS, WordClass::STORY_PRONOUN),
        ];
        for (list, class) in lists {
            for w in list.words() {
                map.entry(w.into()).or_default().class.0 |= class.0;
            }
        }
        let female: HashSet<&str> = FEMALE_GIVEN_NAMES.words().collect();
        let unisex: HashSet<&str> = UNISEX_GIVEN_NAMES.words().collect();
        for w in GIVEN_NAMES.words() {
            let gender = if female.contains(w) {
                WordClass::FEMALE_NAME
            } else if unisex.contains(w) {
                WordClass(0)
            } else {
                WordClass::MALE_NAME
            };
            map.entry(w.into()).or_default().class.0 |= WordClass::GIVEN_NAME.0 | gender.0;
        }
        // A word listed twice keeps its last kind or label. A kind that is not a
        // kind's name is caught by the lexicon's tests.
        for (w, kind) in ORG_CUES.pairs() {
            if let Some(kind) = Kind::parse(kind) {
                map.entry(w.into()).or_default().org_cue = Some(kind);
            }
        }
        for (w, label) in RELATION_CUES.pairs() {
            map.entry(w.into()).or_default().relation_cue = Some(label);
        }
        // The other forms of a listed verb ("control" → "controls", "controlled",
        // "controlling") carry its label unless listed themselves.
        for (w, label) in RELATION_CUES.pairs() {
            for form in inflections(w) {
                let info = map.entry(form.into()).or_default();
                info.relation_cue.get_or_insert(label);
            }
        }
        map
    });
    MAP.get(word_lower).unwrap_or(&UNLISTED)
}

/// The endings of [`ACT_NOUN_ENDINGS`], read from the file once (a rule asks for them
/// token after token).
pub fn act_noun_endings() -> &'static [&'static str] {
    static ENDINGS: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| ACT_NOUN_ENDINGS.words().collect());
    &ENDINGS
}

/// True if the folded `word` is in the word lists of `class` (for a word that is no
/// token; a token caches the answer: [`crate::extract::tokens::Token::is`]).
pub fn is(word_lower: &str, class: WordClass) -> bool {
    word_info(word_lower).class.contains(class)
}

/// True if the folded `word` is the plural of a word in `class` ("brothers", "sons").
pub fn is_plural_of(word: &str, class: WordClass) -> bool {
    word.strip_suffix('s')
        .is_some_and(|singular| word_info(singular).class.contains(class))
}

/// The regular third-person, past and gerund forms of a base verb ("seize" →
/// "seizes", "seized", "seizing"; "ally" → "allies", "allied", "allying"). A word that
/// already looks inflected, or is too short to be a verb stem, has none.
fn inflections(base: &str) -> Vec<String> {
    let inflected = base.ends_with('s') || base.ends_with("ed") || base.ends_with("ing");
    if inflected || base.len() < 4 || !base.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let bytes = base.as_bytes();
    let last = bytes[bytes.len() - 1];
    let before_last = bytes[bytes.len() - 2];
    let is_vowel = |b: u8| b"aeiou".contains(&b);
    if last == b'y' && !is_vowel(before_last) {
        let stem = &base[..base.len() - 1];
        return vec![
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{base}ing"),
        ];
    }
    if last == b'e' {
        let stem = &base[..base.len() - 1];
        let gerund = if before_last == b'e' {
            format!("{base}ing")
        } else {
            format!("{stem}ing")
        };
        return vec![format!("{base}s"), format!("{base}d"), gerund];
    }
    let third = if base.ends_with("sh") || base.ends_with("ch") || matches!(last, b'x' | b'z') {
        format!("{base}es")
    } else {
        format!("{base}s")
    };
    let mut forms = vec![third, format!("{base}ed"), format!("{base}ing")];
    // "control" → "controlled": a final consonant after one vowel may double (whether
    // it does depends on stress, so both spellings are listed; the wrong one never
    // occurs in text).
    let before_before = bytes[bytes.len() - 3];
    if !is_vowel(last)
        && !matches!(last, b'w' | b'x' | b'y')
        && is_vowel(before_last)
        && !is_vowel(before_before)
    {
        let doubled = format!("{base}{}", last as char);
        forms.push(format!("{doubled}ed"));
        forms.push(format!("{doubled}ing"));
    }
    forms
}

macro_rules! membership {
    ($(#[$doc:meta] $name:ident => $class:ident;)*) => {$(
        #[$doc]
        pub fn $name(word_lower: &str) -> bool {
            word_info(word_lower).class.contains(WordClass::$class)
        }
    )*};
}

membership! {
    /// True for a title word ("secretary", "gen").
    is_title => TITLE;
    /// True for a role noun ("leader", "son").
    is_role_noun => ROLE_NOUN;
    /// True for a linking preposition.
    is_linking_preposition => LINKING_PREPOSITION;
    /// True for a clause-breaking conjunction or adverb.
    is_clause_breaker => CLAUSE_BREAKER;
    /// True for an ordinary word that may be capitalised ("The", "January").
    is_common_capitalised => COMMON_CAPITALISED;
    /// True for a verb that marks the name before it as a person's.
    is_person_verb => PERSON_VERB;
    /// True if `word_lower` (folded) is a common given name.
    is_given_name => GIVEN_NAME;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lookup_answers_every_list() {
        for w in TITLES.words() {
            assert!(is_title(w), "{w}");
        }
        for w in ROLE_NOUNS.words() {
            assert!(is_role_noun(w), "{w}");
        }
        for w in GIVEN_NAMES.words() {
            assert!(is_given_name(w), "{w}");
        }
        // The gendered lists are parts of the given names.
        for w in FEMALE_GIVEN_NAMES.words() {
            assert!(word_info(w).class.contains(WordClass::FEMALE_NAME), "{w}");
            assert!(is_given_name(w), "{w}");
        }
        for w in UNISEX_GIVEN_NAMES.words() {
            let class = word_info(w).class;
            assert!(is_given_name(w), "{w}");
            assert!(
                !class.contains(WordClass::FEMALE_NAME) && !class.contains(WordClass::MALE_NAME)
            );
        }
        assert!(word_info("marcelo").class.contains(WordClass::MALE_NAME));
        assert!(is_person_verb("said") && !is_person_verb("secretary"));
        assert_eq!(relation_cue("arrested"), Some("arrested"));
        assert!(org_cue("cartel").is_some());
        let info = word_info("unlisted-word");
        assert_eq!(info.class, WordClass::default());
        assert!(info.org_cue.is_none() && info.relation_cue.is_none());
    }

    #[test]
    fn a_listed_verb_lends_its_label_to_its_other_forms() {
        // "control" is listed, "controlling" is not.
        assert!(RELATION_CUES.words().all(|w| w != "controlling"));
        assert_eq!(relation_cue("controlling"), Some("controls"));
        assert_eq!(inflections("seize"), ["seizes", "seized", "seizing"]);
        assert_eq!(inflections("ally"), ["allies", "allied", "allying"]);
        assert_eq!(inflections("push"), ["pushes", "pushed", "pushing"]);
        assert_eq!(
            inflections("control"),
            [
                "controls",
                "controled",
                "controling",
                "controlled",
                "controlling"
            ]
        );
        assert!(inflections("arrested").is_empty());
        // A listed form keeps its own label.
        assert_eq!(relation_cue("leading"), Some("leads"));
    }
    /// Words that the tokenizer can never produce as one folded token, kept on purpose:
    /// none yet. A key here is dead weight until its list learns to match it.
    const UNMATCHABLE_ALLOWED: &[(&str, &str)] = &[];

    #[test]
    fn every_key_can_match_folded_text() {
        let mut dead = Vec::new();
        for list in ALL {
            for word in list.words() {
                let tokens = crate::extract::tokens::tokenize(word, 0..word.len());
                let matches = tokens.len() == 1 && tokens[0].lower.as_str() == word;
                if !matches && !UNMATCHABLE_ALLOWED.contains(&(list.file, word)) {
                    dead.push(format!("{}: {word}", list.file));
                }
            }
        }
        assert!(dead.is_empty(), "keys folded text never holds: {dead:?}");
    }

    /// Lists whose words must not overlap: one intent written twice (a word in both is
    /// redundant, and the copies drift), or two opposite intents (a word in both is a
    /// contradiction).
    const DISJOINT: &[(List, List)] = &[
        (FEMALE_GIVEN_NAMES, UNISEX_GIVEN_NAMES),
        (ACT_NOUNS, THING_NOUNS),
        (AFFILIATION_ROLES, MEDIA_ROLES),
        (COMMON_CAPITALISED, DATE_WORDS),
        (ORG_DESCRIPTORS, CARTEL_DESCRIPTORS),
    ];

    /// Overlaps kept on purpose, with the reason in the list file.
    const OVERLAP_ALLOWED: &[(&str, &str)] = &[];

    /// Lists that serve one intent, each lifted verbatim from the rule that read it, so
    /// they have drifted apart. A word in two lists of a group must be on the group's
    /// allow-list (the drift as it stands, to be merged into one list per intent); a
    /// new copy fails.
    const SAME_INTENT: &[(&[List], &[&str])] = &[
        (
            &[FUNCTION_WORDS_RELATE, FUNCTION_WORDS_DISCOVER],
            &[
                "a", "after", "an", "and", "as", "at", "by", "each", "for", "from", "in", "of",
                "on", "or", "over", "since", "that", "the", "these", "this", "those", "to",
                "under", "with",
            ],
        ),
        (&[ADVERBS, ADVERBS_BEFORE_VERB, JOINT_ACTION_ADVERBS], &[]),
        (
            &[RELATIVE_PRONOUNS, ASIDE_RELATIVES],
            &["which", "who", "whose"],
        ),
    ];

    #[test]
    fn lists_of_one_intent_overlap_only_where_allowed() {
        let mut copies = Vec::new();
        for (group, allowed) in SAME_INTENT {
            let mut seen: HashMap<&str, &str> = HashMap::default();
            for list in *group {
                for word in list.words() {
                    match seen.insert(word, list.file) {
                        Some(other) if other != list.file && !allowed.contains(&word) => {
                            copies.push(format!("{word}: {other} and {}", list.file));
                        }
                        _ => {}
                    }
                }
            }
        }
        assert!(copies.is_empty(), "{copies:#?}");
    }

    #[test]
    fn no_word_is_listed_twice_for_one_intent() {
        let mut twice = Vec::new();
        for list in ALL {
            let mut seen = HashSet::default();
            for word in list.words() {
                if !seen.insert(word) && !OVERLAP_ALLOWED.contains(&(list.file, word)) {
                    twice.push(format!("{} twice: {word}", list.file));
                }
            }
        }
        for (a, b) in DISJOINT {
            let in_a: HashSet<&str> = a.words().collect();
            for word in b.words().filter(|w| in_a.contains(w)) {
                if !OVERLAP_ALLOWED.contains(&(b.file, word)) {
                    twice.push(format!("{} and {}: {word}", a.file, b.file));
                }
            }
        }
        assert!(twice.is_empty(), "{twice:#?}");
    }

    #[test]
    fn every_list_file_is_compiled_in_and_well_formed() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/lexicon");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut compiled: Vec<&str> = ALL.iter().map(|l| l.file).collect();
        compiled.sort_unstable();
        assert_eq!(on_disk, compiled);
        for list in ALL {
            assert!(list.text.starts_with("# "), "{} needs a header", list.file);
            let valued = matches!(list.file, "org_cues.txt" | "relation_cues.txt");
            for (word, value) in list.pairs() {
                assert_eq!(!value.is_empty(), valued, "{}: {word} {value}", list.file);
            }
        }
        for (word, kind) in ORG_CUES.pairs() {
            assert!(Kind::parse(kind).is_some(), "org_cues.txt: {word} {kind}");
        }
    }
}
