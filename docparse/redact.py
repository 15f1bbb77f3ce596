"""Redaction of personal identity numbers in a record: every number found is overwritten, in
`text`, `original_text`, the repairs log and every string field, by a pseudonym of the same length.

The pseudonym is "PNR-" and letters: a keyed HMAC-SHA256 of the person's ten digits (the same
person gets the same letters in every document, so records still link) written in sixteen letters
that are neither digits nor letters OCR reads as digits, so a pseudonym can never be read back as
a number. It is cut (or repeated) to the original's length, so every span in the record still
points at the same place; line breaks and page breaks inside a number stay where they were.
Without a key the pseudonym is a fixed mask ("PNR-####"), which hides but does not link.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from docparse.errors import DocparseError, ExitCode
from docparse.extract.personal_data import WARNING  # the record's own warning, added when missing
from docparse.sv.personnummer import Finding, find_personal_numbers

KEY_ENV = "DOCPARSE_REDACT_KEY"
PREFIX = "PNR-"
# Sixteen letters for the sixteen hex digits; none of them is a digit or in OCR's O/o/I/l/S/B.
ALPHABET = "acdefghjkmnpqrtw"
_TO_LETTERS = str.maketrans("0123456789abcdef", ALPHABET)
MASK_CHAR = "#"
_KEEP = "\n\f\r"  # kept in place, so lines and pages keep their offsets


class RedactKeyError(DocparseError):
    """The redaction key file cannot be read or is empty."""

    exit_code = ExitCode.INPUT_ERROR


def load_key(key_file: str | None = None) -> bytes | None:
    """The key from ``key_file``, else from $DOCPARSE_REDACT_KEY, else None (a fixed mask)."""
    if key_file:
        try:
            with open(key_file, "rb") as fh:
                key = fh.read().strip()
        except OSError as err:
            raise RedactKeyError(f"{key_file}: the redaction key cannot be read ({err.strerror or err})") from None
        if not key:
            raise RedactKeyError(f"{key_file}: the redaction key file is empty",
                                 hint="put a secret of at least 16 bytes in it")
        return key
    env = os.environ.get(KEY_ENV, "").strip()
    return env.encode("utf-8") if env else None


@dataclass
class Redactor:
    key: bytes | None = None

    @property
    def method(self) -> str:
        return "hmac-sha256" if self.key else "mask"

    @property
    def fingerprint(self) -> str:
        """Names the key without revealing it (a batch redoes its records when the key changes)."""
        if not self.key:
            return "mask"
        return "hmac-sha256:" + hmac.new(self.key, b"docparse redaction key id", hashlib.sha256).hexdigest()[:12]

    def pseudonym(self, person: str, original: str) -> str:
        """A pseudonym for ``person`` (its 10 digits) as long as ``original``, its breaks kept."""
        n = len(original)
        if self.key:
            body = hmac.new(self.key, person.encode("ascii"), hashlib.sha256).hexdigest().translate(_TO_LETTERS)
        else:
            body = MASK_CHAR * 64
        word = (PREFIX + body * (1 + n // len(body)))[:n]
        if any(c in _KEEP for c in original):
            word = "".join(o if o in _KEEP else w for o, w in zip(original, word))
        return word

    def redact_text(self, text: str, findings: list[Finding]) -> str:
        if not findings:
            return text
        parts, pos = [], 0
        for f in findings:
            parts += [text[pos:f.start], self.pseudonym(f.key, text[f.start:f.end])]
            pos = f.end
        parts.append(text[pos:])
        return "".join(parts)

    def scrub(self, value: str, variants: dict[str, str] | None = None) -> str:
        """A short string (a field's value, a file name) with every number in it replaced."""
        for written, person in sorted((variants or {}).items(), key=lambda kv: -len(kv[0])):
            if written in value:
                value = value.replace(written, self.pseudonym(person, written))
        return self.redact_text(value, find_personal_numbers(value))

    def redact_record(self, record: dict) -> dict:
        """The record with every personal identity number replaced; says so in ``redaction``."""
        record = dict(record)
        text = record.get("text") if isinstance(record.get("text"), str) else ""  # a hand-edited record
        found = find_personal_numbers(text)
        if "personal_data" not in record:  # a record from before detection: add what it holds
            record["personal_data"] = [
                {"kind": f.kind, "valid": f.valid, "confidence": f.confidence,
                 "span": _span(record, f.start, f.end)} for f in found
            ]
            warnings = record.get("warnings") if isinstance(record.get("warnings"), list) else []
            if found and WARNING not in warnings:
                record["warnings"] = [*warnings, WARNING]
        variants = _variants(text, found)
        if text:
            record["text"] = self.redact_text(text, found)
        replaced = len(found)  # numbers in the document (their copies in original_text not counted again)
        original = record.get("original_text")
        if isinstance(original, str) and original:
            found_before = find_personal_numbers(original)
            variants.update(_variants(original, found_before))
            record["original_text"] = self.redact_text(original, found_before)
        if isinstance(record.get("repairs"), list):
            record["repairs"] = [self._repair(r, record, found, variants) if isinstance(r, dict) else self._walk(r, variants)
                                 for r in record["repairs"]]
        skip = {"text", "original_text", "repairs", "redaction", "personal_data"}
        for key, value in list(record.items()):
            if key not in skip:
                record[key] = self._walk(value, variants)
        previous = record.get("redaction") if isinstance(record.get("redaction"), dict) else {}
        record["redaction"] = {
            "redacted": True,
            "method": previous.get("method", self.method),
            "pseudonym": f"{PREFIX} + letters, as long as the number it replaces",
            "replaced": (previous.get("replaced") if isinstance(previous.get("replaced"), int) else 0) + replaced,
        }
        return record

    def _repair(self, repair: dict, record: dict, found: list[Finding], variants: dict[str, str]) -> dict:
        repair = dict(repair)
        span = repair.get("span") or {}
        start, end = span.get("start"), span.get("end")
        if isinstance(start, int) and isinstance(end, int) and any(f.start < end and start < f.end for f in found):
            repair["replacement"] = record["text"][start:end]
            o = repair.get("original_span") or []
            if record.get("original_text") and len(o) == 2:
                repair["original"] = record["original_text"][o[0]:o[1]]
        for k in ("original", "replacement"):
            if isinstance(repair.get(k), str):
                repair[k] = self.scrub(repair[k], variants)
        return repair

    def _walk(self, value, variants: dict[str, str]):
        if isinstance(value, str):
            return self.scrub(value, variants) if any(c.isdigit() for c in value) else value
        if isinstance(value, list):
            return [self._walk(v, variants) for v in value]
        if isinstance(value, dict):
            return {k: self._walk(v, variants) for k, v in value.items()}
        return value


def _variants(text: str, found: list[Finding]) -> dict[str, str]:
    """Each number as written and as a field may hold it (10 or 12 digits, with or without the
    dash) -> the person's key; fields hold values normalised from the text."""
    out: dict[str, str] = {}
    for f in found:
        written = text[f.start:f.end]
        out[written] = f.key
        # A field holds text with its breaks collapsed: "811218-98\n76" there reads "811218-98 76".
        out[" ".join(written.split())] = f.key
        if len(f.key) == 10:
            out[f.key] = f.key
            out[f.key[:6] + "-" + f.key[6:]] = f.key
            digits = "".join(c for c in written if c.isdigit())
            if len(digits) == 12:
                out[digits] = f.key
                out[digits[:8] + "-" + digits[8:]] = f.key
    return out


def _span(record: dict, start: int, end: int) -> dict:
    page = 1
    for p in record.get("pages") or []:
        if p.get("start", 0) <= start <= p.get("end", 0):
            page = p.get("number", 1)
            break
    return {"start": start, "end": end, "page": page}
