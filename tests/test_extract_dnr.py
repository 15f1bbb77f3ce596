import pytest

from docparse.extract import dnr


@pytest.mark.parametrize(
    "text, value",
    [
        ("Tjänsteutlåtande\nDnr 2.3.4-789/2020\nSida 1 (8)", "2.3.4-789/2020"),
        ("Dnr 2020/789", "2020/789"),
        ("Dnr: KS-2019-0456\n", "KS-2019-0456"),
        ("Vår beteckning SN 21/0311", "SN 21/0311"),
        ("dnr 2020/KFN 0123.", "2020/KFN 0123"),
        ("Diarienummer 2031/KFN 0007 002 Kultur- och fritidsnämnden", "2031/KFN 0007 002"),
        ("Dnr 2031/123 4 bilagor", "2031/123"),
        ("Dnr 233-2015-1.2 Sida 2", "233-2015-1.2"),
        ("Diarienummer: KS 2019/123\n", "KS 2019/123"),
        ("Datum\tVår beteckning\n2021-03-09\tKS 2019/123\n", "KS 2019/123"),
        ("Datum        Dnr\n2020-02-03   SBN 2020/0042\n", "SBN 2020/0042"),
    ],
)
def test_own_dnr(extract_text, text, value):
    assert extract_text(text)["document"]["dnr"] == value


def test_attachments_are_references_not_own(extract_text):
    text = "Titel på ärendet\n\nBrödtext.\n" + "x\n" * 800 + "Bilagor\n1. Bilaga Förening, dnr 2.3.4-566/2021\n"
    found = extract_text(text)
    assert found["document"]["dnr"] is None
    assert [(d["value"], d["own"]) for d in found["dnr"]] == [("2.3.4-566/2021", False)]
    assert "Bilaga Förening" in found["dnr"][0]["context"]


@pytest.mark.parametrize("value", ["2021-03-09", "Dnr", "ABC", "12", "KS"])
def test_invalid(value):
    assert not dnr.is_valid(value)
    with pytest.raises(dnr.InvalidDnr):
        dnr.validate(value)


def test_compact():
    assert dnr.compact("Dnr  KS  2019 / 123") == "KS 2019/123"


@pytest.mark.parametrize("value", ["KS/2031:345", "BUN-2031-0456", "MN 2031.812"])
def test_board_code_slash_and_colon_styles(extract_text, value):
    assert extract_text(f"Tjänsteskrivelse\nDnr: {value}\n\nRubrik om ärendet\n")["document"]["dnr"] == value


def test_a_letters_kind_before_its_label_row(extract_text):
    # "Yttrande" opens the row of labels; the values stand in the labels' columns below.
    text = (
        "Yttrande                          Datum          Vår beteckning\n"
        "                                  2031-01-19     KS 2030/512\n"
        "Ekeby kommun\n\nYttrande över remiss om en ny plan\n\nKommunen tillstyrker förslaget, "
        "som nämnden behandlade i mars (dnr KS 2029/14).\n"
    )
    assert extract_text(text)["document"]["dnr"] == "KS 2030/512"


def test_the_addressees_number_is_not_the_documents_own(extract_text):
    # "er beteckning" is the number the remitting authority gave its remiss.
    text = (
        "Yttrande över remiss om vattenplan\n\nLänsstyrelsen har gett kommunen möjlighet att yttra sig "
        "(er beteckning 537-4410-2030).\n"
    )
    found = extract_text(text)
    assert found["document"]["dnr"] is None
    assert [(d["value"], d["own"]) for d in found["dnr"]] == [("537-4410-2030", False)]


@pytest.mark.parametrize(
    "label, value, title",
    [
        ("Ärendebeteckning:", "MBN 2032-000114", "Bygglov för carport"),
        ("Ärende:", "BUN.2032.123", "Bygglov för carport"),
        # "Ärende" over a subject that has a year in it is the subject, not a number.
        ("Ärende:", None, "Budget 2033-2035"),
    ],
)
def test_a_case_label_before_a_number_is_a_dnr_label(extract_text, label, value, title):
    text = f"Beslut\nDatum: 2032-02-10\n{label} {value or title}\n\n{'Bygglov för carport' if value else ''}\n\nBeslut\nText.\n"
    doc = extract_text(text)["document"]
    assert (doc["dnr"], doc["title"]) == (value, title)


@pytest.mark.parametrize(
    "head",
    [
        "Tjänsteskrivelse\nVar beteckning: KS 2032/77\n",  # OCR without å/ä/ö, and "var" is a word repair keeps
        "Yttrande                     Datum          Var beteckning\n"
        "                             2032-02-01     KS 2032/77\n",
        "Tjänsteskrivelse\nArendenummer KS 2032/77\n",
    ],
)
def test_labels_hold_with_their_marks_lost(extract_text, head):
    # (the addressee's own number further down is not the document's)
    text = head + "\nYttrande över remiss\n\nVi har fått remissen (er beteckning 511-2210-2031).\n"
    assert extract_text(text)["document"]["dnr"] == "KS 2032/77"
