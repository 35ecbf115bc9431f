"""Reference counting and memory: repeating every call, failing ones
included, must not grow Python's heap (tracemalloc) or the process (RSS)."""
import gc
import sys
import tracemalloc

import numpy as np

import foiclock

A = np.arange(np.datetime64("2000-01-01"), np.datetime64("2001-01-01"))
SCHOOL = [str(d) for d in np.arange(np.datetime64("2018-09-03"), np.datetime64("2019-07-20"))
          if np.is_busday(d)]
BAD = np.array(["2018-10-15", "1900-01-01", "NaT"], dtype="datetime64[D]")


def raises(fn):
    try:
        fn()
    except (foiclock.Error, TypeError, ValueError):
        return
    raise AssertionError("expected a failure")


CALLS = [
    lambda: foiclock.due("2018-10-15"),
    lambda: foiclock.due("Sat 5 Jan 2019", "foisa", receipt_rule="next-working-day"),
    lambda: foiclock.add("2026-06-01", 20, "scotland"),
    lambda: foiclock.count("2018-10-15", "2018-11-12"),
    lambda: foiclock.is_working_day("2026-06-15"),
    lambda: foiclock.next_working_day("2018-03-29"),
    lambda: foiclock.deadline("foia.response", "2026-06-01").as_dict(),
    lambda: foiclock.deadline("foia.schools", "2018-10-15", school_days=SCHOOL),
    lambda: foiclock.timeline("2026-11-02", "2026-11-24", review_requested="2026-12-01",
                              today="2026-12-05"),
    lambda: foiclock.holidays(2026),
    lambda: foiclock.rules(),
    lambda: foiclock.calendars(),
    lambda: foiclock.add_many(A, 20),
    lambda: foiclock.due_many(BAD, errors="return"),
    lambda: foiclock.add_many(A.reshape(2, -1) if len(A) % 2 == 0 else A, [[1], [2]]),
    lambda: raises(lambda: foiclock.due("30/02/2019")),
    lambda: raises(lambda: foiclock.due(12)),
    lambda: raises(lambda: foiclock.add("2018-10-15", 1, "nowhere")),
    lambda: raises(lambda: foiclock.timeline("2018-10-15", "2018-10-10")),
    lambda: raises(lambda: foiclock.add_many(BAD, 20, errors="raise")),
    lambda: raises(lambda: foiclock.deadline("foia.response", "2018-10-15",
                                             pause=("2018-10-22", None))),
]
ICS = [
    lambda: foiclock.deadline("foia.response", "2018-10-15").to_ics(stamp=0),
    lambda: foiclock.timeline("2026-11-02", "2026-11-24", today="2026-11-26").to_ics(),
    lambda: raises(lambda: foiclock.deadline("foia.response", "2018-10-15").to_ics(remind=(-1,))),
]


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4


def test_python_heap_does_not_grow():
    for fn in CALLS + ICS:
        for _ in range(50):
            fn()
        gc.collect()
        tracemalloc.start()
        first, _ = tracemalloc.get_traced_memory()
        for _ in range(2000 if fn not in ICS else 300):
            fn()
        gc.collect()
        last, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert last - first < 16 * 1024, (CALLS.index(fn) if fn in CALLS else "ics", last - first)


def test_rss_does_not_grow():
    # C allocations (the library's, NumPy's buffers) escape tracemalloc.
    for fn in CALLS + ICS:
        for _ in range(200):
            fn()
    gc.collect()
    before = rss_kib()
    for _ in range(20):
        for fn in CALLS:
            for _ in range(100):
                fn()
        for fn in ICS:
            for _ in range(10):
                fn()
    gc.collect()
    grew = rss_kib() - before
    assert grew < 2048, f"RSS grew by {grew} KiB over 44,000 calls"


def test_refcounts_of_shared_objects():
    # Arguments and singletons end with the references they began with.
    s = "2018-10-15"
    cal = "scotland"

    def calls(n):
        for _ in range(n):
            foiclock.add(s, 20, cal)
            foiclock.is_working_day(s, cal)
            foiclock.add_many(A, 20, cal)
            try:
                foiclock.add(s, 20, "x")
            except foiclock.Error:
                pass

    calls(10)  # first-use caches (the shared dates, NumPy's) settle
    counts = (sys.getrefcount(s), sys.getrefcount(cal), sys.getrefcount(None),
              sys.getrefcount(True), sys.getrefcount(A))
    calls(1000)
    assert counts == (sys.getrefcount(s), sys.getrefcount(cal), sys.getrefcount(None),
                      sys.getrefcount(True), sys.getrefcount(A))
    if hasattr(sys, "gettotalrefcount"):  # a debug build of Python
        before = sys.gettotalrefcount()
        for _ in range(1000):
            foiclock.deadline("foia.response", "2026-06-01")
        assert sys.gettotalrefcount() - before < 100
