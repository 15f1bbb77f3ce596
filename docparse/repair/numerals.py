"""Letters an OCR reads for digits inside a number ("2004-03-l2", "l20 000 kr", "SN 2006/0l4",
"§ 6l", "l,3 mkr"): l and I for 1, O for 0, put back where the run of characters is a number by
its shape (digits among them, nothing but digits, look-alikes and a number's own separators)."""

from __future__ import annotations

import re

from docparse.sv.confusions import DIGIT_FOR

# A run of digits and the look-alikes l, I, O with a number's inner separators between them
# (a date's dashes, a dnr's slash, a decimal comma), standing apart from any word.
_RUN = re.compile(r"(?<![\w.,:/-])[0-9lIO](?:[.,:/-]?[0-9lIO])*(?![\w])")
_LOOKALIKES = frozenset("lIO")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")
_SIGN_BEFORE = re.compile(r"§[ \t]*$")
REASON = "letter read for a digit inside a number"


def numeral_repairs(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, fixed, reason) of each number with look-alike letters in it: at least one digit
    and, for every letter, a digit beside it (so "I" or "IO" alone, words, are never numbers), the
    run outside ``skip`` (organisation numbers, put right or not by their check digit)."""
    out = []
    for m in _RUN.finditer(text):
        run = m.group()
        if not any(c in _LOOKALIKES for c in run) or not any(c.isdigit() for c in run):
            continue
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        if len(run) <= 2 and run[0] in "IO":
            continue  # "O2", "I5": a name or a code as likely as a number
        if run.endswith("I") and _WORD_AFTER.match(text, m.end()):
            continue  # "2I den", "84I kommuner": a footnote's number run into the word "I" after it
        if len(run) == 2 and not _SIGN_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue  # "point 5l", "bilaga 4I": a numbered point's letter as likely as a digit (not "§ 6l")
        if not all(_digit_beside(run, i) for i, c in enumerate(run) if c in _LOOKALIKES):
            continue
        out.append((m.start(), m.end(), run.translate(DIGIT_FOR), REASON))
    return out


def _digit_beside(run: str, i: int) -> bool:
    """Whether a digit or another look-alike standing next to a digit is beside position ``i``
    (through a separator too: "l,3"): a lone letter among words is no digit."""
    near = run[max(0, i - 2):i + 3]
    return any(c.isdigit() for c in near)
