"""Build models/sv_proper.txt: the word forms hunspell-sv writes with a capital (proper nouns).

Source: hunspell-sv (PyPI ``hunspell-sv``; SFOL/SALDO based), share/hunspell/sv_SE.dic + .aff,
the same dictionary models/build_lexicon.py reads. The lexicon keeps its forms in lower case,
so "Mälaren" (the lake) and "målaren" (the painter) are both plain words there; this list says
which forms are names: every form of an entry that opens with a capital, expanded by its
suffix rules (Mälaren, Mälarens), lower-cased, one a line. Repair reads it (docparse/repair/
propernames.py) to keep a capitalised word in mid-sentence the name it is.

Run: python models/build_proper.py   (a few seconds)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

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


def main() -> None:
    forms = proper_forms(find_hunspell())
    OUT.write_text("# proper nouns of hunspell-sv sv_SE.dic, lower case (models/build_proper.py)\n"
                   + "\n".join(sorted(forms)) + "\n", encoding="utf-8")
    print(f"{len(forms)} proper-noun forms -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
