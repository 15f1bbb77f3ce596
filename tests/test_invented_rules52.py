"""General rules of tjänsteskrivelser and beslutsunderlag heads found by round 52
(tests/fixtures/invented/1040-1053): a letter's place dateline beside the paper's kind ("Tjänsteskrivelse
      Granbo den 12 maj 2040") is no subject; a paper addressed to the bare "Nämnden" is the nämnd its
footer names, not the council its proposal names; a date in its own cell of the letterhead's line, a
diarienummer in the cell after it, is the paper's; the signers' names and titles after a flattened
proposal's last sentence are no part of it. Each case is invented Swedish and failed before its rule; the
guards hold what must not change."""

from docparse.structure.title import _is_letter_dateline


_DATELINE_HEAD = (
    "                                                     Dnr KFN 2040/0318\n"
    "Exeby kommun\n\n"
    "Tjänsteskrivelse                           Granbo den 12 maj 2040\n\n"
    "Till: Kultur- och fritidsnämnden\n\n"
    "Ärende: Ny lekplats vid Norrtorps skola\n\n"
    "Bakgrund\nLekplatsen vid Norrtorps skola är sliten och två av gungställningarna har tagits bort.\n\n"
    "Förslag till beslut\nKultur- och fritidsnämnden godkänner att en ny lekplats byggs vid Norrtorps skola.\n\n"
    "Lisa Tornvall\nFritidschef\n")


def test_a_place_dateline_beside_the_kind_is_no_title(extract_text):
    doc = extract_text(_DATELINE_HEAD)["document"]
    assert doc["title"] == "Ny lekplats vid Norrtorps skola"
    assert doc["date"] == "2040-05-12"


def test_a_body_or_a_meeting_before_den_is_no_letter_dateline():
    # (guard: a board's or meeting's day may head a page of its own)
    assert _is_letter_dateline("Granbo den 12 maj 2040")
    assert _is_letter_dateline("Övre Granbo, den 12 maj 2040")
    assert not _is_letter_dateline("Kommunstyrelsen den 12 maj 2040")
    assert not _is_letter_dateline("Sammanträde den 12 maj 2040")
    assert not _is_letter_dateline("Granbo den 12 maj")


_BARE_NAMND = (
    "BESLUTSUNDERLAG\n"
    "Kulturförvaltningen                  2040-06-03                  KFN 2040/0211\n\n"
    "Nämnden\n\n"
    "Avgifter för musikskolan från höstterminen 2040\n\n"
    "Ärendet\nAvgiften för musikskolans ämneskurser har varit 650 kronor per termin sedan 2036.\n\n"
    "Förslag till beslut\n"
    "Nämnden föreslår kommunfullmäktige besluta\n"
    "att avgiften för ämneskurser höjs till 720 kronor per termin.\n\n"
    "Jonna Vikström\nKulturchef\n\n"
    "Kultur- och fritidsnämnden i Exeby kommun\n")


def test_a_bare_namnd_is_the_namnd_its_footer_names(extract_text):
    assert extract_text(_BARE_NAMND)["document"]["board"] == "Kultur- och fritidsnämnden"


def test_nämnden_opening_a_sentence_addresses_no_one(extract_text):
    # (guard: only "Nämnden" alone on its line, or after "Till", is the paper's addressee)
    text = _BARE_NAMND.replace("Nämnden\n\nAvgifter", "Avgifter")
    assert extract_text(text)["document"]["board"] == "Kommunfullmäktige"


def test_a_date_cell_before_a_dnr_cell_on_the_letterhead_line(extract_text):
    assert extract_text(_BARE_NAMND)["document"]["date"] == "2040-06-03"


def test_a_date_cell_before_a_dnr_cell_in_the_body_is_no_head_date(extract_text):
    # (guard: the rule holds for the letterhead's line only)
    text = _BARE_NAMND.replace("Kulturförvaltningen                  2040-06-03                  KFN 2040/0211\n",
                               "Kulturförvaltningen\n").replace(
        "Ärendet\n", "Ärendet\nTidigare beslut      2036-06-03      KFN 2036/0044\n")
    assert extract_text(text)["document"]["date"] is None


