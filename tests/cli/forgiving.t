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
  DTSTAMP:20260102T000000Z
  $ foiclock --today 2026-01-02 holidays --format json | head -c 80; echo
  {"schema_version":1,"from":"2026-01-01","to":"2026-12-31","calendar":"uk","provi
  $ foiclock add 2026-06-01 1 --today 2026-01-02
  foiclock: add: --today does not apply: its answer does not depend on today
  [2]
  $ foiclock due 2026-06-01 --today 2026-02-30
  foiclock: --today: '2026-02-30' is not a valid date: February 2026 has no day 30 (it has 28 days)
  [2]
