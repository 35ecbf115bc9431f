SET datestyle = ISO, YMD;
-- An expression index on foiclock.due(): the functions are IMMUTABLE, so
-- "which requests are overdue today" is an index scan.
CREATE TABLE requests (id serial PRIMARY KEY, received date NOT NULL, responded date);
-- Every day from 2015 to 2024, three requests a day; those received before
-- November 2018 have been answered.
INSERT INTO requests (received, responded)
SELECT d::date, CASE WHEN d < '2018-11-01' THEN foiclock.add_working_days(d::date, 15) END
  FROM generate_series(date '2015-01-01', '2024-12-31', '1 day') AS d, generate_series(1, 3);
CREATE INDEX requests_due ON requests (foiclock.due(received));
ANALYZE requests;

SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM requests WHERE foiclock.due(received) = '2018-11-12';
EXPLAIN (COSTS OFF)
SELECT count(*) FROM requests
 WHERE responded IS NULL AND foiclock.due(received) < '2018-12-03';
RESET enable_seqscan;
-- Received Mon 15 Oct 2018, due Mon 12 Nov; received Fri 12, Sat 13 or Sun
-- 14 Oct, due Fri 9 Nov: the day of receipt is day 0 whatever it is, so a
-- weekend day counts from the Monday as the Friday does (src/doc/rules.md 2).
SELECT received, foiclock.due(received), count(*) FROM requests
 WHERE foiclock.due(received) IN ('2018-11-09', '2018-11-12')
 GROUP BY received ORDER BY received;
-- Overdue on Mon 3 Dec 2018: unanswered and due before it. Requests received
-- from Thu 1 Nov are unanswered; 1 Nov's are due Thu 29 Nov, 20 UK working
-- days later, and are the only ones overdue: Fri 2 Nov's are due on Mon 3 Dec
-- itself, St Andrew's Day (Fri 30 Nov) being a UK non-working day.
SELECT received, foiclock.due(received), count(*) FROM requests
 WHERE responded IS NULL AND foiclock.due(received) < '2018-12-03'
 GROUP BY received ORDER BY received;

-- A generated column works too (its expression must be immutable).
ALTER TABLE requests ADD COLUMN due date GENERATED ALWAYS AS (foiclock.due(received)) STORED;
SELECT received, due FROM requests WHERE id = 1;

-- After an upgrade bringing newer holiday data, every index (and generated
-- column) using the extension's functions must be rebuilt; this query, given
-- in src/doc/sql.md, lists the indexes.
SELECT DISTINCT i.indexrelid::regclass AS index, i.indrelid::regclass AS "table"
  FROM pg_index i
  JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = i.indexrelid
                  AND d.refclassid = 'pg_proc'::regclass
  JOIN pg_depend e ON e.classid = 'pg_proc'::regclass AND e.objid = d.refobjid
                  AND e.refclassid = 'pg_extension'::regclass AND e.deptype = 'e'
  JOIN pg_extension x ON x.oid = e.refobjid AND x.extname = 'foiclock';
REINDEX INDEX requests_due;
DROP TABLE requests;
