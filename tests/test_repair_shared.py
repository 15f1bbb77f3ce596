"""The helpers the repair passes share: a neighbour as the language model sees it, and the
bounded memos."""


from docparse.repair.engine import TOKEN, Token
from docparse.repair.memo import bounded_put, per_lexicon
from docparse.repair.neighbours import form, neighbour, neighbour_form
from docparse.sv.lm import COMMA, SENT


def _tokens(text):
    return [Token(m.start(), m.end(), m.group(), True) for m in TOKEN.finditer(text)]


def test_neighbours_as_the_model_reads_them():
    text = "Nämnden beslutar, efter samråd. Ärendet går vidare"
    toks = _tokens(text)
    sep = lambda i: (toks[i].end, toks[i + 1].start)  # noqa: E731
    assert neighbour(text, toks, -1, 0, toks[0].start) == SENT  # the text's start
    assert neighbour_form(text, toks, 2, *sep(1)) == COMMA  # "beslutar, efter"
    assert neighbour_form(text, toks, 4, *sep(3)) == SENT  # "samråd. Ärendet"
    assert neighbour(text, toks, 3, *sep(2)) is toks[3]  # no mark between: the token itself
    assert neighbour_form(text, toks, len(toks), toks[-1].end, len(text)) == SENT  # the text's end
    toks[3].choice = ("samrad", 1.0, "test")
    assert form(toks[3]) == neighbour_form(text, toks, 3, *sep(2)) == "samrad"  # as now decided


def test_bounded_memo_starts_over_when_full():
    memo = {}
    for i in range(4):
        assert bounded_put(memo, i, str(i), 3) == str(i)
    assert memo == {0: "0", 1: "1", 2: "2", 3: "3"}
    bounded_put(memo, 4, "4", 3)
    assert memo == {4: "4"}


def test_per_lexicon_memo_is_kept_per_object_and_renewed_when_full():
    class Lex:
        def __init__(self):
            self.memos = {}

    a, b = Lex(), Lex()
    memo = per_lexicon("pass", a, 2)
    memo.update(x=1, y=2)
    assert per_lexicon("pass", a, 2) is memo and per_lexicon("pass", b, 2) == {}
    assert per_lexicon("other pass", a, 2) == {} and per_lexicon("pass", a, 2) is memo
    memo["z"] = 3
    assert per_lexicon("pass", a, 2) == {}
