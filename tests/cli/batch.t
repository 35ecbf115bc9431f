foiclock batch: a CSV caseload in, every row back in order with computed
columns. "Today" is Thursday 26 November 2026 (run-golden.sh).

Deadline rows (rule, start): the worked examples of src/doc/rules.md section 6.
FOIA from Thu 29 Mar 2018: Mon 30 Apr (Good Friday 30 March and Easter
Monday 2 April skipped); FOISA: Fri 27 Apr (Easter Monday is a Scottish
working day); received Sat 5 Jan 2019: Fri 1 Feb 2019 by statute, Mon 4 Feb
under the next-working-day rule; EIR extended from Mon 15 Oct 2018: Tue 11
Dec 2018; subject access from Fri 31 Jan 2025: Fri 28 Feb, extended Wed 30
Apr 2025; from Tue 18 Mar 2025: Tue 22 Apr in England (Good Friday 18 April
and Easter Monday 21 April), Mon 21 Apr in Scotland.

  $ printf 'ref,rule,start,division\n1,foia.response,2018-03-29,\n2,foisa.response,2018-03-29,\n3,foia.response,2019-01-05,\n4,eir.extended,2018-10-15,\n5,sar.response,2025-01-31,\n6,sar.extended,2025-01-31,\n7,sar.response,2025-03-18,\n8,sar.response,2025-03-18,scotland\n' > rules.csv
  $ foiclock batch rules.csv
  ref,rule,start,division,due,provisional,error
  1,foia.response,2018-03-29,,2018-04-30,false,
  2,foisa.response,2018-03-29,,2018-04-27,false,
  3,foia.response,2019-01-05,,2019-02-01,false,
  4,eir.extended,2018-10-15,,2018-12-11,false,
  5,sar.response,2025-01-31,,2025-02-28,false,
  6,sar.extended,2025-01-31,,2025-04-30,false,
  7,sar.response,2025-03-18,,2025-04-22,false,
  8,sar.response,2025-03-18,scotland,2025-04-21,false,
  $ foiclock batch rules.csv --receipt-rule next-working-day | sed -n 4p
  3,foia.response,2019-01-05,,2019-02-04,false,

One rule for the whole file with --rule; any date form foiclock reads. From
Mon 15 Oct 2018 the FOIA deadline is Mon 12 Nov 2018 (README). From Wed 20
Dec 2028 it is Tue 23 Jan 2029: 21, 22, 27, 28, 29 December, then 3 January
on (25 and 26 December, 1 January and Scotland's 2 January skipped); 2029
holidays are projected, so the date is provisional.

  $ printf 'start\n2018-10-15\n15/10/2018\nMon 15 Oct 2018\n2028-12-20\n' | foiclock batch --rule foia.response --format json
  {"schema_version":1,"line":2,"start":"2018-10-15","due":"2018-11-12","provisional":false,"error":null}
  {"schema_version":1,"line":3,"start":"15/10/2018","due":"2018-11-12","provisional":false,"error":null}
  {"schema_version":1,"line":4,"start":"Mon 15 Oct 2018","due":"2018-11-12","provisional":false,"error":null}
  {"schema_version":1,"line":5,"start":"2028-12-20","due":"2029-01-23","provisional":true,"error":null}

A bad row among good ones: every row comes out, in order, the bad ones with
their line and message; a short row is padded, a long one keeps the
header's width and gets no computed values (which field is out of place is
unknown); extra columns (owner) are carried along. Exit
status 2, with a count on standard error.

  $ printf 'ref,rule,start,owner\nA,foia.response,2018-10-15,Ann\nB,foia.response,30/02/2019,Bob\nC,foia.resp,2018-10-15,Cy\nD,foia.response\nE,foia.response,2018-10-15,Di,extra\nF,eir.response,15 October 2018,Fay\n' | foiclock batch
  ref,rule,start,owner,due,provisional,error
  A,foia.response,2018-10-15,Ann,2018-11-12,false,
  B,foia.response,30/02/2019,Bob,,,line 3: start: '30/02/2019' is not a valid date: February 2019 has no day 30 (it has 28 days)
  C,foia.resp,2018-10-15,Cy,,,"line 4: rule: unknown rule 'foia.resp' (e.g. foia.response, foisa.review-request, sar.response)"
  D,foia.response,,,,,line 5: start: it is empty
  E,foia.response,2018-10-15,Di,,,line 6: the row has 5 fields but the header 4: a comma too many or a field not quoted? Nothing is computed from it
  F,eir.response,15 October 2018,Fay,2018-11-12,false,
  foiclock: batch: 4 of 6 rows had errors
  [2]

