"""HTML pages: the main content, read with lxml's HTML parser (libxml2: fast, and tolerant of the
broken markup council web sites serve). Navigation, site header and footer, breadcrumbs, cookie
banners, forms, scripts and styles are dropped; headings, paragraphs, list items and table rows
become lines."""

from __future__ import annotations

import re

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.blocks import Blocks, to_document

# Never content.
_DROP_TAGS = {"script", "style", "noscript", "template", "nav", "form", "iframe", "svg", "button",
              "select", "option", "input", "textarea", "label", "object", "embed", "canvas", "map", "dialog"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary", "dialog"}
# class/id words of chrome (matched as whole words of the attribute: "breadcrumb-list", "site_footer").
_CHROME_WORD = re.compile(
    r"(?:^|[\s_-])(?:breadcrumbs?|brodsmulor|nav|navbar|navigation|menu|meny|cookies?|cookie-banner|skip|skiplink"
    r"|sidebar|share|social|site-header|site-footer|sitefooter|siteheader|toolbar|pagination|related)(?:$|[\s_-])",
    re.I,
)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Elements whose text is one line (a block); others are inline and flow into their block.
_BLOCKS = _HEADINGS | {"p", "li", "dt", "dd", "blockquote", "pre", "address", "figcaption", "caption",
                       "div", "section", "article", "main", "header", "footer", "ul", "ol", "dl", "table",
                       "tr", "td", "th", "tbody", "thead", "tfoot", "body", "html", "hr", "center", "summary",
                       "details", "fieldset", "legend", "figure"}
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(name: str, data: bytes) -> str:
    """The page's text: its declared charset if Python knows it, else as a text file is decoded."""
    from docparse.read.text import decode

    m = _CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(name, data)


def _is_chrome(el) -> bool:
    if el.tag in _DROP_TAGS:
        return True
    if el.get("role", "").lower() in _DROP_ROLES or el.get("aria-hidden") == "true" or el.get("hidden") is not None:
        return True
    # A page-level header/footer is the site's; one inside an article or main is the document's own,
    # as is an aside there (a news item's contact or fact box).
    if el.tag in ("header", "footer", "aside"):
        return not any(a.tag in ("article", "main") for a in el.iterancestors())
    attrs = f"{el.get('class', '')} {el.get('id', '')}"
    return bool(attrs.strip()) and bool(_CHROME_WORD.search(attrs))


def html_blocks(name: str, html: str) -> Blocks:
    """The main content of a page as blocks (shared with e-mails written in HTML)."""
    import lxml.html
    from lxml import etree

    html = _NOT_XML.sub("", html)  # control characters libxml2 would pass on but lxml cannot set
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError) as err:
        raise InputFileError(name, f"cannot be read as HTML ({err})") from None
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(el)
    blocks = Blocks()
    for el in [el for el in root.iter() if isinstance(el.tag, str) and _is_chrome(el)]:
        if el.tag == "footer" and el.getparent() is not None:
            # The site's footer names whose site it is ("Exeby kommun, 123 45 Exeby"): kept as page
            # furniture, as a Word document's footer is, for the letterhead it stands in for.
            footer = " ".join(el.text_content().split())
            if footer:
                blocks.footer.append(footer)
        if el.getparent() is not None:
            _remove(el)
    main = root.find(".//main")
    if main is None:
        found = root.xpath(".//*[@role='main']") or root.findall(".//article")
        main = found[0] if len(found) == 1 else None
    _walk(main if main is not None else (root.find("body") if root.find("body") is not None else root), blocks)
    return blocks


def _remove(el) -> None:
    """Drop an element but keep its tail text (the text after it belongs to its parent)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _walk(el, blocks: Blocks) -> None:
    """Collect text into lines: a block element ends the line before and after it."""
    line: list[str] = []

    def flush(heading: bool = False) -> None:
        if line:
            blocks.add("".join(line), heading)
            line.clear()

    def visit(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "br":
            line.append("\n")
        elif tag == "tr":
            flush()
            cells = [" ".join(c.text_content().split()) for c in node if c.tag in ("td", "th")]
            blocks.add("\t".join(c for c in cells if c))
        elif tag in _BLOCKS:
            flush()
            number = _ordinal(node) if tag == "li" else None
            if number is not None:
                line.append(f"{number}. ")  # an ordered list's item as a browser shows it: its number first
            if node.text:
                line.append(node.text)
            for child in node:
                visit(child)
            flush(tag in _HEADINGS)
        else:
            if node.text:
                line.append(node.text)
            for child in node:
                visit(child)
        if node.tail and node is not el:
            line.append(node.tail)

    visit(el)
    flush()


def _ordinal(li) -> int | None:
    """The number a browser prints before an item of an ordered list (<ol start="n">, <li value="n">),
    None for an item of another list."""
    parent = li.getparent()
    if parent is None or parent.tag != "ol":
        return None
    number = _int_attr(parent, "start", 1) - 1
    for item in parent:
        if item.tag == "li":
            number = _int_attr(item, "value", number + 1)
        if item is li:
            return number
    return None


def _int_attr(el, name: str, default: int) -> int:
    value = (el.get(name) or "").strip()
    return int(value) if value.isdigit() else default


def read_html(name: str, data: bytes, sha256: str) -> SourceDocument:
    return to_document(name, sha256, "html", html_blocks(name, decode_html(name, data)))
