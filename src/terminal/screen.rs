//! The terminal of the full-screen walkthrough, on crossterm: keys read one at a time, the
//! alternate screen, the cursor hidden, and all of it given back however the walkthrough
//! ends: normally, with an error, a panic, or any signal whose default ends the process (the
//! terminal is restored first, then the signal does what it would have done, so a parent
//! shell sees it). Ctrl-Z gives the terminal back while stopped, and `fg` takes it again and
//! redraws.
//!
//! One lock guards the terminal: drawing, and giving it back from a signal or a panic, never
//! interleave, so a frame is never left half drawn over the shell's screen.

use std::io::{self, Write};
use std::sync::{Mutex, MutexGuard, Once, PoisonError, TryLockError};

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

#[cfg(windows)]
use super::windows;

/// A key the walkthrough knows: what `interactive` gets from the terminal, whatever the
/// system sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
    Enter,
    Escape,
    Backspace,
    Tab,
    /// Shift-Tab.
    BackTab,
    Char(char),
    /// Ctrl-C.
    Interrupt,
    /// Ctrl-Z.
    Suspend,
}

/// What the walkthrough waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Input {
    Key(Key),
    /// The window was resized: lay the screen out again.
    Resized,
}

/// Switches to the alternate screen (the shell's screen and scrollback stay untouched) and
/// hides the cursor.
const TAKE: &str = "\x1b[?1049h\x1b[?25l";
/// Colours reset, the cursor shown, the shell's screen back.
const GIVE_BACK: &str = "\x1b[0m\x1b[?25h\x1b[?1049l";

/// The terminal while the walkthrough has it.
struct State {
    /// The screen last drawn, to draw again after `fg`.
    frame: String,
    /// What stays on the shell's screen when the walkthrough ends, however it ends.
    note: String,
    /// Stopped by Ctrl-Z: the shell has the terminal, and nothing is drawn.
    paused: bool,
    /// The console's modes before the walkthrough, to put back.
    #[cfg(windows)]
    saved: windows::Saved,
}

static STATE: Mutex<Option<State>> = Mutex::new(None);

fn state() -> MutexGuard<'static, Option<State>> {
    STATE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The terminal, taken for the walkthrough; given back when dropped.
pub(crate) struct FullScreen {
    _taken: (),
}

impl FullScreen {
    pub(crate) fn enter() -> io::Result<FullScreen> {
        static HANDLERS: Once = Once::new();
        HANDLERS.call_once(install_handlers);
        let mut state = state();
        #[cfg(windows)]
        let saved = windows::Saved::now();
        #[cfg(windows)]
        windows::enter_raw(&saved);
        #[cfg(not(windows))]
        crossterm::terminal::enable_raw_mode()?;
        write_out(TAKE)?;
        // crossterm starts listening for resizes when it is first asked for an event: ask
        // now, so that a resize before the first key is not lost.
        event::poll(std::time::Duration::ZERO)?;
        *state = Some(State {
            frame: String::new(),
            note: String::new(),
            paused: false,
            #[cfg(windows)]
            saved,
        });
        Ok(FullScreen { _taken: () })
    }

    /// The window's size now, as rows and columns.
    pub(crate) fn size(&self) -> (usize, usize) {
        super::size().unwrap_or((24, 80))
    }

    /// Draws `frame`, a whole screen of text and escape sequences; nothing while stopped.
    pub(crate) fn draw(&self, frame: &str) -> io::Result<()> {
        let mut state = state();
        let Some(state) = state.as_mut() else {
            return Ok(());
        };
        frame.clone_into(&mut state.frame);
        if state.paused {
            return Ok(());
        }
        write_out(frame)
    }

    /// What to leave on the shell's screen at the end: a few lines saying where the user was.
    pub(crate) fn set_note(&self, note: &str) {
        if let Some(state) = state().as_mut() {
            note.clone_into(&mut state.note);
        }
    }

