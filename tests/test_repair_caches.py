"""Repair's shortcuts for speed give the answers of the plain computation they stand for:
the adapted confusion channel built row by row, the word model's stages answered from one
search, prefix tests answered by the trie of key prefixes, and decisions made with caches
warmed by other texts."""

import copy
import gc

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docparse.models import ModelStore, models_dir, store_for
from docparse.repair import repair
from docparse.repair.words import DAMAGED, MAX_LETTER_SUBS, WordRepairer
from docparse.sv.confusions import adapted, channel_from_counts
from docparse.sv.lexicon import FOLD, NO_ENTRIES, Lexicon, fold

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CHANNEL = store_for().channels["eng"]
TRUTHS = sorted(CHANNEL.counts) + ["ü", "zz"]  # the table's truths, and two it lacks
OCR_UNITS = sorted({o for row in CHANNEL.counts.values() for o in row}) + ["qq"]

evidence = st.dictionaries(st.tuples(st.sampled_from(TRUTHS), st.sampled_from(OCR_UNITS)),
                           st.sampled_from([0.5, 1.0, 3.2, 6.4, 64.0]), min_size=1, max_size=5)


def _rebuilt(observed: dict, weight: float):
    """The adapted channel the plain way: the whole table normalised anew."""
    rows = {t: dict(r) for t, r in CHANNEL.counts.items()}
    for (truth, ocr), n in observed.items():
        row = rows.setdefault(truth, {})
        row[ocr] = row.get(ocr, 0.0) + weight * n
    return channel_from_counts(CHANNEL.engine, rows, CHANNEL.vouched)


@SETTINGS
@given(evidence)
def test_adapted_channel_is_the_table_normalised_anew(observed):
    fast, plain = adapted(CHANNEL, observed, 100.0), _rebuilt(observed, 100.0)
    assert fast.counts == plain.counts and fast.vouched == plain.vouched
    assert fast.logp == plain.logp and fast.proposable == plain.proposable
    assert fast.inverse == plain.inverse  # lists compared in order: the search meets readings so


@SETTINGS
@given(evidence)
def test_adapting_leaves_the_tables_channel_as_it_was(observed):
    # The adapted channel shares the rows and readings the evidence does not touch.
    before = copy.deepcopy((CHANNEL.counts, CHANNEL.logp, CHANNEL.proposable, CHANNEL.inverse))
    adapted(CHANNEL, observed, 100.0)
    assert (CHANNEL.counts, CHANNEL.logp, CHANNEL.proposable, CHANNEL.inverse) == before


LEXICON = store_for().lexicon
# The same tries without the trie of key prefixes: prefix tests iterate the keys.
ITERATING = Lexicon(LEXICON._lex, LEXICON._acc, LEXICON._keys_trie, LEXICON.classes, LEXICON.letter_pairs)
KEYS = [k for i, k in enumerate(LEXICON._keys_trie.iterkeys()) if i % 997 == 0]


@SETTINGS
@given(st.one_of(st.text(alphabet="abdefiklmnorstuvé", max_size=12),
                 st.tuples(st.sampled_from(KEYS), st.integers(0, 40), st.text(alphabet="aeoqx", max_size=2))
                 .map(lambda kc: kc[0][: kc[1]] + kc[2])))
def test_prefix_tests_answer_as_iterating_the_keys(prefix):
    assert LEXICON._prefixes is not None  # (the folder has the trie of key prefixes)
    assert LEXICON.viable(prefix) == ITERATING.viable(prefix)


def test_a_folder_without_the_prefix_trie_iterates_the_keys(tmp_path):
    import shutil

    from docparse.sv.lexicon import read_lexicon

    for name in ("sv_lexicon.json", "sv_lexicon.marisa", "sv_accents.marisa", "sv_keys.marisa"):
        shutil.copy(models_dir() / name, tmp_path / name)
    older = read_lexicon(tmp_path)
    assert older._prefixes is None
    for prefix in ("", "forvaltnin", "forvaltningen", "forvaltningenqx", "qxqx", KEYS[3]):
        assert older.viable(prefix) == LEXICON.viable(prefix)


def test_prefix_tests_know_where_keys_end():
    assert LEXICON.viable("") and LEXICON.viable("forvaltnin") and LEXICON.viable("forvaltningen")
    assert not LEXICON.viable("forvaltningenqx") and not LEXICON.viable("qxqx")


