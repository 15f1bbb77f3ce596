import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def pytest_collection_modifyitems(config, items):
    # The reference corpus lives beside the checkout (../shared/corpus); say so clearly if absent.
    if not CORPUS.exists():
        skip = pytest.mark.skip(reason=f"reference corpus not found at {CORPUS}")
        for item in items:
            if "corpus" in item.keywords:
                item.add_marker(skip)


@pytest.fixture
def extract_text():
    """Clean then extract from a text, as the pipeline does (without repair)."""
    from docparse.clean import clean
    from docparse.extract import extract

    def run(text: str) -> dict:
        cleaned = clean(text)
        return extract(cleaned.text, masked=cleaned.masks)

    return run


def load_gold(name: str) -> dict:
    return json.loads((CORPUS / "gold" / name).read_text(encoding="utf-8"))
