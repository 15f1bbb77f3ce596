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


def test_the_head_above_the_first_page_mark_is_read(extract_text):
    # "Sida 1" under the head: only the page mark is furniture; the type word, the board and the
    # meeting date above it are the document's own.
    text = ("PROTOKOLLSUTDRAG\nMiljönämnden\nSammanträdesdatum 2032-05-06\nSida 1\nYdre kommun\n\n"
            "§ 12   Dnr MN 2032/0031\n\nTillsynsplan 2033\n\nMiljönämndens beslut\nTillsynsplanen antas.\n\n"
            "Beslutsunderlag\nTjänsteskrivelse från miljöinspektör Elsa Kron\n")
    doc = extract_text(text)["document"]
    assert (doc["doc_type"], doc["board"], doc["date"]) == ("protokollsutdrag", "Miljönämnden", "2032-05-06")


@pytest.mark.parametrize("head, title", [
    ("Ydre kommun\n\nIDÉBURET OFFENTLIGT PARTNERSKAP\n\nÖverenskommelse om idéburet offentligt partnerskap för\n"
     "läxhjälp i Österbymo\n\n1. Parter\n",
     "Överenskommelse om idéburet offentligt partnerskap för läxhjälp i Österbymo"),
    ("Region Östergötland\nRegional utveckling / Regional Development\n                                   YTTRANDE\n"
     "                                   2032-01-12\n\nYttrande över remissen Regional cykelplan\n\nRegionen tillstyrker.\n",
     "Yttrande över remissen Regional cykelplan"),
], ids=["a kind line in capitals above", "an office and a lone type word above"])
def test_a_heading_opening_with_the_documents_kind_is_its_title(extract_text, head, title):
    assert extract_text(head)["document"]["title"] == title


def test_a_block_of_label_lines_with_colons_is_no_heading(extract_text):
    text = ("# Delegationsbeslut\n\n**Kommun:** Ydre kommun\n**Nämnd:** Socialnämnden\n**Beslutsdatum:** 2032-02-02\n"
            "**Diarienummer:** SN 2032/012\n\n## Ärende\n\nAnsökan om färdtjänst\n\n## Beslut\n\nAnsökan beviljas.\n")
    assert extract_text(text)["document"]["title"] == "Ansökan om färdtjänst"


def test_an_adjective_before_a_compound_board(extract_text):
    text = ("YTTRANDE\n\nRegionala utvecklingsnämnden\n\nYttrande över remiss om länsplan\n\n"
            "Beslut i detta ärende har fattats av regionala utvecklingsnämnden.\n")
    assert extract_text(text)["document"]["board"] == "Regionala utvecklingsnämnden"


def test_a_procurement_officer_before_a_name_is_a_title(extract_text):
    text = "Beslutsunderlag\nTjänsteskrivelse från upphandlare Eskil Brandt, 2032-03-30\n"
    assert [(p["name"], p["title"]) for p in extract_text(text)["people"]] == [("Eskil Brandt", "upphandlare")]


