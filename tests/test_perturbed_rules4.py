"""Rules that keep extraction steady under what real converters put in a text: a PDF's ligatures,
Word's private-use bullets, typographic spaces, invisible characters, and a multi-page PDF's page
breaks with their footers and running heads (pdftotext)."""

from docparse.read.text import normalise


def _process(tmp_path, text: str, name: str = "dokument.txt") -> dict:
    from docparse.pipeline import process

    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return process(str(path), ocr="never")


def _points(record: dict) -> list[str]:
    return [p["text"] for p in record["decision_points"]]


# --- characters, in the reader (docparse/read/text.py) ---------------------------------------

_DECISION = ("Tjänsteskrivelse\n2036-05-12\nDnr KFN 2036/77\n\n"
             "Stöd till körverksamhet i Vansbro\n\n"
             "Förslag till beslut\n"
             "Kultur- och fritidsnämnden föreslås besluta\n"
             "{b}att bevilja Nornäs Kammarkör 18 500 kronor för {fi}nansiering av körlägret,\n"
             "{b}att stödet ska redovisas senast den 1 december 2036.\n\n"
             "Bakgrund\nKören har sökt stöd för {fl}era kurser under året.\n\n"
             "Hedda Lindqvist\nKultursekreterare\n")


def test_ligatures_of_a_pdf_text_layer_are_their_letters(tmp_path):
    plain = _points(_process(tmp_path, _DECISION.format(b="", fi="fi", fl="fl"), "a.txt"))
    record = _process(tmp_path, _DECISION.format(b="", fi="\ufb01", fl="\ufb02"), "b.txt")
    assert _points(record) == plain
    assert "finansiering" in _points(record)[0]


def test_word_private_use_bullets_are_bullets(tmp_path):
    plain = _points(_process(tmp_path, _DECISION.format(b="• ", fi="fi", fl="fl"), "a.txt"))
    assert len(plain) == 2
    for bullet in ("\uf0b7\t", "\uf0a7\t", "\uf0d8 "):
        record = _process(tmp_path, _DECISION.format(b=bullet, fi="fi", fl="fl"), "b.txt")
        assert _points(record) == plain, bullet


def test_thin_and_no_break_spaces_part_digit_groups(tmp_path):
    for space in ("\u2009", "\u202f", "\u2007"):
        record = _process(tmp_path, _DECISION.format(b="", fi="fi", fl="fl").replace("18 500", f"18{space}500"))
        assert 18500 in [a["value"] for a in record["amounts"]], space


def test_a_paragraph_mark_with_a_no_break_space_opens_its_item(tmp_path):
    text = ("SOLLERÖ KULTURNÄMND          PROTOKOLL\nSammanträdesdatum 2037-02-09\n\n"
            "§\u00a04\nVal av justerare\n\nNämnden utser Ines Rapp att justera protokollet.\n\n"
            "§\u00a05\nBidrag till Gesunda byalag\n\nNämnden beviljar byalaget 7 000 kronor.\n")
    record = _process(tmp_path, text)
    assert [(i["number"], i["title"]) for i in record["items"]] == [("4", "Val av justerare"),
                                                                    ("5", "Bidrag till Gesunda byalag")]


def test_invisible_characters_are_dropped():
    # a word joiner inside a word, a zero-width joiner, a BOM where two files were joined, a
    # bidirectional mark from a mail client
    text = "Kultur\u2060nämnden\u200d beslutar\n\ufeffatt bevilja \u202abidraget\u202c."
    assert normalise(text) == "Kulturnämnden beslutar\natt bevilja bidraget."


def test_normalising_spaces_and_bullets_keeps_the_length():
    # one character for one: a PDF page's line boxes stay on their lines
    text = "\uf0b7\tBidrag 12\u2009500 kr enligt §\u00a05\u3000och\u2003mer"
    assert normalise(text) == "\u2022\tBidrag 12 500 kr enligt § 5 och mer"


def test_a_pdf_layouts_ligatures_expand_with_its_line_boxes():
    from docparse.read.pdf import _ligatures_expanded
    from docparse.read.pdflayout import PageLayout

    laid = PageLayout("Stöd till \ufb01ske\n\ufb03ga \ufb02ottar", [(0, 14, "stöd till ﬁske")],
                      [(0, 14, 1.0, 2.0, 3.0, 4.0), (15, 26, 1.0, 6.0, 3.0, 8.0)])
    expanded = _ligatures_expanded(laid)
    assert [expanded.text[s:e] for s, e, *_box in expanded.boxes] == ["Stöd till fiske", "ffiga flottar"]
    assert normalise(expanded.text) == expanded.text


# --- pages, in the clean stage (docparse/clean.py) --------------------------------------------

