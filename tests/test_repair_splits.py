"""Words an OCR engine split with a space, read by an English model (no å/ä/ö): joined where a
piece is no word and the joined token is one (docparse.repair.splits). Invented sentences."""

import pytest

from docparse.repair import repair

ENGLISH_MODEL = str.maketrans("åäöÅÄÖ", "aaoAAO")


@pytest.mark.parametrize("read, printed", [
    ("Beslutet om budg eten fattas i maj.", "Beslutet om budgeten fattas i maj."),
    ("Vi maste forb attra samarbetet.", "Vi måste förbättra samarbetet."),
    ("Forvalt ningen ska redovisa.", "Förvaltningen ska redovisa."),
    # both pieces words, one rare: the language model prefers the joined word
    ("Det finns en frist dende skola i byn.", "Det finns en fristående skola i byn."),
    ("Ett byrakrat iskt system ar dyrt.", "Ett byråkratiskt system är dyrt."),
])
def test_split_word_is_joined(read, printed):
    res = repair(read)
    assert res.text == printed
    assert any(e.reason == "join" and " " in e.original for e in res.edits)
    assert repair(res.text).text == res.text  # idempotent


@pytest.mark.parametrize("sentence", [
    "Det är för mål som vi kämpar.",  # two words, though "förmål" is one too
    "Han klarade det med hjälp av vänner.",
    "Barn och unga får stöd.",
    "Vi gör allt för att hjälpa till.",  # common words: two words, though "alltför" is one
    "De nya reglerna bör stå kvar.",  # "borsta" is a word; "bör stå" reads better
])
def test_two_words_stay_two_words(sentence):
    assert repair(sentence.translate(ENGLISH_MODEL)).text == sentence


def test_pieces_across_a_line_break_or_before_a_capital_stay_apart():
    for read in ("Beslutet om budg\neten fattas i maj.", "Beslutet om budg Eten fattas i maj."):
        assert " ".join(repair(read).text.split()).count("budg") == 1
