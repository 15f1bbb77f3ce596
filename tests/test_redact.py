"""Redaction: after --redact no personal identity number is left in a record, a batch folder or an
export, and every span still points at the pseudonym. Skatteverket's test numbers only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docparse.cli import main
from docparse.redact import ALPHABET, PREFIX, Redactor, load_key, RedactKeyError
from docparse.schema import validate
from docparse.sv.personnummer import find_personal_numbers

ROOT = Path(__file__).resolve().parents[1]
TEST_NUMBERS = ROOT.parent / "shared" / "external" / "test-personnummer" / "testpersonnummer.txt"
if not TEST_NUMBERS.exists():
    pytest.skip(f"Skatteverket's test numbers not found at {TEST_NUMBERS}", allow_module_level=True)

NUMBERS = TEST_NUMBERS.read_text(encoding="ascii").split()
A = next(n for n in NUMBERS if n.startswith("198") and "0" in n[2:6])  # has a 0 in its date, for OCR's O
B = next(n for n in NUMBERS if n.startswith("197"))
C = next(n for n in NUMBERS if n.startswith("196"))


def written_forms(n: str) -> list[str]:
    """How a leak of ``n`` would look in any output: 12 or 10 digits, with or without the dash."""
    return [n, f"{n[:8]}-{n[8:]}", n[2:], f"{n[2:8]}-{n[8:]}"]


def leaks(blob: str, numbers=(A, B, C)) -> list[str]:
    return [form for n in numbers for form in written_forms(n) if form in blob]


def document(a: str = A, b: str = B, c: str = C) -> str:
    damaged = a[2:6].replace("0", "O", 1) + a[6:8]
    return (
        "Socialnämnden\n\nProtokoll 2021-03-15, dnr SN 2021/0123.\n\n"
        f"Sökande: Kim Andersson, personnummer {a[:8]}-{a[8:]}, har ansökt om bistånd.\n"
        f"Medsökande, pnr {damaged}-{a[8:]}, bor på samma adress.\n"
        f"Barnet född {b[2:8]} - {b[8:]} placeras i familjehem; kontakt tel 070-123 45 67.\n"
        f"Avtal med Kims Måleri (enskild firma), org.nr {c[2:8]}-{c[8:]}, för renovering.\n"
        "Kostnaden 125 000 kr belastar 2021 års budget.\n"
    )


def test_pseudonyms_keep_the_length_link_by_key_and_hold_no_digits():
    keyed, other, mask = Redactor(b"k1-secret-key-123"), Redactor(b"k2-secret-key-456"), Redactor(None)
    for written in (f"{A[:8]}-{A[8:]}", A[2:], f"{A[2:8]}-\n{A[8:]}"):
        p = keyed.pseudonym(A[2:], written)
        assert len(p) == len(written) and p.startswith(PREFIX)
        assert not any(c.isdigit() for c in p)
        assert set(p[len(PREFIX):]) <= set(ALPHABET) | {"\n"}
        assert ("\n" in p) == ("\n" in written)
    assert keyed.pseudonym(A[2:], A) == keyed.pseudonym(A[2:], A)
    assert keyed.pseudonym(A[2:], A) != keyed.pseudonym(B[2:], B)
    assert keyed.pseudonym(A[2:], A) != other.pseudonym(A[2:], A)
    assert mask.pseudonym(A[2:], A) == mask.pseudonym(B[2:], B) == PREFIX + "#" * (len(A) - len(PREFIX))


def test_run_redact_leaves_no_number_and_spans_point_at_pseudonyms(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCPARSE_REDACT_KEY", "a-test-key-for-redaction")
    src = tmp_path / "beslut.txt"
    src.write_text(document(), encoding="utf-8")
    plain = CliRunner().invoke(main, ["run", str(src)])
    assert plain.exit_code == 0
    assert leaks(plain.output)  # without --redact the numbers are there: the check below can fail
    result = CliRunner().invoke(main, ["run", "--redact", str(src)])
    assert result.exit_code == 0, result.output
    assert leaks(result.output) == []
    record = json.loads(result.output)
    validate(record)
    assert record["redaction"]["redacted"] is True and record["redaction"]["method"] == "hmac-sha256"
    kinds = [p["kind"] for p in record["personal_data"]]
    assert kinds == ["personnummer", "personnummer", "personnummer", "sole-trader org nr"]
    for item in record["personal_data"]:
        assert record["text"][item["span"]["start"]:item["span"]["end"]].startswith(PREFIX)
    for field in ("dates", "dnr_references", "amounts"):  # other fields' spans unchanged
        for item in record[field]:
            if item.get("span"):
                assert not record["text"][item["span"]["start"]:item["span"]["end"]].startswith(PREFIX)
    assert find_personal_numbers(json.dumps(record, ensure_ascii=False)) == []
    assert find_personal_numbers(record["original_text"] or "") == []
    for repair in record["repairs"]:
        assert record["text"][repair["span"]["start"]:repair["span"]["end"]] == repair["replacement"]
    assert any("personal data" in w for w in record["warnings"])


def test_the_same_person_gets_the_same_pseudonym_in_every_document(tmp_path):
    key = tmp_path / "key"
    key.write_text("shared-secret-key-0123456789\n")
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(f"Personnummer {A[:8]}-{A[8:]}.\n", encoding="utf-8")
    two.write_text(f"Ärendet gäller {B[2:8]}-{B[8:]} och pnr {A[:8]}-{A[8:]}.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "--redact", "--redact-key-file", str(key), str(one), str(two)])
    first, second = (json.loads(line) for line in result.output.splitlines())

    def pseudonyms(record):
        return [record["text"][p["span"]["start"]:p["span"]["end"]] for p in record["personal_data"]]

    assert pseudonyms(first)[0] == pseudonyms(second)[1]
    assert pseudonyms(second)[0] != pseudonyms(second)[1]


def test_a_missing_or_empty_key_file_is_one_clear_error(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(document(), encoding="utf-8")
    result = CliRunner().invoke(main, ["run", "--redact", "--redact-key-file", str(tmp_path / "nokey"), str(src)])
    assert result.exit_code == 1
    assert "nokey" in result.output and "Traceback" not in result.output
    empty = tmp_path / "empty"
    empty.write_text("\n")
    with pytest.raises(RedactKeyError, match="empty"):
        load_key(str(empty))


@pytest.fixture
def batch_input(tmp_path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "first.txt").write_text(document(), encoding="utf-8")
    (folder / "sub" / "second.txt").write_text(document(C, A, B), encoding="utf-8")
    (folder / "none.txt").write_text("Kommunstyrelsen beslutar att godkänna avtalet. Dnr KS 2021/0042.\n", encoding="utf-8")
    return folder


def _folder_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8-sig", errors="replace") for p in sorted(folder.rglob("*")) if p.is_file())


def test_batch_redact_leaves_no_number_in_the_output_folder(batch_input, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(batch_input), "-o", str(out), "--redact"])
    assert result.exit_code == 0, result.output
    blob = _folder_text(out)
    assert "PNR-" in blob
    assert leaks(blob) == []
    assert find_personal_numbers(blob) == []
    record = json.loads((out / "records" / "first.txt.json").read_text(encoding="utf-8"))
    assert record["redaction"]["method"] == "mask"  # no key given
    stats = CliRunner().invoke(main, ["stats", str(out), "--json"])
    figures = json.loads(stats.output)["personal_data"]
    assert figures["documents"] == 2 and figures["redacted_records"] == 3
    assert figures["kinds"]["sole-trader org nr"] == 2


def test_export_redacts_by_default_and_not_with_no_redact(batch_input, tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["batch", str(batch_input), "-o", str(out)]).exit_code == 0
    assert leaks(_folder_text(out / "records"))  # written without --redact: the numbers are in the records
    jsonl = CliRunner().invoke(main, ["export", str(out)])
    assert jsonl.exit_code == 0
    assert leaks(jsonl.output) == [] and find_personal_numbers(jsonl.output) == []
    for line in jsonl.stdout.splitlines():
        record = json.loads(line)
        assert record["redaction"]["redacted"] is True
        for item in record["personal_data"]:
            assert record["text"][item["span"]["start"]:item["span"]["end"]].startswith(PREFIX)
    csv_dir = tmp_path / "csv"
    assert CliRunner().invoke(main, ["export", str(out), "-f", "csv", "-o", str(csv_dir)]).exit_code == 0
    assert leaks(_folder_text(csv_dir)) == []
    table = (csv_dir / "personal_data.csv").read_text(encoding="utf-8-sig").splitlines()
    assert table[0] == "id,kind,valid,confidence,page,span_start,span_end" and len(table) == 1 + 8
    raw = CliRunner().invoke(main, ["export", str(out), "--no-redact"])
    assert leaks(raw.output)


def test_export_of_an_odd_record_redacts_what_it_can_without_a_traceback(batch_input, tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["batch", str(batch_input), "-o", str(out)]).exit_code == 0
    target = out / "records" / "first.txt.json"
    record = json.loads(target.read_text(encoding="utf-8"))
    del record["personal_data"]  # a record from before detection
    record["repairs"] = "not a list"
    record["redaction"] = "garbage"
    target.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(out)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output and leaks(result.stdout) == []
    first = next(json.loads(line) for line in result.stdout.splitlines() if json.loads(line)["id"] == "first.txt")
    assert [p["kind"] for p in first["personal_data"]][-1] == "sole-trader org nr"
    assert first["redaction"]["redacted"] is True
