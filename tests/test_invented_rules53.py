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


def test_a_one_word_heading_over_a_decided_paragraph_is_a_matter(extract_text):
    text = ("Hällefors kommun\n\nBeslut i korthet – kommunfullmäktige 3 juni 2040\n\n"
            "Delårsbokslut\n\nFullmäktige godkände delårsbokslutet per april.\n\n"
            "Valärenden\n\nFullmäktige valde Ida Sandberg (M) till ledamot i valnämnden.\n\n"
            "Kontakt\n\nKommunkansliet, 0591-641 00\n")
    assert _items(extract_text(text)) == [(None, "Delårsbokslut", None), (None, "Valärenden", None)]


def test_a_summed_up_matters_dnr_on_its_own_line_is_its_own(extract_text):
    # Under the heading or after the paragraph; a section closed by "Beslut: ..." is decided; a
    # section telling the next meeting is no matter.
    text = ("Region Västernorrland\n\nRegionstyrelsen i korthet 5 maj 2041\n\n"
            "Nytt ambulansavtal\nRS 2041/0201\n\nAvtalet med grannregionen förlängs.\n\nBeslut: Enligt förslaget.\n\n"
            "Hyra av lokaler i Sollefteå\nRegionstyrelsen godkände hyresavtalet för den nya tandvårdskliniken.\n"
            "Diarienummer: RS 2041/0188\n\n"
            "Nästa sammanträde\nRegionstyrelsen sammanträder nästa gång den 2 juni 2041.\n")
    record = extract_text(text)
    assert _items(record) == [(None, "Nytt ambulansavtal", "RS 2041/0201"),
                              (None, "Hyra av lokaler i Sollefteå", "RS 2041/0188")]


def test_summed_up_matters_dnr_lines_do_not_make_the_page_a_formal_paper(extract_text):
    # "Diarienummer:" under each matter's paragraph is the matter's, no formal head's mark: still news.
    text = ("Region Västernorrland\n\n**Regionstyrelsen i korthet 5 maj 2041**\n\nUppdaterad: 2041-05-07\n\n"
            "Regionstyrelsen sammanträdde i Härnösand.\n\n"
            "**Hyra av lokaler i Sollefteå**\nRegionstyrelsen godkände hyresavtalet för den nya tandvårdskliniken.\n"
            "Diarienummer: RS 2041/0188\n\n"
            "**Stöd till patientföreningar**\nRegionstyrelsen beviljade tre patientföreningar bidrag för 2042.\n"
            "Diarienummer: RS 2041/0173\n")
    document = extract_text(text)["document"]
    assert document["doc_type"] == "nyhet"
    assert document["date"] == "2041-05-07"


def test_two_bare_title_heads_each_with_its_decision_are_a_protocols_items(extract_text):
    text = ("HÄLLEFORS KOMMUN                  PROTOKOLL              5 (9)\nKommunstyrelsen                   2040-06-02\n\n"
            "NY TAXA FÖR BYGGLOV\nDiarienummer KS 2040/0121\n\nSammanfattning\nTaxan räknas upp med index.\n\n"
            "Kommunstyrelsens beslut\nTaxan antas.\n\n\n"
            "UTEGYM VID SÄRSJÖN\nDiarienummer KS 2040/0098\n\nSammanfattning\nEtt utegym föreslås vid badplatsen.\n\n"
            "Kommunstyrelsens beslut\nFörslaget bifalls.\n")
    assert _items(extract_text(text)) == [(None, "NY TAXA FÖR BYGGLOV", "KS 2040/0121"),
                                          (None, "UTEGYM VID SÄRSJÖN", "KS 2040/0098")]


def test_a_notices_sentence_over_its_dash_list_leads_the_matters(extract_text):
    text = ("Hällefors kommun\n\nKungörelse\n\nKommunfullmäktige sammanträder tisdagen den 9 april 2041 kl. 18.00 "
            "i Folkets hus.\n\nFöljande ärenden behandlas:\n\n– Val av justerare\n– Årsredovisning 2040\n  Dnr 2041/044\n"
            "– Motion om belysning vid Hammarn\n  Dnr 2040/212\n\nSammanträdet är öppet för allmänheten.\n")
    assert _items(extract_text(text)) == [(None, "Val av justerare", None), (None, "Årsredovisning 2040", "2041/044"),
                                          (None, "Motion om belysning vid Hammarn", "2040/212")]


def test_a_papers_section_ärendet_i_korthet_names_no_summing_up_page(extract_text):
    # "Ärendet i korthet" heads a paper's summary: its one-word section headings are no matters.
    text = ("HÄLLEFORS KOMMUN                  PROTOKOLLSUTDRAG\nSocialnämnden                     2041-02-11\n\n"
            "§ 12                              Dnr SN 2041/0007\n\nBidrag till Grythyttans brukarförening\n\n"
            "Ärendet i korthet\nFöreningen har ansökt om bidrag för 2041.\n\n"
            "Beslutsgång\nOrdföranden finner att nämnden bifaller förslaget.\n\n"
            "Protokollsanteckning\nEva Lund (V) lämnar en anteckning.\n")
    assert extract_text(text)["items"] == []


def test_a_clauses_subject_and_verb_before_a_short_name_are_no_part_of_it(extract_text):
    # "Regionen blir medlem i X, org.nr ...": six words or fewer before the number, yet a clause.
    text = ("Beslut i korthet\n\nRegionen blir medlem i Hallands Kanotförbund, org.nr 802518-7306, "
            "och betalar 20 000 kronor per år.\n")
    parties = [(p["name"], p["org_nr"]) for p in extract_text(text)["parties"]]
    assert parties == [("Hallands Kanotförbund", "802518-7306")]


def test_a_matter_told_as_said_yes_to_or_gavelled_is_decided(extract_text):
    text = ("Hällefors kommun\n\nKommunfullmäktige i korthet 12 mars 2041\n\n"
            "Ny idrottshall i Grythyttan\n\nFullmäktige sa ja till en ny idrottshall vid skolan.\n\n"
            "Budget för räddningstjänsten\n\nBudgeten klubbades utan debatt.\n")
    assert _items(extract_text(text)) == [(None, "Ny idrottshall i Grythyttan", None),
                                          (None, "Budget för räddningstjänsten", None)]


def test_bare_lines_under_a_protocols_informationsarenden_paragraph_are_no_items(extract_text):
    # Under a § they tell what the § dealt with; only an agenda's group row lists matters so.
    text = ("PROTOKOLL\nSocialnämnden 2041-03-02\n\n§ 44 Budgetuppföljning\nNämnden godkänner uppföljningen.\n\n"
            "§ 45 Informationsärenden\n   Läget i hemtjänsten\n   Prognos för helåret\n\n"
            "§ 46 Övriga frågor\nInga övriga frågor.\n")
    assert _items(extract_text(text)) == [("44", "Budgetuppföljning", None), ("45", "Informationsärenden", None),
                                          ("46", "Övriga frågor", None)]
