"""The document's title: its subject line, its protocol heading, or its news headline."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from docparse.document import page_line_key
from docparse.sv import sections
from docparse.sv.sections import PARAGRAPH_MEETING_DATE, PARAGRAPH_YEAR_SERIAL, tolerant
from docparse.sv.bodies import BOARD_RE, COMPANY_NAME, DEFINITE_HEADS, FORBUND_LETTERHEAD_CAPS_RE, FORBUND_LETTERHEAD_RE, MUNICIPALITY_RE, is_body_name
from docparse.sv.confusions import PARAGRAPH_SIGN_MISREADS
from docparse.sv.dates import DATE_RE, MONTH_NAME_ALT
from docparse.sv.dnr import BARE_AFTER_DATE, LABEL_RE as DNR_LABEL_RE, take_value
from docparse.sv.labelrun import label_runs
from docparse.sv.names import is_given_name, is_title_word
from docparse.sv.web import UI_LINE, UI_ROW, UI_TOOLS
from docparse.sv.text import sentence_case
from docparse.structure.header import is_labelled_date_line
from docparse.structure.doctype import PROPOSED_AGENDA_RE, TYPE_HEAD_CHARS, TypeWord, is_link_line, is_sentence_paragraph, is_type_word
from docparse.structure.sections import is_section_heading
from docparse.structure.points import BARE_DECISION, INLINE_DECISION
from docparse.structure.reline import FLAT_LINE, first_headline, is_flattened

# A policy's status under or after its heading: "Antagen av kommunfullmäktige 2031-05-20",
# "Fastställd av styrelsen", "Reviderad 2031-01-01": a note on the document, not the heading.
_STATUS = (r"(?:fastställd|fastställt|antagen|antaget|reviderad|reviderat|beslutad|beslutat|godkänd|godkänt|upprättad|"
           r"upprättat|uppdaterad|uppdaterat)\s+(?:av|i|den|vid|\d)")
_STATUS_NOTE = re.compile(_STATUS, re.I)
# Labels and section headings that end a heading in a flattened header line.
# (The lookahead: every alternative opens at a blank or at a word's start with one of the labels' first
# letters; tested first, most positions of a long line fail it at once, not each alternative.)
_CUT_OPENINGS = "pbdsähfertvi"
_CUT = re.compile(
    r"(?=\s|(?<![\wåäö-])[" + _CUT_OPENINGS + r"])"
    r"(?:(?<![\wåäö-])(?:plats\s+och\s+tid|beslutande|(?:(?:vårt|ert)\s+)?datum|(?:vår|er)\s+beteckning|inkom(?=\s*:)|inkommen(?=\s*:)|sammanträdesdatum|dnr|diarienummer|diarienr|ärendenummer|"
    r"handläggare|sida\s+\d|"
    # ("Föredragningslista med förslag till beslut": an annotated agenda's kind, no section heading after it)
    + sections.alternation(sections.MATTER, sections.SUMMARY, sections.BACKGROUND, r"(?<!med\s)" + sections.PROPOSAL,
                           sections.DOCUMENTS, sections.MATTER_DESCRIPTION, sections.MATTER_DESCRIBED, sections.PROPOSAL_WORD)
    + r"|postadress|besöksadress|telefon|e-post|ref)(?![\wåäö-])"
    r"|\s\d\s?\(\s?\d+\s?\)"
    r"|\s(?=[-_=]{4,})"  # a typed heading's underline run on after it: "... VID LILLSJÖN ---------- BAKGRUND"
    r"|(?:(?<=\d:\d\))|(?<=\d:\d\d\))|(?<=\d:\d\d\d\)))\s(?=(?-i:[A-ZÅÄÖ]))"  # after a report's reference "(SOU 2031:17)": its text begins
    r"|\s(?=(?:[Mm]ån|[Tt]is|[Oo]ns|[Tt]ors|[Ff]re|[Ll]ör|[Ss]ön)dag(?:en)?\s+(?:den\s+)?\d)"  # "... Måndagen den 18 september"
    r"|\s(?=(?-i:[A-ZÅÄÖ]))(?=" + _STATUS + ")"  # a capitalised status note: "... Antagen av fullmäktige 2031-05-20"
    r"|\s(?=(?-i:Mellan|Parter)\s+(?-i:[A-ZÅÄÖ]))"  # an agreement's parties clause: "... (IOP) Mellan Exeby kommun ..."
    # a remissvar's opening formula run on after its subject: "... Exeby kommun har beretts tillfälle att yttra sig"
    # (the sender named in a word or with its kind: "Exeby kommun", "Region Exeland", "Nämnden")
    r"|\s(?=(?:(?-i:[A-ZÅÄÖ])[\wåäö-]+\s(?:kommun|stad|län)|(?-i:Region)\s(?-i:[A-ZÅÄÖ])[\wåäö-]+|(?-i:[A-ZÅÄÖ])[\wåäö-]+)"
    r"\s(?:har|hade)\s(?:beretts|fått|getts|givits)\s(?:tillfälle|möjlighet)(?![\wåäö]))"
    r"|\s(?=(?-i:Sökande|Bidragsmottagare)\s+(?-i:[A-ZÅÄÖ]))"
    # the letterhead run on after the heading: "... i Exeby Exeby kommun Kultur- och fritidsförvaltningen Dnr ..."
    r"|\s(?=(?-i:[A-ZÅÄÖ])[\wåäö-]+\s(?-i:kommun|stad)\s(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s(?:och|&)\s[a-zåäö]+|\s[a-zåäö]*)?förvaltning(?:en)?(?![\wåäö]))"
    # an e-service form's next field after its subject: "... Rubrik Fler bänkar i parken Beskrivning av förslaget ..."
    r"|\s(?=(?-i:Beskrivning\s+av|Beskriv)\s+(?:ditt\s+|ert\s+)?(?:förslaget|förslag|ärendet)(?![\wåäö]))"  # a grant decision's applicant: "... för julmarknad 2036 Sökande Exeby IF ..."
    r"|\s(?=(?-i:Nr|Nr\.)\s+(?-i:[A-ZÅÄÖ][a-zåäö]+)\s+(?-i:[A-ZÅÄÖ]))"  # a table's column labels: "... 2037 Nr Beslutsdatum Ärende ..."
    r"|\s(?=(?-i:[A-ZÅÄÖ][a-zåäö]+\s[a-zåäö])[^.:\n]{3,60}:\s+1[.)]\s)"
    r"|\s(?=(?-i:[A-ZÅÄÖ][a-zåäö]+)\s+(?-i:är|har|ska|skall|kommer|blir)\s+[a-zåäö]+\.))",  # a short sentence run on: "... Protokollet är justerat."  # a numbered list's lead-in: "... Följande handlingar anmäls: 1. ..."
    re.I,
)
# Page marks before a heading: "1(6)", "Sida 1 (3)", a viewer's page number before a capital.
_PAGE_PREFIX = re.compile(r"^(?:(?:\d{1,3}\s?\(\s?\d{1,3}\s?\)|\d{1,3}(?=\s+(?:[A-ZÅÄÖ]|\d{1,3}\s?\())|(?i:sida)\s+\d+(?:\s*\(\d+\))?)\s*)+")
# A single matter's paragraph mark before its heading: "§ 12 Arvodesreglemente" (the board's code and the
# meeting's date may stand before the sign: "Ks 2040-06-08 § 31 Ny taxa").
# The sign as Tesseract's Swedish model reads it alone ("8 58", "$ 58": repair puts it right only in
# a run of heads, and an excerpt has one).
# (a committee's code may be two words: "Ks au § 12 Title")
_PARAGRAPH_MARK = re.compile(r"^(?:(?:[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][a-zåäö]{1,3})(?:[ \t][A-Za-zåäö]{2})?[ \t]+(?:" + PARAGRAPH_MEETING_DATE + r"[ \t]+)?(?=§))?(?:§|" + PARAGRAPH_SIGN_MISREADS + r"(?=[ \t]+\d{1,4}[a-z]?[ \t]+[A-ZÅÄÖ]))\s*\d{1,4}[a-z]?\s+(?=[A-ZÅÄÖ])")
# A meeting's time line: "Måndagen den 3 mars 2031, kl. 10.00".
_WHEN = re.compile(r"^(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b|^kl(?:ockan|\.)?\s*\d", re.I)
# Protocol furniture: the heading stands above it, never below.
_PROTOCOL_TABLE = re.compile(r"^(?:beslutande|närvarande|ledamöter|övriga\s+(?:deltagare|deltagande|närvarande)|utses\s+att\s+justera|justerare)\b", re.I)
# Tolerant of a lost å/ä/ö ("Var beteckning", "Arendenummer"): OCR without the Swedish model
# leaves real words that repair does not touch.
_LABEL_START = re.compile(tolerant(
    r"^(?:till|från|datum|sammanträdesdatum|beslutsdatum|beslutsfattare|dnr|diarienummer|diarienr|ärendenummer|ärendenr|"
    r"(?:vår|er)\s+(?:beteckning|referens)|(?:vårt|ert)\s+dnr|handläggare|"
    r"telefon|e-post|referens|ref|beslutsinstans|plats\s+och\s+tid|mottagare|kopia|bilaga|bilagor|ärende|gäller|"
    r"avser|beslutet\s+avser|ärendemening|ärendets\s+rubrik|"
    # an e-service form's fields: who sent it, where from, when it came in
    r"förslagsställare|ärendetyp|ärendeslag|inlämnad\s+av|inlämnat\s+av|avsändare|adress|inkom|inkommen|inkommet|ankom|"
    # a letterhead's or footer's contact row: "Postadress Box 12, 123 45 Exeby  Besöksadress ..."
    r"postadress|besöksadress|leveransadress|fakturaadress|organisationsnummer|bankgiro|plusgiro|webbplats|växel|"
    # a delegation decision's head: the point of the delegation order it rests on, and its law
    r"delegationspunkt|delegationsordning|lagrum|"
    # a council member's question and its answer: who asked, whom it is put to
    r"interpellant|frågeställare|ställd\s+till|motionär|motionärer|"
    # ("Uppdaterad avgift för ...", a word in lower case after it, is a heading, no label)
    r"(?:publicerad|uppdaterad)(?![ \t]+(?!(?:av|den|senast|kl|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)\b)(?-i:[a-z\u00e5\u00e4\u00f6]))|artikeln\s+publicerades|nyhet(?:er)?(?!\s+(?:från|om|i)\s)|av|foto|fotograf|bildtext|sidansvarig|kontakt|organ|"
    # a page's reading time over its headline: "Lästid: 2 min", "Läsningstid 3 minuter"
    r"lästid|läsningstid|lästid\s+ca)\b"
    r"|^(?:tid|plats)\s*:"
    # a report's period and day under its heading: "Period: 2040-08-01 – 2040-08-31", "Rapportdatum: ..."
    r"|^(?:period|rapportperiod|rapportdatum|sammanställd)\s*:"
    r"|^ink\.[ \t]*\d"),  # a registry's stamp abbreviated: "Ink. 2038-03-05"
    re.I,
)
_UNIT = re.compile(r"(?:förvaltning(?:en)?|kontor(?:et)?|avdelning(?:en)?|enhet(?:en)?|kansli(?:et)?|sektor(?:n)?)$", re.I)
# The municipality's auditors, a unit of the letterhead of their own: "Exeby kommun Revisorerna MISSIV".
_AUDITORS = re.compile(r"(?:[Kk]ommun)?[Rr]evisionen|[Rr]evisorerna|(?:KOMMUN)?REVISIONEN|REVISORERNA")
# An office named by what it is for: "Avdelningen för grundskola", "Enheten för föreningsstöd".
_UNIT_OF = re.compile(r"(?:förvaltning(?:en)?|kontor(?:et)?|avdelning(?:en)?|enhet(?:en)?|kansli(?:et)?|sektion(?:en)?|"
                      r"stab(?:en)?)\s+för\s+\S+(?:\s+\S+){0,3}$", re.I)
# What joins a letterhead's parts on one line (a page header of a Word document often so).
_LETTERHEAD_JOIN = re.compile(r"\s*[,·•|]\s*|\s+[–-]\s+")
_CONTACT = re.compile(r"@|\btel(?:efon)?\b|\b0\d{1,3}[- ]\d{2,3}\s?\d{2}", re.I)
_MAX_WORDS = 25
_MAX_LINES = 15
_MAX_HEADING_LINES = 4
_LETTERHEAD_WORDS = 5  # a letterhead line over the municipality's name is short
# A line ending in a word that needs what follows: a heading wrapped, not a letterhead line.
_RUNS_ON = re.compile(r"(?:\s(?:i|för|och|av|till|med|om|på|inom|mellan)|[-–,])\s*$", re.I)
_SENTENCE_WORDS = 8  # a line of this many words ending in a full stop is a sentence, no heading
_FLAT_LINE = FLAT_LINE  # a line this long is a flattened header or paragraph, not a heading of its own
# A label on a line of its own: the next block is its value, not a heading.
# A subject label with its value on the same line: "Ärende: Internkontrollplan 2024".
# A table row's label cell does as a colon: "Ärende<TAB>Internkontrollplan 2024".
# ("Gäller" too, before a subject's capital: "Gäller<TAB>2034-01-01" is a validity's label.)
# ("Ärendet gäller:", "Ärendet avser:" as a label's words.)
# (pdftotext -layout's cells are wide gaps of spaces: "Ärende       Avtal om ...".)
# ("Avser:", "Beslutet avser:", "Ärendemening:", "Ärendets rubrik:" as a subject's label too.)
_LETTER = re.compile(r"[^\W\d_]")
_SUBJECT_LABEL = re.compile(r"^(?:(?:ärende|rubrik|angående|ämne|ärendet\s+(?:gäller|avser)|avser|beslutet\s+avser|ärendemening|"
                            r"(?:ärendets|förslagets)\s+rubrik)(?:\s*:|[ ]*\t|[ ]{3,})\s*(?=\S)"
                            r"|gäller(?:\s*:|[ ]*\t)\s*(?-i:(?=[A-ZÅÄÖ])))", re.I)
# The same label inside a flattened header line: "... Socialnämnden Ärende: Bidrag till X Förslag till beslut ...".
_INLINE_SUBJECT = re.compile(r"(?<![\wåäö-])(?:Ärende|ÄRENDE|Rubrik|RUBRIK|Angående|Ämne|Gäller|Ärendet[ \t]+(?:gäller|avser)|"
                             r"Avser|Beslutet[ \t]+avser|Ärendemening|(?:Ärendets|Förslagets)[ \t]+rubrik)[ \t]*:[ \t]*(?=[A-ZÅÄÖ\"”“])"
                             # An e-service form's field printed flat, label and value with no colon between:
                             # "... Förslagsställare Eva Ek Rubrik Fler bänkar i parken Beskrivning av förslaget ..."
                             # (only the label that names nothing but a subject, capitalised as a label is)
                             r"|(?<![\wåäö-])(?:Rubrik|RUBRIK|(?:Förslagets|Ärendets)[ \t]+rubrik|Rubrik[ \t]+på[ \t]+förslaget)[ \t]+(?=[A-ZÅÄÖ][a-zåäö])"
                             # a typed paper's section label in capitals, flattened before its subject: "... ÄRENDE
                             # Avtal om ... BAKGRUND ...", "... ÄRENDE STÖD TILL ... BAKGRUND ..." (never a sentence's word)
                             r"|(?<![\wåäöÅÄÖ-])ÄRENDE[ \t]+(?=[A-ZÅÄÖ][A-Za-zåäöÅÄÖ])")
_INLINE_SUBJECT_REACH = 400
# "Ärendebeskrivning" (å/ä/ö lost too: "Arendebeskrivning") as the label of a subject line.
_DESCRIPTION_OVER_SUBJECT = re.compile(tolerant(sections.MATTER_DESCRIPTION) + r"\s*:?", re.I)


def _is_subject_line(line: str) -> bool:
    """A subject's line: a few words, a capital first, no sentence's full stop at its end."""
    text = line.strip(" \t*#")
    return 2 <= len(text.split()) <= 12 and text[:1].isupper() and not text.endswith((".", ":", ";", ","))
def _wraps_in_value_column(line: str, column: int, value: str) -> bool:
    """The next line of a subject after its label, indented to the value's column (a letter's
    "Ärende:" row wrapped), a few words and no label, date or section heading of its own."""
    text = line.strip()
    indent = len(line) - len(line.lstrip(" "))
    return (abs(indent - column) <= 1 and indent >= 4 and 1 <= len(text.split()) <= 12 and not text.endswith(".")
            and not _LABEL_START.match(text) and not DATE_RE.match(text) and not is_section_heading(text)
            and not _SUBJECT_LABEL.match(text))


def _wraps_in_tab_column(line: str, label_part: str) -> bool:
    """The same in a table saved with tabs ("Angående<TAB>Riktlinjer för ... vid" / "<TAB>sjukhusbesök"):
    the next line's empty label cell, as many tabs as before the value, then the value's words."""
    tabs = label_part.count("\t")
    text = line.lstrip("\t")
    return (tabs >= 1 and len(line) - len(text) == tabs and "\t" not in text and not text[:1].isspace()
            and 1 <= len(text.split()) <= 12 and not text.rstrip().endswith(".") and not _LABEL_START.match(text)
            and not DATE_RE.match(text) and not is_section_heading(text.strip()) and not _SUBJECT_LABEL.match(text))


def _is_value_row(line: str) -> bool:
    """The values under a label row: "2032-01-20<TAB>BUN 2032/0019", every word a number or a
    diarienummer's code in capitals before its number."""
    words = line.split()
    return bool(words) and all(any(c.isdigit() for c in w) or (w.isupper() and len(w) <= 6 and k + 1 < len(words)
                                                              and any(c.isdigit() for c in words[k + 1]))
                               for k, w in enumerate(words))
# What may follow the type word on its dateline: separators and a date.
# The hour a web page stamps after its date: "09:12", "kl 09.12", "kl. 15.40", "10:30 CET".
_TIME = r"(?:[\s,]*(?:kl\.?|klockan)?[ \t]*[0-2]?\d[.:][0-5]\d(?:[ \t]*(?:CET|CEST|UTC))?)?"
# A day and a month without the year, as a page's dateline may print them ("Nyhet · 3 maj").
_DAY_MONTH = r"[0-3]?\d[ \t]+" + MONTH_NAME_ALT + r"(?![\wåäö])"
# A month of a year after the type word names what it covers, no date of its own: "Delegationsbeslut februari 2039".
_MONTH_OF_YEAR = re.compile(r"[ \t]+" + MONTH_NAME_ALT + r"[ \t]+(?:19|20)\d\d[ \t]*", re.I)
_DATE_TAIL = re.compile(r"[\s•·|,:–-]*(?:(?:" + DATE_RE.pattern + "|" + _DAY_MONTH + r")" + _TIME + r")?[\s•·|,.]*", re.I)
# A subtitle under a type word: "om ...", "för ...", "mellan ...".
# Who sends a press release, between its type word and its date: " från Region X,".
_SENDER = re.compile(r"^\s+från\s+[^,\n]{2,60}?(?=,|\s+\d)")
_SUBTITLE = re.compile(r"(?:om|för|mellan|avseende|angående|gällande|över)\s+\S")
# (in capitals too, as a heading printed in capitals has it: "ÖVERENSKOMMELSE" / "OM BIDRAG TILL X")
_SUBJECT_UNDER = re.compile(r"om\s+[a-zåäö]|OM\s+[A-ZÅÄÖ]{2}")
# A news page's dateline over its headline, in the block's first line: "Nyhet | 2031-02-12",
# "Publicerad 12 februari 2031", "News • 12 February 2031" (sites with an English interface).
_EN_DATE = (r"(?:[0-3]?\d\s+(?:january|february|march|april|may|june|july|august|september|october|"
            r"november|december)|(?:january|february|march|april|may|june|july|august|september|october|"
            r"november|december)\s+[0-3]?\d,?)\s+(?:19|20)\d\d")
# ("Senast uppdaterad 4 juni 2040" / "Senast ändrad: ..." over the headline: the page's stamp, no headline)
_DATELINE_LABEL = (r"(?:nyhet(?:er)?|news|publicerad|published|(?:senast\s+)?(?:uppdaterad|ändrad)|updated|last\s+updated|"
                   r"pressmeddelande|press\s+release)\s*:?"
                   r"(?:\s*(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?(?:\s+den)?)?")  # ("Publicerad måndag 14 april 2031")
_DATELINE = re.compile(
    r"(?:" + _DATELINE_LABEL + r")?[\s•·|,:–-]*(?:" + DATE_RE.pattern + "|" + _EN_DATE + r")" + _TIME + r"[\s•·|,.]*"
    # (a day and a month alone only after the label: "Nyhet · 3 maj")
    r"|" + _DATELINE_LABEL + r"[\s•·|,:–-]*" + _DAY_MONTH + _TIME + r"[\s•·|,.]*",
    re.I,
)


# A press release's dateline: the place it is sent from, often in capitals, and the date ("VÄXJÖ 2031-11-06",
# "Exeby, 6 november 2031").
_DATELINE_PLACE = r"[A-ZÅÄÖ][\w-]+(?:[ ][A-ZÅÄÖ][\w-]+)?"  # a place's name of one or two words (\w holds å, ä, ö)
_PLACE_DATELINE = re.compile(_DATELINE_PLACE + r",?[ \t]+(?:den[ \t]+)?(?:" + DATE_RE.pattern + r")"
                             + _TIME + r"[\s.]*")


# Datelines side by side on one line: "Uppdaterad 5 mars 2031 | Publicerad 2 mars 2031".
_DATELINE_GAP = re.compile(r"[ \t]*[|•·][ \t]*|[ \t]{2,}|\t")


def _is_dateline_row(line: str) -> bool:
    parts = [p for p in _DATELINE_GAP.split(line.strip()) if p]
    return bool(parts) and all(_DATELINE.fullmatch(p) for p in parts)


def is_dateline(line: str) -> bool:
    """A web page's or press release's dateline: a date (and its hour), after a publication label,
    the page's kind or the place it is sent from ("2031-05-03 09:12", "Publicerad 3 maj 2031 kl 09.12",
    "Nyhet · 3 maj", "VÄXJÖ 2031-11-06")."""
    line = line.strip(" \t*#")
    return _DATELINE.fullmatch(line) is not None or _PLACE_DATELINE.fullmatch(line) is not None
# A diarienummer alone: a board code before year and number ("KS 2031/0198", "RS 2031-00087").
_BARE_DNR = re.compile(r"(?:[A-ZÅÄÖ]{1,6}[ -]?)?(?:19|20)?\d{2}[/-]\d{1,6}(?:[-/]\d{1,4})?")
# A site's breadcrumb trail: "Startsida > Nyheter > ...".
_BREADCRUMB = re.compile(r"\S\s+[>›»]\s+\S|^(?:hem|start|startsida|home)\s*[/|]\s*\S|\S\s/\s[^/\n]+\s/\s\S|"
                         r"^\s*du\s+är\s+här\s*:"  # (the trail's own label: "Du är här: Start / Nyheter")
                         # (a trail whose separators were pictures, copied as spaces: "Startsida Omsorg och stöd
                         # Aktuellt"; the site's home opens it, a capital follows, no sentence)
                         r"|^\s*(?-i:Startsida|Start|Hem)[ \t]+(?-i:[A-ZÅÄÖ])[^.!?:\n]*$"
                         # (a trail of two crumbs, each a short capitalised link: "Kultur och fritid / Aktuellt")
                         r"|^\s*(?-i:[A-ZÅÄÖ])[^/\d.!?:\n]{1,40}\s/\s(?-i:[A-ZÅÄÖ])[^/\d.!?:\n]{1,40}$", re.I)
# A label row: a label of one or two words, a tab or a wide gap, its value ("Myndighet      Fritidsnämnden").
_LABEL_ROW = re.compile(r"^[ \t]*[A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+)?:?(?:\t|[ ]{3,})\S")
# A site's menu: three or more short cells without digits ("Logga in | Lyssna | In English").
_MENU_CELL = re.compile(r"[^\d\t|]{1,25}")
# A sentence's opening word that no heading opens with when it ends in a full stop: a preposition,
# a pronoun, a conjunction ("Mellan kommunen och föreningen har ... träffats.", "Det har ...").
_SENTENCE_OPENING = re.compile(r"(?:mellan|enligt|med|under|efter|genom|vid|inom|utifrån|det|den|detta|denna|dessa|"
                               r"vi|jag|som|när|då|eftersom|här|där)\s", re.I)
# A numbered section's heading: "1. Parter", "2 Avtalstid", "3.1 Ersättning".
_NUMBERED_SECTION = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÅÄÖ]")
# What carries a protocol's or agenda's heading word on into its meeting: "Kallelse till ...",
# "Föredragningslista för ...", "Protokoll från ...", "Protokoll fört vid sammanträde med ...".
_HEADING_GOES_ON = re.compile(r"\s+(?:till|för|över|från|vid|förd?t?\s+vid)\s")
_CAPS_HEADING_GOES_ON = re.compile(r" (?:FÖR|OM|AV|MED|MELLAN|AVSEENDE|GÄLLANDE) [A-ZÅÄÖ]{2,}(?![a-zåäö])")
_CAPS_GOES_ON = re.compile(r"\s+(?:TILL|FÖR|ÖVER|FRÅN|VID|FÖRD?T?\s+VID)\s")
# The agenda named beside the summons, the heading's whole line: "Kallelse med föredragningslista",
# "Kallelse och dagordning", or the summons named after the agenda: "Föredragningslista och kallelse".
# (In a flattened head the pair runs on into the next label: "Kallelse och föredragningslista Datum ...".)
# (An annotated agenda names its proposals so: "Föredragningslista med förslag till beslut".)
_AGENDA_PAIR = re.compile(r"[ \t]+(?:(?:med|och)[ \t]+(?:föredragningslista|dagordning|ärendelista|kallelse)|med[ \t]+"
                          + sections.PROPOSAL.replace(r"\s+", r"[ \t]+") + r")(?=[ \t*#]*$|[ \t]+[A-ZÅÄÖ])", re.I)
