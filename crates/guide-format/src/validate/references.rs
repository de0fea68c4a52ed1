//! The rules between guides: every method a guide names exists, and following the names
//! never leads back to where one started.
//!
//! A user's folder may hold thousands of guides that name each other in any way, so the work
//! is linear in guides plus names: one pass of Tarjan's algorithm finds the guides that can
//! lead back to themselves (the strongly connected components of the graph of names), and
//! one loop in each is reported at every guide on it, cut short in the middle when it is
//! long. Once that loop is broken, `check` shows the next, if there is one.

use std::collections::HashMap;

use super::suggest::Suggestions;
use crate::error::{Chain, Problem, Reference, Rule};
use crate::model::{Guide, MethodId};
use crate::path::KeyPath;

/// Where a guide names another method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NamedAt {
    /// `fallbacks[index]`.
    Fallback { index: usize },
    /// `steps[step].methods[index]` of route `route`.
    StepMethod {
        route: usize,
        step: usize,
        index: usize,
    },
}

impl NamedAt {
    fn kind(self) -> Reference {
        match self {
            NamedAt::Fallback { .. } => Reference::Fallback,
            NamedAt::StepMethod { .. } => Reference::Method,
        }
    }

    fn path(self) -> KeyPath {
        match self {
            NamedAt::Fallback { index } => KeyPath::default().key("fallbacks").index(index),
            NamedAt::StepMethod { route, step, index } => route_path(route)
                .key("steps")
                .index(step)
                .key("methods")
                .index(index),
        }
    }
}

/// A guide as the rules between guides see it: its id (its file's stem) and the methods it
/// names, in the order they are written. Made from a valid guide with `of`, or by validation
/// from a guide that breaks other rules.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names {
    pub(crate) id: String,
    pub(crate) names: Vec<(NamedAt, MethodId)>,
}

impl Names {
    /// A guide that names nothing (or could not be read far enough to say).
    pub(crate) fn none(id: &str) -> Names {
        Names {
            id: id.to_string(),
            names: Vec::new(),
        }
    }

    pub fn of(guide: &Guide) -> Names {
        let mut names: Vec<(NamedAt, MethodId)> = guide
            .fallbacks
            .iter()
            .enumerate()
            .map(|(index, id)| (NamedAt::Fallback { index }, id.clone()))
            .collect();
        for (route, r) in guide.routes.iter().enumerate() {
            for (step, s) in r.steps.iter().enumerate() {
                for (index, id) in s.methods.iter().enumerate() {
                    names.push((NamedAt::StepMethod { route, step, index }, id.clone()));
                }
            }
        }
        Names {
            id: guide.id.to_string(),
            names,
        }
    }
}

/// Where route `r` of a guide is written: the guide itself for the main route, else among
/// `other_routes`.
pub(crate) fn route_path(r: usize) -> KeyPath {
    match r {
        0 => KeyPath::default(),
        r => KeyPath::default().key("other_routes").index(r - 1),
    }
}

/// How many guides a loop's chain shows from its start, and from its end.
const CHAIN_HEAD: usize = 5;
const CHAIN_TAIL: usize = 3;

/// The rules between `guides`: every fallback and every method a step hands over to names a
/// guide that exists, and following either never leads back to where one started. When two
/// guides have one id, the later one is the one named. Returns each problem with the index
/// of the guide it belongs to, guide by guide, in the order of their names.
pub fn check_references(guides: &[Names]) -> Vec<(usize, Problem)> {
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(guides.len());
    for (n, guide) in guides.iter().enumerate() {
        index.insert(guide.id.as_str(), n);
    }
    // For suggestions, in a fixed order.
    let mut known: Vec<&str> = index.keys().copied().collect();
    known.sort_unstable();
    let loops = [Reference::Fallback, Reference::Method].map(|kind| loops(guides, &index, kind));

    // As much work as the names are long, for the whole run.
    let size: usize = guides
        .iter()
        .map(|g| {
            g.id.len()
                + g.names
                    .iter()
                    .map(|(_, id)| id.as_str().len())
                    .sum::<usize>()
        })
        .sum();
    let mut suggestions = Suggestions::for_input(size);
    let mut problems = Vec::new();
    for (n, guide) in guides.iter().enumerate() {
        for (position, (at, target)) in guide.names.iter().enumerate() {
            let rule = if !index.contains_key(target.as_str()) {
                Rule::UnknownMethod {
                    reference: at.kind(),
                    id: target.to_string(),
                    closest: suggestions
                        .closest(target.as_str(), &known)
                        .map(str::to_string),
                }
            } else {
                let found = match at.kind() {
                    Reference::Fallback => &loops[0],
                    Reference::Method => &loops[1],
                };
                match &found[n] {
                    Some((at_position, chain)) if *at_position == position => Rule::Loop {
                        reference: at.kind(),
                        chain: chain.clone(),
                    },
                    _ => continue,
                }
            };
            let problem = Problem {
                path: at.path(),
                rule,
                at_key: false,
                span: None,
            };
            problems.push((n, problem));
        }
    }
    problems
}

