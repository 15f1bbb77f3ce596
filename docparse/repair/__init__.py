"""OCR repair stage: restore å/ä/ö and undo OCR confusions in Swedish text, logging every edit.

The algorithm lives in docparse.repair.engine; this module is the stage's public face.
"""

from __future__ import annotations

from docparse.document import Edit, OffsetMap, RepairResult
from docparse.repair import context
from docparse.repair.engine import TOKEN, repair, undo

__all__ = ["repair", "undo", "RepairResult", "OffsetMap", "Edit", "TOKEN", "context"]
