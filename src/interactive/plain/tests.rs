//! Tests of `plain`: what a typed line answers, and that every screen reads as plain lines.
use super::*;
use crate::guide::Catalog;
use crate::interactive::session::Screen;
use crate::testing::TODAY;

fn options(lang: Lang, width: Option<usize>) -> Options {
    Options {
        lang,
        color: false,
        hyperlinks: false,
        screen_reader: true,
        width,
        today: TODAY,
    }
}

fn frame_of(catalog: &Catalog, session: &Session) -> Frame<Choice> {
    Screens { catalog }
        .frame(session, &options(session.lang, None))
        .unwrap()
}

/// The event of the entry `answer` chose, or what else it gave.
fn event_of(frame: &Frame<Choice>, line: &str) -> Result<Event, Answer> {
    match answer(line, frame) {
        Answer::Entry(index) => match frame.entries[index].action.clone() {
            Some(Choice::Go(event)) => Ok(event),
            Some(Choice::Open(_)) => Ok(Event::Answer(true)),
            None => panic!("a group's title was chosen by {line:?}"),
        },
        other => Err(other),
    }
}

#[test]
fn numbers_count_the_choices_from_1_past_the_group_titles() {
    let catalog = Catalog::builtin();
    let session = Session::at_menu(&catalog, Lang::Ru);
    let frame = frame_of(&catalog, &session);
    let items: Vec<usize> = (0..frame.entries.len())
        .filter(|&i| frame.entries[i].action.is_some())
        .collect();
    assert!(items.len() > 9, "the menu has more choices than digits");
    for (n, &entry) in items.iter().enumerate() {
        for typed in [format!("{}", n + 1), format!(" {}. ", n + 1)] {
            assert_eq!(answer(&typed, &frame), Answer::Entry(entry), "{typed:?}");
        }
    }
    let again = Answer::Again(Again::NotUnderstood);
    for typed in [
        "0",
        &(items.len() + 1).to_string(),
        "-1",
        "1 2",
        "99999999999999999999",
    ] {
        assert_eq!(answer(typed, &frame), again, "{typed:?}");
    }
    // Enter alone: the first item, as Enter on a screen just opened.
    assert_eq!(event_of(&frame, ""), Ok(Event::HelpMeChoose));
    assert_eq!(event_of(&frame, "   "), Ok(Event::HelpMeChoose));
}

#[test]
fn words_of_either_language_answer_whatever_the_case_and_punctuation() {
    let catalog = Catalog::builtin();
    for lang in [Lang::Ru, Lang::En] {
        let mut session = Session::walking(&catalog, lang, "direct-link");
        let frame = frame_of(&catalog, &session);
        for typed in ["далее", "Дальше", "next", "NEXT.", "«далее»"] {
            assert_eq!(event_of(&frame, typed), Ok(Event::Next), "{typed:?}");
        }
        for typed in ["меню", "Menu!"] {
            assert_eq!(event_of(&frame, typed), Ok(Event::Menu), "{typed:?}");
        }
        for typed in ["выход", "выйти", "quit", "exit", "q", "Q"] {
            assert_eq!(event_of(&frame, typed), Ok(Event::Quit), "{typed:?}");
        }
        for typed in ["назад", "back"] {
            assert_eq!(event_of(&frame, typed), Err(Answer::Back), "{typed:?}");
        }
        // Yes and no answer only a yes-or-no question.
        for typed in ["да", "yes", "нет", "no", "y", "н", "далеко", "nex"] {
            assert_eq!(
                event_of(&frame, typed),
                Err(Answer::Again(Again::NotUnderstood)),
                "{typed:?}"
            );
        }
        // Every step to the question whether it worked.
        for _ in 0..4 {
            session.handle(Event::Next);
        }
        let frame = frame_of(&catalog, &session);
        for typed in ["да", "Да.", "д", "yes", "Y"] {
            assert_eq!(
                event_of(&frame, typed),
                Ok(Event::Answer(true)),
                "{typed:?}"
            );
        }
        for typed in ["нет", "н", "no", "N!"] {
            assert_eq!(
                event_of(&frame, typed),
                Ok(Event::Answer(false)),
                "{typed:?}"
            );
        }
        // Enter alone says neither.
        assert_eq!(event_of(&frame, ""), Err(Answer::Again(Again::YesOrNo)));
        assert_eq!(
            event_of(&frame, "далее"),
            Err(Answer::Again(Again::NotUnderstood))
        );
    }
}

