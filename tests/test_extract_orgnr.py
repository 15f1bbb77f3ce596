import pytest

from docparse.extract.orgnr import is_organisation, kind_of


@pytest.mark.parametrize(
    "text, value, valid",
    [
        ("Rädda Barnen, organisationsnummer 802002-8638,", "802002-8638", True),
        ("Organisationsnummer: 212000-2528", "212000-2528", True),
        ("org.nr 8020028638", "802002-8638", True),  # no dash after a label
        ("Stockholms stadsmission, organisationsnummer 802003-\n1954.", "802003-1954", True),
        ("Stockholms stadsmission, organisationsnummer 802003- 1954.", "802003-1954", True),
        ("orgnr 802002-8639", "802002-8639", False),  # Luhn fails: reported, flagged invalid
        ("Org.nr: 8O2OO2-8638", "802002-8638", True),  # OCR O for 0, undone because Luhn passes
        ("Org.nr: 8O2OO2-8B38", "802002-8838", False),
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
    assert kind_of("212000-2528").startswith("stat")
    assert kind_of("802002-8638").startswith("ideell")
    assert kind_of("556000-0000") == "aktiebolag"


def test_damaged_digits_not_repaired_when_check_fails(extract_text):
    # Undoing S->5 gives a number that fails Luhn, so nothing is invented.
    found = extract_text("organisationsnummer 8O2OO2-86SS")["org_numbers"]
    assert all(f["valid"] is False for f in found)
