"""The search index (issue 12): Swedish terms, facets, dates, identifiers, incremental updates,
interruption and hostile queries, each run against SQLite and a real PostgreSQL server started
here (tests/pgserver.py) with the same fixtures, asserting the same result sets.

The records are made by the real pipeline from invented Swedish documents."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

import docparse
from docparse.cli import main
from docparse.index import terms
from docparse.index.build import build, source_of
from docparse.index.search import open_backend, parse, search

import pgserver

ROOT = Path(__file__).resolve().parents[1]
TEST_NUMBERS = ROOT.parent / "shared" / "external" / "test-personnummer" / "testpersonnummer.txt"
PNR = (TEST_NUMBERS.read_text(encoding="ascii").split()[0] if TEST_NUMBERS.exists() else None)
ORGNR = "802461-1009"  # invented; passes the Luhn check

DOCS = {
    "mora/bygglov.txt": """Mora kommun
Byggnadsnämnden

PROTOKOLL

Sammanträdesdatum 2021-05-12

§ 14 Dnr BN 2021/0045 Bygglov för förskola i Östnor

Byggnadsnämnden beslutar

1. Sökanden får bygglov för en ny förskola.
2. Avgiften för lovet bestäms till 24 000 kronor.

Justerare Karin Lindqvist
""",
    "tranas/bidrag.txt": f"""Tranås kommun
Socialnämnden

TJÄNSTESKRIVELSE
Datum 2022-09-01
Dnr SN 2022/17

Föreningsbidrag till Brobyggarna ideell förening

Förslag till beslut
Socialnämnden beslutar att bevilja föreningsbidrag om 85 000 kr till Brobyggarna ideell förening (org.nr {ORGNR}).

Ärendet
Socialtjänstavdelningen har tagit emot en ansökan från föreningen, som ordnar läxhjälp och samtalsgrupper för unga.
Kontaktperson i föreningen har personnummer {PNR or ''}.

Handläggare
Erik Holm, utredare
""",
    "ljusdal/kallelse.txt": """Ljusdals kommun
Kultur- och fritidsnämnden

KALLELSE
Sammanträdesdatum 2020-03-10

Ärenden
1. Val av justerare
2. Dnr KFN 2020/0031 Stöd till hembygdsföreningens farled och båthus
3. Dnr KFN 2020/0032 Kulturpris 2020

Nämnden ska besluta om bidrag till föreningar som vårdar kulturarvet längs älven.
""",
    # Written without å/ä/ö, as an English OCR model reads Swedish: repaired before indexing.
    "skannat/utdrag.txt": """Protokollsutdrag

Sammantradesdatum 2019-11-20

Socialnamnden beslutade att bevilja Kvinnojouren Lyktan ett arligt bidrag for stodsamtal och skyddat boende under aren 2020 och 2021. Namnden foljer upp insatsen varje ar.

