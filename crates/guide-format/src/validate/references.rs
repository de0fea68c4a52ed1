//! The rules between guides: every method a guide names exists, and following the names
//! never leads back to where one started.
//!
//! A user's folder may hold thousands of guides that name each other in any way, so the work
//! is linear in guides plus names: the guides that lead back to themselves are the strongly
//! connected components of the graph of names (found with Kosaraju's two passes), and each
//! guide on a loop is reported once, with the chain from it back to it cut short in the
//! middle when it is long.

use std::collections::{HashMap, VecDeque};

use super::suggest::Suggestions;
use crate::error::{Problem, Reference, Rule};
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
    let loops = [Reference::Fallback, Reference::Method].map(|kind| {
        let graph = Graph::new(guides, &index, kind);
        graph.loops()
    });

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
                        chain: chain.words(guides),
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

/// The names of one kind between guides: for each guide, the guides it names, each with its
/// position among the guide's names; and the same the other way round.
struct Graph {
    next: Vec<Vec<(usize, usize)>>,
    previous: Vec<Vec<(usize, usize)>>,
}

/// A loop through a guide, by guide index: the start of the chain, how many guides are left
/// out, and its end.
#[derive(Debug)]
struct Chain {
    head: Vec<usize>,
    omitted: usize,
    tail: Vec<usize>,
}

impl Chain {
    fn words(&self, guides: &[Names]) -> crate::error::Chain {
        let ids = |part: &[usize]| part.iter().map(|&n| guides[n].id.clone()).collect();
        crate::error::Chain {
            head: ids(&self.head),
            omitted: self.omitted,
            tail: ids(&self.tail),
        }
    }
}

impl Graph {
    fn new(guides: &[Names], index: &HashMap<&str, usize>, kind: Reference) -> Graph {
        let mut next = vec![Vec::new(); guides.len()];
        let mut previous = vec![Vec::new(); guides.len()];
        for (n, guide) in guides.iter().enumerate() {
            for (position, (at, target)) in guide.names.iter().enumerate() {
                if at.kind() != kind {
                    continue;
                }
                if let Some(&to) = index.get(target.as_str()) {
                    next[n].push((to, position));
                    previous[to].push((n, position));
                }
            }
        }
        Graph { next, previous }
    }

    /// For each guide on a loop: the position of the name it is reported at, and the chain
    /// from it back to it.
    fn loops(&self) -> Vec<Option<(usize, Chain)>> {
        let mut found: Vec<Option<(usize, Chain)>> = (0..self.next.len()).map(|_| None).collect();
        let (component, count) = self.components();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); count];
        for (n, &c) in component.iter().enumerate() {
            members[c].push(n);
        }
        for guides in members {
            // Members are gathered in guide order: the root the chains go through is the
            // first guide of the component.
            let root = guides[0];
            let looped = guides.len() > 1 || self.next[root].iter().any(|&(to, _)| to == root);
            if !looped {
                continue;
            }
            let c = component[root];
            // Shortest ways to the root, and from it, inside the component.
            let to_root = self.search(root, &self.previous, |n| component[n] == c);
            let from_root = self.search(root, &self.next, |n| component[n] == c);
            for &guide in &guides {
                found[guide] = Some(self.chain(guide, root, &to_root, &from_root, &component));
            }
        }
        found
    }

    /// The strongly connected components (Kosaraju): each guide's component, numbered from
    /// 0 in the order found, and how many there are.
    fn components(&self) -> (Vec<usize>, usize) {
        let n = self.next.len();
        // First pass: the order in which a depth-first search is done with each guide.
        let mut order = Vec::with_capacity(n);
        let mut visited = vec![false; n];
        for start in 0..n {
            if visited[start] {
                continue;
            }
            visited[start] = true;
            let mut stack = vec![(start, 0)];
            while let Some(&(guide, edge)) = stack.last() {
                let top = stack.len() - 1;
                match self.next[guide].get(edge) {
                    Some(&(to, _)) => {
                        stack[top].1 += 1;
                        if !visited[to] {
                            visited[to] = true;
                            stack.push((to, 0));
                        }
                    }
                    None => {
                        order.push(guide);
                        stack.pop();
                    }
                }
            }
        }
        // Second pass, backwards, latest first: what each one reaches is its component.
        let mut component = vec![usize::MAX; n];
        let mut count = 0;
        for &start in order.iter().rev() {
            if component[start] != usize::MAX {
                continue;
            }
            component[start] = count;
            let mut stack = vec![start];
            while let Some(guide) = stack.pop() {
                for &(from, _) in &self.previous[guide] {
                    if component[from] == usize::MAX {
                        component[from] = count;
                        stack.push(from);
                    }
                }
            }
            count += 1;
        }
        (component, count)
    }

    /// A breadth-first search from `root` along `edges` through the guides `inside` allows:
    /// for each guide reached, the guide it was reached from, the position of the name that
    /// leads between them, and how far it is from `root`.
    fn search(
        &self,
        root: usize,
        edges: &[Vec<(usize, usize)>],
        inside: impl Fn(usize) -> bool,
    ) -> Vec<Option<(usize, usize, usize)>> {
        let mut reached: Vec<Option<(usize, usize, usize)>> = vec![None; edges.len()];
        reached[root] = Some((root, 0, 0));
        let mut queue = VecDeque::from([root]);
        while let Some(guide) = queue.pop_front() {
            let distance = reached[guide].map_or(0, |(_, _, d)| d);
            for &(other, position) in &edges[guide] {
                if other != root && reached[other].is_none() && inside(other) {
                    reached[other] = Some((guide, position, distance + 1));
                    queue.push_back(other);
                }
            }
        }
        reached
    }

    /// The loop through `guide` that goes through `root`: along the shortest way to the root,
    /// then the shortest way from it back. Cut short in the middle when long, so that the
    /// work and the message stay small however long the loop is.
    fn chain(
        &self,
        guide: usize,
        root: usize,
        to_root: &[Option<(usize, usize, usize)>],
        from_root: &[Option<(usize, usize, usize)>],
        component: &[usize],
    ) -> (usize, Chain) {
        // Each step towards the root: (next guide, position of the name that leads there).
        let toward = |n: usize| to_root[n].map_or((n, 0), |(to, position, _)| (to, position));
        let back = |n: usize| from_root[n].map_or(n, |(from, _, _)| from);
        let distance =
            |search: &[Option<(usize, usize, usize)>], n: usize| search[n].map_or(0, |(_, _, d)| d);
        if guide == root {
            // The root's own first name into its component, then the way back to it.
            let (first, position) = self.next[root]
                .iter()
                .find(|&&(to, _)| component[to] == component[root])
                .copied()
                .unwrap_or((root, 0));
            let mut walk = vec![root, first];
            let mut at = first;
            while at != root {
                at = toward(at).0;
                walk.push(at);
            }
            return (position, cut(walk));
        }
        let position = toward(guide).1;
        let length = distance(to_root, guide) + distance(from_root, guide) + 1;
        if length <= CHAIN_HEAD + CHAIN_TAIL {
            let mut walk = vec![guide];
            let mut at = guide;
            while at != root {
                at = toward(at).0;
                walk.push(at);
            }
            let mut way_back = Vec::new();
            let mut at = guide;
            while at != root {
                way_back.push(at);
                at = back(at);
            }
            walk.extend(way_back.into_iter().rev());
            return (position, cut(simple(walk)));
        }
        let mut head = vec![guide];
        let mut at = guide;
        while head.len() < CHAIN_HEAD && at != root {
            at = toward(at).0;
            head.push(at);
        }
        let mut tail = vec![guide];
        let mut at = guide;
        while tail.len() < CHAIN_TAIL && at != root {
            at = back(at);
            tail.push(at);
        }
        tail.reverse();
        let omitted = length - head.len() - tail.len();
        (
            position,
            Chain {
                head,
                omitted,
                tail,
            },
        )
    }
}

