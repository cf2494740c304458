//! Word lists the rules rely on: titles, role nouns, organisation cue words, relation
//! cues with their labels, and common words that are capitalised only at a sentence
//! start. They describe English news prose in general, not any one article.

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

use crate::kind::Kind;

/// Words that introduce a person's name when capitalised before it ("Secretary", "Gen.").
pub const TITLES: &[&str] = &[
    "president",
    "president-elect",
    "vice",
    "secretary",
    "minister",
    "undersecretary",
    "deputy",
    "general",
    "gen",
    "brig",
    "brigadier",
    "admiral",
    "adm",
    "colonel",
    "col",
    "lieutenant",
    "lt",
    "major",
    "maj",
    "captain",
    "capt",
    "commander",
    "cmdr",
    "sergeant",
    "sgt",
    "governor",
    "gov",
    "mayor",
    "senator",
    "sen",
    "representative",
    "rep",
    "congressman",
    "congresswoman",
    "ambassador",
    "amb",
    "attorney",
    "prosecutor",
    "judge",
    "justice",
    "chief",
    "director",
    "administrator",
    "commissioner",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chancellor",
    "premier",
    "prime",
    "king",
    "queen",
    "pope",
    "dr",
    "mr",
    "mrs",
    "ms",
    "prof",
    "professor",
    "agent",
    "officer",
    "sheriff",
    "czar",
    "envoy",
    "adviser",
    "advisor",
    "lawmaker",
    "leader",
    "head",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "boss",
    "kingpin",
    "lord",
    "capo",
    "analyst",
    "journalist",
    "reporter",
    "correspondent",
    "columnist",
    "economist",
    "researcher",
    "expert",
    "author",
    "editor",
    "fellow",
    "scholar",
    "activist",
    "lawyer",
    "defender",
    "alias",
    "aka",
    "licenciado",
    "general",
    "comandante",
    "presidenta",
    "secretario",
    "secretaria",
    "canciller",
    "fiscal",
];

/// Nouns that name a role someone has (used in appositions and in labels).
pub const ROLE_NOUNS: &[&str] = &[
    "president",
    "leader",
    "head",
    "chief",
    "director",
    "secretary",
    "minister",
    "founder",
    "co-founder",
    "cofounder",
    "member",
    "members",
    "son",
    "sons",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "wife",
    "husband",
    "nephew",
    "cousin",
    "uncle",
    "godfather",
    "successor",
    "predecessor",
    "ally",
    "rival",
    "lieutenant",
    "deputy",
    "commander",
    "boss",
    "kingpin",
    "lord",
    "operative",
    "associate",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "official",
    "officer",
    "agent",
    "contributor",
    "columnist",
    "analyst",
    "professor",
    "fellow",
    "graduate",
    "scholar",
    "researcher",
    "correspondent",
    "reporter",
    "editor",
    "adviser",
    "advisor",
    "lawyer",
    "attorney",
    "prosecutor",
    "judge",
    "governor",
    "mayor",
    "senator",
    "lawmaker",
    "legislator",
    "chairman",
    "chairwoman",
    "chair",
    "general",
    "admiral",
    "colonel",
    "captain",
    "employee",
    "partner",
    "financier",
    "enforcer",
    "accountant",
    "pilot",
    "bodyguard",
    "heir",
    "founders",
    "leaders",
    "chiefs",
    "heads",
    "students",
    "graduate",
    "alumnus",
    "veteran",
    "nominee",
    "appointee",
    "administrator",
    "commissioner",
    "coordinator",
    "representative",
    "delegate",
    "counterpart",
    "czar",
    "expert",
    "specialist",
    "economist",
    "historian",
    "consultant",
    "strategist",
    "investigator",
    "negotiator",
    "journalist",
    "commentator",
    "lecturer",
    "chancellor",
    "rector",
    "dean",
    "scientist",
    "criminologist",
    "sociologist",
    "anthropologist",
    "academic",
    "author",
    "writer",
    "executive",
    "manager",
    "activist",
    "aide",
    "staffer",
    "banker",
    "owner",
    "owners",
    "co-owner",
    "proprietor",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "epidemiologist",
    "pollster",
];

