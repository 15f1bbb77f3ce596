"""Diarienummer: a validator in python-stdnum's shape (compact / validate / is_valid) for the many
municipal styles: "1.2.3-456/2020", "2020/456", "KS-2019-0456", "SN 21/0311", "2020/KFN 0123",
"Dnr 233-2015-1.2", "KS 2019/123"; and the reader of a number after its label (``take_value``).

Shared: the structure stage reads item dnrs with it, the dnr extractor every other one.
"""

from __future__ import annotations

import re

from docparse.sv.dates import ISO_DATE
from docparse.sv.sections import as_printed, tolerant

# "Ärende" labels a case's number only when a number follows ("Ärende: BUN.2031.123"); else the subject.
# The labels hold with their å/ä/ö lost ("Var beteckning", "Arendenummer"): repair may leave a
# real word ("var") as OCR read it, and none of these spellings is anything but the label.
LABEL = ("(?:" + tolerant(r"dnr|diarienr|diarienummer|d\.nr|ärendenummer|ärendenr|ärendebeteckning|vår\s+beteckning|"
                         r"er\s+beteckning|beteckning|vårt\s+dnr|ert\s+dnr|vår\s+referens|"
                         r"ert\s+diarienummer|ert\s+diarienr|vårt\s+diarienummer|vårt\s+diarienr")
         + r"|ärende(?=[ \t]*:?[ \t]*(?-i:[A-ZÅÄÖ]{0,6})[ .-]?(?:19|20)\d\d[./-]\d))")
# The label as a table's column head or a line's opening prints it (case kept: "Dnr" or "DNR", not "dnr").
HEAD_LABEL = as_printed("Dnr", "Diarienr", "Diarienummer")
# (The lookahead, the letters a label opens with, comes first: the pattern is then scanned for in C.)
LABEL_RE = re.compile(rf"(?=[bdeväa])(?<![\wåäö]){LABEL}\.?[ \t]*:?[ \t]*", re.I)
# A token of a diarienummer: letters in capitals, digits, and the separators . - / :
_TOKEN = r"[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9./:-]*"
_VALUE_RE = re.compile(rf"{_TOKEN}(?:[ \t]{_TOKEN}){{0,2}}")


# Year and number with the board's code after them, as some municipalities write it: "Dnr 2035/211 KS",
# "Dnr 2035/211-KS".
_SUFFIXED_RE = re.compile(r"(?:19|20)\d\d/\d{1,6}[ \t-][A-ZÅÄÖ]{2,6}(?![\wÅÄÖåäö./:-])")


# A board's code in mixed case before its number and year, as some municipalities print it:
# "Dnr Ks 2041/0212", "Ärendenummer: Kfn 87/2041" (only before the slash's forms: "Per 070-123456" is none).
# (and a code with a capital inside, "KuN 42/007", "BoU 38/112", after the label: a year in two digits too)
_MIXED_CODE_RE = re.compile(r"[A-ZÅÄÖ](?:[a-zåäö]{1,3}|[a-zåäö]{1,2}[A-ZÅÄÖ]{1,2})[ \t]"
                            r"(?:(?:19|20)\d\d/\d{1,6}|\d{1,6}/(?:19|20)\d\d|\d\d/\d{2,6})(?![\wåäö/:.-]?\d)(?![\wåäö])")


# An older diarienummer's archive code (the filing plan's number) after a dash set apart by a space:
# "Dnr 187/01 -451", "Dnr 2038/45 - 805". Not a date or a span after it ("12/04 - 15/04", "- 2004-05-01").
_ARCHIVE_CODE_RE = re.compile(r"[ \t]+-[ \t]*\d{2,3}(?![\wåäö/.:,-]|[ \t]*[-–][ \t]*\d)")
_NUMBER_AND_YEAR_END_RE = re.compile(r"\d[./]\d{1,6}$")


_YEAR_NUMBER_RE = re.compile(r"(?:19|20)\d\d/\d{1,5}")
_ISO_DATE_RE = re.compile(ISO_DATE)
# A board-code number with no label in a head flattened into one line, after the paper's date and
# before the next capitalised word: "Region Exeby Tjänsteskrivelse 2040-05-06 RS 2040/1187 Regionstyrelsen ...".
BARE_AFTER_DATE = re.compile(ISO_DATE + r"[ \t]+([A-ZÅÄÖ]{1,6}[ ]?(?:19|20)\d{2}[/-]\d{2,6})(?=[ \t]+[A-ZÅÄÖ])")


