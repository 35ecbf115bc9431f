"""The module's API on hand-counted and published cases, each with its source."""
import datetime
import inspect
import os
import pydoc
import subprocess
import sys

import pytest

import foiclock

D = datetime.date


def test_done_when_line():
    # README, Python section; statute: FOIA s.10(1), 20 working days.
    assert str(foiclock.due("2018-10-15")) == "2018-11-12"


def test_spec_worked_examples():
    # rules.md section 6: received Thu 29 Mar 2018; Good Friday 30 Mar and
    # Easter Monday 2 Apr: FOIA due Mon 30 Apr, FOISA Fri 27 Apr (Easter
    # Monday is a Scottish working day).
    assert foiclock.due("2018-03-29") == D(2018, 4, 30)
    assert foiclock.due("2018-03-29", "foisa") == D(2018, 4, 27)
    # Received Sat 5 Jan 2019: statutory Fri 1 Feb, next-working-day Mon 4 Feb.
    assert foiclock.due("2019-01-05") == D(2019, 2, 1)
    assert foiclock.due("2019-01-05", receipt_rule="next-working-day") == D(2019, 2, 4)
    # EIR extended, received Mon 15 Oct 2018: Tue 11 Dec 2018 (reg 7(1)).
    assert foiclock.deadline("eir.extended", "2018-10-15").due == D(2018, 12, 11)
    # SAR received Fri 31 Jan 2025: Fri 28 Feb; extended Wed 30 Apr 2025.
    assert foiclock.due("2025-01-31", "sar") == D(2025, 2, 28)
    assert foiclock.deadline("sar.extended", "2025-01-31").due == D(2025, 4, 30)
    # SAR received Tue 18 Mar 2025: 18 Apr is Good Friday, so Tue 22 Apr in
    # England; in Scotland (Easter Monday a working day) Mon 21 Apr.
    assert foiclock.deadline("sar.response", "2025-03-18").due == D(2025, 4, 22)
    assert foiclock.deadline("sar.response", "2025-03-18", division="scotland").due == D(2025, 4, 21)
    # rules.md section 4: fees notice 22 Oct to fee 1 Nov 2018 disregarded:
    # due Fri 23 Nov instead of Mon 12 Nov.
    d = foiclock.deadline("foia.response", "2018-10-15", pause=("2018-10-22", "2018-11-01"))
    assert d.due == D(2018, 11, 23) and d.paused_days == 9


def test_world_cup_holiday_moves_english_deadlines():
    # holidays.md: Scotland's one-off 15 June 2026 holiday counts for FOIA.
    d = foiclock.deadline("foia.response", "2026-06-01")
    assert d.due == D(2026, 6, 30)
    assert [(h.date, h.name, h.divisions) for h in d.skipped] == [
        (D(2026, 6, 15), "World Cup bank holiday", ("scotland",))]
    assert d.basis == "FOIA s.10(1)" and d.statutory and not d.provisional
    assert d.text.splitlines() == [
        "20 working days after Monday 1 June 2026 (day 0: the date of receipt), on the uk calendar.",
        "Skipped: Monday 15 June 2026 World Cup bank holiday (Scotland).",
        "Basis: FOIA s.10(1) (statutory).",
    ]
    assert not foiclock.is_working_day("2026-06-15")
    assert foiclock.is_working_day("2026-06-15", "england-and-wales")


def test_provisional_years():
    # Beyond the published data (2028) the holidays are projected by rule.
    d = foiclock.deadline("foia.response", "2030-12-16")
    assert d.provisional
    assert all(h.provisional for h in d.skipped)
    assert "PROVISIONAL" in d.text or "provisional" in d.text


