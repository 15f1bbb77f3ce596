"""The repair engine: tokens of a text, each judged by the word model and then in context.

Each word token is a ``Token`` (its span, its page's mode, whether it is protected, what the
word model examined, and the choice made for it); the passes below read and write those
objects in turn: word model, per-text adaptation of the channel, context.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import math
import re
from contextlib import contextmanager
from dataclasses import dataclass
from typing import cast

from docparse.document import PAGE_BREAK, Edit, OffsetMap, RepairResult
from docparse.models import ModelStore, store_for
from docparse.repair import context
from docparse.repair.bars import opening_l, sentence_bar
from docparse.repair.closecalls import close_calls
from docparse.repair.compounds import compound_heads, suspended_parts, unflagged_heads
from docparse.repair.discourse import discourse_pass
from docparse.repair.dotless import dotless_abbreviations
from docparse.repair.glued import glued_words
from docparse.repair.glyphs import font_confusions, stray_marks
from docparse.repair.unknown import clean_page_tokens, counted_readings, unknown_tokens
from docparse.repair.splits import drop_stray_i, join_split_words
from docparse.repair.identifiers import orgnr_repairs
from docparse.repair.numerals import numeral_repairs
from docparse.repair.rn_for_m import rn_for_m
from docparse.repair.lostmarks import lost_marks
from docparse.repair.marks import mark_tokens
from docparse.repair.wrong_marks import wrong_mark_tokens
from docparse.repair.model import decisions
from docparse.repair.memo import bounded_put, per_lexicon, store_memo
from docparse.repair.namesakes import only_a_name
from docparse.repair.noisy import noisy_tokens
from docparse.repair.opening_s import OPENING_S, opening_s
from docparse.repair.specks import speck_tokens
from docparse.repair.splitglyphs import split_letters
from docparse.repair.shortwords import short_tokens
from docparse.repair.neighbours import beyond, form, neighbour, open_choice
from docparse.repair.bullets import REASON as BULLET_REASON, ocr_bullets
from docparse.repair.dashes import REASON as DASH_REASON, ocr_dashes
from docparse.repair.leaders import REASON as LEADER_REASON, ocr_leaders
from docparse.repair.ocr_words import ocr_words
from docparse.repair.paragraph_marks import paragraph_signs
from docparse.repair.propernames import proper_names
from docparse.repair.realwords import real_word_edits
from docparse.repair.references import reference_abbreviations
from docparse.repair.words import CLEAN, DAMAGED, Choice, WordRepairer
from docparse.sv.confusions import adapted
from docparse.sv.lexicon import SWEDISH_LETTERS, fold
from docparse.sv.lm import SENT, SENTENCE_END  # the model's sentence token; the grammar pass cuts at SENTENCE_END
from docparse.sv.names import is_given_name, is_known_surname
from docparse.sv.lm import TOKEN as PLAIN_TOKEN  # the plain word token the model was counted on

# Word tokens: letters and digits. "&" is an English model's reading of å/ä ("f&" få, "&r" är):
# it belongs to a word inside it, and at its start or end where it touches a letter; a lone
# "&" between spaces ("Svensson & Co") stays out. "@" inside a word is a reading of ö
# ("m@jligt"); e-mail addresses are protected spans, never tokens. Written as runs of letters
# and digits joined by one such sign (no sign follows another: each needs a letter or digit
# after it), not as one character or sign a step: the same tokens at two thirds of the cost.
TOKEN = re.compile(r"(?:&(?=[^\W\d_]))?[^\W_]+(?:&(?=[^\W_])[^\W_]+|@(?=[^\W\d_])[^\W_]+)*(?:(?<=[^\W\d_])&)?")
# Spans never touched: e-mail and web addresses, domain names, file names. Each is found by a
# literal mark ("@", "://", "www.", a dotted ending) and extended by hand: a regex trying every
# word start for a dotted name or address cost more than the rest of a warm repair.
ADDRESS_MARK = re.compile(r"@|://|[Ww][Ww][Ww]\.")  # the whole run of non-space around it
EMAIL_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")  # what follows the "@" of an address
DOTTED_END = re.compile(r"\.(?:se|nu|com|org|net|eu|pdf|docx?|xlsx?)\b", re.IGNORECASE)
ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
BOUND_BEFORE = re.compile(r"[%‰§°)]")  # signs that close what precedes: "5 %", "(2021)"

# A normal Swedish text has about 4% å/ä/ö among its letters; an English OCR model leaves none.
DAMAGED_RATE = 0.008
MIN_LETTERS = 200  # fewer letters than this on a page: judge by the whole text
HIGH_CONF = 95.0  # OCR word confidence (0..100) above which a word is left alone
# Per-text adaptation of the confusion model: which signs, how sure a repair must be to count
# as evidence, how many repairs are needed, and what one is worth in table observations.
ADAPT_UNITS = frozenset("é64&")
EVIDENCE_GAP = 1.5
MIN_EVIDENCE = 3
EVIDENCE_WEIGHT = 100.0
CAPS_EVIDENCE = 2.5  # log10 odds a short word in capitals needs to change (acronyms abound)


@dataclass(slots=True)
class Token:
    """A word token of the text being repaired and what was decided for it."""

    start: int
    end: int
    text: str  # as read (bars already put right)
    damaged: bool  # its page was read without å/ä/ö (repaired freely) or is clean
    protected: bool = False  # inside an address, a file name, a confident OCR word, an identifier
    examined: bool = False  # the word model looked at it
    choice: tuple[str, float, str] | None = None  # (replacement in lower case, score, reason)
    gap: float | None = None  # log10 odds of the word model's change against its runner-up

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def active(self) -> bool:
        """Context and adaptation judge it: on a damaged page and not protected."""
        return self.damaged and not self.protected

    def current(self) -> str:
        """The word as now decided (lower case)."""
        return self.choice[0] if self.choice else self.text.lower()


def _marks(text: str) -> int:
    """How many å/ä/ö (either case) ``text`` holds (str.count: a C loop each)."""
    return sum(map(text.count, "åäöÅÄÖ"))


def _damaged(text: str, marks: int | None = None) -> bool | None:
    """Was ``text`` read without å/ä/ö? None when too short to tell. ``marks``: its count, if
    known."""
    # Counted with C loops (encode, bytes.translate, str.count): this runs over every text.
    # Characters beyond ASCII count as letters: they are mostly å/ä/ö/é.
    ascii_part = text.encode("ascii", "ignore")
    letters = len(text) - len(ascii_part) + len(ascii_part.translate(None, ASCII_NON_LETTERS))
    if letters < MIN_LETTERS:
        return None
    return (_marks(text) if marks is None else marks) / letters < DAMAGED_RATE


# Function words of English that no misreading of Swedish gives ("for" and "an" are "för" and
# "än" read by an English model, so they are not among them).
ENGLISH_MARKS = (" the ", " The ", " of ", " and ", " to ", " is ", " shall ", " which ", " with ", " that ")
ENGLISH_SHARE = 0.05  # English prose has ~15 % of these among its words, Swedish almost none
MIN_ENGLISH_WORDS = 40


def _english(text: str) -> bool | None:
    """Is ``text`` English prose (left as it is)? None when too short to tell. Counted with
    str.count: this runs over every page."""
    spaces = text.count(" ") + text.count("\n")
    if spaces < MIN_ENGLISH_WORDS:
        return None
    return sum(text.count(w) for w in ENGLISH_MARKS) > ENGLISH_SHARE * spaces


def _page_modes(text: str, marks: int) -> tuple[list[int], list[bool], list[bool]]:
    """Start offsets of the pages, whether each was read without å/ä/ö, and whether each is
    English prose (never repaired: its words are no misread Swedish).

    A page whose letters hold almost no å/ä/ö was read by a model without them and is repaired
    freely; a page with a normal share is clean, and there only tokens no word explains
    (digits inside words) may change. ``marks``: the text's count of å/ä/ö.
    """
    starts, modes, english = [], [], []
    whole_counted = _damaged(text, marks)
    # A short text is damaged unless it has any å/ä/ö at all.
    whole = not marks if whole_counted is None else whole_counted
    whole_english = _english(text)
    pos = 0
    pages = text.split(PAGE_BREAK)
    for page in pages:
        # a text of one page is its page: counted once
        mode = whole_counted if len(pages) == 1 else _damaged(page)
        starts.append(pos)
        modes.append(whole if mode is None else mode)
        page_english = whole_english if len(pages) == 1 else _english(page)
        english.append(bool(whole_english if page_english is None else page_english))
        pos += len(page) + 1
    return starts, modes, english


def _damaged_repairer(models: ModelStore) -> WordRepairer:
    return WordRepairer(models.lexicon, models.channels["eng"], DAMAGED, models.letter_pairs, decisions(models))


def _clean_repairer(models: ModelStore) -> WordRepairer:
    return WordRepairer(models.lexicon, models.channels["swe"], CLEAN, models.letter_pairs)


def _repairer(damaged: bool, models: ModelStore) -> WordRepairer:
    """The word repairer of a page mode, kept with the models (its cache of decisions grows
    over a process's documents)."""
    if damaged:
        return models.derived(_damaged_repairer, _damaged_repairer)
    return models.derived(_clean_repairer, _clean_repairer)


def _decision(choice: Choice) -> tuple[str, float, str]:
    """What repair() keeps of the word model's choice: (word, score, reason)."""
    return choice.word, choice.score, "confusion" if choice.reason == "lexicon" else choice.reason


def _decide(token: Token, low: str, choice: str, reason: str) -> None:
    """Record a context rule's choice for ``token`` (read as ``low``): keeping the token as
    read drops any change the word model made."""
    token.choice = None if choice == low else (choice, 1.0, reason)


def _recase(orig: str, new: str) -> str:
    """Give the replacement the token's case pattern (UPPER, Capitalised or lower)."""
    first = orig[:1]
    if first.isalpha() and first.islower():
        return new  # most tokens: a lower-case letter first, neither UPPER nor Capitalised
    letters = [c for c in orig if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return new.upper()
    if orig[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _protected_spans(text: str, confidences) -> list[tuple[int, int]]:
    spans = []
    for m in ADDRESS_MARK.finditer(text):
        start, end = m.start(), m.end()
        if m.group() == "@" and not EMAIL_DOMAIN.match(text, end):
            continue  # no domain after it: "m@jligt" is a word read with @ for ö
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        spans.append((start, end))
    for m in DOTTED_END.finditer(text):
        start = m.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._-"):
            start -= 1
        if start < m.start() and "é" not in text[start:m.start()]:
            # (with an English model's sign for ö in it, "behévs.nu" is a word and a speck)
            spans.append((start, m.end()))
    if confidences:
        spans.extend((s, e) for s, e, c in confidences if c >= HIGH_CONF)
    spans.sort()
    return spans


def _skip(text: str, start: int, end: int, tok: str) -> bool:
    """Tokens the repair must not touch: abbreviations, acronyms, numbers."""
    if end - start < 2:
        return True
    if tok.isalpha():
        pass
    elif not any(c.isalpha() for c in tok):
        return True
    elif sum(c.isalpha() or c == "&" for c in tok) < 2 and not (len(tok) == 2 and (
            tok[0] in "46" and tok[1].isalpha() or tok[1] in "46" and tok[0].islower())):
        return True  # "3e", "1a": ordinal and item marks; but "4r" is "är", and "s4" "så" (a code
        # such as "A4" or "E4" is in capitals)
    # Abbreviations written with dots (bl.a., t.ex., p.g.a., fr.o.m.): short parts joined by
    # dots. A long word before a dot is a missing space ("övrigt.inte"), not an abbreviation; so
    # is a short one with an English model's sign for å/ä/ö ("stéd.som": a speck read as a dot).
    # So is a short one with a digit for å/ä/ö after a letter ("s4.att", "st6d.f6r") or after a
    # long word and a dot ("annat.4n"): abbreviations hold no 4 or 6 among lower-case letters,
    # and "p.4a" is an item's mark.
    if end - start <= 4 and tok.isascii() and not (tok.islower() and ("4" in tok or "6" in tok) and (
            tok[0].isalpha() or start >= 6 and text[start - 1] == "." and text[start - 6:start - 1].isalpha())):
        if end < len(text) - 1 and text[end] == "." and text[end + 1].isalnum():
            return True
        if start >= 2 and text[start - 1] == "." and text[start - 2].isalnum():
            return True
    return False  # short words in capitals (acronyms like IOP, EU, SFS) are judged in repair()


def repair(text: str, *, confidences: list[tuple[int, int, float]] | None = None,
           models: ModelStore | None = None) -> RepairResult:
    """Repair OCR damage in ``text``.

    ``confidences``: optional (start, end, conf 0..100) of OCR words in ``text``; words read
    with high confidence are left alone. ``models``: the model files to use (default: the
    store of the configured folder). Returns the repaired text, the edits and a map from
    repaired to original offsets. Line breaks and page breaks (form feeds) are kept.
    """
    if not text:
        return RepairResult(text="", edits=[], offsets=OffsetMap.identity(0))
    if models is None:
        models = store_for()
    # The passes make short-lived objects by the million (search branches, candidates) and
    # almost no cycles: the collector's runs over them cost some 3-6 % of repair's CPU time.
    with _collector_paused():
        return _repair(text, confidences, models)


def _repair(text: str, confidences: list[tuple[int, int, float]] | None, models: ModelStore) -> RepairResult:
    marks = _marks(text)  # (the bars put right below are no marks: the count holds for the text repaired)
    page_starts, page_modes, english = _page_modes(text, marks)
    page_modes = [m and not e for m, e in zip(page_modes, english)]
    # Bars read for "I" are put right first, letter for letter, so the words they open are
    # judged whole ("|nom" as "Inom"); offsets do not move.
    original = text
    bars = _bar_changes(text, page_starts, page_modes) + opening_l(text, models.lexicon)
    for start, _end, new, *_rest in bars:
        text = text[:start] + new + text[start + 1 :]
    id_spans, id_fixes = orgnr_repairs(text)
    id_fixes += numeral_repairs(text, id_spans) + rn_for_m(text, models.lexicon)
    protected = sorted(_protected_spans(text, confidences) + id_spans + [(s, e) for s, e, *_rest in id_fixes])
    # The plain pattern gives the same tokens where no "&" or "@" occurs, at half the cost.
    pattern = TOKEN if "&" in text or "@" in text else PLAIN_TOKEN
    tokens = _tokens(text, pattern, page_starts, page_modes, english, protected)
    observed = _word_pass(text, tokens, page_modes, models)
    reference_abbreviations(text, tokens)
    lost = lost_marks(tokens, models.lexicon)  # the text's clean pages showed marks lost
    if sum(observed.values()) >= MIN_EVIDENCE:
        _readapt(tokens, observed, models)
    tokens = join_split_words(text, tokens, _repairer(True, models), models.lm, store_memo(models, "joins"))
    # The tokens these passes may change (each skips the rest), collected once. A token the
    # word model kept as read that is a listed word is no business of any (each looks at
    # changed or unlisted tokens only), and none of them changes it: most words of a text.
    judged = _judged(tokens, models.lexicon)
    opening_s(text, tokens, models, _repairer(True, models))
    unknown_tokens(judged, models, _repairer(True, models))
    clean_page_tokens(text, tokens, models, _repairer(False, models))
    font_confusions(judged, models, _repairer(True, models))
    stray_marks(judged, models, _repairer(True, models))
    split_letters(judged, models, _repairer(True, models))
    noisy_tokens(text, tokens, judged, models, _repairer(True, models))
    short_tokens(text, tokens, judged, models, _repairer(True, models))
    compound_heads(judged, models)
    unflagged_heads(judged, models, _repairer(True, models))
    suspended_parts(text, judged, models.lexicon)
    mark_tokens(judged, models)
    if models.lm is not None:
        _lone_letters(text, tokens, models.lexicon)
        close_calls(text, tokens, models, _repairer(True, models))
        real_word_edits(text, tokens, models)
        _lm_pass(text, tokens, models, marks, lost=lost)
    before = [t.choice for t in tokens]
    _apply_context(text, tokens, models.lexicon)
    if models.lm is not None:
        # The rules decided some neighbours only now ("for" read as "för"): the words beside
        # them are judged again in context as it stands (not those a rule decided).
        ruled = {i for i, t in enumerate(tokens) if t.choice is not before[i]}
        again = {j for i in ruled for j in (i - 1, i + 1)} - ruled
        if again:
            _lm_pass(text, tokens, models, marks, again, lost=lost)
    if models.lm is not None:
        counted_readings(text, tokens, models)
        discourse_pass(text, tokens, models.lexicon, models.lm)
        glued_words(text, tokens, judged, models)
        tokens = speck_tokens(text, tokens, models)
    dotless_abbreviations(text, tokens, models)
    tokens = drop_stray_i(text, tokens, models.lm)
    wrong_mark_tokens(text, tokens, models)
    proper_names(text, tokens, models, _repairer(True, models))
    changes = [(s, e, fixed, 1.0, reason, original[s:e]) for s, e, fixed, reason in id_fixes]
    for t in tokens:
        if t.choice is not None:
            new, score, reason = t.choice
            # (an opening S read for ö was the capital: the word stands in lower case)
            fixed = new if reason == OPENING_S else _recase(t.text, new)
            changes.append((t.start, t.end, fixed, score, reason, original[t.start:t.end]))
    covered = _Covered([(s, e) for s, e, *_rest in changes])
    changes += [bar for bar in bars if not covered(bar[0])]
    changes += [(s, e, new, 1.0, reason, original[s:e]) for s, e, new, reason in paragraph_signs(text, bool(confidences))
                if not covered(s)]
    words = ocr_words(confidences)
    changes += [(s, e, "–", 1.0, DASH_REASON, original[s:e]) for s, e in ocr_dashes(text, words) if not covered(s)]
    changes += [(s, e, "•", 1.0, BULLET_REASON, original[s:e]) for s, e in ocr_bullets(text, words) if not covered(s)]
    changes += [(s, e, dots, 1.0, LEADER_REASON, original[s:e]) for s, e, dots in ocr_leaders(text, words) if not covered(s)]
    return _build(original, changes)


_UNLISTED = "unlisted as read"  # its memo in Lexicon.memos: token as read -> no listed word
MAX_UNLISTED = 200_000


def _judged(tokens: list[Token], lexicon) -> list[Token]:
    """The examined tokens of damaged pages, not protected, that the word model changed or
    that are no listed word as read: the tokens the word passes may change."""
    # Whether a token as read is listed depends on its text and the lexicon alone: asked once
    # per form (a text repeats its words: most tokens are a form seen before), not lower-cased
    # and looked up per token.
    unlisted = per_lexicon(_UNLISTED, lexicon, MAX_UNLISTED)
    logf = lexicon.logf
    out = []
    for t in tokens:
        if t.examined and t.damaged and not t.protected:
            if t.choice is None:
                u = unlisted.get(t.text)
                if u is None:
                    u = unlisted[t.text] = logf(t.text.lower()) is None
                if not u:
                    continue
            out.append(t)
    return out


class _Covered:
    """Whether a position lies inside one of ``spans``: by bisection over their starts with the
    furthest end reached so far (a text with thousands of edits and of one-letter fixes is not
    compared pair by pair)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [s for s, _e in spans]
        self.reach = list(itertools.accumulate((e for _s, e in spans), max))

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector held off during a repair: its passes make one object
    per token and search branches by the million, which form no cycles, and the collector's runs
    over the growing heap cost as much as making the tokens (on a long text half of _tokens). Collection is
    deferred, not skipped; a collector already off stays off."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _tokens(text: str, pattern: re.Pattern, page_starts: list[int], page_modes: list[bool],
            english: list[bool], protected: list[tuple[int, int]]) -> list[Token]:
    """The word tokens of ``text`` with their page's mode and whether a protected span
    (sorted) overlaps them."""
    prot_starts = [s for s, _ in protected]
    prot_ends_max = []  # running max of span ends, for overlap tests by bisect
    m = -1
    for _, e in protected:
        m = max(m, e)
        prot_ends_max.append(m)
    # an English page is protected whole: its words are no misread Swedish
    if len(page_starts) == 1:  # most texts: one page, one mode for every token
        mode, whole = page_modes[0], english[0]
        tokens = [Token(mt.start(), mt.end(), mt.group(), mode, whole) for mt in pattern.finditer(text)]
    else:
        tokens = []
        page_ends = page_starts[1:] + [len(text) + 1]
        page = 0
        for mt in pattern.finditer(text):
            start = mt.start()
            while start >= page_ends[page]:
                page += 1
            tokens.append(Token(start, mt.end(), mt.group(), page_modes[page], english[page]))
    if protected:
        for t in tokens:
            if not t.protected:
                j = bisect.bisect_left(prot_starts, t.end) - 1
                if j >= 0 and prot_ends_max[j] > t.start:
                    t.protected = True
    return tokens


def _word_pass(text: str, tokens: list[Token], page_modes: list[bool], models: ModelStore) -> dict[tuple[str, str], int]:
    """Each token's best reading alone (the word model); returns the (truth, ocr) pairs of
    this text's unambiguous repairs, the evidence for adapting the channel."""
    observed: dict[tuple[str, str], int] = {}
    repairers = {mode: _repairer(mode, models) for mode in set(page_modes)}
    cached = {mode: r.cache.get for mode, r in repairers.items()}  # read here: most words repeat
    no_marks = SWEDISH_LETTERS.isdisjoint
    for t in tokens:
        if t.protected:
            continue
        tok = t.text
        if tok.isdigit():
            continue  # a number (no letter: _skip's verdict), most tokens of a table or list of amounts
        if not (len(tok) > 4 and tok.isalpha()) and _skip(text, t.start, t.end, tok):
            continue  # (a long word of letters is never skipped: the test is for the rest)
        low = tok.lower()
        if not no_marks(low):
            continue  # the engine printed å/ä/ö: it saw them
        t.examined = True
        hit = cached[t.damaged](low, False)  # the repairer's own cache (False: not decided yet)
        choice = repairers[t.damaged].best(low) if hit is False else cast("Choice | None", hit)
        if choice is not None and len(tok) <= 4 and tok.isupper():
            # Short capitals are mostly acronyms (IOP, EU, SKR, PO, R&D): a word read without
            # its å/ä/ö ("FALT" for "FÄLT", "TVA" for "TVÅ") is restored only letter for letter
            # ("SKR" is no "SKÄR"), on strong evidence ("PO" is no "PÅ"), and never through an
            # "&" between capitals, the "and" of initialisms.
            if (SWEDISH_LETTERS.isdisjoint(choice.word) or len(choice.word) != len(low)
                    or choice.score < CAPS_EVIDENCE or "&" in tok):
                choice = None
        if choice is not None:
            t.choice = _decision(choice)
            t.gap = choice.gap
            if t.damaged and choice.gap >= EVIDENCE_GAP and len(choice.word) == len(low) \
                    and not ADAPT_UNITS.isdisjoint(low):  # (most repairs: a lost mark, no sign read for one)
                for a, b in zip(choice.word, low):
                    if b in ADAPT_UNITS and a != b:
                        observed[(a, b)] = observed.get((a, b), 0) + 1
    return observed


def _bar_changes(text: str, page_starts: list[int], page_modes: list[bool]) -> list[tuple]:
    """A vertical bar read for a capital I, on damaged pages: glued to a capital ("|OP" for
    IOP), or where a sentence or line starts ("klart. | fallet", "| dessa",
    "|nom"). A bar elsewhere (a table rule, line-end debris, "a |b") stays."""
    out = []
    pos = text.find("|")
    while pos != -1:
        before = text[pos - 1] if pos else "\n"
        rest = text[pos + 1 : pos + 3]
        word_after = rest.lstrip(" \t")[:1]
        glued_capital = (before.isspace() or before in "(\"'«") and rest[:1].isupper()
        after_stop = before in " \t" and pos >= 2 and text[pos - 2] in ".!?:"
        sentence_start = before == "\n" or after_stop
        if (glued_capital or (sentence_start and word_after.isalpha())
                or (after_stop and text[pos - 2] != ":" and sentence_bar(text, pos))) and \
                page_modes[bisect.bisect_right(page_starts, pos) - 1]:
            out.append((pos, pos + 1, "I", 1.0, "confusion:|->I", "|"))
        pos = text.find("|", pos + 1)
    return out


MAX_ADAPTED = 32  # adapted repairers kept per store


def _adapted_repairer(observed: dict[tuple[str, str], int], models: ModelStore) -> tuple[WordRepairer, dict[str, float]]:
    """A repairer for the channel adapted to this evidence, and how far adapting moved the
    log10 probability of reading each OCR unit (its largest change over the truths).

    Shared by texts whose evidence is alike: shares are rounded to tenths and amounts to
    powers of two, so its cache pays off."""
    per_unit: dict[str, int] = {}
    for (_t, ocr), n in observed.items():
        per_unit[ocr] = per_unit.get(ocr, 0) + n
    quantised = {}
    for (truth, ocr), n in observed.items():
        total = per_unit[ocr]
        amount = min(64, 2 ** round(math.log2(total)))
        q = round(10 * n / total) * amount / 10
        if q:
            quantised[(truth, ocr)] = q
    key = tuple(sorted(quantised.items()))
    kept = store_memo(models, "adapted repairers")  # by quantised evidence
    hit = kept.get(key)
    if hit is None:
        if len(kept) >= MAX_ADAPTED:
            kept.clear()
        base = models.channels["eng"]
        channel = adapted(base, quantised, EVIDENCE_WEIGHT)
        rows = {truth for truth, _ocr in quantised}
        shifts: dict[str, float] = {}
        for truth in rows:  # only the rows the evidence is about can move
            for ocr in base.counts.get(truth, {}).keys() | channel.counts.get(truth, {}).keys():
                old, new = base.logp.get((truth, ocr)), channel.logp.get((truth, ocr))
                if old is None and new is None:
                    continue  # (not a confusion of either channel)
                moved = math.inf if old is None or new is None else abs(new - old)
                shifts[ocr] = max(shifts.get(ocr, 0.0), moved)
        hit = kept[key] = (WordRepairer(models.lexicon, channel, DAMAGED, models.letter_pairs), shifts)
    return hit


def _readapt(tokens: list[Token], observed, models: ModelStore) -> None:
    """Decide again the tokens holding a sign whose reading this text has shown.

    Which letter "é" stands for depends on the scan's fonts: where unambiguous repairs show
    é was mostly å here, the ambiguous "stér" should be "står", not the table's "stör".
    A change that won by more than adapting can move two readings apart stands as it is.
    """
    fresh, shifts = _adapted_repairer(observed, models)
    units = frozenset(ocr for _truth, ocr in observed)
    for t in tokens:
        if not t.examined or not t.damaged:  # (t.active inlined: every token; examined ones are not protected)
            continue
        # The units are signs (ADAPT_UNITS) no ASCII letter lower-cases to: an ASCII token
        # is tested as read.
        if units.isdisjoint(t.text if t.text.isascii() else t.text.lower()):
            continue
        low = t.text.lower()
        if t.gap is not None:
            # How far adapting can move two readings apart: twice the shifts of the token's
            # signs the evidence is about. (Renormalising a row also moves the other readings
            # of its letter a little; that moves all candidates alike and is left out.)
            bound = sum(shifts.get(c, 0.0) for c in low if c in units)
            if t.gap > 2 * bound:
                continue
        choice = fresh.best(low)
        t.choice = None if choice is None else _decision(choice)


LM_PASSES = 2
LM_MARGIN_CLEAN = 1.5  # log10: on a clean page (a Swedish model's reading) the context must be sure
LM_MARGIN = 0.5  # log10: how much better in context a reading must score to replace the current
# ... where some reading was counted beside a neighbour: the choice rests on the word pairs' own
# counts, not on word classes alone ("vill tacka personalen": no reading counted on either side,
# the classes and the register's frequencies speak, and the word model's reading keeps LM_MARGIN).
# Tuned on the tuning fold (eval_twin_choices wrong of 19,360; its OCR's eng WER, å/ä/ö right):
# 0.5 (as before) 570, 2.93 %, 94.58 %; 0.4 554, 2.92 %, 94.62 %; 0.3 541, 2.91 %, 94.66 %; 0.2 539,
# 2.91 %, 94.66 %. One margin of 0.3 everywhere (526) lost invented sentences the tests hold, all
# decided by classes alone; LM_MARGIN 0.4 beside 0.3 (530) lost one of them. A sentence's end or
# a comma counted beside a reading is evidence too: not counting them 553, their ends alone 543.
LM_MARGIN_COUNTED = 0.3
TIE_GAP = 0.1  # log10: a word model's reading ahead of its runner-up by less is no evidence to keep
# Corpus counts (of about a million words) under which the word model's reading is one the
# administrative corpus hardly knows, and from which a twin is one it knows (_prior): a twin
# counted a few times is no evidence either ("spåras" 3, "sparas" 1). On the tuning fold read
# without marks, twin errors 379 -> 364 of 28,858 (with no bounds 352, but then words the corpus
# counts often yield to twins it counts more, in council text too: the reference scans lost).
PRIOR_RARE = 2
PRIOR_KNOWN = 10
MAX_RARER_LM = 3.0  # log10: a twin a thousand times rarer than the reading is no real choice ("ått")
MAX_LM_MEMO = 200_000
# A sparse twin (counted under SPARSE times in the corpus, under 1/RARER times as often as the
# commonest reading) never counted beside either neighbour scores by its class alone; it replaces
# a reading only UNATTESTED_MARGIN better (engine.unattested). Tuned on the tuning fold's twin
# choices (wrong of 19,360; 600 without): margin 1.0/1.5/2.0/3.0 582/576/570/566 at SPARSE 100;
# SPARSE 30/50/100/200/500 573/570/570/570/574 at margin 2.0; RARER 1.5/2/3 572/570/571. Margins
# over 2.0 and no SPARSE bound lose invented sentences the tests hold ("ett rått klimat", where
# both neighbours' classes agree; "tackar våra samarbetspartner").
RARER = 2
SPARSE = 100
UNATTESTED_MARGIN = 2.0
MIN_MARKS_TO_REMOVE = 20


def _lm_plain(models: ModelStore) -> dict[bool, set[str]]:
    """The store's tokens as read (by page mode) that, kept as read, have no readings for the
    context pass to choose between: _candidates is None for them, a function of the token."""
    return {True: set(), False: set()}


LONE_MARGIN = 1.0  # log10: how much commoner than the letter alone its reading with a mark put back


def _lone_letters(text: str, tokens: list[Token], lexicon) -> None:
    """A lone lower-case letter between two words on a damaged page, whose reading with an
    å/ä/ö put back before it is a word far commoner than the letter alone (invented: "det r
    viktigt", "mer n i fjol"): the English model lost the mark whole, and the word model never
    judges one letter. It is given that reading; the context pass then chooses among its twins
    with a mark in that place ("år"), as for a longer word's lost mark (_put_back_twins)."""
    for i in range(1, len(tokens) - 1):
        t = tokens[i]
        tok = t.text
        if len(tok) != 1 or not t.damaged or t.protected or t.choice is not None or not "a" <= tok <= "z":
            continue  # (most tokens: longer than one letter)
        p, n = tokens[i - 1], tokens[i + 1]
        if text[p.end:t.start] != " " or text[t.end:n.start] != " " or len(p.text) < 2 or len(n.text) < 2 \
                or not p.text.isalpha() or not n.text.isalpha() or not n.text.islower():
            continue  # a word on either side, a space between: no list's letter, no code
        if p.text.lower() in context.LABELS or (i >= 2 and len(tokens[i - 2].text) == 1 and tokens[i - 2].text not in "iI"):
            continue  # a label's letter ("bilaga r"), or one of a run of letters ("a och r"; "i" is a word)
        logf, reading = max((lexicon.logf(mark + tok) or -99.0, mark + tok) for mark in "åäö")
        if logf - (lexicon.logf(tok) or -99.0) >= LONE_MARGIN:
            t.choice = (reading, 1.0, "lost mark")


def _put_back_twins(low: str, cur: str, lexicon, ch) -> tuple | None:
    """The readings of ``low`` when the word model put back one lost å/ä/ö (invented: "ka" read
    as "åka"): ``cur`` and its twins with another mark in that place ("öka"), each with
    log10 P(token | reading), the lost letter's deletion by the channel; None where there is
    no other listed reading. Which letter was lost the channel hardly tells (å, ä and ö are
    lost about alike): the word's neighbours do."""
    folded = fold(low)
    at = -1
    for i in range(len(cur)):
        if cur[i] in SWEDISH_LETTERS and fold(cur[:i] + cur[i + 1:]) == folded:
            at = i
            break
    if at < 0:
        return None
    # (å and ä fold to "a", ö to "o": the words with either put back there)
    floor = max(context.MIN_TWIN_LOGF, (lexicon.logf(cur) or -99) - MAX_RARER_LM)
    cands = []
    for plain in ("a", "o"):
        for w in lexicon.by_key(folded[:at] + plain + folded[at:]):
            if w[at] not in SWEDISH_LETTERS or (w != cur and (lexicon.logf(w) or -99) < floor):
                continue  # a plain letter lost is no lost mark; a far rarer word no real choice
            channel = ch.cost(w[at], "")
            for a, b in zip(w[:at] + w[at + 1:], low):
                channel += ch.cost(a, b)
            if channel != -math.inf:
                cands.append((w, channel))
    return tuple(cands) if len(cands) > 1 and any(w == cur for w, _c in cands) else None


def _candidates(low: str, cur: str, lexicon, ch, memo, key, clean_page: bool = False, names=None) -> tuple | None:
    """The readings between which context decides for token ``low`` now read ``cur``: its
    å/ä/ö twins that are words, each with log10 P(token | reading); None where there is no
    choice (most tokens). ``names``: the model store, whose given names are no twin."""
    out = None
    if len(cur) == len(low) + 1 and not clean_page:
        out = _put_back_twins(low, cur, lexicon, ch)
    elif len(cur) == len(low):  # else signs merged: the word model's
        twins = lexicon.by_key(fold(cur))
        if len(twins) > 1 or (twins and twins[0] != cur):
            cands = []
            for w in context.real_twins(cur, lexicon, MAX_RARER_LM, keep=cur):
                if w != cur and names is not None and only_a_name(w, names):
                    continue
                channel = 0.0
                for a, b in zip(w, low):
                    channel += ch.cost(a, b)
                if channel != -math.inf:
                    cands.append((w, channel))
            if cur not in twins:
                cands.append((cur, sum(ch.cost(a, b) for a, b in zip(cur, low))))
            cur_logf = lexicon.logf(cur)
            if len(cands) > 1 and (not clean_page or cur_logf is None
                                   or any((lexicon.logf(w) or -99) > cur_logf for w, _c in cands)):
                out = tuple(cands)  # (a Swedish model's reading is judged where a twin is commoner)
    return bounded_put(memo, key, out, MAX_LM_MEMO)


def _lm_pass(text: str, tokens: list[Token], models: ModelStore, marks: int, only: set[int] | None = None,
             lost: bool = False) -> None:
    """Words whose å/ä/ö twins are also words (är/år, män/man, lagen/lägen), decided by the
    noisy channel in context: log P(token | reading) + log P(reading | previous word) +
    log P(next word | reading), and where the bigrams leave the choice open, the trigrams over
    the two words each side that some reading's trigram was counted for (LanguageModel.window_logps),
    with the neighbours as now decided. The choices are made left to right, then once more, so
    each sees its right neighbours as decided too."""
    lm, lexicon = models.lm, models.lexicon
    channels = {True: models.channels["eng"], False: models.channels["swe"]}
    memo = store_memo(models, "lm candidates")  # (token, reading, page mode) -> candidates and channel costs
    plain = models.derived(_lm_plain, _lm_plain)
    if len(plain[True]) + len(plain[False]) > MAX_LM_MEMO:
        plain[True].clear()
        plain[False].clear()
    n = len(tokens)
    ambiguous = []
    by_mode = (plain[False], plain[True])  # (indexed by the page mode: no hashing per token)
    # (a second pass visits only the tokens asked for: a few beside each rule's change)
    for i in range(n) if only is None else sorted(j for j in only if 0 <= j < n):
        t = tokens[i]
        if t.protected:
            continue
        if t.choice is None and (t.text in by_mode[t.damaged] or t.text.isdigit()):
            # most tokens: one set lookup says there is no choice; a number has no å/ä/ö twin
            # (its fold is itself), and a first-seen one need not fill the set
            continue
        low = t.text.lower()  # (t.low and t.current() inlined: this runs over every token)
        cur = t.choice[0] if t.choice else low
        key = (low, cur, t.damaged)
        cands = memo.get(key, False)
        if cands is False:
            cands = _candidates(low, cur, lexicon, channels[t.damaged], memo, key, not t.damaged, models)
        if cands is None and t.choice is None:
            by_mode[t.damaged].add(t.text)
        if cands is None or (len(low) <= 4 and t.text.isupper()):
            continue  # (short capitals are mostly acronyms: the word model's guard decides them)
        if t.damaged and not SWEDISH_LETTERS.isdisjoint(low):
            continue  # an English model that printed å/ä/ö saw them
        prev_end = tokens[i - 1].end if i > 0 else 0
        next_start = tokens[i + 1].start if i + 1 < n else len(text)
        # Sentence punctuation cuts the context and a comma stands between, as in the counts.
        prev = neighbour(text, tokens, i - 1, prev_end, t.start)
        nxt = neighbour(text, tokens, i + 1, t.end, next_start)
        if not t.damaged and type(prev) is str and type(nxt) is str:
            continue  # a Swedish model's reading of a word alone: no context to overrule it with
        if not t.damaged and i > 0 and text[prev_end:t.start] == "-":
            # a Swedish model's compound written with a hyphen ("IT-stöd"): its first part is no
            # neighbour word, and the tail as printed stands
            continue
        if not t.damaged and t.text[:1].isupper() and i + 1 < n and text[t.end:next_start] == " " \
                and tokens[i + 1].text[:1].isupper():
            continue  # a name's word as printed on a clean page ("Sankt Olofs IF"): no context overrules it
        if t.text[:1].isupper() and (t.choice is None or t.choice[0] == low) and i > 0 \
                and text[prev_end:t.start] == " " and tokens[i - 1].text[:1].isupper() and is_given_name(tokens[i - 1].text):
            # a surname after its given name, as printed ("Malin Tapper"): running text's words choose
            # only among readings that are surnames ("Annelie Back" -> "Bäck", never "Täpper"); they
            # may still take back marks the word model gave ("Gard (m)", the guard's first clause)
            cands = tuple(c for c in cands if c[0] == low or is_known_surname(c[0].title()))
            if len(cands) < 2:
                continue
        ambiguous.append([t, low, cands, i, prev, nxt, None])
    # On a clean page a mark the model printed is taken away only in a text with marks to
    # spare: a short text that lost its last marks would read as damaged when repaired again.
    marks_to_spare = marks >= MIN_MARKS_TO_REMOVE
    changed: set[int] | None = None  # tokens (by id) the last pass changed; None: first pass
    for _ in range(LM_PASSES):
        now_changed: set[int] = set()
        for entry in ambiguous:
            t, low, cands, i, prev_tok, next_tok, far = entry
            if changed is not None and id(prev_tok) not in changed and id(next_tok) not in changed \
                    and (far is None or (id(far[0]) not in changed and id(far[1]) not in changed)):
                continue  # its context is as the last pass saw it (the words two away, if they counted)
            cur = t.choice[0] if t.choice else low
            prev, nxt = form(prev_tok), form(next_tok)
            ref = _prior(cands, lm, cur) if t.damaged and not _before_imperative(prev, nxt, lexicon) else cur
            best, best_score, ref_score = cur, -math.inf, -math.inf
            # On a damaged page the readings' words after are compared fairly where none was
            # counted (next_logps); on a clean one the reading as printed keeps that edge.
            scores = bigram_scores(lm, cands, prev, nxt, t.damaged)
            if open_choice(scores):
                if far is None:  # the words two away, looked for only where they may count
                    far = entry[6] = (beyond(text, tokens, i, -1, prev_tok), beyond(text, tokens, i, 1, next_tok))
                scores = trigram_scores(lm, cands, None if far[0] is None else form(far[0]), prev, nxt,
                                        None if far[1] is None else form(far[1]), t.damaged)
            for (w, _channel), score in zip(cands, scores):
                if w == ref:
                    ref_score = score
                if score > best_score:
                    best, best_score = w, score
            if best == cur:
                continue
            # (on a clean page of a text that showed marks lost, a reading that puts one back is
            # judged as on a damaged page: "far" is "får" as readily as "utgar" was "utgår")
            margin = damaged_margin(lm, cands, prev, nxt) if t.damaged or (lost and _puts_marks_back(best, cur)) \
                else LM_MARGIN_CLEAN
            if t.damaged and ref == cur and t.gap is not None and t.gap < TIE_GAP and t.choice is not None \
                    and t.choice[2] == "confusion":
                margin = 0.0  # the word model's reading won by a hair ("begår" over "begär"): context decides
            if unattested(lm, best, max(cands, key=lambda c: lm.stats(c[0])[0])[0], prev, nxt):
                # a sparse twin only its class speaks for: it must beat the current reading widely
                cur_score = next((sc for (w, _c), sc in zip(cands, scores) if w == cur), None)
                if cur_score is None or best_score - cur_score <= max(margin, UNATTESTED_MARGIN):
                    continue
            if (best == ref or best_score - ref_score > margin) \
                    and (t.damaged or marks_to_spare or not SWEDISH_LETTERS.isdisjoint(best)):
                _decide(t, low, best, "context:lm")
                now_changed.add(id(t))
        if not now_changed:
            break
        changed = now_changed


def damaged_margin(lm, cands: tuple, prev: str, nxt: str) -> float:
    """The margin a reading must beat the current by on a page read without å/ä/ö: the smaller
    LM_MARGIN_COUNTED where some reading was counted beside the word before or after (the scores
    differ by the pairs' own counts), else LM_MARGIN (they differ by word classes and unigrams
    alone, weak evidence against the word model's reading)."""
    for w, _channel in cands:
        if lm.counted(prev, w) or lm.counted(w, nxt):
            return LM_MARGIN_COUNTED
    return LM_MARGIN


def unattested(lm, reading: str, common: str, prev: str, nxt: str) -> bool:
    """Is ``reading`` a sparse twin (counted under SPARSE times, under 1/RARER times as often as
    ``common``, the commonest reading) never counted beside either neighbour? Its score in
    context then comes from its class alone, P(class | class before) P(reading | class), where
    the common word's comes from its own counts: a sparse word's class is followed by much that
    the word itself never is, and a common word's back-off weight is low, so the rare twin wins
    on little evidence of its own ("vilken rätt föreningen har" became "rått", counted twice;
    "ett stark skäl", "stärk"). Such a twin needs the wider UNATTESTED_MARGIN."""
    count = lm.stats(reading)[0]
    return count < SPARSE and count * RARER < lm.stats(common)[0] and not lm.counted(prev, reading) \
        and not lm.counted(reading, nxt)


def _puts_marks_back(reading: str, word: str) -> bool:
    """Is ``reading`` ``word`` with more of its å/ä/ö ("får" of "far")?"""
    return fold(reading) == fold(word) and _marks(reading) > _marks(word)


def bigram_scores(lm, cands: tuple, prev: str, nxt: str, fair: bool = False) -> list[float]:
    """Each candidate's channel cost plus log10 P(reading | prev) P(nxt | reading); ``fair``
    (a damaged page): P(nxt | reading) by the class model where no reading's pair with ``nxt``
    was counted (LanguageModel.next_logps)."""
    right = lm.next_logps([w for w, _c in cands], nxt, fair, prev)
    return [channel + lm.logp(w, prev) + r for (w, channel), r in zip(cands, right)]


def trigram_scores(lm, cands: tuple, prev2: str | None, prev: str, nxt: str, nxt2: str | None,
                   fair: bool = False) -> list[float]:
    """Each candidate's channel cost plus its log10 probability between the two words each side,
    by the trigrams that hold it where counted ("före det år då", though the bigrams prefer "det är")."""
    window = lm.window_logps([w for w, _c in cands], prev2, prev, nxt, nxt2, fair)
    return [channel + lp for (_w, channel), lp in zip(cands, window)]


def _prior(cands: tuple, lm, cur: str) -> str:
    """The reading context must overrule on a damaged page (where the channel hardly tells the
    twins apart): the word model's, which the lexicon's general frequencies chose, unless the
    administrative corpus hardly knows it and knows the twin likeliest by channel and the
    language model's unigram ("vänligen": never counted; "vanligen": counted). That twin then
    stands wherever context agrees with it, with no margin."""
    if lm.stats(cur)[0] > PRIOR_RARE:
        return cur
    best, best_score = cur, -math.inf
    for w, channel in cands:
        score = channel + lm.unigram(w)
        if score > best_score:
            best, best_score = w, score
    return best if lm.stats(best)[0] >= PRIOR_KNOWN else cur


def _before_imperative(prev: str, nxt: str, lexicon) -> bool:
    """Whether a word opens a sentence before a verb that reads as an infinitive and no finite
    verb: no fronted adverb (the finite verb stands second), an imperative's opening ("Vänligen
    meddela"). A letter's or a notice's phrase, not the parliamentary corpus's: its silence on
    the word there is its register's, and the prior is not taken."""
    if prev != SENT or nxt in context.FINITE_AUX:
        return False
    bits = lexicon.word_class(nxt)
    return bool(bits & context.VERB) and not bits & (context.PRESENT | context.PASSIVE)


# Words for which _apply_context has no choice to make: as decided (lower case), words no
# context rule is keyed on and with no å/ä/ö twin that is a word (or none the grammar rules
# may prefer: "att" never yields to "ätt"); as read (any case), tokens
# the word model left alone that hold å/ä/ö or are such words. That depends on the lexicon
# alone (and the fixed rule table), so the sets are kept per lexicon for the process, bounded.
_NO_CHOICE = "context: no choice"  # its memo in Lexicon.memos
MAX_NO_CHOICE = 200_000


def _no_choice(lexicon) -> tuple[set[str], set[str]]:
    """The lexicon's words and tokens _apply_context settles by a lookup (emptied when full)."""
    sets = lexicon.memos.get(_NO_CHOICE)
    if sets is None or len(sets[0]) + len(sets[1]) > MAX_NO_CHOICE:
        sets = lexicon.memos[_NO_CHOICE] = (set(), set())
    return sets


def _apply_context(text: str, tokens: list[Token], lexicon) -> None:
    """Ambiguous words and lone "1"s, decided by their neighbours (damaged pages only).
    ``lexicon`` carries the word classes of its own folder: the grammar rules read those."""
    n = len(tokens)

    def word(i: int) -> str:
        if i < 0 or i >= n:
            return ""
        return tokens[i].current()

    no_choice, no_choice_read = _no_choice(lexicon)
    for i, t in enumerate(tokens):
        if not t.damaged or t.protected:  # (t.active inlined: this runs over every token)
            continue
        tok = t.text
        if t.choice is None and tok in no_choice_read:
            continue  # most tokens: one set lookup
        start, end = t.start, t.end
        if tok == "1":
            # one_is_i asks first for a word of letters before it: most "1"s are numbers
            # among numbers, settled before the text between the tokens is sliced
            if i == 0 or i + 1 >= n:
                continue
            p = tokens[i - 1]  # (word(i - 1) inlined: a list of numbered items has a "1" a line)
            if not (p.choice[0] if p.choice else p.text.lower()).isalpha():
                continue
            prev_end, next_start = tokens[i - 1].end, tokens[i + 1].start
            nxt = word(i + 1)
            if tokens[i + 1].text[:1].isupper():
                nxt = nxt.capitalize()  # the rule tells item heads by their capital
            if context.one_is_i(word(i - 1), text[prev_end:start], nxt, text[end:next_start], word(i + 2), lexicon):
                t.choice = ("i", 1.0, "context:1->i")
            continue
        if t.choice is None and tok.isdigit():
            continue  # a number: no rule is keyed on one, and its fold has no other spelling
        low = tok.lower()
        if not SWEDISH_LETTERS.isdisjoint(low):
            if t.choice is None:
                no_choice_read.add(tok)
            continue
        # The rule for the word the token was read as: "&r" read as "år" is still är/år.
        cur = t.choice[0] if t.choice else low
        if cur in no_choice:
            if t.choice is None:
                no_choice_read.add(tok)
            continue  # no rule and no other spelling
        key = fold(cur)
        rule = context.RULES.get(key)
        if rule is None:
            twins = lexicon.by_key(key)
            if (len(twins) < 2 and (not twins or twins[0] == cur)) or not context.grammar_may_choose(cur, lexicon):
                no_choice.add(cur)
                continue  # no other spelling to choose between, or none the grammar rules may prefer
            prev = word(i - 1)
            if not lexicon.word_class(cur) or not context.grammar_may_apply(prev, cur, word(i + 1), lexicon):
                continue  # the common case, decided by dictionary lookups alone
        # Sentence ends cut the context: a rule sees no neighbour across "." (a blank line
        # alone does not: page layout puts them inside sentences).
        prev_end = tokens[i - 1].end if i > 0 else 0
        next_start = tokens[i + 1].start if i + 1 < n else len(text)
        sep = text[prev_end:start]
        before = "" if SENTENCE_END.search(sep) else word(i - 1)
        if before and BOUND_BEFORE.search(sep):
            before = "%"  # "50 % är": the number belongs to its sign, it counts no years
        after = "" if SENTENCE_END.search(text[end:next_start]) else word(i + 1)
        if rule is None:
            if "-" in text[end:next_start] or (t.choice is None and lexicon.logf(low) is None):
                continue  # "havs- och": a compound's first part, no word of the clause
            if before and "," in sep:
                before = ","  # "som formuläret bygger på, anger du": the clause ended there
            choice = context.grammar_choice(before, word(i - 2) if before else "", cur, after,
                                            word(i + 2) if after else "", lexicon)
            if choice is not None:
                _decide(t, low, choice, "context:grammar")
            continue
        choice = rule(before, word(i - 2) if before else "", after, word(i + 2) if after else "", lexicon)
        if choice is not None:
            _decide(t, low, choice, f"context:{key}")


def _build(text: str, changes) -> RepairResult:
    """Apply (start, end, replacement, score, reason, original) changes, logging each edit."""
    # TextBuilder's copy and insert, inlined: a damaged text has an edit every few words.
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    edits: list[Edit] = []
    pos = at = 0  # in the text; in the repaired text
    for start, end, new, score, reason, orig in sorted(changes):
        if new == orig or start < pos:
            continue
        if start > pos:
            segments.append((at, pos, start - pos))
            parts.append(text[pos:start])
            at += start - pos
        parts.append(new)
        edits.append(Edit(orig, new, at, at + len(new), start, end, score, reason))
        at += len(new)
        pos = end
    if len(text) > pos:
        segments.append((at, pos, len(text) - pos))
        parts.append(text[pos:])
    return RepairResult(text="".join(parts), edits=edits, offsets=OffsetMap(segments))


def undo(repaired: str, edits: list[Edit]) -> str:
    """The text before repair, rebuilt from the repaired text and its edit log."""
    out = repaired
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        out = out[: e.start] + e.original + out[e.end :]
    return out
