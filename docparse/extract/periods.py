"""Periods: agreement periods, extensions and earlier periods, as ISO start and end.

"från och med 1 maj 2019 till och med 30 april 2020", "1 januari 2024 - 30 juni 2024",
"december 2016 till och med 31 december 2018" (start 2016-12), "under perioden 2019-2023".
Built on the dates extractor: two dates joined by "till (och med)" or a dash make a period.
"""

from __future__ import annotations

import bisect
import datetime
import re

from docparse.extract.nlp import sentence_around
from docparse.extract.patterns import MONTH_ALT, MONTHS, YEAR, lines_above, squash
from docparse.sv.dates import YEAR_COUNT_ALT, YEAR_COUNTS

# "t.o.m.", "t. o. m." and, written without its points, "t o m" ("fr o m 2035-03-01 t o m 2038-02-28").
_TOM = r"t(?:\.\s*|\s)o(?:\.\s*|\s)m\.?"
# "... 2021-01-01 och löper till och med 2024-12-31": the verb of the end may stand between.
_TO = re.compile(rf"(?:\s*(?:--|[-–—])\s*|\s+(?:och\s+(?:löper|gäller|pågår)\s+)?(?:till\s+och\s+med|{_TOM}|tom|till|fram\s+till)\s+(?:den\s+)?)$", re.I)
_FROM = re.compile(r"(?:fr(?:ån|\.)\s*(?:och\s+med|o\.?\s*m\.?)\s+|från\s+|fr(?:\.o\.|\so\s)m\.?\s+|perioden\s+)(?:den\s+)?$", re.I)
# A year range only counts with a word saying it is a period: "under perioden 2017-2021", "åren 2020-2022"
# ("verksamhetsåren 2032-2034" too, not a budget's or plan's years: "budgetåren 2034-2036"; a fact box's
# label and its value: "Period: 2040–2042"; not a plan's, "Planperiod: 2041–2043").
YEARS_RE = re.compile(
    rf"(?=[fgpuå])(?:perioden|(?<!budget)(?<!plan)åren|(?<!plan)period[ \t]*:|period|under|gäller(?:\s+för)?|för)\s+(?:från\s+)?(?P<a>{YEAR})\s*(?:[-–—]|till(?:\s+och\s+med)?)\s*(?P<b>{YEAR})(?![\d/-])",
    re.I,
)
# Two years named one after the other as the years an agreement or grant runs: "för verksamhetsåren
# 2040 och 2041" (consecutive years only: "åren 2038 och 2040" are two years apart, no span).
_YEAR_PAIR_RE = re.compile(rf"(?=[våba])(?<![\wåäö])(?:verksamhets|bidrags|avtals)?åren\s+(?P<a>{YEAR})\s+och\s+(?P<b>{YEAR})(?![\d/–-])", re.I)
# The seasons a contract runs, in a compound: "vintersäsongerna 2033–2036", "badsäsongerna 2034-2035".
# (A literal opening: the scan over the text is a fast search; the compound's first part is checked after.)
SEASONS_RE = re.compile(rf"säsong(?:en|erna)\s+(?P<a>{YEAR})\s*[-–—]\s*(?P<b>{YEAR})(?![\d/-])")
# "under 2022", "verksamhetsåret 2020", "för år 2032", "bidrag för 2036", "Bidraget gäller 2036": one year, a period only where
# the sentence is about a grant or an agreement (money for the year, not an event in it).
ONE_YEAR_RE = re.compile(rf"(?=[bfguv])(?<![\wåäö])(?:under|verksamhetsåret|bidragsåret|för(?:\s+år(?:et)?)?|gäller(?:\s+för)?(?:\s+år)?)\s+(?P<y>{YEAR})(?![\d/–-])(?!\s+(?:och|samt|eller)\s+(?:\d|år|början|slutet|inledningen|mitten))", re.I)
_MONEY_BEFORE = re.compile(r"(?:kronor|kr\.?|tkr|mnkr|bidrag\w*|medel|stöd\w*)[ \t]+$", re.I)
_BARE_FOR = re.compile(r"för\s+\d", re.I)
_PAID_BEFORE = re.compile(r"(?:betalas(?:[ \t]+ut)?|utbetalas|faktureras|återbetalas|redovisas)[ \t]+$", re.I)
# (the plural's definite form too, "Föreningsbidragen för 2039": the year's grants, but not the state's,
# "statsbidragen för 2036"; nor "Bidraget för 2031", a year's share of a longer grant; nor the fees a
# kommunalförbund's members pay it, "Medlemsbidragen för 2040": a budget's year, no grant's period)
_GRANT_BEFORE = re.compile(r"(?<!medlems)(?:bidrag|stöd)[ \t]+$|(?<!stats)(?<!medlems)(?:bidrag|stöd)en[ \t]+$", re.I)
# ... or the grant and its sum before it: "ett verksamhetsbidrag om 260 000 kronor för 2041" (the sum's year is the grant's).
_GRANT_SUM_BEFORE = re.compile(r"(?<!medlems)(?<!stats)(?:bidrag|stöd)[a-zåäö]*[ \t]+(?:om|på)[ \t]+\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?[ \t]*"
                               r"(?:kronor|kr\.?|tkr|mnkr|miljoner[ \t]+kronor)[ \t]+$", re.I)