def test_date_forms():
    # The CLI's date forms (README, Usage); a date-time converts to the UK
    # civil date: 23:30 UTC on 1 June 2018 is 2 June in BST.
    for text in ("2018-10-15", "15/10/2018", "15 October 2018", "Mon 15 Oct 2018",
                 "Monday 15 October 2018", "15th October 2018", "Mon, 15 Oct 2018 09:00:00 +0000"):
        assert foiclock.parse_date(text) == D(2018, 10, 15), text
    assert foiclock.parse_date("2018-06-01T23:30:00Z") == D(2018, 6, 2)
    utc = datetime.timezone.utc
    assert foiclock.parse_date(datetime.datetime(2018, 6, 1, 23, 30, tzinfo=utc)) == D(2018, 6, 2)
    # A naive datetime is UK civil time already.
    assert foiclock.parse_date(datetime.datetime(2018, 6, 1, 23, 30)) == D(2018, 6, 1)
    assert foiclock.add("2018-06-01T23:30:00Z", 20) == D(2018, 6, 29)
    import numpy as np
    assert foiclock.due(np.datetime64("2018-10-15")) == D(2018, 11, 12)


def test_arithmetic():
    assert foiclock.add("2026-06-01", 20) == D(2026, 6, 30)
    assert foiclock.add("2026-06-30", -20) == D(2026, 6, 1)
    assert foiclock.add("2026-06-06", 0) == D(2026, 6, 6)
    assert foiclock.count("2018-10-15", "2018-11-12") == 20
    assert foiclock.count("2018-11-12", "2018-10-15") == -20
    # Good Friday 2018 is 30 March; Easter Monday 2 April is an English
    # holiday but a Scottish working day.
    assert foiclock.next_working_day("2018-03-29") == D(2018, 4, 3)
    assert foiclock.next_working_day("2018-03-29", "scotland") == D(2018, 4, 2)
    assert foiclock.previous_working_day("2018-04-03") == D(2018, 3, 29)
    assert isinstance(foiclock.is_working_day("2018-03-29"), bool)


def test_holidays_and_tables():
    h = foiclock.holidays(2026, calendar="scotland")
    assert [str(x) for x in h[:2]] == ["2026-01-01 New Year’s Day (Scotland)",
                                        "2026-01-02 2nd January (Scotland)"]
    assert all(x.date.year == 2026 for x in h)
    # Scotland: no Easter Monday (holidays.md).
    assert D(2026, 4, 6) not in {x.date for x in h}
    assert D(2026, 4, 6) in {x.date for x in foiclock.holidays(2026)}
    rng = foiclock.holidays("2026-06-01", "2026-06-30")
    assert [(x.date, x.name) for x in rng] == [(D(2026, 6, 15), "World Cup bank holiday")]
    cals = {c.id: c for c in foiclock.calendars()}
    assert set(cals) == {"uk", "scotland", "england-and-wales", "northern-ireland"}
    assert cals["uk"].published_until == D(2028, 12, 31)
    assert cals["uk"].first == D(1971, 1, 1) and cals["uk"].last == D(2199, 12, 31)
    rules = {r.id: r for r in foiclock.rules()}
    assert rules["foia.response"].count == 20 and rules["foia.response"].statutory
    assert not rules["foia.review-request"].statutory
    assert rules["foia.schools"].backstop == 60


def test_timeline_readme_case():
    # README, "A case worked through".
    t = foiclock.timeline("Mon, 2 Nov 2026 09:15:00 +0000", "2026-11-24", ref="FOI-2026-0412",
                          today="2026-11-26", audience="requester")
    assert t.today == D(2026, 11, 26) and t.events["received"] == D(2026, 11, 2)
    assert t.audience == "requester"
    r, rv = t.deadlines
    assert (r.rule, r.due, r.status, r.in_time, r.early) == (
        "foia.response", D(2026, 12, 1), "met", True, 4)
    assert (rv.rule, rv.due, rv.status, rv.remaining) == (
        "foia.review-request", D(2027, 1, 26), "pending", 38)
    assert not rv.statutory
    assert r.status_text == "met: responded Tuesday 24 November 2026, 4 working days early"
    assert rv.status_text == "open: 38 working days left"
    assert t.title == "FOIA request" and (r.role, rv.role) == ("response", "review-request")
    # "What this means", as the README shows it.
    assert [(a.kind, a.entry, a.date, str(a)) for a in t.advice] == [
        ("answered-in-time", 0, D(2026, 12, 1),
         "The answer came in time (due Tuesday 1 December 2026)."),
        ("ask-review", 1, D(2027, 1, 26),
         "To challenge the outcome, ask for a review by Tuesday 26 January 2027."),
    ]
    assert str(t).endswith("What this means:\n"
                           "- The answer came in time (due Tuesday 1 December 2026).\n"
                           "- To challenge the outcome, ask for a review by Tuesday 26 January "
                           "2027.\n")


