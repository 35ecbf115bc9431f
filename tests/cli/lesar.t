Law-enforcement subject access (DPA 2018 Part 3, regime le-sar).

s.45(3)(b): comply "before the end of the applicable time period"; s.54(2):
"the period of one month beginning with the relevant time". A period beginning
with Tuesday 30 June 2026 ends on Wednesday 29 July, the day before the
corresponding date; nothing moves it. The ICO's Part 3 guidance counts "from
the first hour of the first day after you receive the request ... until the
last hour of the corresponding calendar date in the next month" (1 July ->
Saturday 1 August) and then to the next working day: Monday 3 August in
England and Wales; in Scotland that Monday is the summer bank holiday, so
Tuesday 4 August.

  $ foiclock deadline le-sar.response 2026-06-30
  Law-enforcement subject access response due: Wednesday 29 July 2026
    1 month beginning with Tuesday 30 June 2026 (the relevant time: the latest of receipt of the request, of identity information and of any fee).
    A period beginning with a day counts that day as its first, so it ends the day before the corresponding date, and no provision moves a last day that is not a working day. The ICO's guidance counts from the day after to that day's corresponding date, moved to the next working day on the england-and-wales calendar: Monday 3 August 2026.
    Version of the law: received from 5 February 2026: s.54 as amended by the Data (Use and Access) Act 2025 s.76 (SI 2026/82), with the extension of s.54(3A) and the clarification pause of s.54(3C).
    Basis: DPA 2018 s.45(3)(b) and s.54(2) (statutory).
  $ foiclock deadline le-sar.response 2026-06-30 --division scotland --format json
  {"schema_version":1,"rule":"le-sar.response","role":"response","summary":"Law-enforcement subject access response due","anchor":"2026-06-30","anchor_meaning":"relevant time: the latest of receipt of the request, of identity information and of any fee","start":"2026-06-30","due":"2026-07-29","weekday":"Wednesday","count":1,"unit":"months","calendar":"scotland","statutory":true,"basis":"DPA 2018 s.45(3)(b) and s.54(2)","provisional":false,"receipt_rule":"statutory","beginning_with":true,"corresponding_date":"2026-07-30","regulator_due":"2026-08-04","band":"received from 5 February 2026: s.54 as amended by the Data (Use and Access) Act 2025 s.76 (SI 2026/82), with the extension of s.54(3A) and the clarification pause of s.54(3C)","skipped":[]}

Thursday 29 October 2026: the period ends Saturday 28 November (a weekend, not
moved). The ICO: 30 October -> Monday 30 November, St Andrew's Day in Scotland
only (Tuesday 1 December there).

  $ foiclock deadline le-sar.response 2026-10-29 --division scotland
  Law-enforcement subject access response due: Saturday 28 November 2026
    1 month beginning with Thursday 29 October 2026 (the relevant time: the latest of receipt of the request, of identity information and of any fee).
    A period beginning with a day counts that day as its first, so it ends the day before the corresponding date, and no provision moves a last day that is not a working day. The ICO's guidance counts from the day after to that day's corresponding date, moved to the next working day on the scotland calendar: Tuesday 1 December 2026.
    Version of the law: received from 5 February 2026: s.54 as amended by the Data (Use and Access) Act 2025 s.76 (SI 2026/82), with the extension of s.54(3A) and the clarification pause of s.54(3C).
    Basis: DPA 2018 s.45(3)(b) and s.54(2) (statutory).

s.54(3A)-(3B), in force from 5 February 2026 (Data (Use and Access) Act 2025
s.76, SI 2026/82 reg 2(h)): "extend the applicable time period by two further
months". Three months beginning with Thursday 5 February 2026 end Monday 4 May
(the early May bank holiday: the statute does not move it). A request received
the day before had no extension.

  $ foiclock deadline le-sar.extended 2026-02-05
  Law-enforcement subject access response due (extended): Monday 4 May 2026
    3 months beginning with Thursday 5 February 2026 (the relevant time: the latest of receipt of the request, of identity information and of any fee).
    A period beginning with a day counts that day as its first, so it ends the day before the corresponding date; read as running from the day after, it would end on Tuesday 5 May 2026.
    Version of the law: received from 5 February 2026: s.54 as amended by the Data (Use and Access) Act 2025 s.76 (SI 2026/82), with the extension of s.54(3A) and the clarification pause of s.54(3C).
    Basis: DPA 2018 s.54(3A) and (3B) (Data (Use and Access) Act 2025 s.76, from 5 February 2026) (statutory).
  $ foiclock deadline le-sar.extended 2026-02-04
  foiclock: rule 'le-sar.extended' applies only to requests received from 5 February 2026 (DPA 2018 s.54(3A), inserted by the Data (Use and Access) Act 2025 s.76): 2026-02-04 is earlier, and s.54 as enacted allows no extension
  [2]

