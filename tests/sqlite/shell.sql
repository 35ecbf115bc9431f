-- The SQLite extension through Debian's sqlite3 shell, run in the directory
-- that holds the module. Sources of the dates: the project's legal model
-- (src/doc/rules.md, section 6 for the worked examples).
.load ./foiclock
.headers on
.mode list
.nullvalue NULL

-- src/doc/rules.md 6: received Thu 29 Mar 2018, FOIA due Mon 30 Apr, FOISA Fri 27 Apr
-- (Easter Monday is a Scottish working day).
SELECT due('2018-03-29') AS foia, due('2018-03-29', 'foisa') AS foisa,
       due('2018-03-29', 'eir') AS eir, due('2018-03-29', 'eisr') AS eisr;
-- The limit in force for the date of receipt: a FOISA request received from 7
-- April to 26 May 2020 had 60 working days under the Coronavirus (Scotland)
-- Act 2020 (Tue 7 Apr: Fri 3 Jul; Tue 26 May: Wed 19 Aug), one received the
-- day before or after 20 (Mon 6 Apr: Tue 5 May; Wed 27 May: Wed 24 Jun), as
-- counted in tests/unit/test_bands.c and tests/cli/bands.t.
SELECT due('2020-04-06', 'foisa') AS before, due('2020-04-07', 'foisa') AS first,
       due('2020-05-26', 'foisa') AS last, due('2020-05-27', 'foisa') AS after,
       deadline('foisa.keeper', '2021-03-22') AS keeper;
-- src/doc/rules.md 6: received Sat 5 Jan 2019: statutory Fri 1 Feb, next working day
-- Mon 4 Feb 2019; SAR received Tue 18 Mar 2025: Tue 22 Apr in England (the
-- default division), Mon 21 Apr in Scotland.
SELECT deadline('foia.response', '2019-01-05') AS statutory,
       deadline('foia.response', '2019-01-05', 'next-working-day') AS next_working_day,
       deadline('sar.response', '2025-03-18') AS sar_england,
       deadline('sar.response', '2025-03-18', 'statutory', 'scotland') AS sar_scotland;
-- src/doc/rules.md 1: 2 January is a Scottish bank holiday, so not a working day on
-- the uk calendar either; 12 July (Northern Ireland) likewise.
SELECT add_working_days('2018-12-31', 1) AS uk,
       add_working_days('2018-12-31', 1, 'england-and-wales') AS england_and_wales,
       add_working_days('2018-11-12', -20) AS back,
       working_days('2018-10-15', '2018-11-12') AS wd,
       working_days('2018-03-29', '2018-04-03', 'scotland') AS easter_scotland,
       is_working_day('2018-07-12') AS twelfth_uk,
       is_working_day('2018-07-12', 'scotland') AS twelfth_scotland;
-- A NULL argument gives NULL.
SELECT due(NULL) AS due, deadline('foia.response', NULL) AS deadline,
       add_working_days('2018-10-15', NULL) AS add_wd, is_working_day('2018-10-15', NULL) AS iwd;

-- The functions are deterministic: an index on due(received) answers "due
-- on a day" and "overdue", and a generated column can store the deadline.
CREATE TABLE requests (id INTEGER PRIMARY KEY, received TEXT NOT NULL,
                       due TEXT GENERATED ALWAYS AS (due(received)) STORED);
WITH RECURSIVE d(day) AS (SELECT '2018-10-01' UNION ALL
                          SELECT date(day, '+1 day') FROM d WHERE day < '2018-11-30')
INSERT INTO requests (received) SELECT day FROM d;
CREATE INDEX requests_due ON requests (due(received));
EXPLAIN QUERY PLAN SELECT id FROM requests WHERE due(received) = '2018-11-12';
-- Received Mon 15 Oct 2018, due Mon 12 Nov; received Fri 12, Sat 13 or Sun
-- 14 Oct, due Fri 9 Nov: the day of receipt is day 0 whatever it is, so a
-- weekend day counts from the Monday as the Friday does (src/doc/rules.md 2).
SELECT received, due FROM requests WHERE due(received) IN ('2018-11-09', '2018-11-12');
-- Overdue on Mon 3 Dec 2018: received 1 Oct to Thu 1 Nov (due Thu 29 Nov);
-- Fri 2 Nov's deadline is 3 Dec itself, St Andrew's Day (Fri 30 Nov) being
-- a UK non-working day.
SELECT count(*) AS overdue_on_3_dec, max(received) AS last_received
  FROM requests WHERE due(received) < '2018-12-03';
