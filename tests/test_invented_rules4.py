"""General rules of Swedish council documents found by the fourth round of invented documents
(tests/fixtures/invented 76-): each case is invented Swedish and failed before its rule."""


FLAT_EXCERPT = ("Räddningstjänstförbundet Mitt Väst PROTOKOLLSUTDRAG Direktionen Sammanträdesdatum 2032-10-02 "
                "§ 31 Dnr RMV 2032-077 Avgift för brandskyddskontroll 2033 Direktionens beslut "
                "1. Avgiften höjs med fyra procent. 2. Avgiften gäller från den 1 januari 2033. "
                "Ärendet Kostnaderna för sotning och kontroll har ökat under två år i följd. "
                "Protokollet justerat 2032-10-06 Rätt utdraget intygar Nils Grip, sekreterare")


def test_a_flattened_head_of_forbund_type_word_and_board_is_letterhead(extract_text):
    # "<Förbund> PROTOKOLLSUTDRAG Direktionen": the letterhead of a flattened excerpt; its subject
    # follows the § mark's dnr and ends where the direktion's decision begins.
    assert extract_text(FLAT_EXCERPT)["document"]["title"] == "Avgift för brandskyddskontroll 2033"


def test_a_direktions_numbered_decision_inline(extract_text):
    points = [p["text"] for p in extract_text(FLAT_EXCERPT)["decision_points"]]
    assert points == ["Avgiften höjs med fyra procent.", "Avgiften gäller från den 1 januari 2033."]


def test_kallelse_with_its_agenda_named_is_one_heading(extract_text):
    text = ("Vaggeryds kommun\nKultur- och fritidsnämnden\n\n# Kallelse och föredragningslista\n\n"
            "Nämnden kallas till sammanträde den 4 maj 2032 kl. 18.00 i Skillingaryd.\n\n"
            "1. Val av justerare\n2. Bidrag till föreningar 2033\n")
    assert extract_text(text)["document"]["title"] == "Kallelse och föredragningslista"


def test_a_menu_of_links_ending_in_its_breadcrumb_is_no_headline(extract_text):
    text = ("Region Halland\nMeny\nVård och hälsa\nKollektivtrafik\nKultur och fritid\nStart / Nyheter\n\n"
            "Regionen öppnar ny vårdcentral i Kungsbacka\n\nPublicerad 3 mars 2032\n\n"
            "Regionstyrelsen beslutade i dag att öppna en ny vårdcentral i Kungsbacka.\n")
    assert extract_text(text)["document"]["title"] == "Regionen öppnar ny vårdcentral i Kungsbacka"
