foiclock --holidays: what a newer holiday file can and cannot change. The
inputs are damaged copies of the real GOV.UK files (tests/data/import,
made by damage.py there).

  $ cp "$TESTDIR"/../data/import/*.ics .

Files for 2025-2027 without Christmas Day and Good Friday. Statute keeps
both non-working (FOIA s.10(6); FOISA s.73 for Christmas Day in Scotland),
and each day kept is named on standard error. Good Friday is a Scottish
bank holiday under the 1971 Act that a proclamation could move, so the
Scottish file may drop it, with a caution: it becomes a Scottish working
day, but never a FOIA one. The damage also took GOV.UK's "Christmas Day"
substitute on Monday 27 December 2027, which is not statutory: removed.

  $ foiclock is-working-day 2026-12-25 --holidays england-and-wales-no-statutory.ics --holidays scotland-no-statutory.ics --holidays northern-ireland-no-statutory.ics 2>/dev/null
  Friday 25 December 2026 is not a working day: Christmas Day (all of the UK) [holidays: built-in to 2028 + england-and-wales-no-statutory.ics (2025-2027) + scotland-no-statutory.ics (2025-2027) + northern-ireland-no-statutory.ics (2025-2027)]
  [1]
  $ foiclock is-working-day 2026-04-03 --holidays england-and-wales-no-statutory.ics --holidays scotland-no-statutory.ics --holidays northern-ireland-no-statutory.ics 2>/dev/null
  Friday 3 April 2026 is not a working day: Good Friday (England and Wales, Northern Ireland) [holidays: built-in to 2028 + england-and-wales-no-statutory.ics (2025-2027) + scotland-no-statutory.ics (2025-2027) + northern-ireland-no-statutory.ics (2025-2027)]
  [1]
  $ foiclock is-working-day 2026-04-03 --calendar scotland --holidays scotland-no-statutory.ics
  foiclock: note: scotland-no-statutory.ics: removes Friday 18 April 2025 Good Friday (Scotland): check the data, as it is a Scottish bank holiday by statute unless a proclamation moved it (the uk calendar still counts it, FOIA 2000 s.10(6))
  foiclock: note: scotland-no-statutory.ics: keeps Thursday 25 December 2025 Christmas Day (Scotland), not in the data: non-working by statute (FOISA 2002 s.73)
  foiclock: note: scotland-no-statutory.ics: removes Friday 3 April 2026 Good Friday (Scotland): check the data, as it is a Scottish bank holiday by statute unless a proclamation moved it (the uk calendar still counts it, FOIA 2000 s.10(6))
  foiclock: note: scotland-no-statutory.ics: keeps Friday 25 December 2026 Christmas Day (Scotland), not in the data: non-working by statute (FOISA 2002 s.73)
  foiclock: note: scotland-no-statutory.ics: removes Friday 26 March 2027 Good Friday (Scotland): check the data, as it is a Scottish bank holiday by statute unless a proclamation moved it (the uk calendar still counts it, FOIA 2000 s.10(6))
  foiclock: note: scotland-no-statutory.ics: removes Monday 27 December 2027 Christmas Day (Scotland)
  Friday 3 April 2026 is a working day on the scotland calendar [holidays: built-in to 2028 + scotland-no-statutory.ics (2025-2027)]

FOISA, received Tuesday 1 December 2026: due Thursday 31 December (17
working days to 24 December, Friday 25 and Monday 28 off, then 29, 30, 31).
Dropping Christmas Day would have made it Wednesday 30.

  $ foiclock due 2026-12-01 --regime foisa --holidays scotland-no-statutory.ics 2>/dev/null
  FOISA response due: Thursday 31 December 2026
    20 working days after Tuesday 1 December 2026 (day 0: the date of receipt), on the scotland calendar.
    Skipped: Friday 25 December 2026 Christmas Day (Scotland); Monday 28 December 2026 Boxing Day (substitute day) (Scotland; from scotland-no-statutory.ics).
    Basis: FOISA s.10(1) (statutory).
    Holidays: built-in to 2028 + scotland-no-statutory.ics (2025-2027).

The england-and-wales notes, as JSON: one object on standard error.

  $ foiclock is-working-day 2026-12-25 --calendar england-and-wales --format json --holidays england-and-wales-no-statutory.ics
  {"schema_version":1,"warnings":[{"source":"england-and-wales-no-statutory.ics","line":0,"kind":"kept","division":"england-and-wales","date":"2025-04-18","until":"2025-04-18","name":"Good Friday","message":"keeps Friday 18 April 2025 Good Friday (England and Wales), not in the data: non-working by statute (FOIA 2000 s.10(6))"},{"source":"england-and-wales-no-statutory.ics","line":0,"kind":"kept","division":"england-and-wales","date":"2025-12-25","until":"2025-12-25","name":"Christmas Day","message":"keeps Thursday 25 December 2025 Christmas Day (England and Wales), not in the data: non-working by statute (FOIA 2000 s.10(6))"},{"source":"england-and-wales-no-statutory.ics","line":0,"kind":"kept","division":"england-and-wales","date":"2026-04-03","until":"2026-04-03","name":"Good Friday","message":"keeps Friday 3 April 2026 Good Friday (England and Wales), not in the data: non-working by statute (FOIA 2000 s.10(6))"},{"source":"england-and-wales-no-statutory.ics","line":0,"kind":"kept","division":"england-and-wales","date":"2026-12-25","until":"2026-12-25","name":"Christmas Day","message":"keeps Friday 25 December 2026 Christmas Day (England and Wales), not in the data: non-working by statute (FOIA 2000 s.10(6))"},{"source":"england-and-wales-no-statutory.ics","line":0,"kind":"kept","division":"england-and-wales","date":"2027-03-26","until":"2027-03-26","name":"Good Friday","message":"keeps Friday 26 March 2027 Good Friday (England and Wales), not in the data: non-working by statute (FOIA 2000 s.10(6))"},{"source":"england-and-wales-no-statutory.ics","line":0,"kind":"removed","division":"england-and-wales","date":"2027-12-27","until":"2027-12-27","name":"Christmas Day","message":"removes Monday 27 December 2027 Christmas Day (England and Wales)"}]}
  {"schema_version":1,"date":"2026-12-25","weekday":"Friday","calendar":"england-and-wales","provisional":false,"data":{"builtin":{"date":"2026-11-26","published_until":"2028-12-31"},"files":[{"path":"england-and-wales-no-statutory.ics","origin":"option","format":"icalendar","date":"2026-08-03","years":[2025,2026,2027],"used":[2025,2026,2027],"stale":false}],"text":"built-in to 2028 + england-and-wales-no-statutory.ics (2025-2027)"},"working_day":false,"weekend":false,"holidays":[{"date":"2026-12-25","weekday":"Friday","name":"Christmas Day","division":["england-and-wales"],"basis":"common-law","substitute":false,"provisional":false,"source":"built-in"}]}
  [1]

A file with events only in 2019 and 2028 replaces those two years and leaves
2020-2027 as built in (they used to lose every holiday).

  $ foiclock holidays 2026 --calendar scotland --holidays scotland-2019-and-2028.ics | head -3
  foiclock: note: scotland-2019-and-2028.ics: holds no holidays for Scotland in 2020 to 2027, between years it covers: those years are left as they were
  Non-working weekdays on the scotland calendar, Thursday 1 January 2026 to Thursday 31 December 2026: 10
  Thursday 1 January 2026 New Year’s Day (Scotland)
  Friday 2 January 2026 2nd January (Scotland)

Plausibility: 13 holidays in a year (more than any year since 1971, 12) is
used with a warning; 21 (above the bound of 20) is refused.

  $ foiclock count 2026-06-30 2026-07-06 --calendar scotland --holidays scotland-13-in-2026.ics
  foiclock: note: scotland-13-in-2026.ics: lists 13 holidays for Scotland in 2026, more than any year has had since 1971 (12): check the data
  foiclock: note: scotland-13-in-2026.ics: adds Wednesday 1 July 2026 Extra day 1 (Scotland)
  foiclock: note: scotland-13-in-2026.ics: adds Thursday 2 July 2026 Extra day 2 (Scotland)
  foiclock: note: scotland-13-in-2026.ics: adds Friday 3 July 2026 Extra day 3 (Scotland)
  1 working day after Tuesday 30 June 2026 up to and including Monday 6 July 2026 on the scotland calendar [holidays: built-in to 2028 + scotland-13-in-2026.ics (2026)]
  $ foiclock count 2026-06-30 2026-07-06 --calendar scotland --holidays scotland-21-in-2026.ics
  foiclock: --holidays: scotland-21-in-2026.ics: 21 holidays for Scotland in 2026: no year has had more than 12, and more than 20 in a year is not bank-holiday data
  [2]

Events foiclock does not take: a weekend date (Boxing Day on Saturday 26
December 2026 instead of its substitute), a repeating event, one running
over several days; each refused at the faulty line. A cancelled event is
left out, and said so: the World Cup day becomes a working day.

  $ foiclock count 2026-12-24 2026-12-31 --holidays scotland-weekend.ics
  foiclock: --holidays: scotland-weekend.ics:80: 2026-12-26 is a Saturday: a holiday file gives the weekday that replaces a holiday falling at a weekend (a weekend is never a working day)
  [2]
  $ foiclock count 2026-12-24 2026-12-31 --holidays scotland-rrule.ics
  foiclock: --holidays: scotland-rrule.ics:9: a repeating event (RRULE or RDATE): foiclock reads one holiday per event, as GOV.UK publishes them; list each day as its own event
  [2]
  $ foiclock count 2026-12-24 2026-12-31 --holidays scotland-multiday.ics
  foiclock: --holidays: scotland-multiday.ics:71: the event lasts 4 days (DTEND is the day after the last): foiclock reads one holiday per event, as GOV.UK publishes them; list each day as its own event
  [2]
  $ foiclock is-working-day 2026-06-15 --calendar scotland --holidays scotland-cancelled.ics
  foiclock: note: scotland-cancelled.ics:49: leaves out Monday 15 June 2026 World Cup bank holiday (Scotland): the event is cancelled (STATUS:CANCELLED)
  foiclock: note: scotland-cancelled.ics: removes Monday 15 June 2026 World Cup bank holiday (Scotland)
  Monday 15 June 2026 is a working day on the scotland calendar [holidays: built-in to 2028 + scotland-cancelled.ics (2026)]

Line numbers point at the faulty property (St Andrew's Day's DTSTART, line
64; its BEGIN:VEVENT is line 62), and an event left open is reported where
the next one begins (line 29; Good Friday's event began at line 22).

  $ foiclock count 2026-12-24 2026-12-31 --holidays scotland-datetime.ics
  foiclock: --holidays: scotland-datetime.ics:64: DTSTART 20261130T090000Z is a date-time; a holiday needs an all-day date
  [2]
  $ foiclock count 2026-12-24 2026-12-31 --holidays scotland-missing-end.ics
  foiclock: --holidays: scotland-missing-end.ics:29: BEGIN:VEVENT inside the VEVENT begun at line 22: END:VEVENT is missing
  [2]

A file of more than 4,580 events (20 a year over 1971-2199) is refused as
it is read, at the first event too many, before anything is parsed.

  $ awk 'BEGIN { printf "BEGIN:VCALENDAR\r\n"; for (i = 0; i < 5000; i++) printf "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270104\r\nSUMMARY:x\r\nEND:VEVENT\r\n"; printf "END:VCALENDAR\r\n" }' > scotland-big.ics
  $ foiclock count 2026-12-24 2026-12-31 --holidays scotland-big.ics
  foiclock: --holidays: scotland-big.ics:18322: more than 4580 events: a holiday file has at most 20 a year for each year from 1971 to 2199
  [2]