/// The loops that names of `kind` make: for each guide on the one loop reported in its
/// component, the position of its name of the next guide on the loop, and the loop from it
/// back to it.
fn loops(
    guides: &[Names],
    index: &HashMap<&str, usize>,
    kind: Reference,
) -> Vec<Option<(usize, Chain)>> {
    // For each guide, the guides it names, each with the position of its name.
    let next: Vec<Vec<(usize, usize)>> = guides
        .iter()
        .map(|guide| {
            let names = guide.names.iter().enumerate();
            let names = names.filter(|(_, (at, _))| at.kind() == kind);
            names
                .filter_map(|(position, (_, target))| {
                    Some((*index.get(target.as_str())?, position))
                })
                .collect()
        })
        .collect();
    let mut found = vec![None; guides.len()];
    let mut component = vec![usize::MAX; guides.len()];
    // Where each guide is on the walk of its component.
    let mut walked = vec![usize::MAX; guides.len()];
    for (c, members) in components(&next).into_iter().enumerate() {
        for &guide in &members {
            component[guide] = c;
        }
        let first = members[0];
        if members.len() == 1 && !next[first].iter().any(|&(to, _)| to == first) {
            continue;
        }
        // Each guide of the component names another in it: following the first such name
        // from guide to guide comes back to one already met, which closes a loop.
        let mut walk: Vec<(usize, usize)> = Vec::new();
        let mut guide = first;
        while walked[guide] == usize::MAX {
            walked[guide] = walk.len();
            let Some(&(to, position)) = next[guide].iter().find(|&&(to, _)| component[to] == c)
            else {
                break;
            };
            walk.push((guide, position));
            guide = to;
        }
        let looped = &walk[walked[guide]..];
        // The loop from each guide on it back to it: the loop's length and one more guide.
        let length = looped.len() + 1;
        for (start, &(guide, position)) in looped.iter().enumerate() {
            let id = |k: usize| guides[looped[(start + k) % looped.len()].0].id.clone();
            let chain = if length <= CHAIN_HEAD + CHAIN_TAIL {
                Chain {
                    head: (0..length).map(id).collect(),
                    omitted: 0,
                    tail: Vec::new(),
                }
            } else {
                Chain {
                    head: (0..CHAIN_HEAD).map(id).collect(),
                    omitted: length - CHAIN_HEAD - CHAIN_TAIL,
                    tail: (length - CHAIN_TAIL..length).map(id).collect(),
                }
            };
            found[guide] = Some((position, chain));
        }
    }
    found
}