def _closes_line(text: str, start: int, raw: str, tokens: list[str]) -> bool:
    """The last of ``tokens`` (read from ``raw`` at ``start``) ends its line: nothing but blanks after it."""
    at = raw.find(tokens[-1], len(tokens[0]))
    if at < 0:
        return False
    after = start + at + len(tokens[-1])
    line_end = text.find("\n", after)
    return not text[after:len(text) if line_end < 0 else line_end].strip()


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
    # "KS/2021:345": a board code before a slash, a colon before the running number.
    if not re.search(r"\d[./:-]\S*\d|\d\s\d|[A-ZÅÄÖ][ /-]?\d", value):
        raise InvalidDnr("no separator between its parts")
    if not value[-1].isdigit() and not _SUFFIXED_RE.fullmatch(value):
        raise InvalidDnr("must end in a digit")
    if _ISO_DATE_RE.fullmatch(value):
        raise InvalidDnr("a date, not a diarienummer")
    return value


def is_valid(value: str) -> bool:
    try:
        validate(value)
        return True
    except InvalidDnr:
        return False


def take_value(text: str, pos: int) -> tuple[str, int, int] | None:
    """The diarienummer starting at pos (after a label), trimmed to end in a digit, or its year and
    number with the board's code after them ("2035/211 KS")."""
    suffixed = _SUFFIXED_RE.match(text, pos)
    if suffixed:
        return suffixed.group(0), suffixed.start(), suffixed.end()
    mixed = _MIXED_CODE_RE.match(text, pos)
    if mixed:
        return mixed.group(0), mixed.start(), mixed.end()
    m = _VALUE_RE.match(text, pos)
    if not m:
        return None
    raw = m.group(0)
    # Drop trailing tokens that are not part of the number (a following capitalised word).
    tokens = raw.split()
    while tokens:
        tokens[-1] = tokens[-1].rstrip(".:-/")  # "KS 2019/123. Beslut": the stop is no part of it
        if tokens[-1] and tokens[-1][-1].isdigit():
            break
        tokens.pop()
    # A last all-digit token is only part of the number when the previous one ends in letters
    # ("2020/KFN 0123", "SN 21/0311"); otherwise it is the next thing on the line.
    while len(tokens) > 1 and tokens[-1].isdigit() and tokens[-2][-1].isdigit() and not re.fullmatch(r"[A-ZÅÄÖ]{1,6}", tokens[-2]):
        # "2021/KFN 0002 001": a serial after the board's running number belongs to it too.
        if len(tokens) == 3 and tokens[-2].isdigit() and tokens[0][-1].isalpha() and len(tokens[-1]) == 3:
            break
        if len(tokens) == 2 and len(tokens[1]) == 3 and _YEAR_NUMBER_RE.fullmatch(tokens[0]) \
                and raw.startswith(tokens[0] + " " + tokens[1]) and _closes_line(text, m.start(), raw, tokens):
            # "Dnr 2037/0021 600" alone on its line: the filing plan's code one space after the number is the
            # number's own (after a column's gap, "Dnr 2003/156<TAB>041", it is an archive column's cell)
            break
        tokens.pop()
    # A date after the number is the head's next value, not part of it: "Dnr: KFN 2037-0088 2037-11-05".
    while len(tokens) > 1 and _ISO_DATE_RE.fullmatch(tokens[-1]):
        tokens.pop()
    if not tokens:
        return None
    value = " ".join(tokens)
    value = value.rstrip(".:-/")
    end = m.start() + len(value)
    archive = _ARCHIVE_CODE_RE.match(text, end) if _NUMBER_AND_YEAR_END_RE.search(value) else None
    if archive:  # "Dnr 187/01 -451": the archive code after a spaced dash is the number's own
        value, end = value + text[end:archive.end()], archive.end()
    return (value, m.start(), end) if is_valid(value) else None
