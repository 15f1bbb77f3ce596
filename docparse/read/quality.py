"""How far a page's text is plausible Swedish: decides, per page, text layer or OCR.

A PDF's text layer can be poor in several ways, each told by its own signal:
- too little of it (a page number on a scanned page),
- private-use or replacement characters (glyphs with no Unicode meaning),
- a broken font map: letters mapped to others or dropped ("protokojjet", "bgsluagr", "tll"), so
  many words are spelled with letter sequences Swedish does not use (a letter-trigram model of
  Riksdag text, docparse.sv.chars) and are in no lexicon,
- earlier OCR's nonsense: a low share of known words,
- an OCR model without å/ä/ö: Swedish with none over a long stretch.
A broken font map belongs to a font, which its document's pages share: when most pages of a
document are judged poor, the rest are OCR'd too (their words may just have missed the broken
letters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"\w+")
# Below this share of plausible words a PDF text layer is treated as poor (earlier bad OCR,
# broken font encoding) and the page is OCR'd. Clean Swedish prose scores 0.9 and more;
# text from a non-Swedish OCR model (å/ä/ö lost: "Socialnimnden", "6verens") scores well below.
POOR_TEXT_SHARE = 0.75
# A text layer with fewer letters than this is no text layer (a page number, a stamp).
MIN_LETTERS = 40
# Swedish prose has 3-6 % å/ä/ö among its letters; text from an OCR model without them has
# none, yet most of its words still look like words ("for", "star"). A text that is not
# quite clean and has (almost) no å/ä/ö over a long stretch is such text.
NO_DIACRITICS_SHARE = 0.97
MIN_DIACRITIC_RATE = 0.005
MIN_LETTERS_FOR_RATE = 200
# Misspelled words (letter sequences Swedish does not use, in no lexicon): held-out Riksdag
# text has 0.7 % of its words so, 99 % of its 300-word stretches under 4 %
# (models/build_charmodel.py); a font map that breaks even one common letter gives far more.
MISSPELT_SHARE = 0.06
MIN_JUDGED = 15  # fewer words than this are too few to judge by share
MIN_MISSPELT = 3  # distinct misspelt words: two odd names on a short page are no broken font
# Addresses are no words: their letters are judged by no model.
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+", re.I)
# A word glued to a number ("lärare24", "7.1Ökade": a table of contents) is judged as the word.
_GLUED = re.compile(r"^(?:\d+([^\W\d_]{2,})|([^\W\d_]{2,})\d+)$")
# Characters with no meaning as text: private use (an unmapped symbol font), U+FFFD. A few
# are bullets (Word writes its symbol-font bullet as U+F0B7); a font with no map gives many.
ODD_SHARE = 0.05
_ODD = re.compile("[\ufffd\ue000-\uf8ff]")
_DIACRITICS = re.compile("[åäöÅÄÖ]")
# When at least this share of a document's judged pages are poor, its font maps are broken.
DOCUMENT_SHARE = 0.5


@lru_cache(maxsize=1)
def _zipf():
    from wordfreq import zipf_frequency

    return zipf_frequency


@lru_cache(maxsize=65536)
def is_known(word: str) -> bool:
    """True for a word in wordfreq's Swedish or English list, or a compound of two Swedish words."""
    zipf = _zipf()
    w = word.lower()
    if zipf(w, "sv") > 0 or zipf(w, "en") > 0:
        return True
    return _is_compound(w)


@lru_cache(maxsize=65536)
def _is_compound(w: str) -> bool:
    # Swedish writes compounds as one word ("partnerskapsavtalet"); most are not listed.
    zipf = _zipf()
    if len(w) >= 7:
        for i in range(3, len(w) - 2):
            head, tail = w[:i], w[i:]
            if zipf(tail, "sv") > 0 and (zipf(head, "sv") > 0 or (head.endswith("s") and zipf(head[:-1], "sv") > 0)):
                return True
    return False