# Tokens as an English OCR model prints Swedish words: misread signs among plain letters.
tokens = st.text(alphabet="abdefiklmnorstuvé64&", min_size=1, max_size=14)


@SETTINGS
@given(tokens)
def test_one_search_answers_every_stage(tok):
    models = store_for()
    r = WordRepairer(models.lexicon, CHANNEL, DAMAGED, models.letter_pairs)
    r._stage_variants(tok, MAX_LETTER_SUBS)
    for stage in range(MAX_LETTER_SUBS + 1):
        staged = r.variants(tok, stage)
        r._staged = None
        alone = r.variants(tok, stage)
        r._stage_variants(tok, MAX_LETTER_SUBS)
        assert list(staged.items()) == list(alone.items())


@SETTINGS
@given(tokens)
def test_the_joins_question_is_answered_as_by_the_full_search(tok):
    # has_listed_reading ends its search at the first key a lexicon entry folds to: the answer
    # of the full search's keys, at every stage.
    models = store_for()
    r = WordRepairer(models.lexicon, CHANNEL, DAMAGED, models.letter_pairs)
    for stage in range(MAX_LETTER_SUBS + 1):
        full = any(models.lexicon.by_key(key) for key in r.variants(tok, stage))
        assert r.has_listed_reading(tok, stage) == full


@SETTINGS
@given(tokens)
def test_the_joins_question_asked_first_is_answered_as_by_the_full_search(tok):
    # asked of a token no search has met (its options made as its walk reaches them), the
    # answer is the full search's, made by a repairer of its own
    models = store_for()
    first = WordRepairer(models.lexicon, CHANNEL, DAMAGED, models.letter_pairs)
    full = WordRepairer(models.lexicon, CHANNEL, DAMAGED, models.letter_pairs)
    for stage in range(MAX_LETTER_SUBS + 1):
        assert first.has_listed_reading(tok, stage) == any(models.lexicon.by_key(key) for key in full.variants(tok, stage))


def test_the_joins_question_finds_listed_readings():
    models = store_for()
    r = WordRepairer(models.lexicon, CHANNEL, DAMAGED, models.letter_pairs)
    assert r.has_listed_reading("forvaltningen", 1)  # förvaltningen, its marks lost
    assert not r.has_listed_reading("qxqxqxqx", 1)


TEXTS = [
    "Nimnden beslutade att ga vidare med forslaget om 6ppettider for biblioteket.",
    "Kommunstyrelsen &r ansvarig for uppféljningen och ska rapportera fore arets slut.",
    "Det ar viktigt att man far stod i skolan, sa att alla barn kan na malen.",
    "Forvaltningen foreslar att namnden godkanner redovisningen av arbetsmiljéarbetet.",
]


def test_decisions_do_not_depend_on_what_was_repaired_before():
    # Each text in a store of its own (every cache empty) and then all in one store, in
    # reverse order (caches warmed by the other texts): the same repairs.
    alone = [repair(t, models=ModelStore(models_dir())) for t in TEXTS]
    shared = ModelStore(models_dir())
    together = [repair(t, models=shared) for t in reversed(TEXTS)][::-1]
    for a, b in zip(alone, together):
        assert a.text == b.text and a.edits == b.edits
    assert any(a.edits for a in alone)  # the texts give repair something to do


def test_repair_leaves_the_garbage_collector_as_it_found_it():
    # Repair holds the cyclic collector off while it runs (its search branches form no
    # cycles): it must give it back on, or leave it off for a caller that turned it off.
    was = gc.isenabled()
    try:
        gc.enable()
        first = repair(TEXTS[0])
        assert gc.isenabled()
        gc.disable()
        assert repair(TEXTS[0]).text == first.text
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


PLAIN_FOLD = str.maketrans("åäö", "aao")  # the fold as a mapping of the three letters


@SETTINGS
@given(st.text(alphabet=st.sampled_from("aåäöÅÄÖeéoz6&@ —’\u0100\u2013"), max_size=20) | st.text(max_size=20))
def test_the_fold_folds_as_the_plain_mapping(word):
    # FOLD (a table by code point) and fold() (three replaces) give str.maketrans's fold:
    # å/ä/ö to a/a/o, every other character (capitals, signs, beyond Latin-1) as it is.
    assert word.translate(FOLD) == fold(word) == word.translate(PLAIN_FOLD)


