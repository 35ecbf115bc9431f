#!/usr/bin/env bash
# The README's installation, as on a fresh machine: a copy of the repository,
# a new virtual environment over the system's packages, pip without build
# isolation or a package index; then the README's one-line check.
# usage: pip-install.sh PYTHON SOURCE_DIR
set -euo pipefail
python=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/repo"
# The files a clone has: the source tree without build directories.
(cd "$src" && tar cf - --exclude=./.git --exclude='./build*' --exclude=./src/python/build \
    --exclude=__pycache__ --exclude='*.egg-info' .) | (cd "$work/repo" && tar xf -)
"$python" -m venv --system-site-packages "$work/venv"
"$work/venv/bin/pip" install --no-index --no-build-isolation --quiet "$work/repo/src/python"
cd "$work"
out=$("$work/venv/bin/python3" -c "import foiclock; print(foiclock.due('2018-10-15'))")
echo "$out"
[ "$out" = 2018-11-12 ]
# Installed as a package with its stubs, and the iCalendar part loads.
"$work/venv/bin/python3" - <<'PY'
import importlib.util, os
import foiclock
d = os.path.dirname(foiclock.__file__)
import sys
assert d.startswith(sys.prefix + "/"), (d, sys.prefix)
assert os.path.exists(os.path.join(d, "__init__.pyi")) and os.path.exists(os.path.join(d, "py.typed"))
assert "BEGIN:VEVENT" in foiclock.deadline("foia.response", "2018-10-15").to_ics(stamp=0)
assert importlib.util.find_spec("foiclock._ical") is not None
print("installed in", d)
PY
