"""The dash as Tesseract reads it. Its models print the en dash of Swedish typography ("1 juli
2024 – 31 december 2027", "Föreningen X – 40 000 kr") as an em dash "—", often with a hyphen
beside it ("12 —- 14"): patterns that know the en dash and the hyphen miss the line. On a scanned
page the em dash is put back as the en dash it stood for (the em dash is rare in Swedish print);
text that came as text keeps its dashes."""

from __future__ import annotations

import re

from docparse.repair.ocr_words import OcrWords

_READ_DASH = re.compile(r"—[-—]?|-—")
REASON = "dash read as an em dash (OCR)"


def ocr_dashes(text: str, words: OcrWords | None) -> list[tuple[int, int]]:
    """(start, end) of every dash read as an em dash inside an OCR'd word of ``text``."""
    if words is None or "—" not in text:
        return []
    out = []
    for m in _READ_DASH.finditer(text):
        if words.holds(m.start(), m.end()):
            out.append((m.start(), m.end()))
    return out
