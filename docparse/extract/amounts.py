"""Amounts in kronor: "4 321 987 kronor", "1,8 mnkr", "2,1 miljoner kronor", "250 tkr", "175 kronor/timme"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from bisect import bisect_left
from functools import lru_cache

from docparse.extract.patterns import squash
from docparse.sv.text import SUM_ROW_WORDS
from docparse.structure.reline import FLAT_HEAD

# A number: thousands grouped by (narrow) spaces or dots, an optional decimal comma.
# "12:50 kronor" is kronor and öre written with a colon (a number after "Belopp:" still counts).
NUMBER = r"(?<![\d,.])(?<!\d:)(?P<num>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(?P<dec>\d{1,2}|-{1,2})|:(?=\d\d\s?(?:kr|kronor|sek)\b)(?P<ore>\d\d))?(?![\d])"
# Unit -> multiplier. Longest first so "miljoner kronor" wins over "kronor".
UNITS = [
    (r"miljarder\s+(?:kronor|kr\.?)|mdkr|mdr\s+kr|md\s+kr", 1_000_000_000),
    (r"miljoner\s+(?:kronor|kr\.?)|milj\.?\s+(?:kronor|kr\.?)|mnkr|mkr|mn\s+kr|mio\s+kr", 1_000_000),
    (r"tusen\s+(?:kronor|kr\.?)|tkr", 1_000),
    (r"kronor|kr\.?|sek|:-", 1),
]
_UNIT_ALT = "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(UNITS))
AMOUNT_RE = re.compile(  # the lookahead: what every match opens with, tested before the lookbehinds and "SEK"
    rf"(?=[\dS])(?:(?:SEK\s+)?{NUMBER}\s?(?:{_UNIT_ALT})(?![\wåäö])"
    rf"|(?P<sek>SEK)\s+{NUMBER.replace('?P<num>', '?P<num2>').replace('?P<dec>', '?P<dec2>').replace('?P<ore>', '?P<ore2>')}(?!\s?(?:kr|kronor|tkr|mnkr)))",
    re.I,
)
# "per år", "/timme", "för varje 12 månaders period", "per ungdom", "i månaden".
PER_RE = re.compile(
    r"\s*(?:/\s*|per\s+|för\s+varje\s+|om\s+|i\s+)(?:(?P<n>\d+)\s+)?"
    r"(?P<unit>år(?:et)?|månad(?:er|ers|en)?|vecka|veckan|dag(?:en)?|timme|timmen|tim|person|deltagare|ungdom|barn|elev|plats|natt|individ|brukare|medlem|st(?:ycke)?)\b",
    re.I,
)
_PER_BASE = {
    "året": "år", "månaden": "månad", "månaders": "månader", "veckan": "vecka", "dagen": "dag",
    "timmen": "timme", "tim": "timme", "st": "styck", "stycke": "styck",
}
_LABEL_CUT = re.compile(r"[:;\t]\s*$")


# The unit's group closes last in a match with the unit after the number: its name is the
# match's lastgroup, a lookup instead of a test of each unit's group.
_MULTIPLIER = {f"u{i}": mult for i, (_, mult) in enumerate(UNITS)}
_GROUPING = str.maketrans("", "", " \u00a0\u202f.")  # the thousands separators NUMBER allows


def _value(m: re.Match) -> int:
    if m.group("sek"):  # "SEK 20 000": the currency before the number
        num, dec, multiplier = m.group("num2"), m.group("dec2") or m.group("ore2") or "", 1
    else:
        num, dec = m.group("num"), m.group("dec") or m.group("ore") or ""
        multiplier = _MULTIPLIER.get(m.lastgroup) or next(mult for i, (_, mult) in enumerate(UNITS) if m.group(f"u{i}"))
    return _decimal_value(num, "" if dec.startswith("-") else dec, multiplier)


def _decimal_value(num: str, dec: str, multiplier: int) -> int:
    """Whole kronor of a number and its decimals, by decimal arithmetic on the strings: 2,1
    miljoner -> 2100000 exactly."""
    return round(int(num.translate(_GROUPING) + dec) * multiplier / (10 ** len(dec)))


def _per(text: str, end: int) -> tuple[str | None, int]:
    m = PER_RE.match(text, end)
    if not m:
        return None, end
    unit = m.group("unit").lower()
    unit = _PER_BASE.get(unit, unit)
    if m.group("n"):
        n = int(m.group("n"))
        if unit.startswith("månad"):
            unit = "månad" if n == 1 else "månader"
        return f"{n} {unit}", m.end()
    if unit in ("månader",):
        unit = "månad"
    return unit, m.end()


_SECOND_AMOUNT = re.compile(r"\s*[,(]?\s*\d[\d \u00a0.,]*\s*(?:kr|kronor|tkr|mnkr)\b.*$")  # a second amount in a label


_LIST_MARK = re.compile(r"^[•·*–-][ \t]+")


def _may_hold_label(before: str) -> bool:
    """``_LABEL_CUT.search(before) or "\t" in before`` for a line's text (no line break in it),
    without the search from every position: it ends, blanks aside, in ":" or ";", or holds a tab."""
    return "\t" in before or before.rstrip()[-1:] in (":", ";")


def _label(body: str, start: int) -> str | None:
    """A budget line's label: the text before the amount on a line that reads "Label: amount"."""
    window = max(0, start - _LOOK_BACK)
    line_start = body.rfind("\n", window, start) + 1 or window
    before = body[line_start:start]
    if not _may_hold_label(before):
        return None
    label = _LIST_MARK.sub("", before.strip().split("\t")[0])  # ("• Resultat: 18,6 mnkr": the bullet is no part of it)
    label = _SECOND_AMOUNT.sub("", label)
    label = squash(label).strip(" :;,")
    return label or None