# (the grant named in the clause right before it: "bidrag med 24 000 kr för läsåret ...", not an agenda's
# earlier row "Ansökan om bidrag ... Dnr ... Redovisning av klagomål läsåret ...")
_GRANT_JUST_BEFORE = re.compile(r"(?<![\wåäö])(?:bidrag|stöd)(?:et|en)?(?![\wåäö])(?:(?!(?i:dnr|ärende)\b)[^.\n§]){0,45}$", re.I)
# A heading of its own line naming a year's grants: "De största bidragen 2043", "## Föreningsbidrag 2041" (not the
# state's or the members' fees: "Statsbidrag 2040", "Medlemsbidragen 2040"; nor the grants as what the heading is
# about: "Regler för föreningsbidrag 2036", a rule book's year).
_GRANTS_HEADING_YEAR = re.compile(rf"^[ \t#*]*(?:(?!(?:för|om|till|över|av|inför)[ \t])[^\W\d_]+[ \t]+){{0,3}}(?!stats|medlems)[a-zåäö]*(?:bidrag|stöd)(?:en|et)?[ \t]+(?P<y>{YEAR})[ \t*]*$",
                                  re.I | re.M)
_GRANT_FOR_BEFORE = re.compile(r"(?:bidrag|stöd)(?:et|en)?[ \t]+för[ \t]+$", re.I)  # "aktivitetsstödet för säsongen ..."
# (or a funded project's own year: "Projekten ska genomföras under 2038")
# (a grant named "stöd", alone or in a compound: "Stödet gäller för 2039", "aktivitetsstöd under verksamhetsåret
# 2039"; not the law a decision rests on, "med stöd av")
_GRANT_STOD = r"(?<!med )stöd(?:et|en)?\b"
_MONEY_OR_AGREEMENT = re.compile(r"bidrag(?!it\b)|medel\b|avtal|överenskommelse|partnerskap|sponsring|projekt(?:et|en)\b|"
                                 + _GRANT_STOD, re.I)  # (not "har bidragit")
_COUNTED_BEFORE = re.compile(r"(?<![\wåäö])antal(?:et)?[ \t]+(?:[\wåäö-]+[ \t]+){1,2}$", re.I)
_SPENT_BEFORE = re.compile(r"(?<![\wåäö])(?:köpte|köpt|köper|betalade|kostade|uppgick|förbrukade)[ \t]+(?:också[ \t]+|även[ \t]+)?$", re.I)
_FORECAST_AFTER = re.compile(r"[ \t]+(?:beräknas|bedöms|budgeteras|väntas|förväntas|prognostiseras)(?![\wåäö])", re.I)
_GRANTED = re.compile(r"(?<![\wåäö])(?:bevilja|tilldela)\w*", re.I)
# "X får 260 000 kronor för en utställning under 2039": a sum received in the year's sentence makes
# the year the grant's (the verb of receiving right before the sum, as "beviljas" is before "under";
# not "får nyupplåna 40 miljoner kronor under 2038", a loan the verb's infinitive names).
_RECEIVES_SUM = re.compile(r"(?<![\wåäö])(?:får|fick|beviljas|beviljades|tilldelas|tilldelades|erhåller|erhöll)[ \t]+"
                           r"(?:(?:också|även|totalt|sammanlagt|drygt|knappt|ytterligare)[ \t]+)?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?[ \t]*"
                           r"(?:kronor|kr\b|tkr|mnkr|miljoner[ \t]+kronor)", re.I)
_SUM_BEFORE = re.compile(r"\d[ \t]*(?:kronor|kr\.?|tkr|mnkr|miljoner[ \t]+kronor)[ \t]+$", re.I)
# "20310301-20320229": dates written without separators, as some systems print them.
COMPACT_RANGE_RE = re.compile(rf"(?<!\d)(?P<a>{YEAR}[01]\d[0-3]\d)\s*[-–]\s*(?P<b>{YEAR}[01]\d[0-3]\d)(?!\d)")
# "1 maj–30 juni 2020", "1 maj till och med den 30 april 2020": the start borrows the end's year.
_SHORT_START = re.compile(
    rf"(?<![\w-])(?:den\s+)?(?P<d>[0-3]?\d)\s+(?P<m>{MONTH_ALT})(?P<to>{_TO.pattern[:-1]})(?=(?:den\s+)?\d)",
    re.I,
)
# "mellan 1 juni och 31 augusti 2038", "mellan den 1 juni 2038 och den 31 augusti 2038": a span named by its
# bounds; a period only in a sentence about a grant, project or agreement, and not an application's window.
_BETWEEN_START = re.compile(rf"(?<![\w-])mellan\s+(?:den\s+)?(?P<d>[0-3]?\d)\s+(?P<m>{MONTH_ALT})\s+och\s+(?=(?:den\s+)?\d)", re.I)
_BETWEEN_BEFORE = re.compile(r"(?<![\w-])mellan\s+(?:den\s+)?$", re.I)
_AND = re.compile(r"\s+och\s+(?:den\s+)?$", re.I)
_APPLICATION = re.compile(r"ansök|anmäl|\bsök", re.I)
_DEN = re.compile(r"(?:den\s+)?")
# A participle of papers received or registered right before two dates: the dates bound an intake.
_RECEIVED_BEFORE = re.compile(r"(?<![\wåäö])(?:diarieförd[ae]?|inkomn[ae]|registrerade|mottagn[ae]|inlämnade)"
                              r"(?:[ \t]+(?:mellan|under(?:[ \t]+perioden)?|perioden))?[ \t]+(?:den[ \t]+)?$", re.I)
