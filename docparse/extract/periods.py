"""Periods: agreement periods, extensions and earlier periods, as ISO start and end.

"från och med 1 maj 2019 till och med 30 april 2020", "1 januari 2024 - 30 juni 2024",
"December 2017 till och med 31 december 2018" (start 2017-12), "under perioden 2017-2021".
Built on the dates extractor: two dates joined by "till (och med)" or a dash make a period.
"""

from __future__ import annotations

import re

from docparse.extract.nlp import sentence_around
from docparse.extract.patterns import YEAR, squash

_TO = re.compile(r"(?:\s*[-–—]\s*|\s+(?:till\s+och\s+med|t\.\s*o\.\s*m\.?|tom|till|fram\s+till)\s+(?:den\s+)?)$", re.I)
_FROM = re.compile(r"(?:fr(?:ån|\.)\s*(?:och\s+med|o\.?\s*m\.?)\s+|från\s+|fr\.o\.m\.?\s+|perioden\s+)(?:den\s+)?$", re.I)
# A year range only counts with a word saying it is a period: "under perioden 2017-2021", "åren 2020-2022".
YEARS_RE = re.compile(
    rf"(?:perioden|åren|period|under)\s+(?:från\s+)?(?P<a>{YEAR})\s*(?:[-–—]|till(?:\s+och\s+med)?)\s*(?P<b>{YEAR})(?![\d/-])",
    re.I,
)
_EARLIER = re.compile(r"\b(?:gällde|tidigare|föregående|förra|var\b|pågick|sedan)\b", re.I)
_EXTENSION = re.compile(r"\b(?:förläng\w*|längst|option)\b", re.I)


def _kind(body: str, start: int) -> str:
    sentence_start, _ = sentence_around(body, start, start + 1)
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

    def add(start: str, end: str, s: int, e: int) -> None:
        n = min(len(start), len(end))
        if start[:n] > end[:n] or (start, end) in seen:  # an end before its start is no period
            return
        seen.add((start, end))
        out.append({"start": start, "end": end, "kind": _kind(body, s), "text": squash(body[s:e]), "span": [s, e]})

    dates = ctx.fields.get("dates") or []
    for a, b in zip(dates, dates[1:]):
        between = body[a["span"][1]: b["span"][0]]
        if len(between) > 40 or not _TO.match(between):
            continue
        start = a["span"][0]
        prefix = _FROM.search(body[max(0, start - 30): start])
        if prefix:
            start -= len(prefix.group(0))
        add(a["value"], b["value"], start, b["span"][1])
    for m in YEARS_RE.finditer(body):
        if m.group("a") < m.group("b"):
            add(m.group("a"), m.group("b"), m.start("a"), m.end("b"))
    out.sort(key=lambda p: p["span"][0])
    return out
