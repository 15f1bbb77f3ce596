"""General rules of municipal and regional web news as a reader copies the page, found by round 21
(tests/fixtures/invented 410-): a breadcrumb whose separators were pictures (copied as spaces), an
image's alt text and caption with the credit ending the caption's line over the headline, an alt
text labelled "Bild:", "Sök Meny" one space apart beside the municipality on a scanned page, a
flattened page's "Publicerad: ... | Uppdaterad: ..." before its headline, a date alone under the
lead before an update date at the foot, a grant's time "mellan 1 juni och 31 augusti", a name
before "har organisationsnummer", and recipients listed after "får" closed by ", som alla fick ..."; after
them (batch 2), a row of tools ("Lyssna på sidan   Dela sidan", "Lyssna Dela Skriv ut"), a trail of two
crumbs, an article's category over its h1, a second recipient with the verb left out ("X får ... och Y
20 000 kronor för ..."), two recipients joined before "får", an amount set off by commas after the name,
a tax rate in kronor and öre after "kommunalskatten", and a project's year before "och redovisas"; and from
probing pages (no fixture): a reading time ("Lästid: 2 min") and a row of tags over the headline, a weekday in
a dateline ("Publicerad måndag 14 april"), an alt text without a full stop
over its credit line, "Nyheter" over a headline with no blank line between, a headline opening with a kind's
word as its subject ("Avtal klart med ..."), recipients each with their share in brackets, a date and hour
alone under the headline ("2039-01-14 14:05"), and a headline of three words over its date with the article
right below (no site's section), a site's title line ("X - Exeby kommun") whose headline stands lines further
down, and a site's section links ("Kommun och politik" / "Nyheter") over the headline. Each case is invented Swedish and failed before its rule (the guards excepted)."""


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


def test_a_row_of_page_tools_is_no_headline(extract_text):
    for tools in ("Lyssna på sidan   Dela sidan", "Lyssna Dela Skriv ut"):
        text = (f"Exeby kommun\n{tools}\n\nNy gång- och cykelväg till Norrby\n\n"
                "Tekniska nämnden har beslutat att bygga en gång- och cykelväg längs Norrbyvägen under nästa år.\n")
        assert extract_text(text)["document"]["title"] == "Ny gång- och cykelväg till Norrby", tools


def test_a_trail_of_two_crumbs_is_no_headline(extract_text):
    text = ("Exeby kommun\n\nSkola och förskola / Aktuellt från skolan\n\n"
            "Fler lärare till lågstadiet\n\n"
            "Barn- och utbildningsnämnden har beslutat att anställa sex nya lärare i lågstadiet från hösten.\n")
    assert extract_text(text)["document"]["title"] == "Fler lärare till lågstadiet"


def test_an_articles_category_over_its_headline_and_lead_is_no_headline(extract_text):
    text = ("Bygga och bo\n\nVA-taxan höjs med åtta procent\n"
            "Kommunfullmäktige beslutade i måndags att höja taxan för vatten och avlopp från den 1 januari.\n"
            "Höjningen behövs för att finansiera ett nytt reningsverk.\n")
    assert extract_text(text)["document"]["title"] == "VA-taxan höjs med åtta procent"


def test_a_short_headline_over_its_paragraph_stays_the_headline(extract_text):
    text = ("Ny badplats klar\n\n"
            "Tekniska nämnden har öppnat den nya badplatsen vid Ekesjön med brygga, grillplats och toaletter.\n")
    assert extract_text(text)["document"]["title"] == "Ny badplats klar"


def test_a_second_recipient_with_the_verb_left_out_is_a_party(extract_text):
    text = ("Exeby kommun\n\nKulturstöd till sommaren\n\n"
            "Norrby Spelmanslag får 25 000 kronor för en konsertserie och Ekby Bokcirkel 12 000 kronor för "
            "författarbesök i biblioteket.\n")
    names = _names(extract_text(text))
    assert "Norrby Spelmanslag" in names and "Ekby Bokcirkel" in names


