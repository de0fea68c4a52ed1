//! The manual page, generated from the command line's definition, so it cannot drift from
//! what the program accepts.

use clap::CommandFactory;
use clap_mangen::Man;

use crate::cli::Cli;

/// The manual page, in roff: the program, then each subcommand in a section of its own.
pub fn man_page() -> String {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    let main = Man::new(cmd.clone());
    // Writing into a Vec cannot fail. The list of subcommands that `render` would add
    // points to pages of their own; here each has a section in this page instead.
    for render in [
        Man::render_title,
        Man::render_name_section,
        Man::render_synopsis_section,
        Man::render_description_section,
        Man::render_options_section,
    ] {
        let _ = render(&main, &mut out);
    }
    for sub in cmd.get_subcommands() {
        let name = format!("unlink-guide {}", sub.get_name());
        let sub = sub.clone().bin_name(name.clone());
        let man = Man::new(sub);
        // `\-`: a hyphen that man shows as the ASCII one, to match what people type.
        let title = name.to_uppercase().replace('-', "\\-");
        out.extend_from_slice(format!(".SH \"{title}\"\n").as_bytes());
        for render in [
            Man::render_description_section,
            Man::render_synopsis_section,
            Man::render_options_section,
        ] {
            let mut section = Vec::new();
            let _ = render(&man, &mut section);
            // The subcommand's sections become subsections of its own section.
            let section = String::from_utf8_lossy(&section).replacen(".SH ", ".SS ", 1);
            out.extend_from_slice(section.as_bytes());
        }
    }
    let _ = main.render_version_section(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}
