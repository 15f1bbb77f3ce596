"""Parties to the agreement or decision: the counterparties, with organisation numbers and roles.

A party is found by the construct that names it, not by a list of names:
- an organisation number linked to a name ("Föreningen X, org.nr 802000-0000", an address block);
- an agreement's parties: "Parter: ...", "avtal mellan X och Y", "Offentlig/Idéburen sektor: ...",
  "partnerskap/IOP/avtal med X" (and the municipality that "ingår"/"tecknar" it);
- grant recipients: lists of names with amounts ("- Föreningen X: 85 000 kr", "X 40 000, Y 7 000",
  table rows), lines of agreements with their periods ("X – 1 januari 2024–31 december 2025"),
  "bidrag till X, Y och Z", "ansökningar från X och Y", "X får/beviljas/erhåller ...",
  "X, ansökan om bidrag", "borgen för X";
- lists after "organisationerna"/"partnerskap med tre organisationer, ...".
Whether a phrase is an organisation's name is judged by its shape: capitalised words, and
organisation head words (förening, stiftelse, IF, AB, ...: a hand list of Swedish legal-form and
association words plus the endings models/build_orgwords.py learned from SUC 3.0's ORG names).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from docparse.extract.amounts import relined_rows
from docparse.extract.orgnr import LABEL as ORGNR_LABEL
from docparse.sv.dates import YEAR
from docparse.extract.patterns import DATE, MUNICIPALITY_RE, lines_above, next_line_break, squash, strip_leading_debris
from docparse.structure.doctype import is_type_word
from docparse.structure.header import is_labelled_date_line
from docparse.structure.sections import is_section_heading
from docparse.sv.sections import ONE_WORD_HEADINGS, alternation, in_capitals
from docparse.sv.bodies import BOARD_RE, FINLAND_SWEDISH, is_body_name
from docparse.sv.names import DEFINITE_ORG_HEADS
from docparse.sv.text import SUM_ROW_WORDS


# Swedish legal-form and association words that head an organisation's name (indefinite form;
# the definite and genitive forms are matched as endings). Compounds count: "bygdegårdsförening".
HAND_ORG_ENDINGS = (
    "förening", "föreningen", "förbund", "förbundet", "klubb", "klubben", "sällskap", "sällskapet",
    "stiftelse", "stiftelsen", "samfällighet", "samfälligheten", "byalag", "byalaget", "byaråd",
    "byarådet", "danslag", "danslaget", "spelmanslag", "spelmanslaget", "idrottslag", "skyttelag",
    "bygdegård", "bygdegården", "gård", "jour", "jouren", "kåren", "orkester", "orkestern", "kören", "manskör",
    "kammarkör", "kyrkokör", "gille", "gillet", "allians", "alliansen", "forum", "mission", "missionen",
    "armén", "korset", "kyrka", "kyrkan", "församling", "församlingen", "akademi", "akademien",
    "aktiebolag", "aktiebolaget", "bolag", "bolaget", "studieförbund", "studiecenter", "samlingslokal",
    "hus", "huset", "nätverk", "nätverket", "center", "centrum", "kooperativ", "kooperativet",
    "institut", "institutet", "musikkår", "scoutkår", "ungdomsråd", "föreningsråd", "vänner", "vänners",
    "avdelningen", "lokalavdelning", "lokalavdelningen", "kretsen", "distriktet",  # an association's branch
)
# Endings that are also short common words ("kör" drives, "lag" law): they count only inside a
# longer word, except these that name a place of its own ("Folkets hus").
_WHOLE_WORD_OK = frozenset({"hus", "huset", "forum", "center", "centrum", "jouren", "kören", "kåren"})
# Short upper-case words of names ("Malmö FF", "Exempel AB", "IK Stjärnan").
HAND_ORG_TOKENS = frozenset({"AB", "HB", "KB", "IF", "IK", "FF", "SK", "BK", "FK", "GIF", "BIF", "IFK", "AIF",
                             "HK", "OK", "KFUM", "KFUK", "SMU", "PRO", "SPF", "RF", "RFSU", "RFSL", "ABF",
                             # Finland's forms: "Ab", "Oy" (companies), "rf" (a registered association)
                             "Ab", "Oy", "Oyj", "rf", "r.f"})
# "ek. för.", "u.p.a.": the abbreviations of a cooperative's legal form.
_LEGAL_FORM_WORD = re.compile(r"ekonomisk|ideell", re.I)
_LEGAL_ABBREV = re.compile(r"\b(?:ek\.?\s*för\.?|ekonomisk\s+förening|ideell\s+förening|u\.?\s*p\.?\s*a\.?)(?!\w)", re.I)
# The municipality's own bodies: never a grant's counterparty, only a party of an agreement.
_OWN_BODY = re.compile(
    r"(?:nämnd|nämnden|styrelse|styrelsen|förvaltning|förvaltningen|utskott|utskottet|fullmäktige|kontor|"
    r"kontoret|avdelning|avdelningen|kansli|kansliet|enhet|enheten|sektor|sektorn)$", re.I)
_GRANT_WORD = re.compile(r"(?:bidrag|bidraget|stipendi\w*|stöd|stödet|^anslag|^anslaget|pris|priset)$", re.I)
_PLURAL = re.compile(r"(?:ar|er|or)(?:na)?$")
# Words a name may carry in lower case between its capitalised words ("Friends of Music",
# "Föreningen för Exempelbygden", "Kultur- och bygdeförening").
_CONNECTORS = frozenset({"of", "the", "and", "for", "de", "du", "la", "för", "&", "och"})
_PLACE_PREPOSITIONS = frozenset({"i", "på", "vid"})  # ("Föreningen Jazz vid Vänern": a place by its lake or river too)
# Capitalised words that open labels, dates or headings rather than a name.
_NOT_NAME_START = frozenset({
    "dnr", "diarienummer", "datum", "sida", "bilaga", "bilagor", "totalt", "summa", "varav", "övriga",
    "bidrag", "belopp", "budget", "förening", "föreningen", "föreningar", "föreningarna", "kommunen",
    "nämnden", "styrelsen", "det", "den", "de", "detta", "denna", "dessa", "vi", "man", "hon", "han", "ett",
    "en", "alla", "samtliga", "respektive", "ansökan", "beslut", "förslag", "parter", "parterna", "sökande",
    "organisation", "organisationer", "organisationerna", "stiftelsen", "ordförande", "kontakt",
})
_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_WORD_OR_BREAK = re.compile(r"[^\s]+|\n")
_SENTENCE_OPENERS = frozenset({"att", "nu", "då", "även", "också", "dessutom", "därför", "sedan", "så", "när",
                               "om", "och", "men", "i", "på", "för", "med", "under", "efter", "enligt"})
_BULLET = re.compile(r"^\s*(?:[-–•*»·]|\d+[.)])\s*")
_ADDRESS = re.compile(r"^\s*(?:\d{3}\s?\d{2}\s+\S+|.*\b(?:vägen|gatan|väg|gata|torg|plan|box)\s*\d+.*|box\s+\d+.*)$", re.I)
# An e-mail or web address, also with the @ misread by OCR ("annaQexempel.se").
_EMAIL_LIKE = re.compile(r"\S+[@Q]\S+\.[a-z]{2,4}\b|\bwww\.|\.(?:se|nu|com|org)\b")
_STOP_WORDS = {
    "för", "som", "i", "med", "har", "om", "till", "under", "på", "att", "inom", "vid", "samt", "kommer",
    "ska", "är", "var", "genom", "från", "där", "men", "eller", "kring", "enligt", "avseende", "gällande",
}
_LIST_TRIGGER = re.compile(
    r"(?=[aop])\b(?:organisation(?:er|erna)|aktörer(?:na)?|partnerskap\s+med|"
    r"(?:partner(?:na|föreningarna|organisationerna)|parterna)\s+är)\b\s*[,:]?\s*",
    re.I,
)
_SECTOR = re.compile(r"^[ \t]*(offentlig|idéburen|ideell)\s+sektor\s*(?:genom)?\s*:\s*(.*)$", re.I | re.M)
# Matched anywhere in a word ("samverkansavtal"), so no leading \w* has to be tried at every letter.
_AGREEMENT_WORD = r"(?=[aöpik])(?:avtal|överenskommelse|partnerskap|IOP|kontrakt)[\wåäö-]*"
# "avtal mellan X och Y": the agreement word within a few words before "mellan".
# A role named as the sentence's subject, the organisation its complement: "Projektägare är X",
# "Sökande var X" (a role word of lower-case letters, no name of its own).
_ROLE_IS = re.compile(r"^[A-ZÅÄÖ]?[a-zåäö-]+(?:\s+[a-zåäö-]+)?\s+(?:är|var|blir|blev)\s+(?=[A-ZÅÄÖ])")
_BETWEEN = re.compile(rf"{_AGREEMENT_WORD}(?:[^\S\n]+[\wåäö()-]+){{0,6}}?\s+mellan\s+", re.I)
# "Mellan X och Y har följande avtal träffats": a sentence opening with "Mellan"; its agreement
# word follows the names (checked on the sentence).
_BETWEEN_OPENING = re.compile(r"(?=M)(?:(?<=\n)|(?<=^)|(?<=[.!?] ))[^\S\n]*Mellan\s+(?=[A-ZÅÄÖ])")
# "Parterna är Exeby kommun och föreningen": the agreement's parties named in running text, as "mellan" names them
# (opening its sentence: "Förbundets parter är X och Y kommuner" names a förbund's members, no agreement's parties)
_PARTIES_ARE = re.compile(r"(?=P)(?:(?<=^)|(?<=\n)|(?<=[.!?] ))Parter(?:na)?(?:[^\S\n]+i[^\S\n]+(?:avtalet|partnerskapet|överenskommelsen))?"
                          r"[^\S\n]+(?:är|blir)[^\S\n]+(?=[A-ZÅÄÖ])")
_AGREEMENT_WORD_RE = re.compile(_AGREEMENT_WORD, re.I)
# What a party's name may carry before the next: "X, nedan kallad kommunen, och Y", "X (nedan "Föreningen") och Y".
_CALLED_WORD = r"(?:nedan|härefter|i\s+det\s+följande)"
_CALLED = re.compile(r"[^\S\n]*(?:,[^\S\n]*|\([^\S\n]*)" + _CALLED_WORD + r"\s+(?:även\s+)?"
                     r"(?:kallad|kallat|kallade|benämnd|benämnt|benämnda|kallas|benämns)?\s*[\"”'“]?[\wåäö -]{1,40}?[\"”'“]?"
                     r"[^\S\n]*(?:\)|(?=,))", re.I)
_CALLED_AFTER = re.compile(r"\s*\(\s*" + _CALLED_WORD + r"\b", re.I)
# "avtal/IOP/partnerskap ... med X" in one sentence; the name is read after "med".
_AGREEMENT_WITH = re.compile(rf"{_AGREEMENT_WORD}[^.\n]{{0,80}}?\bmed\s+", re.I)
# "Idéburet offentligt partnerskap (IOP) Föreningen X": an agenda item naming its counterparty.
_IOP_TITLE = re.compile(r"\((?:IOP)\)[^\S\n]*(?=[A-ZÅÄÖ])|\bIOP[^\S\n]+(?:med[^\S\n]+)?(?=[A-ZÅÄÖ][a-zåäö])")
_MAKES_AGREEMENT = re.compile(r"\b(?:ingår|tecknar|tecknade|sluter|slöt|undertecknar|skriver\s+under|skrev\s+under|"
                              r"har\s+(?:tecknat|ingått|slutit|skrivit\s+under)|"
                              # "Socialnämnden i Exeby kommun har beslutat att ingå ett partnerskap med X"
                              r"(?:har\s+)?beslut(?:at|ade)\s+att\s+(?:ingå|teckna|sluta|underteckna))\b", re.I)
_JOINT_AGREEMENT = re.compile(
    rf"(?<![^\S\n])[^\S\n]+(?:har\s+(?:nu\s+)?(?:tecknat|ingått|slutit|undertecknat|skrivit(?:\s+under)?)|tecknar|ingår|sluter|undertecknar|tecknade|ingick|slöt|"
    rf"skriver\s+under|skrev\s+under)"
    rf"\s+(?:[\wåäö-]+\s+){{0,4}}?[\wåäö-]*?{_AGREEMENT_WORD}", re.I)  # (a compound: "arrendeavtal")
_PARTIES_LABEL = re.compile(r"^[^\S\n]*(?:\d+(?:\.\d+)*\.?[^\S\n]*)?(?:avtals)?parter(?:na)?[^\S\n]*:?[^\S\n]*(.*)$", re.I | re.M)
# Grants: a list of names after "bidrag/stipendier/stöd ... till" or "ansökningar ... från".
_GRANT_TO = re.compile(
    # "Pengarna går till A, B och C": the money named by a word of its own.
    # ("kr" a word of its own: "Krantz", "kraven" are no money; a letting's tenant too: "Uthyrning av X till Y")
    r"(?=[bsamekpu])(?:bidrag\w*|stipendi\w*|stöd\b|\banslag|\bmedel|ersättning|\bkronor|\bkr\b|pris(?:et)?\b|\buthyrning|"
    r"\bpengarna\b|\bmedlen\b|\bbeloppet\b|\bsumman\b)"
    # (or shared among them: "stipendiet på 10 000 kronor delas mellan A och B")
    r"[^.\n]{0,50}?\b(?:till|(?:delas|delades|fördelas|fördelades)\s+(?:lika\s+)?mellan)\s+", re.I)
_APPLIED_FROM = re.compile(r"(?=[ab])(?:\bansök\w*|bidrag\w*)\b[^.\n]{0,80}?\bfrån\s+(?:bland\s+annat\s+|bl\.\s?a\.\s+)?", re.I)
# "bidrag till 14 föreningar, bland andra X, Y och Z": named examples of the recipients.
_AMONG_THEM = re.compile(
    r"(?=[bsfo])(?:bidrag|stöd|förening|organisation)\w*\b[^.\n]{0,80}?"
    r"\b(?:bland\s+(?:annat|andra)|bl\.\s?a\.|däribland|nämligen)\s+(?:från\s+|till\s+)?", re.I)
# "Bland mottagarna finns A, B och C", "Bland de föreningar som får bidrag märks A och B": the recipients named.
_AMONG_RECIPIENTS = re.compile(
    r"(?=[bB])\bbland\s+(?:mottagarna|dem\s+som\s+(?:får|fick)(?:\s+[\wåäö]+){0,2}|de\s+(?:föreningar|organisationer)\s+som\s+"
    r"(?:får|fick)(?:\s+[\wåäö]+){0,2})\s+(?:finns|märks|återfinns)\s+(?:också\s+|även\s+)?(?-i:(?=[A-ZÅÄÖ]))", re.I)
# "Övriga som får bidrag är A, B och C", "De som fick stöd var A och B": the recipients named after a copula.
_RECIPIENTS_ARE = re.compile(
    r"(?=s)\bsom\s+(?:också\s+|även\s+)?(?:får|fick|beviljas|beviljades|erhåller|erhöll|tilldelas|tilldelades)"
    r"(?:\s+[a-zåäö]+){0,2}?\s+(?:är|var)\s+(?-i:(?=[A-ZÅÄÖ]))", re.I)
_LISTED = re.compile(r"(?=[ftfsån1-9])\b(?:följande|två|tre|fyra|fem|sex|sju|åtta|nio|tio|[1-9]\d?)\s+(?:\w+\s+){0,3}?\w*"
                     # (what they get between: "Tre föreningar får pengar: A, B och C")
    r"(?:föreningar|organisationer|mottagare|aktörer|lokaler)\w*(?:[ \t]+(?:får|fick|beviljas|beviljades|tilldelas|tilldelades)"
    r"(?:[ \t]+[a-zåäö]+){0,2})?[ \t]*:\s*", re.I)
# "X får 50 000 kronor", "X beviljas bidrag", "X erhåller", "X har ansökt om": the subject is read
# backwards from the verb.
_RECEIVES = re.compile(
    r"(?<![^\S\n])[^\S\n]+(?:får|fick|beviljas|beviljades|erhåller|erhöll|tilldelas|tilldelades|har\s+ansökt|ansöker|söker|"
    r"har\s+(?:också\s+|även\s+)?(?:inkommit\s+med|lämnat\s+in))\b"
    r"(?=[^.\n]{0,60}?(?:\d|bidrag|stöd|kronor|miljon|medel|stipendi|anslag))", re.I)
# "att bevilja Föreningen X 20 000 kronor", "beviljar X ett bidrag", "I år får X 30 000 kronor"
# (the verb before its subject, as Swedish puts it after an adverbial); the kind in lower case may
# come between, no part of the name: "beviljar föreningen X", "ger stiftelsen X".
_KIND_BEFORE_NAME = "(?-i:[a-zåäö]*(?:" + "|".join(e for e in HAND_ORG_ENDINGS if e.endswith(("en", "et"))) + "|organisationen))"
_KIND_LEAD = re.compile(rf"^{_KIND_BEFORE_NAME}[^\S\n]+(?=[A-ZÅÄÖ])")
_GRANTS_TO_NAME = re.compile(  # the lookahead: the verbs' first letters, tested before the verbs
    r"(?=[btugfems])\b(?:bevilja|beviljar|beviljade|beviljat|beviljas|beviljades|tilldela|tilldelar|tilldelade|tilldelat|tilldelas|"
    r"tilldelades|utbetala\s+till|ge|ger|gav|gett|får|fick|erhåller|erhöll|medfinansiera|medfinansierar|finansiera|stödja|stöttar|"
    r"stötta)[^\S\n]+"
    r"(?:(?:också|även|dessutom|därtill)[^\S\n]+)?"  # ("Nämnden beviljade också X (org.nr ...)": an adverb before the object)
    rf"(?:{_KIND_BEFORE_NAME}[^\S\n]+)?(?-i:(?=[A-ZÅÄÖ]))", re.I)
# "att tilldela kontraktet till X", "anbudet från X antas": the contractor of a procurement.
_AWARDED_TO = re.compile(
    r"(?=[ta])\b(?:tilldela\w*\s+(?:kontraktet|avtalet|uppdraget|ramavtalet)\s+till|anbud(?:et)?\s+från)\s+(?-i:(?=[A-ZÅÄÖ]))", re.I)
# "säljer tomt 4 till Exeby Bygg AB", "överlåter fastigheten till X": the buyer of the council's land.
_SOLD_TO = re.compile(
    r"(?=[söf])\b(?:säljer|sälja|sålde|säljs|överlåter|överlåta|överlåts|försäljning\s+av)\b(?:[^.\n]|\n(?![^\S\n]*\n)){0,80}?\btill\s+(?-i:(?=[A-ZÅÄÖ]))",
    re.I)
# "köper vattentornet av Exeby kommun", "förvärvar aktierna från Exeby Energi AB": the seller to the council.
# (Both read on over a line's wrap, not over a blank line.)
_BOUGHT_FROM = re.compile(
    r"(?=[kf])\b(?:köper|köpa|köpte|köps|förvärvar|förvärva|förvärvade|förvärvas)\b(?:[^.\n]|\n(?![^\S\n]*\n)){0,80}?\b(?:av|från)\s+(?-i:(?=[A-ZÅÄÖ]))",
    re.I)
# What follows the name in a grant: "ett bidrag", "20 000 kronor", "med 20 000 kr", "i bidrag".
# (Or a relative clause saying so of them all: "..., som alla fick taket på 45 000 kronor".)
_GRANT_FOLLOWS = re.compile(r"\s*(?:ett\b|en\b|,?\s*\d|med\s+\d|i\s+\w*bidrag|\w*bidrag|\w*stöd\b|medel\b|anslag|"
                            r",?\s*som\s+(?:alla\s+|båda\s+|samtliga\s+|var\s+och\s+en\s+|vardera\s+)?"
                            r"(?:får|fick|beviljas|beviljades|erhåller|erhöll|tilldelas|tilldelades)\b)", re.I)
_FOLLOWED_BY = re.compile(r"(?=f)\bföljt?\s+av\s+(?-i:(?=[A-ZÅÄÖ]))", re.I)
_SHARE_AFTER = re.compile(r"[^\S\n]*(?:,|med)[^\S\n]*\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?[^\S\n]*(?:kronor|kr\b|tkr|mnkr|miljoner)", re.I)
_SUM_BEFORE_VERB = re.compile(r"\d[ \t]*(?:kronor|kr\.?|tkr|mnkr|mkr|miljoner(?:[ \t]+kronor)?),?[ \t]+$", re.I)
_APPLICATION_TITLE = re.compile(r",\s*(?:ansökan|ansökningar|begäran)\s+om\b", re.I)
# "... och till Exeby Ridsällskap går 30 000 kronor": the money goes to the name before the verb.
_GOES_TO = re.compile(r"(?=[tT])\btill[^\S\n]+(?-i:(?=[A-ZÅÄÖ]))(?P<name>[^\n.,;:!?]{2,80}?)[^\S\n]+(?:går|gick)[^\S\n]+"
                      r"(?:drygt[^\S\n]+|knappt[^\S\n]+|nästan[^\S\n]+|sammanlagt[^\S\n]+|totalt[^\S\n]+)?\d", re.I)
# "Resten, 1 650 000 kronor, går till Exeby kommun för ...": the sum before the verb, the name after "till"
# (the order of _GOES_TO turned round).
_SUM_GOES_TO = re.compile(r"(?=\d)\d[ \t]*(?:kronor|kr\.?|tkr|mnkr|miljoner(?:[ \t]+kronor)?),?[ \t]+(?:går|gick)[ \t]+"
                          r"till[ \t]+(?-i:(?=[A-ZÅÄÖ]))", re.I)
# "... följt av Exeby Skytteförening med 95 000 kronor": an organisation and its share of a sum.
_WITH_AMOUNT = re.compile(r"[^\S\n]+med[^\S\n]+\d{1,3}(?:[ \u00a0]\d{3})+[^\S\n]*(?:kronor|kr\b)", re.I)
_GUARANTEE = re.compile(r"(?=b)\bborgen\w*[^.\n]{0,60}?\bför\s+(?-i:(?=[A-ZÅÄÖ]))", re.I)
# Amount entries of a grant list: a number with or without a currency unit, ending the entry.
_ENTRY_AMOUNT = re.compile(  # (never after "/": "TN 2038/0219" is a dnr's serial)
    r"(?=\d)(?<![\d,./])(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{3,7}"
    # (thousands parted by dots, a unit after them: "25.000 kr")
    r"|\d{1,3}(?:\.\d{3})+(?=[ \u00a0]?(?:kr|kronor|sek|:-)(?![\wåäö]))"
    # (a sum in thousands or millions: "85 tkr", "2,4 mnkr", "3 mkr", "1,5 miljoner kronor")
    r"|\d{1,3}(?:,\d{1,2})?(?=[ \u00a0]?(?:tkr|mnkr|mkr|msek|miljoner)\b))(?:,(?:\d{1,2}|-))?\s*"
    r"(?P<unit>kronor|kr\b\.?|sek\b|tkr\b|mnkr\b|mkr\b|msek\b|miljoner(?:[ \u00a0]kronor)?\b|:-)?(?P<tail>[^\S\n]*(?:/\s*år|per\s+år))?"
    r"(?=[^\S\n]*(?:[,.;|\n]|[-–—•][^\S\n]|$)|(?<=[a-z:-])[^\S\n]+(?:(?-i:[A-ZÅÄÖ])|(?:och|samt)\s)"
    # (or, in a flattened list, what the money is for up to the next entry's name and amount: "310 000 kronor
    # för projektet X Föreningen Y, 265 000 kronor")
    r"|(?<=[a-z])[^\S\n]+för[^\S\n]+[^\n,.;:]{1,80}?[^\S\n]+(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:[^\S\n]+(?-i:[A-ZÅÄÖ])[\wåäö-]+)*,[^\S\n]*\d"
    # (or, on a bulleted line, what the money is for up to the line's end: "– Exeby Folkdanslag, 320 tkr för en turné")
    r"|(?<=[a-z])(?P<purpose_to_eol>[^\S\n]+för[^\S\n]+[^\n]{1,80}?[^\S\n]*(?:\n|$)))", re.I)
_ENTRY_BREAK = re.compile(r"[\n,;|•:]|[.!?](?=\s)|\s[-–—](?=\s)|(?<!-)\s(?:och|samt)\s")
# A list's line whose payee a comma parts from what the money is for, a colon before the amount:
# "Exeby Cykelklubb, pumptrack: 420 000 kr" (``left`` has its colon cut off already).
_DESCRIBED_ENTRY = re.compile(r"[^\S\n]*(?:[-–•*»·][^\S\n]*)?(?P<name>[^,:;\n\d]{2,80}?),[^\S\n]*[^,:;\n]{2,80}")
# Words that make a list of names with amounts a list of grants (or of partners' shares).
_GRANT_CONTEXT = re.compile(
    r"(?=[bsfoptiuaIme])(?:bidrag|stöd|stipendi|bevilja|fördel|förening|organisation(?!s?nummer|s?nr)|partnerskap|IOP|tilldela|"
    r"utbetal|mottagare|anslag|får\b|erhåller)", re.I)
# Between two entries of one list: separators, or "och"/"samt" before the last.
_RUN_GAP = re.compile(r"[\s,;|•.:–-]*(?:(?:och|samt)\s+)?")
# A flattened grant list's entry after the one before it on the same line: that entry's amount, its unit and
# what it is for ("310 000 kronor för projektet Spelmanslag i skolan Föreningen X, 265 000 kronor").
_PRIOR_ENTRY_TAIL = re.compile(r"^\d{1,3}(?:[ \u00a0]\d{3})*[ \u00a0]*(?:kr|kronor|SEK)\.?[ \t]+(?:för[ \t]+[^\n,.;:]{1,80}?[ \t]+)?(?=[A-ZÅÄÖ])")
_PURPOSE_GAP = re.compile(r"[ \t]*(?:(?:kr|kronor|SEK)\.?[ \t]+(?:för[ \t]+[^\n,.;:\d]{1,80}?[ \t]*)?|[ \t]+för[ \t]+[^\n,.;:\d]{1,80}?[ \t]*)"
                          r"(?:\n[ \t]*)?")  # (a bulleted list's next line)
_PURPOSE_REACH = 100
_PERIOD_LINE = re.compile(rf"[^\S\n]*(?P<name>[^\n–]{{2,90}}?)[^\S\n]+[–-][^\S\n]+(?:{DATE})", re.I)
# Where a dash before a date may stand: the full pattern above is tried only on such lines.
_DASH_DATE = re.compile(r"[^\S\n][–-][^\S\n]+(?:\d|den\b|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)", re.I)
_PARTY_MARK = re.compile(r"^\s*\((?:[A-ZÅÄÖ]{1,3}|[a-zåäö]{1,3})\)")


_active_models = None  # the ModelStore whose orgwords the cached word tests below were made with


def _use(models) -> None:
    """Read this document's model folder; cached word tests of another folder are dropped."""
    global _active_models
    if models is not _active_models:
        _active_models = models
        for cached in (learned_endings, has_learned_ending, is_org_shaped, _zipf):
            cached.cache_clear()


