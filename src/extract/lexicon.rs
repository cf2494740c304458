//! Word lists the rules rely on: titles, role nouns, organisation cue words, relation
//! cues with their labels, and common words that are capitalised only at a sentence
//! start. They describe English news prose in general, not any one article.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::kind::Kind;

/// Words that introduce a person's name when capitalised before it ("Secretary", "Gen.").
pub const TITLES: &[&str] = &[
    "president", "president-elect", "vice", "secretary", "minister", "undersecretary",
    "deputy", "general", "gen", "brig", "brigadier", "admiral", "adm", "colonel", "col",
    "lieutenant", "lt", "major", "maj", "captain", "capt", "commander", "cmdr", "sergeant",
    "sgt", "governor", "gov", "mayor", "senator", "sen", "representative", "rep",
    "congressman", "congresswoman", "ambassador", "amb", "attorney", "prosecutor", "judge",
    "justice", "chief", "director", "administrator", "commissioner", "spokesman",
    "spokeswoman", "spokesperson", "chancellor", "premier", "prime", "king", "queen", "pope",
    "dr", "mr", "mrs", "ms", "prof", "professor", "agent", "officer", "sheriff", "czar",
    "envoy", "adviser", "advisor", "lawmaker", "leader", "head", "chairman", "chairwoman",
    "chair", "founder", "boss", "kingpin", "lord", "capo", "analyst", "journalist",
    "reporter", "correspondent", "columnist", "economist", "researcher", "expert", "author",
    "editor", "fellow", "scholar", "activist", "lawyer", "defender", "alias", "aka",
    "licenciado", "general", "comandante", "presidenta", "secretario", "secretaria",
    "canciller", "fiscal",
];

/// Nouns that name a role someone has (used in appositions and in labels).
pub const ROLE_NOUNS: &[&str] = &[
    "president", "leader", "head", "chief", "director", "secretary", "minister", "founder",
    "co-founder", "cofounder", "member", "members", "son", "sons", "daughter", "brother",
    "sister", "father", "mother", "wife", "husband", "nephew", "cousin", "uncle", "godfather",
    "successor", "predecessor", "ally", "rival", "lieutenant", "deputy", "commander", "boss",
    "kingpin", "lord", "operative", "associate", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "envoy", "official", "officer", "agent", "contributor", "columnist",
    "analyst", "professor", "fellow", "researcher", "correspondent", "reporter", "editor",
    "adviser", "advisor", "lawyer", "attorney", "prosecutor", "judge", "governor", "mayor",
    "senator", "lawmaker", "legislator", "chairman", "chairwoman", "chair", "general",
    "admiral", "colonel", "captain", "employee", "partner", "financier", "enforcer",
    "accountant", "pilot", "bodyguard", "heir", "founders", "leaders", "chiefs", "heads",
    "students", "graduate", "alumnus", "veteran", "nominee", "appointee", "administrator",
    "commissioner", "coordinator", "representative", "delegate", "counterpart", "czar",
];