# A protocol's notice of its justering, posted for the weeks an appeal may be made: "Anslaget sätts upp",
# "Anslag på kommunens anslagstavla", "anslås".
# ("Anslaget för 2040" is also an appropriation: only its posting's words, and no sum between.)
_POSTED_BEFORE = re.compile(r"(?<![\wåäö])(?:[Aa]nslag(?:et)?[ \t]+(?:på|om[ \t]+justering)|anslagstavla[n]?|anslås|anslogs|"
                            r"(?:sätts|sattes)[ \t]+upp|(?:tas|togs)[ \t]+ned)(?![\wåäö])[^\n.\d]{0,40}$", re.I)
_NON_DIGITS = re.compile(r"\D*")
# "juni–augusti 2025": months without days, the start borrowing the end's year.
_MONTH_START = re.compile(rf"(?<![\w-])(?P<m>{MONTH_ALT})[ \t]*[-–—][ \t]*(?=(?:{MONTH_ALT})\s+{YEAR})", re.I)
# A year range that names no period by a word before it is one when its sentence is about a
# project, an agreement or a grant ("Projektet pågår 2025-2027", "Avtal om samverkan 2025-2026").
# A full stop after the range ends its sentence ("... per år 2032–2034."); one before a digit does not.
_BARE_YEARS_RE = re.compile(rf"(?=[12])(?<![\w/.-])(?P<a>{YEAR})[ \t]*[-–][ \t]*(?P<b>{YEAR})(?![\w/-]|\.\d)")
# A school year a grant is for: "bidrag för skolschack under läsåret 2040/2041" (or "läsåret 2040/41"),
# its two years, the grant named just before it only (not "Regler för skolskjuts läsåret ...").
_SCHOOL_YEAR = re.compile(rf"(?=[lL])(?<![\wåäö])läsåret\s+(?P<a>{YEAR})[ \t]?/[ \t]?(?P<b>{YEAR}|\d\d)(?![\d/-])", re.I)
# "Avtalet gäller i tre år, från 2040 till 2042": two years after "från ... till" in a sentence about an
# agreement or grant (YEARS_RE wants its period word right before them).
_FROM_YEAR_TO_YEAR = re.compile(rf"(?=[fF])(?<![\wåäö])från\s+(?:och\s+med\s+)?(?P<a>{YEAR})\s+(?:till(?:\s+och\s+med)?|{_TOM})\s+"
                                rf"(?:och\s+med\s+)?(?P<b>{YEAR})(?![\d/-])", re.I)
# A change over time before them: "Bidragen ökade från 2031 till 2035": two years compared, no period.
_CHANGED_BEFORE = re.compile(r"(?<![\wåäö])(?:ökade|ökat|ökar|minskade|minskat|minskar|steg|stigit|sjönk|sjunkit|"
                             r"växte|vuxit|halverades|fördubblades)[ \t]+(?:[\wåäö%,]+[ \t]+){0,3}$", re.I)
_PROJECT_OR_AGREEMENT = re.compile(r"projekt|avtal|överenskommelse|partnerskap|samverkan|bidrag|perioden|pågår|löper|" + _GRANT_STOD, re.I)
# A report's name before the months it covers, on their line: "Delårsrapport för perioden januari–augusti".
_REPORT_BEFORE = re.compile(r"(?:delårsrapport|tertialrapport|månadsrapport|kvartalsrapport|delårsbokslut|uppföljning)"
                            r"(?:en)?[ \t]+(?:för[ \t]+)?(?:perioden[ \t]+)?$", re.I)
# A plan, budget or strategy "för" a year range: its years, no agreement's or grant's period.
# (a budget's compound too, its years named "åren": "budgetförutsättningar för åren 2041–2043")
_PLAN_FOR = re.compile(r"(?:plan|planen|budget[a-zåäö]*|strategi|strategin|program|programmet)\s+för\s+(?:åren\s+)?(?:från\s+)?$", re.I)
# An election of officers "för perioden": their term of office, no agreement's or grant's period ("Val av
# revisorer för perioden 2041–2044", "Fyllnadsval av ersättare i nämnden för perioden ..."; "mandatperioden").
_ELECTION_FOR = re.compile(r"(?<![\wåäö])(?:val|omval|fyllnadsval|nyval|väljs|valdes|omväljs)(?![\wåäö])[^\n.]{0,60}"
                           r"(?:revisor|ledam|ersättare|nämndem|ombud|ordförande|representant)[^\n.]{0,40}$|mandat$", re.I)
_EARLIER = re.compile(r"\b(?:gällde|tidigare|föregående|förra|var\b|pågick|sedan)\b", re.I)
_EXTENSION = re.compile(r"\b(?:förläng\w*|längst|option)\b", re.I)


# Two dates in a table row, under a header row naming the columns ("Från<TAB>Till", "Startdatum
# Slutdatum", "Gäller fr.o.m.  Gäller t.o.m."): the row is a period as "från ... till ..." is.
_CELL_GAP = re.compile(r"[ \t]*\t[ \t]*|[ \t]{2,}|[ \t]*\|[ \t]*")
_FROM_TO_HEAD = re.compile(
    r"[ \t|]*(?:[\wåäö]+[ \t]+)?(?:från|fr\.?\s*o\.?\s*m\.?|from|start(?:datum)?|giltig\s+från|period(?:en)?\s+från)"
    r"(?:\t|[ \t]{2,}|[ \t]*\|[ \t]*)(?:[\wåäö]+[ \t]+)?(?:till|t\.?\s*o\.?\s*m\.?|to|slut(?:datum)?|giltig\s+till|period(?:en)?\s+till)[ \t|]*",
    re.I)


