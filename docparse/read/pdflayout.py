"""A born-digital PDF page's layout from pdfium's character boxes: lines with their boxes, and
from them the page's text in the shape the other readers give (a paragraph a line, a blank line
between blocks, table cells and label columns by tabs) and its running headers and footers.

Reading order is pdfium's, which follows the page's content stream: a word processor writes a
column's lines before the next column's, so two text columns come left then right. Boxes are
asked per line (its first and last character) and per space (the cell gaps), never per
character: a page costs a few hundred calls into pdfium, not thousands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

# A vertical gap between two lines this many times the page's median line gap is a break
# between blocks (a heading's space above it, a letterhead's end): it becomes a blank line, as
# the structured formats' readers give a heading one, so the title is found the same way.
BLOCK_GAP = 1.6
# A space wider than this many times the font size is a gap between columns or table cells
# (a justified line's widest word space stays well under one em): it becomes a tab, as the
# other readers separate table cells, so a row's label stays apart from its amount.
CELL_GAP = 1.2
# A line continues on the next (a paragraph wrapped by the page's width) when the next line
# starts at the same left edge, in the same font size, at the usual line gap, and either the
# line ends with the space a word processor leaves at a soft wrap or the next line's first word
# would not have fitted on it: joined into one line, as the paragraph stands in DOCX or .txt.
WRAP_GAP = 1.3
_PITCH_GAPS = 8  # gaps a page needs before its lower quartile says what its line pitch is
_SPACED_PARAGRAPHS = 0.8  # a pitch under this share of the median gap: paragraphs are spaced apart
MAX_LINE_GAP = 3.0  # font sizes: the widest usual line gap (double spacing is about 2.3)
# A heading ends where the font size steps down to the body's: a block break too, however
# little space stands below it (a heading's first paragraph follows close).
SIZE_STEP = 1.0
MIN_COLUMN_EMS = 20  # a text column this many font sizes wide: narrower "columns" are lists
# Text columns written line across line: at least this many lines split at one gutter, with
# at least this many characters on each side on average (prose, not a table's cells).
MIN_ROWS = 4
MIN_CELL = 25
RUN_GAP = 2.0  # font sizes of vertical space that end a run of column rows
# A line that starts a list item or a paragraph mark is never a wrapped line's continuation.
_ITEM = re.compile(r"(?:\d{1,3}[.)]|[a-zåäö][.)]|[•▪◦\-–—*]|§)\s")
# Running headers and footers: lines in this share of the page's height at its top or bottom.
BAND = 0.12
# A page number alone in the band ("3", "Sida 3 av 12", "- 3 -", "3 (12)").
_PAGE_NUMBER = re.compile(r"(?:sida|page|s\.)?\s*[-–]?\s*#+\s*[-–]?\s*(?:(?:av|of|/)\s*#+|\(#+\))?", re.I)
_LINE_BREAK = re.compile(r"\r\n|\n")


@dataclass
class Line:
    """One line of a page: its text (cells by tabs) and box in PDF points (origin bottom left)."""

    text: str
    left: float
    right: float
    bottom: float
    top: float
    size: float  # font size of its first character
    soft_end: bool = False  # ended with a space: a word processor's soft wrap
    hyphen_end: bool = False  # ended with pdfium's mark of a word hyphenated at the line end
    first_word_end: int = 0  # index (into the page's characters) of its first word's last letter
    start: int = 0  # index of its first character among the page's characters
    # each tab: (its offset in .text, where the text before it ends, where the text after it starts)
    cells: list[tuple[int, float, float]] = field(default_factory=list)


@dataclass
class PageLayout:
    text: str
    # (start, end, key) of the lines in the top or bottom band: digits as '#', for matching pages
    band: list[tuple[int, int, str]] = field(default_factory=list)
    # (start, end, left, top, right, bottom) of each visual line: its span of .text and its box in
    # PDF points from the page's top left (a joined paragraph has one per line it stood on)
    boxes: list[tuple[int, int, float, float, float, float]] = field(default_factory=list)


# A space between two characters of a line: the places a cell gap can be.
_INNER_SPACE = re.compile(r"(?<=[^ \r\n]) (?=[^ \r\n])")


def _cell_gaps(textpage, raw: str, gaps: dict[int, tuple[float, float]]) -> str:
    """``raw`` with each space that spans a wide gap on its line replaced by a tab; ``gaps``
    gets each tab's index -> (where the text before it ends, where the text after it starts)."""
    import pypdfium2.raw as pdfium_c

    chars = None
    box = textpage.get_charbox
    font_size = pdfium_c.FPDFText_GetFontSize
    for m in _INNER_SPACE.finditer(raw):
        i = m.start()
        left, right = box(i - 1), box(i + 1)
        size = font_size(textpage.raw, i + 1) or (right[3] - right[1])
        if right[0] - left[2] > CELL_GAP * size > 0:
            if chars is None:
                chars = list(raw)
            chars[i] = "\t"
            gaps[i] = (left[2], right[0])
    return raw if chars is None else "".join(chars)


