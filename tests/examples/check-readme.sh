#!/usr/bin/env bash
# The README shows tests/examples/*.c: each example, without its opening
# comment, must appear verbatim as one of the README's C code blocks, so
# that what the README shows is what the tests build and run.
#
# usage: check-readme.sh README.md EXAMPLE.c...
set -euo pipefail
readme=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v dir="$work" '
    /^```c$/ { n++; out = dir "/block" n; inside = 1; next }
    /^```/ { inside = 0; next }
    inside { print > out }' "$readme"
status=0
for example in "$@"; do
    # Drop the comment the file opens with: the README introduces it in prose.
    awk 'body || !/^( \/\*| \*|\/\*)/ { body = 1; print }' "$example" >"$work/example"
    found=0
    for block in "$work"/block*; do
        cmp -s "$block" "$work/example" && found=1
    done
    if [ "$found" = 1 ]; then
        echo "ok: $(basename "$example") is in $(basename "$readme")"
    else
        echo "FAIL: no C block of $readme is $example"
        status=1
    fi
done
exit "$status"
