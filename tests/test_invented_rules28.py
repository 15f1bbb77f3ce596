"""General rules of older protocols and protocol excerpts as plain text found by round 28
(tests/fixtures/invented/570-583): an old protocol's margin column holding the § mark and, on the
title's second line, the item's dnr, the title's wrapped end right of it in its column; a § title
typed in capitals over a subheading in lower-case letters (two headings in a row, not one); a
margin's signature box whose dotted line stands between a proposal's heading and its points. Each
case is invented Swedish and failed before its rule; the guards hold what must not change."""


def _items(result):
    return [(i["number"], i["title"], i["dnr"]) for i in result["items"]]


_MARGIN_PROTOCOL = (
    "NORRVIKENS KOMMUN                    SAMMANTRÄDESPROTOKOLL\n"
    "Kommunfullmäktige                    2039-04-22\n\n"
    "Justerare            Lisbet Malm (s)\n\n"
    "§ 17                Val av justerare\n\n"
    "                    Fullmäktige utser Lisbet Malm (s) att justera protokollet.\n\n"
    "§ 18                Ombyggnad av simhallen i Tallby för\n"
    "Dnr KS 2038/211     ökad tillgänglighet\n\n"
    "                    Kommunstyrelsens förslag\n"
    "                    att godkänna ombyggnaden.\n\n"
    "§ 19                Interpellation från Nils Ekdahl (v) om\n"
    "Dnr KS 2039/40      skolskjutsar i Östermark\n\n"
    "                    Interpellationen besvaras av ordföranden.\n\n"
    "§ 20                Revisionsberättelse för Tallby Energi\n"
    "Dnr KS 2039/52      Revisorerna har granskat bolagets räkenskaper.\n\n"
    "                    Kommunfullmäktiges beslut\n"
    "                    att lägga revisionsberättelsen till handlingarna.\n")


def test_a_margin_dnr_under_the_para_mark_with_the_titles_wrapped_end_right_of_it(extract_text):
    assert _items(extract_text(_MARGIN_PROTOCOL))[1:3] == [
        ("18", "Ombyggnad av simhallen i Tallby för ökad tillgänglighet", "KS 2038/211"),
        ("19", "Interpellation från Nils Ekdahl (v) om skolskjutsar i Östermark", "KS 2039/40")]


def test_a_margin_dnr_beside_the_items_text_keeps_the_title_alone(extract_text):
    # (the cell right of the dnr is a sentence of the item's own, not the title's end)
    assert _items(extract_text(_MARGIN_PROTOCOL))[3] == ("20", "Revisionsberättelse för Tallby Energi", "KS 2039/52")


_CAPS_TITLES = (
    "LINDÅSA KOMMUN\nByggnadsnämnden\n\nPROTOKOLLSUTDRAG\nSammanträdesdatum 2038-09-09\n\n"
    "BN § 61    DETALJPLAN FÖR BOSTÄDER VID KVARNBÄCKEN         Dnr BN 2038/0077-214\n"
    "           Beslut om granskning\n\n"
    "Planförslaget har varit på samråd.\n\n"
    "Beslut\nByggnadsnämnden beslutar att ställa ut planen för granskning.\n\n"
    "BN § 62    AVTAL MED LINDÅSA IDROTTSFÖRENING OM             Dnr BN 2038/0081-289\n"
    "           DRIFT AV ISBANAN\n\n"
    "Beslut\nByggnadsnämnden godkänner avtalet.\n")


def test_a_title_in_capitals_keeps_its_subheading_in_lower_case_apart(extract_text):
    assert _items(extract_text(_CAPS_TITLES)) == [
        ("61", "DETALJPLAN FÖR BOSTÄDER VID KVARNBÄCKEN", "BN 2038/0077-214"),
        ("62", "AVTAL MED LINDÅSA IDROTTSFÖRENING OM DRIFT AV ISBANAN", "BN 2038/0081-289")]


def test_a_bare_head_over_a_title_in_capitals_keeps_its_subheading_apart(extract_text):
    text = _CAPS_TITLES.replace("BN § 61    DETALJPLAN", "BN § 61\nDETALJPLAN").replace(
        "         Dnr BN 2038/0077-214\n           Beslut", "\nBeslut").replace(
        "           Beslut om granskning\n\n", "Beslut om granskning\n\n")
    text = text.replace("BN § 61\nDETALJPLAN FÖR BOSTÄDER VID KVARNBÄCKEN\nBeslut om granskning\n\n",
                        "BN § 61\nDETALJPLAN FÖR BOSTÄDER VID KVARNBÄCKEN\nSamråd och granskning\n\n")
    assert _items(extract_text(text))[0][1] == "DETALJPLAN FÖR BOSTÄDER VID KVARNBÄCKEN"