/// A closed walk from a guide back to it with every detour through a guide met twice left
/// out, so that it names each guide once.
fn simple(walk: Vec<usize>) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(walk.len());
    let last = walk.len().saturating_sub(1);
    for (n, guide) in walk.into_iter().enumerate() {
        match out.iter().position(|&seen| seen == guide) {
            Some(first) if n != last => out.truncate(first + 1),
            _ => out.push(guide),
        }
    }
    out
}

/// A whole walk as a chain, cut short in the middle when longer than the head and the tail.
fn cut(walk: Vec<usize>) -> Chain {
    if walk.len() <= CHAIN_HEAD + CHAIN_TAIL {
        return Chain {
            head: walk,
            omitted: 0,
            tail: Vec::new(),
        };
    }
    let omitted = walk.len() - CHAIN_HEAD - CHAIN_TAIL;
    Chain {
        head: walk[..CHAIN_HEAD].to_vec(),
        omitted,
        tail: walk[walk.len() - CHAIN_TAIL..].to_vec(),
    }
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
    fn in_a_complete_graph_each_guide_gets_its_shortest_loop() {
        let all = graph(100, |n| (0..100).filter(|&m| m != n).collect());
        let found = check_references(&all);
        assert_eq!(found.len(), 100);
        assert_eq!(loop_chain(&found[0].1), "g0 -> g1 -> g0");
        assert_eq!(loop_chain(&found[57].1), "g57 -> g0 -> g57");
        assert_eq!(found[57].1.path.to_string(), "fallbacks[0]");
    }

    #[test]
    fn a_chain_that_ends_nowhere_has_no_loop() {
        let chain = graph(2000, |n| if n + 1 < 2000 { vec![n + 1] } else { vec![] });
        assert_eq!(check_references(&chain), []);
    }

    #[test]
    fn a_detour_is_left_out_of_a_loops_chain() {
        // The way from g1 through the root g0 and back is g1 -> g2 -> g0 -> g2 -> g1; the
        // detour from g2 to g0 and back is no part of g1's loop.
        let names = graph(3, |n| match n {
            0 => vec![2],
            1 => vec![2],
            _ => vec![0, 1],
        });
        let found = check_references(&names);
        assert_eq!(loop_chain(&found[1].1), "g1 -> g2 -> g1");
        assert_eq!(loop_chain(&found[0].1), "g0 -> g2 -> g0");
    }
}
