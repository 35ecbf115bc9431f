#!/usr/bin/env bash
# Runs foiclock's benchmarks on this machine and prints a Markdown table of
# medians against the targets of the batch and performance work:
#   - Nth working day through the public API (uk calendar, random anchors
#     2005-2028), flat in N, against NumPy's busday_offset and QuantLib's
#     Calendar::advance on the same holidays (each skipped with a message
#     when not installed);
#   - foiclock batch on generated 1,000,000-row files, deadline rows and
#     case rows, with peak memory for 1 and 10 million rows;
#   - a 100,000-case caseload as a calendar: the first export and the
#     re-export into its file, time and peak memory;
#   - --holidays with a generated 1,000,000-event iCalendar file, which must
#     be refused: time and peak memory;
#   - start-up of 'foiclock due DATE' beside a C program that only prints a
#     line, and the same program linked against libical;
#   - what an embedder pays to load the library: dlopen of libfoiclock.so
#     and the first deadline, in fresh processes, and the relocations the
#     loader applies;
#   - the same for the compact library (FOICLOCK_TABLES=OFF, built in
#     BUILD-bench-compact), which derives its calendars on first use, and its size
#     natively and as WebAssembly (BUILD-bench-wasm, when clang-14 and wasi-libc
#     are installed);
#   - the size of the built-in tables and of the binaries;
#   - the web page, when the build has it (src/web/bench.mjs): page weight,
#     time to the first deadline, and the Nth working day in the browser;
#   - with -DFOICLOCK_BUILD_PYTHON=ON, the Python module
#     (tests/bench/bench_python.py, which also runs alone).
# A benchmark, not a test: it asserts nothing, but it does check that NumPy
# and QuantLib give foiclock's dates before timing them.
#
# usage: tests/bench/run.sh [--build DIR] [--quick] [--install] [--keep]
#   --build DIR  the CMake build directory (default: build)
#   --quick      fewer and shorter runs, and 2 million rows instead of 10
#   --install    apt-get install python3-numpy, libquantlib0-dev, g++,
#                time and (for the Python module) python3-workalendar
#                when missing (as root only); by default what is
#                installed is used and the rest skipped
#   --keep       keep the generated files (their directory is printed)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=build
quick=0
install=0
keep=0
while [ $# -gt 0 ]; do
    case $1 in
    --build) build=$2; shift ;;
    --quick) quick=1 ;;
    --install) install=1 ;;
    --keep) keep=1 ;;
    -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
export LC_ALL=C FOICLOCK_TODAY=2026-11-26

if [ "$quick" = 1 ]; then
    add_iters=5000000 runs=3 numpy_anchors=200000 ql_anchors=5000 big=2000000 starts=200
else
    add_iters=20000000 runs=5 numpy_anchors=1000000 ql_anchors=20000 big=10000000 starts=1000
fi
rows=1000000

work=$(mktemp -d)
if [ "$keep" = 1 ]; then
    echo "files in $work" >&2
else
    trap 'rm -rf "$work"' EXIT
fi
note() { echo "run.sh: $*" >&2; }

# ---- what is there, and what may be installed ----

apt_install() {
    if [ "$install" != 1 ]; then
        return 1
    fi
    if [ "$(id -u)" != 0 ]; then
        note "--install needs root; not installing $*"
        return 1
    fi
    note "installing $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >&2 ||
        { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y \
            --no-install-recommends "$@" >&2; }
}

find_numpy() {
    for py in /usr/bin/python3 python3; do
        if command -v "$py" >/dev/null && "$py" -c 'import numpy' 2>/dev/null; then
            echo "$py"
            return 0
        fi
    done
    return 1
}
numpy_py=$(find_numpy || { apt_install python3-numpy && find_numpy; } || true)
cxx=$(command -v g++ || command -v c++ || true)
if [ ! -f /usr/include/ql/quantlib.hpp ] || [ -z "$cxx" ]; then
    apt_install libquantlib0-dev g++ || true
    cxx=$(command -v g++ || command -v c++ || true)
