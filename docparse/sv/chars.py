"""A letter-trigram model of Swedish words (models/sv_chars.tsv, built by models/build_charmodel.py
from Riksdag text): tells a word Swedish letters could spell from one a broken font map made
("protokojjet", "bgsluagr"), without knowing the word."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from docparse.errors import ModelDataError

WORD = re.compile(r"[^\W\d_]+")
# A word with a trigram seen fewer times than this in the training text is implausible. Real
# words rarely hold one (a foreign name, an odd compound seam); a damaged word usually does.
RARE = 3
MIN_WORD = 3  # shorter words are not judged: too few trigrams to tell


class CharModel:
    def __init__(self, counts: dict[str, int]):
        self.counts = counts

    @lru_cache(maxsize=65536)
    def plausible(self, word: str) -> bool:
        """True when every letter trigram of ``word`` (lower case, padded ^ $) is a usual one."""
        padded = f"^{word.lower()}$"
        get = self.counts.get
        return all(get(padded[i : i + 3], 0) >= RARE for i in range(len(padded) - 2))

    def implausible(self, text: str, *, sample: int = 400, known=None) -> tuple[int, list[str]]:
        """(words judged, the implausible ones) over the first ``sample`` words of at least MIN_WORD
        letters; all-capital words (abbreviations) are not judged. ``known(word)``, when given,
        spares a word the trigrams doubt (one a lexicon holds)."""
        judged, bad = 0, []
        for m in WORD.finditer(text):
            w = m.group(0)
            if len(w) < MIN_WORD or w.isupper():
                continue
            judged += 1
            if not self.plausible(w) and not (known is not None and known(w)):
                bad.append(w)
            if judged >= sample:
                break
        return judged, bad

    def implausible_share(self, text: str, *, sample: int = 400) -> tuple[float, int]:
        """(share of implausible words, words judged), as ``implausible`` judges them."""
        judged, bad = self.implausible(text, sample=sample)
        return (len(bad) / judged if judged else 0.0), judged


def read_char_model(path: Path) -> CharModel | None:
    """The model of ``path``; None when the file is not there (the judge then goes without it)."""
    if not path.exists():
        return None
    counts: dict[str, int] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        gram, _, value = line.partition("\t")
        if len(gram) != 3 or not value.isdigit():
            raise ModelDataError(f"{path}: line {n}: expected 'trigram<TAB>count', got {line!r}")
        counts[gram] = int(value)
    return CharModel(counts)
