foiclock and rules in force for a period (bands), by the date of receipt.

The Coronavirus (Scotland) Act 2020 (Royal Assent 6 April 2020) gave FOISA
requests and reviews 60 working days from 7 April 2020; the Coronavirus
(Scotland) (No.2) Act 2020 sch.4 para 11 repealed that with effect from 27
May 2020. due picks the limit in force for each date of receipt: 20 working
days on 6 April (Tue 5 May 2020: Apr 7-9 (3), Good Friday skipped, 13-17
(8), 20-24 (13), 27-May 1 (18), 4, 5 (20)), 60 on 7 April (Fri 3 July, as
counted in tests/unit/test_bands.c) and on 26 May (Wed 19 August), 20 again
on 27 May (Wed 24 June: May 28, 29 (2), Jun 1-5 (7), 8-12 (12), 15-19 (17),
22-24 (20)).

  $ foiclock due - --regime foisa <<'DATES'
  > 2020-04-06
  > 2020-04-07
  > 2020-05-26
  > 2020-05-27
  > DATES
  FOISA response due: Tuesday 5 May 2020
    20 working days after Monday 6 April 2020 (day 0: the date of receipt), on the scotland calendar.
    Skipped: Friday 10 April 2020 Good Friday (Scotland).
    Basis: FOISA s.10(1) (statutory).
  FOISA response due (Coronavirus (Scotland) Act 2020): Friday 3 July 2020
    60 working days after Tuesday 7 April 2020 (day 0: the date of receipt), on the scotland calendar.
    Skipped: Friday 10 April 2020 Good Friday (Scotland); Friday 8 May 2020 Early May bank holiday (VE day) (Scotland); Monday 25 May 2020 Spring bank holiday (Scotland).
    Version of the law: received from 7 April to 26 May 2020: the Coronavirus (Scotland) Act 2020 (Royal Assent 6 April 2020) took effect on 7 April 2020, and its repeal by the Coronavirus (Scotland) (No.2) Act 2020 sch.4 para 11 took effect at once on 27 May 2020; the limit governs an answer given in that period, to a request pending on 7 April too, and one unanswered on 27 May 2020 had the usual limit again.
    Basis: Coronavirus (Scotland) Act 2020 sch.6 Part 2 (modifying FOISA s.10(1)) (statutory).
  FOISA response due (Coronavirus (Scotland) Act 2020): Wednesday 19 August 2020
    60 working days after Tuesday 26 May 2020 (day 0: the date of receipt), on the scotland calendar.
    Skipped: Monday 3 August 2020 Summer bank holiday (Scotland).
    Version of the law: received from 7 April to 26 May 2020: the Coronavirus (Scotland) Act 2020 (Royal Assent 6 April 2020) took effect on 7 April 2020, and its repeal by the Coronavirus (Scotland) (No.2) Act 2020 sch.4 para 11 took effect at once on 27 May 2020; the limit governs an answer given in that period, to a request pending on 7 April too, and one unanswered on 27 May 2020 had the usual limit again.
    Basis: Coronavirus (Scotland) Act 2020 sch.6 Part 2 (modifying FOISA s.10(1)) (statutory).
  FOISA response due: Wednesday 24 June 2020
    20 working days after Wednesday 27 May 2020 (day 0: the date of receipt), on the scotland calendar.
    Skipped: no bank holidays.
    Basis: FOISA s.10(1) (statutory).

The working says which band applied and why ("Version of the law").

  $ foiclock deadline foisa.covid-response 2020-04-07
  FOISA response due (Coronavirus (Scotland) Act 2020): Friday 3 July 2020
    60 working days after Tuesday 7 April 2020 (day 0: the date of receipt), on the scotland calendar.
    Skipped: Friday 10 April 2020 Good Friday (Scotland); Friday 8 May 2020 Early May bank holiday (VE day) (Scotland); Monday 25 May 2020 Spring bank holiday (Scotland).
    Version of the law: received from 7 April to 26 May 2020: the Coronavirus (Scotland) Act 2020 (Royal Assent 6 April 2020) took effect on 7 April 2020, and its repeal by the Coronavirus (Scotland) (No.2) Act 2020 sch.4 para 11 took effect at once on 27 May 2020; the limit governs an answer given in that period, to a request pending on 7 April too, and one unanswered on 27 May 2020 had the usual limit again.
    Basis: Coronavirus (Scotland) Act 2020 sch.6 Part 2 (modifying FOISA s.10(1)) (statutory).

