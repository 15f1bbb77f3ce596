import pytest


@pytest.mark.parametrize(
    "text, value, per",
    [
        ("Det vill säga 4 321 987 kronor för varje 12 månaders period.", 4321987, "12 månader"),
        ("erhåller föreningen totalt 1 200 000 kr.", 1200000, None),
        ("en ram om 1,8 mnkr", 1800000, None),
        ("ca 2,4 mnkr per år", 2400000, "år"),
        ("kostar 2,1 miljoner kronor", 2100000, None),
        ("4,5 miljoner kr", 4500000, None),
        ("högst 250 tkr", 250000, None),
        ("ersättning med 175 kronor/timme", 175, "timme"),
        ("uppgå till 50 000 kr per ungdom", 50000, "ungdom"),
        ("bidrag om 340 000 kronor", 340000, None),
        ("summa 12\u00a0500 kr", 12500, None),
        ("beloppet 3.500.000 kronor", 3500000, None),
        ("avgift 100:-", 100, None),
        ("ett bidrag om SEK 20 000 beviljas", 20000, None),
        ("totalt 20 000 SEK", 20000, None),
        # the currency before the figure and the sum in words, in a text printed in capitals
        ("NÄMNDEN BEVILJAR FÖRENINGEN KR 18 500 I BIDRAG.", 18500, None),
        ("ETT BIDRAG OM ARTONTUSEN (18 000) KRONOR.", 18000, None),
    ],
)
def test_amounts(extract_text, text, value, per):
    amounts = extract_text(text)["amounts"]
    assert [a["value"] for a in amounts] == [value]
    assert amounts[0]["per"] == per
    assert amounts[0]["currency"] == "SEK"


@pytest.mark.parametrize(
    "text",
    [
        "XX XXX kronor",  # a placeholder with letters in place of digits is no amount
        "år 2022 hade 350 individer kontakt",
        "Dnr 2.3.4-789/2020",
        "telefon 08-123 45 119",
    ],
)
def test_no_amount(extract_text, text):
    assert extract_text(text)["amounts"] == []


def test_budget_line_label(extract_text):
    text = "Lön samordnare, 500 000 kr för en årslön:\t540 000 kr\nTotalt:\t1 200 000 kr\n"
    amounts = extract_text(text)["amounts"]
    assert [(a["value"], a["label"]) for a in amounts] == [
        (500000, None),
        (540000, "Lön samordnare"),
        (1200000, "Totalt"),
    ]


def test_span_points_at_the_amount(extract_text):
    text = "Ramen är 4 321 987 kronor."
    from docparse.clean import clean

    a = extract_text(text)["amounts"][0]
    assert clean(text).text[a["span"][0]:a["span"][1]] == "4 321 987 kronor"


@pytest.mark.parametrize(
    "text, values",
    [
        ("Skattesatsen blir oförändrad på 21:45 kronor.", []),
        ("Skattesatsen höjs. Föreningen får 15 000 kronor.", [15000]),
        ("Priset är 12:50 kronor per styck.", [12]),
    ],
)
def test_tax_rates_and_ore(extract_text, text, values):
    assert [a["value"] for a in extract_text(text)["amounts"]] == values


@pytest.mark.parametrize(
    "table, values",
    [
        # The unit in the amount column's heading, the cells bare numbers.
        ("Förening              Bidrag (kr)\nÅby IK                 12 000\nExeby scoutkår          8 500\n", [12000, 8500]),
        ("Projekt        Org.nr         Belopp (tkr)\nLäxhjälp       802000-0000    150\nSumma                         150\n", [150000, 150000]),
        # The unit in the first column's heading, for every column after it.
        ("Nettokostnad (tkr)      Utfall 2030     Budget 2031\nFritidsnämnden           41 250          43 800\n"
         "Kulturnämnden            12 900          13 050\n", [41250000, 43800000, 12900000, 13050000]),
    ],
)
def test_amount_column_with_its_unit_in_the_heading(extract_text, table, values):
    assert sorted(a["value"] for a in extract_text("Beslut om bidrag\n\n" + table)["amounts"]) == sorted(values)
