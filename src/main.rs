//! The entry point: read the environment and the command line once, run, and turn the
//! outcome into an exit status.
//!
//! `main` is the C `main`, not Rust's: Rust's start-up work before `main` includes finding the
//! main thread's stack by parsing /proc/self/maps (for its stack-overflow message), which
//! costs a run of `show` a third of the instructions `cat` spends printing the same page
//! (docs/benchmarks.md). The one other thing it does that matters here is ignoring SIGPIPE,
//! so that writing into a closed pipe is an error to handle quietly rather than a signal
//! that kills the process; that is done below.
#![no_main]

use std::ffi::{c_char, c_int};

use unlink_guide::{app, cli, config, terminal};

#[unsafe(no_mangle)]
pub extern "C" fn main(_argc: c_int, _argv: *const *const c_char) -> c_int {
    #[cfg(unix)]
    // SAFETY: called first, before any other thread exists, with a handler libc provides.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    let env = config::Environment::read();
    let cli = cli::parse(std::env::args_os().collect(), |flag| env.lang(flag));
    let lang = env.lang(cli.lang());
    let result =
        config::from_cli(cli, env).and_then(|(command, config)| app::run(command, &config));
    let code = match result {
        Ok(status) => status.exit_code(),
        Err(error) => {
            terminal::write_stderr(&error.message(lang));
            error.exit_code()
        }
    };
    c_int::from(code)
}
