//! Everything that can go wrong in a run, and the one place it is put into words.

use std::io;
use std::process::ExitCode;

use crate::guide::Lang;

#[derive(Debug)]
pub enum Error {
    /// `show` was given an id that no guide has.
    UnknownMethod {
        given: String,
        closest: Option<String>,
        available: Vec<String>,
    },
    /// Writing the output failed for a reason other than the reader going away.
    Output(io::Error),
    /// The user pressed Ctrl-C at a prompt.
    Interrupted,
}

/// Exit statuses, as the README documents them.
pub mod exit {
    /// Bad input on the command line: an unknown method, a wrong option.
    pub const USAGE: u8 = 2;
    /// Anything else that stopped the run.
    pub const FAILURE: u8 = 1;
    /// Ctrl-C, as shells report a death by SIGINT.
    pub const INTERRUPTED: u8 = 130;
}

impl Error {
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            Error::UnknownMethod { .. } => exit::USAGE,
            Error::Output(_) => exit::FAILURE,
            Error::Interrupted => exit::INTERRUPTED,
        })
    }

    /// The message for the user, in their language, ending with a newline.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (
                Error::UnknownMethod {
                    given,
                    closest,
                    available,
                },
                lang,
            ) => {
                let available = available.join(", ");
                let (head, guess, list) = match lang {
                    Lang::En => ("error: there is no method", "Did you mean", "Methods"),
                    Lang::Ru => (
                        "ошибка: нет способа",
                        "Может быть, вы имели в виду",
                        "Способы",
                    ),
                };
                let mut text = format!("{head} `{given}`.");
                if let Some(closest) = closest {
                    text.push_str(&format!(" {guess} `{closest}`?"));
                }
                text.push_str(&format!("\n{list}: {available}\n"));
                text
            }
            (Error::Output(e), Lang::En) => format!("error: cannot write the output: {e}\n"),
            (Error::Output(e), Lang::Ru) => format!("ошибка: не удалось вывести текст: {e}\n"),
            // The user knows they pressed it; a new line keeps the shell prompt tidy.
            (Error::Interrupted, _) => "\n".to_string(),
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error::Output(e)
    }
}
