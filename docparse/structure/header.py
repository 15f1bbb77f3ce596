"""The header of a document: where its own text starts, its label/value pairs, its type word.

Works on line-structured and flattened text alike: a label is found as a word wherever it
stands, and its value is the first value of the right kind within a bounded window after it
(same line, or the lines of a label row: "Datum  Vår beteckning" with the values beneath).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docparse.sv.dates import DATE_RE, SIX_DIGIT_DATE, date_value, six_digit_value
from docparse.sv.dnr import LABEL as DNR_LABEL
from docparse.sv.names import is_given_name
from docparse.sv.sections import tolerant
from docparse.sv.text import fold
from docparse.structure.reline import FLAT_HEAD

# How much of a document is its head: labels, type words and letterheads stand here.
HEAD_CHARS = 2500
# How far after a label its value may stand (a label row's values come a line or two later).
VALUE_WINDOW = 160

# Labels whose value is the document's date, by what the date is.
DATE_LABELS: dict[str, str] = {
    "sammanträdesdatum": "meeting", "mötesdatum": "meeting", "sammanträdestid": "meeting", "mötestid": "meeting", "sammanträde": "meeting", "möte": "meeting",
    "sammanträdesdag": "meeting", "mötesdag": "meeting",  # ("Sammanträdesdag: 2040-09-08", a meeting system's head)
    "dag och tid": "meeting", "plats och tid": "meeting", "tid och plats": "meeting",
    # A company's or förbund's board meeting a paper goes to: "Styrelsemöte 2040-05-14, ärende 4".
    "styrelsemöte": "meeting", "styrelsesammanträde": "meeting", "direktionsmöte": "meeting", "direktionssammanträde": "meeting",
    "datum": "document", "beslutsdatum": "document", "upprättad": "document",
    # A plan's or policy's head naming who adopted it and when: "Beslutad av kollektivtrafiknämnden 2041-12-09, § 88".
    "beslutad av": "document",
    # A report's or register's own day: "Rapportdatum: 2040-09-03", "Sammanställd 2039-12-15".
    "rapportdatum": "document", "sammanställd": "document",
    "publicerad": "published", "publicerades": "published", "publicerat": "published",
    "nyhet": "published", "nyheter": "published", "pressmeddelande": "published",
    # When a page was last changed or checked ("Uppdaterad: ...", a foot's "Senast ändrad: 4 maj 2031 09:12"):
    # its date when no publication date is printed.
    "uppdaterad": "updated", "uppdaterades": "updated", "uppdaterat": "updated",
    "senast ändrad": "updated", "ändrades": "updated", "senast granskad": "updated", "granskades": "updated",
    # When a system printed or exported the list ("Utskrivet 2041-01-12 09:41", "Utskriftsdatum: ..."): a register's
    # or report's date of last resort, when nothing else dates it (never a web page's publication).
    "utskrivet": "printed", "utskriven": "printed", "utskriftsdatum": "printed", "exporterad": "printed",
    # "Underskrifter Exeby 2032-02-14 ...": the place and date of signing after the label (a flattened agreement).
    "underskrift": "signed", "underskrifter": "signed",
    # A registry's stamp: when the letter or proposal came in, not when it was written.
    "inkom": "received", "inkommen": "received", "inkommet": "received", "inkommit": "received",
    "ink.": "received", "ankom": "received", "ankomstdatum": "received", "registrerad": "received", "diarieförd": "received",
}
# Tolerant of a lost å/ä/ö ("Sammantradesdatum"): OCR without Swedish prints the labels so.
_DATE_LABEL_RE = re.compile(
    r"(?<![\wåäö-])(" + "|".join(sorted((tolerant(re.escape(k).replace(r"\ ", r"\s+")) for k in DATE_LABELS), key=len, reverse=True))
    + r")(?![\wåäö-])[ \t]*:?",
    re.I,
)
_KIND_BY_FOLDED = {fold(k): kind for k, kind in DATE_LABELS.items()}
_DEN = re.compile(r"[ \t]*(?:den[ \t]+)?")


def is_labelled_date_line(line: str) -> bool:
    """The line opens with a date's label and its date: "Sammanträde 2040-04-15, § 31", "Datum: 3 maj 2040"."""
    text = line.strip()
    label = _DATE_LABEL_RE.match(text)
    return label is not None and DATE_RE.match(text, _DEN.match(text, label.end()).end()) is not None
