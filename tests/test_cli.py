"""The command line, in-process: exit codes, exact messages, stdout carrying data only."""

import json

import pytest
from click.testing import CliRunner

from docparse.cli import COMMANDS, main
from docparse.schema import validate

DOC = "Förvaltningens förslag till beslut\nSocialnämnden godkänner rapporten.\n\nExempels kommun\n"


def runner():
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 keeps stderr apart already
        return CliRunner()


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "beslut.txt"
    path.write_text(DOC, encoding="utf-8")
    return path


def test_run_prints_one_json_line_per_input(doc):
    result = runner().invoke(main, ["run", str(doc), str(doc)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    validate(record)
    assert record["decision_points"][0]["text"] == "Socialnämnden godkänner rapporten."


def test_run_writes_files(doc, tmp_path):
    out = tmp_path / "out"
    result = runner().invoke(main, ["run", str(doc), "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    validate(json.loads((out / "beslut.txt.json").read_text(encoding="utf-8")))


def test_run_output_names_never_collide(tmp_path):
    """a.txt and a.md are two records (a.txt.json, a.md.json), as batch names them; the same file
    name from two folders gets a number instead of overwriting the first."""
    (tmp_path / "x").mkdir()
    paths = [tmp_path / "a.txt", tmp_path / "a.md", tmp_path / "x" / "a.txt"]
    for i, p in enumerate(paths):
        p.write_text(DOC + f"\nDnr KS 2021/{100 + i}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner().invoke(main, ["run", *map(str, paths), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(f.name for f in out.iterdir()) == ["a.md.json", "a.txt.2.json", "a.txt.json"]
    sources = {f.name: json.loads(f.read_text(encoding="utf-8"))["source"]["path"] for f in out.iterdir()}
    assert sources == {"a.txt.json": str(paths[0]), "a.md.json": str(paths[1]), "a.txt.2.json": str(paths[2])}


def test_run_internal_error_exits_4(doc, tmp_path, monkeypatch):
    """A bug on one input is exit code 4 (README, as batch), the others still processed."""
    import docparse.pipeline

    real = docparse.pipeline.process

    def process(path, **kw):
        if path.endswith("bug.txt"):
            raise RuntimeError("boom")
        return real(path, **kw)

    monkeypatch.setattr(docparse.pipeline, "process", process)
    bug = tmp_path / "bug.txt"
    bug.write_text(DOC, encoding="utf-8")
    result = runner().invoke(main, ["run", str(bug), str(doc), str(tmp_path / "missing.txt")])
    assert result.exit_code == 4
    assert "internal error" in result.stderr and "bug.txt" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_stdin():
    result = runner().invoke(main, ["run", "-"], input=DOC.encode("cp1252"))
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"]["path"] == "<stdin>"
    assert "Socialnämnden" in record["text"]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "is empty"),
        ("garbage.txt", bytes(range(256)) * 4, "binary data, not text"),
    ],
)
def test_bad_input_is_one_line_and_others_still_run(tmp_path, doc, name, content, message):
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    result = runner().invoke(main, ["run", str(bad), str(doc)])
    assert result.exit_code == 1
    assert result.stderr == f"docparse: error: {bad}: {message}\n"
    assert len(result.stdout.splitlines()) == 1  # the good document still came out
    assert "Traceback" not in result.stderr


def test_schema_command():
    result = runner().invoke(main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "docparse record"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(command):
    result = runner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout


def test_main_help_lists_commands():
    result = runner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.stdout


def test_help_does_not_import_spacy():
    import subprocess
    import sys

    code = "import sys; from docparse.cli import main\ntry:\n main(['--help'])\nexcept SystemExit: pass\nprint('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("False")


def test_no_repair_keeps_ocr_damage(tmp_path):
    path = tmp_path / "skadad.txt"
    path.write_text("Forvaltningens forslag till beslut\nSocialnimnden beslutar att godkdnna avtalet.\n", encoding="utf-8")
    plain = json.loads(runner().invoke(main, ["run", "--no-repair", str(path)]).stdout)
    repaired = json.loads(runner().invoke(main, ["run", str(path)]).stdout)
    assert plain["repairs"] == [] and plain["original_text"] is None
    assert "Socialnimnden" in plain["text"]
    assert repaired["decision_points"][0]["text"] == "Socialnämnden beslutar att godkänna avtalet."
