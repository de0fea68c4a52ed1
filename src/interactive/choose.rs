//! "Help me choose": a few questions, then the method to recommend and why.

use crate::guide::Place;

/// A question of "Help me choose", in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    /// Computer or phone?
    Device,
    /// Logged in to AliExpress in this computer's browser?
    LoggedIn,
    /// Willing to register with Alipay, which asks for identity documents?
    WillRegister,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Device {
    Computer,
    Phone,
}

/// The answers given so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub device: Option<Device>,
    pub logged_in: Option<bool>,
    pub will_register: Option<bool>,
}

/// Why a method is recommended; each has its own sentence in the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// On a phone: AliExpress's own payment settings in the app.
    Phone,
    /// Logged in on this computer: AliExpress's own payment settings on the website.
    LoggedIn,
    /// Not logged in and not registering with Alipay: log in first, then the same.
    LogInFirst,
    /// Not logged in but willing to register with Alipay: the article's main route does
    /// both.
    WillRegister,
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

/// What to ask next, or what to recommend once enough is known. Each question is asked only
/// when its answer can change the recommendation.
pub fn next(answers: &Answers) -> Result<Recommendation, Question> {
    let recommend = |method, place, reason| {
        Ok(Recommendation {
            method,
            place,
            reason,
        })
    };
    let computer = Place::ComputerBrowser;
    match (answers.device, answers.logged_in, answers.will_register) {
        (None, _, _) => Err(Question::Device),
        (Some(Device::Phone), _, _) => recommend(MOST_LIKELY, Place::PhoneApp, Reason::Phone),
        (Some(Device::Computer), None, _) => Err(Question::LoggedIn),
        (Some(Device::Computer), Some(true), _) => {
            recommend(MOST_LIKELY, computer, Reason::LoggedIn)
        }
        (Some(Device::Computer), Some(false), None) => Err(Question::WillRegister),
        (Some(Device::Computer), Some(false), Some(true)) => {
            recommend("alipay-web", computer, Reason::WillRegister)
        }
        (Some(Device::Computer), Some(false), Some(false)) => {
            recommend(MOST_LIKELY, computer, Reason::LogInFirst)
        }
    }
}

impl Answers {
    /// The answers with a yes or no (for `Device`: computer or phone) to `question`.
    pub fn with(mut self, question: Question, yes: bool) -> Answers {
        match question {
            Question::Device => {
                self.device = Some(if yes { Device::Computer } else { Device::Phone })
            }
            Question::LoggedIn => self.logged_in = Some(yes),
            Question::WillRegister => self.will_register = Some(yes),
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(answers: &[(Question, bool)]) -> Result<Recommendation, Question> {
        let answers = answers
            .iter()
            .fold(Answers::default(), |a, (q, yes)| a.with(*q, *yes));
        next(&answers)
    }

    #[test]
    fn the_first_question_is_computer_or_phone() {
        assert_eq!(after(&[]), Err(Question::Device));
    }

    #[test]
    fn on_a_phone_the_app_is_recommended_without_more_questions() {
        assert_eq!(
            after(&[(Question::Device, false)]),
            Ok(Recommendation {
                method: "aliexpress-payments",
                place: Place::PhoneApp,
                reason: Reason::Phone
            })
        );
    }

    #[test]
    fn on_a_computer_where_one_is_logged_in_the_website_settings_are_recommended() {
        assert_eq!(after(&[(Question::Device, true)]), Err(Question::LoggedIn));
        assert_eq!(
            after(&[(Question::Device, true), (Question::LoggedIn, true)]),
            Ok(Recommendation {
                method: "aliexpress-payments",
                place: Place::ComputerBrowser,
                reason: Reason::LoggedIn
            })
        );
    }

    #[test]
    fn registering_with_alipay_is_recommended_only_to_those_willing() {
        let not_logged_in = [(Question::Device, true), (Question::LoggedIn, false)];
        assert_eq!(after(&not_logged_in), Err(Question::WillRegister));
        let willing = [
            not_logged_in[0],
            not_logged_in[1],
            (Question::WillRegister, true),
        ];
        assert_eq!(
            after(&willing),
            Ok(Recommendation {
                method: "alipay-web",
                place: Place::ComputerBrowser,
                reason: Reason::WillRegister
            })
        );
        let unwilling = [
            not_logged_in[0],
            not_logged_in[1],
            (Question::WillRegister, false),
        ];
        assert_eq!(
            after(&unwilling),
            Ok(Recommendation {
                method: "aliexpress-payments",
                place: Place::ComputerBrowser,
                reason: Reason::LogInFirst
            })
        );
    }
}
