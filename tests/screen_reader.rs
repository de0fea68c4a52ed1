//! The screen-reader mode as a script or a person drives it through standard input: whole
//! walks in both languages, each answer chosen by what the screen before it said (never by
//! counting), and the transcript compared whole with its snapshot. Every transcript is plain
//! lines: no escape sequence, no box drawing, no "›".

mod common;

use std::io::{Read, Write};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use common::{isolated, stdout_of, unlink_guide};

/// Generous: the machine may be busy with other builds.
const TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Ru,
    En,
}

impl Lang {
    fn locale(self) -> &'static str {
        match self {
            Lang::Ru => "ru_RU.UTF-8",
            Lang::En => "en_US.UTF-8",
        }
    }

    fn prompt(self) -> &'static str {
        match self {
            Lang::Ru => "Ваш ответ: ",
            Lang::En => "Your answer: ",
        }
    }
}

/// Checks that `transcript` is nothing but plain lines, as a screen reader reads them.
fn assert_plain(transcript: &str) {
    let drawn = transcript.char_indices().find(|&(_, c)| {
        matches!(c, '\x1b' | '\u{2500}'..='\u{257F}' | '›' | '\r') || (c.is_control() && c != '\n')
    });
    if let Some((at, c)) = drawn {
        let mut start = at.saturating_sub(80);
        while !transcript.is_char_boundary(start) {
            start -= 1;
        }
        panic!(
            "{c:?} in the transcript, after: {:?}",
            &transcript[start..at]
        );
    }
}

/// The program in the screen-reader mode, its standard input and output pipes, answered
/// one screen at a time.
struct Conversation {
    child: Child,
    stdin: Option<ChildStdin>,
    output: Receiver<Vec<u8>>,
    transcript: Vec<u8>,
    lang: Lang,
    /// How much of the transcript has been answered.
    answered: usize,
}

fn start(args: &[&str], lang: Lang) -> Conversation {
    let mut command = isolated(std::process::Command::new(common::binary()));
    command
        .args(args)
        .env("LANG", lang.locale())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = command.spawn().expect("the program starts");
    let stdin = child.stdin.take();
    let mut stdout = child.stdout.take().expect("its output is piped");
    let (send, output) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok(n @ 1..) = stdout.read(&mut buffer) {
            if send.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    Conversation {
        child,
        stdin,
        output,
        transcript: Vec::new(),
        lang,
        answered: 0,
    }
}

impl Conversation {
    fn text(&self) -> String {
        String::from_utf8(self.transcript.clone()).expect("the output is UTF-8")
    }

    /// The screen that asks now: what was written since the last answer, once it ends with
    /// the prompt. Waits in short sleeps, as `recv_timeout` never ends under faketime.
    fn screen(&mut self) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            while let Ok(bytes) = self.output.try_recv() {
                self.transcript.extend_from_slice(&bytes);
            }
            let text = self.text();
            let new = &text[self.answered..];
            if new.ends_with(self.lang.prompt()) {
                return new.to_string();
            }
            assert!(
                Instant::now() < deadline,
                "no prompt after {TIMEOUT:?}; the output so far:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Types `line` and Enter, once the screen asks.
    fn say(&mut self, line: &str) {
        self.screen();
        let stdin = self.stdin.as_mut().expect("input is open");
        writeln!(stdin, "{line}").expect("the answer is sent");
        stdin.flush().unwrap();
        // The program writes the answer after the prompt, then the next screen.
        self.answered = self.transcript.len();
    }

    /// Answers with the number of the choice whose line holds `label`.
    fn choose(&mut self, label: &str) {
        let screen = self.screen();
        let number = screen
            .lines()
            .filter_map(|line| line.split_once(". "))
            .find(|(n, text)| n.parse::<usize>().is_ok() && text.contains(label))
            .map(|(n, _)| n.to_string())
            .unwrap_or_else(|| panic!("no choice {label:?} on:\n{screen}"));
        self.say(&number);
    }

    /// Closes the input, as Ctrl-D does, and returns the exit code and the whole transcript.
    fn finish(mut self) -> (i32, String) {
        self.stdin.take();
        let status = self.child.wait().expect("the program ends");
        let deadline = Instant::now() + TIMEOUT;
        loop {
            match self.output.try_recv() {
                Ok(bytes) => self.transcript.extend_from_slice(&bytes),
                Err(mpsc::TryRecvError::Disconnected) => break,
                Err(mpsc::TryRecvError::Empty) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(5))
                }
                Err(mpsc::TryRecvError::Empty) => panic!("the output never closed"),
            }
        }
        let transcript = self.text();
        assert_plain(&transcript);
        (status.code().expect("the program exited"), transcript)
    }
}

