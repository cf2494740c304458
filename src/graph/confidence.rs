//! How sure the engine is that a sentence states a relation between two names.
//!
//! Every pair of actors named in one sentence becomes a passage of that pair's relation.
//! Each passage keeps the [`Features`] of the pair in its sentence and the
//! [`Confidence`] a small learned model gives them (`extract::confidence`); a
//! relation's confidence combines its passages' as 1 − Π(1 − pᵢ).

/// A probability in [0, 1], kept to four decimals in two bytes, so passages stay `Eq`
/// and `Ord` and compare the same everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Confidence(u16);

/// Steps of [`Confidence`] per unit.
const SCALE: f64 = 10_000.0;

impl Confidence {
    /// Certain: a relation an analyst added by hand.
    pub const CERTAIN: Self = Self(10_000);

    /// The confidence `p`, clamped to [0, 1] and rounded to four decimals.
    pub fn new(p: f64) -> Self {
        let p = if p.is_nan() { 0.0 } else { p.clamp(0.0, 1.0) };
        Self((p * SCALE).round() as u16)
    }

    /// As a number in [0, 1].
    pub fn get(self) -> f64 {
        f64::from(self.0) / SCALE
    }

    /// At least `min` (a threshold in [0, 1]); compared in the same four decimals, so
    /// a threshold of 0.5 keeps exactly the confidences printed as 0.5 and above.
    pub fn reaches(self, min: f64) -> bool {
        self >= Self::new(min)
    }

    /// The chance that at least one of `parts` is right, taken as independent:
    /// 1 − Π(1 − pᵢ). None gives 0.
    pub fn any_of(parts: impl IntoIterator<Item = Self>) -> Self {
        let none = parts
            .into_iter()
            .fold(1.0, |none, p| none * (1.0 - p.get()));
        Self::new(1.0 - none)
    }
}

impl std::fmt::Display for Confidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.2}", self.get())
    }
}

/// What the confidence model reads of a pair of names in its sentence (see
/// `extract::confidence` for how each is used). Counts are capped at 255.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Features {
    /// Words between the two names (other names' words included).
    pub words_between: u8,
    /// Other names between the two.
    pub names_between: u8,
    /// Different actors named in the sentence.
    pub names_in_sentence: u8,
    /// The kinds of the two, as positions in [`crate::kind::Kind::ALL`], packed in
    /// one byte (see [`Features::kinds`]).
    pub kind_pair: u8,
    /// Yes-or-no facts, as the `Features::` flag constants.
    pub flags: u16,
}

impl Features {
    /// The two are members of one list ("Mexico, Canada and China").
    pub const SAME_LIST: u16 = 1;
    /// A clause break between them (`;`, `:`, a dash, "but", "while", …).
    pub const CLAUSE_BREAK: u16 = 1 << 1;
    /// A relation cue between them ("arrested", "met", "designated", …).
    pub const CUE: u16 = 1 << 2;
    /// Exactly one of them is inside a quotation.
    pub const ONE_QUOTED: u16 = 1 << 3;
    /// Both are inside a quotation.
    pub const BOTH_QUOTED: u16 = 1 << 4;
    /// One of them is the sentence's first actor, its likely subject.
    pub const SUBJECT: u16 = 1 << 5;
    /// One of them is only an aside: a source ("according to X"), a date frame
    /// ("under X's government") or a setting ("In Mexico, …").
    pub const ASIDE: u16 = 1 << 6;
    /// One modifies the other, or both modify a third ("U.S. Secretary of State X").
    pub const ATTACHED: u16 = 1 << 7;
    /// A parenthesis opens or closes between them.
    pub const PARENTHESIS: u16 = 1 << 8;
    /// The sentence is a title-case headline.
    pub const HEADLINE: u16 = 1 << 9;
    /// A possessive or "of" joins them with at most two words between.
    pub const POSSESSIVE_OR_OF: u16 = 1 << 10;

    /// Packs the positions in [`crate::kind::Kind::ALL`] of the earlier name's kind
    /// and the later's.
    pub fn pack_kinds(a: u8, b: u8) -> u8 {
        (a.min(15) << 4) | b.min(15)
    }

    /// The two kinds' positions in [`crate::kind::Kind::ALL`], earlier name first.
    pub fn kinds(self) -> (u8, u8) {
        (self.kind_pair >> 4, self.kind_pair & 15)
    }

    /// Whether `flag` (one of the constants) is set.
    pub fn has(self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confidence_rounds_to_four_decimals_and_clamps() {
        assert_eq!(Confidence::new(0.123_46).get(), 0.1235);
        assert_eq!(Confidence::new(-1.0).get(), 0.0);
        assert_eq!(Confidence::new(2.0), Confidence::CERTAIN);
        assert_eq!(Confidence::new(f64::NAN).get(), 0.0);
        assert!(Confidence::new(0.5).reaches(0.5));
        assert!(!Confidence::new(0.4999).reaches(0.5));
    }

    #[test]
    fn passages_combine_as_independent_chances() {
        let half = Confidence::new(0.5);
        assert_eq!(Confidence::any_of([half, half]).get(), 0.75);
        assert_eq!(Confidence::any_of([]).get(), 0.0);
        assert_eq!(
            Confidence::any_of([Confidence::new(0.2), Confidence::CERTAIN]),
            Confidence::CERTAIN
        );
    }
}
