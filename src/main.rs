//! The entry point: read the environment and the command line once, run, and turn the
//! outcome into an exit status.

use std::process::ExitCode;

use unlink_guide::{app, cli, config, terminal};

fn main() -> ExitCode {
    let env = config::Environment::read();
    let cli = cli::parse(std::env::args_os().collect(), |flag| env.lang(flag));
    let lang = env.lang(cli.lang);
    let result =
        config::from_cli(cli, env).and_then(|(command, config)| app::run(command, &config));
    match result {
        Ok(status) => ExitCode::from(status.exit_code()),
        Err(error) => {
            terminal::write_stderr(&error.message(lang));
            ExitCode::from(error.exit_code())
        }
    }
}
