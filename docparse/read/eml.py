"""E-mail (.eml, RFC 5322/MIME), read with Python's own email package: the message's subject
and body (plain text, or its HTML part read as a web page is) are one document; each attachment
is a document of its own, read by content like any input and linked to the message (its
``parent``; the message lists its ``attachments``)."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator

from docparse.document import SourceDocument
from docparse.errors import InputFileError
from docparse.read.blocks import Blocks, to_document


def _message(name: str, data: bytes):
    try:
        return email.message_from_bytes(data, policy=email.policy.default)
    except Exception as err:  # the parser is lenient; anything it raises means a broken file
        raise InputFileError(name, f"cannot be read as an e-mail ({type(err).__name__})") from None


def _content(part) -> str:
    try:
        return part.get_content()
    except (LookupError, UnicodeError, AssertionError, KeyError):  # an unknown charset or transfer encoding
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", "replace")


def _attachment_parts(msg) -> list[tuple[str, object]]:
    out = []
    for i, part in enumerate(msg.iter_attachments(), 1):
        filename = part.get_filename() or f"attachment-{i}"
        out.append((filename.replace("/", "_").replace("\\", "_"), part))
    return out


def read_eml(name: str, data: bytes, sha256: str) -> SourceDocument:
    from docparse.read.html import html_blocks

    msg = _message(name, data)
    blocks = Blocks()
    subject = str(msg.get("subject", "") or "").strip()
    if subject:
        blocks.add(subject, heading=True)
    # The sending date, as a dated letter gives it (the message's own date: its header).
    try:
        sent = msg["date"].datetime if msg.get("date") else None
    except (AttributeError, TypeError, ValueError):
        sent = None
    if sent is not None:
        blocks.add(f"Datum: {sent.date().isoformat()}")
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        content = _content(body)
        if body.get_content_type() == "text/html":
            blocks.body += html_blocks(name, content).body
        else:
            for line in content.split("\n"):
                blocks.add(line)
    return mail_document(name, sha256, "eml", blocks, [n for n, _ in _attachment_parts(msg)])


def mail_document(name: str, sha256: str, kind: str, blocks, attachment_names: list[str]):
    """An e-mail's document (EML or Outlook .msg): its text, and its attachments named, each of
    them a document of its own."""
    if attachment_names:
        blocks.warnings.append(f"attachments read as documents of their own: {', '.join(attachment_names)}")
    if not blocks.body:
        blocks.add(f"(e-mail without text: {len(attachment_names)} attachments)" if attachment_names else "")
    doc = to_document(name, sha256, kind, blocks)
    doc.attachments = [f"{name}!{n}" for n in attachment_names]
    return doc


def attachments(name: str, data: bytes) -> Iterator[tuple[str, bytes | InputFileError]]:
    """Each attachment as (message!file name, its bytes)."""
    for filename, part in _attachment_parts(_message(name, data)):
        member = f"{name}!{filename}"
        if part.get_content_type() == "message/rfc822" and part.is_multipart():
            # A forwarded message: its bytes, read as an e-mail of its own.
            payload = part.get_payload(0).as_bytes()
        else:
            payload = part.get_payload(decode=True)
        if not payload:
            yield member, InputFileError(member, "is an empty attachment")
        else:
            yield member, payload
