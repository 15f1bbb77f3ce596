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


@pytest.mark.parametrize("read, printed", [
    ("Avtalet galler i i fem ar.", "Avtalet gäller i fem år."),  # English model, doubled "i"
    ("Barnen leker i i parken.", "Barnen leker i parken."),  # Swedish model (a clean page), too
    ("Avtalet gäller i i i fem år.", "Avtalet gäller i fem år."),
    ("Personalen arbetar i inom ramen for budgeten.", "Personalen arbetar inom ramen för budgeten."),
])
def test_doubled_i_is_dropped(read, printed):
    res = repair(read)
    assert res.text == printed
    assert repair(res.text).text == res.text


@pytest.mark.parametrize("sentence", [
    "Vi deltar i idrottsföreningen.",
    "Hon satt med i inledande samtal om skolan.",
    "Han bor i Italien.",
    "Han bor i Iran och i Irland.",
])
def test_real_i_before_an_i_word_stays(sentence):
    assert repair(sentence.translate(ENGLISH_MODEL)).text == sentence
    assert repair(sentence).text == sentence


@pytest.mark.parametrize("read, printed", [
    # neither piece a word and the run a compound of listed parts the lexicon lacks
    ("Vi vill starka barnomsorg sverksamheten i byn.", "Vi vill stärka barnomsorgsverksamheten i byn."),
    ("Nämnden stöder kult urforeningsarbetet i byn.", "Nämnden stöder kulturföreningsarbetet i byn."),
])
def test_pieces_of_an_unlisted_compound_are_joined(read, printed):
    res = repair(read.translate(ENGLISH_MODEL))
    assert res.text == printed
    assert any(e.reason == "join" and " " in e.original for e in res.edits)


@pytest.mark.parametrize("read", [
    "Vi testade flaggan relax generera med kod.",  # a word beside an unknown token: two tokens
    "Vi har stora barnomsorgsfragor i byn.",  # a compound of its own beside a word
])
def test_a_word_beside_an_unknown_token_is_not_joined_as_a_compound(read):
    assert not any(e.reason == "join" for e in repair(read).edits)


def test_a_piece_opening_with_the_english_models_capital_for_a_small_mark_joins():
    # å read "A" at the start of the second piece: no name, the run is "bestående"
    out = repair("Huset ar till storsta delen best Aende av tra.")
    assert out.text == "Huset är till största delen bestående av trä."
    assert "join" in [e.reason for e in out.edits]


@pytest.mark.parametrize("text", [
    "Vi mdtte styrelsen Oscar och Anna i hallen.",  # names: a capital before small letters
    "Kommunen har en sam Ordning for alla.",  # "samordning" is no reason to join a capital word
])
def test_a_capitalised_word_stays_apart(text):
    out = repair(text)
    assert not any(e.reason == "join" for e in out.edits)