fn snapshot(name: &str, transcript: &str) {
    insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => true }, {
        insta::assert_snapshot!(name, transcript);
    });
}

/// The words of a run in one language, as the screens say them.
struct Words {
    method: &'static str,
    next: &'static str,
    yes: &'static str,
    no: &'static str,
    menu: &'static str,
    quit: &'static str,
    other_method: &'static str,
    help_me_choose: &'static str,
    site: &'static str,
    computer: &'static str,
    start: &'static str,
}

const RU: Words = Words {
    method: "Прямая ссылка на страницу привязанных карт",
    next: "далее",
    yes: "да",
    no: "нет",
    menu: "меню",
    quit: "выход",
    other_method: "Мобильная версия сайта",
    help_me_choose: "Помогите выбрать",
    site: "aliexpress.com",
    computer: "На компьютере",
    start: "Начать этот способ",
};

const EN: Words = Words {
    method: "Direct link to the bound-cards page",
    next: "next",
    yes: "yes",
    no: "no",
    menu: "menu",
    quit: "quit",
    other_method: "The mobile website",
    help_me_choose: "Help me choose",
    site: "aliexpress.com",
    computer: "On a computer",
    start: "Start this method",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

fn name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => "ru",
        Lang::En => "en",
    }
}

#[test]
fn a_method_walked_from_the_menu_to_yes_reads_in_order() {
    for lang in [Lang::Ru, Lang::En] {
        let w = words(lang);
        let mut c = start(&["--screen-reader"], lang);
        c.choose(w.method);
        // Every step: by the word, by Enter alone, by the word, by the number.
        c.say(w.next);
        c.say("");
        c.say(w.next);
        c.choose(match lang {
            Lang::Ru => "Готово: этот шаг сделан",
            Lang::En => "Done: I have finished this step",
        });
        c.say(w.yes);
        c.say(w.quit);
        let (code, transcript) = c.finish();
        assert_eq!(code, 0, "{transcript}");
        // Each step once, in order.
        let steps: Vec<usize> = (1..=4)
            .map(|n| {
                let counter = match lang {
                    Lang::Ru => format!("Шаг {n} из 4. "),
                    Lang::En => format!("Step {n} of 4. "),
                };
                assert_eq!(transcript.matches(&counter).count(), 1, "{counter}");
                transcript.find(&counter).unwrap()
            })
            .collect();
        assert!(steps.is_sorted(), "{transcript}");
        snapshot(&format!("walk_to_yes_{}", name(lang)), &transcript);
    }
}

#[test]
fn no_leads_to_another_method_and_menu_and_quit_work_from_there() {
    for lang in [Lang::Ru, Lang::En] {
        let w = words(lang);
        let mut c = start(&["--screen-reader"], lang);
        c.choose(w.method);
        for _ in 0..4 {
            c.say("");
        }
        c.say(w.no);
        c.choose(w.other_method);
        c.say(w.menu);
        c.say(w.quit);
        let (code, transcript) = c.finish();
        assert_eq!(code, 0, "{transcript}");
        snapshot(&format!("walk_to_no_{}", name(lang)), &transcript);
    }
}

#[test]
fn help_me_choose_asks_its_questions_and_starts_the_method_it_recommends() {
    for lang in [Lang::Ru, Lang::En] {
        let w = words(lang);
        let mut c = start(&["--screen-reader"], lang);
        c.choose(w.help_me_choose);
        c.choose(w.site);
        c.choose(w.computer);
        // The refund question is yes or no: Enter alone asks again.
        c.say("");
        c.say(w.no);
        c.choose(w.start);
        c.say(w.quit);
        let (code, transcript) = c.finish();
        assert_eq!(code, 0, "{transcript}");
        snapshot(&format!("help_me_choose_{}", name(lang)), &transcript);
    }
}

#[test]
fn an_answer_that_means_nothing_repeats_the_choices_briefly() {
    let mut c = start(&["walk", "direct-link", "--screen-reader"], Lang::Ru);
    c.say("что?");
    let again = c.screen();
    assert!(
        again.starts_with(
            "что?\nНе понятно: «что?». Ответьте номером от 1 до 5. Или словом: далее, назад, меню, выход.\n1. Следующий шаг\n"
        ),
        "{again}"
    );
    // Briefly: no details, and not the step again.
    assert!(!again.contains("Шаг 1 из 4"), "{again}");
    c.say("1");
    assert!(c.screen().contains("Шаг 2 из 4. "));
    c.say("назад");
    assert!(c.screen().contains("Шаг 1 из 4. "));
    let (code, transcript) = c.finish();
    assert_eq!(code, 0);
    // The end of input ends the walk, with the note the full-screen walkthrough leaves.
    assert!(
        transcript.ends_with(
            "Ваш ответ: \nВвод закончился.\n\nПрямая ссылка на страницу привязанных карт: вы остановились на шаге 1 из 4.\nВесь способ целиком: unlink-guide show direct-link\n"
        ),
        "{transcript}"
    );
}

