"""Cleaning stage: strip markup and converter debris, rejoin split words, find page furniture.

Markup (Markdown, HTML, table pipes) and word-processor error text are removed from the
text. Page headers, footers and footnotes are kept in the text (a page header is where a
document's diarienummer is often printed) but reported as masked spans, so extractors of
titles, decision points, names and amounts never see them. Every change is recorded in an
OffsetMap back to the raw text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from docparse.document import PAGE_BREAK, OffsetMap, TextBuilder, line_spans, page_line_key
from docparse.models import ModelStore, store_for
from docparse.sv.bodies import MUNICIPALITY_RE
from docparse.sv.confusions import PARAGRAPH_SIGN_MISREADS
from docparse.sv.dates import ISO_DATE
from docparse.sv.debris import HEADING_DEBRIS as _HEADING_DEBRIS
from docparse.sv.debris import SIGNATURE_BOX
from docparse.sv.dnr import HEAD_LABEL
from docparse.sv.names import TITLE_RANK, can_be_name_word, is_capitalised, is_given_name, is_title_word
from docparse.sv.sections import SECTION_HEADINGS
from docparse.sv.text import PHRASE_GOES_ON
from docparse.sv.web import (COOKIE_MENTION, COOKIE_NOTICE_WORDS, COUNTER_LINE, DATELINE_OPENING, QUOTED_TITLE, RELATED_HEAD,
                             RELATED_LINK_WORDS, TEXT_START_MARK, TRAIL_LINE, UI_LINE, ends_in_cookie_buttons,
                             is_cookie_button_line)

# --- removed outright -------------------------------------------------------------------

# Word's field-code error messages, tolerant of OCR damage ("1ab", "apgly", "fo").
_WORD_ERROR_FULL = re.compile(
    r"Error!\s+Use\s+the\s+Home\s+\S{2,4}\s+to\s+\S{4,6}\s+[^\n]{1,40}?\s+[tf]o\s+"
    r"the\s+text\s+that\s+you\s+want\s+to\s+appear\s+here\.?"
)
_WORD_ERROR_HEAD = re.compile(r"Error!\s+Use\s+the\s+Home\s+\S{2,4}\s+to\s+\S{4,6}\s+\S+(?:\s\d+)?\s+[tf]o\b ?")
_WORD_ERROR_TAIL = re.compile(r"the\s+text\s+that\s+you\s+want\s+to\s+appear\s+here\.? ?")
_WORD_ERROR_OTHER = re.compile(
    r"Error!\s+(?:Reference\s+source\s+not\s+found|Bookmark\s+not\s+defined|"
    r"No\s+text\s+of\s+specified\s+style\s+in\s+document|Not\s+a\s+valid\s+bookmark[^.\n]*)\.?"
)
_HTML_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|p|div|br|sup|sub|font|td|tr|th|table|tbody|thead)\b[^>\n]*>", re.I)
_HTML_ENTITY = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
# (a line opens after "\n" or after a page break: "^" under re.M knows only "\n")
# A grid table's rule, as pandoc and plain-text exports draw a Word table ("+------+------+", "+====+"),
# whole or beside other cells on its line: no text. (Its "|" cell walls are the pipes below.)
_GRID_RULE = re.compile(r"[ \t]*\+(?:[-=:]{3,}\+)+")
_MD_HEADING = re.compile(r"(?:^|(?<=\f))[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_EMPHASIS = re.compile(r"\*\*")
_MD_UNDERSCORE_BOLD = re.compile(r"(?<![_\w])__(?=[^\s_])([^_\n]+?)(?<=[^\s_])__(?![_\w])")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*(?![\w*])")
# (a one-column table's rule is "|---|", between pipes: a bare "---" is a thematic break, not a table's)
_MD_TABLE_RULE = re.compile(r"^[ \t]*(?:\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?|\|[ \t]*:?-{3,}:?[ \t]*\|)[ \t]*(?:\n|$)", re.M)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")

# --- rejoined ---------------------------------------------------------------------------

# "NNNNNN-\nNNNN" and "NNNNNN- NNNN": an organisation or personal number split by a break.
_SPLIT_NUMBER = re.compile(r"(?<!\d)(\d{6})-[ \t]*\n?[ \t]*(\d{4})(?!\d)")
# "2031-05-\n14": an ISO date broken after a dash at the margin.
_SPLIT_DATE = re.compile(r"(?<![\d-])((?:19|20)\d\d-[01]\d-)[ \t]*\n[ \t]*([0-3]\d)(?![\d-])")
# "förvalt-\nningen": a word hyphenated at a line end (but not "service-\noch stöd").
_HYPHENATED = re.compile(r"(?<=[a-zåäöé])-[ \t]*\n[ \t]*(?=[a-zåäöé])(?!(?:och|eller|samt|respektive|till)\b)")
# "SAMMANTRÄD-\nESPROTOKOLL": a word in capitals hyphenated at a line end (an abbreviation's compound,
# "IOP-\nSAMVERKAN", and a shared part, "BARN-\nOCH ...", keep their hyphen and break).
_HYPHENATED_CAPS = re.compile(r"(?<=[A-ZÅÄÖÉ]{5})-[ \t]*\n[ \t]*(?=[A-ZÅÄÖÉ]{2})(?!(?:OCH|ELLER|SAMT|RESPEKTIVE|TILL)\b)")
# "Barn-\noch utbildningsnämnden": a compound's shared part left hanging at a line end; the
# phrase goes on over the break ("Barn- och utbildningsnämnden"), so the lines are one.
_SUSPENDED_COMPOUND = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=(?:och|eller|samt)[ \t]+[^\W\d_])")

# "K o m m u n s t y r e l s e n", "B E S L U T": a heading typed letter-spaced, which an OCR gives
# as one-letter tokens. Five letters or more, each a single space apart, the run standing alone
# in its cell (a line's edge or a layout's gap on either side), or in capitals: no prose is so written.
_LETTER_SPACED = re.compile(r"(?<![^\s])(?:[^\W\d_] ){4,}[^\W\d_](?![^\s])")
_CELL_EDGE = re.compile(r"(?:^|\n|\t| {2})$")


def _letter_spaced(m: re.Match) -> str:
    """The letters of a letter-spaced run written as one word, when it stands alone in its cell."""
    text = m.string
    before = text[max(0, m.start() - 2):m.start()]
    after = text[m.end():m.end() + 2]
    alone = (_CELL_EDGE.search(before) or m.start() == 0) and (after == "" or after[:1] in "\n\t" or after == "  ")
    # (a run in capitals is a typed heading wherever it stands: a flattened export leaves it one space
    # from its neighbours, "... förvaltningen T J Ä N S T E S K R I V E L S E 2038-11-29 ...")
    if not alone and not m.group(0).isupper():
        return m.group(0)
    return m.group(0).replace(" ", "")


# A converter that puts a blank line after every line doubles each run of line breaks: no line
# then ends with a single break, every run is even, and the paragraph breaks became runs of four.
_BREAK_RUN = re.compile(r"\n(?:[ \t]*\n)*")
_DOUBLED_MIN_RUNS = 8
_DOUBLED_MID_SENTENCE = 0.25  # wrapped prose breaks half its lines mid-sentence; web paragraphs hardly any
_DOUBLED_SENTENCES = 0.5  # web paragraphs end sentences; a layout's cells and labels seldom do
_SENTENCE_GOES_ON = re.compile(r"(?:[^\W\d_]|,)$")

# --- masked (kept in text, hidden from extractors) --------------------------------------

# ("Blad 1 av 2": an older protocol's word for its sheet, with the count of sheets; a bare "Blad 14"
# under a head's date cell stays, as the head's row of values.)
_PAGE_NUMBER = re.compile(
    r"^[ \t]*(?:Blad[ \t]+\d{1,4}[ \t]*(?:\(\s*\d{1,4}\s*\)|av[ \t]*\d{1,4})"
    r"|(?:Sida|Sid|Page|s\.)[ \t]+\d{1,4}(?:[ \t]*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)[ \t]*\d{1,4}))?"
    r"|-[ \t]*\d{1,4}[ \t]*-|\d{1,4}[ \t]*\(\d{1,4}\)|\d{1,4}[ \t]*/[ \t]*\d{1,4})[ \t]*$",
    re.M | re.I,
)
# An inline footer: "ABC Dnr 1.2-345/2020 Sida 5" glued to the end of a body line.
_INLINE_FOOTER = re.compile(r"(?:\b[A-ZÅÄÖ]{2,8}[ \t]+)?\bDnr[ \t]+\S+[ \t]+Sida\b[ \t\d()]*$", re.M)
# Short lines that sit with a page number in a header block: document type, dnr, date, logo debris.
_HEADER_LINE_MAX = 60


@dataclass
class CleanResult:
    text: str
    offsets: OffsetMap  # cleaned text -> raw text
    masks: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, kind) in text

    def masked_spans(self, later: OffsetMap | None = None) -> list[tuple[int, int, str]]:
        """The masks, moved into a later text's coordinates (``later`` maps later -> this text)."""
        if later is None:
            return list(self.masks)
        return [(later.from_source(s), later.from_source(e), k) for s, e, k in self.masks]


