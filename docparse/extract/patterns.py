"""Patterns the extractors share: folding, cells, label rows, heading debris.

Dates and municipality names live in the shared layer (docparse.sv); they are re-exported
here for the extractors that import them from this module."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from docparse.sv.bodies import MUNICIPALITY_RE
from docparse.sv.dates import DATE, DATE_RE, MONTH_ALT, MONTHS, YEAR, date_value
from docparse.sv.debris import strip_leading_debris
from docparse.sv.sections import tolerant
from docparse.sv.text import fold, squash

__all__ = ["DATE", "DATE_RE", "MONTH_ALT", "MONTHS", "MUNICIPALITY_RE", "YEAR", "date_value", "fold", "label_row_values",
           "split_cells", "squash", "strip_leading_debris"]


_CELL = re.compile(r"\S(?:.*?\S)?(?=\t|\s{2,}|\s*$)")
# The same cells read without a lazy scan that tries the gap's test at every character: words
# joined by single blanks other than a tab.
_CELL_RUN = re.compile(r"\S+(?:(?!\t)\s\S+)*")


_LINE_BREAKS: list = [None, []]  # (the text, the offsets of its line breaks): one text's, listed once


def next_line_break(body: str, pos: int) -> int:
    """``body.find("\n", pos)``, found by bisection in the text's line breaks, listed once per text:
    a flattened text's one long line was scanned to its end at each number on it (numbers x text)."""
    if _LINE_BREAKS[0] is not body:
        _LINE_BREAKS[0], _LINE_BREAKS[1] = body, [m.start() for m in _NEWLINE.finditer(body)]
    breaks = _LINE_BREAKS[1]
    i = bisect.bisect_left(breaks, pos)
    return breaks[i] if i < len(breaks) else -1


_NEWLINE = re.compile("\n")


def lines_above(body: str, end: int, count: int, max_chars: int) -> Iterator[str]:
    """Up to ``count`` lines above the line break at ``end``, nearest first: a table row's heading
    is looked for so. Stops at the text's start or at a line longer than ``max_chars`` (bounded:
    a flattened text's long line is no table's row)."""
    for _ in range(count):
        if end <= 0:
            return
        start = body.rfind("\n", max(0, end - max_chars), end) + 1
        if start == 0 and end > max_chars:
            return
        yield body[start:end]
        end = start - 1


def split_cells(line: str) -> list[tuple[int, str]]:
    """Columns of a line, split on tabs or runs of two or more spaces: (offset, text). A cell of
    one character runs on over the gap into the next cell ("8  Budget"), as _CELL reads it."""
    return list(_split_cells(line))


@lru_cache(maxsize=8192)  # a line is split again as the line above or below its neighbours
def _split_cells(line: str) -> tuple[tuple[int, str], ...]:
    if "\n" in line:  # (_CELL does not read across a line break: text before a lone one is no cell)
        return tuple((m.start(), m.group(0)) for m in _CELL.finditer(line))
    out = []
    single = -1  # where a one-character cell waits for the next
    for m in _CELL_RUN.finditer(line):
        s, e = m.span()
        if single >= 0:
            out.append((single, line[single:e]))
            single = -1
        elif e - s == 1:
            single = s
        else:
            out.append((s, m.group()))
    if single >= 0:
        out.append((single, line[single]))
    return tuple(out)


# (Tolerant of a lost å/ä/ö, "Var beteckning": repair may leave a real word as OCR read it.)
_ROW_LABEL = re.compile(tolerant(
    r"^(?:datum|sammanträdesdatum|beslutsdatum|dnr|diarienummer|diarienr|vår\s+beteckning|er\s+beteckning|"
    r"beteckning|ärendenummer|handläggare|vår\s+referens|er\s+referens|sida|ert\s+datum|"
    r"telefon|e-post|kontaktperson|föredragande)\.?:?$"),
    re.I,
)

# A line that may open a label row, found by one scan of the text (not a walk over every line).
# A letter's head may open the row with its kind or sender in a cell of its own ("Yttrande    Datum    Vår beteckning").
_ROW_LABEL_START = re.compile(tolerant(r"^[^\S\n]*(?:[^\s\d]+(?:[ ][^\s\d]+)?(?:\t|[ ]{2,})[^\S\n]*)?(?:datum|sammanträdesdatum|beslutsdatum|dnr|diarie|vår|er\b|ert|beteckning|ärende|handläggare|sida)"),
                              re.I | re.M)
_DIGIT = re.compile(r"\d")


def label_row_values(text: str):
    """(label, value, value_start) from header rows of labels ("Datum  Vår beteckning") whose
    values stand in the same columns on the next non-blank line."""
    for m in _ROW_LABEL_START.finditer(text):
        start = m.start()
        end = text.find("\n", start)
        if end < 0 or end - start > 120:
            continue  # the last line has no values below it
        line = text[start:end]
        if _DIGIT.search(line):
            continue
        labels = split_cells(line)
        lead = len(labels) >= 2 and not _ROW_LABEL.match(labels[0][1])
        if lead:
            labels = labels[1:]  # the head's kind or sender: no label, its value (if any) not read
        if not labels or not all(_ROW_LABEL.match(lab) for _, lab in labels):
            continue
        below, below_end = end + 1, text.find("\n", end + 1)  # the next non-blank line
        while below_end >= 0 and not text[below:below_end].strip():
            below, below_end = below_end + 1, text.find("\n", below_end + 1)
        below_line = text[below:] if below_end < 0 else text[below:below_end]
        if not below_line.strip():
            continue
        values = split_cells(below_line)
        if lead and len(values) == len(labels) + 1:
            values = values[1:]  # the lead cell's own line below it ("Kommunstyrelsen")
        if len(values) != len(labels):
            continue
        if lead and any(abs(off - l_off) > 4 for (l_off, _), (off, _) in zip(labels, values)):
            continue  # with a lead cell, only values standing in their labels' columns
        for (_, label), (off, value) in zip(labels, values):
            yield label, value, below + off