/// Organisation cue words and the kind they signal (compared in lowercase).
pub const ORG_CUES: &[(&str, Kind)] = &[
    ("cartel", Kind::Cartel),
    ("cártel", Kind::Cartel),
    ("cartels", Kind::Cartel),
    ("gang", Kind::Cartel),
    ("clan", Kind::Cartel),
    ("mafia", Kind::Cartel),
    ("syndicate", Kind::Cartel),
    ("brotherhood", Kind::Cartel),
    ("command", Kind::Agency),
    ("department", Kind::Agency),
    ("ministry", Kind::Agency),
    ("agency", Kind::Agency),
    ("force", Kind::Agency),
    ("forces", Kind::Agency),
    ("secretariat", Kind::Agency),
    ("secretaría", Kind::Agency),
    ("secretaria", Kind::Agency),
    ("police", Kind::Agency),
    ("guard", Kind::Agency),
    ("army", Kind::Agency),
    ("navy", Kind::Agency),
    ("marines", Kind::Agency),
    ("office", Kind::Agency),
    ("bureau", Kind::Agency),
    ("service", Kind::Agency),
    ("services", Kind::Agency),
    ("commission", Kind::Agency),
    ("court", Kind::Agency),
    ("congress", Kind::Agency),
    ("senate", Kind::Agency),
    ("patrol", Kind::Agency),
    ("directorate", Kind::Agency),
    ("division", Kind::Agency),
    ("section", Kind::Agency),
    ("corps", Kind::Agency),
    ("fiscalía", Kind::Agency),
    ("fiscalia", Kind::Agency),
    ("procuraduría", Kind::Agency),
    ("prosecutor's", Kind::Agency),
    ("guardia", Kind::Agency),
    ("unit", Kind::Agency),
    ("administration", Kind::Agency),
    ("cabinet", Kind::Agency),
    ("parliament", Kind::Agency),
    ("assembly", Kind::Agency),
    ("tribunal", Kind::Agency),
    ("chamber", Kind::Agency),
    ("committee", Kind::Agency),
    ("initiative", Kind::Agreement),
    ("framework", Kind::Agreement),
    ("agreement", Kind::Agreement),
    ("accord", Kind::Agreement),
    ("accords", Kind::Agreement),
    ("treaty", Kind::Agreement),
    ("pact", Kind::Agreement),
    ("program", Kind::Agreement),
    ("programme", Kind::Agreement),
    ("plan", Kind::Agreement),
    ("strategy", Kind::Agreement),
    ("act", Kind::Agreement),
    ("law", Kind::Agreement),
    ("protocol", Kind::Agreement),
    ("protocols", Kind::Agreement),
    ("operation", Kind::Agreement),
    ("compact", Kind::Agreement),
    ("memorandum", Kind::Agreement),
    ("convention", Kind::Agreement),
    ("dialogue", Kind::Agreement),
    ("partnership", Kind::Agreement),
    ("doctrine", Kind::Agreement),
    ("institute", Kind::Organization),
    ("center", Kind::Organization),
    ("centre", Kind::Organization),
    ("foundation", Kind::Organization),
    ("university", Kind::Organization),
    ("college", Kind::Organization),
    ("school", Kind::Organization),
    ("academy", Kind::Organization),
    ("party", Kind::Organization),
    ("group", Kind::Organization),
    ("forum", Kind::Organization),
    ("association", Kind::Organization),
    ("society", Kind::Organization),
    ("council", Kind::Organization),
    ("union", Kind::Organization),
    ("network", Kind::Organization),
    ("coalition", Kind::Organization),
    ("alliance", Kind::Organization),
    ("times", Kind::Organization),
    ("journal", Kind::Organization),
    ("news", Kind::Organization),
    ("post", Kind::Organization),
    ("press", Kind::Organization),
    ("tribune", Kind::Organization),
    ("herald", Kind::Organization),
    ("magazine", Kind::Organization),
    ("review", Kind::Organization),
    ("daily", Kind::Organization),
    ("company", Kind::Organization),
    ("corporation", Kind::Organization),
    ("inc", Kind::Organization),
    ("corp", Kind::Organization),
    ("llc", Kind::Organization),
    ("co", Kind::Organization),
    ("ltd", Kind::Organization),
    ("bank", Kind::Organization),
    // Spanish heads, which open the name ("Banco Base", "Grupo Financiero Monex").
    ("banco", Kind::Organization),
    ("grupo", Kind::Organization),
    ("instituto", Kind::Organization),
    ("universidad", Kind::Organization),
    ("fundacion", Kind::Organization),
    ("fund", Kind::Organization),
    ("watch", Kind::Organization),
    ("organization", Kind::Organization),
    ("organisation", Kind::Organization),
    ("federation", Kind::Organization),
    ("board", Kind::Organization),
    ("club", Kind::Organization),
    ("institution", Kind::Organization),
    ("commons", Kind::Organization),
    ("radio", Kind::Organization),
    ("tv", Kind::Organization),
    ("television", Kind::Organization),
    ("channel", Kind::Organization),
    ("industries", Kind::Organization),
    ("holdings", Kind::Organization),
    ("laboratories", Kind::Organization),
    ("labs", Kind::Organization),
    ("code", Kind::Agreement),
];

/// The kind an organisation cue word signals.
pub fn org_cue(word_lower: &str) -> Option<Kind> {
    word_info(word_lower).org_cue
}

