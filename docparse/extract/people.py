"""People: case officers (handläggare), contact persons and signatories, with title, phone, e-mail.

Found by layout, not by a list of names: a name line followed by a title line (columns of a
signature block split on wide gaps), a name after a signature rule ("_____"), "Name, Title"
lines, and the lines under a "Handläggare" label.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from docparse.extract.patterns import split_cells, squash

_MODELS = Path(__file__).resolve().parents[2] / "models"
# Capitalised words in Latin script (À-Þ and à-ÿ cover "Ragnhildur", "Jónsdóttir", "Øster").
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
NAME_RE = re.compile(rf"^{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}$")
_PHONE = re.compile(r"(?:tel(?:efon)?|tfn|mobil|direkt)\.?\s*:?\s*(\+?[\d][\d \-]{5,}\d)", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SIGNATURE_RULE = re.compile(r"^\s*_{4,}\s*$")
# "Ort den     /     2023", "Exempelstad 2021-03-04": the place and date line of a signature.
_SIGNATURE_PLACE_DATE = re.compile(r"^\s*[A-ZÅÄÖ][a-zåäö]+(?:\s+den)?\s+[\d\s/.-]*(?:19|20)\d{2}(?:-\d{2}-\d{2})?\s*$")
_LABEL = re.compile(r"^\s*(handläggare|kontaktperson(?:er)?|föredragande|sekreterare|justerare|underskrift(?:er)?)\s*:?\s*(.*)$", re.I)
_ROLE_BY_LABEL = {"handläggare": "handläggare", "kontaktperson": "contact", "kontaktpersoner": "contact",
                  "föredragande": "föredragande", "sekreterare": "sekreterare", "justerare": "justerare",
                  "underskrift": "signatory", "underskrifter": "signatory"}
_TITLE_PREFIX = re.compile(r"^(?:bitr\.|biträdande|tf\.|t\.f\.|vice|ställföreträdande|stf\.|förste|1:e)\s+", re.I)
# Words that make a capitalised pair an organisation or a place, not a person.
_NOT_NAME_WORDS = {
    "kommun", "stad", "region", "nämnd", "förvaltning", "styrelse", "partnerskap", "offentligt",
    "idéburet", "sverige", "bilaga", "bilagor", "telefon", "sida", "dnr", "datum",
    "för", "till", "och", "med", "den", "det", "namnförtydligande", "underskrift", "ort",
}


@lru_cache(maxsize=1)
def title_heads() -> tuple[str, ...]:
    lines = (_MODELS / "titles.txt").read_text(encoding="utf-8").splitlines()
    heads = tuple(sorted({ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#")}, key=len, reverse=True))
    if not heads:
        from docparse.errors import ModelDataError

        raise ModelDataError("models/titles.txt has no titles")
    return heads


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    return re.compile(rf"(?:{'|'.join(map(re.escape, title_heads()))})$")


def is_title(text: str) -> bool:
    """A job title: its first word (after "Bitr.", "Tf." ...) ends with a title head."""
    s = _TITLE_PREFIX.sub("", text.strip())
    words = s.split()
    if not words or len(words) > 6:
        return False
    first = re.sub(r"[^\wåäö]", "", words[0].lower())
    return bool(_title_re().search(first))


def is_name(text: str) -> bool:
    s = text.strip().rstrip(",")
    if not NAME_RE.match(s):
        return False
    words = [w.lower() for w in s.split()]
    if any(w in _NOT_NAME_WORDS or w.endswith(("nämnden", "förvaltningen", "kommun", "styrelsen")) for w in words):
        return False
    return not is_title(s)


def _split_titles(line: str) -> list[str]:
    """One line holding several titles side by side: "Socialdirektör Bitr. förvaltningschef"."""
    words = line.split()
    titles: list[list[str]] = []
    for w in words:
        starts_new = bool(_TITLE_PREFIX.match(w + " ")) or (is_title(w) and titles and is_title(" ".join(titles[-1])))
        if not titles or starts_new:
            titles.append([w])
        else:
            titles[-1].append(w)
    return [" ".join(t) for t in titles]


def _given_name_score(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "sv")


def _split_names(words: list[str]) -> list[str] | None:
    """Split a run of capitalised words into two names of 2-3 words, the second starting at
    the likeliest given name (given names are common words; surnames mostly are not)."""
    if 4 <= len(words) <= 6:
        best = None
        for k in range(2, len(words) - 1):
            if not (2 <= k <= 3 and 2 <= len(words) - k <= 3):
                continue
            score = _given_name_score(words[k])
            if best is None or score > best[0]:
                best = (score, k)
        if best:
            k = best[1]
            return [" ".join(words[:k]), " ".join(words[k:])]
    return None


def _squeezed_pair(body: str, line_start: int, line: str, next_line: str, role: str) -> list[dict]:
    """Two signature columns that OCR squeezed onto one line each: "Anna Berg Per Lind" over
    "Socialdirektör Ekonomichef"."""
    words = line.split()
    if not 4 <= len(words) <= 6 or not all(re.fullmatch(_NAME_WORD, w) for w in words):
        return []
    titles = _split_titles(next_line.strip())
    if len(titles) != 2 or not all(is_title(t) for t in titles):
        return []
    names = _split_names(words)
    if not names or not all(is_name(n) for n in names):
        return []
    out, pos = [], body.index(words[0], line_start)
    for name, title in zip(names, titles):
        off = body.index(name.split()[0], pos)
        out.append(_person(name, title, role, off))
        pos = off + len(name)
    return out


def _person(name: str, title: str | None, role: str | None, start: int) -> dict:
    """A person found at offset ``start``; the span covers the name without trailing commas."""
    if title is None and role == "handläggare":
        title = "Handläggare"  # the label is the title the document gives them
    name = name.rstrip(", ")
    span = [start, start + len(name)]
    return {"name": squash(name).rstrip(","), "title": squash(title) if title else None, "role": role, "phone": None, "email": None, "span": span}


def _next_nonblank(lines, i: int, limit: int = 3) -> int | None:
    j = i + 1
    while j < len(lines) and j <= i + limit:
        if lines[j][2].strip():
            return j
        j += 1
    return None


def extract_people(ctx) -> list[dict]:
    lines = ctx.lines
    people: list[dict] = []
    label_role: str | None = None
    last_rule = -10
    n_lines = len(lines)
    for i, (start, end, line) in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if _SIGNATURE_RULE.match(s) or _SIGNATURE_PLACE_DATE.match(s):
            last_rule = i  # a name just below signs (OCR often loses the rule itself)
            continue
        label = _LABEL.match(s)
        if label:
            label_role = _ROLE_BY_LABEL.get(label.group(1).lower())
            rest = label.group(2).strip()
            if rest and is_name(rest.split(",")[0]):
                name = rest.split(",")[0]
                off = start + line.index(name)
                people.append(_person(name, None, label_role, off))
            continue
        if not s[0].isupper() or len(s) > 120:
            if label_role and not _PHONE.search(s) and not _EMAIL.search(s):
                label_role = None
            continue
        # "Name, Title, Organisation" on one line.
        parts = [p.strip() for p in s.split(",")]
        if len(parts) >= 2 and is_name(parts[0]) and is_title(parts[1]):
            off = start + line.index(parts[0])
            people.append(_person(parts[0], parts[1], label_role or "contact", off))
            continue
        cells = split_cells(line)
        j = _next_nonblank(lines, i)
        next_line = lines[j][2] if j is not None else ""
        name_cells = [(o, c) for o, c in cells if is_name(c)]
        if name_cells and len(name_cells) == len(cells):
            title_cells = [c for _, c in split_cells(next_line)] if next_line else []
            if len(title_cells) == 1 and len(name_cells) > 1:
                title_cells = _split_titles(title_cells[0])
            titles = [t if is_title(t) else None for t in title_cells]
            has_title = any(titles)
            role = label_role
            if i - last_rule <= 3:
                role = "signatory"
            elif has_title and role is None:
                role = "signatory" if i > n_lines * 0.5 else "contact"
            if not has_title and role is None:
                continue
            for k, (off, cell) in enumerate(name_cells):
                title = titles[k] if k < len(titles) else None
                people.append(_person(cell, title, role, start + off))
            continue
        if len(cells) == 1 and next_line:
            role = "signatory" if i > n_lines * 0.5 or i - last_rule <= 3 else (label_role or "signatory")
            people.extend(_squeezed_pair(ctx.body, start, s, next_line, role))
        if label_role and not is_name(s.rstrip(",")) and not _PHONE.search(s) and not _EMAIL.search(s):
            label_role = None  # the label's block has ended
    _attach_contacts(ctx, people)
    return _dedupe(people)


def _attach_contacts(ctx, people: list[dict]) -> None:
    """Phone and e-mail from the few lines after each person's name (before the next person)."""
    body = ctx.body
    ordered = sorted(people, key=lambda p: p["span"][0])
    for k, p in enumerate(ordered):
        window_end = p["span"][1] + 160
        if k + 1 < len(ordered):
            window_end = min(window_end, max(p["span"][1], ordered[k + 1]["span"][0]))
        window = body[p["span"][1]:window_end]
        phone = _PHONE.search(window)
        if phone:
            p["phone"] = squash(phone.group(1))
        email = _EMAIL.search(window)
        if email:
            p["email"] = email.group(0)


def _dedupe(people: list[dict]) -> list[dict]:
    out: dict[str, dict] = {}
    for p in people:
        key = p["name"].casefold()
        if key in out:
            kept = out[key]
            for field in ("title", "phone", "email", "role"):
                if not kept.get(field) and p.get(field):
                    kept[field] = p[field]
        else:
            out[key] = p
    return list(out.values())
