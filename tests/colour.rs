//! Colour as the user asks for it: `--color` first, then `NO_COLOR`, `CLICOLOR_FORCE` and
//! `CLICOLOR`, then whether the output is a terminal (README, "Colour").

mod common;

use common::{stdout_of, unlink_guide};

/// How `show direct-link` begins when it is coloured.
const COLOURED_TITLE: &str = "\x1b[1mDirect link to the bound-cards page";

/// Whether `show direct-link`, with these arguments and variables, prints colour into a pipe.
fn coloured_in_a_pipe(args: &[&str], env: &[(&str, &str)]) -> bool {
    let out = stdout_of(
        unlink_guide()
            .args(["show", "direct-link"])
            .args(args)
            .envs(env.iter().copied()),
    );
    let coloured = out.starts_with(COLOURED_TITLE);
    assert!(coloured || !out.contains("\x1b["), "{out:?}");
    coloured
}

/// Which variable wins over which is `terminal::color_from_env`'s unit test; here, that the
/// program reads them.
#[test]
fn in_a_pipe_colour_is_off_unless_clicolor_force_turns_it_on() {
    assert!(!coloured_in_a_pipe(&[], &[]));
    assert!(coloured_in_a_pipe(&[], &[("CLICOLOR_FORCE", "1")]));
}

#[test]
fn the_color_option_wins_over_every_variable() {
    assert!(coloured_in_a_pipe(
        &["--color", "always"],
        &[("NO_COLOR", "1")]
    ));
    assert!(coloured_in_a_pipe(
        &["--color", "always"],
        &[("CLICOLOR", "0")]
    ));
    assert!(!coloured_in_a_pipe(
        &["--color", "never"],
        &[("CLICOLOR_FORCE", "1")]
    ));
    // `auto` is the default: the variables decide.
    assert!(coloured_in_a_pipe(
        &["--color", "auto"],
        &[("CLICOLOR_FORCE", "1")]
    ));
}

/// On a terminal colour is on unless a variable says no, or the terminal is a dumb one.
#[cfg(unix)]
#[test]
fn on_a_terminal_colour_is_on_unless_a_variable_turns_it_off() {
    use std::process::Command;

    let coloured_on_a_terminal = |env: &[(&str, &str)]| {
        // /bin/stty, where Linux and macOS both have it (macOS has no /usr/bin/stty).
        let mut command = Command::new("/bin/sh");
        command
            .args(["-c", "/bin/stty cols 80 rows 40; exec \"$0\" \"$@\""])
            .arg(common::binary())
            .args(["show", "direct-link"])
            .env_clear()
            .env("TERM", "xterm-256color")
            .env("PATH", "/usr/bin:/bin")
            .envs(common::test_env())
            .envs(env.iter().copied());
        let options = rexpect::reader::Options::default().timeout_ms(Some(15_000));
        let mut session = rexpect::session::spawn_with_options(command, options).unwrap();
        // rexpect reads each byte as a char; the title and escapes are ASCII.
        let out = session.exp_eof().unwrap();
        assert!(
            out.contains("Direct link to the bound-cards page"),
            "{out:?}"
        );
        out.contains(COLOURED_TITLE)
    };
    assert!(coloured_on_a_terminal(&[]));
    assert!(!coloured_on_a_terminal(&[("NO_COLOR", "1")]));
    assert!(!coloured_on_a_terminal(&[("CLICOLOR", "0")]));
    assert!(!coloured_on_a_terminal(&[("TERM", "dumb")]));
    assert!(coloured_on_a_terminal(&[
        ("TERM", "dumb"),
        ("CLICOLOR_FORCE", "1")
    ]));
}
