//! The one ranking of routes: which route of which method to try first, decided once from
//! the evidence of the guides' sources and written down here as data (`RANKING`). The menu's
//! order, the routes offered after "No, the card is still there", the order of the guides'
//! fallbacks and "Help me choose" are all derived from it by the functions below; the tests
//! derive all four from it.
//!
//! The order, best first, and why:
//! - Registration: a route whose sources say it needs Alipay registration (passport details,
//!   per the article) comes after every route that does not.
//! - Evidence: more sources, newer ones, and sources that name the site they describe come
//!   first. The app route through «Wallet» has five pages behind it, one naming
//!   aliexpress.com; the website and «Платежи» routes rest on Russian-language pages, one of
//!   them of a family of look-alike pages; the article's own routes are undated and old. The
//!   direct link (the sources disagree whether it needs registration) comes before the mobile
//!   site, whose link no newer source gives: pages of 2019 and 2023 still show the Alipay
//!   card page it opens, and it is one step where the mobile site is six.
//! - Site: where a source says a route is not on a site (techgrapple.com: aliexpress.com's
//!   website has no visible option to remove a card), the chooser does not pick it for that
//!   site; a route whose sources name aliexpress.com is not picked for aliexpress.ru, which no
//!   source describes: there the Russian-language pages come first.
//! - Device: within a method, the computer route comes before the phone routes because most
//!   users are on a computer; otherwise device only groups, it does not rank.

use guide_format::{Guide, Kind, Place};

use super::Catalog;
use Place::{ComputerBrowser as Computer, PhoneApp as Phone};
use Registration::{Disputed, Needed, NotMentioned};

/// Whether a route needs Alipay registration, as its sources tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Registration {
    /// The route's steps do not mention it.
    NotMentioned,
    /// The sources disagree.
    Disputed,
    /// The sources say it is needed.
    Needed,
}

/// An AliExpress site a user may be on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Site {
    /// aliexpress.ru, AliExpress Russia's site: no source describes its card screens.
    Ru,
    /// aliexpress.com.
    Com,
}

/// Why a route is where it is, for the line that says why "Help me choose" picked it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Why {
    Website,
    AppWallet,
    AppPayments,
    ArticleApp,
    DirectLink,
    MobileSite,
    AlipayAccount,
    AlipaySettings,
}

/// One route, in its place in the ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ranked {
    pub(crate) method: &'static str,
    /// The route's index in the method's guide.
    pub(crate) route: usize,
    /// Where the route is done: a row applies only to a guide whose route is done there, so
    /// that a folder's guide with other routes under a built-in id is not misread.
    pub(crate) place: Place,
    pub(crate) registration: Registration,
    /// The site the route's sources say they describe, when they name one.
    pub(crate) described_for: Option<Site>,
    /// A site where a source says the route is not there.
    pub(crate) not_on: Option<Site>,
    /// Why it is here; `None` for routes that do not remove a card.
    pub(crate) why: Option<Why>,
}

const fn row(
    method: &'static str,
    route: usize,
    place: Place,
    registration: Registration,
) -> Ranked {
    Ranked {
        method,
        route,
        place,
        registration,
        described_for: None,
        not_on: None,
        why: None,
    }
}

