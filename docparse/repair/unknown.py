"""Unknown tokens no Swedish word could be: judged again with that knowledge.

The word model weighs a token it does not know as an unlisted word (a name, a rare compound)
at a fixed low frequency, so a listed word reached through a rarer misreading ("betadnkandet":
ä read "ad") loses to keeping the token. But the letter-trigram model of Swedish words
(docparse.sv.chars, models/build_charmodel.py) tells a token with a letter sequence Swedish
words do not use; such a token is a misreading far more often than an unlisted word, so here it
counts IMPLAUSIBLE_PENALTY less, and the word model's best listed reading may win. A long
plausible token read once is judged the same way with LONG_SLACK ("jamstalidhetens").
"""

from __future__ import annotations

import re

from docparse.repair.marks import as_compound
from docparse.repair.memo import bounded_put, store_memo
from docparse.repair.neighbours import neighbour_form
from docparse.repair.words import MAX_LETTER_SUBS
from docparse.sv.lexicon import SWEDISH_LETTERS, fold
from docparse.sv.lm import COMMA, NUM, SENT

IMPLAUSIBLE_PENALTY = 2.0  # log10, as the word model's penalty for letter pairs Swedish does not use
MIN_LENGTH = 5  # shorter tokens: too few trigrams to tell
MAX_MEMO = 100_000
# The word model's readings these passes may choose: a listed word, or a compound of listed
# parts (a long token is mostly a compound the lexicon lacks: "studiemedelsnämnderna").
READINGS = ("lexicon", "compound")


def implausible_choice(low: str, repairer, chars) -> str | None:
    """The listed word an unknown, implausible ``low`` is best read as, or None."""
    if len(low) < MIN_LENGTH or not low.isalpha() or chars.plausible(low):
        return None
    ident, ranked = repairer.score_candidates(low, MAX_LETTER_SUBS)
    for score, word, how in ranked:
        if how not in READINGS:
            continue
        if score > ident - IMPLAUSIBLE_PENALTY and chars.plausible(word):
            return word
        break  # only the best listed reading is tried
    else:
        return rare_letter_reading(low, repairer, chars)
    return None


def rare_letter_reading(low: str, repairer, chars) -> str | None:
    """The one listed, plausible word an implausible ``low`` is with one letter read back
    through a confusion too rare for the word model to propose (words.MIN_LETTER_LOGP: "h" for
    "n" in "utredhingen"), when the channel holds it at all and no other letter gives a word;
    None when none or several do. The search the word model found nothing in left out exactly
    these readings; an implausible token is a misreading far more often than a word."""
    inverse = repairer.ch.inverse
    # (letter for letter only: marks and multi-letter units the search proposes)
    return _the_one_word((low[:i] + truth + low[i + 1:]
                          for i, c in enumerate(low) if c.isascii() and c.isalpha()
                          for truth, _lp in inverse.get(c, ())
                          if len(truth) == 1 and truth != c and truth.isascii() and truth.isalpha()),
                         repairer.lex, chars)


def _the_one_word(words, lexicon, chars) -> str | None:
    """The one listed, plausible word among ``words``; None when none or two are (two words as
    near: the text does not tell)."""
    found = None
    for word in words:
        if word != found and lexicon.logf(word) is not None and chars.plausible(word):
            if found is not None:
                return None
            found = word
    return found


# A long unknown token that the text holds once and that no analysis as a compound explains is
# a misreading far more often than an unlisted word: its best listed reading wins unless keeping
# it scores LONG_SLACK better (a token repeated as read is likelier a word of the text's own).
LONG = 14
LONG_SLACK = 1.0


def long_choice(low: str, repairer) -> str | None:
    """The listed word a long unknown ``low`` read once is best read as, or None."""
    ident, ranked = repairer.score_candidates(low, MAX_LETTER_SUBS)
    for score, word, how in ranked:
        if how not in READINGS:
            continue
        if score > ident - LONG_SLACK:
            return word
        break
    return None


def unknown_tokens(tokens, models, repairer) -> None:
    """Hook of the engine: tokens on damaged pages the word model kept as read, no listed word
    and implausible as Swedish, or long and read once, given the best listed reading."""
    chars = models.char_model
    if chars is None:
        return
    lexicon = models.lexicon
    memo = store_memo(models, "implausible tokens")
    todo = []
    seen: dict[str, int] = {}  # how often the text holds each of these tokens as read
    for t in tokens:
        if not t.active or not t.examined or t.choice is not None or not t.text.islower():
            continue  # (a capitalised unknown word is mostly a name)
        low = t.text.lower()
        if len(low) < MIN_LENGTH or lexicon.logf(low) is not None:
            continue
        todo.append((t, low))
        seen[low] = seen.get(low, 0) + 1
    for t, low in todo:
        new = memo.get(low, False)
        if new is False:
            new = bounded_put(memo, low, implausible_choice(low, repairer, chars), MAX_MEMO)
        if new is not None:
            t.choice = (new, 1.0, "implausible")
        elif len(low) >= LONG and low.isalpha() and seen[low] == 1:
            new = long_choice(low, repairer)  # (memoised by the repairer's widest stage)
            if new is not None:
                t.choice = (new, 1.0, "long")


