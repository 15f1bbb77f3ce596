"""General rules of kallelser and föredragningslistor found by round 44 (tests/fixtures/invented/880-886):
matters grouped under Beslutsärenden / Informationsärenden / Anmälningsärenden whose numbering starts
again in each group (a short group with no dnr among them too); rows set apart
by blank lines, each dnr on the line above its row; a title cut at a page's end and going on under the
next page's running head; a span of years alone on a row's wrapped line; a table cell wrapped over three
lines right of its dnr; a förbund named by one word ("Exebygdsförbundet", in capitals too) or as
"Xs brandförsvar"; "Ansökan om bidrag från X, org.nr ..." and a name wrapped inside "ekonomisk" /
"förening" under a dnr column. Each case is invented Swedish and failed before its rule; the guards
hold what must not change."""


def _items(result):
    return [(i["number"], i["title"], i["dnr"]) for i in result["items"]]


_RESTARTING = (
    "EXEBY RÄDDNINGSTJÄNSTFÖRBUND\n\nDirektionen                         KALLELSE\n\n"
    "Sammanträde: tisdagen den 9 oktober 2040 kl. 13.00\n\n"
    "Formalia\nVal av justerare\nGodkännande av dagordning\n\n"
    "Beslutsärenden\n"
    "1.  Delårsrapport augusti 2040                         ERF 2040/0144\n"
    "2.  Taxa för tillsyn enligt lagen om skydd mot olyckor  ERF 2040/0150\n\n"
    "Informationsärenden\n"
    "1.  Räddningschefen informerar\n"
    "2.  Larmstatistik för sommaren\n\n"
    "Anmälningsärenden\n"
    "1.  Delegationsbeslut september 2040                   ERF 2040/0003\n"
    "2.  Protokoll från skyddskommittén\n\n"
    "Ulla Berg, ordförande\n")


def test_groups_numbered_from_one_again_are_all_items(extract_text):
    assert _items(extract_text(_RESTARTING)) == [
        ("1", "Delårsrapport augusti 2040", "ERF 2040/0144"),
        ("2", "Taxa för tillsyn enligt lagen om skydd mot olyckor", "ERF 2040/0150"),
        ("1", "Räddningschefen informerar", None),
        ("2", "Larmstatistik för sommaren", None),
        ("1", "Delegationsbeslut september 2040", "ERF 2040/0003"),
        ("2", "Protokoll från skyddskommittén", None)]


def test_a_contents_list_and_its_items_are_no_restarting_groups(extract_text):
    # (guard: the same titles numbered again below are the listed items' own pages, not new groups)
    text = ("EXEBY KOMMUN\nKulturnämnden\n\nFöredragningslista\n\n"
            "1. Budget 2041 för kulturskolan\n2. Bidrag till studieförbund\n\n"
            "Ärenden\n\n1. Budget 2041 för kulturskolan\nDnr KN 2040/12\n\nNämnden föreslås besluta att anta budgeten.\n\n"
            "2. Bidrag till studieförbund\nDnr KN 2040/19\n\nNämnden föreslås besluta att fördela bidraget.\n")
    assert [n for n, _t, _d in _items(extract_text(text))] == ["1", "2"]


_DNR_ABOVE = (
    "Exeby kommunalförbund\nDirektionen\n\nKALLELSE\n\n"
    "Direktionen kallas till sammanträde den 4 mars 2041 kl. 10.00.\n\n"
    "1)  Val av justerare\n\n"
    "    EKF 2041/0009\n"
    "2)  Årsredovisning 2040\n"
    "    Handläggare: Per Lind, ekonom\n\n"
    "    EKF 2041/0015\n"
    "3)  Revisionsrapport om förbundets inköp\n\n"
    "4)  Övriga frågor\n")


def test_dnr_opening_the_next_rows_block_is_that_rows(extract_text):
    assert _items(extract_text(_DNR_ABOVE)) == [
        ("1", "Val av justerare", None),
        ("2", "Årsredovisning 2040", "EKF 2041/0009"),
        ("3", "Revisionsrapport om förbundets inköp", "EKF 2041/0015"),
        ("4", "Övriga frågor", None)]


