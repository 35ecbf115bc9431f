"""The module against the CLI's JSON on generated cases: the same library
behind two front ends must give the same answers, field for field."""
import datetime
import json
import random

import foiclock
from conftest import (as_cli_message, cli_json_lines, deadline_fields, holiday_fields, run_cli, timeline_fields,
                      without_version)

RNG = random.Random(20261126)
# Choices added later draw from their own generator, so that the cases drawn
# from RNG stay as they were.
RNG2 = random.Random(20261201)
FIRST = datetime.date(1971, 1, 1).toordinal()
LAST = datetime.date(2199, 12, 31).toordinal()


def some_dates(n, lo=FIRST, hi=LAST - 400):
    return [datetime.date.fromordinal(RNG.randint(lo, hi)) for _ in range(n)]


def test_add_agrees():
    dates = some_dates(600)
    checked = 0
    for n in (1, 20, 40, -20, 60, 250):
        lines = cli_json_lines("add", "-", str(n), "--format", "json",
                               stdin="".join(f"{d.isoformat()}\n" for d in dates))
        assert len(lines) == len(dates)
        for d, want in zip(dates, lines):
            if "error" in want:
                continue
            assert foiclock.add(d, n).isoformat() == want["date"], (d, n)
            checked += 1
    assert checked >= 3000


def test_count_agrees():
    pairs = [(a, datetime.date.fromordinal(a.toordinal() + RNG.randint(-90, 90)))
             for a in some_dates(300)]
    for a, b in pairs[:60]:
        want = json.loads(run_cli("count", a.isoformat(), b.isoformat(), "--format",
                                  "json").stdout)
        assert foiclock.count(a, b) == want["count"], (a, b, want)


def test_due_agrees():
    checked = 0
    for regime in ("foia", "eir", "foisa", "eisr"):
        for receipt in ("statutory", "next-working-day"):
            dates = some_dates(250)
            lines = cli_json_lines("due", "-", "--regime", regime, "--receipt-rule", receipt,
                                   "--format", "json",
                                   stdin="".join(f"{d.isoformat()}\n" for d in dates))
            for d, want in zip(dates, lines):
                assert foiclock.due(d, regime, receipt_rule=receipt).isoformat() == want["due"]
                got = foiclock.deadline(f"{regime}.response", d, receipt_rule=receipt)
                assert deadline_fields(got) == without_version(want), d
                assert got.as_dict() == want, d
                checked += 1
    assert checked == 2000


def test_every_rule_agrees():
    checked = 0
    for rule in foiclock.rules():
        dates = some_dates(60)
        args = ["deadline", rule.id, "-", "--format", "json"]
        lines = cli_json_lines(*args, stdin="".join(f"{d.isoformat()}\n" for d in dates))
        for d, want in zip(dates, lines):
            if "error" in want:
                continue
            got = foiclock.deadline(rule.id, d)
            assert deadline_fields(got) == without_version(want), (rule.id, d)
            assert got.as_dict() == want, (rule.id, d)
            checked += 1
        for division in ("scotland", "northern-ireland"):
            if rule.calendar_follows_division:
                d = dates[0]
                want = json.loads(run_cli(*args[:2], d.isoformat(), "--division", division,
                                          "--format", "json").stdout)
                got = foiclock.deadline(rule.id, d, division=division)
                assert deadline_fields(got) == without_version(want)
    assert checked >= 1000