fi
have_ql=0
[ -f /usr/include/ql/quantlib.hpp ] && [ -n "$cxx" ] && have_ql=1
gnu_time=/usr/bin/time
[ -x "$gnu_time" ] || apt_install time || true

note "building"
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" >/dev/null
cmake --build "$build" -j2 --target foiclock foiclock_cli foiclock_ical_plugin foiclock_bench \
    foiclock_benchgen foiclock_startup foiclock_hello foiclock_hello_ical foiclock_dlopen \
    foiclock-holidaygen >/dev/null
cmake -S . -B "$build-bench-compact" -DFOICLOCK_TABLES=OFF -DBUILD_SHARED_LIBS=ON \
    -DFOICLOCK_BUILD_TESTS=OFF -DFOICLOCK_BUILD_BENCH=OFF -DFOICLOCK_BUILD_CLI=OFF \
    -DFOICLOCK_ICAL=OFF >/dev/null
cmake --build "$build-bench-compact" -j2 --target foiclock >/dev/null
have_wasm=0
if command -v clang-14 >/dev/null && command -v llvm-ar-14 >/dev/null &&
    [ -f /usr/lib/wasm32-wasi/libc.a ]; then
    have_wasm=1
    cmake -S . -B "$build-bench-wasm" --toolchain src/cmake/wasm32-wasi.cmake -DFOICLOCK_TABLES=OFF \
        -DFOICLOCK_HOLIDAYGEN="$PWD/$build/src/foiclock-holidaygen" >/dev/null
    cmake --build "$build-bench-wasm" -j2 >/dev/null
fi
fc=$build/foiclock
gen=$build/tests/bench/foiclock_benchgen

# ---- helpers ----

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ns_now() { date +%s%N; }
table=()
row() { table+=("| $1 | $2 | $3 | $4 |"); }
verdict() { awk -v a="$1" -v b="$2" -v op="$3" 'BEGIN {
    ok = op == ">=" ? a + 0 >= b + 0 : a + 0 <= b + 0; print ok ? "met" : "**missed**" }'; }
fmt() { awk -v v="$1" -v f="$2" 'BEGIN { printf f, v }'; }

# ---- Nth working day ----

note "Nth working day: foi_calendar_add, $add_iters queries per run, median of 7 runs"
"$build/foiclock_bench" "$add_iters" >"$work/add.txt" 2>/dev/null
add_ns() { awk -v q="add N=$1" 'index($0, q " ") == 1 { print $3 }' "$work/add.txt"; }
flat=""
for n in 1 20 40 60 1000; do
    flat="$flat${flat:+ / }$(add_ns "$n")"
done
ns20=$(add_ns 20)
ns40=$(add_ns 40)
mq20=$(fmt "$(awk -v a="$ns20" -v b="$ns40" 'BEGIN { print 1e3 / (a > b ? a : b) }')" "%.0f")
row "Nth working day, N=20 and 40: ns/query (Mqueries/s, slower of the two)" \
    "$ns20, $ns40 ($mq20 M/s)" ">= 100 M/s on one core" "$(verdict "$mq20" 100 ">=")"
row "Nth working day, N = 1 / 20 / 40 / 60 / 1000: ns/query" "$flat" "flat in N" \
    "$(awk -v s="$flat" 'BEGIN { n = split(s, v, " / "); lo = hi = v[1]
        for (i = 2; i <= n; i++) { if (v[i] < lo) lo = v[i]; if (v[i] > hi) hi = v[i] }
        print (hi <= lo * 1.25 ? "met" : "**missed**") }')"

