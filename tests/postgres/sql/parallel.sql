SET datestyle = ISO, YMD;
-- The functions are PARALLEL SAFE: a parallel sequential scan evaluates them
-- in the workers, and gives what a serial scan gives.
CREATE TABLE received_days AS
SELECT d::date AS received FROM generate_series(date '2000-01-01', '2029-12-31', '1 day') AS d,
       generate_series(1, 10);
ANALYZE received_days;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM received_days
 WHERE foiclock.due(received) <> foiclock.add_working_days(received, 20);
-- How many workers a query really had.
CREATE FUNCTION pg_temp.workers_launched(query text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, FORMAT JSON) ' || query INTO plan;
    RETURN (plan->0->'Plan'->'Plans'->0->>'Workers Launched')::int;
END $$;
-- Without leader participation every row goes through a worker.
SET parallel_leader_participation = off;
SELECT pg_temp.workers_launched($$
    SELECT count(*) FROM received_days
     WHERE foiclock.due(received) <> foiclock.add_working_days(received, 20)$$) > 0 AS parallel;
-- The FOIA deadline is the 20th UK working day after receipt, always.
SELECT count(*) FROM received_days
 WHERE foiclock.due(received) <> foiclock.add_working_days(received, 20);
-- 30 years of days, each 10 times, through every scalar function: the same
-- figures in parallel and serially. Every FOISA deadline is 20 Scottish
-- working days after receipt, but for the 50 days of receipt from 7 April to
-- 26 May 2020, when the Coronavirus (Scotland) Act 2020 gave 60: 109580 x 20
-- + 500 x 40 = 2211600.
SELECT pg_temp.workers_launched($$
    SELECT count(*) FROM received_days WHERE foiclock.is_working_day(received, 'scotland')$$) > 0
       AS parallel;
SELECT count(*) AS n, count(*) FILTER (WHERE foiclock.is_working_day(received)) AS working,
       sum(foiclock.working_days(received, foiclock.due(received, 'foisa'), 'scotland')) AS wd,
       max(foiclock.deadline('sar.response', received, division => 'northern-ireland')) AS sar,
       max(foiclock.due(received)) AS last_due
  FROM received_days;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS n, count(*) FILTER (WHERE foiclock.is_working_day(received)) AS working,
       sum(foiclock.working_days(received, foiclock.due(received, 'foisa'), 'scotland')) AS wd,
       max(foiclock.deadline('sar.response', received, division => 'northern-ireland')) AS sar,
       max(foiclock.due(received)) AS last_due
  FROM received_days;
RESET parallel_leader_participation;
-- An error raised in a worker reaches the client as in a serial scan.
SET max_parallel_workers_per_gather = 2;
SELECT count(*) FROM received_days WHERE foiclock.due(received, 'nope') IS NOT NULL;
DROP TABLE received_days;