def lines(textpage) -> list[Line] | None:
    """The page's lines in pdfium's order; None when its text does not map to characters one to one."""
    import pypdfium2.raw as pdfium_c

    raw = textpage.get_text_range()
    if textpage.count_chars() != len(raw):
        return None
    gaps: dict[int, tuple[float, float]] = {}
    text = _cell_gaps(textpage, raw, gaps)
    out = []
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    ends = [m.start() for m in _LINE_BREAK.finditer(text)] + [len(text)]
    for start, end in _name_hyphen_breaks(text, starts, ends):
        i, j = start, end - 1
        while i < end and text[i] in " \t":
            i += 1
        while j > i and text[j] in " \t\ufffe":
            j -= 1
        if i >= end:
            continue
        first, last = textpage.get_charbox(i), textpage.get_charbox(j)
        k = i
        while k + 1 <= j and not text[k + 1].isspace():
            k += 1
        size = pdfium_c.FPDFText_GetFontSize(textpage.raw, i) or (first[3] - first[1])
        body = text[i:j + 1]
        name_hyphen = text[end - 1:end] == "\ufffe" and _KEPT_HYPHEN.match(text, end - 1) is not None
        # pdfium marks a word hyphenated across a line end with U+FFFE: dropped, "ordfö" + "rande"
        cells = [] if "\ufffe" in body else [(t - i, *gaps[t]) for t in range(i, j + 1) if t in gaps]
        out.append(Line(body.replace("\ufffe", "") + ("-" if name_hyphen else ""), first[0], last[2], min(first[1], last[1]),
                        max(first[3], last[3]), size, soft_end=text[j + 1:end].startswith(" "),
                        hyphen_end="\ufffe" in text[j + 1:end] and not name_hyphen, first_word_end=k, start=i, cells=cells))
    return _columns(out)


# pdfium's mark of a hyphen at a line's end that is the author's, not a word's break: before a capital,
# a name's own hyphen (Swedish breaks no word before a capital), as in a table cell's "Dals-" / "Eds
# kommun"; before the conjunction of a suspended compound ("gång-" / "och cykelbro", "kultur-" / "eller
# fritidsnämnden", a cell's "Idrotts-" / "och" / "Friluftsförening", the conjunction alone on its line).
_KEPT_HYPHEN = re.compile("\ufffe(?=[A-ZÅÄÖ]|(?:och|eller|samt)(?![^\\W\\d_]))")


def _name_hyphen_breaks(text: str, starts: list[int], ends: list[int]) -> list[tuple[int, int]]:
    """The lines' (start, end), a line that pdfium ran on past an author's hyphen at the end of the
    first line ("Dals\ufffeEds kommun om", "Idrotts\ufffeoch": two lines of a cell in one) cut after
    the hyphen's mark: each part keeps its own box, so a table row's first line stays on the row
    (and a paragraph's two lines are joined again as any wrapped lines are, "gång- och cykelbro")."""
    out = []
    for start, end in zip(starts, ends):
        if "\ufffe" in text[start:end]:
            for m in _KEPT_HYPHEN.finditer(text, start, end):
                if m.start() > start and text[m.start() - 1].isalpha():
                    out.append((start, m.end()))
                    start = m.end()
        out.append((start, end))
    return out


