"""A tab is a column gap as a wide run of blanks is (found with benchmarks/eval_perturbed.py's tabs on
the invented set: a word processor's text export writes a tab where the layout had blanks). A tab
opening a wrapped line is its indent, no cell; address blocks side by side parted by tabs are read by
their cells' rank; a register's name cell wrapped under a row parted by tabs goes on below; an
agenda row's wrapped title keeps the words after its number cell; a page break parts the tab stops
of a table from the next page's letterhead. Invented Swedish; each failed before its rule."""

import pytest


def _parties(extract_text, text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["org_nr"]) for p in extract_text(text)["parties"]]


@pytest.mark.parametrize("indent", ["   ", "\t"])
def test_a_tab_opening_a_wrapped_line_is_its_indent(extract_text, indent):
    text = ("Tjänsteskrivelse\n\nFörslag till beslut\n"
            "1. Nämnden godkänner överenskommelse med Strokeföreningen i\n"
            f"{indent}Västervik, org.nr 802444-1233, för verksamhetsåret 2038 med en ersättning om\n"
            f"{indent}90 000 kronor.\n")
    assert ("Strokeföreningen i Västervik", "802444-1233") in _parties(extract_text, text)


@pytest.mark.parametrize("gap", ["                     ", "\t"])
def test_address_blocks_side_by_side_parted_by_tabs(extract_text, gap):
    rows = [("Ljusnarsbergs kommun", "Grängshyttans Skidklubb"),
            ("Kultur- och fritidsförvaltningen", "c/o Vera Lund, Skogsvägen 2"),
            ("714 80 Kopparberg", "714 93 Kopparberg"),
            ("Org.nr 212000-1991", "Org.nr 802517-3900")]
    width = max(len(left) for left, _ in rows)
    lines = [left + (gap if gap == "\t" else " " * (width - len(left)) + gap) + right for left, right in rows]
    text = "AVTAL OM SKÖTSEL AV SKIDSPÅR\n\nParter\n\n" + "\n".join(lines) + "\n\n1 Avtalets omfattning\nKlubben sköter spåren.\n"
    assert ("Grängshyttans Skidklubb", "802517-3900") in _parties(extract_text, text)


def test_a_registers_name_cell_wrapped_under_a_row_of_tabs(extract_text):
    text = ("Förteckning över partnerskap\n\nFörening\tOrg.nr\tBelopp\n"
            "Grängesbergs Hembygdsförening\t802611-4523\t40 000\n"
            "Nyhammars\t802444-1233\t25 000\n"
            "Kulturskolevänner\n\nBelopp anges i kronor per år.\n")
    assert ("Nyhammars Kulturskolevänner", "802444-1233") in _parties(extract_text, text)


def test_an_agenda_rows_wrapped_title_keeps_its_words_after_a_wide_number_gap(extract_text):
    text = ("KALLELSE\n\nDirektionen\n\n"
            "1)    Val av justerare                                       \n"
            "2)    Avtal om skjutbana med Bergslagens Jaktskytteklubb,    NB 2041/0088\n"
            "      org.nr 802611-4523\n"
            "3)    Övriga frågor\n")
    assert ("Bergslagens Jaktskytteklubb", "802611-4523") in _parties(extract_text, text)


def test_a_page_break_parts_a_tab_table_from_the_next_pages_letterhead(extract_text):
    text = ("Ljusnarsbergs kommun\tKALLELSE\nKommunstyrelsen\t2041-03-02\n\n"
            "Nr\tÄrende\tDnr\n"
            "1\tVal av justerare\n"
            "2\tTaxa för kommunens lokaler 2042\tKS 2041/0031\n"
            "3\tBidrag till Gillersklacks skidförening\tKS 2041/0044\n\n"
            "Ljusnarsbergs kommun | Kommunstyrelsen 2041-03-12\t1(3)\n"
            "\f\tTJÄNSTESKRIVELSE\nLjusnarsbergs kommun\n\nBakgrund\nFöreningen söker bidrag.\n")
    items = extract_text(text)["items"]
    assert [(i["number"], i["title"], i["dnr"]) for i in items] == [
        ("1", "Val av justerare", None),
        ("2", "Taxa för kommunens lokaler 2042", "KS 2041/0031"),
        ("3", "Bidrag till Gillersklacks skidförening", "KS 2041/0044")]