def _model() -> dict[str, set[str]]:
    """orgwords.tsv (models/build_orgwords.py): learned org-name endings and given names."""
    if _active_models is None:
        from docparse.models import store_for

        _use(store_for())
    return _active_models.orgwords


@lru_cache(maxsize=1)
def learned_endings() -> tuple[frozenset[str], frozenset[str]]:
    """(lower-case endings, upper-case tokens) of organisation names."""
    endings = _model()["ending"]
    return frozenset(e for e in endings if not e.isupper()), frozenset(e for e in endings if e.isupper())


def looks_like_person(name: str) -> bool:
    """"Anna Berg": two to four capitalised words opening with a given name, no organisation word."""
    words = name.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words) or is_org_shaped(name):
        return False
    # "Producenten Anna Berg": a role word may open the name of a person.
    return words[0] in _model()["given"] or len(words) >= 3 and words[1] in _model()["given"]


_ENDING_TUPLES: dict[int, tuple] = {}  # id(endings) -> (endings, as a tuple): str.endswith takes tuples


def _as_tuple(endings) -> tuple:
    cached = _ENDING_TUPLES.get(id(endings))
    if cached is None or cached[0] is not endings:
        cached = _ENDING_TUPLES[id(endings)] = (endings, tuple(endings))
    return cached[1]


def _ends_with_any(word: str, endings) -> bool:
    w = word.lower().strip(".,:;!?()\"'”’")
    if not w.endswith(_as_tuple(endings)):  # one C call rules most words out
        return False
    return any(w.endswith(e) and (len(e) < len(w) or len(e) >= 6 or e in _WHOLE_WORD_OK) for e in endings)


@lru_cache(maxsize=4096)
def has_learned_ending(name: str) -> bool:
    endings, tokens = learned_endings()
    words = name.split()
    return bool(words) and (any(w.strip(".,") in tokens for w in words) or _ends_with_any(words[-1], endings))


@lru_cache(maxsize=4096)
def has_hand_org_word(name: str) -> bool:
    words = name.split()
    if not words:
        return False
    if any(w.strip(".,:;()") in HAND_ORG_TOKENS for w in words) or _LEGAL_ABBREV.search(name):
        return True
    # The head is the last word, or the first in "Föreningen X" / "Stiftelsen X".
    return _ends_with_any(words[-1], HAND_ORG_ENDINGS) or _ends_with_any(words[0], HAND_ORG_ENDINGS) and len(words) > 1


@lru_cache(maxsize=4096)
def is_org_shaped(name: str) -> bool:
    """The span's words say it names an organisation (an association, company, foundation ...)."""
    return has_hand_org_word(name) or has_learned_ending(name)


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    """wordfreq's Zipf value of a word, from the lexicon that holds its frequencies (log10 + 9);
    importing wordfreq itself costs a cold start a quarter of a second."""
    _model()  # the active model store
    logf = _active_models.lexicon.logf(word.lower().strip("!.,:;()"))
    return 0.0 if logf is None else logf + 9


def _common(word: str) -> bool:
    return _zipf(word) >= 3.8


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() and any(c.isalpha() for c in word)


def _is_plural_kind(word: str) -> bool:
    """"Folketshusföreningar", "idrottsklubbarna": a kind of organisation, not one of them."""
    w = word.lower()
    m = _PLURAL.search(w)
    return bool(m) and len(w) > 6 and has_hand_org_word(w[: m.start()])


@lru_cache(maxsize=16384)  # asked of every party's words, again at each of their mentions
def _generic_org_noun(word: str) -> bool:
    """An organisation noun whose first part is a common word ("idrottsförening", "konstföreningen"),
    unlike a proper one ("Exempelbyorkestern")."""
    w = word.lower().strip(".,:;!")
    heads = [e for e in HAND_ORG_ENDINGS if w.endswith(e)]
    if not heads:
        return False
    prefix = w[: len(w) - len(max(heads, key=len))]
    prefix = prefix[:-1] if prefix.endswith("s") and len(prefix) > 3 else prefix
    return not prefix or _zipf(prefix) >= 4.0


def looks_like_org_name(item: str) -> bool:
    """A named organisation, not a common noun phrase that happens to open a sentence."""
    words = item.split()
    if not 1 <= len(words) <= 6 or not any(w[:1].isupper() for w in words):
        return False
    if any(ch.isdigit() for ch in item):
        return False
    if MUNICIPALITY_RE.fullmatch(item):
        return True
    caps = [w for w in words[1:] if w[:1].isupper()]
    if not caps and all(_common(w) for w in words):
        return False
    return True


def _is_place(word: str) -> bool:
    """A municipality SCB lists (or one of Finland's Swedish-speaking ones) or a region's place
    name, genitive -s allowed: a proper name even where it is also a common word ("Orsa")."""
    _model()
    places = _place_words(_active_models.domain.municipalities, _active_models.domain.regions)
    w = word.strip(".,:;()").lower()
    return w in places or w.endswith("s") and w[:-1] in places


@lru_cache(maxsize=4)
def _place_words(municipalities: frozenset[str], regions: tuple[str, ...]) -> frozenset[str]:
    """The lower-case place words of the domain lists, built once per model store: the towns (Finland's
    Swedish-speaking ones too) and a region's single place word ("Region Exeland" -> "exeland";
    "Västra Götalandsregionen" gives none)."""
    return municipalities | FINLAND_SWEDISH | frozenset(
        r.split(" ", 1)[1].lower() for r in regions if r.startswith("Region ") and " " not in r[7:])


def _as_in_running_text(name: str) -> str:
    """A name printed in capitals as a sentence opening with it would write it: its first word
    capitalised, later common words in lower case, other words, places and organisation tokens as
    names. "TRE FÖRENINGAR I ORSA" -> "Tre föreningar i Orsa" (a heading), "ORSA SKIDKLUBB" -> "Orsa
    Skidklubb"."""
    out: list[str] = []
    for k, w in enumerate(name.split()):
        bare = w.strip(".,:;()")
        if bare in HAND_ORG_TOKENS:
            out.append(w)
        elif k > 0 and _zipf(bare) >= _COMMON_IN_CAPS and not _is_place(bare) and not (
                k == 1 and _ends_with_any(out[0].lower(), HAND_ORG_ENDINGS)):  # "FÖRENINGEN NORDEN": the kind, then its name
            out.append(w.lower())
        else:
            out.append(w.capitalize())
    return " ".join(out)


_ACRONYM = 5  # letters of a name in capitals that is an acronym ("HSB", "IKEA"), no heading's word
_COMMON_IN_CAPS = 3.0  # (the Zipf value under which plausible_name lets a lower-case word into a name)


def plausible_name(name: str, *, strong: bool, lower_start: bool = False) -> bool:
    """Could ``name`` be an organisation's name? Strong constructs (an entry of a grant list, a
    party label) need only a name's form; weak ones (a subject before "får") need its shape too."""
    words = name.split()
    if len(words) >= 2 and name.isupper():
        # A heading in capitals hides which words are names: judge the words as running text has them.
        reading = _as_in_running_text(name)
        if reading != name and not plausible_name(reading, strong=strong):
            return False
        kinds = [w for w in words if w.lower() not in _CONNECTORS]
        if _is_plural_kind(words[0]) or all(_generic_org_noun(w) for w in kinds):
            # "IDROTTSFÖRENINGAR I EXEBY", "VÄGFÖRENING OCH HEMBYGDSFÖRENING": kinds of association, none named
            return False
    if not strong and name.isupper() and not is_org_shaped(name) and not (len(words) == 1 and len(name) <= _ACRONYM) \
            and not MUNICIPALITY_RE.fullmatch(name):
        # "BIDRAG TILL SOMMARLOVSAKTIVITETER", "STÖD TILL TOLV KULTURAKTÖRER": a heading in capitals, which hide
        # whether the words after "till" are a name; a weak construct takes them only with an organisation's
        # shape (a short acronym, "HSB", and a municipality, "AVTAL MED EXEBY STAD", stay names)
        return False
    if not 1 <= len(words) <= 8 or re.search(r"\d(?!D\b)", name) or len(name) > 90:
        return False
    first = words[0]
    if first.lower().strip(".,:") in _NOT_NAME_START and len(words) == 1:
        return False
    if not _capitalised(first) and not (lower_start and is_org_shaped(name)):
        return False
    if not _capitalised(first) and len(words) > 1 and words[1] == "av" and not is_org_shaped(first):
        return False  # "bidrag till upprustning av bygdegården": what the grant is for (an act "of" a thing), no one's name
    if len(words) == 1 and not _capitalised(first):
        return False  # "bidrag till brottsofferjouren": a kind of organisation in lower case, its name unsaid
    if len(words) == 1 and (_is_plural_kind(first) or _zipf(first) >= (4.0 if strong else 2.0)):
        return False  # "Totalt", "Föreningen", "Kvinnojour": a common word, not a name
    if len(words) == 1 and not strong and _generic_org_noun(first):
        # "Idrottsföreningen får ...": a kind of association in running text; in a list of
        # recipients with amounts the same form is a name ("Strandkören 4 000")
        return False
    if _GRANT_WORD.search(words[-1]):
        return False  # "Exempelstipendiet": the grant itself, not who gets it
    if _for_phrase_name(words, 0) == len(words):
        return True  # "Föreningen för gammal dans i Exeby": lower-case words of what it is for
    body = BOARD_RE.match(name)
    if body and is_body_name(body.group("name")):
        rest = name[body.end():].split()
        if rest and rest[0][:1].islower() and rest[0].lower() not in _CONNECTORS:
            return False  # "Kommunstyrelsen beviljar föreningen": a deciding body opens a sentence, no name
    for k, w in enumerate(words[1:], start=1):
        lw = w.lower().strip(".,:;")
        if _capitalised(w) or lw in _CONNECTORS or lw in _PLACE_PREPOSITIONS or w.endswith("-"):
            continue
        if _org_word_ahead(words, k):
            continue
        if strong and k >= 2 and has_hand_org_word(first) and _capitalised(words[1]):
            continue  # "Föreningen Vänskap över generationer" in a list of names: the kind and name open it
        if is_org_shaped(w) or lw in ("län", "läns", "kommun", "stad", "region") or _zipf(w) < 3.0:
            continue
        if k == len(words) - 1 and _is_place_genitive(words[:k]) and _PUBLIC_INSTITUTION.fullmatch(lw):
            continue  # "Exeby läns museum"
        if lw in _BRANCH_NOUNS and words[k - 1].endswith("s") and _capitalised(words[k - 1]):
            continue  # "Röda Korsets krets i Exeby": a national organisation's local unit
        return False  # a function word or verb: the phrase runs on into a sentence
    if len(words) >= 2 and name.isupper() and words[-1].lower() in _CAPS_LINKS:
        # "BIDRAG TILL SAMLINGSLOKALER FRÅN 2039": a heading in capitals cut at its year; no name
        # ends in the link word that carries a heading on
        return False
    if len(words) >= 2 and name.isupper() and all(_common(w) and not is_org_shaped(w) for w in words):
        # "TRE NYA INSATSER": a heading in capitals, whose capitals say nothing of a name; common
        # words only and none an organisation's ("RÖDA KORSET" stays)
        return False
    if not strong and len(words) == 1 and not is_org_shaped(name) and not first.isupper():
        return False  # one word in running text ("Exempeltiden räknas från"): a name only by its shape
    return True


def _is_own_body(name: str) -> bool:
    """The municipality or one of its bodies; "Riksförbundet X, Västra avdelningen" is an
    association's branch, not the municipality's department."""
    words = name.split()
    if MUNICIPALITY_RE.fullmatch(name):
        return True
    return bool(_OWN_BODY.search(words[-1])) and not any(has_hand_org_word(w) for w in words[:-1])


# A verb in the past passive, in lower case, is the sentence going on after a name, even before an
# organisation's word ("... och Region Ösby godkändes av regionstyrelsen"), never a word of a name.
_PASSIVE_PAST = re.compile(r"[a-zåäö]{3,}(?:ades|des|tes)")


def _trim_item(item: str) -> str:
    """Cut a list item at the first word that starts the rest of the sentence."""
    words = item.split()
    for k, w in enumerate(words):
        if k > 0 and (w.lower() in _STOP_WORDS or w.startswith(("(", "–", "-"))):
            words = words[:k]
            break
    return " ".join(words).strip(" ,;:.–-")


def _split_list(text: str) -> list[str]:
    text = re.split(r"(?<![A-ZÅÄÖ])\.(?:\s|$)|\n\s*\n|[;:]", text, maxsplit=1)[0]
    parts = re.split(r",\s*|\s+och\s+|\s+samt\s+", squash(text))
    return [_trim_item(p) for p in parts if p.strip()]


def _org_word_ahead(tokens: list[str], k: int) -> bool:
    """A lower-case word belongs to the name when an organisation word follows within two words
    ("Exempelbyns folkets hus", "svensk-finska ungdomsföreningen")."""
    for tok in tokens[k + 1: k + 3]:
        word = tok.rstrip(",.;:)")
        if word.lower() in _STOP_WORDS or _capitalised(word):
            return False
        if is_org_shaped(word):
            return True
        if word != tok:
            return False
    return False


_INITIALS = re.compile(r"^(?:[A-ZÅÄÖ]\.)+$")
# A head word alone in its definite form ("Förbundet", "Föreningen"): the anaphor that opens the
# sentence after a name, never a word inside one.
_DEFINITE_HEADS = DEFINITE_ORG_HEADS


# A table's column gap: a tab or two blanks or more.
_CELL_GAP = re.compile(r"\t|[^\S\n]{2,}")
# A gap inside a line: a wrapped line's indent ("1. ... och Exeby\n   Segelsällskap") parts no cells.
_CELL_GAP_IN_LINE = re.compile(r"(?<=\S)(?:[^\S\n]*\t|[^\S\n]{2,})")


# A line opening with a diarienummer: a board's code and number, or its label.
_DNR_LINE = re.compile(r"(?:[A-ZÅÄÖ]{1,6} \d[\d./:-]*\d|(?:Dnr|DNR|Diarienummer)\b)")


def _head_of_genitive(out: list[str], word: str) -> bool:
    """A definite head's name ending in a proper genitive ("Stiftelsen Exebygdens", "Föreningen
    Nordgårdens") is unfinished: a genitive needs its noun, the lower-case word after it."""
    if len(out) < 2 or out[0].lower() not in _DEFINITE_HEADS:
        return False
    genitive = out[-1]
    return (len(genitive) > 3 and genitive.endswith("s") and genitive[:1].isupper() and not genitive.isupper()
            and word.isalpha() and word.islower() and len(word) > 3 and word not in _STOP_WORDS | _CONNECTORS | _PLACE_PREPOSITIONS
            and not _PASSIVE_VERB.fullmatch(word))


# A passive verb after a name that ends in -s is no genitive's noun: "Föreningen Exeljus avslås", "... beviljas",
# "... godkänns", "... avslogs".
_PASSIVE_VERB = re.compile(r"[a-zåäö]{2,}(?:as|ås|äs|nns|ogs|ågs|ades|des|tes)")


def _genitive_wraps(out: list[str], below: list[str]) -> bool:
    """A name whose line ends in a proper genitive and whose next line opens with an organisation
    word ("Stiftelsen Exebyns\nStödcentrum för ..."): the genitive's noun is on the next line."""
    last = out[-1]
    nxt = below[0].rstrip(",.;:)") if below else ""
    return (len(out) >= 2 and len(last) > 3 and last.endswith("s") and last[:1].isupper() and not last.isupper()
            and _capitalised(nxt) and has_hand_org_word(nxt))


def _owner_genitive(word: str, nxt: str) -> bool:
    """An organisation word in the genitive before a lower-case noun ("Exeby Ryttarsällskaps nya
    ridhus"): the name ends at the owner; what follows is what it owns, no part of the name."""
    after = nxt.rstrip(",.;:)")
    return (len(word) > 4 and word.endswith("s") and not word.isupper() and has_hand_org_word(word[:-1])
            and after.isalpha() and after.islower() and after not in _STOP_WORDS | _CONNECTORS | _PLACE_PREPOSITIONS
            and after not in ("och", "samt", "eller")
            and not (has_hand_org_word(after) and not after.endswith(_OWNED_PLACES)))


def _word_after(tokens: list[str], k: int) -> str:
    """The word after token ``k``, over a line break (a title wrapped in its cell)."""
    for tok in tokens[k + 1:k + 3]:
        if tok != "\n":
            return tok
    return ""


def _purpose_genitive(word: str, after: str) -> bool:
    """A place's genitive before a lower-case noun ("Norrviks bruksmuseum", "Åsens badplats"): after
    a complete name and "för", what the money is for, not the rest of the name."""
    after = after.rstrip(",.;:)")
    return (len(word) > 3 and word.endswith("s") and not word.isupper() and not has_hand_org_word(word[:-1])
            and after.isalpha() and after.islower() and len(after) > 3
            and after not in _STOP_WORDS | _CONNECTORS | _PLACE_PREPOSITIONS)


# What an organisation owns or runs, not a body of people of its own: "Exeby Ryttarsällskaps ridhus"
# names the owner, "Exeby Baptistkyrkas brassband" a body (the church's band) whose name that is.
_OWNED_PLACES = ("hus", "huset", "gård", "gården", "lokal", "lokalen", "center", "centrum", "anläggning", "anläggningen")


