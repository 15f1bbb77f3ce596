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


def score_documents(docs, gold_dir: Path, out: Path):
    """Process ``docs`` as the pipeline does, validate each record against the schema, write them
    to ``out`` and score them against ``gold_dir`` (docparse.evaluate.gold.evaluate)."""
    from docparse.evaluate.gold import evaluate
    from docparse.pipeline import process
    from docparse.schema import validate

    for path in docs:
        record = process(str(path))
        validate(record)
        (out / f"{path.stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return evaluate(gold_dir, out)


def load_gold(name: str) -> dict:
    return json.loads((CORPUS / "gold" / name).read_text(encoding="utf-8"))


def grows_linearly(run, make, size: int, factor: int = 4, slack: float = 2.5) -> tuple[float, float]:
    """Assert that ``run(make(size * factor))`` costs at most ``factor * slack`` times
    ``run(make(size))`` (best of three each): linear work passes, quadratic work (factor**2
    times) fails, and a slow or busy machine slows both sizes alike, so no absolute time is
    asserted. Timed in this process's CPU seconds, which other processes on a shared machine do
    not add to (the wall clock does). Returns the two times."""
    import time

    def best(n: int) -> float:
        data = make(n)
        times = []
        for _ in range(3):
            start = time.process_time()
            run(data)
            times.append(time.process_time() - start)
        return min(times)

    small, large = best(size), best(size * factor)
    assert large <= max(small, 1e-3) * factor * slack, (small, large)
    return small, large
