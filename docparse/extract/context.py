"""The shared view of one document's text that every extractor reads."""

from __future__ import annotations

import re
from functools import cached_property

from docparse.document import line_spans

_NOT_BREAK = re.compile(r"[^\n\f]")


class Context:
    """The text, a 'body' copy with page furniture blanked out (same offsets), and lines."""

    def __init__(self, text: str, masked: list[tuple[int, int, str]], models=None):
        from docparse.models import store_for

        self.text = text
        self.masked = masked
        self.models = models or store_for()  # the model files (docparse.models.ModelStore)
        self.fields: dict = {}
        self.structure = None  # the structure stage's findings (docparse.structure.Structure)

    @cached_property
    def body(self) -> str:
        """The text with masked spans (headers, footers) replaced by spaces; offsets unchanged."""
        if not self.masked:
            return self.text
        parts, pos = [], 0
        for start, end, _kind in sorted(self.masked):
            start = max(start, pos)
            if end <= start:
                continue
            parts.append(self.text[pos:start])
            parts.append(_NOT_BREAK.sub(" ", self.text[start:end]))
            pos = end
        parts.append(self.text[pos:])
        return "".join(parts)

    @cached_property
    def letterhead_end(self) -> int:
        """The end of the page furniture that opens the text (0: none): a word processor's file
        (DOCX, ODT) holds its page header once, read first, and on page 1 that header stands above
        the body as its letterhead, as a PDF's first page keeps its own copy of its running head
        (the clean stage); a board it names is the document's."""
        pos = 0
        for start, end, kind in sorted(self.masked):
            if kind != "page-furniture" or self.text[pos:start].strip():
                break
            pos = end
        return pos

    @cached_property
    def letterhead_body(self) -> str:
        """``body`` with the page furniture that opens the text (``letterhead_end``) shown again."""
        pos = self.letterhead_end
        return self.text[:pos] + self.body[pos:] if pos else self.body

    @cached_property
    def lines(self) -> list[tuple[int, int, str]]:
        """(start, end, line) of every line of the body."""
        return line_spans(self.body)

    @cached_property
    def line_starts(self) -> list[int]:
        """The start of every line of ``lines``, for bisection."""
        return [s for s, _e, _ln in self.lines]

    @cached_property
    def content_lines(self) -> list[tuple[int, int, str]]:
        """Lines without those wholly inside page furniture: a list (or a signature table) that
        runs over a page's foot and the next page's head reads on as if they were not there. The
        blank lines of such a gap shrink to one: the page break is no wider than a paragraph's."""
        if not self.masked:
            return self.lines
        out: list[tuple[int, int, str]] = []
        gap: list[tuple[int, int, str]] = []  # the blank lines since the last line of content
        furniture_in_gap = False
        for s, e, ln in self.lines:
            if ln.strip():
                out.extend(gap[:1] if furniture_in_gap else gap)
                out.append((s, e, ln))
                gap, furniture_in_gap = [], False
            elif self.text[s:e].strip():
                furniture_in_gap = True  # a line wholly inside page furniture
            else:
                gap.append((s, e, ln))
        out.extend(gap[:1] if furniture_in_gap else gap)
        return out

    def masked_text(self, kinds: tuple[str, ...]) -> str:
        """The masked spans of these kinds alone, everything else blanked; offsets unchanged."""
        parts, pos = [], 0
        for start, end, kind in sorted(self.masked):
            start = max(start, pos)
            if kind not in kinds or end <= start:
                continue
            parts += [" " * (start - pos), self.text[start:end]]
            pos = end
        parts.append(" " * (len(self.text) - pos))
        return "".join(parts)

    def is_masked(self, pos: int) -> bool:
        return any(s <= pos < e for s, e, _ in self.masked)