# Small words a heading in capitals runs on with after a complete name (capitals hide that they are small).
_CAPS_LINKS = frozenset({"för", "av", "till", "med", "om", "vid", "under", "inom", "från", "genom", "mellan", "avseende", "gällande"})


# A company's legal form, the last word of its name ("Exeby Bygg och Måleri AB").
_COMPANY_FORMS = frozenset({"AB", "HB", "KB"})


def _company_with_och(before: list[str], after: list[str]) -> bool:
    """``before`` + "och" + ``after`` is one company's name ("Exeby Camping och Stugby AB"), not two
    names: the words after "och" are capitalised up to the company's legal form, and those before
    open with a rare word (a place, not "Kommunen") and name no organisation, person or municipality
    of their own."""
    if not before or not 1 <= len(after) <= 4 or after[-1] not in _COMPANY_FORMS:
        return False
    if not all(_capitalised(w) for w in before + after) or _common(before[0]):
        return False
    run = " ".join(before)
    return not (is_org_shaped(run) or looks_like_person(run) or MUNICIPALITY_RE.match(run))


def _company_tail(tokens: list[str], k: int) -> list[str]:
    """The capitalised words from ``tokens[k]`` through the first legal form of a company (at most
    four), punctuation after it stripped; [] when a lower-case word or a break comes first."""
    out = []
    for tok in tokens[k: k + 4]:
        word = tok.rstrip(",.;:)")
        if tok == "\n" or not _capitalised(word):
            return []
        out.append(word)
        if word in _COMPANY_FORMS:
            return out
    return []


_YEAR_WORD = re.compile(YEAR)


# A page's publication or update label and its date inside a flattened line ("... med Exeby Kvinnojour
# Publicerad 2037-09-18 | ..."): where a headline ran on into the dateline.
_INLINE_DATELINE = re.compile(r"[^\S\n]+(?=(?:Publicera[dt]|Uppdatera[dt]|Senast[^\S\n]+(?:uppdatera[dt]|ändrad))"
                              r"[^\S\n]*:?[^\S\n]*(?:den[^\S\n]+)?\d)")


def _before_dated_line(text: str) -> str:
    """``text`` up to its first line (after the first) that opens with a date's label and its date,
    or up to such a label and date inside its first line."""
    nl = text.find("\n")
    while nl >= 0:
        nxt = text.find("\n", nl + 1)
        if is_labelled_date_line(text[nl + 1: len(text) if nxt < 0 else nxt]):
            text = text[:nl]
            break
        nl = nxt
    inline = _INLINE_DATELINE.search(text)
    return text[:inline.start()] if inline else text


# A finite verb in lower case right after a sentence's capitalised subject ("Fullmäktige godkände",
# "Styrelsen har", "Nämnden beviljade"): no word of a name.
# (a present participle is no finite verb: "Exeby" / "Segelsällskap avseende ...", "... gällande ...")
_FINITE_VERB = re.compile(r"(?:har|hade|är|var|ska|skall|får|fick|kan|vill|blir|blev|[a-zåäö]{3,}(?<![ae]n)(?:de|te))")


def leading_name(text: str, *, lower_start: bool = False) -> str:
    """The name that opens ``text``: capitalised words, organisation words and the small words
    names carry inside ("of", "för", "kultur- och"), up to the first word of the running sentence.
    "i/på Place" stays in a one-word or capitalised name ("Kvinnojouren i Exempelby")."""
    text = re.split(r"\n[^\S\n]*\n", text[:160], maxsplit=1)[0]  # a name never runs over a blank line
    text = _CELL_GAP_IN_LINE.split(text, maxsplit=1)[0]  # nor over a table's column gap: the next cell is another column
    text = _before_dated_line(text)  # nor into a dateline under a headline ("... MED EXEBY IF" / "Publicerad 3 maj 2040")
    tokens = _WORD_OR_BREAK.findall(text)
    out: list[str] = []
    k = 0
    while k < len(tokens) and len(out) < 8:
        if tokens[k] == "\n":
            if out and is_org_shaped(" ".join(out)) and not _genitive_wraps(out, tokens[k + 1:k + 2]):
                break  # a complete name ends its line; a wrapped one ("Exempels\nlän") runs on
            if _DNR_LINE.match(" ".join(tokens[k + 1:k + 3])):
                break  # "... MED EXESTAD" / "SOCN 38/2037": the line below opens with the matter's dnr
            below = tokens[k + 1].strip(",.;:") if k + 1 < len(tokens) else ""
            if out and _capitalised(below) and below.lower() in _NOT_NAME_START | _DEFINITE_HEADS:
                break  # "Avtal med Exeby Frida" / "Kommunen och ...": the line below opens a sentence, not the name's rest
            if out and _capitalised(below) and k + 2 < len(tokens) and _FINITE_VERB.fullmatch(tokens[k + 2]):
                break  # "Partnerskap med Exeby Sjövärn" / "Fullmäktige godkände ...": a subject and its verb below
            del tokens[k]
            continue
        tok = tokens[k].strip("*_")
        if _INITIALS.match(tok):
            word, ends = tok, False  # "J.P. Exempel"
        else:
            word = tok.rstrip(",.;:)”\"")
            ends = word != tok or word.endswith("!")
            if word.endswith(":s") and word[:-2].isupper():
                word, ends = word[:-2], True  # "Exempel AB:s lån": the genitive ends the name
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if not word or re.search(r"\d", word) and not re.fullmatch(r"\d+D", word):
            if _YEAR_WORD.fullmatch(word) and "för" in out[1:]:
                cut = len(out) - 1 - out[::-1].index("för")
                if cut >= 2 and is_org_shaped(" ".join(out[:cut])):
                    del out[cut:]  # "till X Föreningsråd för Sommar i Exeby 2040": a project and its year, not the name's part
            break
        lw = word.lower()
        if not out:
            taken = _for_phrase_name(tokens, k)
            if taken:
                out = [t.rstrip(",.;:)”\"") for t in tokens[k:k + taken]]
                break  # "Föreningen för bygdens historia i Lövestad": the head, "för" and what it is for
            if lw in _NOT_NAME_START and not _capitalised(nxt):
                break
            # "svensk-finska ungdomsföreningen": a rare or hyphenated adjective before the head
            opens_lower = lw not in _STOP_WORDS and ("-" in word or _zipf(word) < 4.0) and not ends and _org_word_ahead(tokens, k)
            if lower_start and not ends and word.islower() and word.endswith(_GROUP_KINDS) and _capitalised(nxt):
                k += 1  # "delas mellan X och dansgruppen Steg för Steg": a group's kind in lower case, then its name
                continue
            if not (_capitalised(word) or lower_start and (is_org_shaped(word) or opens_lower)):
                break
            if not _capitalised(word) and not ends and _capitalised(nxt) and is_org_shaped(nxt.rstrip(",.;:)")):
                k += 1  # "bidrag till studieförbund Studieförbundet X": the kind in lower case, then the name
                continue
            out.append(word)
            if word.endswith("-") and nxt == "och":  # "Kvinno- och tjejjouren": one name
                out.append("och")
                k += 1
        elif word.endswith("-") and nxt == "och":  # "Bjärnums Hembygds- och Kulturförening": one name
            out += [word, "och"]
            k += 1
        elif len(out) >= 2 and out[-1] == "och" and out[-2].endswith("-") and word.isalpha():
            out.append(word)  # "Föreningen Hjärt- och lungsjuka": the pair's second compound completes the name
        elif _capitalised(word) and lw not in ("dnr", "diarienummer", "datum", "sida"):
            if (not ends and len(out) >= 3 and out[-1] == "för" and _purpose_genitive(word, _word_after(tokens, k))
                    and is_org_shaped(" ".join(out[:-1]))):
                out.pop()  # "Exeby Hembygdsförening för Norrviks" / "bruksmuseum": what the grant is for, no part of the name
                break
            if not ends and _owner_genitive(word, nxt):
                out.append(word[:-1])  # "borgen för Exeby Ryttarsällskaps nya ridhus": the owner is the name
                break
            if (word.isupper() and lw in _CAPS_LINKS and len(out) >= 2 and all(w.isupper() for w in out)
                    and is_org_shaped(" ".join(out))):
                break  # "BIDRAG TILL EXEBY IDROTTSFÖRENING FÖR NYA MÅL": a heading in capitals goes on past the name
            if is_org_shaped(" ".join(out)) and BOARD_RE.fullmatch(word):
                break  # "... hembygdsförening Arbetsutskottets förslag": a body's heading follows the name
            if (re.fullmatch(r"[\wåäö-]*(?:nämndens|styrelsens|utskottets|fullmäktiges|direktionens)", lw)
                    and nxt.lower().rstrip(":") in ("beslut", "förslag")):
                break  # "... med Exeby Brukshjälp Socialnämndens beslut": the decision's heading, whatever the name's shape
            if lw in _DEFINITE_HEADS and is_org_shaped(" ".join(out)):
                break  # "... Idrottsförbund Förbundet får ...": a flattened text's next sentence names it again
            out.append(word)
        elif is_org_shaped(word) or lw in ("län", "kommun", "stad"):
            out.append(word)
        elif lw == "läns" and (_capitalised(nxt) or _PUBLIC_INSTITUTION.fullmatch(nxt.rstrip(",.;:)"))):
            out.append(word)  # "Exeby läns Hemslöjdsförbund": the county's genitive inside the name
        elif lw in _CONNECTORS - {"och"} and _capitalised(nxt):
            out.append(word)
        elif lw in _PLACE_PREPOSITIONS and _capitalised(nxt) and (len(out) == 1 or _capitalised(out[-1]) or _pair_completed(out)):
            place = nxt.rstrip(",.;:)")
            out += [word, place]
            k += 1
            if nxt != place:
                break
        elif not ends and lw not in _STOP_WORDS | {"och", "eller"} and not _PASSIVE_PAST.fullmatch(word) and _org_word_ahead(tokens, k):
            out.append(word)
        elif _head_of_genitive(out, word):
            out.append(word)  # "Stiftelsen Exebygdens kulturfond": the genitive's noun ends the name
            break
        elif _is_place_genitive(out) and _PUBLIC_INSTITUTION.fullmatch(lw):
            out.append(word)  # "Exeby läns museum", "Exebys teater": a place's institution, its kind in lower case
            break
        elif lw == "och" and _company_with_och(out, _company_tail(tokens, k + 1)):
            out.append(word)  # "Exeby Camping och Stugby AB": one company
        else:
            break
        if ends:
            break
        k += 1
    while out and (out[-1].lower() in _CONNECTORS or out[-1].lower() in _PLACE_PREPOSITIONS):
        out.pop()
    return " ".join(out)


def _pair_completed(out: list[str]) -> bool:
    """The name so far ends on a compound pair ("Föreningen Hjärt- och lungsjuka"): a whole name, so
    "i/på Place" after it is the name's own, as after a one-word name."""
    return len(out) >= 3 and out[-2] == "och" and out[-3].endswith("-")


# Institutions named by their place's genitive and their kind in lower case ("Exebys museum",
# "Exeby läns konstmuseum"); only after a place, as the kind alone is a common word.
_PUBLIC_INSTITUTION = re.compile(r"[a-zåäö]*(?:museum|teater|universitet|högskola|stadsmission|symfoniorkester|bibliotek)")


def _is_place_genitive(out: list[str]) -> bool:
    """The words so far are a place's genitive: "Exebys", "Exeby läns"."""
    if len(out) == 2 and out[1] == "läns":
        return _is_place(out[0])
    return len(out) == 1 and len(out[0]) > 3 and out[0].endswith("s") and _is_place(out[0])


# A group's kind in its definite form, alone or in a compound, before the group's name ("dansgruppen",
# "kören", "teaterensemblen"): no part of the name, as "föreningen X" in lower case is none.
_GROUP_KINDS = ("gruppen", "kören", "ensemblen", "orkestern", "bandet", "kollektivet", "kvartetten", "trion", "duon")


# Heads of a name that says what its body is for, in lower case after "för": "Föreningen för gammal
# dans i Exeby", "Stiftelsen för bygdens historia" (any other "Föreningen för ..." is the anaphor and
# the verb "föra": "Föreningen för statistik över besökarna").
_FOR_HEADS = frozenset({"föreningen", "förbundet", "riksförbundet", "stiftelsen", "sällskapet", "samfundet", "nätverket"})
_FOR_PHRASE_STOPS = _STOP_WORDS | {"och", "eller", "över", "av", "mot", "efter", "bland", "hos", "utan", "sin", "sina", "sitt",
                                   "de", "den", "det", "en", "ett", "alla", "också", "även", "nu", "inte", "redan", "ut"}
_FOR_PHRASE_WORDS = 3
_PLACE_NOUNS = frozenset({"härad", "socken", "län", "kommun", "stad", "bygd"})
# What may follow such a name in its sentence: a list's "och", the purpose's "för att", a verb of the grant.
_AFTER_FOR_NAME = frozenset({"och", "samt", "för", "som", "får", "fick", "har", "hade", "med", "är", "var", "beviljas",
                             "beviljades", "tilldelas", "tilldelades", "erhåller", "erhöll", "går", "gick", "ska", "kommer"})


def _for_phrase_name(tokens: list[str], k: int) -> int:
    """How many tokens from ``k`` make a name "Head för <lower-case words> [i Place [härad]]" that ends
    cleanly (at a stop, a line's or text's end, or a word that goes on the sentence); 0 if none."""
    if tokens[k].lower() not in _FOR_HEADS or not _capitalised(tokens[k]) or k + 2 >= len(tokens) or tokens[k + 1] != "för":
        return 0
    j, n = k + 2, 0
    while j < len(tokens) and n < _FOR_PHRASE_WORDS:
        word = tokens[j].rstrip(",.;:)”\"")
        # (a place's genitive before the phrase's noun: "Föreningen för Norrbys historia")
        genitive = (j == k + 2 and word == tokens[j] and word.isalpha() and _capitalised(word) and word.endswith("s")
                    and j + 1 < len(tokens) and tokens[j + 1].rstrip(",.;:)”\"").isalpha() and tokens[j + 1].islower())
        if not genitive and (not word.isalpha() or not word.islower() or word in _FOR_PHRASE_STOPS):
            break
        j, n = j + 1, n + 1
        if word != tokens[j - 1]:
            return j - k  # the phrase ends with its sentence's or list's stop
    if not n:
        return 0
    if j + 1 < len(tokens) and tokens[j] in _PLACE_PREPOSITIONS and _capitalised(tokens[j + 1]):
        place = tokens[j + 1].rstrip(",.;:)”\"")
        j += 2
        if place != tokens[j - 1]:
            return j - k
        if j < len(tokens) and tokens[j].rstrip(",.;:)”\"") in _PLACE_NOUNS:
            j += 1
            if tokens[j - 1][-1:] in ",.;:)”\"":
                return j - k
    if j >= len(tokens) or tokens[j] == "\n" or tokens[j].lower() in _AFTER_FOR_NAME:
        return j - k
    return 0


_COLUMN_EDGE = re.compile(r"\t|[ ]{4,}")


def _name_list(text: str, *, lower_start: bool = True) -> list[str]:
    """Names listed as "A, B och C" at the start of ``text`` (a bounded window)."""
    names: list[str] = []
    rest = text[:400]
    while rest:
        rest = rest.lstrip()
        name = leading_name(rest, lower_start=lower_start)
        if not name:
            break
        names.append(name)
        after = rest[rest.find(name.split()[-1]) + len(name.split()[-1]):] if name else ""
        # (each name's share in brackets before the separator: "A (310 000 kronor), B (240 000 kronor) och C")
        m = re.match(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:,|och\b|samt\b|,\s*och\b|,\s*samt\b)\s*", after)
        if not m or _COLUMN_EDGE.search(m.group()):
            break  # ("... med Exeby IK,       KS 2040/17": a wide gap after the comma is a column's edge, no list's)
        rest = after[m.end():]
    return names


# A national organisation's local unit after its genitive: "Röda Korsets krets i Exeby", "X:s lokalavdelning".
_BRANCH_NOUNS = frozenset(("krets", "kretsen", "lokalavdelning", "lokalavdelningen", "avdelning", "distrikt", "lokalförening"))


def _name_before(text: str) -> str:
    """The name that ends ``text`` (a bounded window before a verb): the longest run of name
    words, starting at a capitalised word."""
    text = text[-120:]
    tokens = _WORD.findall(text[text.rfind("\n") + 1:])  # a heading above is not part of the subject
    start = len(tokens)
    while start > 0:
        tok = tokens[start - 1]
        if re.search(r"[.!?:;,]$", tok) and start < len(tokens):
            break
        word = tok.strip(",.;:")
        branch = word.lower() in _BRANCH_NOUNS and start >= 2 and tokens[start - 2].endswith("s") and _capitalised(tokens[start - 2])
        if not (_capitalised(word) or is_org_shaped(word) or word.lower() in _CONNECTORS | _PLACE_PREPOSITIONS | {"län"} or branch
                or _LEGAL_FORM_WORD.fullmatch(word) and start < len(tokens) and tokens[start].lower().startswith("förening")):
            break  # ("X ekonomisk förening", "X ideell förening": a legal form's adjective is in the name)
        if is_section_heading(word) and start < len(tokens):
            break  # "... Ärendebeskrivning Föreningen X, org.nr": a flattened text's heading opens what follows
        start -= 1
    words = tokens[start:]
    if len(words) > 3 and words[0] == "för" and "och" in words[2:-1]:
        # "... får 22 000 kr för Valborg och Exeby Ungdomsråd får ...": what the money before was for, then
        # the next sentence's subject after "och"
        words = words[len(words) - words[::-1].index("och"):]
    while words and not _capitalised(words[0]) and not is_org_shaped(words[0]):
        words = words[1:]
    while len(words) > 1 and (words[0].lower() in _SENTENCE_OPENERS
                              or words[0].lower() in _NOT_NAME_START and not has_hand_org_word(words[0])):
        words = words[1:]  # a sentence-opening "Att", "Nu", "Det" is not part of the name
    while len(words) > 1 and not _capitalised(words[0]) and _capitalised(words[1]) and is_org_shaped(words[1]):
        words = words[1:]  # "till studieförbund Studieförbundet X": the kind in lower case, then the name
    while len(words) > 1 and words[-1].lower() in _CONNECTORS:
        words = words[:-1]  # "... med Exeby kommun och får 2 miljoner": the "och" joins the verb, not a name
    if len(words) > 1 and words[-1].lower() in _DEFINITE_HEADS and is_org_shaped(" ".join(words[:-1])):
        words = words[:-1]  # "Stöd till X Idrottsförbund Förbundet får": the verb's subject is the anaphor of X
    return " ".join(words).strip(",.;: ")


# A one-word section heading run on into the text after it, as a flattened text prints it.
# (in capitals too, as a typed paper prints its headings: "... 2041–2042 BAKGRUND Föreningen X, org.nr ...")
_HEADING_RUN_ON = re.compile(r"(?<![\wåäöÅÄÖ])(?:" + alternation(*ONE_WORD_HEADINGS, capital=True) + "|"
                             + alternation(*(in_capitals(h) for h in ONE_WORD_HEADINGS)) + r")[ \t]*:?[ \t]+(?=[A-ZÅÄÖ])")
_HEADING_RUN_ON_WORDS = tuple(form for h in ONE_WORD_HEADINGS  # (plain words: a pre-check)
                              for form in (alternation(h, capital=True), in_capitals(h)))


# A paper named by its sender, as a Beslutsunderlag lists it: "Ansökan från Exeby IK, org.nr ...",
# "Skrivelse från Föreningen X (org.nr ...)": the name is what follows "från".
# A matter's word before the organisation it is for, in a heading or an agenda's row: "Medfinansiering
# av X", "Borgen för X", "Aktieägartillskott till X", "Lån till X" (no part of the name).
_MATTER_FOR = re.compile(r"^(?i:[\wåäö]*finansiering|borgen|borgensåtagande|[\wåäö]*tillskott|lån|driftbidrag|"
                         r"verksamhetsbidrag|[\wåäö]*stöd)[ \t]+(?:av|för|till|åt)[ \t]+(?=[A-ZÅÄÖ])")
_DNR_LABEL_START = re.compile(r"(?:Dnr|DNR|Diarienr|Diarienummer)\.?(?:\s|$)")
# A matter's words before its recipient: "Tilldelning av lokal till X, org.nr ...", "Upplåtelse av hallen till X":
# the last "till" after a word in lower case opens the name.
_MATTER_TO = re.compile(r"^[A-ZÅÄÖ]?[a-zåäö][\wåäö-]*(?:[ \t]+[a-zåäö][\wåäö-]*)*[ \t]+till[ \t]+(?=[A-ZÅÄÖ])")
_PAPER_FROM = re.compile(
    r"^(?:[Aa]nsökan|[Ss]krivelse[n]?|[Bb]egäran|[Ff]ramställan|[Ff]örfrågan|[Yy]ttrande[t]?|[Ii]nbjudan|[Aa]nmälan|"
    r"[Oo]ffert(?:en)?|[Bb]rev(?:et)?|[Rr]emissvar(?:et)?)(?:[ \t]+[\d-]+)?"
    # ("Ansökan om bidrag från X", "Begäran om medel ur fonden från X": what is asked for, in lower case, between)
    r"(?:[ \t]+om(?:[ \t]+[a-zåäö][\wåäö-]*){1,4}?)?[ \t]+från[ \t]+(?=[A-ZÅÄÖ])")


# A party's role before its name, set off by a comma or not: "Sökanden, Exeby Bostäder AB, org.nr ...",
# "Fastighetsägaren Exeby Fastigheter KB, org.nr ..." (singular definite role nouns: no name opens with one).
_ROLE_APPOSITION = re.compile(
    r"^(?:[Ss]ökanden?|[Kk]öparen|[Ss]äljaren|[Hh]yresgästen|[Hh]yresvärden|[Ll]everantören|[Ee]ntreprenören|[Ee]xploatören|"
    r"[Bb]yggherren|[Ff]astighetsägaren|(?:[Bb]idrags)?[Mm]ottagaren|[Aa]rrendatorn|[Uu]pplåtaren|[Ll]åntagaren|[Bb]eställaren|"
    r"[Uu]tföraren|[Mm]otparten|[Ss]ökande\s+bolag(?:et)?)(?:[ \t]*,)?[ \t]+(?=[A-ZÅÄÖ])")
