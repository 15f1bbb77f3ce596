"""Section headings of Swedish council documents: one list of their words for every stage that reads
a document by its headings (sections, decision points, item titles, the title's cut).

Each heading is a pattern over lower-case text, its words joined by ``\\s+``. A reader takes the
headings it needs, in its own order, and writes them as its layout asks: capitalised where a
flattened line shows a heading only by its capital, tolerant of a lost å/ä/ö where OCR'd text is
read before repair (``alternation``), or with either case of the first letter (``either_case``).
"""

from __future__ import annotations

import re

from docparse.sv.dates import ISO_DATE

PROPOSAL = r"förslag\s+till\s+beslut"
PROPOSAL_WORD = "beslutsförslag"
# "Förslag" alone: a proposal's heading only where the paper has no other (it also heads a description of
# what is proposed, over a "Förslag till beslut" below).
PROPOSAL_ALONE = "förslag"
SUMMARY = "sammanfattning"
BACKGROUND = "bakgrund"
MATTER = "ärendet"
MATTER_DESCRIPTION = "ärendebeskrivning"
MATTER_DESCRIBED = r"beskrivning\s+av\s+ärendet"
MATTER_PREPARATION = r"ärendets\s+beredning"
ASSESSMENT = "bedömning"
DOCUMENTS = "beslutsunderlag"
# The case's papers listed as a Beslutsunderlag is: "Handlingar i ärendet".
CASE_PAPERS = r"handlingar\s+i\s+ärendet"
ATTACHMENT = "bilaga"
ATTACHMENTS = "bilagor"
MOTIONS = "yrkanden"
DECISION_ORDER = "beslutsgång"
PROPOSITION_ORDER = "propositionsordning"
RESERVATION = "reservation"
MINUTES_NOTE = "protokollsanteckning"
SPECIAL_STATEMENT = r"särskilt\s+yttrande"
OFFICER = "handläggare"
PRESENTER = "föredragande"
CHECKING = "justering"
CHECKED = "justeras"
SIGNATURES = "underskrifter"
DISTRIBUTION = "expedieras"
SENT_TO = r"beslutet\s+skickas\s+till"
# An agenda's list heading, alone on its line over the matters (or a group of them): "Ärenden",
# "Föredragningslista", "Förslag till dagordning", "Beslutsärenden", "Övriga ärenden", "Ärenden för beslut".
# ... the headings of a group of the matters by their kind: "Beslutsärenden", "Ärenden för kännedom".
AGENDA_GROUP = (r"(?:besluts|informations|anmälnings|övriga\s+|kännedoms)ärenden"
                r"|ärenden\s+för\s+(?:beslut|information|kännedom|diskussion)")
AGENDA_LIST = r"(?:förslag\s+till\s+)?(?:ärenden|ärendelista|föredragningslista|dagordning)|" + AGENDA_GROUP
# A notice's sentence leading its list of matters, alone on its line: "Följande ärenden behandlas:",
# "Följande ärenden ska behandlas", "Vid sammanträdet behandlas följande ärenden:".
AGENDA_LEAD = (r"(?:följande\s+ärenden\s+(?:ska\s+|kommer\s+att\s+)?(?:behandlas|tas\s+upp)"
               r"|(?:vid\s+sammanträdet\s+)?(?:behandlas|tas\s+upp)\s+följande\s+ärenden)")
# What a decision letter prints after its decision: notes, and how to appeal.
NOTICES = "upplysningar"
APPEAL = r"(?:hur\s+man\s+överklagar|överklagande|information\s+om\s+hur\s+man\s+överklagar)"

# The headings that are one plain word ("Ärendebeskrivning", "Sammanfattning"): in a flattened text a
# heading runs on between a name and the next sentence, and such a word is never part of a name.
ONE_WORD_HEADINGS = tuple(h for h in (
    PROPOSAL_WORD, SUMMARY, BACKGROUND, MATTER, MATTER_DESCRIPTION, ASSESSMENT, DOCUMENTS, ATTACHMENT,
    ATTACHMENTS, MOTIONS, DECISION_ORDER, PROPOSITION_ORDER, RESERVATION, MINUTES_NOTE, OFFICER, PRESENTER,
    CHECKING, CHECKED, SIGNATURES, DISTRIBUTION, NOTICES) if h.isalpha())

