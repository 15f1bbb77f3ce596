"""Structured documents (HTML, DOCX, ODT, RTF, e-mail) as lines: what their readers share.

A reader turns its format's blocks into ``Block``s; ``to_document`` lays them out the way a
word processor's "save as plain text" does: one paragraph a line, a table row a line with its
cells separated by tabs, and a blank line before each heading so sections stand apart. Headers
and footers (page furniture) go first and last and are marked as furniture, so the clean stage
masks them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docparse.document import Page, SourceDocument
from docparse.errors import InputFileError
from docparse.read.text import normalise

_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@dataclass
class Block:
    text: str
    heading: bool = False


@dataclass
class Blocks:
    """What a reader found: the body, and the headers and footers printed on every page."""

    body: list[Block] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, text: str, heading: bool = False) -> None:
        text = tidy(text)
        if text:
            self.body.append(Block(text, heading))


def tidy(text: str) -> str:
    """One block's text: runs of spaces (non-breaking too) as one, no space at line ends;
    line breaks inside a block (Word's Shift+Enter, <br>) kept."""
    lines = [_SPACES.sub(" ", ln).strip() for ln in normalise(text).split("\n")]
    return "\n".join(ln for ln in lines if ln) if len(lines) > 1 else lines[0]


def to_document(name: str, sha256: str, kind: str, blocks: Blocks) -> SourceDocument:
    parts: list[str] = []
    furniture: list[tuple[int, int]] = []
    pos = 0

    def put(text: str, is_furniture: bool = False) -> None:
        nonlocal pos
        if is_furniture:
            furniture.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text)

    for line in _unique(blocks.header):
        put(line, True)
        put("\n")
    for i, block in enumerate(blocks.body):
        if block.heading and (i or parts):
            put("\n")
        put(block.text)
        put("\n")
    for line in _unique(blocks.footer):
        put(line, True)
        put("\n")
    text = "".join(parts)
    if not "".join(b.text for b in blocks.body).strip():
        raise InputFileError(name, f"has no text ({kind.upper()} with an empty body)")
    return SourceDocument(path=name, sha256=sha256, input_kind=kind,
                          pages=[Page(number=1, text=text, method="text")],
                          warnings=list(blocks.warnings), furniture=furniture)


def _unique(lines: list[str]) -> list[str]:
    """Each furniture line once (the first page's, odd and even pages' headers are often alike)."""
    seen, out = set(), []
    for line in lines:
        for ln in tidy(line).split("\n"):
            if ln and ln not in seen:
                seen.add(ln)
                out.append(ln)
    return out


def list_number(n: int, kind: str) -> str:
    """The ``n``th label of a numbered list as a word processor draws it, by ODF's format code: "1"
    digits, "a"/"A" letters, "i"/"I" roman numerals (Word's lowerLetter, upperRoman ... map to these)."""
    if kind in ("a", "A"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if kind == "A" else letter
    if kind in ("i", "I"):
        roman = ""
        for value, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while n >= value:
                roman, n = roman + digits, n - value
        return roman.upper() if kind == "I" else roman
    return str(n)