# A paragraph's text under a heading, no line of it (a web page's <h1> and <p> on adjacent lines):
# sentences, one ended and the next begun, or a long line ending in a full stop.
_IS_PARAGRAPH = re.compile(r"[a-zåäö0-9][.!?][ \t]+[A-ZÅÄÖ]|^(?:\S+[ \t]+){9,}\S+\.[ \t]*$")
# A note to the reader over the document: "Observera att ...", "OBS! ...".
_SHORT_SENTENCE_WORDS = 4


def _prose_under(block: list[tuple[int, int, str]], j: int, above: str) -> bool:
    """The block's lines from ``j`` on are a paragraph run on under its heading (OCR drops the blank
    line between them): they open with a capital under a line that does not run on, and hold a
    sentence's end before a capital or end in one, a sentence's length of words."""
    rest = " ".join(line.strip() for _s, _e, line in block[j:])
    return (rest[:1].isupper() and _RUNS_ON.search(above) is None and len(rest.split()) >= 2 * _SENTENCE_WORDS
            and (re.search(r"[a-zåäö0-9][.!?] [A-ZÅÄÖ]", rest) is not None or rest.endswith((".", "!", "?"))))


def _is_short_sentence(line: str, above: str) -> bool:
    """A sentence of its own under a heading (a web page's <h1> and a short <p> on adjacent lines:
    "Beslut i korthet från X" / "Här är några av besluten."): it opens with a capital and ends in
    a full stop, and the line above does not run on into it ("Avtal med" / "Föreningen X.")."""
    text = line.strip()
    return (text[:1].isupper() and text.endswith((".", "!", "?")) and len(text.split()) >= _SHORT_SENTENCE_WORDS
            and _RUNS_ON.search(above) is None)


_READER_NOTE = re.compile(r"\s*(?:observera|obs\b[!.:]?)\s", re.I)
# A menu link on a line of its own: up to four words, capitalised, not running on, no sentence (a
# comma may part its words: "Bygga, bo och miljö").
_MENU_LINE = re.compile(r"[A-ZÅÄÖ][\wåäö-]*,?(?: (?!(?:i|för|och|av|till|med|om|på)$)[\wåäö-]+,?){0,3}(?<!,)")
# A menu's row of links in one line, its cells apart by wide gaps ("Bo och leva  Kommun och politik  Näringsliv").
_MENU_ROW_GAP = re.compile(r"\t|[ ]{2,}|[ ]*\|[ ]*")


def _is_tag_list(line: str, above: str) -> bool:
    """A news article's tags under its headline, capitalised links parted by commas ("Skola och
    förskola, Bygga och bo"), not the headline's wrapped end (the line above does not run on)."""
    parts = [p.strip() for p in line.strip().split(",")]
    return (len(parts) >= 2 and _RUNS_ON.search(above) is None
            and all(p[:1].isupper() and _MENU_LINE.fullmatch(p) for p in parts))


def _is_menu_line(line: str) -> bool:
    """A menu's link alone on its line, or a row of links."""
    line = line.strip()
    return _MENU_LINE.fullmatch(line) is not None or all(_MENU_LINE.fullmatch(c) for c in _MENU_ROW_GAP.split(line))


# The officer after a case's number in a head table's row of values: " Eva Ek", " Per-Olof Sund, utredare".
_OFFICER_AFTER_DNR = re.compile(r"[ \t]+([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)[ \t]+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
                                r"(?:,[ \t]*[a-zåäö][\wåäö -]*)?")
# An organisation number with its label alone on its line.
_ORGNR_ALONE = re.compile(r"(?i:organisationsnummer|org\.?[ \t]*(?:nummer|nr)\.?)[ \t]*:?[ \t]*\d{6}[ \t]*-?[ \t]*\d{4}")
# A § mark alone, in words or sign: "Paragraf 88", "§ 12", with the board's code before it: "BUN § 38",
# "Dir § 45" (in mixed case, then a space apart), "Bun 2039-05-12 § 45" (the meeting's date between), the year
# after the number ("§ 45/2039"), the sign after it ("45 §"), or its label: "Paragraf § 12" (a head table's cell, flattened).
_PARAGRAPH_ALONE = re.compile(r"(?:(?:[A-ZÅÄÖ]{2,6}[ \t]*|[A-ZÅÄÖ][a-zåäö]{1,3}[ \t]+(?=§)|[A-ZÅÄÖ][A-Za-zåäö]{1,5}[ \t][A-Za-zåäö]{2}[ \t]+(?=§)|[A-ZÅÄÖ][A-Za-zåäö]{1,5}[ \t]+" + PARAGRAPH_MEETING_DATE + r"[ \t]+(?=§))?(?:(?i:paragraf)[ \t]*:?[ \t]*)?(?:§|(?i:paragraf))\s*(?:" + PARAGRAPH_YEAR_SERIAL + r"|\d{1,4}[a-z]?(?:/(?:19|20)?\d\d(?!\d))?)"
                             r"|(?:[A-ZÅÄÖ]{2,6}[ \t]+)?\d{1,4}[ \t]*§(?!§))")
# A person's name alone: "Eva Lund", "Per-Olof Ek Lind".
_GIVEN_NAME = r"([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)"  # "Eva", "Per-Olof"
_PERSON_ALONE = re.compile(_GIVEN_NAME + r"(?: [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){1,2}")
# A person's name and title: "Eva Holm, miljöinspektör", "Per Ek Lind, t.f. enhetschef".
_PARTY_AFTER = re.compile(r"[ \t]*\([A-ZÅÄÖ]{1,3}\)$")  # a politician's party after the name: "(S)", "(SD)", "(MP)"
_PERSON_TITLE = re.compile(_GIVEN_NAME + r"(?: [A-ZÅÄÖ][a-zåäöé-]+){1,2},[ \t]*([a-zåäö][\wåäö. -]{2,40})")
# What may follow a board's name in an addressee or letterhead line: its municipality.
_OF_MUNICIPALITY = re.compile(r"(?:,?[ \t]+i[ \t]+|,[ \t]*)" + MUNICIPALITY_RE.pattern + r"[ \t.,]*")
# A postal address's last line: "103 33 Stockholm", "Box 12, 666 21 Bengtsfors", "SE-742 21 Östhammar".
_ADDRESS_LINES = 6  # an address block's lines: name, c/o, street, box, postal code and town
_POSTAL_LINE = re.compile(r"(?:(?i:box)[ \t]+\d{1,5},?[ \t]*)?(?:SE-?[ \t]?)?\d{3}[ \t]?\d{2}[ \t]+[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+[A-ZÅÄÖ][\wåäö-]+)?")
_LABEL_ALONE = re.compile(tolerant(
    r"^(?:till|från|handläggare|kontaktperson(?:er)?|mottagare|datum|dnr|diarienummer|vår\s+beteckning|"
    r"beslutsinstans|ärende|kopia|för\s+kännedom)\s*:?$"),
    re.I,
)


def _label_pairs_after_kind(block: list[tuple[int, int, str]]) -> int:
    """How many lines of a block under its kind word are labels alone, each over its value (two pairs
    at least, and a line after them), counting the kind's line; 0 when the block is not so."""
    j = 1
    while j + 2 < len(block) and _LABEL_ALONE.match(block[j][2].strip(" \t*#")) and not _LABEL_ALONE.match(block[j + 1][2].strip(" \t*#")):
        j += 2
    return j if j >= 5 else 0


_RULE_LINE = re.compile(r"[ \t]*[-_=*]{3,}[ \t]*")


def _blocks(lines: list[tuple[int, int, str]], start: int) -> list[list[tuple[int, int, str]]]:
    """Paragraph blocks (runs of non-blank lines) from ``start`` on."""
    blocks: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for span in lines:
        if span[1] <= start:
            continue
        line = span[2]
        # (a typed heading's underline, "-------", or a rule ends the block as a blank line does)
        if line and not line.isspace() and not _RULE_LINE.fullmatch(line):
            cur.append(span)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def _blocks_after(blocks: list[list[tuple[int, int, str]]], k: int, pos: int) -> list[list[tuple[int, int, str]]]:
    """The blocks from ``pos`` on, block ``k`` (which holds ``pos``) cut to its lines after it."""
    out = []
    for block in blocks[k:]:
        rest = block if block[0][0] > pos else [ln for ln in block if ln[1] > pos]
        if rest:
            out.append(rest)
    return out


@dataclass
class Title:
    text: str
    span: tuple[int, int]
    source: str  # type (a protocol's own heading word), heading (a subject line), web (the site's title)


# A diarienummer without its label in a column of its own at a line's end: "Title      KS 2039/0120".
_DNR_COLUMN_END = re.compile(r"(?:\t|[ ]{3,})[A-ZÅÄÖ]{1,6}[ \t]?(?:19|20)\d\d/\d{1,6}(?:-\d{1,3})?[ \t]*$")


_WIDE_GAP = re.compile(r"\t|[ ]{3,}")


def _dnr_cell_start(line: str) -> int | None:
    """Where a diarienummer's cell closing the line begins (the gap before it), labelled ("...      Dnr KS
    04/123") or bare ("...      KS 2039/120"); None when the line's last cell is none."""
    bare = _DNR_COLUMN_END.search(line)
    if bare:
        return bare.start()
    last = None
    for last in _WIDE_GAP.finditer(line.rstrip()):
        pass
    if last is not None and last.start() > 0 and DNR_LABEL_RE.match(line, last.end()) and take_value(line, DNR_LABEL_RE.match(line, last.end()).end()):
        return last.start()
    return None


def _bracketed_dnr(line: str) -> bool:
    """A diarienummer in brackets alone on its line, "(Dnr 2037/KS0412)", as older protocols print it
    under a matter's heading: the heading's number, not its words."""
    m = re.fullmatch(r"[ \t]*\([ \t]*(.+?)[ \t]*\)[ \t]*", line)
    label = DNR_LABEL_RE.match(m.group(1)) if m else None
    return label is not None and bool(take_value(m.group(1), label.end()))


def _clean_line(line: str) -> tuple[str, int]:
    """The line without a leading page mark or a leading date; the offset of what is kept."""
    off = len(line) - len(line.lstrip(" \t•·-*"))
    rest = line[off:]
    m = _PAGE_PREFIX.match(rest) or _PARAGRAPH_MARK.match(rest)
    if m:
        off += m.end()
        rest = rest[m.end():]
    d = DATE_RE.match(rest)
    sep = _AFTER_LEADING_DATE.match(rest, d.end()) if d else None
    if sep and len(rest) > sep.end() + 2 and not _PRINT_HEAD.match(rest):
        off += sep.end()
        rest = rest[sep.end():]
    return rest, off


# What parts a leading date from the headline on its line: a space, or a bar, a dash or a dot between
# spaces ("14 maj 2039 | Nytt badhus", "2039-05-14 – Nytt badhus"; a bar between cells is a tab by now).
_AFTER_LEADING_DATE = re.compile(r"[ \t]+(?:[|–—·•-][ \t]+)?")


# A kallelse's heading line: "<Body> kallas till sammanträde".
# The body after the heading word and a dash, the heading's whole line: "Protokoll – Direktionen".
_DASH_BOARD = re.compile(r"[ \t]+[–-][ \t]+(?:" + BOARD_RE.pattern + r")(?:[ \t]+(?:den[ \t]+)?(?:" + DATE_RE.pattern
                         + r"))?(?=[ \t*#]*$)")
# The same without a dash, the body in lower case: "Protokoll kommunstyrelsen 2040-03-12" (or after a
# colon: "Kungörelse: kommunfullmäktige 28 september 2039").
_LOWER_BOARD = re.compile(r":?[ \t]+(?P<name>[a-zåäö][^\n]{2,60}?)(?:[ \t]+(?:den[ \t]+)?(?:" + DATE_RE.pattern
                          + r"))?(?=[ \t*#]*$)")
# The body that met, capitalised, and its day after the heading word, one space apart, up to the
# line's end: "Protokoll Tekniska nämnden 2038-11-22" (the day keeps it apart from a head's cells).
_BOARD_AND_DAY = re.compile(r" (?P<name>(?-i:[A-ZÅÄÖ])(?:\S| (?=\S)){2,60}?) (?:den )?(?:" + DATE_RE.pattern
                            + r")(?=[ \t*#]*$)")
# The meeting's day alone after the heading word, one space apart: "PROTOKOLL 2039-10-07".
_DAY_AFTER_WORD = re.compile(r" (?:den[ \t]+)?(?:" + DATE_RE.pattern + r")(?=[ \t*#]*$)")
# A flattened page's heading naming the meeting's body and day, the page's text run on after it
# ("Dagordning Socialnämnden 4 maj 2041 Exeby kommun Tid: ..."): the heading ends with the day.
_BOARD_DAY_RUN_ON = re.compile(r"[ \t]+(?:" + BOARD_RE.pattern + r")[ \t]+(?:den[ \t]+)?(?:" + DATE_RE.pattern + r")(?=[ \t]+\S)")
# A protocol's serial number in a flattened head, the next field's capitalised word after it ("PROTOKOLL
# 4/2032 Stadsstyrelsen Tid ..."; a day there may be a column's cell: "KALLELSE 2040-04-08" is no heading).
_FLAT_SERIAL = re.compile(r"[ ](?:(?i:nr)\.?[ ])?\d{1,3}/(?:19|20)\d\d(?=[ \t]+[A-ZÅÄÖ][a-zåäö])")
_SUMMONS = re.compile(r"[A-ZÅÄÖ][^\n]{2,100}?\skallas\s+till\s+(?:sammanträde|möte)[^\n]{0,60}(?=\n|$)")


def _rest_of_line(body: str, pos: int) -> str:
    end = body.find("\n", pos)
    return body[pos:len(body) if end < 0 else end]


def _is_sentence(line: str) -> bool:
    return len(line) <= _FLAT_LINE and line.rstrip().endswith(".") and len(line.split()) >= _SENTENCE_WORDS


# The meeting's day as a heading's wrapped last line: "den 17 november 2038", with its weekday
# ("onsdagen den 4 maj 2038", as an older protocol's centred heading prints it).
_DAY_LINE = re.compile(r"[ \t]*(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?[ \t]+)?den[ \t]+(?:" + DATE_RE.pattern + r")[ \t]*(?=\n|$)", re.I)
# The meeting's body as a heading's wrapped last line after "med" or "i": "kommunstyrelsens arbetsutskott".
_WRAPPED_MEETING = re.compile(r"[ \t]+(?:med|i)[ \t]*$", re.I)


def _meeting_wrapped_below(body: str, line_end: int, end: int) -> int:
    """A protocol's or agenda's heading wrapped before its day ("Protokoll från socialnämndens
    sammanträde" / "den 17 november 2038") or before the body that meets ("Kallelse till
    sammanträde med" / "kommunstyrelsens arbetsutskott"): the heading's end after that line, else
    ``end`` (``line_end``: where the heading's line ends)."""
    nl = body.find("\n", line_end)
    if nl < 0 or body[line_end:nl].strip():
        return end
    day = _DAY_LINE.match(body, nl + 1)
    if day:
        return day.end() if end == line_end else end
    if not _WRAPPED_MEETING.search(body, body.rfind("\n", 0, line_end) + 1, line_end):
        return end
    next_end = body.find("\n", nl + 1)
    below = body[nl + 1: len(body) if next_end < 0 else next_end].strip()
    if below and BOARD_RE.fullmatch(sentence_case(below[:1].upper() + below[1:])):
        return nl + 1 + body[nl + 1:].index(below) + len(below)
    return end


def _page_heading(body: str, lines: list[tuple[int, int, str]], start: int, type_word: TypeWord) -> Title | None:
    """A web page's own heading above a flattened protocol ("Kommunstyrelsens protokoll 2031-05-10"
    over one long line that opens "Protokoll ..."), or above a sentence that opens with the type word
    ("Protokoll från regionfullmäktiges sammanträde den 22 april ... i Regionens hus."): a short
    line before it naming the same type."""
    line_start = body.rfind("\n", 0, type_word.span[0]) + 1
    line_end = body.find("\n", type_word.span[1])
    line = body[line_start:len(body) if line_end < 0 else line_end]
    if len(line) <= _FLAT_LINE and not _is_sentence(line):
        return None
    word = re.compile(r"(?<![\wåäö])" + re.escape(type_word.printed.lower()) + r"(?![\wåäö])")
    meeting = None  # a heading naming the body that meets and its day ("Direktionen 4 mars 2040"): the nearest
    for ls, le, line in lines:
        if ls >= line_start:
            break  # the page heading stands above the flattened line
        if le <= start:
            continue
        text = line.strip()
        if 2 <= len(text.split()) <= 8 and len(text) <= 80 and word.search(text.lower()) and not _BREADCRUMB.search(text):
            off = ls + line.index(text)
            return Title(text, (off, off + len(text)), "heading")
        if 2 <= len(text.split()) <= 8 and len(text) <= 80 and _MEETING_HEADING.fullmatch(text):
            off = ls + line.index(text)
            meeting = Title(text, (off, off + len(text)), "heading")
    return meeting


# A meeting page's heading naming the body and the day it meets, over the sentence that calls to it:
# "Direktionen 4 mars 2040", "Regionstyrelsen 2040-11-05", "Socialnämnden – sammanträde 12 maj 2040".
_MEETING_HEADING = re.compile(r"(?:" + BOARD_RE.pattern + r")(?:[ \t]+[–-][ \t]+[a-zåäö]+)?[ \t]+(?:den[ \t]+)?(?:" + DATE_RE.pattern + r")")


# Labels whose value is a date or a number: in a flattened head the subject may follow the value.
_BARE_DECISION = re.compile(BARE_DECISION)
_VALUE_LABEL = re.compile(r"(?<![\wåäö-])(?:datum|sammanträdesdatum|dnr|diarienummer|diarienr|ärendenummer|inkom(?=[ \t]*:)|inkommen(?=[ \t]*:))[ \t]*:?[ \t]*", re.I)


# The officer and the title after the name: "Handläggare Eva Ek, utredare" in a flattened head; the
# label may list the cell's parts ("Handläggare, telefon Eva Ek, utredare").
_OFFICER_VALUE = re.compile(r"(?<![\wåäö-])(?:handläggare|beslutsfattare|vår[ \t]+ref(?:erens)?\.?)(?:,[ \t]*(?:titel|telefon|tfn|tel\.?))*[ \t]*:?[ \t]*[A-ZÅÄÖ][\wåäö-]+[ \t]+[A-ZÅÄÖ][\wåäö-]+(?:,[ \t]*[a-zåäö][\wåäö-]*)?", re.I)


# A delegated decision's note of whose power it uses: "Beslut enligt delegation från Miljönämnden",
# "Beslutet fattat med stöd av delegation"; no subject, and its "Beslut" no section heading.
_DELEGATION_NOTE = re.compile(r"(?<![\wåäö-])(?:beslut(?:et)?|fattat)(?:\s+fattat)?\s+(?:enligt|med\s+stöd\s+av)\s+delegation"
                              r"(?:\s+(?:från|av)\s+(?:" + BOARD_RE.pattern + r"))?", re.I)


# Whom a letter goes to, in a flattened head: a board, or a ministry or agency, one word
# ("Till Finansdepartementet", "Till Socialstyrelsen", "Till Länsstyrelsen i Exeby län").
_ADDRESSEE_VALUE = re.compile(
    r"(?<![\wåäö-])(?:Till|TILL)[ \t]*:?[ \t]+(?:" + BOARD_RE.pattern + r"|[A-ZÅÄÖ][a-zåäö]+(?:departementet|myndigheten|verket|"
    r"inspektionen|styrelsen|kansliet|delegationen|nämnden)(?:[ \t]+i[ \t]+[A-ZÅÄÖ][a-zåäö]+[ \t]+län)?)(?![\wåäö-])"
    # (and the board that gets a copy after it: "Till Kommunstyrelsen För kännedom Kommunfullmäktige")
    # (with its municipality: "Till kommunfullmäktige i Exeby kommun")
    r"(?:[ \t]+i[ \t]+(?:[A-ZÅÄÖ][\wåäö-]+[ \t]+){1,2}(?:kommun|stad|KOMMUN|STAD)|[ \t]+i[ \t]+Region[ \t]+[A-ZÅÄÖ][\wåäö-]+)?"
    r"(?:[ \t]+(?:För|FÖR)[ \t]+(?:kännedom|KÄNNEDOM)[ \t]*:?[ \t]+[A-ZÅÄÖ][\wåäö-]*" + DEFINITE_HEADS + r"(?![\wåäö-]))?")


_NEXT_WORD = re.compile(r"[ \t]+([A-ZÅÄÖ][a-zåäö-]+)(?=[ \t])")


def _past_officer_title(line: str, end: int) -> int:
    """The officer's value runs on over a capitalised title with no comma before it: "Handläggare
    Eva Ek Utredare Kommunstyrelsen Taxa för ..." (the subject, after the addressee, follows it)."""
    m = _NEXT_WORD.match(line, end)
    return m.end() if m and line[end - 1].isalpha() and is_title_word(m.group(1)) else end


def _unlabelled_date_and_number(line: str) -> re.Match | None:
    """A flattened head's date and board-code number with no label before them (labels over their
    values, "Datum Diarienummer 2039-03-18 X 2039/0064", are read by the label runs)."""
    m = BARE_AFTER_DATE.search(line, 0, _INLINE_SUBJECT_REACH)
    return m if m and not DNR_LABEL_RE.search(line, 0, m.start()) else None


def _label_value_ends(line: str):
    """Where each label's value ends in a flattened head: a date's, a number's, an officer's."""
    for m in _VALUE_LABEL.finditer(line, 0, _INLINE_SUBJECT_REACH):
        date = DATE_RE.match(line, m.end())
        taken = None if date else take_value(line, m.end())
        if date or taken:
            yield date.end() if date else taken[2]
    for m in _OFFICER_VALUE.finditer(line, 0, _INLINE_SUBJECT_REACH):
        yield _past_officer_title(line, m.end())
    bare = _unlabelled_date_and_number(line)
    if bare:
        yield bare.end()  # an unlabelled date and number: "Tjänsteskrivelse 2040-05-06 RS 2040/1187 <subject>"
    for m in _DELEGATION_NOTE.finditer(line, 0, _INLINE_SUBJECT_REACH):
        yield m.end()
    for m in _ADDRESSEE_VALUE.finditer(line, 0, _INLINE_SUBJECT_REACH):
        yield m.end()
    for _m, values in label_runs(line, 0, min(len(line), _INLINE_SUBJECT_REACH)):
        # labels first, then their values: the subject may follow the last value read
        ends = [v.value[1] for v in values if v.value]
        if ends:
            yield ends[-1]


# A name or two (capitalised words) before a kind word and its preposition: "Näringsdepartementet
# Yttrande över ...", "Trafikverket Region Mitt Remissvar avseende ...".
_KIND_SUBJECT_IN = re.compile(r"(?:[A-ZÅÄÖ][\wåäö-]+ ){1,3}(?:(?:SE-?)?\d{3} ?\d{2} [A-ZÅÄÖ][\wåäöÅÄÖ-]+ )?(?P<kind>[A-ZÅÄÖ][a-zåäö]+) (?:över|om|avseende|angående|gällande) \S")


# A letter's attention line in its recipient's block: "Att: Eva Ek", "Attn: Eva Ek".
_ATTENTION = re.compile(r"(?<![\wåäö-])(?:Att|ATT|Attn)[ \t]*:[ \t]*[A-ZÅÄÖ]")


# A body's decision heading run on after a flattened subject, numbered or not: "... Kommunstyrelsens
# beslut Kommunstyrelsen antar ...", "... Tekniska nämndens beslut 1. ...".
_BODY_DECISION_HEAD = re.compile(r"[ \t]+(?:[A-ZÅÄÖ][\wåäö-]*[ \t]+)?[A-ZÅÄÖa-zåäö][\wåäö-]*(?:nämndens|styrelsens|utskottets|"
                                 r"fullmäktiges|direktionens)[ \t]+(?:beslut|förslag(?:[ \t]+till[ \t]+beslut)?)"
                                 r"(?=[ \t]*:|[ \t]+[A-ZÅÄÖ]|[ \t]+\d{1,2}\.[ \t])")


