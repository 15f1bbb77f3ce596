"""Diarienummer: the document's own, and every other one referred to, with its context.

The validator (compact / validate / is_valid) and the label reader live in docparse.sv.dnr.
"""

from __future__ import annotations

import re

from docparse.extract.items import is_multi_matter
from docparse.extract.nlp import sentence_around
from docparse.extract.patterns import label_row_values, squash
from docparse.sv.labelrun import label_runs
from docparse.sv.dnr import BARE_AFTER_DATE, LABEL, LABEL_RE, InvalidDnr, compact, is_valid, take_value, validate  # noqa: F401 (re-exported)
from docparse.structure.reline import FLAT_HEAD

def _label_rows(text: str):
    """Diarienummer in 'Datum  Vår beteckning' label rows, whose values sit on the next line."""
    for label, value, start in label_row_values(text):
        if re.fullmatch(rf"{LABEL}\.?:?", label, re.I) and is_valid(value):
            yield compact(value), start, start + len(value), label


_THEIRS = re.compile(r"(?i:er|ert)\s")
# Another party's number by its owner's genitive before the label: "Departementets beteckning: S2040/03311",
# "Remissens dnr", "Länsstyrelsens diarienummer" (the remiss's or the sender's, not the document's own).
_OTHERS_BEFORE = re.compile(r"(?<![\wåäö])(?i:departementets|regeringskansliets|remissens|remittentens|länsstyrelsens|"
                            r"myndighetens|avsändarens|mottagarens|sökandens|domstolens|inspektionens|verkets)[ \t]+$")


# A value printed above its label, the label alone on the next line ("KS 2021/12" / "Diarienummer").
_VALUE_OVER_LABEL = re.compile(rf"^[ \t]*(?P<value>[^\n]{{3,40}})\n[ \t]*{LABEL}[ \t]*:?[ \t]*$", re.I | re.M)


# A board-code number alone on a line of the head, in a letter's right-hand column: "TN 2021/0056";
# or the last cell of a letterhead's line, after a tab or a wide gap ("Eva Ek        TN 2021/0056");
# also as regions write it, the year and the serial joined by a dash ("RUN 2041-0093").
_BARE_DNR = r"[A-ZÅÄÖ]{1,6}[ -]?(?:19|20)?\d{2}/\d{1,6}(?:-\d{1,3})?|[A-ZÅÄÖ]{1,6}[ ](?:19|20)\d{2}-\d{3,6}"
_BARE_HEAD_DNR = re.compile(r"^(?:[^\n]*?(?:\t|[ ]{3,}))?[ \t]*(" + _BARE_DNR + r")[ \t]*$", re.M)
_BARE_HEAD_CHARS = 600
_BARE_AFTER_DATE_CHARS = 400  # (a flattened head's first words)
RUN_CHARS = 20000  # label runs are read in the heads of a document's pages, not in a whole archive file


# The same number in a flattened head (every line joined by a space): the last cell of its row, after a
# tab or a wide gap, and the next line's first word after a single space ("2031-10-02     KS 2031/0566 Handläggare").
_FLAT_BARE_HEAD_DNR = re.compile(r"(?:\t|[ ]{3,})(" + _BARE_DNR + r") (?=[A-ZÅÄÖ])")
_FLAT_LINE = FLAT_HEAD  # a line this long is a flattened text's (reline's measure, one for every reader)


def _bare_in_head(text: str):
    stop = min(len(text), _BARE_HEAD_CHARS)
    for m in _BARE_HEAD_DNR.finditer(text, 0, stop):
        yield compact(m.group(1)), m.start(1), m.end(1)
    for m in BARE_AFTER_DATE.finditer(text, 0, min(len(text), _BARE_AFTER_DATE_CHARS)):
        yield compact(m.group(1)), m.start(1), m.end(1)
    line_end = text.find("\n", 0, _FLAT_LINE)
    if line_end < 0 and len(text) > _FLAT_LINE:  # (the head's first line a flattened one)
        for m in _FLAT_BARE_HEAD_DNR.finditer(text, 0, stop):
            yield compact(m.group(1)), m.start(1), m.end(1)


def _values_over_labels(text: str):
    for m in _VALUE_OVER_LABEL.finditer(text):
        hit = take_value(text, m.start("value"))
        if hit and not text[hit[2]: m.end("value")].strip():
            yield compact(hit[0]), hit[1], hit[2]