def test_timeline_events():
    # Clarification restarts the clock (s.1(3)): asked 17 Oct, answered
    # Mon 22 Oct 2018, so 20 working days from 22 Oct, counted by hand with
    # no holiday between: Mon 19 Nov 2018.
    t = foiclock.timeline("2018-10-15", clarification_requested="2018-10-17",
                          clarification_received="2018-10-22", today="2018-10-30")
    assert t.deadlines[0].due == D(2018, 11, 19)
    # While clarification is awaited the clock is stopped.
    t = foiclock.timeline("2018-10-15", clarification_requested="2018-10-17", today="2018-10-30")
    assert t.deadlines[0].paused and t.deadlines[0].due is None
    assert t.deadlines[0].status == "paused"
    # A late response: 20 WD after 15 Oct 2018 is 12 Nov; answered 14 Nov.
    t = foiclock.timeline("2018-10-15", "2018-11-14", today="2018-11-20")
    assert (t.deadlines[0].status, t.deadlines[0].late) == ("missed", 2)
    # Overdue without a response: today 14 Nov is 2 working days after 12 Nov.
    t = foiclock.timeline("2018-10-15", today="2018-11-14")
    assert (t.deadlines[0].status, t.deadlines[0].overdue) == ("overdue", 2)
    # The tribunal: 28 days from the decision notice (GRC Rules r.22(1)(b)).
    t = foiclock.timeline("2018-10-15", "2018-11-06", review_requested="2018-11-10",
                          review_responded="2018-12-20", decision_notice="2019-06-03",
                          today="2019-06-04")
    trib = [e for e in t.deadlines if e.rule == "foia.tribunal-appeal"]
    assert trib and trib[0].due == D(2019, 7, 1)


def test_objects_behave_as_values():
    a = foiclock.deadline("foia.response", "2018-10-15")
    b = foiclock.deadline("foia.response", "15/10/2018")
    assert a == b and hash(a) == hash(b)
    with pytest.raises(AttributeError):
        a.due = D(2000, 1, 1)
    assert "due=datetime.date(2018, 11, 12)" in repr(a)
    assert str(a).startswith("FOI response due: Monday 12 November 2018\n  20 working days")


def test_to_ics():
    d = foiclock.deadline("foia.response", "2018-10-15")
    text = d.to_ics("FOI-1", stamp=0, remind=(5, 1))
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "DTSTART;VALUE=DATE:20181112" in text and "DTSTAMP:19700101T000000Z" in text
    assert text.count("BEGIN:VALARM") == 2
    assert d.to_ics(stamp=0, remind=()).count("BEGIN:VALARM") == 0
    t = foiclock.timeline("2026-11-02", "2026-11-24", ref="FOI-2026-0412", today="2026-11-26")
    cal = t.to_ics(authority="Anytown Council")
    assert cal.count("BEGIN:VEVENT") == 2
    assert "UID:foia.response~foia~Anytown_20Council~FOI-2026-0412@foiclock" in cal
    assert "Anytown Council" in cal
    # Stamped with the timeline's today by default, as the CLI does.
    assert "DTSTAMP:20261126T000000Z" in cal
    one = t.deadlines[1].deadline.to_ics(stamp=0)
    assert one.count("BEGIN:VEVENT") == 1 and "DTSTART;VALUE=DATE:20270126" in one


def test_ics_matches_cli():
    from conftest import run_cli
    t = foiclock.timeline("2026-11-02", "2026-11-24", ref="FOI-2026-0412", today="2026-11-26")
    cli = run_cli("timeline", "--received", "2026-11-02", "--responded", "2026-11-24", "--ref",
                  "FOI-2026-0412", "--today", "2026-11-26", "--format", "ics").stdout
    assert t.to_ics().replace("\r\n", "\n") == cli.replace("\r\n", "\n")


def test_import_does_not_load_libical_or_numpy():
    code = ("import sys, foiclock; foiclock.due('2018-10-15'); "
            "print('numpy' in sys.modules, 'foiclock._ical' in sys.modules, "
            "any('libical' in l for l in open('/proc/self/maps')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False", "False"]


