import pytest

from docparse.extract.people import is_name, is_title


def people(extract_text, text):
    return [(p["name"], p["title"], p["role"]) for p in extract_text(text)["people"]]


def test_handlaggare_block_with_phones(extract_text):
    text = "Handläggare\n\nRagnhildur Jónsdóttir,\nTelefon: 08-123 45 119\nNils Berg,\nTelefon: 08-123 45 074\n\nTill\nSocialnämnden\n"
    found = extract_text(text)["people"]
    assert [(p["name"], p["title"], p["role"], p["phone"]) for p in found] == [
        ("Ragnhildur Jónsdóttir", "Handläggare", "handläggare", "08-123 45 119"),
        ("Nils Berg", "Handläggare", "handläggare", "08-123 45 074"),
    ]


def test_inline_handlaggare(extract_text):
    assert people(extract_text, "Handläggare: Karin Lind\n") == [("Karin Lind", "Handläggare", "handläggare")]


def test_signature_columns(extract_text):
    text = "Text.\n" * 20 + "\nAnna Berg  Lina Holm\nSocialdirektör  Avdelningschef\nSocialförvaltningen  Socialförvaltningen\n"
    assert people(extract_text, text) == [
        ("Anna Berg", "Socialdirektör", "signatory"),
        ("Lina Holm", "Avdelningschef", "signatory"),
    ]


def test_signature_columns_squeezed_by_ocr(extract_text):
    # Two columns collapsed to single spaces: the split falls before the likelier given name.
    text = "Text.\n" * 20 + "\nFredrik Lund Maria Berg Sjöholm\nSocialdirektör Bitr. förvaltningschef\n"
    assert people(extract_text, text) == [
        ("Fredrik Lund", "Socialdirektör", "signatory"),
        ("Maria Berg Sjöholm", "Bitr. förvaltningschef", "signatory"),
    ]


def test_name_after_signature_rule(extract_text):
    text = "Text.\n" * 20 + "För föreningen\n\nOrt den     /     2023\n___________________\nÅsa Lind\n"
    assert people(extract_text, text) == [("Åsa Lind", None, "signatory")]


def test_name_title_organisation_line_with_email(extract_text):
    text = "Kontaktpersoner\n\nJon Berg, Samordnare föreningsliv och integration, Exempels kommun\n\njon.berg@exempel.se\n"
    found = extract_text(text)["people"]
    assert found[0]["name"] == "Jon Berg"
    assert found[0]["title"] == "Samordnare föreningsliv och integration"
    assert found[0]["email"] == "jon.berg@exempel.se"


@pytest.mark.parametrize("text", ["Socialnämnden", "Stockholms stad", "Stöd Barnen beslutar", "Namnförtydligande", "Bilaga 1"])
def test_not_names(text):
    assert not is_name(text)


@pytest.mark.parametrize(
    "text, expected",
    [("Socialdirektör", True), ("Bitr. förvaltningschef", True), ("Styrelseordförande", True), ("Socialförvaltningen", False)],
)
def test_titles(text, expected):
    assert is_title(text) is expected


def test_name_under_signature_place_and_date(extract_text):
    # OCR often loses the signature rule; the "Ort den / år" line still marks the block.
    text = "Text.\n" * 20 + "För föreningen\n\nStockholm den / 2023\n\nÅsa Lind\n"
    assert people(extract_text, text) == [("Åsa Lind", None, "signatory")]
