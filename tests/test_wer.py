"""Word error rate and å/ä/ö-word accuracy, and the eval-text / repair commands."""

import json

import pytest
from click.testing import CliRunner

from docparse.cli import main
from docparse.evaluate.wer import word_error_rate, words


def test_words_fold_case_and_ignore_punctuation():
    assert words("Nämnden, beslutar: ÄR | det 2022?") == ["nämnden", "beslutar", "är", "det", "2022"]
    assert words("Underskrift ________ _vuxna 5_a") == ["underskrift", "vuxna", "5", "a"]


@pytest.mark.parametrize(
    "truth,hyp,wer,sw_right,sw_total",
    [
        ("det är bra", "det är bra", 0.0, 1, 1),
        ("det är bra", "Det ar bra.", 1 / 3, 0, 1),
        ("nämnden är bra", "nämnden bra", 1 / 3, 1, 2),  # a deletion
        ("a b", "a x b", 1 / 2, 0, 0),  # an insertion
        ("", "", 0.0, 0, 0),
    ],
)
def test_word_error_rate(truth, hyp, wer, sw_right, sw_total):
    r = word_error_rate(truth, hyp)
    assert r.wer == pytest.approx(wer)
    assert (r.swedish_right, r.swedish_words) == (sw_right, sw_total)


def test_eval_text_command(tmp_path):
    truth, hyp = tmp_path / "t.txt", tmp_path / "h.txt"
    truth.write_text("Socialnämnden beslutar att godkänna förslaget.", encoding="utf-8")
    hyp.write_text("Socialnamnden beslutar att godkanna forslaget.", encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["eval-text", str(truth), str(hyp), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["wer"] == 0.6
    res = runner.invoke(main, ["eval-text", str(truth), str(hyp), "--repair"])
    assert res.exit_code == 0
    assert res.output.startswith("WER 0.00% (0 sub, 0 del, 0 ins / 5 truth words); å/ä/ö words right 100.00% (3/3)")


def test_eval_text_missing_file_is_one_line(tmp_path):
    res = CliRunner().invoke(main, ["eval-text", str(tmp_path / "nope.txt"), str(tmp_path / "nope2.txt")])
    assert res.exit_code != 0
    assert "nope.txt" in res.output and "no such file" in res.output
    assert "Traceback" not in res.output


def test_repair_command_stdin_and_edit_log(tmp_path):
    log = tmp_path / "edits.jsonl"
    res = CliRunner().invoke(main, ["repair", "--edits", str(log), "-"], input="Det ar 6verens.\n")
    assert res.exit_code == 0
    assert res.output == "Det är överens.\n"
    edits = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(e["original"], e["replacement"], e["orig_start"]) for e in edits] == [("ar", "är", 4), ("6verens", "överens", 7)]


def test_repair_command_has_help():
    for cmd in ("repair", "eval-text"):
        res = CliRunner().invoke(main, [cmd, "--help"])
        assert res.exit_code == 0 and "Example" in res.output