def test_works_without_numpy():
    code = ("import sys; sys.modules['numpy'] = None; import foiclock\n"
            "print(foiclock.due('2018-10-15'))\n"
            "try:\n    foiclock.add_many(['2018-10-15'], 20)\n"
            "except ImportError as e:\n    print('ImportError', e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.splitlines() == [
        "2018-11-12", "ImportError foiclock's array functions need NumPy (Debian: python3-numpy)"]


PUBLIC = ["due", "deadline", "timeline", "add", "count", "is_working_day", "next_working_day",
          "previous_working_day", "holidays", "calendars", "rules", "parse_date", "add_many",
          "due_many"]


def test_docstrings_and_signatures():
    for name in PUBLIC:
        fn = getattr(foiclock, name)
        assert fn.__doc__ and len(fn.__doc__) > 80, name
        inspect.signature(fn)  # C functions carry __text_signature__
    text = pydoc.render_doc(foiclock.due, renderer=pydoc.plaintext)
    assert "due(received, regime='foia', *, receipt_rule='statutory', division=None)" in text
    assert "20 working days" in text
    for cls in (foiclock.Deadline, foiclock.Timeline, foiclock.Entry, foiclock.Holiday,
                foiclock.Rule, foiclock.Calendar, foiclock.Error):
        assert cls.__doc__, cls


def test_stubs_cover_the_api():
    stub = os.path.join(os.path.dirname(foiclock.__file__), "__init__.pyi")
    import ast
    tree = ast.parse(open(stub, encoding="utf-8").read())
    names = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    assert set(foiclock.__all__) <= names, set(foiclock.__all__) - names
    # Each stubbed function has the parameters of the real one.
    for n in tree.body:
        if isinstance(n, ast.FunctionDef) and n.name in PUBLIC:
            real = list(inspect.signature(getattr(foiclock, n.name)).parameters)
            stubbed = [a.arg for a in n.args.posonlyargs + n.args.args + n.args.kwonlyargs]
            assert stubbed == real, n.name
    for cls in ("Deadline", "Timeline", "Entry", "Holiday", "Rule", "Calendar"):
        node = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls)
        fields = {a.target.id for a in node.body if isinstance(a, ast.AnnAssign)}
        real = {s for s in getattr(foiclock, cls).__slots__ if not s.startswith("_")}
        assert fields == real, cls


def test_missing_dates_from_pandas_and_numpy():
    import numpy as np
    import pandas as pd
    a = foiclock.timeline(pd.Timestamp("2018-10-15"), pd.NaT, today="2018-11-14")
    b = foiclock.timeline("2018-10-15", None, today="2018-11-14")
    assert a == b and "responded" not in a.events
    c = foiclock.timeline("2018-10-15", np.datetime64("NaT"), today="2018-11-14")
    assert c == b
    for nat in (pd.NaT, np.datetime64("NaT")):
        with pytest.raises(foiclock.Error, match="NaT is not a date"):
            foiclock.due(nat)
    assert foiclock.due(pd.Timestamp("2018-10-15 23:30")) == D(2018, 11, 12)


def test_dates_are_plain_dates():
    d = foiclock.due("2018-10-15")
    assert type(d) is datetime.date
    # Shared objects for covered dates are still ordinary, equal values.
    assert foiclock.due("2018-10-15") == d and foiclock.add(d, 0) == d
    # Outside the calendars nothing is cached, and nothing can be counted.
    with pytest.raises(foiclock.Error):
        foiclock.add("2500-01-01", 0)


def test_docstring_examples():
    # The examples in the docstrings (help(foiclock.due) and the rest) run.
    import doctest
    names = ["foiclock"] + [f"foiclock.{n}" for n in PUBLIC]
    tries = 0
    for name in names:
        obj = foiclock if name == "foiclock" else getattr(foiclock, name.split(".")[1])
        finder = doctest.DocTestFinder(recurse=False)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        for test in finder.find(obj, name, globs={"foiclock": foiclock, "datetime": datetime}):
            runner.run(test)
        assert runner.failures == 0, name
        tries += runner.tries
    assert tries >= 14


