"""People: case officers, signatories, members present, contact persons and politicians, with title,
role, phone and e-mail.

Names come from the recogniser in docparse.sv.names; the contexts that make a name a person with
a function are found here, each by its own finder:
- party letters after a name: "Anna Berg (S)", "Per Ek (fp), ordförande";
- "Name, title" entries: "Per Ek, kommunsekreterare";
- a role or title before a name: "ordförande Anna Berg", "Handläggare: Per Ek", "Justerare Lisa Holm";
- attendance lists under Beslutande / Ledamöter / Närvarande / Ersättare / Övriga närvarande ...,
  one name a line or a whole list flattened onto one line;
- signature layouts: a name line over a title line (columns split on wide gaps), a name under a
  signature rule or a "Place den ... 2023" line, the lines under a "Handläggare" label.
Block detection (which lines form a list or a signature block) is kept in the ``*_blocks``
functions so a structure stage can take it over.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from docparse.extract.dnr import RUN_CHARS  # (label runs read over the same reach)
from docparse.extract.patterns import label_row_values, split_cells, squash
from docparse.sv import names as names_data, sections
from docparse.sv.dates import MONTH_NAME_ALT
from docparse.sv.labelrun import label_runs
from docparse.sv.names import (PARTICLES, is_month_given_name, SURNAME_ENDINGS, TITLE_RANK, NameMatch, can_be_name_word, find_names, is_given_name, is_known_surname,
                               is_title_word, natural_order, title_heads)
from docparse.sv.names import _qualifies_title as qualifies_title

# Capitalised words in Latin script (À-Þ and à-ÿ cover "Ragnhildur", "Jónsdóttir", "Øster").
# Latin Extended-A adds the letters of Slavic, Baltic and Hungarian names ("Kovačević", "Šimić", "Łukasz").
_EXT_A = [chr(c) for c in range(0x100, 0x180)]
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXT_A if c.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXT_A if c.islower())
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
NAME_RE = re.compile(rf"^{_NAME_WORD}(?: (?:(?:von|af|de|van|der|du|da|di|la|le|del|zu) )?{_NAME_WORD}){{1,3}}$")
_PHONE = re.compile(r"(?:tel(?:efon)?|tfn|mobil|direkt)\.?\s*:?\s*(\+?[\d][\d \-]{5,}\d)", re.I)
# A Swedish phone number with no label, on the person's own line: "0500-123 45", "08-123 456 78".
_BARE_PHONE = re.compile(r"(?<![\d/-])(0\d{1,3}-\d{2,3}(?: ?\d{2}){1,3})(?![\d/-])")
# A line holding nothing but a phone number, in a contact block under the name.
_PHONE_LINE = re.compile(r"^[ \t]*(0\d{1,3}[- ]?\d{2,3}(?: ?\d{2}){1,3})[ \t]*$", re.M)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT = re.compile(r"\d")
# A signature's rule: underscores, or an old Word form's dots ("..............").
_SIGNATURE_RULE = re.compile(r"^\s*(?:_{4,}|[.…]{8,})\s*$")
# "Ort den     /     2023", "Exempelstad 2021-03-04": the place and date line of a signature.
# A date there is a form's blanks after "den", a day and month before the year, or a full ISO date:
# "Protokoll 5/2022" or "Budget 2031" (a number of the year, a bare year) is a heading, no signature.
# "Exeby den 12 oktober 2032": the day and the month's name.
_SIGNATURE_PLACE_DATE = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäö]+(?:\s+den\s+[\d\s/.-]*|\s+\d{1,2}[/.]\d{1,2}[\s.]*|\s+(?=(?:19|20)\d{2}-)"
                                   rf"|,?\s+(?:den\s+)?\d{{1,2}}\s+{MONTH_NAME_ALT}\s+)"
                                   r"(?:19|20)\d{2}(?:-\d{2}-\d{2})?\s*$")
# "För Kristdemokraterna      För Liberalerna": whom the names below sign for, in columns.
_SIGNS_FOR = re.compile(r"^[ \t]*För[ \t]+[A-ZÅÄÖ][\wåäö-]+(?:[ \t][\wåäö-]+){0,3}(?:(?:\t|[ ]{3,})För[ \t]+[A-ZÅÄÖ][\wåäö-]+(?:[ \t][\wåäö-]+){0,3})*[ \t]*$")
# "Justerat", "Justerande" alone on a line head the justerare's names beneath.
_LABEL = re.compile(r"^\s*(handläggare|kontakt(?:person(?:er)?)?|föredragande|sekreterare|justerare|underskrift(?:er)?|förslagsställare"
                    r"|(?:justerat|justerande|justeras|protokolls?justerare|vid\s+protokollet"
                    r"|rätt\s+utdraget\s+(?:intygar|betygar|bestyrker)|utdragsbestyrkande)(?=\s*:?\s*$))\s*:?\s*(.*)$", re.I)
_ROLE_BY_LABEL = {"handläggare": "handläggare", "kontakt": "contact", "kontaktperson": "contact", "kontaktpersoner": "contact",
                  "föredragande": "föredragande", "sekreterare": "sekreterare", "justerare": "justerare",
                  "underskrift": "signatory", "underskrifter": "signatory", "förslagsställare": "signatory",
                  "justerat": "justerare", "justerande": "justerare", "justeras": "justerare",
                  "protokolljusterare": "justerare", "protokollsjusterare": "justerare",
                  # an older protocol's signatures: "Vid protokollet" (the secretary), "Rätt utdraget intygar" (who attests an extract)
                  "vid protokollet": "sekreterare", "rätt utdraget intygar": "signatory", "rätt utdraget betygar": "signatory",
                  "rätt utdraget bestyrker": "signatory", "utdragsbestyrkande": "signatory"}
_TITLE_PREFIX = re.compile(r"^(?:bitr\.|biträdande|tf\.?|t\.f\.|vice|ställföreträdande|stf\.|förste|[12]:e|[12]:a)\s+", re.I)
# Words that make a capitalised pair an organisation or a place, not a person.
_NOT_NAME_WORDS = {
    "kommun", "stad", "region", "nämnd", "förvaltning", "styrelse", "partnerskap", "offentligt",
    "idéburet", "sverige", "bilaga", "bilagor", "telefon", "sida", "dnr", "datum",
    "för", "till", "och", "med", "den", "det", "namnförtydligande", "underskrift", "ort",
}

# Party letters after a name: "(S)", "(KD)", "(fp)", "(Båp)"; a comma may stand before them.
# (The lookahead: a comma or a blank opens every match; tested first on a long text.)
PARTY = re.compile(r"(?=[, \t\n])(?:,[ \t]*|[ \t]+|[ \t]*\n[ \t]*)\([ \t]*([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}|[a-zåäö]{1,3})[ \t]*\)")  # (a transcript may break the line before it)
# Abbreviations in brackets after a capitalised phrase that are no party: "Europeiska unionen (EU)".
NOT_PARTIES = frozenset({"eu", "fn", "eg", "ees", "usa", "uk", "sou", "sfs", "ab", "hb", "kb", "skr", "scb", "iop",
                         "lss", "sol", "pbl", "lou", "osl", "dnr", "nr", "se", "bil", "red", "ca", "st", "tkr", "kr",
                         "eur", "usd", "sek", "gbp", "nok", "dkk", "ec", "eec",
                         "i", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "x"})  # "(v)" is Vänsterpartiet
# The parties of the Riksdag (and two of the past): their letters are never an acronym's.
NATIONAL_PARTIES = frozenset({"s", "m", "c", "v", "l", "kd", "mp", "sd", "fp", "nyd"})


def _is_acronym_of(code: str, name: str) -> bool:
    """"Venture Capital (VC)", "Monetary Fund (IMF)": the brackets spell the words' initials."""
    if code.lower() in NATIONAL_PARTIES:
        return False
    initials = "".join(w[0] for w in name.split()).upper()
    code = code[:-1] if len(code) > 2 and code.endswith("s") else code  # "(SDGs)"
    return len(initials) >= 2 and code.upper().endswith(initials)
# A role or title phrase: an optional rank ("1:e vice", "bitr.") and a word ending in a title head.
_RANK = TITLE_RANK
# Labels that say "the name after me is a person with this function" (after a colon, however wide
# the gap: "Justerare:<TAB>Anna Berg och Per Ek"; after the marks OCR makes of a signature rule
# between them: "Ordförande =: Anna Berg", "Sekreterare ___ Per Ek"; a permit's applicant by its
# label and colon: "Sökande: Per Ek, Exeby").
_ROLE_LABEL = re.compile(  # the lookahead: the letters a rank or label opens with, tried first
    rf"(?=[12abefhjklopstuv])(?<![\w-])({_RANK}(?:ordförande|sekreterare|justerare|justerande|protokollsjusterare|handläggare|föredragande"
    r"|kontaktperson(?:er)?|kontakt|sidansvarig|ansvarig utgivare|ledamot|ledamöter|ersättare|tjänstgörande ersättare"
    r"|förslagsställare|utses att justera|val av justerare|justeras av|utdragsbestyrkande(?=[ \t]*:|[ \t][A-ZÅÄÖ][a-zåäö])|sökande(?=[ \t]*:)))[ \t]{0,2}"
    r"(?:(?:[=_~…—–]{1,12}|\.{3,12})[ \t]*)?:?(?:(?<=:)[ \t]+|[ \t]{0,2})(?=[A-ZÅÄÖÀ-Þ])", re.I)
# Attendance-list headings, the role their names get, and labels that end such a list.
_LIST_HEADING = re.compile(  # (the lookahead: the letters a heading opens with)
    r"(?=[belntö])(?<![\w-])(beslutande(?:\s+ledamöter)?|ledamöter|närvarande(?:\s+ej\s+tjänstgörande)?(?:\s+ersättare)?"
    r"|tjänstgörande\s+ersättare|ej\s+tjänstgörande\s+ersättare|ersättare|övriga\s+närvarande|övriga\s+deltagande"
    r"|övriga\s+deltagare|övriga(?=[ \t]*:?[ \t]*(?-i:[A-ZÅÄÖ]))|närvarande\s+tjänstemän|tjänstemän|tjänsteman"
    # a members' table's name column beside its party column ("Ledamot      Parti   Ja   Nej   Avstår"):
    r"|(?:ledamot|namn)(?=(?:\t|[ ]{2,})[ \t]*parti(?![\w-])))(?![\w-])\s*:?", re.I)
_COLUMN_HEAD = re.compile(r"ledamot|namn", re.I)  # the table's column heads among _LIST_HEADING's
_LIST_END = re.compile(
    r"(?<![\w-])(?:utses\s+att\s+justera|justeringens|justerade\s+paragrafer|paragrafer|underskrift(?:er)?|plats\s+och\s+tid"
    r"|sammanträdesdatum|protokollet|anslag|innehåll|ärenden?|dagordning|föredragningslista|bevis)(?![\w])", re.I)
_LIST_WINDOW = 2500  # characters an attendance list may run on for
_LOOK = 80  # characters a finder looks before or after its anchor for the name


@dataclass
class Candidate:
    match: NameMatch
    title: str | None
    role: str | None
    weak_title: bool = False  # a list heading standing in for a title: any real title replaces it
    as_written: bool = False  # the name's words are in natural order already (not turned by natural_order)
    ordered: bool = False  # its list decided the order of its words: the neighbours' order does not

    @property
    def name(self) -> str:
        """The name in natural order."""
        return self.match.name if self.as_written else natural_order(self.match.name)


@lru_cache(maxsize=4096)  # asked for every entry of a list, with a few distinct titles
def role_of(title: str | None, default: str | None) -> str | None:
    """The role a title or list heading implies ("1:e vice ordförande" -> "vice ordförande")."""
    t = (title or "").lower()
    if "ordförande" in t or re.search(r"\bordf\b", t):
        return "vice ordförande" if "vice" in t else "ordförande"
    for word, role in (("sekreterare", "sekreterare"), ("justera", "justerare"), ("handläggare", "handläggare"),
                       ("föredragande", "föredragande"), ("ersättare", "ersättare"), ("ledamot", "ledamot"),
                       ("ledamöter", "ledamot"), ("kontakt", "contact"), ("sidansvarig", "contact")):
        if word in t:
            return role
    return default


# A body's genitive before a title: "Regionstyrelsens ordförande", "förvaltningens controller".
_BODY_GENITIVE = re.compile(r"(?:nämndens|styrelsens|fullmäktiges|kommunens|regionens|förvaltningens|utskottets|"
                            r"direktionens|förbundets|föreningens|kontorets|avdelningens|enhetens)$")


@names_data.cached_on_names(maxsize=16384)  # (a long list asks of the same cells on every page)
def is_title(text: str) -> bool:
    """A job title: its first word (after "Bitr.", "Tf." ...) ends with a title head."""
    s = _TITLE_PREFIX.sub("", text.strip())
    words = s.split()
    if not words or len(words) > 6:
        return False
    first = re.sub(r"[^\wåäö]", "", words[0].lower())
    if len(words) == 2 and words[1].isalpha() and words[1].islower() and len(words[1]) >= 4 and first.endswith(title_heads()):
        return True  # the title and its unit in lower case: "Enhetschef hemtjänst", "Verksamhetschef äldreomsorg"
    if len(words) >= 2 and (_BODY_GENITIVE.search(first) or (len(words) == 2 and qualifies_title(words[0]))):
        first = re.sub(r"[^\wåäö]", "", words[1].lower())  # "Regionstyrelsens ordförande", "Teknisk chef"
    elif len(words) >= 3 and words[0].endswith("-") and words[1].lower() == "och":
        first = re.sub(r"[^\wåäö]", "", words[2].lower())  # "Hälso- och sjukvårdsdirektör": the compound's title is its last part
    return bool(first) and first.endswith(title_heads())