/// Relation cues: a word form and the label it gives an edge. Verb forms and their
/// nominalisations share one label.
pub const RELATION_CUES: &[(&str, &str)] = &[
    ("arrest", "arrested"),
    ("arrested", "arrested"),
    ("arrests", "arrested"),
    ("arresting", "arrested"),
    ("capture", "captured"),
    ("captured", "captured"),
    ("captures", "captured"),
    ("capturing", "captured"),
    ("detain", "detained"),
    ("detained", "detained"),
    ("detention", "detained"),
    ("extradite", "extradited"),
    ("extradited", "extradited"),
    ("extradition", "extradited"),
    ("extraditing", "extradited"),
    ("expelled", "expelled"),
    ("deported", "deported"),
    ("handed", "handed over"),
    ("hand", "handed over"),
    ("hands", "handed over"),
    ("transferred", "handed over"),
    ("transfer", "handed over"),
    ("delivered", "handed over"),
    ("sent", "sent"),
    ("send", "sent"),
    ("returned", "returned"),
    ("release", "released"),
    ("released", "released"),
    ("freed", "released"),
    ("designate", "designated"),
    ("designated", "designated"),
    ("designating", "designated"),
    ("designation", "designated"),
    ("labeled", "designated"),
    ("labelled", "designated"),
    ("classified", "designated"),
    ("reclassifies", "designated"),
    ("listed", "designated"),
    ("sanction", "sanctioned"),
    ("sanctioned", "sanctioned"),
    ("sanctions", "sanctioned"),
    ("blacklist", "sanctioned"),
    ("barred", "barred"),
    ("barring", "barred"),
    ("indict", "indicted"),
    ("indicted", "indicted"),
    ("indictment", "indicted"),
    ("charged", "charged"),
    ("charges", "charged"),
    ("prosecuted", "prosecuted"),
    ("prosecution", "prosecuted"),
    ("convicted", "convicted"),
    ("sentenced", "sentenced"),
    // "accuses", "accused", "accusing" follow (see `inflections`).
    ("accuse", "accused"),
    ("investigate", "investigated"),
    ("investigated", "investigated"),
    ("investigating", "investigated"),
    ("investigation", "investigated"),
    ("targeted", "targeted"),
    ("targeting", "targeted"),
    ("target", "targeted"),
    ("targets", "targeted"),
    ("raided", "raided"),
    ("killed", "killed"),
    ("kill", "killed"),
    ("killing", "killed"),
    ("murder", "killed"),
    ("murdered", "killed"),
    ("assassinated", "killed"),
    ("assassination", "attacked"),
    ("attacked", "attacked"),
    ("attack", "attacked"),
    ("ambushed", "attacked"),
    ("kidnapped", "kidnapped"),
    ("tortured", "tortured"),
    ("torture", "tortured"),
    ("fight", "fought"),
    ("fought", "fought"),
    ("fighting", "fought"),
    ("combat", "fought"),
    ("combating", "fought"),
    ("combatting", "fought"),
    ("battle", "fought"),
    ("war", "fought"),
    ("dismantle", "dismantled"),
    ("dismantling", "dismantled"),
    ("disrupt", "disrupted"),
    ("disrupting", "disrupted"),
    ("confront", "confronted"),
    ("confronting", "confronted"),
    ("seized", "seized"),
    ("seize", "seized"),
    ("seizure", "seized"),
    ("seizures", "seized"),
    ("appointed", "appointed"),
    ("appoint", "appointed"),
    ("appointment", "appointed"),
    ("named", "appointed"),
    ("nominated", "appointed"),
    ("nominate", "appointed"),
    ("confirmed", "confirmed"),
    ("elected", "elected"),
    ("replaced", "replaced"),
    ("succeeded", "succeeded"),
    ("fired", "fired"),
    ("dismissed", "dismissed"),
    ("lead", "leads"),
    ("leads", "leads"),
    ("led", "leads"),
    ("leading", "leads"),
    ("leadership", "leads"),
    ("heads", "leads"),
    ("headed", "leads"),
    ("run", "runs"),
    ("runs", "runs"),
    ("running", "runs"),
    ("ran", "runs"),
    ("controls", "controls"),
    ("control", "controls"),
    ("controlled", "controls"),
    ("commands", "leads"),
    ("commanded", "leads"),
    ("oversees", "oversees"),
    ("oversaw", "oversees"),
    ("founded", "founded"),
    ("founders", "founded"),
    ("founder", "founded"),
    ("co-founded", "founded"),
    ("created", "created"),
    ("creation", "created"),
    ("establish", "established"),
    ("established", "established"),
    ("establishment", "established"),
    ("launch", "launched"),
    ("launched", "launched"),
    ("launching", "launched"),
    ("unveiled", "launched"),
    ("unveil", "launched"),
    ("announced", "announced"),
    ("announce", "announced"),
    ("announcement", "announced"),
    ("signed", "signed"),
    ("sign", "signed"),
    ("signing", "signed"),
    ("ratified", "signed"),
    ("joined", "joined"),
    ("join", "joined"),
    ("member", "member of"),
    ("members", "member of"),
    ("serve", "served as"),
    ("served", "served as"),
    ("serves", "served as"),
    ("serving", "served as"),
    ("worked", "worked with"),
    ("works", "worked with"),
    ("reports", "reports"),
    ("working", "worked with"),
    ("collaborated", "cooperated"),
    ("collaborate", "cooperated"),
    ("collaboration", "cooperated"),
    ("cooperate", "cooperated"),
    ("cooperated", "cooperated"),
    ("cooperation", "cooperated"),
    ("coordinated", "cooperated"),
    ("coordination", "cooperated"),
    ("partnered", "cooperated"),
    ("allied", "allied"),
    ("supported", "supported"),
    ("support", "supported"),
    ("backed", "supported"),
    ("funded", "funded"),
    ("financed", "funded"),
    ("provided", "provided"),
    ("provides", "provided"),
    ("trained", "trained"),
    ("assisted", "assisted"),
    ("helped", "assisted"),
    ("met", "met"),
    ("meet", "met"),
    ("meeting", "met"),
    ("meets", "met"),
    ("visited", "visited"),
    ("visit", "visited"),
    ("hosted", "hosted"),
    ("talks", "talked with"),
    ("talked", "talked with"),
    ("spoke", "talked with"),
    ("speak", "talked with"),
    ("call", "called"),
    ("called", "called"),
    ("phoned", "called"),
    ("negotiated", "negotiated"),
    ("negotiate", "negotiated"),
    ("negotiations", "negotiated"),
    ("agreed", "agreed"),
    ("agree", "agreed"),
    ("agreement", "agreed"),
    ("deal", "agreed"),
    ("rejected", "rejected"),
    ("reject", "rejected"),
    ("rejects", "rejected"),
    ("rejection", "rejected"),
    ("refused", "rejected"),
    ("rebuffed", "rejected"),
    ("denied", "denied"),
    ("opposed", "opposed"),
    ("criticized", "criticized"),
    ("criticised", "criticized"),
    ("condemned", "criticized"),
    ("denounced", "criticized"),
    ("praised", "praised"),
    ("congratulating", "praised"),
    ("congratulated", "praised"),
    ("thanked", "praised"),
    ("pressed", "pressured"),
    ("pressured", "pressured"),
    ("pressure", "pressured"),
    ("urged", "pressured"),
    ("demanded", "pressured"),
    ("threatened", "threatened"),
    ("consequences", "threatened"),
    ("retaliation", "threatened"),
    ("threat", "threatened"),
    ("threatens", "threatened"),
    ("warned", "warned"),
    ("offered", "offered"),
    ("offer", "offered"),
    ("proposal", "proposed"),
    ("proposed", "proposed"),
    ("asked", "asked"),
    ("told", "told"),
    ("tells", "told"),
    ("tell", "told"),
    ("imposed", "imposed"),
    ("impose", "imposed"),
    ("imposition", "imposed"),
    ("tariff", "tariffs"),
    ("tariffs", "tariffs"),
    ("deploy", "deployed"),
    ("deployed", "deployed"),
    ("deployment", "deployed"),
    ("sued", "sued"),
    ("lawsuit", "sued"),
    ("suing", "sued"),
    ("protected", "protected"),
    ("protection", "protected"),
    ("bribed", "bribed"),
    ("bribes", "bribed"),
    ("paid", "paid"),
    ("colluding", "colluded"),
    ("collusion", "colluded"),
    ("ties", "ties to"),
    ("tied", "ties to"),
    ("linked", "ties to"),
    ("links", "ties to"),
    ("link", "ties to"),
    ("affiliated", "ties to"),
    ("belong", "member of"),
    ("belongs", "member of"),
    ("belonged", "member of"),
    ("represent", "represents"),
    ("represents", "represents"),
    ("representing", "represents"),
    ("represented", "represents"),
    ("succeed", "succeeded"),
    ("inherits", "succeeded"),
    ("inherited", "succeeded"),
    ("intervene", "intervened"),
    ("intervention", "intervened"),
    ("intervening", "intervened"),
    ("invade", "invaded"),
    ("invaded", "invaded"),
    ("invasion", "invaded"),
    ("incursion", "incursion into"),
    ("raid", "raided"),
    ("raids", "raided"),
    ("operation", "operation"),
    ("operations", "operation"),
    ("strike", "struck"),
    ("strikes", "struck"),
    ("struck", "struck"),
    ("smuggle", "smuggled"),
    ("smuggled", "smuggled"),
    ("smuggling", "smuggled"),
    ("trafficking", "trafficked"),
    ("supplied", "supplied"),
    ("suppliers", "supplied"),
    ("supply", "supplied"),
    ("sourced", "supplied"),
    ("exported", "supplied"),
    ("manufacture", "manufactured"),
    ("sold", "sold"),
    ("bought", "bought"),
    ("shared", "shared"),
    ("sharing", "shared"),
    ("relations", "relations"),
    ("relationship", "relations"),
    ("dialogue", "talked with"),
    ("ally", "allied"),
    ("rival", "rivals"),
    ("rivals", "rivals"),
    ("feud", "rivals"),
    ("split", "split from"),
    ("betrayed", "betrayed"),
    ("surrendered", "surrendered"),
    ("testified", "testified"),
    ("testimony", "testified"),
    ("interviewed", "interviewed"),
    ("reported", "reported"),
    ("quoted", "quoted"),
    ("cited", "cited"),
    ("according", "according to"),
    ("said", "said"),
    ("says", "said"),
    ("stated", "said"),
    ("noted", "said"),
    ("observed", "said"),
    ("remarked", "said"),
    ("declared", "said"),
    ("insisted", "said"),
    ("acknowledged", "said"),
    ("asserted", "said"),
    ("argued", "said"),
    ("claimed", "said"),
    ("emphasized", "said"),
    ("described", "described"),
    ("wrote", "wrote"),
    ("writes", "wrote"),
    ("referenced", "mentioned"),
    ("mentioned", "mentioned"),
    ("invoked", "mentioned"),
    ("blamed", "blamed"),
    ("blame", "blamed"),
    ("pledged", "pledged"),
    ("promised", "pledged"),
    ("vowed", "pledged"),
    ("require", "required"),
    ("required", "required"),
    ("allow", "allowed"),
    ("allowed", "allowed"),
    ("authorized", "authorized"),
    ("approved", "approved"),
    ("passed", "approved"),
    ("enacted", "approved"),
    ("implemented", "implemented"),
    ("implementing", "implemented"),
    ("renegotiation", "renegotiated"),
    ("renegotiate", "renegotiated"),
    ("cancel", "cancelled"),
    ("canceled", "cancelled"),
    ("canceling", "cancelled"),
    ("suspended", "suspended"),
    ("ended", "ended"),
    ("end", "ended"),
    ("exempted", "exempted"),
    ("benefited", "benefited"),
    ("received", "received"),
    ("funding", "funded"),
    ("aid", "aided"),
    ("assistance", "assisted"),
    ("cover", "covered"),
    ("succession", "succeeded"),
    ("son", "son of"),
    ("sons", "son of"),
    ("daughter", "daughter of"),
    ("brother", "brother of"),
    ("wife", "married to"),
    ("married", "married to"),
    ("father", "parent of"),
    ("nephew", "relative of"),
    ("predecessor", "preceded"),
    ("successor", "succeeded"),
    ("splinter", "split from"),
    ("offshoot", "split from"),
    ("remnants", "split from"),
    ("breakaway", "split from"),
    ("faction", "faction of"),
    ("wing", "faction of"),
    ("counsel", "works for"),
    ("consultant", "works for"),
    ("employee", "works for"),
    ("employees", "works for"),
    ("brothers", "brother of"),
    ("rival", "rivals"),
    ("accompanying", "accompanied"),
    ("accompanied", "accompanied"),
    ("escorted", "accompanied"),
    ("vying", "rivals"),
    ("against", "against"),
    ("confer", "talked with"),
    ("conversation", "talked with"),
    ("summit", "met"),
    ("contributor", "works for"),
    ("correspondent", "works for"),
    ("columnist", "works for"),
    ("professor", "works for"),
    ("fellow", "works for"),
    ("director", "leads"),
    ("leader", "leads"),
    ("leaders", "leads"),
    ("chief", "leads"),
    ("head", "leads"),
    ("secretary", "secretary of"),
    ("minister", "minister of"),
    ("president", "president of"),
    ("ambassador", "ambassador to"),
    ("spokesman", "spokesperson of"),
    ("spokeswoman", "spokesperson of"),
    ("official", "official of"),
    ("officials", "official of"),
    ("agent", "agent of"),
    ("agents", "agent of"),
    ("commander", "leads"),
    ("advisor", "advises"),
    ("adviser", "advises"),
    ("analyst", "works for"),
    ("researcher", "works for"),
    ("scientist", "works for"),
    ("criminologist", "works for"),
    ("sociologist", "works for"),
    ("economist", "works for"),
    ("academic", "works for"),
    ("executive", "works for"),
    ("manager", "works for"),
    ("aide", "works for"),
    ("staffer", "works for"),
    ("epidemiologist", "works for"),
    ("graduate", "studied at"),
    ("degree", "studied at"),
    ("degrees", "studied at"),
    ("master", "studied at"),
    ("masters", "studied at"),
    ("doctorate", "studied at"),
    ("phd", "studied at"),
    ("bachelor", "studied at"),
    ("alumnus", "studied at"),
    ("alumna", "studied at"),
    ("scholar", "studied at"),
];

