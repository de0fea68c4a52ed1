//! "Help me choose": a few questions, then the method to recommend, why, and what to try
//! second.
//!
//! Every method starts with logging in to AliExpress, and AliExpress's own payment settings
//! need no Alipay account, so that is what is recommended wherever it can be done. A route
//! through Alipay registration (passport details; refunds to the Alipay balance, per the
//! article) is never recommended, first or second, while a route without it fits the
//! answers: today one always does.

use guide_format::Place;

/// A question of "Help me choose", in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// Can you log in to AliExpress? Every method starts there, so it is asked first.
    LoggedIn,
    /// Computer or phone?
    Device,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Device {
    Computer,
    Phone,
}

/// The answers given so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub logged_in: Option<bool>,
    pub device: Option<Device>,
}

/// Why a method is recommended; each has its own sentence in the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Can log in, on a phone: AliExpress's own payment settings in the app.
    Phone,
    /// Can log in, on a computer: AliExpress's own payment settings on the website.
    LoggedIn,
    /// Cannot log in yet: that comes first, whatever the method; then the same settings.
    LogInFirst,
}

/// The method most likely to work, as far as its sources tell: AliExpress's own settings,
/// on the website and in the app, with no Alipay account.
const MOST_LIKELY: &str = "aliexpress-payments";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub method: &'static str,
    /// Which of the method's ways to take.
    pub place: Place,
    pub reason: Reason,
}

impl Recommendation {
    /// What to try if the recommended method does not work: a method in the same place that
    /// needs no Alipay registration either. On a phone, the article's route in the app; on a
    /// computer, the article's direct link to the Alipay cards page, the shortest of its
    /// routes there.
    pub fn second(&self) -> (&'static str, Place) {
        match self.place {
            Place::PhoneApp => ("mobile-app", Place::PhoneApp),
            Place::ComputerBrowser => ("direct-link", Place::ComputerBrowser),
        }
    }
}

/// What to ask next, or what to recommend once enough is known. Each question is asked only
/// when its answer can change the recommendation or what it says.
pub fn next(answers: &Answers) -> Result<Recommendation, Question> {
    let Some(logged_in) = answers.logged_in else {
        return Err(Question::LoggedIn);
    };
    let Some(device) = answers.device else {
        return Err(Question::Device);
    };
    let place = match device {
        Device::Computer => Place::ComputerBrowser,
        Device::Phone => Place::PhoneApp,
    };
    let reason = match (logged_in, device) {
        (false, _) => Reason::LogInFirst,
        (true, Device::Computer) => Reason::LoggedIn,
        (true, Device::Phone) => Reason::Phone,
    };
    Ok(Recommendation {
        method: MOST_LIKELY,
        place,
        reason,
    })
}

/// Where the next question stands: it is question `number` of at most `of`, counting those
/// already answered. `None` once there is a recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub number: usize,
    pub of: usize,
}

pub fn progress(answers: &Answers) -> Option<Progress> {
    next(answers).err()?;
    let answered = answers.given().len();
    Some(Progress {
        number: answered + 1,
        of: answered + most_questions(*answers),
    })
}

/// How many more questions can be asked after `answers`, on the longest way through.
fn most_questions(answers: Answers) -> usize {
    match next(&answers) {
        Ok(_) => 0,
        Err(question) => {
            1 + most_questions(answers.with(question, true))
                .max(most_questions(answers.with(question, false)))
        }
    }
}

impl Answers {
    /// The answers with a yes or no (for `Device`: computer or phone) to `question`.
    pub fn with(mut self, question: Question, yes: bool) -> Answers {
        match question {
            Question::LoggedIn => self.logged_in = Some(yes),
            Question::Device => {
                self.device = Some(if yes { Device::Computer } else { Device::Phone })
            }
        }
        self
    }