# A lost å/ä/ö: OCR without Swedish reads "forslag", "arendet".
# A § number of a series per year: the year, a colon, the number ("§ 2039:114").
PARAGRAPH_YEAR_SERIAL = r"(?:19|20)\d\d:\d{1,4}(?!\d)"
# The meeting's date some protocols print between the board's code and each § mark, so that a § cited
# alone names its meeting: "Bun 2039-05-12 § 45".
PARAGRAPH_MEETING_DATE = ISO_DATE

# (and each of å and ä for the other: an engine reads the ring and the dots alike, "Sammantrådesdatum")
_TOLERANT = {"ö": "[öo]", "å": "[åaä]", "ä": "[äaå]"}


def tolerant(heading: str) -> str:
    """The heading with å/ä/ö read as themselves or as the letter OCR leaves of them (a pattern's
    character classes, "[a-zåäö]", are left as they are)."""
    out, in_class = [], False
    for ch in heading:
        if ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        out.append(ch if in_class else _TOLERANT.get(ch, ch))
    return "".join(out)


def capitalised(heading: str) -> str:
    return heading[:1].upper() + heading[1:]


def in_capitals(heading: str) -> str:
    """"FÖRSLAG\\s+TILL\\s+BESLUT": a heading's pattern as a typed paper prints it, every letter a capital
    (a pattern's escapes, "\\s", kept as they are)."""
    return re.sub(r"(?<!\\)(?<!\(\?)(?<!\(\?-)[a-zåäöé]", lambda m: m.group(0).upper(), heading)


def either_case(heading: str, *, ocr: bool = False) -> str:
    """"[Ff]örslag\\s+till\\s+beslut": the first letter in either case (and the rest tolerant)."""
    rest = tolerant(heading[1:]) if ocr else heading[1:]
    return f"[{heading[0].upper()}{heading[0]}]{rest}"


def as_printed(*words: str) -> str:
    """Words as an alternation of their printed forms: as written and in capitals, as a table's
    head row or a letterhead sets them ("Diarienummer" or "DIARIENUMMER", never "dIARIENUMMER")."""
    return "(?:" + "|".join(form for word in words for form in dict.fromkeys((word, word.upper()))) + ")"


def alternation(*headings: str, capital: bool = False, space: str | None = None, ocr: bool = False) -> str:
    """The headings as one alternation, in the order given: capitalised (``capital``), with a
    literal separator between words (``space``), tolerant of a lost å/ä/ö (``ocr``)."""
    out = []
    for heading in headings:
        if ocr:
            heading = tolerant(heading)
        if capital:
            heading = capitalised(heading)
        if space is not None:
            heading = heading.replace(r"\s+", space)
        out.append(heading)
    return "|".join(out)