/// Organisation cue words and the kind they signal (compared in lowercase).
pub const ORG_CUES: &[(&str, Kind)] = &[
    ("cartel", Kind::Cartel), ("cártel", Kind::Cartel), ("cartels", Kind::Cartel),
    ("gang", Kind::Cartel), ("clan", Kind::Cartel), ("mafia", Kind::Cartel),
    ("syndicate", Kind::Cartel), ("brotherhood", Kind::Cartel),
    ("command", Kind::Agency), ("department", Kind::Agency), ("ministry", Kind::Agency),
    ("agency", Kind::Agency), ("force", Kind::Agency), ("forces", Kind::Agency),
    ("secretariat", Kind::Agency), ("secretaría", Kind::Agency), ("secretaria", Kind::Agency),
    ("police", Kind::Agency), ("guard", Kind::Agency), ("army", Kind::Agency),
    ("navy", Kind::Agency), ("marines", Kind::Agency), ("office", Kind::Agency),
    ("bureau", Kind::Agency), ("service", Kind::Agency), ("services", Kind::Agency),
    ("commission", Kind::Agency), ("court", Kind::Agency), ("congress", Kind::Agency),
    ("senate", Kind::Agency), ("patrol", Kind::Agency), ("directorate", Kind::Agency),
    ("division", Kind::Agency), ("corps", Kind::Agency), ("fiscalía", Kind::Agency),
    ("fiscalia", Kind::Agency), ("procuraduría", Kind::Agency), ("prosecutor's", Kind::Agency),
    ("guardia", Kind::Agency), ("unit", Kind::Agency), ("administration", Kind::Agency),
    ("cabinet", Kind::Agency), ("parliament", Kind::Agency), ("assembly", Kind::Agency),
    ("tribunal", Kind::Agency), ("chamber", Kind::Agency), ("committee", Kind::Agency),
    ("initiative", Kind::Agreement), ("framework", Kind::Agreement),
    ("agreement", Kind::Agreement), ("accord", Kind::Agreement), ("accords", Kind::Agreement),
    ("treaty", Kind::Agreement), ("pact", Kind::Agreement), ("program", Kind::Agreement),
    ("programme", Kind::Agreement), ("plan", Kind::Agreement), ("strategy", Kind::Agreement),
    ("act", Kind::Agreement), ("law", Kind::Agreement), ("protocol", Kind::Agreement),
    ("protocols", Kind::Agreement), ("operation", Kind::Agreement), ("compact", Kind::Agreement),
    ("memorandum", Kind::Agreement), ("convention", Kind::Agreement), ("dialogue", Kind::Agreement),
    ("partnership", Kind::Agreement), ("doctrine", Kind::Agreement),
    ("institute", Kind::Organization), ("center", Kind::Organization),
    ("centre", Kind::Organization), ("foundation", Kind::Organization),
    ("university", Kind::Organization), ("college", Kind::Organization),
    ("school", Kind::Organization), ("academy", Kind::Organization), ("party", Kind::Organization),
    ("group", Kind::Organization), ("forum", Kind::Organization),
    ("association", Kind::Organization), ("society", Kind::Organization),
    ("council", Kind::Organization), ("union", Kind::Organization), ("network", Kind::Organization),
    ("coalition", Kind::Organization), ("alliance", Kind::Organization),
    ("times", Kind::Organization), ("journal", Kind::Organization), ("news", Kind::Organization),
    ("post", Kind::Organization), ("press", Kind::Organization), ("tribune", Kind::Organization),
    ("herald", Kind::Organization), ("magazine", Kind::Organization), ("review", Kind::Organization),
    ("daily", Kind::Organization), ("company", Kind::Organization),
    ("corporation", Kind::Organization), ("inc", Kind::Organization), ("corp", Kind::Organization),
    ("llc", Kind::Organization), ("bank", Kind::Organization), ("fund", Kind::Organization),
    ("watch", Kind::Organization),
    ("organization", Kind::Organization), ("organisation", Kind::Organization),
    ("federation", Kind::Organization), ("board", Kind::Organization),
    ("club", Kind::Organization), ("institution", Kind::Organization),
    ("commons", Kind::Organization), ("radio", Kind::Organization), ("tv", Kind::Organization),
    ("television", Kind::Organization), ("channel", Kind::Organization),
    ("industries", Kind::Organization), ("holdings", Kind::Organization),
    ("laboratories", Kind::Organization), ("labs", Kind::Organization),
];

/// The kind an organisation cue word signals.
pub fn org_cue(word_lower: &str) -> Option<Kind> {
    static MAP: LazyLock<HashMap<&'static str, Kind>> = LazyLock::new(|| ORG_CUES.iter().copied().collect());
    MAP.get(word_lower).copied()
}