CSV as spreadsheets write it: a byte-order mark and CR LF line endings are
kept in the output; a quoted field with commas, doubled quotes and a line
break is copied as it was; an empty line is skipped (line numbers count
it: row B is on line 5); a row of empty fields comes back with nothing
computed.

  $ printf '\xef\xbb\xbfref,note,start\r\nA,"commas, ""quotes""\r\nand a line break",2018-10-15\r\n\r\nB,,15/10/2018\r\n,,\r\n' | foiclock batch --rule foia.response | cat -A
  M-oM-;M-?ref,note,start,due,provisional,error^M$
  A,"commas, ""quotes""^M$
  and a line break",2018-10-15,2018-11-12,false,^M$
  B,,15/10/2018,2018-11-12,false,^M$
  ,,,,,^M$
  $ printf 'ref,note,start\nA,"two\nlines",2018-10-15\nB,x,bad\n' | foiclock batch --rule foia.response --format json
  {"schema_version":1,"line":2,"ref":"A","note":"two\nlines","start":"2018-10-15","due":"2018-11-12","provisional":false,"error":null}
  {"schema_version":1,"line":4,"ref":"B","note":"x","start":"bad","due":null,"provisional":null,"error":"line 4: start: 'bad' is not a date: expected 2018-10-15, 15/10/2018, 15 October 2018, or a date-time with an offset such as 2018-06-01T23:30:00Z"}
  foiclock: batch: 1 of 2 rows had errors
  [2]

