"""Tests of `docparse eval`: scoring rules on hand-made gold and records, loading, and the command line."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from docparse.cli import main
from docparse.evaluate.gold import (
    FIELDS,
    evaluate,
    load_gold,
    load_records,
    norm_amount,
    norm_loose,
    norm_org_nr,
    score_document,
    score_records,
)

CORPUS_GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "gold"
if not CORPUS_GOLD.is_dir():  # worktrees live beside /work/shared; fall back to the absolute path
    CORPUS_GOLD = Path("/work/shared/corpus/gold")

GOLD = {
    "file": "010_example.txt",
    "document": {
        "title": "Idéburet offentligt partnerskap om verksamhet för unga vuxna",
        "doc_type": "tjänsteutlåtande",
        "municipality": "Exempelby kommun",
        "board": "Socialnämnden",
        "dnr": "SN 2021/0311",
        "date": None,
    },
    "org_numbers": {"required": ["802400-1003", "212400-1005"], "optional": ["802401-1002"]},
    "parties": {
        "required": [
            {"name": "Föreningen Exempel", "org_nr": "802400-1003"},
            {"name": "Exempelby kommun", "org_nr": None},
        ],
        "optional": [{"name": "Socialförvaltningen", "org_nr": None}],
    },
    "periods": {"required": [{"start": "2022-01-01", "end": "2023-12-31"}],
                "optional": [{"start": "2017", "end": "2021"}]},
    "amounts": {"required": [4321987, 250000], "optional": [1800000]},
    "decision_points": [
        {"number": 1, "text": "Socialnämnden beslutar att godkänna partnerskapet."},
        {"number": 2, "text": "Socialnämnden ger socialdirektören i uppdrag att teckna avtal med föreningen."},
    ],
    "people": {"required": [{"name": "Anna Exempelsson", "title": "Socialdirektör"}],
               "optional": [{"name": "Bo Bisittare", "title": None}]},
}


def record_from_gold(gold: dict, *, optional: bool = False) -> dict:
    """A record that predicts exactly the gold's required items (and its optional ones, if asked)."""

    def items(name):
        section = gold[name]
        return list(section["required"]) + (list(section["optional"]) if optional else [])

    return {
        "source": {"path": f"/some/where/{gold['file']}"},
        "document": dict(gold["document"]),
        "org_numbers": [{"value": v, "valid": True, "kind": None, "span": None} for v in items("org_numbers")],
        "parties": [dict(p, role=None, span=None) for p in items("parties")],
        "periods": [dict(p, kind="avtalsperiod", text="", span=None) for p in items("periods")],
        "amounts": [{"value": v, "currency": "SEK", "text": "", "per": None, "label": None, "span": None}
                    for v in items("amounts")],
        "decision_points": [dict(d, span=None) for d in gold["decision_points"]],
        "people": [dict(p, role=None, span=None) for p in items("people")],
    }


def micro(score) -> tuple[int, int, int]:
    total = score.total()
    return total.tp, total.fp, total.fn


def counts(score, name) -> tuple[int, int, int]:
    c = score.fields[name].counts
    return c.tp, c.fp, c.fn


# --- scoring rules -----------------------------------------------------------------------------

def test_perfect_match_scores_one():
    score = score_document(GOLD, record_from_gold(GOLD))
    total = score.total()
    assert (total.precision, total.recall, total.f1) == (1.0, 1.0, 1.0)
    # 5 non-null document fields + 2 org + 2 parties + 1 period + 2 amounts + 2 decisions + 1 person
    assert micro(score) == (15, 0, 0)


def test_null_gold_document_field_is_not_scored():
    record = record_from_gold(GOLD)
    record["document"]["date"] = "2021-05-04"  # gold date is null: neither rewarded nor punished
    score = score_document(GOLD, record)
    assert counts(score, "document.date") == (0, 0, 0)
    assert score.fields["document.date"].counts.f1 is None


def test_wrong_document_field_is_fn_and_fp_missing_is_fn_only():
    record = record_from_gold(GOLD)
    record["document"]["board"] = "Kommunstyrelsen"
    record["document"]["dnr"] = None
    score = score_document(GOLD, record)
    assert counts(score, "document.board") == (0, 1, 1)
    assert counts(score, "document.dnr") == (0, 0, 1)


