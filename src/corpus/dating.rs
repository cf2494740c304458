//! A document's date read from its text, for documents without a `date:` in front
//! matter: a "Published …" line, a line that is only a date (with its weekday and
//! time), or a dateline ("WASHINGTON, Sept. 3, 2025 —"), among the first lines of the
//! body. Dates inside the story ("On March 23, 2017, a gunman…") are never taken.
//!
//! The result is `YYYY-MM-DD`, or `YYYY-MM` when the text names only a month.

/// Lines with words in them looked at, from the top of the body.
const HEAD_LINES: usize = 12;

/// A line longer than this is prose, not a date line (a dateline is cut at its dash).
const DATE_LINE_CHARS: usize = 80;

/// The publication date the first lines of `body` give, if any.
pub fn date_in_text(body: &str) -> Option<String> {
    let head: Vec<&str> = body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES)
        .collect();
    // "Published" beats "Updated" wherever they are; then the first date line.
    let labelled = |wanted: &[&str]| {
        head.iter().find_map(|line| {
            let (label, rest) = label_of(line)?;
            wanted.contains(&label).then(|| find_date(rest))?
        })
    };
    labelled(&["published", "posted", "date", "publicado", "fecha"])
        .or_else(|| labelled(&["updated", "actualizado"]))
        .or_else(|| head.iter().find_map(|line| date_line(line)))
}

/// The label opening a line ("Published: …", "Posted on …"), lower-cased, and the
/// rest of the line.
fn label_of(line: &str) -> Option<(&'static str, &str)> {
    const LABELS: [&str; 7] = [
        "published",
        "posted",
        "updated",
        "date",
        "publicado",
        "actualizado",
        "fecha",
    ];
    let word_end = line
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(line.len());
    let word = line[..word_end].to_lowercase();
    let label = LABELS.iter().find(|l| **l == word)?;
    Some((label, &line[word_end..]))
}

/// The date of a line that is only a date, with at most a weekday, a time and a
/// time zone ("July 1, 2024", "2:17 PM – Monday, March 31, 2025", "February 2, 2025
/// Hour: 10:36 am"), or the date of a dateline before its dash.
fn date_line(line: &str) -> Option<String> {
    if let Some(date) = dateline(line) {
        return Some(date);
    }
    if line.chars().count() > DATE_LINE_CHARS {
        return None;
    }
    let (date, at) = find_date_at(line)?;
    let rest = format!("{} {}", &line[..at.start], &line[at.end..]);
    rest.split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter(|w| !w.is_empty())
        .all(is_filler)
        .then_some(date)
}

/// The date of a dateline: capitals naming a place, then a date, then a dash
/// ("WASHINGTON, Sept. 3, 2025 —", "MEXICO CITY, March 5, 2025 (Reuters) -").
fn dateline(line: &str) -> Option<String> {
    let caps = line
        .chars()
        .take_while(|c| c.is_uppercase() || *c == ' ' || *c == '.')
        .count();
    if caps < 3 || line.chars().nth(caps) != Some(',') {
        return None;
    }
    let dash = ["—", "–", " - ", "--"]
        .iter()
        .filter_map(|d| line.find(d))
        .min()?;
    let before = &line[..dash];
    (before.chars().count() <= DATE_LINE_CHARS)
        .then(|| find_date(before))
        .flatten()
}

/// A word that may stand beside a date on a date line: a weekday, a time, a zone.
fn is_filler(word: &str) -> bool {
    const WORDS: [&str; 25] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "hour",
        "at",
        "on",
        "et",
        "est",
        "edt",
        "pt",
        "pst",
        "pdt",
        "ct",
        "cst",
        "gmt",
        "utc",
        "updated",
    ];
    let lower = word.trim_end_matches('.').to_lowercase();
    word.bytes().all(|b| b.is_ascii_digit())
        || WORDS.contains(&lower.as_str())
        || WORDS.contains(&word.to_lowercase().as_str())
}

/// The first date in `text`.
fn find_date(text: &str) -> Option<String> {
    find_date_at(text).map(|(d, _)| d)
}

/// The first date in `text` and the bytes it spans: `2025-09-03`, `2025/09/03`,
/// `September 3, 2025`, `Sept. 3 2025`, `3 September 2025`, `3 de septiembre de 2025`,
/// or a month alone (`September 2025` → `2025-09`).
fn find_date_at(text: &str) -> Option<(String, std::ops::Range<usize>)> {
    let words = words(text);
    for (i, &(start, w)) in words.iter().enumerate() {
        let next = |k: usize| words.get(i + k).map(|&(_, w)| w);
        let end_of = |k: usize| words[i + k].0 + words[i + k].1.len();
        if let Some(iso) = iso_date(w) {
            return Some((iso, start..start + w.len()));
        }
        if let Some(month) = month_number(w) {
            // September 3, 2025 · Sept. 3 2025
            if let (Some(day), Some(year)) = (next(1).and_then(day_of), next(2).and_then(year_of)) {
                return Some((format!("{year}-{month:02}-{day:02}"), start..end_of(2)));
            }
            // September 2025
            if let Some(year) = next(1).and_then(year_of) {
                return Some((format!("{year}-{month:02}"), start..end_of(1)));
            }
        }
        if let Some(day) = day_of(w) {
            // 3 September 2025 · 3 de septiembre de 2025
            let (m, y) = if next(1).is_some_and(|w| w.eq_ignore_ascii_case("de")) {
                (2, 4)
            } else {
                (1, 2)
            };
            let of_ok = y == 2 || next(3).is_some_and(|w| w.eq_ignore_ascii_case("de"));
            if let (Some(month), Some(year), true) = (
                next(m).and_then(month_number),
                next(y).and_then(year_of),
                of_ok,
            ) {
                return Some((format!("{year}-{month:02}-{day:02}"), start..end_of(y)));
            }
        }
    }
    None
}