/// The label of a relation cue word (lowercase), if it is one.
pub fn relation_cue(word_lower: &str) -> Option<&'static str> {
    word_info(word_lower).relation_cue
}

/// Prepositions that can link two names over a short distance ("Shifter of the Dialogue",
/// "arrested by DEA agents", "talks with Rubio").
pub const LINKING_PREPOSITIONS: &[&str] = &[
    "of", "with", "by", "between", "against", "to", "from", "for", "at", "under", "on", "toward",
    "towards", "into",
];

/// Words that break a sentence into clauses that usually say separate things.
pub const CLAUSE_BREAKERS: &[&str] = &[
    "but",
    "while",
    "whereas",
    "although",
    "though",
    "however",
    "meanwhile",
    "unlike",
    "despite",
    "because",
    "since",
    "whether",
    "if",
    "unless",
    "so",
    "thus",
    "therefore",
    "nevertheless",
    "moreover",
    "instead",
];

/// Capitalised words that are ordinary English (sentence starts, months, days) and so
/// are never the start of a discovered name on their own.
pub const COMMON_CAPITALISED: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "but",
    "and",
    "or",
    "nor",
    "in",
    "on",
    "at",
    "for",
    "as",
    "if",
    "when",
    "while",
    "however",
    "yet",
    "still",
    "there",
    "what",
    "why",
    "how",
    "who",
    "whom",
    "which",
    "where",
    "after",
    "before",
    "since",
    "despite",
    "although",
    "meanwhile",
    "instead",
    "now",
    "then",
    "with",
    "without",
    "by",
    "from",
    "to",
    "of",
    "into",
    "over",
    "under",
    "between",
    "among",
    "during",
    "through",
    "about",
    "against",
    "unlike",
    "like",
    "following",
    "according",
    "earlier",
    "later",
    "last",
    "next",
    "this",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "second",
    "third",
    "former",
    "new",
    "both",
    "each",
    "every",
    "all",
    "some",
    "many",
    "most",
    "more",
    "much",
    "several",
    "such",
    "other",
    "another",
    "no",
    "not",
    "yes",
    "so",
    "thus",
    "also",
    "even",
    "only",
    "just",
    "already",
    "once",
    "here",
    "today",
    "yesterday",
    "tomorrow",
    "image",
    "photo",
    "photos",
    "source",
    "sources",
    "reading",
    "time",
    "tags",
    "follow",
    "sign",
    "subscribe",
    "read",
    "more",
    "related",
    "share",
    "click",
    "advertisement",
    "updated",
    "published",
    "editor",
    "note",
    "editor's",
    "quick",
    "looks",
    "deep",
    "look",
    "register",
    "login",
    "given",
    "taken",
    "together",
    "far",
    "closer",
    "much",
    "finally",
    "furthermore",
    "additionally",
    "similarly",
    "moreover",
    "nevertheless",
    "indeed",
    "perhaps",
    "still",
    "because",
    "whether",
    "unless",
    "until",
    "within",
    "beyond",
    "across",
    "along",
    "toward",
    "towards",
    "upon",
    "amid",
    "around",
    "near",
    "behind",
    "above",
    "below",
    "per",
    "speaking",
    "citing",
    "asked",
    "adding",
    "noting",
    "saying",
    "officials",
    "analysts",
    "authorities",
    "critics",
    "experts",
    "observers",
    "supporters",
    "sovereignty",
    "security",
    "cooperation",
    "violence",
    "fentanyl",
    "migration",
    "trade",
    "drug",
    "drugs",
    "cartels",
    "cartel",
    "government",
    "governments",
    "military",
    "federal",
    "national",
    "state",
    "public",
    "foreign",
    "joint",
    "special",
    "senior",
    "top",
    "high",
    "low",
    "democrats",
    "republicans",
    "americans",
    "mexicans",
    "mexican",
    "american",
    "u.s.",
    "am",
    "pm",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "brig",
    "sen",
    "rep",
    "gov",
    "st",
    "jr",
];

