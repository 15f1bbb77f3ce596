"""Document-level fields: title, doc_type, municipality, board, own dnr and date."""

from __future__ import annotations

import re
from collections import Counter

from docparse.extract.patterns import DATE_RE, MUNICIPALITY_RE, date_value, fold, label_row_values, squash, strip_leading_debris

DOC_TYPES = [
    "protokollsutdrag", "tjänsteutlåtande", "tjänsteskrivelse", "utlåtande", "överenskommelse", "avtal",
    "protokoll", "kallelse", "missiv", "remiss", "motion", "pressmeddelande", "nyhet", "beslut",
]
_FOLDED_TYPES = {fold(t): t for t in DOC_TYPES}
# Header words that are labels, not titles.
_LABEL_WORDS = re.compile(
    r"^\s*(?:handläggare|till|från|datum|sammanträdesdatum|beslutsdatum|ert\s+datum|vår\s+referens|dnr|diarienummer|vår\s+beteckning|er\s+beteckning|telefon|e-post|"
    r"sida|kopia|mottagare|ärende|beslutsinstans|referens)\b",
    re.I,
)
BOARD_RE = re.compile(
    r"(?<![\w-])((?:[A-ZÅÄÖa-zåäö][a-zåäö]+-(?:,?\s*[a-zåäö]+-)*\s+(?:och|&)\s+)?"
    r"(?:[A-ZÅÄÖ][a-zåäö]+-)?[A-ZÅÄÖa-zåäö][a-zåäö]*(?:nämnd(?:en)?|styrelse(?:n)?|fullmäktige|utskott(?:et)?))(?![\wåäö])"
)
_GENERIC_BOARDS = {"nämnd", "nämnden", "styrelse", "styrelsen", "fullmäktige", "utskott", "utskottet"}
# Cheap anchors for MUNICIPALITY_RE: the full pattern only runs where one of these words stands.
_MUNI_ANCHOR = re.compile(r"kommun|stad|Region")


def _type_pattern(word: str) -> str:
    # å/ä/ö may have been lost or mangled by OCR: any letter may stand in their place.
    return "".join(ch if ch.isascii() else r"[^\W\d_]" for ch in word)


_TYPE_LINE = re.compile(
    r"^[ \t]*(" + "|".join(_type_pattern(t) for t in sorted(DOC_TYPES, key=len, reverse=True)) + r")[ \t]*$",
    re.I | re.M,
)


def _blocks(ctx) -> list[tuple[int, int, list[str]]]:
    """Paragraph blocks of the body: (start, end, lines)."""
    blocks, cur, cur_start, cur_end = [], [], None, None
    for start, end, line in ctx.lines:
        if line.strip():
            if cur_start is None:
                cur_start = start
            cur.append(line.strip())
            cur_end = end
        elif cur:
            blocks.append((cur_start, cur_end, cur))
            cur, cur_start = [], None
    if cur:
        blocks.append((cur_start, cur_end, cur))
    return blocks


_UNIT_LINE = re.compile(r"(?:förvaltning(?:en)?|nämnd(?:en)?|kommun|stad|styrelse(?:n)?|region\s+\w+|kontor(?:et)?|avdelning(?:en)?)$", re.I)


def _is_title_block(lines: list[str]) -> bool:
    text = " ".join(lines)
    if len(text.split()) < 3 or any(_LABEL_WORDS.match(ln) for ln in lines):
        return False
    if any(
        DATE_RE.fullmatch(ln.strip()) or re.match(r"^\d{4}-\d{2}-\d{2}\b", ln)
        or fold(ln.strip(" :")) in _FOLDED_TYPES or re.match(r"^§\s*\d", ln)
        for ln in lines
    ):
        return False  # a header block: type, a date line, a paragraph number
    if len(lines) == 1 and len(text.split()) <= 4 and _UNIT_LINE.search(text.strip()):
        return False  # the name of an office or a board on its own
    if re.search(r"\btelefon\b|@|\b\d{2,4}-\d{2,3}\s?\d{2}", text, re.I):
        return False
    if fold(text) in _FOLDED_TYPES:
        return False
    return not re.match(r"^\d+\.\s", text)


def title(ctx) -> tuple[str | None, list[int] | None]:
    """The first paragraph that reads as a heading; a short one is joined with its "- subtitle"."""
    blocks = _blocks(ctx)
    for k, (start, end, lines) in enumerate(blocks[:12]):
        if not _is_title_block(lines):
            continue
        # OCR breaks blocks apart: a next block starting in lower case continues this one.
        while (
            k + 1 < len(blocks)
            and blocks[k + 1][2][0][:1].islower()
            and not lines[-1].rstrip().endswith((".", ":", ";", "!", "?"))
            and len(lines) < 8
        ):
            k += 1
            lines = lines + blocks[k][2]
            end = blocks[k][1]
        text = strip_leading_debris(squash(" ".join(lines)))
        if len(text.split()) <= 5 and k + 1 < len(blocks) and re.match(r"^[-–]\s", blocks[k + 1][2][0]):
            nxt = squash(" ".join(blocks[k + 1][2]))
            text = f"{text} - {nxt[1:].strip()}"
            end = blocks[k + 1][1]
        return text.rstrip(" ."), [start, end]
    return None, None