def _columns(found: list[Line]) -> list[Line]:
    """Two text columns written line across line (the content stream gives each row of the page
    left to right, so pdfium puts both columns' lines on one line, a tab between): read the left
    column, then the right. A run of such lines is taken for columns when at least MIN_ROWS of
    them have one tab at the same place (the gutter) and both sides hold prose (MIN_CELL
    characters on average, so a table of short cells or an attendance list stays in rows); the
    run goes on over lines that stand wholly on one side of the gutter, to a block's space."""
    rows = [n for n, ln in enumerate(found) if len(ln.cells) == 1]
    if len(rows) < MIN_ROWS:
        return found
    gutters = sorted(found[n].cells[0][2] for n in rows)
    gutter = gutters[len(gutters) // 2]
    out: list[Line] = []
    n = 0
    while n < len(found):
        run_end = n
        tabbed = 0
        while run_end < len(found):
            ln = found[run_end]
            em = ln.size
            if run_end > n and found[run_end - 1].bottom - ln.bottom > RUN_GAP * em:
                break  # a block's space: the columns end (a table may follow at the same place)
            if len(ln.cells) == 1 and abs(ln.cells[0][2] - gutter) <= em:
                tabbed += 1
            elif ln.cells or not (ln.right <= gutter - 0.5 * em or ln.left >= gutter - em):
                break
            run_end += 1
        run = found[n:run_end]
        split = [ln for ln in run if ln.cells]
        if tabbed >= MIN_ROWS and all(
                sum(len(part) for part in sides) / len(split) >= MIN_CELL
                for sides in zip(*(ln.text.split("\t", 1) for ln in split))):
            left, right = [], []
            for ln in run:
                if not ln.cells:
                    (right if ln.left >= gutter - ln.size else left).append(ln)
                    continue
                at, end_x, start_x = ln.cells[0]
                before, after = ln.text[:at], ln.text[at + 1:]
                left.append(Line(before, ln.left, end_x, ln.bottom, ln.top, ln.size,
                                 first_word_end=ln.first_word_end, start=ln.start))
                word = len(after.split(" ", 1)[0])
                right.append(Line(after, start_x, ln.right, ln.bottom, ln.top, ln.size, soft_end=ln.soft_end,
                                  hyphen_end=ln.hyphen_end, first_word_end=ln.start + at + word, start=ln.start + at + 1))
            out += left + right
            n = max(run_end, n + 1)
        else:
            out.append(found[n])
            n += 1
    return out


_OWN_LINE_WORDS = 4  # a name or a short heading under a paragraph is no longer than this


def _joins(prev: Line, cur: Line, usual: float, right_edge: float, textpage, pitch: float | None = None) -> str | None:
    """What joins ``prev`` and ``cur`` when ``cur`` continues ``prev``'s paragraph ("" after a
    hyphen between digits, else a space); None when ``cur`` starts a line of its own. ``pitch``:
    the page's gap between a paragraph's lines, when paragraphs are spaced wider apart."""
    if "\t" in prev.text or "\t" in cur.text or abs(cur.left - prev.left) > 0.5 * prev.size:
        return None
    if abs(cur.size - prev.size) > 0.5 or not 0 < prev.bottom - cur.bottom <= WRAP_GAP * usual:
        return None
    if pitch and pitch < _SPACED_PARAGRAPHS * usual and prev.bottom - cur.bottom > WRAP_GAP * pitch:
        return None  # a paragraph's spacing above ``cur``: a paragraph of its own
    if prev.hyphen_end or _ends_in_name_hyphen(prev.text, cur.text):
        return ""
    if prev.text.endswith("-") and prev.text[-2:-1].isdigit() and cur.text[:1].isdigit():
        return ""  # "802481-" + "1658": a number broken at its hyphen (no space would have helped)
    if _ITEM.match(cur.text):
        return None
    if (prev.text.rstrip().endswith((".", "!", "?")) and cur.text[:1].isupper()
            and len(cur.text.split()) <= _OWN_LINE_WORDS and not cur.text.rstrip().endswith((".", "!", "?", ",", ";", ":"))):
        return None  # a sentence ended, then a few words ending in none ("... kostnaden." / "Eva Ek"): a signature's name, a heading
    if not prev.soft_end:
        if right_edge - prev.left < MIN_COLUMN_EMS * prev.size:
            return None
        word_end = textpage.get_charbox(cur.first_word_end)[2]
        if prev.right + 0.25 * prev.size + (word_end - cur.left) <= right_edge:
            return None  # the next word would have fitted: the line ended where its author ended it
    return " "


def _ends_in_name_hyphen(text: str, follow: str) -> bool:
    """"Dals-" over "Eds kommun": a name's hyphen at the line's end, its next part capitalised."""
    return text.endswith("-") and text[-2:-1].isalpha() and follow[:1].isupper()


def _word_broken(text: str, right: float, next_start: float | None, follow: str, size: float) -> bool:
    """A word too long for its cell's width, broken where the cell ends and its rest on the next
    line ("livsmedelskontro" / "ll 2037–2038"): a word processor breaks a word only when it fills
    a line alone, so the cell's line ``text`` is one word whose ``right`` edge reaches the next
    cell's start, and the rest goes on in lower case. Joined without a space."""
    word = text.strip()
    return (next_start is not None and follow[:1].islower() and bool(word) and " " not in word
            and word[-1].isalpha() and right >= next_start - 1.5 * size)


_CELL_LINES = 6  # lines a table cell wraps into, at most
# A label and its colon opening a line ("Vårt dnr: KS 2040/0733", "Ert dnr: ..."): a letterhead column's
# line of its own under a row's last cell, never a wrapped cell's rest.
_OWN_LABEL = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:[ ][a-zåäö]+){0,2}:[ \t]+\S")


