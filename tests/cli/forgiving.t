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
including the DTSTAMP of an export, and is refused by the others.

  $ foiclock due 2026-06-01 --format ics --today 2026-01-02 | grep DTSTAMP | tr -d '\r'
  foiclock: warning: 1 case or deadline without a reference: its events get new ids at every export, so calendar applications cannot update or cancel them; give --ref for ids that stay the same
  DTSTAMP:20260102T000000Z
  $ foiclock --today 2026-01-02 holidays --format json | head -c 80; echo
  {"schema_version":1,"from":"2026-01-01","to":"2026-12-31","calendar":"uk","provi
  $ foiclock add 2026-06-01 1 --today 2026-01-02
  foiclock: add: --today does not apply: its answer does not depend on today
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

Options with no command after them, and help on help.

  $ foiclock --format json
  foiclock: no command given, or '--format' is not an option (run 'foiclock --help' for the commands and options)
  [2]
  $ foiclock help help | head -n 1
  usage: foiclock [OPTIONS] COMMAND [ARGS] [OPTIONS]