"$gen" holidays >"$work/holidays.txt"
"$gen" anchors "$numpy_anchors" >"$work/anchors.txt"
"$gen" expect 20 100000 >"$work/expect20.txt"
if [ -n "$numpy_py" ]; then
    note "NumPy busday_offset on $numpy_anchors anchors ($numpy_py)"
    if "$numpy_py" tests/bench/bench_numpy.py "$work/holidays.txt" "$work/anchors.txt" \
        "$work/expect20.txt" "$runs" >"$work/numpy.txt"; then
        np20=$(awk '$1 == 20 { print $2 }' "$work/numpy.txt")
        np40=$(awk '$1 == 40 { print $2 }' "$work/numpy.txt")
        x=$(awk -v a="$np20" -v b="$np40" -v c="$ns20" -v d="$ns40" 'BEGIN {
            x = a / c; y = b / d; printf "%.0f", x < y ? x : y }')
        npv=$("$numpy_py" -c 'import numpy; print(numpy.__version__)')
        row "NumPy $npv busday_offset, N=20 and 40: ns/query; foiclock is" "$np20, $np40; ${x}x faster" \
            ">= 10x" "$(verdict "$x" 10 ">=")"
    else
        row "NumPy busday_offset" "failed (see above)" ">= 10x" "not measured"
    fi
else
    note "skipped NumPy: python3-numpy is not installed (rerun with --install as root)"
    row "NumPy busday_offset" "skipped: python3-numpy not installed" ">= 10x" "not measured"
fi
if [ "$have_ql" = 1 ]; then
    note "QuantLib Calendar::advance on $ql_anchors anchors"
    head -n "$ql_anchors" "$work/anchors.txt" >"$work/anchors-ql.txt"
    "$cxx" -O2 -std=c++17 -o "$work/bench_quantlib" tests/bench/bench_quantlib.cpp -lQuantLib
    if "$work/bench_quantlib" "$work/holidays.txt" "$work/anchors-ql.txt" \
        <(head -n "$ql_anchors" "$work/expect20.txt") "$runs" >"$work/ql.txt" 2>/dev/null; then
        ql20=$(awk '$1 == 20 { print $2 }' "$work/ql.txt")
        ql40=$(awk '$1 == 40 { print $2 }' "$work/ql.txt")
        x=$(awk -v a="$ql20" -v b="$ql40" -v c="$ns20" -v d="$ns40" 'BEGIN {
            x = a / c; y = b / d; printf "%.0f", x < y ? x : y }')
        qlv=$(dpkg-query -W -f='${Version}' libquantlib0-dev 2>/dev/null | cut -d- -f1 || true)
        row "QuantLib ${qlv} Calendar::advance, N=20 and 40: ns/query; foiclock is" \
            "$ql20, $ql40; ${x}x faster" ">= 50x" "$(verdict "$x" 50 ">=")"
    else
        row "QuantLib Calendar::advance" "failed (see above)" ">= 50x" "not measured"
    fi
else
    note "skipped QuantLib: libquantlib0-dev or a C++ compiler is missing (rerun with --install as root)"
    row "QuantLib Calendar::advance" "skipped: libquantlib0-dev not installed" ">= 50x" \
        "not measured"
fi

# ---- batch ----

note "batch: generating $rows-row files"
"$gen" rules "$rows" >"$work/rules.csv"
"$gen" cases "$rows" >"$work/cases.csv"
for kind in rules cases; do
    : >"$work/$kind.times"
    : >"$work/$kind.cpu"
done
note "batch: $runs runs of each, file to file"
for _ in $(seq "$runs"); do
    for kind in rules cases; do
        t0=$(ns_now)
        if [ -x "$gnu_time" ]; then
            "$gnu_time" -f "%U %S" -o "$work/cpu" "$fc" batch "$work/$kind.csv" >"$work/$kind.out"
        else
            "$fc" batch "$work/$kind.csv" >"$work/$kind.out"
        fi
        t1=$(ns_now)
        echo $((t1 - t0)) >>"$work/$kind.times"
        [ ! -x "$gnu_time" ] || awk '{ print ($1 + $2) * 1e9 }' "$work/cpu" >>"$work/$kind.cpu"
    done
