"""Decision points and agenda items of a flattened document (its lines joined into one or a few long
lines by a converter that drops line breaks; a layout's column gaps stay as runs of spaces). Each case
is invented Swedish and failed before its rule; the guards hold what must not change."""

_GAP = " " * 60  # a -layout page's gap between a § head and the dnr in its right column


def _items(record):
    return [(i["number"], i["title"], i["dnr"]) for i in record["items"]]


def _points(record):
    return [(p["number"], p["text"]) for p in record["decision_points"]]


_PROTOCOL_HEAD = ("EXEBY KOMMUN" + " " * 40 + "PROTOKOLL Tekniska nämnden" + " " * 30 + "Sammanträdesdatum "
                  "2041-03-12 Plats och tid Kommunhuset, kl. 13.00–15.30 Beslutande Eva Ek (S), ordförande ")


def test_section_head_far_left_of_its_dnr_then_the_title(extract_text):
    text = (_PROTOCOL_HEAD + "§ 21" + _GAP + "TN 2041/0031 Taxa för slamtömning Beslut Taxan antas. "
            "§ 22" + _GAP + "Dnr TN 2041/0040 Upphandling av vinterväghållning Beslut Tekniska nämnden beslutar "
            "att godkänna förfrågningsunderlaget. § 23" + _GAP + "TN 2041/0002 Delegationsbeslut Beslut "
            "Redovisningen läggs till handlingarna.")
    assert _items(extract_text(text)) == [
        ("21", "Taxa för slamtömning", "TN 2041/0031"),
        ("22", "Upphandling av vinterväghållning", "TN 2041/0040"),
        ("23", "Delegationsbeslut", "TN 2041/0002")]


def test_guard_a_wide_gap_before_other_text_opens_no_title(extract_text):
    # a § cited in a sentence, another column's words far right of it: no item of its own
    text = (_PROTOCOL_HEAD + "§ 21 Taxa för slamtömning Dnr TN 2041/0031 Beslut Taxan antas enligt reglementet "
            "§ 4" + _GAP + "Bilaga 2 § 22 Upphandling av vinterväghållning Dnr TN 2041/0040 Beslut Underlaget "
            "godkänns. § 23 Delegationsbeslut Dnr TN 2041/0002 Beslut Redovisningen läggs till handlingarna.")
    assert [i[0] for i in _items(extract_text(text))] == ["21", "22", "23"]


def test_bare_decision_heading_before_numbered_points_ends_the_title(extract_text):
    text = (_PROTOCOL_HEAD + "§ 31 Dnr TN 2041/0011 Internbudget 2041 Beslut 1. Internbudgeten fastställs. "
            "2. Förvaltningen får i uppdrag att återkomma i maj. § 32 Val av ombud Dnr TN 2041/0012 Beslut Eva Ek "
            "utses till ombud. § 33 Delegationsbeslut Dnr TN 2041/0002 Beslut Redovisningen läggs till handlingarna.")
    assert _items(extract_text(text))[0] == ("31", "Internbudget 2041", "TN 2041/0011")