@names_data.cached_on_names(maxsize=16384)
def is_name(text: str) -> bool:
    """A whole cell or line that reads as a person's name (layout contexts: shape is enough)."""
    s = text.strip().rstrip(",")
    if s.isupper() and " " in s:
        # "INGRID SJÖHOLM" on a signature line: read as a name is written, its first word a known
        # given name (capitals hide whether "EKONOMISK REDOVISNING" is a heading or a name).
        s = " ".join("-".join(part.capitalize() for part in w.split("-")) for w in s.split())
        if not is_given_name(s.split()[0]):
            return False
    if not NAME_RE.match(s):
        return False
    words = [w for w in s.split() if w not in PARTICLES]  # "Anna Ek von Berg"
    if any(w.lower() in _NOT_NAME_WORDS or not (can_be_name_word(w, allow_common=True) or k == 0 and _month_given(words))
           for k, w in enumerate(words)):
        return False
    return not is_title(s)


def _month_given(words: list[str]) -> bool:
    """A cell opening with a month that is a given name too, "Maj Ek" under a signature: a name when
    a name word follows it (a month in a cell has its day or year, digits no name has)."""
    return (len(words) >= 2 and is_month_given_name(words[0])
            and all(can_be_name_word(w, allow_common=True) for w in words[1:]))


# ---------------------------------------------------------------- title phrases


# Where a title phrase ends: punctuation (not the comma of "barn-, utbildnings- och kulturchef", nor the colon of "1:e",
# nor the full stops of a rank's abbreviation: "ekonomichef/t.f. kommundirektör", "f.d. rektor"),
# a number, a wide gap or a tab, a word in capitals ("BEVIS"), or a capitalised word that no preposition
# leads in ("ordförande i Region Exempels råd" keeps it; "sekreterare Bilagan läggs" does not).
_TITLE_STOP = re.compile(
    r"[;()\n\f§]|\.(?<!\bt\.)(?<!\bt\.f\.)(?<!\btf\.)(?<!\bf\.)(?<!\bf\.d\.)(?<!\bbitr\.)(?<!\bstf\.)|(?<!-),|(?<!\d):|\s\d|\s{3,}|\t|\s[A-ZÅÄÖ]{2,}\b"
    r"|(?<!\bi)(?<!\bför)(?<!\binom)(?<!\bvid)(?<!\bpå)(?<!\bav)(?<!\boch)\s(?=[A-ZÅÄÖ])")
_RANK_RE = re.compile(_RANK, re.I)
# Labels that start the next entry of a flattened list, never part of a title before them.
_TITLE_CUT = re.compile(
    r"(?<![\w-])(?:Beslutande|Ledamöter|Ersättare|Tjänstgörande|Övriga|Närvarande|Justerare|Justerande|Sekreterare"
    r"|Ordförande|Utses|Justering|Paragrafer|Underskrift|Plats och tid|Sammanträdesdatum)(?![\w-])")
# The end of a title phrase: an optional genitive ("kommunstyrelsens"), a rank, the title word.
_TITLE_BEFORE = re.compile(rf"((?:[\wåäö]+-\s+och\s+)?(?:[\wåäö-]+s\s+)?{_RANK}[\wåäöÅÄÖ/-]+)[ \t]*:?[ \t]*$", re.I)
_WORD = re.compile(r"[\wåäöÅÄÖ/-]+")


# The day an appointment starts, after the appointee's new title: "från 1 april", "från och med den 1 maj",
# "den 1 augusti".
_FROM_DAY = re.compile(r"[ \t]+(?:(?:från(?:[ \t]+och[ \t]+med)?|fr\.o\.m\.?)[ \t]+(?:den[ \t]+)?|den[ \t]+)\d")

_PLACE_BEFORE_DAY = re.compile(r"(?:[ \t]+[A-ZÅÄÖ][\wåäö-]+){0,3}(?=" + _FROM_DAY.pattern + ")")


def _title_after(body: str, pos: int, limit: int) -> tuple[str | None, int]:
    """A title phrase starting at ``pos`` ("kommunsekreterare", "1:e vice ordförande",
    "ordförande i teknik- och miljöutskottet"), cut at punctuation or ``limit``."""
    m = _RANK_RE.match(body, pos)
    word = _WORD.match(body, m.end())
    if not word:
        return None, pos
    stop = _TITLE_STOP.search(body, word.end(), limit)
    end = stop.start() if stop else limit
    # In a flattened list the next entry follows at once: cut at a label or the next name.
    cut = _TITLE_CUT.search(body, word.end(), end)
    end = cut.start() if cut else end
    # "socialchef från 1 april": the day is no part of the title (a digit may have stopped the phrase)
    day = _FROM_DAY.search(body, word.end(), min(len(body), end + 12))
    end = day.start() if day and day.start() < end else end
    nxt = find_names(body, word.end(), end, loose=True)
    end = nxt[0].start if nxt else end
    text = body[pos:end].rstrip()
    # "ledamot i" / "finansutskottet": a phrase cut at its line's end keeps no dangling preposition.
    text = re.sub(r"(?:\s+(?:i|för|inom|vid|på|av|och))+$", "", text)
    words = text.split()
    # "kommunsekreterare", "ordförande i utskottet"; or a short phrase ending in a title:
    # "barn- och skolchef", "biträdande enhetschef".
    if not (is_title_word(word.group().split("/")[0]) or (0 < len(words) <= 5 and is_title_word(words[-1].split("/")[0]))):
        return None, pos
    return (squash(text) if text else None), pos + len(text)


def _may_end_in_title(body: str, lo: int, pos: int) -> bool:
    """A quick test before _TITLE_BEFORE's search, which tries every start in the window: its
    match ends (blanks and a colon aside) in a word character, and its last word is a suffix of
    the window's last word, so that word is a title word too (is_title_word holds for a word if
    it holds for a suffix: every head is longer than the definite ending it strips)."""
    e = pos
    while e > lo and body[e - 1] in " \t":
        e -= 1
    if e > lo and body[e - 1] == ":":
        e -= 1
        while e > lo and body[e - 1] in " \t":
            e -= 1
    if e <= lo or not _WORD_CHAR.match(body, e - 1):
        return False
    s = e - 1
    while s > lo and not body[s - 1].isspace():
        s -= 1
    return is_title_word(body[s:e])


_WORD_CHAR = re.compile(r"[\wåäöÅÄÖ/-]", re.I)


def _title_before_with_context(body: str, pos: int) -> tuple[str, bool, bool, int] | None:
    """(title, after a comma, lower-case right after a name, start offset) of the title right
    before a name at ``pos`` ("kommunstyrelsens ordförande", "Handläggare"). The two flags tell
    a title that may belong to the entry before: "Anna Berg (S), ordförande Per Ek", "Anna Berg
    ordförande Per Ek"."""
    lo = max(0, pos - _LOOK, body.rfind("\n", max(0, pos - _LOOK), pos) + 1)  # bounded: not the whole line
    if not _may_end_in_title(body, lo, pos):
        return None
    m = _TITLE_BEFORE.search(body[lo:pos])
    if not m:
        return None
    words = m.group(1).split()
    if not is_title_word(words[-1]):
        return None
    before = body[lo:lo + m.start()].rstrip()
    after_comma = before.endswith(",")
    last = before.rsplit(None, 1)[-1] if before else ""
    owned = _BODY_GENITIVE.search(words[0].lower()) is not None  # "Per Ek Kommunstyrelsens ordförande Eva Ek"
    after_name = (m.group(1)[0].islower() or owned) and last[:1].isupper() and last.isalpha()
    return squash(" ".join(words)), after_comma, after_name, lo + m.start()


# ---------------------------------------------------------------- finders


_LETTER = re.compile(r"[^\W\d_]")  # how every name ends (its last word's last character)


def _may_end_name(body: str, pos: int) -> bool:
    """A name can end right before ``pos`` (spaces and commas between): a letter stands there.
    Asked first: in a list of amounts or parties most commas follow a number or a bracket."""
    k = pos
    while k > 0 and body[k - 1] in " \t,":
        k -= 1
    return k > 0 and _LETTER.match(body, k - 1) is not None


def _name_ending_at(body: str, pos: int) -> NameMatch | None:
    """The name that ends right before ``pos`` on the same line (spaces and a comma between)."""
    if not _may_end_name(body, pos):
        return None
    lo = max(0, pos - _LOOK, body.rfind("\n", max(0, pos - _LOOK), pos) + 1)  # bounded: not the whole line
    close = body.rfind(")", lo, pos)
    lo = max(lo, close + 1)
    found = find_names(body, lo, pos, loose=True, shapes=True)
    if found and not body[found[-1].end:pos].strip(" \t,"):
        return _joined_across_line(body, found[-1])
    return _surname_after_wrap(body, lo, pos)


_LONE_SURNAME = re.compile(rf"[ \t]*({_NAME_WORD})[ \t,]*")
_GIVEN_ENDS_LINE = re.compile(rf"(?<![\w-])({_NAME_WORD})[ \t]*$")


def _surname_after_wrap(body: str, lo: int, pos: int) -> NameMatch | None:
    """"... efter Lars-Åke" / "Fredriksson (L)": a line wrapped inside a name, the surname alone
    before its party at the next line's start, the given name ending the line above."""
    if lo == 0 or body[lo - 1] != "\n" or body[pos:pos + 1].isalpha():
        return None  # (lo is the line's start when nothing cut it short; a word cut at pos is no surname)
    sur = _LONE_SURNAME.fullmatch(body, lo, pos)
    if not sur or is_given_name(sur.group(1)):
        return None
    given = _GIVEN_ENDS_LINE.search(body, max(0, lo - 1 - _LOOK), lo - 1)
    if not given or not is_given_name(given.group(1)):
        return None
    return NameMatch(given.start(1), sur.end(1), f"{given.group(1)} {sur.group(1)}")


_GIVEN_AT_LINE_END = re.compile(r"(?:^|[,(]|\boch)[ \t]*([A-ZÅÄÖÀ-Þ][\w-]+)[ \t]*$")


def _joined_across_line(body: str, name: NameMatch) -> NameMatch:
    """"..., Helena\nHillar Rosenqvist (mp)": a list wrapped inside a name; the given name that
    ends the line before belongs to it."""
    # Back over blanks only (not the whole line): the name must open its line.
    line_start = name.start
    while line_start > 0 and body[line_start - 1] != "\n" and body[line_start - 1].isspace():
        line_start -= 1
    if line_start == 0 or body[line_start - 1] != "\n":
        return name
    prev_start = body.rfind("\n", max(0, line_start - 1 - _LOOK), line_start - 1) + 1
    m = _GIVEN_AT_LINE_END.search(body, max(prev_start, line_start - 1 - _LOOK), line_start - 1)
    if not m or not is_given_name(m.group(1)):
        return name
    return NameMatch(m.start(1), name.end, f"{m.group(1)} {name.name}")


def _name_starting_at(body: str, pos: int, **kw) -> NameMatch | None:
    hi = body.find("\n", pos, pos + _LOOK)
    hi = pos + _LOOK if hi < 0 else hi
    found = find_names(body, pos, min(hi, len(body)), **kw)
    if found and not body[pos:found[0].start].strip():
        return found[0]
    return None


def _title_at(body: str, pos: int, titles: dict[int, tuple[str | None, int]] | None) -> tuple[str | None, int]:
    """_title_after at ``pos`` within the usual reach, kept in ``titles`` (when given) for the
    finder that asks at the same place next: "Anna Berg (S), ordförande" is read after its party
    and after its comma."""
    if titles is not None and pos in titles:
        return titles[pos]
    found = _title_after(body, pos, min(len(body), pos + _LOOK))
    if titles is not None:
        titles[pos] = found
    return found


def party_people(body: str, consumed: set[int], titles: dict[int, tuple[str | None, int]] | None = None) -> list[Candidate]:
    """"Anna Berg (S)", "Per Ek (fp), ordförande", "Lisa Holm, (C)": a politician by their party.

    A flattened list puts its titles either after each entry ("Anna Berg (S), ordförande Per Ek
    (M)") or before it ("ordförande Anna Berg (S), vice ordförande Per Ek (M)"); the first entry
    of a chain tells which: a title before it that no comma precedes means titles come first.
    ``consumed`` collects where the titles taken as after-titles start, so that no other finder
    reads them as labels of the next name. ``titles``: titles read so far, by where they start."""
    out = []
    titles_first = False
    prev_end = -1
    for m in PARTY.finditer(body):
        if m.group(1).lower() in NOT_PARTIES:
            continue
        name = _name_ending_at(body, m.start())
        if not name or _is_acronym_of(m.group(1), name.name):
            continue
        before = _title_before_with_context(body, name.start)
        if before and before[3] in consumed:  # the title was the entry before's
            before = (before[0], True, before[2], before[3])
        gap = body[prev_end:name.start] if prev_end >= 0 else "x"
        in_chain = prev_end >= 0 and len(gap) < _LOOK and "\n" not in gap and (not gap.strip() or gap.lstrip().startswith(","))
        if not in_chain:
            titles_first = before is not None and not before[1] and not before[2]
        after_title = None
        after = _AFTER_PARTY.match(body, m.end())
        if after:
            after_title, _ = _title_at(body, after.end(), titles)
            if after_title and "," not in after.group() and not after_title[0].islower():
                after_title = None  # "(S) Ordförande Per Ek": a label of the next name
        if titles_first:
            title = before[0] if before else None
        else:
            title = after_title or (before[0] if before and not before[1] and not before[2] else None)
            if after_title:
                consumed.add(after.end())
        out.append(Candidate(name, title, role_of(title, None)))
        prev_end = m.end()
    return out


# "Lindqvist, Karin (S), ordförande", "af Ek, Per Olof; Berg, Anna": lists that print the
# surname, a comma, the given name(s); an entry opens a line or follows ";" or ":".
_INVERTED = re.compile(
    rf"(?:^|[;:])[ \t]*(?P<sur>(?:(?:af|von|de|van|der|du|la)[ \t]+)?[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?),[ \t]+"
    rf"(?P<given>[{_UPPER}][{_LOWER}]+(?:[- ][{_UPPER}][{_LOWER}]+)?)(?=[ \t]*(?:\([{_UPPER}{_LOWER}]{{1,4}}\)|[,;]|$))",
    re.M,
)


