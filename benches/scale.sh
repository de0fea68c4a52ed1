#!/usr/bin/env bash
# How the release binary (benches/release-binary.sh) scales with hostile guide folders (docs/benchmarks.md, "Hostile
# folders: scale"): list and check over 1,000 and 10,000 generated guides, a complete graph
# of 100 guides each naming all the others as fallbacks, a chain and a loop of 2,000, 3,000
# guides naming missing methods, and one file of 240,000 duplicate fallbacks; then the shapes of
# issue 22 and of tests/hostile.rs's large folders at 1x, 4x and 16x, with the time of a Tab of
# completion in each folder.
# Each figure is the median wall time of several runs, in a clean environment.
# Usage: benches/scale.sh [runs]   (needs python3; ISSUE_22_ONLY=1 measures only the shapes of issue 22)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

binary=$(benches/release-binary.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(uname -srm); $(date -u +%Y-%m-%d)"
python3 - "$binary" "$work" "$runs" <<'PY'
import os, pathlib, resource, statistics, subprocess, sys, time

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
for name, path in folders.items() if not os.environ.get("ISSUE_22_ONLY") else []:
    row = [median(["list", "--guides-dir", path]), median(["check", path]), median(["check", path, "--format", "json"])]
    print(f"{name:<32} {row[0]:>8.1f}ms {row[1]:>8.1f}ms {row[2]:>18.1f}ms")

# The shapes of issue 22, each at 1x (the issue's own reproduction), 4x and 16x, and those of
# tests/hostile.rs: the time must grow no faster than the input.
valid = small

def long_id(prefix, n):
    return f"{prefix}-{n:04}-" + "x" * (64 - len(prefix) - 6)

def broken_sources():
    # 26 kB: 200 sources of 64-character ids, a step citing 100 unknown ids of 64 characters.
    sources = "".join(f'\n[[sources]]\nid = "{long_id("s", n)}"\ntitle = "T"\n' for n in range(200))
    cited = ", ".join(f'"{long_id("u", n)}"' for n in range(100))
    return valid.replace("labels = [", f"sources = [{cited}]\nlabels = [", 1) + sources

def megabyte_guide():
    # 1 MB that passes `check`: 8,000 sources and a summary naming the last one's site 27,000 times.
    sources = "".join(f'\n[[sources]]\nid = "s{n}"\ntitle = "T"\nurl = "http://{n}.ex.io"\n' for n in range(8000))
    return valid.replace('en = "Summary"', 'en = "' + "7999.ex.io " * 27000 + '"', 1) + sources

def addresses_guide():
    # 1 MB of text that is all addresses a text may name, or nearly: every word is looked at.
    words = " ".join(["aliexpress.com/help", "support@alipay.com", "https://aliexpress.ru/x", "www.alipay.com"] * 13000)
    return valid.replace('en = "Summary"', f'en = "{words}"', 1)

def empty_files(count):
    return ((f"e{n:06}.toml", "") for n in range(count))

shapes = [
    ("100 broken guides citing 100 unknown long sources (26 kB each)", lambda k: ((f"g{n}.toml", broken) for n in range(100 * k))),
    ("1 guide of 1 MB: 8,000 sources, a summary naming one 27,000 times", lambda k: ((f"m{n}.toml", mega) for n in range(k))),
    ("1 guide of 1 MB of allowed addresses", lambda k: ((f"a{n}.toml", addresses) for n in range(k))),
    ("1,000 guides with comments", lambda k: ((f"c{n}.toml", commented) for n in range(1000 * k))),
    ("6,250 empty files", lambda k: empty_files(6250 * k)),
    # The large folders of tests/hostile.rs, whose tests check only what each run says.
    ("1,000 small guides", lambda k: ((f"g{n}.toml", small) for n in range(1000 * k))),
    ("complete graph of fallbacks, 100 guides (names: x)", lambda k: complete(100 * round(k ** 0.5))),
    ("chain of 2,000 guides", lambda k: ((f"g{n}.toml", naming(small, [f"g{n + 1}"] if n + 1 < 2000 * k else [])) for n in range(2000 * k))),
    ("loop of 2,000 guides", lambda k: ((f"g{n}.toml", naming(small, [f"g{(n + 1) % (2000 * k)}"])) for n in range(2000 * k))),
    ("3,000 guides naming missing methods", lambda k: ((f"g{n}.toml", naming(small, [f"missing-{n}"])) for n in range(3000 * k))),
    ("1 guide of 15,000 duplicate fallbacks (60 kB)", lambda k: [("a-guide.toml", naming(small, ["a"] * 15000 * k))]),
]

def complete(count):
    return ((f"g{n}.toml", naming(small, [f"g{m}" for m in range(count) if m != n])) for n in range(count))

broken, mega, addresses = broken_sources(), megabyte_guide(), addresses_guide()
commented = "# A comment: docs/guide-format.md, https://aliexpress.com/help\n" * 20 + valid

def cost(args, run_env):
    """Median wall time and median CPU time (user + system, all threads) of a run, in ms: the
    CPU time moves less than the wall time when other work shares the machine."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([binary, *args], env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000

print()
print("issue 22 shapes: wall time (CPU time), median of each")
print(f"{'shape':<68} {'x':>3} {'MB':>6} {'list':>18} {'check':>18} {'Tab':>18}")
tab_env = dict(env, COMPLETE="bash", _CLAP_COMPLETE_INDEX="4", _CLAP_COMPLETE_COMP_TYPE="9", _CLAP_COMPLETE_SPACE="true", _CLAP_IFS="\n")
for i, (name, files) in enumerate(shapes):
    for k in (1, 4, 16):
        path = folder(f"shape-{i}-{k}", files(k))
        size = sum(f.stat().st_size for f in pathlib.Path(path).iterdir()) / 1e6
        cells = [cost(["list", "--guides-dir", path], env), cost(["check", path], env),
                 cost(["--", binary, "--guides-dir", path, "show", ""], tab_env)]
        shown = " ".join(f"{wall:>8.0f} ({cpu:>6.0f})" for wall, cpu in cells)
        print(f"{name:<68} {k:>2}x {size:>6.1f} {shown}")
PY
