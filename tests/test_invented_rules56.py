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


# Batch B (1127-1133): withdrawn rows marked in the row, sub-rows "4.1" under a row of the board's own
# kind, rows coded with their group's letter, the dnr beside a bracketed presenter under the title.

WITHDRAWN = (
    "Exeby kommun\nSocialnämnden\nFÖREDRAGNINGSLISTA\n\n"
    "1.   Val av justerare\n\n"
    "2.   Månadsrapport mars 2041 (SN 2041/0021)\n\n"
    "3.   Yttrande över motion om fler platser i dagverksamheten\n"
    "     för personer med demens (SN 2041/0030) – UTGÅR\n\n"
    "4.   (Utgår) Riktlinjer för boendestöd (SN 2041/0012)\n\n"
    "5.   Taxa för matdistribution 2042 (SN 2041/0035) (utgår)\n\n"
    "6.   Delegationsbeslut (SN 2041/0002)\n")


def test_withdrawn_rows_stay_items_without_their_mark():
    items = _items(WITHDRAWN)
    assert ("3", "Yttrande över motion om fler platser i dagverksamheten för personer med demens",
            "SN 2041/0030") in items
    assert ("4", "Riktlinjer för boendestöd", "SN 2041/0012") in items
    assert ("5", "Taxa för matdistribution 2042", "SN 2041/0035") in items
    assert [n for n, _t, _d in items] == ["1", "2", "3", "4", "5", "6"]


def test_the_word_inside_a_title_stays():
    # (guard: "utgår" in the title's own words, no mark set apart)
    text = WITHDRAWN.replace("Taxa för matdistribution 2042 (SN 2041/0035) (utgår)",
                             "Ersättning som utgår till gode män (SN 2041/0035)")
    assert ("5", "Ersättning som utgår till gode män", "SN 2041/0035") in _items(text)


KIND_ROWS = (
    "Exeby kommun\nMiljö- och byggnadsnämnden\nDAGORDNING\n\n"
    "1      Val av justerare\n\n"
    "2      Bygglov\n\n"
    "2.1    Norrby 4:12, nybyggnad av                    MBN 2041/0301\n"
    "       fritidshus\n\n"
    "2.2    Sörby 2:3, tillbyggnad av ladugård           MBN 2041/0315\n\n"
    "3      Information\n\n"
    "3.1    Ny tillsynsplan\n\n"
    "3.2    Personalläget\n\n"
    "4      Övriga frågor\n")


def test_sub_rows_with_dnr_under_a_row_of_the_boards_own_kind_are_matters():
    items = _items(KIND_ROWS)
    assert ("2.1", "Norrby 4:12, nybyggnad av fritidshus", "MBN 2041/0301") in items
    assert ("2.2", "Sörby 2:3, tillbyggnad av ladugård", "MBN 2041/0315") in items


def test_sub_rows_without_dnr_under_such_a_row_stay_none():
    # (guard: a row that is no group's name vouches only for sub-rows that carry a dnr)
    numbers = [n for n, _t, _d in _items(KIND_ROWS)]
    assert "3.1" not in numbers and "3.2" not in numbers


CODED = (
    "Exeby kommun\nKultur- och fritidsnämnden\nFÖREDRAGNINGSLISTA\n\n"
    "A. INLEDNING\n\nA1   Upprop\nA2   Val av justerare\n\n"
    "B. BESLUTSÄRENDEN\n\n"
    "B1   Hyror för föreningslokaler 2042              KFN 2041/077\n"
    "B2   Svar på medborgarförslag om en pumptrack     KFN 2041/051\n"
    "     i Norrby\n\n"
    "C. INFORMATIONSÄRENDEN\n\nC1   Sommarlovsaktiviteter\n")


def test_rows_coded_with_their_groups_letter():
    assert _items(CODED) == [
        ("A1", "Upprop", None), ("A2", "Val av justerare", None),
        ("B1", "Hyror för föreningslokaler 2042", "KFN 2041/077"),
        ("B2", "Svar på medborgarförslag om en pumptrack i Norrby", "KFN 2041/051"),
        ("C1", "Sommarlovsaktiviteter", None)]


def test_coded_rows_need_their_numbers_in_order():
    # (guard: paper sizes or grid squares, "A4", "B2", are no rows of a lettered group)
    assert _items(CODED.replace("A2   Val av justerare", "A4   Val av justerare")) == []


def test_dnr_beside_a_bracketed_presenter_under_the_title():
    text = ("Exeby kommun\nKommunstyrelsens arbetsutskott\nKallelse\n\nÄrenden\n\n"
            "1. Val av justerare\n\n"
            "2. Försäljning av tomter i Norrby industriområde\n"
            "   (Petra Lind, mark- och exploateringschef, 15 min)       KS 2041/210\n\n"
            "3. Kommundirektören informerar\n"
            "   (Sven Ek, kommundirektör)\n")
    items = _items(text)
    assert ("2", "Försäljning av tomter i Norrby industriområde", "KS 2041/210") in items
    assert ("3", "Kommundirektören informerar", None) in items


def test_coded_rows_with_dots_and_no_blank_lines():
    # (compact, "A1." with its dot: read first, before a list of unnumbered rows would take "A1. Upprop" for a title)
    text = ("Exeby kommun\nKommunstyrelsen\nFÖREDRAGNINGSLISTA\n\nA. Inledning\nA1. Upprop\nA2. Val av justerare\n"
            "B. Beslut\nB1. Budget 2042 (KS 2041/12)\nB2. Taxor 2042 (KS 2041/13)\n")
    assert _items(text) == [("A1", "Upprop", None), ("A2", "Val av justerare", None),
                            ("B1", "Budget 2042", "KS 2041/12"), ("B2", "Taxor 2042", "KS 2041/13")]


def test_dnr_beside_a_plain_or_labelled_presenter_under_the_title():
    text = ("Exeby kommun\nKommunstyrelsens arbetsutskott\nKallelse\n\nÄrenden\n\n1. Val av justerare\n\n"
            "2. Försäljning av tomter i Norrby\n"
            "   Petra Lind, exploateringschef                 KS 2041/210\n\n"
            "3. Taxa för bygglov 2042\n"
            "   Föredragande: Sven Ek                         KS 2041/215\n\n"
            "4. Övriga frågor\n")
    items = _items(text)
    assert ("2", "Försäljning av tomter i Norrby", "KS 2041/210") in items
    assert ("3", "Taxa för bygglov 2042", "KS 2041/215") in items
