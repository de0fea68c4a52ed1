//! The entry point: the program is `app::main`, in the library, so that only what the tests
//! and benches use is public.

fn main() -> std::process::ExitCode {
    unlink_guide::app::main()
}
