//! Discovery on example sentences.

use super::person::person_aliases;
use super::*;
use crate::extract::tokens::tokenize;

fn run(text: &str, known: &[&str]) -> Found {
    let tokens = tokenize(text, 0..text.len());
    let mentions: Vec<Range<usize>> = known
        .iter()
        .map(|k| {
            let s = text.find(k).unwrap();
            s..s + k.len()
        })
        .collect();
    discover(text, &tokens, &mentions)
}

fn names(f: &Found) -> Vec<(&str, Kind)> {
    f.candidates
        .iter()
        .map(|c| (c.name.as_str(), c.kind))
        .collect()
}

#[test]
fn the_name_after_a_role_for_a_body_is_a_person() {
    // Invented sentence: the name in apposition to "a spokesman for …" is a person's,
    // even with no given name the lexicon knows.
    let text = "A spokesman for China's Foreign Ministry, Lin Jian, said the rules hold.";
    let f = run(text, &["China"]);
    assert!(
        names(&f).contains(&("Lin Jian", Kind::Person)),
        "{:?}",
        names(&f)
    );
}

#[test]
fn a_persons_name_ends_before_of() {
    let text = "Senators John Cornyn of Texas and Mark Kelly of Arizona wrote to him.";
    let f = run(text, &[]);
    assert_eq!(
        names(&f),
        [("John Cornyn", Kind::Person), ("Mark Kelly", Kind::Person)]
    );
}

#[test]
fn title_then_name() {
    let f = run("Five officials, including Defense Minister Ricardo Trevilla Trejo and Navy Minister Raymundo Pedro Morales, will attend.", &[]);
    assert_eq!(
        names(&f),
        [
            ("Ricardo Trevilla Trejo", Kind::Person),
            ("Raymundo Pedro Morales", Kind::Person)
        ]
    );
}

#[test]
fn lowercase_role_before_name() {
    let f = run("Political analyst Palmira Tapia noted the risk.", &[]);
    assert_eq!(names(&f), [("Palmira Tapia", Kind::Person)]);
}

#[test]
fn organisation_cue_words_and_acronyms() {
    let f = run("On January 15, the Pentagon established the Joint Interagency Task Force–Counter Cartel (JIATF-CC) under it.", &["Pentagon"]);
    assert_eq!(
        f.candidates[0].name,
        "Joint Interagency Task Force–Counter Cartel"
    );
    assert_eq!(f.candidates[0].aliases, ["JIATF-CC"]);
    let f = run(
        "She is a professor at IPADE Business School in the city.",
        &[],
    );
    assert_eq!(names(&f), [("IPADE Business School", Kind::Organization)]);
}

#[test]
fn quoted_nickname() {
    let f = run(
        "The murder of agent Enrique “Kiki” Camarena shocked them.",
        &[],
    );
    assert_eq!(f.candidates[0].name, "Enrique Camarena");
    assert_eq!(f.candidates[0].aliases, ["Kiki"]);
}

#[test]
fn quoted_nickname_before_a_known_surname() {
    let f = run(
        "Witnesses included Jesús \"El Rey\" Zambada, a brother of the cartel's co-founder.",
        &["Zambada"],
    );
    assert_eq!(f.candidates[0].name, "Jesús Zambada");
    assert_eq!(f.candidates[0].aliases, ["El Rey"]);
}

#[test]
fn a_spanish_head_word_opens_an_organisation() {
    let f = run(
        "Analysts at Banco Base and Grupo Financiero Monex said the pause helped.",
        &[],
    );
    assert_eq!(
        names(&f),
        [
            ("Banco Base", Kind::Organization),
            ("Grupo Financiero Monex", Kind::Organization)
        ]
    );
}

#[test]
fn a_plural_title_before_a_list_of_names_is_no_part_of_them() {
    let f = run(
        "Assistant U.S. Attorneys Maria Chen and David Ruiz are prosecuting the case.",
        &["U.S."],
    );
    assert_eq!(
        names(&f),
        [("Maria Chen", Kind::Person), ("David Ruiz", Kind::Person)]
    );
}

#[test]
fn a_nickname_known_as_is_an_alias_of_the_name_before_it() {
    let f = run(
        "José Ángel Canobbio Inzunza, 45, also known as \"El Güerito,\" served as a plaza boss.",
        &[],
    );
    assert_eq!(names(&f), [("José Ángel Canobbio Inzunza", Kind::Person)]);
    assert_eq!(f.candidates[0].aliases, ["El Güerito"]);
    // After a known name, the nickname is a new alias of that name.
    let f = run(
        "Ovidio Guzmán López, alias “El Ratón,” was extradited.",
        &["Ovidio Guzmán López"],
    );
    assert!(f.candidates.is_empty(), "{:?}", f.candidates);
    assert_eq!(f.acronyms.len(), 1);
    assert_eq!(f.acronyms[0].acronym, "El Ratón");
}

