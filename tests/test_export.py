"""docparse export (JSON Lines, CSV tables) and docparse stats, on hand-made records that follow the schema."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docparse import SCHEMA_VERSION, __version__
from docparse.cli import main
from docparse.export import DOCUMENT_COLUMNS, TABLES
from docparse.schema import validate
from docparse.stats import compute, format_stats

SHA = "ab" * 32


def span(start, end, page=1):
    return {"start": start, "end": end, "page": page}


def make_record(path, *, municipality=None, date=None, board=None, orgs=(), parties=(), periods=(), amounts=(),
                decisions=(), people=(), items=(), warnings=(), pages=1, kind="text"):
    record = {
        "schema_version": SCHEMA_VERSION,
        "source": {"path": path, "sha256": SHA, "input_kind": kind, "pages": pages},
        "pipeline": {"version": __version__},
        "document": {"title": f"Överenskommelse {path}", "doc_type": "överenskommelse", "municipality": municipality,
                     "board": board, "dnr": "2.3.4-789/2020", "date": date, "spans": {}},
        "dnr_references": [], "dates": [],
        "org_numbers": [{"value": v, "valid": ok, "kind": "förening", "span": span(10, 21)} for v, ok in orgs],
        "parties": [{"name": n, "org_nr": o, "role": r, "span": span(30, 40)} for n, o, r in parties],
        "periods": [{"start": s, "end": e, "kind": k, "text": t, "span": span(50, 70, 2)}
                    for s, e, t, k in periods],
        "amounts": [{"value": v, "currency": "SEK", "text": t, "per": per, "label": None, "span": span(80, 95)}
                    for v, t, per in amounts],
        "decision_points": [{"number": i + 1, "text": t, "span": span(100 + i, 120 + i)}
                            for i, t in enumerate(decisions)],
        "people": [{"name": n, "title": t, "role": None, "email": e, "span": span(130, 140)} for n, t, e in people],
        "items": [{"number": no, "title": t, "dnr": d,
                   "decision_points": [{"number": j + 1, "text": p, "span": span(160 + j, 170 + j)}
                                       for j, p in enumerate(points)],
                   "span": span(150 + 10 * i, 159 + 10 * i, 1 + i)}
                  for i, (no, t, d, points) in enumerate(items)],
        "pages": [{"number": 1, "method": "text", "start": 0, "end": 200}],
        "repairs": [], "furniture": [],
        "text": "x" * 200,
        "warnings": list(warnings),
    }
    validate(record)  # the tests build on the real contract
    return record


@pytest.fixture
def out(tmp_path):
    out = tmp_path / "out"
    recs = {
        "2021/a.txt": make_record(
            "in/2021/a.txt", municipality="Stockholms stad", date="2021-05-04", board="Socialnämnden",
            orgs=[("802400-1003", True), ("123456-7890", False)],
            parties=[("Förening Å, \"Ä\" & Ö", "802400-1003", "idéburen"), ("Stockholms stad", None, "offentlig")],
            periods=[("2022-01-01", "2023-12-31", "1 januari 2022 – 31 december 2023", "agreement period"),
                     ("2017", "2021", "under perioden 2017-2021", "earlier period")],
            amounts=[(4321987, "4 321 987 kronor", None), (120000, "120 000 kr", "år")],
            decisions=["Socialnämnden godkänner\növerenskommelsen.", "=SUM(A1:A9) är ingen formel här."],
            people=[("Anna Älg", "Handläggare", "anna.alg@example.se")],
        ),
        "2021/b.pdf": make_record("in/2021/b.pdf", municipality="Stockholms stad", date="2021-11", kind="pdf",
                                  pages=3, warnings=["page 2: low OCR confidence", "page 3: low OCR confidence"]),
        "c.txt": make_record("in/c.txt", municipality="Östhammars kommun", date="2017-03-01",
                             periods=[("2017-04", "2019", "april 2017 till 2019", "extension")], orgs=[("999999-9999", False)]),
        "d.txt": make_record("in/d.txt", items=[
            ("12", "Val av justerare", None, []),
            ("13", "Taxa för bygglov 2025", "BN 2024/31", ["att anta taxan", "att den gäller från 1 maj"]),
            ("13 ½", "Extra ärende: yttrande över remiss", "BN 2024/40", []),
        ]),
    }
    for doc_id, rec in recs.items():
        p = out / "records" / f"{doc_id}.json"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(json.dumps(rec, ensure_ascii=False, indent=1), encoding="utf-8")
    return out


def read_csv(path: Path, encoding="utf-8-sig", delimiter=","):
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter))


def test_jsonl_export_is_every_record_with_its_id(out, tmp_path):
    result = CliRunner().invoke(main, ["export", str(out)])
    assert result.exit_code == 0
    lines = [json.loads(x) for x in result.stdout_bytes.decode().splitlines() if x.startswith("{")]
    assert [x["id"] for x in lines] == ["2021/a.txt", "2021/b.pdf", "c.txt", "d.txt"]
    assert list(lines[0])[0] == "id"
    assert lines[0]["parties"][0]["name"] == "Förening Å, \"Ä\" & Ö"
    dest = tmp_path / "all.jsonl"
    assert CliRunner().invoke(main, ["export", str(out), "-o", str(dest)]).exit_code == 0
    assert len(dest.read_text(encoding="utf-8").splitlines()) == 4


def test_csv_tables_join_on_document_id(out, tmp_path):
    dest = tmp_path / "csv"
    result = CliRunner().invoke(main, ["export", str(out), "--format", "csv", "-o", str(dest)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in dest.iterdir()) == sorted(f"{t}.csv" for t in ["documents", *TABLES])
    assert (dest / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")  # BOM for Excel
    docs = read_csv(dest / "documents.csv")
    assert list(docs[0]) == DOCUMENT_COLUMNS
    assert [d["id"] for d in docs] == ["2021/a.txt", "2021/b.pdf", "c.txt", "d.txt"]
    a = docs[0]
    assert (a["municipality"], a["date"], a["n_parties"], a["n_amounts"], a["n_org_numbers"]) == (
        "Stockholms stad", "2021-05-04", "2", "2", "2")
    assert docs[1]["warnings"] == "page 2: low OCR confidence | page 3: low OCR confidence"
    assert docs[3]["municipality"] == "" and docs[3]["n_warnings"] == "0"

    parties = read_csv(dest / "parties.csv")
    assert parties[0] == {"id": "2021/a.txt", "name": "Förening Å, \"Ä\" & Ö", "org_nr": "802400-1003",
                          "role": "idéburen", "page": "1", "span_start": "30", "span_end": "40"}
    assert parties[1]["org_nr"] == ""
    orgs = read_csv(dest / "org_numbers.csv")
    assert [(o["id"], o["value"], o["valid"]) for o in orgs] == [
        ("2021/a.txt", "802400-1003", "true"), ("2021/a.txt", "123456-7890", "false"), ("c.txt", "999999-9999", "false")]
    periods = read_csv(dest / "periods.csv")
    assert [(p["id"], p["start"], p["end"], p["kind"], p["page"]) for p in periods] == [
        ("2021/a.txt", "2022-01-01", "2023-12-31", "agreement period", "2"),
        ("2021/a.txt", "2017", "2021", "earlier period", "2"), ("c.txt", "2017-04", "2019", "extension", "2")]
    amounts = read_csv(dest / "amounts.csv")
    assert [(x["value"], x["per"], x["currency"]) for x in amounts] == [("4321987", "", "SEK"), ("120000", "år", "SEK")]
    decisions = read_csv(dest / "decision_points.csv")
    assert decisions[0]["text"] == "Socialnämnden godkänner\növerenskommelsen."  # newline kept inside quotes
    assert decisions[1]["text"] == "'=SUM(A1:A9) är ingen formel här."  # not run as a formula in Excel
    people = read_csv(dest / "people.csv")
    assert (people[0]["name"], people[0]["email"], people[0]["phone"]) == ("Anna Älg", "anna.alg@example.se", "")
    items = read_csv(dest / "items.csv")
    assert list(items[0]) == ["id", "number", "title", "dnr", "decision_points", "page", "span_start", "span_end"]
    assert [(x["id"], x["number"], x["dnr"], x["page"]) for x in items] == [
        ("d.txt", "12", "", "1"), ("d.txt", "13", "BN 2024/31", "2"), ("d.txt", "13 ½", "BN 2024/40", "3")]
    assert items[1]["decision_points"] == "1. att anta taxan | 2. att den gäller från 1 maj"
    assert items[1]["span_start"] == "160" and items[1]["span_end"] == "169"
    assert docs[3]["n_items"] == "3" and docs[0]["n_items"] == "0"


def test_csv_plain_and_semicolon(out, tmp_path):
    dest = tmp_path / "plain"
    result = CliRunner().invoke(main, ["export", str(out), "-f", "csv", "-o", str(dest), "--no-excel",
                                       "--delimiter", ";"])
    assert result.exit_code == 0
    raw = (dest / "decision_points.csv").read_bytes()
    assert raw.startswith(b"id;number;text;")
    rows = read_csv(dest / "decision_points.csv", encoding="utf-8", delimiter=";")
    assert rows[1]["text"] == "=SUM(A1:A9) är ingen formel här."  # untouched without --excel
    assert rows[0]["id"] == "2021/a.txt"


def test_export_reports_a_corrupt_record_and_goes_on(out, tmp_path):
    (out / "records" / "trasig.txt.json").write_text('{"source": ', encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(out), "-f", "csv", "-o", str(tmp_path / "csv")])
    assert result.exit_code == 1
    assert f"docparse: error: {out / 'records' / 'trasig.txt.json'}: cannot be read" in result.output
    assert len(read_csv(tmp_path / "csv" / "documents.csv")) == 4


def test_export_of_a_folder_that_is_not_a_batch(tmp_path):
    result = CliRunner().invoke(main, ["export", str(tmp_path)])
    assert result.exit_code == 1
    assert "no records/ folder here" in result.output


def test_stats(out):
    stats = compute(str(out))
    assert stats["documents"] == 4 and stats["pages"] == 6
    assert stats["by_municipality_year"] == {
        "(unknown)": {"(unknown)": 1}, "Stockholms stad": {"2021": 2}, "Östhammars kommun": {"2017": 1}}
    assert stats["with_agreement_period"] == {"documents": 1, "share": 0.25}  # c.txt has only an extension
    assert stats["with_period"]["documents"] == 2 and stats["with_period"]["share"] == 0.5
    assert stats["with_period"]["kinds"] == {"agreement period": 1, "earlier period": 1, "extension": 1}
    assert stats["amounts"] == {"found": 2, "documents": 1, "share": 0.25, "sum_sek": 4321987 + 120000}
    assert stats["org_numbers"] == {"found": 3, "invalid": 2, "documents_with_invalid": 2}
    assert stats["items"] == {"found": 3, "documents": 1, "share": 0.25, "with_dnr": 2}
    assert stats["warnings"]["documents"] == 1 and stats["warnings"]["total"] == 2
    assert stats["warnings"]["most_common"] == {"low OCR confidence": 2}
    text = format_stats(stats)
    assert "with an agreement period: 1 of 4 (25.0%)" in text
    assert "with any period: 2 of 4 (50.0%); periods by kind: agreement period 1, earlier period 1, extension 1" in text
    assert "invalid (check digit): 2 in 2 documents" in text
    assert "documents with warnings: 1 of 4 (25.0%)" in text
    assert "items (matters of protocols and agendas): 3 in 1 documents (25.0%), 2 with a diarienummer" in text


def test_stats_cli(out):
    result = CliRunner().invoke(main, ["stats", str(out), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["documents"] == 4
    table = CliRunner().invoke(main, ["stats", str(out)]).output
    row = next(line for line in table.splitlines() if "Stockholms stad" in line)
    assert row.split()[-3:] == ["0", "2", "2"]  # 2017: 0, 2021: 2, total 2


def test_batch_then_export_end_to_end(tmp_path):
    samples = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
    src = tmp_path / "in" / "sub"
    src.mkdir(parents=True)
    for p in samples:
        (src / p.name).write_bytes(p.read_bytes())
    runner = CliRunner()
    assert runner.invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out")]).exit_code == 0
    assert runner.invoke(main, ["export", str(tmp_path / "out"), "-f", "csv"]).exit_code == 0
    docs = read_csv(tmp_path / "out" / "csv" / "documents.csv")
    assert [d["id"] for d in docs] == [f"sub/{p.name}" for p in samples]
    for name in TABLES:  # every table exists with its header, even when empty
        header = io.StringIO((tmp_path / "out" / "csv" / f"{name}.csv").read_text(encoding="utf-8-sig")).readline()
        assert header.startswith("id,")
    stats = runner.invoke(main, ["stats", str(tmp_path / "out")])
    assert stats.exit_code == 0 and f"documents: {len(samples)}" in stats.output
