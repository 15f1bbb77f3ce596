"""Evaluation: the text-layer judge (docparse.read.quality) on damaged and on clean PDFs.

- Damaged: the two Nykarleby protocols in /work/shared/external/nykarleby, whose text layers a
  broken font map spoils ("protokojjet", "tll"): every page should be judged poor.
- Clean: born-digital PDFs LibreOffice makes (headless, --convert-to pdf) from DOCX files
  python-docx writes, one paragraph per line, of the dev corpus's and the seeds' texts and of the
  Riksdag documents build_charmodel.py holds out of the letter-trigram model (their first
  --riksdag-chars characters): no page should be judged poor.

Reports how many pages of each damaged PDF are judged poor and the false-positive rate over
the clean pages, with the reasons given. With --ocr it also OCRs the cover page of each damaged
PDF with docparse (real Tesseract) and reports its word error rate against the `pdftotext -layout`
text of that page (the cover pages' text layers are all but clean), and the share of the cover
page's words OCR missed (as a multiset: free of the two texts' reading order).

A text of the corpus that is itself the output of an earlier OCR, with its å/ä/ö lost
("Socialndmnden"), is rightly judged poor: the script counts texts of many letters and no å/ä/ö
apart from the clean ones.

    python benchmarks/eval_text_layers.py [--cache /tmp/docparse-textlayers] [--ocr]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "models"), str(ROOT / "tests")]

NYKARLEBY = Path("/work/shared/external/nykarleby")
CORPUS = Path("/work/shared/corpus")
MIN_LETTERS_UNMARKED = 1000  # a Swedish text this long always has å/ä/ö, unless an OCR lost them


def earlier_ocr(text: str) -> bool:
    """A text of many letters with no å/ä/ö: earlier OCR output that lost them (or not Swedish)."""
    return sum(c.isalpha() for c in text) >= MIN_LETTERS_UNMARKED and not any(c in text for c in "åäöÅÄÖ")


def clean_texts(riksdag_chars: int) -> dict[str, str]:
    import build_charmodel

    texts = {}
    for folder in (CORPUS / "dev", CORPUS / "seeds"):
        for path in sorted(folder.glob("*.txt")):
            texts[f"{folder.name}-{path.stem}"] = path.read_text(encoding="utf-8")
    _, held = build_charmodel.split(build_charmodel.documents())
    for name, text in held:
        texts[f"riksdag-{name}"] = text[:riksdag_chars]
    return texts


def make_pdfs(texts: dict[str, str], cache: Path) -> list[Path]:
    """One LibreOffice PDF per text (made once into ``cache``)."""
    import docx

    import formatmaker

    cache.mkdir(parents=True, exist_ok=True)
    todo = []
    for name, text in texts.items():
        if (cache / f"{name}.pdf").exists():
            continue
        document = docx.Document()
        for line in text.splitlines():
            # XML 1.0 refuses control characters (a form feed between pages): dropped
            document.add_paragraph("".join(ch for ch in line if ch >= " " or ch == "\t"))
        document.save(cache / f"{name}.docx")
        todo.append(cache / f"{name}.docx")
    if todo:
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run([formatmaker.soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                            "--norestore", "--convert-to", "pdf", "--outdir", str(cache), *map(str, todo)],
                           check=True, capture_output=True, timeout=1800)
        for path in todo:
            path.unlink()
    return [cache / f"{name}.pdf" for name in texts]


def layer_texts(path: Path) -> list[str]:
    return [p.text for p in read_layers(path)]


def read_layers(path: Path):
    """The pages of a PDF as docparse reads their text layers (no OCR)."""
    from docparse.read import read

    return read(str(path), ocr="never").pages


def judged_poor(path: Path) -> dict[int, str]:
    """docparse's verdict on each page (0-based index -> why), as read_pdf makes it."""
    import pypdfium2 as pdfium

    from docparse.read.pdf import _has_drawing
    from docparse.read.quality import MIN_LETTERS, poor_pages

    texts = layer_texts(path)
    doc = pdfium.PdfDocument(str(path))
    try:
        drawn = [sum(ch.isalpha() for ch in texts[i]) >= MIN_LETTERS or _has_drawing(doc[i]) for i in range(len(doc))]
    finally:
        doc.close()
    return poor_pages(texts, drawn)


def kind(reason: str) -> str:
    return reason.split(":")[0].split(" (")[0] if reason else ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "docparse-textlayers")
    ap.add_argument("--riksdag-chars", type=int, default=12000)
    ap.add_argument("--ocr", action="store_true", help="also OCR the damaged PDFs and report WER")
    args = ap.parse_args()

    print("damaged (broken font maps):")
    damaged = sorted(NYKARLEBY.glob("*.pdf"))
    for path in damaged:
        texts = layer_texts(path)
        poor = judged_poor(path)
        reasons = Counter(kind(r) for r in poor.values())
        print(f"  {path.name}: {len(poor)} of {len(texts)} pages judged poor  {dict(reasons)}")

    texts = clean_texts(args.riksdag_chars)
    unmarked = {name for name, text in texts.items() if earlier_ocr(text)}
    pdfs = make_pdfs(texts, args.cache)
    pages = flagged = 0
    reasons: Counter = Counter()
    groups: dict[str, list[int]] = {}
    for path in pdfs:
        texts = layer_texts(path)
        poor = judged_poor(path)
        pages += len(texts)
        flagged += len(poor)
        group = groups.setdefault(path.name.split("-")[0], [0, 0, 0])
        group[0] += 1
        group[1] += len(texts)
        group[2] += len(poor)
        for i, reason in sorted(poor.items()):
            reasons[kind(reason)] += 1
            print(f"  false positive: {path.name} page {i + 1}: {reason}")
    print(f"clean LibreOffice PDFs: {len(pdfs)} files, {pages} pages, {flagged} judged poor "
          f"(false-positive rate {flagged / max(pages, 1):.1%})  {dict(reasons)}")
    for name, (files, n, bad) in groups.items():
        print(f"  {name}: {files} files, {n} pages, {bad} judged poor")
    ocrd = [p for p in pdfs if p.stem in unmarked]
    fp = sum(len(judged_poor(p)) for p in pdfs if p not in ocrd)
    n = sum(len(layer_texts(p)) for p in pdfs if p not in ocrd)
    print(f"without the texts that are earlier OCR output ({', '.join(p.stem for p in ocrd)}): "
          f"{fp} of {n} pages judged poor (false-positive rate {fp / max(n, 1):.1%})")

    if args.ocr:
        report_ocr(damaged)


def report_ocr(damaged: list[Path]) -> None:
    from docparse.evaluate.wer import word_error_rate, words
    from docparse.read import read

    pdftotext = shutil.which("pdftotext")
    for path in damaged:
        doc = read(str(path))
        methods = Counter(p.method for p in doc.pages)
        if pdftotext:
            cover = subprocess.run([pdftotext, "-layout", "-f", "1", "-l", "1", str(path), "-"],
                                   capture_output=True, text=True, check=True).stdout
            # Word order differs where pdftotext -layout puts a label and its value column on one
            # line: the bag-of-words error (truth words OCR missed, as a multiset) tells apart.
            truth, got = Counter(words(cover)), Counter(words(doc.pages[0].text))
            missed = sum((truth - got).values()) / max(sum(truth.values()), 1)
            print(f"  {path.name}: methods {dict(methods)}; cover page OCR against pdftotext: WER "
                  f"{word_error_rate(cover, doc.pages[0].text).wer:.1%}, words missed {missed:.1%}")


if __name__ == "__main__":
    main()
