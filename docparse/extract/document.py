"""Document-level fields from the structure stage's findings: title, doc_type, municipality, board,
own dnr and date."""

from __future__ import annotations

import re
from collections import Counter

from docparse.sv.bodies import (BOARD_RE, COMPANY_NAME, FINLAND_SWEDISH, FORBUND_COLUMN, FORBUND_LETTERHEAD_CAPS_RE,
                                 FORBUND_LETTERHEAD_RE, FORBUND_ORGAN_LINE_RE, FORBUND_ORGAN_WORD_RE, MUNICIPALITY_RE, NAME_CELL_RE, NAME_WORD_RE, is_body_name,
                                 nominative)
from docparse.sv.dates import DATE_RE, date_value
from docparse.structure.doctype import in_press_section, is_type_word
from docparse.structure.title import is_byline, is_category_dateline, is_dateline
from docparse.structure.reline import FLAT_HEAD, FLAT_LINE

_DATE_ORDER = {
    # What the document's own date is, by its kind: a meeting's date for a protocol or agenda,
    # the publication date for news, the date label of a letter.
    # (a print or export stamp last: a list's date when nothing else dates it; a web page's print is no publication)
    "meeting": ("meeting", "heading", "weekday", "clock", "document", "alone", "published", "updated", "printed"),
    "news": ("published", "updated", "heading", "alone", "document", "meeting"),
    "letter": ("document", "meeting", "heading", "alone", "published", "updated", "weekday", "signed", "printed"),
    # A kallelse is written days before its meeting: the date beside its kind in the head is the
    # letter's, the day named with its weekday or its hour ("Tid: Tisdagen den 9 juni 2037 kl. 13.00") the meeting's.
    "summons": ("meeting", "weekday", "clock", "heading", "document", "alone", "published", "updated", "printed"),
}


def doc_type(ctx) -> tuple[str | None, list[int] | None]:
    """The word the document uses for itself in its head; else what its layout shows."""
    st = ctx.structure
    if st.type_word and st.shape == "news" and _headline_opens_with_kind(ctx.body, st):
        return "nyhet", None  # "Avtal klart med Stadsmissionen" over a news page's text: a headline, not the kind
    if st.type_word and not _subject_of_a_proposal(st):
        return st.type_word.doc_type, list(st.type_word.span)
    if st.title and st.title.text[:6].lower() == "beslut" and _SUMMARY_SELF_NAME.match(st.title.text):
        # "Beslut i korthet från kommunfullmäktige ..." found inside a flattened page (no type word in
        # a heading of its own): the page's name for itself, as when the headline stands alone.
        return "beslut", [st.title.span[0], st.title.span[0] + 6]
    if st.shape == "protocol":
        return "protokoll", None
    if st.shape == "agenda":
        return "kallelse", None
    agreement = _agreement_type(ctx)
    if agreement is not None:
        return agreement, None
    if _PROPOSES_TO_COUNCIL.search(ctx.body):
        return "motion", None  # a council member's proposal, whether or not it prints the word
    if st.shape == "news" and not _opens_as_other_kind(ctx.body, st.start) and not (
            st.title and _OTHER_KIND.match(st.title.text)):  # "Svar på interpellation ..." under a letterhead
        if in_press_section(ctx.body, st.start):
            return "pressmeddelande", None  # "Hem › Press" over the headline: filed among the site's press releases
        return "nyhet", None
    return None, None


_SUMMARY_SELF_NAME = re.compile(r"beslut(?:en)?\s+i\s+korthet(?![\wåäö])", re.I)


def _subject_of_a_proposal(st) -> bool:
    """The kind's word opens the subject heading of a paper that proposes a decision ("Avtal med
    Exeby Hjärtförening" over "Förslag till beslut", under a head whose own word is none of the
    types, "BESLUTSUNDERLAG"): the agreement is what the paper is about, not what it is."""
    tw = st.type_word
    return (tw.doc_type in ("avtal", "överenskommelse") and st.title is not None and st.title.span[0] == tw.span[0]
            and any(sec.kind == "proposal" and sec.heading_span[0] > tw.span[0] for sec in st.sections))


# What a kind's word heads a document with: its subject ("Avtal om ...", "Beslut över ...", "Avtal med X").
_KIND_HEADING_GOES_ON = re.compile(r"[ \t]+(?:om|över|för|mellan|med|avseende|angående|gällande|till|från|vid|i|nr)\b", re.I)
_PUBLICATION = re.compile(r"(?<![\wåäö])(?:publicerad|publicerades)(?![\wåäö])", re.I)


def _headline_opens_with_kind(body: str, st) -> bool:
    """The page's headline opens with a kind's word as its sentence's subject ("Avtal klart med X",
    "Beslutet överklagas"), on a page that says when it was published: news about the paper."""
    tw = st.type_word
    if tw.source != "head" or tw.alone or tw.doc_type in ("protokoll", "kallelse", "protokollsutdrag", "nyhet", "pressmeddelande"):
        return False
    if not st.title or st.title.span[0] != tw.span[0] or tw.printed.isupper():
        return False
    rest = body[tw.span[1]: st.title.span[1]]
    return (rest[:1] == " " and rest[1:2].islower() and not _KIND_HEADING_GOES_ON.match(rest)
            and _PUBLICATION.search(body) is not None)


def _opens_as_other_kind(body: str, start: int) -> bool:
    """One of the head's first lines (a date may stand above) opens with another kind's word; or
    the first is headed by a governing document's kind ("Riktlinjer för ...", "Verksamhetsplan
    2033") and nothing of a news page (a publication line, a quote) stands in the head."""
    head = body[start:start + 600]
    lines = [ln for ln in head.split("\n") if ln.strip()][:3]
    if any(_OTHER_KIND.match(ln) for ln in lines):
        return True
    return bool(lines and _GOVERNING_KIND.match(lines[0]) and not _NEWS_EVIDENCE.search(body, start, start + 1500))


# A motion proposes a decision to the council in its authors' voice: "Vi föreslår
# kommunfullmäktige att ...", "Jag yrkar därför att regionfullmäktige beslutar ...".
_PROPOSES_TO_COUNCIL = re.compile(
    r"(?<![\wåäö])(?:jag|vi)\s+(?:föreslår|yrkar(?:\s+på)?)\s+(?:(?:därför|härmed|att)\s+)*"
    r"(?:kommun|regions?|landstings)?fullmäktige(?![\wåäö])", re.I)
# Kinds of document outside the types, which open with their kind's word: prose under such a
# head is no news page ("Interpellation till kommunstyrelsens ordförande om ...").
_OTHER_KIND = re.compile(
    r"\s*(?:interpellation|enkel\s+fråga|fråga|medborgarförslag|betänkande"
    r"|svar\s+på\s+(?:interpellation|fråga|enkel\s+fråga|medborgarförslag))(?![\wåäö])", re.I)


# Governing documents and reports, by the kind word heading them (alone or ending a compound):
# "Riktlinjer för ...", "Policy för ...", "Verksamhetsplan 2033", "Granskningsrapport".
_GOVERNING_KIND = re.compile(
    r"\s*[\wåäö-]*(?:plan|rapport|policy|program|strategi|riktlinjer|reglemente|utredning|redovisning|"
    r"föreskrifter|arbetsordning|handbok|berättelse|instruktion)(?![\wåäö])", re.I)
# What only a news page has: a publication line, a quote attributed with "säger".
_NEWS_EVIDENCE = re.compile(r"(?<![\wåäö])(?:publicerad|publicerades|uppdaterad|nyhet(?:er)?|säger)(?![\wåäö])", re.I)


# Each side's signature opens with the party it signs for, its signer's name right after:
# "För Exeby kommun Anna Berg Ordförande För Föreningen Byagården Per Ek ..." (flattened too).
_SIGNS_FOR = re.compile(r"(?<![\wåäö])För[ \t]+[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+[\wåäö-]+){0,4}[ \t\n]+$")
_SIGNS_FOR_REACH = 60


def _signs_for_parties(ctx) -> int:
    """How many people are named right after a "För <party>" (each person one lookup before its name)."""
    body, n = ctx.body, 0
    for p in ctx.fields.get("people", []):
        start = (p.get("span") or [0])[0]
        if _SIGNS_FOR.search(body, max(0, start - _SIGNS_FOR_REACH), start):
            n += 1
    return n