def inverted_people(body: str, consumed: set[int]) -> list[Candidate]:
    """"Lindqvist, Karin (S), ordförande": a surname-first entry, with its title after it."""
    out = []
    for m in _INVERTED.finditer(body):
        given, surname = m.group("given"), m.group("sur")
        last = surname.split()[-1]
        # A given name the model lacks ("Ek, Tyko (M)"): party letters after it vouch for the entry,
        # when it is no common word and the surname is known or shaped like one (checked below).
        known = all(is_given_name(w) for w in re.split(r"[- ]", given))
        vouched = not known and _PARTY_LETTERS.match(body, m.end()) is not None and all(can_be_name_word(w) for w in given.split())
        if not (known or vouched) or (
                is_given_name(last) and not is_known_surname(last) and not last.lower().endswith(SURNAME_ENDINGS)):
            continue  # "Umeå, Anna Berg": the given side must be given names only
        if not can_be_name_word(last, allow_common=True) or not (
                " " in surname or is_known_surname(last) or last.lower().endswith(SURNAME_ENDINGS)):
            continue  # "Umeå, Anna": only a surname (known, surname-shaped, or after "von") opens an entry
        name = NameMatch(m.start("sur"), m.end("given"), f"{given} {surname}")
        after = _ROW_TITLE_LEAD.match(body, m.end(), m.end() + 12)
        title = None
        if after:
            title, _ = _title_after(body, after.end(), min(len(body), after.end() + _LOOK))
            if title:
                consumed.add(after.end())
        # (as written: the comma decided the order, whatever the model makes of the unknown given name)
        out.append(Candidate(name, title, role_of(title, None), as_written=vouched, ordered=vouched))
    return out


# The comma after an entry, party letters maybe between: "Berg, Anna (S), ordförande", "Kask, Märit, kommundirektör".
_ROW_TITLE_LEAD = re.compile(r"[ \t]*(?:\([^()\n]{1,4}\))?[ \t]*,[ \t]*")
_COMMA_TITLE = re.compile(r",[ \t]*(?:\n[ \t]*)?(?=\S)")  # (the title may wrap to the next line: "säger Anna Ek," / "vd för ...")
_AFTER_PARTY = re.compile(r"[ \t]*,?[ \t]*")


def comma_title_people(body: str, titles: dict[int, tuple[str | None, int]] | None = None) -> list[Candidate]:
    """"Per Ek, kommunsekreterare", "Anna Berg, 1:e vice ordförande": a name, a comma, a title.
    ``titles``: titles read so far, by where they start."""
    return _marked_title_people(body, _COMMA_TITLE, titles)


# "Per Ek (ordförande)": a role in brackets where a party would stand (a signatory's line,
# "Justerat: Eva Holm (ordförande), Per Ek (justerare)"); a title word, closed by the bracket.
_PAREN_TITLE = re.compile(r"[ \t]+\([ \t]*(?=[a-zåäö])")


def paren_title_people(body: str, titles: dict[int, tuple[str | None, int]] | None = None) -> list[Candidate]:
    """"Eva Holm (ordförande)": a name and its role in brackets."""
    return _marked_title_people(body, _PAREN_TITLE, titles, closed=True)


def _marked_title_people(body: str, mark: re.Pattern, titles: dict[int, tuple[str | None, int]] | None,
                         closed: bool = False) -> list[Candidate]:
    """A name, a ``mark`` (a comma, an opening bracket), a title after it; ``closed``: the bracket
    must close right after the title (no sentence in brackets)."""
    out = []
    for m in mark.finditer(body):
        if not _may_end_name(body, m.start()):
            continue  # no name before the mark: its title is not read
        title, end = _title_at(body, m.end(), titles)
        if not title or closed and not re.match(r"[ \t]*\)", body[end:end + 4]):
            continue
        name = _name_ending_at(body, m.start())
        if name:
            out.append(Candidate(name, title, role_of(title, None)))
    return out


# "Per Ek som ansvarig tjänsteman", "anställde Per Ek som ny förvaltningschef", "Eva Lund börjar som
# enhetschef": the appointee's new title.
# The gap between a name and its title: blanks, "som (ny)", "i egenskap av", or a verb of appointment and its "till"
# ("Per Ek valdes till ordförande", "Eva Lund har utsetts till justerare": the title is the role).
_SPACE_SOM = re.compile(r"[ \t]+(?:(?:(?:börjar|började|tillträder|tillträdde|anställs|anställdes)[ \t]+)?som[ \t]+(?:ny[ \t]+)?|i[ \t]+egenskap[ \t]+(?:av|som)[ \t]+"
                        r"|(?:(?:har|hade)[ \t]+)?(?:utsågs|utses|utsetts|valdes|väljs|valts)[ \t]+(?:till|som)[ \t]+(?:ny[ \t]+)?)?")
# What ends a title's clause: punctuation, a line's end, or the name of the organisation the
# signer signs for ("Tomas Nyberg Styrelseordförande Stiftelsen Gula Huset" in a flattened block), or the
# next signer's "För <party>" ("Lena Ek Socialnämndens ordförande För Föreningen Byagården ...").
# (A tab ends it too: the title's cell ends at the column gap, as _TITLE_STOP cuts it there.)
# A paragraph reference may close the title before its comma: "Per Ek ekonom § 97, ..." (present for one §).
_TITLE_END = re.compile(r"(?:[ \t]+§§?[ \t]*\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?)?[ \t]*(?:[,.;\n\f\t]|$)|[ \t]+(?=(?:Stiftelsen|Föreningen|Förbundet|Riksförbundet|Region|För)[ \t]+[A-ZÅÄÖ]"
                        r"|[A-ZÅÄÖ][\wåäö-]+[ \t]+(?:kommun|stad)\b"
                        # (or the company the signer signs for, its footer run on: "Per Ek VD Exeby Bostäder AB – ...")
                        r"|(?:[A-ZÅÄÖ][\wåäö&-]*[ \t]){1,4}AB(?![\wåäö])"
                        # (or the distribution list's heading: "Per Ek Fritidskonsulent Beslutet skickas till ...")
                        r"|" + sections.alternation(sections.SENT_TO, sections.DISTRIBUTION, capital=True) + r"(?![\wåäö])"
                        # (or the board and its municipality of a footer the flattening ran on: "Per Ek Gatuchef
                        # Tekniska nämnden, Exeby kommun")
                        r"|[A-ZÅÄÖ][\wåäö \t-]{0,50}?(?:nämnden|styrelsen|direktionen)(?:[ \t]*,|[ \t]+i[ \t]+[A-ZÅÄÖ])"
                        # (or an attachment's label the flattening ran on: "Per Ek Vice ordförande Bilaga: Rapport ...")
                        r"|(?:Bilag(?:a|or)|Kopia(?:[ \t]+till)?)[ \t]*:)")


def _titled_after(body: str, names: list[NameMatch], k: int) -> bool:
    """The k-th name has a title after it that ends its clause: "Anna Ström Ordförande Per Ek
    Sekreterare" prints names first, so "Ordförande" is Anna Ström's, not Per Ek's label."""
    if k >= len(names):
        return False
    return _title_ends_after(body, names[k].end, names[k + 1].start if k + 1 < len(names) else len(body))


def _title_ends_after(body: str, pos: int, limit: int) -> bool:
    """A title right after ``pos`` that ends its clause (a line end, a comma, a full stop)."""
    gap = _SPACE_SOM.match(body, pos)
    if not gap:
        return False
    title, end = _title_after(body, gap.end(), min(limit, gap.end() + _LOOK))
    return bool(title) and bool(_TITLE_END.match(body, end))


# A party's letters alone in a table cell (cells by tabs or a layout's wide gaps).
_PARTY_CELL = re.compile(r"(?:\t[ \t]*|[ ]{2,})[A-ZÅÄÖ]{1,3}(?:[ \t]*\t|[ ]{2,})[ \t]*(?=\S)")


_AND_GAP = re.compile(r"[ \t]+och[ \t]+")


def name_then_title_people(body: str, names: list[NameMatch]) -> list[Candidate]:
    """"Anna Berg ordförande Per Ek sekreterare", "med Per Ek som ansvarig tjänsteman": a name
    then a title with no comma between; the title must end the clause or meet the next name.
    ``names``: the document's names (loose), found once for both title finders."""
    out = []
    for k, name in enumerate(names):
        # An attendance table's party column between name and function: "Kristina Öberg<TAB>S<TAB>1:e vice ordförande".
        gap = _PARTY_CELL.match(body, name.end) or _SPACE_SOM.match(body, name.end)
        if not gap:
            continue
        limit = names[k + 1].start if k + 1 < len(names) else min(len(body), gap.end() + _LOOK)
        limit = min(limit, gap.end() + _LOOK)
        title, end = _title_after(body, gap.end(), limit)
        ends_clause = bool(_TITLE_END.match(body, end))
        if title and not ends_clause and "som" in gap.group(0):
            # "anställde Per Ek som ny gatuchef från 1 april": the day the appointment starts closes the
            # title, the rest of a place's name before it kept ("... för hemtjänsten i Stora Norrby den 1 maj")
            place = _PLACE_BEFORE_DAY.match(body, end)
            if place:
                title, ends_clause = squash(body[gap.end():place.end()]), True
        # "Anna Berg ordförande Per Ek": lower-case titles trail; "Anna Berg Ordförande Per Ek"
        # is a label of the next name, unless the title ends the line.
        # "Anna Berg Kommunstyrelsens ordförande Per Ek ...": a body's genitive opens a flattened
        # signature's title; a bare capitalised role there would be the next name's label.
        owned = bool(title) and _BODY_GENITIVE.search(title.split()[0].lower()) is not None
        # "... Åsa Ek gatuingenjör och Karin Ljung ekonom": "och" and the next name meet the title too.
        meets_next = end >= limit - 1 or (k + 1 < len(names) and limit == names[k + 1].start
                                          and _AND_GAP.fullmatch(body, end, limit) is not None)
        # "Arvid Holst<TAB>V<TAB>Ersättare för Mona Ek (V)": a row's function, then whom the member stands in for.
        stands_in = bool(title) and gap.re is _PARTY_CELL and k + 1 < len(names) and limit == names[k + 1].start \
            and re.fullmatch(r"[ \t]+för[ \t]+", body[end:limit]) is not None
        if title and (ends_clause or stands_in or (meets_next and (title[0].islower() or owned
                                                      or _titled_after(body, names, k + 1)))):
            out.append(Candidate(name, title, role_of(title, None)))
    return out


# Two titles of one word each, side by side: a two-column signature flattened, names first.
_TWO_TITLES = re.compile(r"[ \t\n]+([A-ZÅÄÖ][\wåäö-]+)[ \t\n]+([A-ZÅÄÖ][\wåäö-]+)(?![\wåäö-])")


# A given name ending a line and a surname opening the next: a transcript broken inside a name.
_NAME_OVER_BREAK = re.compile(r"(?<![\wåäö-])([A-ZÅÄÖ][a-zåäöé]+)[ \t]*\n[ \t]*([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?![\wåäö-])")


def _with_names_over_breaks(body: str, names: list[NameMatch]) -> list[NameMatch]:
    """``names`` and the names a line break splits ("... 2038. Helena" / "Burström Kommunstyrelsens
    ordförande"), a given name the model knows, a surname that is no common word, neither found yet."""
    taken = [(n.start, n.end) for n in names]
    extra = []
    for m in _NAME_OVER_BREAK.finditer(body):
        given, surname = m.groups()
        if (is_given_name(given) and not is_given_name(surname) and can_be_name_word(surname)
                and not any(s < m.end() and m.start() < e for s, e in taken)):
            extra.append(NameMatch(m.start(), m.end(), f"{given} {surname}"))
    return sorted(names + extra, key=lambda n: n.start) if extra else names


def paired_signature_people(body: str, names: list[NameMatch]) -> list[Candidate]:
    """"Eva Ek Per Lind Miljöinspektör Förvaltningschef": a two-column signature flattened row by
    row, both names first and then both titles, each title its column's name's."""
    out = []
    for k in range(len(names) - 1):
        a, b = names[k], names[k + 1]
        if body[a.end:b.start].strip() or "\n\n" in body[a.end:b.start]:
            continue
        m = _TWO_TITLES.match(body, b.end)
        if m and all(is_title_word(t) for t in m.groups()):
            out += [Candidate(a, m.group(1), role_of(m.group(1), None)), Candidate(b, m.group(2), role_of(m.group(2), None))]
            continue
        titles = _two_phrase_titles(body, b.end) if "\n" not in body[a.end:b.start] else None
        if titles:
            out += [Candidate(a, titles[0], role_of(titles[0], None)), Candidate(b, titles[1], role_of(titles[1], None))]
    return out


# A title of two words in a pair of signatures flattened into one line: a body's genitive or a rank before
# the title's word ("Kommunstyrelsens ordförande", "Vice ordförande"). (Columns over lines are left as read.)
_PHRASE_TITLE = re.compile(r"[ \t]+((?:[A-ZÅÄÖ][\wåäö-]+s|Vice|Bitr\.|Biträdande|Förste|Andre)[ \t]+[a-zåäö][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+)(?![\wåäö-])")


def _two_phrase_titles(body: str, pos: int) -> tuple[str, str] | None:
    """Both titles after a pair of names when one of them is a phrase of two words: "Eva Ek Per Lind
    Kommunstyrelsens ordförande Kommunchef"."""
    out = []
    for _ in range(2):
        m = _PHRASE_TITLE.match(body, pos)
        if not m:
            return None
        words = m.group(1).split()
        if not is_title_word(words[-1]) or len(words) == 2 and not is_title_word(words[-1].lower()):
            if len(words) == 2 and is_title_word(words[0]):
                words = words[:1]  # (a one-word title, the next word lower case: "Kommunchef för ...")
            else:
                return None
        out.append(" ".join(words))
        pos = m.start(1) + len(out[-1])
    return (out[0], out[1]) if any(" " in t for t in out) else None


