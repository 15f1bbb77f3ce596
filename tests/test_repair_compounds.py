"""Compounds the lexicon does not list, read by an English OCR model (no å/ä/ö): the head is
decided as a compound's head (docparse.repair.compounds, counts of models/build_heads.py),
not as a free word. Invented sentences and invented compounds, none taken from any corpus."""

import pytest

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.compounds import head_choice

ENGLISH_MODEL = str.maketrans("åäöÅÄÖ", "aaoAAO")


def english_reading(sentence: str) -> str:
    return sentence.translate(ENGLISH_MODEL)


@pytest.mark.parametrize("sentence", [
    "Kommunen ger renoveringslån till föreningen.",  # -lån, not -län (the commoner free word)
    "Hon tog ett cykellån i våras.",
    "Vi har ett semesterlån.",
    "Under planeringsåret ska styrelsen besluta.",  # "året" is no listed compound part
    "Lokalrådet sammanträder i morgon.",
])
def test_unlisted_compound_takes_the_head_that_ends_words(sentence):
    words = [w.strip(".").lower() for w in sentence.split()]
    lexicon = store_for().lexicon
    assert any(len(w) >= 7 and lexicon.logf(w) is None for w in words)  # a compound it does not list
    assert repair(english_reading(sentence)).text == sentence


@pytest.mark.parametrize("sentence", [
    "Den nya skollagen gäller från hösten.",  # -lagen: no "-lägen" ends words
    "Vi ses vid skogsdalen i morgon.",
])
def test_head_without_marks_stays(sentence):
    assert repair(english_reading(sentence)).text == sentence


def test_head_counts_favour_the_productive_twin():
    heads = store_for().heads
    assert heads is not None
    assert heads.count("lån") > 2 * heads.count("län")
    assert heads.count("året") > heads.count("aret")


def test_listed_words_and_short_tokens_are_left_to_the_word_model():
    models = store_for()
    args = (models.lexicon, models.heads, models.channels["eng"])
    assert head_choice("lan", "län", *args) is None  # too short to be a compound
    assert head_choice("renoveringslan", "renoveringslän", *args) == "renoveringslån"
    assert head_choice("renoveringslan", "renoveringslan", *args) == "renoveringslån"
    assert head_choice("renoveringsla", "renoveringslä", *args) is None  # lengths must match the reading


@pytest.mark.parametrize("sentence", [
    "Beslutet gäller för grundskole- och gymnasieelever.",  # "grundskole-", not "grundskola"
    "Vi stödjer förskole- och skolverksamhet.",  # with its marks put back
])
def test_suspended_first_part_keeps_its_letters(sentence):
    read = sentence.translate(ENGLISH_MODEL)
    assert repair(read).text == sentence


def test_hyphen_inside_a_word_is_no_suspended_part():
    from docparse.repair.compounds import suspended_parts
    from docparse.repair.engine import Token

    text = "grundskole-x"
    t = Token(0, 10, "grundskole", True, examined=True, choice=("grundskola", 1.0, "confusion"))
    suspended_parts(text, [t], store_for().lexicon)
    assert t.choice is not None  # "grundskole-x" is one word: the word model's choice stands
    t2 = Token(0, 10, "grundskole", True, examined=True, choice=("grundskola", 1.0, "confusion"))
    suspended_parts("grundskole- och", [t2], store_for().lexicon)
    assert t2.choice is None


def test_two_letter_heads_are_nouns_never_endings():
    heads = store_for().heads
    assert heads.count("år") >= 5  # "budget+år", "verksamhets+år"
    assert heads.count("ar") == 0  # "bil+ar" is a plural, no compound
    assert heads.count("la") == 0  # a verb, no head


@pytest.mark.parametrize("read, expected", [
    ("kvalitetsar", "kvalitetsår"),  # a first part with its linking s
    ("pensionsar", "pensionsår"),
    ("lekparkar", None),  # a common-gender noun and its plural ending: not decided here
])
def test_a_two_letter_head(read, expected):
    models = store_for()
    assert head_choice(read, read, models.lexicon, models.heads, models.channels["eng"]) == expected


@pytest.mark.parametrize("read, expected", [
    # ä read "da" (a typewriter face) before the head: the token is a letter longer than its
    # reading, and the head is read from the token's end
    ("Banken gav ett utjdamningslan till kommunen.", "Banken gav ett utjämningslån till kommunen."),
    ("Staten ger ett forbdattringslan till den som bygger om.",
     "Staten ger ett förbättringslån till den som bygger om."),
])
def test_the_head_of_a_token_with_a_letter_read_as_two(read, expected):
    out = repair(read)
    assert out.text == expected
    assert "compound:head" in [e.reason for e in out.edits]


@pytest.mark.parametrize("read, expected", [
    # a participle ending a compound of three parts: "-ande" ends many words as a head, "-ände"
    # few; the first two parts (kontrakts+slut-) are a compound's first part too
    ("Den kontraktsslutande parten ska svara for kostnaden.",
     "Den kontraktsslutande parten ska svara för kostnaden."),
    ("De fredsslutande staterna mottes i maj.", "De fredsslutande staterna möttes i maj."),
    ("Det ar en miljoforstorande verksamhet.", "Det är en miljöförstörande verksamhet."),
])
def test_a_head_after_two_first_parts(read, expected):
    assert repair(read).text == expected


def test_a_two_letter_head_only_after_one_listed_first_part():
    # "-ar" after two first parts (kommun+lots-) is the plural ending of the last, not "år"
    models = store_for()
    assert head_choice("kommunlotsar", "kommunlotsar", models.lexicon, models.heads, models.channels["eng"]) is None
    assert repair("Vi har tre kommunlotsar i tjanst.").text == "Vi har tre kommunlotsar i tjänst."


@pytest.mark.parametrize("sentence", [
    # "taket" ends many words as a head though the lexicon flags it as no compound's last part:
    # the compound search found no reading, the first part's marks are put back before it
    "Kommunen i Exeby höjde vårdtaket förra året.",
    "Norrby har nu nått skötseltaket för sina parker.",
])
def test_a_first_part_with_its_marks_before_an_unflagged_head(sentence):
    out = repair(english_reading(sentence))
    assert out.text == sentence
    assert "compound:head" in [e.reason for e in out.edits]


def test_an_unflagged_head_after_a_first_part_without_marks_stays():
    # the first part as read has no å/ä/ö to put back: nothing to decide here
    sentence = "Kommunen i Exeby höjde hyrestaket förra året."
    assert repair(english_reading(sentence)).text == sentence


@pytest.mark.parametrize("read, expected", [
    ("skotseltaket", "skötseltaket"),
    ("skolstaden", None),  # "skol-" is a first part as read: nothing to put back ("-den" is no head here)
    ("listening", None),  # a word as read before the ending
])
def test_unflagged_heads_read_only_a_first_part_that_needs_its_marks(read, expected):
    from docparse.repair.compounds import _unflagged_head
    from docparse.repair.engine import _repairer

    models = store_for()
    assert _unflagged_head(read, models.lexicon, models.heads, _repairer(True, models)) == expected