def _agreement_type(ctx) -> str | None:
    if ctx.fields.get("decision_points") and re.search(r"\bhandläggare\b|förvaltningens\s+förslag", ctx.body, re.I):
        return "tjänsteutlåtande"
    # Both sides sign an agreement: one signer under a place and date is a letter's or a bill's.
    signed = re.search(r"^[ \t]*(?:underskrift(?:er)?|för\s+[a-zåäö]+nämnden)\b", ctx.body, re.I | re.M) or sum(
        1 for p in ctx.fields.get("people", []) if p.get("role") == "signatory") >= 2 or _signs_for_parties(ctx) >= 2
    if signed and len(ctx.fields.get("parties", [])) >= 2:
        # Agreements on idéburet offentligt partnerskap are called överenskommelser.
        if re.search(r"idéburet\s+offentligt\s+partnerskap|överenskommelse", ctx.body, re.I):
            return "överenskommelse"
        return "avtal"
    return None


def _town_name(raw: str) -> str:
    """A town's name as a name is written: "ÅSELE" -> "Åsele", "UPPLANDS VÄSBY" -> "Upplands Väsby"."""
    if raw.isupper():
        return "-".join(" ".join(w.capitalize() for w in part.split()) for part in raw.split("-"))
    return raw




def municipality(ctx) -> tuple[str | None, list[int] | None]:
    """The municipality, region or förbund the document belongs to: its letterhead first, else
    the one named most. Towns are checked against SCB's list, regions against SKR's."""
    towns, regions = ctx.models.domain.municipalities | FINLAND_SWEDISH, {r.casefold(): r for r in ctx.models.domain.regions}
    st = ctx.structure
    text = ctx.body
    # The first page's header block (above "Sida 1 (5)") is masked as running furniture, yet it is
    # the letterhead: the municipality is read from it too (same offsets).
    for start, end, kind in ctx.masked:
        if kind == "page-header" and start < st.start + 400:
            text = text[:start] + ctx.text[start:end] + text[end:]
    scores, first = _score_municipalities(text, st.start, towns, regions)
    # The page furniture names whose document it is: a web page's logo and footer ("Exeby kommun,
    # 123 45 Exeby"), a Word footer, a running header. A body it names is the owner, whatever other
    # body the text speaks of ("avtal med Region Exempelland"); the text's mentions choose among
    # several it names.
    kinds = ("page-furniture", "page-header", "page-footer")
    if any(kind in kinds for _s, _e, kind in ctx.masked):
        shown = ctx.masked_text(kinds)
        owners, where = _score_municipalities(shown, len(shown), towns, regions)
        if owners:
            for name in owners:
                owners[name] += scores[name]
                first.setdefault(name, where[name])
            scores = owners
    flat = _forbund_before_kind(ctx.text, st.start)
    if flat[0]:  # (the letterhead's förbund, whatever member municipality its matter names)
        return flat
    if not scores:
        return _forbund_over_organ(ctx.text, st.start)
    logo = [name for name in _logo_names(ctx, towns, regions) if name in scores]
    if logo:  # the logo line's body owns the page; the text's mentions choose among several such lines
        scores = Counter({name: scores[name] for name in logo})
    # The place a letter is signed in ("Exeby 2031-09-30" over the signature) is its own town: a
    # municipality the text names after it is the writer, whatever body its matter is about.
    for m in _PLACE_DATE_LINE.finditer(ctx.body, st.start):
        place = m.group("place").casefold()
        for name in scores:
            town = name.rsplit(" ", 1)[0].casefold()
            if name.endswith((" kommun", " stad", " Stad")) and place in (town, town[:-1] if town.endswith("s") else town):
                scores[name] += 6  # (more than a second mention of another body in the head)
    name = max(scores, key=lambda n: (scores[n], -first[n][0]))
    return name, first[name]


def _forbund_over_organ(text: str, start: int) -> tuple[str | None, list[int] | None]:
    """No municipality, region or förbund named by its kind: the letterhead's name over a line in the
    head naming an organ only a kommunalförbund has ("Exebygdens Återvinnare" / "Förbundsfullmäktige",
    or lower in a head table, "Till" / "Direktionen") names the förbund, whatever its name says it is.
    The letterhead is the head's first line not indented (a right-hand column's kind word and date may
    stand above it), its first cell."""
    while start < len(text) and text[start] in " \t\n":
        start += 1
    pos = text.rfind("\n", 0, start) + 1  # (the line's own start: its indentation says it is a right-hand cell)
    lines: list[int] = []  # the head's first lines' starts
    while pos < len(text) and len(lines) < _ORGAN_HEAD_LINES:
        lines.append(pos)
        nl = text.find("\n", pos)
        if nl < 0:
            break
        pos = nl + 1
    at = next((at for at in lines if text[at:at + 1] not in (" ", "\t", "\n")), None)
    first = NAME_CELL_RE.match(text, at) if at is not None else None
    if first is None or is_type_word(first.group(1)):
        return None, None
    if not any(FORBUND_ORGAN_LINE_RE.match(text, at) for at in lines if at > first.end()):
        return None, None
    return _town_name(first.group(1)), [first.start(1), first.end(1)]


_ORGAN_HEAD_LINES = 14  # (a head table read one cell a line: name, kind, labels and values, "Till", the organ)


_ALONE_ON_LINE = re.compile(r"[ \t]*(?:\n|$)|\t|[ ]{3,}")  # (a name alone on its line, or in its cell)
_WRAPS_ON = re.compile(r"[^\n]*\n[ \t]*[a-zåäö]")  # (the next line goes on in lower case: "Exedalens" / "räddningstjänst")
_FLAT_ORGAN_REACH = 300  # (the head's labels and values; an organ named later is the matter's)


def _forbund_before_kind(text: str, start: int) -> tuple[str | None, list[int] | None]:
    """A head flattened into one line: the letterhead's name of a few capitalised words, then the
    document's kind word, and an organ only a kommunalförbund has among the head's values ("Exebygdens
    Återvinning YTTRANDE Datum 2039-11-08 Dnr X Direktionen ...") names the förbund, as
    _forbund_over_organ reads the same head on its lines."""
    while start < len(text) and text[start] in " \t\n":
        start += 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - start < FLAT_LINE:  # (a first line this long is a flattened head)
        return None, None
    words = list(re.finditer(r"\S+", text[start: start + 80]))[:5]
    kind = next((k for k in range(1, len(words)) if is_type_word(words[k].group(0))), None)
    if kind is None or not all(NAME_WORD_RE.fullmatch(w.group(0)) and not is_type_word(w.group(0)) for w in words[:kind]):
        return None, None
    name = " ".join(_town_name(w.group(0)) for w in words[:kind])
    if MUNICIPALITY_RE.match(name) or not FORBUND_ORGAN_WORD_RE.search(text, start + words[kind].end(), min(line_end, start + _FLAT_ORGAN_REACH)):
        return None, None
    return name, [start, start + words[kind - 1].end()]


_LOGO_REACH = 1_500  # (a site's chrome above a headline is short; no more of the text is read)
_LOGO_LINES = 3


def _logo_names(ctx, towns, regions) -> list[str]:
    """The body named alone on a line above the headline: a web page's logo line or a letterhead
    ("Region Exeby" / "Meny" / headline). It owns the page, however often the text names other
    regions or municipalities (an agreement "med Region Ekby och Region Ösby")."""
    title = ctx.structure.title
    if title is None or title.span[0] > _LOGO_REACH:
        return []
    names: list[str] = []
    # (the page's first lines only: an addressee's block lower in a letter's head, "Region Exeby"
    # over "Er referens", is another body; and the name as listed, not "Region Öst" read as a prefix)
    for line in [ln.strip() for ln in ctx.body[: title.span[0]].splitlines() if ln.strip()][:_LOGO_LINES]:
        logo = MUNICIPALITY_RE.fullmatch(line)
        # (a municipality or region: a förbund's letterhead may wrap its name, "Kommunalförbundet Exedalens" / "räddningstjänst")
        if logo and (logo.group("town") or logo.group("region")):
            names += [n for n in _score_municipalities(line, 0, towns, regions)[0] if n == " ".join(line.split()) and n not in names]
    return names


