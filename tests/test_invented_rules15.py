"""General rules of Swedish council documents found by round 15's meeting documents as an archive holds
them (tests/fixtures/invented 290-): plain pdftotext output (not -layout) with every cell on a line of
its own — an agenda's number, title and dnr on separate lines, a title wrapping after a comma before a
property's designation, a single matter's heading wrapping after "och" with no blank line around it, a
region's board named by its fields and wrapped after a comma in the letterhead above the page mark —
and a role written before the verb that gives it ("Som kontrollansvarig godkänns ..."). Each case is
invented Swedish and failed before its rule."""


def _doc(result):
    return result["document"]


def test_an_agenda_title_wrapped_after_a_comma_takes_the_property_below(extract_text):
    text = ("EXEBY KOMMUN\nKALLELSE\nMiljönämnden\nDatum\n2036-09-01\n"
            "Miljönämnden kallas till sammanträde\nTid\nTisdagen den 9 september 2036, kl. 13.00\n"
            "Ärenden\n1.\nVal av justerare\n"
            "2.\nBygglov för nybyggnad av maskinhall,\nNorrby 4:12\nMN 2036/0211\n"
            "3.\nStrandskyddsdispens för bastu, Västanå 1:3\nMN 2036/0240\n"
            "4.\nAnmälan av delegationsbeslut\n")
    items = {i["number"]: (i["title"], i["dnr"]) for i in extract_text(text)["items"]}
    assert items["2"] == ("Bygglov för nybyggnad av maskinhall, Norrby 4:12", "MN 2036/0211")
    assert items["3"] == ("Strandskyddsdispens för bastu, Västanå 1:3", "MN 2036/0240")


def test_a_matter_heading_wrapped_after_och_goes_on_with_no_blank_line_around_it(extract_text):
    # (no page mark: the letterhead's cells, the § and the heading are one block of lines)
    text = ("EXEBY KOMMUN\nPROTOKOLLSUTDRAG\nSammanträdesdatum\nBygg- och miljönämnden\n2036-10-14\n"
            "§ 88\nBMN 2036/0415\nRivningslov för ekonomibyggnad och\nstall, Ekeby 7:2\n"
            "Ärendebeskrivning\nAnsökan gäller rivning av en ekonomibyggnad som inte längre används.\n"
            "Bygg- och miljönämndens beslut\nNämnden beviljar rivningslov.\n")
    assert _doc(extract_text(text))["title"] == "Rivningslov för ekonomibyggnad och stall, Ekeby 7:2"


def test_a_board_named_by_its_fields_wraps_after_a_comma_above_the_page_mark(extract_text):
    text = ("Region Exempel\nProtokoll\nNämnd för kultur,\nfritid och folkbildning\n1(2)\n"
            "Tid:\n2036-05-12 kl. 09:00-11:30\nPlats:\nRegionhuset\n"
            "§ 14\nVal av justerare\nBeslut\nNämnden utser Eva Lindqvist (S) att justera protokollet.\n"
            "§ 15\nBidrag till länsteatern 2037\nRE 2036/0311\nBeslut\n"
            "Nämnden föreslår regionstyrelsen att bevilja bidraget.\n")
    assert _doc(extract_text(text))["board"] == "Nämnd för kultur, fritid och folkbildning"


def test_a_role_before_the_verb_of_appointing_is_the_named_persons_title(extract_text):
    text = ("Tjänsteskrivelse\nDatum: 2036-04-02\n\nBygglov för carport, Söderby 3:9\n\n"
            "Förslag till beslut\n1. Nämnden beviljar bygglov.\n"
            "2. Som kontrollansvarig godkänns Jonas Hedberg, certifierad med behörighet N.\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Jonas Hedberg") == "kontrollansvarig"
