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


_SITE_FOOTER_WORD = re.compile(r"(?:^|[\s_-])(?:site-footer|site_footer|sitefooter)(?:$|[\s_-])", re.I)


def _is_site_footer(el) -> bool:
    """The site's footer, by its element, its role or its class ("<div class="site-footer">")."""
    return (el.tag == "footer" or el.get("role", "").lower() == "contentinfo"
            or bool(_SITE_FOOTER_WORD.search(f"{el.get('class', '')} {el.get('id', '')}")))


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
        if _is_site_footer(el) and el.getparent() is not None and not any(_is_site_footer(a) for a in el.iterancestors()):
            # The site's footer names whose site it is ("Exeby kommun, 123 45 Exeby"): kept as page
            # furniture, as a Word document's footer is, for the letterhead it stands in for.
            footer = " ".join(el.text_content().split())
            if footer:
                blocks.footer.append(footer)
        if el.getparent() is not None:
            _remove(el)
    site = _site_in_title(root)
    if site:
        blocks.header.append(site)
    main = root.find(".//main")
    if main is None:
        found = root.xpath(".//*[@role='main']") or root.findall(".//article")
        main = found[0] if len(found) == 1 else None
    _walk(main if main is not None else (root.find("body") if root.find("body") is not None else root), blocks)
    return blocks


# The page's <title> names the site after the page's own name: "Headline - Exeby kommun",
# "Nyheter | Region Exeland". A browser shows it over the page as a letterhead is printed.
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|]\s+")


def _site_in_title(root) -> str | None:
    """The site's name closing the page's <title> (kept as a header: page furniture, no body text), or None."""
    title = root.find(".//head/title")
    if title is None:
        return None
    parts = _TITLE_SEPARATOR.split(" ".join(title.text_content().split()))
    site = parts[-1] if len(parts) > 1 else ""
    return site if 0 < len(site) <= 60 else None


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


def _list_label(li, counts: dict) -> str:
    """What a browser draws before a list item: its number in an ordered list ("1. ", from the
    list's start or the item's value), a bullet ("• ") in another; a reader copying the page sees
    them, and a numbered proposal or a bulleted one reads as its points. ``counts``: each <ol>'s
    last number so far (one pass, however long the list)."""
    parent = li.getparent()
    if parent is None or parent.tag != "ol":
        return "• " if parent is not None and parent.tag == "ul" else ""
    value = li.get("value", "").strip()
    if value.isdigit():
        n = int(value)
    elif parent in counts:
        n = counts[parent] + 1
    else:
        start = parent.get("start", "1").strip()
        n = int(start) if start.isdigit() else 1
    counts[parent] = n
    return f"{n}. "


def _label_rows(dl) -> list[str]:
    """A definition list of short terms and their values ("<dt>Diarienummer</dt><dd>KS 2041/0131</dd>",
    a meeting system's or e-service's facts) as label rows, "Diarienummer<TAB>KS 2041/0131", the way
    a table of th and td cells reads; [] for a list whose values hold blocks of their own (a glossary's
    paragraphs), read line by line as before."""
    rows: list[str] = []
    for child in dl:
        if not isinstance(child.tag, str):
            continue
        if child.tag not in ("dt", "dd") or any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in child.iterdescendants()):
            return []
        text = " ".join(child.text_content().split())
        if not text:
            continue
        if child.tag == "dd" and rows and rows[-1].endswith("\t"):
            rows[-1] += text
        elif child.tag == "dd" and rows and "\t" in rows[-1]:
            rows[-1] += " " + text  # (a term's second value)
        else:
            rows.append(text + "\t" if child.tag == "dt" else text)
    return [row.rstrip("\t") for row in rows]


def _walk(el, blocks: Blocks) -> None:
    """Collect text into lines: a block element ends the line before and after it."""
    line: list[str] = []
    label: list[str] = []  # a list item's number or bullet, put before its first line of text
    counts: dict = {}  # each ordered list's last number

    def flush(heading: bool = False) -> None:
        if line:
            text = "".join(line)
            if label and text.strip():
                text = label.pop() + text
            blocks.add(text, heading)
            line.clear()

    def visit(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "li":
            flush()
            label[:] = [_list_label(node, counts)]
        rows = _label_rows(node) if tag == "dl" else []
        if rows:
            flush()
            for row in rows:
                blocks.add(row)
            if node.tail and node is not el:
                line.append(node.tail)
            return
        if tag == "br":
            line.append("\n")
        elif tag == "tr":
            flush()
            cells = [" ".join(c.text_content().split()) for c in node if c.tag in ("td", "th")]
            blocks.add("\t".join(c for c in cells if c))
        elif tag in _BLOCKS:
            flush()
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


def read_html(name: str, data: bytes, sha256: str) -> SourceDocument:
    return to_document(name, sha256, "html", html_blocks(name, decode_html(name, data)))
