//! Naming the likely intended word when a name is not known.

/// Words longer than this get no suggestion: no honest typo of an id or a key is that long,
/// and comparing long words costs the product of their lengths.
const MAX_WORD: usize = 64;

/// How many comparisons one `Suggestions` makes at most.
const MAX_COMPARISONS: usize = 20_000;

/// The candidate most like `word`, if any is alike enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if word.chars().count() > MAX_WORD {
        return None;
    }
    candidates
        .iter()
        .filter(|c| c.chars().count() <= MAX_WORD)
        .map(|c| (strsim::jaro_winkler(word, c), *c))
        .filter(|(score, _)| *score >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// `closest` for many unknown words, with a bound on the work: a hostile folder can name
/// thousands of missing methods, each of which would otherwise be compared with thousands
/// of ids. Once `MAX_COMPARISONS` are made, the remaining words get no suggestion.
#[derive(Debug)]
pub struct Suggestions {
    comparisons_left: usize,
}

impl Default for Suggestions {
    fn default() -> Suggestions {
        Suggestions {
            comparisons_left: MAX_COMPARISONS,
        }
    }
}

impl Suggestions {
    pub fn closest<'a>(&mut self, word: &str, candidates: &[&'a str]) -> Option<&'a str> {
        if candidates.len() > self.comparisons_left {
            self.comparisons_left = 0;
            return None;
        }
        self.comparisons_left -= candidates.len();
        closest(word, candidates)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_gets_the_closest_word_and_a_stranger_none() {
        let ids = ["direct-link", "mobile-app"];
        assert_eq!(closest("direkt-link", &ids), Some("direct-link"));
        assert_eq!(closest("xyz", &ids), None);
        assert_eq!(closest(&"direct-link".repeat(10), &ids), None);
    }

    #[test]
    fn suggestions_stop_once_their_work_is_spent() {
        let ids: Vec<String> = (0..1000).map(|n| format!("guide-{n}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut suggestions = Suggestions::default();
        let found = (0..100)
            .filter(|n| suggestions.closest(&format!("guide-{n}x"), &ids).is_some())
            .count();
        assert_eq!(found, MAX_COMPARISONS / ids.len());
    }
}
