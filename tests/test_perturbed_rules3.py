"""Rules that keep extraction steady when prose comes as a PDF column's text layer: lines wrapped
at the column's width, so a name in a list run together in a sentence can break over two lines."""


def _parties(result):
    return sorted(p["name"] for p in result["parties"])


def test_a_grant_lists_name_wrapped_over_a_line_is_one_name(extract_text):
    text = ("Kulturbidrag 2040 fördelade\n\n"
            "Kultur- och fritidsnämnden har fördelat årets bidrag till föreningarna.\n\n"
            "Körer och orkestrar: Lindås Kammarkör 8 400, Sjöviks Blåsorkester 12 300, Norra\n"
            "Lindås Spelmanslag 6 500, Ekbackens Kyrkokör 4 200.\n")
    assert _parties(extract_text(text)) == ["Ekbackens Kyrkokör", "Lindås Kammarkör", "Norra Lindås Spelmanslag",
                                            "Sjöviks Blåsorkester"]


def test_a_list_with_one_entry_per_line_keeps_its_names(extract_text):
    # each line closes its own entry: the line above holds no name begun for the next
    text = ("Kulturbidrag 2040 fördelade\n\n"
            "Kultur- och fritidsnämnden har fördelat årets bidrag till föreningarna:\n\n"
            "Lindås Kammarkör 8 400\n"
            "Sjöviks Blåsorkester 12 300\n"
            "Ekbackens Kyrkokör 4 200\n")
    assert _parties(extract_text(text)) == ["Ekbackens Kyrkokör", "Lindås Kammarkör", "Sjöviks Blåsorkester"]


def _numbered(result):
    return sorted((p["name"], p["org_nr"]) for p in result["parties"])


def test_a_name_wrapped_after_med_keeps_its_first_word_and_number(extract_text):
    # the line under runs on (clean joins it), so the line above looks short beside it, as a heading would
    text = ("Nytt avtal om stationshuset\n\n"
            "Kommunstyrelsen har godkänt ett nytt hyresavtal med Bergsjö\n"
            "Ungdomsförening, organisationsnummer 802414-6352. Föreningen får\n"
            "hyra stationshuset för en symbolisk hyra på 1 000 kronor per år.\n")
    assert _numbered(extract_text(text)) == [("Bergsjö Ungdomsförening", "802414-6352")]


def test_a_heading_ending_in_a_place_over_a_named_party_stays_apart(extract_text):
    text = ("Bidrag till föreningar\n\n"
            "3. Nytt tak på bygdegården i Bergsjö\n"
            "Sörbyns Bygdegårdsförening (802414-6352) beviljas 45 000 kronor för att lägga om taket på "
            "bygdegården under sommaren.\n")
    assert _numbered(extract_text(text)) == [("Sörbyns Bygdegårdsförening", "802414-6352")]


_NEWS = ("Startsida / Nyheter\n"
         "Regionstyrelsen avsätter åtta miljoner kronor till nya laddplatser i orterna\n"
         "Publicerad 3 april 2040\n"
         "Regionstyrelsen beslutade på tisdagen att avsätta 8 miljoner kronor till\n"
         "laddplatser i länets mindre orter. Ansökan ska vara inne senast den\n"
         "30 september 2040 och pengarna betalas ut under hösten till de kommuner\n"
         "som får del av stödet. Varje kommun kan få högst en miljon kronor och\n"
         "arbetet samordnas av regionens energikontor, som också ger råd till de\n"
         "kommuner som vill söka.\n")


def test_a_dateline_under_a_headline_at_the_margin_stays_its_own_line():
    from docparse.clean import clean
    text = clean(_NEWS).text
    assert "i orterna\nPublicerad 3 april 2040\n" in text


def test_a_date_after_den_at_the_margin_is_the_phrases_own():
    from docparse.clean import clean
    text = clean(_NEWS).text
    assert "senast den 30 september 2040 och" in text


def test_a_flattened_pages_dateline_running_on_is_joined_as_before():
    from docparse.clean import clean
    text = ("Exeby kommun Hem Nyheter Regionstyrelsen avsätter pengar till nya laddplatser i\n"
            "Publicerad 2040-04-03 Regionstyrelsen beslutade på tisdagen att avsätta 8 miljoner\n"
            "kronor till laddplatser i länets mindre orter och pengarna betalas ut under hösten.\n")
    assert "\n" not in clean(text).text.strip()


def test_the_headline_over_its_dateline_is_the_title(extract_text):
    assert extract_text(_NEWS)["document"]["title"] == "Regionstyrelsen avsätter åtta miljoner kronor till nya laddplatser i orterna"


_GRANTS = ("Extra bidrag till föreningar\n\n"
           "Kultur- och fritidsnämnden har fördelat 600 000 kronor i extra bidrag till föreningar som\n"
           "drabbats av höjda energikostnader. Störst belopp får Ekbyns Bollklubb, Sjövikens Ridklubb och Norrbyns\n"
           "Skytteförening, som alla fick taket på 45 000 kronor. Övriga föreningar fick mellan 5 000\n"
           "och 30 000 kronor beroende på sina lokalkostnader under året som gick.\n")


def test_a_proper_genitive_at_the_margin_reads_on_into_its_noun():
    from docparse.clean import clean
    assert "och Norrbyns Skytteförening, som" in clean(_GRANTS).text


def test_a_list_of_names_wrapped_inside_its_last_name_keeps_them_all(extract_text):
    assert _parties(extract_text(_GRANTS)) == ["Ekbyns Bollklubb", "Norrbyns Skytteförening", "Sjövikens Ridklubb"]


def test_a_name_with_a_dash_between_places_wrapped_after_its_kind(extract_text):
    text = ("Avtal om stöd till våldsutsatta\n\n"
            "Socialnämnden har i dag beslutat att förlänga överenskommelsen med Kvinnojouren\n"
            "Ekby–Sjövik, org.nr 802489-1270, med ett år, till och med den 31 december 2040.\n")
    assert _numbered(extract_text(text)) == [("Kvinnojouren Ekby–Sjövik", "802489-1270")]
