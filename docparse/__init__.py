"""docparse: structured JSON records from digitised Swedish council decisions."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"


def process(path, **options):
    """Run the whole pipeline on one input (path, or '-' for stdin) and return its record (a dict)."""
    from docparse.pipeline import process as _process

    return _process(path, **options)


__all__ = ["__version__", "SCHEMA_VERSION", "process"]
