"""Short listed words read as the common word one glyph away that context favours
(docparse.repair.realwords). Invented sentences, on pages read without å/ä/ö."""

import pytest

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.noisy import _readings_of
from docparse.repair.realwords import MAX_KEPT_LOGF, _readings
from docparse.repair.shortwords import _CommonKeys


@pytest.mark.parametrize("read, printed", [
    ("Kostnaden blev mycket hogre dn vi trodde nar budgeten lades fram.",
     "Kostnaden blev mycket högre än vi trodde när budgeten lades fram."),  # d for ä, a listed word
    ("Vi ska se til att alla elever far plats i skolan.",
     "Vi ska se till att alla elever får plats i skolan."),  # an l lost
])
def test_a_listed_word_context_rejects_takes_the_common_word_one_edit_away(read, printed):
    out = repair(read)
    assert out.text == printed
    assert any(e.reason == "context:edit" for e in out.edits)


@pytest.mark.parametrize("read", [
    "Han satt i sin bil hela dagen och vantade pa svar.",  # a listed word that fits its context
    "Hon menade att det var lag tid kvar till motet.",  # å/ä/ö twins that are words: the context pass's
    "Vi ska se til-att alla far plats.",  # part of a hyphened word
    'Kostnaden blev mycket hogre "dn" vi trodde nar budgeten lades fram.',  # in quotes: a literal
    "Vi ska se til att alla får plats på mötet i går.",  # a Swedish model's page: not judged
])
def test_words_that_fit_twins_hyphened_parts_and_clean_pages_stay(read):
    assert not any(e.reason == "context:edit" for e in repair(read).edits)


def test_the_commonest_words_and_words_with_twins_have_no_readings_here():
    models = store_for()
    lexicon = models.lexicon
    assert lexicon.logf("och") >= MAX_KEPT_LOGF  # never judged
    args = (lexicon, models.channels["eng"], models.derived(_readings_of, _readings_of), _CommonKeys(lexicon))
    assert _readings("lag", *args) == ()  # låg, läg-: its twins
    kept, found = _readings("dn", *args)
    assert "än" in {w for _c, w in found} and kept <= 0.0
