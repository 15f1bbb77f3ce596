"""The Swedish bigram language model (models/build_lm.py, docparse.sv.lm) and the word lists of
the context rules (models/sv_context_words.txt): what they hold, what they were built from, and
a clear message when a file is broken."""

import json
import math
import shutil
import sys
from pathlib import Path

import pytest

from docparse.errors import ModelDataError
from docparse.models import ModelStore, models_dir
from docparse.sv.lm import (
    BIGRAMS_FILE, CLASSES_FILE, COMMA, LM_META, NUM, SENT, TRIGRAMS_FILE, UNKNOWN, WORDS_FILE, TOKEN, LanguageModel,
    breaks, sentence_tokens,
)
from docparse.sv.wordlists import read_word_lists

MODELS = Path(models_dir())
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models"))


@pytest.fixture(scope="module")
def lm():
    return ModelStore(MODELS).lm


def test_tokens_as_repair_reads_them():
    text = "Beslutet gäller från 2024, om inget annat sägs. Nämnden: klart!"
    assert list(sentence_tokens(text)) == [
        ["beslutet", "gäller", "från", NUM, COMMA, "om", "inget", "annat", "sägs"], ["nämnden"], ["klart"]]


@pytest.mark.parametrize("text,cut", [
    ("Det kan t.ex. vara bra", False),  # an abbreviation's stop before small letters
    ("Nämnden har bl.a. beslutat", False),
    ("Beslutet gäller. Nämnden", True),  # a sentence's stop before a capital
    ("Beslutet gäller. 2024", True),  # or before a number
    ("Ärendet: beslut", True),  # a colon or semicolon cuts whatever follows
    ("Klart; nämnden", True),
    ("ett, två", False),
])
def test_a_full_stop_before_small_letters_does_not_cut_the_context(text, cut):
    words = list(TOKEN.finditer(text))
    assert any(breaks(text, a.end(), b.start()) for a, b in zip(words, words[1:])) is cut
    assert (len(list(sentence_tokens(text))) > 1) is cut


@pytest.mark.parametrize("prev,likely,unlikely", [
    ("det", "är", "år"),
    ("tre", "år", "är"),
    ("vi", "har", "här"),
    ("kvinnor", "och", "män"),  # any word: the pair is what a sentence continues with
    (SENT, "det", "att"),
])
def test_context_makes_the_common_pair_likelier(lm, prev, likely, unlikely):
    assert lm.logp(likely, prev) > lm.logp(unlikely, prev)


@pytest.mark.parametrize("prev,likely,unlikely,nxt", [
    ("tre", "rader", "råder", "och"),  # a noun before "och", not a verb
    ("alla", "våra", "vara", "medlemmar"),  # a possessive before a plural noun
])
def test_classes_carry_what_no_word_pair_was_counted_for(lm, prev, likely, unlikely, nxt):
    """Neither word pair of either reading was counted: the word classes (and endings) of the
    neighbours tell."""
    for w in (likely, unlikely):
        assert lm._bi.get(f"{prev} {w}") is None and lm._bi.get(f"{w} {nxt}") is None
    assert lm.logp(likely, prev) + lm.logp(nxt, likely) > lm.logp(unlikely, prev) + lm.logp(nxt, unlikely)


@pytest.mark.parametrize("prev2,prev,likely,unlikely,nxt,nxt2", [
    ("före", "det", "år", "är", "då", "bidraget"),  # "det år då": the bigrams alone prefer "det är"
])
def test_trigrams_tell_what_the_bigrams_cannot(lm, prev2, prev, likely, unlikely, nxt, nxt2):
    def bigrams(w):
        return lm.logp(w, prev) + lm.logp(nxt, w)

    def trigrams(w):
        return lm.window_logps([likely, unlikely], prev2, prev, nxt, nxt2)[w == unlikely]

    assert trigrams(likely) > trigrams(unlikely)
    assert bigrams(likely) < bigrams(unlikely) + 0.5  # (no sure choice for the bigrams: a margin of 10^0.5)


def test_a_trigram_counts_only_where_one_reading_has_it(lm):
    """Where no reading's trigram was counted, the readings are compared by the bigram model, not
    by how much mass each keeps for unseen continuations."""
    words = ["våra", "vara"]
    prev2, prev, nxt, nxt2 = "enligt", "alla", "nyinvandrade", "ledamöter"  # nothing counted
    assert not any(f"{prev2} {prev} {w}" in lm._tri or f"{prev} {w} {nxt}" in lm._tri
                   or f"{w} {nxt} {nxt2}" in lm._tri for w in words)
    assert lm.window_logps(words, prev2, prev, nxt, nxt2) == [lm.logp(w, prev) + lm.logp(nxt, w) for w in words]
    # where one was counted, each reading is scored by the trigram model
    assert "det år då" in lm._tri
    assert lm.window_logps(["år", "är"], None, "det", "då", None) == [
        lm.logp(w, "det") + lm.logp3("då", "det", w) for w in ("år", "är")]