def test_dnr_right_under_its_row_stays_its(extract_text):
    # (guard: no blank line over the dnr's line: it is the row's above it)
    text = ("Exeby kommunalförbund\nDirektionen\n\nKALLELSE\n\nSammanträde den 4 mars 2041\n\n"
            "1)  Årsredovisning 2040\n    EKF 2041/0015\n2)  Budget 2042\n    EKF 2041/0020\n3)  Övriga frågor\n")
    assert _items(extract_text(text)) == [
        ("1", "Årsredovisning 2040", "EKF 2041/0015"), ("2", "Budget 2042", "EKF 2041/0020"), ("3", "Övriga frågor", None)]


def test_ocr_blank_line_between_a_row_and_its_dnr_leaves_the_dnr_its(extract_text):
    # (guard: rows one a line, OCR's blank line only between a title and its dnr below: no blocks)
    text = ("EXEBY KOMMUN\nKommunstyrelsens arbetsutskott\n\nKALLELSE\n\nTid: 4 mars 2041 kl. 10.00\n\nÄrenden\n\n"
            "§ 1 Val av justerare\n§ 2 Lokalplan för skolan\n\nDnr KS 2041/0031\n§ 3 Budget för gatorna\n\n"
            "Dnr KS 2041/0040\n§ 4 Information\n")
    assert _items(extract_text(text)) == [
        ("1", "Val av justerare", None), ("2", "Lokalplan för skolan", "KS 2041/0031"),
        ("3", "Budget för gatorna", "KS 2041/0040"), ("4", "Information", None)]


_PAGE_TURN = (
    "Exeby kommunalförbund\nDirektionen\n\nKALLELSE\n\nSammanträde den 4 mars 2041 kl. 10.00\n\n"
    "1)  Val av justerare\n\n"
    "2)  Handlingsprogram för skydd mot olyckor\n    2041–2044\n\n"
    "3)  Avtal med Exeby Segelsällskap om bevakning av hamnen och\n    badplatserna under\n\n"
    "\fExeby kommunalförbund        Kallelse 2041-03-04        Sida 2 (2)\n\n"
    "    sommarsäsongen 2041\n\n"
    "4)  Övriga frågor\n")


def test_title_going_on_under_the_next_pages_head(extract_text):
    titles = [t for _n, t, _d in _items(extract_text(_PAGE_TURN))]
    assert titles[2] == "Avtal med Exeby Segelsällskap om bevakning av hamnen och badplatserna under sommarsäsongen 2041"


def test_span_of_years_alone_on_the_wrapped_line(extract_text):
    titles = [t for _n, t, _d in _items(extract_text(_PAGE_TURN))]
    assert titles[1] == "Handlingsprogram för skydd mot olyckor 2041–2044"


def test_complete_title_over_a_page_head_takes_nothing_from_the_next_page(extract_text):
    # (guard: a title that can end where it ends does not go on under the running head)
    text = _PAGE_TURN.replace("bevakning av hamnen och\n    badplatserna under\n", "bevakning av hamnen\n")
    titles = [t for _n, t, _d in _items(extract_text(text))]
    assert titles[2] == "Avtal med Exeby Segelsällskap om bevakning av hamnen"


_CELL_THREE_LINES = (
    "                                              EXEBYGDSFÖRBUNDET\n"
    "                                              Direktionen\n\n"
    "FÖREDRAGNINGSLISTA\nSammanträdesdatum: 2040-05-14\n\n"
    "  Nr   Ärende                                  Diarienummer\n"
    "   1   Val av justerare\n"
    "   2   Ansökan om medel ur utvecklingsfonden    EF 2040/0061\n"
    "       från Föreningen Exeby Sjöräddare,\n"
    "       org.nr 802477-1605\n"
    "   3   Budget 2041                              EF 2040/0070\n"
    "   4   Övriga frågor\n")


