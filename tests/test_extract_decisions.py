import pytest


def test_numbered_list_with_sub_bullets(extract_text):
    text = (
        "Förvaltningens förslag till beslut\n"
        "1. Nämnden beslutar att godkänna partnerskap med\n"
        "  - Förening A organisationsnummer 802404-2007,\n"
        "  - Förening B organisationsnummer 802405-2006.\n"
        "2. Nämnden ger förvaltningschefen i uppdrag att teckna avtal.\n"
        "3. Paragrafen justeras omedelbart.\n\n"
        "Sammanfattning\nFörvaltningen föreslår ...\n"
    )
    points = extract_text(text)["decision_points"]
    assert [p["number"] for p in points] == [1, 2, 3]
    assert points[0]["text"] == (
        "Nämnden beslutar att godkänna partnerskap med Förening A organisationsnummer 802404-2007, "
        "Förening B organisationsnummer 802405-2006."
    )


def test_items_separated_by_blank_lines_and_wrapped(extract_text):
    text = (
        "Förslag till beslut\n"
        "1. Kommunstyrelsen beslutar att godkänna\navtalet.\n\n"
        "2. Paragrafen justeras omedelbart.\n\n"
        "Anna Andersson Per Persson\nKommundirektör Ekonomichef\n"
    )
    points = extract_text(text)["decision_points"]
    assert [(p["number"], p["text"]) for p in points] == [
        (1, "Kommunstyrelsen beslutar att godkänna avtalet."),
        (2, "Paragrafen justeras omedelbart."),
    ]


def test_single_unnumbered_proposal_is_item_one(extract_text):
    text = "Förvaltningens förslag till beslut\nSocialnämnden godkänner rapporten.\n\nSammanfattning\nText.\n"
    assert [(p["number"], p["text"]) for p in extract_text(text)["decision_points"]] == [
        (1, "Socialnämnden godkänner rapporten.")
    ]


def test_repeated_list_is_not_duplicated(extract_text):
    block = "1. Nämnden beslutar att godkänna avtalet.\n2. Paragrafen justeras omedelbart.\n"
    text = "Förslag till beslut\n" + block + "\nBakgrund\nText.\n\nFörvaltningens förslag till beslut\n" + block
    assert [p["number"] for p in extract_text(text)["decision_points"]] == [1, 2]


def test_att_clauses(extract_text):
    text = "Beslut\n\natt godkänna avtalet,\n\natt uppdra åt kommundirektören att teckna avtalet.\n\nBakgrund\n"
    points = extract_text(text)["decision_points"]
    assert [p["text"] for p in points] == ["att godkänna avtalet,", "att uppdra åt kommundirektören att teckna avtalet."]


def test_page_header_inside_an_item_is_left_out(extract_text):
    text = (
        "Förslag till beslut\n"
        "1. Nämnden beslutar att godkänna\n"
        "Tjänsteutlåtande\nDnr 2.3.4-789/2020\nSida 2 (8)\n"
        "avtalet.\n"
    )
    points = extract_text(text)["decision_points"]
    assert points[0]["text"] == "Nämnden beslutar att godkänna avtalet."


def test_no_heading_no_points(extract_text):
    assert extract_text("1. Inledning\n2. Bakgrund\n")["decision_points"] == []


def test_bulleted_proposal_of_one_body_to_another(extract_text):
    text = (
        "Arbetsutskottets förslag till fritidsnämnden\n"
        "  • Föreningen Exempel erhåller bidrag med 20 000 kronor.\n"
        "  • Förvaltningen får i uppdrag att följa upp bidraget.\n\nFritidsnämndens beslut\n"
    )
    points = extract_text(text)["decision_points"]
    assert [(p["number"], p["text"]) for p in points] == [
        (1, "Föreningen Exempel erhåller bidrag med 20 000 kronor."),
        (2, "Förvaltningen får i uppdrag att följa upp bidraget."),
    ]


FLAT_FILLER = "Ärendet gäller nya regler för lån av lokaler i kommunens skolor. " * 4