def _label_role(label: str) -> str | None:
    low = label.lower()
    if "justera" in low:
        return "justerare"
    if low.startswith(("kontakt", "sidansvarig", "ansvarig")):
        return "contact"
    if low == "förslagsställare":
        return "signatory"  # a medborgarförslag's author, as under the _LABEL rows
    return role_of(low, None)


def _after_a_name(body: str, pos: int) -> bool:
    """A capitalised word ends right before ``pos`` on the same line."""
    before = body[max(0, pos - 40):pos]
    last = before.rstrip(" \t").rsplit(None, 1)[-1] if before.strip() else ""
    return len(before) != len(before.rstrip(" \t")) and last[:1].isupper() and last.replace("-", "").isalpha()


def _follows_name(body: str, pos: int, label: str) -> bool:
    """A lower-case role word a space after a capitalised word: "Anna Berg ordförande Per Ek"."""
    window = body[max(0, pos - 40):pos]
    before = window.rstrip(" \t")
    if not label[:1].islower() or len(before) == len(window) or not before.strip():
        return False
    last = before.rsplit(None, 1)[-1]
    return last[:1].isupper() and last.isalpha()


_PAIR_JOIN = re.compile(r"(?:[ \t]*\([^()\n]{1,6}\))?[ \t]*(?:,|och)[ \t]*")


def role_label_people(body: str, consumed: set[int]) -> list[Candidate]:
    """"ordförande Anna Berg", "Handläggare: Per Ek", "Utses att justera Lisa Holm (S) och Per Ek (M)"."""
    out = []
    for m in _ROLE_LABEL.finditer(body):
        if m.start() in consumed or _follows_name(body, m.start(), m.group(1)):
            continue
        name = _name_starting_at(body, m.end(), loose=True)
        if not name:
            continue
        label = squash(m.group(1))
        if label.lower() == "sökande" and not is_given_name(body[name.start:name.end].split()[0]):
            continue  # "Sökande: Exeby Skoterklubb, org.nr ...": an applicant that is an organisation, a party
        if label[:1].isupper() and _after_a_name(body, m.start()) and _title_ends_after(body, name.end, len(body)):
            continue  # "Eva Törnqvist Ordförande Per Ek Sekreterare": the label is Eva Törnqvist's title
        role = _label_role(label)
        title = None if label.lower().startswith(("utses", "val av", "justeras", "kontakt")) else label
        if title and title.lower() in ("ledamöter", "tjänstgörande ersättare"):
            title = None
        out.append(Candidate(name, title, role))
        # "Lisa Holm (S) och Per Ek (M)": the second name of a pair shares the label.
        rest = _PAIR_JOIN.match(body, name.end)
        if rest and role == "justerare":
            second = _name_starting_at(body, rest.end(), loose=True)
            if second:
                out.append(Candidate(second, title, role))
    return out


# Roles of the överförmyndare's matters written in two words before a name, in lower case.
_TWO_WORD_ROLE = re.compile(r"(?<![\wåäö])(gode? man)[ \t]+$", re.I)
# A role a decision gives a person, written before the verb of appointing and the name: "Som
# kontrollansvarig godkänns Per Ek", "Till ersättare utses Eva Berg".
_ROLE_BY_VERB = re.compile(r"(?<![\wåäö])(?:[Ss]om|[Tt]ill)[ \t]+((?:[a-zåäö]+[ \t]+)?[a-zåäö]{4,})[ \t]+"
                           r"(?:utses|godkänns|väljs|förordnas|anställs|utsågs|godkändes|valdes|förordnades)[ \t]+$")


def _shares_label(body: str, before: Candidate, name: NameMatch) -> bool:
    """``name`` is the second of a pair after a labelled title opening its line ("Utredare: Sara
    Ek och Per Al"): the label is said of both."""
    if not before.title or not re.fullmatch(r"[ \t]+och[ \t]+", body[before.match.end:name.start]):
        return False
    line_start = body.rfind("\n", 0, before.match.start) + 1
    return re.fullmatch(r"[ \t]*" + re.escape(before.title) + r"[ \t]*:[ \t]*", body[line_start:before.match.start], re.I) is not None


# Prose going on after a name that opens its line: "Anna Ek redogör ...", "Per Al (S) yrkar ...".
# (one space, no column's gap: "Eva Ek      s      Ledamot" is a table's row)
_PROSE_AFTER_NAME = re.compile(r"(?: ?\([^()\n]{1,6}\))? [a-zåäö]{2,}")
# What stands before a title ending a wrapped line of prose: a sentence's end or a word in lower case,
# after a few words (not a heading's "§ 31   Val av" over "Eva Ek utses ...") and no column's gap.
_PROSE_BEFORE_TITLE = re.compile(r"(?:[.!?]|[a-zåäö])$")
_PROSE_WORDS = 5
_GAP_IN_LINE = re.compile(r"\S(?:\t|[ ]{3,})\S")


def _title_over_wrap(body: str, name: NameMatch) -> tuple[str, bool, bool, int] | None:
    """A title ending a line of prose whose next line opens with the name and goes on as prose:
    "... om 35 kvadratmeter. Byggnadsinspektör" / "Anna Ek redogör för ärendet." (a plain text
    keeps the lines the page wrapped). Not a list's lines ("Ordförande" / "Per Ek"): the line
    over the name holds prose before the title, the name's line goes on in lower case."""
    line_start = body.rfind("\n", 0, name.start) + 1
    if line_start < 2 or body[line_start:name.start].strip() or not _PROSE_AFTER_NAME.match(body, name.end):
        return None
    found = _title_before_with_context(body, line_start - 1)
    if not found or found[1] or found[2]:
        return None
    before = body[body.rfind("\n", 0, line_start - 1) + 1:found[3]].rstrip()
    if len(before.split()) < _PROSE_WORDS or not _PROSE_BEFORE_TITLE.search(before) or _GAP_IN_LINE.search(before):
        return None
    return found


def title_before_name_people(body: str, names: list[NameMatch], consumed: set[int]) -> list[Candidate]:
    """"Kommundirektör Anna Berg", "verksamhetschef Per Ek": a title word right before a name."""
    out = []
    for k, name in enumerate(names):
        found = _title_before_with_context(body, name.start)
        if not found and out and k and out[-1].match is names[k - 1] and _shares_label(body, out[-1], name):
            out.append(Candidate(name, out[-1].title, out[-1].role))  # "Utredare: Sara Ek och Per Al": both are
            continue
        if not found:
            found = _title_over_wrap(body, name)
        if not found:
            role = _TWO_WORD_ROLE.search(body, max(0, name.start - 16), name.start)
            if role:  # "arvodet till god man Sara Lind": a role of two words, neither a title alone
                out.append(Candidate(name, role.group(1), None))
                continue
            appointed = _ROLE_BY_VERB.search(body, max(0, name.start - 60), name.start)
            if appointed:  # "Som kontrollansvarig godkänns Per Ek", "Till ordförande utses Eva Berg"
                out.append(Candidate(name, appointed.group(1), role_of(appointed.group(1), None)))
            continue
        title = None if found[1] or found[2] or found[3] in consumed else found[0]  # the entry before's
        if title and k and names[k - 1].end >= found[3] - 2 and _titled_after(body, names, k):
            title = None  # "Eva Törnqvist Ordförande Per Ek Sekreterare": names first, titles after
        out.append(Candidate(name, title, role_of(title, None)))
    return out


_SIGNATURE_LABEL_LINE = re.compile(
    r"^\s*(?:underskrift(?:er)?\s+)?(sekreterare|ordförande|justerare|justerande|protokollsjusterare|"
    r"(?:justerandes|ordförandes|sekreterarens)\s+(?:signatur|underskrift))\b[\s._…]*"
    r"(?:paragrafer?\b.*)?$", re.I)


# A row of signature boxes' labels, the justerare's first: "Justerandes signatur     Utdragsbestyrkande".
_SIGNATURE_BOX_ROW = re.compile(r"([ \t]*)(justerandes|justerares)[ \t]+sign(?:atur|\.)?(?:\t|[ ]{3,})[ \t]*"
                                r"(?:utdragsbestyrkande|ordförandes[ \t]+sign(?:atur|\.)?)[ \t]*", re.I)
_BOX_ROW_REACH = 6  # lines from the labels' row down to the names under the first box


# A word every label of _SIGNATURE_LABEL_LINE and _SIGNATURE_BOX_ROW holds.
_SIGNATURE_WORD = re.compile(r"(?=[soj])(?:sekreterar|ordförande|justera)", re.I)  # (the lookahead: their first letters, scanned for first)


def signature_label_blocks(ctx) -> list[tuple[int, int, str]]:
    """(start, end, label) of the line under a signature label line ("Ordförande ........."), and
    of the names under the first of a row of signature boxes' labels."""
    lines = ctx.lines
    blocks = []
    # Only lines holding a label's word can be either row: they are found by one scan of the text.
    labelled = {bisect.bisect_right(ctx.line_starts, m.start()) - 1 for m in _SIGNATURE_WORD.finditer(ctx.body)}
    for i in sorted(labelled):
        line = lines[i][2]
        row = _SIGNATURE_BOX_ROW.fullmatch(line)
        if row:
            names = _first_box_names(ctx.body, lines, i, len(row.group(1)))
            if names is not None:
                blocks.append((lines[names][0], lines[names][1], "justerare"))
            continue
        side_by_side = _label_row_over_names(lines, i)
        if side_by_side:
            blocks += side_by_side
            continue
        m = _SIGNATURE_LABEL_LINE.match(line)
        if not m or not _heads_next_line(lines, i):
            continue  # "Anna Berg / Ordförande": a bare label is the title of the name above it
        j = _next_nonblank(lines, i, limit=2)
        if j is not None and not _SIGNATURE_LABEL_LINE.match(lines[j][2]):
            blocks.append((lines[j][0], lines[j][1], m.group(1)))
    return blocks


_RULE_CELL = re.compile(r"[._…]{3,}")
_RULE_LINE = re.compile(r"[ \t._…]*")


