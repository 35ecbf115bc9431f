iCalendar output and holiday import.

A single deadline as a calendar: received Monday 1 June 2026, due Tuesday 30
June 2026 (the Scottish World Cup holiday on 15 June skipped). Reminders 5
and 1 working days before, Tuesday 23 and Monday 29 June, at 09:00 BST =
08:00 UTC. SOURCE_DATE_EPOCH fixes DTSTAMP (1780000000 = 2026-05-28T20:26:40Z)
and SEQUENCE, the minutes since 2020-01-01T00:00Z (1577836800):
(1780000000 - 1577836800) / 60 = 3369386. The UID names the rule, the
regime, the authority (its space as _20) and the reference.

  $ SOURCE_DATE_EPOCH=1780000000 foiclock due 2026-06-01 --ref REQ-7 --authority "Anytown Council" --format ics
  BEGIN:VCALENDAR
  PRODID:-//foiclock//foiclock 0.1.0//EN
  VERSION:2.0
  CALSCALE:GREGORIAN
  METHOD:PUBLISH
  X-WR-CALNAME:FOI deadlines - REQ-7
  BEGIN:VEVENT
  UID:foia.response~foia~Anytown_20Council~REQ-7@foiclock
  DTSTAMP:20260528T202640Z
  LAST-MODIFIED:20260528T202640Z
  SEQUENCE:3369386
  STATUS:CONFIRMED
  DTSTART;VALUE=DATE:20260630
  DTEND;VALUE=DATE:20260701
  SUMMARY:FOI response due - REQ-7 - Anytown Council
  DESCRIPTION:FOI response due: Tuesday 30 June 2026\nCase REQ-7\, FOIA 
   rule foia.response (statutory).\n20 working days after Monday 1 June 2026 
   (day 0: the date of receipt)\, on the uk calendar.\nSkipped: Monday 15 
   June 2026 World Cup bank holiday (Scotland).\nBasis: FOIA s.10(1) 
   (statutory).\n
  CATEGORIES:FOI deadline
  TRANSP:TRANSPARENT
  BEGIN:VALARM
  ACTION:DISPLAY
  TRIGGER;VALUE=DATE-TIME:20260623T080000Z
  DESCRIPTION:FOI response due - REQ-7 - Anytown Council in 5 working days 
   (Tuesday 30 June 2026)
  END:VALARM
  BEGIN:VALARM
  ACTION:DISPLAY
  TRIGGER;VALUE=DATE-TIME:20260629T080000Z
  DESCRIPTION:FOI response due - REQ-7 - Anytown Council in 1 working day 
   (Tuesday 30 June 2026)
  END:VALARM
  END:VEVENT
  END:VCALENDAR

Re-exporting into the same file keeps each UID; a deadline whose date
changed (a fees notice on 3 June, fee paid 5 June: 3 working days paused,
so 30 June becomes Friday 3 July) gets SEQUENCE one higher, the others keep
theirs. Without SOURCE_DATE_EPOCH, FOICLOCK_TODAY (26 November 2026, as in
every transcript) gives the export time: 2026-11-26T00:00Z, SEQUENCE
3630240.

  $ foiclock timeline --received 2026-06-01 --responded 2026-06-25 --ref REQ-7 --format ics --remind none -o case.ics
  $ grep -E '^(UID|DTSTART|SEQUENCE)' case.ics
  UID:foia.response~foia~~REQ-7@foiclock
  SEQUENCE:3630240
  DTSTART;VALUE=DATE:20260630
  UID:foia.review-request~foia~~REQ-7@foiclock
  SEQUENCE:3630240
  DTSTART;VALUE=DATE:20260824
  $ foiclock timeline --received 2026-06-01 --fee-notice 2026-06-03 --fee-paid 2026-06-05 --responded 2026-06-25 --ref REQ-7 --format ics --remind none -o case.ics
  $ grep -E '^(UID|DTSTART|SEQUENCE)' case.ics
  UID:foia.response~foia~~REQ-7@foiclock
  SEQUENCE:3630241
  DTSTART;VALUE=DATE:20260703
  UID:foia.review-request~foia~~REQ-7@foiclock
  SEQUENCE:3630240
  DTSTART;VALUE=DATE:20260824
  UID:foia.fee-period~foia~~REQ-7@foiclock
  SEQUENCE:3630240
  DTSTART;VALUE=DATE:20260902