def test_readme_example(tmp_path, monkeypatch, capsys):
    # The README's example runs as printed and prints what the README shows.
    import re
    here = os.environ.get("FOICLOCK_SOURCE_DIR", ".")
    text = open(os.path.join(here, "README.md"), encoding="utf-8").read()
    m = re.search(r"<!-- python example -->\n```python\n(.*?)```\n\n```\n(.*?)```", text, re.S)
    assert m, "README has no Python example"
    monkeypatch.chdir(tmp_path)
    exec(compile(m.group(1), "README.md", "exec"), {})
    assert capsys.readouterr().out == m.group(2)
    assert (tmp_path / "FOI-2026-0412.ics").read_text().count("BEGIN:VEVENT") == 2


def test_extension_claim_date():
    # FOIA s.17(1): notice of a public-interest extension must be given
    # "within the time for complying with section 1(1)". Received Mon 15 Jul
    # 2019: Jul 16-19 (4), 22-26 (9), 29 Jul - 2 Aug (14), 6-9 Aug (18; Mon
    # 5 Aug is the Scottish summer bank holiday, a UK-wide non-working day in
    # the FOIA calendar), 12-13 Aug (20): due Tue 13 Aug 2019.
    t = foiclock.timeline("2019-07-15", pit_extension=D(2019, 8, 13), today="2019-09-01")
    assert t.pit_extension is True and t.extension_claimed == D(2019, 8, 13)
    assert [e.rule for e in t.deadlines] == ["foia.response", "foia.pit-extension"]
    assert t.deadlines[0].extended and t.deadlines[0].status == "extended"
    # A week late, the notice extends nothing and the entry says why.
    t = foiclock.timeline("2019-07-15", pit_extension="2019-08-20", today="2019-09-01")
    assert t.extension_claimed == D(2019, 8, 20)
    assert [e.rule for e in t.deadlines] == ["foia.response"]
    e = t.deadlines[0]
    assert (e.due, e.extended, e.status) == (D(2019, 8, 13), False, "overdue")
    assert "FOIA s.17(1)" in e.note
    # True claims it without a date; False or a missing date claims nothing.
    assert foiclock.timeline("2019-07-15", pit_extension=True).extension_claimed is None
    assert foiclock.timeline("2019-07-15").pit_extension is False
    # A notice before receipt is refused, naming both inputs.
    with pytest.raises(foiclock.Error) as err:
        foiclock.timeline("2019-07-15", pit_extension="2019-07-10")
    assert (err.value.field, err.value.other_field) == ("pit_extension", "received")
    with pytest.raises(foiclock.Error):
        foiclock.timeline("2019-07-15", pit_extension="2019-02-30")
    # The same answers as the CLI's batch command, whose pit_extension
    # column takes the date of the notice.
    from conftest import cli_json_lines
    rows = [("A", "foia", "2019-07-15", "2019-08-13"), ("B", "foia", "2019-07-15", "2019-08-20"),
            ("C", "eir", "2019-07-15", "2019-08-14"), ("D", "sar", "2026-03-02", "2026-04-10"),
            ("E", "sar", "2026-03-02", "2026-03-20")]
    csv = "ref,regime,received,pit_extension\n" + "".join(",".join(r) + "\n" for r in rows)
    for (ref, regime, received, claimed), want in zip(rows, cli_json_lines("batch", "-", "--format",
                                                                           "json", stdin=csv)):
        t = foiclock.timeline(received, regime=regime, pit_extension=claimed, ref=ref)
        assert t.extension_claimed.isoformat() == claimed
        responses = [e for e in t.deadlines if e.role in ("response", "extended")
                     and not e.extended]
        assert [e.due.isoformat() for e in responses] == [want["response_due"]], (ref, want)


def test_case_warnings():
    # A date received or responded after today is counted as given, but the
    # library flags it, as the CLI does.
    t = foiclock.timeline("2026-11-02", "2026-12-01", today="2026-11-26")
    assert t.warnings == ["the date responded is after today: check it for a typing error"]
    assert t.as_dict()["warnings"] == t.warnings
    assert t.deadlines[0].due == D(2026, 12, 1)
    assert foiclock.timeline("2026-11-02", "2026-11-24", today="2026-11-26").warnings == []