def _label_row_over_names(lines, i: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of each name in the line under a row of signature labels side by side
    ("Ordförande ........      Justerare ........" / "Sven Ek        Eva Al", their rules on a line of
    their own between too): each name is its column's. Not a row of titles under a row of names
    ("Sven Ek   Eva Al" / "Ordförande   Justerare"), unless rules show the row heads what follows."""
    line = lines[i][2]
    if "  " not in line and "\t" not in line:
        return []
    cells = [(at, cell) for at, cell in split_cells(line) if not _RULE_LINE.fullmatch(cell)]
    if len(cells) < 2 or not all(_SIGNATURE_LABEL_LINE.match(cell) for _at, cell in cells):
        return []
    ruled = bool(_RULE_CELL.search(line))
    j = i + 1
    while j < len(lines) and j <= i + 4 and _RULE_LINE.fullmatch(lines[j][2]):
        ruled = ruled or bool(_RULE_CELL.search(lines[j][2]))
        j += 1
    if j >= len(lines) or j > i + 4 or not (ruled or not _name_line_above(lines, i)):
        return []
    start, _end, text = lines[j]
    names = split_cells(text)
    if not names or not all(is_name(cell) for _at, cell in names):
        return []
    # Rows parted by tabs keep no character columns: a name is the label's of the same rank.
    by_rank = "\t" in line and "\t" in text and len(names) == len(cells)
    out = []
    for k, (at, cell) in enumerate(names):
        label = cells[k][1] if by_rank else max((c for c in cells if c[0] <= at + 2), default=cells[0], key=lambda c: c[0])[1]
        out.append((start + at, start + at + len(cell), _SIGNATURE_LABEL_LINE.match(label).group(1)))
    return out


def _first_box_names(body: str, lines, i: int, indent: int) -> int | None:
    """The first line below a row of box labels that starts in the first box's column, when it
    holds names (the lines between are the other boxes' cells, indented under their own labels;
    a rule, a certification's words or a title there first: the boxes are read otherwise)."""
    for j in range(i + 1, min(len(lines), i + 1 + _BOX_ROW_REACH)):
        start, end, text = lines[j]
        if text.strip() and len(text) - len(text.lstrip()) <= indent + 2:
            return j if find_names(body, start, end, loose=True) else None
    return None


def signature_label_people(ctx) -> list[Candidate]:
    out = []
    for start, end, label in signature_label_blocks(ctx):
        for name in find_names(ctx.body, start, end, loose=True):
            out.append(Candidate(name, label, role_of(label, "signatory")))
    return out


@dataclass
class ListBlock:
    """An attendance list: its heading as written, the role its names get, and the stretches of
    text holding its entries (several when lists stand in columns side by side)."""

    heading: str
    role: str | None
    segments: list[tuple[int, int]]


def _heading_role(heading: str) -> str | None:
    low = heading.lower()
    if "ersättare" in low:
        return "ersättare"
    return "ledamot" if low.startswith(("beslutande", "ledamöter")) else None


def attendance_blocks(ctx, names: list[NameMatch]) -> list[ListBlock]:
    """Attendance lists: from a capitalised heading to the next heading, a label that ends such
    lists (Utses att justera, Paragrafer, Underskrifter, Ärenden), or a line with no name after
    lines with names. Headings side by side on one line ("Ledamöter     Ersättare") head columns.
    ``names``: the document's names (loose), in order."""
    body = ctx.body
    # "utsågs till ersättare" is prose: a heading is capitalised ("Ersättare", "ERSÄTTARE").
    heads = [h for h in _LIST_HEADING.finditer(body) if h.group(1)[0].isupper() and not _substitute_cell(body, h)]
    # A table's name column right under a list's heading ("Beslutande" / "Namn   Parti   Roll") is that list's.
    heads = [h for k, h in enumerate(heads) if not (k and _COLUMN_HEAD.fullmatch(h.group(1))
                                                     and not body[heads[k - 1].end():h.start()].strip())]
    blocks: list[ListBlock] = []
    in_columns: set[int] = set()
    for group in _column_heading_rows(ctx, heads):
        blocks.extend(_column_blocks(ctx, group))
        in_columns.update(h.start() for h in group)
    for k, h in enumerate(heads):
        if h.start() in in_columns:
            continue
        end = min(len(body), h.end() + _LIST_WINDOW)
        if k + 1 < len(heads):
            end = min(end, heads[k + 1].start())
        stop = _LIST_END.search(body, h.end(), end)
        if stop:
            end = stop.start()
        end = _end_at_nameless_line(body, h.end(), end, names)
        heading = squash(h.group(1))
        blocks.append(ListBlock(heading, _heading_role(heading), [(h.end(), end)]))
    return blocks


def _substitute_cell(body: str, head: re.Match) -> bool:
    """"Arvid Holst   V   Ersättare för Mona Ek (V)": a row's role cell naming whom the member
    stands in for, after the row's name on its line, no list's heading."""
    line_start = body.rfind("\n", 0, head.start()) + 1
    return bool(body[line_start:head.start()].strip()) and re.match(r"[ \t]+för[ \t]+[A-ZÅÄÖ]", body[head.end(1):]) is not None


def _names_within(names: list[NameMatch], start: int, end: int) -> list[NameMatch]:
    lo = bisect.bisect_left(names, start, key=lambda n: n.start)
    hi = bisect.bisect_left(names, end, key=lambda n: n.start)
    return [n for n in names[lo:hi] if n.end <= end]


def _end_at_nameless_line(body: str, start: int, end: int, names: list[NameMatch]) -> int:
    """A one-name-a-line list ends at the first line with text but no name after its names."""
    if body.find("\n", start, end) < 0:
        return end  # a flattened list: one line
    name_starts = [n.start for n in _names_within(names, start, end)]
    seen_name = False
    nameless = 0  # long lines before the first name: two of them and this is no list
    pos = start
    k = 0
    while pos < end:
        nl = body.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = body[pos:line_end]
        while k < len(name_starts) and name_starts[k] < pos:
            k += 1
        # Short lines ("(S)", "§ 4") neither start nor end a list; nor does a role's cell of a table read
        # one cell a line under its name ("Eva Ek" / "S" / "2:e vice ordförande", plain pdftotext's rows).
        stripped = line.strip()
        named = _has_name_at(name_starts, k, line_end)
        if len(stripped) > 12 and not (seen_name and is_title(stripped) and not named):
            # (a row shaped as an entry, "[X] Berg Anna, ordförande", holds one the recogniser missed)
            has_name = named or _entry_words(_ENTRY.match(line)) is not None
            if seen_name and not has_name:
                return pos
            nameless += not has_name
            if not seen_name and nameless >= 2:
                return start
            seen_name = seen_name or has_name
        pos = line_end + 1
    return end


def _has_name_at(name_starts: list[int], k: int, line_end: int) -> bool:
    """Whether the next name (name_starts[k], the first at or after the line's start) opens before ``line_end``."""
    return k < len(name_starts) and name_starts[k] < line_end


def _column_heading_rows(ctx, heads: list[re.Match]) -> list[list[re.Match]]:
    """Groups of headings that share a line and stand apart by wide gaps."""
    rows: dict[int, list[re.Match]] = {}
    line_start, searched_to = 0, 0
    for h in heads:
        # From where the last search ended, not the text's start: many headings on one long line.
        if h.start() < searched_to:
            searched_to, line_start = 0, 0
        newline = ctx.body.rfind("\n", searched_to, h.start())
        line_start = newline + 1 if newline >= 0 else line_start
        searched_to = h.start()
        rows.setdefault(line_start, []).append(h)
    out = []
    for line_start, group in rows.items():
        if len(group) < 2:
            continue
        gaps = [ctx.body[a.end(1):b.start()] for a, b in zip(group, group[1:])]
        line_end = ctx.body.find("\n", group[-1].end(1))
        rest = ctx.body[group[-1].end(1):len(ctx.body) if line_end < 0 else line_end]
        if all(re.fullmatch(r"\s{3,}|\t+\s*", g) for g in gaps) and not rest.strip():
            out.append(group)
    return out


def _column_blocks(ctx, group: list[re.Match]) -> list[ListBlock]:
    """Cells of the lines under a row of headings, each given to the heading whose column it
    starts in; the columns end at a blank line after entries or a label that ends lists."""
    body = ctx.body
    line_start = body.rfind("\n", 0, group[0].start()) + 1
    cols = [h.start() - line_start for h in group]
    blocks = [ListBlock(squash(h.group(1)), _heading_role(h.group(1)), []) for h in group]
    started = False
    lines = ctx.lines
    first = bisect.bisect_right(ctx.line_starts, group[-1].end(1))  # the lines after the row
    for start, end, line in lines[first:]:
        if not line.strip():
            if started:
                break
            continue
        if _LIST_END.match(line.strip()) or start - group[-1].end(1) > _LIST_WINDOW:
            break
        started = True
        for off, cell in split_cells(line):
            k = max((i for i, c in enumerate(cols) if c <= off + 2), default=0)
            blocks[k].segments.append((start + off, start + off + len(cell)))
    return blocks


# An entry that opens a list's row or cell, after a check box ("[X] Berg Anna, ordförande",
# "Berg, Anna (S)"): one surname, a comma or not, one given name (double-barrelled or two words after a
# comma), then the row's party letters, a comma before its role, or the cell's end.
_ENTRY = re.compile(
    rf"[ \t]*(?:\[[ \txX✓✔]?\][ \t]*|[☐☑☒□■][ \t]+)?(?P<sur>{_NAME_WORD})(?P<comma>,)?[ ]"
    rf"(?P<given>{_NAME_WORD}(?(comma)(?:[ ]{_NAME_WORD})?))"
    rf"(?P<tail>[ \t]*(?:\([ \t]*[A-ZÅÄÖa-zåäö]{{1,3}}[ \t]*\)|,|$))")
_PARTY_LETTERS = re.compile(r"[ \t]*\(")
_CAPITALISED_NEXT = re.compile(r"[ \t]*([A-ZÅÄÖ][\wåäö-]*)")
_ENTRY_OPENS = re.compile(r"(?:[,;:]|(?<![\w-])(?:för|ersätter|ersatt av))[ \t]+(?=[A-ZÅÄÖ])")


def _surname_like(word: str) -> bool:
    return is_known_surname(word) or word.lower().endswith(SURNAME_ENDINGS)


def _order_vote(words: list[str]) -> int:
    """How one entry's two names lean: +1 "Surname Given" (only the last word a given name, or,
    neither or both being given names, only the first surname-like), -1 "Given Surname", 0 unsure."""
    return _pair_lean(words[0], words[-1])


@names_data.cached_on_names(maxsize=4096)  # (a long protocol lists the same members on every page)
def _pair_lean(first: str, last: str) -> int:
    given_first, given_last = is_given_name(first), is_given_name(last)
    if given_last != given_first:
        return 1 if given_last else -1
    sur_first, sur_last = _surname_like(first), _surname_like(last)
    if sur_first != sur_last:
        return 1 if sur_first else -1
    return 0


def _entry_words(m: re.Match | None) -> list[str] | None:
    """The words of an entry-shaped match that may be a name: no title, function or body word; the
    given name known or a capitalised word no common Swedish one ("Befattning" is), the surname any
    name word ("Ask", "Vinter": common words are surnames too)."""
    if m is None:
        return None
    sur, given = m.group("sur"), m.group("given").split()
    words = [sur, *given]
    if any(w.lower() in _NOT_NAME_WORDS or is_title_word(w) for w in words):
        return None
    if not all(is_given_name(w) or can_be_name_word(w) for w in given) or not can_be_name_word(sur, allow_common=True):
        return None
    if m.group("comma"):
        # "Berg, Lindström, Ek": a row of surnames, no "Surname, Given" entry; so is a surname's shape after the comma.
        if any(_surname_like(w) and not is_given_name(w) for w in given):
            return None
        after = _CAPITALISED_NEXT.match(m.string, m.end())
        if m.group("tail").strip() == "," and after and not is_title_word(after.group(1)):
            return None
    return words


def _entry_vote(name: NameMatch, comma: bool, said_reversed: ReversedPairs) -> int:
    """An entry's lean (see _order_vote); a comma after the first word, or (for an entry whose
    words do not lean) the same two words the other way round elsewhere in the document, is a
    strong vote for "Surname Given"."""
    words = name.name.split()
    if comma:
        return 2
    if len(words) != 2:
        return 0
    vote = _order_vote(words)
    return 2 if vote == 0 and said_reversed.elsewhere(name) else vote


def _list_votes(entries: list[tuple[NameMatch, bool]], said_reversed: ReversedPairs) -> list[int]:
    """The entries' votes; of one person listed both ways (a signature under the list: "Berg Anna"
    above, "Anna Berg" below) only the reading for "Surname Given" counts."""
    votes = [_entry_vote(n, comma, said_reversed) for n, comma in entries]
    written = {n.name: v for (n, _), v in zip(entries, votes)}
    return [0 if v < 0 and written.get(" ".join(reversed(n.name.split())), 0) > 0 else v
            for (n, _), v in zip(entries, votes)]


_WORD_TOKEN = re.compile(r"[\w-]+")
_PAIR_GAP = re.compile(r"[ \t\n]+")


class ReversedPairs:
    """Where the document writes given two-word entries the other way round ("Berg Anna" in a list,
    "Anna Berg" under a signature or in a § text). Only entries that do not lean ask (see
    _entry_vote), and all of them are found by one walk over the text's words: a search of the
    whole text for each would cost the text's length per entry."""

    def __init__(self, body: str, names: list[NameMatch]):
        self.spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        wanted = {(w[1], w[0]) for w in (n.name.split() for n in names)
                  if len(w) == 2 and _order_vote(w) == 0}
        if not wanted:
            return
        # The words as strings first (one call in C), the pairs tested on them; the words' places
        # are read only when a pair is wanted: most texts write no entry the other way round.
        words = _WORD_TOKEN.findall(body)
        firsts = {first for first, _second in wanted}
        hits = {k for k in range(len(words) - 1) if words[k] in firsts and (words[k], words[k + 1]) in wanted}
        if not hits:
            return
        prev = None
        for k, m in enumerate(_WORD_TOKEN.finditer(body)):
            if k - 1 in hits and _PAIR_GAP.fullmatch(body, prev.end(), m.start()):
                self.spans.setdefault((prev.group(), m.group()), []).append((prev.start(), m.end()))
            prev = m

    def elsewhere(self, name: NameMatch) -> bool:
        words = name.name.split()
        if len(words) != 2:
            return False
        spans = self.spans.get((words[1], words[0]), ())
        return any(end <= name.start or start >= name.end for start, end in spans)


def _entry_rows(ctx, block: ListBlock, names: list[NameMatch]) -> list[tuple[NameMatch, bool, bool]]:
    """Entries that open a row or a cell of the list and that the name recogniser missed (given
    names it lacks, "Berg, Anna"): (the name as written, comma form, weak: the surname is neither
    known nor shaped like one and no party letters vouch for it, "Umeå, Anna"). The list says they
    are people; a guard keeps out places and bodies ("Räddningstjänsten Mitt")."""
    body = ctx.body
    out = []
    starts = [n.start for n in names]  # (names come sorted by start)
    for seg_start, seg_end in block.segments:
        pos = seg_start
        while pos < seg_end:
            nl = body.find("\n", pos, seg_end)
            line_end = seg_end if nl < 0 else nl
            line = body[pos:line_end]
            # Where entries open: a cell's start, and (with party letters after the name) a flattened
            # list's separator or a row's note of whom the member stands in for ("ersätter Berg Anna (S)").
            # (matched in place, the cell's end as the pattern's end: slicing a long flattened line at
            # each separator would cost its length at each)
            opens = [(off, off + len(cell), False) for off, cell in split_cells(line)]
            opens += [(m.end(), len(line), True) for m in _ENTRY_OPENS.finditer(line)]
            for off, cell_end, inner in opens:
                m = _ENTRY.match(line, off, cell_end)
                if not m or (inner and not _PARTY_LETTERS.match(m.group("tail"))):
                    continue
                start, end = pos + m.start("sur"), pos + m.end("given")
                if _found_already(names, starts, start, end):
                    continue
                if _entry_words(m) is None:
                    continue
                sur = m.group("sur")
                comma, party = m.group("comma") is not None, bool(_PARTY_LETTERS.match(m.group("tail")))
                weak = not (_surname_like(sur) or party or is_given_name(sur))  # (kept where the list prints surname first)
                out.append((NameMatch(start, end, " ".join(body[start:end].replace(",", " ").split())), comma, weak))
            pos = line_end + 1
    return out


def _found_already(names: list[NameMatch], starts: list[int], start: int, end: int) -> bool:
    """A name within _LOOK of [start, end) overlaps it (the names before ``end``, walked back)."""
    i = bisect.bisect_left(starts, end + _LOOK) - 1
    while i >= 0 and starts[i] >= start - _LOOK:
        n = names[i]
        if n.start < end and start < n.end <= end + _LOOK:
            return True
        i -= 1
    return False


def attendance_people(ctx, all_names: list[NameMatch]) -> list[Candidate]:
    """Every name in an attendance list, the heading as its title when it names a function
    ("Ersättare"). A list printing most names "Surname Given" turns all of them, also those whose
    given name the model lacks; rows the recogniser missed are read by their shape."""
    out = []
    lists = []
    for block in attendance_blocks(ctx, all_names):
        found = [n for s, e in block.segments for n in _names_within(all_names, s, e)]
        lists.append((block, found, _entry_rows(ctx, block, found)))
    said_reversed = ReversedPairs(ctx.body, [n for _, found, rows in lists for n in found + [r[0] for r in rows]])
    for block, found, rows in lists:
        # "Ersättare", "Ledamöter" name a function; "Beslutande", "Övriga närvarande" do not.
        title = block.heading if re.search(r"ersättare|ledamöter", block.heading, re.I) else None
        entries = sorted([(n, False) for n in found] + [(n, comma) for n, comma, weak in rows if not weak], key=lambda e: e[0].start)
        votes = _list_votes(entries, said_reversed)
        plus, minus = sum(v > 0 for v in votes), sum(v < 0 for v in votes)
        surname_first = plus > minus
        if surname_first and any(weak for _, _, weak in rows):
            entries = sorted(entries + [(n, False) for n, _, weak in rows if weak], key=lambda e: e[0].start)
            votes = _list_votes(entries, said_reversed)
        found_here = set(found)
        for (name, comma), vote in zip(entries, votes):
            words = name.name.split()
            was_turned = natural_order(name.name) != name.name
            # A row no other finder reads keeps its own title: "Kask, Märit, kommundirektör".
            row_title = None if name in found_here else _row_title(ctx.body, name.end)
            entry_title, role = (row_title, role_of(row_title, block.role)) if row_title else (title, block.role)
            if comma or (len(words) == 2 and not was_turned and (surname_first or (vote > 0 and not minus))):
                # "Anna Berg", "Jorun Lindmark" (only the last word surname-like) keep their order.
                given_first = (_surname_like(words[-1]) and not is_given_name(words[-1])
                               and (not _surname_like(words[0]) or is_given_name(words[0])))
                if comma or not given_first:
                    # "Harald Arvida" in a "Surname Given" list: the list's order decides.
                    name = NameMatch(name.start, name.end, " ".join(words[1:] + words[:1]))
                    out.append(Candidate(name, entry_title, role, weak_title=not row_title, as_written=True, ordered=True))
                    continue
            if name in found_here or surname_first or vote != 0:
                out.append(Candidate(name, entry_title, role, weak_title=not row_title))
    return out


def _row_title(body: str, end: int) -> str | None:
    """The title after an entry's comma (party letters may stand between): ", ordförande"."""
    lead = _ROW_TITLE_LEAD.match(body, end)
    if not lead:
        return None
    title, _ = _title_after(body, lead.end(), min(len(body), lead.end() + _LOOK))
    return title


# ---------------------------------------------------------------- signature layouts


def _split_titles(line: str) -> list[str]:
    """One line holding several titles side by side: "Socialdirektör Bitr. förvaltningschef"."""
    titles: list[list[str]] = []
    for w in line.split():
        starts_new = bool(_TITLE_PREFIX.match(w + " ")) or (is_title(w) and titles and is_title(" ".join(titles[-1])))
        if not titles or starts_new:
            titles.append([w])
        else:
            titles[-1].append(w)
    return [" ".join(t) for t in titles]


def _squeezed_pair(body: str, line_start: int, line: str, next_line: str, role: str) -> list[Candidate]:
    """Two signature columns squeezed onto one line each: "Anna Berg Per Lind" over
    "Socialdirektör Ekonomichef"; the recogniser cuts before the second given name."""
    words = line.split()
    if not 4 <= len(words) <= 6 or not all(w[0].isupper() for w in words):
        return []
    titles = _split_titles(next_line.strip())
    if len(titles) != 2 or not all(is_title(t) for t in titles):
        return []
    names = find_names(body, line_start, line_start + len(line), loose=True)
    if len(names) != 2 or body[line_start:names[0].start].strip() or body[names[1].end:line_start + len(line)].strip():
        return []
    return [Candidate(n, t, role) for n, t in zip(names, titles)]


def _next_nonblank(lines, i: int, limit: int = 3) -> int | None:
    j = i + 1
    while j < len(lines) and j <= i + limit:
        if lines[j][2].strip():
            return j
        j += 1
    return None


def _cell_match(start: int, cell: str) -> NameMatch:
    cell = cell.rstrip(", ")
    return NameMatch(start, start + len(cell), squash(cell))


def _name_line_above(lines, i: int) -> bool:
    k = i - 1
    while k >= 0 and i - k <= 3 and not lines[k][2].strip():
        k -= 1
    if k < 0:
        return False
    cells = split_cells(lines[k][2])
    # ("Eva Berg (C)" / "Ordförande": a signer's party after the name, the label still the title of that name)
    return bool(cells) and all(is_name(_PARTY_END.sub("", c)) for _, c in cells)


_PARTY_END = re.compile(PARTY.pattern + r"[ \t]*$")


def _heads_next_line(lines, i: int) -> bool:
    """Line i is a signature label for the line below: "Ordförande ......", or a bare
    "Ordförande" that is not the title line of a name just above it."""
    line = lines[i][2]
    if not _SIGNATURE_LABEL_LINE.match(line):
        return False
    if re.search(r"[._…]{3,}", line) or not _name_line_above(lines, i):
        return True
    # A name above and a line right below: the label goes with the line it touches. "Sekreterare
    # / Anna Berg / (blank) / Ordförande / Per Ek": it heads Per Ek; "Anna Berg / Ordförande": Anna's.
    return bool(lines[i - 1][2].strip() == "" and i + 1 < len(lines) and lines[i + 1][2].strip())


def _label_above(lines, i: int) -> bool:
    k = i - 1
    while k >= 0 and i - k <= 3 and not lines[k][2].strip():
        k -= 1
    return k >= 0 and _heads_next_line(lines, k)


_CELL_PARTY = re.compile(r"[ \t]+\((?:[A-ZÅÄÖ]{1,3}|[a-zåäö]{1,3})\)$")


def _lone_title_above(lines, i: int) -> bool:
    """Line i (a lone name) has a lone title right above it that opens its block (a blank line or
    the text's start over it): a signer's title over the name. Not a title under another name
    ("Anna Berg" / "Ordförande" / "Per Ek": that name's title)."""
    if i < 1:
        return False
    above = lines[i - 1][2]
    if not above.strip() or above[:1].isspace() != lines[i][2][:1].isspace():
        return False
    cells = split_cells(above)
    if len(cells) != 1 or not is_title(cells[0][1]) or is_name(cells[0][1]):
        return False
    return i < 2 or not lines[i - 2][2].strip()


def _title_row_above(lines, i: int, offsets: list[int]) -> list[str] | None:
    """The titles of a row right above line i whose cells stand over its name cells (each at
    its name's column, give or take two characters), every cell a title."""
    k = i - 1
    while k >= 0 and i - k <= 2 and not lines[k][2].strip():
        k -= 1
    if k < 0 or not lines[k][2].strip():
        return None
    cells = split_cells(lines[k][2])
    # (rows parted by tabs keep no character columns: a title stands over the name of its rank)
    by_rank = "\t" in lines[k][2] and "\t" in lines[i][2]
    # (or a signature's label over each column: "Vid protokollet     Justerat" over "Eva Ek     Per Holm")
    if len(cells) != len(offsets) or not all((is_title(c) or _LABEL.match(c)) and (by_rank or abs(o - n) <= 2)
                                             for (o, c), n in zip(cells, offsets)):
        return None
    return [c for _o, c in cells]


def signature_people(ctx) -> list[Candidate]:
    """Layout finders: label lines (Handläggare ...), "Name, Title" lines, name cells over title
    cells, names under a signature rule or place-and-date line. Lines wholly inside page
    furniture are passed over: a signature table broken over a page reads on under its header."""
    lines = ctx.content_lines
    out: list[Candidate] = []
    label_role: str | None = None
    label_title: str | None = None  # a title on its own line in a label's block, over its name
    last_rule = -10
    n_lines = len(lines)
    for i, (start, end, line) in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        first = s[0]
        if first in "_.…" or first.isalpha() or first.isupper():  # (a line opened otherwise is no rule,
            # place-and-date line or label: their patterns are not tried on digits and marks)
            if _SIGNATURE_RULE.match(s) or _SIGNATURE_PLACE_DATE.match(s):
                last_rule = i  # a name just below signs (OCR often loses the rule itself)
                continue
            if i - last_rule <= 3 and _SIGNS_FOR.match(s):
                last_rule = i  # "För X-partiet" over the names that sign for it
                continue
            label = _LABEL.match(s)
            if label:
                label_role = _ROLE_BY_LABEL.get(" ".join(label.group(1).lower().split()))
                label_title = None
                continue
        if not first.isupper() or len(s) > 120:
            if label_role and not _PHONE.search(s) and not _EMAIL.search(s):
                label_role = None
            continue
        cells = split_cells(line)
        if len(cells) >= 2 and s.count(",") >= len(cells):
            # "Anna Berg, ordförande<TAB>Per Ek, sekreterare": a "Name, Title" in each column (a
            # signature table); a title never runs over into the next cell.
            cell_parts = [(o, [p.strip() for p in c.split(",")]) for o, c in cells]
            if all(len(ps) >= 2 and is_name(ps[0]) and is_title(ps[1]) for _, ps in cell_parts):
                for o, ps in cell_parts:
                    out.append(Candidate(_cell_match(start + o, ps[0]), ps[1], label_role or "contact"))
                continue
        parts = [p.strip() for p in s.split(",")]
        if len(parts) >= 2 and is_name(parts[0]) and is_title(parts[1]):
            out.append(Candidate(_cell_match(start + line.index(parts[0]), parts[0]), parts[1], label_role or "contact"))
            continue
        j = _next_nonblank(lines, i)
        next_line = lines[j][2] if j is not None else ""
        # A signature cell may carry the signer's party after the name: "Eva Lund (S)    Per Ek".
        cells = [(o, _CELL_PARTY.sub("", c) if c.endswith(")") else c) for o, c in cells]
        name_cells = [(o, c) for o, c in cells if is_name(c)]
        pair: list[Candidate] = []
        if len(cells) == 1 and next_line:
            # Before the whole line is read as one name: "Anna Berg Per Lind" over "Ordförande
            # Sekreterare" is two people whose columns OCR or a converter squeezed together.
            role = "signatory" if i > n_lines * 0.5 or i - last_rule <= 3 else (label_role or "signatory")
            pair = _squeezed_pair(ctx.body, start, s if line.startswith(s) else line, next_line, role)
            out.extend(pair)
        if name_cells and len(name_cells) == len(cells) and not pair:
            title_cells = [c for _, c in split_cells(next_line)] if next_line else []
            if _label_above(lines, i):
                title_cells = []  # "Sekreterare / Anna Berg / Ordförande / Per Ek": labels head names
            if len(title_cells) == 1 and len(name_cells) > 1:
                title_cells = _split_titles(title_cells[0])
            # (A cell ending in party letters is the next signer's name, no title: "Per Ek (M)".)
            # (Nor is a label's line with its own name: "Karl Holm (V)" / "Sekreterare: Stina Ek".)
            titles = [t if is_title(t) and not _CELL_PARTY.search(t) and not _labelled_name(t) and not _title_and_name(t) else None
                      for t in title_cells]
            if not any(titles) and len(name_cells) > 1:
                # Titles in a row above the names, column over column: "Ordförande     Sekreterare"
                # over "Stig Ahl (M)     Ulla Hed".
                titles = _title_row_above(lines, i, [o for o, _c in name_cells]) or titles
            if not any(titles) and len(name_cells) == 1 and not label_role and _lone_title_above(lines, i):
                # "Ekonomichef" / "Petra Ek" closing a paper: a signer's title set over the name
                titles = [lines[i - 1][2].strip()]
            if label_title and len(name_cells) == 1 and not any(titles):
                titles = [label_title]  # "Kontakt" / "Nämndsekreterare" / "Anna Berg": the title heads the name
            label_title = None
            role = label_role
            if i - last_rule <= 3:
                role = "signatory"
            elif any(titles) and role is None:
                role = "signatory" if i > n_lines * 0.5 else "contact"
            if not any(titles) and role is None:
                continue
            for k, (off, cell) in enumerate(name_cells):
                title = titles[k] if k < len(titles) else None
                if title is None and role == "handläggare":
                    title = "Handläggare"  # the label is the title the document gives them
                out.append(Candidate(_cell_match(start + off, cell), title, role))
            if role == "signatory" and i - last_rule <= 3 and not any(titles):
                last_rule = i  # names under names sign too ("Anna Berg    Per Ek" / "Eva Lund")
            continue
        if (label_role and not label_title and len(cells) == 1 and is_title(s) and not is_name(s)
                and not _name_line_above(lines, i)):  # (under a name it is that name's title)
            label_title = s  # a contact box's title over the name: "Kontakt" / "Nämndsekreterare" / "Anna Berg"
            continue
        label_title = None
        if label_role and not is_name(s.rstrip(",")) and not _PHONE.search(s) and not _EMAIL.search(s):
            label_role = None  # the label's block has ended
    return out


def _title_and_name(cell: str) -> bool:
    """A title and a name after it, "Socialchef Eva Ek": a line of its own (a recipient in a
    distribution list), no title of the line above."""
    words = cell.split()
    # (a given name first, no comma: "Ordförande, Föreningen Exeby Träffpunkt" is a title and its organisation)
    return (len(words) >= 3 and "," not in cell and is_given_name(words[-2]) and is_name(" ".join(words[-2:]))
            and is_title(" ".join(words[:-2])))


def _labelled_name(cell: str) -> bool:
    """A label and the name it gives: "Sekreterare: Stina Ek", a line of its own, no title."""
    label, colon, rest = cell.partition(":")
    return bool(colon) and bool(label.strip()) and is_name(rest.strip())


# ---------------------------------------------------------------- assembly


# (and the paragraphs a present officer attended, after the title: "ekonom § 12", "barn- och skolchef §§ 4-6")
# (and a signer's phone number after the title: "Nämndsekreterare, 0123-456 78")
_TITLE_DEBRIS = re.compile(r"^(?:§*\s*\d+\s+|[A-ZÅÄÖ]{1,3}\s+(?=[a-zåäö]))|\s*(?:[._…]{3,}|\s{3,}|\t).*$"
                           r"|\s+§§?\s*\d{1,4}(?:\s*[-–,]\s*\d{1,4})*$"
                           r"|,[ \t]*(?:(?i:tel(?:efon)?|tfn)\.?:?[ \t]*)?\+?0\d{1,3}[- ]?\d{2,3}(?:[ ]?\d{2}){1,3}[ \t]*$")


def tidy_title(title: str | None) -> str | None:
    """A title without a leading number or party letters ("S ersättare") or a dot leader."""
    if not title:
        return None
    title = _TITLE_DEBRIS.sub("", title).strip(" ,:")
    return title or None


def _person(c: Candidate) -> dict:
    title = tidy_title(c.title)
    return {"name": c.name, "title": title, "role": c.role, "phone": None, "email": None,
            "span": [c.match.start, c.match.end]}


# A specific function beats a list heading's role, which beats "signed" or "to contact".
_ROLE_RANK = {None: 0, "contact": 1, "signatory": 2, "ledamot": 3, "ersättare": 4, "handläggare": 5,
              "föredragande": 5, "justerare": 5, "sekreterare": 5, "vice ordförande": 6, "ordförande": 6}


@lru_cache(maxsize=16384)
def _key(name: str) -> str:
    return " ".join(name.casefold().split())


class _Spans:
    """The spans of kept people, sorted by start: the first kept (in keeping order) that overlaps a
    span is found among the few near it, not by scanning them all (a long list has thousands)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.rows: list[tuple[int, int, int, str]] = []  # (start, order kept, end, key), sorted
        self.longest = 0

    def add(self, start: int, end: int, key: str) -> None:
        row = (start, len(self.rows), end, key)
        i = bisect.bisect(self.starts, start)
        self.starts.insert(i, start)
        self.rows.insert(i, row)
        self.longest = max(self.longest, end - start)

    def first_overlap(self, start: int, end: int) -> str | None:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        hits = [(order, key) for s, order, e, key in self.rows[lo:hi] if s < end and start < e]
        return min(hits)[1] if hits else None


_NEIGHBOURHOOD = 400  # characters around a name in which others show how its lines print names


def _order_by_neighbours(body: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name the recogniser turned ("Jabar Amin" read as "Amin Jabar": only the last word a
    known given name) is kept as written where the names around it are plainly written given
    name first and none plainly surname first: a signature or a list prints its names one way."""
    written = [" ".join(body[c.match.start:c.match.end].split()) for c in candidates]
    named = [c.name for c in candidates]  # (natural order, read once)

    def turned(k: int) -> bool:
        return written[k] != named[k] and sorted(written[k].split()) == sorted(named[k].split())

    def given_first(k: int) -> bool:
        words = written[k].split()
        return len(words) >= 2 and written[k] == named[k] and is_given_name(words[0])

    def surname_first(k: int) -> bool:
        return turned(k) and is_known_surname(written[k].split()[0])

    order = sorted(range(len(candidates)), key=lambda k: candidates[k].match.start)
    positions = [candidates[k].match.start for k in order]
    out = list(candidates)
    for k, c in enumerate(candidates):
        if c.ordered or not turned(k) or surname_first(k):
            continue
        lo = bisect.bisect_left(positions, c.match.start - _NEIGHBOURHOOD)
        hi = bisect.bisect_right(positions, c.match.start + _NEIGHBOURHOOD)
        near = [j for j in order[lo:hi] if candidates[j].match.start != c.match.start]
        if sum(map(given_first, near)) >= 2 and not any(map(surname_first, near)):
            out[k] = Candidate(NameMatch(c.match.start, c.match.end, written[k]), c.title, c.role, c.weak_title,
                               as_written=True)
    return out


_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-zåäö]")


def _without_genitive(body: str, c: Candidate) -> Candidate:
    """The name as itself where the text has its genitive: "ordförande Anna Bergs förslag" names
    Anna Berg. Only a surname whose form without the "s" is a known or surname-shaped one and
    whose form with it is no known name ("Jonas", "Fors" stay), before a lower-case word."""
    match = c.match
    last = body[match.start:match.end].rsplit(None, 1)[-1]
    if (not last.endswith("s") or last.endswith("ss") or not match.name.endswith(" " + last)
            or not _LOWER_WORD_NEXT.match(body, match.end)):
        return c
    stem = last[:-1]
    if is_given_name(last) or is_known_surname(last):
        return c
    if not (is_known_surname(stem) or stem.lower().endswith(SURNAME_ENDINGS)):
        return c
    name = match.name[: -len(last)] + stem
    return Candidate(NameMatch(match.start, match.end - 1, name), c.title, c.role, c.weak_title)


# An older list's way of telling two namesakes apart: the place after the name, before the party
# ("Erik Persson i Rusksele (c)"); no party after it, "i" opens a phrase of the text ("Anna Ek i Exeby kommun").
_PLACE_SUFFIX = re.compile(r"[ \t]+i[ \t]+([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?=[ \t]*\((?:[A-ZÅÄÖ]{1,3}|[a-zåäö]{1,3})\))")


def _with_place(body: str, c: Candidate) -> Candidate:
    """The name with its place suffix, "Erik Persson i Rusksele", where the text has one before a party."""
    m = _PLACE_SUFFIX.match(body, c.match.end)
    if not m:
        return c
    return Candidate(NameMatch(c.match.start, m.end(), f"{c.name} i {m.group(1)}"), c.title, c.role, c.weak_title,
                     as_written=True, ordered=True)


def _merge(candidates: list[Candidate], mentions: dict[int, list[int]]) -> list[dict]:
    """One person per name (first finder wins, later ones fill empty fields); a candidate whose
    span overlaps a kept person's is the same mention read differently and is dropped.
    ``mentions`` gets, per person (by id of its dict), the end offsets of all its mentions."""
    people: dict[str, dict] = {}
    weak: set[str] = set()  # people whose title is a list heading so far
    taken = _Spans()
    seen_ends: dict[int, set[int]] = {}  # mentions as sets: a name said thousands of times
    for c in candidates:
        key = _key(c.name)
        overlap = taken.first_overlap(c.match.start, c.match.end) if key not in people else None
        if key not in people and overlap is not None:
            key = overlap
        if key in people:
            kept = people[key]
            if c.title and (not kept["title"] or (key in weak and not c.weak_title)):
                kept["title"] = tidy_title(c.title)
                weak.discard(key)
            if _ROLE_RANK.get(kept["role"], 0) < 5 and _ROLE_RANK.get(c.role, 0) > _ROLE_RANK.get(kept["role"], 0):
                kept["role"] = c.role
            if c.match.end not in seen_ends[id(kept)]:
                seen_ends[id(kept)].add(c.match.end)
                mentions[id(kept)].append(c.match.end)
                # This mention is the person's too: another finder's reading of it ("Berg Anna" unturned
                # beside the list's "Anna Berg") joins the person rather than standing as a second one.
                if taken.first_overlap(c.match.start, c.match.end) is None:
                    taken.add(c.match.start, c.match.end, key)
            continue
        people[key] = _person(c)
        mentions[id(people[key])] = [c.match.end]
        seen_ends[id(people[key])] = {c.match.end}
        if c.weak_title:
            weak.add(key)
        taken.add(c.match.start, c.match.end, key)
    return sorted(people.values(), key=lambda p: p["span"][0])


# (a delegation list's "Beslutsfattare" is named in its column, with no role of ours: no entry)
_ROW_PERSON_LABELS = {"handläggare": "handläggare", "kontaktperson": "contact", "föredragande": "föredragande"}


def label_row_people(body: str) -> list[Candidate]:
    """"Handläggare  Telefon  Datum" over "Kim Berg  019-10 00 00  2031-05-17": the name in the label's column."""
    out = []
    for label, value, start in label_row_values(body):
        role = _ROW_PERSON_LABELS.get(label.lower().rstrip(".:"))
        line_start = body.rfind("\n", 0, start) + 1
        line_end = body.find("\n", start)
        in_row = len(split_cells(body[line_start: len(body) if line_end < 0 else line_end])) >= 2  # a row, not a label block
        if role and in_row and is_name(value):
            out.append(Candidate(NameMatch(start, start + len(value), value), label.rstrip(".:"), role))
    return out




def label_run_people(body: str) -> list[Candidate]:
    """A flattened head table's person in its place among the values: "Datum Diarienummer Handläggare"
    over "2040-03-01 RS 2040/0012 Eva Ek" (single spaces: no columns to read), "..., utredare" its title."""
    out = []
    for _m, values in label_runs(body, 0, min(len(body), RUN_CHARS)):
        for v in values:
            role = _ROW_PERSON_LABELS.get(v.label.strip().lower())
            if v.kind != "person" or v.value is None or not role:
                continue
            start, end = v.value
            name, _comma, title = body[start:end].partition(",")
            name = name.rstrip()
            if is_name(name):
                out.append(Candidate(NameMatch(start, start + len(name), name), title.strip() or v.label.strip(), role))
    return out


# A contact block's "Namn:" row, its "Titel:" (or "Befattning:") row near it and the block's heading above
# ("Handläggare" / "Namn: Eva Ek" / "Titel: Miljöstrateg" / "Telefon: ...").
_NAME_ROW = re.compile(r"^[ \t]*(?:Namn|NAMN)[ \t]*:[ \t]*(?=[A-ZÅÄÖ])([^\n]{3,60}?)[ \t]*$", re.M)
_TITLE_ROW = re.compile(r"^[ \t]*(?:Titel|Befattning|TITEL|BEFATTNING)[ \t]*:[ \t]*([^\n]{2,60}?)[ \t]*$", re.M)
_NEAR_ROWS = 200  # characters: the block's few lines


def name_row_people(body: str) -> list[Candidate]:
    """The person of a "Namn:" row, titled by the "Titel:" row beside it, in the role its block's heading names."""
    out = []
    for m in _NAME_ROW.finditer(body):
        name = m.group(1)
        if not is_name(name):
            continue
        title_row = _TITLE_ROW.search(body, m.end(), min(len(body), m.end() + _NEAR_ROWS))
        above = body[:m.start()].rstrip().rsplit("\n", 1)[-1].strip(" \t:")
        heading = _LABEL.match(above)
        role = _label_role(heading.group(1)) if heading and not heading.group(2) else None
        # (the heading titles its person as "Handläggare: Eva Ek" does; a contact label names no title, as there)
        title = title_row.group(1) if title_row else (above if heading and not heading.group(2) and role != "contact" else None)
        out.append(Candidate(NameMatch(m.start(1), m.start(1) + len(name), name), title, role))
    return out


# A table's heading row with a column of people: "Nr  Ärende  Dnr  Föredragande" (cells by tabs,
# as clean leaves Markdown and HTML tables).
_PERSON_COLUMN_HEAD = re.compile(r"^[^\n]*\t[^\n]*$", re.M)
_PERSON_COLUMN_LABEL = re.compile(r"(?:föredragande|handläggare|kontaktperson|beslutsfattare)", re.I)


def table_column_people(body: str) -> list[Candidate]:
    """A table with a column headed "Föredragande" (or "Handläggare", "Kontaktperson"): the
    names in its cells, each row to the table's end, are people with that heading as title."""
    out = []
    for head in _PERSON_COLUMN_HEAD.finditer(body):
        cells = head.group(0).split("\t")
        cols = [i for i, c in enumerate(cells) if _PERSON_COLUMN_LABEL.fullmatch(c.strip(" *:"))]
        if not cols or len(cells) < 2:
            continue
        pos = head.end() + 1
        while pos < len(body):
            end = body.find("\n", pos)
            end = len(body) if end < 0 else end
            row = body[pos:end]
            if not row.strip() and end < len(body):
                nxt = body.find("\n", end + 1)
                if "\t" in body[end + 1:len(body) if nxt < 0 else nxt]:
                    pos = end + 1  # a blank line between two rows: a PDF's table read row by row
                    continue
            if "\t" not in row:
                break  # the table ends at a line without cells
            row_cells = row.split("\t")
            for i in cols:
                if i < len(row_cells):
                    value = row_cells[i].strip()
                    if value and is_name(value):
                        at = pos + sum(len(c) + 1 for c in row_cells[:i]) + row_cells[i].index(value)
                        label = cells[i].strip(" *:")
                        out.append(Candidate(NameMatch(at, at + len(value), value), label,
                                             _ROW_PERSON_LABELS.get(label.lower())))
            pos = end + 1
    return out


# A flattened agenda whose column heads run on "... Dnr Föredragande": in each row run on after it, a
# name right after the row's dnr and before the next row's number is that row's presenter
# ("3 Ekonomisk uppföljning KN 2039/0041 Eva Ek 4 Regler för ...").
_FLAT_PRESENTER_HEAD = re.compile(r"(?<![\wåäö])Dnr[ \t]+Föredragande[ \t]+(?=\d)")
_FLAT_PRESENTER = re.compile(r"(?<=\d)[ \t]+([A-ZÅÄÖ][\wåäöé-]+(?:[ \t][A-ZÅÄÖ][\wåäöé-]+){1,2})(?=[ \t]+\d{1,2}[ \t]+[A-ZÅÄÖ])")
_FLAT_PRESENTER_DNR = re.compile(r"\d{4}[/-]\d{1,6}$")
_FLAT_AGENDA_REACH = 3000  # characters of rows after the heads


def flat_presenter_people(body: str) -> list[Candidate]:
    out = []
    for head in _FLAT_PRESENTER_HEAD.finditer(body):
        line_end = body.find("\n", head.end())
        stop = min(len(body) if line_end < 0 else line_end, head.end() + _FLAT_AGENDA_REACH)
        for m in _FLAT_PRESENTER.finditer(body, head.end(), stop):
            if _FLAT_PRESENTER_DNR.search(body, max(0, m.start() - 12), m.start()) and is_name(m.group(1)):
                out.append(Candidate(NameMatch(m.start(1), m.end(1), m.group(1)), "Föredragande", _ROW_PERSON_LABELS.get("föredragande")))
    return out


# The same table in pdftotext -layout's columns: its heading row's cells apart by wide gaps, the
# person column's label among them; a row's cell of that column starts under the label.
_LAYOUT_COLUMN_HEAD = re.compile(r"^[^\n\t]*\S[ ]{3,}(?:Föredragande|Handläggare|Kontaktperson|Beslutsfattare)[ \t]*(?:[ ]{3,}[^\n]*)?$", re.M)
_LAYOUT_CELL = re.compile(r"(?:(?<=^)|(?<=[ ]{3}))\S(?:[^ \n]| (?! ))*")
_LAYOUT_ALIGN = 4  # characters a cell may stand off its heading's column
_AGENDA_ROW = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]{2,}\S")  # ("4)   GFN 2039/51   Budget ...": a bracket after the number too)


