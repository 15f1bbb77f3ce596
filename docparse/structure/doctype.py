"""The document's type: the word it uses for itself in its head, else what its layout shows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from docparse.structure.header import HEAD_CHARS
from docparse.sv.bodies import BOARD_RE, MUNICIPALITY_RE
from docparse.sv.dates import DATE_RE
from docparse.sv.sections import tolerant

# The words a Swedish council document uses for itself, and the type each names (ANNOTATION.md's
# list). Longer words first: "protokollsutdrag" before "protokoll".
TYPE_WORDS: list[tuple[str, str]] = [
    (r"sammanträdesprotokoll", "protokoll"),
    # ("Justerat utdrag", "Justerat protokollsutdrag": the extract of a checked protocol, as "Justerat
    # protokoll" is the protocol)
    (r"(?:justerat\s+)?(?:protokollsutdrag|protokollutdrag)|utdrag\s+ur\s+protokoll(?:et)?|utdrag\s+ur\s+sammanträdesprotokoll|justerat\s+utdrag",
     "protokollsutdrag"),
    # Compounds name the meeting's kind: "Styrelseprotokoll", "Mötesprotokoll", "Direktionsprotokoll".
    (r"justerat\s+protokoll|[a-zåäö]*protokoll", "protokoll"),
    (r"föredragningslista|dagordning|ärendelista|kallelse(?:/(?:underrättelse|föredragningslista|dagordning|ärendelista))?|kungörelse", "kallelse"),
    (r"tjänsteskrivelse", "tjänsteskrivelse"),
    (r"tjänsteutlåtande", "tjänsteutlåtande"),
    (r"utlåtande", "utlåtande"),
    (r"remissvar|remissyttrande|yttrande|remiss", "remiss"),  # a remiss sent out names itself so
    (r"medborgarförslag|motion", "motion"),
    # ("Beslutslista": a list of decisions names itself by them, as a delegationsbeslut's list does)
    (r"delegationsbeslut|beslutslista|beslut", "beslut"),
    (r"pressmeddelande|press\s+release", "pressmeddelande"),  # a site's English label for the same
    # Compounds name their kind at the head of a heading: "Samverkansöverenskommelse", "Hyresavtal".
    (r"[a-zåäö]*överenskommelse", "överenskommelse"),
    (r"[a-zåäö]*avtal", "avtal"),
    # ("Hyreskontrakt", "Arrendekontrakt": a lease names itself a contract, an agreement all the same)
    (r"[a-zåäö]+kontrakt", "avtal"),
    (r"missiv", "missiv"),
]
# Tolerant of a lost å/ä/ö ("TJANSTESKRIVELSE"): OCR without Swedish prints the type word so.
_TYPE_RE = re.compile(
    r"(?<![\wåäö-])(?P<word>" + "|".join(f"(?P<t{i}>{tolerant(w)})" for i, (w, _t) in enumerate(TYPE_WORDS)) + r")(?![\wåäö-])",
    re.I,
)


def is_type_word(text: str) -> bool:
    """The text is one of the words a document uses for itself ("TJÄNSTEUTLÅTANDE", "Protokoll")."""
    return _TYPE_RE.fullmatch(text.strip()) is not None


# How far into the document its own word for itself may stand.
TYPE_HEAD_CHARS = 700
# A protocol extract is printed on protocol paper: when both words head it, it is the extract.
_PRIORITY = {"protokollsutdrag": 2}


@dataclass
class TypeWord:
    doc_type: str
    printed: str  # as printed ("SAMMANTRÄDESPROTOKOLL", "Föredragningslista")
    span: tuple[int, int]
    alone: bool  # a heading of its own (capitals, or alone on its line), not the start of a longer heading
    source: str = "head"  # head (the document's own head), furniture (a running page header), web (the site's title)


def _type_of(m: re.Match) -> str:
    return next(TYPE_WORDS[i][1] for i in range(len(TYPE_WORDS)) if m.group(f"t{i}"))


def _letterhead_joined(body: str, m: re.Match) -> bool:
    """The type word's line is a letterhead joined by dots, not a site's menu ("Start · Protokoll ·
    Kallelser"): the municipality or a date stands on it too."""
    line_start = body.rfind("\n", 0, m.start()) + 1
    line_end = body.find("\n", m.end())
    line = body[line_start: len(body) if line_end < 0 else line_end]
    return len(line) <= 200 and (DATE_RE.search(line) is not None or MUNICIPALITY_RE.search(line) is not None)


# A meeting's paper named by the meeting it is for: "... för direktionens sammanträde", "... för styrelsens möte".
_FOR_MEETING = re.compile(r"[ \t]+för[ \t]+[\wåäö-]+s[ \t]+(?:sammanträde|möte|extra[ \t]+sammanträde)(?![\wåäö])")


def _heading_use(body: str, m: re.Match) -> tuple[bool, bool] | None:
    """(is a heading use, stands alone) for a type word match; None for use in running text."""
    word = m.group("word")
    line_end = body.find("\n", m.end(), m.end() + 40)  # bounded: a long line is not rescanned
    line_end = len(body) if line_end < 0 else line_end
    after = body[m.end(): min(line_end, m.end() + 40)]
    # What stands before the word on its line, read backwards only while it can be a line start
    # of blanks, digits and marks (as `[\s\d()/.•·-]*` would match it), not the whole line.
    blank_before, at_start = True, True
    i = m.start()
    while i > 0 and body[i - 1] != "\n":
        c = body[i - 1]
        if not c.isspace():
            blank_before = False
            if not (c.isdecimal() or c in "()/.•·-"):
                at_start = False
                break
        i -= 1
    alone_on_line = blank_before and not after.strip()
    if _FILE_LINK.match(after):
        return None  # "Tjänsteskrivelse (pdf, 245 kB)", "Protokoll.pdf": a meeting page's link to a paper, not its own kind
    if word.lower() == "remiss" and _FROM_STATE.match(after):
        return None  # "Remiss från Finansdepartementet" over a reply's head: the remiss answered; the reply names itself below
    if word.lower() == "delegationsbeslut" and _LIST_OF.fullmatch(body, body.rfind("\n", 0, m.start()) + 1, m.start()):
        return True, False  # "Redovisning av delegationsbeslut (för mars)": a list of them names itself by them
    if re.match(r"\s+(?i:över)\s", after) and m.group("word").lower() in ("yttrande", "remissvar", "remissyttrande"):
        return True, False  # "kommunens yttrande över ...": a reply to a remiss, in its title
    if ((word.isupper() or not word[:1].isupper()) and _type_of(m) == "kallelse"
            and PROPOSED_AGENDA_RE.fullmatch(body, body.rfind("\n", 0, m.start()) + 1, m.start())):
        return True, False  # "Förslag till föredragningslista Direktionen": the agenda the chair proposes (or in capitals)
    if word.isupper() and len(word) > 3:
        if _in_capital_headline(body, m) or _object_in_capitals(body, m):
            return None  # "NYTT AVTAL GER BYGDEGÅRDEN FEM ÅR TILL": a news headline in capitals holds the word
        if _CAPS_GOES_ON.fullmatch(after.split()[0] if after.split() else ""):
            return True, False  # "PROTOKOLL FRÅN KULTURNÄMNDENS SAMMANTRÄDE": the start of a longer heading
        return True, True
    if not word[:1].isupper():
        return None
    if word.lower() == "beslut" and re.match(r"[ \t]*:[ \t]*\S", after):
        return None  # "Beslut: Enligt förslag.": the label of a matter's decision, its text after it
    if (word.lower() != "beslut" and (body[m.start() - 1: m.start()] == "\t" or body[max(0, m.start() - 3): m.start()] == "   ")
            and re.match(r"[ \t]*$|\t|[ ]{3}", after)):
        return True, True  # a cell of its own in a letterhead's columns: "SOTENÄS KOMMUN    Utdrag ur protokoll"
    if (word.lower() != "beslut" and re.search(r"[·•|][ \t]*$", body[max(0, m.start() - 4): m.start()])
            and re.match(r"[ \t]*(?:[·•|]|$)", after) and _letterhead_joined(body, m)):
        return True, True  # a part of its own in a letterhead joined by dots: "Exeby kommun · Tjänsteskrivelse · 2031-04-21"
    if _type_of(m) == "kallelse" and re.match(r"[ \t]+(?:med|och)[ \t]+(?:föredragningslista|dagordning|ärendelista|kallelse)(?![\wåäö-])",
                                            after, re.I):
        return True, False  # "Kallelse och föredragningslista": one heading naming both papers, in a flattened head too
    if re.match(r"\s+(?:till|om|över|angående|avseende|gällande)\s", after):
        return True, False  # the start of a longer heading: "Kallelse till ...", "Motion om ..."
    if _type_of(m) in ("kallelse", "protokoll") and _FOR_MEETING.match(body, m.end()):
        return True, False  # "Dagordning för direktionens sammanträde": the meeting it is for, in a flattened head too
    if re.match(r"[ \t]+nr\.?[ \t]*\d{1,3}(?:/(?:19|20)?\d\d)?(?![\d/])", after):
        return True, True  # the meeting's serial number after it: "Styrelseprotokoll nr 5/2036"
    # Capitalised: at the line's start (after a page number), or in a flattened header where
    # a label, a number or another capitalised word follows it.
    next_word = after.lstrip()[:1]
    if at_start or (next_word[:1].isupper() or next_word[:1].isdigit()):
        if word.lower() == "beslut" and (alone_on_line or next_word == ""):
            return None  # "Beslut" alone heads the decision section of most documents
        return True, alone_on_line or bool(next_word[:1].isupper() or next_word[:1].isdigit())
    return None


# The answer to a proposal names the proposal's kind after "Svar på": not what the paper is.
_ANSWER_TO = re.compile(r"(?i:svar)[ \t]+(?i:på)[ \t]+$")
# A state ministry or agency a remiss comes from: "från Finansdepartementet", "från Naturvårdsverket".
# A link to a file after a paper's name on a web page: its format and size in brackets, or its file ending.
_FILE_LINK = re.compile(r"[ \t]*(?:\([^()\n]{0,20}?\d+(?:[,.]\d+)?[ \t]*(?:[kKMG]B|kb|byte)\)|\.(?:pdf|docx?|odt)(?![\wåäö]))")
_FROM_STATE = re.compile(r"[ \t]+(?i:från)[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:departementet|myndigheten|verket|inspektionen)(?![\wåäö])")


# A letterhead's or a table's cells part at a tab or a wide gap.
_CELL_GAP = re.compile(r"\t|[ ]{3,}")
# What carries a heading in capitals on from its type word: "PROTOKOLL FÖRT VID ...", "KALLELSE TILL ...".
_CAPS_GOES_ON = re.compile(r"(?:TILL|FÖR|FÖRT|FÖRD|VID|ÖVER|FRÅN|OM|OCH|MED|NR|I)")


def _in_capital_headline(body: str, m: re.Match) -> bool:
    """The type word in capitals inside a headline in capitals, a sentence's words around it in the
    same cell ("NYTT AVTAL GER GYTTORPS BYGDEGÅRD FEM ÅR TILL"): a word before it that names no body
    (not "EXEBY KOMMUN PROTOKOLL", a letterhead whose gap OCR lost), two or more after it, the first
    no word that carries a heading on ("PROTOKOLL FÖRT VID ...")."""
    line_start = body.rfind("\n", 0, m.start()) + 1
    line_end = body.find("\n", m.end(), m.end() + 200)
    before = _CELL_GAP.split(body[line_start:m.start()])[-1].split()
    after = _CELL_GAP.split(body[m.end(): m.end() + 200 if line_end < 0 else line_end].strip())[0].split()
    if not before or len(after) < 2 or _CAPS_GOES_ON.fullmatch(after[0]):
        return False
    words = [w for w in before + after if any(c.isalpha() for c in w)]
    if not all(w.isupper() for w in words) or len(before) + len(after) + 1 < 5:
        return False
    cell = " ".join(before)
    return MUNICIPALITY_RE.search(cell) is None and BOARD_RE.fullmatch(cell.capitalize()) is None and (
        BOARD_RE.fullmatch(before[-1].capitalize()) is None)


# A preposition in capitals that makes the word after it part of a heading: "BEVIS OM JUSTERING AV PROTOKOLL".
_CAPS_PREPOSITION = re.compile(r"(?:AV|OM|TILL|FÖR|FRÅN|ÖVER|MED|VID|PÅ|I|INFÖR|ANGÅENDE|AVSEENDE|GÄLLANDE)")


def _object_in_capitals(body: str, m: re.Match) -> bool:
    """The type word in capitals owned by the word before it in its cell, as its lower-case form
    in a mixed-case heading would be: after a preposition ("BEVIS OM JUSTERING AV PROTOKOLL") or a
    body's genitive ("REGIONSTYRELSENS PROTOKOLL 17 MARS 2040", "EXEBY KOMMUNS KALLELSE"). A
    letterhead names its body in the nominative ("EXEBY KOMMUN   PROTOKOLL")."""
    line_start = body.rfind("\n", 0, m.start()) + 1
    before = _CELL_GAP.split(body[max(line_start, m.start() - 200):m.start()])[-1].split()
    if not before or not (before[-1].isupper() or before[-1] in ("–", "-", ":")):
        return False
    prev = before[-1]
    if _CAPS_PREPOSITION.fullmatch(prev):
        return True
    if prev in ("–", "-", ":") and len(before) > 1 and before[-2].isupper():
        return True  # "SOCIALNÄMNDEN – KALLELSE": the heading names the body, then its paper
    stem = prev[:-1]
    return (prev.endswith("S") and len(stem) > 3
            and (BOARD_RE.fullmatch(stem.capitalize()) is not None or stem in ("KOMMUN", "REGION", "STAD", "FÖRBUND")))


# A heading naming a list of delegated decisions: "Redovisning av", "Förteckning över", "Anmälan av".
_LIST_OF = re.compile(r"[ \t]*(?:redovisning|förteckning|sammanställning|lista|anmälan|rapport)[ \t]+(?:av|över)[ \t]+"
                      r"(?:(?:fattade|anmälda|inkomna)[ \t]+)?", re.I)
# What heads a proposed agenda before its word: "Förslag till föredragningslista", "Förslag på dagordning".
PROPOSED_AGENDA_RE = re.compile(r"[ \t]*förslag[ \t]+(?:till|på)[ \t]+", re.I)
# A line of a numbered list: "4. Yttrande över detaljplan ...", "12) Motion om ...".
_LIST_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")


def _in_numbered_list(body: str, m: re.Match) -> bool:
    """The type word opens an item of a numbered list (the line above or below numbered too): an
    agenda's matter ("4. Yttrande över detaljplan ..."), not the document's own heading."""
    line_start = body.rfind("\n", 0, m.start()) + 1
    if not _LIST_NUMBER.fullmatch(body, line_start, m.start()):
        return False
    prev_end = line_start - 1
    prev_start = body.rfind("\n", 0, max(0, prev_end)) + 1 if prev_end > 0 else 0
    next_start = body.find("\n", m.end()) + 1
    next_end = body.find("\n", next_start) if next_start else -1
    return bool(prev_end > 0 and _LIST_NUMBER.match(body, prev_start, prev_end)
                or next_start and _LIST_NUMBER.match(body, next_start, len(body) if next_end < 0 else next_end))


# A list of the papers a matter rests on, as a meeting page heads the links under each row.
_PAPERS_LABEL = re.compile(r"[ \t]*(?:[-–•*·][ \t]*)?(?:Handlingar|Bilagor|Beslutsunderlag|Underlag|HANDLINGAR|BILAGOR)[ \t]*:?[ \t]*")
_PAPERS_REACH = 6  # lines back over the list's other papers


def _under_papers_label(body: str, m: re.Match) -> bool:
    """The type word names a paper in the list under a "Handlingar" label ("Handlingar" / "Ansökan" /
    "Tjänsteskrivelse"): a link to a matter's paper, not the document's own kind. The lines between
    are short, one paper each."""
    end = body.rfind("\n", 0, m.start())
    for _ in range(_PAPERS_REACH):
        if end < 0:
            return False
        start = body.rfind("\n", 0, end) + 1
        line = body[start:end]
        if _PAPERS_LABEL.fullmatch(line):
            return True
        if not line.strip() or len(line.split()) > 6 or line.rstrip().endswith("."):
            return False
        end = start - 1
    return False


# The end of a sentence of running text: a word of two or more lower-case letters, or a year
# ("... godkände årsredovisningen för 2040."), and a full stop.
_SENTENCE_END = re.compile(r"(?:[a-zåäö]{2}|(?<!\d)\d{4})[.!?](?=\s)")


def _after_prose(body: str, start: int, at: int) -> bool:
    """Running text (two sentences or more, on lines of six words or more) stands above the type
    word: a page of several matters ("... avslogs." / "Motion om X" under a digest's headline), whose
    later heading names one matter's kind, not the document's."""
    ends = 0
    for line in body[start:at].split("\n"):
        if len(line.split()) >= 6:
            ends += len(_SENTENCE_END.findall(line + " "))
            if ends >= 2:
                return True
    return False


# A breadcrumb trail's separators: "Startsida / Om förbundet / Protokoll", "Start > Politik > ...".
_CRUMB_SEPARATOR = re.compile(r"[ \t]+[/>›»|][ \t]+")


def _breadcrumb_crumbs(head: str) -> tuple[set[str], int]:
    """The crumbs (case-folded) of the breadcrumb trails in a document's head: lines of three or
    more short parts between separators, and where the last trail ends in ``head`` (0: none). A
    site's menu prints the same links as lines of their own, over the trail; the page's own heading
    stands under it, whatever crumb it repeats ("Start > Politik > Protokoll > X" / "Protokoll")."""
    crumbs: set[str] = set()
    trail_end = pos = 0
    for line in head.split("\n"):
        pos += len(line) + 1
        parts = _CRUMB_SEPARATOR.split(line.strip())
        if len(parts) >= 3 and all(0 < len(p.split()) <= 5 for p in parts):
            crumbs.update(p.casefold() for p in parts)
            trail_end = pos
    return crumbs, trail_end


# The site's press section as a crumb after the first of a trail ("Hem › Press", "Start / Press och media /
# Pressmeddelanden"): a page filed there is a press release, whether or not it prints the word.
_PRESS_CRUMB = re.compile(r"press(?:meddelanden|rum(?:met)?|[ \t]+(?:och|&)[ \t]+media)?")
_PRESS_TRAIL_CHARS = 1200  # a trail stands over the headline, near the page's top


_NEWS_CRUMB = re.compile(r"nyheter|aktuellt|nyhetsarkiv(?:et)?")


def in_press_section(body: str, start: int) -> bool:
    """A breadcrumb trail in the page's head (two crumbs or more, each short) passes through the site's
    press section (and not on into its news: "Press och media / Nyheter" files news)."""
    for line in body[:start + _PRESS_TRAIL_CHARS].split("\n"):
        parts = [p.casefold() for p in _CRUMB_SEPARATOR.split(line.strip())]
        if len(parts) < 2 or not all(0 < len(p.split()) <= 5 for p in parts):
            continue
        press = [i for i, p in enumerate(parts) if i and _PRESS_CRUMB.fullmatch(p)]
        if press and not any(_NEWS_CRUMB.fullmatch(p) for p in parts[press[0] + 1:]):
            return True
    return False


def _furniture_type_word(text: str, furniture) -> TypeWord | None:
    """The type word alone on a line of a running page header (``furniture``: spans of ``text``)."""
    for fs, fe in furniture:
        pos = fs
        for line in text[fs:fe].split("\n"):
            # The type word with at most a number beside it: "Protokoll  5/2022", "KALLELSE 1(3)";
            # in any cell of a header set as a table ("Exeby kommun<TAB>TJÄNSTEUTLÅTANDE").
            cell_at = 0
            for cell in line.split("\t"):
                m = _TYPE_RE.match(cell.strip())
                if m and _type_of(m) != "beslut" and re.fullmatch(r"[\s\d/().,-]*", cell.strip()[m.end():]):
                    s = pos + cell_at + cell.index(m.group("word"))
                    return TypeWord(_type_of(m), m.group("word"), (s, s + len(m.group("word"))), True, "furniture")
                cell_at += len(cell) + 1
            pos += len(line) + 1
    return None


def _opening(text: str, furniture) -> list[tuple[int, int]]:
    """The run of page-furniture spans the text opens with (nothing but blanks before and between)."""
    out: list[tuple[int, int]] = []
    at = 0
    for fs, fe in sorted(furniture):
        if text[at:fs].strip():
            break
        out.append((fs, fe))
        at = fe
    return out


def find_type_word(body: str, start: int, web_title: tuple[str, tuple[int, int]] | None,
                   text: str = "", furniture: list[tuple[int, int]] = ()) -> TypeWord | None:
    """The type word that heads the document: the first in its head used as a heading, else
    one alone on a line of a running page header (``furniture``: spans of ``text``)."""
    found: list[TypeWord] = []
    head_end = min(len(body), start + TYPE_HEAD_CHARS)
    crumbs: set[str] | None = None
    trail_end = 0
    answered = False  # "Svar på medborgarförslag": the paper answers a proposal; its subject names it again
    for m in _TYPE_RE.finditer(body, start, head_end):
        if _type_of(m) == "motion" and (answered or _ANSWER_TO.search(body, max(0, m.start() - 12), m.start())):
            answered = True
            continue
        use = _heading_use(body, m)
        if use and (_in_numbered_list(body, m) or _under_papers_label(body, m)):
            continue
        if use and _after_prose(body, start, m.start()):
            continue
        if use:
            if crumbs is None:
                crumbs, trail_end = _breadcrumb_crumbs(body[start:head_end])
            line_start = body.rfind("\n", 0, m.start()) + 1
            line_end = body.find("\n", m.end())
            if body[line_start:len(body) if line_end < 0 else line_end].strip().casefold() in crumbs \
                    and m.start() < start + trail_end:
                continue  # a menu link the breadcrumb repeats ("Protokoll och handlingar"), not the heading
        if use is None and m.group("word").lower() == "beslut" and not body[start:m.start()].strip():
            use = (True, True)  # "Beslut" as the document's first line: its type, not a section
        if use:
            found.append(TypeWord(_type_of(m), m.group("word"), (m.start(), m.end()), use[1]))
    if web_title:
        for m in _TYPE_RE.finditer(web_title[0]):
            if m.group("word")[:1].isupper() and _type_of(m) != "beslut":
                found.append(TypeWord(_type_of(m), m.group("word"), (web_title[1][0] + m.start(), web_title[1][0] + m.end()), False, "web"))
                break
    if not found:
        return _furniture_type_word(text, furniture)
    if not any(t.alone for t in found):
        # Only words opening a longer heading in the head ("Avtal med X om Y", the subject line) and the
        # kind alone in the page header a word processor's file opens with (its first page's letterhead,
        # "TJÄNSTESKRIVELSE" in a header table over the logo): the header's word is the kind.
        own = _furniture_type_word(text, _opening(text, furniture))
        if own:
            return own
    best = max(_PRIORITY.get(t.doc_type, 0) for t in found)
    chosen = next(t for t in found if _PRIORITY.get(t.doc_type, 0) == best)
    return _heading_under_letterhead(body, chosen, found)


# A heading line that opens with the type word and names the meeting: "Protokoll från kulturnämndens
# sammanträde", "Kallelse till ...", in capitals too. (Not a sentence: "Protokoll från ... den 22 april i X." ends in a stop.)
_MEETING_HEADING = re.compile(r"[ \t]+(?i:från|till|över|vid|förd?t?[ \t]+vid)[ \t]+[^\n.]{3,90}[ \t]*(?=\n|$)")


def _heading_under_letterhead(body: str, chosen: TypeWord, found: list[TypeWord]) -> TypeWord:
    """The document's own heading below a letterhead line that holds the type word among other cells
    ("Malmö stad | Kulturnämnden | Protokoll 2040-09-25 | Sida 1 av 4" over "Protokoll från
    kulturnämndens sammanträde"): the heading that names the meeting is the one the document gives itself."""
    if not chosen.alone or chosen.source != "head" or chosen.doc_type not in ("protokoll", "kallelse"):
        return chosen  # (a letter's kind names its subject below, "Yttrande över ...": the title's to read)
    line_start = body.rfind("\n", 0, chosen.span[0]) + 1
    line_end = body.find("\n", chosen.span[1])
    if body[line_start: len(body) if line_end < 0 else line_end].strip() == chosen.printed:
        return chosen  # the word alone on its line: the heading itself (its meeting below is the title's to read)
    for t in found:
        if (t.span[0] > chosen.span[0] and t.doc_type == chosen.doc_type and not t.alone
                and not body[body.rfind("\n", 0, t.span[0]) + 1: t.span[0]].strip()
                and _MEETING_HEADING.match(body, t.span[1])):
            return t
    return chosen


# An extract's attestation under its one §: "Rätt utdraget betygar:", "Rätt utdraget ur protokollet
# intygar", "Utdraget bestyrkes", "Utdraget bestyrks". A whole protocol's pages carry only an empty "Utdragsbestyrkande" box.
_EXTRACT_ATTESTED = re.compile(
    r"(?<![\wåäö])(?:rätt\s+utdraget(?:\s+ur\s+(?:sammanträds|sammanträdes)?protokollet)?\s+(?:betygar|intygar|bestyrker|bestyrke?s)"
    r"|utdraget\s+bestyrke?s)(?![\wåäö])",  # ("bestyrks", as most write the passive now, or "bestyrkes")
    re.I,
)


def as_attested_extract(body: str, start: int, type_word: TypeWord | None, n_items: int) -> TypeWord | None:
    """A protocol's head over one § and an extract's attestation: the paper is an extract printed on
    protocol paper ("SAMMANTRÄDESPROTOKOLL" ... "Rätt utdraget betygar"), a protokollsutdrag."""
    if (type_word is None or type_word.doc_type != "protokoll" or type_word.source != "head" or n_items > 1
            or not _EXTRACT_ATTESTED.search(body, start)):
        return type_word
    return TypeWord("protokollsutdrag", type_word.printed, type_word.span, type_word.alone, type_word.source)


# Protocol furniture: a protocol's first page lists place and time, who decided, who checks it.
_PROTOCOL_MARKS = re.compile(
    r"(?<![\wåäö])(?:plats\s+och\s+tid|beslutande(?:\s+ledamöter)?|utses\s+att\s+justera|justerare|justerande|"
    r"justeringens\s+plats|paragrafer|övriga\s+(?:deltagare|deltagande|närvarande)|tjänstgörande\s+ersättare|"
    r"underskrifter|vid\s+protokollet|justeras)(?![\wåäö])",  # (an extract's signatures: "Vid protokollet", "Justeras")
    re.I,
)
# A protocol page's foot and running head ("Justerandes signatur   Utdragsbestyrkande", "Justeringsdatum"):
# with the marks above, a protocol's when it holds several §§ (one § under them is titled as an extract is).
_SIGNED_PAGE_MARKS = re.compile(r"(?<![\wåäö])(?:justerandes\s+sign(?:atur|\.)?|utdragsbestyrkande|justeringsdatum)(?![\wåäö])", re.I)
_AGENDA_MARKS = re.compile(r"kallas\s+till\s+sammanträde|(?<![\wåäö])(?:ärenden|föredragningslista|dagordning)(?![\wåäö])", re.I)
# News pages: a publication line, a quote attributed with "säger", a by-line, a trail through "Nyheter".
_NEWS_MARKS = re.compile(
    r"(?<![\wåäö])(?:publicera[dt]|publicerades|uppdatera[dt]|nyhet(?:er)?\s+\d|sidansvarig|fotograf|foto:|"
    r"säger\s+[A-ZÅÄÖ]|(?:beslutade|beslöt|har\s+beslutat|tog\s+beslut|har\s+tagit\s+beslut|godkände|antog)\b|"
    # the site's news section as a crumb of the page's trail ("Nyheter / Föreningsliv", "Start > Nyheter")
    r"nyheter[ \t]+[/>›»][ \t]+\S|(?<=[/>›»] )nyheter(?=[ \t]*(?:[/>›»]|\n)))",
    re.I,
)
# A quotation's attribution, as news pages print it: "– ..., säger Anna Ek (S), ordförande".
_QUOTED = re.compile(r"[,.!?”\"][ \t]+säger[ \t]+[A-ZÅÄÖ][a-zåäöé]+[ \t]+[A-ZÅÄÖ]")
# A document's formal header: a page mark "1(6)", a Dnr or Datum label, a promemoria's kind word.
_FORMAL_MARKS = re.compile(
    # ("Kontakt: Eva Ek, handläggare, 010-...": a person's title after her name is a contact line's, no label)
    r"(?<![\wåäö])(?:sida\s+\d|\d\s?\(\s?\d+\s?\)|dnr|diarienummer|diarienr|vår\s+beteckning|(?<!,[ \t])handläggare|promemoria)(?![\wåäö])"
    r"|^[ \t]*datum[ \t]*:"  # ("Datum: 2041-11-03" opening its line; a news page's date is "Publicerad")
    # (a board paper's meeting opening its line: "Styrelsemöte 2040-05-14, ärende 4")
    r"|^[ \t]*(?:styrelse|direktions)(?:möte|sammanträde)t?[ \t]+(?:den[ \t]+)?\d",
    re.I | re.M,
)


# A council member's paper, or the answer to one, named by a word alone on its line: "INTERPELLATION",
# "Interpellationssvar", "Svar på interpellation", "Enkel fråga" (kinds the guide gives no doc_type).
_PAPER_KIND_ALONE = re.compile(
    r"^[ \t]*(?:interpellation(?:ssvar)?|svar[ \t]+på[ \t]+(?:interpellation(?:en)?|enkel[ \t]+fråga|fråga)"
    r"|enkel[ \t]+fråga|frågesvar)[ \t]*$", re.I | re.M)
_LETTER_KINDS_ONLY = ("nyhet", "pressmeddelande", "protokoll", "protokollsutdrag", "kallelse")


def _letter_kind_alone(head: str, type_word: TypeWord | None) -> bool:
    """The head names the paper's kind in a heading of its own ("MEDBORGARFÖRSLAG", "YTTRANDE",
    "INTERPELLATIONSSVAR"): a letter, whatever prose follows its subject, no news page."""
    if type_word is not None and type_word.source == "head" and type_word.alone:
        return type_word.doc_type not in _LETTER_KINDS_ONLY
    return _PAPER_KIND_ALONE.search(head, 0, TYPE_HEAD_CHARS) is not None


def shape_of(body: str, start: int, n_items: int, web_page: bool = False, type_word: TypeWord | None = None) -> str | None:
    """What the layout says the document is: protocol, agenda, news, or None. ``web_page``: the
    clean stage found a web page's interface lines (a menu button, a skip link) in the text;
    ``type_word``: the kind the document names itself by, if any."""
    head = body[start: start + HEAD_CHARS]
    protocol_marks = {m.group(0).lower().split()[0] for m in _PROTOCOL_MARKS.finditer(head)}
    if len(protocol_marks) >= 2:
        return "protocol"
    if n_items >= 2 and len(protocol_marks) + len({m.group(0).lower().split()[0] for m in _SIGNED_PAGE_MARKS.finditer(head)}) >= 2:
        return "protocol"  # an excerpt of §§ under its pages' signature boxes, no kind word printed
    quoted = _QUOTED.search(head[:1500])
    # (a formal mark under the quote is the page's contact block: "Kontakt / Eva Ek / Handläggare, kulturförvaltningen")
    if quoted and "kallas" not in head.lower() and not _FORMAL_MARKS.search(head[:quoted.start()]):
        return "news"  # a politician quoted ("..., säger X"): a page about a meeting's matters, even one listing them
    if _AGENDA_MARKS.search(head) and (n_items >= 2 or "kallas" in head.lower()):
        return "agenda"
    if n_items >= 3:
        return "agenda"
    if (not _FORMAL_MARKS.search(head[:1500]) and (_NEWS_MARKS.search(head[:1500]) or _is_prose(head, web_page))
            and not _letter_kind_alone(head, type_word)):
        return "news"
    return None


def is_sentence_paragraph(paragraph: str) -> bool:
    """A paragraph of running prose: a dozen words or more, ending as a sentence ends."""
    return len(paragraph.split()) >= 12 and paragraph.rstrip().endswith((".", "!", "?", "”", '"'))


def is_link_line(line: str) -> bool:
    """A line short enough for a site's link or its description, with no sentence's full stop."""
    return len(line.split()) <= 15 and not line.rstrip().endswith(".")


_LIST_LEAD_END = re.compile(r"(?<=[a-zåäö]):$")


def _is_prose(head: str, web_page: bool) -> bool:
    """Paragraphs of sentences under a short heading line: a web article's shape. Above the
    headline a web page may have its site's links, each a short line ("Kontakta oss", a link's
    description), never a sentence's full stop."""
    paragraphs = [p.strip() for p in head.split("\n\n") if p.strip()]
    if web_page and sum(1 for p in paragraphs[:4] if is_sentence_paragraph(p)) >= 2:
        return True  # an article cut from its page above the headline: a web page's paragraphs of prose
    for i in range(1, len(paragraphs)):
        # (a lead introducing a list ends in a colon: "... fördelat 1,1 miljoner kronor. De största bidragen:")
        if is_sentence_paragraph(_LIST_LEAD_END.sub(".", paragraphs[i])):
            break
    else:
        return False
    if len(paragraphs[0].split()) <= 15:
        return True
    return web_page and len(paragraphs[i - 1].split()) <= 15 and all(
        is_link_line(line) for q in paragraphs[: i - 1] for line in q.split("\n"))
