"""A dot leader as Tesseract reads it. The dotted line a signature's label stands on ("Ordförande
........") comes out with letters among the dots and after them ("........e.s.e.s.s.sss rss  RR RR
Rs"): the readers of signature blocks, which know a label before dots, take the line for text. On a
scanned page the run is put back as the dots it was; text that came as text keeps its characters."""

from __future__ import annotations

import re

from docparse.repair.ocr_words import OcrWords

# Four dots or more, then dots and the letters a dot's speck is read as, then such letters alone
# to the line's end (a leader's tail read as "rr", "RR", "Rs").
_READ_LEADER = re.compile(r"\.{4,}[.sSeErR]*[.sSeErR](?:[ \t]+[sSeErR]{1,3})*(?=[ \t]*(?:\n|$))", re.M)
REASON = "dot leader read with letters (OCR)"


def ocr_leaders(text: str, words: OcrWords | None) -> list[tuple[int, int, str]]:
    """(start, end, dots) of every dot leader read with letters among or after its dots, opening
    inside an OCR'd word of ``text``."""
    if words is None or "...." not in text:
        return []
    out = []
    for m in _READ_LEADER.finditer(text.replace("\f", "\n")):  # (same offsets)
        run = m.group()
        if not any(c.isalpha() for c in run):
            continue
        word = words.at(m.start())  # (the run opens inside it and may reach past its end)
        if word is not None and m.start() < word[1]:
            out.append((m.start(), m.end(), "." * run.count(".")))
    return out
