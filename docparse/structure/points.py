"""Decision points as a document prints them: the numbered items, att-clauses or bullets under a
proposal or decision heading (a single unnumbered proposal is item 1), and a proposal inside a
flattened line. Read for the document (extract.decisions) and for each item of a protocol.
"""

from __future__ import annotations

import re

from docparse.sv import sections
from docparse.sv.bodies import BOARD_RE, DEFINITE_HEADS, GENITIVE_HEADS
from docparse.sv.dates import DATE_RE
from docparse.sv.debris import SIGNATURE_BOX
from docparse.sv.names import is_given_name, is_title_word
from docparse.sv.text import squash

ITEM_RE = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+(?=\S)")
ATT_RE = re.compile(r"^\s*att\s+(?=\S)", re.I)
# Bullets, and letters as bullets: "a)", or "a." before a capital ("a. Nämnden godkänner ...").
BULLET_RE = re.compile(r"^\s*(?:[-–•*»·]|[a-z]\)|[a-h]\.(?=[ \t]+[A-ZÅÄÖ]))\s+")
# Lines that end a list: the next section heading or the signatures.
_SECTION = re.compile(
    r"^\s*(?:" + sections.alternation(
        sections.SUMMARY, sections.BACKGROUND, sections.MATTER, sections.MATTER_PREPARATION, sections.DOCUMENTS,
        sections.CASE_PAPERS, sections.ATTACHMENT, sections.ATTACHMENTS, sections.RESERVATION, sections.MINUTES_NOTE,
        sections.SPECIAL_STATEMENT, sections.OFFICER, sections.MOTIONS, sections.DECISION_ORDER,
        sections.PROPOSITION_ORDER, sections.CHECKING) + r")\b",
    re.I,
)
# ... and, capitalised as headings are, the matter's description, the list of whom the decision is
# sent to ("Expedieras till", "Skickas till") and a protocol page's foot of signature boxes
# ("Justerandes sign"): a decision read from a protocol's item ends there, as a list does.
_SECTION_CAPITALISED = re.compile(
    r"^\s*(?:" + sections.alternation(sections.MATTER_DESCRIPTION, sections.MATTER_DESCRIBED, sections.DISTRIBUTION,
                                      sections.SENT_TO, r"skickas\s+till", capital=True) + r")(?![\wåäö])")
_NAME_LINE = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäöéü]+(?:[- ][A-ZÅÄÖ][a-zåäöéü]+){1,6}\s*$")


def _signed_below(current: dict, lines: list[tuple[int, int, str]], k: int) -> bool:
    """A finished sentence, then a name over its title with no blank line between (a converted
    PDF's paragraphs): the signature ("... 2041-12-31." / "Eva Ek" / "Stabschef"), not the point's text."""
    if not current["parts"][-1].rstrip().endswith((".", "!", "?")) or k + 1 >= len(lines):
        return False
    below = lines[k + 1][2].split()
    return 0 < len(below) <= 3 and is_title_word(below[0].strip(","))


def _is_heading_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) < 60 and not s.endswith((".", ",", ";")) and not ITEM_RE.match(s) and s[0].isupper()


# ("Nämnden beslutar" over a blank line and its att-clauses, as an old Word document spaces them.)
# (or "Kommunstyrelsen föreslår kommunfullmäktige" / blank / "att ...": whom it proposes to, the clauses below)
_OPENS_CLAUSES = re.compile(r"(?<![\wåäö])(?:att|besluta|beslutar|föreslår[ \t]+[\wåäö-]*(?:fullmäktige|styrelsen|nämnden|direktionen))\s*:?$", re.I)


def _is_lead_in(s: str, lines: list[tuple[int, int, str]], k: int) -> bool:
    """A clause that introduces att-clauses on the lines beneath it ("Nämnden föreslår
    fullmäktige besluta"): the clauses are the points, not the lead-in."""
    if not s or ATT_RE.match(s) or ITEM_RE.match(s) or BULLET_RE.match(s) or s.endswith((".", ";", "!", "?")) or k + 1 >= len(lines):
        return False
    nxt = lines[k + 1][2]
    if not nxt.strip() and k + 2 < len(lines) and _OPENS_CLAUSES.search(s):
        nxt = lines[k + 2][2]  # a blank line between the lead-in and its list (Markdown writes one)
    if ATT_RE.match(BULLET_RE.sub("", nxt, count=1)) or (ITEM_RE.match(nxt) and len(s.split()) <= 6):
        return True
    # "... föreslår fullmäktige att" over bullets: the "att" is each bullet's, the bullets the points.
    return bool(_OPENS_CLAUSES.search(s) and (BULLET_RE.match(nxt) or ITEM_RE.match(nxt)))


def _lead_in_over_clauses(current: dict, lines: list[tuple[int, int, str]], k: int) -> bool:
    """A decision's lead-in that names no decision verb at its end, no sentence's end, then a blank
    line and att-clauses ("Nämnden förelägger med stöd av 26 kap. 9 § miljöbalken" / "ägaren till
    fastigheten Ekeby 1:2" / "" / "att senast ..."): the clauses are the points (_is_lead_in knows
    only the lead-ins that end in "besluta", "att" or "föreslår <body>" over a blank line)."""
    if current["parts"][-1].rstrip().endswith((".", "!", "?", ";", ",")):
        return False
    nxt = next((ln for _s, _e, ln in lines[k + 1: k + 3] if ln.strip()), "")
    return ATT_RE.match(nxt.strip()) is not None


def _labels_list(s: str, lines: list[tuple[int, int, str]], k: int) -> bool:
    """A label ending in a colon over the list or its lead-in ("Förvaltningens förslag till
    beslut:" / "Nämnden beslutar" / "- att ..."): it names the list, it is no point of it."""
    if not s.endswith(":") or len(s.split()) > 8 or not _NAMES_A_PROPOSAL.search(s):
        return False  # ("Nämnden beviljar följande:" is a decision whose list is part of it)
    k2 = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j][2].strip()), None)
    if k2 is None:
        return False
    nxt = lines[k2][2]
    return bool(ATT_RE.match(BULLET_RE.sub("", nxt, count=1)) or ITEM_RE.match(nxt) or _is_lead_in(nxt.strip(), lines, k2))


