"""The paragraph sign as Tesseract's Swedish model reads it. Its alphabet has no "§", so a
protocol's "§ 12 Budget" comes out "8 12 Budget", "& 12" or "$ 12" (by typeface), and
"14 § Budget" as "14 8 Budget" or "14 3 Budget": the items of a scanned protocol are lost.

A law reference's sign is put right where its chapter stands before it ("9 kap. 30 $&").
A head is put right only in a run: two or more lines of the same shape whose numbers go up by
small steps ("8 12 Budget" / "$ 13 Val av justerare": one page reads the sign differently from
line to line). One such line alone may be a table row or a sum, and is left as read."""

from __future__ import annotations

import re

from docparse.sv.confusions import PARAGRAPH_SIGN_MISREADS

# The sign before the number at a line's start, a title or nothing after: "8 12 Budget", "& 13".
_SIGN_FIRST = re.compile(r"^[ \t]*(" + PARAGRAPH_SIGN_MISREADS + r")[ \t]+(\d{1,3})(?=[ \t]+[A-ZÅÄÖ]|[ \t]*$)", re.M)
# The number first, as Finland-Swedish bodies print it, a title after: "14 8 Budget".
_NUMBER_FIRST = re.compile(r"^[ \t]*(\d{1,3})[ \t]+([8&$3])(?=[ \t]+[A-ZÅÄÖ])", re.M)
MAX_STEP = 3  # numbers a head may skip to the next (items withdrawn, a page between)
REASON = "paragraph sign read as a digit or mark (Swedish OCR model)"


# A law's chapter and paragraph in running text: "9 kap. 30 $& plan- och bygglagen", "2 kap. 7 $".
# The chapter before it says what the marks are, so one reference alone is put right.
_LAW_REFERENCE = re.compile(r"(?<!\d)\d{1,2}[ \t]+kap\.?[ \t]+\d{1,3}[a-z]?[ \t]+([$&]{1,2})(?=[ \t\n,.;)]|$)")
LAW_REASON = "paragraph sign of a law reference read as a mark (Swedish OCR model)"


def paragraph_signs(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "§", reason) of every misread sign that stands in a run of heads, or in a
    law's "N kap. N §" reference."""
    # (no "kap" in the text, no reference: the pattern is not run over it)
    out: list[tuple[int, int, str, str]] = [(m.start(1), m.end(1), "§", LAW_REASON)
                                            for m in _LAW_REFERENCE.finditer(text)] if "kap" in text else []
    lines = text.replace("\f", "\n")  # a page break starts a line too (same offsets; "^" knows only "\n")
    for pattern, sign, number in ((_SIGN_FIRST, 1, 2), (_NUMBER_FIRST, 2, 1)):
        heads = [(m.start(sign), int(m.group(number))) for m in pattern.finditer(lines)]
        in_run: set[int] = set()
        for (a_pos, a_num), (b_pos, b_num) in zip(heads, heads[1:]):
            if 0 < b_num - a_num <= MAX_STEP:
                in_run.update((a_pos, b_pos))
        out.extend((pos, pos + 1, "§", REASON) for pos in sorted(in_run))
    return sorted(out)
