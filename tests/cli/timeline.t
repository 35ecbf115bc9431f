foiclock timeline: every deadline of a case, with its status on "today".

The fees example of src/doc/rules.md section 4: received Monday 15 October 2018, fees
notice Monday 22 October, fee received Thursday 1 November 2018: the response
is due Friday 23 November 2018 (4 working days used before the notice, the
9 working days 22 October to 1 November disregarded, then 16 more).

  $ foiclock timeline --received 2018-10-15 --fee-notice 2018-10-22 --fee-paid 2018-11-01 --today 2018-11-20 --ref FOI-2018-123
  FOIA request FOI-2018-123, received Monday 15 October 2018; today is Tuesday 20 November 2018.
  
  Friday 23 November 2018  FOI response due [foia.response]
    Status: open: 3 working days left.
    20 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    9 working days were disregarded while the clock was stopped.
    Skipped: no bank holidays.
    Basis: FOIA s.10(1) (statutory).
  
  Monday 21 January 2019  FOI fee to be paid by [foia.fee-period]
    Status: met: fee paid Thursday 1 November 2018, 81 days early.
    3 months beginning with Monday 22 October 2018 (the date of the fees notice).
    A period beginning with a day counts that day as its first, so it ends the day before the corresponding date; read as running from the day after, it would end on Tuesday 22 January 2019.
    Basis: FOIA s.9(2) (statutory).
  
  What this means:
  - The answer is due by Friday 23 November 2018. If none has come by then, it is late: the requester can ask for a review and then go to the ICO.

