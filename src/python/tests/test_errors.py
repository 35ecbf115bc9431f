"""Every way a call can fail: foiclock.Error (a ValueError) with the
library's message naming the input, or TypeError for a wrong type."""
import datetime

import pytest

import foiclock
from conftest import as_cli_message, run_cli


def cli_error(*args):
    p = run_cli(*args, check=False)
    assert p.returncode == 2
    return p.stderr


@pytest.mark.parametrize("text", ["not a date", "30/02/2019", "2019-13-01", "2018-10-15x",
                                  "", "Tue 15 Oct 2018", "15/10/18", "2018-10-15T25:00:00Z",
                                  "0000-01-01"])
def test_bad_dates(text):
    with pytest.raises(foiclock.Error) as e:
        foiclock.due(text)
    assert e.value.code == "EINVAL"
    assert isinstance(e.value, ValueError)
    # The CLI says the same about the same input.
    assert str(e.value) in cli_error("due", text)


def test_impossible_date_is_never_fixed():
    with pytest.raises(foiclock.Error, match="February 2019 has no day 30"):
        foiclock.parse_date("30/02/2019")


def test_outside_the_calendars():
    for call in (lambda: foiclock.due("1970-06-01"), lambda: foiclock.add("2199-12-20", 20),
                 lambda: foiclock.is_working_day("2200-01-01"),
                 lambda: foiclock.count("1960-01-01", "2000-01-01"),
                 lambda: foiclock.next_working_day("2199-12-31"),
                 lambda: foiclock.previous_working_day("1971-01-01"),
                 lambda: foiclock.deadline("foia.response", "2199-12-30"),
                 lambda: foiclock.timeline("2199-12-01", today="2199-12-02")):
        with pytest.raises(foiclock.Error) as e:
            call()
        assert e.value.code == "ERANGE"
        assert "outside" in str(e.value) or "covers" in str(e.value)
    with pytest.raises(foiclock.Error, match="out of range"):
        foiclock.add("2018-10-15", 2**40)
    with pytest.raises(foiclock.Error):
        foiclock.parse_date("1960-06-01T12:00:00Z")  # UK clock rules known from 1971
    with pytest.raises(foiclock.Error, match="1..9999"):
        foiclock.holidays(0)


def test_unknown_names():
    cases = [
        (lambda: foiclock.add("2018-10-15", 1, "wales"), "unknown calendar 'wales'"),
        (lambda: foiclock.due("2018-10-15", "gdpr"), "gdpr"),
        (lambda: foiclock.deadline("foia.nothing", "2018-10-15"), "foia.nothing"),
        (lambda: foiclock.due("2018-10-15", receipt_rule="soon"), "soon"),
        (lambda: foiclock.deadline("sar.response", "2018-10-15", division="mars"), "mars"),
        (lambda: foiclock.holidays(2026, calendar="xx"), "unknown calendar 'xx'"),
    ]
    for call, word in cases:
        with pytest.raises(foiclock.Error) as e:
            call()
        assert word in str(e.value)
        assert e.value.code in ("ENOTFOUND", "EINVAL")


def test_type_errors():
    for call in (lambda: foiclock.due(20181015), lambda: foiclock.due(None),
                 lambda: foiclock.add("2018-10-15", "20"), lambda: foiclock.add("2018-10-15", 2.0),
                 lambda: foiclock.add("2018-10-15", True), lambda: foiclock.due("2018-10-15", 1),
                 lambda: foiclock.timeline("2018-10-15", responded=5),
                 lambda: foiclock.deadline(1, "2018-10-15"),
                 lambda: foiclock.holidays("2026"),
                 lambda: foiclock.holidays(None, "2026-01-01")):
        with pytest.raises(TypeError):
            call()
    with pytest.raises(TypeError, match="unexpected keyword"):
        foiclock.due("2018-10-15", regim="foia")
    with pytest.raises(TypeError, match="missing required"):
        foiclock.add("2018-10-15")
    with pytest.raises(TypeError, match="at most"):
        foiclock.due("2018-10-15", "foia", "statutory")
    with pytest.raises(TypeError, match="multiple values"):
        foiclock.add("2018-10-15", 1, n=2)