def word_share(text: str, *, sample: int = 400) -> tuple[float, int]:
    """(share of plausible words, number of words judged) over the first ``sample`` words.

    Words are runs of letters of length >= 2; a run mixing letters and digits ("6verens",
    "1ab") counts as implausible, a pure number is not judged.
    """
    judged = good = 0
    for m in _TOKEN.finditer(_ADDRESS.sub(" ", text)):
        tok = m.group(0)
        if tok.isdigit() or len(tok) < 2:
            continue
        judged += 1
        glued = _GLUED.match(tok)
        if glued:
            tok = glued.group(1) or glued.group(2)
        if tok.isalpha() and is_known(tok):
            good += 1
        if judged >= sample:
            break
    return (good / judged if judged else 0.0), judged


def _models():
    """The lexicon and the letter-trigram model (None when its file is missing: that signal rests),
    of the model folder configured now (the store caches them)."""
    from docparse.models import store_for

    store = store_for()
    return store.lexicon, store.char_model


def misspelt_share(text: str, *, sample: int = 400) -> tuple[float, int, list[str]]:
    """(share of misspelt words, words judged, a few of them) over the first ``sample`` words
    the letter-trigram model judges (docparse.sv.chars.CharModel.implausible). Misspelt: a letter
    sequence Swedish words do not use, and in no lexicon; a capitalised word wordfreq knows is a name."""
    lexicon, chars = _models()
    if chars is None:
        return 0.0, 0, []

    def known(w: str) -> bool:
        low = w.lower()
        return (lexicon.code(low) is not None or lexicon.code(w) is not None or _is_compound(low)
                or (w[0].isupper() and is_known(w)))

    judged, bad = chars.implausible(_ADDRESS.sub(" ", text), sample=sample, known=known)
    return (len(bad) / judged if judged else 0.0), judged, bad


def _too_little(text: str) -> bool:
    return sum(map(str.isalpha, text)) < MIN_LETTERS


@dataclass
class Judgement:
    poor: bool
    reason: str = ""  # why, for the page's warning ("broken font map: 41 % of words misspelt")


def judge(text: str) -> Judgement:
    """Is a page's text too short or too implausible to trust, and why."""
    letters = sum(map(str.isalpha, text))
    if letters < MIN_LETTERS:
        return Judgement(True, "no text layer" if not text.strip() else f"too little text ({letters} letters)")
    odd = len(_ODD.findall(text))
    if odd > ODD_SHARE * letters:
        return Judgement(True, f"{odd} characters with no meaning as text (private-use or replacement)")
    share, judged, bad = misspelt_share(text)
    if judged >= MIN_JUDGED and share >= MISSPELT_SHARE and len(set(bad)) >= MIN_MISSPELT:
        return Judgement(True, f"broken font map: {share:.0%} of words misspelt, e.g. {', '.join(bad[:3])}")
    share, judged = word_share(text)
    if judged >= 5 and share < POOR_TEXT_SHARE:
        return Judgement(True, f"{1 - share:.0%} of words not Swedish")
    if share >= NO_DIACRITICS_SHARE or letters < MIN_LETTERS_FOR_RATE:
        return Judgement(False)
    if len(_DIACRITICS.findall(text)) / letters < MIN_DIACRITIC_RATE:
        return Judgement(True, f"no å/ä/ö in {letters} letters of Swedish")
    return Judgement(False)


def is_poor(text: str) -> bool:
    """True when a page's text is too short or too implausible to trust."""
    return judge(text).poor


def poor_pages(texts: list[str], drawn: list[bool] | None = None) -> dict[int, str]:
    """The pages (0-based) of one document whose text layer is poor, each with why. A page with
    too few words to judge alone is poor when most judged pages of its document are (their font
    maps are the same fonts'). A page with little text is poor unless ``drawn`` says it holds
    nothing OCR could read beyond its text (no image, no text drawn as outlines): a blank page
    or a born-digital document's short last page."""
    verdicts = [judge(t) for t in texts]
    poor = {i: v.reason for i, v in enumerate(verdicts)
            if v.poor and not (drawn is not None and not drawn[i] and _too_little(texts[i]))}
    judged = [i for i, t in enumerate(texts) if sum(map(str.isalpha, t)) >= MIN_LETTERS]
    bad = [i for i in judged if i in poor]
    if len(bad) >= 2 and len(bad) >= DOCUMENT_SHARE * len(judged):
        for i in judged:
            poor.setdefault(i, f"the document's text layer is poor on {len(bad)} of {len(judged)} pages "
                               "(broken font maps span its pages)")
    return poor
