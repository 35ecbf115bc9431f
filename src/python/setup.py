"""Builds the foiclock Python module from this repository.

    python3 -m venv --system-site-packages venv
    venv/bin/pip install --no-build-isolation ./src/python

The build compiles the C library from ../lib itself; nothing needs to be
built with CMake first. The bank-holiday tables are generated as the CMake
build generates them: foiclock-holidaygen (../gen/holidaygen.c, which reads
the iCalendar files in ../../holidays with libical) is compiled into the
build directory and run there, and its C output is compiled into the
module. So the build needs a C compiler, pkg-config, libical's headers
(Debian: libical-dev) and Python's (python3-dev). The main module does not
link libical; foiclock._ical, loaded only by to_ics(), does.
"""

import os
import re
import shlex
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(ROOT, "src", "lib")


def library_sources():
    """The library's sources as src/CMakeLists.txt lists them: the core the
    generator links (foiclock_core) and the rest (FOICLOCK_LIB_SOURCES)."""
    with open(os.path.join(ROOT, "src", "CMakeLists.txt"), encoding="utf-8") as f:
        text = f.read()
    core = re.search(r"add_library\(foiclock_core OBJECT(.*?)\)", text, re.S)
    rest = re.search(r"set\(FOICLOCK_LIB_SOURCES(.*?)\)", text, re.S)
    if not core or not rest:
        sys.exit("setup.py: cannot find the library's sources in src/CMakeLists.txt")
    names = lambda block: re.findall(r"lib/(\w+\.c)", block.group(1))
    return names(core), names(rest)


def project_version():
    with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
        m = re.search(r"project\(foiclock VERSION (\d+)\.(\d+)\.(\d+)", f.read())
    if not m:
        sys.exit("setup.py: no project version in CMakeLists.txt")
    return m.groups()


def pkg_config(*args):
    try:
        out = subprocess.run(["pkg-config", *args, "libical"], check=True, text=True,
                             stdout=subprocess.PIPE).stdout
    except (OSError, subprocess.CalledProcessError):
        sys.exit("setup.py: libical not found by pkg-config (Debian: apt-get install "
                 "pkg-config libical-dev)")
    return shlex.split(out)


class BuildExt(build_ext):
    """Generates the headers CMake would configure and the holiday tables,
    compiles the library once, and links it into both extensions."""

    def build_extensions(self):
        if not os.path.isdir(LIB):
            sys.exit(f"setup.py: {LIB} is missing: build from a clone of the repository")
        gen = os.path.abspath(os.path.join(self.build_temp, "foiclock-gen"))
        os.makedirs(os.path.join(gen, "foiclock"), exist_ok=True)
        major, minor, patch = project_version()
        with open(os.path.join(ROOT, "include", "foiclock", "version.h.in"),
                  encoding="utf-8") as f:
            text = f.read()
        for key, value in (("PROJECT_VERSION_MAJOR", major), ("PROJECT_VERSION_MINOR", minor),
                           ("PROJECT_VERSION_PATCH", patch),
                           ("PROJECT_VERSION", f"{major}.{minor}.{patch}")):
            text = text.replace(f"@{key}@", value)
        self._write(os.path.join(gen, "foiclock", "version.h"), text)
        # Everything is linked statically into the extensions and hidden.
        self._write(os.path.join(gen, "foiclock", "export.h"),
                    "#ifndef FOICLOCK_EXPORT_H\n#define FOICLOCK_EXPORT_H\n"
                    "#define FOICLOCK_EXPORT\n#define FOICLOCK_NO_EXPORT\n#endif\n")
        includes = [gen, os.path.join(ROOT, "include"), LIB]
        ical_cflags = [a for a in pkg_config("--cflags") if not a.startswith("-I")]
        ical_incs = [a[2:] for a in pkg_config("--cflags") if a.startswith("-I")]
        ical_libs = pkg_config("--libs")
        cflags = ["-fvisibility=hidden", "-O2"]
        cc = self.compiler
        tmp = os.path.join(self.build_temp, "objects")

        core_names, rest_names = library_sources()
        core_src = [os.path.join(LIB, s) for s in core_names]
        core = cc.compile(core_src, output_dir=tmp, include_dirs=includes,
                          extra_postargs=cflags)
        genobj = cc.compile([os.path.join(ROOT, "src", "gen", "holidaygen.c")], output_dir=tmp,
                            include_dirs=includes + ical_incs,
                            extra_postargs=cflags + ical_cflags)
        exe = os.path.join(gen, "foiclock-holidaygen")
        cc.link_executable(genobj + core, exe, extra_postargs=ical_libs)
        tables = os.path.join(gen, "builtin_tables.c")
        print(f"generating {tables} from {os.path.join(ROOT, 'holidays')}")
        subprocess.run([exe, "tables", os.path.join(ROOT, "holidays"), tables], check=True)
        rest = cc.compile([os.path.join(LIB, s) for s in rest_names] + [tables], output_dir=tmp,
                          include_dirs=includes, extra_postargs=cflags)

        version_script = os.path.join(HERE, "ext", "exports.map")
        for ext in self.extensions:
            ext.include_dirs += includes
            ext.extra_objects = core + rest
            ext.extra_link_args += [f"-Wl,--version-script={version_script}"]
            if ext.name == "foiclock._ical":
                ext.include_dirs += ical_incs
                ext.extra_compile_args += ical_cflags
                ext.extra_link_args += ical_libs
        super().build_extensions()

    @staticmethod
    def _write(path, text):
        try:
            with open(path, encoding="utf-8") as f:
                if f.read() == text:
                    return
        except OSError:
            pass
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


setup(
    name="foiclock",
    version=".".join(project_version()),
    description="UK statutory information-rights deadlines (FOIA, EIR, FOISA, EISR, "
                "subject access), with their working",
    license="MIT",
    python_requires=">=3.9",
    packages=["foiclock"],
    package_data={"foiclock": ["__init__.pyi", "py.typed"]},
    ext_modules=[
        Extension("foiclock._foiclock", [os.path.join("ext", "_foiclock.c")],
                  depends=[os.path.join("ext", "ical_api.h")]),
        Extension("foiclock._ical",
                  [os.path.join("ext", "_ical.c"), os.path.join(ROOT, "src", "ical", "ical.c")],
                  depends=[os.path.join("ext", "ical_api.h")]),
    ],
    cmdclass={"build_ext": BuildExt},
    zip_safe=False,
)
