//! The rules between guides: every method a guide names exists, and following the names
//! never leads back to where one started.

use std::collections::{BTreeMap, BTreeSet};

use super::path::KeyPath;
use super::suggest::closest;
use crate::error::{Problem, Reference as Kind, Rule};
use crate::model::{Guide, MethodId};

/// Where a guide names another method: the key path is only built for a problem.
#[derive(Clone, Copy)]
enum Reference {
    /// `fallbacks[index]`.
    Fallback { index: usize },
    /// `steps[step].methods[index]` of route `route`.
    StepMethod {
        route: usize,
        step: usize,
        index: usize,
    },
}

impl Reference {
    fn kind(self) -> Kind {
        match self {
            Reference::Fallback { .. } => Kind::Fallback,
            Reference::StepMethod { .. } => Kind::Method,
        }
    }

    /// The methods a guide names in the same way, which a loop follows.
    fn targets(self, guide: &Guide) -> Vec<MethodId> {
        match self {
            Reference::Fallback { .. } => guide.fallbacks.to_vec(),
            Reference::StepMethod { .. } => {
                guide.all_steps().flat_map(|s| s.methods.to_vec()).collect()
            }
        }
    }

    fn path(self) -> KeyPath {
        match self {
            Reference::Fallback { index } => KeyPath::default().key("fallbacks").index(index),
            Reference::StepMethod { route, step, index } => route_path(route)
                .key("steps")
                .index(step)
                .key("methods")
                .index(index),
        }
    }
}

/// The rules between guides: every fallback and every method a step hands over to names a
/// guide that exists, and following either never leads back to where one started. Returns
/// each problem with the guide it belongs to.
pub fn check_references(guides: &[Guide]) -> Vec<(MethodId, Problem)> {
    let by_id: BTreeMap<&MethodId, &Guide> = guides.iter().map(|g| (&g.id, g)).collect();
    let known: Vec<&str> = by_id.keys().map(|id| id.as_str()).collect();
    // A way back to a guide needs a reference to it: the others (most guides in a large
    // folder) are not searched for loops.
    let referenced: BTreeSet<&MethodId> = guides
        .iter()
        .flat_map(|g| {
            let methods = g.all_steps().flat_map(|s| s.methods.iter());
            g.fallbacks.iter().chain(methods)
        })
        .collect();
    let mut problems = Vec::new();
    for guide in guides {
        let mut references: Vec<(Reference, &MethodId)> = guide
            .fallbacks
            .iter()
            .enumerate()
            .map(|(index, id)| (Reference::Fallback { index }, id))
            .collect();
        for (route, steps) in guide.routes.iter().map(|r| &r.steps).enumerate() {
            for (step, s) in steps.iter().enumerate() {
                for (index, id) in s.methods.iter().enumerate() {
                    references.push((Reference::StepMethod { route, step, index }, id));
                }
            }
        }
        for (reference, target) in references {
            let rule = if !by_id.contains_key(target) {
                Rule::UnknownMethod {
                    reference: reference.kind(),
                    id: target.to_string(),
                    closest: closest(target.as_str(), &known).map(str::to_string),
                }
            } else if let Some(cycle) = referenced
                .contains(&guide.id)
                .then(|| cycle_through(&by_id, &guide.id, target, reference))
                .flatten()
            {
                let mut chain = vec![guide.id.to_string()];
                chain.extend(cycle);
                Rule::Loop {
                    reference: reference.kind(),
                    chain,
                }
            } else {
                continue;
            };
            let problem = Problem {
                path: reference.path(),
                rule,
                at_key: false,
            };
            problems.push((guide.id.clone(), problem));
        }
    }
    problems
}

/// Where route `r` of a guide is written: the guide itself for the main route, else among
/// `other_routes`.
pub fn route_path(r: usize) -> KeyPath {
    match r {
        0 => KeyPath::default(),
        r => KeyPath::default().key("other_routes").index(r - 1),
    }
}

/// The chain from `next` back to `start` along references of the same kind as `reference`,
/// if there is one.
fn cycle_through(
    by_id: &BTreeMap<&MethodId, &Guide>,
    start: &MethodId,
    next: &MethodId,
    reference: Reference,
) -> Option<Vec<String>> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![(next.clone(), vec![next.to_string()])];
    while let Some((id, chain)) = stack.pop() {
        if &id == start {
            return Some(chain);
        }
        if !seen.insert(id.clone()) {
            continue;
        }
        if let Some(guide) = by_id.get(&id) {
            for target in reference.targets(guide) {
                let mut longer = chain.clone();
                longer.push(target.to_string());
                stack.push((target, longer));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{guide_with, problems, with};

    /// "guide: path: message" for each problem between `guides`.
    fn reference_problems(guides: &[Guide]) -> Vec<String> {
        check_references(guides)
            .iter()
            .map(|(id, p)| {
                let rule = match &p.rule {
                    Rule::Loop { reference, chain } => {
                        format!("{reference:?} loop: {}", chain.join(" -> "))
                    }
                    other => format!("{other:?}"),
                };
                format!("{id}: {}: {rule}", p.path)
            })
            .collect()
    }

    #[test]
    fn fallbacks_must_exist_and_never_loop() {
        let guide = |id: &str, fallbacks: &str| {
            guide_with(id, "reviewed", &format!("fallbacks = [{fallbacks}]"))
        };
        let guides = [
            guide("first", r#""second""#),
            guide("second", r#""third""#),
            guide("third", r#""first", "fourth""#),
        ];
        assert_eq!(
            reference_problems(&guides),
            [
                "first: fallbacks[0]: Fallback loop: first -> second -> third -> first",
                "second: fallbacks[0]: Fallback loop: second -> third -> first -> second",
                "third: fallbacks[0]: Fallback loop: third -> first -> second -> third",
                r#"third: fallbacks[1]: UnknownMethod { reference: Fallback, id: "fourth", closest: None }"#,
            ]
        );
        assert_eq!(
            problems(&with("reviewed", "fallbacks = [\"a-guide\"]\nreviewed")),
            ["fallbacks[0]: NamesItself"]
        );
    }

    #[test]
    fn methods_steps_hand_over_to_must_never_loop() {
        let guide = |id: &str, methods: &str| {
            guide_with(id, "labels = [", &format!("methods = [{methods}]"))
        };
        // `third` leads into the loop but is not on it: nothing leads back to it.
        let guides = [
            guide("first", r#""second""#),
            guide("second", r#""first""#),
            guide("third", r#""first""#),
        ];
        assert_eq!(
            reference_problems(&guides),
            [
                "first: steps[0].methods[0]: Method loop: first -> second -> first",
                "second: steps[0].methods[0]: Method loop: second -> first -> second",
            ]
        );
    }
}