_FLAT_SIGNED = (
    "Exeby kommun Tekniska förvaltningen Tjänsteskrivelse 2040-09-14 Dnr TN 2040/0152 Tekniska nämnden "
    "Rubrik: Taxa för slamtömning 2041 Bakgrund Taxan för slamtömning har inte räknats upp sedan 2037 och "
    "täcker i dag inte entreprenörens kostnader. Förvaltningens förslag till beslut 1. Tekniska nämnden "
    "föreslår kommunfullmäktige att anta taxa för slamtömning 2041 enligt bilaga 1. 2. Taxan gäller från "
    "och med den 1 januari 2041. Karin Ståhlberg Teknisk chef Ola Nyhem Avfallsingenjör")


def test_flat_signers_after_the_last_point_are_no_part_of_it(extract_text):
    points = [p["text"] for p in extract_text(_FLAT_SIGNED)["decision_points"]]
    assert points == ["Tekniska nämnden föreslår kommunfullmäktige att anta taxa för slamtömning 2041 enligt bilaga 1.",
                      "Taxan gäller från och med den 1 januari 2041."]


def test_a_name_opening_the_last_point_s_second_sentence_stays(extract_text):
    # (guard: a sentence about a person, ended with its full stop, is the point's)
    text = _FLAT_SIGNED.replace("Karin Ståhlberg Teknisk chef Ola Nyhem Avfallsingenjör",
                                "Karin Ståhlberg utses till kontaktperson.")
    points = [p["text"] for p in extract_text(text)["decision_points"]]
    assert points[-1] == "Taxan gäller från och med den 1 januari 2041. Karin Ståhlberg utses till kontaktperson."


_FLAT_FOOTER = (
    "BESLUTSUNDERLAG Datum 2040-10-01 Vår beteckning TN 2040/0207 Nämnden Angående: Bidrag till "
    "snöröjning på enskilda vägar 2040/2041 Bakgrund Kommunen lämnar bidrag till 31 vägsamfälligheter för "
    "snöröjning. Bidraget är i dag 6 kronor per meter väg. Förslag till beslut 1. Nämnden fastställer "
    "bidraget till 7 kronor per meter väg för säsongen 2040/2041. 2. Bidraget betalas ut i april 2041. "
    "Annika Rosén Gatuchef Tekniska nämnden, Exeby kommun")


def test_a_flat_signer_before_the_footer_s_board(extract_text):
    # (a surname with é; the footer's board and municipality after the signer's title end it)
    result = extract_text(_FLAT_FOOTER)
    assert [(p["name"], p["title"]) for p in result["people"]] == [("Annika Rosén", "Gatuchef")]
    assert [p["text"] for p in result["decision_points"]][-1] == "Bidraget betalas ut i april 2041."


_COLUMNS_NO_BLANK_LINES = (
    "Kommunledningskontoret                         TJÄNSTESKRIVELSE\n"
    "Ekonomiavdelningen                             Datum 2040-11-12\n"
    "Handläggare Jonas Bergfors                     Dnr KS 2040/0356\n"
    "Telefon 0560-123 45\n"
    "Kommunstyrelsen\n"
    "Internränta för 2041\n\n"
    "Sammanfattning\nFörvaltningen föreslår en internränta på 2,5 procent för 2041.\n\n"
    "Förslag till beslut\nKommunstyrelsen fastställer internräntan för 2041 till 2,5 procent.\n\n"
    "Maria Lundkvist, ekonomichef             Jonas Bergfors, controller\n")


def test_a_subject_under_the_head_s_columns_with_no_blank_line(extract_text):
    # (the head's "Telefon" line, the board and the subject are no site's menu of links)
    assert extract_text(_COLUMNS_NO_BLANK_LINES)["document"]["title"] == "Internränta för 2041"