# A tax rate is kronor per hundred of income, not an amount of money ("skattesatsen 21,35 kronor").
_TAX_RATE = re.compile(r"skattesats|utdebitering|skattesänkning|skattehöjning", re.I)
# A tax named by its kind ("kommunalskatten", "skatten", "regionskatten") and a sum in kronor and öre under a
# hundred after it in its sentence: the rate, not an amount.
_TAX_WORD = re.compile(r"(?<![\wåäö])(?:kommunal|region|landstings)?skatt", re.I)  # (not "lastbilsskatt": a fee per unit)
_PER_UNIT = re.compile(r"[ \t]*(?:per|/)[ \t]*\w", re.I)  # "1,40 kronor per kilometer": a fee per unit, kept
_RATE_IN_ORE = re.compile(r"\d{1,2},\d\d[ \t]*(?:kr|kronor|sek)\.?", re.I)


def _sentence_start(body: str, pos: int) -> int:
    """Where the sentence (or the line, a fact box's row) holding ``pos`` starts, looked for within _LOOK_BACK."""
    lo = max(0, pos - _LOOK_BACK)
    cut = max(body.rfind("\n", lo, pos), max((m.end() for m in re.finditer(r"[.!?]\s", body[lo:pos])), default=-1) + lo)
    return max(lo, cut)


# How far back a label or a tax-rate word is looked for: bounded, so a long line costs linear time.
_LOOK_BACK = 160


# Where a tax-rate word may start (overlaps too), found once per text: most amounts have none
# near them, and a bisection says so without searching their window.
# The first lookahead: the words' first letters, tested before the words at every position.
_TAX_RATE_AT = re.compile(rf"(?=[su])(?=(?:{_TAX_RATE.pattern}))", re.I)


def _is_tax_rate(body: str, start: int, tax_starts: list[int]) -> bool:
    """A tax-rate word earlier in the amount's own sentence."""
    lo = max(0, start - _LOOK_BACK)
    i = bisect_left(tax_starts, lo)
    if i == len(tax_starts) or tax_starts[i] >= start:
        return False
    window = body[lo: start]
    last = None
    for last in _TAX_RATE.finditer(window):
        pass
    return last is not None and not _CLAUSE_END.search(window[last.end():])


# The tax-rate word's clause ends with its sentence, or where the next att-clause, numbered point or
# bullet of a list opens a line ("att skattesatsen lämnas oförändrad," / "att fastställa ... 212 miljoner kronor").
_CLAUSE_END = re.compile(r"[.!?]\s|\n[ \t]*(?:att|\d{1,2}[.)]|[-–•])\s", re.I)


# A table's unit as its heads write it, and what it multiplies a cell's figure by.
_TABLE_MULT = {"kr": 1, "kronor": 1, "sek": 1, "tkr": 1_000, "mnkr": 1_000_000}
_TABLE_UNIT = "(?:" + "|".join(_TABLE_MULT) + ")"
# A table whose last column heads its unit: "Förening   Org.nr   Bidrag (kr)", "Beviljade bidrag (belopp i
# kronor)"; or whose first column
# heads it for every column after: "Nettokostnad per nämnd (tkr)    Budget 2031    Budget 2032".
_TABLE_UNIT_HEAD = re.compile(r"^[^\n]*\S[ \t]*\((?:[^\W\d_]+[ \t]+i[ \t]+)?(?P<unit>" + _TABLE_UNIT + r")\)(?P<cols>(?:(?:\t|[ ]{2,})[^\n]*\S)?)[ \t]*$",
                              re.I | re.M)
# The first column's heading naming the unit after a comma, for every column after it:
# "Vinterväghållning, tkr    Budget 2039    Utfall jan–aug    Prognos helår".
_FIRST_CELL_UNIT_HEAD = re.compile(r"^[ \t]*[^\W\d_](?:[^\n\t ,]|[ ,](?=[^ \t\n]))*?,[ \t]*(?P<unit>" + _TABLE_UNIT + r")"
                                   r"(?P<cols>(?:\t|[ ]{2,})[^\n]*\S)[ \t]*$", re.I | re.M)
