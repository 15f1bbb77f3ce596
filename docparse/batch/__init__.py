"""Batch processing of an archive: walk inputs, process in parallel, resume, never lose or half-write a record."""

from docparse.batch.files import RECORDS_DIR

__all__ = ["run_batch", "Summary", "OutputLockedError", "RECORDS_DIR"]


def __getattr__(name: str):
    # The runner (multiprocessing, the readers) is imported when asked for: `docparse export`
    # and `docparse stats` need only the files helpers of this package.
    if name in ("run_batch", "Summary"):
        from docparse.batch import runner

        return getattr(runner, name)
    if name == "OutputLockedError":
        from docparse.batch.lock import OutputLockedError

        return OutputLockedError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
