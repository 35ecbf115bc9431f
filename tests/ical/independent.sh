#!/usr/bin/env bash
# Exports calendars with the foiclock CLI and reads them back with a parser
# that is not libical (python3-icalendar), checking dates and alarm instants.
# usage: independent.sh PATH/TO/foiclock
set -euo pipefail
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
# Debian's python3 is the one that sees python3-icalendar.
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3 || true)
[ -n "$py" ] || { echo "SKIP: python3 is not installed"; exit 77; }
"$py" -c 'import icalendar' 2>/dev/null || { echo "SKIP: python3-icalendar is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FOICLOCK_TODAY=2026-11-26
unset SOURCE_DATE_EPOCH

# Winter: the README case (response due 1 Dec 2026, met on 24 Nov, so no
# alarm; review window to 26 Jan 2027); alarms at 09:00 GMT = 09:00 UTC, 5
# and 1 working days before.
"$bin" timeline --received 2026-11-02 --responded 2026-11-24 --ref FOI-2026-0412 \
    --format ics -o "$work/winter.ics"
"$py" "$here/check_ics.py" "$work/winter.ics" \
    "foia.response~foia~~FOI-2026-0412@foiclock=2026-12-01" \
    "foia.review-request~foia~~FOI-2026-0412@foiclock=2027-01-26@20270119T0900Z,20270125T0900Z"

# Summer: due Tue 30 June 2026 (15 June skipped); alarms at 09:00 BST = 08:00 UTC.
"$bin" due 2026-06-01 --ref S1 --remind 5,1 --format ics -o "$work/summer.ics"
"$py" "$here/check_ics.py" "$work/summer.ics" \
    "foia.response~foia~~S1@foiclock=2026-06-30@20260623T0800Z,20260629T0800Z"

# No alarms, and a holiday calendar.
"$bin" due 2026-06-01 --ref S2 --remind none --format ics -o "$work/quiet.ics"
"$py" "$here/check_ics.py" "$work/quiet.ics" "foia.response~foia~~S2@foiclock=2026-06-30"
"$bin" holidays 2026 --calendar scotland --format ics -o "$work/holidays.ics"
"$py" "$here/check_ics.py" "$work/holidays.ics" \
    "20260615-world-cup-bank-holiday-scotland@foiclock=2026-06-15" \
    "20261228-boxing-day-substitute-scotland@foiclock=2026-12-28"
