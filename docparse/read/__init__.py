"""Readers: any supported input in, a SourceDocument of raw page texts out.

The file type is decided by content (magic bytes), never by extension.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.limits import DEFAULT as DEFAULT_LIMITS
from docparse.read.limits import Limits, check_text_over, check_text_size

# Larger inputs are refused rather than read into memory whole.
MAX_INPUT_BYTES = 2 * 1024**3


def sniff(head: bytes) -> str:
    """Kind of input by its first bytes (16 are enough for the binary formats; HTML and e-mail
    need the first few kilobytes): 'pdf', 'image', 'zip' (DOCX, ODT or a ZIP archive: the
    members decide), 'ole' (legacy Word .doc and its Office siblings), 'rtf', 'html', 'eml' or 'text'."""
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-":
        return "pdf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    from docparse.read.formats import sniff_more  # the formats added later, each by its own signature

    return sniff_more(head) or "text"


def read_bytes(path: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The input's bytes, from a file or from stdin ('-'), with errors that name the file.

    A text file over the size limit is refused from its first bytes, before it is read whole."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    try:
        if p.is_dir():
            raise InputFileError(path, "is a directory, not a document")
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputFileError(path, f"too large ({size} bytes)")
        with p.open("rb") as fh:
            if size > limits.max_text_bytes and sniff(fh.read(SNIFF_BYTES)) == "text":
                check_text_size(path, size, limits)
            fh.seek(0)
            return fh.read()
    except FileNotFoundError:
        raise InputFileError(path, "no such file") from None
    except PermissionError:
        raise InputFileError(path, "permission denied") from None
    except OSError as err:
        raise InputFileError(path, f"cannot be read ({err.strerror or err})") from None


# How many bytes sniff() looks at.
SNIFF_BYTES = 4096
_SPOOL_CHUNK = 1 << 20


def spool_stdin(folder: str, limits: Limits = DEFAULT_LIMITS, stream=None) -> str:
    """Copy stdin (or ``stream``) to a new file in ``folder`` in bounded chunks and return its path:
    a worker reads the document from there, as from any file (a PDF page by page), and the command
    never holds it whole. The size limits hold while it streams: a text over --max-size (or any
    input over MAX_INPUT_BYTES) is refused when it passes the limit, not after the whole read."""
    stream = stream if stream is not None else sys.stdin.buffer
    fd, path = tempfile.mkstemp(dir=folder, prefix="stdin-")
    try:
        with os.fdopen(fd, "wb") as out:
            head = b""
            while len(head) < SNIFF_BYTES and (chunk := stream.read(SNIFF_BYTES - len(head))):
                head += chunk
            text = bool(head) and sniff(head) == "text"
            limit = min(limits.max_text_bytes, MAX_INPUT_BYTES) if text else MAX_INPUT_BYTES
            out.write(head)
            size = len(head)
            while size <= limit and (chunk := stream.read(_SPOOL_CHUNK)):
                out.write(chunk)
                size += len(chunk)
        if size > limit:
            if text:
                check_text_over("<stdin>", limits)
            raise InputFileError("<stdin>", f"too large (over {MAX_INPUT_BYTES} bytes)")
    except BaseException:
        os.unlink(path)
        raise
    return path


def _sniff_file(path: str) -> str | None:
    """The kind of a regular file by its first bytes; None when it cannot be opened (read_bytes says why)."""
    try:
        if not Path(path).is_file():
            return None
        with open(path, "rb") as fh:
            return sniff(fh.read(16))
    except OSError:
        return None


def _sha256_file(path: str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except OSError as err:
        raise InputFileError(path, f"cannot be read ({err.strerror or err})") from None
    return digest.hexdigest()


def read(path: str, *, ocr: str = "auto", jobs: int | None = None, data: bytes | None = None,
         limits: Limits | None = None, file: str | None = None) -> SourceDocument:
    """Read one input into pages of raw text.

    ``ocr`` is 'auto', 'always' or 'never' (PDFs and images only); ``jobs`` the number of
    pages OCR'd in parallel; ``limits`` what an input may cost (docparse.read.limits); ``file``
    a file holding the input's bytes when ``path`` only names it (stdin spooled by spool_stdin).
    A ZIP archive or an e-mail holds several documents: read_all reads them.
    """
    limits = limits or DEFAULT_LIMITS
    name = "<stdin>" if path == "-" else str(path)
    src = file if file is not None else (None if path == "-" else str(path))
    if data is None and src is not None and _sniff_file(src) == "pdf":
        # read page by page from the file, hashed in chunks: a large scan is not held whole
        from docparse.read.pdf import read_pdf

        return read_pdf(name, None, _sha256_file(src), ocr=ocr, jobs=jobs,
                        max_pages=limits.max_pdf_pages, file=src)
    if data is None:
        data = read_bytes(src or path, limits)
    if not data:
        raise InputFileError(name, "is empty")
    sha256 = hashlib.sha256(data).hexdigest()
    kind = sniff(data[:SNIFF_BYTES])
    if kind == "pdf":
        from docparse.read.pdf import read_pdf

        return read_pdf(name, data, sha256, ocr=ocr, jobs=jobs, max_pages=limits.max_pdf_pages)
    if kind == "image":
        from docparse.read.image import read_image

        return read_image(name, data, sha256, jobs=jobs)
    if kind != "text":
        from docparse.read.formats import read_format

        return read_format(kind, name, data, sha256)
    from docparse.read.text import read_text

    check_text_size(name, len(data), limits)
    return read_text(name, data, sha256)


def read_all(path: str, *, ocr: str = "auto", jobs: int | None = None, data: bytes | None = None,
             depth: int = 0, limits: Limits | None = None,
             file: str | None = None) -> Iterator[SourceDocument | InputFileError]:
    """Every document of one input: the input itself, or each member of a ZIP archive, or an
    e-mail followed by each of its attachments (``parent`` names the container). A member that
    cannot be read is yielded as its InputFileError, so the others are still processed."""
    from docparse.read.formats import CONTAINER_DEPTH, is_container, members

    limits = limits or DEFAULT_LIMITS
    src = file if file is not None else (None if path == "-" else str(path))
    if data is None and src is not None and _sniff_file(src) == "pdf":
        yield read(path, ocr=ocr, jobs=jobs, limits=limits, file=file)  # page by page: a PDF is no container
        return
    if data is None:
        data = read_bytes(src or path, limits)
    name = "<stdin>" if path == "-" else str(path)
    if not is_container(name, data[:SNIFF_BYTES], data):
        doc = read(path, ocr=ocr, jobs=jobs, data=data, limits=limits)
        yield doc
        parent = doc
    else:
        parent = None
    if parent is not None and parent.input_kind not in ("eml", "msg"):
        return
    if depth >= CONTAINER_DEPTH:
        yield InputFileError(name, f"containers nested more than {CONTAINER_DEPTH} deep are not opened")
        return
    for member, member_data in members(name, data, limits):
        if isinstance(member_data, InputFileError):
            yield member_data
            continue
        try:
            for doc in read_all(member, ocr=ocr, jobs=jobs, data=member_data, depth=depth + 1, limits=limits):
                if isinstance(doc, SourceDocument) and doc.parent is None:
                    doc.parent = name
                yield doc
        except InputFileError as err:
            yield err
