SET datestyle = ISO, YMD;
-- Law-enforcement subject access (DPA 2018 Part 3). s.54(2): "the period of
-- one month beginning with the relevant time". Received Thu 29 Oct 2026: it
-- ends Sat 28 Nov 2026, the day before the corresponding date, and nothing
-- moves it. The ICO's Part 3 method counts from the day after (30 Oct) to its
-- corresponding date, Mon 30 Nov, which is St Andrew's Day in Scotland only:
-- Tue 1 Dec there.
SELECT foiclock.deadline('le-sar.response', '2026-10-29') AS england,
       foiclock.deadline('le-sar.response', '2026-10-29', division => 'scotland') AS scotland;
SELECT j->>'due' AS due, j->>'regulator_due' AS ico, j->>'corresponding_date' AS corresponding,
       j->>'band' AS band
  FROM foiclock.deadline_json('le-sar.response', '2026-10-29', division => 'scotland') AS j;
SELECT (foiclock.deadline_json('le-sar.response', '2026-10-29'))->>'regulator_due' AS ico_england;
-- s.54(3A), from 5 February 2026: "by two further months". Three months
-- beginning with Thu 5 Feb 2026 end Mon 4 May 2026; the day before, none.
SELECT foiclock.deadline('le-sar.extended', '2026-02-05') AS extended;
DO $$ BEGIN PERFORM foiclock.deadline('le-sar.extended', '2026-02-04');
EXCEPTION WHEN OTHERS THEN RAISE NOTICE '% %', SQLSTATE, SQLERRM; END $$;
-- due has no division, on which the ICO's reading depends.
DO $$ BEGIN PERFORM foiclock.due('2026-10-29', 'le-sar');
EXCEPTION WHEN OTHERS THEN RAISE NOTICE '% %', SQLSTATE, SQLERRM; END $$;
-- A case: clarification asked Sat 7 Feb, answered Fri 13 Feb 2026 (s.54(3C):
-- 7 days not counted, both ends included): 4 Mar + 7 = Wed 11 Mar; with the
-- extension, 4 May + 7 = Mon 11 May 2026.
SELECT rule, due, status, note IS NOT NULL AS has_note
  FROM foiclock.timeline('2026-02-05', '2026-04-01', 'le-sar',
                         clarification_requested => '2026-02-07',
                         clarification_received => '2026-02-13', pit_extension => true);
-- A day earlier, s.54 as enacted: the clarification changes nothing (one
-- month beginning with Wed 4 Feb ends Tue 3 Mar).
SELECT rule, due, note
  FROM foiclock.timeline('2026-02-04', '2026-04-01', 'le-sar',
                         clarification_requested => '2026-02-06',
                         clarification_received => '2026-02-12');