    /// The next key, or a resize, waiting as long as it takes.
    pub(crate) fn next_input(&self) -> io::Result<Input> {
        // For the test that a panic gives the terminal back (debug builds only).
        #[cfg(debug_assertions)]
        if std::env::var_os("UNLINK_GUIDE_TEST_PANIC").is_some() {
            panic!("UNLINK_GUIDE_TEST_PANIC is set");
        }
        loop {
            match event::read()? {
                Event::Key(key) => {
                    if let Some(key) = known_key(key) {
                        return Ok(Input::Key(key));
                    }
                }
                Event::Resize(..) => return Ok(Input::Resized),
                _ => {}
            }
        }
    }

    /// Ctrl-Z: stops the program as the shell's job control expects (the terminal given back
    /// while stopped). Where there is no job control (Windows), nothing.
    pub(crate) fn suspend(&self) {
        #[cfg(unix)]
        let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
    }
}

impl Drop for FullScreen {
    fn drop(&mut self) {
        leave(&mut state());
    }
}

/// Ends the walkthrough's hold on the terminal, and leaves its note on the shell's screen.
fn leave(state: &mut Option<State>) {
    let Some(state) = state.take() else {
        return;
    };
    if !state.paused {
        let _ = write_out(GIVE_BACK);
        #[cfg(not(windows))]
        let _ = crossterm::terminal::disable_raw_mode();
    }
    if !state.note.is_empty() {
        let mut note = state.note;
        if !note.ends_with('\n') {
            note.push('\n');
        }
        let _ = write_out(&note);
    }
    #[cfg(windows)]
    state.saved.restore();
}

fn write_out(text: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// The keys the walkthrough reads; key releases (which Windows reports too) and keys it has
/// no use for are `None`.
fn known_key(key: KeyEvent) -> Option<Key> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let control = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Up => Key::Up,
        KeyCode::Down => Key::Down,
        KeyCode::Home => Key::Home,
        KeyCode::End => Key::End,
        KeyCode::PageUp => Key::PageUp,
        KeyCode::PageDown => Key::PageDown,
        KeyCode::Enter => Key::Enter,
        KeyCode::Esc => Key::Escape,
        KeyCode::Backspace => Key::Backspace,
        KeyCode::Tab if key.modifiers.contains(KeyModifiers::SHIFT) => Key::BackTab,
        KeyCode::Tab => Key::Tab,
        KeyCode::BackTab => Key::BackTab,
        // Ctrl-C and Ctrl-Z by the key's letter, also on a Russian layout (с is c, я is z).
        KeyCode::Char('c' | 'C' | 'с' | 'С') if control => Key::Interrupt,
        KeyCode::Char('z' | 'Z' | 'я' | 'Я') if control => Key::Suspend,
        KeyCode::Char(_) if control => return None,
        KeyCode::Char(c) => Key::Char(c),
        _ => return None,
    })
}

/// Ends the program as Ctrl-C does, once the walkthrough has given the terminal back. On Unix,
/// as the terminal itself would have, had the walkthrough not read Ctrl-C as a key: SIGINT to
/// the whole foreground process group, so that a shell loop around the program stops too,
/// and the program ends by it. On Windows, with the status of a program ended by Ctrl-C.
pub(crate) fn end_as_interrupted() -> ! {
    #[cfg(unix)]
    {
        use rustix::process::{Signal, kill_current_process_group};
        let _ = kill_current_process_group(Signal::INT);
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    }
    #[cfg(windows)]
    {
        windows::restore_start();
        std::process::exit(windows::CONTROL_C_EXIT);
    }
    #[allow(unreachable_code)]
    std::process::exit(crate::error::exit::INTERRUPTED.into())
}

