"""Two-letter readings of ä and ö by an English OCR model in typewriter faces ("da" for ä, "d6"
for ö): proposed from the prior confusion table though the learned table cannot (its alignment
records "da" as an inserted letter). Invented sentences."""

import pytest

from docparse.models import store_for
from docparse.repair import repair


@pytest.mark.parametrize("read, printed", [
    ("Regeln gdaller fran i dag.", "Regeln gäller från i dag."),
    ("Lagen tilldampas pa alla.", "Lagen tillämpas på alla."),
    ("Enligt fd6rordningen ska det ske.", "Enligt förordningen ska det ske."),
])
def test_two_letter_readings_of_marked_letters(read, printed):
    assert repair(read).text == printed


def test_the_readings_are_proposable():
    inverse = store_for().channels["eng"].inverse
    assert "ä" in {t for t, _lp in inverse.get("da", ())}
    assert "ö" in {t for t, _lp in inverse.get("d6", ())}


def test_listed_words_holding_da_stay():
    # "sedan", "vidare", "riksdagen": words as read; "da" is ä only where no word explains the token
    sentence = "Vi tar det sedan vidare till riksdagen och kommunerna."
    assert repair(sentence).text == sentence