def _subject_after_values(line: str, type_word: TypeWord | None) -> tuple[int, int] | None:
    """A flattened head's subject after a label's value, up to the next label or section heading:
    "Tjänsteskrivelse 2031-03-03 Diarienummer RS 2031-00087 Riktlinjer för X Förslag till beslut ..."."""
    for pos in sorted(_label_value_ends(line)):
        pos += len(line[pos:pos + 20]) - len(line[pos:pos + 20].lstrip())
        if _DELEGATION_NOTE.match(line, pos):
            continue  # the note's own end is a value end too: the subject follows it
        cut = _CUT.search(line, pos + 1, pos + 2 * _FLAT_LINE)
        decision = _BARE_DECISION.search(line, pos + 1, cut.start() if cut else pos + 2 * _FLAT_LINE)
        cut = decision or cut
        # "... Dnr X 2032-041 Taxa för ... 2032 Förbundsdirektionens beslut 1. ...": a body's decision
        # heading ends the subject as a section heading does.
        decision = INLINE_DECISION.search(line, pos + 1, cut.start() if cut else pos + 2 * _FLAT_LINE)
        cut = decision or cut
        decision = _BODY_DECISION_HEAD.search(line, pos + 1, cut.start() if cut else pos + 2 * _FLAT_LINE)
        cut = decision or cut
        value = line[pos: cut.start() if cut else pos + _FLAT_LINE]
        opener = _first_sentence_opener(line, pos, pos + len(value))
        if opener is not None:
            # "... Till Kommunstyrelsen Granskning av X På uppdrag av revisorerna har ...": the subject
            # ends where the first sentence opens, no label or section heading between them
            value = line[pos:opener]
        value = value.rstrip(" .,:;")
        recipient = _RECIPIENT_LEAD.match(value)
        if recipient and recipient.end() < len(value):
            pos, value = pos + recipient.end(), value[recipient.end():]  # "... Socialdepartementet s.remiss@... Remissvar – ..."
        label = _SUBJECT_WORD.match(value)
        if label and label.end() < len(value):
            pos, value = pos + label.end(), value[label.end():]  # "... Vår ref: Eva Ek, utredare Ärende Årsredovisning ..."
        lead = _DISPLACED_VALUE.match(value)
        if lead and lead.end() < len(value):
            # "Datum Dnr 2042-03-02 KS 2041/1265 Till Kommunfullmäktige Svar på ...": the labels first, then
            # their values; the dnr read as the subject's start, and the addressee after it, go
            pos, value = pos + lead.end(), value[lead.end():]
        mark = re.match(r"§[ \t]*\d{1,4}[a-z]?[ \t]+(?=[A-ZÅÄÖ][a-zåäö])", value)
        if mark and mark.end() < len(value):
            pos, value = pos + mark.end(), value[mark.end():]  # "... 2041-11-28 § 141 Svar på motion om X Dnr ...": the § before its subject
        board = BOARD_RE.match(value)
        if board and re.fullmatch(r"[ \t]*§[ \t]*\d{1,4}[a-z]?", value[board.end():]):
            continue  # "... 2039-09-22 Kommunstyrelsen § 142 Dnr ...": the excerpt's body and its §, the subject after the dnr
        if board and re.match(r" [A-ZÅÄÖ]\S*(?: \S+)+", value[board.end():]):
            pos, value = pos + board.end() + 1, value[board.end() + 1:]  # the addressed board before the subject
        town = MUNICIPALITY_RE.match(value)
        if town and re.match(r" [A-ZÅÄÖ]\S*(?: \S+)+", value[town.end():]):
            pos, value = pos + town.end() + 1, value[town.end() + 1:]  # "... Dnr X Exeby kommun Beslut om ...": the sender first
        if _ATTENTION.search(value):
            continue  # "... Trafikverket Region Väst Att: Eva Ek Ert diarienummer ...": the recipient's block, no subject
        kind = _KIND_SUBJECT_IN.match(value) if type_word else None
        if kind and kind.group("kind").lower() == type_word.printed.lower():
            # "Infrastrukturdepartementet Yttrande över remissen ...": the recipient's name, then the
            # subject opening with the document's own kind.
            pos, value = pos + kind.start("kind"), value[kind.start("kind"):]
        if value and not DATE_RE.match(value) and _is_heading(value, type_word):
            return pos, pos + len(value)
    return None


# A letter's recipient, an authority, and its e-mail address before the subject in a flattened head.
_RECIPIENT_LEAD = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:departementet|myndigheten|verket|inspektionen|kansliet)"
                             r"(?:[ \t]+[A-ZÅÄÖ][\wåäö-]+){0,2}[ \t]+(?:[\w.+-]+@[\w.-]+\.[a-z]{2,}[ \t]+)?(?=[A-ZÅÄÖ])")
# A subject's label with no colon right after a value, a capital after it: "Ärende Årsredovisning 2040 ...".
_SUBJECT_WORD = re.compile(r"(?:Ärende|ÄRENDE|Rubrik|RUBRIK|Angående|ANGÅENDE)[ \t]+(?=[A-ZÅÄÖ])")
# A value the subject after a label run's values may open with: a bare dnr the run did not take, then
# the addressee ("KS 2041/1265 Till Kommunfullmäktige ").
_DISPLACED_VALUE = re.compile(r"(?:[A-ZÅÄÖ]{1,6}[ -]?)?(?:19|20)\d{2}[/.-]\d{1,6}(?:[-/]\d{1,4})?[ \t]+"
                              r"(?:(?:Till|TILL)[ \t]*:?[ \t]+[A-ZÅÄÖ][\wåäö-]*" + DEFINITE_HEADS + r"[ \t]+)?")


# What may follow a flattened plan's head: its status note ("Fastställd av ...", "Antagen av ...").
_STATUS_NEXT = re.compile(r"[ \t]+(?:Fastställd|Fastställt|Antagen|Antaget|Reviderad|Beslutad)[ \t]+av[ \t]")
_SUBJECT_AFTER_OWNER = re.compile(r"[ \t]+([A-ZÅÄÖ][a-zåäö]+[ \t]+[\wåäö])")


_PAGE_MARK_AT = re.compile(r"[ \t]+(?:\d{1,3}[ \t]?\([ \t]?\d{1,3}[ \t]?\)|(?i:sida)[ \t]+\d{1,3}(?:[ \t]+av[ \t]+\d{1,3})?)[ \t]+")


def _subject_before_kind(line: str, pos: int, type_word: TypeWord | None) -> tuple[int, int] | None:
    """A flattened head whose subject stands between the letterhead's page mark and the kind word:
    "Exeby kommun 1 (3) Nya regler för X Tjänsteskrivelse Fritidsförvaltningen Dnr ..."."""
    mark = _PAGE_MARK_AT.match(line, pos)
    if not type_word or not mark:
        return None
    kind = re.compile(r"[ \t]+" + re.escape(type_word.printed) + r"(?=[ \t]+[A-ZÅÄÖ])")
    m = kind.search(line, mark.end(), mark.end() + _FLAT_LINE)
    if not m:
        return None
    subject = line[mark.end():m.start()]
    return (mark.end(), m.start()) if len(subject.split()) >= 2 and _is_heading(subject, type_word) else None


def _first_sentence_opener(line: str, start: int, end: int) -> int | None:
    """Where a sentence opens after three words of heading at least, between ``start`` and ``end``
    (not a paper's name after its kind: "Yttrande över promemorian En ny lag om ...")."""
    for m in sorted([*_SENTENCE_START_IN.finditer(line, start, end), *_BODY_SENTENCE_IN.finditer(line, start, end)],
                    key=lambda m: m.start()):
        before = line[start:m.start()].split()
        if before and _NAMED_PAPER.fullmatch(before[-1].lower()):
            continue
        if len(before) >= 3:
            return m.start()
    return None


# A body's sentence run on after a flattened subject: "... Energi AB Kommunstyrelsen har vid sitt sammanträde ...".
_BODY_SENTENCE_IN = re.compile(r"\s+(?=[A-ZÅÄÖ][\wåäö-]*" + DEFINITE_HEADS + r"[ \t]+"
                               r"(?:har|hade|beslutade|beslutar|föreslår|behandlade|behandlar)[ \t]+[a-zåäö])")


# A proposal heading naming its decision or the body it goes to: "förslag till beslut",
# "förslag till kommunfullmäktige" (a genitive before it: "Kommunstyrelsens förslag till ...").
_PROPOSAL_TO = r"förslag[ \t]+till[ \t]+(?:beslut|[\wåäö-]*(?:nämnden|styrelsen|fullmäktige|direktionen|utskottet))"


# A flattened head's first section heading, capitalised as a heading is, after the subject: "... Taxa för
# X Ärendebeskrivning ...", "... Bakgrund ...", "... Förvaltningens förslag till beslut ...", "... Beslut
# Nämnden beviljar ..." (a decision's heading over a capital; "Beslut om ..." is a subject's own word).
_FLAT_SECTION = re.compile(
    r"[ \t]+(?:(?:" + "|".join({"ä": "[ÄA]", "å": "[ÅA]", "ö": "[ÖO]"}.get(h[0], h[0].upper()) + tolerant(h[1:]) for h in (
        sections.MATTER_DESCRIPTION, sections.MATTER_DESCRIBED, sections.SUMMARY, sections.BACKGROUND, sections.MATTER,
        sections.DOCUMENTS, sections.PROPOSAL, sections.PROPOSAL_WORD))  # (capitalised, a lost å/ä/ö read too)
    + r")(?![\wåäö-])|(?-i:[A-ZÅÄÖ])[\wåäö-]*s[ \t]+" + tolerant(_PROPOSAL_TO)
    + r"(?![\wåäö-])|Beslut[ \t]+(?=(?!om[ \t])(?-i:[A-ZÅÄÖ])|\d{1,2}[.)][ \t]))")
# Words of a flattened head that stand before its subject, never inside it: an e-mail or web address, a
# value's label with its colon, a word with a number in it that is no year, span of years, school year,
# property's number ("4:12") or OCR's digit in a word (a date, a dnr, a phone number, a page mark).
_HEAD_TOKEN = re.compile(r"\S*(?:@|www\.)\S*|\S+:")
_YEARS = re.compile(r"((?:19|20)\d\d)(?:([–-])(?:19|20)?\d\d|/((?:19|20)?\d\d))?[,.]?")
_OCR_WORD = re.compile(r"(?=(?:[^\W\d_]*\d){1,2}[^\W\d_]*[,.]?$)(?=(?:\d*[^\W\d_]){2})[^\W_]+[,.]?")


def _is_head_value(word: str) -> bool:
    """A word of a flattened head's values (see _HEAD_TOKEN): never a subject's."""
    if _HEAD_TOKEN.fullmatch(word):
        return True
    if not any(ch.isdigit() for ch in word):
        return False
    years = _YEARS.fullmatch(word)
    if years:  # "2034", "2032–2034", "2041/2042", "2040/41"; not a dnr's "2035/42"
        return bool(years.group(3)) and int(years.group(3)[-2:]) != (int(years.group(1)) + 1) % 100
    return not (re.fullmatch(r"\d{1,4}:\d{1,4}[,.]?", word) or _OCR_WORD.fullmatch(word))


# A body's or office's name ending the head before the subject: "... Kommunstyrelsen Borgen för ...".
_HEAD_BODY_END = re.compile(r"[\wåäö-]*(?:nämnden|styrelsen|fullmäktige|förvaltningen|kontoret|utskottet|direktionen|"
                            r"enheten|avdelningen|kansliet|namnden|forvaltningen)", re.I)
_SUBJECT_BACK_WORDS = 30  # words of subject and head read back from the section heading, at most


def _subject_before_section(line: str, start: int, type_word: TypeWord | None) -> tuple[int, int] | None:
    """A flattened head's subject read back from a section heading ("Region Exeland TJÄNSTESKRIVELSE Datum
    2040-05-12 Handläggare Eva Ek eva.ek@exeby.se Bidrag till Föreningen X Ärendebeskrivning ..."): the
    words before the heading back to the head's last value, label, kind word or body's name (the next
    heading's when the first stands before the subject: "... Ärendebeskrivning Ny taxa Förslag till beslut")."""
    reach = start + _INLINE_SUBJECT_REACH
    sections_at = [m.span() for _, m in zip(range(3), _FLAT_SECTION.finditer(line, start, reach))]
    decision = INLINE_DECISION.search(line, start, reach)
    if decision and not any(a <= decision.start() < b for a, b in sections_at):  # ("Förvaltningens förslag till beslut": one heading)
        sections_at.append(decision.span())
    ends = sorted(a for a, _b in sections_at)
    return next(filter(None, (_subject_back_from(line, start, end, type_word) for end in ends[:3])), None)


def _subject_back_from(line: str, start: int, end: int, type_word: TypeWord | None,
                       heading_after: bool = True) -> tuple[int, int] | None:
    """The subject ending at ``end`` read back to the head before it (``heading_after``: a section heading
    follows ``end``; else the text ends there); None when no head stands before it."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", line[start:end])][-_SUBJECT_BACK_WORDS:]
    kind = type_word.printed.lower() if type_word else None
    first = None
    for i in range(len(words) - 1, -1, -1):
        w = words[i][2]
        prev = words[i - 1][2] if i else ""
        nxt = words[i + 1][2] if i + 1 < len(words) else "X" if heading_after else ""  # (the section heading, capitalised)
        if (heading_after and (_is_head_value(w) or w.lower() == kind)
                # (read back inside a heading: "Budget 2040: Satsning ...", "Yttrande över ...", "KALLELSE OCH
                # FÖREDRAGNINGSLISTA" keep their colon and kind; a kind in capitals as a letterhead's label goes)
                or not heading_after and (_is_head_value(w) and not w.endswith(":")
                                          or w.lower() == kind and w.isupper() and not nxt.isupper())
                or w[:1].isupper() and is_section_heading(w) and nxt[:1].isupper()  # (not "Beslut om ...")
                or w.startswith(("#", "|")) or w.endswith((".", "!", "?")) and not w[:-1].isdigit()
                # (a label's word inside a heading in capitals is a word of it: "BIDRAG TILL EXEBY IF")
                or w[:1].isupper() and _LABEL_START.match(w) and not _HEADLINE_LINK.fullmatch(prev)
                and not (w.isupper() and prev.isupper() and nxt.isupper())
                or _HEAD_BODY_END.fullmatch(w) and nxt[:1].isupper()):
            break
        first = i
    else:
        return None  # no head before it: running text, not a head's subject
    if first is None:
        return None
    while first < len(words) and not words[first][2][:1].isupper():
        first += 1
    if first >= len(words) - 1:
        return None
    s, e = start + words[first][0], start + words[-1][1]
    subject = line[s:e].rstrip(" .,:;#*")
    if re.search(r"[.!?][ \t]+[A-ZÅÄÖ]", subject) or not _is_heading(subject, type_word):
        return None
    return s, s + len(subject)


def _without_date(text: str) -> str:
    """``text`` without a date opening it (after blanks)."""
    stripped = text.lstrip(" \t")
    date = DATE_RE.match(stripped)
    return stripped[date.end():] if date else text


_BLANKS = re.compile(r"\s*")


def _first_text(body: str, start: int) -> int:
    """Where the first non-blank text from ``start`` begins."""
    return _BLANKS.match(body, start).end()


def _is_address_line(text: str, type_word: TypeWord) -> bool:
    """The type word and whom the document is addressed to, not its subject: "Motion till
    kommunfullmäktige i Exeby kommun", "Yttrande till socialnämnden"."""
    capitals = text.isupper()
    text = sentence_case(text)  # ("MOTION TILL KOMMUNFULLMÄKTIGE I EXEBY KOMMUN")
    m = re.match(re.escape(type_word.printed) + r"\s+till\s+", text, re.I)
    if not m or type_word.doc_type in ("protokoll", "kallelse"):
        return False
    rest = text[m.end():].strip()
    b = BOARD_RE.match(rest[:1].upper() + rest[1:])
    if not b:
        return False
    tail = rest[b.end():].strip()
    # ("... i Exeby kommun", or the town alone: "Motion till kommunfullmäktige i Exeby")
    # (a heading in capitals: its place's capital was lost to sentence case, "... I EXELAND")
    return not tail or bool(re.fullmatch(r"i\s+(?:" + MUNICIPALITY_RE.pattern + r"|[A-ZÅÄÖ][\wåäö-]+(?:[ -][A-ZÅÄÖ][\wåäö-]+)?)", tail)
                            or capitals and re.fullmatch(r"i\s+[^\W\d_]+(?:[ -][^\W\d_]+)?", tail))


# A council member's paper and the office-holder it is put to, with no subject: "Interpellation till
# socialnämndens ordförande Eva Ek (S)", "... till barn- och utbildningsnämndens ordförande", "Enkel
# fråga till kommunalrådet". Its subject stands
# below ("Ämne: ..."); a line naming one ("... ordförande om skolskjutsarna") is a heading.
_PUT_TO_OFFICER = re.compile(
    r"(?:interpellation|enkel\s+fråga|fråga|motion|medborgarförslag)\s+till\s+"
    r"(?:(?:(?!om\s|angående\s)[\wåäö]+-?\s+){0,3}[\wåäö-]+s\s+)?(?:vice\s+)?(?:ordförande|ordföranden|kommunalråd(?:et)?|regionråd(?:et)?|oppositionsråd(?:et)?)"
    r"(?-i:(?:\s+[A-ZÅÄÖ][\wåäöé-]+){0,3}(?:\s*\([A-ZÅÄÖ]{1,3}\))?)\s*", re.I)


def _is_put_to_officer(text: str) -> bool:
    return _PUT_TO_OFFICER.fullmatch(sentence_case(text.strip())) is not None


def _board_of_municipality(text: str) -> bool:
    """A board and its municipality: "Kommunstyrelsen i Exeby kommun", "Socialnämnden, Exeby kommun"."""
    b = BOARD_RE.match(text)
    return bool(b and _OF_MUNICIPALITY.fullmatch(text, b.end()))


def _is_body_name(text: str) -> bool:
    """The municipality, a board, or a board with its municipality, alone on a line (in capitals too)."""
    text = sentence_case(text)
    return bool(MUNICIPALITY_RE.fullmatch(text) or BOARD_RE.fullmatch(text)) or _board_of_municipality(text)


def _is_dateline_of_body(line: str) -> bool:
    """A board's name and a date on one line: "Kommunstyrelsen 2031-03-12", "Socialnämnden, 4 maj 2031"."""
    undated = DATE_RE.sub("", line)
    return undated != line and _is_body_name(undated.strip(" \t,–-|•·"))


def is_byline(line: str) -> bool:
    """A press release's or news page's byline: the organisation that sends it and the date
    ("**Exeby kommun** · 20 maj 2031", "Region X, 2031-05-20"); not a board's meeting and its day
    ("Regionstyrelsen 8 september 2031"), which heads a page of that meeting's decisions."""
    undated = DATE_RE.sub("", line)
    return undated != line and MUNICIPALITY_RE.fullmatch(undated.strip(" \t,–-|•·*")) is not None


# A letter's dateline: the place it is written in, "den" and the date ("Kopparberg den 4 mars 2040",
# "Exeby, den 2 maj 2031"), or a comma and the date (a press release's "Exeby, 9 november 2043"),
# beside the paper's kind in its head or over its signatures; no subject.
_LETTER_DATELINE = re.compile(r"(?P<place>" + _DATELINE_PLACE + r")(?:,?[ \t]+den|,)[ \t]+(?:"
                              + DATE_RE.pattern + r")[ \t.]*")


def _is_letter_dateline(text: str) -> bool:
    """Not a meeting's or body's day ("Kommunstyrelsen den 4 mars 2040", "Sammanträde den 4 mars"):
    the words before "den" name no body and no kind of paper or meeting."""
    m = _LETTER_DATELINE.fullmatch(text)
    if not m:
        return False
    place = m.group("place")
    return not (_is_body_name(place) or is_type_word(place) or _MEETING_WORD.match(place))


_MEETING_WORD = re.compile(r"(?i:sammanträde|möte|styrelsemöte|direktionsmöte|session|dagordning|beslut)")


# A municipal company's letterhead: its name alone ("Exeby Bostäder AB") and what owns it ("Ett helägt
# bolag i Exeby kommun", "Ett bolag inom Exeby kommunkoncern").
_COMPANY_NAME = re.compile(COMPANY_NAME)
_OWNED_BY = re.compile(r"(?:Ett|En|ETT|EN)[ \t]+(?:[\wåäö-]+[ \t]+){0,2}(?:bolag|dotterbolag|företag)[ \t]+(?:i|inom|ägt[ \t]+av)[ \t]+")


def _head_line_over_more(text: str) -> bool:
    """A head's line with no blank line under it (a letterhead in columns read line by line): a
    contact label with its value ("Telefon 0560-123 45") or the addressed board alone; the
    subject may stand in the lines below it."""
    # (or the paper's dnr alone, "Dnr KFN 38/0066", its subject in the lines below: an OCR's block)
    return (bool(_LABEL_START.match(text) and _CONTACT.search(text)) or _is_body_name(text)
            or _DNR_LINE_ALONE.fullmatch(text.strip()) is not None)


_DNR_LINE_ALONE = re.compile(r"(?:Dnr|Diarienummer|Diarienr)[.:]?[ \t]+\S+(?:[ \t]\S+)?")


def _is_company_letterhead(text: str) -> bool:
    if _COMPANY_NAME.fullmatch(text):
        return True
    owned = _OWNED_BY.match(text)
    return owned is not None and MUNICIPALITY_RE.match(text, owned.end()) is not None and len(text.split()) <= 9


# A kommunalförbund's letterhead line saying whose it is: "Kommunalförbund för Exeby och Yby kommuner", "Ett
# förbund mellan Exeby kommun och Region X" (the members, no subject).
_FORBUND_OF = re.compile(r"(?:(?:Ett|ETT)[ \t]+)?(?:[\wåäö-]+[ \t]+)?(?:[Kk]ommunalförbund|[Ff]örbund|KOMMUNALFÖRBUND)[ \t]+"
                         r"(?:för|mellan|av|FÖR|MELLAN|AV)[ \t]+[^\n]*?(?:kommun|[Rr]egion|KOMMUN|REGION)")


def _is_forbund_letterhead(text: str) -> bool:
    return _FORBUND_OF.match(text) is not None and len(text.split()) <= 10 and not text.rstrip().endswith(".")


# A sender's name of a few capitalised words (a förbund's, a company's): no lower-case word, as a subject has.
_SENDER_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+){0,3}")


_OFFICE_PAIR = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}[ \t]+och[ \t]+[a-zåäö]{3,}")


def _is_letterhead_line(block: list[tuple[int, int, str]], j: int) -> bool:
    """A line of a letterhead block: the municipality, a board or an office alone on its line,
    or any line just above the municipality's name ("Överförmyndarnämnden i samverkan")."""
    printed = block[j][2].strip()
    text = sentence_case(printed)  # ("MILJÖ- OCH BYGGNÄMNDEN": a letterhead in capitals)
    if _is_body_name(text) or _is_company_letterhead(text) or _is_forbund_letterhead(text):
        return True
    if (j == 0 and len(block) > 1 and _SENDER_NAME.fullmatch(printed) and not is_type_word(printed)
            and is_type_word(block[1][2].strip())):
        return True  # "Exedalens Återvinning" / "TJÄNSTESKRIVELSE": the sender's name over the paper's kind
    if printed.isupper() and _COMPANY_NAME.fullmatch(printed):
        return True  # "EXEBY VATTEN OCH VÄRME AB": a company's name in capitals (its "AB" lost to sentence case)
    if (j == len(block) - 1 and j >= 1 and _OFFICE_PAIR.fullmatch(printed)
            and all(MUNICIPALITY_RE.fullmatch(sentence_case(ln[2].strip())) or _is_body_name(sentence_case(ln[2].strip()))
                    for ln in block[:j])):
        return True  # "Region Exeby" / "Trafik och samhälle": an office named by its two fields, the letterhead block's last line
    town = MUNICIPALITY_RE.match(text)
    if town and is_type_word(text[town.end():]):
        return True  # "Exeby kommun TJÄNSTEUTLÅTANDE": a letterhead's two columns, their gap lost by OCR
    if town and _SITE_SECTION.fullmatch(text, town.end()):
        return True  # "Region X nyhetsrum": the site's name over its menu
    parts = [p.strip() for p in _LETTERHEAD_JOIN.split(text)]
    if _body_and_office(parts):
        return True  # "Barn- och utbildningsnämnden, Exeby kommun", "Exeby kommun · Kulturförvaltningen"
    if len(parts) == 2 and any(MUNICIPALITY_RE.fullmatch(p) or FORBUND_LETTERHEAD_RE.fullmatch(p) for p in parts) and any(
            _is_news_section(p) for p in parts):
        return True  # a printed web page's header: "Samordningsförbundet Öby-Yby · Nyheter", "Exeby kommun | Aktuellt"
    if len(parts) >= 3 and any(MUNICIPALITY_RE.fullmatch(p) for p in parts) and all(
            MUNICIPALITY_RE.fullmatch(p) or BOARD_RE.fullmatch(p) or len(p.split()) <= 4 and _UNIT.search(p)
            or is_type_word(p) for p in parts):
        return True  # a Word page header: "Exeby kommun · Tekniska nämnden · Sammanträdesprotokoll"
    if len(text.split()) <= 4 and _UNIT.search(text) or _UNIT_OF.match(text):
        return True
    if len(parts) >= 3 and all(_is_letterhead_part(p) for p in parts) and any(
            MUNICIPALITY_RE.fullmatch(p) or BOARD_RE.fullmatch(p) for p in parts):
        return True  # "Exeby kommun · Tjänsteskrivelse · 2031-04-21 · Dnr KS 2031/088": a page header's parts
    # A short line over the municipality's or an office's name ("Länsstyrelsen i X" / "Miljöenheten": an
    # addressee); not a heading wrapped before it ("... i" / "Exeby kommun").
    below = block[j + 1][2].strip() if j + 1 < len(block) else ""
    return ((MUNICIPALITY_RE.fullmatch(below) is not None or len(below.split()) == 1 and _UNIT.search(below) is not None)
            and len(text.split()) <= _LETTERHEAD_WORDS and not _RUNS_ON.search(text)
            and not _YEAR_ALONE.search(text))  # ("ÅRSREDOVISNING 2040" / "Exeby kommun": a paper's name and year, over whose it is)


def _body_and_office(parts: list[str]) -> bool:
    """A letterhead's two parts on one line, each the municipality, a board or an office."""
    return len(parts) == 2 and all(MUNICIPALITY_RE.fullmatch(p) or BOARD_RE.fullmatch(p) or len(p.split()) <= 4 and _UNIT.search(p)
                                   for p in parts)


_YEARS_LINE = re.compile(r"(?:19|20)\d\d(?:[ ]?[–-][ ]?(?:19|20)\d\d)?")
_YEAR_ALONE = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?(?![\d/.:-])")


def _is_letterhead_part(part: str) -> bool:
    """One part of a letterhead joined on one line: the municipality, a board, an office, the type
    word, a date, a diarienummer (with its label) or a page mark."""
    if MUNICIPALITY_RE.fullmatch(part) or BOARD_RE.fullmatch(part) or is_type_word(part) or DATE_RE.fullmatch(part):
        return True
    if len(part.split()) <= 4 and _UNIT.search(part) or _PAGE_PREFIX.fullmatch(part + " "):
        return True
    label = DNR_LABEL_RE.match(part)
    value = part[label.end():].strip(" :") if label else part
    return _BARE_DNR.fullmatch(value) is not None


_TO_FROM_BODY = re.compile(r"(?:^|(?<=\s))(?:Till|Från|TILL|FRÅN)[ \t]*:[ \t]*[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet|"
                           r"direktionen|revisorerna)(?![\wåäö-])")