def _group1(m: re.Match) -> str:
    return m.group(1)


def _apply(text: str, offsets: OffsetMap | None, pattern: re.Pattern, repl,
           needs: str = "") -> tuple[str, OffsetMap | None]:
    """Substitute pattern in text, extending the offset map back to the raw text.

    ``repl`` is a literal string (no group references) or a function of the match; ``needs``: a
    string every match contains, looked for first (a substring search costs a fraction of a
    pattern's scan, and most texts have no markdown or tables)."""
    if needs not in text:
        return text, offsets
    builder = TextBuilder(text)
    pos = 0
    changed = False
    for m in pattern.finditer(text):
        new = repl(m) if callable(repl) else repl
        if new == m.group(0):
            continue
        changed = True
        builder.copy(pos, m.start())
        builder.insert(new)
        pos = m.end()
    if not changed:
        return text, offsets
    builder.copy(pos, len(text))
    new_text, step = builder.build()
    return new_text, step if offsets is None else step.then(offsets)


# Markup stripped, in order: (pattern, replacement, what every match of the pattern contains).
_MARKUP = (
    (_WORD_ERROR_FULL, "", ""),
    (_WORD_ERROR_OTHER, "", ""),
    (_WORD_ERROR_HEAD, "", ""),
    (_WORD_ERROR_TAIL, "", ""),
    (_HTML_TAG, lambda m: "\n" if m.group(0).lower().startswith("<br") else "", ""),
    (re.compile("|".join(map(re.escape, _HTML_ENTITY))), lambda m: _HTML_ENTITY[m.group(0)], ""),
    (_MD_TABLE_RULE, "", "---"),
    (_GRID_RULE, lambda m: " " * len(m.group(0)), "+-"),  # (blanks: the cells beside it keep their columns)
    (_MD_HEADING, "", "#"),
    (_MD_EMPHASIS, "", ""),
    (_MD_UNDERSCORE_BOLD, _group1, "__"),
    (_MD_ITALIC, _group1, "*"),
    (_MD_ESCAPE, _group1, ""),
    # (an indented cell wall keeps the indent: "              |   Eva Ek" stands in the column right of it)
    (re.compile(r"^([ \t]+)\|", re.M), lambda m: m.group(1) + " ", "|"),
    (re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.M), "", "|"),  # outer table pipes
    (re.compile(r"[ \t]*\|[ \t]*"), "\t", "|"),  # inner table pipes become cell separators
    (re.compile(r"[ \t]+$", re.M), "", ""),  # trailing blanks
    (re.compile(r"\n{4,}"), "\n\n\n", "\n\n\n\n"),
)
# Words broken at a line end rejoined, likewise.
# "Kommun fullmäktige", "Region styrelsen": a deciding body's compound with a space inside, as
# Tesseract reads a typewriter's even letter spacing (the two words never stand so in prose: a
# municipality's body is "kommunens styrelse", "X kommuns fullmäktige"). Not after a capitalised
# word, where "kommun" may close a municipality's name.
_SPLIT_BODY = re.compile(r"(?<![\wåäöÅÄÖ])([Kk]ommun|KOMMUN|[Rr]egion|REGION|[Ll]andstings|LANDSTINGS) "
                         r"(?=(?:fullmäktige|styrelse)(?:n|ns|s)?(?![\wåäö])|(?:FULLMÄKTIGE|STYRELSEN?)(?![\wÅÄÖ]))")
_NAME_BEFORE = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*[ ]$")

_REJOIN = (
    (_SPLIT_NUMBER, lambda m: f"{m.group(1)}-{m.group(2)}", "-"),
    (_SPLIT_DATE, lambda m: m.group(1) + m.group(2), "-"),
    (_HYPHENATED, "", "-"),
    (_HYPHENATED_CAPS, "", "-"),
    (_SUSPENDED_COMPOUND, "- ", "-"),
    (_LETTER_SPACED, _letter_spaced, ""),
    (_SPLIT_BODY, lambda m: m.group(0) if _NAME_BEFORE.search(m.string, 0, m.start()) else m.group(1), ""),
)
_INLINE_FOOTER_NEEDS = "Dnr"  # (its optional lead makes a scan of the pattern slow)

# A PDF column's text layer breaks prose where the next word would not fit: such a soft break
# is a space of the paragraph, not a line of the document's layout.
_COLUMN_MIN = 50  # characters of the widest line of a block read as a column of prose
_LAYOUT_ROW = re.compile(r"\S(?: {3,}|\t)\S")
_TAB = re.compile("\t")
_LINE_END_STOP = (".", "!", "?", ";")  # (a hyphen at the margin is _rejoin's)
_HYPHEN_END = re.compile(r"\S-$")  # a word hyphenated at the margin: _rejoin's (a free dash " -" is no hyphen)
_GROUP_END = re.compile(r"(?<![\d.,:/-])\d{1,3}$")
_GROUP_OPENING = re.compile(r"\d{3}(?:[ \t]\d{3})*(?![\d.,:/-])")
_ENUMERATOR_END = re.compile(r"(?<!\S)\d{1,2}\.$")  # "... 1. Upprop 2." / "Val av ...": a flattened list's next number
_COLUMN_EVIDENCE = 3  # soft breaks that read on, of a block taken for a column of wrapped prose
_COLUMN_SLACK = 8  # proportional type fills a full line with an eighth more or fewer characters
_PARTY = re.compile(r"\([A-ZÅÄÖ]{1,3}\)")  # "Anna Berg" / "(S)": a person's party
_TITLE_RANK = re.compile(TITLE_RANK, re.I)
_LIST_OPENING = re.compile(r"\d{1,3}[.)][ \t]")  # "2. " / "2) ": a numbered entry's own line
# A grant list's row with its sum first ("45 000 kr – Exeby IF – nya mål"): under another such row, its own line.
_SUM_ENTRY_OPENING = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?[ \t]*(?:kronor|kr|tkr|mnkr|:-)\.?[ \t]*[–—:-][ \t]", re.I)
# A § head ("§ 69/20 Uppföljning", as a scan reads its sign: "8 69/20 Uppföljning", "$ 12 Budget"): an item's own line.
_HEAD_OPENING = re.compile(r"(?:§|" + PARAGRAPH_SIGN_MISREADS + r"{1,2})[ \t]*\d{1,3}(?:/\d\d(?:\d\d)?)?[ \t]+[A-ZÅÄÖ]")
_DATE_OPENING = re.compile(ISO_DATE + r"|[0-3]?\d[ \t]+[a-zåäö]+[ \t]+(?:19|20)\d\d")
_DATE_GOES_ON = PHRASE_GOES_ON | {"den"}  # words a phrase cannot end on before its date
_SECTION_LINE = re.compile(r"[ \t]*(?:%s)[ \t]*:?[ \t]*$" % "|".join(p for _, p in SECTION_HEADINGS), re.I)  # "Beslut"
_ADDRESS = re.compile(r"://|^www\.|[^\W\d_]{2,}\.[^\W\d_]{2,}")  # a web address ("exeby.se") is its own line
_ROW_NUMBER_END = re.compile(r"(?<![\d\-/.:])\d{1,3}$")
_DNR_OPENING = re.compile(HEAD_LABEL + r"\b")
# A line that is only an item's diarienummer ("Dnr KS 2039/1174", "Diarienummer: 40RS0412"):
# the field of a row of its own, not the end of the title above that reaches the margin.
_DNR_ONLY = re.compile(HEAD_LABEL + r"\.?:?(?:[ \t]+[A-ZÅÄÖ]{1,8})?[ \t]*[^\s]*\d[^\s]*[ \t]*")
_PAGE_CELL = re.compile(r"\d{1,3}(?:[ \t]*[-–—]{1,2}[ \t]*\d{1,3})?")  # a small number alone ("3", a range "12 - 14"): no prose wraps before one
_TRAIL_MARK = re.compile(r" [>›»|] ")  # a site's breadcrumb trail or menu: its own line
_ATT_CLAUSE = re.compile(r"att[ \t]")  # a decision's clause: its own line after a clause or a colon
# ... or after the verb that leads in to the clauses: "Nämnden föreslår fullmäktige besluta" / "att anta taxan,"
_LEADS_IN_CLAUSES = re.compile(r"(?<![\wåäö])(?:besluta|beslutar|beslutade|beslöt|föreslår|föreslås|yrkar|tillstyrker)$", re.I)