# A label row "Ärende: ...", "Sökande: ..." (one word and a colon, then its value).
# (a label of two words too: "Ansvarig nämnd: Socialnämnden")
_LABEL_VALUE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]*(?:[^\S\n]+[a-zåäö][\wåäö-]*)?[^\S\n]*:[^\S\n]+(?=\S)")


# ("Exeby–Ebyn": a dash between places; "Skid- och Fritidsklubb": a compound's first part left hanging before "och")
_NAME_FRAGMENT = re.compile(r"[A-ZÅÄÖ][\wåäöé&–-]*(?:(?<=-)\s+och(?=\s+[A-ZÅÄÖ])|\s+[A-ZÅÄÖ][\wåäöé&–-]*)*")
# (a name's own small word may end the line: "... med Strokeföreningen i" / "Exeland, org.nr ...")
# ... a place's or owner's genitive ending the line, the kind of the name below it ("Exebys" / "konstförening").
_ENDS_IN_GENITIVE = re.compile(r"\s[A-ZÅÄÖ][\wåäöé-]*s$")
_ENDS_CAPITALISED = re.compile(r"\s[A-ZÅÄÖ][\wåäöé&–-]*(?:\s(?:i|på|för))?$")


_COLUMN_GAP_AFTER_CELL = re.compile(r"(?<=\S)(?:\t|[ ]{3,})(?=\S)")


def _wrapped_line_above(body: str, line_start: int, before: str) -> str | None:
    """The line above when a sentence wraps inside the name before an organisation number: it
    ends with a comma and the number's line holds only the label ("... säljs till Exeby Bygg AB,"
    / "org.nr ..."), or it is running text ending on the name's first capitalised words and the
    number's line opens with the rest ("... överenskommelse med Exeby" / "Bygdegårdsförening,
    org.nr ..."). None when the number's line stands on its own (an address block's label)."""
    if line_start < 2 or body[line_start - 1] != "\n":
        return None
    prev_start = body.rfind("\n", max(0, line_start - 400), line_start - 1) + 1
    prev = body[prev_start:line_start - 1].strip()
    if "\t" in prev or "\t" in before.strip() or re.search(r"\S {3,}$", before):
        # table rows ("Exeby kommun\t212000-0000\t..." / "Föreningen X\t802000-0000", or pdftotext's
        # columns, the number in a column of its own after a wide gap): each cell whole (a tab
        # opening the line is the wrapped line's indent, as its blanks are)
        return None
    own = before.strip(" \t,(:–-")
    gaps = list(_COLUMN_GAP_AFTER_CELL.finditer(prev))
    if gaps and _DNR_LINE.match(prev, gaps[-1].end()):
        # "4)  Avtal med Exeby Skytteförening,     KS 2040/17" / "    org.nr ...": an agenda row's title cell
        # wrapped, the dnr's column right of it: the line the name stands on ends before that column
        # (its number cell stays: a gap as wide may part it from the title, "4)    Avtal med ...")
        prev = prev[:gaps[-1].start()]
    if own.casefold() == "förening" and prev and _LEGAL_FORM_WORD.fullmatch(prev.rsplit(None, 1)[-1]):
        return prev  # "... med Exeby Byalag ekonomisk" / "förening, org.nr ...": wrapped inside the legal form
    if not prev and not own and prev_start >= 2:
        # OCR sets a blank line inside a paragraph; a line ending in a comma ends no paragraph.
        above_start = body.rfind("\n", max(0, prev_start - 400), prev_start - 1) + 1
        above = body[above_start:prev_start - 1].strip()
        if above.endswith(",") and len(above.split()) > 3:
            return above.rstrip(",")
    if not own and prev.endswith(",") and len(prev.split()) > 3:
        return prev.rstrip(",")
    if not own and before.strip() == "(" and len(prev.split()) > 3 and _ENDS_CAPITALISED.search(prev):
        return prev  # "... rusta upp. Föreningen Exeby Leder" / "(802000-0000) får ...": the name ends the line above
    if (own and " " not in own and own[:1].islower() and has_hand_org_word(own) and len(prev.split()) > 4
            and _ENDS_IN_GENITIVE.search(prev) and not _heading_over(body, prev_start, prev, line_start)):
        return prev  # "... samverkansavtal med Exeby" / "konstförening, org.nr ...": the name's kind wrapped, in lower case
    if (own and _NAME_FRAGMENT.fullmatch(own) and len(own.split()) <= 3 and len(prev.split()) > 4
            and _ENDS_CAPITALISED.search(prev) and not _heading_over(body, prev_start, prev, line_start)
            and not _GRANT_ROW.match(prev)):
        # (a grant list's row above, "Exeby Kör, 802000-0000, 9 000 kronor för konserten Vårljus" /
        # "Föreningen X, 802000-0001, ...": its purpose ends in a capitalised word, the name opens the next row)
        return prev
    return None


# A list row of a grant: the recipient, its number and its sum ("Exeby Kör, 802000-0000, 9 000 kronor för ...").
_GRANT_ROW = re.compile(r"[^\n,()]{2,80}?,?[ \t]*\(?(?:(?i:org\.?[ \t]*nr\.?)[ \t]*:?[ \t]*)?\d{6}-\d{4}\)?[ \t]*[,:–-]?[ \t]*"
                        r"\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?[ \t]*(?:kronor|kr|tkr|SEK)\b")


def _heading_over(body: str, prev_start: int, prev: str, line_start: int) -> bool:
    """The line above opens its block (a blank line or the text's start over it) and is much
    shorter than the number's line: a heading over the paragraph ("3. Nytt tak på bygdegården i
    Exeby" / "Exeby Bygdegårdsförening (802000-0000) beviljas ..."), no line of it wrapped inside
    the name (a paragraph's lines run to the same width)."""
    above_end = prev_start - 1
    opens_block = prev_start < 2 or not body[body.rfind("\n", 0, above_end) + 1:above_end].strip()
    line_end = body.find("\n", line_start)
    line = body[line_start: len(body) if line_end < 0 else line_end].strip()
    return opens_block and len(prev) < 0.6 * len(line) and not _CUT_AFTER_LINK.search(prev)


# A line ending on a link word and capitalised words: a sentence wrapped inside the name that
# follows "med", "till", ... ("Nämnden har tecknat avtal med Exeby" / "Ungdomsförening, org.nr"),
# which a heading, a complete phrase, does not end in (clean may have joined the number's line
# with the lines under it, so the lengths alone no longer tell).
_CUT_AFTER_LINK = re.compile(r"\s(?:med|till|åt|från|av|mellan|hos|och)\s+[A-ZÅÄÖ][\wåäöé&-]*(?:\s[A-ZÅÄÖ][\wåäöé&-]*)?$")


_ORGNR_IN = re.compile(r"\d{6}-\d{4}")
_COLUMN_CELL = re.compile(r"\S+(?:[ ]{1,2}\S+)*")  # a cell of pdftotext's columns: they part at a wide gap
_COLUMN_DRIFT = 2  # characters a column's cells may stand off its left edge
_CELL_AFTER = re.compile(r"(?:[^\S ]|[ ]{3})\s*\S")  # a gap that parts two cells, and a cell after it


def _tab_cell(line: str, rank: int) -> str | None:
    """The cell of that rank on a line of tab-parted cells; None where the line has none there."""
    cells = line.split("\t")
    cell = cells[rank].strip() if rank < len(cells) else ""
    return cell or None


_LABEL_ALONE = re.compile(rf"{ORGNR_LABEL}\s*:?", re.I)


def _column_above(body: str, line_start: int, start: int) -> list[str] | None:
    """The cells above an organisation number in its own column, up to a blank one, when its line
    is a row of columns holding only the number and its label ("Org.nr 212000-0000      Org.nr
    802000-0000"): the parties' address blocks printed side by side. None for any other line."""
    # (The line's cells are read up to the number, and past it only when those before it allow:
    # reading a whole flattened line at each of its numbers cost numbers x line.)
    line_end = next_line_break(body, start)
    line_end = len(body) if line_end < 0 else line_end
    if start >= line_end or body[start].isspace():
        return None  # (no cell holds the number's position)
    before = list(_COLUMN_CELL.finditer(body, line_start, start))
    own_start = start
    if before and (before[-1].end() == start or (start - before[-1].end() <= 2 and not body[before[-1].end():start].strip(" "))):
        own_start = before.pop().start()  # the number runs on from this cell ("Org.nr 802000-0000")
    if _LABEL_ALONE.sub("", body[own_start:start]).strip():
        return None
    if not before and not _CELL_AFTER.search(body, start, line_end):
        return None  # the number's cell is the line's only one
    if not all(_ORGNR_IN.search(c.group()) for c in before):
        return None  # a table row naming its party in a cell before the number ("Föreningen X   802000-0000")
    x, out, end = own_start - line_start, [], line_start - 1
    # Columns parted by tabs (a word processor's text export) stand at no fixed position: the
    # number's column is the cell of the same rank on the lines above.
    rank = body.count("\t", line_start, own_start) if "\t" in body[line_start:own_start] else None
    while end > 0 and len(out) < 8:
        prev_start = body.rfind("\n", 0, end) + 1
        if rank is not None:
            cell = _tab_cell(body[prev_start:end], rank)
        else:
            cell = next((c.group() for c in _COLUMN_CELL.finditer(body[prev_start:end])
                         if abs(c.start() - x) <= _COLUMN_DRIFT), None)
        if cell is None:
            break  # the column is empty here: its block ends
        out.append(cell)
        end = prev_start - 1
    return out[::-1]