def _under_from_to(body: str, pos: int) -> bool:
    """The line above ``pos``'s line is a header row naming a start and an end column."""
    line_start = body.rfind("\n", 0, pos) + 1
    if body[line_start:pos].strip(" \t|"):
        return False  # the first date opens its row (a label cell before it is another table)
    prev_end = line_start - 1
    prev_start = body.rfind("\n", max(0, prev_end - 120), max(0, prev_end)) + 1 if prev_end > 0 else 0
    return prev_end > 0 and _FROM_TO_HEAD.fullmatch(body, prev_start, prev_end) is not None


# A table's column head naming its cells periods: "Avtalsperiod", "Period", "Avtalstid", "Löptid".
_PERIOD_COLUMN = re.compile(r"(?:^|\t|[ ]{2,}|\|)[ \t]*(?:(?:avtals|bidrags|projekt)?period(?:en)?|avtalstid|giltighetstid|löptid)"
                            r"(?=[ \t]*(?:$|\t|[ ]{2,}|\|))", re.I | re.M)
_TABLE_GAP = re.compile(r"\t|[ ]{2,}|\|")
_COLUMN_LOOK = 12  # rows a table's heading may stand above the row
_ROW_CHARS = 400  # a table's row or heading is no longer


def _under_period_column(body: str, pos: int) -> bool:
    """``pos``'s line is a row of a table (cells apart by tabs, wide gaps or bars) whose heading
    row, above its rows (a blank line may part them, as OCR leaves), names a period column."""
    line_start = body.rfind("\n", max(0, pos - _ROW_CHARS), pos) + 1
    line_end = body.find("\n", pos, pos + _ROW_CHARS)
    if line_start == 0 and pos > _ROW_CHARS or line_end < 0 and len(body) > pos + _ROW_CHARS:
        return False  # a line longer than a table's row (bounded: a flattened text has thousands of ranges)
    if not _TABLE_GAP.search(body, line_start, len(body) if line_end < 0 else line_end):
        return False
    blanks = 0
    for line in lines_above(body, line_start - 1, _COLUMN_LOOK, _ROW_CHARS):
        if not line.strip():
            blanks += 1
            if blanks > 1:
                return False
        elif not _TABLE_GAP.search(line):
            return False  # the table ended above: a line of running text
        elif _PERIOD_COLUMN.search(line) and not re.search(r"\d", line):
            return True
        else:
            blanks = 0
    return False


_YEAR_CELL = re.compile(rf"[ \t]*(?P<y>{YEAR})[ \t]*")


# (The lookahead: the words' first letters, a set the scan of a whole text finds in C, before the
# alternatives are tried.)
_PERIOD_WORD = re.compile(r"(?=[abpgl])(?:(?:avtals|bidrags|projekt)?period|avtalstid|giltighetstid|löptid)", re.I)


def _period_column_heads(body: str):
    """_PERIOD_COLUMN's matches, sought only in the lines that hold its word and are no longer than a
    table's heading row: run over a whole text its gap and blanks cost the square of every run of
    blanks (a masked running head is one), which on a long text is most of extraction's time."""
    done = -1
    for word in _PERIOD_WORD.finditer(body):
        line_start = body.rfind("\n", 0, word.start()) + 1
        if line_start == done:
            continue
        done = line_start
        line_end = body.find("\n", word.end())
        line_end = len(body) if line_end < 0 else line_end
        if line_end - line_start <= _ROW_CHARS:
            yield from _PERIOD_COLUMN.finditer(body, line_start, line_end)


def _years_in_period_column(body: str):
    """The spans of the years alone in a table's period column ("Organisation | Org.nr | Belopp |
    Period" over "Exeby IF | ... | 45 000 kr | 2040"): each the year of that row's grant or agreement.
    Read from each heading row down its rows, to the table's end (a blank line or running text)."""
    for head in _period_column_heads(body):
        line_start = body.rfind("\n", 0, head.start() + 1) + 1
        line_end = body.find("\n", head.start() + 1)
        if line_end < 0 or re.search(r"\d", body[line_start:line_end]):
            continue
        word_start = head.end() - len(head.group().lstrip(" \t|"))
        column = len(_TABLE_GAP.findall(body, line_start, word_start))
        pos = line_end + 1
        while pos < len(body):
            end = body.find("\n", pos)
            end = len(body) if end < 0 else end
            if not _TABLE_GAP.search(body, pos, end):
                break  # the table ends: a blank line or running text
            cells = list(_cells(body, pos, end))
            if column < len(cells):
                s, e = cells[column]
                m = _YEAR_CELL.fullmatch(body, s, e)
                if m:
                    yield m.group("y"), m.start("y"), m.end("y")
            pos = end + 1


def _cells(body: str, start: int, end: int):
    """The (start, end) of each cell of the row ``body[start:end]``, apart by tabs, wide gaps or bars."""
    for gap in _TABLE_GAP.finditer(body, start, end):
        yield start, gap.start()
        start = gap.end()
    yield start, end


