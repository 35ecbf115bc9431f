DATE '-' reads one date per line and writes one result per line; a bad line
gets an error record in its place and the exit status is 2. A blank line
is skipped (as batch skips one), but keeps its line number.

  $ printf '2018-10-15\n29/03/2018\nnot a date\n\n2018-02-29\n2026-06-01\n' | foiclock add - 20
  Monday 12 November 2018 (20th working day after Monday 15 October 2018; skipped: no holidays)
  Monday 30 April 2018 (20th working day after Thursday 29 March 2018; skipped: Friday 30 March 2018 Good Friday (all of the UK), Monday 2 April 2018 Easter Monday (England and Wales, Northern Ireland))
  error: line 3: 'not a date' is not a date: expected 2018-10-15, 15/10/2018, 15 October 2018, or a date-time with an offset such as 2018-06-01T23:30:00Z
  error: line 5: '2018-02-29' is not a valid date: February 2018 has no day 29 (it has 28 days)
  Tuesday 30 June 2026 (20th working day after Monday 1 June 2026; skipped: Monday 15 June 2026 World Cup bank holiday (Scotland))
  foiclock: 2 of 6 input lines had errors
  [2]
  $ printf '2018-10-15\r\nnonsense\r\n2018-03-29\r\n' | foiclock add - 20 --format json
  {"schema_version":1,"date":"2018-11-12","weekday":"Monday","calendar":"uk","provisional":false,"anchor":"2018-10-15","anchor_weekday":"Monday","n":20,"skipped":[]}
  {"schema_version":1,"line":2,"input":"nonsense","error":"'nonsense' is not a date: expected 2018-10-15, 15/10/2018, 15 October 2018, or a date-time with an offset such as 2018-06-01T23:30:00Z"}
  {"schema_version":1,"date":"2018-04-30","weekday":"Monday","calendar":"uk","provisional":false,"anchor":"2018-03-29","anchor_weekday":"Thursday","n":20,"skipped":[{"date":"2018-03-30","weekday":"Friday","name":"Good Friday","division":["scotland"],"basis":"statute","substitute":false,"provisional":false,"source":"built-in"},{"date":"2018-03-30","weekday":"Friday","name":"Good Friday","division":["england-and-wales","northern-ireland"],"basis":"common-law","substitute":false,"provisional":false,"source":"built-in"},{"date":"2018-04-02","weekday":"Monday","name":"Easter Monday","division":["england-and-wales","northern-ireland"],"basis":"statute","substitute":false,"provisional":false,"source":"built-in"}]}
  foiclock: 1 of 3 input lines had errors
  [2]
  $ printf '2018-12-25\n2018-12-27\n2026-06-15\n' | foiclock is-working-day - --calendar england-and-wales
  Tuesday 25 December 2018 is not a working day on the england-and-wales calendar: Christmas Day (England and Wales)
  Thursday 27 December 2018 is a working day on the england-and-wales calendar
  Monday 15 June 2026 is a working day on the england-and-wales calendar
  $ printf '2018-11-06\n2018-11-12\n2018-11-13\n' | foiclock count 2018-10-15 -
  16 working days after Monday 15 October 2018 up to and including Tuesday 6 November 2018
  20 working days after Monday 15 October 2018 up to and including Monday 12 November 2018
  21 working days after Monday 15 October 2018 up to and including Tuesday 13 November 2018
  $ printf '2018-10-15\n' | foiclock count - 2018-11-06 --format json
  {"schema_version":1,"date":"2018-11-06","weekday":"Tuesday","calendar":"uk","provisional":false,"from":"2018-10-15","to":"2018-11-06","count":16}
  $ foiclock count - - </dev/null
  foiclock: count: only one of FROM and TO can be read from standard input
  [2]
  $ printf '' | foiclock next -
  foiclock: no dates on standard input: it is empty
  [2]

Blank lines are handled alike in batch: a line with nothing on it, or only
blanks, is skipped and keeps its line number; the summary counts them (two
inside, one at the end). A row of empty fields (",") is a row of the
caseload: written back, nothing computed. Mon 2 Nov 2026 + 20 working days
= Tue 1 Dec (St Andrew's Day skipped); Tue 3 Nov: Wed 2 Dec.

  $ printf 'ref,received\nA,2026-11-02\n\n   \n,\nB,2026-11-03\n\n' | foiclock batch --summary --format json
  {"schema_version":1,"line":2,"ref":"A","received":"2026-11-02","response_due":"2026-12-01","in_time":null,"working_days_taken":null,"working_days_late":null,"review_request_by":null,"review_response_due":null,"status":"pending","working_days_left":2,"working_days_overdue":null,"provisional":false,"error":null,"warnings":[]}
  {"schema_version":1,"line":5,"ref":"","received":"","response_due":null,"in_time":null,"working_days_taken":null,"working_days_late":null,"review_request_by":null,"review_response_due":null,"status":null,"working_days_left":null,"working_days_overdue":null,"provisional":null,"error":null}
  {"schema_version":1,"line":6,"ref":"B","received":"2026-11-03","response_due":"2026-12-02","in_time":null,"working_days_taken":null,"working_days_late":null,"review_request_by":null,"review_response_due":null,"status":"pending","working_days_left":3,"working_days_overdue":null,"provisional":false,"error":null,"warnings":[]}
  {"schema_version":1,"summary":{"rows":2,"blank":1,"blank_lines":3,"errors":0,"deadlines":0,"cases":2,"responded":0,"in_time":0,"late":0,"percent_in_time":null,"working_days_taken":{"count":0,"median":null,"p90":null},"pending":2,"overdue":0,"review_pending":0,"review_overdue":0,"paused":0}}
  $ printf '2026-11-02\n\n   \n2026-11-03\n\n' | foiclock due - --format json | grep -o '"due":"[^"]*"'
  "due":"2026-12-01"
  "due":"2026-12-02"