def _break_count(run: str) -> int:
    return run.count("\n")


def _mid_sentence_share(text: str) -> float:
    """The share of line breaks falling inside a sentence: after a word or comma, before a small letter."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    inside = sum(1 for a, b in zip(lines, lines[1:]) if _SENTENCE_GOES_ON.search(a) and b[:1].islower())
    return inside / max(1, len(lines) - 1)


def _sentence_share(text: str) -> float:
    """The share of lines ending a sentence (or leading in to a list with a colon)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return sum(1 for line in lines if line.endswith(_LINE_END_STOP + (":",))) / max(1, len(lines))


def undouble_breaks(text: str, offsets):
    """Halve every run of line breaks when a converter doubled them all ("a\n\nb\n\n\n\nc" ->
    "a\nb\n\nc"): lines of one paragraph are adjacent again. Only when every run is even, none is
    single, and some are four or more (paragraph breaks), many breaks fall inside sentences (a
    wrapped text without paragraphs) or most lines end no sentence (a layout's cells and labels, a
    converter's lines of a table): one-line paragraphs set apart by blank lines (web text) have
    runs of two only, between whole sentences, and are left alone."""
    if "\n\n" not in text:
        return text, offsets
    runs = [_break_count(m.group(0)) for m in _BREAK_RUN.finditer(text)]
    if len(runs) < _DOUBLED_MIN_RUNS or any(n % 2 for n in runs):
        return text, offsets
    if max(runs) < 4 and _mid_sentence_share(text) < _DOUBLED_MID_SENTENCE and _sentence_share(text) >= _DOUBLED_SENTENCES:
        return text, offsets
    return _apply(text, offsets, _BREAK_RUN, lambda m: "\n" * (_break_count(m.group(0)) // 2))


# A tab sets the next cell at its column's stop, as a layout of spaces does: the stops of a
# table's lines (adjacent lines with tabs; blank lines between rows do not part them) are set
# as elastic tab stops, each column as wide as its widest cell and _TAB_GAP.
_TAB_GAP = 4  # blanks between a cell and the next column's stop: a cell gap wherever blanks part cells (items: four)


def _tab_runs(text: str, lines: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """The runs of lines with tabs: a line without one ends a run, a blank line does not, a page
    break does (a page's footer and the next page's letterhead are no rows of the table above)."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    for span in lines:
        if run and span[0] and text[span[0] - 1] == PAGE_BREAK:
            runs.append(run)
            run = []
        if "\t" in span[2]:
            run.append(span)
        elif span[2].strip(" \t\f"):
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def _needs_stops(rows: list[tuple[int, list[str]]]) -> bool:
    """Whether a run's cells can be placed only by their columns' stops: a line opening on a tab
    (a wrapped cell, a second column's line) beside one opening on a cell. A run whose lines all
    open alike is a table of cells the tabs already part (they stay tabs)."""
    firsts = {not cells[0].strip(" \f") for _, cells in rows if "".join(cells).strip()}
    return len(firsts) == 2


# "Ärende: Revidering av riktlinjer för" / "\tgrundsärskola samt ...": a labelled value wrapped
# under itself (a hanging indent), its label and value parted by a colon and a blank or two
_LABELLED_VALUE = re.compile(r"[ ]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}:[ ]{1,3}(?=\S)")


def _hanging_indent(text: str, start: int, cells: list[str]) -> int | None:
    """The blanks of a line's opening tab when the line above, of no tab, is a labelled value
    (_LABELLED_VALUE) and this line goes on with its value: the value's column."""
    if cells[0] or len(cells) != 2 or not cells[1][:1].isalnum():
        return None
    above_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    label = _LABELLED_VALUE.match(text[above_start:max(above_start, start - 1)])
    return label.end() if label else None


def _tab_widths(text: str) -> dict[int, int]:
    """The blanks each tab of text stands for: its line's cells set at their columns' stops (the
    stop of column k: the widest cell k of the run past the stop of column k - 1, and _TAB_GAP);
    a run of lines opening alike keeps its tabs but for a labelled value's wrapped line."""
    widths: dict[int, int] = {}
    for run in _tab_runs(text, line_spans(text)):
        rows = [(start, line.split("\t")) for start, _, line in run]
        if not _needs_stops(rows):
            hanging = _hanging_indent(text, *rows[0])
            if hanging:
                widths[rows[0][0]] = hanging
            continue
        stop, k = 0, 0
        tabbed = [[start, cells] for start, cells in rows]  # [where cell k starts, cells]
        while True:  # (the rows still tabbed after cell k: each row is walked once, cell by cell)
            tabbed = [row for row in tabbed if len(row[1]) > k + 1]
            if not tabbed:
                break
            next_stop = stop + max(len(cells[k]) for _, cells in tabbed) + _TAB_GAP
            for row in tabbed:
                cell = len(row[1][k])
                widths[row[0] + cell] = next_stop - stop - cell
                row[0] += cell + 1
            stop, k = next_stop, k + 1
    return widths


def expand_tabs(text: str, offsets):
    """Tabs become the blanks of a layout of spaces (_tab_widths): a converter writing a tab for
    a run of blanks loses the columns a wrapped cell, a margin column or a letterhead's second
    column are read by ("4\tUpphandling av ... i\tTN 2037/71" / "\tGusum och Ringarum": the
    title's wrapped line under the title)."""
    if "\t" not in text:
        return text, offsets
    widths = _tab_widths(text)
    return _apply(text, offsets, _TAB, lambda m: " " * widths[m.start()] if m.start() in widths else "\t")


# A spreadsheet's export as delimited text ("Förening;Org.nr;Postnr;Bidrag (kr)", a Swedish spreadsheet's
# semicolons): a run of lines with as many semicolons outside quotes, two or more, is a table.
_DELIMITED_CELL = re.compile(r'"([^"\n]*)"|;')
_DELIMITED_ROWS = 3  # lines in a run at least (a heading row and two rows)


def _delimited_count(line: str) -> int:
    """Semicolons of ``line`` outside its quoted cells."""
    return sum(1 for m in _DELIMITED_CELL.finditer(line) if m.group(1) is None) if ";" in line else 0


def delimited_rows(text: str, offsets):
    """A run of semicolon-delimited rows as a table of tabs, the way the other readers give cells:
    each semicolon a tab, a quoted cell's quotes dropped ("c/o Ek, Storgatan 5" keeps its comma)."""
    if text.count(";") < 2 * _DELIMITED_ROWS:
        return text, offsets
    runs, run, count = [], [], 0
    for start, end, line in line_spans(text):
        n = _delimited_count(line)
        if n >= 2 and (not run or n == count):
            run.append((start, end))
        else:
            if len(run) >= _DELIMITED_ROWS:
                runs.append(run)
            run = [(start, end)] if n >= 2 else []
        count = n
    if len(run) >= _DELIMITED_ROWS:
        runs.append(run)
    if not runs:
        return text, offsets
    builder = TextBuilder(text)
    pos = 0
    for start, end in (row for run in runs for row in run):
        for m in _DELIMITED_CELL.finditer(text, start, end):
            builder.copy(pos, m.start())
            builder.insert("\t" if m.group(1) is None else m.group(1))
            pos = m.end()
    builder.copy(pos, len(text))
    new_text, step = builder.build()
    return new_text, step if offsets is None else step.then(offsets)


def _strip_markup(text: str, offsets):
    for pattern, repl, needs in _MARKUP:
        text, offsets = _apply(text, offsets, pattern, repl, needs)
    return text, offsets


def _rejoin(text: str, offsets):
    for pattern, repl, needs in _REJOIN:
        text, offsets = _apply(text, offsets, pattern, repl, needs)
    return text, offsets


def _own_line(line: str, below: str, in_clause: bool = False) -> bool:
    """``below`` opens a line of its own whatever the line above: a numbered entry, a decision's
    "att" clause after a clause (``in_clause``: ``line`` is an att-clause's wrapped line, "att ge
    nämnden i uppdrag att" / "utöka lägret" / "att nämnden ...", clauses a motion closes with no
    comma) or a colon, a date, a section's heading, a breadcrumb trail, an address."""
    first = below.split()[0]
    if _DNR_ONLY.fullmatch(below) and not _ROW_NUMBER_END.search(line):
        return True  # (after a flattened agenda's row number, _continues joins its dnr)
    if _PAGE_CELL.fullmatch(below.strip()):
        return True  # "Årsredovisning 2039 för X" / "3": a table of contents' page cell, read after its row's title
    if _DATE_OPENING.match(below) and line.split()[-1].casefold() in _DATE_GOES_ON:
        return False  # "... senast den" / "30 september 2039.": the date is the phrase's own
    return bool(_LIST_OPENING.match(below) or _HEAD_OPENING.match(below) or _DATE_OPENING.match(below) or _SECTION_LINE.match(below)
                or _dateline_alone(below)
                or _SUM_ENTRY_OPENING.match(below) is not None and _SUM_ENTRY_OPENING.match(line) is not None
                or _TRAIL_MARK.search(below) or "@" in first or _ADDRESS.search(first)
                or (_ATT_CLAUSE.match(below) and (line.endswith((",", ":")) or _ATT_CLAUSE.match(line) or in_clause
                                                  or _LEADS_IN_CLAUSES.search(line) is not None)))


def _dateline_alone(line: str) -> bool:
    """A news page's dateline on a line of its own ("Publicerad 14 mars 2039"), not one a flattened
    page runs on from ("Publicerad 2039-05-19 Direktionen beslutade ...")."""
    return DATELINE_OPENING.match(line) is not None and len(line.split()) <= 6 and any(c.isdigit() for c in line)


def _continues(line: str, below: str) -> bool:
    """Whether ``below`` reads on from ``line`` as the rest of its phrase: in small letters, a
    number after a word, an agenda row's dnr after its number, a capitalised word after a word
    the phrase cannot end on ("... avtal med" / "Föreningen ..."), a surname after a given name
    ("Anna" / "Berg (S)")."""
    last = line.split()[-1]
    first = below.split()[0]
    if below[:1].islower():
        return True
    if below[:1].isdigit():  # (a number's thousands at the margin: "180" / "000 kronor")
        return last[-1:].isalpha() or last.endswith(",") or (_GROUP_END.search(line) is not None and _GROUP_OPENING.match(below) is not None)
    if last in ("-", "–"):
        return True  # "Årsberättelse med bokslut -" / "Exeby Bostäder AB": a dash between a phrase's parts
    if _ROW_NUMBER_END.search(line) and _DNR_OPENING.match(below):
        return True  # "... 2 13" / "Dnr KS 2041/77 Title": a flattened agenda's row number at the margin, its dnr below
    if last.casefold() in PHRASE_GOES_ON:
        return below[:1].isupper() or below[:1] in "\"“”«'"
    if (len(last) > 3 and last.endswith("s") and is_capitalised(last) and not line.isupper()
            and is_capitalised(first.rstrip(",.;:"))):
        return True  # "... och Exebygdens" / "Skytteförening, ...": a proper genitive needs its noun
    if line.isupper() or not is_capitalised(last) or not is_given_name(last):
        return False
    return can_be_name_word(first.rstrip(",")) or _PARTY.match(below) is not None


def _soft_breaks(text: str) -> list[int]:
    """The line breaks of wrapped column prose. In a block of adjacent lines, a break after a line
    that reaches the block's margin (the next line's first word would not have fitted on it, give
    or take _COLUMN_SLACK) is soft when the next line reads on from it (_continues); in a block
    where half its breaks at the margin or more are so (_COLUMN_EVIDENCE or more), the block is a column of
    wrapped prose and all its breaks at the margin are soft. Layout rows (columns set apart by
    blanks), indented lines, lines ending a sentence and lines of their own (_own_line) are left
    alone: their breaks are the document's."""
    breaks: list[int] = []
    lines = line_spans(text)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j][2].strip():
            j += 1
        block = lines[i:j]
        i = j + 1
        if len(block) < 2:
            continue
        # (a line hyphenated at the margin may run past it by half a word)
        width = max((len(line.rstrip()) for _, _, line in block if not line.rstrip().endswith("-")), default=0)
        if width < _COLUMN_MIN:
            continue
        at_margin: list[int] = []
        reading_on: list[int] = []
        in_clause = False  # the lines since the block's last line opening "att" end no sentence
        for (_, end, line), (_, _, below) in zip(block, block[1:]):
            line = line.rstrip()
            if _ATT_CLAUSE.match(line):
                in_clause = True
            elif line.endswith(_LINE_END_STOP + (":",)):
                in_clause = False
            ends_sentence = line.endswith(_LINE_END_STOP) and not _ENUMERATOR_END.search(line)
            if (text[end:end + 1] != "\n" or ends_sentence or _HYPHEN_END.search(line) or line[:1].isspace()
                    or below[:1].isspace() or not below.strip() or _LAYOUT_ROW.search(line) or _LAYOUT_ROW.search(below)):
                continue
            if len(line) + 1 + len(below.split()[0]) > width - width // _COLUMN_SLACK and not _own_line(line, below, in_clause):
                at_margin.append(end)
                if _continues(line, below):
                    reading_on.append(end)
        column = len(reading_on) >= _COLUMN_EVIDENCE and 2 * len(reading_on) >= len(at_margin)
        breaks += at_margin if column else reading_on
    return breaks


def unwrap_column(text: str, offsets):
    """Soft breaks of wrapped column prose (_soft_breaks) become spaces: a flattened agenda, a
    party's name or a title wrapped at a PDF column's margin reads as one line again."""
    breaks = set(_soft_breaks(text))
    if not breaks:
        return text, offsets
    return _apply(text, offsets, re.compile("\n"), lambda m: " " if m.start() in breaks else "\n")


def _looks_like_header_line(line: str) -> bool:
    """A line that can belong to a running header: short, and not a sentence of body text."""
    s = line.strip()
    if not s:
        return True
    if len(s) > _HEADER_LINE_MAX:
        return False
    words = s.split()
    if len(words) > 6:
        return False
    if re.match(r"^(?:\d+\.|[-•*»·])\s", s):  # a list item
        return False
    # Body text ends its sentences; header lines (type, dnr, date, logo debris) do not.
    return not s.endswith((".", ",", ":", ";", "!", "?"))


def _wrapped_head_line_above(lines: list[tuple[int, int, str]], j: int) -> bool:
    """The walk up a header block stopped at line ``j``, a short line of the text's first head
    wrapped after a comma ("Nämnd för arbetsmarknad," / "näringsliv och kultur"), with nothing but
    head lines above it to the text's start: still the document's own head."""
    line = lines[j][2].strip()
    return (line.endswith(",") and len(line.split()) <= 6
            and all(_looks_like_header_line(lines[k][2]) for k in range(j)))


def _line_key(line: str) -> str:
    # Exact but for blanks and case: with digits folded every dnr line ("Dnr KS 2038/11") would repeat.
    return " ".join(line.split()).lower()


def _repeated_part(lines: list[tuple[int, int, str]], lo: int, i: int, seen: Counter) -> int:
    """The walk's header block ``lo``..``i`` cut to the lines right above the page mark that stand
    elsewhere in the text too, when the line right above it does: a running head proven by its
    repeat ("Kallelse KSAU 2038-02-10"), not the item's last short lines above it ("Dnr KS 2038/11",
    "Föredragande: Eva Ek"). (No repeated line right above: the block as walked.)"""
    top = i
    for k in range(i - 1, lo - 1, -1):
        text = lines[k][2]
        if not text.strip():
            continue
        if seen[_line_key(text)] < 2:
            break
        top = k
    return lo if top == i else top


_CELLS_GAP = re.compile(r"\t|[ ]{3,}")


def _signature_over(name_line: str, role_line: str, seen: Counter) -> bool:
    """A signature ending a page over its page mark: a line of names ("Erik Ek", also two in
    columns) that stands nowhere else in the text (a running foot repeats), over a line of their
    titles ("Ordförande", "Ordförande      Nämndsekreterare"). (The caller asks it of a block's
    first two lines: under labels, "Ordförande" / "Eva Berg" / "Justerare", the title is the next name's.)"""
    names = _CELLS_GAP.split(name_line.strip())
    roles = _CELLS_GAP.split(role_line.strip())
    if not name_line.strip() or len(names) != len(roles) or seen[_line_key(name_line)] >= 2:
        return False
    for name, role in zip(names, roles):
        words = _PARTY.sub("", name).split()  # "Eva Berg (C)" / "ordförande": the party after the name is no name word
        if not 2 <= len(words) <= 4 or not all(is_capitalised(w) for w in words) or not is_given_name(words[0]):
            return False
        role = role.strip()
        role = role[_TITLE_RANK.match(role).end():]  # ("vice ordförande": the rank before the title word)
        if not role.split() or not is_title_word(role.split()[0].strip(",")):
            return False  # (a blank line under the names: no titles)
    return True


# A page mark with only blanks after it to a page break or the text's end closes its page: a footer.
_PAGE_END = re.compile(r"[ \t\n]*(?:\f|\Z)")
_FOOT_REACH = 3  # lines (not blank) over a page's closing mark that a running footer may hold


def _foot_lines(text: str, lines: list[tuple[int, int, str]], i: int) -> list[int]:
    """The lines (not blank) right over the page mark ``i`` on its page, at most _FOOT_REACH, within 8 lines."""
    found = []
    for k in range(i - 1, max(-1, i - 9), -1):
        if text.startswith(PAGE_BREAK, lines[k][1]):
            break  # the line closes the page before
        if lines[k][2].strip():
            found.append(k)
            if len(found) == _FOOT_REACH:
                break
    return found


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", ":", ";", ","))


def _running_foot(text: str, lines: list[tuple[int, int, str]], i: int, feet: Counter) -> int:
    """Where the footer closing a page at the mark ``i`` starts: the lines right over it that stand
    over another page's closing mark too (a running footer: "Exeby kommun · Box 12 · 0123-456 00")
    or are signature boxes; not the page's last lines of text, however short (a signature's name
    and role, an agenda's last items, a § mark whose heading went over to the next page)."""
    top = i
    for k in _foot_lines(text, lines, i):
        line = lines[k][2]
        if not SIGNATURE_BOX.match(line) and (feet[_line_key(line)] < 2 or _ends_sentence(line)):
            break
        top = k
    return top


def _below_own_structure(lines: list[tuple[int, int, str]], lo: int, i: int, seen: Counter) -> int | None:
    """The walked block ``lo``..``i`` when it holds a § mark or a section heading (_own_structure):
    the page's text ran down to the page mark there ("§ 257" / its heading / "Sida 3 av 4"), a running
    head holds neither, so only the lines right over the mark that repeat elsewhere or are signature
    boxes are the page's foot. None when the block holds neither."""
    for k in range(i - 1, lo - 1, -1):
        if lines[k][2].strip() and _own_structure(lines[k][2]):
            top = i
            for n in range(i - 1, k, -1):
                line = lines[n][2]
                if not line.strip():
                    continue
                if not (SIGNATURE_BOX.match(line) or seen[_line_key(line)] >= 2):
                    break
                top = n
            return top
    return None


def _header_blocks(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Running headers found around page-number lines ("Sida 5 (8)"), plus inline footers;
    ``lines``: the text's line spans."""
    masks: list[tuple[int, int, str]] = []
    seen: Counter[str] | None = None  # every line's key, counted once when first needed
    marks = [i for i, (_s, _e, line) in enumerate(lines) if _PAGE_NUMBER.match(line)]
    closing = {i for i in marks if _PAGE_END.match(text, lines[i][1])}
    # each line's key: over how many pages' closing marks it stands
    feet = Counter(key for i in closing for key in {_line_key(lines[k][2]) for k in _foot_lines(text, lines, i)})
    for i in marks:
        start, end, line = lines[i]
        if seen is None:
            seen = Counter(_line_key(ln) for _s, _e, ln in lines if ln.strip())
        lo = i
        # Walk up over the header block: at most 8 short lines, stopping at body text.
        j = i - 1
        while j >= 0 and i - j <= 8 and _looks_like_header_line(lines[j][2]):
            if j > 0 and (j < 2 or not lines[j - 2][2].strip()) and _signature_over(lines[j - 1][2], lines[j][2], seen):
                break  # "Erik Ek        Eva Berg" / "Ordförande     Sekreterare": the page's signatures, no foot
            if lines[j][2].strip():
                lo = j
            j -= 1
        if (j < 0 or _wrapped_head_line_above(lines, j)) and lo < i and PAGE_BREAK not in text[:start]:
            # The first page's head above its page mark is the document's own head (type word,
            # board, meeting date, municipality): only the page mark is furniture.
            lo = i
        elif i in closing:
            lo = _running_foot(text, lines, i, feet)
        elif (cut := _below_own_structure(lines, lo, i, seen)) is not None:
            lo = cut
        elif lo < i - 1:
            lo = _repeated_part(lines, lo, i, seen)
        masks.append((lines[lo][0], end, "page-header"))
    masks += _page_mark_rows(text, lines)
    for m in _INLINE_FOOTER.finditer(text) if _INLINE_FOOTER_NEEDS in text else ():
        masks.append((m.start(), m.end(), "page-footer"))
    return masks


# A running head's row of cells ending in its page mark after a wide gap, as a plain copy of a PDF's
# text layer prints it: "EXEBY KOMMUN        PROTOKOLL        Sida 2 av 5".
# (A bare "Sida 2", without the count of pages, when the row's cells repeat on another page's row.)
_PAGE_MARK_ROW = re.compile(r"^(?P<cells>[^\n]*\S)[ \t]{3,}(?:Sida|Sid)[ \t]+\d{1,4}(?P<of>[ \t]*(?:\(\s*\d{1,4}\s*\)|(?:av|/)[ \t]*\d{1,4}))?[ \t]*$",
                            re.I)
MAX_HEAD_ROWS_BELOW = 3  # lines of a running head under its page mark's row


def _page_mark_rows(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Running heads whose page mark ends a row of header cells (_PAGE_MARK_ROW), when the text
    has no form feeds to tell its pages: on every page but the first (whose head is the document's
    letterhead), the row, the foot above it (short lines up to body text, as _header_blocks walks)
    and the head's lines under it that stand elsewhere in the text too ("Kommunstyrelsen  2041-03-03")."""
    if PAGE_BREAK in text:
        return []
    marks = {i: m for i, (_s, _e, line) in enumerate(lines)
             if "ida" in line and (m := _PAGE_MARK_ROW.match(line)) and _header_cells(m.group("cells"))}
    cells = Counter(_line_key(m.group("cells")) for m in marks.values())
    rows = [i for i, m in marks.items() if m.group("of") or cells[_line_key(m.group("cells"))] >= 2]
    if len(rows) < 2:
        return []
    seen = Counter(_line_key(ln) for _s, _e, ln in lines if ln.strip())
    masks: list[tuple[int, int, str]] = []
    for i in rows[1:]:
        # The page's foot above: the lines right over the row (blank lines skipped) that repeat
        # elsewhere or are signature boxes ("Justerandes signatur   Utdragsbestyrkande").
        lo, j = i, i - 1
        while j >= 0 and i - j <= 8:
            above = lines[j][2]
            if above.strip():
                if not _header_cells(above) or (seen[_line_key(above)] < 2 and not SIGNATURE_BOX.match(above)):
                    break
                lo = j
            j -= 1
        hi = i
        for k in range(i + 1, min(len(lines), i + 1 + MAX_HEAD_ROWS_BELOW)):
            below = lines[k][2]
            if not below.strip() or seen[_line_key(below)] < 2 or not _header_cells(below):
                break
            hi = k
        masks.append((lines[lo][0], lines[hi][1], "page-header"))
    return masks


def _header_cells(line: str) -> bool:
    """_looks_like_header_line for a row of cells set apart by wide gaps: the gaps count as one blank."""
    return _looks_like_header_line(" ".join(line.split()))


_EDGE_MARKS = re.compile(r"^\W+|\W+$")


# A line opening with one paragraph's mark ("§ 14", "§ 14   Dnr BUN 2032/21") is an item's own, never a
# running head, though with its digits folded it reads the same on every page that opens an item; so is
# an agenda matter's own page head ("Ärende 4      Dnr 2038.031", one matter a page after its list), and a
# § mark after its board's short code ("KS § 42      Dnr KS 04/118", "Ks au § 7": one § a page).
# ("§§ 12-16" or "Protokoll  § 14" may be the page's head.)
_ITEM_MARK_LINE = re.compile(r"[ \t]*(?:(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}(?:[ \t][A-Za-zÅÄÖåäö]{2})?[ \t]+)?§[ \t]*"
                             r"|(?:Ärende|ÄRENDE)[ \t]+)\d{1,4}\b(?![ \t]*[-–—][ \t]*\d)")


@functools.lru_cache(maxsize=4096)  # (a running head's lines repeat: each tested once)
def _own_structure(line: str) -> bool:
    """A § mark opening an item or a section's heading ("Beslut"): the page's own text, though a
    protocol of one matter a page prints them at the top of every page."""
    return bool(_ITEM_MARK_LINE.match(line) or _SECTION_LINE.match(line))


_HEAD_LINES = 3  # lines (not blank) at a page's top that its running head may hold
_RUNNING_LINE_MAX = 120  # characters of a running head's or foot's line (a paragraph is no running head)


def _page_tops(text: str, lines: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Each page's first lines (not blank), at most _HEAD_LINES."""
    tops: list[list[tuple[int, int, str]]] = [[]]
    page_starts = {m.end() for m in re.finditer(PAGE_BREAK, text)}
    for span in lines:
        if span[0] in page_starts:
            tops.append([])
        if span[2].strip() and len(tops[-1]) < _HEAD_LINES:
            tops[-1].append(span)
    return tops


def _letterhead_repeats(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A page's first lines that repeat the first page's (digits ignored): its running head, the
    letterhead printed again atop every page ("EXEBY KOMMUN      PROTOKOLL"), however few the pages
    (_repeated_page_lines needs three). The first page's copy is the document's letterhead."""
    if PAGE_BREAK not in text:
        return []
    tops = _page_tops(text, lines)
    letterhead = {page_line_key(ln) for _s, _e, ln in tops[0]
                  if len(ln.strip()) <= _RUNNING_LINE_MAX and not _own_structure(ln)}
    return [(s, e, "page-furniture") for top in tops[1:] for s, e, ln in top
            if page_line_key(ln) in letterhead and not _own_structure(ln)]


def _not_covered(spans: list[tuple[int, int, str]], masks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` that no mask of ``masks`` covers whole."""
    if not spans:
        return []
    merged: list[list[int]] = []
    for s, e, _k in sorted(masks):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    starts = [m[0] for m in merged]
    out = []
    for s, e, k in spans:
        n = bisect.bisect_right(starts, s) - 1
        if n < 0 or merged[n][1] < e:
            out.append((s, e, k))
    return out


def _repeated_page_lines(text: str, lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Lines repeated at the top or bottom of most pages (digits ignored): headers and footers;
    ``lines``: the text's line spans."""
    pages = text.split(PAGE_BREAK)
    if len(pages) < 3:
        return []

    @functools.lru_cache(maxsize=None)  # for this text only: its repeated lines are keyed once
    def key(line: str) -> str:
        # Digits vary (page numbers); OCR adds stray marks at line ends ('"Västra kommun').
        return _EDGE_MARKS.sub("", page_line_key(line))

    def edge_lines(page: str) -> list[str]:
        lines = [ln for ln in page.split("\n") if ln.strip()]
        return lines[:3] + lines[-3:]

    from rapidfuzz import fuzz, process

    page_keys = [{key(ln) for ln in edge_lines(page)} for page in pages]
    counts: Counter[str] = Counter(k for keys in page_keys for k in keys)
    pages_of: dict[str, list[int]] = {}
    for i, keys in enumerate(page_keys):
        for k in keys:
            pages_of.setdefault(k, []).append(i)
    # On OCR'd pages a repeated line may be misread on some of them ("kornmun"): a key of 8 or more
    # characters within ratio 90 counts as the same line. Found among the distinct keys (in C),
    # not by walking every page for every candidate, which cost pages x candidates.
    fuzzy_keys = [k for k in pages_of if len(k) >= 8]
    need = max(3, len(pages) // 2)
    masked: set[str] = set()
    for cand, n in counts.items():
        if n < 2 or not 0 < len(cand) <= _RUNNING_LINE_MAX:
            continue
        same = {cand} | {k for k, _score, _i in process.extract(cand, fuzzy_keys, scorer=fuzz.ratio,
                                                               score_cutoff=90, limit=None)}
        if sum(counts[k] for k in same) < need:
            continue  # cannot reach half the pages, however the pages share them
        if len({i for k in same for i in pages_of[k]}) >= need:
            masked.update(same)
    if not masked:
        return []
    # The first page's own copy of a running head, above its body, is the document's letterhead
    # ("ÖREBRO KOMMUN   PROTOKOLL   1(4)"): title, type and municipality are read from it.
    head_starts = set(itertools.islice((start for start, _e, line in lines if line.strip()), 3))
    masks = []
    for start, end, line in lines:
        if line.strip() and key(line) in masked and start not in head_starts and not _own_structure(line):
            masks.append((start, end, "page-furniture"))
    return masks


# How far into a text a hosting site's wrapper may reach (its lines, and characters).
_WRAPPER_LINES, _WRAPPER_CHARS = 80, 6000


_FOREIGN_UI_WORDS = 3  # an interface label in a language the lexicon does not know is this short
_ALPHA_LINE = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,%d}[ \t]*!?" % (_FOREIGN_UI_WORDS - 1))


def _no_swedish_word(line: str, models: ModelStore | None) -> bool:
    """A short line of letters none of which makes a word the lexicon knows: an interface label
    in the hosting site's language ("Teljes szöveg", "Klikněte prosím")."""
    return bool(_ALPHA_LINE.fullmatch(line)) and not any(_is_word(w, models) for w in line.strip(" \t!").split())


def _marker_after_quoted_title(lines: list[tuple[int, int, str]], models: ModelStore | None) -> int | None:
    """The "Full text" line of a hosting site, in whatever language, known by where it stands:
    after the site's quoted title of the document and its buttons and counters, a short line
    of no Swedish word before the document's own text."""
    titled = next((i for i, (_s, _e, ln) in enumerate(lines) if QUOTED_TITLE.match(ln)), None)
    if titled is None:
        return None
    for i in range(titled + 1, len(lines)):
        line = lines[i][2]
        if not line.strip() or UI_LINE.match(line) or COUNTER_LINE.match(line):
            continue
        return i if _no_swedish_word(line, models) else None
    return None


_FLAT_DOCUMENT_CHARS = 400  # a whole document flattened into one line is at least this long
_CHROME_LINE_WORDS = 12  # a site's title, button row or page counter is no longer than this
_LETTERHEAD_REACH = 150  # the flattened document's letterhead word in capitals stands this near its start


def _flattened_under_trail(lines: list[tuple[int, int, str]]) -> tuple[int, int | None] | None:
    """A hosting site's wrapper with no "Full text" line: its title (a line or two), its breadcrumb
    trail, short lines of buttons and counters, then the document flattened into one long line that
    opens with a letterhead (a word in capitals: "Exeby kommun PROTOKOLLSUTDRAG Sammanträdesdatum ...").
    (the index of the last wrapper line, the index of the site's title line or None); None when the
    top of the text is not so. (A news page's headline and lead stand under a trail too, but no
    lead opens with a word in capitals.)"""
    filled = [i for i, (_s, _e, ln) in enumerate(lines) if ln.strip()]
    trail = next((n for n, i in enumerate(filled[:3]) if TRAIL_LINE.fullmatch(lines[i][2])), None)
    if trail is None:
        return None
    for i in filled[trail + 1:trail + 8]:
        line = lines[i][2].strip()
        if len(line) >= _FLAT_DOCUMENT_CHARS:
            if not re.search(r"(?<![\wåäö-])[A-ZÅÄÖ]{6,}(?![\wåäö-])", line[:_LETTERHEAD_REACH]):
                return None
            above = [lines[j][2].strip() for j in filled[:trail]]
            if any(len(a.split()) > 2 * _CHROME_LINE_WORDS for a in above):
                return None
            return i - 1, (filled[0] if trail == 1 else None)
        if len(line.split()) > _CHROME_LINE_WORDS or line.endswith("."):
            return None  # a sentence: the page's own text starts here
    return None


def _leading_foreign_ui(text: str, models: ModelStore | None) -> tuple[int, int] | None:
    """A page's first line when it is a button label of no Swedish word with text below it."""
    m = re.match(r"\s*", text)
    end = text.find("\n", m.end())
    if end < 0 or not text[end:].strip():
        return None
    line = text[m.end():end]
    words = line.split()
    if (len(words) <= 2 and any(w[:1].islower() for w in words) and _no_swedish_word(line, models)
            and not MUNICIPALITY_RE.fullmatch(line.strip())):  # ("Exebygdens avfallsförbund": a förbund's letterhead)
        return m.end(), end
    return None


# Where a line may be interface text: UI_LINE itself (its \s may run on over a line break: a superset),
# tried only after its lead and the first letter of one of its words, or a counter's "(". Read from
# each line's start in the whole text (zero-width, so no line is passed over); only those lines are
# tested in full: a text of a million short lines is not matched line by line in Python.
# (tests/test_scaling.py checks these letters against UI_LINE's words.)
_UI_LEAD = r"[ \t]*(?:[•·\-*←«<][ \t]*)?"
_UI_FIRST_LETTERS = "acdghijklmnopstuvw"
_UI_LINE_OPENING = rf"(?:(?={_UI_LEAD}[{_UI_FIRST_LETTERS}])(?={UI_LINE.pattern[1:]})|(?=[ \t]*\())"
_UI_LINE_STARTS = re.compile("^" + _UI_LINE_OPENING, UI_LINE.flags | re.M)
# The same after a line break (a literal first character: the scan skips from one to the next fast).
_UI_LINE_AFTER_BREAK = re.compile("\n" + _UI_LINE_OPENING, UI_LINE.flags | re.M)


_COOKIE_REACH = 40  # lines from a page's top within which its cookie notice opens


def _cookie_notices(top: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """A cookie notice near a page's top: a line that speaks of the site's cookies, the lines
    that go on speaking of them and the notice's button lines, a choice among them ("Acceptera
    alla", "Jag förstår": a line about cookies, or cakes, with no choice under it is the page's own
    text). Blank lines end a notice."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < min(len(top), _COOKIE_REACH):
        line = top[i][2]
        if not (COOKIE_MENTION.search(line) and len(line.split()) <= COOKIE_NOTICE_WORDS):
            i += 1
            continue
        j, choices = i + 1, 0
        while j < len(top) and top[j][2].strip():
            nxt = top[j][2]
            if is_cookie_button_line(nxt):
                choices += is_cookie_button_line(nxt, consent=True)
            elif not (COOKIE_MENTION.search(nxt) and len(nxt.split()) <= COOKIE_NOTICE_WORDS):
                break
            j += 1
        # A notice's sentence may carry its buttons at its end on the same line.
        if choices or is_cookie_button_line(line, consent=True) or ends_in_cookie_buttons(line):
            found += [(s, e) for s, e, _ln in top[i:j]]
        i = j
    return found


_RELATED_LINKS = 12  # links a related list holds at most
_RELATED_HEAD_LINE = re.compile(r"^(?:" + RELATED_HEAD.pattern + r")$", re.I | re.M)


def _related_links(text: str) -> list[tuple[int, int]]:
    """A list of links to other articles under its heading ("Relaterade nyheter" / "Ny cykelbana
    längs X" / "Y IF får bidrag till ..."), each line's span, the heading's too: other pages'
    headlines, no title and no party of the page's. The links end at a blank line or a line that
    is no link (a sentence, a long line); a heading with no link under it is left."""
    found: list[tuple[int, int]] = []
    for head in _RELATED_HEAD_LINE.finditer(text):
        links: list[tuple[int, int]] = []
        pos = head.end() + 1
        while pos < len(text) and len(links) < _RELATED_LINKS:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end].strip()
            if not line:
                if links:
                    break
                if pos > head.end() + 1:
                    break  # (one blank line may part the heading from its links)
            elif len(line.split()) > RELATED_LINK_WORDS or line.endswith((".", ":")):
                break
            else:
                links.append((pos, end))
            pos = end + 1
        if links:
            found += [(head.start(), head.end())] + links
    return found


def web_chrome(text: str, models: ModelStore | None = None) -> list[tuple[int, int, str]]:
    """Masks for the chrome of a web page or document-hosting site around the document's text.

    Above a "Full text"/"Transkript" line near the top, everything is the site's wrapper
    ("web-wrapper"), except the site's title of the document ("web-title"), kept apart as the
    title of last resort. Elsewhere only whole lines of interface text are masked ("web-ui").
    ``models``: the lexicon tells an interface label in another language from Swedish.
    """
    top = line_spans(text[:_WRAPPER_CHARS])[:_WRAPPER_LINES]
    if len(text) > _WRAPPER_CHARS and top and top[-1][1] == _WRAPPER_CHARS:
        top = top[:-1]  # cut by the window: "Full text of ..." is no "Full text" line
    wrapper_end = next((i for i, (_s, _e, ln) in enumerate(top) if TEXT_START_MARK.match(ln)), None)
    if wrapper_end is None:
        wrapper_end = _marker_after_quoted_title(top, models)
    site_title = None
    if wrapper_end is None:
        flattened = _flattened_under_trail(top)
        if flattened:
            wrapper_end, site_title = flattened
    masks: list[tuple[int, int, str]] = []
    first = 0
    if wrapper_end is not None:
        titled = False
        for i, (start, end, line) in enumerate(top[: wrapper_end + 1]):
            m = QUOTED_TITLE.match(line)
            if i == site_title:
                titled = True
                masks.append((start, end, "web-title"))
            elif m and not titled:
                titled = True
                masks.append((start, start + m.start("title"), "web-wrapper"))
                masks.append((start + m.start("title"), start + m.end("title"), "web-title"))
                masks.append((start + m.end("title"), end, "web-wrapper"))
            elif line.strip():
                masks.append((start, end, "web-wrapper"))
        first = wrapper_end + 1
    # Only the lines where a match may start are tested (_UI_LINE_STARTS).
    flat = text.replace(PAGE_BREAK, "\n")  # a page break ends a line too (as in line_spans)
    from_pos = top[first - 1][1] + 1 if first else 0
    starts = [m.end() for m in _UI_LINE_AFTER_BREAK.finditer(flat, from_pos)]
    if _UI_LINE_STARTS.match(flat, from_pos):
        starts.insert(0, from_pos)
    for start in starts:
        end = flat.find("\n", start)
        end = len(flat) if end < 0 else end
        line = text[start:end]
        if len(line) <= 200 and (UI_LINE.match(line) or (line.lstrip().startswith("(") and COUNTER_LINE.match(line))):
            masks.append((start, end, "web-ui"))
    masked_ui = {m[0] for m in masks}
    masks += [(s, e, "web-ui") for s, e in _cookie_notices(top[first:]) if s not in masked_ui]
    masks += [(s, e, "web-related") for s, e in _related_links(text)]
    masks.sort()
    if wrapper_end is None:
        lead = _leading_foreign_ui(text, models)
        if lead and not any(s <= lead[0] < e for s, e, _k in masks):
            masks.append((lead[0], lead[1], "web-ui"))
            masks.sort()
    return [m for m in masks if m[1] > m[0]]


def _is_word(token: str, models: ModelStore | None) -> bool:
    lexicon = (models if models is not None else store_for()).lexicon  # the store only when a page needs it
    return lexicon.logf(token.lower()) is not None


# Tesseract parts a page into paragraphs by its own reading of the layout and prints a blank line
# between them: inside a wrapped heading ("Svar på motion om fler laddplatser" / "" / "vid kommunens
# anläggningar") or a run of prose, where the printed page has no blank line at all.
_OCR_PARAGRAPH_BREAK = re.compile(r"(?<=[^\n])\n\n(?=[^\n])")
_OCR_SPLIT_MIN_WORDS = 3  # a number under a short label ("Telefon" / "" / "0123 ...") keeps its blank line


def _ocr_split_phrase(above: str, below: str) -> bool:
    """``below`` goes on with the phrase ``above`` leaves open: no sentence ends, a table row's cells
    stand apart (a tab: the rows of a table, no phrase), ``below`` opens no line of its own and reads
    on from ``above`` (in small letters, a number after a phrase's word, a name after "till")."""
    above, below = above.strip(), below.strip()
    if not above or not below or "\t" in above or above.endswith(_LINE_END_STOP + (":",)):
        return False
    if below[:1].isdigit() and len(above.split()) < _OCR_SPLIT_MIN_WORDS:
        return False
    return not _own_line(above, below) and _continues(above, below)


def _on_ocr_page(text: str, ocr_pages: set[int]):
    """A test of whether a position of ``text`` lies on one of its OCR'd pages (pages are parted
    by form feeds): the page found by bisection over the pages' starts."""
    page_starts = [0] + [m.end() for m in re.finditer(PAGE_BREAK, text)]
    return lambda pos: bisect.bisect_right(page_starts, pos) - 1 in ocr_pages


def join_ocr_paragraph_splits(text: str, offsets, ocr_pages: set[int]):
    """A blank line Tesseract set inside a phrase (_ocr_split_phrase) on an OCR'd page is a line
    break again, so a wrapped title or an agenda's row reads as the printed page's one block."""
    if not ocr_pages or "\n\n" not in text:
        return text, offsets
    on_ocr_page = _on_ocr_page(text, ocr_pages)

    def repl(m: re.Match) -> str:
        if not on_ocr_page(m.start()):
            return m.group(0)
        line = text[text.rfind("\n", 0, m.start()) + 1: m.start()]
        if ("\f" in line or m.start() - len(line) == 0) and line.split()[-1:] and line.split()[-1].casefold() not in PHRASE_GOES_ON:
            return m.group(0)  # a page's first line: its running head as often as not (one ends on no "för"), set apart
        end = text.find("\n", m.end())
        below = text[m.end(): len(text) if end < 0 else end].partition("\f")[0]
        return "\n" if _ocr_split_phrase(line, below) else m.group(0)

    return _apply(text, offsets, _OCR_PARAGRAPH_BREAK, repl)


def _strip_ocr_debris(text: str, offsets, ocr_pages: set[int], models: ModelStore | None):
    if not ocr_pages:
        return text, offsets
    on_ocr_page = _on_ocr_page(text, ocr_pages)

    def repl(m: re.Match) -> str:
        debris = m.group("debris")
        line_end = text.find("\n", m.end())
        line = text[m.end(): len(text) if line_end < 0 else line_end]
        if not on_ocr_page(m.start()) or len(line.split()) > 10:
            return m.group(0)
        if not m.group("rep") and debris.isalpha() and _is_word(debris, models):
            return m.group(0)  # a real word ("inom Socialförvaltningen") stays
        if line.rstrip().endswith((".", ",", ";")):
            return m.group(0)  # a sentence, not a heading: leave its first word alone
        return m.group(0)[: m.start("debris") - m.start()]

    return _apply(text, offsets, _HEADING_DEBRIS, repl)


_LINE_OPENING = re.compile(r"(?<=\n)(?=\S)")
# A table row's number cell: "5", "5.", "5)" before the row's tab.
_ROW_NUMBER_CELL = re.compile(r"[ ]*\d{1,3}[.)]?[ ]*")


def _wrapped_cell_lines(text: str, ocr_pages: set[int]) -> dict[int, int]:
    """{start of a line: the tabs it needs} for the wrapped second line of a numbered row's cell on
    an OCR'd page. Tesseract gives a line no indent, so "5)\tAvtal om snöröjning i X och\tKS 2041/63"
    / "Y" loses the column that put "Y" under its cell, and the row's title its end. A line right
    under such a row, when a cell of the row ends on a word no phrase ends on and the line reads on
    from it (_continues, not a line of its own) and has no cell of its own, is set at that cell's column again: the tabs' stops (expand_tabs) put it there.
    A line in small letters goes on the title's cell (the row's first after its number) where no
    cell ends on such a word and the title ends no sentence ("... med X ekonomisk" / "förening, ...")."""
    lines = line_spans(text)
    on_ocr_page = _on_ocr_page(text, ocr_pages)
    out: dict[int, int] = {}
    for (_s, end, line), (below_start, _e, below) in zip(lines, lines[1:]):
        if "\t" not in line or "\t" in below or not below.strip() or below[:1].isspace() or text[end:end + 1] != "\n":
            continue  # (a wrapped line with cells of its own is read by its tabs' stops already)
        cells = line.split("\t")
        if not _ROW_NUMBER_CELL.fullmatch(cells[0]) or not on_ocr_page(below_start):
            continue
        for k, cell in enumerate(cells[1:], 1):
            words = cell.split()
            if words and words[-1].casefold() in PHRASE_GOES_ON:
                if _continues(cell.strip(), below) and not _own_line(cell.strip(), below):
                    out[below_start] = k
                break
        else:  # a title cell that ends on any other word, a line in small letters under it: its rest
            title = cells[1].strip() if len(cells) > 1 else ""
            if title and below[:1].islower() and not title.endswith(_LINE_END_STOP) and not _own_line(title, below):
                out[below_start] = 1
    return out


# A lone dash between an agenda row's number and its title on an OCR'd page ("3. — Avtal om ...",
# "5.1 – Regionalt ..."): Tesseract reading the row's gap between its cells (--psm 4/6 put specks
# there as a dash). The gap is a cell's edge again, as on the page. One digit after a sub-number's
# point: "9.30 – Kaffe" is a time.
_OCR_ROW_DASH = re.compile(r"^([ \t]*\d{1,2}(?:\.\d)?\.?)[ ]+[-–—][ ]+(?=[A-ZÅÄÖ])", re.M)


def _ocr_row_dashes(text: str, offsets, ocr_pages: set[int]):
    """A row number's gap read as a dash (_OCR_ROW_DASH) on an OCR'd page is the tab between its cells."""
    if not ocr_pages:
        return text, offsets
    on_ocr_page = _on_ocr_page(text, ocr_pages)

    def repl(m: re.Match) -> str:
        return m.group(1) + "\t" if on_ocr_page(m.start()) else m.group(0)

    return _apply(text, offsets, _OCR_ROW_DASH, repl)


def _indent_wrapped_cells(text: str, offsets, ocr_pages: set[int]):
    """Set a numbered row's wrapped cell line at its column again (_wrapped_cell_lines), before the
    tabs are expanded."""
    if not ocr_pages or "\t" not in text:
        return text, offsets
    tabs = _wrapped_cell_lines(text, ocr_pages)
    if not tabs:
        return text, offsets
    return _apply(text, offsets, _LINE_OPENING, lambda m: "\t" * tabs.get(m.start(), 0))


def clean(raw: str, ocr_pages: set[int] | None = None, *, models: ModelStore | None = None,
          furniture: list[tuple[int, int]] | None = None) -> CleanResult:
    """Clean raw document text (pages joined by form feeds); ``ocr_pages`` are the 0-based
    indices of pages whose text came from OCR; ``models``: the model files (the lexicon tells
    heading debris from words; default: the store of the configured folder); ``furniture``:
    spans of ``raw`` the reader knows are headers and footers (a Word document's)."""
    text, offsets = undouble_breaks(raw, None)
    text, offsets = _ocr_row_dashes(text, offsets, ocr_pages or set())
    text, offsets = _indent_wrapped_cells(text, offsets, ocr_pages or set())
    text, offsets = join_ocr_paragraph_splits(text, offsets, ocr_pages or set())
    text, offsets = delimited_rows(text, offsets)
    text, offsets = expand_tabs(text, offsets)
    text, offsets = _strip_markup(text, offsets)
    text, offsets = _strip_ocr_debris(text, offsets, ocr_pages or set(), models)
    text, offsets = unwrap_column(text, offsets)
    text, offsets = _rejoin(text, offsets)
    if offsets is None:
        offsets = OffsetMap.identity(len(text))
    lines = line_spans(text)  # split once, read by each finder of furniture
    masks = _header_blocks(text, lines)
    masks += _repeated_page_lines(text, lines)
    masks += web_chrome(text, models)
    masks += [(offsets.from_source(s), offsets.from_source(e), "page-furniture") for s, e in furniture or ()]
    masks += _not_covered(_letterhead_repeats(text, lines), masks)  # (the reader's or another finder's already)
    masks.sort()
    return CleanResult(text=text, offsets=offsets, masks=masks)
