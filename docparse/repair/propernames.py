"""Names keep their letters: a surname after a given name ("Yusuf Lnad", "Ronja Wiik") and a place
before "kommun" or "stad" ("Vasterlida kommun") are names, whose spellings no lexicon lists. Repair
may put their lost å/ä/ö back ("Vasteras" becomes "Västerås") but changes no
other letter: a reading of such a token through another word ("Lnad" as "Lånad", "Wiik" as
"Wijk") is dropped after every pass has decided.
"""

from __future__ import annotations

import itertools
import re

from docparse.errors import ModelDataError
from docparse.repair.context import MAX_RARER, OBJECT_START, real_twins
from docparse.repair.shortwords import COMMON_LOGF
from docparse.sv import names as names_data
from docparse.sv.lexicon import fold
from docparse.sv.lm import SENTENCE_END
from docparse.sv.names import PARTICLES, is_given_name, is_known_surname

# A token of letters alone: OCR left no sign for a letter in it.
_LETTERS_ONLY = re.compile(r"[A-Za-zÅÄÖåäö]+(?:-[A-Za-zÅÄÖåäö]+)*")
# A politician's party after a name: "(s)", "(KD)", "(MP)".
_PARTY_MARK = re.compile(r"[ \t]?\([A-Za-zÅÄÖåäö]{1,3}\)")
# The words a place's name stands before: "Exeby kommun", "Exeby stads", "Exeby län".
_PLACE_KINDS = frozenset({"kommun", "kommuns", "stad", "stads", "län", "läns", "lan", "lans"})


def proper_names(text: str, tokens, models, repairer) -> None:
    """Hook of the engine, after every other pass: names keep their letters, given names get
    their marks back; judged by the store's name model (none in the folder: nothing done)."""
    try:
        names_data.use(models.names)  # the same data the people extractor reads
    except ModelDataError:
        return
    keep_proper_names(text, tokens)
    keep_name_particles(text, tokens, models.lexicon)
    restore_given_names(text, tokens, models.lexicon)
    keep_proper_nouns(text, tokens, models, repairer)


def keep_proper_names(text: str, tokens) -> None:
    """Drop each capitalised token's choice that changes more than its marks, where the token
    follows a given name or precedes a place's kind word on the same line."""
    for i, t in enumerate(tokens):
        if t.choice is None or not t.text[:1].isupper():
            continue
        if not _LETTERS_ONLY.fullmatch(t.text) or fold(t.choice[0]) == fold(t.text.lower()):
            continue  # a sign read for a letter ("Malm6", "Westerbérg") is put right; or only its å/ä/ö put back
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        after_given = (prev is not None and text[prev.end:t.start] == " " and prev.text[:1].isupper()
                       and (any(is_given_name(w) for w in _forms(prev)) or _PARTY_MARK.match(text, t.end)))
        before_place = nxt is not None and text[t.end:nxt.start] == " " and nxt.text.lower() in _PLACE_KINDS
        if after_given or before_place:
            t.choice = None


def keep_proper_nouns(text: str, tokens, models, repairer) -> None:
    """A capitalised word read without its marks on a damaged page whose å/ä/ö twins hold one
    proper noun of the dictionary (models/sv_proper.txt: "Mälaren", beside the common noun
    "målaren") is that name where a capital means one: in mid-sentence, after a word in small
    letters (Swedish capitalises no common noun there); elsewhere (a sentence's first word) it
    keeps the name where the word model read it so and context alone took it away."""
    proper: frozenset[str] | None = None  # read at the first token that may need it
    lexicon = models.lexicon
    for i, t in enumerate(tokens):
        tok = t.text
        if not tok[:1].isupper() or len(tok) < 3 or not tok[1:].islower() or not tok.isascii() or not tok.isalpha():
            continue  # (the cheapest tests first: this runs over every token)
        if not t.damaged or t.protected:
            continue
        low = tok.lower()
        cur = t.current()
        if fold(cur) != low:
            continue  # a reading that changed more than marks
        if proper is None:
            proper = models.proper_nouns
        if not proper or cur in proper:
            continue  # (no list in the models folder), or a name already
        # (a name far rarer than the word read is no real choice: "Ska" opening a sentence
        # whose stop OCR lost is no "Skå")
        names = [w for w in real_twins(cur, lexicon, MAX_RARER, keep=low if lexicon.logf(low) is not None else None)
                 if w in proper]
        if len(names) != 1:
            continue
        name = names[0]
        if not _mid_sentence(text, tokens, i):
            first = repairer.best(low)
            if (first.word if first is not None else low) != name:
                continue  # the word model read another word: context need not have erred
        t.choice = None if name == low else (name, 1.0, "proper-noun")


