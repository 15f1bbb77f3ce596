"""OpenDocument text (.odt, LibreOffice's own format), read from its XML with lxml: ODF is a
documented XML format in a ZIP, so a parser is all it takes (odfpy adds a DOM that is slower
and little maintained). Headings, paragraphs and list items as lines, table rows with tab-separated
cells, the master pages' headers and footers as page furniture."""

from __future__ import annotations

import io
import zipfile

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.blocks import Blocks, list_number, to_document
from docparse.read.formats import ZIP_ERRORS

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}
T = "{%s}" % _NS["text"]
S = "{%s}" % _NS["style"]
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


class _Lists:
    """ODF's list numbering, drawn from the list style and not written in the text: the "1." or
    "a)" a word processor prints before a numbered list's item, counted per list (a list that
    continues another goes on counting), so a numbered proposal reads "1. ...", "2. ..." as on
    the page. A bullet is written "•"."""

    def __init__(self, *roots) -> None:
        self.styles: dict[str, dict[int, tuple[str, str, str, int]]] = {}  # name -> level -> (format, prefix, suffix, start)
        for root in roots:
            if root is None:
                continue
            for style in root.iter(T + "list-style"):
                levels = {}
                for lvl in style:
                    level = int(lvl.get(T + "level", "1")) if lvl.get(T + "level", "1").isdigit() else 1
                    if lvl.tag == T + "list-level-style-number":
                        start = lvl.get(T + "start-value", "1")
                        levels[level] = (lvl.get(S + "num-format", "") or "", lvl.get(S + "num-prefix", "") or "",
                                         lvl.get(S + "num-suffix", "") or "", int(start) if start.isdigit() else 1)
                    elif lvl.tag == T + "list-level-style-bullet":
                        levels[level] = ("bullet", "", "", 1)
                self.styles[style.get(S + "name", "")] = levels
        self.last: dict[str, int] = {}  # a style's last number, for a list that continues it

    def label(self, style: str, level: int, count: int) -> str:
        fmt, prefix, suffix, _start = self.styles.get(style, {}).get(level, ("", "", "", 1))
        if fmt == "bullet":
            return "• "
        if fmt not in ("1", "a", "A", "i", "I"):
            return ""  # no number drawn (num-format empty)
        return f"{prefix}{list_number(count, fmt)}{suffix} "


def _collect_list(el, blocks: Blocks, lists: _Lists, style: str, level: int) -> None:
    """A text:list's items, each item's first paragraph after its drawn number or bullet."""
    style = el.get(T + "style-name") or style
    fmt = lists.styles.get(style, {}).get(level, ("", "", "", 1))
    continues = el.get(T + "continue-numbering") == "true" or el.get(T + "continue-list") is not None
    count = lists.last.get(style, fmt[3] - 1) if continues else fmt[3] - 1
    for item in el:
        if item.tag not in (T + "list-item", T + "list-header"):
            continue
        if item.tag == T + "list-item":
            start = item.get(T + "start-value")
            count = int(start) if start and start.isdigit() else count + 1
        label = lists.label(style, level, count) if item.tag == T + "list-item" else ""
        for child in item:
            if child.tag in (T + "p", T + "h"):
                text = _inline(child)
                blocks.add((label + text) if label and text.strip() else text, heading=child.tag == T + "h")
                label = ""  # (an item's further paragraphs go on without it)
            elif child.tag == T + "list":
                _collect_list(child, blocks, lists, style, level + 1)
            else:
                _collect([child], blocks, lists)  # (the child itself: a table, a section)
    lists.last[style] = count


def _collect(el, blocks: Blocks, lists: "_Lists | None" = None) -> None:
    lists = lists or _Lists()
    for child in el:
        tag = child.tag
        if tag == T + "h":
            blocks.add(_inline(child), heading=True)
        elif tag == T + "p":
            blocks.add(_inline(child))
        elif tag == T + "list":
            _collect_list(child, blocks, lists, "", 1)
        elif tag == TB + "table":
            for row in child.iter(TB + "table-row"):
                cells = [" ".join(" ".join(_inline(p) for p in cell.iter(T + "p", T + "h")).split())
                         for cell in row if cell.tag == TB + "table-cell"]
                blocks.add("\t".join(cells).strip("\t"))
        elif tag in (T + "list-item", T + "list-header", T + "section", T + "index-body",
                     T + "table-of-content", "{%s}text" % _NS["office"]):
            _collect(child, blocks, lists)


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
    lists = _Lists(content, styles)
    _collect(body, blocks, lists)
    if styles is not None:
        for kind, target in (("header", blocks.header), ("footer", blocks.footer)):
            for part in styles.iterfind(f".//style:master-page/style:{kind}", _NS):
                sub = Blocks()
                _collect(part, sub, lists)
                target += [b.text for b in sub.body]
    return to_document(name, sha256, "odt", blocks)
