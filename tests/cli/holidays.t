foiclock holidays: a calendar's non-working weekdays, with their divisions.
Dates and titles: GOV.UK bank-holidays feed and the 2026 Scottish proclamation.

  $ foiclock holidays 2026
  Non-working weekdays on the uk calendar, Thursday 1 January 2026 to Thursday 31 December 2026: 14
  Thursday 1 January 2026 New Year’s Day (all of the UK)
  Friday 2 January 2026 2nd January (Scotland)
  Tuesday 17 March 2026 St Patrick’s Day (Northern Ireland)
  Friday 3 April 2026 Good Friday (all of the UK)
  Monday 6 April 2026 Easter Monday (England and Wales, Northern Ireland)
  Monday 4 May 2026 Early May bank holiday (all of the UK)
  Monday 25 May 2026 Spring bank holiday (all of the UK)
  Monday 15 June 2026 World Cup bank holiday (Scotland)
  Monday 13 July 2026 Battle of the Boyne (Orangemen’s Day) (substitute day) (Northern Ireland)
  Monday 3 August 2026 Summer bank holiday (Scotland)
  Monday 31 August 2026 Summer bank holiday (England and Wales, Northern Ireland)
  Monday 30 November 2026 St Andrew’s Day (Scotland)
  Friday 25 December 2026 Christmas Day (all of the UK)
  Monday 28 December 2026 Boxing Day (substitute day) (all of the UK)
  $ foiclock holidays 2026 --calendar scotland
  Non-working weekdays on the scotland calendar, Thursday 1 January 2026 to Thursday 31 December 2026: 10
  Thursday 1 January 2026 New Year’s Day (Scotland)
  Friday 2 January 2026 2nd January (Scotland)
  Friday 3 April 2026 Good Friday (Scotland)
  Monday 4 May 2026 Early May bank holiday (Scotland)
  Monday 25 May 2026 Spring bank holiday (Scotland)
  Monday 15 June 2026 World Cup bank holiday (Scotland)
  Monday 3 August 2026 Summer bank holiday (Scotland)
  Monday 30 November 2026 St Andrew’s Day (Scotland)
  Friday 25 December 2026 Christmas Day (Scotland)
  Monday 28 December 2026 Boxing Day (substitute day) (Scotland)
  $ foiclock holidays 2018-03-01 2018-04-30 --format json
  {"schema_version":1,"from":"2018-03-01","to":"2018-04-30","calendar":"uk","provisional":false,"holidays":[{"date":"2018-03-19","weekday":"Monday","name":"St Patrick’s Day","division":["northern-ireland"],"basis":"proclamation","substitute":true,"provisional":false,"source":"built-in"},{"date":"2018-03-30","weekday":"Friday","name":"Good Friday","division":["scotland"],"basis":"statute","substitute":false,"provisional":false,"source":"built-in"},{"date":"2018-03-30","weekday":"Friday","name":"Good Friday","division":["england-and-wales","northern-ireland"],"basis":"common-law","substitute":false,"provisional":false,"source":"built-in"},{"date":"2018-04-02","weekday":"Monday","name":"Easter Monday","division":["england-and-wales","northern-ireland"],"basis":"statute","substitute":false,"provisional":false,"source":"built-in"}]}

With no year, the current one (FOICLOCK_TODAY fixes "today" for tests).

  $ foiclock holidays --calendar northern-ireland
  Non-working weekdays on the northern-ireland calendar, Thursday 1 January 2026 to Thursday 31 December 2026: 10
  Thursday 1 January 2026 New Year’s Day (Northern Ireland)
  Tuesday 17 March 2026 St Patrick’s Day (Northern Ireland)
  Friday 3 April 2026 Good Friday (Northern Ireland)
  Monday 6 April 2026 Easter Monday (Northern Ireland)
  Monday 4 May 2026 Early May bank holiday (Northern Ireland)
  Monday 25 May 2026 Spring bank holiday (Northern Ireland)
  Monday 13 July 2026 Battle of the Boyne (Orangemen’s Day) (substitute day) (Northern Ireland)
  Monday 31 August 2026 Summer bank holiday (Northern Ireland)
  Friday 25 December 2026 Christmas Day (Northern Ireland)
  Monday 28 December 2026 Boxing Day (substitute day) (Northern Ireland)

Years after 2028 are projected by rule and marked provisional.

  $ foiclock holidays 2033 --calendar scotland
  Non-working weekdays on the scotland calendar, Saturday 1 January 2033 to Saturday 31 December 2033: 9
  Monday 3 January 2033 New Year’s Day (substitute day) (Scotland; provisional)
  Tuesday 4 January 2033 2nd January (substitute day) (Scotland; provisional)
  Friday 15 April 2033 Good Friday (Scotland; provisional)
  Monday 2 May 2033 Early May bank holiday (Scotland; provisional)
  Monday 30 May 2033 Spring bank holiday (Scotland; provisional)
  Monday 1 August 2033 Summer bank holiday (Scotland; provisional)
  Wednesday 30 November 2033 St Andrew’s Day (Scotland; provisional)
  Monday 26 December 2033 Boxing Day (Scotland; provisional)
  Tuesday 27 December 2033 Christmas Day (substitute day) (Scotland; provisional)
  Days after 2028-12-31 are projected by rule and provisional.

Errors.

  $ foiclock holidays 26
  foiclock: holidays: '26' is not a year: give YEAR as four digits, or FROM TO
  [2]
  $ foiclock holidays 2300
  foiclock: holidays: the uk calendar covers 1971-01-01 to 2199-12-31 only
  [2]
  $ foiclock holidays 2018-04-30 2018-03-01
  foiclock: holidays: TO (2018-03-01) is before FROM (2018-04-30)
  [2]