# A signature's place and date on a line of their own: "Exeby 2031-09-30", "Exeby den 3 maj 2031".
_PLACE_DATE_LINE = re.compile(r"^[ \t]*(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?),?[ \t]+(?:den[ \t]+)?(?:"
                              + DATE_RE.pattern + r")[ \t]*$", re.M)


_NAMED_AGAIN_REACH = 20_000  # (bounded: a letterhead match's check reads no more of the text than this)


def _as_named_again(text: str, m: re.Match, name: str) -> str:
    """A förbund's letterhead name as the text names it again: a flattened page runs the name into
    its menu ("Räddningstjänsten Exeby Hem Om oss ..."); the longest form that recurs is the name."""
    words = name.split()
    if len(words) <= 2:
        return name
    around = text[max(0, m.start() - _NAMED_AGAIN_REACH): m.start()] + " " + text[m.end(): m.end() + _NAMED_AGAIN_REACH]
    for k in range(len(words), 1, -1):
        if re.search(r"(?<![\wåäö])" + r"\s+".join(map(re.escape, words[:k])) + r"(?![\wåäö])", around):
            return " ".join(words[:k])
    return name


_LANDSTING = re.compile(r"(?:(?P<genitive>.+?)s?\s+läns\s+landsting|Landstinget\s+(?:i\s+)?(?P<county>.+?)(?:\s+län)?)$")


def _landsting_from_capitals(printed: str) -> str:
    """A landsting's name in a letterhead's capitals as it writes itself: "LANDSTINGET I EXEBY LÄN" ->
    "Landstinget i Exeby län", "EXEBY LANS LANDSTING" -> "Exeby läns landsting" (the county's
    genitive before "läns" says what the word is, its marks lost or not)."""
    small = {"LANDSTINGET": "Landstinget", "I": "i", "LÄN": "län", "LÄNS": "läns", "LANS": "läns", "LANDSTING": "landsting"}
    return " ".join(small.get(word, word.capitalize()) for word in printed.split())


def _landsting_name(printed: str, regions: dict[str, str]) -> str | None:
    """A landsting's name as printed ("Exeby läns landsting", "Landstinget Exeby") when its county is
    a region SKR lists ("Region Exeby", "Region Exeby län"), else None; a second capitalised word
    that is not the county's is the next heading's ("Landstinget Exeland Protokoll")."""
    name = " ".join(printed.split())
    candidates = [name]
    if name.startswith("Landstinget") and name.count(" ") >= 2 and not name.endswith(" län"):
        candidates.append(name.rsplit(" ", 1)[0])
    for cand in candidates:
        m = _LANDSTING.match(cand)
        county = (m.group("genitive") or m.group("county") or "").casefold() if m else ""
        if county and any(r == "region " + county or r.startswith("region " + county + " ") for r in regions):
            return cand
    return None


def _score_municipalities(text: str, start: int, towns, regions) -> tuple[Counter[str], dict[str, list[int]]]:
    """Each municipality, region or förbund named in the text, weighted (the letterhead's most)."""
    scores: Counter[str] = Counter()
    first: dict[str, list[int]] = {}
    for m in MUNICIPALITY_RE.finditer(text):
        end = m.end()
        if m.group("town"):
            town = _town_name(m.group("town"))
            kind = m.group("kind")
            # (the genitive -s kept, "Kils kommun"; the old genitive without the town's -n, "Falu kommun" of Falun)
            known = (town.casefold() in towns or (town.endswith("s") and town[:-1].casefold() in towns)
                     or (town[-1:].casefold() in "aeiouyåäö" and town.casefold() + "n" in towns))
            if not known and " " in town:
                # "Kommunstyrelsen Hylte kommun" in a flattened letterhead: the listed last word is the town.
                tail = town.split(" ", 1)[1]
                if tail.casefold() in towns or (tail.endswith("s") and tail[:-1].casefold() in towns):
                    town, known = tail, True
            if not known and (m.group("town").isupper() or kind.isupper()):
                continue  # capitals: only a name SCB lists ("VÅR KOMMUN" is no municipality)
            if kind.lower() == "stad":
                if not known:
                    continue  # "stad" is also a common noun: only a listed town's "stad" is a municipality
                name = f"{town} {'Stad' if kind == 'Stad' else 'stad'}"
            else:
                name = f"{town} kommun"  # as the municipality writes itself, genitive -s kept
        elif m.group("region") and m.group("region").isupper() and "LANDSTING" in m.group("region"):
            name = _landsting_name(_landsting_from_capitals(m.group("region")), regions)
            if name is None:
                continue
        elif m.group("region") and _LANDSTING.match(m.group("region")):
            name = _landsting_name(m.group("region"), regions)
            if name is None:
                continue
            if name != " ".join(m.group("region").split()):  # the next heading's word cut off
                end = m.start() + len(m.group(0).rsplit(None, 1)[0])
        elif m.group("region"):
            name = " ".join(m.group("region").split())
            # "Region Exempelland Protokoll" in a flattened header: the next heading's word is no part of the name.
            shorter = name.rsplit(" ", 1)[0] if name.count(" ") >= 2 else ""
            if name.casefold() in regions:
                name = regions[name.casefold()]
            elif shorter.casefold() in regions:
                name = regions[shorter.casefold()]
                end = m.start() + len(m.group(0).rsplit(None, 1)[0])
            else:
                name = next((r for r in regions.values() if r.casefold().startswith(name.casefold())), None)
                if name is None:
                    continue
        elif m.group("genitive"):
            words = m.group("genitive").split()
            # "NORRA EXEBYGDENS KOMMUNALFÖRBUND": the area's words capitalised, the förbund's noun as printed in mixed case
            # ("Exebygdens brand- och räddningsförbund": what the förbund is may take several words)
            area = next((i for i, w in enumerate(words) if w[-1] in "sS"), len(words) - 2) + 1
            name = " ".join([*(w.capitalize() for w in words[:area]), *(w.lower() if w.isupper() else w for w in words[area:])])
        else:
            name = " ".join(FORBUND_COLUMN.sub(" ", m.group("forbund")).split())
        # The letterhead and the opening name the owner; later mentions may be other bodies.
        weight = (4 if m.start() < start + 400 else 1) * (1 if m.group("town") is None or known else 0.5)
        scores[name] += weight
        first.setdefault(name, [m.start(), end])
    head_end = min(len(text), start + 400)
    for m in (*FORBUND_LETTERHEAD_RE.finditer(text, start, head_end), *FORBUND_LETTERHEAD_CAPS_RE.finditer(text, start, head_end)):
        printed = " ".join(m.group("forbund").split())
        if printed.isupper():  # "REGIONFÖRBUNDET I EXEBY LÄN": the small words in lower case
            printed = " ".join(w.lower() if w in ("I", "Län") else w for w in printed.title().split())
            # ("VATTEN- OCH AVFALLSFÖRBUNDET X": a suspended compound's second trade in lower case)
            printed = re.sub(r"(?<=- )(Och|Samt) (\w+)", lambda t: t.group(0).lower(), printed)
        name = _as_named_again(text, m, printed)
        if name not in scores:  # (one the shape above knows is scored already)
            # (the text's first line is its letterhead: the förbund owns the paper, whatever member
            # municipality its matter names again and again, "BRANDKÅREN EXEDAL" over a remiss of Exeby kommun)
            first_line = (not text[start: m.start("forbund")].strip(" \t\n#*") and _ALONE_ON_LINE.match(text, m.end("forbund"))
                          and not _WRAPS_ON.match(text, m.end("forbund")))  # (not a name wrapped on to the next line)
            scores[name] += 12 if first_line else 4
            first.setdefault(name, [m.start("forbund"), m.end("forbund")])
    for name in [n for n in scores if " " in n and re.search(r"[^s]s$", n) and n[:-1] in scores]:
        # "Regionförbundet Exebos styrelse" where "Regionförbundet Exebo" is named too: its genitive
        scores[name[:-1]] += scores.pop(name)
        first[name[:-1]] = min(first[name[:-1]], first.pop(name))
    return scores, first


