"""Diarienummer: the document's own, and every other one referred to, with its context.

Validator in python-stdnum's shape (compact / validate / is_valid) for the many municipal
styles: "1.2.3-456/2020", "2020/456", "KS-2019-0456", "SN 21/0311", "2020/KFN 0123",
"Dnr 233-2015-1.2", "KS 2019/123".
"""

from __future__ import annotations

import re

from docparse.extract.items import is_multi_matter
from docparse.extract.nlp import sentence_around
from docparse.extract.patterns import label_row_values, squash

LABEL = r"(?:dnr|diarienr|diarienummer|d\.nr|ärendenummer|ärendenr|vår\s+beteckning|er\s+beteckning|beteckning|vårt\s+dnr|ert\s+dnr)"
_LABEL_RE = re.compile(rf"(?<![\wåäö]){LABEL}\.?[ \t]*:?[ \t]*", re.I)
# A token of a diarienummer: letters in capitals, digits, and the separators . - / :
_TOKEN = r"[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9./:-]*"
_VALUE_RE = re.compile(rf"{_TOKEN}(?:[ \t]{_TOKEN}){{0,2}}")


class InvalidDnr(ValueError):
    """The text is not a diarienummer."""


def compact(value: str) -> str:
    """Tidy internal spacing: "Dnr  KS  2019 / 123" -> "KS 2019/123"."""
    value = re.sub(rf"^{LABEL}\.?\s*:?\s*", "", value.strip(), flags=re.I)
    value = re.sub(r"\s*([/-])\s*", r"\1", value)
    return " ".join(value.split())


def validate(value: str) -> str:
    """Return the compact diarienummer or raise InvalidDnr."""
    value = compact(value)
    if not 3 <= len(value) <= 40:
        raise InvalidDnr("wrong length")
    digits = sum(ch.isdigit() for ch in value)
    if digits < 2:
        raise InvalidDnr("too few digits")
    if not re.search(r"\d[./-]\S*\d|\d\s\d|[A-ZÅÄÖ][ -]?\d", value):
        raise InvalidDnr("no separator between its parts")
    if not value[-1].isdigit():
        raise InvalidDnr("must end in a digit")
    if re.fullmatch(r"(?:19|20)\d{2}-[01]\d-[0-3]\d", value):
        raise InvalidDnr("a date, not a diarienummer")
    return value


def is_valid(value: str) -> bool:
    try:
        validate(value)
        return True
    except InvalidDnr:
        return False


def take_value(text: str, pos: int) -> tuple[str, int, int] | None:
    """The diarienummer starting at pos (after a label), trimmed to end in a digit."""
    m = _VALUE_RE.match(text, pos)
    if not m:
        return None
    raw = m.group(0)
    # Drop trailing tokens that are not part of the number (a following capitalised word).
    tokens = raw.split()
    if tokens:
        tokens[-1] = tokens[-1].rstrip(".:-/")
    while tokens and not tokens[-1][-1].isdigit():
        tokens.pop()
    # A last all-digit token is only part of the number when the previous one ends in letters
    # ("2020/KFN 0123", "SN 21/0311"); otherwise it is the next thing on the line.
    while len(tokens) > 1 and tokens[-1].isdigit() and tokens[-2][-1].isdigit() and not re.fullmatch(r"[A-ZÅÄÖ]{1,6}", tokens[-2]):
        # "2021/KFN 0002 001": a serial after the board's running number belongs to it too.
        if len(tokens) == 3 and tokens[-2].isdigit() and tokens[0][-1].isalpha() and len(tokens[-1]) == 3:
            break
        tokens.pop()
    if not tokens:
        return None
    value = " ".join(tokens)
    value = value.rstrip(".:-/")
    return (value, m.start(), m.start() + len(value)) if is_valid(value) else None


def _label_rows(text: str):
    """Diarienummer in 'Datum  Vår beteckning' label rows, whose values sit on the next line."""
    for label, value, start in label_row_values(text):
        if re.fullmatch(rf"{LABEL}\.?:?", label, re.I) and is_valid(value):
            yield compact(value), start, start + len(value)


# Sentence splitting costs about a millisecond a call: past this many references in one
# document (a register, say) the context is the line instead.
MAX_SENTENCE_CONTEXTS = 100


def _context(text: str, start: int, end: int, abbreviations: frozenset[str], by_sentence: bool = True) -> str:
    """The sentence the number stands in, at most 80 characters each side of it."""
    if by_sentence:
        s, e = sentence_around(text, start, end, abbreviations)
    else:
        s = text.rfind("\n", 0, start) + 1
        e = text.find("\n", end)
        e = len(text) if e < 0 else e
    return squash(text[max(s, start - 80): min(e, end + 80)])


def extract_dnr(ctx) -> list[dict]:
    """Every labelled diarienummer, in text order; the first in a header or footer, or near
    the top of the document, is the document's own (``own``)."""
    text = ctx.text  # headers count here: that is where a document's own number is printed
    found: list[tuple[str, int, int]] = []
    for m in _LABEL_RE.finditer(text):
        hit = take_value(text, m.end())
        if hit:
            found.append((compact(hit[0]), hit[1], hit[2]))
    found.extend(_label_rows(text))
    found.sort(key=lambda f: f[1])

    own_value = None
    # A protocol or agenda with several items: its numbers are the items', none the document's.
    own_candidates = () if is_multi_matter(ctx) else found
    head_limit = min(len(text), 1500)
    for value, start, end in own_candidates:
        in_furniture = ctx.is_masked(start)
        line_start = text.rfind("\n", 0, start) + 1
        line = text[line_start:start]
        attachment = re.search(r"\bbilag", line, re.I) or re.search(r"\n\s*bilagor?\b[^\n]*\n", text[max(0, start - 400):start], re.I)
        if (in_furniture or start < head_limit) and not attachment:
            own_value = value
            break
    out = []
    seen = set()
    for value, start, end in found:
        key = (value, start)
        if key in seen:
            continue
        seen.add(key)
        context = _context(text, start, end, ctx.models.abbreviations, by_sentence=len(out) < MAX_SENTENCE_CONTEXTS)
        out.append({"value": value, "context": context, "own": value == own_value, "span": [start, end]})
    return out
