"""Evaluation of docparse output against gold data (``docparse eval``)."""

from __future__ import annotations

from docparse.evaluate.gold import Counts, DocumentScore, Evaluation, evaluate, score_document

__all__ = ["Counts", "DocumentScore", "Evaluation", "evaluate", "score_document"]
