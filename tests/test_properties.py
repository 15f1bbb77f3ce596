"""Properties: random and hostile text never crashes the pipeline; records always validate."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docparse.pipeline import process_source
from docparse.read.text import read_text
from docparse.schema import validate

# Pieces that trip rules: markup, numbers near labels, headers, bullets, Swedish letters.
FRAGMENTS = [
    "Förslag till beslut\n", "1. ", "2) ", "att ", "- ", "• ", "**", "## ", "<b>", "</b>", "|", "\f", "\n", "\n\n",
    "organisationsnummer ", "802400-1003", "802401-\n", "1002", "Dnr ", "2.3.4-789/2020", "Sida 5 (8)\n",
    "4 321 987 kronor", "1,8 mnkr", "per år", "1 januari 2022", " till och med ", "31 december 2023",
    "Handläggare\n", "Anna Berg\n", "Socialdirektör\n", "____\n", "Error! Use the Home tab to apply ",
    "Stockholms stad", "Socialnämnden", "åäö ÅÄÖ é ", "\t", ":", ",", ".", "\u00a0", "\u200b", "Bilaga ", "mellan ",
    # Structure: type words, protocol furniture, items, a hosting site's wrapper, news lines.
    "PROTOKOLL ", "Kallelse till ", "Plats och tid ", "Beslutande ", "Justerare ", "§ 12 ", "Dnr KS 2020/12 ",
    "Full text\n", 'Share "Rubrik"\n', "(1)\n", "Publicerad 3 maj 2021\n", "Till ", "Kultur- och fritidsnämndens ",
    "UMEÅ KOMMUN ", "Region Västmanland ", "1(6) ", "Datum\tVår beteckning\n", "tisdagen den 4 maj 2021",
]

_pieces = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
text_strategy = st.one_of(
    st.text(max_size=400),
    _pieces,
    # The same pieces flattened to one line, as web and database exports deliver them.
    _pieces.map(lambda t: t.replace("\n", " ")),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_pipeline_never_crashes_and_records_validate(text):
    data = text.encode("utf-8")
    if not text.strip():
        return  # empty input is an error by design, tested in test_read_text
    try:
        source = read_text("prop.txt", data, "0" * 64)
    except Exception as err:  # only the documented input errors may come out
        from docparse.errors import InputFileError

        assert isinstance(err, InputFileError)
        return
    record = process_source(source)
    validate(record)
    n = len(record["text"])
    for field in ("org_numbers", "parties", "periods", "amounts", "decision_points", "people", "dates", "dnr_references"):
        for item in record[field]:
            span = item["span"]
            if span is not None:
                assert 0 <= span["start"] <= span["end"] <= n


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_give_a_record_or_an_input_error(data):
    from docparse.errors import InputFileError
    from docparse.read import read

    try:
        source = read("bytes.bin", data=data)
    except InputFileError:
        return
    if source.input_kind == "text":
        validate(process_source(source))
