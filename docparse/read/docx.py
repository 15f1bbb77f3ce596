"""Word documents (.docx), read with python-docx (the maintained reader of the OOXML format; pure
Python on lxml). Paragraphs and tables in the order they stand; a table row is a line with its
cells separated by tabs; headers and footers are page furniture."""

from __future__ import annotations

import io

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.blocks import Blocks, to_document


def _is_heading(paragraph) -> bool:
    try:
        style = (paragraph.style.name or "") if paragraph.style is not None else ""
    except (KeyError, ValueError, AttributeError):  # a style id the styles part lacks
        return False
    return style.startswith(("Heading", "Rubrik")) or style == "Title"


def _table_rows(table) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            rows.append("\t".join(cells).strip("\t"))
    return rows


def _body(container, blocks: Blocks) -> None:
    """Paragraphs and tables of a body, header or footer, in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in container.iter_inner_content():
        if isinstance(item, Paragraph):
            blocks.add(item.text, _is_heading(item))
        elif isinstance(item, Table):
            for row in _table_rows(item):
                blocks.add(row)


def _furniture(parts) -> list[str]:
    lines: list[str] = []
    for part in parts:
        if part is None or part.is_linked_to_previous:
            continue
        sub = Blocks()
        _body(part, sub)
        lines += [b.text for b in sub.body]
    return lines


def read_docx(name: str, data: bytes, sha256: str) -> SourceDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = Blocks()
        _body(document, blocks)
        for section in document.sections:
            headers = [section.header]
            footers = [section.footer]
            if section.different_first_page_header_footer:
                headers.append(section.first_page_header)
                footers.append(section.first_page_footer)
            if document.settings.odd_and_even_pages_header_footer:
                headers.append(section.even_page_header)
                footers.append(section.even_page_footer)
            blocks.header += _furniture(headers)
            blocks.footer += _furniture(footers)
    except InputFileError:
        raise
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, OSError) as err:
        raise InputFileError(name, f"is a corrupt Word document (.docx): {type(err).__name__}") from None
    except Exception as err:  # lxml's XMLSyntaxError and zipfile's errors from a damaged package
        if type(err).__module__.startswith(("lxml", "zipfile")):
            raise InputFileError(name, "is a corrupt Word document (.docx)") from None
        raise
    return to_document(name, sha256, "docx", blocks)
