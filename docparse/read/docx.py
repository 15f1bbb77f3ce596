"""Word documents (.docx), read with python-docx (the maintained reader of the OOXML format; pure
Python on lxml). Paragraphs and tables in the order they stand; a table row is a line with its
cells separated by tabs; headers and footers are page furniture."""

from __future__ import annotations

import io
import re

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.blocks import Blocks, list_number, to_document
from docparse.read.formats import ZIP_ERRORS


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Paragraph text is read from the XML itself, not python-docx's Paragraph.text: that leaves out
# runs inside content controls (w:sdt), which municipal Word templates use for Datum, Dnr and
# the like, and text boxes (letterheads).
_TEXT, _BREAKS = W + "t", {W + "br", W + "cr"}


def _is_heading(p, document) -> bool:
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is None:
        return False
    style_id = style.get(W + "val", "")
    name = _style_names(document).get(style_id, style_id).lower()
    return name.startswith(("heading", "rubrik")) or name in ("title", "titel")


def _style_names(document) -> dict[str, str]:
    """Style id -> name ("Rubrik1" -> "heading 1" in a Swedish Word), read once per document."""
    names = getattr(document, "_docparse_style_names", None)
    if names is None:
        names = {s.style_id: s.name or "" for s in document.styles}
        document._docparse_style_names = names
    return names


class _Numbering:
    """Word's automatic list numbering, which lives in numbering.xml and not in the paragraph's
    text: the "1." or "a)" Word prints before a list paragraph, counted as Word counts it (per
    list, a level's count restarting under a higher level's next item), so a numbered proposal
    reads "1. ...", "2. ..." as it does on the page. A bullet is written "•"."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[str, tuple[str, str, int]]] = {}  # numId -> ilvl -> (numFmt, lvlText, start)
        self.style_num: dict[str, tuple[str, str]] = {}  # style id -> (numId, ilvl) of a list style
        self.counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[str, tuple[str, str, int]]] = {}
        for an in root.iterchildren(W + "abstractNum"):
            lvls = {}
            for lvl in an.iterchildren(W + "lvl"):
                fmt, text, start = lvl.find(W + "numFmt"), lvl.find(W + "lvlText"), lvl.find(W + "start")
                lvls[lvl.get(W + "ilvl", "0")] = (
                    "decimal" if fmt is None else fmt.get(W + "val", "decimal"),
                    "" if text is None else text.get(W + "val", ""),
                    int(start.get(W + "val", "1")) if start is not None and start.get(W + "val", "1").isdigit() else 1)
            abstract[an.get(W + "abstractNumId", "")] = lvls
        for num in root.iterchildren(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.levels[num.get(W + "numId", "")] = abstract.get(ref.get(W + "val", ""), {})
        for style in document.styles.element.iterchildren(W + "style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                self.style_num[style.get(W + "styleId", "")] = _num_pr(num_pr)

    def label(self, p) -> str:
        """The label Word prints before paragraph ``p`` ("1. ", "• "), or ""."""
        if not self.levels:
            return ""
        num_pr = p.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id, ilvl = _num_pr(num_pr)
        else:
            style = p.find(f"{W}pPr/{W}pStyle")
            num_id, ilvl = self.style_num.get("" if style is None else style.get(W + "val", ""), ("", "0"))
        lvls = self.levels.get(num_id)
        if not lvls or ilvl not in lvls:
            return ""  # numId 0 (numbering switched off) or a list Word does not define
        fmt, text, _start = lvls[ilvl]
        if fmt == "bullet":
            return "• "
        level = int(ilvl) if ilvl.isdigit() else 0
        counts = self.counts.setdefault(num_id, {})
        counts[level] = counts.get(level, lvls[ilvl][2] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a higher level's next item restarts the levels under it

        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            f, _t, start = lvls.get(str(k), ("decimal", "", 1))
            return list_number(counts.get(k, start), _WORD_FORMATS.get(f, "1"))

        label = re.sub(r"%([1-9])", number, text).strip()
        return f"{label} " if label else ""


def _num_pr(num_pr) -> tuple[str, str]:
    num_id, ilvl = num_pr.find(W + "numId"), num_pr.find(W + "ilvl")
    return ("" if num_id is None else num_id.get(W + "val", ""), "0" if ilvl is None else ilvl.get(W + "val", "0"))


# Word's number formats by ODF's codes (list_number's); any other is drawn as digits.
_WORD_FORMATS = {"lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I"}


def _paragraph_text(p, boxes: list) -> str:
    """A paragraph's text; text boxes inside it are set aside in ``boxes`` (read after it)."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag == _TEXT:
                out.append(child.text or "")
            elif tag == W + "tab":
                out.append("\t")
            elif tag in _BREAKS:
                out.append("\n")
            elif tag == W + "txbxContent":
                boxes.append(child)
            elif tag in (MC_FALLBACK, W + "del", W + "instrText", W + "footnoteReference"):
                continue  # a duplicate of the Choice, deleted text, a field's code
            elif isinstance(tag, str):
                walk(child)

    walk(p)
    return "".join(out)