def _joined_pieces(pieces: Sequence[tuple[str, float | None]], next_start: float | None, size: float) -> str:
    """A wrapped cell's lines (text, right edge; None: unknown) as one: a space between them,
    none where a word broke at the cell's edge, after a name's hyphen or before a piece's own space."""
    joined = pieces[0][0]
    for (prev, prev_right), (piece, _right) in zip(pieces, pieces[1:]):
        broken = prev_right is not None and _word_broken(prev, prev_right, next_start, piece, size)
        joined += ("" if broken or piece.startswith(" ") or _ends_in_name_hyphen(joined, piece) else " ") + piece
    return joined


def _first_cell_wrapped(found: list[Line], n: int, row: Line, usual: float) -> tuple[Line, int] | None:
    """A table row whose first cell wraps ("SPF Seniorerna" / "Lekeberg" / "802000-0000  188  33 200
    kr"): pdfium gives the cell's lines first, then the row's later cells on the first line's baseline.
    The row as one line with the cell's lines joined, and the index after it; None for any other line."""
    pieces, edge, m = [(row.text, row.right)], row.bottom, n
    while m < len(found) and len(pieces) < _CELL_LINES:  # (bounded: a paragraph's lines are no cell's)
        ln = found[m]
        if (not ln.cells and abs(ln.left - row.left) <= 0.5 * row.size and abs(ln.size - row.size) <= 0.5
                and 0 < edge - ln.bottom <= WRAP_GAP * usual and not _ITEM.match(ln.text)):
            pieces.append((ln.text, ln.right))
            edge, m = ln.bottom, m + 1
            continue
        break
    if len(pieces) < 2 or m >= len(found):
        return None
    rest = found[m]
    if (not rest.cells or abs(rest.bottom - row.bottom) > 0.3 * row.size or abs(rest.size - row.size) > 0.5
            or rest.left <= max(right for _t, right in pieces)):
        return None  # no later cells on the first line's baseline, right of the cell: no table row
    joined = _joined_pieces(pieces, rest.left, row.size)
    cells = [(len(joined), row.right, rest.left)] + [(len(joined) + 1 + t, a, b) for t, a, b in rest.cells]
    return (Line(joined + "\t" + rest.text, row.left, rest.right, row.bottom, row.top, row.size,
                 first_word_end=row.first_word_end, start=row.start, cells=cells), m + 1)