A case received Thursday 5 February 2026, clarification asked Saturday 7
February and received Friday 13 February: s.54(3C) stops the clock for those 7
days, both ends included, so the month ends 4 March + 7 = Wednesday 11 March;
with an extension claimed the deadline is 4 May + 7 = Monday 11 May 2026.

  $ foiclock timeline --regime le-sar --received 2026-02-05 --clarification-requested 2026-02-07 --clarification-received 2026-02-13 --pit-extension --today 2026-04-01
  Law-enforcement subject access request, received Thursday 5 February 2026; today is Wednesday 1 April 2026.
  
  Wednesday 11 March 2026  Law-enforcement subject access response due [le-sar.response]
    Status: extended.
    An extension was claimed: this was the date for the notice saying so; the full response is due by the extended deadline.
    1 month beginning with Thursday 5 February 2026 (the relevant time: the latest of receipt of the request, of identity information and of any fee).
    A period beginning with a day counts that day as its first, so it ends the day before the corresponding date, and no provision moves a last day that is not a working day. The ICO's guidance counts from the day after to that day's corresponding date, moved to the next working day on the england-and-wales calendar: Friday 13 March 2026.
    7 calendar days were disregarded while the clock was stopped.
    Version of the law: received from 5 February 2026: s.54 as amended by the Data (Use and Access) Act 2025 s.76 (SI 2026/82), with the extension of s.54(3A) and the clarification pause of s.54(3C).
    Basis: DPA 2018 s.45(3)(b) and s.54(2) (statutory).
  
  Monday 11 May 2026  Law-enforcement subject access response due (extended) [le-sar.extended]
    Status: open: 40 days left.
    3 months beginning with Thursday 5 February 2026 (the relevant time: the latest of receipt of the request, of identity information and of any fee).
    A period beginning with a day counts that day as its first, so it ends the day before the corresponding date; read as running from the day after, it would end on Tuesday 5 May 2026.
    7 calendar days were disregarded while the clock was stopped.
    Version of the law: received from 5 February 2026: s.54 as amended by the Data (Use and Access) Act 2025 s.76 (SI 2026/82), with the extension of s.54(3A) and the clarification pause of s.54(3C).
    Basis: DPA 2018 s.54(3A) and (3B) (Data (Use and Access) Act 2025 s.76, from 5 February 2026) (statutory).
  
  What this means:
  - The answer is due by Monday 11 May 2026. If none has come by then, it is late: the requester can complain to the controller and then go to the ICO.

The same events a day earlier: s.54 as enacted has neither the pause nor the
extension. Without the extension, one month beginning with Wednesday 4 February
ends Tuesday 3 March; the clarification changes nothing.

  $ foiclock timeline --regime le-sar --received 2026-02-04 --clarification-requested 2026-02-06 --clarification-received 2026-02-12 --pit-extension --today 2026-04-01
  foiclock: timeline: --pit-extension: DPA 2018 s.54(3A) allows no extension where --received (2026-02-04) is before 5 February 2026, the day it came into force
  [2]
  $ foiclock timeline --regime le-sar --received 2026-02-04 --clarification-requested 2026-02-06 --clarification-received 2026-02-12 --today 2026-04-01 --format json
  {"schema_version":1,"case":{"regime":"le-sar","title":"Law-enforcement subject access request","receipt_rule":"statutory","received":"2026-02-04","clarification_requested":"2026-02-06","clarification_received":"2026-02-12","pit_extension":false,"school":false,"public_records":false,"today":"2026-04-01","audience":"neutral"},"deadlines":[{"rule":"le-sar.response","role":"response","summary":"Law-enforcement subject access response due","anchor":"2026-02-04","anchor_meaning":"relevant time: the latest of receipt of the request, of identity information and of any fee","start":"2026-02-04","due":"2026-03-03","weekday":"Tuesday","count":1,"unit":"months","calendar":"england-and-wales","statutory":true,"basis":"DPA 2018 s.45(3)(b) and s.54(2)","provisional":false,"receipt_rule":"statutory","beginning_with":true,"corresponding_date":"2026-03-04","regulator_due":"2026-03-05","band":"received before 5 February 2026: s.54 as enacted, one month with no extension and no pause for clarification (the Data (Use and Access) Act 2025 s.76 applies from that day)","skipped":[],"status":"overdue","overdue":29,"overdue_calendar_days":29,"status_text":"overdue by 29 days","done_by":"responded","note":"Received before 5 February 2026: s.54 as enacted has no pause for clarification, so asking for it did not change the time limit."}],"advice":[{"kind":"answer-late","audience":"neutral","entry":0,"rule":"le-sar.response","role":"response","summary":"Law-enforcement subject access response due","date":"2026-03-03","text":"The answer is late: it was due by Tuesday 3 March 2026. The requester can complain to the controller and then go to the ICO."}],"warnings":[]}