# A body as the subject of a decision or meeting: "nämnden beslutade", "styrelsen har beslutat".
_DECIDES = re.compile(  # (the body's place between: "Kommunfullmäktige i Exeby antog ...")
    r"(?:\s+i\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)?\s+(?:har\s+|hade\s+)?(?:beslutade|beslöt|beslutat|beslutar|fattade|tog|godkände|antog|tillstyrker|tillstyrkte|"
    r"föreslås|föreslår|kallas|sammanträdde|sammanträder|behandlar|behandlade|har\s+sammanträde|hade\s+sammanträde)\b",
    re.I,
)
_BEFORE_MEETING = re.compile(r"(?<![\wåäö])inför[ \t]+$", re.I)
# The same verbs before their subject, as Swedish puts it after an opening adverbial: "I dag beslutade
# kommunfullmäktige ...", "På tisdag behandlar tekniska nämndens arbetsutskott ...".
_DECIDES_BEFORE = re.compile(r"(?<![\wåäö])(?:beslutade|beslöt|beslutar|godkände|antog|sammanträdde|sammanträder|behandlar|"
                             r"behandlade)[ \t]+$", re.I)
# Labels whose value is the deciding body: "Till Socialnämnden", "Organ  Byggnadsnämnden".
# (in a flattened head a single space before it, the label capitalised as a label is: "... Dnr KS 2040/12 Till
# Kommunfullmäktige Svar på ...", not a sentence's "överlämnas till kommunfullmäktige", nor a heading's in
# capitals: "NÄMNDENS FÖRSLAG TILL KOMMUNSTYRELSEN" is the proposal's heading, its TILL no label)
_ADDRESSED = re.compile(r"(?:(?:^|\n|[ \t]{2,})[ \t]*(?:till|nämnd|beslutsinstans|instans|organ)"
                        r"|(?<=\S)[ ](?-i:Till|(?<![A-ZÅÄÖ] )TILL))[ \t]*:?[ \t]+$", re.I)


# A label row naming the deciding body, its value a name of one to five words ("Organ  Personalsektionen").
_ORGAN_LABEL = re.compile(r"^[ \t]*(?:organ|beslutande\s+organ|beslutsinstans)[ \t]*:?[ \t]+"
                          r"((?-i:[A-ZÅÄÖ])[\wåäö-]+(?:[ \t][\wåäö-]+){0,4})[ \t]*$", re.I | re.M)
# The same label in a flattened head, a colon after it and the next label after its value:
# "... nr 5/2036 Organ: Styrelsen Datum: 2036-06-12 ...".
_ORGAN_FLAT = re.compile(r"(?<![\wåäö-])(?:organ|beslutande\s+organ|beslutsinstans)[ \t]*:[ \t]*"
                         r"((?-i:[A-ZÅÄÖ])[\wåäö-]+(?:[ \t](?-i:[a-zåäö])[\wåäö-]*){0,4})"
                         r"(?=[ \t]+(?-i:[A-ZÅÄÖ])[\wåäö]+(?:[ \t][\wåäö]+)?[ \t]*:)", re.I)
_ORGAN_REACH = 3000  # the head of the document
# A meeting system's "Sammanträde<TAB>Kommunfullmäktige 2041-03-29" (or "Möte: ..."): the body that meets
# is the one the item is for, as an "Organ" row names it (a body's name must follow: "Sammanträde 14 mars").
_MEETING_LABEL = re.compile(r"^[ \t]*(?:[Ss]ammanträde|SAMMANTRÄDE|[Mm]öte|MÖTE)[ \t]*:?[ \t]+(?=[A-ZÅÄÖ])", re.M)
# A genitive body that owns something else ("kommunstyrelsens sammanträdesrum") is no
# deciding body of this document, unless what it owns is its meeting, protocol or members.
_OWNED = re.compile(r"\s+(?:sammanträde|sammanträdet|möte|protokoll|beslut|ledamöter|ordförande|kallelse)\b", re.I)
# Body names printed in capitals in a header: "REGIONFULLMÄKTIGE", "SOCIALNÄMNDEN", a sub-body after its
# owner's genitive ("KOMMUNSTYRELSENS ARBETSUTSKOTT", "SOCIALNÄMNDENS INDIVIDUTSKOTT"), a compound of
# fields ("MILJÖ- OCH BYGGNADSNÄMNDEN").
_CAPS_BOARD = re.compile(r"(?<![\wÅÄÖ-])(?:[A-ZÅÄÖ]+-,?[ ]+(?:[A-ZÅÄÖ]+-,?[ ]+)*OCH[ ]+)?[A-ZÅÄÖ]+"
                         r"(?:(?:NÄMNDENS|STYRELSENS)[ ]+[A-ZÅÄÖ]*UTSKOTT(?:ET)?|NÄMND|NÄMNDEN|STYRELSE|STYRELSEN|FULLMÄKTIGE|"
                         r"DIREKTION|DIREKTIONEN)(?![\wÅÄÖ])")


# A body's name alone on its line, or in the letterhead's first column with other cells right of it
# after a gap ("Kommunfullmäktige      Sammanträdesdatum    Sida", as pdftotext -layout sets its rows)
_ALONE_IN_FIRST_CELL = re.compile(r"[ \t]*(?:\n|$)|(?:\t|[ ]{3,})[ \t]*\S")
_ALONE_IN_CELL = re.compile(r" *(?:\t|\n|$)")
# The deciding body is named in a document's first pages; a long report is not read to its end.
_BOARD_CHARS = 30000
# Cheap anchors: the full body-name pattern runs only near one of these head words.
# How far past its head word a joint nämnd's name may run: what it is for, on the letterhead's next
# line past another column's cell (other names end within 40 characters: a sub-body).
_BOARD_TAIL = 160
_FOR_AFTER = re.compile(r"[ \t]+för[ \t]")
_BOARD_ANCHOR = re.compile(r"(?i:nämnd|styrelse|fullmäktige|utskott|direktion|beredning|presidi)")


def _board_matches(body: str):
    last = 0
    for anchor in _BOARD_ANCHOR.finditer(body, 0, min(len(body), _BOARD_CHARS)):
        if anchor.start() < last:
            continue
        line_start = max(body.rfind("\n", max(last, anchor.start() - 80), anchor.start()) + 1, last, anchor.start() - 80)
        window_end = min(len(body), anchor.end() + 40)
        m = BOARD_RE.search(body, line_start, window_end)
        # (a name that runs to the window's edge was cut there: its tail's "$" is the window's end)
        if m and (m.group("joint") or _FOR_AFTER.search(m.group("name")) or _FOR_AFTER.match(body, m.end())
                  or m.end() == window_end < len(body)):
            # a joint nämnd's "för X och Y" may stand on the next line; a name listing what a board
            # is for ("Nämnd för arbetsmarknad, näringsliv och ...") may run past the short window
            m = BOARD_RE.match(body, m.start(), min(len(body), anchor.end() + _BOARD_TAIL))
        if m and m.start() <= anchor.start():
            last = m.end()
            yield m


# The owner's genitive before a body named in its indefinite form: "Exeby stads kultur- och fritidsnämnd",
# "Exeby kommuns socialnämnd" (the body itself, as "Kultur- och fritidsnämnden" names it).
_OWNER_GENITIVE = re.compile(r"(?<![\wåäö-])[A-ZÅÄÖ][\wåäö-]*[ \t]+(?:kommuns|stads)[ \t]+$|(?<![\wåäö-])Region[ \t]+[A-ZÅÄÖ][\wåäö-]*s[ \t]+$")
_INDEFINITE_BODY = re.compile(r"(nämnd|direktion|styrelse)$")
_OWNER_AFTER = re.compile(r"(Styrelsen|Direktionen)[ \t]+för[ \t]+(.+)")


def _board_mentions(body: str):
    for m in _board_matches(body):
        name = m.group("name") + (m.group("sub") or "")
        if not m.group("sub") and _INDEFINITE_BODY.search(name) and _OWNER_GENITIVE.search(body, max(0, m.start() - 40), m.start()):
            name = name + ("n" if name.endswith("e") else "en")
        owner = _OWNER_AFTER.match(name)
        if owner and MUNICIPALITY_RE.fullmatch(owner.group(2)):
            # "Till: Styrelsen för Samordningsförbundet Exeby": the owner is the document's municipality,
            # no part of the board's name (a förbund has one styrelse, one direktion)
            name = owner.group(1)
        if is_body_name(m.group("name")):
            genitive_owner = not m.group("sub") and re.search(r"(?:ens|ns|s)$", m.group("name")) and not _OWNED.match(body, m.end())
            yield nominative(name), m.start(), m.end(), bool(genitive_owner)
    for m in _CAPS_BOARD.finditer(body, 0, min(len(body), _BOARD_CHARS)):
        yield m.group(0).capitalize(), m.start(), m.end(), False


