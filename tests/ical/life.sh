#!/usr/bin/env bash
# A FOIA request through its life, exported after each step into one -o
# file, each file read back by python3-icalendar (check_life.py): received
# Monday 1 June 2026; clarification asked for on 3 June (the clock stops);
# clarification received on 10 June (it restarts); answered on 2 July;
# review asked for on 14 July and answered on 28 July. Then two authorities
# with the same refs in one caseload, and a repeated ref.
# With a second argument, the directory where ical.js is installed (npm ci
# of tests/ical/node), the files are also read with ical.js.
# usage: life.sh PATH/TO/foiclock [ICALJS_DIR]
set -euo pipefail
bin=$1
icaljs=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
# Debian's python3 is the one that sees python3-icalendar.
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3 || true)
[ -n "$py" ] || { echo "SKIP: python3 is not installed"; exit 77; }
"$py" -c 'import icalendar' 2>/dev/null || { echo "SKIP: python3-icalendar is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FOICLOCK_TODAY=2026-06-02
unset SOURCE_DATE_EPOCH

steps=(
    "--received 2026-06-01"
    "--received 2026-06-01 --clarification-requested 2026-06-03"
    "--received 2026-06-01 --clarification-requested 2026-06-03 --clarification-received 2026-06-10"
    "--received 2026-06-01 --clarification-requested 2026-06-03 --clarification-received 2026-06-10 --responded 2026-07-02"
    "--received 2026-06-01 --clarification-requested 2026-06-03 --clarification-received 2026-06-10 --responded 2026-07-02 --review-requested 2026-07-14"
    "--received 2026-06-01 --clarification-requested 2026-06-03 --clarification-received 2026-06-10 --responded 2026-07-02 --review-requested 2026-07-14 --review-responded 2026-07-28"
)
days=(2026-06-02 2026-06-04 2026-06-11 2026-07-03 2026-07-15 2026-07-29)
args=()
for i in "${!steps[@]}"; do
    # each step is exported on its own day, "today" moving on
    # shellcheck disable=SC2086
    FOICLOCK_TODAY=${days[$i]} "$bin" timeline ${steps[$i]} --ref FOI-77 --remind 5,1 \
        --format ics -o "$work/case.ics"
    cp "$work/case.ics" "$work/step$i.ics"
    # shellcheck disable=SC2086
    FOICLOCK_TODAY=${days[$i]} "$bin" timeline ${steps[$i]} --ref FOI-77 --format json \
        >"$work/step$i.json"
    args+=("$work/step$i.ics" "$work/step$i.json")
done
"$py" "$here/check_life.py" "${args[@]}"
if [ -n "$icaljs" ]; then
    node "$here/node/check_life.mjs" "$icaljs/node_modules" "${args[@]}"
fi

# Two authorities, the same refs: four cases, four response events with
# four UIDs; the same authority and ref again is refused for that row.
printf 'authority,ref,received\nAnytown Council,FOI-1,2026-06-01\nOthertown Council,FOI-1,2026-06-01\nAnytown Council,FOI-2,2026-06-01\nOthertown Council,FOI-2,2026-06-01\nOthertown Council,FOI-2,2026-06-02\n' \
    >"$work/two.csv"
if "$bin" batch "$work/two.csv" --format ics -o "$work/two.ics" 2>"$work/err"; then
    echo "FAIL: a repeated authority and ref was accepted"
    exit 1
fi
grep -q "line 6: ref 'FOI-2' at 'Othertown Council' is already the ref of the case on line 5" \
    "$work/err" || { cat "$work/err"; exit 1; }
"$py" - "$work/two.ics" <<'PY'
import sys
import icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
uids = [str(e["UID"]) for e in cal.walk("VEVENT")]
assert len(uids) == len(set(uids)), uids
resp = sorted(u for u in uids if u.startswith("foia.response~"))
assert resp == sorted([
    "foia.response~foia~Anytown_20Council~FOI-1@foiclock",
    "foia.response~foia~Othertown_20Council~FOI-1@foiclock",
    "foia.response~foia~Anytown_20Council~FOI-2@foiclock",
    "foia.response~foia~Othertown_20Council~FOI-2@foiclock",
]), resp
print(f"ok: {sys.argv[1]}: {len(uids)} events, one UID each, two authorities apart")
PY
