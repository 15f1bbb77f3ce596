"""Rules that keep extraction steady when a converter writes tabs for runs of blanks or doubles
every line break (a table's cells one to a line, a blank line between each)."""

import hashlib
import re

from docparse.clean import clean, expand_tabs, undouble_breaks

_AGENDA = (
    "Ydre kommun                                      KALLELSE\n"
    "Kultur- och fritidsnämnden                       2033-09-14\n\n"
    "Tid        Torsdag 21 september 2033 kl. 18.00\n"
    "Plats      Folkets hus, Österbymo\n\n"
    "Föredragningslista\n\n"
    "Nr   Ärende                                   Diarienummer    Föredragande\n\n"
    "1    Val av justerare\n\n"
    "2    Bidrag till konsertserien i              KFN 2033/0041   Viveka Sjöholm\n"
    "     Svinhult och Österbymo 2034\n\n"
    "3    Medborgarförslag om spontanidrott vid    KFN 2033/0052   Per Tofta\n"
    "     Norrsjön\n\n"
    "4    Anmälan av delegationsbeslut             KFN 2033/0003\n"
)


def _tabbed(text: str) -> str:
    return re.sub(r" {2,}", "\t", text)


def _record(text: str) -> dict:
    from docparse.pipeline import process_source
    from docparse.read.text import read_text

    data = text.encode("utf-8")
    return process_source(read_text("kallelse.txt", data, hashlib.sha256(data).hexdigest()))


def _items(text: str) -> list[tuple]:
    return [(i.get("number"), i.get("title"), i.get("dnr")) for i in _record(text)["items"]]


def test_a_wrapped_title_under_tabs_is_read_whole():
    items = _items(_tabbed(_AGENDA))
    assert ("2", "Bidrag till konsertserien i Svinhult och Österbymo 2034", "KFN 2033/0041") in items
    assert ("3", "Medborgarförslag om spontanidrott vid Norrsjön", "KFN 2033/0052") in items
    assert items == _items(_AGENDA)


def test_a_tabs_cell_is_set_under_its_columns_cells():
    lines = clean("3\tTaxa för uthyrning\tKFN 2033/0052\n\ti Österbymo 2034\n\n4\tAnmälan\n").text.split("\n")
    assert lines[0].index("Taxa") == lines[1].index("i Österbymo")
    assert re.search(r"uthyrning {3,}KFN", lines[0])  # a column gap, as a layout of blanks has


def test_a_letterheads_second_column_stays_apart_from_the_board():
    head = ("Boxholms kommun\tPROTOKOLL\nMiljö- och byggnadsnämnden\tSammanträdesdatum\nför Boxholm och Ydre\t2033-10-02\n\n"
            "Beslutande\tViveka Sjöholm (C), ordförande\n\tPer Tofta (S)\n\n")
    lines = clean(head + "§ 12 Val av justerare\n").text.split("\n")
    assert lines[1].index("Sammanträdesdatum") == lines[2].index("2033-10-02") == lines[0].index("PROTOKOLL")
    assert lines[5].index("Per Tofta") == lines[4].index("Viveka")


def test_expanded_tabs_map_back_to_the_raw_text():
    raw = "Nr\tÄrende\tDnr\n2\tBidrag till Norrsjöns båtklubb för\tKFN 2033/0061\n\tbryggan i Svinhult\n"
    text, offsets = expand_tabs(raw, None)
    start = text.index("KFN")
    assert raw[offsets.to_source(start):offsets.to_source(start) + 13] == "KFN 2033/0061"


def test_a_text_without_tabs_is_not_touched():
    text, offsets = expand_tabs(_AGENDA, None)
    assert text == _AGENDA and offsets is None


_CELLS = (
    "YDRE KOMMUN\nSocialnämnden\nKALLELSE\nSammanträdesdatum\n2033-11-07\n"
    "Tid: kl. 09.00\nPlats: Kommunhuset i Österbymo, rum Svinhult\n"
    "Nr\nÄrende\nDnr\nFöredragande\n"
    "1\nVal av justerare\n"
    "2\nBudgetuppföljning oktober 2033\nSN 2033/0077\nLena Kvist\n"
    "3\nRiktlinjer för färdtjänst\nSN 2033/0081\nPer Alm\n"
    "4\nMeddelanden\n"
)


def test_a_tables_cells_one_to_a_line_doubled_are_halved():
    doubled = _CELLS.replace("\n", "\n\n")
    text, _ = undouble_breaks(doubled, None)
    assert text == _CELLS
    assert _items(doubled) == _items(_CELLS)


def test_one_line_paragraphs_of_a_news_page_are_still_kept_apart():
    web = ("Nytt bidrag till föreningarna i Ydre\n\n"
           + "".join(f"Nämnden beviljade förening nummer {i} ett bidrag på {i} 000 kronor.\n\n" for i in range(9)))
    text, offsets = undouble_breaks(web, None)
    assert text == web and offsets is None


def test_a_table_whose_rows_all_open_on_a_cell_keeps_its_tabs():
    table = "Förening\tBelopp\nBoxholms Schackklubb\t14 500 kr\nYdre Ryttarförening\t22 000 kr\n"
    assert expand_tabs(table, None) == (table, None)


_DELEGATION_TABLE = (
    "Redovisning av delegationsbeslut\n\n"
    "Nr\tDatum\tÄrende\tDnr\tBeslutsfattare\n"
    "1\t2033-04-06\tStartbidrag till Svinhults Bouleklubb, 6 tkr\tKFN 2033/0019\tViveka Sjöholm, fritidschef\n"
    "2\t2033-04-12\tLokalbidrag till Ydre Skytteförening, 9 tkr\tKFN 2033/0024\tViveka Sjöholm, fritidschef\n"
)


def test_a_tables_dnr_heading_after_other_headings_reads_its_own_column():
    refs = [r["value"] for r in _record(_DELEGATION_TABLE)["dnr_references"]]
    assert "KFN 2033/0019" in refs
    assert not any("2033-04-06" in r for r in refs)  # the row's number and date are no diarienummer


def test_a_head_tables_values_under_other_columns_are_read_past_their_cells():
    from docparse.sv.labelrun import label_runs

    head = "Kommunledningskontoret\tDatum\tDiarienummer\nEkonomienheten\t2033-10-02\tKS 2033/0412\n"
    (_m, values), = label_runs(head)
    assert [head[v.value[0]:v.value[1]] for v in values if v.value] == ["2033-10-02", "KS 2033/0412"]


_HANGING = ("Ydre kommun\nKommunledningskontoret\n\nDatum: 2033-05-20\nDnr: KS 2033/0150\n\n"
            "Ärende: Ansökan om bidrag till renovering av bygdegården i\n"
            "        Svinhult och badplatsen vid Norrsjön\n\n"
            "Förslag till beslut\nKommunstyrelsen beviljar bidraget.\n")


def test_a_labelled_values_wrapped_line_after_a_tab_is_read_with_it():
    tabbed = _HANGING.replace("        Svinhult", "\tSvinhult")
    assert _record(tabbed)["document"]["title"] == _record(_HANGING)["document"]["title"]
    assert _record(tabbed)["document"]["title"].endswith("vid Norrsjön")
