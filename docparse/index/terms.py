"""Swedish search terms, computed once in Python so that SQLite and PostgreSQL index the same terms.

A word is lower-cased (å, ä and ö stay letters: "får" is not "far"), stemmed with Snowball's Swedish
stemmer (PyStemmer), and a compound also gives its parts ("byggnadsnämnden" -> "byggnad", "nämnd"),
split with the compound flags hunspell-sv gives the lexicon (docparse/sv/lexicon.py). Snowball's
Swedish stemmer only strips suffixes, so a word's stem and its parts' stems are substrings of the
lower-cased word: search.py finds matches in the text by that.
"""

from __future__ import annotations

import re
from functools import lru_cache

from docparse.sv.lexicon import BEGIN, END, MIDDLE

WORD_RE = re.compile(r"[^\W_]+")  # letters and digits; everything else separates words
MIN_PART = 3  # shortest compound part trusted (shorter ones split "kommunen" into nonsense)
MIN_SPLIT = 2 * MIN_PART
MAX_PARTS = 4
_CACHE_MAX = 400_000


@lru_cache(maxsize=1)
def _stemmer():
    try:
        import Stemmer
    except ImportError:  # snowballstemmer is the same algorithm in pure Python
        import snowballstemmer

        return snowballstemmer.stemmer("swedish").stemWord
    return Stemmer.Stemmer("swedish").stemWord


@lru_cache(maxsize=1)
def _lexicon():
    from docparse.models import store_for

    return store_for().lexicon


def stem(word: str) -> str:
    """The Snowball Swedish stem of a lower-case word."""
    return _stemmer()(word)


def _part_ok(lex, part: str, need: int) -> bool:
    code = lex.code(part)
    return code is not None and bool(code & need)


def split_compound(word: str) -> list[str] | None:
    """The parts of a lower-case compound ("socialtjänst", "avdelningen"), or None.

    Parts as hunspell-sv's compound flags allow them: a first part that may begin a compound,
    middle parts that may stand inside one, a last part that may end one, each at least
    MIN_PART letters. Fewest parts win, then the split whose rarest part is commonest.
    """
    n = len(word)
    if n < MIN_SPLIT or not word.isalpha():
        return None
    lex = _lexicon()
    best: tuple | None = None  # (number of parts, -min logf, parts)

    def walk(start: int, parts: list[str], min_lf: float) -> None:
        nonlocal best
        if len(parts) >= MAX_PARTS:
            return
        need = BEGIN if not parts else MIDDLE
        for cut in range(start + MIN_PART, n - MIN_PART + 1):
            head = word[start:cut]
            if not _part_ok(lex, head, need):
                continue
            lf = min(min_lf, _logf(lex, head))
            tail = word[cut:]
            if _part_ok(lex, tail, END):
                cand = (len(parts) + 2, -min(lf, _logf(lex, tail)), [*parts, head, tail])
                if best is None or cand[:2] < best[:2]:
                    best = cand
            if best is None or len(parts) + 2 < best[0]:
                walk(cut, [*parts, head], lf)

    walk(0, [], 0.0)
    return best[2] if best else None


def _logf(lex, part: str) -> float:
    code = lex.code(part)
    return (code >> 5) / 100 if code is not None else -9.0


_word_cache: dict[str, tuple[str, tuple[str, ...]]] = {}


def analyse_word(word: str) -> tuple[str, tuple[str, ...]]:
    """(stem, stems of its compound parts) of a lower-case word; cached, as text repeats its words."""
    hit = _word_cache.get(word)
    if hit is not None:
        return hit
    term = stem(word)
    parts: list[str] = []
    split = split_compound(word)
    if split:
        for i, part in enumerate(split):
            last = i == len(split) - 1
            forms = [part]
            # A linking s ("förenings|bidrag"): the part is also its word without it.
            if not last and part.endswith("s") and _lexicon().logf(part[:-1]) is not None:
                forms.append(part[:-1])
            # A long part may itself be a compound ("socialtjänst" -> "social", "tjänst").
            inner = split_compound(part) if len(part) >= MIN_SPLIT else None
            forms.extend(inner or ())
            for form in forms:
                s = stem(form)
                if s != term and s not in parts:
                    parts.append(s)
    result = (term, tuple(parts))
    if len(_word_cache) > _CACHE_MAX:
        _word_cache.clear()
    _word_cache[word] = result
    return result


def words(text: str) -> list[str]:
    """The lower-case words of a text."""
    return WORD_RE.findall(text.lower())


def analyse(text: str) -> tuple[str, str]:
    """(terms, parts) of a text, each a space-separated string: the terms in text order (phrases
    match on them), the compound parts as a bag."""
    get = _word_cache.get
    hits = [get(w) or analyse_word(w) for w in WORD_RE.findall(text.lower())]
    return " ".join([h[0] for h in hits]), " ".join([p for h in hits if h[1] for p in h[1]])


def query_terms(text: str) -> list[str]:
    """The terms of a query's words (no compound parts: "nämnd" finds the parts of others)."""
    return [stem(w) for w in words(text)]
