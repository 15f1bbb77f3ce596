import pytest


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("Perioden är 1 januari 2022 till och med 31 december 2023.", "2022-01-01", "2023-12-31"),
        ("från och med 1 juli 2024 till och med 31 december 2025", "2024-07-01", "2025-12-31"),
        ("gäller från den 1 januari 2024 till och med den 30 juni\n2024.", "2024-01-01", "2024-06-30"),
        ("December 2017 till och med 31 december 2018.", "2017-12", "2018-12-31"),
        ("Avtalstid 2020-01-01 – 2021-12-31.", "2020-01-01", "2021-12-31"),
        ("under perioden 2017-2021 har", "2017", "2021"),
        ("fr.o.m. 1 mars 2021 t.o.m. 28 februari 2022", "2021-03-01", "2022-02-28"),
        ("under perioden 1 maj–30 juni 2020.", "2020-05-01", "2020-06-30"),
        ("från den 1 maj till och med den 30 april 2020.", "2019-05-01", "2020-04-30"),
    ],
)
def test_periods(extract_text, text, start, end):
    periods = extract_text(text)["periods"]
    assert [(p["start"], p["end"]) for p in periods] == [(start, end)]


def test_period_kinds(extract_text):
    text = (
        "Avtalet gällde perioden 1 maj 2017 till och med 30 april 2019.\n\n"
        "Partnerskapet gäller från 1 maj 2019 till den 30 april 2020.\n\n"
        "Partnerskapet kan förlängas dock längst från 1 maj 2020 till den 30 april 2022."
    )
    kinds = {(p["start"], p["kind"]) for p in extract_text(text)["periods"]}
    assert kinds == {
        ("2017-05-01", "earlier period"),
        ("2019-05-01", "agreement period"),
        ("2020-05-01", "extension"),
    }


@pytest.mark.parametrize(
    "text",
    ["Senast 1 juli 2023 ska parterna vara överens.", "den 8 december 2021 och den 9 december 2021", "2015/2016"],
)
def test_no_period(extract_text, text):
    assert extract_text(text)["periods"] == []


@pytest.mark.parametrize(
    "text, value",
    [("2021-03-09", "2021-03-09"), ("den 30 april 2020", "2020-04-30"), ("i december 2018", "2018-12"), ("31 februari 2020", None),
     ("sammanträdet 15.9.2022 kl. 18", "2022-09-15"), ("dnr 1.2.3-456/2020", None), ("avsnitt 4.1.2019.3", None),
     # Forms other projects' Swedish test cases hold (benchmarks/eval_dates_peers.py): day first with slashes
     # or hyphens, ISO with single digits, a space lost before the month, an English-style month first.
     ("inkom 7/11/2036 till nämnden", "2036-11-07"), ("inkom 07-11-2036 till nämnden", "2036-11-07"),
     ("beslutat 2036-11-7 av rektor", "2036-11-07"), ("Ockelbo 21november 2036", "2036-11-21"),
     ("Publicerad Nov 21 2036", "2036-11-21"), ("dnr 2036-11-734", None), ("telefon 08-123 20 36", None), ("paragraferna 4-6 2036 års", None)],
)
def test_dates(extract_text, text, value):
    dates = extract_text(text)["dates"]
    assert [d["value"] for d in dates] == ([value] if value else [])


@pytest.mark.parametrize(
    "text, period",
    [
        ("Projektet pågår 20190301-20200229 med stöd av regionen.", ("2019-03-01", "2020-02-29")),
        ("Avtalet gäller för 2024 - 2026 och ger föreningen 90 000 kronor per år.", ("2024", "2026")),
        ("Nämnden söker medel från staten för arbetet mot hemlöshet under 2021.", ("2021", "2021")),
    ],
)
def test_more_period_forms(extract_text, text, period):
    assert [(p["start"], p["end"]) for p in extract_text(text)["periods"]] == [period]


@pytest.mark.parametrize(
    "text",
    [
        "Under 2019 och 2020 har föreningen fått bidrag.",  # years of a history, not a period
        "Under 2020 ökade antalet besökare kraftigt.",  # no grant or agreement in the sentence
        "Numret 20191301-20200230 är inget datum.",
    ],
)
def test_no_period_from_years_alone(extract_text, text):
    assert extract_text(text)["periods"] == []