_MARGIN_BOX_EXTRACT = (
    "VÄSTRA LUNDBY KOMMUN                     PROTOKOLLSUTDRAG\n"
    "Kommunstyrelsen                          Sammanträdesdatum 2040-05-06\n\n"
    "KS § 88        Dnr KS 2040/102-805\n\n"
    "Bidrag till Lundby Schackklubb för ungdomsverksamhet\n\n"
    "Lundby Schackklubb ansöker om bidrag till sin juniorverksamhet.     Justerandes sign\n"
    "\n"
    "Arbetsutskottets förslag\n"
    "                                                                     ..............\n"
    "1. Kommunstyrelsen beviljar Lundby Schackklubb ett bidrag om\n"
    "   12 000 kronor för 2040.\n"
    "2. Bidraget betalas ut i juni.\n\n"
    "Kommunstyrelsens beslut\n\nEnligt arbetsutskottets förslag.\n")


def test_a_signature_boxs_dotted_line_under_the_proposals_heading_is_no_point(extract_text):
    assert [d["text"] for d in extract_text(_MARGIN_BOX_EXTRACT)["decision_points"]] == [
        "Kommunstyrelsen beviljar Lundby Schackklubb ett bidrag om 12 000 kronor för 2040.",
        "Bidraget betalas ut i juni."]


_PLACE_NAMES = (
    "MOSSBY KOMMUN                      PROTOKOLL\n"
    "Kommunstyrelsen                    2037-02-02\n\n"
    "Beslutande           Kjell Nilsson i Vallbo (c) ordförande\n"
    "                     Kjell Nilsson i Fårnäs (m)\n"
    "                     Greta Sundin (s)\n\n"
    "Övriga deltagare     Ulf Rask, kommunsekreterare\n\n"
    "§ 4\nVal av justerare\n\nBeslut\nGreta Sundin utses att justera.\n\n"
    "§ 5\nMotion om busshållplats i Vallbo\n\nBeslut\nMotionen bifalls.\n")


def test_a_name_with_its_place_before_the_party_keeps_the_place(extract_text):
    names = [p["name"] for p in extract_text(_PLACE_NAMES)["people"]]
    assert "Kjell Nilsson i Vallbo" in names and "Kjell Nilsson i Fårnäs" in names
    assert "Kjell Nilsson" not in names


def test_a_name_before_a_phrase_with_i_keeps_no_place(extract_text):
    # (no party after the place: "i" opens the text's own phrase)
    text = _PLACE_NAMES.replace("Greta Sundin utses att justera.",
                                "Greta Sundin i Mossby kommun utses att justera.")
    names = [p["name"] for p in extract_text(text)["people"]]
    assert "Greta Sundin" in names and not any(n.startswith("Greta Sundin i") for n in names)


# Probing the round's layouts further: an older protocol's § mark at the right margin of its title's line.
_RIGHT_MARGIN_MARKS = (
    "HAMMARVIKS KOMMUN                         SAMMANTRÄDESPROTOKOLL\n"
    "Kommunstyrelsens arbetsutskott            2038-03-04\n\n"
    "Utses att justera   Berit Ahl (m)\n\n"
    "Val av justerare                                          § 21\n\n"
    "Utskottet utser Berit Ahl att justera protokollet.\n\n"
    "Bidrag till Hammarviks Hembygdsförening                   § 22\n"
    "för ny kvarnbro\n"
    "Dnr KS 2038/45\n\n"
    "Arbetsutskottets beslut\n"
    "att bevilja föreningen 30 000 kronor.\n\n"
    "Remiss om regional transportplan                          § 23\n"
    "Dnr KS 2038/51\n\n"
    "Arbetsutskottets förslag till kommunstyrelsen\n"
    "att anta förvaltningens yttrande.\n\n"
    "Meddelanden                                               § 24\n")


def test_para_marks_at_the_right_margin_of_their_titles(extract_text):
    result = extract_text(_RIGHT_MARGIN_MARKS)
    assert _items(result) == [
        ("21", "Val av justerare", None),
        ("22", "Bidrag till Hammarviks Hembygdsförening för ny kvarnbro", "KS 2038/45"),
        ("23", "Remiss om regional transportplan", "KS 2038/51"),
        ("24", "Meddelanden", None)]
    assert [d["text"] for d in result["items"][1]["decision_points"]] == ["att bevilja föreningen 30 000 kronor."]
    assert result["document"]["dnr"] is None


def test_a_lone_right_margin_mark_makes_no_items(extract_text):
    # (one mark is no run: a line of text may end in a reference to a §)
    text = _RIGHT_MARGIN_MARKS.split("Remiss om")[0].replace("Val av justerare" + " " * 42 + "§ 21", "Val av justerare")
    assert extract_text(text)["items"] == []


