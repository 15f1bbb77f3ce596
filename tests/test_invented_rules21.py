"""General rules of municipal and regional web news as a reader copies the page, found by round 21
(tests/fixtures/invented 410-): a breadcrumb whose separators were pictures (copied as spaces), an
image's alt text and caption with the credit ending the caption's line over the headline, an alt
text labelled "Bild:", "Sök Meny" one space apart beside the municipality on a scanned page, a
flattened page's "Publicerad: ... | Uppdaterad: ..." before its headline, a date alone under the
lead before an update date at the foot, a grant's time "mellan 1 juni och 31 augusti", a name
before "har organisationsnummer", and recipients listed after "får" closed by ", som alla fick ...".
Each case is invented Swedish and failed before its rule."""


def _names(result):
    return [p["name"] for p in result["parties"]]


def test_a_breadcrumb_copied_without_separators_is_no_headline(extract_text):
    text = ("Exeby kommun\nMeny\n\nStartsida Bygga och bo Nyheter om bygga och bo\n\n"
            "Nya regler för eldning i tätorten\n\n"
            "Från den 1 mars gäller nya lokala föreskrifter om eldning av trädgårdsavfall. Samhällsbyggnadsnämnden "
            "beslutade om reglerna i januari.\n\nSidan publicerades 12 februari 2039\n")
    doc = extract_text(text)["document"]
    assert doc["title"] == "Nya regler för eldning i tätorten"
    assert doc["date"] == "2039-02-12"


def test_a_start_word_with_a_sentence_after_it_stays_a_headline(extract_text):
    text = ("Exeby kommun\n\nStart för bygget av den nya simhallen\n\n"
            "I dag togs det första spadtaget för simhallen vid Norrvallen. Kommunfullmäktige beslutade om "
            "bygget i fjol.\n\nPublicerad 3 april 2039\n")
    assert extract_text(text)["document"]["title"] == "Start för bygget av den nya simhallen"


def test_alt_text_and_a_caption_ending_in_its_credit_stand_over_the_headline(extract_text):
    text = ("Exeby kommun\n\nPublicerad 9 maj 2038\n\n"
            "Tre barn klättrar i en ny lekställning av trä\n"
            "Lekplatsen vid Ekparken öppnade i helgen. Foto: Exeby kommun\n\n"
            "Ekparkens lekplats är klar efter ett års ombyggnad\n\n"
            "Tekniska nämnden har lagt 2,4 miljoner kronor på den nya lekplatsen, som har fått en "
            "tillgänglig gunga och en sandlåda under tak.\n")
    doc = extract_text(text)["document"]
    assert doc["title"] == "Ekparkens lekplats är klar efter ett års ombyggnad"
    assert doc["date"] == "2038-05-09"


def test_an_alt_text_labelled_bild_is_no_headline(extract_text):
    text = ("Exeby kommun\n"
            "Bild: Ett gult bibliotekshus med stora fönster mot torget.\n\n"
            "Biblioteket får längre öppettider i vinter\n\n"
            "Kultur- och fritidsnämnden har beslutat att biblioteket ska hålla öppet till klockan 20 "
            "tre kvällar i veckan från november.\n\nArtikeln publicerades 4 oktober 2038\n")
    assert extract_text(text)["document"]["title"] == "Biblioteket får längre öppettider i vinter"


def test_interface_words_one_space_apart_beside_the_municipality_are_no_headline(extract_text):
    text = ("Exeby kommun\tMeny Sök\n2038-09-02\nSkolskjutsarna upphandlas på nytt\n\n"
            "Barn- och utbildningsnämnden har beslutat att göra en ny upphandling av skolskjutsarna.\n"
            "Det nuvarande avtalet löper ut i juni.\n")
    assert extract_text(text)["document"]["title"] == "Skolskjutsarna upphandlas på nytt"