A Commissioner's direction (SI 2004/3364 reg 6) adds the day specified, the
50th working day after 1 June 2026 (15 June and 3 August, Scottish
holidays, and 13 July, a Northern Irish one, skipped): Thursday 13 August
2026. The twentieth working day (30 June) keeps its event without reminders,
since the direction superseded it. An EIR advance payment notified on 3 June
has 60 working days, to Tuesday 1 September 2026 (31 August skipped too).

  $ foiclock timeline --received 2026-06-01 --ref DIR-1 --format ics -o dir.ics
  $ grep -cE '^BEGIN:VALARM' dir.ics
  2
  $ foiclock timeline --received 2026-06-01 --direction 2026-06-10 --direction-days 50 --direction-ground outside-uk --ref DIR-1 --format ics -o dir.ics
  $ grep -E '^(UID|DTSTART|BEGIN:VALARM)' dir.ics
  UID:foia.response~foia~~DIR-1@foiclock
  DTSTART;VALUE=DATE:20260630
  UID:foia.outside-uk~foia~~DIR-1@foiclock
  DTSTART;VALUE=DATE:20260813
  BEGIN:VALARM
  BEGIN:VALARM
  $ foiclock timeline --regime eir --received 2026-06-01 --fee-notice 2026-06-03 --ref EIR-1 --format ics --remind none | grep -E '^(UID|DTSTART)'
  UID:eir.fee-period~eir~~EIR-1@foiclock
  DTSTART;VALUE=DATE:20260901

A failing command leaves an earlier -o file alone.

  $ foiclock timeline --received 2026-06-01 --responded 2026-05-01 --format ics -o case.ics
  foiclock: timeline: --responded (2026-05-01) is before --received (2026-06-01)
  [2]
  $ grep -c BEGIN:VEVENT case.ics
  3

A case through its life, exported after each step into one file. A
clarification asked for on 3 June stops the clock: the response event
(due 30 June) is not dropped but cancelled, one SEQUENCE up; when the
clarification arrives on 10 June the clock restarts (20 working days after
10 June, 15 June skipped: Thursday 9 July) and the event comes back, one up
again; once answered (2 July, in time) it keeps its event without an alarm.

  $ foiclock timeline --received 2026-06-01 --ref L-1 --format ics -o life.ics
  $ grep -E '^(UID|SEQUENCE|STATUS|DTSTART|BEGIN:VALARM)' life.ics | tr -d '\r'
  UID:foia.response~foia~~L-1@foiclock
  SEQUENCE:3630240
  STATUS:CONFIRMED
  DTSTART;VALUE=DATE:20260630
  BEGIN:VALARM
  BEGIN:VALARM
  $ foiclock timeline --received 2026-06-01 --clarification-requested 2026-06-03 --ref L-1 --format ics -o life.ics
  $ grep -E '^(UID|SEQUENCE|STATUS|DTSTART|BEGIN:VALARM)' life.ics | tr -d '\r'
  UID:foia.response~foia~~L-1@foiclock
  SEQUENCE:3630241
  STATUS:CANCELLED
  DTSTART;VALUE=DATE:20260630
  $ foiclock timeline --received 2026-06-01 --clarification-requested 2026-06-03 --clarification-received 2026-06-10 --ref L-1 --format ics -o life.ics
  $ grep -E '^(UID|SEQUENCE|STATUS|DTSTART|BEGIN:VALARM)' life.ics | tr -d '\r'
  UID:foia.response~foia~~L-1@foiclock
  SEQUENCE:3630242
  STATUS:CONFIRMED
  DTSTART;VALUE=DATE:20260709
  BEGIN:VALARM
  BEGIN:VALARM
  $ foiclock timeline --received 2026-06-01 --clarification-requested 2026-06-03 --clarification-received 2026-06-10 --responded 2026-07-02 --ref L-1 --format ics -o life.ics
  $ grep -E '^(UID|SEQUENCE|STATUS|DTSTART|BEGIN:VALARM)' life.ics | tr -d '\r'
  UID:foia.response~foia~~L-1@foiclock
  SEQUENCE:3630243
  STATUS:CONFIRMED
  DTSTART;VALUE=DATE:20260709
  UID:foia.review-request~foia~~L-1@foiclock
  SEQUENCE:3630240
  STATUS:CONFIRMED
  DTSTART;VALUE=DATE:20260901
  BEGIN:VALARM
  BEGIN:VALARM

