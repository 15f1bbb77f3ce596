"""OpenDocument text (.odt, LibreOffice's own format), read from its XML with lxml: ODF is a
documented XML format in a ZIP, so a parser is all it takes (odfpy adds a DOM that is slower
and little maintained). Headings, paragraphs and list items as lines, table rows with tab-separated
cells, the master pages' headers and footers as page furniture."""

from __future__ import annotations

import io
import zipfile

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.blocks import Blocks, to_document
from docparse.read.formats import ZIP_ERRORS

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}
T = "{%s}" % _NS["text"]
TB = "{%s}" % _NS["table"]
# Parts of a paragraph that are not its text.
_SKIP = {T + "note", T + "tracked-changes", T + "bookmark-ref-start", T + "sequence-decls",
         "{%s}annotation" % _NS["office"]}


def _inline(el) -> str:
    """A paragraph's text: spans and links flattened, ODF's space, tab and line-break elements."""
    out = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == T + "s":
            out.append(" " * int(child.get(T + "c", "1")))
        elif tag == T + "tab":
            out.append("\t")
        elif tag == T + "line-break":
            out.append("\n")
        elif tag not in _SKIP:
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def _collect(el, blocks: Blocks) -> None:
    for child in el:
        tag = child.tag
        if tag == T + "h":
            blocks.add(_inline(child), heading=True)
        elif tag == T + "p":
            blocks.add(_inline(child))
        elif tag == TB + "table":
            for row in child.iter(TB + "table-row"):
                cells = [" ".join(" ".join(_inline(p) for p in cell.iter(T + "p", T + "h")).split())
                         for cell in row if cell.tag == TB + "table-cell"]
                blocks.add("\t".join(cells).strip("\t"))
        elif tag in (T + "list", T + "list-item", T + "list-header", T + "section", T + "index-body",
                     T + "table-of-content", "{%s}text" % _NS["office"]):
            _collect(child, blocks)


def _manifest(zf: zipfile.ZipFile) -> bytes:
    try:
        return zf.read("META-INF/manifest.xml")
    except KeyError:
        return b""


def read_odt(name: str, data: bytes, sha256: str) -> SourceDocument:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if b"encryption-data" in _manifest(zf):
                raise InputFileError(name, "is an encrypted (password-protected) OpenDocument text")
            content = etree.fromstring(zf.read("content.xml"), parser)
            styles = etree.fromstring(zf.read("styles.xml"), parser) if "styles.xml" in zf.namelist() else None
    except (*ZIP_ERRORS, KeyError, etree.XMLSyntaxError) as err:
        raise InputFileError(name, f"is a corrupt OpenDocument text (.odt): {type(err).__name__}") from None
    blocks = Blocks()
    body = content.find("office:body/office:text", _NS)
    if body is None:
        raise InputFileError(name, "is an OpenDocument file with no text body")
    _collect(body, blocks)
    if styles is not None:
        for kind, target in (("header", blocks.header), ("footer", blocks.footer)):
            for part in styles.iterfind(f".//style:master-page/style:{kind}", _NS):
                sub = Blocks()
                _collect(part, sub)
                target += [b.text for b in sub.body]
    return to_document(name, sha256, "odt", blocks)
