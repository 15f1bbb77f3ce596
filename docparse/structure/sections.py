"""Sections of a document by their headings: proposal, decision, summary, background ...

A heading is a line of its own (numbered or not, with or without a colon) that reads as one of
the section names Swedish council documents use. Each section runs to the next heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Section kind -> heading pattern: the one list of heading words, in docparse/sv/sections.py.
from docparse.sv.sections import SECTION_HEADINGS

_HEADING_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in SECTION_HEADINGS)
    + r")[ \t]*:?[ \t]*$",
    re.I,
)


def is_section_heading(line: str) -> bool:
    """The line is a section's heading ("Sammanfattning", "2. Bakgrund:")."""
    return len(line) <= 120 and _HEADING_RE.match(line) is not None


@dataclass
class Section:
    kind: str  # one of SECTION_HEADINGS' kinds
    heading: str
    heading_span: tuple[int, int]
    span: tuple[int, int]  # from the heading to the next heading (or the end)


def find_sections(lines: list[tuple[int, int, str]], text_end: int) -> list[Section]:
    heads: list[tuple[str, str, int, int]] = []
    for start, end, line in lines:
        if not line or len(line) > 120 or line.isspace():
            continue
        m = _HEADING_RE.match(line)
        if m:
            kind = next(k for k, _p in SECTION_HEADINGS if m.group(k))
            heads.append((kind, " ".join(line.split()).rstrip(":"), start, end))
    out = []
    for i, (kind, heading, start, end) in enumerate(heads):
        stop = heads[i + 1][2] if i + 1 < len(heads) else text_end
        out.append(Section(kind, heading, (start, end), (start, stop)))
    return out
