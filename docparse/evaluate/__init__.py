"""Evaluation: records against gold files (``docparse eval``), text against its truth (wer)."""

from __future__ import annotations

from docparse.evaluate.gold import Counts, DocumentScore, Evaluation, evaluate, score_document

__all__ = ["Counts", "DocumentScore", "Evaluation", "evaluate", "score_document"]
