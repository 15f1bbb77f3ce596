"""Where a flattened text's headline stands (a scraper's or a web archive's one-line export of a page).

A flattened web page reads as one long line: its menu, its breadcrumb trail, its headline, its date
label and its body's sentences run together, and the title finder, which reads lines, finds no
heading of its own in it. Two shapes still say where the headline is: a Markdown headline's mark
("# Headline") before it, and a breadcrumb trail before it with the page's date label after it
("Startsida / Nyheter Headline Publicerad 2040-03-02").
"""

from __future__ import annotations

import re

# A text is flattened when a line this long holds its head (a heading is never so long).
FLAT_HEAD = 300
# A line this long is a flattened header or paragraph, not a heading of its own (the title stage's
# measure, and the letterhead's: a first line this long is a flattened head).
FLAT_LINE = 120


def is_flattened(body: str, start: int) -> bool:
    """The head of ``body`` from ``start`` is one long line (a flattened export)."""
    end = body.find("\n", start)
    if end < 0:
        end = len(body)
    return end - start > FLAT_HEAD


# A headline is short: a longer run is a site's menu or a sentence.
_HEADLINE_WORDS = 20
# A news page's date label after its headline: "Publicerad 12 mars 2040", "Uppdaterad: 2040-03-14",
# "Lästid: 2 min", emphasised or not ("*Publicerad 4 juni 2040 · ...*").
_NEWS_LABEL = re.compile(r" [*_]?(?-i:(?=[A-ZÅÄÖ]))(?i:publicerad|uppdaterad|senast\s+uppdaterad|lästid|artikeln\s+publicerades)"
                         r"(?::|\s+(?:den\s+)?\d)")
# A breadcrumb's separator: "Startsida / Nyheter", "Start > Kultur", "Politik › Regionstyrelsen".
# ("« Tillbaka till alla nyheter": a back link after the trail, a crumb of its own)
_CRUMB = re.compile(r"\s+[/>›»«]\s+")
# The Markdown headline's mark: "# Headline" (not a sub-heading's "##").
_MD_HEADLINE = re.compile(r"(?:^|(?<= ))# (?=\S)")
_MD_SUBHEAD = re.compile(r" #{2,6} (?=\S)")
# What ends a Markdown headline run on: a sub-heading's mark, emphasis opening a byline or a date
# ("*Publicerad ...*", "*Exeby kommun · 2040-01-02*"), a head's label, a year and the body's capital.
_MD_END = re.compile(r" (?:#{2,6} |[*_](?=\S)|(?=(?-i:(?=[A-ZÅÄÖ]))(?i:publicerad|uppdaterad|lästid)\b))|(?<=(?<!\d)\d{4}) (?=(?-i:[A-ZÅÄÖ])[a-zåäö])")


def _headline_ok(head: str) -> bool:
    words = head.split()
    return (bool(words) and (head[:1].isupper() or head[:1] in "\"”«") and 2 <= len(words) <= _HEADLINE_WORDS
            and "." not in head.rstrip(".?!") and "[" not in head and "](" not in head and "|" not in head and "·" not in head)


def first_headline(body: str, start: int) -> tuple[int, int] | None:
    """The span of a flattened web page's headline: after a Markdown headline mark up to what ends it,
    or after a breadcrumb's last crumb up to the page's date label ("... / Nyheter Headline Publicerad
    2040-03-02"). None when neither shape is there."""
    stop = min(len(body), start + 3 * FLAT_HEAD)
    md = _MD_HEADLINE.search(body, start, stop)
    # (the clean stage takes the mark opening the text: a Markdown text's sub-headings say what it was)
    opening = start if md is None and _MD_SUBHEAD.search(body, start, stop) else md.end() if md else None
    if opening is not None:
        end = _MD_END.search(body, opening, min(len(body), opening + 250))
        if end and _headline_ok(body[opening:end.start()]):
            return opening, end.start()
        return None
    label = _NEWS_LABEL.search(body, start, stop)
    if not label:
        return None
    crumbs = list(_CRUMB.finditer(body, start, label.start()))
    if not crumbs:
        return None
    s = crumbs[-1].end()
    rest = body[s:label.start()]
    words = rest.split(" ")
    # The last crumb: the words up to the next capital ("Nyheter från regionstyrelsen Regionstyrelsens
    # sammanträde ..."), or a crumb's words repeated as the headline's opening ("Beslut i korthet Beslut
    # i korthet – ...").
    crumb = None
    for n in range(1, min(6, len(words) // 2) + 1):
        if words[:n] == words[n:2 * n]:
            crumb = n
            break
    if crumb is None:
        crumb = 1
        while crumb < len(words) and crumb < 5 and not words[crumb][:1].isupper():
            crumb += 1
    if crumb >= len(words):
        return None
    s += len(" ".join(words[:crumb])) + 1
    # A crumb of the trail repeated before the headline ("> Kommun och politik > ... Kommun och politik
    # Ny gästhamn ..."): the page's section, no part of its headline.
    trail = {" ".join(body[a.end():b.start()].split()) for a, b in zip(crumbs, crumbs[1:])}
    for part in sorted(trail, key=len, reverse=True):
        if part and body.startswith(part + " ", s) and body[s + len(part) + 1: s + len(part) + 2].isupper():
            s += len(part) + 1
            break
    head = body[s:label.start()]
    return (s, label.start()) if _headline_ok(head) else None
