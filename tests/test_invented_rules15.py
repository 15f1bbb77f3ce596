"""General rules of Swedish council documents found by round 15's meeting documents as an archive holds
them (tests/fixtures/invented 290-): plain pdftotext output (not -layout) with every cell on a line of
its own — an agenda's number, title and dnr on separate lines, a title wrapping after a comma before a
property's designation, a single matter's heading wrapping after "och" with no blank line around it, a
region's board named by its fields and wrapped after a comma in the letterhead above the page mark —
and a role written before the verb that gives it ("Som kontrollansvarig godkänns ..."); then batch 2's (297-)
and variants of both found by probing the same layouts (boards in capitals and utskott named by their fields,
a grant table read one cell a line, headings in capitals wrapping). Each case is invented Swedish and failed
before its rule."""


def _doc(result):
    return result["document"]


def test_an_agenda_title_wrapped_after_a_comma_takes_the_property_below(extract_text):
    text = ("EXEBY KOMMUN\nKALLELSE\nMiljönämnden\nDatum\n2036-09-01\n"
            "Miljönämnden kallas till sammanträde\nTid\nTisdagen den 9 september 2036, kl. 13.00\n"
            "Ärenden\n1.\nVal av justerare\n"
            "2.\nBygglov för nybyggnad av maskinhall,\nNorrby 4:12\nMN 2036/0211\n"
            "3.\nStrandskyddsdispens för bastu, Västanå 1:3\nMN 2036/0240\n"
            "4.\nAnmälan av delegationsbeslut\n")
    items = {i["number"]: (i["title"], i["dnr"]) for i in extract_text(text)["items"]}
    assert items["2"] == ("Bygglov för nybyggnad av maskinhall, Norrby 4:12", "MN 2036/0211")
    assert items["3"] == ("Strandskyddsdispens för bastu, Västanå 1:3", "MN 2036/0240")


def test_a_matter_heading_wrapped_after_och_goes_on_with_no_blank_line_around_it(extract_text):
    # (no page mark: the letterhead's cells, the § and the heading are one block of lines)
    text = ("EXEBY KOMMUN\nPROTOKOLLSUTDRAG\nSammanträdesdatum\nBygg- och miljönämnden\n2036-10-14\n"
            "§ 88\nBMN 2036/0415\nRivningslov för ekonomibyggnad och\nstall, Ekeby 7:2\n"
            "Ärendebeskrivning\nAnsökan gäller rivning av en ekonomibyggnad som inte längre används.\n"
            "Bygg- och miljönämndens beslut\nNämnden beviljar rivningslov.\n")
    assert _doc(extract_text(text))["title"] == "Rivningslov för ekonomibyggnad och stall, Ekeby 7:2"


def test_a_board_named_by_its_fields_wraps_after_a_comma_above_the_page_mark(extract_text):
    text = ("Region Exempel\nProtokoll\nNämnd för kultur,\nfritid och folkbildning\n1(2)\n"
            "Tid:\n2036-05-12 kl. 09:00-11:30\nPlats:\nRegionhuset\n"
            "§ 14\nVal av justerare\nBeslut\nNämnden utser Eva Lindqvist (S) att justera protokollet.\n"
            "§ 15\nBidrag till länsteatern 2037\nRE 2036/0311\nBeslut\n"
            "Nämnden föreslår regionstyrelsen att bevilja bidraget.\n")
    assert _doc(extract_text(text))["board"] == "Nämnd för kultur, fritid och folkbildning"


def test_a_role_before_the_verb_of_appointing_is_the_named_persons_title(extract_text):
    text = ("Tjänsteskrivelse\nDatum: 2036-04-02\n\nBygglov för carport, Söderby 3:9\n\n"
            "Förslag till beslut\n1. Nämnden beviljar bygglov.\n"
            "2. Som kontrollansvarig godkänns Jonas Hedberg, certifierad med behörighet N.\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Jonas Hedberg") == "kontrollansvarig"


