"""Properties of repair on generated text: never crashes, idempotent, spans valid, undo exact."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from docparse.repair import repair, undo
from docparse.models import store_for
from docparse.repair.model import load
from docparse.sv.lexicon import FOLD

# Correct Swedish words (in the lexicon), some with å/ä/ö, some that have a more common
# å/ä/ö twin (for/för, har/här) so a careless repair would be tempted.
CORRECT = (
    "och att det som en på är för med har av till den inte om ett men var sig så kan de vi ska "
    "nämnden förvaltningen beslut ärendet år män stöd råd mål hälsa möjlighet överens lösningar "
    "står röda socialnämnden kommunen barn unga vuxna uppdrag avtal partnerskap föreningen "
    "förslag godkänna säkerställa insatser målgruppen samverkan verksamhet ansvar också även"
).split()
# The correct words above that another word differs from only by å/ä/ö (år/är, har/här).
TWINS = frozenset(w for w in CORRECT if len(store_for().lexicon.by_key(w.translate(FOLD))) > 1)
# What an English OCR model makes of Swedish, plus digits, marks and junk.
DAMAGED = (
    "Socialnimnden 6verens 16sningar stér Réda 1 uppdrag mdjlighet for ar pa ma mal fran nar "
    "dr Forvaltningen férslag godkdnna & | 4r 2022 802400-1003 bl.a. dnr www.x.se a@b.se"
).split()
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", ", ", ". ", "\f", "\n\n", " - ", "\t"])

words = st.lists(st.sampled_from(CORRECT + DAMAGED), min_size=0, max_size=40)
mixed_text = st.builds(
    lambda ws, seps: "".join(w + s for w, s in zip(ws, seps)),
    words,
    st.lists(SEPARATORS, min_size=40, max_size=40),
)
any_text = st.one_of(mixed_text, st.text(max_size=200), st.text(alphabet="aäåöoé61l|&\n\f .", max_size=120))

SETTINGS = settings(max_examples=int(__import__("os").environ.get("REPAIR_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def setup_module():
    load()


@SETTINGS
@given(any_text)
def test_never_crashes_and_spans_are_within_text(text):
    res = repair(text)
    assert res.text.count("\f") == text.count("\f")
    assert res.text.count("\n") == text.count("\n")
    for e in res.edits:
        assert 0 <= e.start <= e.end <= len(res.text)
        assert 0 <= e.orig_start <= e.orig_end <= len(text)
        assert res.text[e.start : e.end] == e.replacement
        assert text[e.orig_start : e.orig_end] == e.original
        assert 0 <= res.offsets.to_source(e.start) <= len(text)


@SETTINGS
@given(any_text)
def test_undo_rebuilds_the_input(text):
    res = repair(text)
    assert undo(res.text, res.edits) == text


@example("&a/ä")  # a short text whose last mark the context model took: then read as damaged
@example("6é")  # a lone word: no context to overrule a Swedish reading with
@SETTINGS
@given(any_text)
def test_idempotent(text):
    once = repair(text).text
    assert repair(once).text == once


@SETTINGS
@given(st.lists(st.sampled_from(CORRECT), min_size=1, max_size=60), st.lists(SEPARATORS.filter(lambda s: s != "\f"), min_size=60, max_size=60))
def test_never_changes_correct_words_in_swedish_text(ws, seps):
    # A page of correct Swedish carries its å/ä/ö; prefix one sentence so even a short
    # sample reads as such, then no correct lexicon word may change.
    text = "Nämnden föreslår att förvaltningen får stöd för målgruppen i år. " + "".join(
        w + s for w, s in zip(ws, seps))
    res = repair(text)
    # Random word soup is not always correct Swedish: "det år också" is a Swedish model's
    # misreading of "det är också", and the language model may put the twin back. Nothing
    # else may change: no word without an å/ä/ö twin, and a twin only into its twin, by context.
    for e in res.edits:
        assert e.reason == "context:lm", (e.original, e.replacement, e.reason)
        assert e.original.lower() in TWINS and e.replacement.translate(FOLD) == e.original.translate(FOLD)