_O, _A, _AE = _TOLERANT["ö"], _TOLERANT["å"], _TOLERANT["ä"]
_WORD = r"[\wåäöé-]+"
# The same word where a blank or a comma must follow it: possessive, since no shorter run of its
# letters is followed by either, so giving letters back cannot help; on a long line of digits or
# letters the plain form tried every shorter run before failing (tens of µs a line).
_WORD_BEFORE_GAP = r"[\wåäöé-]++"
# A word ending in "s" before a blank ("Nämndens förslag"): the whole run of letters, then a look
# back at its last two; the same matches as {_WORD}s, without trying every shorter run first.
_GENITIVE_WORD = r"[\wåäöé-]++(?<=[\wåäöé-]s)"
# "... föreslår att <body> besluta", or "... att stadsfullmäktige" alone on its line over the list of
# what the body is to do ("- uppdrar åt ...", "- reserverar ..."): the "att" of a motion's lead-in.
_ASKS = rf"(?=\s+\S+\s+besluta|\s+\S*(?:fullm{_AE}ktige|styrelsen)[ \t]*:?[ \t]*$)"
# The prepositions of a headline about decisions, never inside a body's name.
_ABOUT = r"(?:om|från|kring|inför|efter)"
# The proposers of a motion or citizen's proposal: their proposal is the matter, not the paper's proposal.
_MOVERS = rf"(?:motion{_AE}r|motionens|f{_O}rslagsst{_AE}ll)"
# "... besluta att" over the points that do not repeat it ("1. avgiften tas bort, 2. ..."): the
# clauses' "att" closing the lead-in line.
_CLAUSES_BELOW = r"(?:\s+att)?"
_GENITIVE_SUBJECT = rf"(?:{_GENITIVE_WORD}\s+)?{_GENITIVE_WORD}"  # ("Kommunstyrelsens arbetsutskotts")
# Section kind -> heading pattern (the whole line, without numbering or a trailing colon), read by
# structure.sections.
SECTION_HEADINGS: list[tuple[str, str]] = [
    # (not a paper "med förslag till beslut": "Föredragningslista med förslag till beslut" is an annotated agenda's heading)
    ("proposal", rf"(?:{_WORD_BEFORE_GAP}\s+){{0,3}}(?<!med\s)f{_O}rslag\s+till\s+(?:{_WORD_BEFORE_GAP}\s+)?beslut\w*"
                 # (not what a motion's authors propose, "Motionärernas förslag": the paper's own comes later)
                 rf"|{tolerant(PROPOSAL_WORD)}|f{_O}rvaltningens\s+f{_O}rslag|(?!{_MOVERS}){_GENITIVE_SUBJECT}\s+f{_O}rslag"  # "Utskottets förslag", "Kommunstyrelsens arbetsutskotts förslag"
                 # "Beredningens förslag till teknik- och miljönämnden": one body's proposal to another; or
                 # a förbund's paper's "Förslag till direktionen".
                 rf"|(?:{_GENITIVE_WORD}\s+)?f{_O}rslag\s+till\s+(?:{_WORD_BEFORE_GAP},?\s+){{0,4}}{_WORD}(?:n{_AE}mnd|n{_AE}mnden|styrelsen|fullm{_AE}ktige)"
                 rf"|(?:{_GENITIVE_WORD}\s+)?f{_O}rslag\s+till\s+direktionen"
                 # A motion's lead-in to its att-clauses: "Med anledning av detta yrkar vi", "Jag föreslår därför".
                 # ... and whom it asks: "Jag föreslår därför kommunfullmäktige besluta", "Jag yrkar därför att fullmäktige beslutar".
                 rf"|(?:{_WORD_BEFORE_GAP}\s+){{0,5}}(?:yrkar|f{_O}resl{_A}r)\s+(?:vi|jag)(?:\s+d{_AE}rf{_O}r)?(?:\s+att{_ASKS})?(?:\s+{_WORD})?(?:\s+(?:att\s+)?besluta[rt]?{_CLAUSES_BELOW})?"
                 rf"|(?:{_WORD_BEFORE_GAP}\s+){{0,5}}(?:vi|jag)\s+(?:yrkar|f{_O}resl{_A}r)(?:\s+d{_AE}rf{_O}r)?(?:\s+att{_ASKS})?(?:\s+{_WORD})?(?:\s+(?:att\s+)?besluta[rt]?{_CLAUSES_BELOW})?"),
    # "Beslut", "Nämndens beslut", "Tekniska nämndens beslut", "Teknik- och miljönämnden beslutar".
    # (Not a news headline about a body's decisions: "Kort om kommunstyrelsens beslut", "Nytt från
    # fullmäktiges beslut": a preposition among the words before the body is no part of its name.)
    ("decision", rf"(?:(?:(?!{_ABOUT}\s){_WORD_BEFORE_GAP}\s+){{0,3}}{_GENITIVE_WORD}\s+)?beslut|(?:{_WORD_BEFORE_GAP},?\s+){{0,4}}beslutar"),
    ("motions", rf"{MOTIONS[:-1]}n?|{MOTIONS[:-1]}\s+och\s+{PROPOSITION_ORDER}"),
    ("summary", rf"{SUMMARY}(?:\s+av\s+{tolerant(MATTER)})?"),
    ("matter", alternation(MATTER, MATTER_DESCRIBED, MATTER_DESCRIPTION, MATTER_PREPARATION, ocr=True)),
    ("background", BACKGROUND),
    ("assessment", rf"(?:f{_O}rvaltningens\s+)?{tolerant(ASSESSMENT)}|{_O}verv{_AE}ganden|analys|konsekvenser"),
    ("documents", rf"{DOCUMENTS}|underlag\s+f{_O}r\s+beslut"),
    ("distribution", rf"{DISTRIBUTION}(?:\s+till)?|beslutet\s+(?:ska\s+)?skickas\s+till|s{_AE}ndlista|f{_O}r\s+k{_AE}nnedom"),
    ("attachments", rf"{ATTACHMENTS}|{ATTACHMENT}(?:\s+\d+)?"),
]
