Wording people notice.

count with TO before FROM is negative and says which way it counted: 20
working days lie after Monday 1 June 2026 up to and including Tuesday 30
June 2026 (15 June 2026 is Scotland's World Cup bank holiday, counted on
the uk calendar), so the reverse is -20.

  $ foiclock count 2026-06-30 2026-06-01
  -20 working days (TO is the earlier date: 20 working days after Monday 1 June 2026 up to and including Tuesday 30 June 2026)
  $ foiclock count 2026-06-02 2026-06-01
  -1 working day (TO is the earlier date: 1 working day after Monday 1 June 2026 up to and including Tuesday 2 June 2026)
  $ foiclock count 2026-06-01 2026-06-30
  20 working days after Monday 1 June 2026 up to and including Tuesday 30 June 2026

Without school days the schools deadline says once that only the
60-working-day backstop applies (SI 2004/3364 reg 3).

  $ foiclock timeline --received 2026-06-01 --school | grep -c "school calendar"
  1

An iCalendar of the uk calendar's holidays says which part of the UK each
is a holiday in when not all of it; the scotland calendar's need not.

  $ foiclock holidays 2026 --format ics | grep SUMMARY | head -n 5 | tr -d '\r'
  SUMMARY:New Year’s Day
  SUMMARY:2nd January (Scotland)
  SUMMARY:St Patrick’s Day (Northern Ireland)
  SUMMARY:Good Friday
  SUMMARY:Easter Monday (England and Wales\, Northern Ireland)
  $ foiclock holidays 2026 --format ics --calendar scotland | grep SUMMARY | head -n 2 | tr -d '\r'
  SUMMARY:New Year’s Day
  SUMMARY:2nd January
