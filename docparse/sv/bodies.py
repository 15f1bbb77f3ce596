"""Swedish public bodies: municipalities and regions (from models/domain_sv.txt, SCB's and SKR's
lists), and the shape of a deciding body's name (nämnd, styrelse, fullmäktige, utskott ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from docparse.sv.text import sentence_case


@dataclass(frozen=True)
class Domain:
    """Public bodies of models/domain_sv.txt: municipality names (case-folded) and regions."""

    municipalities: frozenset[str]  # "skellefteå", "upplands väsby"
    regions: tuple[str, ...]  # official names: "Region Skåne", "Västra Götalandsregionen"


def read_domain(path: Path) -> Domain:
    sections: dict[str, list[str]] = {}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        sections.setdefault(section, []).append(line)
    return Domain(
        municipalities=frozenset(n.casefold() for n in sections.get("municipalities", ())),
        regions=tuple(sections.get("regions", ())),
    )


# Finland's Swedish-speaking and bilingual municipalities by their Swedish names (Kommunförbundet i
# Finland's list, Åland's sixteen included): their bodies write Swedish protocols ("Närpes stad",
# "Korsholms kommun"), and SCB's list, which the domain file holds, is Sweden's alone.
FINLAND_SWEDISH = frozenset(n.casefold() for n in (
    "Borgå", "Esbo", "Grankulla", "Hangö", "Helsingfors", "Ingå", "Jakobstad", "Karleby", "Kaskö", "Kimitoön",
    "Korsholm", "Korsnäs", "Kristinestad", "Kronoby", "Kyrkslätt", "Lappträsk", "Larsmo", "Lovisa", "Malax",
    "Nykarleby", "Närpes", "Pargas", "Pedersöre", "Raseborg", "Sibbo", "Sjundeå", "Vanda", "Vasa", "Vörå", "Åbo",
    "Mariehamn", "Brändö", "Eckerö", "Finström", "Föglö", "Geta", "Hammarland", "Jomala", "Kumlinge", "Kökar",
    "Lemland", "Lumparland", "Saltvik", "Sottunga", "Sund", "Vårdö"))


# The head word of a body's name, in every form a text uses (definite, genitive).
_HEADS = (
    r"nämnd(?:en|ens|s)?|styrelse(?:n|ns)?|fullmäktige(?:s)?|utskott(?:et|ets)?|direktion(?:en|ens)?|"
    r"beredning(?:en|ens)?|råd(?:et|ets)?|presidium(?:et|ets)?"
)
# A body's head word ending a one-word name, definite ("Kommunstyrelsen", "Barn- och utbildningsnämnden"),
# and as a genitive opening a heading ("Nämndens beslut", "kommunstyrelsens förslag"): for patterns that
# read a body named in running text or a heading, written once.
DEFINITE_HEADS = r"(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen)"
GENITIVE_HEADS = r"(?:[Nn]ämndens|[Ss]tyrelsens|[Ff]ullmäktiges|[Uu]tskottets|[Dd]irektionens)"
# Boards named by an adjective before a head, bare or compound: "Tekniska nämnden", "Gemensamma
# nämnden", "Regionala utvecklingsnämnden", "Gemensamma servicenämnden", "Gemensam nämnd för ...",
# "Regional utvecklingsnämnd" (indefinite only capitalised, as a name: "en gemensam nämnd" in a sentence is none).
_ADJECTIVES = (r"(?:[Tt]ekniska|(?P<joint>[Gg]emensamma|Gemensam)|[Ss]ociala|[Rr]egionala|Regional)\s+(?=[a-zåäö]*nämnd)"
               # A district's name before its board: "Åby-Ekeby stadsdelsnämnd".
               r"|(?!(?:Den|Denna|Varje|En|Vår|Er|Respektive|Berörd|Berörda|Alla|Samtliga)\s)"
               r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)*\s+(?=(?:stadsdels|kommundels|områdes)nämnd)")
# A bare head named by what it is for, as a line of its own (a heading, a letterhead): "Nämnden
# för hjälpmedel", "Gemensamma nämnden för familjerätt", "Styrelsen för Exeby Energi AB". Only at a
# line's end: in running text "nämnden för beslut" is no name. (A förbund's "Direktionen" keeps its bare name.)
# A joint nämnd keeps what it is for whatever its head ("Gemensamma lönenämnden för X och Y"), also
# where a letterhead's column wraps it ("Gemensamma lönenämnden     Sammanträdesdatum" / "för X och Y
# 2034-11-20": the other column's cell goes, nominative() drops it).
# A region's board named by its fields, indefinite and listed with commas, may wrap after a comma in its
# letterhead's cell: "Nämnd för arbetsmarknad," / "näringsliv och kultur". (The line may go on in another
# column after a wide gap or a tab: "Nämnden för kultur      2037-10-05", or a flattened head's next label:
# "... Nämnd för kultur Sammanträdesdatum 2037-10-05".)
_OF_LINE = (r"(?:(?:(?<=Nämnden)|(?<=Styrelsen)|(?<=Nämnd)|(?<=Utskottet))[ \t]+för[ \t]+[A-ZÅÄÖa-zåäö]"
            r"(?:[^\n\d.,:;()]|,[ \t]+(?=[a-zåäö])|,[ \t]*\n[ \t]*(?=[a-zåäö][^\n\d.,:;()]{2,40}?[ \t]*(?:\n|$))){2,80}?(?=[ \t]*(?:\n|$)|\t|[ ]{3,}"
            r"|[ ](?:Sammanträdesdatum|Datum|Dnr|Diarienummer|Paragraf|Sida)(?![\wåäö]))"  # (a flattened head's next label)
            r"|(?(joint)(?:(?<=nämnden)|(?<=nämnd))(?:[ \t]+|(?:[ \t]{3,}[^\n]{1,60})?\n[ \t]*)för[ \t]+[A-ZÅÄÖa-zåäö][^\n\d.,:;()]{2,60}?"
            r"(?=[ \t]{3,}|[ \t]*(?:\n|$))|(?!)))?")
# The part of a city a board of a districted city is for, after its head: "Socialnämnden Nordost",
# "Stadsområdesnämnd Norr" (capitalised: "nämnden norr om ån" is no name).
_DISTRICT = r"(?:Nordost|Nordväst|Sydost|Sydväst|Nord|Syd|Öst|Väst|Norr|Söder|Öster|Väster|Centrum)"
# A board named, indefinite, by the field it governs, in lower case after its head: "Programnämnd
# samhällsbyggnad", "Programnämnd barn och utbildning". Only as a line (or a letterhead's cell) of its own:
# in running text a lower-case word after "nämnd" is the sentence's.
_NOT_FIELD = r"(?!(?:protokoll|kallelse|sammanträde|möte|beslut|handlingar|och)(?![\wåäö]))"
_FIELD_BOARD = (r"(?:(?<![^\n])|(?<=[ ]{3})|(?<=\t))[A-ZÅÄÖ][a-zåäö]+nämnd[ \t]+" + _NOT_FIELD + r"[a-zåäö]{4,}"
                r"(?:[ \t]+(?:och[ \t]+)?" + _NOT_FIELD + r"[a-zåäö]{3,}){0,2}(?=[ \t]*(?:\n|$)|\t|[ ]{3,})")
# "Barn- och utbildningsnämnden", "Kultur-, fritids- och turistnämndens", "Kommunstyrelsens
# arbetsutskott", "Socialnämnden", "Regionfullmäktige". A compound: one word ending in a head.
BOARD_RE = re.compile(
    r"(?<![\w-])(?P<name>" + _FIELD_BOARD + r"|(?:" + _ADJECTIVES + r")?(?:[A-ZÅÄÖ][a-zåäö]+-(?=[A-ZÅÄÖ]))?(?:[A-ZÅÄÖa-zåäö][a-zåäö]+-,?\s+(?:[a-zåäö]+-,?\s+)*(?:och|&)\s+)?"
    r"(?:[A-ZÅÄÖa-zåäö][a-zåäö]*)?(?i:" + _HEADS + r")" + _OF_LINE + ")"
    r"(?P<sub>\s+(?:arbetsutskott(?:et|ets)?|au|presidium(?:et)?|beredningsutskott(?:et)?|"
    r"[a-zåäö]+utskott(?:et)?|[a-zåäö]+-,?\s+(?:[a-zåäö]+-,?\s+)*(?:och|&)\s+[a-zåäö]*utskott(?:et)?|"
    # ("Socialnämndens individ- och familjeutskott", "Socialnämndens utskott för individärenden" on its line)
    r"utskott(?:et)?[ \t]+för[ \t]+[a-zåäö][^\n\d.,:;()]{2,40}?(?=[ \t]*(?:\n|$)|\t|[ ]{3,})|"
    # (in running text: what it is for, one word or a pair, before the sentence's verb: "Kommunstyrelsens
    # utskott för kultur och fritid har fördelat ...")
    r"utskott(?:et)?[ \t]+för[ \t]+[a-zåäö]{3,}(?:[ \t]+och[ \t]+[a-zåäö]{3,})?(?=[ \t]+(?:har|hade|beslutade|beslutar|"
    r"fördelade|fördelar|beviljade|beviljar|ger|gav)[ \t]))|(?-i:[ \t]+" + _DISTRICT + r"s?))?(?![\wåäö])"
)
# Heads too generic to be a name alone ("nämnden", "styrelsen", "rådet").
# A förbund's "direktion" is its one deciding body, so it counts as a name.
_GENERIC = re.compile(r"^(?:" + _HEADS.replace("direktion(?:en|ens)?|", "") + r")$", re.I)
def nominative(name: str) -> str:
    """The body's name as a subject, capitalised: "socialnämndens" -> "Socialnämnden",
    "kommunfullmäktiges" -> "Kommunfullmäktige"; a genitive before a sub-body stays
    ("Kommunstyrelsens arbetsutskott")."""
    name = " ".join(FORBUND_COLUMN.sub(" ", name).split())  # (a letterhead's other column between a name's lines)
    name = sentence_case(name)  # ("UNDERLAG TILL DIREKTIONEN": a name in capitals as running text writes it)
    words = name.split(" ")
    if len(words) >= 2 and re.fullmatch(_DISTRICT + "s", words[-1]):
        name = " ".join(words[:-1] + [words[-1][:-1]])  # "socialnämnden Nordosts sammanträde"
    elif len(words) >= 2 and re.fullmatch(r"[a-zåäö]*(?:utskott(?:et|ets)?|au|presidium(?:et)?)", words[-1], re.I):
        last = re.sub(r"ets$", "et", words[-1])
        name = " ".join(words[:-1] + [last])
    else:
        name = re.sub(r"(nämnd|direktion|beredning)(?:ens|s)$", r"\1en", name, flags=re.I)
        name = re.sub(r"(styrelse)(?:ns|s)$", r"\1n", name, flags=re.I)
        name = re.sub(r"(fullmäktige)s$", r"\1", name, flags=re.I)
        name = re.sub(r"^(direktion)$", r"\1en", name, flags=re.I)
        name = re.sub(r"(utskott|råd|presidium)(?:ets|s)$", r"\1et", name, flags=re.I)
    return name[:1].upper() + name[1:]


def is_body_name(name: str) -> bool:
    """A specific deciding body, not a bare head ("nämnden") nor an advisory council or company board."""
    if re.search(r"\sför\s", name):
        return True  # "Nämnden för hjälpmedel": named by what it is for
    base = name.split()[0] if " " in name and not re.search(r"\boch\b|&", name) else name
    if _GENERIC.match(base.strip()):
        return False
    low = base.casefold()
    if low.startswith(("benämnd", "utnämnd")):
        return False  # participles of "benämna"/"utnämna" ("nedan benämnd Kommunen"), not a nämnd
    if low.endswith(("råd", "rådet", "rådets", "råds")) or re.fullmatch(r"(?:arbets|berednings)?utskott(?:et|ets)?", low):
        return False  # advisory councils; a bare "arbetsutskottet" says not whose it is
    if re.match(r"^(?:bolags|förenings|stiftelse|ägar|skol|lednings|läns)styrelse", low):
        return False  # a company's or a state agency's board ("Länsstyrelsen") decides nothing of the council's
    return True


# A company's name as its letterhead prints it: capitalised words before "AB", two of them joined by "och"
# or "&" ("Exeby Bostäder AB", "Exeby Vatten och Värme AB"), or "AB" first ("AB Exebyhem").
COMPANY_NAME = (r"(?:[A-ZÅÄÖ][\wåäö&-]*(?:[ \t](?:och[ \t]|&[ \t])?[A-ZÅÄÖ][\wåäö&-]*){0,3}[ \t]AB"
                r"|AB(?:[ \t][A-ZÅÄÖ][\wåäö&-]*){1,3}(?=[ \t]*(?:\n|$)))")


# A förbund of municipalities or regions, by what it does: "Kommunalförbundet X", "Gymnasieförbundet X",
# "Samordningsförbundet X", "Räddningstjänstförbundet X".
# A wide gap and the rest of a line: another column of a letterhead laid out in columns.
FORBUND_COLUMN = re.compile(r"(?:[ \t]*\t|[ \t]{3,})[^\n]*\n")  # (a tab is a gap as wide)
_FORBUND_TRADES = ("Region", "Kommun", "Kommunal", "Gymnasie", "Samordnings", "Räddningstjänst", "Utbildnings", "Avfalls",
                   "Miljö", "Vatten", "Vård", "Tolk", "Överförmyndar")
_FORBUND_TRADE = "(?:" + "|".join(_FORBUND_TRADES) + ")"
# (two trades in a suspended compound: "Vatten- och avfallsförbundet X", "Miljö- och räddningsförbundet X")
_SUSPENDED_TRADE = r"[A-ZÅÄÖ][a-zåäö]+-[ \t]+(?:och|samt)[ \t]+[a-zåäö]{3,}"
_FORBUND = r"(?:" + _FORBUND_TRADE + r"|(?=" + _FORBUND_TRADE + r"-)" + _SUSPENDED_TRADE + r")förbundet"
# A förbund named by a genitive and what it runs: "Kommunalförbundet Bergslagens räddningstjänst" (a
# letterhead may break the line before the noun, with another column's cell, a date, between: pdftotext
# -layout). What a genitive owns in a text (its direktion, its
# meeting, its budget) is no part of the name.
_FORBUND_NOUN = (r"(?<=s)(?:(?:[ \t]*\t|[ \t]{3,})[^\n]{1,60}(?=\n))?\s+(?![a-zåäö]*(?:direktion|styrelse|nämnd|fullmäktige|utskott|sammanträde|möte|protokoll|"
                 r"beslut|kallelse|ordförande|ledamöter|medlem|redovisning|budget|plan|revisor|verksamhet|kansli|"
                 r"kontor|ekonomi|förslag|yttrande|uppdrag|ansvar)(?![a-zåäö]))[a-zåäö]{4,}")

# A förbund's letterhead: a line opening with its name, whatever it does ("Kollektivtrafikförbundet
# Blekinge län", "Regionförbundet i Exeby län", "Räddningstjänsten Norra Älvdal", "Brandkåren Exedal", the räddningstjänst förbund named without the word).
# Only a line's start in the head counts: elsewhere such a name is an association the text mentions.
# Associations named "förbund", no public body: "Studieförbundet Vuxenskolan" opening a grant list's line.
_ASSOCIATION_KINDS = ("Studie", "Riks", "Idrotts", "Ungdoms", "Pensionärs", "Handikapp", "Distrikts", "Scout", "Hembygds",
                      "Bygdegårds", "Musik")
_ASSOCIATION_FORBUND = "(?:" + "|".join(_ASSOCIATION_KINDS) + ")förbundet"
# A förbund named by one word, its area's and "förbundet" ("Exebygdsförbundet"), or by its area before the
# rescue service it runs ("Exebygdens brandförsvar", "Exebygdens Brandkår", "Exebygd Räddningstjänst"): alone on
# its line or in its cell (a generic "Kommunalförbundet" alone names no förbund, nor does "Kommunens räddningstjänst").
_OWNER_WORDS = r"(?:Kommunens|Regionens|Förbundets|Statens|Stadens|Vår|Din|Er|Den|Det|Nya|Ny)"
_ONE_WORD_FORBUND = (r"(?!" + _ASSOCIATION_FORBUND + "|" + _FORBUND + r")[A-ZÅÄÖ][a-zåäö]{3,}förbundet"
                     r"|(?!" + _OWNER_WORDS + r"[ ])[A-ZÅÄÖ][a-zåäö]{3,}[ ](?:[Bb]randförsvar|[Bb]randkår|[Rr]äddningstjänst)")
# (the same in a letterhead's capitals: neither an association's förbund nor a trade's generic one)
_ONE_WORD_FORBUND_CAPS = ("(?!(?:" + "|".join(w.upper() for w in _ASSOCIATION_KINDS + _FORBUND_TRADES) + r")FÖRBUNDET)[A-ZÅÄÖ]{4,}FÖRBUNDET"
                          r"|(?!" + _OWNER_WORDS.upper() + r"[ ])[A-ZÅÄÖ]{4,}[ ](?:BRANDFÖRSVAR|BRANDKÅR|RÄDDNINGSTJÄNST)")
_ALONE_IN_ITS_CELL = r"(?=[ \t]*(?:\n|$)|[ \t]*\t[ \t]*\S|[ \t]{3,}\S)"
FORBUND_LETTERHEAD_RE = re.compile(
    r"^[ \t#*]*(?P<forbund>(?:(?!" + _ASSOCIATION_FORBUND + r")(?:" + _SUSPENDED_TRADE + r"|[A-ZÅÄÖ][a-zåäö]+)förbundet|Räddningstjänsten|Brandkåren)(?:[ \t]+i)?[ \t]+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?"
    r"(?:[ ]+[A-ZÅÄÖ][a-zåäö]+){0,2}"  # (a tab is a cell's end: "Förbundet X<TAB>Box 12" in a footer's row)
    r"(?:[ \t]+län)?|(?:" + _ONE_WORD_FORBUND + r")" + _ALONE_IN_ITS_CELL + r")(?![\wåäö-])", re.M)

# The same letterhead printed in capitals ("KOMMUNALFÖRBUNDET ARKIV NORRA BOHUSLÄN   PROTOKOLL"): the
# words one space apart, a column's gap ends the name; a word may join two member towns with a hyphen
# ("RÄDDNINGSTJÄNSTEN ÖBY-YBY").
FORBUND_LETTERHEAD_CAPS_RE = re.compile(
    r"^[ \t#*]*(?P<forbund>(?:(?:[A-ZÅÄÖ]+-[ ](?:OCH|SAMT)[ ])?[A-ZÅÄÖ]+FÖRBUNDET|RÄDDNINGSTJÄNSTEN|BRANDKÅREN)(?:[ ]I)?(?:[ ][A-ZÅÄÖ]{2,}(?:-[A-ZÅÄÖ]{2,})?){1,3}"
    r"|(?:" + _ONE_WORD_FORBUND_CAPS + r")" + _ALONE_IN_ITS_CELL + r")(?![\wåäö-])", re.M)

# The organs only a kommunalförbund has, on the line under its letterhead's name: a förbund named without
# any kind word ("Exebygdens Återvinnare" / "Förbundsfullmäktige", "EXEÅNS VATTEN" / "Direktionens arbetsutskott").
_FORBUND_ORGANS = (r"(?:Direktionen|Direktionens[ \t]+[a-zåäö]*utskott|Förbundsfullmäktige|Förbundsstyrelsen|"
                   r"Förbundsdirektionen|DIREKTIONEN|FÖRBUNDSFULLMÄKTIGE|FÖRBUNDSSTYRELSEN)")
FORBUND_ORGAN_LINE_RE = re.compile(r"[ \t]*" + _FORBUND_ORGANS + r"(?=[ \t]*(?:\n|$)|\t|[ ]{3,})")
# The same organ as a word of a head flattened into one line ("... Dnr X 2039/0412 Direktionen Yttrande över ...").
FORBUND_ORGAN_WORD_RE = re.compile(r"(?<![\wåäöÅÄÖ-])" + _FORBUND_ORGANS + r"(?![\wåäöÅÄÖ-])")
# A word of a letterhead's name: capitalised, or in capitals.
NAME_WORD_RE = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ]{2,})")
# A name of a few capitalised words (or in capitals) alone in a letterhead's first cell.
NAME_CELL_RE = re.compile(r"[ \t]*((?:[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ]{2,})(?:[ -](?:[A-ZÅÄÖ][a-zåäö]+|[A-ZÅÄÖ]{2,})){0,3})(?=[ \t]*(?:\n|$)|\t|[ ]{3,})")

# A förbund named by its area's genitive before what it is: "Exebygdens kommunalförbund",
# "EXEBYGDENS KOMMUNALFÖRBUND" in a letterhead's capitals, "Norra Exebygdens Räddningstjänstförbund"
# (a compass word may open the area's name).
_AREA_PART = r"(?:Södra|Norra|Västra|Östra|Mellersta|Nordvästra|Nordöstra|Sydvästra|Sydöstra|Nedre|Övre)"
_GENITIVE_FORBUND = (r"(?P<genitive>(?-i:(?:" + _AREA_PART + r"[ \t]+)?[A-ZÅÄÖ][a-zåäö]+s[ \t]+(?:(?i:kommunal|region|samordnings|gymnasie|"
                     r"räddningstjänst|utbildnings|avfalls|vatten|tolk|överförmyndar|räddnings|brandförsvars|brand-[ \t]och[ \t]räddnings|"
                     r"miljö|vård)förbund|[Bb]randkår"
                     # (two trades in a suspended compound: "Exebygdens Miljö- och Energiförbund")
                     r"|[A-ZÅÄÖa-zåäö][a-zåäö]+-[ \t]och[ \t][A-ZÅÄÖa-zåäö][a-zåäö]+förbund)"
                     r"|(?:" + _AREA_PART.upper() + r"[ ]+)?[A-ZÅÄÖ]{3,}S[ ]+(?:(?:KOMMUNAL|REGION|SAMORDNINGS|GYMNASIE|RÄDDNINGSTJÄNST|"
                     r"UTBILDNINGS|AVFALLS|VATTEN|TOLK|ÖVERFÖRMYNDAR|RÄDDNINGS|BRANDFÖRSVARS|BRAND-[ ]OCH[ ]RÄDDNINGS|MILJÖ|VÅRD)FÖRBUND"
                     r"|BRANDKÅR)))")
# (a räddningstjänst's förbund also by its two trades: "Exebygdens brand- och räddningsförbund", or as the
# fire brigade of its area: "Exebygdens Brandkår", "EXEBYGDENS BRANDKÅR")

# A document's word for itself is no second word of a förbund's name: a flattened head runs the name into
# it ("Kommunalförbundet Exeby Dagordning för direktionens sammanträde").
_NOT_KIND_WORD = (r"(?!(?:Dagordning|Föredragningslista|Ärendelista|Kallelse|Protokoll|Protokollsutdrag|Sammanträdesprotokoll|"
                  r"Tjänsteskrivelse|Tjänsteutlåtande|Beslut|Yttrande|Kungörelse|Nyhet|Pressmeddelande)(?![\wåäö]))")

# The name of a municipality, region or förbund: "Umeå kommun", "UMEÅ KOMMUN", "Malmö stad", "Borås Stad"
# (also genitive: "kommuns", "stads"), "Region Örebro län", "REGION ÖREBRO LÄN", "Västra Götalandsregionen", "Kommunalförbundet X",
# "Örebro läns landsting".
# A shape only: extract.document checks towns against SCB's list and regions against SKR's.
MUNICIPALITY_RE = re.compile(  # (the lookahead first: a pattern opening with a character set is scanned for in C)
    r"(?=[A-ZÅÄÖ])(?<![\wåäö-])(?:(?P<town>[A-ZÅÄÖ][a-zåäöéA-ZÅÄÖ]+(?:[ -][A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]+)?)\s+(?P<kind>kommun|KOMMUN|[Ss]tad|STAD)(?:s|en|S|EN)?"
    r"|(?P<region>Region\s+[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?(?:\s+län)?|[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?regionen"
    r"|REGION[ ]+[A-ZÅÄÖ]{3,}(?:[ -][A-ZÅÄÖ]{3,})?(?:[ ]+LÄN)?"  # (a letterhead in capitals: "REGION KRONOBERG")
    # (a region by its landsting's name, as it wrote itself before 2019: "Exeby läns landsting", "Landstinget Exeby";
    # a county's name ending in a vowel takes no genitive -s: "Exeå läns landsting")
    r"|[A-ZÅÄÖ][a-zåäö]+[ \t]+läns[ \t]+landsting|Landstinget[ \t]+(?:i[ \t]+)?[A-ZÅÄÖ][a-zåäö]+(?:[ ][A-ZÅÄÖ][a-zåäö]+)?(?:[ \t]+län)?"
    # (and in a letterhead's capitals, "LANDSTINGET EXEBY", "EXEBY LÄNS LANDSTING", its "LÄNS" as an
    # old OCR without the marks reads it too: "LANS")
    r"|LANDSTINGET[ ]+(?:I[ ]+)?[A-ZÅÄÖ]{3,}(?:[ ]+LÄN)?|[A-ZÅÄÖ]{3,}[ ]+L[ÄA]NS[ ]+LANDSTING)"
    r"|(?P<forbund>" + _FORBUND + r"\s+(?:i\s+)?[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?(?:[ ]+" + _NOT_KIND_WORD + r"[A-ZÅÄÖ][a-zåäö]+)?(?:[ \t]+[Ll]än|"
    + _FORBUND_NOUN + r")?)"  # (two members' names joined by a hyphen: "Miljöförbundet Exeby-Ystad")
    r"|" + _GENITIVE_FORBUND + r")"
    r"(?![a-zåäöA-ZÅÄÖ])"
)