#[test]
fn plain_capitalised_words_are_not_names() {
    let f = run(
        "The Question Isn’t Whether Pressure Will Rise, but how far it goes in practice today.",
        &[],
    );
    assert!(f.candidates.is_empty(), "{:?}", f.candidates);
    let f = run(
        "Reports from Los Angeles International Airport said little about the case at all.",
        &[],
    );
    assert!(f.candidates.is_empty(), "{:?}", f.candidates);
}

#[test]
fn apposition_marks_a_person() {
    let f = run(
        "The Senate confirmed Sara Carter, a former Fox News contributor, as director.",
        &["Senate", "Fox News"],
    );
    assert_eq!(names(&f), [("Sara Carter", Kind::Person)]);
}

#[test]
fn descriptor_noun_before_a_name() {
    let f = run(
        "He is now a partner at the consultancy Agon, which advises exporters.",
        &[],
    );
    assert_eq!(names(&f), [("Agon", Kind::Organization)]);
    let f = run(
        "Lowy leads the advocacy group Global Action on Gun Violence in Washington.",
        &[],
    );
    assert_eq!(
        names(&f),
        [("Global Action on Gun Violence", Kind::Organization)]
    );
    let f = run(
        "Police blamed the criminal group Los Viagras for the attack.",
        &[],
    );
    assert_eq!(names(&f), [("Los Viagras", Kind::Cartel)]);
}

#[test]
fn plural_descriptor_before_a_list_of_names() {
    let f = run(
        "Prosecutors charged two Indian companies, Raxuter Chemicals and Athos Chemicals, with shipping precursors.",
        &[],
    );
    assert_eq!(
        names(&f),
        [
            ("Raxuter Chemicals", Kind::Organization),
            ("Athos Chemicals", Kind::Organization)
        ]
    );
    let f = run(
        "Two company employees, Qingzhou Wang and Yiyi Chen, were arrested in Honolulu.",
        &[],
    );
    assert_eq!(
        names(&f),
        [("Qingzhou Wang", Kind::Person), ("Yiyi Chen", Kind::Person)]
    );
    let f = run(
        "The lawsuit names several companies, including Glac Security Consulting and Nunvav Trading.",
        &[],
    );
    assert_eq!(
        names(&f),
        [
            ("Glac Security Consulting", Kind::Organization),
            ("Nunvav Trading", Kind::Organization)
        ]
    );
    let f = run(
        "It was backed by groups such as Global Witness and others.",
        &[],
    );
    assert_eq!(names(&f), [("Global Witness", Kind::Organization)]);
    let f = run(
        "His wife, Rosalinda González Valencia, was arrested in Zapopan.",
        &[],
    );
    assert_eq!(names(&f), [("Rosalinda González Valencia", Kind::Person)]);
}

#[test]
fn workplace_after_a_role() {
    let f = run(
        "He spoke to a security consultant at Lantia Intelligence on Monday.",
        &[],
    );
    assert_eq!(names(&f), [("Lantia Intelligence", Kind::Organization)]);
    let f = run("She is a trade correspondent for Northern Wire.", &[]);
    assert_eq!(names(&f), [("Northern Wire", Kind::Organization)]);
    // Agents are posted at places, not employed by them.
    let f = run("Border agents at El Paso seized the shipment.", &[]);
    assert!(f.candidates.is_empty(), "{:?}", f.candidates);
    // A lawyer "for" someone works for a person.
    let f = run("A lawyer for Rafael Caro said nothing.", &[]);
    assert!(names(&f).iter().all(|n| n.1 != Kind::Organization), "{f:?}");
}

#[test]
fn descriptor_noun_in_apposition() {
    let f = run(
        "The rifles came from Interstate Arms, a Massachusetts wholesaler.",
        &[],
    );
    assert_eq!(names(&f), [("Interstate Arms", Kind::Organization)]);
    let f = run(
        "Since then Los Chapitos, a faction of the old cartel, have fought back.",
        &[],
    );
    assert_eq!(names(&f), [("Los Chapitos", Kind::Cartel)]);
    let f = run(
        "He led Los Cuinis, a group closely allied with the cartel.",
        &[],
    );
    assert_eq!(names(&f), [("Los Cuinis", Kind::Organization)]);
    let f = run("He writes for Reforma, the daily, every week.", &[]);
    assert_eq!(names(&f), [("Reforma", Kind::Organization)]);
    // The last noun decides: a company's spokeswoman is a person.
    let f = run(
        "Since then Jane Doe, a company spokeswoman, has said nothing.",
        &[],
    );
    assert_eq!(names(&f), [("Jane Doe", Kind::Person)]);
    // A possessor is no head, and a phrase that runs on is no apposition.
    let f = run(
        "Officers patrolled Jalisco, the cartel’s stronghold, for weeks.",
        &[],
    );
    assert!(f.candidates.is_empty(), "{:?}", f.candidates);
    let f = run(
        "In Culiacán, the group Los Chapitos fought La Mayiza.",
        &["Los Chapitos", "La Mayiza"],
    );
    assert!(f.candidates.is_empty(), "{:?}", f.candidates);
}