/// The ranking, best first.
pub(crate) static RANKING: &[Ranked] = &[
    // myteles.ru and ac-ch.ru; techgrapple.com: not on aliexpress.com's website.
    Ranked {
        not_on: Some(Site::Com),
        why: Some(Why::Website),
        ..row("aliexpress-payments", 0, Computer, NotMentioned)
    },
    // alibestfinds.com (both pages, one naming aliexpress.com), cybercomputersol.com,
    // aliexba.com, oferal.com: the best-supported app route.
    Ranked {
        described_for: Some(Site::Com),
        why: Some(Why::AppWallet),
        ..row("aliexpress-payments", 1, Phone, NotMentioned)
    },
    // myteles.ru only, Russian labels.
    Ranked {
        why: Some(Why::AppPayments),
        ..row("aliexpress-payments", 2, Phone, NotMentioned)
    },
    // The article, undated; newer pages describe other menus.
    Ranked {
        why: Some(Why::ArticleApp),
        ..row("mobile-app", 0, Phone, NotMentioned)
    },
    // The article (both texts); the sources disagree about registration; pages of 2019 and
    // 2023 still describe Alipay's card page.
    Ranked {
        why: Some(Why::DirectLink),
        ..row("direct-link", 0, Computer, Disputed)
    },
    // The article only; its link is not in any newer source.
    Ranked {
        why: Some(Why::MobileSite),
        ..row("mobile-site", 0, Computer, NotMentioned)
    },
    // The article, which walks through the registration every Alipay route starts with.
    Ranked {
        why: Some(Why::AlipayAccount),
        ..row("alipay-web", 0, Computer, Needed)
    },
    // The article, aliexpressin.ru, chinaparcel.net (2023), alimaniac.com (2019).
    Ranked {
        why: Some(Why::AlipaySettings),
        ..row("alipay-web", 1, Computer, Needed)
    },
    // The article: adding a card at a purchase needs no Alipay registration.
    row("add-card", 0, Computer, NotMentioned),
    // alibestfinds.com's page on adding a card.
    row("add-card", 1, Phone, NotMentioned),
    row("add-card", 2, Computer, Needed),
    row("replace-card", 0, Computer, NotMentioned),
];

/// A route of a guide in the catalog, by the guide and the route's index.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RouteOf<'c> {
    pub(crate) guide: &'c Guide,
    pub(crate) route: usize,
}

/// Where a route stands: its row in the ranking, or after every ranked route (a folder's
/// guide), in catalog order and then in the guide's order.
fn key(catalog: &Catalog, guide: &Guide, route: usize) -> (usize, usize, usize) {
    let position = catalog
        .guides()
        .iter()
        .position(|g| g.id == guide.id)
        .unwrap_or(usize::MAX);
    match rank(guide, route) {
        Some(rank) => (rank, 0, 0),
        None => (RANKING.len(), position, route),
    }
}

/// The row of a guide's route, if the ranking has one that applies to it.
fn row_of(guide: &Guide, route: usize) -> Option<(usize, &'static Ranked)> {
    let place = guide.routes.get(route)?.place;
    RANKING
        .iter()
        .enumerate()
        .find(|(_, r)| r.method == guide.id.as_str() && r.route == route && r.place == place)
}

fn rank(guide: &Guide, route: usize) -> Option<usize> {
    row_of(guide, route).map(|(rank, _)| rank)
}

/// What the ranking says of a guide's route, if it ranks it.
pub(crate) fn ranked(guide: &Guide, route: usize) -> Option<&'static Ranked> {
    row_of(guide, route).map(|(_, row)| row)
}

/// Whether the route needs Alipay registration, as far as the ranking knows.
pub(crate) fn registration(guide: &Guide, route: usize) -> Option<Registration> {
    ranked(guide, route).map(|row| row.registration)
}

/// What a choice among `routes` of a guide costs at best: a method needs registration only
/// if every one of the routes offered does.
pub(crate) fn least_registration(guide: &Guide, routes: &[usize]) -> Option<Registration> {
    routes
        .iter()
        .map(|&route| registration(guide, route))
        .min()
        .flatten()
}

/// The routes of `guide` done in `place` (every route when `None`), best first.
pub(crate) fn routes(catalog: &Catalog, guide: &Guide, place: Option<Place>) -> Vec<usize> {
    let mut routes: Vec<usize> = (0..guide.routes.len())
        .filter(|&r| place.is_none_or(|p| guide.routes[r].place == p))
        .collect();
    routes.sort_by_key(|&r| key(catalog, guide, r));
    routes
}

/// A guide's best route, in `place` when it has one there.
pub(crate) fn best_route(catalog: &Catalog, guide: &Guide, place: Option<Place>) -> usize {
    let here = routes(catalog, guide, place);
    let any = || routes(catalog, guide, None);
    here.first()
        .copied()
        .or_else(|| any().first().copied())
        .unwrap_or(0)
}