def test_two_recipients_joined_before_far_are_two_parties(extract_text):
    text = ("Exeby kommun\n\nBidrag till nya omklädningsrum\n\n"
            "Norrby Fotbollsklubb och Ekby Tennisklubb får 40 000 kronor var till nya omklädningsrum.\n")
    names = _names(extract_text(text))
    assert "Norrby Fotbollsklubb" in names and "Ekby Tennisklubb" in names
    assert not any(" och " in n for n in names)


def test_a_recipient_with_its_amount_set_off_by_commas_is_a_party(extract_text):
    text = ("Exeby kommun\n\nProjektstöd till kultur\n\n"
            "Mest får Norrby Kammarkör, 70 000 kronor, för en julkonsert i kyrkan.\n")
    assert "Norrby Kammarkör" in _names(extract_text(text))


def test_a_tax_rate_in_kronor_and_ore_is_no_amount(extract_text):
    text = ("Exeby kommun\n\nBudgeten klar\n\n"
            "Kommunfullmäktige har antagit budgeten. Kommunalskatten blir 21,14 kronor. Skatten ger "
            "kommunen 12 miljoner kronor mer än i år.\n")
    values = [a["value"] for a in extract_text(text)["amounts"]]
    assert 12000000 in values and 21 not in values


def test_a_projects_year_before_och_redovisas_is_a_period(extract_text):
    text = ("Exeby kommun\n\nPengar till fem kulturprojekt\n\n"
            "Kultur- och fritidsnämnden har fördelat 200 000 kronor. Projekten ska genomföras under 2039 och "
            "redovisas senast i januari 2040.\n")
    assert [(p["start"], p["end"]) for p in extract_text(text)["periods"]] == [("2039", "2039")]


def test_a_reading_time_and_a_row_of_tags_are_no_headline(extract_text):
    text = ("Lästid: 3 min\n\nSocialnämnden, Äldreomsorg\n\n"
            "Fler platser på korttidsboendet\nPublicerad 6 maj 2038 | Uppdaterad 7 maj 2038\n\n"
            "Socialnämnden har beslutat att utöka korttidsboendet vid Solgården med åtta platser från hösten.\n")
    doc = extract_text(text)["document"]
    assert doc["title"] == "Fler platser på korttidsboendet"
    assert doc["date"] == "2038-05-06"


def test_a_dateline_with_its_weekday_ends_the_headline(extract_text):
    text = ("Ny förskola byggs i Norrby\nPublicerad tisdag 9 september 2038\n\n"
            "Barn- och utbildningsnämnden har beslutat att bygga en förskola med sex avdelningar i Norrby.\n")
    doc = extract_text(text)["document"]
    assert doc["title"] == "Ny förskola byggs i Norrby"
    assert doc["date"] == "2038-09-09"


def test_a_photo_credit_over_its_caption_is_no_headline(extract_text):  # (a guard: read right before)
    text = ("Foto: Lisa Holm\nBarnen i Ekby förskola planterar äppelträd.\n\n"
            "Fruktträd till alla förskolor\n\n"
            "Tekniska nämnden har beslutat att plantera fruktträd vid kommunens alla förskolor under våren.\n")
    assert extract_text(text)["document"]["title"] == "Fruktträd till alla förskolor"


def test_an_alt_text_without_a_full_stop_over_its_credit_line_is_no_headline(extract_text):
    text = ("Två flickor spelar fotboll på en konstgräsplan\nFotograf: Exeby kommun\n\n"
            "Konstgräset på Ekvallen byts ut\n"
            "Kultur- och fritidsnämnden har beslutat att byta konstgräset på Ekvallen under sommaren 2039.\n")
    assert extract_text(text)["document"]["title"] == "Konstgräset på Ekvallen byts ut"


def test_a_headline_with_its_credit_line_under_it_stays_the_headline(extract_text):
    text = ("Konstgräset på Ekvallen byts ut\nFoto: Exeby kommun\n\n"
            "Kultur- och fritidsnämnden har beslutat att byta konstgräset på Ekvallen under sommaren 2039.\n")
    assert extract_text(text)["document"]["title"] == "Konstgräset på Ekvallen byts ut"


def test_nyheter_over_the_headline_with_no_blank_line_is_the_sites_section(extract_text):
    text = ("Nyheter\nVattenverket i Ekby byggs om\n"
            "Tekniska nämnden har beslutat att bygga om vattenverket i Ekby för 38 miljoner kronor.\n"
            "Arbetet börjar i augusti.\nSidan publicerades: 2038-06-12\n")
    assert extract_text(text)["document"]["title"] == "Vattenverket i Ekby byggs om"


