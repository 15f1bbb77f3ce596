"""Benchmark of the search index: indexing speed, index size and query latency on SQLite and PostgreSQL.

Usage (from the repository root):
    python benchmarks/bench_index.py                     # 10,000 records, both backends
    python benchmarks/bench_index.py --records 2000 --backends sqlite

The seeds (../shared/corpus/seeds/*.txt) and the dev corpus (../shared/corpus/dev/*.txt) are processed
once by the pipeline; their records are then varied until there are N distinct ones (new ids and input
hashes, dates, boards and municipalities from the other records, each line's words shuffled in all but
the originals) and written as a batch output folder. Each backend indexes the folder from empty
(records/s, the index's size), then again unchanged (the incremental check), then answers queries of
four kinds, all drawn at run time from the records: single words, parts of compounds ("nämnd" for
"...nämnden"), two-word phrases, identifiers (dnr and org numbers as written in the records, with their
spacing changed). Latency is the library call search() including snippets, p50 and p95. PostgreSQL
is a throwaway server started here (tests/pgserver.py) on 127.0.0.1.
Targets (issue 12): >= 500 records/s indexing on SQLite, p95 <= 50 ms on 10,000 records.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
CORPUS = REPO.parent / "shared" / "corpus"


def base_records() -> list[dict]:
    import docparse

    paths = sorted((CORPUS / "seeds").glob("*.txt")) + sorted((CORPUS / "dev").glob("*.txt"))
    if not paths:
        sys.exit(f"no corpus at {CORPUS}")
    out = []
    for p in paths:
        try:
            out.append(docparse.process(str(p)))
        except Exception as err:  # a document that fails is left out of the benchmark
            print(f"skipped {p.name}: {err}", file=sys.stderr)
    return out


def vary(records: list[dict], n: int, rng: random.Random) -> list[tuple[str, dict]]:
    boards = sorted({r["document"]["board"] for r in records if r["document"].get("board")})
    towns = sorted({r["document"]["municipality"] for r in records if r["document"].get("municipality")})
    out = []
    for k in range(n):
        base = records[k % len(records)]
        name = Path(base["source"]["path"]).name
        r = json.loads(json.dumps(base))
        r["source"]["sha256"] = f"{k:064x}"
        if k >= len(records):  # the originals stay as they are; copies differ
            doc = r["document"]
            doc["date"] = f"{rng.randint(1995, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            doc["board"] = rng.choice(boards) if boards else None
            doc["municipality"] = rng.choice(towns) if towns else None
            lines = r["text"].split("\n")
            for i, line in enumerate(lines):
                words = line.split(" ")
                rng.shuffle(words)
                lines[i] = " ".join(words)
            r["text"] = "\n".join(lines)
            r["original_text"] = None
        out.append((f"v{k // len(records):04d}/{name}", r))
    return out


def write_out(dest: Path, items: list[tuple[str, dict]]) -> None:
    for doc_id, r in items:
        path = dest / "records" / f"{doc_id}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(r, ensure_ascii=False), encoding="utf-8")


def queries(records: list[dict], rng: random.Random, per_kind: int) -> dict[str, list[str]]:
    from docparse.index.terms import WORD_RE, analyse_word

    words = [w for r in records for w in WORD_RE.findall(r["text"]) if len(w) >= 4 and w.isalpha()]
    single = rng.sample(words, min(per_kind, len(words)))
    parts = []
    for w in rng.sample(words, min(len(words), 5000)):
        p = analyse_word(w.lower())[1]
        if p:
            parts.append(p[-1])
        if len(parts) >= per_kind:
            break
    phrases = []
    for _ in range(per_kind):
        r = rng.choice(records)
        ws = WORD_RE.findall(r["text"])
        if len(ws) > 2:
            i = rng.randrange(len(ws) - 1)
            phrases.append(f'"{ws[i]} {ws[i + 1]}"')
    idents = [ref["value"] for r in records for ref in r.get("dnr_references") or []]
    idents += [o["value"] for r in records for o in r.get("org_numbers") or []]
    ident_q = []
    for v in rng.sample(idents, min(per_kind, len(idents))):
        # Another written form: lower case, hyphen for the space, no leading zeros or dash.
        ident_q.append(rng.choice([v.lower(), v.replace(" ", "-"), v.replace("-", ""), v]))
    return {"single words": single, "compound parts": parts, "phrases": phrases, "identifiers": ident_q}


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def run_backend(name: str, out: Path, target: dict, qs: dict[str, list[str]], n: int) -> None:
    from docparse.index.build import INDEX_VERSION, build, source_of
    from docparse.index.search import open_backend, parse, search

    backend = open_backend(target.get("db"), target.get("postgres"), create=True)
    backend.reset(INDEX_VERSION)
    t, cpu = time.perf_counter(), time.process_time()
    result = build(source_of(str(out)), backend)
    dt, dcpu = time.perf_counter() - t, time.process_time() - cpu
    t = time.perf_counter()
    again = build(source_of(str(out)), backend)
    dt_again = time.perf_counter() - t
    if name == "sqlite":
        backend.conn.execute("VACUUM")
        size = os.path.getsize(target["db"])
    else:
        cur = backend.conn.cursor()
        cur.execute("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                    "JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = current_schema() AND c.relkind = 'r'")
        size = int(cur.fetchone()[0])
        backend.conn.commit()
    # CPU seconds of this process as well: on a shared machine the wall clock also counts others'
    # work (for PostgreSQL the server's own CPU is not in it).
    print(f"\n{name}: indexed {result.indexed} records in {dt:.1f} s = {result.indexed / dt:.0f} records/s "
          f"({result.indexed / dcpu:.0f} per CPU second of this process); "
          f"unchanged rerun {dt_again:.2f} s ({again.unchanged} unchanged); index size {size / 1e6:.1f} MB")
    for kind, queries_ in qs.items():
        times, totals = [], []
        for q in queries_:
            query = parse(q, limit=10)
            if query.empty:
                continue
            t = time.perf_counter()
            found = search(backend, query)
            times.append((time.perf_counter() - t) * 1000)
            totals.append(found.total)
        print(f"  {kind:15s} {len(times):3d} queries  p50 {pct(times, 50):6.1f} ms  p95 {pct(times, 95):6.1f} ms  "
              f"max {max(times):6.1f} ms  median hits {statistics.median(totals):.0f}")
    backend.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=100, help="queries of each kind")
    ap.add_argument("--backends", default="sqlite,postgres")
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    t = time.perf_counter()
    base = base_records()
    print(f"{len(base)} base records processed in {time.perf_counter() - t:.0f} s; varied to {args.records}")
    with tempfile.TemporaryDirectory(prefix="bench-index-") as tmp:
        out = Path(tmp) / "out"
        write_out(out, vary(base, args.records, rng))
        qs = queries(base, rng, args.queries)
        for name in args.backends.split(","):
            if name == "sqlite":
                run_backend(name, out, {"db": str(Path(tmp) / "index.sqlite")}, qs, args.records)
            elif name == "postgres":
                import pgserver

                if pgserver.find_bin() is None:
                    print("postgres: not installed, skipped")
                    continue
                server = pgserver.Server().start()
                try:
                    run_backend(name, out, {"postgres": server.dsn()}, qs, args.records)
                finally:
                    server.stop()


if __name__ == "__main__":
    main()
