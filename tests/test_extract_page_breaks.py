"""A page break ends a line for every extractor: PDF and OCR'd pages are joined by a bare form
feed, and patterns anchored with ^/$ (re.M knows only "\\n") missed a page's first and last line.
Invented Swedish."""

import pytest

from docparse.extract import extract

# (first page, second page, field read from the line that opens the second page)
CASES = {
    "phone under a contact": (
        "Tjänsteskrivelse\n\nKontakt\nGreta Holm\nHandläggare\n",
        "0470-41 22 80\ngreta.holm@example.se\n",
        lambda f: [p.get("phone") for p in f["people"]],
    ),
    "diarienummer over its label": (
        "Kultur- och fritidsnämnden\n\nTjänsteskrivelse\n",
        "KFN 2032/48\nDiarienummer\n\nBidrag till en hembygdsförening\n",
        lambda f: [d["value"] for d in f["dnr"]],
    ),
}


@pytest.mark.parametrize("first, second, read", CASES.values(), ids=CASES.keys())
def test_a_page_break_opens_a_line_as_a_newline_does(first, second, read):
    over_a_line = read(extract(first + "\n" + second))
    over_a_page = read(extract(first + "\f" + second))
    assert any(over_a_line)  # the case reads something at all
    assert over_a_page == over_a_line


def test_spans_index_the_text_with_its_page_breaks():
    text = "Kultur- och fritidsnämnden\n\nTjänsteskrivelse\f" + "KFN 2032/48\nDiarienummer\n"
    (dnr,) = extract(text)["dnr"]
    start, end = dnr["span"]
    assert text[start:end] == "KFN 2032/48"
