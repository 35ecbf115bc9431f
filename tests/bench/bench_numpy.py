"""NumPy's busday_offset on the same holidays and anchors as foiclock.

usage: bench_numpy.py HOLIDAYS ANCHORS EXPECT20 [RUNS]

HOLIDAYS lists the uk calendar's non-working weekdays, ANCHORS the random
dates, EXPECT20 foiclock's 20th working day after each (all one ISO date per
line, from foiclock_benchgen). roll='backward' gives foiclock's counting: a
non-working anchor rolls back to the previous working day, after which the
Nth working day is the same. Prints "n ns_per_query" lines, medians.
"""
import sys
import time

import numpy as np


def main():
    hol_path, anchors_path, expect_path = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    holidays = np.loadtxt(hol_path, dtype="datetime64[D]")
    anchors = np.loadtxt(anchors_path, dtype="datetime64[D]")
    expect = np.loadtxt(expect_path, dtype="datetime64[D]")
    cal = np.busdaycalendar(weekmask="1111100", holidays=holidays)
    got = np.busday_offset(anchors[: len(expect)], 20, roll="backward", busdaycal=cal)
    bad = int(np.count_nonzero(got != expect))
    if bad:
        print(f"numpy disagrees with foiclock on {bad} of {len(expect)} anchors", file=sys.stderr)
        return 1
    for n in (20, 40):
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            np.busday_offset(anchors, n, roll="backward", busdaycal=cal)
            times.append((time.perf_counter() - t0) / len(anchors) * 1e9)
        times.sort()
        print(n, f"{times[len(times) // 2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
