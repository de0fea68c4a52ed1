#!/usr/bin/env bash
# How the release binary (benches/release-binary.sh) scales with hostile guide folders (docs/benchmarks.md, "Hostile
# folders: scale"): list and check over 1,000 and 10,000 generated guides, a complete graph
# of 100 guides each naming all the others as fallbacks, a chain and a loop of 2,000, 3,000
# guides naming missing methods, and one file of 240,000 duplicate fallbacks.
# Each figure is the median wall time of several runs, in a clean environment.
# Usage: benches/scale.sh [runs]   (needs python3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

binary=$(benches/release-binary.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(uname -srm); $(date -u +%Y-%m-%d)"
python3 - "$binary" "$work" "$runs" <<'PY'
import os, pathlib, statistics, subprocess, sys, time

binary, work, runs = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3])
small = pathlib.Path("crates/guide-format/tests/fixtures/valid.toml").read_text()
builtin = [p.read_text() for p in sorted(pathlib.Path("guides").glob("*.toml"))]
env = {"PATH": "/usr/bin:/bin", "HOME": str(work / "home"), "LANG": "C.UTF-8",
       "SOURCE_DATE_EPOCH": "1796212800"}

def naming(text, fallbacks):
    names = ",".join(f'"{f}"' for f in fallbacks)
    return text.replace("reviewed", f"fallbacks = [{names}]\nreviewed", 1)

def folder(name, files):
    path = work / name
    path.mkdir()
    for file, text in files:
        (path / file).write_text(text)
    return str(path)

folders = {
    "1,000 guides": folder("g1000", ((f"generated-{n:05}.toml", builtin[n % len(builtin)]) for n in range(1000))),
    "10,000 guides": folder("g10000", ((f"generated-{n:05}.toml", builtin[n % len(builtin)]) for n in range(10000))),
    "complete graph, 100 guides": folder("complete", ((f"g{n}.toml", naming(small, [f"g{m}" for m in range(100) if m != n])) for n in range(100))),
    "chain of 2,000 guides": folder("chain", ((f"g{n}.toml", naming(small, [f"g{n + 1}"] if n + 1 < 2000 else [])) for n in range(2000))),
    "loop of 2,000 guides": folder("loop", ((f"g{n}.toml", naming(small, [f"g{(n + 1) % 2000}"])) for n in range(2000))),
    "3,000 missing names": folder("missing", ((f"g{n}.toml", naming(small, [f"missing-{n}"])) for n in range(3000))),
    "240,000 duplicates (960 kB)": folder("duplicates", [("a-guide.toml", naming(small, ["a"] * 240000))]),
}

def median(args):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000

print(f"{'folder':<32} {'list':>10} {'check':>10} {'check --format json':>20}")
for name, path in folders.items():
    row = [median(["list", "--guides-dir", path]), median(["check", path]), median(["check", path, "--format", "json"])]
    print(f"{name:<32} {row[0]:>8.1f}ms {row[1]:>8.1f}ms {row[2]:>18.1f}ms")
PY
