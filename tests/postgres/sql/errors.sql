SET datestyle = ISO, YMD;
-- Bad input raises an ERROR with the library's message and a SQLSTATE:
-- 22007 for a date foiclock cannot count from, 22023 for a bad parameter.
CREATE FUNCTION pg_temp.fails(query text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE query;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ' ' || SQLERRM;
END $$;

-- As a client sees it.
SELECT foiclock.due('2018-10-15', 'fooa');

SELECT q, pg_temp.fails(q) FROM (VALUES
    -- 22023: names the library does not know
    ($$SELECT foiclock.due('2018-10-15', 'fooa')$$),
    ($$SELECT foiclock.due('2018-10-15', 'sar')$$),
    ($$SELECT foiclock.deadline('foia.reponse', '2018-10-15')$$),
    ($$SELECT foiclock.deadline('foia.response', '2018-10-15', 'tomorrow')$$),
    ($$SELECT foiclock.deadline('sar.response', '2018-10-15', division => 'wales')$$),
    ($$SELECT foiclock.add_working_days('2018-10-15', 1, 'mars')$$),
    ($$SELECT foiclock.working_days('2018-10-15', '2018-10-16', '')$$),
    ($$SELECT foiclock.is_working_day('2018-10-15', 'UK ')$$),
    ($$SELECT * FROM foiclock.holidays('2018-01-01', '2018-12-31', 'england')$$),
    ($$SELECT * FROM foiclock.holidays('2018-12-31', '2018-01-01')$$),
    ($$SELECT * FROM foiclock.timeline('2018-10-15', '2018-12-01', 'gdpr')$$),
    ($$SELECT * FROM foiclock.timeline('2018-10-15', '2018-12-01', division => 'mars')$$),
    ($$SELECT * FROM foiclock.timeline('2018-10-15', '2018-12-01', receipt_rule => 'x')$$),
    ($$SELECT foiclock.timeline_json('2018-10-15', '2018-12-01', audience => 'lawyer')$$),
    -- 22023: events that contradict each other
    ($$SELECT * FROM foiclock.timeline('2018-10-15', '2018-12-01', responded => '2018-10-01')$$),
    ($$SELECT * FROM foiclock.timeline('2018-10-15', '2018-12-01', fee_paid => '2018-10-20')$$),
    ($$SELECT foiclock.timeline_json('2018-10-15', '2018-12-01', responded => '2018-10-01')$$),
    ($$SELECT foiclock.deadline_json('foia.reponse', '2018-10-15')$$),
    ($$SELECT foiclock.deadline_json('sar.response', '2018-10-15', 'statutory', 'mars')$$),
    -- 22007: dates outside the calendars (1971-2199) or not dates at all
    ($$SELECT foiclock.due('1970-12-31')$$),
    ($$SELECT foiclock.due('2199-12-31')$$),
    ($$SELECT foiclock.due('infinity')$$),
    ($$SELECT foiclock.deadline('foia.response', '-infinity')$$),
    ($$SELECT foiclock.add_working_days('2018-10-15', 2147483647)$$),
    ($$SELECT foiclock.add_working_days('10000-01-01', 1)$$),
    ($$SELECT foiclock.working_days('1900-01-01', '2018-10-15')$$),
    ($$SELECT foiclock.is_working_day('4000-01-01 BC')$$),
    ($$SELECT * FROM foiclock.holidays('2018-01-01', 'infinity')$$),
    ($$SELECT * FROM foiclock.timeline('1960-01-01', '2018-12-01')$$),
    ($$SELECT * FROM foiclock.timeline('2018-10-15', '2300-01-01')$$),
    ($$SELECT foiclock.timeline_json('2018-10-15', '2300-01-01')$$),
    ($$SELECT foiclock.deadline_json('foia.response', '2199-12-31')$$),
    ($$SELECT * FROM foiclock.timeline('2019-03-01', '2019-04-02', direction => '2019-03-20',
                                       direction_days => 61, direction_ground => 'outside-uk')$$),
    ($$SELECT * FROM foiclock.timeline('2019-03-01', '2019-04-02', direction => '2019-03-20',
                                       direction_days => 40, direction_ground => 'abroad')$$)
) AS t(q);

-- An error in one row stops the statement and leaves the session usable.
CREATE TABLE bad_requests (received date);
INSERT INTO bad_requests VALUES ('2018-10-15'), ('1950-06-01');
SELECT foiclock.due(received) FROM bad_requests;
SELECT foiclock.due('2018-10-15');
DROP TABLE bad_requests;
