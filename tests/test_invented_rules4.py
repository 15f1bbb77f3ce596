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
    text = ("Region Värmland\nMeny\nVård och hälsa\nKollektivtrafik\nKultur och fritid\nStart / Nyheter\n\n"
            "Regionen öppnar ny vårdcentral i Kungsbacka\n\nPublicerad 3 mars 2032\n\n"
            "Regionstyrelsen beslutade i dag att öppna en ny vårdcentral i Kungsbacka.\n")
    assert extract_text(text)["document"]["title"] == "Regionen öppnar ny vårdcentral i Kungsbacka"


def test_a_remiss_sent_out_names_its_kind(extract_text):
    text = ("Kommunstyrelsen\n\nREMISS\n2032-03-01\nDnr KS 2032/0071\n\n"
            "Remiss: Förslag till kulturplan för Hultsfred kommun 2033–2036\n\n"
            "Svar ska ha kommit in senast den 30 april 2032.\n")
    assert extract_text(text)["document"]["doc_type"] == "remiss"


def test_municipality_and_type_word_run_together_by_ocr_are_letterhead(extract_text):
    # OCR of a letterhead in two columns keeps one space between them: "Exeby kommun TJÄNSTEUTLÅTANDE".
    text = ("Hultsfred kommun TJÄNSTEUTLÅTANDE\nSocialförvaltningen 2032-05-04\n\nDnr SN 2032/0102\nTill Socialnämnden\n\n"
            "Bidrag till Föreningen Vänhjälpen\n\nFörvaltningens förslag till beslut\nBidraget beviljas.\n")
    assert extract_text(text)["document"]["title"] == "Bidrag till Föreningen Vänhjälpen"


def test_an_open_ended_extension_wrapped_over_lines(extract_text):
    text = ("1. Socialnämnden förlänger överenskommelsen med Föreningen Vänhjälpen,\n"
            "org.nr 802497-3318, till och med den 30 juni 2034.\n")
    periods = [(p["start"], p["end"]) for p in extract_text(text)["periods"]]
    assert periods == [(None, "2034-06-30")]


# OCR sets a blank line inside a paragraph: a line ending in a comma goes on past it.
OCR_PARAGRAPH = ("Beslut\n\nMiljö- och hälsoskyddsnämnden registrerar Frödinge Rökeri AB,\n\n"
                 "org.nr 559388-1047, som livsmedelsföretagare.\n\nAvgift\nAvgiften är 1 800 kronor.\n")


def test_a_decision_goes_on_past_a_blank_line_after_a_comma(extract_text):
    points = [p["text"] for p in extract_text(OCR_PARAGRAPH)["decision_points"]]
    assert points == ["Miljö- och hälsoskyddsnämnden registrerar Frödinge Rökeri AB, org.nr 559388-1047, som livsmedelsföretagare."]


def test_a_party_named_over_a_blank_line_before_its_org_number(extract_text):
    parties = [(p["name"], p["org_nr"]) for p in extract_text(OCR_PARAGRAPH)["parties"]]
    assert parties == [("Frödinge Rökeri AB", "559388-1047")]


def test_an_appointee_and_the_new_title(extract_text):
    text = "Ny kulturchef\n\nKommunstyrelsen anställde Vera Lundgren som ny kulturchef för Hultsfred kommun.\n"
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Vera Lundgren") == "kulturchef för Hultsfred kommun"


def test_a_heading_wrapped_in_its_column_beside_a_label_column(extract_text):
    text = ("VIMMERBY KOMMUN                                   TJÄNSTEUTLÅTANDE\n\n"
            "Till Byggnadsnämnden                              2032-05-06\n\n"
            "Ansökan om planbesked för radhus på              Diarienummer\n"
            "fastigheten Tallen 3 i                           BN 2032/0188\n"
            "Storebro\n\n"
            "Förvaltningens förslag till beslut\nNämnden lämnar positivt planbesked.\n")
    assert extract_text(text)["document"]["title"] == "Ansökan om planbesked för radhus på fastigheten Tallen 3 i Storebro"


def test_a_board_code_and_number_alone_under_an_items_heading(extract_text):
    text = ("PROTOKOLL\nBildningsnämnden\n\nPlats  Kommungården\nBeslutande  Eva Ek, ordförande\nJusterare  Per Ek\n\n"
            "§ 11  Val av protokolljusterare\n\nBeslut: Per Ek valdes.\n\n"
            "§ 12  Skolskjutsar läsåret 2032–2033\nBILDN 41/2032\n\nBeslut: Förslaget godkändes.\n\n"
            "§ 13  Bidrag till Kovjoki ungdomsförening\nBILDN 44/2032\n\nBeslut: Förslaget godkändes.\n")
    items = {i["number"]: i["dnr"] for i in extract_text(text)["items"]}
    assert items == {"11": None, "12": "BILDN 41/2032", "13": "BILDN 44/2032"}


def test_a_tables_unit_in_the_line_leading_in_to_it(extract_text):
    text = ("4. Bidrag\nKommunen bidrar med följande belopp (tkr) per verksamhetsår:\n\n"
            "  Verksamhetsår        Bidrag        Lokal\n"
            "  2032/2033              410            90\n"
            "  2033/2034              430            90\n\nBidraget betalas ut i augusti.\n")
    assert sorted({a["value"] for a in extract_text(text)["amounts"]}) == [90000, 410000, 430000]


