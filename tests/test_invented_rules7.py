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


def test_a_subject_under_its_label_in_a_label_row(extract_text):
    # A Word table exported with tabs: the labels in one row, their values in the row below.
    text = ("Tjänsteskrivelse\nExempelby kommun\nTekniska förvaltningen\n\n"
            "Ärende\tDatum\tDiarienummer\nNy renhållningstaxa för fritidshus\t2035-02-11\tTN 2035/0019\n\n"
            "Förslag till beslut\nTekniska nämnden föreslår kommunfullmäktige att anta taxan.\n")
    record = extract_text(text)
    assert record["document"]["title"] == "Ny renhållningstaxa för fritidshus"
    assert record["document"]["dnr"] == "TN 2035/0019"
    # pdftotext -layout sets the same rows in columns parted by wide gaps
    record = extract_text(text.replace("\t", "          "))
    assert record["document"]["title"] == "Ny renhållningstaxa för fritidshus"


def test_a_motions_lead_in_naming_the_council_over_its_bullets(extract_text):
    # "Vi föreslår att stadsfullmäktige" alone on its line: the bullets say what the council is to do.
    text = ("MOTION\n\nTill stadsfullmäktige i Exempelby stad\n\nBelysning vid skidspåret\n\n"
            "Spåret används mycket men saknar belysning.\n\nVi föreslår att stadsfullmäktige\n"
            "- uppdrar åt stadsstyrelsen att utreda belysning av spåret,\n- anslår medel för utredningen.\n\n"
            "Exempelby 4.2.2035\n\nAnna Berg          Olof Lind\n")
    assert [p["text"] for p in extract_text(text)["decision_points"]] == [
        "uppdrar åt stadsstyrelsen att utreda belysning av spåret,", "anslår medel för utredningen."]


def test_parties_address_blocks_side_by_side(extract_text):
    # pdftotext -layout: each party's name, address and number in a column of its own.
    text = ("AVTAL\nom drift av elljusspåret\n\nAvtalsparter\n\n"
            "Kommunen                                    Föreningen\n"
            "Exempelby kommun                            Exempelby Skidklubb\n"
            "Fritidsförvaltningen                        c/o Stina Rask, Skogsvägen 2\n"
            "123 80 Exempelby                            123 91 Exempelby\n"
            "Org.nr 212000-1934                          Org.nr 802549-1088\n\n"
            "1 Avtalstid\nAvtalet gäller 2035-06-01 till 2037-05-31.\n")
    parties = {p["org_nr"]: p["name"] for p in extract_text(text)["parties"]}
    assert parties == {"212000-1934": "Exempelby kommun", "802549-1088": "Exempelby Skidklubb"}


def test_a_parties_heading_over_blocks_side_by_side(extract_text):
    # Under "Parter" the two blocks stand in columns: each row's cells are separate parties or
    # their addresses, the column heads ("Kommunen", "Föreningen") their roles.
    text = ("Överenskommelse om samverkan kring fritidsgården\n\nParter\n\n"
            "Kommunen                               Föreningen\n"
            "Exempelby kommun                       Exempelby Hembygdsförening\n"
            "Box 4                                  Gamla vägen 2\n"
            "123 45 Exempelby                       123 45 Exempelby\n"
            "Organisationsnummer: 212000-1934       Organisationsnummer: 802549-1088\n\n"
            "Avtalstid\nÖverenskommelsen gäller 2035-01-01 till 2036-12-31.\n")
    parties = sorted((p["name"], p["org_nr"]) for p in extract_text(text)["parties"])
    assert parties == [("Exempelby Hembygdsförening", "802549-1088"), ("Exempelby kommun", "212000-1934")]


def test_a_letters_reference_labels_are_no_heading(extract_text):
    # "Vår referens" / "Er referens" are a letter's labels as "Vår beteckning" is.
    text = ("Exempelby kommun\nKommunstyrelsen\n\nYTTRANDE\n2035-06-02\nVår referens: KS 2035/0211\n"
            "Er referens: S2035/01234\n\nSynpunkter på promemorian Ny lag om tandvårdsstöd\n\n"
            "Kommunen tillstyrker förslaget.\n")
    assert extract_text(text)["document"]["title"] == "Synpunkter på promemorian Ny lag om tandvårdsstöd"