done
# Rows per second on wall time, and on CPU time (user and system), which a
# busy machine disturbs less.
rate() {
    awk -v t="$1" -v n="$rows" 'BEGIN { printf "%.3f s: %.2f M rows/s", t / 1e9, n / (t / 1e9) / 1e6 }'
}
for kind in rules cases; do
    t=$(median <"$work/$kind.times")
    rate=$(awk -v t="$t" -v n="$rows" 'BEGIN { printf "%.2f", n / (t / 1e9) / 1e6 }')
    result="$(rate "$t")"
    if [ -s "$work/$kind.cpu" ]; then
        result="$result (CPU $(rate "$(median <"$work/$kind.cpu")"))"
    fi
    if [ "$kind" = rules ]; then
        row "batch, 1,000,000 rule,start rows, end to end: wall time (CPU time)" "$result" \
            ">= 2 M rows/s" "$(verdict "$rate" 2 ">=")"
    else
        row "batch, 1,000,000 case rows (timelines), end to end: wall time (CPU time)" \
            "$result" ">= 0.5 M rows/s" "$(verdict "$rate" 0.5 ">=")"
    fi
done
if [ -x "$gnu_time" ]; then
    bigname=$(awk -v n="$big" 'BEGIN { printf "%d,%03d,%03d", n / 1e6, (n / 1e3) % 1000, n % 1000 }')
    for kind in rules cases; do
        note "batch: peak memory, $rows and $big $kind rows"
        "$gnu_time" -f %M -o "$work/rss1" "$fc" batch "$work/$kind.csv" >/dev/null
        "$gen" "$kind" "$big" | "$gnu_time" -f %M -o "$work/rss2" "$fc" batch - >/dev/null
        m1=$(fmt "$(cat "$work/rss1")" "%d")
        m2=$(fmt "$(cat "$work/rss2")" "%d")
        mib1=$(awk -v k="$m1" 'BEGIN { printf "%.1f", k / 1024 }')
        mib2=$(awk -v k="$m2" 'BEGIN { printf "%.1f", k / 1024 }')
        worst=$(awk -v a="$mib1" -v b="$mib2" 'BEGIN { print (a > b ? a : b) }')
        row "batch peak RSS, $kind: 1,000,000 / $bigname rows" "$mib1 MiB / $mib2 MiB" \
            "< 16 MiB, not growing" "$(verdict "$worst" 15.999 "<=")"
    done
else
    note "skipped peak memory: GNU time (/usr/bin/time) is not installed (package 'time')"
    row "batch peak RSS" "skipped: /usr/bin/time not installed" "< 16 MiB" "not measured"
fi

# ---- a caseload as a calendar ----

# A 100,000-case caseload exported with -o into a new file, then again into
# that file (its previous export, read back and indexed by UID): the daily
# re-export of a shared calendar.
ics_cases=100000
note "calendar: $ics_cases cases, $runs first exports and re-exports"
"$gen" cases "$ics_cases" >"$work/ics.csv"
: >"$work/ics1.times"
: >"$work/ics2.times"
: >"$work/ics1.cpu"
: >"$work/ics2.cpu"
: >"$work/ics1.rss"
: >"$work/ics2.rss"
ics_run() { # which (1: first export, 2: re-export)
    local t0 t1
    [ "$1" = 2 ] || rm -f "$work/caseload.ics"
    t0=$(ns_now)
    if [ -x "$gnu_time" ]; then
        "$gnu_time" -f "%U %S %M" -o "$work/cpu" "$fc" batch "$work/ics.csv" --format ics \
            --authority "Anytown Borough Council" -o "$work/caseload.ics"
        awk '{ print ($1 + $2) * 1e9 }' "$work/cpu" >>"$work/ics$1.cpu"
        awk '{ print $3 }' "$work/cpu" >>"$work/ics$1.rss"
    else
        "$fc" batch "$work/ics.csv" --format ics --authority "Anytown Borough Council" \
            -o "$work/caseload.ics"
    fi
    t1=$(ns_now)
    echo $((t1 - t0)) >>"$work/ics$1.times"
}
for _ in $(seq "$runs"); do
    ics_run 1
    ics_run 2
