"""Rich Text Format (.rtf), read with striprtf: a small pure-Python reader, kept up to date, that
follows the RTF control words (code page \\ansicpgN escapes, \\uN Unicode, skipped destinations
such as font tables, pictures and headers). Paragraphs become lines; table cells are separated by tabs."""

from __future__ import annotations

import re

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.blocks import Blocks, to_document

_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
# Header and footer groups: page furniture (their text is taken apart from the body).
_FURNITURE = re.compile(rb"{\\(header|footer)[lrf]?\b")
# Heading styles of the stylesheet ("{\s1 ... Heading 1;}"), and a paragraph set in a style.
_HEADING_STYLE = re.compile(rb"{\\s(\d+)\b[^{};]*?\s(?:heading|rubrik|title|titel)\b[^{};]*;}", re.I)
_PARA_STYLE = re.compile(rb"(\\pard\b(?:\\plain\b)?\s*\\s(\d+))(?=[\\ \r\n])")
# Put before a heading paragraph's text, taken off again after striprtf: a private-use character.
_MARK = "\ue000"


def _groups(data: bytes, start: int) -> int:
    """The end of the brace group opening at ``start`` (escaped braces skipped)."""
    depth, i = 0, start
    while i < len(data):
        c = data[i]
        if c == 0x5C:  # backslash: the next byte is escaped
            i += 2
            continue
        if c == 0x7B:
            depth += 1
        elif c == 0x7D:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(data)


def read_rtf(name: str, data: bytes, sha256: str) -> SourceDocument:
    from striprtf.striprtf import rtf_to_text

    m = _CODEPAGE.search(data[:4096])
    encoding = f"cp{m.group(1).decode()}" if m else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    headings = {m.group(1) for m in _HEADING_STYLE.finditer(data)}
    if headings:
        data = _PARA_STYLE.sub(lambda m: m.group(1) + (b" \\u57344?" if m.group(2) in headings else b""), data)
    # Cut the header and footer groups out, to read them as furniture.
    body, furniture, pos = [], {"header": [], "footer": []}, 0
    for fm in _FURNITURE.finditer(data):
        if fm.start() < pos:
            continue  # inside a group already cut
        end = _groups(data, fm.start())
        body.append(data[pos:fm.start()])
        furniture[fm.group(1).decode()].append(data[fm.end():end - 1])  # inside the braces
        pos = end
    body.append(data[pos:])

    def text_of(chunk: bytes) -> str:
        # RTF is 7-bit ASCII; 8-bit bytes of careless writers are read in the document's code page.
        return rtf_to_text(chunk.decode(encoding, "replace"), encoding=encoding, errors="replace")

    try:
        text = text_of(b"".join(body))
        header = [text_of(b"{\\rtf1 " + g + b"}") for g in furniture["header"]]
        footer = [text_of(b"{\\rtf1 " + g + b"}") for g in furniture["footer"]]
    except (ValueError, IndexError, RecursionError) as err:
        raise InputFileError(name, f"is a corrupt RTF document ({type(err).__name__})") from None
    blocks = Blocks(header=[ln for t in header for ln in t.split("\n")],
                    footer=[ln for t in footer for ln in t.split("\n")])
    for line in text.replace("\r", "").split("\n"):
        heading = _MARK in line
        line = line.replace(_MARK, "")
        # striprtf ends each table cell with "|"; cells as tabs, as the other readers give them.
        if line.count("|") >= 2 and line.rstrip().endswith("|"):
            line = "\t".join(c.strip() for c in line.rstrip().rstrip("|").split("|"))
        blocks.add(line, heading)
    return to_document(name, sha256, "rtf", blocks)
