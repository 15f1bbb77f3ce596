"""The paragraph sign as Tesseract's Swedish model reads it. Its alphabet has no "§", so a
protocol's "§ 12 Budget" comes out "8 12 Budget", "& 12", "$ 12", "$12", "&$12", "S 12" or "Ss 12" (by typeface),
and "14 § Budget" as "14 8 Budget" or "14 3 Budget": the items of a scanned protocol are lost.

A law reference's sign is put right where its chapter stands before it ("9 kap. 30 $&").
A head is put right in a run: two or more lines of the same shape whose numbers go up by
small steps ("8 12 Budget" / "$ 13 Val av justerare": one page reads the sign differently from
line to line). One misread line alone is put right only where the document's heads printed
right (or put right in runs) around it make it the next item: "8 59 Bygglov" after "§ 58"
(and before "§ 60"). Otherwise one such line may be a table row or a sum, and is left as read."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from docparse.sv.confusions import OLD_OCR_SIGN_MISREADS, PARAGRAPH_SIGN_MARKS, PARAGRAPH_SIGN_MISREADS

# A head's title, or nothing, after its number; the title may open with a quotation mark (a
# motion's name), which a speck beside it is read as too ("& 16 «Motion om ...").
_TITLE_AFTER = r"(?=[ \t]+[«»\"“”„]?[A-ZÅÄÖ]|[ \t]*$)"
# A head's number, the year after it where a body numbers its § per year: "12", "63/20".
_NUMBER = r"(\d{1,3})(?:/(?:19|20)?\d\d)?"
# The sign before the number at a line's start: "8 12 Budget", "& 13", "&$ 13" (two marks for one
# sign; a typewriter's face: "S 13", "sS 13", "Ss 13"; an older engine's "5 13"), "$13" (a mark tight
# against the number; never "8": "813" is a number).
# A board's code may stand before the sign: "KF 8 187", "BUN $ 12 Budget", and as Finland's
# protocols print it, an abbreviation: "Fge $ 22", "Kst 8 71". Only a code two heads or more share
# is one (_coded_alike).
_CODE = r"(?:[A-ZÅÄÖ](?:[A-ZÅÄÖ]{1,5}|[a-zåäö]{1,5})[ \t]+)?"
_SIGN_FIRST = re.compile(r"^[ \t]*" + _CODE + r"((?!88)(?:s(?=[S$]))?" + PARAGRAPH_SIGN_MISREADS + r"(?:" + PARAGRAPH_SIGN_MISREADS
                         + r"|s)?(?=[ \t])|" + OLD_OCR_SIGN_MISREADS + r"(?=[ \t])|"
                         + PARAGRAPH_SIGN_MISREADS + "?" + PARAGRAPH_SIGN_MARKS + r"(?=\d))[ \t]*"
                         + _NUMBER + _TITLE_AFTER, re.M)
# A contents list's row, the page number after the head's: "S 143 330", "$ 144 331" (a mark, no
# digit: "8 143 330" may be any table's row of numbers).
_SIGN_THEN_PAGE = re.compile(r"^[ \t]*((?:s(?=[S$]))?[&$S][&$Ss]?)[ \t]*" + _NUMBER
                             + r"(?=[ \t]+\d{1,4}[ \t]*$)", re.M)
_PRINTED_SIGN_THEN_PAGE = re.compile(r"^[ \t]*§[ \t]*" + _NUMBER + r"(?=[ \t]+\d{1,4}[ \t]*$)", re.M)
# The number first, as Finland-Swedish bodies print it, a title after: "14 8 Budget".
_NUMBER_FIRST = re.compile(r"^[ \t]*(\d{1,3})[ \t]+([8&$3])(?=[ \t]+[A-ZÅÄÖ])", re.M)
# The same heads printed right: the sequence a lone misread head is checked against.
_PRINTED_SIGN_FIRST = re.compile(r"^[ \t]*" + _CODE + r"§[ \t]*" + _NUMBER + _TITLE_AFTER, re.M)
_PRINTED_NUMBER_FIRST = re.compile(r"^[ \t]*(\d{1,3})[ \t]+§(?=[ \t]+[A-ZÅÄÖ])", re.M)
# On a scanned page only: a typewriter's "S" for the sign after the number, the head's title on the
# next line or a dnr beside it ("46 §" / "Val av justerare"; "47 §      Dnr MBN 2037.118"): "46 S".
_SCANNED_NUMBER_FIRST = re.compile(r"^[ \t]*(\d{1,3})[ \t]+([8&$3S])(?=[ \t]+[A-ZÅÄÖ]|[ \t]*$)", re.M)
_PRINTED_SCANNED_NUMBER_FIRST = re.compile(r"^[ \t]*(\d{1,3})[ \t]+§(?=[ \t]+[A-ZÅÄÖ]|[ \t]*$)", re.M)
# A line that opens with two numbers ("7 40 Stolar"): a table's or a numbered list's row. A lone
# head beside one is a row of it as likely as an item.
_NUMBER_ROW = re.compile(r"[ \t]*\d{1,3}[ \t]+\d")
_NUMBER_AT = re.compile(r"[ \t]*(\d{1,3})")  # the number after a sign put right (matched where the sign ends)
# "8" tight against the number ("85 Information" for "§5"): a number too, so only the sequence tells it,
# the head just before it read tight as well and numbered one less (and the whole number not the next one).
_EIGHT_TIGHT = re.compile(r"^[ \t]*(8)(\d{1,2})" + _TITLE_AFTER, re.M)
# On a scanned page, a run of such heads: "813<TAB>Budget" / "814<TAB>Taxor" (a sans face's "§ 13"
# read tight, the title in its column). Three digits only: "85", "86" may be a protocol's own heads.
_EIGHT_TIGHT_RUN = re.compile(r"^[ \t]*(8)(\d\d)" + _TITLE_AFTER, re.M)
_DNR_BESIDE = re.compile(r"[ \t]{2,}(?:Dnr|DNR|Diarienr)\.?[ \t]*:?[ \t]*[\w./:-]+[ \t]*(?:\n|$)")
# On a scanned page, the dnr beside may have its body's code, "KF $S 12      Dnr KF 2040.0312", and
# the wide gap before it is one tab as the OCR stage sets it ("KF $S 12\tDnr 2040.0312").
_SCANNED_DNR_BESIDE = re.compile(r"(?:[ \t]{2,}|\t)(?:Dnr|DNR|Diarienr)\.?[ \t]*:?[ \t]*(?:[A-ZÅÄÖ]{1,6}[ \t]+)?[\w./:-]+[ \t]*(?:\n|$)")
# An extract's lone head with its title, the dnr alone on the line under it ("8 212 Bidrag till X" /
# "Dnr KS 41/0388"): as sure a head as one with the dnr beside it.
_DNR_LINE_BELOW = re.compile(r"[ \t]*(?:Dnr|DNR|Diarienr)\.?[ \t]*:?[ \t]*(?:[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5}[ \t]+)?[\w./:-]+[ \t]*(?:\n|$)")


def _dnr_below(lines: str, pos: int) -> bool:
    end = lines.find("\n", pos)
    return end >= 0 and pos < end and lines[pos:end].strip() != "" and _DNR_LINE_BELOW.match(lines, end + 1) is not None


MAX_STEP = 3  # numbers a head may skip to the next (items withdrawn, a page between)
REASON = "paragraph sign read as a digit or mark (Swedish OCR model)"


# A law's chapter and paragraph in running text: "9 kap. 30 $& plan- och bygglagen", "2 kap. 7 $".
# The chapter before it says what the marks are, so one reference alone is put right.
_LAW_REFERENCE = re.compile(r"(?<!\d)\d{1,2}[ \t]+kap\.?[ \t]+\d{1,3}[a-z]?[ \t]+([$&]{1,2}|S)(?=[ \t\n,.;)]|$)")
LAW_REASON = "paragraph sign of a law reference read as a mark (Swedish OCR model)"

# A law's paragraph in running text with no chapter before it, the sign read as marks or, in a
# typewriter's face, as the letter S ("6 S andra stycket", "enligt 12 $ plan- och bygglagen",
# "38 och 45 SS förordningen", "3 S$" / "andra stycket"). What follows says what the sign is: a
# stycke or a law's name; the digit 8 for the sign ("34 8 andra stycket") only before a stycke. A
# reference listed before one so put right is one too ("21 SS, 22 S första stycket").
_ORDINAL = r"(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)"
_GAP = r"(?:[ \t]+\n?|\n)[ \t]*"  # blanks, or a line's end
_STYCKE_AFTER = (rf"{_GAP}{_ORDINAL}(?:(?:,[ \t]*|[ \t]+och[ \t]+){_ORDINAL})*"
                 r"[ \t]+(?:stycket|styckena|st\.|meningen|meningarna)")
_LAW_NAME_AFTER = (rf"{_GAP}(?:[a-zåäö]+-[ \t]+och[ \t]+)?[a-zåäö]*"
                   r"(?:lagen|lagens|förordningen|förordningens|balken|balkens|kungörelsen|ordningen|stadgan)(?![\wåäö])")
_SIGN_READ = r"[$&S]{1,3}|s{1,2}"
_REFERENCE_NUMBER = r"(?<![\w§,.])\d{1,3}(?:[ \t]?[a-z])?[ \t]+"
_RUNNING_REFERENCE = re.compile(
    _REFERENCE_NUMBER + rf"(?:({_SIGN_READ})(?=(?:{_STYCKE_AFTER}|{_LAW_NAME_AFTER}))|(8{{1,2}})(?={_STYCKE_AFTER}))")
_LISTED_BEFORE = re.compile(_REFERENCE_NUMBER + "(" + _SIGN_READ + r"|8{1,2})(?:,|[ \t]+och)[ \t]+$")

_SHAPES = ((_SIGN_FIRST, 1, 2, _PRINTED_SIGN_FIRST), (_NUMBER_FIRST, 2, 1, _PRINTED_NUMBER_FIRST),
           (_SIGN_THEN_PAGE, 1, 2, _PRINTED_SIGN_THEN_PAGE))
_DNR_SHAPES = (_SIGN_FIRST, _SCANNED_NUMBER_FIRST)  # a lone head with its dnr beside
_SCANNED_SHAPES = ((_SCANNED_NUMBER_FIRST, 2, 1, _PRINTED_SCANNED_NUMBER_FIRST),)


def paragraph_signs(text: str, scanned: bool = False) -> list[tuple[int, int, str, str]]:
    """(start, end, "§", reason) of every misread sign that stands in a run of heads, fits the
    sequence of the heads around it, or stands in a law's "N kap. N §" reference. ``scanned``: the
    text is OCR'd (its words have confidences), where the heads' scanned shapes are looked for too."""
    # (no "kap" in the text, no reference: the pattern is not run over it)
    out: list[tuple[int, int, str, str]] = [(m.start(1), m.end(1), "§", LAW_REASON)
                                            for m in _LAW_REFERENCE.finditer(text)] if "kap" in text else []
    out.extend(_running_references(text))
    lines = text.replace("\f", "\n")  # a page break starts a line too (same offsets; "^" knows only "\n")
    # "S 74      Dnr 97.0412": a lone head with only its dnr beside it, as a one-§ extract prints
    # it (no table's row or sum has a dnr label in it)
    beside = _SCANNED_DNR_BESIDE if scanned else _DNR_BESIDE
    for pattern, sign, number, printed in _SHAPES + (_SCANNED_SHAPES if scanned else ()):
        with_dnr = (lambda m: beside.match(lines, m.end()) is not None or _dnr_below(lines, m.end())) \
            if pattern in _DNR_SHAPES else (lambda m: False)
        printed_heads = list(printed.finditer(lines))
        found = _coded_alike(list(pattern.finditer(lines)), lines, printed_heads, with_dnr)
        heads = [(m.start(sign), m.end(sign), int(m.group(number))) for m in found]
        if not heads:
            continue  # (no misread head of this shape: the printed ones need not be found)
        in_run = {i for i, m in enumerate(found) if with_dnr(m)}
        for i in range(len(heads) - 1):
            if 0 < heads[i + 1][2] - heads[i][2] <= MAX_STEP:
                in_run.update((i, i + 1))
        fits = _fits_sequence(lines, heads, in_run, [(m.start(), int(m.group(1))) for m in printed_heads])
        out.extend((start, end, "§", REASON) for i, (start, end, _n) in enumerate(heads) if i in in_run or i in fits)
    out.extend(_eight_tight_heads(lines, out))
    if scanned:
        out.extend(_eight_tight_runs(lines))
    return sorted(set(out))  # (a scanned shape may find a head another shape found)


def _running_references(text: str) -> list[tuple[int, int, str, str]]:
    """A law's paragraph in running text whose stycke or law's name follows, and the references
    listed before it ("21 ss, 22 s första stycket"): (start, end, "§" or "§§", reason)."""
    out = []
    for m in _RUNNING_REFERENCE.finditer(text):
        group = 1 if m.group(1) else 2
        start, end = m.start(group), m.end(group)
        out.append((start, end, _signs(text[start:end]), LAW_REASON))
        number_start = m.start()
        while True:  # the list before it, one reference at a time (each line's few words only)
            before = _LISTED_BEFORE.search(text, max(0, number_start - 24), number_start)
            if before is None:
                break
            out.append((before.start(1), before.end(1), _signs(before.group(1)), LAW_REASON))
            number_start = before.start()
    return out


def _signs(read: str) -> str:
    """"§§" for a doubled sign read as two of one mark ("SS", "ss", "$$", "88"), else "§" ("$S",
    "S$S": one sign read as several marks)."""
    return "§§" if len(read) == 2 and read[0] == read[1] else "§"


def _coded_alike(found: list[re.Match], lines: str, printed: list[re.Match], with_dnr) -> list[re.Match]:
    """The heads with no code before their sign, and those whose code two heads or more share,
    misread or printed right (a protocol prints one board's code on every head: "Fge $ 22" ...
    "Fge § 25"), not one letter repeated ("HH", a rule's misread), or that stand with their dnr
    beside (a one-§ extract's "KF $S 19   Dnr ..."); a word before one head alone is no code."""
    leads = [lines[m.start():m.start(1)].strip() for m in found]
    if not any(leads):
        return found  # (no code before any: the printed heads need not be found)
    codes = Counter(leads)
    codes.update(m.group(0).partition("§")[0].strip() for m in printed)
    return [m for m, code in zip(found, leads)
            if not code or (len(set(code)) > 1 and (codes[code] >= 2 or with_dnr(m)))]


def _eight_tight_heads(lines: str, put_right: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"85 Title" right after "$4 Title" (the nearest head above printed right or put right, and
    itself read tight against its number: the page prints its heads so): the sign read as the digit
    8 tight against the number. After a head printed "§ 4", "85" is a number as read."""
    eights = list(_EIGHT_TIGHT.finditer(lines))
    if not eights:
        return []  # (no "85 Title" line: the heads above need not be found)
    heads = []  # (position, number, read tight against its number)
    for m in _PRINTED_SIGN_FIRST.finditer(lines):
        heads.append((m.start(), int(m.group(1)), lines[m.start():m.start(1)].endswith("§")))
    for start, end, _sign, reason in put_right:
        if reason != REASON:
            continue
        # (matched at ``end``: a slice of the rest of the text per head was quadratic in a long text)
        number = _NUMBER_AT.match(lines, end)
        if number:
            heads.append((start, int(number.group(1)), number.group(0)[:1].isdigit()))
    heads.sort()
    positions = [h[0] for h in heads]
    out = []
    for m in eights:
        # the nearest head above, found by bisection (a list of all heads above each: heads x lines)
        k = bisect.bisect_left(positions, m.start())
        n, whole = int(m.group(2)), int(m.group(1) + m.group(2))
        if _beside_number_rows(lines, m.start()) or whole == n:
            continue
        if k and heads[k - 1][2]:
            above = heads[k - 1]
            if n == above[1] + 1 and whole != above[1] + 1:
                out.append((m.start(1), m.end(1), "§", REASON))
        elif not k and k < len(heads) and heads[k][2] and heads[k][1] == n + 1 and whole != heads[k][1] - 1:
            # the first head, "877 Title" right over "§78 Title" (read tight, the next number): the
            # protocol's first sign read as 8 where no head stands above it
            out.append((m.start(1), m.end(1), "§", REASON))
    return out


def _eight_tight_runs(lines: str) -> list[tuple[int, int, str, str]]:
    """"813 Budget" / "814 Taxor" on a scanned page: heads read tight against their sign, two or more
    whose numbers after the "8" go up by small steps. Not where a head printed right has a number
    near the three-digit reading (a protocol at § 812 printed "§ 812" there)."""
    eights = list(_EIGHT_TIGHT_RUN.finditer(lines))
    if len(eights) < 2:
        return []  # (no run: the printed heads need not be found)
    printed = [int(m.group(1)) for m in _PRINTED_SIGN_FIRST.finditer(lines)]
    heads = [(m.start(1), m.end(1), int(m.group(2)), int(m.group(1) + m.group(2))) for m in eights]
    in_run: set[int] = set()
    for i in range(len(heads) - 1):
        if 0 < heads[i + 1][2] - heads[i][2] <= MAX_STEP:
            in_run.update((i, i + 1))
    return [(start, end, "§", REASON) for i, (start, end, _n, whole) in enumerate(heads)
            if i in in_run and not any(abs(whole - n) <= MAX_STEP for n in printed)]


def _fits_sequence(lines: str, heads: list[tuple[int, int, int]], in_run: set[int],
                   printed: list[tuple[int, int]]) -> set[int]:
    """Indices of the misread heads outside a run whose number follows the head before it, printed
    right, or lies between its neighbours by small steps, one of them printed right (a misread
    neighbour that near would have made a run with it). The evidence is the document's own
    sequence: with no head printed right a lone line is left as read."""
    if not printed:
        return set()
    # Every head in reading order: (position, number, printed right, index among the misread or -1).
    order = sorted([(pos, n, True, -1) for pos, n in printed]
                   + [(start, n, False, i) for i, (start, _end, n) in enumerate(heads)])
    fits: set[int] = set()
    for k, (pos, n, _printed, i) in enumerate(order):
        if i < 0 or i in in_run or _beside_number_rows(lines, pos):
            continue
        before = order[k - 1] if k > 0 else None
        after = order[k + 1] if k + 1 < len(order) else None
        if before is not None and before[2] and n == before[1] + 1:
            fits.add(i)
        elif (before is not None and after is not None and (before[2] or after[2])
              and 0 < n - before[1] <= MAX_STEP and 0 < after[1] - n <= MAX_STEP):
            fits.add(i)
    return fits


def _beside_number_rows(lines: str, pos: int) -> bool:
    """Whether the nearest non-blank line above or below the one at ``pos`` opens with two numbers."""
    return any(_NUMBER_ROW.match(line) for line in (_next_line(lines, pos, -1), _next_line(lines, pos, 1)))


def _next_line(lines: str, pos: int, step: int) -> str:
    """The nearest non-blank line above (step -1) or below (step 1) the line at ``pos``; "" if none."""
    start, end = lines.rfind("\n", 0, pos) + 1, lines.find("\n", pos)
    while True:
        if step < 0:
            if start == 0:
                return ""
            start, end = lines.rfind("\n", 0, start - 1) + 1, start - 1
        else:
            if end < 0:
                return ""
            start, end = end + 1, lines.find("\n", end + 1)
        line = lines[start:end] if end >= 0 else lines[start:]
        if line.strip():
            return line
