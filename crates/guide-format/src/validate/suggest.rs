//! Naming the likely intended word when a name is not known.
//!
//! Comparing two words costs about the product of their lengths, and a hostile file can
//! hold thousands of unknown words and thousands of long candidates. So the work is
//! counted, in characters compared, against a budget that grows with the input (a file's
//! size, or the names of all guides): past it, the remaining words get no suggestion, and a
//! run costs at most a fixed multiple of what it reads, whatever the shape of its input. The
//! budget is spent in the order of the input, so which words get a suggestion is the same on
//! every run.

/// Words longer than this get no suggestion: no honest typo of an id or a key is that long.
const MAX_WORD: usize = 64;

/// How many characters may be compared for each byte of input.
pub(crate) const WORK_PER_BYTE: usize = 8;

/// The candidate most like `word`, if any is alike enough to be a likely typo.
fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .filter(|c| c.chars().count() <= MAX_WORD)
        .map(|c| (strsim::jaro_winkler(word, c), *c))
        .filter(|(score, _)| *score >= 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Suggestions for many unknown words, within a budget of work.
#[derive(Debug)]
pub struct Suggestions {
    work_left: usize,
}

impl Suggestions {
    /// A budget of `work` characters compared.
    pub(crate) fn new(work: usize) -> Suggestions {
        Suggestions { work_left: work }
    }

    /// The budget for suggestions about an input of `bytes` bytes.
    pub(crate) fn for_input(bytes: usize) -> Suggestions {
        Suggestions::new(bytes.saturating_mul(WORK_PER_BYTE))
    }

    /// The budget for one word of up to `MAX_WORD` characters against all of `candidates`:
    /// for a word the user typed, which is looked up once a run.
    pub fn for_one_word(candidates: &[&str]) -> Suggestions {
        let bytes: usize = candidates.iter().map(|c| c.len()).sum();
        Suggestions::new(bytes.saturating_mul(MAX_WORD))
    }

    /// The candidate most like `word`, if one is alike enough and the budget allows the
    /// comparisons; none once it is spent.
    pub fn closest<'a>(&mut self, word: &str, candidates: &[&'a str]) -> Option<&'a str> {
        let length = word.chars().count();
        if length > MAX_WORD || self.work_left == 0 {
            return None;
        }
        // Counted in bytes, which is at least the characters and needs no pass over them.
        let work: usize = candidates
            .iter()
            .map(|c| length * c.len().min(4 * MAX_WORD))
            .sum();
        if work > self.work_left {
            self.work_left = 0;
            return None;
        }
        self.work_left -= work;
        closest(word, candidates)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_gets_the_closest_word_and_a_stranger_none() {
        let ids = ["direct-link", "mobile-app"];
        let mut suggestions = Suggestions::new(10_000);
        assert_eq!(
            suggestions.closest("direkt-link", &ids),
            Some("direct-link")
        );
        assert_eq!(suggestions.closest("xyz", &ids), None);
        assert_eq!(suggestions.closest(&"direct-link".repeat(10), &ids), None);
    }

    #[test]
    fn suggestions_stop_once_their_work_is_spent() {
        let ids: Vec<String> = (0..1000).map(|n| format!("guide-{n:03}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        // Each word of 10 characters against 1,000 ids of 9: 90,000 characters.
        let mut suggestions = Suggestions::new(10 * 90_000);
        let found = (0..100)
            .filter(|n| {
                suggestions
                    .closest(&format!("guide-{n:03}x"), &ids)
                    .is_some()
            })
            .count();
        assert_eq!(found, 10);
    }
}
