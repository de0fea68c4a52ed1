#!/usr/bin/env bash
# Whole-process benchmarks of the release binary, each against its budget (docs/benchmarks.md):
#   show direct-link    against cat printing exactly the same bytes: time, instructions, memory
#   list                with the built-in guides, and with folders of 250, 500, 1000 guides
#   show                with 0 and with 1,000 folder guides (it lists them, reads only its own)
#   the binary's size
# Times come from hyperfine, instruction counts from valgrind's callgrind (which, unlike
# time, do not depend on what else the machine is doing), peak memory from /usr/bin/time.
# Usage: benches/startup.sh [runs-per-round]   (hyperfine, valgrind and time are installed
# from the system's packages when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-300}

missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
command -v valgrind >/dev/null 2>&1 || missing+=(valgrind)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing ${missing[*]}" >&2
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

binary=$(benches/release-binary.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"

# A clean environment, as in a fresh UTF-8 terminal: no guide folders of the user's, no
# colour or language variables but the locale. cat loads the locale; unlink-guide reads it.
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$@"; }

show=("$binary" show direct-link --color never)
run "${show[@]}" > "$work/page.txt"
page=("$(command -v cat)" "$work/page.txt")

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

# Median wall time of each command, in microseconds, over `rounds` rounds that take turns,
# so that a slower minute of the machine weighs on every command alike.
medians() {
    local rounds=5 r
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
for r in range(rounds):
    results = json.load(open(f"{work}/round-{r}.json"))["results"]
    if times is None:
        times = [[] for _ in results]
    for i, result in enumerate(results):
        times[i].extend(result["times"])
print(" ".join(str(round(statistics.median(t) * 1e6)) for t in times))
PY
}

instructions() {
    run valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | awk '/Collected/ {print $NF}'
}

peak_kib() {
    local worst=0 kib
    for _ in 1 2 3 4 5; do
        kib=$(run /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1)
        [ "$kib" -gt "$worst" ] && worst=$kib
    done
    echo "$worst"
}

q() { printf '%q ' "$@"; }

echo "machine: $(nproc) cores, $(uname -srm); $(date -u +%Y-%m-%d)"
echo "page: $(wc -c < "$work/page.txt") bytes (show direct-link, English)"
echo

read -r t_show t_cat < <(medians "$(q "${show[@]}")" "$(q "${page[@]}")")
i_show=$(instructions "${show[@]}")
i_cat=$(instructions "${page[@]}")
m_show=$(peak_kib "${show[@]}")
m_cat=$(peak_kib "${page[@]}")
read -r t_list t_list250 t_list500 t_list1000 < <(medians \
    "$(q "$binary" list)" \
    "$(q "$binary" list --guides-dir "$work/guides-250")" \
    "$(q "$binary" list --guides-dir "$work/guides-500")" \
    "$(q "$binary" list --guides-dir "$work/guides-1000")")
# The floor under list with 1,000 guides: cat reading the same files, which costs the
# kernel's part of opening and reading them and nothing else.
read -r t_cat1000 < <(medians "$(q "$(command -v cat)" "$work"/guides-1000/*.toml)")
read -r t_show0 t_show1000 < <(medians \
    "$(q "${show[@]}" --guides-dir "$work/guides-0")" \
    "$(q "${show[@]}" --guides-dir "$work/guides-1000")")
i_list=$(instructions "$binary" list)
i_show1000=$(instructions "${show[@]}" --guides-dir "$work/guides-1000")
i_list1000=$(instructions "$binary" list --guides-dir "$work/guides-1000")
size=$(stat -c %s "$binary")

python3 - <<PY
rows = [
    ("show: median time / cat's", $t_show / $t_cat, "{:.3f}x  ($t_show µs / $t_cat µs)", "<= 1.2x", $t_show / $t_cat <= 1.2),
    ("show: instructions / cat's", $i_show / $i_cat, "{:.3f}x  ($i_show / $i_cat)", "<= 2.0x", $i_show / $i_cat <= 2.0),
    ("show: peak memory", $m_show / 1024, "{:.2f} MiB  (cat: $m_cat KiB)", "<= 3 MiB", $m_show <= 3 * 1024),
    ("binary size", $size / 1048576, "{:.2f} MiB  ($size bytes)", "<= 2 MiB", $size <= 2 * 1048576),
    ("list: median time", $t_list / 1000, "{:.2f} ms  ($i_list instructions)", "", True),
    ("list, 250 folder guides", $t_list250 / 1000, "{:.1f} ms", "", True),
    ("list, 500 folder guides", $t_list500 / 1000, "{:.1f} ms", "", True),
    ("list, 1000 folder guides", $t_list1000 / 1000, "{:.1f} ms  ($i_list1000 instructions)", "", True),
    ("  floor: cat of those 1000 files", $t_cat1000 / 1000, "{:.1f} ms", "", True),
    ("list, growth 250 -> 1000", ($t_list1000 - $t_list) / max($t_list250 - $t_list, 1), "{:.2f}x for 4x the guides", "linear (~4x)", ($t_list1000 - $t_list) / max($t_list250 - $t_list, 1) <= 4.8),
    ("show, 1000 folder guides / none", $t_show1000 / $t_show0, "{:.3f}x  ($i_show1000 instructions; lists, reads one)", "", True),
]
width = max(len(r[0]) for r in rows)
for name, value, fmt, budget, ok in rows:
    mark = "" if not budget else ("  ok" if ok else "  MISSED")
    print(f"{name:<{width}}  {fmt.format(value):<40} {budget:<14}{mark}")
PY
if [ -s "$work/hyperfine-warnings" ]; then
    echo
    echo "hyperfine saw statistical outliers in $(grep -c 'outliers' "$work/hyperfine-warnings") rounds:" \
        "something else was using the machine; times may be high."
fi
