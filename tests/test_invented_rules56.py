"""General rules found by round 56 (tests/fixtures/invented/1120-): agendas as meeting systems and
clerks export them. An attachment cell ("Bilaga 1") between a row's title and its dnr, set apart by a
narrow gap because a long title fills its column, is no part of the title; lettered points under a
numbered row with no dnr ("6. Bygglovsärenden" / "a) ... (BN 2040/0311)") are matters of their own
when each carries its dnr ("6 a", "6 b"); a wrapped title's last line holding only a year beside the
row's dnr in its column goes on with the title; a number right after "/" (a dnr's serial) is no
amount of a grant list. Each case is invented Swedish and failed before its rule; the guards hold
what must not change."""

from docparse.document import line_spans
from docparse.structure.items import find_items


def _items(text):
    return [(i.number, i.title, i.dnr) for i in find_items(text, line_spans(text))]


ATTACHMENT_COLUMN = (
    "Exeby kommun\nSocialnämnden\nFÖREDRAGNINGSLISTA\n\n"
    "Nr  Ärende                                            Handling    Dnr\n"
    " 1  Val av justerare\n"
    " 2  Riktlinjer för bostadsanpassning från 2040/41   Bilaga 1    SN 2040/0112\n"
    " 3  Avgifter för färdtjänst 2041                    Bil. 2      SN 2040/0118\n"
    " 4  Information om sommarbemanningen                Bilaga 3–4\n"
    " 5  Övriga frågor\n")


def test_attachment_cell_behind_a_narrow_gap_is_no_part_of_the_title():
    items = _items(ATTACHMENT_COLUMN)
    assert ("2", "Riktlinjer för bostadsanpassning från 2040/41", "SN 2040/0112") in items
    assert ("3", "Avgifter för färdtjänst 2041", "SN 2040/0118") in items
    assert ("4", "Information om sommarbemanningen", None) in items


def test_attachment_word_in_a_title_stays():
    # (guard: the word in running text, one space before it, is the title's own)
    text = ATTACHMENT_COLUMN.replace("Avgifter för färdtjänst 2041                    Bil. 2",
                                     "Ändring av bilaga 2 till avtalet om färdtjänst")
    assert ("3", "Ändring av bilaga 2 till avtalet om färdtjänst", "SN 2040/0118") in _items(text)


LETTERED = (
    "Exeby kommun\nMiljö- och byggnadsnämnden\nKALLELSE\n\nFörslag till dagordning\n\n"
    "1.  Val av justerare\n"
    "2.  Godkännande av dagordning\n"
    "3.  Bygglov\n"
    "    a) Norrby 3:41, nybyggnad av garage (MBN 2041/0120)\n"
    "    b) Sörby 1:7, rivning av ladugård (MBN 2041/0131)\n"
    "4.  Förvaltningschefen informerar\n"
    "    a) Rekryteringen av miljöinspektörer\n"
    "    b) Nytt ärendesystem\n"
    "5.  Övriga frågor\n")


def test_lettered_points_each_with_a_dnr_are_matters():
    items = _items(LETTERED)
    assert ("3 a", "Norrby 3:41, nybyggnad av garage", "MBN 2041/0120") in items
    assert ("3 b", "Sörby 1:7, rivning av ladugård", "MBN 2041/0131") in items
    assert ("3", "Bygglov", None) in items


def test_lettered_points_without_dnr_are_no_matters():
    # (guard: what a row will take up, "a) Rekryteringen ...", is no item of its own)
    numbers = [n for n, _t, _d in _items(LETTERED)]
    assert "4 a" not in numbers and "4 b" not in numbers
    assert numbers[-1] == "5"


def test_year_alone_beside_the_dnr_ends_the_wrapped_title():
    text = ("Exeby kommun\nKultur- och fritidsnämnden\nFÖREDRAGNINGSLISTA\n\n"
            "1     Val av justerare\n\n"
            "2     Verksamhetsberättelse för kulturskolan      KFN 2040/0031\n\n"
            "3     Redovisning av delegationsbeslut mars\n"
            "      2040                                          KFN 2040/0004\n\n"
            "4     Övriga frågor\n")
    assert ("3", "Redovisning av delegationsbeslut mars 2040", "KFN 2040/0004") in _items(text)


def test_dnr_serial_is_no_amount_of_a_list(extract_text):
    text = ("Exeby kommun\nTekniska nämnden\nFÖREDRAGNINGSLISTA\n\n"
            "4     Motion om belysning vid Norrby\n"
            "      centrum                                       TN 2040/0205\n\n"
            "5     Motion om ny gångbro mellan Älvby och\n"
            "      Exeby centrum                                 TN 2040/0219\n\n"
            "6     Upphandling av sandupptagning                 TN 2040/0274\n\n"
            "7     Renhållningstaxa 2041                         TN 2040/0290\n")
    assert extract_text(text)["parties"] == []


def test_amount_after_a_name_in_a_list_is_still_read(extract_text):
    # (guard: a grant list's sums are amounts as before)
    text = ("Beviljade bidrag 2040\n\nExeby Scoutkår, 12 000 kr\nNorrby Idrottsförening, 18 500 kr\n"
            "Älvby Hembygdsförening, 9 000 kr\n")
    names = {p["name"] for p in extract_text(text)["parties"]}
    assert {"Exeby Scoutkår", "Norrby Idrottsförening", "Älvby Hembygdsförening"} <= names
