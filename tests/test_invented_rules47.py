"""General rules of regions' and kommunalförbunds' meeting pages found by round 47
(tests/fixtures/invented/940-953): a row's title wrapped over a line closed by its dnr after a dash or in
brackets ("... för" / "konsertserien 2040 – KN/2039:301", a span of years alone before it); a region's board
named by "Regional" before its head ("Regional utvecklingsnämnd"); a protocol page's "Beslut:" line under
each § read as that item's decision. Each case is invented Swedish and failed before its rule; the guards
hold what must not change."""


def _items(result):
    return [(i["number"], i["title"], i["dnr"]) for i in result["items"]]


_WRAPPED_DASH_DNR = (
    "Region Exeby\nKulturnämnden\n\nFöredragningslista\n\nSammanträde: 2040-02-12, kl. 09.30\n\n"
    "1. Val av justerare\n"
    "2. Remissvar på förslag till regional\n   biblioteksplan – KN/2039:276\n   Tjänsteskrivelse (pdf, 173 kB)\n"
    "3. Bidrag till Exeby Musikförening för\n   konsertserien 2040 – KN/2039:301\n"
    "4. Handlingsplan för biblioteken\n   2040–2043 – KN/2039:12\n"
    "5. Handlingsplan för museerna\n   2040–2043 (KN/2039:13)\n"
    "6. Anmälan av delegationsbeslut – KN/2040:2\n")


def test_a_wrapped_title_closed_by_its_dnr_after_a_dash_or_in_brackets(extract_text):
    assert _items(extract_text(_WRAPPED_DASH_DNR)) == [
        ("1", "Val av justerare", None),
        ("2", "Remissvar på förslag till regional biblioteksplan", "KN/2039:276"),
        ("3", "Bidrag till Exeby Musikförening för konsertserien 2040", "KN/2039:301"),
        ("4", "Handlingsplan för biblioteken 2040–2043", "KN/2039:12"),
        ("5", "Handlingsplan för museerna 2040–2043", "KN/2039:13"),
        ("6", "Anmälan av delegationsbeslut", "KN/2040:2")]


def test_a_dash_inside_a_wrapped_title_is_no_dnr(extract_text):
    # (guard: a dash before words that are no diarienummer keeps them in the title)
    text = ("Region Exeby\nKulturnämnden\n\nFöredragningslista\n\nSammanträde: 2040-02-12\n\n"
            "1. Val av justerare\n2. Utredning om kulturhuset\n   i Exeby – förslag till fortsatt arbete\n"
            "3. Anmälan av delegationsbeslut – KN/2040:2\n")
    items = _items(extract_text(text))
    assert items[1] == ("2", "Utredning om kulturhuset i Exeby – förslag till fortsatt arbete", None)


def test_regional_before_a_board_s_head_is_its_name(extract_text):
    text = ("Region Exeby\nRegional utvecklingsnämnd\n\nFöredragningslista\n\n"
            "Sammanträde: 2040-02-12, kl. 09.30\n\n1. Val av justerare\n2. Anmälan av delegationsbeslut – RUN/2040:2\n")
    assert extract_text(text)["document"]["board"] == "Regional utvecklingsnämnd"


def test_a_regional_in_running_text_names_no_board(extract_text):
    # (guard: lower case in a sentence stays no name)
    text = ("Region Exeby\nKulturnämnden\n\nFöredragningslista\n\nSammanträde: 2040-02-12\n\n"
            "Frågan har tidigare behandlats i en regional utvecklingsnämnd.\n\n"
            "1. Val av justerare\n2. Anmälan av delegationsbeslut – KN/2040:2\n")
    assert extract_text(text)["document"]["board"] == "Kulturnämnden"


_PROTOCOL_PAGE = (
    "Region Exeby\n\nRegionstyrelsens protokoll 4 maj 2040\n\nSammanträdesdatum: 2040-05-04\n\n"
    "§ 51 Val av justerare\nBeslut: Eva Ek (S) och Per Al (M) utses att justera protokollet.\n\n"
    "§ 52 Hyresavtal för vårdcentralen i Exeby\nDnr RS 2040/301\n"
    "Beslut: Regionstyrelsen godkänner hyresavtalet.\n\n"
    "§ 53 Taxa för sjukresor 2041\nDnr RS 2040/288\nBeslutsunderlag: Tjänsteskrivelse 2040-04-10\n"
    "Regionstyrelsens beslut: Regionstyrelsen föreslår regionfullmäktige att anta taxan.\n\n"
    "§ 54 Information om vårdplatsläget\nDnr RS 2040/12\nBeslutsinstans: Regionstyrelsen\n")


