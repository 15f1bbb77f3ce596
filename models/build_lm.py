"""Build models/sv_lm_*.marisa: a word bigram language model of administrative Swedish for repair.

Sources (public, read from ../shared/external/, never copied into the project):
- riksdag/: Riksdag documents (betänkanden, motioner, propositioner, protokoll, SFS) of the
  Riksdag's open data, the training documents of models/riksdag_split.py only: the held-out
  documents and G40310 (OCR'd print, no truth) are never read here.
- suc3-ner/dev.jsonl.gz: SUC 3.0 (Språkbanken, CC BY 4.0), balanced Swedish prose, its tokens.
The seeds and the dev corpus are never read.

Tokens are what repair tokenises (docparse.sv.lm.sentence_tokens: letters and digits, lower-cased, numbers
as one class, a sentence mark where punctuation ends a clause). The model is interpolated
absolute discounting (the Kneser-Ney discount D = n1 / (n1 + 2 n2)) over bigrams seen at
least MIN_COUNT times, backing off to a unigram that mixes the corpus counts with the
lexicon's word frequencies, through a class bigram model whose classes are the OWN_CLASSES
commonest words and, for the rest, the lexicon's word-class bits (docparse.sv.lm). Shipped:
only counts, as marisa RecordTries (memory-mapped at load):
  sv_lm_bigrams.marisa  "prev next" -> (count,)
  sv_lm_words.marisa    word -> (count, count as history, back-off weight x 1e6, own-class flag)
  sv_lm_trigrams.marisa "a b c" -> ((count - D3) / count(a b),); "a b " -> (back-off weight,):
                        the trigram model interpolated over the bigram model, trigrams seen
                        at least MIN_TRIGRAM_COUNT times
  sv_lm_classes.marisa  "c1 c2" -> (count,); "c " count, " c" count as history,
                        "  c" back-off weight x 1e6
and sv_lm.json (discounts, totals, sources, held-out perplexity).

Run: python models/build_lm.py   (about a minute)
     python models/build_lm.py --tuning DIR   # a model without the tuning fold (riksdag_split.tuning_ids),
         in DIR beside links to models/' other files: DOCPARSE_MODELS=DIR repairs with it, to tune repair's
         decisions on the fold's OCR (benchmarks/eval_repair_riksdag.py --documents tuning)
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import riksdag_split  # noqa: E402

from docparse.models import ModelStore  # noqa: E402
from docparse.sv.lm import (  # noqa: E402
    BIGRAMS_FILE, CLASSES_FILE, LM_FORMAT, LM_META, OWN_CLASS, SENT, TRIGRAMS_FILE, WORDS_FILE, LanguageModel, sentence_tokens, word_class,
)

SUC = HERE.parents[1] / "shared" / "external" / "suc3-ner" / "dev.jsonl.gz"
MIN_COUNT = 1  # every bigram kept: pruning singletons cost 22 % perplexity on held-out text
MIN_WORD_COUNT = 2  # corpus unigrams likewise (the lexicon's frequencies cover the rest)
MAX_COUNT = 65535
# Every trigram kept: leaving out those seen once (1/6 of the size) cost a reference scan a word
# and the folded dev corpus two, and the context pass reads a trigram only where one was counted.
MIN_TRIGRAM_COUNT = 1
OWN_CLASSES = 150  # the commonest words are classes of their own (function words, mostly)


def riksdag_streams(ids: list[str]):
    for d in ids:
        text = (riksdag_split.RIKSDAG_DIR / f"{d}.txt").read_text(encoding="utf-8")
        yield from sentence_tokens(text)


def suc_streams():
    with gzip.open(SUC, "rt", encoding="utf-8") as f:
        for line in f:
            # SUC is tokenised: rejoin with spaces and tokenise as repair does
            yield from sentence_tokens(" ".join(json.loads(line)["tokens"]))


def count(streams) -> tuple[Counter, Counter, Counter]:
    uni, bi, tri = Counter(), Counter(), Counter()
    for sent in streams:
        seq = [SENT] + sent + [SENT]
        uni.update(sent)
        uni[SENT] += 1
        bi.update(zip(seq, seq[1:]))
        tri.update(zip(seq, seq[1:], seq[2:]))
    return uni, bi, tri


def trigram_rows(tri: Counter):
    """The trigram trie's rows and the KN discount D3: each kept trigram's discounted share of its
    history's total, and each history's back-off weight (the mass its kept trigrams leave)."""
    n1 = sum(1 for c in tri.values() if c == 1)
    n2 = sum(1 for c in tri.values() if c == 2)
    discount = n1 / (n1 + 2 * n2)
    total = Counter()
    for (a, b, _c), n in tri.items():
        total[(a, b)] += n
    kept = {k: n for k, n in tri.items() if n >= MIN_TRIGRAM_COUNT}
    mass = Counter()
    for (a, b, _c), n in kept.items():
        mass[(a, b)] += n - discount
    rows = [(f"{a} {b} {c}", ((n - discount) / total[(a, b)],)) for (a, b, c), n in kept.items()]
    rows += [(f"{a} {b} ", (1.0 - m / total[(a, b)],)) for (a, b), m in mass.items()]
    return discount, rows, len(kept)


def discounted(counts: Counter) -> tuple[float, Counter, Counter]:
    """The KN discount of bigram counts, each history's total, and its back-off weight's
    complement (the discounted mass of what followed it)."""
    n1 = sum(1 for c in counts.values() if c == 1)
    n2 = sum(1 for c in counts.values() if c == 2)
    discount = n1 / (n1 + 2 * n2)
    history, mass = Counter(), Counter()
    for (h, _w), c in counts.items():
        history[h] += c
        mass[h] += c - discount
    return discount, history, mass


def tuning_folder(out: Path) -> None:
    """``out`` made a models folder: links to every file of models/ but the language model's."""
    out.mkdir(parents=True, exist_ok=True)
    own = {BIGRAMS_FILE, TRIGRAMS_FILE, WORDS_FILE, CLASSES_FILE, LM_META}
    for f in HERE.iterdir():
        link = out / f.name
        if f.is_file() and f.name not in own and not f.name.endswith(".py") and not link.exists():
            link.symlink_to(f)