done
secs() { awk -v t="$1" 'BEGIN { printf "%.2f", t / 1e9 }'; }
w1=$(median <"$work/ics1.times")
w2=$(median <"$work/ics2.times")
events=$(grep -c '^BEGIN:VEVENT' "$work/caseload.ics")
mb=$(($(stat -c %s "$work/caseload.ics") / 1000000))
if [ -s "$work/ics1.cpu" ]; then
    c1=$(median <"$work/ics1.cpu")
    c2=$(median <"$work/ics2.cpu")
    ratio=$(awk -v a="$c2" -v b="$c1" 'BEGIN { printf "%.2f", a / b }')
    row "calendar of 100,000 cases ($events events, $mb MB): first export / re-export into its file, wall (CPU) s" \
        "$(secs "$w1") ($(secs "$c1")) / $(secs "$w2") ($(secs "$c2")): re-export ${ratio}x on CPU" \
        "re-export <= 2x" "$(verdict "$ratio" 2 "<=")"
    r1=$(sort -g "$work/ics1.rss" | tail -1)
    r2=$(sort -g "$work/ics2.rss" | tail -1)
    mib1=$(awk -v k="$r1" 'BEGIN { printf "%.1f", k / 1024 }')
    mib2=$(awk -v k="$r2" 'BEGIN { printf "%.1f", k / 1024 }')
    row "calendar of 100,000 cases: peak RSS, first export / re-export (most of $runs runs)" \
        "$mib1 MiB / $mib2 MiB" "re-export < 64 MiB" "$(verdict "$mib2" 63.999 "<=")"
else
    ratio=$(awk -v a="$w2" -v b="$w1" 'BEGIN { printf "%.2f", a / b }')
    row "calendar of 100,000 cases ($events events, $mb MB): first export / re-export into its file, wall s" \
        "$(secs "$w1") / $(secs "$w2"): re-export ${ratio}x" "re-export <= 2x" \
        "$(verdict "$ratio" 2 "<=")"
    row "calendar of 100,000 cases: peak RSS" "skipped: /usr/bin/time not installed" \
        "re-export < 64 MiB" "not measured"
fi

# ---- holiday import ----

# More events than a holiday file can hold (20 a year over 1971-2199) are
# refused as the file is read, before libical builds anything.
note "holiday import: a 1,000,000-event file, $runs runs"
awk 'BEGIN { printf "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    for (i = 0; i < 1000000; i++)
        printf "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270104\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
    printf "END:VCALENDAR\r\n" }' >"$work/scotland-big.ics"
: >"$work/import.times"
refused=1
for _ in $(seq "$runs"); do
    t0=$(ns_now)
    rc=0
    "$fc" is-working-day 2027-01-04 --holidays "$work/scotland-big.ics" >/dev/null 2>&1 || rc=$?
    t1=$(ns_now)
    [ "$rc" = 2 ] || refused=0
    echo $((t1 - t0)) >>"$work/import.times"
done
ims=$(median <"$work/import.times" | awk '{ printf "%.1f", $1 / 1e6 }')
imib="not measured"
if [ -x "$gnu_time" ]; then
    "$gnu_time" -f %M -o "$work/rss3" "$fc" is-working-day 2027-01-04 \
        --holidays "$work/scotland-big.ics" >/dev/null 2>&1 || true
    # GNU time puts "Command exited with non-zero status 2" first.
    imib="$(tail -n 1 "$work/rss3" | awk '{ printf "%.1f", $1 / 1024 }') MiB"
