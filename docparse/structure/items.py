"""Items of a multi-matter document: a protocol's §§, an agenda's numbered ärenden.

The finder works on line-structured text and on web exports that flattened a whole agenda
onto one line. It looks for item heads ("§ 26", "26 §", "Ärende 3", "3." or "3" before a
title), strings them into chains of increasing numbers in text order, and keeps the chains
that read like an agenda: several matters in sequence whose heads look like matter titles
(a § sign, a diarienummer, an agenda heading before the list, short noun-phrase titles).
An ordinary numbered list (decision points, a list in running text) fails those tests.
A table of contents and the items that follow it share numbers: each item is listed once.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from docparse.sv import sections
from docparse.sv.bodies import DEFINITE_HEADS
from docparse.sv.debris import SIGNATURE_BOX
from docparse.sv.dates import DATE_RE, ISO_DATE, MONTH_NAME_ALT
from docparse.sv.dnr import HEAD_LABEL, LABEL_RE, take_value
from docparse.sv.names import DEFINITE_ORG_HEADS, is_given_name, is_title_word, title_heads
from docparse.sv.sections import PARAGRAPH_MEETING_DATE, PARAGRAPH_YEAR_SERIAL
from docparse.sv.web import DATELINE_OPENING, FILE_LINK_LINE, SUMMARY_HEADLINE
from docparse.structure.sections import is_section_heading

# An item head. Numbers as printed: "26", "4 ½", "41/31" (§ number / year), "12a", "2039:114".
_HEAD_RE = re.compile(
    r"(?<![\w§/.,:–(-])(?:"  # (nor after "(": "2 (8)" is a page's mark, "(4)" no head)
    # (OCR by the Swedish model prints a sign set tight to its number as "&12" or "&$13": at a
    # line's start, before the number, no other text opens so.)
    # ("§ 12 a": an item added after § 12, its letter apart from the number)
    r"(?:§|(?<![^\n\f])[&$]{1,2}(?=\d))[ \t]*(?P<para>" + PARAGRAPH_YEAR_SERIAL + r"|\d{1,4}(?:[ \t]?½|[a-z](?![\wåäö])|[ \t][a-h](?=[ \t]+[A-ZÅÄÖ]))?(?:/\d{2,4})?)"
    r"|(?P<para2>\d{1,4}(?:[ \t]?½)?)[ \t]*§(?![ \t]*\d|§)"
    r"|(?P<letter>[A-ZÅÄÖ])[/)](?=[ \t]+[A-ZÅÄÖÉÜ])"  # "A/ Title", "B) Title": lettered points
    r"|(?:Ärende|ÄRENDE|Punkt|PUNKT|Paragraf|PARAGRAF)(?:[ \t]+(?:nr|Nr|NR)\.?)?[ \t]+(?P<arende>\d{1,3}(?:[ \t]?½)?)[.:]?"
    # ("Ärende nr 3": the number's own word between, as some agendas print every head)
    # A bare number only before a capitalised word or alone at a line's end: numbers in
    # running text are dropped here, cheaply, before any per-head work.
    # ("7 a." / "7a)": a row added after row 7, its letter closed by a dot or a bracket; "8 a Title": a
    # sub-row under row 8, its letter apart before the capitalised title, as "§ 12 a" prints it)
    r"|(?P<num>\d{1,3}(?:[ \t]?½|[ \t]?[a-h](?=[.)][ \t])|[ \t][a-h](?=[ \t]+[A-ZÅÄÖ]))?)(?P<dot>[.)](?!\d))?"
    r"(?=[ \t]+[\"“”«']?[A-ZÅÄÖÉÜ]|(?<=[.)])[A-ZÅÄÖÉÜ][a-zåäöéü]|[ \t]*(?:\r?\n|$)"
    r"|[ \t]+" + ISO_DATE + r"[ \t]+[A-ZÅÄÖÉÜ]"  # a list's date column between: "1   2031-04-03   Title"
    r"|[ \t]+(?:19|20)\d\d(?:/\d{1,6}|-(?!(?:19|20)\d\d\b)\d{3,6})(?:[ ]{2,}|\t)[ \t]*[A-ZÅÄÖÉÜ]"  # or its dnr column: "2   2039-000211   Title"
    r"|[ \t]+\d{2,5}/\d\d(?:-\d{2,3})?(?:[ ]{2,}|\t)[ \t]*[A-ZÅÄÖÉÜ])"  # (the older number/year, an archive code after: "3   112/02-434   Title")
    r")(?![\d:/,.]?\d)"
)
_HEAD_GROUPS = ("para", "para2", "letter", "arende", "num", "dot")  # its groups, in order (read by position)
_UPPER = "A-ZÅÄÖÉÜ"
# What may open a title: a capital, a quote before a capital, or a diarienummer label.
_TITLE_START_RE = re.compile(rf"[\"“”«']?[{_UPPER}]")
# Before a head at the start of a line: bullets, and for § a short board code ("BN § 52").
_LINE_LEAD_RE = re.compile(r"[\s•·*–_-]*")
_BULLET_RE = re.compile(r"[•·*]")
# An ärendelista's time slot before its row: "09.30    Ärende 3   Title", "kl. 10.15 – 10.45  4. Title".
_TIME_CELL_RE = re.compile(r"[ \t]*(?:kl\.?[ \t]*)?[0-2]?\d[.:][0-5]\d(?:[ \t]*[–-][ \t]*[0-2]?\d[.:][0-5]\d)?[ \t]+")
# A sub-point under a row ("a) Uthyrningsläget", "ii. Rapport"): no wrapped line of the row's title.
_SUBPOINT_RE = re.compile(r"(?:[a-hå]|[ivx]{1,4})[).][ \t]+\S")
# (the meeting's date may stand between code and mark: "Bun 2039-05-12 § 45")
# A § mark's matter going on over a page: "§ 45 (forts.)", "KS § 12 forts", "§ 7 (fortsättning)".
_CONTINUED_RE = re.compile(r"\(?[ \t]*(?:forts\.?|fortsättning|fortsatt)(?![\wåäö])[ \t]*\)?[ \t]*$", re.I)
# (a committee's code may be two words, the older way: "Ks au § 22", "KS AU § 4")
_BOARD_CODE_RE = re.compile(rf"[\s•·*–_-]*[{_UPPER}][A-Za-zÅÄÖåäö]{{0,5}}(?:[ \t][A-Za-zÅÄÖåäö]{{2}})?[ \t]+(?:{PARAGRAPH_MEETING_DATE}[ \t]+)?")

# The diarienummer's labels: one list, docparse/sv/dnr.py's.
# A labelled value: municipal styles ("KS 2031/14", "2030/00012", "SN 31/0098", "40123").
_DNR_VALUE_RE = re.compile(
    rf"(?:[{_UPPER}]{{1,6}}[ -]?)?\d[\d./:-]*\d(?:[ \t][{_UPPER}]{{1,6}}[ \t]\d+(?:[ \t]\d+)?)?"
)
# An unlabelled diarienummer: a board code before year/number ("TN 2031/79", "RS2030/713-1").
# (Finland numbers a board's cases by number and year: "TEKN 112/2033"; regions join year and
# number by a hyphen: "RS 2035-00112".)
# (Some join the code to the year by a hyphen too, "KSN-2039-0412", or by a dot, "KS.2039.145", or write
# "KS/2039:145", "KS-2039/145"; a bare "SOU 2039:45" is a report's number, no dnr.)
_BARE_DNR_RE = re.compile(rf"(?<![\w/])[{_UPPER}]{{1,6}}(?:[ ]?(?:(?:19|20)?\d{{2}}/\d{{1,6}}(?:-\d{{1,3}})?|\d{{3,4}}/(?:19|20)\d\d"
                          r"|(?:19|20)\d\d-\d{3,6}(?!-))|-(?:19|20)\d\d-\d{3,6}(?!-)"
                          r"|(?:\.(?:19|20)\d\d\.|/(?:19|20)\d\d:|-(?:19|20)\d\d/)\d{1,6}(?![.:-]?\d))(?![\w/])"
                          # (a code in mixed case, "Sbn 2040-00123", "Kfn 2039/0412": with a year and a serial of three digits at least)
                          rf"|(?<![\w/])[{_UPPER}][a-zåäö]{{1,3}}[ ](?:19|20)\d\d[/-]\d{{3,6}}(?![\w/-])"
                          # (the older number/year with its archive code and no board code: "38/10-041")
                          r"|(?<![\w/.,:-])\d{1,5}/\d\d-\d{2,3}(?![\w/.,:-]|[ \t]*[-–][ \t]*\d)")
# What may follow a bare dnr on its line: another field after a dot, a bar or a column's gap
# ("TN 2039/00412 · Handläggare: Per Ek").
_AFTER_BARE_DNR_RE = re.compile(r"[ \t]*[·•|][ \t]*\S|(?:\t|[ ]{2,})[ \t]*\S")


def _is_bare_dnr_line(line: str) -> bool:
    """A board's code and number alone on the line, or opening it before another field."""
    if _BARE_DNR_RE.fullmatch(line):
        return True
    m = _BARE_DNR_RE.match(line)
    return m is not None and _AFTER_BARE_DNR_RE.match(line, m.end()) is not None


# Initials and codes of a column between a title and its dnr ("ABC DEF AU 2030/17").
_CODES_TAIL_RE = re.compile(rf"(?:[ \t]+[{_UPPER}]{{1,4}})+[ \t]*$")
# ... of a title typed in capitals its short last words are its own ("AVTAL MED X OM" / "DRIFT AV Y"):
# only a column of codes after a gap is no part of it.
_GAPPED_CODES_TAIL_RE = re.compile(rf"(?:\t|[ ]{{2,}})[{_UPPER}]{{1,4}}(?:[ \t]+[{_UPPER}]{{1,4}})*[ \t]*$")
# ... but a company's legal form after its name, one space on, is the name's ("Borgen för Exeby Energi AB
# Dnr KS 2031/14" as a PDF reader joins the columns): initials stand in a column of their own.
_COMPANY_FORM_TAIL_RE = re.compile(r"[^\W\d_]*[a-zåäöéü][^\W\d_]* (?:AB|HB|KB)$")
# ... nor a club's letters after its name, one space on, the name after a preposition ("Bidrag till Exeby SK
# KFN 2039/0014": "Exeby SK", as "Exeby IK", "Norrby FF").
_CLUB_CODE_TAIL_RE = re.compile(rf"(?<![\wåäö])(?:till|från|för|med|åt|om)[ \t]+[{_UPPER}][a-zåäöéü][\wåäö-]* [{_UPPER}]{{2,4}}$")

# Where a flattened title runs on into the item's text.
_TITLE_STOP_RE = re.compile(
    r"[ \t]+(?=(?:"
    + sections.alternation(sections.PROPOSAL, sections.MATTER_DESCRIBED, sections.MATTER_DESCRIPTION, capital=True, space=" ")
    + "|" + sections.capitalised(sections.SUMMARY) + r"\b|"
    + sections.alternation(sections.BACKGROUND, sections.DOCUMENTS, sections.PRESENTER, sections.OFFICER, capital=True)
    + "|" + sections.capitalised(sections.MATTER) + r"\b|Beslut[ \t]*:|"
    r"Beslut[ \t]+(?:[A-ZÅÄÖ]|\d{1,2}[.)][ \t])|[•·▪]|"  # "... Beslut Nämnden beslutar", "... Beslut 1. ...", a flattened list's next bullet
    # The decision's own sentence run on after the title: "Val av justerare Nämnden utser ...",
    # "... Gargnäs 4:12 Miljö- och byggnadsnämnden beslutar att ...".
    r"(?:[A-ZÅÄÖ](?:[\wåäö-]*|[\wåäö]*-[ \t]+och[ \t]+[\wåäö-]*)" + DEFINITE_HEADS + r"|"
    r"Nämnden|Styrelsen|Direktionen|Fullmäktige|Utskottet)[ \t]+(?:beslutar|beslutade|utser|utsåg|beviljar|beviljade|"
    r"godkänner|godkände|föreslår|föreslog|antar|antog|fastställer|fastställde|noterar|avslår|avslog|tillstyrker|återremitterar)(?![\wåäö])|"
    # The meeting's own acts in a flattened protocol: "Mötets öppnande Ordföranden öppnade mötet.",
    # "Val av justerare Åsa Ek (C) valdes att justera protokollet.", "... Till justerare utses Per Ek."
    r"Ordföranden[ \t]+(?:öppnade|öppnar|förklarade|förklarar|hälsade|hälsar|avslutade|avslutar)(?![\wåäö])|"
    r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]+(?:\([A-ZÅÄÖa-zåäö]{1,3}\)[ \t]+)?"
    r"(?:utses|utsågs|valdes|väljs)[ \t]+(?:att|till)(?![\wåäö])|"
    r"Till[ \t]+(?:protokolls?)?justerare[ \t]+(?:utses|utsågs|valdes|väljs)(?![\wåäö])|"
    # A body's proposal or decision as a run-on heading: "... Arbetsutskottets förslag: ...".
    # ... or to another body: "... Arbetsutskottets förslag till kommunstyrelsen 1. ...".
    r"[A-ZÅÄÖ](?:[\wåäö-]*|[\wåäö]*-[ \t]+och[ \t]+[\wåäö-]*)s[ \t]+(?:förslag|beslut)(?:[ \t]*:|[ \t]+till[ \t]+beslut\b|[ \t]+(?=[A-ZÅÄÖ]|\d{1,2}\.[ \t])|[ \t]+[-–][ \t]+(?=att\s)|"
    r"[ \t]+till[ \t]+[a-zåäö-]*(?:nämnd|nämnden|styrelsen|fullmäktige|utskottet|direktionen)(?![\wåäö]))|"
    # ... a body of two words ("Tekniska nämndens beslut 1. ...", "Sociala utskottets förslag: ...").
    r"[A-ZÅÄÖ][\wåäö-]*[ \t]+[a-zåäö-]*(?:nämndens|styrelsens|utskottets|fullmäktiges|direktionens)[ \t]+(?:förslag|beslut)"
    r"(?=[ \t]*:|[ \t]+[A-ZÅÄÖ]|[ \t]+\d{1,2}\.[ \t])|"
    # A passive decision sentence: "Informationen noteras", "Dagordningen godkänns".
    r"[A-ZÅÄÖ][a-zåäö]+(?:en|na|et)[ \t]+(?:noteras|godkänns|antas|fastställs|läggs|beviljas|avslås|bifalls|"
    r"återremitteras)(?![\wåäö])|"
    # ... or an active one by the ones who prepared it: "... för år 2041 Revisorerna tillstyrker att ...".
    r"[A-ZÅÄÖ][a-zåäö]+(?:en|na|et)[ \t]+(?:tillstyrker|avstyrker|föreslår|redovisar|bedömer|konstaterar)(?![\wåäö])|"
    # A flattened agenda's signature after its last item: "... Anna Ström Ordförande".
    r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?[ \t]+"
    r"(?:\([A-ZÅÄÖa-zåäö]{1,3}\)[ \t]+)?(?:Ordförande|Sekreterare|Nämndsekreterare|Justerare)(?![\wåäö])|"
    # ... the role in lower case, the text's end or the next signer's name after it ("... Eva Ek ordförande
    # Per Al"; "Fyllnadsval efter Eva Ek ordförande i ..." goes on in lower case), or two signers side by side
    # read as one run ("... Eva Ek Per Al Ordförande Sekreterare").
    r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+"
    r"(?:ordförande|sekreterare|nämndsekreterare)(?=[ \t]*$|[ \t]+[A-ZÅÄÖ])|"
    r"(?:[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+){4}(?:Ordförande|Sekreterare|Nämndsekreterare)(?![\wåäö])|"
    # A flattened table's time column after a title, alone or before the presenter's name: "... Budget
    # 2041 13.10 Eva Ek", "... Upprop 13.00 2 ..." (a property's "Exeby 12:45" has a colon); one space
    # before it (a tab or a gap is a table's column, read as such).
    r"(?<=\S )(?:kl\.?[ \t]+)?(?:[01]\d|2[0-3])\.[0-5]\d(?:[ \t]*[–-][ \t]*(?:[01]\d|2[0-3])\.[0-5]\d)?(?=[ \t]*$|[ \t]+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+[A-ZÅÄÖ])|"
    # ... or its place and date before the signature: "... 8 Meddelanden Exeby den 8 mars 2038 Eva Ek".
    r"(?![\wåäö-]*" + DEFINITE_HEADS + r"[ \t])[A-ZÅÄÖ][a-zåäö]+[ \t]+den[ \t]+\d{1,2}[ \t]+(?:"
    + MONTH_NAME_ALT + r")[ \t]+\d{4}(?![\wåäö])|"
    # A kallelse's closing notes and greeting: "Ersättare tjänstgör endast vid förfall ...",
    # "Förhinder anmäls till ...", "Handlingarna finns ...", "Välkomna".
    r"Ersättare[ \t]+(?:tjänstgör|kallas|som[ \t]+inte)\b|(?:Eventuella?[ \t]+f|F)örhinder[ \t]+(?:anmäls|meddelas|ska)\b|"
    r"Handlingar(?:na)?[ \t]+(?:finns|kan[ \t]+läsas|hålls)\b|"
    r"Välkomn(?:a|en)\b|"
    # ... "Allmänheten hälsas välkommen.", "Ledamot som är förhindrad att delta ...", "Sammanträdet är offentligt."
    r"Allmänheten[ \t]+(?:hälsas|är)[ \t]+välkommen\b|(?:Ledamot|Ledamöter)[ \t]+som[ \t]+(?:är[ \t]+förhindrad|har[ \t]+förhinder|inte[ \t]+kan)\b|"
    r"Sammanträdet[ \t]+är[ \t]+(?:offentligt|öppet)\b|"
    # A web page's tools and stamp run on after a flattened agenda's last item: "... Övriga frågor Dela
    # sidan Facebook ...", "... Senast uppdaterad: 9 april 2041".
    r"Dela[ \t]+(?:sidan|artikeln)\b|Senast[ \t]+(?:uppdaterad|ändrad)\b|Sidan[ \t]+(?:uppdaterades|granskades|publicerades)\b|"
    # A flattened Markdown page's heading marks before the next item: "### 2. Val av justerare ### 3. ...".
    r"\#{1,6}(?=[ \t]|$)|"
    # A flattened row's lettered points: "7. Informationsärenden a) Förvaltningschefen informerar b) ...".
    r"[a-h]\)[ \t]+[A-ZÅÄÖ]))"
)
# A label before an item's title: "Rubrik: Val av justerare", "§ 86 Ärende: Anmälan av delegationsbeslut".
_SUBJECT_LABEL_RE = re.compile(r"(?:rubrik|ämne|ärendemening|ärende|angående)[ \t]*:[ \t]*(?=\S)", re.I)
# A page number between a § head and its title in a flattened table of contents: "§ 52 114 Title".
_PAGE_BEFORE_TITLE_RE = re.compile(rf"\d{{1,4}}[ \t]+(?=[\"“”«']?[{_UPPER}])")
# A date cell between a list's number and its title.
_DATE_CELL_RE = re.compile(ISO_DATE + r"[ \t]+")
# A row's attachment cell closing its title's cell, set apart by a gap however narrow (a long title
# fills its column): "Bilaga 1", "Bil. 3", "Bilaga 4–5"; in running text the word is in lower case.
_ATTACHMENT_CELL_RE = re.compile(
    r"(?<=\S)(?:\t|[ ]{2,})[ \t]*(?:Bilaga|Bilagor|Bil\.)[ \t]*\d{1,3}(?:[ \t]*(?:[,–-]|och)[ \t]*\d{1,3})*[ \t]*$")
# A bare diarienummer cell between a list's number and its title, a column's gap after it
# ("2    2039-000211    Månadsuppföljning"): year and running number, no board code.
_DNR_CELL_RE = re.compile(r"((?:19|20)\d\d(?:/\d{1,6}|-(?!(?:19|20)\d\d\b)\d{3,6})|\d{2,5}/\d\d(?:-\d{2,3})?)(?:[ ]{2,}|\t)[ \t]*")  # (not a span of years, "2038-2040"; the older "112/02-434")
# Table-of-contents tails: dot leaders and page numbers ("Val av justerare ....... 3").
# A year or a range of years ends many titles ("Budget 2022", "Biblioteksplan 2031-2034"): no page numbers.
_PAGE_TAIL_RE = re.compile(
    r"[ \t]+(?!(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?[ \t]*$)\d{1,4}(?:[ \t]*-[ \t]*\d{1,4})?[ \t]*$")
# A group heading run into the end of the title before it ("... dagordning Informationsärenden").
_GROUP_TAIL_RE = re.compile(rf"[ \t]+[{_UPPER}][a-zåäö]*ärenden[ \t]*:?[ \t]*$")
# An agenda's note in parentheses after a title: "(Förslag: Eva Lund)", "(Handlingar senare)".
_AGENDA_NOTE_RE = re.compile(
    r"[ \t]*\((?:förslag|handling|bilaga|obs|information|beslutsärende|informationsärende|föredragande|föredras|"
    r"ev\.|eventuellt|utskick|delas|ny|nytt|extra|tillkommande|utgår|utgått|bordlag|återremitter)[^()]{0,120}\)[ \t]*$", re.I)
# ("(ny)", "(extra ärende)", "(utgår)", "(bordlagt 2042-02-01)": what the agenda says of the row, no part of its title)
# Verbs of a decision or of running prose: a title that has one is no matter heading.
_CLAUSE_RE = re.compile(
    r"(?<![\wåäö])(?:att|beslutar|beslutade|beslutat|föreslår|föreslås|godkänner|uppdrar|"
    r"tillstyrker|avslår|bifaller|antar|ska|skall|har|hade|är|var|blir|kommer|får|gäller|avses|"
    r"ansvarar|finns|kan|bör|innebär|utgör)(?![\wåäö])",
    re.I,
)
# A party after a name, "(S)", "(s)", "(KD, MP)": a list of people (votes, members), not matters.
_PARTY_RE = re.compile(r"\((?:[A-ZÅÄÖ]{1,3}|[a-zåäö]{1,3})(?:,\s*(?:[A-ZÅÄÖ]{1,3}|[a-zåäö]{1,3}))*\)")
# The chapters of a report or an agreement: numbered sections of one matter, not an agenda.
_REPORT_SECTION_RE = re.compile(
    r"(?:" + sections.SUMMARY + "|inledning|" + sections.BACKGROUND + "|innehållsförteckning|innehåll|syfte|"
    + sections.alternation(sections.ATTACHMENTS, sections.ATTACHMENT) + "|referenser|" + sections.ASSESSMENT
    + r"|slutsatser|metod|parter|förslag till (?:\w+)?beslut|"
    + sections.alternation(sections.DOCUMENTS, sections.MATTER_DESCRIPTION, sections.MATTER) + ")", re.I)
# Text right before a list that makes it a decision or prose list, not an agenda.
_LIST_INTRO_RE = re.compile(  # ("Beslutsärenden" is an agenda's group heading, "Beslutsfattare" a column's: no such text)
    r"(?:(?:beslut(?!s?ärenden|s?fattare)\w*|besluta|föreslås|föreslår)(?:\s+att)?|följande|nämligen|bl\.\s?a\.?|t\.\s?ex\.?)\s*:?\s*$",
    re.I)  # ("Nämnden beslutar att" over its numbered clauses)

