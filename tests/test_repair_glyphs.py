"""A rare confusion one scan shows systematically (docparse.repair.glyphs): y printed like v.
Invented sentences, without å/ä/ö: an English model's reading."""

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.glyphs import MIN_WORDS, rare_pairs


def test_the_table_knows_y_read_as_v_but_does_not_propose_it():
    channel = store_for().channels["eng"]
    assert "y" in rare_pairs(channel).get("v", ())
    assert ("y", "v") not in channel.proposable


def test_a_text_showing_y_read_as_v_is_mended():
    read = ("Styrelsen avstvrker motionen om otvdliga regler av stor betvdelse och vill "
            "analvsera hur stort inflvtande de har.")
    res = repair(read)
    out = res.text
    assert any(e.reason == "font:y->v" for e in res.edits)
    for word in ("avstyrker", "otydliga", "betydelse", "analysera", "inflytande"):
        assert word in out.split(), out


def test_fewer_than_min_words_is_no_evidence():
    assert MIN_WORDS == 3
    read = "Styrelsen avstvrker motionen om nya regler for skolan och dess elever."
    assert "avstvrker" in repair(read).text


def test_a_clean_page_is_not_judged():
    # A Swedish model's reading (å/ä/ö kept): the rare confusion is no evidence there.
    read = ("Styrelsen avstvrker motionen om otvdliga regler av stor betvdelse och vill "
            "analvsera hur stort inflytande de får på skolans lärare och rektorn i år. ") * 3
    assert "avstvrker" in repair(read).text


def test_a_stray_mark_beside_an_e_is_dropped():
    res = repair("Styrelsen ska planera verksamhéet och alla insatseér noga infor nasta termin.")
    assert "verksamhet" in res.text.split() and "insatser" in res.text.split(), res.text
    assert any(e.reason == "stray:é" for e in res.edits)


def test_a_stray_mark_takes_the_lost_marks_too():
    assert "måste" in repair("Alla elever masteé lamna in uppgiften i tid.").text.split()


def test_a_listed_word_with_e_acute_keeps_it():
    assert "idéer" in repair("Vi har manga idéer om hur skolan kan bli battre.").text.split()