Outside its band a banded rule is refused, on both sides.

  $ foiclock deadline foisa.covid-review 2020-04-06
  foiclock: rule 'foisa.covid-review' is not in force for day 0 on 2020-04-06: it applies to what was received from 7 April to 26 May 2020: the Coronavirus (Scotland) Act 2020 (Royal Assent 6 April 2020) took effect on 7 April 2020, and its repeal by the Coronavirus (Scotland) (No.2) Act 2020 sch.4 para 11 took effect at once on 27 May 2020; the limit governs an answer given in that period, to a request pending on 7 April too, and one unanswered on 27 May 2020 had the usual limit again
  [2]
  $ foiclock deadline foisa.covid-review 2020-05-27
  foiclock: rule 'foisa.covid-review' is not in force for day 0 on 2020-05-27: it applies to what was received from 7 April to 26 May 2020: the Coronavirus (Scotland) Act 2020 (Royal Assent 6 April 2020) took effect on 7 April 2020, and its repeal by the Coronavirus (Scotland) (No.2) Act 2020 sch.4 para 11 took effect at once on 27 May 2020; the limit governs an answer given in that period, to a request pending on 7 April too, and one unanswered on 27 May 2020 had the usual limit again
  [2]

A request received in the band but answered on 27 May 2020, after the
repeal: the 20 working days apply (Tue 19 May: Apr 21-24 (4), 27-May 1 (9),
May 4-7 (13), VE day skipped, 11-15 (18), 18, 19 (20)), and the note says
the Commissioner may still take the repealed limit into account.

  $ foiclock timeline --regime foisa --received 2020-04-20 --responded 2020-05-27 --today 2020-06-01
  FOISA request, received Monday 20 April 2020; today is Monday 1 June 2020.
  
  Tuesday 19 May 2020  FOISA response due [foisa.response]
    Status: missed: responded Wednesday 27 May 2020, 5 working days late.
    Received while the Coronavirus (Scotland) Act 2020 allowed 60 working days, but not answered by 26 May 2020: its repeal took effect at once on 27 May 2020, so the 20 working days apply. The Commissioner may still find no failure where the delay came from working to the repealed limit and was reasonable (Coronavirus (Scotland) Act 2020 sch.6 para 6(2)(a)(ii)).
    20 working days after Monday 20 April 2020 (day 0: the date of receipt), on the scotland calendar.
    Skipped: Friday 8 May 2020 Early May bank holiday (VE day) (Scotland).
    Basis: FOISA s.10(1) (statutory).
  
  Wednesday 22 July 2020  Last day to require a FOISA review [foisa.review-request]
    Status: open: 37 working days left.
    40 working days after Wednesday 27 May 2020 (the day the late response was received), on the scotland calendar.
    Skipped: no bank holidays.
    Basis: FOISA s.20(5) (statutory).
  
  What this means:
  - The answer came late (due Tuesday 19 May 2020).
  - The requester can ask for a review of the outcome until Wednesday 22 July 2020.