fi
if [ "$refused" = 1 ]; then
    ok=$(awk -v t="$ims" -v m="${imib%% *}" 'BEGIN { print (t < 1000 && m + 0 < 16) ? "met" : "**missed**" }')
    row "--holidays with a 1,000,000-event file (66 MB): refused in (peak RSS)" "$ims ms ($imib)" \
        "< 1 s, < 16 MiB" "$ok"
else
    row "--holidays with a 1,000,000-event file" "accepted" "refused" "**missed**"
fi

# ---- start-up ----

note "start-up: $starts runs of each, interleaved"
b=$build/tests/bench
read -r -a st < <("$b/foiclock_startup" "$starts" "$b/foiclock_hello" -- "$fc" due 2026-06-01 \
    -- "$b/foiclock_hello_ical" | awk '{ printf "%s ", $1 } END { print "" }')
ratio=$(awk -v a="${st[1]}" -v b="${st[0]}" 'BEGIN { printf "%.2f", a / b }')
ratio_ical=$(awk -v a="${st[2]}" -v b="${st[0]}" 'BEGIN { printf "%.2f", a / b }')
row "start-up: 'foiclock due 2026-06-01' vs a C program printing a line (median wall time)" \
    "${st[1]} us vs ${st[0]} us: ${ratio}x" "<= 2x" "$(verdict "$ratio" 2 "<=")"
row "start-up: the same one-line program linked against libical (for scale)" \
    "${st[2]} us: ${ratio_ical}x" "kept off every foiclock command" "met (not linked)"

# ---- loading the library ----

