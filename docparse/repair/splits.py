"""Words an OCR engine split in two with a space ("arbet smarknaden", "Mot ionsyrkanden").

A typewriter face's even letter spacing makes Tesseract see a space inside a word now and then.
Two neighbouring pieces on one line are joined where one of them is no word (nor a word after
the word model) and the joined token is a listed word, as read or as the word model repairs it.
Two words stay two words: "för mål" is never "förmål".
"""

from __future__ import annotations

MIN_JOINED = 6  # letters of a joined word (short joins are mostly two real words)
FRAGMENT_LOGF = -5.0  # a two-letter token rarer than this is a piece, not a word ("ml")


def _piece(t, lexicon) -> bool:
    """Is token ``t`` a piece of a word rather than a word: no word as now decided, or a rare
    two-letter token ("ml")? (A token the word model mended is a word: "mea hjalp" is "med
    hjälp", no "medhjälp".)"""
    lf = lexicon.logf(t.current())
    return lf is None or (len(t.text) <= 2 and lf < FRAGMENT_LOGF)


def join_split_words(text: str, tokens: list, repairer) -> list:
    """``tokens`` with each split word's two pieces made one token (its choice the joined
    word, its text the pieces' letters); tokens on clean pages or protected stay as they are."""
    lexicon = repairer.lex
    out = []
    i, n = 0, len(tokens)
    while i < n:
        a = tokens[i]
        b = tokens[i + 1] if i + 1 < n else None
        joined = None
        if (b is not None and a.active and b.active and a.examined and b.examined
                and b.start == a.end + 1 and text[a.end] == " "
                and a.text.isalpha() and b.text.isalpha() and b.text[:1].islower()
                and len(a.text) + len(b.text) >= MIN_JOINED
                and (_piece(a, lexicon) or _piece(b, lexicon))):
            low = a.low + b.low
            if lexicon.logf(low) is not None:
                joined = low
            else:
                choice = repairer.best(low)
                if choice is not None and choice.reason == "lexicon" and lexicon.logf(choice.word) is not None:
                    joined = choice.word
        if joined is None:
            out.append(a)
            i += 1
            continue
        a.end, a.text, a.choice, a.gap = b.end, a.text + b.text, (joined, 1.0, "join"), None
        out.append(a)
        i += 2
    return out
