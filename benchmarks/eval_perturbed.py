"""How extraction holds when the same texts are delivered differently (another converter's habits).

Each .txt document is copied to a temp folder with one perturbation applied, run through docparse
in-process (docparse.pipeline.process, as `docparse run` does on a file) and scored against its gold
(docparse.evaluate.gold, as `docparse eval` does). Printed: micro-F1 per perturbation, the change
against the unperturbed baseline, and F1 per field. Only gold files whose document is among the
inputs are scored (the invented set's .pdf/.html/... documents are left out).

Perturbations (each deterministic; the random ones use a fixed seed):
  baseline     the text as it is
  blank_lines  every line break doubled (a converter putting a blank line between lines)
  crlf         Windows line ends
  tabs         every run of two or more spaces replaced by a tab
  nbsp_num     the space between digit groups ("12 500") a no-break space (U+00A0)
  pdf_column   prose lines longer than 70 characters re-wrapped at ~70, a long word crossing the margin
               hyphenated ("kommun-" / "fullmäktige"), as a PDF column's text layer gives them
  caps_heads   every heading-like line (short, no closing punctuation, no columns, after a blank
               line or a Markdown '#') in capitals
  trailing_sp  one to three spaces at the end of every non-blank line
  ligatures    "fi", "fl", "ff", "ffi", "ffl" as the ligature characters a PDF's text layer gives
               ("\ufb01nansiering", "\ufb02era")
  soft_hyph    a soft hyphen (U+00AD) at a hyphenation point inside every word of ten letters or more,
               as typeset text exported keeps them
  pua_bullets  a list's bullet ("- ", "* ", "\u2022 ") as Word's Symbol/Wingdings bullet in the private-use
               area and a tab ("\uf0b7\t", an indented one "\uf0a7\t"), as pdftotext and Word's text export give it
  zero_width   a BOM opening the file, a zero-width space or word joiner after every seventh word, a
               stray BOM at every tenth line start (a web scraper's and a file join's invisible characters)
  pdf_pages    pdftotext of a multi-page PDF: every 40 lines (mid-paragraph too) the page's footer
               "Sida k av n", a form feed (the last page ends with one too) and the running head (the
               document's first line) atop the next page
  typography   Word's autocorrect: ' as \u2019, " - " as " \u2013 ", a year span "2031-2034" with an en dash,
               "..." quotes as \u201d...\u201d and every third pair as \u00ab...\u00bb
  thin_space   the space between digit groups a thin space (U+2009), the space after "\u00a7" a no-break space
  page_footer  a page footer "Sida k av n" alone between blank lines every 30 lines, inside a paragraph
               (pdftotext's raw mode: no form feed, the paragraph parted by its page's footer)
  one_line     the whole text in one line, its lines joined by a space (a web archive's or a scraper's text
               extraction of a PDF or a page, as the flattened excerpts of the corpus are)

    python benchmarks/eval_perturbed.py                       # dev corpus and the invented .txt files
    python benchmarks/eval_perturbed.py --set dev --only crlf tabs
    python benchmarks/eval_perturbed.py --set invented --show-worst 5
    python benchmarks/eval_perturbed.py --docs 'my/*.txt' --gold my/gold
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's docparse, not the installed one
SETS = {
    "dev": (str(ROOT.parent / "shared" / "corpus" / "dev" / "*.txt"), ROOT.parent / "shared" / "corpus" / "dev" / "gold"),
    "invented": (str(ROOT / "tests" / "fixtures" / "invented" / "*.txt"), ROOT / "tests" / "fixtures" / "invented" / "gold"),
}
SEED = 1234
WRAP = 70


def blank_lines(text: str) -> str:
    return text.replace("\n", "\n\n")


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def tabs(text: str) -> str:
    return re.sub(r" {2,}", "\t", text)


def nbsp_num(text: str) -> str:
    return re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "\u00a0", text)


def _wrap_line(line: str, rng: random.Random) -> list[str]:
    """A long line broken at ~WRAP characters; a long word crossing the margin is hyphenated."""
    out: list[str] = []
    if re.search(r"\S {3,}\S", line):  # a layout row (columns set apart by spaces) is no column prose
        return [line]
    width = WRAP + rng.randint(-5, 5)
    while len(line) > width:
        cut = line.rfind(" ", 0, width + 1)
        word_end = line.find(" ", width)
        word_end = len(line) if word_end < 0 else word_end
        word_start = cut + 1 if cut >= 0 else 0
        word = line[word_start:word_end]
        split = word_start + len(word) // 2
        if len(word) >= 10 and word.isalpha() and word_start < width < word_end and split > word_start + 3:
            out.append(line[:split] + "-")
            line = line[split:]
        elif cut > 0:
            out.append(line[:cut])
            line = line[cut + 1:]
        else:
            break
    out.append(line)
    return out


def pdf_column(text: str) -> str:
    rng = random.Random(SEED)
    return "\n".join(part for line in text.split("\n") for part in _wrap_line(line, rng))


_HEADING = re.compile(r"^(#{1,6} .+|[^\W\d_][^.,;]{0,60}[^\s.,;:]|§ ?\d+[^.,;]{0,60}[^\s.,;:]|\d+(\.\d+)*\.? [^.,;]{1,60}[^\s.,;:])$")


def caps_heads(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        s = line.strip()
        after_blank = i == 0 or not lines[i - 1].strip()
        if s and _HEADING.match(s) and "  " not in s and (after_blank or s.startswith("#")) and len(s.split()) <= 10:
            lines[i] = line.upper()
    return "\n".join(lines)


def trailing_sp(text: str) -> str:
    rng = random.Random(SEED)
    return "\n".join(line + " " * rng.randint(1, 3) if line.strip() else line for line in text.split("\n"))


_LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))


def ligatures(text: str) -> str:
    for plain, lig in _LIGATURES:
        text = text.replace(plain, lig)
    return text


_LONG_WORD = re.compile(r"[^\W\d_]{10,}")


def _soft_hyphenate(m: re.Match) -> str:
    word = m.group(0)
    # a hyphenation point nearest the middle: before a consonant that opens a syllable ("kommun|fullmäktige")
    vowels = "aeiouyåäöé"
    points = [k for k in range(3, len(word) - 3) if word[k].lower() not in vowels and word[k + 1].lower() in vowels]
    k = min(points, key=lambda i: abs(i - len(word) // 2)) if points else len(word) // 2
    return word[:k] + "\u00ad" + word[k:]


def soft_hyph(text: str) -> str:
    return _LONG_WORD.sub(_soft_hyphenate, text)


_BULLET_LINE = re.compile(r"^([ \t]*)[-*\u2022\u2013][ \t]+(?=\S)", re.M)


def pua_bullets(text: str) -> str:
    return _BULLET_LINE.sub(lambda m: m.group(1) + ("\uf0a7\t" if m.group(1) else "\uf0b7\t"), text)


def zero_width(text: str) -> str:
    rng = random.Random(SEED)
    words = re.split(r"(?<=\S)(?= )", text)
    text = "".join(w + (rng.choice(("\u200b", "\u2060")) if i % 7 == 6 else "") for i, w in enumerate(words))
    lines = text.split("\n")
    return "\ufeff" + "\n".join("\ufeff" + line if i % 10 == 9 and line else line for i, line in enumerate(lines))


_PAGE_LINES = 40


def pdf_pages(text: str) -> str:
    lines = text.split("\n")
    if len(lines) <= _PAGE_LINES:
        return text
    head = next((line.strip() for line in lines if line.strip()), "")
    pages = [lines[i:i + _PAGE_LINES] for i in range(0, len(lines), _PAGE_LINES)]
    out = []
    for k, page in enumerate(pages, 1):
        body = "\n".join(page)
        if k > 1:
            body = head + "\n\n" + body
        out.append(body + f"\n\nSida {k} av {len(pages)}\n")
    return "\f".join(out) + "\f"  # pdftotext ends every page with a form feed, the last one too


def typography(text: str) -> str:
    text = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
    text = re.sub(r"\b((?:19|20)\d\d)-((?:19|20)\d\d)\b", "\\1\u2013\\2", text)
    count = iter(range(1 << 30))
    return re.sub(r'"([^"\n]{1,200})"', lambda m: ("\u00ab%s\u00bb" if next(count) % 3 == 2 else "\u201d%s\u201d") % m.group(1), text)


def thin_space(text: str) -> str:
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "\u2009", text)
    return re.sub(r"\u00a7 (?=\d)", "\u00a7\u00a0", text)


def page_footer(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    total = len(lines) // 30 + 1
    page = 1
    for i, line in enumerate(lines):
        out.append(line)
        if i >= 29 and (i + 1) % 30 == 0 and line.strip() and i + 1 < len(lines) and lines[i + 1].strip():
            page += 1
            out.extend(["", f"Sida {page} av {total}", ""])
    return "\n".join(out)


def one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


PERTURBATIONS: dict[str, Callable[[str], str] | None] = {
    "baseline": None, "blank_lines": blank_lines, "crlf": crlf, "tabs": tabs, "nbsp_num": nbsp_num,
    "pdf_column": pdf_column, "caps_heads": caps_heads, "trailing_sp": trailing_sp,
    "ligatures": ligatures, "soft_hyph": soft_hyph, "pua_bullets": pua_bullets, "zero_width": zero_width,
    "pdf_pages": pdf_pages, "typography": typography, "thin_space": thin_space, "page_footer": page_footer,
    "one_line": one_line,
}


def run_set(paths: list[str], gold_dir: Path, perturb: Callable[[str], str] | None):
    """Perturb, process and score: the docparse.evaluate.gold.Evaluation of these documents."""
    from docparse.errors import DocparseError
    from docparse.evaluate.gold import load_gold, score_records
    from docparse.pipeline import process

    names = {Path(p).name for p in paths}
    golds = [g for g in load_gold(gold_dir)[0] if g.file in names or f"{g.stem}.txt" in names]
    records: list[tuple[str, dict]] = []
    with tempfile.TemporaryDirectory(prefix="docparse-perturbed-") as tmp:
        for path in paths:
            text = Path(path).read_text(encoding="utf-8")
            out = Path(tmp) / Path(path).name
            out.write_bytes((perturb(text) if perturb else text).encode("utf-8"))
            try:
                record = process(str(out), ocr="never")
            except DocparseError as err:
                print(f"  {out.name}: {err}", file=sys.stderr)
                continue
            records.append((str(out), record))
    return score_records(golds, records)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="Corpus (repeatable; default both).")
    ap.add_argument("--docs", help="A glob of .txt documents instead of --set (with --gold).")
    ap.add_argument("--gold", type=Path, help="Their gold folder.")
    ap.add_argument("--only", nargs="+", choices=[p for p in PERTURBATIONS if p != "baseline"],
                    help="Only these perturbations (the baseline always runs).")
    ap.add_argument("--show-worst", type=int, default=0, metavar="N",
                    help="Also list the N documents losing most micro-F1 under each perturbation.")
    ap.add_argument("--json", type=Path, help="Also write the figures here.")
    args = ap.parse_args()
    from docparse.evaluate.gold import FIELDS

    sets = {"docs": (args.docs, args.gold)} if args.docs else {s: SETS[s] for s in (args.set or sorted(SETS))}
    chosen = ["baseline"] + (args.only or [p for p in PERTURBATIONS if p != "baseline"])
    figures: dict = {}
    for set_name, (pattern, gold_dir) in sets.items():
        paths = sorted(glob.glob(pattern))
        print(f"== {set_name}: {len(paths)} documents")
        head = f"{'perturbation':<13}{'micro-F1':>9}{'change':>8}  " + " ".join(f"{f.split('.')[-1][:9]:>9}" for f in FIELDS)
        print(head)
        base_f1, base_docs = None, {}
        for name in chosen:
            ev = run_set(paths, Path(gold_dir), PERTURBATIONS[name])
            f1 = ev.micro().f1 or 0.0
            per_field = {f: ev.field_counts(f).f1 for f in FIELDS}
            per_doc = {d.file: d.total().f1 or 0.0 for d in ev.documents}
            if base_f1 is None:
                base_f1, base_docs = f1, per_doc
            cells = " ".join("        -" if v is None else f"{v:9.3f}" for v in per_field.values())
            print(f"{name:<13}{f1:9.3f}{f1 - base_f1:+8.3f}  {cells}", flush=True)
            figures.setdefault(set_name, {})[name] = {"micro_f1": f1, "fields": per_field, "documents": per_doc}
            if args.show_worst and name != "baseline":
                worst = sorted(per_doc, key=lambda d: per_doc[d] - base_docs.get(d, 0.0))[:args.show_worst]
                for d in worst:
                    if per_doc[d] < base_docs.get(d, 0.0):
                        print(f"    {d}: {base_docs[d]:.3f} -> {per_doc[d]:.3f}")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
