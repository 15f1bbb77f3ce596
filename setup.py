"""Packaging beyond what pyproject.toml can say.

The repository's top-level models/ folder is shipped inside the wheel as the data package
``docparse.model_data`` (found at run time through importlib.resources), so the repository keeps
its layout (docparse/, models/, ...) and an installed docparse finds its models. The model
builders (models/build_*.py) are not shipped.

A wheel (``pip install .``, ``pip wheel .``) also compiles the repair stage's hot path with mypyc
(the modules in COMPILED, into C extensions beside their sources): the same code, about a third
faster. The Python sources stay the source of truth and are shipped too. Nothing is compiled for
an editable install (``pip install -e .``: an edited module must take effect as it is), nor
when mypyc, a C compiler or Python's headers are missing, a compile fails, or DOCPARSE_PURE=1
is set: the build is then pure Python, says why, and works the same. A compiled build records
each module's source hash (docparse/repair/compiled.json; docparse.repair.compiled reads it).
"""

import hashlib
import json
import os
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_ext import build_ext as _build_ext
from setuptools.command.build_py import build_py as _build_py

DATA_PACKAGE = "docparse.model_data"
MODEL_FILES = ["*.json", "*.marisa", "*.tsv", "*.txt"]
HERE = Path(__file__).resolve().parent
# The modules repair runs per token (and the lexicon and model lookups they call). They must
# pass mypy's checks: a compiled module enforces its annotations at run time.
COMPILED = sorted(
    str(p.relative_to(HERE)) for p in (HERE / "docparse" / "repair").glob("*.py")
    if p.name not in ("__init__.py", "compiled.py")
) + ["docparse/sv/chars.py", "docparse/sv/confusions.py", "docparse/sv/deletions.py",
     "docparse/sv/lexicon.py", "docparse/sv/lm.py"]
MANIFEST = "docparse/repair/compiled.json"


class build_py(_build_py):
    def run(self):
        # An earlier build's extensions must not outlive it in the build tree (a pure build
        # after a compiled one would ship them): build_ext makes them anew.
        for stale in Path(self.build_lib, "docparse").rglob("*"):
            if stale.suffix in (".so", ".pyd") or stale.name == "compiled.json":
                stale.unlink()
        for stale in Path(self.build_lib).glob("*__mypyc*"):
            stale.unlink()
        super().run()

    def find_package_modules(self, package, package_dir):
        modules = super().find_package_modules(package, package_dir)
        if package == DATA_PACKAGE:  # only __init__.py: the builders need corpora and spaCy
            modules = [m for m in modules if m[1] == "__init__"]
        return modules


def _pure(reason: str) -> list:
    print(f"docparse: building pure Python (no compiled repair): {reason}", file=sys.stderr)
    return []


def _compiled_extensions() -> list:
    """mypyc's extensions for COMPILED, or [] for a pure build (the reason printed)."""
    if "bdist_wheel" not in sys.argv:
        return []  # editable installs, sdists, metadata: the sources as they are
    if os.environ.get("DOCPARSE_PURE") == "1":
        return _pure("DOCPARSE_PURE=1")
    try:
        from mypyc.build import mypycify
    except ImportError:
        return _pure("mypyc is not installed (pip install mypy)")
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]  # (CC: what the compile uses)
    if shutil.which(cc) is None:
        return _pure(f"no C compiler ({cc})")
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return _pure("Python's C headers are missing (Debian: python3-dev)")
    try:
        return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *COMPILED], opt_level="3",
                        group_name="docparse_repair")
    except (Exception, SystemExit) as err:  # mypy's type errors end in SystemExit
        return _pure(f"mypyc failed ({err})")


class build_ext(_build_ext):
    """Compiles the extensions into the wheel's build tree only (never beside the sources of a
    checkout), all or none: a failed compile leaves a pure build."""

    def run(self):
        if not self.extensions:
            return
        if self.inplace or getattr(self, "editable_mode", False):
            print("docparse: editable install: repair stays pure Python", file=sys.stderr)
            return
        try:
            super().run()
        except Exception as err:  # (CompileError, LinkError, ...): the sources run as they are
            for out in self.get_outputs():
                Path(out).unlink(missing_ok=True)
            _pure(f"the C compile failed: {str(err)[:200]}")
            return
        hashes = {p[:-3].replace("/", "."): hashlib.sha256((HERE / p).read_bytes()).hexdigest() for p in COMPILED}
        manifest = Path(self.build_lib) / MANIFEST
        manifest.write_text(json.dumps({"compiler": "mypyc", "modules": hashes}, indent=1) + "\n", encoding="utf-8")


setup(
    packages=find_packages(include=["docparse", "docparse.*"]) + [DATA_PACKAGE],
    package_dir={DATA_PACKAGE: "models"},
    package_data={DATA_PACKAGE: MODEL_FILES},
    ext_modules=_compiled_extensions(),
    cmdclass={"build_py": build_py, "build_ext": build_ext},
)
