"""Build models/sv_proper.txt: the word forms hunspell-sv writes with a capital (proper nouns).

Source: hunspell-sv (PyPI ``hunspell-sv``; SFOL/SALDO based), share/hunspell/sv_SE.dic + .aff,
the same dictionary models/build_lexicon.py reads. The lexicon keeps its forms in lower case,
so "Mälaren" (the lake) and "målaren" (the painter) are both plain words there; this list says
which forms are names: every form of an entry that opens with a capital, expanded by its
suffix rules (Mälaren, Mälarens), lower-cased, one a line; kept are those that share their key
without å/ä/ö with another word of the lexicon (models/sv_lexicon.marisa: build it first), the
only ones repair chooses between. Repair reads it (docparse/repair/propernames.py) to keep a
capitalised word in mid-sentence the name it is.

Run: python models/build_proper.py   (a few seconds)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from docparse.models import ModelStore  # noqa: E402
from docparse.sv.lexicon import fold  # noqa: E402
from build_lexicon import NEEDAFFIX, ONLYINCOMPOUND, expand, find_hunspell, parse_aff, read_dic  # noqa: E402

OUT = HERE / "sv_proper.txt"


def proper_forms(dic: Path) -> set[str]:
    """Lower-cased forms of the entries of ``dic`` that open with a capital letter."""
    rules = parse_aff(dic.with_suffix(".aff"))
    _n, entries = read_dic(dic)
    out: set[str] = set()
    for stem, flags in entries:
        if not stem[:1].isupper():
            continue
        for i, (form, fl) in enumerate(expand(stem, flags, rules)):
            if (i == 0 and NEEDAFFIX in flags) or ONLYINCOMPOUND in fl:
                continue
            if form[:1].isupper() and form.isalpha():
                out.add(form.lower())
    return out


def with_twins(forms: set[str], lexicon) -> set[str]:
    """The forms that share their key without å/ä/ö with another listed word ("mälaren" with
    "målaren"): the only ones repair can be asked to choose (a file a twentieth the size, read
    in a cold process in well under a millisecond)."""
    return {w for w in forms if any(t != w for t in lexicon.by_key(fold(w)))}


def main() -> None:
    lexicon = ModelStore(HERE).lexicon
    forms = with_twins(proper_forms(find_hunspell()), lexicon)
    OUT.write_text("# proper nouns of hunspell-sv sv_SE.dic, lower case (models/build_proper.py)\n"
                   + "\n".join(sorted(forms)) + "\n", encoding="utf-8")
    print(f"{len(forms)} proper-noun forms -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
