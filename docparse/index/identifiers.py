"""Identifiers as the index keys them: diarienummer and organisation numbers in any written form.

A diarienummer's key is its runs of letters and of digits, in order, upper-cased, leading zeros
dropped, joined by "-": "KS 2031/77", "KS-2031/77", "ks 2031/0077" and "KS2031-77" are all
"KS-2031-77". Its number key drops the letter runs ("2031-77"), so a query without the board's
code finds the number under any code. The boundaries between runs count ("KS 2031/77" is not
"KS 20317/7"); which separator stood there does not. An organisation number's key is its ten
digits: "802400-1003", "8024001003" and "16802400-1003" (the 12-digit form) are one.
"""

from __future__ import annotations

import re

from docparse.sv.dates import ISO_DATE

_RUN = re.compile(r"[A-ZÅÄÖ]+|\d+")
# In a query: an organisation number (optionally with the century-like prefix 16), written whole.
ORGNR_RE = re.compile(r"(?<![\d-])(?:16)?\d{6}[- ]?\d{4}(?![\d-])")
# In a query: a diarienummer: an optional board code, then numbers joined by / - . or :, e.g.
# "KS 2031/77", "SN-21/0311", "2020/KFN 0123", "1.2.3-456/2020". A bare date is none.
DNR_RE = re.compile(
    r"(?<![\w/.:-])(?:(?P<code>[A-Za-zÅÄÖåäö]{1,6})[ -]?)?\d{1,6}(?:[/.:-](?:[A-Za-zÅÄÖåäö]{1,6} ?)?\d{1,6})+(?![\w/.:-])")
# A word before the number that is no board code: a label or a preposition ("beslut om 2031/77").
_NOT_CODE = {"dnr", "nr", "om", "i", "på", "av", "för", "till", "med", "och", "enligt", "ärende", "diarienr"}
_DATE = re.compile(ISO_DATE)


def dnr_key(value: str) -> str:
    runs = _RUN.findall(value.upper())
    return "-".join(r.lstrip("0") or "0" if r.isdigit() else r for r in runs)


def dnr_number_key(value: str) -> str:
    return "-".join(r.lstrip("0") or "0" for r in _RUN.findall(value.upper()) if r.isdigit())


def orgnr_key(value: str) -> str | None:
    digits = re.sub(r"\D", "", value)
    if len(digits) == 12 and digits.startswith("16"):
        digits = digits[2:]
    return digits if len(digits) == 10 else None


def in_query(text: str) -> tuple[list[tuple[str, str, str]], str]:
    """The identifiers written in a query, as (kind, key, number key), and the query without them."""
    found: list[tuple[str, str, str]] = []

    def org(m: re.Match) -> str:
        key = orgnr_key(m.group(0))
        found.append(("orgnr", key, key))
        return " "

    def dnr(m: re.Match) -> str:
        value, code = m.group(0), m.group("code")
        if _DATE.fullmatch(value):
            return value  # a date is searched as its words
        # A board code is written in capitals; in lower case only a short one that is no common word.
        if code and not code.isupper() and (len(code) > 4 or code.lower() in _NOT_CODE):
            found.append(("dnr", "", dnr_number_key(value[len(code):])))
            return code + " "
        has_code = bool(re.search(r"[A-Za-zÅÄÖåäö]", value))
        found.append(("dnr", dnr_key(value) if has_code else "", dnr_number_key(value)))
        return " "

    rest = ORGNR_RE.sub(org, text)
    rest = DNR_RE.sub(dnr, rest)
    return found, rest
