//! Running the program in a pseudo-terminal: keys in, and the screen as a terminal shows it,
//! through the `vt100` terminal emulator.
#![allow(dead_code)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::process::Command;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use rexpect::process::{PtyProcess, WaitStatus};

pub(crate) const DOWN: &str = "\x1b[B";
pub(crate) const UP: &str = "\x1b[A";
pub(crate) const ENTER: &str = "\r";
pub(crate) const ESC: &str = "\x1b";
pub(crate) const HOME: &str = "\x1b[H";
pub(crate) const END: &str = "\x1b[F";
pub(crate) const PAGE_DOWN: &str = "\x1b[6~";
pub(crate) const PAGE_UP: &str = "\x1b[5~";
pub(crate) const CLEAR: &[u8] = b"\x1b[H\x1b[J";
/// Generous: the machine may be busy with other builds.
pub(crate) const TIMEOUT: Duration = Duration::from_secs(30);

/// The sizes every screen is tried at: a large window, the default of many terminals, a
/// small Windows console, and the smallest the walkthrough is drawn in.
pub(crate) const SIZES: [(u16, u16); 4] = [(30, 100), (24, 80), (20, 40), (12, 30)];

/// How the program ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ended {
    Exited(i32),
    Signaled(nix::sys::signal::Signal),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lang {
    Ru,
    En,
}

/// The words the tests look for, in the language of the run.
pub(crate) struct Words {
    pub(crate) title: &'static str,
    pub(crate) prompt: &'static str,
    pub(crate) quit: &'static str,
    pub(crate) hint_quit: &'static str,
    pub(crate) hint_back: &'static str,
    pub(crate) next: &'static str,
    pub(crate) done_step: &'static str,
    pub(crate) not_gone: &'static str,
    pub(crate) gone: &'static str,
    pub(crate) try_another: &'static str,
    pub(crate) menu: &'static str,
    pub(crate) sources: &'static str,
}

pub(crate) const RU: Words = Words {
    title: "unlink-guide",
    prompt: "Выберите способ",
    quit: "Выйти",
    hint_quit: "q выход",
    hint_back: "Esc назад",
    next: "Следующий шаг",
    done_step: "Готово: этот шаг сделан",
    not_gone: "Нет, она всё ещё там",
    gone: "Да, исчезла",
    try_another: "Попробуйте другой путь или способ",
    menu: "Вернуться в меню",
    sources: "Источники",
};

pub(crate) const EN: Words = Words {
    title: "unlink-guide",
    prompt: "Choose a method",
    quit: "Quit",
    hint_quit: "q quit",
    hint_back: "Esc back",
    next: "Next step",
    done_step: "Done: I have finished this step",
    not_gone: "No, it is still there",
    gone: "Yes, it is gone",
    try_another: "Try another way or method",
    menu: "Back to the menu",
    sources: "Sources",
};

pub(crate) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

/// The program running in a pseudo-terminal, and the screen it has drawn.
pub(crate) struct Screen {
    pub(crate) process: PtyProcess,
    input: File,
    output: Receiver<Vec<u8>>,
    terminal: vt100::Parser,
    /// Everything the program wrote.
    pub(crate) raw: Vec<u8>,
    rows: u16,
    columns: u16,
}

pub(crate) fn start(args: &[&str], lang: Lang, rows: u16, columns: u16) -> Screen {
    start_with(args, lang, rows, columns, &[])
}

/// Starts the program in a terminal of `rows` × `columns`, with nothing of the developer's
/// own environment but what it needs to run.
pub(crate) fn start_with(
    args: &[&str],
    lang: Lang,
    rows: u16,
    columns: u16,
    env: &[(&str, &str)],
) -> Screen {
    spawn("exec \"$0\" \"$@\"", args, lang, (rows, columns), env)
}

/// Starts a shell `script` in a terminal of `rows` × `columns`, where `"$0"` is the program.
pub(crate) fn start_in_shell(script: &str, lang: Lang, rows: u16, columns: u16) -> Screen {
    spawn(script, &[], lang, (rows, columns), &[])
}

