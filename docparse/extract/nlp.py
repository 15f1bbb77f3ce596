"""spaCy's blank Swedish pipeline (tokenizer with Swedish abbreviation exceptions, sentencizer).

Loaded once, on first use: ``docparse --help`` never pays for it. Run on local windows of
text only, since the extractors' speed budget does not allow tokenising whole documents.
"""

from __future__ import annotations

from functools import lru_cache

WINDOW = 200  # characters each side of a span: enough for the sentence holding it


@lru_cache(maxsize=1)
def nlp():
    import spacy

    pipeline = spacy.blank("sv")  # no trained Swedish pipeline can be downloaded here
    pipeline.add_pipe("sentencizer")
    return pipeline


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence that holds text[start:end]. Abbreviations such as "bl.a."
    and "t.ex." do not end sentences (spaCy's Swedish tokenizer exceptions)."""
    lo = max(0, start - WINDOW)
    hi = min(len(text), end + WINDOW)
    # A paragraph break ends a sentence whatever its punctuation.
    para = text.rfind("\n\n", lo, start)
    if para >= 0:
        lo = para + 2
    para = text.find("\n\n", end, hi)
    if para >= 0:
        hi = para
    doc = nlp()(text[lo:hi])
    for sent in doc.sents:
        s, e = lo + sent.start_char, lo + sent.end_char
        if s <= start < e or (start >= e and sent.end == len(doc)):
            return s, max(e, end)
    return lo, hi
