//! Every word the program says, as one table with an instance per language (`en.rs` and
//! `ru.rs`): a word missing in one language is a compile error. A template's `{name}` stands
//! for a value filled in where it is used (`fill`).

/// What the end of a walkthrough asks and says, for one kind of method.
pub(crate) struct OutcomeWords {
    /// Did it work?
    pub(crate) question: &'static str,
    pub(crate) yes: &'static str,
    pub(crate) no: &'static str,
    /// It worked.
    pub(crate) done: &'static str,
    /// It did not.
    pub(crate) not_done: &'static str,
}

/// The headings of the manual page's sections.
pub(crate) struct Headings {
    pub(crate) name: &'static str,
    pub(crate) synopsis: &'static str,
    pub(crate) description: &'static str,
    pub(crate) options: &'static str,
    pub(crate) commands: &'static str,
    pub(crate) environment: &'static str,
    pub(crate) files: &'static str,
    pub(crate) exit_status: &'static str,
    pub(crate) examples: &'static str,
    pub(crate) see_also: &'static str,
}

/// The words that answer a screen in the screen-reader mode, in one language; the first of
/// each is the one the program names. Those of both languages are understood, whatever the
/// interface's language.
pub(crate) struct AnswerWords {
    pub(crate) next: &'static [&'static str],
    pub(crate) back: &'static [&'static str],
    pub(crate) menu: &'static [&'static str],
    pub(crate) quit: &'static [&'static str],
    pub(crate) yes: &'static [&'static str],
    pub(crate) no: &'static [&'static str],
}