/// Verbs of speaking and acting that, right after a two- or three-word capitalised name,
/// show the name is a person's ("Shifter told", "Tapia noted").
pub const PERSON_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "noted",
    "notes",
    "observed",
    "added",
    "wrote",
    "writes",
    "argued",
    "argues",
    "stated",
    "explained",
    "warned",
    "remarked",
    "declared",
    "insisted",
    "acknowledged",
    "asserted",
    "claimed",
    "emphasized",
    "stressed",
    "recalled",
    "testified",
    "pleaded",
    "admitted",
    "denied",
    "confirmed",
    "announced",
    "tweeted",
    "posted",
    "urged",
    "believes",
    "believed",
    "thinks",
    "suggested",
    "agreed",
    "replied",
    "responded",
    "pointed",
    "asked",
    "cautioned",
    "commented",
    "was",
    "is",
    "has",
    "had",
    "who",
    "himself",
    "herself",
    "died",
    "fled",
    "escaped",
];

/// Auxiliary and modal verbs: a verb phrase starts after one ("has argued", "will
/// meet").
pub const AUXILIARIES: &[&str] = &[
    "will", "would", "have", "has", "had", "to", "must", "could", "can", "may", "might", "should",
    "did", "do", "does", "are", "were", "is", "was", "be", "been", "shall",
];

