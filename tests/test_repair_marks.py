"""Unknown words read without their marks, given them back by the letter-trigram model
(docparse.repair.marks). Invented names and sentences."""

import pytest

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.marks import _contexts, as_compound, logp, marked_reading


def _unmarked(text: str) -> str:
    """The text as an English OCR model prints it: no å/ä/ö."""
    return text.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))


@pytest.mark.parametrize("printed, name", [
    ("Ordförande var Anna Fjärdholm och sekreterare var Per Lind.", "Fjärdholm"),
    ("Mötet leddes av Bo Lind från Fjärdvik, som hade kallat till det.", "Fjärdvik"),
])
def test_an_unlisted_name_gets_the_marks_the_trigrams_are_sure_of(printed, name):
    read = _unmarked(printed + " Nämnden beslutade att gå vidare med ärendet.")
    out = repair(read)
    assert name in out.text
    assert any(e.reason == "marks" and e.replacement == name for e in out.edits)


def test_the_marked_reading_scores_better_than_the_token_and_other_marks():
    models = store_for()
    chars, contexts = models.char_model, models.derived(_contexts, _contexts)
    assert marked_reading("fjardholm", chars, contexts) == "fjärdholm"
    assert logp("fjärdholm", chars.counts, contexts) > logp("fjardholm", chars.counts, contexts)
    assert logp("fjärdholm", chars.counts, contexts) > logp("fjårdholm", chars.counts, contexts)
    assert marked_reading("xyzzq", chars, contexts) is None  # no a or o to mark


@pytest.mark.parametrize("printed", [
    "Ordförande var Anna Fjardholm och sekreterare var Per Lind.",  # a Swedish model's page: as printed
    "Rapporten skrevs av FJARDHOLM och Lind, som nämnden bad om det.",  # capitals: an acronym's, a heading's
    "Skolan köper nya kameraenheter till salen, som nämnden bad om.",  # two listed words: a seam, no lost mark
])
def test_clean_pages_capitals_and_compounds_keep_their_letters(printed):
    read = printed if "Fjardholm" in printed else _unmarked(printed)
    assert not any(e.reason == "marks" for e in repair(read).edits)


def test_two_listed_words_written_together_are_a_compound():
    lexicon = store_for().lexicon
    assert as_compound("kameraenheter", lexicon)
    assert not as_compound("fjardholm", lexicon)


def test_repair_of_the_repaired_text_changes_nothing():
    out = repair(_unmarked("Ordförande var Anna Fjärdholm. Nämnden beslutade att gå vidare med ärendet."))
    assert repair(out.text).text == out.text
