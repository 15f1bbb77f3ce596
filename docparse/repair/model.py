"""Loads the repair models from models/: the Swedish lexicon tries and the OCR confusion table."""

from __future__ import annotations

import functools
import json
import math
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from docparse.errors import ModelDataError

LEXICON_FORMAT = 2
FOLD = str.maketrans("åäö", "aao")  # lookup key: what an OCR model without å/ä/ö keeps

BEGIN, MIDDLE, END, ONLY_COMPOUND, INFINITIVE = 1, 2, 4, 8, 16
MISSING = object()

# A confusion the table never saw is not impossible; it gets this probability.
UNSEEN_IDENTITY = 0.999
# Identity of å/ä/ö is floored: an engine that printed ä most likely saw ä.
MIN_IDENTITY = 0.05
MIN_PROPOSE = 5  # confusions seen fewer times are scored but not proposed: noise of a small run


def models_dir() -> Path:
    env = os.environ.get("DOCPARSE_MODELS")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "models"


class Lexicon:
    """Word forms with frequencies and compound-part bits, and the accent index.

    Both are marisa tries, memory-mapped: loading costs nothing, a lookup about a microsecond.
    Lookups are memoised per word, since running text repeats its words.
    """

    def __init__(self, lex, acc, keys):
        self._keys_trie = keys  # every folded key, for prefix tests
        self.prefix_memo: dict[str, bool] = {}  # viable() answers; hot loops read it directly
        self._lex = lex  # word -> [(round(log10 f * 100) << 5 | bits,)]
        self._acc = acc  # folded key -> [b"space-joined words with å/ä/ö folding to it"]
        self._codes: dict[str, int | None] = {}
        self._keys: dict[str, list[str]] = {}

    def code(self, word: str) -> int | None:
        code = self._codes.get(word, MISSING)  # .get, not try/except: misses are common and raising costs
        if code is not MISSING:
            return code
        if len(self._codes) > 500_000:
            self._codes.clear()
        hit = self._lex.get(word)
        code = self._codes[word] = hit[0][0] if hit else None
        return code

    def logf(self, word: str) -> float | None:
        """log10 frequency of a standalone word, None when not a word."""
        code = self.code(word)
        if code is None or code & ONLY_COMPOUND:
            return None
        return (code >> 5) / 100

    def bits(self, word: str) -> int:
        code = self.code(word)
        return 0 if code is None else code & 31

    def viable(self, prefix: str) -> bool:
        """Does any entry's folded form start with ``prefix``?"""
        ok = self.prefix_memo.get(prefix)
        if ok is not None:
            return ok
        if len(self.prefix_memo) > 500_000:
            self.prefix_memo.clear()
        ok = False
        for _ in self._keys_trie.iterkeys(prefix):
            ok = True
            break
        self.prefix_memo[prefix] = ok
        return ok

    def by_key(self, key: str) -> list[str]:
        """Every entry (words and compound parts) whose folded form is ``key``."""
        out = self._keys.get(key)
        if out is not None:
            return out
        if len(self._keys) > 500_000:
            self._keys.clear()
        if key not in self._keys_trie:
            out = []  # one lookup settles most keys a search tries: no entry folds to them
        else:
            out = [key] if self.code(key) is not None else []
            more = self._acc.get(key)
            if more:
                out.extend(more[0].decode("utf-8").split(" "))
        self._keys[key] = out
        return out


@dataclass
class Channel:
    """P(ocr | truth) for one engine, in log10, plus the inverse index used to propose truths."""

    engine: str
    counts: dict[str, dict[str, float]] = field(default_factory=dict)  # truth -> ocr -> count
    vouched: frozenset = frozenset()  # (truth, ocr) pairs the prior table names
    proposable: set = field(default_factory=set)  # (truth, ocr) confusions used in repairs
    logp: dict[tuple[str, str], float] = field(default_factory=dict)
    inverse: dict[str, list[tuple[str, float]]] = field(default_factory=dict)  # ocr -> [(truth, logp)]

    def cost(self, truth: str, ocr: str) -> float:
        """log10 P(ocr|truth) of a proposable confusion; identity of an unlisted character is
        near-certain. Confusions too rare to propose do not score either, so a candidate is
        never reached through one reading of a sign and scored through another."""
        if truth == ocr:
            p = self.logp.get((truth, ocr))
            return math.log10(UNSEEN_IDENTITY) * len(truth) if p is None else p
        if (truth, ocr) not in self.proposable:
            return -math.inf
        return self.logp[(truth, ocr)]


