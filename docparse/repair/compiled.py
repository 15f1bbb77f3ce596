"""Which build of repair's hot path runs: compiled by mypyc (a wheel built where a C compiler
is; setup.py) or the pure Python sources (an editable checkout, or no compiler at build time).

A compiled build ships docparse/repair/compiled.json: each compiled module's source hash, so a
compiled module can be checked against the source beside it (``stale``).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
from pathlib import Path

MANIFEST = Path(__file__).with_name("compiled.json")


def manifest() -> dict[str, str]:
    """Compiled module -> the sha256 of the source it was compiled from ({}: a pure build)."""
    try:
        return json.loads(MANIFEST.read_text(encoding="utf-8"))["modules"]
    except FileNotFoundError:
        return {}


def _origin(module: str) -> str:
    spec = importlib.util.find_spec(module)
    return spec.origin if spec is not None and spec.origin else ""


def compiled_modules() -> list[str]:
    """The modules of docparse.repair and docparse.sv that import from a C extension."""
    root = Path(__file__).resolve().parents[1]
    names = [f"docparse.{p.parent.name}.{p.stem}" for sub in ("repair", "sv") for p in sorted((root / sub).glob("*.py"))
             if p.stem != "__init__"]
    return [m for m in names if _origin(m).endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))]


def build() -> str:
    """"compiled (mypyc, N modules)" or "pure Python": what repair runs here."""
    n = len(compiled_modules())
    return f"compiled (mypyc, {n} modules)" if n else "pure Python"


def stale() -> list[str]:
    """Compiled modules whose source beside them is not the source they were compiled from
    (or that no manifest lists): they would run other code than the source says."""
    recorded = manifest()
    out = []
    for module in compiled_modules():
        source = Path(_origin(module)).parent / (module.rpartition(".")[2] + ".py")
        digest = hashlib.sha256(source.read_bytes()).hexdigest() if source.exists() else None
        if digest is None or recorded.get(module) != digest:
            out.append(module)
    return out
