"""Shared Swedish patterns: month names, dates, numbers."""

from __future__ import annotations

import re
import unicodedata

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
YEAR = r"(?:19|20)\d{2}"

# One date expression, in the forms Swedish documents use. Named groups tell which parts are there.
DATE = (
    rf"(?:(?P<iy>{YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)"  # 2021-03-09
    rf"|(?:den\s+)?(?P<d>[0-3]?\d)(?:\s*:?\s*(?:e|a))?\s+(?P<m>{MONTH_ALT})\.?\s+(?P<y>{YEAR})"  # 1 januari 2022
    rf"|(?P<m2>{MONTH_ALT})\s+(?P<y2>{YEAR})"  # december 2018
    rf"|(?P<nd>[0-3]?\d)/(?P<nm>1[0-2]|0?[1-9])\s+(?P<ny>{YEAR})"  # 16/4 2019
    rf")"
)
DATE_RE = re.compile(rf"(?<![\w-]){DATE}(?![\w-])", re.I)


def date_value(m: re.Match) -> str | None:
    """ISO value of a DATE match (YYYY-MM-DD, or YYYY-MM when the text gives no day)."""
    g = m.group
    try:
        if g("iy"):
            y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
        elif g("y"):
            y, mo, d = int(g("y")), MONTHS[g("m").lower()], int(g("d"))
        elif g("y2"):
            return f"{int(g('y2')):04d}-{MONTHS[g('m2').lower()]:02d}"
        elif g("ny"):
            y, mo, d = int(g("ny")), int(g("nm")), int(g("nd"))
        else:
            return None
    except (KeyError, TypeError, ValueError):
        return None
    import datetime

    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None


def fold(text: str) -> str:
    """Lower case without diacritics and with collapsed space, for tolerant comparisons."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


def squash(text: str) -> str:
    """Collapse runs of white space (line breaks included) to single spaces."""
    return " ".join(text.split())


# "<Town>s stad", "<Town> kommun" (also genitive: "kommuns", "stads"), "Region <Name> [<Name>]".
MUNICIPALITY_RE = re.compile(
    r"(?<![\wåäö])(?:(?P<town>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s+(?P<kind>kommun|stad)(?:s|en)?"
    r"|Region\s+(?P<region>[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?))(?![a-zåäö])"
)


_CELL = re.compile(r"\S(?:.*?\S)?(?=\t|\s{2,}|\s*$)")


def split_cells(line: str) -> list[tuple[int, str]]:
    """Columns of a line, split on tabs or runs of two or more spaces: (offset, text)."""
    return [(m.start(), m.group(0)) for m in _CELL.finditer(line)]


_ROW_LABEL = re.compile(
    r"^(?:datum|sammanträdesdatum|beslutsdatum|dnr|diarienummer|diarienr|vår\s+beteckning|er\s+beteckning|"
    r"beteckning|ärendenummer|handläggare|vår\s+referens|er\s+referens|sida|ert\s+datum)\.?:?$",
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


# Debris an OCR engine makes of heading marks and logos before a line's first word:
# "44 Rubrik ...", "HH Föreningen X", "++ Underskrifter", "titt Exempels kommun".
_LEADING_DEBRIS = re.compile(r"^(?:(?:[^\w\s]+|\d{1,2}|([A-Z])\1{1,2}|[a-zåäö]{1,4}(?=\s+[A-ZÅÄÖ]))\s+)+(?=[A-ZÅÄÖÉ])")


def strip_leading_debris(line: str) -> str:
    """The line without heading-mark debris before its first capitalised word."""
    return _LEADING_DEBRIS.sub("", line)
