"""Headings and table heads printed in capitals read as their mixed-case forms are read (found with
benchmarks/eval_perturbed.py's caps_heads on the invented set): a type word in a heading of capitals
that names the meeting or is owned by the word before it ("KULTURNÄMNDENS PROTOKOLL", "BEVIS OM
JUSTERING AV PROTOKOLL") is part of the title, not the title; an agenda table's head row in capitals
("NR  ÄRENDE  DIARIENUMMER") still names its dnr column. Invented Swedish; each failed before its rule."""

import pytest


def _doc(extract_text, text: str) -> dict:
    return extract_text(text)["document"]


@pytest.mark.parametrize("heading", ["TEKNISKA NÄMNDENS PROTOKOLL 9 MAJ 2039", "Tekniska nämndens protokoll 9 maj 2039"])
def test_a_bodys_protocol_in_capitals_is_the_whole_heading(extract_text, heading):
    text = (f"GRANSJÖ KOMMUN\n\n{heading}\n\nSammanträdesdatum: 2039-05-09\nPlats: Kommunhuset, sal Lärken\n\n"
            "§ 21 Val av justerare\nNämnden utser Lova Strand att justera protokollet.\n")
    assert _doc(extract_text, text)["title"].casefold() == heading.casefold()


def test_a_notice_of_a_protocol_in_capitals_keeps_its_heading(extract_text):
    text = ("GRANSJÖ KOMMUN\n\nBEVIS OM JUSTERING AV PROTOKOLL\n\n"
            "Miljönämndens protokoll från sammanträdet 2039-04-02 är justerat.\n\n"
            "Sammanträdesdatum   2039-04-02\nDatum då anslaget sätts upp   2039-04-09\n")
    assert _doc(extract_text, text)["title"] == "BEVIS OM JUSTERING AV PROTOKOLL"


def test_a_protocol_heading_naming_its_meeting_in_capitals_under_a_running_head(extract_text):
    text = ("Gransjö kommun | Fritidsnämnden | Protokoll 2039-10-14 | Sida 1 av 3\n\n"
            "PROTOKOLL FRÅN FRITIDSNÄMNDENS SAMMANTRÄDE\n\n"
            "Datum: 2039-10-14\nTid: 18.00–20.15\n\n"
            "§ 77 Val av justerare\nNämnden utser Elias Roos att justera protokollet.\n\n"
            "§ 78 Taxor för idrottshallar 2040\nNämnden fastställer taxorna enligt bilaga.\n")
    assert _doc(extract_text, text)["title"] == "PROTOKOLL FRÅN FRITIDSNÄMNDENS SAMMANTRÄDE"


def test_a_board_and_its_paper_in_one_heading_of_capitals(extract_text):
    text = ("# GRANSJÖ KOMMUN\n\n## BYGGNADSNÄMNDEN – KALLELSE\n\n"
            "Tid: 2039-02-03 kl. 13.00\nPlats: Stadshuset\n\n## Ärenden\n\n"
            "1. Val av justerare\n2. Bygglov för carport, Tallbacken 3:7\n")
    assert _doc(extract_text, text)["title"] == "BYGGNADSNÄMNDEN – KALLELSE"


def test_an_agenda_tables_head_row_in_capitals_names_its_dnr_column(extract_text):
    text = ("REGION EXEMPEL\n\nREGIONSTYRELSEN – DAGORDNING 3 JUNI 2039\n\n"
            "NR\tÄRENDE\tDIARIENUMMER\tHANDLINGAR\n"
            "1\tVal av justerare\t\t\n"
            "2\tÅrsredovisning 2038\tRS390112\tTjänsteskrivelse (pdf, 210 kB)\n"
            "3\tHyresavtal för vårdcentralen i Norrby\tRS390140\tAvtal (pdf, 95 kB)\n")
    items = [(i["number"], i["title"], i["dnr"]) for i in extract_text(text)["items"]]
    assert ("2", "Årsredovisning 2038", "RS390112") in items
    assert ("3", "Hyresavtal för vårdcentralen i Norrby", "RS390140") in items


def test_a_letterheads_type_word_in_capitals_stays_the_kind(extract_text):
    # (guard) the nominative body in its own cell, then the kind: a letterhead, not a heading's object
    text = ("GRANSJÖ KOMMUN          PROTOKOLL\nKommunstyrelsen         2039-03-01\n\n"
            "§ 12 Budgetuppföljning\nKommunstyrelsen beslutar att godkänna uppföljningen.\n")
    assert _doc(extract_text, text)["doc_type"] == "protokoll"


def test_a_press_releases_sender_line_in_capitals_is_no_headline(extract_text):
    text = ("PRESSMEDDELANDE FRÅN REGION EXEMPEL\n\n"
            "Regionen ger driftstöd till nya Bygdegården i Älvnäs\n\n"
            "Älvnäs, 4 juni 2039. Regionstyrelsen beslutade i dag att ge Älvnäs Bygdegårdsförening ett driftstöd "
            "på 300 000 kronor om året.\n")
    assert _doc(extract_text, text)["title"] == "Regionen ger driftstöd till nya Bygdegården i Älvnäs"


def test_a_companys_letterhead_in_capitals_is_no_title(extract_text):
    text = ("GRANSJÖ ENERGI OCH FIBER AB\nStyrelsehandling\n\n"
            "Möte nr 3/2039                     Datum 2039-05-14\n"
            "Ärende 4                           Dnr GEF 2039-031\n\n"
            "AVTAL MED GRANSJÖ SKIDKLUBB OM BELYSNING AV MOTIONSSPÅRET\n\n"
            "Förslag till beslut\nStyrelsen godkänner avtalet.\n")
    assert _doc(extract_text, text)["title"] == "AVTAL MED GRANSJÖ SKIDKLUBB OM BELYSNING AV MOTIONSSPÅRET"


def test_a_web_agendas_bulleted_numbers_over_titles_in_capitals_are_items(extract_text):
    # A page's bullets ("•   6" over its title) are no page numbers, whatever case the titles are in; the
    # excerpt starts at item 6 and has two matters.
    text = ("Byggnadsnämnden sammanträder\n\n"
            " •   6\n\n  GODKÄNNANDE AV DAGORDNINGEN\n\n"
            " • Förvaltningen redovisar beslut fattade med stöd av delegation under mars.\n\n"
            " •   7\n\n  BUDGETUPPFÖLJNING FÖR MARS 2040\n\n"
            " • Förslaget höjer timavgiften med fyra procent.\n")
    items = [(i["number"], i["title"]) for i in extract_text(text)["items"]]
    assert items == [("6", "GODKÄNNANDE AV DAGORDNINGEN"), ("7", "BUDGETUPPFÖLJNING FÖR MARS 2040")]
