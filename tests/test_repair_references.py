"""Short names of document series before a reference number in parentheses stay as read
(docparse.repair.references). Invented sentences, read without å/ä/ö."""

import pytest

from docparse.repair import repair


@pytest.mark.parametrize("read, kept", [
    ("Fragan utreds nu (dir. 2031:12) av en sarskild utredare.", "dir"),
    ("Kammaren bifoll forslaget (prot. 2030/31:7) utan debatt.", "prot"),
    ("Det framgar av propositionen (Dir. 2029:4) och av betankandet.", "Dir"),
])
def test_an_abbreviation_before_its_number_stays(read, kept):
    res = repair(read)
    assert f"({kept}." in res.text
    assert not any(e.original == kept for e in res.edits)


def test_a_word_in_parentheses_is_still_repaired():
    assert "(för alla)" in repair("Reglerna galler (for alla) fran och med nu.").text