# Labels that are a page's kind ("Nyhet", "Pressmeddelande"): their date stands by them, on their
# line or the next ("Nyhet | 2031-03-04", "Pressmeddelande från Region X, 14 maj 2031"), never
# past a headline's words on a line below.
_KIND_WORDS = frozenset(fold(k) for k in ("nyhet", "nyheter", "pressmeddelande"))
_WORDS_BELOW = re.compile(r"\n[^\n]*[^\W\d_]")
# The bare nouns "Möte", "Sammanträde" label a date on their line or a weekday's line below ("Sammanträde" /
# "Måndagen den 5 maj 2031"); a line of other words between makes the noun an agenda row's ("Nästa möte" /
# "Mötets avslutande" / "Exeby 2031-05-02": the signing date under it is no meeting's).
_NOUN_LABELS = frozenset(fold(k) for k in ("möte", "sammanträde"))
_OTHER_LINE_BELOW = re.compile(r"\n[ \t]*(?!(?:mån|tis|ons|tors|fre|lör|sön)dag)[^\W\d_]{2,}[^\n]*\n", re.I)
# A kind word's date follows it with separators only ("Nyhet · 3 maj 2031"); words between make the
# word a menu's or trail's link and the date the headline's ("Nyheter Notiser från nämnden 24 maj 2031").
# "Pressmeddelande från Region X, 14 maj 2031"; with no comma when the sender is a municipality's or
# region's name ("Pressmeddelande från Exeby kommun 2031-05-14").
_SENDER_IN_GAP = re.compile(r"^[ \t]*[Ff]rån[ \t]+(?:[^,\n]{2,60}?,|(?:[A-ZÅÄÖ][\wåäö-]*[ \t]+){1,3}(?:kommun|stad)[ \t]*$|"
                            r"Region[ \t]+[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+[A-ZÅÄÖ][\wåäö-]*)?[ \t]*$)")
_WORDS_BETWEEN = re.compile(r"(?!den\b)[^\W\d_]{2,}", re.I)
# How far before a date its signing place may start ("Exempelby den").
_SIGNED_PREFIX = 60
# A weekday before a meeting date: "Måndagen den 3 mars 2031", "tisdag 7 maj 2030".
_WEEKDAY = re.compile(r"(?<![\wåäö])(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?(?:\s+den)?\s+$", re.I)


_JUSTERING = re.compile(r"\s*för\s+justering|\s*för\s+anslag", re.I)


# A notice's dates of its own posting ("Datum då anslaget sätts upp", "Datum för anslags nedtagande",
# "Datum för justering"): when the notice hangs or the protocol was checked, not the document's date.
_NOTICE_DATE = re.compile(r"[ \t]*(?:då|för)[ \t]+(?:anslag|justering)", re.I)
_NOTICE_BEFORE = re.compile(r"(?<![\wåäö])anslag(?:et)?[ \t]+$", re.I)


def _label_kind(body: str, m: re.Match) -> str:
    """What a date label's date is; the time and place of the protocol's checking
    ("Justeringens plats och tid", "Tid och plats för justering") is no meeting date."""
    kind = _KIND_BY_FOLDED[fold(m.group(1))]
    if kind == "document" and _NOTICE_DATE.match(body, m.end(), m.end() + 20):
        return "other"
    if kind in ("published", "updated") and _NOTICE_BEFORE.search(body, max(0, m.start() - 12), m.start()):
        return "other"  # "Anslaget publicerat: 2038-02-25": when a notice went up, not the decision's date
    if kind == "meeting" and (
        _JUSTERING.match(body, m.end(), m.end() + 20) or re.search(r"justeringens\s+$", body[max(0, m.start() - 14): m.start()], re.I)
    ):
        return "other"
    if kind == "meeting" and _NEXT_MEETING.search(body, max(0, m.start() - 12), m.start()):
        return "other"  # "Nästa sammanträde är den 14 maj 2040": a later meeting, not the document's
    return kind