def _about_a_period(body: str, start: int, end: int, abbreviations: frozenset[str]) -> bool:
    """Whether the sentence of text[start:end], on its own line (a table of contents is one long
    "sentence"), is about a project, an agreement, a grant or names a period."""
    s, e = sentence_around(body, start, end, abbreviations)
    s = max(s, body.rfind("\n", 0, start) + 1)
    line_end = body.find("\n", end)
    e = min(e, len(body) if line_end < 0 else line_end)
    return _PROJECT_OR_AGREEMENT.search(body, s, e) is not None


# What a grant pays for "ska genomföras mellan A och B": the funded activities' time, a grant news's period.
_CARRIED_OUT = re.compile(r"(?<![\wåäö])genomför(?:as|s|da|des)?(?![\wåäö])", re.I)


def _bounds_a_period(body: str, start: int, end: int, abbreviations: frozenset[str]) -> bool:
    """"mellan A och B" bounds a grant's, project's or agreement's time, or the time in which the
    funded activities are carried out, not when one may apply."""
    s, e = sentence_around(body, start, end, abbreviations)
    return ((_about_a_period(body, start, end, abbreviations) or _CARRIED_OUT.search(body, s, e) is not None)
            and _APPLICATION.search(body, s, e) is None)


def _kind(body: str, start: int, abbreviations: frozenset[str]) -> str:
    sentence_start, _ = sentence_around(body, start, start + 1, abbreviations)
    before = body[sentence_start:start]
    if _EXTENSION.search(before):
        return "extension"
    if _EARLIER.search(before):
        return "earlier period"
    return "agreement period"


# A period's dash closing its cell's line: "2040-01-01 –" then the column's gap, or the line's end.
_DASH_ENDS_CELL = re.compile(r"[ \t]*[-–—]{1,2}(?=[ \t]*(?:\n|$)|\t|[ ]{2,})")


def _wrapped_in_cell(body: str, a: list[int], b: list[int]) -> bool:
    """A period wrapped in its table column (pdftotext -layout of a narrow cell): the start date and
    its dash close the cell's line, the end date opens the next line at the same column."""
    dash = _DASH_ENDS_CELL.match(body, a[1])
    if not dash:
        return False
    line_start = body.rfind("\n", 0, a[0]) + 1
    line_end = body.find("\n", a[1])
    if line_end < 0 or b[0] <= line_end:
        return False
    next_end = body.find("\n", line_end + 1)
    if 0 <= next_end < b[0]:
        return False  # the end date is on a later line than the next
    return b[0] - (line_end + 1) == a[0] - line_start


# "fr omi1 juli 2038 t o m ...": an OCR glued the day to the word before the month ("o m 1" read
# "omi1"): the digits closing a word of letters right before a month's name are its day.
_GLUED_DAY = re.compile(r"[a-zåäö]([1-9]|[12]\d|3[01])[ \t]+$")


def _glued_day(body: str, date: dict) -> str:
    """``date``'s value, with its day when only month and year were read and the day stands glued
    to the word before."""
    value = date["value"]
    if len(value) != 7 or not body[date["span"][0]:date["span"][0] + 1].isalpha():
        return value
    m = _GLUED_DAY.search(body, max(0, date["span"][0] - 12), date["span"][0])
    if m is None:
        return value
    try:
        return datetime.date(int(value[:4]), int(value[5:7]), int(m.group(1))).isoformat()
    except ValueError:
        return value


def _with_from(body: str, start: int) -> int:
    """The start of a period moved back over the "från och med" that opens it."""
    prefix = _FROM.search(body[max(0, start - 30): start])
    return start - len(prefix.group(0)) if prefix else start


def _compact_date(digits: str) -> str | None:
    try:
        return datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
    except ValueError:
        return None