@SETTINGS
@given(st.one_of(st.sampled_from(KEYS), st.text(alphabet="abdefiklmnorstuv", min_size=1, max_size=8)))
def test_entries_of_a_key_are_the_plain_lookups(key):
    # by_key() (memoised, one shared empty answer) lists the words of the word trie and the
    # accent index that fold to the key, as the tries themselves answer.
    fresh = Lexicon(LEXICON._lex, LEXICON._acc, LEXICON._keys_trie, LEXICON.classes, LEXICON.letter_pairs)
    plain = ([key] if LEXICON._lex.get(key) else []) + [
        w for v in LEXICON._acc.get(key) or [] for w in v.decode("utf-8").split(" ")]
    assert fresh.by_key(key) == plain and LEXICON.by_key(key) == plain
    assert all(fold(w) == key for w in plain)
    assert NO_ENTRIES == []  # (shared by every key with no entry: never written to)


def test_a_compound_analysis_leaves_nothing_to_the_collector():
    # Its memo and parts are freed when it returns (no reference cycle holds them): repair
    # defers the collector while it runs, and cyclic garbage would pile up till then.
    repairer = WordRepairer(LEXICON, CHANNEL, DAMAGED, LEXICON.letter_pairs)
    was = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        assert repairer.compound("arbetsmarknadsutskottet", 1) is not None
        assert repairer.compound("bostadsbidragsregler", 0) is not None
        assert gc.collect() == 0
    finally:
        (gc.enable if was else gc.disable)()


# Invented text read without å/ä/ö: listed words, unlisted runs, a number, words repeated (the
# memo's hits), a word in capitals and one of five letters or more beside another.
JUDGED_TEXT = ("Styrelsen for Grasvikens bygdeforening beslutade den 4 mars att ansoka om bidrag. "
               "Bygdeforeningen vill rusta stugan och STUGAN far nytt tak. Ansokan skickas till "
               "kulturnamnden i Grasviken, och kulturnamnden i Grasviken svarar fore sommaren. xqvrt bidrag.")


def _captured(text: str, store):
    """The tokens of ``text`` as the engine's passes after the joins see them (the word
    passes' list is made from those), captured from a repair."""
    from docparse.repair import engine

    seen = []
    plain = engine._judged

    def capture(tokens, lexicon):
        seen.append(list(tokens))
        return plain(tokens, lexicon)

    engine._judged = capture
    try:
        repair(text, models=store)
    finally:
        engine._judged = plain
    return seen[0]


def test_the_tokens_the_word_passes_judge_are_the_plain_selection():
    from docparse.repair.engine import _judged

    store = ModelStore(models_dir())
    tokens = _captured(JUDGED_TEXT, store)
    lexicon = store.lexicon
    plain = [t for t in tokens if t.examined and t.damaged and not t.protected
             and (t.choice is not None or lexicon.logf(t.text.lower()) is None)]
    assert any(t.choice is None for t in plain) and any(t.choice is not None for t in plain)
    assert _judged(tokens, lexicon) == plain  # (the memo filled by the repair: its hits)
    for t in tokens:
        t.choice = None  # as read: the memo's answers for every form, asked again
    plain = [t for t in tokens if t.examined and t.damaged and not t.protected
             and lexicon.logf(t.text.lower()) is None]
    assert _judged(tokens, lexicon) == plain


def test_close_calls_count_the_pairs_of_the_plain_count():
    from docparse.repair.closecalls import MIN_PAIR_WORD, _pairs
    from docparse.repair.neighbours import neighbour_form

    store = ModelStore(models_dir())
    tokens = _captured(JUDGED_TEXT, store)
    plain: dict = {}
    for i in range(1, len(tokens)):
        prev = neighbour_form(JUDGED_TEXT, tokens, i - 1, tokens[i - 1].end, tokens[i].start)
        if len(prev) >= MIN_PAIR_WORD and prev.isalpha():
            plain[(prev, tokens[i].current())] = plain.get((prev, tokens[i].current()), 0) + 1
    assert plain and max(plain.values()) >= 2  # ("kulturnamnden i" twice)
    assert _pairs(JUDGED_TEXT, tokens) == plain
