"""A bar opening a sentence as the English model's "I" before a number or across a line break
(docparse.repair.bars). Invented sentences."""

import pytest

from docparse.repair import repair

DAMAGED = "Utvecklingen pa omradet beskrivs har och foreslas for styrelsen. "


@pytest.mark.parametrize("read, expected", [
    (DAMAGED + "| 2019 ars budget foreslas en andring.", "I 2019 års budget föreslås en ändring."),
    (DAMAGED + "Arbetet foljs upp. |\nnasta steg redovisas arbetet for namnden.",
     "Arbetet följs upp. I\nnästa steg redovisas arbetet för nämnden."),
])
def test_a_bar_after_a_full_stop_before_a_number_or_a_line_break_is_i(read, expected):
    out = repair(read)
    assert out.text.endswith(expected)
    assert "confusion:|->I" in [e.reason for e in out.edits]


@pytest.mark.parametrize("read", [
    DAMAGED + "Belopp. | 2019 | 2020 |",  # a table's rules between numbers
    DAMAGED + "Summa: | 2019 ars budget",  # after a colon: a cell, not a sentence
    DAMAGED + "Arbetet foljs upp. |\nNasta steg redovisas.",  # a new sentence on the next line
    DAMAGED + "Arbetet foljs upp. | 12 |",
])
def test_a_bar_elsewhere_stays(read):
    out = repair(read)
    assert "|" in out.text
    assert "confusion:|->I" not in [e.reason for e in out.edits]
