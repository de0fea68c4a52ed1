//! Whether Windows says a screen reader is running: the program's one call into the system
//! that no crate wraps safely (windows-sys, like winapi and windows, declares it `unsafe`),
//! kept to these few lines so that the rest of the program has no `unsafe` at all.
#![allow(unsafe_code)]

use windows_sys::Win32::UI::WindowsAndMessaging::{SPI_GETSCREENREADER, SystemParametersInfoW};

/// What `SystemParametersInfo(SPI_GETSCREENREADER)` answers. NVDA and JAWS set the flag;
/// Narrator, Windows's own screen reader, does not (Microsoft's documentation of the flag
/// says so), so its users turn the mode on themselves.
pub(crate) fn running() -> bool {
    let mut running: windows_sys::core::BOOL = 0;
    // SAFETY: SPI_GETSCREENREADER writes one BOOL through `pvParam`, which points to a live,
    // aligned BOOL of ours for the whole call; `uiParam` and `fWinIni` must be 0 for it.
    let done =
        unsafe { SystemParametersInfoW(SPI_GETSCREENREADER, 0, (&raw mut running).cast(), 0) };
    done != 0 && running != 0
}