@pytest.mark.parametrize("prev2,prev", [("det", "är"), (SENT, "kommunen"), ("att", "det"), ("ordsomintefinns", "att")])
def test_probabilities_after_two_words_sum_to_about_one(lm, prev2, prev):
    total = sum(10 ** lm.logp3(w, prev2, prev) for w in lm._words.keys())
    assert 0.85 < total < 1.1


@pytest.mark.parametrize("prev", ["det", "att", "kommunen", SENT, "ordsomintefinns"])
def test_probabilities_after_a_word_sum_to_about_one(lm, prev):
    """Over the model's vocabulary (the lexicon's other words hold a little more)."""
    total = sum(10 ** lm.logp(w, prev) for w in lm._words.keys())
    assert 0.85 < total < 1.1


def test_unknown_words_get_a_small_finite_probability(lm):
    lp = lm.logp("qxzvbnkw", "det")
    assert math.isfinite(lp) and lp < -7


def test_built_from_training_documents_only():
    """The held-out Riksdag documents and the OCR'd G40310 were never read into the counts."""
    import riksdag_split

    if not (riksdag_split.RIKSDAG_DIR / "INDEX.tsv").is_file():
        pytest.skip(f"{riksdag_split.RIKSDAG_DIR} not present: the held-out rule cannot be read")
    meta = json.loads((MODELS / LM_META).read_text(encoding="utf-8"))
    trained = set(meta["sources"]["riksdag"])
    assert trained and not trained & set(riksdag_split.heldout_ids())
    assert "G40310" not in trained
    assert meta["heldout_perplexity_bigram"] < meta["heldout_perplexity_unigram"]


def test_the_tuning_fold_is_training_text_held_out_of_the_tuning_model_only():
    import riksdag_split

    if not (riksdag_split.RIKSDAG_DIR / "INDEX.tsv").is_file():
        pytest.skip(f"{riksdag_split.RIKSDAG_DIR} not present")
    fold = set(riksdag_split.tuning_ids())
    assert fold and fold < set(riksdag_split.training_ids())
    assert not fold & set(riksdag_split.heldout_ids())
    shipped = set(json.loads((MODELS / LM_META).read_text(encoding="utf-8"))["sources"]["riksdag"])
    assert fold < shipped  # the shipped model learns from the fold as from all training text


@pytest.mark.slow
def test_a_tuning_model_is_built_without_the_fold_into_a_models_folder(tmp_path):
    import build_lm
    import riksdag_split

    if not (riksdag_split.RIKSDAG_DIR / "INDEX.tsv").is_file():
        pytest.skip(f"{riksdag_split.RIKSDAG_DIR} not present")
    out = tmp_path / "tuning"
    assert build_lm.main(["--tuning", str(out)]) == 0
    meta = json.loads((out / LM_META).read_text(encoding="utf-8"))
    fold = set(riksdag_split.tuning_ids())
    assert not set(meta["sources"]["riksdag"]) & fold and set(meta["heldout"]) == fold
    assert (out / "sv_lexicon.marisa").is_symlink()  # the other model files are the shipped ones
    store = ModelStore(out)
    assert store.lm is not None and store.lm.total < ModelStore(MODELS).lm.total
    # the shipped files are untouched
    assert json.loads((MODELS / LM_META).read_text(encoding="utf-8"))["heldout"] == riksdag_split.heldout_ids()


def test_a_folder_without_a_language_model_repairs_without_context(tmp_path):
    store = ModelStore(tmp_path)
    assert store.lm is None


@pytest.mark.parametrize("broken", [BIGRAMS_FILE, TRIGRAMS_FILE, WORDS_FILE, CLASSES_FILE])
def test_a_broken_model_file_is_named(tmp_path, broken):
    for name in (LM_META, BIGRAMS_FILE, TRIGRAMS_FILE, WORDS_FILE, CLASSES_FILE):
        shutil.copy(MODELS / name, tmp_path / name)
    (tmp_path / broken).write_bytes(b"not a trie")
    with pytest.raises(ModelDataError, match=f"{LM_META}: language model unreadable.*build_lm.py"):
        LanguageModel(tmp_path, ModelStore(MODELS).lexicon)


