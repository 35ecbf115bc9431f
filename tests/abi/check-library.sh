#!/usr/bin/env bash
# Checks the built library against what the project promises embedders:
#   - the shared library exports exactly the functions the public headers
#     declare with FOICLOCK_EXPORT, and foiclock(3) documents exactly those;
#   - its soname is libfoiclock.so.SOVERSION (major.minor while the
#     version is 0.x, then the major);
#   - no object of the library has mutable global data (.data or .bss; the
#     per-thread error message lives in thread-local storage), except the
#     built-in calendars' one-time fill, whose symbols are all named
#     foi_lazy_* (src/lib/builtin.c says how it stays invisible to callers);
#   - every public struct that may grow (options and the case) starts with
#     a version field and has its _VERSION and _INIT macros;
#   - nothing in it can print, exit or abort: it references no stdio
#     output, exit or abort function and neither stdout nor stderr.
#
# usage: check-library.sh LIBFOICLOCK.so LIBFOICLOCK.a MAN3_PAGE SOVERSION INCLUDE_DIR...
#   (the source include directory and the build's generated one)
set -euo pipefail
so=$1 archive=$2 man=$3 sover=$4
shift 4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() {
    printf 'FAIL: %s\n' "$*"
    failed=1
}

nm -D --defined-only "$so" | awk '{print $3}' | sort >"$work/exported"
declared() { grep -oE 'FOICLOCK_EXPORT [^(]*\(' | grep -oE 'foi_[a-z0-9_]+ *\($' | tr -d ' (' | sort; }
for dir in "$@"; do
    for h in "$dir"/foiclock/*.h; do [ "$(basename "$h")" = ical.h ] || cat "$h"; done
done | declared >"$work/declared"
# Only the first name on each line is the function; later ones are types.
grep -E '^\.B "' "$man" | sed -E 's/^[^(]*[ *](foi_[a-z0-9_]+)\(.*/\1/' | grep -E '^foi_' |
    sort -u >"$work/documented"

# Reading iCalendar lives in libfoiclock-ical (<foiclock/ical.h>), beside the
# core library; writing it is in the core.
for dir in "$@"; do [ ! -f "$dir/foiclock/ical.h" ] || cat "$dir/foiclock/ical.h"; done |
    declared >"$work/declared_ics"
comm -12 "$work/documented" "$work/declared_ics" >"$work/documented_ics"
comm -23 "$work/documented" "$work/declared_ics" >"$work/x" && mv "$work/x" "$work/documented"
ical="$(dirname "$so")/libfoiclock-ical.so"
if [ -e "$ical" ]; then
    nm -D --defined-only "$ical" | awk '{print $3}' | sort >"$work/exported_ics"
    diff -u "$work/declared_ics" "$work/exported_ics" ||
        fail "libfoiclock-ical exports (+) differ from <foiclock/ical.h> (-)"
    diff -u "$work/declared_ics" "$work/documented_ics" ||
        fail "foiclock(3) does not document (-) every function of <foiclock/ical.h>"
fi

n=$(wc -l <"$work/exported")
[ "$n" -gt 0 ] || fail "the shared library exports nothing"
if ! diff -u "$work/declared" "$work/exported" >"$work/diff1"; then
    fail "exported symbols (+) differ from FOICLOCK_EXPORT declarations (-):"
    cat "$work/diff1"
fi
if ! diff -u "$work/documented" "$work/exported" >"$work/diff2"; then
    fail "exported symbols (+) differ from the functions foiclock(3) documents (-):"
    cat "$work/diff2"
fi
echo "symbols: $n exported, $(wc -l <"$work/declared") declared, $(wc -l <"$work/documented") documented"

soname=$(readelf -d "$so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = "libfoiclock.so.$sover" ] || fail "soname is '$soname', want libfoiclock.so.$sover"
echo "soname: $soname"

# Mutable data per object: every .data or .bss section must be empty, or
# hold only foi_lazy_* symbols (.data.rel.ro is read-only once loaded).
objdump -t "$archive" | awk '
    /^In archive/ { next }
    /file format/ { obj = $1; sub(/:$/, "", obj); next }
    NF >= 5 {
        sec = $(NF - 2); name = $NF
        if (sec ~ /^\.(data|bss)/ && sec !~ /^\.data\.rel\.ro/ && name != sec && name !~ /^foi_lazy_/)
            print obj, sec, name
    }' >"$work/globals"
size -A "$archive" | awk '
    /^.* \(ex / { obj = $1 }
    $1 == ".data" || $1 == ".bss" { if ($2 > 0) print obj, $1, $2 }' >"$work/sized"
objdump -t "$archive" | awk '/file format/ { obj = $1; sub(/:$/, "", obj) }
    $NF ~ /^foi_lazy_/ { print obj }' | sort -u >"$work/lazy"
# A section with bytes in an object without foi_lazy_ symbols is anonymous state.
awk 'NR == FNR { lazy[$1] = 1; next } !($1 in lazy)' "$work/lazy" "$work/sized" >>"$work/globals"
if [ -s "$work/globals" ]; then
    fail "mutable global data:"
    cat "$work/globals"
fi
echo "one-time state: $(objdump -t "$archive" | awk '$NF ~ /^foi_lazy_/ { print $NF }' | sort -u |
    tr '\n' ' ')"

# Structs that may grow: version first, and the macros to initialise them.
for pair in foi_deadline_options:FOI_DEADLINE_OPTIONS foi_batch_options:FOI_BATCH_OPTIONS \
    foi_ics_options:FOI_ICS_OPTIONS foi_case:FOI_CASE; do
    st=${pair%%:*} mac=${pair#*:}
    hdrs=$(for dir in "$@"; do cat "$dir"/foiclock/*.h; done)
    grep -A1 "^typedef struct $st {" <<<"$hdrs" | tail -1 | grep -qE '^ *unsigned version;' ||
        fail "struct $st does not start with 'unsigned version;'"
    grep -qE "^#define ${mac}_VERSION [0-9]+" <<<"$hdrs" || fail "no ${mac}_VERSION"
    grep -qE "^#define ${mac}_INIT" <<<"$hdrs" || fail "no ${mac}_INIT"
done

forbidden='printf|vprintf|fprintf|vfprintf|dprintf|puts|fputs|fputc|putc|putchar|fwrite|write|perror|exit|_exit|_Exit|quick_exit|abort|__assert_fail|syslog|err|errx|warn|warnx|stdout|stderr|__printf_chk|__fprintf_chk|__vfprintf_chk'
nm --defined-only "$archive" | awk 'NF == 3 {print $3}' | sort -u >"$work/defined"
nm -u "$archive" | awk '{print $2}' | grep -E '^[a-zA-Z_]' | sort -u |
    comm -23 - "$work/defined" >"$work/undefined"
grep -xE "$forbidden" "$work/undefined" >"$work/calls" || true
if [ -s "$work/calls" ]; then
    fail "the library references functions that print, exit or abort:"
    cat "$work/calls"
fi
echo "external references: $(tr '\n' ' ' <"$work/undefined")"
[ "$failed" -eq 0 ] && echo "ok"
exit "$failed"