_FLAT_LINE = FLAT_HEAD  # a line this long is a flattened text's (reline's measure, one for every reader)
_FLAT_HEADING = 150  # in a flattened head, how far past the type word its heading lines reach
_FLAT_MATTER_MARK = re.compile(r"§[ \t]*\d")


def _type_heading_span(body: str, type_word) -> tuple[int, int]:
    """The type word's line and the line right under it, where a protocol or letter names its body."""
    if not type_word or type_word.source != "head":
        return 0, 0
    line_start = body.rfind("\n", 0, type_word.span[0]) + 1
    line_end = body.find("\n", type_word.span[1])
    flat_end = type_word.span[1] + _FLAT_HEADING  # a flattened head's type word line and the one under it, run on
    if (len(body) if line_end < 0 else line_end) - line_start > _FLAT_LINE:
        # a head flattened into a long line ("Exeby kommun Protokollsutdrag Kommunstyrelsen Sammanträdesdatum ... § 42
        # Dnr ... Bidrag till kulturnämnden ..."): the heading is the type word's next few words, up to a § mark, not
        # the matter's title and text run on after them
        end = min(len(body) if line_end < 0 else line_end, flat_end)
        mark = _FLAT_MATTER_MARK.search(body, type_word.span[1], end)
        return line_start, mark.start() if mark else end
    if line_end < 0:
        return line_start, len(body)
    next_end = body.find("\n", line_end + 1)
    end = len(body) if next_end < 0 else next_end
    return line_start, min(end, flat_end) if end - line_start > _FLAT_LINE else end


# A förbund's letterhead with its board under it as a bare head ("Samordningsförbundet X" /
# "Styrelsen"): a förbund has one styrelse, so the bare head names it, as "Direktionen" does.
# (pdftotext -layout: another column's cell, "Sida 1 av 2", may stand beside it.)
_FORBUND_BOARD = re.compile("(?:" + FORBUND_LETTERHEAD_RE.pattern + "|" + FORBUND_LETTERHEAD_CAPS_RE.pattern.replace("(?P<forbund>", "(?:")
                            + r")[^\n]*\n[ \t#*]*(?P<bare>Styrelsen|STYRELSEN)(?=[ \t#*]*(?:\n|$)|[ \t]{3,})", re.M)
_FORBUND_BOARD_REACH = 600
# A company's letterhead ("Exeby Bostads AB", an org number or a protocol's number below it) with
# its bare "Styrelsen" within the next few lines (the type word, a date, a reference between; a column's
# cell may follow it), or its meeting's heading ("Styrelsemöte nr 3/2039" under "DAGORDNING"): a company
# has one styrelse, so the bare head names it.
_COMPANY_BOARD = re.compile(r"^[ \t#*]*" + COMPANY_NAME + r"(?![\wåäö])[^\n]*\n"
                            r"(?:[^\n]*\n){0,4}?[ \t#*]*(?P<bare>Styrelsen|STYRELSEN|Styrelse(?:möte|sammanträde)t?|Styrelsehandling(?:ar)?)"
                            r"(?=[ \t#*]*(?:\n|$)|[ \t]{3,}|[ \t]+(?:nr|den)[ .]|[ \t]+(?:19|20)\d\d-\d\d-\d\d)", re.M)
# The same head flattened into one line: the company's name, its kind word, the bare board and the head's
# next label ("Exeby Bostäder AB TJÄNSTESKRIVELSE Styrelsen Datum 2039-05-20 ...").
_COMPANY_BOARD_FLAT = re.compile(r"[ \t#*]*" + COMPANY_NAME + r"(?:[ \t][A-ZÅÄÖ][\wåäöÅÄÖ&-]*){0,3}?[ \t]+(?P<bare>Styrelsen|STYRELSEN)"
                                 r"(?=[ \t]+(?:Datum|Dnr|Diarienummer|Sammanträdesdatum|DATUM|DNR)(?![\wåäöÅÄÖ]))")
# "styrelsen för Samordningsförbundet X" in a förbund's text (a news page, a letter) that names
# no other body: the förbund has one styrelse, so it is the board the text is of.
# (or its meeting, "styrelsesammanträde i Exeby Bostäder AB": a company has one styrelse too)
_STYRELSE_OF = re.compile(r"(?<![\wåäö-])(?:[Ss]tyrelsen|[Ss]tyrelse(?:sammanträde|möte)t?)[ \t]+(?:för|i|med)[ \t]+(?=[A-ZÅÄÖ])")
_COMPANY_AFTER = re.compile(r"[A-ZÅÄÖ][\wåäö&-]*(?:[ \t][A-ZÅÄÖ][\wåäö&-]*){0,3}[ \t]AB(?![\wåäöÅÄÖ])")
_STYRELSE_OF_REACH = 3000
_GENITIVE_STYRELSE = re.compile(r"\s+(styrelse)(?:ns)?(?![\wåäö-])")
# A letter to a förbund's or a company's board, "Till styrelsen" ("... för Exeby Bostäder AB"), in the
# head: the body has one styrelse, so the addressee names it.
_TO_STYRELSE = re.compile(r"(?<![\wåäö-])(?:[Tt]ill|TILL)[ \t]+(?P<bare>[Ss]tyrelsen|STYRELSEN)(?![\wåäöÅÄÖ-])")
# A förbund's or a company's kallelse to its board's meeting ("Styrelsen kallas till sammanträde", "Kallelse
# till styrelsemöte", a meeting page's "Styrelsen sammanträder torsdagen den ...") under its letterhead: the
# body has one styrelse, so the meeting names it.
_STYRELSE_MEETING = re.compile(r"(?<![\wåäö-])(?:Styrelsen[ \t]+(?:kallas|sammanträder|sammanträdde)|[Kk]allelse[ \t]+till[ \t]+styrelse(?:möte|sammanträde)t?)(?![\wåäö])")
_FORBUND_OR_COMPANY_HEAD = re.compile("(?:" + FORBUND_LETTERHEAD_RE.pattern + "|" + FORBUND_LETTERHEAD_CAPS_RE.pattern.replace("(?P<forbund>", "(?:")
                                      + r"|^[ \t#*]*[A-ZÅÄÖ][\wåäö&-]*(?:[ \t][A-ZÅÄÖ][\wåäö&-]*){0,3}[ \t]AB(?![\wåäö]))", re.M)
_LETTERHEAD_CHARS = 200
# A bare "Fullmäktige" on a line of its own in the head (Finland-Swedish councils name their
# kommunfullmäktige so under the letterhead): a municipality has one fullmäktige.
_BARE_COUNCIL = re.compile(r"^[ \t#*]*(?P<bare>Fullmäktige|FULLMÄKTIGE)(?=[ \t#*]*(?:\n|$)|[ \t]{3,})", re.M)
# A paper addressed to "Nämnden" alone on its line ("Nämnden", "Till nämnden"), the nämnd's full name only
# in its footer or last line ("Tekniska nämnden i Exeby kommun"): a nämnd the text names is the addressee,
# over a council or styrelse its proposal names ("Nämnden föreslår kommunfullmäktige besluta").
_BARE_NAMND = re.compile(r"^[ \t#*]*(?:(?:Till|TILL)[ \t]*:?[ \t]+)?(?:Nämnden|nämnden|NÄMNDEN)[ \t#*]*$", re.M)
_NAMND_NAME = re.compile(r"(?i:.*nämnd(?:en)?)")


# An excerpt's § mark opening a line (a board's code may go before it: "SN § 31").
_MATTER_MARK = re.compile(r"^[ \t]*(?:[A-ZÅÄÖ]{2,6}[ \t]*)?§[ \t]*\d", re.M)


