"""General rules of Swedish council news pages and notices found by round 17 (tests/fixtures/invented
330-): a site's menu row of several-word links two spaces apart, a printed page's header naming a
förbund and its news section, a förbund's letterhead in capitals with two member towns joined by a
hyphen over the kind of body it is, a fact box listing each payee with what the money is for, and a
list whose caption gives its unit in words ("bidrag i kronor"). Each case is invented Swedish and
failed before its rule."""


def _doc(result):
    return result["document"]


def _names(result):
    return {p["name"] for p in result["parties"]}


def _amounts(result):
    return {a["value"] for a in result["amounts"]}


def test_a_menu_row_of_several_word_links_is_no_headline(extract_text):
    text = ("Exeby kommun\n"
            "Skola och förskola  Omsorg  Bygga och bo  Uppleva och göra\n"
            "Start > Nyheter\n\n"
            "Badhuset i Norrby öppnar igen efter renoveringen\n\n"
            "Publicerad 2036-10-02\n\n"
            "Badhuset har varit stängt i ett år. Renoveringen kostade 22 miljoner kronor.\n")
    assert _doc(extract_text(text))["title"] == "Badhuset i Norrby öppnar igen efter renoveringen"


def test_a_printed_pages_header_of_a_forbund_and_its_news_section_is_no_headline(extract_text):
    text = ("Samordningsförbundet Öby-Yby · Aktuellt\n\n"
            "Nyheter\n\n"
            "Förbundet startar stödgrupp för unga föräldrar\n\n"
            "2036-04-11\n"
            "Styrelsen för Samordningsförbundet Öby-Yby beslutade i mars att avsätta 340 000 kronor till en "
            "stödgrupp för unga föräldrar som står utanför arbetsmarknaden.\n")
    assert _doc(extract_text(text))["title"] == "Förbundet startar stödgrupp för unga föräldrar"


def test_a_forbunds_capital_letterhead_with_a_hyphen_and_its_kind_are_no_headline(extract_text):
    text = ("RÄDDNINGSTJÄNSTEN ÖBY-YBY\n"
            "Kommunalförbund\n\n"
            "PRESSMEDDELANDE                    2036-02-14\n\n"
            "Nya rökdykarövningar i Yby\n\n"
            "Direktionen har beslutat att bygga ett övningshus i Yby för 3.600.000 kr.\n")
    doc = _doc(extract_text(text))
    assert doc["title"] == "Nya rökdykarövningar i Yby"
    assert doc["municipality"] == "Räddningstjänsten Öby-Yby"


def test_a_fact_box_names_each_payee_before_what_its_money_is_for(extract_text):
    text = ("Exeby kommun\n\nSex föreningar får bidrag till nya spontanytor\n\n"
            "Kultur- och fritidsnämnden har fördelat årets anläggningsbidrag.\n\n"
            "Fakta: Så här fördelas bidragen\n"
            "Norrby Bollklubb, ny konstgräsyta: 240 000 kr\n"
            "Ydals Skidklubb, elljusspår: 125 000 kr\n"
            "Öby Hembygdsförening, utegym vid bygdegården: 64 000 kr\n")
    result = extract_text(text)
    assert {"Norrby Bollklubb", "Ydals Skidklubb", "Öby Hembygdsförening"} <= _names(result)
    assert not _names(result) & {"ny konstgräsyta", "elljusspår", "utegym vid bygdegården"}


def test_a_lists_caption_gives_the_unit_of_its_bare_amounts(extract_text):
    text = ("Region Exempel\n\nTolv projekt får kulturbidrag\n\n"
            "Kulturnämnden har fördelat 1 200 000 kronor i projektbidrag.\n\n"
            "Beviljade projekt (belopp i kronor)\n\n"
            "Norrby Teaterförening, Sommarscen: 185 000\n"
            "Ydals Musiksällskap, Körläger: 96 500\n"
            "Öby Konstklubb, Måleri för unga: 42 000\n\n"
            "Kontakt: Eva Holm, kulturutvecklare\n")
    assert {185000, 96500, 42000} <= _amounts(extract_text(text))
