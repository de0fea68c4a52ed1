#!/usr/bin/env bash
# Whole-process benchmarks of the release binaries, each against its budget (docs/benchmarks.md):
#   the default build (glibc, dynamically linked: what `cargo run --release` makes), side by
#     side in one run with tealdeer 1.8.1 rendering a tldr page of the same size and cat
#     printing the same bytes: time, instructions and peak memory; its size; and whether
#     list and show, run in a terminal, leave the walkthrough's terminal layer alone
#   the Linux release (static, musl: benches/release-binary.sh):
#     show direct-link  against cat printing exactly the same bytes: time, instructions, memory
#     list              with the built-in guides, and with folders of 250, 500, 1000 guides
#     show              with 0 and with 1,000 folder guides (it lists them, reads only its own)
#     the binary's size
# Times come from hyperfine, instruction counts from valgrind's callgrind (which, unlike
# time, do not depend on what else the machine is doing), peak memory from /usr/bin/time.
# Usage: benches/startup.sh [runs-per-round]   (hyperfine, valgrind, time and strace are
# installed from the system's packages when missing, tealdeer once under target/bench-tools)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-300}

missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
command -v valgrind >/dev/null 2>&1 || missing+=(valgrind)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v strace >/dev/null 2>&1 || missing+=(strace)
command -v script >/dev/null 2>&1 || missing+=(bsdutils)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing ${missing[*]}" >&2
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The tool that prints help pages, to compare with: built once, from its locked sources.
tldr=target/bench-tools/bin/tldr
if [ "$("$tldr" --version 2>/dev/null)" != "tealdeer 1.8.1" ]; then
    echo "installing tealdeer 1.8.1 under target/bench-tools" >&2
    cargo install tealdeer --version 1.8.1 --locked --root target/bench-tools --quiet
fi
tldr=$PWD/$tldr

