"""The build of repair's hot path: compiled modules only in a wheel, each matching its source.

A compiled module (setup.py: mypyc, when a wheel is built) shadows the source beside it; an
edited source must never run as an old binary. scripts/test_wheel.sh checks a compiled wheel
against the pure sources output for output; here, the checkout and the stale-binary check.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
from pathlib import Path

from docparse.repair import compiled

PACKAGE = Path(compiled.__file__).resolve().parents[1]


def test_no_compiled_module_here_runs_other_code_than_its_source():
    assert compiled.stale() == []
    if not compiled.manifest():  # a checkout (an editable install): its sources run as they are
        binaries = [p for p in PACKAGE.rglob("*") if p.name.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))]
        assert binaries == [] and compiled.compiled_modules() == [] and compiled.build() == "pure Python"


def test_a_compiled_module_whose_source_changed_is_named(monkeypatch):
    words = PACKAGE / "repair" / "words.py"
    digest = hashlib.sha256(words.read_bytes()).hexdigest()
    monkeypatch.setattr(compiled, "compiled_modules", lambda: ["docparse.repair.words", "docparse.sv.lm"])
    monkeypatch.setattr(compiled, "manifest", lambda: {"docparse.repair.words": digest, "docparse.sv.lm": "0" * 64})
    assert compiled.stale() == ["docparse.sv.lm"]  # compiled from another lm.py than the one here
    monkeypatch.setattr(compiled, "manifest", lambda: {"docparse.sv.lm": "0" * 64})
    assert compiled.stale() == ["docparse.repair.words", "docparse.sv.lm"]  # words: listed nowhere