# A word that counts what follows it: "Bilaga 1.", "Målområde 2", "sidan 4" are no heads.
_COUNTED_BY_RE = re.compile(  # a whole word: "livsmedel 4" is no "del 4"
    r"(?<![\wåäö])(?:bilaga|bilagan|bilagor|sida|sidan|sid|kapitel|kap|avsnitt|punkt|punkten|steg|fas|etapp|nr|"
    r"nummer|version|del|delen|tabell|figur|diagram|bild|område|området|paragraf|paragraferna)"
    r"\.?[ \t]*$", re.I)
# A dot leader right before a number: a page number of a table of contents, not a head.
_AFTER_LEADER_RE = re.compile(r"(?:\.{2,}|…)[ \t]*$")
# A number right after a § head is its page in a table of contents ("§ 52 114 Title").
_AFTER_PARA_RE = re.compile(r"§[ \t]*\d{1,4}[ \t]*$")
_PAGE_ONLY_RE = re.compile(r"[\s\d.…–-]*")
_CAPS_WORD_RE = re.compile(rf"[{_UPPER}]{{2,}}(?:\s|$)")

# Words of a meeting's papers: a plain numbered list is an agenda only in their company
# (or when its items carry diarienummer, or open with the procedural items every agenda has).
_MEETING_WORDS = ("föredragningslista", "dagordning", "ärendelista", "kallelse", "protokoll", "sammanträde",
                  "ärenden", "paragrafer", "innehållsförteckning", "justerare", "justering",
                  "delegationsbeslut")  # (a delegation list's numbered rows are reported to the meeting)
_MEETING_HEADING_RE = re.compile(r"^[ \t]*möte\b", re.I | re.M)  # a web page's "Möte 2031-05-04"
_PROCEDURAL_RE = re.compile(
    r"^(?:val\s+av\s+(?:protokolls)?justera|upprop|mötets\s+öppnande|sammanträdets\s+öppnande|"
    r"fastställande\s+av\s+(?:dagordning|föredragningslista)|godkännande\s+av\s+(?:dagordning|"
    r"föredragningslista)|justering\s+av\s+dagordning|föregående\s+protokoll|övriga\s+frågor|"
    r"anmälan\s+av\s+(?:övriga\s+frågor|jäv)|meddelanden|delegationsbeslut|anmälningsärenden)", re.I)
# A list of attachments ("1. Bilaga Avtal") names papers, not matters.
_ATTACHMENT_RE = re.compile(r"^bilag", re.I)
MEETING_CONTEXT = 4000  # characters before a numbered list searched for the meeting's words

# A protocol's table of contents without numbers: "Title ...... 3 Title ...... 5".
_CONTENTS_WORDS = ("innehållsförteckning", "ärendelista")
_AFTER_CONTENTS_WORD_RE = re.compile(r"[ \t]*:?")
# The leader's parts cannot overlap ("\.{2,}" then spaces): a long run of dots stays linear. They are
# possessive: a dot given back could only meet a dot again, so a leader without its page number
# fails once, not once per dot for each length the title tries.
_TOC_ENTRY_RE = re.compile(
    r"[ \t\n]*((?:[^.…\n]|\.(?![.…])){3,200}?)[ \t]*(?:\.{2,}+|…++)(?:[ \t]+(?:\.++|…++))*+[ \t]*(\d{1,4})(?!\d)")
_PROTOCOL_RE = re.compile(r"protokoll|sammanträde|justera|paragraf|föredragningslista|dagordning|ärendelista|kallelse|beslutande",
                          re.I)
MIN_CONTENTS_ENTRIES = 3

MAX_CONTINUATION_WORDS = 10  # of a heading's wrapped second line
MAX_REST_WORDS = 6  # of a heading's last words set apart by a blank line (OCR's)
WRAPPED_LINE = 40  # characters of a heading's line that may have wrapped at its column's edge
MAX_EMPTY_CELL = 40  # characters of white space between a head and its title (an empty column between)
MAX_FLAT_GAP = 200  # characters of white space between a flattened § head and its dnr (a layout's right column)
MAX_LEAD = 120  # characters of indent before a head that still starts its line
MAX_TITLE = 300  # characters of a line read for one title
MAX_CHAIN_GAP = 2500  # characters between consecutive heads of a plain numbered list
MAX_NUMBER_STEP = {"para": 6.0, "arende": 3.0, "num": 3.0, "letter": 1.0}
_PLAIN = ("num", "letter")  # heads without a § or "Ärende": they need an agenda's company


@dataclass
class Item:
    """One matter: its number as printed (without "§"/"Ärende"), heading, own dnr, decisions.

    Spans are (start, end) offsets into the document text; ``span`` covers the whole item.
    """

    number: str | None
    title: str
    dnr: str | None
    span: tuple[int, int]
    title_span: tuple[int, int] | None = None
    dnr_span: tuple[int, int] | None = None
    decision_points: list[dict] = field(default_factory=list)
    summed_up: bool = False  # a decided matter of a page summing up a meeting, no agenda's item


@dataclass
class _Head:
    kind: str  # "para" (§), "arende" (Ärende N), "num" (a bare number) or "letter" ("A/")
    number: str
    value: float
    start: int
    end: int
    at_line_start: bool
    dotted: bool
    line_start: int
    line_end: int
    title: str = ""
    title_span: tuple[int, int] | None = None
    dnr: str | None = None
    dnr_span: tuple[int, int] | None = None
    run_on: bool = False  # the line went on past the title into other text


_DIGITS_RE = re.compile(r"\d+")
_YEAR_SERIAL_RE = re.compile(r"(?:19|20)\d\d:(?=\d)")
_BLANKS_RE = re.compile(r"[ \t]+")


# Cached: a document repeats its numbers (a table of contents and its items, every "§ 1").
@functools.lru_cache(maxsize=4096)
def _number_value(number: str) -> float:
    if len(number) == 1 and number.isalpha():  # "A" .. "Ö": letters count from 1
        return float("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ".find(number.upper()) + 1)
    serial = _YEAR_SERIAL_RE.match(number)  # "2039:114": the year's series, counted by its number
    digits = _DIGITS_RE.match(number, serial.end() if serial else 0)
    value = float(digits.group()) if digits else 0.0
    # "4 ½" and "12a" / "12 a" (an item added after § 12) stand between their number and the next;
    # letters in order ("8 a", "8 b": sub-rows under row 8), in sixteenths so that steps back find them
    if "½" in number:
        return value + 0.5
    letter = number[-1:]
    return value + (_LETTER_STEPS.get(letter, 0.5) if letter.isalpha() else 0.0)


# An item's letter after its number, in sixteenths of a step ("a" to "h": rows added or set under a row).
_LETTER_STEPS = {ch: (k + 1) / 16 for k, ch in enumerate("abcdefgh")}


@functools.lru_cache(maxsize=4096)
def _tidy_number(number: str) -> str:
    return _BLANKS_RE.sub(" ", number.strip())


class _LineIndex:
    """Line bounds by bisection over the newlines, found once: a flattened document is one long
    line, and searching back and forth along it for every head would be quadratic. A page break
    ends a line too (as document.line_spans): OCR'd pages are joined by a bare form feed, so a
    page's first head opens its line."""

    def __init__(self, text: str):
        self.breaks = [m.start() for m in re.finditer("[\n\f]", text)]
        self.length = len(text)

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.breaks, pos)
        start = self.breaks[i - 1] + 1 if i > 0 else 0
        end = self.breaks[i] if i < len(self.breaks) else self.length
        return start, end


# A candidate head: _Head's first fields as a plain tuple, (kind, number, value, start, end,
# at_line_start, dotted, line_start, line_end). A text of thousands of "§ 1" has as many
# candidates, nearly all left alone by the chaining: tuples cost a fraction of an object to make
# and to keep (the garbage collector stops tracking them). _Head(*candidate) builds a kept one.
_Candidate = tuple[str, str, float, int, int, bool, bool, int, int]
# The fields read before a _Head is made:
_KIND, _VALUE, _START, _END, _AT_LINE_START, _LINE_START, _LINE_END = 0, 2, 3, 4, 5, 7, 8


# A table's number column head on a line of its own with the next column's head under it: plain
# pdftotext reads an agenda's table one cell a line ("Nr" / "Ärende" / "Dnr" / "1" / "Val av justerare").
_NUMBER_COLUMN_RE = re.compile(r"^[ \t]*(?:Nr|NR|Nr\.|Punkt|Ärendenr)[ \t]*\n[ \t]*(?:Ärende|ÄRENDE|Rubrik|Ärenderubrik)[ \t]*$", re.M)
NUMBER_COLUMN_REACH = 3000  # characters from the column's head to a bare number under it


def _under_number_column(text: str, pos: int, heads: list[int]) -> bool:
    i = bisect.bisect_left(heads, pos)
    return i > 0 and pos - heads[i - 1] <= NUMBER_COLUMN_REACH


_WIDE_GAP_RE = re.compile(r"[ \t]{1,%d}" % MAX_FLAT_GAP)


def _dnr_past_wide_gap(text: str, pos: int, line_end: int) -> int:
    """A flattened layout's § line: "§ 11 <a wide gap> Dnr KS 2031/12 Title", the dnr's column far
    right of its head, the title (below it on the page) run on after it. Where the dnr opens past the
    gap, else ``pos`` (a gap before anything else is another column's)."""
    gap = _WIDE_GAP_RE.match(text, pos, line_end)
    if gap is None:
        return pos
    dnr = _take_dnr(text[gap.end():min(line_end, gap.end() + 40)])
    return gap.end() if dnr is not None and dnr[0] == 0 else pos


def _candidates(text: str, index: _LineIndex) -> list[_Candidate]:
    """Every place that could open an item, with a capitalised title after it (or on the next
    line, for a head standing alone at the start of its line)."""
    heads: list[_Candidate] = []
    breaks, length = index.breaks, index.length
    n_breaks, line = len(breaks), 0
    numbers: dict[str, tuple[str, float]] = {}  # a number as printed -> as kept, its value
    number_columns = [m.start() for m in _NUMBER_COLUMN_RE.finditer(text)]
    for m in _HEAD_RE.finditer(text):
        para, para2, letter, arende, num, dot = m.groups()  # (in the pattern's order: _HEAD_GROUPS)
        kind = "para" if para or para2 else "arende" if arende else "letter" if letter else "num"
        number = para or para2 or arende or letter or num
        start, end = m.span()
        # The line's bounds (as _LineIndex.bounds): heads come in text order, so the bisection
        # starts at the previous head's line.
        line = bisect.bisect_left(breaks, start, line)
        line_start = breaks[line - 1] + 1 if line > 0 else 0
        line_end = breaks[line] if line < n_breaks else length
        dotted = bool(dot)
        # Bullets, a board code or a layout's indent; a longer lead is text (and is not
        # sliced: on a flattened line that would be quadratic).
        lead = text[line_start:start] if start - line_start <= MAX_LEAD else "x"
        at_start = not lead or _LINE_LEAD_RE.fullmatch(lead) is not None or (
            kind == "para" and _BOARD_CODE_RE.fullmatch(lead) is not None) or (
            kind in ("arende", "num") and _TIME_CELL_RE.fullmatch(lead) is not None)
        if end == line_end:  # nothing after the head on its line ("§ 1" alone): no title opens there
            rest_start, rest, opens_title = end, "", False
        else:
            rest_start = end
            if para and text.startswith(". ", rest_start) and text[max(line_start, start - 3):start].rstrip()[-1:] in ("", ".", "!", "?"):
                # "... godkänns. § 18. Skolskjutsregler ...": a dot after the number, as a list's, where a
                # sentence has ended before the head (not "... tjänstgör från och med § 46. Han ...")
                rest_start += 1
            while rest_start < min(line_end, end + 8) and text[rest_start] in " \t:–—-":
                rest_start += 1
            # (a table's empty cell between number and title: "1            Val av justerare" under
            # "Nr   Diarienummer   Ärende")
            while rest_start < min(line_end, end + MAX_EMPTY_CELL) and text[rest_start] in " \t":
                rest_start += 1
            if kind == "para" and not at_start and text[rest_start:rest_start + 1] in (" ", "\t"):
                rest_start = _dnr_past_wide_gap(text, rest_start, line_end)
            rest = text[rest_start:min(line_end, rest_start + 4)]  # enough to see a title open
            opens_title = bool(_TITLE_START_RE.match(rest))
            if kind == "num" and not opens_title and rest[:1].isdigit():
                day = _DATE_CELL_RE.match(text, rest_start, min(line_end, rest_start + 20)) or \
                    _DNR_CELL_RE.match(text, rest_start, min(line_end, rest_start + 30))
                opens_title = day is not None and _TITLE_START_RE.match(text, day.end(), min(line_end, day.end() + 4)) is not None
            if kind == "para" and not opens_title:
                page = _PAGE_BEFORE_TITLE_RE.match(text, rest_start, min(line_end, rest_start + 8))
                opens_title = page is not None
        if para2 and rest[:1].islower():
            continue  # "13 § förvaltningslagen ...": a law's paragraph opening a wrapped sentence's line, no head
        if kind == "para" and _CONTINUED_RE.match(text, rest_start, line_end):
            continue  # "Mbn § 101 (forts.)": the matter goes on from the page before, no item of its own
        if kind == "num":
            if end == rest_start and rest and not dotted:  # "12ab": the number runs into a word
                continue
            if not dotted and text[end:rest_start].strip():  # "Mål 1 – Title": a label
                continue
            alone = at_start and not rest.strip()
            # "3." alone on its line, or a web page's bullet "•  3" with the title below; a bare
            # "3" alone under a table's number column head ("Nr" / "Ärende" / ... one cell a line,
            # as plain pdftotext reads an agenda's table).
            if not (opens_title or (alone and (dotted or _BULLET_RE.search(lead)
                                               or _under_number_column(text, start, number_columns)))):
                continue
            before = text[max(line_start, start - 20):start]
            if _COUNTED_BY_RE.search(before) or _AFTER_LEADER_RE.search(before) or _AFTER_PARA_RE.search(before):
                continue
        elif not (opens_title or at_start):
            continue
        known = numbers.get(number)
        if known is None:
            known = numbers[number] = (_tidy_number(number), _number_value(number))
        heads.append((kind, known[0], known[1], start, end, at_start, dotted, line_start, line_end))
    return heads


# Steps back to the number a head can follow, per kind (numbers go in half steps, "4 ½", and in
# sixteenths by their letters, "8 a", "8 b": _number_value).
_STEPS_BACK = {kind: [k / 16 for k in range(1, int(16 * reach) + 1)] for kind, reach in MAX_NUMBER_STEP.items()}


def _chains(heads: list[_Candidate], shortest: int = 1) -> list[list[_Candidate]]:
    """Heads strung into runs of increasing numbers, in text order; each head joins the longest
    open run of its kind that its number can continue (the nearer number, then the later run).
    The runs of at least ``shortest`` heads, in the order of their first heads."""
    return list(_runs(heads, shortest))


def _runs(heads: list[_Candidate], shortest: int = 1) -> Iterator[list[_Candidate]]:
    """_chains' runs one by one: a reader that keeps few of them (thousands of runs of two bare
    heads, no agenda) holds one at a time, not all (fewer live objects for the garbage collector)."""
    # A run is kept as links from each head to the next (no list per head: thousands of "§ 1"
    # would each start one). The open runs of each kind are filed by the number of their last
    # head, then by their length: a stack of their last heads' indices per length (pushed in text
    # order, so the latest run is on top) and a heap of the lengths, so the run to join (the
    # longest, then the latest) is found without comparing the others: thousands of "§ 1" before
    # a "§ 2" are not all compared again for every "§ 2".
    def rank(runs: dict, last: float, value: float) -> tuple[int, int, int]:
        """An open run's claim on a head: the longer, then the nearer number, then the later."""
        lengths, stacks = runs[last]
        length = -lengths[0]
        return length, -round((value - last) * 2), heads[stacks[length][-1]][_START]

    following = [-1] * len(heads)
    joined = bytearray(len(heads))  # a head that continues a run (no run's first)
    by_last: dict[str, dict[float, tuple[list[int], dict[int, list[int]]]]] = {kind: {} for kind in MAX_NUMBER_STEP}
    for k, head in enumerate(heads):
        kind, value, start = head[_KIND], head[_VALUE], head[_START]
        runs = by_last[kind]
        reach = MAX_NUMBER_STEP[kind]
        # The last numbers this head can follow: read off the open runs when they have fewer
        # than there are steps back, else looked up step by step.
        lasts = list(runs) if len(runs) <= 2 * reach else [value - step for step in _STEPS_BACK[kind]]
        best, best_rank = None, None
        for last in lasts:
            if not 0 < value - last <= reach:
                continue
            open_runs = runs.get(last)
            if open_runs is None:
                continue
            lengths, stacks = open_runs  # the lengths' heap holds exactly the stacks' lengths
            if kind in _PLAIN:  # a plain list's run too far back stays so: later heads are further on
                # (the latest run of a length is on top: when it is too far, all of its length are)
                while lengths and start - heads[stacks[-lengths[0]][-1]][_START] > MAX_CHAIN_GAP:
                    del stacks[-heapq.heappop(lengths)]
                if not lengths:
                    del runs[last]
                    continue
            if best is None:  # the only run so far: ranked only when another competes
                best = last
                continue
            if best_rank is None:
                best_rank = rank(runs, best, value)
            this_rank = rank(runs, last, value)
            if this_rank > best_rank:
                best, best_rank = last, this_rank
        length = 1
        if best is not None:
            lengths, stacks = runs[best]
            length = -lengths[0]
            stack = stacks[length]
            j = stack.pop()
            if not stack:
                del stacks[length]
                heapq.heappop(lengths)
                if not lengths:
                    del runs[best]
            following[j], joined[k], length = k, 1, length + 1
        open_runs = runs.get(value)
        if open_runs is None:
            open_runs = runs[value] = ([], {})
        lengths, stacks = open_runs
        stack = stacks.get(length)
        if stack is None:
            stacks[length] = [k]
            heapq.heappush(lengths, -length)
        else:
            stack.append(k)
    for k, head in enumerate(heads):
        if joined[k] or (shortest > 1 and following[k] < 0):
            continue
        chain, j = [head], following[k]
        while j >= 0:
            chain.append(heads[j])
            j = following[j]
        if len(chain) >= shortest:
            yield chain


def _take_dnr(window: str) -> tuple[int, int, str] | None:
    """(start, end, value) of the item's diarienummer in ``window``: labelled first, else a
    bare board-code number."""
    m = LABEL_RE.search(window)
    if m:
        taken = take_value(window, m.end())
        if taken:
            return m.start(), taken[2], _tidy_dnr(taken[0])
        v = _DNR_VALUE_RE.match(window, m.end())
        if v and sum(ch.isdigit() for ch in v.group()) >= 3:
            value = v.group().rstrip(".:-/")
            return m.start(), v.start() + len(value), _tidy_dnr(value)
    for b in _BARE_DNR_RE.finditer(window):
        if not _is_year_span(b.group()):
            return b.start(), b.end(), _tidy_dnr(b.group())
    return None


_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)$")
_LONGEST_YEAR_SPAN = 15


def _is_year_span(code_and_number: str) -> bool:
    """"KOMMUN 2021-2024", "BUDGET 2040-2042": a heading in capitals ending in the years it spans,
    no board's code and serial number."""
    m = _YEAR_SPAN.search(code_and_number)
    return m is not None and 0 < int(m.group(2)) - int(m.group(1)) <= _LONGEST_YEAR_SPAN


def _is_dnr_line(line: str) -> bool:
    """A line that is only an item's diarienummer ("Dnr 2039/KS0061", "KS 2038/14")."""
    dnr = _take_dnr(line)
    return dnr is not None and not line[:dnr[0]].strip() and not line[dnr[1]:].strip()


def _tidy_dnr(value: str) -> str:
    value = re.sub(r"[ \t]*([/-])[ \t]*", r"\1", value.strip())
    return " ".join(value.split())


# A dot leader that OCR read as letters: a word with one letter three times over (no Swedish
# word has that) or an "=" run into letters ("Budget =msmmsssrrs ... 4").
_LEADER_READ_AS_LETTERS = re.compile(r"\s\S*?(?:([a-zåäö])\1\1|=[a-zåäö.])")


def _cut_at_leader(title: str) -> str:
    """A dot leader ends a title: what follows it is the page number, and on a flattened table
    of contents notes too ("Bokslut ........ 10 - Bil. Bokslut"), not the heading. String
    search, not a pattern: a long run of dots must not make a regex backtrack."""
    cut = min((i for i in (title.find(".."), title.find("…")) if i > 0), default=-1)
    if cut < 0:
        soup = _LEADER_READ_AS_LETTERS.search(title)
        cut = soup.start() if soup else -1
    return title[:cut] if cut > 0 and title[:cut].strip() else title


# A page's mark inside a flattened title, "2 (8)", "3(8)": the page ended there and the next
# page's letterhead follows ("Meddelanden 2 (8) Exeby kommun ..."); the title ends before it.
_PAGE_MARK_IN_RE = re.compile(r"[ \t]+(\d{1,3})[ \t]?\([ \t]?(\d{1,3})[ \t]?\)(?=[ \t]*[A-ZÅÄÖ])")


def _cut_at_page_mark(title: str) -> str:
    for m in _PAGE_MARK_IN_RE.finditer(title):
        if 1 < int(m.group(1)) <= int(m.group(2)) and title[:m.start()].strip():
            return title[:m.start()]
    return title


# A span of years or numbers broken after its dash at a line's end ("... 2037–" / "2039 ...").
_SPAN_BROKEN_RE = re.compile(r"(\d[–-])[ \t]*\n[ \t]*(?=\d)")


def _tidy_title(title: str, strip_pages: bool) -> str:
    title = _cut_at_page_mark(title)
    stripped = _cut_at_leader(title)
    if stripped == title and strip_pages:  # a leader's page goes with it: "Plan 2017 ... 3"
        stripped = _PAGE_TAIL_RE.sub("", title)
    title = stripped
    title = _GROUP_TAIL_RE.sub("", title)
    title = _AGENDA_NOTE_RE.sub("", title)
    title = _SPAN_BROKEN_RE.sub(r"\1", title)  # "2037–" / "2039": a span of years broken at its dash is one
    title = " ".join(title.split())
    title = _STRAY_LEAD_RE.sub("", title)
    return title.rstrip(" .:;,–-…")


# A speck or the gap after a typed head read as a mark of its own before the title: "§59 _ Tillsynsplan".
_STRAY_LEAD_RE = re.compile(r"^[_|~]+ (?=[A-ZÅÄÖ])")


def _span_of(text: str, span: tuple[int, int] | None, title: str) -> tuple[int, int] | None:
    """The raw span cut to the tidied title: tidying drops only a tail (leaders, page numbers,
    punctuation, notes) and folds white space, so the title's characters are read off in order."""
    if span is None or not title:
        return span
    pos, k = span[0], 0
    while pos < span[1] and k < len(title):
        if title[k] == " ":
            k += 1
            while pos < span[1] and text[pos].isspace():
                pos += 1
            continue
        if text[pos] != title[k]:
            return span  # not a prefix after all: keep what was read
        pos += 1
        k += 1
    return (span[0], pos) if k == len(title) else span


