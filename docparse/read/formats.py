"""The formats beyond text, PDF and images, recognised by content: each has its own reader module
(html, docx, odt, rtf, doc, eml, msg, archive); this module only tells them apart and dispatches.

ZIP-based inputs are told apart by their members: word/document.xml is a DOCX, an OpenDocument
mimetype of text an ODT, anything else a ZIP archive whose members are documents of their own.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.limits import DEFAULT, Limits, check_zip

# What a damaged ZIP raises from its directory or a member's data (a bit flipped in a deflate
# stream is a zlib.error; a garbled name a UnicodeDecodeError).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, UnicodeDecodeError, OSError, EOFError, NotImplementedError)
# An archive inside an archive (inside an e-mail ...) is opened this many levels deep.
CONTAINER_DEPTH = 3

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")  # a member first, or an empty archive's end record
# The first tag of an HTML page (after a BOM, white space, an XML declaration, comments, a doctype).
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"(?:<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b|<title\b)",
    re.I | re.S,
)
# RFC 5322 header fields that mark an e-mail (at least two, in the header block).
_MAIL_HEADER = re.compile(
    rb"^(?:from|to|cc|subject|date|message-id|mime-version|received|return-path|content-type|reply-to"
    rb"|x-[a-z-]+|delivered-to|in-reply-to|references|sender):[ \t]",
    re.I,
)
# Office ZIP packages docparse does not read, by a member that only they have.
_OTHER_OFFICE = {
    "xl/workbook.xml": "an Excel workbook (.xlsx)",
    "ppt/presentation.xml": "a PowerPoint presentation (.pptx)",
}


def _looks_like_mail(head: bytes) -> bool:
    block = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    lines = block.splitlines()
    if not lines or not (_MAIL_HEADER.match(lines[0]) or lines[0].startswith(b"From ")):
        return False
    return sum(bool(_MAIL_HEADER.match(ln)) for ln in lines) >= 2


def sniff_more(head: bytes) -> str | None:
    """'zip', 'ole', 'rtf', 'html' or 'eml' by the first bytes, else None."""
    if head.startswith(_ZIP):
        return "zip"
    if head.startswith(_OLE):
        return "ole"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if _HTML_START.match(head):
        return "html"
    if _looks_like_mail(head):
        return "eml"
    return None


def zip_kind(name: str, data: bytes | str) -> str:
    """'docx', 'odt' or 'zip' (an archive of documents), by the package's members; ``data`` is
    the bytes or a file's path (only the archive's directory is read)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                check_zip(name, zf)  # a DOCX bomb is refused by its declared sizes, before unpacking
                return "docx"
            if "mimetype" in names:
                with zf.open("mimetype") as fh:  # at most 100 bytes, whatever the member claims
                    mimetype = fh.read(100).decode("ascii", "replace").strip()
                if mimetype == "application/vnd.oasis.opendocument.text":
                    check_zip(name, zf)  # as a DOCX (an archive's members are checked by archive.py)
                    return "odt"
                if mimetype.startswith("application/vnd.oasis.opendocument."):
                    kind = mimetype.rsplit(".", 1)[-1]
                    raise InputFileError(name, f"unsupported format: OpenDocument {kind}, not a text document")
            for member, what in _OTHER_OFFICE.items():
                if member in names:
                    raise InputFileError(name, f"unsupported format: {what}")
    except ZIP_ERRORS:
        raise InputFileError(name, "is a corrupt or truncated ZIP file (or Office document)") from None
    return "zip"


def is_container(name: str, head: bytes, data: bytes) -> bool:
    """True for a ZIP archive of documents (not a DOCX or ODT, which are one document)."""
    return sniff_more(head) == "zip" and zip_kind(name, data) == "zip"


def read_format(kind: str, name: str, data: bytes, sha256: str) -> SourceDocument:
    """One document of a format this module recognised (``kind`` from sniff_more)."""
    if kind == "zip":
        kind = zip_kind(name, data)
        if kind == "zip":
            raise InputFileError(name, "is a ZIP archive of several documents",
                                 hint="docparse run and batch read each member")
    if kind == "docx":
        from docparse.read.docx import read_docx as reader
    elif kind == "odt":
        from docparse.read.odt import read_odt as reader
    elif kind == "ole":
        from docparse.read.msg import is_msg

        if is_msg(data):
            from docparse.read.msg import read_msg as reader
        else:
            from docparse.read.doc import read_doc as reader
    elif kind == "rtf":
        from docparse.read.rtf import read_rtf as reader
    elif kind == "html":
        from docparse.read.html import read_html as reader
    elif kind == "eml":
        from docparse.read.eml import read_eml as reader
    else:
        raise ValueError(f"unknown kind {kind!r}")
    return reader(name, data, sha256)


def members(name: str, data: bytes, limits: Limits = DEFAULT) -> Iterator[tuple[str, bytes | InputFileError]]:
    """The documents inside a container: a ZIP archive's members (within ``limits``) or an
    e-mail's attachments, each as (its name 'container!member', its bytes or why it cannot be read)."""
    if sniff_more(data[:4096]) == "zip":
        from docparse.read.archive import zip_members

        yield from zip_members(name, data, limits)
    elif sniff_more(data[:4096]) == "eml":
        from docparse.read.eml import attachments

        yield from attachments(name, data)
    elif sniff_more(data[:4096]) == "ole":
        from docparse.read.msg import attachments as msg_attachments, is_msg

        if is_msg(data):
            yield from msg_attachments(name, data)