def _only_letterhead(text: str, type_word: TypeWord | None) -> bool:
    """A flattened head's opening that is letterhead alone: the municipality, an office and the
    type word ("Exeby kommun Socialförvaltningen TJÄNSTESKRIVELSE"), no subject."""
    m = MUNICIPALITY_RE.match(text)
    if not m:
        return _only_company_letterhead(text, type_word)
    rest = " ".join(text[m.end():].split())
    # ("Exeby kommun Nämnden Utdrag ur protokoll 2041-03-04 § 77": an excerpt's meeting day and its § end the head)
    rest = re.sub(r"[ ,]*§ ?\d{1,4}[a-z]?$", "", rest)
    rest = re.sub(r"[ ,]*(?:" + DATE_RE.pattern + r")$", "", rest)  # ("Exeby kommun Tjänsteskrivelse 2041-03-04": its date)
    printed = " ".join(type_word.printed.split()).lower() if type_word else ""
    # (the type word may be several: "UTDRAG UR PROTOKOLL")
    typed_last = False
    if printed and rest.lower().endswith(printed) and (len(rest) == len(printed) or rest[-len(printed) - 1] == " "):
        rest = rest[: -len(printed)].strip()
        typed_last = True
    elif printed and rest.lower().startswith(printed + " "):
        rest = rest[len(printed):].strip()  # "Exeby kommun PROTOKOLLSUTDRAG Kommunstyrelsen": the type word, then the body that met
    # ("... MISSIV Till: Kommunfullmäktige Från: Kommunstyrelsen": a missiv's addressee and sender are its head's)
    rest = _TO_FROM_BODY.sub("", rest).strip()
    words = rest.split()
    return (not rest or len(words) <= 4 and _UNIT.search(rest) is not None or BOARD_RE.fullmatch(rest) is not None
            or _AUDITORS.fullmatch(rest) is not None
            # an office and its section before the type word: "Exeby kommun Socialförvaltningen Individ- och
            # familjeomsorgen Tjänsteskrivelse" (the office's word first; a subject has no such word opening it)
            or typed_last and len(words) <= 6 and _UNIT.search(words[0]) is not None)


# A company's name in a flattened head, up to its kind word: "Exeby Bostads AB Tjänsteskrivelse", "Bostads AB
# Exebyhem TJÄNSTESKRIVELSE" (the name's words after "AB" capitalised too).
_COMPANY_HEAD = re.compile(r"(?:[A-ZÅÄÖ][\wåäö&-]*[ \t]){0,3}AB(?![\wåäö])")
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-ZÅÄÖ][\wåäö&-]*")


def _only_company_letterhead(text: str, type_word: TypeWord | None) -> bool:
    """A flattened head's opening that is a company's letterhead alone: its name, the kind word and
    the board the paper goes to ("Exeby Bostäder AB TJÄNSTESKRIVELSE Styrelsen"), no subject."""
    m = _COMPANY_HEAD.match(text)
    printed = " ".join(type_word.printed.split()).lower() if type_word else ""
    if not m or not printed:
        return False
    pos = m.end()
    for _ in range(3):  # (the name's words after "AB", then the kind word)
        after = text[pos:].lstrip()
        if after.lower().startswith(printed):
            rest = " ".join(after[len(printed):].split())
            return not rest or BOARD_RE.fullmatch(rest) is not None
        word = _NAME_WORD_AFTER.match(text, pos)
        if not word:
            return False
        pos = word.end()
    return False


# A page's number alone on the last line of its head block, indented to the page's right ("   12").
_PAGE_NUMBER_ALONE = re.compile(r"[ \t]{2,}\d{1,3}[ \t]*")
_COLUMN_GAP = re.compile(r"\t|[ ]{3,}")


def _is_running_head(block: list[tuple[int, int, str]]) -> bool:
    """A long report's page head in pdftotext -layout columns: the owner's name first in its first line,
    another column beside it (the report's name), and the page's number alone on the block's last line."""
    if not 2 <= len(block) <= 4 or not _PAGE_NUMBER_ALONE.fullmatch(block[-1][2]):
        return False
    first = block[0][2].strip()
    town = MUNICIPALITY_RE.match(first)
    return town is not None and _COLUMN_GAP.match(first, town.end()) is not None


def _past_letterhead(block: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The block from its first line that is not letterhead (all of it when it opens with none;
    empty when it is all letterhead and labels)."""
    j = 0
    while j < len(block) and (_is_letterhead_line(block, j) or (j and _LABEL_START.match(block[j][2].strip()))):
        j += 1
    return block[j:] if j else block


# A label and its value on one short line: "Paragraf: § 17", "Beslutsinstans: Kommunstyrelsen".
_LABEL_WITH_VALUE = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+)?:[ \t]*\S")
# A lone word, or a word and its number: "Rapport", "Ärende 7", "Bilaga 2".
_LONE_WORD = re.compile(r"[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+\d{1,3}[a-z]?)?")


def _is_lead_line(text: str, first: bool) -> bool:
    """A line that is no heading but may stand over the heading in its block: a § mark, a
    diarienummer, a date, a label with its value and, first in the block, a lone word ("Rapport",
    "Ärende 7"). Not a label alone (its value follows it) nor a section's heading (its text does)."""
    words = text.split()
    if not words or _LABEL_ALONE.match(text) or is_section_heading(text):
        return False
    cells = re.split(r"\t|\s{3,}", text.strip()) if "\t" in text or "   " in text else ()
    if len(cells) >= 2 and any(_is_lead_line(c, False) for c in cells) and all(
            _is_lead_line(c, False) or len(c.split()) <= 3 and re.search(r"\d", c) for c in cells):
        return True  # "MBN § 17      Dnr MBN 2032/0042": the board's code and § mark, the dnr in its column
    mark = _PARAGRAPH_ALONE.match(text)
    if mark and text[mark.end():mark.end() + 1].isspace() and _is_lead_line(text[mark.end():].strip(), False):
        return True  # "§ 96 Dnr KS 2034/0188": the same columns with their gap collapsed (OCR, a flattened export)
    return bool(_PARAGRAPH_ALONE.fullmatch(text) or _BARE_DNR.fullmatch(text) or DATE_RE.fullmatch(text)
                or len(words) <= 5 and text[0].isupper() and (_LABEL_START.match(text) or _LABEL_WITH_VALUE.match(text))
                or first and (_LONE_WORD.fullmatch(text) or _BARE_ANSWER.fullmatch(text)  # ("SVAR PÅ MOTION" / its subject)
                              or _PAPER_TO_BODY.fullmatch(sentence_case(text)) is not None
                              or _MEETING_AND_ITEM.fullmatch(text) is not None)
                or _labels_a_body(text))


# A paper's note of whom it goes to, over its subject: "UNDERLAG TILL DIREKTIONEN", "Handling till
# styrelsen", "Underlag för beslut i kommunstyrelsen" (a kind of paper and its body, no subject).
_PAPER_TO_BODY = re.compile(r"(?i:underlag|beslutsunderlag|handlingar|handling|ärende)(?:[ \t]+(?i:för[ \t]+beslut))?[ \t]+(?i:till|i|för)[ \t]+"
                            r"(?:" + BOARD_RE.pattern + r")[ \t]*:?")


# A paper's meeting and its place on the agenda, over its subject: "Styrelsemöte 2040-05-14, ärende 4",
# "Sammanträde den 3 juni 2040 – punkt 7" (the meeting the paper goes to, no subject; the meeting and its
# day alone, "Möte 2039-03-25", head a page of that meeting's own).
_MEETING_AND_ITEM = re.compile(r"(?i:styrelsemöte|styrelsesammanträde|direktionsmöte|direktionssammanträde|sammanträde|möte)t?[ \t]+"
                               r"(?:(?i:den)[ \t]+)?(?:" + DATE_RE.pattern + r")[ \t]*[,–-]?[ \t]*(?i:ärende|punkt|§)[ \t]*\d{1,3}[ \t]*")


# A label of a few words and a body's name after its colon: "Ärendet ska behandlas av: Socialnämnden",
# "Beslut fattas av: Regionstyrelsen" (a head's row, whatever its label's words).
_LABEL_BEFORE_COLON = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+[\wåäö-]+){0,5}[ \t]*:[ \t]*")


def _labels_a_body(text: str) -> bool:
    m = _LABEL_BEFORE_COLON.match(text)
    return m is not None and BOARD_RE.fullmatch(text, m.end()) is not None


_MAX_LEAD_LINES = 6  # lines over a heading in its block: a § mark, a dnr, a date, a few labels
_PEEK = 12  # lines of a block that tell whether it is a menu or a table of labels


def _past_lead_lines(block: list[tuple[int, int, str]], type_word: TypeWord | None) -> list[tuple[int, int, str]]:
    """The block from the heading that lead lines stand over ("§ 52" / "Dnr BUN 2031/66" / the
    heading; "Rapport" / the heading); the block as it is when no heading follows them (a line
    ending in a full stop is a sentence, a status note "Antagen av ..." no heading either)."""
    j = 0
    while j < min(len(block) - 1, _MAX_LEAD_LINES) and _is_lead_line(block[j][2].strip(" \t*#"), j == 0):
        j += 1
    if not j or j == _MAX_LEAD_LINES:
        return block  # (a long run of label lines is a table, not a heading's lead: read no further)
    line = block[j][2].strip(" \t*#")
    if line.endswith(".") or _STATUS_NOTE.match(line) or not _is_heading(line, type_word):
        return block
    first_cell = re.split(r"\t|[ ]{3,}", line)[0]
    if (_LONE_WORD.fullmatch(block[0][2].strip(" \t*#")) and not _is_news_section(block[0][2]) and not _RUNS_ON.search(first_cell)
            and not (block[0][2].strip(" \t*#").isupper() and is_type_word(block[0][2].strip(" \t*#")))) and not all(
            _is_lead_line(b[2].strip(" \t*#"), False) for b in block[j + 1: j + 1 + _MAX_HEADING_LINES]):
        return block  # short lines one under another ("Start" / "Bo och leva" / "Kommun och politik"): a menu
        # (not a heading wrapped after its link word, "Rapport" / "Uppföljning av" / "fritidshemmens kvalitet",
        # nor one under the paper's kind word, "TJÄNSTESKRIVELSE" / "Ansökan om ...      Datum ...")
    return block[j:]  # ("Nyheter" over the headline and its lead, no blank line between: the site's section)


# Marks and numbers before a dnr label: a § mark, read right or as a digit, a board's code ("BUN 817").
_MARKS = re.compile(r"[\d§$&A-ZÅÄÖ \t]*\d[ \t]*")


# A board's code before a § number, the sign lost or misread: "KST 845", "BUN $ 12" (no year: "BUDGET 2035" is a heading).
_CODE_AND_MARK = re.compile(r"[A-ZÅÄÖ]{2,6}[ \t]+(?:(?:§|" + PARAGRAPH_SIGN_MISREADS + r")[ \t]*)?\d{1,3}")


# The municipalities a joint nämnd serves, under its name: "Exeby kommun och Ystorps kommun".
_ONE_MUNICIPALITY = re.sub(r"\(\?P<\w+>", "(?:", MUNICIPALITY_RE.pattern)  # (its groups named once only)
_MUNICIPALITIES_LINE = re.compile(r"(?:" + _ONE_MUNICIPALITY + r")(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|&)[ \t]+)(?:"
                                  + _ONE_MUNICIPALITY + r"))+[ \t.]*")


def _is_mark_and_dnr(text: str) -> bool:
    """An excerpt's § line whose cells OCR ran together: marks and numbers, a dnr label, its number."""
    label = DNR_LABEL_RE.search(text)
    if not label or not _MARKS.fullmatch(text, 0, label.start()):
        return False
    value = take_value(text, label.end())
    return value is not None and not text[value[2]:].strip()


def _decisions_of_meeting(text: str, type_word: TypeWord) -> bool:
    """"Beslut från kommunfullmäktige 27 oktober 2031": a page summing up a meeting's decisions is
    headed by the body that met and the day, not sent by an organisation as a press release is."""
    sender = _SENDER.match(text[len(type_word.printed):])
    if type_word.doc_type != "beslut" or sender is None:
        return False
    # ("Beslut från regionstyrelsens sammanträde 6 maj 2039": the body's meeting named so)
    whose = re.sub(r"s[ \t]+(?:sammanträde|möte)(?:t)?$", "", sender.group(0).split(None, 1)[1].strip())
    return BOARD_RE.fullmatch(whose) is not None


# A press release's type word and its sender with no date: "Pressmeddelande från Region Exeby".
_PRESS_SENDER = re.compile(r"[ \t]+(?i:från)[ \t]+[A-ZÅÄÖ][^\n.!?:]{1,60}")  # (in capitals too)


def _is_press_sender_line(text: str, type_word: TypeWord | None) -> bool:
    """The line that says what the document is and who sends it ("Pressmeddelande från Region X"),
    as a dated one ("... från Region X, 14 maj 2031") is: a release's headline never opens so."""
    if not type_word or type_word.doc_type != "pressmeddelande":
        return False
    if not text.lower().startswith(type_word.printed.lower()):
        return False
    rest = text[len(type_word.printed):].rstrip()
    return _PRESS_SENDER.fullmatch(rest) is not None and len(rest.split()) <= 7


# A decision's note of the law it rests on: "Ordförandebeslut enligt 6 kap. 39 § kommunallagen",
# "Beslut med stöd av 4 kap. 1 § socialtjänstlagen" (a paragraph of the law, not of a protocol).
_LEGAL_BASIS = re.compile(r"[\wåäö-]*beslut(?:et)?(?:\s+fattat)?\s+(?:enligt|med\s+stöd\s+av|jämlikt)\s+"
                          r"(?:\d{1,2}\s+kap\.?\s+)?\d{1,3}\s*[a-z]?\s*§", re.I)


# An answer's kind with no subject: "Svar på motion", "SVAR PÅ MEDBORGARFÖRSLAG", "Interpellationssvar".
_BARE_ANSWER = re.compile(r"(?i:svar[ \t]+på[ \t]+(?:medborgarförslag(?:et)?|motion(?:en)?|interpellation(?:en)?|enkel[ \t]+fråga|fråga)"
                          r"|(?:motions|interpellations|medborgarförslags)svar)")
# A publication's series and number on its cover: "RAPPORT 2040:2", "Skriftserie 2038:4", "PM nr 2039:11";
# "Kommunstyrelsens remissvar nr 7/2040": a body's series of its papers.
_SERIES_NUMBER = re.compile(r"(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*[ \t]+)?[A-ZÅÄÖa-zåäö][\wåäöÅÄÖ-]*"
                            r"(?:(?:[ \t]+(?i:nr)\.?)?[ \t]+(?:19|20)\d\d:\d{1,3}|[ \t]+(?i:nr)\.?[ \t]*\d{1,3}/(?:19|20)\d\d)")


# A press release's note of when it may be published: "För omedelbar publicering", "Embargo till 10.00".
_RELEASE_NOTE = re.compile(r"(?:för\s+(?:omedelbar\s+)?(?:publicering|publicering\s+omedelbart|release)|"
                           r"(?:embargo|publiceras\s+(?:inte|ej)\s+före|får\s+publiceras)\b[^\n]{0,40})[.!]?", re.I)


# A body's kind printed alone under its name in a letterhead: "Kommunalförbund", "Samordningsförbund".
_KIND_OF_BODY = re.compile(r"(?:kommunal|samordnings|region|kommun|räddningstjänst)förbund(?:et)?|kommunalt\s+bolag", re.I)


# A page printed by a browser opens with the time of printing and the page's <title>, a gap between:
# "2036-05-14 10:22   Ny sporthall i Norrby - Exeby kommun" (the headline comes again under the site's name).
_PRINT_HEAD = re.compile(r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}),?[ \t]+\d{1,2}[:.]\d{2}(?:\t|[ ]{2,})[ \t]*\S")


def _is_menu_row(text: str) -> bool:
    """A site's menu in one row: three or more short cells without digits ("Logga in | Lyssna | In English");
    cells of one word may stand two spaces apart ("Kontrast  Lyssna  Translate"); two cells if each is
    an interface word ("Meny  Sök")."""
    cells = [c for c in re.split(r"\t|[ ]{2,}|[ ]*\|[ ]*", text.strip()) if c]
    if len(cells) >= 2 and all(UI_LINE.match(c) for c in cells):
        return True
    if UI_ROW.fullmatch(text):
        return True  # the page's tools one space apart, as OCR of a printed page closes the gap ("Sök Meny", "Lyssna Dela Skriv ut")
    menu = [c.strip() for c in re.split(r"\t|\s\|\s|\s{3,}", text.strip())]
    if len(menu) >= 3 and all(_MENU_CELL.fullmatch(c) and len(c.split()) <= 3 for c in menu):
        return True
    words = re.split(r"[ ]{2,}", text.strip())
    if len(words) >= 3 and all(_MENU_CELL.fullmatch(w) and " " not in w for w in words):
        return True
    # Cells of a few words two spaces apart, each capitalised ("Bo och leva  Skola  Kommun och politik"):
    # a headline's words stand one space apart, so only a row of links has every gap that wide.
    return len(words) >= 3 and all(_MENU_CELL.fullmatch(w) and w[:1].isupper() and len(w.split()) <= 3
                                   and not w.endswith((".", ",", ":", "!", "?")) for w in words)


# A site's section over its news, not an article's headline: "Nyheter", "Nyheter från Exeby kommun";
# also its press section, named alone or after the site's name ("Press och media", "Exeby kommun · Pressrum").
_NEWS_SECTION = re.compile(r"(?:nyheter|aktuellt|senaste\s+nytt|pressmeddelanden|nyhetsarkiv(?:et)?|"
                           r"press(?:rum(?:met)?|[ \t]+(?:och|&)[ \t]+media|tjänst)?|nyhetsrum(?:met)?|media(?:rum)?)"
                           r"(?:[ \t]+(?:från|i|om)[ \t]+(?P<whose>[^\n]{2,60}))?", re.I)


def _is_link_list(block: list[tuple[int, int, str]]) -> bool:
    """A list of other articles over the page, each line a date and a headline ("2040-05-28  Nya
    öppettider ..."), under a news section's heading or none: no headline of its own (one dated
    headline alone is the page's, "2040-03-05 Nytt badhus"). (Under a related list's heading,
    "Fler nyheter", "Nyhetsarkiv", the clean stage has masked the links already.)"""
    rows = block[1:] if _is_news_section(block[0][2]) else block
    return len(rows) >= 2 and all(_dated_headline_row(ln[2]) for ln in rows)


def _dated_headline_row(line: str) -> bool:
    d = DATE_RE.match(line.strip(" \t•·-*"))
    return d is not None and len(line.strip(" \t•·-*")[d.end():].split()) >= 2


def _is_news_section(text: str) -> bool:
    m = _NEWS_SECTION.fullmatch(text.strip())
    return m is not None and (not m.group("whose") or MUNICIPALITY_RE.fullmatch(m.group("whose")) is not None
                              or _is_body_name(m.group("whose")))


# A site's name: the organisation's and its section's ("Region X nyhetsrum", "Exeby kommuns pressrum"), or
# its logo's link home as a reader copies it ("Exeby kommun – Startsida", "Exeby kommun, till startsidan").
_SITE_SECTION = re.compile(r"s?[ \t]+(?:nyhetsrum(?:met)?|pressrum(?:met)?|newsroom|mediarum(?:met)?|webbplats)"
                           r"|[ \t]*[–—|,:-][ \t]*(?:(?:gå[ \t]+)?till[ \t]+)?(?:startsida(?:n)?|hem(?:sida(?:n)?)?)", re.I)


_CAPS_BODY_WORD = re.compile(r"(?<![A-ZÅÄÖ])(?:KOMMUNS?|STADS?|REGION)(?![A-ZÅÄÖ])")


# A meeting's list of papers reported to it, named in one word as its heading ("Meddelanden",
# "Anmälningsärenden", "Delgivningar"): a heading, though one word is none elsewhere.
_LISTING_HEADING = re.compile(r"(?:Meddelanden|Anmälningsärenden|Delgivningar|Informationsärenden|"
                              r"MEDDELANDEN|ANMÄLNINGSÄRENDEN|DELGIVNINGAR|INFORMATIONSÄRENDEN)")
# A justered protocol's notice, its box's heading: "ANSLAG/BEVIS".
_NOTICE_BOX = re.compile(r"ANSLAG[ \t]*/[ \t]*BEVIS|Anslag[ \t]*/[ \t]*bevis")


_BODY_AND_DATE = re.compile(r"(.+?)[ \t]+(?:19|20)\d\d-[01]\d-[0-3]\d")
_SUM_ALONE = re.compile(r"\d[\d .,]*[ \t]*(?:kr|kronor|tkr|mkr|mnkr|SEK|miljoner[ \t]+kronor)\.?", re.I)


def _is_heading(text: str, type_word: TypeWord | None) -> bool:
    words = text.split()
    if len(words) == 1 and _LISTING_HEADING.fullmatch(words[0]) and type_word is None:
        return True
    if not 2 <= len(words) <= _MAX_WORDS or _WHEN.match(text):
        return False
    stripped = text.strip()
    dated = _BODY_AND_DATE.fullmatch(stripped)
    if dated and BOARD_RE.fullmatch(dated.group(1)):
        return False  # "Kommunstyrelsen 2041-10-18": a head's body and meeting date, its columns' gap closed by OCR
    if _SUM_ALONE.fullmatch(stripped):
        return False  # "58.300 kronor." on a line of its own: a sentence's sum wrapped apart, no heading
    if type_word and type_word.doc_type not in ("protokoll", "kallelse") and words[0].lower() == type_word.printed.lower() and len(words) <= 2:
        return False  # "Tjänsteskrivelse TKN": the type word and an office code, not the subject
    if (type_word and type_word.doc_type not in ("protokoll", "kallelse") and len(words) >= 2
            and words[-1].lower() == type_word.printed.lower() and BOARD_RE.fullmatch(" ".join(words[:-1]))):
        return False  # "Överförmyndarnämnden Delegationsbeslut": the deciding body and the type word, no subject
    if _LABEL_START.match(text) or _CONTACT.search(text) or _BREADCRUMB.search(text):
        return False
    if _is_news_section(text):
        return False  # "Nyheter från Exeby kommun": the site's section, the headline follows
    if _RELEASE_NOTE.fullmatch(text.strip()):
        return False  # "För omedelbar publicering": when a press release may be published, no headline
    if len(words) <= 6 and is_section_heading(text.strip()):
        return False  # "Förslag till beslut", "Beskrivning av ärendet": a section's heading, never the paper's subject
    if _BARE_ANSWER.fullmatch(text.strip()):
        return False  # "SVAR PÅ MEDBORGARFÖRSLAG" over the head: what the paper is; the proposal's subject follows
    if _labels_a_body(text.strip()):
        return False  # "Ärendet ska behandlas av: Hälso- och sjukvårdsnämnden": a head's label and the body it names
    if _MEETING_AND_ITEM.fullmatch(text.strip()):
        return False  # "Styrelsemöte 2040-05-14, ärende 4" over a paper's subject: the meeting it goes to
    if _PAPER_TO_BODY.fullmatch(sentence_case(text.strip())):
        return False  # "UNDERLAG TILL DIREKTIONEN" over the head's labels: what the paper is and whom for; its subject follows
    if _DELEGATION_NOTE.fullmatch(text.strip()):
        return False  # "BESLUT ENLIGT DELEGATION" over the head's labels: the kind of decision; its "Ärende:" names the subject
    if _SERIES_NUMBER.fullmatch(text.strip()) and not (type_word and type_word.doc_type in ("protokoll", "kallelse")):
        return False  # "RAPPORT 2040:2" on a report's cover: the series and number it is published in; its title follows
    if _LEGAL_BASIS.match(text.strip()):
        return False  # "Ordförandebeslut enligt 6 kap. 39 § kommunallagen": the law a decision rests on; its subject follows
    if _READER_NOTE.match(text):
        return False  # "Observera att dokumentet är inskannat ...": a note to the reader
    if _PARAGRAPH_ALONE.fullmatch(text.strip()):
        return False  # "Paragraf 88", "§ 88": an excerpt's § mark; its matter's heading follows
    if _CODE_AND_MARK.fullmatch(text.strip()):
        return False  # "KST 845": a board's code and its § mark, the sign read as "8" and run into the number
    if _is_mark_and_dnr(text):
        return False  # "8 19 Var beteckning KS 2034/0151": a § line (its sign misread) and the case's number
    if FORBUND_LETTERHEAD_RE.fullmatch(text.strip()) or FORBUND_LETTERHEAD_CAPS_RE.fullmatch(text.strip()):
        return False  # "Räddningstjänsten Mälardalen Väst": a förbund's name alone, its letterhead
    if _KIND_OF_BODY.fullmatch(text.strip()):
        return False  # "Kommunalförbund" under a förbund's name: what kind of body it is, no subject
    if _MUNICIPALITIES_LINE.fullmatch(text.strip()):
        return False  # "Exeby kommun och Ystorps kommun": the municipalities of a joint nämnd, no heading
    name = _PERSON_ALONE.fullmatch(_PARTY_AFTER.sub("", text.strip()))
    if name and is_given_name(name.group(1)):
        return False  # "Eva Lund", "Eva Lund (S)": an officer's name under the letterhead, a signer's, no heading
    person = _PERSON_TITLE.fullmatch(text.strip())
    if person and is_given_name(person.group(1)) and is_title_word(person.group(2).split()[-1]):
        return False  # "Eva Holm, miljöinspektör": the officer's line in a letterhead, no heading
    if _is_menu_row(text):
        return False  # a site's menu row ("Logga in | Lyssna | In English"), no heading
    if type_word and _is_address_line(text, type_word):
        return False
    if _is_put_to_officer(text):
        return False
    if type_word and type_word.doc_type == "protokollsutdrag" and text.lower().startswith(type_word.printed.lower()):
        return False  # "Utdrag ur protokoll fört vid sammanträde med ...": the excerpt's source; its § names the matter
    if _DATELINE.fullmatch(text.strip()):
        return False  # a publication label and its date, no headline
    if is_byline(text):
        return False  # "Exeby kommun, 10 februari 2041" under a press release's type word: its sender and date
    kind = type_word.printed.lower() if type_word else None
    if _is_letter_dateline(text[len(kind):].strip(" \t,–-|•·") if kind and text.lower().startswith(kind) else text.strip()):
        return False  # "Tjänsteskrivelse      Kopparberg den 4 mars 2040": the kind, where and when it was written
    if _PRINT_HEAD.match(text.strip()):
        return False  # a browser's print head: "2036-05-14 10:22   Ny sporthall i Norrby - Exeby kommun"
    cells = re.split(r"\t|\s{3,}", text.strip())
    if len(cells) > 1 and _is_lead_line(text, False):
        return False  # "MBN § 17      Dnr MBN 2032/0042": marks and numbers in columns, no heading
    if len(cells) > 1 and not any(_is_heading(c, type_word) for c in cells):
        return False  # "TEKNISKA FÖRVALTNINGEN      YTTRANDE": letterhead columns, no heading among them
    if type_word and text.lower().startswith(type_word.printed.lower()) and _DATE_TAIL.fullmatch(
            _SENDER.sub("", text[len(type_word.printed):], count=1)) and not _decisions_of_meeting(text, type_word) and not (
            _MONTH_OF_YEAR.fullmatch(text[len(type_word.printed):])):
        return False  # "Pressmeddelande • 18 april 2023", "... från Region X, 14 maj 2031": the type and its date
    if _is_press_sender_line(text, type_word):
        return False  # "Pressmeddelande från Region X" alone: the type and its sender, the headline below
    if DATE_RE.fullmatch(text.strip()) or re.fullmatch(r"[\d\s().,/:-]+", text) or _BARE_DNR.fullmatch(text.strip()):
        return False  # a date, page numbers, a diarienummer ("KS 2031/0198" under a § mark)
    dnr_first = _BARE_DNR.match(text.strip())
    officer = _OFFICER_AFTER_DNR.fullmatch(text.strip(), dnr_first.end()) if dnr_first else None
    if officer and is_given_name(officer.group(1)):
        return False  # "(2039-02-01) HSN 2039/12 Eva Ek": a head table's row of values under its labels, no heading
    if _ORGNR_ALONE.fullmatch(text.strip()):
        return False  # "Org.nr 556000-0000": the sender's number under its name, no heading
    if _POSTAL_LINE.fullmatch(text.strip()):
        return False  # "103 33 Stockholm": the recipient's or sender's address, no heading
    if MUNICIPALITY_RE.fullmatch(text.strip()) or (text.isupper() and len(words) <= 3 and _CAPS_BODY_WORD.search(text)):
        return False  # a letterhead ("EXEBY KOMMUN"; not "REGIONPLANEN FASTSTÄLLD", a headline)
    undated = DATE_RE.sub("", text).strip()
    if len(undated.split()) <= 4 and _UNIT.search(undated) or _UNIT_OF.match(undated):
        return False  # the name of an office or a department on its own line (its date beside it)
    if _is_body_name(text.strip()):
        return False  # a board's name alone (with its municipality) is the addressee or the letterhead
    office = BOARD_RE.match(text.strip())
    if office and len(words) <= 4 and office.group(0).endswith("s") and is_title_word(words[-1]):
        return False  # "Kommunstyrelsens ordförande": the writer's office in the letterhead, no subject
    if _board_of_municipality(undated):
        return False  # "Kommunfullmäktige i Exeby kommun 2031-01-28": the addressee and a date, no subject
    if "," in text and _is_letterhead_line([(0, len(text), text)], 0):
        return False  # "Exeby kommun, Miljö- och byggnadsnämnden" under the kind word: the letterhead in one line
    if type_word and text.strip().lower() == type_word.printed.lower():
        return False
    if len(words) > 12 and text.rstrip().endswith("."):
        return False  # a sentence of running text
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"”“«'’"  # (a quote in single marks too)


