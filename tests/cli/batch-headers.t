Case systems name their columns "Date Received", "Received Date" or "Case
Ref": batch takes a known column's name with "date"/"case" around it, in
any case, with spaces or underscores. Dates: the response is due Tuesday
30 June 2026 (20 working days after Monday 1 June 2026, skipping 15 June,
Scotland, on the uk calendar); the reply on Saturday 20 June took 13
working days (2-5, 8-12, 16-19 June); the review asked for on Thursday 25
June is due 20 working days later, Friday 24 July 2026 (skipping 13 July,
Northern Ireland).

  $ printf 'Case Ref,Date Received,Date_Responded,Review Requested Date\nA1,2026-06-01,2026-06-20,2026-06-25\n' |
  > foiclock batch --today 2026-07-01
  Case Ref,Date Received,Date_Responded,Review Requested Date,response_due,in_time,working_days_taken,working_days_late,review_request_by,review_response_due,status,working_days_left,working_days_overdue,complaint_by,complaint_status,appeal_by,appeal_status,provisional,error
  A1,2026-06-01,2026-06-20,2026-06-25,2026-06-30,true,13,0,2026-08-18,2026-07-24,review-pending,16,,,,,,false,
  $ printf 'CASE_REF,received_date\nA2,01/06/2026\n' | foiclock batch --today 2026-07-01 --format json
  {"schema_version":1,"line":2,"CASE_REF":"A2","received_date":"01/06/2026","response_due":"2026-06-30","in_time":null,"working_days_taken":null,"working_days_late":null,"review_request_by":null,"review_response_due":null,"status":"overdue","working_days_left":null,"working_days_overdue":1,"provisional":false,"error":null,"warnings":[]}

Two names for one column are an error naming both places.

  $ printf 'Date Received,Received\n2026-06-01,2026-06-01\n' | foiclock batch
  foiclock: batch: standard input: the header names the column 'received' twice (columns 1 and 2)
  [2]

--column names any other header; the output keeps the input's names.

  $ printf 'Our Ref,Logged On,Replied\nA3,2026-06-01,2026-06-20\n' |
  > foiclock batch --today 2026-07-01 --column received="Logged On" --column=responded=replied --column ref='Our Ref'
  Our Ref,Logged On,Replied,response_due,in_time,working_days_taken,working_days_late,review_request_by,review_response_due,status,working_days_left,working_days_overdue,complaint_by,complaint_status,appeal_by,appeal_status,provisional,error
  A3,2026-06-01,2026-06-20,2026-06-30,true,13,0,2026-08-18,,met,,,,,,,false,
  $ printf 'Logged On\n2026-06-01\n' | foiclock batch --column received="Logged"
  foiclock: batch: --column received='Logged': the header has no column 'Logged'
  [2]
  $ printf 'Logged On\n2026-06-01\n' | foiclock batch --column recieved="Logged On"
  foiclock: batch: --column: 'recieved' is not a column batch reads (rule, start, regime, division, ref, authority, pit_extension, public_records or a case event such as received) (did you mean received?)
  [2]
  $ printf 'Logged On\n2026-06-01\n' | foiclock batch --column received
  foiclock: batch: --column takes COLUMN=HEADER (received='Date Received'), not 'received'
  [2]

Computed columns never appear twice. Batch run on its own output replaces
the columns it computed (here a day later: the request received Tuesday 2
June 2026, due Wednesday 1 July, is due today on 1 July and 1 working day
overdue on 2 July). Output of a version with fewer computed columns is
recognised too, by its trailing computed columns down to provisional and
error. Any other input column with a computed column's name is an error
naming it.

  $ printf 'ref,received,responded\nA1,2026-06-01,2026-06-20\nA2,"2026-06-02",\n' > cases.csv
  $ foiclock batch cases.csv --today 2026-07-01 > run1.csv && cat run1.csv
  ref,received,responded,response_due,in_time,working_days_taken,working_days_late,review_request_by,review_response_due,status,working_days_left,working_days_overdue,complaint_by,complaint_status,appeal_by,appeal_status,provisional,error
  A1,2026-06-01,2026-06-20,2026-06-30,true,13,0,2026-08-18,,met,,,,,,,false,
  A2,"2026-06-02",,2026-07-01,,,,,,due-today,0,,,,,,false,
  $ foiclock batch run1.csv --today 2026-07-02
  ref,received,responded,response_due,in_time,working_days_taken,working_days_late,review_request_by,review_response_due,status,working_days_left,working_days_overdue,complaint_by,complaint_status,appeal_by,appeal_status,provisional,error
  A1,2026-06-01,2026-06-20,2026-06-30,true,13,0,2026-08-18,,met,,,,,,,false,
  A2,2026-06-02,,2026-07-01,,,,,,overdue,,1,,,,,false,
  $ foiclock batch run1.csv --today 2026-07-02 --format json | tail -n 1
  {"schema_version":1,"line":3,"ref":"A2","received":"2026-06-02","responded":"","response_due":"2026-07-01","in_time":null,"working_days_taken":null,"working_days_late":null,"review_request_by":null,"review_response_due":null,"status":"overdue","working_days_left":null,"working_days_overdue":1,"complaint_by":null,"complaint_status":null,"appeal_by":null,"appeal_status":null,"provisional":false,"error":null,"warnings":[]}
  $ printf 'ref,received,responded,response_due,in_time,working_days_taken,working_days_late,review_request_by,review_response_due,status,working_days_left,working_days_overdue,provisional,error\nA1,2026-06-01,2026-06-20,2026-06-30,true,13,0,2026-08-18,,met,,,false,\n' > older.csv
  $ foiclock batch older.csv --today 2026-07-01 | cut -d, -f1-3,10,17-18
  ref,received,responded,status,provisional,error
  A1,2026-06-01,2026-06-20,met,false,
  $ printf 'received,error\n2026-06-01,x\n' | foiclock batch
  foiclock: batch: standard input: the header's column 2, 'error', is one batch computes: rename or remove it
  [2]
  $ printf 'received,Status\n2026-06-01,open\n' | foiclock batch
  foiclock: batch: standard input: the header's column 2, 'status', is one batch computes: rename or remove it
  [2]
  $ printf 'received,Warnings\n2026-06-01,x\n' | foiclock batch --format json
  foiclock: batch: standard input: the header's column 2, 'warnings', is a key every JSON record has: rename or remove it
  [2]
