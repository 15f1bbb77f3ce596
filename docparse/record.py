"""Assemble the JSON record of one document, giving every span its page (and box, for OCR)."""

from __future__ import annotations

import bisect
import re

from docparse import SCHEMA_VERSION, __version__
from docparse.document import PAGE_BREAK, SourceDocument
from docparse.extract.personal_data import WARNING as PERSONAL_DATA_WARNING

class _Locator:
    """Finds a final-text span's page, and its box on an OCR'd page."""

    def __init__(self, text: str, source: SourceDocument, to_raw):
        self.breaks = [m.start() for m in re.finditer(PAGE_BREAK, text)]
        self.source = source
        self.to_raw = to_raw
        self.page_starts = []
        pos = 0
        for page in source.pages:
            self.page_starts.append(pos)
            pos += len(page.text) + 1

    def page_of(self, pos: int) -> int:
        return bisect.bisect_right(self.breaks, pos - 1) + 1 if self.breaks else 1

    def box(self, start: int, end: int, page_no: int):
        if page_no > len(self.source.pages):
            return None
        page = self.source.pages[page_no - 1]
        if not page.words:
            return None
        base = self.page_starts[page_no - 1]
        rs, re_ = self.to_raw(start) - base, self.to_raw(end) - base
        hits = [w.box for w in page.words if w.end > rs and w.start < re_]
        if not hits:
            return None
        left = min(b[0] for b in hits)
        top = min(b[1] for b in hits)
        right = max(b[0] + b[2] for b in hits)
        bottom = max(b[1] + b[3] for b in hits)
        return [left, top, right - left, bottom - top]

    def span(self, pair) -> dict | None:
        if pair is None:
            return None
        start, end = pair
        page = self.page_of(start)
        out = {"start": start, "end": end, "page": page}
        box = self.box(start, end, page)
        if box is not None:
            out["box"] = box
        return out


def _page_table(text: str, source: SourceDocument) -> list[dict]:
    pages = []
    pos = 0
    parts = text.split(PAGE_BREAK)
    for i, part in enumerate(parts):
        src = source.pages[i] if i < len(source.pages) else None
        pages.append(
            {
                "number": i + 1,
                "method": src.method if src else "text",
                "start": pos,
                "end": pos + len(part),
                "warnings": list(src.warnings) if src else [],
            }
        )
        pos += len(part) + 1
    return pages


def build_record(source: SourceDocument, cleaned, repaired, fields: dict) -> dict:
    text = repaired.text

    def to_raw(pos: int) -> int:
        return cleaned.offsets.to_source(repaired.offsets.to_source(pos))

    loc = _Locator(text, source, to_raw)

    def with_spans(items: list[dict]) -> list[dict]:
        out = []
        for item in items:
            item = dict(item)
            item["span"] = loc.span(item.get("span"))
            out.append(item)
        return out

    def items_with_spans(items: list[dict]) -> list[dict]:
        """Items, their span and their decision points' spans located like other fields."""
        out = with_spans(items)
        for item in out:
            item["decision_points"] = with_spans(item.get("decision_points") or [])
        return out

    document = dict(fields["document"])
    doc_spans = document.pop("spans", {})
    document["spans"] = {k: loc.span(v) for k, v in doc_spans.items() if v is not None}

    warnings = list(source.warnings)
    for page in source.pages:
        warnings.extend(f"page {page.number}: {w}" for w in page.warnings)
    personal_data = with_spans(fields.get("personal_data") or [])
    if personal_data:
        warnings.append(PERSONAL_DATA_WARNING)
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "path": source.path,
            "sha256": source.sha256,
            "input_kind": source.input_kind,
            "pages": len(source.pages),
            # A ZIP member's or an e-mail attachment's container; an e-mail's attachments.
            **({"parent": source.parent} if source.parent else {}),
            **({"attachments": list(source.attachments)} if source.attachments else {}),
        },
        "pipeline": {"version": __version__},
        "document": document,
        "dnr_references": with_spans(fields["dnr"]),
        "dates": with_spans(fields["dates"]),
        "org_numbers": with_spans(fields["org_numbers"]),
        "parties": with_spans(fields["parties"]),
        "periods": with_spans(fields["periods"]),
        "amounts": with_spans(fields["amounts"]),
        "decision_points": with_spans(fields["decision_points"]),
        "people": with_spans(fields["people"]),
        "items": items_with_spans(fields.get("items") or []),
        # Personal identity numbers (kind, valid, confidence, span); never their digits.
        "personal_data": personal_data,
        "pages": _page_table(text, source),
        "furniture": [
            {"kind": kind, "span": loc.span((s, e))} for s, e, kind in cleaned.masked_spans(repaired.offsets)
        ],
        "repairs": [
            {
                "original": e.original,
                "replacement": e.replacement,
                "span": loc.span((e.start, e.end)),
                "original_span": [e.orig_start, e.orig_end],
                "score": round(float(e.score), 4),
                "reason": e.reason,
            }
            for e in repaired.edits
        ],
        "text": text,
        # The text before repair, so any edit can be checked or undone (null: nothing repaired).
        "original_text": cleaned.text if repaired.edits else None,
        "warnings": warnings,
    }