def _table_rows(tbl) -> list[str]:
    """A table's rows as lines, cells separated by tabs (a merged cell is one w:tc in the XML;
    a nested table's text stays inside its cell)."""
    rows = []
    for tr in tbl.iterchildren(W + "tr"):
        cells = []
        for tc in tr.iterchildren(W + "tc"):
            boxes: list = []
            cells.append(" ".join(" ".join(_paragraph_text(p, boxes) for p in tc.iter(W + "p")).split()))
        if any(cells):
            rows.append("\t".join(cells).strip("\t"))
    return rows


def _body(element, blocks: Blocks, document) -> None:
    """Paragraphs and tables of a body, header or footer, in document order; content controls
    and text boxes opened."""
    for child in element:
        tag = child.tag
        if tag == W + "p":
            boxes: list = []
            text = _paragraph_text(child, boxes)
            if text.strip():
                text = _numbering_of(document).label(child) + text
            blocks.add(text, _is_heading(child, document))
            for box in boxes:
                _body(box, blocks, document)
        elif tag == W + "tbl":
            for row in _table_rows(child):
                blocks.add(row)
        elif tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "smartTag"):
            _body(child, blocks, document)


def _numbering_of(document) -> _Numbering:
    numbering = getattr(document, "_docparse_numbering", None)
    if numbering is None:
        numbering = document._docparse_numbering = _Numbering(document)
    return numbering


def _furniture(parts, document) -> list[str]:
    lines: list[str] = []
    for part in parts:
        if part is None or part.is_linked_to_previous:
            continue
        sub = Blocks()
        _body(part._element, sub, document)
        lines += [b.text for b in sub.body]
    return lines


def read_docx(name: str, data: bytes, sha256: str) -> SourceDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = Blocks()
        _body(document.element.body, blocks, document)
        for section in document.sections:
            headers = [section.header]
            footers = [section.footer]
            if section.different_first_page_header_footer:
                headers.append(section.first_page_header)
                footers.append(section.first_page_footer)
            if document.settings.odd_and_even_pages_header_footer:
                headers.append(section.even_page_header)
                footers.append(section.even_page_footer)
            blocks.header += _furniture(headers, document)
            blocks.footer += _furniture(footers, document)
    except InputFileError:
        raise
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, *ZIP_ERRORS) as err:
        raise InputFileError(name, f"is a corrupt Word document (.docx): {type(err).__name__}") from None
    except Exception as err:  # lxml's XMLSyntaxError and zipfile's errors from a damaged package
        if type(err).__module__.startswith(("lxml", "zipfile")):
            raise InputFileError(name, "is a corrupt Word document (.docx)") from None
        raise
    return to_document(name, sha256, "docx", blocks)