def test_word_lists_are_checked_when_loaded(tmp_path):
    lists = read_word_lists(MODELS / "sv_context_words.txt")
    assert "vi" in lists["pronouns"] and "kr" in lists["units"]
    bad = tmp_path / "words.txt"
    bad.write_text("# lists\npronouns jag du\n", encoding="utf-8")
    with pytest.raises(ModelDataError, match=r"words.txt:2: expected 'name: word word"):
        read_word_lists(bad)
    bad.write_text("pronouns: jag du\n", encoding="utf-8")
    with pytest.raises(ModelDataError, match="words.txt: word lists missing: adjective_endings"):
        read_word_lists(bad)


def test_next_word_fairly_where_no_pair_was_counted(lm):
    """Where no reading's pair with the next word was counted and the corpus counted every
    reading, each is scored by the class model, not by how much mass it keeps for unseen
    continuations; where a pair was counted, or a reading never was, by the bigram model."""
    words, nxt = ["försvarar", "försvårar"], "arbetet"
    assert all(lm.stats(w)[1] for w in words) and not any(f"{w} {nxt}" in lm._bi for w in words)
    fair = lm.next_logps(words, nxt, fair=True)
    assert fair == [lm._class_logp(nxt, lm.stats(w)[3]) for w in words]
    assert fair != [lm.logp(nxt, w) for w in words]
    assert lm.next_logps(words, nxt) == [lm.logp(nxt, w) for w in words]
    # a counted pair: the bigram model
    assert "det år" in lm._bi or "år då" in lm._bi
    counted = ("år", "då") if "år då" in lm._bi else ("är", "det")
    pair = ["år", "är"]
    assert lm.next_logps(pair, counted[1], fair=True) == [lm.logp(counted[1], w) for w in pair]
    # a reading the corpus never counted as a history: the bigram model
    unseen = ["monster", "mönster"]
    assert lm.stats("monster")[1] == 0
    assert lm.next_logps(unseen, "på", fair=True) == [lm.logp("på", w) for w in unseen]
    # the window takes the same rule where no trigram was counted
    assert lm.window_logps(words, None, "personal", nxt, None, fair=True) == [
        lm.logp(w, "personal") + f for w, f in zip(words, fair)]


# Invented compounds the lexicon lacks, as a damaged page's unknown neighbours.
UNKNOWN_BEFORE = ["lämplighetsprovet", "hamnsamordningsmyndighet", "stödfunktionen"]
UNKNOWN_AFTER = ["simskoleinstruktörer", "båtplatsuthyrningsfrågor", "hembygdsarkivdigitalisering"]


@pytest.mark.parametrize("prev,nxt", list(zip(UNKNOWN_BEFORE, UNKNOWN_AFTER)))
def test_between_two_unknown_words_the_word_after_tells_nothing(lm, prev, nxt):
    """On a damaged page, between two words the lexicon lacks and with no reading counted before
    the next, every reading scores alike on the right: the class model's P(unknown | class) is
    no evidence of this word. Beside a known word before, the class model speaks as before; on
    a clean page the bigram model."""
    words = ["för", "for"]
    assert lm.stats(prev)[3] == UNKNOWN and lm.stats(nxt)[3] == UNKNOWN
    alike = lm.next_logps(words, nxt, fair=True, prev=prev)
    assert alike[0] == alike[1]
    assert lm.next_logps(words, nxt, fair=True, prev="ansvaret") == lm.next_logps(words, nxt, fair=True)
    assert lm.next_logps(words, nxt, fair=True)[0] != lm.next_logps(words, nxt, fair=True)[1]
    assert lm.next_logps(words, nxt, prev=prev) == [lm.logp(nxt, w) for w in words]


@pytest.mark.parametrize("prev,nxt", list(zip(UNKNOWN_BEFORE, UNKNOWN_AFTER)))
def test_the_preposition_between_two_unknown_words(lm, prev, nxt):
    """The context pass's scores (a damaged page) put "för" before the past tense "for" between
    two compounds the lexicon lacks; the rare verb's class, keeping much mass for unknown
    words, won before."""
    from docparse.repair.engine import bigram_scores

    scores = bigram_scores(lm, (("för", 0.0), ("for", 0.0)), prev, nxt, True)
    assert scores[0] > scores[1]


def test_next_word_scores_asked_again_are_kept():
    """The passes ask the same readings before the same word again (the context pass twice,
    the close calls, the window): the answer is kept, and is the one a fresh model gives, for
    each of the two rules (fair or not) apart."""
    model = ModelStore(MODELS).lm
    words, nxt = ["beslutar", "beslutär"], "nämnden"
    first = model.next_logps(words, nxt, fair=True)
    assert model.next_logps(list(words), nxt, fair=True) is first  # kept, not looked up again
    plain = model.next_logps(words, nxt)
    assert plain is not first and plain == [model.logp(nxt, w) for w in words]
    fresh = ModelStore(MODELS).lm
    assert fresh.next_logps(words, nxt, fair=True) == first
