"""Periods: agreement periods, extensions and earlier periods, as ISO start and end.

"från och med 1 maj 2019 till och med 30 april 2020", "1 januari 2024 - 30 juni 2024",
"December 2017 till och med 31 december 2018" (start 2017-12), "under perioden 2017-2021".
"""

from __future__ import annotations

import re

from docparse.extract.patterns import YEAR, date_value, prefixed_date, squash

_FROM = r"(?:fr(?:ån|\.)\s*(?:och\s+med|o\.?\s*m\.?)\s+|från\s+|fr\.o\.m\.?\s+|perioden\s+|mellan\s+)?"
_TO = r"(?:\s*[-–—]\s*|\s+(?:till\s+och\s+med|t\.\s*o\.\s*m\.?|tom|till|fram\s+till)\s+(?:den\s+)?)"
PERIOD_RE = re.compile(rf"{_FROM}(?P<a>{prefixed_date('a_')}){_TO}(?P<b>{prefixed_date('b_')})", re.I)
# A year range only counts with a word saying it is a period: "under perioden 2017-2021", "åren 2020-2022".
YEARS_RE = re.compile(
    rf"(?:perioden|åren|period|under)\s+(?:från\s+)?(?P<a>{YEAR})\s*(?:[-–—]|till(?:\s+och\s+med)?)\s*(?P<b>{YEAR})(?![\d/-])",
    re.I,
)
_EARLIER = re.compile(r"\b(?:gällde|tidigare|föregående|förra|var\b|pågick|sedan)\b", re.I)
_EXTENSION = re.compile(r"\b(?:förläng\w*|längst|option)\b", re.I)


def _kind(body: str, start: int, end: int) -> str:
    sentence_start = max(body.rfind(".", 0, start), body.rfind("\n\n", 0, start)) + 1
    before = body[sentence_start:start]
    if _EXTENSION.search(before):
        return "extension"
    if _EARLIER.search(before):
        return "earlier period"
    return "agreement period"


def extract_periods(ctx) -> list[dict]:
    body = ctx.body
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(start: str | None, end: str | None, s: int, e: int) -> None:
        if not start or not end:
            return
        n = min(len(start), len(end))
        if start[:n] > end[:n]:  # an end before its start is no period
            return
        if (start, end) in seen:
            return
        seen.add((start, end))
        out.append({"start": start, "end": end, "kind": _kind(body, s, e), "text": squash(body[s:e]), "span": [s, e]})

    for m in PERIOD_RE.finditer(body):
        add(date_value(m, "a_"), date_value(m, "b_"), m.start(), m.end())
    for m in YEARS_RE.finditer(body):
        a, b = m.group("a"), m.group("b")
        if a < b:
            add(a, b, m.start("a"), m.end("b"))
    out.sort(key=lambda p: p["span"][0])
    return out