# A last column headed by its unit alone, after the other columns' heads: "Org.nr   Period   Tkr/år",
# "Förening   Belopp, tkr", "Finansiering   Belopp i kronor", "Organisation   Kronor per år".
# (any one word before it: "Sökt, kr", "Beviljat, kr", "Utfall i tkr")
# (the word may carry its year: "Budget 2040, tkr")
_UNIT_CELL = re.compile(r"(?:[^\W\d_]+(?:[ \t]+(?:19|20)\d\d)?(?:,|[ \t]+i)?[ \t]+)?(?P<unit>" + _TABLE_UNIT + r")(?:[ \t]*/[ \t]*år|[ \t]+per[ \t]+år)?", re.I)
_UNIT_ENDINGS = (*_TABLE_MULT, "år")
_HEAD_CELL_GAP = re.compile(r"\t|[ ]{2,}")
_ROW_CELLS = re.compile(r"\t|[ \u00a0]{2,}")  # the cells of a table's row: a tab or a wide gap parts them


@dataclass
class _CellHead:
    """A heading row whose last cell is its unit, in the shape of a _TABLE_UNIT_HEAD match."""
    start_: int
    end_: int
    unit: str
    text: str
    cols: str = ""  # the heads of the money columns before the last, when they too are unit cells
    columns: int = 1  # how many money columns end the row (its last number cells are theirs)
    alone: bool = False  # the column read apart from its rows: its figures alone on their lines

    def end(self) -> int:
        return self.end_

    def start(self) -> int:
        return self.start_

    def group(self, name: str | int = 0) -> str:
        return {"unit": self.unit, "cols": self.cols, 0: self.text}[name]


def _unit_cell_heads(body: str) -> list[_CellHead]:
    """Heading rows ending in a cell that is the unit alone; a line is read only when it ends in a
    unit's letters (one pass over the text, no regex tried at every line's every position)."""
    out = []
    pos = 0
    while pos <= len(body):
        nl = body.find("\n", pos)
        end = len(body) if nl < 0 else nl
        line = body[pos:end].rstrip()
        if line.lower().endswith(_UNIT_ENDINGS) and "\t" not in line and "  " not in line and _column_alone(body, line, nl):
            # "Belopp kr" / "18.000" / "24.500": the amount column an OCR read as a block of its own
            unit = _UNIT_CELL.fullmatch(line.strip())
            out.append(_CellHead(pos, pos + len(line), unit.group("unit"), line, alone=True))
        elif line.lower().endswith(_UNIT_ENDINGS) and ("\t" in line or "  " in line):
            cells = _HEAD_CELL_GAP.split(line.strip())
            unit = _UNIT_CELL.fullmatch(cells[-1].strip()) if len(cells) >= 2 else None
            if unit and any(re.search(r"[^\W\d_]", c) for c in cells[:-1]):
                # "Sökt, kr   Beviljat, kr": the columns before the last in the same unit are money too
                columns = 1
                while columns < len(cells) - 1:
                    before = _UNIT_CELL.fullmatch(cells[-1 - columns].strip())
                    if before is None or before.group("unit").lower() != unit.group("unit").lower():
                        break
                    columns += 1
                out.append(_CellHead(pos, pos + len(line), unit.group("unit"), line,
                                     "  ".join(cells[-columns:-1]), columns))
        if nl < 0:
            break
        pos = nl + 1
    return out


_BARE_AMOUNT_LINE = re.compile(r"[ \t]*\d{1,3}(?:[ .]\d{3})+(?:,\d{1,2})?[ \t]*(?:\n|$)")


def _column_alone(body: str, line: str, nl: int) -> bool:
    """``line`` is a money column's head alone ("Belopp kr", a word and the unit), the figures
    alone on the lines under it (two at least: a column, no sentence's sum)."""
    unit = _UNIT_CELL.fullmatch(line.strip())
    if unit is None or unit.start("unit") == 0 or nl < 0:
        return False
    first = _BARE_AMOUNT_LINE.match(body, nl + 1)
    return first is not None and _BARE_AMOUNT_LINE.match(body, first.end()) is not None


# A last column's heading wrapped in its cell, its unit on the line below under it (pdftotext -layout of a
# narrow column: "Förening    Org.nr    Aktivitet    Belopp" / "                              (kr)").
_UNIT_MARK_ALONE = re.compile(r"^(?P<indent>[ \t]{2,})\((?:[^\W\d_]+[ \t]+i[ \t]+)?(?P<unit>" + _TABLE_UNIT + r")\)[ \t]*$", re.I | re.M)


def _wrapped_unit_heads(body: str) -> list[_CellHead]:
    """Heading rows whose last cell's unit stands alone on the line below, under that cell: the
    head spans both lines, its shape the row's (a row of words, three cells at least)."""
    out = []
    for m in _UNIT_MARK_ALONE.finditer(body) if "(" in body else ():
        row_end = m.start() - 1
        if row_end <= 0:
            continue
        row_start = body.rfind("\n", 0, row_end) + 1
        row = body[row_start:row_end]
        cells = _HEAD_CELL_GAP.split(row.strip())
        last = row.rstrip()
        if (len(cells) >= 3 and not re.search(r"\d", row) and len(last) - len(cells[-1]) <= len(m.group("indent")) < len(last) + 2):
            out.append(_CellHead(row_start, m.end(), m.group("unit"), row))
    return out


