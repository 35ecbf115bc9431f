count, is-working-day, next, prev, calendars and the help texts.

src/doc/rules.md section 5: a response on working day 16 is 4 working days early;
counting excludes the first date and includes the last.

  $ foiclock count 2018-10-15 2018-11-06
  16 working days after Monday 15 October 2018 up to and including Tuesday 6 November 2018
  $ foiclock count 2018-11-06 2018-10-15 --format json
  {"schema_version":1,"date":"2018-10-15","weekday":"Monday","calendar":"uk","provisional":false,"from":"2018-11-06","to":"2018-10-15","count":-16}

Exit status 0 for a working day, 1 for a day off.

  $ foiclock is-working-day 2018-12-24
  Monday 24 December 2018 is a working day
  $ foiclock is-working-day 2018-12-25
  Tuesday 25 December 2018 is not a working day: Christmas Day (all of the UK)
  [1]
  $ foiclock is-working-day 2018-12-22
  Saturday 22 December 2018 is not a working day: weekend
  [1]
  $ foiclock is-working-day 2026-06-15 --calendar scotland --format json
  {"schema_version":1,"date":"2026-06-15","weekday":"Monday","calendar":"scotland","provisional":false,"working_day":false,"weekend":false,"holidays":[{"date":"2026-06-15","weekday":"Monday","name":"World Cup bank holiday","division":["scotland"],"basis":"one-off","substitute":false,"provisional":false,"source":"built-in"}]}
  [1]
  $ foiclock is-working-day 2026-06-15 --calendar northern-ireland
  Monday 15 June 2026 is a working day on the northern-ireland calendar

