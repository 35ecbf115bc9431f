#!/usr/bin/env bash
# Installs a built foiclock into a scratch prefix and uses it the way another
# project would:
#   - the installed tree holds the libraries (shared with its soname links,
#     static), the headers, foiclock.pc, the CMake package, the CLI and the
#     man pages;
#   - tests/examples/due.c builds and runs against it with pkg-config and
#     with find_package(foiclock), each linked shared and static (and the
#     static programs do not need libfoiclock.so);
#   - each installed header compiles on its own as C99, C11, C++11 and C++17;
#   - the versions of the macros, the library, pkg-config and the CMake
#     package agree;
#   - the installed CLI, its bash completion and man pages work, including the iCalendar plugin
#     (an export and a --holidays import) from a prefix that is not the
#     configured one and from a DESTDIR staging install, where the
#     configured plugin directory does not hold it;
#   - the installed CLI finds holiday files installed into the user's data
#     directory, and names the system directory of the configured sysconfdir.
#
# usage: run.sh CMAKE BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
cmake=$1 build=$2 src=$3 version=$4
cc=${CC:-cc}
cxx=${CXX:-c++}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
expected="Tuesday 30 June 2026"
example=$src/tests/examples/due.c

step() { printf '== %s\n' "$*"; }
die() {
    printf 'FAIL: %s\n' "$*"
    exit 1
}

step "install into a scratch prefix"
"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log"
libdir=$(dirname "$(find "$prefix" -name 'libfoiclock.so' | head -n 1)")
[ -d "$libdir" ] || die "no libfoiclock.so installed"
# While the version is 0.x the soname carries major.minor; from 1.0 the major.
if [ "${version%%.*}" = 0 ]; then sover=${version%.*}; else sover=${version%%.*}; fi
for f in "$libdir/libfoiclock.so.$version" "$libdir/libfoiclock.so.$sover" \
    "$libdir/libfoiclock.a" "$libdir/pkgconfig/foiclock.pc" \
    "$libdir/cmake/foiclock/foiclockConfig.cmake" \
    "$libdir/cmake/foiclock/foiclockConfigVersion.cmake" "$prefix/bin/foiclock" \
    "$prefix/share/man/man1/foiclock.1" "$prefix/share/man/man3/foiclock.3"; do
    [ -e "$f" ] || die "not installed: ${f#"$prefix"/}"
