"""Character alignment and the confusion-model builder (models/build_confusions.py)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from docparse.repair.align import align_chars, confusion_units, group_units, pair_lines

ROOT = Path(__file__).resolve().parent.parent
BUILDER = ROOT / "models" / "build_confusions.py"


def edits(truth, ocr):
    return [u for u in confusion_units(truth, ocr) if u[0] != u[1]]


@pytest.mark.parametrize(
    "truth, ocr, expected",
    [
        ("Socialnämnden", "Socialnimnden", [("ä", "i")]),
        ("Socialnämnden", "Socialndmnden", [("ä", "d")]),
        ("överens", "6verens", [("ö", "6")]),
        ("lösningar", "16sningar", [("l", "1"), ("ö", "6")]),
        ("står", "stér", [("å", "é")]),
        ("Röda", "Réda", [("ö", "é")]),
        ("i uppdrag", "1 uppdrag", [("i", "1")]),
        ("möjlighet", "mdjlighet", [("ö", "d")]),
        ("höra", "h6dra", [("ö", "6d")]),  # one glyph read as two
        ("på", "paA", [("å", "aA")]),
        ("vägen", "vaégen", [("ä", "aé")]),
        ("x Åtta", "x . Atta", [("", " ."), ("Å", "A")]),  # a speck is not part of the Å
        # a typewriter face's ä read as two letters: the "d" before the "a" is part of the ä
        ("nämnden", "ndamnden", [("ä", "da")]),
        ("överskott", "s6verskott", [("ö", "s6")]),
        ("en ärendelista", "en -arendelista", [("", "-"), ("ä", "a")]),  # a dash is debris
        ("lösning", "l6dsning", [("ö", "6d")]),
        ("modern", "modem", [("rn", "m")]),  # two glyphs read as one
        ("Östhammar", "Osthammar", [("Ö", "O")]),
        ("ett hus", "etthus", [(" ", "")]),
        ("klart", "klart.", [("", ".")]),
        ("korrekt text", "korrekt text", []),
        ("", "", []),
    ],
)
def test_known_damage_gives_expected_units(truth, ocr, expected):
    assert edits(truth, ocr) == expected


def test_matches_are_single_chars_and_counted():
    units = confusion_units("mål", "mal")
    assert units == [("m", "m"), ("å", "a"), ("l", "l")]


def test_long_edit_run_falls_back_to_single_steps():
    units = group_units(align_chars("x", "abcdx"), max_len=3)
    assert all(len(t) <= 3 and len(o) <= 3 for t, o in units)
    assert "".join(o for _, o in units) == "abcdx"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aåäoöil1 6dé", max_size=20), st.text(alphabet="aåäoöil1 6dé", max_size=20))
@example("6öa", "oä111")
def test_units_spell_out_both_sides(truth, ocr):
    units = confusion_units(truth, ocr)
    assert "".join(t for t, _ in units) == truth
    assert "".join(o for _, o in units) == ocr
    assert all(t or o for t, o in units)
    assert all(len(t) <= 3 and len(o) <= 3 for t, o in units)
    # Every character is in at most one edited unit. (The alignment weighs edits by how likely
    # the confusion is, so it may prefer two likely edits to one unlikely one: "6öa" ~ "oä111"
    # deletes the 6 and inserts three 1s rather than read 6 as o; the unweighted Levenshtein
    # bound max(len) does not hold for it.)
    assert sum(t != o for t, o in units) <= len(truth) + len(ocr)
    assert sum(len(t) for t, o in units if t != o) <= len(truth)


def test_pair_lines_skips_dropped_and_spurious_lines():
    truth = ["Socialnämnden beslutar", "att godkänna förslaget", "Sida 2"]
    ocr = ["Socialnimnden beslutar", "|||", "att godkanna férslaget", "Sida 2"]
    assert pair_lines(truth, ocr) == [(0, 0), (1, 2), (2, 3)]
    assert pair_lines(["helt annan rad"], ["xyz 123 qqq"]) == []


def test_builder_from_truth_and_ocr_dirs(tmp_path):
    (tmp_path / "a.truth.txt").write_text("Nämnden är överens.\nSida 1\n" * 3, encoding="utf-8")
    (tmp_path / "a.eng.txt").write_text("Namnden ar 6verens.\n\nSida 1\n" * 3, encoding="utf-8")
    out = tmp_path / "c.tsv"
    proc = subprocess.run([sys.executable, str(BUILDER), "--truth-dir", str(tmp_path),
                           "--ocr-dir", str(tmp_path), "--out", str(out)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    rows = [ln.split("\t") for ln in out.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert ["ä", "a", "6", "eng"] in rows
    assert ["ö", "6", "3", "eng"] in rows
    assert ["N", "N", "3", "eng"] in rows


def test_builder_reports_missing_pairs(tmp_path):
    proc = subprocess.run([sys.executable, str(BUILDER), "--truth-dir", str(tmp_path),
                           "--ocr-dir", str(tmp_path), "--out", str(tmp_path / "c.tsv")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "no pairs" in proc.stderr and "Traceback" not in proc.stderr


def test_shipped_table_is_well_formed():
    table = ROOT / "models" / "ocr_confusions.tsv"
    text = table.read_text(encoding="utf-8")
    assert table.stat().st_size < 2_000_000
    header = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert any("tesseract" in ln.lower() for ln in header)
    assert any("wordfreq" in ln for ln in header)
    engines = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        truth, ocr, count, engine = line.split("\t")
        assert int(count) >= 1 and (truth or ocr)
        engines.add(engine)
    assert engines == {"eng", "swe"}
    assert "ä\ta\t" in text  # the English model's best-known confusion


def data_rows(path):
    return [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]


def test_builder_leaves_out_rows_that_would_read_as_comments(tmp_path):
    (tmp_path / "a.truth.txt").write_text("## Rubrik\n" * 3, encoding="utf-8")
    (tmp_path / "a.eng.txt").write_text("#H Rubrik\n" * 3, encoding="utf-8")
    out = tmp_path / "c.tsv"
    subprocess.run([sys.executable, str(BUILDER), "--truth-dir", str(tmp_path), "--ocr-dir", str(tmp_path),
                    "--out", str(out)], check=True, capture_output=True, timeout=60)
    rows = data_rows(out)
    assert ["R", "R", "3", "eng"] in rows
    assert not any(r[0].startswith("#") for r in rows)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs the tesseract binary")
def test_builder_end_to_end_on_one_rendered_page(tmp_path):
    out, kept = tmp_path / "c.tsv", tmp_path / "kept"
    proc = subprocess.run([sys.executable, str(BUILDER), "--pages", "1", "--engines", "eng",
                           "--blocks", "6", "--seed", "7", "--out", str(out), "--keep", str(kept)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = data_rows(out)
    assert rows and all(r[3] == "eng" for r in rows)
    # eng has no å/ä/ö glyphs: every å/ä/ö on the page must come out as a confusion.
    assert not any(r[0] in ("å", "ä", "ö") and r[1] == r[0] for r in rows)
    assert any(r[0] in ("å", "ä", "ö") and r[1] != r[0] for r in rows)
    identity = sum(int(r[2]) for r in rows if r[0] == r[1])
    assert identity > 100
    # The kept page retrains to the same table through --truth-dir/--ocr-dir.
    again = tmp_path / "again.tsv"
    subprocess.run([sys.executable, str(BUILDER), "--truth-dir", str(kept), "--ocr-dir", str(kept),
                    "--out", str(again)], check=True, capture_output=True, timeout=60)
    assert data_rows(again) == rows


def test_compare_reports_overlap_and_rejects_bad_tables(tmp_path):
    table = ROOT / "models" / "ocr_confusions.tsv"
    proc = subprocess.run([sys.executable, str(BUILDER), "--compare", str(table), str(table)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "also in A: " in proc.stdout and "= 100.0%" in proc.stdout
    bad = tmp_path / "bad.tsv"
    bad.write_text("ä\ta\tmany\teng\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(BUILDER), "--compare", str(bad), str(table)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert f"{bad}:1: expected truth<TAB>ocr<TAB>count<TAB>engine" in proc.stderr
    assert "Traceback" not in proc.stderr