_UNIT_MARK = re.compile(r"\((?:[^\W\d_]+[ \t]+i[ \t]+)?" + _TABLE_UNIT + r"\)", re.I)
_TABLE_ROWS = 60
# A cell's number, with its decimals: "1 200", "142,5" (a table in mnkr or tkr gives tenths).
_CELL_NUMBER = r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,3})?|\d+(?:,\d{1,3})?)"
# A row's last cell: a number set off from the row's text by a tab or two spaces.
# (or after a colon: "Exeby IF, sommarläger: 45 000" in a list whose caption gives the unit; or after
# a dot leader: "Exeby IF (802000-0000) ........ 85" under "Beviljade ansökningar (tkr)"; the leader
# read from its first dot only, so a long one stays linear)
# A deviation's cell may carry its sign ("-3,3", "+2,3" in an "Avvikelse" column): the amount is its size.
_CELL_SIGN = r"[-+\u2212]?"
_LAST_CELL = re.compile(r"(?:\t|[ \u00a0]{2,}|(?<=\S):[ \t]+|(?<!\.)\.{3,}[ \t]*)[ \t]*" + _CELL_SIGN + _CELL_NUMBER + r"[ \t]*$")
_BARE_CELL = re.compile(r"[ \t]*(\d{1,3}(?:[ .\u00a0]\d{3})+(?:,\d{1,3})?|\d+(?:,\d{1,3})?)[ \t]*$")
# Every number cell of a row after its label: each set off by a tab or two spaces.
_NUMBER_CELL = re.compile(r"(?:\t|[ \u00a0]{2,})[ \t]*" + _CELL_SIGN + _CELL_NUMBER + r"(?=[ \t]*$|\t|[ \u00a0]{2,})")


def _cell_value(cell: str, mult: int) -> int:
    """Whole kronor of a table cell in its column's unit: "142,5" in mnkr is 142 500 000."""
    whole, _, dec = cell.partition(",")
    return _decimal_value(whole, dec, mult)


def _cell_amounts(row: str, pos: int, cells: list[re.Match], mult: int) -> list[dict]:
    """The amounts of a table row's number cells (``row`` starts at ``pos``), labelled by the
    row's first cell."""
    if not cells:
        return []
    label = squash(re.split(r"\t|\s{2,}", row[: cells[0].start()].strip())[0]) or None
    return [{"value": _cell_value(cell.group(1), mult), "currency": "SEK", "text": cell.group(1), "per": None,
             "label": label, "span": [pos + cell.start(1), pos + cell.end(1)]} for cell in cells]


def _is_column_heading(row: str) -> bool:
    """A table's heading row: two or more cells set off by wide gaps, a word first and words (a
    year among them: "Budget 2034") after it, no cell a bare number."""
    cells = _ROW_CELLS.split(row.strip())
    if len(cells) >= 2 and _ROW_CELLS.match(row) and all(_YEAR_HEAD_CELL.fullmatch(c) for c in cells):
        return True  # "        Budget 2041   Plan 2042   Plan 2043": the label column's head left blank
    return (len(cells) >= 3 and not re.search(r"\d", cells[0])
            and all(re.search(r"[^\W\d_]", c) for c in cells[1:]))


# A money column's head of a word and its year: "Budget 2041", "Plan 2042", "Utfall 2040".
_YEAR_HEAD_CELL = re.compile(r"[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t](?:19|20)\d\d", re.I)


