"""The module never reads the CLI's holiday directories: a newer holiday file
in FOICLOCK_HOLIDAYS_DIR, XDG_DATA_HOME or HOME changes the CLI's answer but
not the module's (only a caller that asks loads data from a file)."""
import os
import shutil
import subprocess
import sys

from conftest import cli_path

# tests/data/localdata/bank-holidays-2029.json: GOV.UK's feed reaching 2029,
# with a made-up Scottish holiday on Monday 2 July 2029. FOIA, received
# Wednesday 20 June 2029: 19 July 2029 on the built-in data (2029 projected,
# 12 July skipped); 20 July 2029 with the file (2 July skipped too).
FEED = os.path.join(os.environ.get("FOICLOCK_SOURCE_DIR", ""), "tests", "data", "localdata",
                    "bank-holidays-2029.json")
PROBE = ("import foiclock; print(foiclock.due('2029-06-20'), "
         "foiclock.is_working_day('2029-07-02'))")


def test_module_ignores_holiday_directories(tmp_path):
    dirs = {"FOICLOCK_HOLIDAYS_DIR": tmp_path / "dir",
            "XDG_DATA_HOME": tmp_path / "xdg",
            "HOME": tmp_path / "home"}
    for d in (dirs["FOICLOCK_HOLIDAYS_DIR"], dirs["XDG_DATA_HOME"] / "foiclock" / "holidays",
              dirs["HOME"] / ".local" / "share" / "foiclock" / "holidays"):
        d.mkdir(parents=True)
        shutil.copy(FEED, d / "bank-holidays.json")
    env = dict(os.environ, **{k: str(v) for k, v in dirs.items()})
    cli = subprocess.run([cli_path(), "due", "2029-06-20", "--format", "json"],
                         capture_output=True, text=True, env=env, check=True)
    assert '"due":"2029-07-20"' in cli.stdout, "the CLI does not use the file: this test proves nothing"
    for only in dirs:
        env = {k: v for k, v in os.environ.items() if k not in dirs}
        env[only] = str(dirs[only])
        got = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                             env=env, check=True).stdout.split()
        assert got == ["2029-07-19", "True"], f"with {only} set the module answers {got}"
