//! The entry point: read the environment and the command line once, run, and turn the
//! outcome into an exit status.

use std::process::ExitCode;

use unlink_guide::error::Error;
use unlink_guide::{app, cli, complete, config, i18n, terminal};

fn main() -> ExitCode {
    let _modes = terminal::Modes::save();
    let env = config::Environment::read();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // A shell asking for completions gets them, and the run ends there.
    complete::complete_if_asked(&env, &args);
    let cli = cli::parse(args, |flag| env.lang(flag));
    let lang = env.lang(cli.lang);
    let result =
        config::from_cli(cli, env).and_then(|(command, config)| app::run(command, &config));
    match result {
        Ok(status) => ExitCode::from(status.exit_code()),
        Err(Error::Interrupted) => terminal::screen::end_as_interrupted(),
        Err(error) => {
            terminal::write_stderr(&i18n::messages::error(&error, lang));
            ExitCode::from(error.exit_code())
        }
    }
}
