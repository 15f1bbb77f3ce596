"""General rules of Swedish council web pages and single-matter documents found by round 16
(tests/fixtures/invented 310-): a cookie notice over a page, a dateline with its hour or without
its year, a page's "Senast ändrad" foot, a newsroom's name and menu row over a press release, a
letterhead joined by dots in a page header, a decision's legal basis over its subject, a later
meeting named in a letter's text, and an agreement signed by "Kommunen och X". Each case is
invented Swedish and failed before its rule."""

from docparse.structure.title import is_dateline


def _doc(result):
    return result["document"]


def test_a_cookie_notice_and_its_buttons_are_no_headline(extract_text):
    text = ("Vi använder kakor\n"
            "Exeby kommun använder kakor för statistik. Du kan själv välja vilka du tillåter.\n"
            "Tillåt alla   Neka alla\n"
            "Hoppa till innehållet\n"
            "Exeby kommun\n"
            "Sök på webbplatsen\n\n"
            "Nyhet · 12 juni\n\n"
            "Simhallen i Norrby stänger för renovering i höst\n\n"
            "Simhallen stänger den 1 september och öppnar igen efter årsskiftet. Renoveringen kostar "
            "14 miljoner kronor, säger fritidschefen Eva Ek.\n\n"
            "Senast ändrad: 13 juni 2036 10:05\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Simhallen i Norrby stänger för renovering i höst"
    assert doc["date"] == "2036-06-13"


def test_a_page_dateline_with_its_hour_or_without_its_year_is_no_heading():
    assert is_dateline("2036-03-04 14:30")
    assert is_dateline("Publicerad 4 mars 2036 kl 14.30")
    assert is_dateline("Pressmeddelande • 4 mars 2036 14:30 CET")
    assert is_dateline("Nyhet · 4 mars")
    assert not is_dateline("4 mars")  # a day and a month alone may be a headline's words
    assert not is_dateline("Ny simhall invigd 4 mars")


def test_a_date_alone_with_its_hour_over_the_headline_is_the_publication(extract_text):
    text = ("Exeby kommun\nMeny   Sök\nStart > Aktuellt\n\n"
            "2036-09-02 08:40\n\n"
            "Biblioteket i Norrby får längre öppettider\n\n"
            "Från och med oktober har biblioteket öppet varje kväll. Kultur- och fritidsnämnden beslutade "
            "om 180 000 kronor för personal, säger bibliotekschefen Lisa Holm.\n\n"
            "Sidan uppdaterad 2036-09-05\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Biblioteket i Norrby får längre öppettider"
    assert doc["date"] == "2036-09-02"


def test_a_newsrooms_name_and_menu_row_are_no_headline(extract_text):
    text = ("Region Exempel nyhetsrum\n"
            "Pressmeddelanden   Nyheter   Bilder   Kontakter\n\n"
            "Pressmeddelande  •  4 mars 2036 14:30 CET\n\n"
            "Regionen bygger ny vårdcentral i Norrby\n\n"
            "Regionstyrelsen har beslutat att bygga en ny vårdcentral för 85 miljoner kronor. Bygget startar i "
            "höst, säger regionstyrelsens ordförande Per Lind (S).\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Regionen bygger ny vårdcentral i Norrby"
    assert doc["doc_type"] == "pressmeddelande"


def test_a_page_header_joined_by_dots_is_letterhead_and_names_the_kind(extract_text):
    text = ("Exeby kommun · Tjänsteskrivelse · 2036-10-08 · Dnr KFN 2036/77\n\n"
            "Kultur- och fritidsnämnden\n\n"
            "Driftbidrag till Norrby hembygdsförening 2037\n\n"
            "Förslag till beslut\n\n"
            "Nämnden beviljar föreningen ett driftbidrag på 36 000 kronor.\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Driftbidrag till Norrby hembygdsförening 2037"
    assert doc["doc_type"] == "tjänsteskrivelse"
    assert doc["date"] == "2036-10-08"


def test_a_decisions_legal_basis_is_no_subject_and_a_later_meeting_no_date(extract_text):
    text = ("EXEBY KOMMUN\tBESLUT\n"
            "Barn- och utbildningsnämnden\t2036-07-14\n"
            "\tDnr BUN 2036/211\n\n"
            "Beslut enligt 6 kap. 39 § kommunallagen\n\n"
            "Ärende\n"
            "Skolskjuts till Norrby skola under\n"
            "höstterminen 2036\n\n"
            "Beslut\n"
            "Nämndens ordförande beslutar att skolskjutsen körs med taxi under hösten.\n"
            "Beslutet anmäls vid nämndens sammanträde den 22 september 2036.\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Skolskjuts till Norrby skola under höstterminen 2036"
    assert doc["date"] == "2036-07-14"


def test_the_municipality_named_by_its_noun_beside_an_association_that_signs(extract_text):
    text = ("Nyheter\n\nNytt partnerskap för läxhjälp\n\n"
            "Kommunen och Föreningen Läxhjälpen Norrby har skrivit under en överenskommelse om läxhjälp "
            "för barn i årskurs 4-9. Publicerad 2036-02-03.\n")
    names = {p["name"] for p in extract_text(text)["parties"]}
    assert "Föreningen Läxhjälpen Norrby" in names