fn spawn(
    script: &str,
    args: &[&str],
    lang: Lang,
    (rows, columns): (u16, u16),
    env: &[(&str, &str)],
) -> Screen {
    // /bin/stty, where Linux and macOS both have it (macOS has no /usr/bin/stty).
    let mut command = Command::new("/bin/sh");
    command
        .arg("-c")
        // Echo on, as in a terminal (rexpect turns it off).
        .arg(format!(
            "/bin/stty rows {rows} cols {columns} echo; {script}"
        ))
        .arg(crate::common::binary())
        .args(args)
        .env_clear()
        .env("TERM", "xterm-256color")
        .env("PATH", "/usr/bin:/bin")
        .envs(crate::common::test_env());
    if lang == Lang::Ru {
        command.env("LANG", "ru_RU.UTF-8");
    }
    for (name, value) in env {
        command.env(name, value);
    }
    let mut process = PtyProcess::new(command).expect("the program starts in a pty");
    // A test that fails leaves its program to be killed: SIGKILL at last, if even a stopped
    // program is still there after 5 s.
    process.set_kill_timeout(Some(5_000));
    let input = process.get_file_handle().expect("the pty can be written");
    let mut reader = process.get_file_handle().expect("the pty can be read");
    let (send, output) = mpsc::channel();
    std::thread::spawn(move || {
        let mut buffer = [0u8; 4096];
        while let Ok(n @ 1..) = reader.read(&mut buffer) {
            if send.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    Screen {
        process,
        input,
        output,
        terminal: vt100::Parser::new(rows.try_into().unwrap(), columns.try_into().unwrap(), 0),
        raw: Vec::new(),
        rows,
        columns,
    }
}

impl Screen {
    /// Takes in what the program has written, waiting at most `wait` for more.
    ///
    /// Waits in short sleeps rather than with `recv_timeout`: under faketime (the suite's
    /// second run, two years ahead), a timed wait on a channel is timed against the real
    /// clock from a moved one, and never ends.
    pub(crate) fn read(&mut self, wait: Duration) -> bool {
        let start = Instant::now();
        loop {
            match self.output.try_recv() {
                Ok(bytes) => {
                    self.terminal.process(&bytes);
                    self.raw.extend_from_slice(&bytes);
                    while let Ok(bytes) = self.output.try_recv() {
                        self.terminal.process(&bytes);
                        self.raw.extend_from_slice(&bytes);
                    }
                    return true;
                }
                Err(mpsc::TryRecvError::Disconnected) => return false,
                Err(mpsc::TryRecvError::Empty) if start.elapsed() >= wait => return false,
                Err(mpsc::TryRecvError::Empty) => std::thread::sleep(Duration::from_millis(5)),
            }
        }
    }

    pub(crate) fn lines(&self) -> Vec<String> {
        self.terminal.screen().rows(0, self.columns).collect()
    }

    pub(crate) fn text(&self) -> String {
        self.lines().join("\n")
    }

    /// The screen's words in order, as one line: a text wrapped over several rows reads
    /// whole.
    pub(crate) fn words(&self) -> String {
        self.text().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// How many screens have been drawn.
    pub(crate) fn frames(&self) -> usize {
        self.raw
            .windows(CLEAR.len())
            .filter(|w| *w == CLEAR)
            .count()
    }

    /// Waits until the screen shows what `check` looks for.
    pub(crate) fn wait_until(&mut self, what: &str, check: impl Fn(&Screen) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        while !check(self) {
            if Instant::now() > deadline {
                let tail = &self.raw[self.raw.len().saturating_sub(400)..];
                panic!(
                    "{what}: not on screen after {TIMEOUT:?}:\n{}\nlast output: {:?}",
                    self.text(),
                    String::from_utf8_lossy(tail)
                );
            }
            self.read(Duration::from_millis(50));
        }
    }

    /// Waits for `text` anywhere on screen.
    /// Waits for `text` on a whole screen (one that ends with the keys hint).
    pub(crate) fn wait_for(&mut self, text: &str) {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.wait_until(&text, |s| {
            s.words().contains(&text) && s.lines().last().is_some_and(|l| l.starts_with("↑↓"))
        });
    }

    /// Waits for a whole screen drawn after the `after`th: it ends with the keys hint on
    /// the last row.
    pub(crate) fn wait_frame(&mut self, after: usize) {
        self.wait_until("a new screen", |s| {
            s.frames() > after
                && s.lines()
                    .last()
                    .is_some_and(|l| l.starts_with("↑↓") && l.contains(" q"))
        });
    }

    pub(crate) fn send(&mut self, keys: &str) {
        self.input
            .write_all(keys.as_bytes())
            .expect("keys are sent");
        self.input.flush().expect("keys are flushed");
    }

    /// Presses a key and waits for the screen it leads to.
    pub(crate) fn press(&mut self, key: &str) {
        let before = self.frames();
        self.send(key);
        self.wait_frame(before);
    }

    /// The selected line of the menu.
    pub(crate) fn selected(&self) -> Option<String> {
        self.lines().into_iter().find(|l| l.starts_with("› "))
    }

    /// The selected item of the menu, whole: its first line and the lines it wraps onto
    /// (indented under its text and, in colour, painted as it is), its words as one line.
    pub(crate) fn selected_item(&self) -> Option<String> {
        let lines = self.lines();
        let first = lines.iter().position(|l| l.starts_with("› "))?;
        let screen = self.terminal.screen();
        let painted = |row: usize| {
            let row = u16::try_from(row).unwrap();
            screen.cell(row, 5).is_some_and(|cell| cell.bold())
        };
        let rest = (first + 1..lines.len())
            .take_while(|&row| lines[row].starts_with("     ") && painted(row))
            .map(|row| &lines[row]);
        let item: Vec<&str> = std::iter::once(&lines[first])
            .chain(rest)
            .flat_map(|l| l.split_whitespace())
            .collect();
        Some(item.join(" "))
    }

    /// Moves through the menu, from its first item down, until the item `label` is selected.
    pub(crate) fn select(&mut self, label: &str) {
        let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
        self.wait_frame(0);
        if self.selected_item().is_some_and(|l| l.contains(&label)) {
            return;
        }
        self.press(HOME);
        let mut last = None;
        for _ in 0..60 {
            let selected = self.selected_item();
            if selected.as_ref().is_some_and(|l| l.contains(&label)) {
                return;
            }
            if selected.is_some() && selected == last {
                break;
            }
            last = selected;
            self.press(DOWN);
        }
        panic!("{label:?} cannot be selected:\n{}", self.text());
    }

    /// Selects the item `label` and chooses it.
    pub(crate) fn choose(&mut self, label: &str) {
        self.select(label);
        self.press(ENTER);
    }

    /// Resizes the terminal, as dragging the window's corner does.
    pub(crate) fn resize(&mut self, rows: u16, columns: u16) {
        let size = libc::winsize {
            ws_row: rows,
            ws_col: columns,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: TIOCSWINSZ on the pty's own descriptor, with a valid winsize.
        let done = unsafe { libc::ioctl(self.input.as_raw_fd(), libc::TIOCSWINSZ, &size) };
        assert_eq!(done, 0, "the pty is resized");
        self.terminal
            .screen_mut()
            .set_size(rows.try_into().unwrap(), columns.try_into().unwrap());
        self.rows = rows;
        self.columns = columns;
    }

    /// Reads to the end and returns how the program ended.
    pub(crate) fn end(&mut self) -> Ended {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            self.read(Duration::from_millis(50));
            let ended = match self.process.status() {
                Some(WaitStatus::StillAlive) | None if Instant::now() < deadline => continue,
                Some(WaitStatus::Exited(_, code)) => Ended::Exited(code),
                Some(WaitStatus::Signaled(_, signal, _)) => Ended::Signaled(signal),
                other => panic!("the program did not end: {other:?}"),
            };
            // Everything it wrote: the reader ends when the terminal's last user has gone.
            while Instant::now() < deadline {
                match self.output.try_recv() {
                    Ok(bytes) => {
                        self.terminal.process(&bytes);
                        self.raw.extend_from_slice(&bytes);
                    }
                    Err(mpsc::TryRecvError::Empty) => std::thread::sleep(Duration::from_millis(5)),
                    Err(mpsc::TryRecvError::Disconnected) => break,
                }
            }
            return ended;
        }
    }

    /// Reads to the end and returns the exit status of a program that exited.
    pub(crate) fn finish(&mut self) -> i32 {
        match self.end() {
            Ended::Exited(code) => code,
            other => panic!("the program did not exit normally: {other:?}"),
        }
    }

    /// Whether the terminal is as a shell leaves it: a line at a time, echoed, Ctrl-C and
    /// Ctrl-Z sending signals (and not raw, as the walkthrough sets it).
    pub(crate) fn cooked(&self) -> bool {
        use nix::sys::termios::{LocalFlags, tcgetattr};
        let settings = tcgetattr(&self.input).expect("the terminal's settings can be read");
        settings
            .local_flags
            .contains(LocalFlags::ICANON | LocalFlags::ECHO | LocalFlags::ISIG)
    }

    /// Whether the program's screen is the alternate one, over the shell's.
    pub(crate) fn on_alternate_screen(&self) -> bool {
        self.terminal.screen().alternate_screen()
    }

    /// Checks the terminal is as the program found it: cooked, the cursor shown, the
    /// shell's screen back.
    pub(crate) fn assert_restored(&self, after: &str) {
        assert!(self.cooked(), "the terminal is left raw after {after}");
        assert!(
            self.cursor_shown(),
            "the cursor is left hidden after {after}"
        );
        assert!(
            !self.on_alternate_screen(),
            "the alternate screen is left on after {after}"
        );
    }

    /// The program's state letter in /proc (`T` when stopped). The program leads the
    /// terminal's session.
    #[cfg(target_os = "linux")]
    pub(crate) fn state(&self) -> char {
        let pid = nix::sys::termios::tcgetsid(&self.input).expect("the terminal has a session");
        let stat =
            std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("the process is there");
        // The state follows the command's name, which is in parentheses.
        let after = &stat[stat.rfind(')').expect("a name in parentheses") + 2..];
        after.chars().next().expect("a state")
    }

    /// Whether the terminal shows the cursor, as the program left it.
    pub(crate) fn cursor_shown(&self) -> bool {
        !self.terminal.screen().hide_cursor()
    }

    /// Quits with q and checks the terminal is left as it was.
    pub(crate) fn quit(&mut self) {
        self.send("q");
        assert_eq!(self.finish(), 0);
        self.assert_restored("q");
    }

    /// Checks that no line is wider than the terminal but an address, which the terminal
    /// wraps, and that the title, the hint and `question` are where they belong.
    pub(crate) fn assert_whole(&self, title: &str, question: Option<&str>, w: &Words) {
        let lines = self.lines();
        assert!(
            lines[0].starts_with(title),
            "title {title:?} not on the first row:\n{}",
            self.text()
        );
        let hint = lines.last().unwrap();
        assert!(
            hint.starts_with("↑↓") && hint.contains(w.hint_quit.split(' ').next().unwrap()),
            "no hint on the last row:\n{}",
            self.text()
        );
        if let Some(question) = question {
            assert!(
                self.words().contains(question),
                "question {question:?} not whole on screen:\n{}",
                self.text()
            );
        }
        assert_eq!(
            lines.iter().filter(|l| l.starts_with("› ")).count(),
            1,
            "one item selected:\n{}",
            self.text()
        );
    }
}