def _read_title(text: str, head: _Head, stop: int) -> None:
    """Fill in the head's raw title and dnr: the rest of its line up to ``stop`` (the next head
    of its run), or the next non-empty line(s) when the head stands alone."""
    if head.end < min(head.line_end, stop):
        _read_title_on_line(text, head, stop)
        return
    # Nothing after the head on its line (a bare "§ 1"): what _read_title_on_line does with an
    # empty rest of line, without its searches of it (a run of bare heads asks for each).
    title_start, title = head.end, ""
    if head.at_line_start:
        title_start, title, title_end = _next_line_title(text, head.line_end, stop, head)
        if head.dnr is None and title:  # "23 §" / "" / "Title" / "" / "Dnr KS 2040/12": the dnr apart below
            _dnr_on_next_line(text, head, title_end + 1, stop)
    elif head.line_end < stop and head.dnr is None:
        _dnr_on_next_line(text, head, head.line_end + 1, stop)
    if title:  # (an empty title leaves the head's own: "", no span)
        _set_title(head, title_start, title, title_end if title_end != title_start + len(title) else None)


_QUOTES = "«»\"“”„"


def _set_title(head: _Head, title_start: int, title: str, span_end: int | None) -> None:
    label = _SUBJECT_LABEL_RE.match(title)
    if label:  # "Ärende 2" / "Rubrik: Title": the label is no part of the title
        title_start, title = title_start + label.end(), title[label.end():]
    if title[:1] in _QUOTES and title[1:2].isalpha() and not any(q in title[1:] for q in _QUOTES):
        title_start, title = title_start + 1, title[1:]  # a quotation never closed: a speck OCR read as one
    head.title = title
    head.title_span = (title_start, span_end or title_start + len(title.rstrip())) if title.strip() else None


# A list's column headed "Dnr" ("Ärenden        Dnr"), and a bare number ending a row in it
# ("2.  Delårsrapport      2036/58"): under that head a bare year and number is the item's dnr.
_DNR_COLUMN_HEAD_RE = re.compile(r"(?:\t|[ ]{2,})" + HEAD_LABEL + r"\.?[ \t]*(?:\n|(?:\t|[ ]{2,})\S)")
_BARE_NUMBER_CELL_RE = re.compile(r"(?:\t|[ ]{3,})[ \t]*((?:19|20)?\d\d/\d{1,5}(?:-\d{1,3})?)[ \t]*$")
_DNR_COLUMN_REACH = 1500  # how far above a row its list's column heads may stand


def _bare_dnr_in_column(text: str, line_start: int, raw: str, start: int) -> tuple[int, int, str] | None:
    """(start, end, value) in ``raw`` (the row from ``start`` on) of a bare "2036/58" ending the row in a
    column headed "Dnr", or of any code with its number in that column of a table in tabs ("RS200412")."""
    cell = _BARE_NUMBER_CELL_RE.search(raw)
    if cell is not None and _DNR_COLUMN_HEAD_RE.search(text, max(0, line_start - _DNR_COLUMN_REACH), line_start):
        return cell.start(1), cell.end(1), cell.group(1)
    return _tabbed_dnr_cell(text, line_start, raw, start) if "\t" in raw else None


# A cell's value under a table's "Diarienummer" head: a board's code and number in any form (letters,
# then digits with separators or none, "RS200412", "RS 2040-0412"), four digits at least.
_DNR_CELL_VALUE_RE = re.compile(r"[A-ZÅÄÖ]{1,6}[ -]?\d[\d/.:-]*\d|\d[\d/.:-]*\d")
_DNR_HEAD_CELL_RE = re.compile(HEAD_LABEL + r"\.?")


def _tabbed_dnr_cell(text: str, line_start: int, raw: str, start: int) -> tuple[int, int, str] | None:
    """A row of a table in tabs whose head row, above it, names a dnr column ("Nr<TAB>Ärende<TAB>
    Diarienummer<TAB>Handlingar"): the row's cell in that column, whatever the dnr's form."""
    head = None
    for head in _DNR_COLUMN_HEAD_RE.finditer(text, max(0, line_start - _DNR_COLUMN_REACH), line_start):
        pass
    if head is None:
        return None
    head_start = text.rfind("\n", 0, head.start()) + 1
    head_cells = text[head_start:text.find("\n", head.start())].split("\t")
    column = next((k for k, c in enumerate(head_cells) if _DNR_HEAD_CELL_RE.fullmatch(c.strip())), None)
    line_end = text.find("\n", line_start)
    cells = text[line_start:line_end if line_end >= 0 else len(text)].split("\t")
    if column is None or column == 0 or not column < len(cells) <= len(head_cells):
        return None  # (a row of another shape is no row of this table; empty cells may end it untabbed)
    at = line_start + sum(len(c) + 1 for c in cells[:column])
    value = cells[column].strip()
    if at < start or not _DNR_CELL_VALUE_RE.fullmatch(value) or sum(ch.isdigit() for ch in value) < 4:
        return None
    at += len(cells[column]) - len(cells[column].lstrip())
    return at - start, at - start + len(value), value


# A board's code closing a flattened item's text, the next head's ("... till dagens sammanträde. KF § 69"),
# when the item's own head has it too ("KF § 68 ..."; a title's own last word, "... Exeby Energi AB", stays).
_NEXT_HEAD_CODE_RE = re.compile(rf"[ \t]+([{_UPPER}][A-Za-zÅÄÖåäö]{{1,4}})[ \t]*$")


def _read_title_on_line(text: str, head: _Head, stop: int) -> None:
    """_read_title in full: a title (or a dnr) after the head on its line, else below it."""
    line_end = head.line_end
    start = head.end
    end = min(line_end, stop, head.end + MAX_TITLE)
    raw = text[start:end]
    paged = _cut_at_page_mark(raw)
    if len(paged) < len(raw):  # a flattened page ended after the title: the next page's text is no part of it
        raw, end = paged, start + len(paged)
    flattened = end == stop < line_end  # (the item's text runs on to the next head on its line)
    if flattened:  # a flattened line: the next head's board code ("... KF § 69") is no part of this title
        code = _NEXT_HEAD_CODE_RE.search(raw)
        if code and text[max(head.line_start, head.start - 8):head.start].split()[-1:] == [code.group(1)]:
            raw, end = raw[:code.start()], start + code.start()
    dnr = _take_dnr(raw) or _bare_dnr_in_column(text, head.line_start, raw, start)
    # The dnr in a right-hand column, ending the line or with another column after it (the
    # föredragande's): the title may wrap below it.
    dnr_column = False
    dnr_before = False  # the dnr in a column left of the title: a wrapped line stands under the title
    raw_after_dnr = ""
    if dnr:
        head.dnr, head.dnr_span = dnr[2], (start + dnr[0], start + dnr[1])
        dnr_column = end == line_end and (not raw[dnr[1]:].strip() or re.match(r"(?:\t|[ ]{3,})\S", raw[dnr[1]:]) is not None) \
            and bool(re.search(r"\S(?:\t|[ ]{3,})", raw[:dnr[0]]))
        before, after = raw[:dnr[0]], raw[dnr[1]:]
        raw_after_dnr = after
        if before.strip(" \t:–-.(") == "" or (head.kind == "num" and _DATE_CELL_RE.fullmatch(before.strip() + " ")):
            # "26 Dnr KS 2031/14 Title"; a delegation list's row, the decision's date and its dnr in
            # columns before the matter ("1   2039-02-02   SN 2039/0011   Title")
            start += dnr[1]
            raw = after
            dnr_before = True
        elif before.rstrip().endswith(("(", "[")):  # "Borgen för Exeby Bostäder AB (KS 2031/318)": no column between
            raw = before.rstrip(" \t([,–—-")
        else:  # "Title Dnr 2019/12": the column of initials between them goes too
            raw = before.rstrip(" \t(,–—-")
            if not _COMPANY_FORM_TAIL_RE.search(raw) and not _CLUB_CODE_TAIL_RE.search(raw):
                raw = (_GAPPED_CODES_TAIL_RE if _in_capitals(raw) else _CODES_TAIL_RE).sub("", raw)
            end = start + len(raw)
    lead = len(raw) - len(raw.lstrip(" \t:–—-.)"))
    if head.kind == "para":
        page = _PAGE_BEFORE_TITLE_RE.match(raw, lead)
        if page:
            lead = page.end()
    elif head.kind == "num":
        day = _DATE_CELL_RE.match(raw, lead)
        if day:  # "1    2031-04-03     Title": the decision's date in a column before its matter
            lead = day.end()
        elif dnr is None:
            cell = _DNR_CELL_RE.match(raw, lead)
            if cell:  # "2    2039-000211    Title": the matter's dnr in a column before its title
                head.dnr, head.dnr_span = cell.group(1), (start + cell.start(1), start + cell.end(1))
                lead, dnr_before = cell.end(), True
    if not text[line_end:].strip():
        stub = _CUT_DNR_STUB_RE.search(raw, lead)
        if stub and raw[lead:stub.start()].strip():
            raw = raw[:stub.start()]  # "... under hösten (UN 2040/": the excerpt cut the title's bracketed dnr
    reporter = _reporter_after(raw, lead) if flattened else None
    if reporter is not None:
        raw = raw[:reporter]  # "... april 2040 Controller Eva Ek redovisar ...": the matter's text run on
    stop_at = _TITLE_STOP_RE.search(raw, lead)
    if stop_at:
        raw = raw[:stop_at.start()]
        if raw.rstrip().endswith("."):
            raw = _without_sentence_tail(raw, lead)
    elif flattened and raw.rstrip().endswith("."):
        # "§ 68 Allmänhetens frågestund Inga frågor har anmälts. § 69 ...": a matter's whole text, a
        # sentence under its title, run on to the next head
        raw = _without_sentence_tail(raw, lead)
    if end < line_end and (flattened or end == head.end + MAX_TITLE):
        # "§ 46 Upphandling av X Tre anbud har inkommit. Det mest ...": the matter's text run on past its
        # first sentence (the line goes on beyond what was read): the title ends before that sentence
        first_stop = _FIRST_STOP_RE.search(raw, lead)
        if first_stop:
            cut = _without_sentence_tail(raw[:first_stop.end()], lead)
            if len(cut) <= first_stop.start():
                raw = cut
    presenter = _presenter_after(raw, lead)
    if presenter is not None:
        raw = raw[:presenter]  # "2 SBN 2038/0041 Detaljplan för ... Johan Nyberg, planarkitekt 3 ...": the presenter's column
    attached = _ATTACHMENT_CELL_RE.search(raw, lead)
    if attached:  # "4  Skolskjutsregler från läsåret 2039/40   Bilaga 1   BUN 2039/0011": the attachments' column
        raw = raw[:attached.start()]
    cell_end = raw.find("\t", lead)
    gap_cut = False
    if cell_end > lead and raw[lead:cell_end].strip():
        raw = raw[:cell_end]  # "1<TAB>Title<TAB>Föredragande": a table row's next cell is another column
    else:  # pdftotext -layout's columns: a wide gap ends the title's cell ("7   Information   Mikael Strand")
        gap = _COLUMN_GAP_RE.search(raw, lead)
        if gap:
            raw, gap_cut = raw[:gap.start()], True
        elif dnr_before:  # "4.   SN 2040/298   Yttrande till ... och omsorg  Helena Roos": a full title cell leaves a narrow gap
            name = _NAME_CELL_END_RE.search(raw, lead)
            if name and is_given_name(name.group(1)):
                raw, gap_cut = raw[:name.start()], True
    head.run_on = bool(stop_at) or (end == line_end and end - start >= MAX_TITLE) or (
        end < stop and end == line_end and len(raw) > 160)
    title_start = start + lead
    title = raw[lead:]
    span_end = None
    if _PAGE_ONLY_RE.fullmatch(title) and head.at_line_start:
        title_start, title, title_end = _next_line_title(text, line_end, stop, head)
        if head.dnr is None and title:  # (as _read_title reads a bare head: the dnr apart below its title)
            _dnr_on_next_line(text, head, title_end + 1, stop)
        if title_end != title_start + len(title):  # (its last words over a page turn: the span runs to them)
            span_end = title_end
    elif line_end < stop:
        next_end = line_end
        margin = None
        if head.dnr is None and head.at_line_start and end == line_end and not stop_at:
            margin = _margin_dnr_cell(text, line_end, stop, start + lead - head.line_start, title)
        if margin:  # "§ 43      Årsredovisning 2036 för Exeby" / "Dnr KS 2037/58      kommun"
            cell_start, cell_end, head.dnr, head.dnr_span = margin
            title = title.rstrip() + " " + text[cell_start:cell_end]
            span_end = cell_end
        elif head.at_line_start and (end == line_end or dnr_column) and not stop_at:  # text the stop cut off stays off
            # In a table's columns the cell's wrapped line stands in the title's column, whatever its case.
            next_end = _continuation_end(text, line_end, stop,
                                         start + lead - head.line_start if dnr_column or dnr_before else None, title)
            if next_end > line_end and (dnr_column or gap_cut) and _right_of_cell(
                    text, line_end, title_start + len(title.rstrip()) - head.line_start):
                next_end = line_end  # "9   Information   Eva Ek," / "        ekonomichef": another column's wrapped cell
            if (next_end == line_end and dnr_column and _DANGLING_END_RE.search(title.rstrip())
                    and text[line_end + 1:line_end + 2] == "\n" and not _HEAD_RE.match(text, line_end + 2)
                    and _heading_rest_below(text, line_end + 1, stop)):
                # "5. Yttrande över plan för      2036/49" / "" / "Exebygden 2037-2046": OCR set the
                # wrapped end apart by a blank line; a title cannot end in its preposition.
                next_end = _next_line_end(text, line_end + 1, stop) or line_end
            if next_end > line_end and (dnr_column or dnr_before or gap_cut):  # "2. Ansökan om medel för    KS 2031/155" / "upprustning av badplatser"
                # (or a row whose matter cell a gap ended: "41   Bygglov för tillbyggnad av     Ida Ek" / "     enbostadshus")
                wrapped = text[line_end + 1:next_end]
                cell = _COLUMN_GAP_RE.search(wrapped, len(wrapped) - len(wrapped.lstrip()))
                if cell:  # "   förskola och omsorg         förskolechef": the föredragande's column goes on right of it
                    next_end = line_end + 1 + cell.start()
                cell = title.rstrip()
                if text.startswith((",", "-"), title_start + len(cell)):
                    # "Riktlinjer för stöd till unga,   SN 2040/91" / "reviderade": the comma goes on with it
                    # (and a hyphen at the cell's edge: "Kultur- och fritids-   KFN 2038/12" / "nämndens ...")
                    cell += text[title_start + len(cell)]
                title = _joined(cell, text[line_end + 1:next_end].strip())
                span_end = next_end  # the span runs over the dnr's column to the wrapped line's end
                column = start + lead - head.line_start
                for _ in range(MAX_WRAPPED_LINES - 1):  # "... samverkansfonden från   HF 2039/0162" / "Föreningen X," / "org.nr ..."
                    more = _cell_goes_on(text, next_end, stop, column, title)
                    if more is None:
                        break
                    title, next_end = _joined(title, text[next_end + 1:more].strip()), more
                    span_end = more
            elif next_end > line_end:  # "§ 26 Svar på motion om bättre" / "belysning i parker"
                turned = _rest_over_page_turn(text, next_end, stop, text[title_start:next_end])
                if turned is not None:  # "... till övningar för" / (the next page's head) / "frivilliga ..."
                    title = text[title_start:next_end].rstrip() + " " + text[turned[0]:turned[1]]
                    span_end, next_end = turned[1], turned[1]
                else:
                    title = text[title_start:next_end]
                cell_dnr = _dnr_ending_line(text, line_end + 1, next_end) if head.dnr is None else None
                if cell_dnr:  # "4. Försäljning av ... till" / "   Exeby Snickeri AB        KS 2035/301"
                    cell_end, head.dnr, head.dnr_span = cell_dnr
                    title = text[title_start:cell_end]
            elif (turned := _rest_over_page_turn(text, line_end, stop, title, start + lead - head.line_start
                                                 if dnr_column or dnr_before else None)) is not None:
                # "2   Avtal om boende med Stiftelsen X för" / (the next page's head) / "personer med ..."
                # (the title's cell: a dnr's column right of it is no part of it)
                title = title.rstrip() + " " + text[turned[0]:turned[1]]
                span_end = next_end = turned[1]
            elif head.dnr is None and (head.kind == "para" or (head.kind == "num" and gap_cut)):
                # (an agenda's numbered row too, its first line ending at a column's gap: "3.   Avtal med"
                # ... "Lena Storm" / "     Exeby Stadsmission          SN 2040/0019")
                wrapped = _wrapped_cell_with_dnr(text, line_end, stop, start + lead - head.line_start)
                if wrapped:  # "§ 15    Taxa för ... bygglagen" / "        2036        Dnr KS 2035/0441"
                    cell_end, dnr = wrapped
                    title = title.rstrip() + " " + text[line_end + 1:cell_end].strip()
                    head.dnr, head.dnr_span = dnr
                    span_end = cell_end
        elif dnr and not dnr_column and not stop_at and head.at_line_start and not raw_after_dnr.strip():
            # "3. Bidrag till ... institutioner KS 2037/14" / "2038": OCR closed the column's gap
            # before the dnr; a year alone below is the title's wrapped end (no item's text is only that)
            nxt = _next_line_end(text, line_end, stop)
            if nxt is not None and _YEARS_LINE_RE.fullmatch(text[line_end + 1:nxt].strip()):
                title = title.rstrip() + " " + text[line_end + 1:nxt].strip()
                span_end = nxt
        if head.dnr is None and head.at_line_start and end == line_end and not stop_at and not dnr_column:
            wrapped_end = _lines_over_dnr(text, next_end, stop)
            if wrapped_end is not None:  # "3. Bidrag till Exeby" / "Hembygdsförening för renovering av" / "kvarnen" / "Dnr ..."
                next_end = wrapped_end
                title = text[title_start:next_end]
        if head.dnr is None:
            _dnr_on_next_line(text, head, next_end + 1, stop)
    _set_title(head, title_start, title, span_end)


MAX_WRAPPED_LINES = 3  # of a title over its dnr's line


def _cell_goes_on(text: str, line_end: int, stop: int, column: int, title: str) -> int | None:
    """A table cell's title already wrapped once, going on in its column on a further line: the title
    cut where it cannot end (a comma, a preposition) or the line below in lower case. Its end, or None."""
    nxt = _next_line_end(text, line_end, stop)
    if nxt is None or nxt <= line_end + 1:
        return None
    line = text[line_end + 1:nxt]
    follow = line.strip()
    if len(line) - len(line.lstrip()) != column or _COLUMN_GAP_RE.search(follow) or _is_label_opening(follow) \
            or _HEAD_RE.match(follow) or is_section_heading(follow):
        return None
    dangling = title.rstrip().endswith(",") or _DANGLING_END_RE.search(title.rstrip()) is not None
    if not (follow[:1].islower() or dangling) or len(follow.split()) > MAX_CONTINUATION_WORDS or follow.endswith("."):
        return None
    return nxt


# A running head's page mark ending its line: "Sida 2 (3)", "2 (3)", "Sida 2 av 3".
_PAGE_MARK_END_RE = re.compile(r"(?:(?<![\wåäö])[Ss]ida[ \t]+)?\d{1,3}[ \t]*(?:\([ \t]*\d{1,3}[ \t]*\)|av[ \t]+\d{1,3})[ \t]*$")
MAX_PAGE_TURN_LINES = 6  # blank lines and a running head between a title's last two lines


MIN_BLANKED_TURN = 2  # blank lines where the clean stage blanked a page's foot and head


# A signature box's line for the signature itself, under its label: "........   ........", "______".
_SIGNATURE_LINE_RE = re.compile(r"[ \t._…]*[._…]{4,}[ \t._…]*")


def _may_open_rest(line: str) -> bool:
    """A capitalised line that may be a title's rest after a page turn: no heading of a section or
    of the next matter, no label or dnr ("Ärendebeskrivning", "§ 45", "Dnr KS 2040/12")."""
    return not (is_section_heading(line) or _HEAD_RE.match(line) or _is_label_opening(line) or _is_dnr_line(line)
                or LABEL_RE.match(line))


def _rest_over_page_turn(text: str, line_end: int, stop: int, title: str,
                         column: int | None = None) -> tuple[int, int] | None:
    """A title cut where it cannot end ("... till räddningsövningar för") at a page's end, its last
    words on the next page under the running head ("X förbund   Kallelse   Sida 2 (2)") or past the blank
    lines the head was blanked to: the span of those words (a few, in lower case), or None. The head is
    told by its page mark or as the first page's head again; the page's foot of signature boxes
    ("Justerare sign ____") may come first. ``column``: the title's cell's column in a table; a
    rest standing in it goes on the title whatever word the cell's first line ended on
    ("... kommun, förslag" / (the next page's head) / "till remissversion")."""
    title = title.rstrip()
    dangling = bool(_DANGLING_END_RE.search(title)) or title.endswith(",")
    if not dangling and column is None:
        return None  # (the title's own cell: a presenter's "Eva Ek," in the next column ends no title)
    pos, page_head, blank, foot = line_end, False, 0, False
    # (a blanked head of several rows and the blank lines round it: twice the lines are read)
    for _ in range(2 * MAX_PAGE_TURN_LINES):
        nxt = _next_line_end(text, pos, stop)
        if nxt is None or nxt <= pos:
            return None
        line = text[pos + 1:nxt]
        follow = line.strip()
        if not follow:
            pos, blank = nxt, blank + 1
            continue
        if not page_head and (SIGNATURE_BOX.match(follow) or (foot and _SIGNATURE_LINE_RE.fullmatch(follow))):
            foot = True  # the page's foot, its boxes' labels and lines, before the next page's head
            pos = nxt
            continue
        if (not page_head and _PAGE_MARK_END_RE.search(follow)) or _repeats_first_page_head(text, follow):
            page_head = True  # (each row of a head of several that repeats the first page's)
            pos = nxt
            continue
        # (the clean stage may have blanked a running head it knew: blank lines alone came between)
        if not (page_head or blank >= MIN_BLANKED_TURN or foot) or len(follow.split()) > MAX_REST_WORDS or follow.endswith((".", ":", ";")):
            return None
        if not follow[:1].islower() and not (dangling and follow[:1].isupper() and _may_open_rest(follow)):
            return None  # ("Bidrag till" / (the page turn) / "Exeby Bygdegårdsförening": a name may go on a dangling title)
        indent = len(line) - len(line.lstrip())
        if not dangling and (column is None or abs(indent - column) > 1):
            return None
        start = pos + 1 + indent
        return start, start + len(follow)
    return None


def _lines_over_dnr(text: str, line_end: int, stop: int) -> int | None:
    """An agenda's title wrapped over a few short lines, with the item's dnr (labelled, or a board's
    code and number alone) on the line right under them (the title's line cut anywhere, even inside a name: "... till Exeby" /
    "Hembygdsförening för ..."): the end of the last wrapped line, or None. Lines ending a
    sentence or a clause, labels and heads are no title's."""
    pos, last = line_end, None
    for _ in range(MAX_WRAPPED_LINES + 1):
        nxt = _next_line_end(text, pos, stop)
        if nxt is None or nxt <= pos + 1:
            return None
        line = text[pos + 1:nxt].strip()
        if LABEL_RE.match(line) or _is_bare_dnr_line(line):  # (or a board's code and number alone: "SN 2040/0331")
            return last if last is not None and _take_dnr(line) else None
        if (not line or len(line.split()) > MAX_CONTINUATION_WORDS or line.endswith((".", ":", ";"))
                or _is_label_opening(line) or _HEAD_RE.match(line) or is_section_heading(line)
                or _EARLIER_HANDLING_RE.match(line)):
            return None  # ("Kst § 41/18.3.2036" over the dnr: the matter's earlier handling, no title)
        pos = last = nxt
    return None


