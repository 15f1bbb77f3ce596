"""General rules of Swedish council documents found by the sixth round's second series of invented
documents (tests/fixtures/invented 130-): each case is invented Swedish and failed before its rule."""


def test_a_menu_and_breadcrumb_running_into_the_headline(extract_text):
    # A web page exported with no blank line between its menu links, its trail and the headline.
    text = ("Region Exempel\nTrafik och resor\nKultur och fritid\nPolitik och demokrati\n"
            "Startsida / Nyheter / Kultur\n"
            "Regionen ger bidrag till fler sommarscener i länet\nPublicerad 3 maj 2034\n"
            "Kulturnämnden beslutade på onsdagen att fördela 2 miljoner kronor till sommarscener.\n")
    assert extract_text(text)["document"]["title"] == "Regionen ger bidrag till fler sommarscener i länet"


def test_a_paragraph_mark_and_dnr_on_one_line_with_a_collapsed_gap(extract_text):
    # OCR and flattening export the two columns "§ 41" / "Dnr KS 2034/0077" with one space between.
    text = ("EXEMPELBY KOMMUN PROTOKOLLSUTDRAG\nKommunstyrelsen Sammanträdesdatum 2034-03-12\n\n"
            "§ 41 Dnr KS 2034/0077\nTaxa för markupplåtelse 2035\n\nKommunstyrelsens beslut\n"
            "Taxan fastställs enligt bilaga.\n")
    assert extract_text(text)["document"]["title"] == "Taxa för markupplåtelse 2035"


def test_a_party_tables_columns_keep_each_rows_name(extract_text):
    # pdftotext -layout: the number in a column of its own; the row above is another party, not a
    # sentence wrapping into this one.
    text = ("Överenskommelse om idéburet offentligt partnerskap\n\n1. Parter\n\n"
            "   Part                                   Organisationsnummer     Adress\n"
            "   Exempelby kommun, genom socialnämnden   212000-1934             Torget 1, 123 45 Exempelby\n"
            "   Stödcentrum Fyren                      802561-1776             Box 3, 123 21 Exempelby\n")
    parties = {p["org_nr"]: p["name"] for p in extract_text(text)["parties"]}
    assert parties.get("802561-1776") == "Stödcentrum Fyren"


def test_a_definite_head_opening_the_next_flattened_sentence_is_no_part_of_the_name(extract_text):
    # "Stöd till X Förbundet får ...": a heading and its paragraph flattened onto one line.
    text = ("Beslut i korthet från regionstyrelsen 4 juni 2034 Stöd till Exempellänets Schackförbund "
            "Förbundet får 300 000 kronor för en turnering för unga. Kontakt Eva Berg, nämndsekreterare\n")
    assert [p["name"] for p in extract_text(text)["parties"]] == ["Exempellänets Schackförbund"]


def test_a_grant_recipient_named_before_a_relative_clause(extract_text):
    text = ("Nyhet\n\nRegionstyrelsen satsar på lokal matproduktion\n\n"
            "Arbetet leds av Hushållningssällskapet Exempel, som får 250 000 kronor för uppdraget.\n")
    assert [p["name"] for p in extract_text(text)["parties"]] == ["Hushållningssällskapet Exempel"]
