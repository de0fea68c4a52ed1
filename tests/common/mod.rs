//! Running the built binary the way a user would, in a clean environment.
#![allow(dead_code)]

use assert_cmd::Command;

/// The variables that change what the program prints. Tests remove them all and set only
/// what they need, so that the developer's own terminal settings never leak into a snapshot.
const USER_SETTINGS: [&str; 9] = [
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "LANG",
    "LC_ALL",
    "LC_MESSAGES",
    "TERM",
    "COLUMNS",
    "UNLINK_GUIDE_DIR",
];

pub fn unlink_guide() -> Command {
    let mut cmd = Command::cargo_bin("unlink-guide").expect("the binary is built");
    for name in USER_SETTINGS {
        cmd.env_remove(name);
    }
    cmd
}

/// Standard output of a successful run.
pub fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().expect("the binary runs");
    assert!(
        output.status.success(),
        "failed with {}: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("output is UTF-8")
}

/// Every built-in method, in menu order.
pub const METHODS: [&str; 7] = [
    "aliexpress-payments",
    "mobile-app",
    "mobile-site",
    "direct-link",
    "alipay-web",
    "add-card",
    "replace-card",
];
