#!/usr/bin/env python3
"""Checks a series of exports of one calendar file, read with the python
icalendar package (a parser independent of foiclock and libical).

usage: check_life.py STEP.ics STEP.json [STEP.ics STEP.json ...]
Each STEP.ics is the -o file after one step of a case's life, and STEP.json
what 'foiclock timeline --format json' says of the case at that step. Checks:
every file is UTF-8 with at least one component; every UID once seen stays
in every later file; SEQUENCE never goes down, and goes up when an event
changes; each deadline with a date is a CONFIRMED event on that date,
ringing (VALARM) only while it is still to be met; every other event is
CANCELLED and silent."""
import json
import sys

import icalendar

RINGING = {"pending", "due-today", "overdue"}


def events(path):
    raw = open(path, "rb").read()
    raw.decode("utf-8")  # raises on bytes that are not UTF-8
    cal = icalendar.Calendar.from_ical(raw)
    assert cal.subcomponents, f"{path}: a calendar without a component"
    out = {}
    for e in cal.walk("VEVENT"):
        uid = str(e["UID"])
        assert uid not in out, f"{path}: two events with UID {uid}"
        out[uid] = e
    return out


def main():
    args = sys.argv[1:]
    seen = {}  # uid -> (sequence, dtstart, status, alarms)
    for path, jpath in zip(args[0::2], args[1::2]):
        evs = events(path)
        case = json.load(open(jpath))
        ref, regime = case["case"]["ref"], case["case"]["regime"]
        live = {}
        for d in case["deadlines"]:
            if d["due"] is not None:
                live[f"{d['rule']}~{regime}~~{ref}@foiclock"] = d
        for uid in seen:
            assert uid in evs, f"{path}: {uid} was lost"
        for uid, e in evs.items():
            seq = int(e["SEQUENCE"])
            status = str(e.get("STATUS", ""))
            alarms = len(e.walk("VALARM"))
            start = e["DTSTART"].dt.isoformat()
            if uid in live:
                d = live[uid]
                assert status == "CONFIRMED", f"{path}: {uid} is {status}"
                assert start == d["due"], f"{path}: {uid} on {start}, due {d['due']}"
                want = 2 if d["status"] in RINGING else 0
                assert alarms == want, f"{path}: {uid} ({d['status']}) has {alarms} alarms"
            else:
                assert status == "CANCELLED", f"{path}: {uid} left the case but is {status!r}"
                assert alarms == 0, f"{path}: cancelled {uid} still rings"
            if uid in seen:
                old = seen[uid]
                assert seq >= old[0], f"{path}: {uid} SEQUENCE {old[0]} -> {seq}"
                if (start, status, alarms) != old[1:]:
                    assert seq > old[0], f"{path}: {uid} changed but kept SEQUENCE {seq}"
            seen[uid] = (seq, start, status, alarms)
        for uid in live:
            assert uid in evs, f"{path}: no event for {uid}"
        print(f"ok: {path}: {len(evs)} events, {len(live)} live")


if __name__ == "__main__":
    main()
