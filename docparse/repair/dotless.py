"""Abbreviations an OCR engine read without their inner full stops ("bl.a." read "bla.", "t.ex."
read "tex.").

A full stop between two letters is a speck of ink at a scan's resolution and is often lost; the
final one, before a space, stays. Such letters followed by a full stop and a word in lower case
are put back as the abbreviation where the abbreviation list says so (models/sv_dotless.tsv,
built by models/build_dotless.py from counts in training Riksdag text: its letters with a full
stop never stand before a lower-case word there, and rarely as a word of their own).
"""

from __future__ import annotations


def dotless_abbreviations(text: str, tokens: list, models) -> None:
    """Hook of the engine, after the context passes: such a token's choice is the abbreviation
    (without its final stop, which stays as read). Any page; never a protected span (an
    English page is one)."""
    table = models.dotless
    if not table:
        return
    lowered = text.lower()
    table = {k: v for k, v in table.items() if k + ". " in lowered}  # (str.find: a C loop each)
    if not table:
        return  # most texts
    n = len(text)
    for t in tokens:
        dotted = table.get(t.low)
        if dotted is None or t.protected:
            continue
        e = t.end
        if e + 2 < n and text[e] == "." and text[e + 1] == " " and text[e + 2].islower():
            t.choice = (dotted, 1.0, "dotless")
