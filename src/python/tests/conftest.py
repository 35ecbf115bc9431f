"""Shared pieces of the Python module's tests: the CLI they compare with."""
import json
import os
import subprocess

import pytest


def cli_path():
    path = os.environ.get("FOICLOCK_CLI")
    if not path:
        pytest.fail("FOICLOCK_CLI must name the foiclock command (CTest sets it)")
    return path


def run_cli(*args, stdin=None, check=True):
    """Runs the CLI with 'today' fixed and returns its standard output."""
    env = dict(os.environ, FOICLOCK_TODAY="2026-11-26", LC_ALL="C")
    p = subprocess.run([cli_path(), *args], input=stdin, capture_output=True, text=True, env=env)
    if check and p.returncode != 0:
        raise AssertionError(f"foiclock {' '.join(args)} failed: {p.stderr}")
    return p


def cli_json_lines(*args, stdin=None):
    out = run_cli(*args, stdin=stdin, check=False).stdout
    return [json.loads(line) for line in out.splitlines()]