# Batch 2 (297-303), written after batch 1's fixes.

def test_a_title_wrapped_after_langs_goes_on_below(extract_text):
    text = ("EXEBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n2036-03-02\n"
            "§ 31\nDnr 2036/041\nTrafiksäkerhetsåtgärder längs\nStorgatan i Exeby\nKommunstyrelsen beslutar att anta planen.\n"
            "§ 32\nDnr 2036/044\nAnmälan av delegationsbeslut\nKommunstyrelsen beslutar att lägga anmälan till handlingarna.\n")
    items = {i["number"]: (i["title"], i["dnr"]) for i in extract_text(text)["items"]}
    assert items["31"] == ("Trafiksäkerhetsåtgärder längs Storgatan i Exeby", "2036/041")


def test_bare_numbers_under_an_agenda_tables_number_column_are_items_and_the_name_under_a_dnr_presents(extract_text):
    text = ("EXEBY KOMMUN\nKultur- och fritidsnämnden\nFÖREDRAGNINGSLISTA\n2036-05-18\n"
            "Nr\nÄrende\nDnr\nFöredragande\n"
            "1\nVal av justerare\n"
            "2\nFöreningsbidrag 2037\nKFN 2036/0102\nSara Lindahl\n"
            "3\nUtredning om ny simhall\nKFN 2036/0077\nPetter Holm\n"
            "4\nMeddelanden\n")
    result = extract_text(text)
    items = {i["number"]: (i["title"], i["dnr"]) for i in result["items"]}
    assert items == {"1": ("Val av justerare", None), "2": ("Föreningsbidrag 2037", "KFN 2036/0102"),
                     "3": ("Utredning om ny simhall", "KFN 2036/0077"), "4": ("Meddelanden", None)}
    people = {p["name"]: p["title"] for p in result["people"]}
    assert people.get("Sara Lindahl") == "Föredragande" and people.get("Petter Holm") == "Föredragande"


def test_a_repeated_page_head_over_its_page_mark_leaves_the_items_last_lines_above_it(extract_text):
    text = ("EXEBY KOMMUN\nKALLELSE\nSocialnämnden\nKallelse SN 2036-11-04\nSida 1 av 2\n"
            "Ärenden\n1. Val av justerare\n"
            "2. Internkontrollplan 2037\nDnr SN 2036/0310\nFöredragande: controller Maja Ekholm\n"
            "Kallelse SN 2036-11-04\nSida 2 av 2\n"
            "3. Meddelanden\n")
    result = extract_text(text)
    items = {i["number"]: (i["title"], i["dnr"]) for i in result["items"]}
    assert items["2"] == ("Internkontrollplan 2037", "SN 2036/0310")
    assert "Maja Ekholm" in {p["name"] for p in result["people"]}


def test_an_agenda_title_wrapped_over_lines_before_its_dnr_line_is_read_whole(extract_text):
    text = ("EXEBY KOMMUN\nKALLELSE\nKommunstyrelsen\n2036-01-20\nÄrenden\n"
            "1. Val av justerare\n"
            "2. Ansökan om bidrag till Norrby\nByalag för upprustning av\nbygdegården\nDnr KS 2035/0401\n"
            "3. Meddelanden\n")
    items = {i["number"]: (i["title"], i["dnr"]) for i in extract_text(text)["items"]}
    assert items["2"] == ("Ansökan om bidrag till Norrby Byalag för upprustning av bygdegården", "KS 2035/0401")


def test_a_region_in_capitals_and_its_board_beside_a_date_column(extract_text):
    text = ("REGION VÄRMLAND\tDAGORDNING\nNämnden för kollektivtrafik\t2036-02-09\n\n"
            "1. Val av justerare\n2. Trafikförsörjningsprogram 2037\n3. Meddelanden\n")
    doc = _doc(extract_text(text))
    assert doc["municipality"] == "Region Värmland"
    assert doc["board"] == "Nämnden för kollektivtrafik"


