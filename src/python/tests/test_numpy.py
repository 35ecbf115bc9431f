"""add_many and due_many: the same answers as the scalar functions, any
shape, NaT passed through, pandas input, and the README's pandas recipe."""
import datetime
import os
import re

import numpy as np
import pandas as pd
import pytest

import foiclock

D = datetime.date

RNG = np.random.default_rng(20261126)


def anchors(n, lo="1971-01-01", hi="2199-06-01"):
    a, b = np.datetime64(lo, "D").astype(np.int64), np.datetime64(hi, "D").astype(np.int64)
    return RNG.integers(a, b, n).astype("datetime64[D]")


@pytest.mark.parametrize("calendar", ["uk", "scotland", "england-and-wales", "northern-ireland"])
def test_add_many_matches_add(calendar):
    a = anchors(3000)
    for n in (1, 20, -20, 60):
        got = foiclock.add_many(a, n, calendar)
        assert got.dtype == np.dtype("datetime64[D]") and got.shape == a.shape
        want = [foiclock.add(d.item(), n, calendar) for d in a[:500]]
        assert [d.item() for d in got[:500]] == want


@pytest.mark.parametrize("regime", ["foia", "eir", "foisa", "eisr", "sar"])
def test_due_many_matches_due(regime):
    a = anchors(2000)
    got = foiclock.due_many(a, regime)
    assert [d.item() for d in got] == [foiclock.due(d.item(), regime) for d in a]
    nwd = foiclock.due_many(a, regime, receipt_rule="next-working-day")
    assert [d.item() for d in nwd[:300]] == [
        foiclock.due(d.item(), regime, receipt_rule="next-working-day") for d in a[:300]]


def test_due_many_any_rule():
    a = anchors(500)
    for rule in ("eir.extended", "foia.review-request", "foia.tribunal-appeal", "sar.extended"):
        got = foiclock.due_many(a, rule=rule)
        assert [d.item() for d in got] == [foiclock.deadline(rule, d.item()).due for d in a]


def test_shapes_and_nat():
    a = anchors(24).reshape(2, 3, 4)
    got = foiclock.add_many(a, 20)
    assert got.shape == (2, 3, 4)
    assert (got == foiclock.add_many(a.ravel(), 20).reshape(2, 3, 4)).all()
    zero = foiclock.add_many(np.datetime64("2018-10-15"), 20)
    assert zero.shape == () and zero.item() == datetime.date(2018, 11, 12)
    empty = foiclock.add_many(np.array([], dtype="datetime64[D]"), 20)
    assert empty.shape == (0,)
    nat = np.array(["NaT", "2018-10-15"], dtype="datetime64[D]")
    out, errs = foiclock.due_many(nat, errors="return")
    assert np.isnat(out[0]) and out[1] == np.datetime64("2018-11-12") and errs == {}
    # A strided view and another unit are converted, not misread.
    big = anchors(10)
    assert (foiclock.add_many(big[::2], 5) == foiclock.add_many(big[::2].copy(), 5)).all()
    ns = big.astype("datetime64[ns]")
    assert (foiclock.add_many(ns, 5) == foiclock.add_many(big, 5)).all()
    # Per-element n, broadcast against the dates.
    n = np.array([[1], [20]])
    two = np.array([["2018-10-15", "2026-06-01"]] * 2, dtype="datetime64[D]")
    got = foiclock.add_many(two, n)
    assert got.shape == (2, 2)
    assert got[1, 1] == np.datetime64("2026-06-30") and got[0, 0] == np.datetime64("2018-10-16")
    assert (foiclock.add_many(two[0], [1, 20]) == [np.datetime64("2018-10-16"),
                                                    np.datetime64("2026-06-30")]).all()
    # Lists of ISO strings.
    assert foiclock.due_many(["2018-10-15"])[0] == np.datetime64("2018-11-12")


def test_input_left_alone():
    a = anchors(100)
    before = a.copy()
    foiclock.add_many(a, 20)
    assert (a == before).all()


def readme_recipe():
    here = os.environ.get("FOICLOCK_SOURCE_DIR") or os.path.join(
        os.path.dirname(__file__), "..", "..", "..")
    text = open(os.path.join(here, "README.md"), encoding="utf-8").read()
    m = re.search(r"<!-- pandas recipe -->\n```python\n(.*?)```", text, re.S)
    assert m, "README has no pandas recipe"
    return m.group(1)


def test_readme_pandas_recipe(capsys):
    # The recipe in the README runs as printed and prints what it shows.
    code = readme_recipe()
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    text = open(os.path.join(os.environ.get("FOICLOCK_SOURCE_DIR", "."), "README.md"),
                encoding="utf-8").read()
    assert out.strip() and out.strip() in text


def test_pandas_series():
    s = pd.Series(pd.to_datetime(["2018-10-15", None, "2026-06-01"]))
    out = foiclock.due_many(s)
    assert str(out[0]) == "2018-11-12" and np.isnat(out[1]) and str(out[2]) == "2026-06-30"


def test_due_many_follows_bands():
    # FOISA: the Coronavirus (Scotland) Act 2020 gave a request received from
    # 7 April to 26 May 2020 60 working days; due_many picks the rule in
    # force for each date, as due() does.
    a = np.arange(np.datetime64("2020-03-30"), np.datetime64("2020-06-05"))
    got = foiclock.due_many(a, "foisa")
    assert [d.item() for d in got] == [foiclock.due(d.item(), "foisa") for d in a]
    assert got[a.tolist().index(D(2020, 4, 7))].item() == D(2020, 7, 3)
    assert got[a.tolist().index(D(2020, 5, 27))].item() == D(2020, 6, 24)
