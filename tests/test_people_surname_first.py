"""Attendance lists that print surname first ("Berg Anna (S), ordförande", "Berg, Anna (S)"), also
where the name model lacks the given names: invented Swedish names throughout."""

import pytest


def names(extract_text, text):
    return [p["name"] for p in extract_text(text)["people"]]


def test_check_box_columns_with_rare_given_names(extract_text):
    # Most given names are unknown to the model; the surnames' shapes and the signature (the same
    # words the other way round) say the list prints surname first.
    text = ("Beslutande\n\nordinarie                                   ersättare\n"
            "[X] Tornlund Gunnevi, ordförande             [ ] Rask Idgerd\n"
            "[X] Salmgren Tyko, vice ordförande           [X] Kalla Ulva\n"
            "[ ] Wiklöf Anna-Karin                        [ ] Nordqvist Maj-Britt\n\n"
            "Paragrafer  §§ 1-2\n\n§ 1 Val av justerare\n\nText.\n\nGunnevi Tornlund\nOrdförande\n")
    found = names(extract_text, text)
    for name in ("Gunnevi Tornlund", "Idgerd Rask", "Tyko Salmgren", "Anna-Karin Wiklöf", "Maj-Britt Nordqvist"):
        assert name in found
    assert not any(n.startswith(("Tornlund", "Rask ", "Salmgren", "Wiklöf", "Nordqvist")) for n in found)
    assert found.count("Gunnevi Tornlund") == 1


def test_comma_form_with_unknown_given_names(extract_text):
    text = ("Närvarande ledamöter\nStrömgren, Solvor (S), ordförande\nVinter, Tyko (M)\nLindahl, Anna-Karin (C)\n"
            "Ask, Eja (V)\n\nÖvriga närvarande\nKask, Märit, kommundirektör\nOlausson, Ketil, sekreterare\n")
    assert names(extract_text, text) == ["Solvor Strömgren", "Tyko Vinter", "Anna-Karin Lindahl", "Eja Ask", "Märit Kask",
                                         "Ketil Olausson"]
    # Alone, a common word before the comma needs party letters or a list of surnames around it.
    assert names(extract_text, "Övriga närvarande\nKask, Märit, kommundirektör\n") == []


def test_a_surname_that_is_a_given_name_follows_the_list(extract_text):
    # "Harald" is a known given name and "Arvida" is not: alone it would read given name first.
    text = "Beslutande\nNyberg Solvor, ordförande\nHarald Arvida\nLindqvist Maria\nEkholm Tyko\n"
    assert names(extract_text, text) == ["Solvor Nyberg", "Arvida Harald", "Maria Lindqvist", "Tyko Ekholm"]


def test_a_row_the_recogniser_misses_is_read_by_the_list(extract_text):
    # "Vinter" is a common word and "Märit" unknown: only the list's order makes it a name.
    text = "Övriga närvarande\nHolmström Nore, kommunsekreterare\nVinter Märit, kommunchef\nBerglund Ketil, ekonom\n"
    assert names(extract_text, text) == ["Nore Holmström", "Märit Vinter", "Ketil Berglund"]


def test_a_member_stood_in_for_is_read_too(extract_text):
    text = "Beslutande\nWesterlund Tyko (S), ersätter Holmgren Eja (S)\nFalk Solvor (SD)\nBerg Anna (M)\n"
    assert names(extract_text, text) == ["Tyko Westerlund", "Eja Holmgren", "Solvor Falk", "Anna Berg"]


def test_the_list_order_reaches_other_mentions(extract_text):
    # The justerare's line and a § text write the name as the list does; one person, read one way.
    text = ("Beslutande\nAspling Halvard (S), ordförande\nNygård Torun (M)\nStrand Öjvind (C)\n\n"
            "Justerare  Aspling Halvard\n\n§ 4 Val av justerare\nAspling Halvard utses att justera protokollet.\n")
    found = extract_text(text)["people"]
    assert [p["name"] for p in found] == ["Halvard Aspling", "Torun Nygård", "Öjvind Strand"]
    assert found[0]["role"] == "ordförande"