def test_a_flattened_page_takes_its_headline_after_the_publication_and_update_dates(extract_text):
    text = ("Exeby kommun Meny Sök Lyssna Uppleva och göra Nyheter Publicerad: 2038-03-11 | Uppdaterad: 2038-03-12 "
            "Nämnden fördelar pengar till sommarlovsaktiviteter Kultur- och fritidsnämnden beslutade i tisdags "
            "att fördela 600 000 kronor till föreningar som ordnar aktiviteter för barn under sommarlovet. "
            "Ansökningarna var fler än någonsin, och nämnden valde att prioritera aktiviteter som är gratis för "
            "deltagarna. – Alla barn ska ha något att göra på sommarlovet, säger Eva Strand (S), ordförande i "
            "kultur- och fritidsnämnden. Dela Skriv ut Kontakt Fritidskontoret Telefon 0100-12 34 56\n")
    doc = extract_text(text)["document"]
    assert doc["title"] == "Nämnden fördelar pengar till sommarlovsaktiviteter"
    assert doc["date"] == "2038-03-11"


def test_a_date_alone_under_the_lead_is_the_publication_not_the_update_at_the_foot(extract_text):
    text = ("Regionstyrelsen satsar på fler vårdplatser\n"
            "Regionstyrelsen beslutade på onsdagen att öppna tjugo nya vårdplatser vid länssjukhuset.\n"
            "14 oktober 2038\n"
            "Satsningen kostar 42 miljoner kronor per år och finansieras inom regionens budget.\n"
            "– Vi vill korta väntetiderna på akuten, säger Ola Berg (C), regionstyrelsens ordförande.\n"
            "Dela Skriv ut\nSenast uppdaterad: 16 oktober 2038\n")
    assert extract_text(text)["document"]["date"] == "2038-10-14"


def test_a_grants_time_between_two_dates_is_a_period(extract_text):
    text = ("Exeby kommun\n\nSommarbidrag till åtta föreningar\n\n"
            "Kultur- och fritidsnämnden har fördelat 120 000 kronor i sommarbidrag. Bidragen gäller "
            "lägerverksamhet mellan 15 juni och 15 augusti 2039.\n")
    periods = [(p["start"], p["end"]) for p in extract_text(text)["periods"]]
    assert periods == [("2039-06-15", "2039-08-15")]


def test_an_application_window_between_two_dates_is_no_period(extract_text):
    text = ("Exeby kommun\n\nDags att söka bidrag för sommarläger\n\n"
            "Föreningar kan ansöka om bidrag till sommarläger mellan 1 mars och 15 april 2039. "
            "Kultur- och fritidsnämnden beslutar om bidragen i maj.\n")
    assert extract_text(text)["periods"] == []


def test_a_name_before_har_organisationsnummer_is_the_party(extract_text):
    text = ("Exeby kommun\n\nNytt partnerskap om läxhjälp\n\n"
            "Barn- och utbildningsnämnden har tecknat ett idéburet offentligt partnerskap med Läxhjälpen "
            "Norrby om stöd till elever i årskurs 7–9. Läxhjälpen Norrby har organisationsnummer 802471-2831. "
            "Kommunen bidrar med 300 000 kronor per år.\n")
    parties = [(p["name"], p["org_nr"]) for p in extract_text(text)["parties"]]
    assert ("Läxhjälpen Norrby", "802471-2831") in parties
    assert not any(name.endswith(" har") for name, _nr in parties)


def test_recipients_after_far_closed_by_som_alla_fick_are_parties(extract_text):
    text = ("Exeby kommun\n\nExtra stöd till idrottshallar\n\n"
            "Kultur- och fritidsnämnden har fördelat 200 000 kronor i extra driftstöd. Mest får Norrby "
            "Handbollsklubb och Ekby Innebandyförening, som båda fick 50 000 kronor. Övriga föreningar fick "
            "mindre belopp.\n")
    names = _names(extract_text(text))
    assert "Norrby Handbollsklubb" in names and "Ekby Innebandyförening" in names