def board(ctx) -> tuple[str | None, list[int] | None]:
    """The deciding body: the addressee ("Till Socialnämnden"), the body in the title or head,
    the subject of the decisions; each mention scored, the best mention decides, repeats add a little."""
    st = ctx.structure
    body = ctx.body
    best: dict[str, float] = {}
    count: Counter[str] = Counter()
    first: dict[str, list[int]] = {}
    title_span = st.title.span if st.title else None
    heading = _type_heading_span(body, st.type_word)
    # The head ends where a protocol's or agenda's first matter begins: a body named inside an item
    # ("Kommunstyrelsen behandlar ärendet ...") is no body the head names, however short the head.
    head_end = min(st.start + 300, st.items[0].span[0]) if len(st.items) >= 2 else st.start + 300
    mark = _MATTER_MARK.search(body, st.start, head_end) if st.type_word and st.type_word.doc_type == "protokollsutdrag" else None
    if mark:  # an excerpt's one § opens its matter: a body its text names ("Kommunstyrelsen föreslår") is no head's
        head_end = mark.start()
    # (a page header's mentions after the body's: a mention's span is the body's where it has one)
    letterhead = [m for m in _board_mentions(ctx.letterhead_body) if m[1] < ctx.letterhead_end] if ctx.letterhead_end else []
    for name, start, end, genitive_owner in [*_board_mentions(body), *letterhead]:
        score = 1.0
        if not genitive_owner:
            label_end = start  # a label row's gap may be wide: "Organ                Välfärdsnämnden"
            while label_end > max(0, start - 60) and body[label_end - 1] in " \t":
                label_end -= 1
            if _ADDRESSED.search(body, max(0, label_end - 20), start):
                score += 14  # (the addressee outweighs a body proposing in the text: "Kommunstyrelsen föreslår ...")
            elif heading[0] <= start < heading[1]:
                score += 8  # "Utdrag ur protokoll / Kommunstyrelsens arbetsutskott": the body the heading names
            if title_span and title_span[0] <= start < title_span[1]:
                score += 6
                if _BEFORE_MEETING.search(body, max(title_span[0], start - 12), start):
                    score += 10  # "Ärenden inför tekniska nämndens arbetsutskott": the meeting the page is about, as an addressee
            elif (start < ctx.letterhead_end and ctx.text[start - 1:start] in ("", "\n", "\t")
                  and _ALONE_IN_CELL.match(ctx.text, end)):
                score += 8  # a Word page header's cell ("KOMMUNFULLMÄKTIGE<TAB>Dnr KS ..."): the letterhead on every page
            elif start < head_end:
                score += 5
                if _ALONE_IN_FIRST_CELL.match(body, end) and (start == 0 or body[start - 1] == "\n"
                                                          or not body[max(0, start - 40):start].split("\n")[-1].strip()):
                    score += 2  # "Hjo kommun / Kommunfullmäktige": the letterhead's body, not one named in a sentence
            if _DECIDES.match(body, end) or _DECIDES_BEFORE.search(body, max(0, start - 30), start):
                score += 6  # ("På tisdag behandlar tekniska nämndens arbetsutskott ...": the subject after its verb)
        best[name] = max(best.get(name, 0.0), score)
        count[name] += 1
        first.setdefault(name, [start, end])
    organ_end = min(len(body), st.start + _ORGAN_REACH)
    for m in (*_ORGAN_LABEL.finditer(body, st.start, organ_end), *_ORGAN_FLAT.finditer(body, st.start, organ_end)):
        # "Organ   Personalsektionen": the label says it is the body, whatever its name's head word.
        name = " ".join(m.group(1).split())
        owner = re.search(r" för ", name)
        if owner and MUNICIPALITY_RE.fullmatch(name[owner.end():]):
            # "Organ  Direktionen för Exeby kommunalförbund": the body is named by its owner, which is
            # the document's municipality, not part of the board's name.
            name = name[:owner.start()]
        if name not in best and not MUNICIPALITY_RE.fullmatch(name):
            best[name] = 16.0
            count[name] += 1
            first.setdefault(name, [m.start(1), m.end(1)])
    for m in _MEETING_LABEL.finditer(body, st.start, organ_end):
        named = BOARD_RE.match(body, m.end())
        if named and is_body_name(named.group("name")):
            name = nominative(named.group("name") + (named.group("sub") or ""))
            best[name] = max(best.get(name, 0.0), 16.0)
            count[name] += 1
            first.setdefault(name, [named.start(), named.end()])
    bare = (_FORBUND_BOARD.search(body, st.start, min(len(body), st.start + _FORBUND_BOARD_REACH))
            or _COMPANY_BOARD.search(body, st.start, min(len(body), st.start + _FORBUND_BOARD_REACH))
            or _TO_STYRELSE.search(body, st.start, min(len(body), st.start + _FORBUND_BOARD_REACH))
            or _COMPANY_BOARD_FLAT.match(body, st.start))
    if bare:
        best["Styrelsen"] = max(best.get("Styrelsen", 0.0), 15.0)
        count["Styrelsen"] += 1
        first.setdefault("Styrelsen", [bare.start("bare"), bare.end("bare")])
    if not bare and _FORBUND_OR_COMPANY_HEAD.search(body, st.start, min(len(body), st.start + _LETTERHEAD_CHARS)):
        meeting = _STYRELSE_MEETING.search(body, st.start, min(len(body), st.start + _FORBUND_BOARD_REACH))
        if meeting:
            bare = meeting
            best["Styrelsen"] = max(best.get("Styrelsen", 0.0), 15.0)
            count["Styrelsen"] += 1
            first.setdefault("Styrelsen", [meeting.start(), meeting.end()])
    if not bare and not best:  # (only where no body is named: a förbund has a fullmäktige or a direktion too)
        for m in _STYRELSE_OF.finditer(body, st.start, min(len(body), st.start + _STYRELSE_OF_REACH)):
            named = MUNICIPALITY_RE.match(body, m.end())
            if named and named.group("forbund") or _COMPANY_AFTER.match(body, m.end()):
                best["Styrelsen"] = max(best.get("Styrelsen", 0.0), 12.0)
                count["Styrelsen"] += 1
                first.setdefault("Styrelsen", [m.start(), m.start() + len("styrelsen")])
                break
        else:
            # ... or "Regionförbundet Exebos styrelse", the förbund's genitive before it.
            for m in MUNICIPALITY_RE.finditer(body, st.start, min(len(body), st.start + _STYRELSE_OF_REACH)):
                owned = _GENITIVE_STYRELSE.match(body, m.end()) if m.group("forbund") and m.group(0).endswith("s") else None
                if owned:
                    best["Styrelsen"] = 12.0
                    count["Styrelsen"] += 1
                    first.setdefault("Styrelsen", [owned.start(1), owned.end(1)])
                    break
    council = _BARE_COUNCIL.search(body, st.start, min(len(body), st.start + _FORBUND_BOARD_REACH))
    if council:
        best["Fullmäktige"] = max(best.get("Fullmäktige", 0.0), 15.0)
        count["Fullmäktige"] += 1
        first.setdefault("Fullmäktige", [council.start("bare"), council.end("bare")])
    if _BARE_NAMND.search(body, st.start, min(len(body), st.start + _FORBUND_BOARD_REACH)):
        for name in best:
            if _NAMND_NAME.fullmatch(name):
                best[name] += 10.0  # (as an addressee: "Till" and the name)
    if st.title and st.title.source == "web":
        for m in BOARD_RE.finditer(st.title.text):
            if is_body_name(m.group("name")):
                name = nominative(m.group("name") + (m.group("sub") or ""))
                best[name] = max(best.get(name, 0.0), 4.0)
                first.setdefault(name, list(st.title.span))
    if not best:
        return None, None
    name = max(best, key=lambda n: (best[n] + 0.5 * (count[n] - 1), -first[n][0]))
    return name, first[name]


_FURNITURE_BLOCK_LINES = 3  # lines of a page header's block read under its type word's line


def _furniture_block_end(ctx, line_end: int) -> int:
    """The end of the page-furniture lines right under the line ending at ``line_end`` (at most
    a few: a page header's block), or ``line_end`` when the next line is the body's."""
    end = line_end
    for _ in range(_FURNITURE_BLOCK_LINES):
        if end < 0 or end + 1 >= len(ctx.text):
            break
        nxt = ctx.text.find("\n", end + 1)
        nxt = len(ctx.text) if nxt < 0 else nxt
        if not ctx.text[end + 1:nxt].strip() or ctx.body[end + 1:nxt].strip():
            break  # a blank line ends the block; a line of the body is no header's
        end = nxt
    return max(end, 0)