def clean_page_tokens(text: str, tokens, models, repairer) -> None:
    """Hook of the engine: the same judgement on clean pages (the Swedish model's reading, its
    leftovers "eniigt", "utredningén"), with the clean pages' repairer and its channel. Only
    implausible tokens in lower case or opening a sentence ("Utgångspuhkten är"; a capital elsewhere
    is mostly a name's), with or without å/ä/ö (the word model skips a token the engine printed
    marks in: "förvaltnihgen"), not two listed words as read ("skolgårdsträd" is a compound, its
    seam odd), not a word's part before a hyphen (split at a line's end)."""
    chars = models.char_model
    if chars is None:
        return
    lexicon = models.lexicon
    memo = store_memo(models, "implausible tokens of clean pages")
    for t in tokens:
        low = t.text
        new = memo.get(low, False)
        if new is None or t.damaged or t.protected or t.choice is not None:
            continue  # (most tokens: a form judged before, nothing to change)
        if not _judged_on_clean_page(text, t, low):
            continue
        if not low.islower():
            if not (low[0].isupper() and low[1:].islower() and _opens_sentence(text, t.start)):
                continue
            low = low.lower()
            new = memo.get(low, False)
            if new is None:
                continue
        if new is False:
            new = None
            if lexicon.logf(low) is None:
                new = implausible_choice(low, repairer, chars)
                if new is not None and (as_compound(low, lexicon) or (
                        fold(new) == fold(low) and not SWEDISH_LETTERS.isdisjoint(low))):
                    new = None  # (a printed mark read otherwise, and nothing else, is wrong_marks.py's to judge)
            bounded_put(memo, low, new, MAX_MEMO)
        if new is not None:
            t.choice = (new, 1.0, "implausible")


def _judged_on_clean_page(text: str, t, low: str) -> bool:
    """Is a clean page's token ``t`` (read as ``low``) one the two passes judge: long enough, no
    part before a hyphen (split at a line's end), examined by the word model or skipped by it only
    for the marks the engine printed ("förvaltnihgen")?"""
    if len(low) < MIN_LENGTH or text[t.end:t.end + 1] == "-":
        return False
    return t.examined or (low.isalpha() and not SWEDISH_LETTERS.isdisjoint(low.lower()))


# What stands before a sentence's first word: a stop and space on its line, or a blank line.
_SENTENCE_BEFORE = re.compile(r"(?:[.!?:][ \t]+|\n[ \t]*\n[ \t]*)$")


def _opens_sentence(text: str, start: int) -> bool:
    """Does the token at ``start`` open a sentence (or the text)?"""
    before = text[max(0, start - 8):start]
    return bool(_SENTENCE_BEFORE.search(before)) or (start <= 8 and not before.strip())


def counted_readings(text: str, tokens, models) -> None:
    """Hook of the engine (with a language model): an unknown token on a clean page, in lower
    case, that the word model kept and no compound of listed words explains, read as the one
    listed word a single confusion of the channel gives, when the model counted that word
    beside a neighbour word ("godkände budgeteri" -> "budgeten": "ri" read for "n"). The clean pages' margins keep an unknown token as a name or a rare word,
    rightly, unless the words around it were seen with the reading; a foreign passage's words
    are seen with no Swedish neighbour, and a name is capitalised."""
    lm, chars = models.lm, models.char_model
    if lm is None or chars is None:
        return
    lexicon, channel = models.lexicon, models.channels["swe"]
    memo = store_memo(models, "one-confusion readings")
    n = len(tokens)
    for i, t in enumerate(tokens):
        low = t.text
        reading = memo.get(low, False)
        if reading is None or t.damaged or t.protected or t.choice is not None:
            continue  # (most tokens: a form judged before, nothing to change)
        if not low.isalpha() or not low.islower() or not _judged_on_clean_page(text, t, low):
            continue
        if reading is False:
            reading = None
            if lexicon.logf(low) is None and not as_compound(low, lexicon):
                reading = one_confusion_reading(low, channel, lexicon, chars)
            bounded_put(memo, low, reading, MAX_MEMO)
            if reading is None:
                continue
        prev = neighbour_form(text, tokens, i - 1, tokens[i - 1].end if i else 0, t.start)
        nxt = neighbour_form(text, tokens, i + 1, t.end, tokens[i + 1].start if i + 1 < n else len(text))
        if (prev not in _NO_WORD and lm.counted(prev, reading)) or (nxt not in _NO_WORD and lm.counted(reading, nxt)):
            t.choice = (reading, 1.0, "counted")


_NO_WORD = frozenset((SENT, COMMA, NUM))  # the model's marks: a pair with one is no evidence of the word


def one_confusion_reading(low: str, channel, lexicon, chars) -> str | None:
    """The one listed, plausible word ``low`` is with one unit of one to three letters read back
    through any confusion the channel holds (not one of the marks alone: wrong_marks.py's), or
    None when none or several are."""
    inverse, n = channel.inverse, len(low)
    return _the_one_word((low[:i] + truth + low[i + k:]
                          for i in range(n) for k in (1, 2, 3) if i + k <= n and low[i:i + k].isalpha()
                          for truth, _lp in inverse.get(low[i:i + k], ())
                          if truth.isalpha() and fold(truth) != fold(low[i:i + k])),
                         lexicon, chars)
