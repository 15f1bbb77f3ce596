"""Golden test over the development corpus (../shared/corpus/dev): real excerpts of ~40
municipalities' documents, with hand-written gold. It fails when the score drops below the
targets: micro-F1 >= 0.90 and every field's F1 >= 0.75. The rules were developed while reading
these documents, so this guards against regressions; it is no measure of documents never seen."""

import pytest

from conftest import CORPUS, score_documents

DEV = CORPUS / "dev"
DOCS = sorted(DEV.glob("*.txt")) if DEV.exists() else []

pytestmark = pytest.mark.corpus

MICRO_FLOOR = 0.90
FIELD_FLOORS: dict[str, float] = {
    name: 0.75 for name in (
        "document.title", "document.doc_type", "document.municipality", "document.board", "document.dnr",
        "document.date", "parties", "periods", "amounts", "decision_points", "people", "items",
    )
}


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory):
    return score_documents(DOCS, DEV / "gold", tmp_path_factory.mktemp("dev-records"))


def test_every_dev_document_has_a_record(evaluation):
    assert len(DOCS) >= 40 and not evaluation.missing and not evaluation.problems


def test_micro_f1_holds(evaluation):
    micro = evaluation.micro()
    assert micro.f1 >= MICRO_FLOOR, micro.as_dict()


@pytest.mark.parametrize("field", sorted(FIELD_FLOORS))
def test_field_f1_holds(evaluation, field):
    counts = evaluation.field_counts(field)
    assert (counts.f1 or 0.0) >= FIELD_FLOORS[field], (field, counts.as_dict())
