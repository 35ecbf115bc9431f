#!/usr/bin/env python3
"""Writes the damaged holiday files in this folder from the real GOV.UK ones.

Each output is a slice of a verbatim GOV.UK per-division iCalendar file
(<division>-2019-2028.ics, CRLF line ends kept) with one fault put in, so that
the import is tested on real data with a known defect. Run it again to
remake them:  damage.py DIR_WITH_GOVUK_FILES
"""
import os
import sys

src = sys.argv[1]
here = os.path.dirname(os.path.abspath(__file__))


def load(division):
    with open(os.path.join(src, division + "-2019-2028.ics"), newline="") as f:
        text = f.read()
    head, *events = text.split("BEGIN:VEVENT\r\n")
    events = ["BEGIN:VEVENT\r\n" + e for e in events]
    events[-1] = events[-1].replace("END:VCALENDAR\r\n", "")
    return head, events


def year(e):
    return int(e.split("DTSTART;VALUE=DATE:")[1][:4])


def write(name, head, events):
    with open(os.path.join(here, name), "w", newline="") as f:
        f.write(head + "".join(events) + "END:VCALENDAR\r\n")


def summary(e):
    return e.split("SUMMARY:")[1].split("\r\n")[0]


def extra(date, title):
    return ("BEGIN:VEVENT\r\nDTEND;VALUE=DATE:%s\r\nDTSTART;VALUE=DATE:%s\r\nSUMMARY:%s\r\n"
            "UID:test-%s@foiclock.invalid\r\nSEQUENCE:0\r\nDTSTAMP:20260803T160633Z\r\n"
            "END:VEVENT\r\n" % (date + 1, date, title, date))


# The statutory days left out: 2025-2027 of each division without Christmas
# Day and Good Friday.
for division in ("england-and-wales", "scotland", "northern-ireland"):
    head, ev = load(division)
    ev = [e for e in ev if 2025 <= year(e) <= 2027 and summary(e) not in ("Christmas Day", "Good Friday")]
    write(division + "-no-statutory.ics", head, ev)

head, ev = load("scotland")
# Only the first and last years of the range.
write("scotland-2019-and-2028.ics", head, [e for e in ev if year(e) in (2019, 2028)])
y2026 = [e for e in ev if year(e) == 2026]
# Three made-up days in 2026: 13 holidays, more than any real year.
more = [extra(20260701 + i, "Extra day %d" % (i + 1)) for i in range(3)]
write("scotland-13-in-2026.ics", head, y2026 + more)
# Eleven more: 21, above the sanity bound of 20.
more = [extra(20260701 + i, "Extra day %d" % (i + 1)) for i in range(3)]
more += [extra(20260706 + i, "Extra day %d" % (i + 4)) for i in range(5)]
more += [extra(20260713 + i, "Extra day %d" % (i + 9)) for i in range(3)]
write("scotland-21-in-2026.ics", head, y2026 + more)
# Boxing Day 2026 on Saturday 26 December instead of its substitute, Monday 28.
write("scotland-weekend.ics", head,
      [e.replace("DTSTART;VALUE=DATE:20261228", "DTSTART;VALUE=DATE:20261226") for e in y2026])
# New Year's Day made a yearly repeating event.
write("scotland-rrule.ics", head,
      [e.replace("SUMMARY:New Year", "RRULE:FREQ=YEARLY\r\nSUMMARY:New Year") for e in y2026])
# Christmas Day running to 29 December (DTEND exclusive): four days.
write("scotland-multiday.ics", head,
      [e.replace("DTEND;VALUE=DATE:20261226", "DTEND;VALUE=DATE:20261229") for e in y2026])
# The World Cup day cancelled.
write("scotland-cancelled.ics", head,
      [e.replace("SUMMARY:World Cup", "STATUS:CANCELLED\r\nSUMMARY:World Cup") for e in y2026])
# Good Friday's END:VEVENT lost.
out = list(y2026)
gf = next(i for i, e in enumerate(out) if summary(e) == "Good Friday")
out[gf] = out[gf].replace("END:VEVENT\r\n", "")
write("scotland-missing-end.ics", head, out)
# St Andrew's Day with a time of day.
write("scotland-datetime.ics", head,
      [e.replace("DTSTART;VALUE=DATE:20261130", "DTSTART:20261130T090000Z") for e in y2026])