/// Relation cues: a word form and the label it gives an edge. Verb forms and their
/// nominalisations share one label.
pub const RELATION_CUES: &[(&str, &str)] = &[
    ("arrest", "arrested"), ("arrested", "arrested"), ("arrests", "arrested"), ("arresting", "arrested"),
    ("capture", "captured"), ("captured", "captured"), ("captures", "captured"), ("capturing", "captured"),
    ("detain", "detained"), ("detained", "detained"), ("detention", "detained"),
    ("extradite", "extradited"), ("extradited", "extradited"), ("extradition", "extradited"),
    ("extraditing", "extradited"), ("expelled", "expelled"), ("deported", "deported"),
    ("handed", "handed over"), ("hand", "handed over"), ("hands", "handed over"),
    ("transferred", "handed over"), ("transfer", "handed over"), ("delivered", "handed over"),
    ("sent", "sent"), ("send", "sent"), ("returned", "returned"),
    ("release", "released"), ("released", "released"), ("freed", "released"),
    ("designate", "designated"), ("designated", "designated"), ("designating", "designated"),
    ("designation", "designated"), ("labeled", "designated"), ("labelled", "designated"),
    ("classified", "designated"), ("reclassifies", "designated"), ("listed", "designated"),
    ("sanction", "sanctioned"), ("sanctioned", "sanctioned"), ("sanctions", "sanctioned"),
    ("indict", "indicted"), ("indicted", "indicted"), ("indictment", "indicted"),
    ("charged", "charged"), ("charges", "charged"), ("prosecuted", "prosecuted"),
    ("prosecution", "prosecuted"), ("convicted", "convicted"), ("sentenced", "sentenced"),
    ("accused", "accused"), ("accuses", "accused"), ("accusing", "accused"),
    ("investigate", "investigated"), ("investigated", "investigated"), ("investigating", "investigated"),
    ("investigation", "investigated"), ("targeted", "targeted"), ("targeting", "targeted"),
    ("target", "targeted"), ("targets", "targeted"), ("raided", "raided"),
    ("killed", "killed"), ("kill", "killed"), ("killing", "killed"), ("murder", "killed"),
    ("murdered", "killed"), ("assassinated", "killed"), ("assassination", "attacked"),
    ("attacked", "attacked"), ("attack", "attacked"), ("ambushed", "attacked"),
    ("kidnapped", "kidnapped"), ("tortured", "tortured"), ("torture", "tortured"),
    ("fight", "fought"), ("fought", "fought"), ("fighting", "fought"), ("combat", "fought"),
    ("combating", "fought"), ("combatting", "fought"), ("battle", "fought"), ("war", "fought"),
    ("dismantle", "dismantled"), ("dismantling", "dismantled"), ("disrupt", "disrupted"),
    ("disrupting", "disrupted"), ("confront", "confronted"), ("confronting", "confronted"),
    ("seized", "seized"), ("seize", "seized"), ("seizure", "seized"), ("seizures", "seized"),
    ("appointed", "appointed"), ("appoint", "appointed"), ("appointment", "appointed"),
    ("named", "appointed"), ("nominated", "appointed"), ("nominate", "appointed"),
    ("confirmed", "confirmed"), ("elected", "elected"), ("replaced", "replaced"),
    ("succeeded", "succeeded"), ("fired", "fired"), ("dismissed", "dismissed"),
    ("lead", "leads"), ("leads", "leads"), ("led", "leads"), ("leading", "leads"),
    ("leadership", "leads"), ("heads", "leads"), ("headed", "leads"), ("run", "runs"),
    ("runs", "runs"), ("running", "runs"), ("ran", "runs"), ("controls", "controls"),
    ("control", "controls"), ("controlled", "controls"), ("commands", "leads"),
    ("commanded", "leads"), ("oversees", "oversees"), ("oversaw", "oversees"),
    ("founded", "founded"), ("founders", "founded"), ("founder", "founded"),
    ("co-founded", "founded"), ("created", "created"), ("creation", "created"),
    ("establish", "established"), ("established", "established"), ("establishment", "established"),
    ("launch", "launched"), ("launched", "launched"), ("launching", "launched"),
    ("unveiled", "launched"), ("unveil", "launched"), ("announced", "announced"),
    ("announce", "announced"), ("announcement", "announced"), ("signed", "signed"),
    ("sign", "signed"), ("signing", "signed"), ("ratified", "signed"), ("joined", "joined"),
    ("join", "joined"), ("member", "member of"), ("members", "member of"),
    ("serve", "served as"), ("served", "served as"), ("serves", "served as"), ("serving", "served as"),
    ("worked", "worked with"), ("work", "worked with"), ("working", "worked with"),
    ("works", "worked with"), ("collaborated", "cooperated"), ("collaborate", "cooperated"),
    ("collaboration", "cooperated"), ("cooperate", "cooperated"), ("cooperated", "cooperated"),
    ("cooperation", "cooperated"), ("coordinated", "cooperated"), ("coordination", "cooperated"),
    ("partnered", "cooperated"), ("allied", "allied"), ("supported", "supported"),
    ("support", "supported"), ("backed", "supported"), ("funded", "funded"),
    ("financed", "funded"), ("provided", "provided"), ("provides", "provided"),
    ("trained", "trained"), ("assisted", "assisted"), ("helped", "assisted"),
    ("met", "met"), ("meet", "met"), ("meeting", "met"), ("meets", "met"), ("visited", "visited"),
    ("visit", "visited"), ("hosted", "hosted"), ("talks", "talked with"), ("talked", "talked with"),
    ("spoke", "talked with"), ("speak", "talked with"), ("call", "called"), ("called", "called"),
    ("phoned", "called"), ("negotiated", "negotiated"), ("negotiate", "negotiated"),
    ("negotiations", "negotiated"), ("agreed", "agreed"), ("agree", "agreed"),
    ("agreement", "agreed"), ("deal", "agreed"), ("rejected", "rejected"), ("reject", "rejected"),
    ("rejects", "rejected"), ("rejection", "rejected"), ("refused", "rejected"),
    ("rebuffed", "rejected"), ("denied", "denied"), ("opposed", "opposed"), ("criticized", "criticized"),
    ("criticised", "criticized"), ("condemned", "criticized"), ("denounced", "criticized"),
    ("praised", "praised"), ("congratulating", "praised"), ("congratulated", "praised"),
    ("thanked", "praised"), ("pressed", "pressured"), ("pressured", "pressured"),
    ("pressure", "pressured"), ("urged", "pressured"), ("demanded", "pressured"),
    ("threatened", "threatened"), ("threat", "threatened"), ("threatens", "threatened"),
    ("warned", "warned"), ("offered", "offered"), ("offer", "offered"), ("proposal", "proposed"),
    ("proposed", "proposed"), ("asked", "asked"), ("told", "told"), ("tells", "told"),
    ("tell", "told"), ("imposed", "imposed"), ("impose", "imposed"), ("imposition", "imposed"),
    ("tariff", "tariffs"), ("tariffs", "tariffs"), ("deploy", "deployed"), ("deployed", "deployed"),
    ("deployment", "deployed"), ("sued", "sued"), ("lawsuit", "sued"), ("suing", "sued"),
    ("protected", "protected"), ("protection", "protected"), ("bribed", "bribed"),
    ("bribes", "bribed"), ("paid", "paid"), ("colluding", "colluded"), ("collusion", "colluded"),
    ("ties", "ties to"), ("tied", "ties to"), ("linked", "ties to"), ("links", "ties to"),
    ("link", "ties to"), ("affiliated", "ties to"), ("belong", "member of"),
    ("belongs", "member of"), ("belonged", "member of"), ("represent", "represents"),
    ("represents", "represents"), ("representing", "represents"), ("represented", "represents"),
    ("succeed", "succeeded"), ("inherits", "succeeded"), ("inherited", "succeeded"),
    ("intervene", "intervened"), ("intervention", "intervened"), ("intervening", "intervened"),
    ("invade", "invaded"), ("invaded", "invaded"), ("strike", "struck"), ("strikes", "struck"),
    ("struck", "struck"), ("smuggle", "smuggled"), ("smuggled", "smuggled"),
    ("smuggling", "smuggled"), ("trafficking", "trafficked"), ("supplied", "supplied"),
    ("suppliers", "supplied"), ("supply", "supplied"), ("sourced", "supplied"),
    ("exported", "supplied"), ("manufacture", "manufactured"), ("sold", "sold"),
    ("bought", "bought"), ("shared", "shared"), ("sharing", "shared"),
    ("relations", "relations"), ("relationship", "relations"), ("dialogue", "talked with"),
    ("ally", "allied"), ("rival", "rivals"), ("rivals", "rivals"), ("feud", "rivals"),
    ("split", "split from"), ("betrayed", "betrayed"), ("surrendered", "surrendered"),
    ("testified", "testified"), ("testimony", "testified"), ("interviewed", "interviewed"),
    ("reported", "reported"), ("quoted", "quoted"), ("cited", "cited"), ("according", "according to"),
    ("said", "said"), ("says", "said"), ("stated", "said"), ("noted", "said"), ("observed", "said"),
    ("remarked", "said"), ("declared", "said"), ("insisted", "said"), ("acknowledged", "said"),
    ("asserted", "said"), ("argued", "said"), ("claimed", "said"), ("emphasized", "said"),
    ("described", "described"), ("referenced", "mentioned"), ("mentioned", "mentioned"),
    ("invoked", "mentioned"), ("blamed", "blamed"), ("blame", "blamed"), ("pledged", "pledged"),
    ("promised", "pledged"), ("vowed", "pledged"), ("require", "required"), ("required", "required"),
    ("allow", "allowed"), ("allowed", "allowed"), ("authorized", "authorized"),
    ("approved", "approved"), ("passed", "approved"), ("enacted", "approved"),
    ("implemented", "implemented"), ("implementing", "implemented"), ("renegotiation", "renegotiated"),
    ("renegotiate", "renegotiated"), ("cancel", "cancelled"), ("canceled", "cancelled"),
    ("canceling", "cancelled"), ("suspended", "suspended"), ("ended", "ended"), ("end", "ended"),
    ("exempted", "exempted"), ("benefited", "benefited"), ("received", "received"),
    ("funding", "funded"), ("aid", "aided"), ("assistance", "assisted"), ("cover", "covered"),
    ("succession", "succeeded"), ("son", "son of"), ("sons", "son of"), ("daughter", "daughter of"),
    ("brother", "brother of"), ("wife", "married to"), ("married", "married to"),
    ("father", "parent of"), ("nephew", "relative of"), ("predecessor", "preceded"),
    ("successor", "succeeded"), ("accompanying", "accompanied"), ("accompanied", "accompanied"),
    ("escorted", "accompanied"), ("vying", "rivals"), ("against", "against"),
    ("confer", "talked with"), ("conversation", "talked with"), ("summit", "met"),
    ("contributor", "works for"), ("correspondent", "works for"), ("columnist", "works for"),
    ("professor", "works for"), ("fellow", "works for"), ("director", "leads"),
    ("leader", "leads"), ("leaders", "leads"), ("chief", "leads"), ("head", "leads"),
    ("secretary", "secretary of"), ("minister", "minister of"), ("president", "president of"),
    ("ambassador", "ambassador to"), ("spokesman", "spokesperson of"),
    ("spokeswoman", "spokesperson of"), ("official", "official of"), ("officials", "official of"),
    ("agent", "agent of"), ("agents", "agent of"), ("commander", "leads"),
    ("advisor", "advises"), ("adviser", "advises"), ("analyst", "works for"),
    ("researcher", "works for"), ("graduate", "studied at"), ("scholar", "studied at"),
];