Another case written into the same file is merged in: the first case's
events stay as they were, and the calendar's name no longer names one case.

  $ foiclock due 2026-06-08 --ref L-2 --remind none --format ics -o life.ics
  $ grep -E '^(UID|SEQUENCE|STATUS|X-WR-CALNAME)' life.ics | tr -d '\r'
  X-WR-CALNAME:FOI deadlines
  UID:foia.response~foia~~L-2@foiclock
  SEQUENCE:3630240
  STATUS:CONFIRMED
  UID:foia.response~foia~~L-1@foiclock
  SEQUENCE:3630243
  STATUS:CONFIRMED
  UID:foia.review-request~foia~~L-1@foiclock
  SEQUENCE:3630240
  STATUS:CONFIRMED

A previous file that is not well formed, or not foiclock's, is refused with
its name and line, and left as it was.

  $ printf 'BEGIN:VCALENDAR\r\nPRODID:-//foiclock//foiclock 0.1.0//EN\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > broken.ics
  $ foiclock due 2026-06-01 --ref X --format ics -o broken.ics
  foiclock: broken.ics:3: END:VEVENT where END:VCALENDAR was expected
  [2]
  $ cat broken.ics | tr -d '\r'
  BEGIN:VCALENDAR
  PRODID:-//foiclock//foiclock 0.1.0//EN
  END:VEVENT
  END:VCALENDAR
  $ printf 'BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nEND:VCALENDAR\r\n' > mine.ics
  $ foiclock due 2026-06-01 --ref X --format ics -o mine.ics
  foiclock: mine.ics: not a calendar foiclock wrote (its PRODID is '-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN'); foiclock updates only its own exports
  [2]

An export of the first UID scheme (RULE.REF@foiclock) keeps its events'
UIDs, so that calendars update them rather than add new ones; the event now
says which case it belongs to.

  $ printf 'BEGIN:VCALENDAR\r\nPRODID:-//foiclock//foiclock 0.1.0//EN\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:foia.response.OLD-1@foiclock\r\nDTSTAMP:20260601T000000Z\r\nSEQUENCE:0\r\nDTSTART;VALUE=DATE:20260630\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > old.ics
  $ foiclock due 2026-06-01 --ref OLD-1 --remind none --format ics -o old.ics
  $ grep -E '^(UID|SEQUENCE|STATUS|X-FOICLOCK)' old.ics | tr -d '\r'
  UID:foia.response.OLD-1@foiclock
  SEQUENCE:3630240
  STATUS:CONFIRMED
  X-FOICLOCK-CASE:foia~~OLD-1

A calendar with no event, such as the holidays of a week without any,
still holds a component (the time zone of the reminders), as RFC 5545
requires.

  $ foiclock holidays 2026-07-06 2026-07-10 --format ics | grep -E '^(BEGIN|END)' | tr -d '\r'
  BEGIN:VCALENDAR
  BEGIN:VTIMEZONE
  BEGIN:DAYLIGHT
  END:DAYLIGHT
  BEGIN:STANDARD
  END:STANDARD
  END:VTIMEZONE
  END:VCALENDAR

