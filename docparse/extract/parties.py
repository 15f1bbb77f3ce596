"""Parties to the agreement or decision, with their organisation numbers and roles.

Sources, strongest first: the name printed with an organisation number; the "mellan X och Y"
of an agreement's title; "Offentlig sektor: ..." / "Idéburen sektor: ..." lines; and lists of
named organisations ("organisationerna A, B och C").
"""

from __future__ import annotations

import re

from docparse.extract.orgnr import LABEL as ORGNR_LABEL
from docparse.extract.patterns import MUNICIPALITY_RE, squash, strip_leading_debris

_BULLET = re.compile(r"^\s*(?:[-–•*»·]|\d+[.)])\s*")
_ADDRESS = re.compile(r"^\s*(?:\d{3}\s?\d{2}\s+\S+|.*\b(?:vägen|gatan|väg|gata|torg|plan|box)\s*\d+.*|box\s+\d+.*)$", re.I)
# An e-mail or web address, also with the @ misread by OCR ("annaQexempel.se").
_EMAIL_LIKE = re.compile(r"\S+[@Q]\S+\.[a-z]{2,4}\b|\bwww\.|\.(?:se|nu|com|org)\b")
_STOP_WORDS = {
    "för", "som", "i", "med", "har", "om", "till", "under", "på", "att", "inom", "vid", "samt", "kommer",
    "ska", "är", "var", "genom", "från", "där", "men", "eller", "kring", "enligt", "avseende", "gällande",
}
_LIST_TRIGGER = re.compile(
    r"\b(?:organisation(?:er|erna)|föreningar(?:na)?|aktörer(?:na)?|parter(?:na)?|partnerskap\s+med|"
    r"samverkan\s+med|tillsammans\s+med)\b\s*[,:]?\s*",
    re.I,
)
_SECTOR = re.compile(r"^\s*(offentlig|idéburen|ideell)\s+sektor\s*(?:genom)?\s*:\s*(.*)$", re.I | re.M)


def _common(word: str) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower().strip("!.,"), "sv") >= 3.8


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


def _name_before_orgnr(ctx, start: int) -> str | None:
    """The organisation named before an organisation number on its line, or in the block above."""
    body = ctx.body
    line_start = body.rfind("\n", 0, start) + 1
    before = body[line_start:start]
    before = re.sub(rf"[\s,(:–-]*{ORGNR_LABEL}\s*:?\s*$", "", before, flags=re.I)
    before = _BULLET.sub("", before).strip(" ,(:–-")
    if before:
        segment = re.split(r"[.;:]\s+|\s+(?:med|mellan|och)\s+", before)[-1].strip()
        segment = _trim_item(segment) if len(segment.split()) > 6 else segment
        # "att bevilja Föreningen Solrosen": the name starts at its first capitalised word.
        segment = re.sub(r"^(?:[a-zåäö][\w-]*\s+)+(?=[A-ZÅÄÖ])", "", segment)
        segment = strip_leading_debris(segment)
        return segment if looks_like_org_name(segment) else None
    # A label line of its own: the name heads the address block above it.
    lines = re.split(r"[\n\f]", body[:line_start].rstrip("\n"))
    name = None
    for line in reversed(lines[-8:]):
        s = strip_leading_debris(line.strip())
        if not s:
            continue
        if _EMAIL_LIKE.search(s) or "," in s or len(s) > 60 or s.endswith((".", ",")) and len(s.split()) > 4:
            break  # above the block: a contact line, an e-mail address or body text
        if _ADDRESS.match(s) or re.search(r"\d", s):
            continue
        # The block above the label is strong evidence: any capitalised line but a lone
        # common word (a heading such as "Kontakt") can name the organisation.
        if s[0].isupper() and len(s.split()) <= 6 and not (len(s.split()) == 1 and _common(s)):
            name = s
    return name


def _role(kind_digit: str) -> str | None:
    """Role from the organisation number's group: 2 is the public sector, 7 and 8 associations."""
    if kind_digit == "2":
        return "offentlig"
    if kind_digit in ("7", "8"):
        return "idéburen"
    return None


def extract_parties(ctx) -> list[dict]:
    body = ctx.body
    parties: list[dict] = []

    for org in ctx.fields.get("org_numbers", []):
        name = _name_before_orgnr(ctx, org["span"][0])
        if name:
            s = body.find(name, max(0, org["span"][0] - 400))
            span = [s, s + len(name)] if 0 <= s < org["span"][0] else org["span"]
            parties.append({"name": name, "org_nr": org["value"], "role": _role(org["value"][0]), "span": span})

    # "Överenskommelse ... mellan Exempels kommun och Föreningen X" in the opening lines.
    head = body[: min(len(body), 600)]
    m = re.search(r"\bmellan\s+(.+?)\s+och\s+(.+?)(?:\n\s*\n|$)", head, re.S)
    if m:
        for g in (1, 2):
            name = _trim_item(squash(m.group(g)))
            if looks_like_org_name(name) and not re.match(r"^[a-zåäö]", name):
                parties.append({"name": name, "org_nr": None, "role": None, "span": [m.start(g), m.start(g) + len(name)]})

    for m in _SECTOR.finditer(body):
        role = "offentlig" if m.group(1).lower() == "offentlig" else "idéburen"
        value = m.group(2)
        value = value.rsplit(":", 1)[-1]  # "Ingående organisationer ... är: Föreningen X"
        for item in _split_list(value):
            if looks_like_org_name(item):
                s = body.find(item, m.start(2))
                parties.append({"name": item, "org_nr": None, "role": role, "span": [s, s + len(item)]})

    for m in _LIST_TRIGGER.finditer(body):
        items = _split_list(body[m.end(): m.end() + 300])
        if len(items) >= 2 and all(looks_like_org_name(i) for i in items):
            for item in items:
                s = body.find(item.split()[0], m.end())
                parties.append({"name": item[0].upper() + item[1:], "org_nr": None, "role": None, "span": [s, s + len(item)]})

    return _merge(parties)


def _merge(parties: list[dict]) -> list[dict]:
    """One entry per organisation: fuzzy-equal names merge, keeping org numbers and roles."""
    from rapidfuzz import fuzz

    out: list[dict] = []
    for p in parties:
        key = p["name"].casefold()
        for q in out:
            same_nr = p["org_nr"] and q["org_nr"] and p["org_nr"] == q["org_nr"]
            if same_nr or (fuzz.ratio(key, q["name"].casefold()) >= 90 and not (p["org_nr"] and q["org_nr"])):
                q["org_nr"] = q["org_nr"] or p["org_nr"]
                q["role"] = q["role"] or p["role"]
                if q["name"][:1].islower() and p["name"][:1].isupper():
                    q["name"] = p["name"]
                break
        else:
            out.append(dict(p))
    return out
