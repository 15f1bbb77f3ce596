"""Abbreviations read without their inner full stops, put back before a lower-case word
(docparse.repair.dotless, models/sv_dotless.tsv). Invented sentences."""

import pytest

from docparse.models import store_for
from docparse.repair import repair, undo


def test_the_list_holds_common_abbreviations_and_no_word():
    table = store_for().dotless
    assert table.get("bla") == "bl.a" and table.get("tex") == "t.ex"
    assert "from" not in table  # "fr.o.m." read without stops is also a word of its own
    assert all("." in v and v.replace(".", "") == k for k, v in table.items())


@pytest.mark.parametrize("read, printed", [
    ("Nämnden har bla. en plan för skolan.", "Nämnden har bl.a. en plan för skolan."),
    ("Vi behöver tex. fler lärare.", "Vi behöver t.ex. fler lärare."),
    ("Planen for skolan har bla. en budget.", "Planen för skolan har bl.a. en budget."),  # an English model's page
])
def test_lost_inner_stops_come_back(read, printed):
    res = repair(read)
    assert res.text == printed
    assert undo(res.text, res.edits) == read
    assert repair(res.text).text == res.text


@pytest.mark.parametrize("read", [
    "Nämnden har bla. En plan finns.",  # a capital after it: a sentence may end there
    "Nämnden har bla, en plan.",  # no full stop
    "Nämnden har bl.a. en plan.",  # already right
])
def test_other_readings_stay(read):
    assert not any(e.reason == "dotless" for e in repair(read).edits)