def layout_column_people(body: str) -> list[Candidate]:
    """A -layout table with a column headed "Föredragande" (or "Handläggare", "Kontaktperson"): the
    names starting under that heading, row by row to the table's end, with the heading as title."""
    out = []
    for head in _LAYOUT_COLUMN_HEAD.finditer(body):
        line = head.group(0)
        label_m = _PERSON_COLUMN_LABEL.search(line)
        column, label = label_m.start(), label_m.group(0)
        pos = head.end() + 1
        role_above = None  # the column's cell on the row's line above, a role over its holder's name
        while pos < len(body):
            end = body.find("\n", pos)
            end = len(body) if end < 0 else end
            row = body[pos:end]
            if not row.strip():
                rest = body[end + 1:].lstrip("\n")
                role_above = None
                if end < len(body) and _AGENDA_ROW.match(rest):
                    pos = end + 1  # a blank line between two numbered rows
                    continue
                break  # the table ends at a blank line not followed by a row
            role = None
            for cell in _LAYOUT_CELL.finditer(row):
                name = cell.group(0).rstrip(",")
                if abs(cell.start() - column) > _LAYOUT_ALIGN:
                    continue
                if is_name(name):
                    at = pos + cell.start()
                    # "Eva Lund," / "fritidschef": the cell's title wraps below it in the column
                    below = _cell_below(body, end, cell.start()) if cell.group(0).endswith(",") else None
                    # ("Ekonom" / "Eva Lund": the role in the column's cell right over the name)
                    out.append(Candidate(NameMatch(at, at + len(name), name), below or role_above or label,
                                         _ROW_PERSON_LABELS.get(label.lower())))
                elif len(name.split()) <= 3 and name[:1].isupper() and not re.search(r"[\d,.:;]", name):
                    role = name
            role_above = role
            pos = end + 1
    return out