/// Common given names (lowercase, accents folded), English and Spanish. A capitalised
/// pair that starts with one is taken to be a person.
pub const GIVEN_NAMES: &str = "aaron abel abraham adam adrian adriana agustin alan alberto alejandra alejandro alex alexander alexandra alfonso alfredo alicia alison amanda amy ana andrea andres andrew angel angela angelica anna anne anthony antonio ariel armando arturo audrey barbara beatriz ben benjamin bernardo beto bill blanca bob brad brandon brenda brian bruce carl carla carlos carmen carol caroline catherine cecilia cesar charles charlie chris christina christine christopher cindy claudia colin craig cristina cuauhtemoc dale damaso dan daniel daniela david dean deborah denise dennis diana diego dolores donald donna doug douglas eduardo edgar edward elena elizabeth ella emilio emily emma enrique eric erica ernesto esteban ethan eugenio eva evelyn fabiola federico felipe fernanda fernando francisca francisco frank gabriel gabriela gary genaro george gerardo gilberto gloria gonzalo grace graciela greg gregory guadalupe guillermo gustavo hector helen henry heriberto hilda homero hugo ignacio irene isabel ismael israel ivan jack jacob jaime james jamie jane janet jason javier jeff jeffrey jennifer jeremy jerry jesse jessica jesus jim jimmy joan joaquin joe joel john jonathan jorge jose josefina joseph joshua juan juana julia julian julio justin karen karina kate katherine kathleen kathryn keith kelly ken kenneth kevin kimberly kristi larry laura lauren leonardo leticia lila linda lisa lorena lorenzo louis lucia luis luisa luz manuel marcelo marco marcos margaret maria mariana mario mark marta martha martin mary matthew mauricio maurizio melissa merrick michael michelle miguel mike miriam monica nancy natalia nathan nemesio nicholas nick nicolas noe norma octavio olga omar oscar osiel ovidio pablo palmira pamela patricia patrick paul paula pedro pete peter rafael ramiro ramon randy raquel raul raymond raymundo rebecca ricardo richard rick robert roberto rocio rodrigo rogelio ronald rosa rosario ruben ruth ryan salvador samuel sandra sara sarah scott sean sergio servando silvia sofia stephanie stephen steve steven susan susana teresa terrance thomas tim timothy todd tom tomas tony tyler valeria vanessa veronica vicente victor victoria vincent virginia walter wayne wendy william xavier ximena yolanda zoe";