# Words that open a sentence, not a name: after a word in lower case, in capitals, with lower-case
# words after them, they begin the running text a flattened heading ran into
# ("... vid kommunens förskolor Många föräldrar lämnar ...").
_SENTENCE_OPENERS = ("Många", "Flera", "Alla", "Allt", "Några", "Det", "Den", "De", "Detta", "Denna", "Dessa", "Vi", "Jag",
                     "Man", "Här", "Där", "Sedan", "Nu", "Eftersom", "När", "Enligt", "Under", "Efter", "Genom", "I", "En", "Ett",
                     "På", "Att")  # ("På uppdrag av revisorerna har ...", "Att kunna simma är ...")
_SENTENCE_START_IN = re.compile(
    r"(?<=[a-zåäö,])\s+(?=(?:" + "|".join(_SENTENCE_OPENERS) + r")\s+[a-zåäö][\wåäö-]*\s+[a-zåäö][\wåäö-]*\s+[a-zåäö])")


# The paper a reply is over, in definite form, its name after it with a capital: "Yttrande över
# promemorian Kommunal ...", "... över betänkandet Fjällen ...". The name is no sentence's start.
_NAMED_PAPER = re.compile(r"[a-zåäö]*(?:promemorian|betänkandet|remissen|rapporten|utredningen|förslaget|skrivelsen|"
                          r"strategin|planen|programmet|vägledningen|direktivet)")


def _block_as_line(body: str, block: list[tuple[int, int, str]], start: int) -> str:
    """The block's text from ``start`` with its line breaks read as spaces (offsets kept): a
    flattened head wrapped over a few lines at a column's margin read as the one line it was."""
    return body[start:block[-1][1]].replace("\n", " ")


def _kind_spelt_in_flat_line(line: str, type_word: TypeWord | None) -> tuple[int, int] | None:
    """A flattened letter's subject opening with its kind spelt out after the kind in capitals in the
    letterhead (or as the line's first word) ("MOTION 2031-03-04 Till Kommunfullmäktige i Exeby kommun Motion om X En ... "): from
    there to the word that opens the first sentence."""
    if not type_word:
        return None
    caps = line.find(type_word.printed, 0, _INLINE_SUBJECT_REACH)
    if caps < 0 or not type_word.printed.isupper() and line[:caps].strip():
        return None  # (in capitals anywhere in the head, or as the flattened line's first word: "Motion 2039-01-20 Till ...")
    # (or in capitals, as a typed paper prints its subject: "YTTRANDE 2041-06-10 ... YTTRANDE ÖVER X SAMMANFATTNING ...")
    again = re.compile(r"(?<![\wåäö-])(?:" + re.escape(type_word.printed.capitalize())
                       + r"\s+(?:om|över|angående|avseende|gällande)|" + re.escape(type_word.printed.upper())
                       + r"\s+(?:OM|ÖVER|ANGÅENDE|AVSEENDE|GÄLLANDE))\s")
    m = again.search(line, caps + len(type_word.printed), caps + _INLINE_SUBJECT_REACH)
    if not m:
        return None
    cut = _CUT.search(line, m.end(), m.start() + 2 * _FLAT_LINE)  # a label, a section heading, a report's reference
    if cut and len(line[m.start():cut.start()].split()) <= _MAX_WORDS and not re.search(r"[.!?]\s", line[m.start():cut.start()]):
        return m.start(), cut.start()  # ("Yttrande över betänkandet Fjällen i ... (SOU 2031:7)": a name in capitals inside)
    words = [(w.start(), w.end(), w.group()) for _, w in zip(range(_MAX_WORDS + 2), re.finditer(r"\S+", line[m.start():]))]
    for k in range(2, len(words) - 1):
        w, prev, nxt = words[k][2], words[k - 1][2], words[k + 1][2]
        if prev.endswith((".", ":", ";", "!", "?")):
            return None  # punctuation before the sentence's start: no heading to cut off
        opens = w in _SENTENCE_OPENERS or prev[:1].islower() and not _HEADLINE_LINK.fullmatch(prev)
        if w[:1].isupper() and opens and nxt[:1].islower() and not _NAMED_PAPER.fullmatch(prev):
            return m.start(), m.start() + words[k - 1][1]
    return None


# A sentence's end and the next one's start inside a block: "... skolskjuts. Förvaltningen har ...".
_SENTENCE_THEN_SENTENCE = re.compile(r"[a-zåäö0-9)][.!?][ \t]+[A-ZÅÄÖ]")


def _is_prose_block(block: list[tuple[int, int, str]]) -> bool:
    """A block of running text: two sentences, or a sentence of many words to its full stop. An
    excerpt opening mid-sentence under its page head starts so in lower case ("inackorderingstillägg
    i stället för ...") and is the page's text, no broken-off end of the heading above it."""
    text = " ".join(ln for _s, _e, ln in block).strip()
    return bool(_SENTENCE_THEN_SENTENCE.search(text)) or (text.endswith(".") and len(text.split()) >= _SENTENCE_WORDS)


def _before_sentence(body: str, start: int, end: int) -> int:
    """The heading's end before running text it was joined to, three words of heading kept at least."""
    for m in _SENTENCE_START_IN.finditer(body, start, min(len(body), end + 200)):  # (its lookahead reads past the end)
        if m.start() >= end:
            break
        before = body[start:m.start()].split()
        if before and _NAMED_PAPER.fullmatch(before[-1].lower()):
            continue  # "... - Promemorian Ett förenklat ...": the paper's name, no sentence
        if len(before) >= 3 and "\n" in body[start:end]:
            return m.start()
    return end


def _kind_spelt_out(body: str, start: int, end: int, type_word: TypeWord | None) -> tuple[int, int]:
    """A heading joined from a flattened letterhead, its kind in capitals there and spelt out again
    at the subject ("... MOTION Till kommunfullmäktige ... Motion om X"): the title starts at the second."""
    if not type_word or not type_word.printed.isupper():
        return start, end
    word = type_word.printed.capitalize()
    caps = body.find(type_word.printed, start, end)
    if caps < 0:
        return start, end
    again = re.compile(r"(?<![\wåäö-])" + re.escape(word) + r"\s+(?:om|över|angående|avseende|gällande|till|för)\s")
    m = again.search(body, caps + len(type_word.printed), end)
    return (m.start(), end) if m else (start, end)


_RUNNING_HEAD = re.compile(r"[ \t]*(?:" + _ONE_MUNICIPALITY + r")[ \t]*(?:[·•|]|[–-](?=[ \t]))[ \t]*(?P<short>\S[^\n]{2,80}?)[ \t]*")


def _running_head(line: str) -> str | None:
    m = _RUNNING_HEAD.fullmatch(line)
    return m.group("short") if m else None


def _running_head_over(line: str, below: str) -> bool:
    """A page header naming the municipality and the document's short title, the full title below
    it starting with that short one."""
    short = _running_head(line)
    below = below.strip(" \t*#")
    return bool(short) and len(below) > len(short) and below.lower().startswith(short.lower())


_SITE_TITLE = re.compile(r"[ \t]*(?P<page>\S[^\n]{2,150}?)[ \t]+[-–|·][ \t]+(?:" + _ONE_MUNICIPALITY + r")[ \t]*")


def _site_title_over(line: str, below: list[list[tuple[int, int, str]]]) -> bool:
    """A web page's title line, the page's headline and the site's name (its municipality's) after a
    dash or bar, over the page itself: the same headline stands alone as a line below it."""
    m = _SITE_TITLE.fullmatch(line)
    if not m:
        return False
    page = " ".join(m.group("page").split()).casefold()
    # (the headline under the site's name and a breadcrumb trail, a block's lines apart)
    return any(" ".join(ln.split()).strip(" *#").casefold() == page for b in below for _s, _e, ln in b[:_SITE_TITLE_LINES])


_SITE_TITLE_LINES = 6  # lines of each block below a site title line read (was _SITE_TITLE_REACH, overridden by the later 200)


_BROKEN_LINES = 4  # lines of the first block, at least, of a transcript broken at odd places
_BROKEN_LINE_CHARS = 25


def _broken_first_block(body: str, lines: list[tuple[int, int, str]], start: int) -> tuple[int, int] | None:
    """The text's first block when it is a transcript broken into lines at odd places: four lines or
    more, each but the last a line of text (no columns), most ending inside a phrase ("... Motion om" /
    "laddplatser vid ..."). Read as one flattened line, its heading is found as in a flattened head."""
    block: list[tuple[int, int, str]] = []
    for ln in lines:
        if ln[1] < start:
            continue
        if not ln[2].strip():
            if block:
                break
            continue
        if block and ln[0] != block[-1][1] + 1:
            break
        block.append(ln)
    if (len(block) < _BROKEN_LINES or any("\t" in ln or "   " in ln.strip() for _s, _e, ln in block)
            or any(len(ln.strip()) < _BROKEN_LINE_CHARS for _s, _e, ln in block[:-1])):
        return None
    inside = sum(1 for _s, _e, ln in block if re.search(r"[a-zåäö,–-]$", ln.rstrip()))
    return (block[0][0], block[-1][1]) if inside * 2 > len(block) else None


class _PageNumberedHeads:
    """Running page heads in a text whose page breaks are lost: the same line again further down
    with other digits in it (its page number: "— sida 1 av 3" ... "— sida 2 av 3"). The text's
    lines with digits are indexed once by their page_line_key, and within a key by their words
    before the first digit: asking each line of a long table to walk every line of the text cost
    rows x lines, and so did a walk over a key's lines when they are one line many times over."""

    def __init__(self, lines: list[tuple[int, int, str]]):
        self._lines = lines
        self._by_key: dict[str, dict[str, _SameOpening]] | None = None

    def _index(self) -> dict[str, dict[str, _SameOpening]]:
        by_key: dict[str, dict[str, _SameOpening]] = {}
        for ls, _le, ln in self._lines:  # (in the text's order: starts ascend)
            if _DIGIT.search(ln):
                raw = ln.lstrip()
                opening = _DIGIT.split(raw, maxsplit=1)[0]
                group = by_key.setdefault(page_line_key(ln), {}).setdefault(opening, _SameOpening([], [], []))
                group.starts.append(ls)
                group.tidy.append(" ".join(ln.split()))
        for groups in by_key.values():
            for group in groups.values():
                group.index_runs()
        return by_key

    def __call__(self, line: tuple[int, int, str]) -> bool:
        s, _e, text = line
        if not _DIGIT.search(text) or len(text.strip()) < 15:
            return False
        if self._by_key is None:
            self._by_key = self._index()
        groups = self._by_key.get(page_line_key(text))
        if not groups:
            return False
        own = " ".join(text.split())
        prefix = _DIGIT.split(own, maxsplit=1)[0]
        # a later line of the same key, opening with these words, that is not this line again
        return any(opening.startswith(prefix) and group.other_after(s, own) for opening, group in groups.items())


@dataclass
class _SameOpening:
    """The lines of one running-head key opening with the same words (before their first digit):
    their starts (ascending), their text with blanks folded, and for each the index of the next
    line whose text differs (a run of one line repeated is passed over in one step)."""
    starts: list[int]
    tidy: list[str]
    next_other: list[int]

    def index_runs(self) -> None:
        n = len(self.tidy)
        self.next_other = [n] * n
        for k in range(n - 2, -1, -1):
            self.next_other[k] = k + 1 if self.tidy[k + 1] != self.tidy[k] else self.next_other[k + 1]

    def other_after(self, start: int, own: str) -> bool:
        k = bisect.bisect_right(self.starts, start)
        if k >= len(self.starts):
            return False
        return self.tidy[k] != own or self.next_other[k] < len(self.starts)


_DIGIT = re.compile(r"\d")


# The kinds of a letter whose subject stands under its head, the kind's word in the head.
_LETTER_KINDS = ("tjänsteskrivelse", "tjänsteutlåtande", "utlåtande", "remiss", "beslut", "missiv")


def _over_letter_kind(body: str, title: Title, type_word: TypeWord | None) -> bool:
    """The heading found stands wholly above a letter's kind word printed alone in its head, on a line
    of its own or in the letterhead's column ("YTTRANDE", "TJÄNSTEUTLÅTANDE")."""
    return (type_word is not None and type_word.source == "head" and type_word.alone
            and type_word.doc_type in _LETTER_KINDS and title.source == "heading" and title.span[1] < type_word.span[0]
            and not body[body.rfind("\n", 0, title.span[0]) + 1: title.span[0]].strip())  # (a label's value, "Ärendemening: X", stays)


# A section heading of a single matter's body on a line of its own: the head ends above it.
_BODY_SECTION_LINE = re.compile(
    r"^[ \t]*(?:" + sections.alternation(sections.PROPOSAL, sections.SUMMARY, sections.BACKGROUND, sections.DOCUMENTS,
                                         sections.MATTER_DESCRIPTION, capital=True) + r")[ \t]*:?[ \t]*$", re.M)
_OWNER_REACH = 800  # characters of the head under a running head's short title its full heading stands within
_OWNER = r"((?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*[ \t]+){0,3}(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*s|(?<=[ \t])(?:kommuns|stads)))[ \t]+"


def _owners_heading_below(body: str, title: Title) -> Title:
    """The page's short title over the full heading that names whose it is in the genitive ("Detaljbudget
    2042" ... "Region Exelands detaljbudget 2042", "Verksamhetsplan 2042" ... "Kulturnämndens
    verksamhetsplan 2042"): the short one is the running head, the full one the title. The full heading
    stands on its own line, or within a flattened line with words before and after it."""
    words = title.text.split()
    if not 2 <= len(words) <= 8 or not re.search(r"(?:19|20)\d\d", title.text):
        return title  # (a plan's or budget's name carries its year)
    tail = r"[ \t]+".join(re.escape(w) for w in words)
    full = re.compile(r"(?:^|(?<=[ \t]))" + _OWNER + r"(?i:" + tail + r")(?=[ \t]*(?:\n|$)|[ \t]+[A-ZÅÄÖ])", re.M)
    m = full.search(body, title.span[1], title.span[1] + _OWNER_REACH)
    if m is None:
        return title
    line_start = body.rfind("\n", 0, m.start()) + 1
    line_end = body.find("\n", m.end())
    line_end = len(body) if line_end < 0 else line_end
    on_own_line = not body[line_start:m.start()].strip() and not body[m.end():line_end].strip()
    if not (on_own_line or line_end - line_start > _FLAT_LINE):
        return title  # (within a sentence of running text)
    return Title(" ".join(body[m.start():m.end()].split()), (m.start(), m.end()), "heading")


_NON_SPACE = re.compile(r"\S+")


def _headline_said_again(body: str, title: Title) -> Title | None:
    """A page flattened into a few lines whose first line runs its menu, trail and headline into the
    dateline ("Exeby kommun Start Nyheter Nya spår i skogen Publicerad 2040-01-10") and whose next line
    opens with the headline again: the words said twice are the headline."""
    line_start = body.rfind("\n", 0, title.span[0]) + 1
    line_end = body.find("\n", title.span[0])
    if line_end < 0:
        return None
    line = body[line_start:line_end].rstrip()
    dateline = None
    for dateline in _FLAT_DATELINE.finditer(line):
        pass
    if dateline is None or dateline.end() < len(line) or not (line_start <= title.span[0] < line_start + dateline.start()):
        return None
    next_end = body.find("\n", line_end + 1)
    following = body[line_end + 1: len(body) if next_end < 0 else next_end].lstrip()
    words = list(_NON_SPACE.finditer(line, 0, dateline.start()))
    for n in range(len(words) - 1, 2, -1):  # the longest tail said again, something (the menu) before it
        first = words[-n]
        tail = " ".join(w.group() for w in words[-n:])
        if following.startswith(tail) and following[len(tail):len(tail) + 1] in ("", " ", "\t") and tail[:1].isupper():
            return Title(tail, (line_start + first.start(), line_start + words[-1].end()), "heading")
    return None


def find_title(body: str, lines: list[tuple[int, int, str]], start: int, type_word: TypeWord | None,
               shape: str | None, web_title: tuple[str, tuple[int, int]] | None, web_page: bool = False,
               n_items: int = 0) -> Title | None:
    """The title, its span trimmed to the text it keeps (no stripped dot, colon or markup).
    ``web_page``: the clean stage found a web page's interface lines in the text; ``n_items``: the
    matters (§§) found."""
    broken = _broken_first_block(body, lines, start) if shape != "news" else None
    if broken:
        # (a line break and a space are one character each: the flattened text's offsets are the body's)
        s, e = broken
        body = body[:s] + body[s:e].replace("\n", " ") + body[e:]
        lines = [ln for ln in lines if ln[1] < s] + [(s, e, body[s:e])] + [ln for ln in lines if ln[0] > e]
    title = _find_title(body, lines, start, type_word, shape, web_title, web_page, n_items)
    first = _first_text(body, start)
    flattened = is_flattened(body, first)
    if title is None and flattened:
        # A flattened web page where no heading stood out of its one long line: the headline after
        # its Markdown mark, or between its breadcrumb trail and its date label.
        head = first_headline(body, first) or _flat_news_headline(body, first)
        if head is not None:
            title = Title(" ".join(body[head[0]:head[1]].split()), head, "heading")
    if title is not None:
        title = _headline_said_again(body, title) or title
    if title is not None and _over_letter_kind(body, title, type_word) and body.find("\n", type_word.span[1]) >= 0:
        # A line over the letter's own kind word ("Handbok för ärendehantering – X kommun", "Remiss från
        # Finansdepartementet" over "YTTRANDE"): a series, handbook or sender; the subject is under the head.
        below = _find_title(body, lines, body.find("\n", type_word.span[1]) + 1, type_word, shape, None, web_page, n_items)
        if (below is not None and below.source == "heading" and below.span[0] > type_word.span[1]
                and body[below.span[1]: below.span[1] + 1] != "."  # (a sentence under the head is no subject)
                and not _BODY_SECTION_LINE.search(body, type_word.span[1], below.span[0])):
            # (nor a heading of the body's below its proposal or summary: "Nya regler för X" over
            # "Tjänsteskrivelse" is the subject, the head's "Ekonomiska konsekvenser" far below is not)
            title = below
    if title is not None and title.source in ("heading", "type"):
        title = _owners_heading_below(body, title)
    if title is not None and flattened:
        title = _subject_after_flat_mark(body, first, title, type_word) or _flat_head_before(body, _flat_run_on_cut(body, title), type_word)
        title = _flat_sentence_cut(body, title, shape == "news" or bool(type_word) and type_word.doc_type in ("nyhet", "pressmeddelande"))
    if title is None:
        return None
    s, e = title.span
    if " ".join(body[s:e].split()) == title.text:
        return title
    while s < e and body[s] in _TRIM_CHARS and body[s] != title.text[:1]:
        s += 1
    while e > s and body[e - 1] in _TRIM_CHARS and body[e - 1] != title.text[-1:]:
        e -= 1
    if " ".join(body[s:e].split()) != title.text:
        return title  # read from masked text or otherwise rewritten: the span stays as read
    return Title(title.text, (s, e), title.source)


_TRIM_CHARS = frozenset(" \t\n.,:;|–-*#")

# What runs on after a heading in a flattened text: the next field's label with its colon ("... vid
# badplatsen Förslagsställare: Eva Ek ...", "... Motpart: Föreningen X ...").
_FLAT_RUN_ON = re.compile(r" (?-i:[A-ZÅÄÖ])[a-zåäö]{2,}:(?= )")


# A matter's label or section heading left before a flattened subject ("... Ärendebeskrivning Ny taxa
# för ..."), an office's or body's name in the genitive left after it, its proposal's heading run on
# ("... Ny taxa för X Förvaltningens förslag till beslut ...").
_FLAT_MATTER_LEAD = re.compile(r"(?:[ÄA]rendebeskrivning|[ÄA]rendet|[ÄA]rende)[ \t]*:?[ \t]+(?=[A-ZÅÄÖ]\S*[ \t]+\S+[ \t]+\S)")
_FLAT_GENITIVE_TAIL = re.compile(r"[ \t]+(?-i:[A-ZÅÄÖ])[\wåäö-]*s$")
_PROPOSAL_AFTER = re.compile(r"[ \t]+" + tolerant(_PROPOSAL_TO + r"(?![\wåäö-])"))


# A protocol extract's paragraph mark in a flattened head, read or misread ("§ 12", "8 12", "$ 12",
# "Paragraf 12"), its dnr after it: the matter's subject follows ("... 2040-02-11 § 7 Dnr X 2040/19 Avtal
# med Exeby IF om ... Bakgrund ...").
_FLAT_MARK = re.compile(r"(?<!\S)(?:§|" + PARAGRAPH_SIGN_MISREADS + r"|Paragraf)[ \t]*\d{1,4}[a-z]?(?![\w/:.-])")
_FLAT_MARK_DNR = re.compile(r"[ \t]+(?:(?:Dnr|DNR|Diarienummer)[ \t]*:?[ \t]*|(?=\S*\d))")
_MAX_MARK_SUBJECT_WORDS = 20
_FLAT_BARE_DNR_AT = re.compile(r"[ \t]+(?:[A-ZÅÄÖ]{1,6}[ \t]?)?(?:(?:19|20)\d\d:|(?:19|20)?\d\d[/.-])\d{1,6}(?:[-/]\d{1,4})?(?=[ \t]|$)")


def _subject_after_flat_mark(body: str, first: int, title: Title, type_word: TypeWord | None) -> Title | None:
    """A flattened protocol extract's head read as its title ("EXEBY KOMMUN Kommunstyrelsen UTDRAG UR
    PROTOKOLL 2040-03-15 Ks § 45 Dnr KS 2040/123 Bidrag till X Nämnden har ..."): the matter's subject
    after the head's last paragraph mark and its dnr, to the next label, section heading, bare dnr or
    sentence."""
    s, e = title.span
    if not (type_word and type_word.doc_type in ("protokollsutdrag", "protokoll")):
        return None
    # (an extract's mark may stand before the subject read as its title, a protocol's only inside its head read so)
    lo = first if type_word.doc_type == "protokollsutdrag" and s - first < _INLINE_SUBJECT_REACH else s
    mark = None
    for mark in _FLAT_MARK.finditer(body, lo, e):
        pass
    if mark is None:
        return None
    pos = mark.end()
    dnr = _FLAT_MARK_DNR.match(body, pos)
    if dnr:
        taken = take_value(body, dnr.end())
        if taken:
            pos = taken[2]
    start = _BLANKS.match(body, pos).end()
    reach = min(len(body), start + 2 * _FLAT_LINE)
    if "\n" in body[pos:start] or not body[start:start + 1].isupper():
        return None
    ends = [m.start() for m in (_CUT.search(body, start + 1, reach), _FLAT_SECTION.search(body, start, reach),
                                _FLAT_RUN_ON.search(body, start, reach),
                                INLINE_DECISION.search(body, start + 1, reach),
                                next((d for d in _FLAT_BARE_DNR_AT.finditer(body, start, reach)
                                      if not _YEARS.fullmatch(d.group().strip())), None)) if m]
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", body[start:reach])]
    for k in range(2, len(words) - 1):
        w, prev, nxt = words[k][1], words[k - 1][1], words[k + 1][1]
        if prev.endswith((".", "!", "?")) or "\n" in body[start: start + words[k][0]]:
            ends.append(start + words[k - 1][0] + len(prev))
            break
        if w[:1].isupper() and nxt[:1].islower() and (prev[:1].islower() and not _HEADLINE_LINK.fullmatch(prev) or _YEARS.fullmatch(prev)):
            ends.append(start + words[k][0])  # "... för kommunens anställda Personalchefen har ...": a sentence opens
            break
    if not ends:
        return None
    end = min(ends)
    subject = body[start:end].rstrip(" \t.,:;")
    if not 2 <= len(subject.split()) <= _MAX_MARK_SUBJECT_WORDS or not _is_heading(subject, type_word):
        return None
    return Title(" ".join(subject.split()), (start, start + len(subject)), "heading")


