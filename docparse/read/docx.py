"""Word documents (.docx), read with python-docx (the maintained reader of the OOXML format; pure
Python on lxml). Paragraphs and tables in the order they stand; a table row is a line with its
cells separated by tabs; headers and footers are page furniture."""

from __future__ import annotations

import io

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.blocks import Blocks, to_document
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
            blocks.add(_paragraph_text(child, boxes), _is_heading(child, document))
            for box in boxes:
                _body(box, blocks, document)
        elif tag == W + "tbl":
            for row in _table_rows(child):
                blocks.add(row)
        elif tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "smartTag"):
            _body(child, blocks, document)


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