def test_document_text_fields_compare_after_nfc_casefold_and_whitespace():
    record = record_from_gold(GOLD)
    # decomposed ä (a + combining diaeresis), other case, extra white space
    record["document"]["board"] = "  SOCIALNA\u0308MNDEN "
    record["document"]["dnr"] = "sn  2021/0311"
    score = score_document(GOLD, record)
    assert counts(score, "document.board") == (1, 0, 0)
    assert counts(score, "document.dnr") == (1, 0, 0)


@pytest.mark.parametrize("title, ok", [
    ("Idéburet offentligt partnerskap om verksamhet för unga vuxna", True),
    ("IDÉBURET  offentligt partnerskap om verksamhet för unga vuxna.", True),
    ("Idéburet offentligt partnerskap om verksamhet för unga", True),   # similarity 0.947
    ("Idéburet offentligt partnerskap om verksamhet", False),           # similarity 0.857
    ("Överenskommelse om partnerskap", False),
])
def test_title_similarity_threshold(title, ok):
    record = record_from_gold(GOLD)
    record["document"]["title"] = title
    score = score_document(GOLD, record)
    assert counts(score, "document.title") == ((1, 0, 0) if ok else (0, 1, 1))


def test_missing_item_costs_recall():
    record = record_from_gold(GOLD)
    record["amounts"] = [a for a in record["amounts"] if a["value"] != 250000]
    score = score_document(GOLD, record)
    assert counts(score, "amounts") == (1, 0, 1)
    assert score.fields["amounts"].missed == [250000]
    assert score.fields["amounts"].counts.recall == 0.5
    assert score.fields["amounts"].counts.precision == 1.0


def test_extra_item_costs_precision():
    record = record_from_gold(GOLD)
    record["org_numbers"].append({"value": "556677-8899", "valid": False, "kind": None, "span": None})
    score = score_document(GOLD, record)
    assert counts(score, "org_numbers") == (2, 1, 0)
    assert score.fields["org_numbers"].spurious == ["556677-8899"]


def test_optional_items_are_neither_rewarded_nor_punished():
    score = score_document(GOLD, record_from_gold(GOLD, optional=True))
    assert micro(score) == (15, 0, 0)
    assert score.fields["amounts"].ignored == [1800000]
    assert score.fields["org_numbers"].ignored == ["802401-1002"]


def test_optional_item_matched_at_most_once():
    record = record_from_gold(GOLD)
    # Two different spellings both close to the one optional name: one is ignored, the other is a FP.
    record["people"] += [{"name": "Bo Bisittare"}, {"name": "Bo Bisittaren"}]
    score = score_document(GOLD, record)
    assert counts(score, "people") == (1, 1, 0)


def test_duplicated_predictions_count_once():
    record = record_from_gold(GOLD)
    record["amounts"] = record["amounts"] * 3
    record["org_numbers"].append({"value": "802400 1003"})  # same number, other spacing
    record["people"].append({"name": "anna  exempelsson"})
    score = score_document(GOLD, record)
    assert micro(score) == (15, 0, 0)


def test_party_with_wrong_org_nr_does_not_match():
    record = record_from_gold(GOLD)
    record["parties"][0]["org_nr"] = "802402-1001"
    score = score_document(GOLD, record)
    assert counts(score, "parties") == (1, 1, 1)
    assert score.fields["parties"].missed == [{"name": "Föreningen Exempel", "org_nr": "802400-1003"}]


def test_party_without_gold_org_nr_matches_on_name_alone():
    record = record_from_gold(GOLD)
    record["parties"][1]["org_nr"] = "212400-1005"  # gold has no org_nr for this party
    record["parties"][0]["name"] = "föreningen exempel!"  # punctuation and case folded
    score = score_document(GOLD, record)
    assert counts(score, "parties") == (2, 0, 0)


def test_party_missing_org_nr_does_not_match_gold_with_one():
    record = record_from_gold(GOLD)
    record["parties"][0]["org_nr"] = None
    score = score_document(GOLD, record)
    assert counts(score, "parties") == (1, 1, 1)