def test_a_headline_opening_with_a_kinds_word_as_its_subject_is_news(extract_text):
    text = ("Avtal klart om nytt äldreboende\n\n"
            "Vård- och omsorgsnämnden har tecknat avtal med Exeby Omsorg AB om driften av det nya äldreboendet "
            "från 1 januari 2039 till 31 december 2042.\n\nPublicerad 14 november 2038\n")
    doc = extract_text(text)["document"]
    assert doc["doc_type"] == "nyhet"
    assert doc["date"] == "2038-11-14"


def test_an_agreements_own_heading_keeps_its_kind(extract_text):
    text = ("Avtal om drift av ridhuset\n\nParter\nExeby kommun, org.nr 212000-0000\n"
            "Exeby Ryttarförening, org.nr 802498-4000\n\n1. Avtalstid\nAvtalet gäller 2039–2043.\n")
    assert extract_text(text)["document"]["doc_type"] == "avtal"


def test_recipients_each_with_their_share_in_brackets_are_parties(extract_text):
    text = ("Exeby kommun\n\nAnläggningsbidrag 2039\n\n"
            "Kultur- och fritidsnämnden har fördelat 900 000 kronor. Bidragen går till Norrby Golfklubb "
            "(300 000 kronor), Ekby Tennisklubb (250 000 kronor) och Västerby Skidklubb (120 000 kronor).\n")
    names = _names(extract_text(text))
    assert {"Norrby Golfklubb", "Ekby Tennisklubb", "Västerby Skidklubb"} <= set(names)


def test_a_date_and_hour_under_the_headline_end_it(extract_text):
    text = ("Exeby kommun\n\n”Biblioteket är byns vardagsrum”\n2039-02-11 10:40\n\n"
            "Kultur- och fritidsnämnden har beslutat att filialbiblioteket i Ekby ska vara kvar. Nämnden avsätter "
            "400 000 kronor för att rusta upp lokalen.\n")
    doc = extract_text(text)["document"]
    assert doc["title"] == "”Biblioteket är byns vardagsrum”"
    assert doc["date"] == "2039-02-11"


def test_a_short_headline_over_its_date_with_the_article_below_stays_the_headline(extract_text):
    text = ("Exeby kommun\nAktuellt\n\nSocialnämnden stänger korttidsboende\n2039-05-06\n\n"
            "Socialnämnden har beslutat att stänga korttidsboendet på Ekgatan och flytta verksamheten till Solgården.\n")
    assert extract_text(text)["document"]["title"] == "Socialnämnden stänger korttidsboende"


def test_a_section_over_the_date_with_the_headline_below_is_no_headline(extract_text):  # (a guard)
    text = ("Exeby kommun\n\nPolitik och beslut\n2039-05-06\n\nSocialnämnden stänger korttidsboende\n\n"
            "Socialnämnden har beslutat att stänga korttidsboendet på Ekgatan och flytta verksamheten till Solgården.\n")
    assert extract_text(text)["document"]["title"] == "Socialnämnden stänger korttidsboende"


def test_a_sites_title_line_with_its_headline_lines_further_down_is_no_headline(extract_text):
    text = ("Nya öppettider på återvinningscentralen - Exeby kommun\n\nExeby kommun\n"
            "Start > Bo och bygga > Avfall\nNya öppettider på återvinningscentralen\n"
            "Publicerad 2 juni 2039\n"
            "Tekniska nämnden har beslutat att återvinningscentralen ska ha öppet två kvällar i veckan från juli.\n")
    assert extract_text(text)["document"]["title"] == "Nya öppettider på återvinningscentralen"


def test_a_sites_section_links_over_the_headline_are_no_headline(extract_text):
    text = ("Exeby kommun\nSkola och förskola\nNyheter\n\nFler elever får läxhjälp i höst\n\n"
            "Barn- och utbildningsnämnden har beslutat att utöka läxhjälpen till alla skolor i kommunen från augusti 2039.\n")
    assert extract_text(text)["document"]["title"] == "Fler elever får läxhjälp i höst"