def main(argv: list[str] | None = None) -> int:
    import marisa_trie

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tuning", type=Path, metavar="DIR",
                    help="build without the tuning fold into DIR (perplexity measured on the fold)")
    args = ap.parse_args(argv)
    out = HERE
    train = riksdag_split.training_ids()
    measured = riksdag_split.heldout_ids()
    if args.tuning:
        out = args.tuning
        tuning_folder(out)
        measured = riksdag_split.tuning_ids()
        train = [d for d in train if d not in measured]
    lexicon = ModelStore(HERE).lexicon

    uni, bi, tri = count(riksdag_streams(train))
    u2, b2, t2 = count(suc_streams())
    uni.update(u2)
    bi.update(b2)
    tri.update(t2)
    total = sum(uni.values())
    # (the word model's back-off mass is the kept bigrams', counted below)
    discount, history, _all_mass = discounted(bi)
    # The class model, from the same counts: the commonest words are their own class.
    own = {w for w, _c in uni.most_common(OWN_CLASSES)}
    cls = {w: word_class(w, w in own, lexicon) for w in set(uni) | set(history)}
    class_bi, class_uni = Counter(), Counter()
    for (h, w), c in bi.items():
        class_bi[(cls[h], cls[w])] += c
    for w, c in uni.items():
        class_uni[cls[w]] += c
    class_discount, class_history, class_mass = discounted(class_bi)
    class_rows = [(f"{a} {b}", (c,)) for (a, b), c in class_bi.items()]
    for c, n in class_uni.items():
        class_rows.append((f"{c} ", (n,)))
    for c, n in class_history.items():
        class_rows.append((f" {c}", (n,)))
        class_rows.append((f"  {c}", (round((1 - class_mass[c] / n) * 1e6),)))
    kept = {k: min(c, MAX_COUNT) for k, c in bi.items() if c >= MIN_COUNT}
    kept_mass = Counter()
    for (h, _w), c in kept.items():
        kept_mass[h] += c - discount
    words = {}
    for w in set(uni) | set(history):
        c, hc = uni.get(w, 0), history.get(w, 0)
        if c < MIN_WORD_COUNT and w not in kept_mass:
            continue
        backoff = 1.0 if hc == 0 else 1.0 - kept_mass.get(w, 0.0) / hc
        words[w] = (min(c, 2**32 - 1), min(hc, 2**32 - 1), round(backoff * 1e6), OWN_CLASS if w in own else 0)
    for w in own:  # a class of its own is known as one even where its counts were pruned
        words.setdefault(w, (uni[w], history.get(w, 0), 1000000, OWN_CLASS))
    bigram_trie = marisa_trie.RecordTrie("<H", ((f"{h} {w}", (c,)) for (h, w), c in kept.items()))
    word_trie = marisa_trie.RecordTrie("<IIIB", words.items())
    class_trie = marisa_trie.RecordTrie("<I", class_rows)
    bigram_trie.save(str(out / BIGRAMS_FILE))
    word_trie.save(str(out / WORDS_FILE))
    class_trie.save(str(out / CLASSES_FILE))
    tri_discount, tri_rows, tri_kept = trigram_rows(tri)
    marisa_trie.RecordTrie("<f", tri_rows).save(str(out / TRIGRAMS_FILE))
    del tri_rows
    meta = {
        "format": LM_FORMAT,
        "discount": round(discount, 4),
        "class_discount": round(class_discount, 4),
        "trigram_discount": round(tri_discount, 4),
        "trigrams_kept": tri_kept,
        "min_trigram_count": MIN_TRIGRAM_COUNT,
        "own_classes": OWN_CLASSES,
        "tokens": total,
        "sources": {"riksdag": train, "suc3-ner": "dev.jsonl.gz"},
        "heldout": measured,
        "min_count": MIN_COUNT,
    }
    (out / LM_META).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

    # Perplexity on the held-out documents (the tuning fold with --tuning), which the counts above never saw.
    lm = LanguageModel(out, lexicon)
    held = list(riksdag_streams(measured))
    for name, order in (("unigram", 1), ("bigram", 2), ("trigram", 3)):
        logp, n = 0.0, 0
        for sent in held:
            seq = [SENT] + sent + [SENT]
            for j, (prev, w) in enumerate(zip(seq, seq[1:])):
                logp += (lm.logp(w) if order == 1 else lm.logp(w, prev) if order == 2
                         else lm.logp3(w, seq[j - 1] if j else None, prev))
                n += 1
        meta[f"heldout_perplexity_{name}"] = round(10 ** (-logp / n), 1)
    meta["heldout_tokens"] = n
    (out / LM_META).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(train)} Riksdag documents + SUC: {total} tokens; {len(kept)} bigrams kept of {len(bi)}, "
          f"{tri_kept} trigrams of {len(tri)}, {len(words)} words, D={discount:.3f}")
    print(f"held-out ({len(held)} sentences, {n} tokens): perplexity unigram "
          f"{meta['heldout_perplexity_unigram']}, bigram {meta['heldout_perplexity_bigram']}, "
          f"trigram {meta['heldout_perplexity_trigram']}")
    print(f"{len(class_uni)} classes, {len(class_bi)} class bigrams, class D={class_discount:.3f}")
    for f in (BIGRAMS_FILE, TRIGRAMS_FILE, WORDS_FILE, CLASSES_FILE):
        print(f, (out / f).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
