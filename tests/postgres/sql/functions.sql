SET datestyle = ISO, YMD;
-- Every function of the extension on dates whose answers are known, with
-- the source of each in a comment. "src/doc/rules.md" is the project's legal model
-- (section 6 holds the worked examples).
CREATE EXTENSION foiclock;
SELECT extname, extversion, nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE extname = 'foiclock';

-- due: src/doc/rules.md 6, received Thu 29 Mar 2018 (Good Friday 30 Mar, Easter
-- Monday 2 Apr): FOIA due Mon 30 Apr; FOISA Fri 27 Apr, Easter Monday being
-- a Scottish working day. EIR and EISR count as FOIA and FOISA do.
SELECT foiclock.due('2018-03-29') AS foia, foiclock.due('2018-03-29', 'foisa') AS foisa,
       foiclock.due('2018-03-29', 'eir') AS eir, foiclock.due('2018-03-29', 'eisr') AS eisr;
-- ICO's own example: received Mon 15 Oct 2018, due Mon 12 Nov 2018.
SELECT foiclock.due(date '2018-10-15');
-- src/doc/rules.md 6: received Sat 5 Jan 2019, statutory due Fri 1 Feb 2019.
SELECT foiclock.due('2019-01-05');

-- deadline: src/doc/rules.md 6. Received Sat 5 Jan 2019 under the s.45 Code's
-- next-working-day receipt: Mon 4 Feb 2019. EIR extended from Mon 15 Oct
-- 2018: Tue 11 Dec 2018. SAR received Fri 31 Jan 2025: Fri 28 Feb 2025,
-- extended Wed 30 Apr 2025. SAR received Tue 18 Mar 2025: 18 Apr is Good
-- Friday, so Tue 22 Apr in England (the default division), Mon 21 Apr 2025 in
-- Scotland.
SELECT foiclock.deadline('foia.response', '2019-01-05') AS statutory,
       foiclock.deadline('foia.response', '2019-01-05', 'next-working-day') AS next_working_day;
SELECT foiclock.deadline('eir.extended', '2018-10-15');
SELECT foiclock.deadline('sar.response', '2025-01-31') AS sar,
       foiclock.deadline('sar.extended', '2025-01-31') AS sar_extended;
SELECT foiclock.deadline('sar.response', '2025-03-18') AS england,
       foiclock.deadline('sar.response', '2025-03-18', division => 'scotland') AS scotland;
-- src/doc/rules.md 2: 28 days after 1 March is 29 March (Fri 29 Mar 2019, a working
-- day, so nothing rolls).
SELECT foiclock.deadline('foia.tribunal-appeal', '2019-03-01');

-- add_working_days: the 20th working day after Mon 15 Oct 2018 is due() above;
-- backwards from it comes back to the start. Day 0 is the date itself.
SELECT foiclock.add_working_days('2018-10-15', 20) AS forward,
       foiclock.add_working_days('2018-11-12', -20) AS backward,
       foiclock.add_working_days('2018-10-13', 0) AS day0;
-- src/doc/rules.md 1: 2 January is a Scottish bank holiday, so a non-working day on
-- the uk calendar as well, but not in England and Wales (Wed 2 Jan 2019).
SELECT foiclock.add_working_days('2018-12-31', 1) AS uk,
       foiclock.add_working_days('2018-12-31', 1, 'scotland') AS scotland,
       foiclock.add_working_days('2018-12-31', 1, 'england-and-wales') AS england_and_wales;

-- working_days: excluding the first day, including the last (src/doc/rules.md 5);
-- negated when the dates run backwards.
SELECT foiclock.working_days('2018-10-15', '2018-11-12') AS twenty,
       foiclock.working_days('2018-11-12', '2018-10-15') AS minus_twenty,
       foiclock.working_days('2018-10-15', '2018-10-15') AS zero;
-- Easter Monday 2 Apr 2018 is a working day in Scotland only (src/doc/rules.md 6).
SELECT foiclock.working_days('2018-03-29', '2018-04-03') AS uk,
       foiclock.working_days('2018-03-29', '2018-04-03', 'scotland') AS scotland;

-- is_working_day: 12 July is a Northern Irish holiday, so a non-working day
-- for every FOIA authority (src/doc/rules.md 1), but a working day in Scotland
-- (Thu 12 Jul 2018).
SELECT foiclock.is_working_day('2018-07-12') AS uk,
       foiclock.is_working_day('2018-07-12', 'scotland') AS scotland,
       foiclock.is_working_day('2018-07-12', 'northern-ireland') AS northern_ireland,
       foiclock.is_working_day('2018-07-14') AS saturday;