_NAMES_A_PROPOSAL = re.compile(r"(?<![\wåäö])(?:förslag|beslut|beslutar|föreslår|föreslås|yrkande)(?![\wåäö])", re.I)


def _runs_on(current: dict, lines: list[tuple[int, int, str]], k: int) -> bool:
    """The point's sentence goes on past the blank line after lines[k]: its text so far ends
    inside a sentence (no punctuation: "... enligt 9 kap. 30 § plan- och", or a comma: "... X AB,")
    and the next line opens in lower case ("bygglagen. ...", "org.nr ..."), as OCR and PDF readers
    break a paragraph."""
    last = current["parts"][-1].rstrip() if current["parts"] else ""
    if not last or not last[-1:].isalnum() and not last.endswith(("-", ",")) or len(" ".join(current["parts"]).split()) < 4:
        return False  # no sentence under way: a table's cells one a line ("s" / "v" / "mp") are not run on
    nxt = next((ln for _s, _e, ln in lines[k + 1: k + 3] if ln.strip()), "")
    return (nxt.lstrip()[:1].islower() or _NUMBER_IN_SENTENCE.match(nxt) is not None) and not ATT_RE.match(nxt)


# A line opening with a number and a small word goes on a sentence: "1 februari 2039 - ...",
# "240 000 kronor ..." (a point's own number has its "." or ")"; "2 att ..." is a clause's).
_NUMBER_IN_SENTENCE = re.compile(r"[ \t]*\d{1,3}(?:[ .]\d{3})*[ \t]+(?!att[ \t])[a-zåäö]{2,}")


def _same_subject_again(current: dict, line: str) -> bool:
    """An unnumbered decision's sentence has ended and the next line opens with its subject again:
    a second decision of the same body, not the first one's wrapped text."""
    first = current["parts"][0].split()
    words = line.split()
    return (bool(first and words) and current["parts"][-1].rstrip().endswith(".") and first[0][:1].isupper()
            and words[0] == first[0] and len(words) >= 3)


_RULE_LINE = re.compile(r"(?:[ \t|]*[.…_=–-]){3,}[ \t|]*")


def read_points(lines: list[tuple[int, int, str]], i: int) -> list[dict]:
    """The decision points in lines[i:], up to the end of the list."""
    items: list[dict] = []
    current: dict | None = None
    blank_run = 0
    mode = None  # "numbered", "att" or "single"
    for k, (start, end, line) in enumerate(lines[i:], i):
        s = line.strip()
        if _RULE_LINE.fullmatch(s):
            # A signature's dotted line or a rule, as a margin's box leaves it in the text ("..........",
            # "| ______"): no text of a point. Before the list it is passed over; in it, it is a blank line.
            if mode is None:
                continue
            s = ""
        if mode is None and (_is_lead_in(s, lines, k) or _labels_list(s, lines, k)):
            continue
        if not s:
            blank_run += 1
            if mode == "single" and current and not _runs_on(current, lines, k):
                if len(items) == 1 and _lead_in_over_clauses(current, lines, k):
                    items, current, mode = [], None, None  # the lead-in wrapped over lines: the clauses are the points
                    continue
                break
            continue
        if _SECTION.match(s) or _SECTION_CAPITALISED.match(s) or SIGNATURE_BOX.match(s) or (_NAME_LINE.match(s) and current is not None and (blank_run or _signed_below(current, lines, k))):
            break
        m = ITEM_RE.match(line)
        att = ATT_RE.match(line)
        bullet = BULLET_RE.match(line)
        indent = len(line) - len(line.lstrip())
        if bullet and mode == "bullet" and current is not None and indent > current["indent"]:
            # A deeper bullet under a point ("bevilja följande: / • A / • B") is part of it.
            current["parts"].append(line[bullet.end():])
            current["span"][1] = end
            blank_run = 0
            continue
        if bullet and mode in (None, "bullet") and (current is None or mode == "bullet"):
            # A bulleted list of proposals, one point a bullet.
            mode = "bullet"
            current = {"number": len(items) + 1, "parts": [line[bullet.end():]], "span": [start + bullet.end(), end],
                       "indent": indent}
            items.append(current)
            blank_run = 0
            continue
        if m and mode in (None, "numbered"):
            number = int(m.group(1))
            if items and number != items[-1]["number"] + 1 and current is not None:
                break  # numbering restarted or jumped: another list
            mode = "numbered"
            current = {"number": number, "parts": [line[m.end():]], "span": [start + m.start(1), end], "indent": indent}
            items.append(current)
        elif att and mode in (None, "att"):
            mode = "att"
            current = {"number": len(items) + 1, "parts": [line.strip()], "span": [start + att.start(), end], "indent": indent}
            items.append(current)
        elif (mode in ("numbered", "att", "bullet") and blank_run == 0 and s[:1].isupper() and indent <= current["indent"]
              and current["parts"][-1].rstrip().endswith((".", "!", "?"))):
            break  # "2. ... ventilationskanalerna." / "Föreläggandet förenas inte med vite.": the list has ended, a paragraph follows
            # (a bullet's too: "• att kostnaden ryms i budgeten." / "Ida Qvist (V)", a word processor's or a page's
            # paragraphs with no blank line between)
        elif mode == "single" and blank_run == 0 and _same_subject_again(current, s):
            # "Socialnämnden godkänner avtalet." / "Socialnämnden uppdrar åt ...": one decision a line.
            current = {"number": len(items) + 1, "parts": [s], "span": [start, end]}
            items.append(current)
        elif current is not None and (blank_run == 0 or BULLET_RE.match(line) or _runs_on(current, lines, k - 1)) and not (
            blank_run and _is_heading_like(line)
        ):
            current["parts"].append(BULLET_RE.sub("", line))
            current["span"][1] = end
        elif current is None and mode is None:
            if _is_heading_like(line) and not s.endswith(":") and len(s.split()) <= 3:
                break
            mode = "single"
            current = {"number": 1, "parts": [s], "span": [start, end]}
            items.append(current)
        else:
            if blank_run and mode != "numbered":
                break
            if blank_run and not m:
                break
        blank_run = 0
    if mode == "single" and len(items) == 1:
        clauses = _lead_and_comma_clauses(items[0], lines, i)
        if clauses:
            return clauses
    out = []
    for item in items:
        text = squash(" ".join(item["parts"]))
        text = re.sub(r"\s+([,.;:])", r"\1", text)
        if text:
            out.append({"number": item["number"], "text": text, "span": item["span"]})
    return out


