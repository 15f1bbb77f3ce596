"""Text re-wrapped by a PDF column (benchmarks/eval_perturbed.py's pdf_column): a prose line breaks
where its next word would not fit, so a flattened agenda, a title, a party's or a person's name runs
over the margin onto the next line. clean.unwrap_column reads such a soft break as the space it was;
a break that is the document's own (a list's next entry, a contact's next line, a heading over its
text, a line ending a sentence) stays. All text invented."""

from docparse.clean import clean, unwrap_column


def _unwrapped(text: str) -> str:
    return unwrap_column(text, None)[0]


def _items(result):
    return [(i["number"], i["title"], i["dnr"]) for i in result["items"]]


# A flattened agenda wrapped at about 66 characters: titles cut at the margin.
AGENDA = ("Ärendelista 12 Dnr KS 2041/301 Information om ny kommunal hemsida... 2 13 Dnr KS\n"
          "2041/77 Försäljning av mark för bostäder i Mörtebo och Skogsvik... 4 14\n"
          "Dnr KS 2041/90 Reglemente för ungdomsrådet och pensionärsrådet i\n"
          "Hagalunds kommun... 7 15 Dnr KS 2041/112 Svar på motion om laddstolpar\n"
          "vid kommunens skolor... 9\n")


def test_a_wrapped_line_reads_on_where_its_next_word_did_not_fit():
    text = ("Nämnden har i flera år gett bidrag till föreningar som driver läxhjälp\n"
            "för barn och unga i kommunens ytterområden och vill nu teckna ett\n"
            "partnerskap med två av dem.\n")
    assert _unwrapped(text) == text.replace("\n", " ", 2)


def test_the_unwrapped_text_keeps_its_offsets():
    text = "Kommunen har tecknat en överenskommelse om idéburet partnerskap med\nFöreningen Vikbolandets Läxhjälp om stöd till barn och unga i skolåldern.\n"
    cleaned = clean(text)
    assert cleaned.text == text.replace("\n", " ", 1)
    at = cleaned.text.index("Föreningen")
    assert cleaned.offsets.to_source(at) == text.index("Föreningen")


def test_a_wrapped_agenda_reads_each_title_whole(extract_text):
    items = _items(extract_text(AGENDA))
    assert ("13", "Försäljning av mark för bostäder i Mörtebo och Skogsvik", "KS 2041/77") in items
    assert ("14", "Reglemente för ungdomsrådet och pensionärsrådet i Hagalunds kommun", "KS 2041/90") in items
    assert ("15", "Svar på motion om laddstolpar vid kommunens skolor", "KS 2041/112") in items


def test_a_name_over_the_margin_is_one_name():
    text = ("Närvarande ledamöter Kerstin Holmqvist (S), ordförande, Bengt-Åke\n"
            "Lindfors (M), vice ordförande, och Sara Nyqvist (C) samt ersättare.\n")
    assert "Bengt-Åke Lindfors (M)" in _unwrapped(text)


def test_a_list_of_att_clauses_keeps_its_lines():
    text = ("Kommunfullmäktiges beslut\n"
            "att fastställa ramen för fritidsnämnden 2042 till 31,5 miljoner kronor,\n"
            "att nämnden redovisar en plan för simhallens renovering i maj 2042.\n")
    assert _unwrapped(text) == text
    # ... and under the verb that leads in to them, a line as wide as the clauses
    led_in = ("Kultur- och fritidsnämnden föreslår kommunfullmäktige besluta\n"
              "att fastställa taxan för simhallen,\n"
              "att taxan gäller från den 1 januari 2042.\n")
    assert _unwrapped(led_in) == led_in


def test_contact_lines_and_numbered_entries_keep_their_lines():
    contacts = ("Kontakt\n"
                "Malin Österberg, avdelningschef kultur och fritid, 0563-171 20 45\n"
                "Per Grönvall (V), fritidsnämndens ordförande, 070-561 88 32\n")
    assert _unwrapped(contacts) == contacts
    numbered = ("Socialnämnden föreslår kommunfullmäktige att fatta följande beslut:\n"
                "1. Bidraget till kvinnojouren höjs till 640 000 kronor per år från 2043.\n"
                "2. Nämnden får i uppdrag att följa upp verksamheten varje år.\n")
    assert _unwrapped(numbered) == numbered


def test_a_heading_over_its_text_and_a_short_line_stay():
    text = ("Nytt bidrag till samlingslokaler i kommunens byar och mindre orter\n"
            "Publicerad 3 mars 2042\n"
            "Kultur- och fritidsnämnden har beslutat om ett nytt bidrag för\n"
            "samlingslokaler.\n"
            "Ansökan ska vara inne senast den 1 april.\n")
    out = _unwrapped(text)
    assert "orter\nPublicerad" in out  # a heading ends where its line ends
    assert "bidrag för samlingslokaler." in out  # a wrapped line reads on
    assert "samlingslokaler.\nAnsökan" in out  # a sentence's end stays a line's end


