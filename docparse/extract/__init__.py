"""Extractors: one module per field, registered here in the order they run.

Each extractor is ``extract_<field>(ctx) -> list[dict]`` (``document`` returns a dict). Values
carry ``span``: [start, end] character offsets into the record's text. Every extractor reads the
structure stage's findings (``ctx.structure``); one that reads another's results declares them
in ``requires`` and may only read those, from ``ctx.fields``. The order is checked at import:
an extractor placed before what it needs is an error, not an empty result.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from docparse.document import PAGE_BREAK
from docparse.extract.context import Context

@dataclass(frozen=True)
class Extractor:
    assigns: str  # the record field it fills
    target: str  # "module:function"
    requires: tuple[str, ...] = ()  # fields of extractors that must run before it


# items first: with several matters, dnr (own) and decision_points defer to them.
REGISTRY: list[Extractor] = [
    Extractor("items", "docparse.extract.items:extract_items"),
    Extractor("dnr", "docparse.extract.dnr:extract_dnr", requires=("items",)),
    Extractor("dates", "docparse.extract.dates:extract_dates"),
    Extractor("org_numbers", "docparse.extract.orgnr:extract_org_numbers"),
    Extractor("amounts", "docparse.extract.amounts:extract_amounts"),
    Extractor("periods", "docparse.extract.periods:extract_periods", requires=("dates",)),
    Extractor("decision_points", "docparse.extract.decisions:extract_decision_points", requires=("items",)),
    Extractor("people", "docparse.extract.people:extract_people"),
    Extractor("parties", "docparse.extract.parties:extract_parties", requires=("org_numbers", "people")),
    Extractor("personal_data", "docparse.extract.personal_data:extract_personal_data"),
    Extractor("document", "docparse.extract.document:extract_document",
              requires=("dnr", "decision_points", "people", "parties")),
]


class RegistryError(Exception):
    """The registry of extractors is inconsistent (a bug in docparse, found at import)."""


class UndeclaredFieldError(Exception):
    """An extractor read a field it did not declare in ``requires`` (not a KeyError, so that
    ``ctx.fields.get`` cannot turn the mistake into a silent None)."""


def check_registry(registry: list[Extractor]) -> None:
    """Each field assigned once, and every required field assigned by an earlier extractor."""
    assigned: set[str] = set()
    for ex in registry:
        if ex.assigns in assigned:
            raise RegistryError(f"{ex.target}: field {ex.assigns!r} is assigned twice")
        missing = [name for name in ex.requires if name not in assigned]
        if missing:
            raise RegistryError(f"{ex.target} requires {', '.join(missing)}, which no extractor before it assigns")
        assigned.add(ex.assigns)


check_registry(REGISTRY)


class _Declared(Mapping):
    """The fields an extractor may read: those it requires; any other is an error."""

    def __init__(self, fields: dict, allowed: tuple[str, ...], reader: str):
        self._fields, self._allowed, self._reader = fields, allowed, reader

    def __getitem__(self, name: str):
        if name not in self._allowed:
            raise UndeclaredFieldError(f"{self._reader} reads {name!r} without requiring it")
        return self._fields[name]

    def __iter__(self) -> Iterator[str]:
        return (name for name in self._allowed if name in self._fields)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _load(target: str):
    import importlib

    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def extract(text: str, *, masked: list[tuple[int, int, str]] | None = None, models=None) -> dict:
    """Run the structure stage, then every registered extractor, over ``text``; returns {field: value}.
    ``models``: the ModelStore to read model files from (default: the configured folder's)."""
    from docparse.structure import analyse

    # A page break ends a line for every pattern: "^" and "$" under re.M know only "\n", and OCR'd
    # and PDF pages are joined by a bare form feed, so a page's first and last lines were missed.
    # The same length, so every span still indexes the record's text (which keeps its breaks).
    text = text.replace(PAGE_BREAK, "\n")
    ctx = Context(text, masked or [], models)
    ctx.structure = analyse(text, ctx.body, ctx.lines, ctx.masked)
    fields: dict = {}
    for ex in REGISTRY:
        ctx.fields = _Declared(fields, ex.requires, ex.target)
        fields[ex.assigns] = _load(ex.target)(ctx)
    ctx.fields = fields
    return fields
