//! The optional `---` / `key: value` / `---` header at the top of a document.

/// What a document says about itself. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Metadata {
    /// Headline; without front matter, the first non-empty line.
    pub title: String,
    /// Publication that printed it.
    pub outlet: Option<String>,
    /// Author, when known.
    pub author: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: from front matter, else read from the text
    /// (see [`Metadata::date_from_text`]).
    pub date: Option<String>,
    /// The date was read from the text ("Published …", a date line, a dateline),
    /// not given in front matter.
    #[serde(skip)]
    pub date_from_text: bool,
    /// Where it was published.
    pub url: Option<String>,
}

/// The result of reading a header: the metadata, the byte offset where the body starts,
/// and problems worth a warning (unknown keys, malformed dates).
#[derive(Debug, Default)]
pub struct Parsed {
    /// Fields found in the header.
    pub metadata: Metadata,
    /// Byte offset of the first byte after the header (0 without a header).
    pub body_start: usize,
    /// Human-readable problems, each about one line of the header.
    pub problems: Vec<String>,
}

/// Parses the front matter of `text`, if it starts with a `---` line.
pub fn parse(text: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = text[bom..].split_inclusive('\n');
    let Some(first) = lines.next() else {
        return parsed;
    };
    if first.trim_end() != "---" {
        parsed.body_start = bom;
        return parsed;
    }
    let mut offset = bom + first.len();
    let mut fields = Vec::new();
    let mut closed = false;
    for (n, line) in lines.enumerate() {
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == "---" {
            closed = true;
            break;
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        match trimmed.split_once(':') {
            Some((key, value)) => fields.push((key.trim().to_lowercase(), unquote(value.trim()))),
            None => parsed
                .problems
                .push(format!("front matter line {} is not `key: value`", n + 2)),
        }
    }
    if !closed {
        // Not a header after all: treat the whole file as text.
        parsed.problems = vec!["front matter has no closing `---`; read as plain text".into()];
        parsed.body_start = bom;
        return parsed;
    }
    parsed.body_start = offset;
    let mut seen = std::collections::HashSet::new();
    for (key, _) in &fields {
        if !seen.insert(key.as_str()) {
            parsed.problems.push(format!(
                "front matter key `{key}` appears more than once; the last one is used"
            ));
        }
    }
    for (key, value) in fields {
        let value = (!value.is_empty()).then_some(value);
        match key.as_str() {
            "title" => parsed.metadata.title = value.unwrap_or_default(),
            "outlet" | "source" | "publication" => parsed.metadata.outlet = value,
            "author" | "byline" => parsed.metadata.author = value,
            "date" => {
                if let Some(date) = &value {
                    if !is_valid_date(date) {
                        parsed
                            .problems
                            .push(format!("date `{date}` is not YYYY, YYYY-MM or YYYY-MM-DD"));
                    }
                }
                parsed.metadata.date = value;
            }
            "url" => parsed.metadata.url = value,
            other => parsed
                .problems
                .push(format!("unknown front matter key `{other}`")),
        }
    }
    parsed
}

fn unquote(value: &str) -> String {
    let v = value.trim();
    let quoted = v.len() >= 2
        && ((v.starts_with('"') && v.ends_with('"')) || (v.starts_with('\'') && v.ends_with('\'')));
    if quoted {
        v[1..v.len() - 1].to_string()
    } else {
        v.to_string()
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
pub fn is_valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let all_digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let in_range = |s: &str, max: u32| s.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    match parts.as_slice() {
        [y] => all_digits(y, 4),
        [y, m] => all_digits(y, 4) && all_digits(m, 2) && in_range(m, 12),
        [y, m, d] => {
            all_digits(y, 4)
                && all_digits(m, 2)
                && all_digits(d, 2)
                && in_range(m, 12)
                && in_range(d, 31)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header_and_body_offset() {
        let text = "---\ntitle: Hello: world\noutlet: AQ\ndate: 2025-09\n---\nBody.";
        let p = parse(text);
        assert_eq!(p.metadata.title, "Hello: world");
        assert_eq!(p.metadata.outlet.as_deref(), Some("AQ"));
        assert_eq!(&text[p.body_start..], "Body.");
        assert!(p.problems.is_empty());
    }

    #[test]
    fn no_header_means_body_starts_at_zero() {
        assert_eq!(parse("Just text\n").body_start, 0);
    }

    #[test]
    fn unclosed_header_is_text_with_a_problem() {
        let p = parse("---\ntitle: x\nno end");
        assert_eq!(p.body_start, 0);
        assert_eq!(p.problems.len(), 1);
    }

    #[test]
    fn a_repeated_key_is_reported() {
        let p = parse("---\ntitle: One\ntitle: Two\n---\nBody.");
        assert_eq!(p.metadata.title, "Two");
        assert_eq!(p.problems.len(), 1, "{:?}", p.problems);
        assert!(p.problems[0].contains("`title` appears more than once"));
    }

    #[test]
    fn bad_date_is_reported() {
        let p = parse("---\ndate: September 2025\n---\n");
        assert!(p.problems[0].contains("September 2025"));
        assert!(
            is_valid_date("2024-12") && is_valid_date("2025-09-03") && !is_valid_date("2025-13")
        );
    }
}