def _said_twice(segment: str) -> str:
    """A name said twice in a row, once: a flattened page's heading ends with the name and the
    sentence under it opens with it ("... partnerskap med Föreningen X Föreningen X, org.nr ...")."""
    words = segment.split()
    for k in range(len(words) // 2, 0, -1):
        if words[-2 * k:-k] == words[-k:] and any(_capitalised(w) for w in words[-k:]):
            return " ".join(words[-k:])
    return segment


_THROUGH_TAIL = re.compile(r",?[ \t]+genom[ \t]+[^,:\n]{1,80}$")  # (not over the next party's label: "... genom X Hyresgäst: Y")


_RUN_BEFORE_OCH = re.compile(r"((?:[A-ZÅÄÖ][\wåäö-]*[ \t]+){1,3})och[ \t]+$")


def _rejoin_company(before: str, segment: str) -> str:
    """The segment after an "och" that a split took for a list's separator, with the words before it
    when together they name one company (``_company_with_och``)."""
    if not segment or not before.endswith(segment):
        return segment
    m = _RUN_BEFORE_OCH.search(before, max(0, len(before) - len(segment) - 80), len(before) - len(segment))
    if m and _company_with_och(m.group(1).split(), segment.split()):
        return m.group(1) + "och " + segment
    return segment


# A table row's first cell before a column's gap, and a line under it that holds that cell's wrapped end only.
_FIRST_CELL = re.compile(r"([ \t]*)(\S(?:\S| (?! ))*)(?:[ ]?\t|[ ]{2,})[ \t]*$")  # (a tab alone is a gap)
_WRAPPED_CELL = re.compile(r"([ \t]*)([A-ZÅÄÖa-zåäö][\wåäö-]*(?: [A-ZÅÄÖa-zåäö][\wåäö-]*){0,3})[ \t]*")


_SUM_CELL = re.compile(SUM_ROW_WORDS, re.I)
# Under the wrapped end: a blank line, the end, or the table's next row (cells with a number among them).
_ROW_OR_BLANK = re.compile(r"[ \t]*(?:\n|$)|[^\n]*\S(?:\t|[ ]{2,})[^\n]*\d")


# A wrapped cell's line beside the other columns' wrapped lines (pdftotext -layout of a table whose cells
# all wrap: "Hembygds- och        unga i Exeby"): the first cell, then a column's gap and any text.
_WRAPPED_CELL_BESIDE = re.compile(r"([ \t]*)([A-ZÅÄÖa-zåäö][\wåäö-]*(?: [A-ZÅÄÖa-zåäö][\wåäö-]*){0,3})(?:\t|[ ]{2,})[^\n]*\S[ \t]*")
_WRAPPED_CELL_LINES = 3  # lines a name's cell wraps into below its row's first line, at most
_ROW_ENDS_IN_NUMBER = re.compile(r"(?:\t|[ ]{2,})[ \t]*\d[\d \u00a0.,]*(?:[ ]?(?:kr|kronor|tkr|st))?\.?[ \t]*$")
_CONJUNCTIONS = ("och", "eller", "samt")


def _cell_wrapped_below(body: str, start: int, before: str) -> str:
    """A register's name cell wrapped in its column, the row's other cells beside its first line
    ("Storfors            802000-0000   ..." / "Kulturskolevänner"): the name goes on below, over up
    to three lines, the other columns' wrapped lines beside them ("Exeby Hembygds-   802000-0000   ..." /
    "och                        unga i Exeby" / "Kulturförening")."""
    if not before.endswith((" ", "\t")):
        return before  # (no gap closes it: no first cell, and the cell's pattern backtracks through the whole line)
    cell = _FIRST_CELL.fullmatch(before)
    if not cell:
        return before
    line_end = next_line_break(body, start)
    if line_end < 0:
        return before
    indent, first = cell.group(1), cell.group(2)
    pieces: list[str] = []
    pos = line_end + 1
    for _ in range(_WRAPPED_CELL_LINES):
        end = body.find("\n", pos)
        end = len(body) if end < 0 else end
        below = _WRAPPED_CELL.fullmatch(body, pos, end) or _WRAPPED_CELL_BESIDE.fullmatch(body, pos, end)
        if (below is None or len(below.group(1)) != len(indent) or _ORGNR_IN.search(body[pos:end])
                or below.re is _WRAPPED_CELL_BESIDE and (_ROW_ENDS_IN_NUMBER.search(body, pos, end) or _SUM_CELL.match(below.group(2))
                                                          or not _wraps_on(" ".join([first, *pieces]), below.group(2)))):
            break  # (a line ending in a number cell, or a sum's, is the table's next row, no name's rest)
        pieces.append(below.group(2))
        pos = end + 1
    if not pieces:
        return before
    for _ in range(_WRAPPED_CELL_LINES):  # the other columns' wrapped lines under the name's last, right of its column
        end = body.find("\n", pos)
        end = len(body) if end < 0 else end
        line = body[pos:end]
        if not line.strip() or len(line) - len(line.lstrip()) <= len(indent) + len(first) or _ORGNR_IN.search(line):
            break
        pos = end + 1
    if (_SUM_CELL.match(first) or BOARD_RE.fullmatch(first) or is_section_heading(pieces[0]) or looks_like_person(pieces[0])
            or pos <= len(body) and not _ROW_OR_BLANK.match(body, pos)):
        return before  # "Summa" over "Yrkanden", "Socialnämnden" over a signer's name: no name wrapped in its cell
    name = first
    for piece in pieces:
        if name.endswith("-") and piece[:1].islower() and piece.split()[0] not in _CONJUNCTIONS:
            name = name[:-1] + piece  # a word broken at the cell's edge ("Ungdomsorkes-" / "ter")
        else:
            name += " " + piece  # ("Idrotts-" / "och": a compound's own hyphen)
    return indent + name + "  "


def _wraps_on(name: str, piece: str) -> bool:
    """A name's cell goes on in ``piece``, a line beside other columns' wrapped text, only where the
    name so far cannot end: a compound's hyphen ("Idrotts-"), a conjunction or a small word ("Hembygds-
    och"), a lone word ("Föreningen", "Exeby"), no organisation's name yet ("Exeby" / "Simsällskap"), or
    the line goes on in lower case ("för äldre och"); a new row opens with a capital and its own name."""
    last = name.split()[-1]
    return (last.endswith("-") or last in _CONJUNCTIONS or last in _NAME_SMALL_WORDS or len(name.split()) == 1
            or not is_org_shaped(name) or piece[:1].islower())


_NAME_SMALL_WORDS = frozenset("för mot av till med om på i vid över under utan och samt".split())


def _subject_and_verb_before(segment: str) -> bool:
    """A clause's subject and its verb before the name: "Regionen blir medlem i X", "Kommunen stödjer X"
    (a capitalised word, then one in lower case that no name holds second: no "för", "i", "och")."""
    words = segment.split()
    return (len(words) >= 3 and words[0][:1].isupper() and words[1].isalpha() and words[1].islower()
            and words[1] not in _NAME_SMALL_WORDS)


# _name_before_orgnr's patterns, compiled once (it runs at every organisation number).
_LABEL_ENDS = re.compile(rf"{ORGNR_LABEL}\s*:?[ \t]*$", re.I)
_LABEL_TAIL = re.compile(rf"[\s,(:–-]*{ORGNR_LABEL}\s*:?\s*(?:16\s*)?$", re.I)
_NUMBER_VERB_TAIL = re.compile(r"(?:,?\s+som)?\s+(?:har|hade|med|är\s+registrerad\s+med|registrerad\s+med)\s*$", re.I)
_NUMBER_VERBS_LAST = ("har", "hade", "med")  # the words _NUMBER_VERB_TAIL's alternatives end with
_LABEL_OPENS = re.compile(rf"[ \t]*{ORGNR_LABEL}", re.I)
# ("Föreningen Mötesplats X för äldre och anhöriga": an "och" with lower-case words alone after it to the
# number joins a name's own words, no second name.)
# (The lookahead: both alternatives open with one of these characters; tested first, before the
# alternation is tried at every position of a long text.)
_CLAUSE_BEFORE_NAME = re.compile(r"(?=[.;:\s])(?:[.;:]\s+|(?<![-\s])\s+(?:med|[Mm]ellan|och(?![ \t]+[a-zåäö][\wåäö-]*(?:[ \t]+[a-zåäö][\wåäö-]*)*\s*$)|att|[a-zåäö]{2,}s\s+(?:av|från)|"
                                 r"[\wåäö]*(?:bidrag|stöd|anslag)\s+till|(?:går|gick)\s+till|"
                                 r"(?:finns|fanns|återfinns|märks|märktes)(?:\s+(?:även|också|bland\s+annat))?|"
                                 r"gäller|gällde|avser|avsåg)\s+)")
_GRANT_TILL_OPENS = re.compile(r"^[\wåäö]*(?:bidrag|stöd|anslag)\s+till\s+", re.I)
_LINK_OPENS = re.compile(r"^(?:Mellan|Med|Och|Samt)\s+(?=[A-ZÅÄÖ])")
# The parties' heading run on into the first party, as a flattened agreement prints it: "... 1. Parter
# Exeby kommun, organisationsnummer ..." (the heading's number, if any, before it).
_PARTIES_HEADING_OPENS = re.compile(r"^(?:\d{1,2}\.?\s+)?(?:Avtals)?(?:Parter|PARTER)(?:na)?\s*:?\s+(?=[A-ZÅÄÖ])")
_LOWER_WORDS_OPEN = re.compile(r"^(?:[a-zåäö][\w-]*\s+)+(?=[A-ZÅÄÖ])")
_CARE_OF = re.compile(r"c/o\s", re.I)
_ANY_DIGIT = re.compile(r"\d")


def _name_before_orgnr(ctx, start: int) -> str | None:
    """The organisation named before an organisation number on its line, or in the block above."""
    body = ctx.body
    line_start = max(body.rfind("\n", max(0, start - 400), start) + 1, start - 400, 0)
    column = _column_above(body, line_start, start)
    before = "" if column is not None else body[line_start:start]
    wrapped_cell = False
    if column is None:
        unwrapped = before
        before = _cell_wrapped_below(body, start, before)
        wrapped_cell = before != unwrapped  # (a cell's words are one name: its "och" joins no two)
    if not before.strip() and line_start >= 2 and body[line_start - 1] == "\n":
        # The label ends the line above, its number wrapped to the next ("... Exeby Bygg AB, org.nr" / "556000-0000").
        prev_start = body.rfind("\n", max(0, line_start - 400), line_start - 1) + 1
        if _LABEL_ENDS.search(body[prev_start:line_start - 1]):
            line_start, before = prev_start, body[prev_start:line_start - 1]
    # (The tail patterns below search the whole text before the number, up to 400 characters of a
    # flattened line, at tens of µs a number: each is tried only when the words it needs are there,
    # tested as plain substrings. "org" and the verbs have no letter that re.I matches beyond its two cases.)
    if "org" in before.lower():
        before = _LABEL_TAIL.sub("", before)  # "16 802000-0000"
    # "Föreningen X har organisationsnummer ...": the verb that gives the name its number is no part of it
    if before.rstrip()[-4:].lower().endswith(_NUMBER_VERBS_LAST):
        before = _NUMBER_VERB_TAIL.sub("", before)
    if not before.strip() and column is None and line_start >= 2 and body[line_start - 1] == "\n":
        # The sentence runs on to the label opening this line ("... mellan Exeby kommun, genom
        # socialnämnden," / "org.nr 212000-0000, och ..."): the name is in the line above.
        prev_start = body.rfind("\n", max(0, line_start - 400), line_start - 1) + 1
        prev = body[prev_start:line_start - 1]
        if prev.rstrip().endswith(",") and _LABEL_OPENS.match(body[line_start:start]):
            line_start, before = prev_start, prev.rstrip()
    wrapped = _wrapped_line_above(body, line_start, before)
    if wrapped is not None:
        before = wrapped + " " + before.strip()
    before = _BULLET.sub("", before).strip(" ,(:–-")
    # "Exeby kommun, genom kultur- och fritidsnämnden, org.nr": the party acts through its nämnd.
    if "genom" in before:
        before = _THROUGH_TAIL.sub("", before)
    # "Exempels kommun, Socialförvaltningen, 212000-0000": the number is the municipality's.
    municipality = MUNICIPALITY_RE.match(strip_leading_debris(before))
    if (municipality and strip_leading_debris(before)[municipality.end():].lstrip().startswith(",")
            and not _ORGNR_IN.search(before)):  # ("X kommun, org.nr ..., och Y, org.nr": the number after is Y's)
        return municipality.group(0)
    if before:
        # "... (IOP) Mellan Exeby kommun, org.nr ...": a flattened head's parties clause opens with "Mellan".
        # "Insatsen drivs av Föreningen X, org.nr ...": a passive verb's agent after "av" is the name.
        # "Tekniken köps från Exeby Data AB, org.nr ...": so is the source after "från".
        # "Arrangemangsbidrag till Föreningen X (org.nr ...)": a grant's word and "till" before the name.
        # ("Kvinno- och tjejjouren X": an "och" after a word's hyphen joins the name's compounds, no two names.)
        # ("Förvaltningen föreslår att Exeby IK, org.nr ...": the name opens the clause after "att".)
        # ("Stödet går till Föreningen X (org.nr ...)": the money's way to the name.)
        # ("Bland mottagarna finns Föreningen X (org.nr ...)": a list's member named after "finns"/"märks".)
        # ("Det största beslutet gäller Föreningen X (org.nr ...)": the matter's verb before the name it concerns.)
        # ("Föreningen Mötesplats X för äldre och anhöriga": an "och" with lower-case words alone after it to the
        # number joins a name's own words, no second name.)
        segment = before if wrapped_cell else _CLAUSE_BEFORE_NAME.split(before)[-1].strip()
        segment = _GRANT_TILL_OPENS.sub("", segment)  # (at a sentence's start)
        segment = _rejoin_company(before, segment)  # "... med Exeby Camping och Stugby AB": the "och" is the name's
        segment = _PAPER_FROM.sub("", segment)  # "Ansökan från Föreningen X, org.nr ...": a paper's sender
        segment = _MATTER_FOR.sub("", segment)  # "Medfinansiering av Föreningen X, org.nr ...": the matter's word
        if any(word in segment for word in _HEADING_RUN_ON_WORDS):
            segment = _HEADING_RUN_ON.split(segment)[-1]  # "... Granström Ärendebeskrivning Exeby IF, org.nr": the heading opens it
        segment = segment.rsplit("\t", 1)[-1].strip()  # "Sökande<TAB>Föreningen X": a table row's label cell goes
        cells = _CELL_GAP.split(segment)
        if len(cells) > 1 and looks_like_org_name(cells[-1].strip()):
            segment = cells[-1].strip()  # "2039-05-04    Exeby Kammarkör    802000-0000": the cell before the number
        segment = _MATTER_TO.sub("", segment)  # "Tilldelning av lokal till Föreningen X, org.nr ...": the matter's words
        segment = _LINK_OPENS.sub("", segment)  # "Mellan Exeby kommun (org.nr ...)"
        segment = _PARTIES_HEADING_OPENS.sub("", segment)  # "Parter Exeby kommun, org.nr ...": the heading goes
        segment = _ROLE_IS.sub("", segment)  # "Projektägare är Föreningen X, org.nr ...": the role and its copula go
        # "Nämnden beviljar Föreningen X, org.nr ...": the name is the verb's object, not its subject.
        granted = None
        for granted in _GRANTS_TO_NAME.finditer(segment):
            pass
        if granted is not None:
            segment = segment[granted.end():]
        # (a table's cell of its own before the number's is one name, up to a block's name's words:
        # "Föreningen Mötesplats Exeby för äldre och anhöriga<TAB>802000-0000", or a column's gap of spaces)
        # (The text before the number ends in a cell's gap, a tab or two blanks: tested on its end
        # first, since the pattern, anchored at the end, is tried from every position of a long line.)
        cell_end = body[line_start:start]
        own_cell = (column is None and (cell_end.endswith("  ") or cell_end.rstrip(" ").endswith("\t"))
                    and re.search(r"\S(?:\t|[ ]{2,})[ ]*$", cell_end) is not None and "\t" not in segment)
        if len(segment.split()) > (_BLOCK_NAME_WORDS if own_cell else 6) or _subject_and_verb_before(segment):
            # A flattened line: the name is the one that ends the text before the number
            # ("... beslutar att bevilja Föreningen X, org.nr ..."), else the one that opens it.
            tail = _name_before(segment)
            segment = tail if tail and looks_like_org_name(tail) else _trim_item(segment)
        segment = _ROLE_APPOSITION.sub("", segment)  # "Sökanden, Exeby Bostäder AB, org.nr ...": the role goes
        segment = _said_twice(segment)
        # "att bevilja Föreningen Solrosen": the name starts at its first capitalised word.
        segment = _LOWER_WORDS_OPEN.sub("", segment)
        segment = strip_leading_debris(segment)
        # "Exempels kommun, socialnämnden (org.nr ...)": the number is the municipality's.
        municipality = MUNICIPALITY_RE.match(segment)
        if municipality and segment[municipality.end():].lstrip().startswith(","):
            segment = municipality.group(0)
        segment = _seat_cut(segment)
        return segment if looks_like_org_name(segment) or own_cell and _long_cell_name(segment) else None
    # A label line of its own: the name heads the address block above it.
    # (the last 8 lines only: a split of the whole 1,500 characters made a list of their every line)
    lines = column if column is not None else body[max(0, line_start - 1500):line_start].rstrip("\n").replace("\f", "\n").rsplit("\n", 8)
    name = None
    # The name line nearest the number, with its wrapped lower-case tail ("Exeby Läxhjälp ideell" /
    # "förening"): in a table read one cell a line, the cell right above the number is the name and
    # the lines over it are the row above's cells (its sum, its period, its activity) or the column heads.
    nearest = None
    tail: list[str] = []
    for line in reversed(lines[-8:]):
        s = strip_leading_debris(line.strip())
        if not s or _CARE_OF.match(s):
            continue  # (a "c/o" line is the address's, whatever commas it holds)
        if nearest is None and name is None and s[0].islower() and not re.search(r"[\d,.:]", s) and len(s.split()) <= 2:
            tail.insert(0, s)
            continue
        municipality = MUNICIPALITY_RE.match(s)
        if municipality and name is None and s[municipality.end():].lstrip().startswith(","):
            return municipality.group(0)  # "Exeby kommun, Socialnämnden" over the number: the municipality's
        if _LABEL_VALUE.match(s):
            if name is not None:
                break  # "Ärende: Bidrag till X" above "Sökande / X": another field's label row
            s = _LABEL_VALUE.sub("", s)  # "Sökande: Föreningen X" over the number: the value names it
        if _EMAIL_LIKE.search(s) or "," in s or len(s) > 60 or s.endswith((".", ",")) and len(s.split()) > 4:
            break  # above the block: a contact line, an e-mail address or body text
        if _ORGNR_IN.search(s) or _LABEL_ALONE.fullmatch(s):
            # another party's number (the row above in a table read one cell a line: "Exeby IF" /
            # "802000-0000" / "25 000 kr" / "Ystad BK" / ...), or the number column's head: above the block
            # (a table, then: its name cell is the one right above the number, not a cell of the row above)
            if nearest is not None:
                name = nearest
            break
        if _ADDRESS.match(s) or _ANY_DIGIT.search(s):
            continue
        if name is None and nearest is None and s[0].islower():
            # A heading wrapped over the number: "DAGORDNING" / "vid årsstämma i Exeby Fastigheter AB" /
            # "Org.nr ...": the number is the company's that ends the heading's line, and the kind word
            # over it is no name.
            owner = _name_before(s)
            if owner and owner != s and looks_like_org_name(owner):
                return owner
            continue
        if is_type_word(s):
            break  # (a lone kind word, "DAGORDNING", "PROTOKOLL": the heading over the block, no name)
        if _ROLE_WORD_ALONE.fullmatch(s):
            break  # ("Hyresvärd" / "Exeby kommun" / "Org.nr ...": the block's role heading, no name)
        # The block above the label is strong evidence: any capitalised line but a lone
        # common word (a heading such as "Kontakt") can name the organisation.
        # (a long line in capitals is a heading: "PROTOKOLL FÖRT VID ÅRSSTÄMMA I X AB" over the company's number)
        n_words = len(s.split())
        if s[0].isupper() and (n_words <= 6 or n_words <= _BLOCK_NAME_WORDS and not s.isupper()) and not (n_words == 1 and _common(s)):
            if nearest is None and name is None:
                nearest = " ".join([s] + tail)
            name = s
    return name


_SEAT_TAIL = re.compile(r",[ \t]*([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)$")


def _seat_cut(segment: str) -> str:
    """"Exeby spelmanslag, Ytterby, org nr ...": a municipality's name alone after the comma is the
    organisation's seat, no part of its name ("Svenska Röda Korset, Exeby krets" keeps its tail)."""
    m = _SEAT_TAIL.search(segment)
    if m and _is_place(m.group(1)) and not m.group(1).endswith("s") and looks_like_org_name(segment[:m.start()]):
        return segment[:m.start()]
    return segment


_BLOCK_NAME_WORDS = 8  # "Stödlinjen för kvinnor och barn i Exeby län" over its "Org.nr:" line


def _long_cell_name(cell: str) -> bool:
    """A table cell longer than a sentence's name may be, an organisation's by its word ("Föreningen
    Mötesplats Exeby för äldre och anhöriga"): the name, up to a block's name's words."""
    words = cell.split()
    return (len(words) <= _BLOCK_NAME_WORDS and words[0][:1].isupper() and not any(ch.isdigit() for ch in cell)
            and is_org_shaped(cell))


def _role(kind_digit: str) -> str | None:
    """Role from the organisation number's group: 2 is the public sector, 7 and 8 associations."""
    if kind_digit == "2":
        return "offentlig"
    if kind_digit in ("7", "8"):
        return "idéburen"
    return None


def _role_of_name(name: str) -> str | None:
    if _is_own_body(name) or name.startswith("Region "):
        return "offentlig"
    if has_hand_org_word(name) and not re.search(r"\b(?:AB|aktiebolag\w*|bolag\w*)\b", name, re.I):
        return "idéburen"
    return None


# A section heading's first word run on after a name in a flattened text: "... Anhörigstöd i Exeby
# Förslag till beslut ...", "... Exeby Båtklubb Ärendet ...".
_HEADING_AFTER_NAME = frozenset({"förslag", "ärendet", "ärendebeskrivning", "bakgrund", "sammanfattning", "beslut",
                                 "beslutsunderlag", "yrkanden", "beslutsgång", "motivering", "bedömning"})


# A table's last column heading run on before the first row's name in a flattened text: "... Bidragsform
# Belopp Exeby Skidklubb   802000-0000 ...", "... Sökt (kr)   Förslag (kr) Exeby IF   802000-0000".
_COLUMN_HEAD_BEFORE_NAME = frozenset({"belopp", "period", "förslag", "fördelning", "beviljat", "sökt", "ersättning",
                                      "ändamål", "bidragsform", "summa"})
_UNIT_MARK_WORD = re.compile(r"\((?:kr|kronor|tkr|mnkr|sek)\)", re.I)


def _without_run_on(name: str) -> str:
    """A name as a flattened text runs it on: a headline's name and the body's sentence opening with
    it again ("Exeby Skidklubb Exeby Skidklubb får ..."), with its head in the definite ("Exeby
    Skidklubb Skidklubben får ..."), a section heading after it ("... Exeby Förslag till beslut"), or a
    table's column heading before it."""
    words = name.split(" ")
    n = len(words)
    if n >= 2 and n % 2 == 0 and words[:n // 2] == words[n // 2:]:
        return " ".join(words[:n // 2])
    if n >= 3 and words[-1].casefold() in (words[-2].casefold() + "en", words[-2].casefold() + "n", words[-2].casefold() + "et"):
        return " ".join(words[:-1])
    if n >= 3 and words[-1][:1].isupper() and words[-1].casefold() in _HEADING_AFTER_NAME:
        return " ".join(words[:-1])
    return _without_column_head(name)


def _without_column_head(name: str) -> str:
    """"Belopp Exeby Skidklubb", "Förslag (kr) Exeby IF": a flattened table's heading row's last cell
    run on before its first row's name."""
    words = name.split(" ")
    head = 2 if len(words) >= 4 and _UNIT_MARK_WORD.fullmatch(words[1]) else 1
    if len(words) - head >= 2 and words[0].casefold() in _COLUMN_HEAD_BEFORE_NAME and words[head][:1].isupper():
        return " ".join(words[head:])
    return name
# A party's role or kind word alone, a column's or a table row's label, never its name: "Hyresvärd" /
# "Hyresgäst" heading the parties' address blocks set side by side, "Stiftelse" in a "Part" column.
_ROLE_WORD_ALONE = re.compile(
    r"(?:(?:offentlig|idéburen|ideell)[ \t]+)?(?:hyresvärd|hyresgäst|upplåtare|nyttjanderättshavare|arrendator|jordägare|"
    r"fastighetsägare|beställare|utförare|leverantör|köpare|säljare|(?:avtals)?part|motpart|uppdragsgivare|uppdragstagare|"
    r"långivare|låntagare|bidragsgivare|bidragsmottagare|stiftelse|förening|kommun|region|bolag|företag|organisation)"
    r"(?:en|n)?[ \t]*:?", re.I)


class _Found:
    """The parties found so far, each with the span of the words that name it."""

    def __init__(self, ctx):
        self.body = ctx.body
        self.items: list[dict] = []
        self.people = {p["name"].casefold() for p in ctx.fields.get("people", []) if p.get("name")}

    def add(self, name: str, at: int, *, org_nr: str | None = None, role: str | None = None,
            strong: bool, counterparty: bool = True, lower_start: bool = False) -> None:
        name = _without_run_on(squash(name).strip(" ,;:.–-\"”"))
        lead = _HEADING_RUN_ON.match(name)
        if lead is None and not name.isupper() and name[:1].isupper():
            # "... MED FRIVILLIGCENTRALEN I EXEBY SAMMANFATTNING Frivilligcentralen i Exeby, org.nr ...": a subject
            # in capitals and the section heading after it run on into the name (the words before it all capitals)
            inner = next((h for h in _HEADING_RUN_ON.finditer(name, 1) if name[:h.start()].isupper()), None)
            lead = inner if inner is not None and any(c.islower() for c in name[inner.end():]) else None
        if lead and lead.end() < len(name):
            # "... 2041 Bakgrund Föreningen X, organisationsnummer ...": a flattened text's section heading
            # runs on into the name its first sentence opens with
            name, at = name[lead.end():], at + lead.end()
        if not name or not plausible_name(name, strong=strong, lower_start=lower_start):
            return
        if re.fullmatch(ORGNR_LABEL, name, re.I):
            return  # "Parter<TAB>Organisationsnummer": a table's column heading
        if _ROLE_WORD_ALONE.fullmatch(name):
            return  # "Stiftelse<TAB>Stiftelsen X<TAB>802000-0000": the row's kind cell, no name
        if _DNR_LABEL_START.match(name):
            return  # "..., Dnr BUN 2040/0199": a matter's diarienummer label and its board's code, no name
        if counterparty and _is_own_body(name):
            return  # the municipality and its bodies give grants; they are parties only of agreements
        if name.casefold() in self.people or looks_like_person(name) or self._person_marked(name, at):
            return
        start = self.body.find(name.split()[0], max(0, at - 5), at + 200)
        start = at if start < 0 or start > at + 200 else start
        self.items.append({"name": name, "org_nr": org_nr, "role": role or _role_of_name(name),
                           "span": [start, start + len(name)]})

    def _person_marked(self, name: str, at: int) -> bool:
        """"Anna Berg (S)": a politician, not an organisation."""
        end = self.body.find(name, max(0, at - 5), at + 300)
        return end >= 0 and bool(_PARTY_MARK.match(self.body[end + len(name): end + len(name) + 8]))


# A sentence opening with a definite head alone before the number: "Föreningen, organisationsnummer
# 802000-0000, har ...", "Klubben (org.nr ...)": the number is that of the organisation named just before.
# So in the genitive: "Föreningens organisationsnummer är 802000-0000."
_ANAPHOR_BEFORE_ORGNR = re.compile(
    rf"(?:^|[.!?]\s+|\n[ \t]*)(?P<head>{'|'.join(h.capitalize() for h in sorted(_DEFINITE_HEADS))})(?:s(?=[ \t]))?"
    rf"[ \t]*(?:,(?:[ \t]+som[ \t]+har)?|\(|\s+(?:som\s+)?har)?[ \t]*{ORGNR_LABEL}(?:[ \t]+(?:är|lyder))?[ \t]*:?[ \t]*(?:16[ \t]*)?$", re.I)
_ANAPHOR_REACH = 600  # the antecedent within a paragraph or two before the number


# A table whose first column is the number: "802000-0000   Exeby Kanotklubb   85 000   70 000"; the
# name is the row's next cell, set off by a column's gap (its words one space apart).
_CELL_AFTER_NUMBER = re.compile(r"(?:\t|[ ]{2,})[ \t]*(?P<cell>[A-ZÅÄÖ]\S*(?:[ ]\S+)*)")


# What may end a row after its name: nothing, or its sum ("802000-0000 Exeby IF 45 000 kr").
_ROW_SUM_TAIL = re.compile(r"[ \t,:–-]*(?:\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d{1,2})?[ \t]*(?:kronor|kr|tkr|:-)?\.?)?[ \t]*")


def _name_after_orgnr(body: str, start: int, end: int) -> str | None:
    """The name in the cell after a number that opens its table row (or its list row, one space
    after it and its sum, if any, ending the row), or None."""
    line_start = body.rfind("\n", 0, start) + 1
    if body[line_start:start].strip():
        return None
    m = _CELL_AFTER_NUMBER.match(body, end)
    if not m:
        line_end = body.find("\n", end, end + 200)
        rest = body[end:end + 200 if line_end < 0 else line_end]
        name = leading_name(rest.lstrip(" \t")) if rest[:1] in (" ", "\t") else ""
        tail = rest.lstrip(" \t")[len(name):]
        return name if name and looks_like_org_name(name) and _ROW_SUM_TAIL.fullmatch(tail) else None
    cell = m.group("cell").rstrip(",;")
    return cell if looks_like_org_name(cell) else None


def _from_org_numbers(ctx, found: _Found) -> list[tuple[int, str, bool]]:
    """The parties named before their numbers; returns the numbers given to an anaphor
    ("Föreningen, org.nr ...") as (position, number, the head is "Bolaget"), for the parties
    found by every finder."""
    anaphoric = []
    for org in ctx.fields.get("org_numbers", []):
        if ctx.masked and ctx.is_masked(org["span"][0]):
            continue  # a number in a running footer: the sender's own, its name not in the body's text
        name = _name_before_orgnr(ctx, org["span"][0]) or _name_after_orgnr(ctx.body, *org["span"][:2])
        name = name and _without_column_head(name)
        at = org["span"][0]
        head = _ANAPHOR_BEFORE_ORGNR.search(ctx.body, max(0, at - 80), at)
        if name and head and name.split()[0].lower().startswith(head.group("head").lower()):
            name = None  # "Föreningens organisationsnummer är": the head and its label, no name
        head = None if name else head
        # (the head must fit the number's kind: "Bolaget" an aktiebolag's 5, an association's 7 or 8)
        if head and org["value"][:1] in ("5" if head.group("head").lower() == "bolaget" else "78"):
            anaphoric.append((at, org["value"], head.group("head").lower() == "bolaget"))
        if name:
            s = ctx.body.find(name, max(0, org["span"][0] - 400), org["span"][0])
            if s < 0:  # (a name in the cell after its number)
                s = ctx.body.find(name, org["span"][1], org["span"][1] + 200)
            # A name tidied from its text (a tab squashed) is not found as written: the number's span.
            span = [s, s + len(name)] if s >= 0 else list(org["span"])
            found.items.append({"name": name, "org_nr": org["value"], "role": _role(org["value"][0]),
                                "span": span})
    return anaphoric


_COMPANY_NAME = re.compile(r"(?<![\wåäö])(?:AB|Aktiebolag)(?![\wåäö])|aktiebolag", re.I)


def _give_anaphoric_numbers(found: _Found, anaphoric: list[tuple[int, str, bool]]) -> None:
    """Each anaphor's number to the nearest party of its kind named before it that has none yet
    ("Bolaget": a company's name; any other head: no company's). No party within reach, or one
    that already has the number: left alone."""
    numbered = {p["org_nr"] for p in found.items if p["org_nr"]}
    for at, number, company in anaphoric:
        if number in numbered:
            continue
        before = [p for p in found.items if at - _ANAPHOR_REACH <= p["span"][0] < at
                  and bool(_COMPANY_NAME.search(p["name"])) == company]
        if not before:
            continue
        nearest = max(before, key=lambda p: p["span"][0])
        if nearest["org_nr"] is None:  # (a finder took it for an organisation already)
            for p in found.items:  # (the same name found by two finders: all its entries)
                if p["name"] == nearest["name"] and p["org_nr"] is None:
                    p["org_nr"] = number
            numbered.add(number)


def _between_openings(body: str):
    """Sentences opening with "Mellan" whose sentence names an agreement: "Mellan X och Y har
    följande avtal träffats."."""
    for m in _BETWEEN_OPENING.finditer(body):
        stop = body.find(".", m.end(), m.end() + 400)
        if _AGREEMENT_WORD_RE.search(body, m.end(), stop if stop > 0 else m.end() + 400):
            yield m


def _from_agreements(body: str, found: _Found) -> None:
    for m in itertools.chain(_BETWEEN.finditer(body), _between_openings(body), _PARTIES_ARE.finditer(body)):
        window = body[m.end(): m.end() + 300]
        first = leading_name(window)
        if first:
            found.add(first, m.end(), strong=True, counterparty=False)
        elif _own_body_word(window):
            # A lower-case "socialnämnden" passes no name test, but here the agreement names it.
            first = _own_body_word(window)
            found.items.append({"name": first, "org_nr": None, "role": "offentlig", "span": [m.end(), m.end() + len(first)]})
        else:
            first = window.split(maxsplit=1)[0] if window.split() else ""  # "mellan nämnden och X"
            if not first:
                continue
        rest = window[window.find(first) + len(first):]
        called = _CALLED.match(rest)
        if called:  # "X, nedan kallad kommunen, och Y"
            rest = rest[called.end():]
        second = re.match(r"\s*(?:,\s*)?och\s+", rest)
        if second:
            name = _CALLED_AFTER.split(leading_name(rest[second.end():]), maxsplit=1)[0]
            found.add(name, m.end() + len(window) - len(rest) + second.end(), strong=True, counterparty=False)
    for m in _PARTIES_LABEL.finditer(body):
        _parties_section(body, m, found)
    for m in _SECTOR.finditer(body):
        role = "offentlig" if m.group(1).lower() == "offentlig" else "idéburen"
        value = m.group(2).rsplit(":", 1)[-1]  # "Ingående organisationer ... är: Föreningen X"
        for item in _split_list(value):
            if looks_like_org_name(item):
                s = body.find(item, m.start(2), m.start(2) + 400)
                found.items.append({"name": item, "org_nr": None, "role": role, "span": [s, s + len(item)]})
    for m in _AGREEMENT_WITH.finditer(body):
        names = _name_list(_wrapped_in_cell(body, m.start(), m.end()) or _head_wrapped(body, m.end())
                           or body[m.end(): m.end() + 300], lower_start=False)
        for name in names:
            found.add(name, m.end(), strong=False, counterparty=False)
        if not names:
            _agreement_with_anaphor(body, m.end(), found)
        _agreement_subject(body, m.start(), found)
    for m in _IOP_TITLE.finditer(body):
        found.add(leading_name(body[m.end(): m.end() + 160]), m.end(), strong=False)


# "ingå ett partnerskap med föreningen om ...": the agreement's counterparty named by its kind alone, in
# lower case and definite, a name of no words of its own after it.
_WITH_DEFINITE = re.compile(r"(?P<head>[a-zåäö]+)(?=[^\S\n]*(?:[.,;]|$|[^\S\n]+[a-zåäö]))")


def _agreement_with_anaphor(body: str, at: int, found: _Found) -> None:
    """The organisation an agreement's "med föreningen" points back to: the nearest name before it
    carrying the noun ("Föreningen Exeby Unga", named a sentence or two earlier)."""
    m = _WITH_DEFINITE.match(body, at)
    if not m or m.group("head") not in _DEFINITE_HEADS:
        return
    antecedent = _antecedent(body, at, [re.sub(r"(?:en|et|n)$", "", m.group("head"))])
    if antecedent:
        found.add(antecedent[0], antecedent[1], strong=False)


_GAP_THEN_CELL = re.compile(r"(?:\t|[ ]{3,})\S")
_COLUMN_GAPS = re.compile(r"\t|[ ]{3,}")
_CELL_WORDS = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?: [A-ZÅÄÖ][\wåäö-]*){0,3}")


def _wrapped_in_cell(body: str, cell_at: int, at: int) -> str | None:
    """" ... med Stiftelsen     SN 2031/67" / "Fristaden": the text from ``at`` to its table cell's
    edge, joined to the words that go on at the cell's left edge on the next line (pdftotext -layout);
    None when the line has no column after ``at`` or the next line does not go on in the cell."""
    line_end = body.find("\n", at)
    if line_end < 0 or line_end - at > 200:
        return None
    gap = _GAP_THEN_CELL.search(body, at, line_end)
    if not gap:
        return None
    line_start = body.rfind("\n", 0, cell_at) + 1
    edge = line_start
    for g in _COLUMN_GAPS.finditer(body, line_start, cell_at):
        edge = g.end()
    next_end = body.find("\n", line_end + 1)
    below = body[line_end + 1:len(body) if next_end < 0 else next_end]
    words = below.strip()
    # (the name's words, or the name's words and the title going on in lower case: "Partille om stödboende")
    name = _CELL_WORDS.match(words)
    if len(below) - len(below.lstrip(" ")) != edge - line_start or not name or not (
            name.end() == len(words) or re.match(r" [a-zåäö]", words[name.end():])):
        return None
    return body[at:gap.start()] + " " + words


def _head_wrapped(body: str, at: int) -> str | None:
    """" ... partnerskap med Föreningen" / "Medmänniska Arboga om ...": a definite head alone at the
    line's end is no name of its own; its name goes on at the next line's start (an agenda's
    wrapped title). The head joined to the next line; None when the line holds more than the head."""
    line_end = body.find("\n", at, at + 40)
    if line_end < 0 or body[at:line_end].strip().lower() not in _DEFINITE_HEADS:
        return None
    next_end = body.find("\n", line_end + 1, line_end + 300)
    below = body[line_end + 1:line_end + 300 if next_end < 0 else next_end].strip()
    if not below[:1].isupper():
        return None
    return body[at:line_end].strip() + " " + below


def _from_agenda_agreements(ctx, found: _Found) -> None:
    """An agenda row naming an agreement, its counterparty after a comma at the title's end
    ("Arrendeavtal för båtuppläggning vid Badhusviken, Exeby Båtklubb"): the organisation the
    agreement is with, as "avtal med X" names it; and "avtal med X" in a title wrapped over lines."""
    for item in ctx.structure.items if ctx.structure is not None else ():
        title = item.title or ""
        with_name = _AGREEMENT_WITH.search(title)
        if with_name and item.title_span and "\n" in ctx.body[item.title_span[0]:item.title_span[1]]:
            # "... partnerskap med Föreningen Exeby" / "Kvinnojour 2041–2043": the row's title, its lines
            # joined, names the whole name the line cut
            for name in _name_list(title[with_name.end():], lower_start=False):
                found.add(name, ctx.body.find(name.split()[0], *item.title_span), strong=False, counterparty=False)
        # (its first word the agreement or a compound of it: "Arrendeavtal", "Samverkansöverenskommelse")
        if "," not in title or not _AGREEMENT_WORD_RE.search(title.split()[0]) or item.title_span is None:
            continue
        tail = title.rsplit(",", 1)[1].strip()
        if looks_like_org_name(tail) and is_org_shaped(tail):
            found.add(tail, ctx.body.find(tail.split()[0], *item.title_span), strong=False, counterparty=False)


def _own_body_word(text: str) -> str:
    """"mellan socialnämnden och X": the municipality's own body, written in lower case."""
    m = re.match(r"[a-zåäö][\wåäö-]*", text)
    word = m.group(0) if m else ""
    bare = _OWN_BODY.fullmatch(word)  # "mellan nämnden och X": which nämnd the text said before
    return word if word and not bare and _OWN_BODY.search(word) and word.endswith(("en", "et")) else ""


def _agreement_subject(body: str, at: int, found: _Found) -> None:
    """"Exempels kommun ingår ett partnerskap med X": the municipality is a party too."""
    window_start = max(0, at - 200)  # bounded: a long line without a full stop is not rescanned
    sentence_start = max(window_start - 1, body.rfind(".", window_start, at), body.rfind("\n", window_start, at)) + 1
    before = body[sentence_start:at]
    verb = _MAKES_AGREEMENT.search(before)
    if not verb:
        return
    subject = MUNICIPALITY_RE.search(before[: verb.start()])
    if subject and not before[subject.end(): verb.start()].strip():
        found.add(subject.group(0), sentence_start + subject.start(), role="offentlig", strong=True, counterparty=False)


# The municipality's side named by a common noun before "och": "Kommunen och ...", "Socialnämnden och ...".
# (the other side's kind in lower case before its name: "Kommunen och föreningen X har skrivit ett avtal")
_OWN_SIDE = re.compile(r"(?:Kommunen|Staden|Regionen|Förbundet|[A-ZÅÄÖ][a-zåäö-]*(?:nämnden|styrelsen|förvaltningen))"
                       r"[^\S\n]+(?:och|samt|tillsammans[^\S\n]+med)[^\S\n]+(?:" + _KIND_BEFORE_NAME + r"[^\S\n]+)?(?=[A-ZÅÄÖ])")


_FULL_STOP = re.compile(r"\.(?=\s)")
_DATE_IN_SUBJECT = re.compile(rf"(?<![\wåäö])(?:publicera[dt]|uppdatera[dt]|senast[ \t]+(?:uppdatera[dt]|ändrad))[ \t]*:?[ \t]*"
                              rf"(?:den[ \t]+)?(?:{DATE})(?=\s)", re.I)
_BRACKETED_NUMBER = re.compile(r"[^\S\n]*\((?:org\.?[^\S\n]*nr\.?[^\S\n]*:?[^\S\n]*)?\d{6}-?\d{4}\)$", re.I)
# ... or after a comma with its label, the clause closed by a comma: "... och Exeby Golfklubb,
# organisationsnummer 802475-3918, har tecknat".
_LABELLED_NUMBER = re.compile(rf"[^\S\n]*,[^\S\n]*{ORGNR_LABEL}[^\S\n]*:?[^\S\n]*(?:16)?\d{{6}}-?\d{{4}}[^\S\n]*,?$", re.I)


def _from_joint_agreements(body: str, found: _Found) -> None:
    """"Exempels kommun och Föreningen X har tecknat en överenskommelse": the subject names both."""
    for m in _JOINT_AGREEMENT.finditer(body):
        window_start = max(0, m.start() - 200)
        # (the full stop that ends a sentence, a space after it: not "org.nr" in the subject)
        stop = max((d.start() for d in _FULL_STOP.finditer(body, window_start, m.start())), default=-1)
        # (nor a flattened page's dateline before its lead: "Uppdaterad 2037-09-20 Exeby kommun och ...")
        stop = max([stop] + [d.end() - 1 for d in _DATE_IN_SUBJECT.finditer(body, window_start, m.start())])
        sentence_start = max(window_start - 1, stop, body.rfind("\n", window_start, m.start())) + 1
        subject = body[sentence_start: m.start()].strip()
        # "... och Exeby Golfklubb (802475-3918) har tecknat": the last name's number in brackets after it
        subject = _LABELLED_NUMBER.sub("", _BRACKETED_NUMBER.sub("", subject))
        names = _name_list(subject, lower_start=False)
        if len(names) >= 2 and names[-1] and subject.endswith(names[-1]):
            for name in names:
                found.add(name, sentence_start + subject.find(name), strong=True, counterparty=False)
            continue
        own = _OWN_SIDE.match(subject)
        if own:
            # "Kommunen och Föreningen X har skrivit under ...": the municipality named by its
            # common noun, the other side by its name.
            names = _name_list(subject[own.end():], lower_start=False)
            if len(names) == 1 and names[0] and subject.endswith(names[0]):
                found.add(names[0], sentence_start + subject.rfind(names[0]), strong=True, counterparty=False)


# A party's role as a label before its name: "Offentlig part:", "Part 2:", "Leverantör:".
_ROLE_LABEL = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:[^\S\n][\wåäö-]+){0,2}[^\S\n]*:[^\S\n]+(?=\S)")


# A numbered section heading: "2. Syfte", "3 Giltighetstid", "§ 2 Ändamål".
_NEXT_SECTION = re.compile(r"(?:§[ \t]*)?\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(?P<head>[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+[\wåäö-]+){0,3})[ \t]*:?")


def _parties_section(body: str, m: re.Match, found: _Found) -> None:
    """"Parter: A och B", or the lines under a "Parter" heading up to the next blank gap."""
    if m.group(1).strip():
        for name in _name_list(m.group(1), lower_start=False):
            found.add(name, m.start(1), strong=True, counterparty=False)
        return
    pos, taken, in_columns = m.end(), 0, False
    for line in body[m.end(): m.end() + 600].split("\n")[:10]:
        section = _NEXT_SECTION.fullmatch(line.strip())
        if section and not looks_like_org_name(section.group("head")):
            break  # "2. Syfte", "§ 3 Ekonomi": the agreement's next numbered section, no party ("1. Föreningen X")
        s = _BULLET.sub("", line).strip()
        pos += len(line) + 1
        if not s:
            if taken:
                break
            continue
        if _ADDRESS.match(s) or _EMAIL_LIKE.search(s) or re.match(rf"{ORGNR_LABEL}", s, re.I):
            continue
        if not _DIGIT.search(s) and re.search(rf"(?<![\wåäö]){ORGNR_LABEL}", s, re.I):
            continue  # a table's head row: "Part   Organisationsnummer   Företrädare"
        if s.endswith(".") and len(s.split()) > 6:
            break  # the section's running text starts
        if in_columns:
            continue  # the lines under a row of names side by side: the blocks' addresses and numbers
        cells = _COLUMN_CELL.findall(s) if "   " in s or "\t" in s else []
        if len(cells) >= 2:
            # The parties' blocks side by side in columns (pdftotext -layout): each cell by itself.
            if all(len(c.split()) == 1 and _common(c) for c in cells):
                continue  # "Kommunen        Föreningen": the columns' heads, the parties' roles
            if all(leading_name(c) == c for c in cells):
                for c in cells:
                    found.add(c, pos - len(line) - 1 + line.find(c), strong=True, counterparty=False)
                taken, in_columns = taken + 1, True
                continue
        role = _ROLE_LABEL.match(s)  # "Idéburen part:   Föreningen X": the label is the party's role
        if role:
            s = s[role.end():]
        name = leading_name(re.split(r",|\(|\s[–-]\s", s)[0])
        if name:
            at = pos - len(line) - 1 + (line.find(s) if role and s in line else 0)
            found.add(name, at, strong=True, counterparty=False)
            taken += 1


# Words a trigger cannot match without (any one of them), searched with the trigger's own flags
# (so "TILL" counts as the trigger's "till" does). A search for a word is several times cheaper
# than the trigger's, which tries its alternatives at every position; texts without grants seldom
# hold "borgen" or "anbud", and a text of many amounts scanned nine times for nothing.
_NEEDED_WORDS = {
    _GRANT_TO: ("till", "mellan"), _APPLIED_FROM: ("från",), _AMONG_THEM: ("bland", "bl.", "nämligen"),
    _LISTED: ("föreningar", "organisationer", "mottagare", "aktörer", "lokaler"), _AWARDED_TO: ("tilldela", "anbud"), _GUARANTEE: ("borgen",), _SOLD_TO: ("sälj", "såld", "överlåt"),
    _BOUGHT_FROM: ("köp", "förvärv"), _FOLLOWED_BY: ("följ",), _AMONG_RECIPIENTS: ("bland", "Bland"),
    _RECIPIENTS_ARE: ("som",),
}
_NEEDED = {trigger: [re.compile(re.escape(w), trigger.flags) for w in words] for trigger, words in _NEEDED_WORDS.items()}
_NEEDED_FOLDED = {trigger: tuple(w.lower() for w in words) for trigger, words in _NEEDED_WORDS.items()}
# The letters re.I matches with a letter of the needed words that str.lower() does not give it
# ("ı" and "İ" for "i", "ſ" for "s"): a text holding one is asked by the patterns themselves.
_ODD_CASE = "ıİſ"


@lru_cache(maxsize=1)
def _folded(body: str) -> str | None:
    """``body`` lower-cased, once per text (every trigger asks), for the needed words' test; None
    when it holds an _ODD_CASE letter."""
    return None if any(c in body for c in _ODD_CASE) else body.lower()


def _matches(trigger: re.Pattern, body: str) -> Iterator[re.Match]:
    """``trigger.finditer(body)``, skipped when none of the words it needs is in ``body``.
    (Tested as substrings of the lower-cased text: a case-blind search for a word that is absent
    reads the whole text for each of some twenty words, 20 ms on a text of 1,000 pages.)"""
    needed = _NEEDED.get(trigger)
    if needed is not None:
        folded = _folded(body)
        if not (any(word in folded for word in _NEEDED_FOLDED[trigger]) if folded is not None
                else any(word.search(body) for word in needed)):
            return iter(())
    return trigger.finditer(body)


_COLUMN_GAP_AFTER = re.compile(r"[^\S\n]{3,}\S")
_CELL_START = re.compile(r"(?:^|\t|[^\S\n]{2,})(?=\S)")


def _cell_wrapped(body: str, pos: int) -> str | None:
    """The text of a table's cell from ``pos`` on when the cell wraps in its column (pdftotext
    -layout: "Bidrag till Föreningen Exeby      KS 12/0230" / "     Fritidsgård för ..."): the rest of
    its line up to the column's gap, joined with the next line's text in the same column, when that
    is the line's only text. None when the line has no other column after ``pos``, or the next line's
    column is empty or it is a row of cells of its own."""
    # (bounded: a line longer than a table's row is none, and a flattened text's one line is long)
    line_start = body.rfind("\n", max(0, pos - _ROW_CHARS), pos) + 1
    line_end = body.find("\n", pos, pos + _ROW_CHARS)
    if line_end < 0 or line_start == 0 and pos > _ROW_CHARS:
        return None
    gap = _COLUMN_GAP_AFTER.search(body, pos, line_end)
    if gap is None:
        return None
    cell_start = max((c.end() for c in _CELL_START.finditer(body, line_start, pos)), default=line_start)
    column = cell_start - line_start
    next_end = body.find("\n", line_end + 1, line_end + 1 + _ROW_CHARS)
    if next_end < 0 and len(body) > line_end + 1 + _ROW_CHARS:
        return None  # the next line is longer than a row: running text, no cell's wrapped end
    below = body[line_end + 1: len(body) if next_end < 0 else next_end]
    if len(below) <= column or below[:column].strip() or not below[column:column + 1].strip():
        return None  # the next line is shorter, has text left of the column, or starts elsewhere
    cells = re.split(r"\t|[^\S\n]{3,}", below[column:].strip())
    if len(cells) != 1:
        return None  # a row of its own (another name and its amount): the next row, not the cell's wrapped end
    return body[pos:gap.start()].strip() + " " + cells[0]


def _restated_below(body: str, pos: int) -> bool:
    """A heading's recipient ("Bidrag till Röda Korset i Exeby") that the text right under it names again
    as its sentence's subject ("Röda Korsets krets i Exeby får ..."): the heading's line holds nothing else."""
    line_end = body.find("\n", pos, pos + _ROW_CHARS)  # (bounded: a heading's line is short)
    if line_end < 0 or len(body[pos:line_end].split()) > _HEADING_NAME_WORDS:
        return False
    rest = body[pos:line_end].strip()
    words = rest.split()
    if len(words) < 2 or not words[0][:1].isupper() or rest.endswith((",", "-", "och", ".")):
        return False
    below = body[line_end + 1:line_end + 1 + _RESTATED_REACH]
    return below.startswith(words[0]) and _RECEIVES.search(below) is not None


_HEADING_NAME_WORDS = 8
_RESTATED_REACH = 120  # the subject and its verb in the first words under the heading


def _from_grants(body: str, found: _Found) -> None:
    # A list of two or more names is evidence of its own: a one-word name in it needs no shape.
    for trigger in (_GRANT_TO, _APPLIED_FROM, _AMONG_THEM, _AMONG_RECIPIENTS, _RECIPIENTS_ARE):
        for m in _matches(trigger, body):
            if _restated_below(body, m.end()):
                continue  # "Bidrag till Röda Korset i Exeby" / "Röda Korsets krets i Exeby får ...": the text names it in full
            names = _name_list(_cell_wrapped(body, m.end()) or body[m.end(): m.end() + 300])
            for name in names:
                # "Kommunen ger 30 000 kronor till föreningen Exeby Unga": the kind in lower case is no part of a
                # name of two words or more ("föreningen Ljusglimten" keeps it: one word alone names nothing sure)
                bare = _KIND_LEAD.sub("", name)
                name = bare if len(bare.split()) >= 2 else name
                found.add(name, m.end(), strong=len(names) >= 2, lower_start=True)
    for m in _matches(_LISTED, body):
        _listed_lines(body, m.end(), found)
    for m in _RECEIVES.finditer(body):
        window_start = max(0, m.start() - 120)
        relative = _RELATIVE_SOM.search(body, window_start, m.start())
        # "... samordnas av X, som får 400 000 kronor" ("... och Y som får"): the relative clause's subject is the name before it
        name = _name_before(body[window_start: relative.start() if relative else m.start()])
        anaphor = _ANAPHOR.search(body, window_start, m.start())
        stems = _anaphor_stems(anaphor) if anaphor else []
        if stems and (not name or len(name.split()) == 1 and (name.islower() or name == anaphor.group("head"))):
            # "Föreningen som driver gården får ...": the association named just before
            antecedent = _antecedent(body, anaphor.start(), stems)
            if antecedent:
                found.add(antecedent[0], antecedent[1], strong=False)
        elif name:
            pair = _TWO_NAMES.fullmatch(name)
            if pair and is_org_shaped(pair.group(1)) and is_org_shaped(pair.group(2)):
                # "Exeby IF och Ekby BK får 20 000 kronor var": two recipients, one verb
                found.add(pair.group(1), m.start() - len(name), strong=False, lower_start=True)
                found.add(pair.group(2), m.start() - len(pair.group(2)), strong=False)
            else:
                found.add(name, m.start() - len(name), strong=False, lower_start=True)
        _gapped_recipients(body, m.end(), found)
    for m in _GRANTS_TO_NAME.finditer(body):
        window = body[m.end(): m.end() + 300]
        names = _name_list(window, lower_start=False)  # "att ge X och Y föreningsbidrag"
        if names:
            last = names[-1].split()[-1]
            after = window[window.find(last, window.find(names[-1])) + len(last):]
            # ("190 000 kronor får X för att ...", "Mest pengar, 150 000 kronor, fick X": the sum before the verb,
            # the name its subject after it)
            if _GRANT_FOLLOWS.match(after) or _SUM_BEFORE_VERB.search(body, max(0, m.start() - 30), m.start()):
                for name in names:
                    found.add(name, m.end(), strong=False)
    for m in _matches(_FOLLOWED_BY, body):
        # "Störst belopp får X, 210 000 kronor, följt av Y, 180 000 kronor": the next in a ranking, its share after it
        name = leading_name(body[m.end(): m.end() + 160])
        if name and _SHARE_AFTER.match(body, m.end() + len(name)):
            found.add(name, m.end(), strong=False)
    for m in _matches(_GOES_TO, body):
        found.add(m.group("name"), m.start("name"), strong=False)
    for m in _matches(_SUM_GOES_TO, body):
        name = leading_name(body[m.end(): m.end() + 120])
        if name and is_org_shaped(name):  # a payee, not "till Ekbacka" (a place)
            found.add(name, m.end(), strong=False)
        elif name and MUNICIPALITY_RE.fullmatch(name):  # a region's money to a municipality: the payee all the same
            found.add(name, m.end(), strong=False, counterparty=False)
    for m in _WITH_AMOUNT.finditer(body):
        # Only a name whose words say it is an organisation ("Kommunen med 12 000 kronor" is no party),
        # in a paragraph about grants.
        paragraph_start = body.rfind("\n\n", max(0, m.start() - 300), m.start())
        name = _name_before(body[max(0, m.start() - 120): m.start()])
        # ("... och föreningen Exeby Seglare med 80 000 kronor": the kind in lower case before it says it is one,
        # no part of a name of two words)
        bare = _KIND_LEAD.sub("", name)
        kind = bare != name and len(bare.split()) >= 2
        name = bare if kind else name
        if name and (is_org_shaped(name) or kind) and _GRANT_CONTEXT.search(body, max(paragraph_start, m.start() - 300, 0), m.start() - len(name)):
            found.add(name, m.start() - len(name), strong=False)
    for m in _APPLICATION_TITLE.finditer(body):
        line_start = body.rfind("\n", max(0, m.start() - 120), m.start()) + 1
        head = re.sub(r"^\s*(?:§\s*\d+\s*|\d+[.)]?\s+)", "", body[line_start: m.start()])
        if head and leading_name(head) == head.strip():
            found.add(head, m.start() - len(head), strong=False)
    for m in _matches(_AWARDED_TO, body):
        found.add(leading_name(body[m.end(): m.end() + 160]), m.end(), strong=False)
    for m in _matches(_SOLD_TO, body):
        name = leading_name(body[m.end(): m.end() + 120])
        if is_org_shaped(name):  # a company or association; a person buying is no party to list
            found.add(name, m.end(), strong=False)
    for m in _matches(_BOUGHT_FROM, body):
        name = leading_name(body[m.end(): m.end() + 120])
        if is_org_shaped(name):
            found.add(name, m.end(), strong=False)
        elif MUNICIPALITY_RE.fullmatch(name):  # a member municipality selling to its förbund: a party all the same
            found.add(name, m.end(), strong=False, counterparty=False)
    for m in _matches(_GUARANTEE, body):
        name = leading_name(body[m.end(): m.end() + 120])
        if is_org_shaped(name):
            found.add(name, m.end(), strong=False)


_TWO_NAMES = re.compile(r"(\S.*?\S)[ \t]+(?:och|samt)[ \t]+(\S.*\S)")
# The same verb left out before a second recipient ("X får 30 000 kronor för A och Y 20 000 kronor för B"):
# a name and its amount after "och" later in the sentence (a line's wrap, or a blank line OCR put in, between),
# or after a comma in a series of three ("X får 130 000 kronor för A, Y 115 000 kronor för B och Z ...").
_GAPPED = re.compile(r"(?:[ \t\n]+(?:och|samt)|,)[ \t\n]+(?P<name>(?-i:[A-ZÅÄÖ])[^\s.,;:!?\d]*(?:[ \t\n]+[^\s.,;:!?\d]+){0,5}?)\s+"
                     r"\d{1,3}(?:[ \u00a0]\d{3})+[ \t]*(?:kronor|kr\b)", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s+(?-i:[A-ZÅÄÖ–-])|\s*$)")
_GAP_REACH = 300


def _gapped_recipients(body: str, at: int, found: _Found) -> None:
    """Recipients after a grant verb's first one in the same sentence, the verb left out before them."""
    end = _SENTENCE_END.search(body, at, at + _GAP_REACH)
    stop = end.start() if end else min(len(body), at + _GAP_REACH)
    for m in _GAPPED.finditer(body, at, stop):
        name = " ".join(m.group("name").split())
        words = name.split()
        if (is_org_shaped(name) or len(words) >= 2 and all(w[:1].isupper() for w in words)) and leading_name(name) == name:
            found.add(name, m.start("name"), strong=False)  # (a name of capitalised words: "Exeby Konsthantverkare")


_RELATIVE_SOM = re.compile(r"(?:,[^\S\n]*|[^\S\n]+)som[^\S\n]*$")  # (the comma before "som" is often left out)
# A definite organisation noun opening the sentence before a grant verb ("Föreningen som driver
# gården får", "Jouren får"): it points back to a name; the sentence runs on to the verb.
_ANAPHOR = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<head>[A-ZÅÄÖ][a-zåäö]+)"
    r"(?P<clause>[^\S\n]+(?:som|också|nu|i\s+år)\b[^.!?\n]*)?[^\S\n]*$")
