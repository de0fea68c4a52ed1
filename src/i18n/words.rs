//! Every word the program says, as one table with an instance per language (`en.rs` and
//! `ru.rs`): a word missing in one language is a compile error. A template's `{name}` stands
//! for a value filled in where it is used (`fill`).

/// What the end of a walkthrough asks and says, for one kind of method.
pub struct Outcome {
    /// Did it work?
    pub question: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// It worked.
    pub done: &'static str,
    /// It did not.
    pub not_done: &'static str,
}

/// The headings of the manual page's sections.
pub struct Headings {
    pub name: &'static str,
    pub synopsis: &'static str,
    pub description: &'static str,
    pub options: &'static str,
    pub commands: &'static str,
    pub environment: &'static str,
    pub files: &'static str,
    pub exit_status: &'static str,
    pub examples: &'static str,
    pub see_also: &'static str,
}

/// The words that answer a screen in the screen-reader mode, in one language; the first of
/// each is the one the program names. Those of both languages are understood, whatever the
/// interface's language.
pub struct AnswerWords {
    pub next: &'static [&'static str],
    pub back: &'static [&'static str],
    pub menu: &'static [&'static str],
    pub quit: &'static [&'static str],
    pub yes: &'static [&'static str],
    pub no: &'static [&'static str],
}

