//! What the command-line tests share.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Output};

/// Runs the real `nexo` binary in `cwd` with `args`.
pub fn nexo(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nexo"))
        .current_dir(cwd)
        .args(args)
        .output()
        .unwrap()
}