_DEFINITE_ORG_NOUN = re.compile(
    r"(?:förening|jour|klubb|stiftelse|gård|förbund|lag|sällskap|kår|kör|orkester)(?:en|et|n)$")


_COPULA_BEFORE = re.compile(r"\b(?:är|var|blir|blev)\s+$")


def _anaphor_stems(m: re.Match) -> list[str]:
    """Stems of the organisation nouns of an anaphoric subject ("förening", "bygdegård"), or []."""
    head = m.group("head").lower()
    if not _DEFINITE_ORG_NOUN.search(head):
        return []
    words = [head] + [w for w in (m.group("clause") or "").lower().split() if _DEFINITE_ORG_NOUN.search(w)]
    return [re.sub(r"(?:en|et|n)$", "", w) for w in words]


def _antecedent(body: str, at: int, stems: list[str]) -> tuple[str, int] | None:
    """The nearest organisation name within the few sentences before ``at`` that carries one of
    the anaphor's nouns ("Exempelgårdens bygdegård" for "Föreningen som driver bygdegården")."""
    start = max(0, at - 400)
    best = None
    for m in re.finditer(r"(?<![\wåäö])[A-ZÅÄÖ][\wåäö’'-]*", body[start:at]):
        if best and start + m.start() < best[1] + len(best[0]):
            continue  # a capital inside the name found ("Exeby Hembygds- och Fornminnesförening"): its tail, no name of its own
        if (_COPULA_BEFORE.search(body, max(0, start + m.start() - 6), start + m.start())
                and m.group(0).lower() not in _DEFINITE_HEADS):
            # "... är Exempeltraktens största bygdegård": a predicate, not a referent (but "Svaret är
            # Föreningen Exeby Unga": a name opening with its definite head identifies the organisation)
            continue
        name = leading_name(body[start + m.start(): at])
        if name and _heading_run_into(body, start + m.start(), name):
            continue  # "BIDRAG TILL BYGDEGÅRDAR" / "Exeby bygdegård är ...": a heading in capitals over the name
        if name and len(name.split()) > 1 and is_org_shaped(name) and any(s in name.lower() for s in stems):
            best = (name, start + m.start())
    return best