_NEXT_MEETING = re.compile(r"(?<![\wåäö])(?:nästa|kommande)[ \t]+$", re.I)
# A sentence's end between a bare noun label and a date: the date is another sentence's ("... vid
# fullmäktiges sammanträde den 12 mars. Avtalet gäller 1 april 2040 ...").
_SENTENCE_END = re.compile(r"[.!?][ \t]*\n?[ \t]*\n?[ \t]*[•*–-]?[ \t]*[A-ZÅÄÖ]")


# A signing line: the place, then the date ("Exeby den 15 december 2031", "Åsby, 2030-03-04"; the
# place in capitals too: "EXEBY 2031-03-04").
_PLACE_WORD = r"(?:[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ]{3,})"
_PLACE_DATE = re.compile(rf"\s*{_PLACE_WORD}(?:[ -]{_PLACE_WORD})?,?\s+(?:den\s+|DEN\s+)?")


@dataclass
class HeaderDate:
    value: str  # ISO date
    kind: str  # meeting, document, published, updated, heading (next to the title or board), weekday, clock, alone, signed, received (a registry's "Inkom" stamp), printed
    span: tuple[int, int]


# A web page's publication line may stand at its foot ("Sidan uppdaterades den ...").
PUBLISHED_CHARS = 20000


def header_dates(body: str, start: int) -> list[HeaderDate]:
    """Full dates of the head (from ``start``), each with what its label says it is; and the
    dates of publication lines further down a page."""
    out = _dates(body, start, min(len(body), start + HEAD_CHARS))
    if len(body) > start + HEAD_CHARS:
        out += [d for d in _dates(body, start + HEAD_CHARS, min(len(body), start + PUBLISHED_CHARS)) if d.kind in ("published", "updated")]
    return out


