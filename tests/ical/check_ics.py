#!/usr/bin/env python3
"""Reads an iCalendar file with the python icalendar package (a parser
independent of libical) and checks each expected event.

usage: check_ics.py FILE UID=YYYY-MM-DD[@ALARM1,ALARM2...] ...
where each ALARM is a UTC instant YYYYMMDDTHHMMZ. Exits 77 (skip) when the
icalendar package is missing."""
import datetime
import sys

try:
    import icalendar
except ImportError:
    print("SKIP: python3-icalendar is not installed")
    sys.exit(77)


def main():
    path, expectations = sys.argv[1], sys.argv[2:]
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert cal["VERSION"] == "2.0", "VERSION"
    for e in events.values():
        start, end = e["DTSTART"].dt, e["DTEND"].dt
        assert isinstance(start, datetime.date) and not isinstance(start, datetime.datetime), \
            f"{e['UID']}: DTSTART is not a date"
        assert end - start == datetime.timedelta(days=1), f"{e['UID']}: DTEND is not DTSTART + 1"
        assert str(e["TRANSP"]) == "TRANSPARENT"
        for key in ("SUMMARY", "DESCRIPTION", "DTSTAMP", "SEQUENCE", "LAST-MODIFIED"):
            assert key in e, f"{e['UID']}: no {key}"
    for spec in expectations:
        uid, rest = spec.split("=", 1)
        date, _, alarms = rest.partition("@")
        assert uid in events, f"{uid}: missing (have {sorted(events)})"
        e = events[uid]
        got = e["DTSTART"].dt.isoformat()
        assert got == date, f"{uid}: DTSTART {got}, want {date}"
        want = [a for a in alarms.split(",") if a]
        have = []
        for alarm in e.walk("VALARM"):
            assert str(alarm["ACTION"]) == "DISPLAY"
            assert "DESCRIPTION" in alarm
            t = alarm["TRIGGER"].dt
            assert isinstance(t, datetime.datetime) and t.utcoffset() == datetime.timedelta(0), \
                f"{uid}: trigger {t!r} is not an absolute UTC time"
            have.append(t.strftime("%Y%m%dT%H%MZ"))
        assert sorted(have) == sorted(want), f"{uid}: alarms {have}, want {want}"
    print(f"ok: {path}: {len(events)} events, {len(expectations)} checked")


if __name__ == "__main__":
    main()