def _heading_run_into(body: str, pos: int, name: str) -> bool:
    """The name found at ``pos`` runs from a line of several words in capitals (a heading) into the next line,
    or from a section's heading alone on its line ("Ärendet" / "Båtklubben sköter ...": no name "Ärendet Båtklubben")."""
    line_end = body.find("\n", pos, pos + len(name) + 1)
    if line_end < 0:
        return False
    line = body[body.rfind("\n", 0, pos) + 1:line_end]
    return (len(line.split()) >= 2 and line.isupper()) or (pos == body.rfind("\n", 0, pos) + 1 + len(line) - len(line.lstrip())
                                                          and is_section_heading(line.strip()))


def _listed_lines(body: str, start: int, found: _Found) -> None:
    """The bullet lines after "fördelat på följande föreningar:"; or the names run on after the
    colon ("avtal med två föreningar: A och B.")."""
    if body[start - 1: start] != "\n" and body[start: start + 1].strip():
        for name in _name_list(body[start: start + 400], lower_start=False):
            found.add(name, start, strong=True)
        return
    taken = 0
    pos = start
    for line in body[start: start + 1500].split("\n")[:30]:
        pos += len(line) + 1
        s = line.strip()
        if not s:
            continue
        if not _BULLET.match(line) and taken:
            break
        name = leading_name(_BULLET.sub("", s))
        if name:
            found.add(name, pos - len(line) - 1, strong=True)
            taken += 1


def _is_blank(c: str) -> bool:
    return c.isspace() and c != "\n"


def _strip_separator_tail(left: str) -> str:
    r"""``re.sub(r"[^\S\n]*[:|–,-]?[^\S\n]*$", "", left)`` without its regex, which tries every
    blank of a long blank run (a masked page header) to the end: blanks, one separator, blanks
    are cut from the end (before a final line break, which stays, as ``$`` matches before it)."""
    tail = "\n" if left.endswith("\n") else ""
    p = len(left) - len(tail)
    while p and _is_blank(left[p - 1]):
        p -= 1
    if p and left[p - 1] in ":|–—,-":  # (an em dash too: "Exeby Jazzklubb — 42 000 kr")
        p -= 1
        while p and _is_blank(left[p - 1]):
            p -= 1
    return left[:p] + tail


class _Occurrences:
    """Every place a pattern of alternative words matches, overlapping ones too, found in one
    pass: whether a window holds a match is then a bisection, not a search of the window
    (the windows of neighbouring list entries overlap, so a text would be searched many times over).
    The same as ``pattern.search(text, lo, hi)`` when no word is a prefix of another and ``hi``
    cuts no word (it is an amount's end: a word-end test at ``hi`` sees what follows either way)."""

    def __init__(self, pattern: re.Pattern, text: str):
        self.starts: list[int] = []
        self.ends: list[int] = []
        m = pattern.search(text)
        while m:
            self.starts.append(m.start())
            self.ends.append(m.end())
            m = pattern.search(text, m.start() + 1)

    def within(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.starts) and self.starts[i] < hi:  # a few: a word ending past hi, a shorter one after it
            if self.ends[i] <= hi:
                return True
            i += 1
        return False


def _last_break(left: str) -> int:
    """Where the last _ENTRY_BREAK of ``left`` ends (0 if none). The scan starts at the last line
    break, not at the start: a scan from the start has a match ending right after it (the line
    break itself, or " och" before it), so both scans agree from there on."""
    cut = 0
    for brk in _ENTRY_BREAK.finditer(left, max(0, left.rfind("\n"))):
        cut = brk.end()
    return cut


# The head row of a table of costs: its first column names cost items, not who is paid.
_COST_HEAD = re.compile(r"[ \t|]*(?:kostnad(?:er|sslag|spost)?|utgift(?:er|spost)?|post|budgetpost|intäkt(?:er)?|kostnadsslag"
                        r"|verksamhet(?:er|sområden?)?)"  # (a budget's rows by activity: "Verksamhet   Budget 2040, tkr")
                        r"(?:\t|[ ]{2,}|[ \t]*\|)", re.I)


# The caption of a list of fees or prices: its rows name what is charged for, not who is paid.
_FEE_HEAD = re.compile(r"(?<![\wåäö])(?:avgift(?:er|en|erna)?|taxa|taxan|taxor(?:na)?|prislista|priser(?:na)?)(?![\wåäö])", re.I)


def _caption_above(body: str, line_start: int) -> str:
    """The heading over a list's rows: up past the rows above (lines with a number) and blank lines."""
    lines = body[max(0, line_start - 600):max(0, line_start)].split("\n")
    for line in reversed(lines[1:] if line_start > 600 else lines):
        if line.strip() and not _DIGIT.search(line):
            return line if len(line.split()) <= 8 else ""  # a heading's length: a sentence leading in is no caption
    return ""


# An organisation number's place in a list's row: the number, or a word for its lack.
_NUMBER_CELL_OR_NONE = re.compile(r"(?:(?:org\.?\s*nr\.?|organisationsnummer)\s*:?\s*)?\d{6}-\d{4}|"
                                  r"(?:utan|inget|saknar)\s+(?:org\.?\s*nr\.?|organisationsnummer)|"
                                  r"(?:org\.?\s*nr\.?|organisationsnummer)\s+saknas", re.I)
# A table's heading naming a money column: "Belopp", "Bidrag (kr)", "Beviljat (kr)", "Sökt belopp".
_MONEY_COLUMN_HEAD = re.compile(r"(?:\t|[ ]{2,}|\|)[ \t]*(?:[\wåäö]+[ \t]+)?(?:belopp|bidrag|beviljat|sökt|ersättning)?"
                                r"[ \t]*\((?:kr|kronor|tkr|sek)\)", re.I)
_HEAD_LOOK = 12  # rows a table's heading may stand above the row
_ROW_CHARS = 400  # a table's row or heading is no longer


def _under_money_heading(body: str, pos: int) -> bool:
    """``pos``'s line is a row of a table (cells apart by tabs or wide gaps) whose heading row names
    a money column with its unit ("Förening   Org.nr   Beviljat (kr)"): its bare numbers are sums."""
    end = body.rfind("\n", max(0, pos - _ROW_CHARS), pos)  # (bounded: a flattened line is no table's row)
    for line in lines_above(body, end, _HEAD_LOOK, _ROW_CHARS):
        if line.strip():
            if not _CELL_GAP.search(line.strip()):
                return False
            if _MONEY_COLUMN_HEAD.search(line) and not re.search(r"\d{3}", line):
                return True
    return False


# The end of a line that closes an entry of a list run together and opens the next: "..., Exeby IF
# 12 000, Exeby" (a sum, its comma, then capitalised words and no sum: the next name, wrapped).
_ENTRY_THEN_WRAPPED_NAME = re.compile(r"\d[^\S\n]*(?:kr\.?|kronor|tkr|:-)?[^\S\n]*,[^\S\n]*(?P<name>[A-ZÅÄÖ][^\d\n,;:.!?|•]*)$")


def _wrapped_entry_start(left: str, cut: int) -> int:
    """Where an entry opening a line starts when its name began on the line above: a list run
    together in prose and wrapped as a PDF column wraps it ("..., Exeby IF 12 000, Västra\nExeby
    Kammarkör 9 000"). ``cut`` is the start of the line; it stays where the line above ends an entry."""
    above = left[left.rfind("\n", 0, cut - 1) + 1: cut - 1]
    m = _ENTRY_THEN_WRAPPED_NAME.search(above)
    if not m or not m.group("name").strip():
        return cut
    return cut - 1 - len(above) + m.start("name")


# A table's head row flattened into its line, a purpose column between the payee's and the sum's:
# "Förening Ändamål Belopp Exeby Hembygdsförening Sommarprogram i Norrby 48 000 kr Norrby IF ...".
_FLAT_PURPOSE_HEAD = re.compile(r"(?<![\wåäö])(?:Förening|Föreningar|Organisation|Mottagare|Sökande)[ ]+"
                                r"(?:Ändamål|Syfte|Projekt|Aktivitet|Användning)[ ]+(?:Belopp|Bidrag|Beviljat|Summa)"
                                r"(?:[ ]*\((?:kr|kronor|tkr)\))?(?![\wåäö])")
_FLAT_ROW_REACH = 2000  # characters of a flattened table's rows after its head
_SUM_WITH_UNIT = re.compile(r"\d[ \u00a0]*(?:kr\.?|kronor|tkr|:-)(?![\wåäö])", re.I)
_PURPOSE_LINKS = frozenset({"i", "på", "vid", "för", "till", "med", "av", "om", "och", "inom", "under"})


def _flat_table_payee(body: str, heads: list[tuple[int, int]], head_ends: list[int], at: int) -> tuple[str, int] | None:
    """The payee of a flattened table's row whose sum starts at ``at``, under a head naming a purpose
    column: the row's text after the previous sum (or the head), less its last cell, the purpose, a
    phrase opening with a capital ("Sommarprogram i Norrby", "Höstrevy"); None off such a table."""
    i = bisect.bisect_right(head_ends, at) - 1  # (the heads' ends listed once by the caller, not per sum)
    if i < 0 or at - heads[i][1] > _FLAT_ROW_REACH or body.find("\n", heads[i][1], at) >= 0:
        return None
    start = heads[i][1]
    for sm in _SUM_WITH_UNIT.finditer(body, max(start, at - 200), at):
        start = sm.end()
    words = list(re.finditer(r"\S+", body[start:at]))
    for j in range(len(words) - 1, 0, -1):
        w, prev = words[j].group(), words[j - 1].group()
        if w[:1].isupper() and prev.lower() not in _PURPOSE_LINKS:
            return body[start + words[0].start(): start + words[j - 1].end()], start + words[0].start()
    return None


def _from_amount_lists(body: str, found: _Found) -> None:
    """Grant lists: names each followed by an amount, on lines or run together in one line."""
    entries = []  # (name, name_start, amount_end, has_unit)
    heads = [(h.start(), h.end()) for h in _FLAT_PURPOSE_HEAD.finditer(body)]
    head_ends = [e for _s, e in heads]
    for m in _ENTRY_AMOUNT.finditer(body):
        has_unit = bool(m.group("unit"))
        payee = _flat_table_payee(body, heads, head_ends, m.start()) if heads else None
        if payee:
            entries.append((payee[0], payee[1], m.end(), has_unit))
            continue
        if m.group("purpose_to_eol") is not None and not _BULLET.match(body[body.rfind("\n", 0, m.start()) + 1: m.start()]):
            continue  # (what the money is for ends the line only of a bulleted list's entry, not of prose)
        if not has_unit and (int(re.sub(r"\D", "", m.group("num"))) < 100 or re.fullmatch(r"(?:19|20)\d\d", m.group("num"))):
            continue
        lo = max(0, m.start() - 100)
        left = _strip_separator_tail(body[lo: m.start()])
        cut = _last_break(left)
        segment = left[cut:]
        if _NUMBER_CELL_OR_NONE.fullmatch(segment.strip()) and cut:
            # "Exeby Seniorer, utan organisationsnummer, 40 000 kr": the row's number (or its lack)
            # stands between the name and the sum; the name is the part before it.
            before = _strip_separator_tail(left[:cut].rstrip(",;|–- \t"))
            cut = _last_break(before)
            segment = before[cut:]
        if cut and left[cut - 1] == "\n":
            cut = _wrapped_entry_start(left, cut)
            segment = left[cut:]
        row_start = left.rfind("\n") + 1
        if cut > row_start and _CELL_GAP.search(left, row_start, cut):
            # "Exeby Jazzklubb     Jazz i parken, fyra konserter     32 000": the comma that cut the entry is
            # inside a later cell (what the money is for); the row's first cell names the payee.
            first = _CELL_GAP.split(left[row_start:].strip())[0]
            if first and looks_like_org_name(first):
                cut = row_start + left[row_start:].find(first)
                segment = left[cut:]
        if not re.search(r"[^\W\d_]", segment) and _CELL_GAP.search(left, row_start):
            # "Exeby IF<TAB>–<TAB>22 000<TAB>15 000": a dash for a missing number parted the cells
            # as a list's dash would; the name is the row's first cell.
            cut, segment = row_start, left[row_start:]
        # A table row "Förening   Ändamål   Belopp": the name is the row's first column.
        cells = _CELL_GAP.split(segment.strip())
        if len(cells) > 1 and cells[0]:
            cut += segment.find(cells[0])
            segment = cells[0]
            if not left[row_start:cut].strip():  # (the row's first cell, its name wrapped in its column below)
                wrapped = _cell_wrapped_below(body, m.end(), left[row_start:cut + len(segment)] + "  ")
                segment = wrapped.strip() if wrapped.strip() != segment else segment
        described = _DESCRIBED_ENTRY.fullmatch(left, left.rfind("\n") + 1) if body[m.start() - 2: m.start()].lstrip()[:1] == ":" else None
        if described:
            # "Exeby IF, ny konstgräsyta: 310 000 kr": the payee first, what it is for after its comma.
            cut = described.start("name")
            segment = described.group("name")
        name = _BULLET.sub("", segment).strip()
        if "\n" in name:
            name = " ".join(name.split())  # a name wrapped onto the entry's line
        lead = _MATTER_FOR.match(name)
        if lead:  # "7. Borgen för Exeby Värme AB, 3,2 mkr": an agenda row's matter word before the party
            name = name[lead.end():]
            cut += segment.find(name)
        prior = _PRIOR_ENTRY_TAIL.match(name)
        if prior:  # "310 000 kronor för projektet X Föreningen Y, 265 000 kronor": a flattened list's previous entry first
            tail = _name_before(name[prior.end():])
            if tail and name.endswith(tail) and looks_like_org_name(tail):
                name, cut = tail, left.rfind(tail)
        entries.append((name, lo + cut, m.end(), has_unit))
    grant_words = _Occurrences(_GRANT_CONTEXT, body) if entries else None
    runs: list[list] = []
    for entry in entries:
        # The distance first: most amounts are far apart, and then their gap is not cut out.
        if runs and (entry[1] - runs[-1][-1][2] < 12 and _RUN_GAP.fullmatch(body[runs[-1][-1][2]: entry[1]])
                     or entry[1] - runs[-1][-1][2] < _PURPOSE_REACH and _PURPOSE_GAP.fullmatch(body[runs[-1][-1][2]: entry[1]])):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    for run in runs:
        line_start = body.rfind("\n", max(0, run[0][1] - 120), run[0][1])  # (bounded: a flattened line has none)
        head_start = body.rfind("\n", max(0, line_start - 120), line_start) if line_start > 0 else -1
        if (head_start >= 0 or 0 < line_start <= 120) and _COST_HEAD.match(body, head_start + 1):
            continue  # a cost table's rows ("Post   Belopp" / "Underhåll av ridhus   115 000 kr"): items, not payees
        if line_start > 0 and _FEE_HEAD.search(_caption_above(body, line_start)):
            continue  # "Så här ändras avgifterna" / "Villa, sorterat avfall: 2 640 kr": a fee schedule's rows, no payees
        # Outside a grant's context names with amounts are a budget's rows or a price list,
        # unless the name itself is an organisation's.
        if len(run) >= 3 and 2 * sum(bool(e[0]) and _GRANT_WORD.search(e[0].split()[-1]) is not None for e in run) >= len(run):
            continue  # "Grundbidrag: 820 000 kr" / "Lokalbidrag: ..." / "Ledarutbildning: ...": the money by kind, no payees
        granted = grant_words.within(max(0, run[0][1] - 600), run[-1][2])
        units = sum(e[3] for e in run)
        in_table = not units and _under_money_heading(body, run[0][1])  # a row's bare sum under "Beviljat (kr)"
        for name, start, _end, has_unit in run:
            has_unit = has_unit or in_table
            if not granted and not is_org_shaped(name):
                continue
            if has_unit or len(run) >= 3 or len(run) >= 2 and units:
                if leading_name(name, lower_start=True) == name:
                    found.add(name, start, strong=len(run) >= 2, lower_start=True)
        if len(run) >= 3 and granted:
            tail = re.match(r"[^\S\n]*,[^\S\n]*([^\n,.]{2,80})\.", body[run[-1][2]: run[-1][2] + 90])
            if tail and leading_name(tail.group(1)) == tail.group(1).strip():
                found.add(tail.group(1), run[-1][2] + tail.start(1), strong=True)