def test_table_cell_wrapped_over_three_lines_right_of_its_dnr(extract_text):
    assert _items(extract_text(_CELL_THREE_LINES))[1] == (
        "2", "Ansökan om medel ur utvecklingsfonden från Föreningen Exeby Sjöräddare, org.nr 802477-1605", "EF 2040/0061")


def test_forbund_named_by_one_word(extract_text):
    assert extract_text(_CELL_THREE_LINES)["document"]["municipality"] == "Exebygdsförbundet"
    mixed = _CELL_THREE_LINES.replace("EXEBYGDSFÖRBUNDET", "Exebygdsförbundet")
    assert extract_text(mixed)["document"]["municipality"] == "Exebygdsförbundet"


def test_forbund_named_as_its_areas_brandforsvar(extract_text):
    text = ("Exebygdens brandförsvar\nDirektionen\n\nFöredragningslista för direktionens sammanträde\n\n"
            "Datum: 2039-10-26\n\nPunkt 1   Val av justerare\n\nPunkt 2   Budget 2040\n")
    assert extract_text(text)["document"]["municipality"] == "Exebygdens brandförsvar"


def test_generic_forbund_word_alone_names_no_forbund():
    # (guard: "Kommunalförbundet" alone in its cell is a common noun, not a förbund's name; an association's neither)
    from docparse.sv.bodies import FORBUND_LETTERHEAD_CAPS_RE, FORBUND_LETTERHEAD_RE
    assert FORBUND_LETTERHEAD_RE.search("Kommunalförbundet\nNyheter\n") is None
    assert FORBUND_LETTERHEAD_RE.search("Studieförbundet      Kurser\n") is None
    assert FORBUND_LETTERHEAD_CAPS_RE.search("KOMMUNALFÖRBUNDET      KALLELSE\n") is None
    assert FORBUND_LETTERHEAD_RE.search("Exebygdens brandförsvars direktion\n") is None


def test_party_after_a_paper_asking_for_something_from_it(extract_text):
    parties = extract_text(_PAGE_TURN.replace(
        "3)  Avtal med Exeby Segelsällskap", "3)  Ansökan om bidrag från Exeby Sjövärnsförening, org.nr 802501-4476,\n"
        "    till bevakning"))["parties"]
    assert {(p["name"], p["org_nr"]) for p in parties} >= {("Exeby Sjövärnsförening", "802501-4476")}
    assert not any(p["name"].startswith("Ansökan") for p in parties)


def test_name_wrapped_inside_its_legal_form_under_a_dnr_column(extract_text):
    text = ("EXEBY RÄDDNINGSTJÄNSTFÖRBUND\n\nDirektionen\n\nKALLELSE\n\nSammanträde: 9 oktober 2040\n\n"
            "1.  Årsredovisning 2039                                    ERF 2040/0017\n"
            "2.  Avtal om räddningsvärn med Norrby Byalag ekonomisk      ERF 2040/0025\n"
            "    förening, org.nr 769631-9255\n"
            "3.  Övriga frågor\n")
    parties = extract_text(text)["parties"]
    assert ("Norrby Byalag ekonomisk förening", "769631-9255") in {(p["name"], p["org_nr"]) for p in parties}


# --- batch B (887-893) ---

_ONE_ROW_GROUP = (
    "EXEBY BRANDKÅR\nDirektionen\n\nKALLELSE\n\nSammanträde fredagen den 7 december 2040 kl. 09.00.\n\n"
    "BESLUTSÄRENDEN:\n\n"
    "1)  Val av justerare\n"
    "2)  Budget 2041                                  EB 2040/0188\n\n"
    "INFORMATIONSÄRENDEN:\n\n"
    "1)  Förbundsdirektören informerar om stationen i Norrby\n\n"
    "ANMÄLNINGSÄRENDEN:\n\n"
    "1)  Delegationsbeslut november 2040              EB 2040/0004\n"
    "2)  Protokoll från samverkansgruppen\n")


def test_group_of_one_row_among_restarting_groups(extract_text):
    assert _items(extract_text(_ONE_ROW_GROUP)) == [
        ("1", "Val av justerare", None), ("2", "Budget 2041", "EB 2040/0188"),
        ("1", "Förbundsdirektören informerar om stationen i Norrby", None),
        ("1", "Delegationsbeslut november 2040", "EB 2040/0004"), ("2", "Protokoll från samverkansgruppen", None)]


