"""Sentence boundaries for extractors (dnr contexts, period kinds): the shared Swedish rules."""

from docparse.sv.sentences import WINDOW, sentence_around

__all__ = ["WINDOW", "sentence_around"]