-- holidays: the weekdays off around Christmas 2018 (gov.uk bank holidays):
-- a day kept under one name in several divisions is one row.
SELECT * FROM foiclock.holidays('2018-12-20', '2019-01-05');
SELECT * FROM foiclock.holidays('2018-12-20', '2019-01-05', 'england-and-wales');
-- The World Cup holiday of Mon 15 Jun 2026 is Scotland's (src/doc/rules.md 1).
SELECT * FROM foiclock.holidays('2026-06-15', '2026-06-15');
-- Years after the published data are projected by rule.
SELECT date, name, provisional FROM foiclock.holidays('2035-12-24', '2035-12-26', 'scotland');

-- timeline: received Mon 15 Oct 2018, answered Tue 20 Nov, 6 working days
-- after Mon 12 Nov; the review may be asked for until the 40th working day
-- after the response (Tue 22 Jan 2019, past St Andrew's Day, Christmas and
-- the New Year holidays), 33 working days after Sat 1 Dec 2018.
SELECT * FROM foiclock.timeline('2018-10-15', '2018-12-01', responded => '2018-11-20');
-- Nothing done yet, as seen on three days: before, on and after the due date.
SELECT today, rule, due, status, remaining, overdue
  FROM (VALUES (date '2018-11-09'), ('2018-11-12'), ('2018-11-14')) AS t(today),
       foiclock.timeline('2018-10-15', today);
-- src/doc/rules.md 4: fees notice Mon 22 Oct, fee received Thu 1 Nov 2018: the
-- response is due Fri 23 Nov 2018 instead of Mon 12 Nov.
-- While the fee is awaited the response has no date.
SELECT rule, due, status FROM foiclock.timeline('2018-10-15', '2018-10-30',
                                                fee_notice => '2018-10-22')
 WHERE rule = 'foia.response';
SELECT rule, due, status, remaining FROM foiclock.timeline('2018-10-15', '2018-11-02',
    fee_notice => '2018-10-22', fee_paid => '2018-11-01')
 WHERE rule = 'foia.response';
-- EIR reg 8 advance payment, same dates: the wait is disregarded (reg 8(6)),
-- and the applicant has 60 working days from the notification to pay
-- (reg 8(5)): Mon 21 Jan 2019.
SELECT rule, due, status FROM foiclock.timeline('2018-10-15', '2018-11-02', 'eir',
    fee_notice => '2018-10-22', fee_paid => '2018-11-01');
-- A Commissioner's direction (SI 2004/3364 reg 5): the 45th working day after
-- Fri 1 Mar 2019 is Thu 9 May 2019; the twentieth (Mon 1 Apr) is superseded.
SELECT rule, due, status FROM foiclock.timeline('2019-03-01', '2019-04-02',
    direction => '2019-03-20', direction_days => 45, direction_ground => 'armed-forces');
-- FOISA, answered on time: the review may be required 40 Scottish working
-- days after the end of the response period (FOISA s.20(5)).
SELECT rule, anchor, due, status, early, calendar
  FROM foiclock.timeline('2018-10-15', '2018-11-20', 'foisa', responded => '2018-11-05');
-- A public-interest extension supersedes the 20-day response.
SELECT rule, due, status FROM foiclock.timeline('2018-10-15', '2018-11-01',
                                                pit_extension => true);

-- Rules in force for a period: a FOISA request received Mon 20 Apr 2020 and
-- answered Tue 26 May, under the Coronavirus (Scotland) Act 2020, had 60
-- working days (Wed 15 Jul); answered Wed 27 May, after the repeal, 20 (Tue
-- 19 May). due() picks the limit in force on the date of receipt. The
-- Keeper (FOISA s.22): 30 working days, Wed 5 May 2021 from Mon 22 Mar 2021.
-- Hand counts in tests/unit/test_bands.c.
SELECT foiclock.due('2020-04-06', 'foisa') AS before, foiclock.due('2020-04-07', 'foisa') AS first,
       foiclock.due('2020-05-27', 'foisa') AS after;
SELECT rule, due, status FROM foiclock.timeline('2020-04-20', '2020-06-01', 'foisa',
                                                responded => '2020-05-26')
 WHERE rule LIKE '%response%';
SELECT rule, due, status FROM foiclock.timeline('2020-04-20', '2020-06-01', 'foisa',
                                                responded => '2020-05-27')
 WHERE rule LIKE '%response%';
SELECT rule, due, status FROM foiclock.timeline('2021-03-22', '2021-05-01', 'foisa',
                                                public_records => true)
 WHERE rule = 'foisa.keeper';

-- timeline_json and deadline_json are the library's JSON rendering: the very
-- objects `foiclock timeline` and `foiclock deadline --format json` print.
\set cli `"$FOICLOCK_CLI" timeline --received 2018-10-15 --responded 2018-11-20 --today 2018-12-01 --format json`
SELECT foiclock.timeline_json('2018-10-15', '2018-12-01', responded => '2018-11-20')
       = :'cli'::jsonb AS same_as_cli;