A whole case: response on working day 16 (Tuesday 6 November 2018, "4 working
days early", src/doc/rules.md section 5), review asked on Saturday 10 November,
answered Thursday 20 December 2018, then a decision notice on 1 May 2019.
Review request window: 40 WD from 6 November = Tuesday 8 January 2019 (St
Andrew's Day, 25, 26 December, 1 and 2 January skipped). Review response: 20
WD from Saturday 10 November = Monday 10 December (30 November skipped).
ICO: 42 days after 20 December 2018 = Thursday 31 January 2019. Tribunal: 28
days after 1 May 2019 = Wednesday 29 May 2019.

  $ foiclock timeline --received 2018-10-15 --responded 2018-11-06 --review-requested 2018-11-10 --review-responded 2018-12-20 --decision-notice 2019-05-01 --today 2019-05-10
  FOIA request, received Monday 15 October 2018; today is Friday 10 May 2019.
  
  Monday 12 November 2018  FOI response due [foia.response]
    Status: met: responded Tuesday 6 November 2018, 4 working days early.
    20 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    Skipped: no bank holidays.
    Basis: FOIA s.10(1) (statutory).
  
  Monday 10 December 2018  FOI internal review due [foia.review-response]
    Status: missed: review responded Thursday 20 December 2018, 8 working days late.
    20 working days after Saturday 10 November 2018 (day 0: the date the review request was received), on the uk calendar.
    Saturday 10 November 2018 was not a working day. By statute the day of arrival is still day 0;
    under the next-working-day rule the deadline would be Tuesday 11 December 2018.
    Skipped: Friday 30 November 2018 St Andrew’s Day (Scotland).
    Basis: s.45 Code of Practice (2018); ICO guidance (advisory: guidance, not statute).
  
  Tuesday 8 January 2019  Last day to ask for an FOI review [foia.review-request]
    Status: met: review requested Saturday 10 November 2018, 37 working days early.
    40 working days after Tuesday 6 November 2018 (day 0: the date of the response), on the uk calendar.
    Skipped: Friday 30 November 2018 St Andrew’s Day (Scotland); Tuesday 25 December 2018 Christmas Day (all of the UK); Wednesday 26 December 2018 Boxing Day (all of the UK); Tuesday 1 January 2019 New Year’s Day (all of the UK); Wednesday 2 January 2019 2nd January (Scotland).
    Basis: s.45 Code of Practice (2018) (advisory: guidance, not statute).
  
  Friday 11 January 2019  FOI internal review outer limit [foia.review-max]
    Status: met: review responded Thursday 20 December 2018, 12 working days early.
    40 working days after Saturday 10 November 2018 (day 0: the date the review request was received), on the uk calendar.
    Saturday 10 November 2018 was not a working day. By statute the day of arrival is still day 0;
    under the next-working-day rule the deadline would be Monday 14 January 2019.
    Skipped: Friday 30 November 2018 St Andrew’s Day (Scotland); Tuesday 25 December 2018 Christmas Day (all of the UK); Wednesday 26 December 2018 Boxing Day (all of the UK); Tuesday 1 January 2019 New Year’s Day (all of the UK); Wednesday 2 January 2019 2nd January (Scotland).
    Basis: s.45 Code of Practice (2018); ICO guidance (advisory: guidance, not statute).
  
  Thursday 31 January 2019  Complain to the ICO by [foia.ico-complaint]
    Status: met: complained (the decision notice shows it; the date is not given).
    A decision notice was issued, so a complaint was made to the regulator (its date is not given).
    42 calendar days after Thursday 20 December 2018 (day 0: the date of the final response or last substantive contact).
    Basis: ICO complaints policy under FOIA s.50 (advisory: guidance, not statute).
  
  Wednesday 29 May 2019  Appeal to the First-tier Tribunal by [foia.tribunal-appeal]
    Status: open: 19 days left.
    28 calendar days after Wednesday 1 May 2019 (day 0: the date the decision notice was sent), on the england-and-wales calendar.
    Basis: GRC Rules 2009 r.22(1)(b) and r.12(2) (FOIA s.57) (statutory).
  
  What this means:
  - The answer came in time (due Monday 12 November 2018).
  - To appeal the decision notice, the First-tier Tribunal must receive the appeal by Wednesday 29 May 2019.

A request still open: awaiting clarification, then restarted by it.

  $ foiclock timeline --received 2026-11-02 --clarification-requested 2026-11-04 --today 2026-11-26
  FOIA request, received Monday 2 November 2026; today is Thursday 26 November 2026.
  
  (on hold)  FOI response due [foia.response]
    The clock is stopped until the requester's clarification arrives; it then starts again from that day.
  
  What this means:
  - On hold (FOI response due): The clock is stopped until the requester's clarification arrives; it then starts again from that day.
  $ foiclock timeline --received 2026-11-02 --clarification-requested 2026-11-04 --clarification-received 2026-11-09 --today 2026-11-26
  FOIA request, received Monday 2 November 2026; today is Thursday 26 November 2026.
  
  Tuesday 8 December 2026  FOI response due [foia.response]
    Status: open: 7 working days left.
    Counted from the day the clarification arrived: the clock restarted then.
    20 working days after Monday 9 November 2026 (day 0: the date of receipt), on the uk calendar.
    Skipped: Monday 30 November 2026 St Andrew’s Day (Scotland).
    Basis: FOIA s.10(1) (statutory).
  
  What this means:
  - The answer is due by Tuesday 8 December 2026. If none has come by then, it is late: the requester can ask for a review and then go to the ICO.

Clarification on Monday 9 November 2026 restarts the clock: day 0 is then 9
November; 20 uk working days skip Monday 30 November (St Andrew's Day):
Nov 10-13 (4), 16-20 (9), 23-27 (14), Dec 1-4 (18), 7-8 (20): Tuesday 8
December 2026; 7 working days remain after 26 November (27 Nov, 1-4 Dec,
7 and 8 Dec).

Public-interest extension: the refusal notice at 20 WD, the answer by 40.

  $ FOICLOCK_TODAY=2026-11-26 foiclock timeline --received 2026-10-01 --pit-extension --format json
  {"schema_version":1,"case":{"regime":"foia","title":"FOIA request","receipt_rule":"statutory","received":"2026-10-01","pit_extension":true,"school":false,"public_records":false,"today":"2026-11-26","audience":"neutral"},"deadlines":[{"rule":"foia.response","role":"response","summary":"FOI response due","anchor":"2026-10-01","anchor_meaning":"date of receipt","start":"2026-10-01","due":"2026-10-29","weekday":"Thursday","count":20,"unit":"working days","calendar":"uk","statutory":true,"basis":"FOIA s.10(1)","provisional":false,"receipt_rule":"statutory","skipped":[],"status":"extended","status_text":"extended","done_by":"responded","note":"An extension was claimed: this was the date for the notice saying so; the full response is due by the extended deadline."},{"rule":"foia.pit-extension","role":"extended","summary":"FOI public-interest extension ends","anchor":"2026-10-01","anchor_meaning":"date of receipt","start":"2026-10-01","due":"2026-11-26","weekday":"Thursday","count":40,"unit":"working days","calendar":"uk","statutory":false,"basis":"FOIA s.10(3) (\"reasonable\" extension); ICO guidance","provisional":false,"receipt_rule":"statutory","skipped":[],"status":"due-today","remaining":0,"status_text":"due today","done_by":"responded"}],"advice":[{"kind":"expect-answer","audience":"neutral","entry":1,"rule":"foia.pit-extension","role":"extended","summary":"FOI public-interest extension ends","date":"2026-11-26","text":"The answer is due by Thursday 26 November 2026. If none has come by then, it is late: the requester can ask for a review and then go to the ICO."}],"warnings":[]}

Subject access with a clarification pause (src/doc/rules.md section 4): received
Friday 31 January 2025, clarification asked Monday 3 February, answered
Friday 7 February (5 days paused): 28 February + 5 days = Wednesday 5 March
2025.

  $ foiclock timeline --regime sar --received 2025-01-31 --clarification-requested 2025-02-03 --clarification-received 2025-02-07 --today 2025-03-01
  Subject access request, received Friday 31 January 2025; today is Saturday 1 March 2025.
  
  Wednesday 5 March 2025  Subject access response due [sar.response]
    Status: open: 4 days left.
    The clock stopped for clarification under the ICO's right of access guidance (21 October 2020; advisory: UK GDPR Art 12A gives the pause in law only from 5 February 2026).
    1 month after Friday 31 January 2025 (day 0: the day of receipt: the latest of request, identification and any fee), on the england-and-wales calendar.
    5 calendar days were disregarded while the clock was stopped.
    Version of the law: received before 5 February 2026: UK GDPR Art 12(3) as it then stood, "within one month of receipt", counted to the corresponding date as the ICO publishes it.
    Basis: UK GDPR Art 12(3) (ICO guidance on the roll-forward); from 5 February 2026 Art 12A (statutory).
  
  What this means:
  - The answer is due by Wednesday 5 March 2025. If none has come by then, it is late: the requester can complain to the controller and then go to the ICO.

Contradictory events are rejected, naming both.

  $ foiclock timeline --received 2018-10-15 --responded 2018-10-10
  foiclock: timeline: --responded (2018-10-10) is before --received (2018-10-15)
  [2]
  $ foiclock timeline --received 2018-10-15 --fee-notice 2018-10-22 --fee-paid 2018-10-20
  foiclock: timeline: --fee-paid (2018-10-20) is before --fee-notice (2018-10-22)
  [2]
  $ foiclock timeline --received 2018-10-15 --clarification-received 2018-10-20
  foiclock: timeline: --clarification-received is given without --clarification-requested
  [2]
  $ foiclock timeline --received 2018-10-15 --review-responded 2018-11-20
  foiclock: timeline: --review-responded is given without --review-requested
  [2]
  $ foiclock timeline --received 2018-10-15 --regime sar --fee-notice 2018-10-16
  foiclock: timeline: --fee-notice does not stop the clock for sar: give the day the fee arrived as the date of receipt
  [2]
  $ foiclock timeline --regime eir
  foiclock: timeline: --received DATE is required (or --responded DATE alone, for the review and complaint windows)
  [2]
  $ foiclock timeline --responded 2018-11-09 --fee-notice 2018-10-22
  foiclock: timeline: --fee-notice is given without --received
  [2]
  $ foiclock timeline --received 2018-10-15 --extension-claimed 2018-10-01
  foiclock: timeline: --extension-claimed (2018-10-01) is before --received (2018-10-15)
  [2]
  $ foiclock timeline --received 2018-10-15 --for lawyer
  foiclock: timeline: --for: unknown audience 'lawyer': expected requester or authority
  [2]
  $ foiclock timeline --responded 2018-11-09 --format ics
  foiclock: timeline: --format ics needs --received: a calendar's events are keyed by the case
  [2]

A requester who knows only the date of the reply (Friday 9 November 2018):
the review window is 40 working days from it, Friday 11 January 2019 (s.45
Code). Under FOISA s.20(5) counts from the end of the response period when
the reply came in time, which the reply alone cannot show: 40 Scottish working
days from the reply (Friday 20 April 2018: Tuesday 19 June 2018, 7 and 28 May
skipped) is the safe date, and is labelled so.

  $ foiclock timeline --responded 2018-11-09 --today 2018-11-20 --for requester
  FOIA request, responded Friday 9 November 2018; today is Tuesday 20 November 2018.
  
  Friday 11 January 2019  Last day to ask for an FOI review [foia.review-request]
    Status: open: 33 working days left.
    40 working days after Friday 9 November 2018 (day 0: the date of the response), on the uk calendar.
    Skipped: Friday 30 November 2018 St Andrew’s Day (Scotland); Tuesday 25 December 2018 Christmas Day (all of the UK); Wednesday 26 December 2018 Boxing Day (all of the UK); Tuesday 1 January 2019 New Year’s Day (all of the UK); Wednesday 2 January 2019 2nd January (Scotland).
    Basis: s.45 Code of Practice (2018) (advisory: guidance, not statute).
  
  What this means:
  - To challenge the outcome, ask for a review by Friday 11 January 2019.
  $ foiclock timeline --regime foisa --responded 2018-04-20 --today 2018-05-01 --for requester
  FOISA request, responded Friday 20 April 2018; today is Tuesday 1 May 2018.
  
  Tuesday 19 June 2018  Last day to require a FOISA review [foisa.review-request]
    Status: open: 33 working days left.
    Counted from the reply, as the date the request was received is not given: the safe date. Section 20(5) counts from the end of the 20-working-day response period when the reply came in time, which can only be later.
    40 working days after Friday 20 April 2018 (day 0: the date of the reply), on the scotland calendar.
    Skipped: Monday 7 May 2018 Early May bank holiday (Scotland); Monday 28 May 2018 Spring bank holiday (Scotland).
    Basis: FOISA s.20(5) (statutory).
  
  What this means:
  - To challenge the outcome, ask for a review by Tuesday 19 June 2018.

The notice of a public-interest extension is due within the 20 working days
(FOIA s.17(1)): given on Friday 9 November 2018 it extends the answer to
Tuesday 11 December (40 working days; St Andrew's Day skipped); given on
Wednesday 14 November, after Monday 12 November, it extends nothing.

  $ foiclock timeline --received 2018-10-15 --extension-claimed 2018-11-09 --today 2018-11-20 --for authority
  FOIA request, received Monday 15 October 2018; today is Tuesday 20 November 2018.
  
  Monday 12 November 2018  FOI response due [foia.response]
    Status: extended.
    An extension was claimed: this was the date for the notice saying so; the full response is due by the extended deadline.
    20 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    Skipped: no bank holidays.
    Basis: FOIA s.10(1) (statutory).
  
  Tuesday 11 December 2018  FOI public-interest extension ends [foia.pit-extension]
    Status: open: 14 working days left.
    40 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    Skipped: Friday 30 November 2018 St Andrew’s Day (Scotland).
    Basis: FOIA s.10(3) ("reasonable" extension); ICO guidance (advisory: guidance, not statute).
  
  What this means:
  - Answer by Tuesday 11 December 2018. After that the answer is late, and the requester can ask for a review and then go to the ICO.
  $ foiclock timeline --received 2018-10-15 --extension-claimed 2018-11-14 --today 2018-11-20 --for authority
  FOIA request, received Monday 15 October 2018; today is Tuesday 20 November 2018.
  
  Monday 12 November 2018  FOI response due [foia.response]
    Status: overdue by 6 working days (8 calendar days).
    The extension was claimed after this deadline: FOIA s.17(1) requires the notice within the time for compliance, so it extends nothing and the response is judged against this date.
    20 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    Skipped: no bank holidays.
    Basis: FOIA s.10(1) (statutory).
  
  What this means:
  - The answer is late: it was due by Monday 12 November 2018. Send it without further delay. The requester can ask for a review and then go to the ICO.

The complaint to the ICO: six weeks from the review's outcome (Friday 14
December 2018: Friday 25 January 2019). Made on Thursday 10 January 2019 it is
met; a decision notice without the complaint's date shows one was made.

  $ foiclock timeline --received 2018-10-15 --responded 2018-11-09 --review-requested 2018-11-20 --review-responded 2018-12-14 --complained 2019-01-10 --today 2019-01-20 --format json | grep -o '"rule":"foia.ico-complaint".*"done_on":"[0-9-]*"' | grep -o '"status":"[a-z]*".*"done_on":"[0-9-]*"'
  "status":"met","in_time":true,"early":15,"status_text":"met: complained Thursday 10 January 2019, 15 days early","done_by":"complained","done_on":"2019-01-10"
  $ foiclock timeline --received 2018-10-15 --responded 2018-11-09 --review-requested 2018-11-20 --review-responded 2018-12-14 --decision-notice 2019-03-01 --today 2019-03-05 | grep -A1 'Complain to the ICO'
  Friday 25 January 2019  Complain to the ICO by [foia.ico-complaint]
    Status: met: complained (the decision notice shows it; the date is not given).
  $ foiclock timeline --received 2018-10-15 --responded 2018-11-09 --review-requested 2018-11-20 --review-responded 2018-12-14 --complained 2019-03-02 --decision-notice 2019-03-01
  foiclock: timeline: --decision-notice (2019-03-01) is before --complained (2019-03-02)
  [2]

Subject access received from 5 February 2026 has "the period of one month
beginning with the relevant time" (UK GDPR Art 12A): received Tuesday 3 March
2026, it ends Thursday 2 April 2026. The ICO's published method (to the
corresponding date, 3 April, Good Friday, then the next working day after
Easter Monday) gives Tuesday 7 April, shown as the other reading.

  $ foiclock timeline --regime sar --received 2026-03-03 --today 2026-03-10 --for authority
  Subject access request, received Tuesday 3 March 2026; today is Tuesday 10 March 2026.
  
  Thursday 2 April 2026  Subject access response due [sar.response]
    Status: open: 23 days left.
    1 month beginning with Tuesday 3 March 2026 (the day of receipt: the latest of request, identification and any fee), on the england-and-wales calendar.
    UK GDPR Art 12A (from 5 February 2026): the period begins with that day, so it ends the day before the corresponding date, and no provision moves a last day that is not a working day. The ICO's guidance counts from the day of receipt to its corresponding date, moved to the next working day on the england-and-wales calendar: Tuesday 7 April 2026.
    Version of the law: received from 5 February 2026: UK GDPR Art 12(3) and Art 12A as inserted by the Data (Use and Access) Act 2025 s.76 (SI 2026/82), one month beginning with the relevant time, with the clarification pause.
    Basis: UK GDPR Art 12(3) (ICO guidance on the roll-forward); from 5 February 2026 Art 12A (statutory).
  
  What this means:
  - Answer by Thursday 2 April 2026. After that the answer is late, and the requester can complain to you and then go to the ICO.

A received or responded date after today is almost always a typing error:
the case is still computed, with a warning on standard error (text) or in
"warnings" (JSON). Today is Thursday 26 November 2026.

  $ foiclock timeline --received 2026-12-26 2>&1 >/dev/null
  foiclock: warning: the date received is after today: check it for a typing error
  $ foiclock timeline --received 2026-11-02 --responded 2026-12-20 --format json | grep -o '"warnings":.*'
  "warnings":["the date responded is after today: check it for a typing error"]}

Advance payment under EIR reg 8: the applicant has "no later than 60 working
days after the date on which it gave the notification" to pay (reg 8(5)), and
the days from the notification to the payment are disregarded (reg 8(6)).
The fees example above under EIR gives the same Friday 23 November 2018; the
time to pay ends on the 60th working day after Monday 22 October 2018,
Monday 21 January 2019 (30 November, 25 and 26 December, 1 and 2 January
skipped).

  $ foiclock timeline --regime eir --received 2018-10-15 --fee-notice 2018-10-22 --fee-paid 2018-11-01 --today 2018-11-20
  EIR request, received Monday 15 October 2018; today is Tuesday 20 November 2018.
  
  Friday 23 November 2018  EIR response due [eir.response]
    Status: open: 3 working days left.
    20 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    9 working days were disregarded while the clock was stopped.
    Skipped: no bank holidays.
    Basis: EIR reg 5(2) (statutory).
  
  Monday 21 January 2019  EIR advance payment to be made by [eir.fee-period]
    Status: met: fee paid Thursday 1 November 2018, 52 working days early.
    60 working days after Monday 22 October 2018 (day 0: the date the advance payment was notified), on the uk calendar.
    Skipped: Friday 30 November 2018 St Andrew’s Day (Scotland); Tuesday 25 December 2018 Christmas Day (all of the UK); Wednesday 26 December 2018 Boxing Day (all of the UK); Tuesday 1 January 2019 New Year’s Day (all of the UK); Wednesday 2 January 2019 2nd January (Scotland).
    Basis: EIR reg 8(5) (statutory).
  
  What this means:
  - The answer is due by Friday 23 November 2018. If none has come by then, it is late: the requester can ask for a review and then go to the ICO.

Awaiting an EISR advance fee notified on Friday 1 March 2019: 60 working days
on the Scottish calendar (Easter Monday 22 April and 18 March are Scottish
working days) end on Wednesday 29 May 2019.

  $ foiclock timeline --regime eisr --received 2019-02-25 --fee-notice 2019-03-01 --today 2019-03-04
  EISR request, received Monday 25 February 2019; today is Monday 4 March 2019.
  
  Wednesday 29 May 2019  EISR advance fee to be paid by [eisr.fee-period]
    Status: open: 59 working days left.
    60 working days after Friday 1 March 2019 (day 0: the date the fee required in advance was notified), on the scotland calendar.
    Skipped: Friday 19 April 2019 Good Friday (Scotland); Monday 6 May 2019 Early May bank holiday (Scotland); Monday 27 May 2019 Spring bank holiday (Scotland).
    Basis: EISR reg 8 (statutory).
  
  (on hold)  EISR response due [eisr.response]
    The clock is stopped until the fee arrives; the days from the fees notice to its arrival do not count.
  
  What this means:
  - The fee must be paid by Wednesday 29 May 2019, or the authority need not answer.
  - On hold (EISR response due): The clock is stopped until the fee arrives; the days from the fees notice to its arrival do not count.

Paid after the 60 working days: the authority is not required to make the
information available (reg 8(5)).

  $ foiclock timeline --regime eir --received 2018-10-15 --fee-notice 2018-10-22 --fee-paid 2019-01-22 --today 2019-01-23
  EIR request, received Monday 15 October 2018; today is Wednesday 23 January 2019.
  
  Monday 21 January 2019  EIR advance payment to be made by [eir.fee-period]
    Status: missed: fee paid Tuesday 22 January 2019, 1 working day late.
    60 working days after Monday 22 October 2018 (day 0: the date the advance payment was notified), on the uk calendar.
    Skipped: Friday 30 November 2018 St Andrew’s Day (Scotland); Tuesday 25 December 2018 Christmas Day (all of the UK); Wednesday 26 December 2018 Boxing Day (all of the UK); Tuesday 1 January 2019 New Year’s Day (all of the UK); Wednesday 2 January 2019 2nd January (Scotland).
    Basis: EIR reg 8(5) (statutory).
  
  Wednesday 13 February 2019  EIR response due [eir.response]
    Status: open: 15 working days left.
    The advance payment arrived after the 60 working days allowed: the authority is not required to make the information available (EIR reg 8(5)). If it does, the days from the notification to the payment are still disregarded (reg 8(6)), as here.
    20 working days after Monday 15 October 2018 (day 0: the date of receipt), on the uk calendar.
    62 working days were disregarded while the clock was stopped.
    Skipped: Friday 30 November 2018 St Andrew’s Day (Scotland); Tuesday 25 December 2018 Christmas Day (all of the UK); Wednesday 26 December 2018 Boxing Day (all of the UK); Tuesday 1 January 2019 New Year’s Day (all of the UK); Wednesday 2 January 2019 2nd January (Scotland).
    Basis: EIR reg 5(2) (statutory).
  
  What this means:
  - The fee was paid after the time to pay it ended on Monday 21 January 2019, so the authority is not obliged to make the information available (EIR reg 8(5)).

The Information Commissioner's direction (SI 2004/3364 reg 5): received
Friday 1 March 2019, the 45th working day specified is Thursday 9 May 2019
(18 March, 19 and 22 April and 6 May skipped).

  $ foiclock timeline --received 2019-03-01 --direction 2019-03-20 --direction-days 45 --direction-ground armed-forces --today 2019-04-02
  FOIA request, received Friday 1 March 2019; today is Tuesday 2 April 2019.
  
  Monday 1 April 2019  FOI response due [foia.response]
    Status: extended.
    The Information Commissioner specified a later day (SI 2004/3364): this is no longer the deadline.
    20 working days after Friday 1 March 2019 (day 0: the date of receipt), on the uk calendar.
    Skipped: Monday 18 March 2019 St Patrick’s Day (substitute day) (Northern Ireland).
    Basis: FOIA s.10(1) (statutory).
  
  Thursday 9 May 2019  FOI response due (Commissioner's direction: armed forces operations) [foia.armed-forces]
    Status: open: 24 working days left.
    Counted to the day the Information Commissioner specified on the authority's application, which the regulations require within 20 working days of receipt.
    45 working days after Friday 1 March 2019 (day 0: the date of receipt), the day the Information Commissioner specified (at most the 60th), on the uk calendar.
    Skipped: Monday 18 March 2019 St Patrick’s Day (substitute day) (Northern Ireland); Friday 19 April 2019 Good Friday (all of the UK); Monday 22 April 2019 Easter Monday (England and Wales, Northern Ireland); Monday 6 May 2019 Early May bank holiday (all of the UK).
    Basis: SI 2004/3364 reg 5 (statutory).
  
  What this means:
  - The answer is due by Thursday 9 May 2019. If none has come by then, it is late: the requester can ask for a review and then go to the ICO.
