"""Digit damage in organisation numbers (O/0, l/1, S/5, B/8), repaired only where Luhn agrees."""

from __future__ import annotations

import re

from docparse.sv.confusions import DIGIT_FOR

# Six and four characters that are digits or letters OCR reads for digits, with the hyphen
# (or a space, or nothing); not inside a longer word or number.
CANDIDATE = re.compile(r"(?<![\w-])([0-9OoIlSB]{6})([-‐–]?)([0-9OoIlSB]{4})(?![\w-])")


def orgnr_repairs(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str, str]]]:
    """(spans of everything shaped like an organisation number, [(start, end, fixed, reason)]).

    A number with letters in it is rewritten only when the rewritten number passes the Luhn
    check (stdnum.se.orgnr); otherwise it is left as found, for the extractor to report.
    """
    spans, fixes = [], []
    for m in CANDIDATE.finditer(text):
        head, dash, tail = m.groups()
        raw = head + tail
        if sum(c.isdigit() for c in raw) < 7:
            continue  # mostly letters: a word, not a damaged number
        spans.append(m.span())
        if raw.isdigit():
            continue
        from stdnum.se import orgnr  # here, not above: most texts have no damaged number

        fixed = raw.translate(DIGIT_FOR)
        if orgnr.is_valid(fixed):
            fixes.append((m.start(), m.end(), fixed[:6] + (dash or "-") + fixed[6:], "orgnr:luhn"))
    return spans, fixes