cargo build --release --quiet
default=$PWD/target/release/unlink-guide
binary=$(benches/release-binary.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"

# A file cargo has just written is in the page cache as it was written; read back from the
# disk, as an installed binary is, it is mapped in fewer pages (about 50 KiB fewer for ours:
# docs/benchmarks.md). Only these files' pages are dropped, nothing else of the machine's.
python3 - "$default" "$binary" "$tldr" <<'PY'
import os, sys
for path in sys.argv[1:]:
    fd = os.open(path, os.O_RDONLY)
    os.fsync(fd)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    os.close(fd)
PY

# A clean environment, as in a fresh UTF-8 terminal: no guide folders of the user's, no
# colour or language variables but the locale. cat loads the locale; unlink-guide reads it.
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$@"; }

# The page: direct-link, the guide of median length (5.7 kB in English; the others have 3.0
# to 11.5 kB).
show=("$default" show direct-link --color never)
show_musl=("$binary" show direct-link --color never)
run "${show[@]}" > "$work/page.txt"
run "${show_musl[@]}" | cmp -s - "$work/page.txt" || { echo "the two builds print different pages" >&2; exit 1; }
page=("$(command -v cat)" "$work/page.txt")

# The same page as tealdeer would find it: a tldr page (a title, a description, then examples
# of a line of text and a command with placeholders each) made of the page's own lines, as
# many as fit in the page's size.
python3 - "$work/page.txt" > "$work/page.md" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
size = len(text.encode())
lines = [line.strip() for line in text.splitlines() if line.strip()]
page = f"# {lines[0]}\n\n> {lines[1]}\n> More information: <https://intl.alipay.com/ihome/help/home.htm>.\n\n"
for line in lines[2:]:
    example = f"- {line.rstrip(':.')}:\n\n`unlink-guide show {{{{method}}}} --lang {{{{ru|en}}}}`\n\n"
    if len((page + example).encode()) > size:
        break
    page += example
sys.stdout.write(page)
PY
tealdeer=("$tldr" --render "$work/page.md" --color never)
run "${tealdeer[@]}" > "$work/tealdeer.txt"

# Folders of generated guides: copies of the built-in guides under new ids, so that each is
# as long as a real guide.
for count in 250 500 1000; do
    mkdir -p "$work/guides-$count"
    sources=(guides/*.toml)
    for ((n = 0; n < count; n++)); do
        cp "${sources[n % ${#sources[@]}]}" "$work/guides-$count/generated-$(printf %04d "$n").toml"
    done
done
mkdir -p "$work/guides-0"

# Median wall time of each command, in microseconds, over `rounds` rounds (5 unless set) of
# `runs` runs each that take turns, so that a slower minute of the machine weighs on every
# command alike. Each round's medians are left in $work/rounds.txt, a line a round.
medians() {
    local rounds=${rounds:-5} r
    local args=()
    for cmd in "$@"; do args+=("$cmd"); done
    for ((r = 0; r < rounds; r++)); do
        run hyperfine -N --warmup 20 --runs "$runs" --export-json "$work/round-$r.json" "${args[@]}" \
            >/dev/null 2>>"$work/hyperfine-warnings"
    done
    python3 - "$work" "$rounds" <<'PY'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
times = None
with open(f"{work}/rounds.txt", "w") as each:
    for r in range(rounds):
        results = json.load(open(f"{work}/round-{r}.json"))["results"]
        if times is None:
            times = [[] for _ in results]
        for i, result in enumerate(results):
            times[i].extend(result["times"])
        print(" ".join(str(statistics.median(result["times"])) for result in results), file=each)
print(" ".join(str(round(statistics.median(t) * 1e6)) for t in times))
PY
}

instructions() {
    run valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | awk '/Collected/ {print $NF}'
}

# Peak memory in KiB of each command (its arguments in one string, as for medians), over 25
# runs that take turns: "median,worst" for each. The program and its libraries are loaded at
# a new random address on every run, which moves the pages a run touches across the 64 KiB
# blocks the kernel maps at once: one run's peak varies by 300 KiB, the median of 25 runs
# by about 30 (the worst of 5 by about 130).
peaks() {
    local n cmd
    local -a cmds=("$@")
    for ((n = 0; n < 25; n++)); do
        for cmd in "${cmds[@]}"; do
            eval "run /usr/bin/time -f %M $cmd" 2>&1 >/dev/null | tail -1
        done
    done | python3 -c '
import statistics, sys
count = int(sys.argv[1])
values = [int(line) for line in sys.stdin]
per = [sorted(values[i::count]) for i in range(count)]
print(" ".join(f"{statistics.median(v):.0f},{v[-1]}" for v in per))' "${#cmds[@]}"
}

# What a command asks of the terminal, run in an 80x24 pseudo-terminal with what comes on
# standard input typed into it: how often it asks for the terminal's size, how many signal
# handlers it sets, how many threads or processes it starts. "size,handlers,started"
in_terminal() {
    printf '%s\n' '#!/bin/sh' 'stty cols 80 rows 24' \
        "exec strace -f -qq -e trace=ioctl,rt_sigaction,clone,clone3,fork,vfork -o $work/strace.txt \"\$@\"" \
        > "$work/in-terminal.sh"
    chmod +x "$work/in-terminal.sh"
    run TERM=xterm script -qec "$(q "$work/in-terminal.sh" "$@")" /dev/null >/dev/null
    printf '%s,%s,%s\n' "$(grep -c TIOCGWINSZ "$work/strace.txt")" \
        "$(grep -Ec '^([0-9]+ +)?rt_sigaction\(SIG[A-Z0-9]+, \{sa_handler=0x' "$work/strace.txt")" \
        "$(grep -Ec '^([0-9]+ +)?(clone|clone3|fork|vfork)\(' "$work/strace.txt")"
}

q() { printf '%q ' "$@"; }

echo "machine: $(nproc) cores, $(uname -srm), $(ldd --version | head -1 | sed 's/^ldd //'); $(date -u +%Y-%m-%d)"
echo "page: show direct-link, English, $(wc -c < "$work/page.txt") bytes; the tldr page for tealdeer:" \
    "$(wc -c < "$work/page.md") bytes, rendered $(wc -c < "$work/tealdeer.txt")"
echo

# The default build against tealdeer (issue 19), every figure of the three in the same rounds.
# The two are within a few per cent of each other: more, shorter rounds, and how many of
# them each wins.
read -r t_ours t_tldr t_cat < <(rounds=20 runs=$(((runs + 3) / 4)) \
    medians "$(q "${show[@]}")" "$(q "${tealdeer[@]}")" "$(q "${page[@]}")")
won=$(awk '$1 < $2 { n++ } END { print n + 0 }' "$work/rounds.txt")
i_ours=$(instructions "${show[@]}")
i_tldr=$(instructions "${tealdeer[@]}")
i_cat=$(instructions "${page[@]}")
read -r m_ours m_tldr m_cat < <(peaks "$(q "${show[@]}")" "$(q "${tealdeer[@]}")" "$(q "${page[@]}")")
size_default=$(stat -c %s "$default")
size_tldr=$(stat -c %s "$tldr")
term_version=$(in_terminal "$default" --version)
term_show=$(in_terminal "$default" show direct-link)
term_list=$(in_terminal "$default" list)
# The walkthrough, left with q, to show what the probe sees when that layer is loaded.
term_walk=$( (sleep 1; printf q; sleep 1) | in_terminal "$default" walk direct-link)

# The Linux release against cat (issue 14) and with guide folders (issue 13).
read -r t_show t_cat2 < <(medians "$(q "${show_musl[@]}")" "$(q "${page[@]}")")
i_show=$(instructions "${show_musl[@]}")
read -r m_show m_cat2 < <(peaks "$(q "${show_musl[@]}")" "$(q "${page[@]}")")
read -r t_list t_list250 t_list500 t_list1000 < <(medians \
    "$(q "$binary" list)" \
    "$(q "$binary" list --guides-dir "$work/guides-250")" \
    "$(q "$binary" list --guides-dir "$work/guides-500")" \
    "$(q "$binary" list --guides-dir "$work/guides-1000")")
# The floor under list with 1,000 guides: cat reading the same files, which costs the
# kernel's part of opening and reading them and nothing else.
read -r t_cat1000 < <(medians "$(q "$(command -v cat)" "$work"/guides-1000/*.toml)")
read -r t_show0 t_show1000 < <(medians \
    "$(q "${show_musl[@]}" --guides-dir "$work/guides-0")" \
    "$(q "${show_musl[@]}" --guides-dir "$work/guides-1000")")
i_list=$(instructions "$binary" list)
i_show1000=$(instructions "${show_musl[@]}" --guides-dir "$work/guides-1000")
i_list1000=$(instructions "$binary" list --guides-dir "$work/guides-1000")
size=$(stat -c %s "$binary")

python3 - <<PY
def mib(kib):
    return kib / 1024

def peak(figure):
    median, worst = (int(x) for x in figure.split(","))
    return median, worst

def table(title, rows):
    print(title)
    width = max(len(r[0]) for r in rows)
    text_width = max(len(r[1]) for r in rows)
    for name, text, budget, ok in rows:
        mark = "" if not budget else ("  met" if ok else "  MISSED")
        print(f"  {name:<{width}}  {text:<{text_width}}  {budget:<22}{mark}")
    print()

m_ours, m_tldr, m_cat = peak("$m_ours"), peak("$m_tldr"), peak("$m_cat")
r_t_ours, r_t_tldr = $t_ours / $t_cat, $t_tldr / $t_cat
r_i_ours, r_i_tldr = $i_ours / $i_cat, $i_tldr / $i_cat
version, show, listed, walk = [tuple(int(x) for x in f.split(",")) for f in
                               ("$term_version", "$term_show", "$term_list", "$term_walk")]
# In a terminal, list and show ask for its size once (to wrap to it), set no signal handler
# that --version does not, and start nothing: the walkthrough's terminal layer, which walk
# shows setting its handlers and starting its key reader, is not touched.
def untouched(figures):
    return figures[0] <= 1 and figures[1] <= version[1] and figures[2] == 0

table("default build (glibc, dynamic): show direct-link | tealdeer 1.8.1 --render | cat", [
    ("wall time / cat's",
     f"{r_t_ours:.3f}x | {r_t_tldr:.3f}x  ($t_ours | $t_tldr | $t_cat µs; ahead in $won of 20 rounds)",
     "ahead of tealdeer", r_t_ours < r_t_tldr),
    ("instructions / cat's",
     f"{r_i_ours:.3f}x | {r_i_tldr:.3f}x  ($i_ours | $i_tldr | $i_cat)",
     "ahead of tealdeer", r_i_ours < r_i_tldr),
    ("peak memory, median of 25",
     f"{mib(m_ours[0]):.2f} | {mib(m_tldr[0]):.2f} | {mib(m_cat[0]):.2f} MiB",
     "ahead of tealdeer", m_ours[0] < m_tldr[0]),
    ("  worst of 25",
     f"{mib(m_ours[1]):.2f} | {mib(m_tldr[1]):.2f} | {mib(m_cat[1]):.2f} MiB", "", True),
    ("binary size",
     f"{$size_default / 1048576:.2f} MiB  ($size_default bytes; tealdeer: {$size_tldr / 1048576:.2f} MiB)",
     "< 2.5 MiB", $size_default < 2.5 * 1048576),
    ("in a terminal: size asked, handlers, started",
     f"show {show}, list {listed}; --version {version}, walk {walk}",
     "walkthrough not loaded", untouched(show) and untouched(listed) and not untouched(walk)),
])

m_show, m_cat2 = peak("$m_show"), peak("$m_cat2")
growth = ($t_list1000 - $t_list) / max($t_list250 - $t_list, 1)
table("Linux release (musl, static)", [
    ("show: median time / cat's", f"{$t_show / $t_cat2:.3f}x  ($t_show µs / $t_cat2 µs)", "<= 1.2x", $t_show / $t_cat2 <= 1.2),
    ("show: instructions / cat's", f"{$i_show / $i_cat:.3f}x  ($i_show / $i_cat)", "<= 2.0x", $i_show / $i_cat <= 2.0),
    ("show: peak memory, median (worst) of 25", f"{mib(m_show[0]):.2f} ({mib(m_show[1]):.2f}) MiB  (cat: {mib(m_cat2[0]):.2f})", "<= 3 MiB", m_show[1] <= 3 * 1024),
    ("binary size", f"{$size / 1048576:.2f} MiB  ($size bytes)", "<= 2 MiB", $size <= 2 * 1048576),
    ("list: median time", f"{$t_list / 1000:.2f} ms  ($i_list instructions)", "", True),
    ("list, 250 folder guides", f"{$t_list250 / 1000:.1f} ms", "", True),
    ("list, 500 folder guides", f"{$t_list500 / 1000:.1f} ms", "", True),
    ("list, 1000 folder guides", f"{$t_list1000 / 1000:.1f} ms  ($i_list1000 instructions)", "", True),
    ("  floor: cat of those 1000 files", f"{$t_cat1000 / 1000:.1f} ms", "", True),
    ("list, growth 250 -> 1000", f"{growth:.2f}x for 4x the guides", "linear (~4x)", growth <= 4.8),
    ("show, 1000 folder guides / none", f"{$t_show1000 / $t_show0:.3f}x  ($i_show1000 instructions; lists, reads one)", "", True),
])
PY
if [ -s "$work/hyperfine-warnings" ]; then
    echo "hyperfine saw statistical outliers in $(grep -c 'outliers' "$work/hyperfine-warnings") rounds:" \
        "something else was using the machine; times may be high."
fi