The extension of up to 40 more working days, with a fee pause inside it: a
fees notice Mon 20 April, the fee received Fri 24 April (5 working days
disregarded). The 60 working days end Fri 10 July and the extension Mon 7
September 2020 (hand counts in tests/unit/test_bands.c); the requirement for
review (s.20(5)) runs 40 working days from the end of the extended time:
Sep 8-11 (4), 14-18 (9), 21-25 (14), Sep 28-Oct 2 (19), 5-9 (24), 12-16
(29), 19-23 (34), 26-30 (39), Nov 2 (40). Outside the band the FOISA
refusal stands.

  $ foiclock timeline --regime foisa --received 2020-04-07 --fee-notice 2020-04-20 --fee-paid 2020-04-24 --responded 2020-05-26 --pit-extension --today 2020-06-01
  FOISA request, received Tuesday 7 April 2020; today is Monday 1 June 2020.
  
  Friday 10 July 2020  FOISA response due (Coronavirus (Scotland) Act 2020) [foisa.covid-response]
    Status: extended.
    An extension was claimed: this was the date for the notice saying so; the full response is due by the extended deadline.
    60 working days after Tuesday 7 April 2020 (day 0: the date of receipt), on the scotland calendar.
    5 working days were disregarded while the clock was stopped.
    Skipped: Friday 10 April 2020 Good Friday (Scotland); Friday 8 May 2020 Early May bank holiday (VE day) (Scotland); Monday 25 May 2020 Spring bank holiday (Scotland).
    Version of the law: received from 7 April to 26 May 2020: the Coronavirus (Scotland) Act 2020 (Royal Assent 6 April 2020) took effect on 7 April 2020, and its repeal by the Coronavirus (Scotland) (No.2) Act 2020 sch.4 para 11 took effect at once on 27 May 2020; the limit governs an answer given in that period, to a request pending on 7 April too, and one unanswered on 27 May 2020 had the usual limit again.
    Basis: Coronavirus (Scotland) Act 2020 sch.6 Part 2 (modifying FOISA s.10(1)) (statutory).
  
  Sunday 19 July 2020  FOISA fee to be paid by [foisa.fee-period]
    Status: met: fee paid Friday 24 April 2020, 86 days early.
    3 months beginning with Monday 20 April 2020 (the date of the fees notice).
    A period beginning with a day counts that day as its first, so it ends the day before the corresponding date; read as running from the day after, it would end on Monday 20 July 2020.
    Basis: FOISA s.9(3) (statutory).
  
  Monday 7 September 2020  FOISA extended response due (Coronavirus (Scotland) Act 2020) [foisa.covid-extension]
    Status: met: responded Tuesday 26 May 2020, 73 working days early.
    100 working days after Tuesday 7 April 2020 (day 0: the date of receipt), on the scotland calendar.
    5 working days were disregarded while the clock was stopped.
    Skipped: Friday 10 April 2020 Good Friday (Scotland); Friday 8 May 2020 Early May bank holiday (VE day) (Scotland); Monday 25 May 2020 Spring bank holiday (Scotland); Monday 3 August 2020 Summer bank holiday (Scotland).
    Version of the law: received from 7 April to 26 May 2020: the Coronavirus (Scotland) Act 2020 (Royal Assent 6 April 2020) took effect on 7 April 2020, and its repeal by the Coronavirus (Scotland) (No.2) Act 2020 sch.4 para 11 took effect at once on 27 May 2020; the limit governs an answer given in that period, to a request pending on 7 April too, and one unanswered on 27 May 2020 had the usual limit again.
    Basis: Coronavirus (Scotland) Act 2020 sch.6 Part 2 (extension under a direction of the Scottish Ministers) (statutory).
  
  Monday 2 November 2020  Last day to require a FOISA review [foisa.review-request]
    Status: open: 109 working days left.
    The response came early: asking within 40 working days of it is the safer course.
    40 working days after Monday 7 September 2020 (the day the response period ended), on the scotland calendar.
    The response came before the period ended: acting by Tuesday 21 July 2020 (40 working days after it) is safer.
    Skipped: no bank holidays.
    Basis: FOISA s.20(5) (statutory).
  
  What this means:
  - The answer came in time (due Monday 7 September 2020).
  - The requester can ask for a review of the outcome until Monday 2 November 2020.
  $ foiclock timeline --regime foisa --received 2020-06-01 --pit-extension
  foiclock: timeline: --pit-extension: FOISA has no public-interest extension; s.10(1) requires every response, the public interest test included, by the twentieth working day (the Coronavirus (Scotland) Act 2020 extension governed only an answer given from 7 April to 26 May 2020)
  [2]

