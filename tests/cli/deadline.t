foiclock deadline RULE DATE: any rule of the table.

src/doc/rules.md section 6: EIR extended from Monday 15 October 2018 is Tuesday 11
December 2018 (40 working days; St Andrew's Day, Friday 30 November, skipped).

  $ foiclock deadline eir.extended 2018-10-15
  EIR response due (extended): Tuesday 11 December 2018
    40 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    Skipped: Friday 30 November 2018 St Andrew’s Day (Scotland).
    Basis: EIR reg 7(1) (statutory).

src/doc/rules.md section 6: SAR received Friday 31 January 2025 is due Friday 28
February 2025 (no 31 February); extended, Wednesday 30 April 2025.

  $ foiclock deadline sar.response 2025-01-31
  Subject access response due: Friday 28 February 2025
    1 month after Friday 31 January 2025 (day 0: the day of receipt: the latest of request, identification and any fee), on the england-and-wales calendar.
    Version of the law: received before 5 February 2026: UK GDPR Art 12(3) as it then stood, "within one month of receipt", counted to the corresponding date as the ICO publishes it.
    Basis: UK GDPR Art 12(3) (ICO guidance on the roll-forward); from 5 February 2026 Art 12A (statutory).
  $ foiclock deadline sar.extended 2025-01-31 --format json
  {"schema_version":1,"rule":"sar.extended","role":"extended","summary":"Subject access response due (extended)","anchor":"2025-01-31","anchor_meaning":"day of receipt: the latest of request, identification and any fee","start":"2025-01-31","due":"2025-04-30","weekday":"Wednesday","count":3,"unit":"months","calendar":"england-and-wales","statutory":true,"basis":"UK GDPR Art 12(3); from 5 February 2026 Art 12A","provisional":false,"receipt_rule":"statutory","band":"received before 5 February 2026: UK GDPR Art 12(3) as it then stood, \"within one month of receipt\", counted to the corresponding date as the ICO publishes it","skipped":[]}

src/doc/rules.md section 6: SAR received Tuesday 18 March 2025: 18 April is Good
Friday; in England the next working day is Tuesday 22 April (Easter Monday
21 April); in Scotland Monday 21 April 2025.

  $ foiclock deadline sar.response 2025-03-18
  Subject access response due: Tuesday 22 April 2025
    1 month after Tuesday 18 March 2025 (day 0: the day of receipt: the latest of request, identification and any fee), on the england-and-wales calendar.
    Friday 18 April 2025 is not a working day, so the last day in time is the next working day.
    Skipped: Friday 18 April 2025 Good Friday (England and Wales); Monday 21 April 2025 Easter Monday (England and Wales).
    Version of the law: received before 5 February 2026: UK GDPR Art 12(3) as it then stood, "within one month of receipt", counted to the corresponding date as the ICO publishes it.
    Basis: UK GDPR Art 12(3) (ICO guidance on the roll-forward); from 5 February 2026 Art 12A (statutory).
  $ foiclock deadline sar.response 2025-03-18 --division scotland
  Subject access response due: Monday 21 April 2025
    1 month after Tuesday 18 March 2025 (day 0: the day of receipt: the latest of request, identification and any fee), on the scotland calendar.
    Friday 18 April 2025 is not a working day, so the last day in time is the next working day.
    Skipped: Friday 18 April 2025 Good Friday (Scotland).
    Version of the law: received before 5 February 2026: UK GDPR Art 12(3) as it then stood, "within one month of receipt", counted to the corresponding date as the ICO publishes it.
    Basis: UK GDPR Art 12(3) (ICO guidance on the roll-forward); from 5 February 2026 Art 12A (statutory).

Leap year: received 29 February 2024, one month later is 29 March 2024, Good
Friday, and Easter Monday 1 April follows: due Tuesday 2 April 2024 in England
and Wales; Northern Ireland alike.

  $ foiclock deadline sar.response 2024-02-29 --division northern-ireland
  Subject access response due: Tuesday 2 April 2024
    1 month after Thursday 29 February 2024 (day 0: the day of receipt: the latest of request, identification and any fee), on the northern-ireland calendar.
    Friday 29 March 2024 is not a working day, so the last day in time is the next working day.
    Skipped: Friday 29 March 2024 Good Friday (Northern Ireland); Monday 1 April 2024 Easter Monday (Northern Ireland).
    Version of the law: received before 5 February 2026: UK GDPR Art 12(3) as it then stood, "within one month of receipt", counted to the corresponding date as the ICO publishes it.
    Basis: UK GDPR Art 12(3) (ICO guidance on the roll-forward); from 5 February 2026 Art 12A (statutory).

Calendar-day rules count from day 0 with no roll (src/doc/rules.md section 2): 42 days
after Friday 1 March 2019 is Friday 12 April 2019; 28 days after Monday 1 March
2021 is Monday 29 March 2021.

  $ foiclock deadline foia.ico-complaint 2019-03-01
  Complain to the ICO by: Friday 12 April 2019
    42 calendar days after Friday 1 March 2019 (day 0: the date of the final response or last substantive contact).
    Basis: ICO complaints policy under FOIA s.50 (advisory: guidance, not statute).
  $ foiclock deadline foia.tribunal-appeal 2021-03-01
  Appeal to the First-tier Tribunal by: Monday 29 March 2021
    28 calendar days after Monday 1 March 2021 (day 0: the date the decision notice was sent), on the england-and-wales calendar.
    Basis: GRC Rules 2009 r.22(1)(b) and r.12(2) (FOIA s.57) (statutory).

28 days after Friday 4 December 2020 is Friday 1 January 2021, New Year's Day:
the due date stands, and an appeal on the next working day (Monday 4 January
2021) is in time under the tribunal rules.

  $ foiclock deadline foia.tribunal-appeal 2020-12-04
  Appeal to the First-tier Tribunal by: Monday 4 January 2021
    28 calendar days after Friday 4 December 2020 (day 0: the date the decision notice was sent), on the england-and-wales calendar.
    Friday 1 January 2021 is not a working day, so the last day in time is the next working day.
    Skipped: Friday 1 January 2021 New Year’s Day (England and Wales).
    Basis: GRC Rules 2009 r.22(1)(b) and r.12(2) (FOIA s.57) (statutory).

FOISA s.20(5): with no response the 40 working days run from the end of the
response period. Received Thursday 29 March 2018: the period ends Friday 27
April; 40 Scottish working days later (7 May and 28 May skipped) is Tuesday
26 June 2018. A late response on Thursday 10 May 2018 moves the start to that
day: 40 days on (28 May skipped) is Friday 6 July 2018.

  $ foiclock deadline foisa.review-request 2018-03-29
  Last day to require a FOISA review: Tuesday 26 June 2018
    40 working days after Friday 27 April 2018 (the day the response period ended), on the scotland calendar.
    Skipped: Monday 7 May 2018 Early May bank holiday (Scotland); Monday 28 May 2018 Spring bank holiday (Scotland).
    Basis: FOISA s.20(5) (statutory).
  $ foiclock deadline foisa.review-request 2018-03-29 --responded 2018-05-10
  Last day to require a FOISA review: Friday 6 July 2018
    40 working days after Thursday 10 May 2018 (the day the late response was received), on the scotland calendar.
    Skipped: Monday 28 May 2018 Spring bank holiday (Scotland).
    Basis: FOISA s.20(5) (statutory).

Public records: 30 working days (SI 2004/3364 reg 4). From Monday 15 October
2018: Oct 16-19 (4), 22-26 (9), Oct 29-Nov 2 (14), 5-9 (19), 12-16 (24),
19-23 (29), 26 (30) = Monday 26 November 2018.

  $ foiclock deadline foia.public-records 2018-10-15
  FOI response due (transferred public records): Monday 26 November 2018
    30 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    Skipped: no bank holidays.
    Basis: SI 2004/3364 reg 4 (statutory).

Schools without a school calendar: only the 60-working-day backstop.

  $ foiclock deadline foia.schools 2018-10-15
  FOI response due (school): Monday 14 January 2019
    The earlier of 20 school days and 60 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    No school calendar was given, so only the 60-working-day backstop is shown; 20 school days may come earlier.
    Skipped: Friday 30 November 2018 St Andrew’s Day (Scotland); Tuesday 25 December 2018 Christmas Day (all of the UK); Wednesday 26 December 2018 Boxing Day (all of the UK); Tuesday 1 January 2019 New Year’s Day (all of the UK); Wednesday 2 January 2019 2nd January (Scotland).
    Basis: SI 2004/3364 reg 3; SI 2009/1369; SI 2010/2768 (statutory).

With a school calendar (a half term 22-26 October 2018 and the school closed
from 21 December): school days after Monday 15 October are Oct 16-19 (4),
Oct 29-Nov 2 (9), Nov 5-9 (14), Nov 12-16 (19), Nov 19 (20): Monday 19
November 2018, before the 60-working-day backstop.

  $ cat > term.txt <<'EOT'
  > # autumn term 2018
  > 2018-09-04 2018-10-19
  > 2018-10-29 .. 2018-12-20
  > 07/01/2019 to 12/04/2019
  > EOT
  $ foiclock deadline foia.schools 2018-10-15 --school-days term.txt
  FOI response due (school): Monday 19 November 2018
    The earlier of 20 school days and 60 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    The 60-working-day backstop would be Monday 14 January 2019.
    Skipped: no bank holidays.
    Basis: SI 2004/3364 reg 3; SI 2009/1369; SI 2010/2768 (statutory).

Errors.

  $ foiclock deadline foia.nonsense 2018-10-15
  foiclock: deadline: unknown rule 'foia.nonsense' (e.g. foia.response, foisa.review-request, sar.response); run 'foiclock rules' for the list
  [2]
  $ foiclock deadline foia.response 2018-10-15 --responded 2018-10-20
  foiclock: deadline: --responded applies to foisa.review-request only
  [2]
  $ foiclock deadline sar.response 2025-01-31 --division wales
  foiclock: --division: unknown division 'wales': expected england-and-wales, scotland or northern-ireland
  [2]
  $ foiclock deadline foia.schools 2018-10-15 --school-days missing.txt
  foiclock: --school-days: cannot open 'missing.txt': No such file or directory
  [2]
