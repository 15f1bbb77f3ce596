"""Sentence boundaries for extractors (dnr contexts, period kinds): the shared Swedish rules,
with the abbreviations of the document's model store."""

from docparse.sv.sentences import WINDOW, sentence_around

__all__ = ["WINDOW", "sentence_around"]