# An excerpt opening on a later page under its running head alone: the board, the meeting's date, the page.
_RUNNING_HEAD_EXCERPT = (
    "Kommunstyrelsen                                   2038-06-10                      Sida 12\n\n"
    "forts. § 88\n\n"
    "att uppdra åt kommunchefen att återkomma i ärendet.\n\n"
    "§ 89    Dnr KS 2038/201\n"
    "Medborgarförslag om belysning på\n"
    "Ekbackens motionsspår\n\n"
    "Kommunstyrelsens beslut\nMedborgarförslaget bifalls.\n\n"
    "§ 90    Dnr KS 2038/215\nMeddelanden\n")


def test_an_excerpts_running_head_gives_the_meetings_date_before_its_page_mark(extract_text):
    result = extract_text(_RUNNING_HEAD_EXCERPT)
    assert result["document"]["date"] == "2038-06-10"
    assert result["document"]["board"] == "Kommunstyrelsen"
    assert [i["number"] for i in result["items"]] == ["89", "90"]


def test_a_date_before_a_number_that_is_no_page_mark_is_no_heading_date(extract_text):
    # (a bare number after the date is a table's cell, not the page's mark)
    text = _RUNNING_HEAD_EXCERPT.replace("Sida 12", "45 000")
    assert extract_text(text)["document"]["date"] is None


# A § mark at a page's foot, its title on the next page under the running head (page marks "Sida 2", no count).
_HEAD_AT_PAGE_FOOT = (
    "TALLBERGA KOMMUN                   SAMMANTRÄDESPROTOKOLL          Sida 1\n"
    "Kommunstyrelsen                    2038-05-04\n\n"
    "Beslutande   Anna Viklund (s), ordförande\n             Per Holm (m)\n\n"
    "§ 61\nVal av justerare\n\nKommunstyrelsen utser Per Holm.\n\n"
    "§ 62\nDelegationsbeslut\n\nAnmäls delegationsbeslut enligt bilaga.\n\n"
    "§ 63\n\n"
    "Justerandes sign          Utdragsbestyrkande\n"
    "TALLBERGA KOMMUN                   SAMMANTRÄDESPROTOKOLL          Sida 2\n"
    "Kommunstyrelsen                    2038-05-04\n\n"
    "Investeringsbidrag till Tallberga Båtklubb\nDnr 2038.0140\n\n"
    "Kommunstyrelsen beviljar Tallberga Båtklubb 75 000 kronor.\n\n"
    "§ 64\nMeddelanden\n\n"
    "Justerandes sign          Utdragsbestyrkande\n")


def test_a_para_mark_at_a_page_foot_takes_its_title_from_the_next_page(extract_text):
    assert _items(extract_text(_HEAD_AT_PAGE_FOOT))[2] == ("63", "Investeringsbidrag till Tallberga Båtklubb", "2038.0140")


def test_a_para_mark_at_a_page_foot_with_counted_page_marks(extract_text):
    text = _HEAD_AT_PAGE_FOOT.replace("Sida 1\n", "Sida 1 (2)\n").replace("Sida 2\n", "Sida 2 (2)\n")
    assert _items(extract_text(text))[2] == ("63", "Investeringsbidrag till Tallberga Båtklubb", "2038.0140")


def test_a_lone_bare_page_mark_row_stays_the_letterhead(extract_text):
    # (one row with a bare "Sida 1" and no other page's row like it: nothing is masked)
    text = _HEAD_AT_PAGE_FOOT.split("Justerandes sign")[0]
    result = extract_text(text)
    assert result["document"]["title"] == "SAMMANTRÄDESPROTOKOLL" and result["document"]["date"] == "2038-05-04"


# An older protocol's centred heading over three lines: the type word, the meeting, its day with the weekday.
_CENTRED_HEADING = (
    "                                   PROTOKOLL\n"
    "                 fört vid kommunstyrelsens sammanträde\n"
    "                        onsdagen den 4 maj 2038\n\n"
    "Närvarande: Anna Viklund (s), ordf., Per Holm (m)\n\n"
    "§ 61\nVal av justerare\n\nKommunstyrelsen utser Per Holm.\n\n"
    "§ 62\nMeddelanden\n")


def test_a_centred_protocol_heading_goes_on_over_its_day_with_the_weekday(extract_text):
    document = extract_text(_CENTRED_HEADING)["document"]
    assert document["title"] == "PROTOKOLL fört vid kommunstyrelsens sammanträde onsdagen den 4 maj 2038"
    assert document["date"] == "2038-05-04"


def test_a_two_line_protocol_heading_takes_its_day_with_the_weekday(extract_text):
    text = "Protokoll fört vid kommunstyrelsens sammanträde\ntorsdagen den 5 maj 2038\n\n" + _CENTRED_HEADING.split("\n\n", 1)[1]
    assert extract_text(text)["document"]["title"] == "Protokoll fört vid kommunstyrelsens sammanträde torsdagen den 5 maj 2038"
