"""Sections of a document by their headings: proposal, decision, summary, background ...

A heading is a line of its own (numbered or not, with or without a colon) that reads as one of
the section names Swedish council documents use. Each section runs to the next heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Section kind -> heading pattern (the whole line, without numbering or a trailing colon).
# Tolerant of a lost å/ä/ö ("forslag", "arendet"), as OCR'd text may have it before repair.
_O, _A, _AE = "[öo]", "[åa]", "[äa]"
SECTION_HEADINGS: list[tuple[str, str]] = [
    ("proposal", rf"(?:[\wåäöé-]+\s+){{0,3}}f{_O}rslag\s+till\s+(?:[\wåäöé-]+\s+)?beslut\w*"
                 rf"|beslutsf{_O}rslag|f{_O}rvaltningens\s+f{_O}rslag|[\wåäöé-]+s\s+f{_O}rslag"  # "Utskottets förslag"
                 # "Beredningens förslag till teknik- och miljönämnden": one body's proposal to another.
                 rf"|[\wåäöé-]+s\s+f{_O}rslag\s+till\s+(?:[\wåäöé-]+,?\s+){{0,4}}[\wåäöé-]+(?:n{_AE}mnd|n{_AE}mnden|styrelsen|fullm{_AE}ktige)"
                 # A motion's lead-in to its att-clauses: "Med anledning av detta yrkar vi", "Jag föreslår därför".
                 # ... and whom it asks: "Jag föreslår därför kommunfullmäktige besluta", "Jag yrkar därför att fullmäktige beslutar".
                 rf"|(?:[\wåäöé-]+\s+){{0,5}}(?:yrkar|f{_O}resl{_A}r)\s+(?:vi|jag)(?:\s+d{_AE}rf{_O}r)?(?:\s+att(?=\s+\S+\s+besluta))?(?:\s+[\wåäöé-]+)?(?:\s+(?:att\s+)?besluta[rt]?)?"
                 rf"|(?:[\wåäöé-]+\s+){{0,5}}(?:vi|jag)\s+(?:yrkar|f{_O}resl{_A}r)(?:\s+d{_AE}rf{_O}r)?(?:\s+att(?=\s+\S+\s+besluta))?(?:\s+[\wåäöé-]+)?(?:\s+(?:att\s+)?besluta[rt]?)?"),
    # "Beslut", "Nämndens beslut", "Tekniska nämndens beslut", "Teknik- och miljönämnden beslutar".
    ("decision", r"(?:(?:[\wåäöé-]+\s+){0,3}[\wåäöé-]+s\s+)?beslut|(?:[\wåäöé-]+,?\s+){0,4}beslutar"),
    ("motions", r"yrkanden?|yrkande\s+och\s+propositionsordning"),
    ("summary", rf"sammanfattning(?:\s+av\s+{_AE}rendet)?"),
    ("matter", rf"{_AE}rendet|beskrivning\s+av\s+{_AE}rendet|{_AE}rendebeskrivning|{_AE}rendets\s+beredning"),
    ("background", r"bakgrund"),
    ("assessment", rf"(?:f{_O}rvaltningens\s+)?bed{_O}mning|{_O}verv{_AE}ganden|analys|konsekvenser"),
    ("documents", r"beslutsunderlag|underlag\s+f[öo]r\s+beslut"),
    ("distribution", r"expedieras(?:\s+till)?|beslutet\s+(?:ska\s+)?skickas\s+till|s[äa]ndlista|f[öo]r\s+k[äa]nnedom"),
    ("attachments", r"bilagor|bilaga(?:\s+\d+)?"),
]
_HEADING_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in SECTION_HEADINGS)
    + r")[ \t]*:?[ \t]*$",
    re.I,
)


@dataclass
class Section:
    kind: str  # one of SECTION_HEADINGS' kinds
    heading: str
    heading_span: tuple[int, int]
    span: tuple[int, int]  # from the heading to the next heading (or the end)


def find_sections(lines: list[tuple[int, int, str]], text_end: int) -> list[Section]:
    heads: list[tuple[str, str, int, int]] = []
    for start, end, line in lines:
        if not line.strip() or len(line) > 120:
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