def test_beginning_with():
    # FOIA s.9(2): the fee is due "within the period of three months
    # beginning with the day on which the fees notice is given", so a notice
    # on Fri 5 Jun 2026 counts that day: the period ends Fri 4 Sep 2026, the
    # day before the corresponding date 5 Sep.
    rule = next(r for r in foiclock.rules() if r.id == "foia.fee-period")
    assert rule.beginning_with is True
    assert "beginning with the day on which the fees notice is given" in rule.wording
    d = foiclock.deadline("foia.fee-period", "2026-06-05")
    assert (d.due, d.beginning_with, d.corresponding_date) == (D(2026, 9, 4), True, D(2026, 9, 5))
    assert d.as_dict()["corresponding_date"] == "2026-09-05"
    # FOIA s.10(1) counts working days "following the date of receipt".
    r = foiclock.deadline("foia.response", "2026-06-05")
    assert (r.beginning_with, r.corresponding_date) == (False, None)
    assert not next(x for x in foiclock.rules() if x.id == "foia.response").beginning_with


def test_borrowed_rule_cites_the_provision_applying_it():
    # EIR reg 18 applies FOIA s.50 (complaints) and s.57 (appeals): an EIR
    # timeline cites the borrowed rule with the regulation that applies it;
    # the rule on its own cites the Act alone.
    t = foiclock.timeline("2026-01-05", "2026-01-20", regime="eir", review_requested="2026-01-26",
                          review_responded="2026-02-10", today="2026-02-11")
    complaint = next(e for e in t.deadlines if e.role == "complaint")
    own = foiclock.deadline(complaint.rule, complaint.anchor).basis
    assert complaint.basis == complaint.deadline.basis == f"{own} (applied by EIR reg 18)"


def test_complaint_reply_alone_and_audience():
    # The ICO complaint window runs six weeks from the review's outcome (Fri
    # 14 Dec 2018: Fri 25 Jan 2019); a complaint on Thu 10 Jan 2019 meets it.
    events = dict(review_requested="2018-11-20", review_responded="2018-12-14")
    t = foiclock.timeline("2018-10-15", "2018-11-09", complained="2019-01-10",
                          today="2019-01-20", **events)
    c = [e for e in t.deadlines if e.role == "complaint"][0]
    assert (c.due, c.status, c.done_by, c.done_on, c.done_inferred) == (
        D(2019, 1, 25), "met", "complained", D(2019, 1, 10), False)
    assert t.events["complained"] == D(2019, 1, 10) and t.audience == "neutral"
    # A decision notice without the complaint's date shows one was made.
    t = foiclock.timeline("2018-10-15", "2018-11-09", decision_notice="2019-03-01",
                          today="2019-03-05", **events)
    c = [e for e in t.deadlines if e.role == "complaint"][0]
    assert (c.status, c.done_on, c.done_inferred) == ("met", None, True)
    # The reply alone: FOISA's review window counted from it (Fri 20 Apr
    # 2018: Tue 19 Jun 2018), the safe date.
    t = foiclock.timeline(None, "2018-04-20", regime="foisa", today="2018-05-01",
                          audience="requester")
    (r,) = t.deadlines
    assert (r.rule, r.due) == ("foisa.review-request", D(2018, 6, 19)) and "safe date" in r.note
    assert [str(a) for a in t.advice] == [
        "To challenge the outcome, ask for a review by Tuesday 19 June 2018."]
    with pytest.raises(foiclock.Error, match="unknown audience"):
        foiclock.timeline("2018-10-15", audience="lawyer")
    # Subject access from 5 February 2026: one month beginning with Tue 3
    # Mar 2026 ends Thu 2 Apr (UK GDPR Art 12A); the ICO's reading, Tue 7 Apr.
    d = foiclock.timeline("2026-03-03", regime="sar", today="2026-03-10",
                          audience="authority").deadlines[0].deadline
    assert (d.due, d.corresponding_date, d.regulator_due) == (
        D(2026, 4, 2), D(2026, 4, 3), D(2026, 4, 7))
    assert d.band.startswith("received from 5 February 2026")