#[test]
fn back_is_no_answer_on_the_first_menu_where_there_is_nothing_to_go_back_to() {
    let catalog = Catalog::builtin();
    let session = Session::at_menu(&catalog, Lang::Ru);
    let frame = frame_of(&catalog, &session);
    assert_eq!(answer("назад", &frame), Answer::Again(Again::NotUnderstood));
    assert_eq!(words_for(&frame, Lang::Ru), ["выход"]);
    let repeated = repeat(
        &frame,
        "назад",
        Again::NotUnderstood,
        &options(Lang::Ru, None),
    );
    assert!(
        repeated.starts_with("Не понятно: «назад». Ответьте номером от 1 до 13. Или словом: выход.\n1. Помогите выбрать\nУдалить карту на компьютере:\n2. Настройки оплаты AliExpress\n"),
        "{repeated}"
    );
}

#[test]
fn what_was_typed_is_repeated_safely() {
    let catalog = Catalog::builtin();
    let session = Session::at_menu(&catalog, Lang::En);
    let frame = frame_of(&catalog, &session);
    let repeated = repeat(
        &frame,
        "\x1b[2J\x1b]8;;x\x07",
        Again::NotUnderstood,
        &options(Lang::En, None),
    );
    assert!(
        !repeated.contains('\x1b') && !repeated.contains('\x07'),
        "{repeated:?}"
    );
}

/// Every screen reachable from the menu, each once, with the events that lead to it.
fn every_screen(catalog: &Catalog, lang: Lang) -> Vec<Session<'_>> {
    let mut seen: Vec<Screen> = Vec::new();
    let mut open = vec![Session::at_menu(catalog, lang)];
    let mut sessions = Vec::new();
    while let Some(session) = open.pop() {
        if seen.contains(session.screen()) {
            continue;
        }
        seen.push(session.screen().clone());
        let frame = frame_of(catalog, &session);
        for entry in &frame.entries {
            let event = match &entry.action {
                Some(Choice::Go(Event::Quit | Event::SwitchLanguage)) | None => continue,
                Some(Choice::Go(event)) => event.clone(),
                Some(Choice::Open(_)) => Event::Answer(true),
            };
            let mut next = session.clone();
            next.handle(event);
            open.push(next);
        }
        sessions.push(session);
    }
    sessions
}

#[test]
fn every_screen_is_plain_lines_and_every_choice_is_numbered() {
    let catalog = Catalog::builtin();
    for lang in [Lang::Ru, Lang::En] {
        let sessions = every_screen(&catalog, lang);
        assert!(sessions.len() > 60, "{} screens", sessions.len());
        for session in &sessions {
            for width in [None, Some(40)] {
                let mut frame = Screens { catalog: &catalog }
                    .frame(session, &options(lang, width))
                    .unwrap();
                frame.status = Some(open_link_status(lang));
                let text = screen(&frame, &options(lang, width));
                // Box drawing (U+2500 to U+257F) holds the bar's ━ and ─ too.
                let drawn = text.chars().find(|&c| {
                    matches!(c, '\x1b' | '\u{2500}'..='\u{257F}' | '›' | '\r')
                        || (c.is_control() && c != '\n')
                });
                assert_eq!(drawn, None, "{:?}:\n{text}", session.screen());
                // Where the user is comes first, in words.
                let first = text.lines().nth(1).unwrap_or_default();
                assert!(!first.trim().is_empty(), "{:?}:\n{text}", session.screen());
                if let Screen::Step { index, .. } = session.screen() {
                    let counter = match lang {
                        Lang::Ru => format!("Шаг {} из ", index + 1),
                        Lang::En => format!("Step {} of ", index + 1),
                    };
                    assert!(first.starts_with(&counter), "{first}");
                }
                // Each choice starts a line with its number, and its number chooses it;
                // in a narrow window it goes on, indented, on the lines under it.
                let spaced = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
                let lines: Vec<&str> = text.lines().collect();
                let mut n = 0;
                for (index, entry) in frame.entries.iter().enumerate() {
                    if entry.action.is_none() {
                        continue;
                    }
                    n += 1;
                    let number = format!("{n}. ");
                    let at = lines
                        .iter()
                        .rposition(|l| l.starts_with(&number))
                        .unwrap_or_else(|| panic!("no choice {n} in:\n{text}"));
                    let indent = " ".repeat(number.len());
                    let item: Vec<&str> = std::iter::once(lines[at])
                        .chain(
                            lines[at + 1..]
                                .iter()
                                .copied()
                                .take_while(|l| l.starts_with(&indent)),
                        )
                        .collect();
                    let item = spaced(&item.join(" "));
                    let label = spaced(&format!("{number}{}", entry.label.text));
                    assert!(item.starts_with(&label), "{label:?} in:\n{text}");
                    assert_eq!(answer(&n.to_string(), &frame), Answer::Entry(index));
                }
            }
        }
    }
}

/// A message as the screen after opening a link shows it.
fn open_link_status(lang: Lang) -> String {
    let w = words(lang);
    crate::interactive::frames::status(
        w.open_failed,
        Some("https://example.com/"),
        &options(lang, None),
    )
}