def test_capitals_and_layout_rows_keep_their_lines():
    caps = "PROTOKOLL FÖRT VID EXTRA BOLAGSSTÄMMA I MÖRTEBO VATTEN OCH AVLOPP\nOrganisationsnummer 556901-2267\n"
    assert _unwrapped(caps) == caps
    layout = ("Beslutande    Kerstin Holmqvist (S), ordförande            Sekreterare\n"
              "              Bengt-Åke Lindfors (M)                       Anna Vide\n")
    assert _unwrapped(layout) == layout


def test_a_date_broken_at_its_dash_is_one_date():
    assert clean("YTTRANDE 2042-03-\n17 Dnr KS 2042/0131\n").text == "YTTRANDE 2042-03-17 Dnr KS 2042/0131\n"
    assert clean("Handlingsplan 2041-\n2043\n").text == "Handlingsplan 2041-\n2043\n"  # a span of years is no date


def test_a_flattened_letter_head_wrapped_over_lines_keeps_its_subject(extract_text):
    text = ("1(2) HAGALUNDS KOMMUN Kommunstyrelsen YTTRANDE 2042-03-17 Dnr KS 2042/0131 Landsbygdsdepartementet\n"
            "103 33 Stockholm Yttrande över betänkandet Nya regler för enskilda avlopp (SOU 2041:58)\n"
            "Hagalunds kommun har tagit del av betänkandet och lämnar följande yttrande. Kommunen\n"
            "tillstyrker förslaget men anser att tillsynsavgiften ska bestämmas av varje kommun.\n")
    assert extract_text(text)["document"]["title"] == "Yttrande över betänkandet Nya regler för enskilda avlopp (SOU 2041:58)"


# A flattened agenda wrapped at its column: most breaks read on (a small letter below), so the block
# is a column and its other breaks at the margin are soft too, before a capital or after a list's number.
FLAT_AGENDA = ("Föredragningslista Tekniska nämnden 1. Sammanträdets öppnande 2.\n"
               "Justering av protokollet 3. Godkännande av dagordningen 4. Information\n"
               "om arbetet med ny plan för gatubelysning i Hagalunds tätorter 5.\n"
               "Ekonomisk uppföljning efter april månad för samtliga verksamheter inom\n"
               "förvaltningen och dess bolag Beslutsärenden 6. Taxa för uthyrning av\n"
               "idrottshallar och gymnastiksalar i kommunens skolor 7. Avgifter för\n"
               "parkering vid Hagalunds resecentrum\n")


def test_a_column_of_wrapped_prose_reads_on_over_all_its_margin_breaks(extract_text):
    assert _unwrapped(FLAT_AGENDA) == FLAT_AGENDA[:-1].replace("\n", " ") + "\n"
    items = _items(extract_text(FLAT_AGENDA))
    assert ("3", "Godkännande av dagordningen", None) in items
    assert ("5", "Ekonomisk uppföljning efter april månad för samtliga verksamheter inom förvaltningen och dess bolag", None) in items


def test_one_long_line_over_a_list_is_no_column():
    text = ("Kommunfullmäktige beslutar enligt kommunstyrelsens förslag till mål och budget\n"
            "Beslutet gäller från den 1 januari och redovisas i april\n"
            "Budgeten följs upp varje tertial av kommunstyrelsen\n")
    assert _unwrapped(text) == text


def test_a_free_dash_at_the_margin_reads_on():
    text = ("Ärendelista § 31 Delårsrapport för Hagalunds kommun § 32 Årsredovisning 2041 med bokslut -\n"
            "Mörtebo Hamn AB § 33 Val av ny ersättare i kulturnämnden\n")
    assert "bokslut - Mörtebo Hamn AB" in _unwrapped(text)
    assert _unwrapped("Remissvar från Hagalunds kommun om ny lag om kommunal vatten- och avlopps-\ntjänst\n") == \
        "Remissvar från Hagalunds kommun om ny lag om kommunal vatten- och avlopps-\ntjänst\n"  # a hyphen is _rejoin's


def test_a_sum_broken_between_its_digit_groups_is_one_sum(extract_text):
    text = ("Tjänsteskrivelse\n\nBidrag till Mörtebo Bygdegårdsförening\n\n"
            "Kultur- och fritidsnämnden föreslås bevilja föreningen ett bidrag på 1\n"
            "450 000 kronor för renovering av bygdegårdens tak och fasad under 2042.\n")
    assert _unwrapped(text).count("\n") == text.count("\n") - 1
    assert 1_450_000 in {a["value"] for a in extract_text(text)["amounts"]}


def test_a_word_in_capitals_hyphenated_at_the_margin_is_one_word():
    assert clean("HAGALUNDS KOMMUN SAMMANTRÄD-\nESPROTOKOLL 2042-03-17\n").text == "HAGALUNDS KOMMUN SAMMANTRÄDESPROTOKOLL 2042-03-17\n"
    assert clean("BARN-\nOCH UTBILDNINGSNÄMNDEN\n").text == "BARN-\nOCH UTBILDNINGSNÄMNDEN\n"  # a shared part stays
    assert clean("IOP-\nSAMVERKAN\n").text == "IOP-\nSAMVERKAN\n"  # an abbreviation's compound stays