#[test]
fn a_given_name_after_a_descriptor_is_no_organisation() {
    let f = run(
        "In an interview with the newspaper, Juan Pérez said the plan failed.",
        &[],
    );
    assert_eq!(names(&f), [("Juan Pérez", Kind::Person)]);
}

#[test]
fn abbreviated_title_and_its_period() {
    let f = run(
        "Some were skeptical. Sen. Marsha Blackburn, a Tennessee Republican, wrote a post.",
        &[],
    );
    assert_eq!(names(&f), [("Marsha Blackburn", Kind::Person)]);
}

#[test]
fn two_connectors_inside_a_name() {
    let f = run(
        "She is a researcher at the Colegio de la Frontera Norte in Tijuana.",
        &[],
    );
    assert_eq!(
        names(&f),
        [("Colegio de la Frontera Norte", Kind::Organization)]
    );
}

#[test]
fn an_english_of_the_between_two_names_keeps_them_apart() {
    let f = run(
        "Cecilia Farfán-Méndez of the University of California San Diego was more cautious.",
        &[],
    );
    assert_eq!(
        names(&f),
        [
            ("Cecilia Farfán-Méndez", Kind::Person),
            ("University of California San Diego", Kind::Organization)
        ]
    );
}

#[test]
fn a_list_item_in_lowercase_is_no_headline() {
    let f = run("- the Mexican bar association Barra Mexicana", &[]);
    assert_eq!(names(&f), [("Barra Mexicana", Kind::Organization)]);
    let f = run("By Laura Méndez | Analysis", &[]);
    assert_eq!(names(&f), [("Laura Méndez", Kind::Person)]);
}

#[test]
fn acronym_for_known_mention() {
    let f = run(
        "It placed the Guard under the Ministry of Defense (Sedena) last year.",
        &["Ministry of Defense"],
    );
    assert_eq!(
        f.acronyms,
        [AcronymForMention {
            mention: 0,
            acronym: "Sedena".into()
        }]
    );
}

#[test]
fn surnames_for_later_mentions() {
    assert_eq!(
        person_aliases("Ricardo Trevilla Trejo"),
        ["Trejo", "Trevilla Trejo", "Trevilla"]
    );
    assert_eq!(person_aliases("Juan Ramón de la Fuente"), ["de la Fuente"]);
    assert_eq!(person_aliases("Palmira Tapia"), ["Tapia"]);
}

#[test]
fn a_compound_adjective_is_no_part_of_the_name_around_it() {
    // Invented sentences: "-based" before an institute's name, and a bullet line
    // that runs into the next sentence's "Intelligence-sharing".
    let f = run(
        "Ana Ruiz, a fellow at the Monterrey-based Centro de Estudios Fronterizos, spoke.",
        &[],
    );
    assert!(
        names(&f).contains(&("Centro de Estudios Fronterizos", Kind::Organization)),
        "{:?}",
        names(&f)
    );
    let f = run(
        "The navy arrested Julián Ortiz Núñez Intelligence-sharing, tracking and patrols followed.",
        &[],
    );
    assert!(
        names(&f).contains(&("Julián Ortiz Núñez", Kind::Person)),
        "{:?}",
        names(&f)
    );
}

#[test]
fn and_joins_words_into_a_name_after_a_cue_and_of_or_for() {
    let f = run(
        "Researchers at the Institute for Border and Migration Studies said so.",
        &[],
    );
    assert_eq!(
        names(&f),
        [(
            "Institute for Border and Migration Studies",
            Kind::Organization
        )]
    );
    // Two names of their own: a second cue, or a name already known.
    let f = run("The University of Arizona and Tulane University met.", &[]);
    assert_eq!(
        names(&f),
        [
            ("University of Arizona", Kind::Organization),
            ("Tulane University", Kind::Organization)
        ]
    );
    let f = run(
        "The Institute for Defense Studies and Mexico signed it.",
        &["Mexico"],
    );
    assert_eq!(
        names(&f),
        [("Institute for Defense Studies", Kind::Organization)]
    );
}

