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