def test_a_recipients_postal_address_is_no_heading(extract_text):
    text = ("Exempelby kommun\nKommunstyrelsen\n\nRemissvar\n\nSocialdepartementet\n103 33 Stockholm\n\n"
            "Synpunkter på förslaget om nya regler för färdtjänst\n\nKommunen tillstyrker förslaget.\n")
    assert extract_text(text)["document"]["title"] == "Synpunkter på förslaget om nya regler för färdtjänst"


def test_a_grant_recipient_before_som_without_its_comma(extract_text):
    text = ("Nyhet\n\nKulturnämnden fördelar bidrag\n\nBland mottagarna finns Exempelby Konsthall, som får "
            "600 000 kronor, och Teaterföreningen Scenen som får 350 000 kronor.\n")
    assert sorted(p["name"] for p in extract_text(text)["parties"]) == ["Exempelby Konsthall", "Teaterföreningen Scenen"]


def test_two_parties_with_their_numbers_in_one_sentence(extract_text):
    # The municipality opens the clause; the second number belongs to the name just before it.
    text = ("Avtal om föreningsdrift av Norrby badhus\n\nParter\nExempelby kommun, org.nr 212000-1934, nedan kallad "
            "kommunen, och Norrby Simsällskap, org.nr 802549-1088, nedan kallad föreningen.\n")
    parties = {p["org_nr"]: p["name"] for p in extract_text(text)["parties"]}
    assert parties == {"212000-1934": "Exempelby kommun", "802549-1088": "Norrby Simsällskap"}


def test_name_and_title_in_each_cell_of_a_signature_row(extract_text):
    # A Markdown signature table reaches the extractors as tab-separated cells.
    text = ("Avtal om skötsel av elljusspåret\n\nExempelby 2035-11-30\n\n"
            "| För kommunen | För föreningen |\n|---|---|\n"
            "| Lars Berg, kommunstyrelsens ordförande | Stina Falk, ordförande |\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people == {"Lars Berg": "kommunstyrelsens ordförande", "Stina Falk": "ordförande"}


def test_a_subject_in_a_one_column_markdown_table(extract_text):
    # "| Ärende |" / "|---|" / "| subject |": the one-column table's rule is debris like a wider one's.
    text = ("Tjänsteutlåtande\nSocialförvaltningen\nDnr 3.1-0456/2035\n2035-08-21\n\n"
            "| Ärende |\n|---|\n| Förlängt partnerskap med Stadsmissionen Exempel om härbärge |\n\n"
            "## Förslag till beslut\n\n1. Socialnämnden förlänger överenskommelsen.\n")
    assert extract_text(text)["document"]["title"] == "Förlängt partnerskap med Stadsmissionen Exempel om härbärge"


def test_a_budget_table_in_mnkr_with_decimals_in_every_column(extract_text):
    text = ("Budget 2036\n\n| Nämnd | Budget 2036 (mnkr) | Plan 2037 (mnkr) |\n|---|---|---|\n"
            "| Kommunstyrelsen | 142,5 | 145,0 |\n| Socialnämnden | 612,3 | 625,8 |\n")
    assert sorted(a["value"] for a in extract_text(text)["amounts"]) == [142_500_000, 145_000_000, 612_300_000, 625_800_000]


def test_att_clauses_under_a_bodys_proposal_with_no_heading(extract_text):
    # No "Förslag till beslut" heading: the body's own lead-in line opens the list.
    text = ("Tjänsteskrivelse\n2035-10-01\nDnr KS 2035/0500\n\nBudget 2036\n\n"
            "Kommunstyrelsen föreslår kommunfullmäktige besluta\natt fastställa driftbudgeten för 2036,\n"
            "att investeringsramen för 2036 är 95 mnkr.\n\nBakgrund\nBudgeten bygger på oförändrad skattesats.\n")
    assert [p["text"] for p in extract_text(text)["decision_points"]] == [
        "att fastställa driftbudgeten för 2036,", "att investeringsramen för 2036 är 95 mnkr."]