@pytest.mark.parametrize(
    "line, expected",
    [
        # The proposal inside one flattened line, up to the next section heading.
        (f"{FLAT_FILLER}Förslag till beslut Kulturnämnden beslutar att anta reglerna för lokallån. Bakgrund Reglerna är gamla.",
         ["Kulturnämnden beslutar att anta reglerna för lokallån."]),
        (f"{FLAT_FILLER}Fullmäktige beslutade - att anta policyn för inköp - att uppdra åt styrelsen att följa upp den. Bilaga 1. Policy",
         ["att anta policyn för inköp", "att uppdra åt styrelsen att följa upp den."]),
        # A body's decision numbered inside the line.
        (f"{FLAT_FILLER}Miljönämndens beslut 1. Miljönämnden antar planen. 2. Planen följs upp 2032. Sammanfattning Planen är ny.",
         ["Miljönämnden antar planen.", "Planen följs upp 2032."]),
    ],
)
def test_proposal_in_a_flattened_line(extract_text, line, expected):
    assert [p["text"] for p in extract_text(line + "\n")["decision_points"]] == expected


def test_short_line_with_a_proposal_phrase_is_not_read_inline(extract_text):
    assert extract_text("Förslag till beslut kommer senare.\n")["decision_points"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A lead-in clause before the att-clauses is no point of its own.
        ("Tekniska nämndens beslut\nTekniska nämnden föreslår kommunfullmäktige besluta\natt anta taxan,\natt taxan gäller från 2032.\n",
         ["att anta taxan,", "att taxan gäller från 2032."]),
        # A motion's yrkanden under its lead-in line.
        ("Motion om parkbänkar\n\nMed anledning av detta yrkar jag\n\natt kommunen ställer ut fler bänkar.\n\nExeby den 2 maj 2031\n",
         ["att kommunen ställer ut fler bänkar."]),
        # Dash-led att-clauses under the lead-in.
        ("Utskottets förslag\nNämnden föreslår fullmäktige besluta\n- att anta planen,\n- att avgiften blir 2 procent.\n",
         ["att anta planen,", "att avgiften blir 2 procent."]),
        # "Jag föreslår därför <body> besluta" leads a motion's att-clauses.
        ("Motion om bänkar\n\nJag föreslår därför kommunfullmäktige besluta\n\natt ställa ut bänkar,\n\natt följa upp det.\n",
         ["att ställa ut bänkar,", "att följa upp det."]),
        # No heading: a line opening "<Board> beslutar att", its list folded in.
        ("Beslut 2031-04-11\nMiljönämnden\n\nBidrag 2031\n\nMiljönämnden beslutar att bevilja följande föreningar bidrag:\n\n"
         "- Åby naturskyddsförening: 5 000 kronor\n- Exeby fältbiologer: 3 000 kronor\n\nHandläggare\nPer Ek\n",
         ["Miljönämnden beslutar att bevilja följande föreningar bidrag: Åby naturskyddsförening: 5 000 kronor "
          "Exeby fältbiologer: 3 000 kronor"]),
        # A short lead-in line over a numbered list.
        ("Förslag till beslut\nI miljönämnden\n1. Planen antas.\n2. Kontoret får i uppdrag att följa upp planen.\n",
         ["Planen antas.", "Kontoret får i uppdrag att följa upp planen."]),
        # "<Board> beslutar" as the heading of the decision.
        ("Beslut om bidrag\n\nKultur- och fritidsnämnden beslutar\natt fördela bidragen enligt tabellen.\n",
         ["att fördela bidragen enligt tabellen."]),
    ],
)
def test_att_clauses_under_a_lead_in(extract_text, text, expected):
    assert [p["text"] for p in extract_text(text)["decision_points"]] == expected


def test_news_reporting_a_decision_has_no_points(extract_text):
    text = ("Nya bidrag till föreningar\n\nPublicerad 4 maj 2031\n\n"
            "Miljönämnden beslutar att bevilja tre föreningar bidrag, meddelade kommunen i dag i ett pressmeddelande.\n")
    assert extract_text(text)["decision_points"] == []


def test_lead_in_ending_in_att_over_bullets(extract_text):
    # The lead-in's "att" belongs to every bullet: the bullets are the points.
    text = ("Förslag till beslut\nTekniska nämnden föreslår kommunfullmäktige att\n• anta taxan enligt bilaga,\n"
            "• fastställa timavgiften till 900 kronor.\n\nBakgrund\nText.\n")
    points = extract_text(text)["decision_points"]
    assert [p["text"] for p in points] == ["anta taxan enligt bilaga,", "fastställa timavgiften till 900 kronor."]