def _table_amounts(body: str) -> list[dict]:
    """The cells of a table's amount column, its unit given once in the column's heading."""
    out = []
    heads = sorted([*_TABLE_UNIT_HEAD.finditer(body), *_FIRST_CELL_UNIT_HEAD.finditer(body), *_unit_cell_heads(body),
                    *_wrapped_unit_heads(body)], key=lambda m: m.start())
    for head in heads:
        mult = _TABLE_MULT[head.group("unit").lower()]
        pos = first = head.end() + 1
        every_cell = len(_UNIT_MARK.findall(head.group(0))) > 1  # "Budget 2036 (mnkr)   Plan 2037 (mnkr)": every column in its unit
        last_cells = 0
        shape = len(_ROW_CELLS.split(head.group(0).strip()))  # the cells of the row above (the heading's first)
        heading_cols = 0  # the money columns a heading row under a caption names ("Nämnd   Budget 2034   Budget 2033": 2)
        alone = isinstance(head, _CellHead) and head.alone
        for _ in range(_TABLE_ROWS):
            end = body.find("\n", pos)
            end = len(body) if end < 0 else end
            row = body[pos:end]
            if alone:  # "Belopp kr" / "18.000" / "24.500" / "" / "54.500" (the sum under a blank line)
                bare = _BARE_CELL.match(row)
                if bare is None and not row.strip() and pos > first and _BARE_CELL.match(body, end + 1, body.find("\n", end + 1) % (len(body) + 1)):
                    pos = end + 1
                    continue
                if bare is None:
                    break
                out.append({"value": _cell_value(bare.group(1).replace(".", " "), mult), "currency": "SEK",
                            "text": bare.group(1), "per": None, "label": None,
                            "span": [pos + bare.start(1), pos + bare.end(1)]})
                pos = end + 1
                continue
            if not row.strip():
                if pos > first and last_cells and _next_row_alike(body, end + 1, last_cells):
                    pos = end + 1  # a page's break (a converter's blank line) between two rows of as many cells
                    continue
                if _next_row_same_shape(body, end + 1, shape):
                    # a PDF's table whose cells wrap: each row a block of its own, a blank line between rows
                    # (and under the heading row) of as many cells, the last the amount
                    pos = end + 1
                    continue
                if _group_heading_at(body, end + 1) or pos > first and last_cells and _SUM_ROW.match(body, end + 1):
                    pos = end + 1  # a list grouped by kind: the next group's heading, or the sum of all ("Totalt")
                    continue
                if pos > first and not last_cells and heading_cols and _next_row_alike(body, end + 1, heading_cols):
                    # "Nämnd   Budget 2034   Budget 2033" / "" / "Kommunstyrelsen   186 400   179 900": an OCR's
                    # paragraph break under the heading row, its first row as many number cells as its columns
                    pos = end + 1
                    continue
                if pos == first == head.end() + 1 and not head.group("cols"):
                    # a caption, a blank line, then the columns' heading: "Driftramar 2036 (mnkr)" / "" / "Nämnd  Budget ..."
                    nxt = body.find("\n", end + 1)
                    below = body[end + 1: len(body) if nxt < 0 else nxt]
                    if end < len(body) and (_is_column_heading(below) or _is_year_heading(below)):
                        pos = first = end + 1
                        continue
                    if end < len(body) and _LAST_CELL.search(body[end + 1: len(body) if nxt < 0 else nxt]):
                        pos = first = end + 1  # a caption, a blank line, then its rows ("Beviljade bidrag (kr)" / "" / "X IF: 45 000")
                        continue
                break
            if pos == first and not head.group("cols") and (_is_column_heading(row) or _is_year_heading(row)):
                # "Driftbudget (tkr)" over "Nämnd   Budget 2034   Budget 2033" (or "Post   2040   2041": years,
                # no amounts): a caption, its unit every column's
                every_cell = True
                heading_cols = len(_ROW_CELLS.split(row.strip())) - 1
                pos = end + 1
                continue
            cells = (list(_NUMBER_CELL.finditer(row)) if head.group("cols") or every_cell
                     else [c for c in [_LAST_CELL.search(row)] if c])
            if isinstance(head, _CellHead) and head.columns > 1:
                cells = cells[-head.columns:]  # (a count's column before them, "Medlemmar", is no money)
            out.extend(_cell_amounts(row, pos, cells, mult))
            last_cells = len(list(_NUMBER_CELL.finditer(row)))
            if cells:  # (a cell's wrapped line under its row keeps the row's shape)
                shape = len(_ROW_CELLS.split(row.strip()))
            pos = end + 1
            if pos > len(body):
                break
    return out


_SHAPE_CELLS = 3  # a row of this many cells at least has a shape a paragraph's line does not


def _next_row_same_shape(body: str, pos: int, shape: int) -> bool:
    """The line at ``pos`` is a table row of ``shape`` cells (three at least), its last a number."""
    if shape < _SHAPE_CELLS:
        return False
    end = body.find("\n", pos)
    row = body[pos: len(body) if end < 0 else end]
    return len(_ROW_CELLS.split(row.strip())) == shape and _LAST_CELL.search(row) is not None


# A table's unit in the line that leads in to it: "Kommunen bidrar med följande belopp (tkr) per år:",
# "Belopp i tkr:"; the table follows (a blank line and a heading row of words may come between).
_TABLE_UNIT_LEAD = re.compile(
    r"\((?P<unit>" + _TABLE_UNIT + r")\)|(?<![\wåäö])belopp\s+(?:anges\s+|redovisas\s+)?i\s+(?P<unit2>" + _TABLE_UNIT + r")(?![\wåäö])", re.I)
# A line that is only the table's unit, no lead-in sentence: "Belopp i tusental kronor (tkr).", "(Belopp i mnkr)".
_UNIT_NOTE_LINE = re.compile(r"[ \t]*\(?(?:alla\s+)?belopp\s+(?:anges\s+|redovisas\s+)?i\s+[^\n]{1,40}?\)?[ \t]*\.?[ \t]*", re.I)
_LEAD_TAIL = 160  # the unit stands near its line's end, the colon that leads in to the table (bounded look)


# The unit mark closing the sentence that leads in to a table: "Insatsen finansieras enligt tabellen (tkr)."
_UNIT_ENDS_LINE = re.compile(r"[ \t]*(?:per[ \t]+år[ \t]*)?\.[ \t]*")  # (its full stop: a column's heading "Bidrag (tkr)" has none)
# A table's sum row, a blank line over it: "Summa        540 000" (after the last row of cells).
_SUM_ROW = re.compile(r"[ \t]*" + SUM_ROW_WORDS, re.I)
_LEAD_BLANKS = 2  # blank lines between the unit's line and the table (pdftotext -layout sets two)
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")


def _is_year_heading(row: str) -> bool:
    """A table's heading row of years: "Organisation   2038   2039   2040   Summa" (a word first,
    then years, words among them)."""
    cells = _ROW_CELLS.split(row.strip())
    return (len(cells) >= 3 and not re.search(r"\d", cells[0]) and any(_YEAR_CELL.fullmatch(c) for c in cells[1:])
            and all(_YEAR_CELL.fullmatch(c) or not re.search(r"\d", c) for c in cells[1:]))


