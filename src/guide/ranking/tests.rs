//! Tests of `ranking`: the ranking is whole and consistent with the built-in guides. That the
//! menu, the "No" list, the fallbacks and "Help me choose" follow it is tested where they
//! are built (`interactive`).
use super::*;

fn catalog() -> Catalog {
    Catalog::builtin()
}

#[test]
fn every_route_of_every_built_in_guide_has_one_row_and_every_row_a_route() {
    let catalog = catalog();
    for row in RANKING {
        let guide = catalog.get(row.method).expect("a built-in method");
        let route = guide.routes.get(row.route).expect("a route of it");
        assert_eq!(route.place, row.place, "{} route {}", row.method, row.route);
    }
    for guide in catalog.guides() {
        for route in 0..guide.routes.len() {
            let rows = RANKING
                .iter()
                .filter(|r| r.method == guide.id.as_str() && r.route == route)
                .count();
            assert_eq!(rows, 1, "{} route {route}", guide.id);
        }
    }
}

/// So that no route through Alipay registration is ever offered first while one without it
/// is there: in the menu, the route choice, the "No" list and "Help me choose".
#[test]
fn every_route_that_needs_registration_comes_after_every_one_that_does_not() {
    let catalog = catalog();
    let kind = |row: &Ranked| catalog.get(row.method).unwrap().kind;
    for (n, needed) in RANKING.iter().enumerate() {
        if needed.registration != Registration::Needed {
            continue;
        }
        for later in &RANKING[n..] {
            let same = kind(later) == kind(needed) && later.place == needed.place;
            assert!(
                !same || later.registration == Registration::Needed,
                "{} route {} is ranked after {} route {}",
                later.method,
                later.route,
                needed.method,
                needed.route
            );
        }
    }
}

/// `show` prints a guide's routes in its file's order, and `list` the guides in their
/// `order`: both are the ranking's.
#[test]
fn the_guides_and_their_routes_are_written_in_ranking_order() {
    let catalog = catalog();
    let mut first_rows: Vec<&str> = Vec::new();
    for row in RANKING {
        if !first_rows.contains(&row.method) {
            first_rows.push(row.method);
        }
    }
    assert_eq!(catalog.ids(), first_rows, "the guides' `order`");
    for guide in catalog.guides() {
        let routes: Vec<usize> = RANKING
            .iter()
            .filter(|r| r.method == guide.id.as_str())
            .map(|r| r.route)
            .collect();
        let in_file: Vec<usize> = (0..guide.routes.len()).collect();
        assert_eq!(routes, in_file, "{}", guide.id);
    }
}

#[test]
fn every_route_that_removes_a_card_says_why_it_is_where_it_is() {
    let catalog = catalog();
    for row in RANKING {
        let removes = catalog.get(row.method).unwrap().kind == Kind::Remove;
        assert_eq!(
            row.why.is_some(),
            removes,
            "{} route {}",
            row.method,
            row.route
        );
    }
}

/// A step that hands over to several methods offers them as the ranking orders them.
#[test]
fn a_steps_methods_are_listed_in_ranking_order() {
    let catalog = catalog();
    for guide in catalog.guides() {
        for step in guide.all_steps() {
            let listed: Vec<&str> = step.methods.iter().map(|m| m.as_str()).collect();
            let mut ranked = listed.clone();
            ranked.sort_by_key(|id| RANKING.iter().position(|r| r.method == *id));
            assert_eq!(listed, ranked, "{}", guide.id);
        }
    }
}

#[test]
fn a_folder_guide_the_ranking_does_not_know_comes_after_the_ranked_ones() {
    let catalog = catalog();
    let add = catalog.get("add-card").unwrap();
    // A route the ranking has no row for (another place under a known id) is unranked.
    let mut moved = add.clone();
    let mut routes = moved.routes.to_vec();
    routes[0].place = Place::PhoneApp;
    moved.routes = routes.into();
    assert_eq!(ranked(&moved, 0), None);
    assert_eq!(registration(&moved, 0), None);
    assert_eq!(routes_of(&catalog, &moved), [1, 2, 0]);
}

fn routes_of(catalog: &Catalog, guide: &Guide) -> Vec<usize> {
    routes(catalog, guide, None)
}