@pytest.mark.parametrize("text, ok", [
    ("Socialnämnden beslutar att godkänna partnerskapet.", True),
    ("socialnämnden beslutar, att godkänna  partnerskapet", True),     # punctuation, case, space folded
    ("Socialnamnden beslutar att godkanna partnerskapet.", True),       # similarity 0.96
    ("Socialnimnden beslutar att godkinna partnersk.", True),           # similarity 0.915
    ("Socialnimnden besiutar att godkinna partnersk.", False),          # similarity 0.894
    ("Socialnämnden beslutar att avslå ansökan.", False),
])
def test_decision_point_text_threshold(text, ok):
    record = record_from_gold(GOLD)
    record["decision_points"][0]["text"] = text
    score = score_document(GOLD, record)
    assert counts(score, "decision_points") == ((2, 0, 0) if ok else (1, 1, 1))


def test_decision_points_are_matched_by_number():
    record = record_from_gold(GOLD)
    first, second = record["decision_points"]
    first["number"], second["number"] = 2, 1  # right texts under the wrong numbers
    score = score_document(GOLD, record)
    assert counts(score, "decision_points") == (0, 2, 2)


def test_repeated_decision_list_counts_once():
    record = record_from_gold(GOLD)
    record["decision_points"] = record["decision_points"] * 2
    score = score_document(GOLD, record)
    assert counts(score, "decision_points") == (2, 0, 0)


def test_periods_match_on_start_and_end():
    record = record_from_gold(GOLD)
    record["periods"] = [{"start": "2022-01", "end": "2023-12-31"}]
    score = score_document(GOLD, record)
    assert counts(score, "periods") == (0, 1, 1)


def test_no_record_counts_everything_missed():
    score = score_document(GOLD, None)
    assert micro(score) == (0, 0, 15)
    assert not score.has_record


@pytest.mark.parametrize("raw, expected", [
    ("802400-1003", "802400-1003"), ("802400 1003", "802400-1003"), ("8024001003", "802400-1003"),
    ("16802400-1003", "802400-1003"), ("80240-1003", "80240-1003"), (None, None),
])
def test_norm_org_nr(raw, expected):
    assert norm_org_nr(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    (4321987, 4321987), (250000.0, 250000), ("1 200 000", 1200000), ("1\u00a0200\u00a0000", 1200000),
    (2.5, "2.5"), ("XX XXX", "XX XXX"),
])
def test_norm_amount(raw, expected):
    assert norm_amount(raw) == expected


def test_norm_loose_folds_punctuation_and_space():
    assert norm_loose(" Hej  granne! ") == "hej granne"
    assert norm_loose("Spånga–Tensta, stadsdelsnämnd") == "spånga tensta stadsdelsnämnd"


# --- loading and matching ----------------------------------------------------------------------