The Keeper of the Records of Scotland (FOISA s.22): 30 working days for a
request and for a review. Received Mon 22 March 2021: Wed 5 May (Easter
Monday counts in Scotland); the review required Mon 16 August 2021: Mon 27
September (the English late-August holiday counts in Scotland); the
requirement for review after an early answer: 40 working days after 5 May,
Thu 1 July.

  $ foiclock timeline --regime foisa --received 2021-03-22 --public-records --responded 2021-04-28 --review-requested 2021-08-16 --today 2021-09-01
  FOISA request, received Monday 22 March 2021; today is Wednesday 1 September 2021.
  
  Wednesday 5 May 2021  FOISA response due (records transferred to the Keeper) [foisa.keeper]
    Status: met: responded Wednesday 28 April 2021, 4 working days early.
    30 working days after Monday 22 March 2021 (day 0: the date of receipt), on the scotland calendar.
    Skipped: Friday 2 April 2021 Good Friday (Scotland); Monday 3 May 2021 Early May bank holiday (Scotland).
    Basis: FOISA s.22 (modifying s.10(1)) (statutory).
  
  Thursday 1 July 2021  Last day to require a FOISA review [foisa.review-request]
    Status: missed: review requested Monday 16 August 2021, 31 working days late.
    The response came early: asking within 40 working days of it is the safer course.
    40 working days after Wednesday 5 May 2021 (the day the response period ended), on the scotland calendar.
    The response came before the period ended: acting by Friday 25 June 2021 (40 working days after it) is safer.
    Skipped: Monday 31 May 2021 Spring bank holiday (Scotland).
    Basis: FOISA s.20(5) (statutory).
  
  Monday 27 September 2021  FOISA review response due (records transferred to the Keeper) [foisa.keeper-review]
    Status: open: 18 working days left.
    30 working days after Monday 16 August 2021 (day 0: the date the requirement for review was received), on the scotland calendar.
    Skipped: no bank holidays.
    Basis: FOISA s.22 (modifying s.21(1)) (statutory).
  
  Sunday 27 March 2022  Apply to the Scottish Information Commissioner by [foisa.sic-application]
    Status: open: 207 days left.
    Counted from the end of the review period, as no review outcome has been given.
    6 months after Monday 27 September 2021 (day 0: the date the review outcome was received, or the review period expired).
    Basis: FOISA s.47(4) (statutory).
  
  What this means:
  - The answer came in time (due Wednesday 5 May 2021).
  - The review should be answered by Monday 27 September 2021.
  - The requester can apply to the Scottish Information Commissioner until Sunday 27 March 2022.

Scottish grant-aided and independent special schools (the 2016 time for
compliance regulations, from 1 December 2016): 20 school days, at most 60
working days, for the request and the review. School days: March, 17 April
to 30 June and 16 August to 22 December 2017. Received Mon 13 March 2017:
Mon 24 April (Easter Monday 17 April is a school day and a Scottish working
day); review required Mon 26 June: Wed 6 September (hand counts in
tests/unit/test_bands.c).

  $ printf '2017-03-01 to 2017-03-31\n2017-04-17 to 2017-06-30\n2017-08-16 to 2017-12-22\n' >school.txt
  $ foiclock timeline --regime foisa --received 2017-03-13 --school-days school.txt --responded 2017-04-24 --review-requested 2017-06-26 --today 2017-07-03
  FOISA request, received Monday 13 March 2017; today is Monday 3 July 2017.
  
  Monday 24 April 2017  FOISA response due (school) [foisa.schools]
    Status: met: responded Monday 24 April 2017, on the last day.
    The earlier of 20 school days and 60 working days after Monday 13 March 2017 (day 0: the date of receipt), on the scotland calendar.
    The 60-working-day backstop would be Thursday 8 June 2017.
    Skipped: Friday 14 April 2017 Good Friday (Scotland).
    Version of the law: received from 1 December 2016, when the Freedom of Information (Scotland) Act 2002 (Time for Compliance) Regulations 2016 came into force.
    Basis: FOISA (Time for Compliance) Regulations 2016 (under s.10(4)): grant-aided and independent special schools (statutory).
  
  Wednesday 21 June 2017  Last day to require a FOISA review [foisa.review-request]
    Status: missed: review requested Monday 26 June 2017, 3 working days late.
    40 working days after Monday 24 April 2017 (the day the response period ended), on the scotland calendar.
    Skipped: Monday 1 May 2017 Early May bank holiday (Scotland); Monday 29 May 2017 Spring bank holiday (Scotland).
    Basis: FOISA s.20(5) (statutory).
  
  Wednesday 6 September 2017  FOISA review response due (school) [foisa.schools-review]
    Status: open: 46 working days left.
    The earlier of 20 school days and 60 working days after Monday 26 June 2017 (day 0: the date the requirement for review was received), on the scotland calendar.
    The 60-working-day backstop would be Tuesday 19 September 2017.
    Skipped: Monday 7 August 2017 Summer bank holiday (Scotland).
    Version of the law: received from 1 December 2016, when the Freedom of Information (Scotland) Act 2002 (Time for Compliance) Regulations 2016 came into force.
    Basis: FOISA (Time for Compliance) Regulations 2016 (under s.21(6)): grant-aided and independent special schools (statutory).
  
  Tuesday 6 March 2018  Apply to the Scottish Information Commissioner by [foisa.sic-application]
    Status: open: 246 days left.
    Counted from the end of the review period, as no review outcome has been given.
    6 months after Wednesday 6 September 2017 (day 0: the date the review outcome was received, or the review period expired).
    Basis: FOISA s.47(4) (statutory).
  
  What this means:
  - The answer came in time (due Monday 24 April 2017).
  - The review should be answered by Wednesday 6 September 2017.
  - The requester can apply to the Scottish Information Commissioner until Tuesday 6 March 2018.
  $ foiclock timeline --regime foisa --received 2016-11-30 --school
  foiclock: timeline: --school: the Scottish schools time limits apply to requests received from 1 December 2016, when the Freedom of Information (Scotland) Act 2002 (Time for Compliance) Regulations 2016 came into force, not 2016-11-30
  [2]
  $ foiclock timeline --regime eisr --received 2017-03-13 --school
  foiclock: timeline: --school: the schools time limits apply to FOIA and FOISA requests only
  [2]

