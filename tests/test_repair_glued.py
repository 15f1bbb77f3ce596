"""Words an OCR engine ran together with a common short word, read by an English model (no
å/ä/ö): cut where the language model prefers the words (docparse.repair.glued). Invented
sentences."""

import pytest

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.glued import cuts

ENGLISH_MODEL = str.maketrans("åäöÅÄÖ", "aaoAAO")


@pytest.mark.parametrize("read, printed", [
    ("Planen somi dag gäller är bra.", "Planen som i dag gäller är bra."),
    ("Det är bra foren kommun att spara.", "Det är bra för en kommun att spara."),
    ("Vi gick ut ien park nära skolan.", "Vi gick ut i en park nära skolan."),
    ("Styrelsen anser atten ny plan behövs.", "Styrelsen anser att en ny plan behövs."),
])
def test_a_short_word_run_into_its_neighbour_is_cut_off(read, printed):
    res = repair(read.translate(ENGLISH_MODEL))
    assert res.text == printed
    assert any(e.reason == "glued" and " " in e.replacement for e in res.edits)
    assert repair(res.text).text == res.text  # idempotent


@pytest.mark.parametrize("sentence", [
    "Nämnden planerar ett nytt bibliotek i staden.",  # listed words stay
    "Nämnden planerarar att förlora bidraget.",  # letters read twice ("planerar|ar"): no glued "är"
    "Vi har inga planer på det.",
])
def test_words_and_doubled_readings_are_not_cut(sentence):
    assert not any(e.reason == "glued" for e in repair(sentence.translate(ENGLISH_MODEL)).edits)


def test_a_clean_page_is_not_judged():
    # a Swedish model's reading (it printed å/ä/ö): its runs are no business of this pass
    out = repair("Planen somi dag gäller är bra för skolan och för vem den är.")
    assert not any(e.reason == "glued" for e in out.edits)


def test_cuts_hold_listed_words_with_a_vowel_and_mostly_short_ones():
    lexicon = store_for().lexicon
    assert any(("som" in c[0] and "i" in c[1]) for c in cuts("somi", lexicon) if len(c) == 2)
    assert any(len(c) == 3 for c in cuts("varien", lexicon))  # var i en
    assert not cuts("imp", lexicon)  # "i" + "mp": no vowel, no word
    assert not any(len(c) == 2 and "är" in c[1] for c in cuts("planerarar", lexicon))
