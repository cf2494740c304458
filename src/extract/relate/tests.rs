//! The relation rules on example sentences.

use super::*;
use crate::extract::tokens::tokenize;

/// The mentions of `names` (each `(surface, kind)`, found in order) in `text`, each of
/// the entity `entities` gives at its position.
pub(super) fn mentions_of(
    text: &str,
    tokens: &[Token],
    names: &[(&str, Kind)],
    entities: &[u32],
) -> Vec<SentenceMention> {
    let mut mentions = Vec::new();
    let mut from = 0;
    for ((name, kind), &entity) in names.iter().zip(entities) {
        let s = from + text[from..].find(name).unwrap();
        let e = s + name.len();
        from = e;
        let ts = tokens.iter().position(|t| t.span.start == s).unwrap();
        let te = tokens.iter().position(|t| t.span.end == e).unwrap() + 1;
        mentions.push(SentenceMention {
            tokens: ts..te,
            kind: *kind,
            entity,
        });
    }
    mentions
}

/// Relates the named mentions (each `(surface, kind)`; entity = position).
fn pairs(text: &str, names: &[(&str, Kind)]) -> Vec<(String, String, String)> {
    let tokens = tokenize(text, 0..text.len());
    let entities: Vec<u32> = (0..names.len() as u32).collect();
    let mentions = mentions_of(text, &tokens, names, &entities);
    relate(text, &tokens, &mentions)
        .into_iter()
        .map(|l| {
            (
                names[l.a].0.to_string(),
                names[l.b].0.to_string(),
                l.label.to_string(),
            )
        })
        .collect()
}

use Kind::*;

#[test]
fn a_speakers_workplace_does_not_speak() {
    let got = pairs(
        "Juan Montero, a political scientist at Boston University, said the war between Los Chapitos and La Mayiza had disrupted supply chains.",
        &[("Juan Montero", Person), ("Boston University", Organization), ("Los Chapitos", Cartel), ("La Mayiza", Cartel)],
    );
    assert!(
        got.contains(&(
            "Juan Montero".into(),
            "Boston University".into(),
            "works for".into()
        )),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(a, b, _)| a == "Boston University" && b != "Juan Montero"),
        "{got:?}"
    );
}

#[test]
fn works_with_inside_a_relative_clause() {
    let got = pairs(
        "The Navy, which works closely with the DEA, led the raids.",
        &[("Navy", Agency), ("DEA", Agency)],
    );
    assert_eq!(got, [("Navy".into(), "DEA".into(), "worked with".into())]);
}

