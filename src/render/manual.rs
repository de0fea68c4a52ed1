//! The manual page, in roff, in the user's language. Its synopsis, commands and options are
//! read from the command line's definition (in that language), so they cannot drift from
//! what the program accepts; the rest — environment, files, exit status, examples — is
//! in the words of `i18n` (the manual page's part of `Words`).

use clap::{Arg, ArgAction, CommandFactory};
use guide_format::Lang;

use crate::cli::{Cli, localized};
use crate::i18n::{Words, words};

/// The manual page, in roff (UTF-8, as man-db reads it).
pub(crate) fn man_page(lang: Lang) -> String {
    let w = words(lang);
    let mut cmd = localized(Cli::command(), lang);
    cmd.build();
    let mut page = Roff::default();
    page.line(".\\\" -*- coding: UTF-8 -*-");
    page.line(&format!(
        ".TH UNLINK\\-GUIDE 1 \"\" \"unlink\\-guide {}\" \"{}\"",
        env!("CARGO_PKG_VERSION"),
        w.man_manual
    ));

    page.heading(w.man_headings.name);
    page.text(&format!("unlink-guide - {}", w.man_name));

    page.heading(w.man_headings.synopsis);
    let global: Vec<&Arg> = cmd.get_arguments().filter(|a| a.is_global_set()).collect();
    let mut synopsis = bold("unlink-guide");
    for arg in &global {
        synopsis.push(' ');
        synopsis.push_str(&usage(arg));
    }
    synopsis.push_str(&format!(" [{}]", italic(w.man_command_placeholder)));
    page.raw(&synopsis);
    for sub in commands(&cmd) {
        page.line(".br");
        page.raw(&command_synopsis(sub));
    }

    page.heading(w.man_headings.description);
    for paragraph in w.man_description {
        page.paragraph(paragraph);
    }

    page.heading(w.man_headings.options);
    page.paragraph(w.man_options_intro);
    for arg in cmd.get_arguments() {
        page.item(&term(arg), &help(arg));
    }

    page.heading(w.man_headings.commands);
    for sub in commands(&cmd) {
        page.line(&format!(
            ".SS \"{}\"",
            escape(&format!("unlink-guide {}", sub.get_name()))
        ));
        page.raw(&command_synopsis(sub));
        page.paragraph(&sub.get_about().map(|a| a.to_string()).unwrap_or_default());
        for arg in own_arguments(sub) {
            page.item(&term(arg), &help(arg));
        }
    }

    page.heading(w.man_headings.environment);
    for (name, text) in w.man_environment {
        page.item(&bold(name), text);
    }
    page.heading(w.man_headings.files);
    for (path, text) in w.man_files {
        page.item(&italic(path), text);
    }
    page.heading(w.man_headings.exit_status);
    for (code, text) in w.man_exit_status {
        page.item(&bold(code), text);
    }
    examples(&mut page, w);
    page.heading(w.man_headings.see_also);
    page.raw(&format!("{}(1), {}(1)", bold("man"), bold("jq")));
    page.paragraph(w.man_see_also);
    page.0
}

fn examples(page: &mut Roff, w: &Words) {
    page.heading(w.man_headings.examples);
    for (command, text) in w.man_examples {
        page.paragraph(text);
        page.line(".RS 4");
        page.line(".nf");
        page.raw(&bold(command));
        page.line(".fi");
        page.line(".RE");
    }
}

/// The subcommands a user types (not clap's `help`).
fn commands(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands().filter(|sub| sub.get_name() != "help")
}

/// A subcommand's own arguments: not the global options, nor help.
fn own_arguments(sub: &clap::Command) -> impl Iterator<Item = &Arg> {
    sub.get_arguments()
        .filter(|a| !a.is_global_set() && !matches!(a.get_action(), ArgAction::Help))
}

/// `unlink-guide show METHOD [--format text|markdown|json] [--json]`
fn command_synopsis(sub: &clap::Command) -> String {
    let mut line = bold(&format!("unlink-guide {}", sub.get_name()));
    let (positionals, options): (Vec<&Arg>, Vec<&Arg>) =
        own_arguments(sub).partition(|a| a.is_positional());
    for arg in positionals.into_iter().chain(options) {
        line.push(' ');
        line.push_str(&usage(arg));
    }
    line
}

/// An argument as the synopsis shows it: in brackets when it may be left out, its values
/// named, and `...` when it may be repeated.
fn usage(arg: &Arg) -> String {
    let mut text = term(arg);
    let repeated = matches!(arg.get_action(), ArgAction::Append)
        || arg.get_num_args().is_some_and(|n| n.max_values() > 1);
    if !arg.is_required_set() {
        text = format!("[{text}]");
    }
    if repeated {
        text.push_str("...");
    }
    text
}

/// An argument with its value: `--format text|markdown|json`, `--guides-dir DIR`, `METHOD`.
fn term(arg: &Arg) -> String {
    let value = value(arg);
    if arg.is_positional() {
        return value;
    }
    let mut names = Vec::new();
    if let Some(short) = arg.get_short() {
        names.push(bold(&format!("-{short}")));
    }
    if let Some(long) = arg.get_long() {
        names.push(bold(&format!("--{long}")));
    }
    let names = names.join(", ");
    if arg.get_action().takes_values() {
        format!("{names} {value}")
    } else {
        names
    }
}

/// The value an argument takes: its choices, or its name.
fn value(arg: &Arg) -> String {
    let choices: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| italic(v.get_name()))
        .collect();
    if !choices.is_empty() {
        return choices.join("|");
    }
    let name = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map(|name| name.to_string())
        .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
    italic(&name)
}

fn help(arg: &Arg) -> String {
    arg.get_help().map(|h| h.to_string()).unwrap_or_default()
}

/// Text with roff's special characters escaped: `-` printed as the hyphen-minus people type.
fn escape(text: &str) -> String {
    text.replace('\\', "\\e").replace('-', "\\-")
}

fn bold(text: &str) -> String {
    format!("\\fB{}\\fR", escape(text))
}

fn italic(text: &str) -> String {
    format!("\\fI{}\\fR", escape(text))
}

/// A page being written, line by line.
#[derive(Default)]
struct Roff(String);

impl Roff {
    fn line(&mut self, line: &str) {
        self.0.push_str(line);
        self.0.push('\n');
    }

    /// A line already in roff; `\&` keeps a leading `.` or `'` from being read as a request.
    fn raw(&mut self, line: &str) {
        if line.starts_with(['.', '\'']) {
            self.0.push_str("\\&");
        }
        self.line(line);
    }

    /// Plain text.
    fn text(&mut self, text: &str) {
        self.raw(&escape(text));
    }

    fn heading(&mut self, title: &str) {
        self.line(&format!(".SH \"{}\"", escape(title)));
    }

    fn paragraph(&mut self, text: &str) {
        self.line(".PP");
        self.text(text);
    }

    /// A term (already in roff) and what it means, indented under it.
    fn item(&mut self, term: &str, text: &str) {
        self.line(".TP");
        self.raw(term);
        self.text(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_looks_like_roff_stays_text() {
        let mut page = Roff::default();
        page.text(".SH not a heading \\fB");
        page.text("'also text");
        assert_eq!(page.0, "\\&.SH not a heading \\efB\n\\&'also text\n");
    }
}