def _dates(body: str, start: int, end: int) -> list[HeaderDate]:
    out: list[HeaderDate] = []
    labels = [
        (m.end(), _label_kind(body, m), m.start(), fold(m.group(1).lower()) in _KIND_WORDS,
         fold(m.group(1).lower()) in _NOUN_LABELS)
        for m in _DATE_LABEL_RE.finditer(body, start, end)
    ]
    li = 0
    first_line = _FIRST_TEXT.match(body, start, end).end()  # where the head's first line starts
    first_line = body.rfind("\n", 0, first_line) + 1
    letterhead_line = _under_lone_word(body, first_line, end)
    for m in DATE_RE.finditer(body, start, end):
        iso = date_value(m)
        if not iso or len(iso) != 10:
            continue
        first_day = _DAY_RANGE.search(body, max(start, m.start() - 8), m.start()) if m.group("d") else None
        if first_day and int(first_day.group(1)) < int(m.group("d")):
            iso = iso[:8] + f"{int(first_day.group(1)):02d}"  # "22–23 november 2031": a meeting of two days opens on the first
        else:
            first_day = None
        while li < len(labels) and labels[li][0] <= m.start():
            li += 1
        label = labels[li - 1] if li else None
        kind = "other"
        gap = body[label[0]: m.start()] if label else ""
        if label and len(gap) <= VALUE_WINDOW and not DATE_RE.search(gap) and not (
                label[3] and (_WORDS_BELOW.search(gap) or _WORDS_BETWEEN.search(_SENDER_IN_GAP.sub("", gap)))) and not (
                label[4] and (_OTHER_LINE_BELOW.search(gap) or _SENTENCE_END.search(gap))):
            kind = label[1]
            if label[1] == "meeting" and "\n\n\n" in gap:
                kind = "other"
            elif _heads_between(gap):
                kind = "other"  # "Datum" / "Dnr" / "Ärende" / "1" / "2040-05-08": a column's head, its first row's date
            elif "\n" in gap and _date_column_below(body, m, end):
                kind = "other"  # "Beslutsdatum" heading a table's column: the first row's date, the others' below it
        elif _CLOCK_AFTER.match(body, m.end()):
            kind = "clock"  # "Tid: 2035-06-03 kl. 08.30": a date with its hour, a meeting's (or a checking's)
        elif _WEEKDAY.search(body, max(start, m.start() - 25), m.start()):
            kind = "weekday"
        else:
            gap_after = _COLUMN_GAP.match(body, m.end())
            if gap_after and DATE_RE.match(body, _COLUMN_GAP_RUN.match(body, m.end()).end()):
                pass  # "2033-01-01<TAB>2035-12-31": a table row of dates (a period's from and to), no date of the document's own
            elif (gap_after is None and _blank_to_line_edge(body, m.end(), 1) or _PAGE_CELL.match(body, m.end())
                  or _DNR_CELL.match(body, m.end())) \
                    and (_opens_head(body, first_line, m.start())
                         or letterhead_line is not None and _opens_head(body, letterhead_line, m.start())):
                # "VAXHOLMS STAD          2035-05-06": the letterhead's first line closes with its date (or
                # with the page's mark after it: "Kommunstyrelsen     2035-05-06     Sida 12", an excerpt's running head)
                kind = "heading"
            elif _blank_to_line_edge(body, m.start(), -1) and (
                    _blank_to_line_edge(body, m.end(), 1) or gap_after):
                kind = "alone"  # nothing else on its line, or a cell of its own ("2031-12-01      KFN 2031/520")
            elif _blank_to_line_edge(body, m.end(), 1) or _COLUMN_GAP.match(body, m.end()):
                # "Exempelby 2021-03-04" closing a line or a column (two parties sign side by side):
                # the place and date of a signature.
                line_start = body.rfind("\n", max(0, m.start() - _SIGNED_PREFIX), m.start()) + 1
                gaps = list(_COLUMN_GAP.finditer(body, line_start, m.start()))
                cell_start = gaps[-1].end() if gaps else line_start
                if (line_start or m.start() <= _SIGNED_PREFIX) and _PLACE_DATE.fullmatch(body, cell_start, m.start()):
                    kind = "signed"
            elif _signed_in_flat_line(body, m):
                kind = "signed"
            elif _cell_in_flat_head(body, first_line, m):
                kind = "alone"
        out.append(HeaderDate(iso, kind, (first_day.start(1) if first_day else m.start(), m.end())))
    six = _six_digit_dates(body, labels, end)
    return sorted(out + six, key=lambda d: d.span) if six else out


# The era's six-digit date as a date label's value, on its line or alone in its column below
# ("Sammanträdesdatum" / "010523").
_SIX_DIGIT_VALUE = re.compile(rf"[ \t]*\n?[ \t]*{SIX_DIGIT_DATE}(?![\w/.:,-])")
_SIX_DIGIT_CELL = re.compile(rf"[ ]{{0,2}}{SIX_DIGIT_DATE}(?![\w/.:,-])")  # in the label's column, not one further right
_CELL_GAP_AFTER = re.compile(r"(?:\t|[ ]{3,})[ \t]*\S")


def _six_digits_below(body: str, label_start: int, label_end: int, end: int) -> re.Match | None:
    """A label in a row of labels ("Sammanträdesdatum      Blad") over its values' row ("040315   7"):
    the six digits standing in the label's column on the next line."""
    word_end = label_end  # (the label's match takes the blanks after it)
    while word_end > label_start and body[word_end - 1] in " \t:":
        word_end -= 1
    if not _CELL_GAP_AFTER.match(body, word_end, end):
        return None
    line_start = body.rfind("\n", 0, label_start) + 1
    below = body.find("\n", label_end)
    if below < 0:
        return None
    below_end = body.find("\n", below + 1)
    below_end = min(end, len(body) if below_end < 0 else below_end)
    column = below + 1 + label_start - line_start
    if column >= below_end or body[column - 1:column] not in (" ", "\t", "\n"):
        return None
    return _SIX_DIGIT_CELL.match(body, column, below_end)


