"""The structure stage: what a document is made of, read once, before any field is extracted.

``analyse`` takes the body (page furniture and web chrome blanked, offsets kept) and finds
where the document's own text starts, its type word, header dates, title and items; the
extractors read this object instead of scanning the raw text again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docparse.structure.doctype import TypeWord, as_attested_extract, find_type_word, shape_of
from docparse.structure.header import HEAD_CHARS, HeaderDate, header_dates
from docparse.structure.items import Item, find_items
from docparse.structure.sections import Section, find_sections
from docparse.structure.title import Title, find_title


@dataclass
class Structure:
    start: int  # where the document's own text starts (after a hosting site's wrapper)
    web_title: tuple[str, tuple[int, int]] | None  # the hosting site's title, the last resort
    type_word: TypeWord | None  # the document's word for itself ("PROTOKOLL", "Tjänsteskrivelse")
    shape: str | None  # protocol, agenda, news, or None: what the layout says the document is
    title: Title | None
    dates: list[HeaderDate] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)  # by their headings, in order
    items: list[Item] = field(default_factory=list)


def analyse(text: str, body: str, lines: list[tuple[int, int, str]], masked: list[tuple[int, int, str]]) -> Structure:
    """The structure of one document: ``text`` the record's text, ``body`` the same with
    furniture blanked, ``lines`` the body's line spans, ``masked`` the blanked spans."""
    start = max((e for _s, e, k in masked if k in ("web-wrapper", "web-title")), default=0)
    web_title = next(((re.sub(r"\s+", " ", text[s:e]).strip(), (s, e)) for s, e, k in masked if k == "web-title"), None)
    items = find_items(body, lines)
    furniture = [(s, e) for s, e, k in masked if not k.startswith("web")]
    type_word = as_attested_extract(body, start, find_type_word(body, start, web_title, text, furniture), len(items))
    if type_word is not None and type_word.source == "head" and any(
            i.title_span and i.title_span[0] <= type_word.span[0] < i.title_span[1] for i in items):
        type_word = None  # "Beslut om bidrag till ..." as a listed matter's title: that matter's kind, not the list's
    if (type_word is not None and type_word.source == "head" and type_word.doc_type in ("avtal", "överenskommelse")
            and items and type_word.span[0] > items[0].span[0]):
        type_word = None  # "- Hyresavtal för ..." under a listed matter: that matter's word, not the list's kind
    if type_word is not None and type_word.source == "head" and type_word.doc_type in ("avtal", "överenskommelse"):
        items = []  # an agreement's numbered clauses ("§ 1 Avtalets syfte", "§ 2 Avtalsperiod") are its sections, no matters
    # The clean stage found a web page's chrome in the head (a menu button, a skip link).
    web_page = any(k.startswith("web") and s < start + HEAD_CHARS for s, _e, k in masked)
    # (A page summing up a meeting's decided matters is no agenda, however many it has.)
    shape = shape_of(_without_matter_dnr_lines(body, items), start, sum(1 for i in items if not i.summed_up),
                     web_page, type_word)
    title = find_title(body, lines, start, type_word, shape, web_title, web_page, len(items))
    dates = header_dates(body, start)
    sections = find_sections(lines, len(body))
    return Structure(start, web_title, type_word, shape, title, dates, sections, items)


def _without_matter_dnr_lines(body: str, items: list[Item]) -> str:
    """The body with the lines of a summed-up matter's own dnr blanked ("Diarienummer: RV 2040/1187"
    under its paragraph): a mark of that matter, not of a formal document's head. Offsets kept."""
    spans = [i.dnr_span for i in items if i.summed_up and i.dnr_span]
    if not spans:
        return body
    chars = list(body)
    for s, e in spans:
        line_start = body.rfind("\n", 0, s) + 1
        line_end = body.find("\n", e)
        line_end = len(body) if line_end < 0 else line_end
        chars[line_start:line_end] = " " * (line_end - line_start)
    return "".join(chars)