def test_nul_characters():
    with pytest.raises(foiclock.Error):
        foiclock.due("2018-10-15\0")
    with pytest.raises(foiclock.Error, match="NUL"):
        foiclock.add("2018-10-15", 1, "uk\0")


def test_deadline_argument_errors():
    with pytest.raises(foiclock.Error, match="both"):
        foiclock.deadline("foia.response", "2018-10-15", pause=("2018-10-22", None))
    with pytest.raises(foiclock.Error):  # a pause that runs backwards
        foiclock.deadline("foia.response", "2018-10-15", pause=("2018-11-01", "2018-10-22"))
    with pytest.raises(foiclock.Error, match="foisa.review-request only"):
        foiclock.deadline("foia.response", "2018-10-15", responded="2018-10-20")
    with pytest.raises(foiclock.Error, match="foia.schools only"):
        foiclock.deadline("foia.response", "2018-10-15", school_days=["2018-10-16"])
    with pytest.raises(foiclock.Error, match="school_days"):
        foiclock.deadline("foia.schools", "2018-10-15", school_days=["2018-10-16", "nope"])
    with pytest.raises(TypeError):
        foiclock.deadline("foia.schools", "2018-10-15", school_days=5)


def test_timeline_conflicts_match_the_cli():
    cases = [
        dict(args=("2018-10-15", "2018-10-10"), cli=["--responded", "2018-10-10"]),
        dict(args=("2018-10-15", "2018-11-01"),
             kw=dict(review_requested="2018-11-20", review_responded="2018-11-10"),
             cli=["--responded", "2018-11-01", "--review-requested", "2018-11-20",
                  "--review-responded", "2018-11-10"]),
        dict(args=("2018-10-15",), kw=dict(fee_paid="2018-10-20"), cli=["--fee-paid", "2018-10-20"]),
        dict(args=("2018-10-15",), kw=dict(regime="sar", fee_notice="2018-10-20"),
             cli=["--regime", "sar", "--fee-notice", "2018-10-20"]),
        # SI 2004/3364 reg 5(2): "not being later than the sixtieth working day".
        dict(args=("2018-10-15",),
             kw=dict(direction="2018-10-20", direction_days=61, direction_ground="armed-forces"),
             cli=["--direction", "2018-10-20", "--direction-days", "61", "--direction-ground",
                  "armed-forces"]),
        dict(args=("2018-10-15",), kw=dict(direction="2018-10-20", direction_days=40),
             cli=["--direction", "2018-10-20", "--direction-days", "40"]),
        dict(args=("2018-10-15",), kw=dict(clarification_received="2018-10-20"),
             cli=["--clarification-received", "2018-10-20"]),
        dict(args=("2018-10-15",), kw=dict(regime="eir", school=True),
             cli=["--regime", "eir", "--school"]),
    ]
    for c in cases:
        with pytest.raises(foiclock.Error) as e:
            foiclock.timeline(*c["args"], today="2018-12-01", **c.get("kw", {}))
        assert e.value.code in ("ECONFLICT", "EINVAL")
        # The library says which inputs are at fault, by their keyword names.
        assert e.value.field in c.get("kw", {}) or e.value.field == "responded"
        assert e.value.field in str(e.value)
        stderr = cli_error("timeline", "--received", c["args"][0], "--today", "2018-12-01",
                           *c["cli"])
        assert stderr.startswith("foiclock: timeline: ")
        assert as_cli_message(e.value) in stderr, (str(e.value), stderr)
    with pytest.raises(foiclock.Error, match="responded"):
        foiclock.timeline("2018-10-15", "someday")
    with pytest.raises(foiclock.Error, match="today"):
        foiclock.timeline("2018-10-15", today="tomorrow")


