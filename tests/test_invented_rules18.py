"""General rules of documents as document-hosting sites deliver them, found by round 18
(tests/fixtures/invented 350-): a site's own label over the document's text ("Full text:",
"Dokumentets text"), a flattened head table printing its labels before their values, a report's
reference ending a flattened subject, a kind in capitals in the letterhead and spelt out in the
heading, a page's mark ending a flattened item title, a transcript broken into lines at odd
places, a page header naming the document's short title, and a budget table under a line that only
states its unit. Each case is invented Swedish and failed before its rule."""

from docparse.sv.labelrun import label_runs


def _doc(result):
    return result["document"]


def _values(text):
    return [[(v.label, text[v.value[0]:v.value[1]] if v.value else None) for v in values]
            for _m, values in label_runs(text)]


def test_labels_first_then_values_are_paired_in_order():
    text = ("EXEBY KOMMUN Tekniska förvaltningen Datum Dnr Handläggare 2036-05-02 TN 2036/0117 "
            "Karin Holm, trafikingenjör Hastighetsgränser i Norrby")
    assert _values(text) == [[("Datum", "2036-05-02"), ("Dnr", "TN 2036/0117"),
                              ("Handläggare", "Karin Holm, trafikingenjör")]]


def test_two_numbers_after_their_labels_split_at_the_first_whole_number():
    text = "Datum Vår beteckning Er beteckning 2036-02-11 KS 2036/88 S2036/00412 Socialdepartementet"
    assert _values(text) == [[("Datum", "2036-02-11"), ("Vår beteckning", "KS 2036/88"),
                              ("Er beteckning", "S2036/00412")]]


def test_one_label_with_its_value_is_no_run():
    assert _values("Datum 2036-02-11 Dnr KS 2036/88 Bidrag till föreningar") == []


