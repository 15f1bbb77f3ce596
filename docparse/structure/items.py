"""Items of a multi-matter document: a protocol's §§, an agenda's numbered ärenden.

Placeholder interface; the finder is built on its own branch.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Item:
    """One matter: its number as printed (without "§"/"Ärende"), heading, own dnr, decisions.

    Spans are (start, end) offsets into the document text; ``span`` covers the whole item.
    """

    number: str | None
    title: str
    dnr: str | None
    span: tuple[int, int]
    title_span: tuple[int, int] | None = None
    dnr_span: tuple[int, int] | None = None
    decision_points: list[dict] = field(default_factory=list)


def find_items(text: str, lines: list[tuple[int, int, str]]) -> list[Item]:
    """Items of ``text`` (the body: furniture blanked, offsets kept); ``lines`` its line spans."""
    return []