def test_forbund_named_as_its_areas_brandkar_or_raddningstjanst(extract_text):
    assert extract_text(_ONE_ROW_GROUP)["document"]["municipality"] == "Exeby Brandkår"
    text = _ONE_ROW_GROUP.replace("EXEBY BRANDKÅR", "Norrbygdens Räddningstjänst")
    assert extract_text(text)["document"]["municipality"] == "Norrbygdens Räddningstjänst"
    from docparse.sv.bodies import FORBUND_LETTERHEAD_RE
    assert FORBUND_LETTERHEAD_RE.search("Kommunens räddningstjänst\n") is None  # (guard: the owner's word names none)


def test_name_wrapped_with_its_orgnr_goes_on_with_the_title(extract_text):
    text = ("Exeby Räddningstjänst\nDirektionen\n\nFöredragningslista\nSammanträde den 26 maj 2039 kl. 10.00\n\n"
            "Ärende 1: Val av justerare\n\n"
            "Dnr: ER 2039/0044\n"
            "Ärende 2: Samverkansavtal om räddningsvärn med Norrby\n"
            "Brandvärnsförening, org.nr 802511-6404\n"
            "Handläggare: Eva Ek, räddningschef\n\n"
            "Ärende 3: Övriga frågor\n")
    result = extract_text(text)
    assert _items(result) == [
        ("1", "Val av justerare", None),
        ("2", "Samverkansavtal om räddningsvärn med Norrby Brandvärnsförening, org.nr 802511-6404", "ER 2039/0044"),
        ("3", "Övriga frågor", None)]


def test_name_cell_ending_in_a_comma_over_its_orgnr_under_a_dnr_column(extract_text):
    text = ("EXEBY BRANDKÅR\nDirektionen\n\nKALLELSE\n\nSammanträde den 7 december 2040\n\n"
            "1)  Val av justerare\n"
            "2)  Avtal om övningsfält med Norrby Skytteförening,       EB 2040/0176\n"
            "    org.nr 802488-1354\n"
            "3)  Övriga frågor\n")
    parties = {(p["name"], p["org_nr"]) for p in extract_text(text)["parties"]}
    assert parties == {("Norrby Skytteförening", "802488-1354")}  # (no "EB" from the dnr's column as a listed name)


def test_report_months_are_no_period(extract_text):
    text = ("EXEBY STAD\nStadsstyrelsen\n\nFÖREDRAGNINGSLISTA\n\nTid  Måndag 12.10.2040 kl. 16.00\n\n"
            "    1. Val av protokolljusterare\n"
            "    2. Delårsrapport för perioden januari–augusti 2040 och\n"
            "       prognos för hela året                                      SST 201/2040\n"
            "    3. Övriga ärenden\n")
    assert extract_text(text)["periods"] == []


def test_grant_period_in_months_stays_a_period(extract_text):
    # (guard: a grant's months are a period)
    text = "Nämnden beviljar Exeby IK bidrag för perioden januari–augusti 2040.\n"
    assert [(p["start"], p["end"]) for p in extract_text(text)["periods"]] == [("2040-01", "2040-08")]


# --- probes of the round's layouts (unit tests only) ---

def test_title_cut_on_its_first_line_goes_on_past_a_blanked_page_head(extract_text):
    # (the clean stage blanks the repeated head; the title's last words and its dnr follow on page 2)
    text = ("Exeby kommun                                        KALLELSE\nSocialnämnden                                       2039-03-04\n\n"
            "Sammanträdesdag: 13 mars 2039\n\nFöredragningslista\n\n"
            "1   Val av justerare\n2   Avtal om boende med Stiftelsen Exebyhem för\n\n"
            "\fExeby kommun                                        KALLELSE\nSocialnämnden                                       2039-03-04\n\n"
            "    personer med demenssjukdom\n    Dnr SN 2039/0030\n3   Övriga frågor\n")
    assert _items(extract_text(text)) == [
        ("1", "Val av justerare", None),
        ("2", "Avtal om boende med Stiftelsen Exebyhem för personer med demenssjukdom", "SN 2039/0030"),
        ("3", "Övriga frågor", None)]


