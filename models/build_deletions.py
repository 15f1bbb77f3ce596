"""Build models/sv_deletions.marisa and sv_deletion_keys.marisa: the deletion index of the
lexicon's common words (docparse.sv.deletions), for the repair stage's general noisy channel
(docparse.repair.noisy).

Source: the lexicon of this folder (sv_lexicon.marisa, built by models/build_lexicon.py from
its named sources: hunspell-sv, wordfreq's Swedish frequencies, models/domain_sv.txt). No
text is read here; held-out and dev text play no part.

Method: every listed word (not a compound part alone) with log10 frequency at least MIN_LOGF and
at least MIN_LENGTH letters is folded (å/ä -> a, ö -> o) to its key; each key and its one-letter
deletions are indexed to it. A rarer word cannot win against a token kept as read once a
generic edit is paid for, so it need not be found.

Run: python models/build_deletions.py   (a few seconds)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

MIN_LOGF = -7.5
MIN_LENGTH = 4


def main() -> None:
    import marisa_trie

    from docparse.sv.deletions import DELETIONS_FILE, KEYS_FILE
    from docparse.sv.lexicon import FOLD, read_lexicon

    lexicon = read_lexicon(HERE)
    words = marisa_trie.RecordTrie("<i")
    words.mmap(str(HERE / "sv_lexicon.marisa"))
    keys = sorted({w.translate(FOLD) for w in words.keys()
                   if len(w) >= MIN_LENGTH and (lexicon.logf(w) or -99.0) >= MIN_LOGF})
    key_trie = marisa_trie.Trie(keys)
    pairs = []
    for key in keys:
        kid = key_trie[key]
        # the key itself too: one lookup a string answers both
        for deleted in {key} | {key[:i] + key[i + 1:] for i in range(len(key))}:
            pairs.append((deleted, (kid,)))
    key_trie.save(str(HERE / KEYS_FILE))
    marisa_trie.RecordTrie("<I", pairs).save(str(HERE / DELETIONS_FILE))
    print(f"{len(keys)} keys, {len(pairs)} deletions -> {DELETIONS_FILE}, {KEYS_FILE}")


if __name__ == "__main__":
    main()
