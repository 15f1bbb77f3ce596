"""Short unknown tokens read as a common short word (docparse.repair.shortwords). Invented sentences."""

import pytest

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.shortwords import _CommonKeys


@pytest.mark.parametrize("read, printed", [
    ("Budgeten ar klar ach den ska godkannas av namnden i dag.",
     "Budgeten är klar och den ska godkännas av nämnden i dag."),  # a read for o (the same shape)
    ("Ach sedan gick vi hem fran motet i kommunhuset.",
     "Och sedan gick vi hem från mötet i kommunhuset."),  # capitalised at a sentence's start
    ("Styrelsen deh nya ordforanden valdes i dag av namnden.",
     "Styrelsen den nya ordföranden valdes i dag av nämnden."),  # h read for n
    ("Villor och bostadsratter 4dr mycket dyra nu.",
     "Villor och bostadsrätter är mycket dyra nu."),  # letters with a digit: 4 for ä, a d put in
])
def test_a_short_unknown_token_takes_the_common_word_channel_and_context_favour(read, printed):
    out = repair(read)
    assert out.text == printed
    assert any(e.reason == "short" for e in out.edits)


@pytest.mark.parametrize("read", [
    "Vi installerar apt-paketet pa servern i dag.",  # a hyphened part: a name, a compound's first part
    "Hon talade om xq i motet med namnden.",  # no common word one edit away
    "Han kom till motet med Ach och Lind fran kontoret.",  # a capital inside a sentence
    "Budgeten är klar ach den ska godkännas av nämnden på mötet.",  # a Swedish model's page: not judged
    "Vi har en mp3 fil och rum 4b och 12a i huset.",  # a digit beside one letter, or numbers: codes
])
def test_hyphened_parts_capitals_clean_pages_and_tokens_without_a_common_reading_stay(read):
    assert not any(e.reason == "short" for e in repair(read).edits)


def test_the_keys_near_a_token_are_of_common_words_one_edit_away():
    keys = _CommonKeys(store_for().lexicon).near("ach", 1)
    assert "och" in keys  # a letter changed
    assert "att" not in keys  # two letters changed
    assert all(len(k) in (2, 3, 4) for k in keys)


@pytest.mark.parametrize("read, printed", [
    # a dot read for a space: a short token with a digit for å/ä/ö beside it is a word, no part
    # of an abbreviation such as "bl.a."
    ("Namnden i Exeby ger inget annat.4n bidrag till foreningen.",
     "Nämnden i Exeby ger inget annat.än bidrag till föreningen."),
    ("Norrby skjuter till medel s4.att skolan kan byggas om.",
     "Norrby skjuter till medel så.att skolan kan byggas om."),
])
def test_a_token_with_a_digit_for_a_mark_beside_a_dot_is_judged(read, printed):
    assert repair(read).text == printed


@pytest.mark.parametrize("read", [
    "Se bl.a. bilaga 2 och p.4a i avtalet med Exeby.",  # an item's mark after a short part
    "Se avsnitt 3.4a och kap.6b i planen for Norrby.",
])
def test_item_marks_after_a_dot_stay(read):
    assert repair(read).text == read.replace("for", "för")
