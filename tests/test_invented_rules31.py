"""General rules of "beslut i korthet" and notices pages found by round 31 (tests/fixtures/invented
650-656): bare-numbered matters each told as decided in the past tense ("1. Bidrag till ..." /
"Nämnden beslutade att ...") are a page summing up a meeting, no agenda's items; a club's legal form
by its initials ("Exeby IK") is the short form of the name written in full ("Exeby Idrottsklubb");
a company whose name holds "och" before its legal form ("Exeby Camping och Stugby AB") is one party;
a contact box's title on its own line over the name ("Kontakt" / "Nämndsekreterare" / name) is that
person's title; a probe after the batch: prose whose sentences end in a year ("... för 2041.") above a
matter's "Motion om ..." heading makes it one matter's kind, not the page's type word. Each case is
invented Swedish and failed before its rule; the guards hold a real agenda, two different clubs, two
names joined by "och", a title line under a name and a motion's own page."""


def _parties(result):
    return sorted((p["name"], p["org_nr"]) for p in result["parties"])


def _people(result):
    return [(p["name"], p["title"]) for p in result["people"]]


def _notices(verb_1: str, verb_2: str, verb_3: str) -> str:
    return ("Notiser från kultur- och fritidsnämnden 12 maj 2040\n\n"
            "Här är några av de ärenden som nämnden behandlade på onsdagen.\n\n"
            "1. Nya öppettider på simhallen\n"
            f"Kultur- och fritidsnämnden {verb_1} att simhallen i Ekbacka ska ha öppet även på söndagskvällar.\n\n"
            "2. Bidrag till lägerverksamhet\n"
            f"Nämnden {verb_2} Ekbacka Scoutkår 30 000 kronor för sommarens läger vid Långsjön.\n\n"
            "3. Taxor för uthyrning av lokaler\n"
            f"Nämnden {verb_3} nya taxor för uthyrning av idrottshallar från den 1 augusti.\n")


def test_numbered_matters_told_as_decided_are_a_news_page(extract_text):
    result = extract_text(_notices("beslutade", "beviljade", "fastställde"))
    assert result["document"]["doc_type"] == "nyhet"


def test_numbered_matters_still_to_decide_are_an_agenda(extract_text):
    result = extract_text(_notices("föreslås besluta", "föreslås bevilja", "föreslås fastställa"))
    assert result["document"]["doc_type"] == "kallelse"


def test_a_club_by_its_initials_is_the_club_named_in_full(extract_text):
    text = ("Kort om beslut från kommunstyrelsen\n\nPublicerad 4 mars 2040\n\n"
            "Nya mål till Ekbacka IK\n"
            "Kommunstyrelsen beviljade Ekbacka Idrottsklubb, org.nr 802377-5946, 60 000 kronor till nya mål. "
            "Bidraget till Ekbacka IK betalas ut i april.\n")
    assert _parties(extract_text(text)) == [("Ekbacka Idrottsklubb", "802377-5946")]


def test_a_gif_is_the_gymnastik_och_idrottsforening(extract_text):
    text = ("Kort om beslut från kommunstyrelsen\n\nPublicerad 4 mars 2040\n\n"
            "Kommunstyrelsen beviljade Ekbacka Gymnastik- och Idrottsförening (802580-7986) 25 000 kronor. "
            "Bidraget till Ekbacka GIF gäller redskap till gymnastiksalen.\n")
    assert _parties(extract_text(text)) == [("Ekbacka Gymnastik- och Idrottsförening", "802580-7986")]


def test_two_clubs_of_different_places_stay_two(extract_text):
    text = ("Kort om beslut från kommunstyrelsen\n\nPublicerad 4 mars 2040\n\n"
            "Kommunstyrelsen beviljade Ekbacka Idrottsklubb, org.nr 802377-5946, 60 000 kronor. "
            "Kultur- och fritidsnämnden beviljade Lindnäs IK 20 000 kronor.\n")
    names = [name for name, _nr in _parties(extract_text(text))]
    assert "Ekbacka Idrottsklubb" in names and "Lindnäs IK" in names


def test_a_company_with_och_before_its_legal_form_is_one_party(extract_text):
    text = ("Beslut i korthet\n\n"
            "Kommunstyrelsen godkände ett avtal med Lindnäs Bygg och Måleri AB (556694-1117) om underhåll "
            "av skolornas fasader under 2041–2043.\n")
    assert _parties(extract_text(text)) == [("Lindnäs Bygg och Måleri AB", "556694-1117")]


def test_kommunen_och_a_company_is_no_company_name(extract_text):
    text = ("Beslut i korthet\n\n"
            "Kommunen och Lindnäs Energi AB (556510-9542) tecknar ett avtal om solpaneler på "
            "kommunhuset under 2041–2043.\n")
    names = [name for name, _nr in _parties(extract_text(text))]
    assert "Lindnäs Energi AB" in names and not any("och" in n for n in names)


def test_a_contact_box_title_over_the_name_is_the_persons_title(extract_text):
    text = ("Kort om beslut från kommunstyrelsen\n\nPublicerad 4 mars 2040\n\n"
            "Kommunstyrelsen beviljade Ekbacka Scoutkår 30 000 kronor.\n\n"
            "Kontakt\nNämndsekreterare\nTorbjörn Vallin\n0640-55 12 00\n")
    assert _people(extract_text(text)) == [("Torbjörn Vallin", "Nämndsekreterare")]


def test_a_title_line_under_a_name_stays_that_names(extract_text):
    text = ("Kort om beslut från kommunstyrelsen\n\nPublicerad 4 mars 2040\n\n"
            "Kommunstyrelsen beviljade Ekbacka Scoutkår 30 000 kronor.\n\n"
            "Kontakt\nTorbjörn Vallin\nNämndsekreterare\n0640-55 12 00\n")
    assert _people(extract_text(text)) == [("Torbjörn Vallin", "Nämndsekreterare")]


def _digest(numbering: str) -> str:
    return ("Kort om regionfullmäktiges beslut 8 november\n\nPublicerad 9 november 2040\n\n"
            "Regionfullmäktige sammanträdde i Exeby den 7–8 november 2040.\n\n"
            f"{numbering.format(1)}Budget för 2041\n"
            "Regionfullmäktige fastställde budgeten och skattesatsen för 2041.\n\n"
            f"{numbering.format(2)}Bidrag till Exeby Naturskola\n"
            "Regionfullmäktige beviljade Stiftelsen Exeby Naturskola 400 000 kronor för 2041.\n\n"
            f"{numbering.format(3)}Motion om hälsoval\n"
            "Motionen från Per Edberg (L) avslogs.\n")


def test_a_matters_motion_heading_under_prose_ending_in_years_is_no_type_word(extract_text):
    for numbering in ("{}) ", ""):
        result = extract_text(_digest(numbering))
        assert result["document"]["doc_type"] != "motion", numbering
        assert result["document"]["title"] == "Kort om regionfullmäktiges beslut 8 november", numbering


def test_a_motion_heading_its_own_page_stays_a_motion(extract_text):
    text = ("Motion om hälsoval\n\nJag föreslår att regionfullmäktige beslutar att utreda hälsovalet för 2041.\n\n"
            "Exeby den 3 mars 2040\nPer Edberg (L)\n")
    assert extract_text(text)["document"]["doc_type"] == "motion"