def _lead_and_comma_clauses(item: dict, lines: list[tuple[int, int, str]], i: int) -> list[dict]:
    """A single proposal that is a body's lead-in and att-clauses after commas in one sentence
    ("Styrelsen föreslås besluta att A, samt att B."): one point a clause, the lead-in gone, as a
    flattened line's are read."""
    start, end = item["span"]
    if end - start > _INLINE_WINDOW:
        return []
    # The paragraph as in the text, its line breaks as spaces: offsets stay the text's.
    chars = [" "] * (end - start)
    for ls, _le, line in lines[i:]:
        if ls >= end:
            break
        for n, ch in enumerate(line[: max(0, end - ls)]):
            if ls + n >= start:
                chars[ls + n - start] = ch
    segment = "".join(chars)
    lead_at = len(segment) - len(segment.lstrip())
    lead = _COMMA_CLAUSES_LEAD.match(segment, lead_at)
    if not lead:
        return []
    stop = _first_sentence_end(segment, lead.end())
    if stop < len(segment.rstrip()) or not _COMMA_ATT.search(segment, lead.end(), stop):
        return []  # more than the one sentence, or a single clause: the proposal stays as it is printed
    return [{"number": k, "text": squash(segment[ps:pe]), "span": [start + ps, start + pe]}
            for k, (ps, pe) in enumerate(_comma_clause_parts(segment, lead.end(), stop), 1) if segment[ps:pe].strip()]


