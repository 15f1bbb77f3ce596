"""The item finder measured on real protocols it was not written from (Nykarleby stad, 2022-23).

Run: python benchmarks/eval_items_nykarleby.py [--source DIR] [--show-errors]

Source: ../shared/external/nykarleby/ (see its README): six protocols and agendas as
`pdftotext -layout` text, and metadata_index.csv, the town's own register of their items
(§ number, heading, organ, meeting date). Each text is paired with the register's rows of its
organ and date; rows without a § number (attachments) and "§ 0" (attendance) are not items.
--flatten joins each text onto one line first (the shape of web exports). Scored with the eval's item rule (number, title similarity >= 0.9; the register has no dnr).
Swedish-language Finland: § heads written "13 §", tables of contents with dot leaders, a
negotiation protocol appended to one §. Nothing is copied from the texts.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docparse.document import line_spans  # noqa: E402
from docparse.evaluate.gold import Counts, _item_score, match_set  # noqa: E402
from docparse.structure.items import find_items  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "external" / "nykarleby"
_NAME = re.compile(r"(?P<organ>[a-zåäö]+)_(?:protokoll|foredragningslista)_(?P<d>\d\d)_(?P<m>\d\d)_(?P<y>\d{4})")


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in text if ch.isalnum() and not unicodedata.combining(ch))


def _register(source: Path) -> list[dict]:
    with open(source / "metadata_index.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _gold_of(path: Path, rows: list[dict]) -> list[dict]:
    m = _NAME.match(path.name)
    if not m:
        return []
    day, month, year = int(m["d"]), int(m["m"]), m["y"]
    dates = {f"{day:02d}.{month:02d}.{year}", f"{day}.{month}.{year}"}
    gold = []
    for row in rows:
        section = row["section"].replace("§", "").strip()
        if _fold(row["verksamhetsorgan"]) == _fold(m["organ"]) and row["meeting_date"] in dates \
                and section not in ("", "0"):
            gold.append({"number": section, "title": row["rubrik"], "dnr": None})
    return gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--flatten", action="store_true",
                    help="join each text onto one line, as web exports flatten documents")
    args = ap.parse_args()
    rows = _register(args.source)
    total, chars, seconds = Counts(), 0, 0.0
    for path in sorted((args.source / "pdftotext_layout").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if args.flatten:
            text = " ".join(text.split())
        gold = _gold_of(path, rows)
        start = time.perf_counter()
        items = find_items(text, line_spans(text))
        seconds += time.perf_counter() - start
        chars += len(text)
        preds = [{"number": i.number, "title": i.title, "dnr": i.dnr} for i in items]
        result = match_set(gold, [], preds, _item_score)
        total += result.counts
        c = result.counts
        print(f"{path.name[:48]:<50} gold {len(gold):>3}  found {len(preds):>3}  tp {c.tp:>3} fp {c.fp:>3} fn {c.fn:>3}")
        if args.show_errors:
            for g in result.missed:
                print(f"    missed   {g['number']} {g['title'][:80]}")
            for p in result.spurious:
                print(f"    spurious {p['number']} {p['title'][:80]}")
    f1 = total.f1
    print(f"items: P {total.precision:.3f}  R {total.recall:.3f}  F1 {f1:.3f}  "
          f"(tp {total.tp}, fp {total.fp}, fn {total.fn}); finder alone {chars / 2500 / seconds:.0f} pages/s")


if __name__ == "__main__":
    main()