def test_another_finders_reading_of_a_row_is_no_second_person(extract_text):
    # "Name, title" rows are read by the signature finder too; it must not keep "Lindmark Jorun".
    text = "Övriga närvarande\nLindmark Jorun, miljöchef\nPekkari Sölve, nämndsekreterare\n\nJorun Lindmark\nMiljöchef\n"
    assert names(extract_text, text) == ["Jorun Lindmark", "Sölve Pekkari"]


def test_a_list_written_given_name_first_stays_so(extract_text):
    text = "Ledamöter\nAnna Berg (S)\nPer Holmgren (M)\nTyko Lindgren (C)\nSolvor Ekström (V)\n"
    assert names(extract_text, text) == ["Anna Berg", "Per Holmgren", "Tyko Lindgren", "Solvor Ekström"]


@pytest.mark.parametrize(
    "text",
    [
        # A body among those present, in a surname-first list: no person.
        "Övriga närvarande\nBerglund Nore, kommunchef\nRäddningstjänsten Östergötland\nHolmström Eja, sekreterare\n",
        # Column labels under the members: they end the list and are no name.
        "Beslutande ledamöter\tParti\nBerglund Nore\tS\nHolmström Eja\tM\nTjänstepersoner\tBefattning\n",
        "Närvarande\nKommunstyrelsens Arbetsutskott\nSe Bilaga\n",
    ],
)
def test_phrases_in_lists_are_no_people(extract_text, text):
    found = names(extract_text, text)
    for word in ("Räddningstjänsten", "Östergötland", "Tjänstepersoner", "Befattning", "Arbetsutskott", "Bilaga"):
        assert not any(word in n for n in found), found


def test_a_flattened_list_with_party_letters(extract_text):
    text = ("Beslutande: Wiklund Nore (S) ordförande, Granath Idgerd (M) vice ordförande, Ask Vivan (S), "
            "Lidén Arnfinn (L) Tjänstgörande ersättare: Sjöberg Torvald (S) Utses att justera Ask Vivan\n")
    assert names(extract_text, text) == ["Nore Wiklund", "Idgerd Granath", "Vivan Ask", "Arnfinn Lidén", "Torvald Sjöberg"]


def test_comma_form_outside_lists_with_party_letters(extract_text):
    # "Surname, Given (P)" vouches for a given name the model lacks, under any heading and in a
    # § text; the same words written without the comma are the same person.
    text = "Deltagare\nEkholm, Tyko (M)\nBerglund, Solvor (S)\n\nBeslut\nEkholm Tyko (M) reserverar sig.\n"
    assert names(extract_text, text) == ["Tyko Ekholm", "Solvor Berglund"]
    # A surname that is a known given name stays the surname after the comma.
    assert names(extract_text, "Närvarande\nHarald, Solvor (C)\n") == ["Solvor Harald"]
    # Without the model's knowledge or a surname's shape on either side, nothing is vouched for.
    assert names(extract_text, "Umeå, Sorsele (S)\n") == []


def test_a_row_of_surnames_is_no_comma_entry(extract_text):
    # Members named by surname only, parted by commas: no "Surname, Given" pairs among them.
    text = "Närvarande: ordföranden Tornlund, och ledamöterna\nSalmgren, Kuoksu, Wiklöf, Pekkari, Lantto\nBerglund, Ekholm, Nordqvist\n"
    assert names(extract_text, text) == []


def test_a_row_read_by_its_shape_keeps_its_title(extract_text):
    text = "Övriga närvarande\nKask, Märit, kommundirektör\nOlausson, Ketil, nämndsekreterare\n"
    found = extract_text(text)["people"]
    assert [(p["name"], p["title"]) for p in found] == [("Märit Kask", "kommundirektör"), ("Ketil Olausson", "nämndsekreterare")]