#[test]
fn a_determiner_after_a_pair_is_no_verb() {
    let got = pairs(
        "Ebrard has held talks with Lutnick and Greer this year.",
        &[("Ebrard", Person), ("Lutnick", Person), ("Greer", Person)],
    );
    assert!(
        !got.iter().any(|(a, b, _)| a == "Lutnick" && b == "Greer"),
        "{got:?}"
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn list_members_are_not_related_to_each_other() {
    let got = pairs(
        "Security Minister Omar García Harfuch, Defense Minister Ricardo Trevilla Trejo, Navy Minister Raymundo Pedro Morales, and Attorney General Alejandro Gertz Manero will represent Mexico in this group.",
        &[("Omar García Harfuch", Person), ("Ricardo Trevilla Trejo", Person), ("Raymundo Pedro Morales", Person), ("Alejandro Gertz Manero", Person), ("Mexico", Country)],
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(
        got.iter()
            .all(|(_, b, l)| b == "Mexico" && l == "represents"),
        "{got:?}"
    );
}

#[test]
fn a_term_of_office_or_a_visit_only_dates_the_sentence() {
    // Invented sentences: the name that dates the clause is no party to it.
    let got = pairs(
        "Under Obrador’s government, the DEA arrested Salvador Cienfuegos in Los Angeles.",
        &[
            ("Obrador", Person),
            ("DEA", Agency),
            ("Salvador Cienfuegos", Person),
        ],
    );
    assert_eq!(
        got,
        [(
            "DEA".into(),
            "Salvador Cienfuegos".into(),
            "arrested".into()
        )]
    );
    let got = pairs(
        "Days before Blinken’s visit to Mexico, the Pentagon designated the Gulf Cartel.",
        &[
            ("Blinken", Person),
            ("Mexico", Country),
            ("Pentagon", Agency),
            ("Gulf Cartel", Cartel),
        ],
    );
    assert_eq!(
        got,
        [
            ("Blinken".into(), "Mexico".into(), "visit".into()),
            ("Pentagon".into(), "Gulf Cartel".into(), "designated".into())
        ]
    );
    // A title may stand between the preposition and the name.
    let got = pairs(
        "Cooperation with Washington grew during President Vicente Fox’s first term.",
        &[("Washington", Country), ("Vicente Fox", Person)],
    );
    assert!(got.is_empty(), "{got:?}");
    // An arrest is an event the clause may answer: not a time frame.
    let got = pairs(
        "The Sinaloa Cartel besieged the city after Ovidio’s arrest.",
        &[("Sinaloa Cartel", Cartel), ("Ovidio", Person)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_description_ties_a_person_to_the_body_named_in_it() {
    // Invented sentences. Any occupation names a role, not only titles.
    let got = pairs(
        "“It will not last,” said Ana Ruiz, a migration expert at the Colegio de la Frontera Norte.",
        &[("Ana Ruiz", Person), ("Colegio de la Frontera Norte", Organization)],
    );
    assert_eq!(
        got,
        [(
            "Ana Ruiz".into(),
            "Colegio de la Frontera Norte".into(),
            "expert".into()
        )]
    );
    // A body named with its acronym still lies inside the description; an "as" phrase
    // after the description is the described person's, not the body's.
    let got = pairs(
        "Ebrard appointed Ana Ruiz, a former deputy director of the Federal Police (PF), as Mexico’s border envoy.",
        &[
            ("Ebrard", Person),
            ("Ana Ruiz", Person),
            ("Federal Police (PF)", Agency),
            ("Mexico", Country),
        ],
    );
    assert_eq!(
        got,
        [
            ("Ebrard".into(), "Ana Ruiz".into(), "appointed".into()),
            (
                "Ana Ruiz".into(),
                "Federal Police (PF)".into(),
                "deputy".into()
            ),
            ("Ana Ruiz".into(), "Mexico".into(), "envoy".into()),
        ]
    );
}

#[test]
fn a_possessor_and_a_role_before_a_comma_describe_the_name_after_it() {
    // Invented sentences.
    let got = pairs(
        "El Mayo’s eldest son, Vicente Zambada Niebla, was sentenced in Chicago.",
        &[("El Mayo", Person), ("Vicente Zambada Niebla", Person)],
    );
    assert_eq!(
        got,
        [(
            "El Mayo".into(),
            "Vicente Zambada Niebla".into(),
            "son of".into()
        )]
    );
    let got = pairs(
        "Colombia’s defense minister, Pedro Sánchez, met Hegseth.",
        &[
            ("Colombia", Country),
            ("Pedro Sánchez", Person),
            ("Hegseth", Person),
        ],
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].2, "minister of", "{got:?}");
    // Without a role it is a list.
    let got = pairs(
        "Mexico’s neighbours, Guatemala and Belize, were not consulted.",
        &[
            ("Mexico", Country),
            ("Guatemala", Country),
            ("Belize", Country),
        ],
    );
    assert!(got.iter().all(|(a, _, _)| a != "Mexico"), "{got:?}");
}

#[test]
fn a_name_inside_a_relative_clause_on_a_noun_is_not_the_subjects() {
    // Invented sentences.
    let got = pairs(
        "Trump objected to an Ontario television ad that quoted Ronald Reagan on tariffs.",
        &[("Trump", Person), ("Ronald Reagan", Person)],
    );
    assert!(got.is_empty(), "{got:?}");
    let got = pairs(
        "The United States wants to target the supply chains that link China and Mexico.",
        &[
            ("United States", Country),
            ("China", Country),
            ("Mexico", Country),
        ],
    );
    assert!(got.is_empty(), "{got:?}");
    // A content clause is not a relative one: "clear that failure …".
    let got = pairs(
        "Trump has made it clear that failure will carry consequences for Mexico.",
        &[("Trump", Person), ("Mexico", Country)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_description_of_a_name_inside_a_description_is_that_names() {
    // Invented sentence: the group is allied, not its leader; the sentence's verb
    // is read after both descriptions.
    let got = pairs(
        "Abigael González, a leader of Los Cuinis, a group closely allied with the CJNG, was sent to the United States.",
        &[
            ("Abigael González", Person),
            ("Los Cuinis", Organization),
            ("CJNG", Cartel),
            ("United States", Country),
        ],
    );
    let mut got: Vec<(&str, &str, &str)> = got
        .iter()
        .map(|(a, b, l)| (a.as_str(), b.as_str(), l.as_str()))
        .collect();
    got.sort_unstable();
    assert_eq!(
        got,
        [
            ("Abigael González", "Los Cuinis", "leads"),
            ("Abigael González", "United States", "sent"),
            ("Los Cuinis", "CJNG", "allied"),
        ]
    );
    // "the Cartel …" after a cartel is the next item of a list, not a description.
    let got = pairs(
        "Canada listed the Sinaloa Cartel, the Cartel Jalisco Nueva Generacion and five groups as terrorists.",
        &[("Canada", Country), ("Sinaloa Cartel", Cartel), ("Cartel Jalisco Nueva Generacion", Cartel)],
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(a, _, _)| a == "Canada"), "{got:?}");
}

#[test]
fn a_pronoun_that_owns_the_role_of_the_subject_is_no_subject() {
    // Invented sentence: "Her" is a mention of Castro, carried from the sentence
    // before; her minister signed, not she.
    let got = pairs(
        "Her defense minister, José Zelaya, signed the deal with the United States.",
        &[
            ("Her", Person),
            ("José Zelaya", Person),
            ("United States", Country),
        ],
    );
    assert!(
        got.iter()
            .any(|(a, b, l)| a == "Her" && b == "José Zelaya" && l == "minister of"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|(a, b, _)| !(a == "Her" && b == "United States")),
        "{got:?}"
    );
}

#[test]
fn a_role_owned_by_a_possessive_pronoun_relates_its_antecedent() {
    // Invented sentences.
    let got = pairs(
        "The Beltrán Leyva Organization and its longtime rival, the Juárez Cartel, split the plaza.",
        &[
            ("Beltrán Leyva Organization", Cartel),
            ("Juárez Cartel", Cartel),
        ],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "rivals", "{got:?}");
    let got = pairs(
        "Noboa reversed the security policy of his predecessor, President Guillermo Lasso, within a month.",
        &[("Noboa", Person), ("Guillermo Lasso", Person)],
    );
    assert_eq!(
        got,
        [("Noboa".into(), "Guillermo Lasso".into(), "preceded".into())]
    );
    // "its" skips the person named last and finds the body.
    let got = pairs(
        "The DEA praised Ruiz, and its former chief, Anne Milgram, agreed.",
        &[("DEA", Agency), ("Ruiz", Person), ("Anne Milgram", Person)],
    );
    assert!(
        got.iter()
            .any(|(a, b, l)| a == "DEA" && b == "Anne Milgram" && l == "leads"),
        "{got:?}"
    );
}

#[test]
fn a_dash_aside_with_a_noun_describes_only_the_name_before_it() {
    // Invented sentence: "splinter" is a noun after "a", so the aside is a
    // description of La Línea alone, not a clause about the pair before it.
    let got = pairs(
        "Both the Sinaloa Cartel and La Línea — a splinter of the Juárez Cartel — fought for the city.",
        &[
            ("Sinaloa Cartel", Cartel),
            ("La Línea", Cartel),
            ("Juárez Cartel", Cartel),
        ],
    );
    assert!(
        got.iter()
            .any(|(a, b, _)| a == "La Línea" && b == "Juárez Cartel"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(a, b, _)| a == "Sinaloa Cartel" && b == "Juárez Cartel"),
        "{got:?}"
    );
}

#[test]
fn a_pair_after_the_by_of_a_passive_acted_together() {
    // Invented sentences.
    let got = pairs(
        "The accord was quietly signed in Lima last May by Foreign Minister Ana Díaz and then-Interior Minister Luis Soto before the summit.",
        &[("Ana Díaz", Person), ("Luis Soto", Person)],
    );
    assert_eq!(
        got,
        [("Ana Díaz".into(), "Luis Soto".into(), "signed".into())]
    );
    // A pair that only happens to stand before a preposition did nothing together.
    let got = pairs(
        "Photos of Ana Díaz and Luis Soto after the summit circulated.",
        &[("Ana Díaz", Person), ("Luis Soto", Person)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_country_named_before_a_military_event_noun_is_its_actor() {
    // Invented sentences: an operation, invasion or raid names who acted and where.
    for (text, label) in [
        (
            "The 1989 U.S. invasion of Panama ended Noriega’s rule.",
            "invaded",
        ),
        (
            "Colombia’s military operation in Ecuador angered its neighbour.",
            "operation",
        ),
        ("Turkey’s raids on Syria continued.", "raided"),
    ] {
        let (a, b) = match label {
            "invaded" => ("U.S.", "Panama"),
            "operation" => ("Colombia", "Ecuador"),
            _ => ("Turkey", "Syria"),
        };
        let got = pairs(text, &[(a, Country), (b, Country)]);
        assert_eq!(got, [(a.into(), b.into(), label.into())], "{text}");
    }
}

#[test]
fn an_aside_between_dashes_is_read_through_and_gives_no_label() {
    // Invented sentences.
    let got = pairs(
        "Ottawa warned that the smuggling surge—which killed 40,000 people in the province last year—will bring consequences for Mexico.",
        &[("Ottawa", Country), ("Mexico", Country)],
    );
    assert_eq!(got, [("Ottawa".into(), "Mexico".into(), "warned".into())]);
    let got = pairs(
        "Ana Ruiz hopes the plan—which first arrested smugglers in 2019—will defend Luis Soto.",
        &[("Ana Ruiz", Person), ("Luis Soto", Person)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].2, "arrested", "{got:?}");
    // One dash alone still ends the clause.
    let got = pairs(
        "Ana Ruiz left the party—nobody knows why Luis Soto stayed.",
        &[("Ana Ruiz", Person), ("Luis Soto", Person)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_relation_with_a_unit_is_one_with_the_body_that_owns_it() {
    // Invented sentences.
    let got = pairs(
        "Ana Ruiz earned a doctorate at Harvard’s Kennedy School in 2015.",
        &[
            ("Ana Ruiz", Person),
            ("Harvard", Organization),
            ("Kennedy School", Organization),
        ],
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.contains(&("Ana Ruiz".into(), "Harvard".into(), "studied at".into())));
    // A country is no owning body: "Mexico’s Navy" does not tie Ruiz to Mexico.
    let got = pairs(
        "Ana Ruiz studied at Mexico’s Naval Academy for four years.",
        &[
            ("Ana Ruiz", Person),
            ("Mexico", Country),
            ("Naval Academy", Organization),
        ],
    );
    assert!(
        got.iter()
            .all(|(a, b, _)| !(a == "Ana Ruiz" && b == "Mexico")),
        "{got:?}"
    );
    // Nor is a government department: its office acts on its own.
    let got = pairs(
        "The Treasury’s Office of Foreign Assets Control sanctioned Ana Ruiz.",
        &[
            ("Treasury", Agency),
            ("Office of Foreign Assets Control", Agency),
            ("Ana Ruiz", Person),
        ],
    );
    assert!(
        !got.iter()
            .any(|(a, b, _)| a == "Treasury" && b == "Ana Ruiz"),
        "{got:?}"
    );
}

#[test]
fn a_dash_after_a_name_may_open_its_description() {
    // Invented sentences.
    let got = pairs(
        "Noboa defended the “Plan Fénix” strategy—a program to rebuild Ecuador’s prisons.",
        &[
            ("Noboa", Person),
            ("Plan Fénix", Agreement),
            ("Ecuador", Country),
        ],
    );
    assert!(
        got.contains(&("Plan Fénix".into(), "Ecuador".into(), "rebuild".into())),
        "{got:?}"
    );
    // A verb before the dash: what follows is another clause.
    let got = pairs(
        "The talks with Ebrard stalled—a setback for Mexico.",
        &[("Ebrard", Person), ("Mexico", Country)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_summary_of_the_clause_relates_its_subject_not_its_object() {
    // Invented sentences.
    let got = pairs(
        "Noboa sent troops to the port of Guayaquil and deported Fito to Colombia, a move that angered the Los Lobos gang.",
        &[
            ("Noboa", Person),
            ("Fito", Person),
            ("Colombia", Country),
            ("Los Lobos", Cartel),
        ],
    );
    assert!(
        got.contains(&("Noboa".into(), "Los Lobos".into(), "angered".into())),
        "{got:?}"
    );
    assert!(
        got.iter().all(|(a, b, _)| b != "Los Lobos" || a == "Noboa"),
        "{got:?}"
    );
    // Without a summary noun, the description is of the name before it.
    let got = pairs(
        "Noboa praised Plan Fénix, a program to rebuild Ecuador’s prisons.",
        &[
            ("Noboa", Person),
            ("Plan Fénix", Agreement),
            ("Ecuador", Country),
        ],
    );
    assert!(
        got.iter()
            .any(|(a, b, _)| a == "Plan Fénix" && b == "Ecuador"),
        "{got:?}"
    );
}

#[test]
fn a_passive_participle_that_opens_the_sentence_names_the_agent() {
    // Invented sentences.
    let got = pairs(
        "Led by Colonel Ana Ruiz, the Border Task Force seized 40 tonnes.",
        &[("Ana Ruiz", Person), ("Border Task Force", Agency)],
    );
    assert_eq!(
        got,
        [(
            "Ana Ruiz".into(),
            "Border Task Force".into(),
            "leads".into()
        )]
    );
    // Without "by", no agent.
    let got = pairs(
        "Located in Colonel Ana Ruiz’s district, the Border Task Force grew.",
        &[("Ana Ruiz", Person), ("Border Task Force", Agency)],
    );
    assert!(got.iter().all(|(_, _, l)| l != "leads"), "{got:?}");
}

#[test]
fn a_purpose_after_a_law_is_its_users() {
    // Invented sentence: the treaty is what Petro used, not who sent Otoniel.
    let got = pairs(
        "Petro invoked the Extradition Treaty to send Otoniel to a court in New York.",
        &[
            ("Petro", Person),
            ("Extradition Treaty", Agreement),
            ("Otoniel", Person),
        ],
    );
    assert!(
        got.iter().any(|(a, b, _)| a == "Petro" && b == "Otoniel"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|(a, b, _)| !(a == "Extradition Treaty" && b == "Otoniel")),
        "{got:?}"
    );
}

#[test]
fn a_possessor_of_the_role_of_the_names_after_it_is_not_governed_by_the_verb() {
    // Invented sentence: the gang is led by the brothers, not by Fito.
    let got = pairs(
        "The Choneros, led by Fito’s brothers Junior Macías and Pedro Macías, split.",
        &[
            ("Choneros", Cartel),
            ("Fito", Person),
            ("Junior Macías", Person),
            ("Pedro Macías", Person),
        ],
    );
    assert!(
        got.iter()
            .all(|(a, b, _)| !(a == "Choneros" && b == "Fito")),
        "{got:?}"
    );
    assert!(
        got.contains(&("Choneros".into(), "Pedro Macías".into(), "leads".into())),
        "{got:?}"
    );
}

#[test]
fn a_possessor_owns_the_named_policy_after_it() {
    // Invented sentences.
    let got = pairs(
        "Critics blamed Calderón’s ambitious “Joint Operation Michoacán” for the violence.",
        &[
            ("Calderón", Person),
            ("Joint Operation Michoacán", Agreement),
        ],
    );
    assert_eq!(
        got,
        [(
            "Calderón".into(),
            "Joint Operation Michoacán".into(),
            "policy of".into()
        )]
    );
    let got = pairs(
        "Unlike Felipe Calderón’s (FCH) costly Mérida Initiative, the plan is cheap.",
        &[
            ("Felipe Calderón", Person),
            ("FCH", Person),
            ("Mérida Initiative", Agreement),
        ],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "Mérida Initiative", "{got:?}");
    // A verb between the two is a clause, not a possessed phrase.
    let got = pairs(
        "Trump’s aides signed the USMCA in 2018.",
        &[("Trump", Person), ("USMCA", Agreement)],
    );
    assert!(got.iter().all(|(_, _, l)| l != "policy of"), "{got:?}");
}

#[test]
fn a_decider_is_related_to_what_it_weighs() {
    // Invented sentences.
    let got = pairs(
        "Ebrard must decide whether the Mérida Initiative survives the cuts.",
        &[("Ebrard", Person), ("Mérida Initiative", Agreement)],
    );
    assert_eq!(
        got,
        [("Ebrard".into(), "Mérida Initiative".into(), "decide".into())]
    );
    // Any other "whether" still opens a clause of its own.
    let got = pairs(
        "Ebrard spoke for an hour, whether the Mérida Initiative survives or not.",
        &[("Ebrard", Person), ("Mérida Initiative", Agreement)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_dash_before_including_lists_examples_of_what_came_before() {
    // Invented sentence.
    let got = pairs(
        "The Treasury fined four exchange houses — including Vector, Intercam and CIBanco — in June.",
        &[
            ("Treasury", Agency),
            ("Vector", Organization),
            ("Intercam", Organization),
            ("CIBanco", Organization),
        ],
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(
        got.iter().all(|(a, _, l)| a == "Treasury" && l == "fined"),
        "{got:?}"
    );
    // Any other dash still breaks the clause.
    let got = pairs(
        "The Treasury sanctioned four exchange houses — a first — and Vector fell.",
        &[("Treasury", Agency), ("Vector", Organization)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_words_after_a_description_are_read_from_its_end() {
    // Invented sentence: "sons" describes Iván; it says nothing of the U.S. (the
    // U.S. is related only to the one "whom" its prosecutors charged).
    let got = pairs(
        "He fled with Iván Archivaldo, one of El Chapo’s sons, whom U.S. prosecutors charged.",
        &[
            ("Iván Archivaldo", Person),
            ("El Chapo", Person),
            ("U.S.", Country),
        ],
    );
    assert!(
        got.iter()
            .filter(|(_, b, _)| b == "U.S.")
            .all(|(a, _, l)| a == "Iván Archivaldo" && l == "charged"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(a, b, l)| a == "Iván Archivaldo" && b == "El Chapo" && l == "son of"),
        "{got:?}"
    );
}

#[test]
fn a_plain_aside_in_parentheses_is_read_through() {
    // Invented sentences.
    let got = pairs(
        "Ebrard (2018–2023) negotiated with Blinken.",
        &[("Ebrard", Person), ("Blinken", Person)],
    );
    assert_eq!(
        got,
        [("Ebrard".into(), "Blinken".into(), "negotiated".into())]
    );
    // An aside that names or says something is still a break.
    let got = pairs(
        "Ebrard (who later resigned) negotiated with Blinken.",
        &[("Ebrard", Person), ("Blinken", Person)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_second_verb_phrase_keeps_the_subject_of_the_first() {
    // Invented sentence.
    let got = pairs(
        "Ana Ruiz holds a degree from the Colegio de México and later worked as an analyst at the Wilson Center.",
        &[
            ("Ana Ruiz", Person),
            ("Colegio de México", Organization),
            ("Wilson Center", Organization),
        ],
    );
    assert_eq!(
        got,
        [
            (
                "Ana Ruiz".into(),
                "Colegio de México".into(),
                "studied at".into()
            ),
            (
                "Ana Ruiz".into(),
                "Wilson Center".into(),
                "worked with".into()
            ),
        ]
    );
}

#[test]
fn a_capital_after_a_colon_starts_a_sentence_not_a_list() {
    let got = pairs(
        "At the summit, Ebrard made a bold claim: The Pentagon has already designated the Gulf Cartel.",
        &[("Ebrard", Person), ("Pentagon", Agency), ("Gulf Cartel", Cartel)],
    );
    assert_eq!(
        got,
        [("Pentagon".into(), "Gulf Cartel".into(), "designated".into())]
    );
    // A colon before the names of a list still opens it.
    let got = pairs(
        "The Treasury designated two groups: Gulf Cartel and Los Zetas.",
        &[
            ("Treasury", Agency),
            ("Gulf Cartel", Cartel),
            ("Los Zetas", Cartel),
        ],
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_quotation_may_begin_or_end_in_another_sentence() {
    // The quotation opened in the sentence before: the speaker speaks of Ebrard, the
    // outlet they spoke to has nothing to do with him.
    let got = pairs(
        "It will never be enough for Ebrard,” Shifter told Reforma.",
        &[
            ("Ebrard", Person),
            ("Shifter", Person),
            ("Reforma", Organization),
        ],
    );
    assert!(
        got.iter().any(|(a, b, _)| a == "Ebrard" && b == "Shifter"),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(a, b, _)| a == "Ebrard" && b == "Reforma"),
        "{got:?}"
    );
    // A quotation that runs on into the next sentence.
    let got = pairs(
        "Shifter said: “Ebrard met the DEA in secret.",
        &[("Shifter", Person), ("Ebrard", Person), ("DEA", Agency)],
    );
    assert_eq!(
        got,
        [
            ("Shifter".into(), "Ebrard".into(), "spoke of".into()),
            ("Shifter".into(), "DEA".into(), "spoke of".into()),
            ("Ebrard".into(), "DEA".into(), "met".into()),
        ]
    );
}

#[test]
fn telling_reporters_relates_no_one_named_after_them_but_what_was_told() {
    let got = pairs(
        "Lula told reporters aboard the Airbus One jet that the talks went well.",
        &[("Lula", Person), ("Airbus One", Organization)],
    );
    assert!(got.is_empty(), "{got:?}");
    let got = pairs(
        "Ruiz told reporters at a briefing that the DEA had seized 300 rifles.",
        &[("Ruiz", Person), ("DEA", Agency)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_cited_body_with_its_country_before_it_is_a_source() {
    let got = pairs(
        "Brazil’s exports to Chile grew 3 percent, according to U.S. Census Bureau figures.",
        &[
            ("Brazil", Country),
            ("Chile", Country),
            ("U.S.", Country),
            ("Census Bureau", Agency),
        ],
    );
    assert!(
        got.iter()
            .all(|(a, b, _)| ![a, b].iter().any(|n| *n == "U.S." || *n == "Census Bureau")),
        "{got:?}"
    );
}

#[test]
fn a_pair_acts_together_past_a_relative_clause() {
    let got = pairs(
        "Navy chief Ana Ruiz and Army chief Luis Vega, who skipped the summit, signed the order.",
        &[("Ana Ruiz", Person), ("Luis Vega", Person)],
    );
    assert_eq!(
        got,
        [("Ana Ruiz".into(), "Luis Vega".into(), "signed".into())]
    );
}

#[test]
fn a_by_phrase_after_a_name_describes_it_and_leaves_it_the_subject() {
    let got = pairs(
        "The Jalisco cartel, led by Nemesio Oseguera, was designated by the State Department.",
        &[
            ("Jalisco cartel", Cartel),
            ("Nemesio Oseguera", Person),
            ("State Department", Agency),
        ],
    );
    let has = |a: &str, b: &str, l: &str| got.iter().any(|g| g.0 == a && g.1 == b && g.2 == l);
    assert!(
        has("Jalisco cartel", "Nemesio Oseguera", "leads"),
        "{got:?}"
    );
    assert!(
        has("Jalisco cartel", "State Department", "designated"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|g| g.0 == "Nemesio Oseguera" && g.1 == "State Department"),
        "{got:?}"
    );
}

#[test]
fn a_relative_clause_between_subject_and_verb_gives_no_label() {
    let got = pairs(
        "Canada, which faces pressure from the cartels, named Kevin Brosseau.",
        &[("Canada", Country), ("Kevin Brosseau", Person)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "appointed", "{got:?}");
}

#[test]
fn the_last_of_coordinated_verbs_labels_its_object() {
    // Invented sentences.
    let got = pairs(
        "Ovidio Guzmán was arrested in 2023 and extradited to the United States.",
        &[("Ovidio Guzmán", Person), ("United States", Country)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "extradited", "{got:?}");
    // After a comma, with its auxiliary, past an apposition: the same subject.
    let got = pairs(
        "Juan Hernández, a former president, was convicted in 2024, and was pardoned by Donald Trump.",
        &[("Juan Hernández", Person), ("Donald Trump", Person)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "pardoned", "{got:?}");
    // A past form after "and" with no auxiliary is no verb unless it is a cue.
    let got = pairs(
        "Trump has pointed to the link between politics and organized crime in Mexico.",
        &[("Trump", Person), ("Mexico", Country)],
    );
    assert!(got.iter().all(|(_, _, l)| l != "organized"), "{got:?}");
}

#[test]
fn a_comma_and_a_verb_after_an_object_is_not_the_objects_clause() {
    // Invented sentences: the cartel is an object, then ", and paid …" is the
    // subject's; a list of gerunds is no verb phrase of the name before it.
    let got = pairs(
        "He worked with the Clan del Golfo to buy cocaine, and paid officers near the border with Mexico.",
        &[("Clan del Golfo", Cartel), ("Mexico", Country)],
    );
    assert!(got.is_empty(), "{got:?}");
    let got = pairs(
        "The task force formalizes an approach to identifying, disrupting, and dismantling cartel operations against the United States.",
        &[("task force", Agency), ("United States", Country)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_subject_after_whom_acts_on_the_name_before() {
    let got = pairs(
        "It was criticized by Consuelo Porras, whom the United States sanctioned in 2021.",
        &[("Consuelo Porras", Person), ("United States", Country)],
    );
    assert_eq!(
        got,
        [(
            "Consuelo Porras".to_string(),
            "United States".to_string(),
            "sanctioned".to_string()
        )]
    );
    // Past those acting for a country: "whom U.S. officials accuse".
    let got = pairs(
        "Prosecutors named Arturo Ruiz, whom U.S. officials accuse of fraud.",
        &[("Arturo Ruiz", Person), ("U.S.", Country)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "accused", "{got:?}");
}

#[test]
fn a_whom_clause_between_subject_and_verb_gives_no_label() {
    let got = pairs(
        "Ovidio Guzmán, whom soldiers captured in 2023, was extradited to the United States.",
        &[("Ovidio Guzmán", Person), ("United States", Country)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "extradited", "{got:?}");
}

#[test]
fn a_country_before_ambassador_is_the_one_served() {
    let got = pairs(
        "U.S. Ambassador Ronald Johnson met Sheinbaum.",
        &[
            ("U.S.", Country),
            ("Ronald Johnson", Person),
            ("Sheinbaum", Person),
        ],
    );
    assert!(
        got.iter()
            .any(|(a, b, l)| a == "U.S." && b == "Ronald Johnson" && l == "ambassador of"),
        "{got:?}"
    );
}

#[test]
fn a_scenes_noun_labels_its_counterpart_and_the_subject() {
    // "a visit to Mexico": Rubio visited Mexico; "to" before a name is no verb.
    let got = pairs(
        "After a visit to Mexico, Rubio praised Sheinbaum.",
        &[
            ("Mexico", Country),
            ("Rubio", Person),
            ("Sheinbaum", Person),
        ],
    );
    assert!(
        got.iter()
            .any(|(a, b, l)| a == "Mexico" && b == "Rubio" && l == "visited"),
        "{got:?}"
    );
    // No noun label: the subject's verb links the two.
    let got = pairs(
        "During a call with Rubio, Sheinbaum said Mexico would act.",
        &[
            ("Rubio", Person),
            ("Sheinbaum", Person),
            ("Mexico", Country),
        ],
    );
    assert!(
        got.iter().any(|(a, b, _)| a == "Rubio" && b == "Sheinbaum"),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(a, b, _)| a == "Rubio" && b == "Mexico"),
        "{got:?}"
    );
}

#[test]
fn an_opening_adverbial_phrase_sets_the_scene_for_the_subject_only() {
    let got = pairs(
        "After the raid in Culiacán, Sheinbaum called Biden on Tuesday.",
        &[
            ("Culiacán", Country),
            ("Sheinbaum", Person),
            ("Biden", Person),
        ],
    );
    assert!(
        got.iter().any(|(a, b, _)| a == "Sheinbaum" && b == "Biden"),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(a, b, _)| a == "Culiacán" && b == "Biden"),
        "{got:?}"
    );
}

#[test]
fn a_reports_owner_is_no_party_to_what_it_reports() {
    let got = pairs(
        "Ebrard denied the Financial Times’ report that Harfuch met the DEA in Houston.",
        &[
            ("Ebrard", Person),
            ("Financial Times", Organization),
            ("Harfuch", Person),
            ("DEA", Agency),
        ],
    );
    assert!(
        got.iter()
            .any(|(a, b, _)| a == "Ebrard" && b == "Financial Times"),
        "{got:?}"
    );
    assert!(
        got.iter().any(|(a, b, _)| a == "Harfuch" && b == "DEA"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(a, b, _)| a == "Financial Times" && (b == "Harfuch" || b == "DEA")),
        "{got:?}"
    );
}

#[test]
fn a_speaker_speaks_of_a_country_that_opens_the_quotation() {
    let got = pairs(
        "“Colombia has a huge chemical industry,” said Ana Ruiz, an analyst.",
        &[("Colombia", Country), ("Ana Ruiz", Person)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    // Named further in, the country is where what is said happens.
    let got = pairs(
        "“It opened a debate in Colombia about the industry,” Ana Ruiz said.",
        &[("Colombia", Country), ("Ana Ruiz", Person)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_opening_participle_phrase_describes_the_subject() {
    let got = pairs(
        "MEXICO CITY—Speaking at the Wilson Center in Washington, Foreign Secretary Juan Ramón de la Fuente defended the plan.",
        &[("Wilson Center", Organization), ("Juan Ramón de la Fuente", Person)],
    );
    assert_eq!(
        got,
        [(
            "Wilson Center".into(),
            "Juan Ramón de la Fuente".into(),
            "speaking at".into()
        )]
    );
    // "According to" cites a source.
    let got = pairs(
        "According to Reforma, Ebrard has delivered dozens of prisoners.",
        &[("Reforma", Organization), ("Ebrard", Person)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn no_link_reaches_into_a_subordinate_clause_past_its_subject() {
    let got = pairs(
        "Ebrard defended his ties with the army, especially after DEA agents arrested Salvador Cienfuegos.",
        &[("Ebrard", Person), ("DEA", Agency), ("Salvador Cienfuegos", Person)],
    );
    assert_eq!(
        got,
        [(
            "DEA".into(),
            "Salvador Cienfuegos".into(),
            "arrested".into()
        )]
    );
}

#[test]
fn a_name_inside_a_relative_clause_stays_inside_it() {
    let got = pairs(
        "Ebrard, who succeeded Blinken in March, has argued that Canada must act.",
        &[("Ebrard", Person), ("Blinken", Person), ("Canada", Country)],
    );
    assert!(
        got.iter()
            .all(|(a, b, _)| !(a == "Blinken" && b == "Canada")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|(a, b, _)| a == "Ebrard" && b == "Blinken"),
        "{got:?}"
    );
    // A restrictive clause ends at the main verb: "said Washington …" is outside it.
    let got = pairs(
        "An official who briefed reporters said Washington wanted “results, not promises,” and singled out the Gulf Cartel.",
        &[("Washington", Country), ("Gulf Cartel", Cartel)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn verb_between_relates_and_labels() {
    let got = pairs(
        "Trump announced that Sheinbaum agreed to stop the flow of migrants.",
        &[("Trump", Person), ("Sheinbaum", Person)],
    );
    assert_eq!(
        got,
        [("Trump".into(), "Sheinbaum".into(), "announced".into())]
    );
}

#[test]
fn distant_clauses_are_not_related() {
    let got = pairs(
        "Events like the arrest of former Secretary of National Defense Salvador Cienfuegos by DEA agents at Los Angeles International Airport and the detention and subsequent release of Ovidio Guzman, the son of notorious kingpin Joaquín “El Chapo” Guzmán, marked major blows.",
        &[("Salvador Cienfuegos", Person), ("DEA", Agency), ("Ovidio Guzman", Person), ("El Chapo", Person)],
    );
    assert!(
        got.contains(&(
            "Salvador Cienfuegos".into(),
            "DEA".into(),
            "arrested".into()
        )),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(a, b, l)| a == "Ovidio Guzman" && b == "El Chapo" && l == "son of"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(a, b, _)| a == "Salvador Cienfuegos" && b == "El Chapo"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(a, b, _)| a == "DEA" && b == "Ovidio Guzman"),
        "{got:?}"
    );
}

#[test]
fn title_modifier_ties_country_to_person() {
    let got = pairs(
        "Mexican President Claudia Sheinbaum and U.S. Secretary of State Marco Rubio unveiled a new phase.",
        &[("Claudia Sheinbaum", Person), ("U.S.", Country), ("Marco Rubio", Person)],
    );
    assert!(
        got.contains(&("U.S.".into(), "Marco Rubio".into(), "secretary of".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "Claudia Sheinbaum".into(),
            "Marco Rubio".into(),
            "launched".into()
        )),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(a, b, _)| a == "Claudia Sheinbaum" && b == "U.S."),
        "{got:?}"
    );
}

#[test]
fn appositive_role_relates_person_to_organisation() {
    let got = pairs(
        "Earlier this month, the Senate confirmed Sara Carter, a former Fox News contributor, as director.",
        &[("Senate", Agency), ("Sara Carter", Person), ("Fox News", Organization)],
    );
    assert!(
        got.contains(&("Sara Carter".into(), "Fox News".into(), "works for".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("Senate".into(), "Sara Carter".into(), "confirmed".into())),
        "{got:?}"
    );
}

#[test]
fn a_name_describing_another_person_stays_with_that_person() {
    let got = pairs(
        "Among them was Rafael Caro Quintero, the founder of the Guadalajara Cartel wanted for the 1985 killing of DEA agent Enrique Camarena.",
        &[("Rafael Caro Quintero", Person), ("Guadalajara Cartel", Cartel), ("DEA", Agency), ("Enrique Camarena", Person)],
    );
    let has = |a: &str, b: &str| got.iter().any(|(x, y, _)| x == a && y == b);
    assert!(has("Rafael Caro Quintero", "Guadalajara Cartel"), "{got:?}");
    assert!(has("DEA", "Enrique Camarena"), "{got:?}");
    assert!(!has("Rafael Caro Quintero", "DEA"), "{got:?}");
}

#[test]
fn a_subordinate_clause_does_not_relate_its_subject_to_the_main_clause() {
    let got = pairs(
        "López Obrador ordered Ovidio’s release after Sinaloa Cartel gunmen besieged the city.",
        &[
            ("López Obrador", Person),
            ("Ovidio", Person),
            ("Sinaloa Cartel", Cartel),
        ],
    );
    let has = |a: &str, b: &str| got.iter().any(|(x, y, _)| x == a && y == b);
    assert!(has("López Obrador", "Ovidio"), "{got:?}");
    assert!(!has("López Obrador", "Sinaloa Cartel"), "{got:?}");
    assert!(!has("Ovidio", "Sinaloa Cartel"), "{got:?}");
    // "after" before a noun phrase with no verb is a plain preposition.
    let got = pairs(
        "Sheinbaum spoke with Trump after Rubio’s visit.",
        &[("Sheinbaum", Person), ("Trump", Person), ("Rubio", Person)],
    );
    assert!(
        got.iter().any(|(a, b, _)| a == "Sheinbaum" && b == "Trump"),
        "{got:?}"
    );
}

#[test]
fn a_quotation_is_related_only_through_its_speaker() {
    let got = pairs(
        "“It never seems to be enough to satisfy Trump,” Shifter told Mexico News Daily.",
        &[
            ("Trump", Person),
            ("Shifter", Person),
            ("Mexico News Daily", Organization),
        ],
    );
    let has = |a: &str, b: &str| got.iter().any(|(x, y, _)| x == a && y == b);
    assert!(has("Trump", "Shifter"), "{got:?}");
    assert!(has("Shifter", "Mexico News Daily"), "{got:?}");
    assert!(!has("Trump", "Mexico News Daily"), "{got:?}");
}

#[test]
fn a_new_verb_phrase_does_not_relate_the_object_before_it() {
    let got = pairs(
        "Dockery holds a degree from Yale’s Jackson School and previously served as a fellow at the Modern War Institute.",
        &[("Dockery", Person), ("Yale", Organization), ("Jackson School", Organization), ("Modern War Institute", Organization)],
    );
    assert!(
        !got.iter()
            .any(|(a, b, _)| a == "Jackson School" && b == "Modern War Institute"),
        "{got:?}"
    );
}

#[test]
fn an_apposition_with_a_possessive_relates_the_owner() {
    let got = pairs(
        "She is a columnist at Reforma, Mexico’s leading newspaper.",
        &[("Reforma", Organization), ("Mexico", Country)],
    );
    assert_eq!(
        got,
        [("Reforma".into(), "Mexico".into(), "newspaper".into())]
    );
    // "China and Mexico’s cartels": a possessor, not a pair acting together.
    let got = pairs(
        "The supply chains link China and Mexico’s cartels.",
        &[("China", Country), ("Mexico", Country)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_country_modifying_a_title_case_noun_is_not_an_actor() {
    let got = pairs(
        "Sheinbaum And Rubio Launch New US Mexico Security Plan",
        &[
            ("Sheinbaum", Person),
            ("Rubio", Person),
            ("US", Country),
            ("Mexico", Country),
        ],
    );
    assert_eq!(
        got,
        [("Sheinbaum".into(), "Rubio".into(), "launched".into())]
    );
    // In a sentence, the same countries are actors.
    let got = pairs(
        "Sheinbaum said the US and Mexico launched a new plan.",
        &[("Sheinbaum", Person), ("US", Country), ("Mexico", Country)],
    );
    assert!(
        got.iter().any(|(a, b, _)| a == "US" && b == "Mexico"),
        "{got:?}"
    );
}

#[test]
fn the_label_is_the_verb_not_the_adverb_before_it() {
    let got = pairs(
        "López Obrador has strategically used Mexico’s role in managing migrant flows.",
        &[("López Obrador", Person), ("Mexico", Country)],
    );
    assert_eq!(
        got,
        [("López Obrador".into(), "Mexico".into(), "used".into())]
    );
    // An adverb with no -ly: "has long tracked".
    let got = pairs(
        "The Secretariat of National Defense has long tracked flights from Guatemala.",
        &[
            ("Secretariat of National Defense", Agency),
            ("Guatemala", Country),
        ],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "tracked", "{got:?}");
}

#[test]
fn a_photo_credit_ties_photographer_agency_and_distributor() {
    let got = pairs(
        "Photo by Alfredo ESTRELLA / AFP via Getty Images",
        &[
            ("Alfredo ESTRELLA", Person),
            ("AFP", Organization),
            ("Getty Images", Organization),
        ],
    );
    assert_eq!(
        got,
        [
            (
                "Alfredo ESTRELLA".into(),
                "AFP".into(),
                "photo credit".into()
            ),
            ("AFP".into(), "Getty Images".into(), "photo credit".into()),
        ]
    );
    // A slash elsewhere joins nothing.
    let got = pairs(
        "The Sinaloa/CJNG rivalry grew.",
        &[("Sinaloa", Cartel), ("CJNG", Cartel)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_biography_lists_roles_after_the_copula() {
    let got = pairs(
        "Nicholas Dockery is a White House Fellow, Special Forces officer, United States Military Academy graduate, and a research fellow.",
        &[("Nicholas Dockery", Person), ("Special Forces", Agency), ("United States Military Academy", Organization)],
    );
    let has = |a: &str, b: &str| got.iter().any(|(x, y, _)| x == a && y == b);
    assert!(has("Nicholas Dockery", "Special Forces"), "{got:?}");
    assert!(
        has("Nicholas Dockery", "United States Military Academy"),
        "{got:?}"
    );
    // A clause after the comma ends the biography.
    let got = pairs(
        "Sheinbaum is the president of Mexico, and Trump praised the Navy.",
        &[
            ("Sheinbaum", Person),
            ("Mexico", Country),
            ("Trump", Person),
            ("Navy", Agency),
        ],
    );
    assert!(
        !got.iter().any(|(a, b, _)| a == "Sheinbaum" && b == "Trump"),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(a, b, _)| a == "Sheinbaum" && b == "Navy"),
        "{got:?}"
    );
}

#[test]
fn clause_break_blocks_link() {
    let got = pairs(
        "Trump praised the deal; Sheinbaum stayed silent.",
        &[("Trump", Person), ("Sheinbaum", Person)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_country_abbreviation_describing_a_thing_is_no_party() {
    // Owned things: the country only describes them.
    for (text, names) in [
        (
            "The Treasury barred U.S. banks from wiring funds to Banco Azteca.",
            [
                ("Treasury", Agency),
                ("U.S.", Country),
                ("Banco Azteca", Organization),
            ],
        ),
        (
            "The State Department revoked the US visas of executives tied to Grupo Vidanta.",
            [
                ("State Department", Agency),
                ("US", Country),
                ("Grupo Vidanta", Organization),
            ],
        ),
    ] {
        let got = pairs(text, &names);
        assert!(
            got.iter()
                .all(|(a, b, _)| a != names[1].0 && b != names[1].0),
            "{text}: {got:?}"
        );
    }
    // An act the country does, people acting for it, or the country as a subject.
    for (text, names) in [
        (
            "Sheinbaum rejected U.S. involvement inside Mexico.",
            [
                ("Sheinbaum", Person),
                ("U.S.", Country),
                ("Mexico", Country),
            ],
        ),
        (
            "Rubio met U.S. officials and Mexican diplomats in Ecuador.",
            [("Rubio", Person), ("U.S.", Country), ("Ecuador", Country)],
        ),
        (
            "Mexico said that US tightens its grip on Sinaloa.",
            [("Mexico", Country), ("US", Country), ("Sinaloa", Cartel)],
        ),
    ] {
        let got = pairs(text, &names);
        assert!(
            got.iter()
                .any(|(a, b, _)| a == names[1].0 || b == names[1].0),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn hyphen_compound_of_countries_states_nothing() {
    let got = pairs(
        "Yet, the future of U.S.-Mexico relations looks grim.",
        &[("U.S.", Country), ("Mexico", Country)],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn subject_distributes_over_object_list() {
    let got = pairs(
        "Trump designated the Sinaloa Cartel, CJNG and Tren de Aragua as terrorist groups.",
        &[
            ("Trump", Person),
            ("Sinaloa Cartel", Cartel),
            ("CJNG", Cartel),
            ("Tren de Aragua", Cartel),
        ],
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got
        .iter()
        .all(|(a, _, l)| a == "Trump" && l == "designated"));
}

#[test]
fn a_country_before_an_analysts_role_is_the_topic() {
    let got = pairs(
        "Falko Ernst, a Mexico analyst at the International Crisis Group, said the \
         cartels had diversified.",
        &[
            ("Falko Ernst", Person),
            ("Mexico", Country),
            ("International Crisis Group", Organization),
        ],
    );
    assert_eq!(
        got,
        [(
            "Falko Ernst".to_string(),
            "International Crisis Group".to_string(),
            "works for".to_string()
        )]
    );
    // An official's country is the employer.
    let got = pairs(
        "Ken Salazar, a U.S. official, spoke.",
        &[("Ken Salazar", Person), ("U.S.", Country)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_possessor_of_a_new_subject_is_no_conjunct() {
    let got = pairs(
        "Treasury imposed sanctions on people who laundered money for the Sinaloa \
         Cartel, and Mexico's financial intelligence unit said it had frozen accounts.",
        &[
            ("Treasury", Agency),
            ("Sinaloa Cartel", Cartel),
            ("Mexico", Country),
        ],
    );
    assert!(
        got.iter().all(|(a, b, _)| a != "Mexico" && b != "Mexico"),
        "{got:?}"
    );
}

#[test]
fn a_joint_action_is_labelled_past_a_manner_adverb() {
    let got = pairs(
        "Five years ago, the UIF and Treasury barely talked.",
        &[("UIF", Agency), ("Treasury", Agency)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].2, "barely", "{got:?}");
    let got = pairs(
        "Mexico and Canada still cooperate on fentanyl.",
        &[("Mexico", Country), ("Canada", Country)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].2, "still", "{got:?}");
}

#[test]
fn reporting_to_a_body_relates_the_two() {
    let got = pairs(
        "The UIF, which reports to the Finance Ministry, said it had blocked 37 accounts.",
        &[("UIF", Agency), ("Finance Ministry", Agency)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "reports", "{got:?}");
}

#[test]
fn a_trailing_report_is_labelled_by_its_verb_of_saying() {
    let got = pairs(
        "The group included Roberto Salazar, who is accused of taking part in the killing, Mexico’s Security Cabinet said in a statement.",
        &[("Roberto Salazar", Person), ("Security Cabinet", Agency)],
    );
    assert_eq!(
        got,
        [(
            "Roberto Salazar".into(),
            "Security Cabinet".into(),
            "said".into()
        )]
    );
    let got = pairs(
        "Trump met Sheinbaum in Mexico City, the White House said.",
        &[
            ("Trump", Person),
            ("Sheinbaum", Person),
            ("White House", Agency),
        ],
    );
    assert!(
        got.contains(&("Trump".into(), "Sheinbaum".into(), "met".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("Trump".into(), "White House".into(), "said".into())),
        "{got:?}"
    );
    // Not a report that closes the sentence: the verb's own label stays.
    let got = pairs(
        "The DEA arrested Ovidio Guzmán, and the Security Cabinet said it would help.",
        &[
            ("DEA", Agency),
            ("Ovidio Guzmán", Person),
            ("Security Cabinet", Agency),
        ],
    );
    assert!(
        got.contains(&("DEA".into(), "Ovidio Guzmán".into(), "arrested".into())),
        "{got:?}"
    );
}

#[test]
fn a_participle_after_a_described_role_labels_the_names_it_governs() {
    let got = pairs(
        "Rafael Caro Quintero, the drug lord convicted in the 1985 murder of agent Enrique Camarena, was flown to New York.",
        &[("Rafael Caro Quintero", Person), ("Enrique Camarena", Person)],
    );
    assert_eq!(
        got,
        [(
            "Rafael Caro Quintero".into(),
            "Enrique Camarena".into(),
            "convicted".into()
        )]
    );
    // A name between the role and the participle keeps the role's label.
    let got = pairs(
        "Nemesio Oseguera, the CJNG leader wanted by the DEA, remains at large.",
        &[
            ("Nemesio Oseguera", Person),
            ("CJNG", Cartel),
            ("DEA", Agency),
        ],
    );
    assert!(
        got.contains(&("Nemesio Oseguera".into(), "CJNG".into(), "leads".into())),
        "{got:?}"
    );
}

#[test]
fn a_compound_title_with_general_is_the_label() {
    let got = pairs(
        "U.S. Attorney General Pam Bondi thanked Mexico’s Inspector General Ana Ruiz.",
        &[
            ("U.S.", Country),
            ("Pam Bondi", Person),
            ("Mexico", Country),
            ("Ana Ruiz", Person),
        ],
    );
    assert!(
        got.contains(&("U.S.".into(), "Pam Bondi".into(), "attorney general".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "Mexico".into(),
            "Ana Ruiz".into(),
            "inspector general".into()
        )),
        "{got:?}"
    );
}

#[test]
fn a_member_of_a_described_party_is_its_member() {
    let got = pairs(
        "Senator Lilly Téllez of the opposition National Action Party said the government was selling out to please President Donald Trump.",
        &[("Lilly Téllez", Person), ("National Action Party", Organization), ("Donald Trump", Person)],
    );
    assert!(
        got.contains(&(
            "Lilly Téllez".into(),
            "National Action Party".into(),
            "member of".into()
        )),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|(a, b, _)| !(a == "National Action Party" && b == "Donald Trump")),
        "{got:?}"
    );
}

#[test]
fn a_relative_clause_after_a_nickname_is_about_the_nicknamed() {
    let got = pairs(
        "Among them was Antonio Oseguera, the brother of Nemesio Oseguera, “El Mencho,” who is wanted by the DEA.",
        &[
            ("Antonio Oseguera", Person),
            ("Nemesio Oseguera, “El Mencho,”", Person),
            ("DEA", Agency),
        ],
    );
    assert!(
        got.contains(&(
            "Nemesio Oseguera, “El Mencho,”".into(),
            "DEA".into(),
            "wanted".into()
        )),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|(a, b, _)| !(a == "Antonio Oseguera" && b == "DEA")),
        "{got:?}"
    );
    // Without the nickname, "who" stays with the described name, as before.
    let got = pairs(
        "Among them was Ovidio Guzmán, the brother of Iván Guzmán, who is wanted by the DEA.",
        &[
            ("Ovidio Guzmán", Person),
            ("Iván Guzmán", Person),
            ("DEA", Agency),
        ],
    );
    assert!(
        got.contains(&("Ovidio Guzmán".into(), "DEA".into(), "wanted".into())),
        "{got:?}"
    );
}

#[test]
fn straight_quotation_marks_delimit_a_quotation() {
    let names = [
        ("Sheinbaum", Person),
        ("Washington", Country),
        ("Cecilia Farfán", Person),
    ];
    for text in [
        "\"Sheinbaum gets results, and Washington gets trophies,\" said Cecilia Farfán.",
        "“Sheinbaum gets results, and Washington gets trophies,” said Cecilia Farfán.",
    ] {
        let got = pairs(text, &names);
        assert!(
            got.contains(&(
                "Sheinbaum".into(),
                "Cecilia Farfán".into(),
                "spoke of".into()
            )),
            "{text}: {got:?}"
        );
        assert!(
            got.iter()
                .all(|(a, b, _)| !(a == "Washington" && b == "Cecilia Farfán")),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn an_act_while_speaking_is_the_relation() {
    let got = pairs(
        "“These defendants poisoned our communities,” Bondi said, thanking Security Secretary Omar García Harfuch for his cooperation.",
        &[("Bondi", Person), ("Omar García Harfuch", Person)],
    );
    assert_eq!(
        got,
        [(
            "Bondi".into(),
            "Omar García Harfuch".into(),
            "praised".into()
        )]
    );
}

#[test]
fn a_pair_after_between_is_related_by_the_noun_before_it() {
    for text in [
        "Cooperation between the FGR and the Justice Department remains thin.",
        "Cooperation between the Attorney General’s Office (FGR) and the Justice Department remains thin.",
    ] {
        let got = pairs(text, &[("FGR", Agency), ("Justice Department", Agency)]);
        assert_eq!(
            got,
            [("FGR".into(), "Justice Department".into(), "cooperated".into())],
            "{text}"
        );
    }
    // Over a place, and never as a pair acting together.
    let got = pairs(
        "A meeting in Mexico City between García Harfuch and Homeland Security ended early.",
        &[
            ("Mexico City", Country),
            ("García Harfuch", Person),
            ("Homeland Security", Agency),
        ],
    );
    assert!(
        got.contains(&(
            "García Harfuch".into(),
            "Homeland Security".into(),
            "met".into()
        )),
        "{got:?}"
    );
}

#[test]
fn barring_banks_of_a_country_bars_the_named_ones() {
    let got = pairs(
        "FinCEN went further in June, barring U.S. banks from doing business with CIBanco and Intercam.",
        &[
            ("FinCEN", Agency),
            ("U.S.", Country),
            ("CIBanco", Organization),
            ("Intercam", Organization),
        ],
    );
    assert_eq!(
        got,
        [
            ("FinCEN".into(), "CIBanco".into(), "barred".into()),
            ("FinCEN".into(), "Intercam".into(), "barred".into()),
        ]
    );
    // A country's demands are its own act: it stays a party.
    let got = pairs(
        "Sheinbaum has shown her commitment to meeting U.S. demands.",
        &[("Sheinbaum", Person), ("U.S.", Country)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn an_opening_place_is_a_setting_and_a_role_before_a_name_is_held() {
    let got = pairs(
        "In Washington, the DEA administrator, Terrance Cole, told lawmakers that the agency had reassigned agents.",
        &[("Washington", Country), ("DEA", Agency), ("Terrance Cole", Person)],
    );
    assert_eq!(
        got,
        [("DEA".into(), "Terrance Cole".into(), "administrator".into())]
    );
    // A title after the setting makes the place the office's country.
    let got = pairs(
        "In Mexico, President López Obrador said the verdict proved his point.",
        &[("Mexico", Country), ("López Obrador", Person)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    // A place inside the sentence is not an opening setting.
    let got = pairs(
        "Cole met Sheinbaum in Mexico City, and then flew to Washington.",
        &[
            ("Cole", Person),
            ("Sheinbaum", Person),
            ("Washington", Country),
        ],
    );
    assert!(
        got.contains(&("Cole".into(), "Sheinbaum".into(), "met".into())),
        "{got:?}"
    );
}

#[test]
fn a_plural_role_after_a_list_describes_each_name() {
    let got = pairs(
        "The Justice Department charged Iván Archivaldo, Jesús Alfredo and Ovidio Guzmán, the sons of Joaquín Guzmán Loera, with trafficking.",
        &[
            ("Justice Department", Agency),
            ("Iván Archivaldo", Person),
            ("Jesús Alfredo", Person),
            ("Ovidio Guzmán", Person),
            ("Joaquín Guzmán Loera", Person),
        ],
    );
    for son in ["Iván Archivaldo", "Jesús Alfredo", "Ovidio Guzmán"] {
        assert!(
            got.contains(&(son.into(), "Joaquín Guzmán Loera".into(), "son of".into())),
            "{son}: {got:?}"
        );
    }
    // A singular role describes only the name before it.
    let got = pairs(
        "Iván Archivaldo and Ovidio Guzmán, a son of Joaquín Guzmán Loera, fled.",
        &[
            ("Iván Archivaldo", Person),
            ("Ovidio Guzmán", Person),
            ("Joaquín Guzmán Loera", Person),
        ],
    );
    assert!(
        got.iter()
            .all(|(a, b, _)| !(a == "Iván Archivaldo" && b == "Joaquín Guzmán Loera")),
        "{got:?}"
    );
}

#[test]
fn a_titled_possessor_inside_a_description_stays_inside_it() {
    let got = pairs(
        "Governor Rubén Rocha Moya, a member of President Claudia Sheinbaum’s Morena party, has denied that he met Ismael Zambada.",
        &[
            ("Rubén Rocha Moya", Person),
            ("Claudia Sheinbaum", Person),
            ("Morena", Organization),
            ("Ismael Zambada", Person),
        ],
    );
    assert!(
        got.iter()
            .all(|(a, b, _)| a != "Morena" || b != "Ismael Zambada"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(a, b, _)| a == "Rubén Rocha Moya" && b == "Ismael Zambada"),
        "{got:?}"
    );
}

#[test]
fn a_country_after_in_behind_another_name_is_the_place() {
    let got = pairs(
        "Rubio met Sheinbaum in Mexico last week.",
        &[
            ("Rubio", Person),
            ("Sheinbaum", Person),
            ("Mexico", Country),
        ],
    );
    assert_eq!(got, [("Rubio".into(), "Sheinbaum".into(), "met".into())]);
    // Right after the verb, the country is what the act concerns.
    let got = pairs(
        "Rubio met with officials in Mexico last week.",
        &[("Rubio", Person), ("Mexico", Country)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn its_after_and_is_the_first_clauses_subject() {
    // Invented sentence: "its" opens the second clause and stands for the body that
    // opened the first, not for the country nearest to it.
    let got = pairs(
        "The Andean Drug Observatory reported record seizures in Peru, and its executive director, Ana Ruiz, warned that prices are falling.",
        &[("Andean Drug Observatory", Organization), ("Peru", Country), ("Ana Ruiz", Person)],
    );
    assert!(
        got.contains(&(
            "Andean Drug Observatory".into(),
            "Ana Ruiz".into(),
            "leads".into()
        )),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(a, b, _)| a == "Peru" && b == "Ana Ruiz"),
        "{got:?}"
    );
}

#[test]
fn and_a_name_with_its_verb_opens_a_clause_not_a_list() {
    let got = pairs(
        "Trump imposed tariffs on Mexico, and Sheinbaum responded with troops.",
        &[
            ("Trump", Person),
            ("Mexico", Country),
            ("Sheinbaum", Person),
        ],
    );
    assert_eq!(
        got,
        [(
            "Trump".to_string(),
            "Mexico".to_string(),
            "imposed".to_string()
        )]
    );
    // A longer list keeps its ", and": all three signed.
    let got = pairs(
        "Mexico, Canada, and the United States signed the pact with Peru.",
        &[
            ("Mexico", Country),
            ("Canada", Country),
            ("United States", Country),
            ("Peru", Country),
        ],
    );
    assert!(
        ["Mexico", "Canada", "United States"]
            .iter()
            .all(|c| got.contains(&(c.to_string(), "Peru".to_string(), "signed".to_string()))),
        "{got:?}"
    );
    // The second clause's own links stay.
    let got = pairs(
        "Rubio visited Mexico, and Sheinbaum met Trump.",
        &[
            ("Rubio", Person),
            ("Mexico", Country),
            ("Sheinbaum", Person),
            ("Trump", Person),
        ],
    );
    assert!(
        got.contains(&("Sheinbaum".into(), "Trump".into(), "met".into()))
            && !got
                .iter()
                .any(|(a, b, _)| a == "Mexico" && b == "Sheinbaum"),
        "{got:?}"
    );
}

#[test]
fn examples_after_including_do_not_act_together_and_a_modified_source_is_a_source() {
    // Invented sentence: the pair after "including" is an example of the agencies,
    // and "three former U.S. officials" are only the source.
    let got = pairs(
        "Ruiz’s ties with U.S. agencies, including the DEA and the FBI, are closer than ever, according to three former U.S. officials.",
        &[("Ruiz", Person), ("U.S.", Country), ("DEA", Agency), ("FBI", Agency), ("U.S.", Country)],
    );
    assert!(
        !got.iter().any(|(a, b, _)| a == "DEA" && b == "FBI"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(a, b, _)| b == "U.S." && (a == "DEA" || a == "FBI")),
        "{got:?}"
    );
    assert!(
        got.contains(&("Ruiz".into(), "DEA".into(), "ties to".into())),
        "{got:?}"
    );
}

#[test]
fn its_in_a_list_of_objects_is_the_nearest_body() {
    // Invented sentence: ", and its owner, X, whom …" continues the list of targets;
    // "its" is the company's.
    let got = pairs(
        "The Treasury said the targets included Pacific Chemicals, a distributor, and its owner, Raúl Soto, whom it called a broker.",
        &[("Treasury", Agency), ("Pacific Chemicals", Organization), ("Raúl Soto", Person)],
    );
    assert!(
        got.contains(&(
            "Pacific Chemicals".into(),
            "Raúl Soto".into(),
            "owner".into()
        )),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(a, b, l)| a == "Treasury" && b == "Raúl Soto" && l == "owner"),
        "{got:?}"
    );
}

#[test]
fn a_second_clause_after_a_quote_and_an_opening_source_relate_nothing_across() {
    // Invented sentences: ", and" after a closing quote opens a clause whose subject
    // has a title before it; "According to …," only names a source.
    let got = pairs(
        "Secretary Ana Ruiz has called it \"the safest border,\" and Commissioner Luis Soto has credited ties with Peru.",
        &[("Ana Ruiz", Person), ("Luis Soto", Person), ("Peru", Country)],
    );
    assert!(
        !got.iter()
            .any(|(a, b, _)| a == "Ana Ruiz" && b == "Luis Soto"),
        "{got:?}"
    );
    let got = pairs(
        "According to an indictment unsealed in the Eastern District of Texas, the network moved migrants from Peru and Chile.",
        &[("Eastern District of Texas", Agency), ("Peru", Country), ("Chile", Country)],
    );
    assert!(
        !got.iter().any(|(a, _, _)| a == "Eastern District of Texas"),
        "{got:?}"
    );
}

#[test]
fn a_byline_ties_its_writers_to_an_organisation_only() {
    let got = pairs(
        "By Ogechi Tamsin, The Hemisphere Ledger",
        &[
            ("Ogechi Tamsin", Person),
            ("The Hemisphere Ledger", Organization),
        ],
    );
    assert_eq!(
        got,
        [(
            "Ogechi Tamsin".into(),
            "The Hemisphere Ledger".into(),
            "byline".into()
        )]
    );
    // Prose opening with "By": words other than names before its last comma.
    let got = pairs(
        "By Monday, Sheinbaum had called Trump, the Mexican presidency said.",
        &[
            ("Sheinbaum", Person),
            ("Trump", Person),
            ("Mexican presidency", Agency),
        ],
    );
    assert!(got.iter().all(|(_, _, label)| label != "byline"), "{got:?}");
    // After the comma a country is no outlet.
    let got = pairs(
        "By Ogechi Tamsin, Mexico",
        &[("Ogechi Tamsin", Person), ("Mexico", Country)],
    );
    assert!(got.iter().all(|(_, _, label)| label != "byline"), "{got:?}");
}
