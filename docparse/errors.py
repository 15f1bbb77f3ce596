"""One error hierarchy for docparse: each error carries its exit code and a suggested fix."""

from __future__ import annotations


class ExitCode:
    """Process exit codes, documented in the README."""

    OK = 0
    INPUT_ERROR = 1  # at least one input could not be processed; the others were
    USAGE = 2  # bad command-line usage (click's own code)
    MISSING_DEPENDENCY = 3  # Tesseract or its language data is not installed
    INTERNAL = 4  # a bug: please report it


class DocparseError(Exception):
    """Base class. ``str(err)`` is the one-line message shown to the user."""

    exit_code = ExitCode.INTERNAL
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class InputFileError(DocparseError):
    """The input file is missing, empty, unreadable or not a supported document."""

    exit_code = ExitCode.INPUT_ERROR

    def __init__(self, path: str, problem: str, *, hint: str | None = None):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}", hint=hint)

    def __reduce__(self):  # picklable, so a worker process can hand it back
        return type(self), (self.path, self.problem), self.__dict__


class MissingDependencyError(DocparseError):
    """An external program or data file the pipeline needs is not installed."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class ModelDataError(DocparseError):
    """A data file under models/ is missing or malformed."""

    exit_code = ExitCode.INTERNAL