def _flat_head_before(body: str, title: Title, type_word: TypeWord | None) -> Title:
    """A flattened heading with the head before it read into it ("Exeby kommun Kommunstyrelsen Ny taxa för
    X", "Eva Ek 2040-02-11 SBN 2040/0044 Planarkitekt Byggnadsnämnden Planbesked för ..."): the subject
    after the head's last value, label, kind word or body's name (as read back from a section heading)."""
    s, e = title.span
    if " ".join(body[s:e].split()) != title.text or len(title.text.split()) < 3:
        return title
    subject = _subject_back_from(body, s, e, type_word, heading_after=False)
    if subject is None or subject[0] == s:
        return title
    return Title(" ".join(body[subject[0]:subject[1]].split()), subject, title.source)


def _flat_sentence_cut(body: str, title: Title, news: bool) -> Title:
    """A flattened heading run on into the text's first sentence, cut where it opens: a capital after a
    number, year or property's number ("... Exeby 5:12 Vid inspektion ... konstaterades"), a sentence's
    opening word ("... i Norrby Under det senaste året ..."), a page's publication label and date; a news
    page's date after its headline ("... budgeten för 2040 2039-11-26")."""
    s, e = title.span
    if " ".join(body[s:e].split()) != title.text:
        return title
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", body[s:e])]
    cut = None
    for k in range(2, len(words)):
        w, prev = words[k][1], words[k - 1][1]
        nxt = words[k + 1][1] if k + 1 < len(words) else ""
        nxt2 = words[k + 2][1] if k + 2 < len(words) else ""
        in_lower = nxt[:1].islower() and not nxt2[:1].isupper() and nxt2 != ""
        if w[:1].isupper() and in_lower and (any(ch.isdigit() for ch in prev) and not prev.endswith(":")
                                             or k >= 3 and w in _SENTENCE_OPENERS and not _HEADLINE_LINK.fullmatch(prev)
                                             and not _NAMED_PAPER.fullmatch(prev.lower())):  # ("promemorian En ny lag ...")
            cut = k
            break
        if k >= 3 and _FLAT_DATELINE.match(body, s + words[k][0]):
            cut = k
            break
        if news and k >= 3 and k + 1 >= len(words) - 1 and DATE_RE.fullmatch(w):
            cut = k  # (its hour after it, or nothing)
            break
    if cut is None:
        return title
    end = s + len(body[s:s + words[cut][0]].rstrip(" \t,.:;–-"))
    return Title(" ".join(body[s:end].split()), (s, end), title.source)


def _flat_run_on_cut(body: str, title: Title) -> Title:
    """A flattened heading cut before a field's label run on after it (three words of heading at least),
    and without the matter's label before it or the proposal's genitive after it (_FLAT_MATTER_LEAD)."""
    s, e = title.span
    if " ".join(body[s:e].split()) != title.text:
        return title  # (read from rewritten text: its span and text do not say where to cut)
    lead = _FLAT_MATTER_LEAD.match(body, s, e)
    if lead:
        s = lead.end()
    genitive = _FLAT_GENITIVE_TAIL.search(body, s, e)
    if genitive and _PROPOSAL_AFTER.match(body, e) and len(body[s:genitive.start()].split()) >= 2:
        e = genitive.start()
    tail = next((m for m in _FLAT_RUN_ON.finditer(body, s, e) if len(body[s:m.start()].split()) >= 3), None)
    if tail is not None:
        e = tail.start()
    if (s, e) == title.span:
        return title
    return Title(" ".join(body[s:e].split()), (s, e), title.source)


# A protocol's serial number right after its heading word, the year written out (not a page mark
# "1(3)"; a number in a column of its own, "PROTOKOLL      Nr 4/2031", is another cell).
_SERIAL = re.compile(r"[ ](?:(?i:nr)\.?[ ])?\d{1,3}/(?:19|20)\d\d(?=[ \t]*$|[ \t]{2,}|\t|"
                     r"[ ][A-ZÅÄÖ][\wåäö]*(?:[ ][\wåäö]+)?:)")  # (or a flattened head's next label: "... 5/2036 Organ: ...")


# The addressee's reference under a reply's heading: "(Er beteckning 511-4471-40)", "Ert dnr 2040/12".
_REFERENCE_LINE = re.compile(r"\(?(?:(?:er|ert|vår|vårt)[ \t]+(?:beteckning|dnr|diarienummer|ref(?:erens)?)|dnr|diarienummer)(?![\wåäö])",
                             re.I)


def _kind_subject_line(body: str, start: int, type_word: TypeWord) -> Title | None:
    """A heading line that opens with the document's own kind and says what it is about
    ("Överenskommelse om idéburet offentligt partnerskap för ...", "Yttrande över remissen ..."):
    the title, over a kind line in capitals, an office's name or a lone type word above it. It
    goes on in its block's next lines (a wrapped heading), up to a blank line or a label."""
    if type_word.doc_type in ("protokoll", "kallelse", "protokollsutdrag", "nyhet", "pressmeddelande"):
        return None
    word = re.escape(type_word.printed)
    # (in capitals too: "BESLUT OM REGIONALA KULTURSTÖD 2040")
    m = re.compile(rf"^[ \t#*]*(?i:{word})[ \t]+(?i:om|över|för|mellan|avseende|angående|gällande)[ \t]+\S[^\n]*", re.M).search(
        body, start, min(len(body), start + TYPE_HEAD_CHARS))
    if not m:
        return None
    s = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t#*"))
    end = m.end()
    caps = m.group(0).isupper()  # (a heading in capitals goes on in a subtitle in mixed case: "Skyddat boende för ...")
    for _ in range(_MAX_HEADING_LINES - 1):
        nxt = body.find("\n", end + 1)
        more = body[end + 1: len(body) if nxt < 0 else nxt].strip()
        if (not more or _LABEL_START.match(more) or DATE_RE.fullmatch(more) or more[:1].isupper() and not caps
                or len(more.split()) > 12 or _RULE_LINE.fullmatch(more) or _REFERENCE_LINE.match(more)):
            break
        end = end + 1 + len(body[end + 1: len(body) if nxt < 0 else nxt].rstrip())
    text = " ".join(body[s:end].split()).strip(" *#").rstrip(" .,:;")
    if not 3 <= len(text.split()) <= _MAX_WORDS or body[s:end].rstrip().endswith("."):  # a sentence, no heading
        return None
    return Title(text, (s, end), "heading")


# A web page flattened into one line: its menu's links (short, capitalised, "Kommun och politik"),
# a breadcrumb's slashes, then the headline, the first run of words in a sentence's shape (a
# capital and three or more words in lower case: "Direktionen satsar på fler deltidsbrandmän"),
# up to the next capitalised word that no preposition leads in ("Publicerad ...", the text's
# first sentence). Names inside it keep their capitals after a preposition ("... i Vallby").
_MENU_TOKEN = re.compile(r"[A-ZÅÄÖ][\wåäö-]*|&|/|[|›>»]")
_HEADLINE_LINK = re.compile(r"i|på|för|till|mellan|vid|om|med|och|av|från|inom|under|efter|över")
_MENU_REACH = 40  # words of menu before the headline, at most


def _name_before_dateline(line: str, words: list[tuple[int, int, str]], end: int) -> int | None:
    """A name of several capitalised words after a preposition closing a headline right before the
    page's dateline ("... stöd från Region Exeby Publicerad 2041-04-23"): the index of the
    dateline's word, else None."""
    if not (end >= 2 and _HEADLINE_LINK.fullmatch(words[end - 2][2]) and words[end - 1][2][:1].isupper()):
        return None
    for j in range(end, min(end + 3, len(words))):
        if _FLAT_DATELINE.match(line, words[j][0]):
            return j
        if not words[j][2][:1].isupper():
            return None
    return None


def _headline_after_menu(line: str) -> tuple[int, int] | None:
    words = [(m.start(), m.end(), m.group()) for _, m in zip(range(_MENU_REACH + 20), re.finditer(r"\S+", line))]
    k = 0
    while k < len(words):
        w = words[k][2]
        lower_run = 0  # the words after it in lower case, or capitalised after a preposition ("i Vallby")
        while k + 1 + lower_run < len(words) and (words[k + 1 + lower_run][2][:1].islower() or (
                lower_run and _HEADLINE_LINK.fullmatch(words[k + lower_run][2]))):
            lower_run += 1
        if (w[:1].isupper() and lower_run == 2 and k >= 2 and k + 1 + lower_run < len(words)
                and _FLAT_DATELINE.match(line, words[k + 1 + lower_run][0])):
            return words[k][0], words[k + lower_run][1]  # a short headline right before the page's dateline: "Bidrag till föreningar Publicerad 2040-02-20"
        # (a headline may open with a number: "19 kulturprojekt får stöd ...")
        if (w[:1].isupper() or w.isdigit()) and lower_run >= 3 and k >= 2:
            end = k + 1
            while end < len(words):
                nxt = words[end][2]
                dated = DATE_RE.match(line, words[end][0]) if nxt[:1].isdigit() else None
                if dated and end - k >= 3 and (not line[dated.end():].strip() or UI_TOOLS.match(line, dated.end())):
                    return words[k][0], words[end - 1][1]  # the page's date by its tool buttons: "... bygdegårdar 2 mars 2042 Skriv ut"
                if nxt[:1].isupper() and not _HEADLINE_LINK.fullmatch(words[end - 1][2]):
                    named = _name_before_dateline(line, words, end)
                    if named is not None:
                        return words[k][0], words[named - 1][1]
                    break
                if (nxt.endswith(("?", "!")) and end + 1 < len(words) and words[end + 1][2][:1].isupper()
                        and end + 1 - k <= _MAX_WORDS // 2):
                    return words[k][0], words[end][1]  # a question or a cry, the lead's capital after it: "Vem får bidrag i år? Nämnden ..."
                if not (nxt[:1].isalpha() or nxt[:1].isdigit()) or nxt.endswith((".", ",", ":", "!", "?")):
                    return None  # a sentence's punctuation before the next capital: running text, no headline
                end += 1
            if end >= len(words) or _HEADLINE_LINK.fullmatch(words[end - 1][2]) or end - k > _MAX_WORDS // 2:
                return None
            return words[k][0], words[end - 1][1]
        if not _MENU_TOKEN.fullmatch(w) or k >= _MENU_REACH:
            return None  # a word of no menu (a number, a date, a sentence's word) before any headline
        k += 1 + (lower_run if w[:1].isupper() else 0)  # a link of a word or three: "Om oss", "Förebygga brand"
    return None


_TYPE_DATE_GAP = re.compile(r"[ \t•·|,:–-]*")
# A press release's sender between its kind and its date: a municipality's or region's name ("från" it
# or not: "PRESSMEDDELANDE Exeby kommun, 10 februari 2041"), the dateline's town in capitals ("EXEBY
# 2037-11-06"), or a publication label ("Pressmeddelande Publicerad 14 mars 2035").
_SENDER_BEFORE_DATE = re.compile(r"(?:[Ff]rån[ \t]+)?(?:(?:[A-ZÅÄÖ][\wåäö-]*[ \t]+){1,3}(?:kommun|stad)|"
                                 r"Region[ \t]+[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+[A-ZÅÄÖ][\wåäö-]*)?)[ \t,•·|–-]*"
                                 r"|[A-ZÅÄÖ]{3,}(?:[ -][A-ZÅÄÖ]{3,})?[ \t,]+(?=\d)|(?-i:[Pp]ublicerad|PUBLICERAD)[ \t]*:?[ \t]*(?=\d)")


def _headline_after_type_and_date(ls: int, line: str, type_word: TypeWord | None) -> tuple[int, int] | None:
    """A flattened press release or news page ("Exeby kommun Pressmeddelande 2031-06-03 Kommunen tecknar
    avtal med Röda Korset Socialnämnden har beslutat ..."): the headline runs from after the type word's
    date to the capitalised word that opens the first sentence (one after a lower-case word that links
    nothing: names of several words and "i Exeby" stay in the headline)."""
    if not type_word or not ls <= type_word.span[0] < ls + len(line) or type_word.doc_type not in ("pressmeddelande", "nyhet"):
        return None
    gap = _TYPE_DATE_GAP.match(line, type_word.span[1] - ls)
    sender = _SENDER_BEFORE_DATE.match(line, gap.end())  # "Pressmeddelande från Exeby kommun 2031-06-03"
    date = DATE_RE.match(line, sender.end() if sender else gap.end())
    if not date:
        return None
    return _headline_from(line, re.match(_TIME + r"[ \t•·|,]*", line[date.end():]).end() + date.end())


_QUOTED_HEADLINE = re.compile(r"[”“\"][A-ZÅÄÖ][^”“\"\n]{5,150}[”\"](?=[ \t]+[A-ZÅÄÖ][a-zåäö])")


def _headline_from(line: str, pos: int) -> tuple[int, int] | None:
    """The headline of a flattened page from ``pos`` (after its dateline) to the capitalised word
    that opens the first sentence (one after a lower-case word that links nothing)."""
    quoted = _QUOTED_HEADLINE.match(line, pos)
    if quoted:  # a quotation as the headline: "”Ett lyft för hela bygden” Kommunstyrelsen har ..."
        return quoted.start(), quoted.end()
    words = [(m.start(), m.end(), m.group()) for _, m in zip(range(_MAX_WORDS + 2), re.finditer(r"\S+", line[pos:]))]
    if not words or not words[0][2][:1].isupper():
        return None
    for k in range(1, len(words)):
        w, prev = words[k][2], words[k - 1][2]
        if prev.endswith(":") and k <= 2 and w[:1].isupper():
            continue  # a headline's kicker before a colon: "Budget 2039: Satsning på skolan ..."
        if prev.endswith((".", ",", ":", ";", "!", "?")):
            return None  # a sentence's punctuation before the next capital: running text, no headline
        # (after a year closing the headline too, "... för 2039–2040 Kulturnämnden har ...", or a body
        # opening the sentence after a name, "... i Exeby Kommunfullmäktige beslutade ...")
        if w[:1].isupper() and (prev[:1].islower() and not _HEADLINE_LINK.fullmatch(prev) or _YEARS.fullmatch(prev)
                                or prev[:1].isupper() and k >= 3 and BOARD_RE.fullmatch(w)):
            if k < 3 or k + 1 >= len(words) or not words[k + 1][2][:1].islower():
                return None
            return pos + words[0][0], pos + words[k - 1][1]
    return None


# A flattened page's publication label and date, and an update's after it ("Publicerad: 2031-11-24 |
# Uppdaterad: 2031-11-25"): the headline follows.
_FLAT_DATELINE = re.compile(r"(?<![\wåäö])(?:publicera[dt]|publicerades|uppdatera[dt]|senast\s+(?:uppdatera[dt]|ändrad))[ \t]*:?[ \t]*(?:"
                            + DATE_RE.pattern + r")" + _TIME + r"[ \t|•·,]*", re.I)
_FLAT_UPDATE = re.compile(r"(?:uppdatera[dt]|senast\s+(?:uppdatera[dt]|ändrad)|ändrad)[ \t]*:?[ \t]*(?:"
                          + DATE_RE.pattern + r")" + _TIME + r"[ \t|•·,]*", re.I)


# A news page's section word and its date before the headline: "Nyheter 18 september 2040 Headline ...".
_NEWS_SECTION_DATE = re.compile(r"(?<![\wåäö])(?:Nyhet|Nyheter|NYHET|NYHETER)[ \t:|·•–-]*(?:" + DATE_RE.pattern + r")"
                                + _TIME + r"[ \t|•·,]*")
_NOT_IN_HEADLINE = re.compile(r"[.!?;|·•/›>»\[\]#*]")


def _flat_news_headline(body: str, first: int) -> tuple[int, int] | None:
    """A flattened news page no other rule found a headline in: the headline after its section word and
    date ("Exeby kommun Nyheter 18 september 2040 Förbundet tar över ... Direktionen har ..."), or opening
    the text right before its publication label ("Bidrag till tre föreningar Publicerad 12 mars 2040 ...")."""
    dated = _NEWS_SECTION_DATE.search(body, first, first + _INLINE_SUBJECT_REACH)
    if dated:
        head = _headline_from(body, dated.end())
        if head:
            return head
    label = _FLAT_DATELINE.search(body, first, first + 2 * _FLAT_LINE)
    if not label:
        return None
    head = body[first:label.start()].rstrip(" \t,–-")
    if (3 <= len(head.split()) <= _MAX_WORDS // 2 and head[:1].isupper() and not _NOT_IN_HEADLINE.search(head)
            and not DATE_RE.search(head) and _is_heading(head, None)):  # (a dated heading is a meeting's, its page's head before it)
        return first, first + len(head)
    return None


_LABEL_GAP = re.compile(r"[ \t|·•–-]*")  # (between a headline and its date label)


def _headline_over_date_label(line: str) -> tuple[int, int] | None:
    """A flattened news page's headline after its menu, right over its date label ("... > Nyheter Notiser
    från nämndens sammanträde Publicerad 2 maj 2040 Dela Bidrag till ..."): what follows the date is then
    the page's first section, no headline of the page. None when the label does not follow it."""
    before = _headline_after_menu(line)
    if before and _FLAT_DATELINE.match(line, _LABEL_GAP.match(line, before[1]).end()):
        return before
    return None


def _flat_page_headline(line: str) -> tuple[int, int] | None:
    """The headline of a news page flattened into its first line: over its date label, else after its
    dateline, after its menu, or between its trail's last crumb and its date label."""
    return (_headline_over_date_label(line) or _headline_after_dateline(line) or _headline_after_menu(line)
            or first_headline(line, 0))


def _headline_after_dateline(line: str) -> tuple[int, int] | None:
    """A flattened news page ("Exeby kommun Meny Sök Nyheter Publicerad: 2031-11-24 | Uppdaterad:
    2031-11-25 Fullmäktige klubbade budgeten Kommunfullmäktige beslutade ..."): the headline after the
    page's dateline, near the line's start."""
    m = _FLAT_DATELINE.search(line, 0, _INLINE_SUBJECT_REACH)
    if not m:
        return None
    update = _FLAT_UPDATE.match(line, m.end())
    pos = update.end() if update else m.end()
    tools = UI_TOOLS.match(line, pos)  # the page's share and print buttons after its date: no headline
    return _headline_from(line, tools.end() if tools else pos)


_CELL = re.compile(r"[^\t ]+(?:[ ]{1,2}[^\t ]+)*")  # a table cell's text: columns part at a tab or a wide gap


def _subject_under_label_row(block: list[tuple[int, int, str]], j: int) -> Title | None:
    """A row of labels over a row of values ("Ärende<TAB>Datum<TAB>Diarienummer" / "Taxa för ...<TAB>
    2035-03-02<TAB>MTN 2035/0044", or the same in pdftotext's columns): the subject is the value
    under its label, in the same column."""
    cells = _CELL.findall(block[j][2])
    if len(cells) < 2 or j + 1 >= len(block) or not all(_LABEL_START.match(c) and len(c.split()) <= 3 for c in cells):
        return None
    col = next((k for k, c in enumerate(cells) if re.fullmatch(r"(?:ärende|rubrik|angående|ämne):?", c, re.I)), None)
    ls, _le, values = block[j + 1]
    found = list(_CELL.finditer(values))
    if col is None or len(found) != len(cells):
        return None
    value = found[col]
    if not _is_heading(value.group(), None):
        return None
    return Title(" ".join(value.group().split()).rstrip(" ."), (ls + value.start(), ls + value.end()), "heading")


_SITE_LINKS = 4  # short blocks of a site's links, at least, over a page's headline
# A photo's or an illustration's credit under its caption: "Foto: Eva Ek", "Bild: Exeby kommun".
_CREDIT_LINE = re.compile(r"(?:foto|fotograf|bild|illustration|grafik)[ \t]*:[ \t]*\S[^\n]{0,60}", re.I)


def _is_image_caption(block: list[tuple[int, int, str]], below: list[list[tuple[int, int, str]]]) -> bool:
    """A caption and its credit: one sentence (its full stop ends it, as a headline's does not), the
    credit the block's next line (or its line above) or the next block's first; ``below``: the next blocks."""
    after = below  # the blocks after the caption and its credit
    if len(block) == 2 and _CREDIT_LINE.fullmatch(block[1][2].strip()):
        caption = block[0][2].strip()
    elif len(block) == 1 and below and len(below[0]) == 1 and _CREDIT_LINE.fullmatch(below[0][0][2].strip()):
        caption, after = block[0][2].strip(), below[1:]
    elif len(block) == 1 and below and _CREDIT_LINE.fullmatch(below[0][0][2].strip()):
        caption, after = block[0][2].strip(), []
    else:
        return False
    if _CREDIT_LINE.fullmatch(caption):
        return False
    if caption.endswith("."):
        return True
    # An alt text with no full stop ("Två personer skakar hand") is a caption when a heading opens the
    # next block and the article's text goes on under it: a headline's own photo credit would have the
    # article's text after it.
    nxt = after[0] if after else None
    return (nxt is not None and len(nxt) > 1 and _is_heading(nxt[0][2].strip(), None)
            and not nxt[0][2].rstrip().endswith((".", ":")))


_CREDIT = re.compile(r"(?:foto|bild|text|av)\b", re.I)
# An image's alternative text as a page's text copies it, labelled ("Bild: Två personer skakar hand").
# Or unlabelled, an image's description opening with what it is of ("Bild på en simhall med blå bassäng",
# "Foto av eleverna vid ..."): a headline is no picture of a thing.
_ALT_TEXT = re.compile(r"(?:bild|bildtext|alt-?text|alternativ\s+text)[ \t]*:[ \t]*\S"
                       r"|(?:bild|foto|fotografi|illustration|teckning)[ \t]+(?:på|av|över|som[ \t]+visar)[ \t]+(?-i:[a-zåäö])", re.I)
# A caption whose credit ends its line after the caption's sentence ("Paret skrev under i fredags.
# Foto: Exeby kommun"): a headline never ends so.
_CAPTION_CREDIT_END = re.compile(r"[.!?][\"”]?[ \t]+(?:foto|fotograf|bild|illustration|grafik)[ \t]*:[ \t]*[^.!?\n]{1,60}$", re.I)
_CAPTION_LINES = 3  # an image's alt text and its caption, at most, over the credit
# An image's credit on its own line, a name after its label ("Illustration: Arkitektkontoret Vågrum",
# "Foto: Eva Ek"): no sentence, no headline ("Foto: Så blev invigningen" reads on in lower case).
_CREDIT_ALONE = re.compile(r"(?i:foto|fotograf|illustration|grafik)[ \t]*:[ \t]*[A-ZÅÄÖ][\wåäöé.-]*(?:[ \t]+[A-ZÅÄÖ][\wåäöé.-]*){0,3}")


_CATEGORY_WORDS = 3
_NAV_LINES = 4  # a site's section links over its news, one a line


_READING_TIME = re.compile(r"(?:lästid|läsningstid)(?:\s+ca)?\s*:?\s*(?:ca\s+)?\d{1,2}\s*(?:min(?:uter|\.)?)?$", re.I)


def _wraps_on(line: str, below: str) -> bool:
    """The line below goes on with the line's heading, no headline of its own under a category: it
    opens in lower case or with a linking word ("NY SKOLA BYGGS" / "I NORRBYN"), or both are in capitals."""
    first = below.split()[0] if below.split() else ""
    return (first[:1].islower() or _HEADLINE_LINK.fullmatch(first.lower()) is not None
            or line.strip().isupper() and below.strip().isupper())


def _is_category_over(line: str, below: list[list[tuple[int, int, str]]], type_word: TypeWord | None) -> bool:
    """A news article's category, a short link's words alone ("Kommun och politik"), over a block that
    opens with the headline and goes on with the article's first paragraph of sentences."""
    text = line.strip()
    if len(text.split()) > _CATEGORY_WORDS or re.search(r"\d", text) or not _MENU_LINE.fullmatch(text) or not below:
        return False
    head = below[0]
    headline = head[0][2].strip()
    if not _is_heading(headline, type_word) or headline.endswith((".", ":")) or _STATUS_NOTE.match(headline):
        return False  # ("Riktlinjer för X" over "Antagen av nämnden ...": a policy's heading over its status note)
    # the article's first paragraph: under the headline, past a dateline ("Publicerad 2 mars 2031")
    rest = [ln[2] for ln in head[1:]] + [ln[2] for b in below[1:] for ln in b]
    # (and past a reading time under the headline: "Lästid: 2 min")
    rest = [ln for ln in rest if not _is_dateline_row(ln) and not _READING_TIME.match(ln.strip())]
    # (a paragraph introducing a list ends in a colon: "... Här är mottagarna:")
    return bool(rest) and is_sentence_paragraph(re.sub(r":\s*$", ".", rest[0]))


_ROW_CELLS = re.compile(r"\t+|[ ]+[|·•][ ]+|[ ]{3,}")


def _is_meeting_line(line: str) -> bool:
    """A meeting system's line naming the meeting an item's page belongs to, in cells: the body that
    meets, the meeting's date (its hour, its room): "Kommunstyrelsen · Sammanträde 2040-04-14 kl. 13.00
    · Sessionssalen". Over the item's heading: no heading of its own."""
    cells = [c.strip(" \t*#") for c in _ROW_CELLS.split(line.strip())]
    return (2 <= len(cells) <= 4 and BOARD_RE.fullmatch(cells[0]) is not None
            and any(DATE_RE.search(c) for c in cells[1:]) and not any(c.endswith((".", "!", "?")) for c in cells))


def is_category_dateline(line: str) -> bool:
    """A row of a news article's category (or kicker) cells and its date last: "Kultur och fritid | 14 maj 2039"
    (over the headline: no headline; its date is the publication's)."""
    cells = [c.strip() for c in _ROW_CELLS.split(line.strip())]
    return (len(cells) >= 2 and DATE_RE.fullmatch(cells[-1]) is not None
            and all(c and len(c.split()) <= _CATEGORY_WORDS and not re.search(r"\d", c) and _MENU_LINE.fullmatch(c)
                    for c in cells[:-1]))


_DASH_QUOTE = re.compile(r"[–—][ \t]+[A-ZÅÄÖ][^\n]*[^\s.,:;]")


def _dash_quote_headline(block: list[tuple[int, int, str]], below: list[list[tuple[int, int, str]]]) -> bool:
    """A headline quoting someone, opened by the dash Swedish quotes with ("– Vi är glada för stödet"),
    alone in its block over the article's sentences (a list's items stand together, one a line)."""
    return (len(block) == 1 and bool(below) and _DASH_QUOTE.fullmatch(block[0][2].strip(" \t*#")) is not None
            and len(block[0][2].split()) <= _MAX_WORDS
            and is_sentence_paragraph(" ".join(ln[2].strip() for ln in below[0])))


_ONE_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[a-zåäö]+)*")


