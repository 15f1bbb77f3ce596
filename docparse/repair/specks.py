"""Short tokens an OCR engine makes of specks, rules and stray strokes between two words ("ska oe
utreda", "vill Rt stärka").

A speck or the end of a rule beside the text is read as a letter or two standing alone. No
reading of such a token is a word of the sentence: it is dropped where the language model
reads its two neighbours as one phrase without it, more likely by a clear margin than with it
(as now decided), the cost of a token put in by noise included. Only a token of at most
``MAX_LETTERS`` on a damaged page, between two words on one line with a single space on each
side (no punctuation: "bl. a.", "s. 12" stay), whose reading the language model's corpus holds
as a word hardly ever, and which the word model changed or which is in mixed case (a token kept
as read in lower case may be a name or a command, "kör rm sedan"; in capitals, an acronym).
"""

from __future__ import annotations

from docparse.sv.lm import normalise as lm_form

MAX_LETTERS = 2
# How often a reading may stand as a word in the language model's corpus (about a million words
# of Riksdag and SUC text) and still be noise: a letter or two that running Swedish never
# writes alone ("ac", "og", "rs"); "ut", "ej", "ge", "se" and "n" (as in "n:r") are far commoner.
MAX_CORPUS_COUNT = 5
# log10 P(a short token of noise between two words): the English model's reading puts in about
# as many tokens as it loses spaces (splits.SPACE_LOGP).
NOISE_LOGP = -2.9
MARGIN = 1.0  # log10: how much likelier the phrase without the token must be


def speck_tokens(text: str, tokens: list, models) -> list:
    """Hook of the engine, after the context passes: ``tokens`` without the short tokens of
    noise between two words (each dropped token's span joins the space before it: the edit
    removes it with that space)."""
    lm = models.lm
    if lm is None:
        return tokens
    out: list = []
    n = len(tokens)
    for i, t in enumerate(tokens):  # (a list of the tokens kept: a dropped one is no neighbour)
        if (0 < i < n - 1 and len(t.text) <= MAX_LETTERS and t.active and t.examined
                and text[t.start - 1] == " " and text[t.end] == " "):
            a, b = out[-1] if out else tokens[i - 1], tokens[i + 1]
            cur = t.current()
            if (a.end == t.start - 1 and b.start == t.end + 1 and a.active and b.active
                    and a.text[-1:].isalpha() and b.text[:1].isalpha() and (t.choice is not None or not (t.text.islower() or t.text.isupper()))
                    and lm.stats(lm_form(cur))[0] <= MAX_CORPUS_COUNT):
                pa, nb = lm_form(a.current()), lm_form(b.current())
                word = lm_form(cur)
                kept = lm.logp(word, pa) + lm.logp(nb, word)
                dropped = lm.logp(nb, pa) + NOISE_LOGP
                if dropped - kept > MARGIN:
                    # the token and the space before it become an empty choice on the span
                    t.start -= 1
                    t.choice = ("", round(dropped - kept, 3), "speck")
        out.append(t)
    return out