pub struct Words {
    pub(crate) place_label: &'static str,
    pub(crate) time: &'static str,
    pub(crate) difficulty: &'static str,
    pub(crate) may_be_outdated: &'static str,
    pub(crate) not_verified: &'static str,
    /// A note in lists and menus: "last checked 14 months ago".
    pub(crate) last_checked: &'static str,
    /// The same, as a sentence at the head of a guide.
    pub(crate) checked_long_ago: &'static str,
    pub(crate) another_way: &'static str,
    pub(crate) do_it_with: &'static str,
    pub(crate) needs: &'static str,
    pub(crate) warnings: &'static str,
    pub(crate) steps: &'static str,
    pub(crate) look_for: &'static str,
    pub(crate) link: &'static str,
    pub(crate) expect: &'static str,
    pub(crate) tip: &'static str,
    pub(crate) source: &'static str,
    pub(crate) troubleshooting: &'static str,
    pub(crate) try_next: &'static str,
    pub(crate) sources: &'static str,
    pub(crate) published: &'static str,
    pub(crate) reviewed: &'static str,
    pub(crate) list_hint: &'static str,
    pub(crate) built_in: &'static str,
    pub(crate) folder_user: &'static str,
    pub(crate) folder_missing: &'static str,
    pub(crate) config_file: &'static str,
    /// The config file, in the folder `UNLINK_GUIDE_CONFIG_DIR` names.
    pub(crate) config_file_named: &'static str,
    pub(crate) file_missing: &'static str,
    pub(crate) folder_config: &'static str,
    pub(crate) new_written: &'static str,
    pub(crate) copy_written: &'static str,
    pub(crate) copy_written_as: &'static str,
    pub menu_intro: &'static str,
    pub(crate) group_computer: &'static str,
    pub(crate) group_phone: &'static str,
    pub(crate) group_add: &'static str,
    pub(crate) group_more: &'static str,
    pub(crate) choose_route: &'static str,
    pub(crate) hand_over: &'static str,
    pub(crate) continue_with: &'static str,
    pub(crate) remove: OutcomeWords,
    pub(crate) add: OutcomeWords,
    pub(crate) replace: OutcomeWords,
    pub(crate) menu_prompt: &'static str,
    pub(crate) computer_short: &'static str,
    pub(crate) phone_short: &'static str,
    pub(crate) help_me_choose: &'static str,
    pub(crate) switch_language: &'static str,
    pub(crate) quit: &'static str,
    pub(crate) key_move: &'static str,
    pub(crate) key_choose: &'static str,
    pub(crate) key_yes_no: &'static str,
    pub(crate) key_digits: &'static str,
    pub(crate) key_scroll: &'static str,
    pub(crate) key_back: &'static str,
    pub(crate) key_quit: &'static str,
    pub(crate) more_below: &'static str,
    pub(crate) more_above: &'static str,
    pub(crate) items_above: &'static str,
    pub(crate) items_below: &'static str,
    pub(crate) main_way: &'static str,
    pub(crate) what_to_check: &'static str,
    pub(crate) what_next: &'static str,
    pub(crate) back: &'static str,
    pub(crate) step_of: &'static str,
    pub(crate) next_step: &'static str,
    pub(crate) done_step: &'static str,
    pub(crate) previous_step: &'static str,
    pub(crate) open_link: &'static str,
    pub(crate) show_all_steps: &'static str,
    pub(crate) back_to_step: &'static str,
    pub(crate) back_to_menu: &'static str,
    pub(crate) open_confirm: &'static str,
    pub(crate) open_yes: &'static str,
    pub(crate) open_no: &'static str,
    pub(crate) opened: &'static str,
    pub(crate) open_failed: &'static str,
    pub(crate) try_another: &'static str,
    pub(crate) ask_device: &'static str,
    pub(crate) computer: &'static str,
    pub(crate) phone: &'static str,
    pub ask_site: &'static str,
    /// Why the answer to `ask_site` matters, said above it.
    pub(crate) ask_site_why: &'static str,
    pub(crate) site_ru: &'static str,
    pub(crate) site_com: &'static str,
    pub(crate) site_unknown: &'static str,
    pub(crate) site_unknown_short: &'static str,
    pub(crate) answered_site: &'static str,
    pub ask_refund: &'static str,
    /// Why the answer to `ask_refund` matters, said above it.
    pub(crate) ask_refund_why: &'static str,
    pub(crate) refund_yes: &'static str,
    pub(crate) refund_no: &'static str,
    pub(crate) answered_refund: &'static str,
    pub(crate) yes_short: &'static str,
    pub(crate) no_short: &'static str,
    pub(crate) question_of: &'static str,
    pub(crate) your_answers: &'static str,
    pub(crate) recommended: &'static str,
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
    pub(crate) read_first: &'static str,
    pub second_choice: &'static str,
    pub site_note_ru: &'static str,
    pub site_note_unknown: &'static str,
    pub(crate) needs_registration: &'static str,
    pub(crate) may_need_registration: &'static str,
    pub(crate) start_recommended: &'static str,
    pub(crate) start_second: &'static str,
    /// After the plain list, why there is no menu and how to follow a method step by step:
    /// the output is not a terminal; nobody types into it; it cannot move the cursor.
    pub(crate) walk_hint_not_a_terminal: &'static str,
    pub(crate) walk_hint_no_keyboard: &'static str,
    pub(crate) walk_hint_dumb: &'static str,
    pub(crate) show_command: &'static str,
    pub(crate) computer_browser: &'static str,
    pub(crate) phone_app: &'static str,
    pub(crate) easy: &'static str,
    pub(crate) medium: &'static str,
    pub(crate) hard: &'static str,
    pub(crate) minutes: &'static str,
    /// The months, as a date names them: "27 November 2026", «27 ноября 2026 г.».
    pub(crate) months: [&'static str; 12],
    /// A date in words: `{day}`, `{month}` and `{year}`.
    pub(crate) date: &'static str,

    // What goes wrong in a run, the warnings about guide folders and check's report
    // (`messages`).
    pub(crate) error: &'static str,
    pub(crate) warning: &'static str,
    pub(crate) unknown_method: &'static str,
    pub(crate) did_you_mean: &'static str,
    pub(crate) method_skipped: &'static str,
    pub(crate) permission_denied: &'static str,
    pub(crate) methods: &'static str,
    pub(crate) no_such_path: &'static str,
    pub(crate) bad_id: &'static str,
    pub(crate) already_exists: &'static str,
    pub(crate) no_data_folder: &'static str,
    pub(crate) cannot_write: &'static str,
    pub(crate) cannot_read: &'static str,
    pub(crate) shadows_builtin: &'static str,
    pub(crate) cannot_output: &'static str,
    pub(crate) cannot_input: &'static str,
    pub(crate) bad_source_date_epoch: &'static str,
    pub(crate) config_unreadable: &'static str,
    pub(crate) config_not_utf8: &'static str,
    pub(crate) config_syntax: &'static str,
    pub(crate) config_unknown_key: &'static str,
    pub(crate) config_keys: &'static str,
    pub(crate) config_did_you_mean: &'static str,
    pub(crate) config_wrong_type_word: &'static str,
    pub(crate) config_wrong_type_bool: &'static str,
    pub(crate) config_wrong_type_list: &'static str,
    pub(crate) config_not_one_of: &'static str,
    pub(crate) config_empty_folder: &'static str,
    pub(crate) no_guide_folder: &'static str,
    pub(crate) skipped: &'static str,
    pub(crate) bad_references: &'static str,
    pub(crate) for_details: &'static str,
    pub(crate) not_found: &'static str,
    pub(crate) not_a_file: &'static str,
    pub(crate) not_a_folder: &'static str,
    pub(crate) unreadable: &'static str,
    pub(crate) too_large: &'static str,
    pub(crate) not_utf8_at: &'static str,
    pub(crate) bad_name: &'static str,
    pub(crate) not_a_guide: &'static str,
    pub(crate) checked_files: &'static str,
    pub(crate) checked_builtin: &'static str,
    pub(crate) checked_both: &'static str,
    pub(crate) no_problems: &'static str,
    pub(crate) problems_found: &'static str,

    // The rules of the guide format, broken (`problems`): one template per rule.
    pub(crate) rule_did_you_mean: &'static str,
    pub(crate) rule_unknown_key: &'static str,
    pub(crate) rule_missing: &'static str,
    pub(crate) rule_missing_language: &'static str,
    pub(crate) rule_empty_text: &'static str,
    pub(crate) rule_placeholder: &'static str,
    pub(crate) rule_unsafe_character: &'static str,
    pub(crate) rule_bad_file_name: &'static str,
    pub(crate) rule_unknown_format: &'static str,
    pub(crate) rule_out_of_range: &'static str,
    pub(crate) rule_not_one_of: &'static str,
    pub(crate) rule_main_route_untitled: &'static str,
    pub(crate) rule_no_steps: &'static str,
    pub(crate) rule_no_sources: &'static str,
    pub(crate) rule_no_paragraphs: &'static str,
    pub(crate) rule_unknown_source: &'static str,
    pub(crate) rule_bad_source_id: &'static str,
    pub(crate) rule_source_id_twice: &'static str,
    pub(crate) rule_bad_method_id: &'static str,
    pub(crate) rule_names_itself: &'static str,
    pub(crate) rule_listed_twice: &'static str,
    pub(crate) rule_not_a_plain_date: &'static str,
    pub(crate) rule_in_the_future: &'static str,
    pub(crate) rule_not_https: &'static str,
    pub(crate) rule_not_https_at_all: &'static str,
    pub(crate) rule_foreign_host: &'static str,
    pub(crate) rule_not_web_address: &'static str,
    pub(crate) rule_not_a_plain_host: &'static str,
    pub(crate) rule_needs_encoding: &'static str,
    pub(crate) rule_link_too_long: &'static str,
    pub(crate) rule_address_in_text: &'static str,
    pub(crate) rule_unknown_fallback: &'static str,
    pub(crate) rule_unknown_method: &'static str,
    pub(crate) rule_fallbacks_loop: &'static str,
    pub(crate) rule_methods_loop: &'static str,
    /// Where a long loop's chain leaves guides out.
    pub(crate) rule_chain_omitted: &'static str,

    // The manual page (`render::manual`).
    /// The manual's name in the page header.
    pub(crate) man_manual: &'static str,
    /// What the program is, in one line, for NAME.
    pub(crate) man_name: &'static str,
    pub(crate) man_headings: Headings,
    pub(crate) man_command_placeholder: &'static str,
    pub(crate) man_description: &'static [&'static str],
    /// Said before the options every command takes.
    pub(crate) man_options_intro: &'static str,
    pub(crate) man_environment: &'static [(&'static str, &'static str)],
    pub(crate) man_files: &'static [(&'static str, &'static str)],
    pub(crate) man_exit_status: &'static [(&'static str, &'static str)],
    /// A command line, and what it does.
    pub(crate) man_examples: &'static [(&'static str, &'static str)],
    pub(crate) man_see_also: &'static str,