def _cell_below(body: str, line_end: int, column: int) -> str | None:
    """The lower-case words (a title) of the line below ``line_end`` in the cell that starts at
    ``column``, or None."""
    nxt = body.find("\n", line_end + 1)
    row = body[line_end + 1:len(body) if nxt < 0 else nxt]
    for cell in _LAYOUT_CELL.finditer(row):
        if abs(cell.start() - column) <= _LAYOUT_ALIGN:
            words = cell.group(0)
            return words if words[:1].islower() and len(words.split()) <= 4 else None
    return None


# The same table as plain pdftotext reads it, one cell a line: its heads ("Nr" / "Ärende" / "Dnr" /
# "Föredragande") each alone on a line, then the rows' cells; a name alone on the line right after
# a row's diarienummer stands in the person column (the row's last cell).
_CELL_HEADS = re.compile(r"^[ \t]*(?:Nr|Ärende|Dnr|Diarienummer)[ \t]*\n(?:[ \t]*(?:Ärende|Dnr|Diarienummer|Beslut)[ \t]*\n)*"
                         r"[ \t]*(Föredragande|Handläggare|Kontaktperson)[ \t]*$", re.M)
_CELL_TABLE_REACH = 4000  # characters of a table's rows under its heads
_DNR_CELL = re.compile(r"[ \t]*(?:[A-ZÅÄÖ]{1,6}[ \t]?)?(?:19|20)?\d\d[/.-]\d{1,6}(?:[/.-]\d{1,4})?(?:[ \t][A-ZÅÄÖ]{1,6})?[ \t]*")


