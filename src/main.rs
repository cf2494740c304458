//! The `nexo` binary: thin glue over the library.

use std::process::ExitCode;

use clap::Parser as _;
use nexo::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    #[cfg(feature = "gui")]
    if cli.command.is_none() {
        return match nexo::app::run(cli.corpus.clone(), cli.catalog.clone()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: cannot open the viewer window: {err}");
                ExitCode::from(2)
            }
        };
    }
    match cli::run(&cli) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
