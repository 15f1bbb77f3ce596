from pathlib import Path

import pytest

from docparse.extract.orgnr import is_organisation, kind_of


@pytest.mark.parametrize(
    "text, value, valid",
    [
        ("Stöd Barnen, organisationsnummer 802400-1003,", "802400-1003", True),
        ("Organisationsnummer: 212400-1005", "212400-1005", True),
        ("org.nr 8024001003", "802400-1003", True),  # no dash after a label
        ("Föreningen Exempelhjälpen, organisationsnummer 802401-\n1002.", "802401-1002", True),
        ("Föreningen Exempelhjälpen, organisationsnummer 802401- 1002.", "802401-1002", True),
        ("orgnr 802400-1004", "802400-1004", False),  # Luhn fails: reported, flagged invalid
        ("Org.nr: 8O24OO-1OO3", "802400-1003", True),  # OCR O for 0, undone because Luhn passes
        ("Org.nr: 8O24OO-1BO3", "802400-1803", False),
    ],
)
def test_org_numbers(extract_text, text, value, valid):
    found = extract_text(text)["org_numbers"]
    assert len(found) == 1
    assert found[0]["value"] == value
    assert found[0]["valid"] is valid


def test_personal_number_is_not_an_organisation(extract_text):
    assert extract_text("personnummer 19121212-1212 och 121212-1212")["org_numbers"] == []
    assert not is_organisation("121212-1212")


def test_kind_from_leading_digit():
    assert kind_of("212400-1005").startswith("stat")
    assert kind_of("802400-1003").startswith("ideell")
    assert kind_of("556000-0000") == "aktiebolag"


def test_damaged_digits_not_repaired_when_check_fails(extract_text):
    # Undoing S->5 gives a number that fails Luhn, so nothing is invented.
    found = extract_text("organisationsnummer 8O24OO-1O5S")["org_numbers"]
    assert all(f["valid"] is False for f in found)


def test_sole_trader_number_is_a_personal_number(extract_text):
    # A sole trader's "organisation number" is its owner's personal identity number (month
    # 01-12): kind says so and validity is the personal number's, date included. The number
    # is one of Skatteverket's test numbers, never an invented or real one.
    numbers = Path(__file__).resolve().parents[2] / "shared" / "external" / "test-personnummer" / "testpersonnummer.txt"
    if not numbers.exists():
        pytest.skip(f"Skatteverket's test numbers not found at {numbers}")
    number = next(n for n in numbers.read_text(encoding="ascii").split() if n.startswith("19"))[2:]
    value = f"{number[:6]}-{number[6:]}"
    found = extract_text(f"Firma Exempel, org.nr {value}")["org_numbers"]
    assert [(f["value"], f["kind"], f["valid"]) for f in found] == [(value, "enskild näringsidkare", True)]
    bad_month = f"{number[:2]}13{number[4:6]}-{number[6:]}"  # no 13th month: invalid, Luhn or not
    found = extract_text(f"Firma Exempel, org.nr {bad_month}")["org_numbers"]
    assert [(f["kind"], f["valid"]) for f in found] == [("enskild näringsidkare", False)]
    assert kind_of("802400-1003").startswith("ideell")
