"""Build models/sv_names.tsv: Swedish given names and surnames with counts, for docparse.sv.names.

Sources (no downloads at run time; both read at build time only):
- SUC 3.0 named-entity dev split (Stockholm-Umeå Corpus, Språkbanken, CC BY 4.0), as shipped in
  /work/shared/external/suc3-ner/dev.jsonl.gz (from kb-labb/sucx3_ner; token-level IO tags). From
  its PER spans: the first token of a multi-token span counts as a given name, the last as a
  surname, a single-token span as a bare name; every capitalised token also counts how often it
  is NOT part of a PER span (mid-sentence) and how often its lower-case form occurs, so the
  recogniser can tell "Berg" the name from "Kommunen" the noun.
  HELD OUT: every sentence whose line index modulo 10 is 0, 1 or 2 (30 %) is never read here;
  benchmarks/eval_names_suc.py measures the recogniser on exactly those.
- Faker (PyPI ``faker``, MIT), locale sv_SE: the 500 commonest given names of each sex (Isof's
  name statistics, 2023) and the 500 commonest surnames (Skatteverket, 2025). Only the lists are
  read; install it for the build with ``pip install --target /tmp/fakerpkg faker``.
  Also the given names (not surnames: many are common words) of Faker's Latin-script locales
  listed in FOREIGN_LOCALES, since Swedish documents name people from everywhere; flag "g".
  Those whose lower-case form is a common Swedish word (docparse's lexicon) are left out.

Columns: name, flags (G Swedish given-name list, g foreign given-name list, S surname list), suc_given, suc_surname, suc_single,
suc_other (capitalised, not sentence-initial, not PER), suc_lower (lower-case occurrences).
Only tokens with some person evidence are kept (a list entry or a PER tag). Foreign given names
that have no SUC counts and are no listed surname go, one a line, to sv_names_foreign_given.txt.

Run: python models/build_names.py [--suc PATH] [--faker-path DIR]   (about 1 s)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SUC = Path("/work/shared/external/suc3-ner/dev.jsonl.gz")
OUT = Path(__file__).resolve().parent / "sv_names.tsv"
FOREIGN_OUT = Path(__file__).resolve().parent / "sv_names_foreign_given.txt"
HELD_OUT_MODULO, HELD_OUT_BELOW = 10, 3  # sentence i is held out when i % 10 < 3


def is_held_out(sentence_index: int) -> bool:
    return sentence_index % HELD_OUT_MODULO < HELD_OUT_BELOW


def read_suc(path: Path):
    """(index, tokens, tags) for every sentence of the SUC file."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            row = json.loads(line)
            yield i, row["tokens"], row["ner_tags"]


def per_spans(tags: list[str]) -> list[tuple[int, int]]:
    spans, i = [], 0
    while i < len(tags):
        if tags[i] == "PER":
            j = i
            while j < len(tags) and tags[j] == "PER":
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


def is_capitalised(tok: str) -> bool:
    return tok[:1].isupper() and tok[1:2].islower()


def suc_counts(path: Path) -> tuple[dict[str, Counter], Counter]:
    counts: dict[str, Counter] = defaultdict(Counter)
    lower: Counter = Counter()
    for i, tokens, tags in read_suc(path):
        if is_held_out(i):
            continue
        in_per = set()
        for s, e in per_spans(tags):
            in_per.update(range(s, e))
            words = [t for t in tokens[s:e] if is_capitalised(t)]
            if not words:
                continue
            if e - s == 1:
                counts[words[0]]["suc_single"] += 1
            else:
                counts[words[0]]["suc_given"] += 1
                counts[words[-1]]["suc_surname"] += 1
                for w in words[1:-1]:  # "Anna Birgitta Strömberg": middle names are given names
                    counts[w]["suc_given"] += 1
        for k, tok in enumerate(tokens):
            if tok.islower():
                lower[tok] += 1
            elif k > 0 and k not in in_per and is_capitalised(tok) and tokens[k - 1] not in ".!?:":
                counts[tok]["suc_other"] += 1
    return counts, lower


def faker_lists(extra_path: str | None) -> tuple[set[str], set[str]]:
    if extra_path:
        sys.path.insert(0, extra_path)
    try:
        from faker.providers.person import sv_SE
    except ImportError:
        raise SystemExit("faker not found: pip install --target /tmp/fakerpkg faker; pass --faker-path /tmp/fakerpkg")
    p = sv_SE.Provider
    return set(p.first_names_male) | set(p.first_names_female), set(p.last_names)


FOREIGN_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_PT", "nl_NL", "pl_PL",
                   "fi_FI", "no_NO", "da_DK", "is_IS", "et_EE", "hr_HR", "tr_TR", "cs_CZ", "hu_HU")
COMMON_LOGF = -5.0  # the recogniser's threshold for a common Swedish word (docparse.sv.names)


def foreign_given_names() -> set[str]:
    import importlib

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from docparse.repair.model import load

    lexicon = load().lexicon
    names: set[str] = set()
    for loc in FOREIGN_LOCALES:
        p = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            for n in getattr(p, attr, ()) or ():
                if not re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?", n):
                    continue
                logf = lexicon.logf(n.lower())
                if logf is None or logf <= COMMON_LOGF:
                    names.add(n)
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suc", type=Path, default=SUC)
    ap.add_argument("--faker-path", default="/tmp/fakerpkg")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    counts, lower = suc_counts(args.suc)
    given, surnames = faker_lists(args.faker_path)
    foreign = foreign_given_names() - given
    names = {n for n, c in counts.items() if c["suc_given"] or c["suc_surname"] or c["suc_single"]} | given | surnames | foreign
    # Foreign given names with no SUC counts go to a plain list (read as one set, fast).
    foreign_only = {n for n in foreign if n not in counts and n not in surnames}
    names -= foreign_only
    FOREIGN_OUT.write_text("# foreign given names (models/build_names.py; sources in its docstring)\n"
                           + "\n".join(sorted(foreign_only)) + "\n", encoding="utf-8")
    cols = ("suc_given", "suc_surname", "suc_single", "suc_other", "suc_lower")
    lines = ["# name\tflags\t" + "\t".join(cols) + "  (built by models/build_names.py; sources in its docstring)"]
    for name in sorted(names):
        flags = ("G" if name in given else "") + ("g" if name in foreign else "") + ("S" if name in surnames else "")
        c = counts.get(name, Counter())
        c["suc_lower"] = lower[name.lower()]
        lines.append("\t".join([name, flags or "-", *(str(c[k]) for k in cols)]))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} rows ({len(given)} Swedish given, {len(foreign)} foreign given of which {len(foreign_only)} "
          f"in {FOREIGN_OUT.name}, {len(surnames)} surnames) -> {args.out}")


if __name__ == "__main__":
    main()