# A grant list with the sum first: "45 000 kr – Exeby Friidrott – nya hoppgropar" (the name between
# dashes, what the money is for after it), or "45 000 kr: Exeby Friidrott".
_SUM_FIRST_LINE = re.compile(
    r"^[ \t]*(?:[-–•*][ \t]*)?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?[ \t]*(?:kronor|kr\b\.?|tkr\b|mnkr\b|:-)"
    r"[ \t]*(?:[–—:]|-(?=[ \t]))[ \t]*(?P<name>[^\n–—:]{2,80}?)[ \t]*(?:[–—:][^\n]*|-[ \t][^\n]*)?$", re.I | re.M)
# A name on a line of its own over its sum: "Exeby Teaterförening, Exeby" / "600 000 kronor för ...".
_NAME_OVER_SUM = re.compile(
    r"^[ \t]*(?P<name>[A-ZÅÄÖ][^\n.!?:;]{1,80}?)[ \t]*\n[ \t]*\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d{1,2})?[ \t]*"
    r"(?:kronor|kr\b|tkr\b|mnkr\b|miljoner\s+kronor)", re.M)
_SEAT_AFTER_COMMA = re.compile(r",[ \t]*[A-ZÅÄÖ][\wåäö-]*$")


def _from_sum_lines(body: str, found: _Found) -> None:
    """Grant lists whose rows give the sum first or whose names head their sums (two rows at least):
    each row's name, a seat after its comma dropped ("X, Exeby" names X in the town of Exeby)."""
    for pattern in (_SUM_FIRST_LINE, _NAME_OVER_SUM):
        rows = list(pattern.finditer(body)) if re.search(r"\d[ \t]*(?:kr|tkr|mnkr|:-)", body, re.I) else []
        if len(rows) < 2:
            continue
        for m in rows:
            name = _SEAT_AFTER_COMMA.sub("", m.group("name").strip())
            if leading_name(name) == name and looks_like_org_name(name):
                found.add(name, m.start("name"), strong=True)


def _from_period_lines(body: str, found: _Found) -> None:
    """A listing of agreements: "Föreningen X – 1 januari 2024–31 december 2025", two or more."""
    lines = []
    for dash in _DASH_DATE.finditer(body):
        window = max(0, dash.start() - 200)  # a name is at most 90 characters
        newline = body.rfind("\n", window, dash.start())
        if newline < 0 and window > 0:
            continue  # the line starts too far back for a name to reach the dash
        line_start = newline + 1
        if lines and line_start <= lines[-1].start():
            continue  # this line was tried already
        m = _PERIOD_LINE.match(body, line_start)
        if m and not re.search(r"\d", m.group("name")):
            lines.append(m)
    if len(lines) < 2 or not re.search(rf"{_AGREEMENT_WORD}|bidrag", body, re.I):
        return
    for m in lines:
        text = _BULLET.sub("", m.group("name")).strip()
        parts = re.split(r"(?<!-)\s+(?:och|samt)\s+|,\s*", text)
        for part in parts:
            if leading_name(part, lower_start=True) == part.strip():
                found.add(part, m.start("name") + m.group("name").find(part), strong=True)


def _from_lists(body: str, found: _Found) -> None:
    """"partnerskap med tre ideella organisationer, A, B och C": every item must be a name."""
    for m in _LIST_TRIGGER.finditer(body):
        items = _split_list(body[m.end(): m.end() + 300])
        if len(items) >= 2 and all(looks_like_org_name(i) for i in items):
            for item in items:
                s = body.find(item.split()[0], m.end(), m.end() + 400)
                found.add(item[0].upper() + item[1:], s, strong=True)


# A label row naming the counterparty of a grant, lease, loan or agreement, its value after a colon or
# in the next column: "Motpart:  Föreningen X", "Sökande    Exeby Ridklubb", "Arrendator: X".
_COUNTERPARTY_LABEL = re.compile(
    r"^[ \t]*(?:motpart|avtalspart|sökande|mottagare|bidragsmottagare|arrendator|hyresgäst|låntagare|borgenstagare)"
    r"(?:[ \t]*:[ \t]*|[ \t]*\t[ \t]*|[ ]{2,})(?=[A-ZÅÄÖ])", re.I | re.M)


def _from_counterparty_labels(body: str, found: _Found) -> None:
    """The organisation a counterparty's label row names (a person or an authority is no such name)."""
    for m in _matches(_COUNTERPARTY_LABEL, body):
        name = leading_name(body[m.end(): m.end() + 160])
        if is_org_shaped(name):
            found.add(name, m.end(), strong=True)


def extract_parties(ctx) -> list[dict]:
    _use(ctx.models)
    body = ctx.body
    found = _Found(ctx)
    anaphoric = _from_org_numbers(ctx, found)
    _from_agreements(body, found)
    _from_agenda_agreements(ctx, found)
    _from_joint_agreements(body, found)
    _from_lists(body, found)
    _from_amount_lists(body, found)
    _from_flat_table_rows(body, found)
    _from_sum_lines(body, found)
    _from_period_lines(body, found)
    _from_grants(body, found)
    _from_counterparty_labels(body, found)
    _from_cut_last_row(body, found)
    _give_anaphoric_numbers(found, anaphoric)
    return _merge(found.items)


class _Relined:
    """A _Found taking names found in a flattened text's relined copy (its table rows on lines of their
    own): each name's offset mapped back to the text's, kept only inside a flattened line."""

    def __init__(self, found: _Found, added: list[int], lines: list[tuple[int, int]]):
        self.found, self.added, self.lines = found, added, lines

    def add(self, name: str, at: int, **kw) -> None:
        at -= bisect.bisect_left(self.added, at)
        k = bisect.bisect_left(self.lines, (at + 1,)) - 1
        if k >= 0 and at < self.lines[k][1]:
            self.found.add(name, at, **kw)


def _from_flat_table_rows(body: str, found: _Found) -> None:
    """Grant tables of a flattened text (every line joined by a space, the cells' gaps kept): read as
    grant lists once their rows stand on lines of their own."""
    relined = relined_rows(body)
    if relined is not None:
        text, added, lines = relined
        _from_amount_lists(text, _Relined(found, added, lines))


# The excerpt's end cut inside a number: a few digits alone on the text's last line.
_CUT_NUMBER_END = re.compile(r"\n[ \t]*(\d{2,6}(?:-\d{0,3})?)[ \t]*\Z")
_NUMBER_LINE = re.compile(r"^[ \t]*\d{6}-\d{4}[ \t]*$", re.M)


def _from_cut_last_row(body: str, found: _Found) -> None:
    """A table read one cell a line, cut by the excerpt's end inside its last row's number ("Exeby IF" /
    "8024"): the name cell over the cut number is that row's party, its number unknown. Only where the
    rows above stand so, each number alone on its line under its name (two rows at least)."""
    m = _CUT_NUMBER_END.search(body.rstrip("\n\f "))
    if not m or len(_NUMBER_LINE.findall(body)) < 2:
        return
    text = body.rstrip("\n\f ")
    prev_end = m.start()
    prev_start = text.rfind("\n", 0, prev_end) + 1
    name = text[prev_start:prev_end].strip()
    if name and name[0].isupper() and not _ANY_DIGIT.search(name) and len(name.split()) <= 6 and looks_like_org_name(name):
        found.add(name, prev_start + text[prev_start:prev_end].index(name), strong=True)


def _place_tail_cuts(name: str) -> list[int]:
    """Where a name of three words or more may end before a place named after it without a
    preposition ("Studieförbundet Exebro Exeby län", "Föreningen Mötesplats Exeby"): the word counts
    of its short forms (two words at least), the tail one or two capitalised words or "län"."""
    words = name.split()
    return [n for n in (len(words) - 1, len(words) - 2)
            if (n >= 2 or n == 1 and _proper_org_word(words[0]))
            and all(w[:1].isupper() or w == "län" for w in words[n:]) and words[n][:1].isupper()]


def _proper_org_word(word: str) -> bool:
    """One word that is an organisation's own name ("Brottsofferjouren", "Exebyorkestern"): an
    organisation noun whose first part is no common word. Such a word alone is the short form of
    the name with its place ("Brottsofferjouren Dalsland–Vänersborg"); "Idrottsföreningen" is not."""
    return has_hand_org_word(word) and not _generic_org_noun(word)


def _before_comma(name: str) -> str | None:
    """The words of a name before its first comma, case-folded ("Svenska Röda Korset, Exeby krets"
    -> "svenska röda korset"); None without a comma."""
    head, comma, _rest = name.partition(",")
    return " ".join(head.casefold().split()) if comma else None


def _definite_stem(words: tuple[str, ...] | list[str]) -> str | None:
    """The indefinite form of a one-word name in the definite ("reumatikerdistriktet" ->
    "reumatikerdistrikt"), which ends the full name it stands for ("Exeby Reumatikerdistrikt")."""
    if len(words) != 1 or len(words[0]) < 8 or not words[0].endswith(("et", "en")):
        return None
    return words[0][:-2]


_ASSOCIATION_WORD = "förening"


def _association_forms(words: tuple[str, ...] | list[str]) -> list[tuple[str, ...]]:
    """A name of two words or more whose last word is a compound on "förening" ("Exeby
    Bygdegårdsförening") as its place is named without it ("Exeby Bygdegård"): those shorter forms."""
    last = words[-1] if len(words) >= 2 else ""
    if not last.endswith(_ASSOCIATION_WORD) or len(last) < len(_ASSOCIATION_WORD) + 4:
        return []
    head = last[: -len(_ASSOCIATION_WORD)]
    heads = [head[:-1], head] if head.endswith("s") else [head]  # (the compound's joining s)
    return [tuple(words[:-1]) + (h,) for h in heads]


def _genitive_form(words: tuple[str, ...] | list[str]) -> tuple[str, ...] | None:
    """The place's genitive for a definite name "i" a place: "hembygdsföreningen i borgvik" ->
    ("borgviks", "hembygdsförening"), the same association as "Borgviks hembygdsförening"."""
    if len(words) != 3 or words[1] != "i" or len(words[0]) < 8 or not words[0].endswith(("en", "et")):
        return None
    place = words[2]
    if len(place) < 2 or not place.isalpha():
        return None
    return (place if place.endswith(("s", "x", "z")) else place + "s", words[0][:-2])


def _same_party(short: str, long: str) -> bool:
    """Short and long forms of one name: "Kvinnojouren" / "Kvinnojouren i Exempelby",
    "Exempelgården" / "Föreningen Exempelgården", "Studieförbundet Exebro" / "Studieförbundet
    Exebro Exeby län"."""
    s, lg = short.casefold().split(), long.casefold().split()
    if s != lg and tuple(s) in _abbreviated_forms(long):
        return True  # "Exeby IK" / "Exeby Idrottsklubb": the legal form by its initials
    if len(s) == 2 and tuple(s) == _genitive_form(lg):
        return True  # "Exeby idrottsförening" / "idrottsföreningen i Exeby": the place's genitive before the name
    if len(s) == len(lg) and short[:1].isupper() and tuple(s) in _association_forms(lg):
        return True  # "Exeby Bygdegård" / "Exeby Bygdegårdsförening": the place for its association
    if len(s) >= len(lg):
        return False
    if len(lg) >= 2 and _definite_stem(s) == lg[-1] and short[:1].isupper():
        return True  # "Reumatikerdistriktet" / "Exeby Reumatikerdistrikt": the name's head in the definite
    if _before_comma(long) == " ".join(s):
        return True  # "Svenska Röda Korset" / "Svenska Röda Korset, Exeby krets": the branch after a comma
    if lg[: len(s)] == s and lg[len(s)] in _PLACE_PREPOSITIONS:
        return True
    if len(s) >= 2 and _purpose_tail(s, lg):
        return True
    if lg[: len(s)] == s and len(s) in _place_tail_cuts(long):
        return True
    if lg[: len(s)] == s and len(s) == _lower_tail_cut(long):
        return True  # "Hela Exeby Rör" / "Hela Exeby Rör sig": a name read only to its first lower-case word
    return lg[-len(s):] == s and len(lg) - len(s) == 1 and has_hand_org_word(lg[0]) or _runs_place(short, long)


def _purpose_tail(s: list[str], lg: list[str]) -> bool:
    """``s`` is ``lg`` without the purpose after "för" ("Stiftelsen Exeby Stödcentrum" / "Stiftelsen
    Exeby Stödcentrum för våldsutsatta"), or without its kind word before it too ("Exeby Stödcentrum",
    a heading's short form)."""
    for at in (0, 1):
        if at and not has_hand_org_word(lg[0]):
            break
        if lg[at: at + len(s)] == s and lg[at + len(s): at + len(s) + 1] == ["för"]:
            return True
    return False


def _purpose_cuts(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The short forms _purpose_tail accepts of the casefolded ``words``: before the first "för",
    with and without a kind word opening the name."""
    if "för" not in words[2:]:
        return []
    n = words.index("för", 2)
    return [words[:n]] + ([words[1:n]] if n >= 3 and has_hand_org_word(words[0]) else [])


def _lower_tail_cut(name: str) -> int:
    """How many words of ``name`` come before the one or two lower-case words that end it ("Hela
    Exeby Rör sig" -> 3, "Exeby Konsthall ideell förening" -> 2), or 0: a reader that stops at a
    lower-case word finds the name's capitalised part alone."""
    words = name.split()
    n = len(words)
    while n > 0 and len(words) - n < 2 and words[n - 1][:1].islower():
        n -= 1
    return n if 2 <= n < len(words) and not words[n - 1][:1].islower() else 0


# The association that runs a place, its name the place's own with its town (or the town's genitive)
# before and "förening" joined on ("Folkets hus" / "Exeby Folkets husförening"): a heading's "Bidrag till Folkets
# hus" names the same party as the text's association.
_RUNS_PLACE = ("förening", "föreningen", "sförening", "sföreningen")


def _runs_place(short: str, long: str) -> bool:
    """``long`` is the town's association that runs the place ``short`` names."""
    s, lg = short.casefold().split(), long.casefold().split()
    if len(lg) != len(s) + 1 or len(s) < 2:
        return False
    tail = lg[1:]
    return tail[:-1] == s[:-1] and tail[-1] in {s[-1] + e for e in _RUNS_PLACE}


def _places_run(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The place a town's association is named after ("exeby folkets husförening" -> "folkets hus"),
    each way its joint may be read ("hus" + "förening", "hu" + "sförening")."""
    if len(words) < 3:
        return []
    return [words[1:-1] + (words[-1][:-len(e)],) for e in _RUNS_PLACE if words[-1].endswith(e) and len(words[-1]) > len(e)]


def _initials(word: str) -> str:
    """A name word's initials as its abbreviation spells them: a compound's first letter and its
    organisation head's ("Idrottsklubb" -> "ik", "Bollklubben" -> "bk"), else its first letter."""
    w = word.casefold().strip(".,:;()")
    heads = [e for e in HAND_ORG_ENDINGS if w.endswith(e) and len(w) > len(e)]
    return w[:1] + (max(heads, key=len)[:1] if heads else "")


@lru_cache(maxsize=16384)  # asked twice per party when merging (index and look-up)
def _abbreviated_forms(name: str) -> tuple[tuple[str, ...], ...]:
    """The name's short forms with its organisation head word(s) by their initials, case-folded:
    "Exeby Idrottsförening" -> ("exeby", "if"), "Exeby Gymnastik- och Idrottsförening" ->
    ("exeby", "gif"). Only a tail that ends in an organisation noun is abbreviated."""
    words = name.split()
    forms = []
    for n in (1, 3):
        if len(words) <= n or not _ends_with_any(words[-1].casefold(), HAND_ORG_ENDINGS):
            continue
        tail = words[-n:]
        if n == 3 and tail[1].casefold() != "och":
            continue
        letters = "".join(_initials(w) for w in tail if w.casefold() != "och")
        if 2 <= len(letters) <= 4:
            forms.append(tuple(w.casefold() for w in words[:-n]) + (letters,))
    return tuple(forms)


# Bounds on merging, so a document of thousands of parties costs linear time: the fuzzy ratio is
# taken against the first _FUZZY_WINDOW distinct parties (no real document has more), and each
# name key indexes at most _PER_KEY parties; org numbers and the short/long name forms are indexed.
_FUZZY_WINDOW = 200
_PER_KEY = 8


class _MergeIndex:
    """Where a party may merge: the entries of ``out`` sharing its org number, its words, or a
    short/long form of them (what _same_party accepts), plus the fuzzy window."""

    def __init__(self) -> None:
        self.keys: dict[tuple, list[int]] = {}

    def _add(self, key: tuple, i: int) -> None:
        slot = self.keys.setdefault(key, [])
        if len(slot) < _PER_KEY and i not in slot:
            slot.append(i)

    def add(self, i: int, party: dict) -> None:
        if party["org_nr"]:
            self._add(("nr", party["org_nr"]), i)
        words = tuple(party["name"].casefold().split())
        self._add(("words", words), i)
        self._add(("tail", words[1:]), i)  # this = one word + tail: the long form of tail
        for n in range(1, len(words)):  # this = prefix + "i"/"på" ...: the long form of prefix
            if words[n] in _PLACE_PREPOSITIONS:
                self._add(("prefix", words[:n]), i)
        for n in _place_tail_cuts(party["name"]):  # this = prefix + a place: the long form of prefix
            self._add(("prefix", words[:n]), i)
        for short in _purpose_cuts(words):  # this = prefix + "för" + its purpose: the long form of prefix
            self._add(("prefix", short), i)
        if _lower_tail_cut(party["name"]):  # this = prefix + its lower-case words: the long form of prefix
            self._add(("prefix", words[:_lower_tail_cut(party["name"])]), i)
        head = _before_comma(party["name"])
        if head:  # this = prefix + ", " + its branch: the long form of prefix
            self._add(("prefix", tuple(head.split())), i)
        for form in _abbreviated_forms(party["name"]):  # this = the long form of "Exeby IK"
            self._add(("prefix", form), i)
        for place in _places_run(words):  # this = town's + place + "förening": the place's association
            self._add(("place", place), i)
        for form in _association_forms(words):  # this = the association of the place its name holds
            self._add(("prefix", form), i)
        genitive = _genitive_form(words)
        if genitive:  # this = "X-en i Place": the long form of "Places X"
            self._add(("prefix", genitive), i)
        if len(words) >= 2:  # this = a name whose last word's definite form names it alone
            self._add(("definite", words[-1]), i)
        elif _definite_stem(words):  # this = that definite form: the short form of a name ending on its stem
            self._add(("definite of", _definite_stem(words)), i)

    def candidates(self, party: dict) -> set[int]:
        words = tuple(party["name"].casefold().split())
        keys = [("words", words), ("prefix", words), ("tail", words), ("words", words[1:])]
        keys += [("words", words[:n]) for n in range(1, len(words)) if words[n] in _PLACE_PREPOSITIONS]
        keys += [("words", words[:n]) for n in _place_tail_cuts(party["name"])]
        keys += [("words", short) for short in _purpose_cuts(words)]
        if _lower_tail_cut(party["name"]):
            keys.append(("words", words[:_lower_tail_cut(party["name"])]))
        head = _before_comma(party["name"])
        if head:
            keys.append(("words", tuple(head.split())))
        keys += [("words", form) for form in _abbreviated_forms(party["name"])]
        keys += [("words", form) for form in _association_forms(words)]
        if _genitive_form(words):
            keys.append(("words", _genitive_form(words)))
        if party["org_nr"]:
            keys.append(("nr", party["org_nr"]))
        keys.append(("place", words))
        keys += [("words", place) for place in _places_run(words)]
        stem = _definite_stem(words)
        if stem:
            keys.append(("definite", stem))
        elif len(words) >= 2:
            keys.append(("definite of", words[-1]))
        return {i for key in keys for i in self.keys.get(key, ())}


def _merge(parties: list[dict]) -> list[dict]:
    """One entry per organisation: fuzzy-equal names merge, keeping org numbers and roles and
    the fullest form of the name."""
    from rapidfuzz import fuzz, process

    out: list[dict] = []
    # Casefolded names of out[:_FUZZY_WINDOW], all and those without an org number: a party with
    # a number can be fuzzy-similar only to one without (two numbers decide by themselves).
    window: dict[int, str] = {}
    window_no_nr: dict[int, str] = {}
    index = _MergeIndex()
    for p in parties:
        key = p["name"].casefold()
        near = {i for _name, _score, i in process.extract(key, window_no_nr if p["org_nr"] else window,
                                                          scorer=fuzz.ratio, score_cutoff=90, limit=None)}
        if not p["name"].split():  # an empty name: any entry may take it (as the full scan did)
            near.update(range(len(out)))
        for i in sorted(near | index.candidates(p)):
            q = out[i]
            q_key = q["name"].casefold()
            same_nr = p["org_nr"] and q["org_nr"] and p["org_nr"] == q["org_nr"]
            similar = (q_key == key or fuzz.ratio(key, q_key) >= 90) and not (p["org_nr"] and q["org_nr"])
            # equal names are never one the short form of the other
            # (two numbers that differ are two organisations, however alike their names)
            if same_nr or similar or q_key != key and not (p["org_nr"] and q["org_nr"] and not same_nr) and (
                    _same_party(p["name"], q["name"]) or _same_party(q["name"], p["name"])):
                q["org_nr"] = q["org_nr"] or p["org_nr"]
                q["role"] = q["role"] or p["role"]
                # (the long form's kind in lower case, "föreningen X", describes the name: "X" stays)
                if q["name"][:1].islower() and p["name"][:1].isupper() or _same_party(q["name"], p["name"]) and not (
                        p["name"][:1].islower() and q["name"][:1].isupper()):
                    q["name"], q["span"] = p["name"], p["span"]
                if i in window:
                    window[i] = q["name"].casefold()
                    if q["org_nr"]:
                        window_no_nr.pop(i, None)
                    else:
                        window_no_nr[i] = window[i]
                index.add(i, q)  # its new name or number finds it too
                break
        else:
            out.append(dict(p))
            if len(window) < _FUZZY_WINDOW:
                window[len(out) - 1] = key
                if not p["org_nr"]:
                    window_no_nr[len(out) - 1] = key
            index.add(len(out) - 1, out[-1])
    return out