_SIX_DIGIT_KINDS = frozenset(("meeting", "document"))


def _six_digit_dates(body: str, labels: list, end: int) -> list[HeaderDate]:
    out = []
    for label_end, kind, label_start, _kind_word, _noun in labels:
        if kind not in _SIX_DIGIT_KINDS:
            continue
        m = _SIX_DIGIT_VALUE.match(body, label_end, end) or _six_digits_below(body, label_start, label_end, end)
        if m is None:
            continue
        iso = six_digit_value(*(int(g) for g in m.groups()))
        if iso is not None:
            out.append(HeaderDate(iso, kind, (m.start(1), m.end())))
    return out


# Lines of words between a label and a date: the label heads a table's column read one cell a line
# (plain pdftotext: "Datum" / "Dnr" / "Ärende" / "1" / "2040-05-08"), the date is its first row's.
_WORD_LINE = re.compile(r"\n[ \t]*[^\W\d_][^\n]*(?=\n)")
_ROW_NUMBER_OVER = re.compile(r"\n[ \t]*\d{1,3}[ \t]*\n[ \t]*$")  # the row's number alone on the line over the date


def _heads_between(gap: str) -> bool:
    return gap[:1] == "\n" and _ROW_NUMBER_OVER.search(gap) is not None and len(_WORD_LINE.findall(gap)) >= 2


# A flattened text's signature: a sentence ends, the place and date, then the first signer's name
# ("... beräknas. Exeby den 12 november 2035 Anna Berg (V) Per Ek (V)").
_FLAT_PLACE_BEFORE = re.compile(r"[.!?][ \t]+[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?,?[ \t]+(?:den[ \t]+)?$")
_SIGNER_AFTER = re.compile(r"[ \t]+([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)[ \t]+[A-ZÅÄÖ][a-zåäö]+")


# A flattened head (its lines joined by a space): a date as its row's last cell, after a tab or a wide gap,
# the next line's first word after a single space ("Kommunledningskontoret      2041-12-05 Ärendenummer").
_FLAT_HEAD_LINE = FLAT_HEAD  # the head's first line this long: a flattened one (reline's measure)
_FLAT_CELL_REACH = 600  # where the head's cells stand
_NEXT_LINE_WORD = re.compile(r" (?=[A-ZÅÄÖ])")
# (or after the page's mark, the cell before it: "Sida 1 (5) 2041-05-06 Handläggare")
_PAGE_MARK_BEFORE = re.compile(r"(?<![\wåäö])(?:[Ss]ida|SIDA)[ ]\d{1,3}[ ]?(?:\(\d{1,3}\)|av[ ]\d{1,3}) $")


def _cell_in_flat_head(body: str, first_line: int, m: re.Match) -> bool:
    if m.start() - first_line > _FLAT_CELL_REACH or not _NEXT_LINE_WORD.match(body, m.end()):
        return False
    before = body[max(first_line, m.start() - 3): m.start()]
    if not (before.endswith("\t") or before == "   " or _PAGE_MARK_BEFORE.search(body, max(first_line, m.start() - 20), m.start())):
        return False
    line_end = body.find("\n", first_line, first_line + _FLAT_HEAD_LINE + 1)
    return line_end < 0 and len(body) - first_line > _FLAT_HEAD_LINE


def _signed_in_flat_line(body: str, m: re.Match) -> bool:
    signer = _SIGNER_AFTER.match(body, m.end())
    return (signer is not None and is_given_name(signer.group(1))
            and _FLAT_PLACE_BEFORE.search(body, max(0, m.start() - _SIGNED_PREFIX), m.start()) is not None)


