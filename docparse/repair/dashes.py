"""The dash as Tesseract reads it. Its models print the en dash of Swedish typography ("1 juli
2024 – 31 december 2027", "Föreningen X – 40 000 kr") as an em dash "—", often with a hyphen
beside it ("12 —- 14"): patterns that know the en dash and the hyphen miss the line. On a scanned
page the em dash is put back as the en dash it stood for (the em dash is rare in Swedish print);
text that came as text keeps its dashes."""

from __future__ import annotations

import bisect
import re

_READ_DASH = re.compile(r"—[-—]?|-—")
REASON = "dash read as an em dash (OCR)"


def ocr_dashes(text: str, confidences: list[tuple[int, int, float]] | None) -> list[tuple[int, int]]:
    """(start, end) of every dash read as an em dash inside an OCR'd word of ``text``."""
    if not confidences or "—" not in text:
        return []
    words = sorted((s, e) for s, e, _c in confidences)
    starts = [s for s, _e in words]
    out = []
    for m in _READ_DASH.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1  # the OCR word starting at or before it
        if k >= 0 and m.end() <= words[k][1]:
            out.append((m.start(), m.end()))
    return out
