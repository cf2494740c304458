//! A seeded generator of realistic synthetic news articles, for benchmarks and scale
//! tests. Generated text is never committed.
//!
//! Articles mix catalog names (with and without accents, by surname, by acronym) with a
//! few thousand invented people and groups whose frequencies follow a Zipf-like law, in
//! sentences that exercise the whole pipeline: relation verbs, titles, appositions,
//! lists of officials, long multi-clause sentences, quotes, headlines and bullets.

use std::fmt::Write as _;

use crate::catalog::Catalog;
use crate::corpus::DocId;
use crate::graph::{Entity, EntityId, EvidenceGraph, Label, Mention, Passage, Relation};
use crate::kind::Kind;

/// A small, fast, seeded random number generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator with this seed.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform index below `n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A Zipf-like index below `n`: small indices are much more frequent.
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        let x = (n as f64 + 1.0).powf(u) - 1.0;
        (x as usize).min(n.saturating_sub(1))
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const GIVEN: &[&str] = &[
    "José", "María", "Luis", "Ana", "Jorge", "Lucía", "Ramón", "Inés", "Andrés", "Sofía", "Iván",
    "Héctor", "Raúl", "Mónica", "Julián", "Daniel", "Sarah", "Michael", "Laura", "Peter",
];
const SURNAMES: &[&str] = &[
    "Ortiz",
    "Muñoz",
    "Beltrán",
    "Núñez",
    "Pérez",
    "Gutiérrez",
    "Hernández",
    "Sánchez",
    "Domínguez",
    "Vázquez",
    "Castañeda",
    "Ibáñez",
    "Quiñones",
    "Salazar",
    "Treviño",
    "Carrillo",
    "Madrigal",
    "Fuentes",
    "Olvera",
    "Cárdenas",
    "Miller",
    "Brooks",
    "Hayes",
    "Whitman",
    "Lowell",
];
const GROUP_HEADS: &[&str] = &["Cártel", "Los", "La Nueva", "Grupo", "Frente"];
const GROUP_TAILS: &[&str] = &[
    "del Pacífico",
    "de la Sierra",
    "Zetas del Norte",
    "Michoacana",
    "Unidos",
    "del Golfo Nuevo",
    "Rojos",
    "Guerreros",
    "de Occidente",
    "del Bajío",
];
const TITLES: &[&str] = &[
    "Security Minister",
    "Defense Secretary",
    "Attorney General",
    "Gen.",
    "Sen.",
    "Ambassador",
    "drug lord",
    "analyst",
];
const VERBS: &[&str] = &[
    "arrested",
    "met with",
    "designated",
    "extradited",
    "criticized",
    "sanctioned",
    "praised",
    "accused",
    "pressured",
    "negotiated with",
    "handed over",
    "warned",
];

/// Invented actors plus the catalog's, to draw from.
struct Cast {
    names: Vec<(String, Kind)>,
}

impl Cast {
    fn new(catalog: &Catalog, rng: &mut Rng, invented: usize) -> Self {
        let mut names: Vec<(String, Kind)> = Vec::new();
        for e in catalog.entries() {
            names.push((e.name.clone(), e.kind));
            for a in e.aliases.iter().take(2) {
                names.push((a.clone(), e.kind));
            }
        }
        for i in 0..invented {
            if i % 4 == 3 {
                let name = format!(
                    "{} {} {}",
                    rng.pick(GROUP_HEADS),
                    rng.pick(SURNAMES),
                    rng.pick(GROUP_TAILS)
                );
                names.push((name, Kind::Cartel));
            } else {
                let name = format!(
                    "{} {} {}",
                    rng.pick(GIVEN),
                    rng.pick(SURNAMES),
                    rng.pick(SURNAMES)
                );
                names.push((name, Kind::Person));
            }
        }
        // Shuffle so that Zipf ranks mix catalog and invented names.
        for i in (1..names.len()).rev() {
            let j = rng.below(i + 1);
            names.swap(i, j);
        }
        Self { names }
    }

    fn any(&self, rng: &mut Rng) -> &str {
        &self.names[rng.zipf(self.names.len())].0
    }

    fn person(&self, rng: &mut Rng) -> &str {
        loop {
            let (n, k) = &self.names[rng.zipf(self.names.len())];
            if *k == Kind::Person {
                return n;
            }
        }
    }
}

