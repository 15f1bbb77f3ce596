"""Where the OCR'd words of a scanned page lie. The repairs of marks Tesseract misreads (dashes,
bullets, dot leaders) act only inside a word the OCR read, so that text which came as text keeps
its characters; the words' spans are sorted once per text and looked up by bisection."""

from __future__ import annotations

import bisect


class OcrWords:
    """The (start, end) spans of a text's OCR'd words, sorted, for lookup by offset."""

    def __init__(self, confidences: list[tuple[int, int, float]]) -> None:
        self.spans = sorted((s, e) for s, e, _c in confidences)
        self.starts = [s for s, _e in self.spans]

    def at(self, pos: int) -> tuple[int, int] | None:
        """The span of the OCR'd word starting at or before ``pos`` (None if none does)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.spans[k] if k >= 0 else None

    def holds(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies inside the OCR'd word starting at or before ``start``."""
        word = self.at(start)
        return word is not None and end <= word[1]


def ocr_words(confidences: list[tuple[int, int, float]] | None) -> OcrWords | None:
    """The OCR'd words of a text (None for text that came as text: no repair of marks there)."""
    return OcrWords(confidences) if confidences else None