def test_restarting_groups_under_markdown_headings(extract_text):
    text = ("# Kallelse\n\n**Exeby kommun – Fritidsnämnden**\n\nSammanträde 4 maj 2040 kl. 9\n\n"
            "## Beslutsärenden\n\n1. Val av justerare\n2. Budget 2041, dnr FN 2040/0012\n\n"
            "## Informationsärenden\n\n1. Simhallen informerar\n2. Rapport om badplatser\n")
    assert _items(extract_text(text)) == [
        ("1", "Val av justerare", None), ("2", "Budget 2041", "FN 2040/0012"),
        ("1", "Simhallen informerar", None), ("2", "Rapport om badplatser", None)]


def test_a_whole_lists_heading_is_no_group_of_its_own(extract_text):
    # (guard: "Föredragningslista" heads the whole list; a numbered list under "Ärenden" later is no new group)
    text = ("EXEBY KOMMUN\nKulturnämnden\n\nKALLELSE\n\nSammanträde 4 maj 2040 kl. 9\n\nFöredragningslista\n\n"
            "1. Val av justerare\n2. Budget 2041 (KN 2040/0012)\n3. Övriga frågor\n\n"
            "Ärenden\n\n1. Kulturskolans avgifter\n")
    assert [n for n, _t, _d in _items(extract_text(text))] == ["1", "2", "3"]


def test_presenters_comma_in_the_next_column_ends_no_title(extract_text):
    # (guard: "Eva Ek," in the Föredragande column wraps her title below; the matter's title is whole)
    text = ("EXEBY KOMMUN\nBarn- och utbildningsnämnden\n\nKallelse\n\nTid  Tisdagen den 5 mars 2040 kl. 13.30\n\n"
            "Ärendelista\n\nNr   Ärende                                    Diarienummer     Föredragande\n\n"
            "1    Val av justerare\n\n"
            "2    Månadsuppföljning ekonomi januari 2040    BUN 2040/12      Eva Ekholm,\n"
            "                                                                controller\n\n"
            "3    Övriga frågor\n")
    assert _items(extract_text(text))[1] == ("2", "Månadsuppföljning ekonomi januari 2040", "BUN 2040/12")


def test_unnumbered_group_between_numbered_groups(extract_text):
    text = ("EXEBY KOMMUN\nKulturnämnden\n\nKALLELSE\n\nSammanträde 4 maj 2040 kl. 9\n\n"
            "Beslutsärenden\n1. Val av justerare\n2. Budget 2041 (KN 2040/0012)\n\n"
            "Informationsärenden\nBiblioteket informerar\nRapport från musikskolan\n\n"
            "Anmälningsärenden\n3. Delegationsbeslut (KN 2040/0002)\n4. Meddelanden\n")
    assert _items(extract_text(text)) == [
        ("1", "Val av justerare", None), ("2", "Budget 2041", "KN 2040/0012"),
        (None, "Biblioteket informerar", None), (None, "Rapport från musikskolan", None),
        ("3", "Delegationsbeslut", "KN 2040/0002"), ("4", "Meddelanden", None)]


def test_a_group_heading_in_a_protocols_paragraph_holds_no_rows(extract_text):
    # (guard: between two §§ of a protocol a heading line over short lines is the § text's)
    text = ("EXEBY KOMMUN\nKulturnämnden\n\nPROTOKOLL\n\nSammanträdesdatum 2040-05-04\n\n"
            "§ 21 Val av justerare\n\nNämnden utser Eva Ek att justera protokollet.\n\n"
            "§ 22 Meddelanden\n\nInformationsärenden\nBiblioteket informerar\nRapport från musikskolan\n\n"
            "§ 23 Övriga frågor\n\nInga övriga frågor.\n")
    assert [n for n, _t, _d in _items(extract_text(text))] == ["21", "22", "23"]
