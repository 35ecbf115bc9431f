"""The type stubs: mypy's stubtest checks them against the module itself,
and mypy checks a typical use of the API against them."""
import os
import subprocess
import sys
import textwrap

import foiclock

PKG_DIR = os.path.dirname(os.path.dirname(os.path.abspath(foiclock.__file__)))


def run(args, tmp_path):
    env = dict(os.environ, PYTHONPATH=PKG_DIR, MYPYPATH=PKG_DIR,
               MYPY_CACHE_DIR=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True,
                          env=env, cwd=tmp_path)


def test_stubtest(tmp_path):
    p = run(["mypy.stubtest", "foiclock"], tmp_path)
    assert p.returncode == 0, p.stdout + p.stderr


def test_a_typed_caller(tmp_path):
    (tmp_path / "use.py").write_text(textwrap.dedent("""
        import datetime
        from typing import List, Optional
        import foiclock

        due: datetime.date = foiclock.due("2018-10-15", "foisa", receipt_rule="statutory")
        d: foiclock.Deadline = foiclock.deadline("eir.extended", datetime.date(2018, 10, 15))
        names: List[str] = [h.name for h in d.skipped]
        t = foiclock.timeline("2018-10-15", responded="2018-11-06", today="2018-11-20")
        first: Optional[datetime.date] = t.deadlines[0].due
        left: Optional[int] = t.deadlines[0].remaining
        n: int = foiclock.count("2018-10-15", "2018-11-12")
        ics: str = d.to_ics("FOI-1", remind=[5, 1])
        ok: bool = foiclock.is_working_day(due, "scotland")
    """))
    (tmp_path / "wrong.py").write_text(textwrap.dedent("""
        import foiclock
        n: str = foiclock.count("2018-10-15", "2018-11-12")
        foiclock.due("2018-10-15", "gdpr")
    """))
    p = run(["mypy", "--strict", "use.py"], tmp_path)
    assert p.returncode == 0, p.stdout + p.stderr
    p = run(["mypy", "--strict", "wrong.py"], tmp_path)
    assert p.returncode == 1 and 'Incompatible types in assignment' in p.stdout, p.stdout
    assert "Found 2 errors" in p.stdout and "wrong.py:4: error" in p.stdout