def doc_type(ctx) -> tuple[str | None, list[int] | None]:
    """The document type printed in the header (or a running header); else inferred from its shape."""
    text = ctx.text
    head_end = min(len(text), 1500)
    # A type word alone on a line, at the top or in a running header.
    for m in _TYPE_LINE.finditer(text):
        t = _FOLDED_TYPES.get(fold(m.group(1)))
        if t == "beslut":
            continue  # alone on a line, "Beslut" heads the decision section of most types
        if t and (m.start() < head_end or ctx.is_masked(m.start())):
            return t, [m.start(1), m.end(1)]
    t = _FOLDED_TYPES.get(fold(squash(ctx.body[:200]).split(" ")[0])) if ctx.body.strip() else None
    if t:
        s = ctx.body.index(ctx.body.strip()[:3])
        return t, [s, s + len(t)]
    if ctx.fields.get("decision_points") and re.search(r"\bhandläggare\b|förvaltningens\s+förslag", ctx.body, re.I):
        return "tjänsteutlåtande", None
    signed = re.search(r"^\s*(?:underskrift(?:er)?|för\s+[a-zåäö]+nämnden)\b", ctx.body, re.I | re.M) or ctx.fields.get("people") and any(
        p["role"] == "signatory" for p in ctx.fields["people"]
    )
    if signed and len(ctx.fields.get("parties", [])) >= 2:
        # Agreements on idéburet offentligt partnerskap are called överenskommelser.
        if re.search(r"idéburet\s+offentligt\s+partnerskap|överenskommelse", ctx.body, re.I):
            return "överenskommelse", None
        return "avtal", None
    return None, None


def municipality(ctx) -> tuple[str | None, list[int] | None]:
    counts: Counter[str] = Counter()
    first: dict[str, list[int]] = {}
    text = ctx.text
    matches = []
    last = -1
    for anchor in _MUNI_ANCHOR.finditer(text):
        lo = max(0, anchor.start() - 40, last)
        m = MUNICIPALITY_RE.search(text, lo, min(len(text), anchor.end() + 40))
        if m and m.start() >= last:
            matches.append(m)
            last = m.end()
    for m in matches:
        if m.group("region"):
            name = f"Region {m.group('region')}"
        else:
            town = m.group("town")
            if not town.endswith("s") and m.group("kind") == "stad":
                continue
            name = f"{town} {m.group('kind')}"
        counts[name] += 1
        first.setdefault(name, [m.start(), m.end()])
    if not counts:
        return None, None
    name = counts.most_common(1)[0][0]
    return name, first[name]


def board(ctx) -> tuple[str | None, list[int] | None]:
    """The deciding body: the addressee ("Till Socialnämnden"), the subject of the first decision
    point, or the body a signature is given for ("För socialnämnden")."""
    body = ctx.body
    candidates = []
    m = re.search(r"^\s*Till\s*\n?\s*([^\n]+)", body[:2000], re.M)
    if m:
        candidates.append((m.group(1), m.start(1)))
    points = ctx.fields.get("decision_points") or []
    if points:
        candidates.append((points[0]["text"], points[0]["span"][0]))
        # The line that opens the list: "Kommunstyrelsen beslutar".
        above = body.rfind("\n", 0, max(0, points[0]["span"][0] - 1))
        heading = body[body.rfind("\n", 0, max(0, above)) + 1: above]
        if re.search(r"\bbeslutar\b", heading):
            candidates.append((heading.strip(), body.find(heading.strip(), max(0, above - len(heading) - 1))))
    # A board's name alone on a line in the header.
    for m in re.finditer(r"^[ \t]*(\S[^\n]{2,60}?)[ \t]*$", body[:800], re.M):
        if BOARD_RE.fullmatch(m.group(1)):
            candidates.append((m.group(1), m.start(1)))
    for m in re.finditer(r"^\s*För\s+([^\n]+)", body, re.M):
        candidates.append((m.group(1), m.start(1)))
    for text, pos in candidates:
        b = BOARD_RE.search(text[:80])
        if b and b.group(1).lower() not in _GENERIC_BOARDS and b.start() < 40:
            name = b.group(1)
            start = body.find(name, pos)
            return name[0].upper() + name[1:], [start, start + len(name)] if start >= 0 else None
    return None, None


def document_date(ctx, before: int) -> tuple[str | None, list[int] | None]:
    """The document's own date: in a "Datum" label row, after a "Datum" label, or a full date
    alone on a line in the header (before ``before``, the title's start). Reads the dates
    extractor's findings rather than searching again."""
    body = ctx.body
    for label, value, start in label_row_values(body[:3000]):
        if "datum" in label.lower():
            d = DATE_RE.fullmatch(value)
            iso = date_value(d) if d else None
            if iso and len(iso) == 10:
                return iso, [start, start + len(value)]
    full_dates = [d for d in ctx.fields.get("dates", []) if len(d["value"]) == 10]
    m = re.search(r"\b(?:Datum|Sammanträdesdatum|Beslutsdatum)[ \t]*:?[ \t]*\n?[ \t]*", body[:2000])
    if m:
        for d in full_dates:
            if d["span"][0] == m.end():
                return d["value"], d["span"]
    for d in full_dates:
        start, end = d["span"]
        if start >= min(before, 2000):
            break
        line_start = body.rfind("\n", 0, start) + 1
        line_end = body.find("\n", end)
        if not body[line_start:start].strip() and not body[end: len(body) if line_end < 0 else line_end].strip():
            return d["value"], d["span"]
    return None, None


def extract_document(ctx) -> dict:
    t, t_span = title(ctx)
    dt, dt_span = doc_type(ctx)
    mu, mu_span = municipality(ctx)
    bo, bo_span = board(ctx)
    da, da_span = document_date(ctx, before=t_span[0] if t_span else len(ctx.body))
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