def write_gold(folder: Path, *golds: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for gold in golds:
        (folder / (Path(gold["file"]).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def other_gold() -> dict:
    gold = copy.deepcopy(GOLD)
    gold["file"] = "020_other.md"
    gold["amounts"] = {"required": [70000], "optional": []}
    return gold


@pytest.fixture
def gold_dir(tmp_path) -> Path:
    return write_gold(tmp_path / "gold", GOLD, other_gold())


def test_folder_and_jsonl_inputs_score_the_same(tmp_path, gold_dir):
    rec1, rec2 = record_from_gold(GOLD), record_from_gold(other_gold())
    rec2["amounts"] = []  # one miss, so the scores are not trivially perfect
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "010_example.json").write_text(json.dumps(rec1, ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / "020_other.json").write_text(json.dumps(rec2, ensure_ascii=False), encoding="utf-8")
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (rec2, rec1)) + "\n", encoding="utf-8")

    by_folder, by_jsonl = evaluate(gold_dir, folder), evaluate(gold_dir, jsonl)
    for ev in (by_folder, by_jsonl):
        assert ev.missing == [] and ev.problems == [] and ev.unmatched == []
        assert (ev.micro().tp, ev.micro().fp, ev.micro().fn) == (28, 0, 1)
    for name in FIELDS:
        assert by_folder.field_counts(name) == by_jsonl.field_counts(name)


def test_records_made_in_process_score_as_records_read_from_a_folder(tmp_path, gold_dir):
    rec1, rec2 = record_from_gold(GOLD), record_from_gold(other_gold())
    rec2["amounts"] = []
    in_process = score_records(load_gold(gold_dir)[0], [("a", rec1), ("b", rec2)])
    folder = tmp_path / "records"
    folder.mkdir()
    for n, rec in enumerate((rec1, rec2)):
        (folder / f"{n}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    assert in_process.micro() == evaluate(gold_dir, folder).micro()
    assert score_records(load_gold(gold_dir)[0], [("a", rec1)]).missing == ["020_other.md"]


def test_record_matches_on_stem_when_extension_differs(tmp_path, gold_dir):
    rec = record_from_gold(GOLD)
    rec["source"]["path"] = "samples/010_example.pdf"  # same document, other format
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    ev = evaluate(gold_dir, jsonl)
    assert ev.missing == ["020_other.md"]
    assert ev.documents[0].has_record


def test_only_pattern_selects_gold_files(tmp_path, gold_dir):
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(json.dumps(record_from_gold(GOLD)) + "\n", encoding="utf-8")
    ev = evaluate(gold_dir, jsonl, only="01[0-9]*")
    assert [d.file for d in ev.documents] == ["010_example.txt"]
    assert ev.missing == [] and ev.micro().f1 == 1.0


def test_bad_jsonl_line_is_reported_and_others_loaded(tmp_path):
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(json.dumps(record_from_gold(GOLD)) + "\n{not json\n[1, 2]\n", encoding="utf-8")
    records, problems = load_records(jsonl)
    assert len(records) == 1
    assert [str(p) for p in problems] == [
        f"{jsonl}:2: not valid JSON (Expecting property name enclosed in double quotes)",
        f"{jsonl}:3: not a record (expected a JSON object)",
    ]


# --- the command line, in process --------------------------------------------------------------

def run_cli(*args):
    try:
        runner = CliRunner(mix_stderr=False)  # click 8.1 mixes stderr into stdout by default
    except TypeError:  # click >= 8.2 always keeps them apart
        runner = CliRunner()
    return runner.invoke(main, ["eval", *map(str, args)])


def test_cli_table_and_exit_zero(tmp_path, gold_dir):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "010_example.json").write_text(json.dumps(record_from_gold(GOLD)), encoding="utf-8")
    result = run_cli(gold_dir, folder, "--per-file")
    assert result.exit_code == 0
    assert "\ndocument  " in result.stdout
    assert "micro-F1 0.682" in result.stdout  # 15 TP, 14 FN (020_other has no record)
    assert "020_other.md" in result.stdout and "(no record)" in result.stdout
    assert result.stderr == "docparse: warning: 020_other.md: no record; its gold items count as missed\n"


def test_cli_json_output(tmp_path, gold_dir):
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(json.dumps(record_from_gold(GOLD)) + "\n", encoding="utf-8")
    result = run_cli(gold_dir, jsonl, "--json", "--only", "010*", "--per-file", "--show-errors")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["micro"] == {"tp": 15, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert data["fields"]["document.date"]["f1"] is None
    assert data["per_file"]["010_example.txt"]["micro"]["f1"] == 1.0
    assert data["errors"] == {"010_example.txt": {}}
    assert result.stderr == ""


def test_cli_missing_gold_folder(tmp_path):
    missing = tmp_path / "nope"
    result = run_cli(missing, tmp_path)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"docparse: error: {missing}: no such folder\n"


def test_cli_missing_records(tmp_path, gold_dir):
    missing = tmp_path / "out"
    result = run_cli(gold_dir, missing)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"docparse: error: {missing}: no such file or folder\n"


def test_cli_only_matching_nothing(tmp_path, gold_dir):
    result = run_cli(gold_dir, tmp_path, "--only", "999*")
    assert result.exit_code == 1
    assert result.stderr == f"docparse: error: {gold_dir}: no gold files matching '999*'\n"


def test_cli_unreadable_record_file_names_it_and_scores_the_rest(tmp_path, gold_dir):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "010_example.json").write_text(json.dumps(record_from_gold(GOLD)), encoding="utf-8")
    (folder / "020_other.json").write_bytes(b"\xff\xfe\x00garbage")
    result = run_cli(gold_dir, folder)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"docparse: error: {folder / '020_other.json'}: not UTF-8 text",
        "docparse: warning: 020_other.md: no record; its gold items count as missed",
    ]
    assert "micro-F1 0.682" in result.stdout