def test_a_decision_after_its_label_on_its_line_is_the_item_s_decision(extract_text):
    items = extract_text(_PROTOCOL_PAGE)["items"]
    points = {i["number"]: [p["text"] for p in i["decision_points"]] for i in items}
    assert points["51"] == ["Eva Ek (S) och Per Al (M) utses att justera protokollet."]
    assert points["52"] == ["Regionstyrelsen godkänner hyresavtalet."]
    assert points["53"] == ["Regionstyrelsen föreslår regionfullmäktige att anta taxan."]
    assert points["54"] == []  # "Beslutsinstans:" and "Beslutsunderlag:" label no decision


# --- batch B (947-953) ------------------------------------------------------------------------------

_TABBED = ("Region Exeby\n\nKulturnämnden – dagordning 3 maj 2040\n\nDatum: 2040-05-03\n\n"
           "Nr\tÄrende\tDiarienummer\tHandlingar\n"
           "1\tVal av justerare\t\t\n"
           "2\tBudget 2041 för kulturskolan\tKN200141\tTjänsteskrivelse (pdf, 120 kB)\n"
           "3\tBidrag till Exeby Spelmanslag\tKN200158\tAnsökan (pdf, 88 kB)\n"
           "4\tInformation från förvaltningen\t\tPresentation (pdf, 1,2 MB)\n"
           "5\tDelegationsbeslut\tKN200003\n")


def test_a_tabbed_table_s_dnr_column_gives_each_row_its_dnr_whatever_its_form(extract_text):
    assert _items(extract_text(_TABBED)) == [
        ("1", "Val av justerare", None), ("2", "Budget 2041 för kulturskolan", "KN200141"),
        ("3", "Bidrag till Exeby Spelmanslag", "KN200158"), ("4", "Information från förvaltningen", None),
        ("5", "Delegationsbeslut", "KN200003")]


def test_a_cell_of_words_under_the_dnr_head_is_no_dnr(extract_text):
    # (guard: a cell with no number of a dnr's length stays out)
    text = _TABBED.replace("KN200158", "se bilaga")
    assert _items(extract_text(text))[2] == ("3", "Bidrag till Exeby Spelmanslag", None)


def test_sub_rows_lettered_apart_from_their_number_follow_their_row(extract_text):
    text = ("Region Exeby\n\nRegionfullmäktige 9 juni 2040\n\nFöredragningslista\n\n"
            "1 Upprop\n\n2 Val av justerare\n\n3 Motioner för beslut\n"
            "3 a Svar på motion om nattåg till Exeby – RE 2039/77\n"
            "3 b Svar på motion om taxa för färdtjänst – RE 2039/81\n"
            "3 c Svar på motion om laddplatser – RE 2039/90\n\n4 Anmälan av nya motioner\n")
    assert [(n, d) for n, _t, d in _items(extract_text(text))] == [
        ("1", None), ("2", None), ("3", None), ("3 a", "RE 2039/77"), ("3 b", "RE 2039/81"),
        ("3 c", "RE 2039/90"), ("4", None)]


def test_the_page_s_heading_under_a_breadcrumb_ending_in_it_is_its_heading(extract_text):
    text = ("Region Exeby\nStart > Politik > Protokoll > Regionstyrelsen\n\nProtokoll\n\nRegionstyrelsen\n"
            "Sammanträdesdag: 2040-09-08\nJusteringsdag: 2040-09-15\n\n"
            "§ 12\nVal av justerare\nBeslut\nEva Ek utses.\n\n§ 13\nBudget 2041\nBeslut\nBudgeten godkänns.\n\n"
            "§ 14\nDelegationsbeslut\nBeslut\nAnmälan läggs till handlingarna.\n")
    document = extract_text(text)["document"]
    assert (document["title"], document["date"]) == ("Protokoll", "2040-09-08")


def test_unnumbered_bulleted_rows_keep_their_dnr_after_a_dash_apart(extract_text):
    text = ("Samordningsförbundet Exeby\n\nStyrelsemöte 4 maj 2040\n\n"
            "Styrelsen sammanträder måndagen den 4 maj 2040 kl. 13.00 på förbundets kansli.\n\n"
            "Beslutsärenden\n• Budget 2041 – dnr 2040/11\n• Insatsen Nya vägar – dnr 2040/12\n"
            "• Attestordning – dnr 2040/13\n\nInformationsärenden\n• Förbundschefen informerar\n")
    result = extract_text(text)
    assert _items(result)[:3] == [(None, "Budget 2041", "2040/11"), (None, "Insatsen Nya vägar", "2040/12"),
                                  (None, "Attestordning", "2040/13")]
    assert result["document"]["board"] == "Styrelsen"