def test_a_web_pages_heading_does_not_run_into_its_first_paragraph(extract_text):
    text = ("Socialnämndens beslut i korthet 9 maj 2032\n"
            "Här är ett urval av besluten. Protokollet justeras senast den 16 maj.\n\n"
            "Nytt boende i Storebro\nNämnden beslutade att öppna ett nytt boende.\n")
    assert extract_text(text)["document"]["title"] == "Socialnämndens beslut i korthet 9 maj 2032"


HTML_PAGE = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Nyhet</title></head><body>
<header><p>Hultsfred kommun</p><nav><ul><li>Bo och leva</li><li>Kommun och politik</li></ul></nav></header>
<main><h1>Nytt boende i Storebro</h1><p>Socialnämnden beslutade i dag att öppna ett nytt boende i Storebro.</p>
<aside><h2>Kontakt</h2><p>Vera Lundgren, socialchef</p></aside></main>
<aside>Relaterade sidor</aside>
<footer>Hultsfred kommun, 577 80 Hultsfred</footer></body></html>"""


def test_a_web_pages_footer_names_its_municipality_and_its_contact_box_is_read(tmp_path):
    import json

    from docparse.cli import main

    page = tmp_path / "sida.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(page), "-o", str(out)], standalone_mode=False) in (None, 0)
    record = json.loads((out / "sida.html.json").read_text(encoding="utf-8"))
    assert record["document"]["municipality"] == "Hultsfred kommun"
    assert [(p["name"], p["title"]) for p in record["people"]] == [("Vera Lundgren", "socialchef")]
    assert "Relaterade" not in record["text"]


def test_a_title_cut_at_its_lines_end_keeps_no_dangling_preposition(extract_text):
    text = "Gruppen har anmält Vera Lundgren som ny ledamot i\nfinansutskottet efter Per Ek.\n"
    titles = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert titles.get("Vera Lundgren") != "ledamot i"


def test_an_agenda_title_wraps_under_its_dnr_beside_the_foredragande_column(extract_text):
    text = ("KALLELSE\nDirektionen\n\nDirektionen kallas till sammanträde\n\n"
            "Nr   Ärende                                   Dnr            Föredragande\n"
            "1    Val av justerare\n"
            "2    Taxa 2033 för                            VAF 2032/044   Förbundschef Eva Ek\n"
            "     medlemskommunerna\n"
            "3    Anmälan av delegationsbeslut             VAF 2032/002\n")
    items = [(i["number"], i["title"], i["dnr"]) for i in extract_text(text)["items"]]
    assert ("2", "Taxa 2033 för medlemskommunerna", "VAF 2032/044") in items


def test_signers_under_a_dateline_with_the_months_name_and_their_groups(extract_text):
    text = ("Till regionfullmäktige\n\nFler platser i psykiatrin\n\nVi yrkar att regionfullmäktige beslutar\n"
            "att utreda saken.\n\nHultsfred den 12 oktober 2032\n\n"
            "För Centerpartiet                  För Liberalerna\n"
            "Vera Lundgren                      Nils Grip\n"
            "Eva Holmqvist\n")
    signers = {p["name"] for p in extract_text(text)["people"] if p["role"] == "signatory"}
    assert signers == {"Vera Lundgren", "Nils Grip", "Eva Holmqvist"}


def test_a_forbunds_letterhead_run_into_its_sites_menu(extract_text):
    text = ("Räddningstjänsten Norra Älvdal Hem Om oss Nyheter Kontakt Nyheter Ny brandstation i Älvby "
            "Publicerad 2032-05-19 Direktionen för Räddningstjänsten Norra Älvdal beslutade i går att bygga "
            "en ny brandstation. Räddningstjänsten Norra Älvdal, Box 12, 780 50 Älvby\n")
    assert extract_text(text)["document"]["municipality"] == "Räddningstjänsten Norra Älvdal"


def test_one_signer_under_place_and_date_makes_no_agreement(extract_text):
    # A letter mentioning two organisations and an "överenskommelse", signed by one: no agreement.
    text = ("Hultsfred kommun\n\nInformation om bidrag\n\nEnligt överenskommelsen mellan Hultsfred IF, org.nr 802497-3318, "
            "och Hultsfred Hembygdsförening, org.nr 893201-4478, delas lokalen.\n\nHultsfred 2032-05-04\n\nVera Lundgren\n")
    assert extract_text(text)["document"]["doc_type"] != "överenskommelse"


def test_a_flattened_pages_headline_after_its_menu(extract_text):
    text = ("Hem Bo och leva Kommun och politik Nyheter / Politik Ny skola i Vallby byggs till hösten "
            "Publicerad 2032-04-02 Barn- och utbildningsnämnden beslutade i går att bygga en ny skola i Vallby. "
            "Skolan ska ha plats för 300 elever och kosta 140 miljoner kronor. Hultsfred kommun, 577 80 Hultsfred\n")
    assert extract_text(text)["document"]["title"] == "Ny skola i Vallby byggs till hösten"


def test_a_flattened_letter_is_no_menu(extract_text):
    # Running text with numbers before any run of lower-case words: no menu, no headline taken from it.
    text = ("Hultsfred kommun Yttrande 2032-04-02 Dnr KS 2032/0040 Kommunen har tagit del av remissen och har "
            "inga synpunkter på förslaget i sin helhet men vill lyfta två frågor om kollektivtrafiken i länet. " * 2 + "\n")
    assert extract_text(text)["document"]["title"] != "Kommunen har tagit del av remissen och har inga synpunkter"
