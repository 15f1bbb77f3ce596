"""Word error rate of a text against its truth, and how many å/ä/ö words came out right."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Word tokens: runs of letters and digits; punctuation, '|' and the like are ignored. "_" is
# connector punctuation (signature lines "______"), not a letter, though regex \w counts it.
_WORD = re.compile(r"[^\W_]+")
_SWEDISH = set("åäö")


def words(text: str) -> list[str]:
    """Case-folded word tokens of ``text`` (NFC, punctuation ignored)."""
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


@dataclass
class WerResult:
    truth_words: int
    hyp_words: int
    substitutions: int
    deletions: int
    insertions: int
    swedish_words: int  # truth words containing å, ä or ö
    swedish_right: int  # ... of which the hypothesis has exactly, aligned
    errors: list[tuple[str, str]] = field(default_factory=list)  # (truth, hyp) of each error

    @property
    def wer(self) -> float:
        edits = self.substitutions + self.deletions + self.insertions
        return edits / self.truth_words if self.truth_words else 0.0

    @property
    def swedish_accuracy(self) -> float:
        return self.swedish_right / self.swedish_words if self.swedish_words else 1.0

    def as_dict(self) -> dict:
        return {
            "wer": round(self.wer, 5),
            "truth_words": self.truth_words,
            "hyp_words": self.hyp_words,
            "substitutions": self.substitutions,
            "deletions": self.deletions,
            "insertions": self.insertions,
            "swedish_words": self.swedish_words,
            "swedish_right": self.swedish_right,
            "swedish_accuracy": round(self.swedish_accuracy, 5),
        }


def word_error_rate(truth: str, hyp: str) -> WerResult:
    """Levenshtein alignment of the word sequences (rapidfuzz does the DP in C)."""
    from rapidfuzz.distance import Levenshtein

    t, h = words(truth), words(hyp)
    res = WerResult(len(t), len(h), 0, 0, 0, sum(1 for w in t if _SWEDISH & set(w)), 0)
    for op in Levenshtein.opcodes(t, h):
        tt, hh = t[op.src_start : op.src_end], h[op.dest_start : op.dest_end]
        if op.tag == "equal":
            res.swedish_right += sum(1 for w in tt if _SWEDISH & set(w))
            continue
        if op.tag == "replace":
            res.substitutions += len(tt)
        elif op.tag == "delete":
            res.deletions += len(tt)
        elif op.tag == "insert":
            res.insertions += len(hh)
        res.errors.append((" ".join(tt), " ".join(hh)))
    return res