    // The walkthrough's window, and what it leaves on the shell's screen.
    /// A window smaller than the walkthrough needs: `{columns}`×`{rows}` the least, `{now}`
    /// its size, `{command}` what prints the same instead.
    pub(crate) too_small: &'static str,
    /// The same, where that does not fit.
    pub(crate) too_small_short: &'static str,
    /// Short forms of `more_below` and `more_above`, for a narrow window.
    pub(crate) more_below_short: &'static str,
    pub(crate) more_above_short: &'static str,
    /// Where the user left a method: `{title}`, `{n}` of `{m}` steps.
    pub(crate) left_at_step: &'static str,
    /// Every step done, the question not answered.
    pub(crate) left_all_steps: &'static str,
    /// `{command}` that shows the method again.
    pub(crate) show_again: &'static str,
    // Untrusted guide folders, third pass (issue 22).
    /// An address whose brackets are unbalanced: `{character}`.
    pub(crate) rule_unbalanced_bracket: &'static str,
    /// What a linkifier would take for another address after the address: `{address}`.
    pub(crate) rule_second_address: &'static str,
    /// A comment with an address a reader could click: `{address}`, `{hosts}`.
    pub(crate) rule_address_in_comment: &'static str,
    /// Why the config file cannot be read: a folder has its name.
    pub(crate) config_is_folder: &'static str,
    /// Why the config file cannot be read: `{size}` bytes, over `{limit}`.
    pub(crate) config_too_large: &'static str,
    /// Why a file was skipped: a symbolic link to nothing.
    pub(crate) broken_link: &'static str,
    /// After the methods named, how many more there are: `{count}`.
    pub(crate) methods_more: &'static str,
    /// `new` cannot make the guide folder `{folder}`: `{file}` is a file.
    pub(crate) folder_is_a_file: &'static str,

    // The screen-reader mode (issue 24).
    /// The menu's place, said first on it: "unlink-guide: main menu".
    pub(crate) main_menu: &'static str,
    /// How to answer, said once, at the start.
    pub(crate) screen_reader_intro: &'static str,
    /// The first line when the mode is on because Windows says a screen reader runs: how to
    /// turn it off.
    pub(crate) screen_reader_from_system: &'static str,
    /// Above the choices of a screen that asks no question of its own.
    pub(crate) screen_reader_choices: &'static str,
    /// What asks for an answer, at the end of every screen.
    pub(crate) screen_reader_prompt: &'static str,
    /// An answer that means nothing on the screen: `{answer}`, and `{n}` choices.
    pub(crate) screen_reader_not_understood: &'static str,
    /// Nothing typed, on a yes-or-no question.
    pub(crate) screen_reader_yes_or_no: &'static str,
    /// The words that also answer the screen: `{words}`.
    pub(crate) screen_reader_words: &'static str,
    /// The input ended (Ctrl-D, or the end of a piped file).
    pub(crate) screen_reader_input_ended: &'static str,
    pub(crate) answer_words: AnswerWords,
}
