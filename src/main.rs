use std::process::ExitCode;

use unlink_guide::{app, cli, config, terminal};

fn main() -> ExitCode {
    let env = config::Environment::read();
    let cli = cli::parse(std::env::args_os().collect(), |flag| env.lang(flag));
    let (command, config) = config::from_cli(cli, env);
    match app::run(command, &config) {
        Ok(status) => status.exit_code(),
        Err(error) => {
            terminal::write_stderr(&error.message(config.lang));
            error.exit_code()
        }
    }
}
