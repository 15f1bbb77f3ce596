"""A list's bullet as Tesseract reads it. Its models have no "•" to speak of: a bulleted line comes
out "« Föreningen ...", "» Nämnden ...", "»« Beslutet ..." (by typeface and damage), and the readers of
decision points and lists, which know the bullet, take the mark for the line's first word. On a scanned
page a line opened by such marks alone before a word is put back as the bullet it was; text that came
as text keeps its characters."""

from __future__ import annotations

import re

from docparse.repair.ocr_words import OcrWords

# One or two of the marks at a line's start, a space, then a word (letters).
_READ_BULLET = re.compile(r"^[ \t]*([«»°©®¤•]{1,2})(?=[ \t]+[^\W\d_])", re.M)
REASON = "bullet read as a mark (OCR)"


def ocr_bullets(text: str, words: OcrWords | None) -> list[tuple[int, int]]:
    """(start, end) of every bullet read as marks opening a line of OCR'd words in ``text``."""
    if words is None or not any(mark in text for mark in "«»°©®¤"):
        return []
    out = []
    for m in _READ_BULLET.finditer(text.replace("\f", "\n")):  # (a page break starts a line too; same offsets)
        if m.group(1) != "•" and words.holds(m.start(1), m.end(1)):
            out.append((m.start(1), m.end(1)))
    return out
