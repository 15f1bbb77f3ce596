"""One sense per discourse (docparse.repair.discourse): a word read without marks whose readings
with different marks are both words ("lanet": lånet/länet) follows what the text speaks of.
Invented texts, read as an English OCR model prints them (no å/ä/ö)."""

import pytest

from docparse.repair import repair

ENGLISH_MODEL = str.maketrans("åäöÅÄÖ", "aaoAAO")


@pytest.mark.parametrize("text", [
    # about loans: "lånet", though "länet" (the county) is the commoner word alone
    "Nämnden beviljar studielån till alla sökande. Ett studielån ska betalas tillbaka inom tio år. "
    "Den som tar ett bostadslån får också hjälp. Om lånet inte betalas går ärendet vidare.",
    # about counties: "länet" stays
    "Länsstyrelsen ansvarar för tillsynen i länet. Varje län har en länsstyrelse och en "
    "landshövding. I hela länet finns många kommuner.",
])
def test_twin_follows_the_text(text):
    res = repair(text.translate(ENGLISH_MODEL))
    assert res.text == text
    assert repair(res.text).text == res.text


def test_a_text_without_such_words_is_left_to_context():
    text = "Vi ses vid stationen klockan tre. Det var en fin dag."
    assert repair(text.translate(ENGLISH_MODEL)).text == text


@pytest.mark.parametrize("text", [
    # about loans, the word read twice, one of them where "för länet" is the commoner phrase: the
    # other "lanet" is no evidence for the county, and the text's many loans outweigh the phrase
    "Kommunen beviljar bostadslån och studielån. Ett bostadslån löper i tio år och ett studielån "
    "i tjugo, men inga lån för konsumtion. Kommunen går i borgen för lånet till föreningen. Räntan på lånet är "
    "rörlig, och ett bostadslån kan lösas i förtid.",
    # about counties, the same phrases: "länet" stays
    "Länsstyrelsen har ansvaret för länet. Länsstyrelsen har en landshövding, och länsstyrelsen "
    "har sitt kontor i residensstaden. Planen gäller för länet. Länsstyrelsen beslutar om länet.",
])
def test_twin_follows_the_text_against_a_common_phrase(text):
    res = repair(text.translate(ENGLISH_MODEL))
    assert res.text == text
    assert repair(res.text).text == res.text