# A Finland-Swedish protocol's note of the matter's earlier handling under its heading: the board's
# code, the § and the meeting's date ("Kst § 41/18.3.2036", "Tekn § 12 / 2.2.2035").
_EARLIER_HANDLING_RE = re.compile(r"[A-ZÅÄÖ][A-Za-zåäöÅÄÖ]{1,7}\.?[ \t]*§[ \t]*\d{1,4}[ \t]*/[ \t]*\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d[ \t]*$")


# A capitalised word opening a sentence run on after a flattened title, three or more words after it
# to the full stop; not after a preposition or "och" (then it is a name in the title: "Bidrag till
# Föreningen Vildrosen").
_SENTENCE_TAIL_RE = re.compile(r"[ \t]+(?=[A-ZÅÄÖ][a-zåäö]+[ \t](?:[^ \t.]+[ \t]+){2,}[^ \t]*\.[ \t]*$)")
_FIRST_STOP_RE = re.compile(r"[.!?](?=[ \t]+[A-ZÅÄÖ])")
_NAME_BEFORE = frozenset("till från med för om av i på hos vid mellan och".split())


# A person's name and a job title after a comma, run on after a flattened agenda's title (its
# föredragande's column, unlabelled): "... Renhållningstaxa 2039 Robert Hed, teknisk chef".
_NAME_AND_TITLE_RE = re.compile(r"[ \t]+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
                                r",[ \t]+(?P<t1>[a-zåäö-]+)(?:[ \t]+(?P<t2>[a-zåäö-]+))?")


def _presenter_after(raw: str, lead: int) -> int | None:
    """Where a presenter's "Name Surname, title" starts after the title's first words, or None."""
    for m in _NAME_AND_TITLE_RE.finditer(raw, lead):
        if len(raw[lead:m.start()].split()) >= 2 and (
                m.group("t1").endswith(title_heads()) or (m.group("t2") or "").endswith(title_heads())):
            return m.start()
    return None


# An officer's report run on after a flattened title, its role before the name or none: "... januari
# 2037 Controller Eva Ek redovisar utfallet ...", "... Lokalplan Åsa Berg informerar om ...".
_REPORTER_RE = re.compile(r"[ \t]+(?:(?P<role>[A-ZÅÄÖ][a-zåäö]+)[ \t]+)?(?P<given>[A-ZÅÄÖ][a-zåäöé]+)[ \t]+[A-ZÅÄÖ][a-zåäöé]+"
                          r"(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]+(?:\([A-Za-zÅÄÖåäö]{1,3}\)[ \t]+)?"
                          r"(?:redovisar|informerar|föredrar|presenterar|redogör)(?![\wåäö])")


# The start of a bracketed dnr the excerpt's end cut: "(UN 2040/", "(dnr KS 20".
_CUT_DNR_STUB_RE = re.compile(r"[ \t]*[(\[][ \t]*(?:[Dd]nr\.?[ \t]*)?[A-ZÅÄÖ]{1,6}(?:[ \t]?\d[\d/.:-]*)?[ \t]*$")


def _reporter_after(raw: str, lead: int) -> int | None:
    """Where an officer's "(Role) Name Surname redovisar ..." starts after the title's first words, or None."""
    for m in _REPORTER_RE.finditer(raw, lead):
        if not is_given_name(m.group("given")):
            continue
        cut = m.start("role") if m.group("role") and is_title_word(m.group("role")) else m.start("given")
        if len(raw[lead:cut].split()) >= 2:
            return cut
    return None


def _is_presenter_line(line: str) -> bool:
    """A line that is only a presenter's "Name Surname, title" (under an agenda's row, in its title's column)."""
    m = _NAME_AND_TITLE_RE.fullmatch(" " + line.strip())
    return m is not None and (m.group("t1").endswith(title_heads()) or (m.group("t2") or "").endswith(title_heads()))


def _without_sentence_tail(raw: str, lead: int) -> str:
    """A flattened title cut before the decision's sentence that still ends in another full sentence
    ("Delårsrapport per april 2036 Rörelseresultatet för perioden uppgår till 6,8 mnkr."): the title
    ends before that sentence's first word, where no capitalised word stands between it and the stop."""
    tail = None
    for m in _SENTENCE_TAIL_RE.finditer(raw, lead):
        tail = m
    if tail is None or re.search(r"[ \t][A-ZÅÄÖ]", raw[tail.end():]):
        return raw
    before = raw[lead:tail.start()].split()
    if len(before) < 2 or before[-1] in _NAME_BEFORE:
        return raw
    if len(before) >= 3 and before[-1][:1].isupper() and is_given_name(before[-1]) and before[-2] not in _NAME_BEFORE:
        # the sentence opens with a person ("... Exeby Eva Ek (MP) har i en motion ..."):
        # the given name is the subject's, not the title's
        return raw[:raw.rindex(before[-1], lead, tail.start())].rstrip()
    return raw[:tail.start()]


_NOTE_BULLET_RE = re.compile(r"[-–•*·][ \t]+")
# A row's kind alone on the line under its title: "Beslutsärende", "Informationsärende".
_MATTER_KIND_RE = re.compile(r"(?:besluts|informations|anmälnings|diskussions|delegations)ärende", re.I)


def _is_presenter_note(cell: str) -> bool:
    """A row's note on its presenter: bracketed ("(Jessica Ek, controller, 15 min)"), "Name Surname,
    title" or labelled ("Föredragande: Jessica Ek")."""
    return (cell.startswith("(") and cell.endswith(")")) or _is_presenter_line(cell) or _ROW_NOTE_RE.match(cell) is not None


def _dnr_on_next_line(text: str, head: _Head, pos: int, stop: int) -> None:
    """ "1 Title" / "Dnr 2019/12": a labelled number opening the next line is the item's, as is
    a board's code and number alone on it ("§ 26  Title" / "BILDN 41/2032", Finland's way)."""
    rest = text[pos:min(stop, pos + 160)]
    pos += len(rest) - len(rest.lstrip())  # blank lines between title and dnr
    window = rest.lstrip().split("\n", 1)[0]
    history = _EARLIER_HANDLING_RE.match(window)
    if history:  # "Kst § 41/18.3.2036" / "Dnr KST 2035/112": the matter's earlier handling stands between
        pos += len(window) + 1
        window = text[pos:min(stop, pos + 160)].split("\n", 1)[0]
        pos += len(window) - len(window.lstrip())
        window = window.lstrip()
    aside = _dnr_after_gap(window, 0)
    if aside and _is_presenter_note(window[:aside[0].start()]):
        # "2. Kvartalsrapport ..." / "   (Jessica Ek, controller, 15 min)      KS 2041/117": the row's
        # presenter under its title (in brackets or not), its dnr in the right-hand column of that line
        gap, dnr = aside
        head.dnr, head.dnr_span = dnr[2], (pos + gap.end() + dnr[0], pos + gap.end() + dnr[1])
        return
    if window.startswith("(") and window.rstrip().endswith(")"):  # "(Dnr MBN 2038-000412)": the same, in brackets
        pos += 1
        window = window[1:window.rstrip().rfind(")")]
    if _MATTER_KIND_RE.fullmatch(window.rstrip()):  # "Title" / "Beslutsärende" / "Dnr MN 2042/12": the matter's kind between
        pos += len(window) + 1
        window = text[pos:min(stop, pos + 160)].split("\n", 1)[0]
        pos += len(window) - len(window.lstrip())
        window = window.lstrip()
    bullet = _NOTE_BULLET_RE.match(window)
    if bullet and (LABEL_RE.match(window, bullet.end()) or _is_bare_dnr_line(window[bullet.end():].rstrip())):
        # "   - Dnr: KFN 2042/12": a Markdown list's point under the row; "   – RS 2041/3": the row's
        # dnr after its dash, wrapped onto a line of its own
        pos += bullet.end()
        window = window[bullet.end():]
    if LABEL_RE.match(window) or _is_bare_dnr_line(window.rstrip()):
        dnr = _take_dnr(window)
        if dnr:
            head.dnr, head.dnr_span = dnr[2], (pos + dnr[0], pos + dnr[1])


# A word hyphenated at its cell's edge ("fritids-" / "nämndens"); a compound's shared part ("Kultur-" /
# "och fritidsnämnden") keeps its hyphen (as clean's _HYPHENATED reads a line's margin).
_CELL_HYPHEN_RE = re.compile(r"(?<=[a-zåäöé])-$")
_SHARED_PART_RE = re.compile(r"(?:och|eller|samt|respektive|till)\b")


def _joined(cell: str, wrapped: str) -> str:
    """A title's cell and its wrapped line in the same column, one title."""
    if _CELL_HYPHEN_RE.search(cell) and wrapped[:1].islower() and not _SHARED_PART_RE.match(wrapped):
        return cell[:-1] + wrapped
    return cell + " " + wrapped


def _right_of_cell(text: str, line_end: int, cell_end: int) -> bool:
    """The line below ``line_end`` opens right of where the title's cell ended on its line
    (``cell_end``, a column): it is a wrapped cell of a column further right (a föredragande's
    title), not the title's own wrapped line, which opens under the title."""
    nxt = text.find("\n", line_end + 1)
    line = text[line_end + 1:nxt if nxt >= 0 else len(text)]
    return len(line) - len(line.lstrip(" ")) > cell_end


def _next_line_end(text: str, line_end: int, stop: int) -> int | None:
    """The end of the line below ``line_end`` (before ``stop``); None when it runs past a title's length."""
    nxt = text.find("\n", line_end + 1, min(stop, line_end + 1 + MAX_TITLE))
    if nxt < 0:
        nxt = min(stop, len(text))
        if nxt - line_end > MAX_TITLE:
            return None
    return nxt


def _continuation_end(text: str, line_end: int, stop: int, column: int | None = None, title: str | None = None) -> int:
    """The end of a title's second line: the line right below, when it goes on in lower case
    and is short (a wrapped heading, not the item's text), or when it stands alone in the title's
    ``column`` of a table ("5   2031-04-28   Avtal med Stiftelsen    SN 2031/67" / "Fristaden");
    else ``line_end``."""
    nxt = _next_line_end(text, line_end, stop)
    if nxt is None:
        return line_end
    line = text[line_end + 1:nxt]
    follow = line.strip()
    if len(follow.split()) > MAX_CONTINUATION_WORDS or follow.endswith(".") or _SUBPOINT_RE.match(follow) \
            or _is_presenter_line(follow) or _TIME_CELL_RE.match(line) or (title and _caps_over_mixed(title, follow)):
        return line_end  # (a time slot opens the next row of an ärendelista: "kl. 13.10–13.40   2   Title")
    if _wraps_to_contents_page(title, line, follow):
        return nxt
    # (a property's designation, "Ekeby 2:14", alone below goes on with the title; "Dnr KS 2042:145" is no property)
    if follow[:1].islower() or (_PROPERTY_LINE_RE.fullmatch(follow) and not LABEL_RE.match(follow)) or _caps_heading_goes_on(
            text[text.rfind("\n", 0, line_end) + 1:line_end], follow):
        return nxt
    if follow[:1].isdigit() and re.search(r"\d[–-]$", text[max(0, line_end - 8):line_end].rstrip(" \t")):
        return nxt  # "Handlingsplan 2037–" / "2039   Dnr ...": a span of years broken at its dash goes on below
    if _YEARS_LINE_RE.fullmatch(_without_dnr_cell(follow)) and len(line) > len(line.lstrip()):
        return nxt  # "4)  Handlingsprogram för ..." / "    2041–2044": no item's text is a span of years alone
        # (nor one with the row's dnr after it: "    2040–2050 – RUN/2039:276", "    2038      TN 2038/0006")
    if len(line) > len(line.lstrip()) and _separated_dnr_closing(follow) and not _is_label_opening(follow) \
            and _separated_dnr_closing(text[text.rfind("\n", 0, line_end) + 1:line_end]) is None:
        return nxt  # " 4  Avtal med Föreningen" / "    Exeby Idrottsallians (SN 2040/58)": the row's dnr closes its wrapped line
    if _NAME_REST_WITH_ORGNR_RE.fullmatch(follow) and _ENDS_IN_NAME_RE.search(text, max(0, line_end - 60), line_end):
        return nxt  # "... räddningsvärn med Exeby" / "Räddningsvärnsförening, org.nr ...": the name goes on with its number
    # A line ending in a preposition or conjunction goes on below, whatever the case there:
    # "Överenskommelse om partnerskap med" / "Föreningen Kvinnojouren Vildrosen".
    if follow[:1].isalnum() and _DANGLING_END_RE.search(text, max(0, line_end - 12), line_end):
        return nxt
    # ... and so does a table row's title cell that ends in one, the row's later cells closing the line
    # ("4   Upphandling av vinterväghållning i   TN 2037/0071   Eva Ek" / "Rörby och Norrby 2040–2043"),
    # its wrapped line alone below (an OCR sets it at the margin, its indent lost): not the next row.
    if (title and follow[:1].isalnum() and _DANGLING_END_RE.search(title.rstrip()) and "\t" not in follow
            and not _COLUMN_GAP_RE.search(follow)
            and not _HEAD_RE.match(line) and not _is_label_opening(follow) and not is_section_heading(follow)):
        return nxt
    # (A cell's wrapped line may open with a year: "Investeringsbudget för gator och parker" / "2038, totalt 6,2 mnkr".)
    if column and (follow[:1].isupper() or follow[:1].isdigit()) and len(line) - len(line.lstrip()) == column \
            and not re.search(r"\S(?:\t|[ ]{3,})\S", follow) and not _is_label_opening(follow) \
            and not is_section_heading(follow):
        # (a property's designation is no label: "Sicklaön 134:22 till X AB"; a section's heading under a
        # hanging indent, "Beslut", opens the item's text)
        return nxt
    return line_end


# A table of contents' row closed by its dot leader and page number ("... samhälle ........ 3").
_LEADER_PAGE_END_RE = re.compile(r"(?:\.{2,}|…)[ \t.…]*\d{1,4}$")


def _wraps_to_contents_page(title: str | None, line: str, follow: str) -> bool:
    """A table of contents' title wrapped before its leader: the row's line has no leader and page,
    the indented line under it ends in them and opens no row of its own ("3.  Ändring av detaljplan
    för Ekeby 1:4 m.fl.," / "    Ekeby samhälle ........ 3")."""
    return (title is not None and _cut_at_leader(title) == title and len(line) > len(line.lstrip())
            and _LEADER_PAGE_END_RE.search(follow) is not None and _HEAD_RE.match(follow) is None)


# A name's last words and its organisation number alone on a line: no item's text, the rest of a title
# that wrapped inside the name ("Avtal med Exeby" / "Skytteförening, org.nr 802000-0000").
_NAME_REST_WITH_ORGNR_RE = re.compile(r"[A-ZÅÄÖ][\wåäö&-]*(?:[ \t]+[\wåäö&-]+){0,3},?[ \t]*\(?(?i:org(?:anisations)?\.?[ \t]*(?:nr|nummer)\.?)"
                                      r"[ \t]*:?[ \t]*\d{6}-\d{4}\)?")
# ... over a line ending in a capitalised word after the preposition that opens the name.
_ENDS_IN_NAME_RE = re.compile(r"(?<![\wåäö])(?:med|till|från|för|åt|hos|av)[ \t]+[A-ZÅÄÖ][\wåäö&-]*(?:[ \t]+[A-ZÅÄÖ][\wåäö&-]*)?[ \t]*$")


# A label opening a line under an item's heading: "Föredragande: Eva Ek, ekonomichef" annotates the
# item, it does not go on with its title.
_LABEL_OPENING_RE = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:[ \t][\wåäö-]+)?[ \t]*:")


# A cell's edge: a wide gap of blanks (pdftotext -layout) or a tab (a PDF reader's table cells).
_CELL_GAP_RE = re.compile(r"(?<=\S)(?:[ ]{4,}|[ ]*\t[ \t]*)(?=\S)")


def _dnr_after_gap(line: str, indent: int):
    """The item's dnr ending ``line`` after a wide gap past ``indent``: (the gap's match, the dnr as
    _take_dnr gives it relative to the gap's end), or None."""
    gap = _CELL_GAP_RE.search(line, indent)
    if not gap:
        return None
    dnr = _take_dnr(line[gap.end():])
    if not dnr or dnr[0] != 0:
        return None
    after = line[gap.end() + dnr[1]:]
    if after.strip() and not _CELL_GAP_AFTER_DNR_RE.match(after):
        return None  # (a column right of the dnr's, "MBN 2041/63    Maja Rova": the presenter's cell, set apart)
    return gap, dnr


_CELL_GAP_AFTER_DNR_RE = re.compile(r"(?:[ ]{3,}|[ ]*\t[ \t]*)\S")


def _dnr_ending_line(text: str, start: int, end: int) -> tuple[int, str, tuple[int, int]] | None:
    """A wrapped title's second line whose right-hand column is the item's dnr, ending the line
    after a wide gap: (end of the words before the gap, dnr, its span), or None."""
    line = text[start:end]
    found = _dnr_after_gap(line, len(line) - len(line.lstrip(" \t")))
    if not found:
        labelled = _labelled_dnr_closing(text, start, end)
        if labelled is None and (closing := _separated_dnr_closing(line)) is not None:
            # "6. Remissvar på förslag till regional" / "cykelstrategi – RUN/2039:276"
            return start + closing[0], closing[3], (start + closing[1], start + closing[2])
        return labelled
    gap, dnr = found
    at = start + gap.end()
    return start + gap.start(), dnr[2], (at + dnr[0], at + dnr[1])


# A dnr closing a title's line after a dash or in brackets, with no label ("... 2040–2050 – RUN/2039:276",
# "... 2040–2043 (KN/2039:13)", "... i Exeby [SN 2041/19]"), as a meeting page sets it at the row's end.
_DNR_SEPARATOR_RE = re.compile(r"[ \t]+[–—-][ \t]+|[ \t]*[(\[]")
_CLOSING_BRACKET = {"(": ")", "[": "]"}


def _without_closing_dnr(line: str) -> str:
    """``line`` without a dnr closing it after a dash or in brackets."""
    closing = _separated_dnr_closing(line)
    return line[:closing[0]] if closing else line


def _without_dnr_cell(line: str) -> str:
    """``line`` (stripped) without a dnr closing it after a dash, in brackets or in a column of its own."""
    cell = _dnr_after_gap(line, 0)
    return line[:cell[0].start()] if cell else _without_closing_dnr(line)


def _separated_dnr_closing(line: str) -> tuple[int, int, int, str] | None:
    """(end of the words before the separator, the dnr's start and end, the dnr) of a line closed by
    its bare dnr after a dash or in brackets, or None."""
    for sep in _DNR_SEPARATOR_RE.finditer(line):
        dnr = _take_dnr(line[sep.end():])
        opening = sep.group().strip()
        if dnr and dnr[0] == 0 and not line[sep.end() + dnr[1]:].strip(" \t)]") and line[:sep.start()].strip() \
                and (opening not in _CLOSING_BRACKET or line[sep.end() + dnr[1]:].strip() == _CLOSING_BRACKET[opening]):
            return sep.start(), sep.end(), sep.end() + dnr[1], dnr[2]
    return None


_CLAUSE_OPEN_RE = re.compile(r"(?:^|,|\()[ \t]*")


def _labelled_dnr_closing(text: str, start: int, end: int) -> tuple[int, str, tuple[int, int]] | None:
    """A wrapped title's line closed by its dnr with a label in running text, after a comma or in
    brackets, or alone on the line under a comma ("... i" / "flerbostadshus, dnr 2040/44", "... i" /
    "norra distriktet (dnr 2040/33)", "... dagar," / "dnr 2040/58"): (the title's end before the
    comma or bracket, dnr, its span), or None."""
    line = text[start:end]
    for m in _CLAUSE_OPEN_RE.finditer(line):
        label = LABEL_RE.match(line, m.end())
        taken = take_value(line, label.end()) if label else None
        if label and taken and not line[taken[2]:].strip(" \t.)"):
            cut = start + m.start()
            while cut > 0 and text[cut - 1] in " \t\n,":
                cut -= 1
            return cut, _tidy_dnr(taken[0]), (start + label.start(), start + taken[2])
    return None


def _margin_dnr_cell(text: str, line_end: int, stop: int, column: int, title: str) -> tuple[int, int, str, tuple[int, int]] | None:
    """An old protocol's margin column under its § mark: the line below the head's title opens left
    of the title's ``column`` with the item's labelled dnr, and the title's wrapped end stands in its
    column right of it ("§ 43      Årsredovisning 2036 för Exeby" / "Dnr KS 2037/58      kommun").
    (the wrapped cell's start and end, the dnr, its span), or None. The cell is the title's only
    when it reads on from it (lower case, or after a word a heading cannot end on); the dnr is taken
    with it, as _dnr_on_next_line would take it."""
    nxt = _next_line_end(text, line_end, stop)
    if nxt is None:
        return None
    line = text[line_end + 1:nxt]
    indent = len(line) - len(line.lstrip(" "))
    if indent >= column or not LABEL_RE.match(line, indent):
        return None
    gap = _CELL_GAP_RE.search(line, indent)
    if gap is None or abs(gap.end() - column) > 1:
        return None
    dnr = _take_dnr(line[indent:gap.start()])
    if dnr is None or dnr[0] != 0 or line[indent + dnr[1]:gap.start()].strip():
        return None
    cell = line[gap.end():].rstrip()
    if (len(cell.split()) > MAX_CONTINUATION_WORDS or cell.endswith((".", ":", ";")) or is_section_heading(cell)
            or not (cell[:1].islower() or _DANGLING_END_RE.search(title.rstrip()) or _PROPERTY_LINE_RE.fullmatch(cell))):
        return None  # (a property's designation goes on with its title: "... fritidshus på fastigheten" / "Ekeby 2:14, Västerby")
    at = line_end + 1 + indent
    return line_end + 1 + gap.end(), line_end + 1 + gap.end() + len(cell), dnr[2], (at + dnr[0], at + dnr[1])


def _wrapped_cell_with_dnr(text: str, line_end: int, stop: int, column: int) -> tuple[int, tuple[str, tuple[int, int]]] | None:
    """A § heading that wrapped in pdftotext's columns with its dnr printed right of the wrapped
    part: the line below opens in the title's ``column`` with a few words, then a wide gap and the
    dnr ends the line ("        2036          Dnr KS 2035/0441", "        Ed 3:44       Dnr BMN 2036/0287").
    (end of the wrapped words, (dnr, span)), or None."""
    nxt = _next_line_end(text, line_end, stop)
    if nxt is None:
        return None
    line = text[line_end + 1:nxt]
    indent = len(line) - len(line.lstrip(" "))
    found = _dnr_after_gap(line, indent) if abs(indent - column) <= 1 else None
    if not found:
        return None
    gap, dnr = found
    cell = line[indent:gap.start()]
    if len(cell.split()) > MAX_CONTINUATION_WORDS // 2 or cell.endswith((".", ":")) or is_section_heading(cell):
        return None
    at = line_end + 1 + gap.end()
    return line_end + 1 + gap.start(), (dnr[2], (at + dnr[0], at + dnr[1]))