# "... 3:14 Beslut Miljönämnden förelägger ...": a bare "Beslut" heading over its body's decision,
# in a flattened line (the title's cut reads it too).
BARE_DECISION = r"(?<![\wåäö-])Beslut\s*:?\s+(?=(?:" + BOARD_RE.pattern + r")\s+(?:beslutar|[a-zåäö]{3,}(?:ar|er|r))\s)"
# A motion's movers proposing in their own voice: "Vi föreslår", "yrkar jag därför".
_MOVERS_VOICE = r"(?<![\wåäö])(?:(?:[Vv]i|[Jj]ag)\s+(?:föreslår|yrkar)|(?:föreslår|yrkar)\s+(?:vi|jag))(?:\s+(?:därför|härmed))?"
_BOARD_UNNAMED = re.sub(r"\(\?P<\w+>", "(?:", BOARD_RE.pattern)  # (BARE_DECISION names its groups in the same pattern)
# In a flattened text the proposal's heading stands inside a long line: "... förslag till beslut
# Nämnden beslutar att ...", "Fullmäktige beslutade - att anta ...".
_FIRST_LETTERS = r"(?=[A-ZÅÄÖfbvjy])"  # every alternative below opens with one: other positions are passed at once
_INLINE_HEADING = re.compile(
    _FIRST_LETTERS + r"(?:"
    r"(?<![\wåäö])(?:" + sections.either_case(sections.PROPOSAL, ocr=True) + "|" + sections.either_case(sections.PROPOSAL_WORD)
    # (a typed paper's heading in capitals, its underline run on after it: "FÖRSLAG TILL BESLUT ------ Nämnden ...")
    + "|" + sections.in_capitals(sections.PROPOSAL) + "|" + sections.in_capitals(sections.PROPOSAL_WORD)
    + r")\s*:?\s+(?:[-_=]{3,}\s+)?(?=[A-ZÅÄÖ]|att\s|1\.\s|[•▪]\s|[-–]\s+[A-ZÅÄÖ])"
    # (the lookaheads on the word and what follows it are what the lazy reach needs: tried first,
    # they spare its 40 steps at every capitalised word of a long line)
    r"|(?<![\wåäö-])(?=[A-ZÅÄÖ])(?=[\wåäö-]++\s+beslutade)[\wåäö-]{0,40}?(?:[Nn]ämnden|[Ss]tyrelsen|[Ff]ullmäktige|[Uu]tskottet|[Dd]irektionen)\s+beslutade\s*(?:[:–-]\s*)?(?=att\s)"
    # "... Kommunstyrelsens beslut 1. Kommunstyrelsen antar ...": a body's decision, numbered (a
    # förbund's direktion decides as a nämnd does: "Förbundsdirektionens beslut 1. ...").
    # (a body of two fields: "Kultur- och fritidsnämndens beslut 1. att ...")
    r"|(?<![\wåäö-])(?=[A-ZÅÄÖ])(?=[\wåäö]+-\s+och\s+[\wåäö-]++\s+(?:beslut|förslag))[\wåäö]+-\s+och\s+[\wåäö-]{0,40}?(?:[Nn]ämndens|[Ss]tyrelsens|[Uu]tskottets)\s+"
    r"(?:beslut|förslag\s+till\s+beslut)\s*:?\s+(?=1\.\s|[•▪]\s)"
    r"|(?<![\wåäö-])(?=[A-ZÅÄÖ])(?=[\wåäö-]++\s+(?:beslut|förslag))[\wåäö-]{0,40}?" + GENITIVE_HEADS + r"\s+(?:beslut|förslag\s+till\s+beslut"
    # ... or its proposal to the body that decides, as a line-structured head has it ("Arbetsutskottets
    # förslag till kommunstyrelsen 1. ...").
    r"|förslag\s+till\s+(?:[\wåäö-]+\s+){0,2}?[\wåäö-]*(?:nämnden|styrelsen|fullmäktige|direktionen))\s*:?\s+(?=1\.\s|[•▪]\s"
    # (or the body's sentence after the proposal to it: "Arbetsutskottets förslag till kommunstyrelsen
    # Kommunstyrelsen beslutar att ...")
    r"|[A-ZÅÄÖ][\wåäö-]{0,40}?" + DEFINITE_HEADS + r"\s+beslutar\s+att\s"
    # (or its one sentence: "Kommunstyrelsens förslag till kommunfullmäktige Motionen avslås.")
    r"|[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]+[^.\n]{0,200}\.)"
    # ... or over its body's sentence: "Kommunstyrelsens beslut Kommunstyrelsen beslutar att avge ...".
    r"|(?<![\wåäö-])(?=[A-ZÅÄÖ])(?=[\wåäö-]++\s+beslut\s)[\wåäö-]{0,40}?" + GENITIVE_HEADS +
    r"\s+beslut\s*:?\s+(?=[A-ZÅÄÖ][\wåäö-]{0,40}?" + DEFINITE_HEADS + r"\s+beslutar\s+"
    r"(?:för\s+[\wåäö-]+\s+räkning\s+)?att\s)"  # ("Arbetsutskottet beslutar för socialnämndens räkning att ...")
    # ... or its att-clauses, the heading run on from the matter's title, not a sentence's subject after a
    # full stop ("... Brottsofferjour Socialnämndens beslut att bevilja ..., att ...", not ". Socialnämndens
    # beslut att ... överklagades").
    r"|(?<![.!?:;]\s)(?<![\wåäö-])(?=[A-ZÅÄÖ])(?=[\wåäö-]++\s+beslut\s+att\s)[\wåäö-]{0,40}?" +
    GENITIVE_HEADS + r"\s+beslut\s+(?=att\s)"
    # ... or in capitals, as a typed paper prints its headings: "KOMMUNSTYRELSENS BESLUT Kommunstyrelsen beslutar
    # att ...", "KOMMUNSTYRELSENS FÖRSLAG TILL KOMMUNFULLMÄKTIGE Kommunfullmäktige beslutar att A, att B"
    r"|(?<![\wåäöÅÄÖ-])(?=[A-ZÅÄÖ])(?=[A-ZÅÄÖ-]++\s+(?:BESLUT|FÖRSLAG)(?![\wÅÄÖ]))[A-ZÅÄÖ-]{0,40}?"
    r"(?:NÄMNDENS|STYRELSENS|FULLMÄKTIGES|UTSKOTTETS|DIREKTIONENS)\s+(?:BESLUT|FÖRSLAG(?:\s+TILL\s+(?:BESLUT|(?:[A-ZÅÄÖ-]+\s+){0,2}?"
    r"[A-ZÅÄÖ-]*(?:NÄMNDEN|STYRELSEN|FULLMÄKTIGE|DIREKTIONEN)))?)\s*:?\s+"
    r"(?=[A-ZÅÄÖ][\wåäö-]{0,40}?" + DEFINITE_HEADS + r"\s+beslutar\s+att\s|1\.\s|att\s)"
    # (after a full stop too when three clauses or more run on after commas, as no sentence's subject has
    # them: "... har sökt. Nämndens beslut att bevilja A ..., att bevilja B ..., att C"; two may be a
    # sentence's: "Nämndens beslut att bevilja X överklagades inte, att ... noteras.")
    r"|(?<=[.!?]\s)(?=[A-ZÅÄÖ])(?=[\wåäö-]++\s+beslut\s+att\s[^.\n]{0,300}?,\s+(?:samt\s+|och\s+)?att\s"
    r"[^.\n]{0,300}?,\s+(?:samt\s+|och\s+)?att\s)[\wåäö-]{0,40}?" +
    GENITIVE_HEADS + r"\s+beslut\s+(?=att\s)"
    # ... or its proposal with no addressee, the deciding body's sentence after it, flattened: "... Kommunstyrelsens
    # förslag Kommunfullmäktige beslutar att A, att B. Beslut ..." (the proposal's clauses, not the decision's reference)
    r"|(?<![\wåäö-])(?=[A-ZÅÄÖ])(?=[\wåäö-]++\s+förslag\s)[\wåäö-]{0,40}?(?:[Nn]ämndens|[Ss]tyrelsens|[Uu]tskottets|[Dd]irektionens)"
    r"\s+förslag\s*:?\s+(?=[A-ZÅÄÖ][\wåäö-]{0,40}?" + DEFINITE_HEADS + r"\s+beslutar\s+att\s)"
    r"|" + BARE_DECISION
    # A motion's proposal in its authors' voice, flattened: "... Vi föreslår regionfullmäktige besluta att A, att B".
    # (or with the verb first, after a lead: "Med hänvisning till ovanstående föreslår vi fullmäktige ...")
    + r"|" + _MOVERS_VOICE + r"(?:\s+att)?\s+(?:kommun|regions?|landstings)?"
    r"fullmäktige(?:\s+(?:besluta|beslutar|att\s+besluta))?\s*:?\s+(?=att\s|1\.\s+att\s|[-–•]\s*att\s)"  # (or dash-led: "- att A, - att B")
    # (or the numbered clauses straight after the verb, each naming the body: "... yrkar vi 1. att
    # kommunfullmäktige ger ...")
    r"|" + _MOVERS_VOICE + r"\s+"
    r"(?=1\.\s+att\s+(?:kommun|regions?|landstings)?fullmäktige\s|1\.\s+att\s)"  # (or any numbered att-clauses: "Vi yrkar därför 1. att kommunen ...")
    # A delegationsbeslut in its officer's voice: "Med stöd av delegationsordningen, punkt 5.2, beslutar
    # jag att A, att B." (the clauses after "jag" are the points; the lead before it has no period to cut on).
    r"|(?<![\wåäö])beslutar\s+jag\s+(?=att\s)"
    # A bare decision heading, or a body deciding or proposing with no heading, before numbered points:
    # "... Ärendet ... Beslut 1. Bygglov beviljas ...", "... Kommunstyrelsen beslutar 1. Exeby IF beviljas ...",
    # "Utskottet föreslår nämnden besluta 1) att ...".
    r"|(?<![\wåäö-])(?:Beslut|BESLUT)\s*:?\s+(?=1[.)]\s)"
    # (the body's heading before it is the match's: "Kommunstyrelsens förslag Kommunstyrelsen föreslår ... 1. ...")
    r"|(?:(?<![\wåäö-])(?=[A-ZÅÄÖ])[\wåäö-]{0,40}?" + GENITIVE_HEADS + r"\s+(?:beslut|förslag)\s+)?"
    r"(?:" + _BOARD_UNNAMED + r")\s+(?:beslutar|föreslår\s+[\wåäö-]+(?:\s+att)?\s+besluta)\s*:?\s+(?=1[.)]\s))"
)
INLINE_DECISION = _INLINE_HEADING  # (the title's cut in a flattened head reads it too)
# What ends an inline proposal: the next section heading, capitalised as a heading is.
_INLINE_END = re.compile(
    r"\s(?:" + sections.alternation(
        sections.BACKGROUND, sections.MATTER, sections.MATTER_DESCRIPTION, sections.DOCUMENTS, sections.CASE_PAPERS,
        sections.ATTACHMENT, sections.ATTACHMENTS, sections.SUMMARY, sections.CHECKED, sections.CHECKING, sections.MOTIONS,
        sections.DECISION_ORDER, sections.DISTRIBUTION, sections.SENT_TO, sections.OFFICER, sections.SIGNATURES,
        sections.NOTICES, sections.APPEAL, sections.MATTER_DESCRIBED, sections.RESERVATION, sections.MINUTES_NOTE,
        sections.SPECIAL_STATEMENT, sections.PROPOSITION_ORDER, r"vid\s+protokollet", r"skäl\s+för\s+beslutet",
        capital=True)
    # (or in capitals, as a typed paper prints its headings: "... föregående säsong. HANDLÄGGARE Eva Ek")
    + "|" + "|".join(sections.in_capitals(h) for h in (
        sections.BACKGROUND, sections.MATTER, sections.MATTER_DESCRIPTION, sections.DOCUMENTS, sections.CASE_PAPERS,
        sections.ATTACHMENT, sections.ATTACHMENTS, sections.SUMMARY, sections.DECISION_ORDER, sections.DISTRIBUTION,
        sections.SENT_TO, sections.OFFICER, sections.SIGNATURES, sections.APPEAL)) + r")(?![\wåäöÅÄÖ])"
    # (and the next item's head after a sentence's end: "... till handlingarna. § 71 ...", "... 2039. BMN § 113 ...")
    r"|(?<=[.!?])\s(?=(?:[A-ZÅÄÖ][A-Za-zåäö]{0,5}\s+){0,2}§\s*\d)"
)
# A lead-in before inline numbered points: "<Body> föreslår <body> besluta att 1. ...".
# (or with no verb before the numbers, each point its own "att": "Kommunstyrelsen föreslår
# kommunfullmäktige 1. att bifalla ..., 2. att anvisa ...")
_INLINE_LEAD_IN = re.compile(r"[A-ZÅÄÖ][^.\n]{0,120}?(?:(?:\batt|\bbesluta|:)\s+(?=1\.\s)|\s(?=1\.\s+att\s))")
# "Nämnden beslutar • att A, • att B": a decision's lead-in before bullet- or dash-led att-clauses goes
# (the clauses are the points, as they are on lines of their own).
_BULLET_LEAD_IN = re.compile(r"[A-ZÅÄÖ][^.\n•]{0,80}?\bbeslutar?\s*:?\s+(?=[-–•]\s*att\s)")
_INLINE_WINDOW = 3000
# The decision's heading after a flattened proposal's sentence: "... handlingarna. Beslut Enligt förslaget."
_DECISION_AFTER = re.compile(r"[.!?][ \t]+(?:Beslut|[A-ZÅÄÖ][\wåäö-]*(?:nämndens|styrelsens|utskottets|fullmäktiges)[ \t]+beslut)"
                             r"[ \t]*:?[ \t]+[A-ZÅÄÖ]")
