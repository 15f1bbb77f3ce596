"""Unknown tokens the learned confusion table cannot map back, read by the general noisy channel
(docparse.repair.noisy) over the deletion index (docparse.sv.deletions). Invented sentences."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docparse.models import store_for
from docparse.repair import repair
from docparse.repair.noisy import prefix_tree, search
from docparse.sv.deletions import DeletionIndex


@pytest.mark.parametrize("read, printed", [
    ("Planen ska ge battre trafiksakerhet for cvklister i staden.",
     "Planen ska ge bättre trafiksäkerhet för cyklister i staden."),  # y read v (same shape)
    ("Det beslutades av kommunstvrelsen i dag.", "Det beslutades av kommunstyrelsen i dag."),  # y read v
    ("Vi behover fler lararc i skolan.", "Vi behöver fler lärare i skolan."),  # a stray c
    ("Personalen ska fa en utbildnimg i brandskydd.", "Personalen ska få en utbildning i brandskydd."),
    ("Namnden godkanner budqeten for nasta ar.", "Nämnden godkänner budgeten för nästa år."),  # g read q
    ("Beslutet fattades av Kommunstvrelsen i dag.", "Beslutet fattades av Kommunstyrelsen i dag."),  # implausible capital
    ("Vi godkanner budqetten i dag.", "Vi godkänner budgeten i dag."),  # two edits: q for g, a t doubled
])
def test_unknown_token_takes_the_reading_the_general_channel_and_context_favour(read, printed):
    out = repair(read)
    assert out.text == printed
    assert any(e.reason == "noisy" for e in out.edits)


# A typewriter face's n read as "ri" (the table's reading of two signs as one letter): the
# deletion index counts it as two letter edits, so the token is also asked of it with the unit
# read as its letter. Invented sentences.
@pytest.mark.parametrize("read, word", [
    ("Forvaltningen lamnar en rapport om kostriaderna for skolan till namnden.", "kostnaderna"),
    ("Vi tar fram en plari for arbetet med lokalerna.", "plan"),
    ("Det ar viktigt att alla far information om andririgarna i god tid.", "ändringarna"),
    ("Hon har en tydlig riktriirig for hur arbetet ska bedrivas.", "riktning"),
])
def test_a_unit_of_two_signs_read_as_one_letter_is_found(read, word):
    out = repair(read)
    assert [e.replacement for e in out.edits if e.reason == "noisy"] == [word]


@pytest.mark.parametrize("read", [
    "Hon kom till motet med Kommunstyrelsn och Lindqvist fran kontoret.",  # a capital inside a sentence: a name
    "Hon kom till motet med Bergkvizt och Lindqvizt fran kontoret.",  # implausible, but a name's reading is a name
    "Namnden planerarar ett nytt bibliotek.",  # Swedish letters could spell it: one generic edit at most
    "Vi har en xarnke om det.",  # two edits from "tanke", but a token this short gets one at most
    "Programmet heter xylofonskrrt.",  # no listed word near
    "Vi har en cykelbama vid skolan och en cykelbama vid torget.",  # near "cykelbana", not clearly, and repeated
    "Vi har en cykelbama-slinga vid skolan.",  # near "cykelbana", not clearly, and hyphened
])
def test_names_and_tokens_without_a_clear_reading_stay(read):
    assert not any(e.reason == "noisy" for e in repair(read).edits)


def test_a_long_token_read_once_takes_a_reading_by_a_smaller_margin():
    # near "cykelbana" by one glyph of the same shape, not by the usual margin: the text holds
    # it once, so it is taken; repeated as read, it is likelier a word of the text's own (above)
    out = repair("Vi har en cykelbama vid skolan.")
    assert out.text == "Vi har en cykelbana vid skolan."
    assert [e.reason for e in out.edits] == ["noisy"]


def test_a_clean_page_is_not_judged():
    # a Swedish model's reading (it printed å/ä/ö): unknown tokens are no business of this pass
    out = repair("Vi behöver fler lararc och cvklister på gården.")
    assert not any(e.reason == "noisy" for e in out.edits)


def test_the_deletion_index_finds_keys_one_and_two_edits_away():
    index = store_for().deletions
    assert isinstance(index, DeletionIndex)
    assert "budgeten" in index.near("budqeten", 1)  # a letter changed
    assert "september" in index.near("septernber", 2)  # two letters too many, one missing
    assert "cyklister" in index.near("cyklistter", 1)  # one too many
    assert "cyklister" in index.near("cyklster", 0)  # one missing
    assert "budgeten" not in index.near("bxdqetxn", 2)  # three changed


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abdeiklmnorstuv", min_size=0, max_size=12), st.integers(0, 2))
def test_the_deletion_index_asks_every_string_of_up_to_depth_letters_deleted(token, depth):
    # near() makes each two-letter deletion once: the keys of every string the token gives
    # with up to ``depth`` letters deleted, each asked of the index directly
    index = store_for().deletions
    forms, layer = {token}, {token}
    for _ in range(depth):
        layer = {f[:i] + f[i + 1:] for f in layer for i in range(len(f))}
        forms |= layer
    expected = {key for f in forms for key in index.near(f, 0)}
    assert index.near(token, depth) == expected


def test_search_counts_generic_edits_and_keeps_to_the_keys_it_is_given():
    tree = prefix_tree({"budgeten", "budgetar"})
    found = search("budqeten", tree, {}, -math.inf)  # (the prefixes it ends at too)
    assert "budgeten" in found and "budgetar" not in found  # budgetar is three edits away
    cost, segs = found["budgeten"]
    assert sum(1 for _o, _p, generic in segs if generic is not None) == 1
    assert "budgeten" not in search("bxdqetxn", tree, {}, -math.inf)


def test_search_goes_two_generic_edits_deep_and_no_further():
    tree = prefix_tree({"budgeten"})
    assert "budgeten" in search("budqetten", tree, {}, -math.inf)  # q for g, a t doubled
    assert "budgeten" not in search("budqetten", tree, {}, -math.inf, max_edits=1)
    assert "budgeten" not in search("bxdqettxn", tree, {}, -math.inf)


def test_a_glyph_of_the_same_shape_costs_less_than_any_other():
    tree = prefix_tree({"budgeten"})
    shape = search("budqeten", tree, {}, -math.inf)["budgeten"][0]  # q for g
    other = search("budxeten", tree, {}, -math.inf)["budgeten"][0]  # x for g
    assert shape > other


def test_without_the_deletion_index_the_pass_rests_and_a_broken_one_is_named(tmp_path, monkeypatch):
    import shutil

    from docparse.errors import ModelDataError
    from docparse.models import ModelStore, models_dir
    from docparse.sv.deletions import DELETIONS_FILE

    read = "Vi behover fler lararc i skolan."
    bare = tmp_path / "bare"
    bare.mkdir()
    for f in models_dir().iterdir():
        if f.is_file() and f.name != DELETIONS_FILE:
            shutil.copy(f, bare / f.name)
    monkeypatch.setenv("DOCPARSE_MODELS", str(bare))
    assert ModelStore(bare).deletions is None
    out = repair(read)
    assert "lararc" in out.text and not any(e.reason == "noisy" for e in out.edits)
    (bare / DELETIONS_FILE).write_bytes(b"not a trie")
    with pytest.raises(ModelDataError, match=DELETIONS_FILE.split(".")[0]):
        ModelStore(bare).deletions
