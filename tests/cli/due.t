foiclock due: the response deadline, with its working shown.

src/doc/rules.md section 6: received Thursday 29 March 2018 (Good Friday 30 March,
Easter Monday 2 April): FOIA due Monday 30 April 2018; FOISA due Friday 27
April 2018, as Easter Monday is a Scottish working day.

  $ foiclock due 2018-03-29
  FOI response due: Monday 30 April 2018
    20 working days after Thursday 29 March 2018 (day 0: the date of receipt), on the uk calendar.
    Skipped: Friday 30 March 2018 Good Friday (all of the UK); Monday 2 April 2018 Easter Monday (England and Wales, Northern Ireland).
    Basis: FOIA s.10(1) (statutory).
  $ foiclock due 2018-03-29 --regime foisa
  FOISA response due: Friday 27 April 2018
    20 working days after Thursday 29 March 2018 (day 0: the date of receipt), on the scotland calendar.
    Skipped: Friday 30 March 2018 Good Friday (Scotland).
    Basis: FOISA s.10(1) (statutory).

src/doc/rules.md section 6: received Saturday 5 January 2019: statutory rule due Friday
1 February 2019; next-working-day rule due Monday 4 February 2019. Either way
the output names the other date.

  $ foiclock due "Sat 5 Jan 2019"
  FOI response due: Friday 1 February 2019
    20 working days after Saturday 5 January 2019 (day 0: the date of receipt), on the uk calendar.
    Saturday 5 January 2019 was not a working day. By statute the day of arrival is still day 0;
    under the next-working-day rule the deadline would be Monday 4 February 2019.
    Skipped: no bank holidays.
    Basis: FOIA s.10(1) (statutory).
  $ foiclock due "Sat 5 Jan 2019" --receipt-rule next-working-day --format json
  {"schema_version":1,"rule":"foia.response","role":"response","summary":"FOI response due","anchor":"2019-01-05","anchor_meaning":"date of receipt","start":"2019-01-07","due":"2019-02-04","weekday":"Monday","count":20,"unit":"working days","calendar":"uk","statutory":true,"basis":"FOIA s.10(1)","provisional":false,"receipt_rule":"next-working-day","anchor_non_working":true,"other_receipt_rule":"statutory","other_due":"2019-02-01","skipped":[]}

EIR counts like FOIA (uk calendar); EISR like FOISA. Hand count for a request
received Friday 27 November 2026: Mon 30 Nov (St Andrew's Day, Scotland) is
skipped; Dec 1-4 (4), 7-11 (9), 14-18 (14), 21-24 (18); Fri 25 Dec and Mon 28
Dec (Boxing Day substitute) skipped; 29 (19), 30 (20): Wednesday 30 December
2026. EISR (scotland) skips the same days here, so also 30 December.

  $ foiclock due 2026-11-27 --regime eir
  EIR response due: Wednesday 30 December 2026
    20 working days after Friday 27 November 2026 (day 0: the date of receipt), on the uk calendar.
    Skipped: Monday 30 November 2026 St Andrew’s Day (Scotland); Friday 25 December 2026 Christmas Day (all of the UK); Monday 28 December 2026 Boxing Day (substitute day) (all of the UK).
    Basis: EIR reg 5(2) (statutory).
  $ foiclock due 2026-11-27 --regime eisr
  EISR response due: Wednesday 30 December 2026
    20 working days after Friday 27 November 2026 (day 0: the date of receipt), on the scotland calendar.
    Skipped: Monday 30 November 2026 St Andrew’s Day (Scotland); Friday 25 December 2026 Christmas Day (Scotland); Monday 28 December 2026 Boxing Day (substitute day) (Scotland).
    Basis: EISR reg 5(2) (statutory).

A receipt time in UTC becomes the UK date: 23:30 UTC on Friday 1 June 2018 is
Saturday 2 June in BST (src/doc/rules.md section 2).

  $ foiclock due 2018-06-01T23:30:00Z
  FOI response due: Friday 29 June 2018
    Received 23:30 UTC = 00:30 BST on Saturday 2 June 2018.
    20 working days after Saturday 2 June 2018 (day 0: the date of receipt), on the uk calendar.
    Saturday 2 June 2018 was not a working day. By statute the day of arrival is still day 0;
    under the next-working-day rule the deadline would be Monday 2 July 2018.
    Skipped: no bank holidays.
    Basis: FOIA s.10(1) (statutory).
  $ printf '2018-10-15\nbad\n' | foiclock due - --format json
  {"schema_version":1,"rule":"foia.response","role":"response","summary":"FOI response due","anchor":"2018-10-15","anchor_meaning":"date of receipt","start":"2018-10-15","due":"2018-11-12","weekday":"Monday","count":20,"unit":"working days","calendar":"uk","statutory":true,"basis":"FOIA s.10(1)","provisional":false,"receipt_rule":"statutory","skipped":[]}
  {"schema_version":1,"line":2,"input":"bad","error":"'bad' is not a date: expected 2018-10-15, 15/10/2018, 15 October 2018, or a date-time with an offset such as 2018-06-01T23:30:00Z"}
  foiclock: 1 of 2 input lines had errors
  [2]

Errors.

  $ foiclock due 2018-10-15 --regime sar
  foiclock: due: for subject access use 'foiclock deadline sar.response DATE [--division ID]'
  [2]
  $ foiclock due 2018-10-15 --regime gdpr
  foiclock: due: unknown regime 'gdpr': expected foia, eir, foisa, eisr, sar or le-sar
  [2]
  $ foiclock due 2018-10-15 --receipt-rule lenient
  foiclock: --receipt-rule: unknown receipt rule 'lenient': expected statutory or next-working-day
  [2]
  $ foiclock due 31/09/2018
  foiclock: '31/09/2018' is not a valid date: September 2018 has no day 31 (it has 30 days)
  [2]