/// The label of a relation cue word (lowercase), if it is one.
pub fn relation_cue(word_lower: &str) -> Option<&'static str> {
    static MAP: LazyLock<HashMap<&'static str, &'static str>> =
        LazyLock::new(|| RELATION_CUES.iter().copied().collect());
    MAP.get(word_lower).copied()
}

/// Prepositions that can link two names over a short distance ("Shifter of the Dialogue",
/// "arrested by DEA agents", "talks with Rubio").
pub const LINKING_PREPOSITIONS: &[&str] =
    &["of", "with", "by", "between", "against", "to", "from", "for", "at", "under", "on", "toward", "towards", "into"];

/// Words that break a sentence into clauses that usually say separate things.
pub const CLAUSE_BREAKERS: &[&str] = &[
    "but", "while", "whereas", "although", "though", "however", "meanwhile", "unlike",
    "despite", "because", "since", "whether", "if", "unless", "so", "thus", "therefore",
    "nevertheless", "moreover", "instead",
];

/// Capitalised words that are ordinary English (sentence starts, months, days) and so
/// are never the start of a discovered name on their own.
pub const COMMON_CAPITALISED: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
    "you", "his", "her", "their", "its", "our", "my", "your", "but", "and", "or", "nor", "in",
    "on", "at", "for", "as", "if", "when", "while", "however", "yet", "still", "there",
    "what", "why", "how", "who", "whom", "which", "where", "after", "before", "since",
    "despite", "although", "meanwhile", "instead", "now", "then", "with", "without", "by",
    "from", "to", "of", "into", "over", "under", "between", "among", "during", "through",
    "about", "against", "unlike", "like", "following", "according", "earlier", "later",
    "last", "next", "this", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "first", "second", "third", "former", "new", "both", "each", "every",
    "all", "some", "many", "most", "more", "much", "several", "such", "other", "another",
    "no", "not", "yes", "so", "thus", "also", "even", "only", "just", "already", "once",
    "here", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "image", "photo",
    "photos", "source", "sources", "reading", "time", "tags", "follow", "sign", "subscribe",
    "read", "more", "related", "share", "click", "advertisement", "updated", "published",
    "editor", "note", "editor's", "quick", "looks", "deep", "look", "register", "login",
    "given", "taken", "together", "far", "closer", "much", "finally", "furthermore",
    "additionally", "similarly", "moreover", "nevertheless", "indeed", "perhaps", "still",
    "because", "whether", "unless", "until", "within", "beyond", "across", "along", "toward",
    "towards", "upon", "amid", "around", "near", "behind", "above", "below", "per",
    "speaking", "citing", "asked", "adding", "noting", "saying", "officials", "analysts",
    "authorities", "critics", "experts", "observers", "supporters", "sovereignty",
    "security", "cooperation", "violence", "fentanyl", "migration", "trade", "drug", "drugs",
    "cartels", "cartel", "government", "governments", "military", "federal", "national",
    "state", "public", "foreign", "joint", "special", "senior", "top", "high", "low",
    "democrats", "republicans", "americans", "mexicans", "mexican", "american", "u.s.",
    "am", "pm", "mr", "mrs", "ms", "dr", "gen", "brig", "sen", "rep", "gov", "st", "jr",
];

