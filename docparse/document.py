"""The objects that carry one document through the pipeline: pages, offset maps, edits.

All are plain dataclasses so they pickle cleanly into worker processes.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

PAGE_BREAK = "\f"  # pages are joined with a form feed, so a span's page is countable


_DIGIT_RUN = re.compile(r"\d+")


def page_line_key(line: str) -> str:
    """A line as a running page head or foot repeats it: blanks folded, case ignored, every digit
    run one mark (page numbers differ from page to page)."""
    return _DIGIT_RUN.sub("#", " ".join(line.split())).lower()


def line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of every line. A page break ends a line too: the last line of one
    page and the first of the next are separate lines (OCR'd pages are joined by a bare form
    feed). A new list each call (the caller may change it)."""
    # The stages ask for the lines of one text several times (clean's passes when none changed
    # it, the extractors' context): the last text's lines are kept and copied, not split again.
    global _last_lines
    last_text, last = _last_lines
    if len(last_text) == len(text) and last_text == text:
        return list(last)
    out, pos = [], 0
    for line in text.replace(PAGE_BREAK, "\n").split("\n"):  # (str.split: twice as fast as a pattern's)
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    _last_lines = (text, tuple(out))
    return out


_last_lines: tuple[str, tuple[tuple[int, int, str], ...]] = ("", ((0, 0, ""),))


@dataclass
class OcrWord:
    """One word as the OCR engine saw it; start/end are offsets into its page's text. A PDF's
    text-layer page gives one per line (its box from pdfium's character boxes, conf 100)."""

    text: str
    start: int
    end: int
    conf: float  # 0..100, Tesseract's word confidence
    box: tuple[int, int, int, int]  # left, top, width, height in page pixels


@dataclass
class Page:
    number: int  # 1-based
    text: str
    method: str  # "text" (plain text input), "text-layer" (PDF), "ocr", or "failed"
    words: list[OcrWord] | None = None
    width: int | None = None
    height: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class SourceDocument:
    """What a reader returns: the input's identity and its pages of raw text."""

    path: str
    sha256: str
    input_kind: str  # "text", "pdf", "image", "html", "docx", "odt", "rtf", "doc", "eml" or "msg"
    pages: list[Page]
    warnings: list[str] = field(default_factory=list)
    # Spans of .text the reader knows are page furniture (a Word document's headers and footers):
    # masked like repeated page lines, hidden from extractors.
    furniture: list[tuple[int, int]] = field(default_factory=list)
    parent: str | None = None  # the container (ZIP archive, e-mail) this document came out of
    attachments: list[str] = field(default_factory=list)  # an e-mail's attachments, each its own document

    @property
    def text(self) -> str:
        return PAGE_BREAK.join(p.text for p in self.pages)


class OffsetMap:
    """Maps positions in a derived text back to positions in the text it came from.

    Built from the copied segments (new_start, old_start, length); positions inside
    inserted or replaced text map to the start of what they replaced.
    """

    def __init__(self, segments: list[tuple[int, int, int]] | None = None):
        self._segments = sorted(segments or [])
        self._starts = [s[0] for s in self._segments]
        # Copies are made left to right, so old starts are sorted too: both directions bisect.
        self._old_starts = [s[1] for s in self._segments]

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls([(0, 0, length)])

    def to_source(self, pos: int) -> int:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return 0
        new_start, old_start, length = self._segments[i]
        return old_start + min(pos - new_start, length)

    def from_source(self, pos: int) -> int:
        """Inverse of to_source: the derived position of a source position (nearest kept one)."""
        i = bisect.bisect_right(self._old_starts, pos) - 1
        if i < 0:
            return 0
        new_start, old_start, length = self._segments[i]
        return new_start + min(pos - old_start, length)

    def then(self, earlier: "OffsetMap") -> "OffsetMap":
        """Compose: self maps C->B, earlier maps B->A; the result maps C->A."""
        composed = _ComposedMap(self, earlier)
        return composed  # type: ignore[return-value]


class _ComposedMap(OffsetMap):
    def __init__(self, later: OffsetMap, earlier: OffsetMap):
        self._later, self._earlier = later, earlier

    def to_source(self, pos: int) -> int:
        return self._earlier.to_source(self._later.to_source(pos))

    def from_source(self, pos: int) -> int:
        return self._later.from_source(self._earlier.from_source(pos))


class TextBuilder:
    """Builds a derived text from slices of a source text, recording an OffsetMap."""

    def __init__(self, source: str):
        self.source = source
        self._parts: list[str] = []
        self._segments: list[tuple[int, int, int]] = []
        self._length = 0

    def copy(self, start: int, end: int) -> None:
        if end <= start:
            return
        self._segments.append((self._length, start, end - start))
        self._parts.append(self.source[start:end])
        self._length += end - start

    def insert(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def __len__(self) -> int:
        return self._length

    def tail(self, n: int) -> str:
        """The last n characters built so far."""
        out = ""
        for part in reversed(self._parts):
            out = part + out
            if len(out) >= n:
                break
        return out[-n:] if n else ""

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._segments)


@dataclass
class Edit:
    """One change the repair stage made.

    start/end index the repaired text; orig_start/orig_end the text before repair.
    """

    original: str
    replacement: str
    start: int
    end: int
    orig_start: int
    orig_end: int
    score: float
    reason: str


@dataclass
class RepairResult:
    text: str
    edits: list[Edit]
    offsets: OffsetMap  # repaired text -> text before repair
