"""Outlook messages (.msg: an OLE2 compound file whose properties are __substg1.0_ streams,
[MS-OXMSG]), read with olefile: the same shape as an e-mail (docparse.read.eml): the subject as
a heading, the sending date, the body (plain text, else the HTML body read as a web page is);
each attachment a document of its own, linked to the message.

olefile (pure Python, BSD) reads the compound file; the few property streams a message needs are
read here, rather than through extract-msg, which pulls a dozen packages (RTF decompression,
HTML and time-zone libraries) for what are a handful of streams."""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.blocks import Blocks
from docparse.read.eml import mail_document

_SUBJECT, _BODY, _HTML = 0x0037, 0x1000, 0x1013
_ATTACH_LONG_NAME, _ATTACH_NAME, _ATTACH_DATA = 0x3707, 0x3704, 0x3701
# PidTagClientSubmitTime, then PidTagMessageDeliveryTime: when the message was sent (received)
_TIMES = (0x0039, 0x0E06)
_PT_SYSTIME = 0x0040
_EPOCH = datetime(1601, 1, 1, tzinfo=timezone.utc)  # a FILETIME counts 100 ns from here


def is_msg(source: bytes | str) -> bool:
    """An OLE2 file (its bytes, or a file's path) that is an Outlook message (docparse.read.doc.ole_kind)."""
    from docparse.read.doc import ole_kind

    return ole_kind(source)[0] == "msg"


def _open(name: str, data: bytes):
    import olefile

    try:
        return olefile.OleFileIO(io.BytesIO(data))  # (bytes under 1,536 olefile would take for a file name)
    except Exception as err:  # olefile raises OSError and its own errors on a damaged file
        raise InputFileError(name, f"is a corrupt Outlook message ({err})") from None


def _stream(ole, path: str) -> bytes | None:
    try:
        return ole.openstream(path).read() if ole.exists(path) else None
    except OSError:
        return None


def _string(ole, prop: int, storage: str = "") -> str | None:
    """A string property: Unicode (001F), else 8-bit (001E, Windows-1252 as Outlook writes Swedish)."""
    raw = _stream(ole, f"{storage}__substg1.0_{prop:04X}001F")
    if raw is not None:
        return raw.decode("utf-16-le", "replace").rstrip("\0")
    raw = _stream(ole, f"{storage}__substg1.0_{prop:04X}001E")
    return raw.decode("cp1252", "replace").rstrip("\0") if raw is not None else None


def _sent(ole) -> datetime | None:
    """The sending time from the fixed-size properties (a 32-byte header, then 16 bytes each)."""
    raw = _stream(ole, "__properties_version1.0") or b""
    found = {}
    for off in range(32, len(raw) - 15, 16):
        tag, _, value = struct.unpack_from("<IIQ", raw, off)
        if tag & 0xFFFF == _PT_SYSTIME and value:
            found[tag >> 16] = value
    for prop in _TIMES:
        if prop in found:
            try:
                return _EPOCH + timedelta(microseconds=found[prop] // 10)
            except OverflowError:
                return None
    return None


def _attachment_names(ole) -> list[tuple[str, str]]:
    """Each attachment as (its storage, its file name): the names alone, its data not read."""
    storages = sorted({entry[0] for entry in ole.listdir(streams=True, storages=True)
                       if entry[0].startswith("__attach_version1.0_#")})
    out = []
    for i, storage in enumerate(storages, 1):
        prefix = f"{storage}/"
        filename = _string(ole, _ATTACH_LONG_NAME, prefix) or _string(ole, _ATTACH_NAME, prefix) or f"attachment-{i}"
        out.append((storage, filename.replace("/", "_").replace("\\", "_")))
    return out


def read_msg(name: str, data: bytes, sha256: str) -> SourceDocument:
    from docparse.read.html import decode_html, html_blocks

    ole = _open(name, data)
    try:
        blocks = Blocks()
        subject = (_string(ole, _SUBJECT) or "").strip()
        if subject:
            blocks.add(subject, heading=True)
        sent = _sent(ole)
        if sent is not None:
            blocks.add(f"Datum: {sent.date().isoformat()}")
        body = _string(ole, _BODY)
        if body and body.strip():
            for line in body.replace("\r\n", "\n").split("\n"):
                blocks.add(line)
        else:
            html = _stream(ole, f"__substg1.0_{_HTML:04X}0102")
            if html:
                try:  # its declared charset, as a web page's
                    text = decode_html(name, html)
                except InputFileError:  # no text as a web page would be: what can be read of it
                    text = html.decode("utf-8", "replace")
                blocks.body += html_blocks(name, text).body
        names = [filename for _storage, filename in _attachment_names(ole)]
    finally:
        ole.close()
    return mail_document(name, sha256, "msg", blocks, names)


def attachments(name: str, data: bytes) -> Iterator[tuple[str, bytes | InputFileError]]:
    """Each attachment as (message!file name, its bytes or why it is not read)."""
    ole = _open(name, data)
    try:
        for storage, filename in _attachment_names(ole):
            member = f"{name}!{filename}"
            payload = _stream(ole, f"{storage}/__substg1.0_{_ATTACH_DATA:04X}0102")
            if payload is None and ole.exists(f"{storage}/__substg1.0_{_ATTACH_DATA:04X}000D"):
                yield member, InputFileError(member, "is an Outlook message inside the message (not read)")
            elif not payload:
                yield member, InputFileError(member, "is an empty attachment")
            else:
                yield member, payload
    finally:
        ole.close()
