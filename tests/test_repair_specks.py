"""Short tokens of noise between two words, read by an English model (no å/ä/ö): dropped where
the language model reads the neighbours as one phrase (docparse.repair.specks). Invented
sentences."""

import pytest

from docparse.repair import repair, undo


@pytest.mark.parametrize("read, printed", [
    ("Forvaltningen ska oe utreda fragan om skolan.", "Förvaltningen ska utreda frågan om skolan."),
    ("Styrelsen vill Rt starka samarbetet med foreningarna.", "Styrelsen vill stärka samarbetet med föreningarna."),
    ("Vi har Tk beslutat att bygga en ny skola.", "Vi har beslutat att bygga en ny skola."),
])
def test_a_speck_read_as_letters_between_two_words_is_dropped(read, printed):
    res = repair(read)
    assert res.text == printed
    assert any(e.reason == "speck" and e.replacement == "" for e in res.edits)
    assert undo(res.text, res.edits) == read
    assert repair(res.text).text == res.text  # idempotent


@pytest.mark.parametrize("read", [
    "Sedan kor rm bort filerna.",  # a lower-case token kept as read: a name, a command
    "Det var en stor fraga for EU i ar.",  # a word the corpus holds often
    "Beslut av KS och KF via regionen.",  # in capitals: an acronym
    "Det star i bl. a. planen for skolan.",  # punctuation beside it: an abbreviation's piece
    "Vi tog ut en ny plan for skolan.",  # common short words
    "Forvaltningen ska oe\nutreda fragan om skolan.",  # at a line's end
])
def test_words_and_tokens_beside_punctuation_stay(read):
    assert not any(e.reason == "speck" for e in repair(read).edits)


def test_a_clean_page_is_not_judged():
    out = repair("Förvaltningen ska oe utreda frågan om skolan och vad den kostar för året.")
    assert not any(e.reason == "speck" for e in out.edits)