def _one_word_headline(block: list[tuple[int, int, str]], below: list[list[tuple[int, int, str]]]) -> bool:
    """A headline of one word ("Badhus") over its dateline, the article's sentences under that (a
    heading has two words at least elsewhere: a lone word is a label, a link or a section's name)."""
    if len(block) != 1 or len(below) < 2 or len(below[0]) != 1:
        return False
    word = block[0][2].strip(" \t*#")
    if (not _ONE_WORD.fullmatch(word) or is_type_word(word) or _is_news_section(word) or _LABEL_ALONE.match(word)
            or _is_body_name(word)):
        return False
    # (the article's text right under the date, no headline opening it: "Nyhet" / its date / the headline is a kicker's)
    lead = below[1][0][2].strip(" \t*#")
    return (_DATELINE.fullmatch(below[0][0][2].strip()) is not None and not _is_heading(lead, None)
            and is_sentence_paragraph(" ".join(ln[2].strip() for ln in below[1])))


_COLON_HEAD = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+[\wåäö-]+){0,2}:")


def _headline_wrapped_at_colon(block: list[tuple[int, int, str]], below: list[list[tuple[int, int, str]]]) -> Title | None:
    """A headline wrapped right after its colon ("Kulturbidrag:" / "14 föreningar får stöd"), the article's
    sentences under it: one heading of two lines. (Not a label over its value: "Ärende:", "Adress:".)"""
    if len(block) != 2 or not below:
        return None
    first, second = block[0][2].strip(" \t*#"), block[1][2].strip(" \t*#")
    if (not _COLON_HEAD.fullmatch(first) or _LABEL_START.match(first) or _LABEL_ALONE.match(first)
            or _SUBJECT_LABEL.match(first) or _CONTACT.search(second)):
        return None
    if not _is_heading(second, None) or second.endswith((".", ":", ",")):
        return None
    if not is_sentence_paragraph(" ".join(ln[2].strip() for ln in below[0])):
        return None
    s0 = block[0][0] + block[0][2].index(first)
    e0 = block[1][0] + block[1][2].index(second) + len(second)
    return Title(first + " " + second, (s0, e0), "heading")


_SECTIONS_REACH = 12  # blocks below the first paragraph searched for another section's heading


def _sections_below(blocks: list[list[tuple[int, int, str]]], first: int) -> bool:
    """Another short heading line over a paragraph of prose below the article's first paragraph."""
    for k in range(first + 1, min(len(blocks) - 1, first + _SECTIONS_REACH)):
        line = blocks[k][0][2].strip()
        if (len(blocks[k]) == 1 and len(line.split()) <= 10 and not line.endswith((".", ":"))
                and is_sentence_paragraph(" ".join(ln[2].strip() for ln in blocks[k + 1]))):
            return True
    return False


def _headline_under_links(blocks: list[list[tuple[int, int, str]]], type_word: TypeWord | None) -> Title | None:
    """A web page whose site links stand over its article, each a short block of its own (a link
    and its description: "Kontakta oss" / "Här hittar du ..."): the headline is the heading line
    right over the article's first paragraph, a dateline or a photo credit between them passed."""
    first = next((k for k, b in enumerate(blocks[:3 * _MAX_LINES]) if is_sentence_paragraph(" ".join(ln[2].strip() for ln in b))), None)
    if first is None or first < _SITE_LINKS + 1:
        return None
    if not all(len(b) <= 2 and all(is_link_line(ln[2]) for ln in b) for b in blocks[:first]):
        return None
    # The page's dateline under its headline, a section's heading under the dateline over the first
    # paragraph, more sections below ("Notiser från ..." / "Publicerad ..." / "Partnerskap om ..." / text /
    # "Bidrag till ..." / text): the heading over the dateline is the page's.
    dated = next((k for k in range(first - 2, 0, -1) if len(blocks[k]) == 1 and _DATELINE.fullmatch(blocks[k][0][2].strip(" \t*_"))), None)
    if dated is not None and _sections_below(blocks, first):
        above = blocks[dated - 1]
        line = above[0][2].strip(" \t*#")
        if len(above) == 1 and _is_heading(line, type_word) and not _BREADCRUMB.search(line) and not line.endswith((":", ",")):
            ls = above[0][0] + above[0][2].index(line)
            return Title(line, (ls, ls + len(line)), "heading")
    for block in reversed(blocks[first - 3:first]):
        line = block[0][2].strip(" \t*#")
        if len(block) == 1 and (_DATELINE.fullmatch(line) or _CREDIT.match(line)):
            continue
        if len(block) == 1 and _is_heading(line, type_word) and not line.endswith((":", ",")):
            ls = block[0][0] + block[0][2].index(line)
            return Title(line, (ls, ls + len(line)), "heading")
        return None
    return None


# The separator of a page's <title> between its headline and the site's name: "Headline - Exeby kommun".
_SITE_TITLE_SEP = re.compile(r"[ \t]+[-–|][ \t]+|\t")  # (the clean stage makes a bar between cells a tab)
_SITE_TITLE_REACH = 200  # the headline and its separator open the line
_SAID_AGAIN_REACH = 600  # the site's name, menu and trail stand between the two


def _site_title_said_again(line: str) -> tuple[int, int] | None:
    """A web page flattened into one line that opens with its <title>, "Headline - Site", the
    site's menu and trail after it, then the headline again over the text: the headline (the
    longest part before a separator that comes again; a headline may hold a dash itself)."""
    found = None
    for sep in _SITE_TITLE_SEP.finditer(line, 0, _SITE_TITLE_REACH):
        head = line[:sep.start()].strip()
        if not 2 <= len(head.split()) <= _MAX_WORDS or not head[:1].isupper():
            continue
        again = line.find(head, sep.end(), sep.end() + _SAID_AGAIN_REACH)
        if again >= 0 and not line[again + len(head): again + len(head) + 1].isalnum():
            s = line.index(head)
            found = (s, s + len(head))
    return found


_CRUMB_SEP = re.compile(r"[ \t][/>›»][ \t]")


def _crumb_said_again(line: str) -> tuple[int, int] | None:
    """A flattened page whose trail's last crumb is the page's headline, printed again right after it
    and before the dateline ("Start / Nyheter / Nya spår i skogen Nya spår i skogen Publicerad ..."):
    the headline's second printing."""
    dateline = _FLAT_DATELINE.search(line, 0, _SITE_TITLE_REACH + _SAID_AGAIN_REACH)
    seps = list(_CRUMB_SEP.finditer(line, 0, dateline.start())) if dateline else []
    if not seps:
        return None
    words = list(re.finditer(r"\S+", line[seps[-1].end():dateline.start()]))
    half = len(words) // 2
    if len(words) % 2 or not 2 <= half <= _MAX_WORDS or [w.group() for w in words[:half]] != [w.group() for w in words[half:]]:
        return None
    base = seps[-1].end()
    return base + words[half].start(), base + words[-1].end()


# A protocol's or agenda's heading word alone on its line, its heading going on in lower case below:
# "KALLELSE" / "till sammanträde med socialnämnden" (not a sentence: no full stop ends it).
_LOWER_GOES_ON = re.compile(r"[ \t]*(?:till|för|över|från|vid|förd?t?[ \t]+vid)[ \t]+[a-zåäö][^\n]*?(?<![.!?])(?=[ \t]*(?:\n|$))")
_MAX_HEADING_WORDS_BELOW = 12


# A § head at a line's start: "§ 11 Bidrag till ...", "§ 11" over its heading (not "§§ 88-92").
_PARAGRAPH_HEAD = re.compile(r"^[ \t]*(?:§|" + PARAGRAPH_SIGN_MISREADS + r"(?=[ \t]+\d{1,4}[ \t]{2,}(?i:dnr|diarienummer)\b))[ \t]*("
                             + PARAGRAPH_YEAR_SERIAL + r"|\d{1,4}[a-z]?)(?![\d§])[ \t]*(.*)$", re.M)
# (an OCR's "8 9" for "§ 9" only with the mark's dnr in a column after it: "8 9       Dnr KFN 2041/012")
# A meeting's furniture over its §§ (who met, where, who checks): a protocol's head, not an extract's
# signatures under its one § ("Vid protokollet", "Justeras").
_MEETING_FURNITURE = re.compile(r"(?<![\wåäö])(?:plats\s+och\s+tid|beslutande|utses\s+att\s+justera|justerare|paragrafer|"
                                r"övriga\s+(?:deltagare|deltagande|närvarande)|tjänstgörande\s+ersättare|närvarande)(?![\wåäö])", re.I)


def _signed_single_page(body: str, start: int) -> bool:
    """The protocol's marks stand under its first §, none over it: a page of one § signed at its foot."""
    head = _PARAGRAPH_HEAD.search(body, start, start + TYPE_HEAD_CHARS)
    return head is not None and _MEETING_FURNITURE.search(body, start, head.start()) is None


# A company's organisation number after its name in a heading: no part of the heading.
_ORGNR_AFTER_NAME = re.compile(r"[ \t]*[,(]?[ \t]*(?i:org(?:anisations)?\.?[ \t]*(?:nr|nummer)\.?)[ \t]*:?[ \t]*\d{6}-?\d{4}")


def _single_matter_heading(body: str, lines: list[tuple[int, int, str]], start: int, type_word: TypeWord) -> Title | None:
    """The heading of a protocol page's one matter: every § head in the text has the same number
    (the page's own title may repeat it), and its heading stands after the number or on the next
    line. No § at all, or several: None (the protocol is titled by its heading word)."""
    heads = list(_PARAGRAPH_HEAD.finditer(body, start))
    if not heads or len({m.group(1) for m in heads}) != 1:
        return None
    starts: list[int] | None = None
    for m in heads:
        text = m.group(2).strip()
        s = m.start(2)
        if len(text) <= 40 and DNR_LABEL_RE.match(text):
            text = ""  # "§ 48        Dnr KFN 2040/0061": the mark's line holds its dnr alone, the heading is below
        if not text:
            if starts is None:
                starts = [ln[0] for ln in lines]  # (once: each head is looked up in it)
            k = bisect.bisect_right(starts, m.end())
            nxt = next((ln for ln in lines[k:k + 3] if ln[2].strip()), None)
            if nxt is None:
                continue
            text, s = nxt[2].strip(), nxt[0] + nxt[2].index(nxt[2].strip())
        cut = _DNR_COLUMN_END.search(text) or DNR_LABEL_RE.search(text)
        if cut:
            text = text[:cut.start()]
        text = text.rstrip(" .,:;")
        if _is_heading(text, type_word) and not text.lower().startswith(type_word.printed.lower()):
            return Title(" ".join(text.split()), (s, s + len(text)), "heading")
    return None


MAX_PROPOSED_AGENDA_WORDS = 10


def _proposed_agenda(body: str, type_word: TypeWord) -> Title | None:
    """ "Förslag till föredragningslista Direktionen": the whole line heads the agenda, the words
    before the type word too (its first cell, in a letterhead's columns)."""
    s = body.rfind("\n", 0, type_word.span[0]) + 1
    lead = PROPOSED_AGENDA_RE.fullmatch(body, s, type_word.span[0])
    if not lead:
        return None
    line_end = body.find("\n", type_word.span[1])
    line = body[s:len(body) if line_end < 0 else line_end]
    cell = re.split(r"\t|[ ]{3,}", line.strip())[0]
    if len(cell.split()) > MAX_PROPOSED_AGENDA_WORDS:
        return None
    start = s + line.index(cell)
    return Title(cell, (start, start + len(cell)), "type")


# A meeting's bundle of papers headed on its cover: "Handlingar till kommunstyrelsens sammanträde 12 maj 2040",
# "SAMMANTRÄDESHANDLINGAR", "Möteshandlingar", alone on a line among the text's first lines.
# (the meeting may follow on the line: "Sammanträdeshandlingar kommunstyrelsen 2040-06-04"; a sentence
# ending in its full stop, "Handlingar till sammanträdet finns i mötesportalen.", is no heading)
_BUNDLE_HEADING = re.compile(r"^[ \t]*((?:Handlingar|HANDLINGAR)[ \t]+(?:till|inför|TILL|INFÖR)[ \t]+[^\n]{0,80}?(?i:sammanträde|sammanträdet|mötet|möte)"
                             r"(?![\wåäö])[^\n]{0,40}?|(?:Sammanträdes|SAMMANTRÄDES|Mötes|MÖTES)(?i:handlingar)(?:[ \t]+[^\n]{1,60}?)?)"
                             r"(?<![.!?:])[ \t]*$", re.M)
_BUNDLE_HEAD_LINES = 4  # non-blank lines from the text's start (a letterhead's name and board above the heading)


def _bundle_heading(body: str, start: int, type_word: TypeWord | None) -> Title | None:
    """The cover's heading of a meeting's bundle of papers (its kallelse, then the matters' papers), when it
    opens the text, above the kallelse's own type word: the bundle's title, not the kallelse's inside it."""
    if type_word is None or type_word.doc_type != "kallelse":
        return None
    pos = _first_text(body, start)
    for _ in range(_BUNDLE_HEAD_LINES):
        end = body.find("\n", pos)
        end = len(body) if end < 0 else end
        m = _BUNDLE_HEADING.match(body, pos, end)
        if m:
            return Title(" ".join(m.group(1).split()), m.span(1), "heading") if m.start(1) < type_word.span[0] else None
        pos = _first_text(body, end)
        if pos >= len(body) or "\f" in body[end:pos]:
            return None
    return None


