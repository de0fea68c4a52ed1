//! The Windows console's input and output modes: saved before the program changes them, and
//! put back exactly as they were. crossterm's own raw mode switches the input bits back *on*
//! when it ends, whatever they were before, and nothing of crossterm turns escape processing
//! off again; so the modes are kept here, through crossterm_winapi's safe calls.

use std::sync::OnceLock;

use crossterm_winapi::{ConsoleMode, Handle};

/// Input: characters arrive as typed, not as lines.
const ENABLE_LINE_INPUT: u32 = 0x0002;
/// Input: the console does not echo what is typed.
const ENABLE_ECHO_INPUT: u32 = 0x0004;
/// Input: Ctrl-C arrives as a key, not as a signal.
const ENABLE_PROCESSED_INPUT: u32 = 0x0001;
/// Input: a resized window is reported as an event.
const ENABLE_WINDOW_INPUT: u32 = 0x0008;
/// Output: escape sequences (colour, cursor movement) are read, not shown as text.
const ENABLE_VIRTUAL_TERMINAL_PROCESSING: u32 = 0x0004;

fn input() -> Option<ConsoleMode> {
    Handle::current_in_handle().ok().map(ConsoleMode::from)
}

fn output() -> Option<ConsoleMode> {
    Handle::current_out_handle().ok().map(ConsoleMode::from)
}

/// The modes of the console's input and output at one moment; `None` where there is no
/// console (a redirected stream).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Saved {
    input: Option<u32>,
    output: Option<u32>,
}

impl Saved {
    pub(crate) fn now() -> Saved {
        Saved {
            input: input().and_then(|mode| mode.mode().ok()),
            output: output().and_then(|mode| mode.mode().ok()),
        }
    }

    pub(crate) fn restore(&self) {
        if let (Some(mode), Some(console)) = (self.input, input()) {
            let _ = console.set_mode(mode);
        }
        if let (Some(mode), Some(console)) = (self.output, output()) {
            let _ = console.set_mode(mode);
        }
    }
}

/// The modes when the program started.
static START: OnceLock<Saved> = OnceLock::new();

pub(crate) fn remember_start() {
    START.get_or_init(Saved::now);
}

/// Puts the modes back as they were when the program started.
pub(crate) fn restore_start() {
    if let Some(saved) = START.get() {
        saved.restore();
    }
}

/// Switches the console's output to reading escape sequences.
pub(crate) fn read_escapes() {
    if let Some(console) = output()
        && let Ok(mode) = console.mode()
    {
        let _ = console.set_mode(mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
    }
}

/// Keys one at a time, unechoed, Ctrl-C as a key, resizes reported; and escape sequences
/// read on output, which the screen is drawn with whether or not there is colour.
pub(crate) fn enter_raw(saved: &Saved) {
    if let (Some(mode), Some(console)) = (saved.input, input()) {
        let raw = mode & !(ENABLE_LINE_INPUT | ENABLE_ECHO_INPUT | ENABLE_PROCESSED_INPUT);
        let _ = console.set_mode(raw | ENABLE_WINDOW_INPUT);
    }
    read_escapes();
}

/// The exit status of a program ended by Ctrl-C (STATUS_CONTROL_C_EXIT, 0xC000013A).
pub(crate) const CONTROL_C_EXIT: i32 = 0xC000_013A_u32 as i32;
