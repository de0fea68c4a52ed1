//! "Help me choose": three questions, then the route to take, why, and what to try second,
//! picked from the one ranking (`guide::ranking`).
//!
//! Each question is asked because its answer changes the recommendation: the site changes
//! which steps are likely to match (no source describes aliexpress.ru, and a source says
//! aliexpress.com's website has no option to remove a card), the device changes the route,
//! and a refund on the way changes whether to remove the card now. The ranking puts every
//! route that needs Alipay registration after every route that does not, so none is picked,
//! first or second, while another fits.

use guide_format::Place;

use crate::guide::Catalog;
use crate::guide::ranking::{self, Site, Why};

/// A question of "Help me choose", in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Question {
    /// aliexpress.ru, aliexpress.com, or do not know.
    Site,
    /// Computer or phone?
    Device,
    /// Waiting for a refund, or a dispute open?
    Refund,
}

impl Question {
    pub(crate) const ALL: [Question; 3] = [Question::Site, Question::Device, Question::Refund];

    /// The replies it offers, in the order they are offered.
    pub(crate) fn replies(self) -> &'static [Reply] {
        match self {
            Question::Site => &[
                Reply::Site(Some(Site::Ru)),
                Reply::Site(Some(Site::Com)),
                Reply::Site(None),
            ],
            Question::Device => &[
                Reply::Device(Place::ComputerBrowser),
                Reply::Device(Place::PhoneApp),
            ],
            Question::Refund => &[Reply::Refund(true), Reply::Refund(false)],
        }
    }
}

/// One reply to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reply {
    /// The site; `None`: they do not know.
    Site(Option<Site>),
    Device(Place),
    /// Whether a refund is on the way or a dispute open.
    Refund(bool),
}

impl Reply {
    pub(crate) fn question(self) -> Question {
        match self {
            Reply::Site(_) => Question::Site,
            Reply::Device(_) => Question::Device,
            Reply::Refund(_) => Question::Refund,
        }
    }
}

/// The answers given so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Answers {
    pub(crate) site: Option<Option<Site>>,
    pub(crate) place: Option<Place>,
    pub(crate) refund: Option<bool>,
}

impl Answers {
    pub(crate) fn with(mut self, reply: Reply) -> Answers {
        match reply {
            Reply::Site(site) => self.site = Some(site),
            Reply::Device(place) => self.place = Some(place),
            Reply::Refund(yes) => self.refund = Some(yes),
        }
        self
    }

    /// The answers given so far, in the order the questions are asked.
    pub(crate) fn given(&self) -> Vec<Reply> {
        let mut given = Vec::new();
        given.extend(self.site.map(Reply::Site));
        given.extend(self.place.map(Reply::Device));
        given.extend(self.refund.map(Reply::Refund));
        given
    }
}

/// A route to take: a method, and which of its routes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pick {
    pub(crate) method: &'static str,
    pub(crate) route: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Recommendation {
    pub(crate) first: Pick,
    /// Why the first is picked, in one line.
    pub(crate) why: Why,
    /// What to try if it does not work: the next route that fits the answers.
    pub(crate) second: Option<Pick>,
    /// A refund is on the way: the caution comes first, and the card can wait.
    pub(crate) caution_first: bool,
    /// The site they said, for what the screen says about it.
    pub(crate) site: Option<Site>,
}

/// What comes after the answers given so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Next {
    Ask(Question),
    /// Every question is answered.
    Recommend(Recommendation),
    /// Every question is answered, and the catalog has no route that removes a card.
    NoRoute,
}

/// What to ask next, or what to recommend once every question is answered.
pub(crate) fn next(catalog: &Catalog, answers: &Answers) -> Next {
    let Some(site) = answers.site else {
        return Next::Ask(Question::Site);
    };
    let Some(place) = answers.place else {
        return Next::Ask(Question::Device);
    };
    let Some(refund) = answers.refund else {
        return Next::Ask(Question::Refund);
    };
    // A folder may have replaced the guides the ranking names: then what fits the site,
    // or else anything for the device.
    let mut fitting = ranking::for_user(catalog, site, place);
    if fitting.is_empty() {
        fitting = ranking::for_user(catalog, None, place);
    }
    let pick = |n: usize| {
        fitting.get(n).map(|(route, row)| Pick {
            method: row.method,
            route: route.route,
        })
    };
    match pick(0) {
        Some(first) => Next::Recommend(Recommendation {
            first,
            why: fitting[0].1.why.unwrap_or(Why::Website),
            second: pick(1),
            caution_first: refund,
            site,
        }),
        None => Next::NoRoute,
    }
}

/// Where the next question stands: question `number` of `of`. `None` once all are answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Progress {
    pub(crate) number: usize,
    pub(crate) of: usize,
}