# A body's decision as att-clauses after commas: "Nämnden beslutar att A, att B." (the lead-in goes).
# (also a proposal's "föreslås besluta att", "föreslår fullmäktige besluta att")
_COMMA_CLAUSES_LEAD = re.compile(r"[A-ZÅÄÖ][^.\n]{0,80}?\bbeslutar?\s+(?:för\s+[\wåäö-]+\s+räkning\s+)?(?=att\s)")
# ... or a body's proposal to another: "Kommunstyrelsen föreslår kommunfullmäktige att A, att B." (inline only).
_PROPOSAL_CLAUSES_LEAD = re.compile(r"[A-ZÅÄÖ][^.\n]{0,80}?\bföreslår\s+[\wåäö-]+\s+(?=att\s)")
_COMMA_ATT = re.compile(r",\s+(?:samt\s+|och\s+)?att\s")  # (", samt att C", ", och att C": the joining word closes the clause before, as printed)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ]|\s*$)")
_LONG_LINE = 300


def _trimmed(segment: str, cuts: list[int]) -> list[tuple[int, int]]:
    """The spans between consecutive cuts, without the blanks at either end."""
    out = []
    for a, b in zip(cuts, cuts[1:]):
        part = segment[a:b]
        out.append((a + len(part) - len(part.lstrip()), b - len(part) + len(part.rstrip())))
    return out


def _first_sentence_end(segment: str, pos: int = 0) -> int:
    stop = _SENTENCE_END.search(segment, pos)
    return stop.start() + 1 if stop else len(segment)


def _comma_clause_parts(segment: str, start: int, end: int) -> list[tuple[int, int]]:
    """The att-clauses from ``start`` to ``end``, each cut where ", att" opens the next."""
    cuts = [start] + [c.end() - 4 for c in _COMMA_ATT.finditer(segment, start, end)] + [end]
    return _trimmed(segment, cuts)


# A decision with no heading above it: a line opening "<Body> beslutar att ...".
_SUBJECT_DECIDES = re.compile(r"[ \t]*(?:" + BOARD_RE.pattern + r")[ \t]+beslutar[ \t]+att\s")
_SUBJECT_LINES = 80  # a decision without a heading stands near the top
_WRAPPED_LINES = 5  # lines a decision's sentence may wrap over


# A body's proposal or decision opening a list of att-clauses with no heading above it:
# "Kommunstyrelsen föreslår kommunfullmäktige besluta" / "Nämnden föreslås besluta" / "Nämnden beslutar" /
# "Styrelsen beslutade".
_SUBJECT_LEADS_IN = re.compile(
    r"[ \t]*(?:" + BOARD_RE.pattern + r")[ \t]+(?:föreslår[ \t]+[\wåäö-]+(?:[ \t]+[\wåäö-]+){0,3}?[ \t]+(?:att[ \t]+)?besluta|"
    r"föreslås[ \t]+besluta|beslutar|beslutade|beslöt)[ \t]*:?[ \t]*$")  # (a protocol's past tense: "Styrelsen beslutade")