\set cli `"$FOICLOCK_CLI" timeline --received 2018-10-15 --regime foisa --fee-notice 2018-10-22 --today 2018-10-30 --format json`
SELECT foiclock.timeline_json('2018-10-15', '2018-10-30', 'foisa', fee_notice => '2018-10-22')
       = :'cli'::jsonb AS same_as_cli;
\set cli `"$FOICLOCK_CLI" timeline --received 2019-03-01 --direction 2019-03-20 --direction-days 60 --direction-ground outside-uk --today 2019-04-02 --format json`
SELECT foiclock.timeline_json('2019-03-01', '2019-04-02', direction => '2019-03-20',
                              direction_days => 60, direction_ground => 'outside-uk')
       = :'cli'::jsonb AS same_as_cli;
-- A complaint made on Thu 10 Jan 2019, within six weeks of the review's
-- outcome (Fri 14 Dec 2018: Fri 25 Jan 2019), in the authority's words.
\set cli `"$FOICLOCK_CLI" timeline --received 2018-10-15 --responded 2018-11-09 --review-requested 2018-11-20 --review-responded 2018-12-14 --complained 2019-01-10 --today 2019-01-20 --for authority --format json`
SELECT foiclock.timeline_json('2018-10-15', '2019-01-20', responded => '2018-11-09',
                              review_requested => '2018-11-20', review_responded => '2018-12-14',
                              complained => '2019-01-10', audience => 'authority')
       = :'cli'::jsonb AS same_as_cli;
SELECT rule, due, status, done_by, done_on
  FROM foiclock.timeline('2018-10-15', '2019-01-20', responded => '2018-11-09',
                         review_requested => '2018-11-20', review_responded => '2018-12-14',
                         complained => '2019-01-10')
 WHERE rule = 'foia.ico-complaint';
\set cli `"$FOICLOCK_CLI" deadline sar.response 2025-03-18 --division scotland --format json`
SELECT foiclock.deadline_json('sar.response', '2025-03-18', division => 'scotland')
       = :'cli'::jsonb AS same_as_cli;
\set cli `"$FOICLOCK_CLI" deadline foia.response 2019-01-05 --receipt-rule next-working-day --format json`
SELECT foiclock.deadline_json('foia.response', '2019-01-05', 'next-working-day')
       = :'cli'::jsonb AS same_as_cli;
-- The figures of the first timeline above, from the jsonb.
SELECT j->'schema_version' AS version, j->'case'->>'today' AS today,
       d->>'rule' AS rule, d->>'due' AS due, d->>'status' AS status,
       coalesce(d->>'late', d->>'remaining') AS days,
       jsonb_array_length(d->'skipped') AS skipped
  FROM foiclock.timeline_json('2018-10-15', '2018-12-01', responded => '2018-11-20') AS j,
       jsonb_array_elements(j->'deadlines') AS d;
-- The SAR deadline of a request received Tue 18 Mar 2025 falls on Good
-- Friday, 18 Apr, and rolls past Easter Monday to Tue 22 Apr in England and
-- Wales (src/doc/rules.md 6); its working names the holidays passed over.
SELECT j->>'due' AS due, j->>'rolled_from' AS rolled_from,
       jsonb_path_query_array(j, '$.skipped[*].name') AS passed_over
  FROM foiclock.deadline_json('sar.response', '2025-03-18') AS j;
SELECT foiclock.timeline_json(NULL, '2018-12-01') IS NULL AS no_case,
       foiclock.deadline_json('foia.response', NULL) IS NULL AS strict;

-- NULL in, NULL out: every scalar function is STRICT.
SELECT foiclock.due(NULL) IS NULL AS due, foiclock.due('2018-10-15', NULL) IS NULL AS regime,
       foiclock.deadline(NULL, '2018-10-15') IS NULL AS rule,
       foiclock.add_working_days('2018-10-15', NULL) IS NULL AS n,
       foiclock.working_days(NULL, '2018-10-15') IS NULL AS from_date,
       foiclock.is_working_day('2018-10-15', NULL) IS NULL AS calendar;
SELECT count(*) FROM foiclock.holidays(NULL, '2018-12-31');
-- In a timeline a NULL event has not happened; without a receipt date or a
-- day to judge on there is no case.
SELECT count(*) FROM foiclock.timeline(NULL, '2018-12-01');
SELECT count(*) FROM foiclock.timeline('2018-10-15', NULL);
SELECT rule, status FROM foiclock.timeline('2018-10-15', '2018-11-01', responded => NULL,
                                           pit_extension => NULL);

-- Declared as they behave.
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'foiclock' ORDER BY 1;