def _unescape(field: str) -> str:
    if "\\" not in field:
        return field
    return field.replace("\\\\", "\0").replace("\\t", "\t").replace("\\n", "\n").replace("\0", "\\")


def read_counts(lines, source: str):
    """``truth<TAB>ocr<TAB>count<TAB>engine`` lines as counts[engine][truth][ocr]."""
    counts = defaultdict(lambda: defaultdict(dict))
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise ModelDataError(f"{source}:{n}: expected 4 tab-separated fields, got {len(parts)}")
        truth, ocr, count, engine = (_unescape(p) for p in parts)
        try:
            c = float(count)
        except ValueError:
            raise ModelDataError(f"{source}:{n}: count {count!r} is not a number") from None
        if len(truth) > 3 or len(ocr) > 3 or c < 0:
            raise ModelDataError(f"{source}:{n}: units longer than 3 characters or negative count")
        truth, ocr = truth.lower(), ocr.lower()
        row = counts[engine][truth]
        row[ocr] = row.get(ocr, 0.0) + c
    return counts


def parse_confusions(lines, source: str = "ocr_confusions.tsv", prior_lines=None) -> dict[str, Channel]:
    """One Channel per engine from the confusion table, plus pseudo-counts from a prior table.

    The prior (hand-set, small counts) keeps confusions seen in real archives but absent from
    a learned table possible, and gives way as the learned counts grow.
    """
    counts = read_counts(lines, source)
    vouched: set[tuple[str, str, str]] = set()  # (engine, truth, ocr) the prior names
    if prior_lines is not None:
        prior = read_counts(prior_lines, "ocr_confusions_prior.tsv")
        for engine, rows in prior.items():
            for truth, row in rows.items():
                for ocr, c in row.items():
                    mine = counts[engine][truth]
                    mine[ocr] = mine.get(ocr, 0.0) + c
                    vouched.add((engine, truth, ocr))
    return {
        engine: channel_from_counts(engine, rows, {(t, o) for e, t, o in vouched if e == engine})
        for engine, rows in counts.items()
    }


def channel_from_counts(engine: str, rows: dict[str, dict[str, float]], vouched=frozenset()) -> Channel:
    """Normalise counts[truth][ocr] into P(ocr | truth). Confusions are proposed (looked up
    from the OCR side) when seen MIN_PROPOSE times or named by the prior (``vouched``)."""
    ch = Channel(engine, counts={t: dict(r) for t, r in rows.items()}, vouched=frozenset(vouched))
    for truth, row in rows.items():
        total = sum(row.values())
        if not truth or total <= 0:
            continue  # insertions ('' truth) are not proposed
        for ocr, c in row.items():
            p = c / total
            if truth == ocr:
                p = max(p, MIN_IDENTITY)
            if p <= 0:
                continue
            ch.logp[(truth, ocr)] = math.log10(p)
            if truth != ocr and (c >= MIN_PROPOSE or (truth, ocr) in vouched):
                ch.proposable.add((truth, ocr))
                if ocr:  # a dropped character ('' read) is proposed by WordRepairer.insertions
                    ch.inverse.setdefault(ocr, []).append((truth, math.log10(p)))
    return ch


