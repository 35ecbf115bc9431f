"""Threads: results are the same from many threads at once, and the array
functions release the GIL while they compute."""
import threading

import numpy as np

import foiclock


def test_same_answers_from_many_threads():
    a = np.arange(np.datetime64("1975-01-01"), np.datetime64("2190-01-01"), 7)
    want_add = foiclock.add_many(a, 20)
    want_due = foiclock.due_many(a, "foisa")
    scalars = [d.item() for d in a[::97]]
    want_scalar = [foiclock.due(d) for d in scalars]
    failures = []

    def work():
        try:
            for _ in range(5):
                assert (foiclock.add_many(a, 20) == want_add).all()
                assert (foiclock.due_many(a, "foisa") == want_due).all()
                assert [foiclock.due(d) for d in scalars] == want_scalar
                t = foiclock.timeline("2018-10-15", "2018-11-14", today="2018-11-20")
                assert t.deadlines[0].late == 2
                try:
                    foiclock.due("30/02/2019")
                except foiclock.Error as e:
                    # Messages are per thread: never another thread's.
                    assert "February 2019 has no day 30" in str(e)
        except BaseException as e:  # noqa: BLE001 - reported below
            failures.append(e)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures


def test_array_functions_release_the_gil():
    # While one thread is inside add_many on a large array, a pure-Python
    # thread keeps running: it could not if the GIL were held, because the
    # interpreter only switches threads between bytecodes.
    a = np.tile(np.arange(np.datetime64("1980-01-01"), np.datetime64("2180-01-01")),
                60)  # about 4.4 million dates
    ticks = [0]
    inside = threading.Event()
    stop = threading.Event()

    def spin():
        inside.wait()
        while not stop.is_set():
            ticks[0] += 1

    t = threading.Thread(target=spin)
    t.start()
    ran = []
    for fn in (lambda: foiclock.add_many(a, 20), lambda: foiclock.due_many(a)):
        inside.set()
        before = ticks[0]
        fn()
        ran.append(ticks[0] - before)
    stop.set()
    t.join()
    # Held, the spinner would get at most a switch interval's worth (5 ms)
    # at the edges of each call; released, it runs throughout.
    assert all(r > 1000 for r in ran), ran
