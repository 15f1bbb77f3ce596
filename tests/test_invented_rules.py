"""General rules of Swedish council documents found by the third round of invented documents
(tests/fixtures/invented 56-): each case is invented Swedish and failed before its rule."""

import pytest


def _page(n: int, body: str) -> str:
    return f"YDRE KOMMUN                          PROTOKOLL            {n}(3)\nBarn- och utbildningsnämnden\n\n{body}\n"


def test_first_page_copy_of_a_running_head_is_the_letterhead(extract_text):
    # The head repeated on every page is masked as furniture on pages 2 and 3, but on page 1 it
    # is the document's own head: its municipality and heading word are read from it.
    text = "\f".join([
        _page(1, "Sammanträdesdatum 2032-02-11\n\nBeslutande   Eva Lindell (S), ordförande\n\n§ 4   Val av justerare"),
        _page(2, "§ 5   Läsårstider 2032/2033\n\nNämnden fastställer läsårstiderna."),
        _page(3, "§ 6   Skolskjuts\n\nNämnden noterar informationen."),
    ])
    doc = extract_text(text)["document"]
    assert doc["municipality"] == "Ydre kommun"
    assert doc["title"] == "PROTOKOLL"
    from docparse.clean import clean
    furniture = [s for s, _e, k in clean(text).masks if k == "page-furniture"]
    assert furniture and min(furniture) > text.index("\f")  # pages 2 and 3 keep their head masked


@pytest.mark.parametrize("label", ["Var beteckning", "Vår beteckning", "Arendenummer"])
def test_a_label_with_its_a_ring_lost_is_no_title(extract_text, label):
    # OCR without the Swedish model reads "Vår" as "Var", a real word repair leaves alone.
    text = (f"TJÄNSTESKRIVELSE\n\nYdre kommun\n\nDatum 2032-03-02\n{label}: KS 2032/0114\n\n"
            "Kommunstyrelsen\n\nNy taxa för slamtömning\n\nFörslag till beslut\nTaxan antas.\n")
    assert extract_text(text)["document"]["title"] == "Ny taxa för slamtömning"


def _parties(extract_text, text):
    return [(p["name"], p["org_nr"]) for p in extract_text(text)["parties"]]


def test_org_number_on_the_line_after_the_name_and_its_comma(extract_text):
    text = ("§ 12   Försäljning av tomt\n\nKommunstyrelsen beslutar att tomten Kvarnen 3 säljs till Sommens Snickeri AB,\n"
            "org.nr 556567-8744, för 420 000 kronor.\n")
    assert ("Sommens Snickeri AB", "556567-8744") in _parties(extract_text, text)


def test_a_name_wrapped_over_two_lines_before_its_org_number(extract_text):
    text = ("Förslag till beslut\n1. Kultur- och fritidsnämnden beviljar ett bidrag om 60 000 kronor till Sommens\n"
            "   Hembygdsförening, org.nr 802553-3467, för renovering av kvarnen.\n")
    assert _parties(extract_text, text) == [("Sommens Hembygdsförening", "802553-3467")]


def test_an_address_block_label_is_not_joined_to_the_line_above(extract_text):
    text = "Parter\n\nSommens Hembygdsförening\nOrganisationsnummer 802553-3467\n"
    assert _parties(extract_text, text) == [("Sommens Hembygdsförening", "802553-3467")]