def _next_line_title(text: str, pos: int, stop: int, head: _Head) -> tuple[int, str, int]:
    """The title on the line(s) after a head standing alone ("§ 26" / "Title"), with a
    lower-case continuation line joined; a "Dnr" line below it, or a bare code and number, gives
    the item's dnr. Its start, text and end (past its last words over a page turn, if so)."""
    lines: list[tuple[int, int]] = []
    scan, limit = pos, min(len(text), stop)
    block_ends = False  # the heading's lines end in a blank line (or the item's end) after them
    page_turned = False
    while scan < limit and len(lines) < 4:
        s = scan + 1
        e = text.find("\n", s)
        e = len(text) if e < 0 else e
        scan = e
        line = text[s:e].strip()
        if not line:
            if len(lines) == 1 and head.dnr is None and _is_dnr_line(text[lines[0][0]:lines[0][1]]):
                continue  # "KF § 41" / "Dnr 2039/KS0061" / "" / "Title": the dnr's line stands apart above the title
            if lines:
                # OCR sets a blank line inside a heading: one cut after a word it cannot end on
                # ("... strategi för" / "" / "hälso- och sjukvårdens ...") goes on below it, in a
                # few words (a full line of prose below is the item's text).
                last_s, last_e = lines[-1]
                if len(lines) < 3 and _DANGLING_END_RE.search(text, max(last_s, last_e - 12), last_e) \
                        and _heading_rest_below(text, e, limit):
                    continue
                block_ends = True
                break
            continue
        if SIGNATURE_BOX.match(line):
            if lines:
                break  # "Title ending in av" / "Justerare sign ___": the page's foot ends the heading's lines here
            page_turned = True
            continue  # "§ 62" / "Justerandes sign" / (the next page) / "Title": the page's foot came between
        if not lines and page_turned and _repeats_first_page_head(text, line):
            continue  # ... and the next page's head ("Exeby kommun" / "Kommunstyrelsen ... 4 (20)")
        # Another head below ("§ 1" / "§ 2"): no title. Tested on the first line at once, before
        # the lines after it are read (a run of bare heads asks this for each of them).
        if not lines and _HEAD_RE.match(line) and not _TITLE_START_RE.match(line):
            return pos, "", pos
        lines.append((s, e))
    if not lines:
        return pos, "", pos
    first_s, first_e = lines[0]
    line = text[first_s:first_e]
    if head.dnr is None:
        dnr = _take_dnr(line)
        if dnr and not line[:dnr[0]].strip():  # "§ 26" / "Dnr KS 2031/14" / "Title"
            head.dnr, head.dnr_span = dnr[2], (first_s + dnr[0], first_s + dnr[1])
            lines = lines[1:]
            if not lines:
                return pos, "", pos
            first_s, first_e = lines[0]
    if head.dnr is None:
        line = text[first_s:first_e]
        found = _dnr_after_gap(line, len(line) - len(line.lstrip()))
        if found:  # "§ 62" / "      Title            KS 2040/0112": the dnr in a column right of the title below the bare head
            gap, dnr = found
            at = first_s + gap.end()
            head.dnr, head.dnr_span = dnr[2], (at + dnr[0], at + dnr[1])
            first_e = first_s + gap.start()
    title_end = min(first_e, first_s + MAX_TITLE)
    for s, e in lines[1:]:
        follow = text[s:e].strip()
        inner = _bracketed(follow)
        if head.dnr is None and (LABEL_RE.match(inner) or _is_bare_dnr_line(inner)):
            # "Dnr KS 2031/14", or a board's code and number alone ("§ 73" / "Title" / "TEKN 112/2033"),
            # or either in brackets ("Title" / "(Dnr BUN 2038/87)")
            dnr = _take_dnr(text[s:e])
            if dnr:
                head.dnr, head.dnr_span = dnr[2], (s + dnr[0], s + dnr[1])
            break
        if not follow[:1].islower() and not _YEARS_LINE_RE.fullmatch(follow) and not (
                block_ends and len(lines) == 2 and _wraps_to(text[first_s:first_e].strip(), follow)) \
                and not _goes_on_below(text, title_end, follow) and not _PROPERTY_LINE_RE.fullmatch(follow) \
                and not _caps_heading_goes_on(text[first_s:first_e], follow):
            break
        title_end = min(e, s + MAX_TITLE)
    title = text[first_s:title_end]
    turned = _rest_over_page_turn(text, title_end, limit, title) if title_end == lines[-1][1] else None
    lead = len(title) - len(title.lstrip())
    if turned is not None:  # "§ 113" / "Bidrag till ... för restaurering av" / (the page's foot and the next head) / "smedjan vid X"
        return first_s + lead, title[lead:].rstrip() + " " + text[turned[0]:turned[1]], turned[1]
    return first_s + lead, title[lead:], first_s + len(title)


_FIRST_PAGE_HEAD_LINES = 6
_HEAD_DIGITS_RE = re.compile(r"\d+")


def _folded_head_line(s: str) -> str:
    return " ".join(_HEAD_DIGITS_RE.sub("0", s).split()).casefold()


@functools.lru_cache(maxsize=4)
def _first_page_head(text: str) -> frozenset[str]:
    """The first page's head lines, folded (_folded_head_line); once per text, not once per title asking."""
    start = len(text) - len(text.lstrip())
    lines = []
    while len(lines) < _FIRST_PAGE_HEAD_LINES and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        lines.append(text[start:end])
        start = end + 1
    return frozenset(_folded_head_line(first) for first in lines if first.strip())


def _repeats_first_page_head(text: str, line: str) -> bool:
    """The line is one of the first page's head lines again, its page number aside: a running head."""
    return _folded_head_line(line) in _first_page_head(text)


# A gap between two columns of a layout (words of one cell are one space apart, at most three
# in justified text).
_COLUMN_GAP_RE = re.compile(r"(?<=\S)[ ]{4,}(?=\S)")
# A person's name in a column right of a title that filled its cell, a narrow gap between ("... omsorg  Helena Roos").
_NAME_CELL_END_RE = re.compile(r"(?<=\S)[ ]{2,3}([A-ZÅÄÖ][a-zåäöé]+)[ ]+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?[ \t]*$")
# A heading's line cut after a word that cannot end it.
_DANGLING_WORDS = ("med", "om", "för", "av", "till", "på", "i", "och", "samt", "inom", "vid", "från", "mellan", "enligt", "mot",
                   "längs", "utmed", "över", "under", "efter", "hos", "genom", "kring", "inför", "bland")
# (a heading in capitals dangles as its mixed-case form does, "AVTAL MED FÖRENINGEN FÖR" / "...": the same
# words in capitals; not "I", a roman numeral there as often: "ETAPP I")
_DANGLING_END_RE = re.compile(r"(?<![\wåäöÅÄÖ-])(?:" + "|".join(_DANGLING_WORDS) + "|"
                              + "|".join(w.upper() for w in _DANGLING_WORDS if w != "i") + r")[ \t]*$")
# A property's designation alone on a line under a heading is the heading's end ("Nybyggnad av garage" /
# "Norrby 3:14", "Försäljning av fastigheten" / "Ekeby 1:2 och 1:5"): a bygglov's or sale's matter names it
# (with its village or parish after a comma: "Ekeby 2:14, Västerby").
_PROPERTY_LINE_RE = re.compile(r"(?:[Ff]astigheten[ \t]+)?[A-ZÅÄÖ][\wåäö-]*(?:[ \t][A-ZÅÄÖ][\wåäö-]*){0,2}[ \t]+\d{1,4}:\d{1,4}"
                               r"(?:[ \t]*(?:,|och)[ \t]*\d{1,4}:\d{1,4})*(?:,[ \t]*[A-ZÅÄÖ][a-zåäö-]+(?:[ \t][A-ZÅÄÖ][a-zåäö-]+)?)?")
# A line of nothing but a year or a span of years ends a heading that wrapped before it
# ("Handlingsplan mot våld i nära relationer" / "2037–2039"): no item's text is only that.
_YEARS_LINE_RE = re.compile(r"(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)?\d\d)?")


def _bracketed(line: str) -> str:
    """A line's text inside the brackets that enclose all of it ("(Dnr BUN 2038/87)"), else the line."""
    if line.startswith("(") and line.endswith(")"):
        return line[1:-1].strip()
    return line


def _goes_on_below(text: str, line_end: int, follow: str) -> bool:
    """A heading's line cut where it cannot end — after a comma, a preposition or "och", or an
    organisation's definite head after its preposition ("... med Stiftelsen" / "Barnens Gård") — goes on
    in the short line below, whatever its case ("Bygglov för tillbyggnad av förråd," / "Ekeby 2:3",
    "Avtal om drift av badhuset med" / "Simklubben Delfinen"), unless that line is a label's or ends
    a sentence."""
    before = text[max(0, line_end - 12):line_end].rstrip(" \t")
    if not (before.endswith(",") or _DANGLING_END_RE.search(before) or _ends_in_bare_head(text, line_end)):
        return False
    return (0 < len(follow.split()) <= MAX_REST_WORDS and follow[:1].isalnum() and not follow.endswith((".", ":", ";"))
            and not _is_label_opening(follow) and not is_section_heading(follow))


_PREPOSITION_HEAD_RE = re.compile(r"(?<![\wåäö-])(?:med|till|från|för|åt|av|hos)[ \t]+([A-ZÅÄÖ][a-zåäö]+)[ \t]*$")


def _ends_in_bare_head(text: str, line_end: int) -> bool:
    """The line ends in an organisation's definite head after its preposition ("... med Stiftelsen"):
    no name yet, it goes on below."""
    m = _PREPOSITION_HEAD_RE.search(text, max(0, line_end - 30), line_end)
    return m is not None and m.group(1).lower() in DEFINITE_ORG_HEADS


def _is_label_opening(line: str) -> bool:
    """_LABEL_OPENING_RE's label, not a property's designation ("Ekeby 2:3" is no "Ekeby 2" label)."""
    label = _LABEL_OPENING_RE.match(line)
    return label is not None and not line[label.end():label.end() + 1].isdigit()


def _caps_heading_goes_on(first: str, follow: str) -> bool:
    """A heading in capitals wrapped over a short line in capitals ("BORGEN FÖR EXEBY" / "BOSTÄDER AB"):
    no item's text is written so; a section's heading in capitals ("BESLUT") is no part of it, nor a
    board's code and number ("SOCN 41/2037") or a dnr."""
    letters = [c for c in first + follow if c.isalpha()]
    return (len(letters) >= 6 and all(c.isupper() for c in letters) and 0 < len(follow.split()) <= MAX_REST_WORDS
            and not follow.endswith((".", ":", ";")) and not is_section_heading(follow) and not _HEAD_RE.match(follow)
            and not LABEL_RE.match(follow) and not _is_bare_dnr_line(follow) and not _EARLIER_HANDLING_RE.match(follow))


def _in_capitals(title: str) -> bool:
    """A heading typed in capitals: six letters at least, none in lower case."""
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def _caps_over_mixed(first: str, follow: str) -> bool:
    """A heading typed in capitals over a line in lower-case letters ("DETALJPLAN FÖR X" / "Yttrande
    i samrådsskedet"): a subheading or the item's text, not the heading's wrapped end, which a
    heading in capitals wraps in capitals too ("AVTAL OM SKÖTSEL" / "AV BYPARKEN")."""
    # (unless the capitals stop on a word that cannot end a heading: "DELÅRSRAPPORT FÖR" / "Exeby kommun")
    return _in_capitals(first) and any(c.islower() for c in follow) and not _DANGLING_END_RE.search(first.rstrip())


def _heading_rest_below(text: str, blank_end: int, limit: int) -> bool:
    """The line after the blank line ending at ``blank_end`` is a heading's last words: short,
    with no sentence's or clause's end."""
    if text[blank_end + 1:blank_end + 2] in ("\n", ""):
        return False
    e = text.find("\n", blank_end + 1, limit)
    follow = text[blank_end + 1:limit if e < 0 else e].strip()
    return 0 < len(follow.split()) <= MAX_REST_WORDS and "," not in follow and not follow.endswith((".", ";", ":"))


def _wraps_to(first: str, follow: str) -> bool:
    """A heading's long line wrapped at its column's edge, its last words alone on the line below
    and the heading's block ending there: "Val av ledamot efter Lars-Åke" / "Fredriksson (L)",
    "Ansvarsfrihet för nämnderna år" / "2033". A short heading's next line is something else."""
    if len(first) < WRAPPED_LINE or first.endswith((".", ":", ";")) or follow.endswith((".", ":", ";")) \
            or is_section_heading(follow) or _caps_over_mixed(first, follow) or _PAGE_CELL_RE.fullmatch(follow):
        return False  # ("Årsredovisning 2039 för X" / "3": a table of contents' page cell read after its title)
    if len(follow) <= 30 and len(follow.split()) <= 3:
        return True
    # The name that ended the long line goes on below, then the heading's phrase after it:
    # "... partnerskap med Brottsofferjouren" / "Dalsland–Vänersborg om stöd till våldsutsatta".
    return len(follow) <= MAX_NAME_THEN_PHRASE and _NAME_THEN_PHRASE_RE.match(follow) is not None


_PAGE_CELL_RE = re.compile(r"\d{1,3}(?:[ \t]*[-–—]{1,2}[ \t]*\d{1,3})?")  # "3", a range "12 - 14" (OCR: "12 —- 14")
MAX_NAME_THEN_PHRASE = 60  # characters of a wrapped heading's line that closes a name and adds a phrase
_NAME_THEN_PHRASE_RE = re.compile(
    r"[A-ZÅÄÖ][\wåäö–-]*(?:[ \t]+[A-ZÅÄÖ][\wåäö–-]*){0,2}[ \t]+(?:om|för|till|med|i|på|av|avseende|angående)"
    r"(?:[ \t]+[\wåäö–-]+){1,5}")


def _is_matter_title(title: str) -> bool:
    """A heading naming a matter: a short phrase, not a sentence with a decision verb."""
    words = title.split()
    if len(words) >= 8 and title.rstrip().endswith("."):
        return False  # a sentence
    return 0 < len(words) <= 30 and _CLAUSE_RE.search(" ".join(words[:12])) is None


def _ends_in_page_numbers(chain: list[_Head]) -> bool:
    """A table of contents: most titles end in a page number."""
    ends = sum(1 for h in chain if _PAGE_TAIL_RE.search(h.title) or _cut_at_leader(h.title) != h.title)
    return ends * 5 >= len(chain) * 3


def _repeats_a_header(chain: list[_Head]) -> bool:
    """Page numbers before a repeated page header are no agenda ("2 KOMMUN PROTOKOLL ...")."""
    starts = [" ".join(h.title.split()[:3]).casefold() for h in chain if h.title.strip()]
    return len(starts) >= 2 and len(set(starts)) * 2 <= len(starts)


def _near_meeting_words(text: str, pos: int) -> bool:
    """Whether the meeting's words stand in the stretch of text before ``pos`` (substring
    search in a bounded window: one pattern over the whole text would cost more than the rest)."""
    window = text[max(0, pos - MEETING_CONTEXT):pos]
    low = window.lower()
    return any(word in low for word in _MEETING_WORDS) or _MEETING_HEADING_RE.search(window) is not None


# A protocol's own list of its paragraphs: "Paragrafer §§ 30-31", "§§ 30–31".
_PARA_RANGE_RE = re.compile(r"§§[ \t]*(\d+)[ \t]*[-–—][ \t]*(\d+)")


def _declared_range(chain: list[_Head], text: str) -> bool:
    """The protocol names the run's first and last § as its paragraphs before the run: a flattened
    protocol of two items, no references in running text."""
    first, last = _number_key(chain[0].number), _number_key(chain[-1].number)
    return any(_number_key(m.group(1)) == first and _number_key(m.group(2)) == last
               for m in _PARA_RANGE_RE.finditer(text, max(0, chain[0].start - 2000), chain[0].start))


def _caps_agenda(chain: list[_Head], titled: list[_Head], text: str) -> bool:
    """A numbered list from 1 whose titles in capitals mostly differ: an agenda printed in capitals
    (or by a converter that capitalises headings), not page numbers before a letterhead, which
    start at a later page and repeat the same words. (Two matters may open alike: "BESLUT OM
    ANSVARSFRIHET", "BESLUT OM ARVODEN".)"""
    starts = {" ".join(h.title.split()[:2]).casefold() for h in titled}
    # (a later page of an agenda starts past 1: "7. UPPHANDLING AV X" / "Dnr TN 2040/0207", its dotted rows
    # carrying their matters' dnr, as no page number does; nor is a page number a web page's bullet, "•   7")
    bulleted = all(_BULLET_RE.search(text, h.line_start, h.start) for h in chain)
    opens = chain[0].value == 1 or bulleted or (all(h.dotted for h in chain) and sum(1 for h in chain if h.dnr) >= 2)
    return opens and len(titled) >= (2 if bulleted else 3) and len(starts) * 4 >= len(titled) * 3


def _lists_people(title: str) -> bool:
    """Names with their parties ("Anna Ek (S), Per Lund (M)", "Ja: Eva Berg (C)"): capitalised words
    up to the first party. A matter names its mover in a phrase ("Motion från Eva Berg (C) om ...")."""
    m = _PARTY_RE.search(title)
    return m is not None and all(w[:1].isupper() for w in title[:m.start()].split())


def _is_agenda(chain: list[_Head], text: str) -> bool:
    kind = chain[0].kind
    titled = [h for h in chain if h.title.strip()]
    if len(titled) < 2 or _repeats_a_header(chain):
        return False
    if sum(1 for h in titled if _ATTACHMENT_RE.match(h.title.strip())) * 2 >= len(titled):
        return False
    if sum(1 for h in titled if _CAPS_WORD_RE.match(h.title.strip())) * 2 > len(titled) and not (
            (kind == "para" or _caps_agenda(chain, titled, text)) and all(h.at_line_start for h in chain)):
        # "2 PROTOKOLL DATUM ...": page numbers before a letterhead. (§ heads opening their lines are
        # items whatever their case: Finland-Swedish protocols print matters' titles in capitals.)
        return False
    if kind in _PLAIN and sum(1 for h in chain if h.run_on and h.at_line_start) * 2 > len(chain):
        return False  # page numbers of a transcript, each before a whole page of text
    if sum(1 for h in titled if _lists_people(h.title)) * 2 > len(titled):
        return False
    if any(_REPORT_SECTION_RE.fullmatch(_tidy_title(h.title, True)) for h in titled):
        return False
    matter_like = sum(1 for h in titled if _is_matter_title(_tidy_title(h.title, False)))
    if matter_like * 3 < len(titled) * 2:
        return False
    if kind not in _PLAIN:
        # A § run of references in running text ("... deltar § 12") has no heads at line start
        # and nothing but text around them; real flattened lists have several titled heads.
        # (or a flattened pair whose titles each have their dnr after them: "§ 46 – Title Dnr: X ... § 47 – Title Dnr: Y")
        return (any(h.at_line_start for h in chain) or len(titled) >= 3 or _declared_range(chain, text)
                or sum(1 for h in titled if h.dnr) >= 2)
    with_dnr = sum(1 for h in chain if h.dnr)
    procedural = any(_PROCEDURAL_RE.match(h.title.strip()) for h in titled)
    if len(chain) < 3 and with_dnr < 2 and not procedural:
        return False
    if not (with_dnr >= 2 or procedural or _near_meeting_words(text, chain[0].start)):
        return False  # numbered sections of an agreement or a report
    first = chain[0]
    opening = _list_opening(text, first)
    before = text[max(0, opening - 80):opening]
    if _LIST_INTRO_RE.search(before):
        return False
    if not first.at_line_start and _LIST_INTRO_RE.search(text, max(0, (flat := _flat_list_opening(text, first)) - 80), flat):
        return False  # a flattened decision's numbered points: "... Nämndens beslut 1. Taxan antas. 2. ..."
    if not first.at_line_start and before.rstrip().endswith(":") and with_dnr < 2:
        return False
    if not any(h.at_line_start for h in chain) and with_dnr < 2:
        # Flattened lists: items follow closely, each a short heading, not a sentence.
        if sum(1 for h in titled if h.title.rstrip().endswith(".")) * 2 > len(titled):
            return False
        gaps = [b.start - a.start for a, b in zip(chain, chain[1:])]
        if max(gaps) > 400:
            return False
    return True


# A line opening with a number and a point: a list's entry ("1. fördela ..."), whatever its case.
_ENTRY_NUMBER_RE = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]")
_ENTRY_LINES_BACK = 4  # lines an entry left out of the run may wrap over


MAX_FLAT_ENTRY = 600  # characters a flattened list's entry left out of the run may take before the next


def _flat_list_opening(text: str, first: _Head) -> int:
    """Where a list inside a flattened line begins: its lower entries that the run left out (their
    text in lower case: "beslutar att 1. fördela ..., 2. Exeby IF erhåller ...") go before its first head."""
    opening, value = first.start, int(first.value)
    while value > 1:
        entry = None
        for entry in re.compile(r"(?<![\w.,])%d[.)][ \t]" % (value - 1)).finditer(text, max(0, opening - MAX_FLAT_ENTRY), opening):
            pass
        if entry is None:
            break
        opening, value = entry.start(), value - 1
    return opening


def _list_opening(text: str, first: _Head) -> int:
    """Where a plain list begins: its lower entries that the run left out (their text opens in lower
    case after "Nämnden beslutar att", "1. fördela ...") go before its first head, so that the words
    introducing the list are read where they stand."""
    opening, value = first.line_start, first.value
    while value > 1:
        line_start, found = opening, None
        for _ in range(_ENTRY_LINES_BACK):
            if line_start == 0:
                break
            line_start = text.rfind("\n", 0, line_start - 1) + 1
            entry = _ENTRY_NUMBER_RE.match(text, line_start, line_start + 8)
            if entry:
                found = line_start if int(entry.group(1)) == value - 1 else None
                break
        if found is None:
            break
        opening, value = found, value - 1
    return opening


def _drop_stray_heads(chain: list[_Candidate]) -> list[_Candidate]:
    """In line-structured text an item starts a line (or follows one that does, on a line the
    run started): a head in the middle of other text is a reference ("... chef § 12")."""
    at_start = sum(h[_AT_LINE_START] for h in chain)
    if at_start < 2 or at_start == len(chain):
        return chain  # a flattened list: heads are inline by nature (or none is inline)
    line_starts = {h[_LINE_START] for h in chain if h[_AT_LINE_START]}
    return [h for h in chain if h[_AT_LINE_START] or h[_LINE_START] in line_starts]


# Substrings every proposal or decision heading has ("beslut", "förslag", "yrkar", "föreslår", OCR'd "foreslar").
_PROPOSAL_HINTS = ("eslut", "rslag", "yrka", "resl")