/// `printf '1\n\n\nда\n' | unlink-guide --screen-reader`: the answers all at once, as a
/// script gives them.
#[test]
fn piped_answers_walk_and_print_the_transcript() {
    let output = unlink_guide()
        .arg("--screen-reader")
        .env("LANG", "ru_RU.UTF-8")
        .write_stdin("1\n\n\nда\n")
        .output()
        .unwrap();
    let (code, transcript, errors) = common::texts(output);
    assert_eq!((code, errors.as_str()), (0, ""));
    assert_plain(&transcript);
    // Each answer after its prompt, then the next screen: Help me choose, its first answer,
    // its second, and yes to the refund question.
    let answers: Vec<&str> = transcript
        .lines()
        .filter_map(|line| line.strip_prefix("Ваш ответ: "))
        .collect();
    assert_eq!(answers, ["1", "", "", "да", ""], "{transcript}");
    for heading in [
        "Вопрос 1 из 3. Помогите выбрать",
        "Вопрос 2 из 3. Помогите выбрать",
        "Вопрос 3 из 3. Помогите выбрать",
        "Рекомендуем: ",
        "Ввод закончился.",
    ] {
        assert_eq!(
            transcript.matches(heading).count(),
            1,
            "{heading}:\n{transcript}"
        );
    }
}

/// The manual page's example, in both languages: Enter on each step walks the method.
#[test]
fn the_manual_pages_example_walks_direct_link_to_its_end() {
    for (lang, yes, method, done) in [
        (
            "en_US.UTF-8",
            "yes",
            "Direct link to the bound-cards page",
            "Done: the card is gone.",
        ),
        (
            "ru_RU.UTF-8",
            "да",
            "Прямая ссылка на страницу привязанных карт",
            "Готово: карты больше нет.",
        ),
    ] {
        // The page's roff, with its escapes of \ and - undone.
        let manual = stdout_of(unlink_guide().arg("man").env("LANG", lang))
            .replace("\\e", "\\")
            .replace("\\-", "-");
        let answers = format!("3\\n\\n\\n\\n\\n{yes}\\n");
        let example = format!("printf '{answers}' | unlink-guide --screen-reader");
        assert!(
            manual.contains(&example),
            "{example} not in the manual page"
        );
        let transcript = stdout_of(
            unlink_guide()
                .arg("--screen-reader")
                .env("LANG", lang)
                .write_stdin(answers.replace("\\n", "\n")),
        );
        assert_plain(&transcript);
        assert!(
            transcript.contains(&format!("\n{done}\n{method}\n")),
            "{transcript}"
        );
    }
}

#[test]
fn the_mode_is_asked_for_by_the_flag_or_accessible_and_the_flag_turns_it_off() {
    let intro = "Screen-reader mode.";
    let run = |args: &[&str], accessible: Option<&str>| {
        let mut cmd = unlink_guide();
        cmd.args(args).write_stdin("");
        if let Some(value) = accessible {
            cmd.env("ACCESSIBLE", value);
        }
        stdout_of(&mut cmd)
    };
    // Output to a pipe keeps today's behaviour: the list and a hint.
    let list = run(&[], None);
    assert!(
        list.contains("direct-link") && !list.contains(intro),
        "{list}"
    );
    assert!(run(&["--screen-reader"], None).starts_with(intro));
    assert!(run(&[], Some("1")).starts_with(intro));
    assert!(
        !run(&[], Some("")).contains(intro),
        "ACCESSIBLE='' is not set"
    );
    assert!(!run(&["--no-screen-reader"], Some("1")).contains(intro));
    // The last of the two flags wins.
    assert!(run(&["--no-screen-reader", "--screen-reader"], None).starts_with(intro));
    assert!(!run(&["--screen-reader", "--no-screen-reader"], None).contains(intro));
    // `walk` starts on the method's first step; commands that do not walk print as ever.
    let walk = run(&["walk", "direct-link", "--screen-reader"], None);
    assert!(walk.contains("\n\nStep 1 of 4. Direct link"), "{walk}");
    assert_eq!(
        run(&["list", "--screen-reader"], None),
        run(&["list"], None)
    );
}

#[test]
fn a_reader_that_goes_away_ends_the_walk_quietly() {
    let mut command = isolated(std::process::Command::new(common::binary()));
    command
        .arg("--screen-reader")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stdin = child.stdin.take().unwrap();
    // The answers go on after the reader has gone: the program must notice, and stop.
    for _ in 0..50 {
        if stdin.write_all(b"1\n").is_err() {
            break;
        }
    }
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
