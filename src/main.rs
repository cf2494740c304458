//! The `nexo` binary: thin glue over the library.

use std::process::ExitCode;

use clap::Parser as _;
use nexo::cli::{self, Cli};

/// mimalloc: a viewer frame allocates and frees a few megabytes of meshes, which the
/// system allocator hands back to the kernel and faults in again every frame (5k
/// nodes: 9.1 ms a frame with it, 5.4 ms with mimalloc; `benches/frame.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The viewer's startup measurement counts from here.
    #[cfg(feature = "gui")]
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    #[cfg(feature = "gui")]
    if cli.command.is_none() {
        let snapshot = match cli
            .open
            .as_deref()
            .map(nexo::app::snapshot::Snapshot::load)
            .transpose()
        {
            Ok(s) => s,
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(2);
            }
        };
        return match nexo::app::run(
            cli.corpus.clone(),
            cli.catalog.clone(),
            nexo::cli::curation_file(&cli),
            snapshot,
            cli.exit_after_first_frame.then_some(started),
            nexo::corpus::LoadOptions {
                max_file_bytes: cli.max_file_mb << 20,
            },
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: cannot open the viewer window: {err}");
                ExitCode::from(2)
            }
        };
    }
    if cli.open.is_some() && cli.command.is_none() {
        eprintln!("error: --open needs the viewer; this nexo was built without the `gui` feature");
        return ExitCode::from(2);
    }
    match cli::run(&cli) {
        Ok(outcome) => {
            print!("{}", cli::printable(&outcome.stdout));
            for w in &outcome.warnings {
                eprintln!("{}", cli::printable(w));
            }
            if outcome.skipped > 0 {
                eprintln!(
                    "warning: {} file{} skipped; the output covers the rest (exit code 1)",
                    outcome.skipped,
                    if outcome.skipped == 1 { "" } else { "s" }
                );
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {}", cli::printable(&cli::error_chain(&err)));
            ExitCode::from(2)
        }
    }
}