    /// The answers given so far, in the order the questions are asked, each as the yes or
    /// no that `with` takes.
    pub fn given(&self) -> Vec<(Question, bool)> {
        let mut given = Vec::new();
        if let Some(yes) = self.logged_in {
            given.push((Question::LoggedIn, yes));
        }
        if let Some(device) = self.device {
            given.push((Question::Device, device == Device::Computer));
        }
        given
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(given: &[(Question, bool)]) -> Answers {
        given
            .iter()
            .fold(Answers::default(), |a, (q, yes)| a.with(*q, *yes))
    }

    fn after(given: &[(Question, bool)]) -> Result<Recommendation, Question> {
        next(&answers(given))
    }

    /// Every way through the questions, with where it ends.
    fn every_end() -> Vec<(Answers, Recommendation)> {
        let mut ends = Vec::new();
        let mut open = vec![Answers::default()];
        while let Some(a) = open.pop() {
            match next(&a) {
                Ok(r) => ends.push((a, r)),
                Err(q) => open.extend([a.with(q, true), a.with(q, false)]),
            }
        }
        ends
    }

    #[test]
    fn the_first_question_is_about_logging_in() {
        assert_eq!(after(&[]), Err(Question::LoggedIn));
        assert_eq!(after(&[(Question::LoggedIn, true)]), Err(Question::Device));
        assert_eq!(after(&[(Question::LoggedIn, false)]), Err(Question::Device));
    }

    #[test]
    fn on_a_phone_the_apps_payment_settings_come_first_and_the_articles_app_route_second() {
        let r = after(&[(Question::LoggedIn, true), (Question::Device, false)]).unwrap();
        assert_eq!(
            r,
            Recommendation {
                method: "aliexpress-payments",
                place: Place::PhoneApp,
                reason: Reason::Phone
            }
        );
        assert_eq!(r.second(), ("mobile-app", Place::PhoneApp));
    }

    #[test]
    fn on_a_computer_the_websites_payment_settings_come_first_and_the_direct_link_second() {
        let r = after(&[(Question::LoggedIn, true), (Question::Device, true)]).unwrap();
        assert_eq!(
            r,
            Recommendation {
                method: "aliexpress-payments",
                place: Place::ComputerBrowser,
                reason: Reason::LoggedIn
            }
        );
        assert_eq!(r.second(), ("direct-link", Place::ComputerBrowser));
    }

    #[test]
    fn not_being_logged_in_means_logging_in_first_not_registering_with_alipay() {
        for (device, place) in [(true, Place::ComputerBrowser), (false, Place::PhoneApp)] {
            let r = after(&[(Question::LoggedIn, false), (Question::Device, device)]).unwrap();
            assert_eq!(
                r,
                Recommendation {
                    method: "aliexpress-payments",
                    place,
                    reason: Reason::LogInFirst
                }
            );
        }
    }

    #[test]
    fn no_answers_lead_to_alipay_registration_first_or_second() {
        let ends = every_end();
        assert_eq!(ends.len(), 4);
        for (answers, r) in ends {
            assert_ne!(r.method, "alipay-web", "{answers:?}");
            assert_ne!(r.second().0, "alipay-web", "{answers:?}");
            assert_ne!(r.second().0, r.method, "{answers:?}");
            assert_eq!(r.second().1, r.place, "{answers:?}");
        }
    }

    #[test]
    fn each_question_knows_its_number_and_how_many_there_can_be() {
        assert_eq!(
            progress(&Answers::default()),
            Some(Progress { number: 1, of: 2 })
        );
        let logged_in = answers(&[(Question::LoggedIn, false)]);
        assert_eq!(progress(&logged_in), Some(Progress { number: 2, of: 2 }));
        let done = logged_in.with(Question::Device, true);
        assert_eq!(progress(&done), None);
    }

    #[test]
    fn the_earlier_answers_come_back_in_the_order_asked() {
        assert!(Answers::default().given().is_empty());
        // Given out of order, they still come back in the order of the questions.
        let a = answers(&[(Question::Device, false), (Question::LoggedIn, true)]);
        assert_eq!(
            a.given(),
            [(Question::LoggedIn, true), (Question::Device, false)]
        );
        let b = answers(&[(Question::LoggedIn, false), (Question::Device, true)]);
        assert_eq!(
            b.given(),
            [(Question::LoggedIn, false), (Question::Device, true)]
        );
    }
}