def test_a_hosting_sites_full_text_label_and_a_label_run_head(extract_text):
    text = ("Ny taxa för parkering i centrum - Exeby kommun\n"
            "Download   Share   Report this document\n"
            "Page 1 of 3\n"
            "Full text:\n"
            "1(3) EXEBY KOMMUN Tekniska förvaltningen TJÄNSTESKRIVELSE Datum Diarienummer Handläggare "
            "2036-05-02 TN 2036/0117 Karin Holm, trafikingenjör Ny taxa för parkering i centrum "
            "Förslag till beslut Tekniska nämnden antar taxan enligt bilaga. Sammanfattning Taxan höjs "
            "från 15 kronor till 20 kronor i timmen.\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Ny taxa för parkering i centrum"
    assert doc["dnr"] == "TN 2036/0117"


def test_a_swedish_sites_label_over_the_text_ends_its_wrapper(extract_text):
    text = ("PDF-arkivet\nStart   Kategorier   Logga in\n\n"
            "Exeby kommun yttrande Ds 2036:9\n"
            "Hämta \"Exeby kommun YTTRANDE Kommunstyrelsen Ny lag om vattentjänster (Ds 2036:9)\"\n\n"
            "Dokumentets text\n\n"
            "1 (3)Exeby kommun YTTRANDE Kommunstyrelsen Datum Vår beteckning Er beteckning 2036-02-11 "
            "KS 2036/88 S2036/00412 Socialdepartementet 103 33 Stockholm Yttrande över promemorian Ny lag om "
            "vattentjänster (Ds 2036:9) Exeby kommun har beretts tillfälle att yttra sig och tillstyrker "
            "förslaget i huvudsak.\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Yttrande över promemorian Ny lag om vattentjänster (Ds 2036:9)"
    assert doc["dnr"] == "KS 2036/88"


def test_a_heading_opening_with_uppdaterad_is_no_update_label(extract_text):
    text = ("Tjänsteskrivelse\n\n"
            "Uppdaterad plan för vinterväghållning\n\n"
            "Förslag till beslut\n"
            "Tekniska nämnden antar den uppdaterade planen.\n")
    assert _doc(extract_text(text))["title"] == "Uppdaterad plan för vinterväghållning"


def test_a_kallelse_in_capitals_in_the_letterhead_and_spelt_out_later(extract_text):
    text = ("1 (4) Exeby kommun Kultur- och fritidsnämnden KALLELSE Datum 2036-09-01 Kallelse till "
            "sammanträde med kultur- och fritidsnämnden Tid Plats Tisdagen den 8 september 2036 kl. 18.00 "
            "Kulturhuset, sal Ek FÖREDRAGNINGSLISTA Nr Ärende Dnr 1 Val av justerare 2 Bidrag till "
            "Norrby IF KFN 2036/041 3 Anmälningsärenden 2 (4) Exeby kommun Kultur- och fritidsnämnden "
            "KALLELSE Datum 2036-09-01 Ärende 2 Bidrag till Norrby IF Dnr KFN 2036/041\n")
    result = extract_text(text)
    assert _doc(result)["title"] == "Kallelse till sammanträde med kultur- och fritidsnämnden"
    last = [i for i in result["items"] if i["number"] == "3"]
    assert last and last[0]["title"] == "Anmälningsärenden" and last[0]["dnr"] is None


def test_a_transcript_broken_at_odd_places_keeps_title_and_att_clauses(extract_text):
    text = ("Transcript\n"
            "1 (1) Exeby kommun MOTION Till\n"
            "kommunfullmäktige i Exeby kommun 2036-03-02 Motion om\n"
            "fler bänkar längs promenadstråken Alla som promenerar\n"
            "längs ån vet att det saknas platser att vila på. Därför\n"
            "föreslår vi kommunfullmäktige att besluta att bänkar\n"
            "sätts upp var femhundrade meter längs ån, att\n"
            "tekniska nämnden får i uppdrag att sköta dem, samt att\n"
            "arbetet redovisas för fullmäktige under 2037. Exeby\n"
            "2036-03-02 Eva Berg (M)\n")
    result = extract_text(text)
    assert _doc(result)["title"] == "Motion om fler bänkar längs promenadstråken"
    points = [p["text"] for p in result["decision_points"]]
    assert len(points) == 3 and points[0].startswith("att bänkar sätts upp") and points[2].startswith("att arbetet")


def test_a_news_pages_short_lines_are_no_broken_transcript(extract_text):
    text = ("Exeby kommun\nNyheter\n\n"
            "Fullmäktige beslutade om ny skola\n\n"
            "Kommunfullmäktige beslutade i går att bygga en ny skola\n"
            "i Norrby för 90 miljoner kronor och att den ska stå\n"
            "klar till höstterminen 2038, säger ordföranden Per Lind\n"
            "(S). Läs mer om beslutet i protokollet på webbplatsen\n"
            "Dela sidan Facebook LinkedIn\n")
    assert extract_text(text)["decision_points"] == []


def test_a_page_header_with_the_short_title_is_no_title(extract_text):
    text = ("Exeby kommun · Verksamhetsplan 2037\n\n"
            "Verksamhetsplan 2037 för kultur- och fritidsnämnden\n\n"
            "Nämnden ska under året öppna ett nytt bibliotek i Norrby.\n")
    assert _doc(extract_text(text))["title"] == "Verksamhetsplan 2037 för kultur- och fritidsnämnden"


def test_a_budget_table_under_a_line_that_only_states_its_unit(extract_text):
    text = ("Driftbudget per nämnd\n\n"
            "Alla belopp i miljoner kronor (mnkr).\n"
            "Nämnd\tBudget 2037\tPlan 2038\n"
            "Kommunstyrelsen\t42,5\t43,1\n"
            "\n"
            "Tekniska nämnden\t18,0\t18,4\n")
    values = {a["value"] for a in extract_text(text)["amounts"]}
    assert {42500000, 43100000, 18000000, 18400000} <= values


# Round 18's second batch (357-363).

def test_a_bodys_numbered_decision_ends_a_flattened_item_title(extract_text):
    text = ("PROTOKOLL Tekniska nämnden Sammanträdesdatum 2036-10-05 § 40 Val av justerare Nämndens beslut "
            "Per Ek utses att justera. § 41 TN 2036/0077 Avtal om snöröjning med Norrby Åkeri Tekniska nämndens "
            "beslut 1. Tekniska nämnden godkänner avtalet. 2. Avtalet gäller i tre år. § 42 Meddelanden Nämndens beslut "
            "Meddelandena noteras.\n")
    items = {i["number"]: i for i in extract_text(text)["items"]}
    assert items["41"]["title"] == "Avtal om snöröjning med Norrby Åkeri"


def test_a_sites_document_content_label_and_its_subtitle_line(extract_text):
    text = ("Ny lekplats i Norrby\n"
            "Exeby kommun · Tekniska nämnden · tjänsteskrivelse\n\n"
            "Ladda ner   Visa hela dokumentet   Dela\n\n"
            "Dokumentinnehåll:\n\n"
            "Tjänsteskrivelse\n\n"
            "Ny lekplats i Norrby\n\n"
            "Förslag till beslut\n"
            "Tekniska nämnden beslutar att bygga en lekplats för 450 000 kronor.\n")
    assert _doc(extract_text(text))["title"] == "Ny lekplats i Norrby"


def test_a_multi_word_kind_between_letterhead_and_board_is_no_subject(extract_text):
    text = ("Document text\n"
            "1 (1) EXEBY KOMMUN UTDRAG UR PROTOKOLL Kommunstyrelsen Sammanträdesdatum 2036-04-14 § 52 Dnr KS 2036/090 "
            "Ny parkeringsnorm för Exeby tätort Kommunstyrelsens beslut Kommunstyrelsen antar parkeringsnormen. "
            "Ärendet Normen ersätter den från 2019. Justerandes sign Utdragsbestyrkande\n")
    assert _doc(extract_text(text))["title"] == "Ny parkeringsnorm för Exeby tätort"


def test_a_flattened_motion_titled_after_its_addressee_with_numbered_att_clauses(extract_text):
    text = ("Transkript\n\n"
            "1 (1) MOTION 2036-02-10 Till Kommunfullmäktige i Exeby kommun Motion om en kanotled i Norrby "
            "Det finns i dag ingen skyltad kanotled i kommunen. En sådan led skulle locka besökare till bygden. "
            "Jag föreslår kommunfullmäktige besluta 1. att kommunstyrelsen utreder en kanotled längs ån, "
            "2. att utredningen redovisas under 2037. Norrby den 10 februari 2036 Eva Ek (C)\n")
    result = extract_text(text)
    assert _doc(result)["title"] == "Motion om en kanotled i Norrby"
    points = [p["text"] for p in result["decision_points"]]
    assert points == ["att kommunstyrelsen utreder en kanotled längs ån,", "att utredningen redovisas under 2037."]


def test_a_kallelse_dated_before_its_meeting_is_dated_by_the_meeting(extract_text):
    text = ("EXEBY KOMMUN\tKALLELSE\n"
            "Kultur- och fritidsnämnden\t2036-03-02\n\n"
            "Tid:\tOnsdagen den 11 mars 2036 kl. 18.00\n"
            "Plats:\tKulturhuset\n\n"
            "1. Val av justerare\n"
            "2. Bidrag till föreningar\n"
            "3. Meddelanden\n")
    assert _doc(extract_text(text))["date"] == "2036-03-11"


def test_a_yttrande_broken_at_odd_places_is_titled_by_its_subject(extract_text):
    text = ("Transkription av sidan\n"
            "1(1) EXEBY KOMMUN Kommunstyrelsen YTTRANDE 2036-04-\n"
            "20 Dnr KS 2036/0150 Finansdepartementet 103 33\n"
            "Stockholm Yttrande över betänkandet Starkare lokala\n"
            "skattebaser (SOU 2036:12) Exeby kommun har tagit del av\n"
            "betänkandet och tillstyrker förslagen i huvudsak.\n")
    assert _doc(extract_text(text))["title"] == "Yttrande över betänkandet Starkare lokala skattebaser (SOU 2036:12)"


def test_a_name_before_a_tables_contents_heading_is_no_part_of_it(extract_text):
    text = ("FÖREDRAGNINGSLISTA Tekniska nämnden Sammanträdesdatum 2036-05-04 Ordförande Lena Vik "
            "Sekreterare Oskar Dahl Innehåll Ärende Sida 1. Val av justerare ...... 2 2. Meddelanden ...... 3\n")
    names = {p["name"] for p in extract_text(text)["people"]}
    assert "Oskar Dahl" in names and not any("Innehåll" in n for n in names)


def test_a_meeting_room_in_definite_form_is_no_person(extract_text):
    text = ("PROTOKOLL Kultur- och fritidsnämnden Sammanträdesdatum 2036-05-04 Plats och tid Beslutande "
            "Kulturhuset, Konferenssalen Ekhagen, kl. 18.00-20.00 Lena Vik (S), ordförande Oskar Dahl (M) "
            "§ 1 Val av justerare § 2 Meddelanden § 3 Information\n")
    names = {p["name"] for p in extract_text(text)["people"]}
    assert "Lena Vik" in names and not any("Ekhagen" in n for n in names)


def test_a_party_name_ends_before_a_bodys_decision_heading(extract_text):
    text = ("PROTOKOLL Socialnämnden 2036-05-04 § 12 SN 2036/0031 Partnerskap med Norrby Läxhjälp "
            "Socialnämndens beslut Socialnämnden ingår ett idéburet offentligt partnerskap med Norrby Läxhjälp "
            "Socialnämndens beslut gäller från den 1 juni 2036. § 13 Meddelanden Socialnämndens beslut "
            "Meddelandena noteras. § 14 Information Socialnämndens beslut Informationen noteras.\n")
    names = {p["name"] for p in extract_text(text)["parties"]}
    assert not any(n.endswith("Socialnämndens") for n in names)


def test_a_date_and_a_name_broken_over_lines_and_a_party_on_the_next(extract_text):
    text = ("Transcript\n"
            "1(1) EXEBY KOMMUN Kommunstyrelsen YTTRANDE 2036-04-\n"
            "20 Dnr KS 2036/0150 Finansdepartementet 103 33\n"
            "Stockholm Yttrande över betänkandet Starkare lokala\n"
            "skattebaser (SOU 2036:12) Kommunen tillstyrker förslagen.\n"
            "Yttrandet har beslutats av kommunstyrelsen. Ingrid\n"
            "Svedberg Kommunstyrelsens ordförande Oskar Dahl\n"
            "(M)\n")
    result = extract_text(text)
    assert _doc(result)["date"] == "2036-04-20"
    names = {p["name"] for p in result["people"]}
    assert {"Ingrid Svedberg", "Oskar Dahl"} <= names


def test_a_two_column_signature_flattened_names_first(extract_text):
    text = ("Tjänsteskrivelse\n\nNy belysning i Norrby\n\n"
            "Förslag till beslut\nTekniska nämnden beslutar att byta belysningen för 300 000 kronor.\n\n"
            "Tekniska förvaltningen Lena Vik Oskar Dahl Trafikingenjör Förvaltningschef\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Lena Vik") == "Trafikingenjör" and people.get("Oskar Dahl") == "Förvaltningschef"