def _mid_sentence(text: str, tokens, i: int) -> bool:
    """Whether token ``i`` follows a word in small letters in the same sentence and paragraph."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    between = text[prev.end:tokens[i].start]
    return prev.text[:1].islower() and prev.text.isalpha() and "\n\n" not in between \
        and SENTENCE_END.search(between) is None


def keep_name_particles(text: str, tokens, lexicon) -> None:
    """A surname's particle as read in small letters before a capitalised word ("van Gogh")
    keeps its letters where its marked twin is no common word ("vän", "vån"): such a word
    stands before a capitalised one only before a given name ("min vän Anna") or after a
    determiner, neither of which is there. Twins among the commonest words ("då", "där") are
    left to context: "då Stockholm" is Swedish."""
    for i, t in enumerate(tokens[:-1]):
        if t.choice is None or t.text not in PARTICLES or fold(t.choice[0]) != t.text:
            continue
        if (lexicon.logf(t.choice[0]) or -99.0) >= COMMON_LOGF:
            continue
        nxt = tokens[i + 1]
        if text[t.end:nxt.start] != " " or not (nxt.text[:1].isupper() and nxt.text[1:].islower() and nxt.text.isalpha()):
            continue
        if is_given_name(nxt.text) or (i > 0 and tokens[i - 1].current() in OBJECT_START):
            continue
        t.choice = None


def _forms(token) -> tuple[str, ...]:
    """The token as read and as decided ("Par" read, "Pär" decided)."""
    return (token.text,) if token.choice is None else (token.text, token.choice[0].capitalize())


# What OCR without Swedish letters leaves of them, and what each may have been.
_MARKED = {"a": "aåä", "o": "oö", "A": "AÅÄ", "O": "OÖ"}
_MAX_MARKABLE = 4  # letters of a name tried with their marks (3**4 spellings at most)


def restore_given_names(text: str, tokens, lexicon) -> None:
    """A given name read without its marks before a capitalised surname on a damaged page ("Par
    Hagman", "Asa Berg"): when the token as read is no given name and one spelling with marks
    is, that spelling is chosen. Only a token nothing else decided; one that is a word as read
    ("par") only before a known surname or a party mark ("Ett Par Skor" stays)."""
    for i, t in enumerate(tokens[:-1]):
        if t.choice is not None or not t.damaged or t.protected or not t.text[:1].isupper() or not t.text.isalpha():
            continue
        nxt = tokens[i + 1]
        if text[t.end:nxt.start] != " " or not nxt.text[:1].isupper() or is_given_name(t.text):
            continue
        if lexicon.logf(t.text.lower()) is not None and not (
                is_known_surname(nxt.text) or _PARTY_MARK.match(text, nxt.end)):
            continue
        spots = [k for k, ch in enumerate(t.text) if ch in _MARKED]
        if not spots or len(spots) > _MAX_MARKABLE:
            continue
        found = set()
        for letters in itertools.product(*(_MARKED[t.text[k]] for k in spots)):
            chars = list(t.text)
            for k, ch in zip(spots, letters):
                chars[k] = ch
            spelled = "".join(chars)
            if spelled != t.text and is_given_name(spelled):
                found.add(spelled)
        if len(found) == 1:
            t.choice = (found.pop().lower(), 1.0, "given-name")