Malformed quoting spoils only its own row: text after a closing quote keeps
the field as written (quoted afresh in the output), and a quote never
closed takes the rest of the input into one row.

  $ printf 'ref,start\nA,"2018-10-15"x\nB,2018-10-15\nC,"2018-10-15\nD,2018-10-15\n' | foiclock batch --rule foia.response
  ref,start,due,provisional,error
  A,"""2018-10-15""x",,,line 2: field 2: text follows the closing quote
  B,2018-10-15,2018-11-12,false,
  C,"2018-10-15
  D,2018-10-15
  ",,,line 4: field 2: the quoted field is never closed before the end of the input
  foiclock: batch: 2 of 3 rows had errors
  [2]

A very long field (200,000 bytes) goes through whole.

  $ { echo 'note,rule,start'; printf '"%s",foia.response,2018-10-15\n' "$(head -c 200000 /dev/zero | tr '\0' x)"; } | foiclock batch | awk -F, '{ print length($1), $2, $3, $4, $5 }'
  4 rule start due provisional
  200002 foia.response 2018-10-15 2018-11-12 false

Columns are found by name, whatever their case or spacing; a header with
nothing to compute, or a start without a rule, is refused before any
output.

  $ printf 'Ref , RULE,Start\nA,FOIA.Response,2018-10-15\n' | foiclock batch
  Ref , RULE,Start,due,provisional,error
  A,FOIA.Response,2018-10-15,2018-11-12,false,
  $ printf 'ref,date\nA,2018-10-15\n' | foiclock batch
  foiclock: batch: standard input: the header has neither a 'start' column (with 'rule') nor a 'received' column, so there is nothing to compute (the first line of the input must name the columns)
  [2]
  $ printf 'ref,start\nA,2018-10-15\n' > nor.csv; foiclock batch nor.csv
  foiclock: batch: nor.csv: the header has a 'start' column but no 'rule' column: add one, or give one rule for every row
  [2]
  $ foiclock batch missing.csv
  foiclock: batch: cannot open 'missing.csv': No such file or directory
  [2]
  $ printf '' | foiclock batch
  foiclock: batch: standard input is empty: its first line must name the columns
  [2]

Case rows (received, and any events): the case as the timeline command sees
it.
- FOI-2026-0412 is the README's case: received Mon 2 Nov 2026 (an e-mail
date), answered Tue 24 Nov: due Tue 1 Dec 2026, 4 working days early, so
16 taken; review by Tue 26 Jan 2027.
- W is the whole case of timeline.t: due Mon 12 Nov 2018, answered on
working day 16; review window to Tue 8 Jan 2019; review due Mon 10 Dec
2018, answered 20 Dec: review missed.
- FEES is src/doc/rules.md section 4 (due Fri 23 Nov 2018) answered Mon 26 Nov, one
working day late: 30 working days after 15 October less the 9 from 22
October to 1 November is 21 taken. Review window: 40 working days after
26 November 2018 is Mon 28 Jan 2019 (14 working days after the 8 January
above, since 7-9, 12-16, 19-23 and 26 November are 14 working days).
- PAUSED asked for clarification and has not had it: no due date.
- OVER, received Thu 1 Oct 2026, was due Thu 29 Oct; by today it is 20
working days overdue (30 October, 2-6, 9-13, 16-20, 23-26 November).
- PEND, received Fri 20 Nov 2026, is due Mon 21 Dec 2026 (St Andrew's Day,
Monday 30 November, skipped): 16 working days left after today (27
November, 1-4, 7-11, 14-18 and 21 December).

  $ printf 'ref,received,responded,review_requested,review_responded,fee_notice,fee_paid,clarification_requested\nFOI-2026-0412,"Mon, 2 Nov 2026 09:15:00 +0000",2026-11-24,,,,,\nW,2018-10-15,2018-11-06,2018-11-10,2018-12-20,,,\nFEES,2018-10-15,2018-11-26,,,2018-10-22,2018-11-01,\nPAUSED,2026-11-10,,,,,,2026-11-12\nOVER,2026-10-01,,,,,,\nPEND,2026-11-20,,,,,,\n' > cases.csv
  $ foiclock batch cases.csv
  foiclock: batch: line 2: note: received 09:15 UTC = 09:15 GMT on Monday 2 November 2026
  ref,received,responded,review_requested,review_responded,fee_notice,fee_paid,clarification_requested,response_due,in_time,working_days_taken,working_days_late,review_request_by,review_response_due,status,working_days_left,working_days_overdue,complaint_by,complaint_status,appeal_by,appeal_status,provisional,error
  FOI-2026-0412,"Mon, 2 Nov 2026 09:15:00 +0000",2026-11-24,,,,,,2026-12-01,true,16,0,2027-01-26,,met,,,,,,,false,
  W,2018-10-15,2018-11-06,2018-11-10,2018-12-20,,,,2018-11-12,true,16,0,2019-01-08,2018-12-10,review-missed,,,2019-01-31,overdue,,,false,
  FEES,2018-10-15,2018-11-26,,,2018-10-22,2018-11-01,,2018-11-23,false,21,1,2019-01-28,,missed,,,,,,,false,
  PAUSED,2026-11-10,,,,,,2026-11-12,,,,,,,paused,,,,,,,false,
  OVER,2026-10-01,,,,,,,2026-10-29,,,,,,overdue,,20,,,,,false,
  PEND,2026-11-20,,,,,,,2026-12-21,,,,,,pending,16,,,,,,false,

The regulator's and the tribunal's windows are columns when the header has
an event after the request itself. W above: the review outcome of Thu 20
Dec 2018 gives the ICO 42 calendar days (foia.ico-complaint): Thu 31 Jan
2019, passed. FOIA case A: review outcome Fri 20 Feb 2026, so the ICO by
Fri 3 Apr 2026, met: the decision notice of Mon 1 Jun 2026 shows the
complaint was made (FOIA s.50(1)), and gives the tribunal 28 days (GRC Rules r.22(1)(b)): Mon 29 Jun, open.
FOISA case S: a review asked for on Mon 2 Mar 2026 and not answered: 20
Scottish working days to Mon 30 Mar (s.21(1)), then six months for the
Commissioner (s.47(4)(b)): Wed 30 Sep 2026. Case R: no window opened yet.

  $ printf 'ref,regime,received,responded,review_requested,review_responded,decision_notice\nA,foia,2026-01-05,2026-01-20,2026-02-02,2026-02-20,2026-06-01\nS,foisa,2026-01-05,,2026-03-02,,\nR,foia,2026-03-02,2026-03-20,,,\n' > later.csv
  $ foiclock batch later.csv --today 2026-06-10 | cut -d, -f1,17-20
  ref,complaint_by,complaint_status,appeal_by,appeal_status
  A,2026-04-03,met,2026-06-29,pending
  S,2026-09-30,pending,,
  R,,,,
  $ foiclock batch later.csv --today 2026-06-10 --format json | head -n 1 | grep -o '"complaint_by.*appeal_status":[^,]*'
  "complaint_by":"2026-04-03","complaint_status":"met","appeal_by":"2026-06-29","appeal_status":"pending"

The summary of that file, by hand: 6 rows, all cases, none in error; 3
responded, 2 of them in time (66.7%); working days taken 16, 16 and 21:
median 16, 90th percentile the ceil(2.7) = 3rd smallest, 21; one awaiting
a response in time (PEND), one overdue (OVER), one with the clock stopped.

  $ foiclock batch cases.csv --summary >/dev/null
  foiclock: batch: line 2: note: received 09:15 UTC = 09:15 GMT on Monday 2 November 2026
  summary: 6 rows read, 0 with errors (counted below only for what did compute)
    deadlines computed (rows with a rule and a start):  0
    cases evaluated (rows with a received date):        6
    cases answered (with a responded date):             3, in time 2 of the 3 judged against a deadline (66.7%)
    working days to answer (answered cases):            median 16, 90th percentile 21
    cases awaiting an answer on Thursday 26 November 2026: 2 (1 not yet due, 1 overdue)
    reviews awaiting an answer on Thursday 26 November 2026: 0 (0 not yet due, 0 overdue)
    cases with the clock stopped (clarification or fee awaited): 1
  $ foiclock batch cases.csv --summary --format json >/dev/null
  {"schema_version":1,"summary":{"rows":6,"blank":0,"blank_lines":0,"errors":0,"deadlines":0,"cases":6,"responded":3,"in_time":2,"late":1,"percent_in_time":66.7,"working_days_taken":{"count":3,"median":16,"p90":21},"pending":1,"overdue":1,"review_pending":0,"review_overdue":0,"paused":1}}
  $ foiclock batch cases.csv --format json | sed -n 2p
  {"schema_version":1,"line":3,"ref":"W","received":"2018-10-15","responded":"2018-11-06","review_requested":"2018-11-10","review_responded":"2018-12-20","fee_notice":"","fee_paid":"","clarification_requested":"","response_due":"2018-11-12","in_time":true,"working_days_taken":16,"working_days_late":0,"review_request_by":"2019-01-08","review_response_due":"2018-12-10","status":"review-missed","working_days_left":null,"working_days_overdue":null,"complaint_by":"2019-01-31","complaint_status":"overdue","appeal_by":null,"appeal_status":null,"provisional":false,"error":null,"warnings":[]}

Contradictory events and unknown values are row errors. D claims the EIR
extension (src/doc/rules.md section 6: Tue 11 Dec 2018) and answers on its last
day, 40 working days taken; the reconsideration window is then 40 working
days to Mon 11 Feb 2019 (12-14, 17-21, 24, 27, 28, 31 December, 3-4, 7-11,
14-18, 21-25, 28 January-1 February, 4-8 and 11 February).

  $ printf 'ref,received,responded,regime,pit_extension\nA,2018-10-15,2018-10-01,,\nB,2018-10-15,,scots,\nC,2018-10-15,,eir,maybe\nD,2018-10-15,2018-12-11,EIR,yes\n' | foiclock batch
  ref,received,responded,regime,pit_extension,response_due,in_time,working_days_taken,working_days_late,review_request_by,review_response_due,status,working_days_left,working_days_overdue,complaint_by,complaint_status,appeal_by,appeal_status,provisional,error
  A,2018-10-15,2018-10-01,,,,,,,,,,,,,,,,,line 2: responded (2018-10-01) is before received (2018-10-15)
  B,2018-10-15,,scots,,,,,,,,,,,,,,,,"line 3: regime: unknown regime 'scots': expected foia, eir, foisa, eisr, sar or le-sar"
  C,2018-10-15,,eir,maybe,,,,,,,,,,,,,,,"line 4: pit_extension: expected yes or no, or the date it was claimed, not 'maybe'"
  D,2018-10-15,2018-12-11,EIR,yes,2018-12-11,true,40,0,2019-02-11,,met,,,,,,,false,
  foiclock: batch: 3 of 4 rows had errors
  [2]

The whole caseload as one calendar: each case's deadlines as events named
by its ref (the dates are the response_due and review_request_by columns of
the CSV output above, plus the review, ICO and fee-period deadlines the
timeline command gives); PAUSED, whose clock is stopped, has none yet.

  $ foiclock batch cases.csv --format ics --remind none | tr -d '\r' | grep -E '^(BEGIN:VCALENDAR|UID|DTSTART|END:VCALENDAR)'
  foiclock: batch: line 2: note: received 09:15 UTC = 09:15 GMT on Monday 2 November 2026
  BEGIN:VCALENDAR
  UID:foia.response~foia~~FOI-2026-0412@foiclock
  DTSTART;VALUE=DATE:20261201
  UID:foia.review-request~foia~~FOI-2026-0412@foiclock
  DTSTART;VALUE=DATE:20270126
  UID:foia.response~foia~~W@foiclock
  DTSTART;VALUE=DATE:20181112
  UID:foia.review-response~foia~~W@foiclock
  DTSTART;VALUE=DATE:20181210
  UID:foia.review-request~foia~~W@foiclock
  DTSTART;VALUE=DATE:20190108
  UID:foia.review-max~foia~~W@foiclock
  DTSTART;VALUE=DATE:20190111
  UID:foia.ico-complaint~foia~~W@foiclock
  DTSTART;VALUE=DATE:20190131
  UID:foia.response~foia~~FEES@foiclock
  DTSTART;VALUE=DATE:20181123
  UID:foia.fee-period~foia~~FEES@foiclock
  DTSTART;VALUE=DATE:20190121
  UID:foia.review-request~foia~~FEES@foiclock
  DTSTART;VALUE=DATE:20190128
  UID:foia.response~foia~~OVER@foiclock
  DTSTART;VALUE=DATE:20261029
  UID:foia.response~foia~~PEND@foiclock
  DTSTART;VALUE=DATE:20261221
  END:VCALENDAR

Identity in the calendar: a case is its authority (the authority column,
else --authority) and its ref, so two councils' FOI-1 are two cases; the
same authority and ref twice is an error for the later row, naming the
earlier line, and that row is left out (exit status 2). Rule rows are named
by authority, ref and rule: one ref may carry several rules, each once.

  $ printf 'authority,ref,received\nAnytown Council,FOI-1,2026-11-02\nOthertown Council,FOI-1,2026-11-02\nAnytown Council,FOI-1,2026-11-03\n' > two.csv
  $ foiclock batch two.csv --format ics --remind none -o two.ics
  foiclock: batch: line 4: ref 'FOI-1' at 'Anytown Council' is already the ref of the case on line 2: the events of one case come from one row only (give each case its own ref)
  foiclock: batch: 1 of 3 rows were left out of the calendar
  [2]
  $ tr -d '\r' < two.ics | grep -E '^UID'
  UID:foia.response~foia~Anytown_20Council~FOI-1@foiclock
  UID:foia.response~foia~Othertown_20Council~FOI-1@foiclock
  $ printf 'ref,rule,start\nR-1,foia.response,2026-11-02\nR-1,foia.review-request,2026-11-24\nR-1,foia.response,2026-11-02\n' > rr.csv
  $ foiclock batch rr.csv --format ics --remind none -o rr.ics
  foiclock: batch: line 4: ref 'R-1' already has the rule foia.response on line 2: the events of one case come from one row only (give each case its own ref)
  foiclock: batch: 1 of 3 rows were left out of the calendar
  [2]
  $ tr -d '\r' < rr.ics | grep -E '^(UID|SUMMARY)'
  UID:foia.response~foia~~R-1@foiclock
  SUMMARY:FOI response due - R-1
  UID:foia.review-request~foia~~R-1@foiclock
  SUMMARY:Last day to ask for an FOI review - R-1

A row whose ref is not UTF-8 (a caseload saved as Windows-1252) is an error
for that row; rows without a ref get a warning.

  $ printf 'ref,received\nCaf\351,2026-11-02\n,2026-11-03\n' > enc.csv
  $ foiclock batch enc.csv --format ics --remind none -o enc.ics
  foiclock: batch: line 2: ref 'Caf\xe9' is not UTF-8 text (byte 0xE9 at offset 3): save the input as UTF-8
  foiclock: warning: 1 case or deadline without a reference: its events get new ids at every export, so calendar applications cannot update or cancel them; add a ref column for ids that stay the same
  foiclock: batch: 1 of 2 rows were left out of the calendar
  [2]
  $ tr -d '\r' < enc.ics | grep -c '^UID'
  1

With -o the calendar owns its file: a case gone from the caseload stays in
it as a cancelled event (one SEQUENCE up), so calendar applications remove
it rather than keep a deadline nobody tracks.

  $ printf 'ref,received\nA-1,2026-11-02\nA-2,2026-11-03\n' > load.csv
  $ foiclock batch load.csv --format ics --remind none -o load.ics
  $ printf 'ref,received\nA-2,2026-11-03\n' > load.csv
  $ foiclock batch load.csv --format ics --remind none -o load.ics
  $ tr -d '\r' < load.ics | grep -E '^(UID|SEQUENCE|STATUS)'
  UID:foia.response~foia~~A-2@foiclock
  SEQUENCE:3630240
  STATUS:CONFIRMED
  UID:foia.response~foia~~A-1@foiclock
  SEQUENCE:3630241
  STATUS:CANCELLED

  $ foiclock batch cases.csv --format text
  foiclock: batch: unknown format 'text': expected csv, json or ics
  [2]

A pit_extension date is the day the extension notice was given, and is
checked: before receipt it is an error for that row; after the time for
compliance (received Mon 15 Jul 2019: Tue 13 Aug 2019) it extends nothing
(FOIA s.17(1) requires the notice within that time), so the response is
judged against 13 Aug and is late; on 13 Aug itself it extends to 40 working
days (Wed 11 Sep 2019).

  $ printf 'ref,regime,received,pit_extension,responded\nA,foia,2019-07-15,2019-07-10,\nB,foia,2019-07-15,2019-08-20,2019-09-05\nC,foia,2019-07-15,2019-08-13,2019-09-05\n' | foiclock batch - 2>&1 | cut -d, -f1,4-8
  ref,pit_extension,responded,response_due,in_time,working_days_taken
  A,2019-07-10,,,,
  B,2019-08-20,2019-09-05,2019-08-13,false,36
  C,2019-08-13,2019-09-05,2019-09-11,true,36
  foiclock: batch: 1 of 3 rows had errors
  $ printf 'ref,regime,received,pit_extension\nA,foia,2019-07-15,2019-07-10\n' | foiclock batch - 2>/dev/null | sed -n 2p
  A,foia,2019-07-15,2019-07-10,,,,,,,,,,,line 2: pit_extension (2019-07-10) is before received (2019-07-15)

A case row received or answered after today is computed as given, with a
warning: on standard error for CSV, in "warnings" for JSON (today is
Thursday 26 November 2026).

  $ printf 'ref,received\nA,2027-01-05\nB,2026-01-05\n' | foiclock batch - 2>&1 >/dev/null
  foiclock: batch: line 2: warning: the date received is after today: check it for a typing error
  $ printf 'ref,received\nA,2027-01-05\n' | foiclock batch - --format json | grep -o '"warnings":.*'
  "warnings":["the date received is after today: check it for a typing error"]}

EIR and EISR advance payment (reg 8) uses the fee columns: received Mon 1
Apr 2019, notified Wed 3 Apr, paid Wed 10 Apr, the wait disregarded: EIR
due Fri 10 May 2019, EISR (Easter Monday a Scottish working day) Thu 9 May.
A Commissioner's direction (SI 2004/3364) takes the direction date,
direction_days and direction_ground columns: the 45th working day after Fri
1 Mar 2019 is Thu 9 May 2019; a day beyond the sixtieth is an error.

  $ printf 'ref,regime,received,fee_notice,fee_paid,direction,direction_days,direction_ground\nA,eir,2019-04-01,2019-04-03,2019-04-10,,,\nB,eisr,2019-04-01,2019-04-03,2019-04-10,,,\nC,foia,2019-03-01,,,2019-03-20,45,Armed Forces\nD,foia,2019-03-01,,,2019-03-20,61,outside-uk\nE,foia,2019-03-01,,,,45,outside-uk\n' | foiclock batch - --today 2019-04-02 2>&1 | cut -d, -f1,9,15,23
  ref,response_due,status,error
  A,2019-05-10,pending,
  B,2019-05-09,pending,
  C,2019-05-09,pending,
  D,,,"line 5: direction: the day specified is working day 61 after receipt; a direction specifies a day after the twentieth and ""not being later than the sixtieth working day following the date of receipt"""
  E,,,line 6: the day or ground of a direction is given without the date of the Commissioner's direction
  foiclock: batch: 2 of 5 rows had errors
  $ printf 'ref,received,direction,direction_days,direction_ground\nD,2019-03-01,2019-03-20,61,outside-uk\nE,2019-03-01,,45,outside-uk\n' | foiclock batch - 2>/dev/null | grep -o 'line [0-9]: [a-z_ ]*'
  line 2: direction
  line 3: the day or ground of a direction is given without the date of the 

A complained column gives the day a complaint reached the regulator; a
decision notice cannot come before it.

  $ printf 'ref,received,responded,review_requested,review_responded,complained,decision_notice\nA,2018-10-15,2018-11-09,2018-11-20,2018-12-14,2019-01-10,\nB,2018-10-15,2018-11-09,2018-11-20,2018-12-14,2019-03-05,2019-03-01\n' | foiclock batch - --today 2019-03-05 2>&1 | cut -d, -f1,6,7,14-
  ref,complained,decision_notice,status,working_days_left,working_days_overdue,complaint_by,complaint_status,appeal_by,appeal_status,provisional,error
  A,2019-01-10,,review-met,,,2019-01-25,met,,,false,
  B,2019-03-05,2019-03-01,,,,,,,,,line 3: decision_notice (2019-03-01) is before complained (2019-03-05)
  foiclock: batch: 1 of 2 rows had errors
