"""A list's bullet as Tesseract reads it. Its models have no "•" to speak of: a bulleted line comes
out "« Föreningen ...", "» Nämnden ...", "»« Beslutet ..." (by typeface and damage), and the readers of
decision points and lists, which know the bullet, take the mark for the line's first word. On a scanned
page a line opened by such marks alone before a word is put back as the bullet it was; text that came
as text keeps its characters."""

from __future__ import annotations

import bisect
import re

# One or two of the marks at a line's start, a space, then a word (letters).
_READ_BULLET = re.compile(r"^[ \t]*([«»°©®¤•]{1,2})(?=[ \t]+[^\W\d_])", re.M)
REASON = "bullet read as a mark (OCR)"


def ocr_bullets(text: str, confidences: list[tuple[int, int, float]] | None) -> list[tuple[int, int]]:
    """(start, end) of every bullet read as marks opening a line of OCR'd words in ``text``."""
    if not confidences or not any(mark in text for mark in "«»°©®¤"):
        return []
    words = sorted((s, e) for s, e, _c in confidences)
    starts = [s for s, _e in words]
    out = []
    for m in _READ_BULLET.finditer(text.replace("\f", "\n")):  # (a page break starts a line too; same offsets)
        k = bisect.bisect_right(starts, m.start(1)) - 1  # the OCR word starting at or before it
        if k >= 0 and m.end(1) <= words[k][1] and m.group(1) != "•":
            out.append((m.start(1), m.end(1)))
    return out