_TYPE_GAP = 80  # blanks between a type word and the date in its letterhead's other column
_TYPE_NEXT_LINE_REACH = 120  # characters into the line under the type word's line where the head's date may stand
_TYPE_HEAD_LINES = 2  # lines of the letterhead's block below the one under the type word


def _in_type_head(body: str, type_span: tuple[int, int], pos: int, text: str | None = None) -> bool:
    """``pos`` right after the type word (or after a column's gap: "TJÄNSTESKRIVELSE      2034-03-03"),
    or on the line under the type word's line. ``text``: the unmasked text (same offsets), where a
    page mark masked in ``body`` ("Sida 4 av 12") is a line of the block, no blank line ending it."""
    text = body if text is None else text
    if 0 <= pos - type_span[1] <= 3:
        return True
    line_end = body.find("\n", type_span[1])
    if line_end < 0 or pos <= line_end:
        return 0 <= pos - type_span[1] <= _TYPE_GAP and not body[type_span[1]:pos].strip()
    next_end = body.find("\n", line_end + 1)
    if pos < (len(body) if next_end < 0 else next_end):
        # (near its start: a flattened page's one line is no line of the head; its dates are the page's
        # text, "... för perioden 1 april 2042–31 mars 2045")
        return pos - line_end <= _TYPE_NEXT_LINE_REACH
    # Further down the letterhead's block (no blank line between), the date alone ending its line in the
    # right-hand column: "PROTOKOLLSUTDRAG" / "EXEBY KOMMUN" / "Kommunstyrelsen      2039-05-12".
    for _ in range(_TYPE_HEAD_LINES):
        if next_end < 0 or not text[line_end + 1:next_end].strip():
            return False
        line_end, next_end = next_end, body.find("\n", next_end + 1)
        line = body[line_end + 1:len(body) if next_end < 0 else next_end]
        if line_end < pos < (len(body) if next_end < 0 else next_end):
            at = pos - line_end - 1
            return bool(re.search(r"(?:\t|[ ]{3,})$", line[:at])) and not line[at:].split(None, 1)[1:]
    return False


# A meeting in running text: a body's genitive before it, in lower case ("vid socialnämndens sammanträde den").
_MEETING_IN_PROSE = re.compile(r"(?<![\wåäö-])[a-zåäö][\wåäö-]*s\s+(?:sammanträde|möte)t?\s+(?:den\s+)?$")


_NEXT_LINE = re.compile(r"[ \t*#]*\n(?:[ \t*#]*\n)*([^\n]*)")
_LEAD_LINES = 3  # a news page's lead, and its dateline under it, within these lines under the headline


def document_date(ctx, doc_kind: str | None, board_name: str | None = None) -> tuple[str | None, list[int] | None]:
    """The document's own date among the head's dates, by what its label says it is and what
    kind of document this is (a meeting's date, a publication date, a letter's date)."""
    st = ctx.structure
    kind = "meeting" if doc_kind in ("protokoll", "kallelse") else "news" if doc_kind in ("nyhet", "pressmeddelande") else "letter"
    order = _DATE_ORDER["summons" if doc_kind == "kallelse" else kind]
    # What each date is here, read anew: a date on the title's line or in the type word's head is
    # the heading's (the structure's own findings are left as they are).
    kinds = [d.kind for d in st.dates]
    if st.title:
        line_start = ctx.body.rfind("\n", 0, st.title.span[0]) + 1
        for i, d in enumerate(st.dates):
            if (kinds[i] in ("other", "alone", "signed") and line_start <= d.span[0] <= st.title.span[1] + 30
                    and not _on_posting_line(ctx.body, d.span[0])):
                kinds[i] = "heading"
        if kind == "news":
            # A news page's byline right under its headline ("Exeby kommun · 2031-10-02",
            # "Av Anna Berg | 12 maj 2031"): the date there is the publication's, whatever the body
            # says of a meeting.
            below = re.match(r"[ \t*#]*\n(?:[ \t*#]*\n)*([^\n]*)", ctx.body[st.title.span[1]:])
            if below and len(below.group(1)) <= 120:
                b0 = st.title.span[1] + below.start(1)
                for i, d in enumerate(st.dates):
                    if kinds[i] == "other" and b0 <= d.span[0] < b0 + len(below.group(1)):
                        kinds[i] = "published"
                    elif kinds[i] == "heading" and d.span[0] == b0:
                        # (a dateline opening the line below is no date on the title's line, though it stands
                        # within reach of its end: "Headline" / "2038-05-20 14:05")
                        kinds[i] = "published"
            # ... or on a line of its own under the lead ("<h1>" / "<p><strong>lead</strong></p>" /
            # "24 november 2031"): the publication's, before an update's at the page's foot.
            pos = st.title.span[1]
            for _ in range(_LEAD_LINES):
                nxt = _NEXT_LINE.match(ctx.body, pos)
                if not nxt:
                    break
                if is_dateline(nxt.group(1)):
                    for i, d in enumerate(st.dates):
                        if kinds[i] in ("other", "alone", "clock") and nxt.start(1) <= d.span[0] < nxt.end(1):
                            kinds[i] = "published"
                    break
                pos = nxt.end(1)
            # ... or right over it, its sender beside the date ("**Exeby kommun** · 20 maj 2031").
            a1 = line_start - 1
            while a1 > 0 and not ctx.body[ctx.body.rfind("\n", 0, a1) + 1:a1].strip(" \t*#"):
                a1 = ctx.body.rfind("\n", 0, a1)  # (blank lines between)
            a0 = ctx.body.rfind("\n", 0, max(a1, 0)) + 1
            if 0 < a1 - a0 <= 120 and is_byline(ctx.body[a0:a1]):
                for i, d in enumerate(st.dates):
                    if kinds[i] == "other" and a0 <= d.span[0] < a1:
                        kinds[i] = "published"
            elif 0 < a1 - a0 <= 120 and (is_dateline(ctx.body[a0:a1]) or is_category_dateline(ctx.body[a0:a1])):
                # ... or a dateline of its own over it, the hour or the place beside the date ("2031-05-03
                # 09:12", "EXEBY 2031-05-03"): the page's publication, before any "Sidan uppdaterad" at its foot.
                for i, d in enumerate(st.dates):
                    if kinds[i] in ("other", "alone", "clock", "signed") and a0 <= d.span[0] < a1:
                        kinds[i] = "published"
    if st.type_word and st.type_word.source == "head":
        for i, d in enumerate(st.dates):
            # "PROTOKOLL / Exeby kommun  2031-12-12", "TJÄNSTESKRIVELSE 2031-06-01": the head's date
            # (also alone on its line under the type word: "BESLUT" / "2040-08-20", before a date in the title).
            if (kinds[i] in ("other", "alone") and _in_type_head(ctx.body, st.type_word.span, d.span[0], ctx.text)
                    and not _on_posting_line(ctx.body, d.span[0])):
                kinds[i] = "heading"
    if kind == "meeting" and board_name:
        for i, d in enumerate(st.dates):
            if kinds[i] in ("other", "alone") and _on_board_line(ctx.body, d.span, board_name):
                kinds[i] = "heading"  # "Kommunstyrelsens arbetsutskott, 2040-04-22": the meeting's line under the heading
    if kind == "letter" and st.title:
        # A meeting named in the letter's text after its subject ("... anmäls vid socialnämndens
        # sammanträde den 25 augusti 2031"): a later meeting, not the letter's date, when the head
        # has a date of its own.
        if any(k in ("document", "heading") and d.span[0] < st.title.span[0] for d, k in zip(st.dates, kinds)):
            for i, d in enumerate(st.dates):
                if (kinds[i] == "meeting" and d.span[0] > st.title.span[1]
                        and _MEETING_IN_PROSE.search(ctx.body, max(0, d.span[0] - 60), d.span[0])):
                    kinds[i] = "other"
    for wanted in order:
        for d, k in zip(st.dates, kinds):
            if k == wanted:
                return d.value, list(d.span)
    if kind == "letter":
        # A flattened head's date with no label of its own right after the labelled dnr: "Dnr: KFN 2037-0088
        # 2037-11-05 Handläggare ..." (the head's next cell).
        own_dnr = next((d for d in ctx.fields.get("dnr", []) if d["own"]), None)
        if own_dnr:
            for d in st.dates:
                if (d.kind in ("other", "alone") and len(d.value) == 10 and 0 < d.span[0] - own_dnr["span"][1] <= 3
                        and not ctx.body[own_dnr["span"][1]:d.span[0]].strip()):
                    return d.value, list(d.span)
    if kind == "letter" and doc_kind and board_name:
        own = _own_writing_date(ctx.body, st.dates, doc_kind, board_name)
        if own:
            return own.value, list(own.span)
    if doc_kind == "beslut":
        noted = _decision_note_date(ctx.body, st.dates)
        if noted:
            return noted.value, list(noted.span)
    if doc_kind is None:
        for d in st.dates:
            if (d.kind == "other" and d.span[0] < _ADOPTION_REACH
                    and _ADOPTION_NOTE.search(ctx.body, ctx.body.rfind("\n", 0, d.span[0]) + 1, d.span[0])):
                return d.value, list(d.span)
    if st.type_word and st.type_word.source == "furniture":
        # The kind only in a running page header, its date beside it ("EXEBY FÖRBUND  PROTOKOLL
        # 2036-02-23" in a Word header over every page) and no date in the body's head: the header's.
        ls = ctx.text.rfind("\n", 0, st.type_word.span[0]) + 1
        le = ctx.text.find("\n", st.type_word.span[1])
        full = [(m.span(), v) for m in DATE_RE.finditer(ctx.text, ls, len(ctx.text) if le < 0 else le)
                if len(v := date_value(m) or "") == 10]
        if not full:
            # ... or under it in the header's next lines, a header set as a table ("Exeby kommun
            # TJÄNSTEUTLÅTANDE" / "Fritidsförvaltningen  2039-11-04"): the one date of the header block.
            full = [(m.span(), v) for m in DATE_RE.finditer(ctx.text, ls, _furniture_block_end(ctx, le))
                    if len(v := date_value(m) or "") == 10]
        if len(full) == 1:
            return full[0][1], list(full[0][0])
    if st.web_title:
        # A hosting site's title copies the document's head, its date too ("Download "PROTOKOLL
        # Exeby kommun Nämnden 2031-03-04""): the date of last resort, as that title is the title's.
        s, e = st.web_title[1]
        full = [(m.span(), v) for m in DATE_RE.finditer(ctx.text, s, e) if len(v := date_value(m) or "") == 10]
        if full:
            span, v = full[-1]
            return v, list(span)
    return None, None