def _find_title(body: str, lines: list[tuple[int, int, str]], start: int, type_word: TypeWord | None,
                shape: str | None, web_title: tuple[str, tuple[int, int]] | None, web_page: bool,
                n_items: int = 0) -> Title | None:
    summons = _SUMMONS.match(body, _first_text(body, start))
    if summons:  # "Valnämnden kallas till sammanträde": the agenda's own heading line
        return Title(summons.group(0).strip(), (summons.start(), summons.end()), "heading")
    bundle = _bundle_heading(body, start, type_word)
    if bundle:
        return bundle
    in_body = type_word is not None and type_word.source in ("head", "furniture")
    opens_heading = in_body and (_HEADING_GOES_ON.match(body, type_word.span[1], type_word.span[1] + 12)
                                 or type_word.printed.isupper() and _CAPS_GOES_ON.match(body, type_word.span[1], type_word.span[1] + 12)
                                 or _DASH_BOARD.match(_rest_of_line(body, type_word.span[1])))
    # An excerpt of several §§ is titled as a protocol is: no one § names its matter.
    several = type_word is not None and type_word.doc_type == "protokollsutdrag" and n_items >= 2 and type_word.alone
    if (type_word and in_body and type_word.doc_type == "protokoll" and n_items == 0
            and (shape != "protocol" or _signed_single_page(body, start))):
        # (not under the meeting's furniture, Plats och tid, Beslutande: a protocol cut after its first §)
        matter = _single_matter_heading(body, lines, start, type_word)
        if matter:
            return matter  # a protocol's page of one § ("SAMMANTRÄDESPROTOKOLL" / "§ 11" / its matter): titled as an extract is
    if type_word and in_body and type_word.doc_type == "kallelse":
        proposed = _proposed_agenda(body, type_word)
        if proposed:
            return proposed
    if type_word and in_body and (type_word.doc_type in ("protokoll", "kallelse") or several) and (
            type_word.alone or shape in ("protocol", "agenda") or opens_heading):
        # A protocol or agenda is titled by its own heading word, with what follows it when the
        # heading goes on ("Kallelse till byggnadsnämndens sammanträde").
        s, e = type_word.span
        line_end = body.find("\n", e)
        rest = body[e: len(body) if line_end < 0 else line_end]
        printed = type_word.printed
        if printed.isupper() and not _HEADING_GOES_ON.match(rest):
            # A flattened page: the kind in capitals is the letterhead's label ("KALLELSE Datum ..."); the
            # heading spelt out further on in the line names the meeting ("Kallelse till sammanträde med ...").
            # (the heading in capitals too: "KALLELSE TILL SAMMANTRÄDE MED ...")
            again = re.compile(r"(?<![\wåäö-])(?:" + re.escape(printed.capitalize()) + r"(?=" + _HEADING_GOES_ON.pattern + ")|"
                               + re.escape(printed) + r"(?=" + _CAPS_GOES_ON.pattern + "))")
            spelt = again.search(rest, 0, _INLINE_SUBJECT_REACH)
            if spelt:
                s, e = e + spelt.start(), e + spelt.end()
                rest, printed = rest[spelt.end():], spelt.group(0)
            elif line_end >= 0 and not rest.strip():
                # The label alone at the letterhead's right ("KALLELSE" over its date, in -layout's columns):
                # the heading opening a line of its own below, within the head, names the meeting.
                below = re.compile(r"^[ \t]*(" + again.pattern + r")", re.M).search(body, line_end, line_end + _INLINE_SUBJECT_REACH)
                if below:
                    s, e = below.start(1), below.end(1)
                    next_end = body.find("\n", e)
                    rest, printed = body[e: len(body) if next_end < 0 else next_end], below.group(1)
        wrapped = _LOWER_GOES_ON.match(body, line_end + 1) if line_end >= 0 and not rest.strip() else None
        if wrapped and len(wrapped.group(0).split()) <= _MAX_HEADING_WORDS_BELOW:
            # "KALLELSE" / "till sammanträde med socialnämnden": the heading goes on in lower case on its next line
            end = wrapped.start() + len(wrapped.group(0).rstrip(" .,:;"))
            # ... and on over the meeting's day below it ("PROTOKOLL" / "fört vid kommunstyrelsens
            # sammanträde" / "onsdagen den 4 maj 2038", an older protocol's centred heading)
            end = _meeting_wrapped_below(body, end, end)
            return Title(" ".join(body[s:end].split()), (s, end), "type")
        if _is_sentence(rest):  # "Protokoll från ... sammanträde den 22 april 2035 i Regionens hus.": no heading
            page_heading = _page_heading(body, lines, start, type_word)
            if page_heading:
                return page_heading
        m = re.match(_HEADING_GOES_ON.pattern + r"\s*[^\n]{3,120}", rest)
        flat_line = len(rest) > _FLAT_LINE and is_flattened(body, _first_text(body, start))
        # (in a flattened head the next field follows the heading in capitals: "KALLELSE TILL SAMMANTRÄDE Dag och tid ...")
        caps = re.match(r"\s+(?:TILL|FÖR|ÖVER|FRÅN|OCH|FÖRD?T?\s+VID|VID)(?:\s+[A-ZÅÄÖ-]+)+(?=\s*$|\s+[^A-ZÅÄÖ\s]|\s+[A-ZÅÄÖ][a-zåäö])", rest)
        if caps:  # "KALLELSE TILL SAMMANTRÄDE", "PROTOKOLL FÖRT VID ÅRSSTÄMMA I ...": a heading in capitals goes on in capitals
            end = e + caps.end()
            tail = rest[caps.end():].strip()
            if not tail:  # (wrapped before its day or its body, as in mixed case)
                end = _meeting_wrapped_below(body, e + len(rest.rstrip()), end)
            elif DATE_RE.fullmatch(tail):  # "PROTOKOLL FRÅN SAMMANTRÄDE 2038-08-29": its day is the heading's
                end = e + len(rest.rstrip())
            return Title(" ".join(body[s:end].split()), (s, end), "type")
        pair = _AGENDA_PAIR.match(rest)
        if pair:  # "Kallelse med föredragningslista": one heading naming both papers
            return Title(" ".join(body[s:e + pair.end()].split()), (s, e + pair.end()), "type")
        if m and not printed.isupper():
            # "... sammanträde", "... sammanträde med socialnämnden": the meeting, and whose it is.
            meeting = re.search(r"(?:sammanträde|sammanträdet|möte|mötet)(?![\wåäö])(?:\s+(?:med|i)\s+"
                                + BOARD_RE.pattern + r")?(?:[ \t]+(?:den[ \t]+)?(?:" + DATE_RE.pattern + r")(?=[ \t]*$))?",
                                rest[: m.end()])
            cut = _CUT.search(rest, 0, m.end())
            numbered = _ORGNR_AFTER_NAME.search(rest, 0, m.end())
            if numbered and (cut is None or numbered.start() < cut.start()):
                cut = numbered  # "Dagordning för årsstämma i Exeby Bostäder AB, org.nr ...": the company's number ends it
            end = e + (meeting.end() if meeting else cut.start() if cut else m.end())
            if meeting and (not rest[meeting.end():].strip() or _WRAPPED_MEETING.fullmatch(rest[meeting.end():])):
                end = _meeting_wrapped_below(body, e + len(rest.rstrip()), end)
            return Title(" ".join(body[s:end].split()).rstrip(" .,:"), (s, end), "type")
        page_heading = _page_heading(body, lines, start, type_word)
        if page_heading:
            return page_heading
        named = _LOWER_BOARD.match(rest)
        if named and BOARD_RE.fullmatch(named.group("name")[:1].upper() + named.group("name")[1:]):
            # "Protokoll kommunstyrelsen 2040-03-12": the body that met in lower case, its day, the heading's whole line
            return Title(" ".join(body[s:e + named.end()].split()), (s, e + named.end()), "type")
        board = _DASH_BOARD.match(rest)
        if board and is_body_name(board.group("name")):
            # "Protokoll – Direktionen", "Kallelse - Socialnämnden 2034-03-02": one heading naming the meeting's body
            return Title(" ".join(body[s:e + board.end()].split()), (s, e + board.end()), "type")
        dated = _BOARD_AND_DAY.match(rest)
        if dated and BOARD_RE.fullmatch(dated.group("name")) and is_body_name(dated.group("name")):
            # "Protokoll Socialnämnden 2040-02-03": one heading naming the meeting's body and day
            return Title(" ".join(body[s:e + dated.end()].split()), (s, e + dated.end()), "type")
        serial = _SERIAL.match(rest) or flat_line and _FLAT_SERIAL.match(rest)
        if serial:  # "PROTOKOLL 4/2032", "Protokoll nr 12/2031": the meeting's number is part of the heading
            return Title(" ".join(body[s:e + serial.end()].split()), (s, e + serial.end()), "type")
        day = _DAY_AFTER_WORD.match(rest)
        if day:  # "PROTOKOLL 2039-10-07": the meeting's day one space after the word, one heading (not a column's cell)
            return Title(" ".join(body[s:e + day.end()].split()), (s, e + day.end()), "type")
        run_on = _BOARD_DAY_RUN_ON.match(rest) if not printed.isupper() and len(rest) > _FLAT_LINE else None
        if run_on:
            return Title(" ".join(body[s:e + run_on.end()].split()), (s, e + run_on.end()), "type")
        return Title(type_word.printed, (s, e), "type")
    if (type_word and not in_body and web_title and type_word.doc_type in ("protokoll", "kallelse")
            and shape in ("protocol", "agenda") and web_title[0].startswith(type_word.printed)):
        return Title(type_word.printed, type_word.span, "web")
    kind_subject = _kind_subject_line(body, start, type_word) if in_body else None
    if kind_subject:
        return kind_subject
    skip_next = False
    blocks = _blocks(lines, start)  # once: the heading's continuation reads on from these
    page_numbered_head = _PageNumberedHeads(lines)
    if shape == "news" and web_page:
        headline = _headline_under_links(blocks, type_word)
        if headline:
            return headline
    for k in range(_MAX_LINES):
        if k >= len(blocks):
            break
        block = blocks[k]
        if skip_next:
            skip_next = False
            continue
        if _is_running_head(block):
            continue  # a report's page head: its owner and the report's name in columns, the page's number under them
        block = _past_letterhead(block)
        heads = 0
        while heads < len(block) and page_numbered_head(block[heads]):
            heads += 1  # "X KOMMUN — Tjänsteskrivelse ... — sida 1 av 3", again over each page: no heading
        if heads:  # (cut once: a table's rows, each read as such a head, cut one by one cost rows x rows)
            block = block[heads:]
        if not block:
            continue
        if _is_link_list(block):
            continue  # "Nyhetsarkiv" / "2040-05-28  Nya öppettider ..." / ...: other articles' links, no headline
        if len(block) == 1 and k + 1 < len(blocks) and _running_head_over(block[0][2], blocks[k + 1][0][2]):
            continue  # "Exeby kommun · Budget 2031" over "Budget 2031 med plan ...": the page's running head
        if len(block) == 1 and _site_title_over(block[0][2], blocks[k + 1:k + 4]):
            continue  # "Nytt konstgräs på Norrvallen - Exeby kommun" over the page, its headline below: the site's title
        if len(block) > 1 and _DATELINE.fullmatch(block[0][2].strip()):
            block = block[1:]  # the dateline over a news page's headline: the headline is the title
        if is_byline(block[0][2]) or _is_meeting_line(block[0][2]):
            # a press release's byline, its sender and date ("**Exeby kommun** · 20 maj 2031"): no heading;
            # nor a meeting system's line of the meeting ("Kommunstyrelsen · Sammanträde 2040-04-14 kl. 13.00")
            block = block[1:]
            if not block:
                continue
        if shape == "news" and k == 0 and len(block) > 1 and (len(block[0][2]) > 200 or len(block[0][2].split()) > _MAX_WORDS):
            # A page flattened into a few lines, its menu, trail, headline and lead on the first: the
            # headline is read there as in a page of one line (the line is no lead line to pass).
            ls0, _le0, line0 = block[0]
            # (or between its trail's last crumb and its date label: "... / Nyheter Bidrag 2041: sex får stöd Publicerad: ...")
            flat_headline = _crumb_said_again(line0) or _flat_page_headline(line0)
            if flat_headline:
                return Title(line0[flat_headline[0]:flat_headline[1]], (ls0 + flat_headline[0], ls0 + flat_headline[1]), "heading")
        trail = next((j for j, b in enumerate(block[:_PEEK]) if _BREADCRUMB.search(b[2])), None)
        if (trail is not None and trail + 1 < len(block) and all(_is_menu_line(b[2]) for b in block[:trail])
                and not all(_MENU_LINE.fullmatch(b[2].strip()) for b in block[trail + 1: trail + 1 + _PEEK])):
            # a site's menu, one link a line, and its breadcrumb trail run straight into the
            # headline with no blank line between: the page's own text starts after the trail
            # (a trail over links alone, the site's name, is a menu block: skipped below)
            block = block[trail + 1:]
        if 2 <= len(block) <= _ADDRESS_LINES and _POSTAL_LINE.fullmatch(block[-1][2].strip()):
            continue  # a recipient's address ("Exeby vägförening" / "c/o ..." / "Byvägen 3" / "123 45 Exeby"), no heading
        if _is_image_caption(block, blocks[k + 1:k + 3]):
            continue  # "Eleverna planterar träd i Norrbyskogen." / "Foto: Eva Ek": an image's caption over the headline
        credit = next((j for j in range(min(_CAPTION_LINES, len(block))) if _CAPTION_CREDIT_END.search(block[j][2].rstrip())), None)
        if credit is not None:
            # an image's alt text and its caption, the credit ending the caption's line: over the headline
            block = block[credit + 1:]
            if not block:
                continue
        if (shape == "news" and len(block) <= _NAV_LINES and any(_is_news_section(ln[2]) for ln in block)
                and all(_MENU_LINE.fullmatch(ln[2].strip()) and len(ln[2].split()) <= _CATEGORY_WORDS + 1 for ln in block)):
            continue  # "Kommun och politik" / "Nyheter": the site's section and its news, links over the headline
        # (the headline's dateline may stand in a block of its own between it and the lead: one block more)
        if shape == "news" and len(block) == 1 and _is_category_over(block[0][2], blocks[k + 1:k + 4], type_word):
            continue  # "Kommun och politik" over "Fullmäktige antog budgeten" / its lead: the article's category
        if (shape == "news" and len(block) >= 2 and not _wraps_on(block[0][2], block[1][2])
                and _is_category_over(block[0][2], [block[1:]] + blocks[k + 1:k + 3], type_word)):
            block = block[1:]  # the same with no blank line between the category and the headline
        while block and (_ALT_TEXT.match(block[0][2].strip()) or _CREDIT_ALONE.fullmatch(block[0][2].strip())):
            credit = _CREDIT_ALONE.fullmatch(block[0][2].strip())
            block = block[1:]  # "Bild: Ett rött trähus ...": an image's alt text, labelled; "Foto: Eva Ek": its credit
            if credit and len(block) == 1 and block[0][2].rstrip().endswith("."):
                block = []  # "Foto: Eva Ek" / "Barnen planterar äppelträd.": the credit over its caption's sentence
        if not block:
            continue
        if shape == "news" and len(block) == 1 and is_category_dateline(block[0][2]):
            continue  # "Kultur och fritid | 14 maj 2039": the article's category and its date in one row over the headline
        if (shape == "news" and len(block) == 2 and DATE_RE.fullmatch(block[1][2].strip())
                and len(block[0][2].split()) <= 4 and not re.search(r"\d", block[0][2])
                and not (k + 1 < len(blocks) and is_sentence_paragraph(" ".join(ln[2].strip() for ln in blocks[k + 1])))):
            # a news site's section over the publication date ("Politik och beslut" / "2031-05-27"), the
            # headline below it; a short headline over its date has the article's text right below
            continue
        if shape == "news":
            colon_wrapped = _headline_wrapped_at_colon(block, blocks[k + 1:k + 2])
            if colon_wrapped:
                return colon_wrapped
        if shape == "news" and _dash_quote_headline(block, blocks[k + 1:k + 2]):
            quote = block[0][2].strip(" \t*#")
            s0 = block[0][0] + block[0][2].index(quote)
            return Title(quote, (s0, s0 + len(quote)), "heading")
        if shape == "news" and _one_word_headline(block, blocks[k + 1:k + 3]):
            word = block[0][2].strip(" \t*#")
            s0 = block[0][0] + block[0][2].index(word)
            return Title(word, (s0, s0 + len(word)), "heading")
        for j in range(min(len(block) - 1, _MAX_LEAD_LINES)):
            under = _subject_under_label_row(block, j)
            if under:
                return under  # (read before the lead lines are passed: a label row is one of them)
            if not (_LABEL_START.match(block[j][2].strip(" \t*#")) or _is_value_row(block[j][2])):
                break
        first_line = block[0][2].strip(" \t*#")
        pairs = _label_pairs_after_kind(block) if is_type_word(first_line) else 0
        if pairs:
            # "TJÄNSTESKRIVELSE" / "Datum" / "2040-04-17" / "Diarienummer" / "X 2040/91" / "Till" / "Direktionen" /
            # the subject: a head table read one cell a line; the heading follows its labels and values
            block = block[pairs:]
            first_line = block[0][2].strip(" \t*#")
        if (len(block) >= 2 and _LONE_WORD.fullmatch(first_line) and not is_type_word(first_line)
                and not _is_body_name(first_line) and _YEARS_LINE.fullmatch(block[1][2].strip())):
            # "Verksamhetsplan" / "2042–2044": a cover's name over its years, one heading
            s0 = block[0][0] + block[0][2].index(first_line)
            return Title(" ".join(body[s0:block[1][1]].split()), (s0, block[1][1]), "heading")
        if not _is_heading(first_line, type_word) and not _SUBJECT_LABEL.match(first_line):
            block = _past_lead_lines(block, type_word)
            first_line = block[0][2].strip(" \t*#")
        # A subject label with its value, first in the block or among its label lines
        # ("Tjänsteskrivelse" / "Datum<TAB>..." / "Rubrik<TAB>Svar på motion ...").
        for j, (ls, _le, line) in enumerate(block[:_MAX_LINES]):
            label_line = line.strip(" \t*#")
            subject = _SUBJECT_LABEL.match(label_line)
            if subject and DNR_LABEL_RE.match(label_line):
                subject = None  # "Ärende: BUN.2031.123": the case's number, not its subject
            if subject and not _LETTER.search(label_line, subject.end()):
                subject = None  # "Ärende<TAB>12" in a meeting system's table: the item's number, its subject below
            if subject and all(_LABEL_START.match(b[2].strip(" \t*#")) or len(b[2].split()) <= 2 or _is_value_row(b[2])
                               for b in block[1:j]):
                off = line.index(label_line) + subject.end()
                value = line[off:].rstrip(" .")
                end = ls + off + len(value)
                # A subject wrapped in its table cell goes on in lower case on the next line, or
                # indented under the value's column ("Ärende: Ansökan om bidrag från" / "        Exeby IF").
                if j + 1 < len(block) and not value.endswith((".", ":", ";")) and ("\t" not in block[j + 1][2] and (
                        block[j + 1][2].lstrip()[:1].islower() or _wraps_in_value_column(block[j + 1][2], off, value))
                        or _wraps_in_tab_column(block[j + 1][2], line[:off])):
                    end = block[j + 1][1]
                return Title(" ".join(body[ls + off:end].split()).rstrip(" ."), (ls + off, end), "heading")
            if not (j == 0 or _LABEL_START.match(label_line) or len(label_line.split()) <= 2 or _is_value_row(label_line)):
                break
        if re.fullmatch(r"(?:ärende|rubrik|angående|ämne|gäller|avser|beslutet\s+avser|ärendemening|(?:ärendets|förslagets)\s+rubrik)\s*:?",
                        first_line, re.I):
            # "Ärende" over its value: the value is the subject, read as a heading.
            if len(block) == 1:
                continue
            block = block[1:]
            first_line = block[0][2].strip(" \t*#")
        elif _DESCRIPTION_OVER_SUBJECT.fullmatch(first_line) and len(block) == 2 and _is_subject_line(block[1][2]):
            # "Ärendebeskrivning" over one line that is no sentence: that line is the subject, as
            # under "Ärende" (a description proper runs on in sentences).
            block = block[1:]
            first_line = block[0][2].strip(" \t*#")
        elif _LABEL_ALONE.match(first_line):
            skip_next = len(block) == 1  # the label's value is the next block
            continue
        if _PROTOCOL_TABLE.match(first_line):
            break
        head = block[:_PEEK]  # (what the checks below need of a block is in its first lines: a long one is a table)
        if len(block) >= 3 and all(_MENU_LINE.fullmatch(b[2].strip()) or _BREADCRUMB.search(b[2]) for b in head) and sum(
                1 for b in head if _MENU_LINE.fullmatch(b[2].strip())) >= 3 and not _CONTACT.search(head[0][2]):
            # (not a head's contact line over the board and the subject: "Telefon 0560-123 45" is no link)
            # a site's menu or trail, one link a line ("Politik" / "Regionfullmäktige" / "Beslut i korthet"),
            # the page's breadcrumb trail under it ("Startsida / Om regionen / Nyheter")
            continue
        if (len(block) >= 2 and all(_LABEL_ROW.match(b[2]) for b in head)
                and any(_LABEL_START.match(b[2].strip()) for b in head)):
            continue  # a table of label rows ("Myndighet    Fritidsnämnden" / "Datum    2031-06-15"): values, no heading
        if (len(block) >= 2 and all(_LABEL_WITH_VALUE.match(b[2].strip(" \t*#")) for b in head)
                and any(_LABEL_START.match(b[2].strip(" \t*#")) for b in head)):
            continue  # label lines with colons ("Kommun: Exeby kommun" / "Diarienummer: ..."): values, no heading
        if len(block) >= 2 and _LABEL_ALONE.match(block[-1][2].strip(" \t*#")):
            continue  # values over their labels: "2021-11-02" / "Datum"
        if (type_word and len(block) >= 2 and first_line.lower() == type_word.printed.lower()
                and _SUBTITLE.match(block[1][2].strip())):
            # "AVTAL" over "om drift av fritidsgård": one heading in two lines.
            s0 = block[0][0] + block[0][2].index(first_line)
            end = block[1][1]
            return Title(" ".join(body[s0:end].split()), (s0, end), "heading")
        if (type_word and len(block) == 1 and first_line.lower() == type_word.printed.lower() and k + 1 < len(blocks)
                and len(blocks[k + 1]) <= 2 and _SUBJECT_UNDER.match(blocks[k + 1][0][2].strip())):
            # "ÖVERENSKOMMELSE" / (a blank line) / "om bidrag till X 2004": the kind's subject, a typed
            # heading's second line set a line lower (only "om": "mellan ..." there opens the parties)
            s0 = block[0][0] + block[0][2].index(first_line)
            end = blocks[k + 1][-1][1]
            return Title(" ".join(body[s0:end].split()), (s0, end), "heading")
        ls, _le, line = block[0]
        inline = _INLINE_SUBJECT.search(line, 0, _INLINE_SUBJECT_REACH) if len(line) > _FLAT_LINE else None
        if inline:
            cut = _CUT.search(line, inline.end() + 1, inline.end() + 2 * _FLAT_LINE)
            value = line[inline.end(): cut.start() if cut else inline.end() + _FLAT_LINE].rstrip(" .,:;")
            if _is_heading(value, type_word):
                return Title(" ".join(value.split()), (ls + inline.end(), ls + inline.end() + len(value)), "heading")
        flat = _block_as_line(body, block, ls)
        if len(flat) > 200:  # (a flattened head a PDF column wrapped is one line too)
            spelt = _kind_spelt_in_flat_line(flat, type_word)
            if spelt:  # "YTTRANDE ... Dnr ... Yttrande över X": the subject spelt out after the head's values
                return Title(" ".join(flat[spelt[0]:spelt[1]].split()), (ls + spelt[0], ls + spelt[1]), "heading")
        text, off = _clean_line(line)
        cut = _CUT.search(text, 1)
        # A label in a column of its own beside the heading ("Ansökan om ...      Diarienummer"):
        # the heading may wrap in its column, the label's value beside its next line.
        column_cut = bool(cut) and re.search(r"[ \t]{3,}$", text[: cut.start()]) is not None
        if cut:
            text = text[: cut.start()]
        dnr_column = _DNR_COLUMN_END.search(text)
        if dnr_column:  # "Markanvisning för ...      KS 2039/120": an unlabelled dnr in its column ends the heading
            text = text[: dnr_column.start()]
        text = text.rstrip(" .,:;|–-")
        if (type_word and len(line) > _FLAT_LINE and text.lower().startswith(type_word.printed.lower() + " ")
                and text[len(type_word.printed) + 1:][:1].isupper()
                and not (type_word.printed.isupper() and _CAPS_HEADING_GOES_ON.match(text, len(type_word.printed)))):
            # A flattened head opening with the type word: "Tjänsteskrivelse Ny taxa ... Sammanfattning ...".
            # (not a heading in capitals going on in capitals: "HYRESKONTRAKT FÖR LOKAL", "AVTAL OM SKÖTSEL AV ...")
            off += len(type_word.printed) + 1
            text = text[len(type_word.printed) + 1:]
        board = BOARD_RE.match(text) if len(line) > _FLAT_LINE else None
        if board and re.match(r" [A-ZÅÄÖ]\S*(?: \S+)+", text[board.end():]):
            # A flattened letterhead: the addressed board printed before the subject.
            off += board.end() + 1
            text = text[board.end() + 1:]
        elif board and re.fullmatch(r"[ \t]*§[ \t]*\d{1,4}[a-z]?", _without_date(text[board.end():])):
            text = ""  # "Protokollsutdrag Socialnämnden 2040-03-11 § 44 Dnr ...": the body, its meeting and §, no subject
        town = MUNICIPALITY_RE.match(text) if len(line) > _FLAT_LINE and not board else None
        if town and _NOTICE_BOX.fullmatch(text[town.end():].strip()):
            # A flattened notice: the municipality printed before its box's heading ("Exeby kommun ANSLAG/BEVIS ...").
            box = text[town.end():].strip()
            s0 = ls + off + text.index(box, town.end())
            return Title(box, (s0, s0 + len(box)), "heading")
        if town and _STATUS_NEXT.match(line, off + len(text)):
            # A flattened plan's or policy's head: "Region Exeland Verksamhetsplan 2042 Kulturnämnden Fastställd av
            # ...": the owner's name before the heading and its board after it are the head's, not the title's
            # (the name as short as it reads whole: "Region Exeland", not "Region Exeland Verksamhetsplan")
            ends = [k for k in range(town.start(), town.end() + 1) if k == town.end() or text[k] == " "]
            owner_end = next((k for k in ends if MUNICIPALITY_RE.fullmatch(text[town.start():k])), town.end())
            subject = _SUBJECT_AFTER_OWNER.match(text, owner_end)
            if subject:
                tail = next((b for b in BOARD_RE.finditer(text, subject.start(1)) if b.end() == len(text)
                             and len(text[subject.start(1):b.start()].split()) >= 2), None)
                off += subject.start(1)
                text = text[subject.start(1): tail.start() if tail else len(text)].rstrip()
        if len(text.split()) > _MAX_WORDS and len(line) > 200:
            again = (_site_title_said_again(line) or _crumb_said_again(line)) if k == 0 else None
            if again:
                return Title(" ".join(line[again[0]:again[1]].split()), (ls + again[0], ls + again[1]), "heading")
            dated = _headline_after_type_and_date(ls, line, type_word) or (
                (k == 0 and _headline_over_date_label(line) or _headline_after_dateline(line)) if shape == "news" else None)
            if dated:
                return Title(line[dated[0]:dated[1]], (ls + dated[0], ls + dated[1]), "heading")
            menu_headline = _headline_after_menu(line) if k == 0 else None
            if menu_headline:
                return Title(line[menu_headline[0]:menu_headline[1]], (ls + menu_headline[0], ls + menu_headline[1]), "heading")
            break  # flattened running text: no heading to find here
        if line.rstrip().endswith(".") and _SENTENCE_OPENING.match(text):
            continue  # a sentence ("Mellan X och Y har följande avtal träffats."), no heading
        if in_body and type_word.alone and _NUMBERED_SECTION.match(text):
            break  # "1. Lokalen" under "Hyresavtal": the body's first section; the type word names it
        # (a head line cut at its first label, "Exeby kommun Protokollsutdrag Fritidsnämnden Sammanträdesdatum
        # ...", is as flattened as a longer one: the letterhead before the label is no subject)
        flat_head = len(line) > _FLAT_LINE or bool(cut) and next(_label_value_ends(line), None) is not None
        if flat_head and len(line) > _FLAT_LINE and _unlabelled_date_and_number(text):
            # "Region Exeby Tjänsteskrivelse 2040-05-06 RS 2040/1187 Regionstyrelsen Ny taxa ...": an unlabelled
            # date and number run the letterhead into the subject; the subject is what follows them
            after = _subject_after_values(line, type_word)
            if after:
                return Title(" ".join(line[after[0]:after[1]].split()), (ls + after[0], ls + after[1]), "heading")
        if not _is_heading(text, type_word) or flat_head and _only_letterhead(text, type_word):
            before_kind = _subject_before_kind(line, off + len(text), type_word) if len(line) > _FLAT_LINE else None
            if before_kind:
                return Title(" ".join(line[before_kind[0]:before_kind[1]].split()),
                             (ls + before_kind[0], ls + before_kind[1]), "heading")
            after = _subject_after_values(line, type_word) if len(line) > _FLAT_LINE else None
            if after:
                return Title(" ".join(line[after[0]:after[1]].split()), (ls + after[0], ls + after[1]), "heading")
            if len(block) > 1 and (len(re.split(r"\t|\s{3,}", line.strip())) >= 2 or _BREADCRUMB.search(line)
                                   or _head_line_over_more(line.strip())):
                # A letterhead in columns with no blank line under it (OCR drops them), a web page's
                # breadcrumb trail right over its headline: the lines below are read as a block of
                # their own, the heading may stand among them.
                blocks.insert(k + 1, block[1:])
            elif len(block) > 1 and flat_head and next(_label_value_ends(line), None) is not None:
                # A head table flattened to one line of labels and values ("... Datum 2038-04-22 Dnr X
                # Handläggare Y"), the subject on the line below it in the same block: read on below.
                blocks.insert(k + 1, block[1:])
            elif (len(block) > 3 and type_word and type_word.alone and type_word.source == "head"
                  and line.strip() == type_word.printed and ls <= type_word.span[0] < ls + len(line)
                  and DATE_RE.fullmatch(block[1][2].strip()) and DNR_LABEL_RE.match(block[2][2].strip())):
                # plain pdftotext runs a head read one cell a line into one block ("BESLUT" / its date / "Dnr ..." /
                # the subject): the lines under the kind word are read as a block of their own
                blocks.insert(k + 1, block[1:])
            elif type_word and type_word.doc_type == "protokollsutdrag":
                # Plain pdftotext runs an excerpt's letterhead cells and its § into one block, one
                # cell a line ("PROTOKOLLSUTDRAG" / "Sammanträdesdatum" / ... / "§ 88" / "Dnr" /
                # the heading): the § mark alone on its line (or with its dnr) opens the matter's own lines.
                mark = next((i for i in range(1, min(len(block), _PEEK)) if _PARAGRAPH_ALONE.fullmatch(block[i][2].strip())
                             or _PARAGRAPH_ALONE.match(block[i][2].strip()) and _is_lead_line(block[i][2].strip(), False)), None)
                if mark:
                    blocks.insert(k + 1, block[mark:])
            continue
        start_pos, end_pos = ls + off, ls + off + len(text)
        if column_cut and len(block) <= _MAX_HEADING_LINES and not text.endswith((".", ":")):
            cells = [" ".join(text.split())]
            for _s2, e2, more in block[1:]:
                left = re.split(r"[ \t]{3,}|\t", more.strip())[0]
                if (more[:1].isspace() or not left or _LABEL_START.match(left) or DATE_RE.fullmatch(left)
                        or _BARE_DNR.fullmatch(left) or is_section_heading(left)
                        or _is_body_name(left) and not _RUNS_ON.search(cells[-1])):
                    break  # the heading's column is empty on this line, or a label, a value or the body's name opens it
                cells.append(left)
                end_pos = _s2 + more.index(left) + len(left)
            if len(cells) > 1:
                return Title(" ".join(" ".join(cells).split()).rstrip(" .,:;"), (start_pos, end_pos), "heading")
        # A heading broken over lines goes on in its block's next lines.
        closed = False  # a dnr's column closed the heading on its last line
        if not cut and len(block) <= _MAX_HEADING_LINES:
            above = text
            for j2, (_s2, e2, more) in enumerate(block[1:], 1):
                if (_LABEL_START.match(more.strip()) or _prose_under(block, j2, above) or DATE_RE.fullmatch(more.strip()) or _STATUS_NOTE.match(more.strip())
                        or is_dateline(more)  # ("2031-01-14 14:05" under the headline: the page's date and hour)
                        or _BREADCRUMB.search(more) or _is_dateline_of_body(more) or is_section_heading(more.strip())
                        or _IS_PARAGRAPH.search(more) or _is_short_sentence(more, above) or _is_menu_row(more)
                        or _running_head(more) or _is_tag_list(more, above)  # ("Exeby kommun · Tekniska nämnden · tjänsteskrivelse" under a site's title)
                        or _is_body_name(more.strip()) and not _RUNS_ON.search(above)
                        or _body_and_office([p.strip() for p in _LETTERHEAD_JOIN.split(sentence_case(more.strip()))])
                        or is_labelled_date_line(more)  # ("Sammanträde 2040-04-15, § 31" under the heading: its meeting)
                        or _bracketed_dnr(more)):
                    # ("VERKSAMHETSPLAN 2041" / "Barn- och utbildningsnämnden": whose plan it is, under its name;
                    # "Föreningsregister – utdrag" / "Exeby kommun, kulturförvaltningen": whose register)
                    break
                dnr_cell = _dnr_cell_start(more)
                if dnr_cell is not None:  # "... om" / "drift av Ekeby gård      Dnr KS 04/12": the dnr's column closes the heading
                    end_pos, closed = _s2 + len(more[:dnr_cell].rstrip()), True
                    break
                end_pos, above = e2, more
        elif not cut:
            # A block with no blank line in it (plain pdftotext runs a page's lines together): the
            # heading goes on below only while its line ends where it cannot ("... garage och" /
            # "förråd, Exeby 5:21"), in a short line that is no label, date or section heading.
            above = text
            for _s2, e2, more in block[1:_MAX_HEADING_LINES]:
                if (not _RUNS_ON.search(above) or len(more.split()) > 12 or more.rstrip().endswith(".")
                        or _LABEL_START.match(more.strip()) or DATE_RE.fullmatch(more.strip())
                        or is_section_heading(more.strip()) or _bracketed_dnr(more)):
                    break
                end_pos, above = e2, more
        # OCR breaks a heading's block apart: a next block starting in lower case continues it.
        blocks_left = _blocks_after(blocks, k, end_pos)
        while (blocks_left and not closed and blocks_left[0][0][2].lstrip()[:1].islower()
               and not body[start_pos:end_pos].rstrip().endswith((".", ":", ";", "!", "?"))
               and len(blocks_left[0]) <= _MAX_HEADING_LINES and not _is_prose_block(blocks_left[0])):
            end_pos = blocks_left[0][-1][1]
            blocks_left = blocks_left[1:]
        start_pos, end_pos = _kind_spelt_out(body, start_pos, end_pos, type_word)
        end_pos = _before_sentence(body, start_pos, end_pos)
        heading = " ".join(body[start_pos:end_pos].split()).strip(" *#").rstrip(" .,:;")
        if len(heading.split()) <= 5 and blocks_left and re.match(r"^\s*[-–]\s", blocks_left[0][0][2]):
            # A short heading with its subtitle in a "- ..." line beneath it.
            sub = blocks_left[0]
            subtitle = " ".join(" ".join(ln for _s, _e, ln in sub).split())[1:].strip().rstrip(" .")
            heading, end_pos = f"{heading} - {subtitle}", sub[-1][1]
        if len(heading.split()) > 2 * _MAX_WORDS:
            continue
        return Title(heading, (start_pos, end_pos), "heading")
    if web_title:
        return Title(web_title[0].rstrip(" ."), web_title[1], "web")
    if in_body and type_word.alone:
        if is_flattened(body, _first_text(body, start)):
            # A flattened head whose subject no label led in: read back from its first section heading
            ls = body.rfind("\n", 0, type_word.span[0]) + 1
            le = body.find("\n", type_word.span[1])
            line = body[ls: len(body) if le < 0 else le]
            subject = _subject_before_section(line, type_word.span[1] - ls, type_word)
            if subject:
                return Title(" ".join(line[subject[0]:subject[1]].split()), (ls + subject[0], ls + subject[1]), "heading")
        return Title(type_word.printed, type_word.span, "type")  # "Samverkansavtal" over running text: its name
    return None