/// A panic gives the terminal back before its message is printed; signals are handled as
/// the module says.
fn install_handlers() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // The lock is never held across anything that can panic; if another thread holds
        // it, that thread is giving the terminal back already.
        match STATE.try_lock() {
            Ok(mut state) => leave(&mut state),
            Err(TryLockError::Poisoned(poisoned)) => leave(&mut poisoned.into_inner()),
            Err(TryLockError::WouldBlock) => {}
        }
        previous(info);
    }));
    #[cfg(unix)]
    signals::install();
    #[cfg(windows)]
    // Ctrl-Break, and Ctrl-C outside the walkthrough's raw mode, arrive as signals.
    let _ = ctrlc::set_handler(|| {
        leave(&mut state());
        end_as_interrupted();
    });
}

#[cfg(unix)]
mod signals {
    use signal_hook::consts::signal::*;
    use signal_hook::iterator::Signals;
    use signal_hook::low_level::emulate_default_handler;

    use super::{GIVE_BACK, TAKE, leave, state, write_out};

    /// Every signal whose default action ends the process and that a terminal user or a
    /// parent may send, and the two of job control.
    const HANDLED: [i32; 13] = [
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGXFSZ, SIGTSTP, SIGCONT,
    ];

    /// A thread that receives the signals: signal-hook's own handler only wakes it, so that
    /// what follows may lock and write like any other code.
    pub(crate) fn install() {
        let Ok(mut signals) = Signals::new(HANDLED) else {
            return;
        };
        std::thread::spawn(move || {
            for signal in signals.forever() {
                match signal {
                    SIGTSTP => {
                        pause();
                        // Stops here until the shell continues the program.
                        let _ = emulate_default_handler(SIGTSTP);
                    }
                    SIGCONT => resume(),
                    _ => {
                        leave(&mut state());
                        let _ = emulate_default_handler(signal);
                    }
                }
            }
        });
    }

    /// Gives the terminal back to the shell while the program is stopped.
    fn pause() {
        if let Some(state) = state().as_mut()
            && !state.paused
        {
            let _ = write_out(GIVE_BACK);
            let _ = crossterm::terminal::disable_raw_mode();
            state.paused = true;
        }
    }

    /// Takes the terminal again after `fg` (or any continue: the shell may have changed its
    /// settings meanwhile), and draws the last screen again.
    fn resume() {
        if let Some(state) = state().as_mut() {
            let _ = crossterm::terminal::disable_raw_mode();
            let _ = crossterm::terminal::enable_raw_mode();
            let _ = write_out(TAKE);
            let _ = write_out(&state.frame);
            state.paused = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Option<Key> {
        known_key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn paging_and_shift_tab_are_keys_of_their_own() {
        assert_eq!(
            press(KeyCode::PageDown, KeyModifiers::NONE),
            Some(Key::PageDown)
        );
        assert_eq!(
            press(KeyCode::PageUp, KeyModifiers::NONE),
            Some(Key::PageUp)
        );
        assert_eq!(
            press(KeyCode::BackTab, KeyModifiers::SHIFT),
            Some(Key::BackTab)
        );
        assert_eq!(press(KeyCode::Tab, KeyModifiers::SHIFT), Some(Key::BackTab));
        assert_eq!(press(KeyCode::Tab, KeyModifiers::NONE), Some(Key::Tab));
    }

    #[test]
    fn ctrl_c_and_ctrl_z_on_either_layout() {
        for c in ['c', 'с'] {
            assert_eq!(
                press(KeyCode::Char(c), KeyModifiers::CONTROL),
                Some(Key::Interrupt)
            );
        }
        for z in ['z', 'я'] {
            assert_eq!(
                press(KeyCode::Char(z), KeyModifiers::CONTROL),
                Some(Key::Suspend)
            );
        }
        assert_eq!(press(KeyCode::Char('x'), KeyModifiers::CONTROL), None);
        assert_eq!(
            press(KeyCode::Char('й'), KeyModifiers::NONE),
            Some(Key::Char('й'))
        );
    }

    #[test]
    fn a_released_key_is_not_pressed_again() {
        let mut release = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(known_key(release), None);
    }
}