def test_rules_in_force_for_a_period():
    # Coronavirus (Scotland) Act 2020: 60 working days for a FOISA request
    # received from 7 April to 26 May 2020 (its repeal took effect at once on
    # 27 May). Received Tue 7 April: Fri 3 July 2020 (Good Friday, VE day and
    # the spring holiday skipped; Easter Monday is a Scottish working day);
    # received Wed 27 May: 20 working days, Wed 24 June.
    assert foiclock.due("2020-04-06", "foisa") == D(2020, 5, 5)
    assert foiclock.due("2020-04-07", "foisa") == D(2020, 7, 3)
    assert foiclock.due("2020-05-26", "foisa") == D(2020, 8, 19)
    assert foiclock.due("2020-05-27", "foisa") == D(2020, 6, 24)
    rules = {r.id: r for r in foiclock.rules()}
    start, until, why = rules["foisa.covid-response"].in_force
    assert (start, until) == (D(2020, 4, 7), D(2020, 5, 26)) and "27 May 2020" in why
    assert rules["foisa.schools"].in_force[:2] == (D(2016, 12, 1), None)
    assert rules["foisa.keeper"].in_force is None
    assert rules["foisa.schools"].as_dict()["in_force"]["from"] == "2016-12-01"
    # Outside its band a rule is refused, on both sides.
    with pytest.raises(foiclock.Error, match="received from 1 December 2016"):
        foiclock.deadline("foisa.schools", "2016-11-30")
    assert foiclock.deadline("foisa.schools", "2016-12-01").due == D(2017, 3, 1)
    d = foiclock.deadline("foisa.covid-response", "2020-04-07")
    assert "Version of the law: received from 7 April to 26 May 2020" in d.text
    assert d.band.startswith("received from 7 April to 26 May 2020")
    assert d.as_dict()["band"] == d.band


def test_covid_timeline_and_keeper():
    # Received Mon 20 April 2020: answered 26 May, the 60 working days
    # govern (Wed 15 July); answered 27 May, after the repeal, the 20 (Tue 19
    # May), late.
    t = foiclock.timeline("2020-04-20", "2020-05-26", regime="foisa", today="2020-06-01")
    assert (t.deadlines[0].rule, t.deadlines[0].due, t.deadlines[0].status) == (
        "foisa.covid-response", D(2020, 7, 15), "met")
    t = foiclock.timeline("2020-04-20", "2020-05-27", regime="foisa", today="2020-06-01")
    assert (t.deadlines[0].rule, t.deadlines[0].due, t.deadlines[0].status) == (
        "foisa.response", D(2020, 5, 19), "missed")
    assert "repeal took effect at once" in t.deadlines[0].note
    # The Keeper (FOISA s.22): 30 working days for the request (Wed 5 May
    # 2021, Easter Monday counting in Scotland) and for the review (Mon 27
    # September 2021 from Mon 16 August, the English late-August holiday
    # counting).
    t = foiclock.timeline("2021-03-22", "2021-05-05", regime="foisa", public_records=True,
                          review_requested="2021-08-16", today="2021-09-01")
    assert t.public_records
    got = {e.rule: e.due for e in t.deadlines}
    assert got["foisa.keeper"] == D(2021, 5, 5) and got["foisa.keeper-review"] == D(2021, 9, 27)
    assert t.as_dict()["case"]["public_records"] is True
    with pytest.raises(foiclock.Error, match="FOIA and FOISA requests only"):
        foiclock.timeline("2017-03-13", regime="eisr", school=True)
    with pytest.raises(foiclock.Error, match="from 1 December 2016"):
        foiclock.timeline("2016-11-30", regime="foisa", school=True)


