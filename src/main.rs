use std::process::ExitCode;

use clap::Parser;
use unlink_guide::{app, cli, config, terminal};

fn main() -> ExitCode {
    let (command, config) = config::from_cli(cli::Cli::parse());
    match app::run(command, &config) {
        Ok(status) => status.exit_code(),
        Err(error) => {
            terminal::write_stderr(&error.message(config.lang));
            error.exit_code()
        }
    }
}