def test_lead_in_ending_in_a_colon_folds_its_bullets(extract_text):
    # "... följande:" introduces a list that is part of one decision, not points of their own.
    text = "Förslag till beslut\nNämnden beviljar följande:\n- Åby IK 5 000 kronor\n- Exeby SK 4 000 kronor\n"
    assert len(extract_text(text)["decision_points"]) == 1


def test_motion_lead_in_with_att_before_whom_it_asks(extract_text):
    text = ("Motion om fler cykelställ\n\nText om behovet.\n\nJag yrkar därför att kommunfullmäktige beslutar\n"
            "att uppdra åt tekniska nämnden att bygga fler cykelställ,\natt redovisa arbetet under 2032.\n")
    points = extract_text(text)["decision_points"]
    assert [p["text"] for p in points] == ["att uppdra åt tekniska nämnden att bygga fler cykelställ,",
                                           "att redovisa arbetet under 2032."]


def test_lead_in_with_a_blank_line_before_its_bullets(extract_text):
    # Markdown writes a blank line between a paragraph and its list.
    text = ("**Förslag till beslut**\n\nNämnden beslutar att\n\n- införa tillsyn nattetid,\n"
            "- avgiften ska vara 250 kronor per månad.\n\n**Sammanfattning**\n\nText.\n")
    assert [p["text"] for p in extract_text(text)["decision_points"]] == [
        "införa tillsyn nattetid,", "avgiften ska vara 250 kronor per månad."]


def test_type_word_over_the_head_is_no_decision_section(extract_text):
    text = ("BESLUT\n2031-01-30\nDnr MN 2031-000812\n\nMiljönämnden\n\nFöreläggande om avlopp på fastigheten Åby 3:14\n\n"
            "Beslut\nMiljönämnden förelägger fastighetsägaren att\n1) ansluta avloppet senast 2031-10-31,\n"
            "2) söka tillstånd senast 2031-06-30.\n\nSkäl för beslutet\nText.\n")
    assert [p["text"] for p in extract_text(text)["decision_points"]] == [
        "ansluta avloppet senast 2031-10-31,", "söka tillstånd senast 2031-06-30."]


def test_inline_lead_in_before_numbered_points_in_a_flattened_line(extract_text):
    line = ("Regionstyrelsen Tjänsteskrivelse 2031-03-03 Diarienummer RS 2031-00087 Riktlinjer för stöd till föreningar "
            "Förslag till beslut Regionstyrelsen föreslår regionfullmäktige besluta att 1. anta riktlinjer för stöd till "
            "föreningar, 2. uppdra åt regionstyrelsen att följa upp stödet. Sammanfattning Regionen lämnar stöd till "
            "ett åttiotal föreningar och organisationer i hela länet varje år.\n")
    record = extract_text(line)
    assert [p["text"] for p in record["decision_points"]] == [
        "anta riktlinjer för stöd till föreningar,", "uppdra åt regionstyrelsen att följa upp stödet."]
    assert record["document"]["title"] == "Riktlinjer för stöd till föreningar"


def test_deeper_bullets_fold_into_the_point_above(extract_text):
    text = ("Beslutsförslag\nKommunfullmäktige beslutar att\n- bevilja följande projekt medel ur fonden:\n"
            "  • Åby familjecentral, 600 000 kronor\n  • Läxhjälp i Exeby, 180 000 kronor\n"
            "- projekten ska återrapportera resultat senast i juni 2032.\n\nÄrendet\nText.\n")
    assert [p["text"] for p in extract_text(text)["decision_points"]] == [
        "bevilja följande projekt medel ur fonden: Åby familjecentral, 600 000 kronor Läxhjälp i Exeby, 180 000 kronor",
        "projekten ska återrapportera resultat senast i juni 2032."]


def test_lettered_points_with_a_dot(extract_text):
    text = ("Förslag till beslut\na. Nämnden godkänner avtalet med Åby stiftelse.\nb. Direktören får i uppdrag att underteckna avtalet.\n\n"
            "Bakgrund\nText.\n")
    assert [p["text"] for p in extract_text(text)["decision_points"]] == [
        "Nämnden godkänner avtalet med Åby stiftelse.", "Direktören får i uppdrag att underteckna avtalet."]


