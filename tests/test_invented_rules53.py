"""General rules of Swedish council documents found by the fifty-third round of invented documents
(tests/fixtures/invented 1060-): matters without numbers. Each case is invented Swedish and failed
before its rule."""


def _items(record):
    return [(i["number"], i["title"], i["dnr"]) for i in record["items"]]


def test_a_summing_up_pages_headings_over_paragraphs_are_its_matters(extract_text):
    # No "Beslut:" line closes a matter: the headline names the page a summing-up, each heading's
    # paragraph tells its decision; the lead's heading and the contact box are no matters.
    text = ("Åsele kommun\n\nBeslut i korthet från kommunfullmäktige 11 maj 2038\n\nOm mötet\n\n"
            "Fullmäktige sammanträdde i Åsele på måndagskvällen. Här är ett urval av besluten.\n\n"
            "Ny hamnplan för Volgsjöns strand\n\nFullmäktige antog en ny hamnplan för båtklubbarnas bryggor.\n\n"
            "Stöd till Gafsele byaförening\n\nGafsele byaförening får 42 000 kronor till ett nytt tak på byastugan.\n\n"
            "Kontakt\n\nLena Holmqvist, kommunsekreterare\n")
    assert _items(extract_text(text)) == [(None, "Ny hamnplan för Volgsjöns strand", None),
                                          (None, "Stöd till Gafsele byaförening", None)]


def test_a_bold_heading_copied_as_plain_text_stands_right_over_its_paragraph(extract_text):
    text = ("Ljusnarsbergs kommun\n\nDetta beslutade kommunstyrelsen 7 februari 2039\n\nPublicerad 9 februari 2039\n\n"
            "Ny renhållningstaxa\nKommunstyrelsen föreslår fullmäktige att anta en ny taxa för avfall.\n\n"
            "Medborgarförslag om utegym i Kopparberg\nMedborgarförslaget bifölls och ett utegym byggs under våren.\n")
    assert _items(extract_text(text)) == [(None, "Ny renhållningstaxa", None),
                                          (None, "Medborgarförslag om utegym i Kopparberg", None)]


def test_a_dnr_in_brackets_ending_a_summed_up_heading_is_the_matters(extract_text):
    text = ("Region Kronoberg\n\n# Regionstyrelsen i korthet 3 mars 2040\n\n"
            "## Ny hyresmodell för vårdcentraler (RS 2040/118)\n\nRegionstyrelsen godkände den nya hyresmodellen.\n\n"
            "## Avtal om tolkförmedling (RS 2040/96)\n\nRegionen tecknar avtal med en ny leverantör från hösten.\n")
    assert _items(extract_text(text)) == [(None, "Ny hyresmodell för vårdcentraler", "RS 2040/118"),
                                          (None, "Avtal om tolkförmedling", "RS 2040/96")]


def test_a_news_article_with_subheadings_names_no_matters(extract_text):
    # The headline names no summing-up: the subheadings are the article's, no listed matters.
    text = ("Åsele kommun\n\nNu byggs den nya simhallen\n\nPublicerad 2 juni 2038\n\n"
            "Bygget har börjat\n\nEntreprenören får tillträde till tomten i juni.\n\n"
            "Öppning hösten 2040\n\nKommunen räknar med att hallen öppnar till höstterminen.\n")
    assert extract_text(text)["items"] == []


def test_a_numbered_group_rows_bare_sub_lines_are_items_without_number(extract_text):
    text = ("Ljusnarsbergs kommun\nSocialnämnden\n\nFÖREDRAGNINGSLISTA\n\nSammanträde 14 mars 2039 kl. 09.00\n\n"
            "1. Val av justerare\n\n2. Budgetuppföljning februari\n   Dnr SN 2039/0021\n\n"
            "3. Informationsärenden\n   Läget i hemtjänsten\n   - Rapport från brukarrådet\n\n"
            "4. Övriga frågor\n")
    items = _items(extract_text(text))
    assert (None, "Läget i hemtjänsten", None) in items
    assert (None, "Rapport från brukarrådet", None) in items
    assert items.index((None, "Läget i hemtjänsten", None)) == items.index(("3", "Informationsärenden", None)) + 1