pub(crate) fn progress(answers: &Answers) -> Option<Progress> {
    let answered = answers.given().len();
    (answered < Question::ALL.len()).then_some(Progress {
        number: answered + 1,
        of: Question::ALL.len(),
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::guide::ranking::Registration;

    fn answers(replies: &[Reply]) -> Answers {
        replies.iter().fold(Answers::default(), |a, r| a.with(*r))
    }

    fn recommend(site: Option<Site>, place: Place, refund: bool) -> Recommendation {
        let catalog = Catalog::builtin();
        let given = answers(&[
            Reply::Site(site),
            Reply::Device(place),
            Reply::Refund(refund),
        ]);
        recommended(next(&catalog, &given))
    }

    pub(crate) fn recommended(next: Next) -> Recommendation {
        match next {
            Next::Recommend(recommendation) => recommendation,
            other => panic!("no recommendation: {other:?}"),
        }
    }

    fn pick(method: &'static str, route: usize) -> Pick {
        Pick { method, route }
    }

    /// Every way through the questions, with where it ends.
    fn every_end() -> Vec<(Answers, Recommendation)> {
        let catalog = Catalog::builtin();
        let mut ends = Vec::new();
        let mut open = vec![Answers::default()];
        while let Some(a) = open.pop() {
            match next(&catalog, &a) {
                Next::Ask(q) => open.extend(q.replies().iter().map(|r| a.with(*r))),
                end => ends.push((a, recommended(end))),
            }
        }
        ends
    }

    #[test]
    fn the_questions_come_in_order_and_each_is_asked_once() {
        let catalog = Catalog::builtin();
        let mut given = Answers::default();
        for (question, reply) in Question::ALL.into_iter().zip([
            Reply::Site(None),
            Reply::Device(Place::PhoneApp),
            Reply::Refund(false),
        ]) {
            assert_eq!(next(&catalog, &given), Next::Ask(question));
            assert_eq!(progress(&given).map(|p| p.of), Some(3));
            given = given.with(reply);
        }
        assert!(matches!(next(&catalog, &given), Next::Recommend(_)));
        assert_eq!(progress(&given), None);
    }

    /// The site changes the pick: aliexpress.com's English pages give the app's «Wallet»
    /// route and send a computer to Alipay's card page; for aliexpress.ru, which no source
    /// describes, the Russian-language pages come first.
    #[test]
    fn the_site_changes_the_pick() {
        let phone = |site| recommend(site, Place::PhoneApp, false).first;
        let computer = |site| recommend(site, Place::ComputerBrowser, false).first;
        assert_eq!(phone(Some(Site::Com)), pick("aliexpress-payments", 1));
        assert_eq!(phone(Some(Site::Ru)), pick("aliexpress-payments", 2));
        assert_eq!(phone(None), pick("aliexpress-payments", 1));
        assert_eq!(computer(Some(Site::Com)), pick("direct-link", 0));
        assert_eq!(computer(Some(Site::Ru)), pick("aliexpress-payments", 0));
        assert_eq!(computer(None), pick("aliexpress-payments", 0));
    }

    #[test]
    fn the_device_changes_the_pick() {
        for site in [Some(Site::Ru), Some(Site::Com), None] {
            let computer = recommend(site, Place::ComputerBrowser, false).first;
            let phone = recommend(site, Place::PhoneApp, false).first;
            assert_ne!(computer, phone, "{site:?}");
        }
    }

    #[test]
    fn a_refund_on_the_way_puts_the_caution_first() {
        for (site, place) in [
            (Some(Site::Ru), Place::ComputerBrowser),
            (None, Place::PhoneApp),
        ] {
            let waiting = recommend(site, place, true);
            let not = recommend(site, place, false);
            assert!(waiting.caution_first && !not.caution_first);
            assert_ne!(waiting, not);
        }
    }

    #[test]
    fn the_second_choice_is_the_next_route_that_fits() {
        let r = recommend(Some(Site::Ru), Place::ComputerBrowser, false);
        assert_eq!(r.second, Some(pick("direct-link", 0)));
        let r = recommend(Some(Site::Com), Place::PhoneApp, false);
        assert_eq!(r.second, Some(pick("aliexpress-payments", 2)));
        let r = recommend(Some(Site::Ru), Place::PhoneApp, false);
        assert_eq!(r.second, Some(pick("mobile-app", 0)));
    }

    #[test]
    fn no_answers_lead_to_alipay_registration_first_or_second() {
        let catalog = Catalog::builtin();
        let ends = every_end();
        assert_eq!(ends.len(), 3 * 2 * 2);
        for (answers, r) in ends {
            for chosen in [Some(r.first), r.second] {
                let chosen = chosen.expect("a second choice");
                let guide = catalog.get(chosen.method).unwrap();
                assert_ne!(
                    ranking::registration(guide, chosen.route),
                    Some(Registration::Needed),
                    "{answers:?}"
                );
                assert_eq!(Some(guide.routes[chosen.route].place), answers.place);
            }
            assert_ne!(Some(r.first), r.second, "{answers:?}");
        }
    }

    #[test]
    fn the_earlier_answers_come_back_in_the_order_asked() {
        assert!(Answers::default().given().is_empty());
        let a = answers(&[Reply::Refund(true), Reply::Site(Some(Site::Ru))]);
        assert_eq!(
            a.given(),
            [Reply::Site(Some(Site::Ru)), Reply::Refund(true)]
        );
    }
}
