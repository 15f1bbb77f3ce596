"""A flattened head table whose labels come first and their values after them, in the same order.

A two-row head table ("Datum | Diarienummer | Handläggare" over "2039-03-18 | SBN 2039/0064 | Eva Ek,
utredare") read row by row and flattened into one line prints every label before any value:
"Datum Diarienummer Handläggare 2039-03-18 SBN 2039/0064 Eva Ek, utredare". A label's value is then
not the text after it but the value in its place in the row of values. Read only runs of two labels
or more (one label is followed by its own value) and only values whose shape the label tells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docparse.sv.bodies import BOARD_RE
from docparse.sv.dates import DATE_RE
from docparse.sv.dnr import is_valid, take_value
from docparse.sv.sections import tolerant

_DATE_LABEL = tolerant(r"(?:(?:vårt|ert)\s+)?(?:sammanträdes|besluts|expedierings)?datum")  # ("Vårt datum", "Ert datum" of a letter's head)
_DNR_LABEL = tolerant(r"dnr|diarienr|diarienummer|ärendenummer|ärendenr|vår\s+beteckning|er\s+beteckning|"
                      r"vårt\s+dnr|ert\s+dnr|vår\s+referens|er\s+referens|vårt\s+diarienummer|ert\s+diarienummer")
_PERSON_LABEL = tolerant(r"handläggare|föredragande|beslutsfattare|kontaktperson")
_TO_LABEL = r"mottagare|(?-i:Till|TILL)"
_KINDS = (("date", _DATE_LABEL), ("dnr", _DNR_LABEL), ("person", _PERSON_LABEL), ("to", _TO_LABEL))
_ONE = "|".join(f"(?:{p})" for _k, p in _KINDS)
# (the values may stand on the next line: "Datum Diarienummer" / "2039-03-18 SBN 2039/0064", a head table's two
# rows read with single spaces between their cells)
RUN_RE = re.compile(rf"(?<![\wåäö-])(?:{_ONE})(?:[ \t]+(?:{_ONE})){{1,6}}(?=[ \t]+\S|[ \t]*\n[ \t]*\S)(?![\wåäö-])", re.I)
_KIND_RES = [(k, re.compile(rf"(?:{p})(?![\wåäö-])", re.I)) for k, p in _KINDS]
_LABEL_AT = re.compile(rf"[ \t]*(?:{_ONE})(?![\wåäö-])", re.I)

# "Eva Ek", "Per-Olof Sundqvist, miljöinspektör": a name and, after a comma, a title in lower case.
_PERSON_VALUE = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}"
                           r"(?:,[ \t]*[a-zåäö][\wåäö-]*)?")


@dataclass(frozen=True)
class RunValue:
    """One label of a run and its value's span (value None: the run's values stop before it)."""
    label: str
    kind: str
    label_span: tuple[int, int]
    value: tuple[int, int] | None


def _kind(label: str) -> str:
    return next(k for k, r in _KIND_RES if r.fullmatch(label.strip()))


_CELL_GAP = re.compile(r"\t[ \t]*|[ ]{2,}")  # a table row's cells are parted by a tab or a run of blanks


def _cells_before(text: str, start: int) -> int:
    """The column headings before a run on its line ("Nr  Datum  Ärende  Dnr  Beslutsfattare": three)."""
    head = text[text.rfind("\n", 0, start) + 1:start].strip(" \t")
    return len(_CELL_GAP.split(head)) if head else 0


def _skip_cells(text: str, pos: int, cells: int) -> int | None:
    """Where a row's cell ``cells`` (from 0) starts, the row starting at pos; a row opening on
    blanks opens on an empty cell. None: the row has not so many cells."""
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    for _ in range(cells):
        gap = _CELL_GAP.search(text, pos, end)
        if gap is None:
            return None
        pos = gap.end()
    return pos


def read_run(text: str, m: re.Match) -> list[RunValue]:
    """The labels of the run ``m`` (a RUN_RE match) with their values read in order after it; a value
    whose shape does not fit its label ends the reading (the labels after it get None). A run ending
    its line after other columns' headings has its values in its own columns of the next line, past
    as many cells ("Nr  Datum  Ärende  Dnr" / "1  2039-02-03  Startbidrag  KFN 2039/12": the fourth)."""
    labels = []
    pos = m.start()
    while pos < m.end():
        lm = _LABEL_AT.match(text, pos)
        if not lm:
            break
        s = lm.start() + len(lm.group(0)) - len(lm.group(0).lstrip())
        labels.append((text[s:lm.end()], (s, lm.end())))
        pos = lm.end()
    out: list[RunValue] = []
    pos, reading = m.end(), True
    below = re.compile(r"[ \t]*\n").match(text, pos)
    if below:
        pos = below.end()  # the labels end their line: the values are the next line's
        skipped = _skip_cells(text, pos, _cells_before(text, m.start()))
        reading = skipped is not None
        pos = pos if skipped is None else skipped
    for label, span in labels:
        kind = _kind(label)
        value = None
        if reading:
            at = pos + len(text[pos:pos + 10]) - len(text[pos:pos + 10].lstrip(" \t"))
            if kind == "date":
                d = DATE_RE.match(text, at)
                value = (d.start(), d.end()) if d else None
            elif kind == "dnr" and not DATE_RE.match(text, at):
                hit = take_value(text, at)
                value = (hit[1], hit[2]) if hit else None
                if value and any(_kind(lab) == "dnr" for lab, _s in labels[len(out) + 1:]):
                    # another number's label waits: this value is the shortest number the tokens make
                    # ("KS 2038/311 N2038/01877": ours, then theirs)
                    ends = [t.end() + at for t in re.finditer(r"\S+", text[at:value[1]])]
                    value = next(((at, e) for e in ends if is_valid(text[at:e])), value)
            elif kind == "person":
                p = _PERSON_VALUE.match(text, at)
                value = (p.start(), p.end()) if p else None
            elif kind == "to":
                b = BOARD_RE.match(text, at)
                value = (b.start(), b.end()) if b else None
            if value is None:
                reading = False
            else:
                pos = value[1]
        out.append(RunValue(label, kind, span, value))
    return out


def label_runs(text: str, start: int = 0, end: int | None = None):
    """Each run of labels in ``text[start:end]`` with its values (read_run)."""
    for m in RUN_RE.finditer(text, start, len(text) if end is None else end):
        yield m, read_run(text, m)