note "dlopen + first answer: $starts fresh processes for each library"
loads=$((starts / 2))
relocs() { readelf -rW "$1" | grep -c '^[0-9a-f]' || true; }
so_t=$(find "$build/src" -maxdepth 1 -name 'libfoiclock.so.*.*.*' | head -1)
so_c=$(find "$build-bench-compact/src" -maxdepth 1 -name 'libfoiclock.so.*.*.*' | head -1)
read -r load_t _ < <("$b/foiclock_dlopen" "$so_t" "$loads")
read -r load_c _ < <("$b/foiclock_dlopen" "$so_c" "$loads")
tables_o=$build/src/CMakeFiles/foiclock_obj.dir/builtin_tables.c.o
trel=$(readelf -rW "$tables_o" | awk '/^Relocation section/ { s = $3 } /^[0-9a-f]/ && s !~ /debug/ { n++ }
    END { print n + 0 }')
row "dlopen libfoiclock.so + first deadline ('foia.response' from 2026-06-01, with its working), fresh process (median)" \
    "$load_t us" "< 200 us" "$(verdict "$load_t" 200 "<=")"
row "relocations the loader applies to libfoiclock.so (in the built-in tables)" \
    "$(relocs "$so_t") ($trel)" "none in the tables" "$(verdict "$trel" 0 "<=")"
strip -o "$work/compact.so" "$so_c"
row "compact library (FOICLOCK_TABLES=OFF): dlopen + first deadline, deriving the uk calendar (median)" \
    "$load_c us" "reported" "-"
csize="libfoiclock.so $(($(stat -c %s "$work/compact.so") / 1024)) KiB stripped"
if [ "$have_wasm" = 1 ]; then
    clang-14 --target=wasm32-wasi -O2 -nostartfiles -Wl,--no-entry -Wl,--export-dynamic \
        -Wl,--strip-all -Wl,--whole-archive "$build-bench-wasm/src/libfoiclock.a" -Wl,--no-whole-archive \
        -o "$work/foiclock.wasm"
    wraw=$(stat -c %s "$work/foiclock.wasm")
    wgz=$(gzip -9 -c "$work/foiclock.wasm" | wc -c)
    csize="$csize; wasm32-wasi module $((wraw / 1024)) KiB, $((wgz / 1024)) KiB gzipped"
    row "compact library: size" "$csize" "wasm < 300 KiB gzipped" "$(verdict "$((wgz / 1024))" 300 "<=")"
else
    note "skipped the WebAssembly size: clang-14, llvm-14 or wasi-libc is not installed"
    row "compact library: size" "$csize; wasm skipped (no clang-14/wasi-libc)" "reported" "-"
fi

# ---- footprint ----

tables=$build/src/CMakeFiles/foiclock_obj.dir/builtin_tables.c.o
tbytes=$(size -A "$tables" | awk '$1 ~ /^\.(rodata|data)/ { s += $2 } END { print s }')
tkib=$(awk -v b="$tbytes" 'BEGIN { printf "%.0f", b / 1024 }')
row "built-in tables (holiday data and cumulative working-day tables, all four calendars)" \
    "$tkib KiB" "< 2048 KiB" "$(verdict "$tkib" 2048 "<=")"
strip -o "$work/foiclock.stripped" "$fc"
so=$(find "$build/src" -maxdepth 1 -name 'libfoiclock.so.*.*.*' | head -1)
sizes="CLI $(($(stat -c %s "$work/foiclock.stripped") / 1024)) KiB stripped"
if [ -n "$so" ]; then
    strip -o "$work/lib.so" "$so"
    sizes="$sizes; libfoiclock.so $(($(stat -c %s "$work/lib.so") / 1024)) KiB stripped"
fi
sizes="$sizes; libfoiclock.a $(($(stat -c %s "$build/src/libfoiclock.a") / 1024)) KiB"
row "binary sizes" "$sizes" "reported" "-"

# ---- the web page ----

if [ -f "$build/web/index.html" ] && command -v node >/dev/null; then
    note "web page: src/web/bench.mjs"
    if web_rows=$(node src/web/bench.mjs "$build/web" $([ "$quick" = 1 ] && echo --quick)); then
        while IFS= read -r line; do table+=("$line"); done <<<"$web_rows"
    else
        row "web page" "failed (see above)" "see src/web/bench.mjs" "not measured"
    fi
else
    row "web page" "skipped: build with -DFOICLOCK_BUILD_WEB=ON" "see src/web/bench.mjs" \
        "not measured"
fi

# ---- Python ----

if [ -d "$build/python/foiclock" ] && [ -n "$numpy_py" ]; then
    "$numpy_py" -c 'import workalendar' 2>/dev/null || apt_install python3-workalendar || true
    note "Python module ($numpy_py tests/bench/bench_python.py)"
    cmake --build "$build" -j2 --target foiclock_python foiclock_python_ical >/dev/null
    quick_flag=()
    [ "$quick" = 1 ] && quick_flag=(--quick)
    while IFS= read -r line; do
        table+=("$line")
    done < <("$numpy_py" tests/bench/bench_python.py --build "$build" "${quick_flag[@]}")
else
    note "skipped the Python module: configure with -DFOICLOCK_BUILD_PYTHON=ON"
fi

# ---- the table ----

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
os=$(sed -n 's/^PRETTY_NAME="\(.*\)"$/\1/p' /etc/os-release 2>/dev/null || true)
cc=$(awk -F= '/^CMAKE_C_COMPILER:/ { print $2 }' "$build/CMakeCache.txt" 2>/dev/null)
ccv=$("${cc:-cc}" --version 2>/dev/null | head -1 || true)
btype=$(awk -F= '/^CMAKE_BUILD_TYPE:/ { print $2 }' "$build/CMakeCache.txt" 2>/dev/null)
echo
echo "Machine: ${cpu:-unknown CPU}, $(nproc) cores, ${os:-$(uname -s)}; $ccv; ${btype:-default} build."
echo "Load while measuring: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)."
echo
echo "| measure | result | target | verdict |"
echo "|---|---|---|---|"
printf '%s\n' "${table[@]}"
