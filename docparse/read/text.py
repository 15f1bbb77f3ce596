"""Plain text and Markdown input: decode (UTF-8, UTF-8 with BOM, UTF-16, Windows-1252), NFC-normalise."""

from __future__ import annotations

import re
import unicodedata

from docparse.document import Page, SourceDocument
from docparse.errors import InputFileError

# Control characters other than tab, newline and form feed (our page break) are noise
# from converters; they would break every lookup downstream. So is a soft hyphen inside a word
# ("kredit\u00adupplysning", as typeset text keeps its hyphenation points): it is invisible, and
# every word pattern would cut the word there; and so are the other invisible marks web pages and
# joined files carry: zero-width spaces and joiners, the word joiner, BOMs and bidirectional marks.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# A soft hyphen ending a line is where the word was hyphenated: a visible hyphen, which the clean
# stage joins as it joins any line-end hyphenation.
_SOFT_HYPHEN_AT_BREAK = re.compile(r"\u00ad[ \t]*\n")
# One character for one (offsets hold, a PDF page's line boxes too): the typographer's spaces (no-break,
# thin, en, em, narrow no-break: "12\u2009500", "\u00a7\u00a012") are spaces to every pattern; Word's
# list bullets in the Symbol and Wingdings fonts come out of pdftotext and Word's text export as the
# font's private-use code points ("\uf0b7\t"): a bullet.
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_PUA_BULLETS = "\uf0b7\uf0a7\uf0a8\uf0d8\uf0e8\uf0fc\uf076\uf06e\uf071"
_ONE_FOR_ONE = str.maketrans({**dict.fromkeys(_SPACES, " "), **dict.fromkeys(_PUA_BULLETS, "\u2022")})
_ONE_FOR_ONE_CHARS = re.compile("[%s%s]" % (_SPACES, _PUA_BULLETS))
# A PDF's text layer may keep the font's ligatures ("\ufb01nansiering", "\ufb02era"): the letters.
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
_LIGATURES = str.maketrans(LIGATURES)
LIGATURE_CHARS = re.compile("[\ufb00-\ufb06]")
# Control characters (C0 and C1 but tab, newline, form feed), replacement and private-use characters.
# One regular expression, not unicodedata per character: batch runs this on every file it walks.
_BINARY_CHARS = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    r"\ue000-\uf8ff\ufff9-\ufffd\ud800-\udfff]"
)
# Windows-1252 leaves these five bytes undefined; text that has them is not cp1252.
CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def decode(name: str, data: bytes) -> str:
    """Bytes to str, choosing the encoding an archive's text files are likely to be in."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputFileError(name, "undecodable UTF-16 text") from None
    if b"\x00" in data[:4096]:
        raise InputFileError(name, "binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if CP1252_UNDEFINED.isdisjoint(data):
        return data.decode("cp1252")
    raise InputFileError(name, "undecodable text (neither UTF-8 nor Windows-1252)")


def normalise(text: str) -> str:
    """NFC, Unix newlines, no stray control or invisible characters, ligatures as their letters,
    typographic spaces as spaces and Word's private-use bullets as bullets."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u00ad" in text:
        text = _SOFT_HYPHEN_AT_BREAK.sub("-\n", text)
    text = _CONTROL.sub("", text)
    if _ONE_FOR_ONE_CHARS.search(text):
        text = text.translate(_ONE_FOR_ONE)
    if LIGATURE_CHARS.search(text):
        text = text.translate(_LIGATURES)
    return unicodedata.normalize("NFC", text)


def looks_binary(text: str) -> bool:
    """True when too little of the text is letters, digits, punctuation or space to be a document."""
    sample = text[:20000]
    if not sample:
        return False
    odd = len(_BINARY_CHARS.findall(sample))
    return odd / len(sample) > 0.05


def read_text(name: str, data: bytes, sha256: str) -> SourceDocument:
    raw = decode(name, data)
    if looks_binary(raw):
        raise InputFileError(name, "binary data, not text")
    text = normalise(raw)
    if not text.strip():
        raise InputFileError(name, "has no text")
    pages = [Page(number=i + 1, text=t, method="text") for i, t in enumerate(text.split("\f"))]
    return SourceDocument(path=name, sha256=sha256, input_kind="text", pages=pages)