def _next_row_alike(body: str, pos: int, n_cells: int) -> bool:
    """The line at ``pos`` is a table row of ``n_cells`` number cells (two at least)."""
    end = body.find("\n", pos)
    row = body[pos: len(body) if end < 0 else end]
    indent = len(row) - len(row.lstrip())
    return n_cells >= 2 and len(list(_NUMBER_CELL.finditer(row, indent))) == n_cells


# A group's heading in a table grouped by kind ("Verksamhetsstöd" / rows / "Summa verksamhetsstöd  610 000"):
# a few words alone on their line (a colon may close them: "Projektstöd:"), no digit, no cell gap, no closing
# stop, a row of number cells under it.
_GROUP_HEADING = re.compile(r"[ \t]*[^\W\d_][^\W\d_-]*(?:[ -][^\W\d_]+){0,4}:?[ \t]*")


# A rule of dashes under a table's number columns, over the sum row (typed: "----      ----").
_RULE_ROW = re.compile(r"[ \t]*[-–—=_]{2,}(?:[ \t]+[-–—=_]{2,})*[ \t]*")


def _group_heading_at(body: str, pos: int) -> bool:
    """The line at ``pos`` is a group's heading and the line under it a row with number cells."""
    end = body.find("\n", pos)
    if end < 0 or not _GROUP_HEADING.fullmatch(body, pos, end):
        return False
    nxt = body.find("\n", end + 1)
    row = body[end + 1: len(body) if nxt < 0 else nxt]
    indent = len(row) - len(row.lstrip())
    return _NUMBER_CELL.search(row, indent) is not None


def _lead_table_amounts(body: str) -> list[dict]:
    """Every number cell of the rows of a table whose unit the line above it gives."""
    out = []
    for lead in _TABLE_UNIT_LEAD.finditer(body):
        line_end = body.find("\n", lead.end(), lead.end() + _LEAD_TAIL)
        line_start = body.rfind("\n", 0, lead.start()) + 1
        if line_end < 0 or not (body[lead.end():line_end].rstrip().endswith(":")
                                or _UNIT_NOTE_LINE.fullmatch(body, line_start, line_end)
                                or _UNIT_ENDS_LINE.fullmatch(body, lead.end(), line_end)):
            continue
        mult = _TABLE_MULT[(lead.group("unit") or lead.group("unit2")).lower()]
        pos, blanks, heading, rows, last_cells = line_end + 1, 0, False, 0, 0
        for _ in range(_TABLE_ROWS):
            end = body.find("\n", pos)
            end = len(body) if end < 0 else end
            row = body[pos:end]
            indent = len(row) - len(row.lstrip())
            cells = list(_NUMBER_CELL.finditer(row, indent))  # (the row's own first cell is its label)
            if not row.strip():
                if rows and (_next_row_alike(body, end + 1, last_cells) or _SUM_ROW.match(body, end + 1)
                             or _group_heading_at(body, end + 1)):
                    pos = end + 1  # a page's or a table's break between two rows of as many cells, over its sum or a group's heading
                    continue
                if rows or blanks >= _LEAD_BLANKS:
                    break
                blanks += 1
            elif not rows and not heading and _is_year_heading(row):
                heading = True  # the columns' heading row of years, no amounts
            elif cells:
                rows += 1
                last_cells = len(cells)
                out.extend(_cell_amounts(row, pos, cells, mult))
            elif not rows and _group_heading_at(body, pos):
                pass  # the first group's heading ("Verksamhetsstöd") over its rows
            elif not rows and not heading and (not re.search(r"\d", row) and len(re.split(r"\t|\s{2,}", row.strip())) >= 2
                                               or _is_column_heading(row)):  # ("Nämnd  Budget 2039  Plan 2040": years in words' cells)
                heading = True  # the columns' heading row
            elif rows and not re.search(r"\d|\t|[ ]{2}", row.strip()):
                pass  # "Kulturskolevänner": a row's name wrapped in its cell, the row's numbers on the line above
            elif rows and _RULE_ROW.fullmatch(row):
                pass  # "----   ----": the rule drawn under the columns over their sums
            else:
                break
            pos = end + 1
            if pos > len(body):
                break
    return out


# Two older ways of writing a sum: the currency's "kr" before the figure ("kr 24 000", as "SEK 6 000";
# not the unit of a figure before it, "50 kr 2039", nor a date's or number's first digits after it),
# and the sum in words with its figure in brackets before the unit ("tjugoentusen (21 000) kronor").
_OTHER_NUMBER = NUMBER.replace("?P<num>", "?P<num3>").replace("?P<dec>", "?P<dec3>").replace("?P<ore>", "?P<ore3>")
_OTHER_NOTATION = re.compile(
    rf"(?=[kK(])(?:(?<!\d)(?<!\d\s)(?<![\wåäö])kr\.?[ \t]+{_OTHER_NUMBER}(?![-–/]\d)"
    rf"(?![ \t]?(?:kr|kronor|tkr|mnkr|sek|%|procent)(?![\wåäö]))"
    rf"|\([ \t]*{_OTHER_NUMBER.replace('?P<num3>', '?P<num4>').replace('?P<dec3>', '?P<dec4>').replace('?P<ore3>', '?P<ore4>')}"
    rf"[ \t]*\)[ \t]?(?:kronor|kr\.?)(?![\wåäö]))", re.I)


