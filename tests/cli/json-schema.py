#!/usr/bin/python3
"""Checks every JSON object the CLI writes against src/doc/foiclock.schema.json.

Runs each command that has JSON output over many generated inputs (a fixed
seed, so a failure reproduces): deadlines of every rule from dates across the
whole calendar range, timelines of random cases of every regime, calendar
arithmetic, holiday lists, standard-input runs with bad lines among the good
ones, and a batch caseload with its summary. Every object must validate
against the definition for its command, and every field the schema
describes must turn up at least once, so that the generator cannot drift
away from parts of the contract without this test noticing.

usage: json-schema.py PATH/TO/foiclock PATH/TO/foiclock.schema.json
"""
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile

import jsonschema

BIN, SCHEMA_PATH = sys.argv[1], sys.argv[2]
SCHEMA = json.load(open(SCHEMA_PATH, encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(SCHEMA)
VALIDATORS = {}
rng = random.Random(20261201)
# Choices added later draw from their own generator, so that the cases drawn
# from rng (and the statuses they reach) stay as they were.
rng2 = random.Random(20261202)
seen_keys = set()
seen_values = {}
checked = {}
failures = []
ENV = dict(os.environ, LC_ALL="C", TZ="UTC", FOICLOCK_TODAY="2026-11-26",
           FOICLOCK_HOLIDAYS_DIR="/nonexistent/foiclock-holidays")
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def validator(name):
    if name not in VALIDATORS:
        VALIDATORS[name] = jsonschema.Draft202012Validator(
            {"$ref": "#/$defs/" + name, "$defs": SCHEMA["$defs"]})
    return VALIDATORS[name]


def note(obj):
    """Records every key (and each status value) seen, recursively."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            seen_keys.add(k)
            if k in ("status", "kind", "role") and isinstance(v, str):
                seen_values.setdefault(k, set()).add(v)
            note(v)
    elif isinstance(obj, list):
        for v in obj:
            note(v)


def check(name, text, where):
    try:
        obj = json.loads(text)
    except ValueError as e:
        failures.append(f"{where}: not JSON ({e}): {text[:200]!r}")
        return None
    errors = sorted(validator(name).iter_errors(obj), key=lambda e: list(e.path))
    if errors:
        failures.append(f"{where}: not a valid '{name}': {errors[0].message} at "
                        f"{'/'.join(map(str, errors[0].absolute_path))}\n  {text[:400]}")
    checked[name] = checked.get(name, 0) + 1
    note(obj)
    return obj


def run(args, stdin=None):
    p = subprocess.run([BIN] + args, input=stdin, capture_output=True, env=ENV)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def lines(name, args, stdin=None, allow_fail=False):
    """Runs a command whose standard output is JSON objects, one a line:
    records with an "error" key are input errors, the rest are name."""
    rc, out, err = run(args, stdin)
    if rc not in (0, 1, 2) or (rc != 0 and not allow_fail and not out):
        failures.append(f"{' '.join(args)}: exit {rc}: {err.strip()}")
    for i, line in enumerate(out.splitlines()):
        kind = "input_error" if line.startswith('{"schema_version":1,"line":') else name
        check(kind, line, f"{' '.join(args)} (output line {i + 1})")
    return rc, out, err


FIRST, LAST = datetime.date(1971, 1, 1), datetime.date(2199, 12, 31)


def rand_date(lo=FIRST, hi=LAST):
    return lo + datetime.timedelta(days=rng.randrange((hi - lo).days + 1))


def recent(lo=datetime.date(2015, 1, 1), hi=datetime.date(2031, 12, 31)):
    return rand_date(lo, hi)


def date_lines(n, bad=True):
    """n dates, mostly recent ones, some in far years, some not dates."""
    out = []
    for _ in range(n):
        r = rng.random()
        if bad and r < 0.04:
            out.append(rng.choice(["nonsense", "2018-02-30", "", "31/12/99", "caf\xe9"]))
        elif r < 0.15:
            out.append(rand_date().isoformat())
        else:
            out.append(recent().isoformat())
    return ("\n".join(out) + "\n").encode("utf-8")


# ---- rules, calendars ----
_, rules_out, _ = lines("rules", ["rules", "--format", "json"])
rules = json.loads(rules_out)["rules"]
lines("calendars", ["calendars", "--format", "json"])

# ---- due and deadline over standard input ----
for regime in ["foia", "eir", "foisa", "eisr"]:
    for receipt in ["statutory", "next-working-day"]:
        lines("deadline", ["due", "-", "--regime", regime, "--receipt-rule", receipt,
                           "--format", "json"], date_lines(150), allow_fail=True)
        d = recent().isoformat()
        lines("deadline", ["due", d, "--regime", regime, "--receipt-rule", receipt,
                           "--format", "json"])
        # A date-time, converted to a UK date, and one taken as UK local time.
        lines("deadline", ["due", d + "T23:30:00Z", "--regime", regime, "--format", "json"])
        lines("deadline", ["due", d[8:10] + "/" + d[5:7] + "/" + d[:4] + " 09:15", "--regime",
                           regime, "--format", "json"])

with tempfile.TemporaryDirectory() as tmp:
    school = os.path.join(tmp, "school-days")
    with open(school, "w") as f:
        # Term time: every weekday of autumn 2026 outside a half-term week.
        f.write("# autumn term\n2026-09-02 2026-10-23\n2026-11-02..2026-12-18\n2027-01-05 to 2027-03-26\n")
    short = os.path.join(tmp, "short-term")
    with open(short, "w") as f:
        f.write("2026-09-07\n2026-09-08\n")
    for r in rules:
        rid = r["id"]
        extra = []
        if r["calendar_follows_division"]:
            extra = ["--division", rng.choice(["england-and-wales", "scotland",
                                               "northern-ireland"])]
        lines("deadline", ["deadline", rid, "-", "--format", "json"] + extra,
              date_lines(120), allow_fail=True)
        if rid == "foisa.review-request":
            for _ in range(40):
                rec = recent()
                resp = rec + datetime.timedelta(days=rng.randrange(1, 60))
                lines("deadline", ["deadline", rid, rec.isoformat(), "--responded",
                                   resp.isoformat(), "--format", "json"])
        if r["unit"] == "school days":
            for f in (school, short):
                for d in ["2026-09-01", "2026-09-10", "2026-10-20", "2026-12-01"]:
                    lines("deadline", ["deadline", rid, d, "--school-days", f,
                                       "--format", "json"], allow_fail=f == short)

    # ---- timelines ----
    def timeline_args():
        regime = rng.choice(["foia", "foia", "eir", "foisa", "eisr", "sar", "le-sar"])
        args = ["timeline", "--regime", regime, "--format", "json"]
        t = recent()

        def later(d, most=45):
            return d + datetime.timedelta(days=rng.randrange(0, most))

        if rng.random() < 0.3:
            args += ["--for", rng.choice(["requester", "authority"])]
        if rng.random() < 0.08:
            # a requester who knows only the date of the reply
            args += ["--responded", t.isoformat()]
            if rng.random() < 0.5:
                t = later(t, 50)
                args += ["--review-requested", t.isoformat()]
            args += ["--today", later(t, 90).isoformat()]
            return args
        args += ["--received", t.isoformat()]

        if rng.random() < 0.25:
            a = later(t, 10)
            args += ["--clarification-requested", a.isoformat()]
            if rng.random() < 0.7:
                t = later(a, 30)
                args += ["--clarification-received", t.isoformat()]
        if regime in ("foia", "eir", "foisa", "eisr") and rng.random() < 0.2:
            a = later(t, 15)
            args += ["--fee-notice", a.isoformat()]
            if rng.random() < 0.6:
                # up to four months: some fees come after the three-month period
                t = later(a, 125)
                args += ["--fee-paid", t.isoformat()]
        if rng.random() < 0.25:
            if rng.random() < 0.5:
                args.append("--pit-extension")
            else:
                args += ["--extension-claimed", later(t, 35).isoformat()]
        if regime in ("foia", "foisa") and rng.random() < 0.1:
            args += ["--school-days", school] if rng.random() < 0.5 else ["--school"]
        elif regime in ("foia", "foisa") and rng.random() < 0.1:
            args.append("--public-records")
        elif regime == "foia" and rng2.random() < 0.15:
            # The Commissioner's direction: a later day, the 21st to the 60th.
            d = t + datetime.timedelta(days=rng2.randrange(0, 30))
            args += ["--direction", d.isoformat(), "--direction-days",
                     str(rng2.randrange(21, 61)), "--direction-ground",
                     rng2.choice(["armed-forces", "outside-uk"])]
        if rng.random() < 0.7:
            t = later(t, 70)
            args += ["--responded", t.isoformat()]
            if rng.random() < 0.5:
                t = later(t, 50)
                args += ["--review-requested", t.isoformat()]
                if rng.random() < 0.5:
                    t = later(t, 40)
                    args += ["--review-responded", t.isoformat()]
                    if regime not in ("sar", "le-sar") and rng.random() < 0.4:
                        t = later(t, 60)
                        args += ["--complained", t.isoformat()]
                    if regime not in ("sar", "le-sar") and rng.random() < 0.4:
                        t = later(t, 120)
                        args += ["--decision-notice", t.isoformat()]
        if rng.random() < 0.3:
            args += ["--division", rng.choice(["england-and-wales", "scotland",
                                               "northern-ireland"])]
        if rng.random() < 0.3:
            args += ["--ref", rng.choice(["FOI-1", 'quote " and \\ back', "tab\there",
                                          "caf\xe9 \u2019s \U0001f4c5"])]
        if rng.random() < 0.2:
            args += ["--receipt-rule", "next-working-day"]
        args += ["--today", later(t, 90).isoformat() if rng.random() < 0.8
                 else recent().isoformat()]
        return args

    good = 0
    for _ in range(500):
        rc, out, _ = lines("timeline", timeline_args(), allow_fail=True)
        good += rc == 0 and bool(out)
    if good < 300:
        failures.append(f"only {good} of 500 generated timelines were valid cases")
    lines("timeline", ["timeline", "--received", "2026-07-10T23:30:00Z", "--responded",
                       "05/08/2026 17:45", "--today", "2026-09-01", "--format", "json"])

    # Rules in force for a period: FOISA answers either side of the
    # Coronavirus (Scotland) Act 2020 band, its extension, a review in it,
    # the Keeper and a Scottish school with their reviews.
    for extra in (["--received", "2020-03-20", "--responded", "2020-04-15"],
                  ["--received", "2020-04-20", "--responded", "2020-05-26", "--pit-extension"],
                  ["--received", "2020-04-20", "--responded", "2020-05-27"],
                  ["--received", "2020-04-07"],
                  ["--received", "2020-02-03", "--responded", "2020-03-02",
                   "--review-requested", "2020-04-16", "--review-responded", "2020-05-26"],
                  ["--received", "2021-03-22", "--public-records", "--responded", "2021-05-05",
                   "--review-requested", "2021-08-16"],
                  ["--received", "2026-09-10", "--school-days", school, "--responded",
                   "2026-10-20", "--review-requested", "2026-10-21"]):
        lines("timeline", ["timeline", "--regime", "foisa", "--format", "json"] + extra)

    # ---- calendar arithmetic and holidays ----
    cals = ["uk", "scotland", "england-and-wales", "northern-ireland"]
    for _ in range(60):
        cal = rng.choice(cals)
        d = rand_date().isoformat()
        n = str(rng.randrange(-40, 41))
        lines("step", ["add", d, n, "--calendar", cal, "--format", "json"], allow_fail=True)
        lines("step", ["next", d, "--calendar", cal, "--format", "json"], allow_fail=True)
        lines("step", ["prev", d, "--calendar", cal, "--format", "json"], allow_fail=True)
        lines("working_day", ["is-working-day", d, "--calendar", cal, "--format", "json"],
              allow_fail=True)
        a, b = sorted([recent(), recent()])
        if rng.random() < 0.5:
            a, b = b, a
        lines("count_result", ["count", a.isoformat(), b.isoformat(), "--calendar", cal,
                               "--format", "json"], allow_fail=True)
        lines("holiday_list", ["holidays", str(rng.randrange(1971, 2200)), "--calendar", cal,
                               "--format", "json"])
        lines("holiday_list", ["holidays", a.isoformat(), b.isoformat(), "--calendar", cal,
                               "--format", "json"], allow_fail=True)
    for cmd, name in [("add", "step"), ("next", "step"), ("prev", "step"),
                      ("is-working-day", "working_day")]:
        args = [cmd, "-"] + (["10"] if cmd == "add" else []) + ["--format", "json"]
        lines(name, args, date_lines(80), allow_fail=True)
    # A local holiday from a file: an empty division list, a source named.
    local = os.path.join(tmp, "local.ics")
    with open(local, "w") as f:
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
                "UID:x@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20261106\r\n"
                "SUMMARY:Town fair\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    lines("holiday_list", ["holidays", "2026-11-01", "2026-11-30", "--holidays",
                           "england-and-wales=" + local, "--calendar", "england-and-wales",
                           "--format", "json"])

    # ---- local holiday data: installed files, and every answer's "data" ----
    hdir = os.path.join(tmp, "holidays")
    os.mkdir(hdir)
    saved = ENV["FOICLOCK_HOLIDAYS_DIR"]
    ENV["FOICLOCK_HOLIDAYS_DIR"] = hdir
    for f in (os.path.join(DATA, "localdata", "bank-holidays-2029.json"),
              os.path.join(DATA, "localdata", "scotland-older.ics")):
        rc, out, err = run(["install-holidays", f, "--format", "json"])
        if rc != 0:
            failures.append(f"install-holidays {f}: exit {rc}: {err}")
        check("install", out, f"install-holidays {f}")
    # scotland.ics is stale: a warnings object on standard error.
    for cmd, name in [(["due", "2029-06-20"], "deadline"),
                      (["add", "2029-06-20", "20"], "step"),
                      (["count", "2029-06-20", "2029-07-20"], "count_result"),
                      (["is-working-day", "2029-07-02"], "working_day"),
                      (["holidays", "2029", "--calendar", "scotland"], "holiday_list"),
                      (["calendars"], "calendars"),
                      (["timeline", "--received", "2029-06-20", "--today", "2029-07-01"],
                       "timeline")]:
        rc, out, err = lines(name, cmd + ["--format", "json"], allow_fail=True)
        if '"data":' not in out:
            failures.append(f"{' '.join(cmd)}: no data member with local holiday files")
        objs = [ln for ln in err.splitlines() if ln.startswith("{")]
        if len(objs) != 1:
            failures.append(f"{' '.join(cmd)}: want one warnings object on standard error, "
                            f"got {err!r}")
        else:
            check("import_warnings", objs[0], f"{' '.join(cmd)} (standard error)")
    ENV["FOICLOCK_HOLIDAYS_DIR"] = saved

    # ---- a batch caseload ----
    header = ["ref", "regime", "received", "clarification_requested",
              "clarification_received", "fee_notice", "fee_paid", "pit_extension",
              "responded", "review_requested", "review_responded", "decision_notice", "rule", "start",
              "note"]
    rows = [",".join(header)]
    for i in range(600):
        args = timeline_args()
        vals = dict(zip(args[1::2], args[2::2]))
        row = {"ref": f"R{i}", "regime": vals.get("--regime", "foia"), "note": "x"}
        for k in header:
            v = vals.get("--" + k.replace("_", "-"))
            if v and k not in ("ref", "regime"):
                row[k] = v
        if "--pit-extension" in args:
            row["pit_extension"] = "yes"
        if rng.random() < 0.3:
            row["rule"] = rng.choice(rules)["id"]
            row["start"] = recent().isoformat()
        if rng.random() < 0.03:
            row["received"] = "bad"
        if rng.random() < 0.02:
            row = {}
        rows.append(",".join('"' + row.get(k, "").replace('"', '""') + '"' for k in header))
    csv = ("\n".join(rows) + "\n").encode("utf-8")
    rc, out, err = run(["batch", "-", "--format", "json", "--summary", "--today", "2026-11-26"],
                       csv)
    if rc not in (0, 2):
        failures.append(f"batch: exit {rc}: {err}")
    for i, line in enumerate(out.splitlines()):
        check("batch_row", line, f"batch (output line {i + 1})")
    summary = [ln for ln in err.splitlines() if ln.startswith("{")]
    if len(summary) != 1:
        failures.append(f"batch: want one summary object on standard error, got {err!r}")
    else:
        check("batch_summary", summary[0], "batch summary")


def properties(node, acc):
    if isinstance(node, dict):
        for k, v in node.get("properties", {}).items():
            acc.add(k)
        for v in node.values():
            properties(v, acc)
    elif isinstance(node, list):
        for v in node:
            properties(v, acc)
    return acc


missing = sorted(properties(SCHEMA["$defs"], set()) - seen_keys)
if missing:
    failures.append("fields the schema describes that no output showed: " + ", ".join(missing))
want_states = {"pending", "due-today", "overdue", "met", "missed", "paused", "extended",
               "responded", "review-pending", "review-overdue", "review-met", "review-missed"}
missing_states = sorted(want_states - seen_values.get("status", set()))
if missing_states:
    failures.append("statuses no output showed: " + ", ".join(missing_states))
for key, definition in (("kind", "advice"), ("role", "role")):
    node = SCHEMA["$defs"][definition]
    want = set(node["properties"]["kind"]["enum"] if key == "kind" else node["enum"])
    missing_values = sorted(want - seen_values.get(key, set()))
    if missing_values:
        failures.append(f"values of {key} no output showed: " + ", ".join(missing_values))

print("checked: " + ", ".join(f"{k} {v}" for k, v in sorted(checked.items())))
for f in failures[:20]:
    print("FAIL: " + f)
if failures:
    print(f"{len(failures)} failures")
    sys.exit(1)
print("ok")