def random_case():
    regime = RNG.choice(["foia", "foia", "eir", "foisa", "eisr", "sar", "le-sar"])
    received = some_dates(1, datetime.date(1990, 1, 1).toordinal(),
                          datetime.date(2150, 1, 1).toordinal())[0]
    if regime == "foisa" and RNG.random() < 0.3:
        # Around the Coronavirus (Scotland) Act 2020 band (7 April to 26 May
        # 2020), where the limit depends on the day of the answer.
        received = some_dates(1, datetime.date(2020, 2, 15).toordinal(),
                              datetime.date(2020, 6, 5).toordinal())[0]
    ev = {"received": received}
    day = received.toordinal()

    def later(lo, hi):
        nonlocal day
        day += RNG.randint(lo, hi)
        return datetime.date.fromordinal(day)

    if RNG.random() < 0.15:
        ev["clarification_requested"] = later(0, 5)
        if RNG.random() < 0.7:
            ev["clarification_received"] = later(0, 20)
    elif RNG.random() < 0.15 and regime in ("foia", "foisa"):
        ev["fee_notice"] = later(0, 10)
        if RNG.random() < 0.7:
            ev["fee_paid"] = later(0, 30)
    if RNG.random() < 0.7:
        ev["responded"] = later(1, 45)
        if RNG.random() < 0.5:
            ev["review_requested"] = later(1, 60)
            if RNG.random() < 0.6:
                ev["review_responded"] = later(1, 45)
                if RNG.random() < 0.3 and regime != "sar":
                    ev["complained"] = later(1, 60)
                if RNG.random() < 0.4 and regime in ("foia", "eir"):
                    ev["decision_notice"] = later(30, 200)
    pit = regime in ("foia", "eir", "eisr", "sar", "le-sar") and RNG.random() < 0.15
    receipt = RNG.choice(["statutory", "next-working-day"])
    today = datetime.date.fromordinal(day + RNG.randint(-30, 120))
    audience = RNG.choice([None, None, "requester", "authority"])
    direction = {}
    if regime in ("eir", "eisr") and "fee_notice" not in ev and RNG2.random() < 0.2:
        # EIR and EISR reg 8 advance payment, paid within the 60 working
        # days or not.
        notice = ev["received"] + datetime.timedelta(days=RNG2.randint(0, 35))
        if "responded" not in ev or notice <= ev["responded"]:
            ev["fee_notice"] = notice
            if RNG2.random() < 0.7:
                ev["fee_paid"] = notice + datetime.timedelta(days=RNG2.randint(0, 100))
    if regime == "foia" and RNG2.random() < 0.15:
        # The Commissioner's direction (SI 2004/3364), now and then out of range.
        ev["direction"] = ev["received"] + datetime.timedelta(days=RNG2.randint(0, 30))
        direction = dict(direction_days=RNG2.randint(18, 62),
                         direction_ground=RNG2.choice(["armed-forces", "outside-uk"]))
    return regime, ev, pit, receipt, today, audience, direction


def test_timelines_agree():
    agreed = errors = 0
    for i in range(400):
        regime, ev, pit, receipt, today, audience, direction = random_case()
        args = ["timeline", "--regime", regime, "--receipt-rule", receipt, "--today",
                today.isoformat(), "--format", "json", "--ref", f"R{i}"]
        for name, d in ev.items():
            args += [f"--{name.replace('_', '-')}", d.isoformat()]
        if pit:
            args.append("--pit-extension")
        if audience:
            args += ["--for", audience]
        for name, v in direction.items():
            args += [f"--{name.replace('_', '-')}", str(v)]
        # Transferred records: FOIA public records, the Keeper under FOISA.
        records = regime in ("foia", "foisa") and not pit and RNG.random() < 0.15
        if records:
            args.append("--public-records")
        p = run_cli(*args, check=False)
        kwargs = {k: v for k, v in ev.items() if k != "received"}
        kwargs.update(direction)
        call = lambda: foiclock.timeline(ev["received"], regime=regime, receipt_rule=receipt,
                                         today=today, pit_extension=pit, ref=f"R{i}",
                                         public_records=records, audience=audience, **kwargs)
        if p.returncode != 0:
            # The same refusal, with the library's message.
            try:
                call()
            except foiclock.Error as e:
                assert as_cli_message(e) in p.stderr, (args, str(e), p.stderr)
                errors += 1
                continue
            raise AssertionError(f"CLI refused {args} but the module did not: {p.stderr}")
        got, want = call(), json.loads(p.stdout)
        if i % 4 == 0:
            # And in words, "What this means" included: the CLI's text output.
            words = run_cli(*[a for a in args if a not in ("--format", "json")]).stdout
            assert str(got) == words, args
        assert timeline_fields(got) == without_version(want), args
        assert got.as_dict() == want, args
        assert [e.as_dict() for e in got.deadlines] == want["deadlines"]
        agreed += 1
    assert agreed >= 300


def test_holidays_calendars_rules_agree():
    for cal in ("uk", "scotland", "england-and-wales", "northern-ireland"):
        for year in (1971, 2010, 2026, 2040, 2199):
            want = json.loads(run_cli("holidays", str(year), "--calendar", cal, "--format",
                                      "json").stdout)
            got = [holiday_fields(h) for h in foiclock.holidays(year, calendar=cal)]
            assert [h.as_dict() for h in foiclock.holidays(year, calendar=cal)] == got
            assert got == want["holidays"], (cal, year)
    want = json.loads(run_cli("calendars", "--format", "json").stdout)
    assert [c.as_dict() for c in foiclock.calendars()] == want["calendars"]
    want = json.loads(run_cli("rules", "--format", "json").stdout)
    assert [r.as_dict() for r in foiclock.rules()] == want["rules"]