# Sentence splitting costs about a millisecond a call: past this many references in one
# document (a register, say) the context is the line instead.
MAX_SENTENCE_CONTEXTS = 100


def _context(text: str, start: int, end: int, abbreviations: frozenset[str], by_sentence: bool = True) -> str:
    """The sentence the number stands in, at most 80 characters each side of it."""
    if by_sentence:
        s, e = sentence_around(text, start, end, abbreviations)
    else:  # the line, looked for only as far as the context reaches (a long line is not rescanned)
        s = text.rfind("\n", max(0, start - 80), start) + 1
        e = text.find("\n", end, end + 80)
        e = len(text) if e < 0 else e
    return squash(text[max(s, start - 80): min(e, end + 80)])


# Kinds of a meeting's papers: their diarienummer are their items'.
_MEETING_KINDS = ("protokoll", "protokollsutdrag", "kallelse")


def _head_of_listing(ctx, found: list) -> list:
    """A writing that lists several matters (a delegation list, a tjänsteskrivelse of anmälningsärenden)
    under its own kind word has a number of its own: the one above its first row. A protocol or
    agenda has none: its numbers are the items'."""
    st = ctx.structure
    if st.type_word is None or st.type_word.doc_type in _MEETING_KINDS or not st.items:
        return []
    first_row = st.items[0].span[0]
    return [f for f in found if f[1] < first_row]


_STAMP_BEFORE = re.compile(r"(?<![\wåäö])(?:inkom(?:men|mit)?|ankom(?:men|mit)?|registrerad|diarieförd)(?![\wåäö])[^\n]*$", re.I)
_STAMP_REACH = 80  # characters between the stamp's word and the number


def extract_dnr(ctx) -> list[dict]:
    """Every labelled diarienummer, in text order; the first in a header or footer, or near
    the top of the document, is the document's own (``own``)."""
    text = ctx.text  # headers count here: that is where a document's own number is printed
    found: list[tuple[str, int, int]] = []
    theirs = set()  # "er beteckning", "ert dnr": the addressee's number, never the document's own
    # Labels first, then their values ("Datum Diarienummer 2039-03-18 SBN 2039/0064"): each label's
    # value is the one in its place among the values, not the text right after it.
    in_runs: dict[int, tuple[int, int] | None] = {}
    for _run, values in label_runs(text, 0, min(len(text), RUN_CHARS)):
        for v in values:
            if v.kind == "dnr":
                in_runs.update({i: v.value for i in range(*v.label_span)})
    for m in LABEL_RE.finditer(text):
        if m.start() in in_runs:
            span = in_runs[m.start()]
            hit = (text[span[0]:span[1]], span[0], span[1]) if span else None
        else:
            hit = take_value(text, m.end())
        if hit:
            found.append((compact(hit[0]), hit[1], hit[2]))
            if _THEIRS.match(m.group(0)) or _OTHERS_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                theirs.add(hit[1])
    for value, start, end, label in _label_rows(text):
        found.append((value, start, end))
        if _THEIRS.match(label):
            theirs.add(start)
    found.extend(_values_over_labels(text))
    if all(f[1] in theirs for f in found):  # (none labelled, or only another party's: "Ert dnr", "Departementets beteckning")
        found.extend(_bare_in_head(text))
    found.sort(key=lambda f: f[1])

    own_value = None
    # A protocol or agenda with several items: its numbers are the items', none the document's.
    own_candidates = _head_of_listing(ctx, found) if is_multi_matter(ctx) else found
    head_limit = min(len(text), 1500)
    for value, start, end in own_candidates:
        if start in theirs:
            continue
        in_furniture = ctx.is_masked(start)
        if not (in_furniture or start < head_limit):
            continue  # cannot be the document's own, whatever its line says
        line_start = text.rfind("\n", 0, start) + 1
        line = text[line_start:start]
        attachment = re.search(r"\bbilag", line, re.I) or re.search(r"\n\s*bilag(?:a|or)\b[^\n]*\n", text[max(0, start - 400):start], re.I)
        if not attachment:
            own_value = value
            break
    if own_value is None and not is_multi_matter(ctx):
        # A registry's stamp at a motion's or letter's end ("... Inkom 2039-01-21 Dnr 2039/0038"): the
        # number the case got when it came in is the document's own, however far down it stands.
        for value, start, end in found:
            if start not in theirs and _STAMP_BEFORE.search(text, max(0, start - _STAMP_REACH), start):
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