def subject_decision(lines: list[tuple[int, int, str]]) -> list[dict]:
    """"Nämnden beslutar att bevilja följande: / - A / - B": one point, the list folded in; or the
    att-clauses or numbered points under "Kommunstyrelsen föreslår kommunfullmäktige besluta"."""
    for i, (start, end, line) in enumerate(lines[:_SUBJECT_LINES]):
        if len(line) < _LONG_LINE and _SUBJECT_LEADS_IN.match(line):
            points = read_points(lines, i)
            if points:
                return points
        if not _SUBJECT_DECIDES.match(line) or len(line) > _LONG_LINE:
            continue
        parts, last, j = [line.strip()], end, i + 1
        # A sentence wrapped over lines ("... beviljar Exeby IF ett" / "bidrag om 20 000 kronor."): read to its end.
        for _s, e, more in lines[i + 1: i + 1 + _WRAPPED_LINES]:
            if re.search(r"[.!?:]$", parts[-1]) or not more.strip() or BULLET_RE.match(more):
                break
            parts.append(more.strip())
            last, j = e, j + 1
        if parts[-1].endswith(":"):
            for _s, e, more in lines[j: j + _SUBJECT_LINES]:
                if BULLET_RE.match(more):
                    parts.append(BULLET_RE.sub("", more, count=1).strip())
                    last = e
                elif more.strip():
                    break
        return [{"number": 1, "text": squash(" ".join(parts)), "span": [start + len(line) - len(line.lstrip()), last]}]
    return []


# A proposal's heading as a label with the proposal after it on its line: "Förslag till beslut: Nämnden antar ...",
# "Beslutsförslag: ...", "Förvaltningens förslag: ...".
_PROPOSAL_LABEL = re.compile(r"[ \t]*(?:" + sections.either_case(sections.PROPOSAL) + "|" + sections.either_case(sections.PROPOSAL_WORD)
                             + r"|(?:[Ff]örvaltningens|FÖRVALTNINGENS)[ \t]+(?:förslag|FÖRSLAG)(?:[ \t]+till[ \t]+beslut)?)[ \t]*:[ \t]*(?=\S)")


def labelled_proposal(lines: list[tuple[int, int, str]]) -> list[dict]:
    """The points after a proposal's label on its own line ("Förslag till beslut: Nämnden antar
    taxan."), read as under a heading: the rest of the line is the list's first line."""
    return _after_label(lines, (_PROPOSAL_LABEL,))


# A decision as a label with the decision after it on its line, as a meeting page sums up each § of a
# protocol: "Beslut: Nämnden godkänner avtalet.", "Nämndens beslut: ...", "Beslutet: ..." (not
# "Beslutsunderlag: ...", "Beslutsinstans: ...": the colon follows the word itself).
_DECISION_LABEL = re.compile(r"[ \t]*(?:[A-ZÅÄÖ][a-zåäö-]+s[ \t]+beslut|[Bb]eslut(?:et)?|BESLUT)[ \t]*:[ \t]*(?=\S)")


def labelled_decision(lines: list[tuple[int, int, str]]) -> list[dict]:
    """The points after a decision's or proposal's label on its line ("Beslut: Regionstyrelsen
    godkänner avtalet."), read as under a heading: an item's decision where no heading is above it."""
    return _after_label(lines, (_DECISION_LABEL, _PROPOSAL_LABEL))


def _after_label(lines: list[tuple[int, int, str]], labels) -> list[dict]:
    """The points after the first line (not a long one) opening with one of ``labels``, tried in order."""
    for k, (start, end, line) in enumerate(lines):
        m = next((m for label in labels if (m := label.match(line))), None) if len(line) < _LONG_LINE else None
        if m:
            return read_points([(start + m.end(), end, line[m.end():])] + list(lines[k + 1:]), 0)
    return []


_PROPOSAL_ALONE = re.compile(r"[ \t]*" + sections.tolerant(sections.PROPOSAL_ALONE) + r"[ \t]*:?[ \t]*", re.I)
_PROPOSES = re.compile(r"(?<![\wåäö])(?:föreslår|föreslås)(?![\wåäö])")


def bare_proposal(lines: list[tuple[int, int, str]]) -> list[dict]:
    """The points under a heading "Förslag" alone whose text proposes ("Förvaltningen föreslår att
    ..."): read by a paper with no other proposal or decision (a promemoria's "Förslag")."""
    for i, (_start, _end, line) in enumerate(lines):
        if not _PROPOSAL_ALONE.fullmatch(line):
            continue
        below = next((ln for _s, _e, ln in lines[i + 1: i + 3] if ln.strip()), "")
        if _PROPOSES.search(below):
            return read_points(lines, i + 1)
    return []


# A point's number after a sentence's punctuation, or after a word when a capital opens its text (the point
# before ended in a list with no stop of its own: "... nettoramar: - Kommunstyrelsen 98,4 mnkr 3. Investeringsbudgeten ...").
_POINT_NUMBER = re.compile(r"(?:^|(?<=[.!?,;]\s)|(?<=[\wåäö)]\s)(?=\d{1,2}[.)]\s+[A-ZÅÄÖ])(?P<word>))(?P<n>\d{1,2})(?P<mark>[.)])\s")
# A word that counts the number after it: "enligt bilaga 2. Nämnden ..." is no point 2.
_COUNTING_WORD = re.compile(r"(?<![\wåäö])(?:bilaga|bilagan|punkt|punkten|sida|sidan|kap|kapitel|avsnitt|paragraf|tabell|nr)\.?\s$", re.I)


def _numbered_parts(segment: str) -> list[tuple[int, int]]:
    """"1. A. 2. B." -> the spans of A and B: each point runs to the next number in order."""
    bounds, want, mark = [], 1, None
    for m in _POINT_NUMBER.finditer(segment):  # "1. anta ..., 2. uppdra ..." ("1) anta ..., 2) uppdra ...")
        if int(m.group("n")) == want and mark in (None, m.group("mark")) and (
                m.group("word") is None or not _COUNTING_WORD.search(segment, max(0, m.start() - 12), m.start())):
            bounds.append((m.start(), m.end()))
            want, mark = want + 1, m.group("mark")
    return [(b[1], bounds[k + 1][0] if k + 1 < len(bounds) else len(segment)) for k, b in enumerate(bounds)]