def test_law_enforcement_subject_access():
    # DPA 2018 s.54(2): "the period of one month beginning with the relevant
    # time". Received Thu 29 Oct 2026: the period ends Sat 28 Nov 2026, the
    # day before the corresponding date, and nothing moves it. The ICO's
    # Part 3 method counts from the day after (30 Oct) to its corresponding
    # date, Mon 30 Nov, moved off St Andrew's Day in Scotland to Tue 1 Dec.
    d = foiclock.deadline("le-sar.response", "2026-10-29", division="scotland")
    assert (d.due, d.corresponding_date, d.regulator_due) == (
        D(2026, 11, 28), D(2026, 11, 29), D(2026, 12, 1))
    assert foiclock.deadline("le-sar.response", "2026-10-29").regulator_due == D(2026, 11, 30)
    assert d.band.startswith("received from 5 February 2026")
    assert d.as_dict()["regulator_due"] == "2026-12-01"
    assert foiclock.deadline("foia.response", "2026-10-29").band is None
    # s.54(3A), from 5 February 2026: "by two further months"; three months
    # beginning with Thu 5 Feb 2026 end Mon 4 May 2026. Not the day before.
    assert foiclock.deadline("le-sar.extended", "2026-02-05").due == D(2026, 5, 4)
    with pytest.raises(foiclock.Error):
        foiclock.deadline("le-sar.extended", "2026-02-04")
    # s.54(3C): asked Sat 7 Feb, answered Fri 13 Feb (7 days, both ends
    # counted): 4 Mar + 7 = Wed 11 Mar; extended 4 May + 7 = Mon 11 May.
    t = foiclock.timeline("2026-02-05", regime="le-sar", clarification_requested="2026-02-07",
                          clarification_received="2026-02-13", pit_extension="2026-03-10",
                          today="2026-04-01")
    assert t.title == "Law-enforcement subject access request"
    assert [(e.rule, e.due) for e in t.deadlines] == [
        ("le-sar.response", D(2026, 3, 11)), ("le-sar.extended", D(2026, 5, 11))]
    # A day earlier, s.54 as enacted: no pause and no extension to claim.
    t = foiclock.timeline("2026-02-04", regime="le-sar", clarification_requested="2026-02-06",
                          clarification_received="2026-02-12")
    assert t.deadlines[0].due == D(2026, 3, 3)
    assert "did not change the time limit" in t.deadlines[0].note
    with pytest.raises(foiclock.Error) as err:
        foiclock.timeline("2026-02-04", regime="le-sar", pit_extension=True)
    assert err.value.field == "pit_extension"


def test_advance_payment_and_direction():
    # EIR reg 8(6) disregards "the period beginning with the day on which the
    # notification of the requirement of an advance payment is made and ending
    # on the day on which that payment is received": notified Wed 3 Apr 2019,
    # paid Wed 10 Apr, received Mon 1 Apr. EIR (UK calendar, Easter Monday 22
    # Apr a holiday): Fri 10 May 2019; EISR (Easter Monday a Scottish working
    # day): Thu 9 May 2019. The time to pay, "no later than 60 working days
    # after the date on which it gave the notification" (reg 8(5)).
    eir = foiclock.timeline("2019-04-01", regime="eir", fee_notice="2019-04-03",
                            fee_paid="2019-04-10", today="2019-04-15")
    due = {e.rule: e.due for e in eir.deadlines}
    assert due["eir.response"] == D(2019, 5, 10)
    eisr = foiclock.timeline("2019-04-01", regime="eisr", fee_notice="2019-04-03",
                             fee_paid="2019-04-10", today="2019-04-15")
    assert {e.rule: e.due for e in eisr.deadlines}["eisr.response"] == D(2019, 5, 9)
    # SI 2004/3364 reg 5(2): "such other day, not being later than the
    # sixtieth working day following the date of receipt, as the Information
    # Commissioner may specify": the 45th working day after Fri 1 Mar 2019
    # (18 Mar, 19 and 22 Apr and 6 May skipped) is Thu 9 May 2019.
    t = foiclock.timeline("2019-03-01", direction="2019-03-20", direction_days=45,
                          direction_ground="armed-forces", today="2019-04-02")
    entry = next(e for e in t.deadlines if e.rule == "foia.armed-forces")
    assert entry.due == D(2019, 5, 9) and entry.role == "armed-forces"
    assert entry.deadline.directed_day == 45
    assert t.direction_days == 45 and t.direction_ground == "armed-forces"
    assert t.events["direction"] == D(2019, 3, 20)
    assert "direction_days" in t.to_json()
    with pytest.raises(TypeError):
        foiclock.timeline("2019-03-01", direction="2019-03-20", direction_days="45",
                          direction_ground="armed-forces")
    with pytest.raises(foiclock.Error, match="armed-forces"):
        foiclock.timeline("2019-03-01", direction="2019-03-20", direction_days=45,
                          direction_ground="abroad")