/// Verbs of speaking and acting that, right after a two- or three-word capitalised name,
/// show the name is a person's ("Shifter told", "Tapia noted").
pub const PERSON_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "noted", "notes", "observed", "added", "wrote", "writes",
    "argued", "argues", "stated", "explained", "warned", "remarked", "declared", "insisted",
    "acknowledged", "asserted", "claimed", "emphasized", "stressed", "recalled", "testified",
    "pleaded", "admitted", "denied", "confirmed", "announced", "tweeted", "posted", "urged",
    "believes", "believed", "thinks", "suggested", "agreed", "replied", "responded",
    "was", "is", "has", "had", "who", "himself", "herself", "died", "fled", "escaped",
];

/// Common given names (lowercase, accents folded), English and Spanish. A capitalised
/// pair that starts with one is taken to be a person.
pub const GIVEN_NAMES: &str = "aaron abel abraham adam adrian adriana agustin alan alberto alejandra alejandro alex alexander alexandra alfonso alfredo alicia alison amanda amy ana andrea andres andrew angel angela angelica anna anne anthony antonio ariel armando arturo audrey barbara beatriz ben benjamin bernardo beto bill blanca bob brad brandon brenda brian bruce carl carla carlos carmen carol caroline catherine cecilia cesar charles charlie chris christina christine christopher cindy claudia colin craig cristina cuauhtemoc dale damaso dan daniel daniela david dean deborah denise dennis diana diego dolores donald donna doug douglas eduardo edgar edward elena elizabeth ella emilio emily emma enrique eric erica ernesto esteban ethan eugenio eva evelyn fabiola federico felipe fernanda fernando francisca francisco frank gabriel gabriela gary genaro george gerardo gilberto gloria gonzalo grace graciela greg gregory guadalupe guillermo gustavo hector helen henry heriberto hilda homero hugo ignacio irene isabel ismael israel ivan jack jacob jaime james jamie jane janet jason javier jeff jeffrey jennifer jeremy jerry jesse jessica jesus jim jimmy joan joaquin joe joel john jonathan jorge jose josefina joseph joshua juan juana julia julian julio justin karen karina kate katherine kathleen kathryn keith kelly ken kenneth kevin kimberly kristi larry laura lauren leonardo leticia lila linda lisa lorena lorenzo louis lucia luis luisa luz manuel marcelo marco marcos margaret maria mariana mario mark marta martha martin mary matthew mauricio maurizio melissa merrick michael michelle miguel mike miriam monica nancy natalia nathan nemesio nicholas nick nicolas noe norma octavio olga omar oscar osiel ovidio pablo palmira pamela patricia patrick paul paula pedro pete peter rafael ramiro ramon randy raquel raul raymond raymundo rebecca ricardo richard rick robert roberto rocio rodrigo rogelio ronald rosa rosario ruben ruth ryan salvador samuel sandra sara sarah scott sean sergio servando silvia sofia stephanie stephen steve steven susan susana teresa terrance thomas tim timothy todd tom tomas tony tyler valeria vanessa veronica vicente victor victoria vincent virginia walter wayne wendy william xavier ximena yolanda zoe";

/// True if `word_lower` (folded) is a common given name.
pub fn is_given_name(word_lower: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| GIVEN_NAMES.split(' ').collect());
    SET.contains(word_lower)
}

macro_rules! membership {
    ($(#[$doc:meta] $name:ident => $list:ident;)*) => {$(
        #[$doc]
        pub fn $name(word_lower: &str) -> bool {
            static SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| $list.iter().copied().collect());
            SET.contains(word_lower)
        }
    )*};
}

membership! {
    /// True for a title word ("secretary", "gen").
    is_title => TITLES;
    /// True for a role noun ("leader", "son").
    is_role_noun => ROLE_NOUNS;
    /// True for a linking preposition.
    is_linking_preposition => LINKING_PREPOSITIONS;
    /// True for a clause-breaking conjunction or adverb.
    is_clause_breaker => CLAUSE_BREAKERS;
    /// True for an ordinary word that may be capitalised ("The", "January").
    is_common_capitalised => COMMON_CAPITALISED;
    /// True for a verb that marks the name before it as a person's.
    is_person_verb => PERSON_VERBS;
}
