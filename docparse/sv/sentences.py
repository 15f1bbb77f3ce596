"""Swedish sentence boundaries, found in a bounded window around a span.

A sentence ends at ".", "!" or "?" before white space and a capital letter, a digit or a
quotation mark, unless the word ending in "." is an abbreviation ("bl.a.", "t.ex.", "kl.": the
list comes from spaCy's Swedish tokenizer exceptions, models/build_abbreviations.py); a
paragraph break ends a sentence whatever its punctuation.
"""

from __future__ import annotations

import re
from pathlib import Path

WINDOW = 200  # characters each side of a span: enough for the sentence holding it
_END = re.compile(r"[.!?]+[\"”')\]]*(?=\s+[\"”“(]?[A-ZÅÄÖÉ0-9])")
_LAST_WORD = re.compile(r"(?:^|\s)(\S+)$")


def read_abbreviations(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def _ends_sentence(text: str, m: re.Match, abbreviations: frozenset[str]) -> bool:
    if m.group(0).startswith("."):
        word = _LAST_WORD.search(text, max(0, m.start() - 12), m.start() + 1)
        if word and word.group(1).lower() in abbreviations:
            return False
    return True


def sentence_around(text: str, start: int, end: int, abbreviations: frozenset[str]) -> tuple[int, int]:
    """Offsets of the sentence that holds text[start:end]; ``abbreviations`` (the model store's)
    do not end sentences."""
    lo = max(0, start - WINDOW)
    hi = min(len(text), end + WINDOW)
    para = text.rfind("\n\n", lo, start)
    if para >= 0:
        lo = para + 2
    para = text.find("\n\n", end, hi)
    if para >= 0:
        hi = para
    s = lo
    # (up to the span's first character: a sentence the span opens, "... kvällstid. Under 2038 ...",
    # ends the one before it only where the lookahead sees that capital)
    for m in _END.finditer(text, lo, min(len(text), start + 1)):
        if m.end() <= start and _ends_sentence(text, m, abbreviations):
            s = m.end()
    e = hi
    for m in _END.finditer(text, end, hi):
        if _ends_sentence(text, m, abbreviations):
            e = m.end()
            break
    while s < e and text[s].isspace():
        s += 1
    return s, max(e, end)