def _wrapped_cells(found: list[Line], usual: float) -> list[Line]:
    """A table row whose cell wraps (a word processor's table turned into PDF): pdfium gives the
    row's first line, then the cell's further lines, then the cells to its right that stand on
    the row's first line ("2  Bidrag till Exeby" / "Konstförening 2037" / "KN 2036/118"). Each
    wrapped line goes back into its cell and each later cell onto the row, as the DOCX reader
    gives the row: "2<TAB>Bidrag till Exeby Konstförening 2037<TAB>KN 2036/118". A wrapped
    line is one without cells of its own, in the row's font size, that starts where one of the
    row's cells after the first starts, at most a line's gap below the line above it."""
    if not any(ln.cells for ln in found):
        return found  # no table on the page: no row to put together
    out: list[Line] = []
    n = 0
    above: list[float] = []  # the cell starts of the table's widest row so far (its heading row, most often)
    while n < len(found):
        row = found[n]
        n += 1
        if not row.cells:
            whole = _first_cell_wrapped(found, n, row, usual)
            if whole is None:
                out.append(row)
                above = []
                continue
            row, n = whole
        cells = row.text.split("\t")
        last = len(cells) - 1  # the row's own last cell: its line ends there
        starts = [row.left] + [start for _, _, start in row.cells]
        edge, right, bottom, merged = row.bottom, row.right, row.bottom, False
        # Each wrapped cell's lines and where they end (the row's own line ends in its last cell), joined
        # when the row is whole: whether a word broke at a cell's edge needs the next cell's start.
        wraps: dict[int, list[tuple[str, float | None]]] = {}
        while n < len(found):
            ln = found[n]
            if abs(ln.size - row.size) > 0.5:
                break
            if not ln.cells and 0 < edge - ln.bottom <= WRAP_GAP * usual and not _ITEM.match(ln.text):
                k = next((k for k in range(len(starts) - 1, 0, -1) if abs(ln.left - starts[k]) <= 0.5 * row.size), None)
                if k is None:
                    break
                if _OWN_LABEL.match(ln.text):
                    break  # a label of its own under the cell ("2040-11-19" / "Vårt dnr: KS ..."): a line, not the cell's rest
                wraps.setdefault(k, [(cells[k], row.right if k == last else None)]).append((ln.text, ln.right))
                edge, bottom = ln.bottom, min(bottom, ln.bottom)
            elif merged:
                # a later cell on the row's own line, right of what the row holds
                if abs(ln.bottom - row.bottom) > 0.3 * row.size or ln.left < right:
                    break
                cells.extend(ln.text.split("\t"))
                starts.append(ln.left)
                starts.extend(start for _, _, start in ln.cells)
                edge, right = row.bottom, max(right, ln.right)
            else:
                break
            merged = True
            n += 1
        if len(starts) > len(above):
            above = starts
        if not merged:
            out.append(row)
            continue
        for k, pieces in wraps.items():
            # (a row with its later cells empty: the row above says where the next column starts)
            next_start = starts[k + 1] if k + 1 < len(starts) else next(
                (above[j + 1] for j in range(len(above) - 1) if abs(above[j] - starts[k]) <= 0.5 * row.size), None)
            cells[k] = _joined_pieces(pieces, next_start, row.size)
        text = "\t".join(cells)
        tabs = [i for i, c in enumerate(text) if c == "\t"]
        out.append(Line(text, row.left, right, bottom, row.top, row.size, first_word_end=row.first_word_end,
                        start=row.start, cells=[(t, 0.0, starts[i + 1] if i + 1 < len(starts) else 0.0)
                                                for i, t in enumerate(tabs)]))
    return out


