"""The Python module's benchmark: prints Markdown table rows like run.sh's.

usage: bench_python.py [--build DIR] [--quick]

Run with the interpreter the module was built for (/usr/bin/python3); the
module is taken from DIR/python (a build configured with
-DFOICLOCK_BUILD_PYTHON=ON) unless foiclock is importable already.

  - scalar due() calls per second against workalendar's add_working_days
    (python3-workalendar) on a calendar holding the same holidays, and
    against a plain Python day-by-day loop;
  - add_many on 1,000,000 anchors against NumPy's busday_offset with the
    same holidays, and its cost per element against the C benchmark's
    (DIR/foiclock_bench);
  - 'import foiclock' over a bare interpreter start.

Every competitor is first checked to give foiclock's dates on the same
anchors; medians of several runs are reported. Times are CPU times (of this
process, or of each child process for start-up), which a machine busy with
other work disturbs far less than wall time.
"""
import argparse
import datetime
import os
import resource
import statistics
import subprocess
import sys
import time

ap = argparse.ArgumentParser()
ap.add_argument("--build", default="build")
ap.add_argument("--quick", action="store_true")
args = ap.parse_args()
build = os.path.abspath(args.build)
pydir = os.path.join(build, "python")
if os.path.isdir(os.path.join(pydir, "foiclock")):
    sys.path.insert(0, pydir)
import foiclock  # noqa: E402
import numpy as np  # noqa: E402

RUNS = 3 if args.quick else 5
rows = []


def row(measure, result, target, verdict):
    rows.append(f"| {measure} | {result} | {target} | {verdict} |")


def note(msg):
    print(f"bench_python.py: {msg}", file=sys.stderr)


def median_time(fn, runs=RUNS):
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


rng = np.random.default_rng(1)
lo = np.datetime64("2005-01-01").astype(np.int64)
hi = np.datetime64("2028-06-01").astype(np.int64)
anchors = rng.integers(lo, hi, 1_000_000).astype("datetime64[D]")
uk = foiclock.holidays("1971-01-01", "2199-12-31")
holiday_dates = sorted({h.date for h in uk})
holiday_set = set(holiday_dates)

# ---- scalar due() ----

n_scalar = 50_000 if args.quick else 200_000
scalar_days = [d.item() for d in anchors[:n_scalar]]
want = [foiclock.due(d) for d in scalar_days]
t = median_time(lambda: [foiclock.due(d) for d in scalar_days])
due_rate = n_scalar / t
t_iso = median_time(lambda: [foiclock.due(s) for s in map(datetime.date.isoformat, scalar_days)])
iso_rate = n_scalar / t_iso
floor = n_scalar / median_time(lambda: [id(d) for d in scalar_days])
note(f"due(): {due_rate:,.0f} calls/s with dates, {iso_rate:,.0f} with ISO strings; "
     f"calling the built-in id() the same way: {floor:,.0f} calls/s")


def day_loop(d, n):
    one = datetime.timedelta(days=1)
    while n:
        d += one
        if d.weekday() < 5 and d not in holiday_set:
            n -= 1
    return d


n_loop = 5_000 if args.quick else 20_000
assert [day_loop(d, 20) for d in scalar_days[:n_loop]] == want[:n_loop]
loop_rate = n_loop / median_time(lambda: [day_loop(d, 20) for d in scalar_days[:n_loop]])
x_loop = due_rate / loop_rate
row("Python: scalar foiclock.due(date), CPU time, vs a plain Python day-by-day loop over the "
    "same holidays",
    f"{due_rate / 1e6:.2f} M calls/s ({iso_rate / 1e6:.2f} M/s from ISO strings) vs "
    f"{loop_rate:,.0f}/s: {x_loop:.0f}x", "faster than the loop", "met" if x_loop > 1 else
    "**missed**")

try:
    from workalendar.core import WesternCalendar
except ImportError:
    WesternCalendar = None
if WesternCalendar is None:
    note("skipped workalendar: python3-workalendar is not installed")
    row("Python: due() vs workalendar add_working_days", "skipped: python3-workalendar not "
        "installed", ">= 1,000x", "not measured")