@pytest.mark.parametrize("gap", ["    ", "\t"])
def test_a_tab_ends_a_title_as_a_wide_gap_does(extract_text, gap):
    text = ("PROTOKOLL\nKommunfullmäktige 2041-02-17\n\n§ 9 Omröstning om taxa\n\n"
            f"Ledamot{gap}Parti{gap}Ja{gap}Nej\n"
            f"Tuva Grenholm, ordförande{gap}M{gap}X\n"
            f"Oskar Lindfors{gap}S{gap}{gap}X\n\n"
            "Fullmäktige bifaller förslaget.\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Tuva Grenholm") == "ordförande"


@pytest.mark.parametrize("gap", ["                 ", "\t"])
def test_names_under_signature_labels_parted_by_tabs_by_rank(extract_text, gap):
    label_gap = gap if gap == "\t" else "      "
    text = ("PROTOKOLL\nSocialnämnden 2041-04-08\n\n§ 30 Val av justerare\nNämnden utser Elin Tjärnberg.\n\n"
            "Underskrifter\n"
            f"Ordförande ..........................{label_gap}Justerare ..........................\n"
            f"Hugo Ahl{gap}{'' if gap == chr(9) else ' ' * 17}Elin Tjärnberg\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Elin Tjärnberg") == "Justerare"
    assert people.get("Hugo Ahl") == "Ordförande"


def test_a_title_cell_ends_at_the_tab_before_the_next_cell(extract_text):
    text = ("# Protokoll\n\n**Sammanträdesdatum:** 2041-05-06\n\n### Närvarande\n\n"
            "| Namn | Funktion | Kommun |\n|---|---|---|\n"
            "| Tilda Oskarsson (S) | Ordförande | Ljusnarsberg |\n"
            "| Ragnar Fjällgren | Förbundsdirektör | – |\n\n**Justerare:** Tilda Oskarsson\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Ragnar Fjällgren") == "Förbundsdirektör"


@pytest.mark.parametrize("gap", ["                                     ", "\t"])
def test_a_forbunds_wrapped_letterhead_name_beside_a_column_parted_by_a_tab(extract_text, gap):
    indent = "  " if gap != "\t" else "\t"
    text = (f"{indent}KALLELSE\n{indent}Kommunalförbundet Grangärdes{gap}2041-09-02\n{indent}räddningstjänst\n"
            f"{indent}Direktionen\n\n\n{indent}Direktionen kallas till sammanträde den 16 september 2041.\n\n"
            "1. Val av justerare\n2. Delårsrapport 2041\n")
    assert _doc_municipality(extract_text, text) == "Kommunalförbundet Grangärdes räddningstjänst"


def _doc_municipality(extract_text, text: str) -> str | None:
    return extract_text(text)["document"]["municipality"]


@pytest.mark.parametrize("gap", ["                 ", "\t"])
def test_titles_over_names_parted_by_tabs_by_rank(extract_text, gap):
    wide = gap != "\t"
    text = ("YTTRANDE\nRegionstyrelsen 2041-06-12\n\nRegionen tillstyrker förslaget i sin helhet.\n\n"
            f"Regionstyrelsens ordförande{gap}Regiondirektör\n\n\n"
            f"Ylva Vesterlund{' ' * 12 + gap if wide else gap}Gunnar Ekbacka\n")
    people = {p["name"]: p["title"] for p in extract_text(text)["people"]}
    assert people.get("Gunnar Ekbacka") == "Regiondirektör"
    assert people.get("Ylva Vesterlund") == "Regionstyrelsens ordförande"