_FEW_GAPS = 5  # a page of fewer line gaps than this has no median of its lines' own


def layout(textpage, height: float) -> PageLayout | None:
    """The page's text laid out from its lines' boxes; None when the text cannot be mapped."""
    found = lines(textpage)
    if found is None:
        return None
    if not found:
        return PageLayout("")
    gaps = sorted(a.bottom - b.bottom for a, b in zip(found, found[1:]) if a.bottom - b.bottom > 0)
    usual = gaps[len(gaps) // 2] if len(gaps) >= 3 else 1.5 * max(ln.size for ln in found)
    if 3 <= len(gaps) < _FEW_GAPS:
        # A page of a few lines (a signature run over to the next page, under the running header) has the
        # header's or the footer's gap among the middle ones: its narrowest gap is its lines' own.
        usual = gaps[0]
    # A page of a few lines (a signature run over to the next page) has its header's and footer's
    # gaps for its median: no line gap is wider than a few of its font's sizes.
    sizes = sorted(ln.size for ln in found)
    usual = min(usual, MAX_LINE_GAP * sizes[len(sizes) // 2])
    # The line pitch of wrapped paragraphs: a gap well over it, where paragraphs are spaced apart, is
    # a paragraph's end whatever the line's length ("... 2040, samt" / "att kostnaden ...").
    pitch = gaps[len(gaps) // 4] if len(gaps) >= _PITCH_GAPS else usual
    found = _wrapped_cells(found, usual)
    # each line's column edge: the rightmost end of the lines sharing its left edge
    edges: dict[int, float] = {}
    for ln in found:
        if "\t" not in ln.text:
            key = round(ln.left / 4)
            edges[key] = max(edges.get(key, 0.0), ln.right)
    parts: list[str] = []
    band: list[tuple[int, int, str]] = []
    boxes = []
    pos = 0
    line_start = 0
    for n, ln in enumerate(found):
        if n:
            prev = found[n - 1]
            gap = prev.bottom - ln.bottom
            join = None
            if (len(gaps) >= 3 and gap > BLOCK_GAP * usual) or prev.size - ln.size > SIZE_STEP:
                sep = "\n\n"
            else:
                join = _joins(prev, ln, usual, edges.get(round(prev.left / 4), prev.right), textpage, pitch)
                sep = "\n" if join is None else join
            if join is None:
                _band_line(parts, line_start, pos, found[n - 1], height, band)
            parts.append(sep)
            pos += len(sep)
            if join is None:
                line_start = pos
        parts.append(ln.text)
        boxes.append((pos, pos + len(ln.text), ln.left, height - ln.top, ln.right, height - ln.bottom))
        pos += len(ln.text)
    _band_line(parts, line_start, pos, found[-1], height, band)
    return PageLayout("".join(parts), band, boxes)


def _band_line(parts, start, end, ln: Line, height: float, band) -> None:
    if ln.top >= height * (1 - BAND) or ln.bottom <= height * BAND:
        text = "".join(parts)[start:end]
        band.append((start, end, re.sub(r"\d+", "#", " ".join(text.split())).lower()))


def running_lines(pages: list[PageLayout]) -> list[list[tuple[int, int]]]:
    """Per page, the spans of its running header and footer lines: a band line whose text
    (digits aside) stands in the band of at least two pages and a third of them, or a page
    number alone, in a document of two or more pages."""
    if len(pages) < 2:
        return [[] for _ in pages]
    seen: dict[str, int] = {}
    for page in pages:
        for key in {k for _, _, k in page.band}:
            seen[key] = seen.get(key, 0) + 1
    need = max(2, len(pages) / 3)
    return [[(s, e) for s, e, k in page.band if seen[k] >= need or _PAGE_NUMBER.fullmatch(k)]
            for page in pages]
