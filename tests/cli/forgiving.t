Forms a new user reaches for: help for one command, the version, options
before the command, case-insensitive names, nearest-match hints and the
short form of rule ids. Dates: 20 working days after Monday 1 June 2026
skip Monday 15 June 2026 (Scotland's World Cup bank holiday, counted by
FOIA's uk calendar), giving Tuesday 30 June 2026 (see due.t).

  $ foiclock help count
  usage: foiclock count FROM TO [--calendar ID] [--format text|json]
  
  Working days after FROM up to and including TO (negative when TO is
  before FROM). Either date may be '-' to read dates from standard input.
  $ foiclock -V
  foiclock 0.1.0
  $ foiclock --format json due 2026-06-01 | head -c 60; echo
  {"schema_version":1,"rule":"foia.response","role":"response"
  $ foiclock --regime foisa --format=json due 2026-06-01 | head -c 60; echo
  {"schema_version":1,"rule":"foisa.response","role":"response
  $ foiclock due 2026-06-01 --regime FOIA --format Text | head -n 1
  FOI response due: Tuesday 30 June 2026
  $ foiclock add 2026-06-01 20 --calendar Scotland
  Tuesday 30 June 2026 (20th working day after Monday 1 June 2026 on the scotland calendar; skipped: Monday 15 June 2026 World Cup bank holiday (Scotland))
  $ printf 'rule,start\nfoia.response,2026-06-01\n' | foiclock batch --format JSON --rule FOIA.Response
  {"schema_version":1,"line":2,"rule":"foia.response","start":"2026-06-01","due":"2026-06-30","provisional":false,"error":null}

Nearest matches for slips.

  $ foiclock dew 2026-06-01
  foiclock: unknown command 'dew' (did you mean due? run 'foiclock --help' for the list)
  [2]
  $ foiclock due 2026-06-01 --regim foisa
  foiclock: due: unknown option '--regim' (did you mean --regime?)
  usage: foiclock due DATE [--regime foia|eir|foisa|eisr]
  (run 'foiclock due --help' for more)
  [2]
  $ foiclock due 2026-06-01 --calendar scotland
  foiclock: due: unknown option '--calendar' (the regime picks the calendar)
  usage: foiclock due DATE [--regime foia|eir|foisa|eisr]
  (run 'foiclock due --help' for more)
  [2]
  $ foiclock add 2026-06-01 3 --calendar scotlnd
  foiclock: add: unknown calendar 'scotlnd': expected uk, scotland, england-and-wales or northern-ireland (did you mean scotland?)
  [2]
  $ foiclock deadline foia.review-reqest 2026-06-01
  foiclock: deadline: unknown rule 'foia.review-reqest' (did you mean foia.review-request?)
  [2]
  $ foiclock help dew
  foiclock: unknown command 'dew' (did you mean due? run 'foiclock --help' for the list)
  [2]

A rule without its regime is the FOIA rule, or that of --regime. The FOI
review request window is 40 working days from the response (s.45 Code of
Practice 2018): from Monday 1 June 2026, skipping 15 June (Scotland) and
Monday 13 July 2026 (Battle of the Boyne, Northern Ireland, for Sunday 12
July), Wednesday 29 July 2026 is the 40th working day.

  $ foiclock deadline review-request 2026-06-01 | head -n 1
  Last day to ask for an FOI review: Wednesday 29 July 2026
  $ foiclock deadline foia.review-request 2026-06-01 | head -n 1
  Last day to ask for an FOI review: Wednesday 29 July 2026
  $ foiclock deadline foisa.review-request 2026-06-01 --regime foia
  foiclock: deadline: rule 'foisa.review-request' is not a foia rule
  [2]

--today fixes the day for every command whose answer depends on it,
including the DTSTAMP of an export and the words today, yesterday and
tomorrow in any command's dates, and is refused by rules and calendars.
Every export stamps the day given, with or without FOICLOCK_TODAY set;
Mon 2 Nov 2026 + 5 working days = Mon 9 Nov.

  $ foiclock due 2026-06-01 --format ics --today 2026-01-02 | grep DTSTAMP | tr -d '\r'
  foiclock: warning: 1 case or deadline without a reference: its events get new ids at every export, so calendar applications cannot update or cancel them; give --ref for ids that stay the same
  DTSTAMP:20260102T000000Z
  $ foiclock --today 2026-01-02 holidays --format json | head -c 80; echo
  {"schema_version":1,"from":"2026-01-01","to":"2026-12-31","calendar":"uk","provi
  $ for c in 'holidays 2026' 'deadline foia.review-request 2026-06-01 --ref X' 'timeline --received 2026-06-01 --ref X'; do env -u FOICLOCK_TODAY foiclock $c --format ics --today 2026-03-04 | grep -m1 DTSTAMP | tr -d '\r'; done
  DTSTAMP:20260304T000000Z
  DTSTAMP:20260304T000000Z
  DTSTAMP:20260304T000000Z
  $ printf 'ref,received\nA,2026-11-02\n' | env -u FOICLOCK_TODAY foiclock batch --format ics --today 2026-03-04 | grep -m1 DTSTAMP | tr -d '\r'
  DTSTAMP:20260304T000000Z
  $ foiclock add today 5 --today 2026-11-02
  Monday 9 November 2026 (5th working day after Monday 2 November 2026; skipped: no holidays)
  $ foiclock count yesterday tomorrow --today 02.11.2026
  2 working days after Sunday 1 November 2026 up to and including Tuesday 3 November 2026
  $ printf 'ref,received\nA,2026-11-02\n' | foiclock batch --format ics --today 2026-11-02 | grep -m1 DTSTAMP | tr -d '\r'
  DTSTAMP:20261102T000000Z
  $ foiclock rules --today 2026-01-02
  foiclock: rules: --today does not apply: its answer does not depend on today
  [2]
  $ foiclock calendars --today 2026-01-02
  foiclock: calendars: --today does not apply: its answer does not depend on today
  [2]
  $ foiclock due 2026-06-01 --today 2026-02-30
  foiclock: --today: '2026-02-30' is not a valid date: February 2026 has no day 30 (it has 28 days)
  [2]

Dates as people write them. today, yesterday and tomorrow count from
--today (here the transcripts' FOICLOCK_TODAY, Thursday 26 November 2026);
15.10.2018, 15-10-2018, 2018/10/15 and "October 15, 2018" are Monday 15
October 2018, whose next working day is Tuesday 16 October.

  $ foiclock next today
  Friday 27 November 2026 (next working day after Thursday 26 November 2026; skipped: no holidays)
  $ foiclock next yesterday --format json | head -c 50; echo
  {"schema_version":1,"date":"2026-11-26","weekday":
  $ foiclock due tomorrow --today 2026-11-25 | head -n 1
  FOI response due: Tuesday 29 December 2026
  $ for d in 15.10.2018 15-10-2018 2018/10/15 "October 15, 2018" "Oct 15 2018"; do
  >   foiclock next "$d"
  > done
  Tuesday 16 October 2018 (next working day after Monday 15 October 2018; skipped: no holidays)
  Tuesday 16 October 2018 (next working day after Monday 15 October 2018; skipped: no holidays)
  Tuesday 16 October 2018 (next working day after Monday 15 October 2018; skipped: no holidays)
  Tuesday 16 October 2018 (next working day after Monday 15 October 2018; skipped: no holidays)
  Tuesday 16 October 2018 (next working day after Monday 15 October 2018; skipped: no holidays)

A spreadsheet date-time has no offset: it is UK local time, so its date is
the UK date, and foiclock says it took it so. A date-time with an offset is
converted, and foiclock says to which UK date (23:30 UTC on Friday 1 June
2018 is 00:30 BST on Saturday 2 June 2018).

  $ foiclock next "02/11/2026 09:15"
  foiclock: note: 02/11/2026 09:15 is 09:15 UK time on Monday 2 November 2026 (no offset from UTC given: taken as UK local time)
  Tuesday 3 November 2026 (next working day after Monday 2 November 2026; skipped: no holidays)
  $ foiclock next "2026-11-02 09:15:30"
  foiclock: note: 2026-11-02 09:15:30 is 09:15 UK time on Monday 2 November 2026 (no offset from UTC given: taken as UK local time)
  Tuesday 3 November 2026 (next working day after Monday 2 November 2026; skipped: no holidays)
  $ foiclock next 2018-06-01T23:30:00Z
  foiclock: note: 2018-06-01T23:30:00Z is 23:30 UTC = 00:30 BST on Saturday 2 June 2018
  Monday 4 June 2018 (next working day after Saturday 2 June 2018; skipped: no holidays)

An unquoted date in words gets a hint; an impossible date is still refused.

  $ foiclock due 15 Oct 2018
  foiclock: due: unexpected argument 'Oct' (quote a date with spaces: '15 Oct 2018')
  usage: foiclock due DATE [--regime foia|eir|foisa|eisr]
  (run 'foiclock due --help' for more)
  [2]
  $ foiclock next 31.04.2026
  foiclock: '31.04.2026' is not a valid date: April 2026 has no day 31 (it has 30 days)
  [2]
  $ foiclock next "2026/02/30"
  foiclock: '2026/02/30' is not a valid date: February 2026 has no day 30 (it has 28 days)
  [2]

File errors name the file and give the system's reason.

  $ foiclock due 2026-06-01 -o /nonexistent/x.ics --format ics
  foiclock: -o: cannot create '/nonexistent/x.ics': No such file or directory
  [2]
  $ foiclock deadline foia.schools 2026-06-01 --school-days /nonexistent/days.txt
  foiclock: --school-days: cannot open '/nonexistent/days.txt': No such file or directory
  [2]
  $ foiclock due 2026-06-01 --holidays /nonexistent/scotland.ics
  foiclock: --holidays: /nonexistent/scotland.ics: cannot open the file: No such file or directory
  [2]
  $ foiclock batch /nonexistent/cases.csv
  foiclock: batch: cannot open '/nonexistent/cases.csv': No such file or directory
  [2]

A file that opens but cannot be read (here a directory) is named with the
reason too.

  $ mkdir dir.csv
  $ foiclock batch dir.csv
  foiclock: batch: cannot read 'dir.csv': Is a directory
  [2]
  $ foiclock deadline foia.schools 2026-06-01 --school-days dir.csv
  foiclock: --school-days: cannot read 'dir.csv': Is a directory
  [2]
  $ foiclock due 2026-06-01 --holidays scotland=dir.csv
  foiclock: --holidays: dir.csv: cannot read the file: Is a directory
  [2]

Options with no command after them, and help on help.

  $ foiclock --format json
  foiclock: no command given, or '--format' is not an option (run 'foiclock --help' for the commands and options)
  [2]
  $ foiclock help help | head -n 1
  usage: foiclock [OPTIONS] COMMAND [ARGS] [OPTIONS]

A date in words typed without quotes, for any command: the hint finds the
words that make the date wherever they stand.

  $ foiclock add 15 Oct 2018 5
  foiclock: add: unexpected argument '2018' (quote a date with spaces: '15 Oct 2018')
  usage: foiclock add DATE N [--calendar ID] [--format text|json]
  (run 'foiclock add --help' for more)
  [2]
  $ foiclock count 1 Jun 2026 30 Jun 2026
  foiclock: count: unexpected argument '2026' (quote a date with spaces: '1 Jun 2026')
  usage: foiclock count FROM TO [--calendar ID] [--format text|json]
  (run 'foiclock count --help' for more)
  [2]
  $ foiclock timeline --received 15 Oct 2018
  foiclock: timeline: unexpected argument 'Oct' (quote a date with spaces: '15 Oct 2018')
  usage: foiclock timeline --received DATE [--regime foia|eir|foisa|eisr|sar|le-sar]
  (run 'foiclock timeline --help' for more)
  [2]

Impossible dates in every form are refused with the reason, naming the
input as typed (February 2026 has 28 days, 2025 is not a leap year, April
has 30 days); ambiguous forms are refused with why.

  $ foiclock due 31.02.2026
  foiclock: '31.02.2026' is not a valid date: February 2026 has no day 31 (it has 28 days)
  [2]
  $ foiclock due 'February 30, 2026'
  foiclock: 'February 30, 2026' is not a valid date: February 2026 has no day 30 (it has 28 days)
  [2]
  $ foiclock due '29/02/2025 10:00'
  foiclock: '29/02/2025 10:00' is not a valid date: February 2025 has no day 29 (it has 28 days)
  [2]
  $ foiclock due 31-04-2026
  foiclock: '31-04-2026' is not a valid date: April 2026 has no day 31 (it has 30 days)
  [2]
  $ foiclock due 15.10.18
  foiclock: '15.10.18' is not a date: a two-digit year is ambiguous; write the year in full, as in 15/10/2018
  [2]
  $ foiclock due 10/15/2018
  foiclock: '10/15/2018' is not a valid date: month 15 does not exist (UK dates put the day first, as in 15/10/2018)
  [2]

How a date-time became a UK date is part of the answer. 23:30 UTC on Fri 10
Jul 2026 is 00:30 BST on Sat 11 Jul (BST runs from 29 March to 25 October
2026), so day 0 is the Saturday: 20 working days on, skipping no England
and Wales holiday but Scotland's 3 August and Northern Ireland's 13 July on
the uk calendar, is Tue 11 Aug 2026. A spreadsheet's 02/11/2026 09:15 has
no offset: it is taken as UK local time, Mon 2 Nov 2026; due Tue 1 Dec
(St Andrew's Day, Mon 30 Nov, skipped).

  $ foiclock due 2026-07-10T23:30:00Z | head -n 2
  FOI response due: Tuesday 11 August 2026
    Received 23:30 UTC = 00:30 BST on Saturday 11 July 2026.
  $ foiclock due '02/11/2026 09:15' --format json | grep -o '"converted.*'
  "converted":[{"field":"received","input":"02/11/2026 09:15","date":"2026-11-02","local_time":true,"text":"09:15 UK time on Monday 2 November 2026 (no offset from UTC given: taken as UK local time)"}]}
  $ foiclock deadline review-request 'Tue, 6 Nov 2018 15:34:05 +0000' | head -n 2
  Last day to ask for an FOI review: Tuesday 8 January 2019
    Responded 15:34 UTC = 15:34 GMT on Tuesday 6 November 2018.
  $ foiclock timeline --received 2026-07-10T23:30:00Z --responded '05/08/2026 17:45' --today 2026-09-01 | head -n 3
  FOIA request, received Saturday 11 July 2026; today is Tuesday 1 September 2026.
  Received 23:30 UTC = 00:30 BST on Saturday 11 July 2026.
  Responded 17:45 UK time on Wednesday 5 August 2026 (no offset from UTC given: taken as UK local time).
  $ foiclock timeline --received 2026-07-10T23:30:00Z --today 2026-09-01 --format json | grep -o '"converted.*'
  "converted":[{"field":"received","input":"2026-07-10T23:30:00Z","date":"2026-07-11","local_time":false,"text":"23:30 UTC = 00:30 BST on Saturday 11 July 2026"}]}

Batch rows read the same forms by the same rules: today counts from
--today (Thu 5 Nov 2026), a spreadsheet date-time is UK local time, and
each conversion is a note on the row (standard error for CSV, warnings in
JSON). 15 October 2026 (Thursday) + 20 working days = Thu 12 Nov; Mon 2 Nov
2026 answered Thu 5 Nov: met; 23:30 UTC on Sat 10 Oct is Sun 11 Oct in the
UK, + 20 working days = Fri 6 Nov.

  $ printf 'ref,received,responded\nA,02/11/2026 09:15,today\nB,"October 15, 2026",\nC,2026-10-10T23:30:00Z,\nD,31.02.2026,\nE,15.10.2026,yesterday\n' > dates.csv
  $ foiclock batch dates.csv --today 2026-11-05 | grep -v October | cut -d, -f1-4,10,18
  foiclock: batch: line 2: note: received 09:15 UK time on Monday 2 November 2026 (no offset from UTC given: taken as UK local time)
  foiclock: batch: line 4: note: received 23:30 UTC = 00:30 BST on Sunday 11 October 2026
  foiclock: batch: 1 of 5 rows had errors
  ref,received,responded,response_due,status,error
  A,02/11/2026 09:15,today,2026-12-01,met,
  C,2026-10-10T23:30:00Z,,2026-11-06,pending,
  D,31.02.2026,,,,line 5: received: '31.02.2026' is not a valid date: February 2026 has no day 31 (it has 28 days)
  E,15.10.2026,yesterday,2026-11-12,met,
  $ foiclock batch dates.csv --today 2026-11-05 --format json 2>/dev/null | sed -n 2p | grep -o '"received.*"response_due":"[^"]*"'
  "received":"October 15, 2026","responded":"","response_due":"2026-11-12"
  $ foiclock batch dates.csv --today 2026-11-05 --format json 2>/dev/null | sed -n 3p | grep -o '"warnings.*'
  "warnings":["received 23:30 UTC = 00:30 BST on Sunday 11 October 2026"]}
  $ printf 'ref,received\nC,2026-10-10T23:30:00Z\n' | foiclock batch --format ics --today 2026-11-05 >/dev/null
  foiclock: batch: line 2: note: received 23:30 UTC = 00:30 BST on Sunday 11 October 2026

Every name an option takes gets the nearest valid one on a slip (both,
when a slip is as close to two), in batch as in the other commands.

  $ foiclock due 2026-06-01 --regime fois
  foiclock: due: unknown regime 'fois': expected foia, eir, foisa, eisr, sar or le-sar (did you mean foia or foisa?)
  [2]
  $ foiclock due 2026-06-01 --regime eisrr
  foiclock: due: unknown regime 'eisrr': expected foia, eir, foisa, eisr, sar or le-sar (did you mean eisr?)
  [2]
  $ foiclock deadline sar.response 2026-06-01 --division scotlnd
  foiclock: --division: unknown division 'scotlnd': expected england-and-wales, scotland or northern-ireland (did you mean scotland?)
  [2]
  $ foiclock due 2026-06-01 --format jsn
  foiclock: due: unknown format 'jsn': expected text, json or ics (did you mean json?)
  [2]
  $ foiclock due 2026-06-01 --receipt-rule statutry
  foiclock: --receipt-rule: unknown receipt rule 'statutry': expected statutory or next-working-day (did you mean statutory?)
  [2]
  $ printf 'received\n2026-06-01\n' | foiclock batch --rule foia.respons
  foiclock: batch: --rule: unknown rule 'foia.respons' (did you mean foia.response?)
  [2]
  $ printf 'received\n2026-06-01\n' | foiclock batch --column recieved=x
  foiclock: batch: --column: 'recieved' is not a column batch reads (rule, start, regime, division, ref, authority, pit_extension, public_records or a case event such as received) (did you mean received?)
  [2]
  $ printf 'received\n2026-06-01\n' | foiclock batch --format jsn
  foiclock: batch: unknown format 'jsn': expected csv, json or ics (did you mean json?)
  [2]
  $ printf 'received\n2026-06-01\n' | foiclock batch --receipt-rule next-workin-day
  foiclock: batch: --receipt-rule: unknown receipt rule 'next-workin-day': expected statutory or next-working-day (did you mean next-working-day?)
  [2]

--column also names the authority column (for calendar ids).

  $ printf 'ref,received,Council\nA,2026-06-01,Anytown\n' | foiclock batch --column authority=Council --format ics | grep -m1 UID | tr -d '\r'
  UID:foia.response~foia~Anytown~A@foiclock