def test_a_year_alone_under_an_items_line_ending_in_its_dnr_ends_the_title(extract_text):
    text = ("EXEBY KOMMUN\nKALLELSE\nKommunstyrelsen\n2036-01-20\n\n"
            "1. Val av justerare\n\n"
            "2. Verksamhetsplan för kommunens kulturskola KS 2035/0412\n2037\n\n"
            "3. Meddelanden\n")
    items = {i["number"]: (i["title"], i["dnr"]) for i in extract_text(text)["items"]}
    assert items["2"] == ("Verksamhetsplan för kommunens kulturskola 2037", "KS 2035/0412")


def test_a_word_page_header_of_municipality_board_and_kind_is_no_title(extract_text):
    text = ("Exeby kommun · Miljönämnden · Sammanträdesprotokoll\n\n"
            "Protokollsutdrag\n\nMiljönämnden\tSammanträdesdatum 2036-04-21\n\n§ 22\tDnr MN 2036/0033\n\n"
            "Tillsynsavgift för lantbruk 2037\n\nMiljönämndens beslut\n\nNämnden fastställer avgiften.\n")
    assert _doc(extract_text(text))["title"] == "Tillsynsavgift för lantbruk 2037"


# After both batches: variants of their rules.

def test_an_items_dnr_line_right_above_a_repeated_page_head_is_no_part_of_it(extract_text):
    text = ("EXEBY KOMMUN\nKALLELSE\nTekniska nämnden\nKallelse TN 2036-10-06\nSida 1 av 2\n"
            "Ärenden\n1. Val av justerare\n"
            "2. Taxa för renhållning 2037\nDnr TN 2036/0120\n"
            "3. Ny gång- och cykelväg vid Norrskolan\nDnr TN 2036/0131\n"
            "Kallelse TN 2036-10-06\nSida 2 av 2\n"
            "4. Meddelanden\n")
    items = {i["number"]: (i["title"], i["dnr"]) for i in extract_text(text)["items"]}
    assert items["3"] == ("Ny gång- och cykelväg vid Norrskolan", "TN 2036/0131")


def test_a_propertys_designation_alone_under_a_heading_ends_the_title(extract_text):
    text = ("EXEBY KOMMUN\nPROTOKOLL\nByggnadsnämnden\n2036-06-08\n"
            "§ 40\nBN 2036/0201\nNybyggnad av fritidshus\nSjövik 2:17\nBeslut\nBygglov beviljas.\n"
            "§ 41 Rivning av förråd\nNorrby 1:4 och 1:6\nDnr BN 2036/0214\nBeslut\nRivningslov beviljas.\n")
    items = {i["number"]: (i["title"], i["dnr"]) for i in extract_text(text)["items"]}
    assert items["40"] == ("Nybyggnad av fritidshus Sjövik 2:17", "BN 2036/0201")
    assert items["41"] == ("Rivning av förråd Norrby 1:4 och 1:6", "BN 2036/0214")


def test_an_indefinite_joint_nämnd_is_the_board_and_a_sentences_is_none(extract_text):
    text = ("EXEBY KOMMUN\nPROTOKOLL\nGemensam nämnd för hjälpmedel\n2036-09-01\n\n"
            "§ 5 Val av justerare\n\n§ 6 Hjälpmedelsplan 2037\n"
            "Kommunerna har sedan 2030 en gemensam nämnd för hjälpmedel och förbrukningsartiklar.\n")
    assert _doc(extract_text(text))["board"] == "Gemensam nämnd för hjälpmedel"


