"""Debris an OCR engine makes of printed heading marks, logos and bullets before a line's first
word ("44 Rubrik ...", "HH Föreningen X", "++ Underskrifter"): shared by the clean stage, which
strips it from OCR'd pages, and the extractors, which look past it."""

from __future__ import annotations

import re

# At the start of a short heading line on an OCR'd page: "HH Föreningen X", "444 Bakgrund",
# "ht Partners" ("##", "###" read in other fonts). The clean stage strips only a token that is no
# Swedish word (repeated marks always are debris) before a capitalised word.
HEADING_DEBRIS = re.compile(
    r"^[ \t]*(?P<debris>(?:(?P<rep>[^\s\-–•*»·§(\[])(?P=rep){1,3}|[a-z]{1,2}\d|[#+]{1,4}|[a-zåäö]{2,4}))[ \t]+"
    r"(?=[A-ZÅÄÖ][^\n]{0,80}$)",
    re.M,
)


# Before a line's first capitalised word, in any text: "44 Rubrik ...", "++ Underskrifter",
# "titt Exempels kommun" (looser: the extractors only look past it, nothing is removed).
_LEADING_DEBRIS = re.compile(r"^(?:(?:[^\w\s]+|\d{1,2}|([A-Z])\1{1,2}|[a-zåäö]{1,4}(?=\s+[A-ZÅÄÖ]))\s+)+(?=[A-ZÅÄÖÉ])")


def strip_leading_debris(line: str) -> str:
    """The line without heading-mark debris before its first capitalised word."""
    return _LEADING_DEBRIS.sub("", line)

# A protocol page's foot of signature boxes, printed on every page ("Justerandes signatur",
# "Justerandes sign", "Ordförandes sign", "Utdragsbestyrkande"; the role in the nominative too,
# "Justerare sign", "Justerarnas signaturer"): page furniture, not text.
SIGNATURE_BOX = re.compile(r"^[ \t]*(?:(?:Justerandes|Justerares|Justerare|Justerarnas|Ordförandes|Ordförande)[ \t]+sign(?:atur(?:er)?|\.)?"
                           r"|Utdragsbestyrkande)\b", re.I)