def test_cli_bad_gold_file(tmp_path, gold_dir):
    (gold_dir / "030_broken.json").write_text('{"file": "030.txt", "amounts": 5}', encoding="utf-8")
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(json.dumps(record_from_gold(GOLD)) + "\n", encoding="utf-8")
    result = run_cli(gold_dir, jsonl, "--only", "0[1-3]0*")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"docparse: error: {gold_dir / '030_broken.json'}: not a gold file (amounts must be {{required, optional}})")


def test_cli_help_states_the_convention():
    result = CliRunner().invoke(main, ["eval", "--help"])
    assert result.exit_code == 0
    assert "wrong non-null prediction is also a FP" in result.output
    assert "Duplicate predictions" in result.output


# --- the real gold -----------------------------------------------------------------------------

@pytest.mark.skipif(not CORPUS_GOLD.is_dir(), reason="reference corpus not present")
@pytest.mark.parametrize("gold_path", sorted(CORPUS_GOLD.glob("*.json")) if CORPUS_GOLD.is_dir() else [],
                         ids=lambda p: p.stem)
@pytest.mark.parametrize("optional", [False, True], ids=["required", "with-optional"])
def test_real_gold_against_itself_scores_one(gold_path, optional):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    score = score_document(gold, record_from_gold(gold, optional=optional))
    total = score.total()
    assert total.fp == 0 and total.fn == 0 and total.tp > 0
    assert total.f1 == 1.0


@pytest.mark.skipif(not CORPUS_GOLD.is_dir(), reason="reference corpus not present")
def test_real_gold_cli_against_itself(tmp_path):
    jsonl = tmp_path / "gold-as-records.jsonl"
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS_GOLD.glob("*.json"))]
    jsonl.write_text("".join(json.dumps(record_from_gold(g), ensure_ascii=False) + "\n" for g in golds),
                     encoding="utf-8")
    result = run_cli(CORPUS_GOLD, jsonl, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["micro"]["f1"] == 1.0
    assert result.stderr == ""


def test_cli_warns_about_records_matching_no_gold_file(tmp_path, gold_dir):
    stray = record_from_gold(GOLD)
    stray["source"]["path"] = "elsewhere/999_unknown.txt"
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in (record_from_gold(GOLD), record_from_gold(other_gold()),
                                                             stray)), encoding="utf-8")
    result = run_cli(gold_dir, jsonl)
    assert result.exit_code == 0
    assert result.stderr == f"docparse: warning: {jsonl}:3: record matches no gold file; ignored\n"
    # Records of documents that --only leaves out are expected: no warning about them.
    result = run_cli(gold_dir, jsonl, "--only", "010*")
    assert result.exit_code == 0
    assert result.stderr == f"docparse: warning: {jsonl}:3: record matches no gold file; ignored\n"
    assert "micro-F1 1.000" in result.stdout


# --- junk never crashes the scorer -------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
_record_keys = st.sampled_from(["document", "org_numbers", "parties", "periods", "amounts",
                                "decision_points", "people", "source"])


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_record_keys, _json, max_size=8))
def test_junk_records_never_crash(record):
    score = score_document(GOLD, record)
    total = score.total()
    assert total.tp + total.fn == 15  # the gold side does not depend on the record
    assert 0 <= total.tp <= 15


# --- items -----------------------------------------------------------------------------------

ITEMS_GOLD = dict(GOLD, items={
    "required": [
        {"number": "26", "title": "Årsredovisning för Sjöby kommun 2030", "dnr": "KS 2031/124",
         "decision_points": []},
        {"number": "27", "title": "Val av ersättare i valnämnden", "dnr": None, "decision_points": []},
        {"number": None, "title": "Information om budgetläget", "dnr": None, "decision_points": []},
    ],
    "optional": [{"number": "28", "title": "Svar på motion om", "dnr": None, "decision_points": []}],
})