# A signature's place and date after a flattened proposal: "Norrby den 4 mars 2039", "Exeby 2039-03-04".
_PLACE_AND_DATE = re.compile(r"(?<=[.!?])\s+[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+den)?[ \t]+(?:" + DATE_RE.pattern + r")(?![\wåäö])")
# Signers' names and titles after a flattened proposal's last sentence, to the line's end: "... 2040.
# Eva Ek Socialchef Per Holm Utredare" (a given name and a surname first, no sentence of their own).
# A given name and a surname after a sentence's end ("Holmér": any letters).
_SIGNER_NAME = r"(?<=[.!?])\s+([A-ZÅÄÖ][^\W\d_]+)[ \t]+[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?"
_SIGNERS_AFTER = re.compile(_SIGNER_NAME + r"(?:[ \t]+[\w,()-]+){0,10}?[ \t]*$")


def _signers_after(segment: str, ps: int, pe: int) -> int | None:
    """Where the signatures start in a proposal's last part running to the line's end, or None."""
    for m in _SIGNERS_AFTER.finditer(segment, ps, pe):
        words = segment[m.start(1):pe].split()
        if is_given_name(m.group(1)) and not re.search(r"\d", segment[m.start(1):pe]) and any(
                is_title_word(w.strip(",()")) for w in words[2:]):
            return m.start()
    return None


# A signer's name after the proposal's last sentence, with a page's footer or the next page run on after
# the signature: "... bilaga 1. Eva Ek Miljöchef ____ Miljönämnden, Exeby kommun · 123 45 Exeby".
_SIGNER_RUN_ON = re.compile(_SIGNER_NAME + r"(?=[ \t])")


def _signer_run_on(segment: str, ps: int, pe: int) -> int | None:
    """Where a signer's name starts after the proposal's last sentence (a given name, a surname, and
    a job title among the next words, or a second signer's name and then a title), or None."""
    for m in _SIGNER_RUN_ON.finditer(segment, ps, pe):
        words = segment[m.end():pe].split()[:4]
        if is_given_name(m.group(1)) and any(is_title_word(w.strip(",()")) for w in words):
            return m.start()
    return None


_BROKEN_BLOCK_LINES = 4  # lines of a block, at least, before it is read as one broken line
_BROKEN_LINE_CHARS = 25  # each of its lines but the last a line of text, no menu's or list's short line


def _broken_blocks(body: str, lines: list[tuple[int, int, str]]):
    """Runs of adjacent lines most of which end inside a sentence: a transcript broken into lines
    at odd places ("... föreslår vi" / "kommunfullmäktige att besluta att ..."), read as one line
    (a line break and a space are one character each: the offsets stay the body's)."""
    run: list[tuple[int, int, str]] = []
    for item in list(lines) + [(-1, -1, "")]:
        if run and item[0] == run[-1][1] + 1 and item[2].strip():
            run.append(item)
            continue
        if (len(run) >= _BROKEN_BLOCK_LINES and all(len(ln.strip()) >= _BROKEN_LINE_CHARS for _s, _e, ln in run[:-1])
                and sum(1 for _s, _e, ln in run if re.search(r"[a-zåäö,]$", ln.rstrip())) * 2 > len(run)):
            start, end = run[0][0], run[-1][1]
            joined = body[start:end].replace("\n", " ")
            if len(joined) >= _LONG_LINE:
                yield start, end, joined
        run = [item] if item[2].strip() else []


def inline_points(body: str, lines: list[tuple[int, int, str]], broken: bool = True) -> list[dict]:
    """A proposal inside a flattened line; ``broken``: also inside a block of lines broken at odd places."""
    found = _inline_points(list(lines))
    if not broken:
        return found
    if found and found[-1]["span"][1] < len(body) and body[found[-1]["span"][1]:found[-1]["span"][1] + 1] == "\n":
        # The proposal's line ends inside it ("... enligt bilaga 1," / "att gälla från ... 2. ..."): a text
        # wrapped at a width; read over the line breaks when that gives the same first point and more.
        at = next((k for k, (ls, le, _ln) in enumerate(lines) if le == found[-1]["span"][1]), None)
        if at is not None and at + 1 < len(lines) and lines[at + 1][0] == lines[at][1] + 1 and lines[at + 1][2].strip():
            # (the line and the next one read as one: a line break and a space are one character each)
            s0, e0 = lines[at][0], lines[at + 1][1]
            joined = _inline_points([(s0, e0, body[s0:e0].replace("\n", " "))])
        else:
            joined = _inline_points(list(_broken_blocks(body, lines)))
        if joined and joined[0]["span"][0] == found[0]["span"][0] and (
                len(joined) > len(found) or joined[-1]["span"][1] > found[-1]["span"][1]):
            return joined
        return found
    return found or _inline_points(list(_broken_blocks(body, lines))) or _inline_points(list(_flat_pairs(body, lines)))


def _flat_pairs(body: str, lines: list[tuple[int, int, str]]):
    """A flattened page broken in two: a long line and the line right under it read as one (the
    proposal's heading may open the shorter second line: "... 8 000 kronor." / "Förslag till beslut ...")."""
    for (s0, e0, a), (s1, e1, b) in zip(lines, lines[1:]):
        if len(a) >= _LONG_LINE and s1 == e0 + 1 and b.strip():
            yield s0, e1, body[s0:e1].replace("\n", " ")