class _DecisionReader:
    """Decision points of an item: the numbered points or att-clauses under the first proposal
    or decision heading inside it ("Förslag till beslut", "Beslut", "Nämnden beslutar").
    The document's sections are found once; each item reads only its own lines."""

    def __init__(self, text: str, lines: list[tuple[int, int, str]]):
        from docparse.structure.sections import find_sections

        self.lines = lines
        self.starts = [s for s, _e, _l in lines]
        # Only lines that can be a proposal or decision heading go to the section finder.
        # (A motion's "yrkar vi", "Jag föreslår därför" too: its att-clauses are the item's proposal.)
        maybe = [ln for ln in lines if len(ln[2]) <= 120 and any(w in ln[2].lower() for w in _PROPOSAL_HINTS)]
        self.heads = [sec.heading_span[0] for sec in find_sections(maybe, len(text), sides=False)
                      if sec.kind in ("proposal", "decision")]

    def points(self, span: tuple[int, int]) -> list[dict]:
        from docparse.structure.points import labelled_decision, read_points, subject_decision

        hi = bisect.bisect_left(self.starts, span[1])
        k = bisect.bisect_left(self.heads, span[0])
        if k < len(self.heads) and self.heads[k] < span[1]:
            # The item's own labelled proposal on its line comes before a heading further on, a paper's
            # placed after the agenda ("5. Delegationsbeslut" / "Förslag till beslut: Redovisningen godkänns."
            # ... "Förslag till beslut" over item 3's tjänsteskrivelse).
            lo = bisect.bisect_left(self.starts, span[0])
            labelled = labelled_decision(self.lines[lo:bisect.bisect_left(self.starts, self.heads[k])])
            if labelled:
                return labelled
        while k < len(self.heads) and self.heads[k] < span[1]:
            i = bisect.bisect_left(self.starts, self.heads[k])
            points = read_points(self.lines[i + 1:hi], 0)
            if points:
                return points
            k += 1
        # No heading: the body's proposal or decision opens the list itself ("Utskottet föreslår
        # nämnden besluta" / "att ...", "Nämnden beslutar att ..."), as a single matter's may,
        # or follows its label on its line ("Beslut: Nämnden godkänner avtalet.").
        own = self.lines[bisect.bisect_left(self.starts, span[0]):hi]
        return subject_decision(own) or labelled_decision(own)


def _title_key(head: _Head) -> tuple[float, str]:
    return head.value, " ".join(head.title.split())[:20].casefold()


def _selects_from(marked: list[_Head], listed: list[_Head]) -> bool:
    """Every titled head of the ``marked`` run names a matter of the ``listed`` run: the head of its
    number there shares a word of four letters or more with it (_share_a_word)."""
    by_value = {h.value: h for h in listed}
    titled = [h for h in marked if h.title.strip()]
    return bool(titled) and all(h.value in by_value and _share_a_word(h.title, by_value[h.value].title) for h in titled)


def _main_numbering(chains: list[list[_Head]]) -> list[list[_Head]]:
    """The runs that number the document's own matters.

    Protocols number their matters by §: a plain numbered list among them belongs to an item,
    unless it repeats the § items (a table of contents without § signs). A § run that starts
    over below the longest run's numbers is an appended paper's own numbering (a negotiation
    protocol attached to a §), not the document's."""
    marked = [c for c in chains if c[0].kind not in _PLAIN]
    if not marked:
        return chains
    main = max(marked, key=len)
    lowest = min(h.value for h in main)
    marked = [c for c in marked if c is main or max(h.value for h in c) >= lowest]
    known = {_title_key(h) for c in marked for h in c}
    # (A longer plain list holding every matter of the marked run is the agenda, the marked run a selection of
    # it: a bundle's contents page "Ärende 4 ... 3" / "Ärende 5   Tjänsteskrivelse – Title ... 5" over the
    # kallelse's "1." to "8.", each marked title sharing a word with the listed title of its number.)
    plain = [c for c in chains if c[0].kind in _PLAIN and (sum(_title_key(h) in known for h in c) * 2 >= len(c) or (
        len(c) > len(main) and _selects_from(main, c)))]
    return [c for c in chains if any(c is m for m in marked + plain)]


def _contents_headings(text: str) -> list[tuple[int, int]]:
    """Where a table of contents is announced ("Innehållsförteckning:", "Ärendelista"), by
    substring search in the lower-cased text (a case-blind pattern over all of it is slow)."""
    low, found = text.lower(), []
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): offsets would shift
        return [(m.start(), _AFTER_CONTENTS_WORD_RE.match(text, m.end()).end())
                for m in re.finditer("|".join(_CONTENTS_WORDS), text, re.I)]
    for word in _CONTENTS_WORDS:
        pos = low.find(word)
        while pos >= 0:
            if pos == 0 or not low[pos - 1].isalnum():
                end = _AFTER_CONTENTS_WORD_RE.match(text, pos + len(word)).end()
                found.append((pos, end))
            pos = low.find(word, pos + len(word))
    return sorted(found)


def _unnumbered_contents(text: str) -> list[Item]:
    """The entries of a protocol's or agenda's table of contents that lost their numbers:
    titles each ending in a dot leader and a page number, pages not decreasing."""
    for heading_start, heading_end in _contents_headings(text):
        if not _PROTOCOL_RE.search(text, max(0, heading_start - MEETING_CONTEXT), heading_start):
            continue
        entries: list[Item] = []
        pos, last_page = heading_end, 0
        while True:
            m = _TOC_ENTRY_RE.match(text, pos)
            if not m or int(m.group(2)) < last_page:
                break
            title = " ".join(m.group(1).split()).rstrip(" .:;,")
            if not title or not title[0].isupper() or _HEAD_RE.match(title):
                break
            entries.append(Item(number=None, title=title, dnr=None, span=(m.start(1), m.end()),
                                title_span=(m.start(1), m.start(1) + len(m.group(1).rstrip()))))
            pos, last_page = m.end(), int(m.group(2))
        if len(entries) >= MIN_CONTENTS_ENTRIES:
            return entries
    return []


# A web page summing up a meeting heads each matter by a line of its own with no number, and closes
# it with the decision: "Beslut: Enligt förslag.", "Beslutet blev enligt förslaget.", or the body's
# proposal "Regionstyrelsen föreslår regionfullmäktige besluta att ...".
_MATTER_DECIDED = re.compile(r"^[ \t]*(?:beslut(?:et)?[ \t]*:|beslutet[ \t]+blev\b)|"
                             r"\bföreslår[ \t]+[\wåäö-]+[ \t]+(?:att[ \t]+)?besluta[ \t]+att\b", re.I | re.M)
# The proposal's att-clause, to the end of its sentence.
_PROPOSED_ATT = re.compile(r"\bföreslår[ \t]+[\wåäö-]+[ \t]+(?:att[ \t]+)?besluta[ \t]+(att\b[^\n]*?[.!])(?=[ \t]*(?:\n|$)|[ \t]+[A-ZÅÄÖ])",
                           re.I)
_MATTER_HEADING_WORDS = (2, 15)
MIN_MATTERS = 2


def _matter_heading(line: str) -> bool:
    """A line that can head a matter: a capital first, a few words, no sentence's or label's end."""
    s = line.strip()
    n = len(s.split())
    return (_MATTER_HEADING_WORDS[0] <= n <= _MATTER_HEADING_WORDS[1] and s[:1].isupper()
            and not s.endswith((".", ":", ";", ",", "!", "?")) and not re.search(r"[\t|]|[ ]{2,}", s))


def _unnumbered_matters(text: str, lines: list[tuple[int, int, str]]) -> list[Item]:
    """The matters of a page summing up a meeting: unnumbered heading lines (a blank line above and
    below), each section closed by its decision; two at least. Headings over no decision of their
    own (a group heading, an image's caption, the page's headline) are no matters."""
    if not _MATTER_DECIDED.search(text):
        return []
    headings = []
    for k, (s, e, line) in enumerate(lines):
        if not _matter_heading(line):
            continue
        above = k == 0 or not lines[k - 1][2].strip()
        below = k + 1 < len(lines) and not lines[k + 1][2].strip()
        if above and below:
            headings.append((s, e, line))
    items = []
    for i, (s, e, line) in enumerate(headings):
        stop = headings[i + 1][0] if i + 1 < len(headings) else len(text)
        if not _MATTER_DECIDED.search(text, e, stop):
            continue
        att = _PROPOSED_ATT.search(text, e, stop)
        points = [{"number": 1, "text": " ".join(att.group(1).split())}] if att else []
        title_start = s + len(line) - len(line.lstrip())
        items.append(Item(number=None, title=" ".join(line.split()), dnr=None, span=(s, stop),
                          title_span=(title_start, title_start + len(line.strip())), decision_points=points,
                          summed_up=True))
    return items if len(items) >= MIN_MATTERS else []


# A matter's paragraph on a summing-up page tells its decision in the past ("godkände", "avslogs"; as
# _DECIDED_PAST) or as news in the present ("Regionen tecknar ...", "Föreningen får 65 000 kronor",
# "föreslår fullmäktige att ...", "gav förvaltningen i uppdrag", "Avgiften höjs till ..."); the page's
# own lead ("sammanträdde ... Här är några av besluten") tells none.
_TOLD_DECISION = re.compile(
    r"(?<![\wåäö])(?:beslutar|godkänner|beviljar|antar|fastställer|avslår|bifaller|föreslår|föreslog|tecknar|tecknade|"
    r"får|fick|gav|ger|uppdrar|uppdrog|lämnade|lämnar|valde|valdes|tillstyrker|tillstyrkte|ingår|ingick|ansåg|besvarade|"
    r"höjs|höjdes|sänks|sänktes|inrättas|införs|säljs|satsar|avsätter|avsatte|klubbade|klubbades|beslöts|beslutades|"
    r"godkänns|antas|beviljas|avslås|bifalls|sa[ \t]+(?:ja|nej)|ansluter|"
    r"(?:går|gick)[ \t]+till)(?![\wåäö])", re.I)  # ("Årets kulturpris på 20 000 kronor går till ...": an award told)
SUMMARY_HEAD_REACH = 1000  # characters of the body over the page's summing-up headline


def _summary_headline_end(text: str, lines: list[tuple[int, int, str]]) -> int | None:
    """Where the headline ends that names the page a summing-up of a meeting's decisions."""
    for s, e, line in lines:
        if s > SUMMARY_HEAD_REACH:
            break
        if len(line.split()) <= _MATTER_HEADING_WORDS[1] and SUMMARY_HEADLINE.fullmatch(line):
            return e
    return None


def _aside(line: str) -> bool:
    """A line beside a matter's paragraph that is none of its prose: a link to a file ("Underlag för
    ärendet (pdf)") or the matter's dnr ("RS 2041/0344", "Diarienummer: RV 2040/1187")."""
    return bool(FILE_LINK_LINE.fullmatch(line)) or _is_dnr_line(line)


_CUT_PARAGRAPH_WORDS = 8


def _prose_below(lines: list[tuple[int, int, str]], k: int) -> bool:
    """Whether a paragraph of prose stands under line k, right below or after one blank line: it
    opens a sentence with a capital and ends one. A link to a file or the dnr may stand between or
    after it."""
    j = k + 1
    while j < len(lines) and j <= k + 3 and (not lines[j][2].strip() or _aside(lines[j][2])):
        j += 1
    block = []
    while j < len(lines) and lines[j][2].strip():
        if not _aside(lines[j][2]):
            block.append(lines[j][2].strip())
        j += 1
    if not block or not block[0][:1].isupper():
        return False
    if block[-1].endswith((".", "!", "?", "\u201d", '"')):
        return True
    # (the excerpt cut inside the paragraph, mid-sentence: the text's last lines, a sentence's worth of
    # words, the last one in lower case; not a contact box's lines, "Eva Ek, kommunsekreterare" / "0640-123 45")
    at_end = len(lines) - j <= 2 and all(not lines[x][2].strip() for x in range(j, len(lines)))
    return (at_end and block[-1][-1:].islower() and block[-1][-1:].isalpha()
            and sum(len(b.split()) for b in block) >= _CUT_PARAGRAPH_WORDS)


# Headings of a summing-up page that head no matter: the next meeting, the minutes, where to read more.
_NOT_A_MATTER = re.compile(r"[ \t]*(?:nästa[ \t]+(?:sammanträde|möte)|kommande[ \t]+(?:sammanträde|möte)|protokoll|"
                           r"läs[ \t]+mer|mer[ \t]+information|kontakt|frågor|handlingar|se[ \t]+mötet|webbsändning)", re.I)


def _summary_heading(line: str) -> bool:
    """A summing-up page's matter heading: as _matter_heading, or one capitalised word ("Fyllnadsval",
    "Årsredovisning"): the paragraph under it must still tell a decision."""
    s = line.strip()
    return _matter_heading(line) or (s.isalpha() and s[:1].isupper() and len(s) > 3)


def _section_dnr(text: str, lines: list[tuple[int, int, str]], k: int, stop: int) -> tuple[str, tuple[int, int]] | None:
    """The dnr alone on a line of the matter's section, under its heading or after its paragraph."""
    for j in range(k + 1, len(lines)):  # (no slice of the rest of the lines: one walk per section)
        s, _e, line = lines[j]
        if s >= stop:
            break
        if _is_dnr_line(line):
            dnr = _take_dnr(line)
            if dnr:
                return dnr[2], (s + dnr[0], s + dnr[1])
    return None


def _summed_up_headings(text: str, lines: list[tuple[int, int, str]]) -> list[Item]:
    """The matters of a page whose headline names it a summing-up of a meeting ("Beslut i korthet
    från ...", "Detta beslutade ..."): heading lines after the headline (a blank line above), each
    over a paragraph that tells a decision (or closed by "Beslut: ..."); a bold heading copied as
    plain text stands right over its paragraph. A heading over no decision (the lead's "Sammanträdet i korthet", a contact box) is no
    matter; a dnr in brackets ending the heading, or alone on a line of its section, is the matter's."""
    head_end = _summary_headline_end(text, lines)
    if head_end is None:
        return []
    heads = [k for k, (s, e, line) in enumerate(lines)
             if s > head_end and k and not lines[k - 1][2].strip() and _summary_heading(line)
             and not FILE_LINK_LINE.fullmatch(line) and not DATELINE_OPENING.match(line.strip())
             and not _DANGLING_END_RE.search(line.rstrip()) and _prose_below(lines, k)]
    items = []
    stops = [lines[h][0] for h in heads[1:]] + [len(text)]
    told = [bool(_TOLD_DECISION.search(text, lines[k][1], stop) or _DECIDED_PAST.search(text, lines[k][1], stop)
                 or _MATTER_DECIDED.search(text, lines[k][1], stop))
            for k, stop in zip(heads, stops)]
    many = sum(told) >= MIN_MATTERS
    first_told = told.index(True) if True in told else len(told)
    for i, k in enumerate(heads):
        s, e, line = lines[k]
        stop = stops[i]
        if not told[i] and not (many and i > first_told and not _NOT_A_MATTER.match(line)):
            # (a heading among told matters, after the first, over its paragraph is one too, its
            # decision told as a change: "Nya öppettider" / "Från den 1 januari öppnar biblioteket ...")
            continue
        _s, title_start, title_end, dnr, dnr_span = _row_with_dnr(s, line)
        below = _section_dnr(text, lines, k, stop) if dnr is None else None
        if below:
            dnr, dnr_span = below
        items.append(Item(number=None, title=" ".join(text[title_start:title_end].split()), dnr=dnr, span=(s, stop),
                          title_span=(title_start, title_end), dnr_span=dnr_span, summed_up=True))
    return items if len(items) >= MIN_MATTERS else []


# An agenda without numbers: each matter a heading line (or two, the second going on in lower case)
# over its diarienummer alone on the next line ("Taxa för hamnavgifter 2041" / "Ärendenummer TN
# 2040/131"), set apart by a blank line above, the meeting's words before the first.
MIN_UNNUMBERED_ROWS = 3
MAX_ROW_WORDS = 15


def _row_heading(line: str) -> bool:
    """A line that can head an agenda's row: a capital first, a few words, no sentence's or label's
    end, no column's gap, no decision's verb."""
    s = line.strip()
    return (0 < len(s.split()) <= MAX_ROW_WORDS and s[:1].isupper() and not s.endswith((".", ":", ";", ",", "!", "?"))
            and not re.search(r"[\t|]|[ ]{2,}", s) and not _CLAUSE_RE.search(s) and not _is_dnr_line(s))


# A protocol's decision heading alone on its line: "Beslut", "Kommunstyrelsens beslut", "Arbetsutskottets
# förslag till kommunstyrelsen", "Förslag till beslut".
_DECISION_HEADING_RE = re.compile(r"^[ \t]*(?:[A-ZÅÄÖ][\wåäö-]*[ \t]+)?(?:beslut|förslag(?:[ \t]+till[ \t]+[\wåäö-]+)?)[ \t]*:?[ \t]*$",
                                  re.I | re.M)
MIN_DECIDED_ROWS = 2  # a protocol's page of two matters, each with its decision heading


def _each_decided(text: str, starts: list[int]) -> bool:
    """Whether each row's section (to the next row) holds a decision heading: a protocol's matters,
    two of which are rows enough."""
    ends = starts[1:] + [len(text)]
    return all(_DECISION_HEADING_RE.search(text, s, e) for s, e in zip(starts, ends))


def _unnumbered_agenda(text: str, lines: list[tuple[int, int, str]]) -> list[Item]:
    """The rows of an agenda that numbers none: headings each with its dnr's line right below."""
    rows: list[tuple[int, int, int, str, tuple[int, int]]] = []  # line start, title start and end, dnr, its span
    for k in range(1, len(lines) - 1):  # (a row has a blank line above it)
        s, e, line = lines[k]
        if lines[k - 1][2].strip() or not _row_heading(line):
            continue
        title_end, below = e, k + 1
        follow = lines[below][2].strip()
        if follow[:1].islower() and below + 1 < len(lines) and len(follow.split()) <= MAX_CONTINUATION_WORDS:
            title_end, below = lines[below][1], below + 1  # "Avtal om vinterväghållning av" / "enskilda vägar"
        ds, de, dline = lines[below]
        if not _is_dnr_line(dline):
            continue
        dnr = _take_dnr(dline)
        title_start = s + len(line) - len(line.lstrip())
        rows.append((s, title_start, title_end, dnr[2], (ds + dnr[0], ds + dnr[1])))
    if len(rows) < (MIN_DECIDED_ROWS if _each_decided(text, [r[0] for r in rows]) else MIN_UNNUMBERED_ROWS) \
            or not _PROTOCOL_RE.search(text, max(0, rows[0][0] - MEETING_CONTEXT), rows[0][0]):
        return []
    items = []
    for i, (s, title_start, title_end, dnr, dnr_span) in enumerate(rows):
        stop = rows[i + 1][0] if i + 1 < len(rows) else len(text)
        items.append(Item(number=None, title=" ".join(text[title_start:title_end].split()), dnr=dnr, span=(s, stop),
                          title_span=(title_start, title_end), dnr_span=dnr_span))
    return items


# An agenda's list heading alone on its line ("Ärenden", "Föredragningslista", "Beslutsärenden").
_AGENDA_LIST_RE = re.compile(rf"[ \t]*(?:{sections.AGENDA_LIST})[ \t]*:?[ \t]*", re.I)


# A line under an agenda's row that says who presents it or what it rests on: no row of its own.
_ROW_NOTE_RE = re.compile(rf"[ \t]*(?:{sections.PRESENTER}|{sections.OFFICER}|{sections.DOCUMENTS}|ansvarig|kontaktperson)[ \t]*:",
                          re.I)


def _signed_name(line: str) -> bool:
    """A signature's name line under a list ("Ingrid Lund (S)", "Per-Olof Ek"): no agenda's row."""
    words = line.split()
    return bool(_PARTY_RE.search(line)) or (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
                                             and is_given_name(words[0]))


def _row_with_dnr(s: int, line: str) -> list:
    """A row's [line start, title start, title end, dnr, dnr span]; a dnr in brackets ending the line
    ("Årsredovisning 2040 (KS 2041/0121)") is the row's, no part of its title."""
    title_start = s + len(line) - len(line.lstrip(" \t-–•*·"))
    title_end = s + len(line.rstrip())
    dnr = _take_dnr(line)
    if dnr and line[:dnr[0]].rstrip().endswith(("(", "[")) and not line[dnr[1]:].strip(" \t)]"):
        return [s, title_start, s + len(line[:dnr[0]].rstrip(" \t([")), dnr[2], (s + dnr[0], s + dnr[1])]
    closing = _separated_dnr_closing(line)
    if closing:  # "• Revidering av attestordning – dnr 2040/39": after a dash too
        return [s, title_start, s + closing[0], closing[3], (s + closing[1], s + closing[2])]
    return [s, title_start, title_end, None, None]


# The headings of a meeting page's parts under its list of matters: its papers' links and its contact box.
_PAGE_TAIL_HEAD_RE = re.compile(r"(?:Handlingar|Bilagor|Dokument|Kontakt|Kontakta oss|Kontaktperson(?:er)?|Mer information|"
                                r"Relaterad information|Relaterade länkar|Länkar)[ \t]*:?")


def _listed_rows(lines: list[tuple[int, int, str]], k: int) -> tuple[list[list], int]:
    """The rows under the list heading at line k, and the line where they end: one a line (a blank line
    ends them) or one a paragraph (blank lines between; a paragraph of two rows, a signature's name and
    role, ends them). Under a row may stand its wrapped rest in lower case, its dnr's line, a
    presenter's or officer's line. Another line ends the rows."""
    rows: list[list] = []
    j, in_paragraph, spaced = k + 1, 0, None  # rows in the current paragraph; rows one a paragraph?
    row_line = False  # the line before was a row's first line
    while j < len(lines):
        s, e, line = lines[j]
        follow = line.strip()
        bullet = _NOTE_BULLET_RE.match(follow)
        if bullet:  # "• Title", "- Title": a list's bullet (under a row, "- Dnr: ..." its point)
            line = " " * (len(line) - len(follow) + bullet.end()) + follow[bullet.end():]
        if not follow:
            if in_paragraph > 1 and spaced:
                del rows[-in_paragraph:]
            if in_paragraph > 1 or (in_paragraph and spaced is False):
                break
            if in_paragraph:
                spaced = True
            in_paragraph, row_line = 0, False
        elif _AGENDA_LIST_RE.fullmatch(line):
            break
        elif _PAGE_TAIL_HEAD_RE.fullmatch(follow) or FILE_LINK_LINE.fullmatch(follow):
            break  # a meeting page's link list or contact box under its matters ("Handlingar", "Kontakt", "X (pdf, 4 MB)")
        elif in_paragraph and _is_dnr_line(line) and rows[-1][3] is None:
            dnr = _take_dnr(line)
            assert dnr is not None  # (_is_dnr_line found it)
            rows[-1][3], rows[-1][4] = dnr[2], (s + dnr[0], s + dnr[1])
            row_line = False
        elif in_paragraph and (_ROW_NOTE_RE.match(line) or _is_presenter_line(line)):
            row_line = False
        elif (row_line and rows[-1][3] is None and (follow[:1].islower() or _DANGLING_END_RE.search(lines[j - 1][2].rstrip()))
              and len(follow.split()) <= MAX_CONTINUATION_WORDS and not follow.endswith((".", ":", ";", "!", "?"))):
            # "Avtal om vinterväghållning av" / "enskilda vägar"; after a word no title ends on, in any case,
            # with the row's dnr closing it: "• Hyresavtal för ... i Norrby och" / "  Söderby (RS 2041/98)"
            wrapped = _row_with_dnr(s, line)
            rows[-1][2], rows[-1][3], rows[-1][4] = wrapped[2], wrapped[3], wrapped[4]
        elif _row_heading(line) and not _signed_name(line):
            if spaced and in_paragraph:  # two rows in one paragraph of a list one a paragraph: no rows
                del rows[-in_paragraph:]
                break
            rows.append(_row_with_dnr(s, line))
            in_paragraph, row_line = in_paragraph + 1, True
            if spaced is None and in_paragraph > 1:
                spaced = False
        else:
            break
        j += 1
    else:
        if in_paragraph > 1 and spaced:
            del rows[-in_paragraph:]
    return rows, j