`due` has no division, and the ICO's reading depends on it:

  $ foiclock due 2026-06-30 --regime le-sar
  foiclock: due: for law-enforcement subject access use 'foiclock deadline le-sar.response DATE [--division ID]'
  [2]

Batch rows carry the regime like any other, and the date of an extension
notice. The notice must "be given before the end of the period of one month
beginning with the relevant time" (s.54(3B)(a)): received 5 February 2026, a
notice on Wednesday 4 March extends to Monday 4 May (P2); one on Thursday 5
March extends nothing, and the response was due on 4 March (P3). With the 7
paused days of s.54(3C), which do not count towards that month either
((3C)(b)(ii)), a notice on Tuesday 10 March is in time: 4 May + 7 = Monday 11
May (P4). Before 5 February 2026 there is no extension to claim (P5). The
regime's name is taken in any case, with an underscore for its hyphen (P6).

  $ printf 'ref,regime,received,division,clarification_requested,clarification_received,pit_extension\nP1,le-sar,2026-06-30,scotland,,,\nP2,le-sar,2026-02-05,,,,2026-03-04\nP3,le-sar,2026-02-05,,,,2026-03-05\nP4,le-sar,2026-02-05,,2026-02-07,2026-02-13,2026-03-10\nP5,le-sar,2026-02-04,,,,yes\nP6,LE_SAR,2026-02-04,,,,\n' | foiclock batch
  ref,regime,received,division,clarification_requested,clarification_received,pit_extension,response_due,in_time,working_days_taken,working_days_late,review_request_by,review_response_due,status,working_days_left,working_days_overdue,provisional,error
  P1,le-sar,2026-06-30,scotland,,,,2026-07-29,,,,,,overdue,,85,false,
  P2,le-sar,2026-02-05,,,,2026-03-04,2026-05-04,,,,,,overdue,,146,false,
  P3,le-sar,2026-02-05,,,,2026-03-05,2026-03-04,,,,,,overdue,,186,false,
  P4,le-sar,2026-02-05,,2026-02-07,2026-02-13,2026-03-10,2026-05-11,,,,,,overdue,,141,false,
  P5,le-sar,2026-02-04,,,,yes,,,,,,,,,,,"line 6: pit_extension: DPA 2018 s.54(3A) allows no extension where received (2026-02-04) is before 5 February 2026, the day it came into force"
  P6,LE_SAR,2026-02-04,,,,,2026-03-03,,,,,,overdue,,187,false,
  foiclock: batch: 1 of 6 rows had errors
  [2]
  $ printf 'rule,start\nle-sar.response,2026-10-29\nle-sar.extended,2026-02-05\n' | foiclock batch
  rule,start,due,provisional,error
  le-sar.response,2026-10-29,2026-11-28,false,
  le-sar.extended,2026-02-05,2026-05-04,false,

The calendar export: one event per deadline, titled with the regime; the
superseded one-month deadline keeps its event without a reminder.

  $ foiclock timeline --regime le-sar --received 2026-02-05 --pit-extension --ref LE-1 --authority "Anytown Police" --today 2026-02-10 --format ics | grep -E '^(UID|SUMMARY|DTSTART|BEGIN:VALARM)'
  UID:le-sar.response~le-sar~Anytown_20Police~LE-1@foiclock
  DTSTART;VALUE=DATE:20260304
  SUMMARY:Law-enforcement subject access response due - LE-1 - Anytown 
  UID:le-sar.extended~le-sar~Anytown_20Police~LE-1@foiclock
  DTSTART;VALUE=DATE:20260504
  SUMMARY:Law-enforcement subject access response due (extended) - LE-1 - 
  BEGIN:VALARM
  BEGIN:VALARM