def test_ics_argument_errors():
    d = foiclock.deadline("foia.response", "2018-10-15")
    with pytest.raises(foiclock.Error, match="remind"):
        d.to_ics(remind=(-1,))
    with pytest.raises(foiclock.Error, match="too many"):
        d.to_ics(remind=range(40))
    with pytest.raises(TypeError):
        d.to_ics(remind=("5",))
    with pytest.raises(TypeError):
        d.to_ics(authority=5)
    t = foiclock.timeline("2018-10-15", clarification_requested="2018-10-17", today="2018-10-20")
    assert t.deadlines[0].deadline is None  # on hold: nothing to export alone
    assert "BEGIN:VCALENDAR" in t.to_ics()


def test_array_errors():
    import numpy as np
    a = np.array(["2018-10-15", "1900-01-01", "NaT"], dtype="datetime64[D]")
    out, errs = foiclock.add_many(a, 20, errors="return")
    assert np.isnat(out[1]) and np.isnat(out[2]) and not np.isnat(out[0])
    assert list(errs) == [1] and "1900-01-01 is outside the uk calendar" in errs[1]
    with pytest.raises(foiclock.Error, match="^element 1: 1900-01-01 is outside"):
        foiclock.add_many(a, 20, errors="raise")
    with pytest.raises(foiclock.Error, match="element 1"):
        foiclock.due_many(a, errors="raise")
    with pytest.raises(ValueError, match="errors must be"):
        foiclock.add_many(a, 20, errors="ignore")
    with pytest.raises(TypeError, match="not both"):
        foiclock.due_many(a, "foia", rule="eir.extended")
    with pytest.raises(foiclock.Error, match="unknown calendar"):
        foiclock.add_many(a, 20, "nowhere")
    with pytest.raises(ValueError):  # numpy cannot read it as a date
        foiclock.add_many(["15 October 2018"], 20)
    with pytest.raises(ValueError):  # n does not broadcast to the dates
        foiclock.add_many(a, [1, 2])
    # A date numpy holds but foiclock's dates (0001..9999) do not.
    far = np.array(["20000-01-01"], dtype="datetime64[D]")
    out, errs = foiclock.add_many(far, 1, errors="return")
    assert np.isnat(out[0]) and "outside 0001..9999" in errs[0]
    out, errs = foiclock.add_many(a[:1], np.array([2**40]), errors="return")
    assert "out of range" in errs[0]


def test_error_fields():
    with pytest.raises(foiclock.Error) as e:
        foiclock.timeline("2018-10-15", fee_notice="2018-10-22", fee_paid="2018-10-20")
    assert (e.value.field, e.value.other_field) == ("fee_paid", "fee_notice")
    with pytest.raises(foiclock.Error) as e:
        foiclock.due("30/02/2019")
    assert e.value.field is None and e.value.other_field is None


def test_more_error_paths():
    utc = datetime.timezone.utc
    with pytest.raises(foiclock.Error):  # UK clock rules are known from 1971 only
        foiclock.due(datetime.datetime(1960, 6, 1, 12, tzinfo=utc))
    with pytest.raises(foiclock.Error) as e:  # a range that runs backwards
        foiclock.holidays("2026-12-31", "2026-01-01")
    assert e.value.code == "EINVAL"
    with pytest.raises(foiclock.Error) as e:  # a today the calendars cannot count to
        foiclock.timeline("2018-10-15", today="2300-01-01")
    assert e.value.code == "ERANGE"
    with pytest.raises(TypeError):
        foiclock.add("2018-10-15", 1, 5)
    d = foiclock.deadline("foia.response", "2018-10-15")
    with pytest.raises(TypeError):
        d.to_ics(stamp="yesterday")
    with pytest.raises(TypeError):
        d.to_ics(previous=b"BEGIN:VCALENDAR")
    with pytest.raises(TypeError):
        d.to_ics(5)  # ref must be text
    # A case whose receipt date is missing (NaT in a DataFrame) has no clock.
    with pytest.raises(foiclock.Error, match="the date of receipt is required"):
        foiclock.timeline(__import__("pandas").NaT)
