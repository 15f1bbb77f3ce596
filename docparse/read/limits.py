"""Limits on what one input may cost, checked before the work: each refusal is one InputFileError
naming the file and the limit (exit code 1), so one oversized file never takes a run down.

Readers call the check for their kind: text size (read), PDF pages (read.pdf), and for
archives (ZIP, DOCX, ODT) ``check_archive``/``check_zip`` against zip bombs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from docparse.errors import InputFileError

MB = 1024 * 1024
DEFAULT_TIMEOUT = 600.0  # seconds one document may take (per page while a scan is OCR'd)


@dataclass(frozen=True)
class Limits:
    """The limits of one run; the defaults suit an archive of council documents."""

    max_text_bytes: int = 200 * MB  # a text file (a longer one is a dump, not a document)
    max_pdf_pages: int = 5000
    # an archive's members, unpacked, in all
    max_unpacked_bytes: int = int(os.environ.get("DOCPARSE_ZIP_MAX_BYTES", str(1024 * MB)))
    max_ratio: float = 100.0  # unpacked / packed size of an archive or member (text compresses ~10x)
    max_members: int = 10_000  # documents in one archive


DEFAULT = Limits()


def _mb(n: float) -> str:
    """A size as people read it: "250 MB", "1.5 MB", or bytes under a megabyte."""
    if n < MB:
        return f"{int(n)} bytes"
    return f"{n / MB:.1f}".rstrip("0").rstrip(".") + " MB"


def check_text_size(name: str, size: int, limits: Limits = DEFAULT) -> None:
    if size > limits.max_text_bytes:
        raise InputFileError(name, f"text of {_mb(size)} is over the size limit of {_mb(limits.max_text_bytes)} "
                                   "(--max-size)")


def check_text_over(name: str, limits: Limits = DEFAULT) -> None:
    """A text read from a stream, stopped as it passed the limit: its whole size is not known."""
    raise InputFileError(name, f"text is over the size limit of {_mb(limits.max_text_bytes)} (--max-size)")


def check_pdf_pages(name: str, pages: int, limits: Limits = DEFAULT) -> None:
    if pages > limits.max_pdf_pages:
        raise InputFileError(name, f"PDF of {pages} pages is over the page limit of {limits.max_pdf_pages} "
                                   "(--max-pages)")


def check_archive(name: str, members: Iterable[tuple[str, int, int]], limits: Limits = DEFAULT) -> None:
    """Refuse an archive whose members (member name, packed bytes, unpacked bytes) would unpack out of
    proportion: more than ``max_unpacked_bytes`` in all, or one member or the whole more than
    ``max_ratio`` times its packed size (a zip bomb). Uses the sizes the archive declares; a reader
    that unpacks must still stop at the declared size (zipfile does: it checks CRC and length)."""
    packed_total = unpacked_total = count = 0
    for member, packed, unpacked in members:
        count += 1
        if count > limits.max_members:
            raise InputFileError(name, f"archive has more than the limit of {limits.max_members} members "
                                       "(a zip bomb?)")
        packed_total += packed
        unpacked_total += unpacked
        if unpacked > 1 * MB and unpacked > limits.max_ratio * max(packed, 1):
            raise InputFileError(name, f"archive member {member} unpacks to {_mb(unpacked)}, over "
                                       f"{limits.max_ratio:g} times its packed size (a zip bomb?)")
        if unpacked_total > limits.max_unpacked_bytes:
            raise InputFileError(name, f"archive unpacks to more than the limit of "
                                       f"{_mb(limits.max_unpacked_bytes)} (a zip bomb?)")
    if unpacked_total > 1 * MB and unpacked_total > limits.max_ratio * max(packed_total, 1):
        raise InputFileError(name, f"archive unpacks to {_mb(unpacked_total)}, over {limits.max_ratio:g} "
                                   "times its packed size (a zip bomb?)")


def check_zip(name: str, archive, limits: Limits = DEFAULT) -> None:
    """``check_archive`` on a zipfile.ZipFile (as DOCX, XLSX and ODT files are)."""
    check_archive(name, ((i.filename, i.compress_size, i.file_size) for i in archive.infolist()), limits)