#[test]
fn a_section_is_a_body_and_a_place_is_no_person() {
    let f = run(
        "Prosecutor Jane Roe, of the Money Laundering Section, spoke.",
        &[],
    );
    assert!(
        names(&f).contains(&("Money Laundering Section", Kind::Agency)),
        "{:?}",
        names(&f)
    );
    // A place after "in" or "across", or opening with "San", is nobody.
    for (text, place) in [
        ("Shops in Santa Tecla had been closed.", "Santa Tecla"),
        (
            "Across Capitol Hill, the chairman, Tom Reyes, spoke.",
            "Capitol Hill",
        ),
        (
            "Shops in Tijuana and San Ysidro had been closed.",
            "San Ysidro",
        ),
    ] {
        let f = run(text, &[]);
        assert!(
            names(&f).iter().all(|(n, _)| *n != place),
            "{text}: {:?}",
            names(&f)
        );
    }
}

#[test]
fn an_owner_after_an_age_is_a_role() {
    // Invented sentence: no given name the lexicon knows, but an apposition with a
    // role after the age.
    let f = run(
        "The indictment charges Dwight K. Pruitt, 57, the owner of a pawn shop, with fraud.",
        &[],
    );
    assert_eq!(names(&f), [("Dwight K. Pruitt", Kind::Person)]);
}

#[test]
fn a_place_before_a_descriptor_and_a_name_is_no_workplace() {
    // Invented sentences: "the Tijuana news site El Eco" names El Eco; "en" joins a
    // Spanish name.
    let f = run(
        "Ana Ruiz, a reporter for the Tijuana news site El Eco del Norte, said so.",
        &[],
    );
    assert!(
        names(&f).contains(&("El Eco del Norte", Kind::Organization))
            && names(&f).iter().all(|(n, _)| *n != "Tijuana"),
        "{:?}",
        names(&f)
    );
    let f = run(
        "Rosa Díaz founded the group Madres en Búsqueda Sonora in 2021.",
        &[],
    );
    assert!(
        names(&f).contains(&("Madres en Búsqueda Sonora", Kind::Organization)),
        "{:?}",
        names(&f)
    );
}

fn persons(text: &str, known: &[&str]) -> Vec<String> {
    run(text, known)
        .candidates
        .into_iter()
        .filter(|c| c.kind == Kind::Person)
        .map(|c| c.name)
        .collect()
}

#[test]
fn a_byline_names_its_people_not_its_outlet() {
    // Invented names the lexicon does not know.
    assert_eq!(
        persons("By Ogechi Tamsin, The Hemisphere Ledger", &[]),
        ["Ogechi Tamsin"]
    );
    assert_eq!(
        persons("By Ogechi Tamsin, Idris Valcourt and Amara Quenby", &[]),
        ["Ogechi Tamsin", "Idris Valcourt", "Amara Quenby"]
    );
    // The serial comma.
    assert_eq!(
        persons("By Ogechi Tamsin, Idris Valcourt, and Amara Quenby", &[]),
        ["Ogechi Tamsin", "Idris Valcourt", "Amara Quenby"]
    );
    // A short sentence opening with "By" is read as any other.
    assert_eq!(
        persons(
            "By Friday, Defense Minister Xóchitl Palomares had arrived in Culiacán.",
            &[]
        ),
        ["Xóchitl Palomares"]
    );
    // Prose that opens with "By" is no byline.
    assert!(persons(
        "By Tuesday the talks between the two delegations in the capital had stalled again and \
         nobody expected a deal before the end of the month at the earliest.",
        &[]
    )
    .is_empty());
}

#[test]
fn a_slash_credit_names_a_person_beside_a_known_agency_only() {
    assert_eq!(
        persons(
            "A police officer detains a man. EFE/ Oyelaran Mbeki",
            &["EFE"]
        ),
        ["Oyelaran Mbeki"]
    );
    // Two capitalised words beside a slash, with no agency known there: nobody.
    assert!(persons("Trade Talks/Border Security", &[]).is_empty());
    // A body is no photographer.
    assert!(persons("REUTERS/Border Patrol Agency", &["REUTERS"]).is_empty());
    // A slash after a name that is no agency's acronym credits nobody.
    let found = persons("Sinaloa Cartel/Ovaldo Quiroga", &["Sinaloa Cartel"]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_given_name_of_the_census_lists_makes_a_person_and_a_place_does_not() {
    // "Margarito" came with the 1990 census lists; nothing else here says "person".
    assert_eq!(
        persons("The fishermen found Margarito Villalba near the dock.", &[]),
        ["Margarito Villalba"]
    );
    // Census names that are places or dictionary words were left out of the lists.
    for word in ["alberta", "georgia", "houston", "june", "will"] {
        assert!(
            !crate::extract::lexicon::GIVEN_NAMES
                .words()
                .any(|w| w == word),
            "{word}"
        );
    }
}
