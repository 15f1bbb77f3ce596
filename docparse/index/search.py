"""The query side: a query's words, phrases and identifiers; hits with snippets; the backends opened.

A query is text, never syntax: words (each must occur, inflected or as a compound's part),
"double-quoted phrases" (their words in order), and diarienummer or organisation numbers in any
written form (identifiers.py). Nothing a user types reaches SQL or FTS as syntax.
"""

from __future__ import annotations

import json
import os
import re

from docparse.index import identifiers as ids
from docparse.index.backend import IndexMissing, Query, Result
from docparse.index.terms import WORD_RE, analyse_word, query_terms
from docparse.sv.dnr import LABEL

INDEX_ENV = "DOCPARSE_INDEX"
DEFAULT_DB = "index.sqlite"
MARK = ("[", "]")  # around each matched word in a snippet
SNIPPET_CHARS = 200
_LABELS = re.compile(rf"(?<![\wåäö]){LABEL}\.?:?|(?<![\wåäö])(?:org\.?\s*nr|organisationsnummer|orgnr)\.?:?", re.I)


def parse(text: str, **filters) -> Query:
    """A Query from what a user typed (and the filters as keyword arguments)."""
    found, rest = ids.in_query(text)
    if found:
        rest = _LABELS.sub(" ", rest)  # "dnr KS 2031/77": the label is no word to find
    phrases, words = [], []
    for i, chunk in enumerate(rest.split('"')):
        # Odd chunks stand between quotes; an unbalanced quote leaves its words plain words.
        inside = i % 2 == 1 and i < len(rest.split('"')) - 1
        terms = query_terms(chunk)
        if inside and len(terms) > 1:
            phrases.append(terms)
        else:
            words.extend(t for t in terms if t not in words)
    return Query(words=words, phrases=phrases, identifiers=found, **filters)


def open_backend(db: str | None = None, postgres: str | None = None, *, create: bool = False):
    if postgres:
        from docparse.index.postgres import PostgresBackend

        return PostgresBackend(postgres, create=create)
    from docparse.index.sqlite import SQLiteBackend

    path = db or os.environ.get(INDEX_ENV) or DEFAULT_DB
    return SQLiteBackend(path, create=create)


def search(backend, q: Query) -> Result:
    found = backend.search(q)
    wanted = set(q.words) | {t for p in q.phrases for t in p}
    hits = []
    for h in found.hits:
        snippet, page = make_snippet(h["text"] or "", wanted, h["id_spans"], json.loads(h["pages"] or "[]"))
        hits.append({"id": h["id"], "title": h["title"], "date": h["date"], "board": h["board"],
                     "municipality": h["municipality"], "page": page, "snippet": snippet,
                     "score": round(float(h["score"]), 4)})
    return Result(found.total, hits, found.facets)  # the same counts, its hits with snippets


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): keep offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def matched_words(text: str, wanted: set[str], limit: int = 2000) -> list[tuple[int, int, str]]:
    """Spans of the words of ``text`` whose term, or a compound part, is wanted.

    Stems and parts are substrings of the lower-cased word (Snowball strips suffixes only), so
    only the words around each occurrence of a wanted term need analysing.
    """
    low = _lower(text)
    spans: set[tuple[int, int, str]] = set()
    for term in wanted:
        pos = low.find(term)
        seen = 0
        while pos >= 0 and seen < limit:
            seen += 1
            start = pos
            while start > 0 and (low[start - 1].isalnum()):
                start -= 1
            m = WORD_RE.match(low, start)
            if m:
                word_term, parts = analyse_word(m.group(0))
                if word_term == term or term in parts:
                    spans.add((m.start(), m.end(), term))
                pos = low.find(term, max(m.end(), pos + 1))
            else:
                pos = low.find(term, pos + 1)
    return sorted(spans)


def _page_of(pages: list, offset: int) -> int | None:
    for number, start, end in pages:
        if start is not None and end is not None and start <= offset < end:
            return number
    return pages[-1][0] if pages else None


def make_snippet(text: str, wanted: set[str], id_spans: list, pages: list) -> tuple[str, int | None]:
    """The stretch of ``text`` with the most distinct matches, matched words marked [like this];
    and the page it starts on."""
    marks = [(s, e, "#id") for s, e, _page in id_spans
             if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)]
    marks += matched_words(text, wanted)
    marks.sort()
    # Marks that overlap (an identifier over its own words) become one.
    kept: list[tuple[int, int, str]] = []
    for s, e, term in marks:
        if kept and s < kept[-1][1]:
            if e > kept[-1][1]:
                kept[-1] = (kept[-1][0], e, kept[-1][2])
            continue
        kept.append((s, e, term))
    if not kept:
        cut = text[:SNIPPET_CHARS]
        return _flat(cut) + ("…" if len(text) > SNIPPET_CHARS else ""), _page_of(pages, 0)
    best, best_i = -1, 0
    for i, (s, _e, _t) in enumerate(kept):
        distinct = {t for a, b, t in kept[i:i + 50] if b - s <= SNIPPET_CHARS}  # the query's terms it shows
        if len(distinct) > best:
            best, best_i = len(distinct), i
    first = kept[best_i][0]
    start = max(0, first - SNIPPET_CHARS // 4)
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    end = min(len(text), start + SNIPPET_CHARS)
    while end < len(text) and text[end].isalnum():
        end += 1
    out, pos = [], start
    for s, e, _t in kept:
        if s < start or e > end:
            continue
        out += [text[pos:s], MARK[0], text[s:e], MARK[1]]
        pos = e
    out.append(text[pos:end])
    snippet = ("…" if start > 0 else "") + _flat("".join(out)) + ("…" if end < len(text) else "")
    return snippet, _page_of(pages, first)


def _flat(text: str) -> str:
    return " ".join(text.split())


__all__ = ["IndexMissing", "Query", "Result", "open_backend", "parse", "search"]
