#!/usr/bin/env bash
# Builds the binary released for Linux (static, with musl: see .github/workflows/release.yml)
# and prints its path: what benches/startup.sh and benches/scale.sh measure.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-unknown-linux-musl
rustup target list --installed | grep -qx "$target" || rustup target add "$target" >&2
cargo build --release --quiet --target "$target"
echo "$PWD/target/$target/release/unlink-guide"