def items_record(items: list[dict]) -> dict:
    record = record_from_gold(GOLD)
    record["items"] = [dict(i, decision_points=[], span=None) for i in items]
    return record


def item(number, title, dnr=None) -> dict:
    return {"number": number, "title": title, "dnr": dnr}


@pytest.mark.parametrize("pred, ok", [
    (item("26", "Årsredovisning för Sjöby kommun 2030", "KS 2031/124"), True),
    (item("026", "Årsredovisning för Sjöby kommun 2030", "KS 2031/124"), True),  # leading zero
    (item("26", "årsredovisning  för Sjöby kommun 2030", "KS2031/124"), True),  # case, white space
    (item("26", "Årsredovisning för Sjöby kommun 203", "KS 2031/124"), True),  # similarity >= 0.9
    (item("26", "Årsredovisning", "KS 2031/124"), False),  # title too different
    (item("25", "Årsredovisning för Sjöby kommun 2030", "KS 2031/124"), False),  # wrong number
    (item(None, "Årsredovisning för Sjöby kommun 2030", "KS 2031/124"), False),  # number lost
    (item("26", "Årsredovisning för Sjöby kommun 2030", None), False),  # gold dnr missing
    (item("26", "Årsredovisning för Sjöby kommun 2030", "KS 2031/125"), False),  # wrong dnr
])
def test_item_match_rule(pred, ok):
    others = [item("27", "Val av ersättare i valnämnden"), item(None, "Information om budgetläget")]
    score = score_document(ITEMS_GOLD, items_record([pred] + others))
    assert counts(score, "items") == ((3, 0, 0) if ok else (2, 1, 1))


def test_item_without_gold_dnr_matches_whatever_dnr_is_predicted():
    preds = [item("26", "Årsredovisning för Sjöby kommun 2030", "KS 2031/124"),
             item("27", "Val av ersättare i valnämnden", "KS 2031/9"),
             item(None, "Information om budgetläget")]
    assert counts(score_document(ITEMS_GOLD, items_record(preds)), "items") == (3, 0, 0)


def test_optional_items_neither_rewarded_nor_punished():
    preds = [item("26", "Årsredovisning för Sjöby kommun 2030", "KS 2031/124"),
             item("28", "Svar på motion om")]
    score = score_document(ITEMS_GOLD, items_record(preds))
    assert counts(score, "items") == (1, 0, 2)
    assert score.fields["items"].ignored == [dict(preds[1], decision_points=[], span=None)]


def test_gold_without_items_key_is_not_scored_on_items():
    score = score_document(GOLD, items_record([item("1", "Upprop")]))
    assert counts(score, "items") == (0, 0, 0)
    assert micro(score) == micro(score_document(GOLD, record_from_gold(GOLD)))


def test_single_matter_gold_punishes_predicted_items():
    gold = dict(GOLD, items={"required": [], "optional": []})
    assert counts(score_document(gold, items_record([item("1", "Upprop")])), "items") == (0, 1, 0)


def test_items_row_in_table_and_micro(tmp_path):
    gold_dir = write_gold(tmp_path / "gold", ITEMS_GOLD)
    rec = items_record([item("26", "Årsredovisning för Sjöby kommun 2030", "KS 2031/124"), item("99", "Upprop")])
    records = tmp_path / "recs"
    records.mkdir()
    (records / "010_example.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    ev = evaluate(gold_dir, records)
    assert "items" in FIELDS
    c = ev.field_counts("items")
    assert (c.tp, c.fp, c.fn) == (1, 1, 2)
    assert ev.micro().tp == ev.counts([f for f in FIELDS if f != "items"]).tp + 1
    out = CliRunner().invoke(main, ["eval", str(gold_dir), str(records), "--per-file", "--show-errors"]).output
    row = next(line for line in out.splitlines() if line.startswith("items "))
    assert row.split()[1:4] == ["1", "1", "2"]
    assert 'items                   spurious {number="99", title="Upprop", dnr=null}' in out