def _on_board_line(body: str, span: tuple[int, int], board_name: str) -> bool:
    """The date closes a line that names the meeting's body and nothing else ("Socialnämnden
    2040-03-02", "Kommunstyrelsens arbetsutskott, 2040-04-22"): the meeting's date, as a head prints it."""
    line_start = body.rfind("\n", 0, span[0]) + 1
    line_end = body.find("\n", span[1])
    if body[span[1]:len(body) if line_end < 0 else line_end].strip():
        return False
    before = body[line_start:span[0]].strip().rstrip(",:–-").strip()
    return bool(before) and " ".join(before.split()).casefold() == board_name.casefold()


def _own_writing_date(body: str, dates, doc_kind: str, board_name: str):
    """A writing that prints no date of its own names itself among its Beslutsunderlag ("Exeby
    nämndens tjänsteskrivelse den 3 maj 2031"): its board's genitive, its own kind's word, the date."""
    genitive = board_name if board_name.endswith("s") else board_name + "s"
    pattern = re.compile(
        re.escape(genitive).replace(r"\ ", r"\s+") + r"\s+" + re.escape(doc_kind) + r"(?:\s+(?:den|daterad))?[\s,:]*$", re.I)
    for d in dates:
        if d.kind == "other" and pattern.search(body, max(0, d.span[0] - len(genitive) - len(doc_kind) - 20), d.span[0]):
            return d
    return None


# A decision's note of who made it and when, opening its line ("Beslut fattat av kultur- och
# fritidsnämnden 2038-02-21, § 14", "Beslutet fattades av socialnämnden den 3 maj 2031"): a notice's
# own date when it prints no dated label (the notice's posting dates are not the decision's).
_DECISION_NOTE = re.compile(r"^[ \t]*(?:beslut(?:et)?[ \t]+(?:fattat|fattades|taget|togs)|beslutat|beslutades)[ \t]+av[ \t]+"
                            r"[^\d\n.!?]{2,70}?[ \t,]+(?:den[ \t]+)?$", re.I | re.M)
# A plan's or policy's note of its adoption under its heading ("Fastställd av regionala utvecklingsnämnden
# 2040-11-26, § 118", "Antagen av kommunfullmäktige den 3 maj 2039"): a document of no listed kind dates
# itself so.
# (in a flattened head mid-line, capitalised as a note's first word is)
_ADOPTION_NOTE = re.compile(r"(?:^[ \t]*|(?<=[ \t])(?=(?-i:[FA])))(?:fastställd|fastställt|antagen|antaget|antogs|fastställdes)[ \t]+av[ \t]+"
                            r"[^\d\n.!?]{2,70}?[ \t,]+(?:den[ \t]+)?$", re.I | re.M)
_ADOPTION_REACH = 600  # the note stands in the plan's head, under its heading


# ... or a sentence opened by the deciding body ("Fritidsnämnden i Exeby kommun beslutade den 10 februari
# 2042, § 9, att bevilja ..."): the decision's date.
_BODY_DECIDED = re.compile(r"(?:^|[.!?:][ \t]+)[A-ZÅÄÖ][\wåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet)"
                           r"(?:[ \t]+i[ \t]+[A-ZÅÄÖ][\wåäö-]*(?:[ \t]+(?:kommun|stad|[A-ZÅÄÖ][\wåäö-]*))?)?"
                           r"[ \t]+(?:beslutade|beslöt|har[ \t]+beslutat)[ \t]+(?:den[ \t]+)?$", re.M)
# A notice's own posting dates on a line of their own ("Anslaget: 2042-02-14", "Anslaget tas ned: ..."):
# when it hangs on the board, not the document's date, though they stand right under its heading.
_NOTICE_POSTING = re.compile(r"[ \t]*(?:anslaget|anslagsdatum|anslaget[ \t]+(?:sätts[ \t]+upp|tas[ \t]+ned)|"
                             r"datum[ \t]+för[ \t]+anslag|uppsatt|nedtas)(?![\wåäö])", re.I)


def _on_posting_line(body: str, pos: int) -> bool:
    """Does the line holding ``pos`` open with a notice's posting label ("Anslaget: ...")?"""
    return _NOTICE_POSTING.match(body, body.rfind("\n", 0, pos) + 1) is not None


def _decision_note_date(body: str, dates):
    for d in dates:
        if d.kind == "other" and _DECISION_NOTE.search(body, body.rfind("\n", 0, d.span[0]) + 1, d.span[0]):
            return d
    for d in dates:
        if d.kind == "other" and _BODY_DECIDED.search(body, max(0, d.span[0] - 120), _value_start(body, d.span)):
            return d
    return None


def _value_start(body: str, span) -> int:
    """Where a date's value starts within its span (a header date's span may take "den" in)."""
    m = re.match(r"(?:den[ \t]+)?", body[span[0]:span[1]])
    return span[0] + m.end()


def extract_document(ctx) -> dict:
    st = ctx.structure
    t, t_span = (st.title.text, list(st.title.span)) if st.title else (None, None)
    dt, dt_span = doc_type(ctx)
    mu, mu_span = municipality(ctx)
    bo, bo_span = board(ctx)
    da, da_span = document_date(ctx, dt, bo)
    own = next((d for d in ctx.fields.get("dnr", []) if d["own"]), None)
    return {
        "title": t,
        "doc_type": dt,
        "municipality": mu,
        "board": bo,
        "dnr": own["value"] if own else None,
        "date": da,
        "spans": {
            "title": t_span, "doc_type": dt_span, "municipality": mu_span, "board": bo_span,
            "dnr": own["span"] if own else None, "date": da_span,
        },
    }
