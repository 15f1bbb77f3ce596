"""Words the Swedish OCR model read with a wrong mark, read as the listed word their mark letters
give (docparse.repair.wrong_marks). Invented sentences; the pages are clean (Swedish-model text
with its marks), so the other word passes leave them."""

import pytest

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.wrong_marks import MARGIN, REASON, listed_reading

_CLEAN_LEAD = "Nämnden har behandlat ärendet och anser att förvaltningen får i uppdrag att återkomma. "


@pytest.mark.parametrize("read, word", [
    ("Bidraget betalas ut regionält till föreningarna.", "regionalt"),       # ä for a
    ("Lokalen används för pärkering av cyklar.", "parkering"),               # ä for a
    ("Arbetet med plånering av skolan fortsätter.", "planering"),            # å for a
    ("Fullmäktige justerade prötokollet i juni.", "protokollet"),            # ö for o
])
def test_a_wrong_mark_is_read_as_the_listed_word(read, word):
    out = repair(_CLEAN_LEAD + read + "\n")
    assert word in out.text.split(" ") or word + "." in out.text
    assert any(e.reason == REASON and e.replacement == word for e in out.edits)


@pytest.mark.parametrize("text", [
    "Exeby kommun har yttrat sig över betän-\nkandet om skolan.\n",   # a word split at the line's end
    "Styrelsen för Åsbrinken och Brännåsen möttes i Lövånger.\n",     # capitalised: names
    "Nämnden beslutade om jämställdhetsåret och länsbostadsnämnden.\n",  # compounds of listed words
])
def test_what_is_no_misread_word_stays(text):
    out = repair(_CLEAN_LEAD + text)
    assert not any(e.reason == REASON for e in out.edits)


def test_the_reading_must_be_listed_and_lead_its_rivals():
    lexicon = store_for().lexicon
    assert listed_reading("byggnäden", lexicon) == "byggnaden"
    assert listed_reading("fäktura", lexicon) == "faktura"
    assert listed_reading("qwxåå", lexicon) is None  # no reading listed
    # "vära" reads as "vara" and "våra", near in frequency: left; "båra" as "bara", far commoner than "bära"
    assert lexicon.logf("vara") - lexicon.logf("våra") < MARGIN
    assert listed_reading("vära", lexicon) is None
    assert lexicon.logf("bara") - lexicon.logf("bära") >= MARGIN
    assert listed_reading("båra", lexicon) == "bara"


def test_idempotent_on_the_repaired_text():
    text = _CLEAN_LEAD + "Arbetet med plånering av lokäla insatser och ärbetet fortsätter.\n"
    once = repair(text).text
    assert repair(once).text == once