done
headers=$(cd "$prefix/include/foiclock" && ls ./*.h)
for h in foiclock.h version.h export.h error.h date.h calendar.h rules.h timeline.h; do
    [ -f "$prefix/include/foiclock/$h" ] || die "header not installed: $h"
done
soname=$(readelf -d "$libdir/libfoiclock.so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = "libfoiclock.so.$sover" ] || die "soname is '$soname', want libfoiclock.so.$sover"

# run NAME PROGRAM SHARED: runs a built program and checks how it was linked.
run() {
    local name=$1 prog=$2 shared=$3 out
    out=$(LD_LIBRARY_PATH="$libdir" "$prog") || die "$name: exit status $?"
    [ "$out" = "$expected" ] || die "$name: printed '$out', want '$expected'"
    if readelf -d "$prog" | grep -q 'NEEDED.*libfoiclock'; then
        [ "$shared" = 1 ] || die "$name: a static build needs libfoiclock.so"
    else
        [ "$shared" = 0 ] || die "$name: a shared build does not use libfoiclock.so"
    fi
    echo "ok: $name"
}

step "pkg-config"
export PKG_CONFIG_PATH=$libdir/pkgconfig
pc_version=$(pkg-config --modversion foiclock)
[ "$pc_version" = "$version" ] || die "pkg-config says version $pc_version, want $version"
# shellcheck disable=SC2046
$cc -std=c11 -Wall -Wextra -Werror -o "$work/pc-shared" "$example" \
    $(pkg-config --cflags --libs foiclock)
run "pkg-config, shared" "$work/pc-shared" 1
# shellcheck disable=SC2046
$cc -std=c11 -Wall -Wextra -Werror -o "$work/pc-static" "$example" \
    $(pkg-config --cflags --static foiclock) \
    -Wl,-Bstatic $(pkg-config --libs --static foiclock) -Wl,-Bdynamic
run "pkg-config, static" "$work/pc-static" 0

step "find_package(foiclock)"
for kind in shared static; do
    target=foiclock::foiclock
    [ "$kind" = static ] && target=foiclock::foiclock_static
    "$cmake" -S "$src/tests/install" -B "$work/cmake-$kind" -DCMAKE_PREFIX_PATH="$prefix" \
        -DFOICLOCK_EXAMPLE="$example" -DFOICLOCK_TARGET="$target" \
        -DFOICLOCK_EXPECT_VERSION="$version" >"$work/cmake-$kind.log" ||
        { cat "$work/cmake-$kind.log"; die "configuring with find_package ($kind)"; }
    "$cmake" --build "$work/cmake-$kind" >>"$work/cmake-$kind.log" ||
        { cat "$work/cmake-$kind.log"; die "building with find_package ($kind)"; }
    run "find_package, $kind" "$work/cmake-$kind/consumer" "$([ $kind = shared ] && echo 1 || echo 0)"
done

step "each header alone, as C and C++"
for h in $headers; do
    h=${h#./}
    # A declaration after it: a header of macros alone is an empty unit.
    tu="#include <foiclock/$h>
typedef int header_test;"
    for std in c99 c11; do
        echo "$tu" | $cc -std=$std -Wall -Wextra -Wpedantic -Werror \
            -I"$prefix/include" -x c -fsyntax-only - || die "$h as $std"
    done
    for std in c++11 c++17; do
        echo "$tu" | $cxx -std=$std -Wall -Wextra -Wpedantic -Werror \
            -I"$prefix/include" -x c++ -fsyntax-only - || die "$h as $std"
    done
done
echo "ok: $(echo "$headers" | wc -w) headers"

step "versions agree, and C++ links"
cat >"$work/version.cpp" <<'EOF'
#include <cstdio>
#include <cstring>
#include <foiclock/foiclock.h>

int main()
{
    char macro[32];
    std::snprintf(macro, sizeof macro, "%d.%d.%d", FOICLOCK_VERSION_MAJOR, FOICLOCK_VERSION_MINOR,
                  FOICLOCK_VERSION_PATCH);
    bool agree = foi_version_number() == FOICLOCK_VERSION_NUMBER &&
                 std::strcmp(foi_version_string(), FOICLOCK_VERSION_STRING) == 0 &&
                 std::strcmp(macro, FOICLOCK_VERSION_STRING) == 0;
    std::printf("%s\n", foi_version_string());
    return agree ? 0 : 1;
}
EOF
# shellcheck disable=SC2046
$cxx -std=c++11 -Wall -Wextra -Werror -o "$work/version" "$work/version.cpp" \
    $(pkg-config --cflags --libs foiclock)
lib_version=$(LD_LIBRARY_PATH="$libdir" "$work/version") || die "version macros and library differ"
[ "$lib_version" = "$version" ] || die "the library says $lib_version, want $version"
echo "ok: $version everywhere"

step "the installed CLI and man pages"
first=$("$prefix/bin/foiclock" due 2026-06-01 | head -n 1)
[ "$first" = "FOI response due: $expected" ] || die "installed CLI printed '$first'"
[ "$("$prefix/bin/foiclock" --version)" = "foiclock $version" ] || die "foiclock --version"
# cli_ics LABEL BIN: the plugin found from where BIN lies.
cli_ics() {
    local label=$1 bin=$2 out
    out=$(env -u FOICLOCK_PLUGIN "$bin" due 2026-06-01 --format ics --ref R1 2>&1) ||
        die "$label: iCalendar export failed: $out"
    case $out in
    BEGIN:VCALENDAR*"DTSTART;VALUE=DATE:20260630"*END:VCALENDAR*) ;;
    *) die "$label: iCalendar export printed '$out'" ;;
    esac
    out=$(env -u FOICLOCK_PLUGIN "$bin" due 2026-12-01 --regime foisa \
        --holidays "$src/holidays/scotland.ics" 2>&1 | head -n 1) ||
        die "$label: --holidays import failed: $out"
    # FOISA s.10(1): 20 working days after Tuesday 1 December 2026, skipping
    # 25 and 28 December 2026 (holidays/scotland.ics).
    [ "$out" = "FOISA response due: Thursday 31 December 2026" ] ||
        die "$label: --holidays import printed '$out'"
    echo "ok: $label: iCalendar export and --holidays import"
}
configured=$(sed -n 's/^CMAKE_INSTALL_PREFIX:[A-Z]*=//p' "$build/CMakeCache.txt")
[ "$configured" != "$prefix" ] || die "the scratch prefix is the configured one"
cli_ics "relocated prefix" "$prefix/bin/foiclock"
# Moving the whole tree keeps the plugin beside it.
mv "$prefix" "$work/moved"
cli_ics "moved prefix" "$work/moved/bin/foiclock"
mv "$work/moved" "$prefix"
DESTDIR=$work/stage "$cmake" --install "$build" >"$work/stage.log"
staged=$work/stage$configured/bin/foiclock
[ -x "$staged" ] || die "DESTDIR install: no $staged"
cli_ics "DESTDIR staging" "$staged"
# The override is honoured, and a wrong one is named in the error.
out=$(FOICLOCK_PLUGIN=$work/none.so "$prefix/bin/foiclock" due 2026-06-01 \
    --holidays "$src/holidays/scotland.ics" 2>&1) &&
    die "a missing FOICLOCK_PLUGIN was not reported"
case $out in
*"FOICLOCK_PLUGIN=$work/none.so"*) ;;
*) die "missing FOICLOCK_PLUGIN: '$out'" ;;
esac
echo "ok: FOICLOCK_PLUGIN override"

# Holiday files in the user's data directory are found by the installed CLI
# (an iCalendar one through the plugin found relative to it), and calendars
# names the system directory of the configured sysconfdir.
xdg=$work/xdg
out=$(env -u FOICLOCK_HOLIDAYS_DIR XDG_DATA_HOME="$xdg" "$prefix/bin/foiclock" install-holidays \
    "$src/tests/data/localdata/bank-holidays-2029.json" 2>&1) || die "install-holidays: $out"
[ -f "$xdg/foiclock/holidays/bank-holidays.json" ] ||
    die "install-holidays did not write $xdg/foiclock/holidays/bank-holidays.json: $out"
out=$(env -u FOICLOCK_HOLIDAYS_DIR XDG_DATA_HOME="$xdg" "$prefix/bin/foiclock" install-holidays \
    "$src/tests/data/localdata/scotland-newer.ics" 2>&1) || die "install-holidays (ics): $out"
# FOIA, received 20 June 2029: Monday 2 July 2029 (the feed's made-up
# Scottish day) and 12 July skipped, due Friday 20 July 2029; Friday 7 May
# 2027 is the newer Scottish file's made-up day (tests/data/localdata).
got=$(env -u FOICLOCK_HOLIDAYS_DIR XDG_DATA_HOME="$xdg" "$prefix/bin/foiclock" due 2029-06-20)
case $got in
"FOI response due: Friday 20 July 2029"*"Holidays: built-in to 2028 + bank-holidays.json (2029) + scotland.ics (2027)."*) ;;
*) die "installed CLI with local holiday files printed '$got'" ;;
esac
env -u FOICLOCK_HOLIDAYS_DIR XDG_DATA_HOME="$xdg" "$staged" is-working-day 2027-05-07 >/dev/null &&
    die "the staged CLI does not see the local iCalendar file"
got=$(env -u FOICLOCK_HOLIDAYS_DIR XDG_DATA_HOME="$xdg" "$prefix/bin/foiclock" due 2029-06-20 \
    --no-local-holidays | head -n 1)
[ "$got" = "FOI response due: Thursday 19 July 2029" ] || die "--no-local-holidays printed '$got'"
sysconf=$(sed -n 's/^CMAKE_INSTALL_SYSCONFDIR:[A-Z]*=//p' "$build/CMakeCache.txt")
case $sysconf in
/*) ;;
*) if [ "$configured" = /usr ]; then sysconf=/etc; else sysconf=$configured/$sysconf; fi ;;
esac
got=$(env -u FOICLOCK_HOLIDAYS_DIR XDG_DATA_HOME="$xdg" "$prefix/bin/foiclock" calendars)
case $got in
*"read from $sysconf/foiclock/holidays and $xdg/foiclock/holidays."*) ;;
*) die "calendars does not name $sysconf/foiclock/holidays and $xdg/foiclock/holidays: '$got'" ;;
esac
echo "ok: local holiday data ($xdg/foiclock/holidays; system directory $sysconf/foiclock/holidays)"

# Bash completion, installed where bash-completion looks, completes
# commands, options and rule ids from the installed CLI.
comp=$prefix/share/bash-completion/completions/foiclock
[ -f "$comp" ] || die "not installed: share/bash-completion/completions/foiclock"
got=$(PATH="$prefix/bin:$PATH" bash -c '
    source "$1"
    c() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _foiclock; echo "${COMPREPLY[*]}"; }
    c foiclock dea; c foiclock deadline foia.review-req; c foiclock due 2026-06-01 --reg
    c foiclock add 2026-06-01 3 --calendar sc; c foiclock due to; c foiclock timeline --received y
    c foiclock batch --column review_re
    c foiclock timeline --responded 2026-06-01 --compl; c foiclock timeline --for a
    c foiclock timeline --received 2019-03-01 --direction-g
    c foiclock timeline --received 2019-03-01 --direction-ground out
    c foiclock deadline foia.arm' _ "$comp")
want="deadline
foia.review-request
--regime
scotland
today tomorrow
yesterday
review_requested= review_responded=
--complained
authority
--direction-ground
outside-uk
foia.armed-forces"
[ "$got" = "$want" ] || die "bash completion gave '$got', want '$want'"
echo "ok: bash completion"

if command -v groff >/dev/null; then
    for m in man1/foiclock.1 man3/foiclock.3; do
        warnings=$(groff -man -Tutf8 -ww -z "$prefix/share/man/$m" 2>&1)
        [ -z "$warnings" ] || die "$m: $warnings"
    done
    echo "ok: CLI and man pages"
else
    echo "ok: CLI (groff not installed: man pages not rendered)"
fi