The rules listing shows each band.

  $ foiclock rules | grep -A5 '^foisa.schools '
  foisa.schools          20 school days / 60 WD scotland           statutory
                         from the date of receipt; FOISA (Time for Compliance) Regulations 2016 (under s.10(4)): grant-aided and independent special schools
                         Scottish grant-aided and independent special schools: the earlier of 20 school days and 60 working days.
                         Wording: "within 20 working days but disregarding any working day which is not also a school day", and "no later than the 60th working day following the date of receipt"
                         In force for requests received from 1 December 2016, when the Freedom of Information (Scotland) Act 2002 (Time for Compliance) Regulations 2016 came into force
  foisa.schools-review   20 school days / 60 WD scotland           statutory

A calendar export carries each deadline of a banded rule with its band in
the event's description: here the 60 working days, the extension and the
requirement for review (three events), two of them with the band.

  $ foiclock timeline --regime foisa --received 2020-04-07 --responded 2020-05-26 --pit-extension --ref COVID-1 --format ics >covid.ics
  $ grep -c '^BEGIN:VEVENT' covid.ics
  3
  $ grep -c '^ *DESCRIPTION:FOISA' covid.ics
  2
  $ tr -d '\r' <covid.ics | sed -n '/^DESCRIPTION/,/^[A-Z]/p' | sed 's/^ //' | tr -d '\n' | grep -o 'Version of the law: received from 7 April to 26 May 2020' | wc -l
  2

Batch: the public_records column, and FOISA rows either side of the band
(the same cases as above: the Keeper's 30 working days, Wed 5 May 2021; an
answer on 26 May 2020 judged on 60 working days, one on 27 May on 20).

  $ printf 'ref,regime,received,responded,public_records\nK1,foisa,2021-03-22,2021-04-28,yes\nK2,foia,2021-03-22,,yes\nK3,eisr,2021-03-22,,yes\nC1,foisa,2020-04-20,2020-05-26,\nC2,foisa,2020-04-20,2020-05-27,no\n' | foiclock batch --today 2021-06-01 -
  ref,regime,received,responded,public_records,response_due,in_time,working_days_taken,working_days_late,review_request_by,review_response_due,status,working_days_left,working_days_overdue,complaint_by,complaint_status,appeal_by,appeal_status,provisional,error
  K1,foisa,2021-03-22,2021-04-28,yes,2021-05-05,true,26,0,2021-07-01,,met,,,,,,,false,
  K2,foia,2021-03-22,,yes,2021-05-06,,,,,,overdue,,17,,,,,false,
  K3,eisr,2021-03-22,,yes,,,,,,,,,,,,,,,"line 4: the transferred-records time limits apply to FOIA (SI 2004/3364 reg 4) and FOISA (s.22, the Keeper) requests only"
  C1,foisa,2020-04-20,2020-05-26,,2020-07-15,true,24,0,2020-09-10,,met,,,,,,,false,
  C2,foisa,2020-04-20,2020-05-27,no,2020-05-19,false,25,5,2020-07-22,,missed,,,,,,,false,
  foiclock: batch: 1 of 5 rows had errors
  [2]