/// The given names of [`GIVEN_NAMES`] borne mostly by women.
pub const FEMALE_GIVEN_NAMES: &str = "adriana alejandra alexandra alicia alison amanda amy ana andrea angela angelica anna anne audrey barbara beatriz blanca brenda carla carmen carol caroline catherine cecilia christina christine cindy claudia cristina daniela deborah denise diana dolores donna elena elizabeth ella emily emma erica eva evelyn fabiola fernanda francisca gabriela gloria grace graciela helen hilda irene isabel jane janet jennifer jessica joan josefina juana julia karen karina kate katherine kathleen kathryn kimberly kristi laura lauren leticia lila linda lisa lorena lucia luisa luz margaret maria mariana marta martha mary melissa michelle miriam monica nancy natalia norma olga palmira pamela patricia paula raquel rebecca rocio rosa ruth sandra sara sarah silvia sofia stephanie susan susana teresa valeria vanessa veronica victoria virginia wendy ximena yolanda zoe";

/// The given names of [`GIVEN_NAMES`] borne by men and women alike.
pub const UNISEX_GIVEN_NAMES: &str = "alex ariel chris guadalupe jamie jesse kelly rosario";

/// Nouns after a country abbreviation that name people or bodies acting for it ("U.S.
/// officials"): the country then acts through them.
pub const ACTING_NOUNS: &str = "official officials authorities authority government governments administration forces force troops military army navy agents agencies agency prosecutors prosecutor diplomats diplomat lawmakers legislators negotiators negotiator officers officer intelligence embassy delegation side team counterparts counterpart envoy envoys ambassador leaders leadership police courts court judge judges congress senators senator representatives personnel soldiers marines investigators regulators security law";

/// Words after which a noun phrase stands in an object's place: articles, prepositions,
/// determiners of possession.
pub const OBJECT_MARKERS: &str = "the a an of in on at for to from with by against within into across over under about between among toward towards through beyond inside outside all its their";

/// Lowercase words that follow a name without being a noun it describes ("to the U.S.
/// this year", "from the U.S. after …", "the United States nonetheless grew").
pub const NOT_NOUNS: &str = "this that these those each every after before since until when while where because if although though despite unless also again now then too last next soon already still yet instead ever nonetheless nevertheless however itself alone today tomorrow yesterday once twice more less much even so such than not no only just first";

/// Nouns that name an act or a stance, whose agent a country before them is ("U.S.
/// pressure", "U.S. demand"); nouns ending in -ment, -tion, -sion, -ness, -ance, -ence or
/// -ure are read as such too, but for [`THING_NOUNS`].
pub const ACT_NOUNS: &str = "demand aid support help push effort efforts role war strike strikes attack attacks action actions plan plans threat threats deal decision move request response crackdown campaign raid raids sanctions tariffs policy policies strategy interests interest pressure presence control influence stance view views aims goals offer offers";

/// Nouns with an act's ending that name a thing or a place ("U.S. jurisdiction").
pub const THING_NOUNS: &str = "jurisdiction population nation institution institutions station section portion position constitution legislation infrastructure territory agriculture currency";

/// Nouns for what a source says ("the Journal’s report that …"): its owner is the source,
/// not a party to the content.
pub const REPORT_NOUNS: &str = "report reports reporting story article investigation analysis account claim claims allegation allegations assessment finding findings";

/// Plain nouns for the listeners of a speech ("told reporters"): what is named after them
/// is a place or a company, not who was told.
pub const AUDIENCE_NOUNS: &str = "reporters journalists supporters lawmakers legislators students audiences audience crowds crowd viewers listeners donors investors executives officials diplomats residents voters";