_HAS_KR = re.compile("kr", re.I)


def _other_notation_value(m: re.Match) -> int:
    num, dec = (m.group("num3"), m.group("dec3") or m.group("ore3") or "") if m.group("num3") else \
        (m.group("num4"), m.group("dec4") or m.group("ore4") or "")
    return _decimal_value(num, "" if dec.startswith("-") else dec, 1)


# A flattened text (a scraper's export joining every line by a space) keeps a layout table's cell gaps but
# loses its row breaks: "Förening   Belopp (kr) Exeby IF   32 000 Norrby BK   12 500 Summa   44 500 Nämnden ...".
# Where a row ended is still seen: after a number cell (set off by a cell's gap) a single space and the
# next row's first word; after a column's or a caption's unit mark ("(tkr)", "Belopp i kronor.") a
# single space and a capital; after a heading's year cell ("   Budget 2034 Kommunstyrelsen").
_FLAT_LINE = FLAT_HEAD  # a line this long is a flattened text's (no table row is so long; reline's measure)
# (a row may open with its org number or its year span: "802000-0000   Exeby IF   45 000", "2032/2033   640")
# (a row may open with its year: "2041      18 000      12 000"; a year's row: its year, a wide gap, a number)
_YEAR_ROW = r"(?:19|20)\d\d(?:/\d{2,4})?(?: \([^()\n]{1,20}\))?(?:\t|[ ]{2,})\d"
_ROW_OPENS = r"(?=[^\W\d_]|\d{6}-\d{4}\b|" + _YEAR_ROW + ")"
_UNIT_MARK_FLAT = r"\((?:[^\W\d_]+[ \t]+i[ \t]+)?" + _TABLE_UNIT + r"\)"
_FLAT_ROW_END = re.compile(  # (the lookahead: what every match opens with, tested first at every position)
    r"(?=[\t :(b\u00a0])(?:"
    # a row's last cell, a number (or a heading's year cell), and the next row's first word
    r"(?:\t|(?<![ \u00a0])[ \u00a0]{2,}|(?<=\S):[ ])(?:" + _CELL_NUMBER + r"|[^\W\d_]+ (?:19|20)\d\d)(?P<gap> )" + _ROW_OPENS
    # a caption's or a column's unit ("(tkr)", "Belopp i kronor.", "   Beviljat, kr"), a lead-in's colon after
    # its unit ("belopp (tkr) per år: Verksamhetsår ..."), then a capital or a row's org number
    + r"|(?:" + _UNIT_MARK_FLAT + r"(?:\.|[^\n:.]{0,40}:)?|(?<![\wåäö])belopp i " + _TABLE_UNIT
    + r"\.?|(?:\t|(?<! )[ ]{2,})[^\W\d_]+(?:,| i)? " + _TABLE_UNIT + r")(?P<gap2> )(?=(?-i:[A-ZÅÄÖ])|\d{6}-\d{4}\b)"
    # a heading's last word over a row opening with its year ("   Summa 2032/2033   640")
    + r"|(?<=[^\W\d_]{2})(?P<gap3> )(?=" + _YEAR_ROW + "))", re.I)
_ROW_GAP = re.compile(r"\t|[ \u00a0]{2,}")
_FLAT_ROW = 200  # a table's row is shorter: a longer run to the next row's end is the text after the table
_SENTENCE_END = re.compile(r"[.!?] (?-i:[A-ZÅÄÖ])")


@lru_cache(maxsize=2)  # (asked by amounts and by parties of the same text)
def relined_rows(body: str) -> tuple[str, list[int], list[tuple[int, int]]] | None:
    """``body`` with its flattened lines' table rows set on lines of their own (the space that parted
    two rows made a line break, a blank line after a table's last row), and where in the new text
    the added blank lines' characters stand (to map a span back), and the flattened lines' bounds;
    None when no line is flattened.
    A break is kept only beside a row: a short run to the next row's end, no sentence's end in it."""
    pieces, added, pos, size, lines = [], [], 0, 0, []
    for line in re.finditer(r"[^\n]{%d,}" % _FLAT_LINE, body):
        lines.append(line.span())
        breaks = [(m.start("gap"), True) if m.group("gap") else (m.start("gap2") if m.group("gap2") else m.start("gap3"), False)
                  for m in _FLAT_ROW_END.finditer(body, line.start(), line.end())]
        starts = [line.start()] + [at + 1 for at, _ in breaks]
        stops = [at for at, _ in breaks] + [line.end()]
        # a run between two breaks is a row when short, closed by a break (a row's number cell, or
        # a heading's unit or year), no sentence's end in it, and a cell's gap in it or a number closing it
        row_like = [0 < j < len(breaks) and stops[j] - starts[j] <= _FLAT_ROW
                    and not _SENTENCE_END.search(body, starts[j], stops[j])
                    and (breaks[j][1] or _ROW_GAP.search(body, starts[j], stops[j]) is not None)
                    for j in range(len(starts))]
        for k, (at, _) in enumerate(breaks):
            if not (row_like[k] or row_like[k + 1]):
                continue  # prose on both sides: no table here
            piece = body[pos:at] + "\n"
            pieces.append(piece)
            size += len(piece)
            if not row_like[k + 1]:  # no row follows: the table ended
                added.append(size)
                pieces.append("\n")
                size += 1
            pos = at + 1
    if not pieces:
        return None
    pieces.append(body[pos:])
    return "".join(pieces), added, lines


