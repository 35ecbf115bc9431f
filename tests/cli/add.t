foiclock add: the Nth working day after a date, with the days it skipped.

Received Monday 15 October 2018, no holidays in the period: due Monday 12
November 2018 (src/doc/rules.md section 4, the fees example's undelayed deadline).

  $ foiclock add 2018-10-15 20
  Monday 12 November 2018 (20th working day after Monday 15 October 2018; skipped: no holidays)

Received Thursday 29 March 2018: FOIA due Monday 30 April 2018, FOISA due
Friday 27 April 2018 (src/doc/rules.md section 6; Easter Monday is a Scottish working day).

  $ foiclock add 2018-03-29 20
  Monday 30 April 2018 (20th working day after Thursday 29 March 2018; skipped: Friday 30 March 2018 Good Friday (all of the UK), Monday 2 April 2018 Easter Monday (England and Wales, Northern Ireland))
  $ foiclock add "29 March 2018" 20 --calendar scotland
  Friday 27 April 2018 (20th working day after Thursday 29 March 2018 on the scotland calendar; skipped: Friday 30 March 2018 Good Friday (Scotland))

Received Saturday 5 January 2019: statutory rule due Friday 1 February 2019;
with receipt moved to Monday 7 January, Monday 4 February (src/doc/rules.md section 6).

  $ foiclock add "Sat 5 Jan 2019" 20
  Friday 1 February 2019 (20th working day after Saturday 5 January 2019; skipped: no holidays)
  $ foiclock add 7/1/2019 20
  Monday 4 February 2019 (20th working day after Monday 7 January 2019; skipped: no holidays)

EIR extended, 40 working days from Monday 15 October 2018: Tuesday 11 December
2018 (src/doc/rules.md section 6).

  $ foiclock add 15/10/2018 40
  Tuesday 11 December 2018 (40th working day after Monday 15 October 2018; skipped: Friday 30 November 2018 St Andrew’s Day (Scotland))

The Scottish World Cup bank holiday (Monday 15 June 2026) moves an English
authority's FOIA deadline by a day (src/doc/holidays.md): 30 June on uk, 29 June on
england-and-wales (hand count: 2-12 June is 9 days, 16-26 June 18, 29 June 19,
30 June 20 when the 15th is skipped).

  $ foiclock add 2026-06-01 20
  Tuesday 30 June 2026 (20th working day after Monday 1 June 2026; skipped: Monday 15 June 2026 World Cup bank holiday (Scotland))
  $ foiclock add 2026-06-01 20 --calendar england-and-wales
  Monday 29 June 2026 (20th working day after Monday 1 June 2026 on the england-and-wales calendar; skipped: no holidays)
  $ foiclock add 2026-06-01 20 --format json
  {"schema_version":1,"date":"2026-06-30","weekday":"Tuesday","calendar":"uk","provisional":false,"anchor":"2026-06-01","anchor_weekday":"Monday","n":20,"skipped":[{"date":"2026-06-15","weekday":"Monday","name":"World Cup bank holiday","division":["scotland"],"basis":"one-off","substitute":false,"provisional":false,"source":"built-in"}]}

A request e-mailed at 23:30 UTC on Friday 1 June 2018 arrived on Saturday 2
June in UK time (BST), so day 0 is the Saturday (src/doc/rules.md section 2).

  $ foiclock add 2018-06-01T23:30:00Z 20
  foiclock: note: 2018-06-01T23:30:00Z is 23:30 UTC = 00:30 BST on Saturday 2 June 2018
  Friday 29 June 2018 (20th working day after Saturday 2 June 2018; skipped: no holidays)
  $ foiclock add "Fri, 1 Jun 2018 23:30:00 +0000" 20 --format json
  foiclock: note: Fri, 1 Jun 2018 23:30:00 +0000 is 23:30 UTC = 00:30 BST on Saturday 2 June 2018
  {"schema_version":1,"date":"2018-06-29","weekday":"Friday","calendar":"uk","provisional":false,"anchor":"2018-06-02","anchor_weekday":"Saturday","n":20,"skipped":[]}

Backwards: 20 working days before 12 November 2018 is 15 October 2018.

  $ foiclock add 2018-11-12 -20
  Monday 15 October 2018 (20th working day before Monday 12 November 2018; skipped: no holidays)

Beyond the published data (2028) the answer is provisional: Christmas 2030
(25 Wed, 26 Thu) is projected by rule.

  $ foiclock add 2030-12-16 10
  Friday 3 January 2031 (10th working day after Monday 16 December 2030; skipped: Wednesday 25 December 2030 Christmas Day (all of the UK; provisional), Thursday 26 December 2030 Boxing Day (all of the UK; provisional), Wednesday 1 January 2031 New Year’s Day (all of the UK; provisional), Thursday 2 January 2031 2nd January (Scotland; provisional)) [PROVISIONAL: depends on days after 31 December 2028, beyond the published bank-holiday data]
  $ foiclock add 2030-12-16 10 --format json
  {"schema_version":1,"date":"2031-01-03","weekday":"Friday","calendar":"uk","provisional":true,"anchor":"2030-12-16","anchor_weekday":"Monday","n":10,"skipped":[{"date":"2030-12-25","weekday":"Wednesday","name":"Christmas Day","division":["scotland"],"basis":"statute","substitute":false,"provisional":true,"source":"rules"},{"date":"2030-12-25","weekday":"Wednesday","name":"Christmas Day","division":["england-and-wales","northern-ireland"],"basis":"common-law","substitute":false,"provisional":true,"source":"rules"},{"date":"2030-12-26","weekday":"Thursday","name":"Boxing Day","division":["england-and-wales","northern-ireland"],"basis":"statute","substitute":false,"provisional":true,"source":"rules"},{"date":"2030-12-26","weekday":"Thursday","name":"Boxing Day","division":["scotland"],"basis":"proclamation","substitute":false,"provisional":true,"source":"rules"},{"date":"2031-01-01","weekday":"Wednesday","name":"New Year’s Day","division":["scotland"],"basis":"statute","substitute":false,"provisional":true,"source":"rules"},{"date":"2031-01-01","weekday":"Wednesday","name":"New Year’s Day","division":["england-and-wales","northern-ireland"],"basis":"proclamation","substitute":false,"provisional":true,"source":"rules"},{"date":"2031-01-02","weekday":"Thursday","name":"2nd January","division":["scotland"],"basis":"statute","substitute":false,"provisional":true,"source":"rules"}]}

Bad input: a clear message naming the input, nothing on standard output.

  $ foiclock add 30/02/2019 20
  foiclock: '30/02/2019' is not a valid date: February 2019 has no day 30 (it has 28 days)
  [2]
  $ foiclock add 2019-02-30 20
  foiclock: '2019-02-30' is not a valid date: February 2019 has no day 30 (it has 28 days)
  [2]
  $ foiclock add 10/15/2018 20
  foiclock: '10/15/2018' is not a valid date: month 15 does not exist (UK dates put the day first, as in 15/10/2018)
  [2]
  $ foiclock add someday 20
  foiclock: 'someday' is not a date: expected 2018-10-15, 15/10/2018, 15 October 2018, or a date-time with an offset such as 2018-06-01T23:30:00Z
  [2]
  $ foiclock add 2018-10-15 twenty
  foiclock: N must be a whole number of working days between -100000 and 100000, not 'twenty'
  [2]
  $ foiclock add 2018-10-15 1e3
  foiclock: N must be a whole number of working days between -100000 and 100000, not '1e3'
  [2]
  $ foiclock add 2018-10-15 99999999999
  foiclock: N must be a whole number of working days between -100000 and 100000, not '99999999999'
  [2]
  $ foiclock add 2199-12-20 20
  foiclock: 20 working days after 2199-12-20 falls outside the uk calendar, which covers 1971-01-01 to 2199-12-31
  [2]
  $ foiclock add 1970-12-31 1
  foiclock: 1970-12-31 is outside the uk calendar, which covers 1971-01-01 to 2199-12-31
  [2]
  $ foiclock add 2018-10-15
  foiclock: add: missing argument
  usage: foiclock add DATE N [--calendar ID] [--format text|json]
  (run 'foiclock add --help' for more)
  [2]
  $ foiclock add 2018-10-15 20 --calendar wales
  foiclock: add: unknown calendar 'wales': expected uk, scotland, england-and-wales or northern-ireland
  [2]
  $ foiclock add 2018-10-15 20 --format xml
  foiclock: add: unknown format 'xml': expected text or json
  [2]
  $ foiclock add 2018-10-15 20 --colour
  foiclock: add: unknown option '--colour'
  usage: foiclock add DATE N [--calendar ID] [--format text|json]
  (run 'foiclock add --help' for more)
  [2]