/// Days and months: capitalised, common, and never the end of a name ("Lantia
/// Intelligence on Monday"). Also in [`WordClass::COMMON_CAPITALISED`].
pub const DATE_WORDS: &str = "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december";

/// Common nouns that say what kind of organisation a name is, written before it ("the
/// consultancy Agon", "two Indian companies, Raxuter Chemicals and …") or after it in
/// apposition ("Interstate Arms, a Massachusetts wholesaler"). Singular and plural.
pub const ORG_DESCRIPTORS: &str = "company companies firm firms consultancy consultancies nonprofit nonprofits newspaper newspapers outlet outlets publication broadcaster broadcasters wholesaler wholesalers distributor distributors retailer retailers dealer dealers manufacturer manufacturers maker makers developer developers supplier suppliers exporter exporters importer importers broker brokers brokerage lender lenders insurer insurers startup conglomerate subsidiary subsidiaries affiliate affiliates charity charities watchdog lobby think-tank tank association associations organization organizations organisation organisations group groups network bank banks laboratory lab shipper shippers airline daily weekly magazine website site portal";

/// Roles held at an institution, not at a place: "a security consultant at Lantia
/// Intelligence" names where someone works ("border agents at El Paso" does not). The
/// [`MEDIA_ROLES`] are affiliation roles too.
pub const AFFILIATION_ROLES: &str = "analyst consultant researcher professor fellow economist scholar partner lecturer strategist expert specialist historian director";

/// Roles held "for" a publication ("a trade correspondent for Northern Wire"), and "at"
/// one (in [`WordClass::AFFILIATION_ROLE`] as well).
pub const MEDIA_ROLES: &str =
    "correspondent reporter columnist editor writer contributor journalist producer";

/// Common nouns that say a name is a criminal group ("Los Chapitos, a faction of …").
pub const CARTEL_DESCRIPTORS: &str =
    "faction factions gang gangs splinter offshoot cell cells cartel cartels mafia syndicate";

/// The word lists a folded word belongs to, as a bit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordClass(u32);

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
        let lists: [(&[&'static str], WordClass); 7] = [
            (TITLES, WordClass::TITLE),
            (ROLE_NOUNS, WordClass::ROLE_NOUN),
            (LINKING_PREPOSITIONS, WordClass::LINKING_PREPOSITION),
            (CLAUSE_BREAKERS, WordClass::CLAUSE_BREAKER),
            (COMMON_CAPITALISED, WordClass::COMMON_CAPITALISED),
            (PERSON_VERBS, WordClass::PERSON_VERB),
            (AUXILIARIES, WordClass::AUXILIARY),
        ];
        // Lists written as one string, words apart by a space.
        let spaced = [
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
        ];
        let words = lists
            .iter()
            .flat_map(|&(list, class)| list.iter().map(move |&w| (w, class)))
            .chain(
                spaced
                    .iter()
                    .flat_map(|&(list, class)| list.split(' ').map(move |w| (w, class))),
            );
        for (w, class) in words {
            map.entry(w.into()).or_default().class.0 |= class.0;
        }
        let female: HashSet<&str> = FEMALE_GIVEN_NAMES.split(' ').collect();
        let unisex: HashSet<&str> = UNISEX_GIVEN_NAMES.split(' ').collect();
        for w in GIVEN_NAMES.split(' ') {
            let gender = if female.contains(w) {
                WordClass::FEMALE_NAME
            } else if unisex.contains(w) {
                WordClass(0)
            } else {
                WordClass::MALE_NAME
            };
            map.entry(w.into()).or_default().class.0 |= WordClass::GIVEN_NAME.0 | gender.0;
        }
        // A word listed twice keeps its last kind or label.
        for &(w, kind) in ORG_CUES {
            map.entry(w.into()).or_default().org_cue = Some(kind);
        }
        for &(w, label) in RELATION_CUES {
            map.entry(w.into()).or_default().relation_cue = Some(label);
        }
        // The other forms of a listed verb ("control" → "controls", "controlled",
        // "controlling") carry its label unless listed themselves.
        for &(w, label) in RELATION_CUES {
            for form in inflections(w) {
                let info = map.entry(form.into()).or_default();
                info.relation_cue.get_or_insert(label);
            }
        }
        map
    });
    MAP.get(word_lower).unwrap_or(&UNLISTED)
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
        for w in TITLES {
            assert!(is_title(w), "{w}");
        }
        for w in ROLE_NOUNS {
            assert!(is_role_noun(w), "{w}");
        }
        for w in GIVEN_NAMES.split(' ') {
            assert!(is_given_name(w), "{w}");
        }
        // The gendered lists are parts of the given names.
        for w in FEMALE_GIVEN_NAMES.split(' ') {
            assert!(word_info(w).class.contains(WordClass::FEMALE_NAME), "{w}");
            assert!(is_given_name(w), "{w}");
        }
        for w in UNISEX_GIVEN_NAMES.split(' ') {
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
        assert!(RELATION_CUES.iter().all(|(w, _)| *w != "controlling"));
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
}