pub struct Words {
    pub where_: &'static str,
    pub time: &'static str,
    pub difficulty: &'static str,
    pub may_be_outdated: &'static str,
    pub not_verified: &'static str,
    /// A note in lists and menus: "last checked 14 months ago".
    pub last_checked: &'static str,
    /// The same, as a sentence at the head of a guide.
    pub checked_long_ago: &'static str,
    pub another_way: &'static str,
    pub do_it_with: &'static str,
    pub needs: &'static str,
    pub warnings: &'static str,
    pub steps: &'static str,
    pub look_for: &'static str,
    pub link: &'static str,
    pub expect: &'static str,
    pub tip: &'static str,
    pub source: &'static str,
    pub troubleshooting: &'static str,
    pub try_next: &'static str,
    pub sources: &'static str,
    pub published: &'static str,
    pub reviewed: &'static str,
    pub list_hint: &'static str,
    pub built_in: &'static str,
    pub folder_user: &'static str,
    pub folder_missing: &'static str,
    pub config_file: &'static str,
    pub file_missing: &'static str,
    pub folder_config: &'static str,
    pub new_written: &'static str,
    pub copy_written: &'static str,
    pub copy_written_as: &'static str,
    pub menu_intro: &'static str,
    pub group_computer: &'static str,
    pub group_phone: &'static str,
    pub group_add: &'static str,
    pub group_more: &'static str,
    pub choose_route: &'static str,
    pub hand_over: &'static str,
    pub continue_with: &'static str,
    pub remove: Outcome,
    pub add: Outcome,
    pub replace: Outcome,
    pub menu_prompt: &'static str,
    pub step_n: &'static str,
    pub computer_short: &'static str,
    pub phone_short: &'static str,
    pub help_me_choose: &'static str,
    pub switch_language: &'static str,
    pub quit: &'static str,
    pub key_move: &'static str,
    pub key_choose: &'static str,
    pub key_yes_no: &'static str,
    pub key_digits: &'static str,
    pub key_scroll: &'static str,
    pub key_back: &'static str,
    pub key_quit: &'static str,
    pub more_below: &'static str,
    pub more_above: &'static str,
    pub items_above: &'static str,
    pub items_below: &'static str,
    pub main_way: &'static str,
    pub what_to_check: &'static str,
    pub what_next: &'static str,
    pub back: &'static str,
    pub step_of: &'static str,
    pub next_step: &'static str,
    pub done_step: &'static str,
    pub previous_step: &'static str,
    pub open_link: &'static str,
    pub show_all_steps: &'static str,
    pub back_to_step: &'static str,
    pub back_to_menu: &'static str,
    pub open_confirm: &'static str,
    pub open_yes: &'static str,
    pub open_no: &'static str,
    pub opened: &'static str,
    pub open_failed: &'static str,
    pub try_another: &'static str,
    pub ask_device: &'static str,
    pub computer: &'static str,
    pub phone: &'static str,
    pub ask_site: &'static str,
    /// Why the answer to `ask_site` matters, said above it.
    pub ask_site_why: &'static str,
    pub site_ru: &'static str,
    pub site_com: &'static str,
    pub site_unknown: &'static str,
    pub site_unknown_short: &'static str,
    pub answered_site: &'static str,
    pub ask_refund: &'static str,
    /// Why the answer to `ask_refund` matters, said above it.
    pub ask_refund_why: &'static str,
    pub refund_yes: &'static str,
    pub refund_no: &'static str,
    pub answered_refund: &'static str,
    pub yes_short: &'static str,
    pub no_short: &'static str,
    pub question_of: &'static str,
    pub your_answers: &'static str,
    pub recommended: &'static str,
    /// Why "Help me choose" picks a route, one line for each place in the ranking.
    pub why_website: &'static str,
    pub why_app_wallet: &'static str,
    pub why_app_payments: &'static str,
    pub why_article_app: &'static str,
    pub why_direct_link: &'static str,
    pub why_mobile_site: &'static str,
    pub why_alipay_account: &'static str,
    pub why_alipay_settings: &'static str,
    pub caution_first: &'static str,
    pub read_first: &'static str,
    pub second_choice: &'static str,
    pub site_note_ru: &'static str,
    pub site_note_unknown: &'static str,
    pub needs_registration: &'static str,
    pub may_need_registration: &'static str,
    pub start_recommended: &'static str,
    pub start_second: &'static str,
    /// After the plain list, why there is no menu and how to follow a method step by step:
    /// the output is not a terminal; nobody types into it; it cannot move the cursor.
    pub walk_hint_not_a_terminal: &'static str,
    pub walk_hint_no_keyboard: &'static str,
    pub walk_hint_dumb: &'static str,
    pub show_command: &'static str,
    pub computer_browser: &'static str,
    pub phone_app: &'static str,
    pub easy: &'static str,
    pub medium: &'static str,
    pub hard: &'static str,
    pub minutes: &'static str,
    /// The months, as a date names them: "27 November 2026", «27 ноября 2026 г.».
    pub months: [&'static str; 12],
    /// A date in words: `{day}`, `{month}` and `{year}`.
    pub date: &'static str,

    // What goes wrong in a run, the warnings about guide folders and check's report
    // (`messages`).
    pub error: &'static str,
    pub warning: &'static str,
    pub unknown_method: &'static str,
    pub did_you_mean: &'static str,
    pub method_skipped: &'static str,
    pub permission_denied: &'static str,
    pub methods: &'static str,
    pub no_such_path: &'static str,
    pub bad_id: &'static str,
    pub already_exists: &'static str,
    pub no_data_folder: &'static str,
    pub cannot_write: &'static str,
    pub cannot_read: &'static str,
    pub shadows_builtin: &'static str,
    pub cannot_output: &'static str,
    pub bad_source_date_epoch: &'static str,
    pub config_unreadable: &'static str,
    pub config_not_utf8: &'static str,
    pub config_syntax: &'static str,
    pub config_unknown_key: &'static str,
    pub config_keys: &'static str,
    pub config_did_you_mean: &'static str,
    pub config_wrong_type_word: &'static str,
    pub config_wrong_type_list: &'static str,
    pub config_not_one_of: &'static str,
    pub config_empty_folder: &'static str,
    pub no_guide_folder: &'static str,
    pub skipped: &'static str,
    pub bad_references: &'static str,
    pub for_details: &'static str,
    pub not_found: &'static str,
    pub not_a_file: &'static str,
    pub not_a_folder: &'static str,
    pub unreadable: &'static str,
    pub too_large: &'static str,
    pub not_utf8_at: &'static str,
    pub bad_name: &'static str,
    pub not_a_guide: &'static str,
    pub checked_files: &'static str,
    pub checked_builtin: &'static str,
    pub checked_both: &'static str,
    pub no_problems: &'static str,
    pub problems_found: &'static str,

    // The rules of the guide format, broken (`problems`): one template per rule.
    pub rule_did_you_mean: &'static str,
    pub rule_unknown_key: &'static str,
    pub rule_missing: &'static str,
    pub rule_missing_language: &'static str,
    pub rule_empty_text: &'static str,
    pub rule_placeholder: &'static str,
    pub rule_unsafe_character: &'static str,
    pub rule_bad_file_name: &'static str,
    pub rule_unknown_format: &'static str,
    pub rule_out_of_range: &'static str,
    pub rule_not_one_of: &'static str,
    pub rule_main_route_untitled: &'static str,
    pub rule_no_steps: &'static str,
    pub rule_no_sources: &'static str,
    pub rule_no_paragraphs: &'static str,
    pub rule_unknown_source: &'static str,
    pub rule_bad_source_id: &'static str,
    pub rule_source_id_twice: &'static str,
    pub rule_bad_method_id: &'static str,
    pub rule_names_itself: &'static str,
    pub rule_listed_twice: &'static str,
    pub rule_not_a_plain_date: &'static str,
    pub rule_in_the_future: &'static str,
    pub rule_not_https: &'static str,
    pub rule_not_https_at_all: &'static str,
    pub rule_foreign_host: &'static str,
    pub rule_not_web_address: &'static str,
    pub rule_not_a_plain_host: &'static str,
    pub rule_needs_encoding: &'static str,
    pub rule_link_too_long: &'static str,
    pub rule_address_in_text: &'static str,
    pub rule_unknown_fallback: &'static str,
    pub rule_unknown_method: &'static str,
    pub rule_fallbacks_loop: &'static str,
    pub rule_methods_loop: &'static str,
    /// Where a long loop's chain leaves guides out.
    pub rule_chain_omitted: &'static str,

    // The manual page (`render::manual`).
    /// The manual's name in the page header.
    pub man_manual: &'static str,
    /// What the program is, in one line, for NAME.
    pub man_name: &'static str,
    pub man_headings: Headings,
    pub man_command_placeholder: &'static str,
    pub man_description: &'static [&'static str],
    /// Said before the options every command takes.
    pub man_options_intro: &'static str,
    pub man_environment: &'static [(&'static str, &'static str)],
    pub man_files: &'static [(&'static str, &'static str)],
    pub man_exit_status: &'static [(&'static str, &'static str)],
    /// A command line, and what it does.
    pub man_examples: &'static [(&'static str, &'static str)],
    pub man_see_also: &'static str,