/// Where a method stands: its best route's place in the ranking (in `place`, when given).
fn method_key(catalog: &Catalog, guide: &Guide, place: Option<Place>) -> (usize, usize, usize) {
    key(catalog, guide, best_route(catalog, guide, place))
}

/// The methods that `keep` lets through, best first, each with its best route in `place`:
/// the order of the menu's groups.
pub(crate) fn methods<'c>(
    catalog: &'c Catalog,
    place: Option<Place>,
    keep: impl Fn(&Guide) -> bool,
) -> Vec<RouteOf<'c>> {
    let mut methods: Vec<&Guide> = catalog
        .guides()
        .iter()
        .filter(|g| keep(g))
        .filter(|g| place.is_none_or(|p| g.places().contains(&p)))
        .collect();
    methods.sort_by_key(|g| method_key(catalog, g, place));
    methods
        .into_iter()
        .map(|guide| RouteOf {
            guide,
            route: best_route(catalog, guide, place),
        })
        .collect()
}

/// The other methods to try after one of `guide`'s routes, done in `place`: those its steps
/// hand over to, step by step, then the others of its kind; in each group those with a route
/// in `place` first, in ranking order, then the rest. The order of the "No" list after its
/// own other routes, and of the guide's fallbacks.
pub(crate) fn others_after<'c>(
    catalog: &'c Catalog,
    guide: &Guide,
    place: Place,
) -> Vec<RouteOf<'c>> {
    let mut groups: Vec<Vec<&'c Guide>> = Vec::new();
    for step in guide.all_steps() {
        groups.push(
            step.methods
                .iter()
                .filter_map(|id| catalog.get(id.as_str()))
                .collect(),
        );
    }
    groups.push(
        catalog
            .guides()
            .iter()
            .filter(|g| g.kind == guide.kind && guide.kind == Kind::Remove)
            .collect(),
    );
    let mut others: Vec<RouteOf<'c>> = Vec::new();
    for mut group in groups {
        group.sort_by_key(|g| {
            (
                !g.places().contains(&place),
                method_key(catalog, g, Some(place)),
            )
        });
        for other in group {
            if other.id != guide.id && !others.iter().any(|o| o.guide.id == other.id) {
                others.push(RouteOf {
                    guide: other,
                    route: best_route(catalog, other, Some(place)),
                });
            }
        }
    }
    others
}

/// What to try when `route` of `guide` did not work: first the guide's other routes, best
/// first, then the other methods (`others_after`).
pub(crate) fn next_after<'c>(
    catalog: &'c Catalog,
    guide: &'c Guide,
    route: usize,
) -> Vec<RouteOf<'c>> {
    let place = guide
        .routes
        .get(route)
        .map_or(Place::ComputerBrowser, |r| r.place);
    let mut next: Vec<RouteOf<'c>> = routes(catalog, guide, None)
        .into_iter()
        .filter(|&r| r != route)
        .map(|r| RouteOf { guide, route: r })
        .collect();
    next.extend(others_after(catalog, guide, place));
    next
}

/// Whether a row may be picked for a user of `site` (`None`: they do not know which).
fn fits(row: &Ranked, site: Option<Site>) -> bool {
    match site {
        None => true,
        Some(site) => row.not_on != Some(site) && row.described_for.is_none_or(|s| s == site),
    }
}

/// The routes that remove a card in `place` and may match `site`, best first: what "Help me
/// choose" picks from.
pub(crate) fn for_user<'c>(
    catalog: &'c Catalog,
    site: Option<Site>,
    place: Place,
) -> Vec<(RouteOf<'c>, &'static Ranked)> {
    RANKING
        .iter()
        .filter(|row| row.place == place && fits(row, site))
        .filter_map(|row| {
            let guide = catalog.get(row.method)?;
            let fits_guide = guide.kind == Kind::Remove
                && guide
                    .routes
                    .get(row.route)
                    .is_some_and(|r| r.place == row.place);
            fits_guide.then_some((
                RouteOf {
                    guide,
                    route: row.route,
                },
                row,
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests;
