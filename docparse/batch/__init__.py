"""Batch processing of an archive: walk inputs, process in parallel, resume, never lose or half-write a record."""

from docparse.batch.lock import OutputLockedError
from docparse.batch.runner import RECORDS_DIR, Summary, run_batch

__all__ = ["run_batch", "Summary", "OutputLockedError", "RECORDS_DIR"]
