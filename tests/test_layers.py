"""The stages import downward only: read -> clean -> repair -> structure -> extract -> record -> index.

A stage may import an earlier stage or the shared layer (docparse.sv, docparse.models,
docparse.document, docparse.errors), never a later stage; the shared layer imports no stage.
Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "docparse"
# index (the search index) is a delivery stage: it reads finished records and nothing imports it.
STAGES = ("read", "clean", "repair", "structure", "extract", "record", "index")
SHARED = ("sv", "models", "document", "errors")


def _layer(module: str) -> str | None:
    """The stage or shared part a dotted module name belongs to (None: above the stages)."""
    parts = module.split(".")
    if parts[0] != "docparse" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in STAGES + SHARED else None


def _imports(path: Path, module: str) -> set[str]:
    """Every docparse module ``path`` imports, absolute or relative, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)  # "from docparse import extract"
    return {name for name in found if name.startswith("docparse")}


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        yield path, ".".join(parts)


def _allowed(importer: str, imported: str) -> bool:
    if imported in SHARED:
        return True  # the shared parts may also use each other
    if importer in SHARED:
        return False  # the shared layer imports no stage
    return STAGES.index(imported) <= STAGES.index(importer)


def _violations() -> list[str]:
    out = []
    for path, module in _modules():
        importer = _layer(module)
        if importer is None:
            continue
        for name in sorted(_imports(path, module)):
            imported = _layer(name)
            if imported is not None and imported != importer and not _allowed(importer, imported):
                out.append(f"{module} imports {name}")
    return out


def test_stages_import_downward_only():
    assert _violations() == []


@pytest.mark.parametrize("module,imported,ok", [
    ("clean", "repair", False),
    ("repair", "clean", True),
    ("structure", "extract", False),
    ("extract", "structure", True),
    ("sv", "extract", False),
    ("read", "sv", True),
    ("models", "repair", False),
    ("record", "index", False),
    ("index", "sv", True),
])
def test_the_rule_itself(module, imported, ok):
    assert _allowed(module, imported) is ok


def test_imports_are_found_at_any_depth(tmp_path):
    src = tmp_path / "mod.py"
    src.write_text("def f():\n    from docparse.repair.model import load\n\nfrom . import patterns\n", encoding="utf-8")
    assert _imports(src, "docparse.extract.mod") == {
        "docparse.repair.model", "docparse.repair.model.load", "docparse.extract", "docparse.extract.patterns"}
