"""Sections of a document by their headings: proposal, decision, summary, background ...

A heading is a line of its own (numbered or not, with or without a colon) that reads as one of
the section names Swedish council documents use. Each section runs to the next heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Section kind -> heading pattern: the one list of heading words, in docparse/sv/sections.py.
from docparse.sv.dates import DATE_RE
from docparse.sv.dnr import LABEL_RE as DNR_LABEL_RE
from docparse.sv.sections import SECTION_HEADINGS

_HEADING_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in SECTION_HEADINGS)
    + r")[ \t]*:?[ \t]*$",
    re.I,
)


# A side heading: the section's word in a margin column, its text opening on the same line after a
# wide gap at the column its next lines keep ("Beslut              1. Bygglov beviljas ..." /
# "                    bygglagen."), as pdftotext -layout prints a protocol with headings in the margin.
_SIDE_HEADING_RE = re.compile(
    r"^[ \t]*(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in SECTION_HEADINGS)
    + r"):?(?:\t+[ \t]*|[ ]{3,})(?=\S)",  # (with its colon or not: "Beslut:        Nämnden beslutar")
    re.I,
)
_SIDE_LOOK = 2  # lines under a side heading's line in which its text's column goes on


def _side_heading(lines: list[tuple[int, int, str]], k: int) -> re.Match | None:
    """The line at ``k`` opens with a section's word in a margin and its text beside it, at the
    column the next line with text keeps (blank lines may stand between)."""
    if "\t" not in lines[k][2] and "   " not in lines[k][2]:
        return None  # (no margin's gap on the line: the pattern's many headings need not be tried)
    m = _SIDE_HEADING_RE.match(lines[k][2])
    if not m or not m.group(0).lstrip()[:1].isupper():
        return None  # (a margin's heading is capitalised: "beslut    ..." is prose)
    column = len(lines[k][2][:m.end()].expandtabs())
    for _s, _e, line in lines[k + 1:k + 1 + _SIDE_LOOK]:
        if line.strip():
            return m if len(line.expandtabs()) - len(line.expandtabs().lstrip()) == column else None
    return None


def is_section_heading(line: str) -> bool:
    """The line is a section's heading ("Sammanfattning", "2. Bakgrund:")."""
    return len(line) <= 120 and _HEADING_RE.match(line) is not None


@dataclass
class Section:
    kind: str  # one of SECTION_HEADINGS' kinds
    heading: str
    heading_span: tuple[int, int]
    span: tuple[int, int]  # from the heading to the next heading (or the end)
    side: bool = False  # a side heading: the section's text opens on the heading's line, after the margin


# A head's value line: a date ("2040-08-20", "Datum: 20 augusti 2040"), a dnr ("Dnr KFN 2040/55", "KS 2040/12").
_DATE_LABEL = re.compile(r"[ \t]*(?:datum|beslutsdatum)[ \t]*:?[ \t]*", re.I)
_BARE_DNR = re.compile(r"[ \t]*[A-ZÅÄÖ]{1,6}[ \t]+(?:19|20)\d\d[/-]\d{1,6}[ \t]*$")


def _head_value_line(line: str) -> bool:
    rest = line[_DATE_LABEL.match(line).end():].strip() if _DATE_LABEL.match(line) else line.strip()
    date = DATE_RE.match(rest)
    return bool(date and date.end() == len(rest)) or DNR_LABEL_RE.match(line.lstrip()) is not None or bool(_BARE_DNR.match(line))


def _over_head_block(lines: list[tuple[int, int, str]], k: int) -> bool:
    """The heading at ``k`` stands over nothing but a head's date and dnr lines up to the next blank
    line ("BESLUT" / "2040-08-20" / "Dnr KFN 2040/55"): the document's type word, no section."""
    below = []
    for _s, _e, line in lines[k + 1:k + 4]:
        if not line.strip():
            break
        below.append(line)
    return bool(below) and len(below) < 3 and all(_head_value_line(line) for line in below)


@lru_cache(maxsize=4096)  # (a list's rows, a page's repeated lines: the same line asked again)
def _heading_kind(line: str) -> str | None:
    """The kind of section the line heads, None when it heads none: the heading pattern tries each
    of its many headings at the line's start, a few microseconds a line."""
    m = _HEADING_RE.match(line)
    return _kind(m) if m else None


def _kind(m: re.Match) -> str:
    """The section kind whose named group a heading pattern's match holds."""
    return next(k for k, _p in SECTION_HEADINGS if m.group(k))


def find_sections(lines: list[tuple[int, int, str]], text_end: int, sides: bool = True) -> list[Section]:
    """The sections of ``lines`` (the text's lines in order); ``sides``: side headings too, which
    need each line's neighbours (not for a selection of the lines)."""
    heads: list[tuple[str, str, int, int, bool]] = []
    for k, (start, end, line) in enumerate(lines):
        if not line or len(line) > 120 or line.isspace():
            continue
        kind = _heading_kind(line)
        if kind:
            if kind == "decision" and _over_head_block(lines, k):
                continue
            heads.append((kind, " ".join(line.split()).rstrip(":"), start, end, False))
            continue
        side = _side_heading(lines, k) if sides else None
        if side:
            kind = _kind(side)
            label_end = side.end(kind) + (line[side.end(kind):side.end(kind) + 1] == ":")  # (its colon too)
            heads.append((kind, " ".join(side.group(kind).split()), start, start + label_end, True))
    out = []
    for i, (kind, heading, start, end, is_side) in enumerate(heads):
        stop = heads[i + 1][2] if i + 1 < len(heads) else text_end
        out.append(Section(kind, heading, (start, end), (start, stop), is_side))
    return out
