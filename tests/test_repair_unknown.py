"""Unknown tokens with letter sequences Swedish words do not use (docparse.repair.unknown):
read as the best listed word though its misreading is a rare one. Invented sentences."""

import pytest

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.engine import _repairer
from docparse.repair.unknown import implausible_choice, one_confusion_reading, rare_letter_reading


@pytest.mark.parametrize("read, printed", [
    ("Vi har last betadnkandet noga.", "Vi har läst betänkandet noga."),  # ä read "ad"
    ("Hela samhdallslivet paverkas.", "Hela samhällslivet påverkas."),
])
def test_implausible_unknown_token_takes_its_listed_reading(read, printed):
    assert repair(read).text == printed


@pytest.mark.parametrize("read, kept", [
    ("Vi traffade Anderzzon och Lindqvizt.", ("Anderzzon", "Lindqvizt")),  # capitalised: names
    ("Programmet heter xylofonskrrt.", ("xylofonskrrt",)),  # implausible, but no listed word is near
])
def test_names_and_unreachable_tokens_stay(read, kept):
    out = repair(read).text
    assert all(word in out.split() or word + "." in out.split() for word in kept)


def test_a_plausible_unknown_word_is_not_judged_here():
    models = store_for()
    chars = models.char_model
    assert chars is not None and chars.plausible("kommunfullmäktige")
    assert implausible_choice("kommunfullmaktige", _repairer(True, models), chars) is None


def test_a_long_plausible_token_read_once_takes_its_listed_reading():
    # l read i and the marks lost: the listed word reads it almost as well as an unknown word
    # would, and a token this long read once is a misreading far more often
    out = repair("Vi talade om jamstaildhetsplanen i dag.")
    assert out.text == "Vi talade om jämställdhetsplanen i dag."
    assert [e.reason for e in out.edits] == ["long"]


def test_a_long_token_the_text_repeats_stays():
    out = repair("Vi talade om jamstaildhetsplanen i dag och om jamstaildhetsplanen i morgon.")
    assert "jamstaildhetsplanen" in out.text and not any(e.reason == "long" for e in out.edits)


@pytest.mark.parametrize("read, printed", [
    # ä read "da" in a typewriter face: a compound the lexicon lacks, of listed parts
    ("Hon sitter i jaktvardsndamnderna sedan i fjol.", "Hon sitter i jaktvårdsnämnderna sedan i fjol."),
    ("Det galler fjallndamnderna i norr.", "Det gäller fjällnämnderna i norr."),
])
def test_an_implausible_token_takes_its_reading_as_a_compound(read, printed):
    out = repair(read)
    assert out.text == printed
    assert "implausible" in [e.reason for e in out.edits]


# Clean pages (the Swedish model's reading, marks printed): its implausible leftovers, in lower
# case, take the clean repairer's best listed reading (docparse.repair.unknown.clean_page_tokens).
_CLEAN_LEAD = "Nämnden har behandlat ärendet och anser att förvaltningen får i uppdrag att återkomma. "


@pytest.mark.parametrize("read, word", [
    ("Avgiften betalas slutiigen av nämnden.", "slutligen"),   # "l" read "i"
    ("Uppdraget redovisas muntiigt vid mötet.", "muntligt"),
    ("Frågan utreds vidaré under våren.", "vidare"),           # a stray accent
])
def test_an_implausible_token_on_a_clean_page_takes_its_listed_reading(read, word):
    out = repair(_CLEAN_LEAD + read + "\n")
    assert any(e.reason == "implausible" and e.replacement == word for e in out.edits)


@pytest.mark.parametrize("text", [
    "Frågan om skolgårdsträd och bygdevägarna utreds.\n",     # compounds, their seams odd
    "Vi tackar för muntiigt-\nförslaget.\n",                   # a part before a hyphen
    "Ordföranden Bengt Slutiigen öppnade mötet.\n",            # capitalised: a name as likely
])
def test_what_is_no_misreading_on_a_clean_page_stays(text):
    out = repair(_CLEAN_LEAD + text)
    assert not any(e.reason == "implausible" for e in out.edits)


# A misreading too rare for the word model to propose ("n" read "h": words.MIN_LETTER_LOGP), the
# engine's marks on a token (the word model skips it), a sentence's first word with its capital:
# each still takes its one listed reading on a clean page.
@pytest.mark.parametrize("read, word", [
    ("Vi har läst utredhingen noga.", "utredningen"),                  # n read h, no marks
    ("Nämnden läste förvaltnihgen svar i dag.", "förvaltningen"),      # and marks printed
    ("Det är sagt. Utgångspuhkten är att skolan är öppen.", "utgångspunkten"),  # opens a sentence
])
def test_a_rare_misreading_on_a_clean_page_takes_its_one_listed_reading(read, word):
    out = repair(_CLEAN_LEAD + read + "\n")
    assert any(e.reason == "implausible" and e.replacement.lower() == word for e in out.edits)


@pytest.mark.parametrize("text", [
    "Vi talade med Lokalehs om saken på mötet.\n",       # a capital inside a sentence: a name's
    "Det är sagt, Utgångspuhkten är att skolan är öppen.\n",
])
def test_a_capitalised_token_inside_a_sentence_stays(text):
    out = repair(_CLEAN_LEAD + text)
    assert not any(e.reason == "implausible" for e in out.edits)


def test_a_rare_reading_is_a_listed_word_one_letter_away():
    models = store_for()
    repairer, chars = _repairer(False, models), models.char_model
    assert rare_letter_reading("xylofonskrrt", repairer, chars) is None  # no letter gives a word
    assert rare_letter_reading("skolahs", repairer, chars) == "skolans"  # n read h


# An unknown token the clean pages' word model kept takes the one listed word a single confusion
# of the channel gives, where the language model counted that word beside a neighbour word
# (docparse.repair.unknown.counted_readings): "ri" or "r" read for "n", "n" read "nn".
@pytest.mark.parametrize("read, word", [
    ("Styrelsen godkände budgeteri för nästa år.", "budgeten"),      # "ri" for "n"
    ("Vi följer utvecklirgen noga.", "utvecklingen"),                 # "r" for "n"
    ("Kommunen har fått ett yttrarde från länsstyrelsen.", "yttrande"),
])
def test_an_unknown_token_takes_the_one_reading_its_neighbours_were_counted_with(read, word):
    out = repair(_CLEAN_LEAD + read + "\n")
    assert [e.replacement for e in out.edits if e.reason == "counted"] == [word]


@pytest.mark.parametrize("text", [
    "The board adopted a scheme for the fund.\n",   # a reading ("schema") no neighbour was counted with
    "Vi läste om Budgeteri i tidningen.\n",          # capitalised: a name as likely
    "Frågan om budgeteri- och planfrågor.\n",        # a part before a hyphen
])
def test_no_counted_reading_without_a_counted_neighbour(text):
    out = repair(_CLEAN_LEAD + text)
    assert not any(e.reason == "counted" for e in out.edits)


def test_one_confusion_reading_is_none_when_no_word_is_one_confusion_away():
    models = store_for()
    args = (models.channels["swe"], models.lexicon, models.char_model)
    assert one_confusion_reading("budgeteri", *args) == "budgeten"
    assert one_confusion_reading("scheme", *args) == "schema"  # (kept above: no neighbour counted with it)
    assert one_confusion_reading("xylofonskrrt", *args) is None