/// Sentences that name nobody: about half of a real article (the bundled corpus has
/// roughly 2 named actors per sentence on average, many sentences with none).
const PROSE: &[&str] = &[
    "The move comes as both governments navigate a complex web of domestic pressures and cross-border crime.",
    "Violence escalated considerably despite these efforts, with homicides nearly tripling in four years.",
    "Officials privately describe the demands as “unsustainable,” extending beyond security cooperation.",
    "The episode demonstrated that effective cooperation is possible without a visible military footprint.",
    "That reasoning relies on an outdated assumption—that commerce limits security policy.",
    "Critics warn that it risks destabilizing diplomatic norms and setting dangerous precedents.",
    "The broader implications of this standoff are yet to unfold.",
    "Tariffs, financial infrastructure, and supply chains have become tools of influence rather than shields against conflict.",
    "Her popularity at home remains robust, with approval ratings between 70% and 80%.",
    "Drone strikes have also been discussed—an option that would constitute a direct violation of sovereignty.",
    "In essence, the military’s involvement does not replace the primary responsibilities of domestic law enforcement.",
    "The coming years will reveal whether relations will be a continuation of past struggles or a turning point.",
    "Authorities have delivered arrests, seizures and the transfer of high-value criminals, in most cases without a formal extradition process.",
    "The question isn’t whether pressure will intensify, but how far it might go.",
    "Intelligence-sharing, financial tracking and logistical coordination remain the most effective tools against networks that operate across borders.",
    "Still, from the capital’s perspective, these steps have not gone far enough.",
];

fn sentence(cast: &Cast, rng: &mut Rng, out: &mut String) {
    if rng.below(2) == 0 {
        let prose: &&str = rng.pick(PROSE);
        out.push_str(prose);
        return;
    }
    match rng.below(9) {
        0 => {
            let _ = write!(
                out,
                "{} {} {} {} last week.",
                rng.pick(TITLES),
                cast.person(rng),
                rng.pick(VERBS),
                cast.any(rng)
            );
        }
        1 => {
            let _ = write!(
                out,
                "{}, a former {} of {}, said the talks with {} would resume on Jan. 5 at 9 a.m.",
                cast.person(rng),
                rng.pick(&["director", "leader", "spokesman", "adviser"]),
                cast.any(rng),
                cast.any(rng)
            );
        }
        2 => {
            let _ = write!(
                out,
                "Officials from {}, {}, {} and {} attended the meeting in Mexico City, where $1.5 billion in aid was discussed.",
                cast.any(rng),
                cast.any(rng),
                cast.any(rng),
                cast.any(rng)
            );
        }
        3 => {
            let _ = write!(
                out,
                "“We will not negotiate with {},” {} told reporters—though the U.S. and {} have signed a new framework.",
                cast.any(rng),
                cast.person(rng),
                cast.any(rng)
            );
        }
        4 => {
            let _ = write!(
                out,
                "The arrest of {} by agents of {} in 2024, which followed years of pressure from {}, marked a turning point, while {} denied any role.",
                cast.person(rng),
                cast.any(rng),
                cast.any(rng),
                cast.any(rng)
            );
        }
        5 => {
            let _ = write!(
                out,
                "- {} {} {}",
                cast.any(rng),
                rng.pick(VERBS),
                cast.any(rng)
            );
        }
        6 => {
            let _ = write!(
                out,
                "According to Dr. {}, violence rose 3.5 percent in the months after {}’s forces clashed with {}.",
                cast.person(rng),
                cast.any(rng),
                cast.any(rng)
            );
        }
        7 => {
            out.push_str("Analysts say the situation remains fragile, and that cooperation on intelligence, extraditions and financial tracking will be tested in the coming months.");
        }
        _ => {
            let _ = write!(out, "{} and {} {} a joint plan to stop the flow of fentanyl and weapons across the border.", cast.any(rng), cast.any(rng), rng.pick(&["announced", "launched", "discussed"]));
        }
    }
}

/// A scale-free graph (Barabási–Albert preferential attachment): `nodes` nodes, each
/// new one attached to `per_node` existing ones, as `(a, b, weight)` edges.
pub fn scale_free_edges(nodes: usize, per_node: usize, seed: u64) -> Vec<(usize, usize, f32)> {
    let mut rng = Rng::new(seed);
    let mut edges = Vec::with_capacity(nodes * per_node);
    // Endpoints list: picking uniformly from it picks nodes by degree.
    let mut ends: Vec<usize> = Vec::with_capacity(nodes * per_node * 2);
    for n in 1..nodes {
        for _ in 0..per_node.min(n) {
            let target = if ends.is_empty() {
                0
            } else {
                ends[rng.below(ends.len())]
            };
            if target != n {
                edges.push((n, target, 1.0 + rng.below(3) as f32));
                ends.push(n);
                ends.push(target);
            }
        }
    }
    edges
}