Without a reference, event ids cannot stay the same from one export to the
next; foiclock says so. Names are checked: control characters become
spaces, and text that is not UTF-8 is refused.

  $ foiclock due 2026-06-01 --format ics | grep -c '^UID:foia.response~foia~~+20260601-'
  foiclock: warning: 1 case or deadline without a reference: its events get new ids at every export, so calendar applications cannot update or cancel them; give --ref for ids that stay the same
  1
  $ foiclock due 2026-06-01 --ref "$(printf 'A\tB\033[31m')" --format ics | grep -a '^SUMMARY' | tr -d '\r'
  SUMMARY:FOI response due - A B [31m
  $ foiclock due 2026-06-01 --ref "$(printf 'Caf\351')" --format ics
  foiclock: ref 'Caf\xe9' is not UTF-8 text (byte 0xE9 at offset 3): save the input as UTF-8
  [2]
  $ foiclock due 2026-06-01 --ref X --authority "A, B; C" --format ics | grep -E '^(X-WR|SUMMARY)' | tr -d '\r'
  X-WR-CALNAME:FOI deadlines - X
  SUMMARY:FOI response due - X - A\, B\; C
  $ SOURCE_DATE_EPOCH=253402300800 foiclock due 2026-06-01 --ref X --format ics
  foiclock: SOURCE_DATE_EPOCH '253402300800' is after 9999-12-31T23:59:59Z, the last time an iCalendar DTSTAMP can hold
  [2]

-o honours the umask for a new file, and keeps the mode of the file it
replaces.

  $ umask 022; foiclock due 2026-06-01 --ref X --format ics -o new.ics; stat -c %a new.ics
  644
  $ chmod 640 new.ics; foiclock due 2026-06-01 --ref X --format ics -o new.ics; stat -c %a new.ics
  640

Holidays as a calendar (no reminders).

  $ foiclock holidays 2026-06-01 2026-08-31 --calendar scotland --format ics | grep -E '^(UID|DTSTART|SUMMARY)'
  UID:20260615-world-cup-bank-holiday-scotland@foiclock
  DTSTART;VALUE=DATE:20260615
  SUMMARY:World Cup bank holiday
  UID:20260803-summer-bank-holiday-scotland@foiclock
  DTSTART;VALUE=DATE:20260803
  SUMMARY:Summer bank holiday

A newer holiday file replaces a division's data for the years in which it
has events, and the output names where each skipped day came from. Here a
Scottish file for 2030 adds a proclaimed holiday on Monday 10 June 2030,
which moves a FOIA deadline (received Monday 3 June 2030: due Tuesday 2 July
instead of Monday 1 July). Its only event stands for the whole of 2030, so
a note on standard error names every Scottish day of 2030 it removes;
Christmas Day stays (FOISA s.73). 2029 is not in the file and still
projected, so 2030 stays provisional too (tests/cli/import.t has more).

  $ cat > scotland.ics <<'EOT'
  > BEGIN:VCALENDAR
  > VERSION:2.0
  > PRODID:-//test//EN
  > BEGIN:VEVENT
  > UID:1
  > DTSTAMP:20300101T000000Z
  > DTSTART;VALUE=DATE:20300610
  > SUMMARY:Test proclamation day
  > END:VEVENT
  > END:VCALENDAR
  > EOT
  $ foiclock due 2030-06-03
  FOI response due: Monday 1 July 2030
    20 working days after Monday 3 June 2030 (day 0: the date of receipt), on the uk calendar.
    Skipped: no bank holidays.
    Basis: FOIA s.10(1) (statutory).
    PROVISIONAL: this depends on bank holidays after Sunday 31 December 2028, which are projected by rule and may change.
  $ foiclock due 2030-06-03 --holidays scotland.ics
  foiclock: note: scotland.ics: removes Tuesday 1 January 2030 New Year’s Day (Scotland)
  foiclock: note: scotland.ics: removes Wednesday 2 January 2030 2nd January (Scotland)
  foiclock: note: scotland.ics: removes Friday 19 April 2030 Good Friday (Scotland): check the data, as it is a Scottish bank holiday by statute unless a proclamation moved it (the uk calendar still counts it, FOIA 2000 s.10(6))
  foiclock: note: scotland.ics: removes Monday 6 May 2030 Early May bank holiday (Scotland)
  foiclock: note: scotland.ics: removes Monday 27 May 2030 Spring bank holiday (Scotland)
  foiclock: note: scotland.ics: adds Monday 10 June 2030 Test proclamation day (Scotland)
  foiclock: note: scotland.ics: removes Monday 5 August 2030 Summer bank holiday (Scotland)
  foiclock: note: scotland.ics: removes Monday 2 December 2030 St Andrew’s Day (Scotland)
  foiclock: note: scotland.ics: keeps Wednesday 25 December 2030 Christmas Day (Scotland), not in the data: non-working by statute (FOISA 2002 s.73)
  foiclock: note: scotland.ics: removes Thursday 26 December 2030 Boxing Day (Scotland)
  FOI response due: Tuesday 2 July 2030
    20 working days after Monday 3 June 2030 (day 0: the date of receipt), on the uk calendar.
    Skipped: Monday 10 June 2030 Test proclamation day (Scotland; from scotland.ics).
    Basis: FOIA s.10(1) (statutory).
    PROVISIONAL: this depends on bank holidays after Sunday 31 December 2028, which are projected by rule and may change.
    Holidays: built-in to 2028 + scotland.ics (2030).
  $ foiclock is-working-day 2030-06-10 --calendar scotland --holidays scotland=scotland.ics
  foiclock: note: scotland.ics: removes Tuesday 1 January 2030 New Year’s Day (Scotland)
  foiclock: note: scotland.ics: removes Wednesday 2 January 2030 2nd January (Scotland)
  foiclock: note: scotland.ics: removes Friday 19 April 2030 Good Friday (Scotland): check the data, as it is a Scottish bank holiday by statute unless a proclamation moved it (the uk calendar still counts it, FOIA 2000 s.10(6))
  foiclock: note: scotland.ics: removes Monday 6 May 2030 Early May bank holiday (Scotland)
  foiclock: note: scotland.ics: removes Monday 27 May 2030 Spring bank holiday (Scotland)
  foiclock: note: scotland.ics: adds Monday 10 June 2030 Test proclamation day (Scotland)
  foiclock: note: scotland.ics: removes Monday 5 August 2030 Summer bank holiday (Scotland)
  foiclock: note: scotland.ics: removes Monday 2 December 2030 St Andrew’s Day (Scotland)
  foiclock: note: scotland.ics: keeps Wednesday 25 December 2030 Christmas Day (Scotland), not in the data: non-working by statute (FOISA 2002 s.73)
  foiclock: note: scotland.ics: removes Thursday 26 December 2030 Boxing Day (Scotland)
  Monday 10 June 2030 is not a working day on the scotland calendar: Test proclamation day (Scotland; from scotland.ics) [PROVISIONAL: depends on days after 31 December 2028, beyond the published bank-holiday data] [holidays: built-in to 2028 + scotland.ics (2030)]
  [1]

Bad holiday files are rejected with the file, the line and the reason.

  $ printf 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:20300610T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > bad.ics
  $ foiclock due 2030-06-03 --holidays scotland=bad.ics
  foiclock: --holidays: bad.ics:4: DTSTART 20300610T090000Z is a date-time; a holiday needs an all-day date
  [2]
  $ foiclock due 2030-06-03 --holidays bad.ics
  foiclock: --holidays: bad.ics: cannot tell the division from the file name: name it england-and-wales.ics, scotland.ics or northern-ireland.ics, or give the division
  [2]
  $ : > empty.ics
  $ foiclock due 2030-06-03 --holidays northern-ireland=empty.ics
  foiclock: --holidays: empty.ics: the file is empty
  [2]
  $ foiclock due 2030-06-03 --holidays scotland=missing.ics
  foiclock: --holidays: missing.ics: cannot open the file: No such file or directory
  [2]
  $ foiclock add 2030-06-03 20 --format ics
  foiclock: add: unknown format 'ics': expected text or json
  [2]
  $ foiclock due - --format ics < /dev/null
  foiclock: due: --format ics takes one date, not '-'; for many, use foiclock batch
  [2]
  $ foiclock due 2030-06-03 --format ics --remind 0
  foiclock: --remind: '0' is not a list of 1 to 8 working-day counts (1..60), such as 5,1, or 'none'
  [2]

A complaint made (or shown by a decision notice) meets the complaint window:
its event stays, without reminders, while the tribunal appeal still rings.

  $ foiclock timeline --received 2026-01-05 --responded 2026-01-20 --review-requested 2026-01-22 --review-responded 2026-02-10 --complained 2026-03-01 --ref C-1 --format ics | tr -d '\r' | grep -E '^(SUMMARY|BEGIN:VALARM)' | grep -A1 'ICO'
  SUMMARY:Complain to the ICO by - C-1
  $ foiclock timeline --received 2026-01-05 --responded 2026-01-20 --review-requested 2026-01-22 --review-responded 2026-02-10 --decision-notice 2026-06-01 --ref C-1 --format ics | tr -d '\r' | grep -E '^(SUMMARY|BEGIN:VALARM)' | grep -A1 -E 'ICO|Tribunal'
  SUMMARY:Complain to the ICO by - C-1
  SUMMARY:Appeal to the First-tier Tribunal by - C-1
  BEGIN:VALARM
