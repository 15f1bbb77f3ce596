"""Build models/sv_heads.marisa: how often each word ends a longer word, as a compound's head.

A compound the lexicon does not list ("studielån") is decided by its last part; the part's
frequency as a free word says little about it there ("län" is commoner than "lån" alone, but
far rarer at the end of a word). Counted here: for every lexicon word of at least MIN_HEAD
letters (two where it is no ending of inflection), the distinct words of the training text that end in it after a modifier of at least
MIN_MODIFIER letters that the lexicon marks as a compound's first part ("studie+lån"; "svaret"
is no "sv+aret", "mellan" no "mel+lan").

Sources (public, read from ../shared/external/, never copied into the project), as for
models/build_lm.py:
- riksdag/: the training documents of models/riksdag_split.py only (the held-out documents
  and G40310 are never read here);
- suc3-ner/dev.jsonl.gz: SUC 3.0 (Språkbanken, CC BY 4.0), its tokens.
The seeds and the dev corpus are never read.

Distinct words, not running ones: an unlisted compound is a new word, so what tells is how
many words a head makes, not how often a few of them recur (one common "sko+lan" would
outweigh every "-lån"). Shipped: only counts, sv_heads.marisa, a marisa RecordTrie "<I":
head -> distinct words ending in it.

Run: python models/build_heads.py   (about half a minute)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import build_lm  # noqa: E402
import riksdag_split  # noqa: E402

from docparse.models import ModelStore  # noqa: E402
from docparse.sv.lexicon import BEGIN, MIDDLE  # noqa: E402
from docparse.sv.heads import HEADS_FILE, INFLECTION_ENDINGS, MIN_HEAD, MIN_MODIFIER, SHORT_HEAD  # noqa: E402

MIN_COUNT = 2  # a head of one word is no evidence
# Two-letter heads are counted too ("budget+år", "verksamhets+år") where the word classes call
# them nouns (models/build_wordclass.py), but not the endings of inflection that look like them
# (heads.INFLECTION_ENDINGS): they would swamp the count of the head "ar" against "år".
NOUN = 16  # the word-class bit of nouns (as repair.context names it)


def main() -> int:
    import marisa_trie

    lexicon = ModelStore(HERE).lexicon
    types: Counter = Counter()
    for sent in build_lm.riksdag_streams(riksdag_split.training_ids()):
        types.update(w for w in sent if w.isalpha())
    for sent in build_lm.suc_streams():
        types.update(w for w in sent if w.isalpha())
    heads: Counter = Counter()
    for word in types:
        for k in range(MIN_MODIFIER, len(word) - SHORT_HEAD + 1):
            head, modifier = word[k:], word[:k]
            if len(head) < MIN_HEAD and (head in INFLECTION_ENDINGS or not lexicon.word_class(head) & NOUN):
                continue  # a two-letter head is a noun ("år"), never an ending ("ar") or a verb ("la")
            # the modifier a compound's first part itself: "svaret" is no sv+aret, "mellan" no mel+lan
            if lexicon.logf(head) is not None and lexicon.bits(modifier) & (BEGIN | MIDDLE):
                heads[head] += 1
    kept = {h: min(c, 2**32 - 1) for h, c in heads.items() if c >= MIN_COUNT}
    trie = marisa_trie.RecordTrie("<I", ((h, (c,)) for h, c in kept.items()))
    trie.save(str(HERE / HEADS_FILE))
    print(f"{len(types)} word types ({len(riksdag_split.training_ids())} Riksdag documents + SUC): "
          f"{len(kept)} heads kept of {len(heads)}; {HEADS_FILE} {(HERE / HEADS_FILE).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
