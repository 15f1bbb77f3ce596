"""Abbreviations that open a reference in parentheses: "(dir. 1990:25)", "(prot. 2021/22:94)",
"(prop. 2015/16:54)". The word before the number is a document series' short name, never a
misread word: the word model would read "dir" as "där" and "prot" as "prof". Such a token is
kept as read and protected from the later passes."""

from __future__ import annotations

import bisect
import re

# "(" a short word, its full stop, a number: found by the literal "(" first, so cheap.
REFERENCE = re.compile(r"\(([^\W\d_]{2,5})\. ?\d")


def reference_abbreviations(text: str, tokens) -> None:
    """Hook of the engine, after the word pass: keep such tokens as read."""
    if "(" not in text:
        return
    starts = None
    for m in REFERENCE.finditer(text):
        if starts is None:
            starts = [t.start for t in tokens]
        i = bisect.bisect_left(starts, m.start(1))
        if i < len(tokens) and tokens[i].start == m.start(1) and tokens[i].end == m.end(1):
            tokens[i].choice = None
            tokens[i].protected = True