# A list heading with the meeting's day after it, as a page heads its agenda: "Dagordning 2041-04-02",
# "Föredragningslista 12 maj 2041".
_DATED_LIST_HEAD_RE = re.compile(r"[ \t]*(?:föredragningslista|dagordning|ärendelista)[ \t]+(?:den[ \t]+)?(?:"
                                 + DATE_RE.pattern + r")[ \t]*", re.I)


# A notice's sentence over its list ("Följande ärenden behandlas:"), a list heading as the list's own.
_AGENDA_LEAD_RE = re.compile(rf"[ \t]*(?:{sections.AGENDA_LEAD})[ \t]*[:.]?[ \t]*", re.I)


def _unnumbered_list(text: str, lines: list[tuple[int, int, str]]) -> list[Item]:
    """The matters of an agenda that numbers none and prints them one a line (a dnr's line under some),
    in blocks under a list heading or its group headings, the meeting's words before the first."""
    rows: list[list] = []
    k = 0
    while k < len(lines):
        if not (_AGENDA_LIST_RE.fullmatch(lines[k][2]) or _DATED_LIST_HEAD_RE.fullmatch(lines[k][2])
                or _AGENDA_LEAD_RE.fullmatch(lines[k][2])):
            k += 1
            continue
        block, k = _listed_rows(lines, k)
        rows.extend(block)
    if len(rows) < MIN_UNNUMBERED_ROWS or not _PROTOCOL_RE.search(text, max(0, rows[0][0] - MEETING_CONTEXT), rows[0][0]):
        return []
    return _row_items(text, rows)


def _row_items(text: str, rows) -> list[Item]:
    """Unnumbered items of a list's rows (_listed_rows'), each spanning to the next row."""
    items = []
    for i, (s, title_start, title_end, dnr, dnr_span) in enumerate(rows):
        stop = rows[i + 1][0] if i + 1 < len(rows) else title_end
        items.append(Item(number=None, title=" ".join(text[title_start:title_end].split()), dnr=dnr,
                          span=(s, max(stop, dnr_span[1] if dnr_span else stop)), title_span=(title_start, title_end),
                          dnr_span=dnr_span))
    return items


# The head of an agenda's table without a number column: "Ärende      Diarienummer".
_TITLE_DNR_HEAD_RE = re.compile(r"[ \t]*" + sections.as_printed("Ärende", "Ärenden", "Rubrik", "Ärendemening") + r"(?:\t|[ ]{2,})[ \t]*" + HEAD_LABEL + r"\.?[ \t]*")


def _unnumbered_table(text: str, lines: list[tuple[int, int, str]]) -> list[Item]:
    """The rows of an agenda's table that numbers none, under its head "Ärende   Diarienummer": a title,
    a wide gap, the dnr ending the line. A row without a dnr (a formal one, "Val av justerare") is
    passed over; another line ends the table."""
    rows: list[Item] = []
    for k, (s, e, line) in enumerate(lines):
        if rows or not _TITLE_DNR_HEAD_RE.fullmatch(line):
            continue
        for s2, e2, row in lines[k + 1:]:
            if not row.strip():
                continue
            indent = len(row) - len(row.lstrip(" \t"))
            found = _dnr_after_gap(row, indent)
            if found is None or not _row_heading(row[:found[0].start()]):
                if _row_heading(row):
                    continue
                break
            gap, dnr = found
            at = s2 + gap.end()
            rows.append(Item(number=None, title=" ".join(row[:gap.start()].split()), dnr=dnr[2], span=(s2, e2),
                             title_span=(s2 + indent, s2 + gap.start()), dnr_span=(at + dnr[0], at + dnr[1])))
        if len(rows) < MIN_UNNUMBERED_ROWS:
            rows = []
    return rows


# A table read one cell a line (plain pdftotext): its number column's head, then the other columns' heads,
# each alone on its line ("Nr" / "Datum" / "Dnr" / "Avsändare" / "Ärende"), then the rows' cells.
_CELL_NUMBER_HEAD_RE = re.compile(r"[ \t]*(?:Nr\.?|NR|Löpnr|Punkt)[ \t]*")
_CELL_HEADS = {"datum": "date", "beslutsdatum": "date", "inkom": "date", "dnr": "dnr", "diarienummer": "dnr",
               "diarienr": "dnr", "ärende": "title", "ärendemening": "title", "rubrik": "title", "ämne": "title",
               "avsändare": "text", "mottagare": "text", "beslutsfattare": "text", "handläggare": "text",
               "föredragande": "text", "lagrum": "text", "beslut": "text"}
_CELL_DATE_RE = re.compile(ISO_DATE)
_MAX_CELL_COLUMNS = 7
_MAX_CELL_TABLE_LINES = 3000


def _cell_per_line_table(text: str, lines: list[tuple[int, int, str]]) -> list[Item]:
    """The rows of a table read one cell a line whose matter is not the column right of the number
    ("1" / "2040-05-08" / "KS 2040/0151" / "Länsstyrelsen i X län" / "Beslut om ..."): each row opens on its
    number alone on its line, the next one up; its cells are read by their columns' heads, a date and a
    dnr column left empty where the row's line is none, the matter's extra lines its wrapped end."""
    for k, (_s, _e, line) in enumerate(lines):
        if not _CELL_NUMBER_HEAD_RE.fullmatch(line):
            continue
        kinds: list[str] = []
        for _s2, _e2, head in lines[k + 1:k + 1 + _MAX_CELL_COLUMNS]:
            kind = _CELL_HEADS.get(head.strip().lower())
            if kind is None:
                break
            kinds.append(kind)
        if len(kinds) < 2 or kinds.count("title") != 1:
            continue
        items = _cell_rows(text, lines, k + 1 + len(kinds), kinds)
        if len(items) >= MIN_UNNUMBERED_ROWS:
            return items
    return []


def _cell_rows(text: str, lines: list[tuple[int, int, str]], first: int, kinds: list[str]) -> list[Item]:
    """The rows under a cell-per-line table's heads (see _cell_per_line_table); a blank line ends them."""
    rows: list[list[int]] = []  # each row's line indices, its number's first
    number = 1
    for i in range(first, min(len(lines), first + _MAX_CELL_TABLE_LINES)):  # (bounded: a table is pages long at most)
        cell = lines[i][2].strip()
        if not cell:
            break
        if cell == str(number):
            rows.append([i])
            number += 1
        elif rows:
            rows[-1].append(i)
        else:
            return []
    items = []
    for r, row in enumerate(rows):
        cells = row[1:]
        title: list[int] = []
        dnr = None
        c = 0
        for col, kind in enumerate(kinds):
            if c >= len(cells):
                break
            cell = lines[cells[c]][2].strip()
            if kind == "date" and not _CELL_DATE_RE.fullmatch(cell) or kind == "dnr" and not _is_dnr_line(cell):
                continue  # an empty cell: the row's line is the next column's
            if kind == "title":
                # (the matter's wrapped lines: as many as the row has beyond the columns after it)
                take = max(1, len(cells) - c - (len(kinds) - col - 1))
                title = cells[c:c + take]
                c += take
                continue
            if kind == "dnr":
                s = lines[cells[c]][0]
                found = _take_dnr(lines[cells[c]][2])
                dnr = (found[2], (s + found[0], s + found[1])) if found else None
            c += 1
        if not title:
            return []
        t0, t1 = lines[title[0]][0], lines[title[-1]][1]
        t0 += len(lines[title[0]][2]) - len(lines[title[0]][2].lstrip())
        stop = lines[rows[r + 1][0]][0] if r + 1 < len(rows) else lines[row[-1]][1]
        items.append(Item(number=lines[row[0]][2].strip(), title=" ".join(text[t0:t1].split()),
                          dnr=dnr[0] if dnr else None, span=(lines[row[0]][0], stop), title_span=(t0, t1),
                          dnr_span=dnr[1] if dnr else None))
    return items


def _untitled(text: str, candidate: _Candidate, stop: int) -> bool:
    """Whether _read_title would certainly find no title for this head: a bare head (nothing after
    it on its line) that does not start its line, or whose first non-empty line below is another
    head (_next_line_title's first test). Exact, and cheaper than reading: no _Head, no dnr."""
    end, line_end = candidate[_END], candidate[_LINE_END]
    if end < min(line_end, stop):
        return False  # a title may follow on the line
    if not candidate[_AT_LINE_START]:
        return True  # only a dnr is looked for below
    scan, limit = line_end, min(len(text), stop)
    while scan < limit:  # (as _next_line_title: blank lines skipped, the first other line tested)
        s = scan + 1
        e = text.find("\n", s)
        e = len(text) if e < 0 else e
        scan = e
        line = text[s:e].strip()
        if line:
            return _HEAD_RE.match(line) is not None and not _TITLE_START_RE.match(line)
    return True  # no line below before the next head


def _may_hold_two_titles(text: str, candidates: list[_Candidate]) -> bool:
    """False when fewer than two of the run's heads can have a title (_is_agenda's first test):
    thousands of runs of bare heads ("§ 1" / "§ 2") are dropped before any _Head is made."""
    possible, n = 0, len(candidates)
    for i, candidate in enumerate(candidates):
        if possible + n - i < 2:
            return False
        if not _untitled(text, candidate, candidates[i + 1][_START] if i + 1 < n else len(text)):
            possible += 1
            if possible >= 2:
                return True
    return False


def _agendas(text: str, chains: Iterable[list[_Candidate]]) -> list[list[_Head]]:
    """The runs that read as an agenda, their heads' titles read."""
    accepted: list[list[_Head]] = []
    for candidates in chains:
        if len(candidates) > 2:  # (a run of two holds no strays: both heads start lines, or fewer than two do)
            candidates = _drop_stray_heads(candidates)
        if len(candidates) < 2 or not _may_hold_two_titles(text, candidates):
            continue
        chain: list[_Head] = []
        titled = 0
        for i, candidate in enumerate(candidates):
            if titled + len(candidates) - i < 2:
                break  # two titles are out of reach: no agenda (_is_agenda's first test), read no more
            head = _Head(*candidate)
            _read_title(text, head, candidates[i + 1][_START] if i + 1 < len(candidates) else len(text))
            chain.append(head)
            if head.title.strip():
                titled += 1
        else:
            if _is_agenda(chain, text):
                accepted.append(chain)
    return accepted


# A revised agenda's mark on a withdrawn row, no part of its title or dnr: closing the row ("... (SN
# 2039/32) – UTGÅR", "... (utgår)", "...   Utgår") or bracketed before its title ("6.  (Utgår) Riktlinjer").
_WITHDRAWN_END_RE = re.compile(
    r"(?<=\S)(?:(?:[ \t]+[–—-][ \t]*|[ \t]*\()(?i:(?:ärendet[ \t]+)?utgår)\)?"
    r"|[ \t]{2,}(?:Utgår|UTGÅR|Ärendet[ \t]+utgår))[.!]?(?=[ \t]*$)", re.M)  # (in a column: capitalised, as a cell)
_WITHDRAWN_START_RE = re.compile(r"^([ \t]*\d{1,3}[.)]?[ \t]+)\((?i:utgår)\)[ \t]*(?=[\"“”«']?[A-ZÅÄÖ])", re.M)


def _without_withdrawal_marks(text: str) -> str:
    """``text`` with the withdrawal marks of its rows blanked (offsets kept): the row stays an item."""
    if "utgår" not in text.lower():
        return text  # (most documents: both patterns need the word)
    text = _WITHDRAWN_END_RE.sub(lambda m: " " * len(m.group()), text)
    return _WITHDRAWN_START_RE.sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)


# A secret matter's mark where the dnr stands, at the right of its § line ("§ 71        Sekretess"): the
# title is on the line below, as for a bare head.
_SECRECY_CELL_RE = re.compile(r"(?<=\d)(?:\t+|[ ]{3,})(?:Sekretess(?:ärende)?|SEKRETESS|Sekretessbelagt|Omfattas av sekretess)[ \t]*$", re.M)


def _without_secrecy_cells(text: str) -> str:
    """``text`` with a § line's secrecy mark blanked (offsets kept)."""
    if "ekretess" not in text and "EKRETESS" not in text:
        return text
    return _SECRECY_CELL_RE.sub(lambda m: " " * len(m.group()), text)


def find_items(text: str, lines: list[tuple[int, int, str]]) -> list[Item]:
    """Items of ``text`` (the body: furniture blanked, offsets kept); ``lines`` its line spans.

    Empty unless the document has at least two matters."""
    text = _without_secrecy_cells(_without_withdrawal_marks(text))
    candidates = _candidates(text, _LineIndex(text))
    accepted = _main_numbering(_agendas(text, _runs(candidates, shortest=2)))
    group_of = _restarting_groups(text, accepted, shortest=1)
    if group_of:  # a short group of rows with no dnr reads as no agenda alone: its heading vouches for it
        accepted += _more_groups(text, candidates, group_of)
        group_of = _restarting_groups(text, accepted)

    def key_of(head: _Head) -> str:
        key = _number_key(head.number)
        return f"{group_of[head.start]}/{key}" if group_of else key

    # One item per number: the longest run first, the first occurrence with a title wins;
    # later occurrences (the item itself after a table of contents) widen nothing but are
    # where its decisions are read.
    chosen: dict[str, _Head] = {}
    occurrences: dict[str, list[_Head]] = {}
    for chain in sorted(accepted, key=len, reverse=True):
        strip_pages = _ends_in_page_numbers(chain)
        for head in chain:
            head.title = _tidy_title(head.title, strip_pages)
            head.title_span = _span_of(text, head.title_span, head.title)
            key = key_of(head)
            occurrences.setdefault(key, []).append(head)
            if key not in chosen or (not chosen[key].title and head.title):
                chosen[key] = head
    heads = sorted((h for h in chosen.values() if h.title), key=lambda h: h.start)
    if len(heads) < 2:
        right = _right_margin_heads(text)
        if len(right) < 2:
            right = _column_heads(text, heads)
        if len(right) < 2:
            # (rows coded with their group's letter first: read with no number, "B1 Budget" is a title)
            return (_group_coded_rows(text) or _unnumbered_contents(text) or _unnumbered_matters(text, lines)
                    or _summed_up_headings(text, lines) or _unnumbered_agenda(text, lines)
                    or _unnumbered_table(text, lines) or _cell_per_line_table(text, lines) or _unnumbered_list(text, lines))
        heads, occurrences = right, {_number_key(h.number): [h] for h in right}
    _dnr_over_heads(text, heads)
    if not group_of:  # (each group numbers its own rows: a later "1." is no listed row's own page)
        _own_pages(text, heads, candidates, occurrences)
    all_starts = sorted(h.start for hs in occurrences.values() for h in hs)

    def region(head: _Head) -> tuple[int, int]:
        i = bisect.bisect_right(all_starts, head.start)
        return head.start, all_starts[i] if i < len(all_starts) else len(text)

    decisions = _DecisionReader(text, lines)
    items = []
    for head in heads:
        points: list[dict] = []
        occs = sorted((occ for occ in occurrences[key_of(head)] if _same_matter(head, occ)), key=lambda h: h.start)
        regions = [region(occ) for occ in occs]
        # The table of contents may leave out the dnr that the item itself prints.
        with_dnr = head if head.dnr else next((occ for occ in occs if occ.dnr), head)
        for r in regions:
            points = decisions.points(r)
            if points:
                break
        # The whole item: its longest occurrence (the § itself, not its table-of-contents line).
        span = max(regions, key=lambda r: r[1] - r[0])
        items.append(Item(number=head.number, title=head.title, dnr=with_dnr.dnr, span=span,
                          title_span=head.title_span, dnr_span=with_dnr.dnr_span,
                          decision_points=points))
    if all(h.kind in _PLAIN for h in heads) and _reported_as_decided(text, items):
        for item in items:
            item.summed_up = True
    items = _with_grouped_rows(text, items, bare=all(h.kind != "para" for h in heads))
    if all(h.kind != "para" for h in heads):  # (an agenda's rows: a protocol's § text may hold such a heading)
        items = _with_groups_between(text, lines, items)
    return _with_codes_alike(_with_trailing_group(text, lines, items))


# Letters an OCR confuses in a board's code ("KEN 39/052" among a protocol's "KFN 39/041", "KFN 39/060").
_CODE_CONFUSIONS = ({"E", "F"}, {"I", "L", "1"}, {"O", "0", "D", "Q"}, {"B", "8"}, {"S", "5"}, {"N", "H"})
_DNR_CODE_RE = re.compile(r"([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5})(?=[ ]?\d)")


def _with_codes_alike(items: list[Item]) -> list[Item]:
    """An item's dnr whose board code differs from the code two or more other items share by one
    letter an OCR confuses with that code's, written with the shared code."""
    codes: dict[str, int] = {}
    for item in items:
        m = _DNR_CODE_RE.match(item.dnr or "")
        if m:
            codes[m.group(1)] = codes.get(m.group(1), 0) + 1
    if len(codes) < 2:
        return items
    for item in items:
        m = _DNR_CODE_RE.match(item.dnr or "")
        if not m or codes[m.group(1)] > 1:
            continue
        code = m.group(1)
        alike = [c for c, n in codes.items() if n >= 2 and len(c) == len(code) and sum(a != b for a, b in zip(c, code)) == 1
                 and all(a == b or any({a, b} <= pair for pair in _CODE_CONFUSIONS) for a, b in zip(c, code))]
        if len(alike) == 1:
            item.dnr = alike[0] + item.dnr[len(code):]
    return items


_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def _same_matter(head: _Head, other: _Head) -> bool:
    """``other``, a later head of ``head``'s number, is the same matter: a title-less head ("Ärende 3"
    over the item's paper), or a title sharing a word of four letters or more with the listed one (the
    item under its table-of-contents line). A later list's row of the same number with a title of other
    words (a delegation list's "1   2040-09-04   SN 2040/66   Serveringstillstånd" after the agenda's
    "1  Val av justerare") is another list's: its dnr and text are not the item's."""
    if other is head or not head.title.strip() or not other.title.strip():
        return True
    return _share_a_word(head.title, other.title)


def _share_a_word(title: str, other: str) -> bool:
    """The two titles name one matter: half the words of four letters or more of the one with fewer
    (case aside) stand in the other too. (One shared word is not enough: a delegation list's "Tecknande
    av avtal om matleveranser" is no "Avtal om partnerskap med Föreningen X".)"""
    words = {w.casefold() for w in _WORD_RE.findall(title)}
    others = {w.casefold() for w in _WORD_RE.findall(other)}
    fewer = min(len(words), len(others))
    return fewer > 0 and len(words & others) * 2 >= fewer


# The heading of a group of matters by their kind, alone on its line ("Informationsärenden", "ANMÄLNINGSÄRENDEN:");
# not the whole list's ("Ärenden", "Föredragningslista").
_KIND_GROUP_RE = re.compile(rf"(?:{sections.AGENDA_GROUP})[ \t]*:?", re.I)


def _group_heading_above(text: str, head: _Head) -> bool:
    """The nearest line above the head, past blank lines, is a group heading of matters by their kind
    ("Informationsärenden", "Anmälningsärenden:")."""
    pos = head.line_start - 1
    while pos > 0:
        start = text.rfind("\n", 0, pos) + 1
        line = text[start:pos]
        if line.strip():  # (a Markdown heading's marks aside: "## Informationsärenden", "**Beslutsärenden**")
            return _KIND_GROUP_RE.fullmatch(line.strip(" \t#*_")) is not None
        pos = start - 1
    return False


def _restarting_groups(text: str, chains: list[list[_Head]], shortest: int = 2) -> dict[int, int]:
    """Matters grouped under "Beslutsärenden" / "Informationsärenden" / "Anmälningsärenden", each
    group numbering its rows from 1 again: every run opens at 1 right under a group heading, and no
    two runs share a title (a table of contents and its items do). Then each run is a group of its
    own, its numbers its own: {head's start: group} for every head; {} when the runs are no such (or
    fewer than ``shortest``: one such run is a start, its other groups are looked for)."""
    if not chains or len(chains) < shortest:
        return {}
    seen: set[str] = set()
    for chain in chains:
        if chain[0].value != 1 or not _group_heading_above(text, chain[0]):
            return {}
        titles = {" ".join(h.title.split()).casefold() for h in chain if h.title.strip()}
        if titles & seen:
            return {}
        seen |= titles
    ordered = sorted(chains, key=lambda c: c[0].start)
    return {h.start: i for i, chain in enumerate(ordered) for h in chain}


def _more_groups(text: str, candidates: list[_Candidate], group_of: dict[int, int]) -> list[list[_Head]]:
    """Among restarting groups, the other runs from 1 right under a group heading, every row titled,
    none of their heads in a group already."""
    more: list[list[_Head]] = []
    for run in _runs(candidates, shortest=2):
        if run[0][3] in group_of or _number_value(run[0][1]) != 1:
            continue
        heads = []
        for i, candidate in enumerate(run):
            head = _Head(*candidate)
            _read_title(text, head, run[i + 1][3] if i + 1 < len(run) else len(text))  # (_START, by literal index: typed)
            heads.append(head)
        if all(h.title.strip() and h.start not in group_of for h in heads) and _group_heading_above(text, heads[0]):
            more.append(heads)
    # A group of one row ("Informationsärenden" / "1) Title"): a lone head from 1 under its heading.
    taken = set(group_of) | {h.start for run in more for h in run}
    for candidate in candidates:
        if candidate[3] in taken or _number_value(candidate[1]) != 1 or not candidate[5]:
            continue
        head = _Head(*candidate)
        if not _group_heading_above(text, head):
            continue
        _read_title(text, head, len(text))
        if head.title.strip():
            more.append([head])
    return more


def _with_groups_between(text: str, lines: list[tuple[int, int, str]], items: list[Item]) -> list[Item]:
    """A group heading between two numbered rows with rows that number none under it ("2. Budget" /
    "Informationsärenden" / "Biblioteket informerar" / "Anmälningsärenden" / "1. Delegationsbeslut"): those
    rows are items too, without a number, in their place."""
    starts = [s for s, _e, _l in lines]
    out: list[Item] = []
    for i, item in enumerate(items):
        out.append(item)
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt is None or item.title_span is None or nxt.number is None:
            continue
        after = max(item.title_span[1], item.dnr_span[1] if item.dnr_span else 0)
        k = bisect.bisect_right(starts, after)
        while k < len(lines) and lines[k][0] < nxt.span[0] and (
                not lines[k][2].strip() or _ROW_NOTE_RE.match(lines[k][2]) or _is_dnr_line(lines[k][2])):
            k += 1
        if k >= len(lines) or lines[k][0] >= nxt.span[0] or not _AGENDA_LIST_RE.fullmatch(lines[k][2]):
            continue
        rows, _end = _listed_rows(lines, k)
        rows = [r for r in rows if r[2] <= nxt.span[0]]
        out.extend(_row_items(text, rows))
    return out