/// The words of `text` with their byte offsets: letters, digits, `-`, `/` and a
/// trailing `.` ("Sept."), split at spaces and commas.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || matches!(c, '-' | '/' | '.');
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// `2025-09-03`, `2025/09/03` or `2025-09` as `YYYY-MM[-DD]`, when valid.
fn iso_date(word: &str) -> Option<String> {
    let w = word.trim_end_matches('.').replace('/', "-");
    let ok = w.len() >= 7 && w.as_bytes()[4] == b'-' && super::frontmatter::is_valid_date(&w);
    ok.then(|| year_of(&w[..4]).map(|_| w.clone())).flatten()
}

/// A plausible publication year.
fn year_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    let y: u32 = (w.len() == 4).then(|| w.parse().ok()).flatten()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// A day of the month, with or without an ordinal ending ("3", "03", "3rd").
fn day_of(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    let ok_suffix = matches!(suffix, "" | "st" | "nd" | "rd" | "th" | "º");
    let d: u32 = (ok_suffix && (1..=2).contains(&digits.len()))
        .then(|| digits.parse().ok())
        .flatten()?;
    (1..=31).contains(&d).then_some(d)
}

/// The number of a month named in English or Spanish, in full or abbreviated
/// ("Sept.", "Jan", "septiembre").
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [(&str, &str, &str); 12] = [
        ("january", "jan", "enero"),
        ("february", "feb", "febrero"),
        ("march", "mar", "marzo"),
        ("april", "apr", "abril"),
        ("may", "may", "mayo"),
        ("june", "jun", "junio"),
        ("july", "jul", "julio"),
        ("august", "aug", "agosto"),
        ("september", "sep", "septiembre"),
        ("october", "oct", "octubre"),
        ("november", "nov", "noviembre"),
        ("december", "dec", "diciembre"),
    ];
    let abbreviated = word.ends_with('.');
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().zip(1..).find_map(|((full, short, es), n)| {
        let hit = w == *full
            || w == *es
            || (w == "setiembre" && n == 9)
            || ((abbreviated || w.len() == 3) && (w == *short || (n == 9 && w == "sept")));
        hit.then_some(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_line_gives_the_date() {
        assert_eq!(
            date_in_text("Headline\nJuly 1, 2024\nBody."),
            Some("2024-07-01".into())
        );
        assert_eq!(
            date_in_text("Headline\n2:17 PM – Monday, March 31, 2025\nBody text here."),
            Some("2025-03-31".into())
        );
        assert_eq!(
            date_in_text("Title\nFebruary 2, 2025 Hour: 10:36 am\nText."),
            Some("2025-02-02".into())
        );
        assert_eq!(
            date_in_text("Title\n3 September 2025\n"),
            Some("2025-09-03".into())
        );
        assert_eq!(
            date_in_text("Title\nSeptember 2025\n"),
            Some("2025-09".into())
        );
    }

    #[test]
    fn published_beats_updated_and_a_label_takes_any_format() {
        let text = "Title\nUpdated: Sept. 4, 2025 at 9:00 a.m. ET\nPublished: 2025-09-03\nBody.";
        assert_eq!(date_in_text(text), Some("2025-09-03".into()));
        assert_eq!(
            date_in_text("Título\nPublicado el 3 de septiembre de 2025\nTexto."),
            Some("2025-09-03".into())
        );
        assert_eq!(
            date_in_text("T\nUpdated 4 Sept. 2025\nBody."),
            Some("2025-09-04".into())
        );
    }

    #[test]
    fn a_dateline_gives_its_date() {
        assert_eq!(
            date_in_text("Title\nWASHINGTON, Sept. 3, 2025 — The Treasury sanctioned six men."),
            Some("2025-09-03".into())
        );
        assert_eq!(
            date_in_text("MEXICO CITY, March 5, 2025 (Reuters) - Mexico's president said…"),
            Some("2025-03-05".into())
        );
    }

    #[test]
    fn dates_inside_the_story_are_not_the_document_date() {
        assert_eq!(
            date_in_text("Title\nOn March 23, 2017, a gunman walked up and shot Breach several times while she waited."),
            None
        );
        assert_eq!(
            date_in_text("Title\nMEXICO CITY (AP) — Mexico extradited 26 men on Tuesday."),
            None
        );
        // A photo caption with a date is prose.
        assert_eq!(
            date_in_text("A demonstrator during a march in Mexico City on January 10, 2026.Photo by Alfredo ESTRELLA / AFP via Getty Images"),
            None
        );
        // Past the first lines, nothing is looked at.
        let late = format!("{}July 1, 2024\n", "A line of prose.\n".repeat(HEAD_LINES));
        assert_eq!(date_in_text(&late), None);
    }

    #[test]
    fn impossible_dates_are_not_dates() {
        assert_eq!(date_in_text("T\nFebruary 42, 2025\n"), None);
        assert_eq!(date_in_text("T\n2025-13-01\n"), None);
        assert_eq!(date_in_text("T\nMay 2\n"), None);
    }
}