else:
    import importlib.metadata
    try:
        wver = importlib.metadata.version("workalendar")
    except importlib.metadata.PackageNotFoundError:
        wver = ""
    by_year = {}
    for d in holiday_dates:
        by_year.setdefault(d.year, []).append((d, "holiday"))

    class SameHolidays(WesternCalendar):
        """workalendar with foiclock's uk holidays (weekends come from
        WesternCalendar); Christmas and the rest are all in the list."""

        def holidays(self, year=None):
            return list(by_year.get(year, []))

    cal = SameHolidays()
    try:
        from workalendar.europe import UnitedKingdom
        stock = UnitedKingdom()
        n_s = 100 if args.quick else 300
        stock_rate = n_s / median_time(lambda: [stock.add_working_days(d, 20)
                                                for d in scalar_days[:n_s]])
        note(f"workalendar's own UnitedKingdom calendar (England and Wales holidays only, so "
             f"not foiclock's answers): {stock_rate:,.0f} calls/s")
    except ImportError:
        stock_rate = None
    n_w = 500 if args.quick else 2_000
    assert [cal.add_working_days(d, 20) for d in scalar_days[:n_w]] == want[:n_w]
    w_rate = n_w / median_time(lambda: [cal.add_working_days(d, 20) for d in scalar_days[:n_w]])
    x = due_rate / w_rate
    result = f"{due_rate / 1e6:.2f} M calls/s vs {w_rate:,.0f}/s: {x:,.0f}x"
    if stock_rate:
        result += (f" (its own UnitedKingdom calendar: {stock_rate:,.0f}/s, "
                   f"{due_rate / stock_rate:,.0f}x)")
    row(f"Python: due() vs workalendar {wver} add_working_days on the same holidays",
        result, ">= 1,000x", "met" if x >= 1000 else "**missed**")

# ---- add_many ----

got = foiclock.add_many(anchors, 20)
assert (got[:1000] == np.array(want[:1000] + [foiclock.add(d.item(), 20) for d in
                                              anchors[len(want[:1000]):1000]],
                               dtype="datetime64[D]")).all()
t_many = median_time(lambda: foiclock.add_many(anchors, 20))
ns_many = t_many / len(anchors) * 1e9
t_due_many = median_time(lambda: foiclock.due_many(anchors))
ns_due_many = t_due_many / len(anchors) * 1e9
bdc = np.busdaycalendar(weekmask="1111100", holidays=np.array(holiday_dates,
                                                               dtype="datetime64[D]"))
np_got = np.busday_offset(anchors, 20, roll="backward", busdaycal=bdc)
bad = int(np.count_nonzero(np_got != got))
if bad:
    row("Python: add_many vs NumPy busday_offset", f"NumPy disagrees on {bad} anchors",
        ">= 10x", "not measured")
else:
    t_np = median_time(lambda: np.busday_offset(anchors, 20, roll="backward", busdaycal=bdc))
    ns_np = t_np / len(anchors) * 1e9
    x = ns_np / ns_many
    row(f"Python: add_many(1,000,000 anchors, 20) vs NumPy {np.__version__} busday_offset, "
        "same holidays, CPU time", f"{t_many * 1e3:.1f} ms ({ns_many:.2f} ns/date) vs {t_np * 1e3:.1f} ms "
        f"({ns_np:.1f} ns/date): {x:.0f}x; due_many {ns_due_many:.2f} ns/date", ">= 10x",
        "met" if x >= 10 else "**missed**")

# The C benchmark reports wall time, so this comparison is on wall time too.
wall = []
for _ in range(RUNS):
    t0 = time.perf_counter()
    foiclock.add_many(anchors, 20)
    wall.append(time.perf_counter() - t0)
ns_wall = statistics.median(wall) / len(anchors) * 1e9
bench = os.path.join(build, "foiclock_bench")
if os.access(bench, os.X_OK):
    out = subprocess.run([bench, "2000000" if args.quick else "10000000"], capture_output=True,
                         text=True, check=True).stdout
    c_ns = next(float(line.split()[2]) for line in out.splitlines() if line.startswith("add N=20 "))
    row("Python: add_many per element vs the C benchmark's foi_calendar_add (N=20), wall time",
        f"{ns_wall:.2f} ns vs {c_ns:.2f} ns: {ns_wall / c_ns:.2f}x", "reported", "-")
else:
    note(f"skipped the C comparison: {bench} is not built")

# ---- import time ----

env = dict(os.environ, PYTHONPATH=pydir + os.pathsep + os.environ.get("PYTHONPATH", ""))
# As pip leaves an installed module: compiled to bytecode.
subprocess.run([sys.executable, "-m", "compileall", "-q", pydir], check=True)


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def start(*argv):
    t0 = child_cpu()
    p = subprocess.run([sys.executable, *argv], env=env, check=True, capture_output=True,
                       text=True)
    return child_cpu() - t0, p.stderr


n_start = 30 if args.quick else 100
extra, inproc = [], []
for _ in range(n_start):
    # Back to back, so that a change in the machine's load hits both alike;
    # the median of the differences.
    bare, _ = start("-c", "pass")
    with_import, _ = start("-c", "import foiclock")
    extra.append(with_import - bare)
    _, log = start("-X", "importtime", "-c", "import foiclock")
    inproc.append(int(log.strip().splitlines()[-1].split("|")[1]) / 1e3)
extra_ms = statistics.median(extra) * 1e3
row(f"Python: 'import foiclock' over a bare interpreter start, CPU time (median of {n_start} "
    "pairs); the import alone, wall time (-X importtime)", f"{extra_ms:.2f} ms; {statistics.median(inproc):.2f} ms",
    "< 5 ms", "met" if extra_ms < 5 else "**missed**")

print("\n".join(rows))
