"""Patterns the extractors share: folding, cells, label rows, heading debris.

Dates and municipality names live in the shared layer (docparse.sv); they are re-exported
here for the extractors that import them from this module."""

from __future__ import annotations

import re

from docparse.sv.bodies import MUNICIPALITY_RE
from docparse.sv.dates import DATE, DATE_RE, MONTH_ALT, MONTHS, YEAR, date_value
from docparse.sv.debris import strip_leading_debris
from docparse.sv.text import fold, squash

__all__ = ["DATE", "DATE_RE", "MONTH_ALT", "MONTHS", "MUNICIPALITY_RE", "YEAR", "date_value", "fold", "label_row_values",
           "split_cells", "squash", "strip_leading_debris"]


_CELL = re.compile(r"\S(?:.*?\S)?(?=\t|\s{2,}|\s*$)")


def split_cells(line: str) -> list[tuple[int, str]]:
    """Columns of a line, split on tabs or runs of two or more spaces: (offset, text)."""
    return [(m.start(), m.group(0)) for m in _CELL.finditer(line)]


_ROW_LABEL = re.compile(
    r"^(?:datum|sammanträdesdatum|beslutsdatum|dnr|diarienummer|diarienr|vår\s+beteckning|er\s+beteckning|"
    r"beteckning|ärendenummer|handläggare|vår\s+referens|er\s+referens|sida|ert\s+datum|"
    r"telefon|e-post|kontaktperson|föredragande)\.?:?$",
    re.I,
)

_ROW_LABEL_START = re.compile(r"\s*(?:datum|sammanträdesdatum|beslutsdatum|dnr|diarie|vår|er\b|ert|beteckning|ärende|handläggare|sida)", re.I)


def label_row_values(text: str):
    """(label, value, value_start) from header rows of labels ("Datum  Vår beteckning") whose
    values stand in the same columns on the next non-blank line."""
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines[:-1]):
        if len(line) > 120 or not _ROW_LABEL_START.match(line) or re.search(r"\d", line):
            continue
        labels = split_cells(line)
        if not labels or not all(_ROW_LABEL.match(lab) for _, lab in labels):
            continue
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines):
            continue
        values = split_cells(lines[j])
        if len(values) != len(labels):
            continue
        for (_, label), (off, value) in zip(labels, values):
            yield label, value, starts[j] + off

