"""OCR repair stage: restore å/ä/ö and undo OCR confusions, logging every edit.

PLACEHOLDER until the repair issue lands: returns the text unchanged.
"""

from __future__ import annotations

from docparse.document import Edit, OffsetMap, RepairResult


def repair(text: str, *, confidences: list[tuple[int, int, float]] | None = None) -> RepairResult:
    """Repair OCR damage in ``text``.

    ``confidences``: optional (start, end, conf 0..100) of OCR words in ``text``.
    Returns the repaired text, the edits and a map from repaired to original offsets.
    """
    return RepairResult(text=text, edits=[], offsets=OffsetMap.identity(len(text)))


def undo(repaired: str, edits: list[Edit]) -> str:
    """The text before repair, rebuilt from the repaired text and its edit log."""
    out = repaired
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        out = out[: e.start] + e.original + out[e.end :]
    return out
