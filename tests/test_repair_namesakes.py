"""Twins that are only given names are no reading of a lower-case word
(docparse.repair.namesakes). Invented sentences, read without å/ä/ö."""

import pytest

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.namesakes import only_a_name


def test_given_names_only_and_words():
    models = store_for()
    assert only_a_name("måns", models)  # a given name, never lower case in SUC
    assert not only_a_name("mäns", models)  # a word
    assert not only_a_name("björn", models)  # a name, but also a noun


@pytest.mark.parametrize("damaged, correct", [
    ("Skillnaden mellan mans och kvinnors pensioner minskar.", "Skillnaden mellan mäns och kvinnors pensioner minskar."),
    ("Enkaten visar mans och kvinnors resvanor.", "Enkäten visar mäns och kvinnors resvanor."),
])
def test_a_lower_case_word_is_not_read_as_a_name(damaged, correct):
    assert repair(damaged).text == correct