class _Covered:
    """The positions inside the periods found so far, as sorted disjoint intervals: whether a
    match lies in a period is one bisection, not a walk over every period (quadratic on a text
    of thousands of dates)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, s: int, e: int) -> None:
        if e <= s:
            return
        i = bisect.bisect_left(self.ends, s)  # the first interval that reaches s
        j = bisect.bisect_right(self.starts, e)  # past the last one that starts by e
        if i < j:  # [s, e) overlaps or touches intervals i..j-1: merged into one
            s, e = min(s, self.starts[i]), max(e, self.ends[j - 1])
        self.starts[i:j] = [s]
        self.ends[i:j] = [e]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def extract_periods(ctx) -> list[dict]:
    body = ctx.body
    out: list[dict] = []
    covered = _Covered()  # the spans of ``out``
    seen: set[tuple[str, str]] = set()

    def add(start: str, end: str, s: int, e: int) -> None:
        n = min(len(start), len(end))
        if start[:n] > end[:n]:  # an end before its start is no period
            return
        if (start, end) in seen:  # the same period said again (a decision, then its agreement): its span
            covered.add(s, e)     # is covered all the same, so its end date is read as no open period of its own
            return
        seen.add((start, end))
        out.append({"start": start, "end": end, "kind": _kind(body, s, ctx.models.abbreviations), "text": squash(body[s:e]), "span": [s, e]})
        covered.add(s, e)

    dates = ctx.fields.get("dates") or []
    for a, b in zip(dates, dates[1:]):
        if _RECEIVED_BEFORE.search(body, max(0, a["span"][0] - 40), a["span"][0]):
            continue  # "ansökningar diarieförda 2039-06-01–2039-08-31": when papers came in, no agreement's or grant's period
        if _POSTED_BEFORE.search(body, max(0, a["span"][0] - 50), a["span"][0]):
            continue  # "Anslag på förbundets webbplats 2042-02-15 – 2042-03-09": how long a protocol's notice is posted
        between = body[a["span"][1]: b["span"][0]]
        if (len(between) <= 40 and _AND.match(between) and _BETWEEN_BEFORE.search(body, max(0, a["span"][0] - 16), a["span"][0])
                and _bounds_a_period(body, a["span"][0], b["span"][1], ctx.models.abbreviations)):
            add(a["value"], b["value"], a["span"][0], b["span"][1])  # "mellan den 1 juni 2038 och den 31 augusti 2038"
            continue
        if _wrapped_in_cell(body, a["span"], b["span"]):
            add(a["value"], b["value"], a["span"][0], b["span"][1])  # "2040-01-01 –" / "2042-12-31" in a -layout column
            continue
        if len(between) > 40 or not (_TO.match(between) or _CELL_GAP.fullmatch(between) and _under_from_to(body, a["span"][0])):
            continue
        add(_glued_day(body, a), b["value"], _with_from(body, a["span"][0]), b["span"][1])
    # Dates by where their digits start ("den 30 april" is found from "30").
    by_start = {_NON_DIGITS.match(body, *d["span"]).end(): d for d in dates}
    # The two scans below end at a full date or at a month's date: without one, they cannot
    # find a period, and a text of many digits or words makes each a slow scan.
    full, monthly = (any(len(d["value"]) == n for d in dates) for n in (10, 7))
    short_starts = list(_SHORT_START.finditer(body)) if full else []
    if full and "mellan" in body:
        short_starts += [m for m in _BETWEEN_START.finditer(body)]
    for m in short_starts:
        end = by_start.get(_DEN.match(body, m.end()).end())  # not a slice of the rest of the text per match
        if end is None or len(end["value"]) != 10:
            continue
        if m.re is _BETWEEN_START and not _bounds_a_period(body, m.start(), end["span"][1], ctx.models.abbreviations):
            continue
        year, month, day = int(end["value"][:4]), MONTHS[m.group("m").lower()], int(m.group("d"))
        if (month, day) > (int(end["value"][5:7]), int(end["value"][8:10])):
            year -= 1  # "1 december–28 februari 2021" starts the year before
        try:
            start = datetime.date(year, month, day).isoformat()
        except ValueError:
            continue
        add(start, end["value"], _with_from(body, m.start()), end["span"][1])
    date_at = {d["span"][0]: d for d in dates}  # "augusti 2025" is found from its month
    for m in _MONTH_START.finditer(body) if monthly else ():
        end = date_at.get(m.end())
        if end is None or len(end["value"]) != 7:
            continue
        if not _about_a_period(body, m.start(), end["span"][1], ctx.models.abbreviations) \
                or _REPORT_BEFORE.search(body, max(0, m.start() - 60), m.start()):
            continue  # "Delårsrapport januari–augusti 2031" ("... för perioden januari–augusti"): a report's months
        year, month = int(end["value"][:4]), MONTHS[m.group("m").lower()]
        if month > int(end["value"][5:7]):
            year -= 1  # "november–februari 2021" starts the year before
        add(f"{year:04d}-{month:02d}", end["value"], _with_from(body, m.start()), end["span"][1])
    for m in YEARS_RE.finditer(body):
        if _PLAN_FOR.search(body, max(0, m.start() - 40), m.start("a")):
            continue  # "biblioteksplan för 2031-2034", "budget med plan för 2032–2033": a plan's years
        if _ELECTION_FOR.search(body, max(0, m.start() - 110), m.start()):
            continue  # "Val av revisorer för perioden 2041–2044": a term of office
        if m.group("a") < m.group("b"):
            add(m.group("a"), m.group("b"), m.start("a"), m.end("b"))
    for m in _YEAR_PAIR_RE.finditer(body):
        if int(m.group("b")) == int(m.group("a")) + 1:
            add(m.group("a"), m.group("b"), m.start("a"), m.end("b"))
    for m in SEASONS_RE.finditer(body):
        # (a compound, "vintersäsongerna 2033–2036"; or the season a grant is for: "aktivitetsstödet
        # för säsongen 2037–2038", not a league's season in passing)
        if m.start() and (body[m.start() - 1].islower() or _GRANT_FOR_BEFORE.search(body, max(0, m.start() - 40), m.start())
                          or _about_a_period(body, m.start(), m.end(), ctx.models.abbreviations)) and m.group("a") < m.group("b"):
            add(m.group("a"), m.group("b"), m.start("a"), m.end("b"))
    for m in _BARE_YEARS_RE.finditer(body):
        if m.group("a") < m.group("b") and m.start() not in covered and not _ELECTION_FOR.search(
                body, max(0, m.start() - 110), m.start()):
            if _about_a_period(body, m.start(), m.end(), ctx.models.abbreviations) or _under_period_column(body, m.start()):
                add(m.group("a"), m.group("b"), m.start("a"), m.end("b"))
    for m in _FROM_YEAR_TO_YEAR.finditer(body):
        if _CHANGED_BEFORE.search(body, max(0, m.start() - 60), m.start()):
            continue
        if m.group("a") < m.group("b") and m.start("a") not in covered and _about_a_period(body, m.start(), m.end(), ctx.models.abbreviations):
            add(m.group("a"), m.group("b"), m.start("a"), m.end("b"))
    for m in _SCHOOL_YEAR.finditer(body):
        b = m.group("b") if len(m.group("b")) == 4 else m.group("a")[:2] + m.group("b")
        if m.group("a") < b and m.start("a") not in covered and _GRANT_JUST_BEFORE.search(body, max(0, m.start() - 60), m.start()):
            add(m.group("a"), b, m.start("a"), m.end("b"))
    for m in COMPACT_RANGE_RE.finditer(body):
        a, b = _compact_date(m.group("a")), _compact_date(m.group("b"))
        if a and b:
            add(a, b, m.start("a"), m.end("b"))
    for m in ONE_YEAR_RE.finditer(body):
        if m.group(0)[:1] in "fF" and not _MONEY_BEFORE.search(body, max(0, m.start() - 30), m.start()):
            continue  # "för år 2032" right after the money only ("... 380 000 kronor för år 2032"), not "regler för år 2032"
        if m.group(0)[:1] in "uU" and _PAID_BEFORE.search(body, max(0, m.start() - 30), m.start()):
            continue  # "Bidraget betalas ut under 2039": when the money is paid, no grant's period
        if m.group(0)[:1] in "uU" and _COUNTED_BEFORE.search(body, max(0, m.start() - 40), m.start()):
            continue  # "fördelas efter antalet aktiviteter under 2038": the year of what is counted, no grant's period
        if m.group(0)[:1] in "uU" and (_SPENT_BEFORE.search(body, max(0, m.start() - 30), m.start())
                                       or _FORECAST_AFTER.match(body, m.end())):
            # "Nämnden köpte under 2039 platser för 9,8 miljoner kronor", "under 2041 beräknas anslaget till
            # 64 miljoner kronor": the body's own spending or forecast in the year, no grant's or agreement's period
            continue
        if _BARE_FOR.match(m.group(0)) and not (_GRANT_BEFORE.search(body, max(0, m.start() - 20), m.start())
                                                or _GRANT_SUM_BEFORE.search(body, max(0, m.start() - 60), m.start())):
            continue  # a bare "för 2036" right after the grant ("verksamhetsbidrag för 2036"), not "statsbidragen för 2010"
        # ("föreningsstöd för 2038": the grant's word right before a bare "för" says the year is the grant's)
        grant_for = _BARE_FOR.match(m.group(0)) is not None
        s, e = sentence_around(body, m.start(), m.end(), ctx.models.abbreviations)
        # "beviljas 300 000 kronor under 2037": a sum granted right before "under" (not a year's cost
        # or a loan: "kostnaden var 612 000 kronor under 2038").
        money_before = (m.group(0)[:1] in "uU" and _SUM_BEFORE.search(body, max(0, m.start() - 30), m.start())
                        and _GRANTED.search(body, s, m.start()))
        received = m.group(0)[:1] in "uU" and _RECEIVES_SUM.search(body, s, m.start())
        if (money_before or grant_for or received or _MONEY_OR_AGREEMENT.search(body, s, e)) and m.start("y") not in covered:
            add(m.group("y"), m.group("y"), m.start("y"), m.end("y"))
    for m in _GRANTS_HEADING_YEAR.finditer(body):
        if m.start("y") not in covered:
            add(m.group("y"), m.group("y"), m.start("y"), m.end("y"))  # "**De största bidragen 2043**" over the grants
    for y, s, e in _years_in_period_column(body):
        if s not in covered:
            add(y, y, s, e)  # "Period" over a row's "2040": that row's grant is for the year
    for d in dates:
        if len(d["value"]) == 10 and d["span"][0] not in covered:
            period = _open_start(body, d, ctx.models.abbreviations)
            if period:
                out.append(period)
                covered.add(*period["span"])
    for d in dates:
        if len(d["value"]) == 10 and d["span"][0] not in covered:
            period = _term_from(body, d, ctx.models.abbreviations)
            if period:
                out.append(period)
                covered.add(*period["span"])
    for m in _OPEN_END_YEAR.finditer(body):
        if m.start("y") not in covered and not _FEE_SUBJECT.search(body, max(0, m.start() - 30), m.start()):
            s, e = m.start(), m.end("y")
            out.append({"start": None, "end": m.group("y"), "kind": _kind(body, s, ctx.models.abbreviations),
                        "text": squash(body[s:e]), "span": [s, e]})
            covered.add(s, e)
    out = _without_restated_years(out)
    out.sort(key=lambda p: p["span"][0])
    return out


def _without_restated_years(out: list[dict]) -> list[dict]:
    """A year alone ("verksamhetsstöd för 2041") that another period gives in full days ("perioden
    1 januari 2041–31 december 2041") is that period said twice: the full one stays."""
    full_years = {p["start"][:4] for p in out if p["start"] and p["end"] and len(p["start"]) == len(p["end"]) == 10
                  and p["start"][:4] == p["end"][:4] and p["start"][5:] == "01-01" and p["end"][5:] == "12-31"}
    # (so an end year alone, "förlänga ... till och med 2039", that a period with its start ends too: "gäller 2038–2039")
    ends = {p["end"][:4] for p in out if p["start"] and p["end"]}
    return [p for p in out if not (p["start"] == p["end"] and len(p["start"] or "") == 4 and p["start"] in full_years)
            and not (p["start"] is None and len(p["end"] or "") == 4 and p["end"] in ends)]


# "förlänga partnerskapet till och med 31 december 2025": an end with no start written (the sentence
# may wrap over lines, not past a blank one).
_OPEN_END = re.compile(rf"(?:förläng\w*|gäller|löper)\b(?:[^.\n]|\n(?![ \t]*\n)|\.(?!\s+(?-i:[A-ZÅÄÖ]))){{0,160}}?\s(?:till\s+och\s+med|{_TOM})\s+(?:den\s+)?$", re.I)
_OPEN_LOOK = 200  # a sentence's reach back from the date, bounded
# "förlänga partnerskapet till och med 2042": an end year alone, no start written.
# (a dot inside the sentence, "org.nr", "bl.a.", does not end it: only one before a capital does)
_OPEN_END_YEAR = re.compile(rf"(?=[fgl])(?:förläng\w*|gäller|löper)\b(?:[^.\n]|\.(?!\s+(?-i:[A-ZÅÄÖ]))){{0,160}}?\s(?:till\s+och\s+med|{_TOM})\s+(?:år\s+|utgången\s+av\s+)?"
                            rf"(?P<y>{YEAR})(?![\d/–-]|\s*[-–]\s*\d|\s+(?:{MONTH_ALT}))", re.I)
# A fee or tariff as the subject of "gäller": its term is no period of an agreement or a grant.
_FEE_SUBJECT = re.compile(r"(?<![\wåäö])(?:taxan|taxorna|avgiften|avgifterna|priset|priserna|prislistan"
                          # (and a governing document's term, "nuvarande plan som gäller till och med 2040":
                          # a plan's years are no agreement's or grant's, as _PLAN_FOR says of "plan för 2031-2034")
                          r"|plan|planen|program|programmet|strategi|strategin|policy|policyn|riktlinjerna)"
                          r"(?:[ \t]+som)?[ \t]+$", re.I)


def _open_start(body: str, date: dict, abbreviations: frozenset[str]) -> dict | None:
    """The period a full ``date`` ends with no start written, if its sentence says so."""
    s, e = date["span"]
    before = body[max(0, s - _OPEN_LOOK):s]
    m = _OPEN_END.search(before) if _may_end_open(before) else None
    if m and _FEE_SUBJECT.search(before, 0, m.start()):
        return None  # "Taxan gäller till och med ...": a tariff's term, no agreement's or grant's
    if m:
        return {"start": None, "end": date["value"], "kind": _kind(body, s, abbreviations),
                "text": squash(body[s - len(before) + m.start(): e]), "span": [s - len(before) + m.start(), e]}
    return None


# "Avtalet löper i tre år från 1 juli 2039", "gäller under två år från och med den 1 mars 2040": a
# start date and the term's length in whole years, so the end is the day before the same date that
# many years on. The verb of a term stands first (not "för tre år från nu", not "tre år från start").
_TERM_START = r"(?:från[ \t\n]+och[ \t\n]+med|fr\.?[ \t]*o\.?[ \t]*m\.?|från|med[ \t\n]+start)[ \t\n]+(?:den[ \t\n]+)?$"
_TERM_FROM = re.compile(rf"(?=[lgpsb])(?<![\wåäö])(?:löper|gäller|pågår|sträcker[ \t]+sig|beviljas|tecknas)[ \t\n]+(?:[\wåäö]+[ \t\n]+){{0,2}}?"
                        rf"(?:i|under|för)[ \t\n]+(?P<n>{YEAR_COUNT_ALT})[ \t\n]+år[ \t\n]+"
                        + _TERM_START, re.I)
_TERM_LOOK = 120
# The same told the other way round, the start first: "gäller från och med den 1 juli 2039 och löper i tre år".
_START_THEN_TERM = re.compile(_TERM_START, re.I)
_TERM_AFTER = re.compile(rf"[ \t\n]+(?:och[ \t\n]+)?(?:löper|gäller|pågår)[ \t\n]+(?:i|under)[ \t\n]+"
                         rf"(?P<n>{YEAR_COUNT_ALT})[ \t\n]+år(?![\wåäö])", re.I)


def _term_from(body: str, date: dict, abbreviations: frozenset[str]) -> dict | None:
    """The period a full ``date`` starts that runs a number of whole years written before it (or
    right after it: "från och med den 1 juli 2039 och löper i tre år")."""
    s, e = date["span"]
    before = body[max(0, s - _TERM_LOOK):s]
    if not before.rstrip().lower().endswith(("från", "med", "m.", "m", "den", "start")):
        return None  # the quick test: no "från ..." right before the date
    m = _TERM_FROM.search(before)
    after = None if m else _TERM_AFTER.match(body, e)
    if not m and not (after and _START_THEN_TERM.search(before)):
        return None
    start = datetime.date.fromisoformat(date["value"])
    count = (m or after).group("n").lower()
    years = YEAR_COUNTS.get(count) or int(count)
    try:
        end = start.replace(year=start.year + years) - datetime.timedelta(days=1)
    except ValueError:  # 29 February on to a common year
        end = start.replace(year=start.year + years, day=28)
    begin = s - len(before) + (m or _START_THEN_TERM.search(before)).start()
    stop = after.end() if after else e
    return {"start": date["value"], "end": end.isoformat(), "kind": _kind(body, begin, abbreviations),
            "text": squash(body[begin:stop]), "span": [begin, stop]}


def _may_end_open(before: str) -> bool:
    """A quick test before _OPEN_END's search, which tries every "gäller" of the window: the
    window ends in "till och med" or "t.o.m." (and "den"), blanks aside."""
    tail = before.rstrip().lower()
    if tail.endswith("den"):
        tail = tail[:-3].rstrip()
    return tail.endswith(("med", "m", "m."))
