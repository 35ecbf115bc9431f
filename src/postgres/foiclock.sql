-- The foiclock extension's objects, all in the schema foiclock.
--
-- Volatility: every function computes from its arguments and the holiday
-- data compiled into the module, and nothing else (no file, no setting, no
-- clock), so all are IMMUTABLE and may be used in indexes. A new release
-- with newer holiday data can change answers for the years it touches:
-- indexes on these functions must then be rebuilt (see src/doc/sql.md).
-- NULL arguments give NULL (STRICT), except in the timeline functions, where
-- a NULL event date is an event that has not happened.

\echo Use "CREATE EXTENSION foiclock" to load this file. \quit

CREATE FUNCTION due(received date, regime text DEFAULT 'foia')
RETURNS date
AS 'MODULE_PATHNAME', 'foiclock_due'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION due(date, text) IS
  'the response deadline of a request received on a day (regime foia, eir, foisa or eisr)';

CREATE FUNCTION deadline(rule text, start date, receipt_rule text DEFAULT 'statutory',
                         division text DEFAULT 'england-and-wales')
RETURNS date
AS 'MODULE_PATHNAME', 'foiclock_deadline'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION deadline(text, date, text, text) IS
  'the deadline of any rule (see foiclock rules) counted from a day';

CREATE FUNCTION add_working_days(d date, n integer, calendar text DEFAULT 'uk')
RETURNS date
AS 'MODULE_PATHNAME', 'foiclock_add_working_days'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION add_working_days(date, integer, text) IS
  'the nth working day after d (before it when n < 0)';

CREATE FUNCTION working_days(from_date date, to_date date, calendar text DEFAULT 'uk')
RETURNS integer
AS 'MODULE_PATHNAME', 'foiclock_working_days'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION working_days(date, date, text) IS
  'working days after from_date up to and including to_date';

CREATE FUNCTION is_working_day(d date, calendar text DEFAULT 'uk')
RETURNS boolean
AS 'MODULE_PATHNAME', 'foiclock_is_working_day'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION is_working_day(date, text) IS
  'whether d is a working day on the calendar';

CREATE FUNCTION holidays(from_date date, to_date date, calendar text DEFAULT 'uk',
                         OUT date date, OUT name text, OUT divisions text[],
                         OUT provisional boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'foiclock_holidays'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 12;
COMMENT ON FUNCTION holidays(date, date, text) IS
  'the non-working weekdays of the calendar from from_date to to_date';

CREATE FUNCTION timeline(received date, today date, regime text DEFAULT 'foia',
                         clarification_requested date DEFAULT NULL,
                         clarification_received date DEFAULT NULL,
                         fee_notice date DEFAULT NULL, fee_paid date DEFAULT NULL,
                         responded date DEFAULT NULL, review_requested date DEFAULT NULL,
                         review_responded date DEFAULT NULL,
                         decision_notice date DEFAULT NULL,
                         complained date DEFAULT NULL, direction date DEFAULT NULL,
                         pit_extension boolean DEFAULT false, division text DEFAULT NULL,
                         receipt_rule text DEFAULT 'statutory',
                         public_records boolean DEFAULT false,
                         audience text DEFAULT 'neutral',
                         direction_days integer DEFAULT NULL,
                         direction_ground text DEFAULT NULL,
                         OUT rule text, OUT summary text, OUT anchor date, OUT due date,
                         OUT status text, OUT remaining integer, OUT overdue integer,
                         OUT early integer, OUT late integer, OUT done_by text,
                         OUT done_on date, OUT calendar text, OUT statutory boolean,
                         OUT basis text, OUT provisional boolean, OUT note text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'foiclock_timeline'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION timeline(date, date, text, date, date, date, date, date, date, date, date,
                             date, date, boolean, text, text, boolean, text, integer, text) IS
  'every deadline of a case, with where each stands on today';

CREATE FUNCTION deadline_json(rule text, start date, receipt_rule text DEFAULT 'statutory',
                              division text DEFAULT 'england-and-wales')
RETURNS jsonb
AS 'MODULE_PATHNAME', 'foiclock_deadline_json'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION deadline_json(text, date, text, text) IS
  'a deadline and its working as foiclock deadline --format json prints it';

CREATE FUNCTION timeline_json(received date, today date, regime text DEFAULT 'foia',
                              clarification_requested date DEFAULT NULL,
                              clarification_received date DEFAULT NULL,
                              fee_notice date DEFAULT NULL, fee_paid date DEFAULT NULL,
                              responded date DEFAULT NULL, review_requested date DEFAULT NULL,
                              review_responded date DEFAULT NULL,
                              decision_notice date DEFAULT NULL,
                              complained date DEFAULT NULL, direction date DEFAULT NULL,
                              pit_extension boolean DEFAULT false, division text DEFAULT NULL,
                              receipt_rule text DEFAULT 'statutory',
                              public_records boolean DEFAULT false,
                              audience text DEFAULT 'neutral',
                              direction_days integer DEFAULT NULL,
                              direction_ground text DEFAULT NULL)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'foiclock_timeline_json'
LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION timeline_json(date, date, text, date, date, date, date, date, date, date,
                                  date, date, date, boolean, text, text, boolean, text, integer,
                                  text) IS
  'a case timeline as foiclock timeline --format json prints it';
