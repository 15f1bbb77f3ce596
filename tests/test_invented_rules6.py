"""General rules of Swedish council documents found by the sixth round of invented documents
(tests/fixtures/invented 108-): each case is invented Swedish and failed before its rule."""


def _names(record):
    return {p["name"] for p in record["people"]}


def test_a_signature_cell_with_the_signers_party(extract_text):
    # "Name (S)" in one column, a name in the other, their titles beneath.
    text = ("Kallelse till kulturnämndens sammanträde\n\nTid: tisdag 3 oktober 2034 kl. 13.00\n\n"
            "Maja Grönlund (C)                  Olle Stenvall\nordförande                         nämndsekreterare\n\n"
            "Ärenden\n1. Val av justerare\n2. Bidrag till studieförbunden 2035\n")
    assert {"Maja Grönlund", "Olle Stenvall"} <= _names(extract_text(text))


def test_a_cell_with_party_letters_under_a_name_is_no_title(extract_text):
    text = ("Underskrifter\n\nEva Nyholm (S)           Ordförande Karl Sand (M)\n\n§ 4 Budget\n")
    titles = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert titles.get("Eva Nyholm") != "Ordförande Karl Sand (M)"


def test_paragraph_heads_with_titles_in_capitals(extract_text):
    # Finland-Swedish protocols print each matter's title in capitals under its "§ N" line.
    text = ("PROTOKOLL\nBildningsnämnden\n\n§ 41\nSAMMANTRÄDETS LAGLIGHET\n\nBeslut: Mötet är lagligt.\n\n"
            "§ 42\nVAL AV PROTOKOLLJUSTERARE\n\nBeslut: Valda blev Ek och Holm.\n\n"
            "§ 43\nSKOLSKJUTSAR LÄSÅRET 2035–2036\n\nBeslut: Förslaget godkändes.\n")
    items = [(i["number"], i["title"]) for i in extract_text(text)["items"]]
    assert items == [("41", "SAMMANTRÄDETS LAGLIGHET"), ("42", "VAL AV PROTOKOLLJUSTERARE"),
                     ("43", "SKOLSKJUTSAR LÄSÅRET 2035–2036")]


def test_a_bare_fullmaktige_under_the_letterhead_is_the_board(extract_text):
    text = ("LARSMO KOMMUN                SAMMANTRÄDESPROTOKOLL            2/2035\nFullmäktige\n\n"
            "Tid     Torsdag 6.3.2035 kl. 18.00\n\nKommunstyrelsens förslag: Fullmäktige antar planen.\n"
            "Kommunstyrelsen föreslår att budgeten godkänns.\n")
    assert extract_text(text)["document"]["board"] == "Fullmäktige"


def test_a_protocol_heading_naming_its_body_after_a_dash(extract_text):
    text = ("# Räddningstjänsten Södra Vättern\n\n## Protokoll – Direktionen\n\n**Datum:** 2035-02-11\n\n"
            "### § 1 Val av justerare\n\n### § 2 Årsredovisning 2034\n")
    assert extract_text(text)["document"]["title"] == "Protokoll – Direktionen"


def test_an_ocr_paragraph_line_with_its_dnr_label_is_no_title(extract_text):
    # "§ 7" read as "8 7", its cells run together with "Vår beteckning" (å lost) and the number.
    text = ("TIBRO KOMMUN PROTOKOLLSUTDRAG\n\n8 7 Var beteckning BN 2035/0042\n\n"
            "Bygglov för förråd på fastigheten Ekbacken 3:1\n\nBeslut\nBygglov beviljas.\n")
    assert extract_text(text)["document"]["title"] == "Bygglov för förråd på fastigheten Ekbacken 3:1"


def test_a_paragraph_title_wrapped_at_its_column_with_a_capitalised_tail(extract_text):
    # pdftotext -layout: the § and dnr on one line, the title below wrapping before a year or a surname.
    text = ("PROTOKOLL\nKommunfullmäktige\n\n"
            "§ 12                                          Dnr KS 2035/0101\nRevisionsberättelse för kommunalförbundet år\n2034\n\n"
            "Beslut\n1. Berättelsen läggs till handlingarna.\n\n"
            "§ 13                                          Dnr KS 2035/0110\nEntledigande av ersättare i socialnämnden Karl-Erik\n"
            "Bodin (KD)\n\nBeslut\n1. Karl-Erik Bodin entledigas.\n\n"
            "§ 14                                          Dnr KS 2035/0115\nVal av justerare\nBeslut\n\n1. Anna Ek utses.\n")
    record = extract_text(text)
    items = [(i["number"], i["title"]) for i in record["items"]]
    assert items == [("12", "Revisionsberättelse för kommunalförbundet år 2034"),
                     ("13", "Entledigande av ersättare i socialnämnden Karl-Erik Bodin (KD)"),
                     ("14", "Val av justerare")]
    assert "Karl-Erik Bodin" in _names(record)


# ---- batch 2 (115-121)

