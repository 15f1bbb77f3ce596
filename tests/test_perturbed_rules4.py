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

