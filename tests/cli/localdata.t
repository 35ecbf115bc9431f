foiclock's holiday directories: files found there are used without
--holidays, but only where they are newer than the built-in data (of 26
November 2026, published to 2028), and every answer then says which data it
used. Inputs: tests/data/localdata (made by make.py there from the real
GOV.UK files: a feed with 2029 added, a Scottish file with a made-up Friday
7 May 2027 as generated before and after the built-in data) and
tests/data/govuk (the feed of February 2026, before the 15 June 2026 Scottish
holiday). FOICLOCK_HOLIDAYS_DIR=h (relative: paths in the output stay short)
stands for the directories; the XDG ones are tried at the end.

  $ cp "$TESTDIR"/../data/localdata/* "$TESTDIR"/../data/govuk/feed-cache-2012-2028.json .

FOIA, received Wednesday 20 June 2029, on the built-in data: 2029 is
projected (Battle of the Boyne, Thursday 12 July, skipped), due Thursday 19
July 2029, provisional. A directory that does not exist holds no files.

  $ FOICLOCK_HOLIDAYS_DIR=h foiclock due 2029-06-20
  FOI response due: Thursday 19 July 2029
    20 working days after Wednesday 20 June 2029 (day 0: the date of receipt), on the uk calendar.
    Skipped: Thursday 12 July 2029 Battle of the Boyne (Orangemen’s Day) (Northern Ireland; provisional).
    Basis: FOIA s.10(1) (statutory).
    PROVISIONAL: this depends on bank holidays after Sunday 31 December 2028, which are projected by rule and may change.

install-holidays does not create FOICLOCK_HOLIDAYS_DIR; the directory made,
it checks the feed as --holidays would, says what it changes against the
built-in data (2029 as projected, plus Monday 2 July in Scotland) and where
it went.

  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays bank-holidays-2029.json
  foiclock: install-holidays: cannot create a file in h: No such file or directory
  [2]
  $ mkdir h && FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays bank-holidays-2029.json
  Installed bank-holidays-2029.json as h/bank-holidays.json.
  Against the built-in data it:
    adds Monday 2 July 2029 Test extra bank holiday (Scotland)
  Later runs use it for 2029.
  $ ls -A h
  bank-holidays.json

The same request: Monday 2 July and Thursday 12 July 2029 skipped (20 working
days: 21-22 June, 25-29 June, 3-6 July, 9-11 July, 13 July, 16-20 July), due
Friday 20 July 2029, no longer provisional. The answer names the data.

  $ FOICLOCK_HOLIDAYS_DIR=h foiclock due 2029-06-20
  FOI response due: Friday 20 July 2029
    20 working days after Wednesday 20 June 2029 (day 0: the date of receipt), on the uk calendar.
    Skipped: Monday 2 July 2029 Test extra bank holiday (Scotland; from bank-holidays.json); Thursday 12 July 2029 Battle of the Boyne (Orangemen’s Day) (Northern Ireland; from bank-holidays.json).
    Basis: FOIA s.10(1) (statutory).
    Holidays: built-in to 2028 + bank-holidays.json (2029).
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock due 2029-06-20 --no-local-holidays
  FOI response due: Thursday 19 July 2029
    20 working days after Wednesday 20 June 2029 (day 0: the date of receipt), on the uk calendar.
    Skipped: Thursday 12 July 2029 Battle of the Boyne (Orangemen’s Day) (Northern Ireland; provisional).
    Basis: FOIA s.10(1) (statutory).
    PROVISIONAL: this depends on bank holidays after Sunday 31 December 2028, which are projected by rule and may change.
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock --no-local-holidays is-working-day 2029-07-02
  Monday 2 July 2029 is a working day [PROVISIONAL: depends on days after 31 December 2028, beyond the published bank-holiday data]
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock is-working-day 2029-07-02
  Monday 2 July 2029 is not a working day: Test extra bank holiday (Scotland; from bank-holidays.json) [holidays: built-in to 2028 + bank-holidays.json (2029)]
  [1]
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock add 2029-06-29 1
  Tuesday 3 July 2029 (1st working day after Friday 29 June 2029; skipped: Monday 2 July 2029 Test extra bank holiday (Scotland; from bank-holidays.json)) [holidays: built-in to 2028 + bank-holidays.json (2029)]
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock count 2029-06-20 2029-07-20
  20 working days after Wednesday 20 June 2029 up to and including Friday 20 July 2029 [holidays: built-in to 2028 + bank-holidays.json (2029)]
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock holidays 2029-07-01 2029-07-31
  Non-working weekdays on the uk calendar, Sunday 1 July 2029 to Tuesday 31 July 2029: 2
  Monday 2 July 2029 Test extra bank holiday (Scotland; from bank-holidays.json)
  Thursday 12 July 2029 Battle of the Boyne (Orangemen’s Day) (Northern Ireland; from bank-holidays.json)
  Holidays: built-in to 2028 + bank-holidays.json (2029).
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock due 2029-06-20 --format json
  {"schema_version":1,"rule":"foia.response","role":"response","summary":"FOI response due","anchor":"2029-06-20","anchor_meaning":"date of receipt","start":"2029-06-20","due":"2029-07-20","weekday":"Friday","count":20,"unit":"working days","calendar":"uk","statutory":true,"basis":"FOIA s.10(1)","provisional":false,"receipt_rule":"statutory","skipped":[{"date":"2029-07-02","weekday":"Monday","name":"Test extra bank holiday","division":["scotland"],"basis":"one-off","substitute":false,"provisional":false,"source":"bank-holidays.json"},{"date":"2029-07-12","weekday":"Thursday","name":"Battle of the Boyne (Orangemen’s Day)","division":["northern-ireland"],"basis":"proclamation","substitute":false,"provisional":false,"source":"bank-holidays.json"}],"data":{"builtin":{"date":"2026-11-26","published_until":"2028-12-31"},"files":[{"path":"h/bank-holidays.json","origin":"local","format":"govuk-json","date":null,"years":[2012,2013,2014,2015,2016,2017,2018,2019,2020,2021,2022,2023,2024,2025,2026,2027,2028,2029],"used":[2029],"stale":false}],"text":"built-in to 2028 + bank-holidays.json (2029)"}}
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock timeline --received 2029-06-20 --today 2029-06-25 | tail -n 2
  - The answer is due by Friday 20 July 2029. If none has come by then, it is late: the requester can ask for a review and then go to the ICO.
  Holidays: built-in to 2028 + bank-holidays.json (2029).
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock calendars | sed -n '1,2p;9,$p'
  uk                 FOIA 2000 s.10(6) and EIR 2004: weekends, Christmas Day, Good Friday and bank holidays in any part of the UK
                     covers 1971-01-01 to 2199-12-31; published data to 2029-12-31, provisional after
  
  Built-in holiday data of 2026-11-26. Holiday files are read from h (FOICLOCK_HOLIDAYS_DIR).
    h/bank-holidays.json: used for 2029

Calendar files and batch have no place for it: standard error says it.

  $ FOICLOCK_HOLIDAYS_DIR=h foiclock due 2029-06-20 --format ics --ref R1 >/dev/null
  foiclock: holidays: built-in to 2028 + bank-holidays.json (2029)
  $ printf 'ref,received\nR1,2029-06-20\n' | FOICLOCK_HOLIDAYS_DIR=h foiclock batch - --today 2029-06-25
  foiclock: holidays: built-in to 2028 + bank-holidays.json (2029)
  ref,received,response_due,in_time,working_days_taken,working_days_late,review_request_by,review_response_due,status,working_days_left,working_days_overdue,provisional,error
  R1,2029-06-20,2029-07-20,,,,,,pending,17,,false,

A stale file: the February 2026 feed (a year's old download after an
upgrade) lacks the Scottish holiday of Monday 15 June 2026. It passes the
checks, but does not replace the newer feed, which later runs use. Once
that is gone it is installed, with a warning; later runs keep the built-in
data where the two differ, and warn. FOISA, received Monday 1 June 2026: 20
working days skipping 15 June, due Tuesday 30 June 2026 (29 June had the
stale file been used).

  $ cp feed-cache-2012-2028.json bank-holidays.json
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays bank-holidays.json
  foiclock: install-holidays: bank-holidays.json is older than the built-in data, and h/bank-holidays.json, which later runs use, is not: not replaced (remove h/bank-holidays.json first to install it anyway)
  [2]
  $ rm h/bank-holidays.json
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays bank-holidays.json
  Installed bank-holidays.json as h/bank-holidays.json.
  Against the built-in data it:
    removes Monday 15 June 2026 World Cup bank holiday (Scotland)
  Later runs do not use it: the built-in data are newer.
  foiclock: warning: h/bank-holidays.json: older than the built-in data (it has no date of its own and reaches no further than the built-in data, which are of Thursday 26 November 2026): where the two differ (Scotland 2026) the built-in data are used; install a newer download, remove the file, or give it with --holidays to use it anyway
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock due 2026-06-01 --regime foisa
  foiclock: warning: h/bank-holidays.json: older than the built-in data (it has no date of its own and reaches no further than the built-in data, which are of Thursday 26 November 2026): where the two differ (Scotland 2026) the built-in data are used; install a newer download, remove the file, or give it with --holidays to use it anyway
  FOISA response due: Tuesday 30 June 2026
    20 working days after Monday 1 June 2026 (day 0: the date of receipt), on the scotland calendar.
    Skipped: Monday 15 June 2026 World Cup bank holiday (Scotland).
    Basis: FOISA s.10(1) (statutory).
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock due 2026-06-01 --regime foisa --format json
  {"schema_version":1,"warnings":[{"source":"h/bank-holidays.json","line":0,"kind":"warning","division":"scotland","date":"2026-01-01","until":"2026-12-31","name":"","message":"older than the built-in data (it has no date of its own and reaches no further than the built-in data, which are of Thursday 26 November 2026): where the two differ (Scotland 2026) the built-in data are used; install a newer download, remove the file, or give it with --holidays to use it anyway"}]}
  {"schema_version":1,"rule":"foisa.response","role":"response","summary":"FOISA response due","anchor":"2026-06-01","anchor_meaning":"date of receipt","start":"2026-06-01","due":"2026-06-30","weekday":"Tuesday","count":20,"unit":"working days","calendar":"scotland","statutory":true,"basis":"FOISA s.10(1)","provisional":false,"receipt_rule":"statutory","skipped":[{"date":"2026-06-15","weekday":"Monday","name":"World Cup bank holiday","division":["scotland"],"basis":"one-off","substitute":false,"provisional":false,"source":"built-in"}],"data":{"builtin":{"date":"2026-11-26","published_until":"2028-12-31"},"files":[{"path":"h/bank-holidays.json","origin":"local","format":"govuk-json","date":null,"years":[2012,2013,2014,2015,2016,2017,2018,2019,2020,2021,2022,2023,2024,2025,2026,2027,2028],"used":[],"stale":true}],"text":"built-in"}}

An iCalendar file carries its own date (DTSTAMP, when GOV.UK generated it).
Generated on 3 August 2026, before the built-in data, its extra day in 2027
is not used; generated on 15 January 2027, it is. Each is installed as
scotland.ics, the newer one replacing the older.

  $ rm h/bank-holidays.json
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays scotland-older.ics
  Installed scotland-older.ics as h/scotland.ics.
  Against the built-in data it:
    adds Friday 7 May 2027 Test extra bank holiday (Scotland)
  Later runs do not use it: the built-in data are newer.
  foiclock: warning: h/scotland.ics: older than the built-in data (its data are of Monday 3 August 2026, the built-in data of Thursday 26 November 2026): where the two differ (Scotland 2027) the built-in data are used; install a newer download, remove the file, or give it with --holidays to use it anyway
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock is-working-day 2027-05-07 --calendar scotland
  foiclock: warning: h/scotland.ics: older than the built-in data (its data are of Monday 3 August 2026, the built-in data of Thursday 26 November 2026): where the two differ (Scotland 2027) the built-in data are used; install a newer download, remove the file, or give it with --holidays to use it anyway
  Friday 7 May 2027 is a working day on the scotland calendar
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays scotland-newer.ics
  Installed scotland-newer.ics as h/scotland.ics.
  Against the built-in data it:
    adds Friday 7 May 2027 Test extra bank holiday (Scotland)
  Later runs use it for 2027.
  $ ls -A h
  scotland.ics
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock is-working-day 2027-05-07 --calendar scotland
  Friday 7 May 2027 is not a working day on the scotland calendar: Test extra bank holiday (Scotland; from scotland.ics) [holidays: built-in to 2028 + scotland.ics (2027)]
  [1]

--holidays still works and comes last, for every year it holds, whatever its
date: a 2025-2027 Scottish file without the extra day replaces the local
file's 2027, and the answer says so. The feed is taken by --holidays too.

  $ cp "$TESTDIR"/../data/import/scotland-no-statutory.ics .
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock is-working-day 2027-05-07 --calendar scotland --holidays scotland-no-statutory.ics 2>/dev/null
  Friday 7 May 2027 is a working day on the scotland calendar [holidays: built-in to 2028 + scotland-no-statutory.ics (2025-2027)]
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock calendars --holidays scotland-no-statutory.ics 2>/dev/null | tail -n 3
  Built-in holiday data of 2026-11-26. Holiday files are read from h (FOICLOCK_HOLIDAYS_DIR).
    h/scotland.ics: not used (a later file gives its years)
    scotland-no-statutory.ics (--holidays): used for 2025-2027
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock calendars --no-local-holidays | tail -n 2
  Built-in holiday data of 2026-11-26. Holiday files are read from h (FOICLOCK_HOLIDAYS_DIR); not read now (--no-local-holidays).
    No holiday files are in force: the built-in data alone.
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock is-working-day 2029-07-02 --no-local-holidays --holidays bank-holidays-2029.json
  foiclock: note: bank-holidays-2029.json: adds Monday 2 July 2029 Test extra bank holiday (Scotland)
  Monday 2 July 2029 is not a working day: Test extra bank holiday (Scotland; from bank-holidays-2029.json) [holidays: built-in to 2028 + bank-holidays-2029.json (2012-2029)]
  [1]

A feed is strict JSON of GOV.UK's shape; a fault is refused with its line.

  $ printf '[]\n' > list.json
  $ foiclock next 2026-06-12 --holidays list.json
  foiclock: --holidays: list.json:1: not a GOV.UK bank-holidays.json feed (a JSON object of divisions)
  [2]
  $ sed 's/"scotland": {/"wales": {/' bank-holidays-2029.json > wales.json
  $ foiclock next 2026-06-12 --holidays wales.json
  foiclock: --holidays: wales.json:895: "wales" is not a division of the feed (england-and-wales, scotland, northern-ireland)
  [2]
  $ sed 's/"2029-07-02"/"2029-07-32"/' bank-holidays-2029.json > day32.json
  $ foiclock next 2026-06-12 --holidays day32.json
  foiclock: --holidays: day32.json:1878: July 2029 has no day 32 (it has 31 days)
  [2]
  $ sed 's/Test extra bank holiday/Test \\x/' bank-holidays-2029.json > escape.json
  $ foiclock next 2026-06-12 --holidays escape.json
  foiclock: --holidays: escape.json:1877: an unknown escape in a string
  [2]

A damaged file in the directory stops every command, naming it, until it is
replaced or --no-local-holidays is given.

  $ cp "$TESTDIR"/../data/import/scotland-weekend.ics h/scotland.ics
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock next 2026-12-24
  foiclock: local holiday file h/scotland.ics is not usable: scotland.ics:80: 2026-12-26 is a Saturday: a holiday file gives the weekday that replaces a holiday falling at a weekend (a weekend is never a working day) (install a good download with 'foiclock install-holidays', remove the file, or run with --no-local-holidays)
  [2]
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock next 2026-12-24 --no-local-holidays
  Tuesday 29 December 2026 (next working day after Thursday 24 December 2026; skipped: Friday 25 December 2026 Christmas Day (all of the UK), Monday 28 December 2026 Boxing Day (substitute day) (all of the UK))

install-holidays refuses a file that fails a check, with the reason, and
leaves the directory as it was; it needs the division of an iCalendar file.

  $ rm h/scotland.ics
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays "$TESTDIR"/../data/import/scotland-weekend.ics
  foiclock: install-holidays: scotland-weekend.ics:80: 2026-12-26 is a Saturday: a holiday file gives the weekday that replaces a holiday falling at a weekend (a weekend is never a working day); nothing installed
  [2]
  $ head -c 600 bank-holidays-2029.json > cut.json
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays cut.json
  foiclock: install-holidays: cut.json:28: '}' expected before the end of the file; nothing installed
  [2]
  $ sed 's/"2029-07-02"/"2029-07-07"/' bank-holidays-2029.json > weekend.json
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays weekend.json
  foiclock: install-holidays: weekend.json:1878: 2029-07-07 is a Saturday: a holiday file gives the weekday that replaces a holiday falling at a weekend (a weekend is never a working day); nothing installed
  [2]
  $ cp scotland-newer.ics mine.ics
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays mine.ics
  foiclock: install-holidays: mine.ics: cannot tell the division from the file's name: give it as DIVISION=FILE (england-and-wales, scotland, northern-ireland); nothing installed
  [2]
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays nothing.json
  foiclock: install-holidays: nothing.json: cannot open the file: No such file or directory; nothing installed
  [2]
  $ ls -A h
  $ FOICLOCK_HOLIDAYS_DIR=h foiclock install-holidays scotland=mine.ics --format json
  {"schema_version":1,"installed":"h/scotland.ics","source":"mine.ics","changes":[{"source":"mine.ics","line":0,"kind":"added","division":"scotland","date":"2027-05-07","until":"2027-05-07","name":"Test extra bank holiday","message":"adds Friday 7 May 2027 Test extra bank holiday (Scotland)"}],"warning":null,"data":{"builtin":{"date":"2026-11-26","published_until":"2028-12-31"},"files":[{"path":"h/scotland.ics","origin":"local","format":"icalendar","date":"2027-01-15","years":[2019,2020,2021,2022,2023,2024,2025,2026,2027,2028],"used":[2027],"stale":false}],"text":"built-in to 2028 + scotland.ics (2027)"}}

Without FOICLOCK_HOLIDAYS_DIR: the user's directory under XDG_DATA_HOME, or
~/.local/share without it (created as needed). The system directory is read
too (it does not exist on a test machine).

  $ env -u FOICLOCK_HOLIDAYS_DIR XDG_DATA_HOME="$PWD/xdg" foiclock install-holidays bank-holidays-2029.json | sed "s|$PWD|PWD|"
  Installed bank-holidays-2029.json as PWD/xdg/foiclock/holidays/bank-holidays.json.
  Against the built-in data it:
    adds Monday 2 July 2029 Test extra bank holiday (Scotland)
  Later runs use it for 2029.
  $ env -u FOICLOCK_HOLIDAYS_DIR XDG_DATA_HOME="$PWD/xdg" foiclock is-working-day 2029-07-02
  Monday 2 July 2029 is not a working day: Test extra bank holiday (Scotland; from bank-holidays.json) [holidays: built-in to 2028 + bank-holidays.json (2029)]
  [1]
  $ env -u FOICLOCK_HOLIDAYS_DIR -u XDG_DATA_HOME HOME="$PWD/home" foiclock install-holidays bank-holidays-2029.json | sed "s|$PWD|PWD|"
  Installed bank-holidays-2029.json as PWD/home/.local/share/foiclock/holidays/bank-holidays.json.
  Against the built-in data it:
    adds Monday 2 July 2029 Test extra bank holiday (Scotland)
  Later runs use it for 2029.
  $ env -u FOICLOCK_HOLIDAYS_DIR XDG_DATA_HOME=relative HOME="$PWD/home" foiclock is-working-day 2029-07-02
  Monday 2 July 2029 is not a working day: Test extra bank holiday (Scotland; from bank-holidays.json) [holidays: built-in to 2028 + bank-holidays.json (2029)]
  [1]