def test_an_excerpts_section_line_with_its_dnr_opens_the_matter_and_ends_the_head(extract_text):
    text = ("EXEBY KOMMUN\nUtdrag ur protokoll\nSammanträdesdatum\nKommunstyrelsens arbetsutskott\n2036-04-02\n"
            "§ 77 Dnr KS 2036/144\nMedborgarförslag om\nutegym i Norrby\n"
            "Ärendet\nEtt medborgarförslag om ett utegym har kommit in.\n"
            "Arbetsutskottets förslag\nKommunstyrelsen föreslår kommunfullmäktige att bifalla förslaget.\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Medborgarförslag om utegym i Norrby"
    assert doc["board"] == "Kommunstyrelsens arbetsutskott"


def test_a_heading_in_capitals_goes_on_in_a_short_line_in_capitals(extract_text):
    text = ("EXEBY KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\n1996-11-25\n"
            "§ 88\nVAL AV JUSTERARE\n"
            "§ 89\nDnr 96.204\nFÖRSÄLJNING AV AKTIER I EXEBY\nENERGI AB\nKommunfullmäktige beslutar att sälja aktierna.\n"
            "§ 90\nBUDGET 1997\nSOCN 12/1996\nBESLUT\nBudgeten antas.\n")
    items = {i["number"]: (i["title"], i["dnr"]) for i in extract_text(text)["items"]}
    assert items["89"] == ("FÖRSÄLJNING AV AKTIER I EXEBY ENERGI AB", "96.204")
    assert items["90"][0] == "BUDGET 1997"


def test_a_grant_table_read_one_cell_a_line_names_each_party_in_its_own_row(extract_text):
    text = ("EXEBY KOMMUN\nPROTOKOLLSUTDRAG\nFritidsnämnden\n2036-03-04\n§ 22\nFN 2036/0044\nLokalbidrag 2036\n"
            "Nämnden beviljar bidrag enligt tabellen.\n"
            "Förening\nOrganisationsnummer\nBidrag\n"
            "Norrby Bordtennisklubb\n804533-3146\n25 000 kr\n"
            "Ekeby Scoutkår\n807893-2889\n18 500 kr\n")
    parties = {p["name"]: p["org_nr"] for p in extract_text(text)["parties"]}
    assert parties.get("Norrby Bordtennisklubb") == "804533-3146"
    assert parties.get("Ekeby Scoutkår") == "807893-2889"
    assert "Organisationsnummer" not in parties


def test_a_sub_body_or_a_compound_board_in_capitals_is_the_board(extract_text):
    au = ("EXEBY KOMMUN\nKOMMUNSTYRELSENS ARBETSUTSKOTT\nKALLELSE\n2036-05-04\n"
          "1. Val av justerare\n2. Budgetuppföljning april\n3. Delegationsbeslut\n")
    assert _doc(extract_text(au))["board"] == "Kommunstyrelsens arbetsutskott"
    mbn = ("EXEBY KOMMUN\nBYGG- OCH MILJÖNÄMNDEN\nPROTOKOLL\n2036-05-11\n"
           "§ 1\nVal av justerare\n§ 2\nTillsynsplan 2037\n")
    assert _doc(extract_text(mbn))["board"] == "Bygg- och miljönämnden"


def test_a_nämnds_utskott_named_by_its_fields_or_by_what_it_is_for_keeps_its_owner(extract_text):
    def board(name):
        text = f"EXEBY KOMMUN\nPROTOKOLL\n{name}\n2036-05-04\n§ 1\nVal av justerare\n§ 2\nMeddelanden\n"
        return _doc(extract_text(text))["board"]
    assert board("Kommunstyrelsens ekonomi- och personalutskott") == "Kommunstyrelsens ekonomi- och personalutskott"
    assert board("Omsorgsnämndens utskott för individärenden") == "Omsorgsnämndens utskott för individärenden"
    assert board("Utskottet för myndighetsärenden") == "Utskottet för myndighetsärenden"


def test_an_agenda_heading_naming_the_summons_after_it_is_the_whole_title(extract_text):
    text = ("EXEBY KOMMUN\nFöredragningslista och kallelse\nTekniska nämnden\nSammanträde 2036-05-04 kl. 13.00\n"
            "1. Val av justerare\n2. Gatuunderhåll 2037\n3. Meddelanden\n")
    assert _doc(extract_text(text))["title"] == "Föredragningslista och kallelse"