/// The strongly connected components of the graph `next` (Tarjan's algorithm), each with
/// the guide first reached in it first. The search keeps its own stack: a chain of thousands
/// of guides would overflow the program's.
fn components(next: &[Vec<(usize, usize)>]) -> Vec<Vec<usize>> {
    const UNREACHED: usize = usize::MAX;
    // When each guide was reached, and the earliest reached guide still open it leads to.
    let mut order = vec![UNREACHED; next.len()];
    let mut low = vec![UNREACHED; next.len()];
    let mut open: Vec<usize> = Vec::new();
    let mut is_open = vec![false; next.len()];
    let mut components = Vec::new();
    let mut reached = 0;
    for start in 0..next.len() {
        if order[start] != UNREACHED {
            continue;
        }
        // The guides being searched, each with how many of its names have been followed.
        let mut path = vec![(start, 0)];
        while let Some((guide, followed)) = path.last_mut() {
            let guide = *guide;
            if *followed == 0 {
                order[guide] = reached;
                low[guide] = reached;
                reached += 1;
                open.push(guide);
                is_open[guide] = true;
            }
            if let Some(&(to, _)) = next[guide].get(*followed) {
                *followed += 1;
                if order[to] == UNREACHED {
                    path.push((to, 0));
                } else if is_open[to] {
                    low[guide] = low[guide].min(order[to]);
                }
                continue;
            }
            path.pop();
            if let Some(&(parent, _)) = path.last() {
                low[parent] = low[parent].min(low[guide]);
            }
            if low[guide] == order[guide] {
                let first = open.iter().rposition(|&g| g == guide).unwrap_or(0);
                let component = open.split_off(first);
                for &g in &component {
                    is_open[g] = false;
                }
                components.push(component);
            }
        }
    }
    components
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{guide_with, problems, with};

    /// "guide: path: message" for each problem between `guides`.
    fn reference_problems(guides: &[Guide]) -> Vec<String> {
        let names: Vec<Names> = guides.iter().map(Names::of).collect();
        check_references(&names)
            .iter()
            .map(|(n, p)| {
                let rule = match &p.rule {
                    Rule::Loop { reference, chain } => {
                        format!("{reference:?} loop: {}", english(chain))
                    }
                    other => format!("{other:?}"),
                };
                format!("{}: {}: {rule}", guides[*n].id, p.path)
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

    /// Guides `g0`…, each naming the fallbacks `names(n)` gives.
    fn graph(count: usize, names: impl Fn(usize) -> Vec<usize>) -> Vec<Names> {
        (0..count)
            .map(|n| Names {
                id: format!("g{n}"),
                names: names(n)
                    .into_iter()
                    .enumerate()
                    .map(|(index, to)| {
                        let id = MethodId(format!("g{to}").into());
                        (NamedAt::Fallback { index }, id)
                    })
                    .collect(),
            })
            .collect()
    }

    fn english(chain: &crate::error::Chain) -> String {
        chain.join(|omitted| format!("… {omitted} more …"))
    }

    fn loop_chain(problem: &Problem) -> String {
        match &problem.rule {
            Rule::Loop { chain, .. } => english(chain),
            other => panic!("not a loop: {other:?}"),
        }
    }

    /// "guide: path: chain" for each loop between `names`.
    fn loops_in(names: &[Names]) -> Vec<String> {
        check_references(names)
            .iter()
            .map(|(n, p)| format!("{}: {}: {}", names[*n].id, p.path, loop_chain(p)))
            .collect()
    }

    #[test]
    fn a_long_loop_is_reported_once_per_guide_with_its_chain_cut_short() {
        let ring = graph(2000, |n| vec![(n + 1) % 2000]);
        let found = check_references(&ring);
        assert_eq!(found.len(), 2000);
        assert_eq!(
            loop_chain(&found[0].1),
            "g0 -> g1 -> g2 -> g3 -> g4 -> … 1993 more … -> g1998 -> g1999 -> g0"
        );
        assert_eq!(
            loop_chain(&found[1500].1),
            "g1500 -> g1501 -> g1502 -> g1503 -> g1504 -> … 1993 more … -> g1498 -> g1499 -> g1500"
        );
    }

    #[test]
    fn in_a_complete_graph_one_loop_is_reported_at_each_guide_on_it() {
        let all = graph(100, |n| (0..100).filter(|&m| m != n).collect());
        assert_eq!(
            loops_in(&all),
            [
                "g0: fallbacks[0]: g0 -> g1 -> g0",
                "g1: fallbacks[0]: g1 -> g0 -> g1"
            ]
        );
    }

    #[test]
    fn a_chain_that_ends_nowhere_has_no_loop() {
        let chain = graph(2000, |n| if n + 1 < 2000 { vec![n + 1] } else { vec![] });
        assert_eq!(check_references(&chain), []);
    }

    #[test]
    fn the_loop_reported_is_where_the_first_names_lead_and_names_each_guide_once() {
        // g0 leads into the loop g1 -> g2 -> g1 and is on a longer one, g0 -> g1 -> g2 -> g0,
        // through the second name of g2: the first names' loop is reported, at its guides.
        let names = graph(3, |n| match n {
            0 => vec![1],
            1 => vec![2],
            _ => vec![1, 0],
        });
        assert_eq!(
            loops_in(&names),
            [
                "g1: fallbacks[0]: g1 -> g2 -> g1",
                "g2: fallbacks[0]: g2 -> g1 -> g2"
            ]
        );
    }
}
