"""Scoring: records against gold files, and text against its truth (wer)."""