# A clock time after a date: "2035-06-03 kl. 08.30", "14 mars 2035, klockan 13".
_CLOCK_AFTER = re.compile(r",?[ \t]+(?:kl\.?|klockan)[ \t]*\d", re.I)
_ROWS_BELOW = 2  # lines under a labelled date searched for the next row's date in its column


def _date_column_below(body: str, m: re.Match, end: int) -> bool:
    """Another date right below ``m`` in the same column: ``m`` is a table row's cell."""
    column = m.start() - (body.rfind("\n", 0, m.start()) + 1)
    pos = body.find("\n", m.end())
    for _ in range(_ROWS_BELOW):
        if pos < 0 or pos >= end:
            return False
        cell = pos + 1 + column
        nxt = body.find("\n", pos + 1)
        if DATE_RE.match(body, cell, len(body) if nxt < 0 else nxt) and body[cell - 1:cell].isspace():
            return True
        pos = nxt
    return False


_FIRST_TEXT = re.compile(r"\s*")
_AFTER_CELL_GAP = re.compile(r"\S(?:\t|[ ]{3,})$")


_LONE_WORD_LINE = re.compile(r"[ \t]*[^\W\d_]{4,}[ \t]*\n(?:[ \t]*\n)?")


def _under_lone_word(body: str, first_line: int, end: int) -> int | None:
    """Where the letterhead's line starts when the head opens with a word alone on its line, the
    paper's kind over it ("INTERPELLATIONSSVAR" / "Exeby kommun      2041-02-15"), else None."""
    m = _LONE_WORD_LINE.match(body, first_line, end)
    return m.end() if m else None


def _opens_head(body: str, first_line: int, pos: int) -> bool:
    """``pos`` on the head's first line (starting at ``first_line``), after a column's gap: a letterhead's cell."""
    if body.find("\n", first_line, pos) >= 0:
        return False
    return _AFTER_CELL_GAP.search(body, first_line, pos) is not None


# A page's mark in the last cell of a line: "Sida 12", "Blad 4", "3 (14)", "Sida 2 av 5".
_PAGE_CELL = re.compile(r"(?:\t|[ ]{3,})[ \t]*(?:(?:Sida|Sid|Blad)[ \t]+\d{1,4}(?:[ \t]*\([ \t]*\d{1,4}[ \t]*\)|[ \t]*(?:av|/)[ \t]*\d{1,4})?"
                        r"|\d{1,4}[ \t]*\([ \t]*\d{1,4}[ \t]*\))[ \t]*(?=\n|$)")
# A diarienummer in the last cell of a line, labelled or bare: "TN 2041/0057", "Dnr KS 2040/12"
# (a letterhead's line of office, date and number: "Tekniska förvaltningen    2041-02-02    TN 2041/0057").
_DNR_CELL = re.compile(r"(?:\t|[ ]{3,})[ \t]*(?:(?i:" + DNR_LABEL + r")\.?[ \t]*:?[ \t]*)?"
                       r"[A-ZÅÄÖ]{1,6}[ -]?(?:19|20)\d\d[/.-]\d{1,6}[ \t]*(?=\n|$)")
# A first day before a date's day: "22–23 november 2031".
_DAY_RANGE = re.compile(r"(?<![\d.,/-])([0-3]?\d)[ ]?[–-][ ]?$")
# A wide gap after a value: the next thing on the line stands in another column.
_COLUMN_GAP = re.compile(r"\t|[ ]{3,}")
_COLUMN_GAP_RUN = re.compile(r"[ \t]*")


def _blank_to_line_edge(body: str, pos: int, step: int) -> bool:
    """Only blanks between ``pos`` and its line's start (step -1) or end (step 1): read up to the
    first character that is not blank, not the whole line (a long line is not rescanned)."""
    i = pos - 1 if step < 0 else pos
    while 0 <= i < len(body) and body[i] != "\n":
        if not body[i].isspace():
            return False
        i += step
    return True
