import pytest

from docparse.clean import clean


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("## **Förslag till beslut**", "Förslag till beslut"),
        ("Sida 1 av 2\f# Bakgrund\nText.", "Sida 1 av 2\fBakgrund\nText."),  # a heading opening a page
        ("<b>Totalt:</b>\t<b>1 200 000 kr</b>", "Totalt:\t1 200 000 kr"),
        ("+------+--------+\n| Post | Belopp |\n+======+========+\n| Lön  | 540 kr |\n+------+--------+",
         "\nPost\tBelopp\n\nLön\t540 kr\n"),  # a grid table as pandoc draws one: its rules are no text
        ("| Post | Belopp |\n|---|---|\n| Lön | 540 000 kr |", "Post\tBelopp\nLön\t540 000 kr"),
        ("*Offentlig sektor:* Kommunen", "Offentlig sektor: Kommunen"),
        ("organisationsnummer 802401-\n1002.", "organisationsnummer 802401-1002."),
        ("organisationsnummer 802401- 1002.", "organisationsnummer 802401-1002."),
        ("förvalt-\nningen", "förvaltningen"),
        ("service-\noch stödinsatser", "service- och stödinsatser"),  # not "serviceoch"; one phrase over the break
        ("IOP-\nsamverkan", "IOP-\nsamverkan"),
        ("Text.\nError! Use the Home tab to apply Rubrik 1 to the text that you want to appear here.\nMer.", "Text.\n\nMer."),
        ("Error! Reference source not found. Text", " Text"),
        ("___________________\nÅsa Lind", "___________________\nÅsa Lind"),
    ],
)
def test_clean_text(raw, expected):
    assert clean(raw).text == expected


def test_word_error_interleaved_with_a_column():
    raw = (
        "De fyra föreningarna berättar att de under 2036 och 2037\n"
        "Error! Use the Home tab to apply Rubrik 2 to tillsammans har nått drygt 140 ungdomar och deras\n"
        "the text that you want to appear here. föräldrar.\n"
    )
    text = clean(raw).text
    assert "Error" not in text and "appear" not in text
    # (the column's wrapped lines, rid of the error text, read on as one paragraph: unwrap_column)
    assert "2037 tillsammans har nått drygt 140 ungdomar och deras föräldrar." in text


def test_running_header_is_masked_not_removed():
    raw = "slutet av sidan.\n\n-4 Exempels\n@ stad\n\nTjänsteutlåtande\nDnr 2.3.4-789/2020\nSida 5 (8)\n\nNästa sida."
    result = clean(raw)
    assert result.text == raw
    (start, end, kind), = result.masks
    assert kind == "page-header"
    assert result.text[start:end].startswith("-4 Exempels") and result.text[start:end].endswith("Sida 5 (8)")


def test_inline_footer_is_masked():
    raw = "för detta partnerskap. IOP Dnr 2.3.4-789/2020 Sida  \nNästa rad."
    result = clean(raw)
    (start, end, kind), = result.masks
    assert result.text[start:end].startswith("IOP Dnr")


def test_lines_repeated_on_every_page_are_masked():
    bodies = ["Bakgrund till ärendet.", "Förvaltningens synpunkter.", "Ekonomiska konsekvenser.", "Bilagor."]
    pages = [f"Exempels kommun\n{body}\nSida {i} av 4" for i, body in enumerate(bodies, 1)]
    raw = "\f".join(pages)
    result = clean(raw)
    masked = {result.text[s:e] for s, e, _ in result.masks}
    assert "Exempels kommun" in masked
    assert "Sida 2 av 4" in masked
    assert not any(body in m for m in masked for body in bodies)


def test_offsets_map_back_to_raw():
    raw = "## **Rubrik**\nText med 802401-\n1002 här."
    result = clean(raw)
    i = result.text.index("802401-1002")
    assert raw[result.offsets.to_source(i):].startswith("802401-")
    j = result.text.index("här")
    assert raw[result.offsets.to_source(j):].startswith("här")


def test_heading_debris_removed_on_ocr_pages_only():
    raw = "HH Föreningen Gemenskap\n444 Bakgrund\ninom Socialförvaltningen\n1. Första punkten\nText här.\fHH Nästa sida"
    cleaned = clean(raw, ocr_pages={0})
    assert cleaned.text.split("\f")[0] == "Föreningen Gemenskap\nBakgrund\ninom Socialförvaltningen\n1. Första punkten\nText här."
    assert cleaned.text.split("\f")[1] == "HH Nästa sida"  # page 2 came from a text layer
    assert clean(raw).text == raw
    i = cleaned.text.index("Bakgrund")
    assert raw[cleaned.offsets.to_source(i):].startswith("Bakgrund")


def test_a_name_over_a_blank_line_over_a_page_mark_is_read_without_error():
    # (the signature test under a page mark once read the blank line's first word as a title: IndexError)
    from docparse.clean import clean
    text = "Nämnden beslutade enligt förslaget.\n\nAnna Berg\n   \nSida 2 av 3\n"
    result = clean(text)
    assert any(text[s:e].strip().startswith("Sida 2") for s, e, _k in result.masks)


def test_a_contents_lists_page_range_keeps_its_own_line():
    # ("12 - 14" under a long title is the row's page cell, as "12" alone is: no prose wraps before it)
    raw = ("INNEHÅLLSFÖRTECKNING\n\n§ 41\n\nMarkanvisning för flerbostadshus i kvarteret Tranan i Västerby\n12 - 14\n\n"
           "§ 42\n\nUpplåtelse av tomträtt på del av fastigheten Ekeby 1:1 för byggande av bostäder\n15 - 17\n")
    text = clean(raw).text
    assert "Västerby\n12 - 14" in text and "bostäder\n15 - 17" in text


def test_a_paragraph_head_keeps_its_own_line_under_a_long_one():
    # (a scan reads the sign "8": "§ 69/39" comes out "8 69/39"; clean runs before repair puts it back)
    raw = ("Innehåll\n\n8 68/39 Överenskommelse mellan kommunerna i Exeby län om ansvaret för de hemlösa\n"
           "8 69/39 Uppföljning av försöket med måltidsvänner\n\n8 70/39 Övriga frågor\n")
    assert "hemlösa\n8 69/39" in clean(raw).text