def test_period_with_a_verb_before_its_end(extract_text):
    text = "Avtalet gäller från och med 2031-01-01 och löper till och med 2034-12-31.\n"
    assert [(p["start"], p["end"]) for p in extract_text(text)["periods"]] == [("2031-01-01", "2034-12-31")]


def test_extension_with_only_its_end(extract_text):
    text = "Nämnden beslutar att förlänga partnerskapet med Åby IK (org.nr 802000-0000) till och med 31 december 2032.\n"
    assert [(p["start"], p["end"]) for p in extract_text(text)["periods"]] == [(None, "2032-12-31")]


@pytest.mark.parametrize(
    "text, periods",
    [
        # Months without days: the start borrows the end's year (the year before when it must).
        ("Bidraget gäller sommarcuper under juni–augusti 2031.", [("2031-06", "2031-08")]),
        ("Insatsen pågår november–februari 2032.", [("2031-11", "2032-02")]),
        # A bare year range is a period in a sentence about a project, an agreement or a grant ...
        ("Projektet pågår 2031-2033 i hela länet.", [("2031", "2033")]),
        ("Avtal om förlängning av samverkan med Åby IK 2031-2032", [("2031", "2032")]),
        # ... and not in one about a plan or a budget.
        ("Nämnden antar verksamhetsplan 2031-2033.", []),
    ],
)
def test_month_ranges_and_bare_year_ranges(extract_text, text, periods):
    assert [(p["start"], p["end"]) for p in extract_text(text)["periods"]] == periods


def test_bare_year_range_needs_its_own_line_to_be_about_a_project():
    # A table of contents is one long "sentence": a grant on the next line says nothing of a plan.
    from docparse.clean import clean
    from docparse.extract import extract

    text = ("Innehåll\n§ 5  Handlingsplan för trygghet 2031-2033   3\n§ 6  Bidrag till Åby IK för sommarläger   4\n")
    cleaned = clean(text)
    assert extract(cleaned.text, masked=cleaned.masks)["periods"] == []


def test_a_reports_months_are_no_period(extract_text):
    assert extract_text("Ärende 2 Delårsrapport januari–augusti 2031 (KS 2031/401)\n")["periods"] == []


@pytest.mark.parametrize("text", ["Nämnden antar biblioteksplan för 2031-2034.", "Budget 2032 med plan för 2033–2034 (KS 2031/300)"])
def test_a_plans_years_are_no_period(extract_text, text):
    assert extract_text(text)["periods"] == []


def test_a_year_range_ending_its_sentence(extract_text):
    # "... om 200 000 kronor per år 2032–2034." : the full stop ends the sentence, not the number.
    text = "Nämnden godkänner överenskommelsen med Föreningen Gläntan om 200 000 kronor per år 2032–2034.\n"
    assert [(p["start"], p["end"]) for p in extract_text(text)["periods"]] == [("2032", "2034")]


@pytest.mark.parametrize("text, periods", [
    # "för år 2032" right after a grant's amount is the grant's year.
    ("Nämnden beviljar Föreningen Gläntan ett bidrag om 80 000 kronor för år 2032.\n", [("2032", "2032")]),
    # The same words after anything else are no period, even in a sentence about bidrag.
    ("Förslaget om bidragens utformning för år 2032 innebär en försämring.\n", []),
])
def test_a_grants_year_after_its_amount(extract_text, text, periods):
    assert [(p["start"], p["end"]) for p in extract_text(text)["periods"]] == periods


def test_a_double_hyphen_between_two_dates_is_a_dash(extract_text):
    # Plain-text exports write the en dash as "--": both dates are read, the pair is a period.
    text = "Nämnden godkänner avtalet om skolskjuts för perioden 2032-08-01--2035-06-30.\n"
    record = extract_text(text)
    assert [d["value"] for d in record["dates"]] == ["2032-08-01", "2035-06-30"]
    assert [(p["start"], p["end"]) for p in record["periods"]] == [("2032-08-01", "2035-06-30")]


@pytest.mark.parametrize("parts, iso", [
    ((1, 5, 23), "2001-05-23"),   # below the pivot: this century
    ((49, 12, 31), "2049-12-31"),
    ((50, 1, 2), "1950-01-02"),   # at the pivot: the last century
    ((98, 3, 15), "1998-03-15"),
    ((98, 2, 30), None),          # no such day
    ((4, 13, 1), None),
])
def test_six_digit_date_value(parts, iso):
    from docparse.sv.dates import six_digit_value
    assert six_digit_value(*parts) == iso
