"""docparse: structured JSON records from digitised Swedish council decisions."""

# The pipeline version: a batch redoes a document whose record an earlier version made.
__version__ = "0.2.0"
# The record's shape: 1.1 added items (required), personal_data and redaction to 1.0's.
SCHEMA_VERSION = "1.1"


def process(path, **options):
    """Run the whole pipeline on one input (path, or '-' for stdin) and return its record (a dict)."""
    from docparse.pipeline import process as _process

    return _process(path, **options)


__all__ = ["__version__", "SCHEMA_VERSION", "process"]