def _inline_points(lines: list[tuple[int, int, str]]) -> list[dict]:
    for start, end, line in lines:
        if len(line) < _LONG_LINE:
            continue
        m = _INLINE_HEADING.search(line)
        if not m:
            continue
        sentence_end = _first_sentence_end(line, m.end())
        later = _INLINE_HEADING.search(line, m.end(), min(len(line), sentence_end + 8))  # (room for its lookahead: "1. ")
        if later and later.start() < sentence_end:
            # "Exeby kommun Beslutsförslag Kulturförvaltningen Datum ... Förslag till beslut 1. ...": the
            # first is the head's type word (no sentence under it before the next heading); the proposal
            # is under the second.
            m = later
        stop = _INLINE_END.search(line, m.end(), m.end() + _INLINE_WINDOW)
        seg_end = stop.start() if stop else min(len(line), m.end() + _INLINE_WINDOW)
        segment = line[m.end(): seg_end]
        # "- att A - att B": one point a dash-led att-clause; else the whole proposal is one point.
        lead = _INLINE_LEAD_IN.match(segment)
        bullet_lead = None if lead else _BULLET_LEAD_IN.match(segment)
        lead = lead or bullet_lead
        if lead:  # "Nämnden föreslår fullmäktige besluta att 1. anta ..., 2. uppdra ...": the numbered points
            ps = lead.end()
            segment, m_end = segment[ps:], m.end() + ps
        else:
            m_end = m.end()
        clauses = _COMMA_CLAUSES_LEAD.match(segment) or _PROPOSAL_CLAUSES_LEAD.match(segment)
        if clauses and _COMMA_ATT.search(segment, clauses.end(), clauses.end() + _INLINE_WINDOW):
            # "Nämnden beslutar att A, att B. Skälen ...": att-clauses run on after commas, the
            # last ends with the sentence.
            parts = _comma_clause_parts(segment, clauses.end(), _first_sentence_end(segment, clauses.end()))
        elif (segment.startswith("att ") and not re.search(r"\s[-–•]\s*att\s", segment)
              and _COMMA_ATT.search(segment, 0, first_end := _first_sentence_end(segment))):
            # "att A, att B, samt att C." after a motion's proposal: the clauses end with the sentence
            parts = _comma_clause_parts(segment, 0, first_end)
        elif re.match(r"[-–•]?\s*att\s", segment):
            parts = [(p.start(), p.end()) for p in re.finditer(r"(?:^|(?<=\s))[-–•]?\s*att\s.*?(?=\s[-–•]\s*att\s|$)", segment)]
            if bullet_lead and parts:  # (the decision's last clause ends with its sentence: "... 2039. Beslut ...")
                parts[-1] = (parts[-1][0], _first_sentence_end(segment, parts[-1][0]))
        elif re.match(r"1[.)] ", segment):
            parts = _numbered_parts(segment)
        elif segment[:1] in "•▪" or re.match(r"[-–]\s+[A-ZÅÄÖ]", segment):
            # "... förslag till kommunfullmäktige • A. • B. • C. Bolaget redovisar ...": a bulleted proposal
            # run inline, the last bullet ending with its sentence
            # (or dash-led: "Förslag till beslut - Nämnden godkänner ... - Ersättningen uppgår ...", a dash before a capital)
            cuts = [b.start() for b in re.finditer(r"(?:^|(?<=\s))[•▪](?=\s)" if segment[:1] in "•▪" else r"(?:^|(?<=\s))[-–](?=\s+[A-ZÅÄÖ])", segment)]
            parts = [(a + 1, b) for a, b in zip(cuts, cuts[1:])]
            parts.append((cuts[-1] + 1, _first_sentence_end(segment, cuts[-1] + 1)))
            parts = [(a + len(segment[a:b]) - len(segment[a:b].lstrip()), b) for a, b in parts]
        else:
            parts = [(0, len(segment))]
            decided = _DECISION_AFTER.search(segment)
            if decided:  # "... till handlingarna. Beslut Enligt förslaget.": the decision's heading ends the proposal
                parts = [(0, decided.start() + 1)]
        if len(parts) > 1:
            # "... 2. Taxan gäller från 1 maj. Reservation Per Ek (M) ...": the last of several points ends with
            # its sentence (a list's point is one sentence; what runs on is the next section's text), unless
            # one more whole sentence closes the line ("... 2041. Eva Ek utses till kontaktperson.")
            ps, pe = parts[-1]
            first_end = _first_sentence_end(segment, ps)
            rest = segment[first_end:pe].strip()
            if not (pe == len(segment) and rest.endswith((".", "!", "?")) and _first_sentence_end(rest) == len(rest)):
                parts[-1] = (ps, min(pe, first_end))
        out = []
        for k, (ps, pe) in enumerate(parts, 1):
            signed = _PLACE_AND_DATE.search(segment, ps, pe)
            if signed:  # "... 2039. Norrby den 4 mars 2039 Eva Ek (S)": the signature's place and date end the proposal
                pe = signed.start()
            signers = _signers_after(segment, ps, pe) if k == len(parts) and pe == len(segment) else None
            if signers is not None:  # "... 2040. Eva Ek Socialchef Per Holm Utredare": the signers end it
                pe = signers
            elif k == len(parts):
                signed_by = _signer_run_on(segment, ps, pe)
                if signed_by is not None:  # "... enligt bilaga 1. Eva Ek Miljöchef ____ Exeby kommun · 0123-...": the signer ends it
                    pe = signed_by
            text = squash(re.sub(r"^[-–•]\s*", "", segment[ps:pe]))
            if text:
                out.append({"number": k, "text": text, "span": [start + m_end + ps, start + m_end + pe]})
        if out:
            return out
    return []


# A motion's proposal in its author's voice, inside a line of prose: "Jag föreslår därför att
# kommunfullmäktige ger nämnden i uppdrag att ..." (the that-clause, its "att" kept, is the one point),
# or "Jag yrkar därför att kommunfullmäktige beslutar att A, samt att B." (the att-clauses after the
# lead-in on its line, each a point), up to the sentence's end. A lead-in alone on its line over
# att-clauses on lines of their own is read_points' to read.
_OWN_VOICE_THAT = re.compile(
    r"(?<![\wåäö])(?:[Vv]i|[Jj]ag)\s+(?:föreslår|yrkar)(?:\s+(?:därför|härmed|således))?\s+"
    r"(att\s+(?:kommun|regions?|landstings)?fullmäktige\s+(?:(?P<decides>besluta|beslutar)[ \t]*:?[ \t]+(?=att\s)"
    r"|(?!(?:besluta|beslutar|att)(?![\wåäö]))[a-zåäö]{2,}\s))")
_OWN_VOICE_REACH = 800  # characters the clauses may run to their sentence's end


def own_voice_point(body: str) -> list[dict]:
    """The points of a motion's "Jag föreslår därför att fullmäktige ..." sentence, or []."""
    m = _OWN_VOICE_THAT.search(body)
    if not m:
        return []
    start = m.end(1) if m.group("decides") else m.start(1)
    segment = body[start:min(len(body), start + _OWN_VOICE_REACH)].replace("\n", " ")
    end = _SENTENCE_END.search(segment)
    if end is None:
        return []
    parts = _comma_clause_parts(segment, 0, end.end()) if m.group("decides") else [(0, end.end())]
    return [{"number": k, "text": squash(segment[ps:pe]), "span": [start + ps, start + pe]}
            for k, (ps, pe) in enumerate(parts, 1) if segment[ps:pe].strip()]