Friday 23 December 2022: Boxing Day and the Christmas substitute follow the
weekend, so the next working day is Wednesday 28 December (GOV.UK feed).

  $ foiclock next 2022-12-23
  Wednesday 28 December 2022 (next working day after Friday 23 December 2022; skipped: Monday 26 December 2022 Boxing Day (all of the UK), Tuesday 27 December 2022 Christmas Day (substitute day) (all of the UK))
  $ foiclock prev 2022-12-28
  Friday 23 December 2022 (last working day before Wednesday 28 December 2022; skipped: Monday 26 December 2022 Boxing Day (all of the UK), Tuesday 27 December 2022 Christmas Day (substitute day) (all of the UK))
  $ foiclock next 2022-12-23 --format json
  {"schema_version":1,"date":"2022-12-28","weekday":"Wednesday","calendar":"uk","provisional":false,"anchor":"2022-12-23","anchor_weekday":"Friday","n":1,"skipped":[{"date":"2022-12-26","weekday":"Monday","name":"Boxing Day","division":["england-and-wales","scotland","northern-ireland"],"basis":"statute","substitute":false,"provisional":false,"source":"built-in"},{"date":"2022-12-27","weekday":"Tuesday","name":"Christmas Day","division":["england-and-wales","northern-ireland"],"basis":"statute","substitute":true,"provisional":false,"source":"built-in"},{"date":"2022-12-27","weekday":"Tuesday","name":"Christmas Day","division":["scotland"],"basis":"proclamation","substitute":true,"provisional":false,"source":"built-in"}]}

  $ foiclock calendars
  uk                 FOIA 2000 s.10(6) and EIR 2004: weekends, Christmas Day, Good Friday and bank holidays in any part of the UK
                     covers 1971-01-01 to 2199-12-31; published data to 2028-12-31, provisional after
  scotland           FOISA 2002 s.73 and EISR 2004: weekends, Christmas Day and bank holidays in Scotland
                     covers 1971-01-01 to 2199-12-31; published data to 2028-12-31, provisional after
  england-and-wales  weekends, Christmas Day, Good Friday and bank holidays in England and Wales
                     covers 1971-01-01 to 2199-12-31; published data to 2028-12-31, provisional after
  northern-ireland   weekends, Christmas Day, Good Friday and bank holidays in Northern Ireland
                     covers 1971-01-01 to 2199-12-31; published data to 2028-12-31, provisional after
  
  Built-in holiday data of 2026-11-26. Holiday files are read from /nonexistent/foiclock-holidays (FOICLOCK_HOLIDAYS_DIR).
    No holiday files are in force: the built-in data alone.
  $ foiclock calendars --format json
  {"schema_version":1,"calendars":[{"id":"uk","description":"FOIA 2000 s.10(6) and EIR 2004: weekends, Christmas Day, Good Friday and bank holidays in any part of the UK","divisions":["england-and-wales","scotland","northern-ireland"],"first":"1971-01-01","last":"2199-12-31","published_until":"2028-12-31"},{"id":"scotland","description":"FOISA 2002 s.73 and EISR 2004: weekends, Christmas Day and bank holidays in Scotland","divisions":["scotland"],"first":"1971-01-01","last":"2199-12-31","published_until":"2028-12-31"},{"id":"england-and-wales","description":"weekends, Christmas Day, Good Friday and bank holidays in England and Wales","divisions":["england-and-wales"],"first":"1971-01-01","last":"2199-12-31","published_until":"2028-12-31"},{"id":"northern-ireland","description":"weekends, Christmas Day, Good Friday and bank holidays in Northern Ireland","divisions":["northern-ireland"],"first":"1971-01-01","last":"2199-12-31","published_until":"2028-12-31"}],"holiday_dirs":["/nonexistent/foiclock-holidays"]}

  $ foiclock --help
  usage: foiclock [OPTIONS] COMMAND [ARGS] [OPTIONS]
  
  UK statutory working-day deadlines (FOIA, EIR, FOISA) against the UK's
  bank-holiday calendars.
  
  commands:
    due DATE              the response deadline for a request received on DATE
    deadline RULE DATE    the deadline of any rule, counted from DATE
    timeline --received DATE [EVENTS]
                          every deadline of a case, with where each stands today
    rules                 the time limits foiclock knows
    batch [FILE]          deadlines for every row of a CSV caseload
    add DATE N            the Nth working day after DATE (before it if N < 0)
    count FROM TO         working days after FROM up to and including TO
    is-working-day DATE   exit 0 if DATE is a working day, 1 if not
    next DATE             the first working day after DATE
    prev DATE             the last working day before DATE
    holidays [YEAR | FROM TO]
                          the calendar's non-working weekdays
    calendars             the calendars, their coverage and published data
    install-holidays [DIVISION=]FILE
                          check a downloaded GOV.UK holiday file and install
                          it where every later run reads it
  
  Calendars: uk (FOIA/EIR, the default), scotland (FOISA/EISR),
  england-and-wales, northern-ireland. DATE may be 2018-10-15, 15/10/2018,
  15.10.2018, 2018/10/15, '15 October 2018', 'October 15, 2018', today,
  yesterday, tomorrow, a date-time with an offset (2018-06-01T23:30:00Z),
  one without (UK local time) or an e-mail Date: header; '-' reads one date
  per line from standard input.
  
  options for every command (before or after it):
    --format text|json    output for people (default) or JSON; some commands
                          also take ics (batch: csv|json|ics)
    -o, --output FILE     write to FILE, replacing it only when all went well
    --holidays [DIVISION=]FILE
                          newer bank-holiday data from a GOV.UK file
                          (bank-holidays.json or a division's .ics)
    --no-local-holidays   the built-in holiday data alone: no files from
                          FOICLOCK_HOLIDAYS_DIR, ~/.local/share/foiclock/holidays
                          or the system directory
    --today DATE          the date taken as today (every command but rules
                          and calendars)
    -h, --help            this help, or a command's with 'help COMMAND'
    -V, --version         the version
  
  Run 'foiclock help COMMAND' or 'foiclock COMMAND --help' for more. Exit
  status: 0 success, 1 a negative answer (is-working-day), 2 a usage or
  input error.
  $ foiclock add --help
  usage: foiclock add DATE N [--calendar ID] [--format text|json]
  
  The Nth working day after DATE (N > 0) or before it (N < 0). DATE is day 0
  even when it is itself a working day, so 'add 2018-10-15 20' is the FOIA
  response deadline for a request received on 15 October 2018. Shows every
  non-working weekday skipped. DATE '-' reads dates from standard input.
  $ foiclock
  foiclock: no command given (run 'foiclock --help' for the list)
  [2]
  $ foiclock frobnicate
  foiclock: unknown command 'frobnicate' (run 'foiclock --help' for the list)
  [2]
  $ foiclock calendars extra
  foiclock: calendars: unexpected argument 'extra'
  usage: foiclock calendars [--format text|json]
  (run 'foiclock calendars --help' for more)
  [2]
