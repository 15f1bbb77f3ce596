"""A dot leader as Tesseract reads it. The dotted line a signature's label stands on ("Ordförande
........") comes out with letters among the dots and after them ("........e.s.e.s.s.sss rss  RR RR
Rs"): the readers of signature blocks, which know a label before dots, take the line for text. On a
scanned page the run is put back as the dots it was; text that came as text keeps its characters."""

from __future__ import annotations

import bisect
import re

# Four dots or more, then dots and the letters a dot's speck is read as, then such letters alone
# to the line's end (a leader's tail read as "rr", "RR", "Rs").
_READ_LEADER = re.compile(r"\.{4,}[.sSeErR]*[.sSeErR](?:[ \t]+[sSeErR]{1,3})*(?=[ \t]*(?:\n|$))", re.M)
REASON = "dot leader read with letters (OCR)"


def ocr_leaders(text: str, confidences: list[tuple[int, int, float]] | None) -> list[tuple[int, int, str]]:
    """(start, end, dots) of every dot leader read with letters among or after its dots, opening
    inside an OCR'd word of ``text``."""
    if not confidences or "...." not in text:
        return []
    words = sorted((s, e) for s, e, _c in confidences)
    starts = [s for s, _e in words]
    out = []
    for m in _READ_LEADER.finditer(text.replace("\f", "\n")):  # (same offsets)
        run = m.group()
        if not any(c.isalpha() for c in run):
            continue
        k = bisect.bisect_right(starts, m.start()) - 1  # the OCR word starting at or before it
        if k >= 0 and m.start() < words[k][1]:
            out.append((m.start(), m.end(), "." * run.count(".")))
    return out