def test_numbered_proposal_inside_a_flattened_line(extract_text):
    # A one-line export: "Förslag till beslut 1. ... 2. ... Sammanfattning ...".
    text = (
        "Gnesta kommun Socialförvaltningen TJÄNSTESKRIVELSE Datum 2031-02-01 Diarienummer SN 2031/44 "
        "Ny riktlinje för hemtjänst Förslag till beslut 1. Socialnämnden antar riktlinjen enligt bilaga 1. "
        "2. Riktlinjen gäller från och med den 1 april 2031. Sammanfattning Förvaltningen har sett över "
        "hemtjänstens insatser och föreslår en ny riktlinje som gör besluten enhetliga över hela kommunen.\n"
    )
    points = [(p["number"], p["text"]) for p in extract_text(text)["decision_points"]]
    assert points == [(1, "Socialnämnden antar riktlinjen enligt bilaga 1."),
                      (2, "Riktlinjen gäller från och med den 1 april 2031.")]


def test_a_delegated_decision_flattened_into_one_line(extract_text):
    # "Beslut enligt delegation från X" is a note of whose power is used: the subject follows it,
    # and the bare "Beslut" heading before the board's decision opens the decision, up to "Upplysningar".
    line = ("Exeby kommun Delegationsbeslut Datum: 2031-03-02 Diarienummer: BN 2031/0112 Beslutsfattare: Nils Ek, "
            "bygglovshandläggare Beslut enligt delegation från Byggnadsnämnden Bygglov för carport på fastigheten "
            "Exeby Åkern 2:7 Beslut Byggnadsnämnden beviljar bygglov för carport. Avgiften är 6 120 kronor. "
            "Upplysningar Beslutet kan överklagas hos länsstyrelsen. Nils Ek Bygglovshandläggare\n")
    record = extract_text(line)
    assert record["document"]["title"] == "Bygglov för carport på fastigheten Exeby Åkern 2:7"
    assert [p["text"] for p in record["decision_points"]] == [
        "Byggnadsnämnden beviljar bygglov för carport. Avgiften är 6 120 kronor."]


def test_unnumbered_decisions_of_the_same_body_one_a_line(extract_text):
    text = ("Tjänsteskrivelse\n\nAvtal om städning\n\nFörslag till beslut\nTekniska nämnden godkänner avtalet.\n"
            "Tekniska nämnden uppdrar åt förvaltningen att följa upp avtalet årligen.\n\nÄrendet\nText.\n")
    points = [p["text"] for p in extract_text(text)["decision_points"]]
    assert points == ["Tekniska nämnden godkänner avtalet.",
                      "Tekniska nämnden uppdrar åt förvaltningen att följa upp avtalet årligen."]


def test_a_decision_wrapped_over_lines_stays_one_point(extract_text):
    text = ("Tjänsteskrivelse\n\nAvtal om städning\n\nFörslag till beslut\nTekniska nämnden godkänner avtalet med\n"
            "Städbolaget AB för åren 2033 och 2034.\n\nÄrendet\nText.\n")
    assert len(extract_text(text)["decision_points"]) == 1


PROTOCOL_WITHOUT_DECISION_HEADINGS = """PROTOKOLL
Tekniska nämndens arbetsutskott
Sammanträdesdatum 2039-10-04

§ 31
Val av justerare
Arbetsutskottet beslutar att utse Gunnel Åström att justera protokollet.

§ 32
Driftbidrag till Forsviks Båtklubb
Dnr TN 2039/77
Arbetsutskottet beslutar att bevilja Forsviks Båtklubb ett driftbidrag om
18 000 kronor för 2040.

§ 33
Avtal om snöröjning
Dnr TN 2039/81
Arbetsutskottet föreslår tekniska nämnden besluta
att godkänna avtalet med Norrgärdets Maskin AB,
att avtalet gäller till och med 30 april 2042.
"""


def test_an_items_decision_without_a_heading(extract_text):
    items = {i["number"]: [p["text"] for p in i["decision_points"]] for i in extract_text(PROTOCOL_WITHOUT_DECISION_HEADINGS)["items"]}
    assert items["31"] == ["Arbetsutskottet beslutar att utse Gunnel Åström att justera protokollet."]
    # A sentence wrapped over two lines is read to its end.
    assert items["32"] == ["Arbetsutskottet beslutar att bevilja Forsviks Båtklubb ett driftbidrag om 18 000 kronor för 2040."]
    # A body's proposal to another opens its att-clauses with no heading above.
    assert items["33"] == ["att godkänna avtalet med Norrgärdets Maskin AB,", "att avtalet gäller till och med 30 april 2042."]
