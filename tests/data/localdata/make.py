#!/usr/bin/env python3
"""Writes the holiday files of this folder from the real GOV.UK ones.

They stand for what a user finds in their holiday directory a year on: a
download older than the built-in data, and newer ones. Each is a real GOV.UK
file with one change, said below. Run it again to remake them:
    make.py DIR_WITH_GOVUK_FILES DIR_WITH_HOLIDAYS_CSV
"""
import csv
import json
import os
import sys

src, holidays = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))


def write(name, text):
    with open(os.path.join(here, name), "w", newline="") as f:
        f.write(text)


# A newer bank-holidays.json: the feed of February 2026 with the 15 June 2026
# Scottish holiday proclaimed after it (as GOV.UK lists it now), and a year
# further, 2029: the days the rules give for it (holidays/, projected), as
# GOV.UK would publish them, plus one made-up day so that a test can tell the
# file's 2029 from the projection: Monday 2 July 2029 in Scotland.
with open(os.path.join(src, "feed-cache-2012-2028.json"), encoding="utf-8") as f:
    feed = json.load(f)
sc = feed["scotland"]["events"]
sc.insert(next(i for i, e in enumerate(sc) if e["date"] > "2026-06-15"),
          {"title": "World Cup bank holiday", "date": "2026-06-15", "notes": "",
           "bunting": True})
with open(os.path.join(holidays, "uk-bank-holidays-projected.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["date"].startswith("2029-"):
            title = row["title"].replace(" (substitute day)", "")
            notes = "Substitute day" if "(substitute day)" in row["title"] else ""
            feed[row["division"]]["events"].append(
                {"title": title, "date": row["date"], "notes": notes, "bunting": True})
sc.append({"title": "Test extra bank holiday", "date": "2029-07-02", "notes": "",
           "bunting": True})
sc.sort(key=lambda e: e["date"])
write("bank-holidays-2029.json", json.dumps(feed, ensure_ascii=False, indent=2) + "\n")

# The Scottish iCalendar file with a made-up one-off day, Friday 7 May 2027,
# as generated on 3 August 2026 (older than the built-in data of 26 November
# 2026) and as generated on 15 January 2027 (newer).
with open(os.path.join(src, "scotland-2019-2028.ics"), newline="") as f:
    text = f.read()
extra = ("BEGIN:VEVENT\r\nDTEND;VALUE=DATE:20270508\r\nDTSTART;VALUE=DATE:20270507\r\n"
         "SUMMARY:Test extra bank holiday\r\nUID:test-20270507@foiclock.invalid\r\n"
         "SEQUENCE:0\r\nDTSTAMP:20260803T160633Z\r\nEND:VEVENT\r\n")
text = text.replace("END:VCALENDAR\r\n", extra + "END:VCALENDAR\r\n")
write("scotland-older.ics", text)
write("scotland-newer.ics", text.replace("DTSTAMP:20260803T160633Z", "DTSTAMP:20270115T093000Z"))