def _with_trailing_group(text: str, lines: list[tuple[int, int, str]], items: list[Item]) -> list[Item]:
    """Numbered rows, then a group heading right under the last with rows that number none
    ("Informationsärenden" / "Rapport från simhallen"): those rows are items too, without a number.
    (A protocol's last § goes on in its own text: no group heading stands right under its title.)"""
    last = items[-1] if items else None
    if last is None or last.title_span is None:
        return items
    after = max(last.title_span[1], last.dnr_span[1] if last.dnr_span else 0)
    k = bisect.bisect_right([s for s, _e, _l in lines], after)
    while k < len(lines) and (not lines[k][2].strip() or _ROW_NOTE_RE.match(lines[k][2]) or _is_dnr_line(lines[k][2])):
        k += 1
    rows: list[list] = []
    while k < len(lines) and _AGENDA_LIST_RE.fullmatch(lines[k][2]):
        block, k = _listed_rows(lines, k)
        if not block:
            break
        rows.extend(block)
    items.extend(_row_items(text, rows))
    return items


def _own_pages(text: str, heads: list[_Head], candidates: list[_Candidate], occurrences: dict[str, list[_Head]]) -> None:
    """A föredragningslista followed by its matters' own pages ("Ärende 3" / its title / "Dnr ..."): a
    lone head after the list with a listed number and the same title is that item's occurrence (its
    dnr and decision are read there)."""
    last = max(h.start for h in heads)
    listed = {_number_key(h.number): h for h in heads}
    for c in candidates:
        start, key = c[3], _number_key(c[1])  # (_START and the number, by literal index: typed)
        if start <= last or key not in listed or any(o.start == start for o in occurrences.get(key, ())):
            continue
        page = _Head(*c)
        _read_title(text, page, len(text))
        if page.title and _tidy_title(page.title, False).casefold() == listed[key].title.casefold():
            occurrences.setdefault(key, []).append(page)
        elif page.at_line_start and _title_under_letterhead(text, page, listed[key].title):
            occurrences.setdefault(key, []).append(page)


MAX_LETTERHEAD_LINES = 8  # between a matter's page head ("Ärende 2") and its paper's title


def _title_under_letterhead(text: str, page: _Head, title: str) -> bool:
    """A lone head ("Ärende 2") over its paper's letterhead ("X KOMMUN    TJÄNSTESKRIVELSE" /
    "... Dnr KFN 2040/77") and then the listed title on a line of its own: the item's own page, its
    dnr the letterhead's labelled one. The letterhead's lines are short, no sentence among them."""
    pos, dnr = page.line_end, None
    for _ in range(MAX_LETTERHEAD_LINES):
        if pos >= len(text):
            return False
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1:end]
        if " ".join(line.split()).casefold() == title.casefold():
            if dnr is None:
                return False
            start = pos + 1 + len(line) - len(line.lstrip())
            _set_title(page, start, line.strip(), None)
            page.dnr, page.dnr_span = dnr
            return True
        if line.rstrip().endswith((".", ":")):
            return False
        label = LABEL_RE.search(line) if dnr is None else None
        taken = _take_dnr(line[label.start():]) if label else None
        if taken:
            at = pos + 1 + label.start()
            dnr = (taken[2], (at + taken[0], at + taken[1]))
        pos = end
    return False


# A group heading as an agenda's numbered row ("5   Beslutsärenden"): its matters are its sub-rows.
_GROUP_ROW_RE = re.compile(rf"(?:{sections.AGENDA_LIST})[ \t]*:?", re.I)
MAX_SUB_ROWS = 40
# A lettered point under a numbered row: "    a) Exeby 4:112, nybyggnad ... (BN 2040/0311)".
_LETTER_SUB_ROW_RE = re.compile(rf"[ \t]*([a-h])[).][ \t]+(?=[\"“”«']?[{_UPPER}])")
MIN_SUB_MATTERS = 2  # lettered points, or sub-rows "4.1", "4.2" under a row that is no group's name


def _sub_rows(text: str, number: str, pos: int, letters: bool = False) -> list[Item]:
    """The rows "5.1", "5.2", ... from pos on, one a line in their list: a title in its column, a dnr
    in a column right of it or on a line below, a wrapped line in the title's column. ``letters``:
    the rows "a)", "b)", ... under row 6, numbered "6 a", "6 b"."""
    if letters:
        return _rows_from(text, pos, _LETTER_SUB_ROW_RE, lambda m: f"{number} {m.group(1)}")
    head = re.compile(rf"[ \t]*{re.escape(number)}\.(\d{{1,2}})\.?[ \t]+(?=[\"“”«']?[{_UPPER}])")
    return _rows_from(text, pos, head, lambda m: f"{number}.{m.group(1)}")


def _next_nonblank(text: str, pos: int) -> int:
    """Where the first line from pos on with text starts (len(text) if none); bounded by MAX_BLANK_GAP."""
    rest = text[pos:pos + MAX_BLANK_GAP]
    return pos + len(rest) - len(rest.lstrip(" \t\n"))


MAX_BLANK_GAP = 200  # characters of blank lines between two rows of one list


def _rows_from(text: str, pos: int, head: re.Pattern, number_of: Callable[[re.Match], str]) -> list[Item]:
    """_sub_rows's reading: the rows ``head`` opens from pos on (blank lines between them too), each
    numbered ``number_of`` its head's match."""
    rows: list[Item] = []
    column = 0  # where the last row's title starts on its line
    under = 0  # lines read under the last row
    while len(rows) < MAX_SUB_ROWS:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        m = head.match(line)
        if m is None and rows and not line.strip():
            # "4.1  Title" / "" / "4.2  Title": a blank line between rows of one list
            after = _next_nonblank(text, pos)
            if after > pos and head.match(text, after):
                pos = text.rfind("\n", pos, after) + 1
                continue
        if m is None:
            if rows and line.strip() and len(line) - len(line.lstrip()) >= column - 1 and under < MAX_WRAPPED_LINES:
                # the row's wrapped line, its dnr or its presenter
                under += 1
                last = rows[-1]
                dnr = _take_dnr(line)
                if _ROW_NOTE_RE.match(line) or _is_presenter_line(line):
                    pass  # "Föredragande: ..." under the row
                elif dnr and _is_dnr_line(line) and last.dnr is None:
                    last.dnr, last.dnr_span = dnr[2], (pos + dnr[0], pos + dnr[1])
                else:
                    cell = _COLUMN_GAP_RE.split(line.strip(), maxsplit=1)[0]
                    last.title = f"{last.title} {cell}"
                    last.title_span = (last.title_span[0], pos + line.find(cell) + len(cell)) if last.title_span else None
                last.span = (last.span[0], line_end)
                pos = line_end + 1
                continue
            break
        column, under = m.end(), 0
        raw = line[m.end():]
        dnr = _take_dnr(raw)
        gap = _COLUMN_GAP_RE.search(raw)
        title = raw[:gap.start()] if gap else raw.rstrip()
        if dnr and gap and dnr[0] < gap.end():
            dnr = None  # (a number inside the title's own cell)
        elif dnr and not gap:  # "5.1 Title (RUN 2040/112)", "5.1 Title Dnr RUN 2040/112": the dnr ends the line
            if raw[dnr[1]:].strip(" \t)]"):
                dnr = None
            else:
                title = raw[:dnr[0]].rstrip(" \t([,–—-")
        item = Item(number=number_of(m), title=" ".join(title.split()), dnr=dnr[2] if dnr else None,
                    span=(pos, line_end), title_span=(pos + m.end(), pos + m.end() + len(title)),
                    dnr_span=(pos + m.end() + dnr[0], pos + m.end() + dnr[1]) if dnr else None)
        rows.append(item)
        pos = line_end + 1
        if pos > len(text):
            break
    return rows


def _with_grouped_rows(text: str, items: list[Item], bare: bool = True) -> list[Item]:
    """An agenda's numbered group heading ("5 Beslutsärenden", "6 Informationsärenden") with its
    matters as sub-rows under it ("5.1 Title   RUN 2040/112"): the sub-rows are items too, after it.
    ``bare``: rows with no number of their own count too (an agenda's; under a protocol's § they are
    what the § dealt with)."""
    out: list[Item] = []
    for item in items:
        out.append(item)
        if item.number and item.title_span and _GROUP_ROW_RE.fullmatch(item.title):
            line_end = text.find("\n", item.title_span[1])
            if line_end >= 0:
                out.extend(_sub_rows(text, item.number, line_end + 1)
                           or (_bare_sub_rows(text, line_end + 1) if bare else []))
        elif bare and item.number and item.title_span and item.dnr is None:
            out.extend(_numbered_matters(text, item) or _lettered_matters(text, item))
    return out


# The first row of a group whose rows carry the group's letter: "A1   Upprop", "B1   Budget 2041 ...".
_CODED_FIRST_ROW_RE = re.compile(rf"^[ \t]*([A-H])1[.)]?[ \t]+(?=[\"“”«']?[{_UPPER}])", re.M)
MIN_CODED_GROUPS = 2


def _group_coded_rows(text: str) -> list[Item]:
    """An agenda whose groups are lettered and whose rows are numbered within their group after its
    letter ("B. BESLUTSÄRENDEN" / "B1   Budget 2041   KFN 2040/155" / "B2 ..."): the rows, numbers as
    printed. Two groups at least, their letters in order, each numbered 1, 2, ... without a gap."""
    rows: list[Item] = []
    letters: list[str] = []
    for m in _CODED_FIRST_ROW_RE.finditer(text):
        letter = m.group(1)
        if letters and letter <= letters[-1]:
            return []
        head = re.compile(rf"[ \t]*({letter}\d{{1,2}})[.)]?[ \t]+(?=[\"“”«']?[{_UPPER}])")
        group = _rows_from(text, m.start(), head, lambda h: h.group(1))
        if [r.number for r in group] != [f"{letter}{k}" for k in range(1, len(group) + 1)]:
            return []
        rows += group
        letters.append(letter)
    return rows if len(letters) >= MIN_CODED_GROUPS else []


def _numbered_matters(text: str, item: Item) -> list[Item]:
    """A row with no dnr of its own that names a kind of the board's own in a word ("4   Bygglov",
    "5   Miljöärenden") over sub-rows that each carry one ("4.1   Exeby 7:43, nybyggnad ...   MBN
    2040/0611"): the sub-rows are matters. (A group's own name, "Beslutsärenden", vouches for its
    sub-rows without dnr; under a matter's row, "2   Kulturpolitiskt program", "2.1" is its part.)"""
    assert item.number is not None and item.title_span is not None
    line_end = text.find("\n", item.title_span[1])
    if line_end < 0 or len(item.title.split()) > 1 and not item.title.endswith("ärenden"):
        return []
    rows = _sub_rows(text, item.number, _line_start(text, _next_nonblank(text, line_end + 1)))
    return _matters_each_with_dnr(rows)


def _matters_each_with_dnr(rows: list[Item]) -> list[Item]:
    """``rows`` if there are MIN_SUB_MATTERS of them or more and each carries its own dnr, else none."""
    return rows if len(rows) >= MIN_SUB_MATTERS and all(r.dnr for r in rows) else []


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _lettered_matters(text: str, item: Item) -> list[Item]:
    """A row with no dnr of its own over lettered points that each carry one ("6. Bygglovsärenden" /
    "   a) Exeby 4:112, nybyggnad av enbostadshus (BN 2040/0311)" / "   b) ..."): each point is a
    matter of its own, "6 a", "6 b". Points without a dnr are what the row will take up, no matters."""
    assert item.number is not None and item.title_span is not None
    line_end = text.find("\n", item.title_span[1])
    if line_end < 0 or not _LETTER_SUB_ROW_RE.match(text, line_end + 1):
        return []
    rows = _sub_rows(text, item.number, line_end + 1, letters=True)
    return _matters_each_with_dnr(rows)


MIN_BARE_SUB_ROWS = 2  # one line under a group row tells what it holds ("- Förvaltningschefen informerar")


def _bare_sub_rows(text: str, pos: int) -> list[Item]:
    """A numbered group row's matters printed with no number of their own, one a line right under it,
    indented or bulleted ("7. Informationsärenden" / "   Elevantal och prognos ..."): items without a
    number; two at least. A blank line, a line at the margin or one that is no row's heading ends them."""
    rows: list[Item] = []
    while len(rows) < MAX_SUB_ROWS and pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        follow = line.strip()
        bullet = _NOTE_BULLET_RE.match(follow)
        if bullet:
            line = " " * (len(line) - len(follow) + bullet.end()) + follow[bullet.end():]
        if not follow or not (line[:1] in " \t" or bullet):
            break
        if rows and rows[-1].dnr is None and _is_dnr_line(line):
            dnr = _take_dnr(line)
            assert dnr is not None  # (_is_dnr_line found it)
            rows[-1].dnr, rows[-1].dnr_span = dnr[2], (pos + dnr[0], pos + dnr[1])
        elif _row_heading(line) and not _ROW_NOTE_RE.match(line) and not _is_presenter_line(line):
            _s, title_start, title_end, dnr_value, dnr_span = _row_with_dnr(pos, line)
            rows.append(Item(number=None, title=" ".join(text[title_start:title_end].split()), dnr=dnr_value,
                             span=(pos, line_end), title_span=(title_start, title_end), dnr_span=dnr_span))
        else:
            break
        pos = line_end + 1
    return rows if len(rows) >= MIN_BARE_SUB_ROWS else []


def _dnr_over_heads(text: str, heads: list[_Head]) -> None:
    """ "Dnr KS 2038/477" / "§ 147 Title": a right-hand dnr field that the PDF's text layer reads
    before its row's § mark stands on the line right above the head. It is the item's when the
    item has none of its own and no other head took that line's number as its dnr."""
    taken = {h.dnr_span: h for h in heads if h.dnr_span}
    apart = _rows_apart(text, heads)
    for head in heads:
        if head.dnr is not None or not head.at_line_start or head.line_start < 2:
            continue
        above_start, above = _line_above(text, head.line_start) or (0, "")
        if not _is_dnr_line(above):
            continue
        dnr = _take_dnr(above)
        if dnr is None:
            continue
        span = (above_start + dnr[0], above_start + dnr[1])
        owned = next(((t, h) for t, h in taken.items() if t[0] < span[1] and span[0] < t[1]), None)
        if owned is not None and not (apart and _opens_row_block(text, above_start, owned[1])):
            continue
        if owned is not None:
            del taken[owned[0]]
            owned[1].dnr, owned[1].dnr_span = None, None
        head.dnr, head.dnr_span = dnr[2], span
        taken[span] = head


def _line_above(text: str, line_start: int) -> tuple[int, str] | None:
    """The line above the line starting at ``line_start``: its start and its text (None at the text's start)."""
    if line_start < 1:
        return None
    start = text.rfind("\n", 0, line_start - 1) + 1
    return start, text[start:line_start - 1]


def _rows_apart(text: str, heads: list[_Head]) -> bool:
    """Every row after the first is set apart from the one before by a blank line, over its head or
    over a dnr's line right above its head: the rows are blocks (an OCR'd list's rows one a line, a blank
    line only around a dnr's line, are no blocks)."""
    for head in heads[1:]:
        above = _line_above(text, head.line_start) if head.at_line_start else None
        if above is None:
            return False
        if above[1].strip() and _is_dnr_line(above[1]):
            above = _line_above(text, above[0])
        if above is None or above[1].strip():
            return False
    return len(heads) > 1


def _opens_row_block(text: str, line_start: int, owner: _Head) -> bool:
    """Rows set apart by blank lines, the dnr's line opening the next row's block ("2) Title" / "" /
    "MRF 2041/0012" / "3) Title"): a blank line right above the dnr's line, after the row that took it
    as the dnr on its next line. The dnr is the row's below it."""
    if line_start < 2 or owner.title_span is None or owner.title_span[1] >= line_start:
        return False
    above = _line_above(text, line_start)
    return above is not None and not above[1].strip()


# A matter told as decided, in the past tense of a news page ("Regionstyrelsen beslutade att ...",
# "Ett medborgarförslag ... avslogs", "Motionen ansågs besvarad"); an agenda's item is still to decide
# ("föreslås besluta"), a protocol's decision reads in the present ("beslutar").
_DECIDED_PAST = re.compile(
    r"(?<![\wåäö])(?:beslutade|beslöt|godkände|beviljade|antog|fastställde|avslog|biföll|ställde[ \t]+sig[ \t]+bakom|"
    r"avslogs|bifölls|antogs|godkändes|beviljades|fastställdes|ansågs[ \t]+besvara[dt])(?![\wåäö])",
    re.I,
)


def _reported_as_decided(text: str, items: list[Item]) -> bool:
    """Bare-numbered matters each told as decided, the past tense in (nearly) all of them: the
    numbered notices of a page summing up a meeting ("1. Stöd till patientföreningar" / "Regionstyrelsen
    beslutade att ..."), no agenda's items."""
    told = sum(1 for item in items if _DECIDED_PAST.search(text, item.title_span[1] if item.title_span else item.span[0],
                                                            item.span[1]))
    return told * 3 >= len(items) * 2


# An older protocol's § mark set at the right margin of its title's line, after a wide gap
# ("Val av justerare                          § 21"): the title opens the line, with no wide gap in it.
# (The lookahead: a "§" on the line, found by one fast scan, before the title's words are tried;
# on a long line without one they were read to its end and given back one by one.)
_RIGHT_HEAD_RE = re.compile(r"^(?=[^\n§]*§)[ \t]{0,8}(?P<title>[A-ZÅÄÖ](?:[^\n\t§ ]| (?! ))*[^\s.:;,])"
                            r"(?:\t[ \t]*|[ ]{4,})§[ \t]*(?P<num>\d{1,4})[ \t]*$", re.M)


def _right_margin_heads(text: str) -> list[_Head]:
    """The items of a protocol whose § marks stand right of their titles: two at least, their
    numbers rising in steps a protocol takes; each title's wrapped line joined as a head's title
    is, its dnr read from the line below."""
    heads: list[_Head] = []
    for m in _RIGHT_HEAD_RE.finditer(text):
        value = _number_value(m.group("num"))
        if heads and not 0 < value - heads[-1].value <= MAX_NUMBER_STEP["para"]:
            continue  # (a number out of the run: a reference's, not a head's)
        if is_section_heading(m.group("title")) or _LABEL_OPENING_RE.match(m.group("title")):
            continue
        line_end = m.end()
        heads.append(_Head("para", m.group("num"), value, m.start("num") - 1, m.end("num"), False, False,
                           m.start(), line_end, m.group("title"), (m.start("title"), m.end("title"))))
    for k, head in enumerate(heads):
        stop = heads[k + 1].line_start if k + 1 < len(heads) else len(text)
        next_end = _continuation_end(text, head.line_end, stop, None, head.title)
        if next_end > head.line_end:  # "Bidrag till X        § 22" / "för ny kvarnbro"
            head.title = head.title + " " + text[head.line_end + 1:next_end].strip()
            head.title_span = (head.title_span[0], next_end)
        _dnr_on_next_line(text, head, next_end + 1, stop)
        head.start = head.line_start  # the item's text runs from its title's line
    return heads if len(heads) >= 2 else []


def _number_key(number: str) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group())), re.sub(r"\s+", "", number))


# A scanned protocol's § marks typed in a column left of the matters: Tesseract's page layout may
# read that column as a block of its own, the heads alone on their lines ("§ 41" / "§ 42" / "§ 43"),
# and the matters after it, each opening with its heading. Bare heads in a run, then the paragraphs.
_BARE_HEAD_LINE_RE = re.compile(r"^[ \t]*§[ \t]*(\d{1,4})[ \t]*$", re.M)
_TITLED_HEAD_LINE_RE = re.compile(r"[ \t]*§[ \t]*(\d{1,4})[ \t]+([A-ZÅÄÖ][^\n]*?)[ \t]*$", re.M)
_INTRO_END_RE = re.compile(r"(?:beslutar|beslöt|beslutade|föreslår|föreslås besluta|besluta)[ \t]*:?$")


def _column_heads(text: str, titled: list[_Head] = ()) -> list[_Head]:
    """The items of a protocol whose heads were read apart from their matters: a run of two or
    more bare heads ("§ 41" alone on its line, blank lines between, numbers rising in a protocol's
    steps) over the matters' text, where as many headings open paragraphs as there are heads. A
    heading is a short capitalised line opening a paragraph, no sentence, label, dnr, decision's
    intro or att-clause; where more than the heads' number are such, the first and those with a dnr
    under them. Each head stands at its heading's line. A head read with its title right over the
    run (``titled``: "§ 11 Budget" / "§ 12" / "§ 13") is the first matter's: its dnr under the run."""
    run: list[re.Match] = []
    for m in _BARE_HEAD_LINE_RE.finditer(text):
        if run and not text[run[-1].end():m.start()].strip() \
                and 0 < _number_value(m.group(1)) - _number_value(run[-1].group(1)) <= MAX_NUMBER_STEP["para"]:
            run.append(m)
        elif len(run) >= 2:
            break
        else:
            run = [m]
    if len(run) < 2:
        return []
    pos, after_blank = run[-1].end() + 1, True
    found: list[tuple[int, int, str, bool]] = []  # heading line's start, end, text, a dnr under it
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if not line:
            after_blank = True
        else:
            if after_blank and _is_column_heading(line):
                found.append((pos, end, line, False))
            elif found and _is_dnr_line(line) and not text[found[-1][1]:pos].strip():
                found[-1] = found[-1][:3] + (True,)
            after_blank = False
        pos = end + 1
    if len(found) != len(run):
        found = found[:1] + [f for f in found[1:] if f[3]]
    if len(found) != len(run):
        return []
    heads: list[_Head] = []
    for m, (start, end, line, _dnr) in zip(run, found):
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        head = _Head("para", m.group(1), _number_value(m.group(1)), start, start, True, False, start, end,
                     line, (start + lead, start + lead + len(line)))
        heads.append(head)
    for k, head in enumerate(heads):
        stop = heads[k + 1].line_start if k + 1 < len(heads) else len(text)
        _dnr_on_next_line(text, head, head.line_end + 1, stop)
    first = run[0]
    over = next((h for h in titled if h.line_end <= first.start() and not text[h.line_end:first.start()].strip()
                 and 0 < _number_value(first.group(1)) - h.value <= MAX_NUMBER_STEP["para"]), None)
    if over is None:
        above = text.rfind("\n", 0, max(0, len(text[:first.start()].rstrip()) - 1)) + 1
        m = _TITLED_HEAD_LINE_RE.match(text, above)
        if (m and not text[m.end():first.start()].strip()
                and 0 < _number_value(first.group(1)) - _number_value(m.group(1)) <= MAX_NUMBER_STEP["para"]):
            over = _Head("para", m.group(1), _number_value(m.group(1)), m.start(), m.end(1), True, False, m.start(),
                         m.end(), m.group(2), (m.start(2), m.end(2)))
    if over is not None:
        if over.dnr is None:
            _dnr_on_next_line(text, over, run[-1].end() + 1, heads[0].line_start)
        heads.insert(0, over)
    return heads


def _is_column_heading(line: str) -> bool:
    return (len(line) <= 80 and line[:1].isupper() and line[-1] not in ".:;,!?"
            and not _is_dnr_line(line) and not is_section_heading(line) and not _LABEL_OPENING_RE.match(line)
            and not _INTRO_END_RE.search(line) and len(line.split()) >= 2)