    // The walkthrough's window, and what it leaves on the shell's screen.
    /// A window smaller than the walkthrough needs: `{columns}`×`{rows}` the least, `{now}`
    /// its size, `{command}` what prints the same instead.
    pub too_small: &'static str,
    /// The same, where that does not fit.
    pub too_small_short: &'static str,
    /// Short forms of `more_below` and `more_above`, for a narrow window.
    pub more_below_short: &'static str,
    pub more_above_short: &'static str,
    /// Where the user left a method: `{title}`, `{n}` of `{m}` steps.
    pub left_at_step: &'static str,
    /// Every step done, the question not answered.
    pub left_all_steps: &'static str,
    /// `{command}` that shows the method again.
    pub show_again: &'static str,
    // Untrusted guide folders, third pass (issue 22).
    /// An address whose brackets are unbalanced: `{character}`.
    pub rule_unbalanced_bracket: &'static str,
    /// What a linkifier would take for another address after the address: `{address}`.
    pub rule_second_address: &'static str,
    /// A comment with an address a reader could click: `{address}`, `{hosts}`.
    pub rule_address_in_comment: &'static str,
    /// Why the config file cannot be read: a folder has its name.
    pub config_is_folder: &'static str,
    /// Why the config file cannot be read: `{size}` bytes, over `{limit}`.
    pub config_too_large: &'static str,
    /// Why a file was skipped: a symbolic link to nothing.
    pub broken_link: &'static str,
    /// After the methods named, how many more there are: `{count}`.
    pub methods_more: &'static str,
    /// `new` cannot make the guide folder `{folder}`: `{file}` is a file.
    pub folder_is_a_file: &'static str,

    // The screen-reader mode (issue 24).
    /// The menu's place, said first on it: "unlink-guide: main menu".
    pub main_menu: &'static str,
    /// How to answer, said once, at the start.
    pub screen_reader_intro: &'static str,
    /// The first line when the mode is on because Windows says a screen reader runs: how to
    /// turn it off.
    pub screen_reader_from_system: &'static str,
    /// Above the choices of a screen that asks no question of its own.
    pub screen_reader_choices: &'static str,
    /// What asks for an answer, at the end of every screen.
    pub screen_reader_prompt: &'static str,
    /// An answer that means nothing on the screen: `{answer}`, and `{n}` choices.
    pub screen_reader_not_understood: &'static str,
    /// Nothing typed, on a yes-or-no question.
    pub screen_reader_yes_or_no: &'static str,
    /// The words that also answer the screen: `{words}`.
    pub screen_reader_words: &'static str,
    /// The input ended (Ctrl-D, or the end of a piped file).
    pub screen_reader_input_ended: &'static str,
    pub answer_words: AnswerWords,
}