def test_a_delegation_lists_rows_with_a_date_column_are_items(extract_text):
    # Number, decision date, matter, dnr, decision-maker; a matter wrapping in its column (capitalised or not);
    # "Beslutsfattare" heads a column, it introduces no list of decisions.
    text = ("TIMRÅ KOMMUN                                                  2036-02-04\nMiljönämnden\n\n"
            "DELEGATIONSBESLUT\nRedovisning av delegationsbeslut i januari 2036\n\n"
            "Nr   Datum          Ärende                                   Dnr            Beslutsfattare\n"
            "1    2036-01-08     Föreläggande om sophantering vid         MN 2036/004    Eva Rask, inspektör\n"
            "                    Sörbergets camping\n"
            "2    2036-01-19     Registrering av livsmedelsanläggning     MN 2036/011    Eva Rask, inspektör\n"
            "3    2036-01-27     Tillstånd för värmepump i Bergeforsen    MN 2036/015    Ali Berg, handläggare\n")
    record = extract_text(text)
    assert [(i["number"], i["title"], i["dnr"]) for i in record["items"]] == [
        ("1", "Föreläggande om sophantering vid Sörbergets camping", "MN 2036/004"),
        ("2", "Registrering av livsmedelsanläggning", "MN 2036/011"),
        ("3", "Tillstånd för värmepump i Bergeforsen", "MN 2036/015")]
    # the letterhead's own date, not the first row's under the "Datum" column
    assert record["document"]["date"] == "2036-02-04"


def test_a_date_with_its_clock_time_is_the_meetings(extract_text):
    text = ("Föredragningslista Kultur- och fritidsnämnden Tid: 2036-03-12 kl. 15.00 Plats: Biblioteket "
            "1 Val av justerare 2 Bidrag till Ljusdals Skidklubb 2036 KFN 2036/021 3 Övriga frågor")
    assert extract_text(text)["document"]["date"] == "2036-03-12"


def test_an_organisation_name_does_not_run_over_a_column_gap(extract_text):
    text = ("Beslut: Nämnden tecknar avtal med Stiftelsen     KS 2036/33     Eva Ek\n")
    assert all(p["name"] != "Stiftelsen KS" for p in extract_text(text)["parties"])


def test_a_board_code_and_a_misread_paragraph_mark_is_no_title(extract_text):
    # "BUN § 45" read by OCR as "BUN 845": no heading; the matter's own follows.
    text = ("PEDERSÖRE KOMMUN        PROTOKOLLSUTDRAG\nBildningsnämnden        Sammanträdesdatum 4.2.2036\n\n"
            "BUN 845\nDnr BUN 12/2036\n\nSkolskjutsar under vårterminen\n\nBeslut:\nFörslaget godkändes.\n")
    assert extract_text(text)["document"]["title"] == "Skolskjutsar under vårterminen"


def test_a_pages_heading_over_a_sentence_that_opens_with_the_type_word(extract_text):
    text = ("Start / Politik / Kommunfullmäktige\n\nKommunfullmäktiges protokoll 2036-05-18\n\n"
            "Protokoll från kommunfullmäktiges sammanträde den 18 maj 2036 i stadshuset, Nora.\n\n"
            "§ 61 Val av justerare\n\n§ 62 Årsredovisning 2035\n")
    assert extract_text(text)["document"]["title"] == "Kommunfullmäktiges protokoll 2036-05-18"


def test_a_regions_hyphenated_dnr_alone_under_the_paragraph_line(extract_text):
    text = ("Regionstyrelsens protokoll\n\n§ 12 Delårsrapport per mars 2036\nRS 2036-00231\nRegionstyrelsen godkänner rapporten.\n\n"
            "§ 13 Länstrafikens taxor 2037\nRS 2036-00245\nRegionstyrelsen antar taxorna.\n")
    items = [(i["number"], i["dnr"]) for i in extract_text(text)["items"]]
    assert items == [("12", "RS 2036-00231"), ("13", "RS 2036-00245")]


def test_a_dnr_with_the_boards_code_after_its_number(extract_text):
    text = ("Protokollsutdrag\nKommunstyrelsen\nSammanträdesdatum 2036-04-07\n\n§ 88\nDnr 2036/145 KS\n\n"
            "Försäljning av tomt i Norrby\n\nBeslut\nTomten säljs.\n")
    assert extract_text(text)["document"]["dnr"] == "2036/145 KS"


def test_a_name_wrapped_inside_its_table_cell(extract_text):
    # pdftotext -layout: the matter's cell wraps, its last word at the cell's left edge on the next line.
    text = ("Nr   Datum          Ärende                                   Dnr            Beslutsfattare\n"
            "1    2036-01-08     Avtal om jourhem med Föreningen          SN 2036/004    Eva Rask, enhetschef\n"
            "                    Trygga Hem\n"
            "2    2036-01-19     Bistånd i form av ledsagning             SN 2036/011    Eva Rask, enhetschef\n")
    assert [p["name"] for p in extract_text(text)["parties"]] == ["Föreningen Trygga Hem"]