def adapted(ch: Channel, observed: dict[tuple[str, str], int], weight: float) -> Channel:
    """The channel with one document's observed (truth, ocr) confusions added, each worth
    ``weight`` table observations: a scan's own fonts decide what é stands for."""
    rows = {t: dict(r) for t, r in ch.counts.items()}
    for (truth, ocr), n in observed.items():
        row = rows.setdefault(truth, {})
        row[ocr] = row.get(ocr, 0.0) + weight * n
    return channel_from_counts(ch.engine, rows, ch.vouched)

@dataclass
class Models:
    lexicon: Lexicon
    channels: dict[str, Channel]
    letter_pairs: frozenset[str] = frozenset()  # letter pairs Swedish words use (^ $ at the ends)
    decisions: object = None  # precomputed damaged-page decisions (marisa BytesTrie) or None


def fingerprint(directory: str | None = None) -> str:
    """sha256 over what repair decisions depend on: the lexicon and confusion tables, and the
    version of the decision code (words.DECISION_VERSION)."""
    import hashlib

    from docparse.repair.words import DECISION_VERSION

    d = Path(directory) if directory else models_dir()
    h = hashlib.sha256(f"decisions {DECISION_VERSION}\n".encode())
    for name in ("sv_lexicon.json", "ocr_confusions.tsv", "ocr_confusions_prior.tsv"):
        p = d / name
        h.update(name.encode() + b"\0" + (p.read_bytes() if p.exists() else b"") + b"\0")
    return h.hexdigest()


def load_decisions(directory: str | None = None):
    """The precomputed decisions (models/build_repair_cache.py) if they match the current
    lexicon and confusion tables, else None."""
    d = Path(directory) if directory else models_dir()
    try:
        meta = json.loads((d / "repair_cache_eng.json").read_text(encoding="utf-8"))
        if meta.get("fingerprint") != fingerprint(str(d)):
            return None  # stale: the tables changed since it was built
        import marisa_trie

        trie = marisa_trie.BytesTrie()
        trie.mmap(str(d / "repair_cache_eng.marisa"))
        return trie
    except (OSError, ValueError, ImportError):
        return None


@functools.lru_cache(maxsize=2)
def load(directory: str | None = None) -> Models:
    """Load (once per process) the lexicon tries and the confusion table."""
    d = Path(directory) if directory else models_dir()
    meta_path, conf_path = d / "sv_lexicon.json", d / "ocr_confusions.tsv"
    rebuild = "rebuild it with python models/build_lexicon.py"
    try:
        import marisa_trie
    except ImportError:
        from docparse.errors import MissingDependencyError

        raise MissingDependencyError("the repair stage needs marisa-trie", hint="pip install marisa-trie") from None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("version") != LEXICON_FORMAT:
            raise ModelDataError(f"{meta_path}: lexicon format is not version {LEXICON_FORMAT}", hint=rebuild)
        lex = marisa_trie.RecordTrie("<i")
        lex.mmap(str(d / "sv_lexicon.marisa"))
        acc = marisa_trie.BytesTrie()
        acc.mmap(str(d / "sv_accents.marisa"))
        keys = marisa_trie.Trie()
        keys.mmap(str(d / "sv_keys.marisa"))
    except FileNotFoundError as err:
        raise ModelDataError(f"{err.filename or d}: lexicon file missing", hint=rebuild) from None
    except (ValueError, RuntimeError, OSError) as err:
        raise ModelDataError(f"{d}: unreadable lexicon ({err})", hint=rebuild) from None
    prior_path = d / "ocr_confusions_prior.tsv"
    try:
        prior = prior_path.read_text(encoding="utf-8").splitlines() if prior_path.exists() else None
        with conf_path.open(encoding="utf-8") as fh:
            channels = parse_confusions(fh, str(conf_path), prior)
    except FileNotFoundError:
        raise ModelDataError(f"{conf_path}: confusion table missing", hint="run python models/build_confusions.py") from None
    for engine in ("eng", "swe"):
        if engine not in channels:
            raise ModelDataError(f"{conf_path}: no rows for engine {engine!r}")
    return Models(Lexicon(lex, acc, keys), channels, frozenset(meta.get("letter_pairs", ())), load_decisions(str(d)))
