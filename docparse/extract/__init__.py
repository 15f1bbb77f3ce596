"""Extractors: one module per field, registered here in the order they run.

Each extractor is ``extract_<field>(ctx) -> list[dict]`` (``document`` returns a dict).
Values carry ``span``: [start, end] character offsets into the record's text.
An extractor may read the results of the ones registered before it from ``ctx.fields``.
"""

from __future__ import annotations

from docparse.extract.context import Context

# field name -> "module:function"; later extractors may use earlier fields.
# items first: with several matters, dnr (own) and decision_points defer to them.
REGISTRY: list[tuple[str, str]] = [
    ("items", "docparse.extract.items:extract_items"),
    ("dnr", "docparse.extract.dnr:extract_dnr"),
    ("dates", "docparse.extract.dates:extract_dates"),
    ("org_numbers", "docparse.extract.orgnr:extract_org_numbers"),
    ("amounts", "docparse.extract.amounts:extract_amounts"),
    ("periods", "docparse.extract.periods:extract_periods"),
    ("decision_points", "docparse.extract.decisions:extract_decision_points"),
    ("people", "docparse.extract.people:extract_people"),
    ("parties", "docparse.extract.parties:extract_parties"),
    ("document", "docparse.extract.document:extract_document"),
]


def _load(target: str):
    import importlib

    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def extract(text: str, *, masked: list[tuple[int, int, str]] | None = None) -> dict:
    """Run every registered extractor over ``text``; returns {field: value}."""
    from docparse.structure import analyse

    ctx = Context(text, masked or [])
    ctx.structure = analyse(text, ctx.body, ctx.lines, ctx.masked)
    for name, target in REGISTRY:
        ctx.fields[name] = _load(target)(ctx)
    return ctx.fields