def cell_line_column_people(body: str) -> list[Candidate]:
    """A people column of a table read one cell a line: a name alone on its line under a row's dnr."""
    out = []
    for head in _CELL_HEADS.finditer(body):
        label = head.group(1)
        lines = body[head.end() + 1: head.end() + 1 + _CELL_TABLE_REACH].split("\n")
        pos = head.end() + 1
        for k, line in enumerate(lines):
            value = line.strip()
            if k and value and is_name(value) and _DNR_CELL.fullmatch(lines[k - 1]):
                at = pos + line.index(value)
                out.append(Candidate(NameMatch(at, at + len(value), value), label, _ROW_PERSON_LABELS.get(label.lower())))
            pos += len(line) + 1
    return out


_COLUMN_GAP = re.compile(r"\t|[ ]{3,}")
_LETTERHEAD_CHARS = 800  # a letterhead's columns stand at the top


# A later paper's letterhead in a meeting's bundle (a kallelse and its matters' papers as one text): the
# paper's own word for itself closing a line after a column's gap ("EXEBY KOMMUN        Tjänsteskrivelse").
_PAPER_LETTERHEAD = re.compile(r"(?:(?<=[ ]{3})|(?<=\t))(?i:tjänsteskrivelse|tjänsteutlåtande)[ \t]*$", re.M)


def letterhead_column_people(body: str) -> list[Candidate]:
    """A letterhead in columns: the officer's name opening one line, the title opening the next,
    other cells beside them ("Eva Ek          TN 2031/18" / "Utvecklingsstrateg"). The text's own
    letterhead, and each later paper's in a bundle."""
    out = _letterhead_column_people(body, 0)
    for m in _PAPER_LETTERHEAD.finditer(body, _LETTERHEAD_CHARS):
        out += _letterhead_column_people(body, body.rfind("\n", 0, m.start()) + 1)
    return out


def _letterhead_column_people(body: str, start: int) -> list[Candidate]:
    out = []
    lines = body[start:start + _LETTERHEAD_CHARS].split("\n")
    pos = start
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i in range(len(lines) - 1):
        gap = _COLUMN_GAP.search(lines[i])
        if not gap or not lines[i][:1].strip():
            continue
        cell = lines[i][:gap.start()]
        below = _COLUMN_GAP.split(lines[i + 1].strip(), maxsplit=1)[0]
        if is_name(cell) and is_title(below):
            out.append(Candidate(NameMatch(starts[i], starts[i] + len(cell), squash(cell)), below.strip(), role_of(below, None)))
    return out


# A contact table's row as a reader copies it: the name (a politician's party after it), the title
# and the phone number in cells two spaces or a tab apart ("Eva Ek (S)     Ordförande, kulturnämnden
# 0123-45 67 89"). The number closing the row makes it a contact's; a name and a title alone in
# columns may be anything's. (Each gap is two blanks and then any: one quantifier over a run of blanks, so
# a long run costs its length, not its square.)
_CONTACT_ROW = re.compile(
    r"^[ \t]*(?P<name>[A-ZÅÄÖ][\wåäöé'-]*(?:[ ][A-ZÅÄÖ][\wåäöé'-]*){1,3})(?:[ ]\([\wåäöÅÄÖ]{1,4}\))?(?:\t|[ ]{2})[ \t]*"
    r"(?P<title>\S+(?:[ ]\S+){0,6})(?:\t|[ ]{2})[ \t]*(?:(?i:tel(?:efon)?|tfn|mobil)\.?:?[ \t]*)?"
    r"\+?\d[\d \-]{5,}\d[ \t]*$", re.M)


def contact_row_people(body: str) -> list[Candidate]:
    """The people of a contact table's rows: name, title, phone number in columns."""
    out = []
    for m in _CONTACT_ROW.finditer(body):
        name, title = m.group("name"), m.group("title").rstrip(",")
        if is_name(name) and is_title(title):
            out.append(Candidate(NameMatch(m.start("name"), m.end("name"), name), title, role_of(title, None), as_written=True))
    return out


# A contact box set as labels, one a line: "Namn: Eva Ek" over "Titel: Nämndsekreterare" ("Befattning:",
# "Roll:"), a phone line often under them. The title's label under the name's makes the pair a person's.
_NAME_OVER_TITLE_LABELS = re.compile(
    r"^[ \t]*Namn[ \t]*:[ \t]*(?P<name>[^\n:]{3,60}?)[ \t]*\n[ \t]*(?:Titel|Befattning|Roll|Funktion)[ \t]*:[ \t]*"
    r"(?P<title>[^\n]{2,80}?)[ \t]*$", re.M)


def name_label_people(body: str) -> list[Candidate]:
    """The person of a "Namn:" line with a "Titel:" line under it."""
    out = []
    for m in _NAME_OVER_TITLE_LABELS.finditer(body):
        name = m.group("name").strip()
        if is_name(name):
            title = m.group("title").strip()
            out.append(Candidate(NameMatch(m.start("name"), m.start("name") + len(name), name), title,
                                 role_of(title, None), as_written=True))
    return out


def _written(body: str, match: NameMatch) -> str:
    return " ".join(body[match.start:match.end].replace(",", " ").split())


def _as_listed(body: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name whose order an attendance list decided ("Berg Anna" -> "Anna Berg") is read so
    wherever the document writes it the same way: the same row read by another finder, the
    justerare's line, a § text."""
    listed = {_written(body, c.match): c.match.name for c in candidates if c.ordered}
    listed = {k: v for k, v in listed.items() if listed.get(v) != k}  # (two lists at odds: neither decides)
    if not listed:
        return candidates
    out = []
    for c in candidates:
        name = None if c.ordered else listed.get(_written(body, c.match))
        if name is not None and name != c.name:
            c = Candidate(NameMatch(c.match.start, c.match.end, name), c.title, c.role, c.weak_title, as_written=True, ordered=True)
        out.append(c)
    return out


# A page's furniture naming its signers: "Ordförande: Eva Ek    Justerare: Per Al, Lisa Holm" over "Sida 4 (9)".
_PAGE_FURNITURE = ("page-header", "page-footer", "page-furniture")
_SIGNER_LABEL = re.compile(r"(?<![\wåäö-])(ordförande|justerare|sekreterare)[ \t]*:[ \t]*", re.I)


def furniture_signer_people(ctx) -> list[Candidate]:
    """The ordförande, justerare and sekreterare a page's foot or head names after their label and
    a colon: the clean stage masks the foot as furniture, yet an excerpt may name them nowhere
    else. (Only these labels: a running head's other names are no people.)"""
    if not any(kind in _PAGE_FURNITURE for _s, _e, kind in ctx.masked):
        return []
    shown = ctx.masked_text(_PAGE_FURNITURE)
    out = []
    for m in _SIGNER_LABEL.finditer(shown):
        name = _name_starting_at(shown, m.end(), loose=True)
        label = m.group(1).capitalize()
        while name is not None:
            out.append(Candidate(name, label, _label_role(label)))
            rest = _PAIR_JOIN.match(shown, name.end)  # "Justerare: Per Al, Lisa Holm": both sign
            name = _name_starting_at(shown, rest.end(), loose=True) if rest and label == "Justerare" else None
    return out


# A signature box's label ("Justerandes sign") after the name it follows in a flattened text.
_SIGN_BOX_ROLE = re.compile(r"Justerandes|Justerares|Justerarnas|Ordförandes")
_SIGN_AFTER = re.compile(r"[ \t]+sign(?:atur|\.)?(?![\wåäö])")


def extract_people(ctx) -> list[dict]:
    names_data.use(ctx.models.names)  # the recogniser reads this document's model folder
    body = ctx.body
    consumed: set[int] = set()
    names = _with_names_over_breaks(body, find_names(body, loose=True))  # once: the list and title finders pick from these
    titles: dict[int, tuple[str | None, int]] = {}  # read once where two finders ask
    candidates = (inverted_people(body, consumed) + label_row_people(body) + label_run_people(body) + name_row_people(body) + signature_people(ctx) + attendance_people(ctx, names) + party_people(body, consumed, titles)
                  + comma_title_people(body, titles) + paren_title_people(body, titles) + role_label_people(body, consumed) + signature_label_people(ctx)
                  + title_before_name_people(body, names, consumed) + name_then_title_people(body, names)
                  + paired_signature_people(body, names)
                  + letterhead_column_people(body) + table_column_people(body) + layout_column_people(body)
                  + cell_line_column_people(body) + contact_row_people(body) + name_label_people(body) + flat_presenter_people(body))
    candidates = _order_by_neighbours(body, [_with_place(body, _without_genitive(body, c)) for c in _as_listed(body, candidates)])
    candidates += furniture_signer_people(ctx)  # (last: a name the text itself gives is read there first)
    mentions: dict[int, list[int]] = {}
    people = _merge(candidates, mentions)
    for p in people:
        words = p["name"].split(" ")
        if len(words) >= 3 and _SIGN_BOX_ROLE.fullmatch(words[-1]) and _SIGN_AFTER.match(body, p["span"][1]):
            # "Eva Ek Justerandes sign": a flattened page's signature box run on after a signer's name
            p["name"] = " ".join(words[:-1])
            end = p["span"][1] - len(words[-1])
            while end > p["span"][0] and body[end - 1] in " \t\n":  # (the gap before the label, one space or more)
                end -= 1
            p["span"] = [p["span"][0], end]
    for p in people:
        if p["title"] is None and p["role"] == "handläggare":
            p["title"] = "Handläggare"
    _attach_contacts(body, people, mentions)
    return people


def _attach_contacts(body: str, people: list[dict], mentions: dict[int, list[int]]) -> None:
    """Phone and e-mail from the few lines after any mention of a person (before the next
    person's name): "Kontakt: Anna Berg, enhetschef, 08-123 456 78"."""
    starts = sorted(c for p in people for c in [p["span"][0]])
    for p in people:
        for end in mentions.get(id(p), [p["span"][1]]):
            k = bisect.bisect_left(starts, end)
            nxt = starts[k] if k < len(starts) else len(body)
            window = body[end:min(end + 160, max(end, nxt))]
            # Searched only while missing, and only where a digit or an "@" stands: a long list of
            # names has thousands of mentions with neither.
            if not p["phone"] and _DIGIT.search(window):
                line_end = window.find("\n")
                phone = (_PHONE.search(window) or _BARE_PHONE.search(window, 0, len(window) if line_end < 0 else line_end)
                         or _PHONE_LINE.search(window))
                if phone:
                    p["phone"] = squash(phone.group(1))
            if not p["email"] and "@" in window:
                email = _EMAIL.search(window)
                if email:
                    p["email"] = email.group(0)