def _flat_table_amounts(body: str) -> list[dict]:
    """The table amounts of a flattened text's rows (spans in ``body``'s offsets); only those inside
    a flattened line (a table of the text's own lines is read by the table readers already)."""
    relined = relined_rows(body)
    if relined is None:
        return []
    text, added, lines = relined
    out = []
    for amount in _table_amounts(text) + _lead_table_amounts(text):
        start, end = (p - bisect_left(added, p) for p in amount["span"])
        k = bisect_left(lines, (start + 1,)) - 1  # the flattened line starting at or before it
        if k >= 0 and start < lines[k][1] and not _YEAR_CELL.fullmatch(amount["text"]):
            out.append({**amount, "span": [start, end]})
    return out


def _lines_from(body: str, pos: int):
    """(start, text) of each line from ``pos`` on, read lazily."""
    while pos <= len(body):
        end = body.find("\n", pos)
        end = len(body) if end < 0 else end
        yield pos, body[pos:end]
        pos = end + 1


def _one_cell_a_line_amounts(body: str) -> list[dict]:
    """A table read one cell a line (plain pdftotext): two or more money columns' heads on lines of their
    own, each a word and its unit ("Budget 2041, tkr" / "Utfall 2041, tkr"), then each row's name on a line
    and its figures on as many lines under it ("Ny brandstation" / "18 000" / "13 200")."""
    out = []
    lines = _lines_from(body, 0)
    pending: list[tuple[int, str]] = []  # the heads read so far, one a line
    for start, line in lines:
        text = line.strip()
        unit = _UNIT_CELL.fullmatch(text) if text.lower().endswith(_UNIT_ENDINGS) else None
        if unit and unit.start("unit") > 0 and (not pending or pending[-1][1] == unit.group("unit").lower()):
            pending.append((start, unit.group("unit").lower()))
            continue
        if len(pending) < 2:
            pending = []
            continue
        columns, mult = len(pending), _TABLE_MULT[pending[0][1]]
        pending = []
        row = text
        for _ in range(_TABLE_ROWS):
            if not row or _BARE_CELL.fullmatch(row) or re.fullmatch(r"[\d\s.,%+-]+", row):
                break  # a row opens with its name
            cells = []
            for cell_start, cell in lines:
                bare = _BARE_CELL.fullmatch(cell)
                if bare is None:
                    row = cell.strip()
                    break
                cells.append({"value": _cell_value(bare.group(1).replace(".", " "), mult), "currency": "SEK",
                              "text": bare.group(1), "per": None, "label": squash(row),
                              "span": [cell_start + bare.start(1), cell_start + bare.end(1)]})
                if len(cells) == columns:
                    break
            else:
                row = ""
            if len(cells) != columns:
                break
            out.extend(cells)
            nxt = next(lines, None)
            if nxt is None:
                break
            row = nxt[1].strip()
    return out


def extract_amounts(ctx) -> list[dict]:
    out = (_table_amounts(ctx.body) + _lead_table_amounts(ctx.body) + _flat_table_amounts(ctx.body)
           + _one_cell_a_line_amounts(ctx.body))
    body = ctx.body
    tax_starts = [m.start() for m in _TAX_RATE_AT.finditer(body)]
    for m in AMOUNT_RE.finditer(body):
        # (a rate is kronor per hundred: "en höjd skattesats och 12 miljoner kronor mer till skolan" is money)
        if tax_starts and _value(m) < 100 and _is_tax_rate(body, m.start(), tax_starts):
            continue
        if (_RATE_IN_ORE.fullmatch(m.group(0)) and not _PER_UNIT.match(body, m.end())
                and _TAX_WORD.search(body, _sentence_start(body, m.start()), m.start())):
            continue  # "Kommunalskatten ligger kvar på 20,89 kronor": kronor and öre per hundred, a tax rate
        value = _value(m)
        per, end = _per(body, m.end())
        out.append(
            {
                "value": value,
                "currency": "SEK",
                "text": squash(body[m.start():end]),
                "per": per,
                "label": _label(body, m.start()),
                "span": [m.start(), end],
            }
        )
    if _HAS_KR.search(body):  # a cheap pre-check; any case, as the notation itself ("KR 24 000" in capitals)
        for m in _OTHER_NOTATION.finditer(body):
            per, end = _per(body, m.end())
            out.append({"value": _other_notation_value(m), "currency": "SEK", "text": squash(body[m.start():end]),
                        "per": per, "label": _label(body, m.start()), "span": [m.start(), end]})
    return out