_HEAD = "MORA KULTURNÄMND                        PROTOKOLL\nSammanträdesdatum 2038-10-14\n\n"
_MATTERS = [("31", "Val av justerare", "Nämnden utser Vilma Ståhl att justera dagens protokoll.",
             "Justeringen sker på kommunhuset torsdagen efter mötet."),
            ("32", "Budget för fritidsgården i Östnor", "Nämnden godkänner budgeten för gården.",
             "Förvaltningen har räknat på hyra och personal för hela året."),
            ("33", "Bidrag till Noppikoski bygdeförening", "Nämnden beviljar föreningen 12 000 kronor.",
             "Föreningen söker pengar för ett nytt tak på bygdegården."),
            ("34", "Anmälan av delegationsbeslut", "Nämnden lägger anmälan till handlingarna.",
             "Ordföranden har fattat två beslut om lokalbidrag i september.")]


def _protocol_lines() -> list[str]:
    lines = []
    for number, title, decision, prose in _MATTERS:
        lines += [f"§ {number}", "", title, "", "Beslut", "", decision, "", "Ärendet", "", prose, ""]
    return lines + ["Justeras", "", "Vilma Ståhl", "Justerare", ""]


def _paged(pages: list[list[str]], head: str = "MORA KULTURNÄMND                        PROTOKOLL") -> str:
    """pdftotext of a multi-page PDF: each page's footer, a form feed, the running head atop the next."""
    out = []
    for k, page in enumerate(pages, 1):
        body = "\n".join(page)
        out.append((head + "\n\n" if k > 1 else "") + body + f"\n\nSida {k} av {len(pages)}\n")
    return _HEAD + "\f".join(out)


def _items(result) -> list[tuple[str, str]]:
    return [(i["number"], i["title"]) for i in result["items"]]


_ALL_ITEMS = [(n, t) for n, t, _d, _p in _MATTERS]


def test_a_paragraph_mark_closing_a_page_keeps_its_heading_over_the_page_break(extract_text):
    lines = _protocol_lines()
    cut = lines.index("§ 32") + 1  # the mark at the page's foot, its heading atop the next page
    assert _items(extract_text(_paged([lines[:cut], lines[cut:]]))) == _ALL_ITEMS


def test_a_two_page_texts_running_head_is_furniture(extract_text):
    lines = _protocol_lines()
    cut = lines.index("§ 33") - 1
    result = extract_text(_paged([lines[:cut], lines[cut:]]))
    assert _items(result) == _ALL_ITEMS
    from docparse.clean import clean

    cleaned = clean(_paged([lines[:cut], lines[cut:]]))
    heads = [cleaned.text[s:e] for s, e, _k in cleaned.masks if "KULTURNÄMND" in cleaned.text[s:e]]
    assert len(heads) == 1  # the second page's copy; the first page's is the letterhead


def test_the_last_lines_over_a_closing_page_mark_are_the_pages_text(extract_text):
    # the signature's name and role right over the page's footer: no running head above a page mark
    text = _paged([_protocol_lines()])
    people = [(p["name"], p.get("title")) for p in extract_text(text)["people"]]
    assert ("Vilma Ståhl", "Justerare") in people


def test_paragraph_marks_opening_every_page_are_no_running_head(extract_text):
    # one matter a page, as many protocols print them: "§ 31  Dnr ..." atop each page
    lines = _protocol_lines()
    starts = [lines.index(f"§ {n}") for n, *_rest in _MATTERS] + [len(lines)]
    pages = [[ln.replace(f"§ {n}", f"§ {n}                          Dnr KFN 2038/{40 + k}") if ln == f"§ {n}" else ln
              for ln in lines[starts[k]:starts[k + 1]]] for k, (n, *_rest) in enumerate(_MATTERS)]
    assert _items(extract_text(_HEAD + "\f".join("\n".join(p) for p in pages))) == _ALL_ITEMS


def test_a_running_footer_over_each_closing_page_mark_stays_furniture():
    from docparse.clean import clean

    lines = _protocol_lines()
    foot = "Mora kommun · Box 12 · 792 21 Mora"
    half = len(lines) // 2
    text = _paged([lines[:half] + ["", foot], lines[half:] + ["", foot]])
    cleaned = clean(text)
    masked = [cleaned.text[s:e] for s, e, _k in cleaned.masks]
    assert sum(foot in m for m in masked) == 2


def test_a_footer_is_read_on_its_own_page(extract_text):
    # the last page holds only its running head: the lines over the page before's mark are not its footer's
    text = _paged([_protocol_lines(), []])
    people = [(p["name"], p.get("title")) for p in extract_text(text)["people"]]
    assert ("Vilma Ståhl", "Justerare") in people


def test_a_page_mark_under_a_paragraph_mark_and_its_heading_leaves_them_the_pages(extract_text):
    # no form feeds (pdftotext's raw mode): the page's footer stands alone under the matter's heading
    lines = _protocol_lines()
    cut = lines.index("§ 33") + 3  # "§ 33", "", its heading
    text = _HEAD + "\n".join(lines[:cut] + ["", "Sida 1 av 2", ""] + lines[cut:] + ["", "Sida 2 av 2"]) + "\n"
    assert _items(extract_text(text)) == _ALL_ITEMS