def test_a_forbund_named_by_two_trades_in_a_suspended_compound_after_its_area(extract_text):
    text = ("Exebygdens Vatten- och Avfallsförbund\n\nDirektionen 4 mars 2040\n\n"
            "Kallelse till direktionens sammanträde onsdagen den 4 mars 2040 kl. 09.00 i förbundets lokaler i Exeby.\n\n"
            "Punkt 1: Val av justerare\n\nPunkt 2: Årsredovisning 2039\n\nPunkt 3: Taxa 2041\n")
    document = extract_text(text)["document"]
    assert document["municipality"] == "Exebygdens Vatten- och Avfallsförbund"
    assert document["title"] == "Direktionen 4 mars 2040"  # the page's heading, not the sentence's start


# --- probes of the round's layouts (unit tests only) --------------------------------------------------


def test_a_dnr_wrapped_onto_its_own_line_after_its_dash_and_an_em_dash_before_it(extract_text):
    text = ("Region Exeby\nRegionstyrelsen\n\nDagordning\n\nDatum: 2041-04-02\n\n"
            "1. Val av justerare\n2. Hyresavtal för tandvårdsklinik i Norrby — Dnr: RS 2041/98\n"
            "3. Yttrande över remiss om regional planering — RS 2041/31\n"
            "4. Anmälan av delegationsbeslut\n   – RS 2041/3\n")
    assert _items(extract_text(text))[1:] == [
        ("2", "Hyresavtal för tandvårdsklinik i Norrby", "RS 2041/98"),
        ("3", "Yttrande över remiss om regional planering", "RS 2041/31"),
        ("4", "Anmälan av delegationsbeslut", "RS 2041/3")]


def test_a_link_to_a_paper_with_its_file_size_names_no_kind_of_the_page(extract_text):
    text = ("Region Exeby\nStart › Politik › Sammanträden\n\nHälso- och sjukvårdsnämnden 2041-05-20\n\n"
            "Ärende 1 – Val av justerare\nÄrende 2 – Ekonomisk rapport april 2041 (HSN 2041/118)\n"
            "Tjänsteskrivelse (pdf, 210 kB)\nÄrende 3 – Patientsäkerhetsberättelse 2040 (HSN 2041/96)\n"
            "Tjänsteskrivelse.pdf\nÄrende 4 – Information från hälso- och sjukvårdsdirektören\n")
    assert extract_text(text)["document"]["doc_type"] == "kallelse"


def test_a_paper_s_kind_heading_its_own_page_is_still_its_kind(extract_text):
    # (guard: the kind alone, no link's size or file ending after it)
    text = ("Exeby kommun\n\nTJÄNSTESKRIVELSE\n\nDatum: 2041-02-03\n\nBudget 2042 för kulturskolan\n\n"
            "Förslag till beslut\nNämnden antar budgeten.\n")
    assert extract_text(text)["document"]["doc_type"] == "tjänsteskrivelse"


def test_unnumbered_rows_under_a_dated_list_heading_one_wrapped_after_och(extract_text):
    text = ("Region Exeby\nRegionstyrelsen\n\nDagordning 2041-04-02\n\n"
            "• Val av justerare\n• Årsredovisning 2040 (RS 2041/112)\n"
            "• Hyresavtal för tandvårdsklinik i Norrby och\n  Söderby (RS 2041/98)\n"
            "• Anmälan av delegationsbeslut – RS 2041/3\n")
    assert _items(extract_text(text)) == [
        (None, "Val av justerare", None), (None, "Årsredovisning 2040", "RS 2041/112"),
        (None, "Hyresavtal för tandvårdsklinik i Norrby och Söderby", "RS 2041/98"),
        (None, "Anmälan av delegationsbeslut", "RS 2041/3")]


def test_a_paper_listed_under_a_handlingar_label_names_no_kind_of_the_page(extract_text):
    text = ("Region Exeby\nStart / Politik / Kulturnämnden\n\nKulturnämnden 12 mars 2041\n\n"
            "1. Val av justerare\n\n2. Verksamhetsbidrag 2041 till Exeby Konstförening (KN 2041/31)\n"
            "Handlingar\nTjänsteskrivelse\nAnsökan\n\n3. Kulturplan 2042–2045 (KN 2040/412)\nHandlingar\n"
            "Tjänsteskrivelse\nRemissvar\n\n4. Information om Kulturhusets ombyggnad\n")
    assert extract_text(text)["document"]["doc_type"] == "kallelse"


def test_a_kind_heading_over_its_subject_is_no_listed_paper(extract_text):
    # (guard: a sentence between the label and the kind word ends the list)
    text = ("Exeby kommun\nHandlingar\nSe bilagorna till ärendet för mer information om detta.\n\n"
            "Tjänsteskrivelse\n\nDatum: 2041-02-03\n\nBudget 2042 för kulturskolan\n\n"
            "Förslag till beslut\nNämnden antar budgeten.\n")
    assert extract_text(text)["document"]["doc_type"] == "tjänsteskrivelse"
