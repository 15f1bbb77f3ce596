"""Items of a multi-matter document (protocol §§, agenda ärenden) as record values.

Runs before ``dnr`` and ``decision_points``: with two or more items the document has no
own diarienummer or decision points of its own; each item carries its own.
"""

from __future__ import annotations


def extract_items(ctx) -> list[dict]:
    """Each item: number as printed, title, own dnr, its decision points, and spans."""
    out = []
    for item in ctx.structure.items:
        out.append({
            "number": item.number,
            "title": item.title,
            "dnr": item.dnr,
            "decision_points": [dict(p) for p in item.decision_points],
            "span": list(item.span),
        })
    return out


def is_multi_matter(ctx) -> bool:
    """Whether the items extractor found several matters in the document."""
    return len(ctx.fields.get("items") or []) >= 2
