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
    def lines(self) -> list[tuple[int, int, str]]:
        """(start, end, line) of every line of the body."""
        return line_spans(self.body)

    @cached_property
    def line_starts(self) -> list[int]:
        """The start of every line of ``lines``, for bisection."""
        return [s for s, _e, _ln in self.lines]

    @cached_property
    def content_lines(self) -> list[tuple[int, int, str]]:
        """Lines without those wholly inside page furniture: a list that runs over a page
        header reads on as if the header were not there."""
        if not self.masked:
            return self.lines
        return [(s, e, ln) for s, e, ln in self.lines if ln.strip() or not self.text[s:e].strip()]

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