Beslutet skickas till foreningens ordforande.
""",
}
MORA, TRANAS, LJUSDAL, SKANNAT = (k.replace(".txt", ".txt") for k in DOCS)


def _write_record(out: Path, doc_id: str, record: dict) -> None:
    path = out / "records" / f"{doc_id}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="session")
def records(tmp_path_factory) -> dict[str, dict]:
    """doc id -> the record the real pipeline makes of each invented document."""
    src = tmp_path_factory.mktemp("archive")
    out = {}
    for doc_id, text in DOCS.items():
        path = src / doc_id
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        out[doc_id] = docparse.process(str(path))
    return out


@pytest.fixture
def batch_out(tmp_path, records) -> Path:
    out = tmp_path / "out"
    for doc_id, record in records.items():
        _write_record(out, doc_id, record)
    return out


@pytest.fixture(scope="session")
def pg():
    if pgserver.find_bin() is None:
        pytest.skip("PostgreSQL is not installed (scripts/setup.sh installs Debian's postgresql)")
    server = pgserver.Server().start()
    yield server
    server.stop()


def _pg_schema(server) -> str:
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server.dsn(), autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return server.dsn(schema=schema)


@pytest.fixture(params=["sqlite", "postgres"])
def target(request, tmp_path) -> dict:
    """Where to build an index: {"db": file} or {"postgres": dsn}, an empty one per test."""
    if request.param == "sqlite":
        return {"db": str(tmp_path / "index.sqlite")}
    return {"postgres": _pg_schema(request.getfixturevalue("pg"))}


def _backend(target, create=True):
    return open_backend(target.get("db"), target.get("postgres"), create=create)


def _build(out, target, **kw):
    backend = _backend(target)
    try:
        if backend.version() is None:
            backend.reset("test")
        return build(source_of(str(out)), backend, **kw)
    finally:
        backend.close()


def _ids(target, query: str, **filters) -> set[str]:
    backend = _backend(target, create=False)
    try:
        return {h["id"] for h in search(backend, parse(query, limit=100, **filters)).hits}
    finally:
        backend.close()


@pytest.fixture
def built(batch_out, target) -> dict:
    result = _build(batch_out, target)
    assert result.indexed == len(DOCS) and not result.problems
    return target


# -- the Swedish terms themselves -----------------------------------------------------------

@pytest.mark.parametrize("word,term,part", [
    ("byggnadsnämnden", "byggnadsnämnd", "nämnd"),
    ("socialtjänstavdelningen", "socialtjänstavdelning", "avdelning"),
    ("föreningsbidraget", "föreningsbidrag", "bidrag"),
    ("föreningsbidrag", "föreningsbidrag", "förening"),  # the linking s dropped
    ("kulturnämnden", "kulturnämnd", "kultur"),
])
def test_compounds_give_their_parts(word, term, part):
    got_term, parts = terms.analyse_word(word)
    assert got_term == term and part in parts


@pytest.mark.parametrize("a,b", [("får", "far"), ("år", "ar"), ("för", "for"), ("nämnd", "namnd")])
def test_aao_are_letters_not_accents(a, b):
    assert terms.analyse_word(a)[0] != terms.analyse_word(b)[0]


@pytest.mark.parametrize("a,b", [("nämnden", "nämnder"), ("bidraget", "bidragen"), ("föreningar", "föreningen")])
def test_inflections_share_a_term(a, b):
    assert terms.analyse_word(a)[0] == terms.analyse_word(b)[0]


def test_short_common_words_are_not_split():
    assert terms.analyse_word("kommunen")[1] == ()


# -- searching, on both backends ------------------------------------------------------------

@pytest.mark.parametrize("query,expected", [
    ("nämnd", {MORA, TRANAS, LJUSDAL, SKANNAT}),  # Byggnadsnämnden, Socialnämnden, Nämnden, fritidsnämnden
    ("avdelning", {TRANAS}),  # in "Socialtjänstavdelningen" only
    ("bidrag", {TRANAS, LJUSDAL, SKANNAT}),  # "föreningsbidrag" and "bidrag"
    ("föreningsbidraget", {TRANAS}),  # another form of the compound itself
    ("bygglovet", {MORA}),
    ("får", {MORA}),  # "Sökanden får": not "farled" nor anything with "far"
    ("farled", {LJUSDAL}),
    ("förskola socialnämnden", set()),  # every word must occur
    ('"ideell förening"', {TRANAS}),
    ('"förening ideell"', set()),  # a phrase keeps its order
])
def test_words_compounds_and_phrases(built, query, expected):
    assert _ids(built, query) == expected


def test_repaired_text_is_indexed_and_original_searchable(built, records):
    record = records[SKANNAT]
    assert record.get("original_text") and "Socialnamnden" in record["original_text"]
    assert SKANNAT in _ids(built, "socialnämnden")
    assert SKANNAT not in _ids(built, "socialnamnden")
    assert _ids(built, "socialnamnden", original=True) == {SKANNAT}
    # Documents with nothing repaired are searched as they are under --original too.
    assert _ids(built, "bygglov", original=True) == {MORA}


def test_facets_and_filters(built):
    backend = _backend(built, create=False)
    try:
        found = search(backend, parse("bidrag"))
    finally:
        backend.close()
    assert found.total == 3
    assert found.facets["municipality"] == {"Tranås kommun": 1, "Ljusdals kommun": 1}
    assert found.facets["year"] == {"2022": 1, "2020": 1, "2019": 1}
    assert found.facets["board"] == {"Socialnämnden": 2, "Kultur- och fritidsnämnden": 1}
    assert _ids(built, "bidrag", municipality="tranås kommun") == {TRANAS}
    assert _ids(built, "bidrag", board="Socialnämnden") == {TRANAS, SKANNAT}
    assert _ids(built, "bidrag", doc_type="kallelse") == {LJUSDAL}
    assert _ids(built, "bidrag", year=2020) == {LJUSDAL}


@pytest.mark.parametrize("date_from,date_to,expected", [
    ("2020-01-01", "2021-12-31", {LJUSDAL}),
    ("2019-11-20", "2019-11-20", {SKANNAT}),
    ("2022-09-02", None, set()),
    (None, "2020-03-09", {SKANNAT}),
])
def test_date_ranges(built, date_from, date_to, expected):
    assert _ids(built, "bidrag", date_from=date_from, date_to=date_to) == expected


@pytest.mark.parametrize("query,expected", [
    ("SN 2022/17", {TRANAS}),
    ("SN-2022/17", {TRANAS}),
    ("sn 2022/17", {TRANAS}),
    ("SN 2022/0017", {TRANAS}),
    ("dnr SN2022-17", {TRANAS}),
    ("SN 2022/1", set()),
    ("BN 2021/45", {MORA}),
    ("kfn 2020/31", {LJUSDAL}),  # an item's dnr
    ("2020/0032", {LJUSDAL}),  # no board code: the number under any code
    ("KS 2020/0032", set()),  # another board's code
    (ORGNR, {TRANAS}),
    (ORGNR.replace("-", ""), {TRANAS}),
    ("16" + ORGNR, {TRANAS}),
    ("bidrag SN 2022/17", {TRANAS}),
    ("bygglov SN 2022/17", set()),
])
def test_identifier_forms(built, query, expected):
    assert _ids(built, query) == expected


def test_identifier_hit_has_page_and_marked_snippet(built):
    backend = _backend(built, create=False)
    try:
        hit = search(backend, parse("sn-2022/0017")).hits[0]
    finally:
        backend.close()
    assert hit["id"] == TRANAS and hit["page"] == 1
    assert "[SN 2022/17]" in hit["snippet"]


def test_snippet_marks_matched_words(built):
    backend = _backend(built, create=False)
    try:
        found = search(backend, parse("avdelning"))
    finally:
        backend.close()
    hit = found.hits[0]
    assert "[Socialtjänstavdelningen]" in hit["snippet"]
    assert (hit["title"], hit["date"], hit["board"], hit["municipality"]) == (
        "Föreningsbidrag till Brobyggarna ideell förening", "2022-09-01", "Socialnämnden", "Tranås kommun")


@pytest.mark.parametrize("query", ['"', '"bidrag', "bidrag*", "*", "bidrag OR bygglov", "NOT bidrag", "NEAR(a b)",
                                   "'; DROP TABLE documents; --", "bidrag'); DELETE FROM documents; --",
                                   "{terms}: bidrag", "bidrag:*", "a & b | !c", "\\", "^bidrag", "()"])
def test_syntax_characters_are_text(built, query):
    backend = _backend(built, create=False)
    try:
        q = parse(query)
        if not q.empty:
            search(backend, q)  # never raises
    finally:
        backend.close()
    assert _ids(built, "bygglov") == {MORA}  # the tables are still there
    if query == "bidrag OR bygglov":
        assert _ids(built, query) == set()  # "or" is a word here, not an operator


def test_any_query_text_never_errors(built):
    from hypothesis import given, settings, strategies as st

    backend = _backend(built, create=False)

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet=st.sampled_from('abcåäö KS0123456789/-."*():^\'\\;{}!&|<>+_%?\n'), max_size=30))
    def check(text):
        q = parse(text)
        if not q.empty:
            search(backend, q)

    try:
        check()
    finally:
        backend.close()


@pytest.mark.skipif(PNR is None, reason="Skatteverket's test numbers not found")
def test_personal_identity_numbers_never_enter_the_index(built, records):
    assert PNR[2:8] in records[TRANAS]["text"]
    backend = _backend(built, create=False)
    try:
        cur = backend.conn.cursor()
        cur.execute("SELECT text FROM texts")
        texts = " ".join(r[0] for r in cur.fetchall())
    finally:
        backend.close()
    assert PNR[2:8] not in texts and PNR[8:] not in texts
    assert "PNR-" in texts
    assert _ids(built, PNR[2:8] + "-" + PNR[8:]) == set()


def test_phrases_deep_in_a_long_document(batch_out, records, tmp_path, pg):
    """PostgreSQL keeps positions up to 16,383 and 256 per word; SQLite has no limit. A phrase at
    the end of a document of 20,000 words, after a word met 4,000 times, is found by both."""
    long = json.loads(json.dumps(records[MORA]))
    filler = "och nämnden beslutar att sökanden " * 4000
    long["text"] = long["text"] + "\n" + filler + "Lovet gäller utan villkor om dagvatten.\n"
    long["source"]["sha256"] = "1" * 64
    _write_record(batch_out, "mora/lang.txt", long)
    lite = {"db": str(tmp_path / "long.sqlite")}
    post = {"postgres": _pg_schema(pg)}
    queries = ['"beslutar att"', '"sökanden får"', '"att sökanden och"', '"nämnden sökanden"']
    results = []
    for target in (lite, post):
        _build(batch_out, target)
        assert _ids(target, '"villkor om dagvatten"') == {"mora/lang.txt"}
        assert _ids(target, '"dagvatten om villkor"') == set()
        assert _ids(target, '"sökanden lovet"') == {"mora/lang.txt"}  # the filler's last word, then the line
        assert _ids(target, '"villkor om dagvatten"', original=True) == {"mora/lang.txt"}
        assert "mora/lang.txt" in _ids(target, '"beslutar att"')
        results.append([_ids(target, q) for q in queries])
    assert results[0] == results[1]


# -- incremental updates and interruption ------------------------------------------------

def test_incremental_update(batch_out, target, records):
    _build(batch_out, target)
    again = _build(batch_out, target)
    assert (again.indexed, again.unchanged, again.removed) == (0, len(DOCS), 0)
    # Change one record (its input changed), delete one, add one.
    changed = json.loads(json.dumps(records[MORA]))
    changed["source"]["sha256"] = "0" * 64
    changed["text"] = changed["text"].replace("förskola", "skolgård")
    _write_record(batch_out, MORA, changed)
    (batch_out / "records" / f"{LJUSDAL}.json").unlink()
    _write_record(batch_out, "nytt/extra.txt", records[TRANAS])
    # A record rewritten unchanged (same input, same pipeline) is read but not indexed again.
    _write_record(batch_out, SKANNAT, records[SKANNAT])
    result = _build(batch_out, target)
    assert (result.indexed, result.unchanged, result.removed) == (2, 2, 1)
    assert _ids(target, "skolgård") == {MORA}
    assert _ids(target, "förskola") == set()
    assert _ids(target, "farled") == set()
    assert _ids(target, "avdelning") == {TRANAS, "nytt/extra.txt"}
    # The changed and the deleted document left nothing behind (their rows went with them).
    backend = _backend(target, create=False)
    try:
        cur = backend.conn.cursor()
        orphans = [("texts", "doc"), ("identifiers", "doc")] + ([("documents_fts", "rowid")] if "db" in target else [])
        for table, column in orphans:
            cur.execute(f"SELECT count(*) FROM {table} WHERE {column} NOT IN (SELECT doc FROM documents)")
            assert cur.fetchone()[0] == 0, table
        cur.execute("SELECT count(*) FROM identifiers")
        assert cur.fetchone()[0] > 0  # (there are identifiers to leave behind)
    finally:
        backend.close()


def test_interrupted_indexing_resumes(batch_out, target, tmp_path):
    def interrupted(source, after):
        for n, item in enumerate(source):
            if n == after:
                raise KeyboardInterrupt
            yield item

    backend = _backend(target)
    backend.reset("test")
    with pytest.raises(KeyboardInterrupt):
        build(interrupted(source_of(str(batch_out)), 2), backend)
    backend.commit()  # what the command does on ^C
    backend.close()
    backend = _backend(target)
    assert 0 < len(backend.known()) < len(DOCS)
    backend.close()
    result = _build(batch_out, target)
    assert result.indexed + result.unchanged == len(DOCS) and result.unchanged >= 1
    reference = {"db": str(tmp_path / "clean.sqlite")}
    _build(batch_out, reference)
    for query in ("nämnd", "bidrag", "får", "SN 2022/17"):
        assert _ids(target, query) == _ids(reference, query)


def test_both_backends_give_the_same_results(batch_out, tmp_path, pg):
    lite = {"db": str(tmp_path / "index.sqlite")}
    post = {"postgres": _pg_schema(pg)}
    _build(batch_out, lite)
    _build(batch_out, post)
    queries = ["nämnd", "bidrag", "föreningar", "beslut", "får", "far", '"ideell förening"', "SN 2022/17",
               "2020/31", ORGNR, "socialtjänst", "kultur", "år", "2020", "justerare"]
    for query in queries:
        results = []
        for target in (lite, post):
            backend = _backend(target, create=False)
            try:
                found = search(backend, parse(query, limit=100))
            finally:
                backend.close()
            results.append((found.total, {h["id"] for h in found.hits}, found.facets,
                            {h["id"]: (h["snippet"], h["page"]) for h in found.hits}))
        assert results[0] == results[1], query


# -- the command line ----------------------------------------------------------------------

def test_cli_index_and_search(batch_out, monkeypatch):
    runner = CliRunner()
    res = runner.invoke(main, ["index", str(batch_out)])
    assert res.exit_code == 0, res.output
    db = batch_out / "index.sqlite"
    assert db.exists() and not (batch_out / "index.sqlite-wal").exists()  # one plain file for stock tools
    res = runner.invoke(main, ["search", "nämnd", "--db", str(db), "--json", "--limit", "2"])
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert data["total"] == 4 and len(data["hits"]) == 2
    assert set(data["hits"][0]) == {"id", "title", "date", "board", "municipality", "page", "snippet", "score"}
    assert set(data["facets"]) == {"municipality", "board", "year", "doc_type"}
    assert data["facets"]["doc_type"]["protokoll"] == 1
    monkeypatch.setenv("DOCPARSE_INDEX", str(db))
    res = runner.invoke(main, ["search", "farled"])
    assert res.exit_code == 0 and LJUSDAL in res.stdout and "[farled]" in res.stdout
    res = runner.invoke(main, ["search", "ordetsomintefinns"])
    assert res.exit_code == 1 and res.stdout.startswith("0 documents")
    res = runner.invoke(main, ["search", "bidrag", "--from", "2020-13"])
    assert res.exit_code == 2 and "--from" in res.output
    res = runner.invoke(main, ["search", "bidrag", "--year", "2020", "--from", "2020"])
    assert res.exit_code == 2


def test_cli_missing_index_and_bad_source(tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["search", "bidrag", "--db", str(tmp_path / "none.sqlite")])
    assert res.exit_code == 2
    assert res.stderr.strip() == f"docparse: error: {tmp_path / 'none.sqlite'}: no search index here (build one with docparse index OUT)"
    res = runner.invoke(main, ["index", str(tmp_path)])
    assert res.exit_code == 1
    assert "no records/ folder here" in res.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a"}\nnot json\n', encoding="utf-8")
    res = runner.invoke(main, ["index", str(bad), "--db", str(tmp_path / "x.sqlite")])
    assert res.exit_code == 1 and "line 2 is not JSON" in res.stderr and "Traceback" not in res.output


def test_index_from_jsonl_export(batch_out, tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["export", str(batch_out), "-o", str(tmp_path / "records.jsonl")])
    assert res.exit_code == 0
    db = tmp_path / "from-jsonl.sqlite"
    res = runner.invoke(main, ["index", str(tmp_path / "records.jsonl"), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert _ids({"db": str(db)}, "avdelning") == {TRANAS}


def test_sqlite_file_opens_in_stock_tools(built, tmp_path):
    if "db" not in built:
        pytest.skip("SQLite only")
    conn = sqlite3.connect(built["db"])  # the standard library's SQLite: no custom tokenizer loaded
    term = terms.analyse_word("nämnd")[0]
    n = conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", (f'"{term}"',)).fetchone()[0]
    assert n >= 1
    conn.close()
    import sqlite_utils

    db = sqlite_utils.Database(built["db"])
    assert {"documents", "identifiers", "documents_fts", "meta"} <= set(db.table_names())
    assert db["documents"].count == len(DOCS)
    if shutil.which("sqlite3"):
        out = subprocess.run(["sqlite3", built["db"], "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'bidrag'"],
                             capture_output=True, text=True, check=True).stdout
        assert int(out) == 3