/// Generates articles totalling at least `total_bytes`, as `(file name, text)` pairs.
/// The same seed gives the same articles.
pub fn articles(catalog: &Catalog, seed: u64, total_bytes: usize) -> Vec<(String, String)> {
    let mut rng = Rng::new(seed);
    let cast = Cast::new(catalog, &mut rng, 3000);
    let mut out = Vec::new();
    let mut total = 0;
    let mut n = 0;
    while total < total_bytes {
        let mut text = String::with_capacity(8192);
        let _ = writeln!(
            text,
            "---\ntitle: Synthetic report {n}\noutlet: Nexo Synth\ndate: 2025-{:02}\n---",
            1 + n % 12
        );
        let _ = writeln!(
            text,
            "{} Rejects {} Offer On Border Security\n",
            cast.any(&mut rng),
            cast.any(&mut rng)
        );
        let paragraphs = 6 + rng.below(6);
        for _ in 0..paragraphs {
            let sentences = 3 + rng.below(5);
            for s in 0..sentences {
                if s > 0 {
                    text.push(' ');
                }
                sentence(&cast, &mut rng, &mut text);
            }
            text.push_str("\n\n");
        }
        text.push_str("Photo by Staff / Nexo Synth\n");
        total += text.len();
        out.push((format!("synth_{n:06}.txt"), text));
        n += 1;
    }
    out
}

/// Writes [`articles`] into `dir` (which must exist); returns the bytes written.
///
/// # Errors
/// Any I/O error, with the file named.
pub fn write_corpus(
    dir: &std::path::Path,
    catalog: &Catalog,
    seed: u64,
    total_bytes: usize,
) -> crate::Result<usize> {
    let mut written = 0;
    for (name, text) in articles(catalog, seed, total_bytes) {
        let path = dir.join(name);
        std::fs::write(&path, &text).map_err(|source| crate::Error::Write { path, source })?;
        written += text.len();
    }
    Ok(written)
}

/// A scale-free evidence graph of `nodes` entities (`e000000`, …, each with one alias),
/// about `per_node` relations each, one passage per unit of edge weight and three
/// mentions per entity, all in one document (`DocId(0)`): for benchmarks of what runs
/// on a graph (a viewer frame, curation) without extracting one first.
pub fn scale_free_graph(nodes: usize, per_node: usize, seed: u64) -> EvidenceGraph {
    graph_of(nodes, &scale_free_edges(nodes, per_node, seed))
}

/// The evidence graph of `nodes` entities joined by `edges`, one passage each, built
/// as [`scale_free_graph`] builds its own: for tests of what runs on a graph.
pub fn graph_of_edges(nodes: usize, edges: &[(usize, usize)]) -> EvidenceGraph {
    let weighted: Vec<(usize, usize, f32)> = edges.iter().map(|&(a, b)| (a, b, 1.0)).collect();
    graph_of(nodes, &weighted)
}

/// The graph of `nodes` entities and these weighted edges (repeats and loops dropped).
fn graph_of(nodes: usize, edges: &[(usize, usize, f32)]) -> EvidenceGraph {
    let entities: Vec<Entity> = (0..nodes)
        .map(|i| Entity {
            key: format!("e{i:06}"),
            name: format!("Entity number {i}"),
            kind: Kind::ALL[i % Kind::ALL.len()],
            aliases: vec![format!("E{i}")],
            description: None,
            is_discovered: false,
            mentions: 3,
            documents: vec![DocId(0)],
        })
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    let relations: Vec<Relation> = edges
        .iter()
        .filter(|(a, b, _)| a != b && seen.insert((*a.min(b), *a.max(b))))
        .enumerate()
        .map(|(n, &(a, b, w))| Relation {
            source: EntityId(a.min(b) as u32),
            target: EntityId(a.max(b) as u32),
            labels: vec!["met".into()],
            passages: (0..w.max(1.0) as u32)
                .map(|k| {
                    let start = (n as u32) * 16 + k;
                    Passage::new(
                        DocId(0),
                        start..start + 1,
                        (start, start),
                        (start, start),
                        Label::new("met"),
                    )
                })
                .collect(),
            note: None,
        })
        .collect();
    let mentions: Vec<Mention> = (0..nodes * 3)
        .map(|k| Mention {
            start: k as u32,
            end: k as u32 + 1,
            entity: EntityId((k % nodes) as u32),
        })
        .collect();
    EvidenceGraph::new(entities, relations, vec![mentions])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_text_and_size_reached() {
        let c = Catalog::builtin().unwrap();
        let a = articles(&c, 7, 50_000);
        let b = articles(&c, 7, 50_000);
        assert_eq!(a, b);
        assert!(a.iter().map(|(_, t)| t.len()).sum::<usize>() >= 50_000);
    }

    #[test]
    fn synthetic_text_goes_through_the_whole_pipeline() {
        let c = Catalog::builtin().unwrap();
        let corpus = crate::corpus::Corpus::from_texts(articles(&c, 1, 100_000));
        let g = crate::extract::extract(&corpus, &c).graph;
        assert!(g.entity_count() > 100, "{}", g.entity_count());
        assert!(g.relation_count() > 100, "{}", g.relation_count());
        assert!(g.entities().iter().any(|e| e.is_discovered));
    }
}