def test_names_in_a_tables_presenter_column(extract_text):
    text = ("Kallelse till direktionens sammanträde\n\n| Nr | Ärende | Dnr | Föredragande |\n|---|---|---|---|\n"
            "| 1 | Val av justerare | | |\n| 2 | Delårsrapport | DI 2032/4 | Maja Rydén |\n"
            "| 3 | Taxor 2033 | DI 2032/7 | Olof Hjort |\n\nVälkomna!\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people == {"Maja Rydén": "Föredragande", "Olof Hjort": "Föredragande"}


@pytest.mark.parametrize("line, title", [
    ("KASKÖ STAD                          PROTOKOLL 2/2033", "PROTOKOLL 2/2033"),
    ("KASKÖ STAD                          PROTOKOLL               Nr 2/2033", "PROTOKOLL"),  # a column of its own
])
def test_a_protocols_serial_number_beside_its_heading(extract_text, line, title):
    text = (line + "\nStadsstyrelsen\n\nTid         Måndag 2.2.2033 kl. 16.00\nPlats       Stadshuset\n\n"
            "Närvarande\n[X] Lind Ebba, ordförande\n[X] Holm Axel\n\n§ 1 Laglighet och beslutförhet\n§ 2 Budget 2034\n")
    assert extract_text(text)["document"]["title"] == title


def test_a_subject_in_a_label_tables_cell_wrapped_under_its_value_row(extract_text):
    # A DOCX's label table as the PDF reader gives it: values under their labels, then the
    # subject's cell, its text wrapped onto the next line.
    text = ("Ydre kommun\nBarn- och utbildningsförvaltningen\n\nTJÄNSTESKRIVELSE\n\nDatum\tDiarienummer\n"
            "2032-04-02\tBUN 2032/0044\nÄrende\tNya riktlinjer för modersmålsundervisning\nfrån läsåret 2032/2033\n"
            "Handläggare\tIda Lönn\nTill Barn- och utbildningsnämnden\n\nFörslag till beslut\nRiktlinjerna antas.\n")
    assert extract_text(text)["document"]["title"] == "Nya riktlinjer för modersmålsundervisning från läsåret 2032/2033"


@pytest.mark.parametrize("kind", ["Utdrag ur protokoll", "Protokollsutdrag"])
def test_an_ocr_head_in_columns_without_blank_lines(extract_text, kind):
    # A scanned excerpt as Tesseract gives it: no blank lines, the kind in the letterhead's right
    # column, the board's code and § mark (read "817" for "§ 17") beside the dnr.
    text = (f"YDRE KOMMUN\t{kind}\nMiljö- och byggnadsnämnden\tSammanträdesdatum\n2032-03-01\n"
            "MBN 817\tDnr MBN 2032/0050\nStrandskyddsdispens för badplats vid Sommen\nBeslut\n"
            "Nämnden ger dispens.\n")
    doc = extract_text(text)["document"]
    assert (doc["doc_type"], doc["title"]) == ("protokollsutdrag", "Strandskyddsdispens för badplats vid Sommen")


def test_a_law_references_paragraph_sign_read_as_marks():
    from docparse.repair.paragraph_marks import paragraph_signs
    text = "Nämnden beviljar lov enligt 9 kap. 31 $& plan- och bygglagen och 2 kap. 7 $ miljöbalken. Summa 40 $."
    fixed = [(text[s:e], new) for s, e, new, _reason in paragraph_signs(text)]
    assert fixed == [("$&", "§"), ("$", "§")]  # the dollar after a bare sum is left as read


def test_a_decision_runs_on_past_a_blank_line_inside_its_sentence(extract_text):
    text = ("§ 9   Dnr MBN 2032/0050\n\nBygglov för carport\n\nBeslut\nNämnden beviljar bygglov enligt 9 kap. 31 § plan- och\n\n"
            "bygglagen. Avgiften är 6 200 kronor.\n\nUpplysningar\nBeslutet kan överklagas.\n")
    points = [p["text"] for p in extract_text(text)["decision_points"]]
    assert points == ["Nämnden beviljar bygglov enligt 9 kap. 31 § plan- och bygglagen. Avgiften är 6 200 kronor."]


FLAT_IOP = ("Överenskommelse om idéburet offentligt partnerskap (IOP) Mellan Ydre kommun, org.nr 212000-0555, genom "
            "socialnämnden, och Stiftelsen Ljusglimten, org.nr 802488-1172, nedan kallade parterna. 1 Syfte Partnerskapet "
            "ska minska ensamheten bland äldre. 2 Giltighetstid Överenskommelsen gäller från 1 april 2032 till 31 mars 2034. "
            "3 Underskrifter Österbymo 2032-03-10 Österbymo 2032-03-10 Karin Vik Ordförande socialnämnden Lars Bohman "
            "Styrelseordförande Stiftelsen Ljusglimten")


def test_a_flattened_agreement_head_ends_at_its_parties_clause(extract_text):
    record = extract_text(FLAT_IOP)
    assert record["document"]["title"] == "Överenskommelse om idéburet offentligt partnerskap (IOP)"
    assert ("Ydre kommun", "212000-0555") in [(p["name"], p["org_nr"]) for p in record["parties"]]


def test_a_flattened_agreements_signing_date_and_signers(extract_text):
    record = extract_text(FLAT_IOP)
    assert record["document"]["date"] == "2032-03-10"
    people = {p["name"]: p["title"] for p in record["people"]}
    assert people == {"Karin Vik": "Ordförande socialnämnden", "Lars Bohman": "Styrelseordförande"}


def test_table_cells_one_a_line_do_not_run_on(extract_text):
    text = "Beslut\n\ns\n\nv\n\nmp\n\n5 057 506\n"
    assert [p["text"] for p in extract_text(text)["decision_points"]] in ([], ["s"])
