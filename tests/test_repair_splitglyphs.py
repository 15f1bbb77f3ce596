"""A letter with marks that a scan's typeface prints as two signs (docparse.repair.splitglyphs):
mended in unknown tokens where the text shows the split elsewhere. Invented sentences."""

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.splitglyphs import split_readings

# ä read "da" by the English model, as in a typewriter face, three times read as listed words
# ("ndamndens", "stdallning", "sdarskilda") and once in a word the word model keeps as read.
SPLIT_TEXT = ("Styrelsen i foreningen har last ndamndens yttrande. Den tar stdallning till forslaget och "
              "anser att oldagenheterna ar sma. Den ser aven en fordel med sdarskilda regler for bidragen "
              "i hela landet, och den vill att det ska galla fran och med i host.")


def test_the_table_proposes_two_sign_readings_of_a():
    splits = split_readings(store_for().channels["eng"])
    assert "da" in splits["ä"]
    assert all(len(unit) > 1 for units in splits.values() for unit in units)


def test_an_unknown_token_takes_the_split_the_text_shows():
    out = repair(SPLIT_TEXT)
    assert "olägenheterna" in out.text.split()
    assert [e.original for e in out.edits if e.reason == "split-letter"] == ["oldagenheterna"]
    assert repair(out.text).text == out.text


def test_without_the_texts_evidence_the_token_stays():
    out = repair("Vi anser att oldagenheterna ar sma i hela landet.")
    assert "oldagenheterna" in out.text.split()
    assert not any(e.reason == "split-letter" for e in out.edits)


def test_a_clean_page_is_not_touched():
    text = ("Styrelsen i föreningen har läst nämndens yttrande och tar ställning till förslaget. "
            "Den anser att oldagenheterna är små och ser en fördel med särskilda regler. ") * 3
    out = repair(text)
    assert not any(e.reason == "split-letter" for e in out.edits)
