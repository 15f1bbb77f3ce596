"""Organisation numbers (organisationsnummer), validated with python-stdnum's Luhn check.

OCR digit damage (O/0, l/1, S/5, B/8) is undone only where the label says an organisation
number follows and the undone number passes the check; otherwise it is reported invalid.
"""

from __future__ import annotations

import re

from stdnum.se import orgnr as stdnum_orgnr

from docparse.sv import personnummer
from docparse.sv.confusions import DIGIT_FOR  # OCR's letters for digits, as repair reads them too

# The leading digit tells the legal form (Bolagsverket's groups).
KINDS = {
    "1": "dödsbo",
    "2": "stat, region eller kommun",
    "3": "utländskt företag",
    "5": "aktiebolag",
    "6": "enkelt bolag",
    "7": "ekonomisk förening",
    "8": "ideell förening eller stiftelse",
    "9": "handelsbolag eller kommanditbolag",
}
# OCR damages long labels ("organisationsnhummer"): any word starting "organisations" counts.
LABEL = r"(?:organisations?[a-zåäö]{0,10}\.?|org\.?\s*(?:nummer|nr\.?)|orgnr\.?)"
_PLAIN = re.compile(r"(?=\d)(?<![\d-])(\d{6})-(\d{4})(?![\d-])")
# After a label: ten digits with or without the dash, tolerating OCR letter-for-digit damage.
_LABELLED = re.compile(rf"{LABEL}\s*:?\s*([\dOoIlSB]{{6}})\s*-?\s*([\dOoIlSB]{{4}})(?![\w-])", re.I)


# A sole trader (enskild näringsidkare) has no organisation number of its own: its personal
# identity number serves as one, so a labelled number with a month of 01-12 is a person's.
SOLE_TRADER = "enskild näringsidkare"


def kind_of(value: str) -> str | None:
    if not is_organisation(value):
        return SOLE_TRADER
    return KINDS.get(value[0])


def is_organisation(value: str) -> bool:
    """Organisation numbers have 20 or more in the 'month' position; personal numbers do not."""
    return int(value[2:4]) >= 20


def _valid(value: str) -> bool:
    # A personal number must also be a real date; the Luhn check alone passes "991399-...".
    return personnummer.is_valid(value) if not is_organisation(value) else stdnum_orgnr.is_valid(value)


def _entry(value: str, start: int, end: int) -> dict:
    return {"value": value, "valid": _valid(value), "kind": kind_of(value), "span": [start, end]}


# Page furniture is text the document prints too: a footer's "Org.nr ..." is the body's own number.
_FURNITURE = ("page-header", "page-footer", "page-furniture")


def extract_org_numbers(ctx) -> list[dict]:
    """Every organisation number, once each (first mention), in text order: the body's, then
    those printed only in the page furniture (a running footer with the sender's number)."""
    found: dict[str, dict] = {}
    _find_in(ctx.body, found)
    if ctx.masked:
        _find_in(ctx.masked_text(_FURNITURE), found)
    return sorted(found.values(), key=lambda e: e["span"][0])


def _find_in(text: str, found: dict[str, dict]) -> None:
    for m in _LABELLED.finditer(text):
        raw = m.group(1) + m.group(2)
        digits = raw.translate(DIGIT_FOR)
        value = f"{digits[:6]}-{digits[6:]}"
        entry = _entry(value, m.start(1), m.end(2))
        if raw != digits:
            # Damage counts as undone only when the result passes the check; otherwise the
            # number is reported as printed (letters read as digits) and flagged invalid.
            entry["repaired_from" if entry["valid"] else "printed"] = text[m.start(1):m.end(2)]
        found.setdefault(value, entry)
    for m in _PLAIN.finditer(text):
        value = f"{m.group(1)}-{m.group(2)}"
        if value in found or not is_organisation(value):
            continue
        found[value] = _entry(value, m.start(), m.end())
