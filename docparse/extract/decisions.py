"""Decision points: the numbered items under "Förvaltningens förslag till beslut", "Förslag till
beslut", "Beslut" (or its att-clauses); a single unnumbered proposal is item 1.

Only the first such list counts: tjänsteutlåtanden repeat it near the end.
"""

from __future__ import annotations

import re

from docparse.extract.items import is_multi_matter
from docparse.extract.patterns import squash

# Headings that open a list of decision points (tolerant of a lost å/ä/ö).
HEADING_RE = re.compile(
    r"^\s*(?:[\wåäöé-]+\s+){0,3}f[öo]rslag\s+till\s+beslut\s*:?\s*$"
    r"|^\s*(?:[\wåäöé-]+s\s+)?beslut(?:sförslag)?\s*:?\s*$"
    r"|^\s*(?:[\wåäöé-]+\s+)?beslutar\s*:?\s*$"
    r"|^\s*f[öo]rslag\s+till\s+(?:[\wåäöé-]+\s+)?beslut\w*\s*:?\s*$",
    re.I,
)
ITEM_RE = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+(?=\S)")
ATT_RE = re.compile(r"^\s*att\s+(?=\S)", re.I)
BULLET_RE = re.compile(r"^\s*(?:[-–•*»·]|[a-z]\))\s+")
# Lines that end a list: the next section heading or the signatures.
_SECTION = re.compile(
    r"^\s*(?:sammanfattning|bakgrund|ärendet|ärendets\s+beredning|beslutsunderlag|bilagor?|"
    r"reservation|protokollsanteckning|särskilt\s+yttrande|handläggare|yrkanden|beslutsgång|"
    r"propositionsordning|justering)\b",
    re.I,
)
_NAME_LINE = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäöéü]+(?:[- ][A-ZÅÄÖ][a-zåäöéü]+){1,6}\s*$")


def _is_heading_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) < 60 and not s.endswith((".", ",", ";")) and not ITEM_RE.match(s) and s[0].isupper()


def _items(lines: list[tuple[int, int, str]], i: int) -> list[dict]:
    """The decision points in lines[i:], up to the end of the list."""
    items: list[dict] = []
    current: dict | None = None
    blank_run = 0
    mode = None  # "numbered", "att" or "single"
    for start, end, line in lines[i:]:
        s = line.strip()
        if not s:
            blank_run += 1
            if mode == "single" and current:
                break
            continue
        if _SECTION.match(s) or (_NAME_LINE.match(s) and current is not None and blank_run):
            break
        m = ITEM_RE.match(line)
        att = ATT_RE.match(line)
        if m and mode in (None, "numbered"):
            number = int(m.group(1))
            if items and number != items[-1]["number"] + 1 and current is not None:
                break  # numbering restarted or jumped: another list
            mode = "numbered"
            current = {"number": number, "parts": [line[m.end():]], "span": [start + m.start(1), end]}
            items.append(current)
        elif att and mode in (None, "att"):
            mode = "att"
            current = {"number": len(items) + 1, "parts": [line.strip()], "span": [start + att.start(), end]}
            items.append(current)
        elif current is not None and (blank_run == 0 or BULLET_RE.match(line)) and not (
            blank_run and _is_heading_like(line)
        ):
            current["parts"].append(BULLET_RE.sub("", line))
            current["span"][1] = end
        elif current is None and mode is None:
            if _is_heading_like(line) and not s.endswith(":") and len(s.split()) <= 3:
                break
            mode = "single"
            current = {"number": 1, "parts": [s], "span": [start, end]}
            items.append(current)
        else:
            if blank_run and mode != "numbered":
                break
            if blank_run and not m:
                break
        blank_run = 0
    out = []
    for item in items:
        text = squash(" ".join(item["parts"]))
        text = re.sub(r"\s+([,.;:])", r"\1", text)
        if text:
            out.append({"number": item["number"], "text": text, "span": item["span"]})
    return out


def extract_decision_points(ctx) -> list[dict]:
    if is_multi_matter(ctx):  # each item carries its own decisions
        return []
    lines = ctx.content_lines
    for i, (_start, _end, line) in enumerate(lines):
        if HEADING_RE.match(line):
            items = _items(lines, i + 1)
            if items:
                return items
    return []
